"""吉林-style paper (长春/延边 借条, contracts with a lender's notes under them, a typed-out chat, an 对账确认函 in the
company's own voice), one test per cause, each with texts where the new reading must not fire.

Texts are written for these tests (names, sums and IDs are made up).
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from agent.contracts.check import check_contract
from agent.contracts.document import require_contract
from agent.contracts.extract import extract_contract, later_notes_start
from agent.contracts.normalize import find_rates
from agent.errors import DocumentError

AS_OF = date(2025, 12, 10)


def _ids(report) -> set[str]:
    return {f.rule_id for f in report.findings}


def _fields(text: str) -> dict:
    return check_contract(text, as_of=AS_OF).fields


# --- 1. where the contract ends: its closing date under the signatures --------------------------------------------

_SIGNED = ("借款合同\n\n出借人：宋德海\n借款人：白山市松江木业有限公司\n\n一、借款金额：人民币叁拾万元整（300,000元）。\n"
           "二、借款期限：2020年4月1日至2021年3月31日。\n三、借款年利率百分之九，到期一次性还本付息。\n"
           "四、逾期未还的，逾期部分按年利率百分之十二计息。\n\n出借人：宋德海（签字）\n借款人：白山市松江木业有限公司（盖章）\n"
           "2020年4月1日\n")


@pytest.mark.parametrize("note", [
    "\n2023年12月5日 松江木业打来人民币叁万元，其余说开春再给。宋德海记。\n",            # a payment in the lender's words
    "\n以下为出借人随手所记\n2023年12月5日 打电话给木业老板催还借款，答应年前给一部分。\n",   # a demand under a heading
    "\n宋德海记：2023年12月5日 木业还了三万块钱。\n",                                      # "X记：" opening the note
])
def test_dated_lines_after_the_closing_date_are_later_notes(note):
    text = _SIGNED + note
    assert len(_SIGNED) <= later_notes_start(text) < len(text)
    r = check_contract(text, as_of=AS_OF)
    assert r.fields["contract_date"] == "2020-04-01"
    assert r.fields["start_date"] == "2020-04-01"
    assert "limitation_period_expired" not in _ids(r)       # due 2021-03-31, interrupted 2023-12-05


def test_paid_back_in_everyday_words_is_a_payment():
    r = check_contract(_SIGNED + "\n李守田记：2023年12月5日 木业还了三万块钱。\n", as_of=AS_OF)
    assert r.contract.last_payment_noted.value == date(2023, 12, 5)


def test_a_schedule_after_the_signatures_is_the_contract():
    text = _SIGNED + "\n附：还款计划表\n2020年10月1日 应还本金15万元\n2021年3月31日 应还本金15万元及利息\n"
    assert later_notes_start(text) == len(text)
    text = _SIGNED + "\n2020年10月1日前还款15万元\n2021年3月31日前还清余款\n"
    assert later_notes_start(text) == len(text)


def test_a_supplement_with_its_own_date_is_read_with_the_contract():
    text = _SIGNED + ("\n补充协议\n甲方：宋德海\n乙方：白山市松江木业有限公司\n双方同意借款期限延长至2021年9月30日。\n"
                      "甲方：宋德海\n乙方：白山市松江木业有限公司（盖章）\n2021年3月20日\n")
    assert later_notes_start(text) == len(text)


def test_a_contract_with_no_lines_after_its_date_has_no_notes():
    assert later_notes_start(_SIGNED) == len(_SIGNED)


# --- 2. a typed-out chat that shows money lent and owed ------------------------------------------------------------

_CHAT = ("微信聊天记录（文字整理）\n对话双方：马春林、崔顺子\n\n2024年5月3日\n崔顺子 09:12：春林，能借我三万不？店里进货差点\n"
         "马春林 09:20：行，啥时候还\n崔顺子 09:21：下个月二十号一准还你\n马春林 09:30：[转账] ¥30000.00\n"
         "崔顺子 09:31：[已收款] ¥30000.00\n\n2024年7月1日\n马春林 19:02：顺子，日子过了哈\n崔顺子 19:10：再等等\n")


def test_a_chat_loan_is_read_as_a_loan():
    require_contract(_CHAT, "chat.txt")
    f = _fields(_CHAT)
    assert (f["lender"], f["borrower"]) == ("马春林", "崔顺子")
    assert f["principal"] == "30000" and f["amount_delivered"] == "30000"
    assert f["contract_date"] == "2024-05-03" and f["start_date"] == "2024-05-03"
    assert f["end_date"] == "2024-06-20"


@pytest.mark.parametrize("text", [
    "聊天记录\n王磊 18:02：今晚那顿饭一共三百六，我先垫上了\n李强 18:05：好嘞，回头AA\n王磊 18:06：不急\n李强 18:10：明天微信转你\n",
    "增值税普通发票\n购买方：长春市宏达商贸有限公司\n货物名称：办公用品\n金额：3600.00元\n税额：468.00元\n价税合计：4068.00元\n备注：借方记账\n",
    "会议室借用登记\n借用部门：财务部\n借用时间：2024年5月3日\n归还时间：2024年5月3日下午\n还钥匙给前台\n",
])
def test_chats_and_invoices_without_a_loan_are_still_refused(text):
    with pytest.raises(DocumentError) as exc:
        require_contract(text, "x.txt")
    assert exc.value.kind == "not_a_contract"


# --- 3. a 借条's due date and method in everyday words -----------------------------------------------------------

def test_due_date_said_plainly_in_an_iou():
    text = ("借  条\n\n今借到于海波人民币贰万元整（20,000元），一个月一分五，到2022年6月30日连本带利一块儿还。\n\n"
            "借款人：邢立军（签字）\n2021年12月1日\n")
    assert _fields(text)["end_date"] == "2022-06-30"
    text = ("借  据\n\n借款人邢立军向于海波借款人民币贰万元整，月息一分，2021年12月1日借款，2022年12月1日到期，连本带利一次还清。\n\n"
            "借款人：邢立军（签字）\n2021年12月1日\n")
    assert _fields(text)["end_date"] == "2022-12-01"


def test_wrapped_term_and_lump_sum_in_an_iou():
    text = ("借  条\n\n今借到于海波人民币贰万元整（￥20000.00元），年利息百分之十，借期一年，\n"
            "自2021年12月1日至2022年11月30日，到期一次还清本息。\n\n借款人：邢立军（签字）\n2021年12月1日\n")
    f = _fields(text)
    assert f["end_date"] == "2022-11-30"
    assert f["repayment_method"] == "到期一次性还本付息"


def test_a_bridge_fee_paid_with_the_principal_is_a_lump_sum():
    text = ("过桥借款协议\n\n出借人（甲方）：孙志刚\n借款人（乙方）：吉林市丰达商贸有限公司\n\n一、借款金额：人民币伍拾万元整。\n"
            "二、借款期限：2025年2月3日至2025年2月12日。\n三、资金占用费：按日千分之一计算，随本金一并结清。\n\n"
            "甲方：孙志刚    乙方：吉林市丰达商贸有限公司（公章）\n2025年2月3日\n")
    assert _fields(text)["repayment_method"] == "到期一次性还本付息"


# --- 4. "我公司" in a company's own letter ---------------------------------------------------------------------------

def test_our_company_is_the_company_that_issues_the_letter():
    text = ("借款对账确认函\n致：四平市远大机械厂\n贵厂于2023年3月1日向我公司借款人民币伍拾万元整（500,000元），约定月利率1%，"
            "借款期限一年。请贵厂核对后盖章确认。\n\n出具方：吉林省宏远机电设备有限公司（财务专用章）    2025年3月31日\n"
            "经核对，上述数据无误。\n确认方：四平市远大机械厂（公章）    2025年4月8日\n")
    assert _fields(text)["lender"] == "吉林省宏远机电设备有限公司"


def test_our_company_with_no_other_company_named_stays_as_written():
    text = ("借款对账确认函\n致：四平市远大机械厂\n贵厂于2023年3月1日向我公司借款人民币伍拾万元整（500,000元），约定月利率1%，"
            "借款期限一年。请贵厂核对后盖章确认。\n\n确认方：四平市远大机械厂（公章）    2025年4月8日\n")
    assert _fields(text)["lender"] != "四平市远大机械厂"


# --- 5. overdue and penalty rates in plain words ---------------------------------------------------------------------

def test_interest_runs_on_after_default_in_plain_words():
    text = ("借  条\n\n今借到于海波人民币贰万元整（20,000元）。一个月二分利，到2022年6月30日连本带利一块儿还。\n"
            "到日子不还，利息照样按二分算，另外逾期一天按借款总额千分之一给违约金。\n\n借款人：邢立军（签字）\n2021年12月1日\n")
    f = _fields(text)
    assert f["overdue_rate"] == pytest.approx(0.24)
    assert f["penalty_rate"] == pytest.approx(0.365)
    text = text.replace("一个月二分利", "月息1.2分").replace("利息照样按二分算", "逾期期间利息照常按月息1.2分计算")
    assert _fields(text)["overdue_rate"] == pytest.approx(0.144)


def test_interest_said_to_run_on_without_a_default_is_no_overdue_rate():
    text = ("借款合同\n\n出借人：于海波\n借款人：邢立军\n\n一、借款金额：人民币贰万元整。\n二、借款期限：2021年12月1日至2022年11月30日。\n"
            "三、利率：月息1分。借款期间如有部分还款，利息照常按月息1分计算。\n\n出借人：于海波\n借款人：邢立军\n2021年12月1日\n")
    assert _fields(text)["overdue_rate"] is None


# --- 6. review wave 16: edges of the rules above ---------------------------------------------------------------------

_BASE = ("借款合同\n\n出借人：宋德海\n借款人：白山市松江木业有限公司\n\n一、借款金额：人民币叁拾万元整（300,000元）。\n"
         "二、借款期限：2020年4月1日至2021年3月31日。\n三、借款年利率百分之九，到期一次性还本付息。\n"
         "四、逾期未还的，逾期部分按年利率百分之十二计息。\n\n")


def test_a_party_signing_days_later_elsewhere_is_the_contract_not_a_note():
    text = _BASE + "甲方：宋德海（签字）\n2020年4月1日\n乙方：白山市松江木业有限公司（盖章）\n2020年4月5日\n"
    assert later_notes_start(text) == len(text)
    assert _fields(text)["contract_date"] == "2020-04-05"      # made when the last party signs
    inline = _BASE + "甲方：宋德海（签字）\n2020年4月1日\n乙方：白山市松江木业有限公司（盖章） 2020年4月5日\n"
    assert later_notes_start(inline) == len(inline)


def test_a_guarantor_signing_later_keeps_the_loans_signing_day():
    text = _BASE + "出借人：宋德海（签字）\n借款人：白山市松江木业有限公司（盖章）\n2020年4月1日\n\n保证人：李明（签字）\n2020年4月3日\n"
    f = _fields(text)
    assert f["contract_date"] == "2020-04-01" and f["guarantor"] == "李明"


@pytest.mark.parametrize("note", ["律师转来一份材料", "木业打来电话说年后还", "木业汇来的传真", "还了解到木业已搬家"])
def test_a_dated_note_that_sends_no_money_is_no_payment(note):
    text = _BASE + "出借人：宋德海（签字）\n借款人：白山市松江木业有限公司（盖章）\n2020年4月1日\n\n2024年1月2日 " + note + "。宋德海记。\n"
    assert extract_contract(text).last_payment_noted is None
    paid = text.replace(note, "木业转来三万元")
    assert extract_contract(paid).last_payment_noted.value == date(2024, 1, 2)


@pytest.mark.parametrize("clause", ["保证期间至主债务2023年3月31日到期", "借款人营业执照2030年12月31日到期"])
def test_another_terms_expiry_is_no_due_date(clause):
    text = _BASE.replace("二、借款期限：2020年4月1日至2021年3月31日。", "二、" + clause + "。")
    assert _fields(text)["end_date"] is None
    assert _fields(_BASE.replace("二、借款期限：2020年4月1日至2021年3月31日。", "二、借款于2021年3月31日到期。"))["end_date"] == "2021-03-31"


@pytest.mark.parametrize("spread", ["逾期款项在适用利率基础上加收年利率2%", "逾期款项在借款利率基础上加收年利率2%"])
def test_points_added_to_the_rate_on_default_are_base_plus_points(spread):
    text = _BASE.replace("三、借款年利率百分之九，", "三、借款年利率为3.95%，").replace("逾期未还的，逾期部分按年利率百分之十二计息", spread)
    f = _fields(text)
    assert f["annual_rate"] == pytest.approx(0.0395) and f["overdue_rate"] == pytest.approx(0.0595)
    relative = text.replace(spread, "逾期款项在适用利率基础上上浮50%")     # 上浮 without 年利率: the rate × 1.5
    assert _fields(relative)["overdue_rate"] == pytest.approx(0.05925)


def test_interest_running_on_at_a_named_rate_after_default_is_no_second_loan_rate():
    text = _BASE.replace("逾期未还的，逾期部分按年利率百分之十二计息", "到日子不还的，利息照样按年利率12%算")
    f = _fields(text)
    assert f["annual_rate"] == pytest.approx(0.09) and f["overdue_rate"] == pytest.approx(0.12)


@pytest.mark.parametrize("clause", ["借款人可提前还款，提前归还部分借款的，未还部分利息仍按年利率8%计算",
                                    "借款人未还清前，利息仍按年利率8%计算"])
def test_interest_on_the_unpaid_balance_is_no_overdue_rate(clause):
    text = _BASE.replace("逾期未还的，逾期部分按年利率百分之十二计息", clause)
    assert _fields(text)["overdue_rate"] is None


def test_a_daily_penalty_on_the_unpaid_sum():
    assert [r.annual_rate for r in find_rates("每逾期一日按未还款千分之一支付违约金")] == [Decimal("0.365")]
    assert [r.annual_rate for r in find_rates("逾期一天按借款总额千分之一支付违约金")] == [Decimal("0.365")]


def test_a_group_chat_reads_who_asked_and_who_paid():
    text = _CHAT.replace("马春林 09:20：行，啥时候还\n", "马春林 09:20：行，啥时候还\n金美玉 09:22：我这也能借你一万\n")
    f = _fields(text)
    assert (f["lender"], f["borrower"], f["principal"]) == ("马春林", "崔顺子", "30000")


def test_a_chat_loan_due_next_month_across_the_year_end():
    text = _CHAT.replace("2024年5月3日", "2024年12月3日").replace("2024年7月1日", "2025年2月1日")
    assert _fields(text)["end_date"] == "2025-01-20"


def test_the_lenders_note_that_he_paid_the_loan_out_is_no_repayment():
    text = _BASE + ("出借人：宋德海（签字）\n借款人：白山市松江木业有限公司（盖章）\n2020年4月1日\n\n"
                    "注（出借人补记）：2020年4月1日通过工商银行转账300,000元至借款人账户。\n")
    assert extract_contract(text).last_payment_noted is None
