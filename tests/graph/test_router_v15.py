"""Router v15 (chat_router.yaml), from reading a Jiangxi 赣州 rural bank's questions (赣南客家话 涯/係/么个, voice slips,
脐橙 and 家具 borrowers, pasted IOUs, invoices and court SMS): each fix with questions of its own and a guard that must
not pick the source. None of these questions is a data set's row."""
from __future__ import annotations

import pytest

from agent.graph.tools import choose_tools, mandarin_reading

CODE = "91360703MA35XXXX0X"    # any borrower in focus


# 1. 客家话 and voice-input slips read as Mandarin
@pytest.mark.parametrize("said, read", [
    ("涯想问下佢係唔係老客户", "我想问下他是不是老客户"),
    ("佢平级几多", "他评级多少"),
    ("有冇被执型的记录", "有没有被执行的记录"),
    ("么个情况", "什么情况"),
    ("正信报告有冇逾期", "征信报告有没有逾期"),
    ("果园抵压了冇", "果园抵押了没"),
])
def test_hakka_words_and_voice_slips_are_read_as_mandarin(said, read):
    assert mandarin_reading(said) == read


@pytest.mark.parametrize("plain", ["他是我平级的同事", "平级调动", "职业生涯", "天涯海角", "这个是怎么个算法", "开漂亮点的门面",
                                   "正信律师事务所"])
def test_words_that_only_look_like_them_are_left_alone(plain):
    assert mandarin_reading(plain) == plain


@pytest.mark.parametrize("question, tool", [
    ("这户家具厂上半年开漂开了几多", "invoice_summary"),
    ("你同涯讲下佢平级係几多", "score"),
    ("佢有冇被执型", "warnings"),
])
def test_slips_pick_their_source(question, tool):
    assert tool in choose_tools(question, CODE)


def test_a_rate_said_with_hakka_xi_is_checked():
    assert "rate_check" in choose_tools("这户车贷年利率係11.5%，监管对这个有冇限制", CODE)


# 2. the band and the system's figure ask the score
@pytest.mark.parametrize("question", ["这户现在落在第几档了", "佢落在哪一档", "那个做电商的小老板，系统里分多少"])
def test_the_band_asked_is_the_score(question):
    assert "score" in choose_tools(question, CODE)


def test_a_stall_is_no_band():
    assert "score" not in choose_tools("他在家具城的档口做了几年", CODE)


# 3. "有没有…的诉讼" asks the record, not the law
def test_any_lawsuit_asked_is_the_record():
    assert choose_tools("这个养鸡场有没有拖欠工资的诉讼", CODE) == ["warnings"]


def test_an_arbitration_term_is_no_record():
    assert "warnings" not in choose_tools("合同里有没有约定仲裁，约定的是哪个仲裁委", CODE)


# 4. a court's coming seizure and another bank's offer are the setting, not the record
def test_a_coming_seizure_told_is_no_warning():
    tools = choose_tools("法院准备冻结他的账户，我们的质押还能先受偿吗", CODE)
    assert "warnings" not in tools and "regulations" in tools


def test_another_banks_offered_rate_is_no_warning():
    assert "warnings" not in choose_tools("隔壁县的别家银行报了他3.8%，我们给4.2%，按他的评分偏不偏高", CODE)


# 5. a file whose words are quoted is at hand; a file asked about is read
def test_a_quoted_file_is_not_searched_for():
    tools = choose_tools("他拿来一张欠条，上面写着“今欠到王某货款叁万元，月息1.5分，年底付清”，这个月息法院认不认", CODE)
    assert "documents" not in tools and "rate_check" in tools


def test_a_short_quote_asked_of_the_file_is_searched():
    assert "documents" in choose_tools("他那张借据写的是“借到”还是“收到”？写收到的话有没有影响", CODE)


@pytest.mark.parametrize("question", ["抵押合同签的是最高额抵押还是一般抵押？合同里写清楚没有",
                                      "保证合同里有没有写放弃先诉抗辩权，帮我审一下"])
def test_what_the_file_says_is_read_next_to_a_review(question):
    assert "documents" in choose_tools(question, CODE)


def test_an_insurance_policy_is_a_file():
    assert "documents" in choose_tools("他农险保单上第一受益人是不是我们社", CODE)


# 6. "写得对不对", "跟政策冲突" and an undertaking ask for a review
@pytest.mark.parametrize("question", ["这份担保合同的反担保条款写得对不对，跟管理办法有没有冲突",
                                      "他姐签的那份代偿承诺书你帮我审一下有没有效力"])
def test_a_review_is_asked(question):
    assert "contract_review" in choose_tools(question, CODE)


def test_arrears_told_ask_no_review():
    assert "contract_review" not in choose_tools("这户逾期两个月了，他签的还款承诺书在系统里不在", CODE)


# 7. a pasted invoice or court SMS is no contract
def test_a_pasted_invoice_is_no_contract():
    q = ("客户发来一张发票：“货物名称：松木衣柜；规格型号：YG-2208；数量：60件；单价：2,100.00；金额：126,000.00；"
         "税率：13%；税额：16,380.00；购买方：广州某家居贸易有限公司；销售方：某某家具厂”，跟系统里的开票数据对得上吗")
    assert "contract_check" not in choose_tools(q, CODE)


def test_a_pasted_court_sms_is_no_contract():
    q = ("收到短信：“【于都县人民法院】黄某：你与某农村商业银行借款合同纠纷一案（2026）赣0731民初518号，定于2026年11月3日"
         "上午九时在第三法庭开庭，借款人、保证人均应按时到庭。”我们想在开庭前跟他调解，还来得及吗")
    assert "contract_check" not in choose_tools(q, CODE)


# 8. the annual rate of a pasted clause's costs keeps the rate check
def test_the_annual_rate_asked_of_a_pasted_clause_is_checked():
    q = ("合同写的：“借款人应于每月20日等额还本付息，月利率0.6%，另于放款时一次性支付账户管理费人民币伍仟元，"
         "借款人提前还款的，应按提前还款本金的2%支付补偿金，该费用不予退还。”把管理费算进去实际年化多少")
    tools = choose_tools(q, CODE)
    assert "contract_check" in tools and "rate_check" in tools


# 9. invoices asked invoice first are the figures, not the files
def test_invoices_asked_by_amount_are_no_file():
    assert choose_tools("这户运输公司的发票开得几多", CODE) == ["invoice_summary"]


# 10. "好像超过" doubts the level, not the contract's figure
def test_a_level_doubted_is_no_doubt_of_the_file():
    tools = choose_tools("合同写年化8%，但月供折算下来好像超过20%了，帮我算下真实年化", CODE)
    assert "documents" not in tools and "rate_check" in tools


# v15.1, after a review of v15: each of these misrouted on v15 as first written
@pytest.mark.parametrize("question", ["有没有必要提起诉讼", "我们有没有办法通过诉讼追回", "有没有可能诉讼",
                                      "涉及诉讼的贷款怎么分类", "有没有纠纷解决条款", "有没有诉讼保全的规定"])
def test_the_lenders_own_suit_a_clause_or_a_rule_about_suits_is_no_record(question):
    assert "warnings" not in choose_tools(question, CODE)


@pytest.mark.parametrize("question", ["这户还有没有其他诉讼", "这户有没有可以查到的诉讼记录", "他有没有劳动纠纷"])
def test_the_borrowers_suits_asked_are_still_the_record(question):
    assert "warnings" in choose_tools(question, CODE)


@pytest.mark.parametrize("question", ["这笔贷款在哪一档利率", "逾期90天的贷款五级分类算哪一档", "这个金额属于哪一档审批权限"])
def test_a_band_of_something_else_is_no_score(question):
    assert "score" not in choose_tools(question, CODE)


@pytest.mark.parametrize("question", ["佢评分在哪一档", "他的分数落在第几档", "这户的评级现在算什么档"])
def test_the_band_of_the_score_is_the_score(question):
    assert "score" in choose_tools(question, CODE)


def test_a_peer_in_the_org_is_no_rating():
    assert mandarin_reading("他跟我平级，这笔贷款他能不能审批") == "他跟我平级，这笔贷款他能不能审批"
    assert "score" not in choose_tools("他跟我平级，这笔贷款他能不能审批", CODE)


def test_a_traditional_coefficient_is_no_copula():
    assert mandarin_reading("這個係數是多少") == "这个系数是多少"


@pytest.mark.parametrize("question", ["规定写着“贷款人应当按照借款合同约定的用途使用”，他的借款合同里也这么写的吗",
                                      "他说合同写了“逾期按日万分之五收取罚息”，查一下合同是不是这么写的"])
def test_asking_whether_the_file_says_the_quote_searches_it(question):
    assert "documents" in choose_tools(question, CODE)


@pytest.mark.parametrize("question", [
    "这是他跟家具厂签的购销合同：“甲方（买方）：某某商贸公司；乙方（卖方）：某某家具厂。一、产品名称：松木衣柜，规格型号：YG-2208，"
    "数量60件，单价2100元，价税合计人民币126000元。二、乙方应于2026年3月1日前交货，逾期交货按日千分之五支付违约金。”这个违约金条款有没有问题",
    "帮我看下这份和解协议：“甲方某农商银行与乙方黄某就（2025）赣0731民初518号借款合同纠纷一案自愿达成和解：乙方于2026年6月30日前归还本金"
    "20万元及利息，甲方放弃罚息，如乙方逾期未付，甲方有权就全部债权申请强制执行。”这个协议对我们有没有风险"])
def test_a_pasted_contract_naming_an_invoice_or_a_case_is_checked(question):
    assert "contract_check" in choose_tools(question, CODE)
