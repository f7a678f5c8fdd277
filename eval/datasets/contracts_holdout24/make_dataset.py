"""Builder for contracts_holdout24 (held out: never tune on these rows).

Every document text and every gold row below was typed by hand for this set (persona: 巴特尔, loan clerk at a made-up
鄂尔多斯 小额贷款 company with a 呼和浩特 desk, who also files for a 内蒙古 融资担保 company and helps a 旗 人民法院
诉前调解室). Running this script writes the 30 documents (TXT UTF-8, TXT GB18030, DOCX) and gold.jsonl into this
folder, byte-for-byte the same on every run.

    /work/main/.venv/bin/python eval/datasets/contracts_holdout24/make_dataset.py
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from eval.datasets import _contracts_build as cb  # noqa: E402

HERE = Path(__file__).resolve().parent
AS_OF = "2026-12-18"   # the day 巴特尔 went through the pile before the year-end review

DOCS: list[dict] = []


def add(file: str, fmt: str, body, fields: dict, findings: list[str], as_of: str = AS_OF, notes: str | None = None):
    row = {"file": file, "fields": fields, "findings": findings, "as_of": as_of}
    if notes:
        row["notes"] = notes
    DOCS.append({"file": file, "fmt": fmt, "body": body, "gold": row})


NO_GUARANTEE = {"guarantor": None, "guarantee_type": None, "guarantee_period_months": None}

# ---------------------------------------------------------------------------------------------------------------
add("hx01_meitan_yunshu_jiekuan_hetong.docx", "docx", [
    ("h", "借款合同"),
    ("p", "合同编号：HT-MTYS-2023-0315"),
    ("p", "甲乙双方经协商一致，就乙方向甲方借款用于煤矿配套运输车队周转事宜，订立本合同，共同遵守。"),
    ("t", [
        ["条款", "约定内容"],
        ["出借人（甲方）", "鄂尔多斯市恒泰煤炭贸易有限公司"],
        ["借款人（乙方）", "准格尔旗顺达物流运输有限公司"],
        ["借款金额", "人民币壹佰伍拾万元整（¥1,500,000.00）"],
        ["借款用途", "支付黑岱沟矿区至大路工业园区煤炭短倒运输车辆的油料、轮胎及司机工资"],
        ["借款期限", "自2023年3月15日起至2024年3月14日止"],
        ["借款利率", "年利率10%（单利），按日计息，一年按360天计"],
        ["付息方式", "按月付息，每月20日前支付当月利息，到期一次性归还本金"],
        ["逾期利息", "乙方逾期还款的，逾期部分自逾期之日起在本合同约定利率基础上加收50%计收逾期利息"],
        ["担保", "乙方法定代表人王志强对本合同项下全部债务承担连带责任保证，保证期间为主债务履行期限届满之日起三年"],
        ["争议解决", "因本合同发生的争议，由甲方所在地人民法院管辖"],
    ]),
    ("p", "本合同自双方盖章、法定代表人签字之日起生效，一式三份，甲乙双方及保证人各执一份。"),
    ("p", "甲方（盖章）：鄂尔多斯市恒泰煤炭贸易有限公司    法定代表人：刘海军"),
    ("p", "乙方（盖章）：准格尔旗顺达物流运输有限公司    法定代表人：王志强"),
    ("p", "保证人（签字）：王志强    身份证号：1527**********1839"),
    ("p", "签订日期：2023年3月15日    签订地点：鄂尔多斯市东胜区"),
], {
    "principal": "1500000", "amount_delivered": "1500000", "annual_rate": 0.10, "overdue_rate": 0.15,
    "penalty_rate": None, "lender": "鄂尔多斯市恒泰煤炭贸易有限公司", "lender_kind": "enterprise",
    "borrower": "准格尔旗顺达物流运输有限公司", "borrower_kind": "enterprise", "contract_date": "2023-03-15",
    "start_date": "2023-03-15", "end_date": "2024-03-14", "repayment_method": "按月付息、到期还本",
    "dispute_method": "court", "guarantor": "王志强", "guarantee_type": "连带责任保证", "guarantee_period_months": 36,
}, ["overdue_charges_above_cap"],
    notes="10 % + 50 % = 15 % overdue vs 4 × 3.65 % = 14.6 % on 2023-03-15 (just above). 360-day basis does not change "
          "the agreed annual figure.")

add("hx02_meitan_maoyi_yingshou_zhangkuan_zhiya.txt", "utf8", """借款及应收账款质押合同

合同编号：XY-ZY-2024-0805

出借人（甲方）：内蒙古鑫源供应链管理有限公司
统一社会信用代码：91150602MA0******X
借款人（乙方）：鄂尔多斯市东胜区乌兰煤炭经销有限公司
统一社会信用代码：91150602MA0******6

乙方从事电煤贸易，对下游电厂享有应收账款，另持有电厂开具的商业承兑汇票。为解决乙方采购原煤的资金周转，双方约定如下：

第一条 借款金额：人民币捌拾万元整（¥800,000.00）。甲方于本合同签订当日一次性转入乙方账户，不预扣任何利息和费用。
第二条 借款期限：六个月，自2024年8月5日起至2025年2月4日止。
第三条 借款利率：月利率0.9%，按季付息，每季末月20日付息，到期归还本金。
第四条 质押：乙方以其对内蒙古蒙电能源发电有限公司的应收账款（金额人民币壹佰贰拾万元）出质，并在中国人民银行征信中心动产融资统一登记公示系统办理登记；乙方持有的商业承兑汇票（票面金额叁拾万元）背书质押给甲方作为补充。
第五条 逾期：乙方未按期还本的，逾期本金按日万分之三计收逾期利息，直至清偿之日止。
第六条 争议解决：提交鄂尔多斯仲裁委员会仲裁，仲裁裁决是终局的。

甲方（盖章）：内蒙古鑫源供应链管理有限公司
授权代表：赵丽娟
乙方（盖章）：鄂尔多斯市东胜区乌兰煤炭经销有限公司
法定代表人：乌兰
2024年8月5日
""", {
    "principal": "800000", "amount_delivered": "800000", "annual_rate": 0.108, "overdue_rate": 0.1095,
    "penalty_rate": None, "lender": "内蒙古鑫源供应链管理有限公司", "lender_kind": "enterprise",
    "borrower": "鄂尔多斯市东胜区乌兰煤炭经销有限公司", "borrower_kind": "enterprise", "contract_date": "2024-08-05",
    "start_date": "2024-08-05", "end_date": "2025-02-04", "repayment_method": "按季付息、到期还本",
    "dispute_method": "arbitration",
}, [],
    notes="月0.9 % = 10.8 %; overdue 日万分之三 = 10.95 %; both under 4 × 3.35 % = 13.4 %. The only security is the "
          "borrower's own 应收账款 and 商票 pledge: guarantor fields left out.")

add("hx03_yangrong_jiagongchang_shebei_diya.docx", "docx", [
    ("h", "借款合同（设备抵押）"),
    ("p", "编号：RD-JK-2023-07"),
    ("t", [
        ["出借人", "鄂尔多斯市绒都实业有限公司", "住所", "鄂尔多斯市东胜区羊绒产业园"],
        ["借款人", "达拉特旗金羊绒制品厂", "住所", "达拉特旗树林召镇工业街"],
        ["借款本金", "人民币陆拾万元整（600,000元）", "用途", "购进无毛绒原料、支付分梳工人工资"],
        ["借款期限", "2023年7月18日至2024年7月17日", "利率", "年利率8%"],
        ["还款方式", "每月付息一次，到期还本", "逾期利息", "逾期部分按日万分之三点五计收"],
        ["抵押物", "借款人所有的意大利产分梳机4台、梳毛机2台（附清单），已在市场监管部门办理动产抵押登记", "", ""],
        ["保证人", "乌云其木格（厂长）", "保证方式", "连带责任保证，保证期间为主债务履行期限届满之日起两年"],
    ]),
    ("p", "双方因本合同发生争议的，依法向合同签订地人民法院起诉。"),
    ("p", "出借人：鄂尔多斯市绒都实业有限公司（章）"),
    ("p", "借款人：达拉特旗金羊绒制品厂（章）    负责人：巴图"),
    ("p", "保证人：乌云其木格（签字、手印）"),
    ("p", "2023年7月18日"),
], {
    "principal": "600000", "amount_delivered": "600000", "annual_rate": 0.08, "overdue_rate": 0.12775,
    "penalty_rate": None, "lender": "鄂尔多斯市绒都实业有限公司", "lender_kind": "enterprise",
    "borrower": "达拉特旗金羊绒制品厂", "borrower_kind": "enterprise", "contract_date": "2023-07-18",
    "start_date": "2023-07-18", "end_date": "2024-07-17", "repayment_method": "按月付息、到期还本",
    "dispute_method": "court", "guarantor": "乌云其木格", "guarantee_type": "连带责任保证",
    "guarantee_period_months": 24,
}, [],
    notes="8 %; overdue 日万分之三点五 = 12.775 % under 4 × 3.55 % = 14.2 % on 2023-07-18. 乌云其木格 without a dot.")

add("hx04_yangrong_cunhuo_zhiya.txt", "utf8", """借款合同（存货质押）

出借人：额尔敦·巴雅尔，身份证号1506**********0058，住鄂尔多斯市东胜区天骄街道
借款人：东胜区白绒坊羊绒制品有限公司，法定代表人其其格

一、借款金额：人民币叁拾万元整（¥300,000元），出借人于2022年11月8日通过银行转账一次付清。
二、借款期限：自2022年11月8日至2023年5月7日。
三、利息：月息一分二，到期时本金和利息一次付清。
四、质押：借款人将其库存的白山羊无毛绒1.2吨（存放于借款人仓库，钥匙交出借人保管）质押给出借人。
五、逾期：到期不还的，逾期期间按月息二分计付利息。
六、保证：其其格自愿为本借款承担连带保证责任。
七、其他：本合同一式两份，双方各执一份。

出借人：额尔敦·巴雅尔（签字）
借款人：东胜区白绒坊羊绒制品有限公司（盖章）
法定代表人：其其格（签字）
保证人：其其格（签字）
2022年11月8日

——以下为手写——
2024年1月20日收到东胜区白绒坊羊绒制品有限公司还款伍万元（¥50,000），其余的年后再说。
额尔敦·巴雅尔
""", {
    "principal": "300000", "amount_delivered": "300000", "annual_rate": 0.144, "overdue_rate": 0.24,
    "penalty_rate": None, "lender": "额尔敦·巴雅尔", "lender_kind": "natural_person",
    "borrower": "东胜区白绒坊羊绒制品有限公司", "borrower_kind": "enterprise", "contract_date": "2022-11-08",
    "start_date": "2022-11-08", "end_date": "2023-05-07", "repayment_method": "到期一次性还本付息",
    "dispute_method": None, "guarantor": "其其格", "guarantee_type": "连带责任保证", "guarantee_period_months": None,
}, ["overdue_charges_above_cap", "guarantee_period_defaults_to_6_months"],
    notes="月息一分二 = 14.4 % just under 4 × 3.65 % = 14.6 %; overdue 月息二分 = 24 % above. 连带 with no period "
          "(2022). Due 2023-05-07; payment 2024-01-20 restarts the limitation period to 2027-01-20.")

add("hx05_mumin_caochang_chengbao_jingyingquan_diya.txt", "utf8", """借款抵押协议

出借人（甲方）：张宝山，鄂托克旗乌兰镇人，身份证号1527**********3312
借款人（乙方）：巴图孟和，鄂托克旗苏米图苏木牧民，身份证号1527**********0715

乙方因购买冬春饲草料和补栏基础母羊，向甲方借款，双方商定：
1. 借款金额：人民币壹拾贰万元整（120000元）。甲方于2021年5月18日现金交付，乙方当面点清。
2. 借款期限：一年，2021年5月18日至2022年5月17日。
3. 利息：月息一分五，一年利息共计贰万壹仟陆佰元，到期和本金一起还。
4. 抵押：乙方将其承包的嘎查草场1800亩的草原承包经营权（承包证编号：鄂托克旗草原承字第**号）抵押给甲方，草原承包经营权证原件由甲方保管。乙方到期不还款的，甲方可以经营该草场收入抵偿。
5. 本协议一式两份，嘎查长在场见证。

甲方：张宝山（手印）
乙方：巴图孟和（手印）
见证人：朝格图（嘎查长）
二〇二一年五月十八日

（巴特尔附注：2026年12月客户来问“这钱要不回来咋整”，翻遍了也没有还款、催款记录。）
""", {
    "principal": "120000", "amount_delivered": "120000", "annual_rate": 0.18, "overdue_rate": None,
    "penalty_rate": None, "lender": "张宝山", "lender_kind": "natural_person",
    "borrower": "巴图孟和", "borrower_kind": "natural_person", "contract_date": "2021-05-18",
    "start_date": "2021-05-18", "end_date": "2022-05-17", "repayment_method": "到期一次性还本付息",
    "dispute_method": None,
}, ["rate_above_4x_lpr", "no_overdue_rate_agreed", "limitation_period_expired"],
    notes="月息一分五 = 18 % vs 4 × 3.85 % = 15.4 %. Due 2022-05-17, nothing noted: expired 2025-05-17. The only "
          "security is the borrower's own 草原承包经营权: guarantor fields left out; 朝格图 is a witness.")

add("hx06_niuyang_huoti_diya_jietiao_anshouyin.txt", "utf8", """借  条

今借到娜仁（身份证号1529**********2046）人民币陆万元整（¥60000.00），月息1分，今年10月30号连本带利一起还。
我用自家的基础母羊200只、西门塔尔牛15头作抵押，牛羊耳标号另附清单，借钱期间不卖不送人。
到期不还的话，从11月起按月息二分算利息。

借款人：额尔敦（按手印）
身份证号：1529**********1517
住址：阿拉善左旗吉兰泰镇
见证人：乌力吉（按手印）
2025年3月2日
""", {
    "principal": "60000", "amount_delivered": "60000", "annual_rate": 0.12, "overdue_rate": 0.24,
    "penalty_rate": None, "lender": "娜仁", "lender_kind": "natural_person",
    "borrower": "额尔敦", "borrower_kind": "natural_person", "contract_date": "2025-03-02",
    "start_date": "2025-03-02", "end_date": "2025-10-30", "repayment_method": "到期一次性还本付息",
    "dispute_method": None,
}, ["overdue_charges_above_cap"],
    notes="月息1分 = 12 % under 4 × 3.10 % = 12.4 %; overdue 月息二分 = 24 % above. Own 牛羊 活体 抵押 only: guarantor "
          "fields left out; 乌力吉 is a witness. 额尔敦 written without a surname or dot.")

add("hx07_naizhan_nainiu_hezuoshe_jiekuan.docx", "docx", [
    ("h", "借款合同"),
    ("p", "出借人（甲方）：呼和浩特市金乳源乳业有限公司"),
    ("p", "借款人（乙方）：土默特左旗敖包湾奶牛养殖专业合作社"),
    ("p", "保证人（丙方）：苏日娜（乙方理事长）"),
    ("p", "乙方常年向甲方交售生鲜乳，为改造挤奶厅、购置制冷奶罐，向甲方借款。经三方协商，订立本合同。"),
    ("p", "第一条 借款金额为人民币贰拾肆万元整（¥240,000.00），甲方于2024年3月25日转入乙方账户。"),
    ("p", "第二条 借款期限十二个月，自2024年3月25日起至2025年3月24日止。"),
    ("p", "第三条 借款年利率为6%。甲方每月结算奶款时，从乙方应得奶款中扣还本金贰万元及当月利息，十二个月扣清。"),
    ("p", "第四条 乙方奶款不足扣还的，不足部分为逾期款项，按年利率9%计收逾期利息。"),
    ("p", "第五条 丙方为乙方本合同项下债务提供一般保证，保证期间为主债务履行期限届满之日起两年。"),
    ("p", "第六条 本合同履行中发生争议的，任何一方可向甲方所在地人民法院起诉。"),
    ("p", "甲方：呼和浩特市金乳源乳业有限公司（盖章）"),
    ("p", "乙方：土默特左旗敖包湾奶牛养殖专业合作社（盖章）"),
    ("p", "丙方：苏日娜（签字）"),
    ("p", "2024年3月25日"),
], {
    "principal": "240000", "amount_delivered": "240000", "annual_rate": 0.06, "overdue_rate": 0.09,
    "penalty_rate": None, "lender": "呼和浩特市金乳源乳业有限公司", "lender_kind": "enterprise",
    "borrower": "土默特左旗敖包湾奶牛养殖专业合作社", "borrower_kind": "enterprise", "contract_date": "2024-03-25",
    "start_date": "2024-03-25", "end_date": "2025-03-24", "repayment_method": "分期还款",
    "dispute_method": "court", "guarantor": "苏日娜", "guarantee_type": "一般保证", "guarantee_period_months": 24,
}, [],
    notes="6 % / 9 % under 4 × 3.45 % = 13.8 %; 一般保证 with two years stated: no finding. Paragraphs only, no table.")

add("hx08_tudou_zhongzhihu_jietiao_danbaoren.txt", "gb18030", """借条

今借到李二虎人民币伍万元整（50000元），用于买种薯、化肥和租滴灌带，月利一分，秋后土豆卖了连本带利一起还，最迟2021年10月31日还清。

借款人：王福全
身份证：1526**********4418
担保人：刘拴柱
2021年4月6日
四子王旗供济堂镇

备注（李二虎手写）：2023年11月5日王福全还了壹万元，剩下的说明年再还。
""", {
    "principal": "50000", "amount_delivered": "50000", "annual_rate": 0.12, "overdue_rate": None,
    "penalty_rate": None, "lender": "李二虎", "lender_kind": "natural_person",
    "borrower": "王福全", "borrower_kind": "natural_person", "contract_date": "2021-04-06",
    "start_date": "2021-04-06", "end_date": "2021-10-31", "repayment_method": "到期一次性还本付息",
    "dispute_method": None, "guarantor": "刘拴柱", "guarantee_type": "unspecified", "guarantee_period_months": None,
}, ["no_overdue_rate_agreed", "guarantee_type_defaults_to_general", "guarantee_period_defaults_to_6_months",
    "limitation_period_expired"],
    notes="月利一分 = 12 % under 15.4 %. Bare 担保人 in 2021: both guarantee findings. Due 2021-10-31; the payment on "
          "2023-11-05 restarts the period to 2026-11-05, before as_of 2026-12-18: expired.")

add("hx09_yanmai_zhongzhihu_jiekuan_12_4.txt", "utf8", """借款合同

出借人：武川县绿野燕麦食品有限公司
借款人：郝建军（武川县可可以力更镇燕麦种植户，身份证号1501**********2031）

为扶持订单燕麦种植，出借人向借款人出借人民币叁万元整（¥30,000），用于购买燕麦种子和农膜，借款于2025年4月8日付清。
借款期限：2025年4月8日至2025年9月30日。
年利率12.4%，本金和利息于2025年9月30日一次付清；借款人交售燕麦的，出借人可从收购款中直接扣收。
逾期未还的，逾期期间继续按本合同约定的利率计收利息。
发生争议，向武川县人民法院起诉。

出借人：武川县绿野燕麦食品有限公司（盖章）
借款人：郝建军（签字）
2025年4月8日
""", {
    "principal": "30000", "amount_delivered": "30000", "annual_rate": 0.124, "overdue_rate": 0.124,
    "penalty_rate": None, "lender": "武川县绿野燕麦食品有限公司", "lender_kind": "enterprise",
    "borrower": "郝建军", "borrower_kind": "natural_person", "contract_date": "2025-04-08",
    "start_date": "2025-04-08", "end_date": "2025-09-30", "repayment_method": "到期一次性还本付息",
    "dispute_method": "court", **NO_GUARANTEE,
}, [],
    notes="12.4 % = 4 × 3.10 % exactly on 2025-04-08; overdue the same rate: not above.")

add("hx10_laoban_jiexin_huanjiu_gunlixi.txt", "utf8", """借款协议

出借人：高三宝
借款人：赵建平

2022年3月15日赵建平向高三宝借款壹佰万元，月息3分，至今利息未付。双方算账，截至2022年9月15日欠利息壹拾捌万元（6个月，每月3万）。
经双方同意，借新还旧：原借条收回作废，原借款本金壹佰万元和欠的利息壹拾捌万元合在一起，作为本次借款本金，即借款本金人民币壹佰壹拾捌万元整（¥1,180,000）。
借款期限：2022年9月15日至2023年3月14日。
利息：月息3分，到期本息一次付清，利滚利，到期不付的利息并入本金继续计息。
逾期不还，每日按未还本金的千分之二支付逾期利息。

出借人：高三宝
借款人：赵建平
2022年9月15日

——附：微信聊天截图打印（2025年12月3日）——
高三宝：建平，一百一十八万加利息拖了快三年了，球也不给一分，你说咋整？
赵建平：知道了宝哥，这个钱我认，年后想办法先还一部分。
""", {
    "principal": "1180000", "annual_rate": 0.36, "overdue_rate": 0.73,
    "penalty_rate": None, "lender": "高三宝", "lender_kind": "natural_person",
    "borrower": "赵建平", "borrower_kind": "natural_person", "contract_date": "2022-09-15",
    "start_date": "2022-09-15", "end_date": "2023-03-14", "repayment_method": "到期一次性还本付息",
    "dispute_method": None, **NO_GUARANTEE,
}, ["rate_above_4x_lpr", "overdue_charges_above_cap", "compound_interest_restated"],
    notes="月息3分 = 36 % vs 4 × 3.65 % = 14.6 %; 日千分之二 = 73 %. 借新还旧 rolls 180,000 interest into the new "
          "principal: compound_interest_restated. No cash changed hands, so amount_delivered is left out. Due "
          "2023-03-14; the acknowledged WeChat demand of 2025-12-03 restarts the period: not expired.")

add("hx11_qinqi_couqian_jietiao_wu_lixi.txt", "utf8", """借条

今借到姑姑托娅人民币伍万元整（50000元）。这钱是姑姑、大舅、二姨几家凑起来的，由托娅代收代管，一并借给我给家里的羊绒收购点周转。
等今年秋天羊绒卖了就还，亲戚们要急用随时说。

借款人：额尔敦·毕力格
2023年2月10日
""", {
    "principal": "50000", "amount_delivered": "50000", "annual_rate": None, "overdue_rate": None,
    "penalty_rate": None, "lender": "托娅", "lender_kind": "natural_person",
    "borrower": "额尔敦·毕力格", "borrower_kind": "natural_person", "contract_date": "2023-02-10",
    "start_date": "2023-02-10", "dispute_method": None, **NO_GUARANTEE,
}, ["no_interest_agreed", "no_overdue_rate_agreed"],
    notes="集资-style family note, silent on interest between natural persons: no interest (民法典 第680条), "
          "annual_rate null; no overdue rate. '今年秋天…亲戚们要急用随时说' leaves the due date open: end_date and "
          "repayment_method left out; no limitation finding.")

add("hx12_jiazu_qiye_hubao_baozheng_hetong.docx", "docx", [
    ("h", "保证合同"),
    ("p", "编号：JT-BZ-2024-0612"),
    ("p", "债权人：鄂尔多斯市金驼实业集团有限公司"),
    ("p", "保证人：鄂尔多斯市巴音煤炭运销有限公司"),
    ("p", "债务人：伊金霍洛旗巴音物流有限公司"),
    ("p", "鉴于债权人与债务人于2024年6月12日签订《借款合同》（编号JT-JK-2024-0612，以下称主合同），约定债务人向债权人借款人民币叁佰万元整（¥3,000,000），借款期限自2024年6月12日至2025年6月11日，利率、还款方式等以主合同为准。保证人与债务人系同一家族控制的企业，双方另有互保安排。保证人愿意为主合同项下债务提供保证，特订立本合同。"),
    ("p", "第一条 保证范围：主合同项下的借款本金、利息、逾期利息、违约金及实现债权的费用。"),
    ("p", "第二条 保证人对主合同项下债务承担保证责任。"),
    ("p", "第三条 保证期间为主合同债务履行期限届满之日起两年。"),
    ("p", "第四条 本合同发生争议，由债权人所在地人民法院管辖。"),
    ("p", "债权人：鄂尔多斯市金驼实业集团有限公司（盖章）"),
    ("p", "保证人：鄂尔多斯市巴音煤炭运销有限公司（盖章）  法定代表人：巴音（签字）"),
    ("p", "签订日期：2024年6月12日"),
], {
    "principal": "3000000", "lender": "鄂尔多斯市金驼实业集团有限公司", "lender_kind": "enterprise",
    "borrower": "伊金霍洛旗巴音物流有限公司", "borrower_kind": "enterprise", "contract_date": "2024-06-12",
    "start_date": "2024-06-12", "end_date": "2025-06-11", "dispute_method": "court",
    "guarantor": "鄂尔多斯市巴音煤炭运销有限公司", "guarantee_type": "unspecified", "guarantee_period_months": 24,
}, ["guarantee_type_defaults_to_general"],
    notes="家族企业互保 guarantee contract (2024): '承担保证责任' with no type → general; a two-year period is stated. "
          "Rates, overdue terms, repayment and amount_delivered sit in the main contract: left out.")

add("hx13_guoqiao_yinhang_xudai.txt", "utf8", """过桥借款合同

甲方（出借人）：鄂尔多斯市聚金商贸有限公司
乙方（借款人）：杭锦旗草原绿源农牧业开发有限公司
保证人：孟克（乙方法定代表人）

乙方在鄂尔多斯某银行的流动资金贷款人民币贰佰万元将于2025年1月7日到期，银行同意续贷，需乙方先行归还原贷款。为此乙方向甲方借款用于归还上述银行贷款（过桥），双方约定：
一、借款金额：人民币贰佰万元整（¥2,000,000.00），于2025年1月6日转入乙方在该银行的还款账户。
二、借款期限：自2025年1月6日至2025年1月20日，共15天。银行续贷资金发放后，乙方应当日归还甲方本息。
三、借款利息：按日千分之一计算，随本金一次付清。
四、逾期：超过约定期限未还的，自逾期之日起按日千分之二计收逾期利息。
五、保证：孟克对乙方本合同项下全部债务承担连带责任保证，保证期间为借款到期之日起三年。
六、争议：向甲方住所地人民法院起诉。

甲方：鄂尔多斯市聚金商贸有限公司（章）
乙方：杭锦旗草原绿源农牧业开发有限公司（章）
保证人：孟克（签字）
2025年1月6日
""", {
    "principal": "2000000", "amount_delivered": "2000000", "annual_rate": 0.365, "overdue_rate": 0.73,
    "penalty_rate": None, "lender": "鄂尔多斯市聚金商贸有限公司", "lender_kind": "enterprise",
    "borrower": "杭锦旗草原绿源农牧业开发有限公司", "borrower_kind": "enterprise", "contract_date": "2025-01-06",
    "start_date": "2025-01-06", "end_date": "2025-01-20", "repayment_method": "到期一次性还本付息",
    "dispute_method": "court", "guarantor": "孟克", "guarantee_type": "连带责任保证", "guarantee_period_months": 36,
}, ["rate_above_4x_lpr", "overdue_charges_above_cap"],
    notes="过桥 日千分之一 = 36.5 % vs 4 × 3.10 % = 12.4 %; overdue 日千分之二 = 73 %. The lender is a trading "
          "company, not licensed.")

add("hx14_xiaodai_fuwufei_guanlifei_baozhengjin.docx", "docx", [
    ("h", "个人借款合同"),
    ("p", "合同编号：QCHN-2022-0620-031"),
    ("t", [
        ["贷款人", "呼和浩特市青城惠农小额贷款有限公司"],
        ["借款人", "乌兰（身份证号1501**********2228）"],
        ["保证人", "阿拉坦仓（借款人配偶）"],
        ["借款金额", "人民币壹拾万元整（100,000.00元），一次发放至借款人账户"],
        ["借款期限", "24个月，自2022年6月20日至2024年6月19日"],
        ["借款利率", "月利率1.5%（年化利率18%）"],
        ["还款方式", "等额本息，每月20日还款4,992.41元，共24期"],
        ["服务费", "每月按借款金额的0.5%收取，与每期还款一并支付"],
        ["管理费", "借款金额的2%，即2,000元，由借款人在放款前另行交纳，不从借款本金中扣除"],
        ["保证金", "借款金额的5%，即5,000元，由借款人另行交存，借款结清后无息退还，不从借款本金中扣除"],
        ["逾期罚息", "逾期本金按借款利率加收50%计收罚息"],
        ["保证", "保证人承担连带责任保证，保证期间为主债务履行期限届满之日起三年"],
        ["争议解决", "提交呼和浩特仲裁委员会仲裁"],
    ]),
    ("p", "借款人已阅读并理解本合同全部条款，特别是费用条款。"),
    ("p", "贷款人（盖章）：呼和浩特市青城惠农小额贷款有限公司"),
    ("p", "借款人（签字）：乌兰    保证人（签字）：阿拉坦仓"),
    ("p", "签订日期：2022年6月20日"),
], {
    "principal": "100000", "amount_delivered": "100000", "annual_rate": 0.18, "overdue_rate": 0.27,
    "penalty_rate": None, "lender": "呼和浩特市青城惠农小额贷款有限公司", "lender_kind": "licensed_lender",
    "borrower": "乌兰", "borrower_kind": "natural_person", "contract_date": "2022-06-20",
    "start_date": "2022-06-20", "end_date": "2024-06-19", "repayment_method": "等额本息",
    "dispute_method": "arbitration", "guarantor": "阿拉坦仓", "guarantee_type": "连带责任保证",
    "guarantee_period_months": 36,
}, ["cap_not_applicable_licensed_lender"],
    notes="小贷 (2022): info finding only. 服务费 with each instalment; 管理费 and 保证金 paid apart, 'not deducted from "
          "the principal': no interest_deducted_upfront. 罚息 +50 % on 18 % = 27 %.")

add("hx15_yinhang_liudai_lpr_jia95bp.docx", "docx", [
    ("h", "流动资金借款合同"),
    ("p", "合同编号：TLNS-LD-2024-1115-07"),
    ("t", [
        ["贷款人", "鄂尔多斯市塔拉农村商业银行股份有限公司准格尔旗支行"],
        ["借款人", "准格尔旗黑岱沟煤炭运输有限公司"],
        ["借款金额", "人民币伍佰万元整"],
        ["借款用途", "支付运输车辆燃油费及司机劳务费"],
        ["借款期限", "2024年11月15日至2025年11月14日"],
    ]),
    ("p", "第三条 利率"),
    ("t", [
        ["定价基准", "提款日前一工作日全国银行间同业拆借中心公布的一年期贷款市场报价利率（LPR），当前为3.10%"],
        ["加点", "加95个基点（1BP=0.01%）"],
        ["执行利率", "年利率4.05%，借款期内不调整"],
        ["结息", "按月结息，结息日为每月20日，到期一次还本"],
        ["罚息", "逾期贷款在执行利率基础上加收50%计收罚息；对不能按时支付的利息，按罚息利率计收复利"],
    ]),
    ("p", "第九条 担保：本合同项下债务由内蒙古北疆融资担保有限公司提供连带责任保证，保证期间为主债务履行期限届满之日起三年，另行签订保证合同。"),
    ("p", "第十五条 争议解决：由贷款人所在地人民法院管辖。"),
    ("p", "贷款人：鄂尔多斯市塔拉农村商业银行股份有限公司准格尔旗支行（合同专用章）"),
    ("p", "借款人：准格尔旗黑岱沟煤炭运输有限公司（公章）"),
    ("p", "签订日期：2024年11月15日"),
], {
    "principal": "5000000", "amount_delivered": "5000000", "annual_rate": 0.0405, "overdue_rate": 0.06075,
    "penalty_rate": None, "lender": "鄂尔多斯市塔拉农村商业银行股份有限公司准格尔旗支行",
    "lender_kind": "licensed_lender", "borrower": "准格尔旗黑岱沟煤炭运输有限公司", "borrower_kind": "enterprise",
    "contract_date": "2024-11-15", "start_date": "2024-11-15", "end_date": "2025-11-14",
    "repayment_method": "按月付息、到期还本", "dispute_method": "court",
    "guarantor": "内蒙古北疆融资担保有限公司", "guarantee_type": "连带责任保证", "guarantee_period_months": 36,
}, ["cap_not_applicable_licensed_lender"],
    notes="Bank 流贷: LPR 3.10 % + 95 BP = 4.05 %; 罚息 +50 % = 6.075 %. The bank's compound interest on unpaid interest "
          "is licensed business: no compound finding. The 融资担保 company is the guarantor (连带, 3 yrs).")

add("hx16_zhongka_cheliang_diya_2019.txt", "utf8", """借款抵押合同

出借人：刘永胜
借款人：阿古拉，身份证号1527**********5514，跑煤炭运输的重卡司机

借款人因购买轮胎和交车辆保险，向出借人借款人民币捌万元整（¥80,000），出借人于2019年3月8日现金交付。
借款期限半年，至2019年9月7日止，利息按月息二分五计算，到期本息一并归还。
借款人以其名下陕汽德龙重型半挂牵引车一辆（车牌号蒙K·7****，已办理抵押登记）作抵押。

出借人：刘永胜
借款人：阿古拉
2019年3月8日

还款记录（出借人记）：
2021年8月15日 还款贰万元 刘永胜
2024年6月10日 还款壹万元 刘永胜
""", {
    "principal": "80000", "amount_delivered": "80000", "annual_rate": 0.30, "overdue_rate": None,
    "penalty_rate": None, "lender": "刘永胜", "lender_kind": "natural_person",
    "borrower": "阿古拉", "borrower_kind": "natural_person", "contract_date": "2019-03-08",
    "start_date": "2019-03-08", "end_date": "2019-09-07", "repayment_method": "到期一次性还本付息",
    "dispute_method": None,
}, ["pre_lpr_rate_rules", "no_overdue_rate_agreed"],
    notes="2019-03-08 is before the first LPR: 月息二分五 = 30 % in the 24–36 % band. Own 重卡 抵押 only: guarantor "
          "fields left out. Due 2019-09-07; payments 2021-08-15 (inside the period) and 2024-06-10 (inside the restarted "
          "one) run it to 2027-06-10: not expired.")

add("hx17_wajueji_rongzi_zulin.docx", "docx", [
    ("h", "融资租赁合同（直租）"),
    ("p", "合同编号：MT-ZL-2023-1009"),
    ("t", [
        ["出租人", "内蒙古蒙泰融资租赁有限公司"],
        ["承租人", "乌审旗宏达土石方工程有限公司"],
        ["租赁物", "三一SY365H履带式挖掘机两台，由出租人按承租人选定向出卖人购买"],
        ["设备价款", "人民币壹佰伍拾万元，承租人首付30万元"],
        ["融资额（租赁本金）", "人民币壹佰贰拾万元整（1,200,000元），由出租人直接支付给出卖人"],
        ["租赁期限", "36个月，自2023年10月9日起至2026年10月8日止"],
        ["租赁年利率", "7.2%"],
        ["租金支付", "等额租金，每季度支付一次，每期112,082.37元，共12期"],
        ["逾期租金", "按日万分之五计收逾期违约金"],
        ["保证人", "额尔德尼·孟和（承租人股东），连带责任保证，保证期间为最后一期租金履行期限届满之日起两年"],
    ]),
    ("p", "第二十条 本合同争议由出租人住所地人民法院管辖。"),
    ("p", "出租人：内蒙古蒙泰融资租赁有限公司（盖章）"),
    ("p", "承租人：乌审旗宏达土石方工程有限公司（盖章）"),
    ("p", "保证人：额尔德尼·孟和（签字）"),
    ("p", "2023年10月9日"),
], {
    "principal": "1200000", "amount_delivered": "1200000", "annual_rate": 0.072, "overdue_rate": None,
    "penalty_rate": 0.1825, "lender": "内蒙古蒙泰融资租赁有限公司", "lender_kind": "licensed_lender",
    "borrower": "乌审旗宏达土石方工程有限公司", "borrower_kind": "enterprise", "contract_date": "2023-10-09",
    "start_date": "2023-10-09", "end_date": "2026-10-08", "repayment_method": "等额本息",
    "dispute_method": "court", "guarantor": "额尔德尼·孟和", "guarantee_type": "连带责任保证",
    "guarantee_period_months": 24,
}, ["cap_not_applicable_licensed_lender"],
    notes="融资租赁 company (licensed, 2023): info finding only. The 逾期 charge is worded 违约金 日万分之五 = 18.25 % "
          "(penalty_rate), no overdue interest rate. amount_delivered = the financed sum paid to the seller.")

add("hx18_huankuan_xieyi_weiyue_hou.txt", "utf8", """还款协议

甲方（出借人）：张宝林
乙方（借款人）：苏和
丙方（保证人）：苏日图（乙方之兄）

2022年7月1日，乙方向甲方借款人民币贰拾万元整，约定月息1分，借期一年。借款到期后乙方未能按期还清，至今尚欠本金壹拾伍万元，利息壹万肆仟元。经甲乙丙三方协商，达成如下还款协议：
一、乙方分三期还款：2024年5月31日前还伍万肆仟元（含全部欠息）；2024年11月30日前还伍万元；2025年5月31日前还伍万元。
二、乙方任何一期未按时足额还款，甲方有权要求一次性清偿全部剩余款项，未还本金自逾期之日起按月息1.5分计付逾期利息。
三、欠付利息以现金支付，不转为本金。
四、丙方对乙方上述全部债务承担连带责任保证，保证期间为本协议约定的最后一期还款期限届满之日起六个月。
五、因本协议发生争议，向达拉特旗人民法院起诉。

甲方：张宝林
乙方：苏和
丙方：苏日图
2024年2月26日
""", {
    "principal": "200000", "annual_rate": 0.12, "overdue_rate": 0.18, "penalty_rate": None,
    "lender": "张宝林", "lender_kind": "natural_person", "borrower": "苏和", "borrower_kind": "natural_person",
    "repayment_method": "分期还款", "dispute_method": "court",
    "guarantor": "苏日图", "guarantee_type": "连带责任保证", "guarantee_period_months": 6,
}, ["overdue_charges_above_cap"],
    notes="还款协议: recited loan 2022-07-01 at 月息1分 = 12 % (cap 4 × 3.70 % = 14.8 %); its own overdue 月息1.5分 = 18 % "
          "is above that cap and the agreement day's (13.8 %). Dates of a later agreement left out; arrears interest "
          "paid in cash, not rolled in: no compound finding.")

add("hx19_yiwudizhai_fangchan_cheliang.txt", "utf8", """以物抵债协议

甲方（债权人）：李凤英
乙方（债务人）：白音仓

一、债务确认：2021年9月10日，乙方向甲方借款人民币叁拾万元整，约定年利率12%，借期两年。借款到期后乙方未能还款。截至本协议签订之日，乙方尚欠甲方本金叁拾万元及利息贰万元，合计叁拾贰万元。
二、抵债方式：乙方自愿以其名下位于东胜区伊煤路某小区3号楼2单元501室的住房一套（建筑面积89.6平方米）作价贰拾伍万元，以及丰田普拉多越野车一辆（车牌号蒙K·3****）作价柒万元，抵偿上述全部债务。
三、乙方应于本协议签订后三十日内配合甲方办理房屋过户及车辆转移登记；过户完成之日，双方债权债务全部结清。
四、因本协议产生争议，向房屋所在地人民法院起诉。

甲方：李凤英
乙方：白音仓
2024年10月15日
""", {
    "principal": "300000", "annual_rate": 0.12, "lender": "李凤英", "lender_kind": "natural_person",
    "borrower": "白音仓", "borrower_kind": "natural_person", "dispute_method": "court", **NO_GUARANTEE,
}, [],
    notes="以物抵债 (房产 + 车辆) after maturity, recited loan 2021-09-10 at 12 % (under 15.4 %): no finding. Recital: "
          "dates, overdue terms and repayment left out.")

add("hx20_zhaiwu_querenshu_2018_jiekuan.txt", "utf8", """债务确认书

本人敖日格乐于2018年4月20日向高玉兰借款人民币壹拾伍万元整（150000元），约定月息2分，借期一年，于2019年4月19日到期。借款到期后本人未归还本金，利息仅付至2018年10月。
现本人确认：截至2022年3月10日，尚欠高玉兰借款本金壹拾伍万元及相应利息，本人承诺于2022年12月31日前全部还清。

确认人（债务人）：敖日格乐（签字、手印）
债权人：高玉兰（签字）
2022年3月10日
""", {
    "principal": "150000", "annual_rate": 0.24, "lender": "高玉兰", "lender_kind": "natural_person",
    "borrower": "敖日格乐", "borrower_kind": "natural_person", "dispute_method": None, **NO_GUARANTEE,
}, ["pre_lpr_rate_rules", "limitation_period_expired"],
    notes="Recited 2018 loan at 月息2分 = 24 %, before the first LPR: pre_lpr_rate_rules. The confirmation of 2022-03-10 "
          "(inside the period that ran to 2022-04-19) sets a new date 2022-12-31; nothing since, so the period ended "
          "2025-12-31: expired. Recital: dates, overdue terms and repayment left out, no overdue finding.")

add("hx21_minshi_tiaojieshu_yijinhuoluoqi.txt", "utf8", """内蒙古自治区伊金霍洛旗人民法院
民 事 调 解 书
（2025）内0627民初1***号

原告：斯琴，女，1979年5月生，蒙古族，住伊金霍洛旗阿勒腾席热镇。
被告：额尔敦·朝鲁，男，1983年11月生，蒙古族，住伊金霍洛旗乌兰木伦镇。

原告斯琴与被告额尔敦·朝鲁民间借贷纠纷一案，本院于2025年3月3日立案后，先行委派诉前调解，调解未果转入诉讼，依法适用简易程序进行了审理。
原告诉称：2022年5月6日被告向原告借款150000元，约定月息2分，借期一年，到期后被告未还本付息。请求判令被告偿还借款本金150000元及利息。
本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议：
一、被告额尔敦·朝鲁于2025年6月30日前偿还原告斯琴借款本金50000元；于2025年12月31日前偿还借款本金50000元；于2026年6月30日前偿还借款本金50000元及利息20000元；
二、如被告未按上述任何一期足额履行，原告可就全部未付款项申请强制执行；
三、案件受理费减半收取1650元，由被告负担。
上述协议，不违反法律规定，本院予以确认。
本调解书经双方当事人签收后，即具有法律效力。

审判员  乌日娜
二〇二五年四月十六日
书记员  包丽丽
""", {
    "principal": "150000", "lender": "斯琴", "lender_kind": "natural_person",
    "borrower": "额尔敦·朝鲁", "borrower_kind": "natural_person", **NO_GUARANTEE,
}, [],
    notes="民事调解书 after 诉前调解: the recited 月息2分 is settled into fixed sums (rate left out, no rate finding). "
          "Dates, overdue terms, repayment and dispute method left out (a court paper).")

add("hx22_weixin_liaotian_jiekuan_jilu.txt", "utf8", """微信聊天记录（整理打印，孟和提供）

2023年12月5日 10:12
包海军：孟哥，手头有点紧，借我5万周转一下，给你月息2分，2月8号前连本带利还你，不会赖账。
孟和：咱俩还说甚了，你这人不赖，可以了。过年前一定得还啊。
包海军：放心，过年前肯定还，还不上我圪蹴你家门口。
2023年12月5日 10:31
孟和：[转账] ¥50000.00
包海军：[已收款] ¥50000.00
包海军：收到了，谢谢孟哥，本金5万，月息2分，2024年2月8号还。
2024年2月20日 19:05
孟和：过了年了，钱呢？
包海军：再缓缓，开春羊卖了就还。

（孟和：微信号meng****；包海军：微信号bhj****。以上由孟和手机截图打印。）
""", {
    "principal": "50000", "amount_delivered": "50000", "annual_rate": 0.24, "overdue_rate": None,
    "penalty_rate": None, "lender": "孟和", "lender_kind": "natural_person",
    "borrower": "包海军", "borrower_kind": "natural_person", "contract_date": "2023-12-05",
    "start_date": "2023-12-05", "end_date": "2024-02-08", "repayment_method": "到期一次性还本付息",
    "dispute_method": None, **NO_GUARANTEE,
}, ["rate_above_4x_lpr", "no_overdue_rate_agreed"],
    notes="WeChat loan: 月息2分 = 24 % vs 4 × 3.45 % = 13.8 % on 2023-12-05; no overdue rate. Due 2024-02-08 (and a "
          "demand on 2024-02-20): not expired.")

add("hx23_kantouxi_jietiao_meikuang.txt", "gb18030", """借款合同

出借人：杜二小
借款人：王海龙，身份证号1527**********6610，准格尔旗薛家湾镇开煤矿小饭馆

借款金额：人民币壹拾万元整（100000元）。
借款利息：月息3分，每月3000元，每月20日付息，到期还本。
借款期限：2024年5月20日至2024年11月19日。
特别约定：出借人放款时先扣下第一个月利息3000元和介绍费2000元（介绍费由出借人收取），借款人实际收到现金95000元，借款本金仍按10万元计算。
到期不还，每天罚款500元，直到还清为止。

出借人：杜二小
借款人：王海龙
2024年5月20日
""", {
    "principal": "100000", "amount_delivered": "95000", "annual_rate": 0.36, "lender": "杜二小",
    "lender_kind": "natural_person", "borrower": "王海龙", "borrower_kind": "natural_person",
    "contract_date": "2024-05-20", "start_date": "2024-05-20", "end_date": "2024-11-19",
    "repayment_method": "按月付息、到期还本", "dispute_method": None, **NO_GUARANTEE,
}, ["rate_above_4x_lpr", "interest_deducted_upfront", "overdue_charges_above_cap"],
    notes="砍头息: 3,000 interest + 2,000 fee the lender kept, 95,000 delivered. 月息3分 = 36 % vs 4 × 3.45 % = 13.8 % "
          "on 2024-05-20. 500 yuan/day on 100,000 ≈ 182.5 %/yr: overdue finding; overdue/penalty rate fields left out "
          "(a sum a day).")

add("hx24_weituo_daikuan_jiudian.docx", "docx", [
    ("h", "委托贷款借款合同"),
    ("p", "委托人：鄂尔多斯市金山投资控股有限公司"),
    ("p", "受托人（贷款人）：鄂尔多斯市塔拉农村商业银行股份有限公司东胜支行"),
    ("p", "借款人：东胜区草原明珠酒店管理有限公司"),
    ("p", "保证人：斯日古楞"),
    ("p", "根据委托人的委托，受托人以委托人提供的资金向借款人发放委托贷款。受托人只收取手续费，不承担贷款风险。"),
    ("p", "第一条 委托贷款金额：人民币壹仟万元整（¥10,000,000.00）。"),
    ("p", "第二条 贷款期限：自2023年5月22日起至2025年5月21日止。"),
    ("p", "第三条 贷款利率：年利率8%，按季结息，结息日为每季末月的20日，到期一次还本。"),
    ("p", "第四条 借款人逾期还款的，逾期部分按本合同利率上浮50%计收罚息。"),
    ("p", "第五条 保证人斯日古楞为本合同项下债务提供连带责任保证，保证期间为主债务履行期限届满之日起三年。"),
    ("p", "第六条 本合同争议由受托人所在地人民法院管辖。"),
    ("p", "委托人（盖章）：鄂尔多斯市金山投资控股有限公司"),
    ("p", "受托人（盖章）：鄂尔多斯市塔拉农村商业银行股份有限公司东胜支行"),
    ("p", "借款人（盖章）：东胜区草原明珠酒店管理有限公司"),
    ("p", "保证人（签字）：斯日古楞"),
    ("p", "2023年5月22日"),
], {
    "principal": "10000000", "amount_delivered": "10000000", "annual_rate": 0.08, "overdue_rate": 0.12,
    "penalty_rate": None, "lender": "鄂尔多斯市金山投资控股有限公司", "lender_kind": "enterprise",
    "borrower": "东胜区草原明珠酒店管理有限公司", "borrower_kind": "enterprise", "contract_date": "2023-05-22",
    "start_date": "2023-05-22", "end_date": "2025-05-21", "repayment_method": "按季付息、到期还本",
    "dispute_method": "court", "guarantor": "斯日古楞", "guarantee_type": "连带责任保证",
    "guarantee_period_months": 36,
}, [],
    notes="委托贷款: the money and risk are the 委托人's, so lender = 委托人 (enterprise, private lending). 8 % / 12 % "
          "under 4 × 3.65 % = 14.6 % on 2023-05-22: no finding, no licensed info finding.")

add("hx25_duizhangdan_lixi_zhuanben.docx", "docx", [
    ("h", "借款对账单"),
    ("p", "出借人：韩占奎    借款人：巴音"),
    ("p", "借款本金：人民币贰拾万元整，2021年6月1日出借，约定月息1.5分，每半年结算一次，未付利息转入本金，按新本金继续计息。"),
    ("t", [
        ["结算日", "期初本金（元）", "本期利息（元）", "已付（元）", "转入本金后余额（元）"],
        ["2021年12月1日", "200,000.00", "18,000.00", "0", "218,000.00"],
        ["2022年6月1日", "218,000.00", "19,620.00", "0", "237,620.00"],
        ["2022年12月1日", "237,620.00", "21,385.80", "0", "259,005.80"],
        ["2023年6月1日", "259,005.80", "23,310.52", "0", "282,316.32"],
        ["2023年12月1日", "282,316.32", "25,408.47", "0", "307,724.79"],
        ["2024年6月1日", "307,724.79", "27,695.23", "0", "335,420.02"],
        ["2024年12月1日", "335,420.02", "30,187.80", "0", "365,607.82"],
    ]),
    ("p", "截至2024年12月1日，借款人巴音共欠出借人韩占奎本息合计人民币叁拾陆万伍仟陆佰零柒元捌角贰分。"),
    ("p", "借款人确认以上账目无误。"),
    ("p", "出借人：韩占奎    借款人：巴音（签字、手印）"),
    ("p", "2025年1月8日"),
], {
    "principal": "200000", "annual_rate": 0.18, "lender": "韩占奎", "lender_kind": "natural_person",
    "borrower": "巴音", "borrower_kind": "natural_person", "dispute_method": None, **NO_GUARANTEE,
}, ["rate_above_4x_lpr", "compound_interest_restated"],
    notes="对账单 of a 2021-06-01 loan at 月息1.5分 = 18 % vs 4 × 3.85 % = 15.4 %: rate finding; unpaid interest "
          "rolled into principal every half-year: compound finding. Recital: dates, overdue terms and repayment left "
          "out. Signed by the borrower 2025-01-08. Table rows computed once with plain python.")

add("hx26_bianmao_menggu_meiyuan_zhongying.txt", "utf8", """借款合同 / LOAN AGREEMENT

出借人（甲方）Lender：二连浩特市蒙通边贸有限公司 Erenhot Mengtong Border Trade Co., Ltd.
借款人（乙方）Borrower：二连浩特市草原之路进出口有限公司 Erenhot Grassland Road Import & Export Co., Ltd.
保证人 Guarantor：巴雅尔图（乙方法定代表人）

鉴于乙方向蒙古国乌兰巴托市额尔德尼贸易有限责任公司（Erdene Trade LLC）出口建材，货款以美元结算，乙方为备货向甲方借款。
1. 借款金额：人民币伍拾万元整（¥500,000.00），于2024年9月3日一次转入乙方账户。
2. 借款期限：2024年9月3日至2025年3月2日。
3. 利息与还款 Interest and Repayment：
   借款年利率为9%，到期一次还本付息。乙方收到蒙古国买方以美元支付的货款后，按收款当日中国银行公布的美元现汇买入价折算成人民币偿还，汇率损失由乙方承担。
   The loan bears interest at 9% per annum; principal and interest are repayable in one lump sum at maturity. Where the Borrower receives payment in US dollars from the Mongolian buyer, it shall repay in RMB converted at the Bank of China spot buying rate for USD on the day of receipt, and shall bear any exchange loss.
4. 逾期 Late payment：逾期未还的，按未还金额每日万分之四计收逾期利息。Overdue amounts bear late interest at 0.04% per day.
5. 保证：巴雅尔图对乙方全部债务承担连带责任保证，保证期间为主债务履行期限届满之日起一年。
6. 争议解决 Disputes：提交呼和浩特仲裁委员会仲裁。Any dispute shall be submitted to the Hohhot Arbitration Commission.
7. 本合同以中文、英文书就，两种文本不一致的，以中文为准。

甲方：二连浩特市蒙通边贸有限公司（章）
乙方：二连浩特市草原之路进出口有限公司（章）
保证人：巴雅尔图（签字）
2024年9月3日
""", {
    "principal": "500000", "amount_delivered": "500000", "annual_rate": 0.09, "overdue_rate": 0.146,
    "penalty_rate": None, "lender": "二连浩特市蒙通边贸有限公司", "lender_kind": "enterprise",
    "borrower": "二连浩特市草原之路进出口有限公司", "borrower_kind": "enterprise", "contract_date": "2024-09-03",
    "start_date": "2024-09-03", "end_date": "2025-03-02", "repayment_method": "到期一次性还本付息",
    "dispute_method": "arbitration", "guarantor": "巴雅尔图", "guarantee_type": "连带责任保证",
    "guarantee_period_months": 12,
}, ["overdue_charges_above_cap"],
    notes="Bilingual clauses agree (9 %, 0.04 %/day, Hohhot arbitration). RMB loan; US$ only as the buyer's payment. "
          "Overdue 日万分之四 = 14.6 % vs 4 × 3.35 % = 13.4 % on 2024-09-03.")

add("hx27_jietiao_2016_laoban_yuexi4fen.txt", "gb18030", """借条

今借到王拴牢现金人民币贰拾万元整（200000元），月息四分，借半年，2017年1月31日前连本带利一并还清。

借款人：刘满仓
身份证号：1526**********0953
2016年8月1日
""", {
    "principal": "200000", "amount_delivered": "200000", "annual_rate": 0.48, "overdue_rate": None,
    "penalty_rate": None, "lender": "王拴牢", "lender_kind": "natural_person",
    "borrower": "刘满仓", "borrower_kind": "natural_person", "contract_date": "2016-08-01",
    "start_date": "2016-08-01", "end_date": "2017-01-31", "repayment_method": "到期一次性还本付息",
    "dispute_method": None, **NO_GUARANTEE,
}, ["pre_lpr_rate_rules", "no_overdue_rate_agreed", "limitation_period_expired"],
    notes="2016 老板 note at 月息四分 = 48 %, above the 36 % void line: pre_lpr_rate_rules. No overdue rate. Due "
          "2017-01-31, nothing noted: expired.")

add("hx28_jiekuan_2014_meikuang_lizunli.txt", "utf8", """借款协议

出借人：高富贵
借款人：杨二虎（东胜区某煤矿承包人）

借款人因煤矿技改资金不足，向出借人借款人民币伍拾万元整（¥500,000），出借人于2014年11月3日转账付清。
借款期限一年，自2014年11月3日至2015年11月2日。
利息按月息2分计算，到期本息一次付清；到期未付的利息，自动转为本金，按月息2分继续计息（利滚利）。
逾期还款的，逾期期间按月息3分计息。

出借人：高富贵
借款人：杨二虎
见证人：白玉柱
二〇一四年十一月三日
""", {
    "principal": "500000", "amount_delivered": "500000", "annual_rate": 0.24, "overdue_rate": 0.36,
    "penalty_rate": None, "lender": "高富贵", "lender_kind": "natural_person",
    "borrower": "杨二虎", "borrower_kind": "natural_person", "contract_date": "2014-11-03",
    "start_date": "2014-11-03", "end_date": "2015-11-02", "repayment_method": "到期一次性还本付息",
    "dispute_method": None, **NO_GUARANTEE,
}, ["pre_lpr_rate_rules", "compound_interest_restated", "limitation_period_expired"],
    notes="2014 loan at 24 % (the old supported line); unpaid interest rolled into principal: compound finding. Pre-LPR "
          "overdue 36 % gets no LPR-based overdue finding. Due 2015-11-02, nothing noted: expired. 白玉柱 is a witness.")

add("hx29_jiekuan_hetong_baozheng_zhi_huanqing.txt", "utf8", """借款合同

出借人（甲方）：鄂尔多斯市宏泰实业有限公司
借款人（乙方）：张瑞，身份证号1506**********2117
保证人（丙方）：呼格吉勒图

第一条 乙方向甲方借款人民币捌万元整（¥80,000.00），用于购买燕麦收割机配件，甲方于2025年6月10日转账交付。
第二条 借款期限自2025年6月10日至2026年6月9日。
第三条 年利率10%，每月10日付息，到期还本。
第四条 乙方逾期还款的，逾期部分按年利率15%计收逾期利息。
第五条 丙方对乙方全部债务承担连带责任保证，保证期间至乙方借款本息全部还清之日止。
第六条 争议由甲方所在地人民法院管辖。

甲方：鄂尔多斯市宏泰实业有限公司（盖章）
乙方：张瑞
丙方：呼格吉勒图
2025年6月10日
""", {
    "principal": "80000", "amount_delivered": "80000", "annual_rate": 0.10, "overdue_rate": 0.15,
    "penalty_rate": None, "lender": "鄂尔多斯市宏泰实业有限公司", "lender_kind": "enterprise",
    "borrower": "张瑞", "borrower_kind": "natural_person", "contract_date": "2025-06-10",
    "start_date": "2025-06-10", "end_date": "2026-06-09", "repayment_method": "按月付息、到期还本",
    "dispute_method": "court", "guarantor": "呼格吉勒图", "guarantee_type": "连带责任保证",
    "guarantee_period_months": None,
}, ["overdue_charges_above_cap", "guarantee_period_defaults_to_6_months"],
    notes="2025-06-10 (LPR 3.00 %, inside the table's cover): 10 % under 12 %, overdue 15 % above. Period 'until "
          "repaid' (担保制度解释 第32条): six months.")

add("hx30_nainiu_hezuoshe_jiekuan_2020_danbaoren.txt", "utf8", """借款合同

出借人：呼和浩特市塞上牧业有限公司
借款人：和林格尔县盛乐奶牛养殖专业合作社
担保人：其其格·那顺（合作社理事长）

借款人为购买荷斯坦青年母牛30头，向出借人借款人民币肆拾万元整（400000元），出借人于2020年12月8日转账交付。
借款期限一年，自2020年12月8日起至2021年12月7日止。
利息按月息一分二计算，到期与本金一次付清。
借款人逾期还款的，按每日万分之五计收逾期利息。
担保人自愿提供担保。

出借人：呼和浩特市塞上牧业有限公司（章）
借款人：和林格尔县盛乐奶牛养殖专业合作社（章）
担保人：其其格·那顺
2020年12月8日

附：2024年11月20日出借人以EMS寄送《催款通知书》，借款人于2024年11月22日签收（签收人：其其格·那顺）。
""", {
    "principal": "400000", "amount_delivered": "400000", "annual_rate": 0.144, "overdue_rate": 0.1825,
    "penalty_rate": None, "lender": "呼和浩特市塞上牧业有限公司", "lender_kind": "enterprise",
    "borrower": "和林格尔县盛乐奶牛养殖专业合作社", "borrower_kind": "enterprise", "contract_date": "2020-12-08",
    "start_date": "2020-12-08", "end_date": "2021-12-07", "repayment_method": "到期一次性还本付息",
    "dispute_method": None, "guarantor": "其其格·那顺", "guarantee_type": "unspecified",
    "guarantee_period_months": None,
}, ["overdue_charges_above_cap"],
    notes="2020-12-08: 月息一分二 = 14.4 % under 4 × 3.85 % = 15.4 %; overdue 日万分之五 = 18.25 % above. Bare 担保人 "
          "before 2021-01-01: 担保法 applies, no guarantee finding. Due 2021-12-07; the signed demand of 2024-11-22 "
          "(inside the period) restarts it: not expired.")

# ---------------------------------------------------------------------------------------------------------------
DOCX = cb.DocxMeta(author="巴特尔", fixed_time=(2026, 12, 18, 8, 30, 0), font_pt=10.5, file_mode=0o644)


def build() -> None:
    cb.write_documents(HERE, [(d["file"], d["fmt"], d["body"]) for d in DOCS], DOCX, expected=30)
    cb.write_gold(HERE / "gold.jsonl", [d["gold"] for d in DOCS])
    print(f"wrote {len(DOCS)} documents and gold.jsonl to {HERE}")


if __name__ == "__main__":
    build()
