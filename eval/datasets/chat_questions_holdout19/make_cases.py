"""Build cases.jsonl for chat_questions_holdout19 (author 21). Rows are held literally below, written by hand.

Run: .venv/bin/python eval/datasets/chat_questions_holdout19/make_cases.py
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

WCY = "韦春燕（普惠金融部）"
QZQ = "覃志强（武鸣支行客户经理，甘蔗种植大户/糖厂）"
HQJ = "黄秋菊（容县支行客户经理，沙糖桔/百香果果园）"
PWJ = "庞文杰（玉州支行客户经理，中药材市场商户）"
NJH = "农建华（边贸金融部客户经理，东兴/凭祥边贸）"
LLP = "蓝丽萍（柳州分理处客户经理，螺蛳粉作坊）"
LGD = "梁国栋（钦州支行客户经理，港口物流挂靠车队）"
SXY = "苏晓燕（横州支行客户经理，茉莉花茶厂）"
LYF = "陆永福（北流支行客户经理，养猪养鸭户/村小卖部）"
LHJ = "李海军（贷后管理）"
GLH = "甘丽华（风险管理部）"
MXL = "莫小兰（合规部）"
DJX = "邓建新（玉州支行行长，转贷审会问题）"
TM = "唐明（金融监管分局检查人员）"

# (id, asker, borrower_in_focus, lang, needs, optional, question, note[, names_code])
ROWS = [
    ("cqt-001", QZQ, True, "zh", ["warnings"], [],
     "这户有冇被起诉过",
     "lawsuits -> warnings; 8 chars"),
    ("cqt-002", QZQ, True, "zh", ["invoice_summary"], [],
     "糖厂今年榨季的销项开漂几多？比上个榨季跌咗冇",
     "sales/开票 of the sugar mill -> invoice_summary; slip 开漂"),
    ("cqt-003", QZQ, True, "zh", ["score"], [],
     "糖厂评份几多分啊，系唔系降档了",
     "score/档 -> score; slip 评份"),
    ("cqt-004", QZQ, False, "zh", ["regulations"], [],
     "甘蔗种植大户用糖厂欠佢的收购款做应收账款质押，要去边度登记？人行那个动产融资统一登记公示系统得唔得",
     "registration of receivables pledge -> regulations only"),
    ("cqt-005", QZQ, True, "zh", ["rate_check"], ["regulations"],
     "这户甘蔗贷执行利率5.8%，再加担保公司收的担保费2%，综合落嚟超冇超监管要求的上限啊",
     "stated rate + fee, asks the cap -> rate_check"),
    ("cqt-006", QZQ, True, "zh", ["warnings", "invoice_summary"], [],
     "糖厂拖欠蔗农蔗款好似被人上访了，你查下佢有冇被执型、有冇欠税，顺便睇下近三个月开票",
     "被执行/欠税 -> warnings; 开票 -> invoice_summary; slip 被执型"),
    ("cqt-007", HQJ, True, "zh", ["documents"], [],
     "沙糖桔园那份土地流转合同系几年到期的？档案里有冇",
     "what a stored file says -> documents"),
    ("cqt-008", HQJ, False, "zh", ["regulations"], [],
     "果园流转来的土地经营权可以拿来抵押咩？要唔要原承包户同意",
     "land management right mortgage -> regulations only"),
    ("cqt-009", HQJ, True, "zh", ["contract_check"], ["contract_review", "regulations"],
     "我们同佢签的抵押合同第五条写住：“抵押期间，抵押人未经抵押权人书面同意不得转让、出租或以其他方式处分抵押的土地经营权；"
     "如土地流转合同提前解除，抵押人应在十日内提供抵押权人认可的其他担保，否则抵押权人有权宣布贷款提前到期并处置抵押财产。”"
     "流转合同要是被村里提前收回，呢条仲管唔管用？",
     "quoted clause of our stored mortgage contract -> contract_check; contract_review optional"),
    ("cqt-010", HQJ, True, "zh", ["warnings"], [],
     "百香果那户最近好似有人去法院告佢欠农资款，查下有冇",
     "lawsuit -> warnings"),
    ("cqt-011", PWJ, False, "zh", ["warnings", "score"], [],
     "92450902MA5QH61C3M 这个药材档口老板，有冇失信记录？评分几多",
     "names a 个体户 code; 失信 -> warnings; 评分 -> score", True),
    ("cqt-012", PWJ, True, "zh", ["invoice_summary", "documents"], [],
     "佢话一年卖八百个的药材，开票才二百几万，你对下实际开票几多，同埋睇下佢当时交的银行流水有冇存档",
     "开票 -> invoice_summary; stored bank statements -> documents; 八百个 = 800万 is his claim"),
    ("cqt-013", PWJ, True, "zh", ["rate_check"], ["regulations"],
     "药材市场那个商户借咗我行30w，年化7.2%，另外收咗一个账户管理费3000蚊，合唔合规？",
     "stated rate and fee -> rate_check"),
    ("cqt-014", PWJ, False, "zh", ["regulations"], [],
     "用仓库里的三七、八角做存货质押，由第三方仓储公司监管，质权几时设立？要交付先算咩",
     "pledge creation -> regulations only"),
    ("cqt-015", PWJ, True, "zh", ["contract_check"], ["contract_review", "regulations"],
     "存货质押合同里面有一条：“出质人可在质物总价值不低于质权人核定的最低控制价值的前提下，自行提取、更换质物，"
     "无需另行通知质权人及监管人；质物因市场价格下跌导致价值不足的，出质人应在质权人书面通知后三十日内补足质物或提前归还相应借款。”"
     "咁写系唔系等于冇监管？有咩漏洞",
     "our stored pledge contract clause quoted -> contract_check"),
    ("cqt-016", NJH, True, "zh", ["warnings", "contract_review"], ["documents", "regulations"],
     "东兴那个红木老板系唔系被限高了？我们同佢签的红木质押合同你得闲审下有冇瑕疵",
     "限高 -> warnings; review of stored contract without text -> contract_review"),
    ("cqt-017", NJH, True, "zh", ["invoice_summary", "score"], [],
     "红木公司上季度开票跌咗好多，评分有冇跟住降",
     "开票 -> invoice_summary; 评分 -> score"),
    ("cqt-018", NJH, False, "zh", ["regulations"], [],
     "边民互市贸易进口的越南水果，落地加工之后可以做应收账款融资咩？有冇专门的政策文件",
     "border-trade policy -> regulations only"),
    ("cqt-019", NJH, True, "mixed", ["contract_check"], ["regulations"],
     "凭祥那个水果进口商发来佢同越南供应商的合同条款：“Seller shall retain full title to the goods until the purchase price "
     "is received in full by Seller, and Buyer shall not pledge, mortgage or otherwise encumber the goods before such "
     "payment.” 呢批榴莲我们仲可唔可以做存货质押？",
     "English clause of a third-party contract -> contract_check; no contract_review"),
    ("cqt-020", NJH, True, "zh", ["documents", "warnings"], [],
     "佢上次交的报关单同我们档案里存的对唔对得上？另外佢有冇被海关行政处罚过",
     "stored file -> documents; customs penalty counted as a warnings signal"),
    ("cqt-021", LLP, True, "zh", ["invoice_summary"], [],
     "螺蛳粉作坊双十一之后电商那边开票有冇涨啊",
     "开票 -> invoice_summary"),
    ("cqt-022", LLP, False, "zh", ["regulations"], [],
     "小作坊冇食品生产许可证，只有小作坊登记证，可唔可以申请创业担保贷款？",
     "policy eligibility -> regulations only"),
    ("cqt-023", LLP, True, "zh", ["score"], [],
     "佢评分系几多",
     "score; 6 chars"),
    ("cqt-024", LLP, True, "zh", ["contract_review"], ["documents", "regulations"],
     "我们同作坊签那份最高额保证合同，保证人系佢老婆，审下有冇问题",
     "stored contract without text -> contract_review"),
    ("cqt-025", LGD, True, "zh", ["warnings"], [],
     "车队有几台车被法院查封了？",
     "查封 -> warnings"),
    ("cqt-026", LGD, False, "zh", ["regulations"], [],
     "挂靠在物流公司名下的货车，实际车主系个人，办车辆抵压要边个签字？抵押登记在边个名下",
     "vehicle mortgage law -> regulations only; slip 抵压"),
    ("cqt-027", LGD, True, "zh", ["contract_check"], ["contract_review", "regulations"],
     "车辆抵押合同第七条：“抵押车辆登记在挂靠单位名下的，挂靠单位同意以该车辆为实际车主的借款提供抵押担保，并承诺在抵押期间"
     "不办理过户、不再设立其他抵押；实际车主违约时，抵押权人可直接要求挂靠单位配合处置车辆。”挂靠公司盖咗章，但实际车主冇签字，有效冇？",
     "quoted clause of our stored vehicle mortgage -> contract_check"),
    ("cqt-028", LGD, True, "zh", ["invoice_summary", "warnings"], [],
     "钦州港那个车队运费发票开得点样，最近有冇欠社保",
     "运费发票 -> invoice_summary; 社保 -> warnings"),
    ("cqt-029", SXY, True, "mixed", ["score"], [],
     "茉莉花茶厂的分数有冇update？上个月好似系B档",
     "score; last month's band supplied, current asked"),
    ("cqt-030", SXY, True, "mixed", ["rate_check"], ["documents", "contract_review"],
     "茶厂那笔流贷合同上写月利率6.5‰，帮我check下折年化几多，超冇超",
     "rate from our stored contract, supplied -> rate_check"),
    ("cqt-031", SXY, False, "zh", ["invoice_summary"], [],
     "91450181MA5N4C7Y46 横州这间茶厂，今年开票总额几多",
     "names a code; 开票 -> invoice_summary", True),
    ("cqt-032", SXY, True, "zh", ["documents"], [],
     "茶厂上次贷审会的批复意见讲咩？要求追加咩担保",
     "stored approval -> documents"),
    ("cqt-033", LYF, True, "zh", ["warnings"], [],
     "养猪户系唔系有好多家网贷在查佢正信",
     "多头/征信查询 -> warnings; slip 正信"),
    ("cqt-034", LYF, False, "zh", ["regulations"], [],
     "生猪活体可唔可以抵押？抵押咗要去边度登记",
     "live-hog mortgage -> regulations only"),
    ("cqt-035", LYF, True, "zh", ["regulations"], ["documents"],
     "村委开的证明我贴上来：“兹证明陆某某在本村承包集体土地十五亩用于养鸭，鸭棚系其自建，无产权证，承包期至2030年，无纠纷。”"
     "呢个鸭棚可唔可以办抵押？",
     "村委 certificate supplied -> documents optional; collateral law -> regulations"),
    ("cqt-036", LYF, True, "zh", ["score", "invoice_summary"], [],
     "村小卖部老板评分几多？佢开票好少，主要系微信收款，开票数据你都睇下",
     "score + invoice_summary"),
    ("cqt-037", LHJ, True, "zh", ["warnings", "documents"], [],
     "贷后检查：这户最近三个月有冇新增预警，仲有上次贷后检查报告写咗咩整改要求",
     "预警 -> warnings; stored report -> documents"),
    ("cqt-038", LHJ, True, "zh", ["contract_review"], ["documents", "regulations"],
     "这户续贷签的借款合同同保证合同，帮我审下有冇漏签、期限有冇衔接唔上",
     "review stored contracts -> contract_review"),
    ("cqt-039", LHJ, True, "zh", ["documents", "regulations"], ["contract_review"],
     "佢抵押合同里登记的抵押期限系几时到？过咗呢个期限抵押权仲有冇效",
     "what the stored contract says + what the law makes of it"),
    ("cqt-040", LHJ, True, "zh", ["regulations"], ["warnings"],
     "收到法院短信：“【玉林市玉州区人民法院】玉林某农商银行诉陆某某金融借款合同纠纷一案（2026）桂0902民初3321号判决已于11月20日"
     "发生法律效力，如对方未履行，可依法申请强制执行。”几时之前要申请执行？过咗期会点",
     "court SMS (not contract text) -> no contract_check; time limit -> regulations; case stated, warnings optional"),
    ("cqt-041", GLH, True, "mixed", ["score", "warnings"], [],
     "风险排查：这户评分同预警情况一齐出个summary俾我",
     "score + warnings"),
    ("cqt-042", GLH, False, "zh", ["regulations"], [],
     "展期之后风险分类系唔系至少要划关注类？新的金融资产风险分类办法点讲",
     "risk classification rule -> regulations only"),
    ("cqt-043", GLH, True, "zh", ["invoice_summary", "score", "warnings"], [],
     "贷审会前帮我拉齐三样：开票趋势、评分、有冇涉诉",
     "three borrower sources"),
    ("cqt-044", MXL, False, "zh", ["regulations"], [],
     "客户经理帮客户垫付担保费，再从放款里扣返，算唔算违规？",
     "conduct rule -> regulations only"),
    ("cqt-045", MXL, True, "zh", ["rate_check"], ["regulations"],
     "这笔贷款收咗1%的咨询服务费，利率4.35%，折算下明示年化几多，有冇违反小微企业收费规定",
     "stated fee and rate -> rate_check"),
    ("cqt-046", MXL, True, "zh", ["contract_check", "rate_check"], ["contract_review", "regulations"],
     "借款合同第十二条：“借款人提前还款的，应按提前还款金额的3%向贷款人支付违约金；借款人未按约定用途使用借款的，贷款人有权"
     "按日万分之五加收罚息，并可宣布全部借款提前到期，要求借款人立即清偿全部本息。”提前还款收3%违约金，合唔合规？",
     "stored contract clause on costs -> contract_check + rate_check"),
    ("cqt-047", DJX, True, "mixed", ["documents"], [],
     "这户的授信批复同上次现场调查报告帮我揾出来，有冇update过",
     "stored files -> documents"),
    ("cqt-048", DJX, True, "zh", ["score", "documents"], [],
     "贷审会有委员问：这户评分几多，调查报告里讲的年收入系几多",
     "score + stored report"),
    ("cqt-049", TM, False, "zh", ["regulations"], [],
     "查询个人征信要书面授权，手机上电子签名的授权书算唔算书面？",
     "征信授权 rule -> regulations only"),
    ("cqt-050", TM, False, "en", ["regulations"], [],
     "Is a rural commercial bank allowed to require borrowers to buy wealth management products as a condition of "
     "getting a loan?",
     "tying rule -> regulations only; English"),
    ("cqt-051", QZQ, True, "zh", ["contract_check"], ["contract_review", "regulations"],
     "应收账款质押合同里写：“出质人将其对横州某制糖有限公司享有的2026/2027榨季甘蔗收购款债权出质给质权人，出质人应书面通知该糖厂"
     "将收购款直接支付至出质人在质权人处开立的监管账户，未经质权人同意不得变更收款账户。”糖厂冇盖章确认，质权成唔成立？",
     "stored receivables-pledge clause quoted -> contract_check"),
    ("cqt-052", QZQ, True, "zh", ["contract_review"], ["documents", "regulations"],
     "甘蔗大户的保证人系村支书，我们那份保证合同审下有冇效力问题",
     "stored guarantee contract without text -> contract_review"),
    ("cqt-053", QZQ, True, "zh", ["warnings", "documents"], [],
     "这户有冇同人互保？我们档案里担保人同佢系乜关系",
     "互保 -> warnings; stored file -> documents"),
    ("cqt-054", HQJ, True, "zh", ["rate_check"], [],
     "果园老板话隔离信用社俾佢利率3.9%，我们报4.75%，贷50个的话一年利息差几多钱",
     "two stated rates compared -> rate_check; slip 隔离 = 隔篱"),
    ("cqt-055", HQJ, True, "zh", ["invoice_summary"], [],
     "沙糖桔合作社今年春节前卖咗几多？",
     "sales -> invoice_summary"),
    ("cqt-056", HQJ, False, "zh", ["warnings"], [],
     "93450921MA5L9D4Q8A 容县这个沙糖桔合作社，有冇被列入经营异常或者被执行？",
     "names a cooperative code; 经营异常/被执行 -> warnings", True),
    ("cqt-057", HQJ, True, "zh", ["contract_review"], ["documents"],
     "百香果那户的果园托管合同我们有留存，审下托管方有冇权利自己卖果",
     "stored contract without text -> contract_review"),
    ("cqt-058", PWJ, True, "zh", ["rate_check"], ["regulations", "warnings"],
     "药材档口老板拿张借条嚟话人哋欠佢钱：“今借到庞某某现金贰拾万元整，月息3分，2026年12月底还清。借款人：林某”，月息3分受唔受保护？",
     "IOU, short quote -> rate_check, not contract_check"),
    ("cqt-059", PWJ, True, "zh", ["score"], [],
     "做乜佢个评分咁低啊",
     "why is the score low -> score"),
    ("cqt-060", PWJ, True, "zh", ["invoice_summary"], ["documents"],
     "调查报告写佢年销售额1200万，实际开票对唔对得上",
     "report figure supplied -> documents optional"),
    ("cqt-061", NJH, True, "zh", ["invoice_summary"], ["documents"],
     "佢发过嚟一张发票：“货物或应税劳务名称：*木制品*红木家具（大果紫檀）规格：套 数量：3 单价：58000.00 金额：174000.00 "
     "税率：13% 税额：22620.00”，同系统里佢的开票数据对唔对得上",
     "invoice line pasted (not contract text) -> invoice_summary, no contract_check"),
    ("cqt-062", NJH, True, "zh", ["contract_check"], ["contract_review", "regulations"],
     "红木存货质押的三方监管协议第四条：“监管方仅对质物的数量及外包装负责，不对质物的品种、材质、真伪、质量及价值承担任何责任；"
     "质物在监管期间因自然灾害、盗窃、火灾等原因毁损灭失的，监管方不承担赔偿责任。”红木真假佢都唔负责，咁我们风险几大",
     "our tripartite agreement clause -> contract_check"),
    ("cqt-063", NJH, False, "zh", ["score", "invoice_summary"], [],
     "91451481MA5M7B2T4Y 凭祥进口水果那家，评分同开票情况",
     "names a code; score + invoice_summary", True),
    ("cqt-064", LLP, True, "zh", ["warnings"], [],
     "作坊老板有冇欠电费水费啊，听讲停产咗",
     "水电 -> warnings"),
    ("cqt-065", LLP, True, "zh", ["contract_check"], ["regulations"],
     "作坊租的厂房租赁合同写：“承租人不得将租赁物及其附着的设备、装修用于抵押或设定任何形式的担保；承租人擅自抵押的，出租人有权"
     "单方解除合同并没收全部押金，且不予补偿承租人的装修费用及设备搬迁费用。”我们想用佢的生产设备做动产抵押，受唔受影响",
     "third-party lease clause -> contract_check, no contract_review"),
    ("cqt-066", LLP, False, "en", ["rate_check"], ["regulations"],
     "A snail noodle workshop owner took an online loan at 0.05% per day plus a 2% service fee. What is the APR, and is it "
     "above the legal cap?",
     "stated rate and fee -> rate_check; English"),
    ("cqt-067", LGD, True, "zh", ["score", "documents"], [],
     "物流公司个分数跌咗几多？授信批复要求的评分底线系几多",
     "score + stored approval condition -> documents"),
    ("cqt-068", LGD, False, "zh", ["warnings"], [],
     "91450703MA5JW56H9F 钦州这间物流公司，车有冇被查封、有冇被执行",
     "names a code; 查封/被执行 -> warnings", True),
    ("cqt-069", LGD, True, "mixed", ["rate_check", "contract_review"], ["documents", "regulations"],
     "车队那笔车贷合同帮我审下，仲有佢话利率系LPR加150个bp，咁高唔高",
     "review stored contract + stated rate -> contract_review + rate_check"),
    ("cqt-070", LGD, True, "zh", ["regulations", "warnings"], [],
     "车队老板发咗条微信：“韦经理，有台挂靠车出咗事故，对方住院，交警话挂靠公司都要赔，我这个月先还利息得唔得”。"
     "挂靠公司要唔要承担连带赔偿？另外睇下佢最近有冇被人起诉",
     "WeChat note; liability -> regulations; lawsuits -> warnings"),
    ("cqt-071", SXY, True, "zh", ["contract_review"], ["documents", "regulations"],
     "茉莉花茶厂那份厂房抵押合同，抵押物清单同不动产登记证明对唔对应，审下",
     "review stored contract -> contract_review"),
    ("cqt-072", SXY, True, "zh", ["contract_check"], ["contract_review", "regulations"],
     "保正合同第三条：“保证人的保证期间为主合同约定的债务履行期限届满之日起三年；主合同展期的，保证期间自展期届满之日起重新计算，"
     "贷款人与借款人协商变更主合同的，无需另行征得保证人书面同意。”展期唔使保证人同意，系唔系有问题",
     "stored guarantee clause -> contract_check; slip 保正"),
    ("cqt-073", SXY, True, "zh", ["invoice_summary", "warnings"], [],
     "茶厂今年夏季花期开票点样，有冇新增欠税",
     "开票 + 欠税"),
    ("cqt-074", LYF, True, "zh", ["rate_check"], ["regulations"],
     "养鸭户在村里借咗5k，讲好每个月还利息250蚊，算落年化几多，犯唔犯法",
     "implied rate -> rate_check"),
    ("cqt-075", LYF, True, "zh", ["documents"], [],
     "小卖部那户当时交的村委证明同户口本复印件，档案里有冇",
     "stored files -> documents"),
    ("cqt-076", LYF, False, "zh", ["regulations"], [],
     "养猪场环评冇批落嚟，可唔可以继续放贷？绿色信贷有冇规定",
     "green-credit rule -> regulations only"),
    ("cqt-077", LYF, False, "zh", ["invoice_summary", "warnings"], [],
     "91450981MA5NG27W68 北流那个养猪场，出栏开票几多，有冇涉诉",
     "names a code; invoice_summary + warnings", True),
    ("cqt-078", LHJ, True, "zh", ["warnings", "contract_review"], ["documents"],
     "佢续贷几次了？展其过冇？仲有佢那份展期协议审下，保证人有冇签字同意",
     "续贷/展期次数 -> warnings; review stored agreement -> contract_review; slip 展其"),
    ("cqt-079", LHJ, True, "zh", ["contract_check"], ["contract_review", "regulations"],
     "最高额抵押合同第二条：“本合同担保的最高债权额为人民币捌拾万元，担保的债权确定期间为2024年1月1日至2026年12月31日，"
     "在此期间内发生的全部借款本金、利息、罚息、复利及实现债权的费用均属担保范围。”明年续贷仲包唔包在入面",
     "stored maximum-mortgage clause -> contract_check"),
    ("cqt-080", LHJ, True, "zh", ["documents", "regulations"], ["contract_review"],
     "借款合同约定的管辖法院系边度？我们想喺南宁起诉得唔得",
     "what the stored contract says + jurisdiction law"),
    ("cqt-081", GLH, True, "zh", ["warnings", "score"], [],
     "哦豁，这户征信好似有逾期，帮我睇下预警同评分变咗冇",
     "warnings + score"),
    ("cqt-082", GLH, True, "zh", ["rate_check"], ["warnings", "regulations"],
     "征信报告有一行：“某小额贷款有限公司 个人经营性贷款 授信额度100,000 余额86,200 年利率23.6% 状态正常”，呢个利率合唔合规？",
     "credit-report line, short -> rate_check; warnings optional (other debt)"),
    ("cqt-083", GLH, False, "zh", ["regulations"], [],
     "借款人过世了，佢的继承人要唔要还贷款？只继承了一间屋",
     "inheritance of debt -> regulations only"),
    ("cqt-084", MXL, True, "zh", ["contract_review", "regulations"], ["documents"],
     "这户的借款合同有冇格式条款冇做提示说明？另外按规定，格式条款要点样提示先有效",
     "review + explicit law question"),
    ("cqt-085", MXL, False, "zh", ["contract_check"], ["regulations"],
     "我们新版借款合同模板准备加一条：“借款人同意贷款人将其个人信息、借款信息及征信信息提供给贷款人合作的第三方机构，用于营销推广及"
     "风险评估，授权期限自本合同签署之日起至借款全部结清后五年止，借款人不得撤回。”个人信息保护法下面得唔得",
     "our template, no borrower -> contract_check, no contract_review"),
    ("cqt-086", DJX, True, "zh", ["score", "warnings", "invoice_summary", "documents"], [],
     "贷审会前我要个总览：评分、预警、开票，仲有上次批复的条件落实咗冇",
     "four borrower sources"),
    ("cqt-087", DJX, False, "zh", ["regulations"], [],
     "普惠小微贷款尽职免责，客户经理要满足咩条件先可以免责",
     "due-diligence exemption rule -> regulations only"),
    ("cqt-088", DJX, True, "zh", ["contract_check", "score"], ["regulations"],
     "贷审会材料：借款人系玉林中药材市场的商户，申请200万流贷，由玉林某融资担保公司担保，担保公司发来佢的担保条款要我们接受："
     "“担保人承担保证责任的前提是贷款人已对借款人提起诉讼并经强制执行仍不能清偿，担保人仅对剩余本金的百分之六十承担责任，"
     "利息、罚息、复利及实现债权的费用均不在担保人的担保范围内。”请问呢条对我们有咩风险？另外这户评分几多，够唔够档",
     "long brief; third-party guarantee clause -> contract_check; 评分 -> score"),
    ("cqt-089", TM, False, "zh", ["regulations"], [],
     "贷款利率公示要公示边啲内容？明示年化利率的口径系咩",
     "disclosure rule -> regulations only"),
    ("cqt-090", TM, True, "zh", ["contract_review"], ["documents", "regulations"],
     "抽查这户的借款合同，睇下有冇明示年化利率",
     "check stored contract -> contract_review"),
    ("cqt-091", WCY, False, "zh", ["regulations"], [],
     "农户小额信用贷款，冇抵押，最高可以放几多？有冇文件规定",
     "policy limit -> regulations only"),
    ("cqt-092", WCY, True, "mixed", ["invoice_summary"], [],
     "最近半年开票trend点样",
     "invoice trend"),
    ("cqt-093", WCY, False, "zh", ["score"], [],
     "91450102MA5KT83R4J 呢间糖业公司评分几多",
     "names a code; score", True),
    ("cqt-094", WCY, True, "zh", ["contract_check", "rate_check"], ["contract_review", "regulations"],
     "借款合同第八条：“借款利率为年利率5.6%，按月结息；借款人逾期还款的，自逾期之日起按借款利率上浮50%计收罚息，对未按时支付的"
     "利息按罚息利率计收复利，另按逾期金额每日千分之一收取违约金。”罚息复利违约金加埋，超冇超上限",
     "stored clause on costs -> contract_check + rate_check"),
    ("cqt-095", QZQ, True, "zh", ["contract_review"], ["documents"],
     "甘蔗大户同我们签的借款合同同抵押合同，审一下期限、金额有冇对唔上",
     "review stored contracts -> contract_review"),
    ("cqt-096", HQJ, True, "zh", ["rate_check"], ["regulations"],
     "我老表在果园贷款，银行收利率4.2%，保险公司仲要佢买一份1.5%的保证保险，加埋成本系几多",
     "stated rate + insurance cost -> rate_check"),
    ("cqt-097", PWJ, True, "zh", ["contract_check"], ["regulations"],
     "药材商户同制药厂签的供货合同写：“甲方收到货物并验收合格后九十日内付款，乙方不得将本合同项下的应收账款转让或质押给任何第三方，"
     "否则甲方有权拒付全部到期货款，并要求乙方按合同总额的20%支付违约金及赔偿甲方因此遭受的损失。”咁佢的应收账款仲可唔可以质押俾我们",
     "third-party supply contract clause -> contract_check, no contract_review"),
    ("cqt-098", LYF, True, "zh", ["warnings", "contract_review"], ["documents"],
     "这户同村里其他养鸭户有冇互保？我们同佢哋签的联保协议都审下，搞掂之后回复我",
     "互保 -> warnings; review stored agreement -> contract_review"),
    ("cqt-099", LLP, False, "zh", ["invoice_summary", "score"], [],
     "91450204MA5RU94A6F 柳南这间螺蛳粉厂，近一年开票同评分",
     "names a code; invoice_summary + score", True),
    ("cqt-100", WCY, True, "zh", ["invoice_summary", "score", "warnings", "regulations"], ["documents", "contract_review"],
     "帮我准备明日去行长那里汇报的材料：呢户系横州茉莉花茶厂，贷款300w明年3月到期想续贷，佢讲今年花价跌咗三成，利润好薄。"
     "我想知：一，佢今年开票同去年比点样；二，评分有冇降档；三，有冇新增涉诉或者欠税；四，我们同佢签的抵押合同抵押物系厂房同设备，"
     "续贷要唔要重新办抵押登记；五，无还本续贷政策点规定，佢够唔够条件",
     "long brief: invoice + score + warnings + law"),
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
    assert [r["id"] for r in rows] == [f"cqt-{i:03d}" for i in range(1, 101)]
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
