"""内蒙古-style paper (a WeChat loan printed with the day and clock time on a line of its own over the messages), one
test per cause, each with texts where the new reading must not fire.

Texts are written for these tests (names, sums and IDs are made up).
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from agent.contracts.extract import extract_contract

# --- 1. a chat whose speakers' lines carry no time: the time stands on the day's header line --------------------------

_TIMED_HEADERS = ("微信聊天记录（截图整理）\n\n2024年3月2日 09:40\n其木格：乌兰姐，店里进货差点钱，借我3万，"
                  "给你月息1分5，6月30号前连本带利还你。\n乌兰：行，你这人实在。\n2024年3月2日 09:55\n"
                  "乌兰：[转账] ¥30000.00\n其木格：[已收款] ¥30000.00\n2024年7月10日 20:15\n乌兰：到日子了，钱呢？\n"
                  "其木格：再宽限几天。\n")


def test_a_chat_with_the_time_on_the_day_line_is_read():
    c = extract_contract(_TIMED_HEADERS)
    assert (c.lender.value.name, c.borrower.value.name) == ("乌兰", "其木格")
    assert c.principal.value == Decimal("30000") and c.amount_delivered.value == Decimal("30000")
    assert c.contract_date.value == date(2024, 3, 2) and c.start_date.value == date(2024, 3, 2)
    assert c.end_date.value == date(2024, 6, 30)


def test_a_chat_due_day_without_a_year_rolls_to_the_next_year():
    text = _TIMED_HEADERS.replace("2024年3月2日", "2024年11月20日").replace("6月30号前", "2月10号前")
    assert extract_contract(text).end_date.value == date(2025, 2, 10)


@pytest.mark.parametrize("text", [
    # a contract whose "甲方：…" lines sit under one dated line with a clock time (not a chat)
    "借款合同\n签订时间：2024年3月2日 09:40\n甲方：乌兰\n乙方：其木格\n借款金额：人民币叁万元整。\n"
    "借款期限：2024年3月2日至2024年6月30日。\n年利率6%。\n甲方：乌兰\n乙方：其木格\n2024年3月2日\n",
    # an ordinary IOU: no chat headers at all
    "借条\n今借到乌兰人民币叁万元整（30000元），于2024年6月30日前归还。\n借款人：其木格\n2024年3月2日\n",
])
def test_contracts_are_not_read_as_chats(text):
    c = extract_contract(text)
    assert c.lender.value.name == "乌兰" and c.borrower.value.name == "其木格"
    assert c.end_date.value == date(2024, 6, 30)


@pytest.mark.parametrize("said", [
    "6月30号收到了，谢谢",          # a day with no paying back
    "6月30号那天已经还了一部分",      # a day something was paid, not the day it falls due
])
def test_a_day_said_without_paying_back_is_no_due_day(said):
    text = _TIMED_HEADERS.replace("给你月息1分5，6月30号前连本带利还你。", "给你月息1分5。").replace(
        "乌兰：行，你这人实在。", "乌兰：" + said)
    assert extract_contract(text).end_date is None


# --- 2. "月利一分": 利 alone after the period word is the rate's word (月利 = 月息) -----------------------------------------

@pytest.mark.parametrize("said, annual", [("月利一分", "0.12"), ("月利1分5厘", "0.18"), ("月利壹分贰厘", "0.144")])
def test_yue_li_fen_is_a_monthly_rate(said, annual):
    text = (f"借条\n今借到孟根人民币叁万元整（30000元），用于买羊羔，{said}，2025年9月30日前连本带利一起还清。\n"
            "借款人：那日苏\n2025年3月1日\n")
    assert extract_contract(text).interest.value.annual_rate == Decimal(annual)


@pytest.mark.parametrize("text", [
    # a shop's monthly profit is no rate
    "借款合同\n甲方：孟根\n乙方：那日苏\n乙方向甲方借款人民币叁万元整，借期六个月，年利率6%。乙方奶站月利润约5%，以此还款。\n"
    "甲方：孟根\n乙方：那日苏\n2025年3月1日\n",
    "借款合同\n甲方：孟根\n乙方：那日苏\n乙方向甲方借款人民币叁万元整，借期六个月，年利率6%。乙方预计月利得1分以上。\n"
    "甲方：孟根\n乙方：那日苏\n2025年3月1日\n",
])
def test_monthly_profit_words_are_no_rate(text):
    assert extract_contract(text).interest.value.annual_rate == Decimal("0.06")


# --- 3. a 还款协议 that refuses to turn interest into principal ("不转为本金") restates nothing ---------------------------

_SETTLEMENT = ("还款协议\n甲方（出借人）：巴图\n乙方（借款人）：敖其尔\n\n2023年3月1日，乙方向甲方借款人民币壹拾万元整，约定月息1分，"
               "借期一年。借款到期后乙方未能还清，至今尚欠本金捌万元。经双方协商，达成如下协议：\n"
               "一、乙方分两期还款：2024年6月30日前还肆万元；2024年12月31日前还肆万元。\n"
               "二、任何一期未按时还款，未还本金自逾期之日起按月息1.5分计付逾期利息。\n"
               "三、欠付利息以现金支付，{clause}。\n\n甲方：巴图\n乙方：敖其尔\n2024年1月10日\n")


def test_a_settlement_that_keeps_interest_out_of_principal_keeps_its_terms():
    c = extract_contract(_SETTLEMENT.format(clause="不转为本金"))
    assert c.principal.value == Decimal("100000")
    assert c.interest.value.annual_rate == Decimal("0.12")
    assert c.overdue_rate.value.annual_rate == Decimal("0.18")
    assert c.repayment_method.value == "分期还款"


@pytest.mark.parametrize("clause, principal", [
    ("乙方确认尚欠本金捌万元，该款转为新的借款本金", "80000"),
    ("欠息壹万元计入本金，乙方确认共欠本金玖万元", "90000"),
])
def test_a_settlement_that_does_turn_the_debt_into_principal_still_restates(clause, principal):
    c = extract_contract(_SETTLEMENT.format(clause=clause).replace("至今尚欠本金捌万元。", ""))
    assert c.principal.value != Decimal("100000")


# --- 4. a deposit handed back "无息退还" is no interest-free loan ----------------------------------------------------

def test_a_deposit_returned_without_interest_leaves_the_rate():
    text = ("个人借款合同\n贷款人：呼和浩特市某某小额贷款有限公司\n借款人：图雅\n借款金额：人民币伍万元整\n"
            "借款期限：12个月，自2024年5月1日至2025年4月30日\n借款利率：月利率1.2%（年化利率14.4%）\n"
            "保证金：借款金额的3%，借款结清后无息退还。\n贷款人（盖章）\n借款人：图雅\n2024年5月1日\n")
    assert extract_contract(text).interest.value.annual_rate == Decimal("0.144")


@pytest.mark.parametrize("text", [
    "借条\n今借到苏德人民币壹万元整，无息，2025年1月1日前还清。\n借款人：阿木古郎\n2024年6月1日\n",
    "借款合同\n甲方：苏德\n乙方：阿木古郎\n乙方向甲方借款人民币壹万元整，本借款不计利息，借期半年。\n甲方：苏德\n乙方：阿木古郎\n2024年6月1日\n",
])
def test_an_interest_free_loan_is_still_read(text):
    assert extract_contract(text).interest.value.status == "zero"


# --- 5. "计收逾期违约金": a 违约金 for late payment is a penalty, not an overdue interest rate ------------------------------

def test_a_late_payment_penalty_by_the_day_is_a_penalty():
    text = ("融资租赁合同\n出租人：内蒙古某某融资租赁有限公司\n承租人：杭锦旗某某运输有限公司\n租赁本金：人民币捌拾万元整\n"
            "租赁期限：24个月，自2024年1月5日起至2026年1月4日止\n租赁年利率：8%\n逾期租金：按日万分之五计收逾期违约金\n"
            "出租人（盖章）\n承租人（盖章）\n2024年1月5日\n")
    c = extract_contract(text)
    assert c.penalty is not None and c.penalty.value.annual_rate == Decimal("0.1825")
    assert c.overdue_rate is None


@pytest.mark.parametrize("text", [
    "借款合同\n甲方：苏德\n乙方：阿木古郎\n乙方向甲方借款人民币壹万元整，借期一年，年利率8%。逾期还款的，按日万分之五计收逾期利息。\n"
    "甲方：苏德\n乙方：阿木古郎\n2024年6月1日\n",
    "借款合同\n甲方：苏德\n乙方：阿木古郎\n乙方向甲方借款人民币壹万元整，借期一年，年利率8%。逾期罚息按日万分之五计收。\n"
    "甲方：苏德\n乙方：阿木古郎\n2024年6月1日\n",
])
def test_overdue_interest_by_the_day_stays_overdue(text):
    c = extract_contract(text)
    assert c.overdue_rate is not None and c.overdue_rate.value.annual_rate == Decimal("0.1825")


# --- 6. "本金和利息于2025年9月30日一次付清": principal and interest together on a named day ----------------------------

def test_principal_and_interest_paid_together_on_a_named_day_is_a_lump_sum():
    text = ("借款合同\n出借人：某某燕麦食品有限公司\n借款人：郝三娃\n出借人向借款人出借人民币贰万元整，借款期限：2025年4月1日至"
            "2025年10月31日。\n年利率10%，本金和利息于2025年10月31日一次付清。\n出借人（盖章）\n借款人：郝三娃\n2025年4月1日\n")
    assert extract_contract(text).repayment_method.value == "到期一次性还本付息"


@pytest.mark.parametrize("text, method", [
    # interest monthly, the principal on the day: no lump sum
    ("借款合同\n甲方：苏德\n乙方：阿木古郎\n乙方向甲方借款人民币壹万元整，借期一年，年利率8%，按月付息，本金于2025年6月30日"
     "一次还清；提前还款的，本金和利息于还款日一并结清。\n甲方：苏德\n乙方：阿木古郎\n2024年6月30日\n", "按月付息、到期还本"),
    # a default clause's principal and interest on a day is no repayment method
    ("借款合同\n甲方：苏德\n乙方：阿木古郎\n乙方向甲方借款人民币壹万元整，借期一年，年利率8%，等额本息，每月还款870元。"
     "逾期本金和利息于2025年9月30日前一次付清的，免收罚息。\n甲方：苏德\n乙方：阿木古郎\n2024年6月30日\n", "等额本息"),
])
def test_other_schedules_are_not_read_as_a_lump_sum(text, method):
    assert extract_contract(text).repayment_method.value == method


# --- 7. a loan written anew over an old one ("借新还旧…即借款本金…"): the new sum is the principal ----------------------

_ROLLED = ("借款协议\n出借人：高二宝\n借款人：赵四平\n\n2023年1月10日赵四平向高二宝借款伍拾万元，月息2分，利息未付。\n"
           "经双方同意，借新还旧：{clause}原借款本金伍拾万元和欠的利息陆万元合在一起，作为本次借款本金，即借款本金人民币伍拾陆万元整。\n"
           "借款期限：2023年7月10日至2024年1月9日。\n出借人：高二宝\n借款人：赵四平\n2023年7月10日\n")


def test_a_rolled_over_principal_is_the_new_sum():
    assert extract_contract(_ROLLED.format(clause="原借条收回作废，")).principal.value == Decimal("560000")


@pytest.mark.parametrize("text", [
    # an ordinary contract: "即" explains the figure said before it
    "借款合同\n甲方：苏德\n乙方：阿木古郎\n乙方向甲方借款人民币伍拾万元整，即借款本金人民币伍拾万元，借期一年，年利率8%。\n"
    "甲方：苏德\n乙方：阿木古郎\n2024年6月1日\n",
    "借款合同\n甲方：苏德\n乙方：阿木古郎\n借款金额：人民币伍拾万元整（¥500,000）。借期一年，年利率8%。\n甲方：苏德\n乙方：阿木古郎\n2024年6月1日\n",
])
def test_a_plain_contract_keeps_its_principal(text):
    assert extract_contract(text).principal.value == Decimal("500000")


# --- 8. "——以下为手写——": a note under a short rule with its words, a payment that restarts the limitation period ------

def test_a_handwritten_payment_under_a_worded_rule_is_noted():
    text = ("借款合同\n甲方（出借人）：额尔敦\n乙方（借款人）：某某羊绒制品有限公司\n借款金额：人民币拾万元整。\n"
            "借款期限：2021年3月1日至2022年2月28日。\n年利率10%，到期一次性还本付息。\n甲方：额尔敦\n乙方：某某羊绒制品有限公司\n"
            "2021年3月1日\n\n——以下为手写——\n2024年5月6日收到某某羊绒制品有限公司还款贰万元，其余的年后再说。\n额尔敦\n")
    c = extract_contract(text)
    assert c.last_payment_noted is not None and c.last_payment_noted.value == date(2024, 5, 6)
    assert c.end_date.value == date(2022, 2, 28)


@pytest.mark.parametrize("text", [
    # a plan row inside the contract, no rule or handwritten heading: the contract's own schedule
    "借款合同\n甲方：额尔敦\n乙方：图雅\n借款金额：人民币拾万元整。\n借款期限：2021年3月1日至2022年2月28日。\n还款计划：\n"
    "2021年9月1日还款伍万元；\n2022年2月28日还款伍万元。\n甲方：额尔敦\n乙方：图雅\n2021年3月1日\n",
    # a worded rule that adds nothing by hand ("——以下无正文——")
    "借款合同\n甲方：额尔敦\n乙方：图雅\n借款金额：人民币拾万元整。\n借款期限：2021年3月1日至2022年2月28日。\n"
    "——以下无正文——\n2021年9月1日还款伍万元。\n甲方：额尔敦\n乙方：图雅\n2021年3月1日\n",
])
def test_contract_rows_are_no_payment_notes(text):
    assert extract_contract(text).last_payment_noted is None


# --- 9. a 借款对账单 that says "2021年6月1日出借" recites a loan: its silence on overdue terms is no finding ---------------

def _rule_ids(text: str) -> list[str]:
    from agent.contracts.check import check_text
    return [f.rule_id for f in check_text(text, as_of=date(2026, 12, 18)).findings]


def test_a_statement_reciting_the_lending_day_is_a_recital():
    text = ("借款对账单\n出借人：韩二奎    借款人：巴雅尔\n借款本金：人民币拾万元整，2022年3月1日出借，约定年利率10%，每年结算一次。\n\n"
            "截至2024年3月1日，借款人巴雅尔共欠出借人韩二奎本息合计人民币壹拾贰万元整。\n借款人确认以上账目无误。\n"
            "出借人：韩二奎    借款人：巴雅尔\n2024年4月2日\n")
    assert "no_overdue_rate_agreed" not in _rule_ids(text)


@pytest.mark.parametrize("text", [
    # a loan contract that names its lending day: its own terms, silent on overdue interest
    "借款合同\n出借人：韩二奎\n借款人：巴雅尔\n借款本金：人民币拾万元整，2024年3月1日出借，借期一年，年利率10%，到期一次性还本付息。\n"
    "出借人：韩二奎\n借款人：巴雅尔\n2024年3月1日\n",
    "借条\n今借到韩二奎人民币拾万元整，2024年3月1日放款，年利率10%，2025年3月1日前还清。\n借款人：巴雅尔\n2024年3月1日\n",
])
def test_a_contract_naming_its_lending_day_still_lacks_an_overdue_rate(text):
    assert "no_overdue_rate_agreed" in _rule_ids(text)


# --- review probes (wave 17): each a text the round misread --------------------------------------------------------

@pytest.mark.parametrize("said", ["我3月5号还在呼市，回来再说", "5月1号还要交房租", "6月30号前肯定还不上"])
def test_a_day_with_still_or_cannot_pay_is_no_due_day(said):
    text = _TIMED_HEADERS.replace("给你月息1分5，6月30号前连本带利还你。", "给你月息1分5。").replace(
        "乌兰：行，你这人实在。", "乌兰：行。\n其木格：" + said)
    assert extract_contract(text).end_date is None


def test_a_chat_where_the_lender_writes_first_is_read():
    text = ("2024年3月2日 09:40\n乌兰：其木格，你要的钱我转你了\n乌兰：[转账] ¥30000.00\n其木格：收到，谢谢姐，6月30号前还你\n"
            "2024年7月10日 20:15\n乌兰：到日子了\n其木格：再宽限几天。\n")
    c = extract_contract(text)
    assert (c.lender.value.name, c.borrower.value.name) == ("乌兰", "其木格")
    assert c.end_date.value == date(2024, 6, 30)


def test_an_iou_repaid_without_interest_is_interest_free():
    text = "借条\n今借到苏德人民币壹万元整，2025年1月1日前无息返还。\n借款人：阿木古郎\n2024年6月1日\n"
    assert extract_contract(text).interest.value.status == "zero"


@pytest.mark.parametrize("clause", ["不得转为本金", "不再计入本金", "不能作为借款本金"])
def test_a_settlement_refusing_in_other_words_keeps_its_terms(clause):
    c = extract_contract(_SETTLEMENT.format(clause=clause))
    assert c.principal.value == Decimal("100000") and c.interest.value.annual_rate == Decimal("0.12")


def test_an_extension_reciting_the_original_with_ji_keeps_its_own_sum():
    text = ("借款展期协议\n甲方：巴图\n乙方：敖其尔\n乙方于2023年3月1日向甲方借款，即借款本金人民币壹佰万元，现乙方已还伍拾万元。\n"
            "展期金额为人民币伍拾万元，展期期限自2024年3月1日至2025年2月28日，年利率8%。\n甲方：巴图\n乙方：敖其尔\n2024年3月1日\n")
    assert extract_contract(text).principal.value == Decimal("500000")


def test_yi_fen_qian_after_yue_li_is_no_rate():
    text = ("借条\n今借到孟根人民币叁万元整，年利率6%，2025年9月30日前还清。这个月利一分钱都没赚到，下月再还。\n"
            "借款人：那日苏\n2025年3月1日\n")
    assert extract_contract(text).interest.value.annual_rate == Decimal("0.06")


def test_an_instalments_last_period_paid_on_a_day_is_no_lump_sum():
    text = ("借款合同\n甲方：苏德\n乙方：阿木古郎\n乙方向甲方借款人民币拾万元整，借期一年，年利率8%，按月付息，每月偿还本金1万元，"
            "最后一期本金和利息于2025年6月30日一次付清。\n甲方：苏德\n乙方：阿木古郎\n2024年6月30日\n")
    assert extract_contract(text).repayment_method.value == "分期还款"
