"""Build chat_questions_holdout13/cases.jsonl: 100 chat questions by author 15, held literally below.

Held out: never tune on these rows. Every row was written by hand (林雅婷's 风控部 at a made-up Quanzhou 小额贷款公司
and her colleagues); this script only validates them and writes cases.jsonl (sorted keys, UTF-8, one per line).
Run: /work/main/.venv/bin/python eval/datasets/chat_questions_holdout13/make_cases.py
"""
from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = ["regulations", "documents", "warnings", "invoice_summary", "score", "contract_review",
           "contract_check", "rate_check"]
BORROWER_SOURCES = {"documents", "warnings", "invoice_summary", "score", "contract_review"}

LIN = "林雅婷（风控部负责人）"
CAI = "客户经理 蔡志强（鞋服条线）"
HONG = "客户经理 洪丽娟（茶叶/外贸）"
XU = "客户经理 许文彬（石狮渔船/石材）"
SHI = "客户经理 施佳慧（供应链/应收账款）"
ZHENG = "法务 郑律师"
WU = "贷后催收 吴建平"
ZHUANG = "总经理 庄国栋（转股东会的问题）"
JG = "泉州市地方金融监管局 检查员"
TAI = "台商客户 陈先生（客户经理转来的留言）"


def R(id_, focus, needs, optional, asker, lang, note, question, names_code=False):
    row = {"id": id_, "question": question, "borrower_in_focus": focus, "needs": needs, "optional": optional,
           "asker": asker, "lang": lang, "note": note}
    if names_code:
        row["names_code"] = True
    return row


ROWS = [
    R("cqn-001", True, ["score"], [], CAI, "zh", "short follow-up asking the focus borrower's score",
      "伊分数咧"),
    R("cqn-002", True, ["warnings"], [], HONG, "zh", "short follow-up: any early warnings",
      "有无预警？"),
    R("cqn-003", True, ["invoice_summary"], [], CAI, "zh", "开票 / 销项 trend of the focus borrower",
      "这家开票按怎？最近三个月销项有掉无"),
    R("cqn-004", False, ["regulations"], [], LIN, "zh", "标会 legality and civil vs criminal liability: law only",
      "标会（阮遮叫会仔）到底合法无？会头收了大家的会钱跑路，会脚去告伊，是算民事纠纷，还是会变成诈骗、非法吸收公众存款？"),
    R("cqn-005", True, ["rate_check"], ["regulations", "documents", "contract_review"], CAI, "zh",
      "stated 月息1分8 + 0.5%/月 服务费 against the cap; the stored contract is optional since the numbers are given",
      "伊这笔经营贷合同写月息1分8，另外每个月收0.5%服务费，两个加起来有超线无？"),
    R("cqn-006", True, ["contract_check", "rate_check"], ["regulations", "contract_review"], ZHENG, "zh",
      "pasted 罚息+违约金 clause from our contract, question is whether the total exceeds the legal cap",
      "帮我看一下伊合同里这条，罚息加违约金算下来有超过法定上限无：“借款人未按期归还借款本息的，出借人有权自逾期之日起"
      "按合同约定利率上浮50%计收罚息，同时借款人还应按逾期金额每日千分之三向出借人支付违约金，并承担出借人为实现债权所"
      "支出的律师费、差旅费、保全担保费等全部费用。”"),
    R("cqn-007", True, ["warnings"], [], WU, "zh", "官司 / 被执行 records",
      "伊有官司无？被执行的有几笔，金额多少"),
    R("cqn-008", True, ["warnings"], ["documents"], HONG, "zh",
      "征信查询次数 / 多头 are warnings; the uploaded 征信 report could confirm",
      "伊最近征信查询有几次？是不是到处在借钱"),
    R("cqn-009", False, ["regulations"], [], LIN, "zh", "whether a 小贷 may do 垫资/过桥 and what rules apply: law only",
      "垫资（过桥）这个业务阮小贷公司可以做无？帮客户先还银行到期的贷款，等银行续贷下来再还阮，监管上有什么规定，"
      "会不会算超范围经营？"),
    R("cqn-010", True, ["score"], [], CAI, "zh", "score band and its reasons",
      "伊评级几档？扣分主要扣在哪几项"),
    R("cqn-011", False, ["warnings"], [], CAI, "zh", "被执行 / 限高 of a borrower named by code",
      "91350582MA31KCT4XJ 这家晋江鞋材厂，帮我看一下有无被执行、限高", names_code=True),
    R("cqn-012", True, ["invoice_summary"], [], HONG, "mixed", "export 开票 trend and top customers",
      "伊讲今年外贸订单真好，LC 一直在开，帮我看一下出口 invoice 是不是真的有涨，前几大客户是谁"),
    R("cqn-013", True, ["documents", "invoice_summary"], [], HONG, "mixed",
      "compare the uploaded PO with the invoiced amounts: needs both the file and the invoice figures",
      "这户的 invoice 跟 PO 对得上无？PO 资料里有上传，帮我看开票金额甲 PO 差多少"),
    R("cqn-014", False, ["regulations"], [], ZHUANG, "zh", "小贷 leverage limits (股东会 question): law/policy only",
      "股东会有人问：小贷公司对外融资杠杆现在最多几倍？向股东借款、银行借款、发ABS加起来，不能超过净资产多少？"),
    R("cqn-015", True, ["contract_review"], ["documents", "regulations"], ZHENG, "zh",
      "defects of the stored 房产抵押借款合同, no text given",
      "伊那份房产抵押借款合同有什么瑕疵无？下个月要续贷，先帮我把合同过一遍"),
    R("cqn-016", True, ["contract_check"], ["regulations", "contract_review"], ZHENG, "zh",
      "pasted 联保 clause from our stored contract; question is the 保证期间 validity (no rate)",
      "联保小组这份合同里是这样写：“联保小组成员对小组内任一借款人在本合同项下的全部债务承担连带保证责任，保证期间自"
      "主债务履行期限届满之日起至债权人主张权利之日止，各成员不得以其他成员未履行保证责任为由进行抗辩。”这样约定保证"
      "期间有效无？"),
    R("cqn-017", True, ["warnings"], [], CAI, "zh", "社保人数 falling is a warning",
      "歹势再问一下，伊社保人数这半年有减无？工厂工人是不是跑了一半"),
    R("cqn-018", False, ["regulations"], [], SHI, "zh", "应收账款质押 registration rules: law only",
      "应收账款质押要去哪里登记？中登网自己登就可以吗？无登记的话质权有设立无？"),
    R("cqn-019", True, ["rate_check"], ["regulations"], CAI, "zh",
      "stated rate in 一万块一个月三百 form; whether it is 高利贷",
      "伊讲伊借给亲戚的钱是一万块一个月三百，讲这样不算高利贷，有影无影？"),
    R("cqn-020", True, ["warnings"], [], XU, "zh", "互保 / 担保圈",
      "伊甲几家石材厂有互保无？担保圈大不大，有无哪家已经出事"),
    R("cqn-021", False, ["score", "invoice_summary"], [], CAI, "zh", "score and invoices of a borrower named by code",
      "帮我查一下 91350581MA2Y8G0N7B 这家石狮服装厂的分数甲开票", names_code=True),
    R("cqn-022", True, ["contract_check"], ["regulations", "contract_review"], SHI, "zh",
      "pasted 应收账款质押 clause from our stored contract; question is whether the pledge was created",
      "阮跟伊签的应收账款质押合同第三条是这样写的：“出质人以其对晋江鸿跃体育用品有限公司享有的自2024年1月1日起至2024年"
      "12月31日止因供货产生的全部应收账款出质，质押登记由质权人视情况决定是否办理，未办理登记的不影响本合同的效力。”"
      "这样写，质权到底有成立无？"),
    R("cqn-023", True, ["warnings", "score"], [], LIN, "zh", "roll-over count / 借新还旧, and whether the score reflects it",
      "伊续贷几次了？是不是一直借新还旧？分数有因为这个扣分无"),
    R("cqn-024", False, ["regulations"], [], XU, "zh", "渔船抵押 registration and effect against third parties: law only",
      "渔船抵押要去哪里登记？渔港监督还是海事局？无登记的话抵押权有效无，能对抗第三人无？"),
    R("cqn-025", True, ["documents"], [], CAI, "zh", "what the uploaded 营业执照 / change records say",
      "伊营业执照有效期到几时？法人代表有换过无"),
    R("cqn-026", True, ["score"], [], ZHUANG, "en", "Singapore shareholder asks score and why it moved",
      "What's the credit score on this borrower now, and why did it drop since last quarter?"),
    R("cqn-027", True, ["contract_check", "rate_check"], ["regulations"], WU, "zh",
      "borrower pasted an internet platform loan clause (not ours); asks whether the total cost is over the cap",
      "伊讲伊在网上借的那笔，合同是这样写的：“借款年化利率为7.2%（单利），借款人另需按月向平台支付会员服务费及担保服务费，"
      "合计为借款本金的1.5%，上述费用与利息一并按月从借款人绑定的银行卡扣收，借款人不得以任何理由要求退还。”这样综合"
      "下来有超无？超的部分伊可以不还无？"),
    R("cqn-028", True, ["warnings", "invoice_summary"], [], CAI, "zh",
      "utilities as a stoppage sign plus whether invoicing fell too",
      "伊厂里水电这几个月按怎？是不是停工了？开票有跟着掉无"),
    R("cqn-029", False, ["regulations"], [], WU, "zh", "limitation period for 民间借贷: law only",
      "民间借贷诉讼时效是几年？借条上无写还款日期的，从几时开始算？"),
    R("cqn-030", True, ["documents"], ["warnings"], LIN, "zh",
      "what the uploaded 征信 report says; warnings could confirm 多头",
      "伊的征信报告有上传无？报告里未结清贷款有几笔，对外担保多少"),
    R("cqn-031", True, ["score", "warnings"], ["invoice_summary"], LIN, "zh",
      "asker states the invoice drop; needs score and warnings, invoices would only re-confirm",
      "伊这个月开票掉了一半，分数有跟着掉无？有无出什么预警？"),
    R("cqn-032", True, ["contract_review"], ["regulations", "documents"], TAI, "zh",
      "繁体 message from the 台商 borrower about the guarantee terms in the stored contract and his wife's liability",
      "我們跟貴公司簽的那份借款合約，保證條款有沒有問題？我太太也有簽名，她要負什麼責任？"),
    R("cqn-033", False, ["rate_check"], ["regulations"], SHI, "zh", "stated 垫资 fee 日千分之二 against the cap",
      "垫资10天，日千分之二，算年化是多少，有超无"),
    R("cqn-034", False, ["documents"], [], HONG, "zh", "uploaded 土地流转合同 of a borrower named by code",
      "91350524MA33F6WR2T 安溪这家茶叶合作社，有无上传土地流转合同？流转期限到几年", names_code=True),
    R("cqn-035", True, ["warnings"], ["documents"], LIN, "zh",
      "asker states what the 贷前调查报告 says; checking 互保 needs warnings, the report only re-confirms",
      "贷前调查报告写伊无对外担保，帮我看实际上有无互保、有无在担保圈里"),
    R("cqn-036", True, ["contract_check"], ["regulations"], XU, "zh",
      "pasted 渔船抵押 clause the borrower brought; registration / effect question, no rate",
      "伊拿来的抵押合同是这样写的：“抵押人以其所有的闽狮渔05218号钢质渔船及其属具设定抵押，抵押登记手续由抵押人自行"
      "负责办理，抵押人未办理抵押登记的，不影响本合同的效力及抵押权人对该渔船的优先受偿权。”这条有问题无？"),
    R("cqn-037", True, ["score"], [], CAI, "zh", "score change month on month",
      "伊分数甲上个月比，按怎变？"),
    R("cqn-038", True, ["warnings", "score"], [], HONG, "mixed", "多头 borrowing plus the score",
      "有无多头？伊在几家小贷、网贷有借。顺便看一下 score 几档"),
    R("cqn-039", False, ["regulations"], [], ZHUANG, "zh", "职业放贷人 criteria and contract validity: law only",
      "职业放贷人按怎认定？阮有个股东私人也借钱出去，两年借了十几笔，会不会被认定职业放贷，借款合同变无效？"),
    R("cqn-040", True, ["invoice_summary"], ["warnings"], CAI, "zh",
      "红冲 on 销项; an invoice-collapse warning could add",
      "伊销项红冲最近是不是很多？会不会是做假开票冲业绩"),
    R("cqn-041", True, ["contract_review"], ["documents", "regulations"], JG, "zh",
      "examiner: are rate / fee / penalty terms of the stored contract compliant (no numbers given)",
      "抽查这户：借款合同约定的利率、服务费、违约金加起来合规吗？"),
    R("cqn-042", True, ["documents"], [], WU, "zh", "uploaded identity / marriage papers",
      "伊的法人身份证、户口本、婚姻证明资料有齐无"),
    R("cqn-043", True, ["warnings", "invoice_summary"], [], XU, "zh", "tax arrears plus 开票 vs 申报",
      "伊有无欠税？税务上有什么异常无？开票这一年有无断过"),
    R("cqn-044", True, ["invoice_summary"], [], SHI, "zh", "top customer share from invoices",
      "伊的主要下游是不是鸿跃体育？开票占比多少"),
    R("cqn-045", True, ["score", "invoice_summary", "warnings", "contract_review"], ["documents", "regulations"], LIN,
      "zh", "long 续贷 opinion: score, invoices, warnings and whether the stored contract needs changes",
      "伊要申请两百个续贷，帮我出个意见：分数几档、开票这一年按怎、有无什么预警，还有原来那份合同有无要改的所在"),
    R("cqn-046", True, ["contract_check"], ["rate_check", "regulations"], WU, "zh",
      "pasted 借条 with 砍头息; question is the principal a court recognises, not the rate level",
      "伊欠别人那张借条是这样写：“今借到王某某人民币壹佰万元整，借款期限六个月，出借人于出借时一次性扣除首期利息及咨询费"
      "共计捌万元，借款人实际收到玖拾贰万元，到期按壹佰万元归还本金，利息按月另行支付。”法院会按多少本金认？"),
    R("cqn-047", False, ["regulations"], [], SHI, "zh",
      "pasted 商票 line, asks recourse when dishonoured: law only",
      "伊拿来一张商票：出票人晋江鸿跃体育用品有限公司，票面200万，到期日2025-09-30，承兑人同出票人。这种商票质押给阮，"
      "到期被拒付，阮按怎追？可以追前手无"),
    R("cqn-048", True, ["regulations"], ["warnings"], WU, "zh",
      "pasted 传票 line (lawsuit supplied); procedure question on seizure priority: law, warnings only re-confirm",
      "伊刚收到传票：“（2025）闽0582民初3317号，案由：民间借贷纠纷，原告：晋江市鑫泰贸易有限公司”。这案会影响阮的抵押房产无？"
      "别人会先查封去无？"),
    R("cqn-049", True, ["regulations"], [], LIN, "zh",
      "pasted 会仔 list line; whether using 会仔 money to repay us is legal / 非法集资: law only",
      "伊微信发来会仔单：“第7会 会头阿珠 会脚20人 每会5000 标息800 已得标9人”。伊讲要用会仔钱来还阮贷款，这样标会合法无，"
      "阮收这钱会有代志无？"),
    R("cqn-050", True, ["invoice_summary"], [], WU, "zh",
      "borrower's 微信 说明 pasted; asks whether invoices to 鸿跃 back the story",
      "伊微信讲：“这个月货款被鸿跃拖了，下个月15号以前一定还，歹势”。帮我看伊开给鸿跃的票这几个月有无在开，数字对得上无"),
    R("cqn-051", True, ["warnings"], [], ZHUANG, "en", "lawsuits / enforcement before a loan sale",
      "Does this borrower have any lawsuits or enforcement records? The Singapore fund wants to know before we sell the loan."),
    R("cqn-052", False, ["regulations"], [], ZHUANG, "en", "cross-city lending by a Fujian microlender: law/policy only",
      "Is it legal for a microlender licensed in Quanzhou to lend to a client in Xiamen, or do we need another approval?"),
    R("cqn-053", True, ["rate_check"], ["regulations", "documents", "contract_review"], ZHUANG, "en",
      "stated 1.5%/month + 2% upfront fee against the cap",
      "Our loan to this tea exporter: 1.5% per month plus a 2% upfront arrangement fee, 12 months. Is that within the legal cap?"),
    R("cqn-054", True, ["contract_review"], ["regulations", "documents"], ZHUANG, "en",
      "enforceability of guarantee terms in the stored contract",
      "Are the guarantee terms in our loan contract with this shoe factory enforceable? The owner's wife co-signed it."),
    R("cqn-055", True, ["documents"], [], HONG, "en", "whether a PO is in the file",
      "Does the file have the purchase order from the Vietnamese buyer that backs the receivable?"),
    R("cqn-056", True, ["contract_check"], ["regulations"], HONG, "mixed",
      "pasted English LC assignment / arbitration clause; validity and forum question",
      "This clause is in the draft they sent: \"The Borrower hereby assigns to the Lender all of its rights to the proceeds "
      "under Letter of Credit No. LC2024-HCM-0871 issued by Vietcombank, and any dispute arising hereunder shall be finally "
      "settled by arbitration in Singapore.\" 按中国法这个转让有效无？阮还能在晋江法院起诉无？"),
    R("cqn-057", True, ["documents"], [], XU, "zh", "names on uploaded 渔船所有权证书 and 捕捞许可证",
      "伊渔船所有权证书甲捕捞许可证上的船名、船主对得上无？"),
    R("cqn-058", True, ["documents", "regulations"], ["contract_review"], ZHENG, "zh",
      "what the stored file says (spouse signature) and what the law makes of it",
      "伊抵押的房子是夫妻共有，合同上伊老婆有签字无？无签的话这个抵押有效无"),
    R("cqn-059", True, ["documents", "regulations"], [], SHI, "zh",
      "whether the 中登网 登记证明 is in the file, plus the legal effect of no registration",
      "伊的应收账款质押在中登网登记了无？登记证明有上传无？若是无登记，质权算有设立无"),
    R("cqn-060", True, ["warnings"], [], WU, "zh", "失信 / 限高",
      "伊有无被列失信？限高了无？伊前几天还坐飞机去越南"),
    R("cqn-061", True, ["score", "warnings"], [], ZHUANG, "zh", "股东会 one-line risk view: score and warnings",
      "股东会要一句话：这户两百个的贷款风险到底按怎？分数甲预警讲一下就好"),
    R("cqn-062", True, ["invoice_summary"], [], CAI, "mixed", "yearly and monthly invoiced sales",
      "伊开票最近一年总共多少？月均大概几个？我要填 credit memo"),
    R("cqn-063", True, ["invoice_summary", "warnings"], [], LIN, "zh",
      "invoices up while 社保 headcount down: needs both",
      "伊开票有涨，社保人数反而一直掉，按怎解释？帮我两个都看一下"),
    R("cqn-064", False, ["score", "warnings"], [], XU, "zh", "score and warnings of a borrower named by code",
      "91350500MA2XQ4DK54 这家石材贸易公司，分数几档，有无预警", names_code=True),
    R("cqn-065", False, ["contract_review"], ["documents", "regulations"], HONG, "zh",
      "defects of the stored contract of a 民宿 named by code (collateral is a leased house)",
      "91350203MA8RUL1H00 鼓浪屿那间民宿，阮跟伊的借款合同有什么问题无？抵押物好像是租来的房子", names_code=True),
    R("cqn-066", False, ["invoice_summary"], [], XU, "zh", "invoices of an individual fishing-boat owner named by code",
      "92350581MA2Y0W8J67 这个个体户是渔船主，伊开票按怎？有无在开", names_code=True),
    R("cqn-067", False, ["invoice_summary"], [], SHI, "zh", "invoices to the brand and 红冲 for a borrower named by code",
      "91350582MA8TEB9P3N 这家供应链客户，开给鸿跃的票有几多？最近有红冲无", names_code=True),
    R("cqn-068", False, ["warnings"], [], LIN, "zh", "roll-overs of a borrower named by code",
      "91350582705381726N 老鞋厂，伊有无借新还旧？在阮这边续贷几次了", names_code=True),
    R("cqn-069", False, ["rate_check"], ["regulations", "documents", "contract_review"], CAI, "zh",
      "stated 月息1分5 + 2% 服务费 for a borrower named by code",
      "91350582MA2XR3LW12 这家，合同月息1分5，放款时另外收2%服务费，超无？", names_code=True),
    R("cqn-070", True, ["contract_check"], ["regulations", "contract_review"], SHI, "zh",
      "pasted 商票质押 clause from our stored contract; question is the 背书 formality, no rate",
      "阮合同里商票质押那条：“借款人以其持有的商业承兑汇票（票号230539100002120240815000317，出票人晋江鸿跃体育用品"
      "有限公司，票面金额贰佰万元）作为本合同项下借款的质押担保，借款人应于放款前将该汇票交付贷款人占有。”只交付无背书，"
      "质权有成立无？"),
    R("cqn-071", True, ["contract_check", "rate_check"], ["regulations"], SHI, "zh",
      "pasted 垫资 agreement with 日千分之二 fee; asks both whether the fee is legal and whether the terms are risky",
      "伊要做垫资，协议草稿是这样：“甲方为乙方提供过桥垫资人民币叁佰万元，专项用于归还乙方在晋江农商银行到期的流动资金"
      "贷款，垫资期限十日，垫资费按日千分之二收取，乙方应在银行续贷放款当日将垫资本息一次性归还甲方。”日千分之二合法无？"
      "协议还有什么风险？"),
    R("cqn-072", True, ["contract_check"], ["regulations", "warnings"], ZHENG, "zh",
      "pasted acceleration clause + stated lawsuit; question is whether we can accelerate now (warnings only re-confirm)",
      "伊被人起诉了。阮合同有这条：“借款人或其关联方在任何金融机构发生逾期、涉及重大诉讼或被列为被执行人的，贷款人有权"
      "宣布本合同项下全部借款立即到期，并要求借款人立即清偿全部本息及相关费用，贷款人同时有权处分担保物。”现在伊只是被起诉，还无判，阮可以直接宣布提前到期无？"),
    R("cqn-073", True, ["contract_check"], ["regulations", "contract_review", "documents"], ZHENG, "zh",
      "pasted 最高额保证 clause from our stored contract; whether the new 续贷 is covered",
      "阮跟伊担保人签的是：“保证人同意为债务人自2023年1月1日起至2025年12月31日止在债权人处办理的全部借款，在最高债权"
      "余额伍佰万元范围内承担连带责任保证，保证期间为每笔债务履行期限届满之日起三年。”明年一月的续贷还包在里面无？"),
    R("cqn-074", False, ["contract_check"], ["regulations"], TAI, "zh",
      "繁体 pasted 一般保證 clause from a 台商; asks what the guarantor must do, no rate",
      "請幫我看這條：“保證人對借款人在本合約項下之債務承擔一般保證責任，保證期間為主債務履行期屆滿之日起六個月，債權人"
      "未於保證期間內對借款人提起訴訟或申請仲裁者，保證人免除保證責任。”我當保證人，你們可以直接找我要錢嗎？"),
    R("cqn-075", True, ["contract_check"], ["regulations"], ZHENG, "zh",
      "pasted 流质 clause in a draft; validity question",
      "客户经理拟的补充协议有这条：“借款到期借款人未能清偿的，借款人同意将抵押房产直接过户至贷款人名下抵偿全部借款本息，"
      "无需另行评估、拍卖或变卖，借款人及其家庭成员应于过户后十日内腾空房屋并交付钥匙，不得以任何理由拒绝。”这样写可以无？"),
    R("cqn-076", True, ["rate_check"], ["regulations", "documents"], WU, "zh",
      "short pasted rate line (< 80 chars): a rate question only, no contract_check",
      "伊借条写“月息2分，逾期每日千分之五”，这样逾期利息法院会支持到多少？"),
    R("cqn-077", True, ["rate_check"], ["regulations", "documents", "contract_review"], XU, "zh",
      "展期 at a stated new rate",
      "伊要展期三个月，展期利率想调到月息1分9，这样可以无？"),
    R("cqn-078", False, ["rate_check"], ["regulations"], LIN, "zh", "stated overdue 24% + 万五/日 against the cap",
      "逾期利息按年24%算，另外再加违约金每日万分之五，合起来有超无？"),
    R("cqn-079", False, ["rate_check"], ["regulations"], CAI, "mixed", "current LPR ×4 and whether 月息1分2 is OK",
      "现在一年期LPR是多少？四倍是多少？阮月息1分2的单子OK无？"),
    R("cqn-080", True, ["score", "rate_check"], ["regulations"], LIN, "zh",
      "score band for pricing plus a stated 月息1分5 against the cap",
      "伊评分几档？按档定价月息1分5够不够覆盖风险，有超上限无？"),
    R("cqn-081", True, ["rate_check", "warnings"], ["regulations"], WU, "zh",
      "stated platform APR 35.9% plus 多头 check",
      "伊讲伊去年在网贷平台借的APR 35.9%，这还受保护无？另外伊在外面借了几家，帮我看一下多头"),
    R("cqn-082", False, ["rate_check"], ["regulations"], SHI, "zh", "stated 商票贴现 9.8% + 千分之五 fee",
      "商票贴现年化9.8%，另收手续费千分之五，算起来有超无"),
    R("cqn-083", True, ["rate_check", "regulations"], [], LIN, "zh",
      "stated 会仔 标息 rate plus 标会 legality: both a rate check and law",
      "伊参加的会仔每会5000，标息800，算起来月息多少？有超无？这种标会本身合法无？"),
    R("cqn-084", False, ["regulations"], [], WU, "zh", "lawful 催收 conduct: law only",
      "催收可以打电话给伊家人、同事无？去工厂门口拉横幅算违法无？"),
    R("cqn-085", False, ["regulations"], [], JG, "zh", "单户 lending limit rule for 小贷: law/policy only",
      "依照现行规定，小额贷款公司对同一借款人的贷款余额上限是多少？对股东关联方放款有什么限制？"),
    R("cqn-086", False, ["regulations"], [], TAI, "zh", "台湾居民 as guarantor / cross-strait enforcement: law only",
      "台灣人可以在大陸當保證人嗎？大陸法院的判決在台灣可以執行嗎？"),
    R("cqn-087", False, ["regulations"], [], ZHENG, "zh", "default 保证期间 when not agreed: law only",
      "保证合同无约定保证期间的，保证期间是几个月？一般保证甲连带保证有差无"),
    R("cqn-088", False, ["regulations"], [], HONG, "zh", "宅基地 / 鼓浪屿 old house as collateral: law only",
      "鼓浪屿那种老厝，宅基地上的房子可以抵押无？民宿经营权可以质押无？"),
    R("cqn-089", True, ["regulations"], [], WU, "zh", "spouse liability for a loan signed by one spouse: law only",
      "借条只有伊签名，伊老婆无签，这笔钱伊老婆要还无？算夫妻共同债务无？"),
    R("cqn-090", True, ["documents", "regulations"], ["contract_review"], SHI, "zh",
      "whether the 商票 质押背书 in the file says 质押 and what the law requires",
      "伊那张质押的商票，影印件背面背书有写“质押”两字无？无写的话质权有效无"),
    R("cqn-091", True, ["documents", "contract_review"], ["regulations"], XU, "zh",
      "which uploaded 不动产证 are pledged, and whether the stored mortgage contract matches them / has defects",
      "伊资料里的不动产证有几本？抵押给阮那几本，抵押合同写的抵押物跟证对得上无，合同有问题无"),
    R("cqn-092", True, ["score"], [], LIN, "zh", "score reasons: which items pull it down",
      "伊分数B档是按怎来的？哪几项拉低"),
    R("cqn-093", True, ["score", "warnings"], [], CAI, "zh",
      "score dropped to C: whether to call the loan depends on score and warnings",
      "伊分数听讲掉到C档，看一下是真的无，有无什么预警，要不要提前收贷"),
    R("cqn-094", True, ["contract_review", "warnings"], ["documents", "regulations"], ZHENG, "zh",
      "is the stored cross-default clause adequate, plus any lawsuits now",
      "伊合同里交叉违约那条写得够不够用？伊最近有无被起诉、被执行"),
    R("cqn-095", True, ["contract_review", "score"], ["documents", "regulations"], LIN, "zh",
      "review the stored 联保 contract and the score before 续贷",
      "伊这家联保户续贷前，原来的联保合同有无漏洞？分数现在几档"),
    R("cqn-096", True, ["contract_review"], ["documents", "regulations"], SHI, "zh",
      "risk of the stored 垫资协议 (no text given)",
      "上个月给伊做的垫资协议，条款有风险无？钱还无回来"),
    R("cqn-097", True, ["contract_review"], ["documents", "regulations"], XU, "zh",
      "stored 渔船抵押合同 review",
      "伊那份渔船抵押合同，有无什么漏洞？船要是沉了抵押按怎"),
    R("cqn-098", True, ["contract_review"], ["documents", "regulations"], ZHUANG, "mixed",
      "whether the stored contract's rate exceeds 4×LPR (no number given)",
      "董事长问伊合同利率有无超过四倍LPR，合同签的时候LPR按几算，我 check 一下"),
    R("cqn-099", True, ["documents", "invoice_summary"], [], CAI, "zh",
      "application states sales figure (in the file) vs invoices",
      "伊借款申请书上写年销售几个？甲伊实际开票对得上无"),
    R("cqn-100", True, ["score", "invoice_summary", "warnings"], ["documents"], HONG, "zh",
      "long tea-dealer review: score, invoice season, warnings",
      "安溪这家茶叶行，春茶季刚过，帮我看一下：开票有比往年低无？分数几档？有无欠税、官司？我下礼拜要去伊茶厂看"),
]

CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
CODE_RE = re.compile(r"(?<![0-9A-Z])[0-9A-Z]{18}(?![0-9A-Z])")


def valid_code(code: str) -> bool:
    if len(code) != 18 or any(c not in CODE_CHARS for c in code):
        return False
    r = 31 - sum(CODE_CHARS.index(c) * w for c, w in zip(code[:17], WEIGHTS)) % 31
    return code[17] == CODE_CHARS[0 if r == 31 else r]


def longest_quote(text: str) -> int:
    spans = re.findall(r"“([^”]*)”", text) + re.findall(r'"([^"]*)"', text) + re.findall(r"「([^」]*)」", text)
    return max((len(s) for s in spans), default=0)


def main() -> None:
    assert len(ROWS) == 100, len(ROWS)
    ids = [r["id"] for r in ROWS]
    assert ids == [f"cqn-{i:03d}" for i in range(1, 101)], "ids must be cqn-001..cqn-100 in order"
    assert len({r["question"] for r in ROWS}) == 100, "duplicate question"
    for r in ROWS:
        needs, opt = r["needs"], r["optional"]
        assert needs and set(needs) <= set(SOURCES) and set(opt) <= set(SOURCES), r["id"]
        assert not set(needs) & set(opt), r["id"]
        assert len(set(needs)) == len(needs) and len(set(opt)) == len(opt), r["id"]
        assert r["lang"] in ("zh", "en", "mixed"), r["id"]
        codes = [c for c in CODE_RE.findall(r["question"]) if valid_code(c)]
        if r.get("names_code"):
            assert codes and not r["borrower_in_focus"], r["id"]
        else:
            assert not codes, r["id"]
        if "contract_check" in needs:
            assert longest_quote(r["question"]) >= 80, (r["id"], longest_quote(r["question"]))
        else:
            assert longest_quote(r["question"]) < 80, (r["id"], "long quote without contract_check")
        assert r["asker"] and r["note"], r["id"]
    need_count = Counter(s for r in ROWS for s in r["needs"])
    opt_count = Counter(s for r in ROWS for s in r["optional"])
    for s in SOURCES:
        assert need_count[s] >= 12, (s, need_count[s])
    multi = sum(len(r["needs"]) > 1 for r in ROWS)
    regs_only = sum(r["needs"] == ["regulations"] for r in ROWS)
    single_borrower = sum(len(r["needs"]) == 1 and r["needs"][0] in BORROWER_SOURCES for r in ROWS)
    assert multi >= 25 and regs_only >= 10 and single_borrower >= 10, (multi, regs_only, single_borrower)

    with open(HERE / "cases.jsonl", "w", encoding="utf-8") as f:
        for r in ROWS:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")

    print(f"rows {len(ROWS)}; multi-need {multi}; regulations-only {regs_only}; single borrower-source {single_borrower}")
    print("needs:", {s: need_count[s] for s in SOURCES})
    print("optional:", {s: opt_count[s] for s in SOURCES})
    print("langs:", dict(Counter(r["lang"] for r in ROWS)))
    print("askers:", dict(Counter(r["asker"] for r in ROWS)))
    print("focus:", dict(Counter(r["borrower_in_focus"] for r in ROWS)),
          "names_code:", sum(bool(r.get("names_code")) for r in ROWS))
    print("needs sizes:", dict(sorted(Counter(len(r["needs"]) for r in ROWS).items())))


if __name__ == "__main__":
    main()
