"""Loan terms as a credit officer retells them in the chat: amounts without 元, interest per month as money."""
from __future__ import annotations

from decimal import Decimal

import pytest

from agent.contracts.spoken import lent_amount, spoken_amount, spoken_interest, with_principal


@pytest.mark.parametrize("text, value", [("10万", "100000"), ("5w", "50000"), ("一千", "1000"), ("3000", "3000"),
                                         ("两万五", "25000"), ("1.5万", "15000"), ("3k", "3000")])
def test_spoken_amounts(text, value):
    assert spoken_amount(text) == Decimal(value)


@pytest.mark.parametrize("text, lent, interest, annual", [
    ("借一万块一个月给一千利息", "10000", "1000", "1.2"),
    ("借了10万，每月利息3000", "100000", "3000", "0.36"),
    ("借给他5w 一个月息300", "50000", "300", "0.072"),
    ("本金20万，利息每月四千", "200000", "4000", "0.24"),
])
def test_interest_per_month_on_the_sum_lent(text, lent, interest, annual):
    [m] = spoken_interest(text)
    assert lent_amount(text) == Decimal(lent) and m.amount == Decimal(interest) and m.period == "month"
    assert with_principal(m, Decimal(lent)).annual_rate == Decimal(annual)


def test_a_repayment_instalment_is_not_interest():
    assert spoken_interest("一个月还3000块，借了十万") == []


@pytest.mark.parametrize("text, lent, annual", [
    ("借了3个月，每月利息2000，本金10万", "100000", "0.24"),      # a duration is not the sum lent; 本金 first
    ("借了两年，本金10万，一个月息2000", "100000", "0.24"),
    ("借了十万一个月利息三千", "100000", "0.36"),                  # 十万 then 一个月, not 十万一
    ("借了五万一年利息六千", "50000", "0.12"),
    ("借5万一年利息是3万6", "50000", "0.72"),                      # 3万6 = 36,000
])
def test_durations_and_run_on_numerals(text, lent, annual):
    [m] = spoken_interest(text)
    assert lent_amount(text) == Decimal(lent) and with_principal(m, Decimal(lent)).annual_rate == Decimal(annual)


def test_an_absurd_number_is_not_read_as_money():
    assert spoken_amount("9" * 30) is None


def test_the_sum_the_period_and_the_interest_with_no_word_for_interest():
    from agent.contracts.spoken import bare_interest

    assert [(m.text, m.annual_rate) for m in bare_interest("一万块一个月三百 年化多少")] == [("一万块一个月三百", Decimal("0.36"))]
    assert [m.annual_rate for m in bare_interest("借了10万一年1万2")] == [Decimal("0.12")]
    assert bare_interest("借了五万一个月还两千") == []          # a repayment of principal, not interest
    assert bare_interest("借了3万一个月了") == []
    assert bare_interest("他们营业额一百万一个月二十万利润，借款合法吗") == []   # turnover and profit, not interest


def test_equal_instalments_are_read_as_their_apr():
    from agent.contracts.spoken import instalment_rate
    [m] = instalment_rate("借了八千 每个月还一千零五十 还十个月")
    # 8000 = 1050 × (1 − (1 + r)^−10) / r at r ≈ 5.2766 % a month (IRR), × 12 = 63.32 %
    assert m.annual_rate == Decimal("0.6332") and "共10期" in m.convention
    assert instalment_rate("借了八千 每个月还八百 还十个月") == []          # no more than was lent: no interest to read
    assert instalment_rate("每个月还一千零五十 还十个月") == []              # the sum lent is not said


def test_a_figure_after_nianhua_is_a_percentage():
    from agent.contracts.spoken import annualised_number
    assert [m.annual_rate for m in annualised_number("年化二十八 系咪冇事")] == [Decimal("0.28")]
    assert [m.annual_rate for m in annualised_number("综合年化18.5")] == [Decimal("0.185")]
    assert annualised_number("年化28%") == [] and annualised_number("年化增长20") == [] and annualised_number("年化20万") == []


def test_a_number_is_not_cut_before_its_unit():
    assert lent_amount("借了两万 月利息三分") == Decimal(20000)       # not 两 (2) because 两万 is followed by " 月"
    assert lent_amount("借两万月息三分") == Decimal(20000)


@pytest.mark.parametrize("text, lent", [
    ("借了1万2千块", "12000"), ("借了2万5千 每个月利息一千", "25000"),
])
def test_a_compound_amount_is_read_whole(text, lent):
    assert lent_amount(text) == Decimal(lent)


@pytest.mark.parametrize("text", ["借了3年利息每年五千元", "借了10个月 每个月利息500"])
def test_a_duration_is_not_the_sum_lent(text):
    assert lent_amount(text) is None


def test_the_number_of_instalments_is_the_total_not_those_paid():
    from agent.contracts.spoken import instalment_rate
    [m] = instalment_rate("借了一万 已还4期 每月还3000 共6期 年化多少")
    assert "共6期" in m.convention
    [m] = instalment_rate("借了五万 每个月还两千五 供两年")
    assert "共24期" in m.convention
