"""The figures a borrower's own sentence gives, read so that the record cross-check compares the same months."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from agent.risk.declared_figures import declared_amount, declared_headcount, declared_window, per_month

AS_OF = date(2026, 6, 30)


@pytest.mark.parametrize(("text", "amount"), [
    ("我司2025年开票收入约3,260万元。", Decimal("32600000")),
    ("近六个月月均销售额80万，较去年略有增长。", Decimal("800000")),
    ("Our turnover last year was RMB 18 million.", Decimal("18000000")),
    ("营业收入约2.5亿元，净利润1,200万元。", Decimal("250000000")),          # the largest figure is the turnover
    ("年销售额人民币壹仟贰佰万元整。", Decimal("12000000")),
    ("去年出栏生猪约一万二千头，销售收入在两千万左右。", Decimal("20000000")),   # 一万二千头 counts pigs
    ("公司有员工3万人。", None),                                               # 万人 counts people, not money
    ("本公司依法纳税，无欠税。", None),
])
def test_declared_amount(text, amount):
    assert declared_amount(text) == amount


@pytest.mark.parametrize(("text", "label", "first", "last"), [
    ("我司2025年开票收入约3,260万元", "2025年", date(2025, 1, 1), date(2025, 12, 1)),
    ("今年1-5月开票1200万元", "2026年1-5月", date(2026, 1, 1), date(2026, 5, 1)),
    ("2026年度销售额已达900万元", "2026年", date(2026, 1, 1), date(2026, 6, 1)),   # not past the data's month
    ("近六个月月均销售额80万", "近 6 个月", date(2026, 1, 1), date(2026, 6, 1)),
    ("revenue for the past three months was RMB 2 million", "近 3 个月", date(2026, 4, 1), date(2026, 6, 1)),
    ("last year we invoiced RMB 9 million", "2025年", date(2025, 1, 1), date(2025, 12, 1)),
    # a "截至" date ends the window (a date, not a year); inside a month it ends the month before (records are whole months)
    ("截至2026年3月31日，开票收入约1,000万元", "截至2026年3月的近 12 个月", date(2025, 4, 1), date(2026, 3, 1)),
    ("截止到2026年4月15日近六个月开票600万", "截至2026年3月的近 6 个月", date(2025, 10, 1), date(2026, 3, 1)),
    ("截至2025年11月，今年累计开票2,000万元", "2025年", date(2025, 1, 1), date(2025, 11, 1)),
    ("As of 31 March 2026, invoiced sales for the past six months were RMB 6 million",
     "截至2026年3月的近 6 个月", date(2025, 10, 1), date(2026, 3, 1)),
    ("截至2026年12月31日预计全年开票3,000万元", "近 12 个月", date(2025, 7, 1), date(2026, 6, 1)),  # after the data: ignored
    ("开票收入稳定", "近 12 个月", date(2025, 7, 1), date(2026, 6, 1)),
    ("本公司成立于2015年，主营包装材料的生产与销售", "近 12 个月", date(2025, 7, 1), date(2026, 6, 1)),  # a founding year
    ("Founded in 2018, our sales reached RMB 30 million", "近 12 个月", date(2025, 7, 1), date(2026, 6, 1)),
])
def test_declared_window(text, label, first, last):
    w = declared_window(text, AS_OF)
    assert (w.label, w.first, w.last) == (label, first, last)
    assert len(w.months) == (last.year - first.year) * 12 + last.month - first.month + 1


def test_monthly_average_and_headcount():
    assert per_month("月均开票80万元") and per_month("about RMB 1 million per month") and not per_month("年开票960万元")
    assert declared_headcount("公司现有员工86人，均已缴纳社保") == 86
    assert declared_headcount("在职职工共计 120 名") == 120
    assert declared_headcount("We have 45 employees on payroll") == 45
    assert declared_headcount("本公司依法纳税") is None
