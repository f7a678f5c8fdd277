"""Build contracts_holdout9: 30 hand-written loan / guarantee documents and their gold rows.

Held out: never tune on these rows. Every text below was typed by hand (author 10, persona 冉建国, risk reviewer at a
made-up Chongqing 小额贷款公司). Running this file rewrites the documents and gold.jsonl deterministically:
TXT as UTF-8 or GB18030, DOCX via python-docx with fixed core properties and fixed zip timestamps.

Run:  /work/main/.venv/bin/python eval/datasets/contracts_holdout9/make_dataset.py
"""
from __future__ import annotations

import datetime as _dt
import io
import json
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
AS_OF = "2026-12-01"

DOCS: list[dict] = []


def add(file: str, fmt: str, body, gold: dict) -> None:
    DOCS.append({"file": file, "fmt": fmt, "body": body, "gold": gold})


# ---------------------------------------------------------------- hi01  UTF-8 TXT  小贷 app clickwrap, 车抵贷
add("hi01_app_chediai_yuxing.txt", "utf8", """【渝兴贷】借款合同（车辆抵押）              电子合同编号：YXD-CD-20230412-00871
导出时间：2023-04-12 16:22:08    签署方式：手机号+短信验证码确认

甲方（贷款人）：重庆渝兴小额贷款有限公司
统一社会信用代码：91500112MA5U******
住所：重庆市渝北区金开大道XX号X栋X楼

乙方（借款人）：何小军
身份证号：5002221988****3517
手机：139****6621
住址：重庆市綦江区古南街道XX路XX号

第一条 借款金额：人民币捌万元整（¥80,000.00）。
第二条 借款期限：24个月，自2023年4月12日起至2025年4月11日止，实际起息日以放款日为准。
第三条 借款利率：月利率1.2%（单利），按月计息。
第四条 还款方式：等额本息，每月12日为还款日，共24期，每期应还金额详见APP“我的账单-还款计划”。
第五条 费用
  5.1 GPS安装费人民币1200元，由乙方在安装设备时直接向甲方指定的安装服务商支付，不从借款中扣除。
  5.2 停车费：乙方逾期后车辆被依约收回停放的，停车费按每日30元由乙方承担。
  5.3 除本条所列外，甲方不向乙方收取其他任何费用。
第六条 逾期：乙方未按期足额还款的，自逾期之日起按逾期金额每日万分之五计收罚息，直至清偿之日。
第七条 抵押：乙方以其名下车辆（号牌渝B·7K2**，大众朗逸，车架号LSVNV2189N2******）为本合同项下全部债务提供抵押担保，并于放款前到车辆管理所办理抵押登记。
第八条 争议解决：因本合同产生的争议，双方协商不成的，向重庆市渝北区人民法院提起诉讼。
第九条 乙方确认已阅读并充分理解本合同全部条款，特别是加粗部分。

[✓] 我已阅读并同意《借款合同（车辆抵押）》《个人信息查询及使用授权书》
乙方电子签名：何小军    2023-04-12 16:21:47
甲方（电子签章）：重庆渝兴小额贷款有限公司
""", {
    "fields": {"lender": "重庆渝兴小额贷款有限公司", "lender_kind": "licensed_lender", "borrower": "何小军",
               "borrower_kind": "natural_person", "principal": "80000", "annual_rate": 0.144, "overdue_rate": 0.1825,
               "penalty_rate": None, "contract_date": "2023-04-12", "start_date": "2023-04-12", "end_date": "2025-04-11",
               "repayment_method": "等额本息", "dispute_method": "court", "guarantor": None, "guarantee_type": None,
               "guarantee_period_months": None},
    "findings": ["cap_not_applicable_licensed_lender"], "as_of": AS_OF,
    "notes": "月利率1.2% ×12 = 14.4%; 每日万分之五 ×365 = 18.25%. Car mortgaged by the borrower himself: no guarantor. "
             "GPS/停车费 are fees, not a 违约金."})

# ---------------------------------------------------------------- hi02  UTF-8 TXT  综合年化 only, 夫妻共同借款, 融资担保
add("hi02_huimin_zonghe_nianhua.txt", "utf8", """借款及担保服务协议（个人经营）
协议编号：JBXY2022061900342

贷款人：重庆市江北区惠民小额贷款股份有限公司（以下简称“贷款人”）
借款人一：周永福    身份证号：5001061979******12
借款人二（共同借款人）：李春梅    身份证号：5001061981******27    （借款人一之配偶）
担保人：重庆惠民融资担保有限公司

一、借款本金：100,000.00元（大写：壹拾万元整）。
二、借款期限：12期（月），自2022年6月20日至2023年6月19日。
三、借款综合年化利率（单利）：23.9%。上述综合年化利率已包含借款利息、担保费及平台服务费，借款人无需另行支付其他任何费用，具体每期应还金额以还款计划为准。
四、还款方式：按月等额本息还款，每月20日为还款日。
五、逾期：借款人任一期未足额还款的，就逾期本金在综合年化利率基础上上浮50%计收逾期罚息，至实际清偿之日止。
六、担保：担保人为借款人在本协议项下的全部债务提供连带责任保证，保证期间为主债务履行期限届满之日起三年。借款人一、借款人二对本协议项下债务承担连带清偿责任。
七、争议解决：协商不成的，任何一方可向贷款人住所地人民法院起诉。

借款人一（电子签名）：周永福
借款人二（电子签名）：李春梅
签署时间：2022年6月19日 21:03
""", {
    "fields": {"lender": "重庆市江北区惠民小额贷款股份有限公司", "lender_kind": "licensed_lender",
               "borrower_kind": "natural_person", "principal": "100000", "annual_rate": 0.239, "overdue_rate": 0.3585,
               "penalty_rate": None, "contract_date": "2022-06-19", "start_date": "2022-06-20", "end_date": "2023-06-19",
               "repayment_method": "等额本息", "dispute_method": "court", "guarantor": "重庆惠民融资担保有限公司",
               "guarantee_type": "连带责任保证", "guarantee_period_months": 36},
    "findings": ["cap_not_applicable_licensed_lender"], "as_of": "2025-08-01",
    "notes": "Only a 综合年化 is stated, so annual_rate = 23.9%. Overdue = 23.9% × 1.5 = 35.85%. Two borrowers (夫妻): "
             "borrower left out. as_of = review date 2025-08-01 (due 2023-06-19, limitation not yet run)."})

# ---------------------------------------------------------------- hi03  GB18030 TXT  2018 借条, 月息2分
add("hi03_jietiao_2018_gbk.txt", "gb18030", """借  条

今借到冉光荣人民币伍万元整（￥50000元），月息2分，借期到2018年12月31号止，到期连本带利一次还清。

借款人：邓勇
身份证号：50023119**********
电话：135********
2018年3月5号

（背面，铅笔字）
光荣哥：钱是拿去进货的，年底肯定还得到，莫得问题。——勇娃
""", {
    "fields": {"lender": "冉光荣", "lender_kind": "natural_person", "borrower": "邓勇", "borrower_kind": "natural_person",
               "principal": "50000", "annual_rate": 0.24, "overdue_rate": None, "penalty_rate": None,
               "contract_date": "2018-03-05", "start_date": "2018-03-05", "end_date": "2018-12-31",
               "repayment_method": "到期一次性还本付息", "dispute_method": None, "guarantor": None, "guarantee_type": None,
               "guarantee_period_months": None},
    "findings": ["pre_lpr_rate_rules", "no_overdue_rate_agreed", "limitation_period_expired"], "as_of": AS_OF,
    "notes": "月息2分 = 2%/month = 24%/yr. Before 2019-08-20. Due 2018-12-31, no payment or demand noted: limitation ran "
             "out 2021-12-31. start_date = 今借到 date."})

# ---------------------------------------------------------------- hi04  DOCX table  person → company, 15% just under cap
add("hi04_tan_bayu_qipei.docx", "docx", [
    ("h", "借款合同"),
    ("p", "合同编号：TDM-2021-09"),
    ("p", "出借人（甲方）：谭德明，身份证号：5001021972********，住重庆市渝中区解放碑XX号。"),
    ("p", "借款人（乙方）：重庆巴渝汽配有限公司，统一社会信用代码：91500108MA60******，法定代表人：罗志刚。"),
    ("p", "保证人（丙方）：罗志刚，身份证号：5001081980********。"),
    ("p", "甲乙丙三方经协商一致，订立本合同，主要条款见下表："),
    ("t", [["项目", "约定内容"],
           ["借款金额", "人民币叁拾万元整（¥300,000.00）"],
           ["借款用途", "采购汽车配件（流动资金）"],
           ["借款期限", "2021年9月15日至2022年9月14日"],
           ["借款利率", "年利率15%（单利）"],
           ["还款方式", "按月付息，每月15日付息；到期一次性归还本金"],
           ["逾期利息", "逾期未还本金按年利率15%计收逾期利息"],
           ["担保方式", "丙方提供连带责任保证"],
           ["保证期间", "主债务履行期限届满之日起二年"],
           ["争议解决", "向甲方住所地人民法院起诉"]]),
    ("p", "甲方应于合同签订当日将借款转入乙方在重庆农村商业银行开立的基本账户。"),
    ("p", "甲方（签字）：谭德明    乙方（盖章）：重庆巴渝汽配有限公司    丙方（签字）：罗志刚"),
    ("p", "签订日期：2021年9月15日"),
    ("p", "——以下为甲方手写补记——"),
    ("p", "2022年9月20日 收到还款本金伍万元。谭德明"),
    ("p", "2024年5月20日 收到还款叁万元。谭德明"),
], {
    "fields": {"lender": "谭德明", "lender_kind": "natural_person", "borrower": "重庆巴渝汽配有限公司",
               "borrower_kind": "enterprise", "principal": "300000", "annual_rate": 0.15, "overdue_rate": 0.15,
               "penalty_rate": None, "contract_date": "2021-09-15", "start_date": "2021-09-15", "end_date": "2022-09-14",
               "repayment_method": "按月付息、到期还本", "dispute_method": "court", "guarantor": "罗志刚",
               "guarantee_type": "连带责任保证", "guarantee_period_months": 24},
    "findings": [], "as_of": AS_OF,
    "notes": "LPR on 2021-09-15 = 3.85% → cap 15.4%; 15% is under it, overdue 15% too. Due 2022-09-14 but the lender noted "
             "a payment on 2024-05-20: limitation restarts to 2027-05-20, not expired on 2026-12-01."})

# ---------------------------------------------------------------- hi05  UTF-8 TXT  三方居间, fee deducted at disbursement
add("hi05_juijian_sanfang_erya.txt", "utf8", """借款居间服务协议（三方）

甲方（出借人）：陈卫东    身份证号：51022619750*******
乙方（借款人）：黄丽      身份证号：50010819860*******
丙方（居间人）：重庆融通达信息咨询服务有限公司

鉴于乙方经丙方介绍向甲方借款，三方协商一致，订立本协议：
1. 借款金额：人民币贰拾万元整（200,000元）。
2. 借款期限：6个月，自2024年3月12日至2024年9月11日。
3. 利息：月息1.5%，到期时本息一次付清。
4. 居间服务费：乙方应向丙方支付居间服务费，为借款金额的10%即20,000元，由甲方在放款时从借款中直接扣除并代丙方收取。甲方实际转入乙方账户（工商银行尾号6632）人民币180,000元。
5. 逾期：乙方逾期还款的，逾期利息按月息2%计算；甲方为实现债权支付的律师费由乙方承担。
6. 担保：乙方以其名下位于重庆市南岸区XX路XX号X-X-X的房屋作第二顺位抵押（二押），签约后五个工作日内办理抵押登记。该房屋第一顺位抵押权人为中国XX银行重庆分行。
7. 本协议争议由甲方住所地人民法院管辖。

甲方（签字）：陈卫东     乙方（签字）：黄丽     丙方（盖章）：重庆融通达信息咨询服务有限公司
签订日期：2024年3月10日
""", {
    "fields": {"lender": "陈卫东", "lender_kind": "natural_person", "borrower": "黄丽", "borrower_kind": "natural_person",
               "principal": "200000", "amount_delivered": "180000", "annual_rate": 0.18, "overdue_rate": 0.24,
               "penalty_rate": None, "contract_date": "2024-03-10", "start_date": "2024-03-12", "end_date": "2024-09-11",
               "repayment_method": "到期一次性还本付息", "dispute_method": "court", "guarantor": None,
               "guarantee_type": None, "guarantee_period_months": None},
    "findings": ["rate_above_4x_lpr", "interest_deducted_upfront", "overdue_charges_above_cap"], "as_of": AS_OF,
    "notes": "LPR 2024-03-10 = 3.45% → cap 13.8%. 月息1.5% = 18% > cap; overdue 月息2% = 24% > cap. The 居间费 is taken "
             "out of the loan by the lender himself at disbursement → treated as 砍头息; delivered 180,000. 二押 by borrower: "
             "no guarantor."})

# ---------------------------------------------------------------- hi06  UTF-8 TXT  private 等额本息 with schedule, clean
add("hi06_yang_fu_huankuan_jihua.txt", "utf8", """借款合同（附还款计划表）

出借人：杨树林（身份证号5002251970********）
借款人：付明亮（身份证号5002251992********）
签订日期：2020年11月18日

一、借款金额：人民币陆万元整（60,000元），出借人于签订当日通过银行转账一次性支付给借款人。
二、借款期限：12个月，自2020年11月18日起至2021年11月18日止。
三、借款利率：月利率1%。
四、还款方式：等额本息，借款人于每月18日前按下表还款：

期数  还款日期      月供(元)   其中本金   其中利息   剩余本金
1     2020-12-18   5,330.93   4,730.93   600.00     55,269.07
2     2021-01-18   5,330.93   4,778.24   552.69     50,490.83
3     2021-02-18   5,330.93   4,826.02   504.91     45,664.81
4     2021-03-18   5,330.93   4,874.28   456.65     40,790.53
5     2021-04-18   5,330.93   4,923.02   407.91     35,867.51
6     2021-05-18   5,330.93   4,972.25   358.68     30,895.26
7     2021-06-18   5,330.93   5,021.98   308.95     25,873.28
8     2021-07-18   5,330.93   5,072.20   258.73     20,801.08
9     2021-08-18   5,330.93   5,122.92   208.01     15,678.16
10    2021-09-18   5,330.93   5,174.15   156.78     10,504.01
11    2021-10-18   5,330.93   5,225.89   105.04      5,278.12
12    2021-11-18   5,330.90   5,278.12    52.78          0.00
合计               63,971.13  60,000.00  3,971.13

五、逾期：任一期未按时足额还款的，逾期部分按日万分之四计收逾期利息。
六、争议：双方协商解决；协商不成的，向借款人住所地人民法院起诉。

出借人：杨树林（签字、手印）        借款人：付明亮（签字、手印）
""", {
    "fields": {"lender": "杨树林", "lender_kind": "natural_person", "borrower": "付明亮", "borrower_kind": "natural_person",
               "principal": "60000", "amount_delivered": "60000", "annual_rate": 0.12, "overdue_rate": 0.146,
               "penalty_rate": None, "contract_date": "2020-11-18", "start_date": "2020-11-18", "end_date": "2021-11-18",
               "repayment_method": "等额本息", "dispute_method": "court", "guarantor": None, "guarantee_type": None,
               "guarantee_period_months": None},
    "findings": [], "as_of": "2023-06-01",
    "notes": "Broker-bought file reviewed 2023-06-01. LPR 2020-11-18 = 3.85% → cap 15.4%; 12% and 万分之四/日 = 14.6% both "
             "under. Last instalment 2021-11-18 → limitation to 2024-11-18, open on as_of."})

# ---------------------------------------------------------------- hi07  DOCX table  委托贷款 through a bank
add("hi07_weituo_daikuan_bank.docx", "docx", [
    ("h", "委托贷款借款合同"),
    ("p", "合同编号：渝东农商万州委贷字2023第0031号"),
    ("p", "委托人：重庆恒禹实业有限公司"),
    ("p", "贷款人（受托人）：重庆渝东农村商业银行股份有限公司万州支行"),
    ("p", "借款人：重庆万兴建材有限公司"),
    ("p", "根据委托人与贷款人签订的《委托贷款委托合同》，贷款人受委托人委托，向借款人发放委托贷款。贷款风险由委托人承担，贷款人仅收取手续费，不承担贷款风险。"),
    ("t", [["条款", "内容"],
           ["贷款金额", "人民币伍佰万元整（5,000,000.00元）"],
           ["贷款期限", "自2023年3月1日起至2024年2月28日止"],
           ["贷款利率", "固定年利率8%"],
           ["结息及还款", "按季结息，结息日为每季末月20日；到期一次性归还本金"],
           ["逾期罚息", "在本合同约定利率基础上加收50%"],
           ["担保", "重庆鑫源置业有限公司提供连带责任保证，另签《保证合同》（附该公司股东会决议）"],
           ["保证期间", "主债务履行期限届满之日起三年"],
           ["争议解决", "向贷款人所在地人民法院起诉"]]),
    ("p", "借款人承诺按约定用途使用贷款，不得用于股本权益性投资及国家禁止生产、经营的领域。"),
    ("p", "委托人（盖章）：重庆恒禹实业有限公司"),
    ("p", "贷款人（盖章）：重庆渝东农村商业银行股份有限公司万州支行"),
    ("p", "借款人（盖章）：重庆万兴建材有限公司"),
    ("p", "签订日期：2023年3月1日"),
], {
    "fields": {"lender": "重庆恒禹实业有限公司", "lender_kind": "enterprise",
               "borrower": "重庆万兴建材有限公司", "borrower_kind": "enterprise", "principal": "5000000",
               "annual_rate": 0.08, "overdue_rate": 0.12, "penalty_rate": None, "contract_date": "2023-03-01",
               "start_date": "2023-03-01", "end_date": "2024-02-28", "repayment_method": "按季付息、到期还本",
               "dispute_method": "court", "guarantor": "重庆鑫源置业有限公司", "guarantee_type": "连带责任保证",
               "guarantee_period_months": 36},
    "findings": [], "as_of": AS_OF,
    "notes": "HARD CALL: in a 委托贷款 the contract names the bank as 贷款人 (受托人); gold takes the bank as lender "
             "(licensed, 银行). The economic lender is the 委托人 (an ordinary company). Overdue 8% × 1.5 = 12%."})

# ---------------------------------------------------------------- hi08  GB18030 TXT  欠条, 无息, 违约金20%
add("hi08_qiantiao_mou_gbk.txt", "gb18030", """欠  条

今欠到吴德全人民币叁万捌仟元整（38000.00元），系本人2019年向其借款及货款结算后所欠，不计利息。
本人保证于2020年6月30日前全部还清，如到期未还，按欠款总额的20%支付违约金。

欠款人：牟小平（手印）
身份证：50038419**********
2019年10月8日

2021年2月10日 已还伍仟元   吴德全（签）
""", {
    "fields": {"lender": "吴德全", "lender_kind": "natural_person", "borrower": "牟小平", "borrower_kind": "natural_person",
               "principal": "38000", "annual_rate": 0, "overdue_rate": None, "contract_date": "2019-10-08",
               "end_date": "2020-06-30", "dispute_method": None, "guarantor": None, "guarantee_type": None,
               "guarantee_period_months": None},
    "findings": ["no_overdue_rate_agreed", "limitation_period_expired"], "as_of": AS_OF,
    "notes": "不计利息 is an agreed zero, not a missing term: no no_interest_agreed. The 20% 违约金 is a lump share, "
             "not a rate, so penalty_rate is left out and no overdue_charges_above_cap. Last payment 2021-02-10 → "
             "limitation ended 2024-02-10. start_date and repayment_method left out (欠条 after settlement, no interest)."})

# ---------------------------------------------------------------- hi09  UTF-8 TXT  展期协议 after default, 小贷
add("hi09_zhanqi_jiang.txt", "utf8", """借款展期协议
协议编号：YXD-ZQ-2023-0156
原借款合同编号：YXD-JK-2021-0982

贷款人（甲方）：重庆渝兴小额贷款有限公司
借款人（乙方）：蒋代明    身份证号：5002311985********
保证人（丙方）：蒋代红    身份证号：5002311982********（乙方之姐）

鉴于：乙方于2021年5月10日与甲方签订原借款合同，借款本金人民币壹拾万元整，到期日为2023年5月9日。截至2023年5月9日，乙方尚欠本金肆万伍仟元整，利息已结清。乙方因经营困难申请展期，经甲方审批同意，各方达成如下协议：

一、展期金额：人民币肆万伍仟元整（45,000元）。
二、展期期限：自2023年5月10日起至2024年5月9日止。
三、展期利率：月利率1.5%；按月付息，每月10日付息，到期一次性归还本金。
四、逾期罚息：展期到期未还或未按期付息的，按展期利率上浮50%计收罚息。
五、丙方同意继续为乙方在原借款合同及本展期协议项下的全部债务承担连带责任保证，保证期间为展期期限届满之日起两年。
六、除本协议变更的内容外，原借款合同其他条款（含争议解决条款）继续有效。

甲方（盖章）：重庆渝兴小额贷款有限公司
乙方（签字）：蒋代明        丙方（签字）：蒋代红
签订日期：2023年5月8日
""", {
    "fields": {"lender": "重庆渝兴小额贷款有限公司", "lender_kind": "licensed_lender", "borrower": "蒋代明",
               "borrower_kind": "natural_person", "principal": "45000", "annual_rate": 0.18, "overdue_rate": 0.27,
               "penalty_rate": None, "contract_date": "2023-05-08", "start_date": "2023-05-10", "end_date": "2024-05-09",
               "repayment_method": "按月付息、到期还本", "guarantor": "蒋代红", "guarantee_type": "连带责任保证",
               "guarantee_period_months": 24},
    "findings": ["cap_not_applicable_licensed_lender"], "as_of": AS_OF,
    "notes": "Principal = the extended amount 45,000 (not the original 100,000). Overdue 18% × 1.5 = 27%. Dispute clause "
             "only by reference to the original contract: dispute_method left out."})

# ---------------------------------------------------------------- hi10  UTF-8 TXT  债务重组, interest rolled into principal
add("hi10_zhaiwu_chongzu_dingsheng.txt", "utf8", """债务重组及还款协议

甲方（债权人）：重庆鼎盛投资咨询有限公司
乙方（债务人）：罗世伟    身份证号：5001131983********

一、债务确认：截至2022年8月31日，乙方尚欠甲方借款本金壹拾伍万元（150,000元）及利息叁万陆仟元（36,000元），本息合计壹拾捌万陆仟元（186,000元）。
二、双方同意将上述本息合计186,000元转为新的借款本金，自2022年9月1日起按年利率12%计息。
三、还款安排：乙方自2022年10月起分12期还款，每月1日前还款16,530元（最后一期按实际结清），2023年8月31日前还清全部本息。
四、逾期：任何一期逾期的，逾期部分按年利率18%计收罚息，并按逾期金额每日万分之三支付违约金；甲方有权宣布剩余款项全部提前到期。
五、争议解决：向甲方所在地人民法院起诉。
六、本协议自双方签字盖章之日起生效，原借款合同与本协议不一致的，以本协议为准。

甲方（盖章）：重庆鼎盛投资咨询有限公司
乙方（签字并捺印）：罗世伟
2022年9月1日
""", {
    "fields": {"lender": "重庆鼎盛投资咨询有限公司", "lender_kind": "enterprise", "borrower": "罗世伟",
               "borrower_kind": "natural_person", "principal": "186000", "annual_rate": 0.12, "overdue_rate": 0.18,
               "penalty_rate": 0.1095, "contract_date": "2022-09-01", "start_date": "2022-09-01",
               "end_date": "2023-08-31", "repayment_method": "分期还款", "dispute_method": "court", "guarantor": None,
               "guarantee_type": None, "guarantee_period_months": None},
    "findings": ["compound_interest_restated", "overdue_charges_above_cap"], "as_of": "2025-10-15",
    "notes": "Not a licensed lender (投资咨询). LPR 2022-09-01 = 3.65% → cap 14.6%; 12% under, but overdue 18% + 万分之三/日 "
             "10.95% = 28.95% over. Monthly fixed instalments with interest → 分期还款 (not stated as 等额本息). "
             "as_of 2025-10-15 (before limitation end 2026-08-31)."})

# ---------------------------------------------------------------- hi11  DOCX table  房抵 二押, 夫妻, guarantor without type/period
add("hi11_fangdi_erya_jinfoshan.docx", "docx", [
    ("h", "房产抵押借款合同"),
    ("p", "编号：JFS-FD-2024-0815-02"),
    ("p", "贷款人（甲方）：重庆金佛山小额贷款有限公司"),
    ("p", "借款人（乙方）：王建华、陈小英（夫妻，共同借款人，对本合同项下债务承担连带清偿责任）"),
    ("p", "保证人（丙方）：王磊（乙方之子），身份证号：5001191996********"),
    ("t", [["借款金额", "人民币伍拾万元整", "¥500,000.00"],
           ["借款期限", "2024年8月16日至2025年8月15日", "12个月"],
           ["借款利率", "月利率1%", "按月付息"],
           ["还款方式", "按月付息，到期一次性还本", ""],
           ["逾期罚息", "在借款利率基础上上浮50%", ""],
           ["抵押物", "重庆市南川区东城街道XX路XX号X幢X-X（不动产权证号：渝(2019)南川区不动产权第00*****号）", "第二顺位（二押），一押为XX银行按揭"]]),
    ("p", "第五条 担保：乙方以上表所列房产提供第二顺位抵押担保，并于放款前办理抵押登记。丙方自愿为本合同项下借款提供保证担保。"),
    ("p", "第八条 争议解决：因本合同引起的争议，提交重庆仲裁委员会仲裁，仲裁裁决是终局的。"),
    ("p", "甲方（盖章）：重庆金佛山小额贷款有限公司"),
    ("p", "乙方（签字）：王建华  陈小英        丙方（签字）：王磊"),
    ("p", "签订日期：2024年8月15日"),
], {
    "fields": {"lender": "重庆金佛山小额贷款有限公司", "lender_kind": "licensed_lender", "borrower_kind": "natural_person",
               "principal": "500000", "annual_rate": 0.12, "overdue_rate": 0.18, "penalty_rate": None,
               "contract_date": "2024-08-15", "start_date": "2024-08-16", "end_date": "2025-08-15",
               "repayment_method": "按月付息、到期还本", "dispute_method": "arbitration", "guarantor": "王磊",
               "guarantee_type": "unspecified", "guarantee_period_months": None},
    "findings": ["cap_not_applicable_licensed_lender", "guarantee_type_defaults_to_general",
                 "guarantee_period_defaults_to_6_months"], "as_of": AS_OF,
    "notes": "Two borrowers → borrower left out. 丙方 gives 保证担保 with no type and no period (after 2021-01-01) → both "
             "default findings. Key terms in a 3-column table."})

# ---------------------------------------------------------------- hi12  UTF-8 TXT  典当 (car)
add("hi12_diandang_chaotianmen.txt", "utf8", """典当合同（机动车质押）            当票号：CT2024-0015

典当行：重庆市朝天门典当有限责任公司
当户：邱国强    身份证号：5001031977********    电话：136********

当物：小型轿车一辆，号牌渝A·3F8**，丰田凯美瑞，初次登记2019年；评估价人民币180,000元。当物由典当行保管，机动车登记证书原件一并交典当行。
当金：人民币壹拾万元整（100,000元），典当行于签约当日一次性足额发放，不预扣任何费用。
典当期限：2024年1月5日至2024年3月4日（两个月）。
当金利率：月利率0.5%。
综合费用：月综合费率2.4%（含保管费、保险费等），与利息一并于赎当或续当时收取。
赎当：当户应于典当期限届满之日前一次性偿还当金，并支付利息和综合费用。
绝当：典当期限届满后五日内当户既不赎当也不续当的，为绝当，典当行可依法处分当物。
争议解决：双方发生争议的，可向典当行所在地人民法院起诉。

典当行（盖章）：重庆市朝天门典当有限责任公司      当户（签字）：邱国强
日期：2024年1月5日
""", {
    "fields": {"lender": "重庆市朝天门典当有限责任公司", "lender_kind": "licensed_lender", "borrower": "邱国强",
               "borrower_kind": "natural_person", "principal": "100000", "amount_delivered": "100000",
               "annual_rate": 0.06, "overdue_rate": None, "penalty_rate": None, "contract_date": "2024-01-05",
               "start_date": "2024-01-05", "end_date": "2024-03-04", "repayment_method": "到期一次性还本付息",
               "dispute_method": "court", "guarantor": None, "guarantee_type": None, "guarantee_period_months": None},
    "findings": ["cap_not_applicable_licensed_lender"], "as_of": AS_OF,
    "notes": "annual_rate = 当金利率 0.5%/month only; the 2.4%/month 综合费用 is a regulated 典当 fee, kept out of the rate. "
             "Nothing deducted. No overdue rate, but no_overdue_rate_agreed is private-lending only."})

# ---------------------------------------------------------------- hi13  UTF-8 TXT  company guarantor with 股东会决议, private lender
add("hi13_baozheng_hetong_chuandong.txt", "utf8", """保证合同
编号：TX-BZ-2025-007

债权人（甲方）：重庆同心供应链管理有限公司
保证人（乙方）：重庆川东物流有限公司    法定代表人：邹建平

鉴于甲方与债务人刘长江（身份证号5001121979********）于2025年2月20日签订编号为TX-JK-2025-007的《借款合同》（下称主合同），为担保主合同项下债务的履行，乙方愿意提供保证。主合同主要内容如下：
  借款本金：人民币捌拾万元整（800,000元）；
  借款期限：2025年2月20日至2026年2月19日；
  借款利率：年利率10%；按月付息，到期还本；
  逾期利率：年利率12%。

第一条 保证方式：乙方提供连带责任保证。
第二条 保证范围：主合同项下借款本金、利息、逾期利息及甲方实现债权的费用。
第三条 保证期间：主合同约定的债务履行期限届满之日起三年。
第四条 乙方已提交经其股东会审议通过的同意提供本担保的决议（见附件）。
第五条 争议解决：向甲方住所地人民法院起诉。

甲方（盖章）：重庆同心供应链管理有限公司
乙方（盖章）：重庆川东物流有限公司    法定代表人（签字）：邹建平
签订日期：2025年2月20日

附件：
重庆川东物流有限公司股东会决议
会议时间：2025年2月18日    地点：公司会议室
应到股东3名，实到股东3名，代表100%表决权。经全体股东一致同意，决议如下：
同意本公司为刘长江向重庆同心供应链管理有限公司的80万元借款提供连带责任保证担保。
股东签字：邹建平  邹建国  谢文兰
""", {
    "fields": {"lender": "重庆同心供应链管理有限公司", "lender_kind": "enterprise", "borrower": "刘长江",
               "borrower_kind": "natural_person", "principal": "800000", "annual_rate": 0.10, "overdue_rate": 0.12,
               "penalty_rate": None, "contract_date": "2025-02-20", "start_date": "2025-02-20", "end_date": "2026-02-19",
               "repayment_method": "按月付息、到期还本", "dispute_method": "court", "guarantor": "重庆川东物流有限公司",
               "guarantee_type": "连带责任保证", "guarantee_period_months": 36},
    "findings": [], "as_of": AS_OF,
    "notes": "A guarantee contract that restates the main loan. 供应链管理 is not a licensed type. LPR 2025-02-20 = 3.10% → "
             "cap 12.4%; 10% and 12% both under."})

# ---------------------------------------------------------------- hi14  UTF-8 TXT  借条 每万元每天5元, guarantor signature only
add("hi14_jietiao_wanyuan_meitian.txt", "utf8", """借  条

今天借到彭大贵现金贰万元整（20000元），利息每万元每天5元，按月结息，2024年5月1号前把本钱还清。钱是现金给的，当面点清楚了。

借款人：曾小兵（手印）
身份证：50022619**********
担保人：王朝伟（签字）
2023.11.2
""", {
    "fields": {"lender": "彭大贵", "lender_kind": "natural_person", "borrower": "曾小兵", "borrower_kind": "natural_person",
               "principal": "20000", "amount_delivered": "20000", "annual_rate": 0.1825, "overdue_rate": None,
               "penalty_rate": None, "contract_date": "2023-11-02", "start_date": "2023-11-02", "end_date": "2024-05-01",
               "repayment_method": "按月付息、到期还本", "dispute_method": None, "guarantor": "王朝伟",
               "guarantee_type": "unspecified", "guarantee_period_months": None},
    "findings": ["rate_above_4x_lpr", "no_overdue_rate_agreed", "guarantee_type_defaults_to_general",
                 "guarantee_period_defaults_to_6_months"], "as_of": AS_OF,
    "notes": "5元/万元/天 = 0.05%/day × 365 = 18.25%; LPR 2023-11-02 = 3.45% → cap 13.8%. 担保人 signs with no type or "
             "period → both defaults."})

# ---------------------------------------------------------------- hi15  GB18030 TXT  2017 企业间借贷, arbitration, demand letter
add("hi15_qiye_jiedai_2017_gbk.txt", "gb18030", """借款协议

出借方（甲方）：重庆嘉陵江贸易有限公司
借款方（乙方）：重庆永川区鸿运陶瓷有限公司
保证人（丙方）：刘永红（乙方股东）

一、甲方向乙方出借人民币壹佰万元整（1,000,000元），用于乙方临时资金周转。
二、借款期限自2017年7月1日起至2018年6月30日止。
三、借款年利率15%，按季付息，每季度末月25日付息，到期归还本金。
四、乙方逾期归还本金的，按每日万分之五计收逾期利息。
五、丙方对乙方的上述债务承担连带责任保证，保证期间为借款到期之日起两年。
六、因本协议发生争议的，提交重庆仲裁委员会仲裁。

甲方（盖章）：重庆嘉陵江贸易有限公司
乙方（盖章）：重庆永川区鸿运陶瓷有限公司
丙方（签字）：刘永红
2017年7月1日

备注（甲方财务手写）：2020年12月10日 甲方向乙方邮寄《催款通知书》，乙方签收。
""", {
    "fields": {"lender": "重庆嘉陵江贸易有限公司", "lender_kind": "enterprise", "borrower": "重庆永川区鸿运陶瓷有限公司",
               "borrower_kind": "enterprise", "principal": "1000000", "annual_rate": 0.15, "overdue_rate": 0.1825,
               "penalty_rate": None, "contract_date": "2017-07-01", "start_date": "2017-07-01", "end_date": "2018-06-30",
               "repayment_method": "按季付息、到期还本", "dispute_method": "arbitration", "guarantor": "刘永红",
               "guarantee_type": "连带责任保证", "guarantee_period_months": 24},
    "findings": ["pre_lpr_rate_rules", "limitation_period_expired"], "as_of": AS_OF,
    "notes": "2017 contract: 24/36 rules. Due 2018-06-30; demand received 2020-12-10 restarts limitation to 2023-12-10, "
             "still expired by 2026-12-01. Guarantee given 2017 with stated type and period: no default findings."})

# ---------------------------------------------------------------- hi16  DOCX table  小贷 经营贷, 每万元每日4元, 会员费, 等额本金
add("hi16_jingyingdai_zhangji.docx", "docx", [
    ("h", "个人经营性借款合同"),
    ("p", "合同编号：YXD-JY-20250903-118"),
    ("p", "贷款人：重庆渝兴小额贷款有限公司"),
    ("p", "借款人：张德兵（张记面馆经营者），身份证号：5001061987********"),
    ("p", "保证人：重庆渝兴融资担保有限公司"),
    ("p", "借款主要要素："),
    ("t", [["序号", "要素", "内容"],
           ["1", "借款金额", "150,000.00元（壹拾伍万元整）"],
           ["2", "借款期限", "36个月：2025年9月5日至2028年9月4日"],
           ["3", "利率", "每万元每日4元（按日计息）"],
           ["4", "还款方式", "等额本金，每月5日还款"],
           ["5", "平台会员服务费", "每月按借款本金的0.3%收取，随每期还款支付（由会员服务商收取）"],
           ["6", "逾期罚息", "按逾期本金每日万分之六"],
           ["7", "担保方式", "保证人承担连带责任保证"],
           ["8", "保证期间", "主债务履行期限届满之日起二年"],
           ["9", "争议解决", "可向重庆仲裁委员会申请仲裁，也可向贷款人住所地人民法院起诉"]]),
    ("p", "借款人确认上述要素已经贷款人工作人员逐项说明。"),
    ("p", "贷款人（盖章）：重庆渝兴小额贷款有限公司    借款人（签字）：张德兵    保证人（盖章）：重庆渝兴融资担保有限公司"),
    ("p", "签订日期：2025年9月3日"),
], {
    "fields": {"lender": "重庆渝兴小额贷款有限公司", "lender_kind": "licensed_lender", "borrower": "张德兵",
               "borrower_kind": "natural_person", "principal": "150000", "annual_rate": 0.146, "overdue_rate": 0.219,
               "penalty_rate": None, "contract_date": "2025-09-03", "start_date": "2025-09-05", "end_date": "2028-09-04",
               "repayment_method": "等额本金", "dispute_method": "court_or_arbitration",
               "guarantor": "重庆渝兴融资担保有限公司", "guarantee_type": "连带责任保证", "guarantee_period_months": 24},
    "findings": ["cap_not_applicable_licensed_lender"], "as_of": AS_OF,
    "notes": "4元/万元/日 = 0.04%/day × 365 = 14.6%. 会员费 0.3%/month is a fee (3.6%/yr), not in annual_rate. 或裁或诉 "
             "clause → court_or_arbitration. Borrower runs a 面馆 but signs as a person."})

# ---------------------------------------------------------------- hi17  UTF-8 TXT  借条 interest-free with daily 违约金
add("hi17_jietiao_wuxi_weiyuejin.txt", "utf8", """借条
今借到胡春燕人民币壹万元整（10000元），不要利息。我保证在2021年12月31日前还清。如果逾期不还，每天按欠款的千分之二付违约金。

借款人：胡小川
2021年6月15日
""", {
    "fields": {"lender": "胡春燕", "lender_kind": "natural_person", "borrower": "胡小川", "borrower_kind": "natural_person",
               "principal": "10000", "annual_rate": 0, "overdue_rate": None, "penalty_rate": 0.73,
               "contract_date": "2021-06-15", "start_date": "2021-06-15", "end_date": "2021-12-31",
               "dispute_method": None, "guarantor": None, "guarantee_type": None, "guarantee_period_months": None},
    "findings": ["overdue_charges_above_cap", "no_overdue_rate_agreed", "limitation_period_expired"], "as_of": AS_OF,
    "notes": "Interest-free (agreed zero). 千分之二/日 × 365 = 73% 违约金 > cap 15.4% (LPR 3.85%). HARD CALL: there is a "
             "违约金 but no 逾期利率 → no_overdue_rate_agreed kept (title literally fits). Due 2021-12-31 → expired 2024-12-31. "
             "repayment_method left out (no interest)."})

# ---------------------------------------------------------------- hi18  UTF-8 TXT  private 等额本金 schedule, just under cap
add("hi18_zheng_gong_dengebenjin.txt", "utf8", """借款协议书

出借人（甲方）：郑国平，住重庆市万州区XX路XX号
借款人（乙方）：龚敏，住重庆市万州区XX街XX号

1、乙方向甲方借款人民币叁万陆仟元整（36,000元），借款期限十二个月，自2020年5月10日至2021年5月10日。
2、借款月利率1.2%，按剩余本金计息。
3、还款方式：等额本金，每月10日还本金3,000元并付当期利息。还款明细：
   第1期 2020.6.10  本金3000 利息432.00 合计3432.00
   第2期 2020.7.10  本金3000 利息396.00 合计3396.00
   第3期 2020.8.10  本金3000 利息360.00 合计3360.00
   第4期 2020.9.10  本金3000 利息324.00 合计3324.00
   第5期 2020.10.10 本金3000 利息288.00 合计3288.00
   第6期 2020.11.10 本金3000 利息252.00 合计3252.00
   第7期 2020.12.10 本金3000 利息216.00 合计3216.00
   第8期 2021.1.10  本金3000 利息180.00 合计3180.00
   第9期 2021.2.10  本金3000 利息144.00 合计3144.00
   第10期 2021.3.10 本金3000 利息108.00 合计3108.00
   第11期 2021.4.10 本金3000 利息72.00  合计3072.00
   第12期 2021.5.10 本金3000 利息36.00  合计3036.00
4、逾期未还的部分，按月利率1.25%计收逾期利息。
5、发生纠纷，向甲方住所地人民法院起诉。

甲方：郑国平        乙方：龚敏
二〇二〇年五月十日
""", {
    "fields": {"lender": "郑国平", "lender_kind": "natural_person", "borrower": "龚敏", "borrower_kind": "natural_person",
               "principal": "36000", "annual_rate": 0.144, "overdue_rate": 0.15, "penalty_rate": None,
               "contract_date": "2020-05-10", "start_date": "2020-05-10", "end_date": "2021-05-10",
               "repayment_method": "等额本金", "dispute_method": "court", "guarantor": None, "guarantee_type": None,
               "guarantee_period_months": None},
    "findings": [], "as_of": "2023-09-01",
    "notes": "Contract date 2020-05-10 is after the first LPR (LPR 3.85% → cap 15.4%) though before 2020-08-20. 14.4% and "
             "15% are both under. Date written in 大写 (二〇二〇年五月十日). as_of 2023-09-01 (file bought then)."})

# ---------------------------------------------------------------- hi19  DOCX table  车辆抵押合同, private, vehicle table
add("hi19_cheliang_diya_jiang.docx", "docx", [
    ("h", "车辆抵押借款合同"),
    ("p", "出借人（抵押权人，甲方）：蒋国富，身份证号：5002341968********"),
    ("p", "借款人（抵押人，乙方）：谭雪梅，身份证号：5002341990********"),
    ("p", "一、借款：甲方向乙方出借人民币壹拾贰万元整（120,000元），借款期限自2026年1月8日至2027年1月7日，年利率9%，按月付息，到期还本。"),
    ("p", "二、逾期：乙方逾期还款的，逾期部分按年利率11%计收逾期利息。"),
    ("p", "三、抵押物：乙方以其所有的下列车辆为上述借款提供抵押担保，双方于2026年1月9日前到重庆市公安局交通管理局车辆管理所办理抵押登记："),
    ("t", [["号牌号码", "渝D·5M6**"],
           ["车辆品牌型号", "比亚迪宋PLUS DM-i"],
           ["车辆识别代号", "LGXCE4CB0N0******"],
           ["机动车登记证书编号", "500009******"],
           ["初次登记日期", "2023年4月"],
           ["评估价值", "人民币135,000元"],
           ["抵押登记", "已登记（抵押权人：蒋国富）"]]),
    ("p", "四、抵押期间乙方可继续使用车辆，但不得转让、出租或重复抵押。"),
    ("p", "五、争议解决：向甲方住所地人民法院起诉。"),
    ("p", "甲方（签字）：蒋国富        乙方（签字）：谭雪梅"),
    ("p", "2026年1月8日"),
], {
    "fields": {"lender": "蒋国富", "lender_kind": "natural_person", "borrower": "谭雪梅", "borrower_kind": "natural_person",
               "principal": "120000", "annual_rate": 0.09, "overdue_rate": 0.11, "penalty_rate": None,
               "contract_date": "2026-01-08", "start_date": "2026-01-08", "end_date": "2027-01-07",
               "repayment_method": "按月付息、到期还本", "dispute_method": "court", "guarantor": None,
               "guarantee_type": None, "guarantee_period_months": None},
    "findings": [], "as_of": AS_OF,
    "notes": "Borrower mortgages her own car: no guarantor. Latest LPR in the shipped table 3.00% → cap 12%; 9% and 11% "
             "under (an LPR-data staleness warning may be attached to nothing, since no LPR finding fires)."})

# ---------------------------------------------------------------- hi20  UTF-8 TXT  夫妻借款, guarantor by role only, 一般保证 wording
add("hi20_jiekuan_xieyi_ma_tian.txt", "utf8", """借款协议

出借人：冉正刚
借款人：马德军、田秀英（夫妻）

今借款人因装修房子向出借人借款人民币捌万元整（80000元），年息1分，借期一年，从2022年12月1日起到2023年11月30日止，到期本息一起还。
借款人父亲愿意担保，借款人到期还不起的，由担保人还。

借款人签字：马德军  田秀英
担保人签字：（字迹潦草，无法辨认）
2022年12月1日
""", {
    "fields": {"lender": "冉正刚", "lender_kind": "natural_person", "borrower_kind": "natural_person",
               "principal": "80000", "annual_rate": 0.10, "overdue_rate": None, "penalty_rate": None,
               "contract_date": "2022-12-01", "start_date": "2022-12-01", "end_date": "2023-11-30",
               "repayment_method": "到期一次性还本付息", "dispute_method": None, "guarantee_type": "一般保证",
               "guarantee_period_months": None},
    "findings": ["no_overdue_rate_agreed", "guarantee_period_defaults_to_6_months", "limitation_period_expired"],
    "as_of": "2026-12-03",
    "notes": "年息1分 = 10%/yr. Two borrowers and a guarantor named only by role (借款人父亲, illegible signature): borrower "
             "and guarantor left out. HARD CALL: '借款人到期还不起的，由担保人还' = 债务人不能履行时才承担 → 一般保证 "
             "(担保制度解释 第25条), so no type-default finding; period missing → 6-month default. Due 2023-11-30 → "
             "limitation ends 2026-11-30; as_of 2026-12-03 is just past it."})

# ---------------------------------------------------------------- hi21  DOCX table  unlicensed car-service lender, fees push it over
add("hi21_cheyirong_fuwufei.docx", "docx", [
    ("h", "汽车抵押借款合同"),
    ("p", "合同编号：CYR-2024-1120-016"),
    ("p", "出借人（甲方）：重庆车易融汽车服务有限公司"),
    ("p", "借款人（乙方）：冯志强，身份证号：5002271989********"),
    ("p", "第一条 借款及费用"),
    ("t", [["项目", "金额/标准", "说明"],
           ["借款本金", "50,000.00元", "全额转入乙方账户"],
           ["借款利息", "月利率0.8%", "按等额本息计算"],
           ["账户管理服务费", "每月按借款本金的0.5%", "每期随月供一并支付给甲方"],
           ["GPS安装费", "800元/次", "乙方另行支付给安装商，不从本金扣除"],
           ["借款期限", "12期", "2024年11月20日至2025年11月19日"],
           ["还款方式", "等额本息", "每月20日"]]),
    ("p", "第二条 逾期：乙方任一期逾期的，按逾期金额每日万分之五计收罚息；逾期超过30日的，甲方有权收回车辆，停车费、拖车费由乙方承担。"),
    ("p", "第三条 抵押：乙方以其名下车辆（渝A·9Q1**，哈弗H6）为本合同项下全部债务提供抵押，并办理抵押登记。"),
    ("p", "第四条 争议由甲方住所地人民法院管辖。"),
    ("p", "甲方（盖章）：重庆车易融汽车服务有限公司      乙方（签字）：冯志强"),
    ("p", "签订日期：2024年11月20日"),
], {
    "fields": {"lender": "重庆车易融汽车服务有限公司", "lender_kind": "enterprise", "borrower": "冯志强",
               "borrower_kind": "natural_person", "principal": "50000", "amount_delivered": "50000",
               "annual_rate": 0.096, "overdue_rate": 0.1825, "penalty_rate": None, "contract_date": "2024-11-20",
               "start_date": "2024-11-20", "end_date": "2025-11-19", "repayment_method": "等额本息",
               "dispute_method": "court", "guarantor": None, "guarantee_type": None, "guarantee_period_months": None},
    "findings": ["rate_above_4x_lpr", "overdue_charges_above_cap"], "as_of": AS_OF,
    "notes": "HARD CALL: not a licensed lender (汽车服务 ≠ 汽车金融). LPR 2024-11-20 = 3.10% → cap 12.4%. Interest alone "
             "9.6% is under; with the lender's own monthly 0.5% 服务费 (6%/yr) the cost is 15.6% → rate_above_4x_lpr. "
             "annual_rate gold = the stated interest 9.6%. Overdue 18.25% > cap."})

# ---------------------------------------------------------------- hi22  UTF-8 TXT  clickwrap, 会员费 deducted at disbursement
add("hi22_rongxin_huiyuanfei.txt", "utf8", """融鑫借 · 借款合同（电子版）
合同编号：RX20250318-557102

贷款人：重庆两江新区融鑫小额贷款有限公司
借款人：邹丽    证件号码：500112199*******2X    注册手机：186****0375
担保人：重庆融鑫融资担保有限公司

【借款信息】
借款金额：30,000.00元
借款期数：12期（2025-03-18 至 2026-03-17）
年化利率（单利）：18.00%
还款方式：等额本息（每月18日自动扣款）
到账金额：28,500.00元（已扣除会员服务费1,500.00元）

【会员服务】借款人自愿开通“融鑫尊享会员”，会员费1,500元于放款时从借款金额中一次性扣收。

【逾期】逾期的，按逾期本息每日0.05%计收罚息。
【担保】担保人提供连带责任保证，保证期间为主债务履行期限届满之日起三年；借款人按月向担保人支付担保费（已计入年化利率）。
【争议】向贷款人住所地人民法院起诉。

借款人已通过人脸识别确认签署    2025-03-18 10:42:31
""", {
    "fields": {"lender": "重庆两江新区融鑫小额贷款有限公司", "lender_kind": "licensed_lender", "borrower": "邹丽",
               "borrower_kind": "natural_person", "principal": "30000", "amount_delivered": "28500",
               "annual_rate": 0.18, "overdue_rate": 0.1825, "penalty_rate": None, "contract_date": "2025-03-18",
               "start_date": "2025-03-18", "end_date": "2026-03-17", "repayment_method": "等额本息",
               "dispute_method": "court", "guarantor": "重庆融鑫融资担保有限公司", "guarantee_type": "连带责任保证",
               "guarantee_period_months": 36},
    "findings": ["cap_not_applicable_licensed_lender", "interest_deducted_upfront"], "as_of": AS_OF,
    "notes": "会员费 taken out of the loan at disbursement → 28,500 delivered; the upfront-deduction rule applies to any lender."})

# ---------------------------------------------------------------- hi23  UTF-8 TXT  借条 大写 ≠ 小写, transfer note, WeChat demand
add("hi23_jietiao_daxie_xiaoxie.txt", "utf8", """借条

今借到向志明人民币壹拾伍万元整（小写：105000元），月息1.5分，半年后即2019年11月5日前本息一次还清。

借款人：秦大勇
身份证号：5002401984********
2019年5月6日

注（出借人补记）：该款已于2019年5月6日通过工商银行转账150,000元至借款人账户（尾号0918），转账凭证附后。
2022年10月9日 微信催收，秦大勇回复：“晓得了，年底前想办法还。”（截图附后）
""", {
    "fields": {"lender": "向志明", "lender_kind": "natural_person", "borrower": "秦大勇", "borrower_kind": "natural_person",
               "principal": "150000", "amount_delivered": "150000", "annual_rate": 0.18, "overdue_rate": None,
               "penalty_rate": None, "contract_date": "2019-05-06", "start_date": "2019-05-06", "end_date": "2019-11-05",
               "repayment_method": "到期一次性还本付息", "dispute_method": None, "guarantor": None,
               "guarantee_type": None, "guarantee_period_months": None},
    "findings": ["pre_lpr_rate_rules", "no_overdue_rate_agreed"], "as_of": "2025-06-30",
    "notes": "HARD CALL: 大写 壹拾伍万 vs 小写 105000; the transfer note confirms 150,000 → principal 150000. 月息1.5分 = "
             "1.5%/month = 18%. Before 2019-08-20. Demand/acknowledgement 2022-10-09 restarts limitation to 2025-10-09; "
             "as_of 2025-06-30 → not expired."})

# ---------------------------------------------------------------- hi24  DOCX (paragraphs only)  person → 经营部, clean
add("hi24_jiekuan_fuchunsheng_jingyingbu.docx", "docx", [
    ("h", "借款合同"),
    ("p", "出借人：杜春生，身份证号5001071966********"),
    ("p", "借款人：重庆市九龙坡区冉记副食经营部（经营者：冉小琴）"),
    ("p", "保证人：冉小琴，身份证号5001071978********"),
    ("p", "第一条 借款金额为人民币贰拾万元整（¥200,000元），出借人于2021年3月8日转入借款人账户。"),
    ("p", "第二条 借款期限为一年，自2021年3月8日起至2022年3月7日止。"),
    ("p", "第三条 借款年利率为12%，借款人每月8日前支付当月利息，到期一次性归还本金。"),
    ("p", "第四条 借款人逾期还款的，逾期部分按年利率15%计付逾期利息。"),
    ("p", "第五条 保证人对本合同项下全部债务承担连带责任保证，保证期间为主债务履行期限届满之日起两年。"),
    ("p", "第六条 本合同履行中发生争议，由出借人住所地人民法院管辖。"),
    ("p", "出借人：杜春生（签字）    借款人：重庆市九龙坡区冉记副食经营部（盖章）    保证人：冉小琴（签字）"),
    ("p", "二〇二一年三月八日"),
], {
    "fields": {"lender": "杜春生", "lender_kind": "natural_person", "borrower": "重庆市九龙坡区冉记副食经营部",
               "borrower_kind": "enterprise", "principal": "200000", "amount_delivered": "200000", "annual_rate": 0.12,
               "overdue_rate": 0.15, "penalty_rate": None, "contract_date": "2021-03-08", "start_date": "2021-03-08",
               "end_date": "2022-03-07", "repayment_method": "按月付息、到期还本", "dispute_method": "court",
               "guarantor": "冉小琴", "guarantee_type": "连带责任保证", "guarantee_period_months": 24},
    "findings": [], "as_of": "2024-12-15",
    "notes": "LPR 2021-03-08 = 3.85% → cap 15.4%; 12% and 15% under. 经营部 is an enterprise marker. as_of 2024-12-15 "
             "(due 2022-03-07 → limitation to 2025-03-07)."})

# ---------------------------------------------------------------- hi25  DOCX table  综合年化 IRR 35.8%, schedule, online arbitration
add("hi25_yida_irr_huankuan_biao.docx", "docx", [
    ("h", "易达贷借款协议"),
    ("p", "协议编号：YD2021100900217"),
    ("p", "贷款人：重庆市沙坪坝区易达小额贷款有限公司"),
    ("p", "借款人：石磊    身份证号：5001061995********"),
    ("p", "1. 借款金额：人民币20,000.00元；借款期限：24个月（2021年10月9日至2023年10月8日）。"),
    ("p", "2. 本借款综合年化成本（IRR，含利息及全部费用）为35.8%，借款人按下表等额本息还款："),
    ("t", [["期数", "还款日", "应还金额", "本金", "利息及费用", "剩余本金"],
           ["1", "2021-11-08", "1,178.83", "582.16", "596.67", "19,417.84"],
           ["2", "2021-12-08", "1,178.83", "599.53", "579.30", "18,818.31"],
           ["3", "2022-01-08", "1,178.83", "617.42", "561.41", "18,200.89"],
           ["…", "…", "…", "…", "…", "…"],
           ["23", "2023-09-08", "1,178.83", "1,111.52", "67.31", "1,144.65"],
           ["24", "2023-10-08", "1,178.80", "1,144.65", "34.15", "0.00"]]),
    ("p", "3. 逾期：借款人任一期未足额还款的，按逾期应还金额每日0.1%支付逾期违约金。"),
    ("p", "4. 争议解决：提交重庆仲裁委员会，按其网络仲裁规则进行书面审理。"),
    ("p", "借款人（电子签名）：石磊    贷款人（电子签章）：重庆市沙坪坝区易达小额贷款有限公司"),
    ("p", "签署日期：2021年10月9日"),
], {
    "fields": {"lender": "重庆市沙坪坝区易达小额贷款有限公司", "lender_kind": "licensed_lender", "borrower": "石磊",
               "borrower_kind": "natural_person", "principal": "20000", "annual_rate": 0.358, "overdue_rate": None,
               "penalty_rate": 0.365, "contract_date": "2021-10-09", "start_date": "2021-10-09", "end_date": "2023-10-08",
               "repayment_method": "等额本息", "dispute_method": "arbitration", "guarantor": None,
               "guarantee_type": None, "guarantee_period_months": None},
    "findings": ["cap_not_applicable_licensed_lender", "limitation_period_expired"], "as_of": AS_OF,
    "notes": "Only a 综合年化 IRR is given → annual_rate 35.8%. 每日0.1% × 365 = 36.5% is called 违约金 → penalty_rate. "
             "Last instalment 2023-10-08 → limitation ended 2026-10-08, no payment/demand noted → expired on 2026-12-01 "
             "(the limitation rule applies to licensed lenders too)."})

# ---------------------------------------------------------------- hi26  UTF-8 TXT  预告登记, 夫妻借款人, interest payment note
add("hi26_yugao_dengji_tang_sun.txt", "utf8", """房产抵押借款合同

出借人（甲方）：古德才，身份证号：5001051963********
借款人（乙方）：唐勇，身份证号：5001051985********
              孙丽，身份证号：5001051987********（唐勇之妻，共同借款人）

第一条 乙方向甲方借款人民币叁拾万元整（300,000元），借款期限自2022年7月20日起至2023年7月19日止。
第二条 借款利息为月息1分，乙方每月20日前付息，到期归还本金。
第三条 乙方逾期归还本金的，逾期利率按借款利率上浮20%计算。
第四条 乙方以其购买的位于重庆市巴南区李家沱XX路XX号X栋X-X的商品房（期房，商品房买卖合同已网签备案）为本借款提供抵押担保，双方于签约后办理不动产抵押预告登记；房屋办理首次登记后，乙方应配合办理正式抵押登记。
第五条 因本合同发生争议，向房屋所在地人民法院起诉。

甲方：古德才        乙方：唐勇  孙丽
2022年7月20日

（甲方手写）2024年1月19日 收到唐勇付息肆仟伍佰元。古德才
""", {
    "fields": {"lender": "古德才", "lender_kind": "natural_person", "borrower_kind": "natural_person",
               "principal": "300000", "annual_rate": 0.12, "overdue_rate": 0.144, "penalty_rate": None,
               "contract_date": "2022-07-20", "start_date": "2022-07-20", "end_date": "2023-07-19",
               "repayment_method": "按月付息、到期还本", "dispute_method": "court", "guarantor": None,
               "guarantee_type": None, "guarantee_period_months": None},
    "findings": [], "as_of": AS_OF,
    "notes": "月息1分 = 12%. Overdue 12% × 1.2 = 14.4% vs cap 14.8% (LPR 2022-07-20 = 3.70%): just under. Two borrowers → "
             "borrower left out. Interest payment 2024-01-19 restarts limitation to 2027-01-19: not expired. Mortgage by "
             "the borrowers (预告登记): no guarantor."})

# ---------------------------------------------------------------- hi27  UTF-8 TXT  WeChat + photo of 借条, '利息按银行的算'
add("hi27_weixin_jietiao_yinhang.txt", "utf8", """（微信聊天记录，2024年2月14日，导出文本）

何老幺 14:05
冉哥 上回说那3万块钱我今天转给你了哈 你收一下 打个条子给我嘛

冉德胜 14:11
[转账] 已收款 ¥30000.00

冉德胜 14:12
要得要得 收到了 我写个借条拍给你

冉德胜 14:26
[图片]

——图片文字（借条）——
借条
今借到何明贵（何老幺）人民币叁万元整（30000元），利息按银行的算，2024年8月14日前还清。
借款人：冉德胜
2024年2月14日

何老幺 14:30
好 莫得事 到时候记得哈
""", {
    "fields": {"lender": "何明贵", "lender_kind": "natural_person", "borrower": "冉德胜", "borrower_kind": "natural_person",
               "principal": "30000", "amount_delivered": "30000", "overdue_rate": None, "penalty_rate": None,
               "contract_date": "2024-02-14", "start_date": "2024-02-14", "end_date": "2024-08-14",
               "dispute_method": None, "guarantor": None, "guarantee_type": None, "guarantee_period_months": None},
    "findings": ["no_interest_agreed", "no_overdue_rate_agreed"], "as_of": AS_OF,
    "notes": "'利息按银行的算' names no rate, no bank, no product → interest unclear; between natural persons 约定不明 = no "
             "interest (民间借贷规定 第24条). annual_rate and repayment_method left out. 何老幺 is 何明贵's nickname."})

# ---------------------------------------------------------------- hi28  DOCX table  小贷 company loan, two guarantors
add("hi28_hongda_jixie_liangge_baozhengren.docx", "docx", [
    ("h", "流动资金借款合同"),
    ("p", "合同编号：YXD-QY-2023-1228"),
    ("p", "贷款人：重庆渝兴小额贷款有限公司"),
    ("p", "借款人：重庆宏达机械制造有限公司（统一社会信用代码：91500227MA5Y******）"),
    ("p", "保证人一：重庆宏达投资有限公司（借款人控股股东，已提交股东会决议）"),
    ("p", "保证人二：李宏达（借款人实际控制人），身份证号：5002271975********"),
    ("t", [["借款金额（元）", "1,500,000.00"],
           ["借款期限", "2023年12月29日至2024年12月28日"],
           ["年利率", "14.4%"],
           ["还款方式", "按月付息，到期还本"],
           ["罚息", "逾期本金按合同利率加收50%"],
           ["保证方式", "保证人一、保证人二均承担连带责任保证"],
           ["保证期间", "主债务履行期限届满之日起三年"],
           ["争议解决", "贷款人所在地人民法院"]]),
    ("p", "附：重庆宏达投资有限公司2023年12月26日股东会决议（同意为重庆宏达机械制造有限公司向重庆渝兴小额贷款有限公司借款150万元提供连带责任保证，全体股东签字）。"),
    ("p", "贷款人（盖章）  借款人（盖章）  保证人一（盖章）  保证人二（签字）"),
    ("p", "签订日期：2023年12月28日"),
], {
    "fields": {"lender": "重庆渝兴小额贷款有限公司", "lender_kind": "licensed_lender", "borrower": "重庆宏达机械制造有限公司",
               "borrower_kind": "enterprise", "principal": "1500000", "annual_rate": 0.144, "overdue_rate": 0.216,
               "penalty_rate": None, "contract_date": "2023-12-28", "start_date": "2023-12-29", "end_date": "2024-12-28",
               "repayment_method": "按月付息、到期还本", "dispute_method": "court", "guarantee_type": "连带责任保证",
               "guarantee_period_months": 36},
    "findings": ["cap_not_applicable_licensed_lender"], "as_of": AS_OF,
    "notes": "Two guarantors → guarantor left out; both 连带, both 3 years → type and period kept. Overdue 14.4% × 1.5 = 21.6%."})

# ---------------------------------------------------------------- hi29  UTF-8 TXT  company → employee, no interest clause at all
add("hi29_yuhe_yuangong_jiekuan.txt", "utf8", """员工借款协议

甲方（出借方）：重庆渝和商贸有限公司
乙方（借款方）：杨小勇，身份证号5001151990********，系甲方销售部员工

一、乙方因家庭购房需要，向甲方借款人民币陆万元整（60,000元）。
二、借款期限：2025年7月1日至2025年12月31日。
三、乙方同意甲方自2025年8月起每月从其工资中代扣5,000元用于还款，剩余部分于2025年12月31日前一次还清。
四、乙方逾期未还的，按年利率10%支付逾期利息；乙方离职的，应于离职前结清全部借款。
五、发生争议，双方协商解决，协商不成的向甲方所在地人民法院起诉。

甲方（盖章）：重庆渝和商贸有限公司        乙方（签字）：杨小勇
2025年6月28日
""", {
    "fields": {"lender": "重庆渝和商贸有限公司", "lender_kind": "enterprise", "borrower": "杨小勇",
               "borrower_kind": "natural_person", "principal": "60000", "annual_rate": None, "overdue_rate": 0.10,
               "penalty_rate": None, "contract_date": "2025-06-28", "start_date": "2025-07-01", "end_date": "2025-12-31",
               "dispute_method": "court", "guarantor": None, "guarantee_type": None, "guarantee_period_months": None},
    "findings": ["no_interest_agreed"], "as_of": AS_OF,
    "notes": "No interest clause at all (only an overdue rate) → 视为没有利息, annual_rate null. Overdue 10% under cap "
             "(LPR 3.00% → 12%). Mixed salary deduction + balloon: repayment_method left out."})

# ---------------------------------------------------------------- hi30  UTF-8 TXT  2026 借款合同, LPR table stale
add("hi30_jiekuan_2026_lin.txt", "utf8", """借款合同

出借人：周国庆    身份证号：5002241975********
借款人：林小燕    身份证号：5002241993********
保证人：林大海    身份证号：5002241966********（借款人之父）

1．借款金额：人民币肆万元整（40,000元）。
2．借款期限：2026年3月5日至2026年9月4日。
3．借款年利率20%，到期本息一次付清。
4．逾期利息按日千分之一计算。
5．保证人承担连带责任保证，保证期间为借款到期后一年。
6．发生争议向出借人住所地人民法院起诉。

出借人：周国庆  借款人：林小燕  保证人：林大海
2026年3月5日
""", {
    "fields": {"lender": "周国庆", "lender_kind": "natural_person", "borrower": "林小燕", "borrower_kind": "natural_person",
               "principal": "40000", "annual_rate": 0.20, "overdue_rate": 0.365, "penalty_rate": None,
               "contract_date": "2026-03-05", "start_date": "2026-03-05", "end_date": "2026-09-04",
               "repayment_method": "到期一次性还本付息", "dispute_method": "court", "guarantor": "林大海",
               "guarantee_type": "连带责任保证", "guarantee_period_months": 12},
    "findings": ["rate_above_4x_lpr", "overdue_charges_above_cap"], "as_of": AS_OF,
    "expect_warning": "rate_above_4x_lpr",
    "notes": "2026-03-05 is past the last LPR row (2025-05-20, covered to the 2025-06-20 publication) → the finding should "
             "carry a 'data may be stale' warning. With LPR 3.00% cap 12%: 20% over; overdue 千分之一/日 = 36.5% over. "
             "'借款到期后一年' = 12 months."})


# ================================================================ builders
FIXED = _dt.datetime(2026, 12, 1, 9, 0, 0)


def _docx_bytes(blocks: list) -> bytes:
    import docx  # python-docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = "冉建国"
    cp.last_modified_by = "冉建国"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    for kind, val in blocks:
        if kind == "h":
            d.add_heading(val, level=1)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "t":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
    raw = io.BytesIO()
    d.save(raw)
    # rewrite the zip with fixed timestamps so the bytes are deterministic
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 12, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def build() -> None:
    rows = []
    for doc in DOCS:
        path = HERE / doc["file"]
        if doc["fmt"] == "utf8":
            path.write_bytes(doc["body"].encode("utf-8"))
        elif doc["fmt"] == "gb18030":
            path.write_bytes(doc["body"].encode("gb18030"))
        else:
            path.write_bytes(_docx_bytes(doc["body"]))
        row = {"file": doc["file"], **doc["gold"]}
        rows.append(row)
    with open(HERE / "gold.jsonl", "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} documents + gold.jsonl to {HERE}")


if __name__ == "__main__":
    build()
