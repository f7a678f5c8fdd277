"""Xinjiang-style paper (乌鲁木齐/喀什 借条 with Uyghur and Kazakh names, 兵团 and 牧区 notes, a 对账单 that rolls interest
into principal, a 委托贷款, a 债务确认书 signed late), one test per cause.

Texts are written for these tests (names, sums and IDs are made up); each cause comes with sentences where the new
reading must not fire.
"""
from __future__ import annotations

from datetime import date

import pytest

from agent.contracts.check import check_contract
from agent.contracts.extract import extract_contract

AS_OF = date(2026, 12, 1)


def _ids(report) -> set[str]:
    return {f.rule_id for f in report.findings}


def _fields(text: str) -> dict:
    return check_contract(text, as_of=AS_OF).fields


# --- a name with the middle dot (吐尔洪·阿不都拉) is one person's, longer than a Han name ---------------------------

def test_dotted_name_after_jiedao_is_the_lender_and_a_person():
    text = ("借  条\n\n今借到吐尔洪·阿不都拉（身份证号：6531**********0011）现金人民币叁万元整（¥30000.00），用于买化肥。\n"
            "月息一分，2025年10月31日前还清。\n\n借款人：阿布都外力·买买提\n身份证号：6531**********0022\n2025年3月2日\n")
    f = _fields(text)
    assert f["lender"] == "吐尔洪·阿不都拉"
    assert f["lender_kind"] == "natural_person"
    assert f["borrower"] == "阿布都外力·买买提"
    assert f["borrower_kind"] == "natural_person"


def test_dotted_name_after_a_kin_word_and_before_the_sum():
    text = ("借  条\n\n今借到姑姑阿依古丽·托合提人民币贰万元整（20000元），用于开店。2025年12月31日前还清。\n\n"
            "借款人：努尔买买提·艾力\n2025年2月1日\n")
    assert _fields(text)["lender"] == "阿依古丽·托合提"


@pytest.mark.parametrize("opening", ["今借到现金人民币贰万元整", "今借到款项人民币贰万元整"])
def test_no_name_after_jiedao_names_no_dotted_lender(opening):
    text = f"借  条\n\n{opening}（20000元），2025年12月31日前还清。\n\n借款人：努尔买买提·艾力\n2025年2月1日\n"
    assert _fields(text)["lender"] is None


def test_firm_with_a_dot_in_its_name_stays_an_enterprise():
    text = ("借款合同\n\n出借人（甲方）：新疆天山·雪莲商贸有限公司\n借款人（乙方）：艾尔肯·吾守尔\n"
            "一、借款金额：人民币伍万元整。\n二、借款期限自2025年1月1日起至2025年12月31日止。\n三、年利率6%。\n")
    f = _fields(text)
    assert f["lender_kind"] == "enterprise"
    assert f["borrower_kind"] == "natural_person"


# --- "确认人（债务人）：…": a debt confirmation's own label, the role in the bracket --------------------------------

def test_confirming_party_with_debtor_role_is_the_borrower():
    text = ("债务确认书\n\n确认人（债务人）：阿卜杜拉·吾斯曼，身份证号6531**********0033\n债权人：刘文斌\n\n"
            "本人于2022年5月6日向刘文斌借款人民币拾万元整，约定月息1分，借期一年。\n本人确认尚欠上述本金。\n\n"
            "确认人：阿卜杜拉·吾斯曼\n2024年3月1日\n")
    f = _fields(text)
    assert f["borrower"] == "阿卜杜拉·吾斯曼"
    assert f["lender"] == "刘文斌"


def test_confirming_clerk_without_a_role_is_no_party():
    text = ("借款合同\n\n出借人（甲方）：刘文斌\n借款人（乙方）：王志强\n确认人（公司财务）：李会计\n"
            "一、借款金额：人民币伍万元整。\n二、借款期限自2025年1月1日起至2025年12月31日止。\n")
    f = _fields(text)
    assert f["borrower"] == "王志强"
    assert f["guarantor"] is None


# --- notes after signing: "（X记）日期…", a printed chat log between rules, a 律师函 receipt ----------------------------

def test_lenders_bracketed_note_does_not_move_the_signing_date():
    text = ("借  条\n\n今借到哈力木拉提·胡安现金伍万元整（50000元），月息一分，2023年10月31日前还清。\n\n"
            "借款人：别克·托合塔尔\n2023年2月10日\n\n（哈力木拉提记）2024年5月6日，别克还来壹万元。\n")
    f = _fields(text)
    assert f["contract_date"] == "2023-02-10"
    assert f["start_date"] == "2023-02-10"


def test_printed_chat_log_and_receipt_do_not_move_the_signing_date():
    chat = ("借  条\n\n今借到赵永福现金叁万元整（30000元），月息一分，2022年9月30日前还清。\n\n借款人：马文海\n2022年3月1日\n\n"
            "——微信聊天记录截图（打印件）——\n2025年5月2日 赵永福：钱啥时候还？\n")
    receipt = ("借  条\n\n今借到赵永福现金叁万元整（30000元），月息一分，2022年9月30日前还清。\n\n借款人：马文海\n2022年3月1日\n\n"
               "附：律师函签收回执\n某律师事务所于2025年6月1日向马文海发出律师函。签收日期：2025年6月1日\n")
    assert _fields(chat)["contract_date"] == "2022-03-01"
    assert _fields(receipt)["contract_date"] == "2022-03-01"


def test_registration_in_brackets_is_no_note():
    text = ("借款合同\n\n出借人（甲方）：赵永福\n借款人（乙方）：马文海\n一、借款金额：人民币叁拾万元整。\n"
            "二、借款期限自2022年3月1日起至2023年2月28日止。\n三、乙方以房屋作抵押。\n四、抵押办妥后放款。\n"
            "五、（不动产抵押登记）2022年3月3日办理。\n甲方：赵永福  乙方：马文海\n2022年3月1日\n")
    assert _fields(text)["contract_date"] == "2022-03-01"


def test_bracket_without_a_date_after_it_is_no_note():
    text = ("借  条\n\n今借到赵永福现金叁万元整（30000元），月息一分，2022年9月30日前还清。\n（以上张会计记）\n"
            "借款人：马文海\n2022年3月1日\n")
    assert _fields(text)["contract_date"] == "2022-03-01"


# --- a second-language writer's homophone slips (换清, 到其) and "到…日…还清" --------------------------------------

def test_homophone_slips_and_due_after_dao():
    slip = ("借  条\n\n今借到周明现金贰万元整（20000元），月息一分，到2024年10月15日卖完棉花以后本金利息一起换清。\n\n"
            "借款人：买买提·依明\n2024年3月1日\n")
    f = _fields(slip)
    assert f["end_date"] == "2024-10-15"
    assert f["repayment_method"] == "到期一次性还本付息"
    term = ("借  条\n\n今借到周明人民币贰万元整（20000元），月息一分，借期半年，2024年9月1日到其还本。\n\n"
            "借款人：买买提·依明\n2024年3月1日\n")
    assert _fields(term)["end_date"] == "2024-09-01"


@pytest.mark.parametrize("clause", [
    "出借人收到2024年5月1日转来的部分本金后再结清利息。",
    "借款人至2024年1月1日前不得提前还本。",
])
def test_dates_that_are_not_due_dates(clause):
    text = f"借  条\n\n今借到周明人民币贰万元整（20000元），月息一分。{clause}\n\n借款人：王志强\n2023年6月1日\n"
    assert _fields(text)["end_date"] is None


# --- "每个月给周明利息壹仟元": interest paid to a named lender each month ---------------------------------------------

def test_monthly_interest_paid_to_a_named_lender():
    text = ("欠  条\n\n今欠到周明现金伍万元整（50000元）。每个月给周明利息伍佰元，本金在2024年6月30日前还清。\n\n"
            "欠款人：马福林\n2024年1月10日\n")
    f = _fields(text)
    assert f["annual_rate"] == pytest.approx(0.12)
    assert f["repayment_method"] == "按月付息、到期还本"


def test_monthly_wages_to_a_named_worker_are_no_interest():
    text = ("欠  条\n\n今欠到周明现金伍万元整（50000元）。每个月给周明发工资叁仟元，本金在2024年6月30日前还清。\n\n"
            "欠款人：马福林\n2024年1月10日\n")
    assert _fields(text)["annual_rate"] is None


# --- limitation: a chat acknowledgement restarts it; a late confirmation with a new promise waives it ----------------

def _chat_iou(reply: str) -> str:
    return ("借  条\n\n今借到周明现金伍万元整（50000元），月息一分，2021年6月30日前还清。\n\n借款人：马福林\n2021年1月10日\n\n"
            "——微信聊天记录截图（打印件）——\n2024年5月2日 周明：钱啥时候还？\n2024年5月2日 马福林：" + reply + "\n")


def test_debtor_owning_the_debt_in_a_chat_restarts_the_period():
    assert "limitation_period_expired" not in _ids(check_contract(_chat_iou("知道了，欠你的钱我认，秋天给你。"), as_of=AS_OF))


def test_debtor_denying_the_debt_in_a_chat_restarts_nothing():
    assert "limitation_period_expired" in _ids(check_contract(_chat_iou("欠你的钱我不认，那是货款。"), as_of=AS_OF))


def _late_confirmation(promise: str) -> str:
    return ("债务确认书\n\n债务人：艾买提·沙吾提\n债权人：王海涛\n\n本人于2018年3月1日向王海涛借款人民币拾万元整，借期一年"
            "（至2019年2月28日）。\n经双方对账，截至2023年5月31日，本人尚欠王海涛借款本金拾万元整。\n" + promise +
            "\n\n债务人：艾买提·沙吾提\n2023年6月5日\n")


def test_late_confirmation_with_a_promise_to_pay_is_not_expired():
    text = _late_confirmation("本人承诺于2024年12月31日前归还全部本金。")
    assert "limitation_period_expired" not in _ids(check_contract(text, as_of=AS_OF))


def test_late_confirmation_without_a_promise_stays_expired():
    text = _late_confirmation("特此确认。")
    assert "limitation_period_expired" in _ids(check_contract(text, as_of=AS_OF))


# --- "担保方：…" names the surety; "担保方式：…" does not -----------------------------------------------------------

def test_danbaofang_label_names_the_guarantor():
    text = ("借款合同\n\n出借方：新疆某棉业有限公司\n借款方：某轧花厂\n担保方：李建新（借款方投资人）\n"
            "一、借款金额：人民币伍拾万元整。\n二、借款期限自2025年1月1日起至2025年12月31日止。\n"
            "三、担保方承担连带保证责任。\n")
    assert _fields(text)["guarantor"] == "李建新"


def test_guarantee_manner_line_names_no_guarantor():
    text = ("借款合同\n\n出借方：新疆某棉业有限公司\n借款方：某轧花厂\n担保方式：连带责任保证\n"
            "一、借款金额：人民币伍拾万元整。\n二、借款期限自2025年1月1日起至2025年12月31日止。\n")
    assert _fields(text)["guarantor"] is None


# --- "…向借款人发放委托贷款人民币…": the sum a 委托贷款 lends ----------------------------------------------------------

def test_entrusted_loan_sum_after_fafang():
    text = ("委托贷款借款合同\n委托人：某投资有限公司\n受托人（贷款人）：某银行股份有限公司某支行\n借款人：某棉业有限公司\n"
            "第一条 委托人委托受托人向借款人发放委托贷款人民币伍佰万元整（¥5,000,000.00）。\n"
            "第二条 贷款期限自2024年3月1日至2025年2月28日。\n第三条 年利率5%。\n")
    assert extract_contract(text).principal.value == 5000000


def test_failing_to_lend_is_no_principal():
    text = ("借款合同\n出借人：某投资有限公司\n借款人：某棉业有限公司\n"
            "第一条 出借人未发放贷款的，借款人可解除合同。\n第二条 借款金额：人民币捌拾万元整。\n")
    assert extract_contract(text).principal.value == 800000


# --- "未支付的利息自动转入下一季度本金": interest rolled into principal ---------------------------------------------

def _statement(clause: str) -> str:
    return ("借款对账单\n出借人：某农资有限公司\n借款人：吐尔逊·卡德尔\n借款合同日期：2023年5月10日；借款本金：人民币伍万元整；"
            "约定利率：月息1%。\n" + clause + "\n截至2024年5月9日，借款人尚欠出借人本金人民币伍万元整。\n"
            "借款人确认：以上对账无误。\n借款人（签字）：吐尔逊·卡德尔  日期：2024年5月20日\n")


def test_interest_rolled_into_next_quarters_principal_is_compound():
    ids = _ids(check_contract(_statement("合同约定：每季度末计息一次，当季未支付的利息自动转入下一季度本金，一并计息。"), as_of=AS_OF))
    assert "compound_interest_restated" in ids
    # the statement recites the loan by its date row: its silence on overdue interest says nothing
    assert "no_overdue_rate_agreed" not in ids


def test_interest_not_to_be_rolled_into_principal_is_no_compound():
    ids = _ids(check_contract(_statement("合同约定：未付利息不得转入本金。"), as_of=AS_OF))
    assert "compound_interest_restated" not in ids


def test_loan_contract_with_a_loan_date_row_still_lacks_an_overdue_rate():
    text = ("借款合同\n出借人：某农资有限公司\n借款人：吐尔逊·卡德尔\n借款日期：2025年5月10日\n"
            "借款金额：人民币伍万元整；年利率6%；借款期限自2025年5月10日起至2026年5月9日止。\n")
    assert "no_overdue_rate_agreed" in _ids(check_contract(text, as_of=AS_OF))


# --- "一次性归还本金并支付资金使用费": principal and charge together at the end ---------------------------------------

def test_principal_and_use_fee_repaid_at_once_is_lump_sum():
    text = ("借款合同\n出借人（甲方）：某棉业有限公司\n借款人（乙方）：某商贸有限公司\n"
            "一、借款金额：人民币壹佰万元整。\n二、借款期限：10天，自2025年2月1日至2025年2月10日。续贷资金到账当日，乙方应一次性归还本金并支付资金使用费。\n"
            "三、资金使用费：按日千分之一计算。\n")
    assert _fields(text)["repayment_method"] == "到期一次性还本付息"


def test_principal_and_interest_reckoned_together_is_no_method():
    text = ("借  条\n\n今借到周明现金贰万元整（20000元），本金利息一起计算，月息一分。\n\n借款人：王志强\n2024年3月1日\n")
    assert _fields(text)["repayment_method"] is None


# --- review probes: each reading above kept to its own wording ---------------------------------------------------

_LOAN = "借款合同\n\n出借人：刘文斌\n借款人：王志强\n一、借款金额：人民币伍万元整。\n"


@pytest.mark.parametrize("clause", [
    "二、截至2024年5月9日乙方累计归还本金叁万元。",      # a balance's cut-off day, not a due day
    "二、利息计算至2024年6月30日并由乙方一次性归还。",    # the day interest runs to
    "二、双方到2024年5月1日交换清单。",                   # 交换清单 is no 还清
])
def test_cut_off_days_are_no_due_date(clause):
    assert _fields(_LOAN + clause + "\n")["end_date"] is None


@pytest.mark.parametrize("clause", ["三、借款人应将款项存到其还本付息账户。", "三、借款用到其日常经营。"])
def test_dao_qi_in_ordinary_words_is_left_alone(clause):
    text = _LOAN + "二、借款期限自2025年1月1日起至2025年12月31日止。年利率6%。\n" + clause + "\n"
    f = _fields(text)
    assert f["repayment_method"] is None
    assert f["end_date"] == "2025-12-31"


@pytest.mark.parametrize("reply", ["我是不会认账的。", "你别想让我认账。", "欠你的钱我认真想过了，不还。"])
def test_refusals_in_a_chat_are_no_acknowledgement(reply):
    assert "limitation_period_expired" in _ids(check_contract(_chat_iou(reply), as_of=AS_OF))


@pytest.mark.parametrize("reply", ["我认账，年底给你。", "欠你的钱我承认。"])
def test_owning_the_debt_in_other_words_restarts_the_period(reply):
    assert "limitation_period_expired" not in _ids(check_contract(_chat_iou(reply), as_of=AS_OF))


def test_late_confirmation_refusing_a_new_day_stays_expired():
    text = _late_confirmation("本人不同意于2024年12月31日前归还全部本金。")
    assert "limitation_period_expired" in _ids(check_contract(text, as_of=AS_OF))


@pytest.mark.parametrize("clause", ["不得将逾期利息转入本金。", "严禁把当期利息自动转入下期本金。"])
def test_banned_roll_over_with_a_qualifier_is_no_compound(clause):
    text = _LOAN + "二、年利率6%。" + clause + "\n"
    assert "compound_interest_restated" not in _ids(check_contract(text, as_of=AS_OF))


@pytest.mark.parametrize("who", ["甲方·乙方", "中山路·八号"])
def test_role_words_or_an_address_joined_by_a_dot_are_no_lender(who):
    text = f"借  条\n\n今借到{who}人民币叁万元整（30000元），2025年10月31日前还清。\n\n借款人：王志强\n2025年3月2日\n"
    assert _fields(text)["lender"] is None


def test_three_part_dotted_name_after_jiedao_and_as_signature():
    text = ("借  条\n\n今借到阿卜杜·热合曼·艾力人民币叁万元整（30000元），2025年10月31日前还清。\n\n"
            "借款人  买买提·吐尔逊·依明\n2025年3月2日\n")
    f = _fields(text)
    assert f["lender"] == "阿卜杜·热合曼·艾力"
    assert f["borrower"] == "买买提·吐尔逊·依明"


def test_transfer_screenshot_above_the_signatures_is_no_note():
    text = ("借  条\n\n今借到张三现金叁万元整（30000元），月息一分，2025年10月31日前还清。\n——出借人转账截图——\n（图略）\n"
            "借款人：王志强\n2025年3月2日\n")
    assert _fields(text)["contract_date"] == "2025-03-02"


def test_early_repayment_clause_is_no_lump_sum():
    text = (_LOAN + "二、借款期限自2025年1月1日起至2025年12月31日止。年利率6%，利息每月15日前支付。\n"
            "三、借款人提前还款的，应一次性归还本金并支付利息。\n")
    assert _fields(text)["repayment_method"] == "按月付息、到期还本"
