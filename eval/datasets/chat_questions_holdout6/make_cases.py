"""Held-out chat routing set 6 (author 8): rows written by hand, held literally here; this script only validates
them and writes cases.jsonl (sorted keys, UTF-8, one object per line). Never tune on these rows.

Run: HF_HUB_OFFLINE=1 .venv/bin/python eval/datasets/chat_questions_holdout6/make_cases.py
"""
from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = ("regulations", "documents", "warnings", "invoice_summary", "score", "contract_review",
           "contract_check", "rate_check")
BORROWER_SOURCES = ("documents", "warnings", "invoice_summary", "score", "contract_review")

# askers
PZQ = "彭志强（风控部经理）"
A = "项目经理A角小刘"
B = "项目经理B角小谭"
LAW = "法务周律师"
DC = "代偿组老曾"
BANK = "合作银行客户经理"
AUD = "外资股东的审计师"

ROWS: list[dict] = []


def row(n, question, focus, needs, optional, asker, lang, note, names_code=False):
    r = {"id": f"cqg-{n:03d}", "question": question, "borrower_in_focus": focus, "needs": needs,
         "optional": optional, "asker": asker, "lang": lang, "note": note}
    if names_code:
        r["names_code"] = True
    ROWS.append(r)


row(1, "他家最近有冇得么子官司", True, ["warnings"], [], PZQ, "zh", "lawsuits → warnings")
row(2, "那分数呢", True, ["score"], [], PZQ, "zh", "one-word follow-up on the score")
row(3, "开票呢", True, ["invoice_summary"], [], A, "zh", "one-word follow-up on invoicing")
row(4, "这户在保余额八百万 下个月要续保 帮我看下近半年开票 跟去年同期比是不是掉得蛮厉害", True,
    ["invoice_summary"], [], A, "zh", "sales trend vs last year → invoices; 在保余额 is given, not asked")
row(5, "反担保那套房子当时只签了抵押合同冇去不动产中心办登记，现在要代偿了，我们对这套房子到底有冇得优先受偿权？", True,
    ["regulations"], ["documents"], LAW, "zh",
    "effect of an unregistered mortgage is law; the fact (not registered) is stated, the file would only confirm it")
row(6, "担保公司代偿以后找债务人追偿 诉讼时效从哪天起算 是从代偿那天还是从主债务到期那天", False,
    ["regulations"], [], DC, "zh", "limitation period of the recourse claim: law only")
row(7, "过桥资金我们收日息万分之八，一般周转七到十天，这个价格超冇超红线咯", True,
    ["rate_check"], ["regulations"], PZQ, "zh", "stated daily rate + cap question → rate_check")
row(8, "这是我们跟他签的反担保合同里头的一条：「反担保人自愿以其名下位于长沙市岳麓区麓谷街道某小区8栋1单元1202室的房产提供抵押反担保，"
    "反担保范围包括担保公司代偿的全部款项、自代偿之日起按日万分之五计收的资金占用费、追偿产生的律师费、差旅费及其他一切费用，"
    "反担保期间至担保公司全部追偿款项清偿完毕之日止。」 保证期间约定到追偿完毕为止，这种写法有效冇？", True,
    ["contract_check"], ["contract_review", "rate_check", "regulations"], LAW, "zh",
    "pasted clause from our stored contract; question is the period, not the rate, so rate_check only optional")
row(9, "帮我过一遍我们跟他签的委托保证合同，看有冇得不合规或者对我们不利的条款", True,
    ["contract_review"], ["documents", "regulations"], PZQ, "zh", "review of our stored contract, no text pasted")
row(10, "他公司同意对外担保的那个股东会决议传上来了冇 上面是哪几个股东签的字", True,
    ["documents"], [], B, "zh", "what the uploaded minutes say → documents")
row(11, "Could you tell us what guarantee fee rate is stated in the entrusted guarantee agreement we hold for this "
    "borrower?", True, ["documents"], [], AUD, "en", "what the stored file says; no legality asked")
row(12, "Is a financing guarantee company in China allowed to charge a guarantee fee of 3.5% per annum, or is there a "
    "regulatory ceiling on guarantee fees?", False, ["regulations"], ["rate_check"], AUD, "en",
    "hard call: the fee is stated, but the ceiling is guarantee-fee policy, not the lending-rate caps rate_check knows")
row(13, "他被人起诉了，标的两百多万。你看下我们跟他签的合同里，这种情况我们能不能要求提前还款或者追加反担保，条款写得有不有效", True,
    ["contract_review"], ["warnings", "documents", "regulations"], LAW, "zh",
    "lawsuit stated by asker (warnings only confirms); whether our stored terms work → contract_review")
row(14, "项目经理拿来的个人反担保承诺书，原文是：「本人自愿为借款人在担保公司的全部债务提供个人无限连带责任反担保，本人配偶对此知情并同意，"
    "本人以家庭全部财产承担责任，反担保期间自本承诺书签订之日起至担保公司追偿完毕之日后两年止。」配偶冇签字，光写个配偶知情同意管不管用？", True,
    ["contract_check"], ["regulations", "documents"], A, "zh",
    "pasted undertaking text → contract_check; spouse liability law only optional since the tool judges the text")
row(15, "这户评级几档 主要扣分扣在哪里", True, ["score"], [], PZQ, "zh", "score band and reasons")
row(16, "保后检查要写报告了 你帮我把他最近的预警还有开票情况都拉一下 看看有冇得异常", True,
    ["warnings", "invoice_summary"], ["score"], A, "zh", "post-guarantee check asks for warnings and invoicing")
row(17, "Our auditors flagged this clause in a counter-guarantee agreement: \"The Counter-Guarantor irrevocably waives "
    "all defences and agrees that the Guarantor may dispose of the pledged equity at a price determined solely by the "
    "Guarantor, without appraisal, auction or any notice to the Counter-Guarantor.\" Is it enforceable in China?", True,
    ["contract_check"], ["regulations", "contract_review"], AUD, "en",
    "pasted clause ≥ 80 chars → contract_check; it may be from our stored contract, so contract_review optional")
row(18, "法院寄了个东西过来，你帮我看下：「湖南省长沙市岳麓区人民法院 传票 案号（2024）湘0104民初8812号 案由：追偿权纠纷 "
    "被传唤人：长沙某某融资担保有限公司 应到时间：2024年11月12日上午9时 应到处所：第三审判庭」我们是原告还是被告？不去到庭会有么子后果？", True,
    ["regulations"], ["warnings", "documents"], LAW, "zh",
    "pasted court summons, not a clause → no contract_check; consequence of not appearing is procedure law; "
    "the lawsuit is stated, warnings would only confirm")
row(19, "月息一分八 另外担保费百分之二 服务费一个点 算下来综合成本超冇超", True,
    ["rate_check"], ["regulations"], PZQ, "zh", "stated rate plus fees, cap question")
row(20, "银担合作这户我们是二八分险，银行自己担两成。出了风险我们代偿八成以后，银行那两成损失还能不能找借款人追？", True,
    ["regulations"], ["documents"], BANK, "zh",
    "risk-sharing split is stated; who can claim the rest is law; the cooperation agreement would only help")
row(21, "他家社保人数是不是在往下掉 去年还有四十几个人 分数里头有冇得体现", True,
    ["warnings", "score"], [], B, "zh", "headcount fall → warnings; whether the score reflects it → score")
row(22, "借新还旧的话 原来的保证人还要不要承担保证责任", False, ["regulations"], [], PZQ, "zh",
    "guarantor liability on a roll-over: law only, no borrower")
row(23, "公司给股东做担保冇开股东会，担保合同有效冇？我们作为债权人要审到么子程度才算善意", False,
    ["regulations"], [], LAW, "zh", "company-guarantee validity and good faith: law only")
row(24, "他们合作社的成员大会决议我上传了，你看下决议里同意贷款的金额写的是好多", True,
    ["documents"], [], A, "zh", "cooperative's uploaded resolution → documents")
row(25, "合作社这户分是好多 能不能上评审会", True, ["score"], ["warnings"], A, "zh",
    "score; warnings could support the go/no-go but the question is the score")
row(26, "91430104MA4L2X7RXM 这家有冇得多头借贷 同时在几家银行有贷款", False, ["warnings"], [], PZQ, "zh",
    "named by code; multi-lender borrowing → warnings", names_code=True)
row(27, "帮我查下92430181MA4QK6C343 浏阳那个做烟花的个体户 近一年开了好多票", False,
    ["invoice_summary"], [], B, "zh", "named by code; invoicing", names_code=True)
row(28, "93430124MA4PB8T54X宁乡那个合作社评分出来了冇 么子档", False, ["score"], [], A, "zh",
    "named by code; score band", names_code=True)
row(29, "他家跟哪个互保的 互保的那家最近有么子问题冇", True, ["warnings"], [], PZQ, "zh",
    "mutual guarantee and its partner's trouble → warnings")
row(30, "We noticed the borrower's invoicing dropped sharply in Q3. Can you show monthly output invoice totals for the "
    "last 12 months and the top customers?", True, ["invoice_summary"], [], AUD, "en", "invoices")
row(31, "Please check the credit score and the main reasons, our audit memo needs the 评分档位 for this 在保 client.",
    True, ["score"], [], AUD, "mixed", "score band and reasons")
row(32, "我们过桥那边委托贷款合同的一条：「借款期限为六个月，自2024年5月10日起至2024年11月9日止。借款月利率为2%，按月付息，到期还本。"
    "借款人逾期还款的，除按约定利率计收利息外，另按逾期金额每日千分之一支付违约金，并承担出借人为实现债权支出的律师费、诉讼费、保全费。」"
    "利息加违约金是不是超了", True, ["contract_check", "rate_check"], ["contract_review", "regulations"], PZQ, "zh",
    "pasted clause whose rates are the question → contract_check + rate_check; it is ours, so contract_review optional")
row(33, "我们行的保证合同格式条款是这样写的：「保证人承担连带责任保证，保证范围包括主合同项下全部借款本金、利息、复利、罚息、违约金、"
    "损害赔偿金以及债权人实现债权的一切费用，保证期间为主合同约定的债务履行期限届满之日起三年。」你们担保公司看保证期间三年有问题冇", False,
    ["contract_check"], ["regulations"], BANK, "zh", "bank's template clause pasted; not our stored contract")
row(34, "他上个月又续贷了 这是第几次了 续贷的时候原来的抵押要不要重新登记", True,
    ["warnings", "regulations"], ["documents"], B, "zh",
    "roll-over count → warnings; whether the mortgage must be re-registered → law")
row(35, "股权质押做反担保 是签了合同就生效 还是要去市场监管局办了出质登记才设立", False,
    ["regulations"], [], LAW, "zh", "when an equity pledge is created: law only")
row(36, "代偿通知书跟银行的代偿确认函都传了冇 代偿日期写的哪天", True, ["documents"], [], DC, "zh",
    "what the uploaded files say")
row(37, "代偿以后我们能不能直接申请执行他那套反担保的房子 还是要先起诉 他那份反担保合同当时有冇得做强制执行公证", True,
    ["documents", "regulations"], ["contract_review"], DC, "zh",
    "whether the contract was notarised → documents; enforcement route → law")
row(38, "分数跟上季度比掉了好多 么子原因 是不是开票掉了", True, ["score", "invoice_summary"], [], PZQ, "zh",
    "score reasons and the invoice drop it suspects")
row(39, "那个借条照片我传上去了你看下上面写的借款金额跟利息是好多 月息好像是三分 三分的话合不合法", True,
    ["documents", "rate_check"], ["regulations"], B, "zh",
    "read the uploaded 借条 → documents; stated 月息三分 + legality → rate_check")
row(40, "LPR现在是好多 四倍是好多 民间借贷超过四倍那部分还要不要还", False, ["regulations"], ["rate_check"], PZQ, "zh",
    "hard call: asks the cap itself, no rate of the borrower stated; rate_check would know the number, so optional")
row(41, "Does the borrower have any enforcement records or court judgments against it? We need to confirm this before "
    "year-end.", True, ["warnings"], [], AUD, "en", "enforcement / judgments → warnings")
row(42, "What is the limitation period for a guarantor's recourse claim against the debtor after it has paid on the "
    "debtor's behalf, under the PRC Civil Code?", False, ["regulations"], [], AUD, "en", "law only")
row(43, "这个client的contract review做了冇？any illegal terms in the guarantee contract we signed with them?", True,
    ["contract_review"], ["documents", "regulations"], AUD, "mixed", "review of our stored contract")
row(44, "客户拿了别个过桥公司的协议给我看：「甲方（出借人）向乙方提供过桥资金人民币伍佰万元整，用于归还乙方在某银行的到期贷款，"
    "使用期限不超过十日，资金使用费按每日万分之十五计算，不足一日按一日计，如逾期归还，逾期部分按每日千分之三计收。」这个费用合法不", True,
    ["contract_check", "rate_check"], ["regulations"], PZQ, "zh",
    "another lender's pasted clause, question about its fees → contract_check + rate_check")
row(45, "他家水电费是不是好几个月冇交了 开票也看下 厂子是不是停工了", True,
    ["warnings", "invoice_summary"], [], A, "zh", "utilities → warnings; 'is the plant idle' also asks invoicing")
row(46, "Please review the borrower's stored loan agreement and flag any clauses that may be unenforceable under PRC law.",
    True, ["contract_review"], ["documents", "regulations"], AUD, "en", "review of the stored contract")
row(47, "代偿前帮我把他那几份合同审一下，委托保证合同、反担保抵押合同、股权质押合同，看追偿的时候会不会有合同上的障碍", True,
    ["contract_review"], ["documents", "regulations"], DC, "zh", "review of our stored contracts before paying out")
row(48, "他家前五大客户是哪些 各占好多", True, ["invoice_summary"], [], A, "zh", "top customers → invoices")
row(49, "这户的在保余额、分险比例我们行系统里都有，我就想问下你们那边的评分跟预警有冇得变化，下周要上贷审会", True,
    ["score", "warnings"], [], BANK, "zh", "score and warnings asked; the stated balances need nothing")
row(50, "我们跟他签的反担保合同里 个人连带责任那栏是他老婆签的字还是他自己签的 夫妻共同债务这块法律上怎么认定", True,
    ["documents", "regulations"], [], LAW, "zh", "who signed → documents; spousal debt rule → law")
row(51, "保证合同冇约定保证方式的 算一般保证还是连带责任保证", False, ["regulations"], [], LAW, "zh", "law only")
row(52, "保证期间冇约定的话是几个月", False, ["regulations"], [], B, "zh", "law only")
row(53, "我们代偿了以后 可以找其他共同保证人追偿吗 按么子比例分", False, ["regulations"], [], DC, "zh",
    "recourse among co-guarantors: law only")
row(54, "你看下我们这户的委托贷款合同 利率条款跟违约金条款合不合规", True,
    ["contract_review"], ["documents", "regulations"], PZQ, "zh",
    "legality of stored terms, no rate stated → contract_review, not rate_check")
row(55, "一万块一个月三百 年化算下来好多 超冇超", False, ["rate_check"], ["regulations"], PZQ, "zh",
    "stated rate + cap question")
row(56, "客户讲他在小贷公司借了一笔 年化百分之二十八 小贷是持牌的 这个超冇超", True,
    ["rate_check"], ["regulations"], A, "zh", "stated APR with a licensed lender")
row(57, "银行新发的银担合作协议里有这一条：「担保公司应在收到银行代偿通知后五个工作日内履行代偿义务，逾期未代偿的，银行有权直接从担保公司"
    "在银行开立的保证金账户中扣划，并按未代偿金额每日万分之五向银行支付违约金。对借款人逾期超过九十日的贷款，担保公司承担百分之八十的代偿责任。」"
    "对我们有么子风险 保证金直接扣划合法吗", False, ["contract_check"], ["regulations", "rate_check"], PZQ, "zh",
    "pasted cooperation-agreement clause; the penalty rate is in it but not the question → rate_check optional")
row(58, "他老板个人征信报告上传了 你帮我看下有冇得逾期 查询次数是不是蛮多", True,
    ["documents", "warnings"], [], B, "zh", "read the uploaded 征信 report; many enquiries is a warning")
row(59, "营业执照跟章程上的经营范围写的么子 有冇得放贷这一项", True, ["documents"], [], A, "zh",
    "what the uploaded licence and articles say")
row(60, "刘总讲他们今年生意比去年好一倍 你帮我核一下是不是真的咯", True, ["invoice_summary"], [], A, "zh",
    "verify the sales claim → invoices")
row(61, "这户能不能续保 你综合看一下 分数 预警 开票都要", True,
    ["score", "warnings", "invoice_summary"], ["documents"], PZQ, "zh", "renewal decision, names three sources")
row(62, "续保前把他去年签的那份担保合同过一遍 看今年还能不能直接沿用 有冇得要改的条款", True,
    ["contract_review"], ["documents", "regulations"], B, "zh", "review of the stored contract")
row(63, "借款人交了个情况说明：「因下游客户长沙某建工集团拖欠工程款约六百万元，我司2024年二季度起资金周转困难，导致银行贷款利息逾期两期，"
    "现正通过诉讼追讨欠款，预计年底前回笼资金，恳请贵司予以续保支持。」他讲的这些你们系统里核得上不", True,
    ["warnings"], ["invoice_summary", "documents"], A, "zh",
    "pasted 情况说明, not a clause → no contract_check; verify lawsuit/overdue → warnings; invoices could back it")
row(64, "他家那个官司判了冇 判了好多钱 判决书我们这边有冇得存档", True, ["warnings", "documents"], [], DC, "zh",
    "case outcome → warnings; whether the judgment is on file → documents")
row(65, "Is the old 24%/36% rule still applied to private lending in China, or has it been replaced by the LPR-based "
    "cap?", False, ["regulations"], ["rate_check"], AUD, "en", "asks about the rule, no rate to check")
row(66, "银行提供的保证合同里有这段：「保证人同意为债务人在本合同项下的全部债务承担无限连带责任，保证人放弃一切抗辩权，包括但不限于先诉抗辩权"
    "及主债务诉讼时效届满的抗辩，债权人变更主合同无须征得保证人同意，保证人的保证责任不因此减轻或免除。」放弃时效抗辩这种写法有效吗 主合同变更"
    "不经保证人同意呢", False, ["contract_check"], ["regulations"], LAW, "zh", "pasted bank template clause")
row(67, "他那份反担保合同里头 他老婆只签了个名 冇写担保方式 你审一下这份合同 到时候追得到他老婆头上不", True,
    ["contract_review"], ["documents", "regulations"], LAW, "zh", "defects of our stored contract")
row(68, "这户的guarantee contract保证期间跟主合同对得上不 帮我review一下", True,
    ["contract_review"], ["documents"], AUD, "mixed", "review of stored contract's term")
row(69, "91430111MA4R0J9N6Q 这家的评分跟扣分理由 再看下有冇得预警", False, ["score", "warnings"], [], PZQ, "zh",
    "named by code; score and warnings", names_code=True)
row(70, "有个客户 统一社会信用代码92430121MA4T5E1H1F 长沙县开超市的个体户 我们跟他签的合同里约定的担保费率是好多", False,
    ["documents"], [], B, "zh", "named by code; what the stored contract says", names_code=True)
row(71, "93430181MA4M7W2K68 浏阳那个种养合作社 开票怎么样 有冇得水电欠费", False,
    ["invoice_summary", "warnings"], [], A, "zh", "named by code; invoices and utilities", names_code=True)
row(72, "91430103MA4NY3D87M 帮我看下我们跟这家签的保证合同有冇得问题", False,
    ["contract_review"], ["documents", "regulations"], PZQ, "zh", "named by code; stored contract review",
    names_code=True)
row(73, "91430102MA4P1U6G3T 这家跟我们签的过桥借款协议 月息两分五 合法吗", False,
    ["rate_check"], ["contract_review", "documents", "regulations"], PZQ, "zh",
    "named by code; the rate is stated, so the stored contract is optional", names_code=True)
row(74, "Please pull the warnings and the score for 92430104MA4RQ0F22A, a sole proprietorship in Yuelu district.",
    False, ["warnings", "score"], [], AUD, "en", "named by code", names_code=True)
row(75, "91430121MA4L9A4B5C 他家社保人数跟开票都掉了冇", False, ["warnings", "invoice_summary"], [], A, "zh",
    "named by code; headcount → warnings, 开票 → invoices", names_code=True)
row(76, "93430121MA4QD2H7XM 这个合作社的理事会决议跟成员名册上传了冇", False, ["documents"], [], B, "zh",
    "named by code; uploaded files", names_code=True)
row(77, "莫跟我策咯 直接讲这户分数为么子这么低", True, ["score"], [], PZQ, "zh", "score reasons")
row(78, "他家这几个月开票一下子冲上去了 是不是在虚开 有冇得跟别个对开", True,
    ["invoice_summary"], ["warnings"], PZQ, "zh", "invoice surge and round-tripping → invoices")
row(79, "我们担保的这笔贷款银行要给他展期 展期我们冇同意的话保证责任还在不在 要不要重新出保函", True,
    ["regulations"], ["documents"], PZQ, "zh",
    "extension without guarantor consent is law; our contract may say something, so documents optional")
row(80, "融资担保公司的放大倍数上限是好多 在保余额超了会怎么样", False, ["regulations"], [], PZQ, "zh",
    "regulatory leverage cap: law only")
row(81, "我们跟这户签的过桥借款协议，收的叫资金使用费，不叫利息，这样写有冇得法律风险", True,
    ["contract_review"], ["documents", "regulations"], LAW, "zh", "risk of our stored contract's wording, no rate stated")
row(82, "我们跟他那套反担保抵押合同有冇得瑕疵 到时候代偿了能不能顺利处置房子", True,
    ["contract_review"], ["documents", "regulations"], DC, "zh", "defects of our stored contract")
row(83, "农民专业合作社的成员对合作社的债务要承担责任冇", False, ["regulations"], [], A, "zh", "law only")
row(84, "保后检查 把他在我们这的合同全部审一遍 看有冇得过期的或者条款冲突的", True,
    ["contract_review"], ["documents"], B, "zh", "review of stored contracts")
row(85, "The borrower's loan from an online lending platform shows an APR of 35.9%. Is that within the legal limit for "
    "a licensed lender?", True, ["rate_check"], ["regulations"], AUD, "en", "stated APR + cap")
row(86, "砍头息 借十万 先扣了一万服务费 到手九万 月息一分五 本金按好多算 实际利率超冇超", False,
    ["rate_check"], ["regulations"], DC, "zh", "stated rate and deduction; rate_check does the legal comparison")
row(87, "逾期罚息按合同利率上浮百分之五十 合同利率是年化百分之十二 这样加起来超冇超", True,
    ["rate_check"], ["regulations", "documents"], B, "zh", "stated rates + cap")
row(88, "他们传上来的银行流水我看到有好几笔转给几个小贷公司 你查下预警里有冇得多头 再看下流水里这几笔是哪天转的", True,
    ["documents", "warnings"], [], A, "zh", "read uploaded statements; multi-lender → warnings")
row(89, "我们新改的股权质押反担保合同草稿里这条：「出质人以其持有的湖南某某农业科技有限公司百分之三十五的股权向质权人提供质押反担保，"
    "质押期间出质人不得转让该股权，如主债务人未按期偿还，质权人有权直接取得质押股权的所有权以抵偿全部追偿款项，出质人对此不持异议。」"
    "这个流质条款是不是无效 会不会影响整个质押", False, ["contract_check"], ["regulations"], LAW, "zh",
    "pasted draft clause (not stored) → contract_check")
row(90, "客户给的借条我打出来了：「今借到彭某某人民币叁拾万元整，借期一年，月息三分，按月付息，如到期不还，愿承担全部诉讼费及律师费，"
    "并以本人名下湘A·8K2X7小轿车作抵押。借款人：张某某 2023年3月8日」月息三分能主张好多 车子写在借条上算不算抵押", True,
    ["contract_check", "rate_check"], ["regulations"], B, "zh",
    "pasted 借条 text; asks about its rate and the mortgage → contract_check + rate_check")
row(91, "我们委贷合同里的争议解决条款：「因本合同引起的或与本合同有关的任何争议，由各方协商解决；协商不成的，任何一方均可向委托人所在地人民法院"
    "提起诉讼，或提交长沙仲裁委员会按照其届时有效的仲裁规则进行仲裁，仲裁裁决是终局的。」这种又能诉讼又能仲裁的写法有效吗", False,
    ["contract_check"], ["contract_review", "regulations"], LAW, "zh",
    "pasted clause of our stored contract → contract_check, contract_review optional")
row(92, "我们行的加速到期条款：「借款人出现下列情形之一的，贷款人有权宣布贷款提前到期：（一）借款人涉及重大诉讼或被列为被执行人；"
    "（二）借款人在其他金融机构的贷款出现逾期；（三）保证人经营状况恶化或担保能力下降；（四）借款人未按约定用途使用贷款。」"
    "第三项保证人恶化就提前到期 你们觉得合理吗", False, ["contract_check"], ["regulations"], BANK, "zh",
    "pasted bank clause")
row(93, "合同里写的是「借款人或其控股股东、实际控制人涉及金额超过人民币伍拾万元的诉讼、仲裁或被列入失信被执行人名单的，视为借款人违约，"
    "担保人有权要求借款人提前偿还并追加反担保措施，借款人应在收到通知之日起十日内履行。」你帮我看下他家现在是不是已经触发这一条了", True,
    ["contract_check", "warnings"], ["contract_review", "documents"], PZQ, "zh",
    "hard call: pasted clause → contract_check by the convention; whether triggered → warnings")
row(94, "帮我出个保前调查的summary 评分 预警 开票 还有他上传的财报都要看", True,
    ["score", "warnings", "invoice_summary", "documents"], [], A, "mixed", "pre-guarantee summary names four sources")
row(95, "解保的时候要退还哪些原件 他那套房产的他项权证我们存档了冇", True, ["documents"], [], B, "zh",
    "what is on file")
row(96, "这户担保费年化百分之二点五 加上银行利率百分之四点三五 总成本算不算高 有冇得政策要求担保降费", True,
    ["rate_check", "regulations"], [], BANK, "zh",
    "stated rate and fee → rate_check; the guarantee fee-reduction policy is regulations")
row(97, "For our audit sample, please confirm whether the counter-guarantee mortgage was registered: is the registration "
    "certificate on file?", True, ["documents"], [], AUD, "en", "what is on file")
row(98, "Under PRC law, must a company's guarantee for a third party be approved by its board or shareholders, and what "
    "happens if it isn't?", False, ["regulations"], [], AUD, "en", "law only")
row(99, "他老板是不是被限高了 限高了的人法律上还能不能给我们做反担保人", True,
    ["warnings", "regulations"], [], DC, "zh", "限高 → warnings; whether such a person can counter-guarantee → law")
row(100, "看下他的分 再看下开票 够不够覆盖我们在保的八百万", True, ["score", "invoice_summary"], [], PZQ, "zh",
     "score and invoices")

# ---------------------------------------------------------------- validation
CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
CODE_RE = re.compile(r"(?<![0-9A-Z])[0-9A-HJ-NPQRTUWXY]{18}(?![0-9A-Z])")
QUOTE_RE = re.compile(r"「([^」]*)」|“([^”]*)”|\"([^\"]*)\"")


def valid_code(code: str) -> bool:
    if len(code) != 18 or any(c not in CODE_CHARS for c in code):
        return False
    total = sum(CODE_CHARS.index(c) * w for c, w in zip(code[:17], WEIGHTS))
    return CODE_CHARS[(31 - total % 31) % 31] == code[17]


def longest_quote(text: str) -> int:
    return max((len("".join(m.groups(""))) for m in QUOTE_RE.finditer(text)), default=0)


def check(rows: list[dict]) -> None:
    assert len(rows) == 100, len(rows)
    assert [r["id"] for r in rows] == [f"cqg-{i:03d}" for i in range(1, 101)]
    assert len({r["question"] for r in rows}) == 100, "duplicate question"
    for r in rows:
        needs, opt = set(r["needs"]), set(r["optional"])
        assert needs and needs <= set(SOURCES) and opt <= set(SOURCES), r["id"]
        assert len(needs) == len(r["needs"]) and len(opt) == len(r["optional"]), r["id"]
        assert not needs & opt, r["id"]
        assert r["lang"] in ("zh", "en", "mixed") and r["asker"] and r["note"], r["id"]
        codes = [c for c in CODE_RE.findall(r["question"]) if valid_code(c)]
        if r.get("names_code"):
            assert codes and not r["borrower_in_focus"], r["id"]
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


def main() -> None:
    check(ROWS)
    out = HERE / "cases.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for r in ROWS:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    needs = Counter(s for r in ROWS for s in r["needs"])
    opt = Counter(s for r in ROWS for s in r["optional"])
    print(f"wrote {len(ROWS)} rows to {out.name}")
    print("source            needs  optional")
    for s in SOURCES:
        print(f"{s:17s} {needs[s]:5d}  {opt[s]:8d}")
    print("multi-need rows:", sum(len(r["needs"]) > 1 for r in ROWS))
    print("regulations-only rows:", sum(r["needs"] == ["regulations"] for r in ROWS))
    print("single borrower-source rows:",
          sum(len(r["needs"]) == 1 and r["needs"][0] in BORROWER_SOURCES for r in ROWS))
    print("needs-size:", dict(sorted(Counter(len(r["needs"]) for r in ROWS).items())))
    print("langs:", dict(Counter(r["lang"] for r in ROWS)))
    print("askers:", dict(Counter(r["asker"] for r in ROWS)))
    print("focus:", dict(Counter(r["borrower_in_focus"] for r in ROWS)))
    print("names_code rows:", sum(bool(r.get("names_code")) for r in ROWS))
    print("contract_check rows, longest quote:",
          {r["id"]: longest_quote(r["question"]) for r in ROWS if "contract_check" in r["needs"]})


if __name__ == "__main__":
    main()
