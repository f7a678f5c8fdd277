"""Router v12 (chat_router.yaml), from reading a Guangxi rural bank's questions (白话/桂柳话, 林权, 边贸): each fix with a
question of its own and a guard that must not pick the source. None of these questions is a data set's row."""
from __future__ import annotations

import pytest

from agent.graph.tools import choose_tools, mandarin_reading

CODE = "91450100MA5KXXXX0X"    # any borrower in focus


@pytest.mark.parametrize("said, read", [
    ("呢份合同有冇问题？", "这份合同有没有问题？"),              # 呢 before a measure word is 这
    ("边几个股东签咗字？", "哪几个股东签了字？"),                # 边 before one is 哪
    ("呢个承诺有效咩？", "这个承诺有效吗？"),                    # a closing 咩 asks
    ("佢担保人走佬咗，我哋可以点办？", "他担保人走佬了，我们可以怎么办？"),
    ("调查报告写住佢有几多亩沃柑？", "调查报告写着他有多少亩沃柑？"),
    ("佢上个月开票好多？", "他上个月开票多少？"),                # 桂柳话 好多 closing a question
    ("做哪样要押林权证？", "干什么要押林权证？"),
])
def test_cantonese_and_guiliu_words_are_read_as_mandarin(said, read):
    assert mandarin_reading(said) == read


@pytest.mark.parametrize("plain", ["快点做完再说", "他呢，个人征信没问题", "今年开了好多票", "有点办法的"])
def test_the_same_characters_in_mandarin_are_left_alone(plain):
    assert mandarin_reading(plain) == plain


CLAUSE = ("「乙方在承包期内不得将承包地转包、出租或者设定抵押，如有违反，甲方有权收回承包地并解除本合同，"
          "乙方已投入部分不予补偿。」")


def test_the_risk_of_a_pasted_clause_is_no_request_for_the_borrower_warnings():
    tools = choose_tools(f"承包合同第九条：{CLAUSE}他想拿承包地经营权来押，这条有啥风险？", CODE)
    assert "contract_check" in tools and "warnings" not in tools
    tools = choose_tools(f"呢份承包合同第九条：{CLAUSE}佢想拿承包地经营权嚟押，呢条有冇风险？", CODE)
    assert "contract_check" in tools and "warnings" not in tools
    # guard: the borrower's risk, with no clause, is still its warnings
    assert "warnings" in choose_tools("他家最近风险大不大？", CODE)


def test_a_related_party_resolution_under_company_law_is_no_warning():
    tools = choose_tools("他们给关联方担保的那个股东会决议，关联股东没回避表决，决议有效吗？", CODE)
    assert "warnings" not in tools and "regulations" in tools and "documents" in tools
    # guards: the related parties' record and the borrower's related guarantees are warnings
    assert "warnings" in choose_tools("他家关联方有没有出事？", CODE)
    assert "warnings" in choose_tools("他有没有关联担保？", CODE)


def test_what_a_stored_report_says_is_a_document_lookup():
    assert "documents" in choose_tools("贷后检查报告写的库存是多少？", CODE)
    assert "documents" in choose_tools("佢尽调报告写住年产几多吨？", CODE)
    # guards: the report the user is writing, and the score's own report
    assert "documents" not in choose_tools("我要写贷后报告，他开票怎么样", CODE)
    assert choose_tools("评分报告写的扣分原因是啥", CODE) == ["score"]


def test_bundled_sales_and_irregular_fees_in_the_stored_contract_ask_for_a_review():
    assert "contract_review" in choose_tools("他家的借款合同里有没有搭售保险、捆绑理财的条款？", CODE)
    # guard: a misused loan is the law's question, not a review of the contract
    assert "contract_review" not in choose_tools("合同上写的用途是买饲料，钱却拿去还了别人，这算不算违规", CODE)


def test_an_english_supply_clause_pasted_is_checked():
    q = ('Our client\'s supply contract says: "The Seller shall deliver the goods within 30 days of the deposit and '
         'the Buyer shall pay the balance within 15 days of delivery, failing which the Seller may retain title." '
         "Can we take the inventory as collateral?")
    assert "contract_check" in choose_tools(q, CODE)
    # guard: a short English phrase quoted in a Chinese question is no paste
    assert "contract_check" not in choose_tools('他说对方讲"we shall pay soon"，这个能信吗', CODE)


IOU = ("“今借到张某人民币贰拾万元整，借期六个月，自2024年3月1日起至2024年8月31日止，月息三分，利息按月支付，"
       "逾期每日按借款总额千分之五支付违约金，借款人以其货车作抵押。借款人：王某”")
GUARANTEE = ("担保合同第三条：「保证人对借款人在本合同项下的全部债务承担连带保证责任，保证期间为主债务履行期届满之日起三年，"
             "借款年利率为15%，逾期利率在此基础上加收50%。」")


def test_what_a_court_upholds_of_a_pasted_rate_is_its_level():
    tools = choose_tools(f"客户拍了张借条：{IOU}这利息法院能认多少？", CODE)
    assert "contract_check" in tools and "rate_check" in tools


def test_a_rate_asked_whether_it_is_a_problem_is_its_level():
    assert "rate_check" in choose_tools(f"{GUARANTEE}这个利率有没有问题？", CODE)
    # guard: another term of the same clause asked about leaves the rate alone
    tools = choose_tools(f"{GUARANTEE}这条保证期间有没有问题？", CODE)
    assert "contract_check" in tools and "rate_check" not in tools


def test_a_bare_percentage_asked_whether_it_goes_over_is_a_rate():
    assert "rate_check" in choose_tools("投资协议约定每年固定回报15%，这个超不超上限？", None)
    # guards: a fee's legality is the law's question; a drop in percent is no rate
    assert "rate_check" not in choose_tools("提前还款要收2%手续费，合法吗", None)
    assert "rate_check" not in choose_tools("开票下降了30%，超不超预警线", CODE)
    assert "rate_check" not in choose_tools("用电量同比少了40%，是不是超了警戒线", CODE)


def test_the_annual_rate_of_an_instalment_loan_is_asked_of_the_rate_check():
    assert "rate_check" in choose_tools("他在网上借了两万，每个月还一千九，还12个月，实际年化多少？", CODE)
    # guard: a year's invoicing is no rate
    assert "rate_check" not in choose_tools("他的年化开票额多少", CODE)


def test_whether_the_score_uses_the_tax_credit_grade_is_a_score_question():
    assert choose_tools("他纳税信用A级，系统评分会不会加分？", CODE) == ["score"]
    # guard: unpaid tax is still a warning
    assert "warnings" in choose_tools("他有没有欠税？", CODE)


def test_what_the_lender_can_do_is_a_legal_question():
    assert sorted(choose_tools("担保人跑路了，我们可以怎么做？", CODE)) == ["regulations", "warnings"]
    assert sorted(choose_tools("担保人走佬咗，我哋可以点办？", CODE)) == ["regulations", "warnings"]
    # guard: a question only about the figures gets no law
    assert choose_tools("他开票怎么样", CODE) == ["invoice_summary"]


@pytest.mark.parametrize("question", ["资产负债率70%，超不超？", "他家贷款年化超不超36%？", "抵押率到了75%，超了没有"])
def test_a_ratio_of_the_books_or_the_cap_itself_is_no_stated_rate(question):
    assert "rate_check" not in choose_tools(question, CODE)


def test_a_time_or_a_branch_before_ban_is_no_how():
    assert mandarin_reading("明天上午九点办抵押登记") == "明天上午九点办抵押登记"
    assert mandarin_reading("哪个网点办的") == "哪个网点办的"


@pytest.mark.parametrize("question", ["逾期率5%高不高？", "首付比例30%是不是太高了？", "增值税13%太高了吧"])
def test_other_ratios_asked_whether_too_high_are_no_stated_rate(question):
    assert "rate_check" not in choose_tools(question, CODE)


def test_an_english_email_is_no_contract_but_an_english_clause_is():
    mail = ("客户发来的邮件，帮我看看他什么意思\nDear Sir, we shall arrange the remaining payment next month once our buyer "
            "confirms the delivery, and the parties concerned will be informed.")
    assert "contract_check" not in choose_tools(mail, CODE)
    clause = ("这条英文条款有没有问题？\nThe Buyer shall pay the full price within 30 days after delivery, failing which the "
              "Seller may charge interest at 2% per month on the overdue amount.")
    assert "contract_check" in choose_tools(clause, CODE)
