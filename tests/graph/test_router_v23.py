"""Router v23 (chat_router.yaml), from reading a Guizhou 遵义/毕节 农商行's questions (贵州话 莫得/莫有, 咋个/啷个, 遭 for
被 and the voice slips 鱼期/底押/带后, "年化到底好多" and the rate or cost a borrower really bears, a loan's implied
interest asked what the law protects, a pasted clause's costs "加起来合不合规", "几档了" of a borrower named bare, a bare
"有没有…硬伤/不良记录", a guarantee period asked whether it has run, a stored term asked whether the rules allow it, a
file asked whether we received or kept it, a 联保 template, whether to disclose 综合年化). Each fix with questions of its
own and guards that must not pick the source. None of these questions is a data set's row."""
from __future__ import annotations

import pytest

from agent.graph.tools import choose_tools, mandarin_reading

CODE = "91520382MA6XXXXX0X"    # any borrower in focus

LONG_RATE_CLAUSE = ("贷款合同第五条：“借款人按月利率1.5%向贷款人支付利息，按月付息；逾期部分按日万分之五计收罚息，借款人提前还款的应支付"
                    "剩余本金2%的补偿金，另按季收取贷款金额0.3%的账户管理费。”")
GUARANTEE_CLAUSE = ("保证合同第三条：“保证人对借款人在主合同项下的全部债务承担连带保证责任，保证期间为主债务履行期届满之日起三年，"
                    "保证人同意放弃先诉抗辩权，且不因主合同变更而免除。”")
JOINT_TEMPLATE = ("我们准备用的新版联保模板第八条：“联保小组成员对小组内任一成员在本行的借款承担连带保证责任，成员退出联保小组的，"
                  "须经本行书面同意并结清本人借款，且其保证责任延续至退出前小组其他成员已发生借款全部清偿之日止。”这样写有莫得问题？")


# 1. 贵州话 and voice slips read as Mandarin
@pytest.mark.parametrize("said, read", [
    ("有莫得官司", "有没有官司"), ("证明我们存了莫得", "证明我们存了没有"), ("这户有莫有网贷", "这户有没有网贷"),
    ("按规定该咋个整", "按规定该怎么办"), ("啷个搞？", "怎么办？"), ("分啷个这么低", "分怎么这么低"),
    ("他咋个还不还", "他怎么还不还"), ("遭供粮食的告了", "被供粮食的告了"), ("遭到起诉", "被起诉"),
    ("有莫得鱼期", "有没有逾期"), ("房子底押登记", "房子抵押登记"), ("带后检查要查哪样", "贷后检查要查什么")])
def test_guizhou_words_are_read_as_mandarin(said, read):
    assert mandarin_reading(said) == read


@pytest.mark.parametrize("plain", [
    "切莫得意忘形", "莫得罪人", "莫得寸进尺", "遭遇车祸", "遭殃了", "遭罪", "养鱼期间", "禁渔期", "到底押了几成",
    "携带后", "佩带后要登记", "腰带后面", "咋舌", "哐啷个不停"])
def test_real_words_are_not_rewritten(plain):
    assert mandarin_reading(plain) == plain


def test_a_suit_told_with_zao_is_the_record():
    assert choose_tools("他遭起诉过没有", CODE) == ["warnings"]


def test_arrears_slipped_as_fish_is_the_record():
    assert "warnings" in choose_tools("评分好多，有莫得鱼期", CODE)


@pytest.mark.parametrize("question", ["他遭遇车祸，保险赔不赔", "养鱼期间的贷款利率怎么定"])
def test_an_accident_or_a_fish_is_no_record(question):
    assert "warnings" not in choose_tools(question, CODE)


# 2. the rate check: the annual rate asked with an adverb, the rate or cost a borrower really bears, an implied
# interest asked what the law protects, a pasted clause's costs added up
@pytest.mark.parametrize("question", ["他在平台上借了3w，每月还2,900，还12个月，年化究竟是多少？",
                                      "这户财政贴息一半，他实际要负担的利率是好多"])
def test_the_annual_rate_or_the_rate_borne_is_the_rate_check_alone(question):
    assert choose_tools(question, CODE) == ["rate_check"]


def test_the_cost_really_borne_needs_no_law():
    assert choose_tools("他贷款年化5.2%，另外交了2%的担保费，他实际成本算下来好多？", CODE) == ["rate_check"]


@pytest.mark.parametrize("question", ["年化收益率到底有多少", "这个养猪场实际成本多少一斤"])
def test_a_yield_or_a_farms_cost_is_no_rate(question):
    assert "rate_check" not in choose_tools(question, CODE)


def test_an_implied_interest_asked_what_the_law_protects():
    assert "rate_check" in choose_tools("养殖户跟朋友借了8万，讲好半年后还9万2，这个利息法律上保护得到好多", CODE)


def test_a_house_protected_is_no_rate():
    assert "rate_check" not in choose_tools("借了10w，一年后还13w6，能保护他的房子不", CODE)


def test_a_pasted_clauses_costs_added_up_are_the_rate_check():
    assert choose_tools(LONG_RATE_CLAUSE + "这几样加起来合不合规？", CODE) == ["rate_check", "regulations", "contract_check"]


@pytest.mark.parametrize("question", [GUARANTEE_CLAUSE + "这几条加起来合不合规？", "这几项加起来一共多少钱"])
def test_terms_or_sums_added_up_are_no_rate(question):
    assert "rate_check" not in choose_tools(question, CODE)


@pytest.mark.parametrize("question", ["综合年化要不要在合同里写明", "实际年化要不要公示"])
def test_whether_to_disclose_the_annual_rate_is_no_rate_to_work_out(question):
    assert choose_tools(question, None) == ["regulations"]


def test_the_annual_rate_asked_is_still_the_rate_check():
    assert choose_tools("他的综合年化是多少", CODE) == ["rate_check"]


# 3. the score: the band of a borrower named bare
def test_the_band_of_a_borrower_named_bare_is_the_score():
    assert choose_tools("砂石厂几档了", CODE) == ["score"]


@pytest.mark.parametrize("question", ["利率分几档", "阶梯电价几档", "风扇开几档"])
def test_other_bands_are_no_score(question):
    assert "score" not in choose_tools(question, CODE)


# 4. the warnings: a defect of the borrower asked bare
@pytest.mark.parametrize("question", ["这户分数刚过线，有没有什么硬伤", "这户评分够不够，有莫得不良记录"])
def test_a_defect_asked_bare_is_the_record(question):
    assert set(choose_tools(question, CODE)) == {"score", "warnings"}


@pytest.mark.parametrize("question", ["这份合同有没有什么硬伤", "这个方案有没有硬伤"])
def test_a_contracts_or_a_plans_defect_is_no_record(question):
    assert "warnings" not in choose_tools(question, CODE)


def test_how_long_a_record_is_kept_is_the_laws():
    assert choose_tools("征信不良记录保存几年", None) == ["regulations"]


def test_a_joint_guarantee_template_is_no_warning():
    assert "warnings" not in choose_tools(JOINT_TEMPLATE, CODE)


def test_a_joint_guarantee_group_in_trouble_is_still_the_record():
    assert "warnings" in choose_tools("这户参加的联保小组有几户出事了", CODE)


# 5. the review: a guarantee period asked whether it has run, a stored term asked whether the rules allow it
def test_a_guarantee_period_asked_whether_run_is_the_review():
    assert "contract_review" in choose_tools("这户的保证合同保证期间到期了没有", CODE)


@pytest.mark.parametrize("question", ["合同没约定保证期间的话，过了六个月保证人还担责吗", "保证期间过了，保证人还担不担责"])
def test_a_period_supposed_or_told_is_no_review(question):
    assert "contract_review" not in choose_tools(question, CODE)


def test_a_stored_term_asked_against_the_rules_is_the_review():
    assert choose_tools("这笔贷款合同有没有收咨询费的约定？按规定能不能收", CODE) == ["regulations", "contract_review"]


@pytest.mark.parametrize("question", ["合同有没有约定管辖法院？按规定应该去哪个法院起诉", "合同有没有约定受托支付"])
def test_a_stored_term_asked_alone_or_beside_another_rule_is_no_review(question):
    assert "contract_review" not in choose_tools(question, CODE)


# 6. the files: a file asked whether we received or kept it, named first
@pytest.mark.parametrize("question", ["村委出的担保证明我们存了莫得", "他的收入证明我们收了没有",
                                      "他的贫困户认定材料我们收了没有"])
def test_a_file_asked_whether_kept_is_the_file_alone(question):
    assert choose_tools(question, CODE) == ["documents"]


@pytest.mark.parametrize("question", ["这笔货款我们收了没有", "保证金我们收了没"])
def test_money_received_is_no_file(question):
    assert "documents" not in choose_tools(question, CODE)


def test_which_certificates_a_policy_asks_keeps_the_law():
    assert "regulations" in choose_tools("搬迁户认定材料要哪些", CODE)


# 7. review 17 (v23.1): misfires of the v23 rules, each failing on v23
@pytest.mark.parametrize("question", ["理财年化到底好多", "存款年化到底好多", "这个理财年化究竟是多少", "存单年化到底好多"])
def test_an_investments_annual_yield_is_no_rate(question):
    assert "rate_check" not in choose_tools(question, CODE)


@pytest.mark.parametrize("question", ["年化到底多少合适", "年化大概多少合适"])
def test_what_annual_rate_is_fitting_is_the_laws(question):
    assert choose_tools(question, CODE) == ["regulations"]


@pytest.mark.parametrize("question", ["这个网贷年化到底好多", "他借的平台年化究竟几个点"])
def test_a_loans_annual_rate_with_an_adverb_is_still_the_rate_check(question):
    assert choose_tools(question, CODE) == ["rate_check"]


@pytest.mark.parametrize("question", ["要不要公示综合年化", "应不应该披露实际年化"])
def test_disclosing_the_annual_rate_asked_verb_first_is_no_rate(question):
    assert choose_tools(question, CODE) == ["regulations"]


@pytest.mark.parametrize("question", ["这个评分模型有没有硬伤", "这套流程有没有硬伤", "怎么查一个人有没有案底",
                                      "你刚才的回答有没有硬伤"])
def test_a_defect_of_no_borrower_is_no_record(question):
    assert "warnings" not in choose_tools(question, CODE)


@pytest.mark.parametrize("question", ["他征信上有没有不良记录", "这个养猪场有没有什么污点", "担保人有没有案底"])
def test_a_defect_of_the_borrower_named_is_the_record(question):
    assert "warnings" in choose_tools(question, CODE)


def test_a_slip_that_proves_is_no_file():
    assert "documents" not in choose_tools("银行回单能证明收到没有", CODE)


def test_a_procedure_beside_a_stored_term_is_no_review():
    assert "contract_review" not in choose_tools("合同有没有约定管辖法院？按规定要不要先调解", CODE)


def test_a_term_asked_whether_to_take_it_so_is_the_review():
    assert "contract_review" in choose_tools("合同有没有约定提前还款违约金？按规定要不要这样收", CODE)


@pytest.mark.parametrize("said, read", [("鲈鱼期货", "鲈鱼期货"), ("兜底押金", "兜底押金"), ("保底押金", "保底押金"),
                                        ("遭冻灾了", "遭冻灾了"), ("遭了霜冻", "遭了霜冻"), ("遭雪封山", "遭雪封山"),
                                        ("按規定該咋個整", "按规定该怎么办"), ("分啷個這麼低", "分怎么这么低")])
def test_review_17_readings(said, read):
    assert mandarin_reading(said) == read


def test_an_account_frozen_is_still_read_as_bei():
    assert mandarin_reading("遭冻结了") == "被冻结了"
