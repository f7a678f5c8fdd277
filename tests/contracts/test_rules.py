"""Each legal rule fires when its facts are present and stays quiet when they are not."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from agent.contracts.check import check_text
from agent.rules.loader import RULES_DIR, RuleCitationError, load_rule_set


def ids(text: str, **kw) -> set[str]:
    return {f.rule_id for f in check_text(text, **kw).findings}


def finding(text: str, rule_id: str, **kw):
    return next(f for f in check_text(text, **kw).findings if f.rule_id == rule_id)


# rate_above_4x_lpr — contract date 2023-03-01: LPR 3.65 %, cap 14.6 %
def test_rate_above_cap_is_flagged_for_private_lender(contract):
    f = finding(contract(interest="借款年利率为24%。"), "rate_above_4x_lpr")
    assert f.amounts["cap_rate"] == "0.146" and f.amounts["lpr_1y_pct"] == "3.65"
    assert f.amounts["excess_rate"] == "0.094" and f.amounts["excess_interest_per_year"] == "9400.00"
    assert f.citations[0].label == "第二十五条" and "四倍" in f.citations[0].text
    assert f.evidence and f.evidence[0].quote == "年利率为24%"


def test_rate_exactly_at_four_times_lpr_is_not_above(contract):
    assert "rate_above_4x_lpr" not in ids(contract(interest="借款年利率为14.6%。"))
    assert "rate_above_4x_lpr" in ids(contract(interest="借款年利率为14.61%。"))


def test_cap_uses_the_lpr_of_the_contract_date(contract):
    # 2023-08-21 → 3.45 %, cap 13.8 %: 14 % is above; the same rate signed 2023-03-01 (cap 14.6 %) is not.
    late = contract(interest="借款年利率为14%。", signed="2023年8月21日", start="2023年8月21日", end="2024年8月20日")
    assert "rate_above_4x_lpr" in ids(late)
    assert "rate_above_4x_lpr" not in ids(contract(interest="借款年利率为14%。"))


def test_stale_lpr_data_puts_a_warning_on_the_finding(contract):
    f = finding(contract(interest="借款年利率为15%。", signed="2026年1月5日", start="2026年1月5日", end="2027年1月4日"),
                "rate_above_4x_lpr")
    assert f.warnings and "may apply" in f.warnings[0]


def test_pre_lpr_contract_gets_the_2015_lines_instead_of_an_lpr_cap(contract):
    report = check_text(contract(interest="借款年利率为30%。", signed="2018年3月1日", start="2018年3月1日", end="2019年2月28日"))
    got = {f.rule_id: f for f in report.findings}
    assert "rate_above_4x_lpr" not in got
    f = got["pre_lpr_rate_rules"]
    assert f.amounts["supported_line"] == "0.24" and f.amounts["void_line"] == "0.36"
    assert "lpr_1y_pct" not in f.amounts and "24%" in f.explanation_zh


def test_licensed_lender_gets_no_private_cap_but_an_explanation(contract):
    report = check_text(contract(lender="广州市越秀区恒通小额贷款股份有限公司", lender_id="", interest="借款年利率为24%。",
                                 overdue="逾期利率为年利率36%。"))
    got = {f.rule_id for f in report.findings}
    assert "cap_not_applicable_licensed_lender" in got
    assert not got & {"rate_above_4x_lpr", "overdue_charges_above_cap", "no_overdue_rate_agreed"}
    f = next(f for f in report.findings if f.rule_id == "cap_not_applicable_licensed_lender")
    assert f.citations[0].label == "一、" and "小额贷款公司" in f.citations[0].text
    assert report.fields["lender_license_type"] == "小额贷款公司"


def test_private_lender_gets_no_licensed_finding(contract):
    assert "cap_not_applicable_licensed_lender" not in ids(contract())


def test_interest_deducted_upfront_recognises_the_delivered_amount(contract):
    f = finding(contract(delivery="甲方交付借款时预先扣除利息12,000元。"), "interest_deducted_upfront")
    assert f.amounts == {"stated_principal": "100000.00", "amount_delivered": "88000.00", "deducted": "12000.00",
                         "principal_recognised": "88000.00"}
    assert "interest_deducted_upfront" not in ids(contract())


def test_overdue_charges_are_added_up_against_the_cap(contract):
    # overdue 12 % alone is fine; 12 % + penalty 日万分之二 (7.3 %) = 19.3 % > 14.6 %
    assert "overdue_charges_above_cap" not in ids(contract())
    f = finding(contract(overdue="乙方逾期还款的，逾期利率为年利率12%；另按日万分之二支付违约金。"), "overdue_charges_above_cap")
    assert f.amounts["total_overdue_rate"] == "0.193" and f.amounts["excess_rate"] == "0.047"
    assert {c.label for c in f.citations} == {"第二十九条", "第二十八条"}


def test_overdue_charges_exactly_at_cap_are_not_above(contract):
    # 7.3 % + 日万分之二 (7.3 %) = 14.6 % = 4 × 3.65 %: at the cap, not above it
    assert "overdue_charges_above_cap" not in ids(contract(overdue="乙方逾期还款的，逾期利率为年利率7.3%；另按日万分之二支付违约金。"))
    assert "overdue_charges_above_cap" in ids(contract(overdue="乙方逾期还款的，逾期利率为年利率7.4%；另按日万分之二支付违约金。"))


def test_no_overdue_rate_finding_says_the_term_rate_applies(contract):
    f = finding(contract(overdue="乙方应按时还款。"), "no_overdue_rate_agreed")
    assert "12%" in f.explanation_zh
    assert "no_overdue_rate_agreed" not in ids(contract())


def test_guarantee_without_type_defaults_to_general(contract):
    text = contract(guarantor_line="保证人（丙方）：王伟", guarantee="丙方为乙方的上述借款提供保证，保证期间为主债务履行期限届满之日起两年。")
    assert ids(text) & {"guarantee_type_defaults_to_general", "guarantee_period_defaults_to_6_months"} == {"guarantee_type_defaults_to_general"}
    joint = contract(guarantor_line="保证人（丙方）：王伟", guarantee="丙方承担连带责任保证，保证期间为主债务履行期限届满之日起两年。")
    assert "guarantee_type_defaults_to_general" not in ids(joint)


def test_guarantee_without_period_runs_six_months_from_due_date(contract):
    f = finding(contract(guarantor_line="保证人（丙方）：王伟", guarantee="丙方承担连带责任保证。"),
                "guarantee_period_defaults_to_6_months")
    assert f.amounts["guarantee_period_ends"] == "2024-08-29"
    assert {c.label for c in f.citations} == {"第六百九十二条", "第三十二条"}


def test_guarantee_until_fully_repaid_counts_as_unclear(contract):
    text = contract(guarantor_line="保证人（丙方）：王伟", guarantee="丙方承担连带责任保证，保证期间直至借款本息还清时为止。")
    assert "guarantee_period_defaults_to_6_months" in ids(text)


def test_no_guarantee_means_no_guarantee_findings(contract):
    assert not ids(contract()) & {"guarantee_type_defaults_to_general", "guarantee_period_defaults_to_6_months"}


def test_missing_interest_clause_means_no_interest(contract):
    f = finding(contract(interest="乙方应按期还款。"), "no_interest_agreed")
    assert "视为没有利息" in f.explanation_zh and f.amounts["interest_status"] == "none"


def test_unclear_interest_between_natural_persons_means_no_interest(contract):
    f = finding(contract(interest="利息2分。"), "no_interest_agreed")
    assert "自然人之间借款的，视为没有利息" in f.explanation_zh


def test_unclear_interest_with_a_company_is_set_by_practice(contract):
    f = finding(contract(borrower="广州市恒达五金贸易有限公司", borrower_id="", interest="利息2分。"), "no_interest_agreed")
    assert "交易习惯" in f.explanation_zh


def test_agreed_or_explicitly_waived_interest_is_not_flagged(contract):
    assert "no_interest_agreed" not in ids(contract())
    assert "no_interest_agreed" not in ids(contract(interest="本借款不计利息。"))


def test_compound_interest_is_flagged_with_the_ceiling(contract):
    f = finding(contract(interest="借款年利率为12%，每季度末本息结算后计入下期借款本金。"), "compound_interest_restated")
    # 2023-03-01 → 2024-02-29 is 365 days: 100,000 × (1 + 14.6 % × 365/365)
    assert f.amounts["term_days"] == "365"
    assert Decimal(f.amounts["max_principal_plus_interest"]) == Decimal("114600.00")
    assert "compound_interest_restated" not in ids(contract())


def test_limitation_period_expires_three_years_after_due_date(contract):
    f = finding(contract(), "limitation_period_expired", as_of=date(2027, 3, 2))
    assert f.amounts["limitation_expires"] == "2027-03-01"
    assert "limitation_period_expired" not in ids(contract(), as_of=date(2027, 3, 1))
    assert "limitation_period_expired" not in ids(contract())  # no as-of date: not assessed


def test_a_later_demand_restarts_the_limitation_period(contract):
    assert "limitation_period_expired" not in ids(contract(), as_of=date(2027, 6, 1), last_activity=date(2025, 1, 10))


# --- rules are data: citations are checked when the file loads ---

def _copy_rules(tmp_path: Path, mutate) -> Path:
    data = yaml.safe_load((RULES_DIR / "contract_rules.yaml").read_text(encoding="utf-8"))
    mutate(data)
    path = tmp_path / "rules.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_citing_the_wrong_article_fails_loudly(tmp_path):
    def wrong(data):
        data["rules"][0]["cites"][0]["article"] = 24  # 第二十四条 is about loans without agreed interest, not the cap
    with pytest.raises(RuleCitationError, match="rate_above_4x_lpr.*第二十四条"):
        load_rule_set(_copy_rules(tmp_path, wrong))


def test_citing_an_article_the_corpus_lacks_fails_loudly(tmp_path):
    def missing(data):
        data["rules"][0]["cites"][0]["article"] = 99
    with pytest.raises(RuleCitationError, match="no such article"):
        load_rule_set(_copy_rules(tmp_path, missing))


def test_shipped_rules_resolve_every_citation_to_corpus_text():
    rs = load_rule_set()
    assert {r.id for r in rs.rules} >= {
        "rate_above_4x_lpr", "cap_not_applicable_licensed_lender", "interest_deducted_upfront", "overdue_charges_above_cap",
        "no_overdue_rate_agreed", "guarantee_type_defaults_to_general", "guarantee_period_defaults_to_6_months",
        "no_interest_agreed", "compound_interest_restated", "limitation_period_expired"}
    for r in rs.rules:
        assert r.resolved and all(c.text and c.source_path for c in r.resolved)
