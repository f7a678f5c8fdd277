"""The lexicon's bridges from how bankruptcy administrators, creditors' staff and village mediators speak to the law's
words (added after reading law sets 26 and 27), the everyday questions on which those words must stay silent (a
review's probes: a bare common word pulled unrelated law), and questions typed in traditional characters. Questions
written for these tests, not taken from any law set."""
from __future__ import annotations

import pytest

from retrieval.laws import load_corpus
from retrieval.lexical import tokenize
from retrieval.query import colloquial_terms, context_rules, english_legal_terms, expand_query, legal_terms


@pytest.mark.parametrize("question, term", [
    # a secured creditor's separate right in bankruptcy
    ("我们对那栋楼有别除权，拍卖款不够的部分怎么办", "对破产人的特定财产享有担保权"),
    ("我们对那栋楼有别除权，拍卖款不够的部分怎么办", "未受偿的债权作为普通债权"),
    # security put on an old unsecured loan shortly before bankruptcy
    ("破产前半年老板给之前的借款补办了抵押，管理人能撤销吗", "提供财产担保"),
    ("这笔是信用贷，快破产了他才拿车补签抵押合同", "没有财产担保"),
    # pledged goods deteriorating while the security is stayed
    ("重整期间抵押的钢材放在露天生锈了", "价值明显减少"),
    ("押给我们的库存一直在贬值，能先处置吗", "价值明显减少"),
    # machines or goods put into a company at an inflated price
    ("股东拿厂房作价出资，评估虚高了好几倍", "实际价额显著低于所认缴的出资额"),
    ("当年他用设备出资，其他发起人要不要担责", "非货币财产"),
    # a debtor who will not file or chase his own claim
    ("借款人对倒闭的客户有货款，一直不去申报", "未及时申报破产债权"),
    # a spouse's or co-owner's share of a seized home
    ("法院封了我们的房子，房本上也有我的名字，这房子有我一半", "案外人"),
    ("我不是被执行人，凭什么查封我的车", "书面异议"),
    # someone running an errand for a party
    ("我在外地回不去，让我爸帮我办司法确认可以吗", "授权委托书"),
    ("调解协议确认能找人代办吗", "委托代理人"),
    # card games for money
    ("打麻将欠的钱写成借条，要还吗", "赌博"),
    ("斗地主输的钱他打了欠条", "违背公序良俗"),
    # a quarrel that may turn violent in front of the mediator
    ("两家在调解室差点打起来", "激化"),
    ("他说再不还就拿刀上门，我们调解员该怎么办", "治安案件"),
    # names read out or broadcast to shame debtors
    ("村里用大喇叭喊欠款人的名字", "公开他人个人信息"),
    ("能不能在村广播里点名催还款", "个人信息"),
    # a loan made by word of mouth
    ("当时是口头借的，没写借条，现在能要回来吗", "自然人之间的借款合同"),
    ("借了一万没打借条，只有证人", "提供借款时成立"),
    # a lost or burnt IOU
    ("借条丢了，只有复印件", "提交书证原件确有困难"),
    ("原件被水泡烂了，拍的照片还算证据吗", "复制品"),
    # a voice message or a recorded call
    ("他发语音承认欠钱", "录音资料"),
    ("电话录音能当证据吗，他在电话里承认借了我的钱", "视听资料"),
    # who has to prove a transfer was a loan
    ("转账是借钱还是还钱，谁来证明", "举证证明责任"),
    # asking for more time to repay
    ("借款快到期了，能不能请银行宽限半年", "申请展期"),
    ("下个月还不上，想跟他说晚点还", "还款期限届满前"),
    # settling a debt in kind or against wages
    ("欠款拿一台挖机抵账行不行", "以物抵债"),
    ("两边说好用他家的猪抵账", "以物抵债协议"),
    ("开发商拿两套房子顶账给施工队，这个协议有效吗", "以物抵债"),
    ("我欠他的钱用他欠我的运费顶账", "抵销"),
    # money advanced by an agent for his principal; a guarantor who paid recovers from the debtor
    ("我受他委托去外地收货，路费住宿都是我垫付的", "必要费用"),
    ("担保人替借款人垫付了本金", "追偿"),
    # a partnership's losses
    ("合伙开的饭店亏了二十万，怎么分", "亏损分担"),
    # onlookers at a mediation, and someone asked to come and help
    ("调解的时候邻居都来围观，当事人不愿意", "不公开进行"),
    # a bankruptcy claim left unfiled; a spouse's half of a seized home; names shouted to shame debtors
    ("那家厂子破产了，借款人对它有货款一直不去申报", "未及时申报破产债权"),
    ("法院要拍卖我们的房子，这房子有我的份", "书面异议"),
    ("催收的开车在小区用大喇叭喊我的名字", "公开他人个人信息"),
    # the original of an IOU and the IOU burnt
    ("借条原件在他手里，他不拿出来", "提交书证原件确有困难"),
    ("家里失火，借条烧没了", "复制品"),
    # an in-kind contribution valued too high; asking the bank for more time
    ("股东拿设备入股，评估的时候高估了", "实际价额显著低于所认缴的出资额"),
    ("贷款明年到期，想申请宽限一年", "申请展期"),
])
def test_everyday_wording_reaches_the_law_s_words(question: str, term: str) -> None:
    assert term in legal_terms(question)


@pytest.mark.parametrize("question, wrong", [
    # 顶账 in speech is settling a debt in kind (以房顶账), not a set-off of debts owed both ways
    ("开发商拿两套房子顶账给施工队，这个协议有效吗", "抵销"),
    # a plain unsecured bank loan is not a bankruptcy claw-back of security, nor a late mortgage outside bankruptcy
    ("这笔是信用贷，借款人逾期三个月了，银行能不能起诉", "没有财产担保"),
    ("借款时抵押登记没办，后来补办抵押，抵押权什么时候设立", "没有财产担保"),
    # a borrower's business losing money, or a person feeling short-changed, is no partnership loss-sharing
    ("借款人经营的饭店亏了，还不上贷款，银行能直接找保证人吗", "亏损分担"),
    ("签了这个保证合同我是不是吃亏了", "亏损分担"),
    ("这家企业去年亏损两千万，银行还能继续放贷吗", "利润分配"),
    # loan brokers (贷款代办) are not an agent holding a power of attorney for a mediation
    ("借款人委托中介代办贷款，中介收了高额服务费，这笔费用能要回来吗", "授权委托书"),
    ("找人代办贷款申请，被骗了手续费", "授权委托书"),
    # a contractual grace period is not an application to extend the loan
    ("信用卡还款有宽限期吗，逾期几天算违约", "申请展期"),
    # a TV station is not a public shaming
    ("借款人在广播电视台工作，工资能冻结吗", "公开他人个人信息"),
    # a lawsuit "breaking out" is no fight
    ("他说要是官司打起来，他请的律师肯定赢", "治安案件"),
    # an heir's share is no execution objection
    ("父亲去世了，遗产里有我的份吗", "书面异议"),
    # a judge coming to the site is no expert invited to a mediation
    ("执行法官来现场查封了设备，被执行人不配合怎么办", "参与调解"),
    # a tax return is no bankruptcy claim
    ("税务局说纳税人不申报要罚款", "未及时申报破产债权"),
    # a burnt car is no lost document
    ("车在高速上烧没了，租赁公司还扣租金", "复制品"),
    # an original title deed handed to a bank, or an original demanded for a vote, is no evidence question
    ("银行要求借款人把房产证原件押在银行，这合法吗", "提交书证原件确有困难"),
    ("表决票要原件盖章吗，电子签名算不算", "复制品"),
    # a guarantor paying for the debtor recovers under 追偿, not the agent's expenses of a mandate; a bank advancing
    # a card holder's loss is no mandate either
    ("保证人替借款人垫付了利息，能向借款人追偿吗", "必要费用"),
    ("银行说盗刷的钱先垫付，现在又不认", "偿还该费用"),
    # a valuer overstating collateral is no shareholder's in-kind contribution
    ("银行高估了抵押房产的价值，多放了贷款", "实际价额显著低于所认缴的出资额"),
    # a mediation recorded on video in place of written minutes is no evidence of a recorded call
    ("线上调解能不能用录音录像代替笔录", "录音资料"),
    # someone simply giving up is no creditor failing to pursue his own claim
    ("借款人躺平了，就是不还钱", "怠于行使"),
    # English: a clause struck off a draft, a newspaper report of fraud
    ("The guarantee clause was struck off the draft before signing; is the guarantor still liable?", "注销登记"),
    ("The newspaper reported the borrower's fraud; can we terminate the loan early?", "通知债权人"),
])
def test_a_common_word_does_not_pull_an_unrelated_law(question: str, wrong: str) -> None:
    assert wrong not in legal_terms(question)


@pytest.mark.parametrize("question, term", [
    ("借條丟了，只有複印件", "提交书证原件确有困难"),
    ("打麻將欠的錢寫成借條，要還嗎", "赌博"),
    ("擔保人替借款人墊付了本金", "追偿"),
])
def test_a_question_in_traditional_characters_reaches_the_same_law(question: str, term: str) -> None:
    assert term in legal_terms(question)
    assert term in expand_query(question)

@pytest.mark.parametrize("question, term", [
    ("The liquidation team never notified us and the company was struck off", "清算组"),
    ("The liquidation team never notified us and the company was struck off", "注销登记"),
    ("After the deregistration we learned there had been a newspaper notice", "通知债权人"),
])
def test_english_wording_reaches_the_law_s_words(question: str, term: str) -> None:
    assert term in legal_terms(question)


def test_every_new_law_word_occurs_in_the_corpus() -> None:
    text = "".join(a.text for inst in load_corpus() for a in inst.articles)
    for key in ("别除权", "生锈", "作价出资", "麻将", "动刀", "口头借", "没写借条", "借条丢了", "谁来证明", "抵账"):
        assert all(t in text for t in colloquial_terms()[key]), key
    for rule in context_rules():
        assert all(t in text for t in rule.terms), rule.keys
    for question in ("company struck off", "liquidation team", "newspaper notice", "deregistered"):
        terms = english_legal_terms(question)
        assert terms and all(t in text for t in terms), question


def test_near_misses_do_not_trigger_the_new_bridges() -> None:
    # 作价 alone (a car valued to settle a judgment) is no contribution in kind; 亏欠 is no partnership loss
    assert "非货币财产" not in legal_terms("被执行人的车作价抵给申请人")
    assert "亏损分担" not in legal_terms("我亏欠他的钱一定会还")


def test_the_expanded_query_still_blanks_idioms_and_adds_the_new_words() -> None:
    expanded = expand_query("我们调解员说保险起见先写个借条丢了的情况说明")
    assert "提交书证原件确有困难" in expanded and "保险" not in tokenize(expanded)


def test_idioms_are_blanked_and_the_words_around_them_still_expand() -> None:
    # one file holds both the idioms and the expansions; both take effect in the same call
    expanded = expand_query("担保人为了保险起见要看借条")
    assert "保证人" in expanded and "借据" in expanded and "保险" not in tokenize(expanded)
    assert "保证人" in legal_terms("担保人为了保险起见要看借条")
