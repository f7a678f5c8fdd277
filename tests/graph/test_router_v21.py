"""Router v21 (chat_router.yaml), from reading a Jiangxi 赣州/吉安 农商行's questions (客家话 佢 with voice slips 平分/战期
and 10个 for 10万, the bank's own rules named "我们行规定"/"执行的么子标准", a template or a file asked for by name,
the guarantee period, the guarantee's kind and the collateral's loss or registration asked of a stored contract, an APR or
a clause's cost worked out, a stored rate set against the LPR, a security or a fee asked whether it is allowed, and words
that picked a source they do not ask for: 经营收益, 进项发票, 以后续贷, "开票能不能对上", "要不要叫停", the 法 of a bank's
own 办法, a quoted certificate's 情况, a rate read out "年化写的9.8%"). Each fix with questions of its own and guards that
must not pick the source. None of these questions is a data set's row. v21.1 (review 16, section 7) narrows the
slips, 10个, the template, the file asked for, the guarantee term and the cost worked out where they misfired."""
from __future__ import annotations

import pytest

from agent.graph.tools import choose_tools, mandarin_reading

CODE = "91360703MA3XXXXX0X"    # any borrower in focus


# 1. 客家 voice slips read as Mandarin
@pytest.mark.parametrize("said, read", [
    ("帮我查下佢平分", "帮我查下他评分"), ("这户平分几多", "这户评分多少"), ("他平分怎么样", "他评分怎么样"),
    ("按规定能不能战期", "按规定能不能展期"), ("之前战期过几次", "之前展期过几次")])
def test_hakka_slips_are_read_as_mandarin(said, read):
    assert mandarin_reading(said) == read


@pytest.mark.parametrize("plain", [
    "两人平分利润", "利润平分给三个股东", "三家平分这笔收益", "他平分了奖金", "他俩平分秋色", "五五平分",
    "抗战期间的老房子", "二战期间", "作战期", "冷战期过后"])
def test_real_words_are_not_rewritten(plain):
    assert mandarin_reading(plain) == plain


def test_a_hakka_score_slip_asks_the_score():
    assert "score" in choose_tools("多头查一下，顺便看下佢平分", CODE)


# 2. the bank's own rules and standards, a template and a file asked for by name
@pytest.mark.parametrize("question, borrower", [
    ("他的贷款按我们行规定能不能战期？法律上展期有限制没", CODE),
    ("小额信用贷款监管上限是多少？你们行执行的系么子标准", None),
    ("我们的授权书模板跟监管要求对得上冇", None),
    ("把你们行普惠贷款的收费清单和执行情况拿给我看", None),
    ("你们有没有搭售保险？把产品说明和合同模板拿来，我对照规定看", None)])
def test_own_rules_templates_and_files_asked_for_are_searched(question, borrower):
    assert "documents" in choose_tools(question, borrower)


def test_a_file_asked_for_without_a_borrower_is_not_reviewed():
    assert "contract_review" not in choose_tools("你们有没有搭售保险？把产品说明和合同模板拿来，我对照规定看", None)


@pytest.mark.parametrize("question, borrower", [
    ("我们行按监管规定能不能给小微企业展期", None), ("我们行业标准一般是几成", None),
    ("借款合同模板一般要写哪些条款", None), ("把他的评分拿给我看", CODE), ("能不能拿来抵押", None)])
def test_no_own_file_named(question, borrower):
    assert "documents" not in choose_tools(question, borrower)


def test_the_law_in_a_banks_own_method_is_no_legal_word():
    assert choose_tools("他评分多少？我们行授信审批办法里评分低于多少要上贷审会", CODE) == ["documents", "score"]


def test_a_banks_own_rule_beside_a_legal_question_keeps_the_law():
    assert "regulations" in choose_tools("按我们行内部规定，这种抵押物有没有么子规定？要哪些手续", CODE)


# 3. a stored contract's guarantee or collateral terms asked: its review, the file too
@pytest.mark.parametrize("question", [
    "我们跟他签的保证合同保证期间还剩好久", "他老婆签的那份保证合同，保证方式写的系一般保证还系连带？",
    "抵押合同里对抵押物毁损有冇约定", "他的车辆抵押合同有冇约定办抵押登记？"])
def test_a_stored_contracts_guarantee_or_collateral_term_is_reviewed(question):
    assert "contract_review" in choose_tools(question, CODE)


def test_the_file_stays_beside_the_review():
    assert {"documents", "contract_review"} <= set(choose_tools("保证合同里约定的是连带责任保证吧", CODE))


@pytest.mark.parametrize("question", [
    "保证合同没约定保证期间的话有多长", "抵押合同登记了没？附件里有没有他项权证", "借款合同约定的管辖法院是哪个",
    "借款合同约定的还款方式是啥"])
def test_other_stored_terms_are_no_review(question):
    assert "contract_review" not in choose_tools(question, CODE)


# 4. the rate check: 个 for 万, an APR or a clause's cost worked out, a stored rate against the LPR
@pytest.mark.parametrize("question", [
    "他跟老板借了10个，半年后还12个，这样算利息合法冇", "每期手续费0.6%，分12期，APR算下来好多",
    "这个补偿金算下来好多，合法冇", "他那笔贷款合同上的利率是多少？跟现在的LPR比高了没"])
def test_costs_worked_out_are_the_rate_check(question):
    assert "rate_check" in choose_tools(question, CODE)


@pytest.mark.parametrize("question", [
    "他借了3个月，还了两次，利息合法吗", "APR是什么意思", "违约金条款应该怎么写", "LPR现在是多少"])
def test_no_cost_worked_out(question):
    assert "rate_check" not in choose_tools(question, CODE)


def test_a_stored_rate_against_the_lpr_needs_no_law():
    assert "regulations" not in choose_tools("他那笔贷款合同上的利率是多少？跟现在的LPR比高了没", CODE)


def test_the_lpr_with_a_legal_word_keeps_the_law():
    assert "regulations" in choose_tools("合同利率跟LPR比高了，合法吗", CODE)


def test_a_rate_read_out_of_the_contract_is_not_searched():
    question = "他的车贷合同年化写的9.8%，再加每月GPS服务费150块，综合成本算起来超不超"
    assert "documents" not in choose_tools(question, CODE)


def test_a_rate_read_out_in_doubt_is_searched():
    assert "documents" in choose_tools("他的车贷合同年化写的9.8%吧，综合成本算起来超不超", CODE)


# 5. legal questions: a security whether it can be made, a fee whether it may be charged
@pytest.mark.parametrize("question", [
    "他开票多少？凭村委的证明能做土地经营权抵押么？", "合同里收了一笔服务费，这种费用能收冇"])
def test_allowed_or_not_is_the_law(question):
    assert "regulations" in choose_tools(question, CODE)


@pytest.mark.parametrize("question", [
    "帮我查下他开票，能做多少抵押贷款", "他家的租金能收到吗，开票多少"])
def test_no_allowed_or_not_asked(question):
    assert "regulations" not in choose_tools(question, CODE)


# 6. words that picked a source they do not ask for
def test_figures_reconciled_ask_no_law():
    assert "regulations" not in choose_tools("申请书上写的年销售额是多少？开票能不能对上", CODE)


def test_a_contract_that_cannot_be_reconciled_keeps_the_law():
    assert "regulations" in choose_tools("两份合同能不能对上，效力怎么认定", CODE)


def test_the_lenders_stop_decided_asks_no_law():
    assert "regulations" not in choose_tools("看下开票有没有往下滑，我要不要叫停", CODE)


def test_the_lenders_stop_with_a_legal_word_keeps_the_law():
    assert "regulations" in choose_tools("我要不要叫停，法律上有没有依据", CODE)


def test_a_future_renewal_is_no_warning():
    assert "warnings" not in choose_tools("他哥哥当保证人，以后续贷还管用冇", CODE)


def test_renewals_asked_are_the_record():
    assert "warnings" in choose_tools("他续贷过几次", CODE)


def test_business_income_is_no_invoice():
    assert "invoice_summary" not in choose_tools("我们拿他的经营收益做贷款，这个租约有风险冇", CODE)


def test_turnover_is_the_invoices():
    assert "invoice_summary" in choose_tools("他今年营收多少", CODE)


def test_input_and_output_invoices_are_the_invoice_data():
    assert choose_tools("进项发票跟销项比，有冇空转开票的迹象", CODE) == ["invoice_summary"]


def test_one_invoice_issued_stays_a_file():
    assert "documents" in choose_tools("这张发票开了没", CODE)


def test_a_quoted_certificates_words_ask_no_overview():
    question = "村委开的证明：“兹证明某某承包本村土地20亩种蔬菜，承包期至2030年，经营情况良好。”凭这个能不能贷"
    assert "warnings" not in choose_tools(question, CODE)


def test_the_borrowers_situation_asked_is_the_overview():
    assert "warnings" in choose_tools("这家情况怎么样", CODE)


# 7. v21.1 (review 16): where v21's rules misfired
@pytest.mark.parametrize("question", [
    "这家平分股份要交税吗", "他家平分家产合法吗", "这户平分的土地能抵押吗", "查平分遗产的法律规定", "这家平分家产后，贷款谁还"])
def test_a_thing_split_is_no_score(question):
    assert "score" not in choose_tools(question, CODE)


@pytest.mark.parametrize("said, read", [
    ("佢的平分好多", "他的评分多少"), ("佢平分掉到几档了", "他评分掉到几档了"), ("他平分高不高", "他评分高不高"),
    ("佢的贷款战期要什么手续", "他的贷款展期要什么手续")])
def test_a_score_or_an_extension_asked_is_still_read(said, read):
    assert mandarin_reading(said) == read


@pytest.mark.parametrize("plain", ["这场价格战期还能撑多久", "攻坚战期贷款政策", "打持久战期", "这家平分股份"])
def test_a_wars_stage_or_a_split_stays(plain):
    assert mandarin_reading(plain) == plain


@pytest.mark.parametrize("question", [
    "借了10个多月，还了5万，利息高不高", "借了10个老乡的钱，每人还12万，利息高不高"])
def test_ten_ge_not_ending_the_sum_is_no_loan(question):
    assert "rate_check" not in choose_tools(question, CODE)


@pytest.mark.parametrize("question", ["佢借了10个还12个，利息高不高", "佢借了10个，一年后还12个，利息高不高"])
def test_ten_ge_ending_the_sum_is_the_loan(question):
    assert "rate_check" in choose_tools(question, CODE)


@pytest.mark.parametrize("question", ["这家模板厂开票多少", "他做建筑模板生意，流水怎么样"])
def test_a_builders_formwork_is_no_file(question):
    assert "documents" not in choose_tools(question, CODE)


@pytest.mark.parametrize("question", ["把计算结果发给我", "把法条原文发给我看", "把相关法律规定找出来给我看", "把监管文件发给我"])
def test_a_result_or_the_laws_text_asked_for_is_no_file(question):
    assert "documents" not in choose_tools(question, None)


@pytest.mark.parametrize("question, borrower", [
    ("把他的授信审批表拿给我看", CODE), ("把法人身份证复印件发给我", CODE)])
def test_a_file_noun_asked_for_is_searched(question, borrower):
    assert "documents" in choose_tools(question, borrower)


def test_a_guarantee_kind_supposed_is_the_law():
    assert "contract_review" not in choose_tools("合同约定保证方式是一般保证的，保证人能否拒绝", CODE)


@pytest.mark.parametrize("question", ["合同保证方式是一般保证还是连带", "我们跟他签的保证合同保证期间是多久"])
def test_a_guarantee_kind_or_period_asked_of_the_contract_is_reviewed(question):
    assert "contract_review" in choose_tools(question, CODE)


@pytest.mark.parametrize("question", ["补偿金一共好多人领了", "APR有好多种算法"])
def test_many_is_no_cost_worked_out(question):
    assert "rate_check" not in choose_tools(question, CODE)
