"""Validators return named findings (code + message) for each broken rule, never raise."""
from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from agent.invoices.schemas import LineItem, Party, VatInvoice
from agent.identifiers import credit_code_check_char
from agent.invoices.validators import check_tax_id, rate_value, validate_invoice

# Published unified social credit codes (GB 32100-2015 standard example, PetroChina, Tencent)
REAL_CODES = ["91350100M000100Y43", "91110000710925462X", "9144030071526726XG"]


def make_invoice(**changes) -> VatInvoice:
    items = [
        LineItem(name="*钢材*热轧卷板", spec="Q235", unit="吨", quantity=D("10"), unit_price=D("4000"),
                 amount=D("40000.00"), tax_rate="13%", tax=D("5200.00")),
        LineItem(name="*运输服务*运费", unit="次", quantity=D("1"), unit_price=D("1000"),
                 amount=D("1000.00"), tax_rate="9%", tax=D("90.00")),
    ]
    base = dict(
        kind="special", medium="digital", invoice_number="24442000000012345678", issue_date=date(2024, 5, 6),
        buyer=Party(name="广州市风调小额贷款有限公司", tax_id=REAL_CODES[0]),
        seller=Party(name="广东钢铁贸易有限公司", tax_id=REAL_CODES[2]),
        items=items, total_amount=D("41000.00"), total_tax=D("5290.00"), total_with_tax=D("46290.00"),
        total_with_tax_capital="肆万陆仟贰佰玖拾元整",
    )
    base.update(changes)
    return VatInvoice(**base)


def codes(inv: VatInvoice) -> set[str]:
    return {i.code for i in validate_invoice(inv, today=date(2025, 1, 1))}


@pytest.mark.parametrize("code", REAL_CODES)
def test_published_credit_codes_pass_check_digit(code: str) -> None:
    assert credit_code_check_char(code[:17]) == code[17]
    assert check_tax_id(code, "seller.tax_id") == []


def test_altered_credit_code_fails_with_named_error() -> None:
    bad = REAL_CODES[1][:17] + "3"
    [issue] = check_tax_id(bad, "seller.tax_id")
    assert issue.code == "bad_check_digit" and issue.field == "seller.tax_id" and "X" in issue.message


def test_legacy_taxpayer_ids_get_format_check_only() -> None:
    assert check_tax_id("440301715267260", "buyer.tax_id") == []       # 15 chars
    assert check_tax_id("44030119800101123X01", "buyer.tax_id") == []  # 20 chars (ID card based)
    assert check_tax_id("4403-017152", "buyer.tax_id")[0].code == "bad_tax_id_format"


def test_consistent_invoice_has_no_findings() -> None:
    assert codes(make_invoice()) == set()


def test_capital_disagreeing_with_figures_is_flagged() -> None:
    assert "capital_mismatch" in codes(make_invoice(total_with_tax_capital="肆万陆仟贰佰捌拾元整"))


def test_unreadable_capital_is_flagged() -> None:
    assert "capital_unreadable" in codes(make_invoice(total_with_tax_capital="肆万陆仟贰佰玖拾元伍"))


def test_amount_plus_tax_not_total_is_flagged() -> None:
    found = codes(make_invoice(total_with_tax=D("46290.02"), total_with_tax_capital=None))
    assert "total_mismatch" in found


def test_one_cent_rounding_is_tolerated() -> None:
    assert codes(make_invoice(total_with_tax=D("46290.01"), total_with_tax_capital=None)) == set()


def test_item_sums_must_match_totals() -> None:
    inv = make_invoice()
    inv.items[0].amount = D("39000.00")
    inv.items[0].tax = D("5070.00")
    inv.items[0].quantity = D("9.75")
    found = codes(inv)
    assert {"items_amount_mismatch", "items_tax_mismatch"} <= found


def test_line_tax_not_amount_times_rate_is_flagged() -> None:
    inv = make_invoice()
    inv.items[1].tax = D("60.00")
    inv.total_tax, inv.total_with_tax, inv.total_with_tax_capital = D("5260.00"), D("46260.00"), None
    assert "line_tax_mismatch" in codes(inv)


def test_unknown_tax_rate_is_flagged_and_tax_free_is_allowed() -> None:
    inv = make_invoice()
    inv.items[1].tax_rate = "11%"  # abolished in 2018
    assert "bad_tax_rate" in codes(inv)
    assert rate_value("免税") == 0 and rate_value("13%") == D("0.13")


def test_dates_are_sanity_checked() -> None:
    assert "date_in_future" in codes(make_invoice(issue_date=date(2031, 1, 1)))
    assert "date_before_digital_invoices" in codes(make_invoice(issue_date=date(2020, 3, 1)))


def test_identifier_formats() -> None:
    assert "invoice_number_format" in codes(make_invoice(invoice_number="1234567"))
    assert "invoice_code_format" in codes(make_invoice(medium="paper", invoice_code="44001", invoice_number="12345678"))
    assert "check_code_format" in codes(make_invoice(check_code="1234 5678"))
    assert "missing_field" in codes(make_invoice(invoice_number=None))
