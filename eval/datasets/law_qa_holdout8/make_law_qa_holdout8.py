"""Build law_qa_holdout8.jsonl: 60 fresh held-out law-QA rows (ids lh8-001 … lh8-060).

The rows live here, in order; running this script rewrites the JSONL byte for byte the same way
(UTF-8, one compact JSON object per line, keys in a fixed order; the writer is holdout3's `write`). Run from
the repo root:

    .venv/bin/python eval/datasets/law_qa_holdout8/make_law_qa_holdout8.py
    .venv/bin/python eval/datasets/law_qa_holdout8/check.py

Held out: measured once by the lead; never tune retrieval on it. Written by a fengtiao helper on
2026-12-05 from reading the law text only (retrieval/laws.py); all people, firms and amounts are made up.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.law_qa_holdout3.make_law_qa_holdout3 import write  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "law_qa_holdout8.jsonl"

MJ = "最高人民法院关于审理民间借贷案件适用法律若干问题的规定"
DB = "最高人民法院关于适用《民法典》有关担保制度的解释"
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
ZX = "征信业管理条例"
RZDB = "融资担保公司监督管理条例"
ZZTL = "人民调解委员会组织条例"
GRXX = "个人信息保护法"
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
    # --- credit officers: banks' inclusive-finance teams, small-loan / guarantee / leasing / factoring firms ---
    ("客户老钱2019年在我们行贷了80万，他朋友拿一间商铺做的抵押。逾期以后一直没起诉，拖到现在快五年了，"
     "现在想去拍那间商铺，抵押人说早过时效了他不管，这说法站得住吗？",
     [(DB, 44)], "主债权时效届满后主张抵押权", CO),
    ("We lent to a young couple buying an off-plan flat. All we hold is a pre-registration of the mortgage "
     "(预告登记); the developer still hasn't done the building's first title registration. If they default "
     "now, do we get paid first out of the flat, and from which date does our mortgage count?",
     [(DB, 52)], "抵押预告登记的优先受偿", CO),
    ("酒店大楼去年押给我们，登记完以后老板又买了台柴油发电机组装在楼里配套用，以后处置的时候这台发电机我们能优先拿钱吗",
     [(DB, 40)], "抵押设立后新增的从物", CO),
    ("借款企业进了破产，我们这边一忙忘了申报债权，也没跟担保人打招呼。现在去找担保人，他说就因为我们没报，"
     "他本来能从破产里拿回来的那部分要扣掉，有这个道理吗",
     [(DB, 24)], "债权人未申报破产债权也未通知担保人", CO),
    ("一般保证那笔，判下来以后我们申请执行借款人，法院出了终本裁定，上个月才寄到我们手上。对保证人的时效从哪天起算？",
     [(DB, 28)], "一般保证人的诉讼时效起算", CO),
    ("最高额抵押登记的 cap 是300万，合同里我们跟客户约的是350万，另外利息、罚息、律师费算不算在这个 cap 里面？",
     [(DB, 15)], "最高额担保的债权范围与登记额不一致", CO),
    ("客户拿对一家国企的应收账款质押给我们，当时国企盖章回函确认账是真的。现在要收钱了，国企改口说货款早付过了，不认账",
     [(DB, 61)], "应收账款债务人确认后又否认", CO),
    ("借款人一批钢材放在物流公司仓库，物流公司说借款人欠他们去年的运费，把货扣着不让我们拉走处置。"
     "可这批钢材跟那笔运费压根不是一码事，他们能扣吗",
     [(DB, 62), (WQ, 448)], "企业之间留置与债权不属同一关系", CO),
    ("客户开的火锅店这两个月流水掉了一半，还被几家供应商起诉，第二笔200万按合同下周该放了，我们先停着不放，会不会算我们违约",
     [(HTB, 527), (HTB, 528)], "放款前发现借款人经营恶化", CO),
    ("借款合同我们已经发函解除、要求提前还清。保证人王姐打电话来说合同都解除了，她的担保也跟着没了，想撤出来，她还要不要担？",
     [(HTB, 566)], "借款合同解除后保证人是否脱身", CO),
    ("续贷时客户交来的报表是做出来的，营业额虚报了三倍，我们后来对了税务数据才发现，这笔贷款能怎么处理",
     [(HTB, 669), (ZZ, 148)], "借款人提供虚假财务资料", CO),
    ("经营贷放出去以后客户一直不让看账，说好每月报的报表也拖着不给，我们有没有权利查他钱到底花哪儿了",
     [(HTB, 672)], "贷后检查借款用途", CO),
    ("We factored a supplier's invoices owed by a big retailer and sent the retailer a proper notice. Now I hear "
     "the supplier and the retailer quietly agreed to knock 30% off the price over 'quality issues'. Is that "
     "price cut binding on us as the factor?",
     [(HTB, 765)], "通知后基础合同被变更对保理人", CO),
    ("有追索权的保理，到期买方没付款，我们是先找卖方回购还是直接告买方？能不能两家一块告",
     [(HTB, 766), (DB, 66)], "有追索权保理的起诉对象", CO),
    ("押给我们的小厂房，借款人最近把里面设备拆了当废铁卖，还扒了一面墙说要改造，房子越来越不值钱，我们能做啥",
     [(WQ, 408)], "抵押人行为使抵押财产减值", CO),
    ("只押了厂房没押地，地算吗",
     [(WQ, 397)], "房地一并抵押", CO),
    ("给个体户老周做的最高额抵押授信还有两年才到期，昨天听说他那套房子被别的法院查封了。额度还能接着放吗，之后放的钱还有抵押保着吗",
     [(WQ, 423)], "抵押物被查封后最高额抵押债权确定", CO),
    ("我们客户经理小刘私下跟借款人说可以缓三个月，按公司规定他根本没这个权限，借款人现在拿聊天记录说公司同意延期了，算数吗",
     [(ZZ, 170)], "员工超越内部权限的承诺", CO),
    ("借款合同做了强制执行公正，客户到期不还，是不是不用起诉直接找法院执行？找哪个法院",
     [(MSS, 249)], "公证债权文书的执行", CO),
    ("起诉了借款人，开庭那天他压根没来，电话也不接，法官会就这么判吗",
     [(MSS, 147), (MSJ, 241)], "被告不到庭缺席判决", CO),
    ("法院冻结的借款人那张卡快满一年了，freeze 到期会自动解冻吗？我们要提前办什么 renew 手续",
     [(MSJ, 485)], "冻结期限与续冻", CO),
    ("执行中借款人那台旧挖机拍了两回都流拍，法院问我们要不要拿机器抵债，我们不要的话会怎样",
     [(MSJ, 490)], "流拍财产以物抵债或退回", CO),
    ("有笔贷款拖了四年才起诉，被告开庭一个字没提时效，法官会不会主动替他说过了时效",
     [(ZZ, 193), (MSJ, 219)], "法院不主动适用诉讼时效", CO),
    ("借款公司成立第二个月，大股东就把500万注册资本转回了自己账户，现在公司还不上钱，能直接找这个股东要吗",
     [(GSF, 53)], "股东抽逃出资", CO),
    ("给我们好几笔贷款做担保的那家担保公司，股东会决定要解散了，贷款还有一年多才到期，担保责任谁来接？",
     [(RZDB, 11)], "融资担保公司解散时未到期担保", CO),
    ("法院受理了借款企业的破产申请，第三天他们财务还往我们账上转了30万还贷，管理人现在要我们退回去，凭什么",
     [(PC, 16)], "受理破产后个别清偿", CO),
    ("Our leasing firm signed a 'sale-and-leaseback' over a client's office furniture worth maybe 20k, but we "
     "advanced 500k and the 'rent' is just principal plus interest. If it ends up in court, will the judge "
     "still treat this as a finance lease?",
     [(RZZL, 1)], "名为融资租赁的认定", CO),
    ("我们是上海一家小贷公司，股东决定不干了准备解散，手上还有两百多笔没到期的贷款，要走哪些程序，这些贷款怎么安排",
     [(SH, 16)], "地方金融组织解散清算", CO),
    ("浙江的担保公司有没有牌照去哪查",
     [(ZJ, 10)], "地方金融组织名单公示", CO),
    ("温州两个客户互相拆借给厂里周转，一个说口头讲好就行，另一个说本地规定必须写合同，谁对？利息能不能先从本金里扣",
     [(WZ, 12)], "温州民间借贷书面合同与预扣利息", CO),
    # --- borrowers, private lenders and their families ---
    ("表弟问我借了5万，我明知道他是拿去澳门赌的，现在他不还了，我去告法院会支持吗",
     [(MJ, 13)], "明知借款用于赌博", BO),
    ("借给朋友开公司20万，另外找了个担保人。后来朋友因为集资诈骗被抓了，担保人说借款都涉嫌犯罪了，合同无效，他不用管，是这样吗",
     [(MJ, 12)], "借款人涉罪后担保人的抗辩", BO),
    ("前同事拿着一张20万的借条告我，说是现金给的。条子是我写的，可钱他一直没给，那么大一笔现金，法官会怎么看",
     [(MJ, 15)], "被告称借款未实际交付", BO),
    ("我没转账给表哥，是把自己一张存了8万的银行卡连密码一起给了他，让他自己取着用。这样算借出去了吗？从哪天算",
     [(MJ, 9)], "交付银行卡方式出借", BO),
    ("老公欠了别人十几万，两年半前出去打工就联系不上了，债主天天上门。我能去法院申请他失踪吗？他名下那辆车谁管，能卖了还债吗",
     [(ZZ, 40), (ZZ, 43)], "借款人下落不明的家属", BO),
    ("我爸生前借给村里王叔6万，有借条，到期快三年了。爸上个月走了，我们兄妹三个遗产还没分清，这笔钱会不会过时效",
     [(ZZ, 194)], "继承未确定时诉讼时效中止", BO),
    ("儿子在外地打工，法院寄来的传票是我帮他签收的，我也没跟他讲，这样算送到了吗？",
     [(MSS, 88)], "同住家属代收传票", BO),
    ("我爸是被执行人，欠信用社的钱还没执行完人就没了，法院现在找我和我妹，说要拿遗产还。我们要拿自己工资垫吗",
     [(MSS, 243)], "被执行人死亡以遗产偿还", BO),
    ("我老公去年住院三个月，信用卡没顾上还，现在征信上有逾期。能不能在报告上加一句是因为生病",
     [(ZX, 16)], "在征信报告上对不良信息作说明", BO),
    ("My mum's debit card was emptied by online transfers at 3am while the card sat in her drawer at home. "
     "The bank insists it was her own transaction. What proof should we gather, and who has to prove what?",
     [(YHK, 4)], "网络盗刷的举证", BO),
    ("我爸给堂哥的贷款签了字，他以为签的是见证人，其实是保正人，现在银行找他还钱，能说签错了不算吗",
     [(ZZ, 147)], "父亲误签保证合同", BO),
    ("经营贷被收财务顾问费合法吗",
     [(SYYH, 50)], "银行贷款收费", BO),
    ("仲裁裁决书三个月前收到的，感觉仲裁员根本没看我的证据，现在去法院撤销还来得及吗",
     [(ZCF, 59), (ZCF, 58)], "申请撤销仲裁裁决的期限", BO),
    ("借款 app 当初勾了同意把我信息给'合作方'做营销，现在天天接推销电话，我想 withdraw consent，app 里找不到入口咋办",
     [(GRXX, 15)], "撤回个人信息处理同意", BO),
    ("找中介办贷款先交了1万定金，说好办不下来双倍退。他拖了半年也没办成，现在只肯退一万",
     [(HTB, 587), (HTB, 586)], "贷款中介违约的定金", BO),
    # --- mediators ---
    ("我退休前是小学老师，今年六十五，村里想让我当调解员，有没有年龄或者学历要求",
     [(TJF, 14)], "人民调解员的条件", ME),
    ("当兼职调解员一年了，经常为了调解耽误自家地里的活，有没有补贴",
     [(TJF, 16), (ZZTL, 14)], "调解员误工补贴", ME),
    ("双方吵了一下午谁都不肯先开口，我这个调解员能不能直接拿个还款方案出来让他们考虑",
     [(TJF, 22)], "调解员提出解决方案", ME),
    ("街道能自己设调委会吗",
     [(TJF, 34)], "街道设立人民调解委员会", ME),
    ("调解协议书写好了，是不是双方签字就行？调委会的章要不要盖，调解员要不要签",
     [(ZZTL, 8)], "调解协议书的签章", ME),
    ("申请司法确认以后，法官打电话让借贷双方下周一起去法院当面问话，借款人说不想去，会有啥后果",
     [(SFQR, 6)], "司法确认审查中拒不接受询问", ME),
    ("法院委派过来的案子，两边都住镇上，想在镇司法所调，不去法院，能换地方吗",
     [(TYTJ, 14)], "特邀调解地点", ME),
    ("线上调解约了三次，借款人一直不上线，电话也打不通，这个调解还要拖到什么时候",
     [(ZXTJ, 25)], "在线调解程序终结", ME),
    ("One side of a loan dispute I'm handling lives in Hong Kong. Could a mediator from Hong Kong join the court's "
     "online mediation platform and take part in this case?",
     [(ZXTJ, 6)], "港澳居民入驻调解平台", ME),
    ("案子起诉到法院以后，双方私下谈好分期还款，能不能让法院把这个和解做成调解书？谈的这段时间算不算审限",
     [(MSTJ, 2)], "诉讼中和解制作调解书", ME),
    ("深圳这边调成了一份还款协议，出借人怕对方又赖账，听说可以去公证处办个什么，以后直接申请执行",
     [(SZ, 76)], "调解协议办理强制执行公证", ME),
    ("在深圳调一个合伙借款纠分，本金谈拢了利息还在吵，能不能先把本金那部分写成协议",
     [(SZ, 26)], "部分事项先行达成调解协议", ME),
    ("宁波调委会调一起民间借贷，我想弄清钱到底有没有打过去，调解员能去银行或者中间人那里了解情况吗",
     [(NB, 22)], "调解员向有关单位了解情况", ME),
    ("宁波我们小额贷款行业协会想牵头成立一个专门调金融纠纷的调委会，条例允许吗",
     [(NB, 10)], "行业性专业性调委会", ME),
    ("调一起修车纠纷：修理厂把货车扣下了，车主欠修车款3万，说一周就能凑齐，修理厂说明天就卖车，能这么快卖吗",
     [(WQ, 453)], "留置后的宽限期", ME),
]


def main() -> None:
    write(ROWS, "lh8", OUT)
    print(f"wrote {len(ROWS)} rows to {OUT}")


if __name__ == "__main__":
    main()
