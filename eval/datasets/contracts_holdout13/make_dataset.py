"""Builder for contracts_holdout13 (held out: never tune on these rows).

Every document text and every gold row below was written by hand, in one sitting, by author 14 in the persona of
宋雅琴 (贷后管理, a made-up Shenyang group owning a 典当行 and a 小额贷款公司). Everything is fictitious.
Run:  /work/main/.venv/bin/python eval/datasets/contracts_holdout13/make_dataset.py
It writes the 30 documents (TXT UTF-8, TXT GB18030, DOCX) and gold.jsonl next to this file, deterministically.
"""
from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
AS_OF = "2026-11-30"   # the day 宋雅琴 went through the pile

DOCS: list[dict] = []


def add(file: str, fmt: str, body, gold: dict) -> None:
    """fmt: 'utf8' | 'gb18030' | 'docx'. body: a str for TXT, a list of blocks for DOCX."""
    DOCS.append({"file": file, "fmt": fmt, "body": body, "gold": gold})


# ---------------------------------------------------------------------------------------------------------------
add("hm01_典当合同_房产.txt", "utf8", """房地产抵押典当合同

合同编号：盛源典（房）字2024第0317号

典当行（甲方）：沈阳市盛源典当有限责任公司
住所：沈阳市沈河区青年大街XX号XX层
典当经营许可证编号：21001XXXX
法定代表人：吴长顺

当户（乙方）：高凤霞
身份证号码：210105197506XXXXXX
住址：沈阳市皇姑区黄河南大街XX号X单元X楼X号

乙方以其本人所有的房产作抵押向甲方申请典当，双方经协商一致，订立本合同。

第一条 当物
乙方所有的位于沈阳市皇姑区黄河南大街XX号X单元X楼X号住宅一套，建筑面积86.42平方米，不动产权证号：辽（2019）沈阳市不动产权第0XXXXXX号。
双方确认当物评估价值为人民币捌拾万元。

第二条 当金及当期
1. 当金：人民币肆拾捌万元整（¥480,000.00）。
2. 典当期限：自2024年3月12日起至2024年9月11日止，共6个月。
3. 甲方于抵押登记办理完毕之日将当金全额一次性划入乙方指定账户（户名：高凤霞，开户行：中国XX银行沈阳皇姑支行，账号：6217XXXXXXXX0918）。当金不预扣任何利息、费用。

第三条 利息及综合费用
1. 当金月利率为0.5%，按月计收。
2. 房地产抵押典当的月综合费率为2.2%，按当金计算，包括评估费、保管费、保险费、登记费及典当交易的成本支出。
3. 利息与综合费用由乙方于每月12日前支付当月部分；当期届满时乙方归还当金赎当。
（即每月应付利息2,400元，综合费10,560元，合计12,960元。）

第四条 续当与赎当
1. 典当期限届满或者续当期限届满前5日内，乙方可以申请续当，续当应当结清前期利息和当期费用，经甲方同意后重新办理续当手续。
2. 乙方提前赎当的，利息按实际使用天数计算，综合费用按当期收取。

第五条 绝当
典当期限或者续当期限届满后，乙方在5日内未赎当、也未续当的，为绝当。绝当后甲方有权依法处分当物，处分所得价款扣除当金本息及相关费用后的余额退还乙方，不足部分甲方有权向乙方追索。

第六条 当票
本合同签订后甲方向乙方出具当票，当票为本合同的组成部分。当票记载与本合同不一致的，以本合同为准。

第七条 争议解决
因本合同发生的争议，双方协商解决；协商不成的，任何一方均可向甲方住所地人民法院提起诉讼。

第八条 其他
本合同一式四份，甲乙双方各执一份，不动产登记机构一份，备案一份，自双方签字盖章之日起生效。

甲方（盖章）：沈阳市盛源典当有限责任公司          乙方（签字按手印）：高凤霞
授权代表：吴长顺
签订日期：2024年3月12日                           签订日期：2024年3月12日

---------------------------------
贷后备注（宋雅琴 2026.11）：该户2024年9月办过一次续当，续当凭证另放，这里只看原合同。
""", {
    "fields": {
        "lender": "沈阳市盛源典当有限责任公司", "lender_kind": "licensed_lender",
        "borrower": "高凤霞", "borrower_kind": "natural_person",
        "principal": "480000", "amount_delivered": "480000",
        "annual_rate": "0.06", "overdue_rate": None, "penalty_rate": None,
        "contract_date": "2024-03-12", "start_date": "2024-03-12", "end_date": "2024-09-11",
        "repayment_method": "按月付息、到期还本", "dispute_method": "court",
    },
    "findings": ["cap_not_applicable_licensed_lender"],
    "notes": "典当: annual_rate is the 利息 only (月0.5% ×12); the 月综合费率2.2% is a fee, not interest. Collateral is the "
             "borrower's own flat (抵押, no 保证人), so guarantor/guarantee_type/period are left out rather than null. "
             "Licensed lender: no private-lending findings (no_overdue_rate_agreed is private-lending scope).",
})

# ---------------------------------------------------------------------------------------------------------------
add("hm02_当票及续当凭证_车辆.docx", "docx", [
    ("h", "沈阳市鑫隆典当行有限公司  当  票"),
    ("p", "当票号：XL2025-0108-03        （第一联 当户收执）"),
    ("t", [
        ["当户名称", "马国庆", "证件号码", "210111198203XXXXXX"],
        ["联系地址", "沈阳市于洪区怒江北街XX号（国庆二手车行）", "联系电话", "139XXXX7716"],
        ["当物名称", "小型越野客车 丰田汉兰达 2019款", "车牌号码", "辽A·7K3××"],
        ["估价金额", "¥260,000.00", "折当率", "76.9%"],
        ["当金（大写）", "贰拾万元整", "当金（小写）", "¥200,000.00"],
        ["月利率", "0.5%", "月综合费率", "2.5%"],
        ["典当期限", "2025年1月8日 至 2025年2月7日", "期限", "1个月"],
        ["首期息费（利息1,000元+综合费5,000元）", "¥6,000.00（于发放当金时扣收）", "实付当金", "¥194,000.00"],
        ["当物保管方式", "车辆及钥匙、登记证书由典当行保管", "经办人", "常丽"],
    ]),
    ("p", "当户声明：本人已阅读并同意当票背面的典当条款。    当户签名：马国庆    2025年1月8日"),
    ("h", "当票背面条款（摘录）"),
    ("p", "一、当户应当在典当期限届满前5日内赎当或者续当。续当的，应当结清前期利息和当期费用。"),
    ("p", "二、典当期限或者续当期限届满后，当户在5日内未赎当或者续当的，视为绝当。绝当物估价金额不足3万元的，典当行可自行变卖；超过3万元的，按照《典当管理办法》有关规定处理。"),
    ("p", "三、因本当票发生争议的，双方协商解决，协商不成的，向沈阳市沈河区人民法院起诉。"),
    ("h", "续当凭证"),
    ("t", [
        ["原当票号", "续当期限", "续当收取息费", "当户签名", "日期"],
        ["XL2025-0108-03", "2025年2月7日 至 2025年3月7日", "¥6,000.00（现金）", "马国庆", "2025年2月6日"],
    ]),
    ("p", "（手写）3月7号前赎回，钱凑够了。——马"),
], {
    "fields": {
        "lender": "沈阳市鑫隆典当行有限公司", "lender_kind": "licensed_lender",
        "borrower": "马国庆", "borrower_kind": "natural_person",
        "principal": "200000", "amount_delivered": "194000",
        "annual_rate": "0.06", "overdue_rate": None, "penalty_rate": None,
        "contract_date": "2025-01-08", "start_date": "2025-01-08",
        "dispute_method": "court",
    },
    "findings": ["cap_not_applicable_licensed_lender", "interest_deducted_upfront"],
    "notes": "The 当票 shows the first month's 利息 + 综合费 taken out of the 当金 (实付194,000): the pledge-shop rules forbid "
             "预扣利息, and the principal is the amount delivered, so interest_deducted_upfront. end_date left out: the "
             "document carries two maturities (2025-02-07 original, 2025-03-07 after 续当). repayment_method left out "
             "(a one-month 当期 with first 息费 taken up front and 续当 fees paid in cash: none of the standard labels fits "
             "cleanly). Car pledged by the borrower himself: guarantor fields left out.",
})

# ---------------------------------------------------------------------------------------------------------------
add("hm03_小贷借款合同_个体户.txt", "utf8", """沈阳市浑南区融信小额贷款有限公司
借 款 合 同

合同编号：RX-JK-2023-05-0412

贷款人（甲方）：沈阳市浑南区融信小额贷款有限公司
统一社会信用代码：91210112MA0XXXXXXX
地址：沈阳市浑南区创新路XX号

借款人（乙方）：邵长林
身份证号：210124198811XXXXXX
经营项目：浑南区“长林烧烤”（个体）

保证人（丙方）：邵长江
身份证号：210124198503XXXXXX
与借款人关系：兄弟

第一条 借款金额：人民币壹拾万元整（¥100,000.00）。
第二条 借款用途：烧烤店经营周转（购进食材、酒水）。不得用于购房、炒股及其他违法用途。
第三条 借款期限：12个月，自2023年5月16日至2024年5月15日。实际放款日与本条不一致的，以借款借据记载为准。
第四条 借款利率：月利率1.2%（年化14.4%），按日计息。
第五条 还款方式：等额本息，共12期，每月16日为还款日，每期还款金额见《还款计划表》。
第六条 服务费：乙方另与辽宁融信企业管理咨询有限公司签订《咨询服务协议》，由其提供贷前咨询、资料整理、贷后提醒等服务，服务费按借款本金每月2.3%计收，随每期还款一并支付至甲方指定账户，由甲方代收。借款利息与服务费合计月综合息费率为3.5%。
第七条 逾期：乙方未按期足额还款的，甲方对逾期本金自逾期之日起按借款利率上浮50%计收罚息（即月1.8%），直至清偿之日。
第八条 保证：丙方自愿为乙方在本合同项下全部债务提供连带责任保证，保证范围包括借款本金、利息、罚息、实现债权的费用（包括但不限于诉讼费、律师费、保全费）。保证期间为主债务履行期届满之日起三年。
第九条 提前还款：乙方提前还款应提前5日书面申请，已发生的服务费不予退还。
第十条 争议解决：因本合同引起的争议，提交沈阳仲裁委员会按照其仲裁规则仲裁。仲裁裁决是终局的。
第十一条 本合同自各方签字（盖章）之日起生效。

甲方（盖章）：沈阳市浑南区融信小额贷款有限公司
经办：孟凡宇

乙方（签字、手印）：邵长林
丙方（签字、手印）：邵长江

签订日期：2023年5月16日
""", {
    "fields": {
        "lender": "沈阳市浑南区融信小额贷款有限公司", "lender_kind": "licensed_lender",
        "borrower": "邵长林", "borrower_kind": "natural_person",
        "principal": "100000", "amount_delivered": "100000",
        "annual_rate": "0.144", "overdue_rate": "0.216", "penalty_rate": None,
        "contract_date": "2023-05-16", "start_date": "2023-05-16", "end_date": "2024-05-15",
        "repayment_method": "等额本息", "dispute_method": "arbitration",
        "guarantor": "邵长江", "guarantee_type": "连带责任保证", "guarantee_period_months": 36,
    },
    "findings": ["cap_not_applicable_licensed_lender"],
    "notes": "月综合息费3.5% split: 利息 月1.2% (annual_rate 0.144) + 服务费 月2.3% to a related 咨询公司 (a fee, not the "
             "rate). 罚息 上浮50% → 月1.8% → 0.216. Licensed lender, so neither the 4×LPR nor the overdue cap applies.",
})

# ---------------------------------------------------------------------------------------------------------------
add("hm04_小贷借款合同_服务费先扣.docx", "docx", [
    ("h", "沈阳市和平区金桥小额贷款股份有限公司 个人借款合同"),
    ("p", "合同编号：JQXD(2024)第0603-11号"),
    ("p", "本合同由下列各方于2024年6月3日在沈阳市和平区签订。"),
    ("t", [
        ["项目", "约定内容"],
        ["贷款人", "沈阳市和平区金桥小额贷款股份有限公司"],
        ["借款人", "于海波（身份证号 210102197909XXXXXX）"],
        ["借款金额", "人民币捌万元整（¥80,000.00）"],
        ["借款期限", "6个月，自2024年6月3日至2024年12月2日"],
        ["借款利率", "日利率万分之六（按实际借款天数计息）"],
        ["还款方式", "按月付息，到期一次还本；每月3日付息"],
        ["服务费", "¥4,800.00，于放款时从借款金额中一次性扣收"],
        ["实际放款金额", "¥75,200.00（转入借款人尾号3308账户）"],
        ["逾期罚息", "日利率万分之九，按逾期本金计收"],
        ["保证人", "辽宁金桥融资担保有限公司（另签《保证合同》JQDB-2024-0603-11）"],
        ["保证方式/保证期间", "连带责任保证；主债务履行期届满之日起二年"],
    ]),
    ("p", "第一条 借款人应按上表约定按时足额还本付息。借款人未按期还款的，贷款人有权宣布借款提前到期，并要求保证人承担保证责任。"),
    ("p", "第二条 借款人确认已收到实际放款金额75,200元，服务费4,800元系贷款人为借款人提供的贷款审查及账户管理服务所收取，不予退还。"),
    ("p", "第三条 因履行本合同发生争议的，由贷款人住所地人民法院管辖。"),
    ("p", "贷款人（盖章）：沈阳市和平区金桥小额贷款股份有限公司      借款人（签字）：于海波"),
    ("p", "保证人（盖章）：辽宁金桥融资担保有限公司"),
], {
    "fields": {
        "lender": "沈阳市和平区金桥小额贷款股份有限公司", "lender_kind": "licensed_lender",
        "borrower": "于海波", "borrower_kind": "natural_person",
        "principal": "80000", "amount_delivered": "75200",
        "annual_rate": "0.219", "overdue_rate": "0.3285", "penalty_rate": None,
        "contract_date": "2024-06-03", "start_date": "2024-06-03", "end_date": "2024-12-02",
        "repayment_method": "按月付息、到期还本", "dispute_method": "court",
        "guarantor": "辽宁金桥融资担保有限公司", "guarantee_type": "连带责任保证", "guarantee_period_months": 24,
    },
    "findings": ["cap_not_applicable_licensed_lender", "interest_deducted_upfront"],
    "notes": "日利率万分之六 × 365 = 0.219; 罚息 万分之九 × 365 = 0.3285. The 服务费 taken out at disbursement is a 砍头 "
             "deduction: principal 80,000 stated, 75,200 delivered → interest_deducted_upfront (any scope, so it fires for a "
             "小贷 too). 融资担保 company as guarantor.",
})

# ---------------------------------------------------------------------------------------------------------------
add("hm05_车辆抵押借款合同_GPS费.txt", "utf8", """车辆抵押借款合同

出借人（甲方）：沈阳市顺达汽车信息咨询服务有限公司
地址：沈阳市大东区东北大马路XX号（顺达车城B区12号）
负责人：韩振宇  电话：024-8XXXXXXX

借款人（乙方）：刘建伟   身份证：210103199004XXXXXX
住址：沈阳市大东区小河沿路XX号

乙方因资金周转，以其名下车辆作抵押向甲方借款，双方协商一致签订本合同：

一、借款金额：陆万元整（60000元）。
二、借款期限：12个月，2023年10月18日至2024年10月17日。
三、利息：月息1.5%，按等额本息方式每月还款，共12期，每期还款日为每月18日。
四、抵押车辆：大众朗逸 辽A·Q6××× 车架号LSVNX4180JNXXXXXX，乙方应于签约当日到车管所办理抵押登记，车辆由乙方继续使用。
五、GPS：甲方在抵押车辆上安装GPS定位设备两台。GPS安装费及押金共计3000元，于放款时从借款中直接扣除，甲方实际转账57000元；GPS服务费每月300元，随每期还款一并支付。乙方不得私自拆除GPS，否则视为违约。
六、逾期：乙方逾期还款的，逾期款项按月息2%计收逾期利息；同时每逾期一日，按欠款总额的千分之五向甲方支付违约金。逾期超过15日的，甲方有权收回车辆，拖车费、停车费由乙方承担。
七、其他费用：甲方为实现债权支出的律师费、差旅费由乙方承担。
八、争议：协商不成，向甲方所在地人民法院起诉。
九、本合同一式两份，签字后生效。

甲方：沈阳市顺达汽车信息咨询服务有限公司（章）
乙方：刘建伟（签字、按印）
2023年10月18日

附：收款确认  今收到顺达公司借款57000元（已扣GPS费3000元）。刘建伟 2023.10.18
""", {
    "fields": {
        "lender": "沈阳市顺达汽车信息咨询服务有限公司", "lender_kind": "enterprise",
        "borrower": "刘建伟", "borrower_kind": "natural_person",
        "principal": "60000", "amount_delivered": "57000",
        "annual_rate": "0.18", "overdue_rate": "0.24", "penalty_rate": "1.825",
        "contract_date": "2023-10-18", "start_date": "2023-10-18", "end_date": "2024-10-17",
        "repayment_method": "等额本息", "dispute_method": "court",
    },
    "findings": ["rate_above_4x_lpr", "interest_deducted_upfront", "overdue_charges_above_cap"],
    "notes": "Non-licensed company lending (汽车信息咨询 is not in any licensed list) → private lending. LPR on 2023-10-18 "
             "= 3.45 %, cap 13.8 %; 月息1.5% = 18 %. GPS安装费 taken from the principal → delivered 57,000. Overdue: 月息2% "
             "(0.24) + 违约金 日千分之五 (1.825) far above cap. Car mortgaged by the borrower himself: guarantor fields left out.",
})

# ---------------------------------------------------------------------------------------------------------------
add("hm06_借条_海鲜批发.txt", "utf8", """借  条

今借到王桂芬现金人民币拾万元整（100000元整），用于海鲜批发部上货周转（年前要压货）。
每月利息两千，每月14号前给利息，2024年2月13日前本钱一次还清。

借款人：曲大林
身份证号：210106197212XXXXXX
电话：138XXXX2095
地址：沈阳市铁西区兴顺街XX号 大林海鲜批发（北行海鲜市场X排X号）

担保人：刘长海   电话：133XXXX6658

2023年2月14号

（此款当天现金交付，王桂芬经手。）
""", {
    "fields": {
        "lender": "王桂芬", "lender_kind": "natural_person",
        "borrower": "曲大林", "borrower_kind": "natural_person",
        "principal": "100000", "amount_delivered": "100000",
        "annual_rate": "0.24", "overdue_rate": None, "penalty_rate": None,
        "contract_date": "2023-02-14", "end_date": "2024-02-13",
        "repayment_method": "按月付息、到期还本", "dispute_method": None,
        "guarantor": "刘长海", "guarantee_type": "unspecified", "guarantee_period_months": None,
    },
    "findings": ["rate_above_4x_lpr", "no_overdue_rate_agreed", "guarantee_type_defaults_to_general",
                 "guarantee_period_defaults_to_6_months"],
    "notes": "'每月利息两千' on 十万 with no rate written: 2,000×12/100,000 = 0.24. LPR on 2023-02-14 = 3.65 %, cap 14.6 %. "
             "A bare '担保人' signature after 2021-01-01: type and period both default (民法典 686, 692). start_date left out "
             "(no 借期起 stated).",
})

# ---------------------------------------------------------------------------------------------------------------
add("hm07_借条_烧烤店_啥时候有啥时候还.txt", "utf8", """借条

今借大舅哥孙德胜叁万元整（30000），给烧烤店换炉子、冰柜嘎哈的用。
啥时候有啥时候还，利息按银行的给。

借款人 周立军
2024.7.9

（微信转账30000，截图附后）
""", {
    "fields": {
        "lender": "孙德胜", "lender_kind": "natural_person",
        "borrower": "周立军", "borrower_kind": "natural_person",
        "principal": "30000", "amount_delivered": "30000",
        "overdue_rate": None, "penalty_rate": None,
        "contract_date": "2024-07-09", "end_date": None, "repayment_method": None,
        "dispute_method": None, "guarantor": None,
    },
    "findings": ["no_interest_agreed", "no_overdue_rate_agreed"],
    "notes": "'啥时候有啥时候还' = no fixed term → end_date null (the limitation clock runs from a demand, so no limitation "
             "finding). '利息按银行的给' names no rate and no bank/product → interest 约定不明确 (民法典 680: between natural "
             "persons 视为没有利息); annual_rate left out because an 'ambiguous' reading with no number and a null are both "
             "defensible. No overdue term either.",
})

# ---------------------------------------------------------------------------------------------------------------
add("hm08_欠条转借款_装饰材料.txt", "gb18030", """欠条（转借款）

今欠沈阳市铁西区恒发装饰材料商行（经营者：韩志刚）2023年度瓷砖、板材、石膏板货款捌万陆仟肆佰元整（86400元），另按之前约定的货款逾期付款利息陆仟肆佰元整（6400元）。

经双方唠明白了，以上货款和利息合计玖万贰仟捌佰元整（92800元），自即日起转为借款，作为借款本金，按月息一分五（1.5%）计息，利息每月底给付，本金于2024年6月30日前一次还清。到期不还，按月息二分计付逾期利息。

欠款人（借款人）：鲍宝山（宝山装修队）
身份证号：210922198106XXXXXX
电话：186XXXX0137

债权人：沈阳市铁西区恒发装饰材料商行（盖章） 韩志刚

2023年12月30日

附：对账明细（2023.3—2023.11 送货单23张，另存）
""", {
    "fields": {
        "lender": "沈阳市铁西区恒发装饰材料商行", "lender_kind": "enterprise",
        "borrower": "鲍宝山", "borrower_kind": "natural_person",
        "principal": "92800",
        "annual_rate": "0.18", "overdue_rate": "0.24", "penalty_rate": None,
        "contract_date": "2023-12-30", "start_date": "2023-12-30", "end_date": "2024-06-30",
        "repayment_method": "按月付息、到期还本", "dispute_method": None, "guarantor": None,
    },
    "findings": ["rate_above_4x_lpr", "compound_interest_restated", "overdue_charges_above_cap"],
    "notes": "货款 86,400 + its 6,400 逾期利息 restated as a 借款本金 of 92,800 that bears interest: interest rolled into a new "
             "principal → compound_interest_restated. amount_delivered left out (nothing was handed over; it is a "
             "conversion). 月息一分五 = 1.5 %/month = 0.18 > 13.8 % (LPR 3.45 on 2023-12-30); overdue 月息二分 = 0.24. "
             "Lender is a 商行 (enterprise marker), not licensed. GB18030 file.",
})

# ---------------------------------------------------------------------------------------------------------------
add("hm09_保证合同_亲属.docx", "docx", [
    ("h", "保 证 合 同"),
    ("p", "编号：WSL-BZ-20240422"),
    ("t", [
        ["债权人（甲方）", "王淑兰", "身份证号", "210104196507XXXXXX"],
        ["保证人（乙方）", "陈永贵", "身份证号", "210104197801XXXXXX"],
        ["债务人", "陈永福（保证人之兄）", "身份证号", "210104197403XXXXXX"],
        ["主合同", "甲方与债务人于2024年4月22日签订的《借款合同》", "主债权本金", "人民币贰拾万元整（¥200,000.00）"],
        ["主债务履行期限", "2024年4月22日至2025年4月21日", "保证方式", "连带责任保证"],
        ["保证期间", "主债务履行期届满之日起三年", "保证范围", "本金、利息、逾期利息、违约金及实现债权的费用"],
    ]),
    ("p", "第一条 乙方自愿为债务人在主合同项下的全部债务向甲方提供连带责任保证。债务人到期不履行债务的，甲方可以直接要求乙方在保证范围内承担保证责任。"),
    ("p", "第二条 甲方与债务人协议变更主合同的，应当取得乙方书面同意；未经乙方同意加重债务的，乙方对加重的部分不承担保证责任。"),
    ("p", "第三条 本合同独立于主合同，主合同无效的，乙方按照法律规定承担相应责任。"),
    ("p", "第四条 因本合同发生争议，由甲方住所地人民法院管辖。"),
    ("p", "第五条 本合同自双方签字之日起生效。"),
    ("p", "甲方（签字）：王淑兰                乙方（签字、手印）：陈永贵"),
    ("p", "2024年4月22日"),
], {
    "fields": {
        "lender": "王淑兰", "lender_kind": "natural_person",
        "borrower": "陈永福", "borrower_kind": "natural_person",
        "principal": "200000",
        "annual_rate": None, "overdue_rate": None, "penalty_rate": None,
        "contract_date": "2024-04-22", "start_date": "2024-04-22", "end_date": "2025-04-21",
        "dispute_method": "court",
        "guarantor": "陈永贵", "guarantee_type": "连带责任保证", "guarantee_period_months": 36,
    },
    "findings": [],
    "notes": "A stand-alone 保证合同 by the debtor's brother: the loan's rates live in the main contract, so no interest or "
             "overdue finding; annual/overdue/penalty null because this document plainly has none. start/end are the "
             "主债务履行期限 the table states. amount_delivered and repayment_method left out (not in this document).",
})

# ---------------------------------------------------------------------------------------------------------------
add("hm10_流动资金借款合同_农商行.docx", "docx", [
    ("h", "流动资金借款合同"),
    ("p", "合同编号：HHNS-LD-2024-YH-0815"),
    ("p", "贷款人：沈阳浑河农村商业银行股份有限公司于洪支行"),
    ("p", "借款人：沈阳鑫渤海产品有限公司（统一社会信用代码 91210114MA0XXXXXXX，法定代表人 孙海涛）"),
    ("p", "借款人因生产经营需要向贷款人申请流动资金贷款，贷款人同意发放。双方经协商一致，订立本合同。"),
    ("h", "第一部分 主要条款"),
    ("t", [
        ["条款", "内容"],
        ["借款金额", "人民币叁佰万元整（¥3,000,000.00）"],
        ["借款用途", "购买冷冻海产品原料（不得用于固定资产投资、股本权益性投资）"],
        ["借款期限", "12个月，自2024年8月15日至2025年8月14日"],
        ["利率", "LPR加85个基点。本合同签订日前一工作日公布的1年期LPR为3.35%，执行年利率4.20%，合同期内不调整"],
        ["结息及还款", "按月结息，结息日为每月20日；到期一次归还本金"],
        ["罚息", "逾期贷款罚息利率为本合同执行利率加收50%（即年利率6.30%）；挪用贷款的，加收100%"],
        ["复利", "对不能按时支付的利息，按罚息利率计收复利"],
        ["担保", "1. 沈阳盛京融资担保有限公司提供连带责任保证，保证期间为主债务履行期届满之日起三年；2. 借款人法定代表人孙海涛提供个人连带责任保证，保证期间为主债务履行期届满之日起三年"],
    ]),
    ("h", "第二部分 通用条款（节选）"),
    ("p", "第八条 借款人未按约定归还借款本息的，贷款人有权从借款人在贷款人处开立的账户中直接扣收。"),
    ("p", "第十五条 争议解决：本合同履行中发生争议的，由贷款人所在地人民法院管辖。"),
    ("p", "贷款人（公章）：沈阳浑河农村商业银行股份有限公司于洪支行    负责人：白立新"),
    ("p", "借款人（公章）：沈阳鑫渤海产品有限公司    法定代表人：孙海涛"),
    ("p", "签订日期：2024年8月15日"),
], {
    "fields": {
        "lender": "沈阳浑河农村商业银行股份有限公司于洪支行", "lender_kind": "licensed_lender",
        "borrower": "沈阳鑫渤海产品有限公司", "borrower_kind": "enterprise",
        "principal": "3000000", "amount_delivered": "3000000",
        "annual_rate": "0.042", "overdue_rate": "0.063", "penalty_rate": None,
        "contract_date": "2024-08-15", "start_date": "2024-08-15", "end_date": "2025-08-14",
        "repayment_method": "按月付息、到期还本", "dispute_method": "court",
        "guarantee_type": "连带责任保证", "guarantee_period_months": 36,
    },
    "findings": ["cap_not_applicable_licensed_lender"],
    "notes": "LPR+85BP with the executed rate written out (4.20 %) → 0.042; 罚息 加收50% → 0.063. Two guarantors (融资担保 "
             "company and the 法定代表人), so guarantor is left out; both are 连带, three years, so type/period are kept. "
             "The 复利 clause does not make compound_interest_restated fire: that rule is private-lending scope and the "
             "lender is a bank.",
})

# ---------------------------------------------------------------------------------------------------------------
add("hm11_企业间借款合同_生产经营.txt", "utf8", """借款合同

出借方（甲方）：沈阳华工重型机械有限公司
统一社会信用代码：912101067XXXXXXXXX
住所：沈阳市铁西区北二东路XX号

借款方（乙方）：铁岭市金源铸造有限公司
统一社会信用代码：912112007XXXXXXXXX
住所：铁岭市银州区工业园区XX号

保证人（丙方）：赵金源（乙方股东、执行董事）
身份证号：211202196710XXXXXX

鉴于乙方长期为甲方提供铸件，现因采购生铁、焦炭等原材料、维持生产经营资金短缺，向甲方借款。为明确各方权利义务，根据《中华人民共和国民法典》等规定，经平等协商订立本合同。

第一条 借款金额：人民币叁佰万元整（¥3,000,000.00）。甲方于本合同签订后三个工作日内一次性汇入乙方账户。
第二条 借款用途：仅限于乙方采购生产原材料，乙方不得转借他人或用于放贷。
第三条 借款期限：两年，自2022年3月10日起至2024年3月9日止。
第四条 利率及付息：年利率8%，按季付息，每季度末月20日前支付当季利息，到期一次归还本金。
第五条 逾期责任：乙方逾期归还本金或支付利息的，自逾期之日起按逾期金额每日万分之四向甲方支付逾期利息，直至清偿之日止。
第六条 抵销：经双方书面确认，甲方应付乙方的铸件货款可以抵付乙方到期应付的利息。
第七条 保证：丙方为乙方在本合同项下的债务承担连带责任保证，保证期间为主债务履行期限届满之日起两年。
第八条 争议解决：因本合同发生的争议，提交沈阳仲裁委员会仲裁。
第九条 本合同一式三份，各方各执一份，自各方签字盖章之日起生效。

甲方（盖章）：沈阳华工重型机械有限公司     法定代表人：邢国华
乙方（盖章）：铁岭市金源铸造有限公司       法定代表人：赵金源
丙方（签字）：赵金源

签订日期：2022年3月10日
签订地点：沈阳市铁西区
""", {
    "fields": {
        "lender": "沈阳华工重型机械有限公司", "lender_kind": "enterprise",
        "borrower": "铁岭市金源铸造有限公司", "borrower_kind": "enterprise",
        "principal": "3000000", "amount_delivered": "3000000",
        "annual_rate": "0.08", "overdue_rate": "0.146", "penalty_rate": None,
        "contract_date": "2022-03-10", "start_date": "2022-03-10", "end_date": "2024-03-09",
        "repayment_method": "按季付息、到期还本", "dispute_method": "arbitration",
        "guarantor": "赵金源", "guarantee_type": "连带责任保证", "guarantee_period_months": 24,
    },
    "findings": [],
    "notes": "企业间借贷 for 生产经营 (valid). Boundary: overdue 日万分之四 × 365 = 14.6 %; LPR on 2022-03-10 = 3.70 % "
             "(from 2022-01-20), cap 14.8 % → not above. Due 2024-03-09, limitation to 2027-03-09 → not expired at "
             "2026-11-30.",
})

# ---------------------------------------------------------------------------------------------------------------
add("hm12_借条_腊月_二手车行.txt", "gb18030", """借条

今借到李德富人民币伍万元整（50000.00元），月息一分，利随本清，明年八月十五前还清。过期不还按月息一分算。

借款人：常春雷（春雷二手车行）
身份证：210113198507XXXXXX

二〇一九年腊月廿三

――――――――――――
（以下为借条背面手写）
2023年9月20日 还款壹万元   李德富（签）
2025年2月10日 还款伍仟元   李德富（签）
""", {
    "fields": {
        "lender": "李德富", "lender_kind": "natural_person",
        "borrower": "常春雷", "borrower_kind": "natural_person",
        "principal": "50000", "amount_delivered": "50000",
        "annual_rate": "0.12", "overdue_rate": "0.12", "penalty_rate": None,
        "contract_date": "2020-01-17", "end_date": "2020-10-01",
        "repayment_method": "到期一次性还本付息", "dispute_method": None, "guarantor": None,
    },
    "findings": [],
    "notes": "Lunar dates only. 二〇一九年腊月廿三 (北方小年) = 2020-01-17 (腊月初一 = 2019-12-26, the new moon of the "
             "annular eclipse); '明年八月十五' = 中秋 of 庚子年 = 2020-10-01. LPR on 2020-01-17 = 4.15 %, cap 16.6 %: "
             "月息一分 = 12 % is fine. Limitation: due 2020-10-01 → 2023-10-01; payment 2023-09-20 restarts it to "
             "2026-09-20, payment 2025-02-10 restarts it again to 2028-02-10 → not expired at 2026-11-30 (the last payment "
             "is what counts; stopping at the first note would wrongly flag it). GB18030 file.",
})

# ---------------------------------------------------------------------------------------------------------------
add("hm13_借款合同_个人年息24.txt", "utf8", """借款合同

出借人（甲方）：姜立新，身份证号210102197108XXXXXX，住沈阳市和平区南京南街XX号
借款人（乙方）：冯晓东，身份证号210105198309XXXXXX，住沈阳市皇姑区昆山中路XX号

乙方因经营装修公司资金周转需要向甲方借款，经双方协商，签订本合同，共同遵守。

一、借款金额：人民币贰拾万元整（¥200,000.00），甲方于签约当日通过银行转账支付至乙方账户（尾号5520）。
二、借款期限：自2020年11月6日起至2021年11月5日止。
三、借款利率：年利率24%，按月付息，每月6日前支付当月利息肆仟元，到期归还本金。
四、逾期：乙方逾期还款的，逾期部分按年利率24%计付逾期利息。
五、乙方保证按约定用途使用借款，不得用于违法活动。
六、协商不成，向出借人所在地人民法院起诉。
七、本合同自双方签字之日起生效。

甲方：姜立新
乙方：冯晓东
担保人：田丽
2020年11月6日

--------------------------------------------------
催收记录（贷后登记）：
2024年6月3日 出借人姜立新通过EMS向借款人冯晓东邮寄《催款通知书》（单号 1170XXXXXXX21），要求归还本金20万元及欠付利息；借款人冯晓东于2024年6月5日签收。
""", {
    "fields": {
        "lender": "姜立新", "lender_kind": "natural_person",
        "borrower": "冯晓东", "borrower_kind": "natural_person",
        "principal": "200000", "amount_delivered": "200000",
        "annual_rate": "0.24", "overdue_rate": "0.24", "penalty_rate": None,
        "contract_date": "2020-11-06", "start_date": "2020-11-06", "end_date": "2021-11-05",
        "repayment_method": "按月付息、到期还本", "dispute_method": "court",
        "guarantor": "田丽", "guarantee_type": "unspecified", "guarantee_period_months": None,
    },
    "findings": ["rate_above_4x_lpr", "overdue_charges_above_cap"],
    "notes": "个人 lender at 24 % after 2020-08-20: LPR 3.85 %, cap 15.4 %. Overdue 24 % also above. The bare '担保人' signed "
             "on 2020-11-06, before the 民法典: per the time-effect rule it follows 担保法 (unstated type = joint), so no "
             "guarantee findings although guarantee_type is 'unspecified' in the text. Limitation: due 2021-11-05 → "
             "2024-11-05, but the 催款通知书 signed for on 2024-06-05 restarts it → not expired.",
})

# ---------------------------------------------------------------------------------------------------------------
add("hm14_网贷电子合同_打印件.docx", "docx", [
    ("p", "【融e借】电子合同  打印时间：2026-11-18 14:22:07  页码 1/4"),
    ("h", "借款及担保服务合同"),
    ("p", "合同编号：RYJ20230928153322871  签署方式：电子签名（CFCA数字证书）"),
    ("t", [
        ["角色", "名称", "证件号/统一社会信用代码"],
        ["借款人", "韩雪", "2101**********1026"],
        ["出借人（贷款人）", "重庆渝信网络小额贷款有限公司", "91500000MA5UXXXXXX"],
        ["居间服务方（平台）", "深圳前海融易信息技术有限公司", "91440300MA5FXXXXXX"],
        ["担保人", "广州粤信融资担保有限公司", "91440101MA59XXXXXX"],
    ]),
    ("t", [
        ["借款要素", "内容"],
        ["借款本金", "30,000.00元"],
        ["借款年利率（单利）", "7.2%"],
        ["借款期限", "12期，2023年09月28日至2024年09月28日"],
        ["还款方式", "等额本息，每月28日为还款日"],
        ["担保服务费", "每期187.50元，由借款人向担保人支付，随每期还款代扣"],
        ["平台服务费", "每期212.00元，由借款人向居间服务方支付，随每期还款代扣"],
        ["逾期罚息", "按借款年利率上浮50%（即年利率10.8%）按日计收"],
        ["收款账户", "中国XX银行 尾号6631（韩雪）"],
    ]),
    ("p", "第三条 担保：担保人为借款人在本合同项下的全部债务向出借人提供连带责任保证，保证期间为主债务履行期届满之日起三年。担保人代偿后，有权向借款人追偿。"),
    ("p", "第七条 借款人确认已知悉：借款利息、担保服务费、平台服务费合计的综合年化成本以借款页面展示为准。"),
    ("p", "第十一条 争议解决：因本合同产生的争议，任何一方均有权提交广州仲裁委员会，按照该会网络仲裁规则进行仲裁。"),
    ("p", "借款人（电子签名）：韩雪  签署时间：2023-09-28 15:33:22"),
    ("p", "出借人（电子签章）：重庆渝信网络小额贷款有限公司  签署时间：2023-09-28 15:33:25"),
], {
    "fields": {
        "lender": "重庆渝信网络小额贷款有限公司", "lender_kind": "licensed_lender",
        "borrower": "韩雪", "borrower_kind": "natural_person",
        "principal": "30000", "amount_delivered": "30000",
        "annual_rate": "0.072", "overdue_rate": "0.108", "penalty_rate": None,
        "contract_date": "2023-09-28", "start_date": "2023-09-28", "end_date": "2024-09-28",
        "repayment_method": "等额本息", "dispute_method": "arbitration",
        "guarantor": "广州粤信融资担保有限公司", "guarantee_type": "连带责任保证", "guarantee_period_months": 36,
    },
    "findings": ["cap_not_applicable_licensed_lender"],
    "notes": "助贷 printout: the lender is the 网络小额贷款 company, not the 居间 platform; the 担保服务费 and 平台服务费 are fees "
             "(annual_rate stays the written 7.2 %). The print date 2026-11-18 is not a contract date.",
})

# ---------------------------------------------------------------------------------------------------------------
add("hm15_以房抵债协议.txt", "utf8", """以房抵债协议

甲方（债务人）：黄振国，身份证号210111197602XXXXXX
乙方（债权人）：邢丽娟，身份证号210103198011XXXXXX

鉴于：
1. 2022年6月1日，甲方向乙方借款人民币叁拾伍万元整（350,000元），双方约定年利率12%，借款期限至2023年5月31日。甲方已支付利息至2023年5月31日，本金至今未还。
2. 经双方核算，截至2025年3月18日，甲方尚欠乙方借款本金350,000元、利息75,600元（2023年6月1日至2025年3月18日，按年利率12%计算），本息合计425,600元。
3. 甲方名下有位于沈阳市于洪区沙岭街XX号X号楼X单元X层X号住宅一套（不动产权证号：辽（2020）沈阳市不动产权第0XXXXXX号，建筑面积72.18平方米）。

为妥善解决上述债务，甲乙双方经协商一致，达成如下协议：

第一条 甲方自愿以上述房屋抵偿所欠乙方借款本息425,600元。双方确认该房屋作价425,600元。
第二条 甲方应于2025年5月31日前配合乙方办理房屋过户登记手续，过户税费由双方按法律规定各自承担。房屋交付时应腾空，水电燃气物业费结清。
第三条 房屋过户至乙方名下之日，甲方欠乙方的上述借款本息全部结清。
第四条 甲方未在2025年5月31日前配合办理过户的，乙方有权解除本协议，要求甲方按原借款关系归还借款本金350,000元及利息，并自2025年6月1日起按年利率12%支付逾期利息至实际清偿之日。
第五条 本协议发生争议，双方协商解决；协商不成的，向房屋所在地人民法院起诉。
第六条 本协议一式三份，甲乙双方各执一份，一份用于办理过户。

甲方：黄振国（签字、手印）
乙方：邢丽娟（签字）
2025年3月18日
""", {
    "fields": {
        "lender": "邢丽娟", "lender_kind": "natural_person",
        "borrower": "黄振国", "borrower_kind": "natural_person",
        "principal": "350000",
        "annual_rate": "0.12", "overdue_rate": "0.12", "penalty_rate": None,
        "contract_date": "2025-03-18", "start_date": "2022-06-01", "end_date": "2023-05-31",
        "dispute_method": "court", "guarantor": None,
    },
    "findings": [],
    "notes": "以房抵债协议 signed after the debt fell due. contract_date is this agreement's date; start/end are the recited "
             "loan's. 12 % is under the cap on either date (LPR 3.70 % on 2022-06-01 → 14.8 %; 3.10 % on 2025-03-18 → "
             "12.4 %). Hard call on limitation: the loan fell due 2023-05-31 (→ 2026-05-31, before as_of), but this very "
             "agreement is the debtor's acknowledgment and promise to perform on 2025-03-18 (民法典 195), so the claim is "
             "not time-barred: no limitation finding. The 425,600 settlement figure is not a restated principal bearing "
             "interest (fallback interest runs on the 350,000), so no compound finding.",
})

# ---------------------------------------------------------------------------------------------------------------
add("hm16_年底对账单_借款.docx", "docx", [
    ("h", "借款对账确认单"),
    ("p", "出借人（甲方）：赵玉华          借款人（乙方）：孙福贵（福贵烧烤 经营者）"),
    ("p", "经双方逐笔核对，乙方向甲方借款及还款明细如下（原约定均为月息1分）："),
    ("t", [
        ["序号", "日期", "摘要", "借款金额（元）", "还款金额（元）", "备注"],
        ["1", "2019-10-08", "现金借款", "50,000", "", "借条一张"],
        ["2", "2020-03-15", "微信转账借款", "40,000", "", "疫情关店"],
        ["3", "2020-07-20", "银行转账借款", "60,000", "", "尾号0713"],
        ["4", "2020-09-30", "还利息", "", "6,000", "现金"],
        ["5", "2020-12-31", "截至本日未付利息", "", "", "18,000"],
        ["", "", "合计", "150,000", "6,000", "本金150,000 / 欠息18,000"],
    ]),
    ("p", "经双方核对确认：截至2020年12月31日，乙方尚欠甲方借款本金150,000元、利息18,000元，本息合计168,000元。"),
    ("p", "双方同意：将上述本息合计168,000元作为借款本金，自2021年1月1日起按月息1%计息，乙方于2021年6月30日前一次性还清本息。原借条由甲方收回作废。"),
    ("p", "甲方（签字）：赵玉华          乙方（签字、手印）：孙福贵"),
    ("p", "2020年12月31日"),
], {
    "fields": {
        "lender": "赵玉华", "lender_kind": "natural_person",
        "borrower": "孙福贵", "borrower_kind": "natural_person",
        "annual_rate": "0.12", "overdue_rate": None, "penalty_rate": None,
        "contract_date": "2020-12-31", "start_date": "2021-01-01", "end_date": "2021-06-30",
        "repayment_method": "到期一次性还本付息", "dispute_method": None, "guarantor": None,
    },
    "findings": ["compound_interest_restated", "limitation_period_expired", "no_overdue_rate_agreed"],
    "notes": "Year-end 对账单 restating 本金150,000 + 欠息18,000 = 168,000 as a new principal bearing 月息1% → "
             "compound_interest_restated. principal left out: the document has two candidate values (150,000 original, "
             "168,000 restated). The 对账单 is the last acknowledgment; from its due date 2021-06-30 the three years ended "
             "2024-06-30, nothing later in the file → limitation_period_expired at 2026-11-30. No overdue term.",
})

# ---------------------------------------------------------------------------------------------------------------
add("hm17_还款计划书_分期.txt", "utf8", """还款计划书

甲方（出借人）：曹明辉
乙方（借款人）：于春燕
丙方（保证人）：吕国栋（乙方配偶）

乙方于2023年8月1日向甲方借款人民币壹拾贰万元整（120,000元），约定2024年2月1日归还，现乙方无力一次偿还。经三方协商，就剩余借款本金120,000元达成还款计划如下：

一、分期还款：乙方分六期归还本金，每期20,000元：
  第1期 2024年4月15日   20,000元
  第2期 2024年5月15日   20,000元
  第3期 2024年6月15日   20,000元
  第4期 2024年7月15日   20,000元
  第5期 2024年8月15日   20,000元
  第6期 2024年9月15日   20,000元
二、利息：分期期间，未还本金按月息0.8%计息，随每期本金一并支付。
三、乙方任何一期逾期超过十日，甲方有权要求乙方一次性偿还剩余全部款项，并自逾期之日起按日万分之三计付逾期利息。
四、丙方自愿为乙方上述还款义务承担连带保证责任，保证期间为最后一期还款期限届满之日起二年。
五、本计划书一式三份，三方各执一份，签字生效。

甲方：曹明辉
乙方：于春燕
丙方：吕国栋
2024年3月15日
""", {
    "fields": {
        "lender": "曹明辉", "lender_kind": "natural_person",
        "borrower": "于春燕", "borrower_kind": "natural_person",
        "principal": "120000",
        "annual_rate": "0.096", "overdue_rate": "0.1095", "penalty_rate": None,
        "contract_date": "2024-03-15", "end_date": "2024-09-15",
        "repayment_method": "分期还款", "dispute_method": None,
        "guarantor": "吕国栋", "guarantee_type": "连带责任保证", "guarantee_period_months": 24,
    },
    "findings": [],
    "notes": "还款计划 re-scheduling an older loan: contract_date is the plan's date; end_date the last 分期 date. 月息0.8% → "
             "0.096; 日万分之三 → 0.1095; LPR on 2024-03-15 = 3.45 %, cap 13.8 %. The guarantee (given 2024) states type "
             "and period ('最后一期还款期限届满之日起二年' = 24 months from the debt's due date). start_date and "
             "amount_delivered left out.",
})

# ---------------------------------------------------------------------------------------------------------------
add("hm18_和解协议_民间借贷纠纷.txt", "utf8", """和解协议

（案号：（2024）辽0102民初1XXXX号 民间借贷纠纷）

原告（甲方）：武立平，男，1969年2月生，住沈阳市和平区三好街XX号
被告（乙方）：贾春生，男，1981年10月生，住沈阳市浑南区白塔街XX号

乙方于2022年9月1日向甲方借款200,000元，到期未还，甲方诉至沈阳市和平区人民法院。案件审理中，经双方自愿协商，达成和解如下：

一、乙方确认尚欠甲方借款本金200,000元。
二、利息：双方同意利息按年利率6%自2022年9月1日计算至2024年12月31日，经协商取整为28,000元。本息合计228,000元。
三、乙方按以下期限分期支付：
  （1）2025年3月20日前支付50,000元；
  （2）2025年5月20日前支付50,000元；
  （3）2025年8月20日前支付128,000元。
四、乙方任何一期未按时足额支付的，甲方有权就剩余全部款项另行主张，并自逾期之日起按全国银行间同业拆借中心公布的一年期贷款市场报价利率的四倍计付逾期利息。
五、甲方于收到第一期款项后三日内向法院申请撤诉，案件受理费减半收取部分由乙方承担。
六、因履行本协议发生争议的，由沈阳市和平区人民法院管辖。

甲方（签字）：武立平
乙方（签字）：贾春生
2025年2月20日
""", {
    "fields": {
        "lender": "武立平", "lender_kind": "natural_person",
        "borrower": "贾春生", "borrower_kind": "natural_person",
        "principal": "200000",
        "annual_rate": "0.06", "penalty_rate": None,
        "contract_date": "2025-02-20", "end_date": "2025-08-20",
        "repayment_method": "分期还款", "dispute_method": "court", "guarantor": None,
    },
    "findings": [],
    "notes": "和解协议 during suit. Overdue rate is LPR-linked ('一年期LPR的四倍'): it is agreed, so no "
             "no_overdue_rate_agreed, and it sits at (not above) the cap; overdue_rate left out because its value depends "
             "on which LPR date is used. 28,000 of past interest is settled as a sum; later interest is not added to "
             "principal, so no compound finding. Last instalment 2025-08-20 is end_date.",
})

# ---------------------------------------------------------------------------------------------------------------
add("hm19_担保书_一般保证.docx", "docx", [
    ("h", "担 保 书"),
    ("p", "致：林秀梅 女士（出借人）"),
    ("p", "鉴于借款人邹文涛（身份证号210112199203XXXXXX）于2024年11月2日向您借款人民币捌万元整（¥80,000.00），借款期限自2024年11月2日至2025年11月1日，年利率10%，到期一次还本付息。"),
    ("p", "本人邹文海（借款人之兄，身份证号210112198706XXXXXX）自愿为上述借款提供一般保证，特作如下承诺："),
    ("p", "一、借款人到期不能清偿债务，经依法对其财产强制执行仍不能清偿的部分，由本人承担保证责任。"),
    ("p", "二、保证范围为借款本金及约定利息。"),
    ("p", "三、保证期间为主债务履行期届满之日起一年。"),
    ("p", "四、本担保书自本人签字之日起生效，不因出借人与借款人之间的其他约定而免除。"),
    ("p", "担保人（签字、手印）：邹文海"),
    ("p", "2024年11月2日"),
    ("p", "出借人确认：林秀梅    借款人确认：邹文涛"),
], {
    "fields": {
        "lender": "林秀梅", "lender_kind": "natural_person",
        "borrower": "邹文涛", "borrower_kind": "natural_person",
        "principal": "80000",
        "annual_rate": "0.1", "overdue_rate": None, "penalty_rate": None,
        "contract_date": "2024-11-02", "start_date": "2024-11-02", "end_date": "2025-11-01",
        "dispute_method": None,
        "guarantor": "邹文海", "guarantee_type": "一般保证", "guarantee_period_months": 12,
    },
    "findings": [],
    "notes": "担保书 (guarantee instrument, paragraphs only, no table). It recites the loan's 年利率10% (under the 12.4 % cap "
             "of 2024-11-02) but no overdue term; as a guarantee instrument that absence says nothing about the loan, so no "
             "no_overdue_rate_agreed. 一般保证 expressly, period 1 year → 12. repayment_method left out (recited only "
             "in passing).",
})

# ---------------------------------------------------------------------------------------------------------------
add("hm20_借条_2018_装修队.txt", "utf8", """借条

今借到代淑芬人民币伍万元整（50000元），用于装修队给工人开支。月息二分，年底（2018年12月31日）连本带利一起还。

借款人：牛大勇
担保人：牛二勇
2018年5月6日

（背面，代淑芬记）
2019年8月 大勇还了五千
2020.1.20 还叁仟（腊月二十六，说年后再给，一直没给）
""", {
    "fields": {
        "lender": "代淑芬", "lender_kind": "natural_person",
        "borrower": "牛大勇", "borrower_kind": "natural_person",
        "principal": "50000", "amount_delivered": "50000",
        "annual_rate": "0.24", "overdue_rate": None, "penalty_rate": None,
        "contract_date": "2018-05-06", "end_date": "2018-12-31",
        "repayment_method": "到期一次性还本付息", "dispute_method": None,
        "guarantor": "牛二勇", "guarantee_type": "unspecified", "guarantee_period_months": None,
    },
    "findings": ["pre_lpr_rate_rules", "limitation_period_expired", "no_overdue_rate_agreed"],
    "as_of": "2026-11-30",
    "notes": "Pre-LPR (2018-05-06): the 24 %/36 % lines apply; 月息二分 = 24 % sits in the supported band, the finding is "
             "the informational old-rules warning. Limitation: due 2018-12-31; last noted payment 2020-01-20 (腊月二十六 "
             "agrees) restarts it to 2023-01-20 → expired at 2026-11-30. '担保人' in 2018: 担保法 applies, no guarantee "
             "findings.",
})

# ---------------------------------------------------------------------------------------------------------------
add("hm21_车辆抵押借款合同_二手车行.docx", "docx", [
    ("h", "车辆抵押借款合同"),
    ("t", [
        ["出借人（甲方）", "齐福来（福来二手车行 经营者），身份证号 210114197404XXXXXX"],
        ["借款人（乙方）", "郑海龙，身份证号 210106198912XXXXXX"],
        ["保证人（丙方）", "姜美玲（乙方之妻），身份证号 210106199102XXXXXX"],
        ["借款金额", "人民币壹拾伍万元整（¥150,000.00），签约当日转账"],
        ["借款期限", "2025年1月20日至2026年1月19日"],
        ["利息", "月息1分（月利率1%），每月20日付息，到期还本"],
        ["逾期利息", "逾期未还部分按月息1分计收"],
        ["抵押物", "乙方名下别克GL8 辽A·D58××，办理抵押登记，车辆由乙方使用"],
        ["GPS", "安装GPS定位一台，安装费800元由乙方另行现金支付，不从借款中扣除"],
        ["保证", "丙方承担连带责任保证，保证期间为主债务履行期届满之日起两年"],
    ]),
    ("p", "一、乙方不得擅自转让、出租、质押抵押车辆，不得拆除GPS设备。"),
    ("p", "二、乙方连续两期未付息的，甲方有权宣布借款提前到期。"),
    ("p", "三、发生争议，向甲方住所地人民法院起诉。"),
    ("p", "甲方：齐福来    乙方：郑海龙    丙方：姜美玲"),
    ("p", "2025年1月20日"),
], {
    "fields": {
        "lender": "齐福来", "lender_kind": "natural_person",
        "borrower": "郑海龙", "borrower_kind": "natural_person",
        "principal": "150000", "amount_delivered": "150000",
        "annual_rate": "0.12", "overdue_rate": "0.12", "penalty_rate": None,
        "contract_date": "2025-01-20", "start_date": "2025-01-20", "end_date": "2026-01-19",
        "repayment_method": "按月付息、到期还本", "dispute_method": "court",
        "guarantor": "姜美玲", "guarantee_type": "连带责任保证", "guarantee_period_months": 24,
    },
    "findings": [],
    "notes": "Lender is a person running a used-car lot ('福来二手车行 经营者' is a description, the party is 齐福来). LPR on "
             "2025-01-20 = 3.10 %, cap 12.4 %: 12 % and 12 % overdue are under. GPS fee paid in cash, not deducted. Mixed "
             "security (own car mortgaged + wife's 保证): guarantor gold is the 保证人, the fields describe the 保证.",
})

# ---------------------------------------------------------------------------------------------------------------
add("hm22_委托贷款借款合同.txt", "utf8", """委托贷款借款合同

合同编号：LHYH-WT-2024-051

委托人：沈阳华府置业有限公司
贷款人（受托人）：沈阳辽河银行股份有限公司浑南支行
借款人：沈阳鼎盛建材有限公司
保证人：吕鼎盛（借款人法定代表人）

根据委托人与贷款人签订的《委托贷款委托合同》，贷款人接受委托人委托，以委托人提供的资金向借款人发放委托贷款。委托人自行确定借款人、贷款金额、期限及利率，贷款人不承担贷款风险。经四方协商一致，订立本合同。

第一条 贷款金额：人民币伍佰万元整（¥5,000,000.00）。
第二条 贷款用途：购买钢材、水泥等建材用于经营周转。
第三条 贷款期限：自2024年5月10日至2025年5月9日。
第四条 贷款利率：年利率9%，固定不变。
第五条 结息及还款：按季结息，结息日为每季末月20日，到期一次还本。借款人应于结息日前将利息存入其在贷款人处开立的账户，由贷款人代为收取后划付委托人。
第六条 手续费：贷款人按委托贷款金额的0.1%向委托人收取一次性手续费，与借款人无关。
第七条 逾期罚息：借款人未按期归还贷款本金的，对逾期部分按本合同约定利率加收50%计收罚息。
第八条 保证：保证人为借款人在本合同项下的债务承担连带责任保证，保证期间为主债务履行期届满之日起三年。
第九条 争议解决：因本合同引起的争议，由贷款人所在地人民法院管辖。
第十条 本合同经各方签字盖章后生效。

委托人（盖章）：沈阳华府置业有限公司
贷款人（盖章）：沈阳辽河银行股份有限公司浑南支行
借款人（盖章）：沈阳鼎盛建材有限公司   法定代表人：吕鼎盛
保证人（签字）：吕鼎盛
签订日期：2024年5月10日
""", {
    "fields": {
        "lender": "沈阳华府置业有限公司", "lender_kind": "enterprise",
        "borrower": "沈阳鼎盛建材有限公司", "borrower_kind": "enterprise",
        "principal": "5000000", "amount_delivered": "5000000",
        "annual_rate": "0.09", "overdue_rate": "0.135", "penalty_rate": None,
        "contract_date": "2024-05-10", "start_date": "2024-05-10", "end_date": "2025-05-09",
        "repayment_method": "按季付息、到期还本", "dispute_method": "court",
        "guarantor": "吕鼎盛", "guarantee_type": "连带责任保证", "guarantee_period_months": 36,
    },
    "findings": [],
    "notes": "委托贷款: hard call on the lender. The contract names the bank branch as 贷款人 (it lends in its own name as "
             "受托人), so lender = the bank and cap_not_applicable fires; the economic funder is the 委托人 (a property "
             "company). Either way 9 % and 13.5 % overdue sit under 4 × LPR (3.45 % on 2024-05-10 → 13.8 %), so no rate "
             "finding depends on the call.",
})

# ---------------------------------------------------------------------------------------------------------------
add("hm23_借条_日息_砍头.txt", "gb18030", """借条

今借到张大勇人民币叁拾万元整（￥300000.00），日息万分之八，借期半年，2021年11月19日到期还本，利息每月19号给。
首月利息柒仟贰佰元已从借款中扣除，实际到手贰拾玖万贰仟捌佰元整（292800元）。

借款人：石磊（磊子二手车行）
身份证号：210113198801XXXXXX
2021年5月20日

收条：今收到张大勇转账292800元。石磊 2021.5.20

（借条下方手写）
2024.4.2  还利息壹万元整  张大勇收
""", {
    "fields": {
        "lender": "张大勇", "lender_kind": "natural_person",
        "borrower": "石磊", "borrower_kind": "natural_person",
        "principal": "300000", "amount_delivered": "292800",
        "annual_rate": "0.292", "overdue_rate": None, "penalty_rate": None,
        "contract_date": "2021-05-20", "end_date": "2021-11-19",
        "repayment_method": "按月付息、到期还本", "dispute_method": None, "guarantor": None,
    },
    "findings": ["rate_above_4x_lpr", "interest_deducted_upfront", "no_overdue_rate_agreed"],
    "notes": "日息万分之八 × 365 = 0.292 (check: 300,000 × 0.0008 × 30 = 7,200 = the deducted first month). LPR on "
             "2021-05-20 = 3.85 %, cap 15.4 %. 砍头息 7,200 → delivered 292,800. Limitation: due 2021-11-19 → "
             "2024-11-19, but the interest payment noted 2024-04-02 restarts it → not expired. start_date left out "
             "('借期半年' from the note date is implied, not written). GB18030 file.",
})

# ---------------------------------------------------------------------------------------------------------------
add("hm24_借款合同_月综合费率_咨询费.txt", "utf8", """借款合同

甲方（出借人）：沈阳市聚丰源科技有限公司
地址：沈阳市沈河区北站路XX号XX室
乙方（借款人）：白雪松
身份证号：210104198609XXXXXX  （从事家装，自有装修队）

第一条 借款本金：伍万元整（¥50,000.00），甲方于2024年2月26日转入乙方账户。
第二条 借款期限：自2024年2月26日至2025年2月25日。
第三条 费率：本借款月综合费率3.5%，其中借款利息为月1%，其余月2.5%为咨询服务费，由乙方按月支付给甲方指定的沈阳聚丰源企业咨询服务有限公司（另签《咨询服务协议》）。利息与咨询服务费每月26日一并支付，本金到期一次归还。
第四条 逾期：乙方逾期的，逾期本金按月1.5%计收逾期利息，并每日按逾期金额的千分之一支付违约金。
第五条 乙方提前还款的，咨询服务费按全部期限收取。
第六条 争议由甲方住所地人民法院管辖。

甲方（章）：沈阳市聚丰源科技有限公司
乙方（签字）：白雪松
2024年2月26日
""", {
    "fields": {
        "lender": "沈阳市聚丰源科技有限公司", "lender_kind": "enterprise",
        "borrower": "白雪松", "borrower_kind": "natural_person",
        "principal": "50000", "amount_delivered": "50000",
        "annual_rate": "0.12", "overdue_rate": "0.18", "penalty_rate": "0.365",
        "contract_date": "2024-02-26", "start_date": "2024-02-26", "end_date": "2025-02-25",
        "repayment_method": "按月付息、到期还本", "dispute_method": "court", "guarantor": None,
    },
    "findings": ["rate_above_4x_lpr", "overdue_charges_above_cap"],
    "notes": "HARDEST CALL. A non-licensed company splits 月综合费率3.5% into 利息 月1% (annual_rate 0.12, under the 13.8 % "
             "cap of 2024-02-26) and 咨询服务费 月2.5% paid to its own affiliate. Courts treat such a fee as disguised "
             "interest; the all-in cost is 42 %/yr, so rate_above_4x_lpr is gold although annual_rate (the written 利息 "
             "part) is 0.12. The lead may want to read this row apart. Overdue: 18 % + 违约金 日千分之一 (36.5 %) → "
             "overdue_charges_above_cap regardless.",
})

# ---------------------------------------------------------------------------------------------------------------
add("hm25_小贷借款合同_担保人签字.docx", "docx", [
    ("h", "沈阳市沈北新区恒通小额贷款有限公司 借款合同"),
    ("p", "合同编号：HT2023-0705-027"),
    ("t", [
        ["贷款人", "沈阳市沈北新区恒通小额贷款有限公司"],
        ["借款人", "沈阳市于洪区老刘海鲜批发部（个体工商户，经营者：刘振江，统一社会信用代码 92210114MA0XXXXXXX）"],
        ["借款金额", "贰拾万元整（¥200,000.00）"],
        ["借款期限", "2023年7月5日至2024年7月4日"],
        ["月利率", "1.5%"],
        ["还款方式", "按月付息，到期还本；付息日每月5日"],
        ["逾期罚息", "在月利率基础上上浮50%"],
        ["担保人", "刘振海（签字）"],
    ]),
    ("p", "第五条 借款人未按期还款的，贷款人有权要求担保人代为偿还。"),
    ("p", "第九条 争议解决：发生争议，可向贷款人住所地人民法院起诉，或提交沈阳仲裁委员会仲裁。"),
    ("p", "贷款人（章）：沈阳市沈北新区恒通小额贷款有限公司"),
    ("p", "借款人（章、签字）：沈阳市于洪区老刘海鲜批发部  刘振江"),
    ("p", "担保人：刘振海"),
    ("p", "日期：2023年7月5日"),
], {
    "fields": {
        "lender": "沈阳市沈北新区恒通小额贷款有限公司", "lender_kind": "licensed_lender",
        "borrower": "沈阳市于洪区老刘海鲜批发部", "borrower_kind": "enterprise",
        "principal": "200000", "amount_delivered": "200000",
        "annual_rate": "0.18", "overdue_rate": "0.27", "penalty_rate": None,
        "contract_date": "2023-07-05", "start_date": "2023-07-05", "end_date": "2024-07-04",
        "repayment_method": "按月付息、到期还本", "dispute_method": "court_or_arbitration",
        "guarantor": "刘振海", "guarantee_type": "unspecified", "guarantee_period_months": None,
    },
    "findings": ["cap_not_applicable_licensed_lender", "guarantee_type_defaults_to_general",
                 "guarantee_period_defaults_to_6_months"],
    "notes": "Borrower is a 个体工商户 trading name (批发部): enterprise. 担保人 signed with no type and no period, in 2023: "
             "both defaults apply (the guarantee rules are any-scope, so they fire under a licensed lender too). '可向…法院"
             "起诉，或提交…仲裁' → court_or_arbitration (such a clause is void as an arbitration agreement, but the value "
             "read is court_or_arbitration). 罚息 上浮50% → 月2.25% → 0.27.",
})

# ---------------------------------------------------------------------------------------------------------------
add("hm26_借款合同_2025_年利率12.txt", "utf8", """借款合同

出借人：关玉莲（身份证号210102196804XXXXXX）
借款人：韩冬（身份证号210105198710XXXXXX），经营“冬子海鲜烧烤”
保证人：韩秋（借款人之姐，身份证号210105198405XXXXXX）

1. 借款金额：捌万元整（80,000元），出借人于签字当日微信转账支付。
2. 借款期限：2025年6月10日起至2026年6月9日止。
3. 利息：年利率12%，每月10日前付息800元，到期还本。
4. 逾期：借款人到期未还的，逾期利息按年利率12%计算至还清之日。
5. 保证：保证人对本借款承担连带责任保证，保证期间两年。
6. 争议：向出借人住所地法院起诉。

出借人：关玉莲    借款人：韩冬    保证人：韩秋
2025年6月10日
""", {
    "fields": {
        "lender": "关玉莲", "lender_kind": "natural_person",
        "borrower": "韩冬", "borrower_kind": "natural_person",
        "principal": "80000", "amount_delivered": "80000",
        "annual_rate": "0.12", "overdue_rate": "0.12", "penalty_rate": None,
        "contract_date": "2025-06-10", "start_date": "2025-06-10", "end_date": "2026-06-09",
        "repayment_method": "按月付息、到期还本", "dispute_method": "court",
        "guarantor": "韩秋", "guarantee_type": "连带责任保证", "guarantee_period_months": 24,
    },
    "findings": [],
    "notes": "Boundary: LPR on 2025-06-10 = 3.00 % (from 2025-05-20; still inside the LPR file's coverage, which runs to the "
             "2025-06-20 publication), cap exactly 12 %; 12 % is not above it. '保证期间两年' without a start point: "
             "period agreed (24 months, running from the due date by default), no finding.",
})

# ---------------------------------------------------------------------------------------------------------------
add("hm27_欠条_元旦前.txt", "utf8", """欠条

今欠孙立军借款贰万捌仟元整（28000元），月息八厘，2025年元旦前还清。过期不还按月息一分算。

欠款人：丛海洋
电话：158XXXX3390
2024年12月3日
""", {
    "fields": {
        "lender": "孙立军", "lender_kind": "natural_person",
        "borrower": "丛海洋", "borrower_kind": "natural_person",
        "principal": "28000",
        "annual_rate": "0.096", "overdue_rate": "0.12", "penalty_rate": None,
        "contract_date": "2024-12-03", "dispute_method": None, "guarantor": None,
    },
    "findings": [],
    "notes": "月息八厘 = 0.8 %/month = 0.096 (1厘 = 0.1 %/month); 月息一分 = 0.12. LPR on 2024-12-03 = 3.10 %, cap 12.4 %: "
             "both under. '2025年元旦前' → end_date left out (2024-12-31 or 2025-01-01 are both readings). An 欠条 for "
             "a 借款 already received: amount_delivered and repayment_method left out (not stated).",
})

# ---------------------------------------------------------------------------------------------------------------
add("hm28_借款合同_个人借给公司.txt", "utf8", """借款合同

出借人（甲方）：邱永刚，身份证号210103197005XXXXXX
借款人（乙方）：沈阳串香阁餐饮管理有限公司，统一社会信用代码91210102MA10XXXXXX，法定代表人卢国梁
保证人（丙方）：卢国梁，身份证号210102198107XXXXXX

乙方因新开两家烧烤门店装修、购置设备，向甲方借款，三方协商一致，约定如下：

第一条 借款金额：人民币伍拾万元整（¥500,000.00），甲方于本合同签订当日转入乙方对公账户。
第二条 借款期限：自2021年1月15日至2022年1月14日。
第三条 利率：年利率15%，按季付息（每季末月15日），到期还本。
第四条 逾期：乙方逾期还款的，逾期部分按年利率15%计收逾期利息。
第五条 保证：丙方对乙方本合同项下债务承担连带责任保证，保证期间为主债务履行期届满之日起三年。
第六条 争议：提交沈阳仲裁委员会仲裁。
第七条 本合同一式三份，签字盖章后生效。

甲方：邱永刚
乙方：沈阳串香阁餐饮管理有限公司（公章）  法定代表人：卢国梁
丙方：卢国梁
2021年1月15日

【贷后补记】2024年6月12日，甲方委托辽宁XX律师事务所向乙方、丙方邮寄律师函催收本金50万元及欠息；乙方于2024年6月14日签收，丙方拒收退回。
""", {
    "fields": {
        "lender": "邱永刚", "lender_kind": "natural_person",
        "borrower": "沈阳串香阁餐饮管理有限公司", "borrower_kind": "enterprise",
        "principal": "500000", "amount_delivered": "500000",
        "annual_rate": "0.15", "overdue_rate": "0.15", "penalty_rate": None,
        "contract_date": "2021-01-15", "start_date": "2021-01-15", "end_date": "2022-01-14",
        "repayment_method": "按季付息、到期还本", "dispute_method": "arbitration",
        "guarantor": "卢国梁", "guarantee_type": "连带责任保证", "guarantee_period_months": 36,
    },
    "findings": [],
    "notes": "Person lending to a company. 15 % under the 15.4 % cap (LPR 3.85 on 2021-01-15). Limitation: due 2022-01-14 → "
             "2025-01-14, but the 律师函 signed for by the borrower on 2024-06-14 restarts it (to 2027-06) → not expired "
             "at 2026-11-30. (The guarantor refused the letter; that affects the guarantee, not this finding.)",
})

# ---------------------------------------------------------------------------------------------------------------
add("hm29_借款合同_年息一分.txt", "utf8", """借款合同

出借人：温世杰
借款人：温浩（出借人之侄）

温浩开二手车行压车需要钱，向其叔温世杰借款拾万元整（100000元），经商量写明如下：
一、借款期限一年，2023年4月18日至2024年4月17日，到期连本带利一次还清。
二、利息按年息一分算，就是一年一万元。
三、逾期不还，按年息一分三算。
四、钱已于当日现金交付。

出借人：温世杰
借款人：温浩
2023年4月18日
""", {
    "fields": {
        "lender": "温世杰", "lender_kind": "natural_person",
        "borrower": "温浩", "borrower_kind": "natural_person",
        "principal": "100000", "amount_delivered": "100000",
        "annual_rate": "0.1", "overdue_rate": "0.13", "penalty_rate": None,
        "contract_date": "2023-04-18", "start_date": "2023-04-18", "end_date": "2024-04-17",
        "repayment_method": "到期一次性还本付息", "dispute_method": None, "guarantor": None,
    },
    "findings": [],
    "notes": "年息一分 = 10 %/year (not 月息一分); the text even spells out '一年一万元'. 年息一分三 = 13 %. LPR on "
             "2023-04-18 = 3.65 %, cap 14.6 %: both under.",
})

# ---------------------------------------------------------------------------------------------------------------
add("hm30_借款协议_连带直至还清.txt", "utf8", """借款协议

出借人：潘振东（身份证210111197309XXXXXX）
借款人：何立峰（身份证210111198602XXXXXX，立峰车行）
保证人：何立伟（借款人之弟）

借款人何立峰因收车周转，今向潘振东借款人民币贰拾万元整（200000元），双方约定：
1、借款时间：2023年11月11日至2024年11月10日。
2、利息：月息1分2厘，每月11号前付息2400元，到期还本。
3、逾期：本金或利息逾期的，逾期部分在原月息基础上加收五厘。
4、保证人何立伟自愿承担连带保证责任，保证期间直至借款本息全部还清时为止。
5、因本协议发生纠纷，由出借人住所地人民法院管辖。

出借人：潘振东
借款人：何立峰
保证人：何立伟
2023年11月11日
""", {
    "fields": {
        "lender": "潘振东", "lender_kind": "natural_person",
        "borrower": "何立峰", "borrower_kind": "natural_person",
        "principal": "200000", "amount_delivered": "200000",
        "annual_rate": "0.144", "overdue_rate": "0.204", "penalty_rate": None,
        "contract_date": "2023-11-11", "start_date": "2023-11-11", "end_date": "2024-11-10",
        "repayment_method": "按月付息、到期还本", "dispute_method": "court",
        "guarantor": "何立伟", "guarantee_type": "连带责任保证", "guarantee_period_months": None,
    },
    "findings": ["rate_above_4x_lpr", "overdue_charges_above_cap", "guarantee_period_defaults_to_6_months"],
    "notes": "月息1分2厘 = 1.2 %/month = 0.144 (2,400 on 200,000 agrees) > 13.8 % (LPR 3.45 on 2023-11-11). Overdue "
             "'加收五厘' is relative: 1.2 + 0.5 = 1.7 %/month = 0.204. '直至借款本息全部还清时为止' is an unclear period "
             "(担保制度解释 32) → six months; guarantee_period_months null (no number of months is agreed).",
})


# ---------------------------------------------------------------------------------------------------------------
def write_docx(path: Path, blocks: list) -> None:
    doc = Document()
    doc.core_properties.author = "宋雅琴"
    doc.core_properties.created = __import__("datetime").datetime(2026, 11, 20, 9, 0, 0)
    doc.core_properties.modified = __import__("datetime").datetime(2026, 11, 20, 9, 0, 0)
    for kind, content in blocks:
        if kind == "h":
            doc.add_heading(content, level=1)
        elif kind == "p":
            doc.add_paragraph(content)
        elif kind == "t":
            table = doc.add_table(rows=len(content), cols=len(content[0]))
            table.style = "Table Grid"
            for i, row in enumerate(content):
                for j, cell in enumerate(row):
                    table.cell(i, j).text = cell
        else:
            raise ValueError(kind)
    buf = io.BytesIO()
    doc.save(buf)
    # python-docx stamps zip entries with the current time: rewrite them with a fixed one so the build is byte-stable
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 20, 9, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))


def main() -> None:
    files = [d["file"] for d in DOCS]
    assert len(files) == len(set(files)) == 30, len(files)
    rows = []
    for d in DOCS:
        path = HERE / d["file"]
        if d["fmt"] == "docx":
            write_docx(path, d["body"])
        else:
            path.write_bytes(d["body"].encode("utf-8" if d["fmt"] == "utf8" else "gb18030"))
        g = d["gold"]
        row = {"file": d["file"], "fields": g["fields"], "findings": g["findings"], "as_of": g.get("as_of", AS_OF)}
        for k in ("expect_error", "expect_warning"):
            if k in g:
                row[k] = g[k]
        row["notes"] = g["notes"]
        rows.append(row)
    with (HERE / "gold.jsonl").open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} documents and gold.jsonl to {HERE}")


if __name__ == "__main__":
    main()
