"""The lexicon's bridges from how consumer-finance complainants and supply-chain lawyers speak to the law's words, and
the idioms that only look legal. Questions written for these tests, not taken from any law set."""
from __future__ import annotations

import pytest

from retrieval.laws import load_corpus
from retrieval.lexical import tokenize
from retrieval.query import expand_query, legal_terms, without_idioms


@pytest.mark.parametrize("question, term", [
    # scraping a contact list
    ("第三方说能用爬虫把借款人微信好友都扒下来，这合法吗", "窃取或者以其他非法方式获取数据"),
    ("外包公司从客户手机里抓取联系人，我们能用吗", "窃取或者以其他非法方式获取数据"),
    # collectors ringing family and colleagues
    ("催收的把我欠钱的事告诉我家人了，我能告他们吗", "非法买卖、提供或者公开他人个人信息"),
    ("他们一逾期就爆通讯录，同学朋友都接到电话", "非法买卖、提供或者公开他人个人信息"),
    ("我填的紧急联系人天天被打电话，这样合法吗", "向其他个人信息处理者提供"),
    # a credit record to be wiped, and a typo for 征信
    ("这条不良记录到底能不能消掉", "异议"),
    ("正信上有个逾期不是我的", "征信"),
    # how long data may be kept
    ("我们录的催收电话录音能存多久", "保存期限"),
    # someone in a coma cannot act for himself
    ("借款人脑出血一直昏迷，他女儿要替他签展期协议", "无民事行为能力"),
    ("老公成了植物人，我能代他处理贷款吗", "监护人"),
    # a relative who offers to pay
    ("借款人他妈说愿意帮他还，要签什么", "愿意加入债务"),
    # a judgment with nothing to enforce
    ("判了也执行不到钱，案子会怎么处理", "终结本次执行程序"),
    # a seller who keeps title: a phone locked, goods taken back
    ("分期买的手机被远程锁机了", "取回标的物"),
    ("车款还差两期，卖车的直接派人拉走了", "取回标的物"),
    # a student borrower is an adult
    ("我儿子是大学生，瞒着家里在网上借钱", "完全民事行为能力人"),
    # a typo for 支付令
    ("收到法院的支付领怎么处理", "支付令"),
    # the law calls an arbitration clause an arbitration agreement
    ("主合同无效了，里面的仲裁条款还算数吗", "仲裁协议"),
    # a foreign or Hong Kong party
    ("判决能拿到新加坡去执行吗", "外国法院"),
    ("被告的财产都在境外", "不在中华人民共和国领域内"),
    ("担保人是一家香港公司，在内地没有办事处", "香港、澳门特别行政区和台湾地区"),
    # a promise of principal and interest to the public
    ("平台卖的理财产品承诺保本保息，年化8%", "非法吸收公众存款"),
    # a debtor and a creditor in league against a third party
    ("我感觉他们两家是一伙的，专门来坑第三人", "恶意串通"),
    # a contract named one thing that is another
    ("合同名义上是融资租赁，其实就是借钱", "合同使用的名称"),
    # a debtor who paid the old creditor before the notice
    ("我已经付给原来的供应商了，保理公司还要我再付一次", "接到债权转让通知前"),
    # the debtor sets his own claim off against the assignee
    ("客户说要从货款里扣掉我们欠他的赔偿款", "主张抵销"),
    # a sale and leaseback
    ("设备卖给租赁公司再租回来用，算什么合同", "融资租赁"),
    ("我们做的是售后回租", "融资租赁"),
])
def test_everyday_wording_reaches_the_law_s_words(question: str, term: str) -> None:
    assert term in legal_terms(question)


@pytest.mark.parametrize("question, term", [
    ("The guarantor is our Hong Kong parent with no office on the mainland", "香港、澳门特别行政区和台湾地区"),
    ("The award was made in Singapore; can the buyer still sue in Shenzhen?", "涉外仲裁机构"),
    ("We received the factor's notice of assignment; can the supplier cancel it?", "通知不得撤销"),
])
def test_english_wording_reaches_the_law_s_words(question: str, term: str) -> None:
    assert term in legal_terms(question)


def test_every_new_law_word_occurs_in_the_corpus() -> None:
    text = "".join(a.text for inst in load_corpus() for a in inst.articles)
    for question in ("借款人昏迷", "帮他还", "执行不到", "锁机", "爬虫", "爆通讯录", "存多久", "保本保息", "售后回租",
                     "再付一次", "货款里扣", "一伙的", "名义上是", "新加坡", "香港", "仲裁条款"):
        assert all(t in text for t in legal_terms(question)), question


@pytest.mark.parametrize("question", [
    "为了保险起见，我们先去法院申请冻结他的账户",
    "还是让他写个借条才保险",
    "先签个补充协议比较保险",
])
def test_an_idiom_built_on_insurance_does_not_search_for_insurance(question: str) -> None:
    assert "保险" not in without_idioms(question)
    assert "保险" not in tokenize(expand_query(question))


def test_insurance_itself_is_still_searched() -> None:
    for question in ("借款时被搭售了保险，保险费算利息吗", "保险公司赔付后能向谁追偿", "这份保险合同有效吗"):
        assert "保险" in tokenize(expand_query(question))


def test_near_misses_do_not_trigger_the_new_bridges() -> None:
    # 担保本金 holds 保本, 签名为 holds 名为, 事实为 holds 实为: none is a promise of returns or a disguised contract
    assert "非法吸收公众存款" not in legal_terms("保证人只担保本金，不担保利息吗")
    assert "合同使用的名称" not in legal_terms("借条上的签名为他本人所写，以事实为准")
