"""Papers a private-lending registration centre is handed: 借据 dated in 大写 with repayments noted under a heading,
demand letters logged after signing, settlements that recite the old rate, guarantee letters addressed to the lender,
a debt joiner who is no surety, fees paid to a guarantor. Each is read as a court would."""
from __future__ import annotations

from datetime import date

from agent.contracts.check import check_text
from agent.contracts.normalize import find_rates
from agent.contracts.numerals import find_dates


def _rules(report) -> set[str]:
    return {f.rule_id for f in report.findings}


def test_a_capital_date_is_read_and_notes_under_a_heading_do_not_move_the_signing_date():
    text = """借  据

借款人周立新今借到胡海燕人民币捌万元整，年息壹分贰厘，一年后即贰零壹柒年叁月拾日前连本带息归还。

借款人：周立新
贰零壹陆年叁月拾日

还款情况：
2019年8月2日 还息叁仟元 胡海燕
"""
    report = check_text(text, as_of=date(2026, 11, 20))
    c = report.contract
    assert c.contract_date.value == date(2016, 3, 10) and c.end_date.value == date(2017, 3, 10)
    assert c.last_payment_noted.value == date(2019, 8, 2)
    assert {"pre_lpr_rate_rules", "limitation_period_expired"} <= _rules(report)
    assert [d.value for d in find_dates("贰零贰叁年拾贰月叁拾壹日")] == [date(2023, 12, 31)]


def test_a_demand_for_payment_logged_in_the_file_restarts_the_limitation_period():
    text = """民间借贷合同
出借人：陈志华
借款人：黄丽萍
借款金额：人民币拾万元整
借款期限：2018年1月1日至2018年12月31日
月利率：1%
签订日期：2018年1月1日
跟踪记录：
2021年6月1日 出借人向借款人邮寄《催款通知书》，借款人签收。
"""
    c = check_text(text, as_of=date(2023, 6, 1)).contract
    assert c.last_demand_noted.value == date(2021, 6, 1) and c.contract_date.value == date(2018, 1, 1)
    assert "limitation_period_expired" not in _rules(check_text(text, as_of=date(2024, 3, 1)))   # runs to 2024-06-01
    assert "limitation_period_expired" in _rules(check_text(text, as_of=date(2024, 7, 1)))


def test_a_term_whose_only_date_is_when_it_falls_due():
    text = "借条\n今借到林芳人民币伍万元整，月息8厘，按月付息，借期一年，2025年3月1日到期还本。\n借款人：吴杰\n2024年3月1日\n"
    c = check_text(text).contract
    assert c.end_date.value == date(2025, 3, 1)


def test_monthly_interest_with_the_principal_and_the_last_interest_together_at_the_end():
    text = "借条\n今借到王强人民币叁万元整，月息1分，利息每月付清，定于2024年6月30日前本息一并还清。\n借款人：李明\n2023年12月30日\n"
    assert check_text(text).fields["repayment_method"] == "按月付息、到期还本"
    lump = "借条\n今借到王强人民币叁万元整，月息1分，利随本清，2024年6月30日前还清。\n借款人：李明\n2023年12月30日\n"
    assert check_text(lump).fields["repayment_method"] == "到期一次性还本付息"


def test_a_settlement_sets_its_own_rate_over_the_one_it_recites():
    text = """还款协议
甲方（出借人）：郑丽
乙方（借款人）：高远
乙方于2021年5月1日向甲方出具借条，借款人民币拾万元整，约定月息2分。
一、双方确认截至2024年6月30日，乙方尚欠本金100000元。
二、自2024年7月1日起，未还本金按年利率10%计息，2025年6月30日前还清。
甲方：郑丽  乙方：高远
2024年6月30日
"""
    assert check_text(text).fields["annual_rate"] == 0.10


def test_a_fee_paid_to_the_guarantor_is_not_the_lenders_charge():
    text = """借款合同
出借人（甲方）：许文
借款人（乙方）：钱坤
保证人（丙方）：某某融资担保有限公司
一、借款金额人民币拾万元整。二、借款期限：2025年1月1日至2025年12月31日。
三、年利率10%。乙方另按年2%向丙方支付担保费，该担保费与甲方无关。
四、乙方逾期还款的，按年利率11%支付逾期利息。
甲方：许文  乙方：钱坤
2025年1月1日
"""
    report = check_text(text)
    assert report.fields["annual_rate"] == 0.10
    assert "overdue_charges_above_cap" not in _rules(report)    # 11 % is under 4 × 3.10 %; the 2 % goes to the guarantor


def test_one_who_joins_the_debt_is_no_surety():
    text = """债务加入协议
甲方（债权人）：孙伟
乙方（债务人）：某某五金有限公司
丙方（加入人）：孙强
一、乙方欠甲方借款人民币伍拾万元整，年利率10%，借期至2025年6月30日。
二、丙方自愿加入上述债务，与乙方共同承担连带清偿责任，本协议为债务加入，不是保证。
甲方：孙伟
丙方：孙强
2025年1月2日
"""
    report = check_text(text)
    assert report.fields["guarantor"] is None and not report.contract.guarantees
    assert not _rules(report) & {"guarantee_type_defaults_to_general", "guarantee_period_defaults_to_6_months"}


def test_a_guarantee_letter_names_the_lender_it_is_addressed_to():
    text = """担 保 函

温州某某小额贷款有限公司：

    贵公司与借款人张三于2023年3月1日签订借款合同，借款金额人民币拾万元整，月利率1.2%。
    本公司自愿为上述借款提供连带责任保证，保证期间为主债务履行期届满之日起三年。

保证人（盖章）：某某机械有限公司
2023年3月1日
"""
    report = check_text(text)
    assert report.fields["lender"] == "温州某某小额贷款有限公司" and report.fields["lender_kind"] == "licensed_lender"
    assert "cap_not_applicable_licensed_lender" in _rules(report)


def test_a_handwritten_iou_with_slips():
    text = "借条\n  今借倒刘洋人民币贰万元正（20000元），利息每月陆佰元，2026年9月1号前还清本金\n 借款人 赵磊\n        2026年3月1日\n"
    report = check_text(text)
    assert report.fields["lender"] == "刘洋" and report.fields["borrower"] == "赵磊"
    assert report.fields["principal"] == "20000" and report.fields["annual_rate"] == 0.36     # 600 × 12 ÷ 20000
    assert [m.text for m in find_rates("利息每月陆佰元")] == ["利息每月陆佰元"]


def test_a_forms_guarantee_row_carries_type_and_period():
    text = ("借款合同\n出借人\t陈一\n借款人\t王二\n保证人\t李三\n借款金额\t人民币拾万元整\n借款期限\t2024年1月1日至2024年12月31日\n"
            "保证方式及期间\t连带责任保证；主债务履行期限届满之日起二年\n争议解决\t向出借人住所地人民法院起诉\n签订日期：2024年1月1日\n")
    g = check_text(text).contract.guarantees[0].value
    assert g.guarantee_type == "连带责任保证" and g.period_months == 24
    table = "借款合同\n出借人：陈一\n借款人：王二\n借款金额：人民币拾万元整\n管辖\t出借人所在地人民法院\n2024年1月1日\n"
    assert check_text(table).fields["dispute_method"] == "court"


def test_a_lender_named_with_an_honorific_and_fields_split_by_an_ideographic_space():
    iou = "借条\n今借到黄伟文先生现金人民币伍万元正（¥50000.00），月息2分，每月10号前付息，2023年8月10日前还清本金。\n借款人：何家豪\n2023年5月10日\n"
    assert check_text(iou).fields["lender"] == "黄伟文"
    pawn = ("典当借款合同\n典当行（甲方）：东莞某某典当有限公司\u3000典当经营许可证编号：44xxxxxx\n当户（乙方）：吴某\n"
            "当金：人民币陆万元整。典当期限：自2025年2月10日起至2025年3月11日止。当金利率：月利率0.5%。\n2025年2月10日\n")
    assert check_text(pawn).fields["lender"] == "东莞某某典当有限公司"


def test_a_factoring_form_names_its_parties_by_their_roles_and_the_principal_falls_due_at_the_end():
    text = ("国内商业保理合同\n保理商（甲方）：东莞某某商业保理有限公司\n卖方/融资申请人（乙方）：东莞某某电子有限公司\n"
            "保理融资款\t人民币贰佰万元整\n保理融资期限\t2024年11月8日至2025年5月7日\n保理融资年利率\t9.6%\n"
            "利息支付\t按月支付，每月21日结息；融资本金于到期日一次性归还\n签订日期\t2024年11月5日\n")
    fields = check_text(text).fields
    assert fields["lender"] == "东莞某某商业保理有限公司" and fields["borrower"] == "东莞某某电子有限公司"
    assert fields["repayment_method"] == "按月付息、到期还本"


def test_notes_under_a_dashed_heading_and_interest_paid_at_the_start_of_each_month():
    text = ("借条\n今借到梁某人民币贰拾万元整，月息叁分，每月初付息，借期由2018年3月1日至2018年12月31日，借期届满一次还清本金。\n"
            "借款人：黎某\n二〇一八年三月一日\n\n——以下为借条背面手写补记——\n2024年5月1日　收到黎某还款贰万元正。\n")
    report = check_text(text, as_of=date(2026, 11, 20))
    assert report.contract.contract_date.value == date(2018, 3, 1)
    assert report.fields["repayment_method"] == "按月付息、到期还本"
    assert "pre_lpr_rate_rules" in _rules(report)


def test_ways_of_saying_everything_is_paid_at_the_end():
    for clause in ("借款本金及利息于借款到期日一次性支付。", "乙方应于2025年7月1日前将借款一次性归还甲方。",
                   "展期期间利息于展期届满时与本金一并支付。"):
        text = f"借款合同\n出借人：甲某\n借款人：乙某\n借款金额：人民币拾万元整，年利率8%。\n{clause}\n2024年7月1日\n"
        assert check_text(text).fields["repayment_method"] == "到期一次性还本付息", clause


def test_interest_waived_from_now_on_and_a_schedule_tables_last_row_ends_the_term():
    text = ("还款协议书\n甲方（债权人）：某某贸易有限公司\n乙方（债务人）：陈某\n一、乙方尚欠甲方借款本金人民币拾贰万元整。\n"
            "二、分期还款期间不再计收利息。\n三、乙方按下表归还本金：\n期数\t还款日\t还款金额（元）\n1\t2025年9月30日\t40,000.00\n"
            "2\t2025年10月31日\t40,000.00\n3\t2025年11月30日\t40,000.00\n2025年9月1日\n")
    report = check_text(text)
    assert report.fields["annual_rate"] == 0 and report.contract.end_date.value == date(2025, 11, 30)


def test_a_demand_made_after_the_period_ran_out_restarts_nothing_and_a_promise_not_to_demand_is_none():
    late = """民间借贷合同
出借人：陈志华
借款人：黄丽萍
借款金额：人民币拾万元整
借款期限：2017年1月1日至2017年12月31日
签订日期：2017年1月1日
跟踪记录：
2022年6月1日 出借人向借款人邮寄《催款通知书》。
"""
    report = check_text(late, as_of=date(2023, 6, 1))
    assert report.contract.last_demand_noted is None and "limitation_period_expired" in _rules(report)
    waived = late.replace("2022年6月1日 出借人向借款人邮寄《催款通知书》。", "2019年6月1日 出借人同意在2020年底前不要求还款。")
    assert check_text(waived, as_of=date(2023, 6, 1)).contract.last_demand_noted is None


def test_an_ordinary_rate_stays_the_lenders_when_a_fee_to_someone_else_follows_it():
    text = ("借款合同\n出借人：许文\n借款人：钱坤\n保证人：某某担保有限公司\n借款金额人民币拾万元整，借款期限：2025年1月1日至2025年12月31日。\n"
            "年利率30%，乙方另向丙方支付担保费每年一千元。\n2025年1月1日\n")
    report = check_text(text)
    assert report.fields["annual_rate"] == 0.30 and "rate_above_4x_lpr" in _rules(report)


def test_a_term_with_a_drawdown_date_is_not_due_that_day():
    text = ("借款合同\n出借人：甲某\n借款人：乙某\n借款金额：人民币拾万元整。\n借款期限12个月，乙方应于2024年3月5日前提款。\n"
            "年利率8%。\n2024年3月1日\n")
    c = check_text(text).contract
    assert not c.end_date or c.end_date.value != date(2024, 3, 5)
