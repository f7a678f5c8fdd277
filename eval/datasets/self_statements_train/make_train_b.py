"""Build TRAINING batch b of borrowers' self-statements (author B: informal / semi-formal voices).

Training data only: never report a figure measured on these rows.

All rows are hand-written for this task; names, companies, amounts, dates and account numbers are fictitious.
Run:  /work/main/.venv/bin/python eval/datasets/self_statements_train/make_train_b.py
      (add --table to also print the markdown row table used in SOURCE_b.md)
Writes train_b.jsonl next to this file, deterministically (same bytes on every run).
"""
from __future__ import annotations

import itertools
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "train_b.jsonl"

S, O = "statement", "other"
LIT = "涉诉与执行"
REL = "关联关系"
GUA = "对外担保"
ENC = "抵质押与权利负担"
REP = "还款与逾期"
CRE = "征信与偿债能力"

LANGS = {"zh", "en", "mixed"}
LABELS = {S, O}
TOPICS = {LIT, REL, GUA, ENC, REP, CRE}
SCOPES = {"none", "pending", "resolved", "positive"}
KEYS = ["id", "text", "lang", "label", "topic", "scope", "source"]


def st(text, lang, topic, scope, source):
    return (text, lang, S, topic, scope, source)


def ot(text, lang, source):
    return (text, lang, O, None, None, source)


ROWS = [
    # ------------------------------------------------------------------ 涉诉与执行: statements
    st("王经理您好，我这边说明一下，我们店开了八年了，从来没跟人打过官司，也没被法院执行过，您放心。",
       "zh", LIT, "none", "微信"),
    st("问：公司目前有没有未结的诉讼？答：没有，现在一件在审的案子都没有，仲裁也没有。",
       "zh", LIT, "pending", "贷前调查访谈记录"),
    st("本人李桂芳，经营桂芳副食店，本人及店铺从来没有被列入过失信被执行人名单，也没被限制过高消费。",
       "zh", LIT, "none", "个体工商户来信"),
    st("关于2019年跟同村赵某的土地纠纷一事，已于2020年在镇司法所调解结束，双方签了调解书，现在两家没有任何纠纷了。",
       "zh", LIT, "resolved", "情况说明（农户）"),
    st("那个 那个案子早就结了 法院判完我们也按判决付了钱 执行那边也结案了 你可以去查",
       "zh", LIT, "resolved", "语音转文字"),
    st("贷前沟通会纪要：借款人法定代表人陈某表示，公司截至目前不存在尚未了结的诉讼、仲裁案件。",
       "zh", LIT, "pending", "会议纪要"),
    st("刘经理 我老公跟我都没有被执行的记录 限高也没有 昨天在执行信息公开网上自己查过了",
       "zh", LIT, "none", "短信"),
    st("本公司承诺，本公司及其实际控制人目前没有作为被告的末决诉讼案件。",
       "zh", LIT, "pending", "承诺函"),
    st("本人鄭重聲明：本人從未被法院列為失信被執行人，亦未收到任何限制消費令。",
       "zh", LIT, "none", "声明书"),
    st("张经理，附件是我们补充的说明。关于贵行关心的诉讼问题，我司与原供应商的货款纠纷已经在今年3月达成和解并撤诉了。",
       "zh", LIT, "resolved", "邮件"),
    st("我作为担保人说明一下：我个人没有任何官司在身上，这些年也没有被法院执行过。",
       "zh", LIT, "none", "手写说明（担保人）"),
    st("放心吧，我们公司干干净净的，没有任何诉松，法人也没上过黑名单。",
       "zh", LIT, "none", "微信"),
    st("答：劳动仲裁那个是前年的事，两个员工的工资我们已经全部补发了，仲裁委也出了结案通知。",
       "zh", LIT, "resolved", "贷前调查访谈记录"),
    st("我厂因设备款与某机械公司产生纠纷一事，经双方协商，我厂已于2023年8月15日付清全部款项，法院已出具结案通知书，该案已执行终结。",
       "zh", LIT, "resolved", "情况说明"),
    st("我们现在没有被人起诉的案子，之前那个是我们起诉别人要货款，不是别人告我们。",
       "zh", LIT, "pending", "微信"),
    st("截至2024年12月31日，本公司不存在应披露的重大未决诉讼及仲裁事项。",
       "zh", LIT, "pending", "财务附注"),
    st("我司实际控制人王某近五年内未受过任何行政处罚或刑事处罚，亦未涉及与经济纠纷有关的重大民事诉讼。",
       "zh", LIT, "none", "邮件"),
    st("我开的这个小超市，从开业到现在没有被工商、税务罚过款，也没跟供货商打过一次官司。",
       "zh", LIT, "none", "个体工商户来信"),
    st("限高那个已经解除了哈，款都付清了，法院上周给撤了，截图发你",
       "zh", LIT, "resolved", "微信"),
    st("Dear Ms. Zhou, further to your query, I can confirm that neither our Singapore parent nor the PRC subsidiary "
       "is a party to any pending litigation or arbitration.",
       "en", LIT, "pending", "email (overseas parent)"),
    st("To the best of my knowledge, our company has never been sued by any supplier or customer since it was founded in 2011.",
       "en", LIT, "none", "email"),
    st("Mr. Tan (CFO of the borrower) stated that the labour dispute with two former employees was settled in full "
       "last quarter and the claim has been withdrawn.",
       "en", LIT, "resolved", "meeting minutes"),
    st("Just to clarify - there are no court judgments or enforcement orders outstanding against me personally, "
       "I checked the court website yesterday.",
       "en", LIT, "pending", "SMS"),
    st("The Borrower represents that no litigation, arbitration or administrative proceedings of or before any court, "
       "arbitral body or agency are current or pending against it.",
       "en", LIT, "pending", "English facility agreement"),
    st("I, the undersigned guarantor, confirm that I have never been placed on any list of dishonest judgment debtors "
       "in the PRC or elsewhere.",
       "en", LIT, "none", "guarantor's letter"),
    st("The tax dispute with the Inland Revenue Department was closed in March 2023 after we paid the assessed amount, "
       "and nothing further is open.",
       "en", LIT, "resolved", "email (overseas parent)"),
    st("hey, no lawsuits on our side at all, never had one. happy to sign whatever declaration you need",
       "en", LIT, "none", "WhatsApp"),
    st("Hi 李经理，我们 HK 公司这边 no pending litigation，内地公司也没有任何在审案件。",
       "mixed", LIT, "pending", "邮件"),
    st("关于 arbitration 的问题：去年那个 CIETAC 仲裁已经 settled 了，对方已撤回申请。",
       "mixed", LIT, "resolved", "微信"),
    # ------------------------------------------------------------------ 涉诉与执行: hard negatives
    ot("李总，麻烦确认一下公司现在有没有未决的诉讼或者仲裁？有的话把起诉状发我一份。", "zh", "微信（客户经理）"),
    ot("调查员备注：需登录中国执行信息公开网核实借款人及其配偶是否被列为失信被执行人。", "zh", "调查员备注"),
    ot("经查询裁判文书网，保证人刘某名下有两起民间借贷纠纷被执行案件，执行标的合计约36万元。", "zh", "查询记录"),
    ot("实话跟您说，我们现在跟房东有个租赁合同纠纷，下个月开庭，还没判。", "zh", "微信"),
    ot("借款人或保证人涉及重大诉讼、仲裁或被采取强制执行措施的，应在知悉之日起三个工作日内书面通知贷款人。", "zh", "借款合同"),
    ot("【某某小贷】您的借款已逾期，如仍不处理，我司将依法向人民法院提起诉讼，由此产生的费用由您承担。", "zh", "催收短信"),
    ot("被执行人未按执行通知履行法律文书确定的义务的，人民法院有权查封、扣押、冻结、拍卖、变卖被执行人应当履行义务部分的财产。",
       "zh", "法律条文"),
    ot("如果对方真的起诉，我们打算先跟他们谈和解，实在谈不拢再应诉。", "zh", "微信"),
    ot("本合同所称“重大诉讼”，是指诉讼标的额超过借款人最近一期经审计净资产百分之十的诉讼或仲裁。", "zh", "定义条款"),
    ot("会议纪要：风控部提出，借款人之关联企业近两年涉诉频繁，建议补充调取裁判文书后再上会。", "zh", "审贷会纪要"),
    ot("我那个合伙人老周好像被限高了，具体我也不清楚，他早就退伙了。", "zh", "语音转文字"),
    ot("问：你个人或者你家里人有没有被法院执行过？", "zh", "贷前调查访谈记录"),
    ot("情况说明：本人因2022年一笔个人借款被出借人起诉，法院已判决，本人目前尚欠约8万元未履行。", "zh", "情况说明"),
    ot("待该仲裁案件裁决生效且借款人履行完毕后，贷款人方可发放第二笔借款。", "zh", "审批条件"),
    ot("Please confirm whether any litigation is pending against the Borrower and provide copies of all statements of claim.",
       "en", "email (lender)"),
    ot("The Borrower shall promptly notify the Lender of any litigation, arbitration or administrative proceedings which, "
       "if adversely determined, could reasonably be expected to have a Material Adverse Effect.",
       "en", "English facility agreement"),
    ot("Our search of the court records shows that the guarantor, Mr. Lim, is a defendant in two contract claims filed in 2024.",
       "en", "due diligence report"),
    ot("To be honest, we are currently being sued by a former distributor over unpaid commissions; the hearing is set "
       "for next month.",
       "en", "email"),
    ot('"Proceedings" means any litigation, arbitration, mediation, administrative or regulatory proceedings.',
       "en", "definitions clause"),
    ot("Credit memo: legal to check whether the sponsor group is involved in any enforcement action in Hong Kong "
       "before drawdown.",
       "en", "credit memo"),
    ot("RM note：客户称有个 lawsuit 还在一审，需要调取 court filing 再评估。", "mixed", "客户经理备注"),
    ot("Dear 王总，请在 Friday 之前提供公司所有 pending cases 的清单，谢谢。", "mixed", "邮件（贷款人）"),
    # ------------------------------------------------------------------ 关联关系: statements
    st("我跟那个建材公司没有任何关系哈，就是普通客户，我家里人也没在那边持股。", "zh", REL, "none", "微信"),
    st("答：我们和华盛物流之间现在没有资金往来了，之前借给他们的20万去年年底已经收回来了。",
       "zh", REL, "resolved", "贷前调查访谈记录"),
    st("本公司郑重承诺：本公司与本次交易对手方之间不存在任何关联关系，亦不存在一致行动或股权代持安排。",
       "zh", REL, "none", "承诺函"),
    st("周经理好，贵行关注的资金占用问题，截至本月末，公司不存在被股东及其关联方占用资金的情况。",
       "zh", REL, "pending", "邮件"),
    st("借款人财务负责人介绍，公司近三年与控股股东之间的关联交易均参照市场价格定价，未发生利益输送。",
       "zh", REL, "positive", "会议纪要"),
    st("我的早餐店是我自己一个人开的，没有别的股东，也没有挂靠在任何公司名下。",
       "zh", REL, "none", "个体工商户来信"),
    st("嗯 就是说 那个老板是我表哥 但是他公司跟我这个厂没有生意往来 一分钱来往都没有",
       "zh", REL, "none", "语音转文字"),
    st("本人与合作社理事长张某无亲属关系，合作社的账和我家里的账是分开的，相互之间没借过钱。",
       "zh", REL, "none", "情况说明（农户）"),
    st("报告期内，本公司未发生与关联方之间的资金拆借，期末无应收关联方款项余额。",
       "zh", REL, "pending", "财务附注"),
    st("本公司與擔保方恒達實業之間並無任何股權或親屬關聯，雙方亦無資金往來。",
       "zh", REL, "none", "声明书"),
    st("我们跟上游供应商不存在关连关系，法人不同，股东也完全不一样。", "zh", REL, "none", "微信"),
    st("本人担保的这个公司，我不是股东，也不在里面上班，跟老板就是朋友关系。",
       "zh", REL, "none", "手写说明（担保人）"),
    st("原由本人代持的鑫源贸易30%股权，已于2024年5月办理工商变更还原至实际出资人名下，本人现与鑫源贸易再无任何关联。",
       "zh", REL, "resolved", "情况说明"),
    st("此前子公司向实控人借出的款项1,200万元已于2024年9月30日前全部归还，相关银行回单附后。",
       "zh", REL, "resolved", "邮件"),
    st("答：现在公司和股东之间没有挂账的往来款，股东个人的钱和公司的钱是分开走的。",
       "zh", REL, "pending", "贷前调查访谈记录"),
    st("王行长，我们公司所有的关联企业都已经在表里列出来了，没有遗漏，也没有隐瞒。",
       "zh", REL, "positive", "短信"),
    st("我司与贵行拟放款对象福临餐饮系独立经营主体，实际控制人、高管均不重合，不构成关联方。",
       "zh", REL, "none", "情况说明"),
    st("实控人在会上表示，集团内成员企业之间目前没有未清的拆借款。", "zh", REL, "pending", "会议纪要"),
    st("隔壁那家厂虽然也是我弟弟在管，但是账户、财务、业务都是各管各的，钱从来不混着用。",
       "zh", REL, "positive", "微信"),
    st("答：我们公司实控人没有在别的企业任职，也没有持股，就这一家。", "zh", REL, "none", "贷前调查访谈记录"),
    st("Please note that ABC Trading Ltd is not a related party of our group; we have no shareholding, common directors "
       "or family ties with them.",
       "en", REL, "none", "email (overseas parent)"),
    st("The Company represents that all transactions with its Affiliates have been entered into on arm's length terms.",
       "en", REL, "positive", "English facility agreement"),
    st("The shareholder loan of USD 2 million from our parent was fully repaid on 30 June 2024, so there is no "
       "intercompany balance any more.",
       "en", REL, "resolved", "email"),
    st("As of today, there are no amounts outstanding between the Borrower and any of its shareholders or their affiliates.",
       "en", REL, "pending", "officer's certificate"),
    st("Minutes: Ms. Wong confirmed the borrower has never lent money to, or borrowed from, companies controlled by its directors.",
       "en", REL, "none", "meeting minutes"),
    st("I don't own any shares in my brother's restaurant and never have - we're just family, no business ties.",
       "en", REL, "none", "WhatsApp"),
    st("All related-party transactions during FY2023 were approved by the independent board committee and priced at market rates.",
       "en", REL, "positive", "notes to accounts"),
    st("张经理，我们 group 内部的 intercompany loan 已经全部 settle 了，目前零余额。", "mixed", REL, "resolved", "微信"),
    st("本公司与 Harbour Capital 不存在任何 related party 关系，也无共同董事。", "mixed", REL, "none", "邮件"),
    # ------------------------------------------------------------------ 关联关系: hard negatives
    ot("请说明借款人与本次采购合同的卖方是否存在关联关系，如有，请列明持股比例。", "zh", "补充材料清单"),
    ot("贷后检查发现：借款人账户本月向实控人配偶账户转出三笔共计180万元，用途待核实。", "zh", "贷后检查记录"),
    ot("说实话，那个供货商是我小舅子开的，我们之间一直有货款往来，账上还挂着四十多万。", "zh", "微信"),
    ot("借款人与关联方之间发生重大关联交易的，应事先征得贷款人书面同意。", "zh", "借款合同"),
    ot("本协议所称“关联方”，是指直接或间接控制一方、被一方控制或与一方共同受同一主体控制的企业或个人。", "zh", "定义条款"),
    ot("公司的控股股东、实际控制人、董事、监事、高级管理人员不得利用关联关系损害公司利益。", "zh", "法律条文"),
    ot("下个月我们准备把两个公司的账分开，以后关联交易都签合同走对公。", "zh", "微信"),
    ot("审贷会意见：借款人与保证人疑似存在隐性关联，建议补充工商穿透报告。", "zh", "审贷会纪要"),
    ot("经工商信息穿透，保证人恒泰公司的第二大股东系借款人法定代表人之妻。", "zh", "查询记录"),
    ot("问：你们公司的钱有没有借给股东或者股东家里人用过？", "zh", "贷前调查访谈记录"),
    ot("关联方欠款全部收回后，借款人方可申请提款。", "zh", "审批条件"),
    ot("目前公司还有一笔借给控股股东的款项约300万元尚未归还，计划年底前收回。", "zh", "情况说明"),
    ot("王总，您上次说和隆兴没关系，但我们查到隆兴的监事是您女儿，麻烦解释一下。", "zh", "微信（客户经理）"),
    ot("附件三：借款人关联企业清单（由借款人填写，共 页）", "zh", "表格标题"),
    ot("Could you confirm whether Brightway Logistics is an Affiliate of the Borrower?", "en", "email (lender)"),
    ot("The Borrower shall not enter into any transaction with an Affiliate except on arm's length terms.",
       "en", "English facility agreement"),
    ot('"Affiliate" means, in relation to any person, a Subsidiary of that person or a Holding Company of that person '
       "or any other Subsidiary of that Holding Company.",
       "en", "definitions clause"),
    ot("KYC finding: the guarantor's CEO sits on the board of the borrower's main customer; the relationship was not disclosed.",
       "en", "KYC report"),
    ot("We do still owe our parent about USD 800k on the intercompany account; we plan to clear it next year.",
       "en", "email"),
    ot("Action item: RM to obtain the full group structure chart and list of related-party balances before credit committee.",
       "en", "meeting minutes"),
    ot("Credit note：借款人与担保人 share 同一个财务人员，疑似关联，待核实。", "mixed", "客户经理备注"),
    # ------------------------------------------------------------------ 对外担保: statements
    st("我没给任何人做过担保，亲戚朋友找我签字我都没签过。", "zh", GUA, "none", "微信"),
    st("答：之前帮朋友的厂在农商行担保过一笔，那笔贷款去年已经还清了，担保责任也解除了。",
       "zh", GUA, "resolved", "贷前调查访谈记录"),
    st("截至本承诺函出具之日，本公司不存在正在履行中的对外担保，亦不存在未披露的或有负债。",
       "zh", GUA, "pending", "承诺函"),
    st("补充说明：本公司章程规定对外担保须经股东会决议，公司成立至今从未作出过对外担保决议，也未对外提供过任何担保。",
       "zh", GUA, "none", "邮件"),
    st("本人除这次给李建国的担保外，没有给其他任何人或单位提供过担保。", "zh", GUA, "none", "手写说明（担保人）"),
    st("担保的话 没有 现在手上一个担保都没有 以前给我姐夫担过一次 那个早就还完了",
       "zh", GUA, "pending", "语音转文字"),
    st("截至资产负债表日，本公司无对外提供的担保事项，亦无其他应披露的或有事项。", "zh", GUA, "pending", "财务附注"),
    st("我开五金店十几年，从没帮人担保过，也没在别人的借条上签过字。", "zh", GUA, "none", "个体工商户来信"),
    st("本人現時並無為任何第三方之債務提供保證、抵押或其他擔保。", "zh", GUA, "pending", "声明书"),
    st("本人没有给村里其他人的贷款做担保，原来的联保小组去年已经解散，联保责任已全部结束。",
       "zh", GUA, "resolved", "情况说明（农户）"),
    st("我们公司对外担宝是零，这个可以写进承诺书里。", "zh", GUA, "pending", "微信"),
    st("借款人实控人表示：公司对外担保仅一笔，为全资子公司提供，额度500万元，目前履约正常、无代偿风险。",
       "zh", GUA, "positive", "会议纪要"),
    st("我公司原为恒通商贸提供的300万元连带责任保证，因主债务已于2024年3月清偿，保证责任已解除，债权银行已出具解除担保证明。",
       "zh", GUA, "resolved", "情况说明"),
    st("关于或有负债，公司没有未决的担保代偿，也没有开出未到期的商业承兑汇票。", "zh", GUA, "pending", "邮件"),
    st("我和我老婆都没有对外担保，征信上面也能看到的。", "zh", GUA, "none", "短信"),
    st("答：互保？没有，我们这边几个厂之间从来不搞互保。", "zh", GUA, "none", "贷前调查访谈记录"),
    st("本合作社成立以来，未以合作社名义为任何社员或非社员的贷款提供过担保。", "zh", GUA, "none", "情况说明"),
    st("我们给下游经销商做的担保都有反担保，风险控制得住，到现在一笔都没代偿过。", "zh", GUA, "positive", "微信"),
    st("本人承诺，除已在《对外担保情况表》中列明的两笔外，本人目前无其他对外担保。", "zh", GUA, "pending", "承诺函"),
    st("The Guarantor confirms that it has not given any guarantee, indemnity or security in respect of the obligations "
       "of any other person.",
       "en", GUA, "none", "guarantee"),
    st("We currently have no guarantees outstanding in favour of third parties; the only one we ever gave expired in 2022.",
       "en", GUA, "pending", "email (overseas parent)"),
    st("The corporate guarantee we issued for our former JV partner was released by the bank on 14 February 2024 after "
       "their loan was repaid.",
       "en", GUA, "resolved", "email"),
    st("I've never co-signed or guaranteed anybody's loan, not even for family.", "en", GUA, "none", "SMS"),
    st("Contingent liabilities: As at 31 March 2025 the Company had no material contingent liabilities, including "
       "guarantees given to third parties.",
       "en", GUA, "pending", "notes to accounts"),
    st("Interview notes - borrower's answer: 'No, we don't stand behind any of our distributors' bank facilities at the moment.'",
       "en", GUA, "pending", "interview notes"),
    st("All guarantees given by the Company are within the limits approved by its board and none has ever been called.",
       "en", GUA, "positive", "officer's certificate"),
    st("王经理，关于 contingent liabilities：我司目前没有任何对外 guarantee。", "mixed", GUA, "pending", "邮件"),
    st("那个 standby LC 我们已经 cancel 掉了，银行也出了 release letter，对外担保现在清零。",
       "mixed", GUA, "resolved", "微信"),
    # ------------------------------------------------------------------ 对外担保: hard negatives
    ot("需核实借款人是否有对外担保，重点查征信报告中“相关还款责任信息”一栏。", "zh", "调查员备注"),
    ot("借款人对外提供担保的，应提前十五日书面通知贷款人，并提供被担保人的基本资料。", "zh", "借款合同"),
    ot("经查询人行征信，借款人名下存在一笔为他人提供的保证责任，余额120万元，五级分类为关注。", "zh", "查询记录"),
    ot("不瞒您说，我前年给朋友的公司担保了200万，现在他那边还不上，银行已经来找我了。", "zh", "微信"),
    ot("当事人在保证合同中对保证方式没有约定或者约定不明确的，按照一般保证承担保证责任。", "zh", "法律条文"),
    ot("本条所称“对外担保”，包括保证、抵押、质押以及其他具有担保性质的安排。", "zh", "定义条款"),
    ot("张哥，你现在还有没有给别人担保的？有的话把合同拍给我看看。", "zh", "微信（客户经理）"),
    ot("我们下周准备给子公司在建行的续贷做担保，额度大概800万。", "zh", "微信"),
    ot("在被担保债务清偿完毕之前，保证人不得转让其主要资产。", "zh", "保证合同"),
    ot("风控意见：保证人自身对外担保余额较高，担保能力存疑，建议追加抵押物。", "zh", "审贷会纪要"),
    ot("【催收通知】陈某某，您作为保证人担保的借款已逾期62天，请于7日内履行保证责任。", "zh", "催收短信"),
    ot("情况说明：本人为表弟在某小贷公司的借款提供了担保，该笔借款目前仍在还款期内，尚未结清。", "zh", "情况说明"),
    ot("据当地农商行反馈，保证人王某另在该行为三户养殖户提供了联保。", "zh", "调查报告"),
    ot("对外担保情况表：被担保人____，担保金额____万元，担保期限____，是否有反担保____。", "zh", "表格"),
    ot("Has the Company provided any guarantee or indemnity for the debts of any third party? If so, please give details.",
       "en", "due diligence questionnaire"),
    ot("The Borrower shall not, without the prior written consent of the Lender, give any guarantee in respect of any "
       "indebtedness of any other person.",
       "en", "English facility agreement"),
    ot("Our review of the audited accounts indicates that the guarantor has provided a corporate guarantee of RMB 15 "
       "million to an unrelated property developer.",
       "en", "due diligence report"),
    ot("Unfortunately we are still on the hook for a guarantee we gave to a supplier's bank; they defaulted in May and "
       "the bank has made a demand on us.",
       "en", "email"),
    ot('"Guarantee" includes any guarantee, indemnity, suretyship or other assurance against financial loss.',
       "en", "definitions clause"),
    ot("Follow-up: ask the sponsor whether the parent guarantee for the Vietnam plant is still in force.",
       "en", "credit memo"),
    ot("请在 term sheet 里加一条：借款人新增任何 guarantee 需提前 notify 贷款人。", "mixed", "邮件（贷款人）"),
    # ------------------------------------------------------------------ 抵质押与权利负担: statements
    st("我那套房子现在没有抵押，房本在我手上，你要看我拍给你。", "zh", ENC, "pending", "微信"),
    st("答：厂房原来在信用社抵押过，去年贷款还清后已经去不动产登记中心办了注销，现在是干净的。",
       "zh", ENC, "resolved", "贷前调查访谈记录"),
    st("本公司承诺，用于本次抵押的机器设备权属清晰，未设定任何抵押、质押，亦未被查封、扣押。",
       "zh", ENC, "none", "承诺函"),
    st("车子是全款买的 从来没押过 绿本也在我这儿 没有质押给别人", "zh", ENC, "none", "语音转文字"),
    st("我店里的货和设备都是我自己的，没有租来的，现在也没有押给别人借钱。", "zh", ENC, "pending", "个体工商户来信"),
    st("本人承包的56亩果园经营权从来没有抵押给任何银行或个人，也没有流转给别人。", "zh", ENC, "none", "情况说明（农户）"),
    st("本人名下位于城南区幸福路18号的住房目前没有被法院查封，也没有抵押。", "zh", ENC, "pending", "手写说明（担保人）"),
    st("本公司名下之廠房及土地使用權均無任何抵押、查封或其他權利限制。", "zh", ENC, "none", "声明书"),
    st("周经理，我们在工行的那笔抵押贷款已于上周五结清，抵押权注销登记今天办好了，不动产权证书也拿回来了。",
       "zh", ENC, "resolved", "邮件"),
    st("截至2024年12月31日，本公司不存在所有权或使用权受到限制的货币资金及其他资产。", "zh", ENC, "pending", "财务附注"),
    st("我们账户没被动结，昨天还正常走了一笔货款。", "zh", ENC, "pending", "微信"),
    st("借款人表示，其持有的目标公司股权不存在质押、冻结等权利负担，可用于本次质押。", "zh", ENC, "pending", "会议纪要"),
    st("因2023年与某供应商纠纷被法院冻结的基本户，已于2024年1月10日全部解除冻结，目前账户使用正常。",
       "zh", ENC, "resolved", "情况说明"),
    st("应收账款没有做过保理，也没在中登网登记过质押，您可以查。", "zh", ENC, "none", "短信"),
    st("答：仓库里的钢材是我们自有的，没有做过仓单质押，也没有第三方监管。", "zh", ENC, "none", "贷前调查访谈记录"),
    st("本人保证所提供的抵押房产目前不存在租赁，也无其他优先受偿权。", "zh", ENC, "pending", "承诺函"),
    st("二押已经解了，小贷公司那边钱还了，他们也配合去登记中心撤了登记。", "zh", ENC, "resolved", "微信"),
    st("我家的宅基地房没有被任何部门查封，也没有拿去抵押借款，特此说明。", "zh", ENC, "pending", "情况说明（农户）"),
    st("公司名下三辆货车均为全款购置，机动车登记证书上从无抵押登记记录。", "zh", ENC, "none", "邮件"),
    st("The Borrower is the sole legal and beneficial owner of the Charged Assets, free from any Security other than "
       "the Transaction Security.",
       "en", ENC, "none", "English facility agreement"),
    st("Our flat in Kowloon is not mortgaged - we paid it off back in 2019 and the bank released the charge that year.",
       "en", ENC, "resolved", "email"),
    st("No part of our inventory has been pledged to any other lender, and none of our bank accounts is currently frozen.",
       "en", ENC, "pending", "email (overseas parent)"),
    st("Just a quick note - the attachment order on our warehouse was lifted by the court on 3 April, so the property "
       "is clear now.",
       "en", ENC, "resolved", "email"),
    st("I have never pledged my shares in the company to anyone.", "en", ENC, "none", "WhatsApp"),
    st("The machinery listed in Schedule 2 is currently unencumbered and not subject to any retention-of-title arrangement.",
       "en", ENC, "pending", "officer's certificate"),
    st("Title to the land use right is clean and marketable, and we hold the original certificate ourselves.",
       "en", ENC, "positive", "email (overseas parent)"),
    st("那套房子的 mortgage 已经 discharge 了，产证今天拿回来了，free and clear。", "mixed", ENC, "resolved", "微信"),
    st("本公司应收账款 no pledge, no factoring，中登网可查。", "mixed", ENC, "pending", "邮件"),
    # ------------------------------------------------------------------ 抵质押与权利负担: hard negatives
    ot("抵押解除后，抵押人应在十个工作日内向贷款人交回不动产登记证明复印件。", "zh", "抵押合同"),
    ot("经不动产登记中心查询，该房产已设定两笔抵押，第一顺位抵押权人为某农商银行。", "zh", "查询记录"),
    ot("我那个门面房现在还押在小贷公司那里，借了30万，还有半年才到期。", "zh", "微信"),
    ot("王姐，你那套房子现在有没有抵押？有贷款的话还剩多少没还？", "zh", "微信（客户经理）"),
    ot("贷前调查：需现场查看抵押车辆并核对登记证书，确认无质押登记。", "zh", "调查员备注"),
    ot("以建筑物和其他土地附着物抵押的，应当办理抵押登记，抵押权自登记时设立。", "zh", "法律条文"),
    ot("抵押物被查封、扣押或者价值明显减少的，贷款人有权要求借款人另行提供担保或提前收回贷款。", "zh", "借款合同"),
    ot("本合同所称“权利负担”，是指抵押、质押、留置、查封、扣押、冻结以及任何其他形式的优先权或限制。", "zh", "定义条款"),
    ot("您好，您在我司抵押的车辆因贷款逾期已进入处置程序，请于三日内联系客服，否则我司将依约处置。", "zh", "催收短信"),
    ot("房子下个月解押后，我打算拿去工行重新做抵押，利息低一点。", "zh", "微信"),
    ot("情况说明：因与装修公司纠纷，我司基本户目前被法院冻结了约46万元，正在协商解冻。", "zh", "情况说明"),
    ot("据借款人提供的租赁合同，抵押房产目前出租给某连锁药店，租期至2027年。", "zh", "调查报告"),
    ot("审批意见：抵押物为划拨用地上的房产，处置受限，抵押率下调至五成。", "zh", "审贷会纪要"),
    ot("李总，中登网上查到你们有一笔应收账款质押登记还没注销，是怎么回事？", "zh", "微信（客户经理）"),
    ot("Upon discharge of the existing mortgage, the Mortgagor shall deliver the original title deeds to the Security Agent.",
       "en", "mortgage deed"),
    ot("Land registry search dated 12 May 2025 reveals a first legal charge in favour of another bank over the property.",
       "en", "due diligence report"),
    ot("Is any of the equipment subject to a hire-purchase or retention-of-title arrangement?", "en", "due diligence questionnaire"),
    ot("We're afraid the court froze one of our operating accounts last week over a supplier claim; around HKD 2.3m is locked.",
       "en", "email"),
    ot('"Security" means a mortgage, charge, pledge, lien or other security interest securing any obligation of any person.',
       "en", "definitions clause"),
    ot("The Borrower shall not create or permit to subsist any Security over any of its assets.", "en", "English facility agreement"),
    ot("RM note：抵押物 valuation 需重新做，现有 LTV 已超过 70%。", "mixed", "客户经理备注"),
    ot("请提供 title search 结果，确认房产无 encumbrance 后再 drawdown。", "mixed", "邮件（贷款人）"),
    # ------------------------------------------------------------------ 还款与逾期: statements
    st("刘经理，我在你们这儿贷了三年了，每个月都是提前两天转进去的，从来没拖过一天。", "zh", REP, "none", "微信"),
    st("上个月那笔利息我昨天已经全部还上了，你们系统应该能看到，现在一分钱都不欠了。", "zh", REP, "resolved", "短信"),
    st("答：信用社那笔15万的经营贷去年10月已经结清了，结清证明在这里。", "zh", REP, "resolved", "贷前调查访谈记录"),
    st("本人在各银行和小贷公司的贷款都是按月还的，没有欠过利息，也没有逾期过。", "zh", REP, "none", "个体工商户来信"),
    st("去年因为猪瘟，合作社那笔贷款晚还了十来天，后面连本带息都补上了，现在全部还清。", "zh", REP, "resolved", "情况说明（农户）"),
    st("我本人目前在任何银行都没有逾期没还的贷款。", "zh", REP, "pending", "手写说明（担保人）"),
    st("本公司承诺，截至本函出具之日，本公司不存在任何到期未偿还的金融机构借款本金及利息。", "zh", REP, "pending", "承诺函"),
    st("信用卡的钱我都还了 这个月的账单也还了 没有欠的 你查吧", "zh", REP, "resolved", "语音转文字"),
    st("本公司自成立以來，所有銀行貸款均按期足額償還，從未發生逾期。", "zh", REP, "none", "声明书"),
    st("张经理您好，附件为我司在建行、农行的贷款结清证明，上述两笔贷款已分别于2024年6月和8月全部归还。",
       "zh", REP, "resolved", "邮件"),
    st("我这边从来没有过期过，每次都是准时还的，不信你看流水。", "zh", REP, "none", "微信"),
    st("借款人表示，公司供应链融资项下的应付账款均已按期兑付，目前无拖欠。", "zh", REP, "pending", "会议纪要"),
    st("关于征信报告中显示的2022年7月一次逾期，系扣款日当天账户余额不足，次日即已补足，逾期金额仅1,235元，该笔贷款现已结清。",
       "zh", REP, "resolved", "情况说明"),
    st("房贷我一直在还，每个月按时扣款，还剩八年。", "zh", REP, "positive", "微信"),
    st("本人经营的小吃店目前没有拖欠房租和员工工资，也不欠供应商的货款。", "zh", REP, "pending", "个体工商户来信"),
    st("本人在贵社的第一笔贷款五万元已于今年三月到期时一次还清，从未申请过展期或借新还旧。",
       "zh", REP, "resolved", "个体工商户来信"),
    st("答：税都交了，社保也没欠，公积金是今年开始交的，都是按月缴。", "zh", REP, "pending", "贷前调查访谈记录"),
    st("我司在贵行的流动资金贷款每季度付息，自2021年起从未出现欠息。", "zh", REP, "none", "邮件"),
    st("那个网贷我也已经销户了，借的八千块上周一次性还完了。", "zh", REP, "resolved", "短信"),
    st("We have never missed a payment on any of our loans, and interest has always been paid on the due date.",
       "en", REP, "none", "email (overseas parent)"),
    st("The overdraft with our previous bank was settled in full on 28 February 2025 and the facility has been cancelled.",
       "en", REP, "resolved", "email"),
    st("No amounts are currently overdue under any of our financing arrangements.", "en", REP, "pending", "officer's certificate"),
    st("The Borrower represents that no Default is continuing and no amount payable by it under any Finance Document "
       "is unpaid.",
       "en", REP, "pending", "English facility agreement"),
    st("Hi Jenny, just confirming we paid off the remaining USD 45,000 on the trade loan yesterday - the account should "
       "now be at zero.",
       "en", REP, "resolved", "email"),
    st("Our supplier payments are all within terms; we have no arrears with any of them.", "en", REP, "pending", "email"),
    st("Interview - borrower: 'We've been with you guys for six years and always paid on time, every single month.'",
       "en", REP, "positive", "interview notes"),
    st("王经理，上个月的 installment 已经还了，now 没有任何 overdue。", "mixed", REP, "resolved", "微信"),
    st("我们所有 loan 都是 on time 还款，从来没有 late payment。", "mixed", REP, "none", "微信"),
    # ------------------------------------------------------------------ 还款与逾期: hard negatives
    ot("借款人发生逾期的，贷款人有权按借款利率加收百分之五十计收罚息，并有权宣布贷款提前到期。", "zh", "借款合同"),
    ot("如借款人未按期還款，保證人應於接到貸款人書面通知後五日內代為清償。", "zh", "保证合同"),
    ot("不好意思刘经理，这个月生意不行，贷款得晚几天还，我现在还差一万二。", "zh", "微信"),
    ot("【某某银行】尊敬的客户，您尾号3817的贷款已逾期15天，欠款金额5,236.40元，请尽快归还，以免影响个人征信。",
       "zh", "催收短信"),
    ot("哥，你现在别的地方还有没有没还完的带款？有逾期的吗？", "zh", "微信（客户经理）"),
    ot("贷后检查：借款人本季度利息延迟11天支付，需关注其现金流状况。", "zh", "贷后检查记录"),
    ot("本合同所称“逾期”，是指借款人未按照本合同约定的还款日足额偿还任何一期本金或利息。", "zh", "定义条款"),
    ot("借款人未按照约定的期限返还借款的，应当按照约定或者国家有关规定支付逾期利息。", "zh", "法律条文"),
    ot("这笔钱我保证下月15号前一次性还清，如果还不上我把车押给你们。", "zh", "微信"),
    ot("情况说明：本人在某网贷平台有一笔约3万元的借款目前已逾期四个月，原因是去年生病住院。", "zh", "情况说明"),
    ot("经查，共同借款人赵某在他行有一笔信用卡欠款逾期90天以上，金额约2.1万元。", "zh", "查询记录"),
    ot("会议决定：对逾期超过30天的客户统一启动电话催收，逾期超过90天的移交法务。", "zh", "会议纪要"),
    ot("借款人结清全部借款本息后，贷款人应于五个工作日内出具结清证明。", "zh", "借款合同"),
    ot("问：你们公司去年有没有拖欠过工人工资或者供应商货款？", "zh", "贷前调查访谈记录"),
    ot("If the Borrower fails to pay any amount payable by it under a Finance Document on its due date, interest shall "
       "accrue on the overdue amount at a rate 2% higher than the Loan rate.",
       "en", "English facility agreement"),
    ot("Reminder: your loan instalment of HKD 12,480 due on 5 June remains unpaid. Please settle immediately to avoid "
       "further charges.",
       "en", "collection SMS"),
    ot("Sorry for the delay - we're behind on the last two instalments but expect to catch up once our customer pays us "
       "in August.",
       "en", "email"),
    ot("Did you have any late payments on your business credit cards over the past 24 months?", "en", "interview notes"),
    ot("Portfolio review: the obligor's parent has been 45 days past due on a separate term loan with another bank.",
       "en", "portfolio review"),
    ot('"Overdue Amount" means any sum which is not paid on its due date.', "en", "definitions clause"),
    ot("催收记录：客户承诺 next Monday 还款，but 已经连续三次爽约。", "mixed", "催收记录"),
    ot("请于 due date 前将款项存入还款账户，否则系统将自动记为 overdue。", "mixed", "还款提醒"),
    # ------------------------------------------------------------------ 征信与偿债能力: statements
    st("我征信是干净的，没有一条不良，上周刚在银行打过报告。", "zh", CRE, "none", "微信"),
    st("答：我们一年流水大概有八百多万，还这个钱没问题，每个月利息两万多对我们来说压力不大。",
       "zh", CRE, "positive", "贷前调查访谈记录"),
    st("本人开店十年，信用一直很好，在镇上口碑也不错，有能力按时还款。", "zh", CRE, "positive", "个体工商户来信"),
    st("今年苹果收成好，收购商已经订了货，本人完全有能力在年底前把这笔贷款还上。", "zh", CRE, "positive", "情况说明（农户）"),
    st("本人有稳定的工资收入，每月税后一万一千元左右，具备代偿能力。", "zh", CRE, "positive", "手写说明（担保人）"),
    st("本公司资信状况良好，未被列入任何金融机构的不良客户名单，亦无恶意逃废债记录。", "zh", CRE, "positive", "承诺函"),
    st("征信上面那个查询次数多是因为我之前办房贷 不是到处借钱 我信用没有问题的", "zh", CRE, "positive", "语音转文字"),
    st("本人信用紀錄良好，在人民銀行徵信系統中無任何不良記錄。", "zh", CRE, "none", "声明书"),
    st("我司在人行征信报告中无关注类、不良类贷款记录，相关报告已于今日通过邮件发送。", "zh", CRE, "none", "邮件"),
    st("我们公司负责不高，资产负债率才35%左右，还款没压力。", "zh", CRE, "positive", "微信"),
    st("借款人在会上表示，公司目前经营现金流稳定，足以覆盖现有全部债务的本息。", "zh", CRE, "positive", "会议纪要"),
    st("征信报告中原显示的一笔他人冒用本人身份办理的信用卡不良记录，经异议申请，已于2024年11月被发卡银行更正删除。",
       "zh", CRE, "resolved", "情况说明"),
    st("我现在征信上没有当前逾期，那个历史的已经过了五年，已经不显示了。", "zh", CRE, "pending", "短信"),
    st("答：除了你们这笔，我名下就一张信用卡，额度三万，用得不多，没有其他网贷。", "zh", CRE, "pending", "贷前调查访谈记录"),
    st("本人没有在任何网贷平台借过钱，也从来没借过高利贷。", "zh", CRE, "none", "个体工商户来信"),
    st("我司2024年经审计营业收入2.3亿元、净利润1,860万元，经营性现金流为正，偿债能力充足。", "zh", CRE, "positive", "邮件"),
    st("之前那张信用卡的呆账我已经还清了，银行也出了证明，征信上现在显示结清。", "zh", CRE, "resolved", "微信"),
    st("本人郑重声明：本人及配偶均无不良信用记录，不存在被金融机构追索债务的情况。", "zh", CRE, "none", "声明书"),
    st("本人家里三口人，种了四十亩大棚，每年纯收入十五万左右，除这笔贷款外没有其他负债。", "zh", CRE, "positive", "情况说明（农户）"),
    st("My credit report is clean - no defaults, no write-offs, nothing.", "en", CRE, "none", "WhatsApp"),
    st("The Company is able to pay its debts as they fall due and has not stopped or suspended payment of any of its debts.",
       "en", CRE, "positive", "English facility agreement"),
    st("Our consolidated net debt to EBITDA is around 1.8x, so servicing this facility will not be an issue.",
       "en", CRE, "positive", "email (overseas parent)"),
    st("The negative entry on my credit file was removed after the bank admitted the error; the corrected report is attached.",
       "en", CRE, "resolved", "email"),
    st("None of the group companies is presently on any bank's watch list or classified as a special-mention borrower.",
       "en", CRE, "pending", "email (overseas parent)"),
    st("I have no other loans or credit lines apart from my mortgage.", "en", CRE, "pending", "SMS"),
    st("We have never been refused credit by any bank and have never defaulted on any financial obligation.",
       "en", CRE, "none", "meeting minutes"),
    st("李经理，我们 credit rating 是 AA，经营 cash flow 很稳，还款 no problem。", "mixed", CRE, "positive", "微信"),
    st("本人征信 clean，没有任何 bad record，报告附后。", "mixed", CRE, "none", "邮件"),
    # ------------------------------------------------------------------ 征信与偿债能力: hard negatives
    ot("经查询借款人人行征信报告，近两年内有6次逾期记录，近三个月贷款审批查询次数达11次。", "zh", "查询记录"),
    ot("麻烦您授权我们查一下征信，另外近半年有没有在其他平台申请过贷款？", "zh", "微信（客户经理）"),
    ot("调查员意见：借款人收入来源单一，偿债能力需结合其配偶收入综合评估。", "zh", "调查员备注"),
    ot("我知道我征信有点花，前两年网贷借得多，有几笔还没还完。", "zh", "微信"),
    ot("借款人财务状况恶化或信用状况明显下降的，贷款人有权停止发放尚未发放的贷款。", "zh", "借款合同"),
    ot("本办法所称“不良信用记录”，是指在金融信用信息基础数据库中存在的逾期、呆账、代偿等负面信息。", "zh", "定义条款"),
    ot("个人可以每年两次免费获取本人的信用报告。", "zh", "法律条文"),
    ot("等这笔贷款批下来，我打算把网贷都先还掉，把征信养一养。", "zh", "微信"),
    ot("保证人所在单位出具的收入证明显示其月收入约6,800元，与其申报的一万五千元不符。", "zh", "调查报告"),
    ot("审贷会认为，借款人资产负债率已超过80%，偿债能力偏弱，本次授信额度由300万元调减至150万元。", "zh", "审贷会纪要"),
    ot("【温馨提示】您的逾期记录将于近日报送征信系统，请于今日24点前还款，以免影响今后贷款、出行。", "zh", "催收短信"),
    ot("情况说明：本人征信报告中有一笔信用卡呆账，金额约4,700元，目前尚未处理。", "zh", "情况说明"),
    ot("借款人在贷款存续期间征信出现新增不良记录的，视为违约。", "zh", "借款合同"),
    ot("赵总，征信报告上你们有一笔关注类贷款，麻烦说明一下原因。", "zh", "微信（客户经理）"),
    ot("Please provide your latest credit report and a list of all existing borrowings.", "en", "email (lender)"),
    ot("The Borrower shall maintain a ratio of Total Debt to EBITDA not exceeding 3.5:1 on each Test Date.",
       "en", "English facility agreement"),
    ot("Credit bureau check shows two charged-off accounts in the applicant's name, last updated March 2025.",
       "en", "credit bureau report"),
    ot("Honestly, our cash flow is tight right now and we might struggle to meet the next two repayments.", "en", "email"),
    ot('"Insolvency Event" means the Borrower is unable or admits inability to pay its debts as they fall due.',
       "en", "definitions clause"),
    ot("Analyst comment: DSCR of 0.9x does not support the requested tenor; recommend a shorter amortisation profile.",
       "en", "credit memo"),
    ot("Credit memo：申请人 DTI 超过 60%，建议 decline 或追加 collateral。", "mixed", "credit memo"),
    ot("Can you 帮我查下 我的征信 有没有问题？上次被拒了不知道为什么。", "mixed", "微信"),
]


def bigrams(text: str) -> set[str]:
    t = "".join(text.split()).lower()
    return {t[i:i + 2] for i in range(len(t) - 1)}


def build() -> list[dict]:
    rows = []
    for i, (text, lang, label, topic, scope, source) in enumerate(ROWS, start=1):
        rows.append({"id": f"stb-{i:03d}", "text": text, "lang": lang, "label": label,
                     "topic": topic, "scope": scope, "source": source})
    return rows


def check(rows: list[dict]) -> None:
    assert len(rows) == 300, len(rows)
    for i, r in enumerate(rows, start=1):
        assert list(r) == KEYS, r
        assert r["id"] == f"stb-{i:03d}", r["id"]
        assert isinstance(r["text"], str) and r["text"].strip() == r["text"] and r["text"], r["id"]
        assert r["lang"] in LANGS, r
        assert r["label"] in LABELS, r
        assert isinstance(r["source"], str) and r["source"], r
        if r["label"] == O:
            assert r["topic"] is None and r["scope"] is None, r
        else:
            assert r["topic"] in TOPICS and r["scope"] in SCOPES, r
    texts = [r["text"] for r in rows]
    assert len(set(texts)) == len(texts), "duplicate text"
    grams = [bigrams(t) for t in texts]
    worst = (0.0, None, None)
    bad = []
    for a, b in itertools.combinations(range(len(rows)), 2):
        ga, gb = grams[a], grams[b]
        j = len(ga & gb) / len(ga | gb)
        if j > worst[0]:
            worst = (j, rows[a]["id"], rows[b]["id"])
        if j >= 0.7:
            bad.append((rows[a]["id"], rows[b]["id"], round(j, 3)))
    assert not bad, bad
    topics = Counter(r["topic"] for r in rows if r["label"] == S)
    for t in TOPICS:
        assert topics[t] >= 20, (t, topics[t])
    print(f"max bigram Jaccard {worst[0]:.3f} ({worst[1]} vs {worst[2]})")


def main() -> None:
    rows = build()
    check(rows)
    with OUT.open("w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows -> {OUT}")
    for key in ("label", "topic", "scope", "lang"):
        c = Counter(str(r[key]) for r in rows)
        print(key + ":", dict(sorted(c.items())))
    print("lang x label:", dict(sorted(Counter(f"{r['lang']}/{r['label']}" for r in rows).items())))
    print("topic x scope:", dict(sorted(Counter(f"{r['topic']}/{r['scope']}" for r in rows if r["label"] == S).items())))
    if "--table" in sys.argv:
        print()
        print("| id | label | topic | scope | lang | source | first 40 characters |")
        print("|---|---|---|---|---|---|---|")
        for r in rows:
            head = r["text"][:40].replace("|", "\\|")
            print(f"| {r['id']} | {r['label']} | {r['topic'] or '-'} | {r['scope'] or '-'} | {r['lang']} "
                  f"| {r['source']} | {head} |")


if __name__ == "__main__":
    main()
