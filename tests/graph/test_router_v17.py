"""Router v17 (chat_router.yaml, agent/graph/tools.py), from reading a Guangxi 南宁/玉林 农商行's questions (白话 咩/系/正信
after a verb or before a question word, a keyword judged on the Mandarin reading, credit approvals as files, a pledge
custody clause, a rate worked out as arithmetic): each fix with questions of its own and guards that must not pick
the source. None of these questions is a data set's row."""
from __future__ import annotations

import pytest

from agent.graph.tools import choose_tools, mandarin_reading

CODE = "91450100MA5XXXXX0X"    # any borrower in focus


# 1. 白话: 咩 after a verb asks what, 系 before a question word or a figure is 是, 正信 after 查/的/他 is 征信
@pytest.mark.parametrize("said, read", [
    ("合同上写咩？", "合同上写什么？"),
    ("你问咩", "你问什么"),
    ("抵押期限系几时到", "抵押期限是几时到"),
    ("佢个评分系几多", "他个评分是多少"),
    ("上个月系B档", "上个月是B档"),
    ("利率系3.9%", "利率是3.9%"),
    ("几家小贷在查佢正信", "几家小贷在查他征信"),
])
def test_cantonese_words_are_read_as_mandarin(said, read):
    assert mandarin_reading(said) == read


@pytest.mark.parametrize("plain", ["他们关系几好", "联系几次了", "体系多少个", "中文系几个人", "直系亲属几个", "系数多少", "系统几时上线",
                                   "系好安全带", "一系列问题", "他正信心十足", "公正信用"])
def test_words_that_only_look_like_them_are_left_alone(plain):
    assert mandarin_reading(plain) == plain


@pytest.mark.parametrize("said, read", [("佢系唔系老客户", "他是不是老客户"), ("系咪真嘅", "是不是真的"), ("有效咩？", "有效吗？")])
def test_the_whole_cantonese_question_is_still_read(said, read):
    assert mandarin_reading(said) == read


# 2. a keyword the reading has is judged on the reading: ignored there, it is not picked from the dialect
def test_a_keyword_ignored_in_the_reading_is_not_picked_from_the_dialect():
    assert choose_tools("他运费发票开得点样", CODE) == ["invoice_summary"]


def test_a_court_told_in_the_record_is_no_legal_question_in_dialect_either():
    assert choose_tools("好似有人去法院告佢欠货款，查下有冇", CODE) == ["warnings"]


@pytest.mark.parametrize("question", ["抵押合同告唔告得佢", "佢嘅借条有冇效"])
def test_a_dialect_legal_word_still_counts(question):
    assert "regulations" in choose_tools(question, CODE)


# 3. the credit approval and its conditions are a file
@pytest.mark.parametrize("question", ["上次贷审会的批复意见讲咩？", "授信批复要求的抵押率系几多", "他的授信批复条件有哪些"])
def test_the_credit_approval_is_searched(question):
    assert "documents" in choose_tools(question, CODE)


@pytest.mark.parametrize("question", ["银保监会批复要求小贷公司利率不超过多少", "人民银行的批复意见是什么"])
def test_a_regulators_reply_is_the_law(question):
    tools = choose_tools(question, CODE)
    assert "documents" not in tools and "regulations" in tools


# 4. a court's seizure in the passive is the record; many lenders querying the credit report is a 多头 sign
@pytest.mark.parametrize("question", ["物流公司有几台车被法院查封了？", "几个账户被法院冻结了"])
def test_a_seizure_told_is_the_record(question):
    assert choose_tools(question, CODE) == ["warnings"]


def test_a_seizure_asked_about_keeps_the_law():
    assert "regulations" in choose_tools("被法院查封的车还能办抵押吗", CODE)


def test_many_lenders_querying_is_a_warning():
    assert choose_tools("佢系唔系有好多家网贷在查佢正信", CODE) == ["warnings"]


@pytest.mark.parametrize("question", ["网贷平台查他征信要不要授权", "查征信要客户签什么"])
def test_a_credit_query_rule_is_no_warning(question):
    assert "warnings" not in choose_tools(question, CODE)


# 5. a renewal's contracts reviewed and a standard term's notice are no warning
def test_a_renewals_contract_is_no_warning():
    tools = choose_tools("佢续贷签的保证合同帮我审下有冇漏签", CODE)
    assert "warnings" not in tools and "contract_review" in tools


def test_how_to_point_out_a_standard_term_is_no_warning():
    assert "warnings" not in choose_tools("借款合同格式条款要点样提示先算有效", CODE)


@pytest.mark.parametrize("question", ["他续贷了几次", "系统有冇风险提示"])
def test_renewals_and_alerts_stay_warnings(question):
    assert "warnings" in choose_tools(question, CODE)


# 6. a pasted clause's cost asked 合规 is the rate check; a custody clause on the pledged goods is a contract
CLAUSE = ("借款合同第九条：“借款人提前还款的，应按提前还款金额的2%向贷款人支付违约金；借款人逾期还款的，贷款人有权按日万分之五"
          "加收罚息，并可宣布全部借款提前到期，要求借款人立即清偿全部本息。”")


def test_a_pasted_cost_asked_compliant_is_checked():
    assert "rate_check" in choose_tools(CLAUSE + "提前还款收2%违约金，合唔合规？", CODE)


def test_a_pasted_clause_asked_for_its_meaning_is_no_rate_check():
    assert "rate_check" not in choose_tools(CLAUSE + "呢条讲咩意思", CODE)


CUSTODY = ("仓储监管协议第五条：“监管方仅对质物的数量及外包装负责，不对质物的品种、真伪、质量及价值承担任何责任；质物在监管期间因"
           "自然灾害、盗窃、火灾等原因毁损灭失的，监管方不承担赔偿责任，损失由存货所有人自行承担。”")


def test_a_custody_clause_is_a_contract():
    assert "contract_check" in choose_tools(CUSTODY + "咁我们风险几大", CODE)


def test_goods_named_in_a_short_note_are_no_contract():
    assert "contract_check" not in choose_tools("仓库说“质物都在”，要不要去盘库", CODE)


# 7. the income a file states, asked of the file, is no invoice question
def test_a_files_income_asked_is_the_file():
    tools = choose_tools("调查报告里讲的年收入系几多", CODE)
    assert "documents" in tools and "invoice_summary" not in tools


@pytest.mark.parametrize("question", ["调查报告里讲的年收入是多少，他今年开票多少", "他今年收入多少"])
def test_invoices_asked_stay(question):
    assert "invoice_summary" in choose_tools(question, CODE)


# 8. a quoted IOU with a few words between the file and its quote is not searched for
def test_an_iou_quoted_after_a_few_words_is_not_searched():
    q = "客户拿张借条嚟话人哋欠佢钱：“今借到某某现金拾万元整，月息3分，年底还清。”，月息3分受唔受保护？"
    assert "documents" not in choose_tools(q, CODE)


# 9. a rate worked out as arithmetic needs no law articles; a legal word keeps them
@pytest.mark.parametrize("question", ["隔篱信用社俾佢利率3.9%，我们报4.75%，贷50万一年利息差几多", "月息2分，借10万一年利息几多"])
def test_rate_arithmetic_is_the_rate_check_alone(question):
    assert choose_tools(question, CODE) == ["rate_check"]


@pytest.mark.parametrize("question", ["月息2分合法吗", "利率5%超不超上限", "月息2分受唔受保护", "约定年化22%，代偿后利息部分能一起追吗"])
def test_a_rates_legality_keeps_the_law(question):
    assert "regulations" in choose_tools(question, CODE)


def test_without_a_borrower_the_law_stays_next_to_the_sum():
    assert "regulations" in choose_tools("借条写的月息三分，借两万一年利息几多", None)


# 10. review 14: the v17 rules kept to what they were written for
@pytest.mark.parametrize("question", ["是不是要几个人一起查征信", "几个部门可以查他的征信", "他最近有几个月没查征信了",
                                      "几家银行可以查他征信吗"])
def test_a_credit_query_count_that_is_no_lender_is_no_warning(question):
    assert "warnings" not in choose_tools(question, CODE)


@pytest.mark.parametrize("question", ["最近多少家机构查过他征信", "好几个网贷平台查过他征信", "几家银行在查他征信"])
def test_lenders_counted_querying_stay_a_warning(question):
    assert choose_tools(question, CODE) == ["warnings"]


@pytest.mark.parametrize("asked", ["宣布提前到期合唔合规", "这条的提前到期约定合规吗"])
def test_compliance_of_a_term_with_no_cost_is_no_rate_check(asked):
    assert "rate_check" not in choose_tools(CLAUSE + asked, CODE)


def test_a_cost_asked_compliant_in_mandarin_is_checked():
    assert "rate_check" in choose_tools(CLAUSE + "罚息合规吗", CODE)


STOCKTAKE = ("盘点表：“质物：螺纹钢500吨，存放于3号库，监管方：南宁某物流公司，盘点人张三，盘点日期2024年5月8日，库位编号A3-07，"
             "外包装完好无破损，数量与入库单一致，监管员李四签字确认，仓储方负责人王五签字”，同台账对唔对得上")


def test_a_stocktake_sheet_naming_the_goods_is_no_contract():
    assert "contract_check" not in choose_tools(STOCKTAKE, CODE)


def test_a_pledgor_bound_by_a_clause_is_a_contract():
    clause = ("质押协议第六条：“出质人应当在质物价值下跌至警戒线时五个工作日内补足质物，质物由仓储方负责保管，出质人不得擅自提取、"
              "转移或者以其他方式处分质物，否则质权人有权宣布借款提前到期，并要求出质人按借款金额的百分之十支付违约金。”咁写够唔够严")
    assert "contract_check" in choose_tools(clause, CODE)


def test_a_reply_cited_by_its_title_is_the_law():
    tools = choose_tools("关于新民间借贷司法解释适用范围问题的批复要求是什么", CODE)
    assert "documents" not in tools and "regulations" in tools


@pytest.mark.parametrize("plain", ["他正信誓旦旦说下个月还", "他正信赖这个担保公司", "佢正信号唔好", "宝马5系几多钱"])
def test_words_next_to_zheng_xin_or_a_series_number_are_not_rewritten(plain):
    assert "征信" not in mandarin_reading(plain) and "5是" not in mandarin_reading(plain)


@pytest.mark.parametrize("said, read", [("查佢正信", "查他征信"), ("几家网贷查佢正信", "几家网贷查他征信")])
def test_a_credit_report_queried_is_still_read(said, read):
    assert mandarin_reading(said) == read


def test_a_legal_follow_up_to_a_frozen_account_keeps_the_law():
    assert "regulations" in choose_tools("他的账户被法院冻结了，保证金能划扣吗", CODE)


@pytest.mark.parametrize("question", ["保证合同我们档案那份是写的：“连带责任保证期间三年”吗",
                                      "合同第三页手写加了一句：“乙方放弃先诉抗辩权利”，档案里那份有没有"])
def test_a_quoted_file_never_leaves_the_question_without_a_source(question):
    assert choose_tools(question, CODE) != []
