"""Build law_qa_holdout11.jsonl: 60 fresh held-out law-QA rows (ids lh11-001 … lh11-060).

The rows live here, in order; running this script rewrites the JSONL byte for byte the same way
(UTF-8, one compact JSON object per line, keys in a fixed order; the writer is holdout3's `write`). Run from
the repo root:

    .venv/bin/python eval/datasets/law_qa_holdout11/make_law_qa_holdout11.py
    .venv/bin/python eval/datasets/law_qa_holdout11/check.py

Held out: measured once by the lead; never tune retrieval on it. Written by a fengtiao helper from reading the
law text only (retrieval/laws.py), as letters and messages sent to the legal column (法律信箱) of a made-up city
evening paper in Henan; all people, firms, places of work and amounts are made up.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.law_qa_holdout3.make_law_qa_holdout3 import write  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "law_qa_holdout11.jsonl"

MJ = "最高人民法院关于审理民间借贷案件适用法律若干问题的规定"
PF = "最高人民法院关于新民间借贷司法解释适用范围问题的批复"
DB = "最高人民法院关于适用《民法典》有关担保制度的解释"
MSJ = "最高人民法院关于适用《民事诉讼法》的解释"
SFQR = "最高人民法院关于人民调解协议司法确认程序的若干规定"
TYTJ = "最高人民法院关于人民法院特邀调解的规定"
MSTJ = "最高人民法院关于人民法院民事调解工作若干问题的规定"
ZXTJ = "人民法院在线调解规则"
SZ = "深圳经济特区矛盾纠纷多元化解条例"
NB = "宁波市人民调解条例"
ZJ = "浙江省地方金融条例"
SH = "上海市地方金融监督管理条例"
BJ = "北京市地方金融监督管理条例"
ZX = "征信业管理条例"
QD = "非法金融机构和非法金融业务活动取缔办法"
RZDB = "融资担保公司监督管理条例"
ZZTL = "人民调解委员会组织条例"
GRXX = "个人信息保护法"
DZQM = "电子签名法"
PC = "企业破产法"
GSF = "公司法"
TJF = "人民调解法"
MSS = "民事诉讼法"
HTB = "合同编"
WQ = "物权编"
ZZ = "总则"

CO, ME, BO = "credit_officer", "mediator", "borrower"

# (question, [(instrument short_title, article)], topic, asker)
ROWS: list[tuple[str, list[tuple[str, int]], str, str]] = [
    # --- retirees who lent their savings (lh11-001 … 010) ---
    ("编辑您好：我今年六十八，纺织厂退休。前年老同事葛师傅说他儿子开的建材公司资金紧，我把攒下的15万借了出去，"
     "借条上盖的是公司的章。后来听说这钱根本没进公司，被他儿子拿去给自己买了套房。现在公司账上空空，"
     "我能不能把他儿子本人也一起告上？",
     [(MJ, 22)], "company seal on the IOU, money used by the boss himself", BO),
    ("退休金攒了二十来万，邻居介绍去入一个康养项目的“股”，说好每年保底分红12%，本金三年后原数退。"
     "签的叫入股协议。现在分红停了，对方说投资就有风险，本钱不退。请问这到底算入股还是算借钱给他们？",
     [(ZZ, 146)], "guaranteed-return 'shares' that are really a loan", BO),
    ("编辑同志您好，我是新乡一个社区的调解员。辖区里七八位老人把养老钱交给一家“理财工作室”，每月返息，"
     "上个月老板被公安带走了，听说是非法集资。老人们天天来居委会哭，问这钱以后由谁来清退、亏了能找谁赔。"
     "我该怎么跟他们解释？",
     [(QD, 17), (QD, 18)], "who returns money after an illegal 'wealth studio' is shut", ME),
    ("借给老战友的物流公司30万，合同写的月息一分五，一年到期。到期后公司一拖再拖，已经拖了快三年。"
     "这三年没还的日子，利息还能照一分五算吗？还是只能算银行那点？",
     [(HTB, 676), (MJ, 28)], "interest for the years after the due date", BO),
    ("编辑您好，我父亲今年72岁，前年把存折里的8万借给了他牌友开的饭店，打了借条。饭店去年申请破产了，"
     "法院发了公告让报债权。听说破产了先给工人发工资、交税，我爸这8万还能排得上吗？要在啥时候、找谁去报？",
     [(PC, 113), (PC, 48)], "a retired lender's claim in a restaurant's bankruptcy", BO),
    ("I'm a bank loan officer in Luoyang. A borrower company owes us 600k and says it has no cash. Its two "
     "shareholders signed up for 5 million of capital but the articles let them pay it in only by 2040, and "
     "they've paid almost nothing. Can we make them put that money in now, years early?",
     [(GSF, 54)], "shareholders' unpaid capital not yet due", CO),
    ("调解一起老同学之间的借款纠纷：2019年借的5万，没写还款日期之外的任何东西。出借的王老师说每年春节都打电话催，"
     "对方每次都说再宽限宽限；借钱的说早过三年了，法律上不用还了。电话没录音。我这个调解员该怎么给双方讲这个时效？",
     [(ZZ, 195), (ZZ, 188)], "yearly phone reminders and the three-year limit", ME),
    ("编辑您好，我这边是开封一个镇的调委会。两位七十多岁的老人借款纠纷在我们这儿调成了，分期还钱，"
     "想去法院做个司法确任。出借人的儿子住在市里，想去市区的法院办，省得老人跑路。能不能去市区法院？",
     [(SFQR, 2)], "which court confirms a township committee's agreement", ME),
    ("我妈 lent 5万 to her friend's 茶叶公司 last year, no IOU, only WeChat transfers. 聊天里对方写过“借你的钱下月还”，"
     "这些 screenshots 到法院能当证据吗？",
     [(MSJ, 116)], "WeChat chats as evidence of a loan", BO),
    ("老邻居借了我12万，一直说没钱。上礼拜才听人说，他去年春天就把名下唯一一套房子白送给了他儿子，过户都办完了。"
     "我现在去法院要求把这个过户撤了，还来得及不？",
     [(HTB, 538), (HTB, 541)], "a debtor giving his flat to his son a year ago", BO),
    # --- spouses and children pulled into a relative's debt (lh11-011 … 019) ---
    ("我爸在外头欠了别人十几万，借条上只有我爸一个人的名字。现在债主天天给我打电话，说父债子还天经地义。"
     "我爸人还好好的，这钱我有义务替他还吗？",
     [(HTB, 465)], "a creditor chasing the son for a living father's debt", BO),
    ("编辑您好：家父去年病故。生前他被法院判决还朋友18万，一直没还上。现在法院通知说要把我和妹妹列为被执行人。"
     "父亲只留下一套老房子，卖了也就十来万，差的那部分我们兄妹也得自己掏腰包吗？",
     [(MSJ, 473)], "heirs named in enforcement of a dead father's judgment", BO),
    ("客户两口子离婚了，离婚协议上写着我们行那笔经营贷全归男方还。女方拿着协议来柜台说以后跟她没关系了，"
     "可当初借款合同上她也是共同借款人签的字。这份离婚协议对银行有约束力吗？",
     [(HTB, 551), (HTB, 518)], "a divorce agreement giving the whole loan to the husband", CO),
    ("去年为了不让债主去医院闹我爸，我在微信上跟人家说“我爸那笔账我跟他一起还，给半年时间”。"
     "结果半年到了没还上，债主把我和我爸一块告了。我当时那句话算数吗？我又没在借条上签字。",
     [(HTB, 552)], "a son's WeChat promise to repay with his father", BO),
    ("审批一笔房产抵押贷款，房本上是夫妻共同共有，来签抵押合同的只有丈夫，说老婆在外地打工，"
     "签字他代了。我们要是放了款，这个抵押以后站得住吗？",
     [(WQ, 301), (WQ, 311)], "a jointly owned flat mortgaged with only the husband signing", CO),
    ("俺村里哥俩合伙买的一辆货车，哥哥开着跑运输，在加油站挂账欠了3万多油钱。加油站老板找不到哥哥，"
     "就来找弟弟要。弟弟说车是俩人的，可油钱不是他欠的。我这个调解员该咋给他们说？",
     [(WQ, 307)], "a debt from a jointly bought truck and the other co-owner", ME),
    ("儿子今年17，高二，背着我们在一个网贷app上借了两万充游戏。现在平台打电话让我们家长还，"
     "说不还就上征信。孩子还没成年，这钱我们得认吗？",
     [(ZZ, 145), (ZZ, 19)], "a 17-year-old's online loan and the parents", BO),
    ("我和老公分居两年了，他在外面借钱做生意被人告了，判了他还钱。昨天我发现我自己的工资卡被法院冻住了，"
     "我又不是被告。我该怎么向法院说明这是我自己的钱？",
     [(MSS, 238)], "a wife's salary card frozen for her husband's judgment debt", BO),
    # --- online-loan collectors and stolen identities (lh11-020 … 025) ---
    ("编辑您好，我在一个网贷平台逾期了两期，催收的把我通讯录里的人挨个打了个遍，还把我身份证照片P上“老赖”"
     "发到我老家的亲戚群里。我欠钱认，可他们这样弄我的信息，合法吗？",
     [(GRXX, 10), (GRXX, 13)], "collectors phoning every contact and posting an ID photo", BO),
    ("客户来网点说他征信上有一笔网贷逾期，根本不是他借的，他身份证前年丢过。我们行只是放他的房贷，"
     "那笔网贷不是我们报的。他要提异议，该找谁、多久能有结果？",
     [(ZX, 25)], "a credit-report entry for a loan the customer never took", CO),
    ("网贷到手七千，合同写一万，利系按一万算？",
     [(HTB, 670), (MJ, 26)], "online loan paid out short of the contract amount", BO),
    ("网贷早就还清了，可那个app里还存着我的身份证正反面、人脸照片和通讯录。我让客服删掉，客服一直装听不见。"
     "我能去法院告他们吗？",
     [(GRXX, 47), (GRXX, 50)], "an app refusing to delete data after repayment", BO),
    ("我在一家小贷公司做内勤。领导想把逾期客户的名字、身份证号、欠款数做成图片，发到本地一个“曝光群”里施压，"
     "让我先问问法律上行不行。",
     [(GRXX, 25), (GRXX, 10)], "a lender publishing defaulters' names in a group", CO),
    ("Dear editor, my uncle is 70. Someone used his lost ID card and a face video to open an account on a loan "
     "app, e-signed the contract in his name and borrowed 30,000 yuan. Now the app says the e-signature proves "
     "he agreed. Who is liable for a forged electronic signature, and how does he fix his credit record?",
     [(DZQM, 32), (ZX, 25)], "a loan e-signed with a stolen identity", BO),
    # --- small-loan company clerks (lh11-026 … 033) ---
    ("编辑您好，我是郑州一家小贷公司的风控。我们是省金融局批的牌照，给个体户放的贷款 annualized 21% 左右。"
     "有客户说超过了“四倍LPR”不受保护。请问我们公司也受那个民间借贷的司法解释里的利率上限管吗？",
     [(PF, 1)], "does the private-lending rate cap bind a licensed small-loan firm", CO),
    ("客户的担保合同里只写了“张某为该笔借款提供担保”，到底是一般担保还是连带，一个字没写。"
     "借款人现在逾期了，我们能不能直接找张某？",
     [(HTB, 686)], "a guarantee that does not say which kind", CO),
    ("我们起诉的一个借款人开庭前突然去世了，案子还往下审吗？后面该把谁列为被告？",
     [(MSJ, 55), (MSS, 153)], "a defendant borrower dies before the hearing", CO),
    ("老家信阳的，在上海一家小贷公司做合规。前任同事离职，有两个季度的 data submission 没在监管平台上报，"
     "今年检查发现了。会有什么后果？",
     [(SH, 14), (SH, 36)], "missed quarterly reports by a Shanghai small-loan firm", CO),
    ("公司准备把一批逾期一年以上的个人贷款打包卖给资产管理公司，这些贷款大多有自然人保证人。"
     "要不要一个个通知保证人？不通知的话保证人还认账吗？",
     [(HTB, 696)], "selling overdue loans without telling the guarantors", CO),
    ("押给我们公司的一辆奥迪，抵押登记是办了的，客户没吭声就把车卖给了外地一个车商。我们能做什么？",
     [(WQ, 406)], "a mortgaged car sold without telling the lender", CO),
    ("杭州一家小贷公司，股东们商量今年把公司解散，可账上还有两千多万贷款没到期，也还欠着银行的融资。"
     "省里对这种自己解散的有啥要求？",
     [(ZJ, 21)], "a Zhejiang small-loan firm winding itself up", CO),
    ("我们是北京的小贷公司，准备把注册地从朝阳搬到通州，顺便换一个股东进来，持股大概8%。"
     "这两件事是报备一下就行，还是得等市里批？",
     [(BJ, 14), (BJ, 13)], "moving address and a new 8% shareholder at a Beijing lender", CO),
    # --- everyday core, credit officers (lh11-034 … 049) ---
    ("公司去法院起素一个借款人，立案窗口收了材料，一个多月了既不立案，也不给个不受理的裁定，问就是等通知。"
     "法院这样合规定吗？",
     [(MSS, 126), (MSS, 122)], "a court sitting on a filed complaint", CO),
    ("一般保证的贷款，我们没起诉借款人，而是拿着做过强制执行公证的借款合同直接申请了执行。"
     "现在保证人说我们在保证期间没起诉也没仲裁，他不用担责了，这说法对吗？",
     [(DB, 27)], "a general guarantee and an enforceable notarised loan", CO),
    ("We have a maximum-amount guarantee behind a revolving credit line. The contract says nothing about when "
     "the guarantee period starts, and the drawings under the line fall due on different dates. From which date "
     "do we count the guarantor's period?",
     [(DB, 30)], "start of the guarantee period in a maximum-amount guarantee", CO),
    ("押给我们的是一整栋两层门面房，客户把一楼单独卖给了别人，过户也办了。贷款还欠着，我们还能就一楼主张抵押权吗？",
     [(DB, 38)], "part of a mortgaged building sold off", CO),
    ("借款人想把一半贷款转给他弟弟来还，抵押的房子是他岳父的。岳父没签任何同意书，转过去那一半岳父的房子还担保吗？",
     [(DB, 39), (HTB, 551)], "half the debt moved to a brother and a father-in-law's collateral", CO),
    ("抵押合同都签了，客户一直推说忙，不跟我们去不动产中心办登记，眼看要放款了。能逼他去办吗？",
     [(DB, 46)], "a borrower who will not go to register the mortgage", CO),
    ("上周去办抵押登记，窗口说系统升级让下周再来，结果这周那套房子被别的法院查封了。这个损失找谁？",
     [(DB, 48)], "a registry delay and a seizure in between", CO),
    ("Our client's factory stands on allocated state land. Can the buildings still be mortgaged to our "
     "guarantee company without land-use approval, and what happens to the land-grant fee if we sell?",
     [(DB, 50)], "mortgaging buildings on allocated land", CO),
    ("Entrusted loan: the money is from a corporate client, our bank is only the agent, and the mortgage was "
     "registered in the bank's name. The borrower's other creditors say the bank isn't the real lender so it "
     "has no priority. Are they right?",
     [(DB, 4)], "a mortgage registered in the agent bank's name for an entrusted loan", CO),
    ("借款企业的老板在承诺书上盖了他另一家公司的章，写着“本公司与借款人共同还款”，可那家公司没开过股东会。"
     "这个承诺我们能用吗？",
     [(DB, 12), (HTB, 552)], "a boss's other company joining the debt without a resolution", CO),
    ("村办厂光押地不押厂房行吗",
     [(WQ, 398)], "a village enterprise mortgaging land alone", CO),
    ("给客户做了个最高额抵押，客户问之前那笔还没还完的老贷款能不能也装进这个额度里。",
     [(WQ, 420)], "bringing an older loan into a maximum-amount mortgage", CO),
    ("玉器质押没签合同行不",
     [(WQ, 427)], "a jade pledge agreed only orally", CO),
    ("借款人户口在南阳老家，人常年在郑州打工租房住，我们告他去哪个法院？",
     [(MSS, 22)], "which court for a borrower living away from his home town", CO),
    ("我们是农商行，贷款纠纷能不能直接套民间借贷那个司法解释算利息、算逾期？",
     [(MJ, 1)], "whether a rural bank's loans fall under the private-lending rules", CO),
    ("新来的风控总监说担保公司要有一套代偿以后怎么追偿的内部制度，问条例里到底有没有这个硬要求。",
     [(RZDB, 13)], "internal rules on recovery after a guarantee payout", CO),
    ("贷款还有八个月才到期，客户在电话里跟我说“这钱我不还了，你们爱咋咋地”。现在能不能提前追？",
     [(HTB, 578)], "a borrower announcing he will not repay before maturity", CO),
    # --- mediators (lh11-050 … 060) ---
    ("两个老哥们在村调委会说好了，欠的两万分三回还清，谁也不愿意写协议书，按手印更不愿意。口头说的算不算数？",
     [(TJF, 28), (TJF, 30)], "an oral settlement at a village committee", ME),
    ("镇调委会调成的一份借款协议里写着月息五分，司法所看了说这得改，乡里能直接纠正吗？",
     [(ZZTL, 10)], "the township correcting an unlawful rate in an agreement", ME),
    ("我是法院的特邀调解员。立案前法院委派给我一个借款纠纷，打电话给被告，他说不同意调解、要等法院判。"
     "这种情况我还要继续约他吗？材料怎么处理？",
     [(TYTJ, 11), (TYTJ, 26)], "a defendant refusing a court-referred pre-filing mediation", ME),
    ("手上这个案子一个借款人、六个担保人，账目又乱，我一个人调有点吃力，能不能跟另一位特邀调解员一起调？",
     [(TYTJ, 13)], "two invited mediators on one complex case", ME),
    ("调解员能不能自己拿一个分期还款方案给双方参考？当事人会不会说我偏向一方？",
     [(TYTJ, 17)], "a mediator proposing a repayment plan", ME),
    ("法院让走线上调解，可被告是个七十岁的老太太，不会用智能手机，也不同意在网上弄。能不能不在线上？",
     [(ZXTJ, 4), (ZXTJ, 16)], "an elderly party who cannot or will not mediate online", ME),
    ("线上调解时原被告一唱一和，对欠款数额一点争议没有，就急着要司法确认。我听说被告外面欠了一屁股债，"
     "怀疑他们俩合伙想把财产弄走。该怎么办？",
     [(ZXTJ, 23)], "a suspected collusive online mediation", ME),
    ("法庭调解能单独跟原告谈吗",
     [(MSTJ, 5)], "talking to one side alone in court mediation", ME),
    ("深圳一个调解中心的调解员，来信请教：一笔借款纠纷调了快两个月，双方当初没约定调多久，还要一直调下去吗？",
     [(SZ, 25)], "no agreed time limit for a Shenzhen mediation", ME),
    ("我在深圳一家商事调解中心做调解员，刚接了个借款案，发现被申请人是我以前同事的表哥。我需不需要回避？",
     [(SZ, 23)], "a mediator related to a party's colleague (Shenzhen)", ME),
    ("宁波这边调委会调一起借款纠纷，调到一半，借款人出国打工去了，电话微信都不回，这调解还怎么往下走？",
     [(NB, 23)], "a party going abroad mid-mediation (Ningbo)", ME),
]


def main() -> None:
    write(ROWS, "lh11", OUT)


if __name__ == "__main__":
    main()
