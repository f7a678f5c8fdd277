"""Build law_qa_holdout10.jsonl: 60 fresh held-out law-QA rows (ids lh10-001 … lh10-060).

The rows live here, in order; running this script rewrites the JSONL byte for byte the same way
(UTF-8, one compact JSON object per line, keys in a fixed order; the writer is holdout3's `write`). Run from
the repo root:

    .venv/bin/python eval/datasets/law_qa_holdout10/make_law_qa_holdout10.py
    .venv/bin/python eval/datasets/law_qa_holdout10/check.py

Held out: measured once by the lead; never tune retrieval on it. Written by a fengtiao helper from reading the
law text only (retrieval/laws.py); all people, firms, places and amounts are made up.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.law_qa_holdout3.make_law_qa_holdout3 import write  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "law_qa_holdout10.jsonl"

MJ = "最高人民法院关于审理民间借贷案件适用法律若干问题的规定"
PF = "最高人民法院关于新民间借贷司法解释适用范围问题的批复"
DB = "最高人民法院关于适用《民法典》有关担保制度的解释"
MSJ = "最高人民法院关于适用《民事诉讼法》的解释"
HTJ = "最高人民法院关于适用《民法典》合同编通则若干问题的解释"
SFQR = "最高人民法院关于人民调解协议司法确认程序的若干规定"
TYTJ = "最高人民法院关于人民法院特邀调解的规定"
MSTJ = "最高人民法院关于人民法院民事调解工作若干问题的规定"
ZXTJ = "人民法院在线调解规则"
RZZL = "最高人民法院关于审理融资租赁合同纠纷案件适用法律问题的解释"
SZ = "深圳经济特区矛盾纠纷多元化解条例"
NB = "宁波市人民调解条例"
RZDB = "融资担保公司监督管理条例"
QD = "非法金融机构和非法金融业务活动取缔办法"
ZX = "征信业管理条例"
SYYH = "商业银行法"
ZZTL = "人民调解委员会组织条例"
GRXX = "个人信息保护法"
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
    # --- county rural bank, inclusive-finance desk: farm and rural lending ---
    ("种粮大户老谭在我们镇上流转了村民三百多亩田，流转合同一签就是八年，想拿这片田的经营权来我们行贷款买烘干机。"
     "他这个权利是合同一签就有了，还是得先去登记？没登记的话押给我们靠不靠得住",
     [(WQ, 341), (WQ, 342)], "流转取得的土地经营权何时设立、能否抵押", CO),
    ("林全证上是他家承包的那片杉木山，山上的树能不能押给我们？要到哪里办手续才算数",
     [(WQ, 395), (WQ, 402)], "林木抵押与抵押登记", CO),
    ("我们那个五户联保小足，老彭家的贷款逾期了，另外四户都说要等老彭家确实还不起了才轮到他们。"
     "合同上写的是互相承担连带责任，我能不能直接找其中一户把全部欠款要回来",
     [(HTB, 688), (HTB, 699)], "农户联保小组成员的连带保证责任", CO),
    ("村主任周某给一个养牛户的贷款做担保，签了他自己的名字，旁边又盖了村委会的公章。现在牛场垮了，"
     "他说那是替村里签的跟他个人无关，可村委会本来就不能当担保人啊，这笔担保到底算谁的，我们还能找谁赔",
     [(DB, 5), (DB, 17)], "村干部签字并加盖村委会公章的担保", CO),
    ("合作社贷了80万建冷库，现在还不上了，社员们都说“钱是社里借的，跟我们个人没关系”。真的只能找合作社吗",
     [(ZZ, 100), (ZZ, 60)], "农民专业合作社以自身财产承担债务", CO),
    ("扶贫小额信贷逾期 户主说贴息的贷款不用还 逾期后的利息还能收吗",
     [(HTB, 676), (HTB, 675)], "扶贫小额信贷到期不还的逾期利息", CO),
    ("借款人户口在我们县，三年前去东莞厂里打工，一直住厂里宿舍，过年都没回来。要起诉他，是在我们县法院告，"
     "还是得跑去东莞那边告？",
     [(MSS, 22), (MSJ, 4)], "外出务工借款人的经常居住地管辖", CO),
    ("人在广东打工，法院寄过去的传票老是被退回来，他的微信倒是天天在用。能不能让法院直接发微信给他，或者托广东那边的法院帮忙送？",
     [(MSS, 90), (MSS, 91)], "外地被告的电子送达与委托送达", CO),
    ("村办砖厂想只拿厂区那块集体建设用地押给我们，厂房不一起押。这样办得成吗？万一以后处置了，买的人能不能把这块地改作别的用途",
     [(WQ, 398), (WQ, 418)], "村办企业集体建设用地的抵押与处置", CO),
    ("客户押给我们的蔬菜大棚上个月被洪水冲垮了，保险公司那边要赔十几万。贷款还没到期，这笔赔款我们能不能先扣住",
     [(WQ, 390), (DB, 42)], "抵押大棚毁损后的保险赔款", CO),
    ("老伍家承包了村里的鱼塘，一家三口一起养鱼，贷款合同是老伍一个人签的字。现在还不上了，他老婆和儿子名下的东西能不能拿来还？",
     [(ZZ, 56), (ZZ, 55)], "农村承包经营户债务以农户财产承担", CO),
    ("借款人跑了，他老娘在我们网点有八万块定期，她又不是担保人。领导让先把老太太的钱冻住不给取，这样做行不行",
     [(SYYH, 29), (SYYH, 33)], "冻结非借款人个人储蓄存款", CO),
    # --- the young colleague who types half in English ---
    ("客户签了200万的 facility，结果只提了50万，剩下的一直不 drawdown。合同里写了提款计划的，没提的那部分我们能 charge interest 吗？",
     [(HTB, 671)], "借款人未按约定日期数额提款的利息", CO),
    ("做 KYC 的时候想截借款人朋友圈的图，看看他平时消费和生意做得怎么样，这种他自己发出来的 info 要不要他 consent？",
     [(GRXX, 27), (GRXX, 13)], "处理个人自行公开的信息是否需要同意", CO),
    ("客户公司要给它大股东的 loan 做担保，董事会 approve 一下就够了，还是必须开股东会？大股东本人能不能参加 vote？",
     [(GSF, 15)], "公司为股东提供担保的决议程序", CO),
    ("Quick question from the credit team: we won a judgment against a feed mill and the court froze its bank "
     "account during enforcement. Now I hear the mill filed for bankruptcy and the court accepted the petition "
     "last week. Does our freeze just go away? What happens to the enforcement we already started?",
     [(PC, 19)], "bankruptcy acceptance lifts the freeze and halts enforcement", CO),
    ("A local tea company asked our branch to lend its own money to a farmers' cooperative as an entrusted loan. "
     "The cooperative's warehouse was mortgaged and the registry lists our bank as mortgagee, not the tea "
     "company. If the co-op defaults, can the tea company still get paid first out of the warehouse even though "
     "its name is nowhere on the certificate?",
     [(DB, 4)], "security registered in the agent bank's name for an entrusted loan", CO),
    ("We got a payment order against the borrower and he never objected. Does that order also bind his guarantor, "
     "or do we have to bring a separate case? And if we do sue the guarantor, is the payment order still any good?",
     [(MSJ, 434)], "payment order against the main debtor and the guarantor", CO),
    # --- everyday core at the credit desk ---
    ("贷款已经还了七成，抵押房子的是借款人他姐，天天到网点来闹，说钱都快还完了，至少要给她解压一半。我们可以不放吗",
     [(DB, 38)], "部分清偿后抵押权仍及于全部抵押物", CO),
    ("借款人的大货车挂在一家物流公司名下跑运输，车贷逾期了，起诉的时候能不能把物流公司一起列成被告",
     [(MSJ, 54)], "挂靠经营车辆的共同诉讼人", CO),
    ("镇上那家五金店，营业执照登记的是老婆的名字，店一直是老公在打理，贷款也是老公来签的字。要起诉的话该告谁",
     [(MSJ, 59)], "个体户登记经营者与实际经营者不一致", CO),
    ("【转发 客户经理群】贷后走访才知道，借款人两年前就把县城那套房过户给了他女儿，一分钱没收。现在贷款逾期了，"
     "这个过户我们还来得及去法院撤掉吗？@风控 帮看下",
     [(HTB, 538), (HTB, 541)], "债务人无偿转让房产的撤销及其期限", CO),
    ("我们这笔贷款明年三月才到期。借款人被一个包工头欠了三十多万工程款，眼看快满三年了，他自己又不去催。"
     "我们能不能先替他出面去要，免得那笔钱过了时效",
     [(HTB, 536)], "债权到期前代位中断时效", CO),
    ("担保书上就一句话：“本人愿为李某借款提供担保”，没写是一般担保还是连带的。真打起官司来按哪种算",
     [(HTB, 686)], "保证方式没有约定时按一般保证", CO),
    ("合作社走融资租赁买收割机，说好租赁公司把钱付给厂家、厂家直接送机子到社里。结果租赁公司一直没付款，"
     "机子到现在都没交，合作社每个月还得交租金，能不能把这个合同解了",
     [(RZZL, 6)], "因出租人原因无法占有租赁物时解除融资租赁合同", CO),
    ("判决生效后申请了强制执行，被执行人找了个亲戚来作担保，要求缓三个月再执行。我们要不要点头？缓期到了他还不给怎么办",
     [(MSS, 242), (MSJ, 469)], "执行担保、暂缓执行与到期不履行", CO),
    ("借款人跟他弟在村调委会弄了个调解协议，说欠他弟五十万，把县城的房子抵给他弟，还拿到法院做了司法确认。"
     "我们是他的债权人，这明摆着是串通转移财产，现在能怎么办，有没有时间限制",
     [(SFQR, 10)], "案外债权人申请撤销司法确认决定", CO),
    ("抵押合同都签了，约好第二天去不动产中心办登记，结果抵押人反悔不来了，房子还在他名下。这种情况能不能让法院逼他去登记",
     [(DB, 46), (WQ, 402)], "签了抵押合同却未办登记", CO),
    ("有家米厂买下了原来粮站的老仓库，那块地是划拨的，出让手续一直没补，现在想拿仓库来我们这里押。合同签了算不算数，以后拍卖的钱又怎么分",
     [(DB, 50)], "划拨土地上建筑物的抵押", CO),
    ("客户投诉说他征信上多出一笔联保贷款，他说从来没签过。我们是报数的银行，收到他的异议要在多少天内给答复",
     [(ZX, 25)], "征信异议的核查与答复期限", CO),
    # --- farmers and shopkeepers lending among relatives, and other borrowers ---
    ("去年手头紧找表叔借了两万，当时就撕了个烟盒在背面写了张条子，只写了“今欠现金两万元”和我名字、日子，没写欠谁的。"
     "现在是他儿子拿着这张烟盒纸说要去法院告我，这样也行？",
     [(MJ, 2)], "未载明出借人的借条由持有人起诉", BO),
    ("我欠堂哥八千块，年底还不上，跟他说好拿我家三头肥猪抵账，他当时也点了头。猪还没拉过去他又变卦，说猪价跌了非要现钱，我到底给猪还是给钱",
     [(HTJ, 27)], "到期后约定以猪抵债的效力", BO),
    ("告了二舅要他还我十万块，还没开庭他人就走了，他那栋房子现在归了他儿子。官司还能接着打吗，能不能叫他儿子来还",
     [(MSS, 153), (MSJ, 55)], "诉讼中借款人死亡由继承人承担诉讼", BO),
    ("侄子16岁，初中毕业就在鞋厂上班，靠自己工资过日子。他找我借了三千块买手机，现在他爸说他没成年，借的钱不算数，是这样吗",
     [(ZZ, 18)], "靠劳动收入生活的十六岁未成年人借款", BO),
    ("我开小卖部的，村里老李赊了两年烟酒，记在账本上一千多块。前年年底他在本子上签了字说明年还，到现在也没给，这账还能要吗",
     [(ZZ, 195), (ZZ, 188)], "赊账的诉讼时效与中断", BO),
    ("借条上写的是我和我哥一起借的五万，钱其实全是我哥拿去盖房了。现在债主光找我一个人要，我还了之后能不能找我哥要回来",
     [(HTB, 518), (HTB, 519)], "连带债务人之间的追偿", BO),
    ("侄子欠我两万一直拖着，他叔在家族群里发了一句“这钱我帮他还，别为难孩子”，截图我都留着。现在能不能直接找他叔要",
     [(HTB, 552)], "第三人在群里表示愿意代还", BO),
    ("借钱给邻居的时候说好了“利息按村里的规矩来”，现在要还了，他说没写多少就一分利息都不给，我说村里都是一分，到底听谁的",
     [(HTB, 680), (MJ, 24)], "自然人借款利息约定不明", BO),
    ("在村里碾米厂加工了两千斤谷子 加工费还差三百块 老板就把我的米全扣着不让拉走 欠三百扣两千斤米 这合理吗",
     [(WQ, 447), (WQ, 450)], "留置可分物应与债务金额相当", BO),
    ("养猪场遭了非洲猪瘟，三百多头全扑杀了，借亲戚的十五万到期还不上。这种天灾是不是可以不算违约金，或者缓一缓再还？",
     [(HTB, 590), (ZZ, 180)], "猪瘟扑杀能否以不可抗力免责", BO),
    ("I took a three-year business loan from the rural bank to open a noodle shop, and after one year I have "
     "enough to pay it all off. The branch says I can't repay early, or that I'd still owe interest for the full "
     "three years. Is that right? The contract says nothing about paying back early.",
     [(HTB, 677), (HTB, 530)], "early repayment and interest for the actual period", BO),
    ("找朋友借了二十万，他让我把车过户到他名下当抵押，说好还清了再过回来。我现在晚了两个月，他就说车归他了要拿去卖，他能这么干吗",
     [(DB, 68)], "以车辆过户作担保（让与担保）", BO),
    ("县里一家小额贷款公司借给我五万，算下来年息三十多。听说民间借贷超过四倍LPR的不保护，这个也能套用吗",
     [(PF, 1), (MJ, 1)], "小额贷款公司的贷款是否适用民间借贷规定", BO),
    ("镇上有个“资金互助社”，没挂银行牌子，挨家挨户上门收钱，说存一万一年给一千二，我妈存了三万进去。这种合不合法",
     [(QD, 4), (QD, 3)], "变相吸收公众存款的互助社", BO),
    ("担保公司的业务员跟我说，银行贷款要是批不下来，可以直接从他们公司借钱给我，利息高一点而已。担保公司能放贷吗",
     [(RZDB, 23)], "融资担保公司不得自营贷款", BO),
    # --- mediators: village committees, court-invited and online mediation ---
    ("两家都点名要隔壁村退休的刘老师来调，他又不是我们调委会的人，能不能请他来主持",
     [(TJF, 13), (TJF, 19)], "当事人选择调委会以外的人调解", ME),
    ("调委会委员怎么产生，村支书能直接定吗",
     [(TJF, 9), (ZZTL, 3)], "村调委会委员的产生", ME),
    ("谭家两兄弟为了还钱的事在祠堂门口动起手来了，也没人来申请调解。我是等他们写个申请，还是现在就过去",
     [(TJF, 21), (ZZTL, 7)], "未经申请主动及时调解", ME),
    ("我们村调委会调好的一份协议，镇司法所看了说违反政策，要给我们纠正过来，镇里有这个权力吗",
     [(ZZTL, 10)], "基层政府对调解协议的支持与纠正", ME),
    ("刚毕业回村的大学生想进调委会当委员，要什么条件",
     [(ZZTL, 4)], "调委会委员的条件", ME),
    ("法院委派下来一个借贷纠纷，牵涉七八个出借人，案子挺复杂的，能不能两个调解员一起调？有一方说信不过我，想换人，又怎么处理",
     [(TYTJ, 13)], "特邀调解员人数与更换", ME),
    ("法院立案后委托我调的那个案子，双方谈拢了，协议也签好了。下一步是交给法院出调解书，还是让原告自己去撤诉就行",
     [(TYTJ, 20)], "委托调解达成协议后如何结案", ME),
    ("调了三轮，一方咬死要二十万，另一方只肯给五万，差太远了，我不想再调了，要走什么手续退回给法院",
     [(TYTJ, 26)], "特邀调解员终止调解并报告", ME),
    ("网上调解的时候，被告是七十多岁的老农民，没有智能手机，也不会弄视频，这种情况怎么安排",
     [(ZXTJ, 16)], "当事人不具备音视频条件", ME),
    ("立案前的在线调解，原告申请了，被告人在广东打工，打了几次电话都联系不上，我这边这个案子要怎么处理",
     [(ZXTJ, 15)], "立案前在线调解联系不上对方", ME),
    ("诉前在线调解谈成了，借款人答应分六期还，协议也在平台上签了，这就算完事了吗？出借人怕他不还，能不能让法院给个确认",
     [(ZXTJ, 20)], "立案前在线调解达成协议后的处理", ME),
    ("开庭前法院组织调解，走的简易程序，七天没谈拢，双方都说还想再谈谈，还能继续吗？会不会把审限拖过了",
     [(MSTJ, 4)], "诉讼调解期限与延长", ME),
    ("我在宁波一个街道调委会做调解员，上周调一笔欠款纠纷，被当事人家属推了一把，摔断了手腕。医药费误工谁管？单位有没有给我们买保险这个说法",
     [(NB, 29), (NB, 30)], "调解员因调解工作受伤的救助与保险", ME),
    ("I volunteer at a commercial mediation centre in Shenzhen. A mediation over a factory loan failed, and now "
     "the lender's lawyer wants to show the court the concessions the borrower offered in our sessions, and has "
     "asked me for a copy of my notes. Am I allowed to hand them over?",
     [(SZ, 40)], "confidentiality of commercial mediation in Shenzhen", ME),
    ("调解两家借钱的纠纷，借条上写的月息三分，借款人说太高了不该给这么多，我给他们讲的时候按多少算才站得住",
     [(MJ, 25)], "调解中借条约定的利率上限", ME),
]


def main() -> None:
    write(ROWS, "lh10", OUT)


if __name__ == "__main__":
    main()
