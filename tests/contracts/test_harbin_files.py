"""Heilongjiang-style paper (哈尔滨 小贷 files, 农业担保 partner's 借条, 仓单 / 存货 质押, 委托贷款, a court's 调解书),
one test per cause.

Texts are written for these tests (names, sums and IDs are made up); each cause comes with sentences where the new
reading must not fire.
"""
from __future__ import annotations

from datetime import date

import pytest

from agent.contracts.check import check_contract
from agent.contracts.extract import extract_contract

AS_OF = date(2026, 12, 14)


def _ids(report) -> set[str]:
    return {f.rule_id for f in report.findings}


def _iou(clause: str, *, signed: str = "借款人：于海龙\n出借人：韩桂兰\n2023年4月8日\n", extra: str = "") -> str:
    return "借条\n\n今借到韩桂兰人民币伍万元整（50000元），用于买化肥。\n" + clause + "\n" + signed + extra


# --- a bare "记录：" heading under the signatures starts the later notes ------------------------------------------

def test_bare_record_heading_after_signing_is_a_later_note():
    text = _iou("月息一分，2024年4月7日前还清本息。",
                extra="\n记录：\n2024年10月1日 于海龙还本金壹万元，韩桂兰收。\n2025年3月2日 韩桂兰电话催款。\n")
    f = check_contract(text, as_of=AS_OF).fields
    assert f["contract_date"] == "2023-04-08"
    assert f["start_date"] == "2023-04-08"


@pytest.mark.parametrize("line", ["付款记录人：王会计", "会议记录：双方协商一致"])
def test_record_words_in_the_body_are_not_a_note_heading(line):
    text = ("借款合同\n\n出借人：韩桂兰\n借款人：于海龙\n一、借款金额人民币伍万元整（50000元）。\n二、" + line + "。\n"
            "三、年利率10%，借款期限自2023年4月8日至2024年4月7日。\n出借人：韩桂兰\n借款人：于海龙\n2023年4月8日\n")
    f = check_contract(text, as_of=AS_OF).fields
    assert f["contract_date"] == "2023-04-08"
    assert f["end_date"] == "2024-04-07"


# --- "连带保证人：刘某" names the guarantor and the type in the label ----------------------------------------------

def test_joint_guarantor_label():
    text = _iou("月息一分，2024年4月7日前还清。我弟弟于海涛给担保。",
                signed="借款人：于海龙\n连带保证人：于海涛  身份证号：230103********1234\n出借人：韩桂兰\n2023年4月8日\n")
    f = check_contract(text, as_of=AS_OF).fields
    assert f["guarantor"] == "于海涛"
    assert f["guarantee_type"] == "连带责任保证"


@pytest.mark.parametrize("clause", ["担保人于海涛不承担连带责任，只在借款人不能还时还。", "担保人于海涛承担保证责任。"])
def test_plain_guarantor_label_is_not_joint(clause):
    text = _iou("月息一分，2024年4月7日前还清。" + clause,
                signed="借款人：于海龙\n担保人：于海涛\n出借人：韩桂兰\n2023年4月8日\n")
    f = check_contract(text, as_of=AS_OF).fields
    assert f["guarantor"] == "于海涛"
    assert f["guarantee_type"] != "连带责任保证"


# --- "丙方（担保人）：无": the party line says there is none ---------------------------------------------------------

def test_guarantor_line_filled_with_none():
    text = ("借款协议\n\n甲方（出借人）：哈尔滨鑫源商贸有限公司\n乙方（借款人）：宾县丰收粮油有限公司\n丙方（担保人）：无\n"
            "1. 借款金额：人民币壹佰万元整（1,000,000元）。\n2. 借款期限：自2024年3月1日至2024年8月31日。\n"
            "3. 年利率：8%，到期一次性还本付息。\n甲方（盖章）：哈尔滨鑫源商贸有限公司\n乙方（盖章）：宾县丰收粮油有限公司\n2024年3月1日\n")
    r = check_contract(text, as_of=AS_OF)
    assert r.fields["guarantee_type"] is None
    assert not _ids(r) & {"guarantee_type_defaults_to_general", "guarantee_period_defaults_to_6_months"}


@pytest.mark.parametrize("who", ["无锡华诚担保有限公司", "吴天明"])
def test_guarantor_whose_name_starts_like_none_is_kept(who):
    text = ("借款协议\n\n甲方（出借人）：哈尔滨鑫源商贸有限公司\n乙方（借款人）：宾县丰收粮油有限公司\n丙方（担保人）：" + who + "\n"
            "1. 借款金额：人民币壹佰万元整（1,000,000元）。\n2. 丙方承担连带责任保证，保证期间两年。\n"
            "甲方（盖章）：哈尔滨鑫源商贸有限公司\n2024年3月1日\n")
    f = check_contract(text, as_of=AS_OF).fields
    assert f["guarantor"] == who
    assert f["guarantee_type"] == "连带责任保证"


# --- "从我这借走人民币…": the sum taken away is the principal ---------------------------------------------------------

def test_borrowed_away_sum_is_the_principal():
    text = "借条\n\n兄弟陈宝军急用钱，今从我这借走人民币贰万元整（20000元），不要利息。\n借款人：陈宝军\n出借人：曲春生\n2024年1月5日\n"
    assert check_contract(text, as_of=AS_OF).fields["principal"] == "20000"


def test_taken_away_goods_are_no_principal():
    text = ("借条\n\n今借到曲春生人民币叁万元整（30000元），月息一分。他顺手借走2台水泵，秋后一起还。\n"
            "借款人：陈宝军\n出借人：曲春生\n2024年1月5日\n")
    assert check_contract(text, as_of=AS_OF).fields["principal"] == "30000"


# --- due dates: "最晚…（阳历…）前连本带利还清", "…前还上就行" ----------------------------------------------------------

@pytest.mark.parametrize("clause, due", [
    ("月息一分，最晚癸卯年腊月初八（阳历2024年1月18日）前连本带利还清。", "2024-01-18"),
    ("不要利息，2024年6月30日前还上就行。", "2024-06-30"),
])
def test_due_date_said_the_northeastern_way(clause, due):
    assert check_contract(_iou(clause), as_of=AS_OF).fields["end_date"] == due


@pytest.mark.parametrize("clause", [
    "月息一分，每月最晚20号付利息，2023年4月8日当天钱已到手。",     # a monthly deadline, not the due date
    "月息一分。2023年4月8日还上了旧账，这次再借。",                  # a past event, not a deadline
])
def test_monthly_latest_day_or_a_past_repayment_is_no_due_date(clause):
    assert check_contract(_iou(clause), as_of=AS_OF).fields["end_date"] is None


# --- repayment said the local way ---------------------------------------------------------------------------------

@pytest.mark.parametrize("clause, method", [
    ("月息一分五，按月给利息，2024年4月7日前本钱一把还清。", "按月付息、到期还本"),
    ("月息一分五，每月二十号前把当月利息打到韩桂兰卡上，本钱到2024年4月7日一次性还清。", "按月付息、到期还本"),
    ("借期一年，2024年4月7日前还清。月息一分五，按月给。", "按月付息、到期还本"),
])
def test_monthly_interest_said_plainly(clause, method):
    assert check_contract(_iou(clause), as_of=AS_OF).fields["repayment_method"] == method


def test_bridge_fee_with_the_principal_and_pawn_fees_at_redemption():
    bridge = ("短期借款协议\n\n甲方（出借人）：哈尔滨某投资有限公司\n乙方（借款人）：某米业有限公司\n"
              "1. 借款金额：人民币伍佰万元整（5,000,000元），借款期限7天，自2024年5月6日至2024年5月12日。\n"
              "2. 资金使用费：按日千分之一计算，随本金一并支付。\n甲方（盖章）：哈尔滨某投资有限公司\n2024年5月6日\n")
    assert check_contract(bridge, as_of=AS_OF).fields["repayment_method"] == "到期一次性还本付息"
    pawn = ("某典当有限责任公司\n当  票\n当户：刘福生\n当金：人民币拾万元整（100,000元）\n典当期限：2024年6月1日至2024年8月31日\n"
            "月利率：0.5%\n综合费率：月2%，于赎当时与利息一并交纳\n出票日期：2024年6月1日\n")
    assert check_contract(pawn, as_of=AS_OF).fields["repayment_method"] == "到期一次性还本付息"


@pytest.mark.parametrize("clause", [
    "月息一分五，按月给付本金伍仟元，2024年4月7日前还清。",          # principal each month: a plan, not interest-only
    "月息一分五，按月给工钱，2024年4月7日前还清。",
])
def test_monthly_giving_that_is_not_interest_only(clause):
    assert check_contract(_iou(clause), as_of=AS_OF).fields["repayment_method"] != "按月付息、到期还本"


# --- a warehouse's 监管费 is a fee, paid to the warehouse it is no charge of the lender's -------------------------------

def _pledge(fee_row: str) -> str:
    return ("存货质押借款合同\n\n出借人\t哈尔滨某供应链管理有限公司\n借款人\t某米业有限公司\n借款金额\t人民币贰佰万元整（2,000,000元）\n"
            "借款期限\t2025年6月5日至2026年6月4日\n借款年利率\t9%，每季末月20日付息，到期还本\n"
            "逾期利率\t逾期部分按年利率12%计收逾期利息\n" + fee_row + "\n"
            "出借人（盖章）：哈尔滨某供应链管理有限公司\n签订日期：2025年6月5日\n")


def test_supervision_fee_paid_to_the_warehouse():
    r = check_contract(_pledge("监管费\t由借款人按年0.4%直接支付给监管人某仓储公司"), as_of=AS_OF)
    assert r.fields["annual_rate"] == 0.09
    assert "overdue_charges_above_cap" not in _ids(r)


def test_supervision_fee_paid_to_the_lender_counts():
    r = check_contract(_pledge("监管费\t由借款人按年0.4%向出借人支付"), as_of=AS_OF)
    assert r.fields["annual_rate"] == 0.09
    assert "overdue_charges_above_cap" in _ids(r)        # 12 % + 0.4 % > 4 × 3.00 %


# --- "逾期期间继续按本合同约定年利率计收利息": the same rate runs on ----------------------------------------------------

def test_overdue_at_the_contract_annual_rate():
    text = ("借款合同\n\n出借人（甲方）：某建材有限公司\n借款人（乙方）：某民宿服务有限公司\n借款金额\t人民币伍拾万元整（¥500,000）\n"
            "借款期限\t2025年4月1日至2026年3月31日\n年利率\t10%\n"
            "逾期责任\t乙方逾期还款的，逾期期间继续按本合同约定年利率计收利息，并另按未还本金每日万分之五支付违约金\n"
            "签订日期：2025年4月1日\n")
    r = check_contract(text, as_of=AS_OF)
    assert r.fields["overdue_rate"] == 0.10
    assert "overdue_charges_above_cap" in _ids(r)     # 10 % + 18.25 % > 4 × LPR


@pytest.mark.parametrize("clause", ["利息按本合同约定年利率计收，按季支付。", "借期内按约定月利率计收利息。"])
def test_contract_rate_clause_without_default_is_no_overdue_rate(clause):
    text = _iou("年利率10%，2024年4月7日前还清。" + clause)
    assert check_contract(text, as_of=AS_OF).fields["overdue_rate"] is None


# --- "到日子不还，每天罚200块": a sum per day of default is a rate on the principal -----------------------------------

def test_daily_sum_on_default_is_an_overdue_charge():
    text = _iou("月息一分，2024年4月7日前还清。到期不还，每天罚100块。")
    c = extract_contract(text)
    assert float(c.penalty.value.annual_rate) == pytest.approx(0.73)       # 100 × 365 / 50,000
    r = check_contract(text, as_of=AS_OF)
    assert "overdue_charges_above_cap" in _ids(r)
    assert "no_overdue_rate_agreed" not in _ids(r)


@pytest.mark.parametrize("clause", [
    "月息一分，每天还款200元，直到还清。",            # a repayment plan, not a charge
    "月息一分，2024年4月7日前还清。每天工钱200元另算。",  # no default, no charge
])
def test_daily_sums_that_are_no_default_charge(clause):
    c = extract_contract(_iou(clause))
    assert c.penalty is None


# --- 以物抵债 recites the loan; a court paper's sums replace the recited rate ----------------------------------------

def test_settlement_in_kind_is_a_recital():
    text = ("以物抵债协议\n\n债权人（甲方）：孙德胜\n债务人（乙方）：马向东\n"
            "一、2023年5月1日乙方向甲方借款人民币伍万元整（50,000元），约定月利率1%，2024年4月30日到期。\n"
            "二、乙方以其玉米10吨抵偿上述全部借款本息，交付完成后双方再无债权债务。\n甲方：孙德胜  乙方：马向东\n2024年11月1日\n")
    assert "no_overdue_rate_agreed" not in _ids(check_contract(text, as_of=AS_OF))


def test_court_paper_recited_rate_raises_no_cap():
    text = ("某区人民法院\n民 事 调 解 书\n（2025）黑0102民初100号\n原告：王春生\n被告：李秀云\n"
            "原告诉称：2023年6月1日被告向原告借款100,000元，约定月息二分五，到期未还。\n"
            "经本院主持调解，双方自愿达成如下协议：被告于2025年8月31日前偿还借款本金100,000元及利息20,000元。\n"
            "审判员  赵立军\n二〇二五年五月二十日\n")
    assert not _ids(check_contract(text, as_of=AS_OF)) & {"rate_above_4x_lpr", "pre_lpr_rate_rules"}


@pytest.mark.parametrize("title", ["借款合同", "借条"])
def test_a_loan_that_mentions_a_court_still_gets_the_cap(title):
    text = (title + "\n\n今借到王春生人民币壹拾万元整（100,000元），月息二分五，2024年5月31日前还清。"
            "如有争议，由出借人所在地人民法院判决。\n借款人：李秀云\n出借人：王春生\n2023年6月1日\n")
    assert "rate_above_4x_lpr" in _ids(check_contract(text, as_of=AS_OF))


# --- 委托贷款 whose bank signs only as 受托人: the 委托人's money, the bank only its agent ------------------------------

def _entrusted(title: str, bank_label: str = "受托人（贷款人）") -> str:
    return (title + "\n\n委托人：哈尔滨某实业集团有限公司\n" + bank_label + "：某银行股份有限公司哈尔滨道里支行\n"
            "借款人：某食品有限公司\n第一条 贷款金额人民币伍佰万元整（5,000,000元）。\n第二条 贷款期限自2024年6月1日起至2025年5月31日止。\n"
            "第三条 贷款年利率为7%，按季结息，到期一次还本。\n签订日期：2024年6月1日\n")


def test_entrusted_loan_lender_is_the_entrustor():
    r = check_contract(_entrusted("委托贷款借款合同"), as_of=AS_OF)
    assert r.fields["lender"] == "哈尔滨某实业集团有限公司"
    assert r.fields["lender_kind"] == "enterprise"
    assert "cap_not_applicable_licensed_lender" not in _ids(r)


@pytest.mark.parametrize("entrustor, bank_label", [
    ("委托人", "贷款人（受托人）"),                  # the bank printed as 贷款人: still only the 委托人's agent
    ("委托人（出借人）", "受托人"),
    ("甲方（委托人）", "乙方（受托人）"),            # 乙方 is the bank here, not the borrower
])
def test_entrustor_is_the_lender_in_every_layout(entrustor, bank_label):
    text = _entrusted("委托贷款借款合同", bank_label).replace("委托人：", entrustor + "：", 1)
    r = check_contract(text, as_of=AS_OF)
    assert r.fields["lender"] == "哈尔滨某实业集团有限公司"
    assert r.fields["borrower"] == "某食品有限公司"
    assert "cap_not_applicable_licensed_lender" not in _ids(r)


def test_bank_printed_as_lender_outside_an_entrusted_loan_stays_the_lender():
    r = check_contract(_entrusted("流动资金借款合同", "贷款人"), as_of=AS_OF)
    assert r.fields["lender"] == "某银行股份有限公司哈尔滨道里支行"


# --- a table whose header row names the columns ----------------------------------------------------------------------

def _statement(row: str) -> str:
    return ("借款对账单\n出借人：某农资有限公司\n借款人：赵永刚\n借款合同签订日\t借款本金\t约定月利率\t约定到期日\n" + row + "\n"
            "截至2024年5月31日，借款人尚欠本金及利息，借款人核对无误。\n借款人（签字）：赵永刚  确认日期：2024年5月31日\n")


def test_header_row_table_gives_principal_and_rate():
    f = check_contract(_statement("2022年6月1日\t300,000元\t1.1%\t2023年5月31日"), as_of=AS_OF).fields
    assert f["principal"] == "300000"
    assert f["annual_rate"] == 0.132


@pytest.mark.parametrize("row", ["2022年6月1日\t300,000元\t见合同\t2023年5月31日", "2022年6月1日\t300,000元\t1.1\t2023年5月31日"])
def test_header_row_without_a_percent_gives_no_rate(row):
    f = check_contract(_statement(row), as_of=AS_OF).fields
    assert f["annual_rate"] is None


# --- wave 14 review: misfires of the round's rules ------------------------------------------------------------------

@pytest.mark.parametrize("signed", [
    "借款人：于海龙\n出借人：韩桂兰\n中人：刘大勇\n记录：王会计\n2023年4月8日\n",   # the scribe signing with the parties
    "借款人：于海龙\n出借人：韩桂兰\n记录：\n2023年4月8日\n",                        # an empty scribe line over the date
])
def test_record_line_in_the_signatures_is_no_note_heading(signed):
    f = check_contract(_iou("月息一分，2024年4月7日前还清本息。", signed=signed), as_of=AS_OF).fields
    assert f["contract_date"] == "2023-04-08"
    assert f["end_date"] == "2024-04-07"


def test_meeting_record_heading_in_the_body_keeps_its_terms():
    text = ("借款合同\n\n出借人：韩桂兰\n借款人：于海龙\n一、借款金额人民币伍万元整（50000元）。\n二、年利率10%。\n"
            "三、其他约定见下方会议纪要。\n村委会协调会\n主持：李书记\n记录：\n经协商，借款期限自2023年4月8日至2024年4月7日。\n"
            "出借人：韩桂兰\n借款人：于海龙\n2023年4月8日\n")
    f = check_contract(text, as_of=AS_OF).fields
    assert f["end_date"] == "2024-04-07"
    assert f["contract_date"] == "2023-04-08"


@pytest.mark.parametrize("line", ["丙方（担保人）：暂无", "担保人：没有"])
def test_guarantor_line_saying_none_names_no_one(line):
    text = _iou("月息一分，2024年4月7日前还清。", signed="借款人：于海龙\n" + line + "\n出借人：韩桂兰\n2023年4月8日\n")
    r = check_contract(text, as_of=AS_OF)
    assert r.fields["guarantor"] is None
    assert not _ids(r) & {"guarantee_type_defaults_to_general", "guarantee_period_defaults_to_6_months"}


def test_no_joint_guarantor_set_is_no_guarantee():
    r = check_contract(_iou("月息一分，2024年4月7日前还清。本借款不设连带保证人。"), as_of=AS_OF)
    assert r.fields["guarantee_type"] is None
    assert "guarantee_type_defaults_to_general" not in _ids(r)


def test_due_date_before_which_it_is_paid_back_in_brackets():
    f = check_contract(_iou("月息一分，2024年腊月二十三（阳历2025年1月22日）前还上。"), as_of=AS_OF).fields
    assert f["end_date"] == "2025-01-22"


def test_daily_sum_per_ten_thousand_is_read_on_that_base():
    c = extract_contract(_iou("月息一分，2024年4月7日前还清。逾期每万元每天罚10元。"))
    assert float(c.penalty.value.annual_rate) == pytest.approx(0.365)      # 10 × 365 / 10,000, not / 50,000


def test_lenders_own_daily_default_is_no_charge_on_the_loan():
    c = extract_contract(_iou("月息一分，2024年4月7日前还清。若出借人未按时出借，每天赔借款人100元。"))
    assert c.penalty is None


def test_ledger_table_rows_are_no_principal():
    text = _statement("2022年6月1日\t300,000元\t1.1%\t2023年5月31日").replace(
        "借款合同签订日\t借款本金\t约定月利率\t约定到期日\n2022年6月1日\t300,000元\t1.1%\t2023年5月31日",
        "日期\t本金\t利息\t余额\n2023年6月30日\t50,000元\t1,500元\t251,500元\n2023年12月31日\t100,000元\t3,000元\t154,500元")
    assert check_contract(text, as_of=AS_OF).fields["principal"] is None


def test_header_row_over_many_rows_is_a_ledger_not_the_terms():
    text = _statement("2022年6月1日\t300,000元\t1.1%\t2023年5月31日\n2022年7月1日\t200,000元\t1.1%\t2023年6月30日")
    assert check_contract(text, as_of=AS_OF).fields["principal"] is None


def test_judgment_that_orders_a_rate_above_the_cap_is_checked():
    text = ("某区人民法院\n民 事 判 决 书\n（2025）黑0102民初100号\n原告：王春生\n被告：李秀云\n"
            "原告诉称：2023年6月1日被告向原告借款100,000元，约定月息二分五。\n"
            "判决如下：被告于本判决生效之日起十日内偿还原告借款本金100,000元及利息（以100,000元为基数，按月利率2.5%"
            "自2023年6月1日起计算至实际清偿之日止）。\n审判员  赵立军\n二〇二五年五月二十日\n")
    assert "rate_above_4x_lpr" in _ids(check_contract(text, as_of=AS_OF))
