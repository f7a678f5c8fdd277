"""Build the blind held-out set of borrowers' self-statements (sh2-001 ... sh2-120).

Held out: never tune on these rows.

All names, companies, amounts, dates and places are made up.
Run:  /work/main/.venv/bin/python eval/datasets/self_statements_holdout2/make_cases.py [--table]
Writes cases.jsonl next to this file (deterministic, sorted keys, UTF-8, one row per line).
"""
from __future__ import annotations

import itertools
import json
import sys
from collections import Counter
from pathlib import Path

S, O = "statement", "other"
LIT, REL, GUA, ENC, REP, CRE = "涉诉与执行", "关联关系", "对外担保", "抵质押与权利负担", "还款与逾期", "征信与偿债能力"

# (text, lang, label, topic, scope, source)
ROWS: list[tuple[str, str, str, str | None, str | None, str]] = [
    # ---------------- statements: 涉诉与执行 ----------------
    ("截至本合同签署之日，借款人及其控股子公司不存在尚未了结的或可预见的、可能对其财务状况或履约能力产生重大不利影响的诉讼、仲裁或行政处罚案件。",
     "zh", S, LIT, "pending", "陈述与保证"),
    ("本人王志刚郑重承诺：本人从未被人民法院列为失信被执行人，也从未被采取限制高消费措施。",
     "zh", S, LIT, "none", "承诺函"),
    ("李经理，我们厂开了十几年了，从来没跟人打过官司，这个您放心。",
     "zh", S, LIT, "none", "微信"),
    ("No litigation, arbitration or administrative proceedings of or before any court, arbitral body or agency are current or pending against the Borrower or any of its Subsidiaries.",
     "en", S, LIT, "pending", "English facility agreement"),
    ("关于我社与临县丰谷农资有限公司的化肥货款纠纷一案，双方已于2025年8月在法院主持下达成调解，我社已按调解书全部履行完毕，该案已结案。",
     "zh", S, LIT, "resolved", "情况说明"),
    ("Re the claim filed by our former distributor in Suzhou: it was withdrawn in March and nothing remains open on our side.",
     "en", S, LIT, "resolved", "邮件"),
    ("本公司聲明：自成立以來，本公司及法定代表人均未曾涉及任何訴訟、仲裁或強制執行程序。",
     "zh", S, LIT, "none", "聲明書"),
    ("保证人手书：本人目前没有被法院执行的案子，身份证也查不到限高。",
     "zh", S, LIT, "pending", "保证人手写说明"),
    ("张经理您好，关于您问的litigation情况：截至目前我司没有任何pending的诉讼或arbitration，请知悉。",
     "mixed", S, LIT, "pending", "邮件"),
    ("本人承诺未曾因任何借贷纠纷被起诉，亦无被执行记录。",
     "zh", S, LIT, "none", "网贷借款申请声明"),
    # ---------------- statements: 关联关系 ----------------
    ("借款人在此向贷款人作出如下陈述与保证：借款人系依法设立并有效存续的有限责任公司，具有签署和履行本合同的全部权利能力和行为能力；借款人与本合同项下应收账款的债务人之间不存在任何关联关系，亦不存在控制、共同控制或施加重大影响的情形；借款人签署本合同已取得股东会决议。",
     "zh", S, REL, "none", "陈述与保证"),
    ("我公司与核心企业华盛电器之间无股权关系，双方实际控制人之间也无亲属关系。",
     "zh", S, REL, "none", "供应商情况说明"),
    ("The Board noted management's confirmation that the Company has no related-party relationship with Greenfield Trading Ltd. or any of its shareholders.",
     "en", S, REL, "none", "board minutes"),
    ("报告期内，本公司未发生关联交易，亦不存在关联方非经营性资金占用的情况。",
     "zh", S, REL, "none", "财务附注"),
    ("此前实际控制人向公司拆借的人民币86万元以经于2026年3月全部归还，截至目前公司与股东之间已无资金往来余额。",
     "zh", S, REL, "resolved", "情况说明"),
    ("For clarity, there are currently no outstanding balances owed by our shareholders or their affiliates to the Company.",
     "en", S, REL, "pending", "邮件"),
    ("本公司作为出租人特此声明：承租人并非本公司股东、董事或高管控制的企业，双方不存在关联。",
     "zh", S, REL, "none", "租赁公司声明"),
    ("本合作社理事长及其家属未在任何与本社发生购销业务的企业中持股或任职。",
     "zh", S, REL, "none", "合作社承诺书"),
    ("刘姐，那家supplier跟我们没有任何关联关系，不是related party，老板我都不认识。",
     "mixed", S, REL, "none", "微信"),
    ("The Borrower represents that all transactions with its Affiliates have been entered into on arm's length terms and in the ordinary course of business.",
     "en", S, REL, "positive", "English facility agreement"),
    # ---------------- statements: 对外担保 ----------------
    ("借款人未为任何第三方的债务提供保证、抵押、质押或其他任何形式的担保。",
     "zh", S, GUA, "none", "陈述与保证"),
    ("本人没给任何人做过担保，也没在别人的借条上签过字。",
     "zh", S, GUA, "none", "保证人手写说明"),
    ("Save as disclosed in Schedule 4, the Borrower has no outstanding guarantee, indemnity or similar contingent liability in respect of the obligations of any other person.",
     "en", S, GUA, "pending", "English facility agreement"),
    ("截至2025年12月31日，本公司无对外担保事项，亦无其他应披露的或有负债。",
     "zh", S, GUA, "none", "财务附注"),
    ("本公司2023年为振兴五金厂提供的80万元连带责任保证，因主债务已于2025年11月清偿完毕，担保责任已经解除。",
     "zh", S, GUA, "resolved", "情况说明"),
    ("王行长，我现在名下没有替别人担保的，您放心。",
     "zh", S, GUA, "pending", "微信"),
    ("The corporate guarantee we issued for our sister company's bank line expired on 30 June and has been released by the bank; we hold the release letter.",
     "en", S, GUA, "resolved", "邮件"),
    ("本人承諾，除本次擔保外，本人未對外提供任何擔保。",
     "zh", S, GUA, "none", "承諾函"),
    ("关于contingent liabilities：目前我司没有对外提供的guarantee，也没有出具过任何形式的comfort letter。",
     "mixed", S, GUA, "pending", "邮件"),
    ("本人从未替人担保过。",
     "zh", S, GUA, "none", "网贷借款申请声明"),
    # ---------------- statements: 抵质押与权利负担 ----------------
    ("本人名下位于城关镇幸福路18号的住房无任何抵押、查封，产权清晰，不存在共有人争议。",
     "zh", S, ENC, "none", "承诺函"),
    ("抵押人保证，抵押物在本合同签订时未设定其他抵押权，未被查封、扣押或者监管。",
     "zh", S, ENC, "pending", "抵押合同陈述与保证"),
    ("No Security exists over all or any of the present assets of any Obligor.",
     "en", S, ENC, "none", "English facility agreement"),
    ("我司原质押给青河农商行的两台注塑机，贷款结清后已于2026年1月办理解除质押登记，现无任何权利负担。",
     "zh", S, ENC, "resolved", "情况说明"),
    ("张经理，我那辆货车之前在车贷公司押着，上个月已经解押了，绿本也拿回来了。",
     "zh", S, ENC, "resolved", "微信"),
    ("Our bank accounts are not currently subject to any freeze or attachment order.",
     "en", S, ENC, "pending", "邮件"),
    ("所有权或使用权受到限制的资产：无。",
     "zh", S, ENC, "none", "财务附注"),
    ("本公司出租给承租人的十二台叉车均为本公司自有资产，未设置任何抵押，也未做过售后回租。",
     "zh", S, ENC, "none", "租赁公司声明"),
    ("本公司确认，存放于3号仓库的库存货物目前无任何质押或留置（free and clear of any lien or encumbrance）。",
     "mixed", S, ENC, "pending", "承诺函"),
    ("本社承包的二百一十亩土地经营权从未用于抵押贷款，也没有被法院查封过。",
     "zh", S, ENC, "none", "合作社情况说明"),
    # ---------------- statements: 还款与逾期 ----------------
    ("借款人在各金融机构的借款均按期还本付息，从未发生逾期。",
     "zh", S, REP, "none", "陈述与保证"),
    ("本人于2024年在信用社的一笔五万元贷款曾逾期十二天，现已全部结清，信用社已出具结清证明。",
     "zh", S, REP, "resolved", "情况说明"),
    ("All amounts due under the 2022 equipment lease were paid in full on 15 January and the lessor has confirmed the account is closed.",
     "en", S, REP, "resolved", "邮件"),
    ("我现在手上没有逾期的，每个月都是按时还的。",
     "zh", S, REP, "pending", "微信"),
    ("No Event of Default is continuing and the Borrower is not in arrears on any payment obligation under any other agreement to which it is a party.",
     "en", S, REP, "pending", "English facility agreement"),
    ("本人向貴行申請貸款以來，每期均按時繳納，從無拖欠。",
     "zh", S, REP, "none", "聲明"),
    ("本公司对核心企业及其他供应商不存在到期未付的货款。",
     "zh", S, REP, "pending", "供应商承诺函"),
    ("本人欠张某某的12万元已于今年5月全部还清，借条已收回。",
     "zh", S, REP, "resolved", "保证人手写说明"),
    ("本人在个平台的借款从来没有逾期过，每期都是绑卡自动扣款。",
     "zh", S, REP, "none", "网贷借款人留言"),
    ("期末，本公司无已逾期未偿还的短期借款。",
     "zh", S, REP, "pending", "财务附注"),
    # ---------------- statements: 征信与偿债能力 ----------------
    ("借款人资信状况良好，具备按期偿还本合同项下借款本息的能力。",
     "zh", S, CRE, "positive", "陈述与保证"),
    ("本人征信报告无任何不良记录，无呆账、无代偿、无关注类贷款。",
     "zh", S, CRE, "none", "承诺函"),
    ("The Borrower is able to pay its debts as they fall due and has not stopped or suspended payment of any of its debts.",
     "en", S, CRE, "positive", "English facility agreement"),
    ("我这个店一个月流水有十来万，每月还两万多没问题的。",
     "zh", S, CRE, "positive", "微信"),
    ("Our credit rating with the local banks remains A-grade and we have sufficient cash on hand to service the facility.",
     "en", S, CRE, "positive", "邮件"),
    ("本人征信上显示的2019年信用卡不良记录系年费未缴所致，已于2021年补缴，并经发卡行异议处理后更正，现已消除。",
     "zh", S, CRE, "resolved", "情况说明"),
    ("本社经营状况稳定，连续三年盈利，有足够的现金流偿还本次贷款。",
     "zh", S, CRE, "positive", "合作社情况说明"),
    ("The CFO confirmed that the Company has never been subject to any insolvency, winding-up or administration proceedings.",
     "en", S, CRE, "none", "board minutes"),
    ("本公司信用良好，在人民銀行征信系統中無不良信貸紀錄。",
     "zh", S, CRE, "positive", "聲明書"),
    ("总部财务已确认：公司目前净资产约人民币4,200万元，资产负债率低于45%，偿还贵行贷款没有问题。",
     "zh", S, CRE, "positive", "邮件"),
    # ---------------- other (hard negatives): zh ----------------
    ("借款人发生逾期的，贷款人有权自逾期之日起按借款利率加收50%计收罚息。",
     "zh", O, None, None, "借款合同"),
    ("借款期限内，如借款人涉及标的额超过人民币50万元的诉讼或仲裁，应于知悉之日起三个工作日内书面通知贷款人。",
     "zh", O, None, None, "借款合同"),
    ("原抵押权注销登记完成后，抵押人应当在五日内配合贷款人办理第一顺位抵押登记。",
     "zh", O, None, None, "抵押合同"),
    ("经查询中国执行信息公开网，保证人赵建国名下有两起被执行案件，执行标的合计约37万元。",
     "zh", O, None, None, "尽调报告"),
    ("当事人在保证合同中约定保证人和债务人对债务承担连带责任的，为连带责任保证。",
     "zh", O, None, None, "法条"),
    ("请问贵公司目前是否存在对外担保？如有，请列明被担保人、担保金额及担保期限。",
     "zh", O, None, None, "尽调问卷"),
    ("需核实借款人是否有对外担保，重点看其与鑫达物流的互保关系。",
     "zh", O, None, None, "信贷员笔记"),
    ("借款人目前在农商行有一笔28万元的流动资金贷款已逾期41天，尚未归还。",
     "zh", O, None, None, "情况说明"),
    ("本公司涉及一起买卖合同纠纷，原告为常州某纺织公司，案件尚在一审审理中。",
     "zh", O, None, None, "情况说明"),
    ("本合同所称“逾期”，是指借款人未按照约定的还款日足额偿还到期本金或利息的情形。",
     "zh", O, None, None, "借款合同"),
    ("“关联方”指直接或间接控制借款人、受借款人控制或与借款人共同受同一主体控制的任何法人、其他组织或自然人。",
     "zh", O, None, None, "借款合同"),
    ("未经贷款人书面同意，借款人不得为第三方提供任何形式的担保。",
     "zh", O, None, None, "借款合同"),
    ("借款人应如实、完整地向贷款人披露其全部关联方及关联交易情况。",
     "zh", O, None, None, "借款合同"),
    ("客户自述名下房产无抵押，待调取不动产登记信息后核对。",
     "zh", O, None, None, "信贷员笔记"),
    ("系统显示该客户2025年10月至12月连续三期逾期，最长逾期天数为67天。",
     "zh", O, None, None, "贷后系统记录"),
    ("据不动产登记中心查询结果，抵押人名下位于开发区的厂房已设定抵押，抵押权人为东临城商行。",
     "zh", O, None, None, "尽调报告"),
    ("被执行人未按执行通知书指定的期间履行生效法律文书确定的给付义务的，人民法院可以采取限制消费措施。",
     "zh", O, None, None, "法条"),
    ("我社目前为两户社员的小额贷款提供了保证，合计金额15万元，都还没到期。",
     "zh", O, None, None, "合作社情况说明"),
    ("本人名下车辆目前抵押在汽车金融公司，尚有贷款约6万元未还清。",
     "zh", O, None, None, "借款申请表"),
    ("王总，你们那个厂房现在还押在银行吗？",
     "zh", O, None, None, "微信"),
    ("如抵押物被查封、扣押，抵押人应立即通知抵押权人并提供抵押权人认可的其他担保。",
     "zh", O, None, None, "抵押合同"),
    ("保证人的保证期间为主债务履行期限届满之日起三年。",
     "zh", O, None, None, "保证合同"),
    ("本人征信有两次信用卡逾期记录，是去年出差忘了还，金额不大。",
     "zh", O, None, None, "微信"),
    ("经核查，借款人的实际控制人与下游客户恒丰贸易的法定代表人系夫妻关系。",
     "zh", O, None, None, "尽调报告"),
    ("报告期内，本公司向关联方宏远实业采购原材料，金额为人民币632万元，占同类采购总额的18%。",
     "zh", O, None, None, "财务附注"),
    ("贷后检查要点：一、借款人是否新增诉讼；二、是否新增对外担保；三、抵押物状态是否正常。",
     "zh", O, None, None, "贷后检查表"),
    ("以动产抵押的，抵押权自抵押合同生效时设立；未经登记，不得对抗善意第三人。",
     "zh", O, None, None, "法条"),
    ("借款人在其他金融机构的借款出现逾期或被宣布提前到期的，视为本合同项下的违约事件。",
     "zh", O, None, None, "借款合同"),
    ("借款人声明：截至____年__月__日，借款人（□存在 □不存在）未决诉讼。",
     "zh", O, None, None, "空白声明书模板"),
    ("如果借款人资信状况恶化，贷款人可以要求借款人追加担保或提前收回贷款。",
     "zh", O, None, None, "借款合同"),
    ("据我行了解，该客户的上游供应商经营正常，资信良好。",
     "zh", O, None, None, "调查报告"),
    ("担保人承诺：如借款人到期不能还款，担保人愿意代为偿还全部借款本息及相关费用。",
     "zh", O, None, None, "担保函"),
    ("借款人如有逾期還款情形，出借人得依約定收取違約金。",
     "zh", O, None, None, "借款契約"),
    ("經查詢，該公司法定代表人已被列入限制高消費名單。",
     "zh", O, None, None, "查詢記錄"),
    ("我给我姐夫的饭店担保过30万，现在还没还完。",
     "zh", O, None, None, "保证人手写说明"),
    ("张经理，征信上查询次数多会不会影响贷款啊？",
     "zh", O, None, None, "微信"),
    ("风控意见：申请人自称与核心企业无关联，但两家公司注册地址相同，建议进一步核查股权穿透情况。",
     "zh", O, None, None, "风控意见"),
    ("借款人应在每月20日前归还当期本息，遇法定节假日顺延至下一工作日。",
     "zh", O, None, None, "借款合同"),
    ("本院认为，被告李某某未按约定归还借款，已构成违约，应当承担还款及支付逾期利息的责任。",
     "zh", O, None, None, "判决书"),
    ("兹证明：王某某在我社的贷款已于2026年4月12日全部结清。特此证明。",
     "zh", O, None, None, "结清证明"),
    ("本人保证今后按时还款，绝不再拖欠。",
     "zh", O, None, None, "保证书"),
    ("在质押解除之前，出质人不得转让或再次质押该应收账款。",
     "zh", O, None, None, "质押合同"),
    # ---------------- other (hard negatives): en ----------------
    ("If the Borrower fails to pay any amount payable by it under the Finance Documents on its due date, default interest shall accrue at 2% per annum above the applicable rate.",
     "en", O, None, None, "English facility agreement"),
    ("The Borrower shall promptly notify the Agent of any litigation, arbitration or other proceedings which, if adversely determined, could reasonably be expected to have a Material Adverse Effect.",
     "en", O, None, None, "English facility agreement"),
    ("Please confirm whether the Company has given any guarantees for the debts of third parties since 1 January 2025.",
     "en", O, None, None, "due diligence questionnaire"),
    ("\"Security\" means a mortgage, charge, pledge, lien or other security interest securing any obligation of any person, or any other agreement or arrangement having a similar effect.",
     "en", O, None, None, "English facility agreement"),
    ("Our search of the public registry shows that the Guarantor's shares in Harbour Ridge Ltd are pledged to a third-party lender.",
     "en", O, None, None, "due diligence report"),
    ("We regret to inform you that the Company missed the instalment due on 10 May and is currently 23 days past due.",
     "en", O, None, None, "邮件"),
    ("The Company is a defendant in a contract dispute brought by a former customer before the Ningbo Intermediate Court; the claim is about RMB 1.2 million and no hearing date has been set.",
     "en", O, None, None, "邮件"),
    ("Credit memo: management says there are no related-party loans, but the ledger shows RMB 800k advanced to a director. To be verified.",
     "en", O, None, None, "credit memo"),
    ("Upon discharge of the existing mortgage, the Mortgagor shall register the new mortgage in favour of the Lender within ten Business Days.",
     "en", O, None, None, "mortgage deed"),
    ("The Guarantor shall not, without the prior written consent of the Lender, give any guarantee in respect of the indebtedness of any other person.",
     "en", O, None, None, "guarantee deed"),
    ("It shall be an Event of Default if any Financial Indebtedness of the Borrower is not paid when due nor within any originally applicable grace period.",
     "en", O, None, None, "English facility agreement"),
    ("The Board discussed whether to approve a related-party lease with the parent company; the item was deferred to the next meeting.",
     "en", O, None, None, "board minutes"),
    ("Does the applicant have any overdue loans with other lenders? Tick yes or no.",
     "en", O, None, None, "application form"),
    ("According to the bank reference letter, the supplier has maintained a satisfactory account relationship with the bank for over five years.",
     "en", O, None, None, "bank reference"),
    # ---------------- other (hard negatives): mixed ----------------
    ("Hi Kevin，董事会问：我们给Shenzhen子公司出的guarantee是不是还没到期？麻烦check一下。",
     "mixed", O, None, None, "邮件"),
    ("风控备注：customer说没有pending litigation，但裁判文书网查到一起2025年的民间借贷纠纷，需要follow up。",
     "mixed", O, None, None, "风控备注"),
    ("本合同中“Material Adverse Effect”指对借款人的经营、资产或偿债能力产生重大不利影响的任何事件或情形。",
     "mixed", O, None, None, "借款合同"),
    ("如Borrower的任何银行账户被冻结（frozen），应在24小时内通知Lender。",
     "mixed", O, None, None, "借款合同"),
]

KEYS = ["id", "text", "lang", "label", "topic", "scope", "source"]
LANGS = {"zh", "en", "mixed"}
LABELS = {S, O}
TOPICS = {LIT, REL, GUA, ENC, REP, CRE}
SCOPES = {"none", "pending", "resolved", "positive"}


def bigrams(t: str) -> set[str]:
    t = "".join(t.lower().split())
    return {t[i:i + 2] for i in range(len(t) - 1)}


def build() -> list[dict]:
    rows = []
    for i, (text, lang, label, topic, scope, source) in enumerate(ROWS, 1):
        rows.append(dict(id=f"sh2-{i:03d}", text=text, lang=lang, label=label,
                         topic=topic, scope=scope, source=source))
    return rows


def check(rows: list[dict]) -> None:
    assert len(rows) == 120, len(rows)
    for i, r in enumerate(rows, 1):
        assert r["id"] == f"sh2-{i:03d}"
        assert list(r) == KEYS and set(r) == set(KEYS), r
        assert r["lang"] in LANGS and r["label"] in LABELS, r
        assert isinstance(r["text"], str) and r["text"].strip() == r["text"] and r["text"], r
        assert isinstance(r["source"], str) and r["source"], r
        if r["label"] == O:
            assert r["topic"] is None and r["scope"] is None, r
        else:
            assert r["topic"] in TOPICS and r["scope"] in SCOPES, r
    texts = [r["text"] for r in rows]
    assert len(set(texts)) == len(texts), "duplicate text"
    bg = [bigrams(t) for t in texts]
    worst = (0.0, None, None)
    for a, b in itertools.combinations(range(len(rows)), 2):
        j = len(bg[a] & bg[b]) / len(bg[a] | bg[b])
        assert j < 0.7, (rows[a]["id"], rows[b]["id"], j)
        if j > worst[0]:
            worst = (j, rows[a]["id"], rows[b]["id"])
    tc = Counter(r["topic"] for r in rows if r["label"] == S)
    for t in TOPICS:
        assert tc[t] >= 8, (t, tc[t])
    print(f"max bigram Jaccard: {worst[0]:.3f} ({worst[1]} vs {worst[2]})")


def main() -> None:
    rows = build()
    check(rows)
    out = Path(__file__).with_name("cases.jsonl")
    with out.open("w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {out}")
    for key in ("label", "topic", "scope", "lang"):
        print(key, dict(sorted(Counter(str(r[key]) for r in rows).items())))
    print("label x lang", dict(sorted(Counter(f"{r['label']}/{r['lang']}" for r in rows).items())))
    print("topic x scope", dict(sorted(Counter(f"{r['topic']}/{r['scope']}" for r in rows if r["label"] == S).items())))
    lens = [len(r["text"]) for r in rows]
    print(f"text length min/max: {min(lens)}/{max(lens)}")
    if "--table" in sys.argv:
        print("\n| id | label | topic | scope | lang | source | text (first 40 chars) |")
        print("|---|---|---|---|---|---|---|")
        for r in rows:
            head = r["text"][:40].replace("|", "\\|")
            print(f"| {r['id']} | {r['label']} | {r['topic'] or '—'} | {r['scope'] or '—'} | {r['lang']} | {r['source']} | {head} |")


if __name__ == "__main__":
    main()
