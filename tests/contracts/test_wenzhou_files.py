"""Wenzhou-style private-lending paper (温州话 借条, notes written on the back, 联保 letters), one test per cause.

Texts are written for these tests: the habits are regional (利钱 / 本钿 / 借去 in 温州话, the same words in 台州 and 丽水
paper), the names and sums are made up.
"""
from __future__ import annotations

from datetime import date

import pytest

from agent.contracts.check import check_contract

AS_OF = date(2026, 12, 10)


def _ids(report) -> set[str]:
    return {f.rule_id for f in report.findings}


def test_local_words_for_interest_principal_and_borrowing():
    # 借去 (borrowed), 利钱 (interest), 本钿 (principal): the sum, the method and the lender are read as in plain words
    text = ("借  条\n\n今向王德明借去人民币伍万元整（¥50,000.00），台州路桥五金厂进料用。\n"
            "讲好月息一分，利钱每月底付清；借期一年，自2024年3月1日起至2025年2月28日止，到期本钿一次还清。\n\n"
            "借款人：应小军\n出借人：王德明\n2024年3月1日\n")
    f = check_contract(text, as_of=AS_OF).fields
    assert f["principal"] == "50000"
    assert f["lender"] == "王德明" and f["borrower"] == "应小军"
    assert f["repayment_method"] == "按月付息、到期还本"
    assert f["annual_rate"] == 0.12


def test_overdue_condition_then_bare_interest_word_is_the_overdue_rate():
    # "若过期不还，利息从到期后按月息二分算": the condition names the charge, the 利息 after it is not the loan's rate
    text = ("借  条\n\n今借到陈美娟人民币拾万元整（100000元）。月息一分，利钱按月付，2023年12月31日前还清。\n"
            "若过期不还，利息从到期后按月息二分算。\n\n借款人：周小平\n出借人：陈美娟\n2023年1月10日\n")
    f = check_contract(text, as_of=AS_OF).fields
    assert f["annual_rate"] == 0.12
    assert f["overdue_rate"] == 0.24


@pytest.mark.parametrize("note", [
    "（背面）2024年10月5日  周小平还本钿伍万元。  陈美娟收\n",
    "还款及催收记录：\n2023年6月1日  周小平还款壹万元\n2024年1月15日  寄送《催款通知书》，周小平签收。\n",
    "附一：催款函回执\n贵方2024年8月20日发出的催款函已收到。周小平  2024年8月20日\n",
])
def test_notes_added_after_signing_do_not_date_the_contract(note):
    text = ("借款协议\n\n出借人：陈美娟\n借款人：周小平\n\n一、借款人民币拾万元整（100000元），期限一年，自2020年11月20日至"
            "2021年11月19日。\n二、年利率12%，到期一次还本付息。\n三、借款人逾期还款的，按年利率15%计收逾期利息。\n\n"
            "出借人：陈美娟      借款人：周小平\n2020年11月20日\n\n" + note)
    report = check_contract(text, as_of=AS_OF)
    assert report.fields["contract_date"] == "2020-11-20"
    assert "limitation_period_expired" not in _ids(report)     # each note restarts the period inside it


@pytest.mark.parametrize(("clause", "overdue"), [
    ("逾期不还，利钱加倍。", 0.24),
    ("借款人逾期还款的，逾期利率同借期内利率。", 0.12),
])
def test_overdue_rate_said_relative_to_the_loan_rate(clause, overdue):
    text = ("借款合同\n\n出借人：叶丽芳\n借款人：温州市鹿城区瑞新鞋材有限公司\n\n一、借款金额：人民币伍拾万元整（¥500,000.00）。\n"
            "二、借款期限：自2025年7月1日至2026年6月30日。\n三、利率：年利率12%，按月付息，本金到期一次还清。\n"
            f"四、{clause}\n\n出借人：叶丽芳   借款人：温州市鹿城区瑞新鞋材有限公司（盖章）\n2025年7月1日\n")
    report = check_contract(text, as_of=AS_OF)
    assert report.fields["overdue_rate"] == overdue
    assert "no_overdue_rate_agreed" not in _ids(report)


def test_unpaid_interest_rolled_into_next_months_principal_is_compound():
    text = ("借款合同\n\n出借人：何志明\n借款人：丽水市兴达阀门有限公司\n\n一、借款金额：人民币叁拾万元整（¥300,000.00）。\n"
            "二、借款期限：自2023年5月1日至2024年4月30日。\n三、利息：年利率12%，每月末结算。借款人未按期支付的利息，计入下月本金，"
            "一并计收利息。\n\n出借人：何志明   借款人：丽水市兴达阀门有限公司（盖章）\n2023年5月1日\n")
    assert "compound_interest_restated" in _ids(check_contract(text, as_of=AS_OF))


def test_joint_guarantee_agreement_is_a_guarantee_instrument():
    # "联保协议（互保）": the rate and the overdue terms sit in the main contract, not in this paper
    text = ("联保协议（互保）\n债权人：台州市富民实业有限公司\n借款人：台州市新峰机械有限公司\n"
            "联保人：台州市华东泵业有限公司、台州市明达模具厂\n为担保借款人在主合同项下债务的履行，各联保人自愿提供保证，约定如下：\n"
            "主合同：《借款合同》（编号FM-2024-11），借款金额人民币贰佰万元整，借款期限2024年3月1日至2026年2月28日。\n"
            "保证方式：各联保人对借款人全部债务承担连带责任保证。\n保证期间：主债务履行期限届满之日起两年。\n"
            "债权人、借款人、联保人（均盖章）\n2024年3月1日\n")
    ids = _ids(check_contract(text, as_of=AS_OF))
    assert not ids & {"no_interest_agreed", "no_overdue_rate_agreed"}


def test_debt_confirmation_letter_is_judged_by_the_loan_it_recites():
    # a 债务确认书 addressed to the creditor firm with no role said, the debtor named in brackets after 我司
    text = ("债务确认书\n\n台州市黄岩华达塑料有限公司：\n"
            "我司（台州市路桥明光模具有限公司）于2018年9月3日向贵司借款人民币肆拾万元整，约定月息二分，借款期限六个月，"
            "至2019年3月2日到期。该借款到期后未能归还。\n经双方对账，截至2021年6月30日，我司尚欠贵司借款本金肆拾万元整。"
            "我司确认上述债务真实无误。\n\n确认单位：台州市路桥明光模具有限公司（盖章）\n2021年6月30日\n")
    report = check_contract(text, as_of=AS_OF)
    assert report.fields["lender"] == "台州市黄岩华达塑料有限公司"
    assert report.fields["borrower"] == "台州市路桥明光模具有限公司"
    ids = _ids(report)
    assert "pre_lpr_rate_rules" in ids          # a 2018 loan: the rules before the LPR reform
    assert not ids & {"rate_above_4x_lpr", "no_overdue_rate_agreed"}


def test_company_name_with_its_city_in_brackets_is_kept_whole():
    text = ("融资租赁合同（售后回租）\n出租人：瓯江融资租赁（温州）有限公司\n承租人：温州市龙湾恒大鞋业有限公司\n"
            "租赁物购买价款（融资本金）：人民币贰佰万元整（¥2,000,000.00）\n租赁期限：自2024年1月10日至2027年1月10日\n"
            "租赁年利率：8.5%\n签订日期：2024年1月10日\n")
    assert check_contract(text, as_of=AS_OF).fields["lender"] == "瓯江融资租赁（温州）有限公司"


def test_court_settlement_names_the_defendant_borrower_and_says_nothing_of_the_rate():
    # "原告诉称：被告于…向原告借款": the borrower is the defendant; a settlement with interest as a sum is no
    # contract silent on interest
    text = ("浙江省丽水市莲都区人民法院\n民 事 调 解 书\n（2024）浙1102民初3307号\n\n"
            "原告：吴秀英，女，1970年5月2日出生，汉族，住丽水市莲都区。\n被告：季建华，男，1982年8月9日出生，汉族，住丽水市莲都区。\n\n"
            "原告诉称：被告于2022年4月10日向原告借款人民币贰拾万元，约定2023年4月9日前归还，到期后经催讨未还。\n"
            "经本院主持调解，双方当事人自愿达成如下协议：\n一、被告季建华确认结欠原告吴秀英借款本金200,000元及利息18,000元，合计218,000元；\n"
            "二、上述款项由被告于2025年3月31日前付清。\n\n审判员  王  芳\n二〇二四年十一月五日\n")
    report = check_contract(text, as_of=AS_OF)
    assert report.fields["lender"] == "吴秀英" and report.fields["borrower"] == "季建华"
    assert "no_interest_agreed" not in _ids(report)


def test_bilingual_party_lines_with_english_label_first():
    text = ("LOAN AGREEMENT 借款协议\nLender 贷款人：港丰贸易（香港）有限公司 Kong Fung Trading (Hong Kong) Limited\n"
            "Borrower 借款人：温州市瓯海明亮眼镜有限公司 Wenzhou Mingliang Optical Co., Ltd.\n"
            "借款金额：人民币壹佰万元整（¥1,000,000.00）\n借款期限：自2024年6月1日至2025年5月31日\n年利率8%，到期一次性还本付息。\n"
            "签订日期：2024年6月1日\n")
    f = check_contract(text, as_of=AS_OF).fields
    assert f["lender"] == "港丰贸易（香港）有限公司" and f["lender_kind"] == "enterprise"
    assert f["borrower"] == "温州市瓯海明亮眼镜有限公司"


# review wave 13: the same habits read on neighbouring wordings (each failed on the round's first rules)
_IOU = "借  条\n\n今借到陈美娟人民币拾万元整（100000元）。{X}\n\n借款人：周小平\n出借人：陈美娟\n2023年1月10日\n"


@pytest.mark.parametrize("clause", ["月息一分，2023年12月31日前还清。逾期不还的，利息按月息二分算。",
                                    "月息一分，2023年12月31日前还清。逾期不还，利息按月息二分算。",
                                    "月息一分，2023年12月31日前还清。到期未还清的，利息按月息二分算。"])
def test_overdue_condition_with_its_verb_then_bare_interest(clause):
    f = check_contract(_IOU.replace("{X}", clause), as_of=AS_OF).fields
    assert (f["annual_rate"], f["overdue_rate"]) == (0.12, 0.24)


@pytest.mark.parametrize("clause", ["月息一分。逾期未还的，借款人应将本金同借款利息一并归还。",
                                    "月息一分。到期不还，本金与约定利息一起还清，出借人可起诉。"])
def test_principal_with_its_interest_is_no_same_overdue_rate(clause):
    report = check_contract(_IOU.replace("{X}", clause), as_of=AS_OF)
    assert report.fields["overdue_rate"] is None
    assert "no_overdue_rate_agreed" in _ids(report)


def test_interest_not_rolled_into_next_months_principal_is_no_compounding():
    report = check_contract(_IOU.replace("{X}", "月息一分，按月付息。未按期支付的利息，不计入下月本金。"), as_of=AS_OF)
    assert "compound_interest_restated" not in _ids(report)


def test_borrowers_own_repayment_pledge_is_no_guarantee():
    text = ("还款保证协议\n\n甲方：王德明\n乙方：应小军\n乙方于2024年3月1日向甲方借款人民币伍万元整，现乙方保证于2025年3月1日前"
            "全部还清，逾期按年利率15%支付逾期利息。\n\n甲方：王德明  乙方：应小军\n2024年9月1日\n")
    assert "no_interest_agreed" in _ids(check_contract(text, as_of=AS_OF))


_BODY = ("借款金额：人民币壹佰万元整（¥1,000,000.00）\n借款期限：自2024年6月1日至2025年5月31日\n年利率8%，到期一次性还本付息。\n"
         "签订日期：2024年6月1日\n")


def test_english_company_and_person_names_after_bilingual_labels():
    f = check_contract("Lender 贷款人：Kong Fung Trading Limited\nBorrower 借款人：Wenzhou Mingliang Optical Co., Ltd.\n"
                       + _BODY, as_of=AS_OF).fields
    assert f["borrower"] == "Wenzhou Mingliang Optical Co., Ltd."
    f = check_contract("Lender 贷款人：港丰贸易有限公司\nBorrower 借款人：李明 LI Ming\n" + _BODY, as_of=AS_OF).fields
    assert f["borrower"] == "李明" and f["borrower_kind"] == "natural_person"


@pytest.mark.parametrize("head", ["Lender/贷款人：港丰贸易有限公司\nBorrower/借款人：李明\n",
                                  "贷款人 Lender：港丰贸易有限公司\n借款人 Borrower：李明\n"])
def test_bilingual_labels_with_slash_or_english_after(head):
    f = check_contract(head + _BODY, as_of=AS_OF).fields
    assert (f["lender"], f["borrower"]) == ("港丰贸易有限公司", "李明")


def test_appeal_recital_with_original_role_in_brackets_names_the_borrower():
    text = ("民 事 判 决 书\n\n上诉人：季建华，男，住温州市。\n被上诉人：吴秀英，女，住温州市。\n\n"
            "上诉人（原审被告）季建华于2022年4月10日向被上诉人借款人民币贰拾万元，约定月息一分。\n\n审判员 王芳\n二〇二四年十一月五日\n")
    f = check_contract(text, as_of=AS_OF).fields
    assert (f["lender"], f["borrower"]) == ("吴秀英", "季建华")


def test_loan_confirmation_signed_the_day_of_the_loan_is_the_loan_paper():
    text = ("借款确认书\n\n出借人：王德明\n借款人：应小军\n借款人于2024年3月1日向出借人借到人民币伍万元整，约定于2025年3月1日前还清。\n\n"
            "借款人：应小军\n2024年3月1日\n")
    assert {"no_interest_agreed", "no_overdue_rate_agreed"} <= _ids(check_contract(text, as_of=AS_OF))


def test_overdue_interest_at_the_contract_rate_continued():
    # "按本合同约定利率继续计收": read by the words, not by the 同 inside 合同
    clause = "月息一分，2023年12月31日前还清。逾期还款的，逾期后按本合同约定利率继续计收逾期利息。"
    assert check_contract(_IOU.replace("{X}", clause), as_of=AS_OF).fields["overdue_rate"] == 0.12


def test_interest_rolled_into_principal_on_a_condition_is_still_compound():
    # a bare 不 bans the rolling only right before it, not in a condition ("如不按期支付将计入…")
    report = check_contract(_IOU.replace("{X}", "月息一分，按月付息。利息如不按期支付将计入下月本金。"), as_of=AS_OF)
    assert "compound_interest_restated" in _ids(report)
