"""Builder for contracts_holdout26 (held out: never tune on these rows).

Every document text and every gold row below was typed by hand for this set (persona: 段丽芬, loan clerk at a made-up
昆明 小额贷款 company with a 大理 desk, who also files for a 云南 融资担保 company and helps in a 区 人民法院's 诉前
调解 room). Running this script writes the 30 documents (TXT UTF-8, TXT GB18030, DOCX) and gold.jsonl into this
folder, byte-for-byte the same on every run.

    /work/main/.venv/bin/python eval/datasets/contracts_holdout26/make_dataset.py
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from eval.datasets import _contracts_build as cb

HERE = Path(__file__).resolve().parent
AS_OF = "2026-12-21"   # the Monday 段丽芬 went through the pile before the year-end 对账

DOCS: list[dict] = []


def add(file: str, fmt: str, body, fields: dict, findings: list[str], as_of: str = AS_OF, notes: str | None = None):
    row = {"file": file, "fields": fields, "findings": findings, "as_of": as_of}
    if notes:
        row["notes"] = notes
    DOCS.append({"file": file, "fmt": fmt, "body": body, "gold": row})


# ---------------------------------------------------------------------------------------------------------------
add("yn01_jietiao_xianhua_zhongzhi_yuexi15.txt", "utf8", """借  条

今借到杨正华（身份证号：530125********1536）人民币陆万元整（¥60,000.00），用于斗南花市鲜切玫瑰大棚换膜、买种苗。
月息壹分伍厘（月息1.5分），利息到期跟本金一起算，2024年12月31日前连本带利一次还清。

借款人：李春花（身份证号：530112********2047）    （按手印）
住址：昆明市呈贡区斗南街道小古城村
见证人：李国富（按手印）
2024年3月12日

（借条背面，杨正华写的）钱是3月12号下午在花市门口当面点给她的现金陆万。她说哪样都整好了，大棚一换板扎得很，年底卖了玫瑰就还。
""", {
    "principal": "60000", "amount_delivered": "60000", "annual_rate": 0.18, "overdue_rate": None, "penalty_rate": None,
    "lender": "杨正华", "lender_kind": "natural_person", "borrower": "李春花", "borrower_kind": "natural_person",
    "contract_date": "2024-03-12", "start_date": "2024-03-12", "end_date": "2024-12-31",
    "repayment_method": "到期一次性还本付息", "dispute_method": None,
    "guarantor": None, "guarantee_type": None, "guarantee_period_months": None,
}, ["rate_above_4x_lpr", "no_overdue_rate_agreed"],
    notes="月息1.5分 = 18 % vs 4 × 3.45 % = 13.8 %; 见证人 is not a guarantor")

add("yn02_dounan_paimai_yingshou_jiekuan.docx", "docx", [
    ("h", "借款合同（斗南花卉拍卖回款还款）"),
    ("p", "合同编号：DHH-JK-2023-0915"),
    ("t", [
        ["项目", "约定内容"],
        ["出借人（甲方）", "昆明滇花汇供应链管理有限公司"],
        ["借款人（乙方）", "昆明呈贡彩云花卉种植有限公司"],
        ["乙方拍卖供货商编号", "斗南花卉拍卖中心 供货商编号K-30817"],
        ["借款金额", "人民币叁拾万元整（¥300,000.00）"],
        ["借款期限", "2023年9月15日至2024年9月14日"],
        ["借款年利率", "10%"],
        ["付息方式", "按月付息，每月20日付息，到期一次还本"],
        ["逾期利率", "在借款年利率基础上上浮50%"],
        ["保证人", "王丽萍（乙方法定代表人）"],
    ]),
    ("p", ("第一条 还款来源。乙方在斗南花卉拍卖中心的每日拍卖成交回款，由拍卖平台结算后划入乙方在甲方指定的监管账户"
          "（户名：昆明呈贡彩云花卉种植有限公司，账号尾号0917）。甲方有权在每月付息日及到期日从监管账户中扣收到期利息和本金。")),
    ("p", "第二条 平台回款不足的，乙方仍应以其他资金按期足额还款；乙方不得变更拍卖回款账户，不得将应收拍卖货款转让或质押给第三人。"),
    ("p", "第三条 保证。王丽萍自愿为乙方在本合同项下的全部债务承担连带责任保证，保证期间为主债务履行期限届满之日起三年。"),
    ("p", "第四条 争议解决。因本合同发生争议，双方协商解决；协商不成的，向昆明市呈贡区人民法院提起诉讼。"),
    ("p", "甲方（盖章）：昆明滇花汇供应链管理有限公司    乙方（盖章）：昆明呈贡彩云花卉种植有限公司"),
    ("p", "保证人（签字）：王丽萍"),
    ("p", "签订日期：2023年9月15日    签订地点：昆明市呈贡区斗南街道"),
], {
    "principal": "300000", "amount_delivered": "300000", "annual_rate": 0.10, "overdue_rate": 0.15, "penalty_rate": None,
    "lender": "昆明滇花汇供应链管理有限公司", "lender_kind": "enterprise",
    "borrower": "昆明呈贡彩云花卉种植有限公司", "borrower_kind": "enterprise",
    "contract_date": "2023-09-15", "start_date": "2023-09-15", "end_date": "2024-09-14",
    "repayment_method": "按月付息、到期还本", "dispute_method": "court",
    "guarantor": "王丽萍", "guarantee_type": "连带责任保证", "guarantee_period_months": 36,
}, ["overdue_charges_above_cap"], notes="overdue 10 % × 1.5 = 15 % vs 13.8 %")

add("yn03_xianhua_chukou_taiguo_meiyuan_shuangyu.txt", "utf8", """借款合同  LOAN AGREEMENT
合同编号 No.: DNHD-2024-1108

出借人 Lender：云南斗南花都商贸有限公司  Yunnan Dounan Huadu Trading Co., Ltd.
借款人 Borrower：昆明金马鲜切花出口有限公司  Kunming Jinma Cut Flower Export Co., Ltd.

鉴于借款人与泰国买方 Siam Bloom Trading Co., Ltd.（曼谷）签有鲜切花（玫瑰、康乃馨）供货合同，买方以美元付款，借款人为备货、冷链空运向出借人借款。

第一条 借款金额：人民币伍拾万元整（RMB 500,000.00），以人民币计价和偿还。
第二条 借款期限：自2024年11月8日起至2025年5月7日止。
第三条 利率：年利率8%，利随本清。
Article 3 Interest: 8% per annum, payable together with the principal at maturity.
第四条 还款来源（本条中英文具有同等效力）：借款人应指示泰国买方将美元货款汇入借款人在中国银行昆明分行开立的外币账户（账号尾号4471），结汇后的人民币优先归还本借款，汇兑差额由借款人承担。
Article 4 Source of repayment (the Chinese and English texts of this Article are equally authentic): The Borrower shall instruct the Thai buyer, Siam Bloom Trading Co., Ltd., to pay the purchase price in US dollars (USD) into the Borrower's foreign currency account (ending 4471). The RMB proceeds after conversion shall first be applied to repay this loan; any exchange difference shall be borne by the Borrower.
第五条 逾期：借款人逾期还款的，逾期部分按日万分之五计收逾期利息。
Article 5 Late payment: If the Borrower fails to repay on time, overdue interest shall accrue on the overdue amount at 0.05% per day.
第六条 争议解决：因本合同引起的争议，提交昆明仲裁委员会仲裁。
Article 6 Disputes: Any dispute arising from this Agreement shall be submitted to the Kunming Arbitration Commission.

出借人（盖章）：云南斗南花都商贸有限公司
借款人（盖章）：昆明金马鲜切花出口有限公司
签订日期 Date：2024年11月8日 / 8 November 2024
""", {
    "principal": "500000", "amount_delivered": "500000", "annual_rate": 0.08, "overdue_rate": 0.1825, "penalty_rate": None,
    "lender": "云南斗南花都商贸有限公司", "lender_kind": "enterprise",
    "borrower": "昆明金马鲜切花出口有限公司", "borrower_kind": "enterprise",
    "contract_date": "2024-11-08", "start_date": "2024-11-08", "end_date": "2025-05-07",
    "repayment_method": "到期一次性还本付息", "dispute_method": "arbitration",
    "guarantor": None, "guarantee_type": None, "guarantee_period_months": None,
}, ["overdue_charges_above_cap"], notes="0.05 %/day = 18.25 % vs 4 × 3.10 % = 12.4 %; USD is the buyer's, the loan is RMB")

add("yn04_puer_chuzhisuo_tudijingyingquan_diya.txt", "utf8", """借款合同

出借人：张国荣，男，身份证号5327011968****0417，住普洱市思茅区振兴大道
借款人：宁洱县勐先茶叶初制所（个人独资企业，统一社会信用代码92530821MA6K****3X），投资人：李学明

一、借款金额：人民币贰拾万元整（¥200,000.00），于2022年3月18日转入借款人账户，用于春茶收购鲜叶及杀青机、揉捻机检修。
二、借款期限：12个月，自2022年3月18日至2023年3月17日。
三、利息：月利率1%，按季度付息（每季末月20日前），到期归还本金。
四、逾期：借款到期未还的，自逾期之日起按月利率1.5%计收逾期利息。
五、抵押：借款人以其依法流转取得的宁洱县磨黑镇勐先村“大平掌”茶园土地经营权（面积86亩，流转期限至2035年12月31日，流转合同编号NE-2019-0336）为本借款提供抵押，双方于2022年3月22日办理土地经营权抵押登记。
六、争议：协商不成的，向宁洱哈尼族彝族自治县人民法院起诉。

出借人：张国荣
借款人：宁洱县勐先茶叶初制所（公章）    投资人：李学明
2022年3月18日

还款记录（张国荣手记）：
2022.6.20 收利息陆仟元
2022.9.20 收利息陆仟元
2024.5.6 收利息陆仟元，本金说秋茶卖出来再还。
""", {
    "principal": "200000", "amount_delivered": "200000", "annual_rate": 0.12, "overdue_rate": 0.18, "penalty_rate": None,
    "lender": "张国荣", "lender_kind": "natural_person",
    "borrower": "宁洱县勐先茶叶初制所", "borrower_kind": "enterprise",
    "contract_date": "2022-03-18", "start_date": "2022-03-18", "end_date": "2023-03-17",
    "repayment_method": "按季付息、到期还本", "dispute_method": "court",
}, ["overdue_charges_above_cap"],
    notes="overdue 18 % vs 4 × 3.70 % = 14.8 %; payment 2024-05-06 restarts limitation to 2027-05-06; own 抵押 only")

add("yn05_xiaodai_kafei_hezuoshe_linquan_diya.docx", "docx", [
    ("h", "昆明滇中鑫源小额贷款有限公司 借款合同"),
    ("p", "合同编号：DZXY(DL)-2023-1120-07（大理业务部）"),
    ("t", [
        ["贷款人", "昆明滇中鑫源小额贷款有限公司"],
        ["借款人", "普洱市思茅区南岛河咖啡种植专业合作社"],
        ["借款金额", "人民币肆拾万元整（¥400,000.00）"],
        ["借款用途", "咖啡鲜果收购、湿法加工设备更新"],
        ["借款期限", "2023年11月20日至2024年11月19日"],
        ["月利率", "1.3%"],
        ["还款方式", "按月付息，到期还本"],
        ["服务费", "借款金额的2%/年，按月随利息支付，不从借款本金中扣除"],
        ["逾期罚息", "在本合同月利率基础上加收50%"],
        ["抵押物", "借款人名下咖啡林林权（林权证号：思林证字（2019）第0****6号，面积120亩）"],
        ["保证人", "刀文光（借款人理事长），连带责任保证，保证期间为主债务履行期限届满之日起三年"],
    ]),
    ("p", "第五条 抵押登记：林权抵押在普洱市思茅区林业和草原局办理登记，登记费用由借款人承担。"),
    ("p", "第八条 争议解决：因本合同发生争议，向贷款人所在地人民法院起诉。"),
    ("p", "贷款人（盖章）：昆明滇中鑫源小额贷款有限公司"),
    ("p", "借款人（盖章）：普洱市思茅区南岛河咖啡种植专业合作社    保证人（签字）：刀文光"),
    ("p", "签订日期：2023年11月20日"),
], {
    "principal": "400000", "amount_delivered": "400000", "annual_rate": 0.156, "overdue_rate": 0.234, "penalty_rate": None,
    "lender": "昆明滇中鑫源小额贷款有限公司", "lender_kind": "licensed_lender",
    "borrower": "普洱市思茅区南岛河咖啡种植专业合作社", "borrower_kind": "enterprise",
    "contract_date": "2023-11-20", "start_date": "2023-11-20", "end_date": "2024-11-19",
    "repayment_method": "按月付息、到期还本", "dispute_method": "court",
    "guarantor": "刀文光", "guarantee_type": "连带责任保证", "guarantee_period_months": 36,
}, ["cap_not_applicable_licensed_lender"], notes="小贷 (2023): info only; 1.3 %/month × 1.5 = 23.4 % overdue")

add("yn06_dali_gucheng_kezhan_zhuangxiu_jiekuan.txt", "utf8", """借款协议

甲方（出借人）：赵建明，身份证号5329011975****1213
乙方（借款人）：何晓燕，身份证号5329011982****2026，经营大理古城人民路“苍洱小院”客栈（房屋系租赁，租期至2029年）

乙方因客栈重新装修（换门窗、做庭院、每间房加独立卫生间），向甲方借款，双方约定：
1. 借款金额：人民币叁拾万元整（300000元），甲方于2021年5月10日转入乙方农业银行账户。
2. 借款期限：两年，2021年5月10日至2023年5月9日。
3. 利息：年利率12%，每季度付一次利息，到期还本。
4. 乙方逾期还款的，逾期部分按年利率18%计算逾期利息。
5. 乙方以客栈房屋租赁权及装修投入作为还款保障，借款未还清前，未经甲方同意乙方不得转让客栈。
6. 段志强（乙方丈夫）愿意承担保证责任。

甲方：赵建明
乙方：何晓燕
保证人：段志强
2021年5月10日 于大理古城
""", {
    "principal": "300000", "amount_delivered": "300000", "annual_rate": 0.12, "overdue_rate": 0.18, "penalty_rate": None,
    "lender": "赵建明", "lender_kind": "natural_person", "borrower": "何晓燕", "borrower_kind": "natural_person",
    "contract_date": "2021-05-10", "start_date": "2021-05-10", "end_date": "2023-05-09",
    "repayment_method": "按季付息、到期还本", "dispute_method": None,
    "guarantor": "段志强", "guarantee_type": "unspecified", "guarantee_period_months": None,
}, ["overdue_charges_above_cap", "guarantee_type_defaults_to_general", "guarantee_period_defaults_to_6_months",
    "limitation_period_expired"],
    notes="18 % vs 4 × 3.85 % = 15.4 %; bare 保证 after 2021-01-01; due 2023-05-09, nothing noted → expired 2026-05-09")

add("yn07_junzi_shougou_jietiao_yuelixi1500.txt", "gb18030", """借条

今借到普光荣现金伍万元整（50000元），整菌子收购周转用（牛肝菌、鸡枞、干巴菌），每个月给利息壹仟伍佰元，菌子季节过完，2022年10月31号前把本钱还清。

借款人：者文华  身份证5323261987****0935  （按手印）
担保人：者文军（按手印）
2022年7月2号 于南华县野生菌交易市场

后面加的：
2023.1.20 者文华还本金贰万元，还差叁万。 普光荣记
2025.9.12 还伍仟元，说今年菌子不好整，剩下的明年克还。 普光荣记
""", {
    "principal": "50000", "amount_delivered": "50000", "annual_rate": 0.36, "overdue_rate": None, "penalty_rate": None,
    "lender": "普光荣", "lender_kind": "natural_person", "borrower": "者文华", "borrower_kind": "natural_person",
    "contract_date": "2022-07-02", "start_date": "2022-07-02", "end_date": "2022-10-31",
    "repayment_method": "按月付息、到期还本", "dispute_method": None,
    "guarantor": "者文军", "guarantee_type": "unspecified", "guarantee_period_months": None,
}, ["rate_above_4x_lpr", "no_overdue_rate_agreed", "guarantee_type_defaults_to_general",
    "guarantee_period_defaults_to_6_months"],
    notes="1,500/month on 50,000 = 36 % vs 14.8 %; bare 担保人 2022; payments 2023-01-20 and 2025-09-12 keep the period alive")

add("yn08_lenglian_chedui_guakao_goucheliang_jiekuan.txt", "utf8", """挂靠车辆购车借款合同

甲方（出借人）：昆明顺达冷链物流有限公司
乙方（借款人）：罗华，身份证号5301031985****3316，挂靠甲方冷链车队的个体司机

乙方购买冷藏车一辆（东风牌厢式冷藏车，车架号LGAX3A15*****6621），挂靠甲方经营，车辆登记在甲方名下。乙方向甲方借款用于支付购车款。
第一条 借款金额：人民币壹拾捌万元整（¥180,000.00），由甲方于2022年10月18日直接支付给车辆销售方昆明东盛汽车销售服务有限公司，视为乙方已收到借款。
第二条 借款期限：36个月，自2022年10月18日至2025年10月17日。
第三条 利率及还款：年利率9.6%，按等额本息方式每月还款，每期5,774.35元，每月18日从乙方应得运费结算款中扣收，不足部分乙方补足。
第四条 逾期：任何一期逾期的，逾期部分按日万分之三计收罚息。
第五条 乙方未还清全部借款前，不得要求将车辆过户至本人名下，不得将车辆转让、出租给他人。
第六条 争议：向甲方所在地昆明市官渡区人民法院提起诉讼。

甲方：昆明顺达冷链物流有限公司（盖章）
乙方：罗华（签字、按手印）
2022年10月18日
""", {
    "principal": "180000", "amount_delivered": "180000", "annual_rate": 0.096, "overdue_rate": 0.1095, "penalty_rate": None,
    "lender": "昆明顺达冷链物流有限公司", "lender_kind": "enterprise", "borrower": "罗华", "borrower_kind": "natural_person",
    "contract_date": "2022-10-18", "start_date": "2022-10-18", "end_date": "2025-10-17",
    "repayment_method": "等额本息", "dispute_method": "court",
    "guarantor": None, "guarantee_type": None, "guarantee_period_months": None,
}, [], notes="9.6 % and 10.95 % under 4 × 3.65 % = 14.6 %; 挂靠 title retention, no 保证")

add("yn09_ruili_bianmao_miandian_huokuan.txt", "utf8", """借款合同

出借人：杨金宝（身份证号5331021972****0052）
借款人：瑞丽市金孔雀边贸商行（个体工商户，经营者：蒋明，身份证号5331021988****1814）
保证人：岩罕（身份证号5331021979****0031）

借款人从缅甸木姐的供货商吴丁貌（U Tin Maung）进口大米、西瓜，需付货款折合缅币约1.4亿缅元。双方约定：
一、出借人借给借款人人民币壹拾伍万元整（¥150,000），2023年4月6日由出借人银行转账到借款人账户。借款人自行兑换缅币支付货款，汇率风险由借款人承担。
二、借款期限半年，2023年4月6日至2023年10月5日。
三、利息：月息1分2厘，到期时连本带利一次付清。
四、岩罕对本借款承担连带责任保证，保证期间为借款到期之日起两年。
五、本合同发生争议，由瑞丽市人民法院管辖。

出借人：杨金宝
借款人：瑞丽市金孔雀边贸商行    经营者：蒋明
保证人：岩罕
2023年4月6日

还款记录：2024年8月15日，借款人转账还款贰万元。——杨金宝
""", {
    "principal": "150000", "amount_delivered": "150000", "annual_rate": 0.144, "overdue_rate": None, "penalty_rate": None,
    "lender": "杨金宝", "lender_kind": "natural_person", "borrower": "瑞丽市金孔雀边贸商行", "borrower_kind": "enterprise",
    "contract_date": "2023-04-06", "start_date": "2023-04-06", "end_date": "2023-10-05",
    "repayment_method": "到期一次性还本付息", "dispute_method": "court",
    "guarantor": "岩罕", "guarantee_type": "连带责任保证", "guarantee_period_months": 24,
}, ["no_overdue_rate_agreed"], notes="14.4 % under 14.6 %; payment 2024-08-15 restarts limitation to 2027-08-15")

add("yn10_jiancai_gongcheng_fenbao_gongchengkuan_zhuanrang.txt", "utf8", """借款及工程款债权转让协议

甲方（出借人）：昆明宏基建材有限公司
乙方（借款人）：云南拓建建筑劳务分包有限公司
丙方（总承包人，知悉并确认）：云南华滇建设工程有限公司

鉴于：乙方承接丙方总承包的“滇池南岸康养小区二期”项目主体劳务分包，丙方尚欠乙方已结算工程款1,260,000元。三方约定：
第一条 甲方借给乙方人民币捌拾万元整（¥800,000.00），用于支付农民工工资及钢筋、混凝土材料款。借款期限自2024年8月30日至2025年2月28日。
第二条 借款年利率6%，到期一次性还本付息。
第三条 乙方将其对丙方享有的上述工程款债权中的捌拾伍万元转让给甲方，用于清偿本借款本息；丙方确认收到债权转让通知，于2025年2月28日前直接向甲方支付。丙方支付不足的，由乙方补足。
第四条 乙方逾期还款的，除按约定利率继续支付利息外，另按逾期金额每日万分之四向甲方支付违约金。
第五条 争议由甲方所在地人民法院管辖。

甲方（盖章）：昆明宏基建材有限公司
乙方（盖章）：云南拓建建筑劳务分包有限公司
丙方（盖章）：云南华滇建设工程有限公司
2024年8月30日
""", {
    "principal": "800000", "amount_delivered": "800000", "annual_rate": 0.06, "overdue_rate": 0.06, "penalty_rate": 0.146,
    "lender": "昆明宏基建材有限公司", "lender_kind": "enterprise",
    "borrower": "云南拓建建筑劳务分包有限公司", "borrower_kind": "enterprise",
    "contract_date": "2024-08-30", "start_date": "2024-08-30", "end_date": "2025-02-28",
    "repayment_method": "到期一次性还本付息", "dispute_method": "court",
    "guarantor": None, "guarantee_type": None, "guarantee_period_months": None,
}, ["overdue_charges_above_cap"], notes="6 % + 违约金 14.6 % = 20.6 % vs 4 × 3.35 % = 13.4 %; 丙方 is a transferred debtor, not a guarantor")

add("yn11_jiazu_qiye_hubao_rushan.docx", "docx", [
    ("h", "借款合同"),
    ("p", "合同编号：JCE-2023-021"),
    ("t", [
        ["出借人", "大理市金苍洱商贸有限公司"],
        ["借款人", "大理市杨氏乳扇食品有限公司"],
        ["借款金额", "人民币伍拾万元整（¥500,000.00）"],
        ["借款期限", "2023年2月15日至2024年2月14日"],
        ["年利率", "11%"],
        ["付息方式", "按月付息，到期还本"],
        ["逾期利率", "按本合同年利率加收30%"],
    ]),
    ("p", "第六条 保证：大理市杨氏木雕工艺品有限公司（与借款人同为杨氏家族控股企业，双方另签《互保协议》）为本借款提供保证，具体如下："),
    ("t", [
        ["保证人", "大理市杨氏木雕工艺品有限公司"],
        ["保证方式", "连带责任保证"],
        ["保证期间", "直至借款人全部借款本息还清时为止"],
    ]),
    ("p", "第七条 争议解决：因本合同发生的争议，提交大理仲裁委员会仲裁。"),
    ("p", "出借人（盖章）：大理市金苍洱商贸有限公司    借款人（盖章）：大理市杨氏乳扇食品有限公司"),
    ("p", "保证人（盖章）：大理市杨氏木雕工艺品有限公司"),
    ("p", "2023年2月15日 于大理市下关"),
], {
    "principal": "500000", "amount_delivered": "500000", "annual_rate": 0.11, "overdue_rate": 0.143, "penalty_rate": None,
    "lender": "大理市金苍洱商贸有限公司", "lender_kind": "enterprise",
    "borrower": "大理市杨氏乳扇食品有限公司", "borrower_kind": "enterprise",
    "contract_date": "2023-02-15", "start_date": "2023-02-15", "end_date": "2024-02-14",
    "repayment_method": "按月付息、到期还本", "dispute_method": "arbitration",
    "guarantor": "大理市杨氏木雕工艺品有限公司", "guarantee_type": "连带责任保证", "guarantee_period_months": None,
}, ["guarantee_period_defaults_to_6_months"],
    notes="11 % × 1.3 = 14.3 % just under 14.6 %; '直至…本息还清时为止' = unclear period (担保制度解释 第32条)")

add("yn12_guoqiao_yinhang_xudai_dianchiyuan.txt", "utf8", """过桥借款协议

出借人（甲方）：钱志远，身份证号5301021970****5519
借款人（乙方）：昆明滇池源食品有限公司，法定代表人：孙立华
保证人（丙方）：孙立华，身份证号5301031975****0623

乙方在某农商行的流动资金贷款壹佰万元将于2024年4月10日到期，银行同意续贷，但需先还后贷。为此乙方向甲方借用过桥资金，三方约定：
1. 借款金额：壹佰万元整（¥1,000,000.00）。甲方于2024年4月10日直接转入乙方在银行的还款账户。
2. 借款期限：10天，自2024年4月10日至2024年4月19日。续贷放款后当日归还。
3. 资金占用费：按日千分之二计算，随本金一并归还。
4. 逾期：超过约定期限未还的，逾期部分按日千分之五计收逾期利息。
5. 丙方对乙方上述债务承担连带责任保证，保证期间为借款期限届满之日起二年。
6. 争议：向昆明市官渡区人民法院起诉。

甲方：钱志远
乙方：昆明滇池源食品有限公司（盖章）    法定代表人：孙立华
丙方：孙立华
2024年4月10日
""", {
    "principal": "1000000", "amount_delivered": "1000000", "annual_rate": 0.73, "overdue_rate": 1.825, "penalty_rate": None,
    "lender": "钱志远", "lender_kind": "natural_person", "borrower": "昆明滇池源食品有限公司", "borrower_kind": "enterprise",
    "contract_date": "2024-04-10", "start_date": "2024-04-10", "end_date": "2024-04-19",
    "repayment_method": "到期一次性还本付息", "dispute_method": "court",
    "guarantor": "孙立华", "guarantee_type": "连带责任保证", "guarantee_period_months": 24,
}, ["rate_above_4x_lpr", "overdue_charges_above_cap"],
    notes="资金占用费 日千分之二 = 73 %, overdue 日千分之五 = 182.5 % vs 13.8 %; the 农商行 is context, not a party")

add("yn13_xiaodai_fuwufei_guanlifei_baozhengjin.docx", "docx", [
    ("h", "个人经营性借款合同"),
    ("p", "合同编号：DZXY-2024-0603-112"),
    ("t", [
        ["贷款人", "昆明滇中鑫源小额贷款有限公司"],
        ["借款人", "马建国（身份证号5301111983****2715）"],
        ["借款用途", "野生菌冷库租赁及收购周转"],
        ["借款金额", "人民币壹拾万元整（¥100,000.00）"],
        ["借款期限", "12个月（2024年6月3日至2025年6月2日）"],
        ["月利率", "1.2%"],
        ["还款方式", "等额本息，每月3日还款，每期8,997.54元"],
    ]),
    ("t", [
        ["费用", "标准", "收取方式"],
        ["服务费", "每月为借款本金的0.3%", "随每期还款一并支付"],
        ["管理费", "1,000元（一次性）", "放款前由借款人另行支付，不从借款本金中扣除"],
        ["保证金", "5,000元", "借款人另行存入贷款人保证金账户，借款结清后无息退还"],
    ]),
    ("p", "第六条 逾期：借款人逾期还款的，按逾期金额每日万分之五计收罚息。"),
    ("p", ("第七条 保证：云南滇信融资担保有限公司为本借款提供连带责任保证，保证期间为主债务履行期限届满之日起三年"
          "（详见编号DXDB-2024-0588《保证合同》）。")),
    ("p", "第九条 争议：因本合同发生争议，向贷款人所在地人民法院起诉。"),
    ("p", "贷款人（盖章）：昆明滇中鑫源小额贷款有限公司    借款人（签字）：马建国"),
    ("p", "签订日期：2024年6月3日"),
], {
    "principal": "100000", "amount_delivered": "100000", "annual_rate": 0.144, "overdue_rate": 0.1825, "penalty_rate": None,
    "lender": "昆明滇中鑫源小额贷款有限公司", "lender_kind": "licensed_lender", "borrower": "马建国",
    "borrower_kind": "natural_person",
    "contract_date": "2024-06-03", "start_date": "2024-06-03", "end_date": "2025-06-02",
    "repayment_method": "等额本息", "dispute_method": "court",
    "guarantor": "云南滇信融资担保有限公司", "guarantee_type": "连带责任保证", "guarantee_period_months": 36,
}, ["cap_not_applicable_licensed_lender"],
    notes="小贷 (2024): info only; 管理费 and 保证金 paid apart, nothing deducted from principal")

add("yn14_yinhang_liudai_lpr_jia85bp.docx", "docx", [
    ("h", "流动资金借款合同"),
    ("p", "合同编号：EHNS(GC)LD-2025-0314"),
    ("t", [
        ["贷款人", "大理洱海农村商业银行股份有限公司古城支行"],
        ["借款人", "大理苍山石材有限公司"],
        ["借款金额", "人民币叁佰万元整（¥3,000,000.00）"],
        ["借款期限", "2025年3月14日至2026年3月13日"],
        ["利率", "一年期LPR加85个基点（BP）。本合同签订日前一个LPR公布日公布的一年期LPR为3.10%，执行年利率3.95%，合同期内固定不变"],
        ["结息方式", "按月结息，到期一次还本"],
        ["罚息", "逾期贷款在执行利率基础上加收50%"],
        ["复利", "对不能按时支付的利息，按罚息利率计收复利"],
    ]),
    ("p", "第十条 保证：云南滇信融资担保有限公司为本借款提供连带责任保证，保证期间为主债务履行期限届满之日起三年。"),
    ("p", "第十四条 争议：因本合同发生争议，向贷款人所在地人民法院起诉。"),
    ("p", "贷款人（盖章）：大理洱海农村商业银行股份有限公司古城支行    借款人（盖章）：大理苍山石材有限公司"),
    ("p", "签订日期：2025年3月14日"),
], {
    "principal": "3000000", "amount_delivered": "3000000", "annual_rate": 0.0395, "overdue_rate": 0.05925,
    "penalty_rate": None,
    "lender": "大理洱海农村商业银行股份有限公司古城支行", "lender_kind": "licensed_lender",
    "borrower": "大理苍山石材有限公司", "borrower_kind": "enterprise",
    "contract_date": "2025-03-14", "start_date": "2025-03-14", "end_date": "2026-03-13",
    "repayment_method": "按月付息、到期还本", "dispute_method": "court",
    "guarantor": "云南滇信融资担保有限公司", "guarantee_type": "连带责任保证", "guarantee_period_months": 36,
}, ["cap_not_applicable_licensed_lender"], notes="LPR 3.10 % + 85 BP = 3.95 %; 罚息 × 1.5 = 5.925 %; bank compound interest is licensed business")

add("yn15_cheliang_diya_jietiao_2017.txt", "gb18030", """借条

今借到陈德勇人民币捌万元整（80000.00元），月息贰分，每月15号前付利息壹仟陆佰元，借期一年，2018年9月4日前还清本金。借款人自愿以本人名下五菱宏光小型普通客车（云A·7K***）作抵押，车辆登记证书交出借人保管，未还清前不得转卖。

借款人：普建平  身份证5301281980****0611
2017年9月5日

后记（陈德勇）：
2019年3月10日 还本金壹万元
2021年8月20日 还本金壹万元
2024年6月30日 还利息肆仟元，剩本金陆万。
""", {
    "principal": "80000", "amount_delivered": "80000", "annual_rate": 0.24, "overdue_rate": None, "penalty_rate": None,
    "lender": "陈德勇", "lender_kind": "natural_person", "borrower": "普建平", "borrower_kind": "natural_person",
    "contract_date": "2017-09-05", "start_date": "2017-09-05", "end_date": "2018-09-04",
    "repayment_method": "按月付息、到期还本", "dispute_method": None,
}, ["pre_lpr_rate_rules", "no_overdue_rate_agreed"],
    notes="2017, before the first LPR; payments 2019-03-10, 2021-08-20, 2024-06-30 each inside the running period; own 车辆 抵押")

add("yn16_diandang_feicui_shouzhuo.txt", "utf8", """当票（存根联抄件）

当票号：JB-2025-000108
典当行：昆明金碧典当有限责任公司
当户：李凤仙    证件号码：5301021969****1528
当物：翡翠手镯一只（冰种飘花，附鉴定证书YNJD2024-7731）、足金项链一条（38.6克）
估价金额：人民币肆万叁仟元
当金：人民币叁万元整（¥30,000.00）
典当期限：30天，自2025年1月8日至2025年2月6日
月利率：0.5%
月综合费率：2.7%
利息及综合费：赎当时与当金一并支付；续当的，续当时先付清本期利息及综合费。
绝当：典当期限届满后五日内既不赎当也不续当的，为绝当，当物由典当行依法处分。

当户签章：李凤仙        经办人：陆晓梅        2025年1月8日
""", {
    "principal": "30000", "amount_delivered": "30000", "annual_rate": 0.06, "overdue_rate": None, "penalty_rate": None,
    "lender": "昆明金碧典当有限责任公司", "lender_kind": "licensed_lender", "borrower": "李凤仙",
    "borrower_kind": "natural_person",
    "contract_date": "2025-01-08", "start_date": "2025-01-08", "end_date": "2025-02-06",
    "repayment_method": "到期一次性还本付息", "dispute_method": None,
}, ["cap_not_applicable_licensed_lender"], notes="典当 (2025): info only; 综合费 is a fee; 当物 is the only security")

add("yn17_rongzizulin_wajueji.docx", "docx", [
    ("h", "融资租赁合同"),
    ("p", "合同编号：DGZL-2022-0516-03"),
    ("t", [
        ["出租人", "云南滇工融资租赁有限公司"],
        ["承租人", "保山市隆阳区鑫路土石方工程有限公司"],
        ["租赁物", "三一SY215C履带式挖掘机1台（出厂编号SY021*****）"],
        ["租赁物购买价款（融资额）", "人民币陆拾万元整（¥600,000.00），由出租人直接支付给出卖人云南三一工程机械销售有限公司"],
        ["租赁期限", "24个月，2022年5月16日至2024年5月15日"],
        ["租赁年利率", "8%"],
        ["租金支付", "租金按等额本息法计算，每月16日支付一期，每期27,136.37元"],
        ["逾期", "逾期租金按日万分之五计收逾期利息"],
        ["保证人", "段国庆（承租人法定代表人），连带责任保证，保证期间为主债务履行期限届满之日起二年"],
    ]),
    ("p", "第十二条 租赁期满，承租人付清全部租金及留购价款100元后，租赁物所有权转移给承租人。"),
    ("p", "第十八条 争议：因本合同发生的争议，提交昆明仲裁委员会仲裁。"),
    ("p", "出租人（盖章）：云南滇工融资租赁有限公司    承租人（盖章）：保山市隆阳区鑫路土石方工程有限公司"),
    ("p", "保证人（签字）：段国庆"),
    ("p", "签订日期：2022年5月16日"),
], {
    "principal": "600000", "amount_delivered": "600000", "annual_rate": 0.08, "overdue_rate": 0.1825, "penalty_rate": None,
    "lender": "云南滇工融资租赁有限公司", "lender_kind": "licensed_lender",
    "borrower": "保山市隆阳区鑫路土石方工程有限公司", "borrower_kind": "enterprise",
    "contract_date": "2022-05-16", "start_date": "2022-05-16", "end_date": "2024-05-15",
    "repayment_method": "等额本息", "dispute_method": "arbitration",
    "guarantor": "段国庆", "guarantee_type": "连带责任保证", "guarantee_period_months": 24,
}, ["cap_not_applicable_licensed_lender"], notes="融资租赁 (2022): info only; amount_delivered = the price paid to the seller")

add("yn18_huankuan_xieyi_huankuan_jihua_biao.docx", "docx", [
    ("h", "还款协议"),
    ("p", "甲方（出借人）：周兴华，身份证号5329011966****0318"),
    ("p", "乙方（借款人）：施志刚，身份证号5329011984****1537"),
    ("p", "丙方（保证人）：施志明，身份证号5329011981****1515"),
    ("p", ("2022年9月1日，乙方向甲方借款人民币壹拾贰万元整（120,000元），约定月息1分（年利率12%），借期一年，2023年8月31日到期。"
          "到期后乙方未能归还。经大理市下关街道人民调解委员会调解，三方达成如下还款协议：")),
    ("p", "一、截至2024年3月20日，乙方尚欠甲方本金120,000元、利息9,600元（已扣除乙方已付利息），合计129,600元。"),
    ("p", "二、乙方按下表分期归还："),
    ("t", [
        ["期次", "还款日", "金额（元）", "其中本金", "其中利息"],
        ["1", "2024年4月30日", "20,000.00", "10,400.00", "9,600.00"],
        ["2", "2024年6月30日", "20,000.00", "20,000.00", "0"],
        ["3", "2024年8月31日", "25,000.00", "25,000.00", "0"],
        ["4", "2024年10月31日", "30,000.00", "30,000.00", "0"],
        ["5", "2024年12月31日", "34,600.00", "34,600.00", "0"],
        ["合计", "", "129,600.00", "120,000.00", "9,600.00"],
    ]),
    ("p", ("三、协议期间剩余本金不再计息。乙方任何一期逾期超过十五日的，甲方有权要求乙方一次性清偿剩余全部欠款，"
          "并自逾期之日起按月利率2%计收逾期利息至清偿之日。")),
    ("p", "四、丙方对乙方上述债务承担连带责任保证，保证期间为最后一期还款期限届满之日起六个月。"),
    ("p", "五、因本协议发生争议，向大理市人民法院起诉。"),
    ("p", "甲方：周兴华    乙方：施志刚    丙方：施志明"),
    ("p", "2024年3月20日"),
], {
    "principal": "120000", "annual_rate": 0.12, "overdue_rate": 0.24, "penalty_rate": None,
    "lender": "周兴华", "lender_kind": "natural_person", "borrower": "施志刚", "borrower_kind": "natural_person",
    "repayment_method": "分期还款", "dispute_method": "court",
    "guarantor": "施志明", "guarantee_type": "连带责任保证", "guarantee_period_months": 6,
}, ["overdue_charges_above_cap"],
    notes="还款协议: recited 12 %; its own overdue 24 % vs 14.6 % (loan date) and 13.8 % (agreement date); dates of a later agreement left out")

add("yn19_yiwudizhai_huoche.txt", "utf8", """以物抵债协议

甲方（债权人）：和光明，身份证号5332211975****0917，住丽江市古城区
乙方（债务人）：木春生，身份证号5332211986****0330，住丽江市玉龙纳西族自治县

一、债务确认：乙方于2023年5月12日向甲方借款人民币柒万元整，约定月息1分，借期一年。借款到期后乙方仅支付利息至2024年5月，尚欠本金70,000元及2024年5月13日以后的利息未付。
二、抵债：乙方自愿将其名下江淮牌轻型厢式冷藏货车一辆（云P·3D***，2021年购入，现用于冷链送菌子）作价柒万伍仟元，抵偿上述全部借款本息。
三、乙方于2025年4月10日前将车辆、行驶证、登记证书交付甲方，并配合办理过户。过户完成后，双方借贷关系了结，互不追究。
四、车辆交付前的违章、事故及车辆上的其他债务由乙方负责。

甲方：和光明
乙方：木春生
2025年4月2日
""", {
    "principal": "70000", "annual_rate": 0.12,
    "lender": "和光明", "lender_kind": "natural_person", "borrower": "木春生", "borrower_kind": "natural_person",
}, [], notes="以物抵债 after the due date; recited 12 % under 14.6 %; recital: dates, overdue, repayment, dispute and guarantee left out")

add("yn20_zhaiwu_querenshu_2018_jiancai.txt", "utf8", """债务确认书

致：昆明恒瑞建材有限公司

我司云南盘龙江建设工程有限公司于2018年6月1日与贵司签订《借款合同》（编号HR-JK-2018-006），向贵司借款人民币伍拾万元整，约定年利率15%，借期一年，至2019年5月31日到期。

经双方对账确认：截至2022年10月31日，我司尚欠贵司借款本金伍拾万元整（¥500,000.00），欠付利息（已扣除我司已付部分）贰拾壹万元整（¥210,000.00），合计柒拾壹万元整。我司确认上述债务真实、合法、有效，并承诺于2023年6月30日前一次性付清。

确认人（债务人）：云南盘龙江建设工程有限公司（盖章）
法定代表人：鲁正军
2022年11月10日
""", {
    "principal": "500000", "annual_rate": 0.15,
    "lender": "昆明恒瑞建材有限公司", "lender_kind": "enterprise",
    "borrower": "云南盘龙江建设工程有限公司", "borrower_kind": "enterprise",
}, ["pre_lpr_rate_rules", "limitation_period_expired"],
    notes="2018 loan, rate before the first LPR; the confirmation (consent to perform) sets 2023-06-30; +3 years = 2026-06-30, nothing after")

add("yn21_minshi_tiaojieshu_guandu_huamu.txt", "utf8", """云南省昆明市官渡区人民法院
民 事 调 解 书
（2025）云0111民初4417号

原告：胡永平，男，1972年3月5日出生，汉族，住昆明市官渡区关上街道。
被告：昆明鑫盛花木园艺有限公司，住所地昆明市官渡区小板桥街道。
法定代表人：许春燕，该公司执行董事。
被告：许春燕，女，1980年11月2日出生，汉族，住昆明市官渡区。

原告胡永平与被告昆明鑫盛花木园艺有限公司、许春燕民间借贷纠纷一案，本院立案后委派本院诉前调解室特邀调解员进行调解。
原告诉称：2021年9月1日，被告昆明鑫盛花木园艺有限公司向原告借款200,000元，约定月利率2%，借期一年，被告许春燕提供连带责任保证。借款到期后，被告仅支付利息至2022年2月，余款未还。

经调解，双方当事人自愿达成如下协议：
一、被告昆明鑫盛花木园艺有限公司偿还原告借款本金200,000元及利息30,000元，合计230,000元，分两期支付：2025年6月30日前支付100,000元，2025年8月31日前支付130,000元；
二、被告许春燕对上述债务承担连带清偿责任；
三、如被告任何一期未按期足额履行，原告有权就剩余未付款项一并申请强制执行；
四、案件受理费2,200元，减半收取1,100元，由被告昆明鑫盛花木园艺有限公司负担。
上述协议，不违反法律规定，本院予以确认。
本调解书经双方当事人签收后，即具有法律效力。

审判员  何志刚
二〇二五年五月二十六日
书记员  张露
""", {
    "principal": "200000",
    "lender": "胡永平", "lender_kind": "natural_person",
    "borrower": "昆明鑫盛花木园艺有限公司", "borrower_kind": "enterprise",
}, [], notes="court paper: the recited 24 % is settled into fixed sums; no rate finding")

add("yn22_weixin_liaotian_jiekuan_jilu.txt", "utf8", """微信聊天记录（手机截图整理打字稿，2025年11月由王小燕提供）
对话双方：王小燕（微信昵称“燕子”）、李建华（微信昵称“华哥-建材”）

2024年12月5日 10:12
李建华：燕子，在不在，想挨你借点钱
王小燕：借好多嘛
李建华：两万，年底工地结账了就还你，2月10号前肯定还
王小燕：利息咋个算
李建华：你说嘛，按银行的也得
王小燕：憨哦你，都是老同学，利息就不要了，莫客气
李建华：板扎！谢谢燕子
2024年12月5日 10:31
王小燕：[转账] ¥20000.00 已被接收
李建华：收到了，2月10号前还你，放心咯
2025年2月11日 20:05
王小燕：建华，昨天就到日子了哦
李建华：工地钱还没结下来，再等等咯
2025年10月3日 09:40
王小燕：钱哪样时候还嘛
李建华：年底，年底一定
""", {
    "principal": "20000", "amount_delivered": "20000", "annual_rate": 0, "overdue_rate": None, "penalty_rate": None,
    "lender": "王小燕", "lender_kind": "natural_person", "borrower": "李建华", "borrower_kind": "natural_person",
    "contract_date": "2024-12-05", "start_date": "2024-12-05", "end_date": "2025-02-10",
    "dispute_method": None,
    "guarantor": None, "guarantee_type": None, "guarantee_period_months": None,
}, ["no_overdue_rate_agreed"],
    notes="'利息就不要了' = explicit zero; no overdue rate either (民间借贷规定 第28条: LPR from default may be claimed)")

add("yn23_jietiao_anshouyin_jianzhengren_2020.txt", "utf8", """借  条

今借到李富贵人民币叁万元整（¥30000.00），年利率百分之十，借期一年，从2020年11月15日起至2021年11月14日止，到期本息一并归还。

借款人：张有才（按手印）
身份证号：5329321978****1931
见证人：杨老四（村民小组长，按手印）
二〇二〇年十一月十五日
于大理州鹤庆县草海镇

（借条下方手写）
2022.5.1 张有才还利息叁仟元。李富贵
2023.12.18 张有才还本金伍仟元，下欠贰万伍仟。李富贵
""", {
    "principal": "30000", "amount_delivered": "30000", "annual_rate": 0.10, "overdue_rate": None, "penalty_rate": None,
    "lender": "李富贵", "lender_kind": "natural_person", "borrower": "张有才", "borrower_kind": "natural_person",
    "contract_date": "2020-11-15", "start_date": "2020-11-15", "end_date": "2021-11-14",
    "repayment_method": "到期一次性还本付息", "dispute_method": None,
    "guarantor": None, "guarantee_type": None, "guarantee_period_months": None,
}, ["no_overdue_rate_agreed", "limitation_period_expired"],
    notes="last payment 2023-12-18 → period ended 2026-12-18, three days before as_of; 见证人 is not a guarantor")

add("yn24_kantouxi_jiekuan_chashuifei.txt", "utf8", """借款合同

出借人：罗文斌，身份证号5301021979****4457
借款人：起明亮，身份证号5323011990****2312（经营“明亮野生菌冷链配送”）

1、借款金额：人民币壹拾万元整（¥100,000.00）。
2、借款期限：6个月，2023年10月9日至2024年4月8日。
3、利息：月息1.5分（月利率1.5%），每月9日前支付当月利息1,500元，到期还本。
4、出借人于2023年10月9日放款时，先扣除第一个月利息1,500元和茶水费3,500元，实际转账95,000元。
5、逾期：借款人到期不还的，每逾期一天支付违约金200元，直至还清为止。
6、争议由出借人住所地人民法院管辖。

出借人：罗文斌
借款人：起明亮（按手印）
2023年10月9日

收款确认：本人收到罗文斌转账人民币玖万伍仟元整。起明亮 2023.10.9
""", {
    "principal": "100000", "amount_delivered": "95000", "annual_rate": 0.18,
    "lender": "罗文斌", "lender_kind": "natural_person", "borrower": "起明亮", "borrower_kind": "natural_person",
    "contract_date": "2023-10-09", "start_date": "2023-10-09", "end_date": "2024-04-08",
    "repayment_method": "按月付息、到期还本", "dispute_method": "court",
    "guarantor": None, "guarantee_type": None, "guarantee_period_months": None,
}, ["rate_above_4x_lpr", "interest_deducted_upfront", "overdue_charges_above_cap"],
    notes="18 % vs 13.8 %; 1,500 + 3,500 taken out; 200/day on 100,000 = 73 %/yr (overdue and penalty rates left out: a sum a day)")

add("yn25_fuli_faxi_jiekuan_anning.txt", "utf8", """借款合同

出借人（甲方）：安宁市恒通钢材贸易有限公司
借款人（乙方）：安宁市永兴建筑工程有限公司

第一条 借款金额：人民币陆拾万元整（¥600,000.00），甲方于2023年3月1日一次性转入乙方账户。
第二条 借款期限：自2023年3月1日至2024年2月29日。
第三条 利率：年利率12%，按季结息，结息日为每季末月20日，到期归还本金。
第四条 复利：乙方未按期支付的利息，自结息日次日起计入本金，按本合同利率计收复利。
第五条 罚息：借款到期乙方未归还的，自逾期之日起在本合同利率基础上加收50%计收罚息。
第六条 争议：向安宁市人民法院起诉。

甲方：安宁市恒通钢材贸易有限公司（盖章）
乙方：安宁市永兴建筑工程有限公司（盖章）
签订日期：2023年3月1日
""", {
    "principal": "600000", "amount_delivered": "600000", "annual_rate": 0.12, "overdue_rate": 0.18, "penalty_rate": None,
    "lender": "安宁市恒通钢材贸易有限公司", "lender_kind": "enterprise",
    "borrower": "安宁市永兴建筑工程有限公司", "borrower_kind": "enterprise",
    "contract_date": "2023-03-01", "start_date": "2023-03-01", "end_date": "2024-02-29",
    "repayment_method": "按季付息、到期还本", "dispute_method": "court",
    "guarantor": None, "guarantee_type": None, "guarantee_period_months": None,
}, ["compound_interest_restated", "overdue_charges_above_cap"], notes="unpaid interest into principal; 12 % × 1.5 = 18 % vs 14.6 %")

add("yn26_weituo_daikuan_chaye.docx", "docx", [
    ("h", "委托贷款借款合同"),
    ("p", "合同编号：LCJ(PE)WD-2024-0920"),
    ("t", [
        ["委托人", "云南普洱天宇茶业集团有限公司"],
        ["受托人（贷款人）", "云南澜沧江商业银行股份有限公司普洱分行"],
        ["借款人", "普洱思茅祥和茶叶初制有限公司"],
        ["委托贷款金额", "人民币贰佰万元整（¥2,000,000.00）"],
        ["借款期限", "2024年9月20日至2025年9月19日"],
        ["年利率", "7%（由委托人确定）"],
        ["结息方式", "按季结息，到期还本"],
        ["罚息", "逾期贷款在本合同利率基础上加收50%"],
    ]),
    ("p", "第三条 受托人根据委托人的指定发放、监督使用并协助收回贷款，不承担贷款风险。委托贷款本息由受托人收回后划付委托人。"),
    ("p", "第六条 保证：周明（借款人股东）为本笔委托贷款提供连带责任保证，保证期间为主债务履行期限届满之日起二年。"),
    ("p", "第九条 争议：因本合同发生争议，向受托人所在地人民法院起诉。"),
    ("p", "委托人（盖章）：云南普洱天宇茶业集团有限公司"),
    ("p", "受托人（盖章）：云南澜沧江商业银行股份有限公司普洱分行"),
    ("p", "借款人（盖章）：普洱思茅祥和茶叶初制有限公司    保证人（签字）：周明"),
    ("p", "签订日期：2024年9月20日"),
], {
    "principal": "2000000", "amount_delivered": "2000000", "annual_rate": 0.07, "overdue_rate": 0.105, "penalty_rate": None,
    "lender": "云南普洱天宇茶业集团有限公司", "lender_kind": "enterprise",
    "borrower": "普洱思茅祥和茶叶初制有限公司", "borrower_kind": "enterprise",
    "contract_date": "2024-09-20", "start_date": "2024-09-20", "end_date": "2025-09-19",
    "repayment_method": "按季付息、到期还本", "dispute_method": "court",
    "guarantor": "周明", "guarantee_type": "连带责任保证", "guarantee_period_months": 24,
}, [], notes="委托贷款: lender = 委托人 (private lending); 7 % / 10.5 % under 13.4 %")

add("yn27_baozheng_hetong_wu_baozheng_qijian.txt", "utf8", """保证合同

债权人（甲方）：洱源县禾丰农业发展有限公司
保证人（乙方）：赵阿龙，身份证号5329301976****0714
被保证的债务人：赵阿妹，身份证号5329301989****0745

鉴于甲方与债务人于2025年4月15日签订《借款合同》（编号HF-JK-2025-04），甲方借给债务人人民币伍万元整，用于梅子、蒜苗种植，借款期限一年。乙方自愿为债务人提供保证，订立本合同：
第一条 保证范围：借款本金、利息、逾期利息、违约金及实现债权的费用。
第二条 保证方式：乙方承担连带责任保证。
第三条 乙方确认已阅读借款合同全部条款。
第四条 因本合同发生的争议，由甲方所在地人民法院管辖。

甲方（盖章）：洱源县禾丰农业发展有限公司
乙方（签字按手印）：赵阿龙
2025年4月15日
""", {
    "principal": "50000",
    "lender": "洱源县禾丰农业发展有限公司", "lender_kind": "enterprise", "borrower": "赵阿妹",
    "borrower_kind": "natural_person",
    "contract_date": "2025-04-15", "dispute_method": "court",
    "guarantor": "赵阿龙", "guarantee_type": "连带责任保证", "guarantee_period_months": None,
}, ["guarantee_period_defaults_to_6_months"],
    notes="保证合同 with no period clause; rates, overdue and repayment sit in the main contract (left out)")

add("yn28_jietiao_2016_yuexi3fen_kezhan.txt", "gb18030", """借条

今借到寸德明人民币伍万元整（50000元），用于大理古城客栈旺季前添置床品、热水器。月息叁分，每月付利息壹仟伍佰元，2017年3月7日前归还本金。

借款人：苏文彬
身份证号：5329011983****0058
2016年3月8日
""", {
    "principal": "50000", "amount_delivered": "50000", "annual_rate": 0.36, "overdue_rate": None, "penalty_rate": None,
    "lender": "寸德明", "lender_kind": "natural_person", "borrower": "苏文彬", "borrower_kind": "natural_person",
    "contract_date": "2016-03-08", "start_date": "2016-03-08", "end_date": "2017-03-07",
    "repayment_method": "按月付息、到期还本", "dispute_method": None,
    "guarantor": None, "guarantee_type": None, "guarantee_period_months": None,
}, ["pre_lpr_rate_rules", "no_overdue_rate_agreed", "limitation_period_expired"],
    notes="2016 月息三分 = 36 %, at the void line; due 2017-03-07, nothing noted")

add("yn29_mohan_bianmao_laowo_huokuan.docx", "docx", [
    ("h", "借款合同"),
    ("p", "合同编号：MHTD-JK-2021-07"),
    ("t", [
        ["出借人", "西双版纳勐腊磨憨通达国际物流有限公司"],
        ["借款人", "勐腊县磨憨澜湄边贸有限公司"],
        ["借款金额", "人民币贰拾伍万元整（¥250,000.00）"],
        ["借款用途", "支付老挝琅南塔供货商橡胶、香蕉货款（以老挝基普或美元结算，汇兑损益由借款人承担）"],
        ["借款期限", "2021年7月7日至2022年7月6日"],
        ["年利率", "15.4%"],
        ["付息方式", "按月付息，到期还本"],
        ["逾期", "逾期部分继续按本合同约定利率计收利息"],
        ["保证人", "刀玉罕"],
        ["保证方式", "一般保证"],
        ["保证期间", "主债务履行期限届满之日起一年"],
    ]),
    ("p", "第八条 争议：因本合同发生争议，向勐腊县人民法院起诉。"),
    ("p", "出借人（盖章）：西双版纳勐腊磨憨通达国际物流有限公司    借款人（盖章）：勐腊县磨憨澜湄边贸有限公司"),
    ("p", "保证人（签字）：刀玉罕"),
    ("p", "签订日期：2021年7月7日"),
    ("p", ("附：催款通知书送达回执——2024年11月20日，出借人向借款人邮寄《催款通知书》，催收剩余本金180,000元及利息，"
          "借款人法定代表人王建波于当日签收。")),
], {
    "principal": "250000", "amount_delivered": "250000", "annual_rate": 0.154, "overdue_rate": 0.154, "penalty_rate": None,
    "lender": "西双版纳勐腊磨憨通达国际物流有限公司", "lender_kind": "enterprise",
    "borrower": "勐腊县磨憨澜湄边贸有限公司", "borrower_kind": "enterprise",
    "contract_date": "2021-07-07", "start_date": "2021-07-07", "end_date": "2022-07-06",
    "repayment_method": "按月付息、到期还本", "dispute_method": "court",
    "guarantor": "刀玉罕", "guarantee_type": "一般保证", "guarantee_period_months": 12,
}, [], notes="15.4 % = 4 × 3.85 % exactly (not above); signed demand 2024-11-20 restarts limitation to 2027-11-20")

add("yn30_jietiao_lixi_an_hangqing.txt", "utf8", """借条

今借到尹国良人民币肆万元整（40000元），用于客栈旺季周转。利息按行情算，到时候再讲。2025年10月31日前还清。

借款人：段阿宝
2025年2月18日
（微信转账 ¥40000 已收）
""", {
    "principal": "40000", "amount_delivered": "40000", "overdue_rate": None, "penalty_rate": None,
    "lender": "尹国良", "lender_kind": "natural_person", "borrower": "段阿宝", "borrower_kind": "natural_person",
    "contract_date": "2025-02-18", "start_date": "2025-02-18", "end_date": "2025-10-31",
    "dispute_method": None,
    "guarantor": None, "guarantee_type": None, "guarantee_period_months": None,
}, ["no_interest_agreed", "no_overdue_rate_agreed"],
    notes="'利息按行情算，到时候再讲' between natural persons = unclear → none (民法典 第680条); annual_rate left out")

# ---------------------------------------------------------------------------------------------------------------
DOCX = cb.DocxMeta(author="段丽芬", fixed_time=(2026, 12, 21, 9, 30, 0), font_pt=10.5, file_mode=0o644)


def build() -> None:
    cb.write_documents(HERE, [(d["file"], d["fmt"], d["body"]) for d in DOCS], DOCX, expected=30)
    cb.write_gold(HERE / "gold.jsonl", [d["gold"] for d in DOCS])
    print(f"wrote {len(DOCS)} documents and gold.jsonl to {HERE}")


if __name__ == "__main__":
    build()
