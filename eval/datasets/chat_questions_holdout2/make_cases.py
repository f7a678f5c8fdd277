"""Build cases.jsonl for chat_questions_holdout2 (held out: never tune on these rows).

Rows are held here; running this script rewrites cases.jsonl deterministically.
    HF_HUB_OFFLINE=1 /work/main/.venv/bin/python eval/datasets/chat_questions_holdout2/make_cases.py
"""
import json
import os

PREFIX = "cx"
SOURCES = ("regulations", "documents", "warnings", "invoice_summary", "score",
           "contract_review", "contract_check", "rate_check")
AB = {"R": "regulations", "D": "documents", "W": "warnings", "I": "invoice_summary",
      "S": "score", "CR": "contract_review", "CC": "contract_check", "RC": "rate_check"}

# GB 32100-2015 unified social credit code: 17 chars + check char.
_CH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_W = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def uscc(body17):
    assert len(body17) == 17 and all(c in _CH for c in body17), body17
    s = sum(_CH.index(c) * w for c, w in zip(body17, _W))
    return body17 + _CH[(31 - s % 31) % 31]


# made-up codes (Henan region prefixes; 91 company, 92 individual business, 93 farmers' cooperative)
C1 = uscc("91411721MA46K8R2X")   # 面粉加工厂
C2 = uscc("93411522MA9FQ3L7T")   # 种植合作社
C3 = uscc("92410922MA4HBN61P")   # 个体小超市
C4 = uscc("91411627MA47WD0C3")   # 养殖公司
C5 = uscc("93410423MA3X5UJ8K")   # 养殖合作社

LO, MED, COL, AUD = "loan_officer", "mediation_helper", "colleague", "auditor"

# (question, borrower_in_focus, needs, optional, asker, lang, note[, names_code])
ROWS = [
    ("这户最近有啥官司没 被人告了没", True, "W", "", LO, "zh",
     "lawsuit records are part of warnings; nothing else asked"),
    ("他家开票咋样 跟去年比掉没掉", True, "I", "", LO, "zh",
     "invoicing vs a year earlier = invoice_summary only"),
    ("这家打分多少 啥档次的", True, "S", "", LO, "zh", "score and band only"),
    ("单保人跑了 能直接找他要钱不 还是得先告借款人", False, "R", "", MED, "zh",
     "voice typo 单保=担保; general vs joint guarantee and 先诉抗辩权 are law; no contract named"),
    ("这户说他在外头借的钱是月息一分五 犯法不", True, "RC", "R", LO, "zh",
     "stated monthly rate vs cap; law text only to cite"),
    ("借条上没写立息 后来他非要俺给两分利 中不中", False, "R", "RC", MED, "zh",
     "voice typo 立息=利息; the point is the rule that no agreed interest = no interest (law); the 2分 figure is secondary"),
    ("帮我瞅瞅上传的那个借款合同 还款日是几号", True, "D", "", LO, "zh",
     "what a stored file says"),
    ("这家合同里那个保证金条款合法不 算不算砍头息", True, "CR", "D R", LO, "zh",
     "legality of a term in a stored contract = contract_review (which reads it)"),
    ("Does this borrower have loans with other lenders at the same time? Need it for the audit file.", True,
     "W", "", AUD, "en", "multi-lender borrowing is a warnings signal"),
    ("他们上半年销项多少 评级为啥往下掉了", True, "I S", "", LO, "zh",
     "sales (invoices) plus reasons for the rating"),
    ("这户拿来他跟别人签的合同 里头有这么一条 中不中：“借款人逾期还款的，除按合同约定利率支付利息外，还应自逾期之日起按每日千分之五向出借人支付违约金，"
     "并承担出借人为实现债权所支出的律师费、诉讼费、保全费、差旅费等一切费用。”", True, "CC", "RC R", LO, "zh",
     "pasted clause to check; the daily rate sits inside the clause, so rate_check only optional"),
    ("19年借的钱 打了借条没写啥时候还 现在还能要不 过没过时效", False, "R", "", MED, "zh",
     "limitation period when no repayment date: law only"),
    ("这户是不是上了实信名单 限高没", True, "W", "", LO, "zh",
     "voice typo 实信=失信; enforcement/失信 records are warnings"),
    ("养鸡场那家 流水跟开票对不上 你把开票数拉一下 再看看有预警没", True, "I W", "", LO, "zh",
     "asks for invoice figures and for warnings explicitly"),
    ("年化24%现在还受保护不 俺记得以前是24 36那个说法", False, "RC R", "", LO, "zh",
     "stated rate vs cap, plus explaining the old 24/36 rule vs the current LPR rule needs the law"),
    ("Please check whether the guarantee contract we have on file for this borrower has any invalid clauses, "
     "and tell me its current risk grade.", True, "CR S", "D R", AUD, "en",
     "stored contract legality + grade"),
    ("这家是不是借新还旧了 续了几回了", True, "W", "", LO, "zh", "renewal / 借新还旧 signal in warnings"),
    ("这户老王给他们合做社担保了 合作社又给老王的厂子担着 是不是一圈互保", True, "W", "D", LO, "zh",
     "voice typo 合做社; guarantee circle is a warnings signal; guarantee contracts could confirm"),
    ("营收下滑得厉害不 就看近仨月", True, "I", "", LO, "zh", "recent sales = invoice_summary"),
    ("分咋这么低 扣分扣在哪了", True, "S", "", LO, "zh", "score reasons"),
    ("上传那个情况说明里 他说猪瘟死了多少头", True, "D", "", LO, "zh", "content of an uploaded 情况说明"),
    ("合作社那笔贷款 合同上月利率1.8% 另外每月还收0.5%服务费 总成本超线没", True, "RC", "CR D R", LO, "zh",
     "rates are stated in the question; the stored contract review would help but is not required"),
    ("auditor问 这家的担保人有没有 被执行 record，还有 any overdue at other banks", True, "W", "", COL, "mixed",
     "enforcement and multi-lender signals relayed from the auditor"),
    ("他家开票一个月才几千块 申请书上写年销售两百万 你给对对", True, "I D", "", LO, "zh",
     "compare invoicing totals with what the application says"),
    ("这家的保证合同没约定保证方式 按法律算一般保证还是连带 咱能直接起诉保证人不", True, "R", "D CR", LO, "zh",
     "asker already states what the contract lacks; the answer is the default rule (law); the file could confirm"),
    ("帮看看他们那个借款合同合法不 利息咋约定的", True, "CR", "D R", LO, "zh",
     "legality of stored contract; review reads the interest term, so documents only optional"),
    ("恁看这户整体风险大不大 能不能再给他放五万", True, "W S", "I", LO, "zh",
     "overall risk = warnings + score; sales would help"),
    ("他表哥那家加工厂跟他是不是一伙的 有没有互相担着", True, "W", "", LO, "zh",
     "related-party / mutual guarantee = warnings"),
    ("What's the limitation period for going after a guarantor in China? Same 3 years as the loan itself?", False,
     "R", "", AUD, "en", "guarantee period vs limitation period: law only"),
    ("这家上个月社保人数掉了一半 咋回事 预警出来没 分扣没扣", True, "W S", "", LO, "zh",
     "social-security headcount drop is a warnings signal; asks about the score too"),
    ("“甲方向乙方借款人民币伍万元整，借款期限一年，利息在出借时预先扣除，实际交付肆万伍仟元，"
     "到期乙方一次性归还伍万元本金，逾期按月息二分另计利息，乙方不得以任何理由拖延。”这是不是砍头息 打起官司来本金按多少算", False, "CC R", "RC", MED, "zh",
     "pasted clause; what a court counts as principal needs the 砍头息 rule explicitly"),
    ("面粉厂今年的开票跟去年同期差多少 打分里头反映出来没", True, "I S", "", LO, "zh",
     "invoice comparison and whether score reasons reflect it"),
    ("借给邻居两万 借条上写的月息三分 现在告他能要回来多少", False, "RC R", "", MED, "zh",
     "stated rate over cap + what a court awards (law)"),
    ("上传的那个抵押合同 押的是啥东西 写没写登记", True, "D", "", LO, "zh", "content of stored mortgage contract"),
    ("他们合作社名下有没有被起诉的 理事长个人名下呢", True, "W", "", LO, "zh", "lawsuit records"),
    ("这家是A还是B 分数给俺说下 顺带说说开票", True, "S I", "", LO, "zh", "grade and invoicing"),
    (f"{C1} 这家有没有失信记录 被执行过没", False, "W", "", LO, "zh",
     "no page in focus but code names the borrower; enforcement records", True),
    (f"帮查下{C2}这个合作社 最近开票还正常不", False, "I", "", COL, "zh",
     "code names borrower; invoicing", True),
    ("咱跟这家签的那份保证合同有没有坑 保证期间约定的啥 合法不", True, "CR", "D R", LO, "zh",
     "stored guarantee contract checked against law"),
    ("他在别的信用社 小贷公司是不是也借着钱呢", True, "W", "", LO, "zh", "multi-lender signal"),
    ("这户的score多少 band是啥 为啥downgrade了", True, "S", "", COL, "mixed", "score, band, reasons"),
    ("这条担保条款你给看看：“本保证为连带责任保证，保证期间为主债务履行期届满之日起至债权人实际收回全部借款之日止；"
     "保证人放弃一切抗辩权，包括先诉抗辩权及诉讼时效抗辩；保证人同意债权人直接从其在任何金融机构的账户中扣收款项。”", False, "CC", "R", LO, "zh",
     "pasted guarantee clause (period 'until repaid', waiver of limitation defence)"),
    ("这户借款合同里那个违约金 加上利息 超没超法定上限", True, "CR", "D R", LO, "zh",
     "rate not stated by asker; must be read from the stored contract and checked -> review"),
    ("他家猪场贷款 申请书里说存栏多少头 跟开票能对上不", True, "D I", "", LO, "zh",
     "what application says + invoicing"),
    ("村口那个小卖部老板 开票忽高忽低的 系统有没有报啥异常", True, "W", "I", LO, "zh",
     "asks whether an anomaly warning fired; raw invoice totals optional"),
    ("法院判了他还钱 他就是不还 咱能申请给他限高不 流程咋走", False, "R", "", LO, "zh",
     "enforcement procedure (民诉法, 限高规定)"),
    ("Does the loan agreement on file have any fee taken out of the principal up front? If so, can we enforce it?",
     True, "CR", "D R", AUD, "en", "砍头息 check of stored contract"),
    ("给这户报的是年利率百分之十八 另外每个月收两百管理费 借5万 这算下来合法不", True, "RC", "R", COL, "zh",
     "rate and fee stated; comprehensive cost vs cap"),
    ("他家去年水电用量是不是降了不少 有停产的苗头没", True, "W", "I", LO, "zh",
     "utility usage drop = operating-anomaly warning"),
    ("他在的那个担保圈里 有谁已经出事了没 被执行啥的", True, "W", "", LO, "zh",
     "guarantee circle + enforcement records"),
    ("这家分数跟预警咋对不上 预警一大堆 分还挺高", True, "S W", "", LO, "zh",
     "needs both to explain the mismatch"),
    ("借条上写着“今借到张三人民币贰万元整，月息2分，一年内还清”，这都过了三年了 还能告不 利息能要不", False,
     "R RC", "", MED, "zh", "limitation (law) + stated rate; quote is too short to be a clause check"),
    ("咱信用社放给个体户的贷款 利率上限跟民间借贷一样不 是不是不受那个四倍LPR管", False, "R", "", COL, "zh",
     "scope of the 民间借贷 cap vs licensed institutions; no concrete rate stated"),
    ("看下他家近半年每个月开票数 有没有哪个月是零", True, "I", "", LO, "zh", "monthly invoicing"),
    ("上传的接条照片里 借款人签的名是不是他本人 金额大写写的多少", True, "D", "", LO, "zh",
     "voice typo 接条=借条; content of stored 借条"),
    ("他这情况 评级还能往上调不 要是把那个官司了了", True, "S W", "", LO, "zh",
     "score reasons + the lawsuit record"),
    ("Auditor here: pull this one's invoicing trend vs last year, the risk score, and any lawsuit flags. "
     "Short summary pls.", True, "I S W", "", AUD, "en", "three borrower sources asked explicitly"),
    ("他媳妇也在咱这贷着款 俩人是不是互相担保 算不算关联的", True, "W", "", LO, "zh",
     "related-party / mutual guarantee"),
    ("这户要签的合同模板第八条这么写的 咱信用社能这么写不：“第八条 借款人未按期足额还款的，贷款人有权宣布全部借款立即到期，"
     "并自逾期之日起按借款利率上浮百分之五十计收罚息，对未支付的利息按罚息利率计收复利。"
     "借款人同意贷款人可直接扣划其在贷款人处开立的任何账户资金。”", True, "CC", "R CR", COL, "zh",
     "clause text is pasted, so contract_check; the stored template review could also answer"),
    ("这家合同review一下 担保那块有没有问题 顺便把打分说下", True, "CR S", "D R", LO, "mixed",
     "stored contract review + score"),
    ("他说玉米都卖给粮库了 有收购发票没 上传的发票上金额多少", True, "D", "", LO, "zh",
     "farmer's purchase invoices were uploaded by us; they are not the borrower's issued invoices"),
    ("他这开票量 跟咱给他打的分 再加上合同上每月要还的钱 你说他撑得住不", True, "I S D", "W", LO, "zh",
     "sales + score + repayment amount from the stored contract"),
    ("这户借了2w 月息一分五 逾期了再按天收千分之一违约金 加一块超没超", True, "RC", "R", LO, "zh",
     "rates stated in the question"),
    ("这户有没有被别的银行起诉过 结案没", True, "W", "", LO, "zh", "lawsuit records"),
    ("For this cooperative, is the 借新还旧 flag real? They told me it's just a normal 续贷.", True, "W", "D",
     AUD, "mixed", "renewal signal; loan files could show the old/new loans"),
    ("咱上传的那份最高额保证合同 最高额是多少 期间到啥时候", True, "D", "", LO, "zh", "content of stored file"),
    ("合同第五条那个提前还款要收3%违约金 这合法不", True, "CR", "D R", LO, "zh",
     "a stored contract's term; 3% is a penalty, not an interest rate, so not rate_check"),
    (f"{C4} 这个企业分数多少 风险大不大", False, "S", "W", COL, "zh", "code names borrower; score", True),
    ("有个村民拿着欠条来调解 写的是“欠”不是“借” 有区别不 时效咋算", False, "R", "", MED, "zh",
     "欠条 vs 借条 and limitation: law"),
    ("他家这俩月营收跟去年一比掉多少 再看看是不是到处借钱", True, "I W", "", LO, "zh",
     "sales comparison + multi-lender"),
    ("调解的时候他们拿出来这个 你看能认不 利息咋算 担保人得还不：“借款人李某某向出借人王某某借款人民币叁万元整，"
     "约定年利率36%，借款期限六个月，逾期未还，由担保人赵某某承担全部还款责任，担保人签字后不得以任何理由反悔，利息按月结清。”",
     False, "CC RC R", "", MED, "zh",
     "pasted clause + explicit rate question + guarantor liability with unclear guarantee type (law)"),
    ("This guy's cooperative - any enforcement records? And what does our guarantee contract say about the "
     "guarantee period?", True, "W D", "", AUD, "en", "enforcement records + content of stored contract"),
    ("打分那个C档啥意思 还能给他续贷不", True, "S", "", LO, "zh", "band meaning and reasons"),
    ("这份借款合同借款用途写的啥 跟他申请书上的一致不", True, "D", "", LO, "zh", "two stored files compared"),
    ("上传那个借款合同 逾期利率写的日万分之六 合法吗", True, "RC", "CR D R", LO, "zh",
     "rate stated in the question; reviewing the whole contract would also answer it"),
    ("这家销售额降超过三成没 降了的话预警里提没提 分扣没扣", True, "I W S", "", LO, "zh",
     "sales + warning + score all asked"),
    ("咱乡里调委会调解收钱不", False, "R", "", MED, "zh", "人民调解 is free: law"),
    ("这户那笔钱是他结婚前借的 现在离了 算不算夫妻共同债务 女方要还不", True, "R", "D", LO, "zh",
     "borrower in focus but the question is the marital-debt rule; the loan file could give the date"),
    ("他家借款合同加上那个担保合同 一块给审审 有没有无效条款", True, "CR", "D R", LO, "zh",
     "stored contracts reviewed against law"),
    ("2w块钱借了三年 一分利都没给过 现在利息按啥标准算 逾期利息能要不", False, "R", "", MED, "zh",
     "'一分利都没给' is not a rate; interest when none agreed: law"),
    ("他那个加工厂 用电量掉了开票倒涨了 咋回事", True, "W I", "", LO, "zh",
     "utility anomaly + invoicing trend"),
    ("This borrower says his private loan from a relative is at 'monthly 2%'. Still under the legal cap? What's that annualised?", True,
     "RC", "R", AUD, "en", "stated rate"),
    ("这户征信上有不良 能让他自己去提异议不 不良记录多久能消", True, "R", "W", LO, "zh",
     "征信业管理条例 (objection, 5 years); warnings may show the overdue"),
    ("这家情况说明里说延期是因为发大水 附的材料里有损失清单没", True, "D", "", LO, "zh", "stored file content"),
    ("再把这户的打分理由给俺列列 俺写贷后报告用 预警有几条也附上", True, "S W", "", LO, "zh",
     "score reasons + warnings list"),
    ("签合同那会他光按了手印没签字 这合同有效不 合同俺上传了 你看看", True, "R D", "CR", LO, "zh",
     "validity of fingerprint-only signing is law; the stored file shows how it was signed"),
    ("主合同改了不用保证人同意 这句中不中：“第六条 保证人自愿为借款人在本合同项下的全部债务提供连带责任保证，"
     "保证范围包括本金、利息、罚息、复利、违约金、损害赔偿金及实现债权的费用（含律师费、公证费、保全担保费）。"
     "主合同变更的，无需经保证人同意，保证人继续承担保证责任。”", False, "CC", "R", COL, "zh", "pasted clause"),
    ("俺村有人这样写的 到时候房子直接归他 中不：“借款人到期不能清偿的，抵押物（借款人位于本村的宅基地房屋一处）"
     "归出借人所有，双方不再另行结算，借款人应于十日内腾房交付，不得以任何理由拒绝，由此产生的一切费用由借款人承担。”", False, "CC", "R", MED, "zh",
     "pasted 流押 clause on homestead house"),
    ("Found this in a contract at the branch, is it ok? \"The Borrower shall pay a service fee equal to 3% of the "
     "principal, deducted at disbursement, and interest at 1.5% per month. Late payment incurs a penalty of 0.1% "
     "per day on the outstanding amount.\" Also is 1.5% a month over the cap?", False, "CC RC", "R", AUD, "en",
     "pasted clause + explicit rate question"),
    ("这合作社章程里有这么一条 你看有毛病没：“入社社员向合作社借款的，月利率按1.2%计算，借款以社员股金作质押，"
     "逾期三个月未还的，合作社有权直接扣除其股金并取消社员资格，所扣股金不足清偿的合作社有权继续追偿，社员不得提出异议。”", True, "CC", "RC R", COL, "zh",
     "pasted clause; rate inside it but question is about the clause as a whole"),
    ("借条是这么写的：“今借到刘某现金人民币伍万元整（50000元），于2025年腊月底前一次还清，如到期不还，"
     "每拖一天罚款伍佰元，并以本人承包的十亩责任田经营权作抵，任由出借人耕种收益。” 每天罚五百中不中 地能给他种不",
     False, "CC", "R RC", MED, "zh", "pasted 借条 text (>80 chars) to check"),
    ("这户新拟的合同里有这句 你给把把关：“丙方（保证人）确认：本人已知悉借款人的财务状况，自愿以本人及配偶名下"
     "全部财产承担无限连带责任，且本保证不因主债务诉讼时效届满而免除，出借人可直接起诉保证人而无需先向借款人追索，保证期间为三年。”", True, "CC", "R", LO, "zh",
     "draft clause pasted, not a stored contract"),
    ("这家跟人签的这个 是不是变相借钱 利息算下来多少：“甲方将其面粉加工设备一套以人民币十万元价格出售给乙方，"
     "并同时回租使用，租期十二个月，每月租金玖仟元，租金逾期的甲方按日千分之三支付违约金，期满甲方以壹元价格回购该设备。”", True, "CC R", "RC", LO, "zh",
     "pasted sale-leaseback clause; recharacterisation as loan needs law; implied rate not stated"),
    ("村里有人放贷 本金一万 三个月利息一千 这算几分利 高不高", False, "RC", "R", MED, "zh",
     "rate given as amounts over a period; compare with cap"),
    ("这户说他在网贷上借的年化35.9% 这合法不 另外看看他是不是借了好几家", True, "RC W", "R", LO, "zh",
     "stated rate + multi-lender signal"),
    ("把他家那份借款合同过一遍 看看哪些条款到法院不支持", True, "CR", "D R", LO, "zh",
     "stored contract reviewed"),
    (f"{C3} 这家咱存的担保合同 有没有啥无效的地方", False, "CR", "D R", COL, "zh",
     "code names borrower; stored contract review", True),
    ("这个合同的罚息复利那块 你跟法律对一下 顺便看看他在别家还借着没", True, "CR W", "D R", LO, "zh",
     "stored contract terms vs law + multi-lender"),
    ("上传那份土地经营权抵押合同 咱这么签有风险没", True, "CR", "D R", LO, "zh",
     "stored contract risk review"),
    (f"{C5} 这个养殖合作社开票咋样 有没有啥预警 分多少", False, "I W S", "", LO, "zh",
     "code names borrower; three borrower sources", True),
]


def main():
    out = []
    for i, r in enumerate(ROWS, 1):
        q, focus, needs, opt, asker, lang, note = r[:7]
        names_code = r[7] if len(r) > 7 else False
        needs_l = [AB[x] for x in needs.split()]
        opt_l = [AB[x] for x in opt.split()]
        assert needs_l and not set(needs_l) & set(opt_l), (i, q)
        out.append({"id": f"{PREFIX}-{i:03d}", "question": q, "borrower_in_focus": focus,
                    "needs": needs_l, "optional": opt_l, "asker": asker, "lang": lang,
                    "note": note, "names_code": names_code})
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for row in out:
            f.write(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n")
    print(f"wrote {len(out)} rows to {path}")


if __name__ == "__main__":
    main()
