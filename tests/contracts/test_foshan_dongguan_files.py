"""Habits of Foshan / Dongguan paper (粤语 借据, 港资 loans, factoring and pawn forms, balance confirmations) that
the reader missed. Each test is one cause, on a text written for it (not a data set's document)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from agent.contracts.check import check_text
from agent.contracts.extract import extract_contract
from agent.contracts.normalize import find_rates
from agent.contracts.parties import find_iou_lender, find_parties


def _value(field):
    return field.value if field else None


def _ids(text: str, as_of: date = date(2026, 11, 20)) -> set[str]:
    return {f.rule_id for f in check_text(text, as_of=as_of).findings}


def test_per_ten_thousand_said_in_man():
    """粤语 蚊 is 元: "每万蚊每日三蚊" is 0.03 %/day, and the overdue one after 过期唔还 is the overdue rate."""
    text = ("借据\n今借到区伟文人民币贰拾万元正（200000元），讲好利息系每万蚊每日三蚊，借期两个月，"
            "2025年8月10日前连本带利一次过还清。\n如果过期唔还，过期部分按每万蚊每日八蚊计。\n借款人：麦志强\n2025年6月10日")
    assert [m.annual_rate for m in find_rates("利息每万蚊每日三蚊")] == [Decimal("0.1095")]
    c = extract_contract(text)
    assert c.interest.value.annual_rate == Decimal("0.1095")
    assert c.overdue_rate.value.annual_rate == Decimal("0.292")


def test_a_deadline_after_the_term_is_the_due_date_not_the_start():
    """"借期两个月，2025年8月10日前…还清": the date is when it is due; the 借据's own date is the start."""
    text = ("借据\n今借到区伟文人民币贰拾万元正（200000元），年利率10%，借期两个月，2025年8月10日前连本带利一次过还清。\n"
            "借款人：麦志强\n2025年6月10日")
    c = extract_contract(text)
    assert (_value(c.start_date), _value(c.end_date)) == (date(2025, 6, 10), date(2025, 8, 10))
    glossed = extract_contract("借据\n今借到黎文杰人民币伍万元正，年利率6%，借期半年，2022年1月30日（年廿八）前还清。\n"
                               "借款人：陈家宝\n2021年7月30日")
    assert _value(glossed.end_date) == date(2022, 1, 30)


def test_mou_interest_is_zero_and_the_rate_after_it_is_for_overdue():
    """冇利息 is agreed zero interest; "过期唔还…按月息一分" is the overdue rate, not the term rate."""
    c = extract_contract("借据\n本人何志明今借到梁永康人民币伍万元正，冇利息，2023年6月30日前还清。\n"
                         "如过期唔还，由过期日起按月息一分计利息。\n借款人：何志明\n2023年1月5日")
    assert c.interest.value.annual_rate == Decimal("0")
    assert c.overdue_rate.value.annual_rate == Decimal("0.12")


def test_notes_on_the_back_do_not_date_the_iou():
    """A 借据's 【背面附注】 is written later: its dates are neither the signing date nor the start."""
    text = ("借据\n本人杜志华今借到莫国强人民币捌万元正，年利率6%，2021年5月31日前还清。\n借款人：杜志华\n2020年12月1日\n\n"
            "【背面附注】\n2021年5月31日到期，话冇钱。\n2023年10月8日 我寄《催款通知书》俾杜志华，佢本人签收。\n莫国强 2023.10.9 记\n")
    c = extract_contract(text)
    assert (_value(c.contract_date), _value(c.start_date)) == (date(2020, 12, 1), date(2020, 12, 1))
    assert _value(c.last_demand_noted) == date(2023, 10, 8)


def test_cantonese_monthly_interest_and_principal_at_the_end():
    """"利息每月俾…本金借一年，…前一次过还清" is 按月付息、到期还本, not one payment of both."""
    c = extract_contract("借条\n今借到彭国华人民币拾万元正。讲明月息8厘，利息每月俾，每月5号前转账俾彭生；"
                         "本金借一年，2026年3月4日前一次过还清。\n借款人：冯家明\n2025年3月5日")
    assert _value(c.repayment_method) == "按月付息、到期还本"
    c = extract_contract("借款单\n今借到冼志明人民币伍万元整，月息2分，每月1号前俾利息，本金到期一次还清。\n借款人：刘家强\n2025年4月1日")
    assert _value(c.repayment_method) == "按月付息、到期还本"


def test_relative_overdue_rate_worked_out_after_a_comma():
    """"罚息：在贷款利率基础上加收50%，即年利率6.3%" is the overdue figure, not a second contract rate."""
    c = extract_contract("个人经营性贷款合同\n贷款人：成都农村商业银行股份有限公司\n借款人：张德全\n贷款金额：人民币伍拾万元整\n"
                         "贷款利率：1年期LPR 3.45%加75个基点，即年利率4.20%\n逾期罚息：在贷款利率基础上加收50%，即年利率6.3%\n"
                         "签订日期：2024年2月1日")
    assert c.interest.value.annual_rate == Decimal("0.042")
    assert c.overdue_rate.value.annual_rate == Decimal("0.063")


def test_lpr_in_brackets_then_basis_points_is_not_the_bare_lpr():
    rates = find_rates("借款利率：按本协议签订日一年期贷款市场报价利率（LPR，3.45%）加200个基点计算，即年利率5.45%。")
    assert [m.status for m in rates] == ["ok"] and rates[0].annual_rate == Decimal("0.0545")


def test_a_region_in_brackets_is_part_of_a_company_name():
    hits = find_parties("甲方（出借人）：华信（澳门）实业有限公司\n乙方（借款人）：四川省蓉达建材有限公司\n")
    assert [(h.role, h.name) for h in hits] == [("lender", "华信（澳门）实业有限公司"), ("borrower", "四川省蓉达建材有限公司")]


def test_a_debtor_named_with_its_role_word_before_it():
    hits = find_parties("最高额保证合同\n债权人：某某小额贷款有限公司\n保证人：何建国\n"
                        "为确保债权人与债务人成都市锦江区川兴五金有限公司（以下简称“债务人”）连续发生的债权的实现，保证人提供保证。")
    assert ("borrower", "成都市锦江区川兴五金有限公司") in [(h.role, h.name) for h in hits]


def test_a_hong_kong_lender_named_with_his_residence():
    hit = find_iou_lender("本人黎家强，今借到香港居民陈国辉先生港币伍万元正（HK$50,000），已收。")
    assert hit and hit.name == "陈国辉"


def test_a_foreign_sum_converted_into_yuan_lends_the_yuan_figure():
    c = extract_contract("借款协议\n出借人：嘉华（香港）有限公司\n借款人：东莞市德利电子有限公司\n"
                         "一、借款金额：港币壹拾万元整（HK$100,000.00），按放款日汇率0.92折合\n    人民币玖万贰仟元整（RMB92,000.00），"
                         "以人民币放款及还款。\n二、年利率6%。\n签署日期：2024年3月1日")
    assert _value(c.principal) == Decimal("92000")
    assert _value(c.currency) == "CNY"


def test_a_pawn_ticket_says_what_the_borrower_actually_took():
    c = extract_contract("典当合同\n典当行：成都市某某典当有限责任公司\n当户：王志明\n当金：人民币贰拾万元整（¥200,000.00）\n"
                         "当金月利率0.5%，综合费率月2.5%，首月利息及综合费在发放当金时预先扣除，当户实际领取当金人民币壹拾玖万肆仟元整（¥194,000.00）。\n"
                         "签订日期：2025年5月6日")
    assert _value(c.amount_delivered) == Decimal("194000")


def test_a_court_in_hong_kong_is_a_court():
    c = extract_contract("借据\n今借到区国明港币拾万元正，年息1分，2024年1月31日前还清。如有争议，喺香港法院解决。\n借款人：黎国强\n2023年2月1日")
    assert c.dispute_resolution and c.dispute_resolution.value.method == "court"


def test_a_balance_confirmation_addressed_to_the_lender():
    """"某公司（出借人）：" heads the letter; "我司某公司…向贵司借款" is the borrower; it says nothing of overdue terms."""
    text = ("借款余额确认书\n\n成都市金牛区宏发钢材有限公司（出借人）：\n\n"
            "我司成都市金牛区川美装饰有限公司于2022年5月1日向贵司借款人民币伍拾万元整，约定年利率8%，按月付息。\n"
            "经双方核对，截至2024年3月31日，我司尚欠贵司借款本金人民币肆拾万元整，确认无误。\n\n"
            "确认人：成都市金牛区川美装饰有限公司（盖章）\n2024年3月31日\n")
    hits = find_parties(text)
    assert ("lender", "成都市金牛区宏发钢材有限公司") in [(h.role, h.name) for h in hits]
    assert ("borrower", "成都市金牛区川美装饰有限公司") in [(h.role, h.name) for h in hits]
    assert "no_overdue_rate_agreed" not in _ids(text)


def test_a_form_row_for_the_day_the_money_went_out_is_the_start():
    c = extract_contract("国内保理业务合同\n保理商（甲方）：某某商业保理有限公司\n卖方（乙方）：某某五金制品有限公司\n"
                         "保理融资款\t人民币伍拾万元整\n融资发放日\t2025年3月3日\n保理融资到期日\t2025年9月3日\n"
                         "保理融资利息\t年化9%，按月收取，每月20日支付\n签订日期：2025年3月1日")
    assert _value(c.start_date) == date(2025, 3, 3)
    assert _value(c.repayment_method) == "按月付息、到期还本"


def test_a_2019_loan_confirmed_later_is_read_at_its_own_date():
    """A 对账确认函 reciting a 2019 《借款合同》: the rate is judged by the rules of 2019 (pre-LPR)."""
    text = ("借款余额对账确认函\n致：某某家具有限公司\n我司与贵司于2019年5月6日签订《借款合同》，我司向贵司出借资金。\n"
            "借款日\t2019年5月6日\n借款本金\t人民币伍拾万元整\n约定年利率\t18%\n约定还款日\t2020年11月30日\n尚欠本金\t500,000.00元\n"
            "出借人：某某塑料有限公司（盖章）    2022年3月1日\n")
    c = extract_contract(text)
    assert (_value(c.start_date), _value(c.end_date)) == (date(2019, 5, 6), date(2020, 11, 30))
    ids = _ids(text)
    assert "pre_lpr_rate_rules" in ids and "rate_above_4x_lpr" not in ids
    # the 对账 of 2022-03-01 restarts the period from its own date, not from the recited 2019 contract's
    assert "limitation_period_expired" not in _ids(text, as_of=date(2024, 6, 1))
    assert "limitation_period_expired" in _ids(text, as_of=date(2026, 11, 20))


_CONFIRMED = ("{title}\n\n成都市金牛区宏发钢材有限公司（出借人）：\n\n"
              "我司成都市金牛区川美装饰有限公司于2019年5月6日与贵司签订《借款合同》，向贵司借款人民币伍拾万元整，约定年利率8%，"
              "到期日为2020年11月30日。\n经核对，我司现确认仍欠贵司借款本金人民币伍拾万元整及相应利息，我司将尽快归还。\n\n"
              "确认人（借款人）：成都市金牛区川美装饰有限公司（盖章）\n2022年3月1日\n")


def test_a_debtors_confirmation_acknowledges_the_debt_on_its_own_date():
    """A 对账确认函 / 余额确认函 the debtor signs in 2022 restarts limitation then, though its rates are the 2019
    contract's (pre-LPR rules)."""
    for title in ("借款对账确认函", "借款余额确认函"):
        text = _CONFIRMED.format(title=title)
        c = extract_contract(text)
        assert _value(c.contract_date) == date(2019, 5, 6) and _value(c.document_date) == date(2022, 3, 1)
        ids = _ids(text, as_of=date(2024, 6, 1))
        assert "limitation_period_expired" not in ids and "pre_lpr_rate_rules" in ids, title


def test_a_standalone_debt_confirmation_still_lacks_an_overdue_rate():
    """A 欠款确认书 that is the debt's only paper (no recited contract) is read like an IOU."""
    text = "欠款确认书\n\n本人王建军确认：今欠李国华借款人民币伍万元整，约定月利率1%，于2024年12月31日前一次性还清本息。\n\n欠款人：王建军\n2024年1月5日\n"
    assert extract_contract(text).recital_instrument is False
    assert "no_overdue_rate_agreed" in _ids(text)


def test_principal_and_interest_paid_together_is_no_principal_at_maturity():
    c = extract_contract("借条\n今借到张国华人民币拾万元整，月息1分，每月利息1000元，本金和利息于2025年3月1日前一次还清。\n"
                         "借款人：李明\n2024年3月1日")
    assert _value(c.repayment_method) == "到期一次性还本付息"


def test_overdue_interest_collected_monthly_is_no_monthly_interest():
    c = extract_contract("借款合同\n出借人：张国华\n借款人：李明\n"
                         "一、借款金额：人民币拾万元整，年利率6%，借款期限自2024年3月1日至2025年2月28日。\n"
                         "二、本金于到期日一次性归还，利息随本金一并支付。逾期利息按日万分之五计算，按月收取。\n签订日期：2024年3月1日")
    assert _value(c.repayment_method) == "到期一次性还本付息"


def test_a_yuan_gloss_on_a_loan_repaid_in_foreign_currency_is_not_the_principal():
    usd = extract_contract("借款合同\n出借人：嘉华（香港）有限公司\n借款人：东莞市德利电子有限公司\n"
                           "一、借款金额：美元壹拾万元整（USD100,000.00），按签约日汇率折合人民币柒拾贰万元整，仅供参考。"
                           "借款以美元发放，借款人应以美元归还本息。\n二、年利率6%，借款期限一年。\n签署日期：2024年3月1日")
    assert (_value(usd.principal), _value(usd.currency)) == (Decimal("100000"), "USD")
    hkd = extract_contract("借据\n本人黎家强今借到香港居民陈国辉先生港币伍万元正（折合人民币45,600元），月息一分，"
                           "2025年6月30日前以港币还清。\n借款人：黎家强\n2025年1月2日")
    assert (_value(hkd.principal), _value(hkd.currency)) == (Decimal("50000"), "HKD")


def test_a_lenders_letter_names_no_borrower_as_we():
    """"我司某公司…向贵司出借 / 提供借款" is the lender writing; neither it nor 贵司 is read as a party that way."""
    for verb in ("出借", "提供借款"):
        hits = find_parties(f"催款函\n\n四川某某装饰工程有限公司：\n\n我司成都市金牛区宏发钢材有限公司于2022年5月1日向贵司{verb}"
                            "人民币伍拾万元整，约定年利率8%，2023年5月1日到期。\n\n成都市金牛区宏发钢材有限公司（盖章）\n2024年3月1日\n")
        assert ("borrower", "成都市金牛区宏发钢材有限公司") not in [(h.role, h.name) for h in hits], verb
        assert not any(h.name.startswith("贵司") for h in hits), verb


def test_a_bracket_that_is_no_place_ends_the_name():
    hits = find_parties("出借人：张三（股东）四川某某有限公司\n借款人：李四\n")
    assert ("lender", "张三") in [(h.role, h.name) for h in hits]
    hits = find_parties("出借人：泰丰（香港）贸易有限公司（下称甲方）\n借款人：李四\n")
    assert ("lender", "泰丰（香港）贸易有限公司") in [(h.role, h.name) for h in hits]


def test_a_lock_up_date_is_not_when_the_loan_is_due():
    c = extract_contract("借款合同\n出借人：张国华\n借款人：李明\n一、借款金额：人民币拾万元整。\n"
                         "二、借款期限一年，2024年9月1日前不得提前还款。年利率6%。\n签订日期：2024年3月1日")
    assert _value(c.end_date) != date(2024, 9, 1) and _value(c.start_date) != date(2024, 9, 1)


def test_the_contract_rate_worked_out_under_a_rate_and_penalty_heading():
    """"利率及罚息：贷款利率为…加收10%，即年利率3.795%": the label nearest the formula (贷款利率) names it."""
    for tail in ("，即年利率3.795%", "（即年利率3.795%）"):
        c = extract_contract("个人借款合同\n贷款人：某某农村商业银行股份有限公司\n借款人：张德全\n贷款金额：人民币伍拾万元整\n"
                             f"利率及罚息：贷款利率为1年期LPR加收10%{tail}\n签订日期：2024年2月1日")
        assert c.overdue_rate is None, tail
        assert c.interest.value.annual_rate == Decimal("0.03795"), tail


def test_printed_back_page_terms_are_the_contract():
    """"背面备注：" over numbered clauses is the form's printed back page, not a note written later."""
    c = extract_contract("借款合同（正面）\n出借人：张国华\n借款人：李明\n借款金额：人民币拾万元整，年利率6%。\n"
                         "出借人：张国华\n借款人：李明\n签订日期：2024年3月1日\n背面备注：\n"
                         "一、借款期限自2024年3月5日至2025年3月4日，到期一次性还本付息。\n二、借款人逾期还款的，按年利率12%计收逾期利息。\n")
    assert (_value(c.start_date), _value(c.end_date)) == (date(2024, 3, 5), date(2025, 3, 4))
    assert c.overdue_rate.value.annual_rate == Decimal("0.12")
