"""大写 ⇄ figures: exact round trips over the whole range an invoice can print, plus the usual variants."""
from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agent.invoices.capital_numerals import CapitalNumeralError, parse_capital, write_capital

CENTS = st.integers(min_value=0, max_value=99_999_999_999_999)


@pytest.mark.parametrize(
    ("amount", "capital"),
    [
        ("0", "零元整"),
        ("0.05", "伍分"),
        ("0.50", "伍角"),
        ("1.05", "壹元零伍分"),
        ("10", "壹拾元整"),
        ("1680.32", "壹仟陆佰捌拾元叁角贰分"),
        ("107000.53", "壹拾万柒仟元伍角叁分"),  # the example in 《正确填写票据和结算凭证的基本规定》
        ("100001", "壹拾万零壹元整"),
        ("100001000", "壹亿零壹仟元整"),
        ("325.04", "叁佰贰拾伍元零肆分"),
        ("999999999999.99", "玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"),
        ("-113", "负壹佰壹拾叁元整"),
    ],
)
def test_writer_follows_banking_conventions(amount: str, capital: str) -> None:
    assert write_capital(Decimal(amount)) == capital
    assert parse_capital(capital) == Decimal(amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("人民币壹万元正", "10000"),
        ("拾元整", "10"),
        ("（负数）壹佰圆整", "-100"),
        ("ⓧ壹仟叁佰伍拾元零伍分", "1350.05"),
        ("壹拾万零柒仟元零伍角叁分", "107000.53"),
        ("伍角整", "0.5"),
        ("壹 万 贰 仟 元 整", "12000"),
    ],
)
def test_parser_accepts_printed_variants(text: str, amount: str) -> None:
    assert parse_capital(text) == Decimal(amount)


@pytest.mark.parametrize("text", ["壹贰元", "元整", "壹佰佰元整", "万元", "ABC", "壹元伍分整", "", "壹元伍"])
def test_parser_rejects_malformed_text(text: str) -> None:
    with pytest.raises(CapitalNumeralError):
        parse_capital(text)


@settings(max_examples=3000, deadline=None)
@given(CENTS)
def test_every_amount_round_trips(cents: int) -> None:
    amount = Decimal(cents) / 100
    capital = write_capital(amount)
    assert parse_capital(capital) == amount
    assert write_capital(parse_capital(capital)) == capital


@settings(max_examples=500, deadline=None)
@given(st.integers(min_value=1, max_value=9), st.integers(min_value=0, max_value=13), st.integers(min_value=0, max_value=13))
def test_amounts_with_zero_runs_round_trip(digit: int, high: int, low: int) -> None:
    # numbers like 10000000.01 or 300000000005 are where 零 placement goes wrong
    cents = digit * 10**high + (digit * 10**low if low < high else 0)
    amount = Decimal(min(cents, 99_999_999_999_999)) / 100
    assert parse_capital(write_capital(amount)) == amount


def test_exhaustive_small_amounts_round_trip() -> None:
    for cents in range(0, 200_001):  # 0.00 .. 2,000.00 — every figure a small receipt can print
        amount = Decimal(cents) / 100
        assert parse_capital(write_capital(amount)) == amount


def test_writer_and_parser_are_injective_on_distinct_amounts() -> None:
    seen: dict[str, int] = {}
    for cents in list(range(0, 20_000)) + [10**k for k in range(2, 14)] + [10**k + 1 for k in range(2, 14)]:
        text = write_capital(Decimal(cents) / 100)
        assert seen.setdefault(text, cents) == cents
