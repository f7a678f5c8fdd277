"""Lending flags on a batch of invoices."""
from __future__ import annotations

from decimal import Decimal

from agent.invoices.flags import flag_batch, is_outlier


def rec(file: str, **fields) -> dict:
    base = {"invoice_code": "4400191130", "invoice_number": "12345678", "total_with_tax": "1000.00",
            "buyer_name": "甲公司", "seller_name": "乙公司", "buyer_tax_id": "91350100M000100Y43",
            "seller_tax_id": "9144030071526726XG", "red_letter": False}
    return {"file": file, "fields": {**base, **fields}}


def codes(flags: dict, file: str) -> set[str]:
    return {f["code"] for f in flags[file]}


def test_same_invoice_twice_is_possible_repeat_financing() -> None:
    flags = flag_batch([rec("a.pdf"), rec("b.pdf"), rec("c.pdf", invoice_number="87654321")])
    assert codes(flags, "a.pdf") == {"duplicate_invoice"} and flags["a.pdf"][0]["related"] == ["b.pdf"]
    assert codes(flags, "c.pdf") == set()


def test_digital_invoice_identity_is_the_20_digit_number() -> None:
    n = "24442000000012345678"
    flags = flag_batch([rec("a", invoice_code=None, invoice_number=n), rec("b", invoice_code=None, invoice_number=n)])
    assert "duplicate_invoice" in codes(flags, "b")


def test_red_letter_buyer_is_seller_and_bad_seller_id() -> None:
    flags = flag_batch([
        rec("red", invoice_number="1", total_with_tax="-500.00"),
        rec("self", invoice_number="2", seller_name="甲公司"),
        rec("fake", invoice_number="3", seller_tax_id="9144030071526726X1"),
    ])
    assert codes(flags, "red") == {"red_letter"}
    assert codes(flags, "self") == {"buyer_is_seller"}
    assert codes(flags, "fake") == {"seller_tax_id_invalid"}


def test_total_far_above_usual_range_is_an_outlier() -> None:
    usual = [Decimal(x) for x in ("9800", "10200", "11000", "9500", "10800", "10050", "9900")]
    assert is_outlier(Decimal("250000"), usual)
    assert not is_outlier(Decimal("12500"), usual)
    assert not is_outlier(Decimal("250000"), usual[:3])  # too little history to judge
    batch = [rec(f"{i}", invoice_number=str(10000000 + i), total_with_tax=str(v)) for i, v in enumerate(usual)]
    batch.append(rec("big", invoice_number="99999999", total_with_tax="250000.00"))
    assert codes(flag_batch(batch), "big") == {"amount_outlier"}
