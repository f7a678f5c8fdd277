"""Builder for the BLIND held-out set self_statements_holdout3 (never tune on these rows).

Rows are written by hand below; ids are assigned after a fixed-seed shuffle so the
order is mixed but deterministic. Run:
    /work/main/.venv/bin/python eval/datasets/self_statements_holdout3/make_cases.py
"""
from __future__ import annotations

import json
import random
from collections import Counter
from itertools import combinations
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "cases.jsonl"

S, O = "statement", "other"
BT = "经营与纳税"
LIT, REL, GUA, ENC, REP, CRE = "涉诉与执行", "关联关系", "对外担保", "抵质押与权利负担", "还款与逾期", "征信与偿债能力"
TOPICS = {BT, LIT, REL, GUA, ENC, REP, CRE}
SCOPES = {"none", "pending", "resolved", "positive"}
LANGS = {"zh", "en", "mixed"}

# (text, lang, label, topic, scope, source, has_figure_with_period)
ROWS = [
    # ---------------- 经营与纳税 statements: with a figure and a period ----------------
    ("本人经营的鑫禾五金店（个体工商户），2025年全年营业额约一百八十六万元，月均流水在十五万上下。",
     "zh", S, BT, "positive", "借款申请书", True),
    ("我厂今年1-10月累计开具增值税专用发票金额4,372.6万元，较上年同期增长18.4%。",
     "zh", S, BT, "positive", "情况说明", True),
    ("王经理跟您汇报下，我们店这个季度营业额差不多92万，比上季度多了一成左右",
     "zh", S, BT, "positive", "微信", True),
    ("截至2025年12月末，本社共有入社成员217户，当年实现蔬菜及食用菌销售收入人民币壹仟贰佰叁拾万元整。",
     "zh", S, BT, "positive", "经营情况报告", True),
    ("本公司2024年度主营业务收入为6,815.27万元，其中外销收入占比约43%。",
     "zh", S, BT, "positive", "财务附注", True),
    ("近12个月我司在淘宝、拼多多两个平台的店铺合计成交额超过2,600万元，退款率低于3%。",
     "zh", S, BT, "positive", "借款申请书", True),
    ("关于贵行审查意见中提出的第三项疑问，现说明如下：今年一季度受春节假期和连续降雨影响，工地实际施工天数偏少，"
     "当季产值确实不高，但从全年看，我司2025年共完成劳务分包产值约5,480万元，已向总包方开具发票4,960万元，"
     "剩余520万元待总包方办理年度结算后再行开具，并非少开或漏开，特此说明，请贵行予以理解。",
     "zh", S, BT, "positive", "情况说明", True),
    ("本公司郑重声明：2025年第三季度增值税纳税申报表所列销售额为1,127万元，与提交贵司的申报表复印件一致。",
     "zh", S, BT, "positive", "声明书", True),
    ("本餐飲公司旗下七家門店2025年合計營收約三千四百萬元，較前一年成長一成二。",
     "zh", S, BT, "positive", "經營情況說明", True),
    ("我们厂现在工人有四十三个，社保都是交满的，上个月开漂开了两百来万",
     "zh", S, BT, "positive", "微信", True),
    ("2025年度我司缴纳各项税费合计386.4万元，其中增值税241.9万元、企业所得税97.3万元。",
     "zh", S, BT, "positive", "经营情况报告", True),
    ("申请人名下的惠邻便利超市今年上半年销售收入约为五百二十万元，日均客流一千一百人次左右。",
     "zh", S, BT, "positive", "借款申请书", True),
    ("本公司近三个月（2025年10月至12月）代发工资人数稳定在128人，社会保险参保人数为125人。",
     "zh", S, BT, "positive", "声明书", True),
    ("我司今年前三个季度出口报关金额合计约710万美元，已到账的出口退税款约人民币380万元。",
     "zh", S, BT, "positive", "情况说明", True),
    ("Our export sales for the twelve months to November 2025 came to roughly USD 6.3 million, "
     "up about 11% on the prior year.",
     "en", S, BT, "positive", "邮件", True),
    ("For calendar year 2025 the Company invoiced its customers a total of RMB 27.4 million, "
     "which is the figure reported in our VAT returns.",
     "en", S, BT, "positive", "English letter", True),
    ("Just to confirm, our restaurant group did about RMB 3.1m in sales in Q4 2025 across the five outlets.",
     "en", S, BT, "positive", "邮件", True),
    ("Hi Ms. Zhou，我司去年全年sales大概4,050万元，其中Amazon渠道占六成左右，明细见附件。",
     "mixed", S, BT, "positive", "邮件", True),
    ("刘总，我们上个月店铺GMV大概是380万，比去年同月涨了25%左右，后台数据都能截图给你",
     "mixed", S, BT, "positive", "微信", True),
    ("2025年1-9月本公司出口FOB金额约USD 2.85 million，内销开票约1,460万元。",
     "mixed", S, BT, "positive", "经营情况报告", True),
    # ---------------- 经营与纳税 statements: qualitative ----------------
    ("我们公司开业八年，一次税都没欠过，也没交过滞纳金。",
     "zh", S, BT, "none", "情况说明", False),
    ("截至本说明出具之日，我司在主管税务机关名下没有未缴清的税款和滞纳金。",
     "zh", S, BT, "pending", "情况说明", False),
    ("去年因申报疏忽产生的印花税及滞纳金，我公司已于2025年11月一次性补缴完毕。",
     "zh", S, BT, "resolved", "情况说明", False),
    ("放心吧，厂里现在订单排到明年三月了，机器天天都在转",
     "zh", S, BT, "positive", "微信", False),
    ("本社从未受过税务处罚。",
     "zh", S, BT, "none", "声明书", False),
    ("本店证照齐全，目前正常营业，每月按其进行增值税申报。",
     "zh", S, BT, "positive", "借款申请书", False),
    ("本公司目前並無欠繳稅款，亦未被稅務機關認定為非正常戶。",
     "zh", S, BT, "pending", "情況說明", False),
    ("本公司为全部在职员工按实际工资基数足额缴纳社会保险。",
     "zh", S, BT, "positive", "承诺函", False),
    ("报告期内各车间均满负荷运转，全年没有出现过停工停产。",
     "zh", S, BT, "positive", "经营情况报告", False),
    ("关于系统里显示的那笔个税代扣代缴异常，我们上周已经在电子税务局更正申报并补齐了税款。",
     "zh", S, BT, "resolved", "邮件", False),
    ("我们现在一分钱税都不欠，不信你们可以去税务局查",
     "zh", S, BT, "pending", "微信", False),
    ("The Company has never been assessed any late-payment surcharge or penalty by the PRC tax authorities.",
     "en", S, BT, "none", "English letter", False),
    ("As of today we have no outstanding tax liabilities with the local tax bureau in Ningbo.",
     "en", S, BT, "pending", "邮件", False),
    ("The corporate income tax shortfall identified for 2023 has since been paid in full, "
     "together with the related surcharge.",
     "en", S, BT, "resolved", "English letter", False),
    ("The plant has been running three shifts since March and hasn't stopped for a single day.",
     "en", S, BT, "positive", "邮件", False),
    ("We file our VAT and corporate income tax returns on time, monthly and quarterly respectively.",
     "en", S, BT, "positive", "English letter", False),
    ("社保这块目前没有欠费，HR刚跟社保局对过账，all clear。",
     "mixed", S, BT, "pending", "微信", False),
    # ---------------- older topics, 3 statements each ----------------
    ("本人从未被人民法院列为失信被执行人，也没有被限制过高消费。",
     "zh", S, LIT, "none", "声明书", False),
    ("我司与沪东建材公司之间的买卖合同纠纷已于2025年8月调解结案，调解书确定的款项我司已全部履行完毕。",
     "zh", S, LIT, "resolved", "情况说明", False),
    ("There is currently no litigation, arbitration or enforcement proceeding pending against our company.",
     "en", S, LIT, "pending", "邮件", False),
    ("我司与主要供货商之间从来没有过任何关联关系，也没发生过关联交易。",
     "zh", S, REL, "none", "借款申请书", False),
    ("报告期内本公司与关联方之间发生的采购类关联交易合计213.5万元，均按市场价格定价。",
     "zh", S, REL, "positive", "财务附注", False),
    ("目前我司与下游客户Everbright Trading之间并无关联关系，双方股东、董事也无交叉任职。",
     "mixed", S, REL, "pending", "邮件", False),
    ("截至本承诺函出具日，本人未为任何第三方的债务提供保证担保。",
     "zh", S, GUA, "pending", "承诺函", False),
    ("之前帮我表哥厂里那笔贷款做的担保，去年底他已经还清了，担保也解除了",
     "zh", S, GUA, "resolved", "微信", False),
    ("The guarantor has never provided any guarantee or other security for the obligations of any other person.",
     "en", S, GUA, "none", "English letter", False),
    ("位于城东工业园的厂房原抵押给县农商行，对应贷款已结清，抵押登记已于2025年6月注销。",
     "zh", S, ENC, "resolved", "情况说明", False),
    ("本人名下的两辆货车目前均不存在抵押、质押或者被查封、扣押的情况。",
     "zh", S, ENC, "pending", "声明书", False),
    ("None of our trade receivables has ever been pledged, assigned or factored to anyone.",
     "en", S, ENC, "none", "邮件", False),
    ("本社历次贷款均按期还本付息，从未出现逾期记录。",
     "zh", S, REP, "none", "借款申请书", False),
    ("上次那期晚了三天是我转账转错卡了，第二天就补上了，现在那笔已经全部还清",
     "zh", S, REP, "resolved", "微信", False),
    ("We have no overdue amounts outstanding with any bank or other lender at this time.",
     "en", S, REP, "pending", "邮件", False),
    ("本人征信记录良好，近两年信用卡和房贷都按时还，月收入足以覆盖本次贷款月供。",
     "zh", S, CRE, "positive", "借款申请书", False),
    ("我公司现有银行存款及一年内可收回的应收账款足以偿还本笔借款，具备按期还款的能力。",
     "zh", S, CRE, "positive", "情况说明", False),
    ("我的征信干干净净的，信用卡花呗借呗从来都是到期就还",
     "zh", S, CRE, "positive", "微信", False),
    # ---------------- other: third party figures / findings ----------------
    ("据某区税务局开具的税收完税证明，该公司2025年度实际入库增值税共计58.2万元。",
     "zh", O, None, None, "尽调报告", False),
    ("经审计，恒达纸品公司2025年度营业收入为9,214.6万元，净利润612.3万元。",
     "zh", O, None, None, "审计报告", False),
    ("客户经理于2026年1月调取的增值税发票数据显示，借款人近12个月开票金额合计约1,380万元。",
     "zh", O, None, None, "贷前调查报告", False),
    ("第三方支付平台流水显示，该店铺2025年9月至11月月均入账约46万元。",
     "zh", O, None, None, "贷前调查报告", False),
    ("The audited accounts show turnover of RMB 33.7 million and a net loss of RMB 1.2 million "
     "for the year ended 31 December 2025.",
     "en", O, None, None, "credit memo", False),
    ("经查询中国执行信息公开网，借款人法定代表人于2024年被列为失信被执行人，目前尚未移出。",
     "zh", O, None, None, "风险排查记录", False),
    ("征信报告显示，借款人近24个月内有4次贷记卡逾期，最长逾期62天。",
     "zh", O, None, None, "审查意见", False),
    ("工商登记信息显示，借款人与其最大客户的实际控制人系夫妻，存在未披露关联交易的可能。",
     "zh", O, None, None, "贷前调查报告", False),
    # ---------------- other: lender's notes and questions ----------------
    ("请补充提供近两年增值税纳税申报表，核对申报收入与银行流水是否匹配。",
     "zh", O, None, None, "审批意见", False),
    ("实地走访时借款人口头称其饭店一年能做三千万左右，但开票系统显示2025年全年仅开具一千一百余万元，"
     "另据店员反映午市客流明显少于晚市，收银系统亦无法提供完整导出记录，调查人认为其自述收入存在较大水分，"
     "建议按开票口径测算还款能力并将授信额度由三百万元压降至一百五十万元以内。",
     "zh", O, None, None, "贷前调查报告", False),
    ("张总，麻烦把去年四个季度的VAT申报表拍照发我一下，审批那边要核",
     "mixed", O, None, None, "微信", False),
    ("Credit note: check the borrower's social insurance headcount against the local bureau's records before drawdown.",
     "en", O, None, None, "internal note", False),
    ("李老板，你们店去年一年大概能做多少流水？有没有开票？",
     "zh", O, None, None, "微信", False),
    ("请问贵司目前是否存在欠缴税款或者被税务机关处罚的情形？请书面回复。",
     "zh", O, None, None, "邮件", False),
    ("Could you tell us your total invoiced sales for 2025 and whether all VAT for the year has been settled?",
     "en", O, None, None, "邮件", False),
    ("我给他担保的话，要是他还不上，是不是得我全还？",
     "zh", O, None, None, "微信", False),
    ("貴公司如需本公司近三年之納稅證明，請於本週五前告知，以便向稅局申請開具。",
     "zh", O, None, None, "函件", False),
    # ---------------- other: covenants, undertakings, conditions, definitions ----------------
    ("在本合同项下债务全部清偿前，借款人须按时办理各税种申报，不得产生欠税。",
     "zh", O, None, None, "借款合同", False),
    ("本人承诺今后按时足额为雇工缴纳社会保险，如有违反愿承担一切法律责任。",
     "zh", O, None, None, "承诺函", False),
    ("The Borrower shall provide its quarterly management accounts within 45 days after the end of each quarter.",
     "en", O, None, None, "loan agreement", False),
    ("The Borrower undertakes to notify the Lender promptly of any tax audit or investigation commenced against it.",
     "en", O, None, None, "loan agreement", False),
    ("保证人应于每年4月30日前向贷款人提交上一年度经审计的财务报表。",
     "zh", O, None, None, "保证合同", False),
    ("本合同所称“销售收入”，是指借款人在主营业务中实际取得并已开具发票的收入。",
     "zh", O, None, None, "借款合同", False),
    ("'Tax Arrears' means any tax, levy or surcharge that remains unpaid after its statutory deadline.",
     "en", O, None, None, "loan agreement", False),
    ("如借款人连续三个月开票金额低于上年同期月均值的50%，贷款人有权宣布贷款提前到期。",
     "zh", O, None, None, "借款合同", False),
    ("The Guarantor shall not, without the Lender's prior written consent, guarantee the debts of any third party.",
     "en", O, None, None, "guarantee", False),
    # ---------------- other: admissions of a bad fact ----------------
    ("受原材料涨价影响，我厂今年二季度开票金额较去年同期下降了约三成五。",
     "zh", O, None, None, "情况说明", False),
    ("实话跟你说，10月份开始厂里停了一个多月，工人都放假回老家了",
     "zh", O, None, None, "微信", False),
    ("目前我司尚欠2024年度企业所得税及滞纳金约27万元，正与税务机关协商分期缴纳。",
     "zh", O, None, None, "情况说明", False),
    ("I have to be honest with you: our third-quarter orders dropped by roughly a quarter after we lost the German buyer.",
     "en", O, None, None, "邮件", False),
    ("因社保欠费，我公司已被社保中心列入欠费单位名单，欠缴金额约8.6万元。",
     "zh", O, None, None, "情况说明", False),
    ("这个月流水不太行，Shopee那边被限流了，单量掉了一半",
     "mixed", O, None, None, "微信", False),
    ("今年订单少多了。",
     "zh", O, None, None, "微信", False),
    ("我公司名下两套商铺已于上月被法院查封，涉及一起货款纠纷。",
     "zh", O, None, None, "情况说明", False),
    # ---------------- other: law text ----------------
    ("纳税人须在法定申报期限内如实办理纳税申报，并按税务机关要求报送申报表及有关资料。",
     "zh", O, None, None, "法律条文", False),
    ("用人单位应当自用工之日起三十日内为职工办理社会保险登记。",
     "zh", O, None, None, "法律条文", False),
    # ---------------- other: plans and forecasts ----------------
    ("新生产线明年投产，达产后年产值能做到八千万左右，纳税也会相应增加。",
     "zh", O, None, None, "借款申请书", False),
    ("明年计划新开三家门店，力争全年营收同比增长三成以上。",
     "zh", O, None, None, "经营情况报告", False),
    ("We expect turnover to climb to about RMB 65 million in 2027 once the supermarket supply contract starts.",
     "en", O, None, None, "邮件", False),
    ("下季度我们计划把Amazon欧洲站的sales做到200万美元，所以需要一笔备货贷款。",
     "mixed", O, None, None, "邮件", False),
    # ---------------- other: market / third parties, not about the party itself ----------------
    ("据行业协会统计，2025年全省餐饮业营业额同比增长约6.8%。",
     "zh", O, None, None, "行业简报", False),
    ("Across the Yiwu small-commodities sector, export orders softened noticeably in the third quarter.",
     "en", O, None, None, "market note", False),
    ("今年本地建筑市场整体不景气，不少分包队伍回款周期拉长到一年以上。",
     "zh", O, None, None, "经营情况报告", False),
    ("我们最大的客户宏立贸易去年营业额有八千多万，付款一直很准时。",
     "zh", O, None, None, "情况说明", False),
    ("据我了解，借款人老陈的饭店生意一直不错，一年少说也有两三百万的流水。",
     "zh", O, None, None, "保证人访谈记录", False),
]

KEYS = ["id", "text", "lang", "label", "topic", "scope", "source"]


def bigrams(s: str) -> set[str]:
    s = "".join(s.lower().split())
    return {s[i:i + 2] for i in range(len(s) - 1)}


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def build() -> list[dict]:
    rows = list(ROWS)
    random.Random(20251205).shuffle(rows)
    cases = []
    for i, (text, lang, label, topic, scope, source, _fig) in enumerate(rows, 1):
        cases.append(dict(id=f"sh3-{i:03d}", text=text, lang=lang, label=label,
                          topic=topic, scope=scope, source=source))
    return cases


def check(cases: list[dict]) -> None:
    assert len(cases) == 100, len(cases)
    for i, c in enumerate(cases, 1):
        assert c["id"] == f"sh3-{i:03d}", c["id"]
        assert list(c) == KEYS, c
        assert c["lang"] in LANGS, c
        assert c["label"] in {S, O}, c
        assert isinstance(c["text"], str) and c["text"].strip() == c["text"] and c["text"], c
        assert isinstance(c["source"], str) and c["source"], c
        if c["label"] == S:
            assert c["topic"] in TOPICS and c["scope"] in SCOPES, c
        else:
            assert c["topic"] is None and c["scope"] is None, c
    texts = [c["text"] for c in cases]
    assert len(set(texts)) == len(texts), "duplicate text"
    bg = [bigrams(t) for t in texts]
    worst = max(((jaccard(bg[a], bg[b]), a, b) for a, b in combinations(range(len(bg)), 2)))
    assert worst[0] < 0.7, (worst, texts[worst[1]], texts[worst[2]])
    st = [c for c in cases if c["label"] == S]
    tc = Counter(c["topic"] for c in st)
    assert tc[BT] >= 35, tc
    for t in TOPICS - {BT}:
        assert tc[t] >= 3, (t, tc)
    nfig = sum(1 for r in ROWS if r[3] == BT and r[6])
    assert nfig >= 17, nfig
    print(f"max bigram Jaccard = {worst[0]:.3f} ({cases[worst[1]]['id']} vs {cases[worst[2]]['id']})")
    print(f"经营与纳税 statements with a figure+period: {nfig}")


def main() -> None:
    cases = build()
    check(cases)
    with OUT.open("w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(f"wrote {len(cases)} rows to {OUT}")
    print("label:", dict(sorted(Counter(c["label"] for c in cases).items())))
    print("topic:", dict(Counter(c["topic"] for c in cases if c["label"] == S).most_common()))
    print("scope:", dict(Counter(c["scope"] for c in cases if c["label"] == S).most_common()))
    print("lang:", dict(Counter(c["lang"] for c in cases).most_common()))
    print("scope within 经营与纳税:",
          dict(Counter(c["scope"] for c in cases if c["topic"] == BT).most_common()))
    print("lang by label:", dict(Counter((c["label"], c["lang"]) for c in cases).most_common()))
    lens = [len(c["text"]) for c in cases]
    print(f"text length chars: min {min(lens)}, max {max(lens)}")


if __name__ == "__main__":
    main()
