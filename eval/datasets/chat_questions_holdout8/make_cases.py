"""Build chat_questions_holdout8/cases.jsonl: 100 chat questions written by hand (author 10, Grace 周's SME-lending
team at a foreign-invested bank's Shanghai branch), rows held literally below. Held out: never tune on these rows.

Run: .venv/bin/python eval/datasets/chat_questions_holdout8/make_cases.py
"""
from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

SOURCES = ("regulations", "documents", "warnings", "invoice_summary", "score", "contract_review",
           "contract_check", "rate_check")
BORROWER_SOURCES = {"documents", "warnings", "invoice_summary", "score", "contract_review"}
HERE = Path(__file__).resolve().parent

RM = "RM (relationship manager)"
CA = "credit analyst"
LC = "legal counsel"
CO = "compliance officer (KYC/AML, 个人信息)"
HO = "head office Singapore (credit risk)"
GZ = "Grace 周 (team head)"

ROWS: list[dict] = []


def R(n: int, question: str, focus: bool, needs: list[str], optional: list[str], asker: str, lang: str,
      note: str, names_code: bool = False) -> None:
    row = {"id": f"cqi-{n:03d}", "question": question, "borrower_in_focus": focus, "needs": needs,
           "optional": optional, "asker": asker, "lang": lang, "note": note}
    if names_code:
        row["names_code"] = True
    ROWS.append(row)


R(1, "这家最近有没有新的官司或者被执行？下周要上续授信，评分也顺便看一眼", True,
  ["warnings", "score"], [], RM, "zh", "lawsuits/enforcement -> warnings; 评分 -> score")
R(2, "帮我拉一下他家近12个月的销项开票，按月列，看看有没有断崖式下滑", True,
  ["invoice_summary"], [], CA, "zh", "monthly 销项 -> invoice_summary")
R(3, "What is the current internal score for this borrower and what are the main drivers behind it?", True,
  ["score"], [], HO, "en", "score and its reasons")
R(4, "pls check the facility agreement 里的 cross-default clause，我们存档那版是不是写得太宽了，真违约了能不能执行", True,
  ["contract_review"], ["documents", "regulations"], RM, "mixed",
  "is a term of our stored contract sound, no text pasted -> contract_review")
R(5, "应收账款质押在中登网办完登记以后，质权从什么时候设立？如果出质人又把同一笔应收账款转让给了保理公司，保理公司和我们谁优先？", False,
  ["regulations"], [], LC, "zh", "pure law: pledge of receivables vs later assignment (priority)")
R(6, "客户经理用个人微信把借款人的身份证照片和征信报告转给外面的中介，这违反个人信息保护法哪几条？银行要担什么责任", False,
  ["regulations"], [], CO, "zh", "PIPL liability, no borrower data needed")
R(7, "Before we approve the renewal, can you confirm there are no enforcement records, no dishonest-debtor listing and no consumption restrictions against this company or its legal rep?", True,
  ["warnings"], [], HO, "en", "被执行/失信/限高 -> warnings")
R(8, "他家那份保证合同是法定代表人个人连带担保，扫描件上签字日期是哪天？后面有没有他老婆签的配偶同意函", True,
  ["documents"], [], RM, "zh", "what the stored file shows -> documents")
R(9, "Legal, can you sanity-check this EoD wording from the draft facility agreement before we send it out? \"Any Financial Indebtedness of the Borrower or any member of the Group is not paid when due nor within any originally applicable grace period, or is declared to be or otherwise becomes due and payable prior to its specified maturity as a result of an event of default (however described).\" Is a cross-default this wide enforceable under PRC law?", False,
  ["contract_check"], ["regulations"], LC, "en", "pasted clause (>=80 chars) -> contract_check; legality done by the tool")
R(10, "借款人说另外一家小贷给他的是月息1.8分，每个月还要另收0.5%的服务费，这样综合下来合法吗？", True,
  ["rate_check"], ["regulations"], RM, "zh", "stated rate + fee vs cap -> rate_check")
R(11, "这个borrower的covenant有没有breach？facility里约定DSCR不低于1.2、资产负债率不超过70%，你对照一下他上传的Q3管理报表和对公流水", True,
  ["documents"], ["invoice_summary"], CA, "mixed",
  "covenant test against uploaded reports/statements -> documents; invoices only a cross-check")
R(12, "五级分类要不要下调到关注类？他家展期过一次，这个季度销项掉了四成，评分也掉了一档。按规定怎么认定", True,
  ["regulations"], ["warnings", "invoice_summary", "score"], CA, "zh",
  "classification rules -> regulations; the three facts are supplied by the asker, sources only confirm")
R(13, "Please summarise the top five customers by invoiced amount over the last 12 months and how concentrated the revenue is.", True,
  ["invoice_summary"], [], HO, "en", "top customers -> invoice_summary")
R(14, "他家给上汽的一级供应商供货，做应收账款融资前看下他开给那家的发票有没有红冲的；另外我们存的应收账款转让通知书，那家有没有签回", True,
  ["invoice_summary", "documents"], [], RM, "zh", "红冲 -> invoice_summary; signed-back notice -> documents")
R(15, "他家在中登网做的应收账款质押登记，登记证明我们有没有存档？登记期限填的是几年", True,
  ["documents"], [], LC, "zh", "stored registration certificate -> documents")
R(16, "score现在什么档？上次授信审批时是B+，这次要是掉了reason是什么", True,
  ["score"], [], RM, "mixed", "score band and reasons")
R(17, "反洗钱这块，对公客户受益所有人识别，持股比例多少以上要穿透登记？现在是25%还是已经改了", False,
  ["regulations"], [], CO, "zh", "AML beneficial-owner rule -> regulations")
R(18, "这是他家保证合同第六条，就是我们存档的那份：“保证人承担保证责任的保证期间为主合同项下债务履行期限届满之日起三年。如主合同约定债务分期履行的，保证期间为最后一期债务履行期限届满之日起三年。债权人与债务人协议变更主合同的，无需征得保证人同意，保证人仍在原保证范围内承担保证责任。”这样写有问题吗", True,
  ["contract_check"], ["contract_review", "regulations"], LC, "zh",
  "pasted clause from our stored contract -> contract_check, contract_review optional")
R(19, "A fintech partner proposes an all-in APR of 23.9% on the SME loans it refers to us. Is that within the PRC caps for a bank-funded loan?", False,
  ["rate_check"], ["regulations"], HO, "en", "stated APR vs caps -> rate_check")
R(20, "听说他家跟隔壁园区两家物流公司互保，这个担保圈查一下；要是那两家出事，我们授信合同里有没有交叉违约可以提前收回", True,
  ["warnings", "documents"], ["contract_review"], RM, "zh",
  "互保 -> warnings; what our contract says -> documents")
R(21, "续授信报告要写三块：近一年开票、评分、有没有预警信号，帮我一起出一下", True,
  ["invoice_summary", "score", "warnings"], [], CA, "zh", "three named borrower sources")
R(22, "Under the Civil Code, if a guarantee contract doesn't say whether the guarantee is joint and several or general, which one applies by default?", False,
  ["regulations"], [], LC, "en", "pure law (Civil Code art. 686)")
R(23, "91310115MA1K4B7R29 这家的征信查询次数最近是不是很多？有没有多头借贷", False,
  ["warnings"], [], CA, "zh", "named by code; 查询多/多头 -> warnings", True)
R(24, "他家授信合同里罚息和复利那条是按什么标准写的？我们存的那份合不合规", True,
  ["contract_review"], ["documents", "regulations"], RM, "zh", "is our stored term legal, no text -> contract_review")
R(25, "刚收到法院寄来的材料，原文：“上海市浦东新区人民法院 传票 案号（2026）沪0115民初48213号 被传唤人：上海启衡供应链管理有限公司 传唤事由：开庭 应到时间：2027年1月12日上午9时 应到处所：第十八法庭”。这家是我们授信户，预警里能看到是谁告他吗？如果原告申请保全把他的应收账款冻了，我们中登网已经登记的质权还优先吗", True,
  ["warnings", "regulations"], ["documents"], LC, "zh",
  "quoted text is a court summons, not a clause -> no contract_check; who sued -> warnings; priority of pledge vs preservation -> regulations")
R(26, "Has this borrower rolled over or extended any facility, with us or other lenders, in the past 24 months?", True,
  ["warnings"], [], HO, "en", "roll-overs/展期 -> warnings")
R(27, "他家社保缴纳人数最近是不是掉了很多？听说仓库裁了一批人，开票有没有跟着掉", True,
  ["warnings", "invoice_summary"], [], RM, "zh", "社保人数 -> warnings; 开票 -> invoice_summary")
R(28, "对公流水我们上传了6个月的，帮我看下每个月进账多少，跟开票金额对不对得上", True,
  ["documents", "invoice_summary"], [], CA, "zh", "uploaded statements -> documents; invoices -> invoice_summary")
R(29, "他家说另外有一笔过桥资金是日息万分之八，年化多少？超没超上限", True,
  ["rate_check"], ["regulations"], RM, "zh", "日息万分之八 stated -> rate_check")
R(30, "Does this actually bite if they pledge the receivables to a factor anyway? Clause 19.2 of the draft: \"The Borrower shall not, without the prior written consent of the Lender, create or permit to subsist any Security over any of its assets, including its present and future receivables, save for Permitted Security, and shall not sell, transfer or otherwise dispose of any of its receivables on recourse terms.\"", False,
  ["contract_check"], ["regulations"], LC, "en", "pasted negative-pledge clause -> contract_check")
R(31, "银行能不能要求小微企业借款的时候必须买我们代销的理财或者保险？这算不算强制搭售，依据是哪个文件", False,
  ["regulations"], [], CO, "zh", "bundling prohibition -> regulations")
R(32, "专利权质押合同签了，但是还没去国家知识产权局办登记，这时候质权设立了没有？", False,
  ["regulations"], [], LC, "zh", "IP pledge perfection -> regulations")
R(33, "他家的专利权质押登记通知书我们收到了吗？质押的是哪几个专利号", True,
  ["documents"], [], RM, "zh", "stored registration notice -> documents")
R(34, "这个biotech公司基本没什么开票收入，score会不会因为这个被拉低？看下reason", True,
  ["score"], ["invoice_summary"], CA, "mixed", "why the score -> score; invoices confirm")
R(35, "Given the pledge over their patents, what's our ranking if another creditor registered a pledge on the same patent earlier? And which patents exactly did we take?", True,
  ["regulations", "documents"], [], HO, "en", "priority rule -> regulations; which patents -> documents")
R(36, "一万块一个月利息两百五，再加一次性手续费三百，年化算下来多少？银行能这么收吗", False,
  ["rate_check"], ["regulations"], RM, "zh", "stated rate in plain words -> rate_check")
R(37, "他家最高额保证合同里有这么一条：“本合同项下保证人的保证方式为连带责任保证。保证范围包括主债权本金、利息、罚息、复利、违约金、损害赔偿金以及债权人实现债权的一切费用（包括但不限于诉讼费、律师费、差旅费、公告费、保全费）。”律师费全额让保证人承担，法院一般认吗？", True,
  ["contract_check"], ["contract_review", "regulations"], LC, "zh",
  "pasted clause from our stored contract -> contract_check")
R(38, "913101153326574906 这家存的授信合同，利率和提前还款违约金条款合规吗？法务之前看过没有", False,
  ["contract_review"], ["documents", "regulations"], LC, "zh", "named by code; legality of stored contract -> contract_review", True)
R(39, "Can you pull the 征信报告 we uploaded last month and list 他在其他银行的未结清余额?", True,
  ["documents"], ["warnings"], CA, "mixed", "uploaded 征信 report -> documents; multi-lender warning could confirm")
R(40, "他们老板自己说跟两家小贷也借了钱，多头这块到底有多少家机构？", True,
  ["warnings"], [], RM, "zh", "多头 -> warnings (count not supplied by asker)")
R(41, "贷审会明天上，他家评分、预警、近一年开票，还有合同审查结论，都给我整理一下", True,
  ["score", "warnings", "invoice_summary", "contract_review"], ["documents"], GZ, "zh", "four named sources")
R(42, "pls check一下这个clause，客户那边律师改的：\"The Guarantor's liability hereunder shall not be discharged, released or impaired by any extension of time, amendment, novation or variation of the Facility Agreement, whether or not the Guarantor has consented thereto.\" 这个在中国法下有没有效？", False,
  ["contract_check"], ["regulations"], LC, "mixed", "pasted guarantee clause -> contract_check")
R(43, "Our stored facility agreement with this borrower sets default interest at the contract rate of 4.35% plus 50%. Is that compliant?", True,
  ["rate_check"], ["contract_review", "documents", "regulations"], HO, "en",
  "rate stated in the message -> rate_check; stored contract optional")
R(44, "他家水电费最近有没有欠缴？仓库好像停工了，开票是不是也停了", True,
  ["warnings", "invoice_summary"], [], RM, "zh", "水电 -> warnings; 开票 -> invoice_summary")
R(45, "这家KYC资料里受益所有人登记的是谁？股权有好几层，按反洗钱的规定要穿透到什么程度", True,
  ["documents", "regulations"], [], CO, "zh", "stored KYC file -> documents; AML rule -> regulations")
R(46, "见索即付保函开出去以后，申请人拿基础合同纠纷去法院申请止付，法院一般会支持吗？", False,
  ["regulations"], [], LC, "zh", "independent guarantee rules -> regulations")
R(47, "What's the limitation period for a lender to sue a guarantor under a joint and several guarantee in China, and when does it start running?", False,
  ["regulations"], [], HO, "en", "pure law")
R(48, "这家的保函我们开的金额是多少？保函文本里有效期写到什么时候，pls check", True,
  ["documents"], [], RM, "mixed", "what the stored 保函 says -> documents")
R(49, "他家评分怎么只有C档？是不是因为有失信记录", True,
  ["score"], ["warnings"], CA, "zh", "why the score -> score; warnings could confirm the guess")
R(50, "借款人发邮件来要改合同，原话是：“甲方（贷款人）同意，如乙方在本合同项下任何一期还款逾期不超过30日的，不视为违约，甲方不得因此宣布贷款提前到期，也不得计收罚息和复利，且不得将该逾期情况报送金融信用信息基础数据库。”这个能答应吗？对我们有什么风险", False,
  ["contract_check"], ["regulations"], RM, "zh", "proposed clause pasted -> contract_check")
R(51, "他家跟保理公司做的应收账款保理融资，合同里写年化费率18%，每笔还收1%服务费，这个超不超？", True,
  ["rate_check"], ["documents", "regulations"], CA, "zh", "stated 18% + 1% -> rate_check")
R(52, "帮我查下91310000MA1FL3XW5D这家，评分几档，有没有涉诉", False,
  ["score", "warnings"], [], RM, "zh", "named by code; score + lawsuits", True)
R(53, "Please give me the invoiced sales trend for 91310104MA1FR6KD3A over the last 12 months, month by month.", False,
  ["invoice_summary"], [], HO, "en", "named by code; sales -> invoice_summary", True)
R(54, "他家担保圈里已经有两家被执行了，这种情况我们能不能宣布提前到期？授信合同里是怎么约定的", True,
  ["documents", "regulations"], ["warnings", "contract_review"], LC, "zh",
  "what the contract says + what the law allows; the enforcement fact is supplied")
R(55, "Show me the score band and the three biggest negative factors，贷审会材料要用", True,
  ["score"], [], CA, "mixed", "score + reasons")
R(56, "他家借款合同里提前还款要收违约金那条，合同审查出来结论了吗？有没有问题", True,
  ["contract_review"], ["documents", "regulations"], RM, "zh", "review of a stored term -> contract_review")
R(57, "Has anyone reviewed the receivables pledge agreement we signed with them in March? I'm worried the description of the pledged receivables is too vague to be enforceable.", True,
  ["contract_review"], ["documents", "regulations"], LC, "en", "stored contract defect -> contract_review")
R(58, "现在银行给小微企业贷款还能收承诺费、资金管理费吗？哪些是明确禁止收的", False,
  ["regulations"], [], GZ, "zh", "fee prohibitions -> regulations")
R(59, "客户签的授权书里写的是'查询征信用于贷前审查'，贷后管理再查一次算不算超范围？要不要重新授权 — need the legal basis", False,
  ["regulations"], [], CO, "mixed", "credit-report enquiry authorisation rules -> regulations")
R(60, "他家提款申请里写的用途是采购原材料，但是流水看钱转给了关联方，这算挪用吗？合同里对用途是怎么约定的", True,
  ["documents", "regulations"], [], RM, "zh", "stored contract's purpose clause -> documents; 挪用 rules -> regulations")
R(61, "borrower说他们上游给的账期融资，折扣是每30天2%，annualized下来算不算高利贷", True,
  ["rate_check"], ["regulations"], RM, "mixed", "stated discount rate -> rate_check")
R(62, "\"Any amount not paid when due shall bear default interest at the rate of 0.05% per day from the due date until the date of actual payment, compounded monthly, in addition to a late payment fee of 2% of the overdue amount.\" Is this default interest level enforceable on an SME loan from a bank?", False,
  ["contract_check", "rate_check"], ["regulations"], LC, "en", "pasted clause, question is the rate level -> both")
R(63, "他家这两年续贷了几次？是不是一直在借新还旧？我们合同里对展期次数有没有限制", True,
  ["warnings", "documents"], [], CA, "zh", "续贷次数 -> warnings; what the contract says -> documents")
R(64, "他家股东会决议我们存了吗？给关联方担保那次的决议，表决是不是过了", True,
  ["documents"], ["regulations"], LC, "zh", "stored minutes -> documents")
R(65, "Can a foreign-invested bank in Shanghai take an IP pledge as the sole collateral for a working capital loan? Is there a specific regulation on this?", False,
  ["regulations"], [], HO, "en", "regulatory question")
R(66, "老板问能不能把额度从500万提到800万，你看他开票和评分撑不撑得住", True,
  ["invoice_summary", "score"], ["warnings"], RM, "zh", "开票 + 评分")
R(67, "我们存的这份应收账款质押合同，有没有漏掉登记义务、通知次债务人这些关键条款？", True,
  ["contract_review"], ["documents", "regulations"], CA, "zh", "defects of stored contract -> contract_review")
R(68, "他家法定代表人是不是失信被执行人？如果是的话还能给他做新的授信吗", True,
  ["warnings", "regulations"], [], CO, "zh", "失信 -> warnings; can we lend -> regulations")
R(69, "Q3销项vs去年同期，YoY掉了多少？score有没有跟着调", True,
  ["invoice_summary", "score"], [], CA, "mixed", "销项 + score")
R(70, "他家那份借款合同第十二条写的：“借款人未按本合同约定用途使用借款的，贷款人有权就挪用部分按日计收借款本金万分之十的违约金，自挪用之日起计算至借款人纠正违约行为之日止，并有权停止发放尚未提取的贷款、提前收回全部已发放贷款。”这个违约金标准是不是太高了？", True,
  ["contract_check", "rate_check"], ["contract_review", "regulations"], LC, "zh",
  "pasted clause from stored contract, question is the level (万分之十/日) -> both")
R(71, "同业做供应链的说他们给的是一年期LPR加600bp，现在LPR差不多3%，这个水平监管会不会盯", False,
  ["rate_check"], ["regulations"], RM, "zh", "stated rate (LPR+600bp) -> rate_check")
R(72, "Do we hold a signed spousal consent for the personal guarantee given by their chairman? If not, is the guarantee still valid?", True,
  ["documents", "regulations"], [], LC, "en", "stored file -> documents; validity -> regulations")
R(73, "评分报告里写了一条“经营稳定性弱”，具体是什么意思？怎么算出来的", True,
  ["score"], [], RM, "zh", "score reason")
R(74, "它最近三个月开了多少张红字发票？金额占销项多少", True,
  ["invoice_summary"], [], CA, "zh", "红字发票 -> invoice_summary")
R(75, "Has legal reviewed whether the guarantee agreement we hold for this borrower covers the full facility amount plus interest? Any gaps we should fix before drawdown?", True,
  ["contract_review"], ["documents"], HO, "en", "review of stored guarantee -> contract_review")
R(76, "KYC refresh: 91310120MA1HW2TY8P 这家的营业执照和公司章程，我们档案里存的是哪一年的版本？", False,
  ["documents"], [], CO, "mixed", "named by code; stored files -> documents", True)
R(77, "我们给他家开的那份履约保函，文本里的索赔条件写得像从属性保函，会不会有风险？", True,
  ["contract_review"], ["documents", "regulations"], LC, "zh", "risk of a stored instrument -> contract_review")
R(78, "\"The Borrower shall maintain a Debt Service Coverage Ratio of not less than 1.25:1, tested quarterly on a rolling twelve-month basis, and any failure to comply shall constitute an immediate Event of Default without any cure period or equity cure right.\" Too harsh versus market? Would a PRC court enforce acceleration on this alone?", False,
  ["contract_check"], ["regulations"], HO, "en", "pasted covenant clause -> contract_check")
R(79, "他家工行有一笔下个月到期，听说要借新还旧，我们这边评分会不会受影响？", True,
  ["score"], ["warnings"], RM, "zh", "the roll-over fact is supplied; question is the score")
R(80, "他们跟融资租赁公司做的售后回租，租息年化12.5%，还要交10%保证金不计息，实际成本超没超？", True,
  ["rate_check"], ["regulations"], CA, "zh", "stated rate + deposit -> rate_check")
R(81, "法务说他家的保证合同有瑕疵，具体是哪里？要不要重签", True,
  ["contract_review"], ["documents", "regulations"], GZ, "zh", "defects of stored contract -> contract_review")
R(82, "借款人进入破产重整了，我们对他应收账款的质权在重整期间还能不能行使？", False,
  ["regulations"], [], LC, "zh", "bankruptcy law")
R(83, "What did the borrower's 2025 audited financial statements report as revenue, and does that square with what they actually invoiced?", True,
  ["documents", "invoice_summary"], [], CA, "en", "audited FS -> documents; invoices -> invoice_summary")
R(84, "这家的drawdown request里附了一张采购合同，金额多少？跟他们开票的客户对得上吗", True,
  ["documents", "invoice_summary"], [], RM, "mixed", "attached contract -> documents; invoices -> invoice_summary")
R(85, "对方担保公司发来的保证合同版本，第三条：“保证人的保证方式为一般保证。在主合同纠纷未经审判或者仲裁，并就债务人财产依法强制执行仍不能履行债务前，保证人有权拒绝向债权人承担保证责任。保证期间为主债务履行期限届满之日起六个月。”我们能接受吗？跟连带比差在哪", False,
  ["contract_check"], ["regulations"], LC, "zh", "pasted guarantee clause -> contract_check")
R(86, "我们把借款人的对公流水、发票数据传给新加坡总行做集中审批，这算数据出境吗？要做安全评估还是签标准合同？", False,
  ["regulations"], [], CO, "zh", "cross-border data transfer rules")
R(87, "Quick one: what's the cap on interest in private lending disputes in China now — still 4x LPR?", False,
  ["regulations"], ["rate_check"], HO, "en", "asks the cap itself, no rate stated -> regulations")
R(88, "The borrower's other lender 收他月息1.5%, plus a 2% upfront arrangement fee, 12个月的loan, is that over the legal limit?", True,
  ["rate_check"], ["regulations"], RM, "mixed", "stated rate + fee -> rate_check")
R(89, "同一实控人名下另外两家也在我们这有额度，担保圈有没有问题？他家评分有没有把关联方风险算进去", True,
  ["warnings", "score"], [], CA, "zh", "担保圈 -> warnings; score reasons -> score")
R(90, "我们跟他签的facility agreement里，governing law写的是Singapore law，争议解决是SIAC仲裁，对境内借款人这样约定有效吗？", True,
  ["contract_review"], ["documents", "regulations"], LC, "mixed", "legality of a stored term, no text -> contract_review")
R(91, "91310230MA1JX9CU4A 上个月开票多少？评分是几档？", False,
  ["invoice_summary", "score"], [], RM, "zh", "named by code; 开票 + 评分", True)
R(92, "借款人邮件里转来他们跟大客户的供货合同条款：“乙方不得将本合同项下对甲方享有的任何应收账款（包括已发生和将来发生的货款债权）全部或部分转让、质押或以其他方式处分给任何第三方；乙方违反本条约定的，甲方有权拒绝向受让人或质权人付款，并有权单方解除本合同。”这样我们还能做应收账款质押吗？质押有效吗", True,
  ["contract_check"], ["regulations", "documents"], LC, "zh", "pasted anti-assignment clause -> contract_check")
R(93, "他家上传的那张借条照片，借款金额和利息写的多少？那个利息算下来合法吗", True,
  ["documents", "regulations"], ["rate_check", "contract_review"], RM, "zh",
  "rate not in the message: read the 借条 (documents), then the law (regulations)")
R(94, "Are there any tax arrears or tax-related penalties flagged on this company?", True,
  ["warnings"], [], CO, "en", "tax arrears -> warnings")
R(95, "他家目前五级分类是正常类，现在被限高了，按规定最低要分到哪一类？", True,
  ["regulations"], ["warnings"], CA, "zh", "the 限高 fact is supplied; classification rules -> regulations")
R(96, "客户说隔壁外资行给他报的是1年期LPR+150bp，再收1% upfront fee，我们要match的话这个all-in rate有没有合规问题", True,
  ["rate_check"], ["regulations"], RM, "mixed", "stated rate + fee -> rate_check")
R(97, "诉讼时效过了以后，保证人又在催收通知书上签了字，还要承担保证责任吗？", False,
  ["regulations"], [], LC, "zh", "pure law")
R(98, "Clause 21.3 of our facility agreement with them reads: \"If any Obligor fails to pay any sum payable under the Finance Documents on its due date, the Lender may, without prior notice, set off any matured obligation due from that Obligor against any deposit held by it with the Lender or any of its Affiliates, regardless of the place of payment or currency.\" Is set-off against deposits at our Singapore affiliate workable?", True,
  ["contract_check"], ["contract_review", "regulations"], LC, "en", "pasted clause from our stored contract -> contract_check")
R(99, "他家账期长、应收大，做应收账款质押融资要看两点：一是销项里开给那家主机厂的占比，二是我们存的那份质押合同本身有没有问题", True,
  ["invoice_summary", "contract_review"], ["documents"], GZ, "zh", "customer share -> invoice_summary; stored contract -> contract_review")
R(100, "那他征信上查询次数多不多", True,
  ["warnings"], [], RM, "zh", "short follow-up: 征信查询 -> warnings")

# ---- validation ---------------------------------------------------------------------------------------------------
_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
_CODE = re.compile(r"(?<![0-9A-Z])[0-9A-HJ-NP-RTUW-Y]{18}(?![0-9A-Z])")
_QUOTED = re.compile(r"“([^”]*)”|\"([^\"]*)\"|「([^」]*)」")


def valid_code(code: str) -> bool:
    if len(code) != 18 or any(c not in _ALPHABET for c in code):
        return False
    check = 31 - sum(_ALPHABET.index(c) * w for c, w in zip(code[:17], _WEIGHTS)) % 31
    return _ALPHABET[0 if check == 31 else check] == code[17]


def longest_quote(text: str) -> int:
    return max((len("".join(m.groups(default=""))) for m in _QUOTED.finditer(text)), default=0)


def main() -> None:
    assert len(ROWS) == 100, len(ROWS)
    assert [r["id"] for r in ROWS] == [f"cqi-{i:03d}" for i in range(1, 101)]
    assert len({r["question"] for r in ROWS}) == 100
    need_n, opt_n = Counter(), Counter()
    for r in ROWS:
        assert r["needs"] and len(set(r["needs"])) == len(r["needs"]), r["id"]
        assert set(r["needs"]) <= set(SOURCES) and set(r["optional"]) <= set(SOURCES), r["id"]
        assert not set(r["needs"]) & set(r["optional"]), r["id"]
        assert r["lang"] in ("zh", "en", "mixed") and r["asker"] and r["note"], r["id"]
        codes = [c for c in _CODE.findall(r["question"]) if valid_code(c)]
        assert bool(r.get("names_code")) == bool(codes), (r["id"], codes)
        if r.get("names_code"):
            assert not r["borrower_in_focus"], r["id"]
        if "contract_check" in r["needs"]:
            assert longest_quote(r["question"]) >= 80, (r["id"], longest_quote(r["question"]))
        if r["asker"] == HO:
            assert r["lang"] == "en", r["id"]
        need_n.update(r["needs"])
        opt_n.update(r["optional"])
    for s in SOURCES:
        assert need_n[s] >= 12, (s, need_n[s])
    multi = sum(len(r["needs"]) > 1 for r in ROWS)
    regs_only = sum(r["needs"] == ["regulations"] for r in ROWS)
    single_borrower = sum(len(r["needs"]) == 1 and r["needs"][0] in BORROWER_SOURCES for r in ROWS)
    assert multi >= 25 and regs_only >= 10 and single_borrower >= 10, (multi, regs_only, single_borrower)

    out = HERE / "cases.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for r in ROWS:
            fh.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"wrote {len(ROWS)} rows to {out}")
    print("needs:", dict(sorted(need_n.items())))
    print("optional:", dict(sorted(opt_n.items())))
    print("langs:", dict(Counter(r["lang"] for r in ROWS)))
    print("askers:", dict(Counter(r["asker"] for r in ROWS)))
    print("focus:", dict(Counter(r["borrower_in_focus"] for r in ROWS)),
          "names_code:", sum(bool(r.get("names_code")) for r in ROWS))
    print(f"multi-need: {multi}, regulations-only: {regs_only}, single borrower-source: {single_borrower}")
    print("contract_check rows, longest quote:",
          {r["id"]: longest_quote(r["question"]) for r in ROWS if "contract_check" in r["needs"]})


if __name__ == "__main__":
    main()
