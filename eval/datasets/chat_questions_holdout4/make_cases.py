"""Builder for eval/datasets/chat_questions_holdout4/cases.jsonl (held out: never tune on these rows).

All rows are written by hand and held here; running this script rewrites cases.jsonl deterministically.
Persona: 黄志明, 项目经理 at a financing-guarantee company in Quanzhou (fictitious). All names, codes and
amounts are made up.

    HF_HUB_OFFLINE=1 /work/main/.venv/bin/python eval/datasets/chat_questions_holdout4/make_cases.py
"""
from __future__ import annotations

import json
from pathlib import Path

SOURCES = (
    "regulations", "documents", "warnings", "invoice_summary",
    "score", "contract_review", "contract_check", "rate_check",
)
BORROWER_SOURCES = {"documents", "warnings", "invoice_summary", "score", "contract_review"}

# --- unified social credit codes (GB 32100-2015 check character computed, all fictitious) ---------------
_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_W = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def uscc(body17: str) -> str:
    assert len(body17) == 17 and all(c in _USCC_CHARS for c in body17), body17
    s = sum(_USCC_CHARS.index(c) * w for c, w in zip(body17, _USCC_W))
    return body17 + _USCC_CHARS[(31 - s % 31) % 31]


C1 = uscc("91350582MA31XK2P4")  # 晋江, shoe factory
C2 = uscc("91350521MA2Y8F6L0")  # 惠安, stone carving
C3 = uscc("91350583MA33H7QW1")  # 南安 水头, stone plant
C4 = uscc("91350524MA2XRT5N8")  # 安溪, tea trader
C5 = uscc("91350526MA32KD9C3")  # 德化, ceramics exporter
C6 = uscc("91350581MA34B6UJ2")  # 石狮, garment/shoe materials

PM = "项目经理"              # 黄志明 typing his own question
FWD = "项目经理-转发同事"    # 黄志明 pasting/forwarding a colleague's note, then asking
SG = "项目经理-转发合投方"   # 黄志明 relaying the Singapore co-investor's question

ROWS: list[dict] = []


def row(question, focus, needs, optional=(), asker=PM, lang="zh", note="", code=False, clause=None):
    """clause: pasted contract text (kept separately so its length can be checked); question may use {clause}."""
    if clause is not None:
        question = question.format(clause=clause)
    r = {
        "id": f"cqe-{len(ROWS) + 1:03d}",
        "question": question,
        "borrower_in_focus": focus,
        "needs": list(needs),
        "optional": list(optional),
        "asker": asker,
        "lang": lang,
        "note": note,
    }
    if code:
        r["names_code"] = True
    r["_clause"] = clause
    ROWS.append(r)


# ---------------------------------------------------------------- single borrower source (signals, sales, score, files)
row("这家最近有没有什么不对劲的？下礼拜要去做保后，先心里有个底", True, ["warnings"], ["score", "invoice_summary"],
    note="open 'anything wrong' = early warnings; score/sales only add colour")
row("他们今年开票跟去年同期比差多少？头家一直说生意有变好，我是不太信啦", True, ["invoice_summary"],
    note="invoicing this year vs same period last year")
row("评分几分 什么档", True, ["score"], note="points and band")
row("为啥打分这么低？扣分点帮我列一下 要贴进保后报告", True, ["score"], ["warnings"],
    note="reasons behind the score come with the score; warnings can add detail")
row("上次去车间看一半机台都停着，电费跟社保人数系统有没有反映出来？", True, ["warnings"], ["invoice_summary"],
    note="utility usage / social-security headcount drops are operating-anomaly warnings")
row("头家还有没有在别家银行、小贷那边借？多头的状况帮我看下", True, ["warnings"],
    note="multi-lender borrowing")
row("有被告的代志吗？被执行、限高有没有，我等下要跟银行客户经理讲", True, ["warnings"],
    note="lawsuits / enforcement / consumption restriction")
row("这家跟德化那几间陶瓷厂是不是互保？感觉绕来绕去是同一个圈", True, ["warnings"],
    note="guarantee circle")
row("【保后小陈】银行说这笔是正常续贷，我看流水怎么像借新还旧。\n——系统有标出来吗？", True, ["warnings"], ["documents"],
    asker=FWD, note="借新还旧 / renewal signal; loan file could confirm")
row("他们还有在开票吗？销项最近三个月加起来多少w", True, ["invoice_summary"],
    note="recent invoiced totals")
row("反担保抵押的是哪一块地？不动产权证号帮我抄一下", True, ["documents"],
    note="fact in the stored counter-guarantee contract")
row("委托担保合同上担保费怎么收的，一次收足还是按年收？几个点", True, ["documents"],
    note="fee term in stored contract; a fee %, not an interest rate, and no legality asked")
row("他们交上来那份情况说明，逾期原因写的啥", True, ["documents"], note="content of uploaded 情况说明")
row("上传的那张借条 出借人是谁 借多少 有写利息吗", True, ["documents"],
    note="reading the 借条; no rate stated, no legality asked")
row("帮我看下这家借款合同有没有违法的地方，砍头息、利息超标那些", True, ["contract_review"], ["documents", "regulations"],
    note="legality of stored contract as a whole")
row("我们跟他签的保证合同，保证方式到底写清楚没？要是写不清楚，法院会当一般保证还是连带？", True, ["contract_review"],
    ["regulations", "documents"],
    note="stored guarantee contract checked against law incl. guarantee defaults; law text helps but review covers it")
row("那份最高额保证合同 有效吗，会不会有坑", True, ["contract_review"], ["documents"],
    note="validity/risk of stored contract")

# ---------------------------------------------------------------- law only
row("保证合同没约定保证期间的话是多久？从哪天起算", False, ["regulations"], note="民法典 default guarantee period")
row("代偿完去向借款人追，诉讼时效几年？从我们付钱给银行那天开始算吗，还是按怎算", False, ["regulations"],
    note="limitation period of guarantor's recourse claim")
row("反担保是客户关联公司出的，那边没开股东会，这个反担保到底算不算数", False, ["regulations"],
    note="corporate guarantee without resolution: 担保制度解释; no stored file referenced")
row("这家如果到期不还，我们代偿之后可以直接申请支付令吗？要啥条件", True, ["regulations"],
    note="asked on a borrower page but purely procedural (民事诉讼法 支付令)")
row("融担公司放大倍数上限现在是几倍？条例怎么讲的", False, ["regulations"],
    note="融资性担保 supervision rule")
row("抵押合同写「到期不还房子直接归担保公司」，法院认不认？", False, ["regulations"],
    note="流押 rule; paraphrase too short to be a pasted clause")
row("调解书签完了要去法院司法确认，几天内要申请？过了会怎样", False, ["regulations"],
    note="人民调解法 judicial confirmation time limit")
row("歹势再问一个，客户说征信上我们代偿那笔报错了要提异议，我们这边要几天内处理完", False, ["regulations"],
    note="征信 objection handling time")
row("这笔是我们跟另一个保证人一起保的，我们先代偿了，能不能找另外那个保证人分摊一半？", True, ["regulations"],
    ["documents"], note="co-guarantor contribution under 担保制度解释; contract could show whether they agreed to share")
row("担保费收入开票要开几个点的增值税？是6%吗", False, ["regulations"], note="VAT rate on guarantee fees")
row("If the bank extends the loan term with the borrower without our written consent, are we still liable as "
    "guarantor for the extended period?", False, ["regulations"], asker=SG, lang="en",
    note="民法典 change of main contract without guarantor consent")

# ---------------------------------------------------------------- stated rates
row("他们跟民间借那笔 月息两分，超了没", True, ["rate_check"], ["regulations", "documents"],
    note="stated monthly rate vs cap")
row("年化24%现在法院还支持吗", False, ["rate_check"], ["regulations"], note="stated annual rate")
row("日息万分之五 一年折下来多少？算高利吗", False, ["rate_check"], ["regulations"], note="stated daily rate")
row("头家讲他跟石狮一个老板借300w，一分半的利息，但是当场先扣了30w，这样实际算下来超不超？", True,
    ["rate_check", "regulations"],
    note="rate stated; deducted-upfront interest rule (本金按实际出借) needed before comparing")
row("SG co-investor 问：月息1.5%，is that over the PRC legal cap? 他们 report 要写", False, ["rate_check"],
    ["regulations"], asker=SG, lang="mixed", note="stated monthly rate")
row("逾期那段约定每天千分之一罚息，本来年化15%，这两个加起来能全部要吗？", True, ["rate_check"], ["regulations"],
    note="two stated rates; combined cap comparison")
row("借款合同上写月利率1.8%是吧？我记得是这个数，这样会不会太高", True, ["documents", "rate_check"],
    ["contract_review"], note="confirm the figure in the stored contract + compare stated rate with cap")
row("有人讲他在外面借了三分利的钱，有没有这回事？三分是不是已经违法了", True, ["warnings", "rate_check"],
    ["regulations"], note="outside borrowing = multi-lender signal; 3分 stated rate")
row("以前那个24%到36%自然债务区的讲法现在还有效吗？我记得改掉了", False, ["regulations"], ["rate_check"],
    note="asks whether an old legal rule still stands; the numbers are the rule, not a rate to test")
row("Borrower's private lender charges 1.2% per month, compounded monthly. Is that within the PRC legal limit? "
    "And can compound interest be claimed at all?", False, ["rate_check", "regulations"], asker=SG, lang="en",
    note="stated rate + separate legal question on compound interest")
row("过桥那笔 一天万三 用了20天，折成年化多少？会不会被认定高利贷", True, ["rate_check"],
    note="stated daily rate")
row("他们跟供应商讲拖欠的500k货款按周息1%算，这个会不会太离谱", True, ["rate_check"], ["regulations"],
    note="stated weekly rate")
row(f"{C1} 这家说民间那笔是年化18%，合不合法？另外帮我看他有没有到处借", False, ["rate_check", "warnings"],
    note="code names the borrower; stated rate + multi-lender", code=True)
row("约定年化22%，我们代偿以后去追偿，这个利息部分能一起追吗？还是超出的要自己吞", True,
    ["regulations", "rate_check"], note="guarantor recourse scope (law) + whether 22% is over the cap")

# ---------------------------------------------------------------- pasted clauses
row("{clause}\n这条有问题吗？好像没写连带", False, ["contract_check"], ["regulations"],
    clause="第五条 保证方式：保证人自愿为债务人在主合同项下全部债务提供保证担保，保证范围包括本金、利息、罚息、复利、"
           "违约金、损害赔偿金及实现债权的费用。保证期间为主债务履行期限届满之日起三年。",
    note="pasted guarantee clause")
row("同事写的反担保条款你看下：『{clause}』这样写用得了吗", True, ["contract_check"], ["regulations"], asker=FWD,
    clause="如债务人未能按期偿还甲方代偿款项，甲方有权直接取得抵押房产的所有权，抵押人不得提出任何异议，"
           "并放弃对房产价值进行评估的权利，抵押房产的全部收益自违约之日起亦归甲方所有。",
    note="pasted 流押-type clause")
row("客户转来的借款合同一段：{clause} 帮看看", True, ["contract_check"], ["rate_check", "regulations"],
    clause="借款金额人民币伍拾万元整，出借人在出借时预先扣除首期利息及服务费共计陆万元，借款人实际到账肆拾肆万元，"
           "借款人仍按伍拾万元本金按月支付利息，月利率2%，按月付息到期还本。",
    note="whole clause to check (砍头息 + rate); the rate is not singled out, so rate_check optional")
row("Clause 8.2 from the SG draft: '{clause}' Does this hold up under PRC law, especially the 'until fully repaid' bit?",
    False, ["contract_check"], ["regulations"], asker=SG, lang="en",
    clause="The Guarantor hereby irrevocably waives any right to require the Lender to first proceed against the "
           "Borrower or any security before claiming under this Guarantee, and this Guarantee shall remain in force "
           "until all secured obligations are fully repaid.",
    note="pasted English guarantee clause")
row("{clause}——每天千三 会不会被法院砍", True, ["contract_check", "rate_check"], ["regulations"],
    clause="借款人逾期还款的，除按约定利率计收利息外，还应按逾期金额每日千分之三支付违约金，并承担甲方为实现债权"
           "支出的律师费、差旅费、公告费、保全费、评估拍卖费等全部费用，上述费用从借款人还款中优先扣收。",
    note="pasted penalty clause; the daily 0.3% is singled out as a rate to test")
row("调解协议草稿：『{clause}』这样写拿去司法确认会不会被退回？要带什么材料", False,
    ["contract_check", "regulations"],
    clause="双方同意，乙方于2025年12月31日前分三期偿还甲方代偿款共计壹佰贰拾万元，如任一期未按时足额支付，"
           "甲方有权就全部未付款项申请强制执行，乙方放弃一切抗辩权利，并按未付金额的20%另付违约金。",
    note="pasted mediation clause + judicial-confirmation procedure (law)")
row("最高额保证合同这句：『{clause}』'无论是否超过'这样是不是自相矛盾？", True, ["contract_check"], ["regulations"],
    clause="本合同项下担保的最高债权额为人民币捌佰万元，债权确定期间为2024年1月1日至2026年12月31日，"
           "在此期间发生的全部债权，无论是否超过上述最高额，保证人均承担连带责任。",
    note="pasted 最高额 clause")
row("新版反担保合同第七条同事改成这样：『{clause}』跟系统里存的旧版比改了哪里？新写法ok吗", True,
    ["contract_check", "documents"], ["regulations"], asker=FWD,
    clause="反担保保证人承担保证责任的期间为甲方向债权银行履行代偿义务之日起两年，甲方在该期间内以书面方式"
           "向反担保人主张权利的，保证期间不再计算，转为适用诉讼时效，反担保人对此不持异议。",
    note="pasted new clause to check + compare with the stored old version")
row("这个 clause 是新加坡那边 draft 的：'{clause}' 24% 在国内 court 会支持吗", False,
    ["contract_check", "rate_check"], ["regulations"], asker=SG, lang="mixed",
    clause="The Counter-Guarantor shall indemnify the Guarantor on demand for all amounts paid under the Bank "
           "Guarantee, together with interest at 24% per annum from the date of payment until actual reimbursement.",
    note="pasted clause; 24% singled out")
row("客户对这几句有意见，说是霸王条款：『{clause}』真的有问题吗", True, ["contract_check"], ["regulations"],
    clause="本合同未尽事宜以甲方解释为准。借款人同意甲方可不经通知将本合同项下债权转让给任何第三方，"
           "并授权甲方随时查询借款人及其配偶、子女的征信信息，借款人不得撤回该授权，亦不得以任何理由拒绝。",
    note="pasted standard-form clauses")
row("保证合同加了这句：『{clause}』这样补一句救得回来吗", False, ["contract_check"], ["regulations"],
    clause="保证人承诺其对外提供本保证已取得公司董事会或股东会同意，如因未取得同意导致本合同无效的，"
           "保证人仍应对债务人的全部债务承担连带清偿责任，且不得以保证合同无效为由拒绝履行。",
    note="pasted clause on corporate authorisation")
row("抵押条款：『{clause}』动产抵押这样写就好了吗？要不要去登记，去哪里登", True,
    ["contract_check", "regulations"],
    clause="抵押物为乙方厂房内全部制鞋生产设备（详见附件清单），抵押期间乙方可继续使用，但未经甲方书面同意"
           "不得转让、出租或再次抵押，抵押权自本合同签订之日起设立，乙方应配合甲方张贴抵押标识。",
    note="pasted chattel-mortgage clause + registration procedure (law)")
row("合同里有这条：『{clause}』这家现在有没有踩到？", True, ["warnings"], ["documents"],
    clause="借款人在其他金融机构的任何债务出现逾期、被起诉或被列为被执行人的，视为借款人在本合同项下违约，"
           "甲方有权宣布全部借款提前到期，并要求借款人及保证人立即清偿全部本息及费用。",
    note="clause pasted only as context; question is whether lawsuits/enforcement exist -> warnings, not a check")
row(f"{C2} 发来补充协议：『{{clause}}』保证人这样还要负责吗？顺便看他是不是一直在展期", False,
    ["contract_check", "warnings"], ["regulations"], code=True,
    clause="经双方协商，原借款期限届满后自动展期十二个月，展期期间利率上浮30%，原保证人继续承担保证责任，"
           "无需另行签署书面同意，本补充协议与原合同具有同等法律效力，原合同其余条款不变。",
    note="pasted clause to check + renewal signal for the coded borrower")

# ---------------------------------------------------------------- stored contracts checked
row("我们跟他签的委托担保合同 哪几条到时候真打官司会站不住？", True, ["contract_review"], ["documents"],
    note="stored contract legality")
row("存的那份反担保抵押合同 有没有流押的问题？", True, ["contract_review"], ["regulations"],
    note="stored contract checked for 流押")
row("他们跟农商行那份流贷合同，利率跟罚息的约定合法吗", True, ["contract_review"], ["documents"],
    note="rates not stated in the question -> review of stored contract, not rate_check")
row("Can you run a legal check on the loan agreement we have on file for this company? The SG side wants to know "
    "whether any clause is unenforceable.", True, ["contract_review"], asker=SG, lang="en",
    note="stored contract legality")
row("那份借款合同真的拿去法院，利息大概能支持到多少？顺便看下他现在分数", True, ["contract_review", "score"],
    ["documents"], note="what a court would uphold in stored contract + score")
row("存档的股权质押合同 质押登记那条写对没？要是我们代偿了，能不能不打官司直接申请拍他的股权", True,
    ["contract_review", "regulations"], note="stored contract check + 实现担保物权 special procedure (law)")
row("这个客户的合同有没有风险？另外开票是不是掉很多", True, ["contract_review", "invoice_summary"], ["documents"],
    note="stored contract risk + invoicing trend")
row("合同审一下，另外他们有没有在别家也借", True, ["contract_review", "warnings"], note="review + multi-lender")
row("借款合同约定的管辖法院是哪里？这样约定有效吗", True, ["contract_review"], ["documents", "regulations"],
    note="validity of a stored term; review reads the term too")
row("保后要补材料：1）把这家担保合同里有问题的条款挑出来 2）银担合作协议里银行分险比例写多少", True,
    ["contract_review", "documents"], note="contract problems (review) + a fact in another stored file")
row("保证期间那条是写「直到还清为止」吗？这样写法院怎么算", True, ["contract_review"], ["documents", "regulations"],
    note="stored guarantee term and its legal effect")
row("反担保合同是头家老婆签的字，房子是夫妻共有，这份合同效力有问题吗", True, ["contract_review"],
    ["documents", "regulations"], note="validity of stored counter-guarantee")
row("这家合同要是有瑕疵，我们当担保人能不能拿来对银行抗辩？他们现在是不是已经被银行起诉了", True,
    ["contract_review", "warnings", "regulations"],
    note="flaws in stored contract + lawsuits + guarantor's defences (law)")

# ---------------------------------------------------------------- stored files (documents) with or without others
row("他们开给下游的那几张发票，买方是谁？是不是自己关联的公司", True, ["documents", "warnings"],
    note="buyer names on uploaded invoices + related-party ring")
row("展期申请书里头家写什么时候能还清", True, ["documents"], note="content of 申请书")
row("农商行那份借款合同到期日几号？我要排保后", True, ["documents"], note="fact in stored contract")
row("合同写的贷款用途是啥，跟他们上传的发票开的品名对得上吗", True, ["documents"],
    note="goods names are on the uploaded invoices, not in the monthly totals")
row("反担保人有几个？他老婆有没有签", True, ["documents"], note="signatories of counter-guarantee")
row("What collateral did we take on this one? Need it for the co-investor memo, plus their current risk grade.",
    True, ["documents", "score"], asker=SG, lang="en", note="collateral in stored contracts + score")
row("股东会决议有传上来吗？同意对外担保那份，签字的股东够不够三分之二", True, ["documents", "regulations"],
    note="uploaded resolution + the legal voting threshold (asker's 2/3 may be wrong)")
row("担保函上保证期间到哪天？怕过期了还没去主张，过了会怎样", True, ["documents", "regulations"],
    note="date in stored 担保函 + consequence of lapse (law)")
row("那笔借新还旧的，借款合同用途栏是不是直接写还旧贷？", True, ["documents"], ["warnings"],
    note="what the contract says; warnings could confirm the renewal")
row("代偿率最近有点高，这家要真出事，我们代偿后能去拍他反担保人那间厝吗？反担保合同有没有办抵押登记", True,
    ["documents", "regulations"], ["warnings"], note="registration in stored file + recovery law")
row("听说头家被限高了？是的话银行会不会提前收贷，借款合同有没有这种条款", True, ["warnings", "documents"],
    note="enforcement record + acceleration clause in stored contract")

# ---------------------------------------------------------------- signals, sales and score, mostly combined
row("生意是不是变差了？开票跟用电都帮我看一下", True, ["invoice_summary", "warnings"],
    note="sales + utility anomaly")
row("下礼拜上会，拢帮我整理一下：分数、预警、近几个月开票", True, ["score", "warnings", "invoice_summary"],
    note="briefing with all three")
row("他们被告了几件？我们是担保人 会不会也被一起告", True, ["warnings", "regulations"],
    note="lawsuit count + guarantor joinder (law)")
row("评级掉到哪一档了？是开票变少害的还是因为官司", True, ["score"], ["invoice_summary", "warnings"],
    note="band and its reasons come from the score")
row("Could you give me this borrower's risk grade and the main reasons, and is revenue down vs last year?", True,
    ["score", "invoice_summary"], asker=SG, lang="en", note="score + invoicing vs last year")
row("银行问在宝余额这家还能不能续保，帮我看分数跟有没有多头", True, ["score", "warnings"],
    note="typo 在宝=在保; score + multi-lender")
row("头家说一年营收2000多w，开票对得上吗", True, ["invoice_summary"], note="claimed revenue vs invoicing")
row("小林刚从厂里回来讲：『社保人数掉一半，车间只剩二十几个人』。\n是在裁员吗？真的裁的话员工工资会不会排在我们前面受偿",
    True, ["warnings", "regulations"], asker=FWD, note="headcount drop + wage priority (law)")
row(f"{C3} 这间水头的石材厂 最近开票怎样？跟去年比", False, ["invoice_summary"], code=True,
    note="code names the borrower; invoicing")
row(f"安溪这间茶行 评分查一下 {C4}", False, ["score"], code=True, note="code names the borrower; score")
row(f"{C5} 有没有官司 被执行的", False, ["warnings"], code=True, note="code names the borrower; lawsuits")
row("这家 sales 最近怎样？Q3 开票 vs 去年同期，SG 那边要 number", True, ["invoice_summary"], asker=SG, lang="mixed",
    note="invoicing vs last year")
row("银担合作那边要我们报在保客户的风险等级，这家几分、啥原因，顺便把近半年开票带上", True,
    ["score", "invoice_summary"], note="score with reasons + invoicing")
row("Co-investor 问 any red flags on this one？多头、互保、lawsuit 那些有没有", True, ["warnings"], asker=SG,
    lang="mixed", note="red flags = warnings")
row("开票足难看，一直往下掉，分数有没有跟着降？", True, ["invoice_summary", "score"], ["warnings"],
    note="invoicing trend + score")
row("分数是上个月的还是最新的？跟上次比有没有掉", True, ["score"], note="score freshness/trend")
row("开票金额按月份拆开给我，去年同期也列一下，我要做表", True, ["invoice_summary"], note="monthly invoicing table")
row("客户要求降担保费，说他们生意很好，开票跟评分撑得住吗？", True, ["invoice_summary", "score"], ["warnings"],
    note="sales + score to judge a fee cut")
row(f"{C6} 这家在我们这边 score 多少？有没有多头 or 被执行", False, ["score", "warnings"], code=True, lang="mixed",
    note="code names the borrower; score + signals")
row("法院来函讲他们被列失信了？还有我们保的那笔已经逾期，代偿后多久内要起诉他才不会过时效", True,
    ["warnings", "regulations"], note="dishonest-debtor record + limitation period (law)")


def check(rows: list[dict]) -> None:
    assert len(rows) == 100, len(rows)
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == len(ids)
    qs = [r["question"] for r in rows]
    assert len(set(qs)) == len(qs), "duplicate question"
    for r in rows:
        n, o = set(r["needs"]), set(r["optional"])
        assert n and n <= set(SOURCES) and o <= set(SOURCES) and not (n & o), r["id"]
        assert len(n) == len(r["needs"]) and len(o) == len(r["optional"]), r["id"]
        assert r["lang"] in ("zh", "en", "mixed"), r["id"]
        if not r["borrower_in_focus"] and not r.get("names_code"):
            assert not (n & BORROWER_SOURCES), f"{r['id']}: borrower source without a borrower"
        if r.get("names_code"):
            assert not r["borrower_in_focus"]
        if "contract_check" in n:
            assert r["_clause"] and len(r["_clause"]) >= 80, r["id"]
    for s in SOURCES:
        assert sum(s in r["needs"] for r in rows) >= 12, s


def main() -> None:
    check(ROWS)
    out = Path(__file__).with_name("cases.jsonl")
    with out.open("w", encoding="utf-8", newline="\n") as f:
        for r in ROWS:
            r = {k: v for k, v in r.items() if k != "_clause"}
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(ROWS)} rows to {out}")


if __name__ == "__main__":
    main()
