"""Build cases.jsonl for chat_questions_holdout17 (author 19). Rows are held literally below, written by hand.

Run: .venv/bin/python eval/datasets/chat_questions_holdout17/make_cases.py
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

LCH = "刘春华（普惠金融部）"
ZZM = "钟志明（南康支行客户经理，家具）"
CLP = "曾丽萍（信丰支行客户经理，脐橙合作社）"
XWB = "谢文斌（龙南支行客户经理，稀土钨加工）"
HXY = "黄小燕（于都支行客户经理，返乡创业）"
LGH = "赖国华（瑞金支行客户经理，客运货运挂靠）"
XJP = "肖建平（风险管理部）"
QYF = "邱永福（贷后管理）"
WXQ = "温晓琴（合规部）"
ZDS = "朱德胜（南康支行行长，转贷审会问题）"
LHY = "蓝海燕（金融监管分局检查人员）"

# (id, asker, borrower_in_focus, lang, needs, optional, question, note[, names_code])
ROWS = [
    ("cqr-001", ZZM, True, "zh", ["warnings"], [],
     "佢有冇官司啊",
     "lawsuits -> warnings; 6 characters"),
    ("cqr-002", CLP, True, "zh", ["score"], [],
     "这户评份几多分",
     "评份 = 评分 (voice slip) -> score"),
    ("cqr-003", LCH, False, "zh", ["regulations"], [],
     "果园承包经营权能唔能拿来做抵押？冇去不动产登记中心登记的话，抵押权成唔成立",
     "law: 土地经营权 mortgage and registration effect; no borrower"),
    ("cqr-004", ZZM, True, "zh", ["invoice_summary"], [],
     "佢今年开漂开了几多，比去年同期少了冇",
     "开漂 = 开票 (voice slip); invoiced sales year on year -> invoice_summary"),
    ("cqr-005", XWB, True, "zh", ["warnings"], [],
     "这家稀土分离厂去年搞了环保整改，系统里有冇环保处罚或者停产的预警",
     "administrative penalty / shutdown signal is a warning, not a law question"),
    ("cqr-006", HXY, True, "zh", ["rate_check", "regulations"], [],
     "于都这户返乡创业的，创业担保贷款给佢执行年利率4.65%，财政贴息之后佢自己要出几多？4.65%有冇超过政策规定的上限",
     "stated rate + cap -> rate_check; the 贴息 share is a separate policy question -> regulations needed"),
    ("cqr-007", LGH, True, "zh", ["documents"], [],
     "佢这台大巴挂靠在哪个客运公司名下？抵押登记证书上写的车主係哪个，帮涯翻下档案",
     "what the stored registration file says -> documents"),
    ("cqr-008", QYF, True, "zh", ["contract_check"], ["contract_review", "regulations"],
     "这户果园抵押合同里係咁写的：“抵押人以其依法取得的位于信丰县大塘埠镇某村的脐橙果园土地经营权（面积186亩，"
     "剩余承包期限至2038年12月31日）及地上果树、附属设施为本合同项下债务提供抵押担保，抵押期间未经抵押权人书面"
     "同意，抵押人不得转让、出租或以其他方式处分抵押财产。”这条有冇漏洞？黄龙病砍了树，押着的还剩么子",
     "quoted clause >= 80 chars -> contract_check; clause is from our stored contract -> contract_review optional; "
     "抵押物灭失 reading -> regulations optional"),
    ("cqr-009", ZDS, True, "zh", ["score", "warnings"], [],
     "贷审会明天上这户南康家具厂，你先跟涯讲佢平级在哪一档，再看下有冇被执型的",
     "平级 = 评级, 被执型 = 被执行 (voice slips) -> score + warnings"),
    ("cqr-010", LHY, False, "zh", ["regulations"], [],
     "你们给小微客户展示的贷款年化利率，按规定要用APR还是IRR口径？合同里冇写年化利率的算唔算违规",
     "supervisory rule on 明示年化利率; no rate stated -> regulations only"),
    ("cqr-011", XJP, False, "zh", ["warnings", "score"], [],
     "91360723MA38K7TQ5T 大余这家钨制品厂，查下有冇失信、限高，评分几多",
     "names a code, no focus; 失信/限高 -> warnings, 评分 -> score", True),
    ("cqr-012", CLP, True, "zh", ["contract_review"], ["documents", "regulations"],
     "这个合作社跟我们签的那份最高额保证合同，保证期间好像冇约定清楚，你帮涯审下有冇问题",
     "defects of a stored contract without its text -> contract_review"),
    ("cqr-013", HXY, False, "zh", ["regulations"], [],
     "返乡创业的个人创业担保贷款，最多能贷几多？到期还唔上的话能唔能展期继续享受贴息",
     "policy question (创业担保贷款 limits, 展期 and 贴息) -> regulations only"),
    ("cqr-014", ZZM, True, "zh", ["invoice_summary", "warnings"], [],
     "佢话家具城档口生意好得很，你看下近半年销项几多，还有社保交了几个人，对唔对得上",
     "销项 -> invoice_summary; 社保人数 -> warnings"),
    ("cqr-015", LGH, True, "mixed", ["warnings"], [],
     "这个货运老板名下挂靠的车有冇交通事故的诉讼？顺便check一下被执行同限高",
     "lawsuits, 被执行, 限高 -> warnings; English word in a zh sentence"),
    ("cqr-016", XJP, True, "zh", ["score", "invoice_summary", "warnings"], [],
     "这户钨粉加工厂要续贷，把佢评分、近12个月开票、还有全部预警一齐拉出来，涯要写审查意见",
     "three named borrower sources"),
    ("cqr-017", WXQ, False, "zh", ["regulations"], [],
     "客户经理帮客户代签了担保人的名字，事后担保人话佢唔晓得，这个保证有效冇？银行要担么子责任",
     "validity of a forged guarantee signature, bank liability -> regulations only"),
    ("cqr-018", QYF, True, "zh", ["warnings"], [],
     "佢上个月正信被查了好几次，又去别的银行申请贷款，多头严唔严重",
     "正信 = 征信 (voice slip); 征信查询, 多头 -> warnings"),
    ("cqr-019", CLP, True, "zh", ["documents", "regulations"], ["contract_review"],
     "这户果园係从村集体转包来的，佢那份流转合同里写冇写可以抵押？冇写的话，按法律还要唔要发包方同意",
     "what the stored file says -> documents; what the law requires -> regulations"),
    ("cqr-020", ZZM, True, "zh", ["rate_check"], ["regulations"],
     "佢拿了张借条来，话係别人欠佢的钱，借条写的“今借到钟某某现金伍万元整，月息2分，一年内还清”，月息2分受唔受法律保护",
     "IOU quoted (< 80 chars) with a stated 民间借贷 rate and a cap question -> rate_check; not contract_check"),
    ("cqr-021", CLP, False, "zh", ["invoice_summary"], [],
     "93360722MA39D2HN3T 这个信丰的脐橙合作社，去年全年开了几多票",
     "names a cooperative code, no focus; invoiced sales -> invoice_summary", True),
    ("cqr-022", LHY, False, "zh", ["regulations"], [],
     "农商行放小微贷款的时候另外收“财务顾问费”，又冇提供实际服务，算唔算违规收费？依据係哪个文件",
     "fee rule without a stated amount -> regulations only; short quote"),
    ("cqr-023", LGH, True, "zh", ["contract_review"], ["documents", "regulations"],
     "这户挂靠车的抵押合同，抵押人写的係挂靠公司，唔係实际车主，你帮涯审一下这份合同有冇瑕疵",
     "stored contract reviewed without its text -> contract_review"),
    ("cqr-024", QYF, True, "zh", ["regulations"], ["warnings"],
     "收到法院短信：“【南康区人民法院】赖某某：你与江西某农村商业银行金融借款合同纠纷一案（2025）赣0703民初2136号，"
     "已于2025年9月12日依法作出判决，请于判决书送达之日起十五日内提出上诉，逾期判决生效。”这个係我们告佢的，"
     "判决生效后几久之内要申请强制执行？过了时效点算",
     "long court SMS is not contract text -> no contract_check; time limits -> regulations; case stated -> "
     "warnings only optional"),
    ("cqr-025", XWB, True, "zh", ["invoice_summary", "warnings"], [],
     "佢话整改完已经复产了，你看下这三个月开票恢复冇，电费水费有冇起来",
     "开票 -> invoice_summary; 水电 -> warnings"),
    ("cqr-026", ZDS, False, "zh", ["contract_check", "rate_check"], ["regulations"],
     "我们新版借款合同模板里有这条：“借款人未按期归还贷款本息的，贷款人有权对逾期本金自逾期之日起按本合同约定利率上浮"
     "50%计收罚息，对未按期支付的利息按罚息利率计收复利，并有权一次性收取贷款本金总额2%的违约金。”罚息加复利再加2%"
     "违约金，叠加起来会唔会超？这条站唔站得住",
     "template clause (not a borrower's stored contract) -> contract_check; its rates asked -> rate_check"),
    ("cqr-027", HXY, True, "zh", ["score"], [],
     "这个返乡开奶茶店的后生仔，系统里分几多",
     "score only"),
    ("cqr-028", LCH, False, "en", ["regulations"], [],
     "What are the current rules on charging early repayment penalties on inclusive small business loans?",
     "English; rule question without a stated fee -> regulations only"),
    ("cqr-029", ZZM, True, "zh", ["invoice_summary"], [],
     "电商那块佢话拼多多上卖得好，但係开票呢？近三个月销项几多",
     "销项 -> invoice_summary"),
    ("cqr-030", CLP, True, "zh", ["warnings"], [],
     "冇记错的话佢跟另外两户合作社互保，你看下互保圈里有冇出事的",
     "互保 -> warnings"),
    ("cqr-031", LGH, False, "zh", ["warnings"], [],
     "帮涯查下91360781MA37P5RW2X，瑞金这家货运公司有冇被列失信",
     "names a code, no focus; 失信 -> warnings", True),
    ("cqr-032", XJP, False, "zh", ["regulations"], [],
     "因为环保整改停产的企业，贷款要唔要下调风险分类？监管有冇硬性规定",
     "五级分类 rule -> regulations only"),
    ("cqr-033", QYF, True, "zh", ["documents"], [],
     "佢当时抵压的那个冷库，评估报告上评了几多钱",
     "抵压 = 抵押 (voice slip); stored appraisal report -> documents"),
    ("cqr-034", WXQ, True, "zh", ["contract_check"], ["contract_review", "regulations"],
     "这户保证合同里有这一条：“保证人在此确认：无论债务人与债权人之间的主合同如何变更（包括但不限于展期、借新还旧、"
     "增加借款金额、提高利率），保证人均无须另行同意，仍按本合同对变更后的全部债务承担连带保证责任，保证期间为主债务"
     "履行期届满之日起三年。”合规这边觉得有问题，你帮涯看下",
     "quoted clause from our stored contract -> contract_check; contract_review, regulations optional"),
    ("cqr-035", LHY, False, "zh", ["regulations"], [],
     "客户冇签征信查询授权书，支行就查了佢的征信，按规定要罚几多",
     "征信 authorisation penalty -> regulations only (no borrower data)"),
    ("cqr-036", LGH, True, "zh", ["rate_check"], ["regulations"],
     "这台货车分期给佢算的月费率0.6%，分36期，换成年化係几多？有冇超",
     "stated fee rate + cap -> rate_check"),
    ("cqr-037", ZZM, True, "zh", ["contract_check", "rate_check"], ["regulations"],
     "佢跟板材商签的采购合同：“买方应于每批板材到货后60日内付清货款，逾期付款的，每逾期一日按未付货款的千分之三向卖方"
     "支付违约金，逾期超过30日的，卖方有权解除合同并要求买方按未付货款的30%另行支付赔偿金。”日千分之三的违约金高唔高？"
     "会唔会拖垮佢还我们的款",
     "third-party contract quoted -> contract_check; its penalty rates asked -> rate_check; no contract_review"),
    ("cqr-038", XWB, True, "zh", ["contract_review"], ["documents", "regulations"],
     "这户稀土厂的设备抵押合同，后面附的设备清单跟现场看到的对唔上，这份合同有冇效力问题？帮涯审下",
     "stored contract legality without its text -> contract_review"),
    ("cqr-039", CLP, True, "zh", ["invoice_summary", "score"], ["warnings"],
     "这户合作社去年黄龙病砍了四十几亩，销售额掉了几多？评分有冇跟着降",
     "销售额 -> invoice_summary; 评分 -> score"),
    ("cqr-040", XWB, True, "zh", ["contract_review"], ["documents", "regulations"],
     "这户钨粉厂的应收账款质押合同，质押登记同通知下游客户这些，合同里约定得到唔到位？帮涯审下",
     "review of a stored pledge contract -> contract_review"),
    ("cqr-041", QYF, True, "zh", ["warnings", "documents"], [],
     "这户逾期两个月了，还欠八十个冇还，先看下佢有冇新的官司，再把抵押物清单拉出来，涯准备去现场",
     "官司 -> warnings; stored collateral list -> documents"),
    ("cqr-042", LCH, False, "zh", ["regulations"], [],
     "林权抵押贷款，抵押的林木被山火烧了，保险公司赔的钱我们做抵押权人能唔能优先受偿",
     "物上代位 -> regulations only"),
    ("cqr-043", ZDS, True, "zh", ["score", "invoice_summary", "warnings"], ["documents"],
     "明天贷审会：南康这家实木家具厂申请续贷300w，旺季要备板材。涯要三样东西：佢现在的评级、今年一到九月开票同比、"
     "还有冇新冒出来的被执行或者欠税。档案里的调查报告有的话就顺便发涯",
     "brief asking for score, invoices, warnings; the report is a rounding-off -> documents optional"),
    ("cqr-044", LGH, True, "zh", ["regulations"], ["documents"],
     "挂靠车出了交通事故，伤者告了挂靠公司，法院要查封这台车，我们押着这台车，抵押权还优唔优先",
     "priority of a registered mortgage against enforcement -> regulations; stored registration would confirm"),
    ("cqr-045", CLP, True, "zh", ["documents"], [],
     "合作社理事长换人了冇？档案里营业执照同章程上的法定代表人係㓾人",
     "stored licence / articles -> documents"),
    ("cqr-046", XJP, True, "zh", ["contract_check"], ["contract_review", "regulations"],
     "这份林权抵押合同写的：“抵押财产为抵押人依法享有的位于安远县某镇某村林地上的林木所有权及林地经营权，林地面积326亩，"
     "林种为用材林，抵押期间抵押人应按规定进行森林抚育，未经抵押权人同意不得采伐，如因自然灾害造成抵押财产毁损的，"
     "抵押人应在十日内通知抵押权人并提供相应担保。”补充担保那句有冇约束力？火灾保险冇写进去要唔要补",
     "quoted clause from our stored contract -> contract_check; contract_review, regulations optional"),
    ("cqr-047", ZZM, True, "mixed", ["score"], [],
     "这户的score几多？上次话要上调，update了冇",
     "score; English words"),
    ("cqr-048", HXY, False, "zh", ["score", "warnings"], [],
     "92360731MA3AB8LU2G 于都这个个体户，评分几多，有冇不良或者被执行，帮涯看下",
     "names a 个体户 code, no focus -> score + warnings", True),
    ("cqr-049", QYF, True, "zh", ["contract_review"], ["documents", "regulations"],
     "借款人上个月过身了，佢老婆当时签的那份共同还款承诺书，你帮涯审下有冇效力，能唔能直接找佢老婆还",
     "legal effect of a stored commitment letter without its text -> contract_review"),
    ("cqr-050", WXQ, False, "zh", ["regulations"], [],
     "客户经理私下帮客户过桥垫资，还收了好处费，按规定点样处理",
     "conduct rule -> regulations only"),
    ("cqr-051", LGH, True, "zh", ["invoice_summary"], ["warnings"],
     "这家物流公司运费发票开得几多？挂靠车跑的运费係唔係都开在佢名下",
     "运费发票 -> invoice_summary"),
    ("cqr-052", CLP, True, "zh", ["rate_check"], ["regulations"],
     "合作社从农资店赊了肥料，农资店按月息1.5分算利息，折成年化几多，合法冇",
     "stated rate + legality -> rate_check"),
    ("cqr-053", XWB, True, "zh", ["contract_review"], ["documents", "regulations"],
     "这户钨加工厂的厂房抵押合同，厂房係盖在租来的集体土地上，当时点样签的，有冇效力问题，帮涯审下",
     "stored contract legality -> contract_review"),
    ("cqr-054", HXY, True, "zh", ["contract_review"], ["documents", "regulations"],
     "这户创业担保贷款的借款合同，你帮涯看下贴息那几条写得对唔对，有冇哪里跟政策冲突",
     "stored contract checked against policy without its text -> contract_review"),
    ("cqr-055", HXY, True, "zh", ["documents", "regulations"], [],
     "佢那笔创业担保贷款，担保基金出的担保函上写的代偿比例係几多？按政策担保基金代偿之后，还能唔能追佢个人",
     "what the stored letter says -> documents; recourse after 代偿 -> regulations"),
    ("cqr-056", ZZM, True, "zh", ["contract_review"], ["documents", "regulations"],
     "佢家具城档口那份租赁权质押合同，质押登记都冇办，这份合同本身有冇问题，押唔押得住",
     "stored pledge contract reviewed -> contract_review"),
    ("cqr-057", LHY, False, "zh", ["regulations"], [],
     "银行放贷搭售保险，借款人话係被迫买的，监管认定强制搭售的标准係么子",
     "supervisory rule -> regulations only"),
    ("cqr-058", CLP, True, "zh", ["regulations"], ["documents"],
     "村委开了个证明：“兹证明谢某某在本村集体建设用地上自建冷库一座，面积约600平方米，建于2019年，归谢某某所有，"
     "无权属争议。”冷库冇产权证，凭这个证明能唔能办抵押登记",
     "村委 certificate supplied (< 80 chars, not a clause); registrability -> regulations; documents only confirm"),
    ("cqr-059", LGH, True, "zh", ["score", "warnings"], ["invoice_summary"],
     "瑞金这户跑长途货运的，评分一下低了十几分，你看下係嘛个原因，有冇新的预警",
     "score drop and new warnings"),
    ("cqr-060", XJP, True, "mixed", ["contract_check"], ["regulations"],
     "龙南这家稀土永磁厂想拿出口合同的应收账款来质押，合同里有这条：“Buyer shall pay 30% of the contract price as "
     "advance payment and the balance within 90 days after delivery. Seller shall not assign any receivables "
     "under this contract to any third party without Buyer's prior written consent.”咁样还能唔能做应收账款质押？",
     "English clause quoted from a third-party contract -> contract_check; 禁止转让 effect -> regulations optional"),
    ("cqr-061", ZZM, True, "zh", ["invoice_summary"], ["documents"],
     "佢发来一张发票：“货物名称：实木餐桌椅（一桌六椅）；规格型号：HZ-1306；数量：120套；单价：3,850.00；"
     "金额：462,000.00；税率：13%；税额：60,060.00；购买方：深圳某家居电子商务有限公司”，系统里对唔对得上这笔",
     "long invoice line is a fact to check, not a clause -> invoice_summary, no contract_check"),
    ("cqr-062", QYF, True, "zh", ["contract_review"], ["documents", "regulations"],
     "佢那笔展期协议，当时担保人冇签字，展期协议咁样有冇效？帮涯审下合同",
     "stored extension agreement legality -> contract_review"),
    ("cqr-063", ZDS, True, "zh", ["contract_review", "warnings"], ["documents", "regulations"],
     "这户的厂房抵押合同帮涯从头审一遍有冇漏洞，另外看下抵押的厂房有冇被别的法院查封",
     "stored contract review + seizure signal -> contract_review + warnings"),
    ("cqr-064", HXY, True, "zh", ["invoice_summary", "score"], [],
     "佢返乡做的电商仓，抖音上卖脐橙，今年营业额几多？评分够唔够上调额度",
     "营业额 -> invoice_summary; 评分 -> score"),
    ("cqr-065", QYF, False, "zh", ["warnings", "documents"], [],
     "91360704MA35G6YC5E 赣县这家逾期的，查下被执行有冇新增，档案里抵押物有几样",
     "names a code, no focus; 被执行 -> warnings; collateral list -> documents", True),
    ("cqr-066", CLP, True, "zh", ["contract_check", "rate_check"], ["contract_review", "regulations"],
     "佢问我们合同里这条：“本合同项下贷款执行年利率为5.8%，在借款期限内如遇中国人民银行贷款市场报价利率调整，"
     "贷款人有权自调整之日起相应调整贷款利率；借款人逾期还款的，逾期部分按合同利率加收50%计收罚息。”这个利率同罚息"
     "高唔高？合唔合规",
     "quoted clause from our stored contract, its rates asked -> contract_check + rate_check"),
    ("cqr-067", WXQ, False, "en", ["rate_check"], ["regulations"],
     "Our branch wants to charge a 1.5% upfront arrangement fee on a RMB 500k working-capital loan at 4.2% a year. "
     "Is that allowed, and what is the all-in annualised cost?",
     "English; stated rate and fee + level question -> rate_check"),
    ("cqr-068", XWB, True, "zh", ["regulations", "warnings"], ["documents", "contract_review"],
     "佢厂里被环保局罚了款，责令停产整治，这种情况银行能唔能宣布贷款提前到期？你顺便看下除了环保还有冇别的预警",
     "acceleration rights -> regulations; other warnings asked -> warnings; contract terms would help"),
    ("cqr-069", ZZM, True, "zh", ["documents"], [],
     "佢当时交的板材采购合同同家具城档口租赁合同，档案里有冇？租期到几时",
     "stored files -> documents"),
    ("cqr-070", LGH, True, "zh", ["rate_check"], ["regulations"],
     "这户货运的找汽车金融公司做的车贷，合同写年化9.9%，但每月还款折下来好像超过15%，帮涯算下真实年化，超冇超",
     "stated rate + true-APR and cap -> rate_check"),
    ("cqr-071", CLP, True, "zh", ["documents"], [],
     "佢合作社的土地流转合同还有几年到期？档案里查下",
     "stored contract term -> documents"),
    ("cqr-072", QYF, True, "zh", ["contract_check"], ["regulations"],
     "佢发来佢跟合作社签的托管合同：“甲方将其承包的脐橙果园委托乙方管护，管护期间果园产出的脐橙由乙方负责销售，"
     "销售款项扣除管护费用后支付给甲方；如遇黄龙病等病害需砍伐果树的，由乙方决定并组织实施，甲方不得干预，因此造成的"
     "损失由甲方自行承担。”果子卖的钱都经合作社的手，我们以后收贷会唔会有麻烦",
     "third-party contract quoted -> contract_check; no contract_review"),
    ("cqr-073", LHY, False, "zh", ["regulations"], [],
     "小微企业贷款要求客户先存一笔保证金才放款，属唔属于以贷转存",
     "supervisory rule -> regulations only"),
    ("cqr-074", HXY, True, "zh", ["documents"], [],
     "佢创业担保贷款的申请材料里，就业创业登记证同营业执照齐了冇",
     "stored application file -> documents"),
    ("cqr-075", XJP, True, "mixed", ["score", "warnings"], [],
     "这户评分从B downgrade到C，係因为多头还是被执行",
     "score band + the warnings behind it"),
    ("cqr-076", ZDS, True, "zh", ["documents", "regulations"], ["contract_review"],
     "这户南康家具厂抵押的厂房，抵押合同上有冇写房地一并抵押？冇写土地的话，按法律土地算唔算一齐押了",
     "what the stored contract says -> documents; what the law makes of it -> regulations"),
    ("cqr-077", ZZM, False, "zh", ["invoice_summary", "score"], [],
     "91360703MA3CE4NX7E 南康这家家具电商，近半年销项几多，评分几多",
     "names a code, no focus -> invoice_summary + score", True),
    ("cqr-078", LGH, True, "zh", ["contract_review"], ["documents", "regulations"],
     "这户客车按揭合同里，有冇约定挂靠公司擅自处分车辆点样办？帮涯过一遍合同看有冇漏洞",
     "stored contract reviewed for gaps -> contract_review"),
    ("cqr-079", QYF, True, "zh", ["contract_check"], ["contract_review", "regulations"],
     "佢搬了屋，我们按合同地址寄的催收函退回来了。合同条款係：“借款人、保证人同意，贷款人可通过短信、微信、电子邮件"
     "或向本合同载明的地址邮寄等方式送达催收通知及法律文书，上述地址变更未书面通知贷款人的，按原地址送达即视为有效"
     "送达，因此产生的法律后果由借款人、保证人自行承担。”咁样算唔算送达了",
     "quoted clause from our stored contract -> contract_check; contract_review, regulations optional"),
    ("cqr-080", LCH, False, "zh", ["regulations"], [],
     "冷库里的脐橙可以做存货动产质押吗？要唔要到动产融资统一登记公示系统登记",
     "law on inventory pledge and registration -> regulations only"),
    ("cqr-081", LGH, True, "mixed", ["invoice_summary"], [],
     "这户货运的开票data，近12个月每个月几多，帮涯拉个trend",
     "开票 -> invoice_summary; English words"),
    ("cqr-082", XWB, True, "zh", ["rate_check", "score"], [],
     "佢话别的银行给佢3.45%，我们报4.35%，按佢的评分档，4.35%高唔高",
     "stated rate + level -> rate_check; 评分档 -> score"),
    ("cqr-083", QYF, True, "zh", ["warnings"], ["documents"],
     "佢之前展期了几次？续贷展期的记录调出来涯看",
     "展期次数 -> warnings"),
    ("cqr-084", WXQ, True, "zh", ["rate_check"], ["contract_review", "documents", "regulations"],
     "这户借款合同年利率係7.2%，再加担保公司收的担保费2%，综合融资成本9.2%，监管对这个有冇要求",
     "rate taken from our stored contract, stated + level question -> rate_check"),
    ("cqr-085", CLP, True, "zh", ["contract_check"], ["documents", "regulations"],
     "佢承包合同里写着：“承包期内，乙方不得将承包的果园转包、出租或用于抵押，确需流转的，须经甲方书面同意并报镇农村"
     "经营管理站备案，否则甲方有权单方解除本合同，收回果园，乙方已投入的果树及设施归甲方所有，甲方不予补偿。”"
     "那我们拿佢果园经营权做抵押，要唔要村里同意",
     "third-party (村集体) contract quoted -> contract_check; no contract_review"),
    ("cqr-086", HXY, False, "zh", ["regulations"], [],
     "创业担保贷款要是被查出係冒名申请的，银行要唔要退回财政贴息",
     "policy -> regulations only"),
    ("cqr-087", ZZM, True, "zh", ["contract_review"], ["documents", "regulations"],
     "这户家具厂借款合同里罚息复利那几条，合唔合法？帮涯审下",
     "stored terms judged without text or rate -> contract_review"),
    ("cqr-088", XJP, True, "zh", ["contract_check"], ["contract_review", "regulations"],
     "这一句：“本合同项下抵押担保的最高债权额为人民币捌佰万元整，担保范围包括主债权本金、利息、罚息、复利、违约金、"
     "损害赔偿金以及实现债权的费用（包括但不限于诉讼费、律师费、评估费、拍卖费），上述费用不计入最高债权额。”登记的"
     "时候只登了八百万，律师费那些超出来的到时候还能唔能优先受偿",
     "quoted clause from our stored contract -> contract_check; contract_review, regulations optional"),
    ("cqr-089", LGH, True, "zh", ["contract_check", "rate_check"], ["contract_review", "regulations"],
     "佢在我们这里贷了12万买车，嫌贵，合同係咁写的：“借款人按月等额本息还款，每期还款金额为人民币肆仟叁佰贰拾元，"
     "共计36期；另需在放款时一次性支付贷款服务费人民币捌仟元，该费用不予退还，提前还款的按剩余本金的3%收取提前"
     "还款违约金。”算上服务费实际年化几多？提前还款收3%合唔合规",
     "quoted clause from our stored contract, its costs asked -> contract_check + rate_check"),
    ("cqr-090", QYF, True, "zh", ["documents", "regulations"], ["contract_review"],
     "这户保证合同约定的保证期间係几年？我们到现在都冇起诉担保人，按法律还来唔来得及",
     "what the stored contract says -> documents; the law on lapse -> regulations"),
    ("cqr-091", ZDS, True, "mixed", ["warnings", "invoice_summary", "documents"], ["score"],
     "这户要提额到500w，帮涯做个summary：被执行同多头、近两年开票、还有上次实地调查报告讲了么子",
     "three named sources; English word"),
    ("cqr-092", CLP, True, "zh", ["documents", "regulations"], [],
     "佢果园的农业保险保单上，第一受益人写的係唔係我们行？黄龙病砍树按政策性农险的规定赔唔赔",
     "stored policy -> documents; 政策性农险 rules -> regulations"),
    ("cqr-093", LCH, False, "zh", ["score"], ["warnings"],
     "帮涯看下93360734MA36TL9F3H这个寻乌脐橙合作社的评分",
     "names a cooperative code, no focus -> score", True),
    ("cqr-094", LHY, False, "zh", ["regulations"], [],
     "检查发现你们网点的利率公示牌上冇标年化利率，要整改的依据係哪一条",
     "supervisory rule -> regulations only"),
    ("cqr-095", HXY, True, "zh", ["warnings"], [],
     "佢发微信给涯：“黄姐，我奶茶店隔壁装修把我店面搞坏了，打官司输了要赔人家3万”，你看下系统里有冇这个案子，还有冇别的",
     "WeChat note pasted; asks whether the system has this case and others -> warnings needed"),
    ("cqr-096", XWB, False, "zh", ["regulations"], [],
     "稀土加工企业冇排污许可证还在生产，银行继续放贷会唔会被认定违反绿色信贷的要求",
     "绿色信贷 rule -> regulations only"),
    ("cqr-097", ZZM, True, "zh", ["contract_review"], ["documents", "regulations"],
     "佢那份联保协议，五户家具厂互相担保，这份协议本身有冇问题？你帮涯审",
     "stored joint-guarantee agreement reviewed -> contract_review"),
    ("cqr-098", LCH, True, "zh", ["rate_check"], ["regulations", "warnings"],
     "征信报告里有一行：“2024-03-15 赣州某小额贷款有限公司 个人经营性贷款 授信额度50,000 年化利率23.9% 余额31,200 "
     "状态：正常”，这个利率合法冇",
     "credit-report line quoted; stated rate + legality -> rate_check"),
    ("cqr-099", XJP, False, "zh", ["warnings", "invoice_summary"], [],
     "91360783MA39RU2K6Y 龙南这家，查下有冇欠税，再看下开票",
     "names a code, no focus; 欠税 -> warnings; 开票 -> invoice_summary", True),
    ("cqr-100", ZDS, True, "zh", ["contract_check", "score"], ["regulations"],
     "贷审会讨论这笔创业担保贷款，担保公司要借款人老婆签反担保，条款係：“反担保人自愿以其名下全部财产向担保人提供连带"
     "责任反担保，反担保期间为担保人代偿之日起三年，担保人代偿后有权直接从反担保人在任何金融机构开立的账户中扣划相应"
     "款项，反担保人放弃一切抗辩权。”几个问题：一係放弃一切抗辩权有冇效；二係直接扣划任何金融机构账户我们行配唔配合得了；"
     "三係这户评分几多，够唔够上会",
     "third-party counter-guarantee quoted -> contract_check; 评分 -> score"),
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
    assert [r["id"] for r in rows] == [f"cqr-{i:03d}" for i in range(1, 101)]
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
