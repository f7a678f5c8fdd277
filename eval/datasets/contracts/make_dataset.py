"""Write the synthetic contract evaluation set: TXT (and some DOCX) files plus gold.jsonl.

Gold values are written by hand in SPECS below (not produced by the extractor). Run from the repo root:
    python eval/datasets/contracts/make_dataset.py
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).parent
FIELDS = [
    "lender", "lender_kind", "borrower", "borrower_kind", "principal", "amount_delivered", "contract_date",
    "start_date", "end_date", "annual_rate", "overdue_rate", "penalty_rate", "repayment_method", "dispute_method",
    "guarantor", "guarantee_type", "guarantee_period_months",
]

BOILER = [
    ("声明与保证", "各方具有签订和履行本合同的民事行为能力，所提供的资料真实、准确、完整。"),
    ("通知与送达", "本合同首部载明的地址为各方的送达地址，一方变更地址的，应于变更之日起三日内书面通知其他各方。"),
    ("合同生效", "本合同自各方签字（盖章）之日起生效。本合同一式叁份，各方各执壹份，具有同等法律效力。"),
]
NUM = "一二三四五六七八九十"


def _n(i: int) -> str:
    return NUM[i - 1] if i <= 10 else "十" + NUM[i - 11]


def formal(title: str, parties: list[str], clauses: list[tuple[str, str]], sign: list[str], preface: str = "") -> str:
    lines = [title, "", *parties, ""]
    lines.append(preface or "各方本着平等自愿、诚实信用的原则，经协商一致，订立本合同，以资共同遵守。")
    lines.append("")
    for i, (head, body) in enumerate([*clauses, *BOILER], start=1):
        lines += [f"第{_n(i)}条 {head}", body, ""]
    lines += sign
    return "\n".join(lines) + "\n"


def person(role: str, name: str, idno: str, addr: str) -> str:
    return f"{role}：{name}\n身份证号码：{idno}\n住址：{addr}"


def company(role: str, name: str, code: str, rep: str, addr: str) -> str:
    return f"{role}：{name}\n统一社会信用代码：{code}\n法定代表人：{rep}\n住所：{addr}"


def gold(**kw) -> dict:
    g = {k: None for k in FIELDS}
    g.update(kw)
    return g


SPECS: list[dict] = []


def add(file: str, text: str, fields: dict, findings: list[str], covers: str, **extra) -> None:
    SPECS.append({"file": file, "text": text, "fields": fields, "findings": sorted(findings), "covers": covers, **extra})


# c01 借条, natural persons, 年利率12%, no overdue terms
add("c01_iou_natural_12pct.txt",
    "借条\n\n今借到张建华（身份证号：110105198003153216）人民币壹拾万元整（¥100,000.00），借款期限自2023年3月1日起至2024年2月29日止，"
    "年利率12%，到期一次性还本付息。\n\n借款人：李卫东\n身份证号：110106198507224418\n2023年3月1日\n",
    gold(lender="张建华", lender_kind="natural_person", borrower="李卫东", borrower_kind="natural_person", principal="100000",
         contract_date="2023-03-01", start_date="2023-03-01", end_date="2024-02-29", annual_rate="0.12",
         repayment_method="到期一次性还本付息"),
    ["no_overdue_rate_agreed"], "IOU form; 年利率12%; ¥ amount and 大写; no overdue rate")

# c02 natural → enterprise, 24 % above cap, joint guarantee 2 years, overdue rate 24 %
add("c02_person_to_company_24pct.txt", formal("借款合同", [
    person("出借人（甲方）", "陈志强", "440104197806120035", "广州市越秀区中山五路88号"),
    company("借款人（乙方）", "广州市恒达五金贸易有限公司", "91440101MA5CK8XQ2N", "黄国平", "广州市白云区石井街12号"),
    person("保证人（丙方）", "黄国平", "440111198001015513", "广州市白云区石井街12号"),
], [
    ("借款金额", "乙方向甲方借款人民币（大写）叁拾万元整（小写：¥300,000.00），甲方于2023年3月1日前转入乙方指定账户。"),
    ("借款期限", "借款期限为12个月，自2023年3月1日起至2024年3月1日止。"),
    ("借款利率", "借款年利率为24%，按月付息、到期还本，乙方应于每月20日前支付当月利息。"),
    ("借款用途", "借款用途为：补充流动资金，乙方不得挪作他用。"),
    ("逾期责任", "乙方未按期还款的，逾期利率为年利率24%，自逾期之日起计至全部清偿之日止。"),
    ("保证", "丙方为乙方在本合同项下的全部债务提供连带责任保证，保证期间为主债务履行期限届满之日起两年。"),
    ("争议解决", "因本合同发生的争议，各方协商解决；协商不成的，任何一方均可向甲方所在地人民法院提起诉讼。"),
], ["甲方（签字）：陈志强", "乙方（盖章）：广州市恒达五金贸易有限公司", "丙方（签字）：黄国平", "签订日期：2023年2月28日"]),
    gold(lender="陈志强", lender_kind="natural_person", borrower="广州市恒达五金贸易有限公司", borrower_kind="enterprise",
         principal="300000", contract_date="2023-02-28", start_date="2023-03-01", end_date="2024-03-01", annual_rate="0.24",
         overdue_rate="0.24", repayment_method="按月付息、到期还本", dispute_method="court", guarantor="黄国平",
         guarantee_type="连带责任保证", guarantee_period_months=24),
    ["rate_above_4x_lpr", "overdue_charges_above_cap"], "24% vs 4×3.65%; joint guarantee with period; court")

# c03 enterprise → enterprise, 年化15.4% exactly 4×3.85 (boundary), arbitration
add("c03_company_boundary_15_4.txt", formal("借款协议", [
    company("甲方（出借人）", "佛山市南海区宏盛建材有限公司", "91440605MA4UQ2L71E", "梁永康", "佛山市南海区桂城街道南海大道北75号"),
    company("乙方（借款人）", "佛山市顺德区美佳电器有限公司", "91440606MA51T3KC0B", "何文杰", "佛山市顺德区容桂街道华口工业区"),
], [
    ("借款金额", "甲方同意向乙方出借人民币伍拾万元整（¥500,000.00）。"),
    ("借款期限", "借款期限自2021年6月15日起至2022年6月14日止。"),
    ("利息", "借款利息按年化15.4%计算，按季付息、到期还本。"),
    ("逾期", "乙方逾期还款的，逾期利息按年化15.4%计收。"),
    ("争议解决", "凡因本协议引起的或与本协议有关的任何争议，均提交广州仲裁委员会仲裁，仲裁裁决是终局的。"),
], ["甲方（盖章）：佛山市南海区宏盛建材有限公司", "乙方（盖章）：佛山市顺德区美佳电器有限公司", "签署日期：2021年6月15日"]),
    gold(lender="佛山市南海区宏盛建材有限公司", lender_kind="enterprise", borrower="佛山市顺德区美佳电器有限公司",
         borrower_kind="enterprise", principal="500000", contract_date="2021-06-15", start_date="2021-06-15",
         end_date="2022-06-14", annual_rate="0.154", overdue_rate="0.154", repayment_method="按季付息、到期还本",
         dispute_method="arbitration"),
    [], "rate exactly 4×LPR (not above); 年化; arbitration")

# c04 small-loan company, 24 %, relative overdue rate, joint guarantee 3 years
add("c04_microloan_24pct.txt", formal("借款合同", [
    company("贷款人（甲方）", "广州市越秀区恒通小额贷款股份有限公司", "91440104MA59D1X93R", "刘建明", "广州市越秀区东风中路437号"),
    company("借款人（乙方）", "广州市天河区鑫源餐饮管理有限公司", "91440106MA5AM2GH6K", "周海燕", "广州市天河区天河北路233号"),
    company("保证人（丙方）", "广州市天河区鑫源投资有限公司", "91440106MA5AM3BB1T", "周海燕", "广州市天河区天河北路233号"),
], [
    ("借款金额", "借款金额为人民币贰拾万元整（¥200,000.00）。"),
    ("借款期限", "借款期限为6个月，自2023年9月10日起至2024年3月10日止。"),
    ("借款利率", "本合同项下借款年利率为24%，等额本息按月还款。"),
    ("逾期罚息", "乙方未按期偿还借款本息的，甲方有权对逾期部分按借款利率上浮50%计收罚息。"),
    ("保证", "丙方承担连带责任保证，保证期间为主债务履行期限届满之日起三年。"),
    ("争议解决", "本合同履行中发生争议的，向贷款人所在地人民法院起诉。"),
], ["贷款人（盖章）：广州市越秀区恒通小额贷款股份有限公司", "借款人（盖章）：广州市天河区鑫源餐饮管理有限公司", "签订日期：2023年9月10日"]),
    gold(lender="广州市越秀区恒通小额贷款股份有限公司", lender_kind="licensed_lender", borrower="广州市天河区鑫源餐饮管理有限公司",
         borrower_kind="enterprise", principal="200000", contract_date="2023-09-10", start_date="2023-09-10",
         end_date="2024-03-10", annual_rate="0.24", overdue_rate="0.36", repayment_method="等额本息",
         dispute_method="court", guarantor="广州市天河区鑫源投资有限公司", guarantee_type="连带责任保证",
         guarantee_period_months=36),
    ["cap_not_applicable_licensed_lender"], "licensed small-loan lender; overdue = contract rate +50%; 3-year joint guarantee")

# c05 natural persons, 年息百分之十二, guarantee without type or period, overdue daily rate
add("c05_natural_nian_xi_cn.txt", formal("借款合同", [
    person("出借人", "王秀兰", "320102196805230428", "南京市玄武区北京东路41号"),
    person("借款人", "赵明亮", "320104198209145611", "南京市秦淮区中华路120号"),
    person("保证人", "赵明辉", "320104198711025632", "南京市秦淮区中华路122号"),
], [
    ("借款金额", "借款金额为人民币捌万元整（¥80,000.00）。"),
    ("借款期限", "借款期限自二〇二四年一月十五日起至二〇二五年一月十四日止。"),
    ("利息", "借款利息为年息百分之十二，到期一次性还本付息。"),
    ("逾期", "借款人逾期还款的，逾期利息按日万分之五计算。"),
    ("担保", "保证人自愿为借款人的上述借款提供担保。"),
], ["出借人（签字）：王秀兰", "借款人（签字）：赵明亮", "保证人（签字）：赵明辉", "二〇二四年一月十五日"]),
    gold(lender="王秀兰", lender_kind="natural_person", borrower="赵明亮", borrower_kind="natural_person", principal="80000",
         contract_date="2024-01-15", start_date="2024-01-15", end_date="2025-01-14", annual_rate="0.12", overdue_rate="0.1825",
         repayment_method="到期一次性还本付息", guarantor="赵明辉", guarantee_type="unspecified"),
    ["overdue_charges_above_cap", "guarantee_type_defaults_to_general", "guarantee_period_defaults_to_6_months"],
    "年息百分之十二; Chinese-numeral dates; guarantee with no type and no period; overdue 日万分之五")

# c06 natural persons, 月利率1.5 %
add("c06_natural_monthly_1_5pct.txt", formal("民间借款合同", [
    person("甲方（出借人）", "孙丽娟", "370102197512083327", "济南市历下区泉城路180号"),
    person("乙方（借款人）", "钱永刚", "370103198103216019", "济南市市中区经四路55号"),
], [
    ("借款金额", "乙方向甲方借款人民币伍万元整。"),
    ("借款期限", "借款期限自2022年5月10日起至2022年11月9日止。"),
    ("借款利率", "借款月利率1.5%，按月付息、到期还本。"),
], ["甲方（签字）：孙丽娟", "乙方（签字）：钱永刚", "签订日期：2022年5月10日"]),
    gold(lender="孙丽娟", lender_kind="natural_person", borrower="钱永刚", borrower_kind="natural_person", principal="50000",
         contract_date="2022-05-10", start_date="2022-05-10", end_date="2022-11-09", annual_rate="0.18",
         repayment_method="按月付息、到期还本"),
    ["rate_above_4x_lpr", "no_overdue_rate_agreed"], "月利率1.5% = 18% > 4×3.70%; 人民币伍万元")

# c07 IOU, 月息2分, interest deducted up front
add("c07_iou_yuexi_2fen_kantouxi.txt",
    "借据\n\n借款人郑海波（身份证号：350102198406062215）今向出借人林国栋借款人民币壹拾万元整（¥100,000.00），月息2分，"
    "借款期限自2020年6月1日起至2021年5月31日止。出借人在交付借款时预先扣除了首期利息6,000元，实际交付借款94,000元。"
    "借款人承诺到期一次性归还全部本金和利息。\n\n出借人：林国栋\n借款人：郑海波\n立据日期：2020年6月1日\n",
    gold(lender="林国栋", lender_kind="natural_person", borrower="郑海波", borrower_kind="natural_person", principal="100000",
         amount_delivered="94000", contract_date="2020-06-01", start_date="2020-06-01", end_date="2021-05-31",
         annual_rate="0.24", repayment_method="到期一次性还本付息"),
    ["rate_above_4x_lpr", "interest_deducted_upfront", "no_overdue_rate_agreed"], "月息2分 = 24%; 砍头息 with delivered amount")

# c08 pre-LPR, 月息1分5厘
add("c08_pre_lpr_1fen5li.txt", formal("借款合同", [
    person("出借人（甲方）", "周德胜", "330106196702152417", "杭州市西湖区文三路90号"),
    person("借款人（乙方）", "吴晓燕", "330105198508097726", "杭州市拱墅区湖墅南路66号"),
], [
    ("借款金额", "乙方向甲方借款人民币叁万元整（¥30,000.00）。"),
    ("借款期限", "借款期限自2019年6月1日起至2020年5月31日止。"),
    ("利息", "借款利息为月息1分5厘，到期一次性还本付息。"),
], ["甲方（签字）：周德胜", "乙方（签字）：吴晓燕", "签订日期：2019年6月1日"]),
    gold(lender="周德胜", lender_kind="natural_person", borrower="吴晓燕", borrower_kind="natural_person", principal="30000",
         contract_date="2019-06-01", start_date="2019-06-01", end_date="2020-05-31", annual_rate="0.18",
         repayment_method="到期一次性还本付息"),
    ["pre_lpr_rate_rules", "no_overdue_rate_agreed"], "月息1分5厘 = 18%; contract before the first LPR")

# c09 enterprise lender, 月利率千分之十五, overdue 月利率千分之二十 + lump-sum penalty
add("c09_company_qianfen_15.txt", formal("借款合同", [
    company("出借人（甲方）", "东莞市长安镇瑞丰模具有限公司", "91441900MA4W8T5Q3C", "邓志华", "东莞市长安镇振安中路168号"),
    person("借款人（乙方）", "邓建新", "441900198811302231", "东莞市长安镇上角村"),
], [
    ("借款金额", "借款金额为人民币壹拾伍万元整（¥150,000.00）。"),
    ("借款期限", "借款期限自2024年8月15日起至2025年8月14日止。"),
    ("借款利率", "借款月利率千分之十五，按月付息、到期还本。"),
    ("逾期责任", "乙方逾期还款的，逾期利率为月利率千分之二十；同时乙方应按借款本金的10%向甲方支付违约金。"),
], ["甲方（盖章）：东莞市长安镇瑞丰模具有限公司", "乙方（签字）：邓建新", "签订日期：2024年8月15日"]),
    gold(lender="东莞市长安镇瑞丰模具有限公司", lender_kind="enterprise", borrower="邓建新", borrower_kind="natural_person",
         principal="150000", contract_date="2024-08-15", start_date="2024-08-15", end_date="2025-08-14",
         annual_rate="0.18", overdue_rate="0.24", repayment_method="按月付息、到期还本"),
    ["rate_above_4x_lpr", "overdue_charges_above_cap"], "月利率千分之十五; overdue 千分之二十; penalty as 10% of principal")

# c10 daily 万分之五, arbitration
add("c10_daily_wanfen_5.txt", formal("借款合同", [
    person("出借人（甲方）", "冯国强", "510104197909093314", "成都市锦江区春熙路35号"),
    company("借款人（乙方）", "成都市武侯区蜀味食品有限公司", "91510107MA6C9QW84D", "冯小梅", "成都市武侯区武侯祠大街200号"),
], [
    ("借款金额", "借款本金为人民币陆万元整（¥60,000.00）。"),
    ("借款期限", "借款期限为6个月，自2023年7月1日起至2024年1月1日止。"),
    ("借款利率", "借款日利率万分之五，利随本清。"),
    ("争议解决", "因本合同产生的争议，提交成都仲裁委员会仲裁。"),
], ["甲方（签字）：冯国强", "乙方（盖章）：成都市武侯区蜀味食品有限公司", "签订日期：2023年7月1日"]),
    gold(lender="冯国强", lender_kind="natural_person", borrower="成都市武侯区蜀味食品有限公司", borrower_kind="enterprise",
         principal="60000", contract_date="2023-07-01", start_date="2023-07-01", end_date="2024-01-01", annual_rate="0.1825",
         repayment_method="到期一次性还本付息", dispute_method="arbitration"),
    ["rate_above_4x_lpr", "no_overdue_rate_agreed"], "日利率万分之五 = 18.25% (365 days); arbitration")

# c11 pawn shop, 日息0.05%, mortgage
add("c11_pawnshop_rixi_mortgage.txt", formal("典当借款合同", [
    company("出借人（甲方）", "苏州市姑苏区金鼎典当有限公司", "91320508MA1MXR2P4H", "沈建华", "苏州市姑苏区人民路1008号"),
    person("借款人（乙方）", "沈卫平", "320502197606151038", "苏州市姑苏区十全街25号"),
    person("抵押人（丙方）", "沈卫平", "320502197606151038", "苏州市姑苏区十全街25号"),
], [
    ("借款金额", "借款金额为人民币壹佰万元整（¥1,000,000.00）。"),
    ("借款期限", "借款期限自2024年4月1日起至2024年9月30日止。"),
    ("借款利率", "借款日息0.05%，按月结息，到期还本。"),
    ("抵押", "丙方以其所有的房产为本合同项下债务提供抵押担保，抵押物为：苏州市姑苏区十全街25号房产（苏(2019)苏州市不动产权第0012345号）。"),
], ["甲方（盖章）：苏州市姑苏区金鼎典当有限公司", "乙方（签字）：沈卫平", "签订日期：2024年4月1日"]),
    gold(lender="苏州市姑苏区金鼎典当有限公司", lender_kind="licensed_lender", borrower="沈卫平", borrower_kind="natural_person",
         principal="1000000", contract_date="2024-04-01", start_date="2024-04-01", end_date="2024-09-30", annual_rate="0.1825",
         repayment_method="按月付息、到期还本"),
    ["cap_not_applicable_licensed_lender"], "pawn shop (licensed); 日息0.05%; mortgage, no personal guarantee")

# c12 每月利息3,000元 on 200,000
add("c12_monthly_interest_amount.txt", formal("借款合同", [
    person("甲方（出借人）", "何振宇", "430102198001300517", "长沙市芙蓉区五一大道99号"),
    person("乙方（借款人）", "彭丽华", "430104198612124526", "长沙市岳麓区麓山南路22号"),
], [
    ("借款金额", "乙方向甲方借款人民币贰拾万元整（¥200,000.00）。"),
    ("借款期限", "借款期限自2022年10月10日起至2023年10月9日止。"),
    ("利息", "乙方每月支付利息3,000元，于每月10日前支付，到期归还本金。"),
], ["甲方（签字）：何振宇", "乙方（签字）：彭丽华", "签订日期：2022年10月10日"]),
    gold(lender="何振宇", lender_kind="natural_person", borrower="彭丽华", borrower_kind="natural_person", principal="200000",
         contract_date="2022-10-10", start_date="2022-10-10", end_date="2023-10-09", annual_rate="0.18",
         repayment_method="按月付息、到期还本"),
    ["rate_above_4x_lpr", "no_overdue_rate_agreed"], "interest as 3,000 yuan a month on 200,000 = 18%/yr")

# c13 每月利息1,000元 on 100,000 (12 %), general guarantee with 6-month period, overdue 18 %
add("c13_general_guarantee_explicit.txt", formal("借款合同", [
    person("出借人（甲方）", "邱建平", "360102197707073116", "南昌市东湖区八一大道300号"),
    company("借款人（乙方）", "南昌市青山湖区盛达物流有限公司", "91360111MA35L6UJ2F", "邱海涛", "南昌市青山湖区京东大道888号"),
    person("保证人（丙方）", "邱海涛", "360111198502023015", "南昌市青山湖区京东大道888号"),
], [
    ("借款金额", "借款金额：人民币壹拾万元整（¥100,000.00）。"),
    ("借款期限", "借款期限自2023年10月10日起至2024年10月9日止。"),
    ("利息", "乙方每月支付利息1,000元，按月付息、到期还本。"),
    ("逾期", "乙方逾期还款的，逾期利率为年利率18%。"),
    ("保证", "丙方提供一般保证，保证期间为主债务履行期限届满之日起六个月。"),
], ["甲方（签字）：邱建平", "乙方（盖章）：南昌市青山湖区盛达物流有限公司", "丙方（签字）：邱海涛", "签订日期：2023年10月10日"]),
    gold(lender="邱建平", lender_kind="natural_person", borrower="南昌市青山湖区盛达物流有限公司", borrower_kind="enterprise",
         principal="100000", contract_date="2023-10-10", start_date="2023-10-10", end_date="2024-10-09", annual_rate="0.12",
         overdue_rate="0.18", repayment_method="按月付息、到期还本", guarantor="邱海涛", guarantee_type="一般保证",
         guarantee_period_months=6),
    ["overdue_charges_above_cap"], "interest amount per month; explicit general guarantee and period")

# c14 interest-free IOU
add("c14_iou_interest_free.txt",
    "借条\n\n今借到刘春梅人民币贰万元整（¥20,000.00），本借款不计利息，借款人应于2022年9月1日前一次性归还。\n\n"
    "借款人：高志远\n身份证号：210102199003037718\n2022年3月1日\n",
    gold(lender="刘春梅", lender_kind="natural_person", borrower="高志远", borrower_kind="natural_person", principal="20000",
         contract_date="2022-03-01", start_date="2022-03-01", end_date="2022-09-01", annual_rate="0",
         repayment_method="到期一次性还本付息"),
    ["no_overdue_rate_agreed"], "不计利息 (explicitly interest-free); due date only")

# c15 IOU with no interest clause at all
add("c15_iou_no_interest_clause.txt",
    "借条\n\n今借到马建军现金人民币叁万伍仟元整（¥35,000.00），于2021年12月31日前归还。\n\n借款人：杨春生\n"
    "身份证号：620102198805054413\n2021年7月1日\n",
    gold(lender="马建军", lender_kind="natural_person", borrower="杨春生", borrower_kind="natural_person", principal="35000",
         contract_date="2021-07-01", start_date="2021-07-01", end_date="2021-12-31"),
    ["no_interest_agreed", "no_overdue_rate_agreed"], "no recognisable interest clause")

# c16 ambiguous 利息2分
add("c16_ambiguous_2fen.txt",
    "借条\n\n今借到胡建设人民币伍万元整（¥50,000.00），利息2分，借期一年，自2022年4月1日起至2023年3月31日止。\n\n"
    "借款人：罗小军\n身份证号：420102198709092238\n2022年4月1日\n",
    gold(lender="胡建设", lender_kind="natural_person", borrower="罗小军", borrower_kind="natural_person", principal="50000",
         contract_date="2022-04-01", start_date="2022-04-01", end_date="2023-03-31"),
    ["no_interest_agreed", "no_overdue_rate_agreed"], "利息2分 with no period: ambiguous, natural persons → no interest")

# c17 contradictory rates
add("c17_contradictory_rates.txt", formal("借款合同", [
    person("出借人（甲方）", "唐文斌", "500103197610102211", "重庆市渝中区解放碑民权路28号"),
    company("借款人（乙方）", "重庆市江北区宏图装饰工程有限公司", "91500105MA5U3RX17P", "唐晓东", "重庆市江北区观音桥步行街8号"),
], [
    ("借款金额", "借款金额为人民币拾万元整（¥100,000.00）。"),
    ("借款期限", "借款期限自2023年5月5日起至2024年5月4日止。"),
    ("借款利率", "借款年利率为12%。"),
    ("还款方式", "乙方按月利率1.5%按月支付利息，到期归还本金。"),
    ("逾期", "乙方逾期还款的，逾期利率为年利率18%。"),
], ["甲方（签字）：唐文斌", "乙方（盖章）：重庆市江北区宏图装饰工程有限公司", "签订日期：2023年5月5日"]),
    gold(lender="唐文斌", lender_kind="natural_person", borrower="重庆市江北区宏图装饰工程有限公司", borrower_kind="enterprise",
         principal="100000", contract_date="2023-05-05", start_date="2023-05-05", end_date="2024-05-04", overdue_rate="0.18",
         repayment_method="按月付息、到期还本"),
    ["no_interest_agreed", "overdue_charges_above_cap"], "年利率12% and 月利率1.5% in the same contract: contradictory",
    expect_error="contradictory_rate")

# c18 bank, maximum-amount joint guarantee
add("c18_bank_max_guarantee.txt", formal("流动资金借款合同", [
    company("贷款人", "广东顺德农村商业银行股份有限公司容桂支行", "91440606MA4X0B2G8K", "梁志刚", "佛山市顺德区容桂街道容奇大道中38号"),
    company("借款人", "佛山市顺德区华美家具制造有限公司", "91440606MA4UJ7Q20W", "冼国华", "佛山市顺德区龙江镇东头村"),
    person("保证人", "冼国华", "440681197801016012", "佛山市顺德区龙江镇东头村"),
], [
    ("借款金额", "借款金额为人民币伍佰万元整（¥5,000,000.00）。"),
    ("借款期限", "借款期限自2024年2月1日起至2025年1月31日止。"),
    ("借款利率", "借款年利率为4.35%，按月付息、到期还本。"),
    ("担保", "保证人提供最高额保证，担保的最高债权额为人民币陆佰万元整（¥6,000,000.00），保证人承担连带责任保证，保证期间为主债务履行期限届满之日起三年。"),
    ("争议解决", "本合同项下争议，向贷款人住所地人民法院提起诉讼。"),
], ["贷款人（盖章）：广东顺德农村商业银行股份有限公司容桂支行", "借款人（盖章）：佛山市顺德区华美家具制造有限公司", "签订日期：2024年2月1日"]),
    gold(lender="广东顺德农村商业银行股份有限公司容桂支行", lender_kind="licensed_lender", borrower="佛山市顺德区华美家具制造有限公司",
         borrower_kind="enterprise", principal="5000000", contract_date="2024-02-01", start_date="2024-02-01",
         end_date="2025-01-31", annual_rate="0.0435", repayment_method="按月付息、到期还本", dispute_method="court",
         guarantor="冼国华", guarantee_type="连带责任保证", guarantee_period_months=36),
    ["cap_not_applicable_licensed_lender"], "bank lender; 最高额 joint guarantee")

# c19 financing-guarantee company as guarantor; overdue = 1.5 × contract rate
add("c19_guarantee_company_guarantor.txt", formal("借款合同", [
    company("出借人（甲方）", "宁波市鄞州区恒信贸易有限公司", "91330212MA2GQ5LX8A", "俞志明", "宁波市鄞州区天童南路588号"),
    company("借款人（乙方）", "宁波市北仑区远航机械有限公司", "91330206MA2H0N7C1Y", "俞海军", "宁波市北仑区新碶街道明州路100号"),
    company("保证人（丙方）", "宁波市中小企业融资担保有限公司", "91330200MA2AF3KD5U", "陈立", "宁波市海曙区中山西路138号"),
], [
    ("借款金额", "借款金额为人民币捌拾万元整（¥800,000.00）。"),
    ("借款期限", "借款期限自2024年3月1日起至2025年2月28日止。"),
    ("借款利率", "借款年利率为10%，按季付息、到期还本。"),
    ("逾期", "乙方逾期还款的，逾期利率为借款利率的1.5倍。"),
    ("保证", "丙方在乙方不履行到期债务时即承担保证责任，保证期间为主债务履行期限届满之日起两年。"),
], ["甲方（盖章）：宁波市鄞州区恒信贸易有限公司", "乙方（盖章）：宁波市北仑区远航机械有限公司", "丙方（盖章）：宁波市中小企业融资担保有限公司", "签订日期：2024年3月1日"]),
    gold(lender="宁波市鄞州区恒信贸易有限公司", lender_kind="enterprise", borrower="宁波市北仑区远航机械有限公司",
         borrower_kind="enterprise", principal="800000", contract_date="2024-03-01", start_date="2024-03-01",
         end_date="2025-02-28", annual_rate="0.1", overdue_rate="0.15", repayment_method="按季付息、到期还本",
         guarantor="宁波市中小企业融资担保有限公司", guarantee_type="连带责任保证", guarantee_period_months=24),
    ["overdue_charges_above_cap"], "overdue 1.5× contract rate; joint guarantee worded per 担保制度解释 第25条")

# c20 compound interest / restated principal
add("c20_compound_restated.txt", formal("借款合同", [
    person("出借人（甲方）", "蒋大伟", "410102197508083319", "郑州市中原区建设路60号"),
    person("借款人（乙方）", "袁小红", "410105198403034421", "郑州市金水区花园路18号"),
], [
    ("借款金额", "借款金额为人民币拾伍万元整（¥150,000.00）。"),
    ("借款期限", "借款期限自2023年4月1日起至2024年3月31日止。"),
    ("借款利率", "借款年利率为12%，每季度结息一次。"),
    ("复利", "乙方未按时支付的利息，于每季度末本息结算后计入下期借款本金，并重新出具借条。"),
    ("逾期", "乙方逾期还款的，逾期利率为年利率12%。"),
], ["甲方（签字）：蒋大伟", "乙方（签字）：袁小红", "签订日期：2023年4月1日"]),
    gold(lender="蒋大伟", lender_kind="natural_person", borrower="袁小红", borrower_kind="natural_person", principal="150000",
         contract_date="2023-04-01", start_date="2023-04-01", end_date="2024-03-31", annual_rate="0.12", overdue_rate="0.12"),
    ["compound_interest_restated"], "interest rolled into the next principal")

# c21 limitation expired (as_of 2025-01-01)
add("c21_limitation_expired.txt", formal("借款合同", [
    person("出借人（甲方）", "曹建国", "130102196908081216", "石家庄市长安区中山东路100号"),
    person("借款人（乙方）", "魏丽萍", "130104198011114428", "石家庄市桥西区裕华西路50号"),
], [
    ("借款金额", "借款金额为人民币陆万元整（¥60,000.00）。"),
    ("借款期限", "借款期限自2019年10月10日起至2020年10月9日止。"),
    ("借款利率", "借款年利率为10%，到期一次性还本付息。"),
], ["甲方（签字）：曹建国", "乙方（签字）：魏丽萍", "签订日期：2019年10月10日"]),
    gold(lender="曹建国", lender_kind="natural_person", borrower="魏丽萍", borrower_kind="natural_person", principal="60000",
         contract_date="2019-10-10", start_date="2019-10-10", end_date="2020-10-09", annual_rate="0.1",
         repayment_method="到期一次性还本付息"),
    ["limitation_period_expired", "no_overdue_rate_agreed"], "due 2020-10-09, checked on 2025-01-01: limitation expired",
    as_of="2025-01-01")

# c22 limitation not expired; guarantee "until repaid"
add("c22_until_repaid_guarantee.txt", formal("借款合同", [
    person("出借人（甲方）", "谢文华", "450102197203033313", "南宁市兴宁区民族大道20号"),
    company("借款人（乙方）", "南宁市青秀区绿源农业开发有限公司", "91450103MA5KX0P71H", "谢志勇", "南宁市青秀区东葛路118号"),
    person("保证人（丙方）", "谢志勇", "450103198806064416", "南宁市青秀区东葛路118号"),
], [
    ("借款金额", "借款金额为人民币肆拾万元整（¥400,000.00）。"),
    ("借款期限", "借款期限自2023年1月1日起至2023年12月31日止。"),
    ("借款利率", "借款年利率为8%，按月付息、到期还本。"),
    ("逾期", "乙方逾期还款的，逾期利率为年利率12%。"),
    ("保证", "丙方对乙方的全部债务承担连带责任保证，保证期间直至借款本息全部还清时为止。"),
], ["甲方（签字）：谢文华", "乙方（盖章）：南宁市青秀区绿源农业开发有限公司", "丙方（签字）：谢志勇", "签订日期：2023年1月1日"]),
    gold(lender="谢文华", lender_kind="natural_person", borrower="南宁市青秀区绿源农业开发有限公司", borrower_kind="enterprise",
         principal="400000", contract_date="2023-01-01", start_date="2023-01-01", end_date="2023-12-31", annual_rate="0.08",
         overdue_rate="0.12", repayment_method="按月付息、到期还本", guarantor="谢志勇", guarantee_type="连带责任保证"),
    ["guarantee_period_defaults_to_6_months"], "guarantee period 'until fully repaid' (担保制度解释 第32条); limitation not expired",
    as_of="2025-06-01")

# c23 guarantee period ends with the main debt
add("c23_guarantee_period_same_day.txt", formal("借款合同", [
    person("出借人（甲方）", "韩志军", "210102197411112214", "沈阳市和平区南京北街36号"),
    person("借款人（乙方）", "宋佳琪", "210103199001014420", "沈阳市沈河区青年大街180号"),
    person("保证人（丙方）", "宋志国", "210103196512126618", "沈阳市沈河区青年大街180号"),
], [
    ("借款金额", "借款金额为人民币拾贰万元整（¥120,000.00）。"),
    ("借款期限", "借款期限自2023年7月1日起至2024年6月30日止。"),
    ("借款利率", "借款年利率为9%，按月付息、到期还本。"),
    ("逾期", "乙方逾期还款的，逾期利率为年利率13%。"),
    ("保证", "丙方承担连带责任保证，保证期间至2024年6月30日。"),
], ["甲方（签字）：韩志军", "乙方（签字）：宋佳琪", "丙方（签字）：宋志国", "签订日期：2023年7月1日"]),
    gold(lender="韩志军", lender_kind="natural_person", borrower="宋佳琪", borrower_kind="natural_person", principal="120000",
         contract_date="2023-07-01", start_date="2023-07-01", end_date="2024-06-30", annual_rate="0.09", overdue_rate="0.13",
         repayment_method="按月付息、到期还本", guarantor="宋志国", guarantee_type="连带责任保证"),
    ["guarantee_period_defaults_to_6_months"], "guarantee period ends the same day as the debt (第692条: as if none)")

# c24 court-or-arbitration, 年化利率14 % in 2025 (cap 12.4 %)
add("c24_court_or_arbitration.txt", formal("借款合同", [
    company("甲方（出借人）", "深圳市南山区华鑫科技有限公司", "91440300MA5FQ1D21X", "许嘉伟", "深圳市南山区科技园南区高新南四道18号"),
    company("乙方（借款人）", "深圳市宝安区创达电子有限公司", "91440300MA5G2L6B3T", "许志明", "深圳市宝安区西乡街道宝源路128号"),
], [
    ("借款金额", "借款金额为人民币叁拾伍万元整（¥350,000.00）。"),
    ("借款期限", "借款期限自2025年1月10日起至2025年7月9日止。"),
    ("借款利率", "借款年化利率为14%，到期一次性还本付息。"),
    ("逾期", "乙方逾期还款的，逾期利息按年化利率14%计收。"),
    ("争议解决", "因本合同发生争议的，可以向深圳国际仲裁院申请仲裁，也可以向甲方所在地人民法院起诉。"),
], ["甲方（盖章）：深圳市南山区华鑫科技有限公司", "乙方（盖章）：深圳市宝安区创达电子有限公司", "签订日期：2025年1月10日"]),
    gold(lender="深圳市南山区华鑫科技有限公司", lender_kind="enterprise", borrower="深圳市宝安区创达电子有限公司",
         borrower_kind="enterprise", principal="350000", contract_date="2025-01-10", start_date="2025-01-10",
         end_date="2025-07-09", annual_rate="0.14", overdue_rate="0.14", repayment_method="到期一次性还本付息",
         dispute_method="court_or_arbitration"),
    ["rate_above_4x_lpr", "overdue_charges_above_cap"], "或裁或诉 dispute clause; 14% vs 4×3.10%")

# c25 LPR-linked rate exactly at the cap; overdue +50 %
add("c25_lpr_linked.txt", formal("借款合同", [
    person("出借人（甲方）", "潘立新", "350203197703033512", "厦门市思明区湖滨南路200号"),
    company("借款人（乙方）", "厦门市湖里区海峡茶业有限公司", "91350206MA2Y8C5K0R", "潘晓峰", "厦门市湖里区金尚路88号"),
], [
    ("借款金额", "借款金额为人民币贰拾万元整（¥200,000.00）。"),
    ("借款期限", "借款期限自2024年11月1日起至2025年10月31日止。"),
    ("借款利率", "借款利率按合同签订日一年期贷款市场报价利率（LPR）的4倍确定，按月付息、到期还本。"),
    ("逾期", "乙方逾期还款的，逾期利率在借款利率基础上上浮50%。"),
], ["甲方（签字）：潘立新", "乙方（盖章）：厦门市湖里区海峡茶业有限公司", "签订日期：2024年11月1日"]),
    gold(lender="潘立新", lender_kind="natural_person", borrower="厦门市湖里区海峡茶业有限公司", borrower_kind="enterprise",
         principal="200000", contract_date="2024-11-01", start_date="2024-11-01", end_date="2025-10-31", annual_rate="0.124",
         overdue_rate="0.186", repayment_method="按月付息、到期还本"),
    ["overdue_charges_above_cap"], "rate = 4 × LPR (3.10%) → exactly at the cap; overdue +50%")

# c26 contract date after the LPR data: stale warning
add("c26_stale_lpr.txt", formal("借款合同", [
    person("出借人（甲方）", "龚建华", "360402198005052216", "九江市浔阳区浔阳东路15号"),
    person("借款人（乙方）", "龙海燕", "360403198706064425", "九江市濂溪区十里大道8号"),
], [
    ("借款金额", "借款金额为人民币伍万元整（¥50,000.00）。"),
    ("借款期限", "借款期限自2025年9月15日起至2026年9月14日止。"),
    ("借款利率", "借款年利率为15%，到期一次性还本付息。"),
    ("违约责任", "乙方逾期还款的，应按日万分之三支付违约金。"),
], ["甲方（签字）：龚建华", "乙方（签字）：龙海燕", "签订日期：2025年9月15日"]),
    gold(lender="龚建华", lender_kind="natural_person", borrower="龙海燕", borrower_kind="natural_person", principal="50000",
         contract_date="2025-09-15", start_date="2025-09-15", end_date="2026-09-14", annual_rate="0.15", penalty_rate="0.1095",
         repayment_method="到期一次性还本付息"),
    ["rate_above_4x_lpr"], "contract date after the last LPR row: finding carries a stale-data warning",
    expect_warning="rate_above_4x_lpr")

# c27 factoring company, service fee deducted up front
add("c27_factoring_fee_deducted.txt", formal("借款合同", [
    company("出借人（甲方）", "天津市滨海新区汇通商业保理有限公司", "91120116MA06H8R27Q", "张立伟", "天津自贸试验区（东疆保税港区）亚洲路6865号"),
    company("借款人（乙方）", "天津市河西区永兴建材经销部", "92120103MA05M1A91J", "张永兴", "天津市河西区友谊路35号"),
], [
    ("借款金额", "借款金额为人民币拾万元整（¥100,000.00）。"),
    ("借款期限", "借款期限自2024年6月1日起至2024年11月30日止。"),
    ("借款利率", "借款年利率为12%，按月付息、到期还本。"),
    ("放款", "甲方放款时一次性扣除服务费5,000元，乙方对此无异议。"),
], ["甲方（盖章）：天津市滨海新区汇通商业保理有限公司", "乙方（盖章）：天津市河西区永兴建材经销部", "签订日期：2024年6月1日"]),
    gold(lender="天津市滨海新区汇通商业保理有限公司", lender_kind="licensed_lender", borrower="天津市河西区永兴建材经销部",
         borrower_kind="enterprise", principal="100000", amount_delivered="95000", contract_date="2024-06-01",
         start_date="2024-06-01", end_date="2024-11-30", annual_rate="0.12", repayment_method="按月付息、到期还本"),
    ["cap_not_applicable_licensed_lender", "interest_deducted_upfront"], "commercial factoring lender; fee deducted from principal")

# c28 financing-lease company
add("c28_leasing_company.txt", formal("借款合同", [
    company("出借人（甲方）", "上海浦东新区远东融资租赁有限公司", "91310115MA1K3B8E6P", "朱国强", "上海市浦东新区世纪大道100号"),
    company("借款人（乙方）", "上海市闵行区精工机械有限公司", "91310112MA1GB2Y30U", "朱晓明", "上海市闵行区莘庄工业区春东路58号"),
], [
    ("借款金额", "借款金额为人民币贰佰万元整（¥2,000,000.00）。"),
    ("借款期限", "借款期限自2023年11月1日起至2025年10月31日止。"),
    ("借款利率", "借款年利率为11%，等额本金按月还款。"),
    ("逾期", "乙方逾期还款的，逾期利率为年利率16.5%。"),
    ("争议解决", "因本合同发生争议的，提交上海国际仲裁中心仲裁。"),
], ["甲方（盖章）：上海浦东新区远东融资租赁有限公司", "乙方（盖章）：上海市闵行区精工机械有限公司", "签订日期：2023年11月1日"]),
    gold(lender="上海浦东新区远东融资租赁有限公司", lender_kind="licensed_lender", borrower="上海市闵行区精工机械有限公司",
         borrower_kind="enterprise", principal="2000000", contract_date="2023-11-01", start_date="2023-11-01",
         end_date="2025-10-31", annual_rate="0.11", overdue_rate="0.165", repayment_method="等额本金",
         dispute_method="arbitration"),
    ["cap_not_applicable_licensed_lender"], "financing-lease lender; arbitration")

# c29 DOCX: enterprise, 18 %, penalty 日万分之五, lawyer fees
add("c29_company_penalty_fees.docx", formal("借款合同", [
    company("甲方（出借人）", "武汉市江汉区金桥贸易有限公司", "91420103MA4KX2L90D", "熊志伟", "武汉市江汉区解放大道688号"),
    company("乙方（借款人）", "武汉市洪山区光谷照明有限公司", "91420111MA4L0N5R7G", "熊海波", "武汉市洪山区珞喻路1037号"),
    person("丙方（保证人）", "熊海波", "420111198302026612", "武汉市洪山区珞喻路1037号"),
], [
    ("借款金额", "借款金额为人民币贰拾伍万元整（¥250,000.00）。"),
    ("借款期限", "借款期限自2022年9月1日起至2023年8月31日止。"),
    ("借款利率", "借款年利率为18%，按月付息、到期还本。"),
    ("违约责任", "乙方逾期还款的，应按日万分之五向甲方支付违约金，并承担甲方为实现债权而支出的律师费、诉讼费、保全费。"),
    ("保证", "丙方承担连带责任保证，保证期间为主债务履行期限届满之日起两年。"),
    ("争议解决", "因本合同发生争议的，向甲方住所地人民法院提起诉讼。"),
], ["甲方（盖章）：武汉市江汉区金桥贸易有限公司", "乙方（盖章）：武汉市洪山区光谷照明有限公司", "丙方（签字）：熊海波", "签订日期：2022年9月1日"]),
    gold(lender="武汉市江汉区金桥贸易有限公司", lender_kind="enterprise", borrower="武汉市洪山区光谷照明有限公司",
         borrower_kind="enterprise", principal="250000", contract_date="2022-09-01", start_date="2022-09-01",
         end_date="2023-08-31", annual_rate="0.18", penalty_rate="0.1825", repayment_method="按月付息、到期还本",
         dispute_method="court", guarantor="熊海波", guarantee_type="连带责任保证", guarantee_period_months=24),
    ["rate_above_4x_lpr", "overdue_charges_above_cap"], "DOCX; penalty 日万分之五 plus lawyer fees")

# c30 DOCX: natural persons 年息1分, guarantee without type or period
add("c30_natural_nianxi_1fen.docx", formal("借款合同", [
    person("出借人（甲方）", "田志刚", "520102197101012013", "贵阳市南明区中华南路45号"),
    person("借款人（乙方）", "田晓雪", "520103199203034426", "贵阳市云岩区延安中路20号"),
    person("保证人（丙方）", "田晓峰", "520103198805056611", "贵阳市云岩区延安中路20号"),
], [
    ("借款金额", "借款金额为人民币肆万元整（¥40,000.00）。"),
    ("借款期限", "借款期限自2021年1月5日起至2022年1月4日止。"),
    ("利息", "借款利息为年息1分，到期一次性还本付息。"),
    ("担保", "丙方为乙方的上述借款提供保证。"),
], ["甲方（签字）：田志刚", "乙方（签字）：田晓雪", "丙方（签字）：田晓峰", "签订日期：2021年1月5日"]),
    gold(lender="田志刚", lender_kind="natural_person", borrower="田晓雪", borrower_kind="natural_person", principal="40000",
         contract_date="2021-01-05", start_date="2021-01-05", end_date="2022-01-04", annual_rate="0.1",
         repayment_method="到期一次性还本付息", guarantor="田晓峰", guarantee_type="unspecified"),
    ["no_overdue_rate_agreed", "guarantee_type_defaults_to_general", "guarantee_period_defaults_to_6_months"],
    "DOCX; 年息1分 = 10%; guarantee with no type and no period")

# c31 DOCX: small-loan company, 月利率1.5 %, 等额本息
add("c31_microloan_monthly.docx", formal("小额贷款借款合同", [
    company("贷款人（甲方）", "杭州市余杭区民泰小额贷款股份有限公司", "91330110MA27W8D56L", "陈国庆", "杭州市余杭区临平街道迎宾路358号"),
    person("借款人（乙方）", "陈小兵", "330110198909093315", "杭州市余杭区南苑街道世纪大道88号"),
    person("保证人（丙方）", "陈大兵", "330110198404045518", "杭州市余杭区南苑街道世纪大道88号"),
], [
    ("借款金额", "贷款金额为人民币拾万元整（¥100,000.00）。"),
    ("借款期限", "借款期限为12个月，自2023年12月1日起至2024年11月30日止。"),
    ("借款利率", "借款月利率1.5%，采用等额本息方式按月还款。"),
    ("保证", "丙方承担连带责任保证，保证期间为主债务履行期限届满之日起两年。"),
], ["贷款人（盖章）：杭州市余杭区民泰小额贷款股份有限公司", "借款人（签字）：陈小兵", "签订日期：2023年12月1日"]),
    gold(lender="杭州市余杭区民泰小额贷款股份有限公司", lender_kind="licensed_lender", borrower="陈小兵", borrower_kind="natural_person",
         principal="100000", contract_date="2023-12-01", start_date="2023-12-01", end_date="2024-11-30", annual_rate="0.18",
         repayment_method="等额本息", guarantor="陈大兵", guarantee_type="连带责任保证", guarantee_period_months=24),
    ["cap_not_applicable_licensed_lender"], "DOCX; small-loan company, 18% (private cap not applicable)")

# c32 rate exactly at cap, overdue rate + penalty together above it
add("c32_boundary_combined_overdue.txt", formal("借款合同", [
    person("出借人（甲方）", "段志华", "530102197610102215", "昆明市五华区东风西路11号"),
    company("借款人（乙方）", "昆明市官渡区云岭花卉有限公司", "91530111MA6N2K8R4C", "段丽", "昆明市官渡区关上中路66号"),
], [
    ("借款金额", "借款金额为人民币拾万元整（¥100,000.00）。"),
    ("借款期限", "借款期限自2023年1月15日起至2024年1月14日止。"),
    ("借款利率", "借款年利率（单利）为百分之十四点六，按月付息、到期还本。"),
    ("逾期", "乙方逾期还款的，逾期利率为年利率14.6%；另按日万分之一向甲方支付违约金。"),
], ["甲方（签字）：段志华", "乙方（盖章）：昆明市官渡区云岭花卉有限公司", "签订日期：2023年1月15日"]),
    gold(lender="段志华", lender_kind="natural_person", borrower="昆明市官渡区云岭花卉有限公司", borrower_kind="enterprise",
         principal="100000", contract_date="2023-01-15", start_date="2023-01-15", end_date="2024-01-14", annual_rate="0.146",
         overdue_rate="0.146", penalty_rate="0.0365", repayment_method="按月付息、到期还本"),
    ["overdue_charges_above_cap"], "interest exactly 4×3.65% (not above); overdue 14.6% + penalty 3.65% together above")

# c33 amount 人民币伍万元, dotted dates, 月息1分
add("c33_dotted_dates_yuexi_1fen.txt", formal("借款协议", [
    person("甲方（出借人）", "卢建明", "230102197205053314", "哈尔滨市道里区中央大街100号"),
    person("乙方（借款人）", "卢晓丹", "230103199408084423", "哈尔滨市南岗区西大直街92号"),
], [
    ("借款金额", "乙方向甲方借款人民币伍万元，以银行转账方式支付。"),
    ("借款期限", "借款期限自2022.12.1起至2023.11.30止。"),
    ("利息", "借款利息为月息1分，按月付息、到期还本。"),
], ["甲方（签字）：卢建明", "乙方（签字）：卢晓丹", "签订日期：2022.12.1"]),
    gold(lender="卢建明", lender_kind="natural_person", borrower="卢晓丹", borrower_kind="natural_person", principal="50000",
         contract_date="2022-12-01", start_date="2022-12-01", end_date="2023-11-30", annual_rate="0.12",
         repayment_method="按月付息、到期还本"),
    ["no_overdue_rate_agreed"], "人民币伍万元 without 整; 2022.12.1 dates; 月息1分 = 12%")

# c34 10万元, slash dates, overdue exactly at cap, arbitration
add("c34_slash_dates_overdue_boundary.txt", formal("借款合同", [
    company("甲方（出借人）", "青岛市市南区海润投资咨询有限公司", "91370202MA3C4N2T6H", "孔德明", "青岛市市南区香港中路10号"),
    company("乙方（借款人）", "青岛市黄岛区渔港水产有限公司", "91370211MA3D8L1W2P", "孔令海", "青岛市黄岛区积米崖港区"),
], [
    ("借款金额", "借款金额为10万元。"),
    ("借款期限", "借款期限自2023/5/6起至2024/5/5止。"),
    ("借款利率", "借款年利率为13.8%，按季付息、到期还本。"),
    ("逾期", "乙方逾期还款的，逾期利率为年利率14.6%。"),
    ("争议解决", "因本合同发生的争议，提交青岛仲裁委员会仲裁。"),
], ["甲方（盖章）：青岛市市南区海润投资咨询有限公司", "乙方（盖章）：青岛市黄岛区渔港水产有限公司", "签订日期：2023/5/6"]),
    gold(lender="青岛市市南区海润投资咨询有限公司", lender_kind="enterprise", borrower="青岛市黄岛区渔港水产有限公司",
         borrower_kind="enterprise", principal="100000", contract_date="2023-05-06", start_date="2023-05-06",
         end_date="2024-05-05", annual_rate="0.138", overdue_rate="0.146", repayment_method="按季付息、到期还本",
         dispute_method="arbitration"),
    [], "10万元; 2023/5/6 dates; overdue rate exactly at 4×LPR (not above)")

# c35 pre-LPR 30 % (the 24–36 % band)
add("c35_pre_lpr_30pct.txt", formal("借款合同", [
    person("出借人（甲方）", "严国华", "340102196612122012", "合肥市庐阳区长江中路369号"),
    person("借款人（乙方）", "严晓军", "340104198302024417", "合肥市蜀山区黄山路88号"),
], [
    ("借款金额", "借款金额为人民币壹拾伍万元整（¥150,000.00）。"),
    ("借款期限", "借款期限自2018年3月1日起至2019年2月28日止。"),
    ("借款利率", "借款年利率为30%，到期一次性还本付息。"),
    ("逾期", "乙方逾期还款的，逾期利率为年利率30%。"),
], ["甲方（签字）：严国华", "乙方（签字）：严晓军", "签订日期：2018年3月1日"]),
    gold(lender="严国华", lender_kind="natural_person", borrower="严晓军", borrower_kind="natural_person", principal="150000",
         contract_date="2018-03-01", start_date="2018-03-01", end_date="2019-02-28", annual_rate="0.3", overdue_rate="0.3",
         repayment_method="到期一次性还本付息"),
    ["pre_lpr_rate_rules"], "2018 contract at 30%: the 24%/36% band, no LPR number")

# c36 not a contract: an invoice
add("c36_not_a_contract_invoice.txt",
    "增值税电子普通发票\n发票代码：044002000111 发票号码：12345678\n开票日期：2023年05月06日\n"
    "购买方名称：青岛市黄岛区渔港水产有限公司\n货物或应税劳务名称：冷冻带鱼 数量：200 单价：35.00 金额：7,000.00 税率：9% 税额：630.00\n"
    "价税合计（大写）柒仟陆佰叁拾元整（小写）¥7,630.00\n销售方名称：青岛市市北区海鲜批发行\n",
    {}, [], "not a contract (a VAT invoice): DocumentError not_a_contract", expect_error="not_a_contract")


def write_docx(path: Path, text: str) -> None:
    import docx

    d = docx.Document()
    for line in text.splitlines():
        d.add_paragraph(line)
    d.save(str(path))


def main() -> None:
    rows = []
    for spec in SPECS:
        path = HERE / spec["file"]
        if path.suffix == ".docx":
            write_docx(path, spec["text"])
        else:
            path.write_text(spec["text"], encoding="utf-8")
        rows.append({k: v for k, v in spec.items() if k != "text"})
    with (HERE / "gold.jsonl").open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} contracts to {HERE}")


if __name__ == "__main__":
    main()
