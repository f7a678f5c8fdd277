"""Build law_qa_holdout21.jsonl: 60 fresh held-out law-QA rows (ids lh21-001 … lh21-060).

The rows live here, in order; running this script rewrites the JSONL byte for byte the same way
(UTF-8, one compact JSON object per line, keys in a fixed order; the writer is holdout3's `write`). Run from
the repo root:

    .venv/bin/python eval/datasets/law_qa_holdout21/make_law_qa_holdout21.py
    .venv/bin/python eval/datasets/law_qa_holdout21/check.py

Held out: measured once by the lead; never tune retrieval on it. Written by a fengtiao helper from reading the
law text only (retrieval/laws.py), as the questions that reach 何丽娟, case secretary of a made-up 仲裁委员会 in
Nanchang (江西) handling online-lending and bank-card disputes; all people, firms, places of work and amounts are
made up.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.law_qa_holdout3.make_law_qa_holdout3 import write  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "law_qa_holdout21.jsonl"

MJ = "最高人民法院关于审理民间借贷案件适用法律若干问题的规定"
PF = "最高人民法院关于新民间借贷司法解释适用范围问题的批复"
MSJ = "最高人民法院关于适用《民事诉讼法》的解释"
HTJ = "最高人民法院关于适用《民法典》合同编通则若干问题的解释"
YHK = "最高人民法院关于审理银行卡民事纠纷案件若干问题的规定"
RZZL = "最高人民法院关于审理融资租赁合同纠纷案件适用法律问题的解释"
SFQR = "最高人民法院关于人民调解协议司法确认程序的若干规定"
TYTJ = "最高人民法院关于人民法院特邀调解的规定"
MSTJ = "最高人民法院关于人民法院民事调解工作若干问题的规定"
ZXTJ = "人民法院在线调解规则"
SZ = "深圳经济特区矛盾纠纷多元化解条例"
NB = "宁波市人民调解条例"
WZ = "温州市民间融资管理条例"
ZJ = "浙江省地方金融条例"
SH = "上海市地方金融监督管理条例"
BJ = "北京市地方金融监督管理条例"
ZX = "征信业管理条例"
ZZTL = "人民调解委员会组织条例"
GRXX = "个人信息保护法"
DZQM = "电子签名法"
SYYH = "商业银行法"
TJF = "人民调解法"
ZCF = "仲裁法"
MSS = "民事诉讼法"
HTB = "合同编"
ZZ = "总则"

CO, ME, BO = "credit_officer", "mediator", "borrower"

# (question, [(instrument short_title, article)], topic, asker)
ROWS: list[tuple[str, list[tuple[str, int]], str, str]] = [
    # --- arbitrators, 何丽娟 herself, a court 执行局 clerk, the 调解中心 next door (mediator, 001-020) ---
    ("何秘书，3号庭那个网贷案子，被申请人短信、EMS都送到了，开庭通知也签收了，人就是不来，答辩书也冇交。"
     "我这边可以直接缺席裁决吧？还要不要再通知一次？",
     [(ZCF, 42), (ZCF, 25)], "arbitration: respondent absent after written notice, default award", ME),
    ("被申请人第一次开庭才讲他从来冇签过仲裁协议，要我们委里先定效力；结果他同一天又跑到中院申请确认仲裁协议无效。"
     "两边都在审，到底听哪边的？",
     [(ZCF, 20)], "arbitration: objection to arbitration agreement both at commission and court", ME),
    ("我以前给这家消费金融公司当过两年常年法律顾问，今天第二次开庭，被申请人的代理人才提出要我回避。"
     "已经开过一次庭了他还能提吗？回不回避谁说了算？",
     [(ZCF, 34), (ZCF, 35), (ZCF, 36)], "arbitration: arbitrator's former client, late recusal request", ME),
    ("您好，我是区法院执行局的书记员。手上有件执行案，依据是贵委的网贷裁决。被执行人提了不予执行，"
     "说仲裁通知全发到他一个停用多年的QQ邮箱，他根本不晓得开过庭。这种情况对得上法律里哪一项？",
     [(MSS, 248), (ZCF, 63)], "enforcement: non-enforcement for lack of notice in online-loan award", ME),
    ("执行款都快划完了，被执行人这时候才来递申请，要求法院对这份裁决不予执行，还来得及不？",
     [(MSJ, 479)], "enforcement: late application not to enforce an award", ME),
    ("裁决第三项判了一笔“贷后管理服务费”，仲裁条款只约定借款合同争议，这笔费用是另一份服务协议的。"
     "本金利息部分冇问题，执行局能不能只把这一项拿掉不执行，其余照执行？",
     [(MSJ, 475)], "enforcement: partial non-enforcement of an award", ME),
    ("我院裁定对一份网贷仲裁裁决不予执行后，申请人律师又来递执行异议，要求复议。这个我们收不收？"
     "他们下一步还能走么子路？",
     [(MSJ, 476), (ZCF, 9)], "enforcement: no objection after non-enforcement ruling; new arbitration or suit", ME),
    ("糟了，裁决书第二页把本金写成38000，实际是35800，两边都签收了。还能改不？有冇时间限制？",
     [(ZCF, 56)], "arbitration: correcting a figure in an award", ME),
    ("消费金融这批案子合同里写的是“可书面审理”，但这个被申请人坚持要当面开庭，说书面审他讲不清楚。"
     "双方其实冇另外签过不开庭的协议，我们还能照书面审吗？",
     [(ZCF, 39)], "arbitration: written procedure without an agreement not to hold hearing", ME),
    ("有两个案子看着不对劲：申请人跟被申请人是表兄弟，借条金额80多万，被申请人全部认账，"
     "而他那套房子已经被别的法院查封了，仲裁申请里要求把房子抵给申请人。我们该怎么处理，会有么子后果？",
     [(MSS, 116), (MSJ, 477)], "arbitration: suspected collusive arbitration to move seized property", ME),
    ("双方在庭上调好了，借款人同意分12期还，平台要我们出调解书。借款人说签收之前他还要回去跟屋里商量，"
     "万一签收前他又不认了，我们怎么办？",
     [(ZCF, 52), (ZCF, 51)], "arbitration: mediation statement not yet signed for, party withdraws", ME),
    ("申请人平台跟借款人私下和解了，平台撤回了仲裁申请。两个月后借款人一分钱冇还，平台问能不能回来重新申请，"
     "要不要重新签仲裁协议？",
     [(ZCF, 50)], "arbitration: settlement, withdrawal and regret", ME),
    ("隔壁调解中心的刘姐问：我们调好了一件信用卡欠款，银行和持卡人都签了字，银行想去法院做司法确认。"
     "要两个人一起去申请吗？多少天以内？要带什么材料？",
     [(TJF, 33), (SFQR, 3)], "people's mediation: judicial confirmation of a credit-card settlement", ME),
    ("我们中心跟仲裁委搞诉调、仲调衔接，听说深圳那边规定调解时当事人留的送达地址，后面仲裁、诉讼可以直接用。"
     "这个是条例哪条讲的？",
     [(SZ, 74)], "mediation: address given in mediation reused in arbitration (Shenzhen)", ME),
    ("有件案子借款人人在宁波，说宁波他们街道人调委已经在调了，一个多月还冇调下来。宁波那边对调解期限怎么规定的？"
     "调不成他们要出么子文书？",
     [(NB, 27)], "people's mediation: time limit and termination notice (Ningbo)", ME),
    ("网贷公司和借款人在我们人民调解委员会签了还款协议，借款人回去就翻脸不认。公司问能不能拿协议直接去申请强制执行，"
     "还是得另外起诉？",
     [(TJF, 32), (TJF, 31), (ZZTL, 9)], "people's mediation: settlement broken without judicial confirmation", ME),
    ("申请人交的电子借款合同是第三方存证平台出具的，被申请人说那是平台后台自己生成的，不是他签的。"
     "我审这份电子数据的真实性，主要看哪几个方面？怎么判断签名是不是他本人的？",
     [(DZQM, 8), (DZQM, 13)], "arbitration: authenticity of an e-contract and e-signature", ME),
    ("执行局这边问一下：被执行人立案时勾了同意电子送达，我们用短信把执行通知发到他手机上，后台显示已发出，"
     "他说冇看到。送达日期按哪天算？",
     [(MSS, 90), (MSJ, 135)], "enforcement: electronic service by SMS, date of service", ME),
    ("申请人想先把被申请人名下那台车控制住，怕他卖掉。我们仲裁委自己能不能查封？要走么子程序？",
     [(ZCF, 28)], "arbitration: property preservation through the court", ME),
    ("信用卡纠纷已经在法院立了案，银行和持卡人又跑到我们调解中心来，私下谈拢了一个和解方案。"
     "能不能请法院直接照这个和解协议出调解书？谈判这段时间算不算审限？",
     [(MSTJ, 2)], "court mediation: out-of-court settlement turned into a court mediation statement", ME),
    # --- applicants' lawyers and staff of 网贷 platforms, 消费金融 firms and banks (credit_officer, 021-035) ---
    ("我们平台借款合同是点“同意并签署”生效的，仲裁条款在第18条，字体字号跟其他条款一样，也冇加粗。"
     "借款人现在说他根本冇注意到有这一条，这个仲裁条款还算数吗？",
     [(HTB, 496), (HTJ, 10)], "click-through contract: arbitration clause not highlighted", CO),
    ("裁决把我们主张的利息砍掉了大半，而且我们发现仲裁庭组成跟规则不符。公司想申请撤销裁决，"
     "向哪个法院提？期限多长？",
     [(ZCF, 58), (ZCF, 59)], "arbitration: applicant seeks to set aside an award", CO),
    ("信用卡客户三年多冇还一分钱，但我们贷后每个月都往他预留的手机号发催收短信，留了发送记录。"
     "现在起诉的话时效过了没有？",
     [(YHK, 3), (ZZ, 195)], "credit card: limitation interrupted by collection SMS", CO),
    ("我们是持牌的消费金融公司，合同年利率23.9%，借款人在仲裁里说超过了LPR四倍，要按民间借贷那个上限调。"
     "我们这种机构到底适不适用那个规定？",
     [(MJ, 1), (PF, 1)], "consumer finance company and the private-lending rate cap", CO),
    ("公司是在上海注册的小额贷款公司，合同里约定提前还款也要收满全期利息，被客户投诉了，"
     "监管说这种条款对客户不公平。条例对我们处理客户争议有么子要求？",
     [(SH, 12)], "Shanghai small-loan firm: unfair terms and complaint handling", CO),
    ("持卡人第二天就打电话说有笔取现不是他本人做的，我们支行当时冇去调ATM监控，现在录像已经被覆盖了。"
     "打官司的话这个后果是不是要我们银行担？",
     [(YHK, 5)], "bank card: bank failed to keep CCTV after customer's report", CO),
    ("我行手机银行去年上线了“小额免密支付”，默认开通的，当时冇单独告诉客户。现在有客户被网络盗刷，"
     "说他根本不晓得有这个功能，不认账。我们能要他承担吗？",
     [(YHK, 8)], "bank card: new online payment function never disclosed", CO),
    ("风控刚发现：一个借款人借款时才17岁，在读高二，用他自己身份证刷脸通过的，借了8000。现在他爸妈出面说不认，"
     "合同里的仲裁条款对他有冇效？钱还能追回来吗？",
     [(ZCF, 17), (ZZ, 145), (ZZ, 157)], "online loan to a 17-year-old: arbitration clause and restitution", CO),
    ("我们合作的电子认证服务商通知下个季度要停止CA服务了。之前几万份借款合同都是用它的证书签的，"
     "以后仲裁要调认证记录还调得到吗？它得提前多久通知、记录保存多少年？",
     [(DZQM, 23), (DZQM, 24)], "e-signature: certification provider stops service, record retention", CO),
    ("借款人逾期后在转移财产，我们还冇来得及提交仲裁申请。能不能先找法院冻结他账户？要交担保吗？"
     "冻结以后多久内必须申请仲裁？",
     [(MSS, 104)], "pre-arbitration property preservation", CO),
    ("裁决生效半年了借款人一分不还。他户籍在赣州，人在南昌打工，名下冇房冇车，只有一张工资卡在南昌开的。"
     "我们该向哪个法院申请执行？",
     [(MSS, 235), (ZCF, 62)], "enforcing an award: which court", CO),
    ("有一批两年多前的裁决，当时写的是15日内履行，我们一直冇申请执行，现在还能申请吗？"
     "被执行人会不会拿时间过了来抗辩？",
     [(MSS, 250), (MSJ, 481)], "enforcing an award: two-year limit for applying", CO),
    ("借款人绕开仲裁条款去法院起诉我们，说利息太高。我们收到传票后第一次开庭才想起来提仲裁协议，"
     "这时候提出来法院还会驳回他的起诉吗？",
     [(ZCF, 26), (MSJ, 216)], "arbitration clause raised at the first court hearing", CO),
    ("我们是北京的小贷公司，在app首页推了一个“会员提额包”，198块一个月，被客户投诉说我们冇说清楚这是额外收费。"
     "北京条例对向客户提示信息是怎么要求的？",
     [(BJ, 20)], "Beijing small-loan firm: disclosure of fees to consumers", CO),
    ("温州的同事问：借款在温州做过民间借贷备案，现在借款人不还，我们向仲裁委申请仲裁，"
     "这些备案材料在仲裁里能当多硬的证据？",
     [(WZ, 17)], "Wenzhou private-lending filing used as evidence in arbitration", CO),
    # --- respondents / borrowers and their families (borrower, 036-060) ---
    ("我在一个app上借了3000块，就点了个同意，从来冇签过纸质合同，也不晓得里面有仲裁条款。"
     "现在收到你们仲裁委的短信说要开庭，这种网上点一下的条款对我有效吗？",
     [(ZCF, 16), (HTB, 469)], "click-through arbitration clause: written form", BO),
    ("听讲仲裁是一裁终局，裁下来我还能不能去法院再告一次？",
     [(ZCF, 9)], "arbitration: finality of the award", BO),
    ("裁决要我还平台1.2万，其中有3000是“会员费”，我从来冇开过会员，借款合同里也冇这一项。"
     "裁决书上个月20号收到的，现在想去撤销来得及吗？",
     [(ZCF, 58), (ZCF, 59)], "borrower seeks to set aside an award including membership fees", BO),
    ("平台拿出来的那份借款合同上的电子签名根本不是我签的，是我弟弟拿我身份证和手机号搞的。"
     "裁决书已经下来了，法院现在要执行我，我能提么子？",
     [(MSS, 248), (DZQM, 32)], "forged e-signature behind an award, non-enforcement", BO),
    ("仲裁开庭会不会让别人旁听？我怕单位同事晓得我欠网贷。",
     [(ZCF, 40)], "arbitration: hearing not public", BO),
    ("我信用卡昨天半夜在广州被刷了两万，卡和手机一直在我身上，我人在南昌睡觉。银行还要我按期还这两万，"
     "说先还了再说，我要还吗？",
     [(YHK, 6), (YHK, 7)], "credit card cloned and used in another city", BO),
    ("在网上办的“以租代购”买了台二手车，合同叫融资租赁，首付都是我出的，车登记在我名下。现在逾期两期，"
     "公司说车是他们的要拖走。这到底是租还是借钱？",
     [(RZZL, 1)], "online 'lease-to-own' car deal: lease or loan", BO),
    ("信用卡欠了四万，银行起诉要我出透支的利息、利滚利，还有违约金，加起来快赶上本金了。我可以要求少算一点吗？",
     [(YHK, 2)], "credit card: reducing overdue interest, compound interest and penalties", BO),
    ("我有张信用卡是五年前欠下的，这几年银行只打过几次电话，冇发过短信也冇寄过信。现在突然起诉我，"
     "我能不能讲已经过了诉讼时效？",
     [(ZZ, 188), (YHK, 3)], "credit card debt five years old: limitation defence", BO),
    ("我崽今年16岁，还在读书，在网上借了两万多充游戏，平台讲他是本人刷脸认证的。现在平台申请仲裁要我们还，"
     "我们做爷娘的从来冇同意过，这钱要还吗？",
     [(ZZ, 19), (ZZ, 145)], "16-year-old's online loan: parents never consented", BO),
    ("我在一个助贷平台填过资料，冇借成。后来天天接到各种贷款推销电话，还有人叫得出我名字和单位，"
     "我怀疑是平台把我的信息卖了。可以告它吗？要我自己证明它有过错吗？",
     [(GRXX, 10), (GRXX, 69)], "lending-referral platform suspected of selling applicant data", BO),
    ("催收打电话给我姑姑，讲我借款时填了她做紧急联系人，但我从来冇填过她，也冇给过她号码。"
     "放款的是浙江一家网络小贷公司，我想去投诉，有冇地方管？",
     [(GRXX, 13), (ZJ, 7)], "collection calls to an aunt never given as contact; complaint (Zhejiang)", BO),
    ("征心报告上显示我有一笔网贷逾期90天，但那笔我是按时还清了的，是平台系统出错。我要怎么提异议？"
     "他们不理我怎么办？",
     [(ZX, 25), (ZX, 26)], "credit report: wrong overdue record, dispute and complaint", BO),
    ("征信报告查询记录里有家网贷机构，我从来冇申请过它家的贷款，它凭么子可以查我的征信？",
     [(ZX, 18)], "credit report queried without consent", BO),
    ("合同上写的年利率才15%，但每个月还要扣“担保费”“信息服务费”，我算了下加起来超过36%了。"
     "仲裁的时候这些费用能不能跟利息合起来算，超过的部分还要给吗？",
     [(MJ, 29), (MJ, 25)], "online loan: fees plus interest over the cap", BO),
    ("手机丢了，隔了三天才去补卡挂失。平台说这期间用我手机签了一份借款合同，电子签名是我的，要我还。"
     "手机丢了我就要负责吗？",
     [(DZQM, 15), (DZQM, 27)], "lost phone used to e-sign a loan", BO),
    ("去年裁决被法院执行，我工资卡被划走了6000块。后来法院把那份裁决撤销了，划走的钱能退回来吗？",
     [(MSS, 244)], "award set aside after enforcement: restitution", BO),
    ("催收员居然晓得我银行卡上还有多少钱，是不是银行把我的存款情况告诉了他们？银行可以随便给别人查吗？",
     [(SYYH, 29), (GRXX, 10)], "collector knows the borrower's bank balance", BO),
    ("借款合同里有仲裁条款，但我想直接去法院告平台乱收费，法院收不收？",
     [(ZCF, 5), (MSJ, 215)], "borrower suing in court despite an arbitration clause", BO),
    ("平台喊我去调解中心调解，我不想调，搞么子一定要我去？",
     [(TJF, 17), (TJF, 23)], "refusing people's mediation", BO),
    ("银行起诉我信用卡的事，法院立案前转给一个调解组织在网上调，调了一个多月还冇结果，天天打电话。"
     "这个线上调解要搞好久？可以不调了吗？",
     [(ZXTJ, 24), (TYTJ, 27)], "online pre-filing mediation dragging on", BO),
    ("我老婆背着我拿我的手机和身份证在网上借了三万，电子合同上是我的名字。现在仲裁要我还，我根本不晓得这件事，"
     "我要认吗？",
     [(ZZ, 171), (DZQM, 32)], "wife borrowed online in husband's name", BO),
    ("银行发短信说我信用卡逾期，但那张卡是别人冒用我身份证办的，征信上也挂了不良。怎么让银行把记录撤掉？",
     [(YHK, 14), (ZX, 25)], "card opened with a stolen ID, bad credit record", BO),
    ("裁决书收到已经七个月了，我才找到律师，律师讲撤销要六个月内提。现在平台在法院申请执行我了，"
     "我还有冇别的办法？",
     [(MSJ, 479), (ZCF, 63)], "after the set-aside deadline: non-enforcement during enforcement", BO),
    ("仲裁委发短信讲我被申请仲裁了，我在外地打工回不来，想请我表哥代我去，要办么子手续？",
     [(ZCF, 29)], "authorising a relative to act in arbitration", BO),
]


def main() -> None:
    write(ROWS, "lh21", OUT)


if __name__ == "__main__":
    main()
