"""Documents a Wenzhou registration clerk hands in: loans from Hong Kong and Taiwan in traditional characters and
foreign currency, 温州话 IOUs, notes added after signing, a guarantee letter, a reissued IOU and an extension."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from agent.contracts.check import check_contract
from agent.contracts.extract import extract_contract
from agent.contracts.numerals import find_amounts, find_dates
from agent.contracts.segment import normalise, simplified

TAIWAN = (
    "借款契約書\n立契約書人\n貸與人（甲方）：黃志雄（住臺灣臺中市西屯區）\n借用人（乙方）：黃建國（住浙江省溫州市鹿城區）\n"
    "保證人：黃國輝（乙方之兄）\n第一條  甲方願貸與乙方新臺幣捌拾萬元整（NT$800,000），乙方確已收訖無誤。\n"
    "第二條  借款期間自民國107年3月1日起至民國109年2月29日止。\n第三條  利息按月息壹分計算，每月十日前匯入甲方帳戶，本金於期滿時一次清償。\n"
    "貸與人：黃志雄（簽章）    借用人：黃建國（簽章）\n中華民國107年2月26日\n")


def test_a_taiwan_loan_in_traditional_characters_is_read_with_its_currency_and_roc_dates():
    c = extract_contract(TAIWAN)
    assert (c.lender.value.name, c.borrower.value.name) == ("黃志雄", "黃建國")     # as they signed
    assert c.guarantees[0].value.guarantor == "黃國輝"
    assert (c.principal.value, c.currency.value) == (Decimal("800000"), "TWD")
    assert (c.contract_date.value, c.start_date.value, c.end_date.value) == (
        date(2018, 2, 26), date(2018, 3, 1), date(2020, 2, 29))
    assert c.interest.value.annual_rate == Decimal("0.12")
    assert c.repayment_method.value == "按月付息、到期还本"
    assert c.lender.evidence[0].quote == "黃志雄"                                  # spans point into the original


def test_a_pre_2019_taiwan_loan_is_judged_by_the_old_24_36_lines():
    report = check_contract(TAIWAN, as_of=date(2020, 6, 1))
    assert "pre_lpr_rate_rules" in [f.rule_id for f in report.findings]


def test_simplified_text_is_left_alone_even_with_characters_both_scripts_share():
    text = "借款合同\n出借人：乾文著\n借款人于2023年1月1日借款人民币壹万元，显著标明利息。"
    assert simplified(text) == text and len(normalise(text)) == len(text)


def test_hong_kong_and_taiwan_amounts_carry_their_currency_and_a_code_alone_marks_money():
    assert [(a.value, a.currency) for a in find_amounts("借入港币叁拾万元正（HK$300,000.00）")] == [
        (Decimal("300000"), "HKD"), (Decimal("300000"), "HKD")]
    assert [(a.value, a.currency) for a in find_amounts("US$1,000 and RMB 500,000")] == [
        (Decimal("1000"), "USD"), (Decimal("500000"), "CNY")]
    assert find_amounts("人民币2020年1月") == []             # a year after the word is a date, not money


def test_roc_years_in_digits_or_words():
    assert [d.value for d in find_dates("民国一百一十二年十月一日，民国99年1月5日")] == [date(2023, 10, 1), date(2010, 1, 5)]


def test_a_hong_kong_iou_with_a_later_repayment_note_restarts_the_limitation_period():
    text = ("借據\n\n立借據人：何志明（住浙江省溫州市瑞安市）\n出借人：何家強（住香港新界沙田）\n\n"
            "茲因何志明開設五金店需要資金，向堂兄何家強借入港幣貳拾萬元正（HK$200,000.00）。\n"
            "一、借款期限：由二〇二〇年五月一日起至二〇二二年四月三十日止。\n二、利息：年息六厘，本息於到期日一次過歸還。\n"
            "三、如有爭議，由出借人住所地香港特別行政區法院管轄。\n\n借款人：何志明（簽名）\n出借人：何家強（簽名）\n"
            "日期：二〇二〇年五月一日\n\n（後記）\n二〇二四年九月一日 收到還款港幣叁萬元正    何家強\n")
    report = check_contract(text, as_of=date(2026, 1, 1))
    c = report.contract
    assert (c.borrower.value.name, c.principal.value, c.currency.value) == ("何志明", Decimal("200000"), "HKD")
    assert c.contract_date.value == date(2020, 5, 1)                     # not the note's date
    assert c.last_payment_noted.value == date(2024, 9, 1)
    assert c.repayment_method.value == "到期一次性还本付息"
    assert c.dispute_resolution.value.method == "court"
    assert "limitation_period_expired" not in [f.rule_id for f in report.findings]


def test_wenzhou_words_for_interest_and_principal():
    iou = ("借  条\n\n今借到林阿宝铜钿人民币叁万元整（¥30000元），月息一分，利钿每个月底付，本钱2025年6月30日前还清。\n\n"
           "借款人：林小东\n2024年7月1日\n")
    c = extract_contract(iou)
    assert c.repayment_method.value == "按月付息、到期还本"
    assert c.principal.value == Decimal("30000")
    wechat = ("借条\n本人陈小林今借到叶国强现金人民币贰万元整（小写：￥20000），借期半年2025.3.1-2025.8.31，年息1分，"
              "利钿到期一遍付清，本钱也一遍还。\n借款人：陈小林   2025.3.1\n")
    assert extract_contract(wechat).repayment_method.value == "到期一次性还本付息"


def test_a_dated_receipt_line_after_a_rule_is_a_note_not_the_signing_date():
    iou = ("借条\n\n今借到吴丽华人民币伍万元整（¥50000元），月息8厘，借期2026年1月5日至2026年7月4日，到期本息一次还清。\n\n"
           "借款人：谢国平\n2026年1月5日\n\n------\n2026.7.20  还本金贰万元  吴丽华收\n")
    c = extract_contract(iou)
    assert c.contract_date.value == date(2026, 1, 5)
    assert c.last_payment_noted.value == date(2026, 7, 20)


def test_interest_each_quarter_with_the_last_paid_with_the_principal_is_quarterly():
    iou = ("借    条\n\n今借到周海燕人民币拾万元整（100000元）。\n借款人：潘国平\n"
           "月息壹分，利息按季度付，2023年3月31日前连本带息还清。\n\n借款人签名：潘国平\n2022年4月1日\n\n"
           "————以下为后补————\n2022.7.1  付利息3000  周收\n")
    c = extract_contract(iou)
    assert c.repayment_method.value == "按季付息、到期还本"
    assert c.contract_date.value == date(2022, 4, 1)


def test_a_guarantee_letter_names_the_bank_it_is_addressed_to_and_raises_no_interest_findings():
    letter = ("不可撤销担保函\n编号：XX-2025-001\n\n致：温州鹿城农村商业银行股份有限公司南汇支行（受益人）\n\n"
              "鉴于温州市恒泰鞋业有限公司（以下简称“借款人”）与贵行签订《流动资金借款合同》，借款金额人民币伍拾万元整，"
              "借款期限自2025年3月1日至2026年2月28日。我公司愿为借款人在主合同项下的债务提供保证担保。\n"
              "一、担保范围：主合同项下的借款本金、利息、罚息、复利、违约金及实现债权的费用。\n二、保证方式：连带责任保证。\n"
              "三、保证期间：主合同约定的债务履行期限届满之日起三年。\n\n担保人：温州市信达融资担保有限公司（公章）\n2025年2月27日\n")
    report = check_contract(letter, as_of=date(2025, 6, 1))
    c = report.contract
    assert c.lender.value.name == "温州鹿城农村商业银行股份有限公司南汇支行" and c.lender.value.kind == "licensed_lender"
    assert c.borrower.value.name == "温州市恒泰鞋业有限公司"
    assert c.guarantee_instrument and c.compound_interest is None        # 复利 in a list of what is covered
    ids = [f.rule_id for f in report.findings]
    assert "cap_not_applicable_licensed_lender" in ids
    assert not {"no_interest_agreed", "no_overdue_rate_agreed", "compound_interest_restated"} & set(ids)


def test_a_partnership_keeps_its_legal_form_in_its_name():
    text = ("借款协议书\n\n出借人：温州市瓯海区顺达鞋材厂（普通合伙）\n借款人：温州宏步鞋业有限公司\n\n"
            "一、借款金额：人民币贰拾万元整。\n")
    assert extract_contract(text).lender.value.name == "温州市瓯海区顺达鞋材厂（普通合伙）"


def test_a_reissued_iou_takes_the_new_total_as_its_principal():
    text = ("借 条\n（本借条替换2020年6月1日原借条，原借条收回作废）\n\n2020年6月1日王建国向李海借款人民币伍万元，月息一分，利息未付。"
            "2021年6月1日双方结算，欠利息陆仟元，计入本金，本金合计人民币伍万陆仟元整（56000元）。\n\n"
            "今重新出具借条：王建国今借到李海人民币伍万陆仟元整，月息一分，2022年5月31日前还清本金。\n\n借款人：王建国\n2021年6月1日\n")
    c = extract_contract(text)
    assert c.principal.value == Decimal("56000") and c.compound_interest is not None


def test_a_clause_that_only_plans_to_reissue_does_not_blank_the_loan():
    text = ("借款合同\n出借人（甲方）：蒋某\n借款人（乙方）：袁某\n第一条 借款金额\n借款金额为人民币拾万元整（¥100,000.00）。\n"
            "第二条 复利\n乙方未按时支付的利息，于每季度末本息结算后计入下期借款本金，并重新出具借条。\n")
    assert extract_contract(text).principal.value == Decimal("100000")


def test_a_rotating_savings_debt_names_the_organiser_as_lender():
    text = ("欠  条\n\n我陈美玲2018年参加王秀珍做会主的会（每脚壹万元，标会）。经会主王秀珍算账，我共欠会钱人民币叁万伍仟元整（¥35000元）。\n"
            "我保证2020年12月31日前全部还清，不计利息。\n\n欠款人：陈美玲\n2020年3月1日\n\n会主：王秀珍（签字）\n")
    c = extract_contract(text)
    assert c.lender.value.name == "王秀珍" and c.principal.value == Decimal("35000")


def test_an_extension_agreement_is_due_on_the_date_it_sets_and_a_recital_starts_the_old_term():
    text = ("借款展期协议\n\n甲方（出借人）：赵明\n乙方（借款人）：温州某贸易有限公司\n\n"
            "甲乙双方于2021年4月1日签订《借款合同》，约定乙方向甲方借款人民币伍拾万元整，借款期限自2021年4月1日至2022年3月31日，年利率10%。\n"
            "一、借款期限延长至2023年3月31日。\n二、其余条款不变。\n\n签订日期：2022年3月25日\n")
    c = extract_contract(text)
    assert (c.start_date.value, c.end_date.value) == (date(2021, 4, 1), date(2023, 3, 31))


def test_interest_per_month_in_hong_kong_dollars():
    text = ("借據\n本人麥志強今向陳家明先生借到港幣貳拾萬元正（HK$200,000.00）。\n利息：每月港幣貳仟元，每月18號之前畀陳生。\n"
            "還款：本金於2022年10月18日前全數歸還。\n借款人：麥志強\n2022年4月18日\n")
    c = extract_contract(text)
    assert c.interest.value.annual_rate == Decimal("0.12")


def test_an_extension_sets_its_own_due_date_and_rate_over_the_recited_ones():
    text = ("借款展期协议\n\n甲方（出借人）：合肥某商贸有限公司\n乙方（借款人）：王军\n\n鉴于：\n"
            "1、甲、乙双方于2022年3月1日签订《借款合同》，约定乙方向甲方借款人民币贰拾万元整，借款期限自2022年3月1日至2023年2月28日，月利率1.2%，按月付息；\n"
            "双方协商一致，达成如下协议：\n一、展期金额：人民币贰拾万元整（200,000.00元）。\n"
            "二、展期期限：12个月，自2023年3月1日起至2024年2月29日止。\n"
            "三、展期期间利率：自2023年3月1日起，借款利率调整为年利率12%，按月支付；本金于展期到期日一次归还。\n")
    c = extract_contract(text)
    assert c.end_date.value == date(2024, 2, 29) and c.interest.value.annual_rate == Decimal("0.12")


def test_a_monthly_interest_amount_rounded_to_the_cent_agrees_with_the_stated_rate():
    text = ("借款合同\n出借人：邵某\n借款人：孔某\n一、借款金额：人民币贰拾伍万元整（¥250,000.00）。\n"
            "二、利率及付息：年利率8%，按月付息，每月10日前支付利息壹仟陆佰陆拾陆元陆角柒分，到期归还本金。\n"
            "三、逾期：借款人逾期还本的，逾期部分在合同利率基础上另加年利率2%计收逾期利息。\n")
    c = extract_contract(text)
    assert c.interest.value.status == "ok" and c.interest.value.annual_rate == Decimal("0.08")
    assert c.overdue_rate.value.annual_rate == Decimal("0.10")      # 8 % plus two points, not 2 %


def test_a_repayment_promise_restates_the_debt_and_a_villagers_iou_is_read():
    promise = ("还 款 承 诺 书\n\n承诺人（借款人）：韩某\n债权人（出借人）：赵某\n\n"
               "本人韩某于2020年1月6日向赵某借款人民币壹拾贰万元整，约定月利率1.5%，借期一年。\n\n"
               "经双方对账，截至2024年12月31日，本人尚欠借款本金壹拾万元整、利息叁万元整。\n\n"
               "一、上述利息叁万元计入本金，本人自愿以壹拾叁万元（130,000元）作为借款本金，自2025年1月1日起按月利率1%计付利息。\n"
               "二、本人于2025年12月31日前一次性归还上述本金及利息。\n\n承诺人：韩某\n2024年12月31日\n")
    c = extract_contract(promise)
    assert (c.borrower.value.name, c.principal.value) == ("韩某", Decimal("130000"))
    assert (c.start_date.value, c.end_date.value) == (date(2025, 1, 1), date(2025, 12, 31))
    iou = "借条\n\n今借倒本村陈友发人民币叁万伍千元整，利息按月二分，明年秋收后连本代利一并还清。\n\n借款人：陈有根\n\n二0一六年十一月三号\n"
    c = extract_contract(iou)
    assert (c.lender.value.name, c.contract_date.value) == ("陈友发", date(2016, 11, 3))
    assert c.repayment_method.value == "到期一次性还本付息"


def test_a_borrower_who_also_mortgages_and_a_guarantor_named_before_his_duty():
    text = ("抵押借款合同\n出借人（甲方）：钱某\n借款人兼抵押人（乙方）：孙丽\n保证人（丙方）：孙军\n"
            "借款金额：人民币陆拾万元整。\n如借款人到期不能还款时，由担保人孙军负责偿还。\n")
    c = extract_contract(text)
    assert c.borrower.value.name == "孙丽" and c.guarantees[0].value.guarantee_type == "一般保证"


def test_until_repaid_without_a_period_label_gives_the_two_years_of_the_day():
    iou = ("借条\n今借到杨某人民币捌万元整，月息2分，借期半年（2019年12月10日至2020年6月9日）。\n"
           "担保人愿意担保，直至借款人还清全部本息为止。\n借款人：邓某\n担保人：邓某林\n2019年12月10日\n")
    report = check_contract(iou, as_of=date(2021, 6, 1))
    assert report.contract.guarantees[0].value.period_unclear
    notes = [e["message"] for e in report.errors if e.get("rule_id") == "guarantee_period_defaults_to_6_months"]
    assert notes and "二年" in notes[0] and "六个月（即至" not in notes[0]


def test_arrears_of_interest_are_no_principal_and_a_penalty_clauses_compounding_is_seen():
    text = "还款协议\n甲方：王某\n乙方：李某\n乙方共欠甲方利息人民币陆仟元，另欠借款本金人民币伍万元整。\n"
    assert extract_contract(text).principal.value == Decimal("50000")
    loan = "借款合同\n出借人：王某\n借款人：李某\n借款金额：人民币拾万元整。\n乙方逾期还款的，甲方有权按逾期利率计收罚息、复利。\n"
    assert extract_contract(loan).compound_interest is not None


def test_an_extension_takes_the_agreed_date_not_a_request_or_an_option():
    text = ("借款展期协议\n甲方（出借人）：赵某\n乙方（借款人）：钱某\n甲乙双方于2021年4月1日签订《借款合同》，借款期限自2021年4月1日至2022年3月31日。"
            "2022年3月乙方曾口头申请延期至2022年6月30日，现经双方协商，甲方同意将借款期限延长至2023年3月31日。\n")
    assert extract_contract(text).end_date.value == date(2023, 3, 31)
    option = ("借款合同\n出借人：王某\n借款人：李某\n原借条作废。\n借款金额：人民币拾万元整。\n"
              "借款期限：自2024年5月1日至2025年4月30日。经甲方同意，借款期限可延长至2026年4月30日。\n")
    assert extract_contract(option).end_date.value == date(2025, 4, 30)


def test_a_taiwan_loan_worded_in_its_own_terms_is_accepted_and_read():
    text = "金錢借貸契約\n貸與人：林志明\n借用人：陳美玲\n貸與人願貸與借用人新臺幣參拾萬元整，借用人確已收訖。\n中華民國110年3月1日\n"
    c = check_contract(text).contract
    assert (c.principal.value, c.currency.value, c.contract_date.value) == (Decimal("300000"), "TWD", date(2021, 3, 1))
    note = "借据\n今借到陈大文港幣伍万元整（HK$50,000），月息1分，一年后还清。\n借款人：李某\n2024年1月1日\n"
    c = extract_contract(note)
    assert (c.principal.value, c.currency.value) == (Decimal("50000"), "HKD")


def test_a_plan_of_receipts_above_the_signatures_is_part_of_the_contract():
    text = ("借款合同\n出借人：王某\n借款人：李某\n借款金额：人民币陆万元整。\n还款计划：\n2024.6.30  还本金贰万元  王某收\n"
            "2024.9.30  还本金肆万元  王某收\n借款人：李某\n2024年1月5日\n")
    assert extract_contract(text).contract_date.value == date(2024, 1, 5)
    assert normalise("双方一次过户，分别一次过账") == "双方一次过户，分别一次过账"      # no Cantonese there


def test_a_rule_of_dashes_is_no_instruction_to_the_reader():
    report = check_contract("借条\n今借到吴某人民币伍万元整（¥50000元）。\n借款人：谢某\n2026年1月5日\n\n------\n"
                            "2026.7.20  还本金贰万元  吴某收\n", as_of=date(2026, 8, 1))
    assert not [e for e in report.errors if e["type"] == "instruction_ignored"]
    assert report.contract.contract_date.value == date(2026, 1, 5)
