"""The lexicon's bridges from how a factoring company's staff, a 西北 credit co-operative's loan officers and village
mediators, a car lessor's collectors and a consumer-protection desk speak to the law's words (added after reading law
sets 32 to 35), and the everyday questions on which those words must stay silent. Questions written for these tests,
not taken from any law set."""
from __future__ import annotations

import pytest

from retrieval.laws import load_corpus
from retrieval.query import colloquial_terms, context_rules, english_legal_terms, legal_terms


@pytest.mark.parametrize("question, term", [
    # a thumbprint in place of a signature
    ("他不会写字，在借款合同上摁了个手印，合同成立没有", "签名、盖章或者按指印"),
    # a bride price borrowed for
    ("女方家要了二十万彩礼，男方是借钱给的", "借婚姻索取财物"),
    # a borrower gone for years
    ("借款人出去打工三年了一直联系不上，家里就剩他媳妇", "下落不明满二年"),
    ("他失联好几年了，名下还有房子", "财产代管人"),
    # wages owed and the time limit for them
    ("包工头欠我们工钱，过了一年多了还能要吗", "劳动争议申请仲裁的时效期间为一年"),
    ("厂里拖了我三个月工钱", "劳动报酬"),
    # the compulsory motor insurance
    ("撞了人，交强险赔完了剩下的谁出", "责任限额范围内予以赔偿"),
    # a pay-when-paid clause and a big buyer holding back a small supplier's money
    ("总包合同里写了背靠背条款，甲方不给钱他就不给我们", "不得以收到第三方付款作为向中小民营经济组织支付账款的条件"),
    ("大公司一直拖欠我们小厂的货款，说资金紧张", "拖欠中小企业的货物、工程、服务款项"),
    # the payer of a receivable asked to confirm it
    ("保理公司让我们确认应收账款，我们有义务配合吗", "应收账款的付款方，应当及时确认债权债务关系"),
    # a bill lost or stolen, a bill on a trade that never was
    ("客户给的承兑汇票被偷了，还没到期", "挂失止付"),
    ("收的商票丢了，去哪个法院", "公示催告"),
    ("这张商票背后根本没有真实交易，我是正常收的票", "真实的交易关系和债权债务关系"),
    # an insurer that paid and now sues the one who caused the loss
    ("保险公司赔了我七成，现在说它也要去告对方", "代位行使被保险人对第三者请求赔偿的权利"),
    # a debtor who deducts from the assignee what the assignor owes him
    ("供应商把货款转让给了保理公司，我们能先扣掉他欠我们的赔偿款吗", "债务人可以向受让人主张抵销"),
    # a deal named factoring that is really a loan
    ("名义上是保理，其实是借款，到期让供应商回购", "不应当拘泥于合同使用的名称"),
    # a one-man business's owner
    ("个人独资企业还不上钱，能执行老板个人的房子吗", "投资人应当以其个人的其他财产予以清偿"),
    # dementia: a void contract and the court application
    ("我妈老年痴呆了，被人带去签了借款合同", "无民事行为能力人实施的民事法律行为无效"),
    ("我爸痴呆多年，签的抵押要作废得先去法院申请什么", "申请认定公民无民事行为能力或者限制民事行为能力"),
    # choosing now who will manage one's affairs later
    ("我现在还清醒，想先定好以后糊涂了由女儿来管我的事情", "事先协商，以书面形式确定自己的监护人"),
    # separate property and a debt; a divorce agreement and the lender
    ("我们婚前签了财产各归各的协议，他借的钱要我还吗", "相对人知道该约定的"),
    ("离婚协议写了贷款归他还，银行还来找我", "离婚时，夫妻共同债务应当共同偿还"),
    # a debt handed to one son, a son who says he will pay
    ("分家的时候说好老二还老爹欠的贷款", "债务人将债务的全部或者部分转移给第三人的，应当经债权人同意"),
    ("我爸欠他两万，我当时说了这钱我来还", "第三人向债权人表示愿意加入债务"),
    # a dead debtor's family that will not step forward
    ("欠款人去世了，家里人互相推，没人出面", "遗产管理人"),
    # a leased car written off; a lessor taking it back by itself
    ("融资租赁的车出车祸全损了，剩下的租金还要交吗", "继续支付租金"),
    ("客户逾期了，我们能不能用备用钥匙把车开回来", "扣留侵权人的财物等合理措施"),
    # a standard clause read two ways
    ("合同条款有两种理解，银行说按它的理解", "不利于提供格式条款一方的解释"),
    # a collector's threats or night calls
    ("催收的人威胁说知道我孩子在哪上学，能报警吗", "威胁他人人身安全"),
    ("要债的天天半夜打电话，警察管不管", "干扰他人正常生活"),
    # a creditor of a bankrupt firm asking how to get his money back
    ("装修公司破产了，我交的钱怎么要回来", "向管理人申报债权"),
    # a family farm's loan and a member who never farmed
    ("家里承包地贷的款，我户口在家但一直在外打工，也要我还吗", "事实上由农户部分成员经营的"),
    # a co-operative's members and its debts
    ("合作社欠了银行的钱，社员要不要自己掏钱补", "成员以其账户内记载的出资额和公积金份额为限"),
    # an arbitration clause and a court clause
    ("一个合同约定仲裁，另一个约定法院管辖，到底去哪", "合同中订立的仲裁条款"),
    # a settlement to be confirmed that decides ownership; a consent decree over pledged goods
    ("调解协议写了房子所有权归他，能申请司法确认吗", "涉及物权、知识产权确权"),
    ("调解书把已经质押给银行的货交给了另一方抵债", "第三人的物权和优先权不受影响"),
    # a bank calling a small firm's loan in early
    ("银行突然要提前收回我们厂的贷款，合同里没这条", "违反与民营经济组织借款人的约定"),
    # an old debt: still claimable, and asking once restarts the clock
    ("他欠我的货款拖了两年多了，中间我催过一次，还能要吗", "诉讼时效中断"),
    # someone who signed for another without authority
    ("信用卡申请表是我儿子代签的，我根本不知道", "没有代理权"),
    # (review) a thumbprint on an IOU, a bride price claimed back, a man missing since a given year, a member of a
    # farming household who is told he must repay too
    ("他在借条上按了手印，现在不认账", "签名、盖章或者按指印"),
    ("女方收了十八万彩礼，结婚半年就要离，彩礼能要回来吗", "借婚姻索取财物"),
    ("车主2021年起就失联了，欠的租金咋办", "下落不明满二年"),
    ("承包地是我爹在种，我在外打工，信用社说我也得还", "事实上由农户部分成员经营的"),
    ("离婚协议写了外债归男方，债主找女方要她还？", "离婚时，夫妻共同债务应当共同偿还"),
    # (review) a bankrupt firm's staff asking after their wages: listed by the administrator and paid first
    ("公司破产了，拖欠我们三个月工资咋办", "所欠职工的工资"),
])
def test_everyday_wording_reaches_the_law_s_words(question: str, term: str) -> None:
    assert term in legal_terms(question)


@pytest.mark.parametrize("question, wrong", [
    # a phone out of reach for a day is no missing person
    ("借款人今天电话打不通，是不是跑了", "下落不明满二年"),
    # wages owed with no time question; a loan three years old is no wage claim
    ("老板拖欠工钱怎么办", "劳动争议申请仲裁的时效期间为一年"),
    ("他借我的钱过了三年多了还能要吗", "劳动争议申请仲裁的时效期间为一年"),
    ("工钱欠了两年了还能要吗", "诉讼时效中断"),
    # a loan to a small firm, with nothing held back
    ("小企业贷款利率是多少", "拖欠中小企业的货物、工程、服务款项"),
    # confirming a mediation agreement is no confirmation of a receivable
    ("调解协议怎么申请司法确认", "应收账款的付款方，应当及时确认债权债务关系"),
    # a lost invoice or a lost phone is no lost bill
    ("发票丢了能补开吗", "挂失止付"),
    ("手机被偷了，里面有借款APP", "公示催告"),
    # an insurer that paid the insured, nobody pursued
    ("保险公司赔了我多少钱要交税吗", "代位行使被保险人对第三者请求赔偿的权利"),
    # a tax deducted from pay, nothing assigned
    ("工资里先扣掉了社保", "债务人可以向受让人主张抵销"),
    # a real loan called a loan
    ("他说是借款，其实是我送的", "不应当拘泥于合同使用的名称"),
    # a dementia diagnosis with nothing signed
    ("老人痴呆了平时谁照顾", "无民事行为能力人实施的民事法律行为无效"),
    # a couple's property agreement with no debt
    ("婚前协议怎么写才有效", "相对人知道该约定的"),
    # a grown son who moved out, no debt
    ("儿子结婚以后分家单过了", "债务人将债务的全部或者部分转移给第三人的，应当经债权人同意"),
    # a borrower who says he will pay his own loan is no third party joining
    ("我来还款的时候要带什么证件", "第三人向债权人表示愿意加入债务"),
    ("我担保的，这钱我来还", "第三人向债权人表示愿意加入债务"),
    # a car written off with no lease; a car driven back home
    ("我的车报废了，怎么注销", "继续支付租金"),
    ("我把车开回来了，保险还有吗", "扣留侵权人的财物等合理措施"),
    # two readings of a law, not of a standard term
    ("这个法条有两种理解吗", "不利于提供格式条款一方的解释"),
    # a threat in a quarrel with no collector
    ("邻居威胁要砍我家的树", "威胁他人人身安全"),
    # a bankruptcy asked about in general
    ("企业破产法规定了哪些程序", "向管理人申报债权"),
    # a co-operative's member asking of dividends
    ("合作社社员怎么分红", "成员以其账户内记载的出资额和公积金份额为限"),
    # arbitration asked about alone
    ("仲裁一般要多久", "合同中订立的仲裁条款"),
    # a confirmed settlement over money only
    ("司法确认以后对方不给钱怎么办", "涉及物权、知识产权确权"),
    # a lender reminding a borrower before the term ends
    ("银行提前提醒我还款", "违反与民营经济组织借款人的约定"),
    # (review) 还 as an adverb ("still", "also") is no repaying
    ("婚前协议还要公证吗", "相对人知道该约定的"),
    ("离婚协议还能改吗", "离婚时，夫妻共同债务应当共同偿还"),
    ("合作社成员还有分红吗", "成员以其账户内记载的出资额和公积金份额为限"),
    ("合作社理事长还拿社里的冷库给别人作了担保", "成员以其账户内记载的出资额和公积金份额为限"),
    # (review) the key's own 个人 is no owner's property
    ("个人独资企业怎么注册", "投资人应当以其个人的其他财产予以清偿"),
    # (review) 失联 for a day; a loan's term or age is not how long the borrower has been gone
    ("借款人失联一天了，电话打不通", "下落不明"),
    ("借款人电话打不通，说三年期贷款下个月到期", "下落不明满二年"),
    ("他打不通电话，借了3年的贷款逾期了", "下落不明满二年"),
    # (review) the borrower paying his own debt joins no debt
    ("我欠的钱我来还，能分期吗", "第三人向债权人表示愿意加入债务"),
    ("这钱我来还，我是借款人，下个月就能还上", "第三人向债权人表示愿意加入债务"),
    # (review) a labour dispute goes to labour arbitration, not to a contract's arbitration clause
    ("劳动纠纷是仲裁还是法院", "合同中订立的仲裁条款"),
    ("拖欠工资是去仲裁还是法院起诉", "合同中订立的仲裁条款"),
    # (review) another bank calling our borrower's loan is a credit-risk fact, not the borrower's complaint
    ("借款企业被他行抽贷，我们要不要跟着收贷", "违反与民营经济组织借款人的约定"),
    # (review) a family business split, a divorcing couple's property split
    ("家族企业分家了，贷款谁还", "债务人将债务的全部或者部分转移给第三人的，应当经债权人同意"),
    ("两口子离婚分家产，男的说欠了他哥十万", "债务人将债务的全部或者部分转移给第三人的，应当经债权人同意"),
    # (review) a threat denied, a threat to asset quality
    ("催收员打电话提醒还款，没有威胁", "威胁他人人身安全"),
    ("逾期贷款催收难度大，对资产质量构成威胁", "威胁他人人身安全"),
    # (review) 代签 of a parcel, or with authority, is no unauthorised agency
    ("快递被人代签了，东西丢了", "没有代理权"),
    ("我授权律师代签合同", "没有代理权"),
    ("婆婆不会写字，让她儿子代签调解协议行不行", "没有代理权"),
    # (review) a back-to-back letter of credit or guarantee is no pay-when-paid clause
    ("背靠背信用证怎么开", "不得以收到第三方付款作为向中小民营经济组织支付账款的条件"),
    ("背靠背保函和反担保有什么区别", "拖欠中小企业的货物、工程、服务款项"),
    # (review) 劳务费 is a civil debt (three years); a payday passed is no time limit
    ("劳务费欠了一年多了还能要吗", "劳动争议申请仲裁的时效期间为一年"),
    ("工资过了发薪日还没发", "劳动争议申请仲裁的时效期间为一年"),
    # (review) a drawer not found is no lost bill; a blank endorsement no sham trade
    ("客户的承兑汇票到期了找不到出票人", "票据丧失"),
    ("汇票背书栏是空的怎么办", "真实的交易关系和债权债务关系"),
    # (review) a thumbprint on a delivery note or a shop's credit book; a loan's purpose
    ("我在收货单上按手印确认收到货了", "签名、盖章或者按指印"),
    ("村里人赊账都在账本上按个手印，欠了四年还要得回来不", "签名、盖章或者按指印"),
    ("银行贷款能用来付彩礼吗", "借婚姻索取财物"),
    # (review) a rented house burgled; a shop's transfer fee
    ("租的房子被盗了，租金还要交吗", "继续支付租金"),
    ("店铺转让费先扣掉押金还剩多少", "债务人可以向受让人主张抵销"),
    # (review) staff wages need no claim filed by a deadline; wages unpaid as a sign of insolvency ask nothing of them
    ("公司破产了员工工资怎么要回来", "债权申报期限"),
    ("企业破产前已经发不出工资了，它还给我们的贷款要退吗", "所欠职工的工资"),
])
def test_a_common_word_does_not_pull_an_unrelated_law(question: str, wrong: str) -> None:
    assert wrong not in legal_terms(question)


@pytest.mark.parametrize("question, term", [
    ("Our lessees buy loan guarantee insurance naming us as beneficiary", "保证保险"),
    ("The insurer has been sitting on our claim for two months; how quickly must it decide?", "及时作出核定"),
    ("We hold the bills of lading under a documentary credit the importer never paid", "跟单信用证"),
    ("The receivables purchase picks Hong Kong law; which law governs the pledge of those receivables?", "质权设立地法律"),
    ("The insurance company refuses to pay our claim; it has been three months", "及时作出核定"),
])
def test_english_wording_reaches_the_law_s_words(question: str, term: str) -> None:
    assert term in english_legal_terms(question)


@pytest.mark.parametrize("question, wrong", [
    ("How do I file a claim for a refund with the bank?", "及时作出核定"),
    ("I gave my car as a pledge for a loan; what happens if I default?", "质权设立地法律"),
    # (review) a claim on an insurance payout, a credit policy's deadline for claims: no claim an insurer sits on
    ("Can the bank claim the insurance payout after the borrower dies?", "及时作出核定"),
    ("Our credit policy says claims against guarantors must be filed within 30 days", "及时作出核定"),
])
def test_english_common_words_stay_silent(question: str, wrong: str) -> None:
    assert wrong not in english_legal_terms(question)


def test_every_new_law_word_occurs_in_the_corpus() -> None:
    text = "".join(a.text for inst in load_corpus() for a in inst.articles)
    for key in ("工钱", "交强险", "强买强卖", "付款后再付", "回款后再付", "代位求偿", "意定监护", "代签"):
        assert all(t in text for t in colloquial_terms()[key]), key
    for rule in context_rules():
        assert all(t in text for t in rule.terms), rule.keys
    for question in ("loan guarantee insurance", "bills of lading under a documentary credit",
                     "the insurer delays the claim", "which law governs the pledge"):
        terms = english_legal_terms(question)
        assert terms and all(t in text for t in terms), question
