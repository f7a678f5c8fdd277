#!/usr/bin/env python3
"""Builder for self-statement TRAINING batch a (author A: formal documents).

Training data only: never report a figure measured on these rows.

All rows are fictitious and were written by hand for fengtiao (names, companies, case numbers,
amounts and dates are made up). The rows live below as Python data; running this file writes
train_a.jsonl next to it, deterministically, and checks it.

    /work/main/.venv/bin/python eval/datasets/self_statements_train/make_train_a.py
"""
from __future__ import annotations

import json
import random
from collections import Counter
from itertools import combinations
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "train_a.jsonl"

LIT, REL, GUA, ENC, REP, CRE = (
    "涉诉与执行", "关联关系", "对外担保", "抵质押与权利负担", "还款与逾期", "征信与偿债能力",
)
TOPICS = {LIT, REL, GUA, ENC, REP, CRE}
SCOPES = {"none", "pending", "resolved", "positive"}
LANGS = {"zh", "en", "mixed"}
LABELS = {"statement", "other"}
KEYS = ["id", "text", "lang", "label", "topic", "scope", "source"]

ROWS: list[dict] = []


def s(topic: str, scope: str, lang: str, source: str, text: str) -> None:
    """A self-statement: the party asserts a risk fact about itself, unverified."""
    ROWS.append(dict(text=text, lang=lang, label="statement", topic=topic, scope=scope, source=source))


def o(lang: str, source: str, text: str) -> None:
    """A hard negative: same vocabulary, different role."""
    ROWS.append(dict(text=text, lang=lang, label="other", topic=None, scope=None, source=source))


# ---------------------------------------------------------------- 涉诉与执行: statements
s(LIT, "pending", "zh", "借款合同·陈述与保证", "截至本合同签署之日，借款人不存在任何尚未了结的或可预见的诉讼、仲裁或行政处罚案件。")
s(LIT, "none", "zh", "承诺函", "本公司郑重承诺：自成立以来，本公司及法定代表人从未作为被告或被申请人涉及任何诉讼、仲裁案件。")
s(LIT, "pending", "zh", "声明书", "本人张立伟声明，本人未被列入全国法院失信被执行人名单，亦未被采取限制高消费措施。")
s(LIT, "resolved", "zh", "情况说明", "关于贵行关注的我司与杭州鼎川建材有限公司买卖合同纠纷一案，双方已于2023年9月18日达成和解，和解款项已全部履行完毕，该案已结案。")
s(LIT, "pending", "zh", "财务报表附注", "十二、或有事项：截至2023年12月31日，本公司不存在需要披露的重大未决诉讼或仲裁事项。")
s(LIT, "pending", "zh", "保证合同·陈述与保证", "保证人保证其目前不存在被人民法院强制执行的情形，其名下财产未涉及任何正在进行的执行案件。")
s(LIT, "none", "zh", "尽调问卷答复", "问：公司近三年是否涉及诉讼？答：没有，近三年公司无任何诉讼、仲裁记录。")
s(LIT, "resolved", "zh", "情况说明", "我公司2021年被起诉的那起劳务纠纷，法院已经判决，我们在判决生效后十天内就付清了，现在已经执行完毕，没有任何遗留问题。")
s(LIT, "pending", "zh", "承诺函", "本公司茲承諾，截至本函出具日，本公司不存在任何未決訴訟、仲裁或被執行案件。")
s(LIT, "pending", "zh", "抵押合同·陈述与保证", "抵押人声明：抵押人及其配偶当前未涉及任何可能影响其履约能力的重大诉讼，亦未被司法机关立案调查。")
s(LIT, "none", "zh", "声明书", "本人从未被人民法院列为失信被执行人，也从未有过任何被限制出境、限制高消费的记录。")
s(LIT, "pending", "zh", "邮件", "王经理：您好！关于贷前调查中所问事项，我司及实际控制人目前没有任何正在进行中的诉讼或仲裁，特此回复。")
s(LIT, "pending", "zh", "借款合同·陈述与保证", "借款人系依法设立并有效存续的有限责任公司，具有签订和履行本合同所必需的民事权利能力和行为能力，截至本合同签署日不存在任何针对借款人的未决诉讼、仲裁或行政程序，且本合同的签署不违反其公司章程。")
s(LIT, "resolved", "zh", "审计报告附注", "本公司因工程款纠纷被起诉一案（案号（2022）苏0508民初4471号）已于2023年6月调解结案，调解款已支付，报告期末无未决诉讼。")
s(LIT, "resolved", "zh", "情况说明", "我公司法定代表人李某此前因公司一笔货款被采取限制消费措施，现案款已全部履行，法院已于2024年3月5日解除限制消费令。")
s(LIT, "pending", "zh", "承诺函", "本公司承诺目前不存在未绝的诉讼和仲裁案件，也没有资产被法院执行的情况。")
s(LIT, "none", "zh", "保证人声明书", "保证人周海燕声明：本人名下不存在被人民法院强制执行的案件，且从未收到过任何法院的执行通知书或传票。")
s(LIT, "positive", "zh", "借款合同·陈述与保证", "借款人的经营活动合法合规，在诉讼、仲裁及行政处罚方面记录清白，不存在影响其商业信誉的司法事项。")
s(LIT, "pending", "zh", "尽调问卷答复", "公司股东、董事、监事及高级管理人员均不存在尚未了结的重大诉讼、仲裁或行政处罚案件。")
s(LIT, "pending", "en", "English facility agreement", "The Borrower represents and warrants that no litigation, arbitration or administrative proceedings are current or pending or, to its knowledge, threatened against it or its assets.")
s(LIT, "none", "en", "English guarantee", "No judgment, order or award of any court or arbitral tribunal has ever been made against the Guarantor.")
s(LIT, "pending", "en", "English facility agreement", "As at the date of this Agreement, there are no unsatisfied judgments or enforcement proceedings against the Borrower or any of its Subsidiaries.")
s(LIT, "resolved", "en", "Letter from borrower", "The Company confirms that the dispute with Everbright Logistics Ltd. referred to in its letter dated 12 March 2024 was settled in full on 30 April 2024 and the proceedings have been withdrawn.")
s(LIT, "none", "en", "English guarantee", "Neither the Obligor nor any of its directors has at any time been named as a judgment debtor in the enforcement records of any PRC court.")
s(LIT, "pending", "en", "Notes to financial statements", "Contingent liabilities: as of 31 December 2023 the Group was not involved in any material legal proceedings, and the directors are not aware of any claims pending or threatened against the Group.")
s(LIT, "pending", "en", "English facility agreement", "Save as disclosed in Schedule 4, no claim has been made against it which, if adversely determined, would reasonably be likely to have a Material Adverse Effect.")
s(LIT, "positive", "en", "English facility agreement", "The Borrower is in good standing and has a clean litigation record in each jurisdiction in which it carries on business.")
s(LIT, "pending", "mixed", "双语借款合同", "借款人陈述与保证 / Borrower's Representation：截至签署日，借款人不存在任何未决诉讼或仲裁 (no pending litigation or arbitration)。")
s(LIT, "resolved", "mixed", "情况说明", "本公司确认，the enforcement case (2023)浙0110执1234号 has been fully performed，法院已出具结案通知书。")

# ---------------------------------------------------------------- 涉诉与执行: hard negatives
o("zh", "借款合同·通知条款", "借款人涉及或可能涉及重大诉讼、仲裁或其资产被查封、扣押的，应于知道该等事项之日起三个工作日内书面通知贷款人。")
o("zh", "借款合同·违约事件", "借款人或保证人涉及重大诉讼、仲裁，或被列入失信被执行人名单的，视为借款人违约，贷款人有权宣布贷款提前到期。")
o("zh", "尽调报告", "经查询中国裁判文书网及中国执行信息公开网，保证人王建国名下有两起被执行案件，执行标的合计约38.6万元，尚未执行完毕。")
o("zh", "尽调报告", "经我行客户经理通过企业信用信息公示系统、中国执行信息公开网核查，未发现借款人存在被执行或失信记录。")
o("zh", "审查意见", "请客户经理补充核实借款人实际控制人是否存在未决诉讼，并提供法院系统查询截图。")
o("zh", "情况说明", "本公司目前涉及一起买卖合同纠纷，本公司为被告，诉讼标的约120万元，案件尚在一审审理中。")
o("zh", "情况说明", "我本人因民间借贷纠纷于2023年被列为失信被执行人，目前仍在与债权人协商还款方案，尚未移出名单。")
o("zh", "法律条文", "被执行人未按执行通知书指定的期间履行生效法律文书确定的给付义务的，人民法院可以采取限制消费措施。")
o("zh", "借款合同·定义", "本合同所称“重大诉讼”，是指诉讼标的金额超过借款人最近一期经审计净资产百分之五的诉讼或仲裁案件。")
o("zh", "尽调问卷", "请说明贵公司及控股股东近三年是否存在诉讼、仲裁或被执行情况；如有，请列明案号、标的及进展。")
o("zh", "借款合同·先决条件", "贷款人发放首笔贷款前，借款人应提供由其法律顾问出具的、确认其不存在重大未决诉讼的法律意见书。")
o("zh", "尽调报告", "据借款人提供的材料，其主要供应商浙江恒锐铝业有限公司于去年被债权人申请破产重整，目前仍在程序中。")
o("zh", "贷款人函件", "若贵司在贷款期间被提起诉讼，我行将视情况要求追加担保或提前收回贷款。")
o("zh", "承诺函", "本公司承诺在借款期间如发生任何诉讼、仲裁事项，将及时、完整地向贵行披露，不予隐瞒。")
o("zh", "借款合同·争议解决", "因本合同引起的或与本合同有关的任何争议，双方应协商解决；协商不成的，任何一方均可向贷款人住所地有管辖权的人民法院提起诉讼。")
o("en", "English facility agreement", "Litigation: any litigation, arbitration or administrative proceedings are commenced against any Obligor which are reasonably likely to be adversely determined and, if so determined, would have a Material Adverse Effect.")
o("en", "English facility agreement", "The Borrower shall promptly notify the Agent of the details of any litigation, arbitration or administrative proceedings which are current, threatened or pending against it.")
o("en", "Due diligence report", "Our search of the China Judgements Online database revealed three civil judgments against the Guarantor between 2021 and 2023, one of which remains unsatisfied.")
o("en", "Letter from borrower", "We should disclose that the Company is currently a defendant in a contractual claim brought by a former distributor; the hearing is scheduled for September.")
o("en", "English facility agreement", '"Proceedings" means any suit, action, arbitration or other proceeding, whether civil, criminal or administrative, before any court, tribunal or governmental authority.')
o("en", "Credit officer note", "Can the Borrower confirm whether any enforcement orders have been issued against its directors in the past five years?")
o("mixed", "双语借款合同·先决条件", "Condition precedent：贷款人已收到借款人住所地法院出具的无诉讼证明 (a certificate of no litigation) 原件。")

# ---------------------------------------------------------------- 关联关系: statements
s(REL, "none", "zh", "借款合同·陈述与保证", "借款人确认，除已在附件三中披露的情形外，借款人与贷款人及其董事、监事、高级管理人员之间不存在任何关联关系。")
s(REL, "none", "zh", "承诺函", "本公司与担保人深圳宏图供应链管理有限公司之间不存在股权控制、人员交叉任职等关联关系。")
s(REL, "none", "zh", "声明书", "本人声明，本人及直系亲属未在借款企业的上下游客户中持有任何股份或担任任何职务。")
s(REL, "resolved", "zh", "财务报表附注", "六、关联方及关联交易：报告期内，本公司与关联方之间的资金往来均已于2023年12月20日前全部清理完毕，期末无关联方资金占用余额。")
s(REL, "none", "zh", "情况说明", "关于我司应收账款中对苏州众信贸易有限公司的2,150万元，该公司与我司无任何关联关系，系正常购销业务形成。")
s(REL, "resolved", "zh", "情况说明", "我司原股东陈某控制的宁波启航投资有限公司曾向我司拆借资金680万元，该笔款项已于2024年1月全部归还，双方资金往来已结清。")
s(REL, "pending", "zh", "尽调问卷答复", "答：目前公司不存在控股股东、实际控制人及其关联方非经营性占用公司资金的情况。")
s(REL, "positive", "zh", "借款合同·陈述与保证", "借款人与其关联方之间发生的关联交易均按市场公允价格定价，并已履行必要的内部决策程序。")
s(REL, "pending", "zh", "承诺函", "截至本承诺函出具之日，本公司与本次借款资金的受托支付对象之间不存在关联关系，亦不存在资金回流安排。")
s(REL, "none", "zh", "声明书", "本公司聲明：本公司與借款人之實際控制人不存在任何親屬關係或股權關聯。")
s(REL, "none", "zh", "审计报告附注", "本公司本年度未发生与控股股东及其控制的其他企业之间的资金拆借。")
s(REL, "none", "zh", "保证合同·陈述与保证", "保证人确认其与借款人之间不存在相互持股、共同控制或受同一实际控制人控制的情形。")
s(REL, "none", "zh", "邮件", "李经理，补充一下：我们公司跟鑫源物流没有关联，只是普通客户，合同和发票都可以提供。")
s(REL, "resolved", "zh", "情况说明", "我司监事刘某原在供应商安徽泽盛建材任股东，已于2023年8月办理股权转让及工商变更，目前与该供应商已不存在关联关系。")
s(REL, "positive", "zh", "借款合同·陈述与保证", "借款人进一步陈述：借款人已向贷款人完整披露其全部关联方名单及关联交易情况，不存在通过关联交易转移资产、利润或规避监管的行为。")
s(REL, "pending", "zh", "承诺函", "本人承诺，目前本人控制的其他企业与借款公司之间不存在尚未结清的往来款项。")
s(REL, "positive", "zh", "财务报表附注", "公司关联交易均依据《关联交易管理制度》审议，交易价格参照独立第三方市场价格确定，不存在损害公司利益的情形。")
s(REL, "none", "zh", "声明书", "本人申明本人与贷款银行的工作人员之间无任何亲属关系及经济往来。")
s(REL, "none", "zh", "尽调问卷答复", "本公司不存在隐名股东或股权代持安排，工商登记的股东即为实际出资人。")
s(REL, "none", "en", "English facility agreement", "The Borrower is not a related party (as defined in the applicable accounting standards) of the Lender, any of its shareholders or any of its senior officers.")
s(REL, "positive", "en", "English facility agreement", "All transactions between the Company and its Affiliates have been entered into on arm's length terms and on normal commercial terms.")
s(REL, "pending", "en", "Letter from borrower", "As at the date of this letter, no amount is owed to the Company by its shareholders or by any entity controlled by them.")
s(REL, "resolved", "en", "Letter from borrower", "The intercompany loan of RMB 4,200,000 advanced to Hengtai Trading Co., Ltd. was repaid in full on 15 November 2023 and no balance remains outstanding.")
s(REL, "none", "en", "English guarantee", "Neither the Guarantor nor any of its Affiliates has ever held any equity interest in, or exercised control over, the Borrower.")
s(REL, "pending", "en", "Notes to financial statements", "Related party balances: at the reporting date there were no outstanding balances with the controlling shareholder or its associates.")
s(REL, "positive", "en", "English facility agreement", "The Borrower has disclosed to the Lender in writing the identity of each person that controls it, and there is no nominee or undisclosed beneficial owner.")
s(REL, "none", "mixed", "双语保证合同", "本公司确认与Guarantor之间无任何 related-party relationship，双方不受同一实际控制人控制。")
s(REL, "resolved", "mixed", "财务报表附注（双语）", "关联方资金往来 / Related-party balances：截至2023年12月31日余额为零，all such balances have been settled。")

# ---------------------------------------------------------------- 关联关系: hard negatives
o("zh", "会计准则", "一方控制、共同控制另一方或对另一方施加重大影响，以及两方或两方以上同受一方控制、共同控制的，构成关联方。")
o("zh", "借款合同·约定事项", "借款人与其关联方之间发生单笔金额超过人民币500万元的关联交易的，应事先征得贷款人书面同意。")
o("zh", "尽调报告", "经工商信息比对，借款人监事赵某同时担任其第一大客户的法定代表人，两者存在关联关系，借款人在申请材料中未予披露。")
o("zh", "审查意见", "需核实借款人与受托支付对象江苏瑞丰贸易之间是否存在关联关系及资金回流。")
o("zh", "情况说明", "我司与控股股东之间目前仍有约1,300万元的往来款尚未归还，计划于明年上半年逐步清理。")
o("zh", "借款合同·定义", "本合同所称“关联方”，具有《企业会计准则第36号——关联方披露》所规定的含义。")
o("zh", "尽调问卷", "贵公司实际控制人是否还控制其他企业？这些企业与贵公司之间近两年有无资金拆借？")
o("zh", "借款合同·违约事件", "借款人通过关联交易转移资产或利润、逃废银行债务的，构成本合同项下的违约事件。")
o("zh", "承诺函", "借款人承诺在借款期间不以任何形式向其股东或关联方提供借款或形成资金占用。")
o("zh", "尽调报告", "据企业信息查询平台显示，担保人深圳宏图的实际控制人同时控制另外四家贸易公司，其中两家已注销。")
o("zh", "财务报表附注", "本年度公司向关联方南京弘毅机械采购原材料合计4,825.3万元，占同类交易金额的37%，期末应付余额1,102.6万元。")
o("zh", "审批意见", "鉴于借款人与保证人同受一人控制，互保风险较高，建议追加第三方房产抵押。")
o("zh", "法律条文", "公司的控股股东、实际控制人、董事、监事、高级管理人员不得利用关联关系损害公司利益；违反规定给公司造成损失的，应当承担赔偿责任。")
o("zh", "保证合同", "如借款人与保证人之间存在关联关系，保证人应在本合同签署前书面告知贷款人。")
o("en", "English facility agreement", "No Obligor shall enter into any transaction with an Affiliate except on arm's length terms and for full market value.")
o("en", "Due diligence report", "The due diligence team noted that the Borrower's CFO is the spouse of the sole director of its largest supplier, which was not disclosed in the application.")
o("en", "English facility agreement", '"Affiliate" means, in relation to any person, a Subsidiary of that person or a Holding Company of that person or any other Subsidiary of that Holding Company.')
o("en", "Letter from borrower", "We confirm that the shareholder loan of USD 1.2 million remains outstanding and is expected to be repaid after the facility matures.")
o("en", "Due diligence questionnaire", "Please list all entities in which the controlling shareholder holds more than 20 per cent and state any balances due to or from the Company.")
o("en", "English facility agreement", "Any transfer of assets to a Related Party otherwise than in the ordinary course of trading shall constitute an Event of Default.")
o("mixed", "授信审查备注", "Credit memo 备注：Borrower 与 Guarantor 存在交叉持股（cross-shareholding），需在授信批复中列明。")

# ---------------------------------------------------------------- 对外担保: statements
s(GUA, "none", "zh", "借款合同·陈述与保证", "截至本合同签署日，借款人未为任何第三方的债务提供保证、抵押、质押或其他形式的担保。")
s(GUA, "pending", "zh", "承诺函", "本公司目前不存在正在履行的对外担保，亦无其他或有负债。")
s(GUA, "pending", "zh", "财务报表附注", "十、承诺及或有事项：截至资产负债表日，本公司不存在为合并范围以外单位提供担保的情况，亦无其他重大或有负债。")
s(GUA, "resolved", "zh", "情况说明", "我司2021年为浙江新杰纺织有限公司在某国有银行的800万元贷款提供的连带责任保证，因主债务已于2023年10月全部清偿，保证责任已解除。")
s(GUA, "none", "zh", "声明书", "本人从未为他人借款提供过任何担保，也未在任何借款合同上以保证人身份签字。")
s(GUA, "positive", "zh", "保证合同·陈述与保证", "保证人确认，其对外提供担保的总额（含本合同项下担保）未超过其最近一期经审计净资产的50%。")
s(GUA, "none", "zh", "尽调问卷答复", "是否存在对外担保：无。公司成立至今未对外提供过担保。")
s(GUA, "none", "zh", "承诺函", "本人承諾，本人名下無任何對外擔保，亦未與任何企業形成互保、聯保關係。")
s(GUA, "resolved", "zh", "情况说明", "原来帮朋友公司做的那笔担保，借款去年已经还清了，银行也出了解除担保的证明，现在我身上没有担保了。")
s(GUA, "none", "zh", "借款合同·陈述与保证", "借款人确认，除本合同附件所列之担保外，借款人未签署任何保证合同、差额补足协议、回购承诺或其他具有担保性质的文件，亦不存在任何可能导致其承担代偿责任的安排。")
s(GUA, "positive", "zh", "审计报告附注", "本公司报告期内不存在违规对外担保，对子公司的担保均已履行董事会及股东会审议程序。")
s(GUA, "pending", "zh", "邮件", "张行长您好，贵行问到的对外担保问题，我们核对过了，公司目前没有替任何单位或个人担保，也没有互保。")
s(GUA, "none", "zh", "声明书", "本人与配偶均未为任何企业或个人的债务提供过保证担保，名下亦无因担保而产生的代偿义务。")
s(GUA, "pending", "zh", "承诺函", "本公司对外担保余额为零，不存在任何以本公司名义出具且仍在有效期内的保函、担报函或安慰函。")
s(GUA, "resolved", "zh", "情况说明", "2022年我公司为关联企业鼎盛置业出具的担保函，已于2024年2月经债权人书面同意撤销，担保函原件已退回。")
s(GUA, "positive", "zh", "保证合同·陈述与保证", "保证人陈述其具备代为清偿能力，现有对外担保不会影响其履行本合同项下的保证责任。")
s(GUA, "none", "zh", "财务报表附注", "公司不存在为股东、实际控制人及其关联方提供担保的情形。")
s(GUA, "none", "zh", "抵押合同·陈述与保证", "抵押人保证，除本合同项下抵押外，其未以本人财产为其他任何人的债务提供反担保。")
s(GUA, "pending", "zh", "尽调问卷答复", "贵行所列《对外担保情况表》中，我司已逐项填写“无”，即目前不存在未到期的担保责任。")
s(GUA, "none", "en", "English guarantee", "The Guarantor has not given any guarantee, indemnity or other assurance against loss in respect of the obligations of any other person.")
s(GUA, "pending", "en", "English facility agreement", "No Obligor has any contingent liability under any guarantee, suretyship or letter of comfort which is currently outstanding.")
s(GUA, "resolved", "en", "Letter from borrower", "The guarantee dated 8 June 2021 given by the Company in favour of Bank of Ningbo in respect of the debts of Ruida Packaging Ltd. has been released and discharged in full.")
s(GUA, "positive", "en", "English facility agreement", "The aggregate amount of all guarantees given by the Borrower does not exceed 10 per cent. of its consolidated net assets.")
s(GUA, "pending", "en", "Notes to financial statements", "Financial guarantees: the Company had not provided any financial guarantees to third parties as at 31 December 2023 (2022: nil).")
s(GUA, "none", "en", "English facility agreement", "At no time since its incorporation has the Borrower acted as guarantor or surety for any indebtedness of its shareholders or their associates.")
s(GUA, "positive", "en", "English guarantee", "The Guarantor confirms that its obligations under this Guarantee, together with all other guarantees currently given by it, are within its financial capacity to perform.")
s(GUA, "none", "mixed", "财务报表附注（双语）", "对外担保 / External guarantees：本公司未对任何第三方提供担保 (nil)。")
s(GUA, "resolved", "mixed", "情况说明", "Guarantor确认其为上海诚泰提供的担保已于2023年11月30日解除，the related guarantee has been fully discharged。")

# ---------------------------------------------------------------- 对外担保: hard negatives
o("zh", "借款合同·约定事项", "借款期间，未经贷款人书面同意，借款人不得为第三方提供任何形式的担保。")
o("zh", "借款合同·违约事件", "借款人对外提供担保导致其偿债能力明显下降的，贷款人有权停止发放尚未提取的贷款。")
o("zh", "尽调报告", "经人民银行征信系统查询，借款人对外担保余额为2,300万元，其中为关联企业担保1,800万元。")
o("zh", "审查意见", "需核实借款人是否有对外担保，尤其关注与当地其他企业之间的互保、联保情况。")
o("zh", "情况说明", "本公司目前为子公司华川电子在某股份制银行的1,500万元贷款提供连带责任保证，担保期限至2026年3月。")
o("zh", "法律条文", "保证合同是为保障债权的实现，保证人和债权人约定，当债务人不履行到期债务或者发生当事人约定的情形时，保证人履行债务或者承担责任的合同。")
o("zh", "法律条文", "当事人在保证合同中对保证方式没有约定或者约定不明确的，按照一般保证承担保证责任。")
o("zh", "法律条文", "公司为公司股东或者实际控制人提供担保的，应当经股东会决议。")
o("zh", "借款合同·定义", "本合同所称“对外担保”，是指借款人为除其自身以外的任何主体的债务提供的保证、抵押、质押及其他担保。")
o("zh", "尽调问卷", "请问贵司近三年有没有替别的公司做过担保？如有，请提供担保合同复印件。")
o("zh", "尽调报告", "保证人之一的福建泉润贸易有限公司同时为另外三家企业在农商行的贷款提供担保，担保总额约4,600万元。")
o("zh", "保证合同", "若保证人在保证期间对外提供新的担保，应当在发生之日起五日内告知贷款人。")
o("zh", "承诺函", "本公司承诺今后不再为任何关联企业提供新增担保，现有担保到期后不再续保。")
o("zh", "财务报表附注", "截至2023年12月31日，本公司为合并范围外单位提供担保余额合计6,800万元，被担保方均正常经营。")
o("zh", "审批意见", "保证人对外担保比例较高，代偿风险较大，建议将担保方式调整为抵押加保证。")
o("en", "English facility agreement", "The Borrower shall not incur or allow to remain outstanding any guarantee in respect of any obligation of any person, save for Permitted Guarantees.")
o("en", "English facility agreement", '"Guarantee" includes any guarantee, indemnity, counter-indemnity, letter of credit or other obligation to pay, purchase or provide funds for the payment of any indebtedness of another person.')
o("en", "Due diligence report", "Credit bureau records indicate that the Guarantor is currently acting as surety for five facilities granted to unrelated SMEs, with an aggregate exposure of RMB 31 million.")
o("en", "Letter from borrower", "Please note that the Company guaranteed its subsidiary's equipment lease in 2022 and that guarantee is still in force.")
o("en", "English guarantee", "The Guarantor irrevocably and unconditionally guarantees to the Lender punctual performance by the Borrower of all its obligations under the Facility Agreement.")
o("en", "Credit officer note", "Has the Borrower entered into any cross-guarantee arrangement with other companies in the same industrial park?")
o("mixed", "尽调问卷", "请在附件中列明全部 contingent liabilities（或有负债），包括对外担保及未决诉讼。")

# ---------------------------------------------------------------- 抵质押与权利负担: statements
s(ENC, "none", "zh", "抵押合同·陈述与保证", "抵押人保证，抵押物上未设定任何其他抵押权、质权或其他权利负担，亦未被查封、扣押或监管。")
s(ENC, "pending", "zh", "声明书", "本人名下位于杭州市拱墅区康桥路88号的房产目前无任何抵押，也未出租给他人。")
s(ENC, "none", "zh", "承诺函", "本公司承诺，本次用于质押的应收账款未曾转让或质押给任何第三方，不存在权利瑕疵。")
s(ENC, "resolved", "zh", "情况说明", "该厂房原抵押给某农村商业银行，相关贷款已于2024年4月12日结清，抵押登记已于4月19日办理注销。")
s(ENC, "pending", "zh", "财务报表附注", "截至2023年12月31日，本公司不存在所有权或使用权受到限制的资产。")
s(ENC, "none", "zh", "质押合同·陈述与保证", "出质人声明，其持有的宁波恒远科技有限公司35%股权权属清晰，不存在代持、质押、冻结或其他权利限制。")
s(ENC, "positive", "zh", "声明书", "本人对该车辆享有完整、合法的所有权，有权将其设定抵押。")
s(ENC, "resolved", "zh", "情况说明", "我司基本账户此前因合同纠纷被法院冻结，因纠纷已和解，法院已于2024年1月8日出具解除冻结裁定，账户已恢复正常使用。")
s(ENC, "none", "zh", "借款合同·陈述与保证", "借款人在此陈述，除在本合同签署前已书面告知贷款人的情形外，借款人的主要资产（包括土地使用权、房屋所有权、机器设备及应收账款）上均未设定任何担保物权，也不存在任何司法查封或行政扣押。")
s(ENC, "pending", "zh", "承诺函", "本人名下之不動產目前未設定抵押權，亦無查封、扣押等限制轉讓之情形。")
s(ENC, "none", "zh", "尽调问卷答复", "答：公司土地及厂房均未抵押，设备为自有，没有做过融资租赁。")
s(ENC, "none", "zh", "邮件", "刘经理您好，关于您问的那套商铺，产权证在我手上，没有抵押过，也没有被查封，可以随时去不动产登记中心查。")
s(ENC, "none", "zh", "承诺函", "本公司承诺所提供的低押物不存在重复抵押，亦未被司法机关查封冻结。")
s(ENC, "resolved", "zh", "情况说明", "原质押给信托公司的股票共计320万股，已于2023年12月全部解除质押，解除质押登记手续已办理完毕。")
s(ENC, "positive", "zh", "抵押合同·陈述与保证", "抵押人确认抵押财产为其合法所有，不存在共有人异议，且已取得全体共有人同意抵押的书面文件。")
s(ENC, "pending", "zh", "审计报告附注", "报告期末公司货币资金中不存在因抵押、质押或冻结等对使用有限制的款项。")
s(ENC, "pending", "zh", "保证合同·陈述与保证", "保证人声明其主要财产目前未被设定抵押或质押，能够为本合同项下债务提供足额保障。")
s(ENC, "resolved", "zh", "情况说明", "贵行提示的车辆抵押登记，系我公司2021年购车时汽车金融公司所办，车贷已于2023年还清，抵押已解除。")
s(ENC, "pending", "zh", "借款合同·陈述与保证", "借款人的银行账户不存在被冻结、被扣划或被设定质押的情形。")
s(ENC, "none", "en", "English facility agreement", "No Security or Quasi-Security exists over all or any of the present or future assets of any Obligor.")
s(ENC, "positive", "en", "English debenture", "The Chargor is the sole legal and beneficial owner of the Charged Property, free from any Security, option or third-party right.")
s(ENC, "pending", "en", "English facility agreement", "As at the date hereof, none of the Borrower's bank accounts is subject to any freezing order, attachment or garnishment.")
s(ENC, "resolved", "en", "Letter from borrower", "The mortgage over the property at Unit 1502, Tower B, Huafeng Plaza, registered in favour of Minsheng Bank, was discharged on 3 July 2023 and the registration has been cancelled.")
s(ENC, "none", "en", "English share pledge", "The Pledgor has not previously pledged, assigned or otherwise encumbered the Pledged Shares.")
s(ENC, "pending", "en", "English facility agreement", "None of the Borrower's real property is currently subject to any seizure, attachment or restriction on transfer imposed by a court or government authority.")
s(ENC, "pending", "en", "Notes to financial statements", "Assets pledged: as at 31 December 2023, none of the Group's property, plant and equipment had been pledged as security for borrowings (2022: RMB 12.5 million).")
s(ENC, "none", "en", "English receivables assignment", "All the receivables assigned under this Agreement were free and clear of any lien, charge or prior assignment at the time of assignment.")
s(ENC, "none", "mixed", "双语抵押合同", "抵押人陈述 Mortgagor's Representation：抵押物上无其他 encumbrance，亦未被查封。")
s(ENC, "resolved", "mixed", "情况说明", "本公司确认 the share pledge registered with the local AMR in 2022 已于2024年5月注销。")

# ---------------------------------------------------------------- 抵质押与权利负担: hard negatives
o("zh", "抵押合同", "抵押期间，未经抵押权人书面同意，抵押人不得将抵押物转让、出租、再次抵押或以其他方式处分。")
o("zh", "抵押合同", "抵押解除后，抵押权人应在十个工作日内配合抵押人办理抵押注销登记手续。")
o("zh", "法律条文", "为担保债务的履行，债务人或者第三人不转移财产的占有，将该财产抵押给债权人的，债务人不履行到期债务或者发生当事人约定的实现抵押权的情形，债权人有权就该财产优先受偿。")
o("zh", "法律条文", "抵押期间，抵押人可以转让抵押财产。当事人另有约定的，按照其约定。抵押财产转让的，抵押权不受影响。")
o("zh", "尽调报告", "经不动产登记中心查询，借款人名下厂房已于2022年抵押给某城商行，抵押金额1,200万元，抵押权尚未注销。")
o("zh", "审查意见", "请核实抵押物是否存在租赁情况及是否已被其他法院查封，现场照片需补充。")
o("zh", "微信", "实话说，这套房子还押在另一家银行，贷款余额还有大概四十万，还没还完。")
o("zh", "情况说明", "本公司位于嘉兴经开区的土地使用权目前已被法院查封，系因与施工方的工程款纠纷所致。")
o("zh", "借款合同·定义", "“权利负担”指任何抵押、质押、留置、查封、扣押、优先权、期权或其他第三方权利。")
o("zh", "借款合同·先决条件", "借款人应在首次提款前办妥抵押登记，并向贷款人提交不动产登记证明原件。")
o("zh", "借款合同·违约事件", "抵押物被查封、扣押、冻结或价值明显减少，且抵押人未在贷款人要求的期限内提供新的担保的，构成违约。")
o("zh", "尽调问卷", "这辆车现在还有没有按揭在身上？机动车登记证书能否提供原件查看？")
o("zh", "尽调报告", "经查询，保证人配偶名下的两套住房均已抵押给公积金管理中心，剩余贷款约85万元。")
o("zh", "评估报告", "本评估报告假设估价对象不存在抵押、查封等权利限制，如实际情况不同，评估结论需相应调整。")
o("zh", "抵押合同", "抵押人承诺在抵押期间对抵押物进行妥善保管，并按贷款人要求为抵押物投保财产一切险。")
o("en", "English facility agreement", "No Obligor shall create or permit to subsist any Security over any of its assets, other than Permitted Security.")
o("en", "English facility agreement", '"Security" means a mortgage, charge, pledge, lien or other security interest securing any obligation of any person or any other agreement having a similar effect.')
o("en", "Due diligence report", "The land registry search disclosed a first-ranking mortgage over the Property in favour of a third-party lender, which remains registered.")
o("en", "English facility agreement", "The Lender shall have received evidence that all existing Security over the Charged Assets has been released prior to the first Utilisation.")
o("en", "Letter from borrower", "The Company's main operating account has been frozen by the Shenzhen Futian District Court since February pending the outcome of a commercial dispute.")
o("en", "English debenture", "Upon the Secured Liabilities being irrevocably paid in full, the Lender shall, at the cost of the Chargor, release the Charged Property from this Deed.")
o("mixed", "放款核对清单", "抵押登记 checklist：1) 不动产权证原件；2) 共有人同意书；3) 查封情况查询结果 (search result)。")

# ---------------------------------------------------------------- 还款与逾期: statements
s(REP, "none", "zh", "借款合同·陈述与保证", "借款人在贷款人及其他金融机构的全部借款均按期足额偿还本息，从未发生逾期。")
s(REP, "pending", "zh", "承诺函", "截至本承诺函出具之日，本公司在各金融机构的贷款不存在欠息或逾期未还的情况。")
s(REP, "resolved", "zh", "情况说明", "我司2022年8月在某国有银行的一笔流动资金贷款因回款延迟逾期12天，已于同年8月31日全额归还本息及罚息，此后未再出现逾期。")
s(REP, "resolved", "zh", "声明书", "本人在贵公司办理的车辆抵押贷款（合同编号CD2021-0457）已于2024年2月提前全部结清。")
s(REP, "positive", "zh", "声明书", "本人自2018年以来在各银行的信用卡及贷款均按时足额还款，保持良好的还款习惯。")
s(REP, "pending", "zh", "财务报表附注", "截至报告期末，本公司无已到期未偿还的短期借款，亦无展期或借新还旧的贷款。")
s(REP, "pending", "zh", "保证合同·陈述与保证", "保证人确认，其作为借款人的债务在其他金融机构均处于正常类，无逾期、欠息情况。")
s(REP, "none", "zh", "尽调问卷答复", "答：公司历史上没有任何贷款逾期记录，也没有办理过展期或借新还旧。")
s(REP, "resolved", "zh", "情况说明", "上个月那笔利息晚了两天是因为对公账户换卡，钱第三天就补上了，现在一分钱都不欠。")
s(REP, "none", "zh", "承诺函", "本公司過往所有借款均已按約定償還，從未發生拖欠本息之情事。")
s(REP, "resolved", "zh", "邮件", "陈经理，附上小贷公司出具的结清证明，那笔50万的经营贷已经全部还完了，请查收。")
s(REP, "none", "zh", "借款合同·陈述与保证", "借款人声明并保证：截至本合同签订之日，借款人不存在任何到期未偿付的金融债务，未曾发生任何贷款本息逾期、垫款或被金融机构宣布提前到期的情形，亦不存在未如实告知贷款人的其他债务。")
s(REP, "none", "zh", "声明书", "本人在贵社的贷款一直按时还款，从来没有愈期过。")
s(REP, "resolved", "zh", "情况说明", "我公司原在某农商行的1,000万元贷款已于2024年5月30日到期足额归还，未展期、未续贷。")
s(REP, "pending", "zh", "承诺函", "本公司与供应商之间的应付账款均在约定账期内支付，目前不存在拖欠货款或工程款的情况。")
s(REP, "positive", "zh", "审计报告附注", "公司报告期内均按期偿还到期债务，未发生债务违约事项。")
s(REP, "pending", "zh", "保证人声明书", "保证人本人名下的住房按揭贷款目前均正常还款，无拖欠。")
s(REP, "resolved", "zh", "尽调问卷答复", "贵行关注的原民间借贷80万元，已于2023年12月全部还清，出借人已出具收条及结清说明。")
s(REP, "pending", "zh", "借款合同·陈述与保证", "借款人确认其应缴纳的税款、社会保险费及水电费均已按时缴纳，不存在欠缴。")
s(REP, "none", "en", "English facility agreement", "The Borrower has never failed to pay any amount of principal or interest when due under any Financial Indebtedness.")
s(REP, "pending", "en", "English facility agreement", "No Default is continuing or might reasonably be expected to result from the making of any Utilisation.")
s(REP, "resolved", "en", "Letter from borrower", "The working capital loan of RMB 3,000,000 granted by Jiangnan Rural Commercial Bank was repaid in full on its maturity date, 20 March 2024.")
s(REP, "pending", "en", "English facility agreement", "It is not in default under any agreement to which it is a party and no amount payable by it under any such agreement is overdue.")
s(REP, "positive", "en", "English guarantee", "The Guarantor has at all times met its payment obligations under its existing facilities on a timely basis.")
s(REP, "resolved", "en", "Letter from borrower", "All arrears of interest under the previous facility, amounting to RMB 86,400, were settled on 14 January 2024 and the account is now fully current.")
s(REP, "pending", "en", "English facility agreement", "There are no unpaid taxes, social insurance contributions or trade payables of the Company which are past due.")
s(REP, "none", "mixed", "双语借款合同", "借款人声明其 all existing loans 均按期还本付息，从未 overdue。")
s(REP, "resolved", "mixed", "尽调问卷答复", "Repayment status 还款情况：上一笔贷款已于2023年9月全部结清 (fully repaid)。")

# ---------------------------------------------------------------- 还款与逾期: hard negatives
o("zh", "借款合同·违约责任", "借款人未按约定期限归还贷款本息的，贷款人有权自逾期之日起按合同利率加收50%计收罚息。")
o("zh", "法律条文", "借款人未按照约定的期限返还借款的，应当按照约定或者国家有关规定支付逾期利息。")
o("zh", "借款合同·定义", "本合同所称“逾期”，指借款人未在本合同约定的还款日或贷款人宣布的提前到期日足额偿还应付款项。")
o("zh", "审查意见", "借款人目前有一笔信用卡逾期未还，金额约3.2万元，已逾期两个月。")
o("zh", "情况说明", "本公司在某股份制银行的一笔500万元贷款于2024年6月到期后未能按时归还，目前正在与该行协商展期。")
o("zh", "尽调报告", "经查询，借款人近24个月贷款还款记录中出现“3”“4”各一次，最长逾期天数超过90天。")
o("zh", "审查意见", "核实借款人上一笔贷款是否为借新还旧，并调取还款流水，确认有无逾期。")
o("zh", "尽调问卷", "您在其他平台还有没有没还清的借款？每个月大概要还多少？")
o("zh", "借款合同", "借款人提前还款的，应提前三十日向贷款人提交书面申请，经贷款人同意后方可办理。")
o("zh", "借款合同", "本合同项下贷款按月等额本息还款，每月21日为还款日，首期还款日为2024年8月21日。")
o("zh", "催收函", "贵司借款合同项下本金20万元已于2024年3月15日到期，至今未予归还，请于收到本函之日起七日内清偿。")
o("zh", "借款合同", "借款人的还款不足以清偿全部到期债务的，按照实现债权的费用、罚息、利息、本金的顺序依次清偿。")
o("zh", "尽调报告", "据借款人反映，其下游客户宏达商贸拖欠其货款约230万元已超过一年，尚在催收中。")
o("zh", "借款合同·违约事件", "如借款人连续三期或累计六期未按时还款，贷款人有权宣布全部贷款立即到期。")
o("zh", "保证合同", "借款人逾期还款的，保证人应在收到贷款人书面通知后十日内代为清偿。")
o("en", "English facility agreement", "Non-payment: an Obligor does not pay on the due date any amount payable pursuant to a Finance Document at the place at and in the currency in which it is expressed to be payable.")
o("en", "English facility agreement", "If an Obligor fails to pay any amount payable by it under a Finance Document on its due date, interest shall accrue on the overdue amount from the due date up to the date of actual payment at a rate two per cent. higher than the applicable rate.")
o("en", "Due diligence report", "The bank statements show that the Borrower's instalments for March and April 2024 were paid 17 and 23 days late respectively.")
o("en", "Letter from borrower", "We regret to inform you that the Company will be unable to meet the principal instalment due on 30 June and request a three-month deferral.")
o("en", "English facility agreement", '"Overdue Amount" means any sum due and payable under this Agreement which has not been paid on its due date.')
o("en", "Due diligence questionnaire", "Has the Borrower ever requested a rescheduling, extension or refinancing of any of its bank loans?")
o("mixed", "双语借款合同", "Repayment Schedule：每季度末月20日付息，到期一次还本 (bullet repayment at maturity)。")

# ---------------------------------------------------------------- 征信与偿债能力: statements
s(CRE, "positive", "zh", "借款合同·陈述与保证", "借款人资信状况良好，具备按期偿还本合同项下贷款本息的能力。")
s(CRE, "none", "zh", "声明书", "本人在中国人民银行征信系统中无任何不良信用记录。")
s(CRE, "none", "zh", "承诺函", "本公司企业信用报告中不存在关注类、次级类、可疑类或损失类贷款记录。")
s(CRE, "resolved", "zh", "情况说明", "本人征信报告中2020年的一条信用卡逾期记录系发卡行系统差错所致，经异议申请，该记录已于2023年11月被删除。")
s(CRE, "positive", "zh", "情况说明", "公司经营稳定，2023年度经营活动现金流量净额为2,860万元，足以覆盖本次借款的年度还本付息额。")
s(CRE, "positive", "zh", "尽调问卷答复", "答：本人及配偶的个人征信均正常，近两年没有逾期，也没有频繁查询。")
s(CRE, "none", "zh", "承诺函", "本公司信用良好，未曾被列入任何金融機構之不良客戶名單。")
s(CRE, "positive", "zh", "保证合同·陈述与保证", "保证人声明其具有足够的代偿能力，其净资产不低于本合同项下被担保债务本金的两倍。")
s(CRE, "positive", "zh", "借款合同·陈述与保证", "借款人陈述，其财务状况自最近一期经审计财务报表之日起未发生重大不利变化，不存在资不抵债、停业、歇业或被申请破产的情形，具备持续经营能力。")
s(CRE, "none", "zh", "声明书", "我做生意十几年，从来没上过征信黑名单，也没有网贷的不良记录。")
s(CRE, "resolved", "zh", "情况说明", "本公司此前被列入经营异常名录系未按时报送年报所致，已于2024年3月补报并移出名录，目前信用状态正常。")
s(CRE, "pending", "zh", "承诺函", "本人目前不存在被金融机构认定为不良客户的情形，也无正在被催收的债务。")
s(CRE, "positive", "zh", "邮件", "赵经理，我们的纳税信用等级是A级，去年营业收入比前年增长了18%，还款来源是有保障的。")
s(CRE, "none", "zh", "尽调问卷答复", "公司近三年无不良信货记录，资信良好，无恶意逃废债务行为。")
s(CRE, "resolved", "zh", "情况说明", "本人2021年担保的一笔贷款曾在征信报告中显示为关注类，该笔贷款已由借款人还清，征信已更新为结清状态。")
s(CRE, "pending", "zh", "声明书", "本人名下目前无任何网络小额贷款、消费金融贷款未结清记录，征信查询次数近半年不超过三次。")
s(CRE, "positive", "zh", "借款合同·陈述与保证", "借款人确认其资产足以清偿全部负债，不存在资不抵债或明显缺乏清偿能力的情形。")
s(CRE, "positive", "zh", "财务报表附注", "公司资产负债率为46.3%，流动比率1.52，偿债能力良好，不存在影响持续经营能力的重大事项。")
s(CRE, "none", "zh", "承诺函", "本公司从未被税务机关认定为重大税收违法失信主体，亦未受到金融监管部门的行政处罚。")
s(CRE, "positive", "en", "English facility agreement", "The Borrower is able to pay its debts as they fall due and has not suspended or threatened to suspend making payments on any of its debts.")
s(CRE, "none", "en", "English guarantee", "The Guarantor's credit report issued by the Credit Reference Center of the People's Bank of China contains no adverse record.")
s(CRE, "pending", "en", "English facility agreement", "No Obligor is unable or admits inability to pay its debts as they fall due, nor is the value of its assets less than its liabilities.")
s(CRE, "resolved", "en", "Letter from borrower", "The negative entry on the Borrower's credit record relating to a 2019 credit card balance was corrected following a successful dispute and no longer appears.")
s(CRE, "none", "en", "English facility agreement", "The Company has never been classified by any financial institution as a defaulting or non-performing borrower.")
s(CRE, "positive", "en", "English facility agreement", "There has been no material adverse change in the financial condition of the Borrower since the date of its most recent audited financial statements.")
s(CRE, "positive", "en", "Letter from borrower", "The Borrower's projected cash flows are sufficient to service the Facility in full throughout its term.")
s(CRE, "positive", "mixed", "双语借款合同", "借款人确认其 credit record 良好，无任何 adverse entries，具备 repayment capacity。")
s(CRE, "pending", "mixed", "声明书", "本人征信目前无任何 overdue 或 bad debt 记录。")

# ---------------------------------------------------------------- 征信与偿债能力: hard negatives
o("zh", "法律条文", "征信机构对个人不良信息的保存期限，自不良行为或者事件终止之日起为5年；超过5年的，应当予以删除。")
o("zh", "尽调报告", "征信报告显示，借款人近六个月贷款审批查询达14次，另有两笔网络小贷未结清，多头借贷特征明显。")
o("zh", "审查意见", "建议调取借款人配偶的个人征信，确认其是否存在不良记录及隐性负债。")
o("zh", "微信", "本人征信上确实有几次信用卡逾期，是前几年生意不好造成的，现在还有一张卡没还清。")
o("zh", "借款合同·定义", "“重大不利变化”是指对借款人的经营、资产、财务状况或其履行本合同项下义务的能力产生重大不利影响的任何事件或情况。")
o("zh", "借款合同·授权条款", "借款人同意贷款人在贷前审查及贷后管理中查询其在金融信用信息基础数据库中的信用报告。")
o("zh", "借款合同·违约事件", "借款人财务状况恶化、经营出现严重困难或资信状况显著下降的，贷款人有权要求提前收回贷款。")
o("zh", "尽调问卷", "请问您的征信报告近两年有没有逾期记录？是否有正在使用的网贷？")
o("zh", "审查意见", "借款人资产负债率已达78%，经营性现金流连续两年为负，偿债能力偏弱，建议压降授信额度。")
o("zh", "尽调报告", "据了解，借款人主要客户华兴置业近期已出现商票逾期兑付，可能影响借款人回款。")
o("zh", "借款合同·约定事项", "借款人承诺在贷款存续期间保持资产负债率不高于65%，流动比率不低于1.2。")
o("zh", "评级报告", "经本评级机构评定，浙江禾丰农业科技有限公司主体信用等级为A-，评级展望稳定。")
o("en", "English facility agreement", "The Borrower shall ensure that its Leverage Ratio in respect of any Relevant Period shall not exceed 3.5:1.")
o("en", "English facility agreement", "Insolvency: any member of the Group suspends or threatens to suspend payments on any of its debts, or by reason of actual or anticipated financial difficulties begins negotiations with any creditor for the rescheduling of its indebtedness.")
o("en", "Due diligence report", "The credit bureau report obtained by the Lender shows two loans classified as 'special mention' and an unpaid credit card balance overdue for 120 days.")
o("en", "Email from borrower", "Our cash position is tight this quarter and, frankly, we may struggle to cover both the payroll and the next instalment.")
o("en", "Credit officer note", "Could you explain why the Company's credit report shows six hard inquiries by different lenders in the last three months?")
o("mixed", "授信审查备注", "Credit memo 审查意见：DSCR 仅为0.9x，偿债能力不足，建议 decline。")
o("mixed", "双语借款合同·定义", "定义：“Financial Indebtedness”（金融负债）指借款、债券、融资租赁及其他具有融资性质的债务。")
o("mixed", "补件通知", "请借款人补充提供 last two years 的个人征信报告 (credit report) 及银行流水。")
o("mixed", "授信审查备注", "Officer note：保证人征信有一笔 overdue 记录，需当面核实原因。")


# ---------------------------------------------------------------- build and check
def bigrams(text: str) -> set[str]:
    t = "".join(text.split()).lower()
    return {t[i:i + 2] for i in range(len(t) - 1)}


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 1.0


def build() -> list[dict]:
    rows = [dict(r) for r in ROWS]
    random.Random(20240611).shuffle(rows)  # fixed seed: interleave topics and labels deterministically
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": f"sta-{i:03d}", "text": r["text"], "lang": r["lang"], "label": r["label"],
                    "topic": r["topic"], "scope": r["scope"], "source": r["source"]})
    return out


def check(rows: list[dict]) -> None:
    assert len(rows) == 300, len(rows)
    assert [r["id"] for r in rows] == [f"sta-{i:03d}" for i in range(1, 301)]
    for r in rows:
        assert list(r) == KEYS, r
        assert r["lang"] in LANGS and r["label"] in LABELS, r
        assert isinstance(r["text"], str) and r["text"].strip() == r["text"] and r["text"], r
        assert isinstance(r["source"], str) and r["source"], r
        if r["label"] == "other":
            assert r["topic"] is None and r["scope"] is None, r
        else:
            assert r["topic"] in TOPICS and r["scope"] in SCOPES, r
        han = sum("\u4e00" <= c <= "\u9fff" for c in r["text"])
        latin = sum(c.isascii() and c.isalpha() for c in r["text"])
        if r["lang"] == "zh":
            assert latin <= 6, r  # only codes such as CD2021-0457 allowed
        elif r["lang"] == "en":
            assert han == 0, r
        else:
            assert han > 0 and latin > 6, r
    texts = [r["text"] for r in rows]
    assert len(set(texts)) == len(texts), "duplicate text"
    grams = [bigrams(t) for t in texts]
    worst = (0.0, None, None)
    for i, j in combinations(range(len(rows)), 2):
        jac = jaccard(grams[i], grams[j])
        assert jac < 0.7, (rows[i]["id"], rows[j]["id"], round(jac, 3))
        if jac > worst[0]:
            worst = (jac, rows[i]["id"], rows[j]["id"])
    topic_counts = Counter(r["topic"] for r in rows if r["label"] == "statement")
    for t in TOPICS:
        assert topic_counts[t] >= 20, (t, topic_counts[t])
    print(f"max bigram Jaccard: {worst[0]:.3f} ({worst[1]} vs {worst[2]})")


def main() -> None:
    rows = build()
    check(rows)
    with OUT.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows -> {OUT}")
    print("label:", dict(Counter(r["label"] for r in rows)))
    print("lang:", dict(Counter(r["lang"] for r in rows)))
    print("topic:", dict(Counter(r["topic"] for r in rows if r["label"] == "statement")))
    print("scope:", dict(Counter(r["scope"] for r in rows if r["label"] == "statement")))
    print("lang x label:", dict(Counter((r["lang"], r["label"]) for r in rows)))
    print("topic x scope:")
    for t in sorted(TOPICS):
        c = Counter(r["scope"] for r in rows if r["topic"] == t)
        print(f"  {t}: {dict(sorted(c.items()))}")


if __name__ == "__main__":
    main()
