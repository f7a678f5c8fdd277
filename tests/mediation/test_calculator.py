"""Calculator vs hand computations. Each expected number is worked out in the comment above it
(actual/365; each ledger line rounded to the cent). LPR: 3.55 % on 2023-08-18, 3.45 % on 2024-01-01."""
from __future__ import annotations

from decimal import Decimal as D

from agent.mediation.claim import assess_claim
from agent.mediation.intake import parse_dispute
from tests.mediation.helpers import dispute_dict, with_guarantor


def _assess(**kw):
    return assess_claim(parse_dispute(dispute_dict(**kw)))


def test_rate_below_cap_accrues_as_agreed_for_a_full_year():
    # 100,000 × 12 % × 365/365 = 12,000.00 (2023-09-01 → 2024-08-31 is 365 days); cap 4 × 3.55 % = 14.2 %
    a = _assess(contract={"contract_date": "2023-08-18", "due_date": "2024-08-31", "annual_rate": "0.12"},
                disbursements=[{"date": "2023-09-01", "amount": "100000"}], claim_date="2024-08-31")
    t = a.supportable.totals
    assert a.supportable.rates["cap_rate"] == D("0.142")
    assert t["interest_in_term"] == D("12000.00")
    assert t["total_outstanding"] == D("112000.00")


def test_rate_above_four_times_lpr_is_cut_to_the_cap_for_private_lending():
    # agreed 24 % > 14.2 % → 100,000 × 14.2 % × 365/365 = 14,200.00; as written 24,000.00
    a = _assess(contract={"contract_date": "2023-08-18", "due_date": "2024-08-31", "annual_rate": "0.24"},
                disbursements=[{"date": "2023-09-01", "amount": "100000"}], claim_date="2024-08-31")
    assert a.supportable.totals["interest_in_term"] == D("14200.00")
    assert a.as_written.totals["interest_in_term"] == D("24000.00")
    assert a.supportable.lines[-1].rule_id == "interest_capped"
    assert any("第二十五条" in c for c in a.supportable.lines[-1].cites)


def test_interest_deducted_upfront_leaves_the_delivered_amount_as_principal():
    # stated 100,000, delivered 95,000: 95,000 × 12 % × 365/365 = 11,400.00; total 106,400.00
    a = _assess(contract={"contract_date": "2023-08-18", "due_date": "2024-08-31", "annual_rate": "0.12",
                          "stated_principal": "100000"},
                disbursements=[{"date": "2023-09-01", "amount": "95000"}], claim_date="2024-08-31")
    t = a.supportable.totals
    assert (t["principal_delivered"], t["deducted_upfront"], t["interest_in_term"]) == (D("95000.00"), D("10000.00") - D("5000.00"), D("11400.00"))
    assert t["total_outstanding"] == D("106400.00")
    first = a.supportable.lines[0]
    assert first.rule_id == "principal_delivered" and any("第二十六条" in c for c in first.cites)
    # the contract as written charges on 100,000: 12,000.00
    assert a.as_written.totals["interest_in_term"] == D("12000.00")


def test_partial_repayment_goes_to_interest_before_principal():
    # 2024-01-01 → 2024-04-10 = 100 days: 100,000 × 3.65 % × 100/365 = 1,000.00 interest;
    # repayment 10,000 → 1,000 interest + 9,000 principal → 91,000; then 100 days to 2024-07-19:
    # 91,000 × 3.65 % × 100/365 = 910.00 → total 91,910.00
    a = _assess(repayments=[{"date": "2024-04-10", "amount": "10000"}], claim_date="2024-07-19")
    pay = next(ln for ln in a.supportable.lines if ln.event == "repayment")
    assert (pay.interest_accrued, pay.to_fees, pay.to_interest, pay.to_principal) == (
        D("1000.00"), D("0.00"), D("1000.00"), D("9000.00"))
    assert pay.principal_balance == D("91000.00") and pay.rule_id == "allocation"
    assert a.supportable.totals["total_outstanding"] == D("91910.00")


def test_fees_are_paid_first_then_interest_then_principal():
    # licensed lender (no cap): fee 500 on 2024-02-01; repayment 2,000 on 2024-04-10 after 100 days of
    # 1,000.00 interest → fees 500, interest 1,000, principal 500 → principal 99,500
    parties = [{"role": "lender", "name": "杭州信达小额贷款有限公司", "kind": "licensed_lender", "license_type": "小额贷款公司"},
               {"role": "borrower", "name": "赵六", "kind": "natural_person"}]
    a = _assess(parties=parties, fees=[{"date": "2024-02-01", "amount": "500", "name": "催收费"}],
                repayments=[{"date": "2024-04-10", "amount": "2000"}])
    pay = next(ln for ln in a.supportable.lines if ln.event == "repayment")
    assert (pay.to_fees, pay.to_interest, pay.to_principal, pay.principal_balance) == (
        D("500.00"), D("1000.00"), D("500.00"), D("99500.00"))


def test_agreed_allocation_order_overrides_the_statutory_one():
    # principal first (agreed): 10,000 all to principal, interest 1,000.00 stays owed
    a = _assess(contract={"allocation_order": ["principal", "interest", "fees"]},
                repayments=[{"date": "2024-04-10", "amount": "10000"}])
    pay = next(ln for ln in a.supportable.lines if ln.event == "repayment")
    assert (pay.to_interest, pay.to_principal, pay.interest_balance) == (D("0.00"), D("10000.00"), D("1000.00"))


def test_overdue_interest_plus_penalty_share_one_cap():
    # in term 2024-01-01..2024-04-09 (100 days): 1,000.00; overdue 7.3 % + penalty 10.95 % = 18.25 % > cap 13.8 %;
    # 2024-04-10 → 2024-07-18 = 99 days: 100,000 × 13.8 % × 99/365 = 3,743.013… → 3,743.01
    a = _assess(contract={"due_date": "2024-04-09", "overdue_rate": "0.073", "penalty_rate": "0.1095"},
                claim_date="2024-07-18")
    t = a.supportable.totals
    assert a.supportable.rates["overdue_rate"] == D("0.138")
    assert (t["interest_in_term"], t["overdue_charges"]) == (D("1000.00"), D("3743.01"))
    assert t["total_outstanding"] == D("104743.01")
    assert next(ln for ln in a.supportable.lines if ln.event == "overdue_start").date.isoformat() == "2024-04-10"


def test_fees_above_the_remaining_cap_room_are_written_off():
    # the fee on 2024-06-01 splits the 99 overdue days into 52 + 47 (one ledger line each, each rounded):
    # overdue 7.3 %: 100,000 × 7.3 % × 52/365 = 1,040.00 and × 47/365 = 940.00 → 1,980.00
    # cap room 13.8 %: 1,966.027… → 1,966.03 and 1,776.986… → 1,776.99 → 3,743.02
    # fees may use 3,743.02 − 1,980.00 = 1,763.02 of the 5,000 lawyer fee; 3,236.98 is written off
    a = _assess(contract={"due_date": "2024-04-09", "overdue_rate": "0.073"}, claim_date="2024-07-18",
                fees=[{"date": "2024-06-01", "amount": "5000", "name": "律师费"}])
    t = a.supportable.totals
    assert (t["overdue_charges"], t["fees_supported"], t["fees_written_off"]) == (D("1980.00"), D("1763.02"), D("3236.98"))
    assert t["total_outstanding"] == D("104743.02")
    assert a.as_written.totals["fees_supported"] == D("5000.00")


def test_licensed_lender_rate_is_not_capped():
    # 30 %/yr, 100 days: 100,000 × 30 % × 100/365 = 8,219.178… → 8,219.18
    parties = [{"role": "lender", "name": "杭州信达小额贷款有限公司", "kind": "licensed_lender"},
               {"role": "borrower", "name": "赵六", "kind": "natural_person"}]
    a = _assess(parties=parties, contract={"annual_rate": "0.30"})
    assert a.supportable.rates["cap_rate"] is None
    assert a.supportable.totals["interest_in_term"] == D("8219.18")
    assert a.supportable.lines[-1].rule_id == "interest_licensed"
    assert any("批复" in c for c in a.supportable.lines[-1].cites)


def test_overpayment_is_recorded_not_turned_into_negative_principal():
    # 1,000.00 interest + 100,000 principal = 101,000; paying 101,500 leaves 500 overpaid
    a = _assess(repayments=[{"date": "2024-04-10", "amount": "101500"}])
    t = a.supportable.totals
    assert (t["overpaid"], t["total_outstanding"]) == (D("500.00"), D("0.00"))


def test_two_disbursements_accrue_from_each_delivery_date():
    # 50,000 from 2024-01-01 (100 days → 500.00) + 50,000 from 2024-02-20 (50 days → 250.00) = 750.00
    a = _assess(disbursements=[{"date": "2024-01-01", "amount": "50000"}, {"date": "2024-02-20", "amount": "50000"}])
    assert a.supportable.totals["interest_in_term"] == D("750.00")


def test_limitation_expired_three_years_after_due_date_without_interruption():
    a = _assess(contract={"contract_date": "2020-01-01", "due_date": "2020-12-31"},
                disbursements=[{"date": "2020-01-01", "amount": "100000"}], claim_date="2024-01-02")
    assert a.limitation.expires.isoformat() == "2023-12-31" and a.limitation.expired


def test_a_demand_within_the_period_restarts_limitation():
    a = _assess(contract={"contract_date": "2020-01-01", "due_date": "2020-12-31"},
                disbursements=[{"date": "2020-01-01", "amount": "100000"}], claim_date="2024-01-02",
                demands=["2022-06-01"])
    assert (a.limitation.starts.isoformat(), a.limitation.expires.isoformat(), a.limitation.expired) == (
        "2022-06-01", "2025-06-01", False)
    assert a.limitation.interrupted_by == "demand"


def test_guarantee_without_period_expires_six_months_after_due_date():
    d = with_guarantor(dispute_dict(contract={"due_date": "2024-03-31"}, claim_date="2024-12-01"))
    g = assess_claim(parse_dispute(d)).guarantors[0]
    assert (g.type, g.type_defaulted, g.period_defaulted, g.period_end.isoformat()) == ("一般保证", True, True, "2024-09-30")
    assert g.expired and g.exposure == D("0.00")
    assert any("第六百九十二条" in c for c in g.cites)


def test_joint_guarantor_demanded_in_time_is_exposed_to_the_full_supportable_claim():
    d = with_guarantor(dispute_dict(contract={"due_date": "2024-03-31"}, claim_date="2024-12-01"),
                       type="连带责任保证", demanded_on="2024-08-01")
    a = assess_claim(parse_dispute(d))
    g = a.guarantors[0]
    assert not g.expired and g.exposure == a.supportable.totals["total_outstanding"]


def test_guarantee_maximum_amount_limits_exposure():
    d = with_guarantor(dispute_dict(), type="连带责任保证", period_months=24, maximum_amount="30000")
    g = assess_claim(parse_dispute(d)).guarantors[0]
    assert g.exposure == D("30000") and g.period_end.isoformat() == "2026-12-31"


def test_shipped_demo_contract_is_capped_and_principal_is_the_delivered_amount():
    from pathlib import Path

    from agent.mediation.intake import load_dispute

    a = assess_claim(load_dispute(Path("agent/samples/dispute-宏达商贸.yaml")))
    t = a.supportable.totals
    # first repayment: 490,000 × 14.2 % × 31/365 = 5,909.534… → 5,909.53 interest, 4,090.47 principal
    first = next(ln for ln in a.supportable.lines if ln.event == "repayment")
    assert (first.to_interest, first.to_principal) == (D("5909.53"), D("4090.47"))
    assert t["principal_delivered"] == D("490000.00") and t["deducted_upfront"] == D("10000.00")
    # overdue 24 % + penalty 18.25 % exceed the 14.2 % cap → no room left for the lawyer fee
    assert t["fees_written_off"] == D("20000.00") and t["outstanding_fees"] == D("0.00")
    assert t["total_outstanding"] == t["outstanding_principal"] + t["outstanding_interest"]
