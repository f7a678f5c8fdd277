"""Build cases.jsonl for chat_questions_holdout23 (author 25). Rows are held literally below, written by hand.

Run: .venv/bin/python eval/datasets/chat_questions_holdout23/make_cases.py
Validates the rows (the asserts in the brief) and writes cases.jsonl (sorted keys, UTF-8, one object per line).
"""
from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

SOURCES = ("regulations", "documents", "warnings", "invoice_summary", "score", "contract_review",
           "contract_check", "rate_check")
BORROWER_SOURCES = {"documents", "warnings", "invoice_summary", "score", "contract_review"}

ZCH = "钟春华（普惠金融部）"
LZQ = "赖志强（南康支行客户经理，家具作坊/板材商）"
LGY = "刘桂英（信丰/安远支行客户经理，脐橙果园/合作社/冷库）"
ZXP = "曾宪平（兴国支行客户经理，油茶林/茶油加工）"
XJJ = "肖建军（泰和/永丰支行客户经理，蔬菜大棚）"
XWH = "谢文辉（龙南/定南支行客户经理，矿山配套运输车队/挂靠货车）"
ZLP = "钟丽萍（瑞金/井冈山支行客户经理，红色旅游民宿/农家乐）"
HHY = "黄海燕（于都支行客户经理，个体超市/返乡电商直播带货）"
WGH = "温国华（石城支行客户经理，脱贫户小额信贷）"
ZXD = "朱晓东（贷后管理）"
QHT = "邱海涛（风险管理部）"
CF = "陈芳（合规部）"
LWG = "李卫国（南康支行行长，转贷审会问题）"
GM = "郭敏（金融监管分局检查人员）"

R, D, W, I, S = "regulations", "documents", "warnings", "invoice_summary", "score"
CR, CC, RC = "contract_review", "contract_check", "rate_check"

# (id, asker, borrower_in_focus, lang, needs, optional, question, note[, names_code])
ROWS = [
    ("cqx-001", ZCH, True, "zh", [S], [], "佢评分好多咯", "score, 6 chars, 客家 佢/好多"),
    ("cqx-002", LZQ, True, "zh", [I], [],
     "嗯帮我看下佢屋里这半年开票系么子趋势，销项有冇往下掉", "invoice trend; 嗯 = 你"),
    ("cqx-003", LGY, True, "zh", [W], [],
     "这个果园老板落信丰那边有冇官司啵？我听讲佢跟冷库老板扯皮好久了", "lawsuits → warnings"),
    ("cqx-004", LGY, True, "zh", [CC], [CR, R],
     "这系我们跟合作社签的订单融资合同第七条：“借款人应将与买方签订的脐橙购销订单项下全部应收款项的回款账户指定为"
     "贷款人处开立的监管账户，买方付款未进入监管账户的，贷款人有权宣布贷款提前到期，并要求借款人按未回款金额的百分之"
     "十支付违约金。”买方要系直接打到合作社对公户，算不算违约？这条写得有冇问题",
     "our 订单融资 clause quoted ≥80 → contract_check; stored contract → contract_review optional"),
    ("cqx-005", WGH, True, "zh", [RC], [R],
     "石城有个脱贫户，小额信贷5万，合同年利率3.45%，村里有人讲佢还另外给了中介800块，搞么子算下来实际年化好多？",
     "total cost with a side fee → rate_check; whether a 中介 fee is allowed only optional"),
    ("cqx-006", CF, False, "zh", [R], [],
     "脱贫人口小额信贷现在还系免担保免抵押、基准利率放款么？这个政策延到么子时候", "policy → regulations only"),
    ("cqx-007", XWH, True, "zh", [W], [],
     "佢车队给石灰石矿拉货的那几台挂靠货车有冇被查封或者被直行的", "查封 / 被执行 (voice slip 被直行) → warnings"),
    ("cqx-008", XWH, True, "zh", [CC], [CR, R],
     "我们车辆抵押合同第五条写的：“抵押期间抵押人不得转让、出租或以挂靠方式交由他人运营抵押车辆，抵押车辆发生交通"
     "事故或被扣押的，抵押人应在二十四小时内书面通知抵押权人，否则抵押权人有权要求提前清偿全部借款。”佢的车本来就系"
     "挂靠在运输公司名下的，这条会不会搞出问题", "our 车辆抵押 clause quoted → contract_check"),
    ("cqx-009", ZLP, True, "zh", [D], [],
     "瑞金那个民宿老板上次交的营业执照、特种行业许可证和消防验收落档案里冇？帮我翻下", "stored files → documents"),
    ("cqx-010", ZLP, False, "zh", [R], [],
     "农家乐用宅基地上自建的房子能不能做抵压贷款？冇房产证的又怎么搞", "law; voice slip 抵压 = 抵押"),
    ("cqx-011", HHY, True, "zh", [I], [],
     "佢讲直播带货一个月流水有80w，嗯看下佢实际开票开了好多", "claimed 流水 vs 开票 → invoice_summary"),
    ("cqx-012", HHY, True, "mixed", [I], [],
     "佢发来的抖店回款明细：“2026-11-03 结算 订单128笔 货款¥46,820.50 扣技术服务费¥2,341.03 实际到账¥44,479.47”，"
     "这个跟佢开票对得上冇？monthly 开票有好多",
     "平台回款 statement line supplied; the 开票 side asked → invoice_summary"),
    ("cqx-013", QHT, True, "zh", [W, S], [],
     "多头借贷查一下，佢在几家小贷和网贷平台有借款？顺便看下佢平分", "多头 → warnings; 平分 = 评分 → score"),
    ("cqx-014", LZQ, False, "zh", [W], [],
     "帮我查下91360703MA38K4TUXK这家板材厂有冇被执行、失信、限高", "names a code; warnings", True),
    ("cqx-015", ZXP, True, "zh", [RC], [R, W],
     "佢拿来一张借条：“今借到曾某某人民币贰拾万元整，月息叁分，一年内还清，逾期按日千分之五计付罚息。借款人：钟某 "
     "2025年3月8日”这个利息法院认不认得",
     "IOU (<80) between private parties, 月息3分 → rate_check"),
    ("cqx-016", LWG, True, "zh", [CC], [CR, R],
     "保证合同第三条：“保证人承担连带责任保证，保证期间为主债务履行期届满之日起三年；主合同双方协议变更借款金额、利率、"
     "期限的，无需经保证人同意，保证人仍应在原保证范围内继续承担保证责任。”贷审会有人问，这样写保证人到时候还认不认",
     "our guarantee clause quoted → contract_check"),
    ("cqx-017", WGH, True, "zh", [S], [], "温某某这户的评级咯，系A还系AA", "评级 → score"),
    ("cqx-018", GM, False, "zh", [D], [R],
     "把你们行普惠小微贷款的收费目录和减费让利的执行情况拿给我看", "inspector asks for our files → documents"),
    ("cqx-019", ZCH, False, "en", [R], [],
     "Is a rural commercial bank allowed to charge a loan commitment fee on a poverty-alleviation microloan?",
     "English; fee permissibility → regulations"),
    ("cqx-020", LGY, True, "zh", [I], [],
     "果园今年脐橙出货开了好多票？跟去年同期比落了还系涨了", "invoice YoY"),
    ("cqx-021", LGY, True, "zh", [W, CR], [R, D],
     "冷库被法院查封了，佢还有冇其他官司？我们那份抵押合同办了登记冇，还能不能优先受偿",
     "other lawsuits → warnings; registration clause of our contract → contract_review; law optional"),
    ("cqx-022", XWH, True, "zh", [W], [],
     "佢转来一条短信：“【南康区人民法院】谢某某，你与某某运输有限公司运输合同纠纷一案（2026）赣0703民初4417号已立案，"
     "请登录诉讼服务网查看。”除了这个，佢还有冇其他案子？",
     "court SMS (<80, not contract text); other cases → warnings"),
    ("cqx-023", QHT, True, "zh", [S], [W],
     "征信上有一条：“2026年8月 对外担保 余额30万 五级分类 关注”，这个对佢评分影响好大",
     "credit-report line supplied; score impact → score; warnings optional"),
    ("cqx-024", ZLP, True, "zh", [D, R], [CR],
     "老板微信跟我讲：“钟经理，民宿那栋房子我哥也有份，抵押的时候佢冇签字，有冇关系啵”。我们档案里有冇共有人同意书？"
     "冇签的话法律上会怎样",
     "WeChat note; our file → documents; co-owner consent law → regulations"),
    ("cqx-025", ZXP, True, "zh", [I], [],
     "佢给的发票：“*植物油*山茶油 5L×200桶 金额¥118,000.00 税率9%”。佢这几个月都系开这种票么，销售额好多",
     "invoice line supplied; months of 开票 → invoice_summary"),
    ("cqx-026", XJJ, True, "zh", [R], [D],
     "村委开的证明：“兹证明肖某某承包本村土地28亩用于蔬菜大棚种植，承包期至2035年，经营情况良好。特此证明。”"
     "凭这个能做土地经营权抵押么？",
     "村委 certificate supplied → documents optional; can it be mortgaged → regulations"),
    ("cqx-027", HHY, True, "zh", [W], [D],
     "超市老板的留水有一笔：“2026-10-12 转出 ¥30,000.00 对方户名 某某网络小额贷款有限公司 摘要 还款”，"
     "佢还有冇其他地方借了钱", "流水 line (slip 留水) supplied; 多头 → warnings"),
    ("cqx-028", LZQ, True, "zh", [RC], [R],
     "家具厂老板讲民间借了一笔，年息24%，这个高冇高？超冇超法律保护的上限", "stated rate vs cap → rate_check"),
    ("cqx-029", LZQ, True, "mixed", [CR], [R, D],
     "把佢那份商票质押合同 review 一下，看有冇漏洞", "review stored contract → contract_review"),
    ("cqx-030", ZXD, True, "zh", [D, CR], [R],
     "佢上次代后检查报告写的么子？冷库租出去冇，要系租出去了跟我们抵押合同冲不冲突",
     "贷后 report (slip 代后) → documents; our contract's terms → contract_review"),
    ("cqx-031", ZXD, True, "zh", [I, W], [S],
     "贷后要看佢近三个月开票掉了好多，还有冇新冒出来的被执行", "invoice + warnings"),
    ("cqx-032", QHT, True, "zh", [S], [], "佢平分掉到几档了", "slip 平分 = 评分"),
    ("cqx-033", LWG, True, "zh", [CR], [R, D],
     "佢那份最高额抵押合同，担保范围有冇写到利息、罚息和实现债权的费用？", "stored contract content → contract_review"),
    ("cqx-034", LWG, False, "zh", [R], [],
     "无还本续贷现在政策扩到中型企业冇？要满足么子条件", "policy → regulations"),
    ("cqx-035", HHY, True, "mixed", [RC], [R],
     "佢用的平台那个先用后付分期，讲每期手续费0.6%，分12期，APR算下来好多", "fee-based cost → rate_check"),
    ("cqx-036", LGY, True, "mixed", [CC], [R],
     "香港那个采购商的合同写了：“The Buyer may withhold payment for any shipment that fails the Buyer's quality "
     "inspection, and the Seller shall not assign or pledge any receivable arising under this Agreement without the "
     "Buyer's prior written consent.” 合作社对佢的应收账款还能做质押冇？",
     "English clause of a third-party contract → contract_check; no contract_review"),
    ("cqx-037", ZLP, False, "zh", [S], [],
     "92360781MA3BN27P2C这家农家乐（个体户）评分好多", "names a 个体户 code; score", True),
    ("cqx-038", GM, False, "zh", [D], [R],
     "你们行对受托支付的金额标准系么子规定？把内部办法拿出来", "internal rule → documents"),
    ("cqx-039", CF, False, "zh", [R, D], [],
     "我们的正信查询授权书模板跟监管要求对得上冇？授权有效期写的几年",
     "our template (documents) vs the rule (regulations); slip 正信 = 征信"),
    ("cqx-040", WGH, True, "zh", [W], [],
     "这户有冇欠社保、拖欠水电费的记录？帮我看下预警", "社保 / 水电 → warnings"),
    ("cqx-041", XJJ, True, "zh", [I], [],
     "大棚那户开的蔬菜销售票，今年每个月好多", "invoice by month"),
    ("cqx-042", ZCH, True, "zh", [CC], [CR, R],
     "借款合同第十二条：“借款人未按约定用途使用借款的，贷款人有权停止发放尚未发放的借款，提前收回部分或全部已发放借款，"
     "并对挪用部分自挪用之日起按借款合同约定的借款利率加收百分之一百计收罚息。”佢把钱拿去买车了，这条能用么？",
     "our loan clause quoted → contract_check; the question is applicability, not the rate level"),
    ("cqx-043", XWH, True, "zh", [RC], [CR, R],
     "佢的车贷合同年化写的9.8%，再加每月GPS服务费150块，综合成本算起来超不超", "stated rate + fee, total → rate_check"),
    ("cqx-044", ZCH, False, "zh", [D], [],
     "我们行的小额信用贷款最高额度好多？信贷手册里怎么写的", "internal manual → documents"),
    ("cqx-045", ZXP, True, "zh", [RC], [R],
     "佢跟收油的老板借了10个，半年后还12个，这样算利息合法冇", "implied rate → rate_check"),
    ("cqx-046", LZQ, True, "zh", [CC], [CR, R],
     "应收账款质押合同里有一句：“出质人保证质押应收账款真实、合法、有效，不存在任何抵销权、抗辩权，如基础合同发生退货、"
     "折让或商业承兑汇票到期拒付的，出质人应于五个工作日内补足等额保证金或提供贷款人认可的其他担保。”板材商讲退货好正常，这条佢做得到冇？",
     "our pledge clause quoted → contract_check"),
    ("cqx-047", LGY, False, "zh", [W, I], [],
     "93360722MA39QF6D8M信丰这家脐橙合作社，有冇官司？开票情况怎样", "names a 合作社 code; warnings + invoice", True),
    ("cqx-048", QHT, True, "zh", [S, W], [],
     "佢评分降了好多，系么子原因？有冇新的涉诉", "score + warnings"),
    ("cqx-049", LZQ, True, "zh", [RC], [D, CR],
     "佢那笔流动资金贷款合同上的利率好多？跟现在的LPR比高了冇", "rate from our stored contract → rate_check"),
    ("cqx-050", QHT, True, "en", [W, S], [],
     "Does this borrower have any new court cases or enforcement records, and how did that move his score?",
     "English; warnings + score"),
    ("cqx-051", ZLP, True, "zh", [CR], [R, D],
     "民宿那个经营权抵押合同，看下抵押物写清楚冇，有冇办登记的条款", "review stored contract"),
    ("cqx-052", HHY, True, "zh", [I], [], "开漂量这两个月咋落差这么大", "slip 开漂 = 开票"),
    ("cqx-053", ZXD, True, "zh", [D, R], [],
     "佢的贷款按我们行规定能不能战期？展期次数法律上有限制冇", "our rule → documents; law → regulations; slip 战期"),
    ("cqx-054", ZCH, True, "zh", [W, CR], [D],
     "佢老婆那边互保的那家厂出事冇？我们跟佢签的保证合同保证期间还剩好久",
     "互保 → warnings; guarantee period in our contract → contract_review"),
    ("cqx-055", XJJ, False, "zh", [R], [],
     "蔬菜大棚的钢架棚能不能单独抵押？算不算动产", "law → regulations"),
    ("cqx-056", XWH, False, "zh", [W, S], [],
     "91360727MA38RL5C4A这家运输公司查下有冇被执行、限高，评分好多", "names a code; warnings + score", True),
    ("cqx-057", CF, False, "zh", [R], [],
     "贷款合同里的格式条款，我们加粗了，算不算尽到提示说明义务？", "law → regulations"),
    ("cqx-058", LGY, True, "zh", [CC], [CR, R],
     "冷库抵押合同写的：“抵押物包括冷库房屋、制冷设备及库内存放的全部脐橙，抵押期间库内脐橙可以正常出库销售，"
     "但库存价值不得低于人民币三百万元，低于该价值时抵押人应当在十日内补足，抵押权人有权随时派员进库盘点。”这个库存浮动的部分抵押有效冇？",
     "our 冷库 / floating mortgage clause quoted → contract_check"),
    ("cqx-059", LZQ, True, "zh", [I], [D],
     "佢报表上年营收写的2800w，开票才好多？对得上冇", "stored report figure supplied → documents optional"),
    ("cqx-060", HHY, True, "zh", [D], [I],
     "佢交来的银行流水和财务报表上，这半年收入各系好多", "what stored files say → documents"),
    ("cqx-061", ZXP, False, "zh", [I], [],
     "91360732MA3A7W2K38兴国这家茶油厂近一年的开票和进项", "names a code; invoice", True),
    ("cqx-062", LWG, True, "zh", [CC], [R],
     "担保公司发来的合作协议条款：“担保公司仅对借款本金的百分之八十承担保证责任，借款逾期九十日后贷款人方可要求代偿，"
     "代偿前贷款人应先行处置借款人全部抵押物并起诉借款人，代偿后贷款人不得再向担保公司主张罚息、复利及实现债权的费用。”贷审会问，这种条款我们能签冇",
     "guarantee company's proposed clause → contract_check; not our contract yet, no contract_review"),
    ("cqx-063", XJJ, True, "zh", [RC], [R],
     "大棚贷款20万元，县里贴息一半，合同利率4.2%，佢自己实际承担的利率系好多", "stated rate + 贴息, actual cost → rate_check"),
    ("cqx-064", ZLP, False, "zh", [R], [],
     "红色旅游民宿能不能申请创业担保贷款？个人最高能贷好多", "policy → regulations"),
    ("cqx-065", HHY, True, "zh", [S], [], "超市这户分数落哪一档嘞", "score; 落 = 在"),
    ("cqx-066", ZLP, True, "zh", [CC], [R],
     "民宿老板跟村民签的租房合同：“租赁期限二十年，承租人未经出租人书面同意不得转租或以房屋设定任何担保，租金每五年递增百分之十，承租人装修改造所形成的附属物在租赁期满后"
     "无偿归出租人所有，出租人中途收回房屋的，不予补偿装修费用。”我们拿佢的经营收益做贷款，这个租约有风险冇",
     "third-party lease quoted → contract_check; no contract_review"),
    ("cqx-067", WGH, True, "zh", [W], [],
     "这户家里有冇失信被执行人？冇的话我就放了", "失信 → warnings"),
    ("cqx-068", HHY, False, "zh", [S, I], [],
     "92360731MA3CT81H99于都这个个体超市，评分跟开票都看下", "names a 个体户 code; score + invoice", True),
    ("cqx-069", GM, False, "zh", [D, R], [],
     "你们普惠贷款有冇搭售保险、理财？把产品说明和合同模板拿来，我对照规定看", "our files + the rule"),
    ("cqx-070", ZCH, True, "zh", [RC], [R],
     "佢讲网上那个平台借1万，每月还980，还12期，年化好多", "implied rate → rate_check"),
    ("cqx-071", ZXD, True, "zh", [CR, D], [R],
     "贷后走访发现抵押的果树被砍了一片，抵押合同里对抵押物毁损有冇约定？上次贷后记录拍了照冇",
     "our contract's terms → contract_review; the visit record → documents"),
    ("cqx-072", ZXP, True, "zh", [CC, RC], [CR, R],
     "油茶订单融资合同的利率条款：“贷款利率按一年期LPR加185个基点执行，另按融资金额的百分之一收取订单管理费，按季结息，"
     "逾期部分按合同利率上浮百分之五十计收罚息，对未按时支付的利息按罚息利率计收复利。”佢问综合下来一年好多成本，超冇超",
     "clause quoted, its costs asked → contract_check + rate_check"),
    ("cqx-073", LZQ, True, "zh", [W], [], "板材商那边有冇欠税记录、税务处罚", "欠税 / tax penalty → warnings"),
    ("cqx-074", CF, False, "zh", [R], [],
     "客户经理拿自己的钱帮客户还到期贷款再续贷，这种过桥算么子违规", "conduct rule → regulations"),
    ("cqx-075", LWG, False, "mixed", [I, S, W], [],
     "91360702MA385PGE15章贡这家物流公司，开票、评分、涉诉情况给我个 summary", "names a code; three sources", True),
    ("cqx-076", ZLP, True, "zh", [R], [CR],
     "佢抵押登记的金额比合同金额少了50万，超出的部分我们还有冇优先权", "contract fact stated; the law asked"),
    ("cqx-077", XJJ, True, "zh", [I, S], [], "大棚那户开票增长了，评分有冇跟着上来", "invoice + score"),
    ("cqx-078", XWH, True, "zh", [CR], [R, D],
     "佢的车辆抵押合同有冇约定办抵押登记？", "stored contract content → contract_review"),
    ("cqx-079", GM, False, "zh", [R, D], [],
     "农户小额信用贷款，监管要求额度上限好多？你们行执行的系么子标准", "rule + our standard"),
    ("cqx-080", GM, True, "zh", [R], [RC, CR],
     "佢合同里收了一笔“贷款咨询服务费”2k，这种费用能收冇", "whether a fee may be charged → regulations"),
    ("cqx-081", CF, False, "zh", [CC], [R],
     "我们模板里这句：“借款人同意贷款人将其个人信息及借款信息提供给贷款人合作的第三方机构，用于催收、营销及其他合法用途，"
     "本授权不可撤销，且在借款合同终止后继续有效，借款人不得以任何理由要求贷款人删除其个人信息。”合规上有问题冇",
     "our template clause quoted → contract_check; not a borrower's contract"),
    ("cqx-082", ZXD, True, "zh", [W, CR], [D],
     "佢最近有冇被起诉？我们跟佢签的借款合同约定的管辖法院系哪里", "lawsuits + stored contract term"),
    ("cqx-083", XWH, True, "zh", [CC], [R],
     "挂靠协议写的：“车辆登记在运输公司名下，实际所有权归挂靠人，挂靠人自行承担车辆营运产生的一切债务及事故赔偿责任，"
     "运输公司对挂靠人的任何债务不承担连带责任，挂靠人不得以车辆为他人债务提供抵押或质押担保。”我们以挂靠人为借款人、车做抵押，这样搞稳冇",
     "third-party 挂靠 agreement quoted → contract_check"),
    ("cqx-084", WGH, True, "zh", [W, R], [D],
     "佢有一笔逾期超过90天了，按规定还能转成脱贫户小额信贷续代冇？另外有冇其他被执行",
     "overdue / 被执行 → warnings; policy → regulations; slip 续代"),
    ("cqx-085", QHT, True, "zh", [S, D], [],
     "佢评分好多？我们行授信审批办法里评分低于好多要上贷审会", "score + internal rule"),
    ("cqx-086", LWG, True, "zh", [I, W, CR], [D],
     "南康这户帮我看下开票有冇往下滑，听讲佢厂房被查封了，也查下真的假的；合同里有冇约定我们可以停止放款？我要不要叫停",
     "trend asked, 查封 hearsay to confirm → invoice + warnings; our contract's trigger"),
    ("cqx-087", LZQ, True, "zh", [CR], [D, R],
     "佢老婆签的那份保证合同，保证方式写的系一般保证还系连带？", "stored contract → contract_review"),
    ("cqx-088", HHY, True, "zh", [CC, RC], [CR, R],
     "借款合同：“借款人提前还款的，应提前三十日书面申请，并按提前还款金额的百分之三支付提前还款补偿金，补偿金不足五千元的按五千元收取；借款期限内贷款人"
     "有权根据LPR变动每季度调整一次利率。”佢想下个月还清，这个补偿金算下来好多，合法冇",
     "our clause quoted; its cost asked → contract_check + rate_check"),
    ("cqx-089", ZCH, False, "zh", [RC], [R],
     "月息1分2，一年算下来系好多？比LPR四倍高冇", "stated rate vs cap → rate_check"),
    ("cqx-090", ZLP, True, "zh", [CC], [CR, R],
     "民宿贷款保证合同第六条：“保证人同意，贷款人与借款人办理展期、借新还旧或无还本续贷的，保证人继续承担保证责任，"
     "无需另行签署书面同意文件，保证期间自展期后主债务履行期限届满之日起重新计算三年。”佢哥哥当保证人，以后续贷还管用冇",
     "our guarantee clause quoted → contract_check"),
    ("cqx-091", GM, False, "zh", [D], [R],
     "你们行尽职免责的内部办法拿出来，哪些情况能免责", "internal rule → documents"),
    ("cqx-092", ZCH, True, "zh", [W, S], [],
     "经营异常名录里有冇佢？有的话评分会不会受影响", "经营异常 → warnings; score"),
    ("cqx-093", LWG, False, "zh", [CR], [R, D],
     "91360703MA39DJ0R4R这家家具厂的抵押合同帮我看一下有冇瑕疵", "names a code; contract_review", True),
    ("cqx-094", LGY, True, "zh", [S], [], "合作社的信用等级出来冇", "等级 → score"),
    ("cqx-095", ZXP, True, "zh", [I], [W],
     "茶油厂进项发票跟销项比，有冇空转开票的迹象", "进项 / 销项 → invoice_summary"),
    ("cqx-096", ZXD, False, "zh", [R], [],
     "贷款逾期好多天要划到次级？新的风险分类办法怎么讲", "rule → regulations"),
    ("cqx-097", LZQ, True, "zh", [CC], [R],
     "板材商跟家具厂的购销合同：“买方以六个月期商业承兑汇票支付货款，汇票到期不获付款的，卖方不得另行向买方主张货款，"
     "仅可向承兑人追索，买方不承担任何补充付款责任，卖方亦不得将本合同项下债权转让给第三方。”佢拿这批应收和商票来融资，有风险冇",
     "third-party supply clause quoted → contract_check"),
    ("cqx-098", XJJ, True, "zh", [D, I], [],
     "大棚那户贷款申请书上写的年销售额好多？开票能不能对上", "stored application → documents; invoice"),
    ("cqx-099", WGH, False, "zh", [R], [D],
     "脱贫户家里有人生病了，晓得还不上，按政策能延期还款么？最多延好久", "policy → regulations"),
    ("cqx-100", ZCH, True, "zh", [I, S, W, RC, D, CR], [R],
     "行长要汇报材料，嗯帮我搞一下：南康这家家具厂今年开票走势怎样，评分好多，有冇涉诉、被执行、欠税和对外担保；"
     "佢申请续贷300个，合同利率报的LPR加120个基点，算不算偏高；按我们行普惠贷款定价办法，这个价要不要报贷审会特批；"
     "还有原来那份厂房抵押合同有冇瑕疵，续贷能不能继续用。佢老板讲做的系出口欧洲的实木家具，订单排到明年三月，"
     "要恰饭的工人有六十多个，冇得这笔钱就要停工。",
     "long 汇报 brief: six needs; regulations optional"),
]

CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
QUOTED = re.compile(r"“([^”]*)”|\"([^\"]*)\"|‘([^’]*)’|「([^」]*)」")


def valid_code(code: str) -> bool:
    if len(code) != 18 or any(c not in CHARSET for c in code):
        return False
    rest = 31 - sum(CHARSET.index(c) * w for c, w in zip(code, WEIGHTS)) % 31
    return code[17] == CHARSET[0 if rest == 31 else rest]


def codes_in(text: str) -> list[str]:
    return [m for m in re.findall(r"(?<![0-9A-Z])[0-9A-Z]{18}(?![0-9A-Z])", text) if valid_code(m)]


def longest_quote(text: str) -> int:
    return max((len("".join(g)) for g in QUOTED.findall(text)), default=0)


def build() -> list[dict]:
    rows = []
    for r in ROWS:
        rid, asker, focus, lang, needs, optional, question, note = r[:8]
        row = {"id": rid, "question": question, "borrower_in_focus": focus, "needs": needs, "optional": optional,
               "asker": asker, "lang": lang, "note": note}
        if len(r) > 8 and r[8]:
            row["names_code"] = True
        rows.append(row)
    return rows


def check(rows: list[dict]) -> None:
    assert len(rows) == 100, len(rows)
    assert [r["id"] for r in rows] == [f"cqx-{i:03d}" for i in range(1, 101)]
    assert len({r["question"] for r in rows}) == 100
    for r in rows:
        needs, opt = set(r["needs"]), set(r["optional"])
        assert needs and needs <= set(SOURCES) and opt <= set(SOURCES), r["id"]
        assert len(needs) == len(r["needs"]) and len(opt) == len(r["optional"]), r["id"]
        assert not needs & opt, r["id"]
        assert r["lang"] in ("zh", "en", "mixed"), r["id"]
        assert r["asker"] and r["note"], r["id"]
        assert len(r["question"]) >= 6, r["id"]
        codes = codes_in(r["question"])
        if r.get("names_code"):
            assert len(codes) == 1 and not r["borrower_in_focus"], r["id"]
        else:
            assert not codes, r["id"]
        if "contract_check" in needs:
            assert longest_quote(r["question"]) >= 80, (r["id"], longest_quote(r["question"]))
        else:
            assert longest_quote(r["question"]) < 80, (r["id"], longest_quote(r["question"]))
    need_counts = Counter(s for r in rows for s in r["needs"])
    for s in SOURCES:
        assert need_counts[s] >= 12, (s, need_counts[s])
    assert sum(len(r["needs"]) > 1 for r in rows) >= 25
    assert sum(r["needs"] == ["regulations"] for r in rows) >= 10
    assert sum(len(r["needs"]) == 1 and r["needs"][0] in BORROWER_SOURCES for r in rows) >= 10
    assert 6 <= sum(bool(r.get("names_code")) for r in rows) <= 10
    assert Counter(r["lang"] for r in rows)["en"] == 2


def report(rows: list[dict]) -> None:
    need_counts = Counter(s for r in rows for s in r["needs"])
    opt_counts = Counter(s for r in rows for s in r["optional"])
    print("rows", len(rows))
    print("source            needs  optional")
    for s in SOURCES:
        print(f"{s:17s} {need_counts[s]:5d} {opt_counts[s]:9d}")
    print("multi-need rows", sum(len(r["needs"]) > 1 for r in rows))
    print("regulations-only rows", sum(r["needs"] == ["regulations"] for r in rows))
    print("single borrower-source rows",
          sum(len(r["needs"]) == 1 and r["needs"][0] in BORROWER_SOURCES for r in rows))
    print("names_code rows", sum(bool(r.get("names_code")) for r in rows))
    print("langs", dict(Counter(r["lang"] for r in rows)))
    print("focus", dict(Counter(r["borrower_in_focus"] for r in rows)))
    print("askers", dict(Counter(r["asker"] for r in rows)))
    print("question lengths min/max", min(len(r["question"]) for r in rows), max(len(r["question"]) for r in rows))
    print("contract_check quote lengths",
          {r["id"]: longest_quote(r["question"]) for r in rows if "contract_check" in r["needs"]})
    print("longest quote in other rows",
          {r["id"]: longest_quote(r["question"]) for r in rows
           if "contract_check" not in r["needs"] and longest_quote(r["question"])})


if __name__ == "__main__":
    rows = build()
    check(rows)
    out = Path(__file__).resolve().parent / "cases.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    report(rows)
    print("wrote", out)
