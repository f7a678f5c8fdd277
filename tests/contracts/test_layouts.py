"""Contracts as institutions really lay them out: filled-in form blanks, term tables, headings on their own line,
借条/欠条 wording, repayment schedules however worded, and guarantees given before the Civil Code."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

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
    # the law of the day (担保法) gives the same six months: told as a note under its articles, not as a 民法典 finding
    assert not [f for f in report.findings if f.rule_id.startswith("guarantee_")]
    note = next(e["message"] for e in report.errors if e.get("rule_id") == "guarantee_period_defaults_to_6_months")
    assert "担保法第二十五、二十六条" in note and "至2019-05-05" in note
    assert "请求保证人承担保证责任" in note and "提起诉讼" not in note


_HEAD = "借款合同\n出借人：王某某\n借款人：李某某\n借款金额：人民币拾贰万元整（120000元）。\n借款期限：自2024年5月1日至2025年4月30日。\n"


@pytest.mark.parametrize("clause, method", [
    ("还款：分12期，每月8日前归还本金10000元及当月利息。", "等额本金"),
    # a balloon makes it a schedule of another kind
    ("每月从乙方工资中扣还本金2000元及当月利息，余额于到期日一次结清。", "分期还款"),
    ("每年12月31日前至少归还叁万元，余款在到期日前全部还清。", "分期还款"),
    ("月利率千分之八，借款到期时本息一次结清。", "到期一次性还本付息"),
    ("年利率10%，到期本金利息一次付清。", "到期一次性还本付息"),
    ("利息支付 | 按月支付，每月21日为付息日；本金到期一次性归还", "按月付息、到期还本"),
    # ...and as herders and lessors word them
    ("利息：每月利息陆佰元整，乙方于每月15日前支付，本金到期一次还清。", "按月付息、到期还本"),
    ("每三个月结一次利息（即每季度付肆仟捌佰元），秋后卖牛犊还清本金。", "按季付息、到期还本"),
    ("利息按月息1分5计算，后三个月利息到期时连同本金一并归还。", "到期一次性还本付息"),
    ("租金支付 | 每年11月30日前支付一期，共3期，金额见租金支付表", "分期还款"),
    ("每月从乙方当月交奶款中扣还本金3750元及当月剩余本金的利息，24个月扣完。", "等额本金"),
])
def test_repayment_schedules_as_lenders_word_them(clause, method):
    assert extract_contract(_HEAD + clause + "\n").repayment_method.value == method


def test_a_term_given_as_a_loan_time_range():
    c = extract_contract("借款协议\n出借人（甲方）：葛某\n借款人（乙方）：石某\n借款金额 | 拾捌万元整（180,000元）\n"
                         "借款时间 | 2026年4月8日 至 2027年4月7日\n利息 | 月息8厘\n2026年4月8日\n")
    assert (c.start_date.value, c.end_date.value) == (date(2026, 4, 8), date(2027, 4, 7))


def test_parties_of_a_mortgage_loan_an_iou_and_a_guarantee_contract():
    mortgage = extract_contract("房产抵押借款合同\n出借人（抵押权人）：胡某明\n借款人（抵押人）：付某霞\n"
                                "第一条 借款金额：人民币叁拾伍万元整（¥350000）。\n签订日期：2024年10月25日\n")
    assert mortgage.borrower.value.name == "付某霞" and not any(g.value.guarantor for g in mortgage.guarantees)
    iou = extract_contract("借条\n今借到舅舅宋某明人民币伍万元整（50000元），2027年8月31日前还清。\n借款人：崔某\n2026年9月1日\n")
    assert iou.lender.value.name == "宋某明"
    shop = extract_contract("欠  条\n今欠到临沂市罗庄区宏业建材经营部货款人民币捌万陆仟伍佰元整（86500元），经双方商定转为借款，"
                            "月息六厘。\n欠款人：田某\n2025年3月28日\n")
    assert shop.lender.value.name == "临沂市罗庄区宏业建材经营部" and shop.principal.value == 86500
    guarantee = extract_contract("保 证 合 同\n债权人（甲方）：某商贸有限公司\n保证人（乙方）：某农机销售有限公司\n"
                                 "为确保甲方与临沂市河东区福旺养殖专业合作社（下称“债务人”）签订的《借款合同》的履行，乙方提供连带责任保证。\n")
    assert guarantee.borrower.value.name == "临沂市河东区福旺养殖专业合作社"


def test_interest_added_to_principal_in_a_repayment_agreement():
    c = extract_contract(
        "还 款 协 议\n甲方（出借人）：刘某\n乙方（借款人）：曹某\n一、乙方于2019年1月10日向甲方借款人民币叁拾万元整（300000元），"
        "约定月息2分。\n二、甲乙双方同意，将上述欠付利息72000元计入本金，乙方确认欠甲方借款本金共计人民币叁拾柒万贰仟元整"
        "（372000元）。\n三、借款期限自2023年9月20日起至2024年9月19日止，按年利率12%计息。\n")
    assert c.principal.value == 372000 and c.interest.value.annual_rate == Decimal("0.12")


def test_a_financing_amount_and_a_dispute_clause_without_the_word_dispute():
    c = extract_contract("有追索权国内保理合同\n保理商（甲方）：某商业保理有限公司\n卖方（乙方）：某建材有限公司\n"
                         "保理融资款 | 人民币叁佰万元整（¥3,000,000.00）\n融资期限 | 2025年6月20日至2025年12月17日\n"
                         "五、本合同未尽事宜协商解决，协商不成的向甲方所在地人民法院起诉。\n")
    assert c.principal.value == 3000000 and c.dispute_resolution.value.method == "court"


def test_herders_ious_due_after_the_autumn_sale():
    iou = extract_contract("借  条\n今借到乌某（身份证号150423197108150317）现金人民币叁万元整（￥30000.00），用于买基础母羊。\n"
                           "月息2分5，秋后卖羊羔连本带利一并还清，最迟不超过2017年10月31日。\n借款人：张某山\n2017年3月12日\n")
    assert iou.end_date.value == date(2017, 10, 31) and iou.repayment_method.value == "到期一次性还本付息"
    month_end = extract_contract("欠  条\n今欠到赵某胜借款人民币肆万伍仟元整（45000元）。\n利息按原来说的算，2020年秋后（10月底前）还清。\n"
                                 "欠款人：陈某富\n2019年12月5日\n")
    assert month_end.end_date.value == date(2020, 10, 31)
    bracketed = extract_contract("借条\n今借到特某现金叁万伍仟元整（35000元），日息万分之三，利随本清，今年秋后（2025年11月30日前）卖羊还清。\n"
                                 "借款人：胡某\n2025年3月6日\n")
    assert bracketed.end_date.value == date(2025, 11, 30)
    free = extract_contract("借  条\n今借到 韩某兰（姑姑）人民币贰万元整（20000.00），给孩子交学费。不要利息。\n定于2019年9月底前还清。\n"
                            "借款人：白某\n2018年9月8日\n")
    assert free.end_date.value == date(2019, 9, 30) and free.interest.value.status == "zero"


def test_a_pawn_ticket_names_its_lender_in_the_letterhead_and_its_fee_apart_from_interest():
    ticket = extract_contract(
        "赤峰市红山区鼎盛源典当有限责任公司\n                     当    票\n当户名称：苏某                证件号码：150402199002283014\n"
        "当金（大写）：陆万元整        （小写）：￥60000.00\n典当期限：自2025年7月10日至2025年8月8日，共30天\n"
        "月利率：0.5%                  月综合费率：2.3%\n")
    assert ticket.lender.value.name == "赤峰市红山区鼎盛源典当有限责任公司" and ticket.borrower.value.name == "苏某"
    assert ticket.interest.value.annual_rate == Decimal("0.06")


def test_an_earlier_paid_off_loan_in_the_recitals_is_not_the_principal():
    c = extract_contract("借款合同（续借）\n出借人：王某\n借款人：朝某\n鉴于：借款人于2022年7月1日向出借人借款伍万元（年利率9%），已于2023年6月28日"
                         "连本带息全部还清，原借条已退还借款人。\n一、借款金额：人民币柒万元整（￥70000）。\n")
    assert c.principal.value == 70000


def test_interest_per_head_of_cattle_is_not_read_on_the_whole_loan():
    c = extract_contract("借款协议\n出借人：那某\n借款人：李某\n借款人向出借人借现金壹拾陆万元整（小写160000元），用于购买基础母牛20头。\n"
                         "1、利息按头算，每头牛每月利息捌拾元。\n2、借款期限：2023年10月15日至2024年10月31日，秋后卖牛犊还清本金。\n")
    assert c.principal.value == 160000 and c.interest.value.annual_rate is None


def test_overdue_rate_relative_to_a_financing_or_yearly_rate():
    for clause, rate in [("保理融资利率为年化9%。乙方逾期归还融资本息的，逾期期间按融资利率上浮50%计收逾期利息。", "0.135"),
                         ("借款利率：日利率0.05%。逾期本金按借款年利率的1.5倍计收罚息。", "0.27375")]:
        assert extract_contract(_HEAD + clause + "\n").overdue_rate.value.annual_rate == Decimal(rate)


def test_what_a_review_found_the_new_readings_must_not_do():
    # a paid-off mention without an earlier loan told before the amount keeps the principal
    assert extract_contract("还款协议\n甲方：王某\n乙方：李某\n一、截至本协议签订之日，乙方已结清全部利息，尚欠甲方借款本金人民币贰拾万元整"
                            "（200000元）。\n").principal.value == 200000
    # the last month-end is the due date, one already past is history
    iou = "借条\n今借到王某人民币伍万元整（50000元），{}\n借款人：李某\n2024年1月5日\n"
    assert extract_contract(iou.format("2024年6月底前归还2万元，2024年12月底前还清余款。")).end_date.value == date(2024, 12, 31)
    assert extract_contract(iou.format("前次借款已于2023年12月底还清。")).end_date is None
    # the first instalment is not the due date; a fixed monthly total is not 等额本金; 还清本金后 is not a schedule
    assert extract_contract(_HEAD.replace("借款期限：自2024年5月1日至2025年4月30日。\n", "")
                            + "自2024年3月1日起按月还款，每月还款5300元。\n").end_date is None
    assert extract_contract(_HEAD + "每月偿还本金和利息共计10,600元，共12期。\n").repayment_method is None
    assert extract_contract(_HEAD + "每月归还本金5000元，利息按月支付，乙方还清全部本金后甲方解除抵押登记。\n"
                            ).repayment_method.value == "分期还款"
    # "确认不存在拖欠利息" does not make an extension agreement a restated debt
    ext = extract_contract("借款展期协议\n甲方：王某\n乙方：李某\n一、原借款金额人民币伍拾万元整（500000元），月息1分。\n"
                           "二、乙方确认不存在拖欠利息的情形。\n")
    assert ext.principal.value == 500000 and ext.interest.value.annual_rate == Decimal("0.12")


def test_guarantors_named_in_the_clause_or_numbered():
    group = extract_contract(_HEAD + "第六条 保证。本笔贷款由联保小组成员刘某霞（身份证号150426198507213328）、吴某柱（身份证号"
                             "150426197612084415）提供连带责任保证，保证期间为主债务履行期限届满之日起三年。\n")
    assert [g.value.guarantor for g in group.guarantees] == ["刘某霞"]
    numbered = extract_contract(_HEAD + "保证人一：王某林  身份证号：430426197602034013\n保证人二：陈某兰  身份证号：430426198105234367\n"
                                "第九条 保证人自愿为借款人在本合同项下的债务承担连带责任保证。\n")
    assert numbered.guarantees[0].value.guarantor == "王某林"
    # the borrower identified by an ID number in the same sentence is not its own guarantor
    own = extract_contract("借款合同\n出借人：王某某\n借款人：李某某\n借款人李某某（身份证号150426198507213328）以其房产提供抵押，"
                           "并由其配偶承担连带责任保证。\n")
    assert all(g.value.guarantor != "李某某" for g in own.guarantees)
