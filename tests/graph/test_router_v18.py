"""Router v18 (chat_router.yaml), from reading a 皖北/皖西 农商行's questions (咋弄/咋整 and 可中 read as Mandarin, what the
lender may demand and whether a security can be taken asked with 能…不, a fact the user supplies not looked up again,
a file's conditions, invoices still issued, input invoices): each fix with questions of its own and guards that must
not pick the source. None of these questions is a data set's row."""
from __future__ import annotations

import pytest

from agent.graph.tools import choose_tools, mandarin_reading

CODE = "91340100MA2XXXXX0X"    # any borrower in focus


# 1. 咋弄/咋整 ask what to do (they had been eaten by 咋 alone), 可中 closing a question is 行不行
@pytest.mark.parametrize("said, read", [
    ("担保人不认账咋弄", "担保人不认账怎么办"),
    ("抵押物卖不掉咋整？", "抵押物卖不掉怎么办？"),
    ("这么写可中？", "这么写行不行？"),
])
def test_what_to_do_is_read_as_mandarin(said, read):
    assert mandarin_reading(said) == read


@pytest.mark.parametrize("plain, read", [("分数咋弄出来的", "分数怎么弄出来的"), ("这表咋弄的", "这表怎么弄的"),
                                         ("他可中奖了", "他可中奖了"), ("可中不中看情况", "可行不行看情况")])
def test_how_it_was_done_is_not_what_to_do(plain, read):
    assert mandarin_reading(plain) == read


def test_what_to_do_keeps_the_law():
    assert "regulations" in choose_tools("保证合同上他老婆木有签字，要是他还不上咱的保证咋弄？合同调出来俺看看", CODE)


def test_how_a_score_was_made_is_no_law():
    assert choose_tools("他分数咋弄出来的", CODE) == ["score"]


# 2. what the lender may demand, and whether a security can be taken, asked with 能…不 / 能…吗
@pytest.mark.parametrize("question", ["库存跌价了，俺们能要求他追加抵押不？他现在评分多少",
                                      "质押的货被人拉走了，质权人可以要求仓库赔吗？再看看他的预警",
                                      "拿他的挖掘机抵押能办不？档案里购车发票上写的车主是谁",
                                      "应收账款质押可以做吗？他今年开票多少"])
def test_a_lenders_right_or_a_security_keeps_the_law(question):
    assert "regulations" in choose_tools(question, CODE)


@pytest.mark.parametrize("question", ["我们要求他补充材料了，评分出来没", "客户能要求提额吗？他评分多少",
                                      "这笔贷款能办吗？他评分多少", "抵押合同能调出来吗"])
def test_a_request_or_a_business_question_is_no_law(question):
    assert "regulations" not in choose_tools(question, CODE)


# 3. an authority's order told as the setting of a legal question is a fact the user has; asked, it is the record
def test_an_order_told_before_a_legal_question_is_no_warning():
    tools = choose_tools("这家化工厂被责令停产整改，俺们能不能停止放款？", CODE)
    assert "warnings" not in tools and "regulations" in tools


@pytest.mark.parametrize("question", ["他家有没有被责令停产", "这个厂是不是被勒令停产了？", "他家停产了没"])
def test_an_order_asked_about_is_the_record(question):
    assert "warnings" in choose_tools(question, CODE)


# 4. the conditions a credit approval states are the file's, not the law's
def test_the_approvals_conditions_are_the_file():
    assert choose_tools("上回审批意见里提的啥条件，他落实了没有", CODE) == ["documents"]


@pytest.mark.parametrize("question", ["无还本续贷要满足啥条件？他评分多少", "申请支付令要什么条件？看下他的预警"])
def test_the_conditions_a_rule_sets_stay_the_law(question):
    assert "regulations" in choose_tools(question, CODE)


# 5. whether the invoices are still issued is the invoice data, not a file and not whether the shop is open
@pytest.mark.parametrize("question", ["他家这俩月增值税发票还在开不？", "他们发票还开着没"])
def test_invoices_still_issued_are_the_invoice_data(question):
    assert choose_tools(question, CODE) == ["invoice_summary"]


@pytest.mark.parametrize("question", ["他那个门市还在开不", "他厂子还开着没"])
def test_a_shop_still_open_stays_a_warning(question):
    assert "warnings" in choose_tools(question, CODE)


def test_an_invoice_asked_what_it_says_stays_a_file():
    assert "documents" in choose_tools("那张发票开头写的什么", CODE)


# 6. input invoices are the invoice data; the input tax rule is the law's
@pytest.mark.parametrize("question", ["他家进项票都是谁开的？", "这户这个季度进项有多少"])
def test_input_invoices_are_the_invoice_data(question):
    assert "invoice_summary" in choose_tools(question, CODE)


@pytest.mark.parametrize("question", ["进项税率是多少", "进项税额能抵扣吗"])
def test_input_tax_is_the_law(question):
    assert "invoice_summary" not in choose_tools(question, CODE)


# 7. a rule about renewing is no warning; the borrower's renewals still are
@pytest.mark.parametrize("question", ["续贷能不能不还本直接转？监管咋规定的", "续贷可以延长期限吗"])
def test_a_renewal_rule_is_no_warning(question):
    assert "warnings" not in choose_tools(question, CODE)


@pytest.mark.parametrize("question", ["他续贷过几次", "他是不是一直在借新还旧续贷"])
def test_the_borrowers_renewals_stay_warnings(question):
    assert "warnings" in choose_tools(question, CODE)


# 8. a rate the user recalls ("我记得是年化12%") is supplied, not looked up; a doubt about it still is
def test_a_recalled_rate_is_not_searched_for():
    tools = choose_tools("他那份借款合同我记得是年化12%，再加每月0.5%的服务费，超没超上限", CODE)
    assert "rate_check" in tools and "documents" not in tools


@pytest.mark.parametrize("question", ["借款合同上写的月息1.8分，我记得是这个数吧？超没超",
                                      "借款合同利率具体多少我记不清了，年化15%超没超上限"])
def test_a_doubted_rate_is_searched_for(question):
    assert "documents" in choose_tools(question, CODE)


# Review 14: defects found in v18 and mended, each with variants of its own


@pytest.mark.parametrize("said, read", [("这个咋整理", "这个怎么整理"), ("他们咋整改的", "他们怎么整改的"),
                                        ("这钱咋弄来的", "这钱怎么弄来的"), ("分数咋整得这么低", "分数怎么整得这么低"),
                                        ("到底咋弄才好", "到底怎么办才好"), ("咋整啊", "怎么办啊"),
                                        ("可中不可中", "可中不可中")])
def test_what_to_do_only_closes_a_clause(said, read):
    assert mandarin_reading(said) == read


@pytest.mark.parametrize("question, tools", [("他评分咋弄这么低", ["score"]), ("他流水咋弄来的", ["invoice_summary"]),
                                             ("他们环保问题咋整改的？", ["warnings"])])
def test_how_it_was_done_brings_no_law(question, tools):
    assert choose_tools(question, CODE) == tools


@pytest.mark.parametrize("question", ["我们可以要求他本周把流水补上，他最近开票多少", "车抵押贷款能办不？他评分多少"])
def test_a_demand_told_or_a_secured_loan_is_no_law(question):
    assert "regulations" not in choose_tools(question, CODE)


def test_a_lenders_right_asked_with_neng_bu_neng_keeps_the_law():
    assert "regulations" in choose_tools("我们可不可以要求他加担保？他评分多少", CODE)


@pytest.mark.parametrize("question", ["这家化工厂被责令停产整改，俺们能不能停止放款？再查查他还有啥问题",
                                      "这家化工厂被责令停产整改，俺们能不能停止放款？他征信有没有别的问题",
                                      "听说他被责令停产。", "听说他被责令停产，咱能提前收贷不"])
def test_other_problems_or_an_order_heard_of_keep_the_record(question):
    assert "warnings" in choose_tools(question, CODE)


@pytest.mark.parametrize("question", ["借款合同我记得是年化13.8%吧，超没超", "借款合同年化13.8%我不太记得了，超没超",
                                      "借款合同我记得是年化13.8%，没记错吧？超没超上限", "借款合同年化13.8%吧？我记得，超没超",
                                      "借款合同我记得大概是年化13.8%，超没超", "借款合同我记得年化13.8%，你帮我查查合同核一下，超没超"])
def test_a_doubted_recall_is_looked_up(question):
    assert "documents" in choose_tools(question, CODE)


@pytest.mark.parametrize("question", ["银保监局的审批意见里说了啥", "人民银行审批意见要什么条件", "监管审批意见一般多久下来"])
def test_a_regulators_approval_is_the_law(question):
    assert choose_tools(question, CODE) == ["regulations"]


def test_one_invoice_issued_keeps_the_file():
    assert "documents" in choose_tools("这张发票开了没", CODE)


@pytest.mark.parametrize("question", ["他之前办过无还本续贷没", "他是不是做过无还本续贷", "他续贷可以吗，有没有逾期",
                                      "他这笔续贷能续上不"])
def test_the_borrowers_own_renewals_are_the_record(question):
    assert "warnings" in choose_tools(question, CODE)


@pytest.mark.parametrize("question", ["他家进项税额能不能抵扣", "进项税额到底可不可以抵扣"])
def test_input_tax_credit_is_no_invoice_data(question):
    assert "invoice_summary" not in choose_tools(question, CODE)
