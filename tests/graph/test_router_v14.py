"""Router v14 (chat_router.yaml), from reading a Shandong village bank's questions (冀鲁官话 "…不？" questions, 大棚贷,
仓单质押, 清收): each fix with questions of its own and a guard that must not pick the source. None of these questions
is a data set's row."""
from __future__ import annotations

import pytest

from agent.errors import RuleFileError
from agent.graph.tools import _expanded, choose_tools, mandarin_reading, router_rules

CODE = "91370700MA3XXXXX0X"    # any borrower in focus


def test_the_borrower_nouns_are_one_fragment_expanded_by_the_loader():
    rules = router_rules()
    noun = rules["fragments"]["borrower_noun"]
    assert "{{" not in str(rules["tools"])
    warnings = rules["tools"]["warnings"]
    assert any(noun in w for w in warnings["keywords"]) and any(noun in w for w in warnings["ignore"])


@pytest.mark.parametrize("said, read", [
    ("展期以后还算逾期不？", "展期以后还算不算逾期？"),
    ("有超不？", "有没有超？"),
    ("法院能支持不？", "法院能支持吗？"),       # 能…不 is 能…吗, not 能不能 (the law's word)
    ("明细能导出不", "明细能导出吗"),
])
def test_a_question_closed_by_bu_is_read_as_mandarin(said, read):
    assert mandarin_reading(said) == read


@pytest.mark.parametrize("plain", ["要不要还不？", "能不能批不？", "他说他还不上", "是不动产"])
def test_an_a_not_a_question_is_left_alone(plain):
    assert mandarin_reading(plain) == plain


def test_suan_bu_asks_the_law_but_neng_bu_does_not():
    assert "regulations" in choose_tools("他开票停了三个月，这笔还算正常类不？", CODE)
    # guard: asking whether the figures can be exported is read as 能…吗 (v13 left it unread), not as 能不能 (the
    # law's word), and is no legal question
    assert mandarin_reading("这户开票明细Excel能导出不") == "这户开票明细Excel能导出吗"
    assert choose_tools("这户开票明细Excel能导出不", CODE) == ["invoice_summary"]


@pytest.mark.parametrize("question", ["上个月社保断缴了，分掉了没？", "开票要是掉了的话分会不会跟着变？", "恁把他分、流水、开票都看看",
                                      "他被人起诉了？分受影响了不"])
def test_the_score_said_as_fen_after_a_pause_or_in_a_list(question):
    assert "score" in choose_tools(question, CODE)


def test_fen_in_other_words_is_no_score():
    assert "score" not in choose_tools("抵押物是动产还是不动产，分动产和不动产怎么登记", CODE)


def test_an_invoiced_amount_said_before_piao_asks_for_the_invoices():
    assert "invoice_summary" in choose_tools("老板说上礼拜刚开了六十多万的票，系统里能看到不", CODE)
    assert "invoice_summary" not in choose_tools("他开了50万的支票给供应商", CODE)


def test_online_loans_asked_how_many_are_a_warning_question():
    assert "warnings" in choose_tools("他手机上网贷多不多？", CODE)
    # guard: the rate of an online loan is no multi-lender question
    assert "warnings" not in choose_tools("网贷年化36%超没超？", CODE)


def test_a_pasted_pledge_clause_is_checked():
    q = ("这是他家质押协议里的一条：“出质人将其对某超市的全部应收账款出质给质权人，出质人未经质权人书面同意不得转让、放弃或以其他"
         "方式处分该应收账款，否则质权人有权要求出质人立即以等值财产补足或提前清偿。”这条靠不靠谱")
    assert "contract_check" in choose_tools(q, CODE)


def test_a_contract_under_review_is_not_searched_again():
    assert choose_tools("把他那份抵押合同审一遍，看有没有坑", CODE) == ["contract_review"]
    # guards: another file, or what the file says, is still looked up
    assert "documents" in choose_tools("抵押合同审一下，抵押登记办了没？", CODE)
    assert "documents" in choose_tools("保证合同审一下，股东会决议传上来没有", CODE)
    assert "documents" in choose_tools("借款合同审一遍，顺便看下合同里宽限期是几天", CODE)


def test_a_rate_read_out_of_the_contract_is_checked_not_searched():
    assert "documents" not in choose_tools("合同约定逾期罚息日万分之五，超没超？", CODE)
    # guard: the user doubts the figure
    assert "documents" in choose_tools("合同上写的月息1分5是吧？超没超", CODE)


def test_a_figure_read_out_of_a_file_is_no_request_for_it():
    assert choose_tools("他申请书里写的年销售额3000万，开票对得上吗", CODE) == ["invoice_summary"]
    assert "documents" in choose_tools("他申请书里写的年销售额是多少", CODE)


@pytest.mark.parametrize("question, facts", [
    ("他那个被执行的案子是哪个法院的？", "warnings"),
    ("借款合同里约定的管辖法院写的哪个？", "documents"),
    ("厂门口贴了法院封条，查查他被执行了多少", "warnings"),
    ("流水里看看有没有挪用贷款的迹象", "invoice_summary"),
])
def test_a_court_or_a_misuse_as_a_fact_is_no_legal_question(question, facts):
    assert choose_tools(question, CODE) == [facts]


@pytest.mark.parametrize("question", ["他挪用了贷款，我们能提前收回不？", "这种纠纷是哪个法院管辖？"])
def test_the_law_is_still_asked(question):
    assert "regulations" in choose_tools(question, CODE)


# v14.1: the review's findings on v14, each with its inputs and variants of ours


@pytest.mark.parametrize("said", ["我们打算起诉不？", "他们公司进入清算程序了不？", "预算做完了不？", "利息计算有误不？",
                                  "这笔贷款结算了不？", "换算成年化了不？"])
def test_suan_inside_a_word_is_not_suan_bu_suan(said):
    assert "算不算" not in mandarin_reading(said)


@pytest.mark.parametrize("said", ["这家有限公司还在经营不？", "他所有的账户都冻结了不？", "他拥有的房产抵押了不？",
                                  "国有土地证办了不？"])
def test_you_inside_a_word_is_not_you_mei_you(said):
    assert "有没有" not in mandarin_reading(said)


@pytest.mark.parametrize("said, read", [
    ("明细能导出不，俺要做材料", "明细能导出吗，我要做材料"),
    ("展期以后还算逾期不啊", "展期以后还算不算逾期啊"),
    ("他有网贷不呀？", "他有没有网贷呀？"),
    ("这笔能展期不哈", "这笔能展期吗哈"),
])
def test_a_bu_question_followed_by_a_comma_or_particle_is_read(said, read):
    assert mandarin_reading(said) == read


@pytest.mark.parametrize("plain", ["他说他还不上啊", "是不动产，要登记"])
def test_a_bu_inside_a_word_before_a_particle_or_comma_is_left_alone(plain):
    assert mandarin_reading(plain) == plain


def test_a_liquidation_asked_with_bu_keeps_the_warnings():
    assert "warnings" in choose_tools("他们公司进入清算程序了不？", CODE)
    assert choose_tools("他们公司进入清算程序了不？", CODE) == choose_tools("他们公司进入清算程序了吗？", CODE)


@pytest.mark.parametrize("question", ["打算续贷不？", "俺们打算下个月给他续贷，行不？"])
def test_a_renewal_plan_asked_with_bu_is_no_warning(question):
    assert "warnings" not in choose_tools(question, CODE)


@pytest.mark.parametrize("question", ["把他借款合同调出来给我看看，再审一下", "借款合同审一下，合同原件在哪",
                                      "保证合同上保证人是谁，审一下", "抵押合同审一遍，扫描件发我一份",
                                      "借款合同找出来，审审有没有坑"])
def test_a_user_who_asks_for_the_contract_gets_it_next_to_the_review(question):
    assert "documents" in choose_tools(question, CODE)


@pytest.mark.parametrize("question", ["合同约定月息2分，超没超，合同给我调出来", "按合同罚息年化24%，合同第几条写的",
                                      "合同约定年化18%，超不超？合同是谁签的"])
def test_a_user_who_asks_for_the_contract_gets_it_next_to_the_rate_check(question):
    assert "documents" in choose_tools(question, CODE)


def test_a_contract_problem_asked_where_is_still_the_review_alone():
    # guard: "问题在哪" asks where the contract goes wrong, not where the file is
    assert choose_tools("这份合同的问题在哪，审一下", CODE) == ["contract_review"]


@pytest.mark.parametrize("question", ["他调查报告里写的2023年营收是多少", "报告里写的第3条是什么意思",
                                      "报表上写的营收是多少来着"])
def test_a_figure_asked_of_a_file_is_still_looked_up(question):
    assert "documents" in choose_tools(question, CODE)


@pytest.mark.parametrize("question", ["报表里写的2023年营收2000万，开票对得上吗",
                                      "征信报告上写着“近3个月贷款审批查询次数：7”，给他报多头预警了没"])
def test_a_figure_read_out_after_a_year_or_a_period_is_still_no_request(question):
    assert "documents" not in choose_tools(question, CODE)


@pytest.mark.parametrize("question", ["借款合同纠纷，应该是哪个法院有管辖权？", "这个案子是哪个法院的管辖范围？",
                                      "要起诉他的话，是哪个法院受理？"])
def test_jurisdiction_is_still_a_legal_question(question):
    assert "regulations" in choose_tools(question, CODE)


@pytest.mark.parametrize("question", ["合同主体变更的话分变更前和变更后的债务", "利率调整，分动态和固定两种"])
def test_fen_meaning_divide_is_no_score(question):
    assert "score" not in choose_tools(question, CODE)


@pytest.mark.parametrize("question", ["开票掉了，分变化大不大", "开票掉了的话分会不会跟着变？"])
def test_a_score_that_moves_is_still_the_score(question):
    assert "score" in choose_tools(question, CODE)


@pytest.mark.parametrize("question", ["他有没有网贷？", "他有网贷不？", "他网贷多少？", "他外面欠款有多少"])
def test_online_loans_asked_plainly_are_a_warning_question(question):
    assert "warnings" in choose_tools(question, CODE)


@pytest.mark.parametrize("question", ["他在我们这借款多不多", "他在咱行贷款多不多，还款正常不", "我们这个网贷产品利率多少合适"])
def test_the_lenders_own_loans_are_no_multi_lender_warning(question):
    assert "warnings" not in choose_tools(question, CODE)


@pytest.mark.parametrize("question", ["他开了80来万块钱的票", "他开了1.5个亿的票", "上个月开了两百多万块的票"])
def test_an_invoiced_amount_in_other_units_asks_for_the_invoices(question):
    assert "invoice_summary" in choose_tools(question, CODE)


def test_a_fragment_in_a_mandarin_key_is_expanded():
    assert _expanded({"mandarin": {"re:这个{{n}}咋样": "x"}}, {"n": "(?:场|厂)"}) == {
        "mandarin": {"re:这个(?:场|厂)咋样": "x"}}


def test_a_misspelt_fragment_names_the_file_and_the_fragment():
    with pytest.raises(RuleFileError) as err:
        _expanded({"tools": {"warnings": {"keywords": ["re:这个{{borower_noun}}咋样"]}}},
                  {"borrower_noun": "(?:场|厂)"}, source="chat_router.yaml")
    assert err.value.file == "chat_router.yaml" and err.value.name == "borower_noun"
    assert "borrower_noun" in err.value.message     # the known names, to spot the typo
