"""Build law_qa_holdout5.jsonl: 60 fresh held-out law-QA rows (ids lh5-001 … lh5-060).

The rows live here, in order; running this script rewrites the JSONL byte for byte the same way
(UTF-8, one compact JSON object per line, keys in a fixed order; the writer is holdout3's `write`). Run from
the repo root:

    .venv/bin/python eval/datasets/law_qa_holdout5/make_law_qa_holdout5.py
    .venv/bin/python eval/datasets/law_qa_holdout5/check.py

Held out: measured once by the lead; never tune retrieval on it. Written by a fengtiao helper on
2026-12-05 from reading the law text only (retrieval/laws.py); all people, firms and amounts are made up.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.law_qa_holdout3.make_law_qa_holdout3 import write  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "law_qa_holdout5.jsonl"

MJ = "最高人民法院关于审理民间借贷案件适用法律若干问题的规定"
DB = "最高人民法院关于适用《民法典》有关担保制度的解释"
HT = "最高人民法院关于适用《民法典》合同编通则若干问题的解释"
MSJ = "最高人民法院关于适用《民事诉讼法》的解释"
SFQR = "最高人民法院关于人民调解协议司法确认程序的若干规定"
TYTJ = "最高人民法院关于人民法院特邀调解的规定"
MSTJ = "最高人民法院关于人民法院民事调解工作若干问题的规定"
ZXTJ = "人民法院在线调解规则"
YHK = "最高人民法院关于审理银行卡民事纠纷案件若干问题的规定"
RZZL = "最高人民法院关于审理融资租赁合同纠纷案件适用法律问题的解释"
SZ = "深圳经济特区矛盾纠纷多元化解条例"
NB = "宁波市人民调解条例"
WZ = "温州市民间融资管理条例"
ZJ = "浙江省地方金融条例"
SH = "上海市地方金融监督管理条例"
BJ = "北京市地方金融监督管理条例"
ZX = "征信业管理条例"
QD = "非法金融机构和非法金融业务活动取缔办法"
RZDB = "融资担保公司监督管理条例"
TJF = "人民调解法"
TJZZ = "人民调解委员会组织条例"
MSS = "民事诉讼法"
HTB = "合同编"
WQ = "物权编"
ZZ = "总则"

CO, ME, BO = "credit_officer", "mediator", "borrower"

# (question, [(instrument short_title, article)], topic, asker)
ROWS: list[tuple[str, list[tuple[str, int]], str, str]] = [
    # 001
    ("做服装批发的钱姐说前年借给我8万，天天催。其实那钱是她当初入股我奶茶店的，根本不是借。她去法院把我告了，结果开庭那天她自己没露面，法官说光凭那几张聊天截图看不出钱是怎么给的、给了多少，这官司最后会咋判",
     [(MJ, 17)], "lender-plaintiff absent, facts unproven", BO),
    ("客户名下两家公司互相拆借周转，签了借款合同也约了利息，企业跟企业之间借钱这合同作数吗",
     [(MJ, 10)], "loans between companies for business", CO),
    ("我在调一个借钱的纠纷，借款人说出借那家投资公司已经因为非法集资被公安立案了，可跟他这笔借款不是一回事，法院这边还会继续审吗",
     [(MJ, 6)], "loan case alongside an unrelated fundraising crime lead", ME),
    ("A borrower of ours is being sued by his own cousin over a 'loan' we think never happened - it looks staged to "
     "get ahead of us on his house. The judge seems suspicious and now the cousin wants to withdraw the case. Can he "
     "just walk away, and can anyone be punished for this?",
     [(MJ, 19)], "withdrawing a sham lending suit; sanctions", CO),
    # 005
    ("保证合同里我们给保证人单独约了一条违约责任，按天千分之三算，比借款人那边还重。现在保证人说他最多只担借款人该担的那部分，法院会支持他吗",
     [(DB, 3)], "guarantor liability beyond the debtor's", CO),
    ("民办幼儿园的吕园长想拿园里的教学楼和两辆校车给他弟弟的贷款做抵押，这能收吗？园子登记的是营利性的",
     [(DB, 6)], "kindergarten as guarantor", CO),
    ("一笔经营贷有三个保证人，都是连带的。保证期间里我们只给老周寄过催收函，另外两个一直没联系，现在期间过了，还能找那两个吗",
     [(DB, 29)], "several guarantors, claim made against only one", CO),
    ("抵押合同里写了车不许卖，但这条没去车管所登记，客户偷偷把货车卖了还过了户，我们能让买卖作废吗",
     [(DB, 43)], "sale of mortgaged vehicle against a no-transfer clause", CO),
    # 009
    ("我妈拿她的房子抵押给小贷公司，给我哥的借款作担保。我哥现在还不上，我怕房子被拍卖，想先替他把钱还掉，还完以后这钱算我哥欠我的吗",
     [(HTB, 524)], "third party with an interest paying the debt", BO),
    ("我们是做小五金的，去年跟租赁公司签了三年的设备分期，每月还一万二。结果今年厂子所在的园区被整体划进水源保护区，政府要求停产搬迁，签合同那会儿谁也想不到啊，机器开不了还得照付，这合同能不能要求重谈或者干脆解掉",
     [(HTB, 533)], "unforeseeable change of circumstances", BO),
    ("给一个dealer做的credit line，老板个人签的是最高额保证，五百万额度两年里循环用，这种和普通的保证有什么区别，要注意啥",
     [(HTB, 690)], "maximum-amount guarantee for a revolving line", CO),
    ("我是一般保证人。借款人到期不还，我主动告诉出借人他名下有台奥迪可以执行，出借人拖了半年没动，现在车已经被卖掉了，这部分我还要担吗",
     [(HTB, 698)], "general guarantor pointed to assets the creditor ignored", BO),
    # 013
    ("调解的时候保证人提出，出借人自己还欠着借款人20万货款没结，他觉得这笔应该先扣掉，他说得有没有道理",
     [(HTB, 702)], "guarantor invoking the debtor's set-off", ME),
    ("调解员这边碰到的：借款到期以后双方说好拿一辆二手货车抵10万欠款，现在借款人又不肯交车了。出借人还能回头要那10万吗，还是只能要车",
     [(HT, 27)], "after-maturity transfer in lieu of payment not performed", ME),
    ("调解桌上老葛说：对方欠他的货款放了三年多一直没要，现在对方反过来催他还借款，他想两笔对冲掉，对方说他那笔早就过期了。这俩谁有理",
     [(HT, 58)], "set-off with a time-barred claim", ME),
    ("抵押的那间商铺法院已经查封了，里面租户每个月还在交房租，这房租我们能直接去收吗",
     [(WQ, 412)], "rent from seized mortgaged property", CO),
    # 017
    ("We financed a customer's excavator purchase and registered our chattel mortgage on day 8 after delivery. It turns "
     "out the customer had earlier given another bank a floating charge over all his equipment. Who gets paid first "
     "out of the excavator?",
     [(WQ, 416)], "purchase-money security priority", CO),
    ("商标 质押 贷款期间 能不能授权别人用",
     [(WQ, 444)], "licensing a pledged trademark", CO),
    ("借款合同里有一句“借款人自愿放弃诉讼实效抗辩”，调解时出借人拿这个说事，这条到底管不管用",
     [(ZZ, 197)], "advance waiver of limitation", ME),
    ("【转发】尊敬的客户：自下月1日起您的借款年化利率调整为18%，如无异议无需回复，未回复视为同意。——这条短信我一直没回，这样就算我答应了？",
     [(ZZ, 140)], "silence as consent to a rate change", BO),
    # 021
    ("我哥的朋友骗我说借款人有套房子兜底，我才签的担保，后来发现根本没房。听说出借那边早就知道他在骗我，我这个担保能撤吗",
     [(ZZ, 149)], "guarantee induced by third-party fraud", BO),
    ("我们在本地法院起诉了一个外省借款人，他说要提管辖异议，有没有时间限制",
     [(MSS, 130)], "deadline for jurisdiction objection", CO),
    ("借款人微信里亲口承认欠钱，就怕他哪天把聊天删了或者注销号，还没起诉能不能先让法院把证据固定下来",
     [(MSS, 84)], "evidence preservation before suit", CO),
    ("去年判我输了，我觉得法官把我那几笔转账看反了，现在还能申请在审吗，过多久就不行了",
     [(MSS, 216)], "time limit to apply for retrial", BO),
    # 025
    ("判下来的钱我一直没还上，会不会被限制出国？上征信吗",
     [(MSS, 266)], "measures against a judgment debtor", BO),
    ("前年起诉借款人时只要了本金，已经判了。现在想另外再起诉要利息，会不会被驳回说是重复告",
     [(MSJ, 247)], "second suit for interest after a principal judgment", CO),
    ("借条原件在出借人手里，我还钱后他写的收条就在借条背面，他现在死活不拿出来，我怎么证明我还过",
     [(MSJ, 112)], "document held by the other side", BO),
    ("被告自己名下没啥能保全的，不过有家建筑公司欠他一笔到期的工程款，能不能让法院把这笔钱按住，不准那公司付给他",
     [(MSJ, 159)], "preserving the debtor's receivable from a third party", CO),
    # 029
    ("有个当事人不愿意让村里人旁听调解，还想换一个调解员，这些我们都得依他吗",
     [(TJF, 23)], "party rights in people's mediation", ME),
    ("调了三回，双方差得太远谈不拢，接下来我们该怎么收尾",
     [(TJF, 26)], "ending a failed mediation", ME),
    ("调解协议双方都签字按了手印，调解员也签了，就是委员会的章还没来得及盖",
     [(TJF, 29)], "when a mediation agreement takes effect", ME),
    ("派出所把一起欠钱不还的纠纷推给我们村调委会，说让当事人先来这边，这样做有依据吗",
     [(TJF, 18)], "police referring a dispute to people's mediation", ME),
    # 033
    ("居委会调解员跟我说没经过调解不能去法院告，是真的吗",
     [(TJZZ, 6)], "mediation not a bar to suing", BO),
    ("调解协议要去法院做确认，要准备哪些东西",
     [(SFQR, 3)], "documents for judicial confirmation", ME),
    ("之前法院委派我做特邀调解员调过一个借贷案，没调成。现在其中一方想请我在后面的官司里当他的代理人，我能接吗",
     [(TYTJ, 16)], "invited mediator acting as agent later", ME),
    ("诉前在线调解最长多久",
     [(ZXTJ, 24)], "time limit of pre-filing online mediation", ME),
    # 037
    ("庭上调解，principal双方都认了，interest还在吵，能不能本金这块先出调解书",
     [(MSTJ, 14)], "partial court mediation", ME),
    ("深圳这边调解的时候借款人留了个收件地址，后面要是打官司，法院能直接往那个地址寄材料吗",
     [(SZ, 74)], "service address given in mediation", ME),
    ("宁波村里调的一笔欠款，说好分12期还，当事人说口头讲好就行，不用写协议书，可以吗",
     [(NB, 24)], "when a written mediation agreement is required", ME),
    ("温州一个客户想认购我们管理的定向集合资金，他说自己手上金融资产也就二十来万，够不够格",
     [(WZ, 24)], "qualified investor threshold", CO),
    # 041
    ("绍兴一家纺织厂资金链断了，欠着十几家银行和小贷的钱。听说当地政府会出面牵头，帮着债权人凑一个委员会，浙江有这样的规定吗",
     [(ZJ, 27)], "government-led handling of a distressed firm", CO),
    ("我们是上海的小贷公司，最近换了法定代表人，办公地址也搬了，要去金融局保备吗",
     [(SH, 10)], "filing changes of a Shanghai local finance firm", CO),
    ("北京一家商业保理公司打算换掉一个持股8%的股东，这是报批还是备案就行",
     [(BJ, 13)], "approval for shareholder change in Beijing", CO),
    ("同事把贷前查的客户征信报告转给合作的保险公司，让他们去推保险，这样做行吗",
     [(ZX, 20)], "credit report used beyond the agreed purpose", CO),
    # 045
    ("我在镇上一家“资金服务部”放了5万吃高息，现在被取缔了，钱拿不回来，亏的这部分谁来兜",
     [(QD, 18)], "losses from taking part in illegal finance", BO),
    ("担保公司净资产两个亿，给同一家企业的在保余额已经2500万了，还能接着给它担吗",
     [(RZDB, 16)], "single-client concentration limit", CO),
    ("A deputy county head keeps phoning our branch manager, insisting we approve a loan for a struggling local "
     "factory he likes. Can the bank refuse, and who is on the hook if the loan goes bad because we gave in?",
     [("商业银行法", 41), ("商业银行法", 88)], "officials pressuring a bank to lend", CO),
    ("抵押人有没有欠税，咋查",
     [("税收征收管理法", 46)], "mortgagor's tax arrears disclosure", CO),
    # 049
    ("借款企业破产清算完了，我们只分到两成，剩下的八成还能找担保人要吗",
     [("企业破产法", 124)], "guarantor after bankruptcy liquidation", CO),
    ("Our borrower went through a court-approved reorganisation and we never lodged our claim because nobody told us "
     "about it. Are we out of luck completely, or can we still recover something later, and what about the guarantor?",
     [("企业破产法", 92)], "unfiled claim in reorganisation", CO),
    ("借款公司还欠我们30万，股东却签了个“无债务”的承诺走简易程序把公司注销了，我们能找股东吗",
     [("公司法", 240)], "simplified deregistration with debts", CO),
    ("borrower公司的大股东把还没实缴的股权转给了一个新人，新股东到期也不交钱，原来那个股东还要负责吗",
     [("公司法", 88)], "transfer of equity with unpaid capital", CO),
    # 053
    ("我爸上个月走了，他生前在几个网贷平台借过钱，我想查清楚到底借了多少，平台说是他个人隐私不给看",
     [("个人信息保护法", 49)], "relatives accessing a deceased's data", BO),
    ("Our customer says someone took the USB key he uses to e-sign drawdown requests, but he only told us two weeks "
     "later, after several fraudulent drawdowns. Was he obliged to tell us sooner, and who carries the loss?",
     [("电子签名法", 15), ("电子签名法", 27)], "compromised e-signature key", CO),
    ("有个中介卖“精准贷款客户名单”，说是从各种APP里爬来的，我们买来打营销电话会不会有事",
     [("数据安全法", 32), ("数据安全法", 33)], "buying scraped customer lists", CO),
    ("存款利息交增值税吗",
     [("增值税法", 6)], "VAT on deposit interest", BO),
    # 057
    ("合同里就写了句“争议提交仲裁解决”，哪个仲裁委没写，这条款还有用吗",
     [("仲裁法", 18)], "arbitration clause naming no commission", CO),
    ("我们租赁公司把一单的租金收益权转给了保理公司，承租人知道后闹着要解约，他站得住脚吗",
     [(RZZL, 4)], "lessor assigning lease rights", CO),
    ("银行宣传单上白纸黑字写着“网上被盗刷，银行先垫付”，我卡被人在网上刷走了两万，现在银行不认账",
     [(YHK, 10)], "bank's promise to compensate online fraud first", BO),
    ("表弟欠网贷，我当时跟平台说我跟他一起还，后来我替他还了3万，那会儿也没说好能不能找他要，现在能让他还我吗",
     [(HT, 51)], "debt joiner's recourse without agreement", BO),
]


def main() -> None:
    write(ROWS, "lh5", OUT)


if __name__ == "__main__":
    main()
