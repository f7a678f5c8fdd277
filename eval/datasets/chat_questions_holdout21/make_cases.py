"""Build cases.jsonl for chat_questions_holdout21 (author 23). Rows are held literally below, written by hand.

Run: .venv/bin/python eval/datasets/chat_questions_holdout21/make_cases.py
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

ZXY = "曾晓燕（普惠金融部）"
LZG = "刘志刚（邵东支行客户经理，打火机/五金小商品外贸）"
LCH = "罗春华（新化支行客户经理，全国文印店/设备融资租赁）"
PWD = "彭卫东（冷水江/涟源支行客户经理，锑品/钢材贸易）"
XXY = "谢秀英（隆回/武冈支行客户经理，金银花/卤菜合作社）"
DGP = "邓国平（新邵支行客户经理，生猪养殖）"
ZXJ = "周小军（娄星支行客户经理，网约车/货车司机）"
SL = "申丽（双峰支行客户经理，返乡电商/县城楼盘首付/湘菜馆）"
HJH = "贺建华（贷后管理）"
LHM = "李红梅（风险管理部）"
YXF = "颜小芳（合规部）"
YDM = "阳德明（邵东支行行长，转贷审会问题）"
LWB = "龙文斌（人民银行县支行检查人员）"

R, D, W, I, S = "regulations", "documents", "warnings", "invoice_summary", "score"
CR, CC, RC = "contract_review", "contract_check", "rate_check"

# (id, asker, borrower_in_focus, lang, needs, optional, question, note[, names_code])
ROWS = [
    ("cqv-001", LZG, True, "zh", [S], [],
     "他么子评级咯",
     "shortest row; 评级 → score"),
    ("cqv-002", LZG, True, "zh", [I, S], [],
     "邵东这家打火机厂去年开票开了好多？今年上半年跟去年同期比是涨哒还是跌哒？评分也顺便看下，我要写进调查报告里头",
     "开票 trend + 评分"),
    ("cqv-003", LZG, True, "zh", [CR], [D, R],
     "这户跟我们签的借款合同有冇么子瑕疵？签约日期跟放款日期对不对得上，帮我审一下",
     "defects of a stored contract without its text → contract_review"),
    ("cqv-004", LCH, True, "zh", [CC], [R],
     "新化这个老板在外地开文印店，设备是找租赁公司做的融资租赁，租赁合同里写：“承租人未按期足额支付任一期租金的，出租人有权宣布全部未付"
     "租金立即到期，并有权不经通知直接取回租赁物，承租人已支付的租金及保证金不予退还，承租人还应另行支付相当于剩余租金总额百分之三十的"
     "违约金。”这样写站得住脚冇？对他还我们的钱有好大风险？",
     "third-party finance-lease clause ≥ 80 chars → contract_check; not our contract, no contract_review"),
    ("cqv-005", PWD, True, "zh", [W, R], [D],
     "冷水江这家锑品贸易公司有冇被直行或者限高的记录？上个月听人讲他跟上游扯皮扯到法院去哒。要是真被限高哒，按规定我们还能给他续贷冇？",
     "voice slip 被直行 = 被执行; signal + what the rules allow"),
    ("cqv-006", ZXJ, True, "zh", [CR], [D, R],
     "网约车司机那笔车辆抵压合同帮我审一下，看有冇么子霸王条款，将来真要扯皮打官司站不站得住",
     "voice slip 抵压 = 抵押; stored contract's fairness → contract_review"),
    ("cqv-007", DGP, False, "zh", [R], [],
     "生猪活体可以做抵押冇？到哪里登记？猪卖掉哒抵押权还管不管用",
     "动产抵押 / 正常经营买受人 → regulations only"),
    ("cqv-008", ZXJ, True, "zh", [RC], [R],
     "这个网约车司机在汽车金融公司还有笔车贷，月利率写的0.98%，另外每个月还收150块服务费，贷8万分36期，年化算下来超冇超4倍LPR？",
     "stated rate + fee, cap question → rate_check; regulations optional"),
    ("cqv-009", SL, False, "zh", [R], [],
     "返乡搞电商的能申请创业担保贷款冇？个人额度上限好多，贴息是么子算法",
     "创业担保贷款 policy → regulations only"),
    ("cqv-010", SL, True, "zh", [CR], [D, R],
     "县城楼盘首付那个客户，我们跟他签的个人借款合同帮我审一下，借款用途写的么子，写法有冇问题",
     "stored contract review; whether the use clause is sound is part of the review"),
    ("cqv-011", LHM, True, "mixed", [I, S, W], [],
     "帮我出个summary：这户开票trend、评分、有冇新增涉诉，三样一起看，下午要上风险会",
     "three borrower sources"),
    ("cqv-012", YXF, False, "zh", [R], [],
     "客户经理拿客户身份证去查正信，授权书是客户签的但是日期是后补的，这种算违规冇？",
     "voice slip 正信 = 征信; 征信授权 rule → regulations only"),
    ("cqv-013", YDM, True, "zh", [CR], [R, D],
     "贷审会上有人问：这户跟我们签的最高额保证合同，保证期间好像约定得不明确，还管不管用？帮我把合同审一下",
     "stored contract's validity without text → contract_review; regulations optional"),
    ("cqv-014", LZG, False, "zh", [I], [],
     "91430582MA4BT83J98 这家五金厂的开票数据帮我拉一下，近12个月每个月开了好多",
     "names_code 邵东", True),
    ("cqv-015", DGP, True, "zh", [RC], [R, W],
     "养猪户拿来一张借条给我看：“今借到邹建国现金人民币伍万元整，月息二分五，一年内还清。借款人：谭海波 2023年3月8日”这个利息法院认不认得？",
     "IOU (short quote) with 月息2分5 → rate_check; not contract_check"),
    ("cqv-016", PWD, True, "zh", [CC], [CR, R],
     "涟源这个钢材贸易商做的存货质押，我们跟监管公司签的三方协议里写：“质押期间出质人可在不低于最低控货价值的前提下提货换货，监管人应每日"
     "核对库存，库存价值低于最低控货价值时应立即停止放货并书面通知质权人，因监管人过失造成质物短少的，由监管人在短少价值范围内承担赔偿"
     "责任。”这条有冇漏洞？",
     "our tripartite pledge agreement, quoted → contract_check; contract_review optional"),
    ("cqv-017", ZXY, True, "zh", [D, W], [],
     "这户的授信调查报告里头，实际控制人写的是哪个？跟营业执照上的法人是不是同一个人？那个法人有冇失信",
     "stored report + 失信 signal"),
    ("cqv-018", XXY, True, "zh", [I], [W],
     "武冈卤菜合作社上个月开漂才十几万，以前每个月都是三四十万，搞么子掉得这么厉害？",
     "voice slip 开漂 = 开票; the drop is stated but detail needs invoice_summary; warnings optional for a cause"),
    ("cqv-019", LZG, True, "en", [S], [],
     "What is this borrower's current credit score, and has it dropped since the last review?",
     "English question"),
    ("cqv-020", ZXJ, True, "zh", [CC], [CR, R],
     "货车司机的车辆抵押合同第八条：“抵押期间，抵押人未经抵押权人书面同意不得转让、出租、挂靠或以其他方式处分抵押车辆，否则抵押权人有权要求"
     "提前清偿全部借款本息；抵押人擅自转让的，转让行为无效，抵押权人可直接向受让人追索车辆。”民法典出来以后，‘转让行为无效’这个写法还站得住冇？",
     "our vehicle-mortgage clause quoted → contract_check"),
    ("cqv-021", SL, False, "zh", [R], [],
     "县城那个楼盘有客户想在我们这里借消费贷去交首付，这个搞得冇？",
     "消费贷 for 首付 → regulations only"),
    ("cqv-022", HJH, True, "zh", [W], [],
     "这户斩期过几次哒？加上续贷一共几回",
     "voice slip 斩期 = 展期; 展期/续贷次数 → warnings"),
    ("cqv-023", LHM, True, "zh", [W], [],
     "这家打火机厂对外单保了好多？互保圈子里头有冇出事的",
     "voice slip 单保 = 担保; 互保 → warnings"),
    ("cqv-024", LCH, True, "zh", [RC], [R],
     "文印店老板网上借了个5k，每个月还480，还12个月，这个利息高冇？",
     "implied rate (5k, 480×12) → rate_check"),
    ("cqv-025", LWB, False, "zh", [R], [],
     "你们给生猪养殖户放贷款的时候捆绑卖保险，客户不买保险就不放款，这个算不算搭售？",
     "搭售 rule → regulations only"),
    ("cqv-026", LCH, True, "zh", [D, W], [],
     "新化这个老板在长沙、广州、东莞开了好几个文印店，我们存档的那几份门面租赁合同租期到好久？外地那几个店有冇被房东起诉的",
     "stored files + lawsuits"),
    ("cqv-027", XXY, True, "zh", [CR], [D, R],
     "金银花合作社那份土地经营权抵押合同帮我看下，抵押物四至写清楚冇，有冇漏掉承包方同意的书面材料",
     "stored contract review; the consent requirement is checked by the review"),
    ("cqv-028", DGP, True, "zh", [CR, RC], [D, R],
     "这户借款合同帮我审一下；另外合同里执行利率4.8%，加上担保公司收的年化1.5%担保费，综合下来高冇高",
     "review + stated rate and fee"),
    ("cqv-029", SL, True, "zh", [D], [I],
     "湘菜馆生意蛮好，恰饭的人多，老板娘想借30w装修。我们调查报告里写的月营业额是好多？她留水里每个月进账大概好多",
     "voice slip 留水 = 流水; stored report and statements → documents"),
    ("cqv-030", YDM, True, "zh", [S, W, I], [],
     "这户评分、涉诉和近一年的开票情况一起给我看看，明天贷审会要讨论续贷",
     "three borrower sources"),
    ("cqv-031", XXY, False, "zh", [W], [],
     "93430524MA4PCFFC7Y 这个金银花合作社有冇涉诉或者被列入经营异常名录？",
     "names_code cooperative (93…) 隆回", True),
    ("cqv-032", ZXJ, False, "zh", [RC], [R],
     "跑滴滴的师傅来借钱，说他在平台上借的那个年化36%，现在这个合法冇？",
     "stated APR, legality → rate_check"),
    ("cqv-033", SL, True, "zh", [W], [R],
     "客户转给我一条短信：“【邵阳县人民法院】谭某某：你与湖南某电商公司买卖合同纠纷一案已立案，案号（2024）湘0523民初1234号，请登录平台查看"
     "起诉状副本。”这个案子对我们放款有么子影响？他还有冇其他官司？",
     "court SMS (not contract text); other lawsuits asked → warnings"),
    ("cqv-034", HJH, True, "zh", [W, R], [],
     "抵押的那套房子，他讲已经被别个法院查封哒，帮我确认下；真被查封哒的话我们的抵押权还优先冇",
     "查封 confirmation + priority law"),
    ("cqv-035", LHM, True, "zh", [CR, W], [D, R],
     "这户保证人最近被起诉哒冇？保证合同里有冇约定保证人涉诉要追加担保，帮我把保证合同审下",
     "lawsuit + stored contract review"),
    ("cqv-036", LZG, True, "mixed", [CC], [R],
     "邵东打火机厂跟一个迪拜买家的合同里有这么一条：“Payment shall be made by D/A 120 days after the bill of lading date. The Seller "
     "shall not assign, pledge or otherwise transfer any receivable under this Contract to any third party "
     "without the Buyer's prior written consent.” 这个应收账款我们还能做质押冇？",
     "English third-party clause → contract_check; regulations optional; no contract_review"),
    ("cqv-037", YXF, True, "zh", [CR], [D, R],
     "这户的借款合同格式条款有冇按要求加粗提示？帮我审下",
     "stored contract 格式条款 → contract_review"),
    ("cqv-038", LWB, False, "zh", [R], [],
     "农户小额信用贷款，单户最高能放好多？要不要担保？按人民银行的规定讲",
     "农户小额信用 → regulations only"),
    ("cqv-039", LCH, True, "zh", [RC], [],
     "文印店老板的设备融资租赁，每个月租金8600，一共36期，设备价款25w，首付3w，他这个实际年化是好多？算下来高不高",
     "stated lease payments → rate_check"),
    ("cqv-040", PWD, True, "zh", [I, W], [],
     "这家钢材贸易公司近半年的进项销项都帮我看下，有冇开票突然猛增的月份，怕他搞空转；顺便看下有冇税务处罚",
     "开票 + penalty"),
    ("cqv-041", DGP, True, "zh", [R], [D],
     "养猪户拿了张村委证明：“兹证明谭某某在本村三组承包荒地12亩建有猪舍，系本人自建，无争议。特此证明。”这个猪舍能不能抵押给我们？",
     "村委 certificate (short quote) supplied → documents optional"),
    ("cqv-042", XXY, True, "zh", [CR], [R, D],
     "卤菜合作社的贷款合同帮我审一下，主要看担保条款和违约责任写得齐不齐全",
     "stored contract review"),
    ("cqv-043", LZG, True, "zh", [RC], [],
     "邵东小商品厂讲别个银行给他3.45%，我们报的4.2%，贷100w一年利息差好多？",
     "two stated rates, arithmetic → rate_check"),
    ("cqv-044", SL, False, "zh", [D], [],
     "我们行的创业担保贷款操作规程里头，返乡人员要提供么子反担保？",
     "institution's own rules → documents"),
    ("cqv-045", SL, False, "zh", [RC], [R],
     "个体户借了朋友5坨，讲好一年后还6坨，这个利息受不受保护？",
     "5坨 = 5万; implied 20% → rate_check"),
    ("cqv-046", ZXY, True, "zh", [CC], [CR, R],
     "我们借款合同第十二条：“借款人出现下列情形之一的，贷款人有权宣布贷款提前到期并要求借款人立即偿还全部本息：（一）借款人或保证人涉及重大"
     "诉讼；（二）借款人经营状况严重恶化；（三）贷款人认为可能危及贷款安全的其他情形。”第三项是不是太宽哒，会不会被认定为无效？",
     "our loan clause quoted → contract_check"),
    ("cqv-047", HJH, True, "mixed", [I, S], [],
     "代后check：他开票这半年是不是一直往下走？跟他讲的订单量对不上，评分跟着降冇",
     "voice slip 代后 = 贷后"),
    ("cqv-048", LHM, True, "zh", [R], [W],
     "这户已经逾期45天哒，按新的金融资产风险分类办法该归到哪一类？",
     "overdue days supplied → warnings optional; classification rule → regulations"),
    ("cqv-049", HJH, True, "zh", [RC], [D, CR, R],
     "这户借款合同执行的利率再加上担保费，综合年化到底有好多？超冇超24%",
     "rate from the stored contract → rate_check; documents / contract_review optional"),
    ("cqv-050", LWB, False, "en", [R], [],
     "Is it legal for a rural commercial bank to charge a small business an arrangement fee on top of the loan "
     "interest?",
     "English question; fee rule → regulations only"),
    ("cqv-051", SL, True, "zh", [CR], [R, D],
     "湘菜馆的保证合同，保证人是老板的哥哥，合同里保证方式写清楚冇？冇写清楚的话算么子保证",
     "stored contract; the default-guarantee rule is part of the review"),
    ("cqv-052", PWD, False, "zh", [R], [],
     "锑品公司拿一张银行承兑汇票来质押，背书人写哒“不得转让”，这个票还能质押给我们冇？",
     "票据 law → regulations only"),
    ("cqv-053", XXY, True, "zh", [R, D], [],
     "金银花收购季要用钱，合作社想贷60个，用社员的土地经营权抵押，要哪些手续？我们行内部对这种抵押物有冇么子规定",
     "60个 = 60万; law + internal rules"),
    ("cqv-054", DGP, True, "zh", [D, I], [],
     "这户上次贷后报告里写存栏好多头？跟他现在讲的3000头对得上冇？出栏开票跟得上冇",
     "stored report + 出栏开票"),
    ("cqv-055", ZXJ, True, "zh", [R], [CR, D],
     "网约车司机的车是他老婆名下的，抵押合同是他老婆签的，现在两个人离婚哒，车判给了男方，这个抵押还有效冇？",
     "facts supplied; law question → regulations; stored contract optional"),
    ("cqv-056", PWD, False, "zh", [S], [],
     "91431382MA4J3XW01L 涟源这家钢材公司评分帮我查下",
     "names_code 涟源", True),
    ("cqv-057", ZXY, True, "zh", [R, D], [],
     "客户微信发来：“曾经理，我店铺这个月平台回款压了二十几万，还款能不能缓半个月？”这种情况能给他办展期冇？我们行展期的内部规定是么子",
     "WeChat note; law + internal rule"),
    ("cqv-058", YXF, True, "zh", [D], [],
     "这户的保证合同，保证人是他老婆，签字是不是本人签的？我们档案里有冇面签照片",
     "stored file → documents"),
    ("cqv-059", YDM, True, "zh", [I], [D],
     "这家打火机厂上年报表营收写的3000w，开票好像才1800w左右？帮我核下近一年的开票",
     "report figure supplied → documents optional"),
    ("cqv-060", HJH, True, "zh", [W], [D],
     "留水里有这么一笔：“2024-05-17 转出 380,000.00 对方户名：邵东市某某小额贷款有限公司 摘要：还款”，他在小贷公司还有借款？帮我查下他多头借贷情况",
     "bank-statement line supplied → documents optional; 多头 → warnings"),
    ("cqv-061", PWD, False, "zh", [I], [D],
     "91431381MA4U7U1J3D 这家冷水江锑品公司给我一张发票：“货物名称 锑锭 数量30吨 单价68000元 金额2040000.00 税额265200.00”，跟系统里他的开票数据对得上冇？",
     "names_code 冷水江; invoice line → invoice_summary", True),
    ("cqv-062", LZG, True, "zh", [CC], [CR, R],
     "这户保证合同第五条：“保证人确认，无论主合同项下是否存在其他担保，保证人均承担连带责任保证，债权人有权直接要求保证人清偿全部债务，保证期间"
     "为主债务履行期限届满之日起三年，主合同展期的，保证期间相应顺延无需另行征得保证人同意。”三年的保证期间和展期不用保证人同意，这两处有效冇？",
     "our guarantee clause quoted → contract_check"),
    ("cqv-063", DGP, False, "zh", [D], [],
     "我们行对生猪养殖贷款的准入要求，信贷手册里是么子写的？存栏要好多头以上",
     "institution's own manual → documents"),
    ("cqv-064", DGP, True, "zh", [R, S], [],
     "生猪养殖贷款贴息政策今年还有冇？申请条件是么子？顺便看下这户现在评分好多",
     "policy + score"),
    ("cqv-065", ZXJ, True, "zh", [I, S], [],
     "这个货车司机运费开票是么子情况？近半年每个月开好多，评分也帮我看下",
     "运费发票 + score"),
    ("cqv-066", LCH, True, "zh", [CC], [R],
     "新化老板在广州租的门面，租赁合同写的：“承租人不得将本合同项下的租赁权及店铺内设备设定抵押、质押或以其他任何方式提供担保，否则出租人有权"
     "单方解除合同并没收全部押金，承租人应于三日内无条件搬离并不得带走店内装修及附属设施。”那我们拿他店里的数码印刷机做抵押还搞得成冇？",
     "third-party shop lease clause → contract_check; no contract_review"),
    ("cqv-067", XXY, True, "mixed", [S, W], [D],
     "卤菜合作社下个月要renew贷款，你帮我check下他的评分和涉诉，看够不够条件",
     "score + lawsuits; conditions optional from documents"),
    ("cqv-068", ZXJ, False, "zh", [W], [],
     "92431302MA45CBUG62 这个货车个体户有冇涉诉、被执行？",
     "names_code 个体户 (92…) 娄星", True),
    ("cqv-069", YDM, True, "zh", [R, S, W], [],
     "这户想办无还本续贷，按规定要满足么子条件？他现在评分和涉诉情况过不过得去",
     "policy + score + lawsuits"),
    ("cqv-070", PWD, True, "zh", [D, S], [],
     "这户当时授信审批意见里附加了么子条件？放款前落实了冇？另外他现在评分好多",
     "stored approval + score"),
    ("cqv-071", PWD, True, "zh", [CR], [D, R],
     "钢材贸易这户的存货质押合同帮我审一下，看有冇约定质物跌价要补仓，还有冇别的漏洞",
     "stored pledge contract review"),
    ("cqv-072", DGP, True, "zh", [CC], [CR, R],
     "生猪抵押合同写的：“抵押物为抵押人养殖场内全部存栏生猪（以每月末盘点数量为准），抵押人在正常经营中出售生猪的，应将销售款项存入贷款人指定"
     "账户，存栏数量不得低于2000头，低于该数量的应在十日内补足或追加担保。”这样约定的浮动抵押有冇么子问题？",
     "our floating-mortgage clause → contract_check"),
    ("cqv-073", SL, True, "zh", [RC], [],
     "湘菜馆老板借了我们20万，年利率4.35%，另外担保公司收了2%的担保费，这样综合成本高冇高？",
     "stated rate + fee → rate_check"),
    ("cqv-074", HJH, True, "zh", [W], [],
     "作孽咯，这户老板住院哒，店子关哒两个月冇得收入，他的水电和社保还在交冇？",
     "水电 / 社保 → warnings"),
    ("cqv-075", LHM, True, "zh", [S], [W],
     "征信报告上有一行：“湖南某融资担保有限公司 代偿 余额120,000 最近代偿日期2023-11”，这个对他现在评分影响大冇？",
     "credit-report line supplied → warnings optional; score asked"),
    ("cqv-076", YXF, True, "zh", [R], [CR, D],
     "这份最高额抵押合同，抵押物是他县城的门面，登记簿上的担保金额跟合同写的不一样，以哪个为准？",
     "discrepancy stated; law question → regulations"),
    ("cqv-077", LCH, False, "zh", [S, I], [],
     "91431322MA4BDA1174 新化这家文印公司，看下评分和最近一年开票",
     "names_code 新化", True),
    ("cqv-078", LZG, True, "mixed", [CR], [D, R],
     "帮我review下这户的最高额抵押合同，重点看担保范围和决算期，有冇冇写清楚的地方",
     "stored contract review"),
    ("cqv-079", ZXY, True, "zh", [S], [],
     "霸蛮讲一句，这户的分数怕是虚高哒，你把平分明细拉出来我看下",
     "voice slip 平分 = 评分"),
    ("cqv-080", ZXJ, True, "zh", [R], [RC, CR],
     "网约车贷款我们收了个GPS安装费800块，还有个账户管理费每月50，这样收合规冇？",
     "whether a fee may be charged at all → regulations; rate_check optional"),
    ("cqv-081", YDM, True, "zh", [CR], [D, R],
     "这户的抵押合同和保证合同都帮我审一遍，贷审会要用，有问题的条款标出来",
     "stored contracts review"),
    ("cqv-082", PWD, True, "zh", [D], [],
     "冷水江锑品价格跌了两成，这户存货质押当时评估的价值是好多？档案里的评估报告帮我翻下",
     "stored appraisal → documents"),
    ("cqv-083", LCH, True, "zh", [CC], [CR, R],
     "文印设备抵押合同里写的：“抵押人以其所有的数码印刷机三台及装订设备一套（型号详见附件一）设定抵押，抵押期间抵押人应保证设备正常使用并投保"
     "财产险，以抵押权人为第一受益人；设备因技术淘汰贬值超过百分之三十的，抵押人应在十五日内追加担保。”这样写够不够？要不要去登记",
     "our equipment-mortgage clause → contract_check"),
    ("cqv-084", DGP, True, "zh", [W, R], [],
     "这户有冇环保处罚？听讲养猪场的环评冇过，环评冇过的按规定还能放贷款冇",
     "penalty + 绿色信贷 rule"),
    ("cqv-085", YXF, False, "zh", [CC], [R],
     "我们个人经营贷款合同模板里有这条：“借款人同意，贷款人可将借款人的个人信息及信用信息提供给贷款人的合作机构及第三方催收机构用于产品营销及"
     "风险管理，该授权不可撤销，借款人不得就此提出任何异议或主张任何权利。”按个人信息保护法这样写行不行？",
     "our template clause → contract_check; no borrower contract, no contract_review"),
    ("cqv-086", PWD, True, "zh", [CR, D], [R],
     "锑品公司那份票据质押合同帮我审下，另外看下我们档案里汇票的背书复印件齐不齐",
     "review + stored file"),
    ("cqv-087", ZXJ, False, "zh", [R], [],
     "货车挂靠在物流公司名下，抵押登记只能登物流公司，这种情况我们的抵押权怎么保障？",
     "挂靠 vehicle mortgage law → regulations only"),
    ("cqv-088", LZG, True, "zh", [CC], [CR, R],
     "应收账款质押合同里写的：“出质人应于每笔应收账款回款之日起三个工作日内将回款全部划入质权人指定的保证金账户，未经质权人书面同意不得变更付款"
     "路径，出质人违反约定的，质权人有权宣布主债权提前到期并就保证金账户内资金优先受偿。”这条有效冇，能不能对抗外地买家？",
     "our receivables-pledge clause → contract_check"),
    ("cqv-089", ZXY, True, "zh", [RC], [R],
     "打火机厂年利率5.2%，再加个0.8%的财务顾问费，这个合规冇，总成本算下来好多",
     "stated rate + fee → rate_check"),
    ("cqv-090", YDM, True, "zh", [CC], [R],
     "贷审会上担保公司发来合作协议草稿，有这么一条：“担保人仅对借款本金的百分之八十承担保证责任，贷款人应在借款逾期后三十日内书面通知担保人，"
     "逾期通知的，担保人不再承担保证责任；贷款人变更借款期限、利率的，无论是否加重借款人负担，均须事先取得担保人书面同意。”我们能接受冇？",
     "proposed guarantee-company clause, not yet our contract → contract_check, no contract_review"),
    ("cqv-091", LCH, True, "zh", [S, W], [],
     "新化文印这户，分数和欠税情况一起帮我看下",
     "score + 欠税"),
    ("cqv-092", LWB, False, "zh", [D], [R],
     "你们县支行普惠小微贷款的定价管理办法拿给我看下，贷款利率浮动的审批权限是么子规定的",
     "institution's own rules → documents"),
    ("cqv-093", XXY, False, "zh", [I, S, W], [],
     "武冈这家卤菜公司 91430581MA4YN56L4R 开票和评分帮我看下，外加有冇被起诉",
     "names_code 武冈", True),
    ("cqv-094", DGP, True, "zh", [CC, RC], [CR, R],
     "借款合同里写的：“本合同项下贷款执行年利率5.8%，借款人逾期还款的，自逾期之日起按合同利率加收50%计收罚息，对不能按时支付的利息按罚息利率"
     "计收复利，同时按逾期金额每日千分之一支付违约金。”这样叠加起来算不算超标？",
     "our rate clause quoted and its cost asked → contract_check + rate_check"),
    ("cqv-095", SL, True, "zh", [I], [],
     "返乡电商这户，抖音店铺的销售额在开票里体现得出来冇？近半年开了好多",
     "sales → invoice_summary"),
    ("cqv-096", YXF, True, "zh", [R], [CR, D],
     "贷款资金被借款人拿去炒股哒，合同里冇写具体用途限制，我也不晓得能不能提前收回？",
     "contract content supplied; law → regulations"),
    ("cqv-097", PWD, True, "zh", [CC], [R],
     "涟源钢材商和上游钢厂的购销合同：“买方应于每月25日前预付下月全部货款，卖方在收到全额货款后十五日内发货，如遇原材料价格上涨，卖方有权单方"
     "调整价格或取消订单，已收货款在九十日内无息退还，买方不得因此主张任何违约责任。”这种条款对我们给他的流贷风险大冇？",
     "third-party supply clause → contract_check; no contract_review"),
    ("cqv-098", YDM, True, "zh", [D], [],
     "这户调查报告和贷后报告里对他家庭负债的说法不一样，帮我对一下两份材料",
     "two stored reports → documents"),
    ("cqv-099", DGP, False, "zh", [D, S], [],
     "新邵这家养殖公司 91430522MA4UUM478H 的贷后报告里写的存栏好多，最近评分有变化冇",
     "names_code 新邵", True),
    ("cqv-100", ZXY, True, "zh", [I, S, W, R, RC, D], [],
     "帮我整理下给行长汇报的材料：邵东这家五金小商品厂去年外贸订单多，申请把授信从300万加到500万，用厂房抵押加老板夫妻连带保证，利率打算执行"
     "一年期LPR加80个基点。要讲清楚：一、近两年开票走势和今年前几个月的情况；二、目前评分和评级有冇变化；三、有冇涉诉、被执行、欠税或者对外担保；"
     "四、按现在的监管规定，加到500万以后还算不算普惠小微贷款的口径；五、LPR加80个基点这个价格算不算偏低，按我们行的定价办法要不要报贷审会特批。",
     "long brief; collateral stated → no contract_review"),
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
    assert [r["id"] for r in rows] == [f"cqv-{i:03d}" for i in range(1, 101)]
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
