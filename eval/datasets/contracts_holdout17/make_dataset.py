"""Builder for contracts_holdout17 (held out: never tune on these rows).

Every document text and every gold row below was typed by hand for this set (persona: 陈海燕, 风控 at a made-up
温州 小额贷款 company who also reviews files for a 温州民间借贷登记服务中心 partner). Running this script writes the 30
documents (TXT UTF-8, TXT GB18030, DOCX) and gold.jsonl into this folder, byte-for-byte the same on every run.

    /work/main/.venv/bin/python eval/datasets/contracts_holdout17/make_dataset.py
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from eval.datasets import _contracts_build as cb  # noqa: E402

HERE = Path(__file__).resolve().parent
AS_OF = "2026-12-10"   # the day 陈海燕 reviewed the pile

DOCS: list[dict] = []


def add(file: str, fmt: str, body, fields: dict, findings: list[str], as_of: str = AS_OF, notes: str | None = None):
    row = {"file": file, "fields": fields, "findings": findings, "as_of": as_of}
    if notes:
        row["notes"] = notes
    DOCS.append({"file": file, "fmt": fmt, "body": body, "gold": row})


NO_GUARANTEE = {"guarantor": None, "guarantee_type": None, "guarantee_period_months": None}

# ---------------------------------------------------------------------------------------------------------------
add("hq01_jietiao_xiege_yuexi15.txt", "utf8", """借  条

今向林国华借去铜钿人民币贰拾万元整（¥200,000.00），系本人鞋厂（鹿城区双屿街道建新鞋革加工厂）进皮料周转用。
讲好月息一分五，利钱每月底付清；借期一年，自2023年4月15日起至2024年4月14日止，到期本钿一次还清爽。
恐口说无凭，特立此据。

借款人：郑建新（手印）
身份证号：3303021978****2916
出借人：林国华

2023年4月15日

补记：钞票已于当日由林国华工商银行账户转入郑建新账户。
""", {
    "principal": "200000", "amount_delivered": "200000", "annual_rate": 0.18, "overdue_rate": None,
    "penalty_rate": None, "lender": "林国华", "lender_kind": "natural_person", "borrower": "郑建新",
    "borrower_kind": "natural_person", "contract_date": "2023-04-15", "start_date": "2023-04-15",
    "end_date": "2024-04-14", "repayment_method": "按月付息、到期还本", "dispute_method": None, **NO_GUARANTEE,
}, ["rate_above_4x_lpr", "no_overdue_rate_agreed"],
    notes="月息一分五 = 1.5 %/month = 18 %/yr > 4 × 3.65 % = 14.6 % (LPR of 2023-04-15). No overdue term. The 工商银行 "
          "in the note is only the payment channel.")

add("hq02_jieju_yanjing_nongli_danbaoren.txt", "utf8", """借  据

借款单位：温州明视眼镜有限公司（盖章）        法定代表人：黄志伟
出借人：周丽娟

今因厂里年后开工进镜架料周转，借到周丽娟人民币伍拾万元整（¥500,000）。
利息：月息一分二，利钱每月初八前付。
借期：农历甲辰年正月初八起，至乙巳年正月初八止，到期本钿一次还清。
如过期不还，利钱按月息二分算。

借款单位：温州明视眼镜有限公司（盖章）
法定代表人：黄志伟
担保人：陈立群（签字按印）

立据日期：农历甲辰年正月初八
""", {
    "principal": "500000", "amount_delivered": "500000", "annual_rate": 0.144, "overdue_rate": 0.24,
    "penalty_rate": None, "lender": "周丽娟", "lender_kind": "natural_person", "borrower": "温州明视眼镜有限公司",
    "borrower_kind": "enterprise", "contract_date": "2024-02-17", "start_date": "2024-02-17",
    "end_date": "2025-02-05", "repayment_method": "按月付息、到期还本", "dispute_method": None,
    "guarantor": "陈立群", "guarantee_type": "unspecified", "guarantee_period_months": None,
}, ["rate_above_4x_lpr", "overdue_charges_above_cap", "guarantee_type_defaults_to_general",
    "guarantee_period_defaults_to_6_months"],
    notes="Lunar dates: 甲辰年正月初一 = 2024-02-10, so 正月初八 = 2024-02-17; 乙巳年正月初一 = 2025-01-29, so 正月初八 = "
          "2025-02-05. LPR on 2024-02-17 is 3.45 %, cap 13.8 %: 月息一分二 = 14.4 % and overdue 月息二分 = 24 % both above. "
          "Bare 担保人 in 2024 (民法典): type and period both default.")

add("hq03_biaohui_jietiao_dianhuiqian.txt", "gb18030", """借  条

本人陈秀兰在藤桥镇起了一个会（十二脚，每脚每月会钿壹万元），因有两脚会钿收不拢，今向黄金凤借去人民币捌万元整（80000元），专门垫付会钿。
月息一分，利钱按月付。本钿定于2022年12月31日前还清爽。
若到期不还，利钱从到期后照月息一分五算。

借款人：陈秀兰
出借人：黄金凤
二〇二二年五月六日

（背面记录）
2024年3月2日  陈秀兰还利钱壹万元整。  收款人：黄金凤
""", {
    "principal": "80000", "amount_delivered": "80000", "annual_rate": 0.12, "overdue_rate": 0.18,
    "penalty_rate": None, "lender": "黄金凤", "lender_kind": "natural_person", "borrower": "陈秀兰",
    "borrower_kind": "natural_person", "contract_date": "2022-05-06", "start_date": "2022-05-06",
    "end_date": "2022-12-31", "repayment_method": "按月付息、到期还本", "dispute_method": None, **NO_GUARANTEE,
}, ["overdue_charges_above_cap"],
    notes="标会 context: the loan pays 会钿 but is an ordinary loan between 黄金凤 and 陈秀兰. LPR 2022-05-06 = 3.70 %, cap "
          "14.8 %: 12 % fine, overdue 18 % above. Due 2022-12-31; the payment noted on 2024-03-02 restarts the period to "
          "2027-03-02, so no limitation finding.")

add("hq04_hubao_danbaohan_bengfa.txt", "utf8", """担 保 函

致：温州金宏贸易有限公司

温州华瑞阀门有限公司（以下称“借款人”）与贵公司于2022年9月1日签订《借款合同》（编号JH-2022-017），向贵公司借款人民币伍佰万元整，借款期限自2022年9月1日起至2024年8月31日止。

我公司与借款人同在永嘉县瓯北泵阀工业区，双方历来互为担保（互保）。应借款人请求，我公司愿意就上述借款向贵公司承担保证责任。借款人亦已为我公司在贵公司的借款出具同样的担保函。

特此函告。

担保人：温州永泰泵阀有限公司（公章）
法定代表人：吴永泰
2022年9月1日
""", {
    "principal": "5000000", "lender": "温州金宏贸易有限公司", "lender_kind": "enterprise",
    "borrower": "温州华瑞阀门有限公司", "borrower_kind": "enterprise", "contract_date": "2022-09-01",
    "start_date": "2022-09-01", "end_date": "2024-08-31", "dispute_method": None,
    "guarantor": "温州永泰泵阀有限公司", "guarantee_type": "unspecified", "guarantee_period_months": None,
}, ["guarantee_type_defaults_to_general", "guarantee_period_defaults_to_6_months"],
    notes="Guarantee instrument (互保 letter). Rates, overdue and repayment sit in the main contract: left out. The letter "
          "states neither type nor period, given 2022 (民法典): both defaults. Main debt due 2024-08-31, within limitation.")

add("hq05_guoqiao_xudai_dianqi.txt", "utf8", """过桥借款协议

甲方（出借人）：温州瑞丰投资咨询有限公司
乙方（借款人）：温州东方电器有限公司
丙方（保证人）：张建国（乙方法定代表人）

鉴于乙方在中国工商银行温州分行的流动资金贷款人民币叁佰万元将于2024年6月10日到期，银行已同意续贷，乙方需资金先行归还该笔贷款（俗称“过桥”），经三方协商，订立本协议：

一、借款金额：人民币叁佰万元整（¥3,000,000.00），甲方于本协议签订当日转入乙方在工商银行的还款账户。
二、借款期限：10天，自2024年6月8日起至2024年6月17日止。银行续贷资金到账后，乙方应当日归还。
三、利息：日息千分之一点五，按实际用款天数计算，到期一次性归还本息。
四、逾期：乙方逾期还款的，逾期期间按日千分之三计收逾期利息。
五、保证：丙方对乙方本协议项下全部债务承担连带责任保证，保证期间为借款到期之日起二年。
六、争议解决：因本协议引起的争议，提交温州仲裁委员会仲裁。

甲方：温州瑞丰投资咨询有限公司（盖章）
乙方：温州东方电器有限公司（盖章）    法定代表人：张建国
丙方：张建国

签订日期：2024年6月8日
""", {
    "principal": "3000000", "amount_delivered": "3000000", "annual_rate": 0.5475, "overdue_rate": 1.095,
    "penalty_rate": None, "lender": "温州瑞丰投资咨询有限公司", "lender_kind": "enterprise",
    "borrower": "温州东方电器有限公司", "borrower_kind": "enterprise", "contract_date": "2024-06-08",
    "start_date": "2024-06-08", "end_date": "2024-06-17", "repayment_method": "到期一次性还本付息",
    "dispute_method": "arbitration", "guarantor": "张建国", "guarantee_type": "连带责任保证",
    "guarantee_period_months": 24,
}, ["rate_above_4x_lpr", "overdue_charges_above_cap"],
    notes="过桥 for a bank 续贷; the bank is only the loan being repaid, not a party. 日息千分之一点五 × 365 = 54.75 %, overdue "
          "日千分之三 × 365 = 109.5 %, both above 4 × 3.45 % = 13.8 % (LPR 2024-05-20 row in force on 2024-06-08).")

add("hq06_xiaodai_fuwufei_zixunfei.docx", "docx", [
    ("h", "借款合同（个人经营性贷款）"),
    ("p", "合同编号：OX-2023-1186"),
    ("p", "贷款人：温州市鹿城区瓯信小额贷款股份有限公司"),
    ("p", "借款人：潘志勇，身份证号3303041982****1537，鹿城区双屿街道志勇鞋革加工厂业主"),
    ("p", "保证人：林美玉（借款人之妻），身份证号3303041984****2320"),
    ("p", "借款人因经营需要向贷款人申请贷款，贷款人同意发放。主要条款如下："),
    ("t", [
        ["项目", "约定"],
        ["借款金额", "人民币伍拾万元整（¥500,000.00）"],
        ["借款用途", "鞋革加工厂购买原材料周转"],
        ["借款期限", "12个月，自2023年11月15日至2024年11月14日"],
        ["月利率", "1.3%（按借款金额计息）"],
        ["还款方式", "等额本息，每月15日还款，每期人民币45,270.84元"],
        ["贷款服务费", "借款金额的3%，计人民币15,000元，放款时由贷款人从放款金额中一次性扣收"],
        ["实际放款金额", "人民币485,000.00元"],
        ["罚息", "逾期贷款在约定利率基础上加收50%计收罚息"],
    ]),
    ("p", "第五条 借款人另应按月向温州信达融资咨询服务有限公司支付咨询费，费率为借款金额的0.5%/月，由该公司另行开具发票。"),
    ("p", "第六条 保证人林美玉对本合同项下全部债务承担连带责任保证，保证期间为主债务履行期限届满之日起三年。"),
    ("p", "第九条 因本合同发生的争议，由贷款人所在地人民法院管辖。"),
    ("p", "附：还款计划表"),
    ("t", [
        ["期次", "还款日", "本金（元）", "利息（元）", "月供（元）"],
        ["1", "2023-12-15", "38,770.84", "6,500.00", "45,270.84"],
        ["2", "2024-01-15", "39,274.86", "5,995.98", "45,270.84"],
        ["3", "2024-02-15", "39,785.43", "5,485.41", "45,270.84"],
        ["4", "2024-03-15", "40,302.64", "4,968.20", "45,270.84"],
        ["5", "2024-04-15", "40,826.58", "4,444.26", "45,270.84"],
        ["6", "2024-05-15", "41,357.32", "3,913.52", "45,270.84"],
        ["7", "2024-06-15", "41,894.97", "3,375.87", "45,270.84"],
        ["8", "2024-07-15", "42,439.60", "2,831.24", "45,270.84"],
        ["9", "2024-08-15", "42,991.32", "2,279.52", "45,270.84"],
        ["10", "2024-09-15", "43,550.21", "1,720.63", "45,270.84"],
        ["11", "2024-10-15", "44,116.36", "1,154.48", "45,270.84"],
        ["12", "2024-11-14", "44,689.87", "580.97", "45,270.84"],
    ]),
    ("p", "贷款人：温州市鹿城区瓯信小额贷款股份有限公司（盖章）"),
    ("p", "借款人：潘志勇        保证人：林美玉"),
    ("p", "签订日期：2023年11月15日"),
], {
    "principal": "500000", "amount_delivered": "485000", "annual_rate": 0.156, "overdue_rate": 0.234,
    "penalty_rate": None, "lender": "温州市鹿城区瓯信小额贷款股份有限公司", "lender_kind": "licensed_lender",
    "borrower": "潘志勇", "borrower_kind": "natural_person", "contract_date": "2023-11-15",
    "start_date": "2023-11-15", "end_date": "2024-11-14", "repayment_method": "等额本息", "dispute_method": "court",
    "guarantor": "林美玉", "guarantee_type": "连带责任保证", "guarantee_period_months": 36,
}, ["interest_deducted_upfront", "cap_not_applicable_licensed_lender"],
    notes="小贷 withholds a 3 % 服务费 (15,000) at disbursement: 485,000 delivered, 砍头息 in substance (民法典 第670条, "
          "rule scope any). 月利率1.3 % = 15.6 %; 罚息 +50 % = 23.4 %. The monthly 咨询费 to a third party is a fee, not the "
          "rate. Licensed lender: info finding, no cap findings.")

add("hq07_nongshang_liudong_lpr55bp.docx", "docx", [
    ("h", "流动资金借款合同"),
    ("p", "合同编号：瓯南农商流借字2024第0588号"),
    ("p", "贷款人：浙江瓯南农村商业银行股份有限公司双屿支行"),
    ("p", "借款人：温州宏达泵阀有限公司（统一社会信用代码91330303MA2C******7Q）"),
    ("p", "法定代表人：王宏达"),
    ("p", "借款人向贷款人申请流动资金贷款，贷款人经审查同意发放。双方约定如下："),
    ("t", [
        ["条款", "内容"],
        ["借款金额", "人民币捌佰万元整（¥8,000,000.00）"],
        ["借款用途", "购买铸件、电机等原材料"],
        ["借款期限", "12个月，自2024年11月25日起至2025年11月24日止"],
        ["借款利率", "以借款发放日前一个工作日全国银行间同业拆借中心公布的一年期贷款市场报价利率（LPR）加55个基点（1个基点=0.01%）确定；本合同签订时一年期LPR为3.10%，执行年利率为3.65%，每年1月1日按最新LPR调整"],
        ["结息方式", "按月结息，结息日为每月20日，到期一次还本"],
        ["逾期罚息", "逾期贷款在执行利率基础上加收50%"],
        ["担保方式", "抵押：借款人以其名下位于温州市龙湾区滨海园区的厂房提供抵押担保，另行签订《最高额抵押合同》"],
    ]),
    ("p", "第十二条 争议解决：因本合同引起的争议，向贷款人所在地人民法院起诉。"),
    ("p", "贷款人：浙江瓯南农村商业银行股份有限公司双屿支行（盖章）"),
    ("p", "借款人：温州宏达泵阀有限公司（盖章）"),
    ("p", "签订日期：2024年11月25日"),
], {
    "principal": "8000000", "amount_delivered": "8000000", "annual_rate": 0.0365, "overdue_rate": 0.05475,
    "penalty_rate": None, "lender": "浙江瓯南农村商业银行股份有限公司双屿支行", "lender_kind": "licensed_lender",
    "borrower": "温州宏达泵阀有限公司", "borrower_kind": "enterprise", "contract_date": "2024-11-25",
    "start_date": "2024-11-25", "end_date": "2025-11-24", "repayment_method": "按月付息、到期还本",
    "dispute_method": "court",
}, ["cap_not_applicable_licensed_lender"],
    notes="Bank 流贷 at LPR 3.10 % + 55 BP = 3.65 %; 罚息 +50 % = 5.475 %. Only security is the borrower's own 抵押 in a "
          "separate contract, so guarantor / guarantee_type / guarantee_period_months are left out.")

add("hq08_guquan_zhiya_dianqi.docx", "docx", [
    ("h", "借款及股权质押合同"),
    ("p", "出借人（甲方）：徐志远，身份证号3303021970****0415"),
    ("p", "借款人（乙方）：温州博达电器有限公司，法定代表人：蔡永康"),
    ("p", "出质人（丙方）：蔡永康，乙方股东，持有乙方60%股权"),
    ("p", "乙方因扩大开关插座生产线需要向甲方借款，丙方以其所持乙方股权提供质押担保。三方约定："),
    ("t", [
        ["借款本金", "人民币贰佰万元整（¥2,000,000.00）"],
        ["借款期限", "三年，自2022年3月18日起至2025年3月17日止"],
        ["年利率", "10%"],
        ["付息方式", "按季付息，每季末月20日支付；本金到期一次归还"],
        ["逾期利率", "年利率15%"],
        ["质押物", "丙方持有的温州博达电器有限公司60%股权（对应出资额人民币陆佰万元）"],
    ]),
    ("p", "第五条 丙方应于本合同签订后五个工作日内向温州市市场监督管理局办理股权出质登记。质押担保范围包括借款本金、利息、逾期利息和实现债权的费用。"),
    ("p", "第八条 因本合同发生争议的，向甲方住所地人民法院起诉。"),
    ("p", "甲方：徐志远    乙方：温州博达电器有限公司（盖章）    丙方：蔡永康"),
    ("p", "签订日期：2022年3月18日"),
], {
    "principal": "2000000", "amount_delivered": "2000000", "annual_rate": 0.10, "overdue_rate": 0.15,
    "penalty_rate": None, "lender": "徐志远", "lender_kind": "natural_person", "borrower": "温州博达电器有限公司",
    "borrower_kind": "enterprise", "contract_date": "2022-03-18", "start_date": "2022-03-18",
    "end_date": "2025-03-17", "repayment_method": "按季付息、到期还本", "dispute_method": "court",
}, ["overdue_charges_above_cap"],
    notes="LPR 2022-03-18 = 3.70 % (2022-01-20 row), cap 14.8 %: 10 % fine, overdue 15 % just above. The only security "
          "is a 股权质押, no 保证人: guarantor fields left out.")

add("hq09_fangchan_diya_yanjing.docx", "docx", [
    ("h", "房产抵押借款合同"),
    ("p", "出借人：温州市鑫源贸易有限公司"),
    ("p", "借款人：金晓峰，身份证号3303041979****3118，瓯海区晓峰眼镜厂业主"),
    ("p", "借款人以其自有房产作抵押向出借人借款，双方约定如下："),
    ("t", [
        ["借款金额", "人民币壹佰伍拾万元整（¥1,500,000.00）"],
        ["借款期限", "2025年3月10日至2026年3月9日"],
        ["利率", "月利率1%"],
        ["付息方式", "按月付息，每月10日前支付，到期还本"],
        ["逾期利息", "逾期未还部分按日万分之三计收"],
        ["抵押物", "借款人所有的温州市瓯海区娄桥街道古岸头小区3幢502室（不动产权证号：浙(2021)温州市不动产权第0123456号），已办理抵押登记"],
    ]),
    ("p", "出借人于抵押登记完成当日将借款全额转入借款人账户。"),
    ("p", "因本合同发生的争议，由出借人所在地人民法院管辖。"),
    ("p", "出借人：温州市鑫源贸易有限公司（盖章）      借款人：金晓峰"),
    ("p", "二〇二五年三月十日"),
], {
    "principal": "1500000", "amount_delivered": "1500000", "annual_rate": 0.12, "overdue_rate": 0.1095,
    "penalty_rate": None, "lender": "温州市鑫源贸易有限公司", "lender_kind": "enterprise", "borrower": "金晓峰",
    "borrower_kind": "natural_person", "contract_date": "2025-03-10", "start_date": "2025-03-10",
    "end_date": "2026-03-09", "repayment_method": "按月付息、到期还本", "dispute_method": "court",
}, [],
    notes="LPR 2025-03-10 = 3.10 %, cap 12.4 %: 12 % and overdue 日万分之三 = 10.95 % both under. Borrower mortgages his own "
          "flat, no 保证人: guarantor fields left out.")

add("hq10_diandang_fangdichan.txt", "utf8", """温州市鹿城区恒丰典当有限责任公司
当  票（房地产典当）                          No. 0021837

典当行：温州市鹿城区恒丰典当有限责任公司
当户：项志明    身份证号：3303021975****4412
当物：温州市鹿城区五马街道公园路28号3单元601室住宅一套（已办理抵押登记）
评估价值：人民币贰佰壹拾万元
当金：人民币壹佰万元整（¥1,000,000.00）
典当期限：6个月，自2024年5月8日起至2024年11月7日止
月利率：0.5%
月综合费率：2.2%
当金利息及综合费用于当期届满赎当时一次性支付，当金同时偿还。
实付当金：人民币壹佰万元整
备注：当期届满后五日内不赎当也不续当的，为绝当，典当行依法处分当物。
因本当票发生的争议，向典当行所在地人民法院起诉。

经办：郑敏    复核：黄丽
填发日期：2024年5月8日
""", {
    "principal": "1000000", "amount_delivered": "1000000", "annual_rate": 0.06, "overdue_rate": None,
    "penalty_rate": None, "lender": "温州市鹿城区恒丰典当有限责任公司", "lender_kind": "licensed_lender",
    "borrower": "项志明", "borrower_kind": "natural_person", "contract_date": "2024-05-08",
    "start_date": "2024-05-08", "end_date": "2024-11-07", "repayment_method": "到期一次性还本付息",
    "dispute_method": "court",
}, ["cap_not_applicable_licensed_lender"],
    notes="典当: annual_rate is the 当金利率 alone (0.5 %/month = 6 %); the 2.2 %/month 综合费 is a fee. Nothing taken out "
          "up front (实付当金 = 当金). No overdue rate (绝当 instead). The 当物 is the borrower's own flat: guarantor fields "
          "left out.")

add("hq11_rongzizulin_shouhouhuizu_xieye.docx", "docx", [
    ("h", "融资租赁合同（售后回租）"),
    ("p", "合同编号：ZNZL-HZ-2023-0706"),
    ("p", "出租人：浙南融资租赁（温州）有限公司"),
    ("p", "承租人：温州宏昌鞋业有限公司"),
    ("p", "保证人：陈宏昌"),
    ("p", "承租人将其自有设备出售给出租人并租回使用，双方约定主要条款如下："),
    ("t", [
        ["租赁物", "承租人自有的全自动注塑制鞋生产线两条（详见租赁物清单）"],
        ["租赁物购买价款（融资本金）", "人民币叁佰万元整（¥3,000,000.00）"],
        ["租赁期限", "36个月，自2023年7月6日（起租日）至2026年7月6日"],
        ["租赁年利率", "9.5%（固定）"],
        ["租金支付", "按季等额支付，共12期，每期租金290,252.33元（第12期290,252.38元），每年1月、4月、7月、10月的6日支付"],
        ["手续费", "人民币玖万元，于起租日前支付"],
        ["留购价款", "人民币壹佰元"],
        ["逾期", "逾期租金按日万分之五计收逾期利息"],
    ]),
    ("p", "租金支付表"),
    ("t", [
        ["期次", "支付日", "租金", "其中本金", "其中利息"],
        ["1", "2023-10-06", "290,252.33", "219,002.33", "71,250.00"],
        ["2", "2024-01-06", "290,252.33", "224,203.64", "66,048.69"],
        ["3", "2024-04-06", "290,252.33", "229,528.47", "60,723.86"],
        ["4", "2024-07-06", "290,252.33", "234,979.77", "55,272.56"],
        ["5", "2024-10-06", "290,252.33", "240,560.54", "49,691.79"],
        ["6", "2025-01-06", "290,252.33", "246,273.86", "43,978.47"],
        ["7", "2025-04-06", "290,252.33", "252,122.86", "38,129.47"],
        ["8", "2025-07-06", "290,252.33", "258,110.78", "32,141.55"],
        ["9", "2025-10-06", "290,252.33", "264,240.91", "26,011.42"],
        ["10", "2026-01-06", "290,252.33", "270,516.63", "19,735.70"],
        ["11", "2026-04-06", "290,252.33", "276,941.40", "13,310.93"],
        ["12", "2026-07-06", "290,252.38", "283,518.81", "6,733.57"],
    ]),
    ("p", "第十五条 保证人陈宏昌对承租人在本合同项下的全部债务承担连带责任保证，保证期间为主债务履行期限届满之日起三年。"),
    ("p", "第二十条 因本合同引起的争议，提交温州仲裁委员会仲裁。"),
    ("p", "出租人：浙南融资租赁（温州）有限公司（盖章）    承租人：温州宏昌鞋业有限公司（盖章）    保证人：陈宏昌"),
    ("p", "签订日期：2023年7月6日"),
], {
    "principal": "3000000", "amount_delivered": "3000000", "annual_rate": 0.095, "overdue_rate": 0.1825,
    "penalty_rate": None, "lender": "浙南融资租赁（温州）有限公司", "lender_kind": "licensed_lender",
    "borrower": "温州宏昌鞋业有限公司", "borrower_kind": "enterprise", "contract_date": "2023-07-06",
    "start_date": "2023-07-06", "end_date": "2026-07-06", "repayment_method": "等额本息",
    "dispute_method": "arbitration", "guarantor": "陈宏昌", "guarantee_type": "连带责任保证",
    "guarantee_period_months": 36,
}, ["cap_not_applicable_licensed_lender"],
    notes="售后回租: the purchase price is the financed principal; 租赁年利率9.5 %, quarterly equal rent (annuity typed from "
          "a one-off calculation). The 90,000 手续费 is paid separately before 起租, not withheld. Overdue 日万分之五 = 18.25 %.")

add("hq12_huankuan_chengnuoshu_xiechang.txt", "utf8", """还款承诺书

林秀珍：
本人胡建平于2021年3月向您借款人民币叁拾万元整，当时讲好月息一分，2022年3月底前还清。因鞋厂生意不好，本钿至今未还，利钱付到2023年底，2024年全年利钱叁万陆仟元未付。
本人承诺按以下办法还清：
一、2025年1月31日前还2024年利钱叁万陆仟元；
二、2025年3月31日前还本钿壹拾伍万元；
三、2025年6月30日前还本钿壹拾伍万元。
以上未还本钿，利钱仍按月息一分照算；到期未还清的，逾期部分也按月息一分计算。

承诺人：胡建平
身份证号：3303031977****5219
2024年12月20日
""", {
    "principal": "300000", "amount_delivered": "300000", "annual_rate": 0.12, "overdue_rate": 0.12,
    "penalty_rate": None, "lender": "林秀珍", "lender_kind": "natural_person", "borrower": "胡建平",
    "borrower_kind": "natural_person", "end_date": "2025-06-30", "repayment_method": "分期还款",
    "dispute_method": None, **NO_GUARANTEE,
}, [],
    notes="A later promise on a 2021-03 loan: contract_date and start_date left out (month only, and the paper is dated "
          "2024). 12 % is under every cap from 2021 on. The promise (2024-12-20) is inside the first period (due "
          "2022-03-31) and resets the due date to 2025-06-30: no limitation finding.")

add("hq13_yifangdizhai_xieyi.txt", "utf8", """以房抵债协议

甲方（债权人）：倪建军，身份证号3303021972****0617
乙方（债务人）：董海波，身份证号3303031981****2034

乙方于2022年8月向甲方借款人民币壹佰贰拾万元，已于2024年8月到期，乙方无力归还。经双方协商，达成如下协议：
一、乙方将其名下位于温州市龙湾区永中街道永宁西路88号5幢1203室的商品房一套（建筑面积112.6平方米）作价人民币壹佰万元，抵偿所欠借款本金壹佰万元。乙方应于2025年5月31日前配合甲方办理过户登记。
二、抵债后乙方尚欠甲方借款本金人民币贰拾万元，于2025年12月31日前一次还清，该贰拾万元不计利息。
三、乙方逾期归还上述贰拾万元的，自2026年1月1日起按年利率10%计付逾期利息。
四、原借款利息甲方予以免除。
五、因本协议发生争议，向房屋所在地人民法院起诉。

甲方：倪建军          乙方：董海波
2025年4月2日
""", {
    "annual_rate": 0, "overdue_rate": 0.10, "penalty_rate": None, "lender": "倪建军",
    "lender_kind": "natural_person", "borrower": "董海波", "borrower_kind": "natural_person",
    "end_date": "2025-12-31", "dispute_method": "court", **NO_GUARANTEE,
}, [],
    notes="以房抵债 after maturity (valid; no rule id for it). principal left out: 1,200,000 lent, 1,000,000 set off, "
          "200,000 still owed (several values). The remainder is explicitly 不计利息: annual_rate 0. contract_date left "
          "out (2022-08 loan vs this 2025 paper). Overdue 10 % is under any cap (12.4 % in 2025, 14.6 % in 2022).")

add("hq14_zhaiwu_querenshu_pige_2019.txt", "gb18030", """债务确认书

温州市瓯海龙达皮革有限公司：
我司（温州鹏程鞋材有限公司）于2019年5月10日向贵司借款人民币陆拾万元整，约定月息二分，借款期限六个月，至2019年11月9日到期。因我司经营困难，该借款到期后未能归还。
经双方对账，截至2022年8月15日，我司尚欠贵司借款本金陆拾万元整，利息另行结算。我司确认上述债务真实无误，同意尽快筹款归还。

确认单位：温州鹏程鞋材有限公司（盖章）
法定代表人：吴鹏程
2022年8月15日
""", {
    "principal": "600000", "annual_rate": 0.24, "lender": "温州市瓯海龙达皮革有限公司",
    "lender_kind": "enterprise", "borrower": "温州鹏程鞋材有限公司", "borrower_kind": "enterprise",
    "end_date": "2019-11-09", "dispute_method": None, **NO_GUARANTEE,
}, ["pre_lpr_rate_rules", "limitation_period_expired"],
    notes="Debt confirmation of a 2019-05-10 loan (before 2019-08-20: pre-LPR, 24 % = the supported line). contract_date "
          "and start_date left out (loan vs confirmation), as in holdout15. Due 2019-11-09; the confirmation of "
          "2022-08-15 (inside the first period) restarts it to 2025-08-15, expired by 2026-12-10. No overdue term and "
          "no main contract in the file: no no_overdue_rate_agreed; overdue_rate and penalty_rate left out.")

add("hq15_minshi_tiaojieshu_dianqi.txt", "utf8", """浙江省温州市鹿城区人民法院
民 事 调 解 书
（2024）浙0302民初8812号

原告：李春燕，女，1975年3月8日出生，汉族，住温州市鹿城区松台街道。
被告：孙伟，男，1980年11月2日出生，汉族，住温州市瓯海区新桥街道，系温州伟业电器经营部经营者。

原告李春燕与被告孙伟民间借贷纠纷一案，本院于2024年10月9日立案后，依法适用简易程序进行审理。
原告诉称：被告于2023年1月6日向原告借款人民币叁拾伍万元，用于电器经营部进货，约定2023年12月31日前归还，到期后经催讨未还。

本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议：
一、被告孙伟确认结欠原告李春燕借款本金350,000元及截至2024年11月30日的利息42,000元，合计392,000元；
二、上述款项由被告分期支付：2024年12月31日前支付100,000元，2025年3月31日前支付150,000元，2025年6月30日前支付142,000元；
三、被告如有任何一期未按时足额履行，原告可就全部未付款项申请强制执行，并有权要求被告自2025年7月1日起以未付款项为基数，按全国银行间同业拆借中心公布的一年期贷款市场报价利率的四倍支付逾期利息至实际付清之日止；
四、案件受理费3,240元，减半收取1,620元，由被告负担。

上述协议，不违反法律规定，本院予以确认。
本调解书经双方当事人签收后，即具有法律效力。

审判员  周  敏
二〇二四年十二月三日
书记员  叶  丹
""", {
    "principal": "350000", "penalty_rate": None, "lender": "李春燕", "lender_kind": "natural_person",
    "borrower": "孙伟", "borrower_kind": "natural_person", "repayment_method": "分期还款", "dispute_method": None,
    **NO_GUARANTEE,
}, [],
    notes="民事调解书: a court document, so dispute_method null. No rate figure (interest as a sum, overdue LPR × 4 without "
          "a number): annual_rate and overdue_rate left out. Several dates (loan, 调解, instalments): contract/start/end "
          "left out. No finding.")

add("hq16_dengji_beian_jiekuan_famen.docx", "docx", [
    ("h", "借款合同"),
    ("p", "（温州民间借贷登记服务中心备案号：WZMJ-BA-2021-09-0417）"),
    ("p", "出借人（甲方）：郑丽华，身份证号3303021968****1024，住温州市鹿城区南汇街道"),
    ("p", "借款人（乙方）：温州瓯龙阀门有限公司，统一社会信用代码91330303MA2******K，法定代表人：林建华"),
    ("p", "保证人（丙方）：林建华，身份证号3303031974****1659"),
    ("p", "第一条 借款金额：人民币壹佰万元整（¥1,000,000.00），甲方于本合同签订当日通过银行转账一次性支付至乙方账户。"),
    ("p", "第二条 借款用途：乙方购买不锈钢阀体铸件，用于生产周转。"),
    ("p", "第三条 借款期限：三年，自2021年9月15日起至2024年9月14日止。"),
    ("p", "第四条 借款利率：月利率1.1%（年利率13.2%），利息按月支付，每月15日前付清当月利息，本金到期一次归还。"),
    ("p", "第五条 逾期利息：乙方逾期还款的，逾期利率在本合同借款利率基础上上浮30%。"),
    ("p", "第六条 保证：丙方自愿对乙方本合同项下全部债务承担连带责任保证，保证期间为主债务履行期届满之日起两年。"),
    ("p", "第七条 备案：本合同经双方同意在温州民间借贷登记服务中心登记备案，备案不改变本合同双方的权利义务。"),
    ("p", "第八条 争议解决：因本合同发生的争议，提交温州仲裁委员会仲裁。"),
    ("p", "甲方：郑丽华    乙方：温州瓯龙阀门有限公司（盖章）    丙方：林建华"),
    ("p", "签订日期：二〇二一年九月十五日"),
], {
    "principal": "1000000", "amount_delivered": "1000000", "annual_rate": 0.132, "overdue_rate": 0.1716,
    "penalty_rate": None, "lender": "郑丽华", "lender_kind": "natural_person", "borrower": "温州瓯龙阀门有限公司",
    "borrower_kind": "enterprise", "contract_date": "2021-09-15", "start_date": "2021-09-15",
    "end_date": "2024-09-14", "repayment_method": "按月付息、到期还本", "dispute_method": "arbitration",
    "guarantor": "林建华", "guarantee_type": "连带责任保证", "guarantee_period_months": 24,
}, ["overdue_charges_above_cap"],
    notes="民间借贷登记 备案 contract; the 服务中心 is not a party. LPR 2021-09-15 = 3.85 %, cap 15.4 %: 13.2 % fine; "
          "overdue = 13.2 % × 1.3 = 17.16 % above. DOCX paragraphs only.")

add("hq17_jietiao_2016_yanjing_huankuanjilu.txt", "gb18030", """借  条

今借去叶永林人民币拾伍万元整（150000元），用于眼镜厂买机器。讲好月息二分五，利钱每三个月付一次，借期一年，到2017年7月19日还清。

借款人：谢建峰
2016年7月20日

（背面）
2019年1月25日  谢建峰还利钱贰万元  叶永林收
2021年11月30日  谢建峰还本钿叁万元  叶永林收
""", {
    "principal": "150000", "amount_delivered": "150000", "annual_rate": 0.30, "overdue_rate": None,
    "penalty_rate": None, "lender": "叶永林", "lender_kind": "natural_person", "borrower": "谢建峰",
    "borrower_kind": "natural_person", "contract_date": "2016-07-20", "start_date": "2016-07-20",
    "end_date": "2017-07-19", "repayment_method": "按季付息、到期还本", "dispute_method": None, **NO_GUARANTEE,
}, ["pre_lpr_rate_rules", "limitation_period_expired", "no_overdue_rate_agreed"],
    notes="2016 借条: pre-LPR, 月息二分五 = 30 %, in the 24–36 % band. Due 2017-07-19; payments 2019-01-25 (inside, to "
          "2022-01-25) and 2021-11-30 (inside, to 2024-11-30); nothing later, so expired by 2026-12-10. No overdue term.")

add("hq18_jietiao_kantouxi_xieye.txt", "utf8", """借  条

今借到麻建伟人民币壹拾万元整（¥100,000），借期六个月，自2023年10月10日至2024年4月9日。月息二分，每月10日付利钱，本钿到期一次还清。
逾期不还，每天另付违约金伍佰元。

借款人：林志豪（金帆鞋业）
出借人：麻建伟
2023年10月10日

附：转账说明（出借人手写）
2023年10月10日工行转入林志豪账户88,000元。扣前两个月利钱4,000元，另扣服务费8,000元，合计扣12,000元。
""", {
    "principal": "100000", "amount_delivered": "88000", "annual_rate": 0.24, "lender": "麻建伟",
    "lender_kind": "natural_person", "borrower": "林志豪", "borrower_kind": "natural_person",
    "contract_date": "2023-10-10", "start_date": "2023-10-10", "end_date": "2024-04-09",
    "repayment_method": "按月付息、到期还本", "dispute_method": None, **NO_GUARANTEE,
}, ["rate_above_4x_lpr", "interest_deducted_upfront", "overdue_charges_above_cap"],
    notes="砍头息: two months' interest plus a 服务费 taken out, 88,000 delivered. 月息二分 = 24 % > 4 × 3.45 % = 13.8 % "
          "(LPR 2023-10-10). 违约金 500 yuan/day ≈ 182.5 %/yr on 100,000: overdue charges far above the cap. "
          "overdue_rate and penalty_rate left out (a daily sum, not a stated rate).")

add("hq19_jiekuan_fuli_dianqi.txt", "utf8", """借款合同

出借人：章文斌，身份证号3303241969****3511
借款人：温州富达电器有限公司（法定代表人：金立新）
保证人：金立新

一、借款金额：人民币伍拾万元整（¥500,000.00），于本合同签订当日转账交付。
二、借款期限：自2022年11月1日至2024年10月31日。
三、利息：月息一分（年利率12%），利息每月末结算支付。借款人未按期支付的利息，计入下月本金，一并计收利息。
四、借款人逾期归还本金的，逾期部分按年利率18%计付逾期利息。
五、保证人金立新对本合同项下借款本息承担连带责任保证。
六、因本合同发生的争议，由出借人住所地人民法院管辖。

出借人：章文斌
借款人：温州富达电器有限公司（盖章）
保证人：金立新
2022年11月1日
""", {
    "principal": "500000", "amount_delivered": "500000", "annual_rate": 0.12, "overdue_rate": 0.18,
    "penalty_rate": None, "lender": "章文斌", "lender_kind": "natural_person", "borrower": "温州富达电器有限公司",
    "borrower_kind": "enterprise", "contract_date": "2022-11-01", "start_date": "2022-11-01",
    "end_date": "2024-10-31", "repayment_method": "按月付息、到期还本", "dispute_method": "court",
    "guarantor": "金立新", "guarantee_type": "连带责任保证", "guarantee_period_months": None,
}, ["compound_interest_restated", "overdue_charges_above_cap", "guarantee_period_defaults_to_6_months"],
    notes="Unpaid interest rolled into next month's principal: compound. LPR 2022-11-01 = 3.65 %, cap 14.6 %: 12 % fine, "
          "overdue 18 % above. 连带 guarantee with no period, given 2022: six-month default.")

add("hq20_gangzi_shuangyu_jiekuan.docx", "docx", [
    ("h", "LOAN AGREEMENT 借款協議"),
    ("p", "Lender 貸款人：鴻基實業（香港）有限公司 Hung Kee Industrial (Hong Kong) Limited"),
    ("p", "Borrower 借款人：温州鸿达眼镜有限公司 Wenzhou Hongda Optical Co., Ltd."),
    ("p", "The Lender agrees to lend and the Borrower agrees to borrow on the following terms. 貸款人同意按以下條款向借款人提供借款："),
    ("t", [
        ["Principal 本金", "RMB 2,000,000 (人民币贰佰万元整)"],
        ["Term 期限", "24 months from 15 May 2023 to 14 May 2025 / 自2023年5月15日至2025年5月14日"],
        ["Interest 利息", "8% per annum / 年利率8%"],
        ["Repayment 還款", "Principal and interest in one lump sum on the Maturity Date / 到期一次性還本付息"],
        ["Default Interest 逾期利息", "2% per annum above the Interest Rate / 在約定利率基礎上加收年利率2%"],
    ]),
    ("p", "Clause 9 Governing Law and Disputes. This Agreement is governed by the laws of the People's Republic of China. "
          "Any dispute arising out of this Agreement shall be referred to and finally resolved by arbitration administered "
          "by the Hong Kong International Arbitration Centre in Hong Kong."),
    ("p", "第九條 本協議適用中華人民共和國法律。因本協議引起的爭議提交香港國際仲裁中心在香港仲裁解決。"),
    ("p", "Signed on 15 May 2023 於2023年5月15日簽署"),
    ("p", "For the Lender 貸款人：鴻基實業（香港）有限公司    For the Borrower 借款人：温州鸿达眼镜有限公司（盖章）"),
], {
    "principal": "2000000", "amount_delivered": "2000000", "annual_rate": 0.08, "overdue_rate": 0.10,
    "penalty_rate": None, "lender": "鴻基實業（香港）有限公司", "lender_kind": "enterprise",
    "borrower": "温州鸿达眼镜有限公司", "borrower_kind": "enterprise", "contract_date": "2023-05-15",
    "start_date": "2023-05-15", "end_date": "2025-05-14", "repayment_method": "到期一次性还本付息",
    "dispute_method": "arbitration", **NO_GUARANTEE,
}, [],
    notes="Bilingual 港资 loan; dates in English day-month-year and Chinese. 8 % and default 8 % + 2 % = 10 % under "
          "4 × 3.65 % = 14.6 %. Lender name as printed in traditional characters. HKIAC arbitration.")

add("hq21_qiyejian_zhouzhuan_bengfa_cuikuan.txt", "utf8", """借款协议

出借方：温州永盛泵业有限公司
借款方：温州市龙湾精工阀门厂

一、借款方因生产周转需要，向出借方借款人民币捌拾万元整（¥800,000.00）。
二、借款期限六个月，自2020年3月16日至2020年9月15日。
三、年利率6%，到期一次还本付息。
四、借款方逾期还款的，按年利率9%计付逾期利息，另按未还本金每日万分之一支付违约金。
五、因本协议发生的争议，由借款方所在地人民法院管辖。

出借方：温州永盛泵业有限公司（盖章）
借款方：温州市龙湾精工阀门厂（盖章）
2020年3月16日

附一：催款函回执
贵司2022年6月10日发出的催款函已收到。温州市龙湾精工阀门厂（盖章）  2022年6月10日

附二：催款函回执
贵司2024年8月20日发出的催款函已收到，所欠借款本金捌拾万元及利息待筹款后归还。温州市龙湾精工阀门厂（盖章）  2024年8月20日
""", {
    "principal": "800000", "amount_delivered": "800000", "annual_rate": 0.06, "overdue_rate": 0.09,
    "penalty_rate": 0.0365, "lender": "温州永盛泵业有限公司", "lender_kind": "enterprise",
    "borrower": "温州市龙湾精工阀门厂", "borrower_kind": "enterprise", "contract_date": "2020-03-16",
    "start_date": "2020-03-16", "end_date": "2020-09-15", "repayment_method": "到期一次性还本付息",
    "dispute_method": "court", **NO_GUARANTEE,
}, [],
    notes="企业间 周转 loan dated between the first LPR and 2020-08-20: LPR 4.05 %, cap 16.2 %; 6 %, and overdue 9 % + "
          "违约金 日万分之一 3.65 % = 12.65 %, all under (and under 24 %). Due 2020-09-15; signed demand receipts "
          "2022-06-10 (inside) and 2024-08-20 (inside, to 2027-08-20): no limitation finding.")

add("hq22_chenghui_qiantiao_nongli.txt", "utf8", """欠  条

本人刘阿花二〇一八年在仙岩呈了一个会（会主），后来有几脚会脚倒会，会钿收不拢。今结算，尚欠会脚徐小燕会钿人民币伍万元整（50000元）。
讲好不计利钱，本人定于乙巳年八月十五（中秋）前还清爽。

欠款人：刘阿花
收款人：徐小燕
甲辰年腊月初八
""", {
    "principal": "50000", "annual_rate": 0, "overdue_rate": None, "penalty_rate": None, "lender": "徐小燕",
    "lender_kind": "natural_person", "borrower": "刘阿花", "borrower_kind": "natural_person",
    "contract_date": "2025-01-07", "end_date": "2025-10-06", "dispute_method": None, **NO_GUARANTEE,
}, ["no_overdue_rate_agreed"],
    notes="呈会 debt settled into a 欠条 (treated as a loan debt). Lunar: 甲辰年腊月初八 = 2025-01-07 (腊八), 乙巳年八月十五 "
          "= 2025-10-06 (中秋). Explicit 不计利钱: annual_rate 0, no no_interest_agreed; no overdue rate: "
          "no_overdue_rate_agreed. amount_delivered and start_date left out (settled 会钿, not a fresh delivery).")

add("hq23_lianbao_xieyi_famen.docx", "docx", [
    ("h", "联保协议（互保）"),
    ("p", "债权人：温州东瓯实业有限公司"),
    ("p", "借款人：温州华丰阀门有限公司"),
    ("p", "联保人：温州永兴泵业有限公司、温州龙湾精密铸造有限公司、温州市瓯北阀门配件厂"),
    ("p", "为担保借款人在主合同项下债务的履行，各联保人自愿提供保证，约定如下："),
    ("t", [
        ["主合同", "《借款合同》（编号DO-JK-2023-05）"],
        ["借款金额", "人民币叁佰万元整"],
        ["借款期限", "2023年7月1日至2025年6月30日"],
        ["保证方式", "各联保人对借款人全部债务承担连带责任保证，联保人之间亦互负连带责任"],
        ["保证期间", "主债务履行期限届满之日起两年"],
        ["保证范围", "本金、利息、逾期利息、违约金及实现债权的费用"],
    ]),
    ("p", "联保各方在债权人处的借款，相互提供同等担保。"),
    ("p", "因本协议发生争议，向债权人所在地人民法院起诉。"),
    ("p", "债权人、借款人、联保人（均盖章）"),
    ("p", "2023年7月1日"),
], {
    "principal": "3000000", "lender": "温州东瓯实业有限公司", "lender_kind": "enterprise",
    "borrower": "温州华丰阀门有限公司", "borrower_kind": "enterprise", "start_date": "2023-07-01",
    "end_date": "2025-06-30", "dispute_method": "court", "guarantee_type": "连带责任保证",
    "guarantee_period_months": 24,
}, [],
    notes="联保 guarantee instrument: three guarantors, so guarantor left out; all joint, two years: no guarantee finding. "
          "Rates and repayment sit in the main contract: left out. contract_date left out (the main contract's date "
          "is not printed; this paper's date is the guarantee's).")

add("hq24_jiekuan_hetong_2015_xiege.txt", "utf8", """借款合同

出借人（甲方）：王爱珍
借款人（乙方）：胡志坚（瓯海区志坚鞋革材料店业主）

第一条 乙方向甲方借款人民币叁拾万元整（300000元），甲方于签约当日以现金交付。
第二条 借款期限一年，自2015年10月8日至2016年10月7日。
第三条 月利率3.5%，利息按月支付，本金到期归还。
第四条 本合同自双方签字之日起生效。

甲方：王爱珍      乙方：胡志坚
签订日期：2015年10月8日

还款记录（甲方记，乙方签字确认）：
2018年9月30日  收到乙方还款伍万元    胡志坚
2021年6月15日  收到乙方还款叁万元    胡志坚
2024年5月20日  收到乙方还款贰万元    胡志坚
""", {
    "principal": "300000", "amount_delivered": "300000", "annual_rate": 0.42, "overdue_rate": None,
    "penalty_rate": None, "lender": "王爱珍", "lender_kind": "natural_person", "borrower": "胡志坚",
    "borrower_kind": "natural_person", "contract_date": "2015-10-08", "start_date": "2015-10-08",
    "end_date": "2016-10-07", "repayment_method": "按月付息、到期还本", "dispute_method": None, **NO_GUARANTEE,
}, ["pre_lpr_rate_rules", "no_overdue_rate_agreed"],
    notes="2015 contract (after the 2015 rules took effect): 月利率3.5 % = 42 %, above the 36 % void line. Due "
          "2016-10-07; signed payments 2018-09-30, 2021-06-15, 2024-05-20, each inside the running period: runs to "
          "2027-05-20, no limitation finding. No overdue term.")

add("hq25_jietiao_dianqi_nongli_wulixi.txt", "utf8", """借  条

今借到吴晓东现金人民币叁拾万元整（300000元），用于本人柳市海波电器配件厂周转，过年前还清。

借款人：林海波
身份证号：3303821983****0736
甲辰年八月初一
""", {
    "principal": "300000", "amount_delivered": "300000", "annual_rate": None, "overdue_rate": None,
    "penalty_rate": None, "lender": "吴晓东", "lender_kind": "natural_person", "borrower": "林海波",
    "borrower_kind": "natural_person", "contract_date": "2024-09-03", "start_date": "2024-09-03",
    "dispute_method": None, **NO_GUARANTEE,
}, ["no_interest_agreed", "no_overdue_rate_agreed"],
    notes="Silence on interest (not an explicit zero): annual_rate null, no_interest_agreed. 甲辰年八月初一 = 2024-09-03 "
          "(八月十五 = 2024-09-17). '过年前' is vague: end_date and repayment_method left out.")

add("hq26_cunzhen_yinhang_jingyingdai_bengfa.docx", "docx", [
    ("h", "个人经营性借款合同"),
    ("p", "合同编号：OYCZ-JY-2024-0312"),
    ("p", "贷款人：温州瓯越村镇银行股份有限公司"),
    ("p", "借款人：叶成龙，龙湾区成龙泵阀经营部经营者"),
    ("p", "保证人：叶成虎"),
    ("t", [
        ["借款金额", "人民币伍拾万元整（¥500,000.00）"],
        ["借款期限", "12个月，自2024年3月12日至2025年3月11日"],
        ["借款利率", "一年期LPR加200个基点；本合同签订日前一日公布的一年期LPR为3.45%，执行年利率5.45%"],
        ["还款方式", "按月付息，到期还本"],
        ["罚息", "逾期贷款按执行利率上浮50%计收"],
        ["担保", "叶成虎提供连带责任保证，保证期间为主债务履行期限届满之日起三年"],
    ]),
    ("p", "因本合同产生的争议，由贷款人所在地人民法院管辖。"),
    ("p", "贷款人：温州瓯越村镇银行股份有限公司（盖章）    借款人：叶成龙    保证人：叶成虎"),
    ("p", "签订日期：2024年3月12日"),
], {
    "principal": "500000", "amount_delivered": "500000", "annual_rate": 0.0545, "overdue_rate": 0.08175,
    "penalty_rate": None, "lender": "温州瓯越村镇银行股份有限公司", "lender_kind": "licensed_lender",
    "borrower": "叶成龙", "borrower_kind": "natural_person", "contract_date": "2024-03-12",
    "start_date": "2024-03-12", "end_date": "2025-03-11", "repayment_method": "按月付息、到期还本",
    "dispute_method": "court", "guarantor": "叶成虎", "guarantee_type": "连带责任保证",
    "guarantee_period_months": 36,
}, ["cap_not_applicable_licensed_lender"],
    notes="村镇银行 经营贷: LPR 3.45 % + 200 BP = 5.45 %; 罚息 +50 % = 8.175 %.")

add("hq27_jiekuan_hetong_xiecai_4bei_bianjie.txt", "utf8", """借款合同

出借人：潘丽君，身份证号3303021976****0827
借款人：温州鼎丰鞋材有限公司，法定代表人：陈鼎丰

一、借款金额：人民币捌拾万元整（¥800,000.00），出借人于签约当日转账支付。
二、借款期限：自2025年6月10日至2026年6月9日。
三、利率：年利率12%（不超过合同成立时一年期贷款市场报价利率的四倍），按季付息，每季末月10日支付，本金到期一次还清。
四、逾期：借款人逾期还款的，逾期利率同借期内利率。
五、争议：向出借人住所地人民法院起诉。

出借人：潘丽君          借款人：温州鼎丰鞋材有限公司（盖章）
2025年6月10日
""", {
    "principal": "800000", "amount_delivered": "800000", "annual_rate": 0.12, "overdue_rate": 0.12,
    "penalty_rate": None, "lender": "潘丽君", "lender_kind": "natural_person", "borrower": "温州鼎丰鞋材有限公司",
    "borrower_kind": "enterprise", "contract_date": "2025-06-10", "start_date": "2025-06-10",
    "end_date": "2026-06-09", "repayment_method": "按季付息、到期还本", "dispute_method": "court", **NO_GUARANTEE,
}, [],
    notes="Boundary: LPR on 2025-06-10 is 3.00 % (2025-05-20 row, still before the 2025-06-20 publication), cap exactly "
          "12 %. 12 % is not above it; overdue equal to the rate, 12 %, not above either. No finding.")

add("hq28_jietiao_2020_dianqi_liqianjiabei.txt", "utf8", """借  条

今借去戴国平铜钿人民币肆拾万元整（400000元），电器配件厂周转用。借期一年，自2020年11月20日至2021年11月19日，利钱每月每万元壹佰元，到期连本带利一次还清。逾期不还，利钱加倍。

借款人：麻志勇（柳市志勇电器配件厂）
担保人：麻志刚
2020年11月20日

（背面）2024年10月5日  麻志勇还本钿伍万元。  戴国平收
""", {
    "principal": "400000", "amount_delivered": "400000", "annual_rate": 0.12, "overdue_rate": 0.24,
    "penalty_rate": None, "lender": "戴国平", "lender_kind": "natural_person", "borrower": "麻志勇",
    "borrower_kind": "natural_person", "contract_date": "2020-11-20", "start_date": "2020-11-20",
    "end_date": "2021-11-19", "repayment_method": "到期一次性还本付息", "dispute_method": None,
    "guarantor": "麻志刚", "guarantee_type": "unspecified", "guarantee_period_months": None,
}, ["overdue_charges_above_cap"],
    notes="每月每万元壹佰元 = 1 %/month = 12 %; 利钱加倍 = 24 % overdue > 4 × 3.85 % = 15.4 %. Bare 担保人 given "
          "2020-11-20, before the 民法典: 担保法 applies, no type/period finding (rules v3). Due 2021-11-19; payment "
          "2024-10-05 inside the period, runs to 2027-10-05.")

add("hq29_jieju_yibanbaozheng_bengfa.txt", "utf8", """借  据

借款人：永嘉宏泰泵阀有限公司
出借人：潘晓东

今借到潘晓东人民币陆拾万元整（¥600,000.00），用于泵阀厂发工资及购料周转。
借款期限：2023年2月15日至2024年2月14日。
利息：月息一分，按月付息，到期还本。
逾期：逾期部分按月息一分二计算。
保证：本人吴志宏自愿为上述借款提供一般保证，保证期间为借款到期后一年。

借款人：永嘉宏泰泵阀有限公司（盖章）  法定代表人：吴志宏
保证人：吴志宏
2023年2月15日
""", {
    "principal": "600000", "amount_delivered": "600000", "annual_rate": 0.12, "overdue_rate": 0.144,
    "penalty_rate": None, "lender": "潘晓东", "lender_kind": "natural_person", "borrower": "永嘉宏泰泵阀有限公司",
    "borrower_kind": "enterprise", "contract_date": "2023-02-15", "start_date": "2023-02-15",
    "end_date": "2024-02-14", "repayment_method": "按月付息、到期还本", "dispute_method": None,
    "guarantor": "吴志宏", "guarantee_type": "一般保证", "guarantee_period_months": 12,
}, [],
    notes="一般保证 stated in words with a one-year period: no guarantee finding. LPR 2023-02-15 = 3.65 %, cap 14.6 %: "
          "12 % and overdue 14.4 % both under.")

add("hq30_jiekuan_2018_pige_danbao_cuikuan.txt", "utf8", """借款协议

出借人：温州大发皮革贸易有限公司
借款人：潘建华（鹿城区建华鞋厂业主）
担保人：潘金福

一、借款人民币贰拾万元整（200000元），期限一年，自2018年4月12日至2019年4月11日。
二、年利率20%，到期一次还本付息。
三、借款人逾期还款的，按年利率24%计收逾期利息。
四、担保人潘金福为本借款提供担保。
五、因本协议发生的争议，由出借人所在地人民法院管辖。

出借人：温州大发皮革贸易有限公司（盖章）
借款人：潘建华      担保人：潘金福
2018年4月12日

还款及催收记录：
2021年12月20日  潘建华还款贰万元（工行转账）
2024年1月15日  我司寄送《催款通知书》，潘建华签收。
""", {
    "principal": "200000", "amount_delivered": "200000", "annual_rate": 0.20, "overdue_rate": 0.24,
    "penalty_rate": None, "lender": "温州大发皮革贸易有限公司", "lender_kind": "enterprise", "borrower": "潘建华",
    "borrower_kind": "natural_person", "contract_date": "2018-04-12", "start_date": "2018-04-12",
    "end_date": "2019-04-11", "repayment_method": "到期一次性还本付息", "dispute_method": "court",
    "guarantor": "潘金福", "guarantee_type": "unspecified", "guarantee_period_months": None,
}, ["pre_lpr_rate_rules"],
    notes="2018, pre-LPR: 20 % under the 24 % line (the finding is the pre-LPR notice). Overdue 24 % is at the 2015 "
          "rules' supported line and no LPR cap exists on this date: no overdue finding. Bare 担保人 in 2018: 担保法, no "
          "guarantee finding. Due 2019-04-11; payment 2021-12-20 (inside, to 2024-12-20) and signed demand 2024-01-15 "
          "(inside, to 2027-01-15): not expired on 2026-12-10.")


# ---------------------------------------------------------------------------------------------------------------
DOCX = cb.DocxMeta(author="陈海燕", fixed_time=(2026, 12, 10, 9, 0, 0), font_pt=10.5, file_mode=0o644)


def build() -> None:
    cb.write_documents(HERE, [(d["file"], d["fmt"], d["body"]) for d in DOCS], DOCX, expected=30)
    cb.write_gold(HERE / "gold.jsonl", [d["gold"] for d in DOCS])
    print(f"wrote {len(DOCS)} documents and gold.jsonl to {HERE}")


if __name__ == "__main__":
    build()
