"""Fujian-style paper (泉州/晋江 借据 with 闽南话 touches, 融资租赁, a bank's 流动资金 form, a 对账确认函), one test per
cause.

Texts are written for these tests (names, sums and IDs are made up); each cause comes with sentences where the new
reading must not fire.
"""
from __future__ import annotations

from datetime import date

import pytest

from agent.contracts.check import check_contract
from agent.contracts.extract import extract_contract

AS_OF = date(2025, 12, 1)


def _ids(report) -> set[str]:
    return {f.rule_id for f in report.findings}


def _fields(text: str) -> dict:
    return check_contract(text, as_of=AS_OF).fields


# --- "甲方借予乙方…", "张三借钱予李四…": 予 is 给; the name opening the sentence lends ------------------------------

def test_lend_to_with_yu_reads_principal():
    text = ("借款合同\n\n出借人（甲方）：石狮市永安布业有限公司\n借款人（乙方）：庄文华\n"
            "一、甲方借予乙方人民币叁拾万元整（¥300,000.00），用于进布料。\n二、借款期限自2024年3月1日起至2025年2月28日止。\n"
            "三、年利率8%，按月付息，到期还本。\n甲方（盖章）：石狮市永安布业有限公司    乙方：庄文华\n2024年3月1日\n")
    f = _fields(text)
    assert f["principal"] == "300000"
    assert f["lender"] == "石狮市永安布业有限公司"


def test_giver_opening_the_iou_is_the_lender():
    text = ("借  据\n\n阿伯蔡天赐借钱予阮（蔡明辉）人民币捌万元整（¥80,000.00），予阮修渔船，月息一分。\n"
            "讲好2025年10月30日前还伊。\n\n借款人：蔡明辉（身份证号350582198801******）\n2024年10月30日\n")
    f = _fields(text)
    assert f["lender"] == "蔡天赐"
    assert f["principal"] == "80000"
    assert f["end_date"] == "2025-10-30"


@pytest.mark.parametrize("clause", [
    "借款人不得将借款转借给他人，转借给他人的，出借人有权收回人民币全部借款。",
    "本人借钱给表弟的事与本借条无关，那笔是人民币贰万元。",
    "公司借给员工的周转金另行约定，人民币叁仟元以下的不写借条。",
])
def test_lending_on_or_my_own_lending_names_no_lender(clause):
    text = ("借  据\n\n" + clause + "\n今天收到现金人民币伍万元整，月息一分，2025年6月30日前还清。\n\n"
            "借款人：庄文华\n2024年7月1日\n")
    assert _fields(text)["lender"] is None


# --- "阮欠伊叁万陆仟元整": 闽南话 "I owe him" before the sum ----------------------------------------------------

def test_i_owe_him_reads_principal():
    text = ("欠  条\n\n阮（许阿土）做生意周转，每月要付工钱肆仟元，陆续向林美玉拿钱，算落来阮欠伊贰万肆仟元整（¥24,000.00）。\n"
            "2024年12月31日前还清。\n\n欠款人：许阿土\n2024年3月2日\n")
    assert _fields(text)["principal"] == "24000"


def test_he_owes_me_is_not_the_principal():
    text = ("欠  条\n\n今欠林美玉人民币伍万元整（¥50,000.00），2024年12月31日前还清。伊欠我叁仟元，另算。\n\n"
            "欠款人：许阿土\n2024年3月2日\n")
    assert _fields(text)["principal"] == "50000"


# --- "租赁本金（购买价款）  人民币壹佰贰拾万元整": a 售后回租's financed sum ----------------------------------------

def test_lease_principal_row():
    text = ("融资租赁合同（售后回租）\n\n出租人\t泉州海峡融资租赁有限公司\n承租人\t南安市宏盛石材有限公司\n"
            "租赁本金（购买价款）\t人民币捌拾万元整（¥800,000.00）\n租赁期限\t自2023年1月10日至2025年1月9日\n"
            "租息率\t年8%\n租金支付\t等额本息，按月支付\n出租人（盖章）    承租人（盖章）    2023年1月10日\n")
    assert _fields(text)["principal"] == "800000"


def test_monthly_rent_is_not_the_lease_principal():
    text = ("融资租赁合同\n\n出租人\t泉州海峡融资租赁有限公司\n承租人\t南安市宏盛石材有限公司\n"
            "每期租金\t人民币叁万陆仟元整（¥36,000.00），租赁本金以附表为准\n租赁期限\t自2023年1月10日至2025年1月9日\n"
            "出租人（盖章）    承租人（盖章）    2023年1月10日\n")
    assert _fields(text)["principal"] is None


# --- a lunar due date "…十二月廿五（过年前）还伊" ---------------------------------------------------------------

def test_lunar_due_before_new_year_paid_to_him():
    text = ("欠  条\n\n阮（林春水）今欠林阿花人民币贰万元整（¥20,000.00），定农历甲辰年十二月廿五（过年前）还伊。\n\n"
            "欠款人：林春水\n农历五月初五（即2024年6月10日）\n")
    assert _fields(text)["end_date"] == "2025-01-24"


def test_monthly_interest_to_him_is_no_due_date():
    text = ("借  条\n\n今借到林阿花人民币贰万元整（¥20,000.00），月息一分，每月15日前还伊利息。\n\n"
            "借款人：林春水\n2024年6月10日\n")
    f = _fields(text)
    assert f["end_date"] is None
    assert f["repayment_method"] != "到期一次性还本付息"


# --- interest each month, worded the 晋江 way ------------------------------------------------------------------

@pytest.mark.parametrize("clause", [
    "讲好月息1.5分，每月15号前利息转予许文华，本金2025年12月31日前一次还清。",
    "利息：每万元每月壹佰元，每月底付清当月利息。\n本金：2025年12月31日前还清。",
    "利息每万元每月捌拾元，每月五号前付。借期一年，至2025年12月31日还本。",
])
def test_monthly_interest_wordings(clause):
    text = "借  条\n\n今借到许文华人民币伍万元整（¥50,000.00），钱当日已收到。\n" + clause + "\n\n借款人：蔡志明\n2025年1月2日\n"
    assert _fields(text)["repayment_method"] == "按月付息、到期还本"


@pytest.mark.parametrize("clause", [
    "月息一分，每月15号前利息转入本金，2025年12月31日前本息一次还清。",
    "月息一分，逾期利息每日万分之五，每月5号前付。2025年12月31日前本息一次还清。",
])
def test_interest_rolled_in_or_overdue_interest_is_not_monthly_payment(clause):
    text = "借  条\n\n今借到许文华人民币伍万元整（¥50,000.00）。\n" + clause + "\n\n借款人：蔡志明\n2025年1月2日\n"
    assert _fields(text)["repayment_method"] != "按月付息、到期还本"


# --- "本利一次还清": principal and interest together at the end --------------------------------------------------

def test_principal_and_interest_in_one_go():
    text = ("借  据\n\n今借到许国雄人民币拾万元整（¥100,000.00），年息百分之八，借期一年，至2025年9月1日本利一次还清。\n\n"
            "借款人：吴清水\n2024年9月1日\n")
    assert _fields(text)["repayment_method"] == "到期一次性还本付息"


def test_principal_and_interest_total_is_not_a_lump_sum():
    text = ("借  据\n\n今借到许国雄人民币拾万元整（¥100,000.00），年息百分之八，本利合计按月分12期归还。\n\n"
            "借款人：吴清水\n2024年9月1日\n")
    assert _fields(text)["repayment_method"] != "到期一次性还本付息"


# --- "自家人免算利息": no interest, said outright ---------------------------------------------------------------

def test_interest_waived_among_family():
    text = ("借  据\n\n阿舅陈水生借钱予阮（陈志远）人民币叁万元整（¥30,000.00），自家人免算利息，讲好2025年6月30日前还伊。\n\n"
            "借款人：陈志远\n2024年7月8日\n")
    f = _fields(text)
    assert f["annual_rate"] == 0
    assert "no_interest_agreed" not in _ids(check_contract(text, as_of=AS_OF))


def test_fee_waived_is_not_interest_free():
    text = ("借  据\n\n今借到陈水生人民币叁万元整（¥30,000.00），手续费免算，利息月息一分，2025年6月30日前还清。\n\n"
            "借款人：陈志远\n2024年7月8日\n")
    assert _fields(text)["annual_rate"] == pytest.approx(0.12)


# --- notes added under the signatures: "（后来补写）…", "备注：<date>，X还…，Y代收。" --------------------------------

@pytest.mark.parametrize("note", [
    "（后来补写）2023年2月1日（正月十一）还伍仟元。陈水生收。",
    "备注：2023年2月1日，陈志远还利息叁仟元，陈水东代收。  陈水东  陈志远",
])
def test_payment_noted_after_signing_is_not_the_signing_date(note):
    text = ("借款协议\n\n出借人：陈水生\n借款人：陈志远\n一、借款金额：人民币叁万元整（¥30,000.00）。\n"
            "二、借款期限：自2021年6月1日起至2022年5月31日止。\n三、年利率8%，到期一次还本付息。\n\n"
            "出借人：陈水生      借款人：陈志远\n2021年6月1日\n\n" + note + "\n")
    r = check_contract(text, as_of=AS_OF)
    assert r.fields["contract_date"] == "2021-06-01"
    assert "limitation_period_expired" not in _ids(r)


def test_remark_with_a_deadline_stays_a_term():
    text = ("借款协议\n\n出借人：陈水生\n借款人：陈志远\n一、借款金额：人民币叁万元整（¥30,000.00）。\n"
            "二、年利率8%。\n备注：2022年5月31日前乙方还清全部借款。\n\n出借人：陈水生      借款人：陈志远\n2021年6月1日\n")
    f = _fields(text)
    assert f["contract_date"] == "2021-06-01"
    assert f["end_date"] == "2022-05-31"


# --- a term hard-wrapped after "起" -----------------------------------------------------------------------------

def test_term_wrapped_after_start_reads_the_stated_end():
    text = ("借  条\n\n今借到郑阿水人民币伍万元整（¥50,000.00），月息一分，借期六个月，自2024年12月10日起\n"
            "至2025年6月9日止，本金到期还清。\n\n借款人：李美华\n2024年12月10日\n")
    f = _fields(text)
    assert f["start_date"] == "2024-12-10"
    assert f["end_date"] == "2025-06-09"


def test_term_ending_at_start_is_not_joined_to_a_later_line():
    text = ("借  条\n\n今借到郑阿水人民币伍万元整（¥50,000.00），月息一分，借期六个月，自2024年12月10日起。\n"
            "至2025年3月1日已付利息。\n\n借款人：李美华\n2024年12月10日\n")
    assert _fields(text)["end_date"] == "2025-06-10"


# --- "除按约定利率计息外，另加收罚息每月1%": the loan's rate runs on, the 罚息 is added -------------------------------

def _contract(overdue: str) -> str:
    return ("借款合同\n\n出借人：洪丽华\n借款人：石狮市鸿达服装有限公司\n一、借款金额人民币叁拾万元整（¥300,000.00）。\n"
            "二、借款期限自2024年8月18日起至2025年8月17日止。\n三、月利率1%，按月付息，到期还本。\n四、" + overdue + "\n"
            "出借人：洪丽华      借款人（盖章）：石狮市鸿达服装有限公司\n2024年8月18日\n")


def test_penalty_interest_on_top_of_the_contract_rate():
    f = _fields(_contract("借款人逾期还款的，除按约定利率计息外，另加收罚息每月0.5%。"))
    assert f["overdue_rate"] == pytest.approx(0.18)


def test_rate_continuing_with_a_separate_penalty():
    f = _fields(_contract("借款人未按期付息或者还本的，除继续按月息壹分计息外，另按欠款总额每日万分之五支付违约金。"))
    assert f["overdue_rate"] == pytest.approx(0.12)
    assert f["penalty_rate"] == pytest.approx(0.1825)


@pytest.mark.parametrize("overdue, expected", [
    ("借款人逾期还款的，除按约定支付利息外，还应承担律师费。", None),
    ("逾期利率为年利率18%。借款人逾期的，除按约定利率计息外，另承担律师费。", 0.18),
])
def test_no_added_rate_leaves_the_overdue_term_alone(overdue, expected):
    got = _fields(_contract(overdue))["overdue_rate"]
    assert got == (pytest.approx(expected) if expected is not None else None)


# --- "担保：<公司>为本合同项下债务提供连带责任保证" ------------------------------------------------------------------

def test_guarantor_row_with_what_it_secures():
    text = ("流动资金借款合同\n\n贷款人\t福建石狮农村商业银行股份有限公司宝盖支行\n借款人\t石狮市恒通纺织有限公司\n"
            "借款金额\t人民币贰佰万元整（¥2,000,000.00）\n借款期限\t2024年1月5日至2025年1月4日\n借款利率\t年利率4.5%\n"
            "担保：石狮市永顺染整有限公司为本合同项下债务提供连带责任保证，保证期间为主债务履行期限届满之日起三年。\n"
            "贷款人（公章）    借款人（公章）    签订日期：2024年1月5日\n")
    f = _fields(text)
    assert f["guarantor"] == "石狮市永顺染整有限公司"
    assert f["guarantee_type"] == "连带责任保证"


def test_borrower_pledging_its_own_goods_is_no_guarantor():
    text = ("流动资金借款合同\n\n贷款人\t福建石狮农村商业银行股份有限公司宝盖支行\n借款人\t石狮市恒通纺织有限公司\n"
            "借款金额\t人民币贰佰万元整（¥2,000,000.00）\n借款期限\t2024年1月5日至2025年1月4日\n借款利率\t年利率4.5%\n"
            "担保：借款人为本合同项下债务提供存货质押担保。\n贷款人（公章）    借款人（公章）    签订日期：2024年1月5日\n")
    assert _fields(text)["guarantor"] is None


# --- a lender's 对账确认函: the addressee borrowed, the recited loan's day counts -----------------------------------

def _confirmation(addressee: str, recital: str) -> str:
    return ("借款对账确认函\n致：" + addressee + "\n" + recital + "截至2023年12月31日，本金余额人民币叁拾万元。"
            "如核对无误，请盖章确认。\n出借人：泉州市鲤城区联兴石材贸易有限公司（盖章）    2023年12月31日\n"
            "经核对，上述数据无误。    " + addressee + "（盖章）    2024年1月5日\n")


def test_confirmation_letter_addressee_and_loan_date():
    text = _confirmation("惠安县东岭镇明兴石雕厂",
                         "贵厂于2022年3月15日向我司借款人民币叁拾万元整，借款合同约定年利率12%，借期一年，至2023年3月14日到期。")
    f = _fields(text)
    assert f["borrower"] == "惠安县东岭镇明兴石雕厂"
    assert f["borrower_kind"] == "enterprise"
    assert f["contract_date"] == "2022-03-15"


def test_confirmation_to_a_guarantor_names_no_borrower():
    text = _confirmation("惠安县东岭镇明兴石雕厂",
                         "贵厂于2022年3月15日为惠安县宏达石材有限公司向我司的借款提供连带责任保证。")
    assert _fields(text)["borrower"] is None


# --- review of the round: each rule kept to its own paper (a time word is no lender, a partial waiver no
# interest-free loan, a sub-lending ban no principal, a guarantor's letter no borrower, a misuse 罚息 no overdue rate)
_IOU = "借  据\n\n{}\n\n借款人：李四\n2024年7月1日\n"


# 1. a time or quantity word opening the sentence is no lender
@pytest.mark.parametrize("opening", ["今天", "以上", "先后", "当日", "分两次"])
def test_time_word_before_lend_is_no_lender(opening):
    assert _fields(_IOU.format(opening + "借给李四人民币伍万元整，月息一分。"))["lender"] is None


# 2. a clause forbidding sub-lending states no principal
@pytest.mark.parametrize("clause", ["借款给第三人的，应当经甲方同意，违约金人民币伍仟元。",
                                    "借款人借钱给他人的，赔偿人民币伍仟元。"])
def test_lending_on_to_others_is_not_the_principal(clause):
    assert _fields(_IOU.format(clause + "今借到张三人民币伍万元整。"))["principal"] == "50000"


# 3. a partial waiver is not interest-free
@pytest.mark.parametrize("clause", ["月息1分，第一个月免算利息，2025年6月30日前还清。",
                                    "前三个月免算利息，之后月息1分，2025年6月30日前还清。"])
def test_partial_waiver_keeps_the_rate(clause):
    assert _fields(_IOU.format("今借到张三人民币伍万元整，" + clause))["annual_rate"] == 0.12


def test_no_waiver_said_negatively():
    f = _fields(_IOU.format("今借到张三人民币伍万元整，逾期后不得免算利息，2025年6月30日前还清。"))
    assert f["annual_rate"] != 0


# 4. "本利一次还清后解除抵押" is a condition, not the schedule
def test_release_after_full_repayment_is_no_lump_sum():
    f = _fields(_IOU.format("今借到张三人民币伍万元整，月息1分，按月付息，分三期归还本金：2024年12月31日前还2万元；"
                            "2025年3月31日前还2万元；2025年6月30日前还1万元，本利一次还清后解除抵押。"))
    assert f["repayment_method"] == "分期还款"


# 5. 对账确认函 to a guarantor / to a group names no borrower
_LETTER = "对账确认函\n\n致：{}\n\n{}于2022年2月15日向我司借款人民币伍拾万元整，截至2024年12月31日尚欠本金叁拾万元。\n\n厦门恒达贸易有限公司\n2025年1月5日\n"


@pytest.mark.parametrize("to,you", [("张三（保证人）", "贵方担保的王五"), ("各位股东", "你公司")])
def test_letter_to_guarantor_or_group_names_no_borrower(to, you):
    assert _fields(_LETTER.format(to, you))["borrower"] is None


def test_letter_to_the_debtor_names_the_borrower():
    assert _fields(_LETTER.format("惠安县明辉石雕厂", "贵厂"))["borrower"] == "惠安县明辉石雕厂"


# 6. (a) the figure under a "（元）" column: evidence quotes the whole figure
def test_labelled_unit_cell_evidence_is_the_figure():
    text = ("流动资金借款合同\n\n借款人\t贷款人\t借款金额（元）\t年利率\n王五\t中国工商银行晋江支行\t1,500,000.00\t4.35%\n\n"
            "借款期限自2024年1月1日起至2025年1月1日止。\n")
    out = extract_contract(text)
    assert out.principal.value == 1500000
    assert out.principal.evidence[0].quote == "1,500,000.00"


# 7. a 罚息 for misusing the loan is no overdue rate
@pytest.mark.parametrize("before", ["", "三、逾期还款的，按年利率15%计收逾期利息。"])
def test_misuse_surcharge_is_not_the_overdue_rate(before):
    text = ("借款合同\n出借人（甲方）：张三\n借款人（乙方）：李四\n一、借款金额人民币伍万元整。\n"
            "二、借款期限自2024年7月1日起至2025年6月30日止，年利率10%。\n" + before
            + "四、乙方未按约定用途使用借款的，除按约定利率计息外，另加收罚息年利率6%。\n甲方：张三  乙方：李四\n2024年7月1日\n")
    assert _fields(text)["overdue_rate"] != 0.16


def test_overdue_surcharge_adds_to_the_contract_rate():
    text = ("借款合同\n出借人（甲方）：张三\n借款人（乙方）：李四\n一、借款金额人民币伍万元整。\n"
            "二、借款期限自2024年7月1日起至2025年6月30日止，年利率10%。\n"
            "三、借款逾期的，除按约定利率计息外，另加收罚息年利率6%。\n甲方：张三  乙方：李四\n2024年7月1日\n")
    assert _fields(text)["overdue_rate"] == 0.16


def test_guarantor_row_names_a_workshop():
    """The row's firm may end in any firm suffix the parties reader knows (厂, 经营部, 商行), not only 公司."""
    text = ("流动资金借款合同\n\n贷款人\t福建石狮农村商业银行股份有限公司宝盖支行\n借款人\t石狮市恒通纺织有限公司\n"
            "借款金额\t人民币贰佰万元整（¥2,000,000.00）\n借款期限\t2024年1月5日至2025年1月4日\n借款利率\t年利率4.5%\n"
            "担保：石狮市宝盖镇永顺染整厂为本合同项下债务提供连带责任保证。\n贷款人（公章）    借款人（公章）    签订日期：2024年1月5日\n")
    assert _fields(text)["guarantor"] == "石狮市宝盖镇永顺染整厂"
