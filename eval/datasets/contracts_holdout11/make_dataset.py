"""Build contracts_holdout11: 30 hand-written loan/guarantee documents + gold.jsonl (author 12, persona 方立群,
合肥 律所 非诉/诉讼律师). Every text and every gold row is typed here by hand; this script only writes them out.
Deterministic: TXT bytes are fixed, DOCX zips get fixed timestamps and core properties.

Run: /work/main/.venv/bin/python eval/datasets/contracts_holdout11/make_dataset.py
"""
from __future__ import annotations

import io
import json
import zipfile
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
AS_OF = "2026-03-16"  # the day 方律师 went through the current files

DOCS: list[dict] = []


def doc(file: str, fmt: str, body, gold: dict) -> None:
    DOCS.append({"file": file, "fmt": fmt, "body": body, "gold": gold})


# ---------------------------------------------------------------------------------------------------------------
# hk01  小贷公司 格式借款合同 + 关联咨询公司服务费协议 (DOCX, key terms in a table)
doc("hk01_xiaodai_jiekuan_fuwufei.docx", "docx", [
    ("h", "借款合同"),
    ("p", "合同编号：XC-JK-2024-0412-037"),
    ("p", "贷款人（甲方）：合肥市庐阳区鑫诚小额贷款有限公司"),
    ("p", "住所：合肥市庐阳区阜阳路与北一环交口金鼎广场B座1106室    法定代表人：吴世杰"),
    ("p", "借款人（乙方）：陶国庆"),
    ("p", "甲乙双方经平等协商，就乙方向甲方借款事宜订立本合同。乙方已仔细阅读本合同全部条款，甲方已就加粗条款作出提示和说明。"),
    ("p", "第一条 借款要素"),
    ("t", [
        ["项目", "约定内容"],
        ["借款人", "陶国庆（身份证号：340104********2516）"],
        ["借款金额", "人民币贰拾万元整（¥200,000.00）"],
        ["借款期限", "12个月，自2024年4月12日起至2025年4月11日止"],
        ["借款利率", "年化利率（单利）18%"],
        ["还款方式", "等额本息，每月12日为还款日，共12期"],
        ["逾期罚息", "在合同利率基础上加收50%"],
        ["借款用途", "个人经营周转（水果批发），不得用于购房、证券投资"],
        ["收款账户", "乙方名下合肥庐东农村商业银行账户 6230 **** **** 7781"],
    ]),
    ("p", "第二条 乙方未按期足额还款的，逾期部分自逾期之日起按本合同第一条约定的罚息利率计收罚息，直至清偿之日止。"),
    ("p", "第三条 乙方出现逾期超过30日等情形的，甲方有权宣布借款提前到期，要求乙方一次性清偿全部本息。"),
    ("p", "第四条 本合同项下借款由甲方直接发放至乙方收款账户，甲方不收取本合同约定利息以外的任何费用。"),
    ("p", "第五条 因本合同发生的争议，由双方协商解决；协商不成的，向甲方住所地人民法院起诉。"),
    ("p", "第六条 本合同自双方签字（盖章）之日起生效。本合同一式三份，甲方执二份，乙方执一份。"),
    ("p", "甲方（盖章）：合肥市庐阳区鑫诚小额贷款有限公司        乙方（签字并按手印）：陶国庆"),
    ("p", "签订日期：2024年4月12日            签订地点：合肥市庐阳区"),
    ("br",),
    ("h", "咨询服务协议"),
    ("p", "甲方（服务方）：合肥鑫诚企业管理咨询有限公司"),
    ("p", "乙方（委托方）：陶国庆"),
    ("p", "鉴于乙方拟向合肥市庐阳区鑫诚小额贷款有限公司申请借款人民币200,000元，乙方委托甲方提供融资咨询、资料整理、贷后提醒等服务。"),
    ("p", "一、服务费：按乙方借款本金的每月1.2%收取，即每月人民币贰仟肆佰元，随乙方每期还款一并支付，由贷款人代为划扣至甲方账户。"),
    ("p", "二、借款提前结清的，乙方仍应支付剩余期数服务费的50%。"),
    ("p", "三、本协议与借款合同相互独立，借款合同无效或被撤销的，不影响本协议效力。"),
    ("p", "甲方（盖章）：合肥鑫诚企业管理咨询有限公司      乙方：陶国庆"),
    ("p", "2024年4月12日"),
], {
    "fields": {"principal": "200000", "amount_delivered": "200000", "annual_rate": "0.18", "overdue_rate": "0.27",
               "penalty_rate": None, "lender": "合肥市庐阳区鑫诚小额贷款有限公司", "lender_kind": "licensed_lender",
               "borrower": "陶国庆", "borrower_kind": "natural_person", "contract_date": "2024-04-12",
               "start_date": "2024-04-12", "end_date": "2025-04-11", "repayment_method": "等额本息",
               "dispute_method": "court", "guarantor": None, "guarantee_type": None, "guarantee_period_months": None},
    "findings": ["cap_not_applicable_licensed_lender"],
    "notes": "服务费 1.2%/月 (14.4%/yr) goes to the lender's affiliate; 综合成本 32.4%/yr. annual_rate is the contract's "
             "interest only (0.18). The lender is licensed, so no private-lending cap finding; the service-fee issue is "
             "for the lawyer (九民纪要 第51条-style review), not a rule in the set. overdue = 18% × 1.5 = 27%.",
})

# ---------------------------------------------------------------------------------------------------------------
# hk02  最高额保证合同 with 决算期 and 三年 保证期间 (TXT UTF-8)
doc("hk02_zuigaoe_baozheng.txt", "utf8", """最高额保证合同

合同编号：HG-ZGBZ-2023-006

债权人（甲方）：安徽徽供供应链管理有限公司
住所：合肥市包河区徽州大道与南京路交口万达广场7号写字楼2208室

保证人（乙方）：安徽恒晟实业集团有限公司
住所：合肥市新站区魏武路88号
法定代表人：唐恒生

债务人：安徽恒晟建材贸易有限公司

为确保甲方与债务人之间在一定期间内连续发生的借款债权的实现，乙方愿意提供最高额保证担保。经协商一致，订立本合同。

第一条 主合同
本合同之主合同为甲方与债务人签订的编号为HSGYL-2023-011号《循环借款框架协议》及该框架协议项下甲方与债务人逐笔签订的借款合同（借款借据）。

第二条 被担保的最高债权额
乙方所担保的最高债权额为人民币伍佰万元整（¥5,000,000.00）的本金余额，以及该本金所产生的利息、逾期利息、违约金、损害赔偿金和甲方实现债权的费用。

第三条 债权确定期间
债权确定期间为2023年7月1日至2025年6月30日。上述期间届满之日（即2025年6月30日）为决算期，决算期届满时甲方对债务人的债权余额即为本合同担保的债权。

第四条 保证方式
乙方提供的保证为连带责任保证。

第五条 保证期间
1、本合同项下保证期间按甲方为债务人发放的单笔借款分别计算，自该笔借款的主债务履行期届满之日起三年。
2、甲方与债务人协议展期的，保证期间至展期协议重新约定的主债务履行期届满之日起三年。
3、单笔借款被甲方宣布提前到期的，以宣布的提前到期日为该笔主债务履行期届满日。

第六条 保证人的承诺
乙方已就本次担保出具股东会决议（见附件），乙方保证该决议真实有效。

第七条 争议解决
因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。

第八条 其他
本合同自双方法定代表人或授权代表签字并加盖公章之日起生效，一式三份。

甲方（公章）：安徽徽供供应链管理有限公司       乙方（公章）：安徽恒晟实业集团有限公司
授权代表：邵敏                             法定代表人：唐恒生

签订日期：2023年6月28日
""", {
    "fields": {"lender": "安徽徽供供应链管理有限公司", "lender_kind": "enterprise",
               "borrower": "安徽恒晟建材贸易有限公司", "borrower_kind": "enterprise", "contract_date": "2023-06-28",
               "dispute_method": "court", "guarantor": "安徽恒晟实业集团有限公司", "guarantee_type": "连带责任保证",
               "guarantee_period_months": 36},
    "findings": [],
    "notes": "A stand-alone 最高额保证合同: no principal (5,000,000 is the 最高债权额, not a loan), no rate, no term of its "
             "own; those fields are left out (they live in the main contracts). The 债权确定期间 is not a loan term. "
             "No no_interest_agreed / no_overdue_rate_agreed: interest is agreed in the main contracts, not here.",
})

# ---------------------------------------------------------------------------------------------------------------
# hk03  抵押借款合同 (房产) + 保证 by the borrower's brother; later repayment note (DOCX, table)
doc("hk03_diya_jiekuan_xiongdi_baozheng.docx", "docx", [
    ("h", "抵押借款合同"),
    ("p", "出借人（甲方）：钱宏伟，男，1972年3月生，身份证号340111********0535，住合肥市包河区望湖城南区"),
    ("p", "借款人兼抵押人（乙方）：孙丽娟，女，1985年7月生，身份证号340122********2248，住合肥市包河区滨湖世纪城春融苑"),
    ("p", "保证人（丙方）：孙建军，男，身份证号340122********2213（系乙方之兄）"),
    ("p", "乙方因经营需要向甲方借款，乙方以其名下房产提供抵押担保，丙方提供保证担保。三方协商一致，签订本合同。"),
    ("p", "一、借款及担保主要条款"),
    ("t", [
        ["条款", "内容"],
        ["借款金额", "人民币陆拾万元整（¥600,000）"],
        ["借款期限", "自2021年9月16日起至2022年9月15日止"],
        ["利率", "月利率1%（折合年利率12%）"],
        ["付息方式", "按月付息，到期还本；每月15日前支付当月利息陆仟元"],
        ["逾期利率", "逾期未还的本金自逾期之日起按年利率15%计收逾期利息"],
        ["抵押物", "合肥市包河区滨湖世纪城春融苑5幢1203室，不动产权证号：皖（2019）合肥市不动产权第0123456号"],
        ["保证方式", "丙方承担连带责任保证"],
        ["保证期间", "主债务履行期限届满之日起二年"],
    ]),
    ("p", "二、乙方应于本合同签订后五个工作日内与甲方共同办理抵押登记，甲方在取得不动产登记证明后三日内将借款转入乙方账户。"),
    ("p", "三、保证范围包括借款本金、利息、逾期利息及甲方实现债权的费用（含律师费、保全费）。"),
    ("p", "四、因本合同发生争议的，由抵押物所在地合肥市包河区人民法院管辖。"),
    ("p", "五、本合同自三方签字之日起生效。"),
    ("p", "甲方：钱宏伟     乙方：孙丽娟     丙方：孙建军"),
    ("p", "2021年9月15日"),
    ("p", "（以下为手写）"),
    ("p", "2024年8月3日收到孙丽娟还款贰万元整（微信转账）。钱宏伟 2024.8.3"),
], {
    "fields": {"principal": "600000", "amount_delivered": "600000", "annual_rate": "0.12", "overdue_rate": "0.15",
               "penalty_rate": None, "lender": "钱宏伟", "lender_kind": "natural_person", "borrower": "孙丽娟",
               "borrower_kind": "natural_person", "contract_date": "2021-09-15", "start_date": "2021-09-16",
               "end_date": "2022-09-15", "repayment_method": "按月付息、到期还本", "dispute_method": "court",
               "guarantor": "孙建军", "guarantee_type": "连带责任保证", "guarantee_period_months": 24},
    "findings": [],
    "notes": "Due 2022-09-15, so limitation would end 2025-09-15 < as_of; the handwritten 2024-08-03 repayment note "
             "restarts it (民法典 195) to 2027-08-03: no limitation finding. Overdue 15% < 4×3.85% = 15.4%. The 抵押人 is the "
             "borrower herself; the guarantor field is the third-party 保证人 孙建军.",
})

# ---------------------------------------------------------------------------------------------------------------
# hk04  网络小贷 APP 电子合同 printout, OCR text with headers/footers and 等额本息 schedule (TXT UTF-8)
doc("hk04_app_dianzi_hetong_ocr.txt", "utf8", """聚优借 · 借款合同（电子版）          打印时间 2025/10/21 14:06
-----------------------------------------------------------------
合同编号：JYJ2023110821146673

借 款 人：刘晓雯
证件号码：3401**********4425
手机号码：139****6617

贷 款 人：重庆市渝中区聚优网络小额贷款有限公司
统一社会信用代码：91500103MA6******X
住    所：重庆市渝中区民族路188号环球金融中心41层

借款人通过"聚优借"APP（以下简称平台）申请借款，经贷款人审核同意，双方以电子签名方式订立本合同。

第一条 借款信息
1.1 借款金额：￥30,000.00（大写：人民币叁万元整）
1.2 借款期限：l2期（12个月），自2023年11月08日至2024年11月08日
1.3 借款利率：日利率0.05%，年化利率(单利)18.25%
     （年化利率按日利率×365计算，单利）
1.4 还款方式：等额本息，每月8日为还款日
1.5 借款用途：个人消费
1.6 放款账户：招商银行尾号0932

                                              第 1 页 / 共 4 页
-----------------------------------------------------------------
聚优借 · 借款合同（电子版）          打印时间 2025/10/21 14:06
-----------------------------------------------------------------
第二条 还款计划
 期数   还款日        应还本息      本金        利息
  1   2023-12-08    2,753.97   2,297.72    456.25
  2   2024-01-08    2,753.97   2,332.66    421.31
  3   2024-02-08    2,753.97   2,368.14    385.83
  4   2024-03-08    2,753.97   2,404.16    349.81
  5   2024-04-08    2,753.97   2,440.72    313.25
  6   2024-05-08    2,753.97   2,477.84    276.13
  7   2024-06-08    2,753.97   2,515.52    238.45
  8   2024-07-08    2,753.97   2,553.78    200.19
  9   2024-08-08    2,753.97   2,592.62    161.35
 10   2024-09-08    2,753.97   2,632.05    121.92
 11   2024-10-08    2,753.97   2,672.08     81.89
 12   2024-11-08    2,753.97   2,712.71     41.26
 合计              33,047.64  30,000.00  3,047.64
（注：实际还款金额以平台账单为准）

第三条 逾期
3.1 借款人未按期足额还款的，逾期本金自逾期之日起按日利率0.075%计收逾期罚息，直至结清。
3.2 逾期期间，贷款人有权通过短信、电话等方式提醒还款，并有权按照法律规定将逾期信息报送金融信用信息基础数据库。

                                              第 2 页 / 共 4 页
-----------------------------------------------------------------
聚优借 · 借款合同（电子版）          打印时间 2025/10/21 14:06
-----------------------------------------------------------------
第四条 提前还款
借款人可随时申请提前还清全部借款，利息按实际借款天数计算，不收取提前还款手续费。

第五条 争议解决
因本合同引起的或与本合同有关的争议，双方应友好协商；协商不成的，任何一方均可向贷款人住所地（重庆市渝中区）人民法院提起诉讼。

第六条 电子签名
借款人在平台点击"同意并签署"即视为其本人签署本合同，本合同自借款人签署且贷款人放款之日起生效。

                                              第 3 页 / 共 4 页
-----------------------------------------------------------------
聚优借 · 借款合同（电子版）          打印时间 2025/10/21 14:06
-----------------------------------------------------------------
借款人（电子签名）：刘晓雯      签署时间：2023-11-08 21:14:52
贷款人（电子签章）：重庆市渝中区聚优网络小额贷款有限公司
签署时间：2023-11-08 21:15:07

[电子签章验证码：7F3A-92C1-0D5E]
                                              第 4 页 / 共 4 页
""", {
    "fields": {"principal": "30000", "amount_delivered": "30000", "annual_rate": "0.1825", "overdue_rate": "0.27375",
               "penalty_rate": None, "lender": "重庆市渝中区聚优网络小额贷款有限公司", "lender_kind": "licensed_lender",
               "borrower": "刘晓雯", "borrower_kind": "natural_person", "contract_date": "2023-11-08",
               "start_date": "2023-11-08", "end_date": "2024-11-08", "repayment_method": "等额本息",
               "dispute_method": "court", "guarantor": None, "guarantee_type": None, "guarantee_period_months": None},
    "findings": ["cap_not_applicable_licensed_lender"],
    "notes": "OCR of a printout: 'l2期' (letter l), page headers/footers between clauses. 日利率0.05% × 365 = 18.25% agrees "
             "with the stated 年化. Overdue 0.075%/day × 365 = 27.375%. Forum: lender's domicile in 重庆 (another province).",
})

# ---------------------------------------------------------------------------------------------------------------
# hk05  股东借款 to the company, guarantee by the holding company with 股东会决议 (DOCX, table)
doc("hk05_gudong_jiekuan_gudonghui_jueyi.docx", "docx", [
    ("h", "借款合同"),
    ("p", "出借人（甲方）：周建平，身份证号340104********1019（系借款人股东，持股35%）"),
    ("p", "借款人（乙方）：合肥启明智能科技有限公司，统一社会信用代码91340100MA2******8，法定代表人：何启明"),
    ("p", "保证人（丙方）：安徽启明控股集团有限公司，法定代表人：何启明"),
    ("p", "乙方因研发投入及流动资金需要，向股东甲方借款。三方经协商，订立本合同。"),
    ("t", [
        ["借款本金", "人民币壹佰伍拾万元整（¥1,500,000.00）"],
        ["借款期限", "2023年3月20日至2025年3月19日"],
        ["年利率", "8%（单利）"],
        ["结息方式", "按季付息，每季末月20日为结息日；到期一次归还本金"],
        ["逾期利息", "逾期部分按年利率12%计收"],
        ["保证方式", "丙方提供连带责任保证"],
        ["保证期间", "主债务履行期限届满之日起三年"],
    ]),
    ("p", "第二条 甲方应于2023年3月20日前将借款汇入乙方基本存款账户（皖江商业银行合肥高新区支行）。"),
    ("p", "第三条 乙方应按约定用途使用借款，甲方作为股东有权查阅借款使用情况。"),
    ("p", "第四条 丙方保证担保的范围为本合同项下全部本金、利息、逾期利息及甲方实现债权的费用。丙方已出具同意担保的股东会决议，作为本合同附件。"),
    ("p", "第五条 因本合同引起的争议，提交合肥仲裁委员会按照该会仲裁规则仲裁。仲裁裁决是终局的。"),
    ("p", "甲方：周建平（签字）    乙方：合肥启明智能科技有限公司（盖章）    丙方：安徽启明控股集团有限公司（盖章）"),
    ("p", "签订日期：2023年3月20日"),
    ("br",),
    ("h", "安徽启明控股集团有限公司股东会决议"),
    ("p", "会议时间：2023年3月15日    会议地点：公司三楼会议室"),
    ("p", "应到股东3名，实到股东3名，代表100%表决权。会议由执行董事何启明召集并主持。"),
    ("p", "经审议，就公司为合肥启明智能科技有限公司向周建平借款人民币150万元提供连带责任保证一事，形成决议如下："),
    ("p", "一、同意公司为上述借款提供连带责任保证，保证期间为主债务履行期限届满之日起三年。"),
    ("p", "二、因股东何启明同时为债务人的实际控制人，何启明回避表决。其余股东王静（持股20%）、陈立（持股15%）一致同意。"),
    ("p", "三、授权执行董事何启明代表公司签署保证合同。"),
    ("p", "股东签字：王静  陈立  （何启明回避）"),
    ("p", "2023年3月15日"),
], {
    "fields": {"principal": "1500000", "amount_delivered": "1500000", "annual_rate": "0.08", "overdue_rate": "0.12",
               "penalty_rate": None, "lender": "周建平", "lender_kind": "natural_person",
               "borrower": "合肥启明智能科技有限公司", "borrower_kind": "enterprise", "contract_date": "2023-03-20",
               "start_date": "2023-03-20", "end_date": "2025-03-19", "repayment_method": "按季付息、到期还本",
               "dispute_method": "arbitration", "guarantor": "安徽启明控股集团有限公司", "guarantee_type": "连带责任保证",
               "guarantee_period_months": 36},
    "findings": [],
    "notes": "Table has no header row. 12% < 4×3.65% = 14.6%. The 股东会决议 repeats the guarantee terms; 回避表决 "
             "because the 实控人 of the debtor is a shareholder (公司法 第15条).",
})

# ---------------------------------------------------------------------------------------------------------------
# hk06  借款展期协议 (TXT UTF-8)
doc("hk06_jiekuan_zhanqi_xieyi.txt", "utf8", """借款展期协议

甲方（出借人）：合肥众联商贸有限公司
统一社会信用代码：91340102MA2T******
法定代表人：孔令军

乙方（借款人）：马骏
身份证号：340103********3011
住址：合肥市瑶海区长江东路1104号

鉴于：
1、甲、乙双方于2022年5月10日签订《借款合同》（编号ZL-JK-2022-05），约定乙方向甲方借款人民币叁拾万元整，借款期限自2022年5月10日至2023年11月9日，月利率1.2%，按月付息；
2、截至本协议签订之日，乙方已按月付清至2023年11月9日的全部利息，尚欠本金30万元未还；
3、乙方因资金周转困难，申请对上述借款展期，甲方同意。

双方协商一致，达成如下协议：

一、展期金额：人民币叁拾万元整（300,000.00元）。

二、展期期限：12个月，自2023年11月10日起至2024年11月9日止。

三、展期期间利率：自2023年11月10日起，借款利率调整为年利率12%，利息按月支付，每月9日前支付当月利息叁仟元；本金于展期到期日一次归还。

四、逾期：乙方未按本协议约定归还本金的，逾期本金自逾期之日起按年利率13%计收逾期利息。

五、原借款合同与本协议不一致的，以本协议为准；本协议未约定的，仍按原借款合同执行。

六、本协议发生争议的，按原借款合同约定的方式解决，即向甲方所在地人民法院起诉。

七、本协议一式两份，自双方签字盖章之日起生效。

甲方（盖章）：合肥众联商贸有限公司          乙方（签字）：马骏
经办人：孔令军

2023年11月8日
""", {
    "fields": {"principal": "300000", "amount_delivered": "300000", "annual_rate": "0.12", "overdue_rate": "0.13",
               "penalty_rate": None, "lender": "合肥众联商贸有限公司", "lender_kind": "enterprise", "borrower": "马骏",
               "borrower_kind": "natural_person", "contract_date": "2023-11-08", "end_date": "2024-11-09",
               "repayment_method": "按月付息、到期还本", "dispute_method": "court", "guarantor": None,
               "guarantee_type": None, "guarantee_period_months": None},
    "findings": [],
    "notes": "Hard call: two rates (original 月利率1.2% = 14.4%, extension 12%) and two due dates (2023-11-09, "
             "2024-11-09); gold takes the operative terms of this 展期协议 (0.12, 2024-11-09). start_date left out "
             "(2022-05-10 original vs 2023-11-10 extension). Neither rate is above the cap on its date (14.8% in "
             "2022-05, 13.8% in 2023-11); 13% overdue < 13.8%. Interest paid up, nothing rolled into principal.",
})

# ---------------------------------------------------------------------------------------------------------------
# hk07  债权转让协议 + 通知 with the debtor's signed receipt (TXT GB18030)
doc("hk07_zhaiquan_zhuanrang_tongzhi.txt", "gb18030", """债权转让协议

转让方（甲方）：张德福，身份证号340121********5518，住合肥市长丰县水湖镇
受让方（乙方）：李文斌，身份证号340102********2034，住合肥市瑶海区和平路
债务人：何志强，身份证号340121********5536

一、转让的债权
2020年9月28日，何志强向甲方借款人民币捌万元整，并出具借条一份，约定借款期限一年（至2021年9月27日），月利率1%，到期连本带息一次归还；逾期未还的，按月利率1.2%计付逾期利息。借款到期后何志强未归还本息。截至本协议签订之日，何志强尚欠甲方本金80000元及相应利息。
甲方将上述债权（含本金、利息、逾期利息及从权利）全部转让给乙方。

二、转让价款
乙方向甲方支付转让价款人民币柒万元整，于本协议签订之日一次付清。

三、通知
本协议签订后三日内，由甲方以书面形式通知债务人何志强。甲方应将借条原件及转账凭证交付乙方。

四、争议
甲乙双方因本协议发生争议的，向乙方住所地人民法院起诉。

甲方：张德福            乙方：李文斌
2023年5月10日


债权转让通知书

何志强：
    你于2020年9月28日向我借款人民币捌万元整，借期至2021年9月27日，至今未还。现我已将对你享有的上述借款债权（本金80000元及利息、逾期利息）全部转让给李文斌（电话：138****2290）。请你自收到本通知之日起，向李文斌履行全部还款义务，不要再向我本人还款。
    特此通知。

通知人：张德福
2023年5月12日（EMS 1162 3385 9902 7）

签收：本人已收到此通知。何志强 2023.5.15
""", {
    "fields": {"principal": "80000", "amount_delivered": "80000", "annual_rate": "0.12", "overdue_rate": "0.144",
               "penalty_rate": None, "lender_kind": "natural_person", "borrower": "何志强",
               "borrower_kind": "natural_person", "start_date": "2020-09-28", "end_date": "2021-09-27",
               "repayment_method": "到期一次性还本付息", "dispute_method": "court", "guarantor": None,
               "guarantee_type": None, "guarantee_period_months": None},
    "findings": [],
    "notes": "Hard call: lender left out (original 张德福 vs assignee 李文斌; both natural persons, so lender_kind kept). "
             "contract_date left out (借条 2020-09-28 vs 协议 2023-05-10; either way the rates are under the cap: 15.4% "
             "in 2020-09, 14.6% in 2023-05). Due 2021-09-27 → limitation 2024-09-27, but the 转让通知 demanding payment, "
             "signed by the debtor 2023-05-15, restarts it to 2026-05-15 > as_of: no limitation finding. The dispute "
             "clause is between assignor and assignee (court).",
})

# ---------------------------------------------------------------------------------------------------------------
# hk08  还款承诺书 after 催收: interest rolled into a new principal (TXT UTF-8)
doc("hk08_huankuan_chengnuoshu.txt", "utf8", """还 款 承 诺 书

承诺人（借款人）：韩明，男，身份证号340104********2539，住合肥市蜀山区井岗镇南岗村
债权人（出借人）：赵永红，女，身份证号340104********1522

本人韩明于2020年1月6日向赵永红借款人民币壹拾贰万元整，约定月利率1.5%，借期一年。借款到期后本人仅陆续归还部分本息，赵永红多次电话、上门及委托律师催收。

经双方对账，截至2024年12月31日，本人尚欠赵永红借款本金壹拾万元整（100,000元）、利息叁万陆仟元整（36,000元），合计壹拾叁万陆仟元整（136,000元）。

本人承诺如下：
一、上述利息叁万陆仟元计入本金，本人自愿以壹拾叁万陆仟元（136,000元）作为借款本金，自2025年1月1日起按月利率1%计付利息。
二、本人于2025年12月31日前一次性归还上述本金及利息。
三、如到期未还，本人自愿按月利率1.5%支付逾期利息，并承担赵永红为实现债权支出的律师费、诉讼费等全部费用。
四、本承诺书系本人真实意思表示，不存在被胁迫情形。

承诺人：韩明（签字、手印）
2024年12月31日

债权人确认：以上对账金额属实，同意按上述方式还款。
赵永红（签字）
2024年12月31日
""", {
    "fields": {"principal": "136000", "amount_delivered": "136000", "annual_rate": "0.12", "overdue_rate": "0.18",
               "penalty_rate": None, "lender": "赵永红", "lender_kind": "natural_person", "borrower": "韩明",
               "borrower_kind": "natural_person", "contract_date": "2024-12-31", "start_date": "2025-01-01",
               "end_date": "2025-12-31", "repayment_method": "到期一次性还本付息", "dispute_method": None,
               "guarantor": None, "guarantee_type": None, "guarantee_period_months": None},
    "findings": ["compound_interest_restated", "overdue_charges_above_cap"],
    "notes": "Hard call: principal = the restated 136,000 the 承诺书 sets as 借款本金 (the original 120,000 and the "
             "outstanding 100,000 also appear). 36,000 of interest rolled in → compound_interest_restated (the old rate "
             "18% was above 4×4.15% = 16.6% in 2020-01, so part of it should not be recognised). LPR on 2024-12-31 = "
             "3.10% → cap 12.4%: rate 12% is under (no rate finding), overdue 18% + 律师费 is above.",
})

# ---------------------------------------------------------------------------------------------------------------
# hk09  farmer's 借条, 错别字, 大写 amount only, 利息按月二分, 2016 (TXT GB18030)
doc("hk09_nongmin_jietiao_2016.txt", "gb18030", """借条

今借倒本村陈友发人民币叁万伍千元整，利息按月二分，明年秋收后连本代利一并还清。

担保人：陈有福
借款人：陈有根（手印）

二0一六年十一月三号
""", {
    "fields": {"principal": "35000", "amount_delivered": "35000", "annual_rate": "0.24", "overdue_rate": None,
               "penalty_rate": None, "lender": "陈友发", "lender_kind": "natural_person", "borrower": "陈有根",
               "borrower_kind": "natural_person", "contract_date": "2016-11-03",
               "repayment_method": "到期一次性还本付息", "dispute_method": None, "guarantor": "陈有福",
               "guarantee_type": "unspecified"},
    "findings": ["pre_lpr_rate_rules", "no_overdue_rate_agreed"],
    "notes": "错别字 as written: 借倒 (到), 伍千 (仟), 连本代利 (带). 月二分 = 2%/month = 0.24 (exactly the 2015 "
             "supported line). '明年秋收后' is not a fixed date: end_date left out; with no fixed due date limitation runs "
             "from a demand, so no limitation finding at as_of 2026-03-16. The guarantee (2016) predates the 民法典: "
             "type stated nowhere → 'unspecified' as written, but no default-guarantee finding (rule v2, 担保法 第19条). "
             "Period not stated → guarantee_period_months left out.",
})

# ---------------------------------------------------------------------------------------------------------------
# hk10  企业间借款, lender a 有限合伙 (DOCX, table)
doc("hk10_qiyejian_youxianhehuo.docx", "docx", [
    ("h", "借款合同"),
    ("p", "合同编号：BHY-2022-JK-003"),
    ("p", "出借人（甲方）：合肥滨湖源创股权投资合伙企业（有限合伙）"),
    ("p", "执行事务合伙人：合肥滨湖源创投资管理有限公司（委派代表：章立）"),
    ("p", "借款人（乙方）：安徽瑞康医疗器械有限公司"),
    ("p", "法定代表人：高振宇"),
    ("p", "保证人（丙方）：高振宇，身份证号340111********0318"),
    ("p", "乙方为补充生产经营流动资金向甲方借款，甲方以自有资金出借。各方约定如下："),
    ("t", [
        ["序号", "事项", "约定"],
        ["1", "借款金额", "人民币伍佰万元整（¥5,000,000）"],
        ["2", "借款期限", "2022年3月1日至2023年2月28日"],
        ["3", "借款利率", "年利率10%"],
        ["4", "结息还本", "按季结息（每季度末月20日），到期一次还本"],
        ["5", "逾期利息", "逾期本息按日万分之四计收"],
        ["6", "担保", "丙方承担连带责任保证，保证期间为主债务履行期限届满之日起两年"],
        ["7", "争议解决", "提交合肥仲裁委员会仲裁"],
    ]),
    ("p", "第八条 甲方承诺出借资金为其合伙人实缴出资形成的自有资金，非向他人转贷或向社会不特定对象吸收的资金。"),
    ("p", "第九条 本合同自各方签署之日起生效。"),
    ("p", "甲方（盖章）：合肥滨湖源创股权投资合伙企业（有限合伙）"),
    ("p", "乙方（盖章）：安徽瑞康医疗器械有限公司      丙方（签字）：高振宇"),
    ("p", "签署日期：2022年2月25日"),
], {
    "fields": {"principal": "5000000", "amount_delivered": "5000000", "annual_rate": "0.1", "overdue_rate": "0.146",
               "penalty_rate": None, "lender": "合肥滨湖源创股权投资合伙企业（有限合伙）", "lender_kind": "enterprise",
               "borrower": "安徽瑞康医疗器械有限公司", "borrower_kind": "enterprise", "contract_date": "2022-02-25",
               "start_date": "2022-03-01", "end_date": "2023-02-28", "repayment_method": "按季付息、到期还本",
               "dispute_method": "arbitration", "guarantor": "高振宇", "guarantee_type": "连带责任保证",
               "guarantee_period_months": 24},
    "findings": [],
    "notes": "Lender name includes '（有限合伙）' as the registered name does. 日万分之四 × 365 = 14.6% < 4×3.70% = 14.8% "
             "(LPR 2022-01-20). as_of 2025-06-30 (reviewed when preparing the arbitration): due 2023-02-28, no expiry.",
    "as_of": "2025-06-30",
})

# ---------------------------------------------------------------------------------------------------------------
# hk11  bilingual loan agreement of a foreign-invested company, SHIAC arbitration (DOCX, two-column table)
doc("hk11_shuangyu_waizi_jiekuan.docx", "docx", [
    ("h", "借款协议  LOAN AGREEMENT"),
    ("t", [
        ["中文", "English"],
        ["本协议由以下双方于2024年2月1日在中国合肥签订：", "This Agreement is made on 1 February 2024 in Hefei, China, by and between:"],
        ["出借人：汉斯技术控股有限公司（Hanse Technik Holding GmbH），一家依照德意志联邦共和国法律设立并存续的公司，注册地址：德国斯图加特",
         "Lender: Hanse Technik Holding GmbH, a company incorporated and existing under the laws of the Federal Republic of Germany, registered in Stuttgart, Germany"],
        ["借款人：合肥汉斯精密机械有限公司，一家依照中国法律设立的外商独资企业，注册地址：合肥经济技术开发区莲花路2266号",
         "Borrower: Hefei Hanse Precision Machinery Co., Ltd., a wholly foreign-owned enterprise established under PRC law, registered at No. 2266 Lianhua Road, Hefei Economic and Technological Development Area"],
        ["1. 借款金额：人民币捌佰万元整（RMB 8,000,000）。", "1. Loan Amount: RMB 8,000,000 (Renminbi Eight Million)."],
        ["2. 借款期限：三年，自2024年2月1日起至2027年1月31日止。", "2. Term: three (3) years from 1 February 2024 to 31 January 2027."],
        ["3. 利息：年利率4.5%，按实际借款天数计算，一年按360天计。利息每季度支付一次，付息日为每年3月20日、6月20日、9月20日和12月20日；本金于到期日一次性偿还。",
         "3. Interest: 4.5% per annum, accruing on actual days elapsed on the basis of a 360-day year, payable quarterly on 20 March, 20 June, 20 September and 20 December; principal repayable in one lump sum on the Maturity Date."],
        ["4. 逾期利息：借款人未按期支付的任何款项，自到期日起至实际支付日止，在上述约定利率基础上另加年利率2%计收逾期利息。",
         "4. Default Interest: Any sum not paid when due shall bear default interest at the rate of 4.5% plus an additional 2% per annum from the due date until actual payment."],
        ["5. 外债登记：借款人应于本协议签订后十五个工作日内向国家外汇管理局合肥市分局办理外债登记。",
         "5. Foreign Debt Registration: The Borrower shall register this loan with SAFE Hefei Branch within fifteen (15) business days after signing."],
        ["6. 适用法律：本协议适用中华人民共和国法律。", "6. Governing Law: This Agreement shall be governed by the laws of the People's Republic of China."],
        ["7. 争议解决：因本协议引起的或与本协议有关的任何争议，应提交上海国际仲裁中心，按照申请仲裁时该中心现行有效的仲裁规则在上海进行仲裁。仲裁裁决是终局的，对双方均有约束力。",
         "7. Dispute Resolution: Any dispute arising out of or in connection with this Agreement shall be submitted to the Shanghai International Arbitration Center (SHIAC) for arbitration in Shanghai in accordance with its rules in effect at the time of applying for arbitration. The award shall be final and binding upon both parties."],
        ["8. 本协议以中英文书就，两种文本具有同等效力；如有歧义，以中文文本为准。",
         "8. This Agreement is executed in Chinese and English; both versions are equally authentic. In case of discrepancy, the Chinese version shall prevail."],
    ]),
    ("p", "出借人 Lender：汉斯技术控股有限公司 Hanse Technik Holding GmbH    授权签字人 Authorised Signatory：Markus Vogel"),
    ("p", "借款人 Borrower：合肥汉斯精密机械有限公司（盖章）    法定代表人 Legal Representative：施文涛"),
    ("p", "日期 Date：2024年2月1日 / 1 February 2024"),
], {
    "fields": {"principal": "8000000", "amount_delivered": "8000000", "annual_rate": "0.045", "overdue_rate": "0.065",
               "penalty_rate": None, "lender": "汉斯技术控股有限公司", "lender_kind": "enterprise",
               "borrower": "合肥汉斯精密机械有限公司", "borrower_kind": "enterprise", "contract_date": "2024-02-01",
               "start_date": "2024-02-01", "end_date": "2027-01-31", "repayment_method": "按季付息、到期还本",
               "dispute_method": "arbitration", "guarantor": None, "guarantee_type": None,
               "guarantee_period_months": None},
    "findings": [],
    "notes": "Hard call: lender name taken as the Chinese name (the Chinese text prevails per clause 8); the German name "
             "is also given. 4.5% p.a. on a 360-day basis: the stated annual rate is still 0.045. Default interest "
             "4.5% + 2% = 6.5%. Foreign-related, SHIAC arbitration is valid.",
})

# ---------------------------------------------------------------------------------------------------------------
# hk12  保证合同: 保证期间 '直至借款本息还清时为止' (TXT UTF-8)
doc("hk12_baozheng_zhizhi_huanqing.txt", "utf8", """保 证 合 同

债权人（甲方）：许春梅，身份证号340103********4046
保证人（乙方）：合肥市蜀山区德胜汽车修理厂（个人独资企业），投资人：潘德胜
债务人：丁海涛，身份证号340104********5517

鉴于甲方与债务人丁海涛于2022年7月15日签订《借款合同》，约定丁海涛向甲方借款人民币贰拾万元整，借款期限自2022年7月15日至2023年7月14日，年利率12%，逾期利率为年利率14%。为保障甲方债权实现，乙方自愿提供保证担保。

第一条 保证方式：乙方承担连带责任保证。

第二条 保证范围：主合同项下借款本金、利息、逾期利息、违约金及甲方实现债权的费用（包括诉讼费、保全费、律师费等）。

第三条 保证期间：自本合同生效之日起，直至借款本息还清时为止。

第四条 债务人到期未还款的，甲方有权直接要求乙方承担保证责任。

第五条 争议解决：因本合同发生争议，向甲方住所地人民法院起诉。

第六条 本合同自双方签字盖章之日起生效。

甲方：许春梅（签字）
乙方：合肥市蜀山区德胜汽车修理厂（盖章）  投资人：潘德胜（签字）

签订日期：2022年7月15日
""", {
    "fields": {"principal": "200000", "amount_delivered": "200000", "annual_rate": "0.12", "overdue_rate": "0.14",
               "lender": "许春梅", "lender_kind": "natural_person", "borrower": "丁海涛",
               "borrower_kind": "natural_person", "contract_date": "2022-07-15", "start_date": "2022-07-15",
               "end_date": "2023-07-14", "dispute_method": "court", "guarantor": "合肥市蜀山区德胜汽车修理厂",
               "guarantee_type": "连带责任保证"},
    "findings": ["guarantee_period_defaults_to_6_months"],
    "notes": "'直至借款本息还清时为止' = 约定不明 (担保制度解释 第32条) → six months from 2023-07-14; guarantee given "
             "2022-07-15 (after 2021-01-01) so the finding applies. guarantee_period_months left out (the legal default "
             "is 6 but the document states no month count). penalty_rate and repayment_method left out: the main "
             "contract is only recited. Rates under 4×3.70% = 14.8%.",
})

# ---------------------------------------------------------------------------------------------------------------
# hk13  借条 with 一般保证 written as '不能还款时由担保人偿还' (TXT UTF-8)
doc("hk13_jietiao_yiban_baozheng.txt", "utf8", """借  条

今借到范志刚人民币伍万元整（¥50000），月息1分，借期半年，2023年11月5日前连本带息一次还清。过期不还按月息一分二算。

如借款人到期不能还款时，由担保人王秀英负责偿还。担保期限为借款到期后一年。

借款人：李娜   身份证：340102********1520   电话：187****3306
担保人：王秀英 身份证：340102********1546

2023年5月6日
""", {
    "fields": {"principal": "50000", "amount_delivered": "50000", "annual_rate": "0.12", "overdue_rate": "0.144",
               "penalty_rate": None, "lender": "范志刚", "lender_kind": "natural_person", "borrower": "李娜",
               "borrower_kind": "natural_person", "contract_date": "2023-05-06", "end_date": "2023-11-05",
               "repayment_method": "到期一次性还本付息", "dispute_method": None, "guarantor": "王秀英",
               "guarantee_type": "一般保证", "guarantee_period_months": 12},
    "findings": [],
    "notes": "'不能还款时由担保人偿还' is a 一般保证 (担保制度解释 第25条: 不能履行), so the type is stated, not defaulted. "
             "Period 一年 after due = 12 months. 月息一分二 = 14.4% < 4×3.65% = 14.6% (LPR 2022-08-22 in force on "
             "2023-05-06). start_date left out (借期半年 from the note date, not stated as a date).",
})

# ---------------------------------------------------------------------------------------------------------------
# hk14  农商行 个人经营贷, 等额本金, 提前还款违约金, 融资担保 guarantor (DOCX, tables)
doc("hk14_nongshang_dengebenjin_tiqian.docx", "docx", [
    ("h", "个人经营性借款合同"),
    ("p", "合同编号：LDNS-GJ-2024-0815-112"),
    ("p", "贷款人：合肥庐东农村商业银行股份有限公司岗集支行"),
    ("p", "借款人：葛长青（身份证号340121********7712），经营长丰县岗集镇葡萄种植"),
    ("p", "保证人：合肥长丰农业融资担保有限公司"),
    ("p", "第一条 贷款要素"),
    ("t", [
        ["贷款金额", "人民币叁拾万元整"],
        ["贷款期限", "36个月，自2024年8月16日至2027年8月15日"],
        ["贷款利率", "浮动利率，按定价基准日一年期LPR加85个基点确定，即年利率4.20%，每年1月1日调整"],
        ["还款方式", "等额本金，每月16日还款"],
        ["罚息", "逾期罚息利率为借款执行利率上浮50%"],
        ["提前还款", "借款人提前还款的，应提前15日书面申请，并按提前还款本金的2%支付违约金"],
    ]),
    ("p", "第二条 还款计划（节选，以贷款人系统为准）"),
    ("t", [
        ["期数", "还款日", "应还本金", "应还利息", "合计"],
        ["1", "2024-09-16", "8,333.33", "1,050.00", "9,383.33"],
        ["2", "2024-10-16", "8,333.33", "1,020.83", "9,354.16"],
        ["3", "2024-11-16", "8,333.33", "991.67", "9,325.00"],
        ["…", "…", "…", "…", "…"],
        ["36", "2027-08-15", "8,333.45", "29.17", "8,362.62"],
    ]),
    ("p", "第三条 担保：本合同项下债务由合肥长丰农业融资担保有限公司提供连带责任保证，保证期间为主债务履行期届满之日起三年，另行签订《保证合同》。"),
    ("p", "第四条 争议解决：因本合同发生的争议，向贷款人住所地人民法院起诉。"),
    ("p", "贷款人（公章）：合肥庐东农村商业银行股份有限公司岗集支行    借款人（签字）：葛长青"),
    ("p", "签订日期：2024年8月15日"),
], {
    "fields": {"principal": "300000", "amount_delivered": "300000", "annual_rate": "0.042", "overdue_rate": "0.063",
               "lender": "合肥庐东农村商业银行股份有限公司岗集支行", "lender_kind": "licensed_lender",
               "borrower": "葛长青", "borrower_kind": "natural_person", "contract_date": "2024-08-15",
               "start_date": "2024-08-16", "end_date": "2027-08-15", "repayment_method": "等额本金",
               "dispute_method": "court", "guarantor": "合肥长丰农业融资担保有限公司",
               "guarantee_type": "连带责任保证", "guarantee_period_months": 36},
    "findings": ["cap_not_applicable_licensed_lender"],
    "notes": "LPR-linked rate whose value is written out (LPR 3.35% + 0.85 = 4.20%). 罚息 4.2% × 1.5 = 6.3%. The 2% "
             "prepayment 违约金 is a share of the prepaid principal, not an annual rate: penalty_rate left out.",
})

# ---------------------------------------------------------------------------------------------------------------
# hk15  仲裁 AND 法院 both named (invalid choice) (TXT UTF-8)
doc("hk15_zhongcai_fayuan_bingcun.txt", "utf8", """借款合同

出借人（甲方）：蔡立新，身份证号340111********2017，住合肥市经开区锦绣社区
借款人（乙方）：合肥宏图装饰工程有限公司，法定代表人：罗宏图

第一条 乙方因工程垫资向甲方借款人民币肆拾万元整（400,000元），甲方于本合同签订当日通过银行转账支付至乙方对公账户。

第二条 借款期限自2021年6月18日起至2021年12月17日止，共六个月。

第三条 借款年利率为15%，利随本清，即到期时本金与利息一次性支付。

第四条 乙方逾期还款的，逾期部分按日万分之三计付逾期利息。

第五条 乙方应将借款用于约定工程，不得挪作他用。

第六条 争议解决：双方发生争议协商不成的，任何一方可以向合肥仲裁委员会申请仲裁，也可以向甲方所在地人民法院提起诉讼。

第七条 本合同一式两份，双方各执一份，自签字盖章之日起生效。

甲方：蔡立新（签字）
乙方：合肥宏图装饰工程有限公司（公章）  法定代表人：罗宏图（签字）

2021年6月18日
""", {
    "fields": {"principal": "400000", "amount_delivered": "400000", "annual_rate": "0.15", "overdue_rate": "0.1095",
               "penalty_rate": None, "lender": "蔡立新", "lender_kind": "natural_person",
               "borrower": "合肥宏图装饰工程有限公司", "borrower_kind": "enterprise", "contract_date": "2021-06-18",
               "start_date": "2021-06-18", "end_date": "2021-12-17", "repayment_method": "到期一次性还本付息",
               "dispute_method": "court_or_arbitration", "guarantor": None, "guarantee_type": None,
               "guarantee_period_months": None},
    "findings": [],
    "notes": "Both 仲裁 and 诉讼 named → the arbitration agreement is invalid (仲裁法解释 第7条); the label is "
             "court_or_arbitration. 15% < 4×3.85% = 15.4%; 日万分之三 × 365 = 10.95%. as_of 2024-06-01 (when the client "
             "came in): due 2021-12-17, limitation to 2024-12-17, not yet expired.",
    "as_of": "2024-06-01",
})

# ---------------------------------------------------------------------------------------------------------------
# hk16  夫妻 co-borrowers, overdue '在合同利率基础上加收50%' (TXT UTF-8)
doc("hk16_fuqi_gongtong_jiekuan.txt", "utf8", """借款合同

出借人：邵国栋，身份证号340123********0031，住合肥市肥西县上派镇

借款人一：孔祥东，身份证号340123********0415
借款人二：刘芳，身份证号340123********0442
（借款人一、二系夫妻关系，共同向出借人借款，对本合同项下全部债务承担连带清偿责任）

一、借款金额：人民币贰拾伍万元整（¥250,000.00），用于购买经营用冷链货车。
二、借款期限：12个月，自2025年3月10日起至2026年3月9日止。
三、利率及付息：年利率8%，按月付息，每月10日前支付利息壹仟陆佰陆拾陆元陆角柒分，到期归还本金。
四、逾期：借款人逾期还本或付息的，逾期部分在合同利率基础上加收50%计收逾期利息。
五、出借人将借款转入借款人一孔祥东尾号2290的银行账户，即视为已向两借款人交付借款。
六、争议由出借人住所地人民法院管辖。

出借人：邵国栋
借款人一：孔祥东          借款人二：刘芳

2025年3月10日
""", {
    "fields": {"principal": "250000", "amount_delivered": "250000", "annual_rate": "0.08", "overdue_rate": "0.12",
               "penalty_rate": None, "lender": "邵国栋", "lender_kind": "natural_person",
               "borrower_kind": "natural_person", "contract_date": "2025-03-10", "start_date": "2025-03-10",
               "end_date": "2026-03-09", "repayment_method": "按月付息、到期还本", "dispute_method": "court",
               "guarantor": None, "guarantee_type": None, "guarantee_period_months": None},
    "findings": [],
    "notes": "Co-borrowers → borrower left out; both natural persons → borrower_kind kept. Relative overdue rate: 8% × 1.5 "
             "= 12% < 4×3.10% = 12.4% (LPR 2024-10-21 in force on 2025-03-10): no finding, close to the line. Due "
             "2026-03-09, a week before as_of: not a limitation issue.",
})

# ---------------------------------------------------------------------------------------------------------------
# hk17  借条 where the borrower is a 个体工商户 trade name; 日利率万分之三 (TXT UTF-8)
doc("hk17_getihu_jietiao.txt", "utf8", """借 条

今合肥市瑶海区德顺水产经营部（个体工商户，经营者王德顺）因进货资金周转，向曹红霞借款人民币捌万元整（80000元），借款利率为日利率万分之三，借期六个月，自2024年1月22日起至2024年7月21日止，到期一次性还本付息。
逾期未还的，按日万分之三点五计付逾期利息。
借款已由曹红霞微信转账至王德顺，王德顺确认收到。

借款人：合肥市瑶海区德顺水产经营部（盖章）
经营者：王德顺（签字、手印）  身份证号：340102********3513
出借人：曹红霞

2024年1月22日
""", {
    "fields": {"principal": "80000", "amount_delivered": "80000", "annual_rate": "0.1095", "overdue_rate": "0.12775",
               "penalty_rate": None, "lender": "曹红霞", "lender_kind": "natural_person",
               "borrower": "合肥市瑶海区德顺水产经营部", "borrower_kind": "enterprise", "contract_date": "2024-01-22",
               "start_date": "2024-01-22", "end_date": "2024-07-21", "repayment_method": "到期一次性还本付息",
               "dispute_method": None, "guarantor": None, "guarantee_type": None, "guarantee_period_months": None},
    "findings": [],
    "notes": "Hard call: a 个体工商户 is not legally an enterprise, but the field has only two values and the borrower "
             "signs under its trade name (经营部), so borrower_kind = enterprise. 日万分之三 × 365 = 10.95%; 万分之三点五 "
             "× 365 = 12.775%; both < 4×3.45% = 13.8%.",
})

# ---------------------------------------------------------------------------------------------------------------
# hk18  砍头息 stated only in the 收条 line (TXT UTF-8)
doc("hk18_kantouxi_shoutiao.txt", "utf8", """借款合同

出借人（甲方）：吕江，身份证号340104********4010
借款人（乙方）：郑伟，身份证号340104********4532

1. 借款金额：人民币拾万元整（¥100,000）。
2. 借款期限：2022年10月8日至2023年4月7日。
3. 借款利率：月利率1.2%，按月付息，每月8日前支付当月利息；到期归还本金。
4. 逾期利率：逾期本金按年利率14.6%计收逾期利息。
5. 乙方应按时还款，不得以任何理由拖延。
6. 发生争议，向出借人住所地人民法院起诉。

甲方：吕江          乙方：郑伟
2022年10月8日

------------------------------------------------------------

收  条

今收到吕江出借的借款人民币玖万陆仟肆佰元整（¥96,400），已预先扣除前三个月利息叁仟陆佰元。

收款人：郑伟
2022年10月8日
""", {
    "fields": {"principal": "100000", "amount_delivered": "96400", "annual_rate": "0.144", "overdue_rate": "0.146",
               "penalty_rate": None, "lender": "吕江", "lender_kind": "natural_person", "borrower": "郑伟",
               "borrower_kind": "natural_person", "contract_date": "2022-10-08", "start_date": "2022-10-08",
               "end_date": "2023-04-07", "repayment_method": "按月付息、到期还本", "dispute_method": "court",
               "guarantor": None, "guarantee_type": None, "guarantee_period_months": None},
    "findings": ["interest_deducted_upfront"],
    "notes": "The deduction appears only in the 收条. principal = stated 100,000; amount_delivered = 96,400 (3 months × "
             "1,200 deducted). Rate 14.4% and overdue 14.6% vs cap 4×3.65% = 14.6% (LPR 2022-08-22): overdue is exactly "
             "at the line, not above. Due 2023-04-07 → limitation 2026-04-07, three weeks after as_of: not expired.",
})

# ---------------------------------------------------------------------------------------------------------------
# hk19  典当合同 (机动车质押), 月利率 + 月综合费率 (TXT UTF-8)
doc("hk19_diandang_jidongche.txt", "utf8", """合肥市徽商典当有限责任公司
动产质押典当合同

合同编号：HSDD-DC-2025-0805-021
典当行（甲方）：合肥市徽商典当有限责任公司
典当经营许可证编号：34000xxx
住所：合肥市庐阳区长江中路319号

当户（乙方）：程俊
身份证号：340103********2517

第一条 当物：小型轿车壹辆，品牌型号大众帕萨特，号牌皖A·7K3X9，车架号LSVCB6A4*********，乙方将车辆及机动车登记证书、备用钥匙交甲方保管。

第二条 当物估价：人民币壹拾肆万元整。

第三条 当金：人民币壹拾万元整（¥100,000.00）。

第四条 典当期限：自2025年8月5日至2025年10月4日，共60天。

第五条 费率：
1、当金月利率0.5%；
2、月综合费率2.4%（含保管费、保险费、鉴定评估费等）；
当金利息及综合费用按实际天数计算，于乙方赎当或续当时一并结清。

第六条 赎当、续当与绝当：典当期限届满或续当期限届满后5日内，乙方应赎当或办理续当；逾期不赎当也不续当的，为绝当，甲方有权依照《典当管理办法》处分当物。

第七条 争议解决：因本合同发生争议，向甲方所在地合肥市庐阳区人民法院起诉。

第八条 本合同与当票具有同等效力。

甲方（盖章）：合肥市徽商典当有限责任公司       乙方（签字）：程俊
经办人：章晓

签订日期：2025年8月5日
""", {
    "fields": {"principal": "100000", "amount_delivered": "100000", "annual_rate": "0.06", "overdue_rate": None,
               "penalty_rate": None, "lender": "合肥市徽商典当有限责任公司", "lender_kind": "licensed_lender",
               "borrower": "程俊", "borrower_kind": "natural_person", "contract_date": "2025-08-05",
               "start_date": "2025-08-05", "end_date": "2025-10-04", "repayment_method": "到期一次性还本付息",
               "dispute_method": "court"},
    "findings": ["cap_not_applicable_licensed_lender"],
    "notes": "Hard call: annual_rate = 当金月利率 0.5% × 12 = 6%; the 月综合费率 2.4% (28.8%/yr) is a fee, not interest "
             "(total cost 34.8%/yr). No overdue rate (绝当 instead): null. Collateral is the borrower's own car pledged, "
             "no third-party 保证: guarantor/guarantee_type/guarantee_period_months left out (convention for a "
             "debtor's own pledge is open). Licensed lender → no private-lending findings.",
})

# ---------------------------------------------------------------------------------------------------------------
# hk20  2014 借款协议, 月息3分, with repayment note restarting limitation (TXT GB18030)
doc("hk20_jiekuan_xieyi_2014_yuexi3fen.txt", "gb18030", """借款协议

甲方（出借人）：倪红兵    身份证号：340102********1038
乙方（借款人）：鲍志远    身份证号：340111********6012
丙方（担保人）：卫东      身份证号：340111********6035

经三方协商，就乙方向甲方借款事宜达成如下协议：
一、乙方向甲方借款人民币伍拾万元整（500000元）。
二、借款期限：2014年9月1日至2015年8月31日。
三、借款利息为月息3分，每月1日前付清当月利息，到期一次还本。
四、乙方到期不还本金的，逾期利息按每日千分之一计算。
五、丙方自愿为乙方的上述借款承担连带责任保证，保证期间为借款到期后两年。
六、本协议一式三份，三方各执一份，签字后生效。

甲方：倪红兵    乙方：鲍志远    丙方：卫东
2014年9月1日

（协议背面手写）
2018年1月15日 鲍志远还利息叁万元  倪红兵收（签）
""", {
    "fields": {"principal": "500000", "amount_delivered": "500000", "annual_rate": "0.36", "overdue_rate": "0.365",
               "penalty_rate": None, "lender": "倪红兵", "lender_kind": "natural_person", "borrower": "鲍志远",
               "borrower_kind": "natural_person", "contract_date": "2014-09-01", "start_date": "2014-09-01",
               "end_date": "2015-08-31", "repayment_method": "按月付息、到期还本", "dispute_method": None,
               "guarantor": "卫东", "guarantee_type": "连带责任保证", "guarantee_period_months": 24},
    "findings": ["pre_lpr_rate_rules"],
    "notes": "月息3分 = 3%/month = 36%/yr, exactly the 2015 void line (24–36 band). Hard call: the overdue rate 0.1%/day = "
             "36.5%/yr exceeds the 2015 rules' 24% line for overdue charges, but no rule in the set measures pre-LPR "
             "overdue charges against 24% (overdue_charges_above_cap is about 4×LPR at a contract date that has none), so "
             "no overdue finding. as_of 2020-05-10: due 2015-08-31, limitation 2018-08-31 restarted by the 2018-01-15 "
             "payment note to 2021-01-15 → not expired. (The guarantor's 2-year period ended 2017-08-31 — a real "
             "problem for the client but no rule measures it.)",
    "as_of": "2020-05-10",
})

# ---------------------------------------------------------------------------------------------------------------
# hk21  银行 委托贷款 (DOCX, table)
doc("hk21_yinhang_weituo_daikuan.docx", "docx", [
    ("h", "委托贷款借款合同"),
    ("p", "合同编号：WJYH-HF-WT-2021-047"),
    ("p", "委托人：安徽鼎丰投资有限公司"),
    ("p", "贷款人（受托人）：皖江商业银行股份有限公司合肥分行"),
    ("p", "借款人：合肥绿源环保科技有限公司"),
    ("p", "保证人：合肥创新融资担保有限公司"),
    ("p", "根据委托人与贷款人签订的《委托贷款委托合同》，贷款人接受委托人委托，以委托人提供的资金向借款人发放委托贷款。贷款人只收取手续费，不承担贷款风险。"),
    ("t", [
        ["项目", "内容"],
        ["贷款金额", "人民币壹仟万元整（¥10,000,000.00）"],
        ["贷款期限", "24个月，自2021年11月26日起至2023年11月25日止"],
        ["贷款利率", "年利率9%（由委托人确定），在贷款期限内固定不变"],
        ["结息方式", "按月结息，每月20日为结息日；到期一次偿还本金"],
        ["罚息", "借款人逾期还款的，在合同利率基础上加收50%计收罚息"],
        ["手续费", "委托贷款手续费由委托人向贷款人支付，借款人不承担"],
        ["担保", "合肥创新融资担保有限公司提供连带责任保证，保证期间为主债务履行期届满之日起三年"],
    ]),
    ("p", "第二条 贷款发放以委托人资金到账为前提；委托人资金未到位的，贷款人不承担发放义务。"),
    ("p", "第三条 借款人违约时，贷款人根据委托人的书面指示采取催收、诉讼等措施。"),
    ("p", "第四条 争议解决：向贷款人住所地人民法院起诉。"),
    ("p", "委托人（盖章）：安徽鼎丰投资有限公司"),
    ("p", "贷款人（盖章）：皖江商业银行股份有限公司合肥分行"),
    ("p", "借款人（盖章）：合肥绿源环保科技有限公司"),
    ("p", "签订日期：2021年11月25日"),
], {
    "fields": {"principal": "10000000", "amount_delivered": "10000000", "annual_rate": "0.09", "overdue_rate": "0.135",
               "penalty_rate": None, "lender": "安徽鼎丰投资有限公司", "lender_kind": "enterprise",
               "borrower": "合肥绿源环保科技有限公司", "borrower_kind": "enterprise", "contract_date": "2021-11-25",
               "start_date": "2021-11-26", "end_date": "2023-11-25", "repayment_method": "按月付息、到期还本",
               "dispute_method": "court", "guarantor": "合肥创新融资担保有限公司", "guarantee_type": "连带责任保证",
               "guarantee_period_months": 36},
    "findings": [],
    "notes": "Hard call: in a 委托贷款 the 贷款人 on the contract is the bank (受托人); the money and the risk are the "
             "委托人's (an ordinary company). Gold follows the contract: lender = the bank, licensed. Rates are under "
             "4×3.85% = 15.4% either way (9%, 罚息 13.5%), so the call only decides the info finding.",
})

# ---------------------------------------------------------------------------------------------------------------
# hk22  小贷 经营贷 to a 个体工商户, 融资担保 guarantor, 违约金 lump sum (DOCX, table)
doc("hk22_xiaodai_getihu_rongzidanbao.docx", "docx", [
    ("h", "小额贷款借款合同"),
    ("p", "编号：HS-XD-2022-1209-08"),
    ("t", [
        ["贷款人（甲方）", "合肥市包河区汇商小额贷款有限公司"],
        ["借款人（乙方）", "合肥市包河区聚鲜楼餐饮店（个体工商户）"],
        ["经营者", "沈玉芬（身份证号340111********1523）"],
        ["保证人（丙方）", "合肥庐州融资担保有限公司"],
        ["借款金额", "人民币伍拾万元整"],
        ["借款期限", "2022年12月9日至2023年12月8日"],
        ["借款利率", "月利率1.25%"],
        ["还款方式", "按月付息，到期还本"],
        ["罚息", "逾期罚息利率为本合同借款利率的1.5倍"],
        ["违约金", "乙方违约的，应一次性向甲方支付违约金人民币壹万元"],
        ["保证", "丙方承担连带责任保证，保证期间为主债务履行期限届满之日起二年"],
    ]),
    ("p", "第一条 乙方应于每月9日前支付当月利息。乙方未按期付息或者挪用借款的，甲方有权提前收回借款。"),
    ("p", "第二条 丙方的保证范围包括本金、利息、罚息、违约金和实现债权的费用。丙方承担保证责任后，有权向乙方及其经营者追偿。"),
    ("p", "第三条 因本合同发生的争议，提交合肥仲裁委员会仲裁。"),
    ("p", "甲方（盖章）：合肥市包河区汇商小额贷款有限公司"),
    ("p", "乙方（盖章）：合肥市包河区聚鲜楼餐饮店    经营者（签字）：沈玉芬"),
    ("p", "丙方（盖章）：合肥庐州融资担保有限公司"),
    ("p", "2022年12月9日"),
], {
    "fields": {"principal": "500000", "amount_delivered": "500000", "annual_rate": "0.15", "overdue_rate": "0.225",
               "lender": "合肥市包河区汇商小额贷款有限公司", "lender_kind": "licensed_lender",
               "borrower": "合肥市包河区聚鲜楼餐饮店", "borrower_kind": "enterprise", "contract_date": "2022-12-09",
               "start_date": "2022-12-09", "end_date": "2023-12-08", "repayment_method": "按月付息、到期还本",
               "dispute_method": "arbitration", "guarantor": "合肥庐州融资担保有限公司",
               "guarantee_type": "连带责任保证", "guarantee_period_months": 24},
    "findings": ["cap_not_applicable_licensed_lender"],
    "notes": "All key terms in a two-column table, parties included. 月利率1.25% × 12 = 15%; 罚息 × 1.5 = 22.5%. 违约金 "
             "is a lump sum (10,000): penalty_rate left out. Borrower is a 个体工商户 trade name → enterprise (same call "
             "as hk17); the name is taken without the '（个体工商户）' tag.",
})

# ---------------------------------------------------------------------------------------------------------------
# hk23  保证期间 ending on the same day as the debt → treated as not agreed (TXT UTF-8)
doc("hk23_baozheng_qijian_tongshi_jiman.txt", "utf8", """借款合同

出借人（甲方）：汪晓燕，身份证号340103********2024
借款人（乙方）：秦浩，身份证号340103********2010
保证人（丙方）：秦德明，身份证号340103********2019（乙方之父）

第一条 借款金额：人民币壹拾伍万元整（150000元）。
第二条 借款期限：自2023年9月12日至2024年9月11日。
第三条 借款利率：年利率10%，借款到期时本息一次付清。
第四条 逾期利息：乙方逾期还款的，按年利率13%计付逾期利息。
第五条 保证：丙方为乙方本合同项下全部债务提供连带责任保证；保证期间自本合同签订之日起至2024年9月11日止。
第六条 争议解决：向出借人住所地人民法院起诉。

甲方：汪晓燕     乙方：秦浩     丙方：秦德明
签订日期：2023年9月12日
""", {
    "fields": {"principal": "150000", "amount_delivered": "150000", "annual_rate": "0.1", "overdue_rate": "0.13",
               "penalty_rate": None, "lender": "汪晓燕", "lender_kind": "natural_person", "borrower": "秦浩",
               "borrower_kind": "natural_person", "contract_date": "2023-09-12", "start_date": "2023-09-12",
               "end_date": "2024-09-11", "repayment_method": "到期一次性还本付息", "dispute_method": "court",
               "guarantor": "秦德明", "guarantee_type": "连带责任保证"},
    "findings": ["guarantee_period_defaults_to_6_months"],
    "notes": "The agreed 保证期间 ends the same day as the debt (2024-09-11) → 视为没有约定 (民法典 第692条第2款) → six "
             "months from 2024-09-11. guarantee_period_months left out (an end date, not a month count). 13% < "
             "4×3.45% = 13.8% (LPR 2023-08-21).",
})

# ---------------------------------------------------------------------------------------------------------------
# hk24  借条 to a company, 月息1分5, 担保人 signs with no type or period (TXT UTF-8)
doc("hk24_jietiao_gongsi_danbaoren_wu_fangshi.txt", "utf8", """借条

今借到段学军人民币叁拾万元整（300000元），用于公司经营周转，月息1分5，2024年12月1日前归还本息。

借款单位：合肥鸿运物流有限公司（公章）
法定代表人：孟凡军（签字）
担保人：孟凡军（签字）  身份证：340122********6619

2024年6月1日
""", {
    "fields": {"principal": "300000", "amount_delivered": "300000", "annual_rate": "0.18", "overdue_rate": None,
               "penalty_rate": None, "lender": "段学军", "lender_kind": "natural_person",
               "borrower": "合肥鸿运物流有限公司", "borrower_kind": "enterprise", "contract_date": "2024-06-01",
               "end_date": "2024-12-01", "repayment_method": "到期一次性还本付息", "dispute_method": None,
               "guarantor": "孟凡军", "guarantee_type": "unspecified"},
    "findings": ["rate_above_4x_lpr", "no_overdue_rate_agreed", "guarantee_type_defaults_to_general",
                 "guarantee_period_defaults_to_6_months"],
    "notes": "月息1分5 = 1.5%/month = 18% > 4×3.45% = 13.8% (LPR 2023-08-21, still in force 2024-06-01). The 法定代表人 "
             "signs twice, once as 担保人: a personal guarantee with neither type nor period (given after 2021-01-01) "
             "→ 一般保证 and six months. No overdue rate.",
})

# ---------------------------------------------------------------------------------------------------------------
# hk25  5-year 保证期间 (longer than the debt), 律师函 note restarting limitation (TXT UTF-8)
doc("hk25_baozheng_wunian_lvshihan.txt", "utf8", """借款合同

出借人（甲方）：合肥市蜀山区宏达机电设备有限公司
借款人（乙方）：吕卫国，身份证号340104********3536
保证人（丙方）：吕卫华，身份证号340104********3511

一、乙方向甲方借款人民币贰拾万元整，借款期限自2020年10月20日至2021年10月19日。
二、借款年利率6%，到期一次性还本付息。
三、逾期还款的，逾期部分按日万分之四计收逾期利息。
四、丙方对乙方的全部债务承担连带责任保证，保证期间为主债务履行期限届满之日起五年。
五、因本合同发生的争议，由出借人住所地人民法院管辖。

甲方（盖章）：合肥市蜀山区宏达机电设备有限公司
乙方：吕卫国         丙方：吕卫华
2020年10月20日

附注（本所归档时补记）：2023年8月8日，本所受宏达公司委托向吕卫国、吕卫华发出《律师函》催告还款（EMS 1188 4402 3317 5），吕卫国于2023年8月10日签收。——方立群
""", {
    "fields": {"principal": "200000", "amount_delivered": "200000", "annual_rate": "0.06", "overdue_rate": "0.146",
               "penalty_rate": None, "lender": "合肥市蜀山区宏达机电设备有限公司", "lender_kind": "enterprise",
               "borrower": "吕卫国", "borrower_kind": "natural_person", "contract_date": "2020-10-20",
               "start_date": "2020-10-20", "end_date": "2021-10-19", "repayment_method": "到期一次性还本付息",
               "dispute_method": "court", "guarantor": "吕卫华", "guarantee_type": "连带责任保证",
               "guarantee_period_months": 60},
    "findings": [],
    "notes": "Guarantee period (5 years) longer than the 1-year debt — valid, no finding. 日万分之四 = 14.6% < 4×3.85% = "
             "15.4%. Due 2021-10-19 → limitation 2024-10-19 < as_of, but the 律师函 demand signed 2023-08-10 restarts "
             "it to 2026-08-10 → no limitation finding.",
})

# ---------------------------------------------------------------------------------------------------------------
# hk26  2026 loan, 月利率1.2%, overdue +50%, forum in another province; LPR table stale (TXT UTF-8)
doc("hk26_2026_jiekuan_yidi_guanxia.txt", "utf8", """借款合同

甲方（出借人）：苗春生
身份证号：320106********0857
住址：江苏省南京市鼓楼区湖南路街道马台街56号

乙方（借款人）：合肥千禾农业科技有限公司
统一社会信用代码：91340121MA8N******
法定代表人：俞千禾

第一条 借款金额：人民币壹佰万元整（¥1,000,000.00）。
第二条 借款期限：自2026年1月15日起至2026年7月14日止。
第三条 借款利率：月利率1.2%，借款到期时本息一次付清。
第四条 逾期还款：乙方未按期还款的，逾期本金在合同利率基础上加收50%计收逾期利息。
第五条 甲方实现债权的律师费、诉讼费、保全费由乙方承担。
第六条 管辖：因本合同产生的纠纷，由甲方住所地（江苏省南京市鼓楼区）人民法院管辖。

甲方（签字）：苗春生
乙方（盖章）：合肥千禾农业科技有限公司   法定代表人（签字）：俞千禾

2026年1月15日  于合肥市肥东县
""", {
    "fields": {"principal": "1000000", "amount_delivered": "1000000", "annual_rate": "0.144", "overdue_rate": "0.216",
               "penalty_rate": None, "lender": "苗春生", "lender_kind": "natural_person",
               "borrower": "合肥千禾农业科技有限公司", "borrower_kind": "enterprise", "contract_date": "2026-01-15",
               "start_date": "2026-01-15", "end_date": "2026-07-14", "repayment_method": "到期一次性还本付息",
               "dispute_method": "court", "guarantor": None, "guarantee_type": None, "guarantee_period_months": None},
    "findings": ["rate_above_4x_lpr", "overdue_charges_above_cap"],
    "expect_warning": "rate_above_4x_lpr",
    "notes": "14.4% and 21.6% > 4×3.00% = 12% (LPR 2025-05-20). The shipped LPR table ends 2025-05-20, so a 2026-01-15 "
             "contract date is past its coverage: the rate finding must carry a data-may-be-stale warning. Forum = "
             "lender's domicile in 江苏 while the contract is signed in 合肥.",
})

# ---------------------------------------------------------------------------------------------------------------
# hk27  借条 with no interest at all (TXT UTF-8)
doc("hk27_jietiao_wu_lixi.txt", "utf8", """借条
今借到刘桂兰现金叁万元整（30000.00），2025年8月底前还清。
借款人：许文
身份证号：340123********1726
2025年2月14日
""", {
    "fields": {"principal": "30000", "amount_delivered": "30000", "annual_rate": None, "overdue_rate": None,
               "penalty_rate": None, "lender": "刘桂兰", "lender_kind": "natural_person", "borrower": "许文",
               "borrower_kind": "natural_person", "contract_date": "2025-02-14", "end_date": "2025-08-31",
               "dispute_method": None, "guarantor": None, "guarantee_type": None, "guarantee_period_months": None},
    "findings": ["no_interest_agreed", "no_overdue_rate_agreed"],
    "notes": "Interest not mentioned at all (between natural persons → 视为没有利息, 民法典 第680条). '8月底前' → "
             "2025-08-31. repayment_method left out (only principal to repay; none of the listed labels fits cleanly).",
})

# ---------------------------------------------------------------------------------------------------------------
# hk28  2018 企业间借款, 日利率万分之六, overdue +50%, 违约金 lump, arbitration (TXT UTF-8)
doc("hk28_2018_qiyejian_rililv.txt", "utf8", """借款合同

出借人（甲方）：合肥晟泰置业有限公司
借款人（乙方）：安徽广宇建设工程有限公司
保证人（丙方）：杨光明（乙方法定代表人）

鉴于乙方承建甲方开发的"晟泰·滨湖苑"项目，因工程款周转需要向甲方借款，三方约定：

1、借款金额：人民币贰佰万元整（¥2,000,000）。
2、借款期限：2018年5月20日至2019年5月19日。
3、借款利率：日利率万分之六，按月付息（每月20日），到期还本。
4、逾期：乙方逾期还款的，在借款利率基础上加收50%计收逾期利息；同时乙方应向甲方一次性支付违约金人民币拾万元。
5、丙方承担连带责任保证，保证期间为借款到期之日起两年。
6、甲方有权从应付乙方的工程进度款中直接扣收到期本息。
7、争议解决：提交合肥仲裁委员会仲裁。

甲方（盖章）：合肥晟泰置业有限公司
乙方（盖章）：安徽广宇建设工程有限公司
丙方（签字）：杨光明
2018年5月20日
""", {
    "fields": {"principal": "2000000", "amount_delivered": "2000000", "annual_rate": "0.219", "overdue_rate": "0.3285",
               "lender": "合肥晟泰置业有限公司", "lender_kind": "enterprise", "borrower": "安徽广宇建设工程有限公司",
               "borrower_kind": "enterprise", "contract_date": "2018-05-20", "start_date": "2018-05-20",
               "end_date": "2019-05-19", "repayment_method": "按月付息、到期还本", "dispute_method": "arbitration",
               "guarantor": "杨光明", "guarantee_type": "连带责任保证", "guarantee_period_months": 24},
    "findings": ["pre_lpr_rate_rules"],
    "notes": "日万分之六 × 365 = 21.9% (under the 2015 24% line); overdue 21.9% × 1.5 = 32.85% plus a 100,000 lump 违约金 "
             "(penalty_rate left out). Same hard call as hk20: pre-LPR contract, no overdue_charges_above_cap. as_of "
             "2019-11-20 (file opened for the arbitration).",
    "as_of": "2019-11-20",
})

# ---------------------------------------------------------------------------------------------------------------
# hk29  借据 '年息1分' between uncle and nephew, limitation run out (TXT UTF-8)
doc("hk29_jieju_nianxi_yifen_shixiao.txt", "utf8", """借 据

借款人黄立新向黄家豪借款人民币陆万元整（60000元），年息1分，借期一年，自2021年3月8日至2022年3月7日，到期本息一次付清。

借款人：黄立新（签名）
出借人：黄家豪
2021年3月8日
""", {
    "fields": {"principal": "60000", "amount_delivered": "60000", "annual_rate": "0.1", "overdue_rate": None,
               "penalty_rate": None, "lender": "黄家豪", "lender_kind": "natural_person", "borrower": "黄立新",
               "borrower_kind": "natural_person", "contract_date": "2021-03-08", "start_date": "2021-03-08",
               "end_date": "2022-03-07", "repayment_method": "到期一次性还本付息", "dispute_method": None,
               "guarantor": None, "guarantee_type": None, "guarantee_period_months": None},
    "findings": ["no_overdue_rate_agreed", "limitation_period_expired"],
    "notes": "年息1分 = 10%/yr (not 1%/month). Due 2022-03-07 → limitation ended 2025-03-07, before as_of 2026-03-16; the "
             "file records no payment or demand since.",
})

# ---------------------------------------------------------------------------------------------------------------
# hk30  企业 → 个人 分期还款 with an irregular schedule table (DOCX, tables)
doc("hk30_fenqi_huankuan_qiche.docx", "docx", [
    ("h", "借款合同"),
    ("p", "出借人：合肥瑞丰汽车服务有限公司（以下简称甲方）"),
    ("p", "借款人：彭亮（以下简称乙方），身份证号340104********2534"),
    ("p", "乙方因购置营运车辆向甲方借款，双方订立本合同。"),
    ("t", [
        ["借款金额", "人民币壹拾贰万元整（¥120,000.00）"],
        ["借款期限", "24个月，自2023年4月18日至2025年4月18日"],
        ["年化利率（单利）", "13.5%"],
        ["还款方式", "分期还款，共24期，每期还款金额见附表"],
        ["逾期利息", "逾期金额按日万分之三计收"],
    ]),
    ("p", "附表：还款计划表"),
    ("t", [
        ["期数", "还款日", "应还金额（元）", "备注"],
        ["第1期", "2023-05-18", "8,000.00", "含车辆上户期间利息"],
        ["第2期至第23期", "每月18日", "5,600.00", "每期"],
        ["第24期", "2025-04-18", "剩余全部本息", "以结清单为准"],
    ]),
    ("p", "第二条 乙方可提前还款，利息计至实际还款日。"),
    ("p", "第三条 乙方以所购车辆向甲方办理抵押登记。"),
    ("p", "第四条 因本合同发生争议，向甲方住所地人民法院起诉。"),
    ("p", "甲方（盖章）：合肥瑞丰汽车服务有限公司        乙方（签字）：彭亮"),
    ("p", "2023年4月18日"),
], {
    "fields": {"principal": "120000", "amount_delivered": "120000", "annual_rate": "0.135", "overdue_rate": "0.1095",
               "penalty_rate": None, "lender": "合肥瑞丰汽车服务有限公司", "lender_kind": "enterprise",
               "borrower": "彭亮", "borrower_kind": "natural_person", "contract_date": "2023-04-18",
               "start_date": "2023-04-18", "end_date": "2025-04-18", "repayment_method": "分期还款",
               "dispute_method": "court", "guarantor": None, "guarantee_type": None, "guarantee_period_months": None},
    "findings": [],
    "notes": "Irregular instalments (first 8,000, then 5,600, balloon) → 分期还款, not 等额本息. 13.5% < 4×3.65% = 14.6%. "
             "The car mortgage is by the borrower himself, no third-party guarantor: guarantor null.",
})


# ===============================================================================================================
def _write_docx(path: Path, blocks) -> None:
    from docx import Document
    from docx.enum.text import WD_BREAK

    d = Document()
    for b in blocks:
        kind = b[0]
        if kind == "h":
            d.add_heading(b[1], level=1)
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "br":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "t":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
        else:
            raise ValueError(kind)
    cp = d.core_properties
    fixed = datetime(2026, 3, 16, 9, 0, 0)
    cp.author = "方立群"
    cp.last_modified_by = "方立群"
    cp.created = fixed
    cp.modified = fixed
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    # rewrite the zip with fixed member timestamps so the bytes are deterministic
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 3, 16, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


def main() -> None:
    rows = []
    for d in DOCS:
        path = HERE / d["file"]
        if d["fmt"] == "utf8":
            path.write_bytes(d["body"].encode("utf-8"))
        elif d["fmt"] == "gb18030":
            path.write_bytes(d["body"].encode("gb18030"))
        elif d["fmt"] == "docx":
            _write_docx(path, d["body"])
        else:
            raise ValueError(d["fmt"])
        g = d["gold"]
        row = {"file": d["file"], "as_of": g.get("as_of", AS_OF), "fields": g["fields"], "findings": g["findings"]}
        if g.get("expect_warning"):
            row["expect_warning"] = g["expect_warning"]
        row["notes"] = g["notes"]
        rows.append(row)
    (HERE / "gold.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"wrote {len(rows)} documents and gold.jsonl")


if __name__ == "__main__":
    main()
