"""Build law_qa_holdout9.jsonl: 60 fresh held-out law-QA rows (ids lh9-001 … lh9-060).

The rows live here, in order; running this script rewrites the JSONL byte for byte the same way
(UTF-8, one compact JSON object per line, keys in a fixed order; the writer is holdout3's `write`). Run from
the repo root:

    .venv/bin/python eval/datasets/law_qa_holdout9/make_law_qa_holdout9.py
    .venv/bin/python eval/datasets/law_qa_holdout9/check.py

Held out: measured once by the lead; never tune retrieval on it. Written by a fengtiao helper from reading the
law text only (retrieval/laws.py); all people, firms and amounts are made up.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.law_qa_holdout3.make_law_qa_holdout3 import write  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "law_qa_holdout9.jsonl"

MJ = "最高人民法院关于审理民间借贷案件适用法律若干问题的规定"
DB = "最高人民法院关于适用《民法典》有关担保制度的解释"
MSJ = "最高人民法院关于适用《民事诉讼法》的解释"
HTJ = "最高人民法院关于适用《民法典》合同编通则若干问题的解释"
SFQR = "最高人民法院关于人民调解协议司法确认程序的若干规定"
TYTJ = "最高人民法院关于人民法院特邀调解的规定"
MSTJ = "最高人民法院关于人民法院民事调解工作若干问题的规定"
ZXTJ = "人民法院在线调解规则"
YHK = "最高人民法院关于审理银行卡民事纠纷案件若干问题的规定"
RZZL = "最高人民法院关于审理融资租赁合同纠纷案件适用法律问题的解释"
SZ = "深圳经济特区矛盾纠纷多元化解条例"
NB = "宁波市人民调解条例"
ZJ = "浙江省地方金融条例"
SH = "上海市地方金融监督管理条例"
RZDB = "融资担保公司监督管理条例"
ZZTL = "人民调解委员会组织条例"
GRXX = "个人信息保护法"
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
    # 001-008: a financing-guarantee company's 代偿 / 追偿 staff after paying the bank
    ("我们担保公司上个月替客户给银行代偿了85万。当初客户拿厂里两台注塑机给我们做反担保，抵押合同签了，一直没去办登记。"
     "现在才知道机器上周卖给了隔壁镇一家模具厂，人家已经拉走在用了，这机器我们还能追吗？",
     [(WQ, 403), (DB, 54)], "unregistered counter-guarantee chattel mortgage; machines sold and delivered to a buyer", CO),
    ("代偿完追尝反担保人：客户表哥和他生意伙伴各自签了一份反担保保证书，都没写各自担多少。表哥家底厚，伙伴穷得叮当响，"
     "我们能不能只盯着表哥一个人要全部112万？",
     [(HTB, 699)], "two counter-guarantors with no agreed shares; claiming everything from one", CO),
    ("客户那家公司给我们出了反担保函，公章是老板自己盖的，没开股东会。现在另一个股东跳出来说老板越权、公司不认。"
     "我们代偿后找这家公司要钱，这份反担保到底算不算数？当时我们也没让他们拿决议来看",
     [(DB, 7)], "company counter-guarantee signed by the boss without a shareholders' resolution", CO),
    ("反担保人老孙那份写的是'借款人还不上时由我来还'。我们代偿后直接起诉老孙，他的律师说得先告借款人、把借款人执行完了才轮到他。"
     "可借款人去年就跑了，电话打不通，名下一分钱财产没有，我们还非得先走一遍吗？",
     [(HTB, 687), (DB, 26)], "general counter-guarantor's defence when the borrower has vanished without assets", CO),
    ("代偿以后查到，客户把自己临街两间铺面租给了他小舅子，一签二十年，一年租金才两千块，周边同样的铺子一年至少六万。"
     "这摆明了是给我们追偿设障碍，这种租约能请法院撤掉吗",
     [(HTJ, 43), (HTB, 539)], "debtor leasing out shops to a relative at a token rent after the guarantor paid", CO),
    ("要追偿的对象是家装修公司，它自己在一家酒店那有60多万工程款，拖了快两年，它既不催也不起诉。我们能不能越过它直接找酒店要？"
     "真判下来，钱是打给我们还是先打给装修公司？",
     [(HTB, 535), (HTB, 537)], "guarantor suing the debtor's own customer; who receives the money", CO),
    ("被担保的那家企业在我们代偿前三个月拆成了两家，好设备和订单全划到新公司，老公司就剩个空壳和我们这笔债。"
     "代偿出去的钱，能不能连新公司一起找？",
     [(ZZ, 67), (GSF, 223)], "debtor company split before the guarantor paid; liability of the new company", CO),
    ("【转发】王总：明达贸易那边，股东俩人自己组了个清算组，去年年底就把公司注销了，从头到尾没人通知过我们，"
     "我们还有39万代偿款没追回来。@法务 看看能不能直接找这两个股东个人赔？",
     [(GSF, 235), (GSF, 238)], "shareholders liquidating and deregistering without notifying the guarantor", CO),
    ("做保后检查，被担保的养猪场老板总推说账本在会计手里，流水报表一样不给。我们担保公司有没有权让他拿出来？"
     "另外贷款银行也来问我们要他的经营情况，我们可以给银行吗",
     [(RZDB, 21)], "guarantee firm's right to the client's financial information, and sharing it with the bank", CO),
    ("我们村的老张借了三万给邻村一户，现在要不回来。两个村的调委会都说该自己管，能不能两边的调解员坐一起调？",
     [(ZZTL, 7)], "loan between two villages; joint mediation by both committees", ME),
    ("法律援助志愿者帮忙问：王奶奶78岁，前年把20万放进一个'养老互助社'，说好每月给2分利。去年她到法院起诉要钱，"
     "法院说这事涉嫌非法集资，把案子驳了交给公安。现在公安那边说不立案，老人还能回法院重新告吗？",
     [(MJ, 5)], "elderly lender's suit dismissed for suspected illegal fundraising; police decline to open a case", BO),
    ("续贷做的借新还旧：旧贷是张三担保，新贷换成李四担保，李四签字的时候我们没告诉他这笔新贷是拿去还旧贷的。"
     "现在新贷逾期了，李四能不认账吗？",
     [(DB, 16)], "new guarantor not told that the new loan repays the old one", CO),
    ("我开五金店的账户被法院冻了供货商告我欠货款冻了三十万店里周转不开了能不能拿我那辆货车顶上去把账户解动",
     [(MSS, 107), (MSJ, 167)], "shop owner offering his van as security to lift an account freeze (voice input)", BO),
    ("街道调委会能不能跟小贷公司签个合作，每调成一单收两百块服务费？",
     [(TJF, 4), (ZZTL, 11)], "people's mediation committee charging a small-loan firm per case", ME),
    ("一般保证的贷款，我们在保证期内把借款人告了，后来他拍胸脯说月底一定还，我们就撤了诉，结果他又没还，"
     "这会儿保证期已经过了，保证人是不是就脱身了",
     [(DB, 31)], "withdrawing the suit against the borrower under a general guarantee", CO),
    ("船厂里还没造完的渔船能抵压吗",
     [(WQ, 395)], "mortgaging a fishing boat under construction", CO),
    ("我是社区法律援助的志愿者，替一位陈大爷问：他借给邻居8万，借条上只写了'月息一分'，没写晚还怎么算。"
     "到期一年多了一分没还，过期这段还能要利息吗，按多少算？",
     [(MJ, 28)], "overdue interest where only the loan-term rate was agreed (elderly lender)", BO),
    ("水果批发商想把冷库里所有存货押给我们，货天天进天天出，到时候押的到底是哪一批？啥时候才算定下来",
     [(WQ, 396), (WQ, 411)], "floating charge over changing cold-store stock; when the collateral is fixed", CO),
    ("开庭前调解，被告愿意拿一套房子抵给原告，可那房子是他和他姐姐两个人的，他姐压根不知道。这样的调解协议法院会认吗？",
     [(MSTJ, 10)], "court mediation agreement handing over a flat co-owned with an absent sister", ME),
    ("客户的宝马先抵押给我们、在车管所登了记，后来他又把车开去典当行当了，车现在在典当行手里。车最后要是拍卖了，钱先给谁？",
     [(WQ, 415)], "car mortgaged and registered, later pawned; who is paid first", CO),
    ("我那台冷连车被法院保全了每天要靠它给饭店送菜车停着一分钱挣不到能不能让我接着开开着又不会把车开坏",
     [(MSJ, 155)], "using a preserved refrigerated truck (voice input)", BO),
    ("逾期以后我们跟抵押人商量，按评估价七折把他的仓库直接折给我们抵债。他另外几个债主知道了，说我们合伙压价坑他们，"
     "这个折价协议会不会被推翻？",
     [(WQ, 410)], "agreed valuation of a mortgaged warehouse challenged by other creditors", CO),
    ("法院委托我调一个借款案，被告的岳父当场答应替他出5万，大家都签了字。调解书还没送到，岳父又反悔不出了，这下怎么弄",
     [(MSJ, 150)], "third party who agreed to pay in court mediation backs out before service", ME),
    ("我们租赁公司，承租人欠了四期租金，发函催了也不交。想让他把剩下的租金一次交清，同时把合同解了把设备拖回来，"
     "法院会两样都支持吗？",
     [(RZZL, 10), (HTB, 752)], "lessor wanting both all remaining rent and termination with repossession", CO),
    ("法院把我仓库里两千箱沙糖桔封了桔子放不了几天就要烂了烂了算谁的能不能先卖了钱放法院",
     [(MSJ, 153)], "perishable oranges seized in preservation (voice input)", BO),
    ("我们是农机经销商，拖拉机分期卖给农户，合同写明钱没付清车还归我们。有个农户停付半年了，商量把车拉回来他不肯，"
     "能不能不打官司直接让法院拍卖？",
     [(DB, 64), (HTB, 642)], "retention-of-title tractor sale; buyer stops paying; sale without a full suit", CO),
    ("One of our corporate borrowers has lost three cases, and enforcement so far has recovered maybe 10% of what "
     "everybody is owed. Its debts clearly exceed its assets. Can the enforcement court itself push the file into "
     "bankruptcy, and whose agreement does that need?",
     [(MSJ, 511)], "moving an enforcement case against an insolvent company into bankruptcy", CO),
    ("诉前委派的案子，两边在名册里挑来挑去选不出一个都同意的调解员，法院就指定了我。借款人那边说不认我，这还能调下去吗",
     [(TYTJ, 12)], "party rejecting the court-designated invited mediator", ME),
    ("我用自己房子给我哥的银行贷款做了抵押。银行跟我哥私下把还款期延了一年，利率还往上调了，一句都没问过我。"
     "多出来的利息我也得担着吗？",
     [(DB, 20), (HTB, 695)], "third-party mortgagor; loan extended and repriced without her consent", BO),
    ("浙江一家跟我们合作的融资担保公司暴雷了，听说实控人准备出国。local 金融监管 能不能让有关部门限制他出境、"
     "冻住公司资产转移？我们这边 exposure 有300万",
     [(ZJ, 31)], "restricting exit and asset transfers around a failing Zhejiang guarantee firm", CO),
    ("Our loan agreement with a furniture maker has an arbitration clause (Hangzhou Arbitration Commission), but the "
     "separate guarantee signed by the owner's brother says nothing about disputes. If we file one lawsuit in our "
     "local court against both of them, will the court take it? And what if we only sue the brother?",
     [(DB, 21)], "arbitration clause in the loan, guarantee silent; which forum", CO),
    ("线上调解只留录像不做文字笔录行吗",
     [(ZXTJ, 22)], "recording instead of an electronic transcript in online mediation", ME),
    ("帮一位退休老教师问一下：2019年法院就判了对方还她12万，她不知道还要自己去申请执行，一直拖到今年。"
     "现在去申请，法院还收吗？对方会不会拿过了期限来顶？",
     [(MSS, 250), (MSJ, 481)], "late application to enforce a 2019 judgment (elderly lender)", BO),
    ("有个企业主把他在公司的70%股权过护到我们小贷公司名下做担保。现在那家公司的供应商找上门，说股东出资没缴足，"
     "要我们这个挂名股东一起补。我们会被拖下水吗？",
     [(DB, 69)], "creditor holding shares as security asked to answer for unpaid capital", CO),
    ("法院委派调的一笔借款，双方签了调解协议，后来欠钱那方不认了。出借人是只能告这份调解协议，还是可以直接拿原来的借款去起诉？",
     [(TYTJ, 25)], "after a court-delegated mediation agreement: sue on the agreement or on the loan", ME),
    ("I pledged my SUV to a small-loan company and handed over the keys. Two months later a friend saw one of their "
     "staff driving it for a ride-hailing app, and the odometer is up about 20,000 km. Can I make them pay for the wear?",
     [(WQ, 431)], "pledgee's staff using the pledged car", BO),
    ("我们放贷是凭借款企业的股东会决议放的。现在小股东起诉把那份决议撤了，说开会时根本没通知他。那我们这笔贷款合同会不会跟着出问题？",
     [(ZZ, 85)], "loan made on a shareholder resolution later set aside", CO),
    ("上回供货商申请保全把我店里的账户冻了两个月最后法院判他输了我这两个月生意做不了损失找谁赔",
     [(MSS, 108)], "losses from a wrongful account freeze (voice input)", BO),
    ("合伙开的茶馆倒了，账上没钱，合伙人要自己掏钱还贷吗",
     [(ZZ, 104)], "partners' own liability for a partnership teahouse's loan", CO),
    ("诉前在线调的一个车贷纠纷，双方对那台车值多少钱一直谈不拢，能不能在调解阶段就找机构评估？评估花的时间算不算在调解期里？",
     [(ZXTJ, 26)], "valuing a car during pre-filing online mediation", ME),
    ("我跟老刘借了十万借调上写的十万可他当时就扣了一万说是头三个月利息我到手九万现在打官司本金算多少",
     [(MJ, 26)], "interest deducted at payout; principal in court (voice input)", BO),
    ("我们有抵押的那套房子，被另一个债主在他们的官司里申请查封了。查封以后我们的抵押还管用吗？卖了钱谁先拿？",
     [(MSJ, 157)], "another creditor's preservation seizure of a mortgaged flat", CO),
    ("宁波这边，镇调委会想在建材市场里面派驻一个调解室，专门调商户之间赊账欠款的事，可以这么搞吗？市场管理方要配合吗",
     [(NB, 12)], "township committee stationing a mediation room in a building-materials market (宁波)", ME),
    ("被执行人和他亲弟弟串通，弟弟拿张假借条去告他，法院一调解就把他名下的房子抵给弟弟了。明摆着是躲我们的执行，我们能怎么办？",
     [(MSS, 116), (MSS, 115)], "judgment debtor colluding with his brother in a sham suit to shield a flat", CO),
    ("我的信用卡一直在我钱包里，可账单上出现一笔在外地金店刷的2万8，签名也不是我的字。金店的POS机是另一家银行装的，"
     "发卡行说是商户那边的事，我能找金店或者装机的银行赔吗？",
     [(YHK, 11)], "cloned credit card used at a jeweller; claim against the merchant and acquirer", BO),
    ("我在深圳做了八年人民调解员，想开一个用我自己名字命名的调解工作室，需要谁点头？待遇会不会受影响",
     [(SZ, 31)], "a Shenzhen mediator's personal mediation studio", ME),
    ("收到法院的支付另了欠款我认就是现在真拿不出钱想让他宽限半年我要是去提个异议说没钱能不能把这个支付令弄掉",
     [(MSJ, 436)], "objecting to a payment order only for lack of money (voice input)", BO),
    ("粮食贸易商想拿粮库开的仓单向我们质押借款。仓单背面写上'质押'两个字就行了吗，还要不要粮库盖章？从什么时候起算押上了？",
     [(DB, 59), (WQ, 440)], "pledge of a warehouse receipt: endorsement, keeper's seal, when it takes effect", CO),
    ("I'm an invited mediator handling a consumer-loan dispute by video on the court's mediation platform. Before we "
     "get going, what am I supposed to check about the people on screen, and is there anything I must warn them "
     "about? The case hasn't been filed yet.",
     [(ZXTJ, 17)], "identity checks and warnings before an online mediation", ME),
    ("借款APP把我的通讯录给了催收公司，亲戚朋友都被打电话骂了一遍。我去告这个APP，是不是得我自己证明信息是它泄露的？赔多少怎么算？",
     [(GRXX, 69)], "loan app leaking contacts; burden of proof and damages", BO),
    ("深圳这边，派出所处理一起讨债引起的推搡，police 那边想叫我们人民调解员一起去调，这样可以吗？"
     "反过来我们调的时候能不能请民警来坐镇",
     [(SZ, 65)], "police and people's mediators joining each other's mediation (深圳)", ME),
    ("欠了放贷的三万多逾期了，他们几个人把我关在他们公司一个屋里一整晚，手机也收了，不还钱不让走，他们这样犯法吗",
     [(MSS, 120)], "lender's people detaining a borrower overnight to collect", BO),
    ("借款合同里有仲裁条款，我们申请了仲裁，first hearing 都开完了，借款人才跑去法院说仲裁条款无效。他这时候提还来得及吗",
     [(ZCF, 20)], "late challenge to an arbitration clause", CO),
    ("法院调解书里列了个第三人，他其实既不拿钱也不出钱，就是个挂名的，他死活不签收，这份调解书还算生效吗？",
     [(MSTJ, 12)], "party with no rights or duties under a court mediation document refusing to sign", ME),
    ("We hold a receivable from a Shanghai microlender that is winding down its lending business. Its controlling "
     "shareholder signed a letter saying it will cover whatever the microlender still owes after it stops operating. "
     "Is that something the Shanghai rules actually contemplate, or is it just a comfort letter with no teeth?",
     [(SH, 17)], "a Shanghai lender's controlling shareholder undertaking its residual debts", CO),
    ("代一位不识字的老人咨询：他借给外甥的五万块要不回来，想去法院告，可他写不了起诉状，能不能到法院当面口头讲，让法院给记下来",
     [(MSS, 123)], "an illiterate elderly lender suing orally", BO),
    ("我是法院调解员名册里的，不挂靠任何调委会，我调成的协议，当事人能去申请司法确认吗？",
     [(SFQR, 13)], "judicial confirmation of an agreement reached by a court-roster mediator", ME),
    ("我们融资租赁给一家食品厂的两条灌装线，厂子进了破产程序，管理人把这两条线也列进了破产财产。设备是我们的，怎么拿回来？",
     [(PC, 38)], "lessor recovering leased filling lines from a bankrupt lessee", CO),
    ("深圳，调解协议上个月就签了，欠钱那个人一直拖着不给。我们调解组织还能做点啥，还是只能让对方去法院",
     [(SZ, 27)], "a party not performing a Shenzhen mediation agreement", ME),
    ("判决是在浙江拿的，借款人的厂和设备都在贵州，浙江法院能不能委托贵州那边的法院帮忙查封执行？对方法院要是拖着不动怎么办",
     [(MSS, 240)], "entrusting enforcement to a court in another province", CO),
]


def main() -> None:
    write(ROWS, "lh9", OUT)
    print(f"wrote {len(ROWS)} rows to {OUT}")


if __name__ == "__main__":
    main()
