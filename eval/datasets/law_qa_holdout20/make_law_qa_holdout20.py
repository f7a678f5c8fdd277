"""Build law_qa_holdout20.jsonl: 60 fresh held-out law-QA rows (ids lh20-001 … lh20-060).

The rows live here, in order; running this script rewrites the JSONL byte for byte the same way
(UTF-8, one compact JSON object per line, keys in a fixed order; the writer is holdout3's `write`). Run from
the repo root:

    .venv/bin/python eval/datasets/law_qa_holdout20/make_law_qa_holdout20.py
    .venv/bin/python eval/datasets/law_qa_holdout20/check.py

Held out: measured once by the lead; never tune retrieval on it. Written by a fengtiao helper from reading the
law text only (retrieval/laws.py), as questions reaching 丁海鹏, in-house counsel of a made-up 融资租赁 company in
Tianjin (东疆) with a 商业保理 subsidiary: its 业务经理, 保理 team, 资产管理 team, a 担保公司 partner, mediators, and
lessees / suppliers (four in English from a foreign equipment supplier). All people, firms, places of work and
amounts are made up.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.law_qa_holdout3.make_law_qa_holdout3 import write  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "law_qa_holdout20.jsonl"

ZL = "最高人民法院关于审理融资租赁合同纠纷案件适用法律问题的解释"
DB = "最高人民法院关于适用《民法典》有关担保制度的解释"
TZJ = "最高人民法院关于适用《民法典》合同编通则若干问题的解释"
MSJ = "最高人民法院关于适用《民事诉讼法》的解释"
SFQR = "最高人民法院关于人民调解协议司法确认程序的若干规定"
TYTJ = "最高人民法院关于人民法院特邀调解的规定"
MSTJ = "最高人民法院关于人民法院民事调解工作若干问题的规定"
ZXTJ = "人民法院在线调解规则"
SZ = "深圳经济特区矛盾纠纷多元化解条例"
SH = "上海市地方金融监督管理条例"
BJ = "北京市地方金融监督管理条例"
RZDB = "融资担保公司监督管理条例"
ZX = "征信业管理条例"
GRXX = "个人信息保护法"
DZQM = "电子签名法"
FP = "发票管理办法"
ZZS = "增值税法"
PC = "企业破产法"
GSF = "公司法"
ZCF = "仲裁法"
TJF = "人民调解法"
MSS = "民事诉讼法"
HTB = "合同编"
WQ = "物权编"
ZZ = "总则"

CO, ME, BO = "credit_officer", "mediator", "borrower"

# (question, [(instrument short_title, article)], topic, asker)
ROWS: list[tuple[str, list[tuple[str, int]], str, str]] = [
    # --- credit side: 业务经理, 保理 team, 资产管理 team, the 担保公司 partner, 丁海鹏 himself (lh20-001 … 025) ---
    ("海鹏哥，介单是屋顶光伏的售后回组：静海一个农家乐老板自己早两年装好的板子，卖给咱们再租回去，价款一百二十万。"
     "风控老张说卖的跟租的是一个人，这不就是变相放款嘛，法院会不会不认咱是融资租赁？",
     [(ZL, 2), (ZL, 1)], "sale-and-leaseback of rooftop PV: still a lease?", CO),
    ("资产部小于：翻承租人的发票翻出毛病了，那三台挖掘机压根不存在，发票是买的，设备号是编的。"
     "这合同还有效吗？按租赁要不回来的话，按嘛关系起诉？",
     [(HTB, 737), (ZZ, 146)], "leased excavators never existed", CO),
    ("一台重卡没在动产融资统一登记系统做登记，司机转手卖给了沧州一个车贩子，车都开走了。"
     "车贩子说他不知道车是咱的。咱的所有权还能冲他主张吗？",
     [(DB, 67), (DB, 54)], "unregistered leased truck sold on", CO),
    ("中登网上登记得好好的，承租人还是把那台旋挖钻机押给了一个放贷的，人家把机器扣在院里了。"
     "咱能直接解约把机器要回来吗？放贷的说他是善意的。",
     [(HTB, 753), (HTB, 745)], "registered leased rig pledged by lessee", CO),
    ("去年起诉要了全部剩余租金，判了，承租人一分没给，执行也没找着钱。现在想再起诉解除合同把泵车收回来，"
     "法院会不会说咱重复起诉不收案子？",
     [(ZL, 10)], "second suit to take back after full-rent judgment", CO),
    ("医疗设备那单不想走普通诉讼了，太慢。能不能像抵押那样直接申请法院拍卖租赁物，卖的钱抵租金？去哪个法院申请？",
     [(DB, 65), (MSS, 207)], "auctioning the leased asset by special procedure", CO),
    ("合同约定租期满了车归咱们。现在提前解约收车，算损失的时候，除了欠的租金减去车值多少钱，"
     "到期后车本来剩的那点残值能不能也算进去？",
     [(ZL, 11)], "loss after termination: residual value", CO),
    ("合同里写了逾期按日万分之五算逾期利息，另外还有一条违约金。承租人律师说两样只能要一样，真的假的？",
     [(ZL, 9)], "overdue interest and penalty both claimed", CO),
    ("承租人那家物流公司破产了，法院已经受理。咱租给他们的六台冷藏车还停在他们场站里，管理人不让开走。咱怎么把车弄回来？",
     [(PC, 38)], "lessee bankrupt: taking back leased trucks", CO),
    ("破产管里人来函说那批叉车的租赁合同要继续履行，让咱别收车。可他们之前欠了仨月租金，"
     "咱能要求他们先给担保吗？以后的租金算嘛债？",
     [(PC, 18), (PC, 42)], "administrator continues the lease", CO),
    ("保理部：有追索权的那笔，中建某局下面的项目部到期没付，供应商也装傻。咱是分开告俩，还是一个案子把供应商和项目方一块告？",
     [(DB, 66), (HTB, 766)], "recourse factoring: suing supplier and debtor together", CO),
    ("倍儿闹心。转让通知明明三月份快递到那个建工集团了，签收单都有，他们五月份还是把工程款打给了供应商。"
     "现在供应商跑了，咱还能找建工集团要吗？",
     [(TZJ, 48), (HTB, 546)], "debtor paid the supplier after notice", CO),
    ("那笔虚构应收账款的事：项目部盖章给咱出了确认函，说账是真的，咱才放的款。现在集团总部说工程根本没干过，不认。"
     "这确认函到底管不管用？",
     [(HTB, 763), (TZJ, 49)], "fictitious receivable confirmed by the debtor", CO),
    ("供应商跟总包的分包合同第十二条原文：“乙方不得将本合同项下的任何款项转让给第三方，否则转让无效。”总包拿介条拒付保理款，咱怎么回？",
     [(HTB, 545)], "anti-assignment clause against the factor", CO),
    ("担保人是承租人的表哥，签的连带责任保证。他说车不还在你们手里名下嘛，先把车收了卖了，不够再找我。"
     "合同里没写先后顺序，他这话有理吗？",
     [(WQ, 392), (HTB, 688)], "guarantor says sell the leased truck first", CO),
    ("我是合作担保公司的风控。我们替承租人代偿了十八期租金，往下追的时候，能不能接你们出租人的位子，直接去收那台车？",
     [(HTB, 700), (DB, 18)], "guarantee firm after paying rent: recourse", CO),
    ("担保公司问：同一承租人担的租金余额到我们净资产12%了，还能再担吗？",
     [(RZDB, 16)], "guarantee firm's cap for one lessee", CO),
    ("资产部：承租人公司注册资本一千万，股东验资第二天就全转回自己卡上了，现在公司空壳欠咱三百多万租金。能不能追股东？",
     [(GSF, 53)], "shareholder took the capital back out", CO),
    ("承租人老板手里俩公司，甲公司签的租赁合同，设备放在乙公司厂里用，钱两个公司来回倒，账都分不清。能让乙公司一块还吗？",
     [(GSF, 23)], "sister companies mixed: joint liability", CO),
    ("主合同约定天津仲裁委仲裁，保证合同里写的是出租人所在地法院。咱想把承租人和担保人一块起诉到法院，行不行？",
     [(DB, 21)], "arbitration in the lease, court in the guarantee", CO),
    ("承租人无视合同里的仲裁条款，跑他们当地法院告咱设备有毛病，咱们应诉时忘了提仲裁，已经开过一次庭了。现在再提还来得及吗？",
     [(ZCF, 26), (MSJ, 216)], "arbitration clause not raised before first hearing", CO),
    ("时效问题：租期2019年开始，2024年底到期，2020年那几期就没付过，期间咱发过两次催收函。现在起诉，前面那几期过没过时效？",
     [(ZL, 14), (ZZ, 195)], "limitation for early unpaid rent", CO),
    ("一家民办非营利的康复医院做医疗设备回租，有人提醒说公益医院不能提供担保，那咱保留的所有权还算不算数？",
     [(DB, 6)], "non-profit hospital as lessee", CO),
    ("咱保理子公司在上海浦东注册的，这回被一个供应商起诉索赔八千万，算不算得向上海那边的金融监管报告？多长时间内报？",
     [(SH, 15)], "factoring subsidiary in Shanghai sued for a large sum", CO),
    ("租出去的渣土车在外环撞了人，家属把咱们出租人也列为被告，说车登记在咱名下就得赔。咱得担责吗？",
     [(HTB, 749)], "leased truck injures a pedestrian", CO),
    # --- mediators (lh20-026 … 035) ---
    ("法院委托我调的一个案子，调解书写明承租人把挖掘机交回租赁公司。结果机器在修理厂，修理厂说修理费没结不放车。调解书能压过修理厂吗？",
     [(MSTJ, 16)], "settlement hands back a machine held by a repair shop", ME),
    ("我们人调委的一个调解员，把司机欠租金的事跟他老家亲戚全说了，司机来闹。介种情况我们委员会怎么处理他？",
     [(TJF, 15)], "mediator disclosed a driver's debt to relatives", ME),
    ("诉前在线调解，双方对收回的那台泵车值多少钱吵翻了天，一个说八十万一个说三十万。调解阶段能先做评估吗？评估的时间算不算在调解期限里？",
     [(ZXTJ, 26)], "valuing a returned pump truck during pre-filing mediation", ME),
    ("深圳这边我在调一个设备租赁纠纷，调着调着听说承租人正往外地转移设备。调解还没结束，出租人能先去法院申请保全吗？",
     [(SZ, 75), (MSS, 104)], "preservation while mediation is pending (Shenzhen)", ME),
    ("法院调解时，出租人坚持写一条：承租人有一期没按时付，就按剩余全部租金执行。这种条款写进调解书，到时候能直接执行吗？",
     [(MSTJ, 15)], "acceleration clause in a court settlement", ME),
    ("承租人一个劲儿说设备质量有毛病，是厂家的事。我当特邀调解员，能不能把卖设备的厂家也叫来一块调？",
     [(TYTJ, 17)], "inviting the equipment seller into mediation", ME),
    ("调解时司机说：车老坏，凭嘛还让我照付租金？租赁公司说车是你自己挑的，找厂家去。我该怎么跟他讲这个理？",
     [(HTB, 742), (HTB, 741)], "defects and the duty to keep paying rent", ME),
    ("光伏电站的租赁纠纷，技术问题特别多，当事人想要俩调解员一起在线调，一个懂法一个懂电。可以吗？谁主持？",
     [(ZXTJ, 11)], "two online mediators for a technical dispute", ME),
    ("街道调委会调了个纠纷：司机欠老乡钱，协议写着把他开的那辆租来的重卡抵给老乡。后来才知道车是租赁公司的。这协议拿去司法确认，法院会确认吗？",
     [(SFQR, 7)], "settlement gives away a leased truck", ME),
    ("调一个司机和租赁公司的纠纷，司机说想让他们车队队长来帮着说说话。我们能请吗？要不要问租赁公司同意？",
     [(TJF, 20)], "inviting the fleet captain into mediation", ME),
    # --- lessees, suppliers and a foreign equipment supplier (lh20-036 … 060) ---
    ("我的车挂靠在物流公司，行驶证上写的是物流公司，可融资租赁合同是我跟租赁公司签的。这车到底算谁的？",
     [(WQ, 225), (HTB, 745)], "affiliated truck: whose is it", BO),
    ("车在高速上出事烧没了，保险还没理赔下来。租赁公司照样每月扣我租金，介合理吗？车都没了还得交？",
     [(HTB, 751)], "truck destroyed: rent still due", BO),
    ("我们诊所通过租赁公司买的彩超，厂家送来的型号跟合同不一样，我们没签收。那租金还得按期交吗？",
     [(HTB, 740), (HTB, 742)], "wrong ultrasound model delivered", BO),
    ("当初是租赁公司的业务员非让我们选他们合作的那个厂家的设备，现在设备三天两头坏。能不能找租赁公司算账？",
     [(ZL, 8), (HTB, 747)], "lessor pushed the supplier: who answers for defects", BO),
    ("光伏板租了五年，合同最后写着期满付一百块就行。我付完了，板子算我的了吧？",
     [(HTB, 759)], "nominal purchase price at the end", BO),
    ("说出来都哏儿：就晚交了五天租金，租赁公司半夜找人把我车拖走了，车上还拉着一车货呢。这么干合法吗？",
     [(HTB, 748)], "truck towed at night after five days late", BO),
    ("租赁公司在车上装了GPS，晚了几天就远程锁车，车趴窝拉不了活儿。他们还把我的行车轨迹发给别人看。这能行？",
     [(HTB, 748), (GRXX, 13)], "GPS lock and sharing the driver's tracks", BO),
    ("我们是给国企工地送钢筋的，做了有追锁权的保理。现在工地没付钱，保理公司直接找我们要钱，不先找工地，他们有介权利吗？",
     [(HTB, 766)], "recourse factoring: factor comes to the supplier", BO),
    ("保理款我们已经回购了，本息都还给保理公司了。现在总包那笔工程款，我们能不能自己再去要？",
     [(DB, 66)], "supplier after repurchase chases the builder", BO),
    ("保理公司说钱先打过来，合同回头再补，微信上聊好就行。这么做出了事算不算数？",
     [(HTB, 762)], "factoring agreed only on WeChat", BO),
    ("在北京跑网约车，丰台一家二手车行门头挂着“XX融资租赁服务中心”，让我签回租把车过户给他。我一查他营业执照上压根没有融资租赁，"
     "介名字能随便挂吗？",
     [(BJ, 15)], "Beijing car dealer calling itself a leasing centre", BO),
    ("我一个人开的公司，租了两台挖掘机，公司还不上，租赁公司连我个人一块起诉了。公司的钱我确实常用自己卡收，介就得我个人还？",
     [(GSF, 23)], "one-person company owner sued personally", BO),
    ("合同是在手机上签的，刷了脸点了确认，没按手印也没盖章。现在我想说这合同不算，能行吗？",
     [(DZQM, 14), (DZQM, 13)], "face-scan e-signature on the lease", BO),
    ("头几期租金欠了三年多了，租赁公司现在才告我。我听说三年就过时效了，是不是那几期不用还了？租期到明年才满。",
     [(ZL, 14), (ZZ, 189)], "limitation for old rent instalments", BO),
    ("合同里没写在哪打官司。租赁公司在天津，车一直在内蒙古跑运输，他们在天津告我，我能要求回内蒙古审吗？",
     [(MSJ, 19), (MSS, 24)], "jurisdiction: where the leased truck is used", BO),
    ("晚付两个月，租赁公司算出来违约金比我欠的租金还多一半，说合同里写了不许调整。介个能找法院往下减吗？",
     [(TZJ, 65), (TZJ, 64)], "reducing a lessor's penalty", BO),
    ("起租时交了十万保证金。现在租赁公司说我违约，保证金按定金不退了。合同上就写的保证金，没提定金俩字。",
     [(TZJ, 67)], "security deposit kept as earnest money", BO),
    ("租金结清了征信还挂着逾期，嘛情况，咋弄？",
     [(ZX, 25)], "credit report shows overdue after payoff", BO),
    ("每个月交租金，租赁公司从来不给开发票，说回租的不用开。我们公司做账要票，他们能不开吗？",
     [(FP, 18)], "no invoices for rent", BO),
    ("租的是重卡，租金发票上税率是13%，朋友租厂房的才9%，是不是开错了？",
     [(ZZS, 10)], "VAT rate on truck rent", BO),
    ("车被收回去了，租赁公司按他们自己的折旧表说只值三万，我找人看至少值十五万。我欠的也就十来万，差价怎么算？谁说了算？",
     [(DB, 65), (ZL, 12)], "value of the returned truck disputed", BO),
    ("We are a German maker of CNC machines. We sold two units to a Tianjin leasing company, which leases them to a "
     "factory in Hebei that picked our machines. The factory now says one spindle is faulty and wants to claim "
     "directly against us, not through the leasing company. Can the lessee do that, and will the lessor be dragged "
     "into the case?",
     [(HTB, 739), (HTB, 741), (ZL, 13)], "lessee's claims against a foreign seller", BO),
    ("Our packaging line was already shipped and on its way to Tianjin port when we heard the buyer's bankruptcy "
     "petition had been accepted by the court. The buyer paid only 30% so far. Can we stop the goods and take them "
     "back, or must we hand them to the administrator?",
     [(PC, 39)], "goods in transit when the buyer goes bankrupt", BO),
    ("Your leasing company wants us, the Italian equipment seller, to sign the purchase agreement through an online "
     "e-signature platform rather than wet ink. Is an electronically signed contract binding in China, and do both "
     "sides have to agree to signing it that way?",
     [(DZQM, 3), (DZQM, 14)], "foreign seller signing electronically", BO),
    ("We sold our invoices owed by a Chinese state-owned contractor to your factoring subsidiary, expressly without "
     "recourse. The contractor is now in financial trouble, and your colleagues ask us to buy the invoices back. "
     "Under Chinese law, do we have to?",
     [(HTB, 767)], "non-recourse factoring: asked to buy back", BO),
]

if __name__ == "__main__":
    write(ROWS, "lh20", OUT)
    print(f"wrote {len(ROWS)} rows to {OUT}")
