"""Builder for the held-out chat-question routing set (eval/datasets/chat_questions/).

HELD OUT: never tune routing rules or prompts on these rows.

Rows are written by hand (see SOURCE.md) and held here; this script only numbers them
and writes cases.jsonl deterministically.  Run:

    HF_HUB_OFFLINE=1 /work/main/.venv/bin/python eval/datasets/chat_questions/make_cases.py
"""
from __future__ import annotations

import json
from pathlib import Path

PREFIX = "cq"
SOURCES = (
    "regulations", "documents", "warnings", "invoice_summary",
    "score", "contract_review", "contract_check", "rate_check",
)

# asker tags
AM = "account_manager"     # 客户经理
RR = "risk_reviewer"       # 风险审查
PL = "post_loan"           # 贷后专员
TL = "team_lead"           # 团队长
CC = "credit_committee"    # 贷审会委员

REG, DOC, WARN, INV, SCORE = "regulations", "documents", "warnings", "invoice_summary", "score"
CR, CCK, RATE = "contract_review", "contract_check", "rate_check"


def R(q, focus, needs, opt, asker, lang, note, code=False):
    return dict(q=q, focus=focus, needs=needs, opt=opt, asker=asker, lang=lang, note=note, code=code)


ROWS = [
    R("这家最近开票咋样?比去年同期掉了没", True, [INV], [], AM, "zh",
      "sales as invoiced vs a year earlier; nothing else asked"),
    R("明天去他们厂里走访,先帮我看看有没有啥预警,别到时候被老板问住", True, [WARN], [SCORE], AM, "zh",
      "'anything wrong' before a visit = warnings; score would round it out"),
    R("月息2分合法吗 客户问的", False, [RATE], [REG], AM, "zh",
      "states a rate (月息2分) to compare with the cap"),
    R("评分怎么才C档?上个月还是B啊,扣分扣在哪", True, [SCORE], [WARN], AM, "zh",
      "band and reasons of the score; warnings may explain the deductions"),
    R("老板说下个月社保要减人,我们这边数据上已经看出来了吗", True, [WARN], [], PL, "zh",
      "social-security headcount drop is an operating-anomaly warning"),
    R("续贷材料里那份情况说名,他写的逾期原因是啥来着", True, [DOC], [], AM, "zh",
      "what an uploaded 情况说明 says"),
    R("他们被法院执行了?限高了没有?还有多少案子在身上", True, [WARN], [], TL, "zh",
      "enforcement / lawsuits are warnings"),
    R("这家借款合同里约定的利息加违约金加起来超没超红线,帮我过一遍", True, [CR], [DOC, REG], RR, "zh",
      "stored contract, terms not quoted -> contract_review"),
    R("帮我看看这条有没有问题:「借款人应于放款当日向贷款人支付服务费,服务费按借款本金的3%计收,"
      "直接从放款金额中扣除,借款利息仍按合同载明的借款本金全额计算,借款人对此无异议,并不得以实际到账金额不足为由拒绝还款。」", False, [CCK], [REG], RR, "zh",
      "pasted clause (砍头息) to be checked"),
    R("保证人没约定保证期间,那保证期间按多久算?过了还能告他吗", False, [REG], [], RR, "zh",
      "pure law: 民法典 保证期间 default six months"),
    R("Can you pull up their invoicing for the last 3 months vs last year? Credit committee wants numbers", True, [INV], [], TL, "en",
      "invoice totals vs a year earlier"),
    R("这家多头厉害伐?外面还借了几家", True, [WARN], [], AM, "zh",
      "多头借贷 warning; Wu-dialect 伐"),
    R("续贷要上会,帮我拉一下评分和近几个月开票,我写调查报告用", True, [SCORE, INV], [WARN], AM, "zh",
      "explicitly asks for score and invoicing"),
    R("日息万分之五算下来年化多少,超不超", False, [RATE], [], AM, "zh",
      "states a daily rate; convert and compare"),
    R("抵押合同上抵押物的评估价写的多少?我翻不到了", True, [DOC], [], AM, "zh",
      "content of an uploaded mortgage contract"),
    R("他们的担保圈有多大,跟哪几家互保的", True, [WARN], [], CC, "zh",
      "guarantee circle warning"),
    R("这份借条上借款金额大写小写不一致,以哪个为准?", True, [REG], [DOC], RR, "zh",
      "hard call: asker already states the defect; the answer is a rule of law; the 借条 itself only helps"),
    R("电费这两个月掉得厉害,是停产了吗?系统里有没有提示", True, [WARN], [INV], PL, "zh",
      "utility-usage drop = operating-anomaly warning; invoicing could corroborate"),
    R("贷后检查发现老板把厂房租出去一半了,开票也少了,这种情况评分会不会往下调", True, [SCORE], [INV, WARN], PL, "zh",
      "asks about the score's reaction; invoicing/warnings as context"),
    R("客户说他那边合同写年化18%再加每月0.5%管理费,两个合起来超没超", False, [RATE], [REG], AM, "zh",
      "states rates (18% p.a. + 0.5%/month fee) to add up and compare"),
    R("保证人人都找不到了,我们起诉时效还剩多久?主合同啥时候到期的来着", True, [DOC, REG], [], PL, "zh",
      "maturity date from the contract + 诉讼时效 rule"),
    R("他们这季度销项多少?我要填贷后报告", True, [INV], [], PL, "zh",
      "销项 = invoiced sales"),
    R("上会前确认一下:这家评级多少,身上有没有官司", True, [SCORE, WARN], [], CC, "zh",
      "rating + lawsuits"),
    R("我们这款个体户经营贷合同模板,逾期利息按日万分之八收,法律上站得住吗", True, [RATE], [REG, CR], RR, "zh",
      "hard call: rate is stated in the message, so rate_check; the stored contract review would only add context"),
    R("What's their score now and why did it drop?", True, [SCORE], [WARN], TL, "en",
      "score and reasons"),
    R("同一个老板名下还有两家公司也在我们这贷,关联关系系统里标出来么有", True, [WARN], [], RR, "zh",
      "related-party ring warning"),
    R("个体户老板人没了,欠我们的贷款谁来还?家里人要还伐", False, [REG], [], AM, "zh",
      "继承 and debts of deceased; pure law"),
    R("这段是担保方给的,你看下行不行:「保证人承担连带责任保证,保证期间为主债务履行期限届满之日起三年。"
      "债权人与债务人协商变更主合同的,无需征得保证人同意,保证人仍按变更后的合同承担保证责任;主合同展期的,保证期间相应顺延。」", False, [CCK], [REG], RR, "zh",
      "pasted guarantee clause"),
    R("这家借款合同有没有砍头息的问题?放款那天好像扣了一笔咨询费", True, [CR], [DOC, REG], RR, "zh",
      "stored contract checked for 砍头息"),
    R("开票都跌了四成了,按现在监管的口子,这种还能做无还本续贷吗", True, [REG], [INV, WARN], TL, "zh",
      "hard call: asker supplies the drop; the question is what the rules allow; invoicing only confirms"),
    R("借条上写的月息3分,这个超了吧?超出去那部分还能不能要回来", True, [RATE, REG], [DOC], PL, "zh",
      "stated rate vs cap, plus legal consequence of the excess"),
    R("他家开票阿是突然断掉了?上个月好像一张都没开", True, [INV], [WARN], PL, "zh",
      "invoicing collapse; warnings may flag it too"),
    R("老板娘说厂子要搬去安徽,搬之前我们能不能提前收回?合同里有没有这种约定", True, [DOC], [REG], AM, "zh",
      "what the loan contract says on acceleration; law optional"),
    R("score band D是什么意思 要上会吗", True, [SCORE], [], AM, "mixed",
      "score band"),
    R("这家有没有被列失信?老板还能坐高铁伐", True, [WARN], [], AM, "zh",
      "失信/限高 = enforcement warnings"),
    R("互保那家出事了,我们这户会不会被连累?保证责任到底怎么算", True, [WARN, REG], [DOC], RR, "zh",
      "circle exposure from warnings + guarantee liability from law"),
    R("人民调解协议签了他又不履行,能直接申请执行吗,还是要先去司法确认", False, [REG], [], PL, "zh",
      "人民调解法/民诉法; pure law"),
    R("把他们抵押清单调出来看看,里面有没有那台五轴加工中心", True, [DOC], [], AM, "zh",
      "content of uploaded collateral list"),
    R("这个评分靠谱吗?开票明明在涨,分怎么还往下掉", True, [SCORE, INV], [WARN], AM, "zh",
      "compare score reasons with invoicing trend"),
    R("Is 年化24% still legal for private lending? client keeps asking", False, [RATE], [REG], AM, "mixed",
      "states a rate"),
    R("我们跟他签的借款合同整体帮我审一下,特别是管辖和违约条款", True, [CR], [DOC, REG], RR, "zh",
      "whole stored contract review"),
    R("对公流水和开票对不上,开票比流水少一大截,你看下他们开票到底多少", True, [INV], [], RR, "zh",
      "invoice totals"),
    R("这家最近一次续贷是哪年?一共续了几次", True, [WARN], [DOC], CC, "zh",
      "renewal history is in the renewal warnings; contracts could confirm"),
    R("抵押的厂房被别的法院查封了,我们的抵押权还优先吗", True, [REG], [WARN, DOC], AM, "zh",
      "priority of registered mortgage vs 查封; law; lawsuits/contract only context"),
    R("pls check this clause: 「如借款人未按期还款,出借人有权按未还金额每日千分之三收取违约金,并有权宣布全部借款提前到期,"
      "借款人另需承担出借人为实现债权支付的律师费、差旅费、保全费等全部费用。」", False, [CCK], [REG, RATE], RR, "mixed",
      "pasted clause; contains a daily penalty rate so rate_check may help"),
    R("这户贷后检查报告要写经营情况,帮我把开票和风险提示都列一下", True, [INV, WARN], [], PL, "zh",
      "asks for both invoicing and warnings"),
    R("评分里说'关联企业涉诉',是哪家关联企业,啥官司", True, [SCORE, WARN], [], CC, "zh",
      "score reason + lawsuit detail from warnings"),
    R("借款人拿我们的钱去炒股了,能不能提前收贷?合同里咋写的,法律上站不站得住", True, [DOC, REG], [], PL, "zh",
      "contract wording on use of funds + law on acceleration"),
    R("Give me a quick risk overview of this borrower before I call the owner — anything red?", True, [WARN], [SCORE, INV], AM, "en",
      "'anything wrong' = warnings"),
    R("营业额同比涨了还是跌了?老板说涨了三成我不太信", True, [INV], [], AM, "zh",
      "sales yoy"),
    R("他们被人起诉了是吧,原告谁,标地多少", True, [WARN], [], RR, "zh",
      "lawsuit details"),
    R("借款合同第8条约定争议由我行所在地法院管辖,对方是外地的,这个约定有效吗", True, [REG], [CR, DOC], RR, "zh",
      "hard call: clause content is given; validity of a 协议管辖 clause is a point of law"),
    R("他家生意今年到底怎么样,跟去年比呢?别光给我分数", True, [INV], [], AM, "zh",
      "business volume = invoicing; score explicitly not wanted"),
    R("91320583MA1NQ7XK3T 这家你帮我查查有没有多头和被执行", False, [WARN], [], AM, "zh",
      "named by code; 多头 + enforcement", code=True),
    R("92320506MA1T4E6P8X 个体户,评分多少,开票怎么样", False, [SCORE, INV], [], AM, "zh",
      "named by code; score + invoicing", code=True),
    R("Check 91321282MA1P8DGW5U for guarantee circle exposure pls", False, [WARN], [], RR, "en",
      "named by code; guarantee circle", code=True),
    R("91320412MA1Y3BQF6K 的借款合同有没有超利率的条款", False, [CR], [DOC, REG], RR, "zh",
      "named by code; stored contract checked for rate terms", code=True),
    R("91320681MA1WE2C87R 那个保证合同上保证人是谁,几号签的", False, [DOC], [], AM, "zh",
      "named by code; content of guarantee contract", code=True),
    R("91321088MA22HT4L0N 分数出来了吗 为啥这么低", False, [SCORE], [WARN], AM, "zh",
      "named by code; score + reasons", code=True),
    R("91320585MA1R2T6J9B 这户保证合同里保证期间写了没?没写的话是不是按六个月算", False, [DOC, REG], [], RR, "zh",
      "named by code; contract content + default rule", code=True),
    R("合同里写了'放款时预先扣除首期利息',这算不算砍头息?本金按多少认", False, [REG], [CCK], RR, "zh",
      "hard call: short quote (<80 chars) and a rule question (民间借贷规定 on 预先扣除) -> regulations"),
    R("这家有个案子被执行了80万,评分里算进去了没有", True, [SCORE], [WARN], RR, "zh",
      "asks whether the score's reasons include the case"),
    R("近三个月开票走势发我下,committee上要用", True, [INV], [], CC, "mixed",
      "invoicing trend"),
    R("我们那份借款合同里,提前还款要收2%手续费,这个合法吗", True, [REG], [CR, DOC], AM, "zh",
      "term stated in the message; legality is a point of law"),
    R("这家借款合同是19年签的,当时上限还是24%,现在还按那个算吗?顺便看下合同利率到底多少", True, [DOC, REG], [CR], RR, "zh",
      "contract rate from the document + transitional rule from law"),
    R("帮我审审他们的保证合同,担保人是他小舅子开的公司,有没有漏洞", True, [CR], [WARN, DOC], RR, "zh",
      "stored guarantee contract review; related party hint -> warnings optional"),
    R("这个借款合同利率多少?是不是超LPR四倍了", True, [CR], [DOC, REG], AM, "zh",
      "stored contract's rate vs cap; rate not given"),
    R("帮我把他家合同从头到尾过一遍,看看有没有无效条款", True, [CR], [DOC, REG], AM, "zh",
      "whole contract review"),
    R("借款合同和借条金额对不上,合同写50万借条写45万,以哪个为准?两份都在系统里", True, [DOC, REG], [], RR, "zh",
      "compare two documents + law on which controls"),
    R("他家那份保证合同帮我过下,保证人资格、保证期间、责任方式有没有坑", True, [CR], [DOC, REG], RR, "zh",
      "stored guarantee contract review"),
    R("展期协议是不是要保证人书面同意?我们那份展期协议保证人签了没,帮我看看", True, [REG, DOC], [], PL, "zh",
      "law on guarantor consent + whether the stored agreement is signed"),
    R("这段是客户自己拿来的借款协议,说是外面朋友借他的:「甲方出借人民币贰拾万元整给乙方,借期六个月,月利率2%,"
      "利息每月10日前支付;逾期未还的,每逾期一日按未还本金的千分之一支付违约金,乙方并自愿以其名下车辆一辆作为还款保障,钥匙及行驶证交甲方保管。」有没有违法的地方", True, [CCK], [RATE, REG, WARN], AM, "zh",
      "hard call: pasted clause -> contract_check; rates inside so rate_check optional; side borrowing hints at 多头"),
    R("开票涨得有点猛,我担心是虚开,系统里有没有什么异常提示", True, [INV, WARN], [], RR, "zh",
      "invoicing level + anomaly warnings"),
    R("What does the law say about guarantor liability if we extend the loan without telling the guarantor?", False, [REG], [], TL, "en",
      "pure law"),
    R("借新还旧,新贷款的担保人就是原来那个,还要不要担责?这家就是这样操作的", True, [REG], [WARN, DOC], RR, "zh",
      "hard call: the renewal fact is given by the asker; the answer is 担保制度解释 art.16"),
    R("他们厂的法人换人了,之前的担保还算数伐", True, [REG], [DOC], AM, "zh",
      "change of legal rep does not affect guarantee; law"),
    R("上会前给我一句话结论:这家能不能续?分、票、预警、官司都考虑进去", True, [SCORE, INV, WARN], [DOC], CC, "zh",
      "explicitly asks for score, invoicing, warnings, lawsuits"),
    R("评分一直A档,咋突然预警说多头了,两个对不上啊", True, [SCORE, WARN], [], TL, "zh",
      "reconcile score with warning"),
    R("借款年化15.4%,担保费一年再收2%,综合成本超了吗", True, [RATE], [REG], AM, "zh",
      "states rates; compare combined cost"),
    R("客户发来的条款看看有没有坑:「如乙方连续两个月营业收入低于人民币伍拾万元,甲方有权单方面宣布借款提前到期,"
      "并有权直接扣划乙方在甲方开立的任何账户内资金用于清偿,乙方放弃一切抗辩权,且不得以任何理由要求甲方退还已扣划款项。」", False, [CCK], [REG], RR, "zh",
      "pasted clause"),
    R("以下是抵押合同的一段,帮看下效力:「抵押人同意,如债务人到期未能清偿债务,抵押物所有权自动归抵押权人所有,"
      "抵押权人无需另行通知抵押人,亦无需经过评估、拍卖、变卖等任何程序,抵押人应于接到抵押权人通知之日起七日内腾空并交付抵押物。」", False, [CCK], [REG], RR, "zh",
      "pasted 流押 clause"),
    R("Client sent this guarantee wording, ok or not? 「保证人自愿为债务人在本合同项下的全部债务提供担保,包括但不限于本金、"
      "利息、罚息、复利、违约金、损害赔偿金及实现债权的一切费用,保证期间为自本合同签订之日起至债务全部清偿之日止。」", False, [CCK], [REG], RR, "mixed",
      "pasted guarantee clause (period ambiguity)"),
    R("这是他们跟上游签的购销合同里的付款条款,他拿来当还款来源说明:「买方应于收到货物及增值税专用发票后九十日内支付全部货款,"
      "逾期付款的,每逾期一日按应付未付金额的万分之五向卖方支付违约金,超过一百八十日未付的,卖方有权解除合同。」这回款靠得住吗",
      True, [CCK], [INV, REG], RR, "zh",
      "pasted clause; invoicing could show whether sales actually flow"),
    R("借条原文:「今借到王某某人民币叁拾万元整,月息贰分,借期一年,利息按季支付,到期一次性还本。如逾期,按月息叁分计付逾期利息,"
      "并承担出借人追讨所发生的律师费、诉讼费。借款人:李某某(签字并按手印)。」这个借条有效吗,逾期利息能按3分算吗", False, [CCK, RATE], [REG], AM, "zh",
      "pasted 借条 to check + a stated overdue rate asked about explicitly"),
    R("客户要求在补充条款里加这条,我们能接受吗:「如因政府拆迁、环保整治等原因导致借款人停产的,借款人可申请延期还款不超过十二个月,"
      "延期期间不计收利息及罚息,贷款人应予同意,且不得因此宣布贷款提前到期或要求借款人追加担保。」", True, [CCK], [REG], AM, "zh",
      "pasted clause"),
    R("担保公司那边的委托担保合同有这么一条:「反担保人同意以其名下全部财产为被担保人的债务承担无限连带责任,"
      "且反担保责任不因主合同或委托担保合同无效而免除,反担保期间至被担保人清偿全部债务后三年止,担保人代偿后可直接处置反担保人财产。」这样写效力上有问题吗", False, [CCK], [REG], RR, "zh",
      "pasted counter-guarantee clause (independence of guarantee)"),
    R("个体户经营贷,客户想加这条:「借款人以其个体工商户经营所得及家庭共同财产承担还款责任,借款人配偶对本合同知悉并同意,"
      "配偶未签字不影响本合同效力,贷款人有权直接向借款人配偶主张偿还全部借款本息。」配偶没签字这条管用吗", True, [CCK], [REG], AM, "zh",
      "pasted clause"),
    R("服务协议里这个收费条款你看下:「借款人须另行向居间方支付居间服务费,费率为借款金额的每月0.8%,随利息一并支付,"
      "居间方有权委托出借人代为收取,借款提前结清的,已收取的居间服务费不予退还,亦不得折抵借款本金或利息。」再加上年利率12%,实际成本超没超", False, [CCK, RATE], [REG], RR, "zh",
      "pasted fee clause + combined rate to compare with cap"),
    R("为啥打分里'经营稳定性'那块扣那么多", True, [SCORE], [INV, WARN], RR, "zh",
      "score reason"),
    R("Score and rating for this one? need it for the memo", True, [SCORE], [], CC, "en",
      "score"),
    R("授信committee要看这户的担保圈和涉诉情况,pls整理一下", True, [WARN], [], CC, "mixed",
      "guarantee circle + lawsuits"),
    R("开票YoY跌多少?", True, [INV], [], AM, "mixed",
      "invoicing yoy"),
    R("这家的rating为什么是C,main reasons?", True, [SCORE], [WARN], RR, "mixed",
      "score reasons"),
    R("Any 借新还旧 flags on this one?", True, [WARN], [], RR, "mixed",
      "renewal warning"),
    R("他家借款合同扫描件里,还款方式是等额本息还是先息后本?", True, [DOC], [], AM, "zh",
      "contract content"),
    R("申请书上写的借款用途是啥?贷后发现钱流进房地产了", True, [DOC], [REG], PL, "zh",
      "stated use in the application; rules on misuse optional"),
    R("那几张上传的发票,开票方是不是他们自己的关联公司?", True, [DOC], [WARN], RR, "zh",
      "content of uploaded invoices; related-party warnings may help"),
    R("借条上有没有写利息?没写的话法律上算不算有利息", True, [DOC, REG], [], AM, "zh",
      "借条 content + rule on unstated interest"),
    R("保证合同签署日期是在主合同之前还是之后?我怀疑是补签的", True, [DOC], [], RR, "zh",
      "dates in two uploaded contracts"),
    R("逾期三期了,老板电话也不接。他是不是别处也逾期被告了", True, [WARN], [], PL, "zh",
      "lawsuits / multiple lenders"),
    R("逾期了,按合同罚息能收多少?合同里定的罚息利率有没有超", True, [CR], [DOC, REG], PL, "zh",
      "stored contract's penalty rate vs law; rate not stated"),
    R("借款人跑路了,担保人说他是一般保证,要我们先去告借款人。合同里到底写的啥", True, [DOC], [REG], PL, "zh",
      "guarantee contract content decides; 先诉抗辩 rule optional"),
    R("把逾期客户的名单发到村里的群里催,合不合规?会不会有麻烦", False, [REG], [], TL, "zh",
      "personal-information / collection rules"),
    R("专票开了对方不付款,我们客户能不能作废重开?会不会影响他的开票数据", True, [REG], [INV], AM, "zh",
      "VAT invoice rules; the borrower's invoicing is only context"),
    R("实控人老婆名下的公司也在我们这贷了吧,两家有没有互保", True, [WARN], [DOC], RR, "zh",
      "related-party + mutual guarantee"),
    R("我们内部要求近半年开票同比跌超30%就要预警,这户到没到这个线", True, [INV, WARN], [], PL, "zh",
      "needs the invoicing numbers vs own threshold, and what the system flagged"),
    R("客户要把授信提到300万,先看看他们开票撑不撑得住这个额度", True, [INV], [SCORE], AM, "zh",
      "sales volume vs requested limit"),
    R("这份借款合同是电子签的,效力有没有问题?顺便整份审一下", True, [CR], [REG, DOC], RR, "zh",
      "stored contract review"),
    R("他们保证合同里有没有写'保证人放弃一切抗辩权'?写了是不是也没用", True, [DOC, REG], [CR], RR, "zh",
      "contract content + law on waiver"),
    R("贷款下礼拜到期,他说要续。续之前你帮我看下:风险评分、最近开票、有没有新官司,还有上次续贷那份情况说明里他答应了啥",
      True, [SCORE, INV, WARN, DOC], [], AM, "zh",
      "four explicit asks"),
    R("这家用的还是老版合同模板,按现在的担保制度解释有没有条款作废了?帮查下", True, [CR], [REG, DOC], TL, "zh",
      "stored contract against current law"),
    R("委员会上有人问这户借款合同的利率、罚息、复利设得合不合规,你帮我审下合同,顺便看看他在别处有没有借", True, [CR, WARN], [DOC, REG], CC, "zh",
      "contract review + 多头"),
    R("合同审查说有风险点,具体是哪几条?", True, [CR], [DOC], TL, "zh",
      "result of reviewing the stored contract"),
    R("对方说他们那笔是年息三十六,这还受法律保护伐?", False, [RATE], [REG], AM, "zh",
      "states a rate (36%)"),
    R("APR 30% on a private loan — is any part of that enforceable?", False, [RATE], [REG], RR, "en",
      "states a rate"),
    R("每万块钱一天收6块钱利息,合法吗", False, [RATE], [], AM, "zh",
      "states a daily rate in money terms"),
    R("这户我明天去续贷面谈,帮我看看开票、打分,有啥要特别问老板的", True, [INV, SCORE], [WARN], AM, "zh",
      "invoicing + score explicitly; warnings would sharpen questions"),
    R("钱还没还清,老板把厂子转给他儿子了,这个我们能撤销吗", True, [REG], [WARN, DOC], PL, "zh",
      "债权人撤销权; law"),
    R("他们上个月出了个安全事故被罚了,系统里有没有显示?分数受影响没", True, [WARN, SCORE], [], PL, "zh",
      "anomaly/penalty in warnings + score effect"),
    R("92321323MA1XK8H25E 这个个体户借条上写的还款日是几号", False, [DOC], [], PL, "zh",
      "named by code; 借条 content", code=True),
]


def build() -> list[dict]:
    out = []
    for i, r in enumerate(ROWS, 1):
        row = {
            "id": f"{PREFIX}-{i:03d}",
            "question": r["q"],
            "borrower_in_focus": r["focus"],
            "needs": list(r["needs"]),
            "optional": list(r["opt"]),
            "asker": r["asker"],
            "lang": r["lang"],
            "note": r["note"],
        }
        if r["code"]:
            row["names_code"] = True
        out.append(row)
    return out


def main() -> None:
    rows = build()
    path = Path(__file__).with_name("cases.jsonl")
    with path.open("w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n")
    print(f"wrote {len(rows)} rows to {path}")


if __name__ == "__main__":
    main()
