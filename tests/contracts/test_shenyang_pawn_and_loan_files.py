"""A pawn shop and small-loan group's files: 当票 with the fees taken out of the 当金 and a 续当 slip, 东北 IOUs
("今借大舅哥…", "每月利息两千", "明年八月十五前还清" under a 腊月 date), a 货款 欠条 turned into a loan, a year-end 对账单
with both parties on one line, a 担保书 written to "您", bank forms that work a relative rate out in brackets, and
notes added after signing (催收记录, 【贷后补记】, "（背面，…记）")."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from agent.contracts.check import check_text
from agent.contracts.lunar import lunar_day, lunar_month, lunar_to_solar, lunar_year_of
from agent.contracts.normalize import find_dates, find_rates
from agent.contracts.parties import classify
from agent.rules.loader import load_rule_set


def _rules(report) -> set[str]:
    return {f.rule_id for f in report.findings}


def test_a_pawn_ticket_names_its_lender_in_the_letterhead_beside_the_title_and_the_renewal_is_a_later_slip():
    text = """大连市恒久典当有限责任公司    当 票
当票编号：HJ-2024-0315-07

当户名称\t李春生\t证件号码\t210203198001XXXXXX
当物名称\t奥迪A6L轿车\t车牌号码\t辽B·3M2××
当金（大写）\t壹拾伍万元整\t当金（小写）\t¥150,000.00
月利率\t0.5%\t月综合费率\t2.4%
典当期限\t2024年3月15日 至 2024年4月14日
首月息费（利息750元+综合费3,600元）\t¥4,350.00（发放当金时扣收）\t实付当金\t¥145,650.00

当户签名：李春生    2024年3月15日
续当凭证
原当票编号\t续当期限\t续当息费\t日期
HJ-2024-0315-07\t2024年4月14日 至 2024年5月14日\t¥4,350.00\t2024年4月12日
"""
    report = check_text(text, as_of=date(2026, 11, 30))
    c = report.contract
    assert c.lender.value.name == "大连市恒久典当有限责任公司" and c.lender.value.kind == "licensed_lender"
    assert c.amount_delivered.value == Decimal("145650")
    assert c.deducted_upfront.value == Decimal("4350")
    assert c.contract_date.value == date(2024, 3, 15)         # not the 续当 slip's 2024-04-12
    assert {"cap_not_applicable_licensed_lender", "interest_deducted_upfront"} <= _rules(report)
    assert "overdue_charges_above_cap" not in _rules(report)


def test_notes_after_signing_under_their_own_headings_do_not_date_the_contract():
    collection_log = """借款合同
出借人（甲方）：石建华，身份证号210102197003XXXXXX
借款人（乙方）：孔令军，身份证号210106198507XXXXXX
一、借款金额：人民币拾万元整（¥100,000.00）。
二、借款期限：自2021年3月1日起至2022年2月28日止。
三、借款利率：年利率10%，到期一次还本付息。
甲方：石建华
乙方：孔令军
2021年3月1日

------------------------------
催收记录（贷后登记）：
2024年11月20日 出借人石建华通过EMS向借款人孔令军邮寄《催款通知书》，要求归还本金及利息；借款人于2024年11月22日签收。
"""
    report = check_text(collection_log, as_of=date(2026, 11, 30))
    assert report.contract.contract_date.value == date(2021, 3, 1)
    assert "limitation_period_expired" not in _rules(report)      # the demand of 2024-11-20 restarted it

    bracketed = collection_log.replace("------------------------------\n催收记录（贷后登记）：\n", "【贷后补记】")
    assert check_text(bracketed, as_of=date(2026, 11, 30)).contract.contract_date.value == date(2021, 3, 1)


def test_the_back_of_an_iou_noted_by_the_lender_and_a_due_date_in_brackets():
    text = """借条
今借到吴秀珍人民币叁万元整（30000元），用于买种子化肥。月息一分五，年底（2017年12月31日）连本带利一起还。
借款人：杜长顺
2017年4月2日

（背面，吴秀珍记）
2018.2.10 还伍仟
2019.1.28 还叁仟（腊月二十三）
"""
    report = check_text(text, as_of=date(2026, 11, 30))
    c = report.contract
    assert c.contract_date.value == date(2017, 4, 2)
    assert c.end_date.value == date(2017, 12, 31)
    assert c.last_payment_noted.value == date(2019, 1, 28)
    assert {"pre_lpr_rate_rules", "limitation_period_expired"} <= _rules(report)


def test_lunar_dates_are_converted_and_a_lunar_due_day_is_read_in_the_next_lunar_year():
    assert lunar_to_solar(2019, 12, 23) == date(2020, 1, 17)         # 腊月廿三, 北方小年
    assert lunar_to_solar(2020, 8, 15) == date(2020, 10, 1)          # 中秋
    assert lunar_to_solar(2020, 4, 1, leap=True) == date(2020, 5, 23)  # 闰四月初一
    assert lunar_to_solar(2020, 5, 1, leap=True) is None             # 2020 has no 闰五月
    assert lunar_year_of(date(2020, 1, 17)) == 2019 and lunar_year_of(date(2020, 1, 25)) == 2020
    assert (lunar_month("腊"), lunar_month("正"), lunar_day("廿三"), lunar_day("初十"), lunar_day("十五")) == (12, 1, 23, 10, 15)
    [d] = find_dates("二〇二一年腊月初八")
    assert d.value == date(2022, 1, 10)
    [g] = find_dates("二〇二三年三月十五日")                             # Chinese numerals, not a lunar date
    assert g.value == date(2023, 3, 15)

    text = """借条
今借到邹德发人民币贰万元整（20000元），月息八厘，利随本清，明年八月十五前还清。
借款人：潘玉林
二〇二一年腊月十六
"""
    c = check_text(text, as_of=date(2023, 1, 1)).contract
    assert c.contract_date.value == date(2022, 1, 18)
    assert c.end_date.value == date(2022, 9, 10)                     # 中秋 of 壬寅年
    plain = text.replace("二〇二一年腊月十六", "2022年1月18日")
    assert check_text(plain, as_of=date(2023, 1, 1)).contract.end_date is None     # Gregorian 8/15? left unread


def test_monthly_interest_as_a_bare_sum_and_given_each_month():
    [m] = find_rates("每月利息三千，")
    assert m.status == "needs_principal" and m.amount == Decimal("3000")
    text = """借条
今借到宋玉珍现金人民币伍万元整（50000元整），用于水果店上货。
每月利息一千五，每月10号前给利息，2025年6月9日前本钱一次还清。
借款人：庞大海
2024年6月10号
"""
    report = check_text(text, as_of=date(2026, 11, 30))
    c = report.contract
    assert c.interest.value.annual_rate == Decimal("0.36")
    assert c.repayment_method.value == "按月付息、到期还本"
    assert "rate_above_4x_lpr" in _rules(report) and "no_interest_agreed" not in _rules(report)


def test_an_iou_that_names_the_lender_by_kinship_before_the_sum():
    text = """借条
今借大舅哥韩玉山贰万伍仟元整（25000），给饭店换桌椅用。啥时候有啥时候还。
借款人 郑宝军
2024.3.2
"""
    c = check_text(text, as_of=date(2026, 11, 30)).contract
    assert c.lender.value.name == "韩玉山" and c.lender.value.kind == "natural_person"
    assert c.principal.value == Decimal("25000")


def test_a_guarantee_letter_written_to_you_the_lender():
    text = """担 保 书
致：赵丽娟 女士（出借人）
鉴于借款人钱志强（身份证号210112199005XXXXXX）于2025年3月1日向您借款人民币伍万元整（¥50,000.00），借款期限自2025年3月1日至2026年2月28日，年利率8%。
本人钱志刚（借款人之弟）自愿为上述借款提供一般保证，保证期间为主债务履行期届满之日起六个月。
担保人（签字）：钱志刚
2025年3月1日
"""
    report = check_text(text, as_of=date(2026, 11, 30))
    c = report.contract
    assert c.lender.value.name == "赵丽娟"
    assert c.borrower.value.name == "钱志强"
    assert c.guarantee_instrument
    assert "no_overdue_rate_agreed" not in _rules(report)     # the main contract's overdue term is not in this letter


def test_a_goods_debt_iou_turned_into_a_loan_owes_the_total_and_rolls_interest_in():
    text = """欠条（转借款）
今欠大连市甘井子区兴盛五金商行2024年度钢材货款伍万元整（50000元），另按约定的货款逾期付款利息叁仟元整（3000元）。
经双方核对，以上货款和利息合计伍万叁仟元整（53000元），自即日起转为借款，作为借款本金，按月息一分（1%）计息，本金于2025年12月31日前一次还清。
欠款人：马德成
债权人：大连市甘井子区兴盛五金商行（盖章）
2025年1月5日
"""
    report = check_text(text, as_of=date(2026, 11, 30))
    c = report.contract
    assert c.principal.value == Decimal("53000")
    assert c.start_date.value == date(2025, 1, 5)
    assert "compound_interest_restated" in _rules(report)


def test_a_guarantee_contract_states_the_main_debt_as_its_principal():
    text = """保 证 合 同
债权人（甲方）\t周丽华\t身份证号\t210104196901XXXXXX
保证人（乙方）\t冯志远\t身份证号\t210104198002XXXXXX
债务人\t冯志明\t身份证号\t210104197608XXXXXX
主合同\t甲方与债务人于2024年5月6日签订的《借款合同》\t主债权本金\t人民币拾伍万元整（¥150,000.00）
主债务履行期限\t2024年5月6日至2025年5月5日\t保证方式\t连带责任保证
保证期间\t主债务履行期届满之日起三年
甲方（签字）：周丽华    乙方（签字）：冯志远
2024年5月6日
"""
    c = check_text(text, as_of=date(2026, 11, 30)).contract
    assert c.principal.value == Decimal("150000")


def test_a_relative_overdue_rate_worked_out_in_brackets_is_the_overdue_rate():
    text = """流动资金借款合同
贷款人：某市农村商业银行股份有限公司城南支行
借款人：某市顺发食品有限公司
借款金额\t人民币伍佰万元整（¥5,000,000.00）
借款期限\t12个月，自2024年9月10日至2025年9月9日
利率\t执行年利率3.85%，合同期内不调整
罚息\t逾期贷款罚息利率为本合同执行利率加收50%（即年利率5.775%）
签订日期：2024年9月10日
"""
    c = check_text(text, as_of=date(2026, 11, 30)).contract
    assert c.interest.value.annual_rate == Decimal("0.0385") and c.interest.value.status == "ok"
    assert c.overdue_rate.value.annual_rate == Decimal("0.05775")


def test_a_monthly_rate_raised_by_half_and_by_some_li_for_overdue():
    form = """借款合同
贷款人\t某市恒达小额贷款有限公司
借款人\t某市于洪区老王水产批发部
借款金额\t拾万元整（¥100,000.00）
借款期限\t2024年1月8日至2025年1月7日
月利率\t1.2%
逾期罚息\t在月利率基础上上浮50%
日期：2024年1月8日
"""
    c = check_text(form, as_of=date(2026, 11, 30)).contract
    assert c.overdue_rate.value.annual_rate == Decimal("0.216")
    assert c.borrower.value.kind == "enterprise"
    assert classify("兴旺五金销售部", load_rule_set()) == ("enterprise", None)

    iou = """借款协议
出借人：孟庆祥
借款人：侯振宇
借款人侯振宇今向孟庆祥借款人民币拾万元整（100000元），借款时间：2024年5月1日至2025年4月30日。
利息：月息1分，每月1号前付息1000元，到期还本。
逾期：本金或利息逾期的，逾期部分在原月息基础上加收三厘。
出借人：孟庆祥
借款人：侯振宇
2024年5月1日
"""
    c = check_text(iou, as_of=date(2026, 11, 30)).contract
    assert c.overdue_rate.value.annual_rate == Decimal("0.156")      # 1.0 + 0.3 = 1.3 % a month


def test_a_form_row_with_type_and_period_together():
    text = """个人借款合同
贷款人\t某市和平区富民小额贷款有限公司
借款人\t唐国华（身份证号 210102198003XXXXXX）
借款金额\t人民币伍万元整（¥50,000.00）
借款期限\t自2024年7月1日至2025年6月30日
借款利率\t月利率1%
保证人\t某市恒信融资担保有限公司
保证方式/保证期间\t连带责任保证；主债务履行期届满之日起三年
"""
    report = check_text(text, as_of=date(2026, 11, 30))
    [g] = report.contract.guarantees
    assert g.value.period_months == 36
    assert "guarantee_period_defaults_to_6_months" not in _rules(report)


def test_both_parties_on_one_line():
    text = """借款对账确认单
出借人（甲方）：冯玉梅          借款人（乙方）：邓长林（长林五金 经营者）
经双方核对确认：截至2021年12月31日，乙方尚欠甲方借款本金80,000元、利息6,000元，本息合计86,000元。
双方同意：将上述本息合计86,000元作为借款本金，自2022年1月1日起按月息1%计息，乙方于2022年12月31日前一次性还清本息。
甲方（签字）：冯玉梅          乙方（签字）：邓长林
2021年12月31日
"""
    c = check_text(text, as_of=date(2026, 11, 30)).contract
    assert c.lender.value.name == "冯玉梅" and c.borrower.value.name == "邓长林"


def test_a_plan_that_recites_the_old_due_date_ends_on_its_last_instalment():
    text = """还款计划书
甲方（出借人）：蒋文博
乙方（借款人）：魏红霞
乙方于2023年5月1日向甲方借款人民币玖万元整（90,000元），约定2024年1月1日归还，现乙方无力一次偿还。经协商达成还款计划如下：
一、乙方分三期支付：
  （1）2024年3月10日前支付30,000元；
  （2）2024年4月10日前支付30,000元；
  （3）2024年5月10日前支付30,000元。
二、利息：未还本金按月息0.8%计息，随每期本金一并支付。
甲方：蒋文博
乙方：魏红霞
2024年2月20日
"""
    c = check_text(text, as_of=date(2026, 11, 30)).contract
    assert c.end_date.value == date(2024, 5, 10)
    assert c.repayment_method.value == "分期还款"


def test_an_agreement_signed_after_the_debt_fell_due_restarts_the_limitation_period():
    text = """以房抵债协议
甲方（债务人）：江海涛，身份证号210111197502XXXXXX
乙方（债权人）：许丽萍，身份证号210103198104XXXXXX
鉴于：2021年4月1日，甲方向乙方借款人民币贰拾万元整（200,000元），约定年利率10%，借款期限至2022年3月31日，本金至今未还。
第一条 甲方自愿以其名下车位一个抵偿所欠乙方借款本息。
第二条 协商不成的，向车位所在地人民法院起诉。
甲方：江海涛
乙方：许丽萍
2024年9月1日
"""
    report = check_text(text, as_of=date(2026, 11, 30))
    assert report.contract.end_date.value == date(2022, 3, 31)
    assert "limitation_period_expired" not in _rules(report)       # 2024-09-01 + 3 years is after as_of
    late = check_text(text, as_of=date(2027, 10, 1))
    assert "limitation_period_expired" in _rules(late)


def test_only_the_debtors_own_acknowledgement_within_the_period_restarts_limitation():
    letter = """律师函
致：江海涛先生
本所受许丽萍女士委托，就您于2018年4月1日向许丽萍借款人民币贰拾万元整（200,000元）一事致函。根据借条约定，借款期限至2019年3月31日，年利率10%，您至今未还。
请您于收到本函之日起七日内归还全部借款本息，否则我方将依法起诉。
辽宁某某律师事务所
2024年5月10日"""
    assert "limitation_period_expired" in _rules(check_text(letter, as_of=date(2026, 11, 30)))
    plan = """还款协议
甲方（出借人）：许丽萍
乙方（借款人）：江海涛
乙方于2018年3月31日向甲方借款人民币200000元，约定年利率10%，于2019年3月31日到期，至今未还。乙方确认欠款，
同意于2025年12月31日前还清本息。
甲方：许丽萍    乙方：江海涛
2021年9月1日"""
    report = check_text(plan, as_of=date(2026, 11, 30))
    assert "limitation_period_expired" not in _rules(report)


def test_money_words_are_no_lender_and_a_bank_slips_title_is_no_letterhead():
    from agent.contracts.parties import find_parties  # noqa: F401  (the reader under test, through check_text)

    for iou in ("今借到现金贰万元整（20000元），2025年6月30日前还清。借款人：刘明 2024年6月30日",
                "今借嫂子的钱叁万元整，2025年6月30日前还清。借款人：刘明 2024年6月30日",
                "今欠货款贰万元整，2025年6月30日前还清。欠款人：刘明 2024年6月30日"):
        lender = check_text(iou).contract.lender
        assert lender is None or lender.value.name not in ("现金", "的钱", "货款")
    assert check_text("今向妹妹借款3万元（30000元），年利率6%，2025年6月30日前还清。借款人：刘明 2024年6月30日"
                      ).contract.lender.value.name == "妹妹"
    slip = """中国工商银行股份有限公司沈阳分行  电子回单
借  条
今借到王建国人民币伍万元整（50000元），年利率8%，2025年3月1日前归还。
借款人：刘小军
2024年3月1日"""
    assert check_text(slip).contract.lender.value.name == "王建国"


def test_a_day_of_the_month_is_no_interest_sum_and_month_start_is_no_lunar_date():
    [rate] = [m for m in find_rates("借款利率：月利率1%，利息每月 15 号前支付，到期还本。") if m.annual_rate]
    assert rate.annual_rate == Decimal("0.12")
    assert find_dates("乙方应于2024年12月初一次性归还全部借款。") == []
    assert find_dates("借款期限：自二〇二三年十二月廿八日起") == []          # 廿 written with 日: a Gregorian date
    assert [d.value for d in find_dates("二〇二四年腊月三十")] == [date(2025, 1, 28)]   # 除夕 of a 29-day 腊月


def test_this_year_and_next_year_count_from_the_calendar_the_iou_is_dated_in():
    iou = """借条
今借到邹德发人民币贰万元整（20000元），月息八厘，明年农历八月十五前还清。
借款人：潘玉林
2024年1月20日"""
    assert check_text(iou).contract.end_date.value == date(2025, 10, 6)    # 中秋 2025, not 2024 (before 春节)


def test_a_court_in_a_district_named_with_he_keeps_its_whole_name():
    text = """借款合同
出借人：张伟  借款人：李强
借款金额：人民币伍万元整（50000元），年利率10%，借款期限自2024年1月1日至2024年12月31日。
因本合同发生争议，由双方协商解决；协商不成的，向沈阳市和平区人民法院起诉。
2024年1月1日"""
    assert check_text(text).fields["dispute_body"] == "沈阳市和平区人民法院"


def test_a_section_heading_in_brackets_is_no_note_added_after_signing():
    text = """借款合同
出借人：张伟  借款人：李强
一、借款金额：人民币伍万元整（50000元），年利率10%，借款期限自2024年1月1日至2024年12月31日。
二、还款方式：按月付息，到期还本。
【抵押登记】借款人以其名下房产提供抵押，双方应于本合同签订后十日内办理抵押登记。
出借人：张伟          借款人：李强
签订日期：2023年12月28日"""
    from agent.contracts.extract import later_notes_start

    assert later_notes_start(text) == len(text)           # 【抵押登记】 is the contract's own heading
    assert check_text(text).contract.contract_date.value == date(2023, 12, 28)
    assert later_notes_start(text + "\n【贷后登记】2024年6月12日 借款人还息500元") < len(text) + 2
