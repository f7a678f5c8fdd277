"""Papers a mediator is handed: a 借条 with repayments noted under it, an extension on the last page, a 还款协议 that
restates an old debt as a new loan, a guarantee letter, a form with boxes to tick. Each is read as a court would."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from agent.contracts.check import check_text
from agent.contracts.normalize import find_rates

IOU_WITH_NOTES = """借条

今借到王秀兰人民币叁万元整（30000元），月息壹分伍厘，2018年6月30日前还本付息。

借款人：李国富
2017.9.15

（以下为借条背面手写内容）
2019年3月2日还利息贰仟元  王秀兰
2021年10月8日 还款伍仟元  王秀兰 收
"""


def test_notes_after_signing_do_not_move_the_signing_date_and_a_noted_payment_restarts_the_clock():
    report = check_text(IOU_WITH_NOTES, as_of=date(2023, 6, 1))
    c = report.contract
    assert c.contract_date.value == date(2017, 9, 15) and c.start_date.value == date(2017, 9, 15)
    assert c.end_date.value == date(2018, 6, 30)
    assert report.fields["annual_rate"] == 0.18                   # 月息壹分伍厘, written in 大写
    assert c.last_payment_noted.value == date(2021, 10, 8)
    # due 2018-06-30: expired in 2021 but for the payment of 2021-10-08 (民法典 第195条), which runs it to 2024
    assert "limitation_period_expired" not in {f.rule_id for f in report.findings}
    later = check_text(IOU_WITH_NOTES, as_of=date(2025, 1, 1))
    assert "limitation_period_expired" in {f.rule_id for f in later.findings}


def test_an_extension_written_on_the_last_page_moves_the_due_date_not_the_signing_date():
    text = """借款合同
出借人（甲方）：周建华
借款人（乙方）：陈小平
一、借款金额：人民币捌万元整（80000元）。
二、借款期限：2021年3月1日至2022年2月28日。
三、年利率10%，利息每季度支付一次，本金到期一次性归还。
甲方：周建华      乙方：陈小平
2021年3月1日

（合同末页手写）
经双方协商，还款期限延长至2023年2月28日，其他条款不变。
甲方：周建华  乙方：陈小平  2022.2.20
"""
    c = check_text(text).contract
    assert c.contract_date.value == date(2021, 3, 1)
    assert c.end_date.value == date(2023, 2, 28) and "note added after signing" in c.end_date.note


def test_a_repayment_agreement_is_read_as_the_new_loan_it_makes():
    text = """还款协议
甲方（出借人）：赵德明
乙方（借款人）：孙立伟
乙方于2018年4月2日向甲方借款人民币伍万元整，当时约定月息2分。截至2022年12月31日，经双方对账，乙方尚欠本金50000元、利息22000元。
一、双方同意将上述本息合计人民币柒万贰仟元整（72000元）转为乙方向甲方的借款本金，原借条由甲方收回作废。
二、自2023年1月1日起按年利率8%计算利息，利息按月支付，乙方应于2023年12月31日前归还全部本金。
甲方：赵德明   乙方：孙立伟
2023年1月1日
"""
    report = check_text(text)
    assert report.fields["principal"] == "72000" and report.fields["annual_rate"] == 0.08
    assert report.contract.start_date.value == date(2023, 1, 1)
    assert report.contract.end_date.value == date(2023, 12, 31)
    rules = {f.rule_id for f in report.findings}
    assert "compound_interest_restated" in rules and "no_interest_agreed" not in rules


def test_a_guarantee_that_pays_only_when_the_debtor_cannot_is_a_general_guarantee():
    letter = """担保书
刘春生：
吴志强于2022年8月1日向您借款人民币贰万元整，约定2023年7月31日前还清。
本人自愿为上述借款提供担保。如吴志强到期不能偿还借款，由本人负责偿还。
担保人：吴志刚
2022年8月1日
"""
    assert check_text(letter).fields["guarantee_type"] == "一般保证"        # 担保制度解释 第二十五条第一款
    joint = letter.replace("如吴志强到期不能偿还借款，由本人负责偿还", "吴志强到期未还款的，由担保人负责偿还")
    assert check_text(joint).fields["guarantee_type"] == "连带责任保证"      # 第二十五条第二款


def test_a_guarantee_period_stated_as_a_length_is_read():
    text = ("借款合同\n出借人：钱学军\n借款人：马建平\n保证人：马建新\n借款金额：人民币伍万元整。\n借款期限：2024年1月1日至2024年12月31日。\n"
            "年利率6%，到期一次性还本付息。\n保证人承担连带责任保证，保证期间两年，自借款到期之日起计算。\n")
    assert check_text(text).fields["guarantee_period_months"] == 24


def test_only_the_ticked_option_of_a_form_is_a_term():
    text = ("借款合同\n出借人：钱学军\n借款人：马建平\n借款金额：人民币伍万元整。\n借款期限：2024年1月1日至2024年12月31日。\n年利率6%。\n"
            "还款方式：□按月付息、到期还本  ☑到期一次性还本付息  □等额本息\n")
    assert check_text(text).fields["repayment_method"] == "到期一次性还本付息"


def test_what_happens_on_default_is_not_how_the_loan_is_repaid():
    text = ("借款合同\n出借人：钱学军\n借款人：马建平\n借款金额：人民币陆万元整。\n借款期限：2024年1月1日至2024年12月31日。\n年利率6%。\n"
            "乙方分十二期归还本金。乙方任何一期未按时还款的，甲方有权要求乙方一次性偿还全部欠款。\n")
    assert check_text(text).fields["repayment_method"] == "分期还款"


def test_the_last_instalment_date_ends_the_term():
    text = ("个人消费贷款合同\n借款人：郑丽\n贷款人：某某消费金融有限公司\n借款金额：人民币壹万贰仟元整。\n"
            "借款期限：12期，放款日2024年3月8日，首期还款日2024年4月8日，末期还款日2025年3月8日\n贷款利率：年利率18%。\n还款方式：等额本息\n")
    c = check_text(text).contract
    assert c.start_date.value == date(2024, 3, 8) and c.end_date.value == date(2025, 3, 8)


def test_rates_written_in_capital_digits():
    assert [m.annual_rate for m in find_rates("月息壹分，逾期按月息壹分贰厘计")] == [Decimal("0.12"), Decimal("0.144")]
    assert find_rates("月息贰分")[0].text == "月息贰分"          # the span quotes the original characters


def test_a_loan_contracts_own_acknowledgement_clause_is_not_a_restatement():
    text = ("借款合同\n出借人（甲方）：钱学军\n借款人（乙方）：马建平\n一、借款金额：人民币伍万元整（50000元）。\n"
            "二、借款期限：2024年1月1日至2024年12月31日。\n三、年利率6%，到期一次性还本付息。\n"
            "四、乙方逾期的，经甲方催告后乙方应书面确认尚欠本息数额。\n")
    report = check_text(text)
    assert report.fields["principal"] == "50000" and report.fields["annual_rate"] == 0.06
    assert report.contract.start_date.value == date(2024, 1, 1)


BASE = "借款合同\n出借人：钱学军\n借款人：马建平\n保证人：赵志强\n借款金额：人民币伍万元整。\n借款期限：2024年3月1日至2024年8月31日。\n年利率6%。\n"


@pytest.mark.parametrize("clause, kind", [
    ("如乙方到期不能偿还借款本息，由保证人承担连带清偿责任。", "连带责任保证"),        # the label wins over the wording
    ("保证人提供连带责任保证。乙方不能还款的，保证人代为偿还。", "连带责任保证"),
    ("本保证为连带责任保证，保证人不享有一般保证人的先诉抗辩权。", "连带责任保证"),
    ("本保证为一般保证，保证人不承担连带责任。", "一般保证"),                           # a negated label does not count
    ("保证方式：□一般保证 ☑连带责任保证", "连带责任保证"),                                # only the ticked box
])
def test_a_labelled_guarantee_type_wins_and_only_a_ticked_box_counts(clause, kind):
    assert check_text(BASE + clause + "\n").fields["guarantee_type"] == kind


def test_a_remarks_clause_before_the_signatures_is_part_of_the_contract():
    text = BASE + "备注：本合同一式两份，双方各执一份。\n甲方：钱学军  乙方：马建平\n签订日期：2024年2月26日\n"
    c = check_text(text).contract
    assert c.contract_date.value == date(2024, 2, 26) and c.end_date.value == date(2024, 8, 31)


def test_a_loan_contract_whose_preamble_says_settlement_is_not_a_restated_debt():
    text = ("借款合同\n（用于结算供应商货款）\n出借人（甲方）：钱学军\n借款人（乙方）：马建平\n"
            "一、借款期限：2024年1月1日至2024年12月31日，年利率36%。\n二、借款金额人民币伍拾万元整，该款项作为本合同项下借款本金。\n")
    report = check_text(text)
    assert report.fields["annual_rate"] == 0.36 and "rate_above_4x_lpr" in {f.rule_id for f in report.findings}


def test_noted_repayments_however_written_and_an_extension_takes_its_own_date():
    text = (IOU_WITH_NOTES.split("（以下为")[0] + "（以下为借条背面手写内容）\n2023年1月5日，还款2000元\n2023年3月5日微信转账还款2000元\n"
            "还款期限展期至2024年12月31日，借款人已于2025年1月10日支付利息。\n")
    c = check_text(text).contract
    assert c.last_payment_noted.value == date(2023, 3, 5) and c.last_payment_noted.evidence[0].quote.endswith("2000元")
    assert c.end_date.value == date(2024, 12, 31)


def test_the_capital_amount_is_quoted_first_when_it_is_read():
    text = BASE.replace("人民币伍万元整", "¥500000元（大写：人民币伍万元整）")
    p = check_text(text).contract.principal
    assert p.value == Decimal(50000) and p.evidence[0].quote == "人民币伍万元整"


@pytest.mark.parametrize("term, end", [("借款期限至2025年2月28日止。", date(2025, 2, 28)),
                                       ("借款期限12个月，自2024年3月1日起。", date(2025, 3, 1))])
def test_a_dates_year_is_not_a_term_of_years(term, end):
    text = "借款合同\n出借人：钱学军\n借款人：马建平\n借款金额：人民币伍万元整。\n" + term + "年利率6%。\n"
    assert check_text(text).contract.end_date.value == end


def test_the_current_periods_interest_is_not_a_pawn_term():
    text = ("借款合同\n出借人：钱学军\n借款人：马建平\n借款金额：人民币伍万元整。\n年利率6%，借款人应于每月20日前支付当期利息，"
            "首期付息日为2024年4月20日，末次付息日为2024年9月20日。\n借款期限自2024年3月20日起至2025年3月19日止。\n")
    c = check_text(text).contract
    assert (c.start_date.value, c.end_date.value) == (date(2024, 3, 20), date(2025, 3, 19))


@pytest.mark.parametrize("line", ["还款方式：□按月付息、到期还本 ✔到期一次性还本付息", "还款方式：√□到期一次性还本付息 □按月付息、到期还本"])
def test_any_tick_mark_keeps_its_option(line):
    assert check_text(BASE + line + "\n").fields["repayment_method"] == "到期一次性还本付息"


def test_with_no_stated_term_the_last_instalment_is_the_due_date():
    table = ("还款协议\n甲方（债权人）：贺文斌\n乙方（债务人）：易红军\n一、甲乙双方确认本息合计壹拾万元整（100000元），作为乙方向甲方的借款本金，"
             "自2019年7月1日起按月息1分计息。\n二、乙方按下表分期归还本金：\n期数\t还款日期\t还款本金（元）\n"
             "第一期\t2019年12月31日前\t50000\n第二期\t2020年6月30日前\t50000\n")
    assert check_text(table).contract.end_date.value == date(2020, 6, 30)
    payroll = ("员工借款协议\n甲方（出借方）：某某纺织有限公司\n乙方（借款方）：邱红梅\n1、甲方借给乙方人民币贰万肆仟元整（24000元），不计利息。\n"
               "2、借款自2025年4月起从乙方每月工资中扣还2000元，共12个月，至2026年3月底扣完。\n")
    assert check_text(payroll).contract.end_date.value == date(2026, 3, 31)
    dated = ("还款协议\n甲方（出借人）：李春生\n乙方（借款人）：刘德胜\n乙方确认尚欠甲方借款本金捌万元整（80000元）。\n"
             "一、乙方于2021年12月31日前归还30000元；二、于2022年12月31日前归还30000元；三、于2023年3月10日前一次性向甲方还清剩余本息。\n")
    assert check_text(dated).contract.end_date.value == date(2023, 3, 10)
