"""Router v16 (chat_router.yaml), from reading a Hebei 保定/邢台 农信联社's questions (冀中话 嘛/介/忒, voice slips, files
asked what they say by name, a quoted invoice asked after in the system): each fix with questions of its own and
guards that must not pick the source. None of these questions is a data set's row."""
from __future__ import annotations

import pytest

from agent.graph.tools import choose_tools, mandarin_reading

CODE = "91130600MA0XXXXX0X"    # any borrower in focus


# 1. 冀中话 嘛/介/忒, voice slips and amounts in w read as Mandarin
@pytest.mark.parametrize("said, read", [
    ("介个厂子有嘛官司", "这个厂子有什么官司"),
    ("他评级为嘛降了", "他评级为什么降了"),
    ("该划成嘛级别", "该划成什么级别"),
    ("批下来的期限是嘛？", "批下来的期限是什么？"),
    ("俺介笔利息忒高了", "我这笔利息太高了"),
    ("征性报告花不花", "征信报告花不花"),
    ("存货质压能办吗", "存货质押能办吗"),
    ("保症人签字了没", "保证人签字了没"),
    ("借了50w", "借了50万"),
])
def test_hebei_words_and_slips_are_read_as_mandarin(said, read):
    assert mandarin_reading(said) == read


@pytest.mark.parametrize("plain", ["不是说要降费嘛", "是嘛？", "原来是嘛", "真的是嘛？", "可不是嘛", "他走了，是嘛？", "你干嘛呢", "喇嘛庙", "找了个中介个人",
                                   "给我介绍个客户", "产品简介里有", "象征性收费", "特征性指标", "水质压力大", "实质压低了价格", "这盏灯100W",
                                   "差忒远"])
def test_words_that_only_look_like_them_are_left_alone(plain):
    assert mandarin_reading(plain) == plain


@pytest.mark.parametrize("question, tool", [
    ("他分为嘛掉了", "score"),
    ("介户最近中不中", "warnings"),
    ("介份你给俺瞅瞅", "documents"),
    ("他说上季度给超市开了80多w的票，是真的不", "invoice_summary"),
])
def test_hebei_words_pick_their_source(question, tool):
    assert tool in choose_tools(question, CODE)


def test_a_closing_ma_asks_nothing_of_the_file():
    assert "documents" not in choose_tools("他开票挺多的嘛", CODE)


# 2. a file asked what it says by name is searched, and the question is no legal one
@pytest.mark.parametrize("question", ["他的授信批复上批的是几年", "不动产登记证上登的面积是多少", "入库单上写的数量对不上",
                                      "他申请用途写的是嘛"])
def test_a_file_asked_by_name_is_searched(question):
    assert choose_tools(question, CODE) == ["documents"]


@pytest.mark.parametrize("question", ["法律规定上写的上限是多少", "系统里记的分数是多少"])
def test_a_rule_or_the_system_is_no_file(question):
    assert "documents" not in choose_tools(question, CODE)


# 3. what the committee required, and whether a duty is written down, are the file's words
def test_a_committees_requirement_is_no_legal_question():
    assert choose_tools("审批书里的放款条件是嘛？是不是要求先办抵押", CODE) == ["documents"]


def test_a_duty_written_down_is_a_review():
    tools = choose_tools("这份保证合同你审审，保证人的责任写清楚没有", CODE)
    assert "regulations" not in tools and "contract_review" in tools


@pytest.mark.parametrize("question", ["法律上是不是要求抵押必须登记", "保证人的责任写清楚了，他还能不能赖账"])
def test_the_law_asked_stays(question):
    assert "regulations" in choose_tools(question, CODE)


# 4. the all-in cost asked is the rate check
def test_the_all_in_cost_is_the_rate_check():
    assert "rate_check" in choose_tools("贷款下来中介要收3个点，再加上利息，综合成本算下来多少", CODE)


@pytest.mark.parametrize("question", ["企业综合成本上升了，对他还款有影响吗", "综合成本包括哪些"])
def test_a_firms_costs_are_no_rate(question):
    assert "rate_check" not in choose_tools(question, CODE)


# 5. a quoted invoice asked after in the system is the invoice data, not the stored files
def test_a_quoted_invoice_asked_in_the_system_is_the_invoice_data():
    tools = choose_tools("客户拿来的发票上写着“*农产品*干香菇 数量500千克 金额30000.00”，这张票系统里查得着吗，他今年开票多少", CODE)
    assert tools == ["invoice_summary"]


def test_a_quoted_file_compared_with_the_stored_one_is_searched():
    assert "documents" in choose_tools("借条上写着“今借到张三现金伍万元整，月息二分”，跟系统里存的那份一样不", CODE)


# 6. review of v16 (v16.1): the new rules no longer fire on these
@pytest.mark.parametrize("question", ["银保监会批复里批的是什么", "第688条写的是啥"])
def test_a_regulators_reply_or_an_article_keeps_the_law(question):
    assert "regulations" in choose_tools(question, CODE)


@pytest.mark.parametrize("question", ["最高法的批复里写的是什么", "司法解释里写的是什么", "评分表里记的分数是多少",
                                      "他基本上写的都是实话吧，评分多少", "法律书上写的保证期间是多久"])
def test_no_file_is_searched_for_the_law_or_the_score(question):
    assert "documents" not in choose_tools(question, CODE)


@pytest.mark.parametrize("question", ["他抵押合同里约定的放款条件，按监管规定是不是要求必须先办登记",
                                      "他抵押合同里约定的放款条件，法律上是不是要求必须先办登记"])
def test_the_law_asked_after_a_condition_stays(question):
    assert "regulations" in choose_tools(question, CODE)


@pytest.mark.parametrize("question", ["他养猪的综合成本多少一斤", "他厂子的综合成本有多少，利润能覆盖吗"])
def test_a_firms_own_cost_is_no_rate_check(question):
    assert "rate_check" not in choose_tools(question, CODE)


@pytest.mark.parametrize("question", ["这笔贷款综合融资成本是多少", "利息加服务费，综合成本算下来是几个点"])
def test_the_loans_all_in_cost_still_is(question):
    assert "rate_check" in choose_tools(question, CODE)


@pytest.mark.parametrize("said", ["你是说这家企业逾期了是嘛？", "抵押物是房子是嘛？", "期限多长是嘛？", "他是做生意的是嘛？",
                                  "分析一下5w1h", "装了20块550w的板子", "木质压板厂", "纸质压花"])
def test_a_tag_question_a_watt_or_a_material_is_left_alone(said):
    assert mandarin_reading(said) == said


@pytest.mark.parametrize("said, read", [
    ("他的分掉了这么多，为嘛？", "他的分掉了这么多，为什么？"),
    ("借了５０ｗ", "借了５０万"),
    ("仓单上写的药材品名、数量、仓位号是嘛，跟盘库对不上", "仓单上写的药材品名、数量、仓位号是什么，跟盘库对不上"),
])
def test_more_hebei_readings(said, read):
    assert mandarin_reading(said) == read
