"""Build law_qa_holdout18.jsonl: 60 fresh held-out law-QA rows (ids lh18-001 … lh18-060).

The rows live here, in order; running this script rewrites the JSONL byte for byte the same way
(UTF-8, one compact JSON object per line, keys in a fixed order; the writer is holdout3's `write`). Run from
the repo root:

    .venv/bin/python eval/datasets/law_qa_holdout18/make_law_qa_holdout18.py
    .venv/bin/python eval/datasets/law_qa_holdout18/check.py

Held out: measured once by the lead; never tune retrieval on it. Written by a fengtiao helper from reading the
law text only (retrieval/laws.py), as questions put to 陆文静, in-house counsel of a made-up Shanghai city
commercial bank's 普惠与供应链金融部, by relationship managers, the 放款审核 desk, the 贷后 team, mediators and
owners of small manufacturing and trading firms; all people, firms, places of work and amounts are made up.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.law_qa_holdout3.make_law_qa_holdout3 import write  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "law_qa_holdout18.jsonl"

MJ = "最高人民法院关于审理民间借贷案件适用法律若干问题的规定"
PF = "最高人民法院关于新民间借贷司法解释适用范围问题的批复"
DB = "最高人民法院关于适用《民法典》有关担保制度的解释"
TZ = "最高人民法院关于适用《民法典》合同编通则若干问题的解释"
RZZL = "最高人民法院关于审理融资租赁合同纠纷案件适用法律问题的解释"
MSJ = "最高人民法院关于适用《民事诉讼法》的解释"
SFQR = "最高人民法院关于人民调解协议司法确认程序的若干规定"
TYTJ = "最高人民法院关于人民法院特邀调解的规定"
MSTJ = "最高人民法院关于人民法院民事调解工作若干问题的规定"
ZXTJ = "人民法院在线调解规则"
SZ = "深圳经济特区矛盾纠纷多元化解条例"
SH = "上海市地方金融监督管理条例"
ZX = "征信业管理条例"
FP = "发票管理办法"
SS = "税收征收管理法"
GRXX = "个人信息保护法"
SJAQ = "数据安全法"
DZQM = "电子签名法"
PC = "企业破产法"
GSF = "公司法"
SYYH = "商业银行法"
TJF = "人民调解法"
ZCF = "仲裁法"
MSS = "民事诉讼法"
HTB = "合同编"
WQ = "物权编"
ZZ = "总则"

CO, ME, BO = "credit_officer", "mediator", "borrower"

# (question, [(instrument short_title, article)], topic, asker)
ROWS: list[tuple[str, list[tuple[str, int]], str, str]] = [
    # --- relationship managers, 放款审核, 贷后, the bank's foreign consultants (credit_officer, 001-030) ---
    ("陆老师，闵行那家五金厂要给老板另一家贸易公司在我们这的贷款做担保，送来的是董事会决议，可我翻了章程，"
     "里面写对外担保得股东会通过。这担保合同算不算数？要不要让他们补个股东会决议再放款？——客户经理小沈",
     [(GSF, 15), (DB, 7)], "公司对外担保决议机关与章程不符", CO),
    ("放款审核周姐：去年那笔保证合同只有保证公司法人签字加公章，啥决议都没附，当时经办图快没要。现在保证公司"
     "说这份担保对它不生效，银行一分都拿不到？还是能要点赔偿，比例怎么定",
     [(DB, 17), (DB, 7)], "越权担保无效后的赔偿", CO),
    ("母公司给它百分之百控股的子公司做担保，母公司说开股东会要两周，能不能先签保证合同，决议后补？",
     [(DB, 8)], "为全资子公司担保无需决议", CO),
    ("借款人是个一人有限公司，要给唯一股东本人的经营贷提供保证，股东自己写个书面决定就行吗？另外如果公司替老板"
     "还了钱，别的债主来找，老板个人会不会被拖下水",
     [(DB, 10)], "一人公司为股东担保", CO),
    ("贷后老韩：嘉定一家建材公司的昆山分公司，负责人拿分公司公章给我们客户的贷款盖了保证，总公司说从来没开过会"
     "也不知道。这个保证我们找谁？分公司还是总公司？",
     [(DB, 11)], "分公司未经决议对外担保", CO),
    ("Hi Ms Lu, one of our SME borrowers has a parent listed on the ChiNext board that is willing to guarantee its "
     "working-capital line. The parent sent a stamped guarantee letter but I could not find any announcement about "
     "it on the exchange website. Is the stamped letter enough, or do we need to rely on what the listed company has "
     "publicly disclosed? — Tom (risk consultant)",
     [(DB, 9)], "上市公司担保与公开披露", CO),
    ("借款的是一人有限公司，老板平时公司账和自己卡混着用，给工人发工资、买车都从一个户头走。现在贷款逾期四个月，"
     "能不能把老板个人也列为被告？",
     [(GSF, 23)], "一人公司财产混同股东连带", CO),
    ("借款企业原来的大股东，认缴了八百万一分没交，去年把股权一块钱转给了他外甥，出资期限写的是2040年。现在企业"
     "贷款还不上，原股东说跟他没关系了，真的吗？",
     [(GSF, 88)], "未届期出资股权转让后的责任", CO),
    ("有个客户把对某整车厂的应收账款先质押给我们，在中登网登了记；过了一个月又拿同一笔账款去一家保理公司做了"
     "保理，保理公司没登记但抢先给整车厂发了通知。这笔钱到底归谁？",
     [(DB, 66), (HTB, 768)], "应收账款质押与保理竞合", CO),
    ("我们做有追索权保理，转让通知寄给买方，买方财务回复说通知上只有卖方的章，看不出银行是谁，也没附合同发票，"
     "所以不认。保理行发通知应该怎么写、附什么？",
     [(HTB, 764), (HTB, 546)], "保理转让通知的形式", CO),
    ("保理通知已经送到买方手里了，结果卖方和买方私下签了个补充协议，把合同价砍了15%，说是质量折让。这个折让对"
     "我们保理银行管用吗",
     [(HTB, 765)], "通知后变更基础合同", CO),
    ("贷后检查发现保理项下两笔应收账款是卖方和买方串起来编的，根本没发过货。买方现在一口咬定没这笔欠款。"
     "我们当时完全不知道，还能找买方要钱吗？",
     [(HTB, 763)], "虚构应收账款的保理", CO),
    ("客户拿厂里一台注塑机抵押给我们，合同签了，动产登记拖着没去办，上周他把机器卖给了同行一家厂，对方已经"
     "拉走用上了。我们还能追着机器主张优先吗",
     [(DB, 54), (WQ, 403)], "未登记动产抵押物被转让", CO),
    ("Quick question from the onboarding team: when we register an inventory pledge/mortgage in the PBOC unified "
     "registry, the collateral field only says 'all steel coils stored in the borrower's Baoshan warehouse', no "
     "grades or tonnage. Could a court say the security was never created because the description is too vague?",
     [(DB, 53), (WQ, 396)], "统一登记中的概括描述", CO),
    ("我们对奉贤一家食品厂做了动产浮动抵押，早就登记了。后来它分期从设备商买了一条新灌装线，设备商约定货款付清"
     "前所有权不转移，交货第六天就去登记了。这条线上我们和设备商谁先？",
     [(DB, 57), (WQ, 416)], "价款优先权与浮动抵押", CO),
    ("Our leasing affiliate is looking at a sale-and-leaseback: the client sells its own CNC machines to us and "
     "leases them back. The auditors say that because seller and lessee are the same company this is just a loan "
     "in disguise. How would a Chinese court look at it?",
     [(RZZL, 2), (RZZL, 1)], "售后回租是否构成融资租赁", CO),
    ("最高额抵押合同当初没写决算期，签了快三年了，抵押人是老板的弟弟，现在想退出，要求把担保的债权数额定下来，"
     "他一个人提就行？我们不同意能不能拖着？",
     [(WQ, 423)], "最高额抵押债权确定", CO),
    ("不动产登记簿上写的最高债权额是1000万，我们合同里写的是本金最高1000万、另外利息罚息另算。真到处置的时候"
     "优先受偿按哪个数？",
     [(DB, 15)], "登记与约定的最高债权额不一致", CO),
    ("准备给青浦一家包装厂做厂房抵押，听说它可能欠税。税务局那边我们能不能去问？要是欠税在先，拍卖时税款是不是"
     "排在我们前面",
     [(SS, 46), (SS, 45)], "抵押前查询欠税", CO),
    ("抵压人没跟我们打招呼把抵押的仓库卖了，过户都办完了。合同里有不许转让的条款，但这个约定没登记上去。我们的"
     "抵押权还跟着仓库走吗",
     [(WQ, 406), (DB, 43)], "抵押财产转让", CO),
    ("借款人工厂停产两个月，老板在电话里说今年肯定还不上了。贷款还有八个月才到期，我们能不能现在就起诉，要求"
     "提前还清？",
     [(HTB, 578)], "预期违约与提前收贷", CO),
    ("Ms Lu, a borrower's loan is 1.2m overdue and it still has about 800k sitting in its settlement account with "
     "us. Can we simply debit the account and set it off against the loan, or do we need to notify the company "
     "first? When does the set-off actually take effect?",
     [(HTB, 568), (TZ, 55)], "存款与贷款抵销", CO),
    ("借款人进了破产重整，管理人来函说要给我们换一个担保，把质押在我们监管仓库里的那批电解铜拿回去继续生产。"
     "铜现在的市价比我们贷款余额低不少。管理人能这么干吗，按啥价钱算？",
     [(PC, 37)], "管理人取回质物", CO),
    ("破产清算里我们抵押的厂房拍了1200万，我们的本息是1800万，差的600万怎么办，跟其他债权人一起排队分？",
     [(PC, 110), (PC, 109)], "别除权未受偿部分", CO),
    ("借款人对松江一家国企有300万工程款，到期一年多既不催也不起诉，自己却跟我们说没钱。我们能不能直接告那家"
     "国企？到哪个法院告？",
     [(HTB, 535), (TZ, 35)], "代位权诉讼", CO),
    ("Ms Lu, a borrower wants to move its whole term loan over to a sister company. The individual guarantor "
     "(the owner's old friend) told our RM on the phone he has 'no problem with it' but has signed nothing. If we "
     "approve the transfer, is he still on the hook?",
     [(HTB, 697)], "债务转移与保证人同意", CO),
    ("供应链项目里核心企业给我们出了一份差额补足承诺函，说经销商还不上的部分它来补。这个到时候按保证算，"
     "还是算它自己欠的？",
     [(DB, 36)], "差额补足函的性质", CO),
    ("逾期以后借款人主动提出拿两套商铺抵债，以物抵债协议签了，还没过户，他又反悔说商铺值钱、要还现金。我们"
     "能坚持要商铺吗？还是只能回头要钱",
     [(TZ, 27)], "履行期届满后的以物抵债", CO),
    ("保理尽调时发现卖方给买方开的专票对应的货根本还没发，卖方说行业里都是先开票后发货。这样开票有问题吗？",
     [(FP, 21)], "保理尽调中的发票与交易不符", CO),
    ("A question on the credit bureau pull: the enterprise credit report we obtain shows the legal representative's "
     "name, ID number and his positions in other companies. Do we need a separate written authorisation from him as "
     "an individual before pulling and keeping that report?",
     [(ZX, 13)], "企业征信中的高管信息", CO),
    # --- mediators of bank / SME disputes (mediator, 031-040) ---
    ("我是区法院名册上的特邀调解员，法院立案前委派过来一件银行诉小微企业的金融借款纠纷，已经调成了。双方想去"
     "做司法确认，是去我们调解中心所在地的法院，还是委派的那个法院？",
     [(TYTJ, 19)], "委派调解协议的司法确认管辖", ME),
    ("一家外资企业和银行的贷款纠纷走法院的在线调解平台，外方董事希望有个懂德语的外籍调解员参与，平台上能不能"
     "请外国人来调？",
     [(ZXTJ, 6)], "外籍调解员参与在线调解", ME),
    ("法院委托我们调一个借款案，调到最后借款人老板的舅舅愿意出来担保，写进调解协议了，可他不肯签收调解书。"
     "调解书还生效吗？他担保算不算数",
     [(MSTJ, 9)], "案外人在调解书中担保", ME),
    ("银行律师要在调解协议里加一条：借款人只要晚还一期，银行就可以直接请法院判。法院会同意这种条款吗？换成"
     "违约金行不行",
     [(MSTJ, 8)], "调解协议中的违约条款", ME),
    ("我在前海一家商事调解中心调一起银行和进出口公司的纠纷，没调成。银行的律师想把调解笔录和对方当时的让步"
     "拿到另一个案子里当证据，我们能给吗？",
     [(SZ, 40)], "商事调解保密", ME),
    ("借款合同约定了上海仲裁委，仲裁开庭后双方想和解，仲裁庭主持调好了。出的调解书跟裁决书效力一样吗？"
     "签收前借款人又反悔了怎么办",
     [(ZCF, 51), (ZCF, 52)], "仲裁中的调解", ME),
    ("街道人调委调好了一笔担保公司对小老板的追偿纠纷，协议签了已经四十多天，现在两边才想起来去法院"
     "确认，还来得及吗？该找哪个法院",
     [(TJF, 33), (SFQR, 2)], "人民调解协议司法确认期限", ME),
    ("委派调解30天快到了，银行和借款人都想再谈两周，能延吗",
     [(TYTJ, 27)], "委派调解期限延长", ME),
    ("法院审理中的借款案，调解时借款人愿意把另一笔没起诉的保理回购款也一起了结，写进调解协议。诉讼请求里"
     "没有这笔，法院会准吗",
     [(MSTJ, 7)], "调解协议超出诉讼请求", ME),
    ("调解银行对一家贸易公司的贷款纠纷时，银行说公司没钱，要股东把认缴还没到期的出资先交出来还贷；股东说章程"
     "写的是2035年前缴清，现在不用交。谁说得对？",
     [(GSF, 54)], "出资加速到期", ME),
    # --- owners of small manufacturing and trading firms (borrower, 041-060) ---
    ("我们公司在你们行贷了300万，放款时又被扣了一笔'财务顾问费'3万，啥顾问服务都没见到，合同里也没写。"
     "银行收费有没有规矩管？",
     [(SYYH, 50)], "银行收费项目", BO),
    ("贷款结清两年了，银行还留着我这个法定代表人的身份证复印件、人脸照片和家里地址。我能让他们删掉吗",
     [(GRXX, 47), (GRXX, 19)], "贷款结清后删除法定代表人信息", BO),
    ("我们是德资小厂，法人代表是德国人。开户时银行非要给他刷脸留底，他不愿意，银行就说不给办。刷脸能不能不做，"
     "银行能因此拒绝吗？",
     [(GRXX, 29), (GRXX, 16)], "外籍法定代表人人脸信息", BO),
    ("银行说我们把流动资金贷款拿去付了新厂房的装修款，通知要提前收回全部贷款。装修也是为了生产啊，他们能这么做？",
     [(HTB, 673)], "改变借款用途提前收回", BO),
    ("厂里一台激光切割机是融资租赁来的，八成租金已经付了，后面实在付不动，租赁公司解除合同把机器拉走了。"
     "机器还挺值钱，我能要回多出来的部分吗",
     [(HTB, 758), (DB, 65)], "融资租赁收回租赁物的价值返还", BO),
    ("我们卖了一批空压机给下游，合同写了款没付清之前货还是我们的。他拖了半年没付，我们能去把机器拉回来吗？"
     "拉回来以后他又说要付钱赎回去，怎么弄",
     [(HTB, 642), (HTB, 643)], "所有权保留的取回与回赎", BO),
    ("贸易公司把闲钱借给熟人的工厂周转，收点利息，合法不",
     [(MJ, 10)], "企业之间借贷", BO),
    ("我们欠一家破产的客户30万货款，它又欠我们50万。管理人发涵叫我们先把30万付了，我们能不能直接跟它欠我们的"
     "抵掉？",
     [(PC, 40)], "破产中的抵销", BO),
    ("我们的模具放在一家代工厂做产品，代工厂破产了，管理人把模具也列进了破产财产清单。模具是我们的，怎么拿回来？",
     [(PC, 38)], "破产取回权", BO),
    ("银行让我以个人名义签一份'共同借款人确认书'，说比做保证人手续简单。我签了这个，跟当保证人有啥区别？",
     [(HTB, 552), (HTB, 518)], "共同借款与债务加入", BO),
    ("我给朋友的公司签过一份最高额保证，额度500万，期限三年。三年期满后银行又给他放了一笔，这笔我还要担吗？",
     [(HTB, 690), (DB, 30)], "最高额保证的债权范围", BO),
    ("我是旧贷款的保证人。银行和借款公司搞借新还旧，新合同我没签字，也没人告诉我新贷是用来还旧贷的，现在新贷"
     "逾期，银行来找我，我要不要还？",
     [(DB, 16)], "借新还旧中的保证人", BO),
    ("我们公司以前的法人代表两个月前辞职了，工商变更还没办下来，他用公司名义给别人签了份保证合同。这个公司要"
     "认吗？",
     [(ZZ, 65), (GSF, 10)], "辞任法定代表人未变更登记", BO),
    ("财务拿我的U盾在网银上签了一份借款合同，我根本不知道。U盾一直放在财务抽屉里，这个签名算我的吗？",
     [(DZQM, 27), (DZQM, 15)], "电子签名制作数据保管", BO),
    ("上海一家商业保理公司的业务员跟我说，公司账上的闲钱可以存到他们那里，年化8%保本。保理公司能干这个吗",
     [(SH, 18)], "商业保理公司变相吸收存款", BO),
    ("我们的保理商是上海地方金融局监管的商业保理公司，利息加各种服务费算下来年化二十几。这种公司也受民间借贷"
     "那个利率上限管吗？",
     [(PF, 1)], "商业保理公司是否适用民间借贷规定", BO),
    ("听说银行的供应链金融平台被黑客攻击了，我们上传的合同、发票和员工身份证可能都泄露了，银行到现在一个电话"
     "都没打给我们。银行有没有义务告诉我们？",
     [(SJAQ, 29), (GRXX, 57)], "数据泄露的告知", BO),
    ("收到法院通知，说银行申请直接拍卖我们抵押的厂房，不用打官司。我们对罚息算法有意见，要在几天内提？提了以后"
     "法院会怎么办",
     [(MSJ, 366), (MSS, 208)], "实现担保物权程序中的异议", BO),
    ("银行用代为权把我们的客户告了，要我们公司的货款直接付给银行。可我们跟客户的合同里约定的是仲裁，法院还能管"
     "吗？",
     [(TZ, 36)], "代位权诉讼与仲裁协议", BO),
    ("银行把我们公司的不良贷款打包卖给了资产管理公司，AMC说厂房上的抵押也一起转给它了，可不动产登记上还是银行的"
     "名字。这样它能拍我们厂房吗？",
     [(WQ, 407), (HTB, 547)], "债权转让后抵押权随之转移", BO),
]


def main() -> None:
    write(ROWS, "lh18", OUT)


if __name__ == "__main__":
    main()
