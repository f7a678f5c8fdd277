"""Yunnan-style paper (昆明 小贷 files, 普洱 / 斗南 / 勐腊 借条, a 保证合同, a court's 调解书), one test per cause.

Texts are written for these tests (names, sums and IDs are made up); each cause comes with sentences where the new
reading must not fire.
"""
from __future__ import annotations

from datetime import date

import pytest

from agent.contracts.check import check_contract
from agent.contracts.extract import extract_contract
from agent.contracts.normalize import find_rates

AS_OF = date(2025, 10, 15)


def _ids(report) -> set[str]:
    return {f.rule_id for f in report.findings}


def _iou(clause: str, *, extra: str = "") -> str:
    return ("借条\n\n今借到马德华人民币肆万元整（40000元），用于进货周转。\n" + clause + "\n" + extra
            + "\n借款人：段丽芳\n2023年5月10日\n")


# --- rates per 百元 / 万元 said the folk way ---------------------------------------------------------------------

@pytest.mark.parametrize("clause, annual", [
    ("利息按每百元每月壹元伍角计算，2024年5月10日前连本带利还清。", 0.18),     # 1.5 元 per 100 a month
    ("每月每百元利息贰元，2024年5月10日前连本带利还清。", 0.24),
    ("利息每天按每万元伍元算，2024年5月10日前连本带利还清。", 0.1825),
])
def test_rate_per_hundred_or_per_ten_thousand(clause, annual):
    assert check_contract(_iou(clause), as_of=AS_OF).fields["annual_rate"] == annual


def test_overdue_rate_per_ten_thousand_after_by():
    text = _iou("利息按每天每万元伍元算，2024年5月10日前连本带利还清。", extra="到期不还，每天按每万元拾元计利息，直到还清。")
    assert check_contract(text, as_of=AS_OF).fields["overdue_rate"] == 0.365


@pytest.mark.parametrize("text", [
    "每百元货款每月提成贰元",            # a commission on sales, not interest
    "每月每百元收费贰元",                # no 元 figure after the base the way a rate says it
])
def test_per_hundred_guards(text):
    assert find_rates(text) == []


# --- a folk 分 glossed in brackets --------------------------------------------------------------------------------

def test_folk_fen_glossed_in_brackets_is_the_bracket_rate():
    text = _iou("讲好一分利（每月每百元利息壹元），2024年5月10日前连本带利还清。")
    f = check_contract(text, as_of=AS_OF).fields
    assert (f["interest_status"], f["annual_rate"]) == ("ok", 0.12)


@pytest.mark.parametrize("clause", [
    "讲好一分利，2024年5月10日前连本带利还清。",                                       # no gloss: still unsettled
    "讲好一分利（每月每百元利息壹元，另收手续费），2024年5月10日前连本带利还清。",      # the bracket says more
])
def test_folk_fen_without_a_plain_gloss_stays_ambiguous(clause):
    assert check_contract(_iou(clause), as_of=AS_OF).fields["interest_status"] == "ambiguous"


# --- "利息翻倍" -----------------------------------------------------------------------------------------------------

def test_interest_doubled_when_overdue():
    text = _iou("月息壹分，2024年5月10日前连本带利还清。", extra="到期不还，利息翻倍算。")
    assert check_contract(text, as_of=AS_OF).fields["overdue_rate"] == 0.24


@pytest.mark.parametrize("extra", ["今年生意翻倍，不会拖欠。", "货款翻倍后再谈利息。"])
def test_doubling_without_interest_word_is_no_overdue_rate(extra):
    text = _iou("月息壹分，2024年5月10日前连本带利还清。", extra=extra)
    assert check_contract(text, as_of=AS_OF).fields["overdue_rate"] is None


# --- a bilingual row: the overdue formula worked out, and its English after a slash ------------------------------

_BILINGUAL = ("借款协议 LOAN AGREEMENT\n甲方（出借人）Lender：西双版纳林海茶叶有限公司\n乙方（借款人）Borrower：琅勃拉邦青山贸易有限公司\n"
              "借款金额 Principal\t人民币贰拾万元整（RMB 200,000.00）\n"
              "借款期限 Term\t2024年4月1日至2025年3月31日 / 1 April 2024 to 31 March 2025\n"
              "利率 Interest\t年利率6%，按季付息，到期一次还本 / 6% per annum, interest payable quarterly\n"
              "{ROW}\n签订日期 Date：2024年4月1日\n")


def test_overdue_formula_worked_out_and_its_english_are_the_overdue_rate():
    row = "逾期利息 Overdue interest\t按约定利率的1.5倍计收，即年利率9% / 1.5 times the contract rate, i.e. 9% per annum"
    c = extract_contract(_BILINGUAL.replace("{ROW}", row))
    assert float(c.interest.value.annual_rate) == pytest.approx(0.06)
    assert float(c.overdue_rate.value.annual_rate) == pytest.approx(0.09)


@pytest.mark.parametrize("row", [
    "管理费 Fee\t年费率1% / 1% per annum",                          # a fee stays a fee, in both languages
    "备注 Note\t另有年利率8%的旧借款已还清 / 8% per annum",          # an English figure the Chinese does not match…
])
def test_bilingual_pairing_does_not_move_other_rates(row):
    c = extract_contract(_BILINGUAL.replace("{ROW}", row))
    assert c.overdue_rate is None
    assert float(c.interest.value.annual_rate or 0) != pytest.approx(0.09)


# --- repayment method ---------------------------------------------------------------------------------------------

def test_monthly_interest_sent_by_wechat():
    text = _iou("讲好月息1分，每月10号前把当月利息微信转给马德华，本金2024年5月10日前一次还清。")
    assert check_contract(text, as_of=AS_OF).fields["repayment_method"] == "按月付息、到期还本"


def test_fee_paid_with_the_principal_at_maturity_is_lump_sum():
    text = _iou("资金占用费按每日千分之一计算，到期随本金一次付清。借期至2024年5月10日。")
    assert check_contract(text, as_of=AS_OF).fields["repayment_method"] == "到期一次性还本付息"


@pytest.mark.parametrize("clause", [
    "他每月把工资微信转给我，借款2024年5月10日前还清。",       # not interest
    "保证金随本金退还，借款2024年5月10日前还清。",             # a deposit, not a lump-sum repayment
])
def test_repayment_guards(clause):
    assert check_contract(_iou(clause), as_of=AS_OF).fields["repayment_method"] not in ("按月付息、到期还本",
                                                                                         "到期一次性还本付息")


# --- guarantees ---------------------------------------------------------------------------------------------------

def test_guarantee_until_a_year_after_due_is_twelve_months():
    text = _iou("月息1分，2024年5月10日前连本带利还清。", extra="担保人杨国庆承担连带责任，担保到借款到期后一年。\n担保人：杨国庆")
    f = check_contract(text, as_of=AS_OF).fields
    assert (f["guarantor"], f["guarantee_type"], f["guarantee_period_months"]) == ("杨国庆", "连带责任保证", 12)


def test_guarantee_until_repaid_is_still_unclear():
    text = _iou("月息1分，2024年5月10日前连本带利还清。", extra="担保人：杨国庆，担保至借款还清之日止。")
    report = check_contract(text, as_of=AS_OF)
    assert report.fields["guarantee_period_months"] is None
    assert "guarantee_period_defaults_to_6_months" in _ids(report)


def test_co_guarantors_with_no_type_named_are_a_general_guarantee():
    text = _iou("月息1分，2024年5月10日前连本带利还清。",
                extra="联保人：李文华、张国栋\n两名联保人自愿联保，负责担保上述借款，至借款还清之日止。")
    report = check_contract(text, as_of=AS_OF)
    assert report.fields["guarantee_type"] == "unspecified"
    assert {"guarantee_type_defaults_to_general", "guarantee_period_defaults_to_6_months"} <= _ids(report)


@pytest.mark.parametrize("extra", ["借款人负责担保物的保管。", "甲方自愿承担担保费用的一半。"])
def test_no_guarantee_from_other_duties(extra):
    text = _iou("月息1分，2024年5月10日前连本带利还清。", extra=extra)
    assert check_contract(text, as_of=AS_OF).fields["guarantee_type"] is None


def test_guarantor_in_a_form_row():
    text = ("流动资金借款合同\n\n项目\t约定\n贷款人\t云南某农村商业银行股份有限公司\n借款人\t昆明某鲜花有限公司\n"
            "借款金额\t人民币壹佰万元整\n借款期限\t自2024年3月1日至2025年2月28日\n利率\t年利率4.2%\n"
            "保证\t王建平提供连带责任保证，保证期间为主债务履行期限届满之日起三年\n签订日期：2024年3月1日\n")
    f = check_contract(text, as_of=AS_OF).fields
    assert (f["guarantor"], f["guarantee_period_months"]) == ("王建平", 36)


_COURT = ("云南省昆明市某区人民法院\n民 事 调 解 书\n\n原告：马国华。\n被告：昆明某茶业有限公司。\n被告：{P}，男。\n\n"
          "经审理查明：2022年3月8日，被告昆明某茶业有限公司向原告借款200,000元，约定年利率10%，借期一年。{SAID}\n"
          "双方当事人自愿达成如下协议：\n一、被告昆明某茶业有限公司于2025年3月31日前向原告偿还借款本金200,000元；\n"
          "二、被告{P}对上述债务承担连带清偿责任。\n\n审判员  杨  琳\n二〇二四年十月二十二日\n")


def test_court_defendant_who_gave_the_guarantee_is_the_guarantor():
    text = _COURT.replace("{P}", "钱志强").replace("{SAID}", "被告钱志强在借款合同上签字，承诺承担连带责任保证。")
    report = check_contract(text, as_of=AS_OF)
    assert report.fields["guarantor"] == "钱志强"
    assert "limitation_period_expired" not in _ids(report)    # the suit interrupted the period


@pytest.mark.parametrize("said", ["", "被告李秀英系该公司股东，借款用于公司经营。"])
def test_defendant_merely_held_jointly_liable_is_no_guarantor(said):
    text = _COURT.replace("{P}", "李秀英").replace("{SAID}", said)
    assert check_contract(text, as_of=AS_OF).fields["guarantor"] is None


# --- borrowers named in recitals ----------------------------------------------------------------------------------

def test_debtor_confirms_in_the_first_person():
    text = ("债务确认书\n\n本人赵德明（身份证号：530102197001******）于2018年3月1日向王美华（身份证号：530103196601******）"
            "借款人民币伍万元整，约定月息2分，借期一年。\n本人承诺于2022年12月31日前归还全部本金。\n确认人：赵德明\n2022年1月15日\n")
    report = check_contract(text, as_of=AS_OF)
    assert (report.fields["borrower"], report.fields["lender"]) == ("赵德明", "王美华")
    ids = _ids(report)
    assert "pre_lpr_rate_rules" in ids                    # judged on the 2018 loan's day, not the confirmation's
    assert "limitation_period_expired" not in ids        # the new deadline (2022-12-31) restarts the count


def test_guarantee_contract_recital_names_the_debtor_after_a_colon():
    text = ("保证合同\n债权人（甲方）：和丽英\n保证人（乙方）：木建生\n鉴于：债务人和志红（身份证号533221198506******）"
            "于2024年1月18日与甲方签订《借款合同》，向甲方借款人民币拾万元整。\n保证方式\t连带责任保证\n2024年1月18日\n")
    assert check_contract(text, as_of=AS_OF).fields["borrower"] == "和志红"


@pytest.mark.parametrize("line", ["本人承诺按时还款，向出借人借款用于经营。", "我公司向银行借款的事情已经办妥。"])
def test_first_person_words_are_no_borrower_name(line):
    text = "借条\n\n今借到马德华人民币肆万元整。" + line + "\n2023年5月10日\n"
    assert check_contract(text, as_of=AS_OF).fields["borrower"] not in ("承诺按", "公司", "承诺")


# --- the day the money was taken, told in a 欠条 ------------------------------------------------------------------

def test_iou_of_debt_tells_the_day_the_money_was_taken():
    text = ("欠  条\n\n今欠杨建华现金人民币伍万元整（50000元）。此款是2023年9月1日我向杨建华借的，当天现金拿到手。\n"
            "最迟2024年3月1日前还清。\n\n欠款人：王富贵\n2023年10月5日\n")
    assert check_contract(text, as_of=AS_OF).fields["start_date"] == "2023-09-01"


@pytest.mark.parametrize("line", ["此款是2023年9月1日我向杨建华借的。", "2023年9月1日我向杨建华借的，当天说好年底还。"])
def test_no_receipt_said_no_start_date_from_it(line):
    text = "欠  条\n\n今欠杨建华现金人民币伍万元整（50000元）。" + line + "\n\n欠款人：王富贵\n2023年10月5日\n"
    assert check_contract(text, as_of=AS_OF).fields["start_date"] != "2023-09-01"


# --- review (wave 13): the same readings where they must not fire -------------------------------------------------

@pytest.mark.parametrize("extra", ["中介人不负责担保借款人还款。", "因无人愿意担保，利息高一点。", "他不愿意担保。"])
def test_denied_guarantee_is_no_guarantee(extra):
    text = _iou("月息1分，2024年5月10日前连本带利还清。", extra=extra)
    assert check_contract(text, as_of=AS_OF).fields["guarantee_type"] is None


@pytest.mark.parametrize("verb", ["不承担", "无需承担", "不再承担"])
def test_court_defendant_who_does_not_answer_is_no_guarantor(verb):
    text = _COURT.replace("{P}", "李秀英").replace("{SAID}", f"保证期间已经届满，被告李秀英{verb}保证责任。")
    assert check_contract(text, as_of=AS_OF).fields["guarantor"] is None


@pytest.mark.parametrize("line", ["本人确认向马德华借款人民币肆万元整。", "本人因急需向马德华借款人民币肆万元整。",
                                  "本人自愿向马德华借款人民币肆万元整。", "我今天向马德华借了肆万元整。",
                                  "我因做生意向马德华借款肆万元整。", "本人自愿于2023年5月1日向马德华借款肆万元整。"])
def test_first_person_words_before_borrowing_are_no_borrower(line):
    assert check_contract("借条\n\n" + line + "月息1分。\n2023年5月10日\n", as_of=AS_OF).fields["borrower"] is None


@pytest.mark.parametrize("line", ["本人李国强于2023年5月1日向马德华借款肆万元整。",
                                  "本人李国强（身份证号：530102197001******）向马德华借款肆万元整。"])
def test_first_person_debtor_named_with_id_or_day_is_the_borrower(line):
    assert check_contract("借条\n\n" + line + "月息1分。\n2023年5月10日\n", as_of=AS_OF).fields["borrower"] == "李国强"


@pytest.mark.parametrize("row", ["担保：本人自愿提供连带责任保证。", "担保\t第三方提供连带责任保证"])
def test_guarantee_row_that_names_no_one_gives_no_guarantor(row):
    text = "借款合同\n\n出借人\t马德华\n借款人\t段丽芳\n借款金额\t人民币肆万元整\n" + row + "\n签订日期：2023年5月10日\n"
    assert check_contract(text, as_of=AS_OF).fields["guarantor"] not in ("本人", "第三方")


@pytest.mark.parametrize("extra", ["逾期违约金到期随本金一并支付。", "罚息到期随本金一次付清。"])
def test_penalty_paid_with_the_principal_leaves_monthly_interest(extra):
    text = _iou("每月10日前支付当月利息，月息1分，本金2024年5月10日到期一次归还。", extra=extra)
    assert check_contract(text, as_of=AS_OF).fields["repayment_method"] == "按月付息、到期还本"


def test_borrowers_promise_to_repay_after_due_is_no_guarantee_period():
    text = _iou("月息1分，2024年5月10日前连本带利还清。",
                extra="担保人：杨国庆，承担连带责任。借款人保证到2024年5月10日到期后一个月内还清。")
    assert check_contract(text, as_of=AS_OF).fields["guarantee_period_months"] is None


@pytest.mark.parametrize("row, overdue", [
    ("逾期利息 Overdue interest\t按约定利率的1.5倍计收，即年利率6%的1.5倍", 0.09),     # the base again, not the result
    ("逾期利息 Overdue interest\t按约定利率的1.5倍计收，即年利率9%", 0.09),
])
def test_worked_out_multiple_is_read_only_when_it_is_the_result(row, overdue):
    c = extract_contract(_BILINGUAL.replace("{ROW}", row))
    assert float(c.overdue_rate.value.annual_rate) == pytest.approx(overdue)
