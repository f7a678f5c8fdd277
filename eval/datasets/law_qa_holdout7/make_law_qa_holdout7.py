"""Build law_qa_holdout7.jsonl: 60 fresh held-out law-QA rows (ids lh7-001 … lh7-060).

The rows live here, in order; running this script rewrites the JSONL byte for byte the same way
(UTF-8, one compact JSON object per line, keys in a fixed order; the writer is holdout3's `write`). Run from
the repo root:

    .venv/bin/python eval/datasets/law_qa_holdout7/make_law_qa_holdout7.py
    .venv/bin/python eval/datasets/law_qa_holdout7/check.py

Held out: measured once by the lead; never tune retrieval on it. Written by a fengtiao helper on
2026-12-05 from reading the law text only (retrieval/laws.py); all people, firms and amounts are made up.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.law_qa_holdout3.make_law_qa_holdout3 import write  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "law_qa_holdout7.jsonl"

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
ZZTL = "人民调解委员会组织条例"
GRXX = "个人信息保护法"
DZQM = "电子签名法"
PC = "企业破产法"
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
    # --- guarantee company chasing the borrower after paying the bank (追偿) ---
    ("我们担保公司去年替客户还了银行80万，后来才发现那笔贷款早就过了诉讼时效，当时业务员其实知道，还是照付了。"
     "现在找借款人要钱，他说过时效了一分不认，我们还能追吗？",
     [(DB, 35)], "明知主债权已过时效仍代偿后追偿", CO),
    ("借款企业（做五金的）被法院受理破产了，我们上个月刚替它给农商行代尝了120万，这钱在破产程序里怎么报？"
     "另外还有一笔没到期的担保也要一起报吗",
     [(PC, 51)], "代偿后在债务人破产中申报求偿权", CO),
    ("有个操作想问下：我们和借款公司老板个人一起给一笔贷款做担保，银行要处置，我们没直接代偿，而是从银行手里把这笔债权买了下来。"
     "买完以后能不能以新债权人的身份让老板个人把全额都还了？",
     [(DB, 14)], "共同担保人之一受让债权后向其他担保人主张", CO),
    ("担保合同后来被法院认定无效了，我们还是按判决赔了银行一部分钱。当初借款人的朋友刘某给我们签了反担保，"
     "现在刘某说担保都无效了他那份也不算数，这说法站得住吗",
     [(DB, 19)], "担保合同无效后向反担保人追偿", CO),
    ("银行那笔300万我们只替客户还了一半，剩下一半银行还在追。客户名下就一套厂房，我们和银行都盯着这厂房，"
     "拍了钱我们能跟银行平起平坐分吗？",
     [(HTB, 700)], "部分代偿后追偿不得损害债权人", CO),
    ("代偿后追偿时效咋算",
     [(ZZ, 188)], "追偿权的诉讼时效起算", CO),
    ("我们委保合同里约定：代偿后借款人每天按代偿款千分之三付违约金。现在起诉追偿，对方律师说这个太狠了要求法院调低，"
     "一般会调到什么程度？",
     [(HTB, 585), (HT, 65)], "委托担保合同违约金过高被请求调减", CO),
    ("Our guarantee company paid off a client's bank loan in full, including default interest the bank charged that "
     "turned out to be more than the borrower actually owed under the loan terms. The borrower now only wants to "
     "reimburse us the lawful amount. Can we still get the extra part back from somebody?",
     [(DB, 3)], "担保人多付部分向债务人追偿的范围及向债权人返还", CO),
    ("转发同事的话：“客户张老板拿他老婆名下的商铺给咱们做反担保，去不动产登记中心办抵押，窗口说担保公司又不是银行，这类登记不给办。”"
     "请问登记中心这么说有依据吗？",
     [(RZDB, 20), (WQ, 387)], "向融资担保公司提供反担保抵押的登记", CO),
    # --- other credit-officer questions ---
    ("我们是绍兴一家小贷公司，客户拿货车做抵押，车管所那边推三阻四，说只给银行办抵押登记，我们这种地方金融组织有没有说法？",
     [(ZJ, 37)], "浙江地方金融组织办理抵押登记", CO),
    ("借款企业给关联公司的贷款做担保，没开股东会，但三个股东里合计占七成股份的两个人都在担保合同上签了字，这个担保公司能赖掉吗",
     [(DB, 8)], "未决议但三分之二以上股东签字的公司担保", CO),
    ("对方是A股上市公司，给它子公司的贷款做guarantee。他们财务发来一份董事会决议扫描件，但交易所网站上查不到公告。"
     "这个guarantee有效吗？需要我们自己去查announcement吗",
     [(DB, 9)], "上市公司担保未公开披露", CO),
    ("客户想拿自己在村里盖的厂房抵押，没办规划许可也没产权证，抵押合同签了算不算数？要是开庭前补办了手续呢",
     [(DB, 49)], "违法建筑抵押的效力", CO),
    ("客户拿一张六个月的银行承兑汇票给我们做质押，背书那栏要怎么写，票要不要拿到我们手上？",
     [(DB, 58)], "汇票质押的设立", CO),
    ("质呀合同签了，车钥匙和车还在客户自己手里天天开，这个质押到底成了没有",
     [(WQ, 429)], "动产质权以交付设立", CO),
    ("A client wants to pledge his 40% stake in a trading company to us as collateral for a working-capital loan. "
     "When does our security interest actually come into being, and can he sell the shares to someone else afterwards?",
     [(WQ, 443)], "股权质押的设立与出质后转让", CO),
    ("我们打算把一批带房产抵押的不良贷款转给另一家公司。对方担心抵押登记上还是我们名字，转过去以后抵押还跟着走吗？要不要先去变更登记",
     [(WQ, 407), (HTB, 547)], "债权转让时抵押权随之转让", CO),
    ("连带保证的那个担保人，保证期间快到了，我们上个月寄了催款函给他本人签收。那接下来三年的时效从哪天开始算",
     [(HTB, 694)], "保证债务诉讼时效的起算", CO),
    ("借款公司的会计拿着公章、营业执照原件和法人身份证复印件来签的借款合同，现在老板说他压根不知道，会计没授权。"
     "我们放出去的钱找公司要得回来吗",
     [(ZZ, 172)], "表见代理签订借款合同", CO),
    ("我们格式合同里写了“发生争议由贷款人所在地法院管辖”，客户大多在外省，这条到底有没有用",
     [(MSS, 35)], "协议管辖条款", CO),
    ("合同里有arbitration clause，约定去市仲裁委。结果客户先去法院把我们告了，我们法务第一次开庭时没提仲裁的事，"
     "现在还能要求转去仲裁吗",
     [(ZCF, 26)], "有仲裁协议被诉而首次开庭前未异议", CO),
    ("借款企业减资 我们是债权人 能要求提前还或者加担保吗",
     [(GSF, 224)], "公司减资时债权人的权利", CO),
    ("We signed a 2 million facility with a furniture maker and disbursed only the first half. Now a court has "
     "accepted its bankruptcy petition. Do we still have to pay out the second half, and what happens if the "
     "administrator never tells us anything?",
     [(PC, 18)], "破产受理前未履行完毕的借款合同", CO),
    ("支行长说是老客户了，先把50万打过去，合同过两天补签，审批也回头再走流程。这样操作有没有问题",
     [(SYYH, 37), (SYYH, 35)], "银行放款前的书面合同与审查", CO),
    ("客户电话里同意了，就能查他征信吗",
     [(ZX, 18)], "查询个人信用信息的书面同意", CO),
    ("贷后催收要用客户申请时留的手机号和单位地址，合规说要再让客户点一次同意，真的有必要吗？",
     [(GRXX, 13)], "履行合同所必需处理个人信息", CO),
    ("上海这边我们公司没拿到小贷牌照，只做助贷获客，想在短视频平台投“低息快贷”的广告，平台非要我们交资质证明，不交就不给投，这合理吗",
     [(SH, 28)], "无资质金融营销宣传及广告发布者查验", CO),
    ("北京的小贷公司，股东决定不做了，手里还有两千多万贷款没收回来，不干了要走什么手续",
     [(BJ, 22)], "北京地方金融组织退出业务", CO),
    ("Leasing company here. The lessee of three excavators has skipped two monthly rents; our contract does not say "
     "anything specific about when we may terminate. Can we end the lease and take the machines back right now?",
     [(RZZL, 5)], "融资租赁欠租解除合同的条件", CO),
    ("客户线上签的借款合同，签名是第三方平台做的电子签，现在他说不是本人签的，这种电子签名在法院认不认",
     [(DZQM, 13), (DZQM, 14)], "可靠电子签名的效力", CO),
    # --- private persons who lent to friends or relatives, and other borrowers ---
    ("2018年借给表哥6万块，当时没说啥时候还，这几年一直没催过，现在他家都买新车了，我想要回来，会不会已经过时效了",
     [(HTB, 675), (ZZ, 188)], "未约定还款期限的亲戚借款与时效", BO),
    ("我从银行卡转给发小3万块，没打借条。我去要钱，他说那是还我以前欠他的钱，这咋办啊",
     [(MJ, 16)], "仅有转账凭证被告称系还款", BO),
    ("朋友借我的钱一直赖着，我打电话时偷偷录了音，他在电话里承认欠我5万，这个录音法院认吗",
     [(MSJ, 106)], "偷录电话录音能否作证据", BO),
    ("前女友谈恋爱时陆续跟我拿了十几万说周转，现在分手了她说都是我自愿送的。到底是我证明是借的还是她证明是送的？",
     [(MSJ, 91), (MSJ, 90)], "借款还是赠与的举证责任", BO),
    ("姐夫找我借了20万，借条上写月息3分，现在他说利息太高不给，我最多能要多少利息",
     [(MJ, 25)], "亲属借款约定利率的上限", BO),
    ("我在成都，借钱给在昆明的老同学，借条里没写在哪打官司，我能在成都起诉他吗",
     [(MSS, 24), (MSJ, 18)], "民间借贷案件的管辖法院", BO),
    ("办网贷时一长串协议我直接点了同意，后来才知道里面有一条允许他们查我征信，当时那行字小得根本看不见，这样的授权算数吗",
     [(ZX, 19)], "格式条款取得征信授权的提示", BO),
    ("I repaid a loan app last year but they keep calling me about 'new offers'. I want to see exactly what personal "
     "data of mine they still hold and get a copy. Do they have to give it to me?",
     [(GRXX, 45)], "向贷款平台查阅复制个人信息", BO),
    ("银行批了80万经营贷，说好月初放款，拖了一个多月还没到账，我进货的定金都赔进去了，这损失能找银行赔吗",
     [(HTB, 671)], "贷款人未按约定放款的赔偿", BO),
    ("卡里的钱被人用快捷支付刷走了2万，我办卡的时候柜员从没说过这卡开通了网上支付，银行现在说是我自己泄露了验证码，这责任该谁担",
     [(YHK, 8)], "未告知网络支付功能的盗刷责任", BO),
    ("被法院执行，工资卡每个月全部划走，家里老人孩子都指着这点钱吃饭，法院能一分都不留吗",
     [(MSS, 254)], "执行收入须保留生活必需费用", BO),
    ("房子拍卖多出来的钱归谁",
     [(WQ, 413)], "抵押物拍卖价款超过债权的归属", BO),
    ("贷款银行让我找担保公司，担保公司一开口就要收3个点的担保费，这个费率有没有上限，谁说了算",
     [(RZDB, 19)], "融资担保费率的确定", BO),
    ("在温州借给老乡50万，按规定去做了备案。现在他不还钱要打官司，备案的那些材料法院会当回事吗",
     [(WZ, 17)], "温州民间借贷备案材料的证明力", BO),
    ("我妈在镇上的互助会放了8万块，后来被政府取缔了在清退，分给我们的钱比别人少一大截，跟清退组说不通，能去法院告吗",
     [(QD, 21)], "清理清退纠纷的解决途径", BO),
    # --- mediators ---
    ("调委会新来的主任要求每个案子都得有书面记录，协议书还要立卷，以前我们口头调完就算了，这是规定要求的吗",
     [(TJF, 27)], "调解记录与档案", ME),
    ("有当事人举报我们调委会一个调解员收了对方两条烟和一个红包，这种情况一般怎么处理，会被解聘吗",
     [(TJF, 15), (ZZTL, 12)], "调解员收受财物的处理", ME),
    ("深圳这边调一起借款纠纷，调到一半才发现债务人早就还过一部分，债权人一直瞒着没说。这种还要继续调下去吗",
     [(SZ, 28), (TJF, 24)], "当事人隐瞒事实时终止调解", ME),
    ("调了两次，欠钱那方突然说不调了要去法院起诉，村干部让我劝他别去法院，我能拦着不让他告吗",
     [(TJF, 3), (TJF, 23)], "调解不得阻止当事人起诉", ME),
    ("两边在村调委会签了还款协议，想一起去法院做个确认，法院那边收不收费用？",
     [(SFQR, 11)], "司法确认是否收费", ME),
    ("协议里借款人只肯写“有钱了就还”，没写金额也没写期限，这种拿去法院能确认吗",
     [(SFQR, 7)], "内容不明确的调解协议不予确认", ME),
    ("法院立案前把一个借款纠纷委派给我们调，调解期限是多长？双方都想多谈几天，申清延长可以吗",
     [(TYTJ, 27)], "委派调解的期限", ME),
    ("线上调解平台派给我一个case，我发现出借方的代理律师是我以前同事的老公，需不需要disclose，还能不能继续调",
     [(ZXTJ, 13)], "在线调解人员的披露义务", ME),
    ("网上调了三轮没谈拢，被告一直拖着不上线，调解不成我这边要做什么，案子会自己转到法院立案吗",
     [(ZXTJ, 21)], "在线调解不成后的处理", ME),
    ("法院出的调解书把还款金额12.8万写成了18.2万，跟我们当时签的调解协议对不上，这个能改吗",
     [(MSTJ, 13)], "调解书与调解协议不一致的补正", ME),
    ("法院调解时双方约定拿借款人的一辆宝马抵债，可这车早就押给了汽车金融公司，车给了出借人以后金融公司还能来拿车吗",
     [(MSTJ, 16)], "调解书给付物上已有的第三人权利", ME),
    ("我们在深圳成立了一家商事调解中心，专门调金融借款纠纷，收费能自己定吗，要不要对外公开",
     [(SZ, 38)], "深圳商事调解收费", ME),
    ("某银行的法务打电话给我，想打听上周在深圳调解时借款人提到的其他几笔欠款，我可以跟他说吗",
     [(SZ, 24)], "调解员的保密义务", ME),
    ("宁波这边有当事人点名不要某个调解员，说他跟对方认识，要换人，我们调委会得怎么办",
     [(NB, 21), (TJF, 23)], "当事人选择调解员", ME),
    ("我是法院的特邀调解员，一方当事人说我强压着他签协议，要去法院投诉我，法院一般会怎么处理",
     [(TYTJ, 28)], "特邀调解员强迫调解的投诉处理", ME),
]


def main() -> None:
    write(ROWS, "lh7", OUT)


if __name__ == "__main__":
    main()
