"""Builder for contracts_holdout27 (held out: never tune on these rows).

Every document text and every gold row below was typed by hand for this set (persona: 方建萍, loan clerk at a made-up
金华/义乌 小额贷款 company with a 绍兴 柯桥 desk, who also files for a 浙江 融资担保 company and helps a 区 人民法院 诉前
调解 room). Running this script writes the 30 documents (TXT UTF-8, TXT GB18030, DOCX) and gold.jsonl into this
folder, byte-for-byte the same on every run.

    /work/main/.venv/bin/python eval/datasets/contracts_holdout27/make_dataset.py
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from eval.datasets import _contracts_build as cb  # noqa: E402

HERE = Path(__file__).resolve().parent
AS_OF = "2026-12-18"   # the day 方建萍 went through the pile before the 诉前调解 session

DOCS: list[dict] = []


def add(file: str, fmt: str, body, fields: dict, findings: list[str], as_of: str = AS_OF, notes: str | None = None,
        expect_warning: str | None = None):
    row = {"file": file, "fields": fields, "findings": findings, "as_of": as_of}
    if expect_warning:
        row["expect_warning"] = expect_warning
    if notes:
        row["notes"] = notes
    DOCS.append({"file": file, "fmt": fmt, "body": body, "gold": row})


NO_GUARANTEE = {"guarantor": None, "guarantee_type": None, "guarantee_period_months": None}

# ---------------------------------------------------------------------------------------------------------------
add("zj01_jietiao_shangwei_yuexi1fen5.txt", "utf8", """借  条

今借到骆国富（身份证号：3307**********1536）人民币贰拾万元整（¥200,000.00），用于义乌国际商贸城二区H2门28街商位的进货周转。
双方讲好利息按月息1分5计算，每月利息叁仟元，本金和利息到期一次还清，借款日期2023年3月15日，还款日期2024年3月14日。
阿拉晓得这笔铜钿是老骆帮忙的，到期一定还清，不拖。

借款人：楼秀珍
身份证号：3307**********2048
电话：135****7719
2023年3月15日
""", {
    "principal": "200000", "amount_delivered": "200000", "annual_rate": "0.18", "overdue_rate": None,
    "penalty_rate": None, "lender": "骆国富", "lender_kind": "natural_person", "borrower": "楼秀珍",
    "borrower_kind": "natural_person", "contract_date": "2023-03-15", "start_date": "2023-03-15",
    "end_date": "2024-03-14", "repayment_method": "到期一次性还本付息", "dispute_method": None, **NO_GUARANTEE,
}, ["rate_above_4x_lpr", "no_overdue_rate_agreed"],
    notes="月息1分5 = 18 % vs 4 × 3.65 % = 14.6 % on 2023-03-15; nothing said about overdue.")

# ---------------------------------------------------------------------------------------------------------------
add("zj02_shangwei_shiyongquan_zhiya_jiekuan.docx", "docx", [
    ("h", "商位使用权质押借款合同"),
    ("p", "合同编号：YWSW-2024-0410"),
    ("p", "出借人（甲方）：义乌市福源商位投资有限公司，统一社会信用代码：91330782MA2****4X1"),
    ("p", "借款人（乙方）：陈海燕，身份证号：3307**********3320，义乌国际商贸城四区经营户"),
    ("p", "乙方因商位经营需要向甲方借款，乙方以其名下商位使用权提供质押，双方协商一致订立本合同。"),
    ("t", [
        ["项目", "约定内容"],
        ["借款金额", "人民币叁拾伍万元整（¥350,000.00）"],
        ["借款期限", "2024年4月10日至2025年4月9日"],
        ["借款利率", "年利率10%"],
        ["付息方式", "按月付息，每月10日前支付当月利息，到期归还本金"],
        ["逾期利率", "逾期未还的，自逾期之日起按未还本金每日万分之五计收逾期利息"],
        ["质押物", "义乌国际商贸城四区二楼F4-21号商位使用权（使用期限至2028年12月31日）"],
    ]),
    ("p", "第一条 甲方于合同签订当日将借款全额转入乙方账户，不预先扣除任何利息或费用。"),
    ("p", "第二条 质押期间乙方不得转让、转租该商位；乙方到期不还的，甲方有权依法就商位使用权转让价款优先受偿。"),
    ("p", "第三条 因本合同发生的争议，向义乌市人民法院起诉。"),
    ("p", "甲方（盖章）：义乌市福源商位投资有限公司    乙方（签字）：陈海燕"),
    ("p", "签订日期：2024年4月10日"),
], {
    "principal": "350000", "amount_delivered": "350000", "annual_rate": "0.10", "overdue_rate": "0.1825",
    "penalty_rate": None, "lender": "义乌市福源商位投资有限公司", "lender_kind": "enterprise", "borrower": "陈海燕",
    "borrower_kind": "natural_person", "contract_date": "2024-04-10", "start_date": "2024-04-10",
    "end_date": "2025-04-09", "repayment_method": "按月付息、到期还本", "dispute_method": "court",
}, ["overdue_charges_above_cap"],
    notes="日万分之五 = 18.25 % vs 4 × 3.45 % = 13.8 %; 商位使用权 is the borrower's own 质押: guarantor fields left out.")

# ---------------------------------------------------------------------------------------------------------------
add("zj03_waimao_dibai_meiyuan_shuangyu.txt", "utf8", """借款合同 LOAN AGREEMENT

出借人 Lender：王立群（身份证号：3307**********0918）
借款人 Borrower：义乌市鼎丰进出口有限公司（统一社会信用代码：91330782MA2****7K3）
保证人 Guarantor：张国栋（借款人股东，身份证号：3307**********1234）

一、借款金额：人民币伍拾万元整（¥500,000.00），用于向迪拜客户 Rashid Bin Saeed General Trading L.L.C. 出口小商品的备货。
二、借款期限：自2024年9月2日起至2025年3月1日止。
三、利率：年利率8%，利息与本金在到期日一次付清。
四、逾期：借款人逾期还款的，按逾期金额每日万分之五支付逾期利息。
五、还款来源 Source of repayment（中英文具有同等效力 Both languages are equally authentic）：
借款人以上述迪拜客户的美元货款（信用证项下结汇款）归还本合同借款，汇率按还款日中国银行义乌分行现汇买入价折算，汇兑损失由借款人承担。
The Borrower shall repay the principal of RMB 500,000 together with interest at 8% per annum on 1 March 2025 out of the US dollar
proceeds received from Rashid Bin Saeed General Trading L.L.C. (Dubai) under the letter of credit. Any exchange loss is borne by the
Borrower. Overdue amounts bear interest at 0.05% per day.
六、保证：保证人对借款人在本合同项下的全部债务承担连带责任保证，保证期间为主债务履行期限届满之日起三年。
七、争议解决：因本合同引起的争议，提交金华仲裁委员会仲裁。Disputes shall be submitted to Jinhua Arbitration Commission.

出借人：王立群
借款人：义乌市鼎丰进出口有限公司（盖章）  法定代表人：张国栋
保证人：张国栋
2024年9月2日
""", {
    "principal": "500000", "amount_delivered": "500000", "annual_rate": "0.08", "overdue_rate": "0.1825",
    "penalty_rate": None, "lender": "王立群", "lender_kind": "natural_person", "borrower": "义乌市鼎丰进出口有限公司",
    "borrower_kind": "enterprise", "contract_date": "2024-09-02", "start_date": "2024-09-02",
    "end_date": "2025-03-01", "repayment_method": "到期一次性还本付息", "dispute_method": "arbitration",
    "guarantor": "张国栋", "guarantee_type": "连带责任保证", "guarantee_period_months": 36,
}, ["overdue_charges_above_cap"],
    notes="Chinese and English agree (8 %, 0.05 %/day); the loan is in RMB, USD is the repayment source only. "
          "18.25 % vs 4 × 3.35 % = 13.4 % on 2024-09-02.")

# ---------------------------------------------------------------------------------------------------------------
add("zj04_chukou_tuishui_zhiya_jiekuan.docx", "docx", [
    ("h", "借款合同（出口退税账户质押）"),
    ("p", "出借人：金华市汇商供应链管理有限公司"),
    ("p", "借款人：义乌市远航进出口有限公司"),
    ("p", "保证人：李建明（借款人法定代表人）"),
    ("t", [
        ["借款本金", "人民币壹佰贰拾万元整"],
        ["借款用途", "出口订单备货及支付工厂货款"],
        ["借款期间", "2022年5月18日—2024年5月17日"],
        ["利率", "月利率0.9%"],
        ["结息", "按季结息，每季末月20日付息，到期还本"],
        ["逾期利息", "在本合同约定利率基础上加收50%"],
        ["质押", "借款人出口退税专用账户内应退税款质押给出借人"],
    ]),
    ("p", "保证条款：保证人李建明自愿对借款人的全部债务承担连带责任保证，保证期间为主债务履行期限届满之日起两年。"),
    ("p", "争议解决：协商不成的，任何一方可向出借人所在地人民法院起诉。"),
    ("p", "出借人（盖章）  借款人（盖章）  保证人（签字）：李建明"),
    ("p", "2022年5月18日"),
], {
    "principal": "1200000", "amount_delivered": "1200000", "annual_rate": "0.108", "overdue_rate": "0.162",
    "penalty_rate": None, "lender": "金华市汇商供应链管理有限公司", "lender_kind": "enterprise",
    "borrower": "义乌市远航进出口有限公司", "borrower_kind": "enterprise", "contract_date": "2022-05-18",
    "start_date": "2022-05-18", "end_date": "2024-05-17", "repayment_method": "按季付息、到期还本",
    "dispute_method": "court", "guarantor": "李建明", "guarantee_type": "连带责任保证", "guarantee_period_months": 24,
}, ["overdue_charges_above_cap"],
    notes="月0.9 % = 10.8 %; +50 % = 16.2 % vs 4 × 3.70 % = 14.8 % on 2022-05-18.")

# ---------------------------------------------------------------------------------------------------------------
add("zj05_keqiao_yinran_shebei_diya.txt", "utf8", """借款及设备抵押合同

出借人（甲方）：沈国良，身份证号：3306**********5511，住绍兴市柯桥区柯岩街道
借款人（乙方）：绍兴市柯桥区华美印染有限公司，法定代表人：周丽芳
保证人（丙方）：周丽芳，身份证号：3306**********0626

第一条 借款金额：人民币壹佰万元整（¥1,000,000.00），用于乙方定型机技术改造。
第二条 借款期限：三年，自2021年6月8日起至2024年6月7日止。
第三条 利率：年利率12%，每月20日付息，到期归还本金。
第四条 逾期：乙方逾期还款的，按未还本金日万分之四计收逾期利息。
第五条 抵押：乙方以其所有的定型机两台、高温高压溢流染色机六台设抵押，双方已于2021年6月9日在动产融资统一登记公示系统办理抵押登记。
乙方名下排污权指标不在本次抵押范围内。
第六条 保证：丙方对乙方本合同项下全部债务承担连带责任保证，保证期间为借款到期之日起三年。
第七条 争议：向绍兴市柯桥区人民法院起诉。

甲方：沈国良
乙方：绍兴市柯桥区华美印染有限公司（盖章）
丙方：周丽芳
签订日期：2021年6月8日
""", {
    "principal": "1000000", "amount_delivered": "1000000", "annual_rate": "0.12", "overdue_rate": "0.146",
    "penalty_rate": None, "lender": "沈国良", "lender_kind": "natural_person",
    "borrower": "绍兴市柯桥区华美印染有限公司", "borrower_kind": "enterprise", "contract_date": "2021-06-08",
    "start_date": "2021-06-08", "end_date": "2024-06-07", "repayment_method": "按月付息、到期还本",
    "dispute_method": "court", "guarantor": "周丽芳", "guarantee_type": "连带责任保证", "guarantee_period_months": 36,
}, [],
    notes="12 % and 日万分之四 = 14.6 % both under 4 × 3.85 % = 15.4 % on 2021-06-08; due 2024-06-07, limitation open.")

# ---------------------------------------------------------------------------------------------------------------
add("zj06_guoqiao_xudai_paiwuquan.txt", "utf8", """过桥借款协议

甲方（出借人）：绍兴柯桥金鑫投资咨询有限公司
乙方（借款人）：绍兴市柯桥区锦纶织造有限公司
丙方（保证人）：徐建新（乙方实际控制人）

乙方在绍兴市柯桥区鉴湖农村商业银行的流动资金贷款将于2023年11月8日到期，为办理续贷，向甲方借用过桥资金。
一、借款金额：人民币捌佰万元整（¥8,000,000.00）。
二、借款期限：2023年11月6日至2023年11月20日，共15天。银行续贷资金到账当日归还。
三、资金占用费：按日千分之二计算，与本金一并于到期日支付。
四、逾期：超过约定期限未还的，逾期部分按日千分之三计收逾期利息。
五、乙方以其排污权（化学需氧量排放指标）提供质押，另行办理登记。
六、丙方对本协议项下乙方全部债务承担连带责任保证，保证期间至借款本息全部还清之日止。
七、争议由甲方所在地人民法院管辖。

甲方：绍兴柯桥金鑫投资咨询有限公司（盖章）
乙方：绍兴市柯桥区锦纶织造有限公司（盖章）
丙方：徐建新
2023年11月6日

——以下手写——
2024年1月5日 收到还款伍佰万元，余叁佰万元及占用费另行结算。甲方经办：钱斌
""", {
    "principal": "8000000", "amount_delivered": "8000000", "annual_rate": "0.73", "overdue_rate": "1.095",
    "penalty_rate": None, "lender": "绍兴柯桥金鑫投资咨询有限公司", "lender_kind": "enterprise",
    "borrower": "绍兴市柯桥区锦纶织造有限公司", "borrower_kind": "enterprise", "contract_date": "2023-11-06",
    "start_date": "2023-11-06", "end_date": "2023-11-20", "repayment_method": "到期一次性还本付息",
    "dispute_method": "court", "guarantor": "徐建新", "guarantee_type": "连带责任保证", "guarantee_period_months": None,
}, ["rate_above_4x_lpr", "overdue_charges_above_cap", "guarantee_period_defaults_to_6_months"],
    notes="日千分之二 = 73 %, overdue 日千分之三 = 109.5 % vs 4 × 3.45 % = 13.8 %; guarantee 'until repaid' (2023); "
          "the 2024-01-05 payment restarts limitation to 2027-01-05.")

# ---------------------------------------------------------------------------------------------------------------
add("zj07_zhibo_cangku_cunhuo_diya.docx", "docx", [
    ("h", "借款合同（存货动产抵押）"),
    ("p", "出借人：义乌市鸿运电子商务有限公司"),
    ("p", "借款人：义乌市星播供应链有限公司（直播电商仓储）"),
    ("p", "借款金额：人民币陆拾万元整（¥600,000.00）。借款期限：2025年2月18日至2025年8月17日。"),
    ("p", "利率：月利率0.8%。借款人以其在抖音、快手等平台店铺的回款优先用于归还本合同借款，按下表分期归还本息："),
    ("t", [
        ["期次", "还款日", "归还本金（元）", "利息（元）"],
        ["1", "2025年3月18日", "100,000.00", "4,800.00"],
        ["2", "2025年4月18日", "100,000.00", "4,000.00"],
        ["3", "2025年5月18日", "100,000.00", "3,200.00"],
        ["4", "2025年6月18日", "100,000.00", "2,400.00"],
        ["5", "2025年7月18日", "100,000.00", "1,600.00"],
        ["6", "2025年8月17日", "100,000.00", "800.00"],
    ]),
    ("p", "抵押：借款人以其义乌市佛堂镇仓库内现有及将有的服装、日用百货存货设定浮动抵押，已在中国人民银行征信中心动产融资统一登记公示系统办理登记（登记编号：0658****）。"),
    ("p", "逾期：任何一期逾期，逾期部分按年利率12%计收逾期利息，并按逾期金额每日万分之一支付违约金。"),
    ("p", "争议解决：向义乌市人民法院提起诉讼。"),
    ("p", "出借人（盖章）：义乌市鸿运电子商务有限公司    借款人（盖章）：义乌市星播供应链有限公司"),
    ("p", "2025年2月18日"),
], {
    "principal": "600000", "amount_delivered": "600000", "annual_rate": "0.096", "overdue_rate": "0.12",
    "penalty_rate": "0.0365", "lender": "义乌市鸿运电子商务有限公司", "lender_kind": "enterprise",
    "borrower": "义乌市星播供应链有限公司", "borrower_kind": "enterprise", "contract_date": "2025-02-18",
    "start_date": "2025-02-18", "end_date": "2025-08-17", "repayment_method": "分期还款",
    "dispute_method": "court", **NO_GUARANTEE,
}, ["overdue_charges_above_cap"],
    notes="月0.8 % = 9.6 %; overdue 12 % + 违约金 日万分之一 3.65 % = 15.65 % vs 4 × 3.10 % = 12.4 % on 2025-02-18. "
          "Equal principal in six months (等额本金-like table): written 分期还款.")

# ---------------------------------------------------------------------------------------------------------------
add("zj08_wujin_zuofang_jietiao_anshouyin.txt", "utf8", """借条

今借到胡小明人民币捌万元整（80000元），用于永康五金作坊（门锁配件）买铜料。
利息每月壹仟贰佰元，每月20号付，本金半年后即2024年7月19日还清。
借款日期：2024年1月20日

借款人：应卫东（按手印）
身份证号：3307**********3817
见证人：楼建华（按手印）
2024年1月20日
""", {
    "principal": "80000", "amount_delivered": "80000", "annual_rate": "0.18", "overdue_rate": None,
    "penalty_rate": None, "lender": "胡小明", "lender_kind": "natural_person", "borrower": "应卫东",
    "borrower_kind": "natural_person", "contract_date": "2024-01-20", "start_date": "2024-01-20",
    "end_date": "2024-07-19", "repayment_method": "按月付息、到期还本", "dispute_method": None, **NO_GUARANTEE,
}, ["rate_above_4x_lpr", "no_overdue_rate_agreed"],
    notes="1,200 / 80,000 a month = 18 % vs 4 × 3.45 % = 13.8 %; 楼建华 is a 见证人 (witness), not a guarantor.")

# ---------------------------------------------------------------------------------------------------------------
add("zj09_hongmu_jiaju_jietiao_2017.txt", "gb18030", """借条

今借到吴金水人民币叁拾万元整，用于东阳市南马镇华艺红木家具厂购进红酸枝木料。
利息按月息2分5计，一年内连本带利还清。
借款期限：2017年3月10日至2018年3月9日。

借款单位：东阳市南马镇华艺红木家具厂（盖章）
负责人：杜永祥
2017年3月10日

——以下为后来手写记录——
2020年12月1日 还本金伍万元。吴金水 杜永祥
2023年11月25日 还利息贰万元。吴金水 杜永祥
""", {
    "principal": "300000", "amount_delivered": "300000", "annual_rate": "0.30", "overdue_rate": None,
    "penalty_rate": None, "lender": "吴金水", "lender_kind": "natural_person",
    "borrower": "东阳市南马镇华艺红木家具厂", "borrower_kind": "enterprise", "contract_date": "2017-03-10",
    "start_date": "2017-03-10", "end_date": "2018-03-09", "repayment_method": "到期一次性还本付息",
    "dispute_method": None, **NO_GUARANTEE,
}, ["pre_lpr_rate_rules", "no_overdue_rate_agreed", "limitation_period_expired"],
    notes="2017 月息2分5 = 30 % (24–36 % band); due 2018-03-09, payments 2020-12-01 and 2023-11-25 restart the "
          "period to 2026-11-25, before as_of 2026-12-18.")

# ---------------------------------------------------------------------------------------------------------------
add("zj10_wuliu_zhuanxian_guakao_cheliang.txt", "utf8", """车辆购置借款合同

出借人：金华市顺达物流有限公司（义乌—乌鲁木齐物流专线）
借款人：邵建军，身份证号：3307**********5914
担保人：何秀英（借款人之妻），身份证号：3307**********6028

借款人以挂靠方式在出借人处经营专线运输，购买重型半挂牵引车一辆（车辆登记在出借人名下，车牌号浙G·8****挂），
向出借人借款人民币叁拾陆万元整（¥360,000.00）。

1. 借款期限36个月，自2022年9月15日至2025年9月14日。
2. 月利率1%，按等额本息方式每月15日从借款人运费结算款中扣还，每期11,957.15元。
3. 借款人逾期支付任何一期的，逾期部分按日万分之五计收逾期利息。
4. 该车辆抵押给出借人，借款还清前借款人不得转让、另行抵押。
5. 担保人何秀英愿意为借款人的上述借款承担保证责任。
6. 本合同争议由金华市婺城区人民法院管辖。

出借人（盖章）：金华市顺达物流有限公司
借款人：邵建军    担保人：何秀英
2022年9月15日
""", {
    "principal": "360000", "amount_delivered": "360000", "annual_rate": "0.12", "overdue_rate": "0.1825",
    "penalty_rate": None, "lender": "金华市顺达物流有限公司", "lender_kind": "enterprise", "borrower": "邵建军",
    "borrower_kind": "natural_person", "contract_date": "2022-09-15", "start_date": "2022-09-15",
    "end_date": "2025-09-14", "repayment_method": "等额本息", "dispute_method": "court",
    "guarantor": "何秀英", "guarantee_type": "unspecified", "guarantee_period_months": None,
}, ["overdue_charges_above_cap", "guarantee_type_defaults_to_general", "guarantee_period_defaults_to_6_months"],
    notes="11,957.15 = annuity of 360,000 at 1 %/month over 36 months; overdue 18.25 % vs 4 × 3.65 % = 14.6 %; "
          "bare 承担保证责任 in 2022.")

# ---------------------------------------------------------------------------------------------------------------
add("zj11_jiazu_qiye_hubao_lianbao.docx", "docx", [
    ("h", "借款合同"),
    ("p", "出借人：绍兴市柯桥区恒丰化纤有限公司"),
    ("p", "借款人：绍兴市柯桥区永兴织造有限公司"),
    ("p", "鉴于出借人与借款人及下列保证人同为马氏家族控制企业，相互之间长期互保，各方协商订立本合同。"),
    ("t", [
        ["条款", "内容"],
        ["借款金额", "人民币贰佰万元整（¥2,000,000.00）"],
        ["借款期限", "2021年9月28日起至2024年9月27日止"],
        ["年利率", "9%，按季付息，每季末月21日结息，到期还本"],
        ["逾期利率", "13.5%（年）"],
        ["保证人一", "绍兴柯桥兴达纺织有限公司，连带责任保证"],
        ["保证人二", "绍兴市柯桥区宏盛经编有限公司，连带责任保证"],
        ["保证期间", "主债务履行期限届满之日起两年"],
    ]),
    ("p", "各保证人之间对借款人全部债务承担联保责任，债权人可要求任一保证人承担全部保证责任。"),
    ("p", "争议解决：向绍兴市柯桥区人民法院起诉。"),
    ("p", "签约日期：2021年9月28日"),
], {
    "principal": "2000000", "amount_delivered": "2000000", "annual_rate": "0.09", "overdue_rate": "0.135",
    "penalty_rate": None, "lender": "绍兴市柯桥区恒丰化纤有限公司", "lender_kind": "enterprise",
    "borrower": "绍兴市柯桥区永兴织造有限公司", "borrower_kind": "enterprise", "contract_date": "2021-09-28",
    "start_date": "2021-09-28", "end_date": "2024-09-27", "repayment_method": "按季付息、到期还本",
    "dispute_method": "court", "guarantee_type": "连带责任保证", "guarantee_period_months": 24,
}, [],
    notes="9 % / 13.5 % under 4 × 3.85 % = 15.4 %; two guarantors (联保): guarantor left out, type and period shared.")

# ---------------------------------------------------------------------------------------------------------------
add("zj12_xiaodai_zixunfei_fuwufei_baozhengjin.docx", "docx", [
    ("h", "个人经营性借款合同"),
    ("p", "贷款人：义乌市商城惠众小额贷款股份有限公司"),
    ("p", "借款人：楼晓燕（义乌国际商贸城一区饰品经营户），身份证号：3307**********4521"),
    ("t", [
        ["借款金额", "人民币叁拾万元整"],
        ["借款期限", "12个月，2023年5月10日至2024年5月9日"],
        ["借款利率", "月利率1.5%"],
        ["还款方式", "按月付息，到期一次还本"],
        ["罚息", "逾期部分在借款利率基础上上浮50%"],
    ]),
    ("t", [
        ["费用名称", "收取方", "标准", "支付方式"],
        ["咨询费", "义乌市商通企业管理咨询有限公司", "借款金额的2%", "放款前由借款人另行支付"],
        ["服务费", "贷款人", "每月300元", "随每期利息支付"],
        ["保证金", "贷款人", "借款金额的5%", "借款人另行缴存，结清后无息退还"],
    ]),
    ("p", "上述费用均不从借款本金中扣除，贷款人按借款金额全额放款至借款人账户。"),
    ("p", "争议解决：向贷款人所在地人民法院起诉。"),
    ("p", "贷款人（盖章）  借款人（签字）：楼晓燕"),
    ("p", "2023年5月10日"),
], {
    "principal": "300000", "amount_delivered": "300000", "annual_rate": "0.18", "overdue_rate": "0.27",
    "penalty_rate": None, "lender": "义乌市商城惠众小额贷款股份有限公司", "lender_kind": "licensed_lender",
    "borrower": "楼晓燕", "borrower_kind": "natural_person", "contract_date": "2023-05-10",
    "start_date": "2023-05-10", "end_date": "2024-05-09", "repayment_method": "按月付息、到期还本",
    "dispute_method": "court", **NO_GUARANTEE,
}, ["cap_not_applicable_licensed_lender"],
    notes="小贷 (2023): the info finding only; fees and 保证金 are paid apart, not deducted from principal.")

# ---------------------------------------------------------------------------------------------------------------
add("zj13_nongshang_liudai_lpr_jia85bp.docx", "docx", [
    ("h", "流动资金借款合同"),
    ("p", "贷款人：绍兴市柯桥区鉴湖农村商业银行股份有限公司齐贤支行"),
    ("p", "借款人：绍兴柯桥瑞丰印染有限公司"),
    ("p", "保证人：浙江越信融资担保有限公司"),
    ("t", [
        ["借款金额", "人民币伍佰万元整"],
        ["借款期限", "2024年3月20日至2025年3月19日"],
        ["利率", "以2024年3月20日公布的一年期贷款市场报价利率（LPR）3.45%加85个基点（BP）确定，即4.30%，合同期内固定不变"],
        ["结息方式", "按月结息，结息日为每月20日，到期一次还本"],
        ["逾期罚息", "在本合同约定利率基础上加收50%"],
    ]),
    ("p", "保证人对借款人本合同项下全部债务承担连带责任保证，保证期间为主债务履行期限届满之日起三年。"),
    ("p", "争议解决：向贷款人所在地人民法院起诉。"),
    ("p", "贷款人（公章）  借款人（公章）  保证人（公章）"),
    ("p", "2024年3月20日"),
], {
    "principal": "5000000", "amount_delivered": "5000000", "annual_rate": "0.043", "overdue_rate": "0.0645",
    "penalty_rate": None, "lender": "绍兴市柯桥区鉴湖农村商业银行股份有限公司齐贤支行",
    "lender_kind": "licensed_lender", "borrower": "绍兴柯桥瑞丰印染有限公司", "borrower_kind": "enterprise",
    "contract_date": "2024-03-20", "start_date": "2024-03-20", "end_date": "2025-03-19",
    "repayment_method": "按月付息、到期还本", "dispute_method": "court", "guarantor": "浙江越信融资担保有限公司",
    "guarantee_type": "连带责任保证", "guarantee_period_months": 36,
}, ["cap_not_applicable_licensed_lender"],
    notes="LPR 3.45 % + 85 BP = 4.30 %; 罚息 +50 % = 6.45 %; bank: info finding only.")

# ---------------------------------------------------------------------------------------------------------------
add("zj14_fangchan_zuigao_e_diya.txt", "utf8", """借款合同（附最高额抵押）

出借人：陈伟，身份证号：3307**********0013
借款人：王素芬，身份证号：3307**********2726

一、借款金额：人民币陆拾万元整（¥600,000.00）。
二、借款期限：2022年11月8日至2024年11月7日。
三、借款利率：年利率14.6%，每月8日付息，到期还本。
四、逾期利率：借款人到期未还本金的，自逾期之日起按年利率18%计收逾期利息。
五、抵押：借款人以其名下金华市金东区多湖街道某小区3幢2单元1102室房产为出借人自2022年11月8日至2025年11月7日期间的
借款提供最高额抵押，最高债权额为人民币捌拾万元整，已办理不动产抵押登记。
六、争议解决：由房产所在地人民法院管辖。

出借人：陈伟
借款人：王素芬
2022年11月8日
""", {
    "principal": "600000", "amount_delivered": "600000", "annual_rate": "0.146", "overdue_rate": "0.18",
    "penalty_rate": None, "lender": "陈伟", "lender_kind": "natural_person", "borrower": "王素芬",
    "borrower_kind": "natural_person", "contract_date": "2022-11-08", "start_date": "2022-11-08",
    "end_date": "2024-11-07", "repayment_method": "按月付息、到期还本", "dispute_method": "court",
}, ["overdue_charges_above_cap"],
    notes="14.6 % = 4 × 3.65 % exactly (not above); overdue 18 % above. Borrower's own house (最高额抵押): "
          "guarantor fields left out.")

# ---------------------------------------------------------------------------------------------------------------
add("zj15_diandang_baoma_qiche.txt", "utf8", """当票及典当合同（机动车质押典当）

当户：陆建国，身份证号：3307**********1210
典当行：金华市金鼎典当有限责任公司
当物：宝马牌小型轿车一辆（浙G·7****），评估价人民币叁拾伍万元
当金：人民币贰拾万元整
典当期限：2024年6月5日至2024年12月4日
典当月利率：0.5%
综合服务费月费率：2.2%
当期届满时当户一次性偿还当金并支付利息和综合服务费；逾期不赎当也不续当的为绝当，典当行依法处分当物。
争议解决：向典当行所在地人民法院起诉。

当户签字：陆建国
典当行（盖章）：金华市金鼎典当有限责任公司
2024年6月5日
""", {
    "principal": "200000", "amount_delivered": "200000", "annual_rate": "0.06", "overdue_rate": None,
    "penalty_rate": None, "lender": "金华市金鼎典当有限责任公司", "lender_kind": "licensed_lender",
    "borrower": "陆建国", "borrower_kind": "natural_person", "contract_date": "2024-06-05",
    "start_date": "2024-06-05", "end_date": "2024-12-04", "repayment_method": "到期一次性还本付息",
    "dispute_method": "court",
}, ["cap_not_applicable_licensed_lender"],
    notes="典当 (2024): info finding only; 月0.5 % = 6 %; the car is the borrower's own 当物: guarantor fields left out.")

# ---------------------------------------------------------------------------------------------------------------
add("zj16_rongzi_zulin_penshui_zhiji.docx", "docx", [
    ("h", "融资租赁合同（售后回租）"),
    ("p", "出租人：浙江越州融资租赁有限公司"),
    ("p", "承租人：绍兴柯桥宏达织造有限公司"),
    ("p", "保证人：马宏达（承租人实际控制人）"),
    ("t", [
        ["租赁物", "喷水织机40台（型号ZW-9100，承租人原有设备）"],
        ["融资金额", "人民币壹佰陆拾万元整，出租人于起租日一次付清"],
        ["租赁期限", "2023年8月25日至2026年8月24日，共12期，每3个月为一期"],
        ["租赁年利率", "8.5%"],
        ["租金支付", "等额租金，每期租金人民币152,459.21元"],
        ["逾期", "逾期租金按日万分之五计收罚息"],
    ]),
    ("p", "保证人对承租人全部债务承担连带责任保证，保证期间为主债务履行期限届满之日起两年。"),
    ("p", "争议解决：提交绍兴仲裁委员会仲裁。"),
    ("p", "2023年8月25日"),
], {
    "principal": "1600000", "amount_delivered": "1600000", "annual_rate": "0.085", "overdue_rate": "0.1825",
    "penalty_rate": None, "lender": "浙江越州融资租赁有限公司", "lender_kind": "licensed_lender",
    "borrower": "绍兴柯桥宏达织造有限公司", "borrower_kind": "enterprise", "contract_date": "2023-08-25",
    "start_date": "2023-08-25", "end_date": "2026-08-24", "repayment_method": "等额本息",
    "dispute_method": "arbitration", "guarantor": "马宏达", "guarantee_type": "连带责任保证",
    "guarantee_period_months": 24,
}, ["cap_not_applicable_licensed_lender"],
    notes="融资租赁 (2023): info only. 152,459.21 = annuity of 1,600,000 at 2.125 %/quarter over 12 quarters.")

# ---------------------------------------------------------------------------------------------------------------
add("zj17_huankuan_xieyi_weiyue_riwan6.txt", "utf8", """还款协议

甲方（出借人）：倪建伟
乙方（借款人）：朱丽君
丙方（保证人）：朱国平（乙方之兄）

乙方于2022年4月12日向甲方借款人民币贰拾万元，约定月息1分2，借期一年。借款到期后乙方陆续归还本金伍万元，
截至2024年10月8日尚欠本金壹拾伍万元、利息壹万贰仟元。经协商，三方达成如下协议：
一、乙方自2024年11月起每月8日前归还本金贰万伍仟元，六期还清，欠息壹万贰仟元于2024年12月8日前一次付清。
二、还款期间本金不再计收利息。
三、乙方任何一期逾期的，就逾期未还部分按日万分之六支付逾期利息。
四、丙方对乙方上述债务承担连带责任保证，保证期间为最后一期还款期限届满之日起一年。
五、发生争议的，向义乌市人民法院起诉。
侬放心，阿拉讲话算数的。

甲方：倪建伟  乙方：朱丽君  丙方：朱国平
2024年10月8日
""", {
    "annual_rate": "0.144", "overdue_rate": "0.219", "penalty_rate": None, "lender": "倪建伟",
    "lender_kind": "natural_person", "borrower": "朱丽君", "borrower_kind": "natural_person",
    "repayment_method": "分期还款", "dispute_method": "court", "guarantor": "朱国平",
    "guarantee_type": "连带责任保证", "guarantee_period_months": 12,
}, ["overdue_charges_above_cap"],
    notes="Recited 月息1分2 = 14.4 % (under 14.8 % on 2022-04-12); the agreement's 日万分之六 = 21.9 % is above 4 × LPR "
          "on the loan date and on the agreement date. Principal (200,000 recited / 150,000 owed) and dates left out.")

# ---------------------------------------------------------------------------------------------------------------
add("zj18_yiwudizhai_hongmu_jiaju.txt", "utf8", """以物抵债协议

债权人：楼建伟
债务人：东阳市横店镇明清红木家具厂（经营者：赵德昌）

债务人于2021年7月1日向债权人借款人民币贰拾万元，约定年利率10%，至今尚欠本金贰拾万元及利息叁万元。
经双方协商，债务人以其所有的缅甸花梨木沙发一套（十件套）、大果紫檀餐桌椅一套抵偿上述全部债务，双方确认价值合计人民币贰拾叁万元。
家具于本协议签订后五日内交付至债权人指定地点，交付后双方之间的借款本息全部结清，互不追究。
老里八早借的铜钿，今朝总算了结，蛮好。

债权人：楼建伟
债务人：东阳市横店镇明清红木家具厂（盖章） 赵德昌
2024年8月16日
""", {
    "annual_rate": "0.10", "lender": "楼建伟", "lender_kind": "natural_person",
    "borrower": "东阳市横店镇明清红木家具厂", "borrower_kind": "enterprise", "dispute_method": None, **NO_GUARANTEE,
}, [],
    notes="以物抵债 settling the whole 2021 debt; recited 10 % under 15.4 %; recital: dates, principal, overdue left out.")

# ---------------------------------------------------------------------------------------------------------------
add("zj19_zhaiwu_querenshu_2020_yuexi2fen.txt", "gb18030", """债务确认书

本人孔令华（身份证号：3307**********3312）于2020年10月15日向章永康借款人民币壹拾万元整，约定月息2分，借期一年，
用于义乌国际商贸城五区进口商品馆摊位装修。借款到期后本人未能归还。
经双方核对，截至2023年3月20日，本人尚欠章永康本金壹拾万元整，利息另行结算。本人确认上述债务真实，承诺于2024年6月30日前还清。

确认人（债务人）：孔令华
债权人：章永康
2023年3月20日
""", {
    "principal": "100000", "annual_rate": "0.24", "lender": "章永康", "lender_kind": "natural_person",
    "borrower": "孔令华", "borrower_kind": "natural_person", "dispute_method": None, **NO_GUARANTEE,
}, ["rate_above_4x_lpr"],
    notes="Recited 2020-10-15 loan at 月息2分 = 24 % vs 4 × 3.85 % = 15.4 %; confirmation 2023-03-20 inside the "
          "period, new date 2024-06-30; recital: no overdue finding, dates left out.")

# ---------------------------------------------------------------------------------------------------------------
add("zj20_duizhangdan_lixi_gunru_benjin.txt", "utf8", """借款对账单

出借方：绍兴柯桥轻纺城锦绣布行
借款方：义乌市美衣服饰有限公司

借款方于2022年3月1日向出借方借款人民币伍拾万元，约定月利率1%，利息每月结算一次，当月未付的利息计入下月本金一并计息。
截至2024年1月15日逐月滚算如下（单位：元）：
2022年3月31日  本金500,000.00  当月利息5,000.00  未付，计入本金
2022年4月30日  本金505,000.00  当月利息5,050.00  未付，计入本金
……（中间各月略）
2023年12月31日 本金616,195.97  当月利息6,161.96  未付，计入本金
截至2024年1月15日，借款方尚欠本金合计人民币陆拾贰万贰仟叁佰伍拾柒元玖角叁分（622,357.93元）。
借款方对上述金额无异议。

出借方（盖章）：绍兴柯桥轻纺城锦绣布行
借款方（盖章）：义乌市美衣服饰有限公司
2024年1月15日
""", {
    "annual_rate": "0.12", "lender": "绍兴柯桥轻纺城锦绣布行", "lender_kind": "enterprise",
    "borrower": "义乌市美衣服饰有限公司", "borrower_kind": "enterprise", "dispute_method": None, **NO_GUARANTEE,
}, ["compound_interest_restated"],
    notes="月1 % = 12 % under 14.8 % (2022-03-01); unpaid interest added to principal monthly (500,000 compounded monthly at 1 %, cents "
          "rounded each month: 622,357.93 after 2023-12-31). A recital: no overdue finding; dates and principal left out.")

# ---------------------------------------------------------------------------------------------------------------
add("zj21_minshi_tiaojieshu_keqiaoqu.txt", "utf8", """浙江省绍兴市柯桥区人民法院
民事调解书
（2025）浙0603民初****号

原告：钱海峰，男，1978年5月出生，汉族，住绍兴市柯桥区华舍街道。
被告：陈建祥，男，1982年9月出生，汉族，住绍兴市柯桥区齐贤街道。
案由：民间借贷纠纷。

原告诉称，被告于2021年5月6日向原告借款人民币叁拾万元，约定月息2分，到期未还，请求判令被告归还本金及利息。
本案经本院诉前调解室调解，立案后双方当事人自愿达成如下协议：
一、被告陈建祥于2025年8月31日前归还原告钱海峰借款本金人民币叁拾万元及利息人民币伍万元，合计叁拾伍万元；
二、如被告未按期足额支付，原告可就未付款项一次性申请强制执行，并按全国银行间同业拆借中心公布的一年期贷款市场报价利率计付迟延履行期间利息；
三、案件受理费减半收取计人民币叁仟零伍拾元，由被告负担。
上述协议，符合有关法律规定，本院予以确认。
本调解书经双方当事人签收后，即具有法律效力。

审判员  王晓梅
二〇二五年六月十二日
书记员  陈思远
""", {
    "lender": "钱海峰", "lender_kind": "natural_person", "borrower": "陈建祥", "borrower_kind": "natural_person",
    **NO_GUARANTEE,
}, [],
    notes="Court settlement into fixed sums: the recited 月息2分 is settled, no rate or overdue finding; rates, "
          "principal and dates left out.")

# ---------------------------------------------------------------------------------------------------------------
add("zj22_weixin_liaotian_jiekuan_lixi_kanzhe.txt", "utf8", """微信聊天记录（整理打印，由出借人郑美华提供）

郑美华（昵称：美华·小商品）与何建平（昵称：阿平五金）

2025年1月8日 09:12 何建平：美华姐，阿拉店里年前要压货，侬能借我五万伐？
2025年1月8日 09:15 郑美华：五万有的。啥辰光还？
2025年1月8日 09:16 何建平：端午前肯定还侬，利息侬讲好了
2025年1月8日 09:20 郑美华：利息么侬看着办，阿拉老朋友了，到辰光再讲
2025年1月8日 09:21 何建平：好的好的，谢谢美华姐
2025年1月8日 09:35 郑美华：[转账] ¥50000.00 已收款
2025年1月8日 09:36 何建平：收到了，我写张借条拍给侬
2025年1月8日 09:40 何建平：[图片] 借条：今借到郑美华人民币伍万元整，端午节前归还。借款人何建平 2025.1.8

（以上为手机截屏整理，原始记录保存在出借人手机中）
""", {
    "principal": "50000", "amount_delivered": "50000", "overdue_rate": None, "penalty_rate": None,
    "lender": "郑美华", "lender_kind": "natural_person", "borrower": "何建平", "borrower_kind": "natural_person",
    "contract_date": "2025-01-08", "start_date": "2025-01-08", "dispute_method": None, **NO_GUARANTEE,
}, ["no_interest_agreed", "no_overdue_rate_agreed"],
    notes="'利息么侬看着办…到辰光再讲' between natural persons: interest unclear → none (民法典 第680条), "
          "annual_rate left out; '端午前' has no calendar date written: end_date and repayment_method left out.")

# ---------------------------------------------------------------------------------------------------------------
add("zj23_jietiao_2021_danbaoren_shouxie_huankuan.txt", "utf8", """借  条

今借到金小芳人民币壹拾万元整（100000元），月息1分，一年后连本带息一并归还。
借款日期：2021年3月5日    还款日期：2022年3月4日

借款人：吕志刚  身份证号：3307**********0751
担保人：蒋卫国  身份证号：3307**********1136
2021年3月5日

（借条背面手写）
2022年8月10日 还本金贰万元。金小芳
2023年9月1日 付利息伍仟元。金小芳
""", {
    "principal": "100000", "amount_delivered": "100000", "annual_rate": "0.12", "overdue_rate": None,
    "penalty_rate": None, "lender": "金小芳", "lender_kind": "natural_person", "borrower": "吕志刚",
    "borrower_kind": "natural_person", "contract_date": "2021-03-05", "start_date": "2021-03-05",
    "end_date": "2022-03-04", "repayment_method": "到期一次性还本付息", "dispute_method": None,
    "guarantor": "蒋卫国", "guarantee_type": "unspecified", "guarantee_period_months": None,
}, ["no_overdue_rate_agreed", "guarantee_type_defaults_to_general", "guarantee_period_defaults_to_6_months",
    "limitation_period_expired"],
    notes="12 % under 15.4 %; bare 担保人 on 2021-03-05 (民法典 applies); payments 2022-08-10 and 2023-09-01 restart "
          "the period to 2026-09-01, before as_of 2026-12-18.")

# ---------------------------------------------------------------------------------------------------------------
add("zj24_kantouxi_jietiao_weiyuejin.txt", "utf8", """借条

今借到叶志勇人民币壹拾万元整，借期六个月，自2023年12月1日至2024年5月31日，月息1分5，每月利息壹仟伍佰元。
出借人交付借款时已先行扣除前三个月利息肆仟伍佰元，实际收到人民币玖万伍仟伍佰元整。
借款到期不还的，借款人每日按借款本金的千分之一向出借人支付违约金，直至还清为止。
如发生纠纷，由金华市婺城区人民法院管辖。

借款人：徐丽萍
身份证号：3307**********2843
2023年12月1日
""", {
    "principal": "100000", "amount_delivered": "95500", "annual_rate": "0.18", "overdue_rate": None,
    "penalty_rate": "0.365", "lender": "叶志勇", "lender_kind": "natural_person", "borrower": "徐丽萍",
    "borrower_kind": "natural_person", "contract_date": "2023-12-01", "start_date": "2023-12-01",
    "end_date": "2024-05-31", "dispute_method": "court", **NO_GUARANTEE,
}, ["interest_deducted_upfront", "rate_above_4x_lpr", "overdue_charges_above_cap"],
    notes="4,500 taken out up front: delivered 95,500; 18 % vs 4 × 3.45 % = 13.8 %; 违约金 日千分之一 = 36.5 %. "
          "Repayment left out: three months prepaid, the rest's timing not written.")

# ---------------------------------------------------------------------------------------------------------------
add("zj25_weituo_daikuan_shangmao.docx", "docx", [
    ("h", "委托贷款借款合同"),
    ("p", "委托人：义乌市华鑫投资有限公司"),
    ("p", "受托人（贷款人）：义乌市稠城村镇银行股份有限公司"),
    ("p", "借款人：义乌市商城环球贸易有限公司"),
    ("p", "受托人根据委托人的委托，以委托人提供的资金向借款人发放贷款，贷款风险由委托人承担，受托人只收取手续费，不承担贷款风险。"),
    ("t", [
        ["贷款金额", "人民币叁佰万元整"],
        ["贷款期限", "2024年11月12日至2025年11月11日"],
        ["贷款年利率", "8%（由委托人确定）"],
        ["结息方式", "按季结息，到期还本"],
        ["逾期罚息", "在约定利率基础上加收50%"],
    ]),
    ("p", "争议解决：向受托人所在地人民法院起诉。"),
    ("p", "委托人（盖章）  受托人（盖章）  借款人（盖章）"),
    ("p", "2024年11月12日"),
], {
    "principal": "3000000", "amount_delivered": "3000000", "annual_rate": "0.08", "overdue_rate": "0.12",
    "penalty_rate": None, "lender": "义乌市华鑫投资有限公司", "lender_kind": "enterprise",
    "borrower": "义乌市商城环球贸易有限公司", "borrower_kind": "enterprise", "contract_date": "2024-11-12",
    "start_date": "2024-11-12", "end_date": "2025-11-11", "repayment_method": "按季付息、到期还本",
    "dispute_method": "court", **NO_GUARANTEE,
}, [],
    notes="委托贷款: lender = 委托人 (holdout21's convention); 8 % / 12 % under 4 × 3.10 % = 12.4 %.")

# ---------------------------------------------------------------------------------------------------------------
add("zj26_jietiao_2012_yuexi3fen.txt", "gb18030", """借条

今借到何根土人民币伍万元整（50000元），月息3分，一年到期本息一次还清。
借款日期：2012年6月18日，到期日：2013年6月17日。

借款人：傅小军
2012年6月18日
""", {
    "principal": "50000", "amount_delivered": "50000", "annual_rate": "0.36", "overdue_rate": None,
    "penalty_rate": None, "lender": "何根土", "lender_kind": "natural_person", "borrower": "傅小军",
    "borrower_kind": "natural_person", "contract_date": "2012-06-18", "start_date": "2012-06-18",
    "end_date": "2013-06-17", "repayment_method": "到期一次性还本付息", "dispute_method": None, **NO_GUARANTEE,
}, ["pre_lpr_rate_rules", "no_overdue_rate_agreed", "limitation_period_expired"],
    notes="2012 月息3分 = 36 % (at the void line, not above); due 2013, nothing noted since: expired.")

# ---------------------------------------------------------------------------------------------------------------
add("zj27_baozheng_hetong_shangwei_zulin.txt", "utf8", """保证合同

债权人：义乌市恒泰市场经营管理有限公司
债务人：毛立新
保证人：毛立群（债务人之弟），身份证号：3307**********5517

鉴于债务人于2024年5月20日与债权人签订《借款合同》（编号HT-SW-2405），向债权人借款人民币贰拾万元，用于支付义乌国际商贸城
三区商位租金，保证人自愿为上述借款提供担保，订立本合同。
第一条 保证范围：主债权本金、利息、逾期利息及实现债权的费用。
第二条 保证期间：自主债务履行期届满之日起二年。
第三条 本合同自各方签字盖章之日起生效。

债权人（盖章）：义乌市恒泰市场经营管理有限公司
保证人：毛立群
2024年5月20日
""", {
    "principal": "200000", "lender": "义乌市恒泰市场经营管理有限公司", "lender_kind": "enterprise",
    "borrower": "毛立新", "borrower_kind": "natural_person", "dispute_method": None, "guarantor": "毛立群",
    "guarantee_type": "unspecified", "guarantee_period_months": 24,
}, ["guarantee_type_defaults_to_general"],
    notes="保证合同 (2024): type unstated → general; period two years stated: no period finding. Rates, repayment "
          "and dates live in the main contract: left out.")

# ---------------------------------------------------------------------------------------------------------------
add("zj28_jiekuan_xieyi_2020_jiancai_danbaoren.txt", "utf8", """借款协议

出借人：金华市婺城区恒通建材有限公司
借款人：邵志华，身份证号：3307**********4419
担保人：邵志远，身份证号：3307**********4435

一、借款金额：人民币壹拾伍万元整。
二、借款期限：2020年5月26日至2021年5月25日。
三、年利率10%，利息每半年支付一次，到期还本。
四、借款人逾期还款的，逾期部分按年利率15%计收逾期利息。
五、担保人愿意为借款人提供担保。
六、争议由出借人所在地人民法院管辖。

出借人（盖章）：金华市婺城区恒通建材有限公司
借款人：邵志华  担保人：邵志远
2020年5月26日

——手写——
2024年2月10日 收到还款叁万元。恒通建材 经办人：胡静
""", {
    "principal": "150000", "amount_delivered": "150000", "annual_rate": "0.10", "overdue_rate": "0.15",
    "penalty_rate": None, "lender": "金华市婺城区恒通建材有限公司", "lender_kind": "enterprise",
    "borrower": "邵志华", "borrower_kind": "natural_person", "contract_date": "2020-05-26",
    "start_date": "2020-05-26", "end_date": "2021-05-25", "dispute_method": "court", "guarantor": "邵志远",
    "guarantee_type": "unspecified", "guarantee_period_months": None,
}, [],
    notes="2020-05-26: 10 % / 15 % under both the 24 % line and 4 × 3.85 % = 15.4 %; bare 担保人 before 2021 "
          "(担保法): no guarantee finding; payment 2024-02-10 restarts limitation to 2027-02-10. "
          "'每半年支付一次' interest: repayment_method left out.")

# ---------------------------------------------------------------------------------------------------------------
add("zj29_jietiao_2025_lpr_shuju_guoqi.txt", "utf8", """借条

今借到傅红英人民币叁拾万元整（¥300,000.00），用于义乌国际商贸城六区电商直播间装修及备货。
借款期限自2025年9月16日起至2026年3月15日止，月息1分2，每月16日付息，到期还本。
到期未还的，逾期部分继续按月息1分2计付逾期利息至还清之日止。
发生争议由义乌市人民法院管辖。

借款人：骆文斌
身份证号：3307**********6330
2025年9月16日
""", {
    "principal": "300000", "amount_delivered": "300000", "annual_rate": "0.144", "overdue_rate": "0.144",
    "penalty_rate": None, "lender": "傅红英", "lender_kind": "natural_person", "borrower": "骆文斌",
    "borrower_kind": "natural_person", "contract_date": "2025-09-16", "start_date": "2025-09-16",
    "end_date": "2026-03-15", "repayment_method": "按月付息、到期还本", "dispute_method": "court", **NO_GUARANTEE,
}, ["rate_above_4x_lpr", "overdue_charges_above_cap"], expect_warning="rate_above_4x_lpr",
    notes="2025-09-16 is after the LPR table's cover (last row 2025-05-20): 14.4 % vs 4 × 3.00 % = 12 % with a "
          "'data may be stale' warning expected on the rate finding.")

# ---------------------------------------------------------------------------------------------------------------
add("zj30_fangzhi_jiekuan_huankuan_jihua.docx", "docx", [
    ("h", "借款合同"),
    ("p", "出借人：施美娟，身份证号：3306**********2147"),
    ("p", "借款人：绍兴柯桥丽锦家纺有限公司"),
    ("p", "保证人：丁文忠，身份证号：3306**********1618"),
    ("p", "第一条 借款金额人民币肆拾万元整，于2025年3月28日一次转入借款人账户。借款年利率12%，利息随每期本金一并支付。"),
    ("p", "第二条 还款计划如下："),
    ("t", [
        ["期次", "还款日期", "本金（元）", "利息（元）", "合计（元）"],
        ["1", "2025年6月27日", "100,000.00", "12,000.00", "112,000.00"],
        ["2", "2025年9月27日", "100,000.00", "9,000.00", "109,000.00"],
        ["3", "2025年12月27日", "200,000.00", "6,000.00", "206,000.00"],
    ]),
    ("p", "第三条 借款人逾期支付任何一期款项的，逾期部分按年利率12%计收逾期利息，另按逾期金额每日万分之二支付违约金。"),
    ("p", "第四条 保证人对借款人全部债务承担一般保证责任，保证期间为主债务履行期限届满之日起六个月。"),
    ("p", "第五条 争议由绍兴市柯桥区人民法院管辖。"),
    ("p", "出借人：施美娟  借款人（盖章）：绍兴柯桥丽锦家纺有限公司  保证人：丁文忠"),
    ("p", "2025年3月28日"),
], {
    "principal": "400000", "amount_delivered": "400000", "annual_rate": "0.12", "overdue_rate": "0.12",
    "penalty_rate": "0.073", "lender": "施美娟", "lender_kind": "natural_person",
    "borrower": "绍兴柯桥丽锦家纺有限公司", "borrower_kind": "enterprise", "contract_date": "2025-03-28",
    "start_date": "2025-03-28", "end_date": "2025-12-27", "repayment_method": "分期还款", "dispute_method": "court",
    "guarantor": "丁文忠", "guarantee_type": "一般保证", "guarantee_period_months": 6,
}, ["overdue_charges_above_cap"],
    notes="12 % under 4 × 3.10 % = 12.4 % (2025-03-28); overdue 12 % + 违约金 日万分之二 7.3 % = 19.3 % above; "
          "一般保证 with a stated six months: no guarantee finding.")

# ---------------------------------------------------------------------------------------------------------------
DOCX = cb.DocxMeta(author="方建萍", fixed_time=(2026, 12, 18, 8, 30, 0), font_pt=11, file_mode=0o644)


def build() -> None:
    cb.write_documents(HERE, [(d["file"], d["fmt"], d["body"]) for d in DOCS], DOCX, expected=30)
    cb.write_gold(HERE / "gold.jsonl", [d["gold"] for d in DOCS])
    print(f"wrote {len(DOCS)} documents and gold.jsonl to {HERE}")


if __name__ == "__main__":
    build()
