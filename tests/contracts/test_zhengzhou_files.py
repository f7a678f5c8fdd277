"""Henan-style paper (郑州/周口 借条 and 欠条 with later notes, a 调解室 record, a 债务确认书, a 对账单, a bilingual
table, a chat log), one test per cause. Each cause came up with more than one author's files.

Texts are written for these tests (names, sums and IDs are made up); each cause comes with sentences where the new
reading must not fire.
"""
from __future__ import annotations

from datetime import date

from agent.contracts.check import check_contract
from agent.contracts.extract import _IOU, extract_contract, later_notes_start
from agent.contracts.normalize import find_rates

AS_OF = date(2026, 12, 1)


def _ids(report) -> set[str]:
    return {f.rule_id for f in report.findings}


def _fields(text: str) -> dict:
    return check_contract(text, as_of=AS_OF).fields


# --- a record kept under the signatures: its dates are not the signing date, its payments count ------------------

def test_repayment_record_heading_with_a_long_bracket_is_a_later_note():
    text = ("借款合同\n\n出借人：孟庆林\n借款人：周口市永兴商贸有限公司\n\n一、借款金额：人民币伍拾万元整（¥500,000.00）。\n"
            "二、借款期限：自2016年3月10日起至2017年3月9日止。\n三、利率：年利率12%，本息于借款到期时一并归还。\n\n"
            "出借人：孟庆林\n借款人：周口市永兴商贸有限公司（盖章）\n2016年3月10日\n\n"
            "还款记录（出借人登记，借款人出纳签字确认）：\n2019年6月1日    还利息伍万元\n2022年4月2日   还本金拾万元\n2024年4月2日   还本金拾万元\n")
    r = check_contract(text, as_of=AS_OF)
    assert r.fields["contract_date"] == "2016-03-10"
    assert r.contract.last_payment_noted.value == date(2024, 4, 2)
    assert "limitation_period_expired" not in _ids(r)


def test_dated_attachment_under_the_signatures_is_a_later_note():
    text = ("借  据\n\n今借到吴长河人民币拾万元整（¥100,000.00），月息壹分，到期连本带息一次还清。\n"
            "借款时间：2021年4月1日至2022年3月31日。\n\n借款人：董玉山\n2021年4月1日\n\n"
            "附：2024年12月9日，吴长河以EMS邮寄《催款通知书》，董玉山签收。\n")
    c = extract_contract(text)
    assert c.contract_date.value == date(2021, 4, 1)
    assert c.last_demand_noted.value == date(2024, 12, 9)


def test_mediation_record_after_a_rule_is_a_later_note_and_a_spoken_acknowledgement_counts():
    text = ("借  条\n\n今借到孔令军人民币叁万元整（¥30,000.00），月息一分，2022年6月1日前一次还清本息。\n\n"
            "借款人：田春花\n2021年12月1日\n\n" + "-" * 40 + "\n"
            "某某县人民法院诉前调解室  谈话笔录（摘录）\n时间：2025年5月6日    调解员：周某\n"
            "田春花：2024年11月3号俺跟他说过“钱俺认，就是手里没有”。\n")
    c = extract_contract(text)     # (check_contract's injection screen hides this short log's last line)
    assert c.contract_date.value == date(2021, 12, 1)
    assert c.start_date.value == date(2021, 12, 1)
    assert c.last_payment_noted.value == date(2024, 11, 3)       # the debtor owning the debt, 俺 and 号 said


def test_record_heading_above_the_signatures_is_not_a_later_note():
    # a template's "附：还款计划表" and a "会议记录" line in the body are the contract, not notes added later
    body = ("借款合同\n\n出借人：甲某某\n借款人：乙某某\n一、借款金额：人民币拾万元整。\n二、借款期限：自2024年1月1日起至2024年12月31日止。\n"
            "三、年利率10%。\n本合同经股东会讨论，见会议记录\n附：还款计划表\n2024年6月30日 归还伍万元\n2024年12月31日 归还伍万元\n\n"
            "出借人：甲某某\n借款人：乙某某\n2024年1月1日\n")
    assert later_notes_start(body) == len(body)
    assert extract_contract(body).contract_date.value == date(2024, 1, 1)


def test_paid_back_said_with_huanlai_is_a_payment():
    text = ("欠  条\n\n今欠到张某某现金人民币伍万元整，当天转账。月息一分，2023年1月20日前连本带利一次还清。\n\n"
            "欠款人：王某某\n2022年9月15日\n\n（以下为出借人手写补记）\n2024年2月8日，王某某还来贰万元整，剩下的说麦罢再还。\n")
    c = extract_contract(text)
    assert c.last_payment_noted.value == date(2024, 2, 8)
    assert c.start_date.value == date(2022, 9, 15)      # a 欠条 for cash handed over dates the loan as a 借条 does


def test_acknowledgement_guards():
    # "钱我认真想过了" and "我认为" own nothing
    for said in ("钱我认真想过了，不还", "我认为早还清了"):
        text = ("借  条\n\n今借到孔某人民币叁万元整，2020年6月1日前还清。\n\n借款人：田某\n2019年12月1日\n\n"
                "（孔某记）\n2022年11月3日 田某说：“" + said + "”。\n")
        assert extract_contract(text).last_payment_noted is None


# --- repayment method said in ways every author writes ---------------------------------------------------------

def test_lump_sum_wordings():
    for clause in ("利率：年利率10%，本息于借款到期时一并归还。", "月息贰分，于贰零壹柒年拾贰月壹日前一次还清本息。",
                   "资金使用费：按日千分之一计算，到期与本金一并支付。"):
        text = f"借款合同\n\n出借人：甲某\n借款人：乙某\n借款金额：人民币拾万元整。\n{clause}\n\n出借人：甲某\n借款人：乙某\n2024年1月2日\n"
        assert extract_contract(text).repayment_method.value == "到期一次性还本付息", clause


def test_instalments_said_as_fen_n_qi_huanqing():
    text = ("还款协议\n\n甲方：甲某\n乙方：乙某\n乙方确认欠甲方本金人民币拾贰万元整。\n乙方分十二期还清本金，每月2日还款壹万元。\n\n"
            "甲方：甲某    乙方：乙某\n2024年9月2日\n")
    assert extract_contract(text).repayment_method.value == "分期还款"


def test_repayment_guards():
    # an overdue clause's 本息 and an early repayment's settling are not how the loan is repaid
    for clause in ("逾期本息于判决生效后一并归还。", "借款人提前还款的，本息于还款日结清。"):
        text = f"借款合同\n\n出借人：甲某\n借款人：乙某\n借款金额：人民币拾万元整。\n{clause}\n\n2024年1月2日\n"
        m = extract_contract(text).repayment_method
        assert m is None or m.value != "到期一次性还本付息", clause


# --- a guarantor who pays when the debtor does not pay at the due date is joint --------------------------------

def test_daoqi_buhuan_you_danbaoren_huan_is_joint():
    text = ("借  条\n\n今借到李某某现金叁万元整，月息捌厘，2023年4月10日到期连本带利还清。\n如借款人到期不还，由担保人还。\n\n"
            "借款人：牛某某\n担保人：牛某某甲\n2022年10月10日\n")
    assert _fields(text)["guarantee_type"] == "连带责任保证"
    # …but "不能还" is the debtor's inability: general
    text2 = text.replace("如借款人到期不还，由担保人还。", "如借款人到期不能还，由担保人还。")
    assert _fields(text2)["guarantee_type"] == "一般保证"


def test_guarantor_named_with_an_office_in_the_guarantee_row():
    text = ("借  据\n\n今借到马某某人民币拾万元整，月息壹分，2022年6月30日到期连本带息一次还清。\n"
            "保证：理事长赵某山个人承担连带责任保证。\n\n借款单位：某某养殖专业合作社（盖章）\n理事长：赵某山\n2021年7月1日\n")
    assert _fields(text)["guarantor"] == "赵某山"


# --- rates -----------------------------------------------------------------------------------------------------

def test_fen_ling_wu_li_is_hundredths():
    assert [r.annual_rate for r in find_rates("月息一分零五厘")] == [find_rates("月利率1.05%")[0].annual_rate]
    assert find_rates("月息一分五厘")[0].annual_rate == find_rates("月利率1.5%")[0].annual_rate    # unchanged


def test_interest_if_not_repaid_in_time_is_overdue():
    text = ("借  条\n\n今借到张某现金壹万元整。张某说了不要利息，俺心里得劲。\n俺保证2025年10月1日前还清。到时候还不上，按一年百分之六算利息。\n\n"
            "借款人：李某\n2025年2月10日\n")
    f = _fields(text)
    assert f["annual_rate"] == 0
    assert f["overdue_rate"] == 0.06


# --- dates -----------------------------------------------------------------------------------------------------

def test_start_date_is_the_day_the_money_was_handed_over():
    text = ("借款协议\n\n出借人：陈某\n借款人：某某面粉有限公司\n借款人向出借人借款人民币伍拾万元整，现金及转账于2018年5月18日交付。\n"
            "利息按月息一分五计算，本金于2019年5月17日一次还清。\n\n出借人：陈某\n借款人：某某面粉有限公司\n2018年5月20日\n")
    assert extract_contract(text).start_date.value == date(2018, 5, 18)
    # the borrower paying on a day is not the loan's start
    guard = text.replace("现金及转账于2018年5月18日交付。", "借款人于2018年6月18日支付利息。")
    s = extract_contract(guard).start_date
    assert s is None or s.value != date(2018, 6, 18)


# --- parties ---------------------------------------------------------------------------------------------------

def test_debt_confirmation_signed_by_the_confirmer_names_the_borrower():
    text = ("债务确认书\n\n致：杨某某\n\n本厂（某某县利民塑料制品厂）于2019年3月8日向杨某某借款人民币壹拾伍万元整，约定月息二分，借期两年。\n"
            "本厂确认：截至2023年6月20日，尚欠杨某某借款本金壹拾伍万元整。\n\n确认人：某某县利民塑料制品厂（盖章）\n负责人：杜某\n2023年6月20日\n")
    f = _fields(text)
    assert f["borrower"] == "某某县利民塑料制品厂"
    assert f["borrower_kind"] == "enterprise"
    assert f["start_date"] == "2019-03-08"
    # a 确认人 line on a paper that is no debt confirmation says nothing about who borrowed
    assert extract_contract(text.replace("债务确认书", "情况说明")).borrower is None or \
        extract_contract(text.replace("债务确认书", "情况说明")).borrower.value.name != "某某县利民塑料制品厂"


def test_iou_typed_inline_names_its_borrower():
    text = ("微信聊天记录（整理）\n\n2023年10月13日\n赵某：[图片] 借条：今借到王某人民币贰万元整，月息一分半，2024年6月30日前还清本息。"
            "借款人：赵小某 2023.10.12\n王某：收到。\n")
    assert _fields(text)["borrower"] == "赵小某"
    guard = "借款合同\n\n甲方：王某\n借款金额：人民币贰万元整。本合同一式两份。借款人：应按时还款。\n2023年10月12日\n"
    b = extract_contract(guard).borrower
    assert b is None or "应按" not in b.value.name


def test_bilingual_table_amount_row_is_the_principal():
    text = ("借款合同 LOAN AGREEMENT\n出借人（甲方） Lender: 某某贸易有限公司\n借款人（乙方） Borrower: 魏某\n\n"
            "条款 Term\t中文\tEnglish\n金额 Amount\t人民币叁拾万元整（¥300,000.00）\tRMB 300,000 (about US$42,000 for reference only)\n"
            "利率 Interest\t年利率10%\tten percent per annum\n\n甲方：某某贸易有限公司    乙方：魏某\n日期 Date：2023年2月15日\n")
    f = _fields(text)
    assert f["principal"] == "300000"
    assert f["currency"] == "CNY"


# --- a 对账单 that only confirms the balance keeps the loan it recites --------------------------------------------

def test_statement_confirming_a_balance_keeps_the_recited_loan_terms():
    text = ("借款对账单\n出借人：某某饲料有限公司\n借款人：赵某（养殖户）\n"
            "赵某于2023年3月1日向本公司借款人民币贰拾万元整，借期一年（至2024年2月29日），月利率1%，按季付息；逾期部分按月利率1.5%计收逾期利息。\n\n"
            "以上金额经双方核对无误。借款人确认尚欠本金壹拾伍万元、利息伍万叁仟元。\n"
            "出借人（章）：某某饲料有限公司        借款人（签字）：赵某\n对账日期：2025年12月31日\n")
    f = _fields(text)
    assert f["principal"] == "200000"
    assert f["annual_rate"] == 0.12
    assert f["overdue_rate"] == 0.18
    # …one that turns the balance into a new principal is a restatement: the old story is not the loan
    restated = text.replace("借款人确认尚欠本金壹拾伍万元、利息伍万叁仟元。", "上述本息合计贰拾万叁仟元转为新的借款本金，借款人确认尚欠。")
    assert _fields(restated)["principal"] != "200000"


# --- a court's 调解书 signed after the old loan's period ran: the debtor agreed to pay ------------------------------

def test_court_settlement_after_the_period_is_not_expired():
    text = ("某某县人民法院\n民 事 调 解 书\n（2025）豫0000民初0000号\n\n原告：吕某，男。\n被告：曹某，男。\n\n"
            "原告诉称：2021年8月1日被告向原告借款100000元，约定月息二分，借期一年。\n双方当事人自愿达成如下协议：\n"
            "一、被告曹某于2025年12月31日前偿还原告借款本金100000元；\n\n审判员  魏某\n二〇二五年十月二十日\n")
    assert "limitation_period_expired" not in _ids(check_contract(text, as_of=AS_OF))


def test_amount_rows_that_are_not_the_loan_sum():
    # a fee's or a payment's amount row is not the sum lent: only a bare 金额 (or 借款金额) row heads it
    for row in ("服务费金额\t人民币伍佰元", "付款金额 | 2,000元"):
        text = (f"借款合同\n出借人：甲某\n借款人：乙某\n{row}\n借款本金：人民币拾万元整（¥100,000.00）\n年利率10%。\n\n"
                "甲方：甲某    乙方：乙某\n2023年2月15日\n")
        assert _fields(text)["principal"] == "100000", row


# --- review 16: the round's new readings, each misfiring on a near neighbour -------------------------------------
_LOAN = ("借款合同\n\n出借人：甲某\n借款人：乙某\n借款金额：人民币拾万元整，借期一年。\n{x}\n\n出借人：甲某\n借款人：乙某\n"
         "2024年2月20日\n")


def test_interest_or_repayment_paid_on_a_day_is_not_the_loan_start():
    for clause in ("借款利息于2024年3月20日支付。", "借款本息于2025年2月19日一次性支付。", "借款本金于2025年2月19日支付。"):
        s = extract_contract(_LOAN.format(x=clause)).start_date
        assert s is None or s.value.year != 2025 and s.value != date(2024, 3, 20), clause


def test_bare_amount_line_with_a_colon_is_not_the_principal():
    text = ("借款合同\n出借人：甲某\n借款人：乙某\n账户信息\n户名：乙某\n金额：人民币伍仟元（首期服务费）\n"
            "借款本金：人民币拾万元整（¥100,000.00）\n年利率10%。\n\n甲方：甲某    乙方：乙某\n2023年2月15日\n")
    assert check_contract(text, as_of=AS_OF).fields["principal"] == "100000"


def test_wage_or_goods_debt_note_is_not_a_cash_iou():
    for s in ("今欠张三工资现金伍仟元", "今欠到王五货款现金两万元"):
        assert not _IOU.search(s), s
    assert _IOU.search("今欠到张金山现金人民币捌万元整")


def test_failed_mediation_after_the_period_is_still_expired():
    text = ("某某县人民法院\n民 事 调 解 书\n（2025）豫0000民初0000号\n\n原告：吕某，男。\n被告：曹某，男。\n\n"
            "原告诉称：2021年8月1日被告向原告借款100000元，约定月息二分，借期一年。\n被告不同意还款，认为已过诉讼时效。调解不成。\n\n"
            "审判员  魏某\n二〇二五年十月二十日\n")
    assert "limitation_period_expired" in {f.rule_id for f in check_contract(text, as_of=AS_OF).findings}


def test_legal_representative_acting_for_the_company_is_not_a_personal_guarantor():
    text = ("借款合同\n\n出借人：马某某\n借款人：某某商贸有限公司\n借款金额：人民币拾万元整，月息壹分，2022年6月30日到期连本带息一次还清。\n"
            "保证：法定代表人王某代表公司承担连带责任保证。\n\n出借人：马某某\n借款人：某某商贸有限公司（盖章）\n2021年7月1日\n")
    assert check_contract(text, as_of=AS_OF).fields.get("guarantor") != "王某代表公司"


def test_interest_paid_in_instalments_is_not_instalment_repayment():
    base = ("借款合同\n\n出借人：甲某\n借款人：乙某\n借款金额：人民币拾贰万元整，借期一年，年利率10%。\n{x}\n\n出借人：甲某\n借款人：乙某\n"
            "2024年2月20日\n")
    for clause in ("利息分十二期付清，本金到期一次归还。", "乙方分十二期付清利息，到期还本。"):
        m = extract_contract(base.format(x=clause)).repayment_method
        assert m is None or m.value != "分期还款", clause
