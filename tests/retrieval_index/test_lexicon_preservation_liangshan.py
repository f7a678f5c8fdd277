"""The lexicon's bridges from how a rural bank's 资产保全 (asset-preservation) staff in 山东 and 信用社 staff and village
mediators in 凉山 / 甘孜 (四川话: 啥子, 莫得, 屋头, 老汉, 走了) speak to the law's words (added after reading law sets 36
and 37), and, for every new key or rule, ordinary questions on which it must stay silent. Questions written for these
tests, not taken from any law set."""
from __future__ import annotations

import pytest

from retrieval.laws import load_corpus
from retrieval.query import colloquial_terms, english_legal_terms, legal_terms


@pytest.mark.parametrize("question, term", [
    # freezing a debtor's property before suing
    ("欠款人在偷偷卖车，我们还没起诉，能不能先让法院把车扣住", "提起诉讼或者申请仲裁前"),
    ("打官司之前能不能先把他的账户冻结了，要交啥子担保", "申请人应当提供担保"),
    # "a dead man's debts die with him"
    ("他们屋头说人死账了，这钱就不用还了", "遗产实际价值为限"),
    ("老话说人死债消，他儿子还要不要还", "遗产实际价值为限"),
    # a borrower who 走了 (died): who repays; heirs who want nothing from him
    ("借款人去年病走了，还欠信用社五万贷款，该找哪个还", "遗产实际价值为限"),
    ("他爹车祸走了，屋头说啥子都不要，贷款是不是就收不回来了", "继承人放弃继承"),
    # lending without a guarantor
    ("这户莫得担保人，信用社能不能直接放款给他", "可以不提供担保"),
    ("农商行说找不到担保就不给贷款，能不能不要担保", "借款人应当提供担保"),
    # a helper hurt while working for a private person
    ("我去帮邻居修猪圈，一天150，从房顶上摔下来受伤了，他该赔不", "个人之间形成劳务关系"),
    # a gangmaster gone, the firm he took the job from
    ("包工头拿了钱跑路了，他的活是从建筑公司包的，能找公司要吗", "发包的组织与个人承包经营者承担连带赔偿责任"),
    # a labour mediation deal on wages not paid on time
    ("劳动调解签了调解协议，老板答应月底给工资，现在过了日子还没给", "持调解协议书依法向人民法院申请支付令"),
    # a fight over a debt settled by the mediators: will the police still fine
    ("两个人为欠款打架，调委会调好了，派出所还罚不罚", "公安机关可以调解处理"),
    # a list of debtors with ID numbers in group chats
    ("行里要把逾期贷款户的名单和身份证号发到微信群里", "敏感个人信息"),
    # a builder owed for the work against the bank's mortgage
    ("楼抵押给银行了，施工方说工程款比抵押优先", "建设工程的价款就该工程折价或者拍卖的价款优先受偿"),
    # a shareholder who took his capital out, subscribed capital not yet due
    ("股东验资完就把出资转走了，公司欠我们贷款", "抽逃出资"),
    ("股东认缴的钱写的2035年才缴，公司现在还不上贷款", "已认缴出资但未届出资期限的股东提前缴纳出资"),
    # a one-man business closed with debts
    ("个人独资的厂子注销了，银行还能找我要吗", "解散后，原投资人对个人独资企业存续期间的债务仍应承担偿还责任"),
    # a bank loan lent on
    ("他从银行贷了经营贷，转手借给别人收高息", "套取金融机构贷款转贷"),
    # off the defaulter list after paying
    ("我的小厂欠款全还上了，失信名单咋撤", "信用修复"),
    # a gift to a legal-aid lawyer
    ("法律援助的律师帮我打赢了，我想给他包个红包", "不得向受援人收取任何财物"),
    # old rules, new words: a finger-print signature, a bank calling in a loan early, a land dispute with no settlement
    ("他不会写字，在保证合同上按了指头印", "签名、盖章或者按指印"),
    ("我们公司效益好，银行突然说要压降，让下个月把本金全还了", "违反与民营经济组织借款人的约定"),
    ("土地流转费不给，村上调了两回没调成，能去哪告", "申请仲裁"),
    ("儿子在群里说我老汉那笔贷款我来还，现在又不认了", "第三人向债权人表示愿意加入债务"),
])
def test_everyday_wording_reaches_the_law_s_words(question: str, term: str) -> None:
    assert term in legal_terms(question)


@pytest.mark.parametrize("question, wrong", [
    # no suit yet but nothing to freeze; a suit not yet filed about a contract
    ("还没起诉，要先准备哪些材料", "提起诉讼或者申请仲裁前"),
    ("起诉前需要先发律师函吗", "申请采取保全措施"),
    # 人死 … 了 as other words; a debt named with nobody dead
    ("这个账了结了没有", "遗产实际价值为限"),
    ("他说这笔账了了，不欠了", "遗产实际价值为限"),
    # 走了 as left, 都不要了 as refusing goods
    ("借款人人走了，去广东打工，贷款找哪个还", "遗产实际价值为限"),
    ("他突然走了，电话也打不通，欠的贷款找哪个还", "遗产实际价值为限"),
    ("货到了他说都不要了，货款还要付不", "继承人放弃继承"),
    # a guarantor asking about his own guarantee; no loan asked for
    ("我给他担保了，现在不想当担保人了，能不能不要担保", "可以不提供担保"),
    ("买房子不要担保人吗", "可以不提供担保"),
    # a helper who was not hurt; a firm's worker hurt
    ("帮邻居修房子，他不给工钱咋办", "个人之间形成劳务关系"),
    ("在厂里帮工摔伤了，公司不管", "个人之间形成劳务关系"),
    # a gangmaster who did not run; one who ran with no firm named
    ("包工头欠我们工钱，公司说已经把钱给他了", "发包的组织与个人承包经营者承担连带赔偿责任"),
    ("包工头跑了，我们的工钱咋办", "发包的组织与个人承包经营者承担连带赔偿责任"),
    # a loan mediation, a wage deal that was paid
    ("调解协议签了字，借款到期他还没还", "持调解协议书依法向人民法院申请支付令"),
    ("工资的调解协议签了字，钱已经给了", "持调解协议书依法向人民法院申请支付令"),
    # a fight with no police question; a beating reported with no mediation
    ("两家打架了，调委会咋个调", "公安机关可以调解处理"),
    ("他把我打伤了，派出所会不会拘留他", "公安机关可以调解处理"),
    # a name list with no debt; the court's defaulter list
    ("村里把低保名单公示在群里了", "敏感个人信息"),
    ("法院把他的身份证号挂在失信名单上公示，他欠我们贷款", "敏感个人信息"),
    # wages on a site, a bank loan with no builder
    ("工程款拖了半年，能不能要利息", "建设工程的价款就该工程折价或者拍卖的价款优先受偿"),
    ("银行抵押的房子能不能先拿出来住", "建设工程的价款就该工程折价或者拍卖的价款优先受偿"),
    # money moved with no capital; capital subscribed with no debt
    ("他把货款转走了，我们去哪告", "抽逃出资"),
    ("认缴的注册资本写多少合适", "已认缴出资但未届出资期限的股东提前缴纳出资"),
    # a one-man business still open; a company closed
    ("个人独资企业怎么交税", "解散后，原投资人对个人独资企业存续期间的债务仍应承担偿还责任"),
    ("公司注销了，债还能找谁要", "解散后，原投资人对个人独资企业存续期间的债务仍应承担偿还责任"),
    # a friend lent money twice; a lender who lent his own money on
    ("我又借给他五千块，他还不还", "套取金融机构贷款转贷"),
    ("我把自己存的钱转借给朋友，要打借条吗", "套取金融机构贷款转贷"),
    # on the list and not paid; paid up with no list
    ("被列入失信名单了还能坐高铁吗", "信用修复"),
    ("欠款还清了，抵押怎么解除", "信用修复"),
    ("我被列成失信了，钱已经还清了，法院啥时候给撤", "信用修复"),
    # a red envelope at a wedding; a paid lawyer
    ("结婚的时候红包收了两万，离婚要退吗", "不得向受援人收取任何财物"),
    ("请律师要给多少钱", "不得向受援人收取任何财物"),
    # 指头印 on a parcel; 压降 of costs, not a loan
    ("快递签收单上按了个指头印", "签名、盖章或者按指印"),
    ("今年要压降成本，工厂能不能裁员", "提前收回贷款"),
    ("银行今年在压降不良贷款，对个人房贷有影响吗", "提前收回贷款"),
    # 没调成 about a divorce, not land
    ("两口子离婚没调成，去哪告", "农村土地承包仲裁委员会"),
    ("邻居吵架没调成，下一步咋办", "农村土地承包仲裁委员会"),
    # 贷款我来还 by the borrower himself
    ("我是借款人本人，这笔贷款我来还，能不能慢点", "第三人向债权人表示愿意加入债务"),
    ("贷款我来还，利息怎么算", "第三人向债权人表示愿意加入债务"),
    # review 2026-12-07: a debtor whose own account was frozen, a bank freezing a credit line
    ("借款人账户被银行冻结了，还没起诉我，这合法吗", "提起诉讼或者申请仲裁前"),
    ("起诉前银行单方面冻结了我的信用卡额度，怎么办", "提起诉讼或者申请仲裁前"),
    ("我们行想冻结借款人的授信额度，冻结额度需要起诉前吗", "提起诉讼或者申请仲裁前"),
    ("我们网点被公安冻结了一个客户账户，还没起诉，银行要配合吗", "提起诉讼或者申请仲裁前"),
    # a buyer refusing goods after a crash delayed them; "啥子都不要，只要…" (nothing but …)
    ("买家说货啥子都不要了，退货，车祸耽误了送货", "继承人放弃继承"),
    ("我啥子都不要，只要他把借的钱还了，他生前还欠我钱吗", "继承人放弃继承"),
    # 车祸走了 of a man who came back
    ("他开车出了车祸走了好几天才回来，欠的贷款谁还", "遗产实际价值为限"),
    # a private loan between relatives with no guarantor is no bank-lending question
    ("我借给表弟五万，没担保人，他之前在银行贷款也没还", "可以不提供担保"),
    ("亲戚之间借钱没担保人，借钱给他的人在银行工作，贷款能要回来吗", "可以不提供担保"),
    ("表哥找我借了三万，莫得担保人，他在信用社的贷款也没还", "可以不提供担保"),
    # a helper beaten, not hurt by the work
    ("我帮他修车，他把我打伤了", "个人之间形成劳务关系"),
    # a house buyer whose builder's gangmaster is gone
    ("包工头跑路了，我买的房子是建筑公司盖的，房子漏水找谁", "发包的组织与个人承包经营者承担连带赔偿责任"),
    # a signed IOU or payslip is no labour mediation agreement
    ("我跟老板签了字的借条，工资一直拖着没给", "持调解协议书依法向人民法院申请支付令"),
    ("签了字的工资条，到期了老板还没给钱", "持调解协议书依法向人民法院申请支付令"),
    # a village's notice of who got a subsidised loan
    ("村里公示了贷款户名单，张贴在村委会", "敏感个人信息"),
    # a firm cutting its own costs
    ("我们厂压降了成本，银行贷款还得上", "提前收回贷款"),
    # the borrower himself saying he will pay
    ("我爸说贷款我来还，他是借款人", "第三人向债权人表示愿意加入债务"),
    # a withdrawn lawsuit or capital, not a list to come off
    ("失信被执行人名单里有我的公司，对方撤诉了会怎样", "信用修复"),
    ("失信了，公司撤资，股东要承担吗", "信用修复"),
])
def test_a_common_word_does_not_pull_an_unrelated_law(question: str, wrong: str) -> None:
    assert wrong not in legal_terms(question)


@pytest.mark.parametrize("question, term", [
    ("The groom's family borrowed for the bride price; is demanding it lawful?", "借婚姻索取财物"),
    ("An elderly borrower pressed her thumbprint on the loan paper", "签名、盖章或者按指印"),
    ("He is illiterate and signed a paper the lender brought", "缺乏判断能力"),
    ("If both families sign a settlement before the mediation committee, how do we make it enforceable?", "司法确认"),
])
def test_english_wording_reaches_the_law_s_words(question: str, term: str) -> None:
    assert term in english_legal_terms(question)


@pytest.mark.parametrize("question, wrong", [
    ("I cannot read the fine print of the contract I signed", "缺乏判断能力"),
    ("I cannot read Chinese; can the bank send the statement in English?", "缺乏判断能力"),
    ("How does the bank enforce a court judgment against a borrower?", "司法确认"),
    ("Can the bank enforce the mortgage after the borrower defaults?", "司法确认"),
    ("What is the price of a bride's wedding dress loan?", "借婚姻索取财物"),
    ("The scanner takes a fingerprint at the branch door", "按指印"),
    # review 2026-12-07: a phone's thumbprint sensor, an app nobody can read, a card payment's settlement
    ("I use the thumbprint scanner to unlock my banking app, is that safe?", "按指印"),
    ("I can't read the bank's app on my phone, can I sign the document at the branch?", "缺乏判断能力"),
    ("How does the bank enforce settlement of card payments with merchants?", "司法确认"),
    ("Can the creditor enforce the debt after a settlement of the account?", "司法确认"),
])
def test_english_common_words_stay_silent(question: str, wrong: str) -> None:
    assert wrong not in english_legal_terms(question)


def test_every_new_law_word_occurs_in_the_corpus() -> None:
    text = "".join(a.text for inst in load_corpus() for a in inst.articles)
    for key in ("人死账了", "人死账消", "人死债消", "人死债了"):
        assert all(t in text for t in colloquial_terms()[key]), key
    for question in ("the bride price", "she pressed her thumbprint", "illiterate, he signed the paper",
                     "make the mediated settlement enforceable"):
        terms = english_legal_terms(question)
        assert terms and all(t in text for t in terms), question
