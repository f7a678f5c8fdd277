"""Settlement options: arithmetic of each plan, the zone of agreement, affordability."""
from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from agent.mediation.options import annuity_schedule, build_options, equal_schedule, zone_of_agreement


def test_equal_instalments_sum_to_the_total_and_last_absorbs_rounding():
    s = equal_schedule(D("100000.00"), 3, date(2025, 1, 31))
    assert [x for _, x in s] == [D("33333.33"), D("33333.33"), D("33333.34")]
    assert [d.isoformat() for d, _ in s] == ["2025-02-28", "2025-03-31", "2025-04-30"]


def test_annuity_at_twelve_percent_over_two_months():
    # r = 1 %/month: payment = 10,000 × 0.01 / (1 − 1.01⁻²) = 5,075.124… → 5,075.12;
    # month 1 interest 100.00, balance 5,024.88; month 2 interest 50.25 → last payment 5,075.13
    s = annuity_schedule(D("10000"), D("0.12"), 2, date(2025, 1, 1))
    assert [x for _, x in s] == [D("5075.12"), D("5075.13")]


def test_overlapping_reservations_give_the_midpoint():
    z = zone_of_agreement(D("470000"), D("500000"))
    assert z.overlap and z.midpoint == D("485000.00") and (z.low, z.high) == (D("470000"), D("500000"))


def test_non_overlapping_reservations_say_so_with_the_gap():
    z = zone_of_agreement(D("500000"), D("450000"))
    assert z.overlap is False and z.gap == D("50000") and "不重叠" in z.note_zh


def test_options_measure_recovery_and_burden():
    s = build_options(D("120000.00"), D("150000.00"), settle_on=date(2025, 3, 31), capacity=D("15000"))
    by_kind = {o.kind: o for o in s.options if o.kind != "instalments" or o.months == 12}
    assert by_kind["write_off"].total == D("120000.00") and by_kind["write_off"].vs_as_written_pct == D("80.00")
    ten = next(o for o in s.options if o.kind == "lump_sum" and o.total == D("108000.00"))
    assert ten.recovery_pct == D("90.00")
    twelve = by_kind["instalments"]
    assert (twelve.monthly, twelve.burden_pct, twelve.affordable) == (D("10000.00"), D("66.67"), True)
    six = next(o for o in s.options if o.kind == "instalments" and o.months == 6)
    assert (six.monthly, six.affordable) == (D("20000.00"), False)
    assert s.zopa.overlap is None
    # no reservations → recommend the affordable plan that recovers most (12 months with LPR interest)
    rec = s.option(s.recommended)
    assert rec.months == 12 and rec.kind == "instalments_interest"
