"""浙江 义乌 / 柯桥 paper (a 借条 stating the monthly interest sum with "本金和利息到期一次还清", a 过桥 loan whose fee is
paid "与本金一并于到期日", "利息与本金在到期日一次付清", a 还款协议 repaid "每月8日前归还本金…"), one test per cause.

Texts are written for these tests (names, sums and IDs are made up); each cause comes with texts where the new reading
must not fire.
"""
from __future__ import annotations

import pytest

from agent.contracts.extract import extract_contract


def _contract(clause: str) -> str:
    return ("借款合同\n\n出借人（甲方）：金华市同创商贸有限公司\n借款人（乙方）：东阳市木雕工艺品有限公司\n\n"
            "第一条 借款金额：人民币叁拾万元整（¥300,000.00），甲方于2024年5月6日一次性转入乙方账户。\n"
            "第二条 借款期限：自2024年5月6日至2025年5月5日。\n第三条 " + clause + "\n"
            "第四条 争议由甲方所在地人民法院管辖。\n\n甲方：金华市同创商贸有限公司（盖章）\n"
            "乙方：东阳市木雕工艺品有限公司（盖章）\n签订日期：2024年5月6日\n")


def _method(text: str) -> str | None:
    c = extract_contract(text)
    return c.repayment_method.value if c.repayment_method else None


# --- "本金和利息到期一次还清": principal and interest together at the end, even when the monthly interest sum is stated

def test_principal_and_interest_at_maturity_is_lump_sum_despite_monthly_sum():
    note = ("借  条\n\n今借到周建华人民币拾伍万元整（¥150,000.00），讲好利息按月息1分计算，每月利息壹仟伍佰元，"
            "本金和利息到期一次还清，借款日期2024年2月1日，还款日期2025年1月31日。\n\n借款人：厉晓东\n2024年2月1日\n")
    assert _method(note) == "到期一次性还本付息"


@pytest.mark.parametrize("clause", [
    "利率：月利率1%，利息每月10日前支付，本金到期一次还清。",
    "利率：年利率9%，按月支付利息，本金于到期日一次归还。",
])
def test_principal_alone_at_maturity_with_monthly_interest_stays_periodic(clause):
    assert _method(_contract(clause)) == "按月付息、到期还本"


# --- "与本金一并于到期日支付" / "利息与本金在到期日一次付清": the fee or interest paid with the principal at the end

@pytest.mark.parametrize("clause", [
    "资金占用费：按日万分之五计算，与本金一并于到期日支付。",
    "利息：年利率8%，与本金一并于到期日归还。",
    "利率：年利率8%，利息与本金在到期日一次付清。",
])
def test_interest_with_principal_on_the_due_day_is_lump_sum(clause):
    assert _method(_contract(clause)) == "到期一次性还本付息"


@pytest.mark.parametrize("clause", [
    "资金占用费：按日万分之五计算，每月20日前支付，本金到期一次归还。",
    "利息：年利率8%，按季结息，每季末月20日支付，本金于到期日一次归还。",
])
def test_periodic_fee_with_principal_at_maturity_is_not_lump_sum(clause):
    assert _method(_contract(clause)) != "到期一次性还本付息"


# --- "每月8日前归还本金贰万元": fixed principal on a day each month is an instalment plan

def test_monthly_principal_by_a_day_is_instalments():
    clause = "利率：年利率8%。乙方自2024年6月起每月8日前归还本金贰万伍仟元，十二期还清，利息随最后一期结清。"
    assert _method(_contract(clause)) == "分期还款"


@pytest.mark.parametrize("clause", [
    "利率：年利率8%，每月8日前支付利息贰仟元，本金到期一次归还。",
    "利率：年利率8%，利息每月8日前支付，本金于到期日一次归还。",
])
def test_monthly_interest_by_a_day_is_not_instalments(clause):
    assert _method(_contract(clause)) == "按月付息、到期还本"


# --- review: a late-payment charge or the last period's interest "与本金…于到期日" is not the interest schedule

@pytest.mark.parametrize("clause", [
    "利率：年利率8%，利息每月支付，逾期利息与本金在到期日一次付清。",
    "利率：年利率8%，利息按月支付，逾期利息与本金一并于到期日支付。",
    "利率：年利率8%，利息按月支付，罚息与本金在到期日一次付清。",
    "利息：年利率8%，按月支付，最后一期利息与本金一并于到期日支付。",
])
def test_default_charge_or_last_period_with_principal_is_not_lump_sum(clause):
    assert _method(_contract(clause)) == "按月付息、到期还本"


# --- review: "每月8日前归还利息" (归还, not only 支付/偿还) is interest paid monthly, the principal at the end

@pytest.mark.parametrize("clause", [
    "利率：年利率8%，每月8日前归还利息，本金到期一次归还。",
    "利率：年利率8%，每月8日前归还当月利息，本金到期一次归还。",
    "利率：年利率8%，每月初归还利息，本金到期一次归还。",
])
def test_interest_returned_monthly_with_principal_at_maturity(clause):
    assert _method(_contract(clause)) == "按月付息、到期还本"


# --- review: a monthly sum of principal with its interest ("归还本金及利息合计…", "归还利息及本金…") is an instalment
# plan; full-width digits read as digits; a named 等额 schedule keeps its name

@pytest.mark.parametrize("clause", [
    "利率：年利率8%，每月8日前归还本金及利息人民币26,000元。",
    "利率：年利率8%，乙方应于每月8日前归还本金及利息合计贰万柒仟元。",
    "利率：年利率8%，每月8日前归还利息及本金5000元。",
    "利率：年利率8%，每月８日前归还本金２５０００元，十二期还清。",
    "利率：年利率8%，乙方每季度末月20日前归还本金柒万伍仟元。",
])
def test_monthly_principal_with_interest_sum_is_instalments(clause):
    assert _method(_contract(clause)) == "分期还款"


@pytest.mark.parametrize("clause, method", [
    ("还款方式：等额本息，每月8日前归还本金及利息人民币26,000元。", "等额本息"),
    ("还款方式：等额本金，每月8日前归还本金贰万伍仟元及当月利息。", "等额本金"),
])
def test_named_equal_schedule_wins_over_monthly_principal(clause, method):
    assert _method(_contract(clause)) == method
