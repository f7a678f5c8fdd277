"""Build cases.jsonl for chat_questions_holdout22 (author 24). Rows are held literally below, written by hand.

Run: .venv/bin/python eval/datasets/chat_questions_holdout22/make_cases.py
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

GJP = "高建平（普惠金融部）"
LWD = "刘卫东（榆阳支行客户经理，煤炭运输车队/挂靠货车）"
ZHY = "张海燕（洛川支行客户经理，苹果合作社/冷库）"
MJ = "马军（横山支行客户经理，羊肉加工/养羊户）"
BXY = "白秀英（米脂支行客户经理，红枣/小米加工）"
HZG = "惠志刚（神木支行客户经理，能源化工配套企业）"
XL = "薛丽（宝塔支行客户经理，民宿/农家乐）"
TXL = "拓小龙（绥德支行客户经理，个体超市/返乡电商）"
HJG = "郝建国（贷后管理）"
LCX = "李彩霞（风险管理部）"
HLJ = "贺丽娟（合规部）"
FZM = "冯志明（榆阳支行行长，转贷审会问题）"
DHW = "杜宏伟（金融监管分局检查人员）"

# (id, asker, borrower_in_focus, lang, needs, optional, question, note[, names_code])
ROWS = [
    ("cqw-001", LWD, True, "zh", ["warnings"], [],
     "这个车队老板最近有没有背执行？额听说他挂靠的一台车叫法院扣了",
     "被执行 (voice slip 背执行) and a seized truck → warnings; a rumour, not a supplied fact"),
    ("cqw-002", GJP, False, "zh", ["regulations"], [],
     "农户小额信用贷款单户最高能放多少，国家有甚规定没？",
     "policy limit for 农户小额信用贷款 → regulations only"),
    ("cqw-003", ZHY, True, "zh", ["contract_check"], ["contract_review", "regulations"],
     "洛川那个合作社冷裤里的苹果质押，咱质押合同这条额咋看都日怪：“出质人将存放于洛川县某冷库内的红富士苹果约800吨出质给质权人，"
     "质物由出质人自行保管，出质人可根据销售需要自行出库，但应保证库存不低于500吨，质权人不定期巡库。”这么写质权能设立不？",
     "quoted 存货质押 clause of our pledge contract (slip 冷裤 = 冷库); validity of the pledge without delivery → "
     "contract_check, stored contract so contract_review optional, law optional"),
    ("cqw-004", MJ, True, "zh", ["score"], [],
     "这户平级几档",
     "6 chars; slip 平级 = 评级 → score"),
    ("cqw-005", HZG, True, "mixed", ["invoice_summary"], [],
     "这家化工配套厂最近半年开票的trend咋样，往下掉没？",
     "invoicing trend → invoice_summary"),
    ("cqw-006", DHW, False, "zh", ["regulations"], [],
     "有的网点放贷款要求客户先买理财、再存一笔保证金才给放，这算不算违规搭售？监管咋规定的",
     "搭售 / 以贷收存 supervisory rule → regulations only"),
    ("cqw-007", HJG, True, "zh", ["warnings", "invoice_summary"], ["score"],
     "带后检查这家个体超市，看下最近有没有新的涉诉，开票是不是往下走了",
     "slip 带后 = 贷后; lawsuits → warnings, 开票 → invoice_summary; score would round it off"),
    ("cqw-008", BXY, True, "zh", ["documents"], [],
     "这个红枣加工厂的营业执照和环评批复咱系统里传了没？",
     "whether files are on record → documents"),
    ("cqw-009", XL, True, "zh", ["rate_check"], ["regulations"],
     "这家农家乐老板说他在网上借了2w，一年光利息就还了6k多，这利率高不高，超没超线？",
     "stated principal and interest, level / cap → rate_check (does the legal comparison; law optional)"),
    ("cqw-010", LWD, False, "zh", ["warnings", "score"], [],
     "91610802MA70B3K64X 这家运输公司有没有失信被执行，咱这评分多少？",
     "names a code; 失信被执行 → warnings, 评分 → score", True),
    ("cqw-011", LCX, True, "zh", ["warnings"], [],
     "这户多头借贷的情况咋样，近三个月征信叫查了几回？",
     "多头 and 征信查询 → warnings"),
    ("cqw-012", HLJ, False, "zh", ["regulations"], [],
     "个人征信查询授权书过了有效期还能查不？授权书和查询记录要保存多少年？",
     "征信授权 rules → regulations only"),
    ("cqw-013", FZM, True, "zh", ["score", "warnings", "invoice_summary", "documents"], [],
     "明天贷审会要上这户小米加工厂，你给额谝一下：评分几档、有没有官司欠税、今年开票多少，调查报告里写的销售额和开票对得上不",
     "贷审会 brief: score, lawsuits / tax arrears, invoicing, and what the stored 调查报告 says → four needs"),
    ("cqw-014", ZHY, True, "zh", ["contract_check"], ["contract_review", "regulations"],
     "冷库厂房这份最高额抵押，额解不下这条：“本合同担保的最高债权额为人民币叁佰万元，债权确定期间为2025年1月1日至2027年12月31日；"
     "在此期间内抵押权人向债务人发放的各项贷款、垫款及其利息、罚息、实现债权的费用，均在最高债权额内承担担保责任。”"
     "利息罚息到底算不算在300万里头？",
     "解不下 = 不懂; quoted 最高额抵押 clause of our contract → contract_check; contract_review and law optional"),
    ("cqw-015", MJ, True, "zh", ["regulations"], [],
     "养羊户拿活羊做抵押，羊会下羔，也会死、会卖，这种动产浮动抵押咋登记？抵押权管不管得住新下的羊羔？",
     "livestock floating charge registration and offspring → regulations only (no contract quoted or stored one asked)"),
    ("cqw-016", LWD, False, "en", ["regulations"], [],
     "Can a truck registered in a logistics company's name, but paid for and driven by an individual owner-operator, "
     "be mortgaged to our bank by that individual?",
     "English; 挂靠 truck mortgage by the de-facto owner → regulations only"),
    ("cqw-017", TXL, True, "zh", ["invoice_summary"], ["documents"],
     "这个返乡卖小米的娃说他抖音店一个月流水有30w，他开的票能对上不？",
     "claimed sales vs. invoicing → invoice_summary; stored 流水 files could confirm → documents optional"),
    ("cqw-018", HZG, True, "zh", ["contract_review"], ["documents", "regulations"],
     "这家配套企业跟咱签的应收账款质押合同，你帮额审一下有没有甚漏洞",
     "review of a stored contract without its text → contract_review"),
    ("cqw-019", LWD, True, "zh", ["contract_check"], ["contract_review", "regulations"],
     "车队这户的车辆底押合同里写的是：“抵押人以其名下号牌为陕K开头的重型半挂牵引车及挂车共计6台作为抵押物，抵押期间抵押人可继续"
     "营运使用，未经抵押权人书面同意不得转让、出租或重复抵押，车辆登记证书原件由抵押权人保管。”可这6台车实际都挂靠在物流公司名下，"
     "这么写有甚问题？",
     "slip 底押 = 抵押; quoted 车辆抵押 clause of our contract, 挂靠 stated → contract_check; review and law optional"),
    ("cqw-020", BXY, True, "zh", ["invoice_summary", "score"], [],
     "红枣加工这家今年消项掉了多少？评分有没有跟着往下掉？",
     "slip 消项 = 销项 → invoice_summary; 评分 → score"),
    ("cqw-021", HJG, True, "zh", ["contract_review", "warnings"], ["documents", "regulations"],
     "这户又来申请展期，前头已经沾期过几回了？上回签的展期协议你也审下有没有毛病",
     "slip 沾期 = 展期; 展期次数 → warnings; review of the stored 展期协议 → contract_review"),
    ("cqw-022", DHW, False, "zh", ["regulations"], [],
     "农商行给小微企业贷款，除了利息另外收一笔财务顾问费，规定里允许收不？",
     "fee rule without a stated amount → regulations only, no rate_check"),
    ("cqw-023", XL, True, "zh", ["documents"], [],
     "这家民宿的房屋租赁合同上租期到甚会儿？咱档案里有没有这份合同",
     "甚会儿 = 什么时候; what a stored third-party lease says / whether it is on file → documents"),
    ("cqw-024", MJ, True, "zh", ["warnings", "score"], [],
     "额看这户养羊的婆姨也在别的行贷了款，两口子跟别人有没有互保？这户评分多少",
     "互保 → warnings; 评分 → score"),
    ("cqw-025", LCX, True, "zh", ["score"], ["warnings"],
     "这户评分咋从B掉到C了，日怪得很，甚原因？",
     "score drop and its reasons → score; warnings may explain the drop → optional"),
    ("cqw-026", GJP, False, "zh", ["regulations"], [],
     "无还本续贷现在的政策对象是甚？个体工商户和农户能不能做？",
     "无还本续贷 policy → regulations only"),
    ("cqw-027", ZHY, True, "mixed", ["score", "invoice_summary"], [],
     "合作社这户的score多少？去年苹果卖了多少、开了多少票",
     "score + sales / invoicing"),
    ("cqw-028", MJ, True, "zh", ["rate_check"], ["regulations", "warnings"],
     "收羊的老板给额看了张借条：“今借到张某某现金伍万元整，月息2分5，一年内还清。借款人：郝某某 2025年3月2日”这利息法律保护不？",
     "IOU (short quote, not contract_check); 月息2分5 and whether protected → rate_check; law and other debt optional"),
    ("cqw-029", HZG, True, "zh", ["warnings"], [],
     "这家配套厂有没有欠税？社保是不是断缴了",
     "欠税, 社保 → warnings"),
    ("cqw-030", TXL, True, "zh", ["invoice_summary"], [],
     "超市今年每个月开票多少",
     "monthly invoicing → invoice_summary"),
    ("cqw-031", ZHY, False, "zh", ["score", "invoice_summary"], [],
     "93610629MA6XR2P50L 洛川这个苹果合作社的评分和开票情况给额看下",
     "names a cooperative code (93…); score + invoicing", True),
    ("cqw-032", HLJ, False, "zh", ["regulations"], [],
     "贷款利率要不要在营业网点公示？按年化利率公示有甚具体要求？",
     "利率公示 rules, no rate stated → regulations only"),
    ("cqw-033", LWD, True, "zh", ["invoice_summary", "warnings"], ["documents"],
     "车队的运费应收有多少是开了票的？他有没有叫下游煤矿告了？",
     "运费 invoiced → invoice_summary; sued by the coal mine → warnings; 应收 ledger files optional"),
    ("cqw-034", HJG, True, "zh", ["warnings"], [],
     "客户转给额一条短信：“【榆林市榆阳区人民法院】郝某某，您与陕北某物流有限公司买卖合同纠纷一案（2025）陕0802民初1234号，"
     "定于2025年6月10日上午9时在第三法庭开庭，请准时到庭。”除了这个案子他还有没有别的官司、被执行的？",
     "court SMS (not contract text, no contract_check); the quoted case is supplied but other cases are asked → warnings"),
    ("cqw-035", BXY, True, "zh", ["rate_check"], ["documents", "contract_review"],
     "小米加工这户咱给的是LPR加120个基点，按现在一年期LPR 3.0%算年利率多少？这个价高不高？",
     "stated rate basis from our own loan, level asked → rate_check; stored contract optional"),
    ("cqw-036", MJ, True, "zh", ["regulations"], ["documents"],
     "养羊户拿来村委的证明：“兹证明我村村民马某某在本村集体土地上自建羊舍12间约600平方米，系本人出资修建，无权属争议，特此证明。"
     "某某村民委员会”这羊舍能给咱抵押不？",
     "村委 certificate supplied; can a self-built shed on collective land be mortgaged → regulations; documents optional"),
    ("cqw-037", FZM, True, "zh", ["contract_review", "regulations"], ["documents", "warnings"],
     "这户最高额抵押合同，额想解下：抵押物要是叫法院查封了，查封以后新放的款还在担保范围里不？咱这份合同这么签有没有漏洞",
     "law on 查封 and 最高额抵押 (explicit) + review of our stored contract; 查封 is hypothetical → warnings optional"),
    ("cqw-038", HZG, True, "en", ["rate_check"], ["regulations"],
     "A small coal-chemical supplier is being charged 6.5% a year on a one-year working-capital loan. "
     "Is that high compared with the current LPR?",
     "English; stated rate, level vs. LPR → rate_check"),
    ("cqw-039", XL, True, "zh", ["warnings"], [],
     "农家乐这家有没有叫文旅局或者市场监管罚过款？经营异常名录上有没有",
     "administrative penalties and 经营异常 → warnings"),
    ("cqw-040", GJP, True, "zh", ["score", "warnings", "contract_review"], ["documents", "invoice_summary"],
     "这户给额个总体印象：分多少，有没有甚风险信号，咱跟他签的几份合同有没有毛病",
     "overview: score, warnings, review of our stored contracts; files and invoicing would help"),
    ("cqw-041", LCX, True, "zh", ["rate_check"], ["warnings", "regulations"],
     "征信报告上有一行：“2024.11.05 某某小额贷款有限公司 个人消费贷款 授信额度30,000元 还款期数12 月还款额3,150”这算下来年化多少？超没超",
     "credit-report line; implied APR and cap → rate_check; the line hints at other debt → warnings optional"),
    ("cqw-042", HZG, True, "zh", ["contract_check", "rate_check"], ["contract_review", "regulations"],
     "这家的流动资金借款合同里写的：“借款利率为固定年利率5.8%，按月结息；借款人逾期还款的，逾期部分自逾期之日起按借款利率上浮50%"
     "计收罚息，对未按时支付的利息按罚息利率计收复利；借款人另应按借款金额的1%一次性支付贷款服务费。”这几样加起来成本超不超，"
     "罚息复利这么收合规不？",
     "quoted loan clause of our contract about its costs → contract_check + rate_check; review and law optional"),
    ("cqw-043", TXL, True, "zh", ["invoice_summary", "documents"], [],
     "电商这娃发来一行流水：“2025-04-18 网银转入 抖音支付 168,520.00 余额 172,033.56”你看下他开票跟这流水差多少，"
     "咱档案里有没有他近半年完整的流水？",
     "银行流水 line; invoicing vs. the line → invoice_summary; whether statements are on file → documents"),
    ("cqw-044", HJG, True, "zh", ["warnings"], [],
     "这户的水电费最近欠没欠？厂子是不是停了",
     "水电 arrears → warnings"),
    ("cqw-045", DHW, False, "zh", ["regulations"], [],
     "贷款五级分类里，逾期超过90天的必须划到次级吗？展期的贷款咋分类",
     "风险分类 rules → regulations only"),
    ("cqw-046", LWD, True, "zh", ["warnings"], [],
     "车队老板微信上跟额说：“刘经理，这两天手头紧，下个月的贷款可能晚几天，煤矿的运费还没结过来”额心里不踏实，"
     "你看他最近有没有别的鱼期、查封的",
     "WeChat note; slip 鱼期 = 逾期; other overdue / 查封 → warnings"),
    ("cqw-047", ZHY, True, "zh", ["documents", "regulations"], ["contract_review"],
     "冷库的租赁合同咱档案里写的租期是几年？冷库是租来的，里头的制冷设备能单独拿来抵押不？",
     "what the stored lease says → documents; mortgage of equipment in leased premises → regulations"),
    ("cqw-048", MJ, True, "zh", ["invoice_summary"], [],
     "羊肉加工厂今年一季度的销项比去年同期差多少",
     "销项 year on year → invoice_summary"),
    ("cqw-049", BXY, True, "zh", ["contract_check"], ["contract_review", "regulations"],
     "红枣厂老板的兄弟给他担保，咱保证合同里这条有毛病没：“保证人自愿为债务人在主合同项下的全部债务提供连带责任保证，"
     "保证期间为主债务履行期限届满之日起三年；主合同变更的，无论是否经保证人同意，保证人均继续承担保证责任。”",
     "quoted guarantee clause of our contract → contract_check; review and law optional"),
    ("cqw-050", HLJ, True, "zh", ["contract_review", "regulations"], ["documents"],
     "合规检查这户的借款合同，格式条款按规定咱有没有尽到提示说明义务？你把合同审一下",
     "review of a stored contract plus an explicit 按规定 duty → contract_review + regulations (deliberate exception)"),
    ("cqw-051", FZM, False, "zh", ["regulations"], [],
     "支行想给横山羊肉加工企业搞个活畜贷，活体抵押现在有没有专门的登记办法？",
     "product design question on livestock mortgage registration → regulations only"),
    ("cqw-052", XL, True, "zh", ["score"], [],
     "民宿这户咱行评的是哪个级别",
     "级别 → score"),
    ("cqw-053", HZG, False, "zh", ["warnings"], [],
     "帮额查下91610881MA70D8W14W 这家神木的有没有进经营异常名录",
     "names a code; 经营异常 → warnings", True),
    ("cqw-054", TXL, True, "mixed", ["rate_check"], ["regulations"],
     "超市老板用了个网贷app，借5k，分12个月每月还480块，这个APR多少？算不算高利贷",
     "implied APR and 高利贷 → rate_check"),
    ("cqw-055", HJG, True, "zh", ["warnings", "documents"], [],
     "贷后这户：征信这个月多了两笔查询，是哪家查的？咱上回的贷后检查报告里是咋写的",
     "征信查询 → warnings; what the stored 贷后检查报告 says → documents"),
    ("cqw-056", GJP, False, "zh", ["regulations"], [],
     "创业担保贷款返乡创业人员个人最多能贷多少，财政贴息咋贴",
     "创业担保贷款 policy → regulations only"),
    ("cqw-057", LWD, True, "zh", ["contract_review"], ["documents", "regulations"],
     "车队这户跟咱签的车辆抵押合同帮额审审，车挂靠在物流公司名下，物流公司没盖章，这合同有效没",
     "validity of a stored contract without its text → contract_review; law optional"),
    ("cqw-058", MJ, True, "zh", ["warnings"], [],
     "额听村里人谝这个养羊户在外头拉了一屁股饥荒，你看下他有没有民间借贷的官司",
     "谝 = 聊, 饥荒 = 欠债; private-lending lawsuits → warnings"),
    ("cqw-059", ZHY, True, "zh", ["contract_check"], ["regulations"],
     "合作社租的冷库，租赁合同里有这一条：“承租人存放于冷库内的货物，在承租人付清全部租金及电费前，出租人有权留置；"
     "承租人不得以库内货物向任何第三方设定质押或抵押，否则出租人有权解除合同并清库，由此产生的损失由承租人自行承担。”那咱在库里做苹果质押，"
     "冷库老板的留置权跟咱的质权哪个优先？",
     "third-party lease clause quoted; priority of lien vs. our pledge → contract_check (law optional); not our "
     "contract, no contract_review"),
    ("cqw-060", HZG, True, "mixed", ["contract_check"], ["regulations"],
     "这家配套厂跟外资化工厂签的供货合同里有一条英文：“The Supplier shall not assign, pledge or otherwise transfer any of "
     "its rights or receivables under this Agreement to any third party without the prior written consent of the "
     "Buyer, and any purported assignment in breach of this clause shall be void.”那咱给他做应收账款质押还行不行？",
     "English anti-assignment clause of a third-party supply contract → contract_check; no contract_review"),
    ("cqw-061", BXY, True, "zh", ["invoice_summary"], ["documents"],
     "红枣厂发来一张发票：“货物名称 *果类加工品*红枣片 数量12000 单价18.50 金额222,000.00 税率13%”"
     "这张票在开票数据里能看到不？他这个月总共开了多少",
     "invoice line; match and monthly total → invoice_summary"),
    ("cqw-062", LCX, False, "zh", ["regulations"], [],
     "农户贷款尽职免责，客户经理要满足甚条件才能免责？",
     "尽职免责 rules → regulations only"),
    ("cqw-063", FZM, True, "zh", ["warnings", "score", "documents"], ["invoice_summary"],
     "这户又来续贷，额想知道他前头续了几回，现在评分多少，上回授信审批意见是咋写的",
     "续贷次数 → warnings; score; stored 审批意见 → documents"),
    ("cqw-064", DHW, True, "zh", ["rate_check", "contract_review"], ["documents", "regulations"],
     "这笔贷款合同年利率7.2%，另外收了2%的担保费，综合下来超没超监管要求？合同整个也审一遍",
     "stated rate + fee, cap asked → rate_check; explicit review of the stored contract → contract_review"),
    ("cqw-065", XL, True, "zh", ["invoice_summary", "score"], [],
     "农家乐今年旺季开票嫽扎咧，评分跟着往上走了没？",
     "嫽扎咧 = 好得很; invoicing level + current score"),
    ("cqw-066", TXL, True, "zh", ["documents"], [],
     "超市老板的婆姨签了共同还款承诺书没？档案里找下",
     "婆姨 = 妻子; whether a signed file is on record → documents"),
    ("cqw-067", HZG, True, "zh", ["contract_check"], ["regulations"],
     "配套厂跟化工厂的工程合同里有这么一条：“发包人以商业承兑汇票方式支付工程款，汇票期限不超过12个月；承包人接受商票后，"
     "发包人对该笔工程款的付款义务即告履行完毕，承包人不得再以任何理由向发包人主张现金支付。”商票到期要是兑不了，"
     "配套厂还能找化工厂要钱不？咱的还款来源就靠这个",
     "third-party 工程 contract clause on 商票 payment → contract_check, law optional, no contract_review"),
    ("cqw-068", MJ, False, "zh", ["invoice_summary"], [],
     "92610803MA6T4J9C3N 这个横山羊肉馆今年开了多少票",
     "names a 个体户 code (92…); invoicing", True),
    ("cqw-069", LWD, True, "zh", ["rate_check", "contract_review"], ["documents", "regulations"],
     "车队这户的购车贷合同额想让你审一遍，顺带看下月利率6厘5高不高",
     "explicit review of a stored contract + stated monthly rate → contract_review + rate_check"),
    ("cqw-070", HJG, True, "mixed", ["warnings", "invoice_summary", "score"], [],
     "季度贷后check：这户涉诉、开票、评分三样都给额拉一下",
     "three borrower sources"),
    ("cqw-071", GJP, True, "zh", ["documents"], ["contract_review"],
     "这户抵押物评估报告上评了多少钱？评估日期是甚会儿",
     "what a stored 评估报告 says → documents"),
    ("cqw-072", FZM, False, "zh", ["contract_check"], ["regulations"],
     "咱行新版农户贷款合同模板里这一条，贷审会上有人觉得不妥：“借款人未按约定用途使用借款、或其经营状况严重恶化、或涉及重大诉讼的，"
     "贷款人有权宣布借款提前到期，并从借款人在贷款人处开立的任何账户中直接扣收，扣收后无需另行通知借款人及保证人。”这么写有法律风险不？",
     "our template clause quoted, no borrower → contract_check, law optional, no contract_review"),
    ("cqw-073", ZHY, True, "zh", ["score"], [],
     "苹果合作社现在是几档",
     "档 → score"),
    ("cqw-074", BXY, True, "zh", ["warnings"], [],
     "小米加工厂老板是不是叫限高了？听说他克西安坐不了高铁",
     "克 = 去; 限高 → warnings"),
    ("cqw-075", MJ, True, "zh", ["contract_check"], ["contract_review", "regulations"],
     "咱跟养羊户签的活体抵押合同写的是：“抵押人以其饲养的陕北白绒山羊及滩羊共计420只（均已佩戴耳标）设定抵押，"
     "抵押期间新生羔羊一并纳入抵押物范围；抵押人出售羊只的，应事先告知抵押权人，售羊款优先用于归还借款。”"
     "这么写抵押物范围算清楚不？羊卖了咱的抵押权还在不在",
     "quoted livestock-mortgage clause of our contract → contract_check; review and law optional"),
    ("cqw-076", HLJ, False, "zh", ["regulations"], [],
     "客户经理私下拿自己的钱帮客户垫还贷款，合规上有甚规定，咋处理",
     "conduct rule → regulations only"),
    ("cqw-077", BXY, False, "zh", ["documents", "warnings"], [],
     "91610827MA70F5N28U 米脂这家小米厂有没有官司？咱这有没有他的调查报告",
     "names a code; lawsuits → warnings; stored 调查报告 → documents", True),
    ("cqw-078", LCX, True, "zh", ["contract_review", "warnings"], ["documents", "regulations"],
     "这户的保证人是他自己的关联企业，保证合同有没有问题你审下，担保圈里互保的情况也查下",
     "review of the stored guarantee contract → contract_review; 互保 / 担保圈 → warnings"),
    ("cqw-079", FZM, True, "zh", ["contract_review"], ["documents", "regulations"],
     "这户的保证合同签的时候保证人婆姨没签字，帮额看下这份保证合同效力上有没有问题",
     "validity of a stored contract without its text → contract_review"),
    ("cqw-080", XL, True, "zh", ["regulations"], ["documents"],
     "民宿那家租的是村里的宅基地房子，租赁合同上写的租20年，这超没超法律允许的租期？",
     "the lease term is supplied → documents optional; the legal cap → regulations"),
    ("cqw-081", TXL, True, "zh", ["contract_check", "rate_check"], ["regulations"],
     "超市老板的网贷合同截图上写的：“借款年化利率（单利）为23.9%，借款人另需按月支付平台服务费，服务费为借款本金的0.6%/月；"
     "逾期的，按未还金额每日0.1%收取逾期管理费，并承担催收产生的全部费用。”他要是按这个借，综合成本多少，超没超？",
     "quoted third-party online-loan clause about costs → contract_check + rate_check; no contract_review"),
    ("cqw-082", HZG, True, "zh", ["invoice_summary", "warnings", "documents"], ["score"],
     "配套厂说下游神木那家化工厂欠他工程款800多万，额想看下他对那家开票开了多少、两家有没有打官司，咱这有没有工程结算单",
     "invoicing to the debtor → invoice_summary; lawsuits → warnings; stored 结算单 → documents"),
    ("cqw-083", HJG, True, "zh", ["score", "warnings"], [],
     "这户最近评分掉得厉害，是不是有了新的被执行",
     "score + 被执行"),
    ("cqw-084", DHW, False, "zh", ["regulations"], [],
     "检查发现有一笔经营贷的钱流进了股市，贷款挪用这种情况银行要担甚责任，监管咋处罚",
     "misuse of loan funds, bank liability → regulations only"),
    ("cqw-085", LWD, True, "zh", ["invoice_summary"], [],
     "车队最近三个月运费发票开了多少，跟去年同期比咋样",
     "运费发票 → invoice_summary"),
    ("cqw-086", BXY, True, "zh", ["rate_check"], ["documents"],
     "红枣厂老板说别的银行给他报了个年化3.45%，咱给的是4.35%，贷100个一年利息差多少？",
     "two stated rates, 100个 = 100万; arithmetic on rates → rate_check; no legality asked, no regulations"),
    ("cqw-087", ZHY, True, "zh", ["warnings", "documents"], [],
     "合作社社保断缴了几个月？咱档案里上回交的社员名册是甚会儿的",
     "社保 → warnings; stored 社员名册 → documents"),
    ("cqw-088", MJ, True, "mixed", ["score", "invoice_summary", "warnings"], [],
     "给额出个summary：这户羊肉厂分多少、今年开票多少、有没有风险信号",
     "three borrower sources"),
    ("cqw-089", HLJ, True, "zh", ["contract_check", "rate_check"], ["contract_review", "regulations"],
     "合规抽查这户借款合同，这条利率加违约金加起来有没有超：“借款人应于每月20日支付当期利息，月利率为千分之五点五；逾期未还的，"
     "按逾期金额每日万分之五计收违约金，并承担贷款人为实现债权所支付的律师费、诉讼费、差旅费等全部费用。”",
     "quoted clause of our contract about rates / costs → contract_check + rate_check"),
    ("cqw-090", XL, True, "zh", ["contract_review"], ["documents", "regulations"],
     "农家乐这户咱跟他签了宅基地上房子的抵押合同，现在看这合同有效没？",
     "validity of a stored mortgage contract without its text → contract_review"),
    ("cqw-091", TXL, True, "zh", ["warnings"], [],
     "超市老板最近一个月征心叫查了几回？是不是在到处借钱",
     "slip 征心 = 征信; 征信查询 / 多头 → warnings"),
    ("cqw-092", XL, False, "zh", ["score"], [],
     "92610602MA6W7H3Q3D 宝塔区这家农家乐评分几档？",
     "names a 个体户 code; score", True),
    ("cqw-093", HZG, True, "zh", ["documents"], [],
     "这家配套厂跟神木化工厂的工程合同咱存档了没？合同金额写的多少",
     "whether a third-party contract is on file and what it says → documents"),
    ("cqw-094", LCX, True, "zh", ["contract_check"], ["contract_review", "regulations"],
     "风险这边看这条应收账款质押，范围和回款控制有没有漏洞：“出质人将其对榆林某煤业有限公司享有的2025年1月1日至2025年12月31日期间"
     "因煤炭运输服务产生的全部应收运费出质给质权人，出质人应在质押登记后通知付款人，将运费支付至出质人在质权人处开立的监管账户。”",
     "quoted 应收账款质押 clause (运费) of our contract → contract_check; review and law optional"),
    ("cqw-095", LWD, False, "zh", ["warnings", "invoice_summary"], [],
     "91610824MA70G2R8XT 靖边这家运输公司欠税没？运费票开了多少",
     "names a code; 欠税 → warnings; 运费票 → invoice_summary", True),
    ("cqw-096", GJP, False, "zh", ["documents"], ["regulations"],
     "咱行的《普惠小微贷款尽职免责实施细则》里，首次授信的客户经理要免责得交甚材料？",
     "what the institution's own rulebook says → documents; the external rules only optional"),
    ("cqw-097", TXL, False, "mixed", ["contract_review"], ["documents", "regulations"],
     "帮额check下91610826MA70H6T46N 这家电商公司给超市老板担保签的保证合同，有没有甚问题",
     "names the guarantor's code; review of the stored guarantee contract → contract_review", True),
    ("cqw-098", ZHY, True, "zh", ["rate_check"], ["regulations"],
     "合作社社员之间借钱，一个社员借给另一个3万，说好年底还3万6，满打满算就8个月，这利息算下来合法不？",
     "implied rate (6k on 3万 over 8 months) and legality → rate_check"),
    ("cqw-099", MJ, True, "zh", ["regulations", "warnings"], [],
     "养羊户的羊得了病死了一批，保险公司拒赔，这户现在逾期了。按规定咱能不能给他展期？他之前展过期没？",
     "展期 rules → regulations; earlier 展期 → warnings"),
    ("cqw-100", FZM, True, "zh", ["invoice_summary", "score", "warnings", "regulations", "contract_review"],
     ["documents"],
     "高经理，下礼拜贷审会上洛川苹果合作社那笔300个的续贷，额先把情况说下你帮额理一理：去年苹果行情不好，合作社说销售额掉了三成，"
     "你看开票是不是真掉了这么多；评分现在几档；有没有新的官司、欠税，征信查询多不多；抵押的是冷库厂房，去年做的最高额抵押合同你再审一遍"
     "看有没有漏洞；另外他们想走无还本续贷，政策上合作社够不够条件，要满足甚。受苦人不容易，能帮就帮，但风险得说清楚。",
     "long 贷审会 brief: invoicing (claimed drop to verify), score, warnings, explicit contract review, 无还本续贷 policy"),
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
    assert [r["id"] for r in rows] == [f"cqw-{i:03d}" for i in range(1, 101)]
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
    all_codes = [c for r in rows for c in codes_in(r["question"])]
    assert len(all_codes) == len(set(all_codes))
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
