"""Build cases.jsonl for chat_questions_holdout15 (author 17). Rows are held literally below, written by hand.

Run: .venv/bin/python eval/datasets/chat_questions_holdout15/make_cases.py
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

WJ = "王建军（普惠金融部总经理）"
LS = "李帅（周口支行客户经理，养殖贷）"
ZXY = "张晓燕（许昌支行客户经理，假发出口）"
ZGQ = "赵国强（驻马店支行客户经理，肉牛）"
LY = "刘洋（中牟支行客户经理，大蒜辣椒）"
SP = "孙鹏（郑州营业部客户经理，物流车队和4S店）"
CJ = "陈静（许昌支行客户经理，超市建材）"
ZK = "周凯（周口支行客户经理，面粉厂挂面）"
GZH = "郭振华（风险管理部）"
ML = "马丽（合规部）"
YDY = "杨大勇（贷后清收）"
GWD = "高卫东（周口支行行长，转贷审会问题）"
WM = "吴敏（金融监管分局检查人员）"

# (id, asker, borrower_in_focus, lang, needs, optional, question, note[, names_code])
ROWS = [
    ("cqp-001", LS, True, "zh", ["score"], [],
     "恁看他分中不中",
     "short follow-up: 分 = the borrower's score"),
    ("cqp-002", LS, True, "zh", ["warnings"], [],
     "有预警木有",
     "short follow-up: 预警 = early warnings"),
    ("cqp-003", ZXY, True, "zh", ["invoice_summary"], [],
     "开票咋着，这俩月",
     "short follow-up on the last two months' invoicing"),
    ("cqp-004", WJ, False, "zh", ["regulations"], [],
     "活体抵押到底算数不算数？猪是活哩，今天三百头明天卖掉一百头，还有病死哩，抵押物一直在变，真打起官司来法院认不认俺这个抵押？",
     "validity of a (floating) chattel mortgage over live hogs: law only"),
    ("cqp-005", ZGQ, False, "zh", ["regulations"], [],
     "肉牛活体抵押现在是去哪登记？以前跑市场监管局，听说现在统一到人民银行征信中心那个动产融资统一登记公示系统了，是不是真哩？不登记哩话抵押还有效没有，能不能对抗第三人？",
     "where a livestock mortgage is registered and the effect of not registering: law/policy"),
    ("cqp-006", LY, False, "zh", ["rate_check"], ["regulations"],
     "中牟有个蒜商说他在外头一个小贷公司借了三十个，月息一分八，放款时候还一次性扣了2%服务费，恁给算算这超没超红线？",
     "stated rate (月息1.8% plus 2% fee up front) against the cap"),
    ("cqp-007", GWD, True, "zh", ["rate_check", "score"], ["regulations"],
     "贷审会上委员问哩：这户乡村振兴贷执行年利率6.85%，比LPR上浮不少，合规不合规？还有他评分在哪一档，够不够享受优惠利率那一档？",
     "stated rate 6.85% and its level; the score band"),
    ("cqp-008", SP, False, "zh", ["contract_check"], ["regulations"],
     "这是咱新拟哩挂靠车抵押条款，恁帮俺看看中不中：“第八条 借款人以其挂靠于郑州顺达物流有限公司名下的重型半挂牵引车（豫A·8K3××）提供抵押担保，挂靠公司同意配合办理抵押登记，如借款人未按期还款，贷款人有权直接扣收车辆并自行变卖，所得价款优先受偿，不足部分由借款人继续偿还。”车登记在物流公司名下，俺们这样押能行不？",
     "pasted draft clause (not a stored contract of a borrower): contract_check does the legal comparison"),
    ("cqp-009", CJ, True, "zh", ["documents"], [],
     "他门面房那个租赁合同传上来没有？租到哪一年？",
     "what an uploaded file says (lease term)"),
    ("cqp-010", GZH, True, "zh", ["contract_review"], ["documents", "regulations"],
     "这户存量那份保证合同有没有啥毛病？保证期间写没写清，是连带责任还是一般保证？",
     "defects of the stored guarantee contract, no text given"),
    ("cqp-011", WJ, False, "zh", ["warnings"], [],
     "91411600MA9G7K3P2G 这家有被执行没有？老板限高了没？",
     "borrower named by code; enforcement / 限高", True),
    ("cqp-012", ZXY, True, "mixed", ["invoice_summary"], ["documents"],
     "他说今年非洲那边订单翻了一倍，俺想看看开票数据对不对得上。Excel里有他自己报哩数，恁先把系统里出口开票最近三个月每月多少拉出来",
     "monthly export invoicing; his own Excel (uploaded) would only help the comparison"),
    ("cqp-013", WM, False, "zh", ["regulations"], [],
     "创业担保贷款贴息现在是咋规定哩？个人最高额度多少，贴息期限几年，借款人逾期了财政贴息还给不给？",
     "贴息 policy rules: regulations"),
    ("cqp-014", YDY, True, "zh", ["documents", "regulations"], ["contract_review", "warnings"],
     "这户保证人说他签字时候不知道是借新还旧，现在不认账了。俺们手上有他签字哩保证合同，合同里写没写借新还旧这事？按法律他还得担不担？",
     "what the stored contract says + the law on 借新还旧 and the guarantor"),
    ("cqp-015", LS, True, "zh", ["warnings", "invoice_summary"], ["score"],
     "这个养猪场最近咋样？有没有啥不得劲哩，销售额掉没掉？",
     "anything wrong -> warnings; 销售额 -> invoices; 咋样 makes the score a help"),
    ("cqp-016", ML, False, "zh", ["regulations"], [],
     "小额贷款公司利率上限到底咋算？是不是还是LPR四倍？地方金融组织放哩贷款适不适用民间借贷那个司法解释？",
     "no rate stated; which rule applies to licensed lenders: law"),
    ("cqp-017", ZGQ, True, "zh", ["documents"], [],
     "他耳标登记表里那批西门塔尔牛一共多少头？档案里有没有防疫证明？",
     "uploaded ear-tag list and certificates"),
    ("cqp-018", LY, True, "zh", ["warnings"], ["documents"],
     "这个辣椒贩子俺听说在好几家银行都贷哩，多头严重不严重？征信查询次数多不多？",
     "多头 and credit enquiries -> warnings; the uploaded 征信 report could confirm"),
    ("cqp-019", SP, True, "zh", ["documents", "regulations"], ["contract_review"],
     "4S店那份库存车质押合同里写哩是占有改定还是交给咱委托哩监管方？车一直在他店里摆着卖，质权到底设立没有？",
     "what the stored pledge contract says + whether the pledge was created in law"),
    ("cqp-020", WJ, True, "zh", ["score", "warnings", "invoice_summary", "documents"], [],
     "明天贷审会要上这户，恁给俺弄个全面哩：评分多少、为啥扣分；有没有官司被执行；近一年开票走势；资料还缺啥也说一下",
     "four-part brief; 资料缺啥 needs the uploaded files"),
    ("cqp-021", ZXY, False, "zh", ["invoice_summary"], [],
     "许昌这家假发厂 91411003MA47HX0R5N 去年出口开票一共多少？前五大客户是谁？",
     "borrower named by code; invoicing and top customers", True),
    ("cqp-022", GZH, False, "zh", ["rate_check"], ["regulations"],
     "有家小贷公司给咱客户放哩过桥资金，十天一万块收三百，折成年化多少？这算不算高利？",
     "stated bridge-loan cost (300 per 10,000 per 10 days)"),
    ("cqp-023", CJ, True, "zh", ["contract_review"], ["documents", "regulations"],
     "他那笔建材店流贷，合同里违约金跟罚息都写进去了，俩加一块是不是超了？恁帮俺审审存哩合同",
     "stored contract's charges, no rate stated -> contract_review"),
    ("cqp-024", YDY, True, "zh", ["regulations"], ["warnings"],
     "法院发来个短信：“【郑州市中原区人民法院】您好，您作为申请执行人的（2026）豫0102执1234号案件，被执行人名下暂无可供执行财产，本院拟终结本次执行程序，如有异议请于七日内联系承办人。”这咋弄？终本了俺还能再申请恢复执行不能？时效咋算？",
     "procedure after 终本 and time limits: law; the case itself is pasted (a court SMS, not a contract)"),
    ("cqp-025", WM, False, "zh", ["regulations"], [],
     "惠农e贷这种线上白名单产品，贷前不见面也不实地调查，符合不符合个人贷款管理办法里面谈面签那一条？",
     "regulatory requirement question"),
    ("cqp-026", LS, True, "zh", ["contract_check"], ["regulations", "contract_review"],
     "咱跟他签哩抵押合同里这一条：“抵押财产为抵押人养殖场内现有及将有的生猪（含能繁母猪、育肥猪、仔猪），以耳标号为准，抵押期间抵押人可在正常经营范围内出售生猪，但应保持存栏数量不低于签约时的百分之八十，并将售猪款项存入贷款人指定账户。”这条到底能不能管住他？他卖猪钱不打到指定账户咋弄？",
     "pasted clause from our stored mortgage contract"),
    ("cqp-027", GWD, False, "zh", ["regulations"], [],
     "贷审会上有人问，借新还旧哩，原来哩保证人没同意，新贷款保证人还担不担责？担保制度那个解释咋说哩？",
     "law on guarantors and 借新还旧"),
    ("cqp-028", ZXY, True, "en", ["invoice_summary"], [],
     "Can you pull this wig exporter's invoicing for the last 6 months? US orders dropped after the tariffs, want to see how bad it is.",
     "English: sales trend from invoices"),
    ("cqp-029", ZGQ, True, "zh", ["warnings", "invoice_summary"], [],
     "社保人数是不是掉哩？听说他屠宰场辞了一批人。开飘是不是也跟着下来了",
     "social-insurance headcount -> warnings; 开飘 (voice slip for 开票) -> invoices"),
    ("cqp-030", WJ, True, "zh", ["score"], ["warnings"],
     "评分咋恁低？哪几项扣哩？",
     "score and its reasons; warnings might explain"),
    ("cqp-031", SP, False, "zh", ["warnings"], [],
     "91410100MA45CQ1D8N 这个物流公司跟别哩企业有没有互保，在不在担保圈里？",
     "borrower named by code; guarantee circle", True),
    ("cqp-032", LY, False, "zh", ["rate_check"], ["regulations"],
     "日息万分之五，借六个月，这利率在民间借贷里头算高不算？",
     "stated daily rate"),
    ("cqp-033", ML, True, "zh", ["contract_review"], ["documents", "regulations"],
     "这户的创业担保贷款合同，贴息条款跟担保条款给合规审一下",
     "review of the stored contract"),
    ("cqp-034", CJ, True, "zh", ["invoice_summary", "score"], [],
     "超市这俩月营业额是不是下来哩？评份有没有受影响？",
     "营业额 -> invoices; 评份 (voice slip) -> score"),
    ("cqp-035", YDY, True, "zh", ["warnings", "documents"], [],
     "这户逾期仨月了，俺想知道他还有没有别哩官司，还有当时他签哩那个还款承诺书在系统里不在？",
     "other lawsuits -> warnings; the uploaded promise letter -> documents"),
    ("cqp-036", LS, False, "zh", ["regulations"], [],
     "养殖户拿流转来哩土地经营权做抵押中不中？要不要发包方同意？",
     "land-management-right mortgage: law"),
    ("cqp-037", GZH, True, "zh", ["contract_check", "rate_check"], ["regulations", "documents"],
     "借款人老板拿来一张他跟个人借钱打哩借条：“今借到张某某现金人民币伍拾万元整，月利率百分之二点五，借期六个月，逾期按日千分之三计收违约金，并承担出借人为实现债权支出的律师费、差旅费等全部费用。借款人：刘某某 2026年3月1日”恁看这利息跟违约金加一块超没超？这借条还有啥毛病？",
     "pasted IOU; the question is about its rates and its defects"),
    ("cqp-038", WJ, True, "mixed", ["documents"], [],
     "把他那个贷审会纪要PDF找出来，看看当时批哩条件里有没有要求追加保证人",
     "what an uploaded file says"),
    ("cqp-039", WM, False, "zh", ["regulations"], [],
     "农商行给物流车队放贷，挂靠车登记在挂靠公司名下，实际车主是司机，出了纠纷车辆所有权归谁？有没有相关司法解释？",
     "ownership of 挂靠 trucks: law"),
    ("cqp-040", SP, True, "zh", ["warnings", "invoice_summary"], [],
     "这个4S店最近是不是有供应商起诉他？俺在裁判文书网看到一个，恁系统里有没有？还有他这俩月卖车开票咋样",
     "asks the system for lawsuits (one seen elsewhere); car sales from invoices"),
    ("cqp-041", WJ, True, "zh", ["contract_review"], ["documents", "regulations"],
     "咱跟他签哩那个最高额保证合同，额度跟期间有没有写漏？",
     "defects of the stored maximum-amount guarantee"),
    ("cqp-042", GWD, True, "zh", ["score", "warnings"], [],
     "贷审会问俩事：评级啥档，续贷几回了",
     "band -> score; roll-over count -> warnings"),
    ("cqp-043", ZGQ, True, "zh", ["regulations"], ["documents"],
     "耳标系统里查哩：“耳标号 411726001245678 畜种 牛 品种 西门塔尔 养殖场 驻马店市泌阳县某某肉牛养殖场 状态 已屠宰 2026-05-12”这头牛在俺们抵押清单里，已经宰了，抵押权还在不在？能追着卖牛款要不？",
     "pasted registry line is a fact, not a clause; the question is 抵押物灭失/代位 law; the stored list would confirm"),
    ("cqp-044", LY, True, "zh", ["invoice_summary", "warnings"], [],
     "大蒜行情不中，他今年开票掉了多少？有没有欠税哩？",
     "invoices; tax arrears -> warnings"),
    ("cqp-045", ML, False, "zh", ["rate_check"], ["regulations"],
     "咱行税e贷年化3.95%，另外收个0.5%账户管理费，合起来综合融资成本有没有超监管哩线？",
     "stated rate plus fee"),
    ("cqp-046", CJ, True, "zh", ["contract_check"], ["regulations", "contract_review"],
     "咱保证合同里这条：“保证人在此不可撤销地承诺，无论主合同是否变更、展期或借新还旧，保证人均无需另行同意，自愿继续承担连带保证责任，保证范围包括主债权本金、利息、罚息、复利、违约金及实现债权的费用，保证期间为主债务履行期届满之日起三年。”这样写有用没用？真打官司法院认不认？",
     "pasted clause from our stored guarantee contract"),
    ("cqp-047", CJ, True, "zh", ["contract_check"], ["regulations", "rate_check", "documents"],
     "他店里这些瓷砖俺们想做存货质押，结果看他跟供货商哩合同里有这一条：“在买方付清全部货款之前，本合同项下货物所有权仍归卖方所有，买方不得将货物转卖、出质或设定抵押；买方逾期付款超过三十日的，卖方有权取回货物并按每日千分之一收取违约金。”这还押中不中？",
     "pasted supplier clause; contains a rate but the question is retention of title"),
    ("cqp-048", YDY, False, "zh", ["warnings"], [],
     "91411726MA9F2L6W3J 这家失信了没有？法人限高没",
     "borrower named by code; 失信 / 限高", True),
    ("cqp-049", SP, True, "zh", ["contract_review"], ["documents", "regulations"],
     "4S店那份库存车质押合同，存系统里那个版本，恁帮俺看看监管条款有没有漏洞，车要是被他偷偷卖了咱咋办",
     "review of the stored pledge contract's weak points"),
    ("cqp-050", LS, True, "zh", ["score", "invoice_summary", "warnings"], [],
     "养殖贷续贷，这户评分、销售、预警三样一块给俺看看",
     "three named borrower sources"),
    ("cqp-051", GZH, False, "mixed", ["rate_check"], ["regulations"],
     "有个app上哩消费贷，APR写哩35.9%，客户问是不是刚好卡在36%下面，现在法院还认不认36%？",
     "stated APR and the 36% rule"),
    ("cqp-052", ZGQ, True, "zh", ["contract_review"], ["documents", "regulations"],
     "俺们跟这个肉牛场签哩活体抵押合同，存系统里那份，恁看看有没有漏洞，特别是抵押物描述跟登记那块",
     "review of the stored livestock mortgage"),
    ("cqp-053", WM, False, "zh", ["regulations"], [],
     "涉农贷款不良容忍度有规定没？普惠小微贷款尽职免责是依据哪个文件？",
     "regulatory rules"),
    ("cqp-054", ZXY, True, "mixed", ["invoice_summary"], ["documents"],
     "他微信给俺发了张出口发票：“INVOICE NO. XC-2026-0418 / Human hair wigs 13x4 lace front / Qty 1200 pcs / USD 38,400 / Buyer: Adebayo Trading Ltd, Lagos” 这笔系统里开票有没有？对上对不上？",
     "pasted export invoice line; check against invoice data"),
    ("cqp-055", CJ, True, "zh", ["warnings"], ["score"],
     "他跟隔壁那个建材店是不是互保哩？",
     "mutual guarantee -> warnings"),
    ("cqp-056", YDY, False, "zh", ["regulations"], [],
     "诉讼时效三年从啥时候起算？分期还款哩是从最后一期到期算吗？中间俺们催收发短信算不算中断？",
     "limitation period: law"),
    ("cqp-057", GWD, True, "zh", ["score"], ["warnings", "documents"],
     "村委开了个证明：“兹证明我村村民李某某在本村承包土地二百亩种植大蒜，经营正常，无不良嗜好，特此证明。”就凭这个，再看他评分，能不能给他批惠农e贷？",
     "certificate is supplied; the score decides; warnings would round it off"),
    ("cqp-058", SP, True, "zh", ["rate_check"], ["contract_review", "documents", "regulations"],
     "4S店库存车质押那笔，合同里月息八厘五，另加监管费每月千分之二，加一块高不高？",
     "rates from the stored contract but stated in the message"),
    ("cqp-059", LY, True, "mixed", ["documents"], [],
     "他交上来哩那个冷库租赁合同跟仓单，扫描件PDF清楚不清楚，金额写哩多少？",
     "uploaded files"),
    ("cqp-060", LS, True, "zh", ["contract_check"], ["regulations"],
     "他这笔创业担保贷款，担保中心哩反担保合同有这条：“借款人以其本人及配偶名下全部财产提供反担保，借款人未按期还款的，担保中心代偿后有权直接划扣借款人及其配偶在任何金融机构的存款、工资及其他收入，不足部分由借款人继续清偿，借款人放弃一切抗辩权。”连他媳妇哩存款都能划，这中不中？",
     "pasted clause (the guarantee centre's contract, not ours)"),
    ("cqp-061", LS, True, "zh", ["warnings"], ["score"],
     "他微信给俺说哩：“李经理，今年猪价太低了，俺这一批猪压栏没卖，下个月十五号之前肯定把利息补上，本金能不能再展期半年，俺保证不跑。”恁看他之前展其过几回了？还有别哩逾期没？",
     "pasted WeChat note; roll-overs (展其 = voice slip) and overdue -> warnings"),
    ("cqp-062", ML, True, "zh", ["contract_review"], ["documents", "regulations"],
     "这户借款合同里那个“贷款人有权单方调整利率”哩条款，放到法律上站得住不？恁审审",
     "legality of a stored term; quote is short, not clause text"),
    ("cqp-063", ZGQ, False, "zh", ["rate_check"], ["regulations"],
     "养殖户跟饲料厂赊账，饲料厂按每月百分之三算利息，这法院支持不支持？",
     "stated monthly rate"),
    ("cqp-064", ZK, True, "zh", ["score"], ["warnings"],
     "面粉厂评级咋从B掉到C了？啥原因？",
     "band change and reasons"),
    ("cqp-065", LY, False, "zh", ["invoice_summary", "warnings"], [],
     "辣椒合作社 93410122MA46TB8N1Q 开票情况跟预警都看看",
     "borrower named by code (cooperative); two sources", True),
    ("cqp-066", GZH, False, "zh", ["contract_check", "rate_check"], ["regulations"],
     "担保公司给客户哩委托担保合同里写着：“借款人应于放款当日向担保人一次性支付担保费，费率为借款金额的百分之三/年，另按月支付咨询服务费，金额为借款金额的百分之零点五，上述费用不因借款人提前还款而退还。”担保费加服务费，再算上银行利息，综合成本是不是超了？这条本身有问题没？",
     "pasted fee clause; the question is its cost level and its defects"),
    ("cqp-067", WM, False, "zh", ["regulations"], [],
     "检查发现你们有客户经理替客户代签保证合同，这种保证合同效力咋认定？",
     "validity of a guarantee signed by someone else: law"),
    ("cqp-068", CJ, True, "zh", ["invoice_summary"], ["documents"],
     "他说去年营收八百来万，跟开票对得上不？",
     "stated revenue checked against invoices; uploaded statements would help"),
    ("cqp-069", YDY, True, "zh", ["warnings", "regulations"], [],
     "这户已经叫别哩银行起诉了，俺们还没起诉，是不是得赶紧申请财产保全？他一共有几个官司，查封了啥没有？",
     "lawsuit count and seizures -> warnings; 财产保全 -> law"),
    ("cqp-070", SP, True, "zh", ["documents"], [],
     "挂靠协议传了没？里面车辆所有权咋约定哩？",
     "what an uploaded (third-party) agreement says"),
    ("cqp-071", WJ, True, "zh", ["score", "warnings"], ["invoice_summary"],
     "这户要不要压降？咱先喷喷，恁说说分跟预警情况",
     "two named borrower sources"),
    ("cqp-072", LS, True, "zh", ["contract_check"], ["regulations", "documents"],
     "客户拿来他跟养殖公司签哩委托养殖协议：“甲方提供仔猪、饲料及兽药，乙方负责饲养管理，育肥猪出栏后由甲方统一回收销售，销售款先行扣除甲方投入成本后余额归乙方所有，养殖期间生猪所有权归甲方，乙方不得擅自处分或设定抵押。”照这个，猪算谁哩？俺们给乙方贷款押这批猪中不中？",
     "pasted third-party clause; contract_check does the legal comparison"),
    ("cqp-073", GWD, True, "zh", ["invoice_summary", "score"], ["warnings"],
     "贷审会上说这个面粉厂进项大销项小，是不是囤麦子哩？恁把进项销项都拉出来，再看看他分",
     "input/output invoices and the score"),
    ("cqp-074", ZGQ, True, "zh", ["warnings"], [],
     "他那个屠宰场水电费是不是欠哩？用电量掉没掉？",
     "utilities -> warnings"),
    ("cqp-075", ML, False, "zh", ["rate_check"], ["regulations"],
     "咱行创业担保贷款执行利率LPR加150个BP，财政贴一半，这个利率合规吧？有没有超规定哩上限？",
     "stated rate (LPR+150bp) against the cap"),
    ("cqp-076", ZXY, True, "zh", ["documents", "regulations"], [],
     "他跟美国客户签哩那个出口合同，付款方式写哩啥？要是对方不付款，适用哪国法律，咱国内法院能管不能？",
     "what the uploaded export contract says + conflict-of-laws"),
    ("cqp-077", WJ, False, "zh", ["score"], [],
     "帮俺看一下 91410122MA9KPU4E6C 这家哩评分跟主要扣分原因",
     "borrower named by code; score", True),
    ("cqp-078", LY, True, "zh", ["contract_review"], ["documents", "regulations"],
     "这户仓单质押合同审一下，仓单是冷库开哩，质押背书交付那块合不合规",
     "review of the stored warehouse-receipt pledge"),
    ("cqp-079", YDY, True, "zh", ["contract_check"], ["regulations", "contract_review"],
     "咱跟他签哩展期协议里写着：“甲乙双方同意将原借款期限展期六个月，即展期至2027年2月28日，展期期间利率按原合同执行，原担保人继续承担担保责任，本协议为原借款合同不可分割的组成部分，与原合同具有同等法律效力。”可担保人压根没在展期协议上签字，这对他有用没有？",
     "pasted clause from our stored extension agreement; the missing signature is a supplied fact"),
    ("cqp-080", SP, True, "zh", ["warnings"], ["documents"],
     "征信报告上有一条：“2025年11月 某某融资租赁有限公司 融资租赁 授信额度860,000 余额812,300 当前逾期1期 逾期金额28,600”他说是系统扣款没扣上，恁看看系统里还有没有别哩预警？",
     "pasted credit-report line; other warnings"),
    ("cqp-081", WM, True, "zh", ["contract_review", "documents"], ["regulations"],
     "这户是公司对外担保，那份保证合同审一下效力有没有问题；另外把当时哩股东会决议找出来我看看",
     "review of the stored guarantee + an uploaded resolution"),
    ("cqp-082", GZH, True, "zh", ["score", "contract_review"], ["documents", "regulations"],
     "这户分挺高，但听说他存哩那份最高额抵押合同有瑕疵，恁审审，再说说分是咋打出来哩",
     "score and its reasons + review of the stored mortgage"),
    ("cqp-083", YDY, True, "zh", ["documents"], ["warnings"],
     "这人弄啥嘞，电话也不接，人找不着了。当初放款时候他留哩紧急联系人电话跟家庭住址，资料里有木有？",
     "contact details in uploaded files"),
    ("cqp-084", LS, True, "zh", ["rate_check"], ["documents", "contract_review", "regulations"],
     "他嫌俺们这笔养殖贷年化7.2%比信用社贵，还说超了国家规定，恁给算算超没超",
     "stated rate of our loan; the stored contract only optional"),
    ("cqp-085", WJ, False, "zh", ["contract_check"], ["regulations"],
     "合规拿来惠农e贷线上合同哩新条款，恁先过一遍：“借款人通过手机银行点击确认即视为已阅读并同意本合同全部条款，本合同自借款人点击确认时成立并生效；借款人同意贷款人在贷款存续期间查询其征信信息、社保信息、纳税信息，且该授权不可撤销。”",
     "pasted draft clause, not tied to a borrower"),
    ("cqp-086", ZGQ, True, "zh", ["invoice_summary"], [],
     "他卖牛开票了木有？主要卖给谁了？",
     "invoices and top customers"),
    ("cqp-087", ZXY, False, "en", ["regulations"], [],
     "Quick one: if a wig exporter pledges its export receivables from a Nigerian buyer, where do we register the pledge, and is it valid if the buyer was never notified?",
     "English: receivables pledge registration and effect: law"),
    ("cqp-088", GWD, True, "zh", ["contract_check"], ["regulations", "contract_review"],
     "贷审会争起来了。咱联保协议里写哩：“本联保小组成员自愿对组内任一成员在贷款人处的借款承担连带保证责任，保证期间为各笔借款到期之日起二年，联保小组成员退出须经贷款人书面同意，未经同意退出的，不影响其保证责任。”一户不还，其他四户是不是得全担？退组了还跑得了不？",
     "pasted clause from our stored joint-guarantee agreement"),
    ("cqp-089", CJ, True, "zh", ["contract_check", "rate_check"], ["regulations", "contract_review"],
     "咱跟他签哩合同第十二条：“借款人未按约定期限归还借款本金的，贷款人有权自逾期之日起按借款合同约定利率加收百分之五十计收罚息，对不能按时支付的利息，按罚息利率计收复利，并按逾期金额每日万分之五收取违约金。”他说罚息复利违约金三样叠一块太狠，恁看超没超？",
     "pasted clause from our stored contract; the question is its rates"),
    ("cqp-090", SP, True, "zh", ["warnings", "score"], [],
     "这个车队续贷了好几回，是不是借新还旧？评分给他打哩多少？",
     "roll-overs -> warnings; score"),
    ("cqp-091", YDY, True, "zh", ["contract_review"], ["documents", "regulations"],
     "要起诉了，起诉前恁把他那几份合同审一遍，看有没有对俺们不利哩条款，管辖约定哩是哪个法院",
     "review of the stored contracts before suing"),
    ("cqp-092", ML, True, "zh", ["documents", "regulations"], [],
     "这户开户时候留哩身份证复印件过期没有？身份证过期了还能不能继续放款，有啥规定？",
     "uploaded ID copy + the rule"),
    ("cqp-093", ZGQ, False, "zh", ["warnings", "score"], [],
     "93411726MA9H3J5X7J 这个肉牛合作社，有没有被执行，分多少",
     "borrower named by code; two sources", True),
    ("cqp-094", ZK, True, "mixed", ["invoice_summary"], [],
     "那个挂面作坊销项这半年哩走势弄个Excel给俺，俺好跟行长汇报",
     "output invoices trend"),
    ("cqp-095", LY, False, "zh", ["rate_check"], ["regulations"],
     "借条上写哩“一万块钱一个月利息二百五”，还约定逾期每天罚五十，这咋算，合法不？",
     "stated rate and penalty (short quote, not clause text)"),
    ("cqp-096", GZH, True, "zh", ["warnings", "invoice_summary", "score"], ["documents"],
     "风险排查：这户近三个月征信查询多少次、有没有新增多头；开票环比降了多少；评分变没变。这三样列个表，俺们要报风控委员会。",
     "three-part risk check"),
    ("cqp-097", WM, True, "zh", ["contract_review", "documents"], ["regulations"],
     "抽查这户哩贷款档案：借款合同、保证合同有没有合规问题，贷后检查报告有没有按季度做",
     "contract review + uploaded post-loan reports"),
    ("cqp-098", LS, True, "zh", ["score"], [],
     "分是多少？够不够养殖贷那个七十分哩线",
     "score"),
    ("cqp-099", YDY, False, "zh", ["contract_review"], ["documents", "regulations"],
     "91411003MA45RY2T9F 这家假发厂准备起诉了，借款合同跟保证合同先审一遍",
     "borrower named by code; review of its stored contracts", True),
    ("cqp-100", ZXY, True, "mixed", ["contract_check"], ["regulations", "documents"],
     "他跟尼日利亚客户哩合同付款条款是这样哩：“Payment: 30% T/T in advance, balance 70% against copy of B/L within 60 days. The Buyer shall not be liable for any delay caused by the Seller. Any dispute shall be settled by arbitration in Lagos.”这条对咱客户有啥风险，中不中？",
     "pasted English clause"),
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
    assert [r["id"] for r in rows] == [f"cqp-{i:03d}" for i in range(1, 101)]
    assert len({r["question"] for r in rows}) == 100
    for r in rows:
        needs, opt = set(r["needs"]), set(r["optional"])
        assert needs and needs <= set(SOURCES) and opt <= set(SOURCES), r["id"]
        assert len(needs) == len(r["needs"]) and len(opt) == len(r["optional"]), r["id"]
        assert not needs & opt, r["id"]
        assert r["lang"] in ("zh", "en", "mixed"), r["id"]
        assert r["asker"] and r["note"], r["id"]
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
