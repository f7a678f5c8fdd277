"""Extensions, restructurings and lenders' app forms: the terms a reviewer of bought loan files reads first."""
from __future__ import annotations

from datetime import date

from agent.contracts.check import check_text

EXTENSION = """借款展期协议
贷款人（甲方）：成都锦城小额贷款有限公司
借款人（乙方）：李正华    身份证号：510104198002021234
鉴于：乙方于2022年3月1日与甲方签订借款合同，借款本金人民币贰拾万元整，到期日为2024年2月29日。截至到期日，乙方尚欠本金捌万元整。
一、展期金额：人民币捌万元整（80,000元）。
二、展期期限：自2024年3月1日起至2025年2月28日止。
三、展期利率：月利率1%；按月付息，到期一次性归还本金。
四、逾期罚息：展期到期未还的，按展期利率上浮百分之五十计收罚息。
甲方（盖章）：成都锦城小额贷款有限公司
乙方（签字）：李正华
签订日期：2024年2月28日
"""


def test_an_extension_is_read_for_its_own_sum_and_its_overdue_rate_from_the_extension_rate():
    report = check_text(EXTENSION)
    assert report.fields["principal"] == "80000"                    # not the 200,000 its recital repeats
    assert report.fields["annual_rate"] == 0.12 and report.fields["overdue_rate"] == 0.18


APP_FORM = """速易借 · 借款合同（电子版）
贷款人：绵阳速易小额贷款有限公司
借款人：赵敏    证件号码：510703199001011234
【借款信息】
借款金额：20,000.00元
借款期数：6期（2025-01-10 至 2025-07-09）
综合年化利率（单利）：23.5%
还款方式：等额本息
到账金额：19,200.00元（已扣除服务费800.00元）
【逾期】逾期的，在综合年化利率基础上上浮50%计收罚息。
借款人已通过人脸识别确认签署    2025-01-10 09:12:00
"""


def test_an_app_forms_term_the_sum_that_arrived_and_the_overdue_rate_on_the_comprehensive_rate():
    report = check_text(APP_FORM, as_of=date(2025, 3, 1))
    c = report.contract
    assert c.start_date.value == date(2025, 1, 10) and c.end_date.value == date(2025, 7, 9)
    assert report.fields["amount_delivered"] == "19200"
    assert "interest_deducted_upfront" in {f.rule_id for f in report.findings}
    assert report.fields["overdue_rate"] == 0.3525


def test_a_restructuring_plan_with_a_last_date_is_paid_in_instalments():
    text = ("债务重组协议\n甲方（债权人）：绵阳恒信商贸有限公司\n乙方（债务人）：王刚\n"
            "一、双方确认乙方尚欠借款本金十万元，自2023年1月1日起按年利率10%计息。\n"
            "二、还款安排：乙方分10期还款，每月5日前还款10,500元，2023年10月31日前还清全部本息。\n2023年1月1日\n")
    assert check_text(text).fields["repayment_method"] == "分期还款"


def test_dated_notes_after_signing_do_not_move_the_signing_date():
    iou = ("欠条\n今欠到孙立新人民币贰万元整（20000.00元），不计利息，2020年6月30日前还清。\n欠款人：周平\n2019年11月8日\n\n"
           "2021年3月2日 已还伍仟元   孙立新（签）\n")
    assert check_text(iou).contract.contract_date.value == date(2019, 11, 8)
    note = ("借条\n今借到刘洋人民币伍万元整，月息1分，2020年5月1号前本息一次还清。\n借款人：陈东\n2019年5月2日\n\n"
            "注（出借人补记）：2022年4月1日 电话催收，陈东答应年底前还。\n")
    report = check_text(note)
    assert report.contract.contract_date.value == date(2019, 5, 2) and report.contract.end_date.value == date(2020, 5, 1)


def test_co_borrowers_who_are_people_a_recited_debtor_and_a_guarantor_paying_when_the_borrower_cannot():
    text = ("借款协议\n出借人：何勇\n借款人：张伟、李娜（夫妻）\n"
            "借款人向出借人借款人民币伍万元整（50000元），年息1分，借期一年，从2023年1月1日起到2023年12月31日止，到期本息一起还。\n"
            "借款人哥哥愿意担保，借款人到期还不起的，由担保人还。\n2023年1月1日\n")
    report = check_text(text)
    assert report.fields["borrower_kind"] == "natural_person"
    assert report.fields["repayment_method"] == "到期一次性还本付息" and report.fields["guarantee_type"] == "一般保证"
    guarantee = ("保证合同\n债权人（甲方）：德阳兴业贸易有限公司\n保证人（乙方）：德阳川西物流有限公司\n"
                 "鉴于甲方与债务人赵建国（身份证号510603197501011234）于2025年3月1日签订《借款合同》，乙方愿意提供连带责任保证。\n")
    assert check_text(guarantee).fields["borrower"] == "赵建国"


def test_a_form_column_in_yuan_and_a_cost_rate_with_its_explanation():
    text = ("流动资金借款合同\n贷款人：遂宁信达小额贷款有限公司\n借款人：遂宁明远机械有限公司\n签订日期：2024年1月5日\n"
            "借款金额（元） | 800,000.00\n借款期限 | 2024年1月6日至2025年1月5日\n"
            "本借款综合年化成本（IRR，含利息及全部费用）为14.4%。\n")
    report = check_text(text)
    assert report.fields["principal"] == "800000" and report.fields["annual_rate"] == 0.144


def test_a_dated_repayment_plan_is_the_contract_not_a_later_note():
    plan = ("借条\n今借到王芳人民币拾万元整（100000元），月利率1%，按以下计划归还本息：\n2020年3月31日还款30000元\n"
            "2020年6月30日还款30000元\n2020年9月30日还款40000元\n借款人：赵磊\n2019年12月31日\n")
    report = check_text(plan, as_of=date(2024, 1, 1))
    assert report.contract.contract_date.value == date(2019, 12, 31)
    assert report.contract.end_date.value == date(2020, 9, 30)
    assert "limitation_period_expired" in {f.rule_id for f in report.findings}


def test_a_lump_sum_said_beside_the_word_plan_or_a_refused_instalment_stays_a_lump_sum():
    head = "借款合同\n出借人：张三\n借款人：李四\n借款金额：人民币拾万元整。\n"
    for clause in ("还款计划：到期一次性还本付息。", "借款不分期偿还，利随本清。",
                   "乙方不得分期还款，应于2024年1月1日前一次性还清全部本息。"):
        assert check_text(head + clause).fields["repayment_method"] == "到期一次性还本付息"


def test_an_extension_limit_in_an_ordinary_loan_is_not_its_principal_and_verbs_are_no_debtor():
    loan = "借款合同\n出借人：张三\n借款人：李四\n借款金额为人民币拾万元整。乙方需要展期的，展期金额不得超过人民币伍万元。\n"
    assert check_text(loan).fields["principal"] == "100000"
    guarantee = "保证合同\n债权人：张三\n保证人：王五\n保证人承担责任后，有权向借款人追偿，与借款人协商一致。\n"
    assert check_text(guarantee).fields.get("borrower") is None


def test_a_relative_overdue_rate_in_chinese_with_a_decimal():
    text = ("借款合同\n出借人：张三\n借款人：李四\n借款金额：人民币拾万元整。年利率6%。\n"
            "逾期还款的，在借款利率基础上上浮百分之三十点五计收罚息。\n")
    assert check_text(text).fields["overdue_rate"] == 0.0783
