"""Builder for contracts_holdout15 (held out: never tune on these rows).

Every document text and every gold row below was typed by hand for this set (persona: 梁嘉欣, 法务 at a made-up
商业保理 / 小额贷款 group in Foshan and Dongguan). Running this script writes the 30 documents (TXT UTF-8, TXT GB18030,
DOCX) and gold.jsonl into this folder, byte-for-byte the same on every run.

    /work/main/.venv/bin/python eval/datasets/contracts_holdout15/make_dataset.py
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from eval.datasets import _contracts_build as cb  # noqa: E402

HERE = Path(__file__).resolve().parent
AS_OF = "2026-11-20"   # the day 梁嘉欣 reviewed the pile (a row may override)

DOCS: list[dict] = []


def add(file: str, fmt: str, body, fields: dict, findings: list[str], as_of: str = AS_OF, notes: str | None = None):
    row = {"file": file, "fields": fields, "findings": findings, "as_of": as_of}
    if notes:
        row["notes"] = notes
    DOCS.append({"file": file, "fmt": fmt, "body": body, "gold": row})


NO_GUARANTEE = {"guarantor": None, "guarantee_type": None, "guarantee_period_months": None}

# ---------------------------------------------------------------------------------------------------------------
# ho01 借据, 家具厂老板, 月息一分半, 利息每月俾
add("ho01_jieju_jiaju_yuexi.txt", "utf8", """借  据

今借到陈志强先生现金人民币捌万元正（¥80000.00），系本人龙江镇家明家具厂周转用（买板材）。
讲明月息一分半，利息每月俾，每月12号前转账俾陈生，本金一年后即2024年3月11日前一次过还清。
唔该陈生帮手，本人保证按时还本付息，如有拖欠，本人愿意承担一切法律责任。

借款人：何家明（手印）
身份证号：440623197806**2516
电话：139****6621
2023年3月12日

（陈生已用农行转账8万元俾我，我已收到 —— 何家明）
""", {
    "principal": "80000", "amount_delivered": "80000", "annual_rate": 0.18, "overdue_rate": None, "penalty_rate": None,
    "lender": "陈志强", "lender_kind": "natural_person", "borrower": "何家明", "borrower_kind": "natural_person",
    "contract_date": "2023-03-12", "start_date": "2023-03-12", "end_date": "2024-03-11",
    "repayment_method": "按月付息、到期还本", "dispute_method": None, **NO_GUARANTEE,
}, ["rate_above_4x_lpr", "no_overdue_rate_agreed"],
    notes="月息一分半 = 1.5 %/month = 18 %/yr; LPR on 2023-03-12 is 3.65 %, cap 14.6 %. '一切法律责任' is no overdue rate.")

# ho02 借据, 陶瓷批发, 每万蚊每日五蚊, 担保人 only
add("ho02_jieju_taoci_wanmen.txt", "utf8", """借据

本人李伟雄（身份证440682198203**1137，禅城区季华路陶瓷城B区铺位）今借到梁志华人民币叁拾万元正（300000元），
用作铺头入货周转。讲好利息系每万蚊每日五蚊，借期三个月，2024年12月2日前连本带利一次过还清畀梁生。
如果到期冇还，逾期嗰部分按每万蚊每日十蚊计利息，直至还清为止。
钱已经由梁生工行转账30万元收到，冇扣任何钱。

借款人：李伟雄
担保人：黄美玲（李伟雄老婆）  身份证440682198510**2248
二〇二四年九月三日
""", {
    "principal": "300000", "amount_delivered": "300000", "annual_rate": 0.1825, "overdue_rate": 0.365, "penalty_rate": None,
    "lender": "梁志华", "lender_kind": "natural_person", "borrower": "李伟雄", "borrower_kind": "natural_person",
    "contract_date": "2024-09-03", "start_date": "2024-09-03", "end_date": "2024-12-02",
    "repayment_method": "到期一次性还本付息", "dispute_method": None,
    "guarantor": "黄美玲", "guarantee_type": "unspecified", "guarantee_period_months": None,
}, ["rate_above_4x_lpr", "overdue_charges_above_cap", "guarantee_type_defaults_to_general",
    "guarantee_period_defaults_to_6_months"],
    notes="每万蚊每日五蚊 = 0.05 %/day × 365 = 18.25 %; overdue 十蚊 = 36.5 %. LPR 2024-09-03 is 3.35 % (cap 13.4 %). "
          "'担保人' with no type and no period, signed after 2021-01-01: 一般保证 and six months.")

# ho03 小贷 借款合同 (GB18030), 月利率1.2 %, 服务费 withheld, 等额本息 table
add("ho03_xiaodai_fuwufei_debx.txt", "gb18030", """佛山市顺德区融信小额贷款有限公司
个人经营性借款合同
合同编号：RX-JK-2024-0517

贷款人（甲方）：佛山市顺德区融信小额贷款有限公司
住所：佛山市顺德区大良街道德和居委会新城区观绿路4号 1208室
借款人（乙方）：周炳权    身份证号码：440681197511**3319
经营实体：佛山市顺德区勒流炳权五金制品厂（个体工商户，乙方为经营者）
保证人（丙方）：冯丽娟    身份证号码：440681197803**1526（乙方配偶）

第一条 借款金额
甲方向乙方发放贷款人民币贰拾万元整（¥200,000.00），用于购买不锈钢卷料及支付工人工资。

第二条 借款期限
自2024年5月15日起至2025年5月15日止，共12个月。

第三条 借款利率
月利率1.2%，按实际放款金额及实际用款天数计算利息。

第四条 服务费
乙方应向甲方支付贷款服务费人民币捌仟元整（¥8,000.00），由甲方在发放贷款时从贷款本金中一次性扣收，
乙方实际到账金额为人民币壹拾玖万贰仟元整（¥192,000.00）。服务费一经收取，不予退还。

第五条 还款方式
按月等额本息还款，每月15日为还款日，还款计划如下：
期数  还款日期      应还金额     本金         利息        剩余本金
1     2024-06-15   17995.09   15595.09   2400.00   184404.91
2     2024-07-15   17995.09   15782.23   2212.86   168622.68
3     2024-08-15   17995.09   15971.62   2023.47   152651.06
4     2024-09-15   17995.09   16163.28   1831.81   136487.78
5     2024-10-15   17995.09   16357.24   1637.85   120130.54
6     2024-11-15   17995.09   16553.52   1441.57   103577.02
7     2024-12-15   17995.09   16752.17   1242.92    86824.85
8     2025-01-15   17995.09   16953.19   1041.90    69871.66
9     2025-02-15   17995.09   17156.63    838.46    52715.03
10    2025-03-15   17995.09   17362.51    632.58    35352.52
11    2025-04-15   17995.09   17570.86    424.23    17781.66
12    2025-05-15   17995.04   17781.66    213.38        0.00

第六条 逾期罚息
乙方未按期还款的，对逾期部分自逾期之日起按本合同约定利率上浮50%计收罚息，即月利率1.8%。

第七条 保证
丙方自愿为乙方在本合同项下的全部债务提供连带责任保证，保证期间为主债务履行期限届满之日起三年。

第八条 争议解决
因本合同引起的争议，提交佛山仲裁委员会按其仲裁规则仲裁。

甲方（盖章）：佛山市顺德区融信小额贷款有限公司
乙方（签字）：周炳权
丙方（签字）：冯丽娟
签订日期：2024年5月15日
""", {
    "principal": "200000", "amount_delivered": "192000", "annual_rate": 0.144, "overdue_rate": 0.216, "penalty_rate": None,
    "lender": "佛山市顺德区融信小额贷款有限公司", "lender_kind": "licensed_lender",
    "borrower": "周炳权", "borrower_kind": "natural_person",
    "contract_date": "2024-05-15", "start_date": "2024-05-15", "end_date": "2025-05-15",
    "repayment_method": "等额本息", "dispute_method": "arbitration",
    "guarantor": "冯丽娟", "guarantee_type": "连带责任保证", "guarantee_period_months": 36,
}, ["interest_deducted_upfront", "cap_not_applicable_licensed_lender"],
    notes="Hard call: a 服务费 withheld from the principal at disbursement is 砍头息 in substance (民法典 670); "
          "the contract itself states 192,000 arrived. Borrower signs as a person (the 个体工商户 is named only as the "
          "business), so natural_person.")

# ho04 bank 流动资金贷款 (DOCX, key terms in a table), LPR+65BP, 融资担保 guarantor
add("ho04_bank_liudong_lpr65bp.docx", "docx", [
    ("h", "流动资金借款合同"),
    ("p", "合同编号：FSSA-BJ-LD-2025-0036"),
    ("p", "贷款人：佛山顺安农村商业银行股份有限公司北滘支行（以下简称“贷款人”）"),
    ("p", "借款人：佛山市顺德区北滘镇美嘉灯饰电器有限公司（以下简称“借款人”）"),
    ("p", "借款人因生产经营周转需要，向贷款人申请流动资金借款。双方经协商一致，订立本合同，主要条款见下表，"
          "下表未尽事宜适用本合同通用条款。"),
    ("t", [
        ["项目", "约定"],
        ["借款金额", "人民币叁佰万元整（¥3,000,000.00）"],
        ["借款用途", "购买LED灯珠、铝型材等原材料"],
        ["借款期限", "12个月，自2025年3月18日起至2026年3月17日止（以借款借据记载为准）"],
        ["借款利率", "浮动利率，以定价基准日（本合同签订日）前一个工作日全国银行间同业拆借中心公布的1年期LPR（3.10%）"
                    "加65个基点（1BP=0.01%）确定，即年利率3.75%，每12个月根据LPR调整一次"],
        ["结息及还款方式", "按月结息，结息日为每月20日；到期一次性归还本金"],
        ["逾期罚息", "借款逾期的，罚息利率为本合同借款利率上浮50%；挪用借款的，罚息利率为借款利率上浮100%"],
        ["复利", "对不能按时支付的利息，按罚息利率计收复利"],
        ["担保方式", "保证。保证人：佛山市禅城区融通融资担保有限公司，保证方式：连带责任保证，"
                    "保证期间等以双方另行签订的《保证合同》（编号FSSA-BJ-BZ-2025-0036）为准"],
        ["争议解决", "向贷款人所在地人民法院提起诉讼"],
    ]),
    ("p", "第十二条 本合同自双方法定代表人（负责人）或授权代理人签字并加盖公章之日起生效。"),
    ("p", "贷款人（公章）：佛山顺安农村商业银行股份有限公司北滘支行    负责人：何振邦"),
    ("p", "借款人（公章）：佛山市顺德区北滘镇美嘉灯饰电器有限公司    法定代表人：苏美嘉"),
    ("p", "签订日期：2025年3月18日"),
], {
    "principal": "3000000", "amount_delivered": "3000000", "annual_rate": 0.0375, "overdue_rate": 0.05625, "penalty_rate": None,
    "lender": "佛山顺安农村商业银行股份有限公司北滘支行", "lender_kind": "licensed_lender",
    "borrower": "佛山市顺德区北滘镇美嘉灯饰电器有限公司", "borrower_kind": "enterprise",
    "contract_date": "2025-03-18", "start_date": "2025-03-18", "end_date": "2026-03-17",
    "repayment_method": "按月付息、到期还本", "dispute_method": "court",
    "guarantor": "佛山市禅城区融通融资担保有限公司", "guarantee_type": "连带责任保证",
}, ["cap_not_applicable_licensed_lender"],
    notes="Rate figure written (3.10 % + 65 BP = 3.75 %); overdue 罚息 = 3.75 % × 1.5 = 5.625 % (挪用 rate is not the "
          "overdue rate). 复利 clause is a bank's, no compound_interest_restated (private-lending scope). Guarantee period "
          "is set in a separate 保证合同, so guarantee_period_months is left out and no default-period finding.")

# ho05 港资 借款協議 in traditional characters, HK$ converted to RMB (RMB operative)
add("ho05_gangzi_jiekuan_fanti.txt", "utf8", """借款協議

甲方（出借人）：泰豐（香港）貿易有限公司
註冊地址：香港九龍觀塘鴻圖道52號百樂門大廈11樓1103室
乙方（借款人）：東莞市長安鎮德利五金製品有限公司
統一社會信用代碼：91441900MA5****37K

鑒於乙方為甲方長期供應五金配件（鉸鏈、拉手），因擴充電鍍生產線需要資金，甲乙雙方經友好協商，訂立本協議：

一、借款金額：港幣伍拾萬元整（HK$500,000.00），按放款日中國人民銀行公佈的港幣兌人民幣中間價0.9128折合
    人民幣肆拾伍萬陸仟肆佰元整（RMB456,400.00）。甲方以人民幣向乙方指定賬戶放款，乙方以人民幣計算並歸還本息，
    匯率此後變動不影響借款金額。
二、借款期限：十二個月，自2024年8月15日起至2025年8月14日止。
三、利息：年利率8%（單利），按季支付，付息日為每季末月的15日，本金到期一次歸還。
四、逾期：乙方逾期歸還本金的，逾期部分自逾期之日起按年利率12%計付逾期利息。
五、甲方有權從應付乙方的貨款中抵扣乙方到期未付的本息，並書面通知乙方。
六、本協議適用中華人民共和國內地法律。因本協議產生的爭議，雙方同意提交香港特別行政區法院非專屬管轄。
七、本協議一式兩份，雙方各執一份，自雙方簽署蓋章之日起生效。

甲方：泰豐（香港）貿易有限公司（蓋章）  授權代表：鄧偉豪
乙方：東莞市長安鎮德利五金製品有限公司（蓋章）  法定代表人：黎德利
簽署日期：2024年8月15日
""", {
    "principal": "456400", "amount_delivered": "456400", "annual_rate": 0.08, "overdue_rate": 0.12, "penalty_rate": None,
    "lender": "泰豐（香港）貿易有限公司", "lender_kind": "enterprise",
    "borrower": "東莞市長安鎮德利五金製品有限公司", "borrower_kind": "enterprise",
    "contract_date": "2024-08-15", "start_date": "2024-08-15", "end_date": "2025-08-14",
    "repayment_method": "按季付息、到期还本", "dispute_method": "court", **NO_GUARANTEE,
}, [],
    notes="HK$500,000 converted in the text to RMB 456,400, and the RMB figure is the operative principal (lent and "
          "repaid in RMB, later FX moves ignored). Party names kept as written (traditional characters). 8 % < 13.4 % cap; "
          "12 % overdue < cap.")

# ho06 企业间借贷 for 周转, 贸易公司 lender, payment note restarts the limitation period
add("ho06_qiyejian_zhouzhuan_huankuan.txt", "utf8", """借款合同

出借人（甲方）：佛山市南海区瑞丰陶瓷贸易有限公司
借款人（乙方）：佛山市南海区金鹰陶瓷有限公司
保证人（丙方）：陈国伟（乙方股东）

乙方因窑炉改造及资金周转需要，向甲方借款。经三方协商，达成如下条款：
1. 借款金额：人民币壹佰万元整（1,000,000元），甲方于2021年6月1日转入乙方基本户。
2. 借款期限：2021年6月1日至2022年5月31日。
3. 借款利率：年利率15%，利息按月支付，乙方于每月末日前支付当月利息，本金到期一次性归还。
4. 逾期责任：乙方逾期还款的，逾期部分按每日万分之五计收逾期利息。
5. 保证：丙方对乙方本合同项下全部债务承担连带责任保证，保证期间为主债务履行期限届满之日起三年。
6. 争议：协商不成的，向佛山市南海区人民法院起诉。

甲方（盖章）：佛山市南海区瑞丰陶瓷贸易有限公司
乙方（盖章）：佛山市南海区金鹰陶瓷有限公司
丙方（签名）：陈国伟
2021年6月1日

------------------------------------------------------------
收款记录（手写）：
2024年2月5日 收到金鹰公司对公转账还款贰拾万元（200,000元），冲抵本金。
                              瑞丰公司财务 区秀芬 签收  2024.2.5
""", {
    "principal": "1000000", "amount_delivered": "1000000", "annual_rate": 0.15, "overdue_rate": 0.1825, "penalty_rate": None,
    "lender": "佛山市南海区瑞丰陶瓷贸易有限公司", "lender_kind": "enterprise",
    "borrower": "佛山市南海区金鹰陶瓷有限公司", "borrower_kind": "enterprise",
    "contract_date": "2021-06-01", "start_date": "2021-06-01", "end_date": "2022-05-31",
    "repayment_method": "按月付息、到期还本", "dispute_method": "court",
    "guarantor": "陈国伟", "guarantee_type": "连带责任保证", "guarantee_period_months": 36,
}, ["overdue_charges_above_cap"],
    notes="15 % is just under the 15.4 % cap (LPR 3.85 % on 2021-06-01); 万分之五/day = 18.25 % overdue, above it. "
          "Due 2022-05-31 would expire 2025-05-31, but the signed payment note of 2024-02-05 restarts it to 2027-02-05: "
          "no limitation finding.")

# ho07 股东借款 to his own 家具 company, 不计利息, 资金占用费 6 % if late
add("ho07_gudong_jiekuan_wuxi.txt", "utf8", """股东借款协议

出借人：吴志坚（东莞市厚街镇志坚家具有限公司股东，持股70%）
身份证号：441900197209**5531
借款人：东莞市厚街镇志坚家具有限公司
法定代表人：吴志坚    委派签字：财务经理 陈慧敏

因公司支付外贸订单（沙发、餐椅）备料款，资金紧张，股东吴志坚同意以个人资金借给公司使用，约定如下：

一、借款金额：人民币伍拾万元整（500,000.00元），吴志坚于2023年11月8日从其个人账户转入公司账户。
二、借款期限：自2023年11月8日起，至公司收到美国客户尾款后十日内归还，最迟不得晚于2024年11月7日。
三、利息：本借款不计利息。
四、还款：公司到期一次性归还全部借款。
五、公司逾期未归还的，自逾期之日起按年利率6%向吴志坚支付资金占用费。
六、因本协议发生争议，提交东莞仲裁委员会仲裁。
七、本协议经股东会决议同意（见附件：2023年11月6日股东会决议，股东吴志坚回避表决，股东吴志明同意）。

出借人：吴志坚（签名）
借款人：东莞市厚街镇志坚家具有限公司（公章）
日期：2023年11月8日
""", {
    "principal": "500000", "amount_delivered": "500000", "annual_rate": 0, "overdue_rate": 0.06, "penalty_rate": None,
    "lender": "吴志坚", "lender_kind": "natural_person",
    "borrower": "东莞市厚街镇志坚家具有限公司", "borrower_kind": "enterprise",
    "contract_date": "2023-11-08", "start_date": "2023-11-08", "end_date": "2024-11-07",
    "repayment_method": "到期一次性还本付息", "dispute_method": "arbitration", **NO_GUARANTEE,
}, [],
    notes="Interest explicitly zero ('本借款不计利息'): agreed, so no no_interest_agreed. The 资金占用费 after default is "
          "the overdue rate (6 %). End date is the '最迟' long-stop date.")

# ho08 融资租赁合同 for CNC machines (DOCX, tables), 租金 schedule, 留购价
add("ho08_rongzizulin_cnc.docx", "docx", [
    ("h", "融资租赁合同（直租）"),
    ("p", "合同编号：YH-ZL-2024-0411"),
    ("p", "出租人（甲方）：广东粤华融资租赁有限公司"),
    ("p", "承租人（乙方）：佛山市顺德区伦教恒力五金机械厂"),
    ("p", "保证人（丙方）：梁永健（乙方投资人）"),
    ("p", "乙方自行选定设备及出卖人，由甲方出资购买后出租给乙方使用。主要租赁条件如下："),
    ("t", [
        ["租赁物", "立式数控加工中心（VMC-850）2台，出卖人：东莞市精工数控设备有限公司"],
        ["租赁物购买价款（融资本金）", "人民币捌拾万元整（¥800,000.00）"],
        ["租赁期限", "24个月，起租日2024年4月10日，至2026年4月10日止"],
        ["租赁年利率", "8.5%（固定）"],
        ["租金支付方式", "按月等额支付（等额本息），每期租金¥36,364.54，最后一期¥36,364.52，每月10日支付，首期2024年5月10日"],
        ["手续费/保证金", "无"],
        ["留购价款", "人民币壹佰元整，乙方付清全部租金及留购价款后租赁物所有权转移给乙方"],
        ["逾期违约金", "乙方逾期支付租金的，按逾期金额每日万分之五向甲方支付违约金"],
    ]),
    ("p", "租金支付表（节选）"),
    ("t", [
        ["期数", "支付日", "租金", "其中本金", "其中利息", "剩余本金"],
        ["1", "2024-05-10", "36364.54", "30697.87", "5666.67", "769302.13"],
        ["2", "2024-06-10", "36364.54", "30915.32", "5449.22", "738386.81"],
        ["3", "2024-07-10", "36364.54", "31134.30", "5230.24", "707252.51"],
        ["…", "…", "…", "…", "…", "…"],
        ["23", "2026-03-10", "36364.54", "35854.80", "509.74", "36108.75"],
        ["24", "2026-04-10", "36364.52", "36108.75", "255.77", "0.00"],
    ]),
    ("p", "第十五条 丙方为乙方在本合同项下的全部债务提供连带责任保证，保证期间为本合同约定的最后一期租金支付期限届满之日起三年。"),
    ("p", "第十八条 因本合同引起的争议，任何一方均可提交佛山仲裁委员会仲裁，仲裁裁决是终局的。"),
    ("p", "甲方（盖章）：广东粤华融资租赁有限公司"),
    ("p", "乙方（盖章）：佛山市顺德区伦教恒力五金机械厂    投资人：梁永健"),
    ("p", "丙方（签字）：梁永健"),
    ("p", "签订日期：2024年4月8日    签订地点：佛山市顺德区"),
], {
    "principal": "800000", "amount_delivered": "800000", "annual_rate": 0.085, "overdue_rate": None, "penalty_rate": 0.1825,
    "lender": "广东粤华融资租赁有限公司", "lender_kind": "licensed_lender",
    "borrower": "佛山市顺德区伦教恒力五金机械厂", "borrower_kind": "enterprise",
    "contract_date": "2024-04-08", "start_date": "2024-04-10", "end_date": "2026-04-10",
    "repayment_method": "等额本息", "dispute_method": "arbitration",
    "guarantor": "梁永健", "guarantee_type": "连带责任保证", "guarantee_period_months": 36,
}, ["cap_not_applicable_licensed_lender"],
    notes="Lease read as a financing: 融资本金 = price paid for the machines, 租赁年利率 8.5 %. The late charge is named "
          "违约金 (penalty_rate 18.25 %), no separate overdue rate. 融资租赁公司 is one of the seven local licensed kinds.")

# ho09 保理合同 (DOCX, tables), 应收账款转让, 有追索权 回购, husband-and-wife guarantee
add("ho09_baoli_huigou_youzhuisuo.docx", "docx", [
    ("h", "国内保理业务合同（有追索权）"),
    ("p", "合同编号：DX-BL-2025-062"),
    ("p", "保理商（甲方）：东莞市鼎信商业保理有限公司"),
    ("p", "卖方（乙方）：东莞市长安镇精锐五金制品有限公司"),
    ("p", "乙方将其对买方深圳市华拓智能科技有限公司因销售五金结构件产生的应收账款转让给甲方，甲方向乙方提供保理融资。"),
    ("t", [
        ["转让应收账款", "发票号00871243—00871259，金额合计人民币壹佰伍拾万元整（¥1,500,000.00），账款到期日2025年12月20日"],
        ["保理融资款", "人民币壹佰贰拾万元整（¥1,200,000.00），即应收账款金额的80%"],
        ["融资发放日", "2025年6月25日"],
        ["保理融资到期日", "2025年12月20日"],
        ["保理融资利息", "年化10.8%，按月收取，每月20日支付"],
        ["保理服务费", "应收账款金额的1%，即¥15,000.00，由乙方于融资款发放前另行支付，不从融资款中扣除"],
        ["追索/回购", "有追索权。买方到期未足额付款的，乙方应于到期日后5个工作日内按未收回融资款本息回购应收账款"],
        ["逾期", "乙方未按期回购的，自逾期之日起按日万分之六支付逾期利息"],
    ]),
    ("p", "第十一条 保证：乙方实际控制人区国强及其配偶何美玉（合称“保证人”）另行出具《个人连带责任保证书》，"
          "对乙方在本合同项下全部义务承担连带责任保证，保证期间为主债务履行期限届满之日起三年。"),
    ("p", "第十四条 争议解决：因本合同发生的争议，由甲方住所地人民法院管辖。"),
    ("p", "甲方（盖章）：东莞市鼎信商业保理有限公司"),
    ("p", "乙方（盖章）：东莞市长安镇精锐五金制品有限公司"),
    ("p", "签订日期：2025年6月23日"),
], {
    "principal": "1200000", "amount_delivered": "1200000", "annual_rate": 0.108, "overdue_rate": 0.219, "penalty_rate": None,
    "lender": "东莞市鼎信商业保理有限公司", "lender_kind": "licensed_lender",
    "borrower": "东莞市长安镇精锐五金制品有限公司", "borrower_kind": "enterprise",
    "contract_date": "2025-06-23", "start_date": "2025-06-25", "end_date": "2025-12-20",
    "repayment_method": "按月付息、到期还本", "dispute_method": "court",
    "guarantee_type": "连带责任保证", "guarantee_period_months": 36,
}, ["cap_not_applicable_licensed_lender"],
    notes="The receivable (1.5 M) is not the principal; the 保理融资款 (1.2 M) is. Service fee paid separately, not "
          "deducted. Two guarantors (husband and wife) -> guarantor left out. 万分之六/day × 365 = 21.9 %.")

# ho10 过桥 loan, 日息千分之一, 10 days, guarantee '直至本息还清'
add("ho10_guoqiao_rixi.txt", "utf8", """过桥借款合同

甲方（出借人）：佛山市禅城区金粤贸易有限公司
乙方（借款人）：佛山市南海区大沥镇旺城五金铝材厂
丙方（保证人）：何永昌（乙方负责人）

乙方在佛山某银行的流动资金贷款将于2025年3月4日到期，为办理续贷需过桥资金，向甲方借款如下：
一、借款金额：人民币伍佰万元整（¥5,000,000.00）。
二、用款期限：10天，自2025年3月3日至2025年3月12日。银行续贷放款后乙方须即时归还，不论是否满10天均按10天计息。
三、利息：日息千分之一，到期与本金一并支付。
四、逾期：超过用款期限未还的，逾期部分按日千分之三计收逾期利息。
五、丙方对乙方上述借款本息、逾期利息及甲方实现债权的费用承担连带责任保证，保证期间直至借款本息全部还清之日止。
六、本合同发生争议，由甲方所在地人民法院管辖。

甲方：佛山市禅城区金粤贸易有限公司（章）   经办：麦丽珍
乙方：佛山市南海区大沥镇旺城五金铝材厂（章）
丙方：何永昌
2025年3月3日
""", {
    "principal": "5000000", "amount_delivered": "5000000", "annual_rate": 0.365, "overdue_rate": 1.095, "penalty_rate": None,
    "lender": "佛山市禅城区金粤贸易有限公司", "lender_kind": "enterprise",
    "borrower": "佛山市南海区大沥镇旺城五金铝材厂", "borrower_kind": "enterprise",
    "contract_date": "2025-03-03", "start_date": "2025-03-03", "end_date": "2025-03-12",
    "repayment_method": "到期一次性还本付息", "dispute_method": "court",
    "guarantor": "何永昌", "guarantee_type": "连带责任保证", "guarantee_period_months": None,
}, ["rate_above_4x_lpr", "overdue_charges_above_cap", "guarantee_period_defaults_to_6_months"],
    notes="日息千分之一 = 36.5 %; 日千分之三 = 109.5 %; LPR on 2025-03-03 is 3.10 % (cap 12.4 %). "
          "'直至借款本息全部还清之日止' is an unclear period (担保制度解释 第32条) -> six months; no months figure stated, so "
          "guarantee_period_months null.")

# ho11 还款协议 after default (GB18030), interest rolled into new principal, new instalment schedule
add("ho11_huankuan_xieyi_fuli.txt", "gb18030", """还款协议

甲方（出借人）：冯少华   身份证号：440602196805**0914
乙方（借款人）：区伟强   身份证号：440602197707**1552（佛山市禅城区南庄镇伟强陶瓷经营部经营者）

鉴于：
1. 乙方于2021年9月10日向甲方借款人民币叁拾万元（300,000元），约定月息1分，2022年9月9日到期；
2. 借款到期后乙方未能还本，仅支付利息至2023年7月，截至2024年6月30日尚欠本金300,000元及利息45,000元。

双方就还款事宜达成如下协议：
一、双方同意将上述欠付利息45,000元计入本金，乙方确认欠甲方新借款本金合计人民币叁拾肆万伍仟元整（345,000元）。
二、新本金自2024年7月1日起按月息8厘计息，利息按剩余本金计算，随每期本金一并支付。
三、乙方分12期归还本金，每月25日前归还28,750元，自2024年8月25日起至2025年7月25日止，最后一期还清。
四、任何一期逾期超过15天的，甲方有权要求乙方一次性清偿全部剩余本息，并自逾期之日起按年利率15%计付逾期利息。
五、本协议签订后，原借条由甲方保管，待乙方全部还清后退还。
六、因本协议发生争议，由佛山市禅城区人民法院管辖。

甲方：冯少华            乙方：区伟强
2024年7月5日
""", {
    "principal": "345000", "annual_rate": 0.096, "overdue_rate": 0.15, "penalty_rate": None,
    "lender": "冯少华", "lender_kind": "natural_person", "borrower": "区伟强", "borrower_kind": "natural_person",
    "contract_date": "2024-07-05", "end_date": "2025-07-25",
    "repayment_method": "分期还款", "dispute_method": "court", **NO_GUARANTEE,
}, ["compound_interest_restated", "overdue_charges_above_cap"],
    notes="45,000 of unpaid interest is put into a new principal of 345,000 (民间借贷规定 第27条). 月息8厘 = 0.8 %/month = "
          "9.6 %. LPR on 2024-07-05 is 3.45 % (cap 13.8 %); the 15 % overdue rate is above. amount_delivered and start_date "
          "left out: a restated debt, the cash (300,000) moved in 2021 under another note.")

# ho12 以车抵债 agreement
add("ho12_yichedizhai.txt", "utf8", """以车抵债协议

甲方（债权人）：黄锦荣，身份证号440104198001**3512
乙方（债务人）：苏志明，身份证号440684198306**2210

乙方于2022年3月5日向甲方借款人民币壹拾伍万元（150,000元），原定2023年3月4日前归还，利息已结清至2025年8月31日。
因乙方五金加工档口经营困难，经双方协商，同意以车抵债，具体如下：

1. 乙方将其名下丰田凯美瑞小型轿车一辆（车牌粤E·7K3**，2019年登记，车架号LVGBM53K*KG0*****）作价人民币玖万捌仟元整（98,000元）
   抵偿所欠借款本金，于本协议签订之日交付甲方，并于2025年9月30日前配合办理过户手续。
2. 抵偿后，乙方尚欠甲方借款本金人民币伍万贰仟元整（52,000元），乙方应于2025年12月31日前一次性付清。该剩余款项不计利息。
3. 乙方逾期未付清剩余款项的，自2026年1月1日起按年利率10%计付逾期利息。
4. 车辆交付前的违章、事故及债务由乙方负责，交付后由甲方负责。

甲方签字：黄锦荣          乙方签字：苏志明
2025年9月12日于佛山市南海区
""", {
    "annual_rate": 0, "overdue_rate": 0.10, "penalty_rate": None,
    "lender": "黄锦荣", "lender_kind": "natural_person", "borrower": "苏志明", "borrower_kind": "natural_person",
    "contract_date": "2025-09-12", "end_date": "2025-12-31", "dispute_method": None, **NO_GUARANTEE,
}, [],
    notes="Principal left out: the paper carries the original 150,000 and the remaining 52,000 after the car offset "
          "(several values). The remaining sum is expressly interest-free (agreed zero, no finding). The original debt "
          "due 2023-03-04 is acknowledged on 2025-09-12, so no limitation issue; 10 % overdue is below 4 × LPR.")

# ho13 对账确认函 (DOCX, table) on a 2019 loan between companies: pre-LPR rules, limitation from the 对账 expired
add("ho13_duizhang_quedinghan_2019.docx", "docx", [
    ("h", "借款余额对账确认函"),
    ("p", "致：佛山市顺德区乐从镇金豪家具有限公司"),
    ("p", "我司（佛山市顺德区恒源塑料有限公司）与贵司于2019年6月10日签订《借款合同》（编号HY-2019-06），我司向贵司出借资金。"
          "为核对往来，现将截至2022年3月31日的借款余额列示如下，请核对后盖章确认："),
    ("t", [
        ["项目", "内容"],
        ["出借人", "佛山市顺德区恒源塑料有限公司"],
        ["借款人", "佛山市顺德区乐从镇金豪家具有限公司"],
        ["借款日", "2019年6月10日"],
        ["借款本金", "人民币陆拾万元整（600,000.00元）"],
        ["约定年利率", "18%"],
        ["约定还款日", "2020年12月31日"],
        ["已还本金", "0.00元"],
        ["已付利息", "162,000.00元（付至2020年12月31日）"],
        ["尚欠本金", "600,000.00元"],
        ["尚欠利息（2021.1.1—2022.3.31）", "135,000.00元"],
    ]),
    ("p", "如数额无误，请在下方盖章确认；如有不符，请列明不符金额。"),
    ("p", "出借人：佛山市顺德区恒源塑料有限公司（盖章）    2022年4月20日"),
    ("p", "信息证明无误。"),
    ("p", "借款人：佛山市顺德区乐从镇金豪家具有限公司（盖章）    经办人：刘金豪    2022年4月28日"),
    ("p", "（恒源公司法务备注：此后金豪公司未再付款，我司亦无书面催收记录。）"),
], {
    "principal": "600000", "annual_rate": 0.18,
    "lender": "佛山市顺德区恒源塑料有限公司", "lender_kind": "enterprise",
    "borrower": "佛山市顺德区乐从镇金豪家具有限公司", "borrower_kind": "enterprise",
    "start_date": "2019-06-10", "end_date": "2020-12-31", "dispute_method": None, **NO_GUARANTEE,
}, ["pre_lpr_rate_rules", "limitation_period_expired"],
    notes="The loan contract was signed 2019-06-10, before the first LPR (2019-08-20): 18 % falls in the 2015 rules' "
          "supported band. Due 2020-12-31; the debtor's stamped confirmation on 2022-04-28 restarts the period "
          "(民法典 第195条), which then ends 2025-04-28, before as_of. contract_date left out (loan 2019-06-10 vs this "
          "letter 2022-04-20/28). No overdue terms here and the main contract is not in the file, so no "
          "no_overdue_rate_agreed.")

# ho14 民事调解书, two co-debtors, instalments
add("ho14_minshi_tiaojieshu.txt", "utf8", """广东省佛山市南海区人民法院
民 事 调 解 书
（2026）粤0605民初18*** 号

原告：罗家辉，男，1976年5月2日出生，汉族，住广东省佛山市南海区桂城街道。
被告：叶振东，男，1980年11月9日出生，汉族，住广东省佛山市禅城区石湾镇街道。
被告：谭美珍，女，1982年3月17日出生，汉族，住址同上，系叶振东之妻。

案由：民间借贷纠纷。
原告罗家辉诉称：2023年4月6日，被告叶振东因经营陶瓷厂向原告借款200,000元，约定月利率1.5%，借期一年，被告谭美珍在借条上签名确认。
借款到期后被告仅支付利息至2024年1月，余款经多次催讨未还。

本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议：
一、被告叶振东、谭美珍于2026年12月31日前共同向原告罗家辉支付借款本金100,000元；
二、被告叶振东、谭美珍于2027年3月31日前共同向原告罗家辉支付借款本金100,000元及利息20,000元；
三、如被告未按期足额履行上述任何一期付款义务，原告有权就全部未付款项向本院申请强制执行，并自逾期之日起以未付款项为基数，
    按全国银行间同业拆借中心公布的一年期贷款市场报价利率计付逾期利息至实际清偿之日止；
四、原告放弃其他诉讼请求；
五、案件受理费4,600元，减半收取2,300元，由被告负担。

上述协议，不违反法律规定，本院予以确认。
本调解书经双方当事人签收后，即具有法律效力。

审判员  陈  敏
二〇二六年十月十五日
书记员  黄晓琳
""", {
    "principal": "200000", "penalty_rate": None,
    "lender": "罗家辉", "lender_kind": "natural_person", "borrower_kind": "natural_person",
    "end_date": "2027-03-31", "repayment_method": "分期还款", "dispute_method": None, **NO_GUARANTEE,
}, [],
    notes="A court settlement: the parties agree sums, not a rate (the 月利率1.5% is the plaintiff's account of the old "
          "loan), so annual_rate left out; overdue interest is LPR-linked, no figure -> overdue_rate left out. Two "
          "co-debtors -> borrower left out. No dispute clause (the case is already before the court) -> null. "
          "谭美珍 is a co-debtor, not a guarantor.")

# ho15 最高额保证合同 (DOCX, table) by the boss and his wife for a 小贷 facility, period '自…届满之日起两年'
add("ho15_zuigao_baozheng_fuqi.docx", "docx", [
    ("h", "最高额保证合同"),
    ("p", "编号：GFT-ZGBZ-2025-001"),
    ("p", "债权人：佛山市南海区广佛通小额贷款有限公司"),
    ("p", "保证人一：区志雄  身份证号：440682197601**3013"),
    ("p", "保证人二：梁嘉宝  身份证号：440682197909**2042（保证人一之配偶）"),
    ("p", "为确保债权人与债务人佛山市南海区盛丰五金塑料制品有限公司（以下简称“债务人”）在下述期间内连续发生的借款债权的实现，"
          "保证人愿意提供最高额保证。"),
    ("t", [
        ["条款", "约定内容"],
        ["被担保主债权发生期间", "2025年1月1日至2026年12月31日"],
        ["最高债权本金余额", "人民币叁佰万元整（¥3,000,000.00）"],
        ["保证范围", "主债权本金、利息、罚息、违约金、损害赔偿金及实现债权的费用（律师费、诉讼费、保全费等）"],
        ["保证方式", "连带责任保证"],
        ["保证期间", "自主合同债务履行期届满之日起两年；主合同分期履行的，为最后一期债务履行期届满之日起两年"],
        ["争议解决", "提交佛山仲裁委员会仲裁"],
    ]),
    ("p", "第九条 保证人一、保证人二对本合同项下保证责任相互承担连带责任，债权人可以要求任一保证人承担全部保证责任。"),
    ("p", "债权人（盖章）：佛山市南海区广佛通小额贷款有限公司"),
    ("p", "保证人一（签名捺印）：区志雄        保证人二（签名捺印）：梁嘉宝"),
    ("p", "签订日期：2025年1月2日"),
], {
    "lender": "佛山市南海区广佛通小额贷款有限公司", "lender_kind": "licensed_lender",
    "borrower": "佛山市南海区盛丰五金塑料制品有限公司", "borrower_kind": "enterprise",
    "contract_date": "2025-01-02", "dispute_method": "arbitration",
    "guarantee_type": "连带责任保证", "guarantee_period_months": 24,
}, ["cap_not_applicable_licensed_lender"],
    notes="A guarantee instrument: the loan's principal and rates are in the main contracts, so those fields are left "
          "out (the 3 M is a 最高额 ceiling, not a principal). Two guarantors -> guarantor left out. Hard call: the "
          "creditor is a 小额贷款公司, and the info finding is still true of this file (the secured debts are licensed "
          "lending), so it is expected.")

# ho16 典当 (当票 + 合同), 首期利息及综合费 taken out of the 当金
add("ho16_diandang_zonghefei.txt", "utf8", """东莞市莞城区恒通典当有限责任公司
房地产抵押典当合同（附当票）

当票号：HT-0250408-017
当户：钟国荣    身份证号：441900197011**6375    （东莞市南城区国荣五金模具加工店经营者）
典当行：东莞市莞城区恒通典当有限责任公司

一、当物：东莞市南城区鸿福路某花园3栋1402房（不动产权证号：粤(2019)东莞不动产权第02*****号），评估价值人民币壹佰贰拾万元，
    已办理抵押登记。
二、当金：人民币伍拾万元整（¥500,000.00）。
三、典当期限：6个月，自2025年4月8日起至2025年10月7日止。
四、当金利率：月利率0.5%；综合费率：月2.7%（含保管费、保险费、评估费等）。利息和综合费按月支付，每月8日前交付当月费用；
    当金到期一次归还（赎当）。
五、首月利息2,500元及首月综合费13,500元在发放当金时预先扣除，当户实际领取当金人民币肆拾捌万肆仟元整（¥484,000.00）。
六、典当期限届满后五日内，当户应赎当或续当；逾期不赎当也不续当的，为绝当，典当行可依法处分当物。
七、因本合同发生的争议，由典当行所在地人民法院管辖。

当户（签名）：钟国荣               典当行（盖章）：东莞市莞城区恒通典当有限责任公司
经办人：叶淑仪                     复核：何晓明
签订日期：2025年4月8日
""", {
    "principal": "500000", "amount_delivered": "484000", "annual_rate": 0.06, "overdue_rate": None, "penalty_rate": None,
    "lender": "东莞市莞城区恒通典当有限责任公司", "lender_kind": "licensed_lender",
    "borrower": "钟国荣", "borrower_kind": "natural_person",
    "contract_date": "2025-04-08", "start_date": "2025-04-08", "end_date": "2025-10-07",
    "repayment_method": "按月付息、到期还本", "dispute_method": "court", **NO_GUARANTEE,
}, ["interest_deducted_upfront", "cap_not_applicable_licensed_lender"],
    notes="annual_rate is the 当金利率 alone (0.5 %/month = 6 %); the 综合费 (2.7 %/month) is a fee, not interest. "
          "First month's interest and fee deducted at disbursement: 484,000 delivered. The house is pledged by the "
          "borrower himself (抵押), no third-party guarantor -> null.")

# ho17 借条, 灯饰 boss, silent on interest, due on 农历 中秋
add("ho17_jietiao_nongli_zhongqiu.txt", "utf8", """借条

今借到何锦芳人民币伍万元整（50000元），现金，用于灯饰铺年中入货。
农历2024年八月十五（中秋节）前还清。

借款人：甘志勇
身份证：442000198407**4578
2024年5月20日
""", {
    "principal": "50000", "amount_delivered": "50000", "annual_rate": None, "overdue_rate": None, "penalty_rate": None,
    "lender": "何锦芳", "lender_kind": "natural_person", "borrower": "甘志勇", "borrower_kind": "natural_person",
    "contract_date": "2024-05-20", "start_date": "2024-05-20", "end_date": "2024-09-17",
    "repayment_method": "到期一次性还本付息", "dispute_method": None, **NO_GUARANTEE,
}, ["no_interest_agreed", "no_overdue_rate_agreed"],
    notes="农历2024年八月十五 = 2024-09-17 (Gregorian). Interest not mentioned at all: 视为没有利息 -> annual_rate null "
          "and no_interest_agreed; no overdue rate either.")

# ho18 借条 before 2021 with 担保人, 冇利息, overdue 月息一分; 催款 note keeps the limitation period alive
add("ho18_jietiao_2020_danbaoren_cuikuan.txt", "utf8", """借据

本人杜国良今借到莫志成人民币壹拾万元正（100000元），冇利息，2021年2月10日（年廿九）前还清。
如过期唔还，由过期日起按月息一分计利息俾莫生。

借款人：杜国良  440681198105**2633
担保人：杜国明（杜国良细佬）  440681198502**2619
2020年10月10日

【背面附注】
2021年2月10日到期，杜国良话厂里（家具厂）冇钱，叫我等下。
2023年12月8日 我用顺丰寄《催款通知书》俾杜国良，要求佢月底前还10万，快递单SF14*********，杜国良本人签收咗。
                                                         莫志成  2023.12.9 记
""", {
    "principal": "100000", "amount_delivered": "100000", "annual_rate": 0, "overdue_rate": 0.12, "penalty_rate": None,
    "lender": "莫志成", "lender_kind": "natural_person", "borrower": "杜国良", "borrower_kind": "natural_person",
    "contract_date": "2020-10-10", "start_date": "2020-10-10", "end_date": "2021-02-10",
    "repayment_method": "到期一次性还本付息", "dispute_method": None,
    "guarantor": "杜国明", "guarantee_type": "unspecified", "guarantee_period_months": None,
}, [],
    notes="冇利息 = interest agreed as zero. The bare '担保人' guarantee was given in 2020, before the 民法典: it follows "
          "担保法 (unstated type = joint liability), so no default-type/period findings (rule versions 2/3). Due "
          "2021-02-10 would expire 2024-02-10, but the signed-for 催款通知书 of 2023-12-08 restarts it to 2026-12-08, "
          "after as_of 2026-11-20: no limitation finding. 年廿九 is only a gloss of the Gregorian date.")

# ho19 委托贷款 (DOCX, table): the 委托人 is the lender, rate above the cap
add("ho19_weituo_daikuan.docx", "docx", [
    ("h", "委托贷款借款合同"),
    ("p", "合同编号：GMSH-WT-2023-009"),
    ("p", "委托人：佛山市高明区联达投资有限公司"),
    ("p", "贷款人（受托人）：佛山高明顺合村镇银行股份有限公司"),
    ("p", "借款人：佛山市高明区荷城恒发陶瓷原料有限公司"),
    ("p", "委托人以其自有资金委托贷款人向借款人发放贷款，贷款人仅代为发放、协助监督使用和协助收回，不承担贷款风险。"
          "贷款的金额、期限、利率等由委托人确定。"),
    ("t", [
        ["项目", "约定"],
        ["委托贷款金额", "人民币贰佰万元整（¥2,000,000.00）"],
        ["贷款用途", "采购高岭土、长石等陶瓷原料"],
        ["贷款期限", "2023年9月15日至2024年9月14日"],
        ["贷款利率", "年利率16%（固定）"],
        ["结息方式", "按季结息，结息日为每季末月20日，到期一次还本"],
        ["逾期罚息", "在约定利率基础上加收50%"],
        ["担保", "借款人以其名下厂房（粤(2021)佛山高明不动产权第00*****号）提供抵押担保，另签《抵押合同》"],
        ["手续费", "委托贷款手续费按贷款金额的0.1%由委托人另行向贷款人支付"],
    ]),
    ("p", "争议解决：三方发生争议的，向贷款人所在地人民法院起诉。"),
    ("p", "委托人（盖章）：佛山市高明区联达投资有限公司"),
    ("p", "贷款人（盖章）：佛山高明顺合村镇银行股份有限公司"),
    ("p", "借款人（盖章）：佛山市高明区荷城恒发陶瓷原料有限公司"),
    ("p", "签订日期：2023年9月15日"),
], {
    "principal": "2000000", "amount_delivered": "2000000", "annual_rate": 0.16, "overdue_rate": 0.24, "penalty_rate": None,
    "lender": "佛山市高明区联达投资有限公司", "lender_kind": "enterprise",
    "borrower": "佛山市高明区荷城恒发陶瓷原料有限公司", "borrower_kind": "enterprise",
    "contract_date": "2023-09-15", "start_date": "2023-09-15", "end_date": "2024-09-14",
    "repayment_method": "按季付息、到期还本", "dispute_method": "court", **NO_GUARANTEE,
}, ["rate_above_4x_lpr", "overdue_charges_above_cap"],
    notes="Hard call: in a 委托贷款 the money and the risk are the 委托人's (the bank is only an agent, as the contract "
          "says), and courts review the rate as private lending between 委托人 and 借款人. So lender = 联达投资 "
          "(enterprise), the cap applies: LPR 3.45 % on 2023-09-15, cap 13.8 %; 16 % and 24 % overdue are above. "
          "Collateral is the borrower's own factory -> no guarantor.")

# ho20 欠条 (GB18030) from 2019 to a 五金机电商行: pre-LPR, limitation expired
add("ho20_qiantiao_2019_wujin.txt", "gb18030", """欠  条

今欠到佛山市南海区兴华五金机电商行借款人民币陆万捌仟元正（68000.00元），
系2019年3月20日借用，现金及微信转账已收齐。讲好月息2分，连本带息2019年12月31日一次还清。

欠款人：张炳坤
身份证：440682198808**3971
住址：佛山市南海区狮山镇小塘
2019年3月20日
""", {
    "principal": "68000", "amount_delivered": "68000", "annual_rate": 0.24, "overdue_rate": None, "penalty_rate": None,
    "lender": "佛山市南海区兴华五金机电商行", "lender_kind": "enterprise",
    "borrower": "张炳坤", "borrower_kind": "natural_person",
    "contract_date": "2019-03-20", "start_date": "2019-03-20", "end_date": "2019-12-31",
    "repayment_method": "到期一次性还本付息", "dispute_method": None, **NO_GUARANTEE,
}, ["pre_lpr_rate_rules", "limitation_period_expired", "no_overdue_rate_agreed"],
    notes="月息2分 = 2 %/month = 24 %/yr, agreed 2019-03-20, before the first LPR: the 2015 24 %/36 % lines apply "
          "(24 % is at the supported line). Due 2019-12-31, nothing in the paper restarts it: expired 2022-12-31.")

# ho21 借据 in HK$, 年息1分, 香港法院
add("ho21_jieju_gangbi_nianxi.txt", "utf8", """借据

本人黎志坚（东莞市大岭山镇志坚家私厂老板），今借到香港居民区少明先生港币拾万元正（HK$100,000），
系区生喺香港汇丰银行转账到我香港户口，已收。
讲明年息1分，借期一年，2024年1月31日前连本带利一次过还港币俾区生。
过期唔还，逾期部分按年息一分二计。
如有争议，喺香港法院解决。

借款人：黎志坚
回乡证/身份证：441900197302**1838
2023年2月1日 于东莞
""", {
    "principal": "100000", "amount_delivered": "100000", "annual_rate": 0.10, "overdue_rate": 0.12, "penalty_rate": None,
    "lender": "区少明", "lender_kind": "natural_person", "borrower": "黎志坚", "borrower_kind": "natural_person",
    "contract_date": "2023-02-01", "start_date": "2023-02-01", "end_date": "2024-01-31",
    "repayment_method": "到期一次性还本付息", "dispute_method": "court", **NO_GUARANTEE,
}, [],
    notes="Principal is HK$100,000 with no RMB conversion in the paper: the figure is 100000 in HKD. 年息1分 = 10 %/yr; "
          "一分二 = 12 %/yr; cap on 2023-02-01 is 14.6 %. The borrower names his 家私厂 only as a description; he "
          "borrows in his own name.")

# ho22 小贷 (DOCX, tables), 日利率0.05 %, 等额本息 schedule, 融资担保 guarantor
add("ho22_xiaodai_rili_rongzidanbao.docx", "docx", [
    ("h", "借款合同"),
    ("p", "合同编号：GS-XD-2025-0214-06"),
    ("p", "贷款人：东莞市莞商小额贷款股份有限公司"),
    ("p", "借款人：谭伟文（东莞市横沥镇伟文灯饰店经营者）  身份证号：441900198610**5117"),
    ("p", "保证人：东莞市信达融资担保有限公司"),
    ("t", [
        ["借款金额", "人民币壹拾贰万元整（¥120,000.00）"],
        ["借款期限", "自2025年2月14日起至2026年2月14日止"],
        ["借款利率", "日利率0.05%"],
        ["还款方式", "等额本息，按月还款，每月14日为还款日"],
        ["逾期罚息", "逾期部分按日利率0.075%计收罚息"],
        ["服务费", "无。本合同项下除利息、罚息外贷款人不向借款人收取任何费用"],
        ["保证", "保证人为本合同项下全部债务提供连带责任保证，保证期间为主债务履行期限届满之日起两年"],
        ["争议解决", "提交东莞仲裁委员会仲裁"],
    ]),
    ("p", "还款计划表"),
    ("t", [
        ["期数", "还款日", "月供", "本金", "利息", "剩余本金"],
        ["1", "2025-03-14", "11001.60", "9201.60", "1800.00", "110798.40"],
        ["2", "2025-04-14", "11001.60", "9339.62", "1661.98", "101458.78"],
        ["3", "2025-05-14", "11001.60", "9479.72", "1521.88", "91979.06"],
        ["4", "2025-06-14", "11001.60", "9621.91", "1379.69", "82357.15"],
        ["5", "2025-07-14", "11001.60", "9766.24", "1235.36", "72590.91"],
        ["6", "2025-08-14", "11001.60", "9912.74", "1088.86", "62678.17"],
        ["7", "2025-09-14", "11001.60", "10061.43", "940.17", "52616.74"],
        ["8", "2025-10-14", "11001.60", "10212.35", "789.25", "42404.39"],
        ["9", "2025-11-14", "11001.60", "10365.53", "636.07", "32038.86"],
        ["10", "2025-12-14", "11001.60", "10521.02", "480.58", "21517.84"],
        ["11", "2026-01-14", "11001.60", "10678.83", "322.77", "10839.01"],
        ["12", "2026-02-14", "11001.60", "10839.01", "162.59", "0.00"],
    ]),
    ("p", "贷款人（盖章）：东莞市莞商小额贷款股份有限公司"),
    ("p", "借款人（签名）：谭伟文"),
    ("p", "保证人（盖章）：东莞市信达融资担保有限公司"),
    ("p", "签订日期：2025年2月14日"),
], {
    "principal": "120000", "amount_delivered": "120000", "annual_rate": 0.1825, "overdue_rate": 0.27375, "penalty_rate": None,
    "lender": "东莞市莞商小额贷款股份有限公司", "lender_kind": "licensed_lender",
    "borrower": "谭伟文", "borrower_kind": "natural_person",
    "contract_date": "2025-02-14", "start_date": "2025-02-14", "end_date": "2026-02-14",
    "repayment_method": "等额本息", "dispute_method": "arbitration",
    "guarantor": "东莞市信达融资担保有限公司", "guarantee_type": "连带责任保证", "guarantee_period_months": 24,
}, ["cap_not_applicable_licensed_lender"],
    notes="日利率0.05 % × 365 = 18.25 % (the schedule itself was figured at 1.5 % a month, the lender's 30-day month; "
          "the contract states only the daily rate). 罚息 0.075 %/day = 27.375 %. A 融资担保公司 as guarantor does not "
          "change the lender.")

# ho23 砍头息: 月息3分, 首期利息先扣, 担保人 '承担连带责任' without a period
add("ho23_kantouxi_yuexi3fen.txt", "utf8", """借款单

借款人：刘志伟（佛山市三水区白坭镇志伟五金配件厂）  身份证：440607198212**0735
出借人：冼国明                                     身份证：440607197509**1418

今借到冼国明人民币壹拾万元整（100000元），借期6个月，由2025年4月1日至2025年9月30日。
月息3分，每月1号前俾利息，本金到期一次还清。
首期利息3000元喺借款时先扣，实际收到现金及转账合共玖万柒仟元整（97000元）。
逾期未还，逾期部分按日千分之五计收逾期利息。

借款人：刘志伟
担保人：陈少芬（刘志伟老婆），对上述借款承担连带责任。
2025年4月1日
""", {
    "principal": "100000", "amount_delivered": "97000", "annual_rate": 0.36, "overdue_rate": 1.825, "penalty_rate": None,
    "lender": "冼国明", "lender_kind": "natural_person", "borrower": "刘志伟", "borrower_kind": "natural_person",
    "contract_date": "2025-04-01", "start_date": "2025-04-01", "end_date": "2025-09-30",
    "repayment_method": "按月付息、到期还本", "dispute_method": None,
    "guarantor": "陈少芬", "guarantee_type": "连带责任保证", "guarantee_period_months": None,
}, ["rate_above_4x_lpr", "interest_deducted_upfront", "overdue_charges_above_cap",
    "guarantee_period_defaults_to_6_months"],
    notes="月息3分 = 3 %/month = 36 %; LPR on 2025-04-01 is 3.10 % (cap 12.4 %). First month's interest taken off: "
          "97,000 delivered. 日千分之五 = 182.5 %. '承担连带责任' states the type; no period -> six months.")

# ho24 担保书 for an 企业间借贷: type unstated, period '借款到期后两年'
add("ho24_danbaoshu_hongyun.txt", "utf8", """担 保 书

致：佛山市顺德区宏运贸易有限公司

佛山市顺德区龙江镇锦华家具厂（下称“借款人”）因购买木材向贵司借款人民币壹佰伍拾万元整（¥1,500,000.00），
借款期限自2023年5月6日至2024年5月5日，利率等条款以贵司与借款人签订的《借款合同》（编号HY-JK-2305）为准。

本人邝锦华（身份证号：440681197312**1836，借款人投资人）自愿为上述借款提供担保。担保范围包括借款本金、利息、
逾期利息及贵司实现债权的费用。本担保书的保证期间为借款到期后两年。

如因本担保书发生争议，提交佛山仲裁委员会仲裁。

担保人（签名捺印）：邝锦华
2023年5月6日
""", {
    "principal": "1500000",
    "lender": "佛山市顺德区宏运贸易有限公司", "lender_kind": "enterprise",
    "borrower": "佛山市顺德区龙江镇锦华家具厂", "borrower_kind": "enterprise",
    "contract_date": "2023-05-06", "start_date": "2023-05-06", "end_date": "2024-05-05",
    "dispute_method": "arbitration",
    "guarantor": "邝锦华", "guarantee_type": "unspecified", "guarantee_period_months": 24,
}, ["guarantee_type_defaults_to_general"],
    notes="A guarantee instrument: rates sit in the main 借款合同, so rate fields are left out and no rate/overdue "
          "findings. '提供担保' with no 保证方式, signed 2023: 一般保证 (民法典 第686条). The period is stated "
          "('借款到期后两年' = 24 months), so no default-period finding.")

# ho25 村镇银行 个人经营贷 (DOCX, table), LPR+155BP, 等额本息 36 months, wife guarantees
add("ho25_cunzhen_jingyingdai_debx.docx", "docx", [
    ("h", "个人经营性贷款合同"),
    ("p", "合同编号：DGCX-GRJY-2024-0110-03"),
    ("p", "贷款人：东莞长兴村镇银行股份有限公司"),
    ("p", "借款人：叶国雄    身份证号：441900197904**4513"),
    ("p", "保证人：麦淑贞    身份证号：441900198107**3526（借款人配偶）"),
    ("p", "借款人经营东莞市茶山镇国雄陶瓷建材商行，为补充经营流动资金申请本贷款。"),
    ("t", [
        ["项目", "内容"],
        ["贷款金额", "人民币陆拾万元整（¥600,000.00）"],
        ["贷款期限", "36个月，自2024年1月10日至2027年1月10日"],
        ["贷款利率", "以2023年12月20日公布的1年期LPR 3.45%为基准加155个基点，即年利率5.00%，按年调整"],
        ["还款方式", "等额本息，每月10日还款，月供约¥17,982.54"],
        ["逾期罚息", "在贷款利率基础上加收50%，即年利率7.5%"],
        ["保证方式", "麦淑贞提供连带责任保证"],
        ["保证期间", "主债务履行期限届满之日起三年"],
        ["争议解决", "向贷款人住所地人民法院起诉"],
    ]),
    ("p", "借款人确认：贷款人已就本合同格式条款作出提示和说明，借款人已充分理解。"),
    ("p", "贷款人（盖章）：东莞长兴村镇银行股份有限公司"),
    ("p", "借款人（签名）：叶国雄        保证人（签名）：麦淑贞"),
    ("p", "签订日期：2024年1月10日"),
], {
    "principal": "600000", "amount_delivered": "600000", "annual_rate": 0.05, "overdue_rate": 0.075, "penalty_rate": None,
    "lender": "东莞长兴村镇银行股份有限公司", "lender_kind": "licensed_lender",
    "borrower": "叶国雄", "borrower_kind": "natural_person",
    "contract_date": "2024-01-10", "start_date": "2024-01-10", "end_date": "2027-01-10",
    "repayment_method": "等额本息", "dispute_method": "court",
    "guarantor": "麦淑贞", "guarantee_type": "连带责任保证", "guarantee_period_months": 36,
}, ["cap_not_applicable_licensed_lender"],
    notes="3.45 % + 155 BP = 5.00 %, written. The borrower runs a 商行 but signs as a person.")

# ho26 借款合同 between natural persons, 月利率1%（年利率12%）, all within the lines
add("ho26_geren_jiekuan_hetong.txt", "utf8", """借款合同

出借人（甲方）：邓志刚，身份证号440682197412**2317，住佛山市南海区大沥镇
借款人（乙方）：区家乐，身份证号440682198911**1032，住佛山市顺德区龙江镇（家具城C座经营沙发）
保证人（丙方）：区伯明，身份证号440682196205**1019（乙方父亲）

第一条 乙方向甲方借款人民币贰拾万元整（200,000元），甲方于签约当日银行转账交付。
第二条 借款期限两年，自2022年11月1日至2024年10月31日。
第三条 月利率1%（年利率12%），乙方每月1日前支付上月利息，本金到期一次归还。
第四条 乙方逾期还本的，逾期部分按年利率14%支付逾期利息。
第五条 丙方对本合同项下乙方全部债务承担连带责任保证，保证期间为借款期限届满之日起三年。
第六条 本合同争议提交佛山仲裁委员会仲裁。
第七条 本合同一式三份，三方各执一份。

甲方：邓志刚      乙方：区家乐      丙方：区伯明
签订日期：2022年11月1日
""", {
    "principal": "200000", "amount_delivered": "200000", "annual_rate": 0.12, "overdue_rate": 0.14, "penalty_rate": None,
    "lender": "邓志刚", "lender_kind": "natural_person", "borrower": "区家乐", "borrower_kind": "natural_person",
    "contract_date": "2022-11-01", "start_date": "2022-11-01", "end_date": "2024-10-31",
    "repayment_method": "按月付息、到期还本", "dispute_method": "arbitration",
    "guarantor": "区伯明", "guarantee_type": "连带责任保证", "guarantee_period_months": 36,
}, [],
    notes="LPR on 2022-11-01 is 3.65 % (cap 14.6 %): 12 % and 14 % are both under it. Clean.")

# ho27 企业间借贷 between sister ceramics companies (DOCX, no table), LPR+300BP with the figure
add("ho27_qiyejian_guanlian_lpr300.docx", "docx", [
    ("h", "借款协议"),
    ("p", "出借方：佛山市禅城区华陶陶瓷有限公司（以下简称甲方）"),
    ("p", "借款方：佛山市禅城区华陶釉料有限公司（以下简称乙方）"),
    ("p", "甲乙双方为同一实际控制人控制的关联企业。乙方因年底集中采购锆英砂资金周转需要，向甲方借款，经双方董事会同意，约定如下："),
    ("p", "一、借款金额：人民币捌拾万元整（¥800,000.00），甲方于2024年12月5日一次性转入乙方账户。"),
    ("p", "二、借款期限：自2024年12月5日至2025年12月4日。"),
    ("p", "三、借款利率：按本协议签订日一年期贷款市场报价利率（LPR，3.10%）加300个基点计算，即年利率6.10%，期内不调整。"),
    ("p", "四、还款方式：借款到期时乙方一次性归还本金及全部利息。"),
    ("p", "五、逾期：乙方逾期还款的，逾期部分在借款利率基础上上浮50%计收逾期利息（即年利率9.15%）。"),
    ("p", "六、争议解决：双方协商解决；协商不成的，任何一方可向原告所在地人民法院提起诉讼。"),
    ("p", "甲方（盖章）：佛山市禅城区华陶陶瓷有限公司    法定代表人：潘华生"),
    ("p", "乙方（盖章）：佛山市禅城区华陶釉料有限公司    法定代表人：潘华生"),
    ("p", "2024年12月5日"),
], {
    "principal": "800000", "amount_delivered": "800000", "annual_rate": 0.061, "overdue_rate": 0.0915, "penalty_rate": None,
    "lender": "佛山市禅城区华陶陶瓷有限公司", "lender_kind": "enterprise",
    "borrower": "佛山市禅城区华陶釉料有限公司", "borrower_kind": "enterprise",
    "contract_date": "2024-12-05", "start_date": "2024-12-05", "end_date": "2025-12-04",
    "repayment_method": "到期一次性还本付息", "dispute_method": "court", **NO_GUARANTEE,
}, [],
    notes="3.10 % + 300 BP = 6.10 %, figure written; overdue 9.15 %. Cap 12.4 %. Clean.")

# ho28 粤语 借条, 月息8厘, 利息每月俾, overdue 月息1分 (just under the cap)
add("ho28_jietiao_yuexi8li_dengshi.txt", "utf8", """借条

今借到彭家俊人民币陆万元正（60000元），用于灯饰档口装修同入货。
讲明月息8厘，利息每月俾，每个月15号前微信转俾彭生；本金借一年，2026年1月14日前一次过还清。
如果到期冇还，逾期部分按月息1分计，直到还清为止。
唔该晒彭生！

借款人：冯志豪（古镇灯饰城二期A128档）
身份证：442000199001**2952
2025年1月15日
""", {
    "principal": "60000", "amount_delivered": "60000", "annual_rate": 0.096, "overdue_rate": 0.12, "penalty_rate": None,
    "lender": "彭家俊", "lender_kind": "natural_person", "borrower": "冯志豪", "borrower_kind": "natural_person",
    "contract_date": "2025-01-15", "start_date": "2025-01-15", "end_date": "2026-01-14",
    "repayment_method": "按月付息、到期还本", "dispute_method": None, **NO_GUARANTEE,
}, [],
    notes="月息8厘 = 0.8 %/month = 9.6 %; overdue 月息1分 = 12 %, just under 4 × 3.10 % = 12.4 %. Clean.")

# ho29 natural person lends to a 五金 company, 按季付息, '仲裁或起诉' clause
add("ho29_geren_jiegei_gongsi_anji.txt", "utf8", """借款合同

出借人（甲方）：卢德明    身份证号：440682196809**3515
借款人（乙方）：佛山市南海区丹灶镇德盛五金制品有限公司    统一社会信用代码：91440605MA4****8XQ
保证人（丙方）：卢志雄（乙方法定代表人）    身份证号：440682199102**3572

一、借款金额：人民币叁拾万元整（300,000.00元）。
二、借款期限：2024年2月20日至2025年2月19日。
三、借款利率：年利率8%，按季付息，每季度末月20日前支付，本金到期一次归还。
四、逾期：乙方逾期归还本金的，自逾期之日起按年利率12%计收逾期利息。
五、保证：丙方对乙方债务承担连带责任保证，保证期间为主债务履行期限届满之日起两年。
六、争议：发生争议的，可以向佛山仲裁委员会申请仲裁，也可以向出借人所在地人民法院起诉。

甲方：卢德明（签名）
乙方：佛山市南海区丹灶镇德盛五金制品有限公司（盖章）
丙方：卢志雄（签名）
2024年2月20日
""", {
    "principal": "300000", "amount_delivered": "300000", "annual_rate": 0.08, "overdue_rate": 0.12, "penalty_rate": None,
    "lender": "卢德明", "lender_kind": "natural_person",
    "borrower": "佛山市南海区丹灶镇德盛五金制品有限公司", "borrower_kind": "enterprise",
    "contract_date": "2024-02-20", "start_date": "2024-02-20", "end_date": "2025-02-19",
    "repayment_method": "按季付息、到期还本", "dispute_method": "court_or_arbitration",
    "guarantor": "卢志雄", "guarantee_type": "连带责任保证", "guarantee_period_months": 24,
}, [],
    notes="'可以仲裁，也可以起诉' -> court_or_arbitration (the arbitration agreement is void for it, but the field "
          "records what the clause says). Cap on 2024-02-20 is 13.8 %. Clean.")

# ho30 欠款确认书 on a 2021 loan between companies, signed 2024: limitation alive
add("ho30_qiankuan_querenshu_2024.txt", "utf8", """借款余额确认书

佛山市南海区恒昌铝业有限公司（出借人）：

我司佛山市南海区丽雅灯饰有限公司于2021年3月1日向贵司借款人民币肆拾万元整（400,000元），约定年利率10%，
按月付息，2022年2月28日到期还本。到期后我司已陆续归还本金10万元。

经双方核对，截至2024年6月30日，我司尚欠贵司借款本金人民币叁拾万元整（300,000元）及利息人民币陆万叁仟元整（63,000元），
我司确认上述债务真实无误，并承诺于2024年12月31日前先行归还本金10万元，余款另行协商。

确认人：佛山市南海区丽雅灯饰有限公司（盖章）
法定代表人：岑丽雅（签字）
2024年6月30日
""", {
    "annual_rate": 0.10,
    "lender": "佛山市南海区恒昌铝业有限公司", "lender_kind": "enterprise",
    "borrower": "佛山市南海区丽雅灯饰有限公司", "borrower_kind": "enterprise",
    "start_date": "2021-03-01", "end_date": "2022-02-28",
    "repayment_method": "按月付息、到期还本", "dispute_method": None, **NO_GUARANTEE,
}, [],
    notes="Principal left out: 400,000 lent, 300,000 still owed (several values). Due 2022-02-28; the debtor's "
          "confirmation of 2024-06-30 restarts the period to 2027-06-30: no limitation finding. contract_date left out "
          "(loan 2021-03-01 vs this paper 2024-06-30). No overdue terms and no main contract in the file, so no "
          "no_overdue_rate_agreed. 10 % < 15.4 % cap.")


# ---------------------------------------------------------------------------------------------------------------
DOCX = cb.DocxMeta(author="梁嘉欣", fixed_time=(2026, 11, 20, 9, 0, 0), font_pt=10.5, file_mode=0o644)


def build() -> None:
    cb.write_documents(HERE, [(d["file"], d["fmt"], d["body"]) for d in DOCS], DOCX, expected=30)
    cb.write_gold(HERE / "gold.jsonl", [d["gold"] for d in DOCS])
    print(f"wrote {len(DOCS)} documents and gold.jsonl to {HERE}")


if __name__ == "__main__":
    build()
