"""A Kunming 融资担保公司's desk: 委托保证合同 and 反担保 papers that name the lending bank only in a recital, a notary's
certificate, a court's 调解书, 欠条 with repayments and 对账 added under a ruled line, 干支-dated IOUs, "春节前还清",
spoken rates ("一万块一年一千五") and 云南 wording of repayment terms."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from agent.contracts.check import check_text
from agent.contracts.extract import extract_contract
from agent.contracts.normalize import find_rates
from agent.contracts.numerals import find_dates


def _rules(report) -> set[str]:
    return {f.rule_id for f in report.findings}


def test_an_entrusted_guarantee_names_the_bank_in_its_recital():
    text = """委托担保合同

甲方（委托人/借款人）：昆明呈贡绿野蔬菜有限公司
法定代表人：王绿野
乙方（保证人）：云南某某融资担保有限公司

鉴于甲方拟向昆明某某农村商业银行股份有限公司（以下简称"贷款行"）申请借款人民币捌拾万元整，借款期限自2024年5月6日起至2025年5月5日止，甲方委托乙方为该笔借款向贷款行提供保证担保。
第一条 乙方向贷款行提供连带责任保证，保证期间为主债务履行期限届满之日起三年。
第二条 甲方按年费率2%向乙方支付担保费。
第五条 争议提交昆明仲裁委员会仲裁。

甲方（盖章）：昆明呈贡绿野蔬菜有限公司
乙方（盖章）：云南某某融资担保有限公司
签订日期：2024年4月28日
"""
    c = extract_contract(text)
    assert c.borrower.value.name == "昆明呈贡绿野蔬菜有限公司"
    assert c.lender.value.name == "昆明某某农村商业银行股份有限公司"
    assert c.lender.value.kind == "licensed_lender"
    assert [g.value.guarantor for g in c.guarantees] == ["云南某某融资担保有限公司"]


def test_a_counter_guarantor_is_a_guarantor_not_the_borrower():
    text = """反担保保证合同
甲方（反担保权人）：云南某某融资担保有限公司
乙方（反担保保证人）：赵明亮（身份证号530102198001011234）
鉴于：昆明明亮餐饮管理有限公司（以下简称"债务人"）向某银行申请借款人民币伍拾万元整，甲方为该借款提供连带责任保证。乙方自愿向甲方提供反担保。
第一条 保证方式：乙方承担连带责任保证。
第二条 保证期间：自甲方代偿之日起三年。
签订日期：2025年3月2日
"""
    c = extract_contract(text)
    assert c.borrower.value.name == "昆明明亮餐饮管理有限公司"
    assert [g.value.guarantor for g in c.guarantees] == ["赵明亮"]


def test_a_notarys_certificate_names_the_parties_inline():
    text = """公  证  书
申请人：钱德福，男，1970年1月1日出生
申请人：孙小军，男，1985年5月5日出生
申请人：孙小兵，男，1982年2月2日出生
兹证明出借人钱德福与借款人孙小军、保证人孙小兵于二〇二二年三月八日在本公证员面前签订了前面的《借款合同》。
附：借款合同（摘录）
第一条 借款金额：人民币贰拾万元整。
第二条 借款期限：自2022年3月8日起至2023年3月7日止。
第三条 借款年利率10%。
第五条 孙小兵为借款人的全部债务提供连带责任保证。
公证员：×××
二〇二二年三月八日
"""
    c = extract_contract(text)
    assert (c.lender.value.name, c.borrower.value.name) == ("钱德福", "孙小军")
    assert [g.value.guarantor for g in c.guarantees] == ["孙小兵"]


def test_a_payment_and_an_acknowledgement_under_a_ruled_line_are_notes_not_the_signing_date():
    iou = """欠条
今欠到李玉芬菜款加借款共计伍万元整（50000元），2021年12月底前还清。
欠款人：张小红
2021年6月1日
————————————
2022年9月10日 张小红还壹万元，还欠肆万元。  李玉芬（签）
"""
    c = extract_contract(iou)
    assert c.lender.value.name == "李玉芬"             # not "肆万" from the note
    assert c.contract_date.value == date(2021, 6, 1)
    assert c.last_payment_noted.value == date(2022, 9, 10)
    assert "limitation_period_expired" in _rules(check_text(iou, as_of=date(2026, 1, 1)))
    settled = """借款合同
出借人（甲方）：云南某某矿业有限公司
借款人（乙方）：昆明某某建材有限公司
第一条 借款金额：人民币贰佰万元整。
第二条 借款期限：自2017年6月1日至2018年5月31日。
第三条 年利率15%，按季付息，本金到期一次性归还。
2017年6月1日
——————————
对账确认：截至2020年3月31日，乙方尚欠甲方借款本金壹佰万元。
甲方（章）　乙方（章）　2020年3月31日
"""
    c = extract_contract(settled)
    assert c.contract_date.value == date(2017, 6, 1)
    assert c.last_payment_noted.value == date(2020, 3, 31)
    assert "pre_lpr_rate_rules" in _rules(check_text(settled, as_of=date(2026, 1, 1)))


def test_a_payment_noted_after_a_blank_line_with_the_payer_named_first():
    text = """借条
今借到杨发财现金伍万元整（50000.00），借一年，年利率10%，到期本息一起还。
借款人：李顺  2022年3月1日

2023年5月6日 李顺付利息5000元，本金还欠伍万。杨发财收
"""
    c = extract_contract(text)
    assert c.contract_date.value == date(2022, 3, 1)
    assert c.last_payment_noted.value == date(2023, 5, 6)


def test_a_cyclical_year_and_a_month_end_and_spring_festival_due_date():
    [d] = find_dates("农历辛丑年腊月初八立")
    assert d.value == date(2022, 1, 10)
    text = """借条
今借到岩温现金贰万元整（¥20000），进货周转，2022年5月底还。
借款人：玉香
农历辛丑年腊月初八立
"""
    c = extract_contract(text)
    assert c.contract_date.value == date(2022, 1, 10)
    assert c.end_date.value == date(2022, 5, 31)
    iou = """欠条
今欠到段文华货款叁万元整，2023年春节前还清。
欠款人：李建
2022年10月5日
"""
    assert extract_contract(iou).end_date.value == date(2023, 1, 21)      # 春节 2023 = 1月22日


def test_a_court_paper_dates_the_loan_it_recites():
    text = """云南省某县人民法院
民 事 调 解 书
原告：王有财
被告：李富
原告诉称：2022年4月8日，被告李富向原告借款20万元，约定年利率8%。
经本院主持调解，当事人自愿达成如下协议：被告李富于2024年6月30日前归还原告借款200000元。
审判员  张××
二〇二四年三月十二日
"""
    assert extract_contract(text).contract_date.value == date(2022, 4, 8)


def test_spoken_interest_per_ten_thousand_a_year():
    [r] = find_rates("利息按一毛五的息算（一万块一年一千五），一年一结")
    assert r.annual_rate == Decimal("0.15")


def test_yunnan_wording_of_repayment_terms():
    monthly = """借条
今借到马德现金捌万元整（80000元），月息1分，每个月15号前把利息转过去，2026年3月14日前还本。
借款人：吴兴
2025年3月15日
"""
    c = extract_contract(monthly)
    assert c.repayment_method.value == "按月付息、到期还本"
    assert c.end_date.value == date(2026, 3, 14)
    lump = "借款合同\n出借人：刀华\n借款人：岩保\n借款期限：2024年1月1日至2024年12月31日。\n年利率10%，利息到期跟本金一起还。\n2024年1月1日\n"
    assert extract_contract(lump).repayment_method.value == "到期一次性还本付息"
    lump2 = "借款协议\n出借人：段华\n借款人：某某茶业有限公司\n借款期限：2020年9月1日起至2021年8月31日止。\n利息：年利率6%，到期与本金一次性支付。\n2020年9月1日\n"
    assert extract_contract(lump2).repayment_method.value == "到期一次性还本付息"
    form = "借款合同\n甲方（贷款人）：某某小额贷款有限公司\n乙方（借款人）：某某茶叶有限公司\n借款利率\t月利率1%，按月付息\n还本\t到期一次性归还\n"
    assert extract_contract(form).repayment_method.value == "按月付息、到期还本"


def test_interest_turned_into_principal_by_its_sum():
    text = """借款展期协议
甲方（出借人）：某某商贸有限公司
乙方（借款人）：某某建筑有限公司
一、双方同意将乙方欠付的利息叁万元转为本金，展期后借款本金为人民币叁拾叁万元整。
二、展期期限：自2024年2月1日起至2025年1月31日止，年利率10%。
2024年1月25日
"""
    assert "compound_interest_restated" in _rules(check_text(text, as_of=date(2025, 6, 1)))


def test_a_guarantor_in_a_form_row_and_a_joint_label_in_brackets():
    form = """流动资金借款合同
借款人（甲方）：某某建材有限公司
贷款人（乙方）：某某农村商业银行股份有限公司
借款金额\t人民币伍佰万元整
担保方式\t保证。保证人：云南某某融资担保有限公司，提供连带责任保证，保证期间为主债务履行期限届满之日起三年
"""
    [g] = extract_contract(form).guarantees
    assert g.value.guarantor == "云南某某融资担保有限公司"
    iou = "借条\n今借到罗发现金叁万元整，借一年，年利率10%。\n借款人：何云  2023年2月1日\n担保人（连带）：何平\n"
    [g] = extract_contract(iou).guarantees
    assert (g.value.guarantor, g.value.guarantee_type) == ("何平", "连带责任保证")


def test_a_pawn_tickets_monthly_rate_beside_its_fee_rate_is_interest():
    text = """某某典当有限责任公司
当　票
当户：普华　证件：身份证 530103199001011234
当金：人民币叁万元整（¥30,000.00）
典当期限：30天，自2025年3月1日至2025年3月30日
月利率：0.5%　　月综合费率：2.5%
2025年3月1日
"""
    c = extract_contract(text)
    assert c.interest.value.annual_rate == Decimal("0.06")
