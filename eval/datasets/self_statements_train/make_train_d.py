#!/usr/bin/env python3
"""Builder for TRAINING batch d of borrowers' self-statements (ids std-001 … std-240).

Training data only: never report a figure measured on these rows.
Holds all rows as Python data and writes train_d.jsonl deterministically (fixed-seed shuffle, then ids).
Run:  /work/main/.venv/bin/python eval/datasets/self_statements_train/make_train_d.py
"""
from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "train_d.jsonl"

T, L, R, G, M, P, C = ("经营与纳税", "涉诉与执行", "关联关系", "对外担保",
                       "抵质押与权利负担", "还款与逾期", "征信与偿债能力")
TOPICS = {T, L, R, G, M, P, C}
SCOPES = {"none", "pending", "resolved", "positive"}
LANGS = {"zh", "en", "mixed"}
LABELS = {"statement", "other"}
KEYS = ["id", "text", "lang", "label", "topic", "scope", "source"]

ROWS: list[dict] = []
FIGURE_TEXTS: set[str] = set()  # 经营与纳税 statements that give a figure with a period


def S(topic, scope, lang, source, text, fig=False):
    ROWS.append(dict(text=text, lang=lang, label="statement", topic=topic, scope=scope, source=source))
    if fig:
        FIGURE_TEXTS.add(text)


def O(lang, source, text):
    ROWS.append(dict(text=text, lang=lang, label="other", topic=None, scope=None, source=source))


# ---------------------------------------------------------------- 经营与纳税 statements: zh, with figures
S(T, "positive", "zh", "财务附注", "本公司2025年度增值税开票金额合计4,187.6万元，较上年增长约11%。", True)
S(T, "positive", "zh", "借款申请书", "我厂今年1-9月销售收入约2,430万元，全部通过对公账户结算。", True)
S(T, "positive", "zh", "情况说明", "近12个月我司累计开具增值税专用发票金额为人民币玖佰陆拾叁万元整。", True)
S(T, "positive", "zh", "经营情况报告", "截至2026年10月末，公司本年度已缴纳各项税款合计318.4万元。", True)
S(T, "positive", "zh", "微信", "我们店去年一年流水大概有六百来万，都是走的公户。", True)
S(T, "positive", "zh", "经营情况报告", "公司第三季度实现营业收入1.26亿元，环比增长8.5%。", True)
S(T, "positive", "zh", "借款申请书", "本人经营的五金批发部2025年全年销售额约为380万元，已按小规模纳税人申报。", True)
S(T, "positive", "zh", "借款申请书", "我司近三年开票收入分别为2,150万元、2,680万元和3,040万元，呈逐年上升趋势。", True)
S(T, "positive", "zh", "情况说明", "2026年上半年本企业纳税总额为一百二十七万元，其中增值税八十九万元。", True)
S(T, "positive", "zh", "情况说明", "公司目前在册员工143名，2026年10月社保缴费人数同为143人，无断缴。", True)
S(T, "positive", "zh", "情况说明", "我公司本年度1至10月份开票额累计5,602万元，比去年同期多出约九百万元。", True)
S(T, "positive", "zh", "经营情况报告", "今年前三个季度，我司出口收汇金额约合人民币7,300万元，出口退税已全部到账。", True)
S(T, "positive", "zh", "借款申请书", "本合作社2025年农产品销售收入二百一十六万元，带动社员八十余户。", True)
S(T, "positive", "zh", "微信", "截止到上个月底，我们厂的在手订单金额约1,850万元，排产已经排到明年2月了。", True)
S(T, "positive", "zh", "财务附注", "我司上年度企业所得税应纳税额为64.3万元，已于2026年5月完成汇算清缴。", True)
S(T, "positive", "zh", "微信", "公司月均开票在400万左右，近六个月没有一个月低于350万。", True)
S(T, "positive", "zh", "财务附注", "本公司2025年实现净利润约486万元，经营活动产生的现金流量净额为正数。", True)
S(T, "positive", "zh", "借款申请书", "我店在美团、抖音两个平台上近12个月的营业额合计约290万元。", True)
S(T, "positive", "zh", "借款申请书", "近两年我司平均每年缴纳增值税及附加税费约210万元，纳税信用等级为A级。", True)
S(T, "positive", "zh", "经营情况报告", "今年1—6月，本廠用電量同比增長17%，產值約3,900萬元。", True)
S(T, "positive", "zh", "情况说明", "截至本说明出具之日，我公司2026年已开具发票1,024份，价税合计8,215万元。", True)
S(T, "positive", "zh", "微信", "我们物流公司去年运输收入大概一千一百多万，今年到现在已经过千万了。", True)
S(T, "positive", "zh", "财务附注", "2025年度本公司主营业务收入为26,418.75万元，占营业总收入的96.2%。", True)
S(T, "positive", "zh", "情况说明", "关于贵行提出的收入核实问题，现说明如下：我司近一年增值税申报销售额与开票金额一致，合计约3,480万元，相关申报表已随函附上，请查收。", True)
S(T, "positive", "zh", "借款申请书", "本人名下的个体工商户“鑫达汽修”2025年经营收入约150万元，已按定期定额方式缴纳税款。", True)
S(T, "positive", "zh", "邮件", "公司本月社保缴纳人数为208人，较年初增加31人，明细见附件。", True)
S(T, "positive", "zh", "经营情况报告", "我司2026年1-8月销售回款4,760万元，回款率达到93%。", True)
S(T, "positive", "zh", "微信", "去年我们装修公司签了一百四十多单，总合同额在八百万上下。", True)
S(T, "positive", "zh", "财务附注", "本企业系一般纳税人，上年度进项税额312万元、销项税额498万元，实际缴纳增值税186万元。", True)
S(T, "positive", "zh", "邮件", "近十二個月公司營收同比增長約15%，主要來自華東地區的新客戶。", True)
S(T, "positive", "zh", "情况说明", "我单位现有职工三十七人，2026年度社会保险费已缴至11月。", True)
S(T, "positive", "zh", "财务附注", "公司2025年研发费用投入623万元，已享受加计扣除，当年企业所得税减按15%税率缴纳。", True)
S(T, "positive", "zh", "借款申请书", "我司自在贵行开户以来，每月经贵行账户结算的销售款均在300万元以上。", True)
S(T, "positive", "zh", "经营情况报告", "本公司第二季度开票收入1,180万元，与第一季度的1,160万元基本持平。", True)
S(T, "positive", "zh", "微信", "今年截止11月20号，我们厂已经出货四万二千吨左右，销售额差不多有1.7个亿。", True)
S(T, "positive", "zh", "借款申请书", "我司2024年、2025年连续两年营业收入突破亿元，其中2025年为1.38亿元。", True)
S(T, "positive", "zh", "情况说明", "公司目前每月工资发放总额约96万元，均通过代发工资账户支付，未通过个人卡发放。", True)
S(T, "positive", "zh", "情况说明", "近12个月我司开票收入合计约6,050万元，月均约504万元，无大额作废或红冲发票。", True)
S(T, "positive", "zh", "财务附注", "本公司2025年度缴纳房产税、城镇土地使用税合计41.7万元，印花税2.3万元。", True)
S(T, "positive", "zh", "借款申请书", "我们养殖场去年出栏生猪约一万二千头，销售收入在两千万左右。", True)
S(T, "positive", "zh", "经营情况报告", "公司今年1-10月综合毛利率为23.6%，比去年同期提高1.8个百分点。", True)
S(T, "positive", "zh", "财务附注", "截至2026年9月30日，本公司应收账款余额2,340万元，其中账龄一年以内的占91%。", True)
S(T, "resolved", "zh", "情况说明", "我司已于2026年8月补缴2023年度少缴的城建税及教育费附加共计3.6万元，滞纳金一并缴清。", True)
S(T, "positive", "zh", "借款申请书", "本店年营业额约八十万元，扣除房租、人工等开销后每年净收入约二十五万元。", True)
S(T, "positive", "zh", "微信", "跟您汇报下，我们十月份开票开了三百二十几万，比九月份多了快五十万。", True)

# ---------------------------------------------------------------- 经营与纳税 statements: zh, qualitative
S(T, "none", "zh", "承诺函", "本公司自成立以来从未因偷税、漏税受到税务机关的行政处罚。")
S(T, "pending", "zh", "声明书", "我司各税种均按期申报、足额缴纳，截至目前无任何欠税。")
S(T, "positive", "zh", "情况说明", "公司目前生产经营一切正常，三条生产线全部满负荷运转。")
S(T, "pending", "zh", "微信", "我们厂现在没有欠任何税，上个月的增值税十五号之前就交了。")
S(T, "pending", "zh", "情况说明", "经自查，本企业现不存在应缴未缴的税款及社会保险费。")
S(T, "none", "zh", "承诺函", "本公司成立至今，从未被税务机关认定为非正常户。")
S(T, "resolved", "zh", "情况说明", "前期因财务人员交接漏报的印花税，我司已于次月全部补报补缴，税务登记状态已恢复正常。")
S(T, "positive", "zh", "借款申请书", "公司纳税信用等级连续三年被评为A级。")
S(T, "positive", "zh", "经营情况报告", "我司主营业务近年来未发生重大变化，经营场所和核心团队保持稳定。")
S(T, "resolved", "zh", "微信", "之前税务局提示的那几张进项发票异常，我们已经按要求做了进项转出，税也补了，现在状态正常了。")
S(T, "none", "zh", "承诺函", "本单位一贯依法为全体员工缴纳社会保险和住房公积金，从未拖欠。")
S(T, "pending", "zh", "微信", "目前公司没有停工停产的情况，订单和发货都正长。")
S(T, "pending", "zh", "声明书", "我司现无被税务机关立案稽查或尚在处理中的涉税事项。")
S(T, "none", "zh", "承诺函", "本企业从未有过虚开发票或者接受虚开发票的行为。")
S(T, "resolved", "zh", "微信", "去年少交的那部分社保，公司今年三月份已经一次性补齐了。")
S(T, "positive", "zh", "借款申请书", "本公司生产经营正常，主要客户稳定，货款回笼及时。")
S(T, "resolved", "zh", "情况说明", "我司所欠2025年第四季度企业所得税已全额补缴，完税凭证复印件附后。")
S(T, "pending", "zh", "承诺函", "截至本函出具日，本公司不存在欠缴税款、滞纳金或税务罚款的情形。")
S(T, "none", "zh", "微信", "我们店一直是正常营业的，这几年一天都没停过。")
S(T, "pending", "zh", "声明书", "本公司持续经营，不存在歇业、被吊销营业执照或申请注销的情形。")
S(T, "positive", "zh", "情况说明", "公司社保按员工实际工资基数足额缴纳，缴费基数已于今年7月按规定调整。")
S(T, "none", "zh", "情况说明", "本企业从成立到现在，没有因为税务问题被处法过一次。")
S(T, "positive", "zh", "经营情况报告", "目前我司经营状况良好，产销两旺，没有出现减产或裁员。")
S(T, "resolved", "zh", "邮件", "今年初税务局通知的个人所得税代扣差额，我司已经补扣补缴完毕。")
S(T, "pending", "zh", "声明书", "借款人声明：本公司目前没有拖欠员工工资，也无欠缴社保费用。")

# ---------------------------------------------------------------- 经营与纳税 statements: en
S(T, "positive", "en", "English letter", "Our revenue for the fiscal year ended 31 December 2025 amounted to approximately RMB 51.4 million, up 9% year on year.", True)
S(T, "positive", "en", "email", "In the first three quarters of 2026 we issued VAT invoices totalling RMB 23.8 million.", True)
S(T, "positive", "en", "notes to accounts", "The Company paid RMB 2.96 million in corporate income tax for FY2025.", True)
S(T, "positive", "en", "English letter", "We currently employ 117 full-time staff, all of whom are enrolled in the statutory social insurance schemes.")
S(T, "positive", "en", "email", "Monthly sales have averaged around RMB 3.1 million over the last twelve months.", True)
S(T, "positive", "en", "English letter", "Our export sales in H1 2026 came to USD 4.6 million, roughly 60% of total turnover.", True)
S(T, "positive", "en", "management report", "Gross margin for the nine months to September 2026 was 27.4%, compared with 25.9% a year earlier.", True)
S(T, "positive", "en", "email", "As of 31 October 2026 our order backlog stood at about RMB 64 million.", True)
S(T, "positive", "en", "notes to accounts", "Net profit attributable to shareholders of the company for 2025 was RMB 7.85 million.", True)
S(T, "positive", "en", "WeChat", "Hi, just to confirm - we invoiced about 2.2 million yuan last month, which is a record for us.", True)
S(T, "positive", "en", "email", "Total payroll for October 2026 was RMB 1.34 million, paid in full on 10 November.", True)
S(T, "positive", "en", "loan application", "Our online store's gross merchandise value over the past 12 months exceeded RMB 9 million.", True)
S(T, "none", "en", "English letter", "We have never been penalised by any tax authority.")
S(T, "pending", "en", "declaration", "There are currently no outstanding tax liabilities, surcharges or penalties owed by the Company.")
S(T, "positive", "en", "English letter", "The Borrower confirms that its business is operating normally and that production has not been interrupted.")
S(T, "resolved", "en", "email", "The late VAT payment flagged in March has since been settled together with the late-payment surcharge.")
S(T, "positive", "en", "English letter", "All of our tax returns for 2023 through 2025 were filed on time.")
S(T, "pending", "en", "email", "We are not in arrears on social insurance contributions at present.")
S(T, "none", "en", "declaration", "Our company has at no time been listed as an abnormal taxpayer.")
S(T, "resolved", "en", "English letter", "The stamp duty shortfall identified in our internal review has been fully repaid.")
S(T, "positive", "en", "management report", "Operations are running at full capacity and all three plants are staffed as usual.")
S(T, "positive", "en", "English letter", "We have been consistently profitable every year since 2021.")
S(T, "positive", "en", "loan application", "Our tax credit rating has been grade A for each of the last four years.")
S(T, "pending", "en", "email", "Payroll taxes for all employees are withheld and remitted monthly; nothing is overdue at this point.")

# ---------------------------------------------------------------- 经营与纳税 statements: mixed
S(T, "positive", "mixed", "微信", "我们2025年的revenue大概是3,600万，比2024年涨了12%左右。", True)
S(T, "positive", "mixed", "邮件", "FY2025 开票总额约 RMB 4,920万元，VAT均已按月申报。", True)
S(T, "positive", "mixed", "微信", "公司目前headcount是58人，社保都是按全额交的。")
S(T, "pending", "mixed", "邮件", "本公司currently no tax arrears，所有税款均已按期缴清。")
S(T, "positive", "mixed", "经营情况报告", "Q3 sales 环比增长6%，达到约1,450万元。", True)
S(T, "resolved", "mixed", "微信", "上个月那笔滞纳金我们已经paid了，税务系统里也显示clear了。")

# ---------------------------------------------------------------- older topics, 5 statements each
S(L, "pending", "zh", "承诺函", "本公司及法定代表人目前不存在尚未了结的诉讼、仲裁或被执行案件。")
S(L, "none", "zh", "微信", "我从来没有被法院列为失信被执行人，也没有被限制过高消费。")
S(L, "resolved", "zh", "情况说明", "2024年与原材料供应商的买卖合同纠纷已经调解结案，款项已按调解书全部付清。")
S(L, "none", "en", "English letter", "The Company has never been a defendant in any litigation or arbitration proceedings.")
S(L, "resolved", "zh", "情况说明", "（2025）浙0782执1234号案件已于今年6月执行完毕，我司已申请删除失信信息。")

S(R, "pending", "zh", "声明书", "本公司与贵行授信客户浙江恒屹贸易有限公司之间不存在任何关联关系。")
S(R, "positive", "zh", "借款申请书", "我司控股股东为周建明，持股68%，其配偶持有其余32%股权，二人名下无其他企业。")
S(R, "none", "zh", "声明书", "我公司从未与关联方发生过资金拆借或关联担保。")
S(R, "resolved", "zh", "情况说明", "原与我司同一实际控制人的泰和建材已于2025年8月转让给无关第三方，关联关系已经解除。")
S(R, "pending", "en", "English letter", "Apart from our wholly-owned subsidiary in Suzhou, the Company has no related parties.")

S(G, "pending", "zh", "承诺函", "截至本承诺函出具之日，本公司无任何对外担保。")
S(G, "none", "zh", "微信", "我本人从来没给别人做过担保，这个您放心。")
S(G, "resolved", "zh", "情况说明", "我司为上海澄江机电提供的800万元连带责任保证，因主债务已于2026年3月清偿，担保责任随之解除。")
S(G, "positive", "zh", "财务附注", "公司对外担保余额为1,200万元，均系为全资子公司提供的担保，无逾期。")
S(G, "pending", "mixed", "邮件", "本公司no external guarantees outstanding，目前对外担保余额为零。")

S(M, "pending", "zh", "借款申请书", "我公司名下位于城东工业园的厂房及土地目前未设定任何抵押，也未被查封。")
S(M, "resolved", "zh", "情况说明", "本人名下的商铺已于上个月解押，不动产权证书上已无抵押记载。")
S(M, "none", "zh", "声明书", "公司持有的华盛科技35%股权从未出质给任何机构。")
S(M, "pending", "en", "English letter", "None of the Borrower's bank accounts is subject to any freeze or attachment at the date of this letter.")
S(M, "positive", "zh", "承诺函", "该批设备系我司自有资产，权属清晰，不存在任何权利负担。")

S(P, "none", "zh", "声明书", "我司在各金融机构的贷款从未出现过逾期。")
S(P, "resolved", "zh", "微信", "上次那笔50万的经营贷，我已经在10月18号提前还清了。")
S(P, "pending", "zh", "情况说明", "目前本公司名下所有贷款均正常还本付息，无逾期。")
S(P, "resolved", "en", "English letter", "The Company's loan from Ningbo Eastern Bank was repaid in full on 15 August 2026.")
S(P, "none", "zh", "借款申请书", "本人信用卡近24个月没有一次逾期记录。")

S(C, "positive", "zh", "借款申请书", "本人征信良好，目前负债仅住房贷款一笔，月供6,300元。")
S(C, "positive", "zh", "情况说明", "我公司现有货币资金2,870万元，足以覆盖未来一年内到期的全部借款。")
S(C, "positive", "en", "English letter", "We have a clean credit record and sufficient operating cash flow to service all existing debt.")
S(C, "none", "zh", "微信", "公司征信报告上没有任何不良记录，这个你们可以去查。")
S(C, "positive", "mixed", "微信", "我们current ratio是1.8，短期偿债没什么压力。")

# ---------------------------------------------------------------- other (hard negatives): zh
# third-party figures / findings
O("zh", "贷前调查报告", "据主管税务机关出具的《纳税情况证明》，借款企业2025年度入库税款合计153.2万元。")
O("zh", "审计报告摘录", "审计报告显示，恒泰公司2025年度营业收入为8,614万元，净利润412万元。")
O("zh", "贷前调查报告", "客户经理通过银税互动平台调取的数据显示，该企业近12个月开票金额为2,076万元。")
O("zh", "贷前调查报告", "第三方支付平台的收款记录显示，该商户近六个月月均收款约41万元。")
O("zh", "审计报告摘录", "会计师事务所在审计中发现，公司2025年确认的收入中约有600万元缺乏对应发票。")
O("zh", "风险提示", "经查询国家企业信用信息公示系统，该公司于2026年4月被列入经营异常名录。")
O("zh", "贷后检查记录", "供电公司提供的数据显示，借款人工厂近三个月用电量同比下降31%。")
O("zh", "征信查询记录", "税务部门反馈，该企业2025年度纳税信用等级为C级。")
O("zh", "评估报告", "评估机构出具的报告认定，拟抵押厂房的市场价值为2,350万元。")
O("zh", "征信报告摘录", "人民银行征信报告显示，借款人名下有一笔五级分类为关注类的贷款。")
O("zh", "尽职调查记录", "裁判文书网检索结果显示，该公司近三年作为被告涉诉7起。")
O("zh", "贷前调查报告", "社保中心出具的缴费明细显示，该单位2026年9月参保人数仅为23人。")
# lender's notes
O("zh", "审批意见", "请风控岗比对借款人提供的纳税申报表与金税系统导出数据，差异超过10%的需书面说明原因。")
O("zh", "贷前调查报告", "借款人口述年销售额约3,000万元，但其提供的开票汇总仅1,200万元，差异较大，待进一步核实。")
O("zh", "贷后检查记录", "貸後檢查時發現該廠三條生產線中有兩條處於停機狀態。")
O("zh", "审批意见", "建议补充提供2024、2025年度企业所得税年度纳税申报表及完税凭证。")
O("zh", "走访记录", "客户自称订单饱满，但实地走访时仓库库存积压明显，与其陈述不符。")
O("zh", "授信方案", "本次授信额度的测算以企业近12个月开票金额的30%为上限。")
O("zh", "贷前调查报告", "信贷员备注：该户社保缴费人数与其申报的员工人数相差较大。")
O("zh", "贷审会纪要", "贷审会意见：企业连续两个季度营业收入下滑，需追加实际控制人连带责任保证。")
O("zh", "走访记录", "该企业法定代表人称“今年生意还行”，但未能提供任何销售台账佐证。")
O("zh", "审查意见", "借款人提交的2025年利润表中，营业收入与增值税申报表销售额相差约1,900万元。")
O("zh", "贷前调查报告", "经实地核查，企业实际经营地址与营业执照登记地址不一致。")
O("zh", "审计管理建议书", "会计师在管理建议书中指出，公司存在部分收入跨期确认的问题。")
O("zh", "授信批复", "本行将于每年3月对借款人上一年度的纳税情况进行复核，复核结果作为续贷依据。")
O("zh", "调查报告", "经查，借款人实际控制人另控制三家企业，与借款人之间存在频繁资金往来。")
O("zh", "审批意见", "担保人出具的承诺函已收到，但其对外担保情况尚待查询征信报告核实。")
# covenants / undertakings / future
O("zh", "借款合同", "借款人承诺在借款期间依法按时申报缴纳各项税款，如发生欠税应于五个工作日内书面告知贷款人。")
O("zh", "借款合同", "借款人应于每季度结束后15日内向贷款人提供当季增值税纳税申报表。")
O("zh", "承诺函", "我司保证今后按月足额为全体员工缴纳社会保险，不再出现断缴。")
O("zh", "承诺函", "本公司承诺，若贷款期内开票收入连续三个月低于月均200万元，将主动提前归还部分贷款。")
O("zh", "借款合同", "借款人在本合同项下的借款余额不得超过其上一年度营业收入的25%。")
O("zh", "借款合同", "如借款人被税务机关认定为非正常户，贷款人有权宣布贷款提前到期。")
O("zh", "抵押合同", "抵押人应确保抵押物在贷款存续期间不被查封、扣押或设定其他权利负担。")
O("zh", "保证合同", "保证人应在债务人未按期还款时，于收到贷款人书面通知后十日内代为清偿。")
O("zh", "承诺函", "如本人所述情况与事实不符，愿意承担由此产生的一切法律责任。")
# admissions of a bad fact
O("zh", "情况说明", "因资金周转困难，我司目前仍欠缴2026年第二季度企业所得税约27万元，正在申请延期缴纳。")
O("zh", "情况说明", "受主要客户减单影响，公司今年前八个月的开票额较去年同期减少了约38%。")
O("zh", "微信", "我们厂七八月份因为环保检查停了五十多天，这段时间基本没啥收入。")
O("zh", "情况说明", "公司目前拖欠员工社保费用约四个月，共计约46万元。")
O("zh", "微信", "坦白讲，去年我们有一部分收入是用个人账户收的，没有开票。")
O("zh", "财务附注", "本公司2025年度亏损约380万元，主要系原材料价格上涨所致。")
O("zh", "情况说明", "我司于2026年5月因未按期申报被税务机关处以罚款2,000元，目前尚未缴纳。")
O("zh", "微信", "现在店里每个月的营业额只有之前的一半左右，房租都快付不起了。")
O("zh", "微信", "我们公司去年一直在亏钱，员工也裁掉了差不多一半。")
O("zh", "情况说明", "本公司目前尚有一笔230万元的银行贷款逾期未还，正在与银行协商展期。")
O("zh", "情况说明", "我司于2025年11月被列为失信被执行人，涉案金额186万元，目前尚未履行完毕。")
# definitions / conditions / law and policy text
O("zh", "借款合同", "本合同所称“营业收入”，是指借款人经审计的合并利润表中列示的营业总收入。")
O("zh", "规章条文", "本办法所称欠税，是指纳税人超过规定的纳税期限，未缴或者少缴税款的行为。")
O("zh", "产品说明", "若借款人近12个月开票金额低于500万元，则本产品授信上限为50万元。")
O("zh", "产品手册", "本产品准入条件：企业成立满两年，纳税信用等级为B级及以上，近一年无欠税记录。")
O("zh", "法律条文", "纳税人逾期缴纳税款的，由税务机关责令限期缴纳，并自滞纳之日起按日加收滞纳金。")
O("zh", "法律条文", "用人单位应当按时足额缴纳社会保险费，非因法定事由不得缓缴、减免。")
O("zh", "法律条文", "纳税人依法享有申请减税、免税、退税的权利。")
O("zh", "政策文件", "对月销售额10万元以下的增值税小规模纳税人，免征增值税。")
O("zh", "产品说明", "银税互动贷款的授信额度一般参照企业上一年度纳税总额的一定倍数核定。")
# questions
O("zh", "邮件", "贵司2025年全年的开票总额是多少？能否提供税控系统导出的明细？")
O("zh", "微信", "你们厂现在每个月交多少社宝？有多少人在交？")
O("zh", "调查问卷", "请问企业目前是否存在欠缴税款的情况？")
O("zh", "微信", "老板，去年你们流水大概多少，方便把对公账户的流水发我一下吗？")
O("zh", "尽调清单", "请说明贵司是否为其他企业提供过担保，如有请列明担保金额及期限。")
# plans / forecasts
O("zh", "借款申请书", "根据已签订单测算，我司预计2027年销售收入有望突破8,000万元。")
O("zh", "经营情况报告", "新生产线投产后，公司计划将月产能提升至目前的两倍。")
O("zh", "微信", "我们打算明年再招三十个人，到时候社保也一起交上。")
O("zh", "经营计划", "公司力争在2027年上半年完成高新技术企业认定，届时所得税税率可降至15%。")
O("zh", "微信", "如果这批货顺利交付，四季度开票应该能到1,500万左右。")
# market / industry / third party
O("zh", "行业分析", "今年以来，全市规模以上工业企业营业收入同比增长4.3%。")
O("zh", "行业分析", "受出口退税政策调整影响，光伏组件行业整体利润率明显下滑。")
O("zh", "行业报告", "據行業協會統計，2025年全省建材批發企業戶均銷售額約為2,600萬元。")
O("zh", "新闻摘录", "当地税务部门今年对餐饮行业开展了专项检查，多家企业被要求补税。")
O("zh", "行业分析", "受春节因素影响，一季度通常是本行业的销售淡季。")
O("zh", "微信", "我们的下游客户华庭置业最近被法院冻结了账户，货款可能要拖一段时间。")

# ---------------------------------------------------------------- other (hard negatives): en
O("en", "due diligence memo", "The tax clearance certificate issued by the district tax bureau shows total taxes paid of RMB 1.87 million for 2025.")
O("en", "credit memo", "According to the audited financial statements, the borrower's revenue for FY2025 was RMB 96.3 million.")
O("en", "credit memo", "Invoice data pulled from the tax bureau interface show monthly invoicing averaging only RMB 0.9 million.")
O("en", "internal email", "Please reconcile the applicant's stated turnover with its VAT returns before the credit committee meets.")
O("en", "site visit report", "The relationship manager noted that the headcount reported by the borrower does not match the social insurance records.")
O("en", "facility agreement", "The Borrower shall furnish copies of its quarterly VAT returns no later than 20 days after each quarter end.")
O("en", "facility agreement", "The Borrower undertakes to pay all taxes when due and to notify the Lender promptly of any tax assessment exceeding RMB 500,000.")
O("en", "English letter", "We regret to inform you that the Company currently has unpaid VAT of approximately RMB 380,000 for the third quarter.")
O("en", "management report", "Sales for the first half fell by roughly a third compared with the same period last year.")
O("en", "English letter", "Production at our Foshan plant was suspended for six weeks in the summer following a fire.")
O("en", "facility agreement", "\"Revenue\" means the consolidated operating revenue of the Borrower as shown in its most recent audited accounts.")
O("en", "law translation", "A taxpayer who fails to pay tax within the prescribed period shall be ordered to pay within a time limit and charged a daily late-payment surcharge.")
O("en", "email", "Could you let us know your total invoiced sales for 2025 and how many staff are currently covered by social insurance?")
O("en", "questionnaire", "Is the company currently in arrears on any taxes or social security contributions?")
O("en", "English letter", "We expect revenue to reach RMB 70 million next year once the new line is commissioned.")
O("en", "business plan", "Management aims to double export volumes by the end of 2027.")
O("en", "industry note", "Across the province, small manufacturers reported an average 6% decline in orders this quarter.")
O("en", "industry note", "Margins for ready-mix concrete suppliers have been under pressure since early 2025.")
O("en", "credit memo", "Statements from the third-party payment platform show inflows of about RMB 520,000 per month.")
O("en", "audit report extract", "The auditors qualified their opinion because they could not verify RMB 4 million of recorded sales.")
O("en", "credit memo", "The credit bureau report lists an overdue balance of RMB 120,000 under the guarantor's name.")
O("en", "email", "Our main customer, a property developer in Kunming, has had its bank accounts frozen by court order.")
O("en", "email", "We currently have a working capital loan of RMB 3 million that is 45 days past due.")
O("en", "term sheet", "If monthly invoicing falls below RMB 1 million for two consecutive months, the credit line will be reduced.")
O("en", "guarantee agreement", "The Guarantor shall not create any mortgage or pledge over the Property without the Lender's prior written consent.")
O("en", "site visit note", "Site visit on 12 Nov: warehouse half empty, only two of five production lines operating.")
O("en", "email", "We will make sure all social insurance arrears are cleared before the loan is drawn.")
O("en", "due diligence checklist", "Please confirm whether the Company has given any guarantees to third parties.")
O("en", "credit memo", "The applicant claims steady growth, but its tax filings show falling sales in three of the last four quarters.")
O("en", "WeChat", "Honestly, business has been slow and we laid off about a third of our workers in September.")
O("en", "facility agreement", "The Lender may declare all amounts immediately due if the Borrower is placed on the list of dishonest judgment debtors.")

# ---------------------------------------------------------------- other (hard negatives): mixed
O("mixed", "内部邮件", "客户经理note：借款人自报revenue 4,000万，但VAT申报表上只有2,100万，需要follow up。")
O("mixed", "邮件", "请提供贵司2025年的audited financials以及近12个月的开票明细。")
O("mixed", "微信", "我们预计next year的销售额能到6,000万左右。")
O("mixed", "调查报告", "根据第三方平台的GMV数据，该店铺近三个月销售额约为75万元。")
O("mixed", "合同条款", "Borrower应于每年5月31日前提交上一年度的企业所得税汇算清缴报告。")
O("mixed", "微信", "说实话这两个月cash flow很紧，增值税还有十几万没交上。")
O("mixed", "行业分析", "行业report显示，2026年餐饮业的closing rate同比上升了两成。")


def bigrams(s: str) -> set[str]:
    s = "".join(s.split()).lower()
    return {s[i:i + 2] for i in range(len(s) - 1)}


def build() -> list[dict]:
    rows = [dict(r) for r in ROWS]
    random.Random(20261205).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": f"std-{i:03d}", **r})
    return out


def check(rows: list[dict]) -> None:
    assert len(rows) == 240, len(rows)
    for i, r in enumerate(rows, 1):
        assert list(r.keys()) == KEYS, r
        assert r["id"] == f"std-{i:03d}", r["id"]
        assert r["label"] in LABELS and r["lang"] in LANGS, r
        assert isinstance(r["text"], str) and r["text"].strip() == r["text"] and r["text"], r
        assert isinstance(r["source"], str) and r["source"], r
        if r["label"] == "other":
            assert r["topic"] is None and r["scope"] is None, r
        else:
            assert r["topic"] in TOPICS and r["scope"] in SCOPES, r
    texts = [r["text"] for r in rows]
    assert len(set(texts)) == len(texts), "duplicate text"
    grams = [bigrams(t) for t in texts]
    worst = (0.0, None, None)
    for a in range(len(rows)):
        for b in range(a + 1, len(rows)):
            ga, gb = grams[a], grams[b]
            j = len(ga & gb) / len(ga | gb)
            assert j < 0.7, (rows[a]["id"], rows[b]["id"], j)
            if j > worst[0]:
                worst = (j, rows[a]["id"], rows[b]["id"])
    st = [r for r in rows if r["label"] == "statement"]
    tc = Counter(r["topic"] for r in st)
    assert tc[T] >= 90, tc
    for t in TOPICS - {T}:
        assert tc[t] >= 4, (t, tc)
    assert Counter(r["label"] for r in rows) == {"statement": 130, "other": 110}
    assert Counter(r["lang"] for r in rows) == {"zh": 165, "en": 60, "mixed": 15}
    fig = sum(1 for r in st if r["text"] in FIGURE_TEXTS)
    assert fig >= 45, fig
    print(f"max bigram Jaccard {worst[0]:.3f} ({worst[1]} vs {worst[2]})")
    print(f"经营与纳税 statements with a figure+period: {fig}")


def main() -> None:
    rows = build()
    check(rows)
    with OUT.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows -> {OUT}")
    print("label:", dict(Counter(r["label"] for r in rows)))
    print("topic:", dict(Counter(r["topic"] for r in rows if r["label"] == "statement")))
    print("scope:", dict(Counter(r["scope"] for r in rows if r["label"] == "statement")))
    print("lang:", dict(Counter(r["lang"] for r in rows)))
    print("lang x label:", dict(Counter((r["lang"], r["label"]) for r in rows)))
    print("经营与纳税 scope:", dict(Counter(r["scope"] for r in rows if r["topic"] == T)))


if __name__ == "__main__":
    main()
