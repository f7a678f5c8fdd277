"""Build contracts_holdout20: 30 loan/guarantee documents and gold.jsonl, typed by hand (author 21, persona 黄丽珍,
a clerk at a made-up 泉州/晋江 民间借贷登记服务中心 who also checks files for a 小额贷款 company). Every text and every
gold row is written out literally below; this script only writes them to disk (TXT UTF-8, TXT GB18030, DOCX)
deterministically.

Run:  /work/main/.venv/bin/python eval/datasets/contracts_holdout20/make_dataset.py
Held out: never tune on these rows.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from eval.datasets import _contracts_build as cb  # noqa: E402

HERE = Path(__file__).resolve().parent

NP, ENT, LIC = "natural_person", "enterprise", "licensed_lender"
JOINT, GENERAL, UNSPEC = "连带责任保证", "一般保证", "unspecified"
M_ONCE, M_MONTH, M_QUARTER, M_EQ = "到期一次性还本付息", "按月付息、到期还本", "按季付息、到期还本", "等额本息"
AS_OF = "2025-11-20"

DOCS: list[dict] = []


def doc(name: str, fmt: str, body, gold: dict) -> None:
    DOCS.append({"name": name, "fmt": fmt, "body": body, "gold": gold})


NO_GUARANTEE = {"guarantor": None, "guarantee_type": None, "guarantee_period_months": None}

# ---------------------------------------------------------------------------------------------------------------
# ht01  晋江 鞋厂 借条, 月息1.5分, no overdue term
doc("ht01_jinjiang_xiechang_jietiao.txt", "utf8", """借  条

今借到许文彬（身份证号350582197506******）人民币伍拾万元整（¥500,000.00），作阮鞋厂买鞋底、EVA材料周转用，钱当日已收到。
讲好月息1.5分，每月15号前利息转予许文彬，本金2024年12月31日前一次还清。阮有影会还，免惊。

借款人：蔡志强（身份证号350582198211******）
电话：139****6621

2024年3月15日  于晋江陈埭
""", {
    "as_of": AS_OF,
    "fields": {
        "lender": "许文彬", "lender_kind": NP, "borrower": "蔡志强", "borrower_kind": NP,
        "principal": "500000", "amount_delivered": "500000", "annual_rate": "0.18",
        "overdue_rate": None, "penalty_rate": None,
        "contract_date": "2024-03-15", "start_date": "2024-03-15", "end_date": "2024-12-31",
        "repayment_method": M_MONTH, "dispute_method": None, **NO_GUARANTEE,
    },
    "findings": ["rate_above_4x_lpr", "no_overdue_rate_agreed"],
    "notes": "月息1.5分 = 1.5 %/month = 18 %/yr. LPR on 2024-03-15 is 3.45 → cap 13.8 % → above. No overdue term, no "
             "penalty → no_overdue_rate_agreed. Due 2024-12-31, limitation runs to 2027.",
})

# ht02  标会/会仔 debt turned into a 欠条, interest 'to be discussed', lunar due date
doc("ht02_biaohui_huizai_qiantiao.txt", "utf8", """欠  条

阮（林春生）前年起参加林秀治做会头的会仔，每月会钱叁仟元。阮今年正月标得会款以后，后面十二期的会钱都是林秀治代阮垫出，
共计人民币叁万陆仟元整（¥36,000.00）。这笔钱算阮向林秀治借的，阮欠伊叁万陆仟元整。
利息按会里标的算，到时再讲。
定农历癸卯年十二月廿五（过年前）还伊，阮若按怎都凑不出，先还一半。

欠款人：林春生（身份证号350521197908******）
见证：会脚 林金花

农历三月廿一（即2023年5月10日）
""", {
    "as_of": AS_OF,
    "fields": {
        "lender": "林秀治", "lender_kind": NP, "borrower": "林春生", "borrower_kind": NP,
        "principal": "36000", "amount_delivered": "36000",
        "overdue_rate": None, "penalty_rate": None,
        "contract_date": "2023-05-10", "end_date": "2024-02-04",
        "dispute_method": None, **NO_GUARANTEE,
    },
    "findings": ["no_interest_agreed", "no_overdue_rate_agreed"],
    "notes": "Interest mentioned but left to 'the 会's bid rate, to be discussed' → unclear → no_interest_agreed, "
             "annual_rate left out. No overdue term. 农历癸卯年十二月廿五 = 2024-02-04 (lunardate). start_date left "
             "out (the money was advanced over twelve months). 见证 is a witness, not a guarantor.",
})

# ht03  Philippine 华侨 lender, bilingual clause, payment note restarts limitation
doc("ht03_feilvbin_huaqiao_shuangyu.txt", "utf8", """借款协议  LOAN AGREEMENT

出借人（甲方）：施振南（菲律宾华侨，住马尼拉岷伦洛区，护照号P9*****2）
Lender: SY Chin Nam (施振南), Binondo, Manila, Philippines
借款人（乙方）：洪志明（身份证号350581197210******），石狮市宝盖镇服装加工厂业主
Borrower: HONG Zhiming, Baogai Town, Shishi, Fujian

一、借款金额：人民币叁拾万元整（¥300,000.00）。甲方在菲律宾经商，本借款不以比索计付，由甲方胞弟施振东于2021年6月1日
在石狮代为转入乙方账户。
二、借款期限：自2021年6月1日起至2022年5月31日止。
三、利息：年利率8%，按季付息，到期一次还本。
Interest: 8% per annum, payable quarterly; the principal is repayable in full on 31 May 2022. If the Borrower fails to
repay on time, overdue interest accrues at 12% per annum on the unpaid amount. The Chinese text prevails.
四、逾期：乙方逾期还款的，逾期部分按年利率12%计收逾期利息。
五、争议：协商不成的，向乙方所在地人民法院起诉。

甲方：施振南（施振东代签，附授权书）      乙方：洪志明
2021年6月1日  于石狮

备注：2024年9月2日，洪志明还利息壹万贰仟元，施振东代收。  施振东  洪志明
""", {
    "as_of": AS_OF,
    "fields": {
        "lender": "施振南", "lender_kind": NP, "borrower": "洪志明", "borrower_kind": NP,
        "principal": "300000", "amount_delivered": "300000", "annual_rate": "0.08",
        "overdue_rate": "0.12", "penalty_rate": None,
        "contract_date": "2021-06-01", "start_date": "2021-06-01", "end_date": "2022-05-31",
        "repayment_method": M_QUARTER, "dispute_method": "court", **NO_GUARANTEE,
    },
    "findings": [],
    "notes": "LPR 2021-06-01 = 3.85 → cap 15.4 %; 8 % and 12 % below. Due 2022-05-31 would expire 2025-05-31, but the "
             "payment noted 2024-09-02 (before expiry) restarts it to 2027-09-02 → no limitation finding.",
})

# ht04  祥芝 渔船 抵押, overdue +50 %
doc("ht04_xiangzhi_yuchuan_diya.txt", "utf8", """渔船抵押借款合同

出借人：蔡金水（石狮市祥芝镇，身份证号350581196804******）
借款人：张永福（石狮市祥芝镇，身份证号350581197701******）

第一条  借款金额人民币捌拾万元整（¥800,000.00），用于渔船换网、伏季休渔结束后出海备料。
第二条  借款期限一年，自2022年3月1日起至2023年2月28日止。
第三条  年利率12%，按季付息，到期还本。
第四条  借款人以其所有的“闽狮渔05188”号钢质渔船（船籍港石狮）设定抵押，并到渔港监督机关办理抵押登记。
第五条  借款人逾期还款的，逾期期间在约定利率基础上加收50%计收逾期利息。
第六条  因本合同发生争议，向石狮市人民法院起诉。

出借人：蔡金水        借款人：张永福
签订日期：2022年3月1日
""", {
    "as_of": AS_OF,
    "fields": {
        "lender": "蔡金水", "lender_kind": NP, "borrower": "张永福", "borrower_kind": NP,
        "principal": "800000", "amount_delivered": "800000", "annual_rate": "0.12",
        "overdue_rate": "0.18", "penalty_rate": None,
        "contract_date": "2022-03-01", "start_date": "2022-03-01", "end_date": "2023-02-28",
        "repayment_method": M_QUARTER, "dispute_method": "court",
    },
    "findings": ["overdue_charges_above_cap"],
    "notes": "LPR 2022-03-01 = 3.70 → cap 14.8 %. Loan 12 % fine; overdue 12 % × 1.5 = 18 % → above. The boat is the "
             "borrower's own → guarantor fields left out.",
})

# ht05  安溪 铁观音 存货 质押, enterprise lender, overdue daily
doc("ht05_anxi_tieguanyin_cunhuo_zhiya.txt", "utf8", """存货质押借款合同

出借人（甲方）：安溪茗香茶业有限公司
借款人（乙方）：王清河（安溪县感德镇茶农，身份证号350524198003******）

一、甲方借予乙方人民币贰拾万元整（¥200,000.00），用于收购秋茶毛茶。
二、借款期限自2023年9月10日起至2024年3月9日止。
三、利息按月利率1%计算，每月20日前付息，到期还本。
四、乙方以其存放于甲方仓库的安溪铁观音（浓香型，一级，计1,200斤，每斤按贰佰元估值）出质，由甲方占有保管，
出库须经甲方书面同意。
五、乙方逾期还款的，逾期利息按日万分之五计算。
六、本合同争议提交泉州仲裁委员会仲裁。

甲方（盖章）：安溪茗香茶业有限公司      乙方：王清河
2023年9月10日
""", {
    "as_of": AS_OF,
    "fields": {
        "lender": "安溪茗香茶业有限公司", "lender_kind": ENT, "borrower": "王清河", "borrower_kind": NP,
        "principal": "200000", "amount_delivered": "200000", "annual_rate": "0.12",
        "overdue_rate": "0.1825", "penalty_rate": None,
        "contract_date": "2023-09-10", "start_date": "2023-09-10", "end_date": "2024-03-09",
        "repayment_method": M_MONTH, "dispute_method": "arbitration",
    },
    "findings": ["overdue_charges_above_cap"],
    "notes": "LPR 2023-09-10 = 3.45 → cap 13.8 %. 月利率1% = 12 % fine; 日万分之五 × 365 = 18.25 % → above. The tea is "
             "the borrower's own pledge → guarantor fields left out.",
})

# ht06  磁灶 陶瓷 enterprise loan, 厂房 抵押 + 互保 guarantor (docx tables)
doc("ht06_cizao_taoci_hubao_changfang.docx", "docx", [
    ("h", "借款合同（厂房抵押及保证）"),
    ("p", "合同编号：HX-JK-2021-009"),
    ("t", [["项目", "约定内容"],
           ["出借人", "晋江市恒兴陶瓷有限公司"],
           ["借款人", "晋江市鑫达陶瓷有限公司"],
           ["借款金额", "人民币壹佰伍拾万元整（¥1,500,000.00）"],
           ["借款期限", "2021年9月15日至2024年9月14日"],
           ["年利率", "10%"],
           ["付息方式", "按月付息，到期还本"],
           ["逾期利率", "年利率15%"]]),
    ("p", "第一条 抵押：借款人以其位于晋江市磁灶镇大埔村的自有厂房（不动产权证号闽（2019）晋江市不动产权第00****7号）"
          "为本合同借款提供抵押担保，并办理抵押登记。"),
    ("p", "第二条 保证：晋江市华隆石材有限公司（与借款人互为对方在银行的贷款提供担保）自愿为本合同项下借款提供连带责任保证，"
          "保证期间为主债务履行期限届满之日起二年。"),
    ("p", "第三条 争议：因本合同发生的争议，向出借人所在地人民法院起诉。"),
    ("p", "出借人（盖章）：晋江市恒兴陶瓷有限公司    借款人（盖章）：晋江市鑫达陶瓷有限公司    保证人（盖章）：晋江市华隆石材有限公司"),
    ("p", "签订日期：2021年9月15日"),
], {
    "as_of": AS_OF,
    "fields": {
        "lender": "晋江市恒兴陶瓷有限公司", "lender_kind": ENT, "borrower": "晋江市鑫达陶瓷有限公司", "borrower_kind": ENT,
        "principal": "1500000", "amount_delivered": "1500000", "annual_rate": "0.10",
        "overdue_rate": "0.15", "penalty_rate": None,
        "contract_date": "2021-09-15", "start_date": "2021-09-15", "end_date": "2024-09-14",
        "repayment_method": M_MONTH, "dispute_method": "court",
        "guarantor": "晋江市华隆石材有限公司", "guarantee_type": JOINT, "guarantee_period_months": 24,
    },
    "findings": [],
    "notes": "LPR 2021-09-15 = 3.85 → cap 15.4 %; 10 % and 15 % below. 连带 with 二年 stated. The 厂房 is the borrower's "
             "own; the only third-party security is the 保证 → guarantor = 华隆石材.",
})

# ht07  包工头 欠条, 月一分半, due 'when the project pays'
doc("ht07_baogongtou_jiekuan_qiantiao.txt", "utf8", """欠  条

今欠到王阿狮借款人民币捌万元整（¥80,000.00），是阮做南安官桥鞋厂厂房工程时借来发工人工钱的，钱阮已经收到。
利息一个月一分半。伊问阮按怎还，阮讲等业主的工程款落来就还伊本金和利息。

欠款人：陈建华（包工头，身份证号350583197612******）
2024年1月20日
""", {
    "as_of": AS_OF,
    "fields": {
        "lender": "王阿狮", "lender_kind": NP, "borrower": "陈建华", "borrower_kind": NP,
        "principal": "80000", "amount_delivered": "80000", "annual_rate": "0.18",
        "overdue_rate": None, "penalty_rate": None,
        "contract_date": "2024-01-20", "start_date": "2024-01-20",
        "dispute_method": None, **NO_GUARANTEE,
    },
    "findings": ["rate_above_4x_lpr", "no_overdue_rate_agreed"],
    "notes": "一分半 a month = 1.5 %/month = 18 %. LPR 2024-01-20 = 3.45 → cap 13.8 % → above. Due date is 'when the "
             "project money comes' → end_date and repayment_method left out; no due date → no limitation finding.",
})

# ht08  南安 石材 过桥 for bank 续贷, 日千分之二, legal rep as joint guarantor without period
doc("ht08_nanan_shicai_guoqiao.txt", "utf8", """过桥借款协议

甲方（出借人）：刘建成（身份证号350502197305******）
乙方（借款人）：南安市宏基石材有限公司（法定代表人：郑宏基）

鉴于乙方在中国建设银行南安支行的流动资金贷款将于2024年8月5日到期，乙方须先归还后再申请续贷，双方约定如下：
1．甲方借予乙方人民币贰佰万元整（¥2,000,000.00），专用于归还上述银行贷款，于2024年8月5日转入乙方指定的还贷账户。
2．借款期限十天，自2024年8月5日起至2024年8月15日止；银行续贷资金发放当日，乙方应连本带息归还甲方。
3．资金使用费按日千分之二计算，与本金一并归还。
4．乙方逾期未还的，逾期部分按日千分之三计收资金占用费。
5．郑宏基自愿对乙方上述债务承担连带保证责任。
6．因本协议发生争议，向甲方所在地人民法院起诉。

甲方：刘建成      乙方（盖章）：南安市宏基石材有限公司      保证人：郑宏基
2024年8月5日
""", {
    "as_of": AS_OF,
    "fields": {
        "lender": "刘建成", "lender_kind": NP, "borrower": "南安市宏基石材有限公司", "borrower_kind": ENT,
        "principal": "2000000", "amount_delivered": "2000000", "annual_rate": "0.73",
        "overdue_rate": "1.095", "penalty_rate": None,
        "contract_date": "2024-08-05", "start_date": "2024-08-05", "end_date": "2024-08-15",
        "repayment_method": M_ONCE, "dispute_method": "court",
        "guarantor": "郑宏基", "guarantee_type": JOINT, "guarantee_period_months": None,
    },
    "findings": ["rate_above_4x_lpr", "overdue_charges_above_cap", "guarantee_period_defaults_to_6_months"],
    "notes": "资金使用费 日千分之二 × 365 = 73 %; overdue 日千分之三 = 109.5 %. LPR 2024-08-05 = 3.35 (from 2024-07-22) → "
             "cap 13.4 %. The bank is only named as the loan being bridged — not a party. 连带 with no period, "
             "given 2024 → six-month default.",
})

# ht09  晋江 小贷 with 服务费 / 咨询费 (docx tables)
doc("ht09_hengxin_xiaodai_fuwufei.docx", "docx", [
    ("h", "个人经营性借款合同"),
    ("p", "合同编号：JJHX-2024-0508-017"),
    ("t", [["项目", "约定内容"],
           ["贷款人", "晋江市恒信小额贷款股份有限公司"],
           ["借款人", "吴秀琴（身份证号350582198507******，经营鞋材店）"],
           ["借款金额", "人民币叁拾万元整（¥300,000.00）"],
           ["借款期限", "12个月，自2024年5月8日至2025年5月7日"],
           ["月利率", "1.2%"],
           ["还款方式", "按月付息，到期还本"],
           ["逾期罚息", "在借款利率基础上加收50%"]]),
    ("t", [["费用项目", "标准", "收取方式"],
           ["服务费", "借款金额的2%", "放款前由借款人另行支付，不从借款中扣除"],
           ["咨询费", "每月为借款金额的0.3%", "随利息按月支付"]]),
    ("p", "保证：黄志明（借款人配偶，身份证号350582198301******）提供连带责任保证，保证期间为主债务履行期限届满之日起三年。"),
    ("p", "争议：因本合同发生的争议，向贷款人所在地人民法院起诉。"),
    ("p", "贷款人（盖章）    借款人：吴秀琴    保证人：黄志明"),
    ("p", "签订日期：2024年5月8日"),
], {
    "as_of": AS_OF,
    "fields": {
        "lender": "晋江市恒信小额贷款股份有限公司", "lender_kind": LIC, "borrower": "吴秀琴", "borrower_kind": NP,
        "principal": "300000", "amount_delivered": "300000", "annual_rate": "0.144",
        "overdue_rate": "0.216", "penalty_rate": None,
        "contract_date": "2024-05-08", "start_date": "2024-05-08", "end_date": "2025-05-07",
        "repayment_method": M_MONTH, "dispute_method": "court",
        "guarantor": "黄志明", "guarantee_type": JOINT, "guarantee_period_months": 36,
    },
    "findings": ["cap_not_applicable_licensed_lender"],
    "notes": "小贷 → licensed (批复), only the info finding. 月1.2% = 14.4 %; 罚息 +50 % = 21.6 %. 服务费 paid "
             "separately, not deducted → delivered = principal. Fees not folded into annual_rate.",
})

# ht10  农商行 流动资金贷款 LPR + 80BP, 罚息, 复利, 互保 (docx tables)
doc("ht10_nongshang_liudong_lpr_jiadian.docx", "docx", [
    ("h", "流动资金借款合同"),
    ("p", "合同编号：(2023)晋农商池店流借字第1122号"),
    ("t", [["条款", "内容"],
           ["贷款人", "福建晋江农村商业银行股份有限公司池店支行"],
           ["借款人", "晋江市鸿运鞋业有限公司"],
           ["借款金额", "人民币伍佰万元整（¥5,000,000.00）"],
           ["借款期限", "2023年11月22日至2024年11月21日"],
           ["借款利率", "以本合同签订日前一个工作日公布的一年期贷款市场报价利率（LPR，3.45%）加80个基点（1BP=0.01%）确定，"
                    "即年利率4.25%，借款期限内固定不变"],
           ["结息方式", "按月结息，结息日为每月20日，到期一次还本"],
           ["罚息", "逾期贷款罚息利率为借款利率上浮50%，即年利率6.375%"],
           ["复利", "对不能按时支付的利息，按罚息利率计收复利"]]),
    ("p", "担保：晋江市金鹰鞋材有限公司为本合同项下债务提供连带责任保证，另签保证合同，保证期间为主债务履行期限届满之日起三年。"
          "借款人与晋江市金鹰鞋材有限公司互为对方在本行的借款提供保证。"),
    ("p", "争议解决：向贷款人所在地人民法院起诉。"),
    ("p", "贷款人（公章）    借款人（公章）    签订日期：2023年11月22日"),
], {
    "as_of": AS_OF,
    "fields": {
        "lender": "福建晋江农村商业银行股份有限公司池店支行", "lender_kind": LIC,
        "borrower": "晋江市鸿运鞋业有限公司", "borrower_kind": ENT,
        "principal": "5000000", "amount_delivered": "5000000", "annual_rate": "0.0425",
        "overdue_rate": "0.06375", "penalty_rate": None,
        "contract_date": "2023-11-22", "start_date": "2023-11-22", "end_date": "2024-11-21",
        "repayment_method": M_MONTH, "dispute_method": "court",
        "guarantor": "晋江市金鹰鞋材有限公司", "guarantee_type": JOINT, "guarantee_period_months": 36,
    },
    "findings": ["cap_not_applicable_licensed_lender"],
    "notes": "Bank (农商行) → licensed; 复利 on a bank loan is no private-lending finding. 3.45 + 0.80 = 4.25 %; "
             "罚息 4.25 × 1.5 = 6.375 %.",
})

# ht11  车辆 抵押, 月息壹分 利随本清, daily 违约金
doc("ht11_cheliang_diya_jiekuan.txt", "utf8", """借款合同（车辆抵押）

出借人：陈丽玲（身份证号350581198904******）
借款人：蔡俊杰（身份证号350582199102******）

一、借款人向出借人借款人民币拾伍万元整（¥150,000.00），借期六个月，自2025年1月12日起至2025年7月11日止，
月息壹分，利随本清。
二、借款人以其名下闽C·8K2Q6号小型越野客车作抵押，已在车管所办理抵押登记，车辆由借款人继续使用。
三、借款人到期未还的，每日按未还本金的千分之一向出借人支付违约金。
四、发生争议由晋江市人民法院管辖。

出借人：陈丽玲      借款人：蔡俊杰
2025年1月12日
""", {
    "as_of": AS_OF,
    "fields": {
        "lender": "陈丽玲", "lender_kind": NP, "borrower": "蔡俊杰", "borrower_kind": NP,
        "principal": "150000", "amount_delivered": "150000", "annual_rate": "0.12",
        "overdue_rate": None, "penalty_rate": "0.365",
        "contract_date": "2025-01-12", "start_date": "2025-01-12", "end_date": "2025-07-11",
        "repayment_method": M_ONCE, "dispute_method": "court",
    },
    "findings": ["overdue_charges_above_cap"],
    "notes": "LPR 2025-01-12 = 3.10 → cap 12.4 %; 月息壹分 = 12 % fine. Daily 违约金 千分之一 = 36.5 % → penalty_rate, "
             "overdue_rate null (holdout18 convention); total above cap. Car is the borrower's own → guarantor fields "
             "left out.",
})

# ht12  典当 with first-period interest and 综合费 withheld (docx table)
doc("ht12_huijin_diandang_huangjin.docx", "docx", [
    ("h", "典当合同（当票附件）"),
    ("t", [["项目", "内容"],
           ["典当行", "泉州市鲤城区汇金典当有限责任公司"],
           ["当户", "庄美华（身份证号350502198812******）"],
           ["当物", "足金手镯两只、足金项链一条，合计净重312.6克"],
           ["评估价值", "人民币壹拾伍万陆仟元整"],
           ["当金", "人民币壹拾万元整（¥100,000.00）"],
           ["典当期限", "2025年2月18日至2025年3月19日"],
           ["月利率", "0.5%"],
           ["月综合费率", "2.5%"],
           ["实付当金", "人民币玖万柒仟元整（已扣除首期利息伍佰元、综合费贰仟伍佰元）"]]),
    ("p", "典当期限或者续当期限届满后五日内，当户应当赎当或者续当；逾期不赎当也不续当的，为绝当，典当行按规定处理当物。"),
    ("p", "因本合同发生的争议，提交泉州仲裁委员会仲裁。"),
    ("p", "典当行（盖章）    当户：庄美华    2025年2月18日"),
], {
    "as_of": AS_OF,
    "fields": {
        "lender": "泉州市鲤城区汇金典当有限责任公司", "lender_kind": LIC, "borrower": "庄美华", "borrower_kind": NP,
        "principal": "100000", "amount_delivered": "97000", "annual_rate": "0.06",
        "overdue_rate": None, "penalty_rate": None,
        "contract_date": "2025-02-18", "start_date": "2025-02-18", "end_date": "2025-03-19",
        "dispute_method": "arbitration",
    },
    "findings": ["cap_not_applicable_licensed_lender", "interest_deducted_upfront"],
    "notes": "典当 → licensed. 500 interest + 2,500 综合费 withheld → delivered 97,000 (holdout16/18 treat a withheld "
             "fee the same way). annual_rate = 利率 0.5 %/month only. Pledge by the borrower → guarantor fields "
             "left out; 绝当 is no overdue rate → null; repayment pattern (赎当) not one of the four → left out.",
})

# ht13  融资租赁 售后回租 of kiln equipment (docx table)
doc("ht13_minrong_rongzi_zulin_yaolu.docx", "docx", [
    ("h", "融资租赁合同（售后回租）"),
    ("p", "合同编号：MRZL-HZ-2022-0630"),
    ("t", [["项目", "约定"],
           ["出租人", "泉州闽融融资租赁有限公司"],
           ["承租人", "晋江市福达陶瓷有限公司"],
           ["租赁物", "辊道窑一条、全自动压砖机两台（承租人自有设备，由出租人购买后回租给承租人）"],
           ["租赁本金（购买价款）", "人民币壹佰贰拾万元整（¥1,200,000.00）"],
           ["租赁期限", "24个月，自2022年6月30日至2024年6月29日"],
           ["租息率", "年7.8%"],
           ["租金支付", "等额本息，按月支付，每期租金人民币54,163.36元"],
           ["逾期", "逾期租金按日万分之五计收逾期利息"]]),
    ("p", "保证：承租人法定代表人林福达提供连带责任保证，保证期间为主债务履行期限届满之日起三年。"),
    ("p", "争议：向出租人所在地人民法院起诉。"),
    ("p", "出租人（盖章）    承租人（盖章）    保证人：林福达    2022年6月30日"),
], {
    "as_of": AS_OF,
    "fields": {
        "lender": "泉州闽融融资租赁有限公司", "lender_kind": LIC, "borrower": "晋江市福达陶瓷有限公司", "borrower_kind": ENT,
        "principal": "1200000", "amount_delivered": "1200000", "annual_rate": "0.078",
        "overdue_rate": "0.1825", "penalty_rate": None,
        "contract_date": "2022-06-30", "start_date": "2022-06-30", "end_date": "2024-06-29",
        "repayment_method": M_EQ, "dispute_method": "court",
        "guarantor": "林福达", "guarantee_type": JOINT, "guarantee_period_months": 36,
    },
    "findings": ["cap_not_applicable_licensed_lender"],
    "notes": "融资租赁 company → licensed; the lessor is the 'lender'. Rent 54,163.36 = annuity of 1,200,000 at 7.8 %/12 "
             "over 24 months (computed once, typed in).",
})

# ht14  还款协议 after default: interest rolled into a new principal, bare 担保
doc("ht14_huankuan_xieyi_gunli.txt", "utf8", """还款协议

甲方（出借人）：吴建国（身份证号350521197411******）
乙方（借款人）：许阿水（身份证号350521198006******）
丙方（担保人）：许阿金（乙方胞兄，身份证号350521197703******）

2022年5月10日，乙方向甲方借款人民币叁拾万元整，约定月息壹分，2023年5月9日到期。到期后乙方未能还款。
经双方对账，截至2023年10月9日，乙方尚欠甲方本金叁拾万元、利息伍万壹仟元，合计叁拾伍万壹仟元。三方协商一致如下：
一、上述本息合计叁拾伍万壹仟元转为乙方新的借款本金，自2023年10月10日起仍按月息壹分计息，每月10日前付息。
二、乙方于2024年9月30日前还清全部本金。
三、乙方未按期付息或者还本的，除继续按月息壹分计息外，另按欠款总额每日万分之五向甲方支付违约金。
四、丙方许阿金愿意为乙方上述债务担保。
五、本协议发生争议，向甲方住所地人民法院起诉。

甲方：吴建国      乙方：许阿水      丙方：许阿金
2023年10月9日
""", {
    "as_of": AS_OF,
    "fields": {
        "lender": "吴建国", "lender_kind": NP, "borrower": "许阿水", "borrower_kind": NP,
        "annual_rate": "0.12", "overdue_rate": "0.12", "penalty_rate": "0.1825",
        "repayment_method": M_MONTH, "dispute_method": "court",
        "guarantor": "许阿金", "guarantee_type": UNSPEC, "guarantee_period_months": None,
    },
    "findings": ["compound_interest_restated", "overdue_charges_above_cap",
                 "guarantee_type_defaults_to_general", "guarantee_period_defaults_to_6_months"],
    "notes": "51,000 interest (17 months × 3,000) rolled into a new principal 351,000 → compound (the earlier 12 % is "
             "within the 2022-05-10 cap 14.8 %, so a warning, not a breach). Two principals and two dates → principal, "
             "amount_delivered, contract/start/end dates left out. Default: 12 % continues + 违约金 18.25 % = 30.25 % > "
             "14.8 % (and > 13.8 % at the agreement's own date). '愿意为…担保', 2023, no type, no period → both "
             "guarantee defaults.",
})

# ht15  陶瓷 以物抵债 for a 2021 loan at 月息壹分叁厘, overdue 贰分
doc("ht15_taoci_yiwu_dizhai.txt", "utf8", """以物抵债协议

甲方（债权人）：陈永泰（身份证号350582196909******）
乙方（债务人）：晋江市新利达陶瓷有限公司（法定代表人：李新利）

2021年3月5日，乙方向甲方借款人民币叁拾万元整，借条约定月息壹分叁厘，逾期未还按月息贰分计。现乙方资金周转困难，
无力以现金清偿，经双方协商，达成如下协议：
一、乙方以其库存的600×1200毫米通体大理石瓷砖共计5,000平方米（每平方米作价肆拾元，合计贰拾万元）抵偿所欠甲方借款本金
贰拾万元，于2024年6月10日前送至甲方指定的仓库。
二、抵债后乙方尚欠甲方借款本金壹拾万元，于2024年12月31日前还清，利息仍按原借条约定月息壹分叁厘计算；逾期未还的，
按原借条约定月息贰分计付逾期利息。
三、原借条项下截至本协议签订之日的利息，乙方已付清，双方不再结算。

甲方：陈永泰      乙方（盖章）：晋江市新利达陶瓷有限公司  法定代表人：李新利
2024年6月1日
""", {
    "as_of": AS_OF,
    "fields": {
        "lender": "陈永泰", "lender_kind": NP, "borrower": "晋江市新利达陶瓷有限公司", "borrower_kind": ENT,
        "annual_rate": "0.156", "overdue_rate": "0.24", "penalty_rate": None,
        "contract_date": "2024-06-01", "end_date": "2024-12-31",
        "dispute_method": None, **NO_GUARANTEE,
    },
    "findings": ["rate_above_4x_lpr", "overdue_charges_above_cap"],
    "notes": "Rates are the 2021-03-05 loan's (LPR 3.85 → cap 15.4 %): 月息壹分叁厘 = 15.6 % → above; overdue 24 % → "
             "above. contract_date = the 以物抵债 agreement's own signing (schema: loan_date carries the loan's day). "
             "Two principals (300,000 / 100,000 left) → principal and amount_delivered left out.",
})

# ht16  债务确认书 for a 2018 loan at 月息贰分 (GB18030)
doc("ht16_zhaiwu_querenshu_2018.txt", "gb18030", """债务确认书

确认人（债务人）：蔡永辉（身份证号350582197808******）
债权人：黄秀英（身份证号350582196311******）

本人蔡永辉于2018年4月12日向黄秀英借款人民币壹拾伍万元整，借条约定月息贰分，借期一年，至2019年4月11日到期。
因厂里生意不好，本人至今尚欠黄秀英借款本金壹拾伍万元整，以及自2019年1月起的利息未付。
本人确认上述债务有影，属实，并承诺于2023年12月31日前还清本金和利息。

确认人：蔡永辉
2022年3月15日
""", {
    "as_of": AS_OF,
    "fields": {
        "lender": "黄秀英", "lender_kind": NP, "borrower": "蔡永辉", "borrower_kind": NP,
        "principal": "150000", "annual_rate": "0.24",
    },
    "findings": ["pre_lpr_rate_rules"],
    "notes": "Recital of a 2018-04-12 loan (before 2019-08-20) → pre_lpr_rate_rules; 24 % sits at the supported line. "
             "Written acknowledgement 2022-03-15 before expiry (2022-04-11) with a new date 2023-12-31 → limitation "
             "to 2026-12-31, alive. Two dates / two due dates → contract/start/end dates left out; overdue, penalty, "
             "dispute and guarantee terms are not restated by the confirmation → left out.",
})

# ht17  晋江 法院 民事调解书, loan exactly at the cap on its own date
doc("ht17_jinjiang_fayuan_tiaojieshu.txt", "utf8", """福建省晋江市人民法院
民 事 调 解 书
（2024）闽0582民初3187号

原告：施丽华，女，1971年2月3日出生，汉族，住福建省晋江市青阳街道。
被告：晋江市安达鞋服有限公司，住所地福建省晋江市陈埭镇。
法定代表人：张安达，该公司执行董事。
被告：张安达，男，1975年9月12日出生，汉族，住福建省晋江市陈埭镇。

原告施丽华与被告晋江市安达鞋服有限公司、张安达民间借贷纠纷一案，本院于2024年4月8日立案后，依法适用简易程序进行了审理。
原告施丽华诉称：2022年11月3日，被告晋江市安达鞋服有限公司向原告借款人民币贰拾万元，约定年利率14.6%，借期半年；
被告张安达在借条上签字，承担连带保证责任。借款到期后，被告未还本付息。
本案审理过程中，经本院主持调解，当事人自愿达成如下协议：
一、被告晋江市安达鞋服有限公司于2024年10月31日前偿还原告施丽华借款本金贰拾万元及利息（以贰拾万元为基数，自2023年5月3日起
按年利率14.6%计至实际清偿之日止）；
二、被告张安达对上述第一项债务承担连带清偿责任，其清偿后有权向被告晋江市安达鞋服有限公司追偿；
三、案件受理费减半收取计贰仟壹佰元，由被告晋江市安达鞋服有限公司负担。
上述协议，不违反法律规定，本院予以确认。
本调解书经各方当事人签收后，即具有法律效力。

审判员  林  燕
二〇二四年五月二十日
书记员  许雅琴
""", {
    "as_of": AS_OF,
    "fields": {
        "lender": "施丽华", "lender_kind": NP, "borrower": "晋江市安达鞋服有限公司", "borrower_kind": ENT,
        "principal": "200000", "annual_rate": "0.146",
        "guarantor": "张安达", "guarantee_type": JOINT,
    },
    "findings": [],
    "notes": "Loan 2022-11-03: LPR 3.65 → cap 14.6 % → exactly at the cap, not above. At the 调解书's own date "
             "(2024-05-20, LPR 3.45 → 13.8 %) it would look above — the loan's date counts. Court paper: dates, "
             "overdue terms, dispute clause and the guarantee period are recited or not applicable → left out.",
})

# ht18  砍头息 借条, 月息贰分, two months' interest withheld
doc("ht18_kantouxi_jietiao.txt", "utf8", """借  条

今借到郑阿明人民币壹拾万元整（¥100,000.00），月息贰分，每两个月付一次利息，借期六个月，自2024年12月10日起
至2025年6月9日止，本金到期还清。
借钱当日，郑阿明先扣起头两个月的利息肆仟元，阮实际收到现金玖万陆仟元整。

借款人：李美玉（身份证号350581198610******）
2024年12月10日
""", {
    "as_of": AS_OF,
    "fields": {
        "lender": "郑阿明", "lender_kind": NP, "borrower": "李美玉", "borrower_kind": NP,
        "principal": "100000", "amount_delivered": "96000", "annual_rate": "0.24",
        "overdue_rate": None, "penalty_rate": None,
        "contract_date": "2024-12-10", "start_date": "2024-12-10", "end_date": "2025-06-09",
        "dispute_method": None, **NO_GUARANTEE,
    },
    "findings": ["rate_above_4x_lpr", "interest_deducted_upfront", "no_overdue_rate_agreed"],
    "notes": "LPR 2024-12-10 = 3.10 → cap 12.4 %; 24 % above. 4,000 withheld → delivered 96,000. Interest every two "
             "months → repayment_method left out. No overdue term.",
})

# ht19  香港 僑親 借據 in traditional characters, lunar dates, 年息壹分, 利息加倍 (GB18030)
doc("ht19_xianggang_qiaoqin_nongli.txt", "gb18030", """借  據

今借到香港居民許國雄先生（香港身份證號碼K12****(3)）人民幣伍拾萬元整（¥500,000.00），作晉江鞋廠購置電腦針車之用，
款已收訖。言明年息壹分（即週年百分之十），借期一年，至農曆甲辰年八月十五日本利一次還清。如逾期不還，逾期部分利息加倍計算。
許先生如需港幣，本人按還款當日中國銀行港幣現匯賣出價折算歸還。

借款人：吳清泉（身份證號350582197104******）
見證人：吳清河

農曆癸卯年八月十五日
""", {
    "as_of": AS_OF,
    "fields": {
        "lender": "許國雄", "lender_kind": NP, "borrower": "吳清泉", "borrower_kind": NP,
        "principal": "500000", "amount_delivered": "500000", "annual_rate": "0.10",
        "overdue_rate": "0.20", "penalty_rate": None,
        "contract_date": "2023-09-29", "start_date": "2023-09-29", "end_date": "2024-09-17",
        "repayment_method": M_ONCE, "dispute_method": None, **NO_GUARANTEE,
    },
    "findings": ["overdue_charges_above_cap"],
    "notes": "Traditional characters; names as printed. 農曆癸卯年八月十五 = 2023-09-29, 甲辰年八月十五 = 2024-09-17 "
             "(lunardate). 年息壹分 = 10 %/yr (the text says so); 加倍 → 20 %. LPR 2023-09-29 = 3.45 → cap 13.8 % → "
             "overdue above. HK$ is only a repayment option; the loan is in RMB. 見證人 is no guarantor.",
})

# ht20  南安 石材 enterprise-to-enterprise loan, guarantor with a period but no type
doc("ht20_nanan_shiye_qiyejian.txt", "utf8", """借款合同

出借人（甲方）：南安市环球石业有限公司
借款人（乙方）：南安市水头镇宏利石材加工厂（经营者：王宏利）
保证人（丙方）：苏美玲（王宏利之妻，身份证号350583198102******）

第一条  甲方向乙方出借人民币陆拾万元整（¥600,000.00），用于购买荒料。
第二条  借款期限自2022年10月18日起至2023年10月17日止。
第三条  年利率8%，利息按季支付，每季末月20日为付息日，到期还本。
第四条  乙方逾期还款的，逾期部分按年利率12%计付逾期利息。
第五条  丙方为乙方本合同项下债务提供保证，保证期间为主债务履行期限届满之日起一年。
第六条  因本合同发生争议，由甲方住所地人民法院管辖。

甲方（盖章）      乙方（盖章）      丙方：苏美玲
2022年10月18日
""", {
    "as_of": AS_OF,
    "fields": {
        "lender": "南安市环球石业有限公司", "lender_kind": ENT,
        "borrower": "南安市水头镇宏利石材加工厂", "borrower_kind": ENT,
        "principal": "600000", "amount_delivered": "600000", "annual_rate": "0.08",
        "overdue_rate": "0.12", "penalty_rate": None,
        "contract_date": "2022-10-18", "start_date": "2022-10-18", "end_date": "2023-10-17",
        "repayment_method": M_QUARTER, "dispute_method": "court",
        "guarantor": "苏美玲", "guarantee_type": UNSPEC, "guarantee_period_months": 12,
    },
    "findings": ["guarantee_type_defaults_to_general"],
    "notes": "LPR 2022-10-18 = 3.65 → cap 14.6 %; 8 % / 12 % fine. '提供保证' with no type, 2022 → general by default; "
             "period one year stated → no period finding.",
})

# ht21  委托贷款: the money is the 委托人's, a village bank only the agent (docx table)
doc("ht21_fuyuan_weituo_daikuan.docx", "docx", [
    ("h", "委托贷款借款合同"),
    ("p", "合同编号：QXCZ-WT-2023-0925"),
    ("t", [["当事人", "名称"],
           ["委托人", "晋江市富源投资有限公司"],
           ["贷款人（受托人）", "晋江市侨乡村镇银行股份有限公司"],
           ["借款人", "晋江市盛达鞋材有限公司"]]),
    ("t", [["条款", "内容"],
           ["委托贷款金额", "人民币捌佰万元整（¥8,000,000.00），资金来源为委托人自有资金"],
           ["借款期限", "2023年9月25日至2024年9月24日"],
           ["年利率", "9%（由委托人确定）"],
           ["结息方式", "按季结息，到期还本"],
           ["逾期罚息", "逾期部分在借款利率基础上加收50%"]]),
    ("p", "受托人仅根据委托人的委托发放贷款、协助监督贷款使用并协助收回贷款，不承担贷款风险；借款人逾期不还的，"
          "由委托人自行或委托受托人催收，委托人可以直接向借款人主张权利。"),
    ("p", "争议：向借款人住所地人民法院起诉。"),
    ("p", "委托人（盖章）    受托人（盖章）    借款人（盖章）    2023年9月25日"),
], {
    "as_of": AS_OF,
    "fields": {
        "lender": "晋江市富源投资有限公司", "lender_kind": ENT, "borrower": "晋江市盛达鞋材有限公司", "borrower_kind": ENT,
        "principal": "8000000", "amount_delivered": "8000000", "annual_rate": "0.09",
        "overdue_rate": "0.135", "penalty_rate": None,
        "contract_date": "2023-09-25", "start_date": "2023-09-25", "end_date": "2024-09-24",
        "repayment_method": M_QUARTER, "dispute_method": "court", **NO_GUARANTEE,
    },
    "findings": [],
    "notes": "Hard call: in a 委托贷款 the bank is an agent bearing no risk; the creditor in substance is the 委托人 "
             "(an ordinary company) → lender = 委托人, enterprise, no licensed-lender finding. LPR 2023-09-25 = 3.45 "
             "→ cap 13.8 %; 9 % and 13.5 % below → no rate finding either way.",
})

# ht22  亲戚 借据, interest-free, one payment note, now time-barred
doc("ht22_asuk_qinqi_wuxi.txt", "utf8", """借  据

阿叔陈水龙借钱予阮（陈文彬）人民币伍万元整（¥50,000.00），予阮开茶叶店，自家人免算利息。
讲好2021年6月30日前还伊。

借款人：陈文彬（身份证号350524199203******）
2020年7月8日

（后来补写）2022年2月1日（正月初一）还伍仟元。陈水龙收。
""", {
    "as_of": AS_OF,
    "fields": {
        "lender": "陈水龙", "lender_kind": NP, "borrower": "陈文彬", "borrower_kind": NP,
        "principal": "50000", "annual_rate": "0",
        "overdue_rate": None, "penalty_rate": None,
        "contract_date": "2020-07-08", "end_date": "2021-06-30",
        "dispute_method": None, **NO_GUARANTEE,
    },
    "findings": ["no_overdue_rate_agreed", "limitation_period_expired"],
    "notes": "免算利息 → annual_rate 0 (explicit), no no_interest_agreed; no overdue term → no_overdue_rate_agreed "
             "(holdout18 hr30 pairing). Due 2021-06-30; payment 2022-02-01 restarts to 2025-02-01 < as_of → expired. "
             "Receipt of the money not stated as that day → start_date left out.",
})

# ht23  对账确认函 with a 对账单 table for a 2022 loan at 年15% (docx table)
doc("ht23_huian_shidiao_duizhangdan.docx", "docx", [
    ("h", "借款对账确认函"),
    ("p", "致：惠安县崇武镇明辉石雕厂"),
    ("p", "贵厂于2022年2月15日向我司借款人民币肆拾万元整，借款合同约定年利率15%，按季付息，借期一年，至2023年2月14日到期。"
          "截至2023年12月31日，双方往来核对如下："),
    ("t", [["日期", "摘要", "借方（元）", "贷方（元）", "本金余额（元）"],
           ["2022-02-15", "出借本金", "400,000.00", "", "400,000.00"],
           ["2022-05-15", "收第一季度利息", "", "15,000.00", "400,000.00"],
           ["2022-08-15", "收第二季度利息", "", "15,000.00", "400,000.00"],
           ["2022-11-15", "收第三季度利息", "", "15,000.00", "400,000.00"],
           ["2023-02-14", "收第四季度利息", "", "15,000.00", "400,000.00"],
           ["2023-12-31", "对账余额", "", "", "400,000.00"]]),
    ("p", "上述借款本金肆拾万元已于2023年2月14日到期，贵厂尚未归还；2023年2月15日以后的利息另行结算。如核对无误，请盖章确认。"),
    ("p", "出借人：泉州市丰泽区联发石材贸易有限公司（盖章）    2023年12月31日"),
    ("p", "经核对，上述数据无误。    惠安县崇武镇明辉石雕厂（盖章）    2024年1月5日"),
], {
    "as_of": AS_OF,
    "fields": {
        "lender": "泉州市丰泽区联发石材贸易有限公司", "lender_kind": ENT,
        "borrower": "惠安县崇武镇明辉石雕厂", "borrower_kind": ENT,
        "principal": "400000", "amount_delivered": "400000", "annual_rate": "0.15",
        "contract_date": "2022-02-15", "start_date": "2022-02-15", "end_date": "2023-02-14",
        "repayment_method": M_QUARTER,
    },
    "findings": ["rate_above_4x_lpr"],
    "notes": "A 对账确认函: contract_date = the recited loan's (schema: document_date is the paper's own). LPR "
             "2022-02-15 = 3.70 → cap 14.8 %; 15 % above. Recital → overdue, penalty, dispute and guarantee fields "
             "left out, no no_overdue_rate_agreed. Due 2023-02-14; confirmation 2024-01-05 → alive.",
})

# ht24  水头 石材 worker's 借据, 每万元每月壹佰伍拾元, joint guarantee two years
doc("ht24_shuitou_shicai_jieju.txt", "utf8", """借  据

王秀凤借钱予林志伟（水头石材厂磨工），人民币陆万元整（¥60,000.00），林志伟今日已收到。
利息：每万元每月壹佰伍拾元，每月底付清当月利息。
本金：2025年12月8日前还清。
逾期：到期若无还，按月息贰分算利息。
担保人：林志强（林志伟之兄，身份证号350583198801******）对这笔钱负连带保证责任，保证期间为借款到期后两年。

借款人：林志伟      担保人：林志强
2025年3月8日  于南安水头
""", {
    "as_of": AS_OF,
    "fields": {
        "lender": "王秀凤", "lender_kind": NP, "borrower": "林志伟", "borrower_kind": NP,
        "principal": "60000", "amount_delivered": "60000", "annual_rate": "0.18",
        "overdue_rate": "0.24", "penalty_rate": None,
        "contract_date": "2025-03-08", "start_date": "2025-03-08", "end_date": "2025-12-08",
        "repayment_method": M_MONTH, "dispute_method": None,
        "guarantor": "林志强", "guarantee_type": JOINT, "guarantee_period_months": 24,
    },
    "findings": ["rate_above_4x_lpr", "overdue_charges_above_cap"],
    "notes": "150 per 10,000 per month = 1.5 %/month = 18 %. LPR 2025-03-08 = 3.10 → cap 12.4 %; 18 % and 24 % above. "
             "Joint with two years stated → no guarantee finding.",
})

# ht25  磁灶 陶瓷厂 2016 借条 at 年息叁分, payments and a signed demand keep it alive
doc("ht25_cizao_taoci_2016.txt", "utf8", """借  条

今借到蔡清标人民币叁拾万元整（¥300,000.00），用于磁灶新华陶瓷厂进釉料，款已收到。年息叁分（即每年百分之三十），
每半年付一次利息，2017年8月7日前还清本金。逾期未还，逾期部分仍按年息叁分计。

借款人：晋江市磁灶镇新华陶瓷厂（厂印）  业主：吴新华
2016年8月8日

还款及催款记录：
2019年5月20日  还本金伍万元。蔡清标收。
2021年3月1日  还本金伍万元。蔡清标收。
2023年12月20日  蔡清标寄《催款函》，催还剩余本金贰拾万元及利息，吴新华当日签收，在回执上写“收到，会还”。
""", {
    "as_of": AS_OF,
    "fields": {
        "lender": "蔡清标", "lender_kind": NP, "borrower": "晋江市磁灶镇新华陶瓷厂", "borrower_kind": ENT,
        "principal": "300000", "amount_delivered": "300000", "annual_rate": "0.30",
        "overdue_rate": "0.30", "penalty_rate": None,
        "contract_date": "2016-08-08", "start_date": "2016-08-08", "end_date": "2017-08-07",
        "dispute_method": None, **NO_GUARANTEE,
    },
    "findings": ["pre_lpr_rate_rules"],
    "notes": "2016 → pre-LPR; 30 % in the 24–36 % band. Limitation: due 2017-08-07 (three years under 民法总则, not "
             "two years expired by 2017-10-01) → 2020-08-07; payment 2019-05-20 → 2022-05-20; payment 2021-03-01 → "
             "2024-03-01; signed demand 2023-12-20 → 2026-12-20, alive. Semi-annual interest → repayment_method left "
             "out.",
})

# ht26  水头 石材 2017 借条, 月息壹分, nothing since the due date (GB18030)
doc("ht26_shuitou_shicai_2017_shixiao.txt", "gb18030", """借  条

今借到黄天赐人民币贰拾万元整（¥200,000.00），作水头石材厂购买荒料周转，已收到。
月息壹分，每月付息，借期一年，至2018年5月5日还清本金。逾期未还，按月息贰分计息。

借款人：李国荣（身份证号350583197405******）
2017年5月6日
""", {
    "as_of": AS_OF,
    "fields": {
        "lender": "黄天赐", "lender_kind": NP, "borrower": "李国荣", "borrower_kind": NP,
        "principal": "200000", "amount_delivered": "200000", "annual_rate": "0.12",
        "overdue_rate": "0.24", "penalty_rate": None,
        "contract_date": "2017-05-06", "start_date": "2017-05-06", "end_date": "2018-05-05",
        "repayment_method": M_MONTH, "dispute_method": None, **NO_GUARANTEE,
    },
    "findings": ["pre_lpr_rate_rules", "limitation_period_expired"],
    "notes": "2017 → pre-LPR (12 %, supported band). Due 2018-05-05 → three years to 2021-05-05; nothing noted → "
             "expired at 2025-11-20.",
})

# ht27  德化 陶瓷 enterprise loan, clean terms (docx, paragraphs only)
doc("ht27_dehua_taoci_qiyejian.docx", "docx", [
    ("h", "借款合同"),
    ("p", "甲方（出借人）：德化县瓷都陶瓷原料有限公司"),
    ("p", "乙方（借款人）：德化县佳美工艺陶瓷有限公司"),
    ("p", "丙方（保证人）：德化县永兴陶瓷有限公司"),
    ("p", "第一条 甲方向乙方出借人民币壹佰万元整（¥1,000,000.00），用于采购高岭土及釉料。"),
    ("p", "第二条 借款期限自2025年4月10日起至2026年4月9日止。"),
    ("p", "第三条 年利率6%，按月付息，到期还本。"),
    ("p", "第四条 乙方逾期还款的，逾期部分按年利率9%计收逾期利息。"),
    ("p", "第五条 丙方为乙方本合同项下的借款提供连带责任保证，保证期间为主债务履行期限届满之日起三年。"),
    ("p", "第六条 因本合同发生的争议，提交泉州仲裁委员会仲裁。"),
    ("p", "甲方（盖章）    乙方（盖章）    丙方（盖章）"),
    ("p", "2025年4月10日"),
], {
    "as_of": AS_OF,
    "fields": {
        "lender": "德化县瓷都陶瓷原料有限公司", "lender_kind": ENT,
        "borrower": "德化县佳美工艺陶瓷有限公司", "borrower_kind": ENT,
        "principal": "1000000", "amount_delivered": "1000000", "annual_rate": "0.06",
        "overdue_rate": "0.09", "penalty_rate": None,
        "contract_date": "2025-04-10", "start_date": "2025-04-10", "end_date": "2026-04-09",
        "repayment_method": M_MONTH, "dispute_method": "arbitration",
        "guarantor": "德化县永兴陶瓷有限公司", "guarantee_type": JOINT, "guarantee_period_months": 36,
    },
    "findings": [],
    "notes": "LPR 2025-04-10 = 3.10 → cap 12.4 %; 6 % / 9 % fine. Joint, three years stated.",
})

# ht28  内坑 陶瓷店 借条, 每万元每月捌拾元, overdue 每日每万元伍元, bare 担保人
doc("ht28_neikeng_taoci_meiwan_liyi.txt", "utf8", """借  条

今借到许美丽人民币贰拾万元整（¥200,000.00），作晋江内坑陶瓷店进货，已收足。
利息每万元每月捌拾元，每月五号前付。借期一年，至2024年6月30日还本。
若到期无还，逾期利息按每日每万元伍元计。

借款人：黄志坚（身份证号350582198309******）
担保人：黄志勇
2023年7月1日
""", {
    "as_of": AS_OF,
    "fields": {
        "lender": "许美丽", "lender_kind": NP, "borrower": "黄志坚", "borrower_kind": NP,
        "principal": "200000", "amount_delivered": "200000", "annual_rate": "0.096",
        "overdue_rate": "0.1825", "penalty_rate": None,
        "contract_date": "2023-07-01", "start_date": "2023-07-01", "end_date": "2024-06-30",
        "repayment_method": M_MONTH, "dispute_method": None,
        "guarantor": "黄志勇", "guarantee_type": UNSPEC, "guarantee_period_months": None,
    },
    "findings": ["overdue_charges_above_cap", "guarantee_type_defaults_to_general",
                 "guarantee_period_defaults_to_6_months"],
    "notes": "80 per 10,000 per month = 0.8 %/month = 9.6 %. Overdue 5 per 10,000 per day = 18.25 %. LPR 2023-07-01 "
             "= 3.55 (from 2023-06-20) → cap 14.2 % → overdue above. Bare 担保人, 2023 → both guarantee defaults.",
})

# ht29  石狮 服装 company loan at 月2%, 罚息 on top, guarantee 'until repaid', demand before expiry
doc("ht29_shishi_fuzhuang_zhizhi_huanqing.txt", "utf8", """借款合同

出借人：洪丽娟（身份证号350581198002******）
借款人：石狮市鸿发服装有限公司（法定代表人：柯鸿发）
保证人：柯鸿发（身份证号350581197606******）

一、借款金额人民币叁拾万元整（¥300,000.00），于2021年8月18日一次性转账交付。
二、借款期限一年，自2021年8月18日起至2022年8月17日止。
三、月利率2%，按月付息，到期还本。
四、借款人逾期还款的，除按约定利率计息外，另加收罚息每月1%。
五、保证人对本合同债务承担连带责任担保，保证期间直至借款本息全部还清为止。
六、因本合同发生争议，向出借人所在地人民法院起诉。

出借人：洪丽娟      借款人（盖章）：石狮市鸿发服装有限公司      保证人：柯鸿发
2021年8月18日

附记：2025年3月10日，出借人寄送《催款通知书》，借款人盖章签收，柯鸿发签名。
""", {
    "as_of": AS_OF,
    "fields": {
        "lender": "洪丽娟", "lender_kind": NP, "borrower": "石狮市鸿发服装有限公司", "borrower_kind": ENT,
        "principal": "300000", "amount_delivered": "300000", "annual_rate": "0.24",
        "overdue_rate": "0.36", "penalty_rate": None,
        "contract_date": "2021-08-18", "start_date": "2021-08-18", "end_date": "2022-08-17",
        "repayment_method": M_MONTH, "dispute_method": "court",
        "guarantor": "柯鸿发", "guarantee_type": JOINT, "guarantee_period_months": None,
    },
    "findings": ["rate_above_4x_lpr", "overdue_charges_above_cap", "guarantee_period_defaults_to_6_months"],
    "notes": "LPR 2021-08-18 = 3.85 → cap 15.4 %. 24 % above; overdue 24 % + 12 % 罚息 = 36 % (relative terms "
             "multiplied out) above. '直至本息全部还清为止', given 2021 → six months (担保制度解释 32). Due 2022-08-17; "
             "demand signed 2025-03-10 before the 2025-08-17 expiry → alive.",
})

# ht30  晋江 鞋服 供应链 company loan at exactly 4 × LPR (docx tables)
doc("ht30_jinxiu_gongyinglian_jiekuan.docx", "docx", [
    ("h", "借款协议"),
    ("t", [["项目", "内容"],
           ["出借人", "晋江市锦绣鞋服供应链管理有限公司"],
           ["借款人", "许志坚（身份证号350582199007******，经营鞋面加工作坊）"],
           ["借款金额", "人民币捌万元整（¥80,000.00）"],
           ["借款用途", "购置电脑针车"],
           ["借款期限", "2025年5月22日至2025年11月21日"],
           ["年利率", "12%（单利）"],
           ["还款方式", "每月付息，到期还本"],
           ["逾期利率", "逾期部分仍按年利率12%计收，不另收违约金"]]),
    ("p", "争议由晋江市人民法院管辖。"),
    ("p", "出借人（盖章）：晋江市锦绣鞋服供应链管理有限公司    借款人（签字）：许志坚"),
    ("p", "签订日期：2025年5月22日"),
], {
    "as_of": AS_OF,
    "fields": {
        "lender": "晋江市锦绣鞋服供应链管理有限公司", "lender_kind": ENT, "borrower": "许志坚", "borrower_kind": NP,
        "principal": "80000", "amount_delivered": "80000", "annual_rate": "0.12",
        "overdue_rate": "0.12", "penalty_rate": None,
        "contract_date": "2025-05-22", "start_date": "2025-05-22", "end_date": "2025-11-21",
        "repayment_method": M_MONTH, "dispute_method": "court", **NO_GUARANTEE,
    },
    "findings": [],
    "notes": "LPR 2025-05-22 = 3.00 (from 2025-05-20; covered until the 2025-06-20 publication) → cap 12.0 %; 12 % is "
             "exactly at the cap, not above. Not yet due at as_of.",
})


# ---------------------------------------------------------------------------------------------------------------
DOCX = cb.DocxMeta(author="黄丽珍", fixed_time=(2025, 11, 20, 9, 0, 0))


def main() -> None:
    cb.write_documents(HERE, [(d["name"], d["fmt"], d["body"]) for d in DOCS], DOCX, expected=30)
    gold = []
    for d in DOCS:
        g = d["gold"]
        row = {"file": d["name"], "as_of": g["as_of"], "fields": g["fields"], "findings": g["findings"]}
        if g.get("notes"):
            row["notes"] = g["notes"]
        gold.append(row)
    cb.write_gold(HERE / "gold.jsonl", gold)
    print(f"wrote {len(DOCS)} documents and gold.jsonl to {HERE}")


if __name__ == "__main__":
    main()
