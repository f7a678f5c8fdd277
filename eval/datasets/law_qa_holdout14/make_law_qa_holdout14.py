"""Build law_qa_holdout14.jsonl: 60 fresh held-out law-QA rows (ids lh14-001 … lh14-060).

The rows live here, in order; running this script rewrites the JSONL byte for byte the same way
(UTF-8, one compact JSON object per line, keys in a fixed order; the writer is holdout3's `write`). Run from
the repo root:

    .venv/bin/python eval/datasets/law_qa_holdout14/make_law_qa_holdout14.py
    .venv/bin/python eval/datasets/law_qa_holdout14/check.py

Held out: measured once by the lead; never tune retrieval on it. Written by a fengtiao helper (author 15) from
reading the law text only (retrieval/laws.py), as questions reaching the made-up 孙秀兰 of a township 司法所 in
Linyi, Shandong (people's mediation committee and legal-aid desk); all people, villages, firms and amounts are made up.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.law_qa_holdout3.make_law_qa_holdout3 import write  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "law_qa_holdout14.jsonl"

MJ = "最高人民法院关于审理民间借贷案件适用法律若干问题的规定"
DB = "最高人民法院关于适用《民法典》有关担保制度的解释"
MSJ = "最高人民法院关于适用《民事诉讼法》的解释"
SFQR = "最高人民法院关于人民调解协议司法确认程序的若干规定"
TYTJ = "最高人民法院关于人民法院特邀调解的规定"
MSTJ = "最高人民法院关于人民法院民事调解工作若干问题的规定"
ZL = "最高人民法院关于审理融资租赁合同纠纷案件适用法律问题的解释"
YHK = "最高人民法院关于审理银行卡民事纠纷案件若干问题的规定"
ZXTJ = "人民法院在线调解规则"
SZ = "深圳经济特区矛盾纠纷多元化解条例"
NB = "宁波市人民调解条例"
WZ = "温州市民间融资管理条例"
ZX = "征信业管理条例"
QD = "非法金融机构和非法金融业务活动取缔办法"
RZDB = "融资担保公司监督管理条例"
ZZTL = "人民调解委员会组织条例"
GRXX = "个人信息保护法"
DZQM = "电子签名法"
GSF = "公司法"
SYYH = "商业银行法"
ZCF = "仲裁法"
TJF = "人民调解法"
MSS = "民事诉讼法"
HTB = "合同编"
WQ = "物权编"
ZZ = "总则"

CO, ME, BO = "credit_officer", "mediator", "borrower"

# (question, [(instrument short_title, article)], topic, asker)
ROWS: list[tuple[str, list[tuple[str, int]], str, str]] = [
    # --- village mediators she trains, and her own mediation desk (lh14-001 … 025) ---
    ("孙老师，俺是前河村调解员。村里俩人年前推牌九，老周输了三万二，赢钱的当场逼他打了个借条。现在赢的拿着借条来调委会，说让老周分期还就行。这种钱俺们能给调吗？调成了写进协议，法院给确认不？",
     [(MJ, 13), (SFQR, 7)], "an IOU written for a gambling loss brought to mediation", ME),
    ("秀兰您好，我是东岭村调委会的老葛，有个事想请教。王家老爷子去年冬天没了，弟兄三个一起跟表叔借了六万办丧事，借条上三个人都签了名。老大开饭店手头宽，今年春天一个人把六万全还上了，回头找老二老三要，老三说俺又没花着钱，老二说等秋后卖了花生再说。老大问俺他能不能找这俩兄弟各要两万，俺拿不准，您给说说该咋调？",
     [(HTB, 519), (HTB, 517)], "one of three brothers repaid the joint funeral loan and wants the others' shares", ME),
    ("欠钱那家说啥也不来调委会，说俺们偏向债主，村支书让俺硬拉着调，中不中？",
     [(TJF, 17)], "a party refuses to come to mediation", ME),
    ("协议俩人都按了手印，俺调解员也签了，就是村调委会的章在会计那锁着没盖上。这份协议现在算数不算数？",
     [(TJF, 29), (ZZTL, 8)], "a mediation agreement signed but not yet sealed", ME),
    ("上个月调好的，借钱的老吴答应腊月前还一万五，到日子一分没给，还说协议是被逼签的。债主要去法院，是告老吴还是把俺调委会也告上？",
     [(MSJ, 61), (TJF, 32)], "a mediated debtor reneges; whom to sue", ME),
    ("调解协议签了，要去县法院申请司法确认，可是欠钱的那方在天津工地干活，一时半会回不来，能叫他兄弟拿着他写的委托去办吗",
     [(MSJ, 351), (SFQR, 3)], "one party working in Tianjin; a brother applying for confirmation", ME),
    ("老刘欠老王八万多还不上，调解时说好拿老刘宅基地上那三间老屋顶账，协议里写的宅基地和房子都归老王。俺寻思着这协议能去法院确认吗？宅基地能这么过户吗？",
     [(MSJ, 355), (WQ, 363)], "a mediated settlement handing over a homestead plot", ME),
    ("调解的时候想把两家的舅家人还有村里几个说话管用的老少爷们都叫来一块劝劝，这个需要当事人同意不？",
     [(TJF, 20), (ZZTL, 7)], "inviting relatives and village elders into a mediation", ME),
    ("借钱的那家媳妇儿要脸面，说要是在村委大院当着一帮人调解她就不来了，要求关起门来调。这个能依她吗",
     [(TJF, 23)], "a party asking for a closed mediation session", ME),
    ("乡里小贷公司的业务员跑到调委会，想把俺们这两年调的欠款协议都复印一份带走，说看看谁家有欠账好给放款把把关。俺们能给他吗？",
     [(TJF, 15), (ZZTL, 12)], "a small-loan clerk asking to copy the committee's debt settlements", ME),
    ("调解员收了当事人两条烟，算违纪不？",
     [(ZZTL, 12)], "a mediator accepting cigarettes and liquor from a party", ME),
    ("邻村有人说调委会调一回要交二百块钱手续费，俺们这边调解员问收钱合规不？",
     [(TJF, 4), (ZZTL, 11)], "whether a village mediation committee may charge a fee", ME),
    ("孙老师，这个账调了三回了还是谈不拢，一个咬死要利息一个说一分没有。恁说俺能不能直接拍板给他们定个数？调不成下一步咋弄？",
     [(TJF, 26), (ZZTL, 9)], "mediation fails after three rounds; what next", ME),
    ("县法院说要把俺们乡调委会的几个人列进特邀调解员名册，老赵调了二十年账，就是小学文化，他能进不？进了还要培训不？",
     [(TYTJ, 6), (TJF, 14)], "a long-serving mediator with little schooling joining the court's list", ME),
    ("法院立案前委派给俺们调的一个借款纠纷，两边签了还款协议。这协议下一步要送法院吗？想司法确认的话找哪个法院",
     [(TYTJ, 19), (SFQR, 2)], "a court-delegated pre-filing case settled; filing and confirmation", ME),
    ("县法院让俺们在网上那个调解平台调，调的时候想录个像就当笔录了，省得再一句一句打字，中不中？",
     [(ZXTJ, 22)], "a video recording instead of the written record in online mediation", ME),
    ("老周欠俺们村好几家的钱，他偷偷跟其中一家在邻村调委会调了，把拖拉机和两头牛都抵给那一家，还去法院确认了。剩下这几家债主咋办？这个确认还能推翻不",
     [(MSJ, 372), (SFQR, 10)], "other creditors harmed by a court-confirmed settlement", ME),
    ("借钱的老张去年腊月没了，借条约定的还款日到今年六月正好满三年。他家几个孩子还在为家产吵，到现在也没定下谁继承。出借的表弟急得不行，怕过时效咋办",
     [(ZZ, 194)], "the debtor dies near the end of the limitation period", ME),
    ("小伙家给女方十八万彩礼，钱是他爹跟小贷公司贷的。后来婚没成，调解时女方答应退十二万，说直接打给小贷公司还贷。要是女方到时候不打，这贷款还是他爹的事吧？",
     [(HTB, 523)], "bride-price refund promised to be paid straight to the lender", ME),
    ("调解协议最后一栏邻居老孙签了个名，就写了个名字，没写担保俩字。现在欠钱的跑了，债主拿着协议找老孙，老孙说俺就是个见证的",
     [(MJ, 20), (HTB, 685)], "a neighbour's bare signature on a settlement: guarantor or witness", ME),
    ("俺们乡二十多个人在宁波一个工地干活，包工头欠工资又欠大家伙借给他的钱，那边调委会要调解。二十多个人都得去吗？还是能在老家这边的调委会调？",
     [(NB, 20), (NB, 18)], "twenty Linyi workers in a Ningbo wage-and-loan dispute", ME),
    ("俺村一个闺女在深圳打工，借给工友两万，在那边社区调委会调好了分期还。对方不还，她能不能不打官司直接弄个支付令？",
     [(SZ, 72)], "a Shenzhen mediation agreement and a payment order", ME),
    ("村委会前几年修路跟村民借了钱，打的条盖的村委会章。现在村民来调委会要钱，村委会能当一方吗？换了班子还认不认？",
     [(MSJ, 68), (ZZ, 101)], "the village committee as a party to its own borrowing", ME),
    ("孙老师，有个事挺吓人。调一个欠账的，债主喝了酒说再不给钱就去点他家麦秸垛，还要卸他一条腿。俺们调解员遇上这号的该咋办？",
     [(TJF, 25)], "a creditor threatening arson during mediation", ME),
    ("Hello, I'm a volunteer with a small NGO working in villages near Linyi. Villagers keep asking me two things about the people's mediation committee: do they have to pay anything for it, and once both sides sign the settlement, does it actually bind the other side or is it just a piece of paper?",
     [(TJF, 4), (TJF, 31)], "English: fees and binding force of people's mediation", ME),
    # --- the 农商行's 信贷员 and a 小贷公司's clerk (lh14-026 … 045) ---
    ("孙所，我是农商行的小崔。有个种粮大户从村民手里流转了二百亩地，签了十年合同，现在想拿这个土地经营权抵押贷款，得先去登记吗？不登记抵押能成吗",
     [(WQ, 341), (WQ, 342)], "a ten-year farmland lease used as loan security", CO),
    ("我们小贷公司跟一个借款人在你们司法所调委会签了还款协议，想让这个协议对方不履行时能直接申请强制执行，要走啥手续？",
     [(TJF, 33), (MSS, 206)], "making a mediated repayment agreement enforceable", CO),
    ("给借款人发了支付另，他回了个书面异议，就写了家里困难没钱还，想缓两年。这样支付令就作废了？",
     [(MSJ, 436)], "a payment-order objection that only pleads hardship", CO),
    ("农商行对借款人申请了支付令，担保人那边是不是也一块管用？还是得另外起诉保证人",
     [(MSJ, 434)], "whether a payment order binds the guarantor", CO),
    ("三万块钱的一笔小额贷，借款人人找不着了，电话停机，能走小额诉讼一审终审吗？",
     [(MSS, 165), (MSS, 166)], "small-claims procedure when the borrower has vanished", CO),
    ("村里的养殖合作社贷款，村委会想给出个担保，盖村委会公章，俺们行能收吗？这担保有效没",
     [(DB, 5)], "a village committee guaranteeing a cooperative's loan", CO),
    ("我们这笔是连带责任保证，保证期间内给保证人寄过催收函，他签收了。从那以后诉讼时效咋算，多长时间",
     [(HTB, 694)], "limitation for a joint guarantor after a demand letter", CO),
    ("借款人养羊赔了，跟我们信贷科商量把还款期往后延了一年，担保人当时没签字同意。现在担保人说他不管延期这段",
     [(HTB, 695)], "a loan extended without the guarantor's written consent", CO),
    ("老孟在我们行贷的款，他岁数大了，说叫儿子接过去还，儿子也同意了。保证人是他邻居，没问过邻居。这样邻居还担保吗？",
     [(HTB, 697)], "the borrower's son taking over the loan; the neighbour-guarantor not asked", CO),
    ("小贷这边放了一笔款，押的是借款人养的六十头西门塔尔牛，合同签了没去登记。前两天他把牛卖给了牛贩子，牛已经拉走了，我们还能追着牛要吗",
     [(DB, 54), (WQ, 403)], "unregistered cattle mortgage; cattle sold to a dealer", CO),
    ("借款人拿他娘的三年定期存单给我们小贷公司做质押，存单原件还在老太太手里，说等放款了再给。这质权现在算设立了没有？",
     [(WQ, 441), (WQ, 440)], "a mother's fixed-deposit certificate pledged but not handed over", CO),
    ("融资租赁的收割机欠了三期租金，催了也不交，能拉回来不",
     [(HTB, 752), (ZL, 5)], "a leased combine harvester and unpaid rent", CO),
    ("借款人在外地工地干活，包工头欠他四万工钱。他说让包工头把工钱直接打给我们公司顶贷款，签个啥手续才保险？要不要通知包工头",
     [(HTB, 545), (HTB, 546)], "a migrant worker assigning his unpaid wages to the lender", CO),
    ("村调委会有个调解员给我打电话，让我查查欠债那户在我们行存了多少钱，好劝他还账。我能告诉他吗",
     [(SYYH, 29)], "a mediator asking a rural bank for a debtor's deposit balance", CO),
    ("我们公司业务员想找各村村委会要村民的花名册跟手机号，好挨个推贷款，这样弄行不行",
     [(GRXX, 13), (ZX, 13)], "collecting villagers' phone lists from village committees for marketing", CO),
    ("借款的是三个人合伙的养鸭场，没办执照，就口头合伙。现在还不上钱了，起诉是告其中一个还是三个都得告？",
     [(MSJ, 60), (HTB, 973)], "an unregistered duck-farm partnership as defendant", CO),
    ("县里农担公司给种粮户做担保，担保费收百分之二，有农户嫌贵来问俺们行，这费率有没有规定？",
     [(RZDB, 19)], "guarantee fees charged to grain farmers", CO),
    ("镇上有个叫“富民资金互助社”的，没啥批文，收老人的钱给一分利，再往外放，俺们行的储户都被拉去存了。这个合法吗，归谁管",
     [(QD, 3), (QD, 5)], "an unlicensed village mutual fund taking deposits", CO),
    ("我们公司现在都是手机上签借款合同，人脸识别加短信码，没有纸质的。真打起官司来，这个算书面合同吗？",
     [(DZQM, 4), (HTB, 469)], "app-signed loan contracts as written form", CO),
    ("法庭调解的时候借款人同意拿他那辆三轮车抵给我们，写进了调解书。可后来才知道这车早先押给信用社了，我们能先拿走吗",
     [(MSTJ, 16)], "a court settlement giving a tricycle already pledged to another bank", CO),
    # --- villagers who borrowed, lent or signed (lh14-046 … 060) ---
    ("俺给儿子娶媳妇跟俺表哥借了十万，借条是俺签的名。现在表哥不找俺，天天去找俺儿媳妇要，说钱是给她家的彩礼。俺儿媳妇该还吗",
     [(HTB, 465)], "a father's wedding loan; the lender chasing the daughter-in-law", BO),
    ("俺对象在牌桌上输了，当场跟放码的借了五万接着赌，又输了。现在放码的天天来家里堵门，说不还就卸俺对象的腿。这钱法律上得还吗？",
     [(MJ, 13), (ZZ, 153)], "money lent at the gambling table", BO),
    ("借了邻居两万，条上没写利息。现在他说村里都是二分利，要俺连本带利还。俺该给吗",
     [(MJ, 24), (HTB, 680)], "an IOU with no interest written; the lender wants 2%", BO),
    ("俺给邻居在信用社贷款当的保正人，他跑东北去了，信用社把俺卡里的钱扣了三万八。俺这钱还能找他要吗？",
     [(HTB, 700)], "a guarantor who paid wants the money back from the runaway borrower", BO),
    ("有个事很急！村里那个二流子带几个人把俺堵屋里，逼俺在他小舅子的借条上签了担保人，不签不让走。俺这担保能不认吗",
     [(ZZ, 150)], "a guarantee signed under threat", BO),
    ("俺手里有张借条，是俺姐夫早些年从俺爹那借的八万，条上只写了借款人，出借人那一栏空着。俺爹没了以后条一直在俺这，俺能拿着它去告吗",
     [(MJ, 2)], "an IOU with the lender's name left blank, held by the lender's son", BO),
    ("年轻时候借了人家钱拉饥荒，现在俺六十八了，腿也瘸了干不了活，低保就几百块。法院执行的时候，俺这种情况咋办",
     [(MSS, 268)], "an old, disabled judgment debtor with no income", BO),
    ("跟邻村老韩借了十万，借条上写着到期还不上俺家宅子就归他。宅子是俺宅基地上盖的。这条算数不？他能直接把宅子占了吗",
     [(WQ, 401), (WQ, 399)], "an IOU promising the homestead house to the lender", BO),
    ("俺在外地打工的工资卡，钱昨天夜里在广州让人取走了一万二，卡一直在俺身上，俺人在临沂。这钱本来是还信用社贷款的，现在逾期了还上了征信，银行得赔不？",
     [(YHK, 7), (YHK, 14)], "a wage card emptied in Guangzhou while the card stayed in Linyi", BO),
    ("俺侄子在温州开鞋厂，从俺们村三十多户借了钱，一家三五万。有人说这样得去那边备案，是俺们出钱的去办还是他去办？",
     [(WZ, 14)], "a nephew's Wenzhou shoe factory borrowing from thirty village households", BO),
    ("包的地村里要收回，能去仲裁不？",
     [(ZCF, 77)], "a contracted plot taken back by the village", BO),
    ("俺给俺表弟在农商行的贷款当的担保，他逾期了，俺去办低保查了才知道俺也上了征信，从头到尾没人跟俺说一声，这合规吗",
     [(ZX, 15)], "a guarantor put on the credit report without notice", BO),
    ("俺借给表叔十五万，他开了个一人的养殖公司，借条是公司盖的章。现在公司说没钱，公司的钱跟他自己的钱一直都混着花，俺能找他本人要吗",
     [(GSF, 23)], "a loan to a one-person company whose owner mixed the money", BO),
    ("借给本家兄弟三万，2021年秋天到期，一直抹不开脸没去要。今年八月俺到调委会申请调解，他人没来。俺这一申请，时效算不算断了、重新算？",
     [(ZZ, 195)], "yearly demands and a mediation application interrupting limitation", BO),
    ("Hi, I'm helping a widow in a village near Linyi on behalf of our NGO. After her husband died she borrowed 30,000 yuan from a local moneylender at 5 percent a month, and now he wants almost double back. What is the highest interest rate a Chinese court would actually support on a private loan like this?",
     [(MJ, 25), (HTB, 680)], "English: a widow's private loan at 5% a month", BO),
]


def main() -> None:
    write(ROWS, "lh14", OUT)


if __name__ == "__main__":
    main()
