"""Build contracts_holdout18: 30 loan/guarantee documents and gold.jsonl, typed by hand (author 19, persona 李雯,
风控 at a made-up 昆明 小额贷款 company that also reviews files for a 云南 融资担保 partner). Every text and every gold
row is written out literally below; this script only writes them to disk (TXT UTF-8, TXT GB18030, DOCX)
deterministically.

Run:  /work/main/.venv/bin/python eval/datasets/contracts_holdout18/make_dataset.py
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
AS_OF = "2025-10-15"

DOCS: list[dict] = []


def doc(name: str, fmt: str, body, gold: dict) -> None:
    DOCS.append({"name": name, "fmt": fmt, "body": body, "gold": gold})


# ---------------------------------------------------------------------------------------------------------------
# hr01  普洱茶 trader 借条, 月息2分, no overdue term
doc("hr01_puer_chashang_jietiao.txt", "utf8", """借  条

今借到张国华（身份证号530102197203******）现金人民币捌万元整（¥80,000.00），拿克勐海收春茶周转用。
讲好月息2分，每月30号前把当月利息微信转给张国华，本金2025年3月31日前一次还清。板扎的，不会拖。

借款人：李春发（身份证号532822198105******）
电话：138****2716

2024年11月8日  于昆明茶叶市场
""", {
    "as_of": AS_OF,
    "fields": {
        "lender": "张国华", "lender_kind": NP, "borrower": "李春发", "borrower_kind": NP,
        "principal": "80000", "amount_delivered": "80000", "annual_rate": "0.24",
        "overdue_rate": None, "penalty_rate": None,
        "contract_date": "2024-11-08", "start_date": "2024-11-08", "end_date": "2025-03-31",
        "repayment_method": M_MONTH, "dispute_method": None,
        "guarantor": None, "guarantee_type": None, "guarantee_period_months": None,
    },
    "findings": ["rate_above_4x_lpr", "no_overdue_rate_agreed"],
    "notes": "月息2分 = 24 %/yr; LPR on 2024-11-08 is 3.10 % (from 2024-10-21) → cap 12.4 %. No overdue term.",
})

# hr02  斗南 鲜花 借条, 每天每万元伍元, overdue 拾元, bare 担保人 2021, payment note saves limitation
doc("hr02_douna_xianhua_jietiao.txt", "utf8", """借条

今借到普绍华人民币叁万伍仟元整（35000元），用于斗南花市进玫瑰、康乃馨的货款周转。
利息按每天每万元伍元算，借期半年，2021年9月15日到期连本带利一次还清。
到期不还，每天按每万元拾元计利息，直到还清。

借款人：赵红梅  身份证：530111198807******
担保人：李建新  身份证：530112198502******

2021年3月15日

（背面手写）
2023年2月10日 赵红梅还利息伍佰元，普绍华收。
""", {
    "as_of": AS_OF,
    "fields": {
        "lender": "普绍华", "lender_kind": NP, "borrower": "赵红梅", "borrower_kind": NP,
        "principal": "35000", "amount_delivered": "35000", "annual_rate": "0.1825",
        "overdue_rate": "0.365", "penalty_rate": None,
        "contract_date": "2021-03-15", "start_date": "2021-03-15", "end_date": "2021-09-15",
        "repayment_method": M_ONCE, "dispute_method": None,
        "guarantor": "李建新", "guarantee_type": UNSPEC, "guarantee_period_months": None,
    },
    "findings": ["rate_above_4x_lpr", "overdue_charges_above_cap",
                 "guarantee_type_defaults_to_general", "guarantee_period_defaults_to_6_months"],
    "notes": "5 元/万元/day = 0.0005 × 365 = 18.25 % > 15.4 % (LPR 3.85 on 2021-03-15); overdue 10 元/万元/day = "
             "36.5 %. Bare 担保人 after 2021-01-01 → both guarantee defaults. Due 2021-09-15 would expire "
             "2024-09-15, but the interest payment of 2023-02-10 restarts it to 2026-02-10 → not expired.",
})

# hr03  瑞丽 边贸 周转, company lender, within both caps
doc("hr03_ruili_bianmao_zhouzhuan.txt", "utf8", """借款合同

出借人（甲方）：瑞丽市金孔雀商贸有限公司
统一社会信用代码：91533102MA6K******
住所：瑞丽市姐告边境贸易区

借款人（乙方）：寸永福
身份证号：533001198304******
住址：腾冲市和顺镇

乙方在瑞丽口岸从事缅甸进口坚果、水果的边贸生意，因进货资金周转需要，向甲方借款。双方协商一致，订立本合同：

第一条 借款金额：人民币贰拾万元整（¥200,000.00）。甲方于2023年4月10日转入乙方银行账户。
第二条 借款期限：自2023年4月10日起至2023年10月9日止。
第三条 利率：年利率12%，按月付息，每月10日支付当月利息，到期归还本金。
第四条 逾期：乙方逾期还款的，逾期部分自逾期之日起按日万分之三计收逾期利息。
第五条 保证：寸永贵（身份证号533001198011******）为乙方本合同项下债务提供连带责任保证，保证期间为主债务履行期限届满之日起三年。
第六条 争议解决：因本合同发生的争议，向瑞丽市人民法院起诉。

甲方（盖章）：瑞丽市金孔雀商贸有限公司
乙方（签字）：寸永福
保证人（签字）：寸永贵
签订日期：2023年4月10日
""", {
    "as_of": AS_OF,
    "fields": {
        "lender": "瑞丽市金孔雀商贸有限公司", "lender_kind": ENT, "borrower": "寸永福", "borrower_kind": NP,
        "principal": "200000", "amount_delivered": "200000", "annual_rate": "0.12",
        "overdue_rate": "0.1095", "penalty_rate": None,
        "contract_date": "2023-04-10", "start_date": "2023-04-10", "end_date": "2023-10-09",
        "repayment_method": M_MONTH, "dispute_method": "court",
        "guarantor": "寸永贵", "guarantee_type": JOINT, "guarantee_period_months": 36,
    },
    "findings": [],
    "notes": "Cap 14.6 % (LPR 3.65 on 2023-04-10). 12 % and 日万分之三 = 10.95 % both within. Clean file.",
})

# hr04  磨憨 rubber, Lao borrower company, bilingual (DOCX with table)
doc("hr04_mohan_laowo_xiangjiao_shuangyu.docx", "docx", [
    ("h", "借款协议  LOAN AGREEMENT"),
    ("p", "甲方（出借人）Lender：勐腊县胶林橡胶贸易有限公司（Mengla Jiaolin Rubber Trading Co., Ltd.）"),
    ("p", "乙方（借款人）Borrower：老挝琅南塔森林橡胶贸易有限公司（Luang Namtha Forest Rubber Trading Co., Ltd.）"),
    ("p", "乙方在老挝北部收购天然橡胶并经磨憨口岸出口至中国，因收购资金周转需要向甲方借款。"
          "The Borrower purchases natural rubber in northern Laos and exports it to China through the Mohan port, "
          "and borrows from the Lender for working capital."),
    ("t", [
        ["条款 Item", "约定 Terms"],
        ["借款金额 Principal", "人民币叁拾万元整（RMB 300,000.00）"],
        ["借款期限 Term", "2024年3月1日至2025年2月28日 / 1 March 2024 to 28 February 2025"],
        ["利率 Interest", "年利率8%，按季付息，到期一次还本 / 8% per annum, interest payable quarterly, principal repaid in full at maturity"],
        ["逾期利息 Late interest", "按约定利率的1.5倍计收，即年利率12% / 1.5 times the contract rate, i.e. 12% per annum"],
        ["用途 Purpose", "收购老挝北部天然橡胶（烟胶片）/ purchase of ribbed smoked sheet rubber in northern Laos"],
    ]),
    ("p", "争议解决：因本协议发生的争议，提交昆明仲裁委员会仲裁。Dispute resolution: any dispute arising from this "
          "Agreement shall be submitted to the Kunming Arbitration Commission for arbitration."),
    ("p", "本协议以中文和英文书就，两种文本如有不一致，以中文文本为准。This Agreement is made in Chinese and English. "
          "In case of any discrepancy, the Chinese text shall prevail."),
    ("p", "甲方：勐腊县胶林橡胶贸易有限公司（盖章）    乙方：老挝琅南塔森林橡胶贸易有限公司（盖章）"),
    ("p", "签订日期 Date：2024年3月1日 / 1 March 2024，签于勐腊县磨憨镇"),
], {
    "as_of": AS_OF,
    "fields": {
        "lender": "勐腊县胶林橡胶贸易有限公司", "lender_kind": ENT,
        "borrower": "老挝琅南塔森林橡胶贸易有限公司", "borrower_kind": ENT,
        "principal": "300000", "amount_delivered": "300000", "annual_rate": "0.08",
        "overdue_rate": "0.12", "penalty_rate": None,
        "contract_date": "2024-03-01", "start_date": "2024-03-01", "end_date": "2025-02-28",
        "repayment_method": M_QUARTER, "dispute_method": "arbitration",
        "guarantor": None, "guarantee_type": None, "guarantee_period_months": None,
    },
    "findings": [],
    "notes": "Bilingual; names are the Chinese printed names (the English follows in brackets). Cap 13.8 % "
             "(LPR 3.45 on 2024-03-01); 8 % and 12 % within. 企业间借贷, clean.",
})

# hr05  小贷 仓单质押 (licensed), DOCX tables
doc("hr05_menghai_chaye_cangdan_zhiya.docx", "docx", [
    ("h", "仓单质押借款合同"),
    ("p", "合同编号：CCHD-ZY-2024-0516"),
    ("t", [
        ["当事人", "名称 / 姓名"],
        ["贷款人", "昆明春城汇达小额贷款有限公司"],
        ["借款人", "勐海县布朗山茶业有限公司"],
        ["出质人", "勐海县布朗山茶业有限公司"],
        ["保证人", "岩坎"],
        ["保证人身份", "借款人法定代表人"],
    ]),
    ("t", [
        ["项目", "约定"],
        ["借款金额", "人民币壹佰伍拾万元整（¥1,500,000.00）"],
        ["借款期限", "2024年5月16日至2025年5月15日"],
        ["月利率", "1.2%（按月付息，到期还本）"],
        ["罚息", "逾期借款在约定利率基础上加收50%"],
        ["质物", "勐海县茶叶仓储中心出具的仓单（编号MHCC-2024-0388）项下普洱生茶饼3,000提"],
        ["保证方式", "连带责任保证；保证期间为主债务履行期限届满之日起三年"],
    ]),
    ("p", "借款人应在质押仓单交付贷款人并办理出质登记后提款。仓单项下茶叶的出库须经贷款人书面同意。"),
    ("p", "争议解决：向昆明市五华区人民法院起诉。"),
    ("p", "签订日期：2024年5月16日"),
], {
    "as_of": AS_OF,
    "fields": {
        "lender": "昆明春城汇达小额贷款有限公司", "lender_kind": LIC,
        "borrower": "勐海县布朗山茶业有限公司", "borrower_kind": ENT,
        "principal": "1500000", "amount_delivered": "1500000", "annual_rate": "0.144",
        "overdue_rate": "0.216", "penalty_rate": None,
        "contract_date": "2024-05-16", "start_date": "2024-05-16", "end_date": "2025-05-15",
        "repayment_method": M_MONTH, "dispute_method": "court",
        "guarantor": "岩坎", "guarantee_type": JOINT, "guarantee_period_months": 36,
    },
    "findings": ["cap_not_applicable_licensed_lender"],
    "notes": "小贷 lender → licensed; 14.4 % and overdue 21.6 % get no private-lending findings.",
})

# hr06  大理 民宿 装修, overdue exactly at the cap
doc("hr06_dali_minsu_zhuangxiu.txt", "utf8", """借款合同

出借人：杨文昌，男，白族，身份证号532901197005******，住大理市大理镇
借款人：赵海燕，女，身份证号532901198809******，住大理市大理古城人民路
保证人：李俊，男，身份证号532901198607******，系借款人配偶

借款人在大理古城经营“苍洱小院”民宿，因民宿装修改造需要，向出借人借款。经协商，订立本合同：

一、借款金额：人民币壹拾伍万元整（¥150,000.00），出借人于2022年9月5日银行转账交付。
二、借款期限：两年，自2022年9月5日起至2024年9月4日止。
三、利息：年利率10%，每季度末月20日前支付当季利息，到期归还本金。
四、逾期：借款人到期未还本金的，逾期部分按日万分之四计付逾期利息。
五、保证：保证人李俊自愿为本借款提供连带责任保证，保证期间为借款到期之日起两年。
六、争议解决：协商不成的，向大理市人民法院起诉。
七、本合同一式三份，三方各执一份，签字后生效。

出借人：杨文昌    借款人：赵海燕    保证人：李俊
签订日期：2022年9月5日
""", {
    "as_of": AS_OF,
    "fields": {
        "lender": "杨文昌", "lender_kind": NP, "borrower": "赵海燕", "borrower_kind": NP,
        "principal": "150000", "amount_delivered": "150000", "annual_rate": "0.10",
        "overdue_rate": "0.146", "penalty_rate": None,
        "contract_date": "2022-09-05", "start_date": "2022-09-05", "end_date": "2024-09-04",
        "repayment_method": M_QUARTER, "dispute_method": "court",
        "guarantor": "李俊", "guarantee_type": JOINT, "guarantee_period_months": 24,
    },
    "findings": [],
    "notes": "LPR 3.65 (from 2022-08-22) → cap 14.6 %; 日万分之四 × 365 = 14.6 % exactly = the cap, not above "
             "(deliberate edge). 10 % within.",
})

# hr07  丽江 客栈 借条 2019 (pre-LPR), payment note still too old
doc("hr07_lijiang_kezhan_jietiao.txt", "utf8", """借条

今借到和丽华人民币叁拾万元整（300000元），用于丽江束河古镇客栈翻新。
月息壹分伍厘，利息每半年付一次。借期一年，2020年5月19日前归还本金。
到期不还，按月息贰分计利息。

借款人：木建伟  身份证号：533221198004******
2019年5月20日

还款记录（出借人记）：
2019年11月20日 收利息贰万柒仟元
2020年5月25日 收利息贰万柒仟元
2022年8月10日 收利息壹万元
""", {
    "as_of": AS_OF,
    "fields": {
        "lender": "和丽华", "lender_kind": NP, "borrower": "木建伟", "borrower_kind": NP,
        "principal": "300000", "amount_delivered": "300000", "annual_rate": "0.18",
        "overdue_rate": "0.24", "penalty_rate": None,
        "contract_date": "2019-05-20", "start_date": "2019-05-20", "end_date": "2020-05-19",
        "dispute_method": None,
        "guarantor": None, "guarantee_type": None, "guarantee_period_months": None,
    },
    "findings": ["pre_lpr_rate_rules", "limitation_period_expired"],
    "notes": "2019-05-20 is before the first LPR → 24/36 rules (18 % supported band). Due 2020-05-19; last payment "
             "2022-08-10 restarts the period to 2025-08-10, which is before as_of 2025-10-15 → expired. "
             "Repayment (interest half-yearly) fits none of the four methods → left out.",
})

# hr08  包工头 欠条, interest unclear, lunar due date
doc("hr08_baogongtou_qiantiao.txt", "utf8", """欠  条

今欠杨建国现金人民币陆万元整（60000元）。此款是2023年8月15日我在呈贡大学城工地发民工工资不够，向杨建国借的，当天现金拿到手。
钱等工程款结了就还，最迟2023年农历腊月二十三前还清。利息哪样的到时候再说，不会亏待老杨。

欠款人：王明富（包工头）  身份证号：532128197510******
电话：135****0871
2023年8月15日
""", {
    "as_of": AS_OF,
    "fields": {
        "lender": "杨建国", "lender_kind": NP, "borrower": "王明富", "borrower_kind": NP,
        "principal": "60000", "amount_delivered": "60000",
        "overdue_rate": None, "penalty_rate": None,
        "contract_date": "2023-08-15", "start_date": "2023-08-15", "end_date": "2024-02-02",
        "dispute_method": None,
        "guarantor": None, "guarantee_type": None, "guarantee_period_months": None,
    },
    "findings": ["no_interest_agreed", "no_overdue_rate_agreed"],
    "notes": "'利息哪样的到时候再说' = interest mentioned but not fixed → no_interest_agreed; annual_rate left out. "
             "农历2023年腊月二十三 = 2024-02-02 (checked with lunardate). No overdue term.",
})

# hr09  过桥 for a bank 续贷, 日千分之一点五, guarantee 直至还清
doc("hr09_guoqiao_xudai.txt", "utf8", """过桥借款协议

出借人（甲方）：周永刚，身份证号530103197608******
借款人（乙方）：昆明滇池花木有限公司，法定代表人：钱卫东
保证人（丙方）：钱卫东，身份证号530112197110******

乙方在银行的流动资金贷款人民币贰佰万元将于2024年12月5日到期，银行同意续贷，但须先归还旧贷。为此乙方向甲方借用过桥资金，约定如下：
1. 借款金额：人民币贰佰万元整（¥2,000,000.00），甲方于2024年12月2日直接转入乙方在银行的还款账户。
2. 借款期限：15天，自2024年12月2日至2024年12月16日。银行续贷放款后当日归还。
3. 资金占用费：按每日千分之一点五计算，到期随本金一次付清。
4. 逾期：到期未还的，逾期部分按每日千分之三支付资金占用费。
5. 丙方对乙方上述全部债务承担连带保证责任，直至借款本息全部还清为止。
6. 争议：向甲方所在地人民法院起诉。

甲方：周永刚    乙方：昆明滇池花木有限公司（盖章）    丙方：钱卫东
2024年12月2日
""", {
    "as_of": AS_OF,
    "fields": {
        "lender": "周永刚", "lender_kind": NP, "borrower": "昆明滇池花木有限公司", "borrower_kind": ENT,
        "principal": "2000000", "amount_delivered": "2000000", "annual_rate": "0.5475",
        "overdue_rate": "1.095", "penalty_rate": None,
        "contract_date": "2024-12-02", "start_date": "2024-12-02", "end_date": "2024-12-16",
        "repayment_method": M_ONCE, "dispute_method": "court",
        "guarantor": "钱卫东", "guarantee_type": JOINT, "guarantee_period_months": None,
    },
    "findings": ["rate_above_4x_lpr", "overdue_charges_above_cap", "guarantee_period_defaults_to_6_months"],
    "notes": "资金占用费 is interest: 0.0015 × 365 = 54.75 % > 12.4 % (LPR 3.10); overdue 0.003 × 365 = 109.5 %. "
             "'直至借款本息全部还清为止' = unclear period → six months (担保制度解释 32); type stated joint.",
})

# hr10  小贷 with 服务费 + 账户管理费 (licensed), coffee grower, DOCX tables
doc("hr10_xiaodai_fuwufei_kafei.docx", "docx", [
    ("h", "个人经营性借款合同"),
    ("t", [
        ["当事人", "名称 / 姓名"],
        ["贷款人", "昆明春城汇达小额贷款有限公司"],
        ["借款人", "李国强"],
        ["借款人身份证号", "530802198210******"],
        ["保证人", "云南滇中融资担保有限公司"],
    ]),
    ("t", [
        ["项目", "约定"],
        ["借款金额", "人民币叁拾万元整（¥300,000.00）"],
        ["借款用途", "普洱市思茅区咖啡鲜果收购及初加工"],
        ["借款期限", "12个月，2025年1月10日至2026年1月9日"],
        ["借款年利率", "9%"],
        ["服务费", "年化6%，按月随利息收取"],
        ["账户管理费", "每月按借款本金的0.2%收取"],
        ["还款方式", "按月付息，到期一次还本"],
        ["逾期罚息", "在借款年利率基础上上浮50%"],
    ]),
    ("p", "借款金额全额发放至借款人账户，服务费、账户管理费均不在放款时扣除。"),
    ("p", "保证人以连带责任保证方式提供担保，保证期间为主债务履行期限届满之日起两年。"),
    ("p", "争议解决：向昆明市盘龙区人民法院起诉。"),
    ("p", "签订日期：2025年1月10日"),
], {
    "as_of": AS_OF,
    "fields": {
        "lender": "昆明春城汇达小额贷款有限公司", "lender_kind": LIC, "borrower": "李国强", "borrower_kind": NP,
        "principal": "300000", "amount_delivered": "300000", "annual_rate": "0.09",
        "overdue_rate": "0.135", "penalty_rate": None,
        "contract_date": "2025-01-10", "start_date": "2025-01-10", "end_date": "2026-01-09",
        "repayment_method": M_MONTH, "dispute_method": "court",
        "guarantor": "云南滇中融资担保有限公司", "guarantee_type": JOINT, "guarantee_period_months": 24,
    },
    "findings": ["cap_not_applicable_licensed_lender"],
    "notes": "annual_rate is the 利息 rate only (9 %); 服务费 6 % and 账户管理费 2.4 %/yr are fees, not folded in, "
             "and nothing is withheld. Overdue 9 % × 1.5 = 13.5 %. Licensed → only the info finding.",
})

# hr11  bank 流动资金贷款 LPR+65BP, bank compound interest, DOCX table
doc("hr11_yinhang_liudong_lpr_jiadian.docx", "docx", [
    ("h", "流动资金借款合同"),
    ("p", "合同编号：HTD-CG-LD-2024-031"),
    ("t", [
        ["项目", "约定"],
        ["贷款人", "云南红土地农村商业银行股份有限公司呈贡支行"],
        ["借款人", "昆明云岭鲜花供应链有限公司"],
        ["借款金额", "人民币叁佰万元整（¥3,000,000.00）"],
        ["借款用途", "采购鲜切花及冷链包装物料"],
        ["借款期限", "自2024年3月12日至2025年3月11日"],
        ["利率", "以一年期贷款市场报价利率（LPR）为定价基准加65个基点（1个基点=0.01%）；本合同签订日前一工作日公布的一年期LPR为3.45%，执行年利率为4.10%"],
        ["结息与还本", "按月结息，结息日为每月20日；到期一次还本"],
        ["罚息", "逾期贷款按执行利率加收50%计收罚息"],
        ["复利", "对不能按期支付的利息，按罚息利率计收复利"],
        ["保证", "孙立平提供连带责任保证，保证期间为主债务履行期限届满之日起三年"],
    ]),
    ("p", "争议解决：向贷款人所在地人民法院起诉。"),
    ("p", "贷款人（盖章）：云南红土地农村商业银行股份有限公司呈贡支行"),
    ("p", "借款人（盖章）：昆明云岭鲜花供应链有限公司"),
    ("p", "签订日期：2024年3月12日"),
], {
    "as_of": AS_OF,
    "fields": {
        "lender": "云南红土地农村商业银行股份有限公司呈贡支行", "lender_kind": LIC,
        "borrower": "昆明云岭鲜花供应链有限公司", "borrower_kind": ENT,
        "principal": "3000000", "amount_delivered": "3000000", "annual_rate": "0.041",
        "overdue_rate": "0.0615", "penalty_rate": None,
        "contract_date": "2024-03-12", "start_date": "2024-03-12", "end_date": "2025-03-11",
        "repayment_method": M_MONTH, "dispute_method": "court",
        "guarantor": "孙立平", "guarantee_type": JOINT, "guarantee_period_months": 36,
    },
    "findings": ["cap_not_applicable_licensed_lender"],
    "notes": "Bank: 3.45 % + 0.65 % = 4.10 %; 罚息 × 1.5 = 6.15 %. The bank's 复利 clause gets no "
             "compound_interest_restated (private-lending scope).",
})

# hr12  车辆 抵押 借款, 月1.5%, daily 违约金
doc("hr12_cheliang_diya_jiekuan.txt", "utf8", """借款及车辆抵押协议

出借人：刘德明  身份证号：530102196912******
借款人（抵押人）：陈晓东  身份证号：530103198703******

一、借款人因做鲜花冷链运输生意需要，向出借人借款人民币捌万元整（¥80,000.00），出借人于2022年6月18日微信转账交付。
二、借款期限六个月，自2022年6月18日至2022年12月17日。
三、月利率1.5%，每月18日付息，到期还本。
四、借款人以其名下东风牌冷藏车一辆（车牌号云A·7K3H2）作抵押，并于签约后三日内到车管所办理抵押登记。
五、借款人到期不能还本付息的，每逾期一日按欠款总额的千分之一支付违约金。
六、本协议一式两份，双方签字生效。

出借人：刘德明    借款人：陈晓东
2022年6月18日
""", {
    "as_of": AS_OF,
    "fields": {
        "lender": "刘德明", "lender_kind": NP, "borrower": "陈晓东", "borrower_kind": NP,
        "principal": "80000", "amount_delivered": "80000", "annual_rate": "0.18",
        "overdue_rate": None, "penalty_rate": "0.365",
        "contract_date": "2022-06-18", "start_date": "2022-06-18", "end_date": "2022-12-17",
        "repayment_method": M_MONTH, "dispute_method": None,
    },
    "findings": ["rate_above_4x_lpr", "overdue_charges_above_cap"],
    "notes": "LPR 3.70 on 2022-06-18 → cap 14.8 %; 18 % above. Daily 违约金 千分之一 = 36.5 %/yr (penalty_rate); no "
             "separate overdue interest rate (overdue_rate null) but the daily penalty is an agreed overdue charge, "
             "so no no_overdue_rate_agreed. The car is the borrower's own → guarantor fields left out.",
})

# hr13  典当 翡翠手镯 (licensed), first month's interest + fee taken out, DOCX table
doc("hr13_diandang_feicui.docx", "docx", [
    ("h", "典当合同（当票）"),
    ("t", [
        ["项目", "内容"],
        ["典当行", "昆明金碧典当有限责任公司"],
        ["当户", "马丽"],
        ["当户身份证号", "530111199002******"],
        ["当物", "冰种翡翠手镯一只（附鉴定证书）"],
        ["估价金额", "人民币捌万元"],
        ["当金", "人民币伍万元整（¥50,000.00）"],
        ["典当期限", "2023年11月2日至2024年2月1日"],
        ["月利率", "0.5%"],
        ["月综合费率", "3%"],
        ["首月利息及综合费", "1,750元，发放当金时扣除"],
        ["实付金额", "人民币肆万捌仟贰佰伍拾元整（¥48,250.00）"],
    ]),
    ("p", "当户应于典当期限届满时或者之前赎当，并按约定支付利息和综合费；届满后5日内既不赎当也不续当的，为绝当。"),
    ("p", "争议解决：向典当行所在地人民法院起诉。"),
    ("p", "2023年11月2日"),
], {
    "as_of": AS_OF,
    "fields": {
        "lender": "昆明金碧典当有限责任公司", "lender_kind": LIC, "borrower": "马丽", "borrower_kind": NP,
        "principal": "50000", "amount_delivered": "48250", "annual_rate": "0.06",
        "overdue_rate": None, "penalty_rate": None,
        "contract_date": "2023-11-02", "start_date": "2023-11-02", "end_date": "2024-02-01",
        "dispute_method": "court",
    },
    "findings": ["cap_not_applicable_licensed_lender", "interest_deducted_upfront"],
    "notes": "典当行 → licensed. 0.5 %/month = 6 %; 综合费 is a fee. First month's 250 interest + 1,500 fee withheld "
             "→ delivered 48,250 → interest_deducted_upfront (any scope). The pledge is the borrower's own → guarantor "
             "fields left out; no overdue rate (绝当 instead) → null.",
})

# hr14  融资租赁 挖机 (licensed), 等额 rent, DOCX table
doc("hr14_rongzi_zulin_waji.docx", "docx", [
    ("h", "融资租赁合同（售后回租）"),
    ("p", "出租人：云南驰远融资租赁有限公司"),
    ("p", "承租人：何永祥，身份证号532128198006******"),
    ("p", "保证人：张艳，身份证号532128198309******（张艳系承租人配偶）"),
    ("p", "承租人将其所有的挖掘机出售给出租人并租回使用，双方约定如下："),
    ("t", [
        ["项目", "约定"],
        ["租赁物", "三一SY215C挖掘机一台（机身号SY215C******）"],
        ["融资金额（租赁本金）", "人民币陆拾万元整（¥600,000.00）"],
        ["租赁期限", "36个月，自2023年9月1日起至2026年8月31日止"],
        ["租赁年利率", "8.5%"],
        ["租金支付", "按月等额支付（等额本息），每期租金18,940.52元，共36期"],
        ["手续费", "18,000元，承租人于起租日另行支付，不从融资金额中扣除"],
        ["逾期", "逾期租金按日万分之五计收逾期利息"],
        ["留购价款", "100元"],
    ]),
    ("p", "保证人张艳对承租人在本合同项下的全部债务承担连带责任保证，保证期间为最后一期租金履行期限届满之日起三年。"),
    ("p", "争议解决：提交昆明仲裁委员会仲裁。"),
    ("p", "签订日期：2023年9月1日"),
], {
    "as_of": AS_OF,
    "fields": {
        "lender": "云南驰远融资租赁有限公司", "lender_kind": LIC, "borrower": "何永祥", "borrower_kind": NP,
        "principal": "600000", "amount_delivered": "600000", "annual_rate": "0.085",
        "overdue_rate": "0.1825", "penalty_rate": None,
        "contract_date": "2023-09-01", "start_date": "2023-09-01", "end_date": "2026-08-31",
        "repayment_method": M_EQ, "dispute_method": "arbitration",
        "guarantor": "张艳", "guarantee_type": JOINT, "guarantee_period_months": 36,
    },
    "findings": ["cap_not_applicable_licensed_lender"],
    "notes": "融资租赁 company → licensed (local). Rent 18,940.52 = annuity of 600,000 at 8.5 %/12 over 36 months. "
             "Fee paid separately, not withheld. Overdue 日万分之五 = 18.25 % but licensed → no cap finding.",
})

# hr15  漾濞 核桃 借据 with three 联保人, 每百元每月壹元伍角, lunar due date (GB18030)
doc("hr15_yangbi_hetao_lianbao.txt", "gb18030", """借  据

今借到段永红人民币伍万元整（50000元），用于漾濞核桃基地施肥、修枝、雇工。
利息按每百元每月壹元伍角计算，核桃卖了连本带利一起还，最迟2023年农历八月十五（中秋）前还清。

借款人：杨春林  身份证号：532922198106******
联保人：杨春发、李正华、字国荣
三名联保人自愿联保，负责担保上述借款，至借款还清之日止。

2022年8月28日  于漾濞县平坡镇
""", {
    "as_of": AS_OF,
    "fields": {
        "lender": "段永红", "lender_kind": NP, "borrower": "杨春林", "borrower_kind": NP,
        "principal": "50000", "amount_delivered": "50000", "annual_rate": "0.18",
        "overdue_rate": None, "penalty_rate": None,
        "contract_date": "2022-08-28", "start_date": "2022-08-28", "end_date": "2023-09-29",
        "repayment_method": M_ONCE, "dispute_method": None,
        "guarantee_type": UNSPEC, "guarantee_period_months": None,
    },
    "findings": ["rate_above_4x_lpr", "no_overdue_rate_agreed",
                 "guarantee_type_defaults_to_general", "guarantee_period_defaults_to_6_months"],
    "notes": "1.5 元/百元/月 = 18 % > 14.6 % (LPR 3.65 from 2022-08-22). 农历2023年八月十五 = 2023-09-29. Three "
             "联保人 → guarantor left out; '联保，负责担保' names no type (联保 alone is not 连带 wording) → general; "
             "'至借款还清之日止' = unclear period → six months.",
})

# hr16  思茅 林权 抵押, third-party mortgagor, within caps
doc("hr16_simao_linquan_diya.txt", "utf8", """借款合同（林权抵押）

出借人（甲方）：普洱绿源林业开发有限公司
借款人（乙方）：罗正明  身份证号：530802197809******
抵押人（丙方）：罗开贵  身份证号：530802195305******（乙方之父）

第一条 乙方因扩种思茅松、林下套种咖啡需要，向甲方借款人民币肆拾万元整（¥400,000.00），甲方于2021年11月30日转账交付。
第二条 借款期限自2021年11月30日起至2023年11月29日止，共24个月。
第三条 月利率1.1%，按季付息，每季末月25日付息，到期还本。
第四条 乙方逾期还款的，逾期部分按月利率1.2%计收逾期利息。
第五条 丙方以其名下林权（林权证号：云(2019)思茅区林权第000****号，林地面积86亩）为本合同项下债务提供抵押担保，各方于签约后十日内办理林权抵押登记。
第六条 因本合同发生争议，向普洱市思茅区人民法院起诉。

甲方（盖章）：普洱绿源林业开发有限公司
乙方：罗正明    丙方：罗开贵
签订日期：2021年11月30日
""", {
    "as_of": AS_OF,
    "fields": {
        "lender": "普洱绿源林业开发有限公司", "lender_kind": ENT, "borrower": "罗正明", "borrower_kind": NP,
        "principal": "400000", "amount_delivered": "400000", "annual_rate": "0.132",
        "overdue_rate": "0.144", "penalty_rate": None,
        "contract_date": "2021-11-30", "start_date": "2021-11-30", "end_date": "2023-11-29",
        "repayment_method": M_QUARTER, "dispute_method": "court",
    },
    "findings": [],
    "notes": "LPR 3.85 on 2021-11-30 (the 3.80 came 2021-12-20) → cap 15.4 %; 13.2 % and 14.4 % within. A third-party "
             "林权 抵押人 is the only security giver → guarantor fields left out.",
})

# hr17  还款协议 after default: interest rolled into principal, daily 违约金
doc("hr17_huankuan_xieyi.txt", "utf8", """还款协议

甲方（出借人）：王建林  身份证号：530102197312******
乙方（借款人）：孙丽  身份证号：530111198504******

2020年10月12日，乙方向甲方借款人民币壹拾万元整，约定月利率1.2%，借期一年（至2021年10月11日）。借款到期后乙方未能还本，利息仅支付至2022年6月。经双方对账，现达成如下还款协议：
一、乙方确认截至2024年6月5日尚欠甲方借款本金100,000元、利息28,800元，合计128,800元。
二、双方同意将上述未付利息28,800元并入本金，自2024年6月6日起以128,800元为本金按月利率1%计息。
三、乙方自2024年6月起每月月底前还款不少于11,000元，最迟于2025年12月31日前全部还清本息。
四、乙方任何一期未按时足额还款的，按欠款总额每日万分之五向甲方支付违约金，甲方有权要求乙方一次性还清全部欠款。
五、本协议自双方签字之日起生效。

甲方：王建林    乙方：孙丽
2024年6月5日
""", {
    "as_of": AS_OF,
    "fields": {
        "lender": "王建林", "lender_kind": NP, "borrower": "孙丽", "borrower_kind": NP,
        "overdue_rate": None, "penalty_rate": "0.1825",
        "end_date": "2025-12-31", "dispute_method": None,
        "guarantor": None, "guarantee_type": None, "guarantee_period_months": None,
    },
    "findings": ["compound_interest_restated", "overdue_charges_above_cap"],
    "notes": "Two principals (100,000 / 128,800), two rates (1.2 %/month then 1 %/month) and two dates → left out. "
             "Unpaid interest 并入本金 → compound. Daily 万分之五 违约金 = 18.25 % > 15.4 % (loan date 2020-10-12) "
             "and > 13.8 % (agreement date). The agreement (2024-06-05) is a written acknowledgement before the "
             "2024-10-11 expiry → no limitation finding.",
})

# hr18  咖啡 以物抵债, original overdue 15 % just above the loan-date cap
doc("hr18_kafei_yiwu_dizhai.txt", "utf8", """以物抵债协议

债权人（甲方）：思茅云啡贸易有限公司
债务人（乙方）：刀春梅  身份证号：530821198703******

鉴于：2022年4月20日，乙方向甲方借款人民币壹拾伍万元整，借款合同约定年利率10%，借期一年至2023年4月19日，逾期利率为年利率15%。借款到期后乙方未能清偿。双方确认截至2023年12月10日，乙方尚欠本金150,000元，利息18,000元（甲方已同意减免部分利息），合计168,000元。
现经协商，达成以物抵债协议如下：
一、乙方以其自产的卡蒂姆品种咖啡生豆（水洗，SHB级）12吨抵偿上述168,000元债务，作价每公斤14元。
二、乙方应于2024年1月31日前将咖啡生豆运至甲方思茅仓库，经甲方验收合格后，上述债务消灭。
三、乙方未按期足额交货的，甲方有权按原借款合同追索剩余欠款，并自2023年12月11日起仍按原约定逾期年利率15%计收逾期利息。
四、争议解决：向普洱市思茅区人民法院起诉。

甲方（盖章）：思茅云啡贸易有限公司    乙方：刀春梅
2023年12月10日
""", {
    "as_of": AS_OF,
    "fields": {
        "lender": "思茅云啡贸易有限公司", "lender_kind": ENT, "borrower": "刀春梅", "borrower_kind": NP,
        "principal": "150000", "annual_rate": "0.10",
        "overdue_rate": "0.15", "penalty_rate": None,
        "dispute_method": "court",
        "guarantor": None, "guarantee_type": None, "guarantee_period_months": None,
    },
    "findings": ["overdue_charges_above_cap"],
    "notes": "Loan date 2022-04-20: LPR 3.70 → cap 14.8 %; the agreement keeps the 15 % overdue rate → above (also "
             "above 13.8 % at the agreement date). Two dates → contract/start/end dates left out.",
})

# hr19  债务确认书 on a 2018 loan, 月息2分5 (GB18030)
doc("hr19_zhaiwu_querenshu.txt", "gb18030", """债务确认书

本人李永福（身份证号：532101197708******）于2018年9月1日向周美兰（身份证号：530103196511******）借款人民币柒万元整，约定月息2分5，借期一年，至2019年8月31日到期。到期后本人未能归还。
现本人确认：截至2022年7月15日，尚欠周美兰借款本金柒万元整及相应利息。本人承诺于2022年12月31日前归还全部本金，利息按原约定月息2分5计至实际还清之日。逾期不还的，仍按月息2分5计付利息。
特此确认。

确认人：李永福
2022年7月15日
""", {
    "as_of": AS_OF,
    "fields": {
        "lender": "周美兰", "lender_kind": NP, "borrower": "李永福", "borrower_kind": NP,
        "principal": "70000", "annual_rate": "0.30",
        "overdue_rate": "0.30", "penalty_rate": None,
        "dispute_method": None,
        "guarantor": None, "guarantee_type": None, "guarantee_period_months": None,
    },
    "findings": ["pre_lpr_rate_rules"],
    "notes": "Loan 2018-09-01 → 24/36 rules, 30 % in the 24–36 band. Judged at the loan date, not the 2022 "
             "confirmation. Confirmation 2022-07-15 came before the 2022-08-31 expiry and sets 2022-12-31 → runs to "
             "2025-12-31 → not expired at 2025-10-15. Dates left out (two).",
})

# hr20  官渡区 民事调解书; 迟延 interest 15.4 % = loan-date cap, above the 调解书 date cap
doc("hr20_guandu_tiaojieshu.txt", "utf8", """云南省昆明市官渡区人民法院
民 事 调 解 书
（2024）云0111民初8****号

原告：马建华，男，1970年3月生，汉族，住昆明市官渡区。
被告：普洱市兴茗茶业有限公司，住所地普洱市思茅区。
法定代表人：钱国强，该公司总经理。
被告：钱国强，男，1976年8月生，汉族，住普洱市思茅区。

原告马建华与被告普洱市兴茗茶业有限公司、钱国强民间借贷纠纷一案，本院于2024年9月3日立案后，依法适用简易程序进行了审理。
经审理查明：2021年7月8日，被告普洱市兴茗茶业有限公司向原告借款300,000元，约定年利率15%，借期一年。被告钱国强在借款合同上签字，承诺承担连带责任保证。借款到期后，被告仅支付利息至2022年7月。
本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议：
一、被告普洱市兴茗茶业有限公司于2025年3月31日前向原告马建华偿还借款本金300,000元及利息（以300,000元为基数，按年利率15%，自2022年7月8日起计算至实际清偿之日止）；
二、被告普洱市兴茗茶业有限公司未按上述期限履行的，应按年利率15.4%向原告支付迟延履行期间的利息；
三、被告钱国强对上述债务承担连带清偿责任；
四、案件受理费减半收取2,900元，由被告普洱市兴茗茶业有限公司负担。
上述协议，不违反法律规定，本院予以确认。
本调解书经双方当事人签收后，即具有法律效力。

审判员  杨  琳
二〇二四年十月二十二日
书记员  赵  倩
""", {
    "as_of": AS_OF,
    "fields": {
        "lender": "马建华", "lender_kind": NP, "borrower": "普洱市兴茗茶业有限公司", "borrower_kind": ENT,
        "principal": "300000", "annual_rate": "0.15",
        "overdue_rate": "0.154", "penalty_rate": None,
        "guarantor": "钱国强", "guarantee_type": JOINT,
    },
    "findings": [],
    "notes": "Loan 2021-07-08: LPR 3.85 → cap 15.4 %; 15 % and 15.4 % are within (15.4 = the cap, not above). At the "
             "调解书 date (3.10 → 12.4 %) both would be above — the loan's date counts. Guarantee given 2021 with "
             "joint wording. Dates, forum and period left out (court document about an earlier loan).",
})

# hr21  斗南 砍头息 借条, 月息三分, three months' interest withheld
doc("hr21_douna_kantouxi_jietiao.txt", "utf8", """借条

今借到毕红星人民币壹拾万元整（¥100000），借期三个月，月息三分，利息先扣。
实际到手玖万壹仟元整（91000元），三个月利息玖仟元已当场扣除。2023年5月13日前还本金壹拾万元。

借款人：李艳（斗南花市B区32号档口）
身份证号：530121199106******
2023年2月14日
""", {
    "as_of": AS_OF,
    "fields": {
        "lender": "毕红星", "lender_kind": NP, "borrower": "李艳", "borrower_kind": NP,
        "principal": "100000", "amount_delivered": "91000", "annual_rate": "0.36",
        "overdue_rate": None, "penalty_rate": None,
        "contract_date": "2023-02-14", "start_date": "2023-02-14", "end_date": "2023-05-13",
        "dispute_method": None,
        "guarantor": None, "guarantee_type": None, "guarantee_period_months": None,
    },
    "findings": ["rate_above_4x_lpr", "interest_deducted_upfront", "no_overdue_rate_agreed"],
    "notes": "月息三分 = 36 % > 14.6 % (LPR 3.65). 9,000 withheld → delivered 91,000. No overdue term.",
})

# hr22  茶叶 存货 质押, 企业间借贷 above cap, DOCX tables
doc("hr22_menghai_cunhuo_zhiya.docx", "docx", [
    ("h", "借款及存货质押合同"),
    ("t", [
        ["当事人", "名称 / 姓名"],
        ["出借人（甲方）", "勐海县古韵茶业有限公司"],
        ["借款人（乙方）", "昆明滇茗茶叶经营部"],
        ["经营者", "陈志华"],
        ["保证人（丙方）", "陈志华"],
    ]),
    ("t", [
        ["项目", "约定"],
        ["借款金额", "人民币捌拾万元整（¥800,000.00）"],
        ["借款期限", "2024年8月15日至2025年2月14日"],
        ["年利率", "14%，按月付息，到期还本"],
        ["逾期利率", "年利率18%"],
        ["质押物", "乙方存放于监管仓库的2019年勐海熟茶（357克/饼）2,000件"],
        ["保证", "丙方承担连带责任保证，保证期间为主债务履行期限届满之日起三年"],
    ]),
    ("p", "质押物由甲乙双方共同委托的仓储企业监管，未经甲方书面同意不得出库。"),
    ("p", "争议解决：提交西双版纳仲裁委员会仲裁。"),
    ("p", "签订日期：2024年8月15日"),
], {
    "as_of": AS_OF,
    "fields": {
        "lender": "勐海县古韵茶业有限公司", "lender_kind": ENT,
        "borrower": "昆明滇茗茶叶经营部", "borrower_kind": ENT,
        "principal": "800000", "amount_delivered": "800000", "annual_rate": "0.14",
        "overdue_rate": "0.18", "penalty_rate": None,
        "contract_date": "2024-08-15", "start_date": "2024-08-15", "end_date": "2025-02-14",
        "repayment_method": M_MONTH, "dispute_method": "arbitration",
        "guarantor": "陈志华", "guarantee_type": JOINT, "guarantee_period_months": 36,
    },
    "findings": ["rate_above_4x_lpr", "overdue_charges_above_cap"],
    "notes": "LPR 3.35 on 2024-08-15 (from 2024-07-22) → cap 13.4 %; 14 % and 18 % above.",
})

# hr23  勐腊 rubber 借条 dated in the lunar calendar only, 利息翻倍 overdue
doc("hr23_mengla_xiangjiao_nongli.txt", "utf8", """借条

我罗建明今天借到白永华人民币贰万元整（20000元），拿克买橡胶苗和化肥。
讲好一分利（每月每百元利息壹元），利息年底一起算。明年割完胶，农历二〇二三年冬月初八前连本带利还清。
到期不还，利息翻倍算。

借款人：罗建明
农历二〇二二年冬月初八  于勐腊县勐捧镇
""", {
    "as_of": AS_OF,
    "fields": {
        "lender": "白永华", "lender_kind": NP, "borrower": "罗建明", "borrower_kind": NP,
        "principal": "20000", "amount_delivered": "20000", "annual_rate": "0.12",
        "overdue_rate": "0.24", "penalty_rate": None,
        "contract_date": "2022-12-01", "start_date": "2022-12-01", "end_date": "2023-12-20",
        "dispute_method": None,
        "guarantor": None, "guarantee_type": None, "guarantee_period_months": None,
    },
    "findings": ["overdue_charges_above_cap"],
    "notes": "农历2022年冬月初八 = 2022-12-01; 农历2023年冬月初八 = 2023-12-20 (lunardate). 一分利 = 12 % within "
             "14.6 %; 利息翻倍 = 24 % overdue → above. Repayment wording mixed (interest at year end, all at the end) "
             "→ left out.",
})

# hr24  河口 边贸 2017, bare 担保人, demands only after expiry (GB18030)
doc("hr24_hekou_bianmao_2017.txt", "gb18030", """借款协议

出借人：黄志勇  身份证号：532532197202******
借款人：河口瑶山商贸有限公司
法定代表人：陆庆华
担保人：陆庆华

借款人因河口口岸对越南边贸（香蕉、火龙果进出口）资金周转，向出借人借款人民币伍拾万元整（500000元），借期六个月，自2017年6月10日至2017年12月9日。月息1.5分，按月付息，到期还本。逾期未还的，按月息3分计收逾期利息。担保人陆庆华对本借款承担担保责任。

出借人：黄志勇    借款人：河口瑶山商贸有限公司（盖章）    担保人：陆庆华
2017年6月10日

附：出借人说明（2025年9月）
借款到期后，借款人只付清了2017年12月以前的利息，本金至今未还。2021年3月以后我多次电话催收，陆庆华都说生意不好，没有签过任何还款计划。
""", {
    "as_of": AS_OF,
    "fields": {
        "lender": "黄志勇", "lender_kind": NP, "borrower": "河口瑶山商贸有限公司", "borrower_kind": ENT,
        "principal": "500000", "amount_delivered": "500000", "annual_rate": "0.18",
        "overdue_rate": "0.36", "penalty_rate": None,
        "contract_date": "2017-06-10", "start_date": "2017-06-10", "end_date": "2017-12-09",
        "repayment_method": M_MONTH, "dispute_method": None,
        "guarantor": "陆庆华", "guarantee_type": UNSPEC, "guarantee_period_months": None,
    },
    "findings": ["pre_lpr_rate_rules", "limitation_period_expired"],
    "notes": "2017 → 24/36 rules. Due 2017-12-09 → expired 2020-12-09; the phone demands began 2021-03, after "
             "expiry, and no written promise → expired. Bare 担保人 in 2017 → 担保法 era, no guarantee finding.",
})

# hr25  漾濞 核桃 2015 借条, 月3.5分, payments and a signed lawyer's letter keep it alive
doc("hr25_yangbi_hetao_2015.txt", "utf8", """借  条

今借到字春华现金人民币壹拾贰万元整（120000元），用于收购核桃青果。
月利息3.5分，一年一付。借期一年，2016年10月19日前还清。到期不还，仍按月息3.5分计算。

借款人：段国平  身份证：532922197607******
2015年10月20日

还款记录：
2018年5月6日  段国平还利息壹万元
2021年4月2日  段国平还伍仟元
2024年3月1日  字春华委托律师寄送《律师函》催收全部本息，段国平于2024年3月4日签收，并在回执上写“情况属实，尽快还”。
""", {
    "as_of": AS_OF,
    "fields": {
        "lender": "字春华", "lender_kind": NP, "borrower": "段国平", "borrower_kind": NP,
        "principal": "120000", "amount_delivered": "120000", "annual_rate": "0.42",
        "overdue_rate": "0.42", "penalty_rate": None,
        "contract_date": "2015-10-20", "start_date": "2015-10-20", "end_date": "2016-10-19",
        "dispute_method": None,
        "guarantor": None, "guarantee_type": None, "guarantee_period_months": None,
    },
    "findings": ["pre_lpr_rate_rules"],
    "notes": "2015 → 24/36 rules; 42 % is above 36 % (part void). Limitation chain: due 2016-10-19 → 2019-10-19; "
             "payment 2018-05-06 → 2021-05-06; payment 2021-04-02 → 2024-04-02; demand signed for (and acknowledged) "
             "2024-03-04 → 2027-03-04 → not expired.",
})

# hr26  咖啡 企业间借贷 with an explicit 一般保证 (DOCX paragraphs only)
doc("hr26_puer_kafei_qiyejian_jiedai.docx", "docx", [
    ("h", "借款合同"),
    ("p", "出借人：云南高原咖啡产业发展有限公司"),
    ("p", "借款人：普洱市思茅区小粒咖啡种植专业合作社"),
    ("p", "保证人：李文华，身份证号530802197506******"),
    ("p", "第一条 借款金额：人民币伍拾万元整（¥500,000.00），用于咖啡鲜果收购及脱壳加工设备购置。"),
    ("p", "第二条 借款期限：自2025年3月18日起至2026年3月17日止。"),
    ("p", "第三条 利率：年利率6%，按季付息，到期还本。"),
    ("p", "第四条 逾期：借款人逾期还款的，逾期部分按年利率9%计收逾期利息。"),
    ("p", "第五条 保证：保证人李文华系借款人理事长，为本借款提供一般保证，保证期间为主债务履行期限届满之日起六个月。"),
    ("p", "第六条 争议解决：向普洱市思茅区人民法院起诉。"),
    ("p", "签订日期：2025年3月18日"),
], {
    "as_of": AS_OF,
    "fields": {
        "lender": "云南高原咖啡产业发展有限公司", "lender_kind": ENT,
        "borrower": "普洱市思茅区小粒咖啡种植专业合作社", "borrower_kind": ENT,
        "principal": "500000", "amount_delivered": "500000", "annual_rate": "0.06",
        "overdue_rate": "0.09", "penalty_rate": None,
        "contract_date": "2025-03-18", "start_date": "2025-03-18", "end_date": "2026-03-17",
        "repayment_method": M_QUARTER, "dispute_method": "court",
        "guarantor": "李文华", "guarantee_type": GENERAL, "guarantee_period_months": 6,
    },
    "findings": [],
    "notes": "Cap 12.4 % (LPR 3.10 on 2025-03-18); 6 % and 9 % within. 一般保证 stated with a six-month period → no "
             "default finding (stated, not defaulted).",
})

# hr27  丽江 保证合同 (guarantee instrument), joint, no period stated, DOCX table
doc("hr27_lijiang_baozheng_hetong.docx", "docx", [
    ("h", "保证合同"),
    ("p", "债权人（甲方）：和建英，身份证号533221197911******"),
    ("p", "保证人（乙方）：木春生，身份证号533221198202******"),
    ("p", "鉴于：债务人和继红（身份证号533221198506******）于2024年1月18日与甲方签订《借款合同》，向甲方借款"
          "人民币贰拾万元整，用于丽江古城民宿客房改造。乙方自愿为上述债务提供保证担保。"),
    ("t", [
        ["项目", "约定"],
        ["被担保主债权", "借款本金人民币贰拾万元整"],
        ["主债务履行期限", "2024年1月18日至2025年1月17日"],
        ["保证方式", "连带责任保证"],
        ["保证范围", "主债权本金、利息、逾期利息、违约金、损害赔偿金和实现债权的费用"],
    ]),
    ("p", "本合同未尽事宜，按《借款合同》执行。"),
    ("p", "甲方：和建英    乙方：木春生"),
    ("p", "2024年1月18日"),
], {
    "as_of": AS_OF,
    "fields": {
        "lender": "和建英", "lender_kind": NP, "borrower": "和继红", "borrower_kind": NP,
        "principal": "200000",
        "contract_date": "2024-01-18", "start_date": "2024-01-18", "end_date": "2025-01-17",
        "guarantor": "木春生", "guarantee_type": JOINT, "guarantee_period_months": None,
    },
    "findings": ["guarantee_period_defaults_to_6_months"],
    "notes": "Guarantee instrument: the loan's rates are in the main contract → rate fields left out, no rate "
             "findings. Joint type stated; no period → six months from 2025-01-17. Loan and guarantee share the date.",
})

# hr28  螺蛳湾 借条, 每月利息壹仟元 on 10万, guarantee one year after due, no overdue term
doc("hr28_luosiwan_banza_jietiao.txt", "utf8", """借条

今借到周丽芬人民币壹拾万元整（100000.00元），用于官渡区螺蛳湾批发市场进鲜花包装材料。
每月利息壹仟元，每月5号前付。借期一年，2026年4月1日前还本。
担保人王小兵承担连带责任，担保到借款到期后一年。
我不是憨包，说话算话，板扎得很。

借款人：何家顺  身份证号：530111198912******
担保人：王小兵  身份证号：530111198703******
2025年4月2日
""", {
    "as_of": AS_OF,
    "fields": {
        "lender": "周丽芬", "lender_kind": NP, "borrower": "何家顺", "borrower_kind": NP,
        "principal": "100000", "amount_delivered": "100000", "annual_rate": "0.12",
        "overdue_rate": None, "penalty_rate": None,
        "contract_date": "2025-04-02", "start_date": "2025-04-02", "end_date": "2026-04-01",
        "repayment_method": M_MONTH, "dispute_method": None,
        "guarantor": "王小兵", "guarantee_type": JOINT, "guarantee_period_months": 12,
    },
    "findings": ["no_overdue_rate_agreed"],
    "notes": "1,000/month on 100,000 = 12 % within 12.4 % (LPR 3.10 on 2025-04-02). '承担连带责任' = joint; "
             "'到期后一年' = 12 months. No overdue term.",
})

# hr29  景洪 rubber 借款协议, 利滚利 every half year, 罚息 1.8 %/month
doc("hr29_jinghong_xiangjiao_liguanli.txt", "utf8", """借款协议

出借人：岩香（身份证号532823197404******）
借款人：刀文斌（身份证号532823198611******）

一、借款人向出借人借款人民币叁拾万元整（300000元），用于景洪胶林收胶、烟胶片加工。出借人于2023年10月8日转账交付。
二、借期一年，自2023年10月8日至2024年10月7日。
三、月息1分2（月利率1.2%），每半年结一次利息；结息时未付清的利息转入本金，下期按新本金计息（利滚利）。
四、到期不还，逾期部分按月利率1.8%计收罚息。
五、发生争议由景洪市人民法院管辖。

出借人：岩香    借款人：刀文斌
2023年10月8日
""", {
    "as_of": AS_OF,
    "fields": {
        "lender": "岩香", "lender_kind": NP, "borrower": "刀文斌", "borrower_kind": NP,
        "principal": "300000", "amount_delivered": "300000", "annual_rate": "0.144",
        "overdue_rate": "0.216", "penalty_rate": None,
        "contract_date": "2023-10-08", "start_date": "2023-10-08", "end_date": "2024-10-07",
        "dispute_method": "court",
        "guarantor": None, "guarantee_type": None, "guarantee_period_months": None,
    },
    "findings": ["rate_above_4x_lpr", "compound_interest_restated", "overdue_charges_above_cap"],
    "notes": "LPR 3.45 on 2023-10-08 → cap 13.8 %; 14.4 % above (narrowly); 利滚利 → compound; 罚息 21.6 % above. "
             "Repayment: interest settled half-yearly → none of the four methods → left out.",
})

# hr30  亲戚 借据, 不要利息, expired
doc("hr30_qinqi_jieju_wuxi.txt", "utf8", """借  据

今借到表哥普建国人民币肆万元整（40000元），拿克给娃娃交大理大学学费和买摩托车。亲戚之间不要利息。
2021年12月31日前还清。

借款人：李春燕  身份证号：532901199502******
2021年2月3日（腊月二十二）
""", {
    "as_of": AS_OF,
    "fields": {
        "lender": "普建国", "lender_kind": NP, "borrower": "李春燕", "borrower_kind": NP,
        "principal": "40000", "amount_delivered": "40000", "annual_rate": "0",
        "overdue_rate": None, "penalty_rate": None,
        "contract_date": "2021-02-03", "start_date": "2021-02-03", "end_date": "2021-12-31",
        "dispute_method": None,
        "guarantor": None, "guarantee_type": None, "guarantee_period_months": None,
    },
    "findings": ["no_overdue_rate_agreed", "limitation_period_expired"],
    "notes": "Explicit 不要利息 → annual_rate 0, no no_interest_agreed. No overdue term: 民间借贷规定 28 (neither "
             "rate agreed → LPR from default) → info finding. Due 2021-12-31 → expired 2024-12-31, nothing noted "
             "since. 2021-02-03 = 农历腊月二十二 (2020 lunar year).",
})


# ---------------------------------------------------------------------------------------------------------------
DOCX = cb.DocxMeta(author="李雯", fixed_time=(2025, 10, 15, 9, 0, 0))


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
