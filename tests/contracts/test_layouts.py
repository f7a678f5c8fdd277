"""Contracts as institutions really lay them out: filled-in form blanks, term tables, headings on their own line,
借条/欠条 wording, repayment schedules however worded, and guarantees given before the Civil Code."""
from __future__ import annotations

from datetime import date

import docx
import pytest

from agent.contracts.check import check_contract, check_text
from agent.contracts.extract import extract_contract
from agent.contracts.segment import reading_copy

BANK_FORM = """个人借款合同
贷款人（甲方）：浙江某某农村商业银行股份有限公司
借款人（乙方）：黄志明　　身份证号码：330102198001011234
第一条　借款金额：人民币【叁拾万元整】（¥【300,000.00】）。
第二条　借款期限：【24】个月，自【2024】年【3】月【1】日至【2026】年【2】月【28】日。
第三条　借款利率：执行年利率为【4.35】%，按日计息。
第四条　还款方式：【按月付息，到期一次还本】。
第五条　罚息：借款逾期的，在本合同执行利率基础上加收50%计收罚息。
第六条　争议解决：本合同履行中发生争议，由双方协商解决；协商不成的，依法向甲方所在地人民法院起诉。
签订日期：2024年3月1日
"""


def test_a_filled_in_bank_form_is_read_and_its_evidence_quotes_the_form():
    report = check_text(BANK_FORM)
    f = report.fields
    assert (f["principal"], f["start_date"], f["end_date"]) == ("300000", "2024-03-01", "2026-02-28")
    assert f["annual_rate"] == 0.0435 and f["overdue_rate"] == pytest.approx(0.06525)
    assert f["repayment_method"] == "按月付息、到期还本" and f["dispute_method"] == "court"
    # evidence found in the reading copy points into the original, brackets and all
    ev = report.contract.interest.evidence[0]
    assert BANK_FORM[ev.start:ev.end] == ev.quote and "【4.35】%" in ev.quote


def test_the_reading_copy_maps_every_character_back():
    text = "第一条　借款金额\n　　人民币伍万元整。\n出借人\t王芳 身份证号\n年利率为【6】%"
    copy, back = reading_copy(text)
    assert copy == "第一条　借款金额：人民币伍万元整。\n出借人：王芳 身份证号\n年利率为6%"
    assert len(back) == len(copy) + 1 and back[-1] == len(text)
    assert all(text[back[i]] == ch for i, ch in enumerate(copy) if ch not in "：")


def test_a_term_table_in_a_word_file_is_read(tmp_path):
    d = docx.Document()
    d.add_paragraph("民间借款合同")
    table = d.add_table(rows=0, cols=2)
    for label, value in [("出借人", "周国华 身份证号：330102197001011234"), ("借款人", "钱小红 身份证号：330102198502022345"),
                         ("保证人", "钱大勇 身份证号：330102197803033456"), ("借款金额", "人民币捌万元整（¥80,000.00）"),
                         ("借款期限", "自2023年5月10日至2024年5月9日"), ("借款利率", "年利率12%"),
                         ("付息方式", "按季付息，每季末月10日支付；到期还本"), ("逾期利息", "按上述借款利率计算"),
                         ("保证方式", "连带责任保证")]:
        row = table.add_row().cells
        row[0].text, row[1].text = label, value
    d.add_paragraph("签订日期：2023年5月10日")
    path = tmp_path / "table.docx"
    d.save(str(path))
    f = check_contract(path).fields
    assert (f["lender"], f["borrower"], f["guarantor"]) == ("周国华", "钱小红", "钱大勇")
    assert f["principal"] == "80000" and f["annual_rate"] == 0.12 and f["overdue_rate"] == 0.12
    assert f["repayment_method"] == "按季付息、到期还本" and f["guarantee_type"] == "连带责任保证"


def test_a_heading_alone_on_its_line_introduces_its_clause():
    text = ("借款合同\n\n出借人（甲方）：蒋某某\n借款人（乙方）：某某商贸有限公司\n\n第一条　借款金额\n　　人民币贰拾万元整（¥200,000.00）。\n\n"
            "第二条　借款期限\n　　自2023年2月15日起至2024年2月14日止。\n\n第三条　利息\n　　年利率10%，利息按月支付，借款到期时归还全部本金。\n")
    f = check_text(text).fields
    assert (f["principal"], f["start_date"], f["end_date"]) == ("200000", "2023-02-15", "2024-02-14")
    assert f["repayment_method"] == "按月付息、到期还本"


@pytest.mark.parametrize("clause, method", [
    ("月息1分，利息每月8号前付清，到期归还本金。", "按月付息、到期还本"),
    ("以后每月10日前支付当月利息，到期归还本金。", "按月付息、到期还本"),
    ("利息每三个月支付一次，本金到期一次归还。", "按季付息、到期还本"),
    ("乙方应于每季度末月20日前向甲方支付当季利息，到期归还本金。", "按季付息、到期还本"),
    ("月利率千分之八，利随本清，到期时本金和利息一并归还。", "到期一次性还本付息"),
    ("还款方式：等额本息，共12期。", "等额本息"),
    ("借款分6期归还，每期归还本金5000元。", "分期还款"),
])
def test_repayment_is_read_however_it_is_worded(clause, method):
    text = ("借款合同\n出借人：王某某\n借款人：李某某\n借款金额：人民币叁万元整。\n借款期限：自2023年1月1日至2023年12月31日。\n"
            + clause + "\n")
    assert extract_contract(text).repayment_method.value == method


@pytest.mark.parametrize("iou, lender, borrower", [
    ("借条\n今向表姐俞美华借人民币叁万元整（30000元），用于学费，不计利息。\n借款人：钱志伟\n2023年9月18日\n", "俞美华", "钱志伟"),
    ("欠  条\n今欠张国庆借款人民币捌万元整（￥80000.00），于2019年12月31日前还清。\n欠款人：徐立新\n2019年5月20日\n", "张国庆", "徐立新"),
])
def test_iou_wording_names_lender_and_borrower(iou, lender, borrower):
    f = check_text(iou).fields
    assert (f["lender"], f["borrower"]) == (lender, borrower)


def test_a_two_character_name_padded_with_a_space_is_one_name():
    text = BANK_FORM.replace("签订日期", "保证人：林　海　　身份证号码：330102197501011111\n保证人对上述借款承担连带责任保证。\n签订日期")
    assert check_text(text).fields["guarantor"] == "林海"


def test_the_debtor_named_in_passing_in_a_maximum_guarantee_is_the_borrower():
    text = ("最高额保证合同\n债权人（甲方）：某某银行股份有限公司台州分行\n保证人（乙方）：某某控股有限公司\n"
            "为确保甲方与温岭市某某泵业有限公司（以下简称“债务人”）在一定期间内连续发生的多笔债权得以实现，乙方自愿提供最高额保证。\n"
            "乙方承担连带责任保证，最高债权额为人民币伍佰万元整。\n")
    assert check_text(text).fields["borrower"] == "温岭市某某泵业有限公司"


def test_a_guarantee_given_before_the_civil_code_follows_the_law_of_its_day():
    iou = ("借条\n今借到郑国伟人民币伍万元整（50000元），月息1.5分，借期一年（{d1}至{d2}），利息每三个月支付一次，本金到期一次归还。\n"
           "借款人：孔令杰\n担保人：王立新\n（担保人对上述借款承担担保责任，担保期限为借款到期后两年）\n{d1}\n")
    old = check_text(iou.format(d1="2017年11月6日", d2="2018年11月5日"), as_of=date(2019, 1, 1))
    assert old.fields["guarantee_type"] == "unspecified" and old.fields["guarantee_period_months"] == 24
    assert "guarantee_type_defaults_to_general" not in {x.rule_id for x in old.findings}
    assert any(e.get("rule_id") == "guarantee_type_defaults_to_general" and "担保法" in e["message"] for e in old.errors)
    new = check_text(iou.format(d1="2022年11月6日", d2="2023年11月5日"), as_of=date(2024, 1, 1))
    assert "guarantee_type_defaults_to_general" in {x.rule_id for x in new.findings}


def test_a_mortgage_by_the_borrower_is_not_a_personal_guarantee():
    text = ("借款合同\n出借人（甲方）：孙伟民\n借款人（抵押人，以下简称乙方）：施国良\n乙方因经营需要向甲方借款，并以其自有房产提供抵押担保。\n"
            "第一条　借款金额：人民币肆拾万元整（¥400,000元）。\n第二条　借款期限：自2022年3月1日至2023年2月28日。\n第三条　年息1分。\n")
    report = check_text(text)
    assert report.fields["guarantor"] is None and report.fields["guarantee_kinds"] == ["抵押"]
    assert not {"guarantee_type_defaults_to_general", "guarantee_period_defaults_to_6_months"} & {x.rule_id for x in report.findings}


def test_a_pawn_contract_names_its_principal_and_term_in_its_own_words():
    text = ("房地产典当借款合同\n典当行（甲方）：浙江某某典当有限责任公司\n当户（乙方）：郑海波\n二、当金\n　　人民币伍拾万元整（¥500,000.00）。\n"
            "三、典当期限\n　　自2022年9月5日起至2023年3月4日止。\n四、当金月利率：0.5%。\n"
            "六、违约责任\n　　乙方逾期未赎当的，自逾期之日起每日按当金的万分之五向甲方支付违约金。\n")
    f = check_text(text).fields
    assert (f["principal"], f["start_date"], f["end_date"]) == ("500000", "2022-09-05", "2023-03-04")
    assert f["annual_rate"] == 0.06 and f["penalty_rate"] == 0.1825


def test_a_rate_charged_as_compound_interest_is_not_the_contract_rate():
    text = ("借款合同\n贷款人：某某消费金融有限公司\n借款人：李某\n借款金额：人民币30,000.00元\n借款期限：自2023年07月02日起至2024年07月02日止\n"
            "日利率：0.05%（折合年化利率18.25%，按单利计算）\n"
            "借款人未按期足额还款的，贷款人自逾期之日起对逾期本金按日利率0.075%计收罚息，对逾期未付的利息按日利率0.075%计收复利。\n")
    f = check_text(text).fields
    assert f["annual_rate"] == 0.1825 and f["overdue_rate"] == pytest.approx(0.27375)


@pytest.mark.parametrize("words, annual", [
    ("APR 30% on a private loan", "0.3"),
    ("an annual interest rate of 24%", "0.24"),
    ("interest at 2% per month", "0.24"),
    ("a daily rate of 0.05%", "0.1825"),
    ("12% p.a.", "0.12"),
    ("每万块钱一天收6块钱利息", "0.219"),
    ("一万块一个月两百块利息", "0.24"),
    ("月息1分5", "0.18"),
])
def test_rates_written_in_english_or_as_yuan_per_ten_thousand_are_read(words, annual):
    from decimal import Decimal

    from agent.contracts.normalize import find_rates

    found = [m for m in find_rates(words) if m.status == "ok"]
    assert found and found[0].annual_rate == Decimal(annual)


def test_an_english_facility_letter_keeps_interest_and_default_interest_apart():
    text = ("LOAN AGREEMENT 借款合同\nLender 出借人：海光贸易有限公司\nBorrower 借款人：宁波某某电器有限公司\n"
            "Principal 借款金额：人民币柒拾万元整（¥700,000.00）\nInterest: an annual interest rate of 8%.\n"
            "Default interest: 0.05% per day on any overdue amount.\n")
    f = check_text(text).fields
    assert f["annual_rate"] == 0.08 and f["overdue_rate"] == 0.1825


def test_every_evidence_span_of_a_filled_form_points_at_its_own_words():
    """Shared evidence objects (principal and currency, start and end date) are mapped back once, not twice."""
    report = check_text(BANK_FORM)
    c = report.contract
    assert "300,000.00" in BANK_FORM[c.principal.evidence[0].start:c.principal.evidence[0].end] or \
        "叁拾万元" in BANK_FORM[c.principal.evidence[0].start:c.principal.evidence[0].end]
    start = c.start_date.evidence[0]
    assert "2024" in BANK_FORM[start.start:start.end] and "3" in BANK_FORM[start.start:start.end]
    rate = c.interest.evidence[0]
    assert BANK_FORM[rate.start:rate.end].replace("【", "").replace("】", "") .endswith("4.35%")
    for problem in report.errors:
        for ev in problem.get("evidence") or []:
            assert BANK_FORM[ev["start"]:ev["end"]] == ev["quote"]


def test_a_double_tab_after_a_label_is_one_colon_and_a_heading_keeps_its_tab():
    copy, _ = reading_copy("出借人\t\t王芳 身份证号：330102197001011234\n第一条\t借款金额：人民币五万元整\n")
    assert copy.startswith("出借人：王芳") and "第一条\t借款金额" in copy


@pytest.mark.parametrize("words", [
    "借款三万一千元，一个月利息300元",     # 一千 inside a larger number is not "per thousand"
    "Sales grew 10% a year since 2020",
    "Down payment 20% monthly instalments follow",
    "Apr 30% of the loan was repaid",
])
def test_ordinary_figures_are_not_taken_for_rates(words):
    from agent.contracts.normalize import find_rates

    assert not [m for m in find_rates(words) if m.status == "ok"]


def test_a_payment_day_after_fen_is_not_a_li():
    from decimal import Decimal

    from agent.contracts.normalize import find_rates

    assert find_rates("月息2分5日前付清")[0].annual_rate == Decimal("0.24")


@pytest.mark.parametrize("clause, method", [
    ("利息按月计算，到期一次性归还本金和利息。", "到期一次性还本付息"),
    ("借款人每季度向甲方提交财务报表，到期一次性归还本金。", "到期一次性还本付息"),
])
def test_computing_interest_monthly_or_reporting_quarterly_is_not_paying_it(clause, method):
    text = ("借款合同\n出借人：王某某\n借款人：李某某\n借款金额：人民币叁万元整。\n借款期限：自2023年1月1日至2023年12月31日。\n"
            + clause + "\n")
    assert extract_contract(text).repayment_method.value == method


def test_a_pre_2021_guarantee_of_unstated_type_and_period_is_told_to_ask_the_guarantor():
    iou = ("借条\n今借到郑国伟人民币伍万元整（50000元），月息1分，借期一年（2017年11月6日至2018年11月5日），到期还本付息。\n"
           "借款人：孔令杰\n担保人：王立新\n（担保人对上述借款承担担保责任）\n2017年11月6日\n")
    report = check_text(iou, as_of=date(2018, 12, 1))
    period = next(f for f in report.findings if f.rule_id == "guarantee_period_defaults_to_6_months")
    assert "请求保证人承担保证责任" in period.explanation_zh and "提起诉讼" not in period.explanation_zh
