"""Build contracts_holdout16: 30 loan/guarantee documents and gold.jsonl, typed by hand (author 17, persona 何婷,
风控·法务 at a Chengdu 武侯区 小额贷款公司). Every text and every gold row is written out literally below; this script
only writes them to disk (TXT UTF-8, TXT GB18030, DOCX) deterministically.

Run:  /work/main/.venv/bin/python eval/datasets/contracts_holdout16/make_dataset.py
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

DOCS: list[dict] = []


def doc(name: str, fmt: str, body, gold: dict) -> None:
    DOCS.append({"name": name, "fmt": fmt, "body": body, "gold": gold})


# ---------------------------------------------------------------------------------------------------------------
# hp01  茶馆借条, 月息一分五, 农历腊月二十
doc("hp01_chaguan_jietiao.txt", "utf8", """借  条

今借到王德贵（身份证号510107196803******）现金人民币伍万元整（¥50000.00），拿来屋头装修用。
说好的月息一分五，利息每个月给，每月12号前微信转过去。本钱2024年农历腊月二十前还清，莫得问题。

借款人：赵建华（身份证号510122197711******）
电话：139****6621

2023年5月12日  于武侯区簇桥老茶馆

（借款人按手印）
""", {
    "as_of": "2025-09-20",
    "fields": {"lender": "王德贵", "lender_kind": NP, "borrower": "赵建华", "borrower_kind": NP,
               "principal": "50000", "amount_delivered": "50000", "annual_rate": "0.18",
               "overdue_rate": None, "penalty_rate": None,
               "contract_date": "2023-05-12", "start_date": "2023-05-12", "end_date": "2025-01-19",
               "repayment_method": M_MONTH, "dispute_method": None,
               "guarantor": None, "guarantee_type": None, "guarantee_period_months": None},
    "findings": ["rate_above_4x_lpr", "no_overdue_rate_agreed"],
    "notes": "月息一分五 = 1.5 %/month = 18 %/yr > 4 × 3.65 % (LPR of 2022-08-22, in force 2023-05-12) = 14.6 %. "
             "农历2024年腊月二十 = 2025-01-19. No overdue rate; no guarantor, no forum.",
})

# hp02  麻将馆欠条, 莫得利息, overdue 每天万分之三
doc("hp02_majiangguan_qiantiao.txt", "utf8", """欠  条

今欠到刘幺妹（大名刘素芬）借款人民币叁万元整（30000元）。这个钱是2022年国庆节后在她麻将馆头借的现金，拿去进货。
说好的莫得利息。我晓得要还，2023年6月30号之前一次还清。
要是到期还不起，逾期部分按每天万分之三算利息给她，要得。

欠款人：钟永福
身份证：510124198502******
2022年10月8日
""", {
    "as_of": "2025-09-20",
    "fields": {"lender": "刘素芬", "lender_kind": NP, "borrower": "钟永福", "borrower_kind": NP,
               "principal": "30000", "amount_delivered": "30000", "annual_rate": "0",
               "overdue_rate": "0.1095", "penalty_rate": None,
               "contract_date": "2022-10-08", "end_date": "2023-06-30",
               "repayment_method": M_ONCE, "dispute_method": None,
               "guarantor": None, "guarantee_type": None, "guarantee_period_months": None},
    "findings": [],
    "notes": "莫得利息 is an explicit zero, not an unstated rate: no no_interest_agreed. Overdue 万分之三/day × 365 = "
             "10.95 % < 14.6 %. Lender written as nickname 刘幺妹 with 大名刘素芬: gold takes the legal name. start_date "
             "left out: the note says the cash was taken 'after 国庆', not on the signing day. Limitation to 2026-06-30.",
})

# hp03  郫都借条, 利息每个月给 (no amount), expired
doc("hp03_pidu_jietiao.txt", "utf8", """借条

今借到陈光荣人民币捌万元整（80000元），是拿来买猪儿和饲料的。利息每个月给。
借期一年，到2022年3月1号还清。

借款人：吴大明  身份证510124197203******
担保：莫得
2021年3月2日于郫都区唐昌镇
""", {
    "as_of": "2025-09-20",
    "fields": {"lender": "陈光荣", "lender_kind": NP, "borrower": "吴大明", "borrower_kind": NP,
               "principal": "80000", "amount_delivered": "80000",
               "overdue_rate": None, "penalty_rate": None,
               "contract_date": "2021-03-02", "start_date": "2021-03-02", "end_date": "2022-03-01",
               "repayment_method": M_MONTH, "dispute_method": None,
               "guarantor": None, "guarantee_type": None, "guarantee_period_months": None},
    "findings": ["no_interest_agreed", "no_overdue_rate_agreed", "limitation_period_expired"],
    "notes": "'利息每个月给' says interest is paid monthly but never how much: 约定不明确 (民法典680, natural persons → "
             "no interest); annual_rate left out (no figure to compare). Due 2022-03-01, no payment or demand noted, "
             "limitation ended 2025-03-01 < as_of. '担保：莫得' = no guarantor.",
})

# hp04  火锅店合伙人借款协议 (GB18030)
doc("hp04_huoguo_hehuoren_jiekuan.txt", "gb18030", """借款协议

出借人（甲方）：罗志强，身份证号510107198104******，住成都市武侯区玉林北路**号
借款人（乙方）：黄春梅，身份证号510122198609******，“蓉城老码头火锅店”（个体工商户）经营者
保证人（丙方）：唐勇，身份证号510104198011******

鉴于甲、乙、丙三方系蓉城老码头火锅店（武侯区玉林店）的合伙人，乙方为门店二次装修及添置设备向甲方借款，三方经协商一致，订立本协议：

第一条  借款金额：人民币贰拾万元整（¥200,000.00）。
第二条  借款期限：自2024年3月18日起至2025年3月17日止。甲方于本协议签订当日通过银行转账一次付清。
第三条  利息：年利率12%，按季付息，乙方于每季末月20日前支付当季利息，到期归还全部本金。
第四条  逾期：乙方逾期还本付息的，逾期部分按日万分之三点五计收逾期利息。
第五条  保证：丙方自愿为乙方在本协议项下的全部债务提供连带责任保证，保证期间为借款到期后三年。
第六条  火锅店的分红不得直接抵扣本协议借款，但甲、乙双方另行书面确认的除外。
第七条  争议解决：因本协议发生争议，三方协商解决；协商不成的，向甲方所在地人民法院起诉。
第八条  本协议一式三份，三方各执一份，自三方签字之日起生效。

甲方（签字）：罗志强
乙方（签字）：黄春梅
丙方（签字）：唐勇
签订日期：二〇二四年三月十八日
签订地点：成都市武侯区
""", {
    "as_of": "2025-09-20",
    "fields": {"lender": "罗志强", "lender_kind": NP, "borrower": "黄春梅", "borrower_kind": NP,
               "principal": "200000", "amount_delivered": "200000", "annual_rate": "0.12",
               "overdue_rate": "0.12775", "penalty_rate": None,
               "contract_date": "2024-03-18", "start_date": "2024-03-18", "end_date": "2025-03-17",
               "repayment_method": M_QUARTER, "dispute_method": "court",
               "guarantor": "唐勇", "guarantee_type": JOINT, "guarantee_period_months": 36},
    "findings": [],
    "notes": "Cap 4 × 3.45 % = 13.8 % (LPR 2023-08-21). 12 % and 万分之三点五/day = 12.775 % are both under it. "
             "Borrower signs as 经营者 of a 个体工商户 but the 乙方 is the person 黄春梅. '借款到期后三年' = 36 months.",
})

# hp05  崇州猕猴桃 农村承包土地经营权抵押贷款 (bank, DOCX tables, 流转合同 attached)
doc("hp05_chongzhou_mihoutao_tudi_diya.docx", "docx", [
    ("h", "农村承包土地经营权抵押贷款借款合同（个人）"),
    ("p", "合同编号：崇蜀农商（怀远）抵借字2023第0417号"),
    ("t", [["合同当事人", "名称/姓名", "证件号码", "住所"],
           ["贷款人", "崇州蜀西农村商业银行股份有限公司怀远支行", "91510184MA6D******", "崇州市怀远镇正街**号"],
           ["借款人", "苟志勇", "510184197604******", "崇州市怀远镇**村**组"],
           ["保证人", "蒋小琴（借款人配偶）", "510184197810******", "同上"],
           ["抵押人", "苟志勇", "510184197604******", "同上"]]),
    ("p", "借款人因猕猴桃园水肥一体化改造及农资采购需要，向贷款人申请贷款，经审查同意，双方及保证人约定如下："),
    ("t", [["项目", "约定内容"],
           ["借款金额", "人民币叁拾万元整（¥300,000.00）"],
           ["借款用途", "猕猴桃园（42亩）水肥一体化改造、农资采购"],
           ["借款期限", "36个月，自2023年4月10日起至2026年4月9日止（以借款借据记载为准）"],
           ["借款利率", "以2023年3月20日公布的一年期贷款市场报价利率（LPR）3.65%为基准加130个基点，即年利率4.95%，借款期限内固定不变"],
           ["结息及还款方式", "按季结息，结息日为每季末月20日；到期一次归还本金"],
           ["逾期罚息", "借款逾期的，自逾期之日起在本合同借款利率基础上加收50%计收罚息"],
           ["担保方式", "抵押＋保证"]]),
    ("p", "第一条 抵押。抵押人以其通过流转取得的崇州市怀远镇**村42亩农村承包土地经营权（流转合同见附件一）为本合同项下全部债务提供抵押担保，并于本合同签订后十个工作日内到崇州市农村产权交易所办理抵押登记。"),
    ("p", "第二条 保证。保证人自愿为借款人在本合同项下的全部债务承担连带责任保证，保证期间为主债务履行期限届满之日起三年。"),
    ("p", "第三条 争议解决。因本合同发生的争议，由贷款人所在地人民法院管辖。"),
    ("p", "贷款人（盖章）：崇州蜀西农村商业银行股份有限公司怀远支行    借款人：苟志勇    保证人：蒋小琴"),
    ("p", "签订日期：2023年4月10日"),
    ("h", "附件一：农村土地经营权流转合同（摘要）"),
    ("p", "流出方：崇州市怀远镇**村股份经济合作社；流入方：苟志勇。流转面积42亩，流转期限自2019年1月1日起至2033年12月31日止，"
          "流转费每亩每年800元，每年12月31日前支付下一年度流转费。签订日期：2018年12月20日。"),
], {
    "as_of": "2025-09-20",
    "fields": {"lender": "崇州蜀西农村商业银行股份有限公司怀远支行", "lender_kind": LIC,
               "borrower": "苟志勇", "borrower_kind": NP,
               "principal": "300000", "amount_delivered": "300000", "annual_rate": "0.0495",
               "overdue_rate": "0.07425", "penalty_rate": None,
               "contract_date": "2023-04-10", "start_date": "2023-04-10", "end_date": "2026-04-09",
               "repayment_method": M_QUARTER, "dispute_method": "court",
               "guarantor": "蒋小琴", "guarantee_type": JOINT, "guarantee_period_months": 36},
    "findings": ["cap_not_applicable_licensed_lender"],
    "notes": "Bank (农村商业银行) → licensed. Overdue = 4.95 % × 1.5 = 7.425 %. guarantor = the 保证人 (the wife); the "
             "borrower's own 抵押 of his 土地经营权 is not a third-party guarantor. The 流转合同 annex (2018/2019/2033 "
             "dates, 800元/亩) is a distractor.",
})

# hp06  民宿 owner, 宅基地上房屋抵押, 投资咨询公司 lender
doc("hp06_minsu_zhaijidi_diya.txt", "utf8", """借款合同

甲方（出借人）：成都锦盛投资咨询有限公司
统一社会信用代码：91510107MA62******
住所：成都市武侯区武侯大道**号

乙方（借款人）：杨秀芝，身份证号510184197908******
系崇州市街子镇“竹隐山居”民宿经营者

一、乙方因民宿淡季资金周转及客房改造，向甲方借款人民币叁拾万元整（300000元），甲方于合同签订当日转账至乙方账户。
二、借款期限十二个月，自2024年8月5日起至2025年8月4日止。
三、月利率1.5%，按月付息，乙方每月5日前支付当月利息4500元，到期一次归还本金。
四、乙方以其位于崇州市街子镇**村*组宅基地上的自建房屋（集体土地，无不动产权证，仅有宅基地使用证）为本借款提供抵押，双方同意到村委会备案。
五、乙方逾期还款的，按逾期金额每日千分之一计收罚息，直至还清为止。
六、因本合同引起的争议，提交成都仲裁委员会仲裁。

甲方（盖章）：成都锦盛投资咨询有限公司        经办人：胡*
乙方（签字）：杨秀芝
家庭成员同意（签字）：丈夫 范德明
签订日期：2024年8月5日
""", {
    "as_of": "2025-09-20",
    "fields": {"lender": "成都锦盛投资咨询有限公司", "lender_kind": ENT, "borrower": "杨秀芝", "borrower_kind": NP,
               "principal": "300000", "amount_delivered": "300000", "annual_rate": "0.18",
               "overdue_rate": "0.365", "penalty_rate": None,
               "contract_date": "2024-08-05", "start_date": "2024-08-05", "end_date": "2025-08-04",
               "repayment_method": M_MONTH, "dispute_method": "arbitration",
               "guarantor": None, "guarantee_type": None, "guarantee_period_months": None},
    "findings": ["rate_above_4x_lpr", "overdue_charges_above_cap"],
    "notes": "投资咨询 company: not a licensed lender. Cap 4 × 3.35 % = 13.4 % (LPR 2024-07-22). 1.5 %/month = 18 %; "
             "罚息 千分之一/day = 36.5 %. The 宅基地 house mortgage is likely unenforceable but no rule covers it. "
             "The husband signs '家庭成员同意', not as 保证人: guarantor null.",
})

# hp07  小贷 借款合同, 账户管理费 withheld, 等额本息 table, 融资担保 guarantor (DOCX)
doc("hp07_xiaodai_zhanghuguanlifei_debx.docx", "docx", [
    ("h", "个人借款合同"),
    ("p", "合同编号：HTXD-DP-2024-1106-023"),
    ("t", [["贷款人", "眉山市东坡区汇通小额贷款股份有限公司"],
           ["借款人", "彭丽（身份证号511402198807******），眉山市东坡区“丽人衣橱”服装店经营者"],
           ["保证人", "四川蜀信融资担保有限公司"],
           ["借款金额", "人民币壹拾万元整（¥100,000.00）"],
           ["账户管理费", "借款金额的3%，计人民币3,000.00元，于放款时从借款金额中一次性扣收"],
           ["实际放款金额", "人民币97,000.00元"],
           ["借款期限", "12个月，自2024年11月6日起至2025年11月6日止"],
           ["借款利率", "年利率15.6%（月利率1.3%）"],
           ["还款方式", "等额本息，每月6日还款，共12期，每期应还9,054.17元（末期9,054.14元）"],
           ["综合年化成本", "含账户管理费按实际放款金额测算约为21.48%（IRR）"],
           ["逾期罚息", "在借款利率基础上上浮50%"]]),
    ("p", "第五条 保证人对借款人在本合同项下的全部债务承担连带责任保证，保证期间为主债务履行期限届满之日起三年。"),
    ("p", "第八条 因本合同产生的争议，提交成都仲裁委员会按其仲裁规则仲裁。"),
    ("p", "附表：还款计划表"),
    ("t", [["期数", "还款日", "应还金额", "本金", "利息", "剩余本金"],
           ["1", "2024-12-06", "9,054.17", "7,754.17", "1,300.00", "92,245.83"],
           ["2", "2025-01-06", "9,054.17", "7,854.97", "1,199.20", "84,390.86"],
           ["3", "2025-02-06", "9,054.17", "7,957.09", "1,097.08", "76,433.77"],
           ["4", "2025-03-06", "9,054.17", "8,060.53", "993.64", "68,373.24"],
           ["5", "2025-04-06", "9,054.17", "8,165.32", "888.85", "60,207.92"],
           ["6", "2025-05-06", "9,054.17", "8,271.47", "782.70", "51,936.45"],
           ["7", "2025-06-06", "9,054.17", "8,379.00", "675.17", "43,557.45"],
           ["8", "2025-07-06", "9,054.17", "8,487.92", "566.25", "35,069.53"],
           ["9", "2025-08-06", "9,054.17", "8,598.27", "455.90", "26,471.26"],
           ["10", "2025-09-06", "9,054.17", "8,710.04", "344.13", "17,761.22"],
           ["11", "2025-10-06", "9,054.17", "8,823.27", "230.90", "8,937.95"],
           ["12", "2025-11-06", "9,054.14", "8,937.95", "116.19", "0.00"]]),
    ("p", "贷款人（盖章）：眉山市东坡区汇通小额贷款股份有限公司    借款人：彭丽    保证人（盖章）：四川蜀信融资担保有限公司"),
    ("p", "签订日期：2024年11月6日"),
], {
    "as_of": "2025-09-20",
    "fields": {"lender": "眉山市东坡区汇通小额贷款股份有限公司", "lender_kind": LIC, "borrower": "彭丽",
               "borrower_kind": NP, "principal": "100000", "amount_delivered": "97000", "annual_rate": "0.156",
               "overdue_rate": "0.234", "penalty_rate": None,
               "contract_date": "2024-11-06", "start_date": "2024-11-06", "end_date": "2025-11-06",
               "repayment_method": M_EQ, "dispute_method": "arbitration",
               "guarantor": "四川蜀信融资担保有限公司", "guarantee_type": JOINT, "guarantee_period_months": 36},
    "findings": ["cap_not_applicable_licensed_lender", "interest_deducted_upfront"],
    "notes": "Hard call: the 3,000 withheld is called 账户管理费, not interest, but the contract itself states 实际放款 "
             "97,000 on a 100,000 principal; courts treat a fee withheld at disbursement like 砍头息 (principal = amount "
             "delivered), so interest_deducted_upfront is gold. annual_rate = the stated 利息 rate 15.6 %, not the 21.48 % "
             "IRR. Overdue = 15.6 % × 1.5 = 23.4 %.",
})

# hp08  企业间借贷 between 建材 companies (GB18030)
doc("hp08_jiancai_qiyejian_jiedai.txt", "gb18030", """借款合同
                                                    合同编号：XDJC-JK-2022-005

出借方（甲方）：成都鑫达建材有限公司
住所：成都市郫都区团结街道**路**号
借款方（乙方）：眉山市恒固建材贸易有限公司
住所：眉山市东坡区**大道**号
保证人（丙方）：付国强（乙方法定代表人），身份证号511402197505******

鉴于乙方因采购水泥、砂石临时资金周转需要，甲方以自有资金向乙方出借款项，三方约定如下：
1. 借款金额：人民币伍拾万元整（¥500,000.00），甲方于2022年5月20日汇入乙方基本账户。
2. 借款期限：6个月，自2022年5月20日至2022年11月19日。
3. 借款利率：年利率10%，借款到期时本息一次性支付。
4. 逾期责任：乙方逾期的，逾期部分按日万分之三计付逾期利息。
5. 担保：丙方对乙方本合同项下债务承担连带责任保证，保证期间为借款到期后三年。
6. 乙方不得将借款用于转贷或其他非生产经营用途。
7. 争议解决：协商不成的，向甲方所在地人民法院提起诉讼。

甲方（盖章）：成都鑫达建材有限公司      法定代表人：邱鑫
乙方（盖章）：眉山市恒固建材贸易有限公司  法定代表人：付国强
丙方（签字）：付国强
2022年5月20日
""", {
    "as_of": "2025-10-20",
    "fields": {"lender": "成都鑫达建材有限公司", "lender_kind": ENT, "borrower": "眉山市恒固建材贸易有限公司",
               "borrower_kind": ENT, "principal": "500000", "amount_delivered": "500000", "annual_rate": "0.10",
               "overdue_rate": "0.1095", "penalty_rate": None,
               "contract_date": "2022-05-20", "start_date": "2022-05-20", "end_date": "2022-11-19",
               "repayment_method": M_ONCE, "dispute_method": "court",
               "guarantor": "付国强", "guarantee_type": JOINT, "guarantee_period_months": 36},
    "findings": [],
    "notes": "Cap 4 × 3.70 % = 14.8 % (LPR 2022-01-20). Due 2022-11-19, limitation to 2025-11-19: as_of 2025-10-20 is "
             "one month short, so no limitation finding (deliberate near miss).",
})

# hp09  过桥 (转贷) at 日息千分之二, 直至本息还清
doc("hp09_guoqiao_rixi_qianfenzhier.txt", "utf8", """过桥借款协议（续贷专用）

出借人：杨国富（身份证510123197011******）
借款人：崇州市杨柳湾农业开发有限公司
法定代表人：刘长林

因借款人在崇州蜀西农商行的流动资金贷款80万元于2025年2月15日到期，需先还旧再续新，特向出借人借用过桥资金，约定如下：
一、借款金额：捌拾万元整（800000元），出借人于2025年2月14日转入借款人在银行的还款账户。
二、使用期限：15天，2025年2月14日至2025年3月1日；银行续贷放款到账当日即归还。
三、资金占用费：日息千分之二，按实际使用天数计算，还本时一并支付。
四、逾期：超过期限未还的，逾期部分按日息千分之三计收。
五、担保人刘长林对上述借款本息承担连带保证责任，直至借款本息全部还清为止。

借款人（盖章）：崇州市杨柳湾农业开发有限公司
法定代表人（签字）：刘长林
担保人（签字）：刘长林
出借人（签字）：杨国富
2025年2月14日
""", {
    "as_of": "2025-09-20",
    "fields": {"lender": "杨国富", "lender_kind": NP, "borrower": "崇州市杨柳湾农业开发有限公司", "borrower_kind": ENT,
               "principal": "800000", "amount_delivered": "800000", "annual_rate": "0.73",
               "overdue_rate": "1.095", "penalty_rate": None,
               "contract_date": "2025-02-14", "start_date": "2025-02-14", "end_date": "2025-03-01",
               "repayment_method": M_ONCE, "dispute_method": None,
               "guarantor": "刘长林", "guarantee_type": JOINT, "guarantee_period_months": None},
    "findings": ["rate_above_4x_lpr", "overdue_charges_above_cap", "guarantee_period_defaults_to_6_months"],
    "notes": "资金占用费 日息千分之二 is the interest: 0.002 × 365 = 73 %; overdue 千分之三/day = 109.5 %; cap 4 × 3.10 % = "
             "12.4 %. '直至借款本息全部还清为止' = period unclear (担保制度解释32) → six months; months left null.",
})

# hp10  保证合同 by 夫妻 (DOCX paragraphs), type not stated
doc("hp10_fuqi_baozheng_hetong.docx", "docx", [
    ("h", "保证合同"),
    ("p", "债权人（甲方）：邹庆华，身份证号510107197302******"),
    ("p", "保证人（乙方一）：廖建军，身份证号510122198001******"),
    ("p", "保证人（乙方二）：宋晓燕（乙方一之妻），身份证号510122198206******"),
    ("p", "债务人：廖建国，身份证号510122198305******"),
    ("p", "鉴于甲方与债务人于2023年9月15日签订《借款合同》，约定债务人向甲方借款人民币壹拾伍万元整（150,000元），"
          "月利率1%，借款期限自2023年9月15日起至2024年9月14日止。乙方愿意为债务人的上述债务提供担保，经协商订立本合同。"),
    ("p", "第一条 保证范围：主合同项下的借款本金、利息、逾期利息以及甲方实现债权的费用（包括诉讼费、律师费）。"),
    ("p", "第二条 保证方式：乙方一、乙方二共同为债务人的上述债务向甲方提供保证担保。"),
    ("p", "第三条 保证期间：借款到期后三年。"),
    ("p", "第四条 乙方二确认，本保证系乙方一与乙方二夫妻双方的共同意思表示，所负债务为夫妻共同债务。"),
    ("p", "第五条 主合同展期的，须经乙方书面同意。"),
    ("p", "第六条 因本合同发生争议，向甲方住所地人民法院起诉。"),
    ("p", "甲方：邹庆华        乙方一：廖建军        乙方二：宋晓燕"),
    ("p", "签订日期：2023年9月15日"),
], {
    "as_of": "2025-09-20",
    "fields": {"lender": "邹庆华", "lender_kind": NP, "borrower": "廖建国", "borrower_kind": NP,
               "principal": "150000", "annual_rate": "0.12",
               "contract_date": "2023-09-15", "start_date": "2023-09-15", "end_date": "2024-09-14",
               "dispute_method": "court", "guarantee_type": UNSPEC, "guarantee_period_months": 36},
    "findings": ["guarantee_type_defaults_to_general"],
    "notes": "A guarantee instrument: overdue rate, penalty and repayment method sit in the main 借款合同, so they are "
             "left out (not null), and no rate findings. Two guarantors (husband and wife): guarantor left out; both "
             "share the same terms. Hard call: '共同…提供保证担保' binds the two guarantors together (民法典699) but "
             "does not say 连带责任保证 toward the creditor → type unstated → 一般保证 (民法典686). Period '借款到期后三年' "
             "= 36. 月利率1% = 12 % < 13.8 %.",
})

# hp11  银行 经营贷, 循环额度, LPR+95BP with the figure (DOCX tables), 融资担保 guarantor
doc("hp11_yinhang_jingyingdai_xunhuan.docx", "docx", [
    ("h", "流动资金借款合同（循环额度项下单笔）"),
    ("p", "合同编号：RCYH-WH-LD-2024-0508-02        对应额度合同：《循环授信额度合同》RCYH-WH-ED-2024-011"),
    ("p", "贷款人：成都蓉城银行股份有限公司武侯支行"),
    ("p", "借款人：成都巧妹儿餐饮管理有限公司（统一社会信用代码91510107MA6B******）"),
    ("p", "保证人：成都市武侯区中小企业融资担保有限公司"),
    ("p", "借款人在贷款人核定的循环授信额度人民币壹佰万元整（额度有效期2024年5月8日至2027年5月7日）内申请本笔提款，双方约定如下："),
    ("t", [["条款", "内容"],
           ["本笔借款金额", "人民币伍拾万元整（¥500,000.00）"],
           ["借款用途", "门店食材采购及员工工资周转"],
           ["借款期限", "自2024年5月8日起至2025年5月7日止"],
           ["利率", "一年期LPR加95个基点；以本合同签订日前一工作日公布的一年期LPR 3.45%计，执行年利率4.40%，借款期内不调整"],
           ["结息方式", "按月结息，结息日为每月20日，到期一次还本"],
           ["逾期罚息", "逾期贷款按执行利率加收50%"],
           ["担保", "成都市武侯区中小企业融资担保有限公司提供连带责任保证（另签《保证合同》），保证期间为主债务履行期限届满之日起三年"],
           ["争议解决", "向贷款人住所地人民法院提起诉讼"]]),
    ("p", "贷款人（盖章）：成都蓉城银行股份有限公司武侯支行    借款人（盖章）：成都巧妹儿餐饮管理有限公司"),
    ("p", "签订日期：2024年5月8日"),
], {
    "as_of": "2025-09-20",
    "fields": {"lender": "成都蓉城银行股份有限公司武侯支行", "lender_kind": LIC,
               "borrower": "成都巧妹儿餐饮管理有限公司", "borrower_kind": ENT,
               "principal": "500000", "amount_delivered": "500000", "annual_rate": "0.044",
               "overdue_rate": "0.066", "penalty_rate": None,
               "contract_date": "2024-05-08", "start_date": "2024-05-08", "end_date": "2025-05-07",
               "repayment_method": M_MONTH, "dispute_method": "court",
               "guarantor": "成都市武侯区中小企业融资担保有限公司", "guarantee_type": JOINT,
               "guarantee_period_months": 36},
    "findings": ["cap_not_applicable_licensed_lender"],
    "notes": "The 1,000,000 revolving line and its 2024–2027 validity are distractors; this drawdown is 500,000 for one "
             "year. LPR+95BP stated with the executed figure 4.40 %; overdue 4.40 % × 1.5 = 6.6 %.",
})

# hp12  最高额抵押 between natural persons (mother's flat for her son's 借条)
doc("hp12_zuigao_e_diya.txt", "utf8", """最高额抵押合同

抵押权人（甲方）：冯志明，身份证号510106197107******
抵押人（乙方）：孙桂兰，身份证号510124195409******
债务人（丙方）：余卫东（乙方之子），身份证号510124198111******

为担保丙方在2022年7月1日至2025年6月30日期间向甲方陆续借款所形成的债务，乙方自愿以其所有的成都市郫都区犀浦镇**路**号*栋*单元*号房屋（不动产权证号：川（2019）郫都区不动产权第00*****号）向甲方提供最高额抵押担保。

一、担保的最高债权额：人民币陆拾万元整（含本金、利息、违约金及实现债权的费用）。
二、债权确定期间：2022年7月1日至2025年6月30日。
三、每笔借款的金额、利率、期限以丙方出具的借条为准。
四、乙方应于本合同签订后十日内配合甲方办理最高额抵押登记。
五、抵押期间，未经甲方书面同意，乙方不得转让、出租抵押房屋。
六、因本合同发生的争议，向抵押房屋所在地人民法院起诉。

甲方：冯志明
乙方：孙桂兰
丙方：余卫东
签订日期：2022年6月28日
""", {
    "as_of": "2025-09-20",
    "fields": {"lender": "冯志明", "lender_kind": NP, "borrower": "余卫东", "borrower_kind": NP,
               "contract_date": "2022-06-28", "dispute_method": "court"},
    "findings": [],
    "notes": "A maximum-amount mortgage only: 600,000 is a ceiling, not a principal; rates and terms sit in the 借条 "
             "(left out). Guarantor fields left out: the only security giver is a 抵押人 (the mother), not a 保证人, and "
             "guarantee_type/period are only meaningful for 保证. 债权确定期间 dates are not loan start/end.",
})

# hp13  借款展期协议, 利息并入本金, 月息一分五, overdue 二分 + 违约金
doc("hp13_zhanqi_xieyi.txt", "utf8", """借款展期协议

甲方（出借人）：潘德琼，身份证号510107196912******
乙方（借款人）：万小波，身份证号510105198703******

原借款情况：乙方于2023年1月10日向甲方借款人民币壹拾万元整（100000元），约定月息1分，借期一年，于2024年1月9日到期。乙方利息只付到2023年6月，尚欠2023年7月至12月共六个月利息6000元。乙方因生意周转困难，无法按期还款，申请展期。

经双方协商一致：
1. 乙方所欠利息6000元并入本金，展期本金为106000元。
2. 展期期限自2024年1月10日起至2024年12月31日止。
3. 展期期间按月息一分五计息，利息每月10号前给付，本金到期一次还清。
4. 展期到期仍未还清的，按月息二分计收逾期利息，另按未还本金每日万分之五支付违约金。
5. 其他事项仍按原借条执行。

甲方：潘德琼
乙方：万小波
2024年1月5日
""", {
    "as_of": "2025-09-20",
    "fields": {"lender": "潘德琼", "lender_kind": NP, "borrower": "万小波", "borrower_kind": NP,
               "annual_rate": "0.18", "overdue_rate": "0.24", "penalty_rate": "0.1825",
               "contract_date": "2024-01-05", "start_date": "2024-01-10", "end_date": "2024-12-31",
               "repayment_method": M_MONTH, "dispute_method": None,
               "guarantor": None, "guarantee_type": None, "guarantee_period_months": None},
    "findings": ["rate_above_4x_lpr", "overdue_charges_above_cap", "compound_interest_restated"],
    "notes": "principal left out: two figures (original 100,000 and restated 106,000 incl. 6,000 rolled interest). "
             "Rate measured at the extension agreement (2024-01-05, cap 13.8 %); 18 % is above the original loan's cap "
             "(14.6 %) too, so the finding does not hang on which date. Overdue 24 % + 违约金 万分之五/day 18.25 % = "
             "42.25 %. annual_rate = the extension rate this document sets (the old 月息1分 is recited history).",
})

# hp14  债权转让协议 + 通知 (GB18030)
doc("hp14_zhaiquan_zhuanrang_tongzhi.txt", "gb18030", """债权转让协议

转让方（甲方）：谭德明，身份证号510104197208******
受让方（乙方）：成都川益商贸有限公司
债务人：欧阳志，身份证号510107198410******

一、转让标的：甲方依据债务人于2021年6月1日出具的《借条》对债务人享有的债权。该借条载明：借款本金人民币贰拾万元整，约定年利率15%，借款期限至2022年5月31日，逾期按原约定利率计付逾期利息。截至本协议签订日，债务人已付利息至2021年12月31日，尚欠本金20万元及自2022年1月1日起的利息。
二、转让价款：乙方向甲方支付转让价款人民币壹拾伍万元整，于本协议签订之日起三日内付清。
三、甲方应于本协议签订后五日内书面通知债务人，并将借条原件、转账凭证交付乙方。
四、争议解决：因本协议发生争议，向甲方所在地人民法院起诉。

甲方：谭德明
乙方（盖章）：成都川益商贸有限公司
2024年4月20日

附：债权转让通知书
欧阳志：
    谭德明已将其依据你2021年6月1日出具的《借条》对你享有的借款债权（本金20万元及利息）全部转让给成都川益商贸有限公司。请你自收到本通知之日起十日内向成都川益商贸有限公司清偿全部借款本息。
    通知人：谭德明    2024年4月22日
    （EMS邮寄，单号1188*******，2024年4月24日由欧阳志本人签收）
""", {
    "as_of": "2025-10-10",
    "fields": {"borrower": "欧阳志", "borrower_kind": NP,
               "principal": "200000", "amount_delivered": "200000", "annual_rate": "0.15",
               "overdue_rate": "0.15", "penalty_rate": None,
               "start_date": "2021-06-01", "end_date": "2022-05-31",
               "dispute_method": "court",
               "guarantor": None, "guarantee_type": None, "guarantee_period_months": None},
    "findings": [],
    "notes": "lender left out (original creditor 谭德明 vs transferee 成都川益商贸有限公司); contract_date left out "
             "(借条 2021-06-01 vs transfer 2024-04-20). Rate judged on the 借条 date: cap 4 × 3.85 % = 15.4 % ≥ 15 %. "
             "(Measured at the transfer date it would wrongly exceed 13.8 %.) 转让价款 150,000 is not the principal. "
             "Limitation: due 2022-05-31 would end 2025-05-31, but the notice of 2024-04-22 demands payment and was "
             "signed for on 2024-04-24 → interrupted (民法典195), runs to 2027 → not expired.",
})

# hp15  还款承诺书 after default, pre-LPR loan
doc("hp15_huankuan_chengnuoshu.txt", "utf8", """还款承诺书

谢玉兰大姐：
    我周大勇2019年3月15日找你借了陆万元（60000元），当时说的月息2分，年底还，结果生意垮了一直莫还上，利息也只给到2019年8月。
    今天我承认：到今天为止还欠你本金6万元，另外欠利息（从2019年9月起算）按月息2分算。
    我承诺：2023年6月30号以前把本金和利息全部还清。要是到时候还莫还清，愿意继续按月息2分给逾期利息。

承诺人：周大勇  身份证510121197506******
2022年8月10日 于眉山市东坡区
""", {
    "as_of": "2025-09-20",
    "fields": {"lender": "谢玉兰", "lender_kind": NP, "borrower": "周大勇", "borrower_kind": NP,
               "principal": "60000", "amount_delivered": "60000", "annual_rate": "0.24",
               "overdue_rate": "0.24", "penalty_rate": None,
               "start_date": "2019-03-15", "end_date": "2023-06-30", "dispute_method": None,
               "guarantor": None, "guarantee_type": None, "guarantee_period_months": None},
    "findings": ["pre_lpr_rate_rules"],
    "notes": "Hard call: the loan was made 2019-03-15, before the first LPR → pre_lpr_rate_rules (24 % sits at the "
             "supported line), not a 4 × LPR finding against the 2022 promise date. contract_date left out (2019 loan vs "
             "2022 promise). end_date = the promised 2023-06-30 (the promise is the operative due date); limitation "
             "runs to 2026-06-30 → not expired. The promise states an overdue rate.",
})

# hp16  以房抵债协议
doc("hp16_yifang_dizhai.txt", "utf8", """以房抵债协议

甲方（债权人）：魏建平，身份证号510122197610******
乙方（债务人）：石晓东，身份证号510124198207******
丙方（乙方配偶）：林小红，身份证号510124198409******

一、债务确认：乙方于2023年3月1日向甲方借款人民币叁拾万元整（300000元），约定年利率12%，借期一年（至2024年2月29日），逾期利率按借期内利率上浮20%。借款到期后乙方未能归还。截至2024年11月20日，乙方尚欠本金30万元，利息合计5万元（已扣除乙方已付部分），本息合计35万元。
二、抵债方式：乙方、丙方同意将其共有的成都市郫都区红光街道**小区*栋*单元**号住房（建筑面积89.6㎡）作价人民币叁拾捌万元抵偿上述债务，差价3万元由甲方在过户完成后三日内支付给乙方。
三、乙方、丙方应于2024年12月31日前配合甲方办理不动产转移登记，并于过户后十五日内腾房交付。
四、过户完成后，甲乙双方之间的上述借贷关系即告消灭；过户未能完成的，甲方仍有权按原借款约定主张本息。
五、因本协议发生争议，向房屋所在地人民法院起诉。

甲方：魏建平
乙方：石晓东
丙方：林小红
签订日期：2024年11月20日
""", {
    "as_of": "2025-09-20",
    "fields": {"lender": "魏建平", "lender_kind": NP, "borrower": "石晓东", "borrower_kind": NP,
               "principal": "300000", "amount_delivered": "300000", "annual_rate": "0.12",
               "overdue_rate": "0.144", "penalty_rate": None,
               "start_date": "2023-03-01", "end_date": "2024-02-29", "dispute_method": "court",
               "guarantor": None, "guarantee_type": None, "guarantee_period_months": None},
    "findings": [],
    "notes": "以物抵债 after the debt fell due (valid). Rates judged on the loan date 2023-03-01: cap 14.6 %; overdue "
             "12 % × 1.2 = 14.4 % just under. contract_date left out (loan 2023-03-01 vs agreement 2024-11-20); at the "
             "agreement date's cap (12.4 %) the overdue rate would wrongly look excessive. The 380,000 price and 350,000 "
             "本息 are not the principal. The spouse 丙方 is a co-owner, not a guarantor.",
})

# hp17  对账单 signed by the debtor, still expired
doc("hp17_duizhangdan_jiekuan.txt", "utf8", """借款对账确认书

致：黄桂芳 女士
    截至2021年6月30日，经我部与您核对，您向我部借款情况如下：

借款日期    借款本金        约定还款日    约定利率   逾期利率    已付利息情况          欠本金        欠利息（计至2021-06-30）
2018-09-01  120,000.00元   2019-08-31    月息1分    月息1分5    已付至2019-02-28     120,000.00元   33,600.00元

    请核对后在回执上签字确认。如有不符，请于收到之日起七日内提出。

                                              成都市武侯区华兴建材经营部（盖章）
                                              2021年6月25日

回执：经核对，上述借款余额属实。
债务人签字：黄桂芳
日期：2021年6月30日
""", {
    "as_of": "2025-08-20",
    "fields": {"lender": "成都市武侯区华兴建材经营部", "lender_kind": ENT, "borrower": "黄桂芳", "borrower_kind": NP,
               "principal": "120000", "amount_delivered": "120000", "annual_rate": "0.12", "overdue_rate": "0.18",
               "start_date": "2018-09-01", "end_date": "2019-08-31"},
    "findings": ["pre_lpr_rate_rules", "limitation_period_expired"],
    "notes": "Loan of 2018-09-01 predates the LPR → pre_lpr_rate_rules (12 %, well within the 24 % line). Limitation: "
             "due 2019-08-31 (would end 2022-08-31); the debtor's signed confirmation of 2021-06-30 restarts it → ends "
             "2024-06-30 < as_of 2025-08-20 → expired either way. contract_date left out (loan vs 对账 dates). "
             "Dispute, guarantor, penalty, repayment method left out: a 对账单 does not restate them.",
})

# hp18  法院民事调解书 extract
doc("hp18_tiaojieshu_zhaiyao.txt", "utf8", """四川省成都市武侯区人民法院
民 事 调 解 书
（2025）川0107民初4312号

原告：简红梅，女，1979年3月6日出生，汉族，住成都市武侯区**路**号。
被告：卢志伟，男，1983年11月2日出生，汉族，住成都市武侯区**街**号。
被告：曹丽，女，1985年7月19日出生，汉族，住成都市双流区**镇**村。

案由：民间借贷纠纷

    原告简红梅向本院提出诉讼请求：1.判令被告卢志伟偿还借款本金150000元及利息；2.被告曹丽承担连带清偿责任。事实和理由：2023年10月8日，被告卢志伟向原告借款150000元，约定年利率10%，借期一年，被告曹丽在借条上作为保证人签字并注明“承担连带责任保证”。被告卢志伟仅支付利息至2024年4月7日，借款到期后未还本息。
    本案审理过程中，经本院主持调解，当事人自愿达成如下协议：
    一、被告卢志伟于2025年8月31日前偿还原告简红梅借款本金150000元及利息（以150000元为基数，按年利率10%，自2024年4月8日起计算至实际清偿之日止）；
    二、被告曹丽对上述第一项债务承担连带清偿责任；
    三、若被告卢志伟未按期足额履行第一项义务，原告有权就全部未付款项申请强制执行，并自2025年9月1日起以未付本金为基数按年利率13.8%（即合同成立时一年期贷款市场报价利率的四倍）计付逾期利息；
    四、案件受理费3300元，减半收取计1650元，由被告卢志伟负担。
    上述协议，不违反法律规定，本院予以确认。
    本调解书经各方当事人签收后，即具有法律效力。

                                                       审  判  员    孟**
                                                       二〇二五年四月十五日
                                                       书  记  员    韩**
（本件与原本核对无异）
""", {
    "as_of": "2025-09-20",
    "fields": {"lender": "简红梅", "lender_kind": NP, "borrower": "卢志伟", "borrower_kind": NP,
               "principal": "150000", "amount_delivered": "150000", "annual_rate": "0.10",
               "overdue_rate": "0.138", "penalty_rate": None, "start_date": "2023-10-08",
               "guarantor": "曹丽", "guarantee_type": JOINT},
    "findings": [],
    "notes": "A court-confirmed settlement, not a contract: contract_date, end_date (2024-10-07 loan vs 2025-08-31 "
             "settlement) and dispute clause left out; guarantee period not stated (liability fixed by the court) → "
             "left out, and no guarantee default finding. 13.8 % = exactly 4 × 3.45 % at 2023-10-08, not above. "
             "(At the 调解书 date's 12.4 % cap it would wrongly look excessive.) Limitation irrelevant: enforcement "
             "period of a 调解书, not a loan limitation.",
})

# hp19  典当 借款 (DOCX tables), 首月利息+综合费 withheld
doc("hp19_diandang_qiche.docx", "docx", [
    ("h", "成都金泰典当有限责任公司  当票（机动车质押）附借款合同"),
    ("p", "当票号：JT-2024-0910-088"),
    ("t", [["典当行", "成都金泰典当有限责任公司", "当户", "邱明（身份证号510107198606******）"],
           ["当物", "丰田汉兰达 2021款（车牌川A·****8）", "评估价格", "人民币320,000.00元"],
           ["当金", "人民币贰拾万元整（¥200,000.00）", "典当期限", "2024年9月10日至2025年3月9日（6个月）"],
           ["当金月利率", "0.5%", "月综合费率", "2.4%"],
           ["首月扣收", "利息1,000.00元＋综合费4,800.00元，共5,800.00元，于发放当金时扣收", "实付当金", "人民币194,200.00元"]]),
    ("p", "第二条 自第二个月起，当户应于每月10日前向典当行支付当月利息及综合费；典当期限届满，当户偿还当金赎当。"),
    ("p", "第三条 典当期限届满或续当期限届满后5日内，当户既不赎当也不续当的，为绝当，典当行有权依法处分当物。"),
    ("p", "第四条 因本当票及合同发生的争议，向典当行所在地人民法院起诉。"),
    ("p", "典当行（盖章）：成都金泰典当有限责任公司      当户（签字）：邱明"),
    ("p", "日期：2024年9月10日"),
], {
    "as_of": "2025-09-20",
    "fields": {"lender": "成都金泰典当有限责任公司", "lender_kind": LIC, "borrower": "邱明", "borrower_kind": NP,
               "principal": "200000", "amount_delivered": "194200", "annual_rate": "0.06",
               "overdue_rate": None, "penalty_rate": None,
               "contract_date": "2024-09-10", "start_date": "2024-09-10", "end_date": "2025-03-09",
               "repayment_method": M_MONTH, "dispute_method": "court",
               "guarantor": None, "guarantee_type": None, "guarantee_period_months": None},
    "findings": ["cap_not_applicable_licensed_lender", "interest_deducted_upfront"],
    "notes": "典当 → licensed. annual_rate = 当金利息 0.5 %/month = 6 %; the 2.4 %/month 综合费 is a fee, not interest. "
             "The first month's interest and fee (5,800) are taken out of the 当金 → delivered 194,200. No overdue rate "
             "(绝当 instead); no_overdue_rate_agreed is private-lending only. The car is a pledge by the borrower, no "
             "third-party guarantor.",
})

# hp20  寄售行 等额本息 with schedule (DOCX tables), bare 担保人
doc("hp20_jishouhang_debx.docx", "docx", [
    ("h", "借款合同"),
    ("t", [["出借人（甲方）", "武侯区鑫荣寄售行（个体工商户，经营者曾繁荣）"],
           ["借款人（乙方）", "吕小芳，身份证号510107199103******"],
           ["担保人", "吕小军"],
           ["借款金额", "人民币叁万陆仟元整（¥36,000.00）"],
           ["借款期限", "12个月，自2024年12月16日至2025年12月16日"],
           ["利率", "月利率2%"],
           ["还款方式", "等额本息，每月16日还款，每期3,404.15元（末期3,404.10元）"],
           ["逾期", "每逾期一日，按当期应还款额的千分之一加收逾期利息"],
           ["争议解决", "向甲方所在地人民法院起诉"]]),
    ("p", "还款计划："),
    ("t", [["期数", "还款日", "应还", "本金", "利息", "剩余本金"],
           ["1", "2025-01-16", "3,404.15", "2,684.15", "720.00", "33,315.85"],
           ["2", "2025-02-16", "3,404.15", "2,737.83", "666.32", "30,578.02"],
           ["3", "2025-03-16", "3,404.15", "2,792.59", "611.56", "27,785.43"],
           ["4", "2025-04-16", "3,404.15", "2,848.44", "555.71", "24,936.99"],
           ["5", "2025-05-16", "3,404.15", "2,905.41", "498.74", "22,031.58"],
           ["6", "2025-06-16", "3,404.15", "2,963.52", "440.63", "19,068.06"],
           ["7", "2025-07-16", "3,404.15", "3,022.79", "381.36", "16,045.27"],
           ["8", "2025-08-16", "3,404.15", "3,083.24", "320.91", "12,962.03"],
           ["9", "2025-09-16", "3,404.15", "3,144.91", "259.24", "9,817.12"],
           ["10", "2025-10-16", "3,404.15", "3,207.81", "196.34", "6,609.31"],
           ["11", "2025-11-16", "3,404.15", "3,271.96", "132.19", "3,337.35"],
           ["12", "2025-12-16", "3,404.10", "3,337.35", "66.75", "0.00"]]),
    ("p", "甲方（签章）：武侯区鑫荣寄售行  曾繁荣      乙方（签字）：吕小芳      担保人（签字）：吕小军"),
    ("p", "签订日期：2024年12月16日"),
], {
    "as_of": "2025-09-20",
    "fields": {"lender": "武侯区鑫荣寄售行", "lender_kind": ENT, "borrower": "吕小芳", "borrower_kind": NP,
               "principal": "36000", "amount_delivered": "36000", "annual_rate": "0.24",
               "overdue_rate": "0.365", "penalty_rate": None,
               "contract_date": "2024-12-16", "start_date": "2024-12-16", "end_date": "2025-12-16",
               "repayment_method": M_EQ, "dispute_method": "court",
               "guarantor": "吕小军", "guarantee_type": UNSPEC, "guarantee_period_months": None},
    "findings": ["rate_above_4x_lpr", "overdue_charges_above_cap", "guarantee_type_defaults_to_general",
                 "guarantee_period_defaults_to_6_months"],
    "notes": "寄售行 (a 个体工商户 business) is not licensed → enterprise. 2 %/month = 24 % > 4 × 3.10 % = 12.4 %; "
             "overdue 千分之一/day = 36.5 %. Bare '担保人' after 2021 → 一般保证 and six months.",
})

# hp21  崇州柑橘 借条, 每天每万块八块, 农历, bare 担保人 before 2021, payment note saves limitation
doc("hp21_ganju_meitian_meiwan_bakuai.txt", "utf8", """借  条

今借到老乡曾庆余人民币伍万元整（50000.00元），拿去买柑橘苗子和肥料。
利息说好的每天每万块八块钱，到期连本带利一起算。
借款时间：2020年6月28日（农历五月初八）
还款时间：2021年农历五月初八连本带利还清。

借款人：罗德兵  身份证510184197309******  崇州市白头镇**村
担保人：罗德平

————————————（以下为手写）
2023年2月10日 罗德兵还利息伍仟元（5000元），曾庆余收。
""", {
    "as_of": "2025-09-20",
    "fields": {"lender": "曾庆余", "lender_kind": NP, "borrower": "罗德兵", "borrower_kind": NP,
               "principal": "50000", "amount_delivered": "50000", "annual_rate": "0.292",
               "overdue_rate": None, "penalty_rate": None,
               "contract_date": "2020-06-28", "start_date": "2020-06-28", "end_date": "2021-06-17",
               "repayment_method": M_ONCE, "dispute_method": None,
               "guarantor": "罗德平", "guarantee_type": UNSPEC, "guarantee_period_months": None},
    "findings": ["rate_above_4x_lpr", "no_overdue_rate_agreed"],
    "notes": "每天每万块八块 = 8/10000 per day × 365 = 29.2 % > 4 × 3.85 % = 15.4 %. 农历2021年五月初八 = 2021-06-17. "
             "Bare 担保人 given 2020 → 担保法 applies (no default findings); the field still records the document's "
             "unstated type. Limitation would end 2024-06-17 but the 2023-02-10 interest payment restarts it → 2026.",
})

# hp22  小贷 合同, 综合费率 split 利息+服务费+账户管理费, 或裁或诉
doc("hp22_xiaodai_zonghe_feilv.txt", "utf8", """个人经营性借款合同
                                                  合同编号：TFXD-2025-0312-017

贷款人（甲方）：成都市郫都区天府小额贷款有限公司
借款人（乙方）：孔德胜，身份证号510124198001******，个体工商户“郫都区德胜川菜馆”经营者
保证人（丙方）：孔德利（乙方之弟），身份证号510124198304******

第一条  借款金额：人民币贰拾万元整（¥200,000.00）。
第二条  借款期限：12个月，自2025年3月12日起至2026年3月11日止，以借款借据记载为准。
第三条  利率与费用：
    1. 借款年利率9.6%（月利率0.8%）；
    2. 服务费：年化6%，按月随利息收取，用于贷前调查及贷后管理；
    3. 账户管理费：年化3.6%，按月随利息收取；
    上述利息与费用合计综合年化费率19.2%。甲方不预先扣收任何利息或费用，按借款金额全额发放。
第四条  还款方式：按月付息，到期还本。
第五条  逾期罚息：借款逾期的，自逾期之日起按借款利率加收50%计收罚息；乙方另应按借款本金的5%一次性支付违约金。
第六条  保证：丙方对乙方在本合同项下的全部债务承担连带责任保证，保证期间为主债务履行期限届满之日起两年。
第七条  争议解决：发生争议的，可以向成都仲裁委员会申请仲裁，也可以向甲方所在地人民法院起诉。

甲方（盖章）：成都市郫都区天府小额贷款有限公司
乙方（签字）：孔德胜
丙方（签字）：孔德利
签订日期：2025年3月12日
""", {
    "as_of": "2025-09-20",
    "fields": {"lender": "成都市郫都区天府小额贷款有限公司", "lender_kind": LIC, "borrower": "孔德胜",
               "borrower_kind": NP, "principal": "200000", "amount_delivered": "200000", "annual_rate": "0.096",
               "overdue_rate": "0.144",
               "contract_date": "2025-03-12", "start_date": "2025-03-12", "end_date": "2026-03-11",
               "repayment_method": M_MONTH, "dispute_method": "court_or_arbitration",
               "guarantor": "孔德利", "guarantee_type": JOINT, "guarantee_period_months": 24},
    "findings": ["cap_not_applicable_licensed_lender"],
    "notes": "annual_rate = the 利息 rate 9.6 %; 服务费 and 账户管理费 are separate fees (综合 19.2 %). Nothing withheld. "
             "Overdue 9.6 % × 1.5 = 14.4 %. penalty_rate left out: the 违约金 is a one-off 5 % of principal, not an "
             "annual rate. '可以…仲裁，也可以…起诉' = court_or_arbitration (an 或裁或诉 clause).",
})

# hp23  砍头息: 先扣三个月利息
doc("hp23_kantouxi_jietiao.txt", "utf8", """借条

今借到付建华人民币壹拾万元整（100000元）。月息2分，先扣三个月利息陆仟元（6000元），实际到手玖万肆仟元（94000元），付建华2025年4月2号微信转的。
借期半年，2025年10月1号前一次还清本金，后面三个月的利息每月2号给。

担保人：邓文彬，承担连带责任，保证期间为借款到期后三年。
借款人：段晓峰  身份证510105198909******

2025年4月2日
""", {
    "as_of": "2025-09-20",
    "fields": {"lender": "付建华", "lender_kind": NP, "borrower": "段晓峰", "borrower_kind": NP,
               "principal": "100000", "amount_delivered": "94000", "annual_rate": "0.24",
               "overdue_rate": None, "penalty_rate": None,
               "contract_date": "2025-04-02", "start_date": "2025-04-02", "end_date": "2025-10-01",
               "repayment_method": M_MONTH, "dispute_method": None,
               "guarantor": "邓文彬", "guarantee_type": JOINT, "guarantee_period_months": 36},
    "findings": ["rate_above_4x_lpr", "interest_deducted_upfront", "no_overdue_rate_agreed"],
    "notes": "2 %/month = 24 % > 4 × 3.10 % = 12.4 %. Three months' interest (6,000) withheld → delivered 94,000. "
             "Remaining interest paid monthly, principal at the end → 按月付息、到期还本.",
})

# hp24  麻将馆借条, 8厘 (每个月), 正月二十九, phone demand too late
doc("hp24_majiang_baliji_guoqi.txt", "utf8", """借条

今借到麻将馆老板马桂珍现金伍仟元整（5000元）。利息按8厘算（每个月），过了年就还，最迟2021年正月二十九。

借款人：舒二娃（舒建）
2020.12.3

——————
2022年3月5号打电话催了的，他说莫得钱，啷个办嘛。——马桂珍记
""", {
    "as_of": "2025-09-20",
    "fields": {"lender": "马桂珍", "lender_kind": NP, "borrower": "舒建", "borrower_kind": NP,
               "principal": "5000", "amount_delivered": "5000", "annual_rate": "0.096",
               "overdue_rate": None, "penalty_rate": None,
               "contract_date": "2020-12-03", "start_date": "2020-12-03", "end_date": "2021-03-12",
               "repayment_method": M_ONCE, "dispute_method": None,
               "guarantor": None, "guarantee_type": None, "guarantee_period_months": None},
    "findings": ["no_overdue_rate_agreed", "limitation_period_expired"],
    "notes": "8厘 (每个月) = 0.8 %/month = 9.6 %. 农历2021年正月二十九 = 2021-03-12 (that 正月 has 29 days). Limitation "
             "ends 2024-03-12; the noted phone demand of 2022-03-05 restarts it only to 2025-03-05 — both before as_of "
             "→ expired. Borrower signs with nickname 舒二娃 and name 舒建: gold takes 舒建.",
})

# hp25  委托贷款 via 村镇银行 (DOCX tables), 委托人 is the lender
doc("hp25_weituo_daikuan_cunzhen.docx", "docx", [
    ("h", "委托贷款借款合同"),
    ("p", "合同编号：MSDP-WT-2025-003"),
    ("t", [["委托人", "眉山市恒达建材有限公司"],
           ["受托人（贷款人）", "眉山东坡村镇银行股份有限公司"],
           ["借款人", "眉山市东坡区丰源柑橘专业合作社"],
           ["保证人", "陈国林（借款人理事长）"],
           ["委托贷款金额", "人民币肆拾万元整（¥400,000.00）"],
           ["贷款期限", "自2025年1月15日起至2026年1月14日止"],
           ["贷款利率", "年利率6%（由委托人确定）"],
           ["结息方式", "按季结息，到期一次还本"],
           ["逾期利率", "在约定利率基础上加收50%"],
           ["手续费", "委托人按贷款金额的0.2%向受托人支付，不由借款人负担"]]),
    ("p", "第六条 受托人仅根据委托人的指示代为发放、监督使用并协助收回贷款，不承担贷款风险。"),
    ("p", "第七条 保证人对借款人在本合同项下的全部债务承担连带责任保证，保证期间为主债务履行期限届满之日起三年。"),
    ("p", "第九条 因本合同发生争议，向受托人所在地人民法院起诉。"),
    ("p", "委托人（盖章）：眉山市恒达建材有限公司    受托人（盖章）：眉山东坡村镇银行股份有限公司"),
    ("p", "借款人（盖章）：眉山市东坡区丰源柑橘专业合作社    保证人（签字）：陈国林"),
    ("p", "签订日期：2025年1月15日"),
], {
    "as_of": "2025-09-20",
    "fields": {"lender": "眉山市恒达建材有限公司", "lender_kind": ENT,
               "borrower": "眉山市东坡区丰源柑橘专业合作社", "borrower_kind": ENT,
               "principal": "400000", "amount_delivered": "400000", "annual_rate": "0.06",
               "overdue_rate": "0.09", "penalty_rate": None,
               "contract_date": "2025-01-15", "start_date": "2025-01-15", "end_date": "2026-01-14",
               "repayment_method": M_QUARTER, "dispute_method": "court",
               "guarantor": "陈国林", "guarantee_type": JOINT, "guarantee_period_months": 36},
    "findings": [],
    "notes": "Hard call: in a 委托贷款 the bank is only an agent bearing no risk (第六条); the funds and the rate are "
             "the 委托人's, who is the real lender (and the proper plaintiff). So lender = the 建材 company, "
             "enterprise, and no cap_not_applicable_licensed_lender. 6 % and 9 % are far below 12.4 % anyway.",
})

# hp26  建材 company → 装修包工头, 担保公司 (not 融资担保), arbitration
doc("hp26_jiancai_baogongtou_jiekuan.txt", "utf8", """借款协议

出借人：四川蓉达建材有限公司（以下称甲方）
借款人：马俊（装修包工头），身份证号510184198205******（以下称乙方）
担保人：成都安信担保有限公司（以下称丙方）

1. 乙方因垫付崇州**小区装修工程人工费，向甲方借款人民币壹拾贰万元整（¥120,000），甲方于2023年7月1日转账至乙方账户。
2. 借款期限一年，自2023年7月1日起至2024年6月30日止。
3. 年利率8%，利息每季度末支付，本金到期一次归还。
4. 乙方逾期还款的，逾期期间按年利率12%计收逾期利息。
5. 丙方对乙方上述借款本息承担连带责任保证，保证期间为主债务履行期届满之日起二年。
6. 因本协议发生的争议，由成都仲裁委员会仲裁。

甲方（盖章）：四川蓉达建材有限公司
乙方（签字）：马俊
丙方（盖章）：成都安信担保有限公司
签订日期：2023年7月1日
""", {
    "as_of": "2025-09-20",
    "fields": {"lender": "四川蓉达建材有限公司", "lender_kind": ENT, "borrower": "马俊", "borrower_kind": NP,
               "principal": "120000", "amount_delivered": "120000", "annual_rate": "0.08",
               "overdue_rate": "0.12", "penalty_rate": None,
               "contract_date": "2023-07-01", "start_date": "2023-07-01", "end_date": "2024-06-30",
               "repayment_method": M_QUARTER, "dispute_method": "arbitration",
               "guarantor": "成都安信担保有限公司", "guarantee_type": JOINT, "guarantee_period_months": 24},
    "findings": [],
    "notes": "Cap 4 × 3.55 % = 14.2 % (LPR 2023-06-20); 8 % and 12 % under it. The guarantor is a plain 担保有限公司 "
             "(no 融资担保), irrelevant to findings as it is not the lender.",
})

# hp27  建材 company → 火锅 company (DOCX tables)
doc("hp27_jiancai_huoguo_qiyejiedai.docx", "docx", [
    ("h", "借款合同"),
    ("t", [["甲方（出借人）", "成都市武侯区鼎力建材有限公司", "法定代表人", "魏鼎力"],
           ["乙方（借款人）", "成都巴适火锅餐饮管理有限公司", "法定代表人", "袁德华"],
           ["丙方（保证人）", "袁德华", "身份证号", "510107198008******"]]),
    ("p", "乙方因新开门店（武侯区簇锦街道）装修及设备采购需要，向甲方借款。经三方协商，订立本合同："),
    ("t", [["借款金额", "人民币贰拾伍万元整（¥250,000.00）"],
           ["借款期限", "2024年6月20日至2025年6月19日"],
           ["借款年利率", "10%"],
           ["付息还本", "每月20日付息，到期一次还本"],
           ["逾期利率", "年利率13%"],
           ["保证方式", "丙方承担连带责任保证"],
           ["保证期间", "借款到期后三年"],
           ["争议解决", "向甲方所在地人民法院起诉"]]),
    ("p", "甲方（盖章）：成都市武侯区鼎力建材有限公司   乙方（盖章）：成都巴适火锅餐饮管理有限公司   丙方（签字）：袁德华"),
    ("p", "签订日期：2024年6月20日"),
], {
    "as_of": "2025-09-20",
    "fields": {"lender": "成都市武侯区鼎力建材有限公司", "lender_kind": ENT,
               "borrower": "成都巴适火锅餐饮管理有限公司", "borrower_kind": ENT,
               "principal": "250000", "amount_delivered": "250000", "annual_rate": "0.10",
               "overdue_rate": "0.13", "penalty_rate": None,
               "contract_date": "2024-06-20", "start_date": "2024-06-20", "end_date": "2025-06-19",
               "repayment_method": M_MONTH, "dispute_method": "court",
               "guarantor": "袁德华", "guarantee_type": JOINT, "guarantee_period_months": 36},
    "findings": [],
    "notes": "Cap 4 × 3.45 % = 13.8 % (2024-06-20 is before the 2024-07-22 cut); 13 % overdue is under it.",
})

# hp28  pre-LPR 借款合同 2018, 月息3分, demand after expiry
doc("hp28_2018_yuexi_sanfen.txt", "utf8", """借款合同

出借人：贺建明，身份证号511422197009******
借款人：周伟，身份证号511422198512******
保证人：周德富（借款人之父），身份证号511422195806******

一、借款金额：人民币拾万元整（100000元）。
二、借款期限：2018年7月1日至2019年6月30日。
三、利息：月息3分，借款人每月1日前付息，到期还本。
四、逾期不还的，按月息3分计收逾期利息。
五、保证人承担连带责任保证。
借款人已于2018年7月1日收到借款现金拾万元。

出借人：贺建明    借款人：周伟    保证人：周德富
签订日期：2018年7月1日    签订地点：眉山市彭山区

附记：
2019年5月 借款人付利息至2019年4月30日。
2024年5月10日 出借人邮寄《催款通知书》，借款人签收。
""", {
    "as_of": "2025-09-20",
    "fields": {"lender": "贺建明", "lender_kind": NP, "borrower": "周伟", "borrower_kind": NP,
               "principal": "100000", "amount_delivered": "100000", "annual_rate": "0.36",
               "overdue_rate": "0.36", "penalty_rate": None,
               "contract_date": "2018-07-01", "start_date": "2018-07-01", "end_date": "2019-06-30",
               "repayment_method": M_MONTH, "dispute_method": None,
               "guarantor": "周德富", "guarantee_type": JOINT, "guarantee_period_months": None},
    "findings": ["pre_lpr_rate_rules", "limitation_period_expired"],
    "notes": "月息3分 = 36 % (in the 24–36 % band under the 2015 rules). Limitation: due 2019-06-30 → ended 2022-06-30; "
             "the last payment (2019-05) came before the due date. Hard call: the 2024-05-10 demand came after expiry — "
             "there is nothing left to interrupt, and signing for a letter is not 同意履行 (民法典192) → expired. "
             "Guarantee given 2018 with no period: 担保法 era → no guarantee finding.",
})

# hp29  柑橘 土地经营权抵押 between natural persons (DOCX paragraphs), 眉山仲裁
doc("hp29_meishan_ganju_jingyingquan.docx", "docx", [
    ("h", "借款及土地经营权抵押协议"),
    ("p", "甲方（出借人）：王淑芬，身份证号511402196611******，住眉山市东坡区**路**号"),
    ("p", "乙方（借款人）：肖建林，身份证号511402197802******，眉山市东坡区太和镇**村柑橘种植户"),
    ("p", "一、乙方因柑橘园（不知火、春见共38亩）扩园需要，向甲方借款人民币拾伍万元整（150000元），甲方于签约当日转账交付。"),
    ("p", "二、借款期限自2021年11月8日起至2022年11月7日止。"),
    ("p", "三、利息：月息1分2（年利率14.4%），利随本清。"),
    ("p", "四、逾期：逾期未还部分，仍按月息1分2计收逾期利息至还清之日。"),
    ("p", "五、抵押：乙方以其通过流转取得的**村38亩土地经营权（附《土地经营权流转合同》，流转期限2020年1月1日至2029年12月31日，"
          "流转费每亩每年650元，已付至2022年12月31日）为本借款提供抵押，双方于签约后向东坡区农村产权交易中心申请登记。"),
    ("p", "六、争议：提交眉山仲裁委员会仲裁。"),
    ("p", "甲方：王淑芬            乙方：肖建林"),
    ("p", "签订日期：2021年11月8日"),
    ("p", "附件：土地经营权流转合同（摘要）  流出方：**村股份经济合作社  流入方：肖建林  面积38亩  签订日期2019年11月30日"),
], {
    "as_of": "2025-09-20",
    "fields": {"lender": "王淑芬", "lender_kind": NP, "borrower": "肖建林", "borrower_kind": NP,
               "principal": "150000", "amount_delivered": "150000", "annual_rate": "0.144",
               "overdue_rate": "0.144", "penalty_rate": None,
               "contract_date": "2021-11-08", "start_date": "2021-11-08", "end_date": "2022-11-07",
               "repayment_method": M_ONCE, "dispute_method": "arbitration",
               "guarantor": None, "guarantee_type": None, "guarantee_period_months": None},
    "findings": [],
    "notes": "Cap 4 × 3.85 % = 15.4 % (2021-11-08 is before the 2021-12-20 change); 14.4 % under. 利随本清 = 到期一次性"
             "还本付息. Limitation due 2022-11-07 → 2025-11-07, after as_of. Security is the borrower's own 抵押: no "
             "guarantor.",
})

# hp30  投资公司 lender: 月利率1.8%, 未付利息并入本金, 日千分之五, bare 担保人
doc("hp30_touzi_gongsi_fuli.txt", "utf8", """借款合同

出借人（甲方）：四川鼎盛投资有限公司
借款人（乙方）：谭小军，身份证号510106199005******
担保人：雷鸣（乙方朋友），身份证号510106198912******

借款金额：人民币伍万元整（50000元）
借款期限：2024年2月26日至2024年8月25日（6个月）
借款利率：月利率1.8%，利息按月结算，每月26日前支付；乙方未按时支付的利息，自次日起并入本金计收利息。
还款方式：按月付息，到期还本。
逾期责任：乙方逾期还款的，逾期利息按欠款总额每日千分之五计收。
争议解决：向甲方所在地人民法院起诉。

甲方（盖章）：四川鼎盛投资有限公司
乙方（签字）：谭小军
担保人（签字）：雷鸣
签订日期：2024年2月26日
""", {
    "as_of": "2025-09-20",
    "fields": {"lender": "四川鼎盛投资有限公司", "lender_kind": ENT, "borrower": "谭小军", "borrower_kind": NP,
               "principal": "50000", "amount_delivered": "50000", "annual_rate": "0.216",
               "overdue_rate": "1.825", "penalty_rate": None,
               "contract_date": "2024-02-26", "start_date": "2024-02-26", "end_date": "2024-08-25",
               "repayment_method": M_MONTH, "dispute_method": "court",
               "guarantor": "雷鸣", "guarantee_type": UNSPEC, "guarantee_period_months": None},
    "findings": ["rate_above_4x_lpr", "overdue_charges_above_cap", "compound_interest_restated",
                 "guarantee_type_defaults_to_general", "guarantee_period_defaults_to_6_months"],
    "notes": "投资公司, unlicensed. 1.8 %/month = 21.6 % > 13.8 %; overdue 千分之五/day = 182.5 %. Unpaid interest "
             "'并入本金计收利息' = compound interest. Bare 担保人 after 2021 → both guarantee defaults.",
})


# ---------------------------------------------------------------------------------------------------------------
DOCX = cb.DocxMeta(author="何婷", fixed_time=(2025, 9, 20, 9, 0, 0))


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
