"""Build law_qa_holdout15.jsonl: 60 fresh held-out law-QA rows (ids lh15-001 … lh15-060).

The rows live here, in order; running this script rewrites the JSONL byte for byte the same way
(UTF-8, one compact JSON object per line, keys in a fixed order; the writer is holdout3's `write`). Run from
the repo root:

    .venv/bin/python eval/datasets/law_qa_holdout15/make_law_qa_holdout15.py
    .venv/bin/python eval/datasets/law_qa_holdout15/check.py

Held out: measured once by the lead; never tune retrieval on it. Written by a fengtiao helper from reading the
law text only (retrieval/laws.py), as questions reaching the head of collections compliance of a made-up
foreign-invested consumer-finance company in Shenzhen (collectors and their agencies, product managers, the
bulk-litigation team, the Hong Kong parent's risk and audit staff, complaining customers and their relatives,
and mediators of the court-annexed online mediation platform); all people, firms and amounts are made up.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.law_qa_holdout3.make_law_qa_holdout3 import write  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "law_qa_holdout15.jsonl"

MJ = "最高人民法院关于审理民间借贷案件适用法律若干问题的规定"
PF = "最高人民法院关于新民间借贷司法解释适用范围问题的批复"
DB = "最高人民法院关于适用《民法典》有关担保制度的解释"
MSJ = "最高人民法院关于适用《民事诉讼法》的解释"
HTJ = "最高人民法院关于适用《民法典》合同编通则若干问题的解释"
SFQR = "最高人民法院关于人民调解协议司法确认程序的若干规定"
TYTJ = "最高人民法院关于人民法院特邀调解的规定"
MSTJ = "最高人民法院关于人民法院民事调解工作若干问题的规定"
YHK = "最高人民法院关于审理银行卡民事纠纷案件若干问题的规定"
ZXTJ = "人民法院在线调解规则"
SZ = "深圳经济特区矛盾纠纷多元化解条例"
SH = "上海市地方金融监督管理条例"
BJ = "北京市地方金融监督管理条例"
ZJ = "浙江省地方金融条例"
ZX = "征信业管理条例"
RZDB = "融资担保公司监督管理条例"
GRXX = "个人信息保护法"
SJAQ = "数据安全法"
DZQM = "电子签名法"
PC = "企业破产法"
GSF = "公司法"
SYYH = "商业银行法"
TJF = "人民调解法"
MSS = "民事诉讼法"
HTB = "合同编"
ZZ = "总则"

CO, ME, BO = "credit_officer", "mediator", "borrower"

# (question, [(instrument short_title, article)], topic, asker)
ROWS: list[tuple[str, list[tuple[str, int]], str, str]] = [
    # --- collectors, agencies, product managers, the litigation team (credit_officer) ---
    ("【外包机构提问】客户M3了，手机一直关机。我们想按他APP里授权的通讯录挨个打给他同事，只问一句“他最近还在不在公司”，"
     "不提欠款的事。这样用通讯录算不算超范围？",
     [(GRXX, 13), (GRXX, 6)], "催收打通讯录同事找人", CO),
    ("产品经理问：新版注册流程一进来就一个consent弹窗，通讯录+相册+定位三个一起勾，不勾就进不了借款页。法务说可能有问题，具体卡在哪条？",
     [(GRXX, 16), (GRXX, 14)], "APP捆绑授权不给借", CO),
    ("KYC活体要采人脸照片，隐私政策里已经写了一句“我们会收集您的面部信息”，还要不要另外单独弹窗让用户点同意？弹窗里得告诉他什么",
     [(GRXX, 29), (GRXX, 30)], "人脸信息单独同意", CO),
    ("发现我们的催收vendor把分过去的一批案子又转给一个三四个人的小工作室做，客户名单、电话、欠款额全给过去了，我们从来没书面同意过。这事怎么定性，我们自己有什么责任",
     [(GRXX, 21), (GRXX, 59)], "催收外包转委托", CO),
    ("联合贷项目，合作银行要我们把客户身份证、人脸、还款流水整包推过去给他们做风控。客户当初签的授权书只写了我司一家，现在要不要重新找客户拿同意",
     [(GRXX, 23)], "联合贷向银行提供客户信息", CO),
    ("客诉组转来：客户对征信上一笔逾期提了异议，说是我们代扣失败造成的不是他不还，人行那边已经标注了。我们作为报送方多少天内要核查完、书面回他？查实了怎么弄",
     [(ZX, 25)], "征信异议核查时限", CO),
    ("贷后想每个季度批量查一次存量客户的征信看看多头，当时授权书写的用途是“贷款审批”。现在拿来做贷后监控行不行",
     [(ZX, 18), (ZX, 20)], "贷后查征信超授权用途", CO),
    ("诉讼组：一个客户开庭说电子借款合同不是他签的，手机那阵子借给表弟用，验证码是表弟收的、表弟点的。这种签名效力怎么看，他本人要不要担责",
     [(DZQM, 15), (DZQM, 27)], "手机借人电子签名否认", CO),
    ("我们app借款合同第18条写的是“由甲方所在地人民法院管辖”，客户在黑龙江鹤岗，答辩说是格式条款、字小又没提示，要求移送到他那边。法院会支持他吗",
     [(MSJ, 31), (MSS, 35)], "点击合同管辖条款无效", CO),
    ("批量申请支付令那批，有不少客户地址是注册时随手乱填的，法院寄出去都退回来了。这些案子接下来会怎么处理？",
     [(MSJ, 430), (MSS, 225)], "支付令送达不能", CO),
    ("支付令能不能连罚息一块要？",
     [(MSJ, 428)], "支付令能否请求罚息", CO),
    ("放款当天合作的担保公司直接从放款里扣了1500“担保服务费”，合同写本金3万，客户实际到手28500。现在他起诉说这就是砍头息，法院本金会按哪个数认？",
     [(HTB, 670)], "放款时扣担保服务费", CO),
    ("转发资产处置部邮件：“Olivia好，2024年四季度已write-off的消费贷不良共2,136户，本金合计约4,870万元，拟整包转让给本地一家AMC，"
     "对价约为本金的6.5%。按惯例逐户邮寄EMS通知成本较高且大量地址失效，拟改为在《深圳特区报》刊登一次转让公告，另加APP站内信。请合规确认："
     "这样算不算通知到了借款人？如果有人没看到，事后还钱给了我们，受让方还能再找他要吗？”",
     [(HTB, 546), (HTJ, 48)], "不良打包转让通知", CO),
    ("卖出去的那批债权，受让公司起诉客户了，客户答辩说当年我们客服口头答应过他停息挂账。他这个说法能拿来对抗受让方吗？法院会不会把我们也拉进去",
     [(HTB, 548), (HTJ, 47)], "受让人起诉债务人抗辩", CO),
    ("经营贷客户的公司被法院受理破产了，我们之前诉讼保全冻结的公司账户是不是得解封？另外一个已经在执行的案子怎么办",
     [(PC, 19), (MSJ, 513)], "借款企业破产保全执行", CO),
    ("老赖照样坐飞机住五星，我们还能申请啥",
     [(MSS, 266), (MSJ, 188)], "失信人仍高消费", CO),
    ("助贷合作银行要求我们公司对导过去的贷款提供连带保证，董事长说他签个字就行。公司章程里没写对外担保谁来批，这种要不要先开董事会、股东会做个决议",
     [(GSF, 15), (DB, 7)], "公司对外担保决议", CO),
    ("借款合同里有一条提前还款收3%违约金，我们在H5页面把这条加粗了，还放了个勾选框“我已阅读并同意”。法院会认我们尽到提示义务了吗",
     [(HTJ, 10), (HTB, 496)], "勾选框提示格式条款", CO),
    ("有个助贷合作方是重庆一家持牌小贷公司，它放款APR能不能超过LPR四倍？它自己说它不算民间借贷，不受那个上限管",
     [(PF, 1), (MJ, 25)], "小贷公司利率上限", CO),
    ("渠道部拉来一家“科技公司”，说可以给我们消费贷客户做兜底，逾期它代偿。营业执照上根本没有融资担保字样，这种合作能做吗",
     [(RZDB, 6)], "无牌兜底担保合作", CO),
    ("市场部想让上海一家导流平台在短视频上投“秒批借钱、当天到账”的广告，那家平台自己没有任何金融业务资质。风险点在哪",
     [(SH, 28)], "无资质导流平台投金融广告", CO),
    ("联合贷的合作银行法务坚持：每一笔贷款银行都要跟借款人单独签书面借款合同，不能只由我们平台跟客户签。这是出自哪条规定？",
     [(SYYH, 37)], "联合贷银行须签书面合同", CO),
    ("杭州有家做“民间融资服务”的公司来谈导流合作，对方说在浙江只要到市里金融工作部门备个案就能做这块业务。这个说法靠谱吗",
     [(ZJ, 9)], "浙江民间融资服务企业备案", CO),
    # --- Hong Kong parent's risk and audit staff (credit_officer, English) ---
    ("Hi Olivia, the group risk team in Hong Kong wants to pull the full borrower file (ID scans, face images, repayment "
     "history) from the Shenzhen system every month to retrain the parent's scorecard. HK legal asks what has to be in "
     "place on the mainland side before any personal data leaves the country, and whether borrowers must be told who "
     "receives it.",
     [(GRXX, 38), (GRXX, 39)], "cross-border transfer to parent", CO),
    ("Audit question: our app quotes a daily rate plus a monthly 'membership fee'. If a borrower sues, would a PRC court "
     "apply the private-lending cap of four times LPR to us, given we are a licensed consumer finance company? Which "
     "rule decides whether that cap applies at all, and what governs our pricing instead?",
     [(MJ, 1), (HTB, 680)], "rate cap for licensed lender", CO),
    ("Incident report: one of our collection vendors left a database with about 20,000 borrower records open on a cloud "
     "server for two weeks. As the controller, whom do we have to notify, and what must the notice contain? Is there a "
     "separate data-security reporting duty on top of that?",
     [(GRXX, 57), (SJAQ, 29)], "vendor data leak notification", CO),
    ("Our HK lawyers doubt that a loan agreement 'signed' by ticking a box and typing an SMS one-time code would stand "
     "up in a mainland court. What makes an electronic signature reliable there, and does it carry the same weight as "
     "a wet-ink signature?",
     [(DZQM, 13), (DZQM, 14)], "OTP e-signature reliability", CO),
    ("Compliance review: collectors' call recordings and borrowers' contact lists are kept indefinitely 'in case of "
     "disputes', even years after accounts are settled. Is there a legal rule on how long we may keep personal "
     "information?",
     [(GRXX, 19)], "retention of collection data", CO),
    ("A rejected applicant emailed our Hong Kong office demanding to know why the model declined her. There is no human "
     "review in the flow. Is she entitled to an explanation, and can she insist on a decision that is not made purely "
     "by the algorithm?",
     [(GRXX, 24), (GRXX, 48)], "automated credit decision explanation", CO),
    ("Audit finding at our Beijing small-loan subsidiary: the banners said 'zero interest, approved in 3 minutes' while "
     "the product actually charges a service fee. Which Beijing provision does this breach, and what penalties can the "
     "local regulator impose?",
     [(BJ, 21), (BJ, 51)], "misleading loan ads Beijing", CO),
    # --- customers and relatives (borrower) ---
    ("我是你们一个客户的亲姐姐。我弟在你们APP借钱没还，你们的崔收一天七八个电话打给我，我从来没同意过把号码给你们，也不是担保人，你们凭什么用我的信息？？",
     [(ZZ, 111), (GRXX, 44)], "亲属被催收电话骚扰", BO),
    ("你们催收的把我的欠款截图和身份证照片发到我老家的家族微信群了，我老婆娘家人全看见了，我要投诉，还要索赔！",
     [(GRXX, 25), (GRXX, 69)], "欠款信息发家族群", BO),
    ("正信上突然多了一条逾期，我压根不知道。你们扣款失败也没人给我打个电话，上报之前不用先通知本人吗",
     [(ZX, 15)], "报送不良信息未告知", BO),
    ("那次逾期是因为我做手术住了两个月院，后来都还清了。能不能在征信报告上写个说明，把原因备注上去？",
     [(ZX, 16)], "征信不良信息说明", BO),
    ("我想知道你们APP到底存了我哪些资料，通讯录有没有传上去，能不能把我的数据导一份给我看看",
     [(GRXX, 45)], "查阅复制本人信息", BO),
    ("信用卡被人在网上盗刷了8千多，当时我马上报警也挂失了，银行还是算我逾期报了征信，这个能让银行撤掉吗",
     [(YHK, 14)], "盗刷后不良征信撤销", BO),
    ("办信用卡那会儿业务员啥也没讲，现在账单上一堆违约金、复利，客服说合同里写了。我当时根本没注意到这些，能不认吗",
     [(YHK, 2)], "信用卡费用条款未提示", BO),
    ("你们公司在深圳告我，法院按小额诉讼判了，说一审终审不能上诉。可判的数根本不对，我还有啥办法？",
     [(MSJ, 424)], "小额诉讼判决不服", BO),
    ("我在新疆上班，被起诉到深圳南山法院，来回机票好几千，能不能不去现场，网上开庭行不行",
     [(MSS, 16)], "异地被诉在线开庭", BO),
    ("收到法院寄来的支付令，说我欠37000多，可我只借了2万6还还过几期。要咋办，多久之内得回？直接打电话给法院说不认行吗",
     [(MSS, 227), (MSJ, 436)], "支付令异议方式期限", BO),
    ("我今天去ATM取钱才发现工资卡被冻了，打银行电话说是法院诉前财产保全，申请人就是你们公司！！我一份起诉状都没收到过，也没人通知我，"
     "卡里是我这个月全部的工资，房租、孩子学费都指着它。你们凭什么不打官司就先冻我的卡？这样合法吗，要冻到什么时候，冻错了谁赔我",
     [(MSS, 104), (MSS, 106), (MSS, 108)], "诉前保全冻结工资卡", BO),
    ("我开的小公司对公户被冻了，下个月要发工资，我愿意拿自己名下一套房子做担保，能不能先把账户解冻",
     [(MSS, 107), (MSJ, 167)], "提供担保解除保全", BO),
    ("借的钱上个月我已经按时还给原来的APP了，这个月一家什么资产管理公司发短信说债权早转给他们了，让我再还一遍。我之前根本没收到过任何通知啊",
     [(HTJ, 48)], "未通知前向原债权人还款", BO),
    ("自从在你们这借过一次钱，天天接到各种贷款推销电话，对方连我借了多少都知道，肯定是你们把我信息卖了。我怎么证明？",
     [(GRXX, 69), (GRXX, 10)], "疑似信息被出售", BO),
    ("提前还清还得把剩下几期利息全付了？？",
     [(HTB, 677)], "提前还款收全部利息", BO),
    # --- court-annexed online mediation platform (mediator) ---
    ("立案前委派过来的一个案子，借款人电话一直打不通，短信不回，调解平台上也从来没登录过。还要继续等吗？这种怎么结",
     [(ZXTJ, 15), (ZXTJ, 25)], "在线调解联系不上借款人", ME),
    ("我入驻平台当调解员之前，在一家催收外包公司做过两年法务，现在分给我的案子申请人正好是那家外包公司的委托方。需要主动说出来吗",
     [(ZXTJ, 13)], "调解员曾为催收外包工作", ME),
    ("法院一次推给我们工作室几百件同一家消金公司的诉前案子，在线调解期限是多少天？借款人同意延长的话有没有上限",
     [(ZXTJ, 24)], "诉前在线调解期限", ME),
    ("调解中借款人坚持要对还款流水做司法审计，说消金公司多扣了钱。审计花的时间算不算在调解期限里？",
     [(ZXTJ, 26)], "调解中鉴定期间", ME),
    ("调解不成。借款人全程就是拖，约了三次视频都临时放鸽子。这种情况我能不能在报告里写清楚，给法院后面参考",
     [(ZXTJ, 21)], "调解不成记录拖延行为", ME),
    ("深圳这边的一个调解：利息罚息谈崩了，但本金8万2借款人自己是认的。能不能先把本金这块记下来，后面打官司直接用",
     [(SZ, 73), (ZXTJ, 22)], "调解未成记录无争议事实", ME),
    ("消金公司的代理人找我要调解笔录，说要发到借款人家属群里“施压”，借款人那边一直求我别让他单位知道。我们调解员保密义务到哪一步",
     [(SZ, 24), (ZXTJ, 29)], "调解员保密与催收施压", ME),
    ("在深圳调委会调成了一份分期还款协议，借款人第二期就断了。消金公司问能不能拿这份协议直接去法院申请支付令，而不是再起诉一遍",
     [(SZ, 72)], "调解协议申请支付令", ME),
    ("消金公司只起诉了一笔5万的，调解的时候想把借款人另外一笔还没到期的2万也一起谈进调解书，法院会准吗？",
     [(MSTJ, 7)], "调解协议超出诉讼请求", ME),
    ("视频调解连进来一个男的，说是借款人老公，借款人住院来不了，手里拿着借款人身份证照片。我能直接跟他调吗",
     [(ZXTJ, 17)], "在线调解核实身份", ME),
    ("借款人嫌我偏向金融公司，调到一半要换调解员，能换吗",
     [(ZXTJ, 14), (TJF, 23)], "当事人要求更换调解员", ME),
    ("借款企业上周已经被法院受理破产了，我们之前调成的还款协议还没去确认，现在还能申请司法确人吗？企业还能按协议先还钱吗",
     [(MSJ, 355), (PC, 16)], "破产受理后司法确认", ME),
    ("司法确认的裁定下来十来天了，借款人打电话说调解时是被调解员逼着签的，想推翻，有没有期限？",
     [(MSJ, 372)], "确认裁定异议期限", ME),
    ("调解协议里利息是按原合同年化36%一直算到今天的，我们调解员要不要提醒一下？拿去司法确认会不会被驳回",
     [(MSJ, 358), (SFQR, 7)], "高利率调解协议司法确认", ME),
    ("有家消金公司私下说按结案数给调解员发“绩效奖励”，一件50块。我们特邀调解员能收吗",
     [(TYTJ, 28)], "调解员收当事人奖励", ME),
]


def main() -> None:
    write(ROWS, "lh15", OUT)


if __name__ == "__main__":
    main()
