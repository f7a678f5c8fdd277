"""A rural bank's non-performing loan files: rates priced on the PBOC benchmark ("同期同档次基准利率上浮30%"), rural
credit co-operatives as licensed lenders, quarterly interest with 利随本清 at the end, a village IOU's "保人", demand
notices that recite the loan, and a scanned contract's OCR text with O for 0 and l for 1."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from agent.contracts.benchmark import band_for, benchmark_on
from agent.contracts.check import check_text
from agent.contracts.normalize import find_rates
from agent.contracts.segment import ocr_digits


def _rules(report) -> set[str]:
    return {f.rule_id for f in report.findings}


def test_the_benchmark_table_by_date_and_term_band():
    assert benchmark_on(date(2017, 3, 1), "y1").rate_pct == Decimal("4.35")
    assert benchmark_on(date(2015, 7, 1), "y5").rate_pct == Decimal("5.25")
    assert benchmark_on(date(2013, 1, 1), "m6").rate_pct == Decimal("5.60")
    assert benchmark_on(date(2012, 6, 30), "y1").rate_pct == Decimal("6.31")
    assert benchmark_on(date(2005, 1, 1), "y1").rate_pct is None          # before the table: no guess
    assert "LPR" in benchmark_on(date(2019, 10, 1), "y1").warning
    assert [band_for(m) for m in (None, 6, 12, 24, 60, 120)] == ["y1", "m6", "y1", "y3", "y5", "over5"]


def test_a_benchmark_written_out_is_the_rate_and_a_bare_mention_is_none():
    [written, bench] = find_rates("年利率6.525%，即借款发放日中国人民银行公布的一年期贷款基准利率4.35%上浮50%。")
    assert written.annual_rate == bench.annual_rate == Decimal("0.06525") and bench.base == "pboc_benchmark"
    [down] = find_rates("按基准利率下浮10%执行")
    assert down.status == "lpr_linked" and down.lpr_multiple == Decimal("0.9")
    assert find_rates("利率不随基准利率调整而变动") == []


def test_a_rate_priced_on_the_benchmark_is_looked_up_on_the_contract_date():
    text = """农户借款合同
贷款人：某县农村信用合作联社城关信用社
借款人：宋玉兰
借款金额：人民币叁万元整
借款期限：自2017年3月1日起至2018年2月28日止
四、借款利率：按中国人民银行公布的同期同档次贷款基准利率上浮30%执行。
六、逾期罚息：在借款执行利率基础上加收50%。
签订日期：2017年3月1日
"""
    report = check_text(text, as_of=date(2019, 6, 1))
    c = report.contract
    assert c.interest.value.annual_rate == Decimal("0.05655")           # 4.35 % × 1.3
    assert "4.35" in c.interest.note and "2015-10-24" in c.interest.note
    assert c.overdue_rate.value.annual_rate == Decimal("0.084825")
    assert c.lender.value.kind == "licensed_lender"
    assert "cap_not_applicable_licensed_lender" in _rules(report)


def test_a_written_rate_governs_a_benchmark_formula_that_disagrees():
    text = """借款合同
贷款人：某农村商业银行股份有限公司
借款人：陈广福
借款金额：人民币叁万元整
借款期限：自2016年3月1日起至2017年2月28日止
本合同项下借款月利率为9‰（按人民银行公布的同期同档次基准利率上浮80%确定）。
签订日期：2016年3月1日
"""
    c = check_text(text, as_of=date(2018, 1, 1)).contract
    assert c.interest.value.annual_rate == Decimal("0.108") and c.interest.value.status == "ok"
    assert "7.83%/yr, not the rate written out, which is used" in c.interest.note


def test_quarterly_interest_then_principal_and_interest_together_is_quarterly():
    text = """借款合同
贷款人：某县农村信用合作联社小店子信用社
借款人：于春华
借款金额：人民币伍万元整
借款期限：自2014年6月1日起至2015年5月31日止
借款利率：月利率千分之九点三（9.3‰）。按季结息，结息日为每季末月20日，到期利随本清。
签订日期：2014年6月1日
"""
    c = check_text(text, as_of=date(2015, 1, 1)).contract
    assert c.repayment_method.value == "按季付息、到期还本"
    assert c.lender.value.kind == "licensed_lender"


def test_a_village_iou_with_a_bao_ren_and_its_back():
    text = """借条
今借孙立国人民币现金伍万元整（￥50000.00）用于买化肥，月息2分，借期一年，2022年5月10号还本。
                借款人：韩德利
                保人：陈广禄
                2021年5月10日

（背面）
2021.8.15 付息3000元 孙立国
2023年2月1日还利息伍仟元 孙立国（签）
"""
    report = check_text(text, as_of=date(2026, 11, 30))
    c = report.contract
    assert c.lender.value.name == "孙立国" and c.contract_date.value == date(2021, 5, 10)
    [g] = c.guarantees
    assert g.value.guarantor == "陈广禄" and g.value.guarantee_type == "unspecified"
    assert {"guarantee_type_defaults_to_general", "guarantee_period_defaults_to_6_months"} <= _rules(report)


def test_a_demand_notice_is_dated_by_the_loan_it_recites():
    text = """山东某农村商业银行股份有限公司石岭支行
贷款催收通知书
高振：
    你于2019年6月21日与我行签订《个人借款合同》（合同编号：2019第0133号），借款金额人民币120000元，借款期限自2019年6月21日至2020年6月20日，执行年利率7.83%。
    请你于收到本通知之日起十日内到我行归还全部欠款。
                                   山东某农村商业银行股份有限公司石岭支行
                                   二〇二三年五月十日
"""
    c = check_text(text, as_of=date(2023, 6, 1)).contract
    assert c.contract_date.value == date(2019, 6, 21) and "个人借款合同" in c.contract_date.note


def test_ocr_zeros_and_ones_inside_numbers_and_a_form_without_colons():
    assert ocr_digits("2Ol6年ll月8日 ¥5OOOO.OO 月利率7.5%o") == "2016年11月8日 ¥50000.00 月利率7.5‰ "
    assert ocr_digits("CO2 and Oil, COVID-19, I have 2") == "CO2 and Oil, COVID-19, I have 2"
    text = """农 户 借 款 合 同
贷款人 山东某农村商业银行股份有限公司北关支行
借款人 杜海燕   身份证号 37O92319870l12****
保证人 杜海军   身份证号 37O923l984O5O9****
第一条 借款金额 人民币(大写)伍万元整 ¥5OOOO.OO
第三条 借款期限 自2O16年11月8日起至2Ol7年11月7日止
第四条 借款利率 月利率7.5%o  逾期贷款罚息利率在借款利率基础上加收5O%
第六条 保证条款 保证人自愿为借款人本合同项下债务提供连带责任保证
签订日期 2Ol6年ll月8日
"""
    c = check_text(text, as_of=date(2026, 11, 30)).contract
    assert c.borrower.value.name == "杜海燕" and c.lender.value.name.endswith("北关支行")
    assert c.interest.value.annual_rate == Decimal("0.09") and c.overdue_rate.value.annual_rate == Decimal("0.135")
    assert c.principal.value == Decimal("50000") and c.end_date.value == date(2017, 11, 7)
    assert c.contract_date.value == date(2016, 11, 8)


def test_a_mediation_agreement_names_lender_and_borrower_by_their_place_in_the_case():
    text = """人民调解协议书
申请人：石爱民，男，1971年2月生，住某县东关村
被申请人：高洪亮，男，1983年10月生，住某县西关村
纠纷主要事实：2019年6月12日，被申请人高洪亮因经营饭店需要向申请人石爱民借款人民币捌万元，约定年利率6%，2020年6月11日前归还。
经调解，双方自愿达成如下协议：被申请人于2021年12月31日前归还申请人借款本息84200元。
保证人：高洪波
2021年7月8日
"""
    c = check_text(text, as_of=date(2022, 1, 1)).contract
    assert c.lender.value.name == "石爱民" and c.borrower.value.name == "高洪亮"


def test_an_iou_written_anew_over_an_old_one_owes_its_own_sum_and_restates_interest():
    text = """借   条
    经双方结算，截至2020年12月31日，本人贾秋生共欠王立新借款本金伍万元（2019年3月借）及利息壹万捌仟元，本息合计
陆万捌仟元整。原借条收回作废，现重新出具借条：
    今借到王立新人民币陆万捌仟元整（68000元），月息1.5分，2021年12月31日前连本带息全部还清。
                                      借款人：贾秋生
                                      2020年12月31日
"""
    report = check_text(text, as_of=date(2022, 6, 1))
    assert report.contract.principal.value == Decimal("68000")
    assert "compound_interest_restated" in _rules(report)


def test_what_the_review_found_is_not_read_as_a_party_a_guarantee_or_a_rate():
    from agent.contracts.parties import find_iou_lender, find_parties
    from agent.contracts.segment import reading_copy

    assert reading_copy("借款人 姓名 身份证号码 联系电话")[0] == "借款人 姓名 身份证号码 联系电话"
    assert reading_copy("借款人 应向贷款人指定的营业部还款")[0].startswith("借款人 应向")
    assert ocr_digits("菜籽油5l 第II.1条") == "菜籽油5l 第II.1条"
    report = check_text("借款合同\n出借人：张三\n借款人：李四\n借款金额：人民币伍万元\n投保人：王五\n借款用途：支付安保人员工资\n"
                        "签订日期：2022年3月1日\n", as_of=date(2023, 1, 1))
    assert report.contract.guarantees == []
    roles = {h.role: h.name for h in find_parties("申请人：石爱民\n被申请人：高洪亮\n申请人多次向被申请人催要借款未果。\n")}
    assert "lender" not in roles            # a demand for repayment says nothing about who lent
    assert find_iou_lender("今借给李四人民币伍万元整") is None
    assert find_rates("双方约定利息不超过中国人民银行同期贷款基准利率的四倍") == []
    assert [m.lpr_multiple for m in find_rates("按同期同档次贷款基准利率的130%执行")] == [Decimal("1.3")]
    assert [m.base_band for m in find_rates("按2011年贷款基准利率上浮30%")] == [None]     # not the 1年 of 2011年


def test_a_loan_longer_than_a_year_by_some_days_is_in_the_one_to_three_year_band():
    text = """借款合同
贷款人：某农村信用合作联社
借款人：王大成
借款金额：人民币拾万元整
借款期限：自2013年1月10日起至2014年1月25日止
借款利率：按同期同档次贷款基准利率上浮30%执行。
签订日期：2013年1月10日
"""
    c = check_text(text, as_of=date(2014, 6, 1)).contract
    assert c.interest.value.annual_rate == Decimal("0.07995")             # 6.15 % (1-3 years, 2012-07-06) × 1.3


def test_a_reissued_iou_takes_its_sum_from_the_new_iou_not_from_a_debt_still_owed():
    text = """借条
经双方结算，本人贾秋生共欠王立新借款本金伍万元，至今欠利息壹万捌仟元未付。原借条收回作废，现重新出具借条：
今借到王立新人民币陆万捌仟元整（68000元），月息1.5分，2021年12月31日前连本带息全部还清。
借款人：贾秋生
2020年12月31日
"""
    assert check_text(text, as_of=date(2022, 6, 1)).contract.principal.value == Decimal("68000")


def test_an_assignment_to_an_amc_names_the_debtor_not_the_buyer_as_borrower():
    text = """债权转让协议
转让方（甲方）：山东某农村商业银行股份有限公司
受让方（乙方）：山东某资产管理股份有限公司
鉴于：甲方对借款人周明亮享有合法债权，该债权基于甲方与周明亮于2016年9月28日签订的《个人经营借款合同》，借款本金人民币肆拾伍万元整。
第一条 转让标的：甲方对周明亮享有的借款本金450000元及利息。
甲方（盖章）：山东某农村商业银行股份有限公司
乙方（盖章）：山东某资产管理股份有限公司
签订日期：2021年11月26日
"""
    c = check_text(text, as_of=date(2022, 1, 1)).contract
    assert c.borrower.value.name == "周明亮" and c.lender.value.kind == "licensed_lender"
