"""Build chat_questions_holdout11/cases.jsonl: 100 chat questions by author 13 (沈佳怡, 95后 客户经理 at a Hangzhou
城商行 科技支行 lending to e-commerce sellers, and her colleagues), written by hand, blind to the router.

The rows are held literally below; this script only validates them and writes cases.jsonl (sorted keys, UTF-8, one
object per line) and prints the counts used in SOURCE.md. Held out: never tune on these rows.
Run: HF_HUB_OFFLINE=1 .venv/bin/python eval/datasets/chat_questions_holdout11/make_cases.py
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from eval.suites.chat_routing import ChatQuestionRow  # noqa: E402

HERE = Path(__file__).resolve().parent
SOURCES = ["regulations", "documents", "warnings", "invoice_summary", "score", "contract_review", "contract_check",
           "rate_check"]
BORROWER_SOURCES = {"documents", "warnings", "invoice_summary", "score", "contract_review"}

SJY = "沈佳怡（客户经理）"
ZZA = "周子昂（风控）"
LM = "陆蔓（合规）"
HJ = "何建（贷后）"
WGP = "汪国平（支行长）"
CYM = "陈一鸣（数据组）"

REG, DOC, WARN, INV, SCORE, CR, CC, RATE = SOURCES

# (n, question, borrower_in_focus, needs, optional, asker, lang, note[, names_code])
ROWS = [
    (1, "这家店双十一之后开票咋样 感觉掉得有点离谱啊", True, [INV], [], SJY, "zh",
     "开票 trend after 双十一: invoices only"),
    (2, "分咋样", True, [SCORE], [], SJY, "zh", "short follow-up about the score"),
    (3, "他家有没有官司 被执行啥的？企查查上好像挂了一条没点开", True, [WARN], [], ZZA, "zh",
     "lawsuits / 被执行 are warnings; the 企查查 hint is not a stated fact"),
    (4, "做数据贷要调客户的纳税数据和开票数据，按个人信息保护法和数据安全法，是不是得单独取得同意？企业的数据也算个人信息吗", False,
     [REG], [], LM, "zh", "consent rules for 数据贷 data: law only"),
    (5, "帮看下这个条款 客户自己拿来的 说是之前在某小贷签的：“借款年利率为18%，另按借款本金每月收取1.5%的服务费，服务费于每月还款日与利息一并支付；"
        "借款人逾期的，除按日万分之五计收罚息外，还应按逾期金额的20%一次性支付违约金。”这样加起来是不是超了", True,
     [CC, RATE], [REG], SJY, "zh", "pasted clause, question is whether the stacked rates/fees exceed the cap"),
    (6, "那开票呢", True, [INV], [], SJY, "zh", "short follow-up about invoicing"),
    (7, "dh例行检查，这户社保人数最近是不是掉了？还有水电 工厂那边说在减产", True, [WARN], [], HJ, "zh",
     "社保 headcount and utilities are warnings"),
    (8, "我们给他签的那份店铺贷合同 担保条款有没有坑？上次支行长说保证期间写得不清楚", True, [CR], [DOC, REG], SJY, "zh",
     "is our stored contract's guarantee term defective, no text pasted"),
    (9, "直播带货主播的收入，平台代扣了个税之后，主播的个人工作室还要不要自己再申报？个人工作室核定征收现在还能用吗", False,
     [REG], [], LM, "zh", "直播 tax rules: law only"),
    (10, "这个客户GMV说一个月800w，但我看kp好像没那么多，帮我对一下近半年开票", True, [INV], [], SJY, "mixed",
     "claimed GMV vs. invoices; the claim is not invoice data"),
    (11, "91330782MA2EC9L15L 这家义乌小商品的 有没有多头？zx查询次数多不多", False, [WARN], [], ZZA, "zh",
     "多头 and credit enquiries are warnings; borrower named by code", True),
    (12, "这户能不能给续贷，分数、开票、有没有预警，三个都给我过一遍，下午贷审会要用", True, [SCORE, INV, WARN], [], WGP, "zh",
     "explicit three-part review"),
    (13, "客户嫌贵 说我们年化5.2%加上担保费2%算下来都7个多了 这个有没有超上限啊 我觉得没有吧hhh 但要给他个说法 OK?", True,
     [RATE], [REG], SJY, "mixed", "stated rate + fee, question about the cap"),
    (14, "他们上次交的那份股东会决议，是全体股东签字的吗？我找不着了 帮我翻一下", True, [DOC], [], SJY, "zh",
     "what the stored resolution says"),
    (15, "一个主播客户发来MCN合作协议，问能不能拿它做应收账款质押：“甲方（MCN机构）应于每月25日前向乙方（主播）结算上月直播收益的60%，"
         "甲方有权根据平台扣款、退货退款及品牌方索赔情况对结算金额进行调整，乙方对调整结果无异议。”这个应收账款靠不靠谱 能质押吗", True,
     [CC], [REG], SJY, "mixed", "pasted agreement clause; pledgeability is judged on that text"),
    (16, "这家的评级为啥是C档 哪几项扣得最狠", True, [SCORE], [], ZZA, "zh", "score band and its reasons"),
    (17, "主播小姐姐发我微信：“佳怡姐 这个月抖音那边结算延迟了 回款要下个月15号才到 利息能不能晚几天 不会上zx吧🥺” "
         "这种晚几天还息按规定会不会报征信？我们合同里宽限期是几天来着", True, [DOC, REG], [CR], SJY, "zh",
     "grace period is in the stored contract; when overdue must be reported is law; a WeChat message, not a clause"),
    (18, "这个客户是不是在借新还旧？续贷次数几次了", True, [WARN], [], HJ, "zh", "roll-over count is a warning"),
    (19, "网上有个平台给淘宝店主放贷 日息万分之六 客户问我这个合法吗 折年化多少啊", False, [RATE], [REG], SJY, "zh",
     "stated daily rate, legality question; no borrower of ours"),
    (20, "cash flow看着还行 但是top客户集中度高不高？前五大客户占比多少", True, [INV], [], ZZA, "mixed",
     "top customers come from invoices"),
    (21, "咱们店铺贷合同第十二条：“因本合同发生的争议，由贷款人住所地人民法院管辖；借款人确认其在本合同首页填写的电子邮箱及手机号码为有效送达地址，"
         "贷款人或法院向该地址发送的文书，自发送成功之日起视为送达。”这个送达条款法院认不认", True, [CC], [CR, REG], LM, "zh",
     "pasted clause from our stored contract: contract_check, stored review optional"),
    (22, "我们跟这家的应收账款质押合同，质押率和回款账户监管那块写得有没有漏洞？", True, [CR], [DOC, REG], ZZA, "zh",
     "defects of our stored pledge contract, no text"),
    (23, "这户担保圈的情况说一下，跟哪几家互保", True, [WARN], [], WGP, "zh", "互保 / 担保圈 are warnings"),
    (24, "科创贷走政府风险池的，风险池代偿之后银行还能不能继续向借款人追偿？风险池那笔钱在法律上算不算担保", False, [REG], [], WGP,
     "zh", "legal nature of risk-pool compensation: law only"),
    (25, "为啥分突然掉了这么多 是不是出啥事了", True, [SCORE, WARN], [], SJY, "zh",
     "score drop plus 'anything happened' needs warnings"),
    (26, "营业执照上的经营范围有没有写跨境电商啊 我记得他们只写了批发零售", True, [DOC], [], SJY, "zh",
     "what the stored licence says"),
    (27, "我们那份应收账款质押合同在中登网登记了没有 没登记的话质权是不是就没设立", True, [DOC, REG], [CR], LM, "zh",
     "registration proof is in documents; effect of non-registration is law"),
    (28, "老板发来店铺后台截图 OCR出来是这样：“近30天 支付金额 ¥1,284,330 支付买家数 9,812 退款率 21.4% DSR 4.62” "
         "退款率21%是不是有点离谱？跟他开票对得上吗", True, [INV], [], SJY, "mixed",
     "pasted platform stats compared with invoices; not a clause"),
    (29, "借款人是个体户，经营者突然去世了，个体户名下的经营贷是继承人来还吗？", False, [REG], [], HJ, "zh",
     "succession of debts: law only"),
    (30, "zx报告里有这条“2026-09-14 融资租赁审批 某某融资租赁有限公司”，还有好几条小贷审批，最近一个月他被查了几次？是不是到处在借", True,
     [WARN], [DOC], ZZA, "zh", "enquiry count and 多头 are warnings; the stored 征信 report could confirm"),
    (31, "他家之前在别的小贷借的那笔，合同里写的月息1.8分，现在客户说要起诉那个小贷 说利息违法，月息1.8分到底超没超", True,
     [RATE], [DOC, CR, REG], SJY, "zh", "stated rate from a stored contract: rate_check; the contract itself optional"),
    (32, "预警就这些？还有别的吗", True, [WARN], [], SJY, "zh", "follow-up asking for more warnings"),
    (33, "Can you pull the monthly invoice totals for this seller for the last 12 months? Need them for the Excel model",
     True, [INV], [], CYM, "en", "monthly invoices"),
    (34, "贷审会上有人问这家的评分跟开票对不上，分挺高但销项在掉，你给我解释下", True, [SCORE, INV], [], WGP, "zh",
     "explain score against falling sales: both needed"),
    (35, "律师说我们贷后催收的时候给借款人亲戚打电话可能侵犯隐私，银行催收联系借款人家属到底合不合法", False, [REG], [], HJ, "zh",
     "collection practice legality: law only"),
    (36, "客户给我看他给供应商打的借条，照片识别出来：“今借到王某某人民币贰拾万元整（¥200,000），借期六个月，月利率3%，利随本清，"
         "逾期不还按每日千分之一支付违约金，借款人以其名下天猫店铺经营收入作为还款保证。”这个3分利合法吗，逾期那个千分之一呢", True,
     [CC, RATE], [REG, DOC], SJY, "zh", "pasted 借条 text, question about its rates; the photo may be stored"),
    (37, "他们交上来的那份对赌协议，里面说如果没上市要回购，这个回购条款我们要不要当成或有负债？法律上对赌有效吗", True, [DOC, REG],
     [], ZZA, "zh", "the borrower's own stored agreement (not our contract) plus the law on 对赌"),
    (38, "这户合同审过没？审查结论发我一下 主要看有没有无效条款", True, [CR], [DOC, REG], WGP, "zh",
     "review of our stored contracts"),
    (39, "帮看下 92330782MA2FU4T89R 这个个体户的开票，去年全年多少", False, [INV], [], SJY, "zh",
     "annual invoicing; 个体户 named by code", True),
    (40, "我们那份最高额保证合同有没有问题？另外问下，老板个人担保的债，能不能执行到他老婆名下的房子", True, [CR, REG], [DOC], LM,
     "zh", "stored contract review plus a separate marital-property law question"),
    (41, "Quick one: under PIPL, can we send borrower data to our cloud vendor's Singapore server for model training? "
         "Do we need a security assessment first?", False, [REG], [], CYM, "en", "cross-border data transfer law"),
    (42, "客户自己说了去年被一个供应商告了 货款纠纷 已经调解结了，还有别的官司吗？那份调解书我们存了没", True, [WARN, DOC], [],
     SJY, "zh", "asks for other lawsuits (warnings) and a stored file (documents)"),
    (43, "法人被限高了（我刚在执行信息公开网查到的），这种情况下他还能不能继续给这笔贷款做保证人？法律上有限制吗", True, [REG],
     [WARN], ZZA, "zh", "限高 is stated by the asker, warnings would only confirm; the question is legal"),
    (44, "贷后PPT要放这家近6个月的kp趋势和评分变化，帮我出个数", True, [INV, SCORE], [], HJ, "mixed",
     "invoice trend plus score history"),
    (45, "核心企业给的应收账款确认函里有这么一句：“本公司确认上述应收账款真实有效，但本公司对该应收账款的支付以收到终端客户回款为前提，"
         "且本公司保留因质量争议对应收账款进行抵扣的权利，本确认函不构成任何形式的担保或付款承诺。”这个确认函还能当质押依据吗 有啥风险", True,
     [CC], [REG, DOC], ZZA, "zh", "pasted confirmation-letter text judged as contract text"),
    (46, "绝了 这家开票上个月直接腰斩 蚌埠住了 是季节性还是出事了", True, [INV, WARN], [], SJY, "zh",
     "sales drop plus 'something wrong?'"),
    (47, "问一下哈 一万块一个月利息三百 加上手续费一次性五百 借一年 这算不算高利贷", False, [RATE], [REG], SJY, "zh",
     "stated rate and fee, cap question"),
    (48, "我们给这户的合同 逾期罚息是在执行利率上上浮50%，另外还约定了违约金，两个一起收合法吗", True, [CR],
     [DOC, REG, RATE], LM, "zh", "term of our stored contract, no absolute rate stated: contract_review"),
    (49, "他家分不错 但我总觉得不对劲 你把预警和征信上的查询都看一下", True, [WARN], [SCORE, DOC], WGP, "zh",
     "asker states the score; warnings cover enquiries"),
    (50, "我们这份科创贷合同里的提前还款违约金条款 合规不 客户投诉说收得太狠", True, [CR], [DOC, REG], SJY, "zh",
     "legality of a stored contract term"),
    (51, "直播带货收的坑位费开票应该开啥税目 现代服务还是广告服务", False, [REG], [], SJY, "zh", "tax classification rule"),
    (52, "91330110MA7B8N2Q1P 余杭那家给SHEIN供货的 评分和预警都给我看下 准入前先KYC一下", False, [SCORE, WARN], [], ZZA,
     "mixed", "score and warnings for a coded borrower", True),
    (53, "dh发现这户在外面借了一笔 对方说'年化36%以内都合法' 真的吗 现在上限到底是多少", True, [RATE], [REG], HJ, "zh",
     "stated 36% and the cap: rate_check"),
    (54, "他家现在在跟平台打官司，我们合同里有没有约定涉诉就算违约？这条够不够用", True, [CR], [WARN, DOC, REG], HJ, "zh",
     "lawsuit stated by asker; question is about our stored contract's default clause"),
    (55, "抖音电商的结算规则里有这么一段：“商家同意平台有权在订单完成后延迟结算不超过90天，对存在售后纠纷、违规处罚或资金风险的商家，"
         "平台可冻结其账户余额并优先扣除相关款项；商家结算账户内资金的划转，须经平台风控审核后方可执行。”我们订单贷是靠回款还的，这条对我们有啥影响",
     True, [CC], [REG], ZZA, "zh", "pasted platform clause"),
    (56, "他家有没有欠税？税局那边有没有欠缴记录", True, [WARN], [], SJY, "zh", "tax arrears are warnings"),
    (57, "明天要跟总行汇报这户的case：1）近一年销售和Top5客户 2）评分和扣分原因 3）有没有诉讼、多头 4）我们合同有没有法律瑕疵。"
         "每项给我两三句话 deadline今晚", True, [INV, SCORE, WARN, CR], [DOC, REG], WGP, "mixed", "four-part report"),
    (58, "银税互动拿到的纳税信用等级，能不能用于贷款之外的营销？比如给客户推荐理财", False, [REG], [], LM, "zh",
     "data use limits: law only"),
    (59, "客户上传的那几张借条照片 金额加起来多少 出借人都是谁", True, [DOC], [], SJY, "zh", "stored photos of 借条"),
    (60, "我们订单贷合同里这条：“借款人同意，贷款人有权自借款人在任何金融机构开立的账户中直接扣划应付未付款项，扣划顺序及金额由贷款人自行确定，无需另行通知借款人；"
         "借款人放弃就此提出任何异议及主张的权利，该授权不可撤销。”客户说这是霸王条款 要去投诉 这条站得住吗", True, [CC],
     [CR, REG], SJY, "zh", "pasted clause from our stored contract"),
    (61, "逾期第5天了 电话不接 他家最近还有没有开票？还在经营吗？有没有新的官司", True, [INV, WARN], [], HJ, "zh",
     "recent invoicing plus new lawsuits"),
    (62, "为啥他分这么低 开票不是挺多的吗 到底多不多", True, [SCORE, INV], [], SJY, "zh",
     "score reasons plus an explicit invoice question"),
    (63, "《征信业务管理办法》对替代数据有啥要求？我们自己拿电商店铺数据建模打分，算不算在做征信业务", False, [REG], [], CYM,
     "zh", "征信 regulation: law only"),
    (64, "客户转过来一段他在某平台借的“店铺贷”协议，截一段：“借款金额50,000元，借款期限12期，每期还款4,916.67元；平台另收取账户管理费每期300元，"
         "逾期每日加收应还金额0.1%的逾期管理费；提前还款的，仍需支付剩余各期账户管理费。”算下来实际年化多少 是不是超了36", True,
     [CC, RATE], [REG], SJY, "zh", "pasted clause, question on its real APR"),
    (65, "他们给的2025年审计报告是哪家事务所出的 有没有保留意见", True, [DOC], [], ZZA, "zh", "stored audit report"),
    (66, "他给了一份跟上游工厂的采购协议，里面写：“乙方（借款人）未按期支付货款的，甲方有权单方解除合同并没收乙方已支付的全部预付款，"
         "同时乙方应按未付货款总额的50%向甲方支付违约金，且甲方有权就乙方店铺全部库存行使留置权。”这个违约责任是不是太重了 万一触发会不会把他拖垮",
     True, [CC], [REG], ZZA, "zh", "pasted clause of the borrower's supply contract"),
    (67, "数据贷出了不良，客户经理按尽职免责能不能免？监管有啥规定", False, [REG], [], SJY, "zh", "尽职免责 rules"),
    (68, "这户所有合同都给我过一遍 有没有法律瑕疵 利率 担保 违约那些", True, [CR], [DOC, REG], WGP, "zh",
     "full review of stored contracts"),
    (69, "拼多多商家说平台有个‘先用后付’的资金服务 日费率0.05% 折成APR多少？合法吗 跟我们的税票贷比是不是贵很多", False,
     [RATE], [REG], SJY, "mixed", "stated daily rate, legality"),
    (70, "有预警吗", True, [WARN], [], SJY, "zh", "short: warnings"),
    (71, "91330106MA2KD6W34Y 这户存量合同我们审过没 有没有利率超标或者担保条款的问题", False, [CR], [DOC, REG], LM, "zh",
     "stored contracts of a coded borrower, no rate stated", True),
    (72, "Temu卖家问一个供应链金融的offer APR 28.8% 另外一次性收1%手续费 这个在国内合法吗 上限多少", False, [RATE], [REG],
     SJY, "mixed", "stated APR and fee"),
    (73, "他们提供的跨境电商出口退税申报表 数字看着对不上 这类商品出口退税率按规定该是多少", True, [DOC, REG], [INV], ZZA, "zh",
     "stored declaration plus the tax rule"),
    (74, "多头借贷啥情况？现在在几家机构有贷款，他给的征信报告里写的是几家", True, [WARN, DOC], [], ZZA, "zh",
     "多头 warning plus what the stored 征信 report says"),
    (75, "收到一封律师函 原文：“贵行在未取得我方当事人书面授权的情况下，向第三方催收机构提供了我方当事人的身份信息、借款信息及联系方式，"
         "已违反《个人信息保护法》相关规定，请于七日内停止侵害并赔礼道歉，否则我方将依法提起诉讼。”我们确实委托了催收公司 这个怎么回 合同里有没有授权条款",
     True, [REG, DOC], [CR], LM, "zh", "pasted text is a lawyer's letter, not a clause; our stored contract's authorisation"),
    (76, "新版订单贷合同模板法务改了一版，你帮看下：“贷款执行年利率为3.85%，按月结息，结息日为每月20日；借款人未按约定用途使用借款的，"
         "贷款人有权对挪用部分按执行利率加收100%计收罚息，并按日加收挪用金额万分之五的违约金。”罚息加违约金叠起来会不会超红线", True,
     [CC, RATE], [REG], LM, "zh", "pasted template clause, question on stacked rates"),
    (77, "他给的银行流水跟开票差很多 流水一个月才20来万 开票有80万 帮我对一下", True, [DOC, INV], [], SJY, "zh",
     "stored statement vs invoices"),
    (78, "个人信息保护法里的“单独同意” 我们app的KYC流程要不要加一步？人脸信息算敏感个人信息吧", False, [REG], [], CYM, "mixed",
     "PIPL rule"),
    (79, "我们给他报的利率是LPR+150bp 现在1年期LPR是3.0% 这个算合规吧 有上限吗", True, [RATE], [REG, CR], SJY, "zh",
     "stated rate, cap question"),
    (80, "上次贷后现场检查的报告 我们传了没 里面写存货多少", True, [DOC], [], HJ, "zh", "stored inspection report"),
    (81, "91330108MA2H3K7P6T 滨江那个做SaaS的科创企业 开票、评分一起看下 考虑给科创贷", False, [INV, SCORE], [], WGP,
     "mixed", "invoices and score of a coded borrower", True),
    (82, "担保公司发来的反担保合同草稿：“反担保人对债务人在主合同项下的全部债务（包括本金、按年利率12%计算的利息、罚息、违约金及实现债权的费用）"
         "承担连带保证责任，保证期间为主债务履行期限届满之日起三年，反担保人放弃先诉抗辩权。”这个保证期间三年可以吗 放弃先诉抗辩权有必要写吗", True,
     [CC], [RATE, REG], LM, "zh", "clause contains a rate but the question is about the guarantee period"),
    (83, "这家互保的另一方要是出事 我们保证合同里的交叉违约条款能不能触发提前收贷", True, [CR], [WARN, DOC, REG], ZZA, "zh",
     "hypothetical; the stored contract's cross-default clause"),
    (84, "跨境电商9610、9710出口的，企业所得税核定征收那个4%应税所得率的政策现在还有效吗 适用条件是啥", False, [REG], [], SJY,
     "zh", "tax policy: law only"),
    (85, "客户说分低是因为我们模型歧视个体户😂 分数原因给我看看我好怼回去", True, [SCORE], [], SJY, "zh", "score reasons"),
    (86, "这户的借款合同和担保合同都是前年老模板签的，民法典担保制度解释出来之后有没有哪条已经不合规了？", True, [CR], [DOC, REG],
     LM, "zh", "stored contracts against newer law: contract_review"),
    (87, "我们app里贷款授权书第3条：“借款人同意贷款人及其合作机构收集、使用、加工借款人的身份信息、交易信息、位置信息、通讯录信息，"
         "并可向贷款人认为必要的第三方提供，授权期限自签署之日起至借款人全部债务清偿完毕后五年。”这个在PIPL下有啥问题 通讯录那块是不是不行",
     True, [CC], [CR, REG, DOC], LM, "mixed", "pasted clause of our own authorisation form"),
    (88, "这户整体咋样 能放吗", True, [SCORE, WARN, INV], [DOC, CR], WGP, "zh", "vague overall credit view"),
    (89, "我们这户的合同APR写的是9.6% 加上政府风险池那边收的1%保费 这个综合成本有没有超过监管上限", True, [RATE],
     [CR, DOC, REG], ZZA, "mixed", "stated rate from the stored contract plus a fee"),
    (90, "Does a Chinese city commercial bank need any special approval to lend to the Hong Kong entity of a cross-border "
         "seller? Which rules apply to cross-border lending?", False, [REG], [], CYM, "en", "cross-border lending rules"),
    (91, "新进来的股东是谁（看下他们交的工商变更材料），另外公司本身最近有没有被执行", True, [DOC, WARN], [], ZZA, "zh",
     "stored registration change plus enforcement"),
    (92, "这户要展期 我们原借款合同里允不允许展期？展期的话保证人要不要重新签字同意", True, [DOC, REG], [CR, WARN], HJ, "zh",
     "what our stored contract says plus guarantor-consent law"),
    (93, "他自己说了有个劳动仲裁，员工告他欠工资（系统里我也看到了）。工资这种债在破产的时候是不是排在我们银行前面？", True, [REG],
     [WARN], HJ, "zh", "fact stated by asker; priority in bankruptcy is law"),
    (94, "同业发了个模板我看看能不能借鉴：“保证人确认，主合同当事人协议变更主合同的（包括但不限于延长履行期限、增加借款金额、提高利率），"
         "无需征得保证人同意，保证人仍按变更后的主合同承担保证责任，保证期间亦不因此受影响。”这样写有效吗", False, [CC], [REG], LM, "zh",
     "pasted clause, no borrower"),
    (95, "跟上季度比 评级变了吗", True, [SCORE], [], HJ, "zh", "score change"),
    (96, "91330109MA2J47X68E 萧山那家做Amazon的 近一年开票里出口发票占多少", False, [INV], [], SJY, "zh",
     "invoice mix of a coded borrower", True),
    (97, "91330105MA28G1R50U 拱墅那家服装直播的 有没有失信 限高", False, [WARN], [], ZZA, "zh",
     "失信 / 限高 of a coded borrower", True),
    (98, "这户的电子签合同 签约时没做人脸核验 只有短信验证码 法律上算有效签名吗？我们存的那份有没有签名时间戳", True, [DOC, REG],
     [CR], LM, "zh", "stored file's signature data plus electronic-signature law"),
    (99, "客户合同里写的是日息万分之三 但客户说我们还让他付了2%的咨询费 是另外一家顾问公司收的，这个算不算变相提高利率？加起来会不会超", True,
     [RATE, REG], [DOC, CR], SJY, "zh", "stated rate + fee; whether a third-party fee counts is a separate law question"),
    (100, "科创贷这户的合同里有没有写风险池代偿后的追偿安排？合同这块有没有硬伤，下周风险池那边要审", True, [CR], [DOC, REG], WGP,
     "zh", "review of our stored contract"),
]

CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
CODE_RE = re.compile(r"(?<![0-9A-Z])[0-9A-HJ-NPQRTUWXY]{18}(?![0-9A-Z])")
QUOTE_RE = re.compile(r"“([^”]*)”|「([^」]*)」|\"([^\"]*)\"")


def code_valid(code: str) -> bool:
    if len(code) != 18 or any(c not in CODE_CHARS for c in code):
        return False
    check = 31 - sum(CODE_CHARS.index(c) * w for c, w in zip(code[:17], CODE_WEIGHTS)) % 31
    return CODE_CHARS[0 if check == 31 else check] == code[17]


def longest_quote(text: str) -> int:
    return max((len(next(g for g in m.groups() if g is not None)) for m in QUOTE_RE.finditer(text)), default=0)


def build() -> list[dict]:
    rows = []
    for raw in ROWS:
        n, question, focus, needs, optional, asker, lang, note, *rest = raw
        names_code = bool(rest and rest[0])
        row = {"id": f"cql-{n:03d}", "question": question, "borrower_in_focus": focus, "needs": needs,
               "optional": optional, "asker": asker, "lang": lang, "note": note}
        if names_code:
            row["names_code"] = True
        ChatQuestionRow.model_validate(row)
        rows.append(row)
    return rows


def check(rows: list[dict]) -> None:
    assert len(rows) == 100, len(rows)
    assert [r["id"] for r in rows] == [f"cql-{i:03d}" for i in range(1, 101)]
    assert len({r["question"] for r in rows}) == 100, "duplicate question"
    for r in rows:
        rid, needs, opt = r["id"], set(r["needs"]), set(r["optional"])
        assert needs and needs <= set(SOURCES) and opt <= set(SOURCES), rid
        assert len(needs) == len(r["needs"]) and len(opt) == len(r["optional"]), rid
        assert not needs & opt, rid
        assert r["lang"] in ("zh", "en", "mixed"), rid
        codes = CODE_RE.findall(r["question"])
        if r.get("names_code"):
            assert not r["borrower_in_focus"], rid
            assert len(codes) == 1 and code_valid(codes[0]), (rid, codes)
        else:
            assert not any(code_valid(c) for c in codes), rid
        if "contract_check" in needs:
            assert longest_quote(r["question"]) >= 80, (rid, longest_quote(r["question"]))
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
    print("rows with optional", sum(bool(r["optional"]) for r in rows))
    print("names_code rows", sum(bool(r.get("names_code")) for r in rows))
    print("focus", dict(Counter(r["borrower_in_focus"] for r in rows)))
    print("langs", dict(Counter(r["lang"] for r in rows)))
    print("askers", dict(Counter(r["asker"] for r in rows)))
    print("contract_check quoted lengths",
          sorted(longest_quote(r["question"]) for r in rows if "contract_check" in r["needs"]))


def main() -> None:
    rows = build()
    check(rows)
    with open(HERE / "cases.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    report(rows)


if __name__ == "__main__":
    main()
