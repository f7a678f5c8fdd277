"""Builder for contracts_holdout25 (held out: never tune on these rows).

Every document text and every gold row below was typed by hand for this set (persona: 陈国华, loan clerk at a made-up
襄阳/十堰 小额贷款 company who also files for a 湖北 融资担保 company and helps a 区人民法院 诉前调解 room). Running this
script writes the 30 documents (TXT UTF-8, TXT GB18030, DOCX) and gold.jsonl into this folder, byte-for-byte the same
on every run.

    /work/main/.venv/bin/python eval/datasets/contracts_holdout25/make_dataset.py
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from eval.datasets import _contracts_build as cb  # noqa: E402

HERE = Path(__file__).resolve().parent
AS_OF = "2026-12-18"   # the day 陈国华 went through the pile before the year-end 授信 review

DOCS: list[dict] = []


def add(file: str, fmt: str, body, fields: dict, findings: list[str], as_of: str = AS_OF, notes: str | None = None):
    row = {"file": file, "fields": fields, "findings": findings, "as_of": as_of}
    if notes:
        row["notes"] = notes
    DOCS.append({"file": file, "fmt": fmt, "body": body, "gold": row})


NO_GUARANTEE = {"guarantor": None, "guarantee_type": None, "guarantee_period_months": None}

# ---------------------------------------------------------------------------------------------------------------
add("hy01_jietiao_anshouyin_xianggu.txt", "utf8", """借  条

今借到王德明（身份证号：4203**********3312）人民币伍万元整（¥50,000.00），用于房县土城镇香菇大棚购买菌棒。
借款期限一年，自2023年3月15日起至2024年3月14日止，利息按月息1分5计算，到期连本带利一次还清。
借款当日王德明以现金方式交付伍万元，本人已当面点清收到。

借款人：李春生（按手印）
身份证号：4203**********5518
电话：135****2706
见证人：刘桂兰（按手印）
2023年3月15日

（王德明在借条背面写的：春生港他今年菌棒行情蛮好，冇得么事问题，到期就还。刘桂兰是村里的会计，当天在场。）
""", {
    "principal": "50000", "amount_delivered": "50000", "annual_rate": 0.18, "overdue_rate": None, "penalty_rate": None,
    "lender": "王德明", "lender_kind": "natural_person", "borrower": "李春生", "borrower_kind": "natural_person",
    "contract_date": "2023-03-15", "start_date": "2023-03-15", "end_date": "2024-03-14",
    "repayment_method": "到期一次性还本付息", "dispute_method": None, **NO_GUARANTEE,
}, ["rate_above_4x_lpr", "no_overdue_rate_agreed"],
    notes="月息1分5 = 18 % vs 4 × 3.65 % = 14.6 % on 2023-03-15. The 见证人 is a witness, not a guarantor.")

# ---------------------------------------------------------------------------------------------------------------
add("hy02_shebei_diya_qiche_lingbujian.docx", "docx", [
    ("h", "借款合同（设备抵押）"),
    ("p", "合同编号：RF-JK-2024-017"),
    ("t", [
        ["项目", "内容"],
        ["出借人（甲方）", "襄阳瑞丰投资有限公司"],
        ["借款人（乙方）", "襄阳市华驰汽车零部件有限公司"],
        ["借款金额", "人民币叁佰万元整（¥3,000,000.00）"],
        ["借款用途", "购置冲压线模具，为东风系整车厂二级配套供货"],
        ["借款期限", "2024年5月10日至2025年5月9日"],
        ["借款利率", "年利率8%"],
        ["还款方式", "按月付息，到期一次还本"],
        ["逾期利息", "逾期部分在约定利率基础上加收50%"],
        ["抵押物", "乙方自有数控冲压机床四台（见附件设备清单）"],
        ["保证人", "张建军（乙方法定代表人）"],
    ]),
    ("p", "第一条 甲方于合同签订当日将借款全额转入乙方基本账户，不预扣任何利息、费用。"),
    ("p", "第二条 乙方以上表所列设备提供抵押担保，双方于合同签订后十日内办理动产抵押登记。"),
    ("p", "第三条 保证人张建军对乙方在本合同项下的全部债务承担连带责任保证，保证期间为主债务履行期限届满之日起三年。"),
    ("p", "第四条 因本合同发生争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。"),
    ("p", "甲方：襄阳瑞丰投资有限公司（盖章）    乙方：襄阳市华驰汽车零部件有限公司（盖章）"),
    ("p", "保证人：张建军（签字）"),
    ("p", "签订日期：2024年5月10日    签订地点：襄阳市高新区"),
], {
    "principal": "3000000", "amount_delivered": "3000000", "annual_rate": 0.08, "overdue_rate": 0.12,
    "penalty_rate": None, "lender": "襄阳瑞丰投资有限公司", "lender_kind": "enterprise",
    "borrower": "襄阳市华驰汽车零部件有限公司", "borrower_kind": "enterprise",
    "contract_date": "2024-05-10", "start_date": "2024-05-10", "end_date": "2025-05-09",
    "repayment_method": "按月付息、到期还本", "dispute_method": "court",
    "guarantor": "张建军", "guarantee_type": "连带责任保证", "guarantee_period_months": 36,
}, [], notes="8 %, overdue 8 % × 1.5 = 12 % vs 4 × 3.45 % = 13.8 %: under. 设备 抵押 by the borrower plus a 连带 guarantor.")

# ---------------------------------------------------------------------------------------------------------------
add("hy03_yingshou_zhiya_shangpiao_gongyinglian.docx", "docx", [
    ("h", "借款及质押合同"),
    ("p", "出借人：十堰鑫茂商贸有限公司（以下简称甲方）"),
    ("p", "借款人（出质人）：十堰市联创汽车配件厂（以下简称乙方）"),
    ("p", "乙方为东风商用车配套企业湖北东达汽车部件有限公司的二级供应商，因备货资金周转需要向甲方借款，双方约定如下："),
    ("p", "一、借款金额：人民币壹佰贰拾万元整（¥1,200,000.00），甲方于2022年9月15日一次性转入乙方账户。"),
    ("p", "二、借款期限：自2022年9月15日起至2024年3月14日止，共十八个月。"),
    ("p", "三、利息：按日万分之四计算，每月20日前支付当月利息，到期归还本金。"),
    ("p", "四、逾期：乙方逾期归还本金或利息的，逾期部分自逾期之日起按日万分之六计收逾期利息。"),
    ("p", "五、质押：乙方以下列应收账款、商业汇票及供应链平台债权凭证向甲方出质，并配合在中国人民银行征信中心动产融资统一登记公示系统办理登记："),
    ("t", [
        ["序号", "质押标的", "金额（元）", "到期日"],
        ["1", "对湖北东达汽车部件有限公司的应收账款（2022年7、8月供货）", "860,000.00", "2022-12-31"],
        ["2", "商业承兑汇票（出票人湖北东达汽车部件有限公司）", "300,000.00", "2023-03-20"],
        ["3", "“汉江链信”供应链金融平台电子债权凭证", "400,000.00", "2023-02-28"],
    ]),
    ("p", "上述款项到期回款后，乙方应存入甲方指定的监管账户，经甲方同意后可替换为同等金额的新应收账款。"),
    ("p", "六、争议解决：因本合同引起的争议，提交十堰仲裁委员会仲裁。"),
    ("p", "甲方：十堰鑫茂商贸有限公司（盖章）"),
    ("p", "乙方：十堰市联创汽车配件厂（盖章）  负责人：杜永红"),
    ("p", "2022年9月15日"),
], {
    "principal": "1200000", "amount_delivered": "1200000", "annual_rate": 0.146, "overdue_rate": 0.219,
    "penalty_rate": None, "lender": "十堰鑫茂商贸有限公司", "lender_kind": "enterprise",
    "borrower": "十堰市联创汽车配件厂", "borrower_kind": "enterprise",
    "contract_date": "2022-09-15", "start_date": "2022-09-15", "end_date": "2024-03-14",
    "repayment_method": "按月付息、到期还本", "dispute_method": "arbitration",
}, ["overdue_charges_above_cap"],
    notes="日万分之四 = 14.6 % = 4 × 3.65 % exactly (LPR from 2022-08-22): not above. Overdue 日万分之六 = 21.9 %. "
          "Only the borrower's own pledges: guarantor fields left out.")

# ---------------------------------------------------------------------------------------------------------------
add("hy04_lvsongshi_gongyipinchang_jiekuan.txt", "utf8", """借款合同

出借人（甲方）：陈玉珍，身份证号 4203**********0027
借款人（乙方）：十堰市郧阳区玉宝绿松石工艺品厂
负责人：周建平

乙方因收购绿松石原矿、扩建打磨车间，向甲方借款，经协商订立本合同：

一、借款金额：人民币贰拾万元整（小写：200000元），甲方于2022年11月8日通过农业银行转账交付。
二、借款期限：2022年11月8日至2024年5月7日。
三、借款利率：月利率2%，乙方每月8日前付清上月利息，本金到期一次归还。
四、逾期责任：乙方到期未还本金的，按日千分之一计收逾期利息，直至还清为止。
五、担保：周建平自愿为本借款提供担保。
六、本合同履行中发生争议，由甲方住所地人民法院管辖。

甲方（签字）：陈玉珍
乙方（盖章）：十堰市郧阳区玉宝绿松石工艺品厂
担保人（签字）：周建平
签订日期：2022年11月8日
""", {
    "principal": "200000", "amount_delivered": "200000", "annual_rate": 0.24, "overdue_rate": 0.365,
    "penalty_rate": None, "lender": "陈玉珍", "lender_kind": "natural_person",
    "borrower": "十堰市郧阳区玉宝绿松石工艺品厂", "borrower_kind": "enterprise",
    "contract_date": "2022-11-08", "start_date": "2022-11-08", "end_date": "2024-05-07",
    "repayment_method": "按月付息、到期还本", "dispute_method": "court",
    "guarantor": "周建平", "guarantee_type": "unspecified", "guarantee_period_months": None,
}, ["rate_above_4x_lpr", "overdue_charges_above_cap", "guarantee_type_defaults_to_general",
    "guarantee_period_defaults_to_6_months"],
    notes="24 % and 36.5 % vs 14.6 % (LPR 3.65 % on 2022-11-08). '提供担保' in 2022: no type, no period.")

# ---------------------------------------------------------------------------------------------------------------
add("hy05_wudangshan_minsu_jiekuan.txt", "utf8", """借款协议

甲方（出借人）：刘志强   身份证号：4203**********1534
乙方（借款人）：杨秀英   身份证号：4203**********2046
丙方（保证人）：林国栋   身份证号：4203**********1811（乙方配偶）

乙方在武当山特区八仙观村经营“松风山居”民宿，因装修客房、添置空调向甲方借款。三方协商一致：

1. 借款金额叁拾万元整（300,000元），甲方于2024年3月1日转入乙方建设银行账户。
2. 借款期限自2024年3月1日至2025年2月28日。
3. 年利率10%，每季度末月20日支付当季利息，到期归还本金。
4. 乙方逾期还款的，逾期期间按年利率15%计付逾期利息。
5. 丙方对乙方全部借款本息承担连带责任保证，保证期间为借款到期之日起两年。
6. 因本协议发生的争议，提交十堰仲裁委员会仲裁。

民宿旺季是五一到国庆，乙方港了，旺季一过就把本钱凑齐，冇得问题。

甲方：刘志强
乙方：杨秀英
丙方：林国栋
2024年3月1日
""", {
    "principal": "300000", "amount_delivered": "300000", "annual_rate": 0.10, "overdue_rate": 0.15,
    "penalty_rate": None, "lender": "刘志强", "lender_kind": "natural_person", "borrower": "杨秀英",
    "borrower_kind": "natural_person", "contract_date": "2024-03-01", "start_date": "2024-03-01",
    "end_date": "2025-02-28", "repayment_method": "按季付息、到期还本", "dispute_method": "arbitration",
    "guarantor": "林国栋", "guarantee_type": "连带责任保证", "guarantee_period_months": 24,
}, ["overdue_charges_above_cap"], notes="10 % under 13.8 % (LPR 3.45 % on 2024-03-01); overdue 15 % above it.")

# ---------------------------------------------------------------------------------------------------------------
add("hy06_xianggu_tudi_jingyingquan_diya_2019.txt", "gb18030", """借款及抵押协议

出借人：吴长林（房县城关镇）
借款人：张大明（房县土城镇黄连垭村香菇种植户）

张大明因扩建香菇大棚、购买菌种菌袋，向吴长林借款人民币捌万元整（80000元）。
一、借款日期2019年3月20日，还款日期2020年3月19日。
二、利息按月息1分8计算，每半年结一次利息，本金到期还清。
三、张大明以其依法承包的黄连垭村二组土地经营权15亩（承包合同编号：房土承字第0412号，剩余期限至2028年12月31日）
    作抵押，抵押期间土地由张大明继续种植经营。
四、本协议一式两份，双方各执一份。

出借人：吴长林
借款人：张大明（按手印）
2019年3月20日

后记（吴长林手写）：
2021年3月12日 张大明还款壹万元，剩余本金柒万元。吴长林
2024年1月10日 张大明还款伍仟元。吴长林
""", {
    "principal": "80000", "amount_delivered": "80000", "annual_rate": 0.216, "overdue_rate": None,
    "penalty_rate": None, "lender": "吴长林", "lender_kind": "natural_person", "borrower": "张大明",
    "borrower_kind": "natural_person", "contract_date": "2019-03-20", "start_date": "2019-03-20",
    "end_date": "2020-03-19", "dispute_method": None,
}, ["pre_lpr_rate_rules", "no_overdue_rate_agreed"],
    notes="2019-03-20 is before the first LPR: 21.6 % under the 2015 rules' 24 % line. Due 2020-03-19; payments "
          "2021-03-12 and 2024-01-10 each inside the running period: to 2027-01-10, not expired. Own 土地经营权 "
          "抵押 only: guarantor fields left out. '每半年结一次利息' is no standard repayment name: left out.")

# ---------------------------------------------------------------------------------------------------------------
add("hy07_danjiangkou_ganju_hezuoshe_jiekuan.txt", "utf8", """借款合同

出借人：丹江口市汉水果业有限公司
借款人：丹江口市橘香柑橘种植专业合作社
保证人：黄家富（合作社理事长）

借款人为收购社员蜜橘、租用冷库向出借人借款，订立本合同。

第一条 借款金额：人民币肆拾万元整（¥400,000.00）。
第二条 借款期限：2025年1月15日至2025年12月31日，本金和利息于到期日一次性付清。
第三条 利率：年利率12%。
第四条 逾期：借款人逾期未还的，自逾期之日起在本合同约定利率基础上上浮30%计收逾期利息。
第五条 保证：保证人承担一般保证责任，保证期间为主债务履行期限届满之日起六个月。
第六条 争议解决：向丹江口市人民法院起诉。

出借人（盖章）：丹江口市汉水果业有限公司
借款人（盖章）：丹江口市橘香柑橘种植专业合作社
保证人（签字）：黄家富
2025年1月15日
""", {
    "principal": "400000", "amount_delivered": "400000", "annual_rate": 0.12, "overdue_rate": 0.156,
    "penalty_rate": None, "lender": "丹江口市汉水果业有限公司", "lender_kind": "enterprise",
    "borrower": "丹江口市橘香柑橘种植专业合作社", "borrower_kind": "enterprise",
    "contract_date": "2025-01-15", "start_date": "2025-01-15", "end_date": "2025-12-31",
    "repayment_method": "到期一次性还本付息", "dispute_method": "court",
    "guarantor": "黄家富", "guarantee_type": "一般保证", "guarantee_period_months": 6,
}, ["overdue_charges_above_cap"],
    notes="12 % under 4 × 3.10 % = 12.4 %; overdue 12 % × 1.3 = 15.6 % above. 一般保证 with an explicit six months.")

# ---------------------------------------------------------------------------------------------------------------
add("hy08_wuliu_chedui_guakao_jiekuan.txt", "utf8", """车辆挂靠及借款协议

甲方（出借人、被挂靠单位）：襄阳顺捷物流有限公司
乙方（借款人、实际车主）：马卫国  身份证号：4206**********3976
丙方（保证人）：马卫东  身份证号：4206**********4013（乙方之兄）

一、乙方购买重型半挂牵引车一台（车价款468,000元），车辆登记在甲方名下挂靠经营，由乙方自主运营、自负盈亏。
二、乙方首付款不足，向甲方借款人民币壹拾伍万元整（150,000元），甲方于2023年11月20日直接支付至车辆经销商。
三、借款期限自2023年11月20日至2024年11月19日，利息按月息八厘计算。
四、还款：分十二期，每月19日前归还本金12,500元及当期利息，甲方可从乙方当月运费结算款中直接扣收。
五、乙方逾期未还的，逾期金额按日千分之一计收逾期利息。
六、丙方对乙方本协议项下全部债务承担连带保证责任。
七、发生争议由襄阳市襄州区人民法院管辖。

甲方（盖章）：襄阳顺捷物流有限公司
乙方：马卫国
丙方：马卫东
2023年11月20日
""", {
    "principal": "150000", "amount_delivered": "150000", "annual_rate": 0.096, "overdue_rate": 0.365,
    "penalty_rate": None, "lender": "襄阳顺捷物流有限公司", "lender_kind": "enterprise", "borrower": "马卫国",
    "borrower_kind": "natural_person", "contract_date": "2023-11-20", "start_date": "2023-11-20",
    "end_date": "2024-11-19", "repayment_method": "分期还款", "dispute_method": "court",
    "guarantor": "马卫东", "guarantee_type": "连带责任保证", "guarantee_period_months": None,
}, ["overdue_charges_above_cap", "guarantee_period_defaults_to_6_months"],
    notes="月息八厘 = 9.6 % under 13.8 %; overdue 36.5 % above. Paid to the dealer for the borrower = delivered. "
          "连带 with no period in 2023.")

# ---------------------------------------------------------------------------------------------------------------
add("hy09_jiazu_qiye_hubao_baozheng_hetong.docx", "docx", [
    ("h", "保证合同"),
    ("p", "合同编号：HX-BZ-2024-008"),
    ("p", "债权人：襄阳恒信实业有限公司"),
    ("p", "保证人：襄阳鼎盛铸造有限公司"),
    ("p", "鉴于债务人襄阳金鼎机械有限公司与债权人签订了下表所列借款合同（以下简称主合同），保证人与债务人同为李氏家族"
          "控制的企业，债务人亦为保证人在债权人处的借款提供担保（互保）。保证人自愿为主合同项下债务提供保证，"
          "双方达成如下条款："),
    ("t", [
        ["主合同名称及编号", "借款合同 HX-JK-2024-008"],
        ["债务人", "襄阳金鼎机械有限公司"],
        ["借款金额", "人民币壹佰万元整（¥1,000,000.00）"],
        ["借款期限", "一年"],
        ["主合同签订日", "2024年4月2日"],
    ]),
    ("p", "第一条 保证人对主合同项下的借款本金、利息、违约金及实现债权的费用承担保证责任。"),
    ("p", "第二条 保证期间自本合同生效之日起至主债务本息全部清偿之日止。"),
    ("p", "第三条 本合同自双方盖章之日起生效。因本合同发生的争议，由债权人所在地人民法院管辖。"),
    ("p", "债权人（盖章）：襄阳恒信实业有限公司"),
    ("p", "保证人（盖章）：襄阳鼎盛铸造有限公司    法定代表人：李国庆"),
    ("p", "2024年4月2日"),
], {
    "principal": "1000000", "lender": "襄阳恒信实业有限公司", "lender_kind": "enterprise",
    "borrower": "襄阳金鼎机械有限公司", "borrower_kind": "enterprise", "dispute_method": "court",
    "guarantor": "襄阳鼎盛铸造有限公司", "guarantee_type": "unspecified", "guarantee_period_months": None,
}, ["guarantee_type_defaults_to_general", "guarantee_period_defaults_to_6_months"],
    notes="A 保证合同 (2024): '承担保证责任' with no type; period '至主债务本息全部清偿之日止' (担保制度解释 第32条). "
          "Rates, dates and repayment are the main contract's: left out.")

# ---------------------------------------------------------------------------------------------------------------
add("hy10_guoqiao_xudai_neishijian.txt", "utf8", """过桥借款协议

出借人（甲方）：周海涛  身份证号 4206**********0519
借款人（乙方）：襄阳市宏远汽车内饰件有限公司
保证人（丙方）：刘金山（乙方法定代表人）

乙方在中国建设银行襄阳樊城支行的流动资金贷款贰佰万元将于2024年8月27日到期，银行同意续贷，
但须先还旧贷再放新贷。为此乙方向甲方临时借款用于过桥还贷，约定如下：

一、借款金额：人民币贰佰万元整（¥2,000,000.00），甲方于2024年8月26日直接转入乙方在该行的还款账户。
二、借款期限：2024年8月26日至2024年9月4日，共10天。银行续贷资金到账后乙方应当日归还，最迟不超过到期日。
三、利息：按日千分之二计算，与本金一并于到期日归还。
四、逾期：乙方逾期归还的，逾期期间按日千分之三计收利息。
五、丙方对乙方上述债务承担连带责任保证，保证期间为借款到期之日起三年。
六、争议由甲方所在地人民法院管辖。

甲方：周海涛
乙方：襄阳市宏远汽车内饰件有限公司（盖章）
丙方：刘金山
2024年8月26日
""", {
    "principal": "2000000", "amount_delivered": "2000000", "annual_rate": 0.73, "overdue_rate": 1.095,
    "penalty_rate": None, "lender": "周海涛", "lender_kind": "natural_person",
    "borrower": "襄阳市宏远汽车内饰件有限公司", "borrower_kind": "enterprise",
    "contract_date": "2024-08-26", "start_date": "2024-08-26", "end_date": "2024-09-04",
    "repayment_method": "到期一次性还本付息", "dispute_method": "court",
    "guarantor": "刘金山", "guarantee_type": "连带责任保证", "guarantee_period_months": 36,
}, ["rate_above_4x_lpr", "overdue_charges_above_cap"],
    notes="日千分之二 = 73 %, overdue 日千分之三 = 109.5 % vs 4 × 3.35 % = 13.4 % (2024-08-26). The bank is context.")

# ---------------------------------------------------------------------------------------------------------------
add("hy11_xiaodai_fuwufei_zixunfei_baozhengjin.docx", "docx", [
    ("h", "个人经营性借款合同"),
    ("p", "合同编号：XHT-XD-2023-0705-02"),
    ("t", [
        ["贷款人", "襄阳市鑫汉通小额贷款有限公司"],
        ["借款人", "郭小勇（个体工商户“郭记牛肉面馆”经营者）"],
        ["保证人", "湖北楚信融资担保有限公司"],
        ["借款金额", "人民币壹拾万元整（¥100,000.00）"],
        ["借款期限", "12个月，自2023年7月5日至2024年7月4日"],
        ["借款利率", "月利率1.5%"],
        ["还款方式", "等额本息，共12期，每期还款9,168.00元，每月5日扣款"],
    ]),
    ("p", "第一条 放款：贷款人于2023年7月5日将借款全额发放至借款人指定账户，不从借款本金中扣除任何利息或费用。"),
    ("p", "第二条 费用：借款人另行向贷款人支付一次性服务费2,000元；另行向湖北汉襄企业咨询服务有限公司按月支付咨询费500元；"
          "借款人另行交存风险保证金5,000元，借款结清后无息退还。"),
    ("p", "第三条 罚息：借款人未按期还款的，对逾期部分在借款利率基础上加收50%计收罚息。"),
    ("p", "第四条 保证：保证人对借款人本合同项下全部债务承担连带责任保证，保证期间为主债务履行期限届满之日起三年，"
          "具体以保证人出具的《保证函》为准。"),
    ("p", "第五条 争议解决：向贷款人所在地人民法院起诉。"),
    ("p", "贷款人（盖章）：襄阳市鑫汉通小额贷款有限公司    经办人：陈国华"),
    ("p", "借款人（签字、按手印）：郭小勇"),
    ("p", "保证人（盖章）：湖北楚信融资担保有限公司"),
    ("p", "签订日期：2023年7月5日"),
], {
    "principal": "100000", "amount_delivered": "100000", "annual_rate": 0.18, "overdue_rate": 0.27,
    "penalty_rate": None, "lender": "襄阳市鑫汉通小额贷款有限公司", "lender_kind": "licensed_lender",
    "borrower": "郭小勇", "borrower_kind": "natural_person", "contract_date": "2023-07-05",
    "start_date": "2023-07-05", "end_date": "2024-07-04", "repayment_method": "等额本息", "dispute_method": "court",
    "guarantor": "湖北楚信融资担保有限公司", "guarantee_type": "连带责任保证", "guarantee_period_months": 36,
}, ["cap_not_applicable_licensed_lender"],
    notes="小贷 (2023): info finding only. Fees and 风险保证金 paid apart, '不从借款本金中扣除': no deduction. "
          "Instalment 9,168.00 = annuity of 100,000 at 1.5 %/month over 12 months (9,167.9993). "
          "Borrower name without the bracketed role.")

# ---------------------------------------------------------------------------------------------------------------
add("hy12_nongshang_liudai_lpr_jia85bp.docx", "docx", [
    ("h", "流动资金借款合同"),
    ("p", "合同编号：鄂襄农商樊流借字2024第1210号"),
    ("t", [
        ["贷款人", "湖北襄阳农村商业银行股份有限公司樊城支行"],
        ["借款人", "襄阳精工机床配件有限公司"],
        ["借款金额", "人民币伍佰万元整（¥5,000,000.00）"],
        ["借款用途", "购买原材料（铸件、轴承）"],
        ["借款期限", "2024年12月10日至2025年12月9日"],
    ]),
    ("t", [
        ["利率条款", "内容"],
        ["定价基准", "合同签订日前一个工作日全国银行间同业拆借中心公布的1年期贷款市场报价利率（LPR），即3.10%"],
        ["加点", "加85个基点（1BP=0.01%）"],
        ["执行利率", "年利率3.95%，借款期内固定不变"],
        ["结息方式", "按月结息，结息日为每月20日，到期一次还本"],
        ["罚息", "逾期贷款在执行利率基础上加收50%计收罚息"],
        ["复利", "对不能按时支付的利息，按罚息利率计收复利"],
    ]),
    ("p", "担保：湖北楚信融资担保有限公司为本合同项下债务提供连带责任保证，保证期间为主债务履行期限届满之日起三年，另签保证合同。"),
    ("p", "争议解决：向贷款人住所地人民法院提起诉讼。"),
    ("p", "贷款人（盖章）：湖北襄阳农村商业银行股份有限公司樊城支行"),
    ("p", "借款人（盖章）：襄阳精工机床配件有限公司    法定代表人：鲍志勇"),
    ("p", "签订日期：2024年12月10日"),
], {
    "principal": "5000000", "amount_delivered": "5000000", "annual_rate": 0.0395, "overdue_rate": 0.05925,
    "penalty_rate": None, "lender": "湖北襄阳农村商业银行股份有限公司樊城支行", "lender_kind": "licensed_lender",
    "borrower": "襄阳精工机床配件有限公司", "borrower_kind": "enterprise", "contract_date": "2024-12-10",
    "start_date": "2024-12-10", "end_date": "2025-12-09", "repayment_method": "按月付息、到期还本",
    "dispute_method": "court", "guarantor": "湖北楚信融资担保有限公司", "guarantee_type": "连带责任保证",
    "guarantee_period_months": 36,
}, ["cap_not_applicable_licensed_lender"],
    notes="LPR 3.10 % (from 2024-10-21) + 85 BP = 3.95 %; 罚息 × 1.5 = 5.925 %. Bank compound interest is licensed "
          "business: no compound finding.")

# ---------------------------------------------------------------------------------------------------------------
add("hy13_cheliang_diya_jietiao_2021.txt", "utf8", """借条（车辆抵押）

今借到胡建新人民币陆万元整（¥60000元），月息2分，借期半年，自2021年9月10日起至2022年3月9日止，
到期本息一次还清。
借款人自愿以本人名下哈弗H6小型越野客车一辆（车牌号鄂C·5K2**，车架号LGWEF4A5*********）作抵押，
车辆登记证书交出借人保管，借款还清后退还。

借款人：彭勇
身份证号：4203**********2931
出借人：胡建新
2021年9月10日
""", {
    "principal": "60000", "amount_delivered": "60000", "annual_rate": 0.24, "overdue_rate": None, "penalty_rate": None,
    "lender": "胡建新", "lender_kind": "natural_person", "borrower": "彭勇", "borrower_kind": "natural_person",
    "contract_date": "2021-09-10", "start_date": "2021-09-10", "end_date": "2022-03-09",
    "repayment_method": "到期一次性还本付息", "dispute_method": None,
}, ["rate_above_4x_lpr", "no_overdue_rate_agreed", "limitation_period_expired"],
    notes="24 % vs 4 × 3.85 % = 15.4 %. Due 2022-03-09, nothing noted since: expired 2025-03-09. Own car pledged "
          "only: guarantor fields left out.")

# ---------------------------------------------------------------------------------------------------------------
add("hy14_diandang_lvsongshi_yuanshi.txt", "utf8", """当票及典当合同（动产）

典当行：十堰市武当典当有限公司（典当经营许可证编码：42******）
当户：黎红   身份证号：4203**********0645
当物：绿松石原矿（竹山产，铁线料）一批，净重3.2公斤，经本行鉴定估价捌万元整
当金：人民币伍万元整（¥50,000.00），现场转账发放，不扣除任何费用
典当期限：2024年6月18日至2024年9月17日，共三个月
当金利率：月利率0.5%
综合费用：月费率2.7%（含保管费、保险费、鉴定评估费等）
还款：当期届满赎当时一次性支付当金、利息及综合费用
续当：当期届满或续当期届满后5日内，当户可续当；逾期不赎当也不续当的，为绝当，本行依法处理当物。
争议解决：向十堰市茅箭区人民法院起诉。

典当行（盖章）：十堰市武当典当有限公司
当户（签字）：黎红
2024年6月18日
""", {
    "principal": "50000", "amount_delivered": "50000", "annual_rate": 0.06, "overdue_rate": None, "penalty_rate": None,
    "lender": "十堰市武当典当有限公司", "lender_kind": "licensed_lender", "borrower": "黎红",
    "borrower_kind": "natural_person", "contract_date": "2024-06-18", "start_date": "2024-06-18",
    "end_date": "2024-09-17", "repayment_method": "到期一次性还本付息", "dispute_method": "court",
}, ["cap_not_applicable_licensed_lender"],
    notes="典当 (2024): info only. annual_rate is the 当金利率 6 %; the 综合费 2.7 %/month is a fee, not interest.")

# ---------------------------------------------------------------------------------------------------------------
add("hy15_rongzi_zulin_chache_jichuang.docx", "docx", [
    ("h", "融资租赁合同（直租）"),
    ("p", "出租人：湖北汉江融资租赁有限公司"),
    ("p", "承租人：十堰市东盛汽车零部件有限公司"),
    ("p", "承租人为东风商用车车桥配套生产需要，选定下列租赁物，由出租人向出卖人购买后出租给承租人使用。"),
    ("t", [
        ["租赁物", "数量", "出卖人", "价款（元）"],
        ["数控卧式加工中心", "2台", "襄阳华中数控机床有限公司", "1,260,000.00"],
        ["3吨内燃平衡重式叉车", "3台", "十堰鄂西叉车销售有限公司", "240,000.00"],
    ]),
    ("t", [
        ["融资金额", "人民币壹佰伍拾万元整（¥1,500,000.00），由出租人直接支付给出卖人"],
        ["租赁期限", "24个月，自2023年4月12日至2025年4月11日"],
        ["租赁年利率", "6.8%"],
        ["租金支付", "按月等额支付，每期租金67,022.95元，共24期"],
        ["逾期租金", "按日万分之五计收逾期利息"],
        ["留购价", "100元"],
    ]),
    ("p", "保证：承租人法定代表人何志远对承租人全部债务承担连带责任保证，保证期间为主债务履行期限届满之日起两年。"),
    ("p", "争议解决：提交襄阳仲裁委员会仲裁。"),
    ("p", "出租人（盖章）：湖北汉江融资租赁有限公司"),
    ("p", "承租人（盖章）：十堰市东盛汽车零部件有限公司"),
    ("p", "保证人（签字）：何志远"),
    ("p", "2023年4月12日"),
], {
    "principal": "1500000", "amount_delivered": "1500000", "annual_rate": 0.068, "overdue_rate": 0.1825,
    "penalty_rate": None, "lender": "湖北汉江融资租赁有限公司", "lender_kind": "licensed_lender",
    "borrower": "十堰市东盛汽车零部件有限公司", "borrower_kind": "enterprise", "contract_date": "2023-04-12",
    "start_date": "2023-04-12", "end_date": "2025-04-11", "repayment_method": "等额本息", "dispute_method": "arbitration",
    "guarantor": "何志远", "guarantee_type": "连带责任保证", "guarantee_period_months": 24,
}, ["cap_not_applicable_licensed_lender"],
    notes="融资租赁 (2023): info only. Rent 67,022.95 = annuity of 1,500,000 at 6.8 %/12 over 24 months. The "
          "financed amount paid to the sellers counts as delivered.")

# ---------------------------------------------------------------------------------------------------------------
add("hy16_huankuan_xieyi_fenqi.txt", "utf8", """还款协议

债权人（甲方）：邓志华
债务人（乙方）：王小兵
保证人（丙方）：王德贵（乙方之父）

乙方于2022年4月1日向甲方借款人民币壹拾贰万元整，约定月息1分，借期一年。借款到期后乙方仅归还本金贰万元，
尚欠本金壹拾万元及利息捌仟元未还。经襄阳市襄城区人民法院诉前调解室主持协商，三方达成如下协议：

一、乙方于2024年10月15日前付清所欠利息捌仟元。
二、剩余本金壹拾万元分三期归还：2024年12月31日前还叁万元，2025年3月31日前还叁万元，2025年6月30日前还肆万元。
三、剩余本金在还清前继续按月息1分计息，随每期本金一并支付。
四、乙方任何一期未按时足额还款的，剩余全部款项视为到期，并自逾期之日起按年利率18%计收逾期利息。
五、丙方对乙方本协议项下全部债务承担连带责任保证，保证期间为最后一期还款期限届满之日起一年。
六、因本协议发生争议，向襄阳市襄城区人民法院起诉。

甲方：邓志华
乙方：王小兵
丙方：王德贵
2024年9月15日
""", {
    "annual_rate": 0.12, "overdue_rate": 0.18, "penalty_rate": None, "lender": "邓志华",
    "lender_kind": "natural_person", "borrower": "王小兵", "borrower_kind": "natural_person",
    "repayment_method": "分期还款", "dispute_method": "court",
    "guarantor": "王德贵", "guarantee_type": "连带责任保证", "guarantee_period_months": 12,
}, ["overdue_charges_above_cap"],
    notes="A 还款协议: dates and principal (120,000 lent, 100,000 left) left out. Its 18 % overdue is above 4 × LPR on "
          "the loan date (3.70 % → 14.8 %) and on the agreement date (3.35 % → 13.4 %). Unpaid interest is paid, not "
          "rolled into principal: no compound finding.")

# ---------------------------------------------------------------------------------------------------------------
add("hy17_yiwudizhai_lvsongshi_chengpin.txt", "utf8", """以物抵债协议

甲方（债权人）：孙丽   身份证号：4203**********1228
乙方（债务人）：何光明 身份证号：4203**********0954

乙方于2021年5月6日向甲方借款人民币壹拾伍万元整，约定年利率12%，2022年5月5日到期。乙方已付利息至2022年5月5日，
此后本息未付。乙方经营的绿松石加工作坊近两年生意冇得起色，现金还不上，经双方协商：

一、截至本协议签订日，乙方尚欠本金壹拾伍万元，利息甲方同意减收为壹万元，合计壹拾陆万元。
二、乙方以自有绿松石成品抵偿上述全部债务：高瓷蓝绿松石手串40条、原矿雕件摆件6件（清单附后，双方确认作价壹拾陆万元）。
三、乙方于2024年12月31日前将上述抵债物交付甲方，交付完毕之日双方债权债务全部结清。
四、乙方未按期交付的，甲方有权按原借款合同主张本息。
五、争议由十堰市茅箭区人民法院管辖。

甲方：孙丽
乙方：何光明
2024年11月20日
""", {
    "principal": "150000", "annual_rate": 0.12, "lender": "孙丽", "lender_kind": "natural_person",
    "borrower": "何光明", "borrower_kind": "natural_person", "dispute_method": "court",
}, [], notes="以物抵债 recital of a 2021 loan at 12 % (cap 15.4 %): no finding. Agreement inside the limitation period. "
             "Dates of the later agreement left out.")

# ---------------------------------------------------------------------------------------------------------------
add("hy18_zhaiwu_querenshu_2018.txt", "gb18030", """债务确认书

债权人：冯建国
债务人：曹兴旺

债务人曹兴旺于2018年6月10日向债权人冯建国借款人民币贰拾万元整，约定月息2分5，借期一年。
借款到期后债务人未能归还。经双方核对，债务人确认：截至2022年3月18日，尚欠冯建国借款本金贰拾万元整，
利息玖万元整，合计贰拾玖万元整。
债务人承诺于2023年12月31日前全部还清。

债务人（签字按手印）：曹兴旺
债权人（签字）：冯建国
2022年3月18日
""", {
    "principal": "200000", "annual_rate": 0.30, "lender": "冯建国", "lender_kind": "natural_person",
    "borrower": "曹兴旺", "borrower_kind": "natural_person",
}, ["pre_lpr_rate_rules"],
    notes="Recited 2018 loan at 月息2分5 = 30 %: before the first LPR, in the 24–36 % band. The confirmation "
          "(2022-03-18, inside the period from 2019-06-09) sets 2023-12-31: runs to 2026-12-31, after as_of. Recital: "
          "no overdue finding; dates left out.")

# ---------------------------------------------------------------------------------------------------------------
add("hy19_minshi_tiaojieshu_fanchengqu.txt", "utf8", """湖北省襄阳市樊城区人民法院
民事调解书

（2025）鄂0606民初1187号

原告：蒋文斌，男，1979年4月出生，汉族，住襄阳市樊城区。
被告：襄阳市聚福餐饮管理有限公司，住所地襄阳市樊城区人民路。
法定代表人：钱大勇，该公司执行董事。
被告：钱大勇，男，1983年11月出生，汉族，住襄阳市樊城区。

原告蒋文斌与被告襄阳市聚福餐饮管理有限公司、钱大勇民间借贷纠纷一案，经本院诉前调解室先行调解，
于2025年3月10日立案，依法适用简易程序。
原告诉称：2023年2月10日，被告襄阳市聚福餐饮管理有限公司向原告借款300000元，约定月息2分，借期一年，
被告钱大勇承担连带保证责任。借款到期后被告仅支付利息至2023年12月，原告多次催要未果。被告钱大勇当庭港：
“店子生意不好搞，冇得钱，不是不还。”

本案审理过程中，经本院主持调解，当事人自愿达成如下协议：
一、被告襄阳市聚福餐饮管理有限公司于2025年12月31日前分期支付原告借款本金300000元及利息30000元，合计330000元
（2025年6月30日前支付100000元，2025年9月30日前支付100000元，2025年12月31日前支付130000元）；
二、被告钱大勇对上述债务承担连带清偿责任；
三、案件受理费减半收取2975元，由被告襄阳市聚福餐饮管理有限公司负担。
上述协议，不违反法律规定，本院予以确认。
本调解书经双方当事人签收后，即具有法律效力。

审判员  胡晓燕
二〇二五年四月二日
书记员  黄  磊
""", {
    "principal": "300000", "lender": "蒋文斌", "lender_kind": "natural_person",
    "borrower": "襄阳市聚福餐饮管理有限公司", "borrower_kind": "enterprise",
}, [], notes="A court's 调解书 fixes the sums; the recited 24 % is settled: no rate finding, rate left out.")

# ---------------------------------------------------------------------------------------------------------------
add("hy20_weixin_liaotian_jiekuan.txt", "utf8", """微信聊天记录（截图文字整理，陈国华整理于2026年12月）

【2024年2月14日 20:13】熊伟：涛哥，搞么事呢？
【2024年2月14日 20:14】汪涛：在屋里看电视，么事？
【2024年2月14日 20:15】熊伟：港个事，我屋里老娘住院，手头紧，想找你借两万块钱周转下，下个月15号发了工资就还你。
【2024年2月14日 20:17】汪涛：冇得问题，兄弟伙的。我马上转给你。
【2024年2月14日 20:19】[转账] 汪涛向熊伟转账 ¥20,000.00，备注：借款
【2024年2月14日 20:21】熊伟：[已收款] 收到了，谢谢涛哥，下个月15号一定还。
【2024年3月18日 09:02】汪涛：伟伢，工资发了冇？
【2024年3月18日 12:40】熊伟：发了，但是医院那边还要交钱，再缓两个月可以不？
【2024年3月18日 12:41】汪涛：好，你莫忘了就行。
【2025年10月1日 19:30】汪涛：兄弟，那两万块钱你港了好几回了，今年年底前还我好不好？
【2025年10月1日 21:05】熊伟：晓得了涛哥，年底我克你屋里当面还。

（备注：双方未提及利息。）
""", {
    "principal": "20000", "amount_delivered": "20000", "overdue_rate": None, "penalty_rate": None,
    "lender": "汪涛", "lender_kind": "natural_person", "borrower": "熊伟", "borrower_kind": "natural_person",
    "contract_date": "2024-02-14", "start_date": "2024-02-14", "end_date": "2024-03-15",
    "dispute_method": None, **NO_GUARANTEE,
}, ["no_interest_agreed", "no_overdue_rate_agreed"],
    notes="Interest never agreed between natural persons: no_interest_agreed (视为没有利息), annual_rate left out "
          "(silence, not an agreed zero). Due 2024-03-15, demand 2025-10-01 acknowledged: not expired anyway.")

# ---------------------------------------------------------------------------------------------------------------
add("hy21_jietiao_2016_shouxie_huankuan.txt", "utf8", """借  条

今借到田玉梅人民币壹拾万元整（100000.00元），月息1分2，每月付息，借期一年，2017年4月7日前归还本金。

借款人：谷成才
身份证号：4206**********7715
2016年4月8日

（以下为借条下方手写还款记录）
2018年5月2日  谷成才还本金贰万元  田玉梅（签字）
2020年12月25日  还款壹万元  田玉梅收
2023年2月3日  还款伍仟元  田玉梅收
""", {
    "principal": "100000", "amount_delivered": "100000", "annual_rate": 0.144, "overdue_rate": None,
    "penalty_rate": None, "lender": "田玉梅", "lender_kind": "natural_person", "borrower": "谷成才",
    "borrower_kind": "natural_person", "contract_date": "2016-04-08", "start_date": "2016-04-08",
    "end_date": "2017-04-07", "repayment_method": "按月付息、到期还本", "dispute_method": None, **NO_GUARANTEE,
}, ["pre_lpr_rate_rules", "no_overdue_rate_agreed", "limitation_period_expired"],
    notes="2016, 14.4 %: pre-LPR notice. Due 2017-04-07; payments 2018-05-02, 2020-12-25, 2023-02-03 each inside "
          "the running period; the last restarts to 2026-02-03, before as_of: expired despite the notes.")

# ---------------------------------------------------------------------------------------------------------------
add("hy22_kantouxi_jietiao.txt", "utf8", """借  条

今借到贺志鹏人民币壹拾万元整（¥100,000.00），月息2分，每月5日付息，借期六个月，
自2023年12月5日至2024年6月4日，到期归还本金。逾期未还的，逾期利息按每日千分之五计收。
出借人于借款当日预先扣除首月利息贰仟元及手续费叁仟元，实际转账玖万伍仟元（¥95,000.00）。

借款人：崔丽娟
身份证号：4206**********3426
出借人：贺志鹏
2023年12月5日

（陈国华调解室笔记：崔丽娟港，借的时候贺志鹏就讲好了要先扣头一个月利息和手续费，不扣就不借，农行转账记录是95000元。）
""", {
    "principal": "100000", "amount_delivered": "95000", "annual_rate": 0.24, "overdue_rate": 1.825,
    "penalty_rate": None, "lender": "贺志鹏", "lender_kind": "natural_person", "borrower": "崔丽娟",
    "borrower_kind": "natural_person", "contract_date": "2023-12-05", "start_date": "2023-12-05",
    "end_date": "2024-06-04", "repayment_method": "按月付息、到期还本", "dispute_method": None, **NO_GUARANTEE,
}, ["rate_above_4x_lpr", "interest_deducted_upfront", "overdue_charges_above_cap"],
    notes="砍头息: 2,000 interest + 3,000 手续费 the lender took: delivered 95,000. 24 % and 182.5 % vs 13.8 %.")

# ---------------------------------------------------------------------------------------------------------------
add("hy23_jiekuan_hetong_fuli_faxi.docx", "docx", [
    ("h", "借款合同"),
    ("p", "甲方（出借人）：襄阳市汉江源商贸有限公司"),
    ("p", "乙方（借款人）：襄阳宏发汽车座椅有限公司"),
    ("p", "丙方（保证人）：王大海"),
    ("t", [
        ["借款金额", "人民币伍拾万元整（¥500,000.00）"],
        ["借款期限", "2021年3月1日至2024年2月28日"],
        ["年利率", "9.6%"],
        ["付息方式", "按季付息，每季末月20日为付息日，到期还本"],
        ["逾期罚息", "在约定利率基础上加收50%"],
        ["复利", "乙方未按期支付的利息，按逾期罚息利率计收复利"],
    ]),
    ("p", "第一条 甲方于2021年3月1日将借款全额汇入乙方账户。"),
    ("p", "第二条 丙方系乙方法定代表人，对乙方全部债务承担连带责任保证，保证期间为主债务履行期限届满之日起两年。"),
    ("p", "第三条 争议解决：由甲方所在地人民法院管辖。"),
    ("p", "甲方（盖章）：襄阳市汉江源商贸有限公司"),
    ("p", "乙方（盖章）：襄阳宏发汽车座椅有限公司"),
    ("p", "丙方（签字）：王大海"),
    ("p", "签订日期：2021年3月1日"),
], {
    "principal": "500000", "amount_delivered": "500000", "annual_rate": 0.096, "overdue_rate": 0.144,
    "penalty_rate": None, "lender": "襄阳市汉江源商贸有限公司", "lender_kind": "enterprise",
    "borrower": "襄阳宏发汽车座椅有限公司", "borrower_kind": "enterprise", "contract_date": "2021-03-01",
    "start_date": "2021-03-01", "end_date": "2024-02-28", "repayment_method": "按季付息、到期还本",
    "dispute_method": "court", "guarantor": "王大海", "guarantee_type": "连带责任保证", "guarantee_period_months": 24,
}, ["compound_interest_restated"],
    notes="Private compound interest on unpaid interest: compound finding. 9.6 % and 14.4 % under 15.4 % (2021-03-01).")

# ---------------------------------------------------------------------------------------------------------------
add("hy24_duizhangdan_peitaochang.docx", "docx", [
    ("h", "借款对账确认函"),
    ("p", "致：襄阳恒泰汽车零部件制造有限公司"),
    ("p", "根据我司（襄阳市隆昌机电设备有限公司）与贵司于2022年10月8日签订的《借款协议》，我司向贵司出借人民币肆拾万元整，"
          "约定月息1.5%，按月付息。现将截至2025年3月31日的往来情况核对如下，请核对后盖章确认："),
    ("t", [
        ["期间", "本金余额（元）", "应付利息（元）", "已付利息（元）", "未付利息（元）"],
        ["2022年10月—2024年9月", "400,000.00", "144,000.00", "144,000.00", "0.00"],
        ["2024年10月", "400,000.00", "6,000.00", "0.00", "6,000.00"],
        ["2024年11月", "400,000.00", "6,000.00", "0.00", "6,000.00"],
        ["2024年12月", "400,000.00", "6,000.00", "0.00", "6,000.00"],
        ["2025年1月", "400,000.00", "6,000.00", "0.00", "6,000.00"],
        ["2025年2月", "400,000.00", "6,000.00", "0.00", "6,000.00"],
        ["2025年3月", "400,000.00", "6,000.00", "0.00", "6,000.00"],
        ["合计", "400,000.00", "180,000.00", "144,000.00", "36,000.00"],
    ]),
    ("p", "截至2025年3月31日，贵司尚欠我司借款本金400,000.00元、利息36,000.00元。"),
    ("p", "出借人：襄阳市隆昌机电设备有限公司（盖章）  2025年3月31日"),
    ("p", "经核对，上述数据无误。"),
    ("p", "借款人：襄阳恒泰汽车零部件制造有限公司（盖章）  2025年4月3日"),
], {
    "principal": "400000", "annual_rate": 0.18, "lender": "襄阳市隆昌机电设备有限公司", "lender_kind": "enterprise",
    "borrower": "襄阳恒泰汽车零部件制造有限公司", "borrower_kind": "enterprise",
}, ["rate_above_4x_lpr"],
    notes="对账确认函 reciting a 2022-10-08 loan at 月息1.5 % = 18 % vs 14.6 % (LPR 3.65 %). Unpaid interest is listed, "
          "not added to principal: no compound finding. Recital: dates, overdue left out.")

# ---------------------------------------------------------------------------------------------------------------
add("hy25_weituo_daikuan_qiche_dianzi.txt", "utf8", """委托贷款借款合同

委托人：襄阳天和置业有限公司
受托人（贷款人）：襄阳汉水村镇银行股份有限公司
借款人：襄阳市华盛汽车电子有限公司

根据委托人与受托人签订的《委托贷款委托合同》，受托人按委托人确定的借款人、金额、期限、利率发放委托贷款，
贷款资金由委托人提供，贷款风险由委托人承担，受托人只收取手续费，不承担贷款风险。

第一条 贷款金额：人民币贰佰万元整（¥2,000,000.00）。
第二条 贷款期限：2023年5月18日至2024年5月17日。
第三条 贷款利率：年利率12%，按季结息，结息日为每季末月的20日，到期一次还本。
第四条 逾期罚息：借款人未按期还款的，对逾期部分在约定利率基础上加收50%计收罚息。
第五条 本贷款为信用贷款，无担保。
第六条 争议解决：向委托人所在地人民法院提起诉讼。

委托人（盖章）：襄阳天和置业有限公司
受托人（盖章）：襄阳汉水村镇银行股份有限公司
借款人（盖章）：襄阳市华盛汽车电子有限公司
2023年5月18日
""", {
    "principal": "2000000", "amount_delivered": "2000000", "annual_rate": 0.12, "overdue_rate": 0.18,
    "penalty_rate": None, "lender": "襄阳天和置业有限公司", "lender_kind": "enterprise",
    "borrower": "襄阳市华盛汽车电子有限公司", "borrower_kind": "enterprise", "contract_date": "2023-05-18",
    "start_date": "2023-05-18", "end_date": "2024-05-17", "repayment_method": "按季付息、到期还本",
    "dispute_method": "court", **NO_GUARANTEE,
}, ["overdue_charges_above_cap"],
    notes="委托贷款: lender = 委托人 (money and risk are its), private lending. 12 % under 14.6 % (2023-05-18); "
          "罚息 18 % above.")

# ---------------------------------------------------------------------------------------------------------------
add("hy26_zhongying_shuangyu_deguo_maijia.txt", "utf8", """借款合同 / LOAN AGREEMENT

出借人 Lender：十堰恒昌贸易有限公司 (Shiyan Hengchang Trading Co., Ltd.)
借款人 Borrower：十堰市东方精密齿轮有限公司 (Shiyan Dongfang Precision Gear Co., Ltd.)
保证人 Guarantor：孟庆林 (Meng Qinglin, legal representative of the Borrower)

鉴于借款人向德国买方Schäfer Fahrzeugteile GmbH（斯图加特）供应变速箱齿轮，货款以欧元（EUR）结算，账期90天，
借款人因备料需要向出借人借入人民币资金，并以上述欧元货款结汇后的人民币资金归还本息。
Whereas the Borrower supplies gearbox gears to the German buyer Schäfer Fahrzeugteile GmbH (Stuttgart), which pays in
euros (EUR) on 90-day terms, the Borrower borrows RMB from the Lender and will repay principal and interest out of the
RMB proceeds of those EUR payments.

第一条 借款金额为人民币捌拾万元整（RMB 800,000.00）。
Article 1 The loan amount is RMB 800,000.00 (eight hundred thousand yuan).
第二条 借款期限自2024年11月5日至2025年11月4日。
Article 2 The term is from 5 November 2024 to 4 November 2025.
第三条 年利率8%，按季付息，到期还本。
Article 3 Interest is 8% per annum, payable quarterly; principal is repaid at maturity.
第四条 借款人逾期还款的，逾期金额按日万分之三计收逾期利息，并按日万分之二支付违约金。
Article 4 Any overdue amount bears overdue interest at 0.03% per day, and the Borrower shall in addition pay liquidated
damages at 0.02% per day on that amount.
第五条 保证人对借款人本合同项下债务承担连带责任保证，保证期间为主债务履行期限届满之日起两年。
Article 5 The Guarantor guarantees the Borrower's obligations hereunder jointly and severally for two years from the
due date of the principal debt.
第六条 争议提交十堰仲裁委员会仲裁。中英文如有不一致，以中文为准。
Article 6 Disputes shall be submitted to the Shiyan Arbitration Commission. The Chinese text prevails.

出借人 Lender：十堰恒昌贸易有限公司（盖章）
借款人 Borrower：十堰市东方精密齿轮有限公司（盖章）
保证人 Guarantor：孟庆林
日期 Date：2024年11月5日 / 5 November 2024
""", {
    "principal": "800000", "amount_delivered": "800000", "annual_rate": 0.08, "overdue_rate": 0.1095,
    "penalty_rate": 0.073, "lender": "十堰恒昌贸易有限公司", "lender_kind": "enterprise",
    "borrower": "十堰市东方精密齿轮有限公司", "borrower_kind": "enterprise", "contract_date": "2024-11-05",
    "start_date": "2024-11-05", "end_date": "2025-11-04", "repayment_method": "按季付息、到期还本",
    "dispute_method": "arbitration", "guarantor": "孟庆林", "guarantee_type": "连带责任保证",
    "guarantee_period_months": 24,
}, ["overdue_charges_above_cap"],
    notes="Bilingual; the loan is in RMB, EUR is the repayment source. 8 % under 12.4 %; overdue 10.95 % alone under, "
          "with 违约金 7.3 % together 18.25 % above 12.4 %.")

# ---------------------------------------------------------------------------------------------------------------
add("hy27_muer_jietiao_danbaoren_weixin_cuishou.txt", "utf8", """借  条

今借到柯长青现金叁万元整（30000元），用于房县黑木耳基地买菌袋、搭架子，月息八厘，借期一年，
2023年4月30日连本带息一起还清。

借款人：唐运来
担保人：鲁正发
2022年5月1日

附：微信催收记录（柯长青手机截图，陈国华打印）
【2025年4月2日 10:05】柯长青：运来，木耳钱到期两年了，你么样港？
【2025年4月2日 18:47】唐运来：柯哥，晓得了，今年木耳价钱冇得去年好，年底卖了货一定还你，利息照算。
""", {
    "principal": "30000", "amount_delivered": "30000", "annual_rate": 0.096, "overdue_rate": None,
    "penalty_rate": None, "lender": "柯长青", "lender_kind": "natural_person", "borrower": "唐运来",
    "borrower_kind": "natural_person", "contract_date": "2022-05-01", "start_date": "2022-05-01",
    "end_date": "2023-04-30", "repayment_method": "到期一次性还本付息", "dispute_method": None,
    "guarantor": "鲁正发", "guarantee_type": "unspecified", "guarantee_period_months": None,
}, ["no_overdue_rate_agreed", "guarantee_type_defaults_to_general", "guarantee_period_defaults_to_6_months"],
    notes="月息八厘 = 9.6 % under 14.8 % (2022-05-01). Bare 担保人 in 2022: both guarantee findings. Due 2023-04-30; "
          "WeChat demand 2025-04-02 acknowledged: runs to 2028-04-02.")

# ---------------------------------------------------------------------------------------------------------------
add("hy28_jiekuan_2014_qipei_jingyingbu.txt", "gb18030", """借款协议

出借人：魏红
借款人：襄阳市樊城区金达汽配经营部（经营者：李金达）
担保人：李金发

借款人因进货向出借人借款人民币伍拾万元整（500000元），借款期限自2014年9月1日至2015年8月31日，
月息3分，每月1日付息，到期还本。借款人逾期还款的，逾期部分按日千分之二计收利息。
担保人李金发对上述借款承担连带责任。
发生纠纷向襄阳市樊城区人民法院起诉。

出借人：魏红
借款人：襄阳市樊城区金达汽配经营部（章）  李金达
担保人：李金发
2014年9月1日
""", {
    "principal": "500000", "amount_delivered": "500000", "annual_rate": 0.36, "overdue_rate": 0.73,
    "penalty_rate": None, "lender": "魏红", "lender_kind": "natural_person",
    "borrower": "襄阳市樊城区金达汽配经营部", "borrower_kind": "enterprise", "contract_date": "2014-09-01",
    "start_date": "2014-09-01", "end_date": "2015-08-31", "repayment_method": "按月付息、到期还本",
    "dispute_method": "court", "guarantor": "李金发", "guarantee_type": "连带责任保证", "guarantee_period_months": None,
}, ["pre_lpr_rate_rules", "limitation_period_expired"],
    notes="2014, 月息3分 = 36 % (at the void line) and 73 % overdue: pre-LPR notice only. Guarantee of 2014 follows "
          "担保法: no guarantee finding. Due 2015-08-31, nothing noted: expired.")

# ---------------------------------------------------------------------------------------------------------------
add("hy29_muer_hezuoshe_yiban_baozheng_12_4.docx", "docx", [
    ("h", "借款合同"),
    ("t", [
        ["出借人", "襄阳金穗农业发展有限公司"],
        ["借款人", "房县山珍木耳专业合作社"],
        ["保证人", "柯大勇（合作社理事长）"],
        ["借款金额", "人民币陆拾万元整（¥600,000.00）"],
        ["借款期限", "2025年3月10日至2026年3月9日"],
        ["年利率", "12.4%"],
        ["还款方式", "按季付息，到期还本"],
        ["逾期利息", "逾期后继续按本合同约定利率计收"],
        ["保证方式", "一般保证"],
    ]),
    ("p", "第一条 出借人于签订当日将借款全额转入借款人账户，用于收购社员黑木耳干品。"),
    ("p", "第二条 保证人提供一般保证，在借款人不能履行债务时承担保证责任。"),
    ("p", "第三条 争议由出借人所在地人民法院管辖。"),
    ("p", "出借人（盖章）：襄阳金穗农业发展有限公司"),
    ("p", "借款人（盖章）：房县山珍木耳专业合作社"),
    ("p", "保证人（签字）：柯大勇"),
    ("p", "2025年3月10日"),
], {
    "principal": "600000", "amount_delivered": "600000", "annual_rate": 0.124, "overdue_rate": 0.124,
    "penalty_rate": None, "lender": "襄阳金穗农业发展有限公司", "lender_kind": "enterprise",
    "borrower": "房县山珍木耳专业合作社", "borrower_kind": "enterprise", "contract_date": "2025-03-10",
    "start_date": "2025-03-10", "end_date": "2026-03-09", "repayment_method": "按季付息、到期还本",
    "dispute_method": "court", "guarantor": "柯大勇", "guarantee_type": "一般保证", "guarantee_period_months": None,
}, ["guarantee_period_defaults_to_6_months"],
    notes="12.4 % = 4 × 3.10 % exactly (2025-03-10), overdue the same: not above. 一般保证 with no period in 2025.")

# ---------------------------------------------------------------------------------------------------------------
add("hy30_minsu_jiekuan_xieyi_2025.txt", "utf8", """借款协议

出借人：钟永福   身份证号：4203**********1150
借款人：罗春燕   身份证号：4203**********2263
保证人：邱志刚   身份证号：4203**********1237（借款人丈夫）

罗春燕在武当山太子坡附近开“云上”民宿，暑假前要翻修露台，向钟永福借款。
一、借款金额捌万元整（80000元），2025年6月5日微信转账交付。
二、借款期限2025年6月5日至2026年6月4日，月息1分，每月5号付利息，到期还本。
三、保证人邱志刚承担连带责任保证，保证期间为借款到期之日起一年。
四、有争议向十堰市武当山特区人民法院起诉。

出借人：钟永福
借款人：罗春燕
保证人：邱志刚
2025年6月5日
""", {
    "principal": "80000", "amount_delivered": "80000", "annual_rate": 0.12, "overdue_rate": None, "penalty_rate": None,
    "lender": "钟永福", "lender_kind": "natural_person", "borrower": "罗春燕", "borrower_kind": "natural_person",
    "contract_date": "2025-06-05", "start_date": "2025-06-05", "end_date": "2026-06-04",
    "repayment_method": "按月付息、到期还本", "dispute_method": "court",
    "guarantor": "邱志刚", "guarantee_type": "连带责任保证", "guarantee_period_months": 12,
}, ["no_overdue_rate_agreed"],
    notes="月息1分 = 12 % = 4 × 3.00 % exactly (LPR from 2025-05-20, inside the table's cover): not above. No overdue "
          "rate.")


# ---------------------------------------------------------------------------------------------------------------
DOCX = cb.DocxMeta(author="陈国华", fixed_time=(2026, 12, 18, 9, 30, 0), font_pt=11, file_mode=0o644)


def build() -> None:
    cb.write_documents(HERE, [(d["file"], d["fmt"], d["body"]) for d in DOCS], DOCX, expected=30)
    cb.write_gold(HERE / "gold.jsonl", [d["gold"] for d in DOCS])
    print(f"wrote {len(DOCS)} documents and gold.jsonl to {HERE}")


if __name__ == "__main__":
    build()
