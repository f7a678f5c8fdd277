"""Builder for contracts_holdout21 (held out: never tune on these rows).

Every document text and every gold row below was typed by hand for this set (persona: 古丽娜尔·艾山, loan officer at a
made-up 乌鲁木齐/喀什 小额贷款 company who, with 王建军, also files for a 新疆 融资担保 company). Running this script
writes the 30 documents (TXT UTF-8, TXT GB18030, DOCX) and gold.jsonl into this folder, byte-for-byte the same on
every run.

    /work/main/.venv/bin/python eval/datasets/contracts_holdout21/make_dataset.py
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from eval.datasets import _contracts_build as cb  # noqa: E402

HERE = Path(__file__).resolve().parent
AS_OF = "2026-12-16"   # the day 古丽娜尔 went through the pile with 王建军

DOCS: list[dict] = []


def add(file: str, fmt: str, body, fields: dict, findings: list[str], as_of: str = AS_OF, notes: str | None = None):
    row = {"file": file, "fields": fields, "findings": findings, "as_of": as_of}
    if notes:
        row["notes"] = notes
    DOCS.append({"file": file, "fmt": fmt, "body": body, "gold": row})


NO_GUARANTEE = {"guarantor": None, "guarantee_type": None, "guarantee_period_months": None}

# ---------------------------------------------------------------------------------------------------------------
add("hu01_jietiao_mianhua_shougou_yuexi2fen.txt", "utf8", """借  条

今借倒买买提·吐尔逊（身份证号：6531**********0417）现金人民币贰拾万元整（¥200000.00），用于收购莎车县阿热勒乡的籽棉。
利息按月息2分计算，每月利息肆仟元。借款日期2023年9月12日，还款日期2024年1月31日，棉花交售轧花厂以后本金和利息一次还清。

借款人：阿不都热合曼·艾力
身份证号：6531**********2235
电话：139****6652
2023年9月12日
""", {
    "principal": "200000", "amount_delivered": "200000", "annual_rate": 0.24, "overdue_rate": None,
    "penalty_rate": None, "lender": "买买提·吐尔逊", "lender_kind": "natural_person",
    "borrower": "阿不都热合曼·艾力", "borrower_kind": "natural_person", "contract_date": "2023-09-12",
    "start_date": "2023-09-12", "end_date": "2024-01-31", "repayment_method": "到期一次性还本付息",
    "dispute_method": None, **NO_GUARANTEE,
}, ["rate_above_4x_lpr", "no_overdue_rate_agreed"],
    notes="月息2分 = 24 % vs 4 × 3.45 % = 13.8 % on 2023-09-12; '借倒' is the writer's typo for 借到.")

add("hu02_zhahuachang_jiekuan_hetong.docx", "docx", [
    ("h", "借款合同"),
    ("p", "合同编号：JMY-JK-2022-017"),
    ("t", [
        ["项目", "约定内容"],
        ["出借人（甲方）", "昌吉市金棉源棉业贸易有限公司"],
        ["借款人（乙方）", "呼图壁县天润轧花厂"],
        ["保证人（丙方）", "热合曼·吐尔地"],
        ["借款金额", "人民币壹佰伍拾万元整（¥1,500,000.00）"],
        ["借款用途", "2022年度籽棉收购及轧花设备检修"],
        ["借款期限", "自2022年10月10日起至2024年6月30日止"],
        ["借款利率", "年利率12%（单利）"],
        ["结息方式", "按季结息，每季末月20日为结息日，到期一次归还本金"],
        ["逾期利率", "在本合同借款利率基础上加收50%"],
    ]),
    ("p", "第一条 甲方应于借款期限起始日将借款一次性汇入乙方在农村信用社开立的基本账户。"),
    ("p", "第二条 乙方应按上表约定的用途使用借款，不得挪作他用；甲方有权检查乙方籽棉收购及皮棉销售台账。"),
    ("p", "第三条 乙方未按期归还本金或支付利息的，自逾期之日起按上表约定的逾期利率计收逾期利息，直至全部清偿。"),
    ("p", "第四条 丙方系乙方负责人，自愿对乙方在本合同项下的全部债务承担连带责任保证，保证期间为主债务履行期限届满之日起三年。"),
    ("p", "第五条 乙方以其轧花车间的两台锯齿轧花机作为抵押物，另行签订抵押合同。"),
    ("p", "第六条 因本合同发生的争议，由甲方所在地人民法院管辖。"),
    ("p", "甲方（盖章）：昌吉市金棉源棉业贸易有限公司    乙方（盖章）：呼图壁县天润轧花厂    丙方（签字）：热合曼·吐尔地"),
    ("p", "签订日期：2022年10月8日    签订地点：昌吉市"),
], {
    "principal": "1500000", "amount_delivered": "1500000", "annual_rate": 0.12, "overdue_rate": 0.18,
    "penalty_rate": None, "lender": "昌吉市金棉源棉业贸易有限公司", "lender_kind": "enterprise",
    "borrower": "呼图壁县天润轧花厂", "borrower_kind": "enterprise", "contract_date": "2022-10-08",
    "start_date": "2022-10-10", "end_date": "2024-06-30", "repayment_method": "按季付息、到期还本",
    "dispute_method": "court", "guarantor": "热合曼·吐尔地", "guarantee_type": "连带责任保证",
    "guarantee_period_months": 36,
}, ["overdue_charges_above_cap"],
    notes="12 % +50 % = 18 % overdue vs 4 × 3.65 % = 14.6 % (2022-10-08); signed 10-08, money from 10-10.")

add("hu03_hongzao_cunhuo_zhiya_jiekuan.txt", "utf8", """存货质押借款合同
合同编号：SLHT-ZY-2024-1105

出借人（甲方）：喀什丝路汇通供应链有限公司
借款人（乙方）：且末县昆仑红枣农民专业合作社
理事长：艾尔肯·阿不都拉
保证人（丙方）：艾尔肯·阿不都拉

鉴于乙方以其自有的红枣存货向甲方申请借款，经协商一致，订立本合同。
第一条 借款金额：人民币捌拾万元整（¥800,000.00）。
第二条 借款期限：自2024年11月5日至2025年5月4日。
第三条 借款利率：月利率1%，按月付息，每月20日为付息日，到期归还本金。
第四条 质押物：乙方存放于且末县城南冷库3号库的骏枣、灰枣（特级、一级）共计120吨，评估价值人民币壹佰陆拾万元。质押物由甲方委托的新疆天衡仓储监管有限公司监管，非经甲方书面同意，乙方不得出库。质押物市场价格下跌超过15%的，乙方应在五日内补足质押物或提前还款。
第五条 逾期：乙方未按期还本付息的，逾期部分按日万分之五计收逾期利息，直至清偿之日。
第六条 保证：丙方自愿为乙方在本合同项下的全部债务承担连带责任保证。
第七条 因本合同发生的争议，由喀什市人民法院管辖。

甲方（盖章）：喀什丝路汇通供应链有限公司
乙方（盖章）：且末县昆仑红枣农民专业合作社
丙方（签字）：艾尔肯·阿不都拉
签订日期：2024年11月5日
""", {
    "principal": "800000", "amount_delivered": "800000", "annual_rate": 0.12, "overdue_rate": 0.1825,
    "penalty_rate": None, "lender": "喀什丝路汇通供应链有限公司", "lender_kind": "enterprise",
    "borrower": "且末县昆仑红枣农民专业合作社", "borrower_kind": "enterprise", "contract_date": "2024-11-05",
    "start_date": "2024-11-05", "end_date": "2025-05-04", "repayment_method": "按月付息、到期还本",
    "dispute_method": "court", "guarantor": "艾尔肯·阿不都拉", "guarantee_type": "连带责任保证",
    "guarantee_period_months": None,
}, ["overdue_charges_above_cap", "guarantee_period_defaults_to_6_months"],
    notes="12 % is under 4 × 3.10 % = 12.4 %; 日万分之五 = 18.25 % overdue is above; 连带 with no period (2024).")

add("hu04_hetao_cangdan_zhiya.docx", "docx", [
    ("h", "仓单质押借款合同"),
    ("p", "出借人：阿克苏浩源果业有限公司（以下简称甲方）"),
    ("p", "借款人：温宿县绿洲核桃加工厂（以下简称乙方）"),
    ("p", "乙方以其持有的核桃仁标准仓单出质，向甲方借款，双方约定主要条款如下："),
    ("t", [
        ["条款", "内容"],
        ["借款金额", "人民币陆拾万元整（¥600,000.00）"],
        ["借款期限", "6个月，自2025年3月18日至2025年9月17日"],
        ["利率", "月利率0.8%"],
        ["还款方式", "利随本清，到期一次性归还本金和利息"],
        ["质押物", "阿克苏丝路冷链仓储有限公司签发的标准仓单1张（仓单号AKS-CD-250311-07），核桃仁（185级）50吨"],
        ["逾期利息", "按逾期金额日万分之三点五计收"],
        ["争议解决", "提交阿克苏仲裁委员会仲裁"],
    ]),
    ("p", "一、乙方应于本合同签订当日将上述仓单背书交付甲方，并在仓储企业办理出质登记。"),
    ("p", "二、借款期间仓单项下货物的保管费、保险费由乙方承担。"),
    ("p", "三、乙方到期未清偿的，甲方有权依法处置仓单项下货物，所得价款优先受偿。"),
    ("p", "甲方（盖章）：阿克苏浩源果业有限公司        乙方（盖章）：温宿县绿洲核桃加工厂"),
    ("p", "日期：2025年3月18日"),
], {
    "principal": "600000", "amount_delivered": "600000", "annual_rate": 0.096, "overdue_rate": 0.12775,
    "penalty_rate": None, "lender": "阿克苏浩源果业有限公司", "lender_kind": "enterprise",
    "borrower": "温宿县绿洲核桃加工厂", "borrower_kind": "enterprise", "contract_date": "2025-03-18",
    "start_date": "2025-03-18", "end_date": "2025-09-17", "repayment_method": "到期一次性还本付息",
    "dispute_method": "arbitration",
}, ["overdue_charges_above_cap"],
    notes="日万分之三点五 = 12.775 % just above 12.4 % (LPR 3.10 %); only security the borrower's own 仓单: "
          "guarantor fields left out.")

add("hu05_xiaodai_fuwufei_guanlifei.docx", "docx", [
    ("h", "个人经营性借款合同"),
    ("p", "合同编号：SLHM-XD-2023-0411-02"),
    ("t", [
        ["贷款人", "喀什丝路惠民小额贷款有限公司"],
        ["借款人", "阿依古丽·买合木提（乌鲁木齐二道桥国际大巴扎干果摊位经营者）"],
        ["保证人", "吐尔逊·买买提（借款人配偶）"],
        ["借款金额", "人民币壹拾万元整（¥100,000.00）"],
        ["借款期限", "12个月，自2023年4月11日至2024年4月10日"],
        ["借款利率", "月利率1.2%"],
        ["还款方式", "等额本息，每月11日还款，每期应还人民币8,997.54元"],
        ["服务费", "每月人民币300元，随每期还款一并支付"],
        ["管理费", "人民币1,000元，由借款人于放款前另行支付，不从借款本金中扣除"],
        ["逾期罚息", "按本合同借款利率上浮50%计收"],
    ]),
    ("p", "第一条 贷款人在本合同签订后三个工作日内将借款全额发放至借款人指定账户。"),
    ("p", "第二条 保证人对借款人在本合同项下的全部债务承担连带责任保证，保证期间为主债务履行期限届满之日起三年。"),
    ("p", "第三条 因本合同发生的争议，由乌鲁木齐市天山区人民法院管辖。"),
    ("p", "贷款人（盖章）：喀什丝路惠民小额贷款有限公司"),
    ("p", "借款人（签字）：阿依古丽·买合木提    保证人（签字）：吐尔逊·买买提"),
    ("p", "签订日期：2023年4月11日"),
], {
    "principal": "100000", "amount_delivered": "100000", "annual_rate": 0.144, "overdue_rate": 0.216,
    "penalty_rate": None, "lender": "喀什丝路惠民小额贷款有限公司", "lender_kind": "licensed_lender",
    "borrower": "阿依古丽·买合木提", "borrower_kind": "natural_person", "contract_date": "2023-04-11",
    "start_date": "2023-04-11", "end_date": "2024-04-10", "repayment_method": "等额本息",
    "dispute_method": "court", "guarantor": "吐尔逊·买买提", "guarantee_type": "连带责任保证",
    "guarantee_period_months": 36,
}, ["cap_not_applicable_licensed_lender"],
    notes="小贷: info finding only. 管理费 paid separately, not withheld: no deduction; 8,997.54 = annuity of "
          "100,000 at 1.2 %/month over 12 months.")

add("hu06_bianmao_hasakesitan_zhongying.txt", "utf8", """借款协议 / LOAN AGREEMENT
协议编号 No.: HRGS-2021-0615

出借人 Lender：霍尔果斯丝路通达国际贸易有限公司 Khorgos Silk Road Tongda International Trading Co., Ltd.
借款人 Borrower：伊宁市阿拉木图商贸有限责任公司 Yining Almaty Trading Co., Ltd.
保证人 Guarantor：谢尔盖·伊万诺夫（借款人法定代表人，身份证号6540**********0031）

一、借款金额：人民币伍拾万元整（¥500,000.00），用于借款人向哈萨克斯坦阿拉木图供货商“阿勒腾·达拉”有限合伙企业（ТОО «Алтын Дала»）支付面粉及葵花籽油货款。供货合同以坚戈（KZT）计价，本借款以人民币发放和归还，汇率风险由借款人自行承担。
二、借款期限：自2021年6月15日至2022年6月14日。
三、利率：年利率10%，按季付息，到期一次还本。
Clause 3. Interest accrues at 10% per annum, payable quarterly; the principal is repaid in one sum at maturity. Default interest of 0.05% per day applies to any overdue amount.
四、逾期：借款人逾期还款的，逾期部分按日万分之五计收逾期利息。
五、保证：保证人对借款人在本协议项下的全部债务承担连带责任保证，保证期间为主债务履行期限届满之日起两年。
Clause 5. The Guarantor guarantees all obligations of the Borrower jointly and severally for two years after the maturity date.
六、争议解决：因本协议发生的争议，提交乌鲁木齐仲裁委员会仲裁。
Clause 6. Any dispute shall be submitted to the Urumqi Arbitration Commission for arbitration.
七、本协议以中英文书写，两种文本如有不一致，以中文文本为准。

出借人（盖章）：霍尔果斯丝路通达国际贸易有限公司
借款人（盖章）：伊宁市阿拉木图商贸有限责任公司
保证人（签字）：谢尔盖·伊万诺夫
签订日期：2021年6月15日

还款记录（出借人财务手写）：
2021年9月至2022年6月，各季利息按时收讫。
2024年5月20日 收到借款人还款壹拾万元（借款人从阿拉木图以美元汇入，1.39万美元，银行结汇为人民币）。借款人财务阿斯卡尔签字确认尚欠本金肆拾万元。
""", {
    "principal": "500000", "amount_delivered": "500000", "annual_rate": 0.10, "overdue_rate": 0.1825,
    "penalty_rate": None, "lender": "霍尔果斯丝路通达国际贸易有限公司", "lender_kind": "enterprise",
    "borrower": "伊宁市阿拉木图商贸有限责任公司", "borrower_kind": "enterprise", "contract_date": "2021-06-15",
    "start_date": "2021-06-15", "end_date": "2022-06-14", "repayment_method": "按季付息、到期还本",
    "dispute_method": "arbitration", "guarantor": "谢尔盖·伊万诺夫", "guarantee_type": "连带责任保证",
    "guarantee_period_months": 24,
}, ["overdue_charges_above_cap"],
    notes="Bilingual; 日万分之五 / 0.05% per day = 18.25 % vs 15.4 %. Payment 2024-05-20 restarts the period "
          "(to 2027-05-20): not expired.")

add("hu07_mumin_niuyang_huoti_diya.txt", "utf8", """借条（牛羊抵押）

今借到努尔兰·哈孜别克现金捌万元整（80000元），用于冬季买饲草料和羊羔。月息一分五，到2022年11月30日秋天卖羊以后本金利息一起换清。
我用自己家的羊200只（哈萨克羊，耳标号见后面附页）和牛15头（西门塔尔杂交牛）作抵押，已经在尼勒克县畜牧兽医站登记，没有还清以前不卖不送人。
如果到期不还，从2022年12月1日开始按月息二分算逾期利息。

借款人：叶尔兰·别克（尼勒克县喀拉托别乡牧民）
身份证：6541**********1218
2022年3月5日

（努尔兰记）2023年10月8日，叶尔兰在巴扎卖羊以后还来贰万元，剩下的说明年还。
""", {
    "principal": "80000", "amount_delivered": "80000", "annual_rate": 0.18, "overdue_rate": 0.24,
    "penalty_rate": None, "lender": "努尔兰·哈孜别克", "lender_kind": "natural_person",
    "borrower": "叶尔兰·别克", "borrower_kind": "natural_person", "contract_date": "2022-03-05",
    "start_date": "2022-03-05", "end_date": "2022-11-30", "repayment_method": "到期一次性还本付息",
    "dispute_method": None,
}, ["rate_above_4x_lpr", "overdue_charges_above_cap", "limitation_period_expired"],
    notes="18 % and 24 % vs 4 × 3.70 % = 14.8 %. The payment of 2023-10-08 restarts the period to 2026-10-08, "
          "before as_of: expired. Own livestock as collateral: guarantor fields left out. '换清' = 还清 (typo).")

add("hu08_bingtuan_liandui_zhigong_jietiao.txt", "gb18030", """借  条

今借到张卫东（第八师一四三团五连职工）人民币伍万元整（50000元），用于本人承包条田棉花种植，购买滴灌带和化肥。
年利息10%，棉花交售以后于2024年11月30日前连本带息一次还清。

借款人：刘红梅（一四三团五连职工）
身份证号：6590**********3325
担保人：李国强（五连职工）
日期：2024年4月2日
""", {
    "principal": "50000", "amount_delivered": "50000", "annual_rate": 0.10, "overdue_rate": None,
    "penalty_rate": None, "lender": "张卫东", "lender_kind": "natural_person",
    "borrower": "刘红梅", "borrower_kind": "natural_person", "contract_date": "2024-04-02",
    "start_date": "2024-04-02", "end_date": "2024-11-30", "repayment_method": "到期一次性还本付息",
    "dispute_method": None, "guarantor": "李国强", "guarantee_type": "unspecified",
    "guarantee_period_months": None,
}, ["no_overdue_rate_agreed", "guarantee_type_defaults_to_general", "guarantee_period_defaults_to_6_months"],
    notes="GB18030. Bare 担保人 in 2024 (民法典): general guarantee, six months. 10 % < 13.8 %.")

add("hu09_caimianji_rongzi_zulin.docx", "docx", [
    ("h", "融资租赁合同（直租）"),
    ("p", "合同编号：TRZL-2022-NJ-0510"),
    ("t", [
        ["出租人", "新疆天润融资租赁有限公司"],
        ["承租人", "沙湾县马什纳农机服务专业合作社"],
        ["租赁物", "约翰迪尔CP690型打包采棉机1台（出厂编号见附件一）"],
        ["融资额（租赁本金）", "人民币贰佰捌拾万元整（¥2,800,000.00）"],
        ["租赁期限", "36个月，自2022年5月10日至2025年5月9日"],
        ["租赁年利率", "7.5%（固定）"],
        ["租金支付", "按季等额支付租金（等额本息），共12期"],
        ["逾期利息", "逾期租金按日万分之五计收逾期利息"],
        ["保证人", "王建新（承租人理事长）"],
    ]),
    ("p", "第一条 出租人根据承租人的选择向出卖人购买租赁物并出租给承租人使用，购买价款由出租人直接支付给出卖人。"),
    ("p", "第二条 租赁期内租赁物的所有权属于出租人；租期届满承租人付清全部租金并支付留购价款人民币壹佰元后，租赁物所有权转归承租人。"),
    ("p", "第三条 保证人对承租人在本合同项下的全部债务承担连带责任保证，保证期间为主债务履行期限届满之日起两年。"),
    ("p", "第四条 因本合同发生的争议，由乌鲁木齐市水磨沟区人民法院管辖。"),
    ("p", "出租人（盖章）：新疆天润融资租赁有限公司    承租人（盖章）：沙湾县马什纳农机服务专业合作社"),
    ("p", "保证人（签字）：王建新    签订日期：2022年5月10日"),
], {
    "principal": "2800000", "amount_delivered": "2800000", "annual_rate": 0.075, "overdue_rate": 0.1825,
    "penalty_rate": None, "lender": "新疆天润融资租赁有限公司", "lender_kind": "licensed_lender",
    "borrower": "沙湾县马什纳农机服务专业合作社", "borrower_kind": "enterprise", "contract_date": "2022-05-10",
    "start_date": "2022-05-10", "end_date": "2025-05-09", "repayment_method": "等额本息",
    "dispute_method": "court", "guarantor": "王建新", "guarantee_type": "连带责任保证",
    "guarantee_period_months": 24,
}, ["cap_not_applicable_licensed_lender"],
    notes="融资租赁: licensed, info only. 马什纳 = машина (machine), a Russian loanword in the co-op's name.")

add("hu10_baogongtou_qiantiao_gongren_gongzi.txt", "utf8", """欠  条

今欠到周建华现金伍万元整（50000元），是借来给喀什市浩罕乡安置房工地上的工人发工资的。每个月给周建华利息壹仟元，本金在2022年6月30日前还清。

欠款人：马福贵（包工头）
身份证号：6221**********5513
2022年1月15日

——微信聊天记录截图（打印件，周建华提供）——
2025年4月2日 周建华：马老板，五万块钱拖了快三年了，啥时候还？
2025年4月2日 马福贵：周哥知道了，欠你的钱我认，年底工程款下来就给你。
""", {
    "principal": "50000", "amount_delivered": "50000", "annual_rate": 0.24, "overdue_rate": None,
    "penalty_rate": None, "lender": "周建华", "lender_kind": "natural_person",
    "borrower": "马福贵", "borrower_kind": "natural_person", "contract_date": "2022-01-15",
    "start_date": "2022-01-15", "end_date": "2022-06-30", "repayment_method": "按月付息、到期还本",
    "dispute_method": None, **NO_GUARANTEE,
}, ["rate_above_4x_lpr", "no_overdue_rate_agreed"],
    notes="1,000/month on 50,000 = 24 % vs 4 × 3.80 % = 15.2 % (2022-01-15, before the 01-20 cut). The WeChat "
          "demand of 2025-04-02, acknowledged, restarts the period: not expired.")

add("hu11_guoqiao_xudai_putaogan.txt", "utf8", """借款合同（过桥周转）

出借人（甲方）：新疆金丝路棉业有限公司
借款人（乙方）：吐鲁番火洲葡萄干商贸有限公司
保证人（丙方）：艾合买提·尼亚孜（乙方法定代表人）

乙方在中国农业银行吐鲁番分行的流动资金贷款人民币叁佰万元于2025年1月8日到期，为归还该笔贷款并办理续贷，乙方向甲方申请短期周转借款，双方约定如下：
第一条 借款金额：人民币叁佰万元整（¥3,000,000.00），由甲方直接汇入乙方在上述银行的还款账户。
第二条 借款期限：10天，自2025年1月8日至2025年1月17日。银行续贷资金到账当日，乙方应一次性归还本金并支付资金使用费。
第三条 资金使用费：按日千分之一点五计算（借款10天，合计人民币肆万伍仟元）。
第四条 逾期：乙方未按期归还的，逾期期间按日千分之三支付资金占用费。
第五条 丙方对乙方在本合同项下的债务承担连带责任保证，保证期间为主债务履行期限届满之日起三年。
第六条 因本合同发生的争议，由甲方住所地人民法院管辖。

甲方（盖章）：新疆金丝路棉业有限公司
乙方（盖章）：吐鲁番火洲葡萄干商贸有限公司
丙方（签字）：艾合买提·尼亚孜
签订日期：2025年1月8日
""", {
    "principal": "3000000", "amount_delivered": "3000000", "annual_rate": 0.5475, "overdue_rate": 1.095,
    "penalty_rate": None, "lender": "新疆金丝路棉业有限公司", "lender_kind": "enterprise",
    "borrower": "吐鲁番火洲葡萄干商贸有限公司", "borrower_kind": "enterprise", "contract_date": "2025-01-08",
    "start_date": "2025-01-08", "end_date": "2025-01-17", "repayment_method": "到期一次性还本付息",
    "dispute_method": "court", "guarantor": "艾合买提·尼亚孜", "guarantee_type": "连带责任保证",
    "guarantee_period_months": 36,
}, ["rate_above_4x_lpr", "overdue_charges_above_cap"],
    notes="过桥: 日千分之一点五 = 54.75 %, overdue 日千分之三 = 109.5 %, vs 12.4 %. The bank named is the "
          "borrower's old lender, not a party.")

add("hu12_nongshang_liudai_lpr_jia120bp.docx", "docx", [
    ("h", "流动资金借款合同"),
    ("p", "合同编号：KSNS-SF-LD-2024-0826"),
    ("t", [
        ["贷款人", "喀什农村商业银行股份有限公司疏附支行"],
        ["借款人", "疏附县帕米尔干果有限公司"],
        ["保证人", "新疆天山融信融资担保有限公司"],
        ["借款金额", "人民币伍佰万元整（¥5,000,000.00）"],
        ["借款用途", "收购核桃、巴旦木、红枣等干果原料"],
        ["借款期限", "12个月，自2024年8月26日至2025年8月25日"],
    ]),
    ("t", [
        ["利率条款", "内容"],
        ["定价基准", "本合同签订日前一个工作日全国银行间同业拆借中心公布的1年期贷款市场报价利率（LPR），即3.35%"],
        ["加点幅度", "加120个基点（1BP=0.01%）"],
        ["执行利率", "年利率4.55%，借款期限内固定不变"],
        ["结息还本", "按月结息，结息日为每月20日，到期一次归还本金"],
        ["罚息", "逾期贷款自逾期之日起在本合同执行利率基础上加收50%"],
        ["复利", "对不能按期支付的利息，按罚息利率计收复利"],
    ]),
    ("p", "第八条 保证人对借款人在本合同项下的全部债务承担连带责任保证，保证期间为主债务履行期限届满之日起三年，另行签订保证合同。"),
    ("p", "第十二条 因本合同发生的争议，向贷款人所在地人民法院起诉。"),
    ("p", "贷款人（盖章）：喀什农村商业银行股份有限公司疏附支行"),
    ("p", "借款人（盖章）：疏附县帕米尔干果有限公司    法定代表人：努尔艾合买提·阿布都热依木"),
    ("p", "签订日期：2024年8月26日"),
], {
    "principal": "5000000", "amount_delivered": "5000000", "annual_rate": 0.0455, "overdue_rate": 0.06825,
    "penalty_rate": None, "lender": "喀什农村商业银行股份有限公司疏附支行", "lender_kind": "licensed_lender",
    "borrower": "疏附县帕米尔干果有限公司", "borrower_kind": "enterprise", "contract_date": "2024-08-26",
    "start_date": "2024-08-26", "end_date": "2025-08-25", "repayment_method": "按月付息、到期还本",
    "dispute_method": "court", "guarantor": "新疆天山融信融资担保有限公司", "guarantee_type": "连带责任保证",
    "guarantee_period_months": 36,
}, ["cap_not_applicable_licensed_lender"],
    notes="Bank: LPR 3.35 % + 120 BP = 4.55 %; 罚息 +50 % = 6.825 %. Bank compound interest is licensed business: "
          "no compound_interest_restated (private-lending scope). The guarantor is the 融资担保 company.")

add("hu13_cheliang_diya_jietiao_2018.txt", "utf8", """借  条

今借到李志刚人民币壹拾贰万元整（120000.00元），借期一年，自2018年7月10日至2019年7月9日，月息二分，利息每月10号前付清，到期还本。
借款人以自有的陕汽德龙重型半挂牵引车一辆（车牌号新A·7K3**，登记在借款人名下）作抵押，已在乌鲁木齐市公安局交通管理局车辆管理所办理抵押登记。

借款人：吐尔洪·买买提
身份证号：6501**********0712
2018年7月10日

还款备注（李志刚记）：
2021年3月2日 收到吐尔洪还款叁万元（银行转账）。
2023年12月20日 收到吐尔洪还款贰万元（微信转账）。
""", {
    "principal": "120000", "amount_delivered": "120000", "annual_rate": 0.24, "overdue_rate": None,
    "penalty_rate": None, "lender": "李志刚", "lender_kind": "natural_person",
    "borrower": "吐尔洪·买买提", "borrower_kind": "natural_person", "contract_date": "2018-07-10",
    "start_date": "2018-07-10", "end_date": "2019-07-09", "repayment_method": "按月付息、到期还本",
    "dispute_method": None,
}, ["pre_lpr_rate_rules", "no_overdue_rate_agreed"],
    notes="2018, 24 % (the 2015 supported line). Payments 2021-03-02 (inside 2022-07-09) and 2023-12-20 (inside "
          "2024-03-02) restart to 2026-12-20, four days after as_of: not expired. Own truck: guarantor fields out.")

add("hu14_diandang_jinshouzhuo.txt", "utf8", """乌鲁木齐金泰典当有限责任公司
当  票                                    No. 0025317

当户名称：阿依努尔·托合提          证件号码：6501**********2043
当物名称：足金手镯二只、足金项链一条（合计净重86.5克）
估价金额：人民币肆万叁仟元整
当金：人民币叁万元整（¥30,000.00）
月利率：0.5%            月综合费率：2.5%
典当期限：自2025年2月14日至2025年3月15日，共30天
利息及综合费用于赎当时与当金一并支付，不从当金中预先扣除。

续当、赎当说明：当期或续当期届满后五日内，当户应办理赎当或续当手续；逾期不赎当也不续当的，为绝当，典当行依照《典当管理办法》处理绝当物品。

当户签章：阿依努尔·托合提        典当行经办：王磊
发票日期：2025年2月14日
""", {
    "principal": "30000", "amount_delivered": "30000", "annual_rate": 0.06, "overdue_rate": None,
    "penalty_rate": None, "lender": "乌鲁木齐金泰典当有限责任公司", "lender_kind": "licensed_lender",
    "borrower": "阿依努尔·托合提", "borrower_kind": "natural_person", "contract_date": "2025-02-14",
    "start_date": "2025-02-14", "end_date": "2025-03-15", "repayment_method": "到期一次性还本付息",
    "dispute_method": None,
}, ["cap_not_applicable_licensed_lender"],
    notes="典当: annual_rate is the stated 月利率 0.5 % × 12 (the 综合费 is separate). 当物 only: guarantor fields out.")

add("hu15_huankuan_xieyi_minsu_weiyue.txt", "utf8", """还款协议

甲方（出借人）：陈志强
乙方（借款人）：古丽米拉·阿布都
丙方（担保人）：阿不力孜·哈斯木

2022年9月1日，乙方向甲方借款人民币叁拾万元整，用于经营喀什古城“丝路驿站”民宿，约定月息1分，借期一年。借款到期后乙方未能按期归还本金，截至2024年3月10日尚欠本金叁拾万元及利息壹万捌仟元。经三方协商，达成如下还款协议：
一、乙方分三期归还：2024年6月30日前归还利息壹万捌仟元及本金拾万元；2024年9月30日前归还本金拾万元；2024年12月31日前归还本金拾万元。
二、未还本金自2024年3月11日起继续按月息1分计付利息，随每期本金一并支付。
三、乙方任何一期未按时足额还款的，甲方有权要求乙方一次性偿还全部剩余本息，并自逾期之日起按年利率18%支付逾期利息。
四、丙方自愿对乙方在本协议项下的全部债务承担连带责任保证，保证期间为本协议最后一期还款期限届满之日起六个月。
五、因本协议发生争议，由喀什市人民法院管辖。

甲方：陈志强        乙方：古丽米拉·阿布都        丙方：阿不力孜·哈斯木
2024年3月10日
""", {
    "principal": "300000", "annual_rate": 0.12, "overdue_rate": 0.18, "penalty_rate": None,
    "lender": "陈志强", "lender_kind": "natural_person", "borrower": "古丽米拉·阿布都",
    "borrower_kind": "natural_person", "repayment_method": "分期还款", "dispute_method": "court",
    "guarantor": "阿不力孜·哈斯木", "guarantee_type": "连带责任保证", "guarantee_period_months": 6,
}, ["overdue_charges_above_cap"],
    notes="A later agreement: contract/start/end dates left out. 18 % overdue vs 14.6 % (loan 2022-09-01) and "
          "13.8 % (agreement 2024-03-10). Interest is not rolled into principal.")

add("hu16_yiwudizhai_putaogan.txt", "utf8", """以物抵债协议

债权人（甲方）：吾斯曼·热西提
债务人（乙方）：阿迪力·吾守尔（吐鲁番市高昌区亚尔乡葡萄干晾房经营户）

一、2023年5月20日乙方向甲方借款人民币壹拾伍万元整，约定年利率10%，借期一年。截至本协议签订日，乙方尚欠本金壹拾伍万元、利息壹万伍仟元，合计壹拾陆万伍仟元。
二、乙方以其自产的无核白绿葡萄干（一级）12吨抵偿上述全部债务，双方协商作价每吨人民币壹万叁仟柒佰伍拾元，合计壹拾陆万伍仟元。
三、乙方应于2024年6月15日前将葡萄干交付至甲方指定的吐鲁番市葡萄沟干果批发市场17号库，经甲方验收合格后，甲乙双方之间的上述借款债务全部结清。
四、乙方交付的葡萄干质量不符合约定的，甲方有权拒收，乙方仍应以货币偿还借款本息。

甲方：吾斯曼·热西提        乙方：阿迪力·吾守尔
2024年5月28日
""", {
    "principal": "150000", "annual_rate": 0.10, "lender": "吾斯曼·热西提", "lender_kind": "natural_person",
    "borrower": "阿迪力·吾守尔", "borrower_kind": "natural_person", "dispute_method": None, **NO_GUARANTEE,
}, [],
    notes="以物抵债, a recital: recited 10 % under 14.6 % (2023-05-20); no overdue finding from its silence.")

add("hu17_zhaiwu_querenshu_2019_ganguo.txt", "utf8", """债务确认书

确认人（债务人）：伊力哈木·麦麦提，身份证号6531**********1530
债权人：王海燕

本人于2019年4月18日向王海燕借款人民币贰拾万元整，用于在喀什远方国际物流港租赁干果批发摊位，当时约定月息2分，借期一年（至2020年4月17日）。借款到期后，本人因经营困难未能归还。
经双方对账，截至2023年10月31日，本人尚欠王海燕借款本金贰拾万元整，2020年4月18日以后的利息未付。
本人确认上述债务真实有效，承诺于2024年6月30日前归还全部本金及所欠利息。

确认人：伊力哈木·麦麦提
2023年11月6日
""", {
    "principal": "200000", "annual_rate": 0.24, "lender": "王海燕", "lender_kind": "natural_person",
    "borrower": "伊力哈木·麦麦提", "borrower_kind": "natural_person", "dispute_method": None, **NO_GUARANTEE,
}, ["pre_lpr_rate_rules"],
    notes="Loan 2019-04-18, before the first LPR. The confirmation after the period ran out is a promise to pay "
          "(民法典 第192条) with a new date 2024-06-30: not expired.")

add("hu18_minshi_tiaojieshu_tianshanqu.txt", "utf8", """新疆维吾尔自治区乌鲁木齐市天山区人民法院
民 事 调 解 书
（2025）新0102民初1846号

原告：赵新民，男，1975年3月6日出生，汉族，住乌鲁木齐市天山区。
被告：买买提江·阿不都，男，1983年9月21日出生，维吾尔族，住乌鲁木齐市天山区。

原告赵新民与被告买买提江·阿不都民间借贷纠纷一案，本院于2025年1月6日立案后，依法适用简易程序进行了审理。
原告诉称：2021年7月1日被告向原告借款100000元，约定月息1.5分，借期一年，被告到期后未还本付息。
本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议：
一、被告买买提江·阿不都于2025年9月30日前偿还原告赵新民借款本金100000元及利息15000元，共计115000元（2025年4月30日前付30000元，2025年6月30日前付40000元，2025年9月30日前付45000元）；
二、被告如有任何一期未按期足额履行，原告有权就剩余全部款项申请强制执行；
三、案件受理费1200元，减半收取600元，由被告负担。
上述协议，不违反法律规定，本院予以确认。
本调解书经双方当事人签收后，即具有法律效力。

审判员  古丽扎尔·阿布来提
二〇二五年三月十二日
书记员  刘洋
""", {
    "principal": "100000", "lender": "赵新民", "lender_kind": "natural_person",
    "borrower": "买买提江·阿不都", "borrower_kind": "natural_person", **NO_GUARANTEE,
}, [],
    notes="Court settlement into fixed sums: the recited 月息1.5分 is settled, no rate finding; rates, dates and "
          "dispute left out.")

add("hu19_kantouxi_jietiao_shouxufei.txt", "utf8", """借  条

今借到杨国华人民币捌万元整（80000元），月息2分，每月3号付利息1600元，借期半年，2025年3月2日到其还本。如果逾期不还，每天罚款300元。

借款人：帕提古丽·吾买尔
身份证号：6531**********0828
2024年9月3日

收  条（杨国华写）
借款当天扣了第一个月利息1600元和手续费2400元（我收的），实际转给帕提古丽76000元。
杨国华  2024年9月3日
""", {
    "principal": "80000", "amount_delivered": "76000", "annual_rate": 0.24, "lender": "杨国华",
    "lender_kind": "natural_person", "borrower": "帕提古丽·吾买尔", "borrower_kind": "natural_person",
    "contract_date": "2024-09-03", "start_date": "2024-09-03", "end_date": "2025-03-02",
    "repayment_method": "按月付息、到期还本", "dispute_method": None, **NO_GUARANTEE,
}, ["rate_above_4x_lpr", "interest_deducted_upfront", "overdue_charges_above_cap"],
    notes="砍头息: 1,600 interest + 2,400 fee taken out, 76,000 delivered. 24 % vs 13.4 % (LPR 3.35 %); "
          "300/day on 80,000 ≈ 136.9 %/yr; overdue/penalty rates left out (a sum). '到其' = 到期 (typo).")

add("hu20_weituo_daikuan_mianye.docx", "docx", [
    ("h", "委托贷款借款合同"),
    ("p", "合同编号：JH-WT-2023-0215"),
    ("p", "委托人：新疆天恒投资集团有限公司"),
    ("p", "受托人（贷款人）：中国建设银行股份有限公司乌鲁木齐新华北路支行"),
    ("p", "借款人：新疆北庭棉业有限公司"),
    ("p", "第一条 委托人委托受托人向借款人发放委托贷款人民币贰仟万元整（¥20,000,000.00），资金来源为委托人自有资金。"
          "贷款的风险由委托人承担，受托人只收取手续费，不承担贷款风险。"),
    ("p", "第二条 贷款期限两年，自2023年2月15日至2025年2月14日。贷款用途：籽棉收购及皮棉加工。"),
    ("p", "第三条 贷款年利率为6.5%，按季结息，结息日为每季末月的20日，到期一次归还本金。"),
    ("p", "第四条 借款人未按期归还本金的，逾期部分自逾期之日起在本合同利率基础上加收50%计收罚息。"),
    ("p", "第五条 受托人按贷款金额每年0.1%向委托人收取手续费，该手续费由委托人承担。"),
    ("p", "第六条 因本合同发生的争议，任何一方均可向受托人所在地人民法院起诉。"),
    ("p", "委托人（盖章）：新疆天恒投资集团有限公司"),
    ("p", "受托人（盖章）：中国建设银行股份有限公司乌鲁木齐新华北路支行"),
    ("p", "借款人（盖章）：新疆北庭棉业有限公司"),
    ("p", "签订日期：2023年2月15日"),
], {
    "principal": "20000000", "amount_delivered": "20000000", "annual_rate": 0.065, "overdue_rate": 0.0975,
    "penalty_rate": None, "lender": "新疆天恒投资集团有限公司", "lender_kind": "enterprise",
    "borrower": "新疆北庭棉业有限公司", "borrower_kind": "enterprise", "contract_date": "2023-02-15",
    "start_date": "2023-02-15", "end_date": "2025-02-14", "repayment_method": "按季付息、到期还本",
    "dispute_method": "court", **NO_GUARANTEE,
}, [],
    notes="委托贷款: the 委托人 bears the risk and is the lender (enterprise); the bank is the agent. 6.5 % / 9.75 % "
          "are under 14.6 %: no finding, and no licensed info finding. Paragraphs only.")

add("hu21_duizhangdan_lixi_gunru_benjin.docx", "docx", [
    ("h", "借款对账单（利息滚入本金明细）"),
    ("p", "出借人：博乐市丰源农资有限公司"),
    ("p", "借款人：哈斯木·阿布拉（博乐市小营盘镇种植户）"),
    ("p", "借款合同日期：2023年4月10日；借款本金：人民币陆万元整；约定利率：月息1%；借期一年（至2024年4月9日）。"),
    ("p", "合同约定：每季度末计息一次，借款人当季未支付的利息自动转入下一季度本金，一并计息。"),
    ("t", [
        ["序号", "计息期间", "期初本金（元）", "本期利息（月1%×3）", "已付利息", "转入本金", "期末本金（元）"],
        ["1", "2023.04.10-2023.07.09", "60,000.00", "1,800.00", "0.00", "1,800.00", "61,800.00"],
        ["2", "2023.07.10-2023.10.09", "61,800.00", "1,854.00", "0.00", "1,854.00", "63,654.00"],
        ["3", "2023.10.10-2024.01.09", "63,654.00", "1,909.62", "0.00", "1,909.62", "65,563.62"],
        ["4", "2024.01.10-2024.04.09", "65,563.62", "1,966.91", "0.00", "1,966.91", "67,530.53"],
        ["5", "2024.04.10-2024.07.09", "67,530.53", "2,025.92", "0.00", "2,025.92", "69,556.45"],
        ["6", "2024.07.10-2024.10.09", "69,556.45", "2,086.69", "0.00", "2,086.69", "71,643.14"],
        ["合计", "", "", "11,643.14", "0.00", "11,643.14", ""],
    ]),
    ("p", "截至2024年10月9日，借款人尚欠出借人本金及转入本金的利息合计人民币柒万壹仟陆佰肆拾叁元壹角肆分（¥71,643.14）。"),
    ("p", "借款人确认：以上对账无误，本人认可上述欠款。"),
    ("t", [
        ["出借人（盖章）", "博乐市丰源农资有限公司", "日期", "2024年10月18日"],
        ["借款人（签字）", "哈斯木·阿布拉", "日期", "2024年10月18日"],
    ]),
], {
    "principal": "60000", "annual_rate": 0.12, "lender": "博乐市丰源农资有限公司", "lender_kind": "enterprise",
    "borrower": "哈斯木·阿布拉", "borrower_kind": "natural_person", "dispute_method": None, **NO_GUARANTEE,
}, ["compound_interest_restated"],
    notes="对账单 (recital): unpaid quarterly interest rolled into principal → compound_interest_restated. 12 % is "
          "under 14.6 % (2023-04-10). Table figures computed once with plain python.")

add("hu22_baozheng_hetong_ganguo_maoyi.txt", "utf8", """保证合同
合同编号：KSGG-BZ-2024-006

债权人（甲方）：喀什丝路鲜果干果贸易有限公司
保证人（乙方）：努尔麦麦提·吐尔逊，身份证号6531**********4419

鉴于甲方与阿布都瓦力·买买提（以下简称“债务人”）于2024年6月12日签订了编号为KSGG-JK-2024-006的《借款合同》（以下简称“主合同”），甲方向债务人出借人民币肆拾万元整，借款期限一年。乙方愿意为债务人在主合同项下的债务向甲方提供保证，双方约定如下：
第一条 保证范围：主合同项下的借款本金、利息、逾期利息、违约金及甲方实现债权的费用。
第二条 乙方自愿为债务人在主合同项下的债务承担保证责任。
第三条 保证期间：自本合同生效之日起至债务人还清主合同项下全部借款本息之日止。
第四条 本合同自甲乙双方签字盖章之日起生效。
第五条 因本合同发生的争议，由甲方所在地人民法院管辖。

甲方（盖章）：喀什丝路鲜果干果贸易有限公司
乙方（签字）：努尔麦麦提·吐尔逊
2024年6月12日
""", {
    "principal": "400000", "lender": "喀什丝路鲜果干果贸易有限公司", "lender_kind": "enterprise",
    "borrower": "阿布都瓦力·买买提", "borrower_kind": "natural_person", "contract_date": "2024-06-12",
    "dispute_method": "court", "guarantor": "努尔麦麦提·吐尔逊", "guarantee_type": "unspecified",
    "guarantee_period_months": None,
}, ["guarantee_type_defaults_to_general", "guarantee_period_defaults_to_6_months"],
    notes="保证合同 (guarantee instrument): rates and repayment left out. '承担保证责任' with no type; period 'until "
          "repaid in full' is unclear (担保制度解释 第32条). Main contract and guarantee both dated 2024-06-12.")

add("hu23_qiyejian_jiekuan_2016_zhahua.txt", "gb18030", """借款合同

出借方：新疆天棉纺织有限公司
借款方：奎屯市金丰轧花厂
担保方：周海军（借款方投资人）

一、借款金额：人民币叁佰万元整（¥3,000,000.00），用于2016年度籽棉收购。
二、借款期限：自2016年9月5日起至2017年9月4日止。
三、借款利率：年利率15%，利息按季支付，到期归还本金。
四、逾期：借款方逾期还款的，逾期部分按日万分之八计收逾期利息。
五、担保：担保方对借款方的上述借款本息承担连带保证责任。
六、争议解决：因本合同发生的争议，由出借方所在地人民法院管辖。

出借方（盖章）：新疆天棉纺织有限公司
借款方（盖章）：奎屯市金丰轧花厂
担保方（签字）：周海军
签订日期：2016年9月5日
""", {
    "principal": "3000000", "amount_delivered": "3000000", "annual_rate": 0.15, "overdue_rate": 0.292,
    "penalty_rate": None, "lender": "新疆天棉纺织有限公司", "lender_kind": "enterprise",
    "borrower": "奎屯市金丰轧花厂", "borrower_kind": "enterprise", "contract_date": "2016-09-05",
    "start_date": "2016-09-05", "end_date": "2017-09-04", "repayment_method": "按季付息、到期还本",
    "dispute_method": "court", "guarantor": "周海军", "guarantee_type": "连带责任保证",
    "guarantee_period_months": None,
}, ["pre_lpr_rate_rules", "limitation_period_expired"],
    notes="GB18030. 2016 企业间 loan: pre-LPR notice (15 %; overdue 29.2 % sits in the 24–36 % band, no LPR cap). "
          "Joint guarantee with no period in 2016 follows 担保法: no guarantee finding. Due 2017, nothing noted: expired.")

add("hu24_jietiao_2015_hetao_yuexi35.txt", "gb18030", """借  条

今借到任建国现金人民币拾伍万元整（150000元），用于收购叶城核桃。月息三分五，利随本清，2016年10月30日前还清。

借款人：阿卜杜克热木·图尔荪
身份证号：6531**********3617
2015年11月20日

（还款记录）
2018年9月25日 还款伍万元  阿卜杜克热木·图尔荪（签字）
2021年5月16日 还款叁万元  阿卜杜克热木·图尔荪（签字）
2024年3月1日  还款贰万元  阿卜杜克热木·图尔荪（签字）
""", {
    "principal": "150000", "amount_delivered": "150000", "annual_rate": 0.42, "overdue_rate": None,
    "penalty_rate": None, "lender": "任建国", "lender_kind": "natural_person",
    "borrower": "阿卜杜克热木·图尔荪", "borrower_kind": "natural_person", "contract_date": "2015-11-20",
    "start_date": "2015-11-20", "end_date": "2016-10-30", "repayment_method": "到期一次性还本付息",
    "dispute_method": None, **NO_GUARANTEE,
}, ["pre_lpr_rate_rules", "no_overdue_rate_agreed"],
    notes="GB18030. 2015, 42 % (above the 36 % void line). Each payment falls inside the running period: "
          "2016-10-30 → 2018-09-25 → 2021-05-16 → 2024-03-01 → 2027-03-01: not expired.")

add("hu25_jietiao_jiujiu_buyao_lixi.txt", "utf8", """借  条

今借到舅舅热合曼·买买提人民币叁万元整（30000元），用于在喀什市吾斯塘博依路开馕坑店。舅舅说不要利息。2023年12月31日前还清。如果到期不还，从2024年1月1日开始按月息一分五给舅舅算利息。

借款人：艾克拜尔·热合曼
2023年3月1日
""", {
    "principal": "30000", "amount_delivered": "30000", "annual_rate": 0, "overdue_rate": 0.18,
    "penalty_rate": None, "lender": "热合曼·买买提", "lender_kind": "natural_person",
    "borrower": "艾克拜尔·热合曼", "borrower_kind": "natural_person", "contract_date": "2023-03-01",
    "start_date": "2023-03-01", "end_date": "2023-12-31", "dispute_method": None, **NO_GUARANTEE,
}, ["overdue_charges_above_cap"],
    notes="Interest-free ('不要利息' = 0) but 月息一分五 = 18 % after default vs 4 × 3.65 % = 14.6 %. Due "
          "2023-12-31: the period runs to 2026-12-31, after as_of.")

add("hu26_jiekuan_xieyi_lixi_lingxing_shangliang.txt", "utf8", """借款协议

出借人：孙立新
借款人：达吾提·艾买提
担保人：艾尼瓦尔·吐尔地

借款人因在乌鲁木齐北园春市场经营干果批发门面，资金周转困难，向出借人借款人民币壹拾万元整（100000元），借款期限自2024年2月20日至2024年12月31日。利息问题双方以后另行商量。
担保人对本借款承担连带责任保证，保证期间三年。

出借人：孙立新      借款人：达吾提·艾买提      担保人：艾尼瓦尔·吐尔地
2024年2月20日
""", {
    "principal": "100000", "amount_delivered": "100000", "overdue_rate": None, "penalty_rate": None,
    "lender": "孙立新", "lender_kind": "natural_person", "borrower": "达吾提·艾买提",
    "borrower_kind": "natural_person", "contract_date": "2024-02-20", "start_date": "2024-02-20",
    "end_date": "2024-12-31", "dispute_method": None, "guarantor": "艾尼瓦尔·吐尔地",
    "guarantee_type": "连带责任保证", "guarantee_period_months": 36,
}, ["no_interest_agreed", "no_overdue_rate_agreed"],
    notes="'利息问题双方以后另行商量': interest agreed unclearly, between natural persons = none (民法典 第680条); "
          "annual_rate left out (unclear, not plainly none).")

add("hu27_jiekuan_hetong_lengku_diya_12_4.docx", "docx", [
    ("h", "借款合同"),
    ("p", "合同编号：XYGS-JK-2024-1210"),
    ("t", [
        ["出借人", "新疆西域果蔬集团有限公司"],
        ["借款人", "伽师县瓜香果业有限公司"],
        ["保证人", "阿不都克力木·喀迪尔（借款人法定代表人）"],
        ["借款金额", "人民币贰佰万元整（¥2,000,000.00）"],
        ["借款期限", "自2024年12月10日至2025年12月9日"],
        ["借款利率", "年利率12.4%"],
        ["付息还本", "按月付息，每月10日付息，到期一次归还本金"],
        ["逾期", "逾期后继续按本合同约定利率计收利息，不另收罚息和违约金"],
        ["抵押", "借款人名下伽师县工业园区冷库一座（不动产权证号见抵押合同）"],
        ["保证", "一般保证，保证期间为主债务履行期限届满之日起六个月"],
        ["争议解决", "提交喀什仲裁委员会仲裁"],
    ]),
    ("p", "出借人（盖章）：新疆西域果蔬集团有限公司    借款人（盖章）：伽师县瓜香果业有限公司"),
    ("p", "保证人（签字）：阿不都克力木·喀迪尔"),
    ("p", "签订日期：2024年12月10日"),
], {
    "principal": "2000000", "amount_delivered": "2000000", "annual_rate": 0.124, "overdue_rate": 0.124,
    "penalty_rate": None, "lender": "新疆西域果蔬集团有限公司", "lender_kind": "enterprise",
    "borrower": "伽师县瓜香果业有限公司", "borrower_kind": "enterprise", "contract_date": "2024-12-10",
    "start_date": "2024-12-10", "end_date": "2025-12-09", "repayment_method": "按月付息、到期还本",
    "dispute_method": "arbitration", "guarantor": "阿不都克力木·喀迪尔", "guarantee_type": "一般保证",
    "guarantee_period_months": 6,
}, [],
    notes="At the line: 12.4 % = 4 × 3.10 % exactly, not above; overdue the same. 一般保证 with six months stated.")

add("hu28_jietiao_2020_danbaoren_lvshihan.txt", "utf8", """借  条

今借到刘建国人民币捌万元整（80000元），用于鄯善县葡萄地搭架子和买农药。月息一分二，每半年付一次利息，2021年10月31日前还清本金。

借款人：玉苏普·卡德尔
担保人：买合木提·玉苏普
2020年12月25日

附：律师函签收回执（复印件）
新疆天宇律师事务所受刘建国委托，于2024年9月10日向玉苏普·卡德尔发出《律师函》，催告其归还借款本金捌万元及利息。
签收人：玉苏普·卡德尔        签收日期：2024年9月10日
""", {
    "principal": "80000", "amount_delivered": "80000", "annual_rate": 0.144, "overdue_rate": None,
    "penalty_rate": None, "lender": "刘建国", "lender_kind": "natural_person",
    "borrower": "玉苏普·卡德尔", "borrower_kind": "natural_person", "contract_date": "2020-12-25",
    "start_date": "2020-12-25", "end_date": "2021-10-31", "dispute_method": None,
    "guarantor": "买合木提·玉苏普", "guarantee_type": "unspecified", "guarantee_period_months": None,
}, ["no_overdue_rate_agreed"],
    notes="14.4 % under 15.4 %. Bare 担保人 on 2020-12-25, before the 民法典: 担保法, no guarantee finding. "
          "Signed demand 2024-09-10 restarts the period. Repayment '每半年付一次利息' left out.")

add("hu29_jiancai_jiekuan_yiban_baozheng.docx", "docx", [
    ("h", "借款合同"),
    ("p", "出借人（甲方）：乌鲁木齐天山恒达建材有限公司"),
    ("p", "借款人（乙方）：喀什市安居建筑劳务有限公司"),
    ("p", "保证人（丙方）：杨建平"),
    ("p", "乙方承建喀什市伯什克然木乡安居房工程，因垫付工人工资及材料款需要，向甲方借款。"),
    ("t", [
        ["借款金额", "人民币壹佰贰拾万元整（¥1,200,000.00）"],
        ["借款期限", "2023年10月16日至2024年10月15日"],
        ["借款利率", "年利率8%"],
        ["付息方式", "按月付息，到期还本"],
        ["逾期利率", "年利率12%"],
        ["违约金", "逾期还款的，另按未还金额每日万分之二支付违约金"],
    ]),
    ("p", "丙方为乙方在本合同项下的债务提供一般保证。"),
    ("p", "因本合同发生的争议，由甲方所在地人民法院管辖。"),
    ("p", "甲方（盖章）：乌鲁木齐天山恒达建材有限公司  乙方（盖章）：喀什市安居建筑劳务有限公司  丙方（签字）：杨建平"),
    ("p", "2023年10月16日"),
], {
    "principal": "1200000", "amount_delivered": "1200000", "annual_rate": 0.08, "overdue_rate": 0.12,
    "penalty_rate": 0.073, "lender": "乌鲁木齐天山恒达建材有限公司", "lender_kind": "enterprise",
    "borrower": "喀什市安居建筑劳务有限公司", "borrower_kind": "enterprise", "contract_date": "2023-10-16",
    "start_date": "2023-10-16", "end_date": "2024-10-15", "repayment_method": "按月付息、到期还本",
    "dispute_method": "court", "guarantor": "杨建平", "guarantee_type": "一般保证",
    "guarantee_period_months": None,
}, ["overdue_charges_above_cap", "guarantee_period_defaults_to_6_months"],
    notes="Overdue 12 % + 违约金 日万分之二 (7.3 %) = 19.3 % vs 13.8 %. 一般保证 stated, no period.")

add("hu30_jiekuan_hetong_2025_yuzao.txt", "utf8", """借款合同

出借人：马玉兰
借款人：阿卜杜拉·艾海提（和田骏枣收购商）
保证人：热依拉·阿卜杜拉（借款人之妻）

借款金额：人民币贰拾伍万元整（250000元）
借款期限：2025年6月6日至2025年12月5日
利息：月息1分，每月付息，到期还本。
逾期利息：逾期未还的，按月息1分5计算逾期利息。
保证：保证人承担连带责任保证，保证期间为借款到期之日起一年。
争议：向出借人住所地人民法院起诉。

出借人：马玉兰      借款人：阿卜杜拉·艾海提      保证人：热依拉·阿卜杜拉
签字日期：2025年6月6日
""", {
    "principal": "250000", "amount_delivered": "250000", "annual_rate": 0.12, "overdue_rate": 0.18,
    "penalty_rate": None, "lender": "马玉兰", "lender_kind": "natural_person",
    "borrower": "阿卜杜拉·艾海提", "borrower_kind": "natural_person", "contract_date": "2025-06-06",
    "start_date": "2025-06-06", "end_date": "2025-12-05", "repayment_method": "按月付息、到期还本",
    "dispute_method": "court", "guarantor": "热依拉·阿卜杜拉", "guarantee_type": "连带责任保证",
    "guarantee_period_months": 12,
}, ["overdue_charges_above_cap"],
    notes="12 % = 4 × 3.00 % exactly (LPR of 2025-05-20): not above; overdue 18 % is. Date inside the table's cover.")


# ---------------------------------------------------------------------------------------------------------------
DOCX = cb.DocxMeta(author="古丽娜尔·艾山", fixed_time=(2026, 12, 16, 9, 0, 0), font_pt=10.5, file_mode=0o644)


def build() -> None:
    cb.write_documents(HERE, [(d["file"], d["fmt"], d["body"]) for d in DOCS], DOCX, expected=30)
    cb.write_gold(HERE / "gold.jsonl", [d["gold"] for d in DOCS])
    print(f"wrote {len(DOCS)} documents and gold.jsonl to {HERE}")


if __name__ == "__main__":
    build()
