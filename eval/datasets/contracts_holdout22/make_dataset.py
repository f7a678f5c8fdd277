"""Builder for contracts_holdout22 (held out: never tune on these rows).

Every document text and every gold row below was typed by hand for this set (persona: 李秀芝, loan clerk at a made-up
周口 小额贷款 company who also files for a 河南 融资担保 company and helps a 县 法院 调解 room). Running this script
writes the 30 documents (TXT UTF-8, TXT GB18030, DOCX) and gold.jsonl into this folder, byte-for-byte the same on
every run.

    /work/main/.venv/bin/python eval/datasets/contracts_holdout22/make_dataset.py
"""
from __future__ import annotations

import io
import json
import zipfile
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
AS_OF = "2026-12-28"   # the day 李秀芝 went through the pile

DOCS: list[dict] = []


def add(file: str, fmt: str, body, fields: dict, findings: list[str], as_of: str = AS_OF, notes: str | None = None):
    row = {"file": file, "fields": fields, "findings": findings, "as_of": as_of}
    if notes:
        row["notes"] = notes
    DOCS.append({"file": file, "fmt": fmt, "body": body, "gold": row})


NO_GUARANTEE = {"guarantor": None, "guarantee_type": None, "guarantee_period_months": None}

# ---------------------------------------------------------------------------------------------------------------
add("hv01_baogongtou_qiantiao_nongmingong_gongzi.txt", "utf8", """欠  条

今欠到张金山现金人民币捌万元整（¥80,000.00元），系俺（王富贵）承包的周口市川汇区锦绣华庭二期工地年底给农民工发工资急用，
张金山当天从农行转到俺卡上。
利息说好了：月息壹分伍厘，一个月一千二百块。
俺保证2023年1月20日前连本带利一次还清，中不中都得还。

欠款人：王富贵（身份证号4127021978****1536）
电话：139****2217
2022年9月15日

------------------------------------------------------------
（以下为出借人张金山手写补记）
2024年2月8日，王富贵还来贰万元整（¥20,000），剩下的他说麦罢再还。  张金山
""",
    {"principal": "80000", "amount_delivered": "80000", "annual_rate": 0.18, "overdue_rate": None,
     "penalty_rate": None, "lender": "张金山", "lender_kind": "natural_person", "borrower": "王富贵",
     "borrower_kind": "natural_person", "contract_date": "2022-09-15", "start_date": "2022-09-15",
     "end_date": "2023-01-20", "repayment_method": "到期一次性还本付息", "dispute_method": None, **NO_GUARANTEE},
    ["rate_above_4x_lpr", "no_overdue_rate_agreed"],
    notes="月息一分五 = 18 % vs 4 × 3.65 % = 14.6 %; due 2023-01-20, payment 2024-02-08 restarts to 2027-02-08")

add("hv02_nongmingong_gongzi_jiekuan_laowu_banzu.txt", "utf8", """农民工工资周转借款协议

出借人（甲方）：周口宏泰建筑工程有限公司
统一社会信用代码：91411600MA4****7XK
借款人（乙方）：李保国（钢筋班组长），身份证号4127231983****0419
担保人（丙方）：韩立新（项目经理），身份证号4127011975****2231

鉴于甲方承建的商水县东城安置房项目临近春节，乙方班组二十六名农民工工资须在腊月二十前足额发放，乙方向甲方申请周转借款，
双方协商一致：
一、借款金额：人民币壹拾伍万元整（¥150,000.00），甲方于2024年1月25日转入乙方指定的工资专户，专款专用于发放农民工工资，
    工资发放花名册报甲方备案。
二、借款期限：自2024年1月25日起至2024年6月30日止。
三、还款：乙方从其后续应结算的劳务费中由甲方直接扣还；劳务费不足扣还的，乙方应于借款期限届满前以现金补足。
四、乙方逾期未还的，自逾期之日起按未还金额每日万分之五向甲方支付逾期利息，直至还清之日止。
五、丙方为乙方本协议项下的还款义务提供担保，承担保证责任。
六、本协议发生争议，由甲方所在地人民法院管辖。
七、本协议一式三份，三方各执一份，自签字盖章之日起生效。

甲方（盖章）：周口宏泰建筑工程有限公司    乙方（签字）：李保国    丙方（签字）：韩立新
签订日期：2024年1月25日
""",
    {"principal": "150000", "amount_delivered": "150000", "annual_rate": None, "overdue_rate": 0.1825,
     "penalty_rate": None, "lender": "周口宏泰建筑工程有限公司", "lender_kind": "enterprise", "borrower": "李保国",
     "borrower_kind": "natural_person", "contract_date": "2024-01-25", "start_date": "2024-01-25",
     "end_date": "2024-06-30", "dispute_method": "court", "guarantor": "韩立新", "guarantee_type": "unspecified",
     "guarantee_period_months": None},
    ["no_interest_agreed", "overdue_charges_above_cap", "guarantee_type_defaults_to_general",
     "guarantee_period_defaults_to_6_months"],
    notes="interest during the term not mentioned; overdue 日万分之五 = 18.25 % vs 13.8 %; bare 担保 2024")

add("hv03_lenglian_sudong_shebei_diya.docx", "docx", [
    ("h", "借款及设备抵押合同"),
    ("p", "合同编号：YGJX-JK-2023-006"),
    ("p", "出借人（甲方）：郑州豫冠食品机械有限公司，住所：郑州市经济技术开发区第九大街186号。"),
    ("p", "借款人（乙方）：周口市鲜之源速冻食品有限公司，住所：周口市川汇区文昌大道东段冷链产业园3号。"),
    ("p", "保证人（丙方）：刘建华，乙方法定代表人，身份证号4116021980****3318。"),
    ("p", "乙方为新建速冻水饺、汤圆生产线及-35℃冷库扩容，向甲方借款。经协商，主要条款列表如下："),
    ("t", [["项目", "约定"],
           ["借款金额", "人民币壹佰贰拾万元整（¥1,200,000.00）"],
           ["借款期限", "2023年3月10日至2024年3月9日"],
           ["借款年利率", "9%（单利，按实际占用天数计算，一年按360天计）"],
           ["付息方式", "按月付息，每月20日前支付当月利息，到期归还全部本金"],
           ["逾期利率", "在借款年利率基础上加收50%"],
           ["抵押物", "乙方所有的螺旋速冻机二台、隧道式速冻机一台、冷库制冷机组一套（清单见附件一），办理动产抵押登记"],
           ["保证", "丙方承担连带责任保证，保证期间为主债务履行期限届满之日起三年"]]),
    ("p", "第五条  甲方于合同签订当日将借款一次性汇入乙方账户。"),
    ("p", "第八条  因本合同发生的争议，提交郑州仲裁委员会按其仲裁规则仲裁，仲裁裁决是终局的。"),
    ("p", "甲方（盖章）：郑州豫冠食品机械有限公司    乙方（盖章）：周口市鲜之源速冻食品有限公司    丙方：刘建华"),
    ("p", "签订日期：2023年3月10日"),
],
    {"principal": "1200000", "amount_delivered": "1200000", "annual_rate": 0.09, "overdue_rate": 0.135,
     "penalty_rate": None, "lender": "郑州豫冠食品机械有限公司", "lender_kind": "enterprise",
     "borrower": "周口市鲜之源速冻食品有限公司", "borrower_kind": "enterprise", "contract_date": "2023-03-10",
     "start_date": "2023-03-10", "end_date": "2024-03-09", "repayment_method": "按月付息、到期还本",
     "dispute_method": "arbitration", "guarantor": "刘建华", "guarantee_type": "连带责任保证",
     "guarantee_period_months": 36},
    [],
    notes="9 % and overdue 13.5 % both under 4 × 3.65 % = 14.6 %; 360-day basis does not change the stated annual rate")

add("hv04_lenglian_yingshou_zhangkuan_zhiya.txt", "utf8", """借款合同（应收账款质押）

出借人：河南汇通供应链管理有限公司
借款人：周口市冰川速冻食品有限公司
法定代表人：吴明远

第一条 借款金额：人民币伍拾万元整（¥500,000.00）。
第二条 借款用途：采购面粉、肉馅原料，备战中秋、春节速冻食品旺季。
第三条 借款期限：自2023年9月5日起至2024年3月4日止，共六个月。
第四条 利率：月利率1.2%，每月5日付息，到期一次归还本金。
第五条 质押：借款人以其对周口市万家福连锁超市有限公司的应收账款（发票金额合计人民币陆拾捌万叁仟元）出质，
       双方在中国人民银行征信中心动产融资统一登记公示系统办理质押登记。
第六条 逾期：借款人未按期归还本金的，按日万分之六计收逾期利息。
第七条 争议解决：协商不成的，向出借人住所地人民法院起诉。
第八条 本合同自双方盖章之日起生效。

出借人（盖章）：河南汇通供应链管理有限公司
借款人（盖章）：周口市冰川速冻食品有限公司
2023年9月5日
""",
    {"principal": "500000", "amount_delivered": "500000", "annual_rate": 0.144, "overdue_rate": 0.219,
     "penalty_rate": None, "lender": "河南汇通供应链管理有限公司", "lender_kind": "enterprise",
     "borrower": "周口市冰川速冻食品有限公司", "borrower_kind": "enterprise", "contract_date": "2023-09-05",
     "start_date": "2023-09-05", "end_date": "2024-03-04", "repayment_method": "按月付息、到期还本",
     "dispute_method": "court"},
    ["rate_above_4x_lpr", "overdue_charges_above_cap"],
    notes="月1.2 % = 14.4 % vs 4 × 3.45 % = 13.8 % (after the 2023-08-21 cut); overdue 21.9 %")

add("hv05_xiaomai_shouchu_liangshi_cangdan_zhiya.docx", "docx", [
    ("h", "借款合同"),
    ("p", "甲方（出借人）：周口市金麦粮油贸易有限公司"),
    ("p", "乙方（借款人）：商水县丰登粮食收储有限公司"),
    ("p", "丙方（保证人）：孙国强（乙方股东），身份证号4127231969****5512"),
    ("p", "夏粮收购季节，乙方需资金收购新麦，经三方协商，订立本合同。"),
    ("t", [["条款", "内容"],
           ["借款金额", "人民币叁佰万元整（¥3,000,000.00）"],
           ["借款期限", "自2024年6月12日至2025年6月11日"],
           ["利率", "月息七厘（0.7%）"],
           ["结息", "按季结息，每季末月20日付息，本金到期一次归还"],
           ["担保", "乙方以其存放于丰登粮库3号、5号仓的2024年产小麦（约1,800吨）的标准仓单出质；丙方承担连带责任保证，"
                    "保证期间为主债务履行期限届满之日起两年"],
           ["逾期", "逾期本金按借款利率上浮50%计收逾期利息；另按逾期金额每日万分之二支付违约金"]]),
    ("p", "第九条 争议解决：提交周口仲裁委员会仲裁。"),
    ("p", "甲方：周口市金麦粮油贸易有限公司（章）  乙方：商水县丰登粮食收储有限公司（章）  丙方：孙国强"),
    ("p", "二〇二四年六月十二日"),
],
    {"principal": "3000000", "amount_delivered": "3000000", "annual_rate": 0.084, "overdue_rate": 0.126,
     "penalty_rate": 0.073, "lender": "周口市金麦粮油贸易有限公司", "lender_kind": "enterprise",
     "borrower": "商水县丰登粮食收储有限公司", "borrower_kind": "enterprise", "contract_date": "2024-06-12",
     "start_date": "2024-06-12", "end_date": "2025-06-11", "repayment_method": "按季付息、到期还本",
     "dispute_method": "arbitration", "guarantor": "孙国强", "guarantee_type": "连带责任保证",
     "guarantee_period_months": 24},
    ["overdue_charges_above_cap"],
    notes="月息七厘 = 8.4 %; overdue +50 % = 12.6 % plus 日万分之二 = 7.3 % → 19.9 % vs 13.8 %")

add("hv06_mianfenchang_jiekuan_2018.txt", "gb18030", """借款协议

出借人：陈德旺
借款人：项城市福满面粉有限公司（法定代表人 宋志刚）
担保人：宋玉兰

因面粉厂更换磨粉机组缺钱，借款人向出借人借款人民币伍拾万元整（500000元），现金及转账于2018年5月18日交付。
利息按月息一分五计算，每月18号付一次利息（柒仟伍佰元），本金于2019年5月17日一次还清。
如到期不还，逾期部分按月息二分计息。
担保人宋玉兰自愿为这笔借款承担担保责任。

出借人：陈德旺      借款人：项城市福满面粉有限公司（公章） 宋志刚
担保人：宋玉兰
2018年5月18日

收款记录（陈德旺记）：
2020年1月15日  收到利息叁万元
2022年8月10日  收到还款伍万元
""",
    {"principal": "500000", "amount_delivered": "500000", "annual_rate": 0.18, "overdue_rate": 0.24,
     "penalty_rate": None, "lender": "陈德旺", "lender_kind": "natural_person", "borrower": "项城市福满面粉有限公司",
     "borrower_kind": "enterprise", "contract_date": "2018-05-18", "start_date": "2018-05-18",
     "end_date": "2019-05-17", "repayment_method": "按月付息、到期还本", "dispute_method": None,
     "guarantor": "宋玉兰", "guarantee_type": "unspecified", "guarantee_period_months": None},
    ["pre_lpr_rate_rules", "limitation_period_expired"],
    notes="2018 loan: 2015 rules; bare 担保 before 2021 follows 担保法 (no finding); last payment 2022-08-10 → 2025-08-10")

add("hv07_jiafa_chukou_zuofang_zhongying.docx", "docx", [
    ("h", "借款合同 LOAN AGREEMENT"),
    ("p", "出借人（甲方） Lender: 许昌恒美发制品贸易有限公司 Xuchang Hengmei Hair Products Trading Co., Ltd."),
    ("p", "借款人（乙方） Borrower: 魏红霞（许昌市建安区假发加工作坊经营者，身份证号4110231986****6027）"),
    ("p", "乙方承接美国客户真人发头套订单，需预付原料发款及工人工资，向甲方借款。"),
    ("t", [["条款 Term", "中文", "English"],
           ["金额 Amount", "人民币叁拾万元整（¥300,000.00）", "RMB 300,000 (about US$42,000 for reference only; the RMB amount governs)"],
           ["利率 Interest", "年利率10%", "ten percent (10%) per annum"],
           ["期限 Term", "2023年2月15日至2024年2月14日", "15 February 2023 to 14 February 2024"],
           ["还款 Repayment", "本金分三期归还：2023年8月14日、2023年11月14日、2024年2月14日各还人民币壹拾万元，利息随每期本金结清",
            "principal in three instalments of RMB 100,000 each, interest paid with each instalment"]]),
    ("p", "第六条 逾期 Late payment：乙方任何一期逾期的，就逾期款项按每日万分之五支付逾期利息。"
          "Any overdue amount bears late interest at 0.05% per day until paid in full."),
    ("p", "第七条 美国客户以美元（US$）支付的货款到账后，乙方应优先用于归还本借款。"
          "Proceeds received from the U.S. buyer in US$ shall first be applied to this loan."),
    ("p", "第八条 争议 Disputes：提交许昌仲裁委员会仲裁。Any dispute shall be submitted to the Xuchang Arbitration Commission."),
    ("p", "本合同中英文如有不一致，以中文为准。In case of any discrepancy, the Chinese text prevails."),
    ("p", "甲方：许昌恒美发制品贸易有限公司（盖章）    乙方：魏红霞（签字、按手印）"),
    ("p", "日期 Date：2023年2月15日"),
],
    {"principal": "300000", "amount_delivered": "300000", "annual_rate": 0.10, "overdue_rate": 0.1825,
     "penalty_rate": None, "lender": "许昌恒美发制品贸易有限公司", "lender_kind": "enterprise", "borrower": "魏红霞",
     "borrower_kind": "natural_person", "contract_date": "2023-02-15", "start_date": "2023-02-15",
     "end_date": "2024-02-14", "repayment_method": "分期还款", "dispute_method": "arbitration", **NO_GUARANTEE},
    ["overdue_charges_above_cap"],
    notes="bilingual; US$ figure is for reference, principal in RMB; overdue 18.25 % vs 4 × 3.65 % = 14.6 %")

add("hv08_yangzhuchang_shengzhu_huoti_diya.txt", "utf8", """借  据

今借到马春生人民币贰拾万元整（¥200,000.00），用于淮阳区兴旺养殖专业合作社购买仔猪和饲料。
利息：月息壹分（百分之一），到期连本带息一次还清。
借款时间：2021年7月1日至2022年6月30日。
抵押：合作社以存栏生猪伍佰头（能繁母猪六十头、育肥猪四百四十头）作抵押，在动产融资统一登记公示系统登记。
保证：理事长赵满仓个人承担连带责任保证。

借款单位：周口市淮阳区兴旺养殖专业合作社（盖章）
理事长：赵满仓
2021年7月1日

附：2025年5月6日，马春生以EMS邮寄《催款通知书》至合作社，合作社盖章签收，赵满仓在回执上签字。
""",
    {"principal": "200000", "amount_delivered": "200000", "annual_rate": 0.12, "overdue_rate": None,
     "penalty_rate": None, "lender": "马春生", "lender_kind": "natural_person",
     "borrower": "周口市淮阳区兴旺养殖专业合作社", "borrower_kind": "enterprise", "contract_date": "2021-07-01",
     "start_date": "2021-07-01", "end_date": "2022-06-30", "repayment_method": "到期一次性还本付息",
     "dispute_method": None, "guarantor": "赵满仓", "guarantee_type": "连带责任保证", "guarantee_period_months": None},
    ["no_overdue_rate_agreed", "guarantee_period_defaults_to_6_months"],
    notes="生猪 活体 抵押 by the borrower; 连带 without a period (2021); signed demand 2025-05-06 saves the claim")

add("hv09_jiazu_qiye_hubao_lian.docx", "docx", [
    ("h", "借款合同"),
    ("p", "出借人：周口市豫东纺织有限公司"),
    ("p", "借款人：周口市豫东棉业有限公司"),
    ("p", "保证人：周口市豫东置业有限公司"),
    ("p", "鉴于：出借人、借款人、保证人均为张氏家族控制的企业，三家企业此前已在各自银行贷款中相互提供担保"
          "（豫东棉业为豫东纺织在银行的流动资金贷款提供保证，豫东纺织为豫东置业的开发贷提供保证）。为解决棉花收购资金缺口，"
          "各方订立本合同。"),
    ("p", "第一条 借款金额：人民币贰佰万元整（¥2,000,000.00）。"),
    ("p", "第二条 借款期限：三年，自2021年3月20日起至2024年3月19日止。"),
    ("p", "第三条 借款利率：年利率12%，按季付息，每季度末月的20日为结息日，本金到期一次归还。"),
    ("p", "第四条 逾期利息：借款人逾期归还本金的，逾期期间按年利率18%计收逾期利息。"),
    ("p", "第五条 保证：保证人对借款人在本合同项下的全部债务承担连带保证责任，保证期间至主债务履行期届满之日起三年。"),
    ("p", "第六条 争议解决：向借款人所在地人民法院提起诉讼。"),
    ("p", "出借人（章）：周口市豫东纺织有限公司    借款人（章）：周口市豫东棉业有限公司    保证人（章）：周口市豫东置业有限公司"),
    ("p", "2021年3月20日"),
],
    {"principal": "2000000", "amount_delivered": "2000000", "annual_rate": 0.12, "overdue_rate": 0.18,
     "penalty_rate": None, "lender": "周口市豫东纺织有限公司", "lender_kind": "enterprise",
     "borrower": "周口市豫东棉业有限公司", "borrower_kind": "enterprise", "contract_date": "2021-03-20",
     "start_date": "2021-03-20", "end_date": "2024-03-19", "repayment_method": "按季付息、到期还本",
     "dispute_method": "court", "guarantor": "周口市豫东置业有限公司", "guarantee_type": "连带责任保证",
     "guarantee_period_months": 36},
    ["overdue_charges_above_cap"],
    notes="互保 chain is recited, only one guarantor in this contract; overdue 18 % vs 4 × 3.85 % = 15.4 %")

add("hv10_guoqiao_xudai_mianye.txt", "gb18030", """过桥资金借款合同

甲方（出借人）：郑州聚鑫商务信息咨询有限公司
乙方（借款人）：西华县金穗面业有限公司
丙方（保证人）：周海军（乙方法定代表人）

乙方在中原某银行西华支行的流动资金贷款人民币壹佰万元将于2024年11月11日到期，银行已口头同意续贷，需先还旧贷。
为此乙方向甲方借用过桥资金：
1．借款金额：人民币壹佰万元整（1,000,000.00元）。
2．使用期限：7天，自2024年11月11日至2024年11月17日。
3．资金使用费：按日千分之一点五计算，到期与本金一并支付。
4．逾期：超过约定期限未归还的，逾期期间按日千分之三计收资金占用费。
5．丙方对乙方上述债务承担连带责任保证，保证期间为主债务履行期限届满之日起两年。
6．争议由甲方所在地人民法院管辖。

甲方：郑州聚鑫商务信息咨询有限公司（盖章）
乙方：西华县金穗面业有限公司（盖章）   丙方：周海军
2024年11月11日
""",
    {"principal": "1000000", "amount_delivered": "1000000", "annual_rate": 0.5475, "overdue_rate": 1.095,
     "penalty_rate": None, "lender": "郑州聚鑫商务信息咨询有限公司", "lender_kind": "enterprise",
     "borrower": "西华县金穗面业有限公司", "borrower_kind": "enterprise", "contract_date": "2024-11-11",
     "start_date": "2024-11-11", "end_date": "2024-11-17", "repayment_method": "到期一次性还本付息",
     "dispute_method": "court", "guarantor": "周海军", "guarantee_type": "连带责任保证",
     "guarantee_period_months": 24},
    ["rate_above_4x_lpr", "overdue_charges_above_cap"],
    notes="过桥 日千分之一点五 = 54.75 %, overdue 日千分之三 = 109.5 % vs 4 × 3.10 % = 12.4 %")

add("hv11_xiaodai_fuwufei_zixunfei_zhanghu_guanlifei.docx", "docx", [
    ("h", "个人经营性借款合同"),
    ("p", "合同编号：ZKYF-2024-0408-017"),
    ("p", "贷款人：周口市川汇区豫丰小额贷款有限公司"),
    ("p", "借款人：韩明亮，身份证号4127011990****2756，经营周口市川汇区明亮冷饮批发部"),
    ("p", "保证人：河南豫信融资担保有限公司"),
    ("t", [["借款金额", "人民币壹拾万元整（¥100,000.00）"],
           ["借款期限", "12个月，自2024年4月8日至2025年4月7日"],
           ["月利率", "1.5%"],
           ["还款方式", "等额本息，每月8日还款，每期人民币9,168.00元"],
           ["服务费", "借款金额的1%，即人民币壹仟元，由借款人于放款后五日内另行支付，不从借款本金中扣除"],
           ["账户管理费", "每月按借款金额的0.3%收取，随每期还款一并支付"],
           ["罚息", "逾期部分在合同利率基础上加收50%"]]),
    ("p", "第七条 借款人知悉并同意：借款人另与郑州中融信息咨询服务有限公司签订《咨询服务协议》，咨询费人民币贰仟元"
          "由借款人直接支付给该咨询公司，与贷款人无关。"),
    ("p", "第八条 保证人对借款人的全部债务承担连带责任保证，保证期间为主债务履行期限届满之日起两年。"),
    ("p", "第十条 争议由贷款人所在地人民法院管辖。"),
    ("p", "贷款人（章）：周口市川汇区豫丰小额贷款有限公司    借款人：韩明亮    保证人（章）：河南豫信融资担保有限公司"),
    ("p", "签订日期：2024年4月8日"),
],
    {"principal": "100000", "amount_delivered": "100000", "annual_rate": 0.18, "overdue_rate": 0.27,
     "penalty_rate": None, "lender": "周口市川汇区豫丰小额贷款有限公司", "lender_kind": "licensed_lender",
     "borrower": "韩明亮", "borrower_kind": "natural_person", "contract_date": "2024-04-08",
     "start_date": "2024-04-08", "end_date": "2025-04-07", "repayment_method": "等额本息",
     "dispute_method": "court", "guarantor": "河南豫信融资担保有限公司", "guarantee_type": "连带责任保证",
     "guarantee_period_months": 24},
    ["cap_not_applicable_licensed_lender"],
    notes="小贷: fees paid apart, not withheld (no deduction); 9,168.00 = annuity of 100,000 at 1.5 %/month × 12")

add("hv12_yinhang_liudong_zijin_lpr75bp.docx", "docx", [
    ("h", "流动资金借款合同"),
    ("p", "合同编号：ZKNS-LD-2025-0318"),
    ("p", "贷款人：周口农村商业银行股份有限公司川汇支行"),
    ("p", "借款人：河南麦香源面粉有限公司"),
    ("p", "保证人：河南豫信融资担保有限公司"),
    ("t", [["借款金额", "人民币伍佰万元整（¥5,000,000.00）"],
           ["借款用途", "购买小麦原粮"],
           ["借款期限", "2025年3月18日至2026年3月17日"],
           ["利率", "一年期贷款市场报价利率（LPR）加75个基点；本合同签订日适用的一年期LPR为3.10%，执行年利率3.85%，"
                    "合同期内不调整"],
           ["结息", "按月结息，结息日为每月20日，到期一次还本"],
           ["罚息", "逾期贷款罚息利率为本合同执行利率上浮50%；对未按时支付的利息按罚息利率计收复利"]]),
    ("p", "第十二条 担保：保证人提供连带责任保证，另行签订《保证合同》，保证期间为主债务履行期限届满之日起三年。"),
    ("p", "第十九条 争议解决：向贷款人住所地人民法院起诉。"),
    ("p", "贷款人（章）：周口农村商业银行股份有限公司川汇支行    借款人（章）：河南麦香源面粉有限公司"),
    ("p", "2025年3月18日"),
],
    {"principal": "5000000", "amount_delivered": "5000000", "annual_rate": 0.0385, "overdue_rate": 0.05775,
     "penalty_rate": None, "lender": "周口农村商业银行股份有限公司川汇支行", "lender_kind": "licensed_lender",
     "borrower": "河南麦香源面粉有限公司", "borrower_kind": "enterprise", "contract_date": "2025-03-18",
     "start_date": "2025-03-18", "end_date": "2026-03-17", "repayment_method": "按月付息、到期还本",
     "dispute_method": "court", "guarantor": "河南豫信融资担保有限公司", "guarantee_type": "连带责任保证",
     "guarantee_period_months": 36},
    ["cap_not_applicable_licensed_lender"],
    notes="LPR 3.10 % + 75 BP = 3.85 %; 罚息 +50 % = 5.775 %; bank compound interest is licensed business")

add("hv13_cheliang_diya_jiekuan_xieyi.txt", "utf8", """车辆抵押借款协议

出借人（甲方）：孙建设，身份证号4127221972****1879
借款人（乙方）：刘海洋，身份证号4127221991****0654

一、乙方向甲方借款人民币陆万元整（¥60,000.00），甲方于2021年5月6日微信转账给乙方。
二、借款期限六个月，自2021年5月6日起至2021年11月5日止。
三、利息月息2分，乙方每月5号付利息壹仟贰佰元，本金到期还清。
四、乙方以自有的白色大众朗逸小轿车一辆（车牌号豫P·3K7**）作抵押，车辆登记证书交甲方保管，乙方继续使用。
五、乙方到期不还的，每逾期一天按借款金额的千分之一向甲方支付违约金，甲方并有权处置抵押车辆。

甲方：孙建设      乙方：刘海洋
2021年5月6日

（甲方补记）2023年6月1日 刘海洋还本金壹万元。 孙建设
""",
    {"principal": "60000", "amount_delivered": "60000", "annual_rate": 0.24, "overdue_rate": None,
     "penalty_rate": 0.365, "lender": "孙建设", "lender_kind": "natural_person", "borrower": "刘海洋",
     "borrower_kind": "natural_person", "contract_date": "2021-05-06", "start_date": "2021-05-06",
     "end_date": "2021-11-05", "repayment_method": "按月付息、到期还本", "dispute_method": None},
    ["rate_above_4x_lpr", "overdue_charges_above_cap", "limitation_period_expired"],
    notes="月息2分 = 24 % vs 15.4 %; 千分之一/day = 36.5 % penalty; payment 2023-06-01 → expired 2026-06-01")

add("hv14_diandang_huangjin_shoushi.txt", "utf8", """当  票（存根联）

当票号：ZKJD-2024-0815
典当行：周口市川汇区金鼎典当有限责任公司
当户：杨素琴   身份证号：4116021968****2083
当物：足金手镯二只、足金项链一条，总重98.6克，估价人民币陆万捌仟元
当金：人民币伍万元整（¥50,000.00）
典当期限：自2024年8月1日起至2024年8月31日止
月利率：0.5%
月综合费率：2.7%（利息及综合费用于赎当时一并支付，不在当金中预扣）
续当：期满后五日内可办理续当，续当时结清本期利息及综合费。
绝当：期满后五日内不赎当也不续当的，为绝当，典当行依法处分当物。
争议解决：向典当行所在地人民法院起诉。

当户签字：杨素琴       经办人：郑莉
2024年8月1日
""",
    {"principal": "50000", "amount_delivered": "50000", "annual_rate": 0.06, "overdue_rate": None,
     "penalty_rate": None, "lender": "周口市川汇区金鼎典当有限责任公司", "lender_kind": "licensed_lender",
     "borrower": "杨素琴", "borrower_kind": "natural_person", "contract_date": "2024-08-01",
     "start_date": "2024-08-01", "end_date": "2024-08-31", "repayment_method": "到期一次性还本付息",
     "dispute_method": "court"},
    ["cap_not_applicable_licensed_lender"],
    notes="典当: 月利率0.5 % = 6 %; 综合费 not withheld; gold pledged by the borrower (guarantor fields left out)")

add("hv15_nongji_rongzi_zulin_shougeji.docx", "docx", [
    ("h", "融资租赁合同（回租）"),
    ("p", "出租人：河南中原农机融资租赁有限公司"),
    ("p", "承租人：张庆丰，郸城县汲冢镇种粮大户，身份证号4127261977****3391"),
    ("p", "保证人：王秀莲（承租人配偶）"),
    ("p", "承租人将其自有的雷沃谷神小麦联合收割机一台（出厂编号LW2023****）转让给出租人并租回使用。"),
    ("t", [["租赁物购买价款（融资额）", "人民币贰拾捌万元整（¥280,000.00）"],
           ["租赁期限", "24个月，自2023年5月16日起至2025年5月15日止"],
           ["租赁年利率", "7.8%"],
           ["租金支付", "按季等额支付（等额本息），共8期，每期人民币38,140.42元"],
           ["逾期", "逾期租金按每日万分之五计收逾期利息"]]),
    ("p", "第十一条 保证人对承租人在本合同项下的全部债务承担连带责任保证，保证期间为最后一期租金履行期限届满之日起两年。"),
    ("p", "第十五条 争议解决：向出租人所在地人民法院起诉。"),
    ("p", "出租人（章）：河南中原农机融资租赁有限公司    承租人：张庆丰    保证人：王秀莲"),
    ("p", "签订日期：2023年5月16日"),
],
    {"principal": "280000", "amount_delivered": "280000", "annual_rate": 0.078, "overdue_rate": 0.1825,
     "penalty_rate": None, "lender": "河南中原农机融资租赁有限公司", "lender_kind": "licensed_lender",
     "borrower": "张庆丰", "borrower_kind": "natural_person", "contract_date": "2023-05-16",
     "start_date": "2023-05-16", "end_date": "2025-05-15", "repayment_method": "等额本息",
     "dispute_method": "court", "guarantor": "王秀莲", "guarantee_type": "连带责任保证",
     "guarantee_period_months": 24},
    ["cap_not_applicable_licensed_lender"],
    notes="融资租赁 回租 of a 收割机; 38,140.42 = annuity of 280,000 at 1.95 %/quarter × 8")

add("hv16_huankuan_xieyi_lixi_bingru_benjin.txt", "utf8", """还款协议

甲方（出借人）：黄振东，身份证号4127011970****4415
乙方（借款人）：郭文斌，身份证号4127011982****5236
丙方（保证人）：郭文强，身份证号4127011985****5218

2022年4月10日，乙方向甲方借款人民币叁拾万元整，约定月息壹分（年利率12%），借期一年。借款到期后乙方未还本金，
自2023年4月10日起利息亦未支付。经双方对账，截至2024年9月2日，乙方尚欠甲方本金叁拾万元、利息伍万肆仟元。
现三方达成如下还款协议：
一、双方同意将上述未付利息伍万肆仟元并入本金，乙方确认欠甲方本金人民币叁拾伍万肆仟元整（¥354,000.00）。
二、自2024年9月2日起，上述本金按月息壹分（年利率12%）计息，利息随每期还款支付。
三、乙方分十二期还清本金，自2024年10月2日起每月2日还款贰万玖仟伍佰元，最后一期为2025年9月2日。
四、乙方任何一期未按时足额还款，甲方有权要求乙方一次性清偿全部剩余款项，并自逾期之日起按日万分之五支付逾期利息。
五、丙方自愿为乙方上述债务承担连带保证责任，保证期间为最后一期还款期限届满之日起三年。
六、因本协议引起的纠纷，由甲方住所地人民法院管辖。

甲方：黄振东    乙方：郭文斌    丙方：郭文强
2024年9月2日
""",
    {"annual_rate": 0.12, "overdue_rate": 0.1825, "penalty_rate": None, "lender": "黄振东",
     "lender_kind": "natural_person", "borrower": "郭文斌", "borrower_kind": "natural_person",
     "end_date": "2025-09-02", "repayment_method": "分期还款", "dispute_method": "court", "guarantor": "郭文强",
     "guarantee_type": "连带责任保证", "guarantee_period_months": 36},
    ["compound_interest_restated", "overdue_charges_above_cap"],
    notes="principal both lent (300,000) and restated (354,000): left out; contract date left out (later agreement); "
          "12 % under the cap on both days, overdue 18.25 % above both (14.8 % and 13.4 %)")

add("hv17_yifang_dizhai_xieyi.txt", "utf8", """以房抵债协议

甲方（债权人）：周红梅
乙方（债务人）：田国栋

一、债务确认：乙方于2020年10月15日向甲方借款人民币肆拾万元整，借期自2020年10月15日至2021年10月14日，双方约定
    月息一分五（年利率18%）。借款到期后乙方未能还款。截至本协议签订之日，乙方共欠甲方本金肆拾万元及利息，
    利息按上述月息一分五计算至2024年2月29日，为人民币贰拾叁万元，本息合计陆拾叁万元。
二、抵债：乙方自愿将其名下位于周口市川汇区七一路颍河花园5号楼2单元702室的住房（建筑面积116.4平方米，
    不动产权证号豫（2019）周口市不动产权第00****号）作价陆拾叁万元抵偿上述全部借款本息。
三、乙方应于2024年4月30日前配合甲方办理过户登记，过户税费由乙方承担。
四、过户登记完成之日，甲乙双方之间的上述借款债权债务全部结清。
五、本协议履行中发生争议，向房屋所在地人民法院起诉。

甲方：周红梅      乙方：田国栋
2024年3月1日
""",
    {"principal": "400000", "amount_delivered": "400000", "annual_rate": 0.18, "lender": "周红梅",
     "lender_kind": "natural_person", "borrower": "田国栋", "borrower_kind": "natural_person",
     "start_date": "2020-10-15", "end_date": "2021-10-14", "dispute_method": "court", **NO_GUARANTEE},
    ["rate_above_4x_lpr"],
    notes="以房抵债 2024-03-01 reciting a 2020-10-15 loan at 月息一分五 = 18 % vs 4 × 3.85 % = 15.4 % on the loan day; "
          "the 抵债 price counts interest above the cap; recital: overdue and repayment left out, no overdue finding")

add("hv18_zhaiwu_querenshu_2019_suliao_chang.txt", "utf8", """债务确认书

致：杨建国

本厂（沈丘县利民塑料制品厂）于2019年3月8日向杨建国借款人民币壹拾伍万元整，用于购买注塑机，当时约定月息二分
（年利率24%），借期两年。因近几年订单少，借款至今未能归还。
经与杨建国核对，本厂确认：截至2023年6月20日，尚欠杨建国借款本金壹拾伍万元整及利息（利息另行结算）。
本厂承诺于2023年12月31日前还清全部本金和利息。

确认人：沈丘县利民塑料制品厂（盖章）
负责人：杜长江
2023年6月20日
""",
    {"principal": "150000", "amount_delivered": "150000", "annual_rate": 0.24, "lender": "杨建国",
     "lender_kind": "natural_person", "borrower": "沈丘县利民塑料制品厂", "borrower_kind": "enterprise",
     "start_date": "2019-03-08", "dispute_method": None, **NO_GUARANTEE},
    ["pre_lpr_rate_rules"],
    notes="loan 2019-03-08 for two years (due 2021-03-07), before the first LPR; confirmation 2023-06-20 re-sets due to 2023-12-31 → 2026-12-31, three days "
          "after as_of: not expired")

add("hv19_minshi_tiaojieshu_shangshui.txt", "utf8", """河南省商水县人民法院
民 事 调 解 书
（2025）豫1623民初2****号

原告：吕建军，男，1976年3月12日出生，汉族，住商水县练集镇。
被告：曹志强，男，1984年9月2日出生，汉族，住商水县城关乡。

原告吕建军与被告曹志强民间借贷纠纷一案，本院于2025年9月8日立案后，依法适用简易程序进行审理。
原告诉称：2021年8月1日被告向原告借款100000元，约定月息二分，借期一年，到期后被告仅支付利息至2022年1月，
本金及此后利息未付，请求判令被告偿还借款本金100000元及利息。
本案在审理过程中，经本院诉前调解室主持调解，双方当事人自愿达成如下协议：
一、被告曹志强于2025年12月31日前偿还原告吕建军借款本金100000元；
二、被告曹志强于2026年6月30日前支付原告吕建军利息30000元；
三、被告如未按上述期限足额履行任何一期，原告可就全部未付款项一次性申请强制执行；
四、案件受理费减半收取1150元，由被告负担。
上述协议，不违反法律规定，本院予以确认。
本调解书经双方当事人签收后，即具有法律效力。

审判员  魏晓东
二〇二五年十月二十日
书记员  程   莹
""",
    {"principal": "100000", "lender": "吕建军", "lender_kind": "natural_person", "borrower": "曹志强",
     "borrower_kind": "natural_person", **NO_GUARANTEE},
    [],
    notes="court settlement: the 月息二分 is the plaintiff's account, replaced by fixed sums; no rate finding")

add("hv20_weixin_liaotian_jiekuan_jilu.txt", "utf8", """微信聊天记录（文字整理，李秀芝录入）

2023年10月12日
赵小军 19:42：二妮姐，弄啥哩？想跟恁张个嘴，俺这超市要进年货，手里紧，能借俺两万块钱不？
王二妮 19:45：借给你中，利息咋说？
赵小军 19:46：月息按一分半中不？一个月三百，明年麦罢6月30号前连本带利一回给恁。
王二妮 19:50：中，一分半就一分半，到时候可不能拖啊。
赵小军 19:51：放心吧姐，俺啥时候坑过人。
王二妮 19:58：[转账] 20000.00元
赵小军 19:59：[已收款] 收到了，得劲！谢谢姐！
赵小军 20:01：俺明天写个条给恁拍过来。

2023年10月13日
赵小军 08:15：[图片] 借条：今借到王二妮人民币贰万元整，月息一分半，2024年6月30日前还清本息。借款人：赵小军 2023.10.12
王二妮 08:20：收到。
""",
    {"principal": "20000", "amount_delivered": "20000", "annual_rate": 0.18, "overdue_rate": None,
     "penalty_rate": None, "lender": "王二妮", "lender_kind": "natural_person", "borrower": "赵小军",
     "borrower_kind": "natural_person", "contract_date": "2023-10-12", "start_date": "2023-10-12",
     "end_date": "2024-06-30", "repayment_method": "到期一次性还本付息", "dispute_method": None, **NO_GUARANTEE},
    ["rate_above_4x_lpr", "no_overdue_rate_agreed"],
    notes="月息一分半 = 18 % vs 4 × 3.45 % = 13.8 %")

add("hv21_kantouxi_jietiao_tiaojieshi_jilu.txt", "utf8", """借  条

今借到闫卫东人民币伍万元整（¥50,000.00），月息二分，借期半年，2022年9月1日前一次还清本息。

借款人：陈小娟
2022年3月1日

------------------------------------------------------------
商水县人民法院诉前调解室  谈话笔录（摘录）
时间：2025年3月18日    调解员：何桂英    记录：李秀芝
陈小娟：条上写的五万，他那天只给俺转了四万五，说头一个月利息一千和“手续费”四千先扣下。
闫卫东：是，当天实际转账是肆万伍仟元，扣了伍仟，这是行里规矩。
陈小娟：2024年12月20号俺在微信上跟他说过“钱俺认，就是一时还不上”。
闫卫东：有这个话，聊天记录在这儿。
""",
    {"principal": "50000", "amount_delivered": "45000", "annual_rate": 0.24, "overdue_rate": None,
     "penalty_rate": None, "lender": "闫卫东", "lender_kind": "natural_person", "borrower": "陈小娟",
     "borrower_kind": "natural_person", "contract_date": "2022-03-01", "start_date": "2022-03-01",
     "end_date": "2022-09-01", "repayment_method": "到期一次性还本付息", "dispute_method": None, **NO_GUARANTEE},
    ["rate_above_4x_lpr", "interest_deducted_upfront", "no_overdue_rate_agreed"],
    notes="砍头息: 5,000 kept back (interest + 手续费), 45,000 delivered per the lender's own word; 24 % vs 14.8 %; "
          "due 2022-09-01, the borrower's acknowledgement 2024-12-20 restarts to 2027-12-20")

add("hv22_jiekuan_hetong_fuli_faxi_shangtong.txt", "utf8", """借款合同

出借人（甲方）：周口市恒达建材有限公司
借款人（乙方）：郸城县鑫源商砼有限公司
保证人（丙方）：贾红旗（乙方股东）

第一条 借款金额：人民币捌拾万元整（¥800,000.00），用于购买水泥、砂石料。
第二条 借款期限：自2024年12月5日起至2025年12月4日止。
第三条 利率及付息：年利率10%，按月付息，每月5日前支付上月利息，本金到期一次归还。
第四条 逾期及罚息：乙方未按期归还本金的，自逾期之日起按本合同利率上浮40%计收罚息；乙方未按时支付的利息，
        按罚息利率计收复利。
第五条 保证：丙方对乙方在本合同项下的全部债务承担连带责任保证，保证期间直至借款本息还清时为止。
第六条 争议解决：向甲方所在地人民法院起诉。

甲方（盖章）：周口市恒达建材有限公司
乙方（盖章）：郸城县鑫源商砼有限公司
丙方（签字）：贾红旗
签订日期：2024年12月5日
""",
    {"principal": "800000", "amount_delivered": "800000", "annual_rate": 0.10, "overdue_rate": 0.14,
     "penalty_rate": None, "lender": "周口市恒达建材有限公司", "lender_kind": "enterprise",
     "borrower": "郸城县鑫源商砼有限公司", "borrower_kind": "enterprise", "contract_date": "2024-12-05",
     "start_date": "2024-12-05", "end_date": "2025-12-04", "repayment_method": "按月付息、到期还本",
     "dispute_method": "court", "guarantor": "贾红旗", "guarantee_type": "连带责任保证",
     "guarantee_period_months": None},
    ["compound_interest_restated", "overdue_charges_above_cap", "guarantee_period_defaults_to_6_months"],
    notes="10 % under 4 × 3.10 % = 12.4 %; 罚息 +40 % = 14 % above; 复利 on unpaid interest; '直至本息还清' period")

add("hv23_baozheng_hetong_yiban_yinian.txt", "utf8", """保证合同

债权人（甲方）：周口市华豫农资有限公司
保证人（乙方）：范德明，身份证号4127281971****6631

为确保甲方与沈丘县李庄种植专业合作社（以下称债务人）于2024年2月20日签订的《借款合同》（编号HYNZ-2024-02）
的履行，乙方愿意提供保证担保。双方约定如下：
第一条 被保证的主债权：甲方依主合同向债务人出借的借款本金人民币叁拾万元整（¥300,000.00）及相应利息、违约金。
        主合同借款期限为2024年2月20日至2025年2月19日。
第二条 保证方式：一般保证。
第三条 保证期间：主债务履行期限届满之日起一年。
第四条 保证范围：主债权本金、利息、违约金及实现债权的费用。
第五条 争议解决：向甲方所在地人民法院起诉。

甲方（盖章）：周口市华豫农资有限公司
乙方（签字）：范德明
2024年2月20日
""",
    {"principal": "300000", "lender": "周口市华豫农资有限公司", "lender_kind": "enterprise",
     "borrower": "沈丘县李庄种植专业合作社", "borrower_kind": "enterprise", "contract_date": "2024-02-20",
     "start_date": "2024-02-20", "end_date": "2025-02-19", "dispute_method": "court", "guarantor": "范德明",
     "guarantee_type": "一般保证", "guarantee_period_months": 12},
    [],
    notes="guarantee instrument: rates, overdue terms and repayment sit in the main contract (left out)")

add("hv24_jietiao_danbaoren_daoqi_buhuan_youtahuan.txt", "utf8", """借  条

今借到李桂兰现金叁万元整（¥30,000元），月息捌厘，借期半年，2023年4月10日到期连本带利还清。
如借款人到期不还，由担保人还。

借款人：牛建伟    身份证号：4127231988****7712
担保人：牛建业    身份证号：4127231985****7730
2022年10月10日
""",
    {"principal": "30000", "amount_delivered": "30000", "annual_rate": 0.096, "overdue_rate": None,
     "penalty_rate": None, "lender": "李桂兰", "lender_kind": "natural_person", "borrower": "牛建伟",
     "borrower_kind": "natural_person", "contract_date": "2022-10-10", "start_date": "2022-10-10",
     "end_date": "2023-04-10", "repayment_method": "到期一次性还本付息", "dispute_method": None,
     "guarantor": "牛建业", "guarantee_type": "连带责任保证", "guarantee_period_months": None},
    ["no_overdue_rate_agreed", "guarantee_period_defaults_to_6_months", "limitation_period_expired"],
    notes="'到期不还，由担保人还' = liability on the debtor's mere default, 连带 (担保制度解释 第25条第2款); no period; "
          "due 2023-04-10, nothing noted → expired 2026-04-10")

add("hv25_duizhangdan_siliao_yangzhihu.docx", "docx", [
    ("h", "借款对账单"),
    ("p", "出借人：周口市丰泽饲料有限公司"),
    ("p", "借款人：赵永强（西华县艾岗乡养殖户）"),
    ("p", "赵永强于2023年3月1日向本公司借款人民币贰拾万元整，用于购买育肥猪饲料，借期一年（至2024年2月29日），"
          "月利率1%，按季付息；逾期部分按月利率1.5%计收逾期利息。现将截至2025年12月31日的借款及利息情况列表如下："),
    ("t", [["期间", "本金余额（元）", "月利率", "应计利息（元）", "已付（元）", "备注"],
           ["2023-03-01至2024-02-29", "200,000.00", "1%", "24,000.00", "18,000.00", "借期内"],
           ["2024-03-01至2024-12-31", "200,000.00", "1.5%", "30,000.00", "10,000.00", "逾期"],
           ["2025-01-01至2025-12-31", "150,000.00", "1.5%", "27,000.00", "0.00", "2024-12-31还本金50,000"],
           ["合计", "150,000.00", "", "81,000.00", "28,000.00", "尚欠利息53,000.00"]]),
    ("p", "以上金额经双方核对无误。借款人确认尚欠本金壹拾伍万元、利息伍万叁仟元。"),
    ("p", "出借人（章）：周口市丰泽饲料有限公司        借款人（签字）：赵永强"),
    ("p", "对账日期：2025年12月31日"),
],
    {"principal": "200000", "amount_delivered": "200000", "annual_rate": 0.12, "overdue_rate": 0.18,
     "lender": "周口市丰泽饲料有限公司", "lender_kind": "enterprise", "borrower": "赵永强",
     "borrower_kind": "natural_person", "start_date": "2023-03-01", "end_date": "2024-02-29", "penalty_rate": None,
     "dispute_method": None, **NO_GUARANTEE},
    ["overdue_charges_above_cap"],
    notes="对账单 reciting a 2023-03-01 loan: 12 % under 4 × 3.65 % = 14.6 %, overdue 月1.5 % = 18 % charged in the table")

add("hv26_weituo_daikuan_hetong.docx", "docx", [
    ("h", "委托贷款借款合同"),
    ("p", "委托人：河南瑞通实业集团有限公司"),
    ("p", "贷款人（受托人）：中原银行股份有限公司周口分行"),
    ("p", "借款人：周口市冷鲜源食品有限公司"),
    ("p", "保证人：胡振华（借款人法定代表人）"),
    ("p", "委托人委托受托人向借款人发放委托贷款，贷款资金由委托人提供，贷款风险由委托人承担，受托人只收取手续费，"
          "不承担贷款风险。"),
    ("p", "第一条 贷款金额：人民币叁佰万元整（¥3,000,000.00）。用途：冷链仓储设施改造。"),
    ("p", "第二条 贷款期限：二年，自2023年11月20日至2025年11月19日。"),
    ("p", "第三条 贷款利率：年利率7.2%，按季结息，结息日为每季末月20日，到期还本。"),
    ("p", "第四条 逾期罚息：逾期贷款按本合同利率上浮50%计收罚息。"),
    ("p", "第五条 保证人承担连带责任保证，保证期间为主债务履行期限届满之日起三年。"),
    ("p", "第六条 受托人按贷款金额的0.1%向委托人一次性收取手续费。"),
    ("p", "第七条 争议解决：向受托人所在地人民法院起诉。"),
    ("p", "委托人（章）：河南瑞通实业集团有限公司    受托人（章）：中原银行股份有限公司周口分行"),
    ("p", "借款人（章）：周口市冷鲜源食品有限公司    保证人：胡振华"),
    ("p", "2023年11月20日"),
],
    {"principal": "3000000", "amount_delivered": "3000000", "annual_rate": 0.072, "overdue_rate": 0.108,
     "penalty_rate": None, "lender": "河南瑞通实业集团有限公司", "lender_kind": "enterprise",
     "borrower": "周口市冷鲜源食品有限公司", "borrower_kind": "enterprise", "contract_date": "2023-11-20",
     "start_date": "2023-11-20", "end_date": "2025-11-19", "repayment_method": "按季付息、到期还本",
     "dispute_method": "court", "guarantor": "胡振华", "guarantee_type": "连带责任保证",
     "guarantee_period_months": 36},
    [],
    notes="委托贷款: lender = 委托人 (money and risk), private lending; 7.2 % and 10.8 % under 13.8 %")

add("hv27_jietiao_2016_daxie_yuexi_erfenwu.txt", "gb18030", """借  条

今借到刘秀英人民币壹拾万元整（￥100000.00），月息贰分伍厘，借期一年，
于贰零壹柒年拾贰月壹日前一次还清本息。

借款人：孙国富
身份证号：412702196****2213
贰零壹陆年拾贰月壹日

（背面，刘秀英记）
2019年2月1日  孙国富付利息壹万元。
""",
    {"principal": "100000", "amount_delivered": "100000", "annual_rate": 0.30, "overdue_rate": None,
     "penalty_rate": None, "lender": "刘秀英", "lender_kind": "natural_person", "borrower": "孙国富",
     "borrower_kind": "natural_person", "contract_date": "2016-12-01", "start_date": "2016-12-01",
     "end_date": "2017-12-01", "repayment_method": "到期一次性还本付息", "dispute_method": None, **NO_GUARANTEE},
    ["pre_lpr_rate_rules", "no_overdue_rate_agreed", "limitation_period_expired"],
    notes="大写 dates; 月息二分五 = 30 % (2015 rules, 24–36 % band); payment 2019-02-01 → expired 2022-02-01")

add("hv28_jietiao_laoxiang_buyao_lixi.txt", "utf8", """借  条

今借到张大河现金壹万元整（10000元）。
都是一个庄哩老少爷们，大河哥说了不要利息，俺心里得劲。
俺保证2025年10月1日前还清。到时候还不上，按一年百分之六给大河哥算利息。

借款人：李满囤
2025年2月10日
""",
    {"principal": "10000", "amount_delivered": "10000", "annual_rate": 0, "overdue_rate": 0.06,
     "penalty_rate": None, "lender": "张大河", "lender_kind": "natural_person", "borrower": "李满囤",
     "borrower_kind": "natural_person", "contract_date": "2025-02-10", "start_date": "2025-02-10",
     "end_date": "2025-10-01", "dispute_method": None, **NO_GUARANTEE},
    [],
    notes="不要利息 = 0; overdue 6 % under 4 × 3.10 % = 12.4 %: no finding")

add("hv29_qiye_jiekuan_2015_jianzhu_laowu.txt", "utf8", """借款合同

出借人：韩振华，身份证号4127011965****3312
借款人：周口市华鼎建筑劳务有限公司

一、借款金额：人民币叁拾万元整（¥300,000.00），用于支付商水县中医院门诊楼工程劳务人员工资。
二、借款期限：一年，自2015年10月28日起至2016年10月27日止。
三、利率：年利率20%，本息于借款到期时一并归还。
四、逾期未还的，逾期部分按年利率24%计息。
五、争议由出借人住所地人民法院管辖。

出借人：韩振华
借款人：周口市华鼎建筑劳务有限公司（盖章）  法定代表人：常国庆
2015年10月28日

还款记录（出借人记，借款人会计签字确认）：
2018年5月1日    还利息陆万元
2021年2月20日   还本金伍万元
2024年1月15日   还本金伍万元
""",
    {"principal": "300000", "amount_delivered": "300000", "annual_rate": 0.20, "overdue_rate": 0.24,
     "penalty_rate": None, "lender": "韩振华", "lender_kind": "natural_person", "borrower": "周口市华鼎建筑劳务有限公司",
     "borrower_kind": "enterprise", "contract_date": "2015-10-28", "start_date": "2015-10-28",
     "end_date": "2016-10-27", "repayment_method": "到期一次性还本付息", "dispute_method": "court", **NO_GUARANTEE},
    ["pre_lpr_rate_rules"],
    notes="2015-10-28, after the 2015 rules took effect (2015-09-01); overdue 24 % = supported line; "
          "payments 2018-05-01, 2021-02-20, 2024-01-15 each inside the running period → 2027-01-15")

add("hv30_jiekuan_hetong_lpr_xiatiao_hou.txt", "utf8", """借款合同

出借人（甲方）：丁保安，身份证号4127021969****0012
借款人（乙方）：郝玉亭，身份证号4127021980****2547（经营周口市川汇区玉亭面粉批发部）
保证人（丙方）：周建民，身份证号4127021978****1135

一、乙方因批发部进货向甲方借款人民币肆拾万元整（¥400,000.00），甲方于2024年10月25日转账支付。
二、借款期限：自2024年10月25日起至2025年10月24日止。
三、利息：月息一分零五厘（月利率1.05%），每月25日付息，到期还本。
四、逾期：乙方逾期还本的，逾期期间按月息一分五计息。
五、丙方提供一般保证，保证期间为主债务履行期限届满之日起六个月。
六、争议解决：向周口仲裁委员会申请仲裁。

甲方：丁保安    乙方：郝玉亭    丙方：周建民
2024年10月25日
""",
    {"principal": "400000", "amount_delivered": "400000", "annual_rate": 0.126, "overdue_rate": 0.18,
     "penalty_rate": None, "lender": "丁保安", "lender_kind": "natural_person", "borrower": "郝玉亭",
     "borrower_kind": "natural_person", "contract_date": "2024-10-25", "start_date": "2024-10-25",
     "end_date": "2025-10-24", "repayment_method": "按月付息、到期还本", "dispute_method": "arbitration",
     "guarantor": "周建民", "guarantee_type": "一般保证", "guarantee_period_months": 6},
    ["rate_above_4x_lpr", "overdue_charges_above_cap"],
    notes="12.6 % four days after the 2024-10-21 cut: 4 × 3.10 % = 12.4 % (it would have passed under 13.4 % a week "
          "earlier); overdue 18 %")


# ---------------------------------------------------------------------------------------------------------------
FIXED_TIME = (2026, 12, 28, 9, 0, 0)


def _docx_bytes(blocks) -> bytes:
    from docx import Document
    from docx.shared import Pt

    d = Document()
    cp = d.core_properties
    cp.author = "李秀芝"
    cp.last_modified_by = "李秀芝"
    cp.created = datetime(*FIXED_TIME)
    cp.modified = datetime(*FIXED_TIME)
    cp.revision = 1
    style = d.styles["Normal"]
    style.font.size = Pt(10.5)
    for kind, content in blocks:
        if kind == "h":
            d.add_heading(content, level=1)
        elif kind == "p":
            d.add_paragraph(content)
        elif kind == "t":
            table = d.add_table(rows=len(content), cols=len(content[0]))
            table.style = "Table Grid"
            for i, row in enumerate(content):
                for j, cell in enumerate(row):
                    table.cell(i, j).text = cell
        else:
            raise ValueError(kind)
    raw = io.BytesIO()
    d.save(raw)
    # rewrite the zip with fixed timestamps so the file is the same on every run
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def build() -> None:
    files = [d["file"] for d in DOCS]
    assert len(files) == len(set(files)) == 30, len(files)
    for d in DOCS:
        path = HERE / d["file"]
        if d["fmt"] == "utf8":
            path.write_bytes(d["body"].encode("utf-8"))
        elif d["fmt"] == "gb18030":
            path.write_bytes(d["body"].encode("gb18030"))
        elif d["fmt"] == "docx":
            path.write_bytes(_docx_bytes(d["body"]))
        else:
            raise ValueError(d["fmt"])
    with open(HERE / "gold.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        for d in DOCS:
            fh.write(json.dumps(d["gold"], ensure_ascii=False) + "\n")
    print(f"wrote {len(DOCS)} documents and gold.jsonl to {HERE}")


if __name__ == "__main__":
    build()
