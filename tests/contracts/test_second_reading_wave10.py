"""An independent reading of the Kunming round found wordings its new patterns misread; each is pinned here with the
reading it must keep. None of these texts is a data set's document."""
from __future__ import annotations

from datetime import date

from agent.contracts.extract import extract_contract
from agent.contracts.guarantees import find_guarantees
from agent.contracts.numerals import find_dates
from agent.contracts.parties import find_iou_lender, find_parties


def _value(field):
    return field.value if field else None


def test_an_impossible_ganzhi_year_is_no_date_and_no_crash():
    assert find_dates("甲丑年正月初一还款") == []
    c = extract_contract("借条\n今借到张三人民币壹万元整，甲丑年腊月廿三前还清。\n借款人：李四\n2021年3月1日")
    assert _value(c.contract_date) == date(2021, 3, 1)


def test_clause_words_after_a_role_are_no_names():
    hits = find_parties("借条\n今借到王五人民币叁万元整，出借人有权与借款人协商一致，提前收回借款。\n王六\n2022年3月1日")
    assert not any(h.name in ("有权", "协商一致") for h in hits)
    hits = find_parties("兹证明出借人赵德明与借款人余文才、保证人余文华于2021年3月1日签订了《借款合同》")
    assert [(h.role, h.name) for h in hits] == [("lender", "赵德明"), ("borrower", "余文才"), ("guarantor", "余文华")]


def test_a_pledge_not_to_borrow_elsewhere_names_no_lender():
    hits = find_parties("借款人：张三\n借款人承诺未向其他银行或小额贷款公司申请贷款")
    assert [h.role for h in hits] == ["borrower"]


def test_a_name_ending_in_hua_is_not_cut_by_a_goods_word():
    assert find_iou_lender("今借到李桂花钱伍仟元整，") is None or find_iou_lender("今借到李桂花钱伍仟元整，").name != "李桂"


def test_a_due_clause_after_a_blank_line_is_no_note():
    c = extract_contract("借款合同\n出借人：张三\n借款人：李四\n借款金额：5万元\n\n2021年12月31日前一次性还清本息，利息按月收\n"
                         "出借人：张三\n借款人：李四\n2021年1月1日")
    assert _value(c.contract_date) == date(2021, 1, 1) and _value(c.end_date) == date(2021, 12, 31)


def test_a_confirmation_under_a_rule_is_part_of_the_contract():
    c = extract_contract("借款合同\n出借人：张三\n借款人：李四\n借款5万元。\n————————————\n借款人确认：本人已阅读并理解上述全部条款。\n"
                         "2021年1月1日")
    assert _value(c.contract_date) == date(2021, 1, 1)


def test_a_balance_still_owed_at_month_end_is_no_due_date():
    c = extract_contract("借条\n今借到王五人民币叁万元整，截至2021年6月底还有3万元未还。\n借款人：王六\n2021年1月1日")
    assert _value(c.end_date) is None
    c = extract_contract("借条\n今借到王五人民币叁万元整，2021年6月底还。\n借款人：王六\n2021年1月1日")
    assert _value(c.end_date) == date(2021, 6, 30)


def test_the_last_of_several_festival_dates_is_the_due_date_and_a_past_one_is_none():
    c = extract_contract("借条\n今借到王五人民币叁万元整，2023年春节前还2万元，2023年底前还清余款。\n借款人：王六\n2022年6月5日")
    assert _value(c.end_date) == date(2023, 12, 31)
    c = extract_contract("借条\n今借到王五人民币叁万元整，借款人已于2022年春节前还清上笔借款。\n借款人：王六\n2022年6月5日")
    assert _value(c.end_date) != date(2022, 1, 31)


def test_a_balance_confirmed_as_at_a_date_is_acknowledged_when_signed():
    c = extract_contract("借条\n今借到王五人民币伍万元整。\n借款人：李四\n2020年1月1日\n——————\n"
                         "对账确认：截至2023年4月30日，乙方尚欠本金伍万元及利息。\n借款人：李四\n2024年12月20日")
    assert _value(c.last_payment_noted) == date(2024, 12, 20)


def test_a_judgment_is_dated_by_the_loan_not_by_the_filing():
    c = extract_contract("民事判决书\n原告张三，被告李四。\n2023年6月1日，原告向本院提出诉讼请求：判令被告偿还借款40万元。"
                         "事实和理由：被告于2021年3月5日向原告借款40万元。")
    assert _value(c.contract_date) == date(2021, 3, 5)


def test_principal_paid_monthly_is_no_bullet_repayment():
    c = extract_contract("借款合同\n出借人：张三\n借款人：李四\n借款金额：12000元\n利息按月支付。本金分期偿还：借款人应于每月20日前还本金"
                         "1000元，共12期。\n2021年1月1日")
    assert _value(c.repayment_method) == "分期还款"


def test_a_placeholder_is_no_guarantor():
    text = "借款合同\n出借人：张三\n借款人：李四\n担保方式\t信用。保证人：暂无，无需提供担保\n2021年1月1日"
    assert not [g for g in find_guarantees(text, find_parties(text)) if "暂无" in str(g.value)]
