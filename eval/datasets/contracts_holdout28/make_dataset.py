"""Builder for contracts_holdout28 (held out: never tune on these rows).

Every document text and every gold row below was typed by hand for this set (persona: 黎国强, loan clerk at a made-up
佛山/东莞 小额贷款 company who also files for a 广东 融资担保 company and helps a 镇 人民调解委员会). Running this script
writes the 30 documents (TXT UTF-8, TXT GB18030, DOCX) and gold.jsonl into this folder, byte-for-byte the same on
every run.

    /work/main/.venv/bin/python eval/datasets/contracts_holdout28/make_dataset.py
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from eval.datasets import _contracts_build as cb  # noqa: E402

HERE = Path(__file__).resolve().parent
AS_OF = "2026-12-28"   # the day 黎国强 went through the year-end pile

DOCS: list[dict] = []


def add(file: str, fmt: str, body, fields: dict, findings: list[str], as_of: str = AS_OF, notes: str | None = None):
    row = {"file": file, "fields": fields, "findings": findings, "as_of": as_of}
    if notes:
        row["notes"] = notes
    DOCS.append({"file": file, "fmt": fmt, "body": body, "gold": row})


NO_GUARANTEE = {"guarantor": None, "guarantee_type": None, "guarantee_period_months": None}

# ---------------------------------------------------------------------------------------------------------------
add("fs01_jietiao_taoci_yuexi1fen8_jianzhengren.txt", "utf8", """借  条

今借到何志明（身份证号：4406**********1536）人民币壹拾伍万元整（¥150,000.00），用于本人在佛山市禅城区南庄镇
经营嘅陶瓷厂购买釉料同色料周转。

双方讲明：利息按月息1分8计算，借款日期为2023年3月15日，到2023年12月31日之前本金连同利息一次过还清，唔会拖欠。
借款已于当日由何志明经农业银行转账畀本人，本人已全数收到。

借款人：梁伟雄（按手印）
身份证号：4406**********2213
电话：138****6621

见证人：陈炳坤（按手印）

2023年3月15日
""", {
    "principal": "150000", "amount_delivered": "150000", "annual_rate": "0.216", "overdue_rate": None,
    "penalty_rate": None, "lender": "何志明", "lender_kind": "natural_person", "borrower": "梁伟雄",
    "borrower_kind": "natural_person", "contract_date": "2023-03-15", "start_date": "2023-03-15",
    "end_date": "2023-12-31", "repayment_method": "到期一次性还本付息", "dispute_method": None, **NO_GUARANTEE,
}, ["rate_above_4x_lpr", "no_overdue_rate_agreed"],
    notes="月息1分8 = 1.8 %/month = 21.6 % vs 4 × 3.65 % = 14.6 %; 见证人 is not a guarantor; due 2023-12-31, "
          "limitation runs to 2026-12-31 (3 days after as_of)")

# ---------------------------------------------------------------------------------------------------------------
add("fs02_jiajuchang_shebei_diya_jiekuan_hetong.docx", "docx", [
    ("h", "设备抵押借款合同"),
    ("p", "合同编号：YF-JK-2024-0308"),
    ("p", "甲乙丙三方经平等协商，就乙方向甲方借款及丙方提供保证事宜订立本合同，主要条款见下表："),
    ("t", [
        ["项目", "约定内容"],
        ["出借人（甲方）", "佛山市顺德区盈丰贸易有限公司"],
        ["借款人（乙方）", "佛山市顺德区龙江镇宏艺家具厂"],
        ["保证人（丙方）", "罗家伟（乙方负责人）"],
        ["借款金额", "人民币捌拾万元整（¥800,000.00）"],
        ["借款用途", "购买板式家具生产线配件及支付工人工资"],
        ["借款期限", "2024年3月8日至2025年3月7日"],
        ["借款年利率", "10%（按每年360日计算日利率）"],
        ["付息还本方式", "按月付息，每月8日前支付当月利息；借款到期时一次归还全部本金"],
        ["抵押物", "乙方所有的数控开料机2台、封边机1台、六面钻1台（详见附件抵押物清单），已在佛山市顺德区市场监督管理局办理动产抵押登记"],
        ["逾期利率", "在本合同约定的借款年利率基础上加收30%"],
    ]),
    ("p", "第一条 甲方应于本合同签订之日起三个工作日内将借款一次性转入乙方指定账户，乙方收到借款后出具收据。"),
    ("p", "第二条 乙方应按约定用途使用借款，不得挪作他用；甲方有权检查借款使用情况及抵押物状况。"),
    ("p", "第三条 抵押期间，乙方不得转让、出租或者重复抵押上述设备；设备毁损灭失的，乙方应及时通知甲方并提供等值担保。"),
    ("p", "第四条 乙方逾期还款的，甲方有权按上表约定的逾期利率计收逾期利息，并有权依法拍卖、变卖抵押物优先受偿。"),
    ("p", "第五条 丙方自愿对乙方在本合同项下的全部债务承担连带责任保证，保证期间为主债务履行期限届满之日起三年。"),
    ("p", "第六条 本合同自三方签字盖章之日起生效。"),
    ("p", "第七条 因本合同发生的争议，由甲方所在地人民法院管辖。"),
    ("p", "甲方（盖章）：佛山市顺德区盈丰贸易有限公司    乙方（盖章）：佛山市顺德区龙江镇宏艺家具厂    丙方（签字）：罗家伟"),
    ("p", "签订日期：2024年3月8日    签订地点：佛山市顺德区大良街道"),
], {
    "principal": "800000", "amount_delivered": "800000", "annual_rate": "0.10", "overdue_rate": "0.13",
    "penalty_rate": None, "lender": "佛山市顺德区盈丰贸易有限公司", "lender_kind": "enterprise",
    "borrower": "佛山市顺德区龙江镇宏艺家具厂", "borrower_kind": "enterprise", "contract_date": "2024-03-08",
    "start_date": "2024-03-08", "end_date": "2025-03-07", "repayment_method": "按月付息、到期还本",
    "dispute_method": "court", "guarantor": "罗家伟", "guarantee_type": "连带责任保证", "guarantee_period_months": 36,
}, [], notes="overdue +30 % on 10 % = 13 % vs 4 × 3.45 % = 13.8 %: under the cap")

# ---------------------------------------------------------------------------------------------------------------
add("fs03_dianzi_peijian_yingshou_zhiya_zhongdeng.txt", "utf8", """借款合同
（应收账款质押）

合同编号：KL-2022-1010

出借人：东莞市凯联实业投资有限公司
住所：东莞市长安镇长青南路XX号
借款人：东莞市长安镇精达电子配件厂（个人独资企业）
投资人：温建平
住所：东莞市长安镇乌沙社区XX工业园B栋

第一条 借款金额：人民币伍拾万元整（¥500,000.00）。
第二条 借款用途：采购连接器端子、线束原材料。
第三条 借款期限：自2022年10月10日起至2024年10月9日止。
第四条 利率及付息：借款月利率为1.1%，按季付息，每季末月20日为付息日，借款到期时归还全部本金。
第五条 质押担保：借款人以其对东莞市华讯通讯科技有限公司享有的应收账款（对应发票12张，金额合计人民币捌拾陆万元）
出质，出借人于2022年10月11日在中国人民银行征信中心动产融资统一登记公示系统（中登网）办理质押登记，
登记证明编号：0183 6622 0001 5274 9931。质押期间借款人收到上述账款的，应先存入出借人认可的监管账户。
第六条 逾期还款：借款人逾期还款的，逾期部分按日万分之五计收逾期利息，直至清偿之日止。
第七条 争议解决：因本合同引起的争议，提交东莞仲裁委员会按其仲裁规则仲裁，仲裁裁决是终局的。
第八条 本合同一式贰份，双方各执壹份，自双方盖章之日起生效。

出借人（盖章）：东莞市凯联实业投资有限公司
借款人（盖章）：东莞市长安镇精达电子配件厂
投资人（签字）：温建平
签订日期：2022年10月10日
""", {
    "principal": "500000", "amount_delivered": "500000", "annual_rate": "0.132", "overdue_rate": "0.1825",
    "penalty_rate": None, "lender": "东莞市凯联实业投资有限公司", "lender_kind": "enterprise",
    "borrower": "东莞市长安镇精达电子配件厂", "borrower_kind": "enterprise", "contract_date": "2022-10-10",
    "start_date": "2022-10-10", "end_date": "2024-10-09", "repayment_method": "按季付息、到期还本",
    "dispute_method": "arbitration",
}, ["overdue_charges_above_cap"],
    notes="月1.1 % = 13.2 % under 14.6 %; overdue 日万分之五 = 18.25 % above; only security is the borrower's own "
          "receivables pledge: guarantor fields left out")

# ---------------------------------------------------------------------------------------------------------------
add("fs04_baoli_yingshou_zhangkuan_rongzi.docx", "docx", [
    ("h", "有追索权国内保理合同"),
    ("p", "合同编号：YS-BL-2023-1120"),
    ("p", "甲方（保理商）：广州市粤商商业保理有限公司"),
    ("p", "乙方（卖方、融资申请人）：东莞市塘厦镇华信电子有限公司"),
    ("p", "丙方（保证人）：陈国华（乙方法定代表人）"),
    ("p", "乙方将其对买方享有的应收账款转让予甲方，甲方向乙方提供保理融资。乙方未能于融资到期日足额清偿的，甲方有权向乙方追索。主要条款如下："),
    ("t", [
        ["项目", "内容"],
        ["应收账款债务人（买方）", "深圳市鹏瑞智能科技有限公司"],
        ["转让应收账款金额", "人民币柒拾伍万元整"],
        ["保理融资款", "人民币陆拾万元整（¥600,000.00），为应收账款金额的80%"],
        ["融资期限", "2023年11月20日至2024年11月19日"],
        ["融资年利率", "9%，按月支付融资利息，每月20日为结息日"],
        ["本金归还", "融资到期日一次归还融资本金（买方回款优先用于归还）"],
        ["保理服务费", "保理融资款的1%，由乙方在融资款发放前另行支付，不从融资款中扣除"],
        ["逾期利息", "乙方逾期归还的，按逾期金额每日万分之五计收逾期利息"],
    ]),
    ("p", "第八条 丙方对乙方在本合同项下的全部债务承担连带责任保证，保证期间为主债务履行期限届满之日起三年。"),
    ("p", "第九条 应收账款转让已在中国人民银行征信中心动产融资统一登记公示系统办理转让登记。"),
    ("p", "第十二条 因本合同发生的争议，提交广州仲裁委员会仲裁。"),
    ("p", "甲方（盖章）：广州市粤商商业保理有限公司    乙方（盖章）：东莞市塘厦镇华信电子有限公司    丙方：陈国华"),
    ("p", "签订日期：2023年11月20日"),
], {
    "principal": "600000", "amount_delivered": "600000", "annual_rate": "0.09", "overdue_rate": "0.1825",
    "penalty_rate": None, "lender": "广州市粤商商业保理有限公司", "lender_kind": "licensed_lender",
    "borrower": "东莞市塘厦镇华信电子有限公司", "borrower_kind": "enterprise", "contract_date": "2023-11-20",
    "start_date": "2023-11-20", "end_date": "2024-11-19", "repayment_method": "按月付息、到期还本",
    "dispute_method": "arbitration", "guarantor": "陈国华", "guarantee_type": "连带责任保证",
    "guarantee_period_months": 36,
}, ["cap_not_applicable_licensed_lender"], notes="商业保理 company (licensed, local); fee paid apart")

# ---------------------------------------------------------------------------------------------------------------
add("fs05_wujin_muju_zuofang_jietiao_2018.txt", "gb18030", """借  条

今借到邓永坚人民币捌万元正（80000元），用于南海区里水镇五金模具作坊买模具钢同埋一台二手火花机。
讲明每月利息两分半，即每月贰仟元，每月5号前畀利息，本金一年后即2019年5月31日前还清。

借款人：蔡志辉
身份证：4406**********0958
2018年6月1日

（以下为借条背面手写，黎国强照原件录入）
2021年3月20日  收到利息伍仟元  邓永坚
2023年11月2日  收到还款壹万元  邓永坚
""", {
    "principal": "80000", "amount_delivered": "80000", "annual_rate": "0.30", "overdue_rate": None,
    "penalty_rate": None, "lender": "邓永坚", "lender_kind": "natural_person", "borrower": "蔡志辉",
    "borrower_kind": "natural_person", "contract_date": "2018-06-01", "start_date": "2018-06-01",
    "end_date": "2019-05-31", "repayment_method": "按月付息、到期还本", "dispute_method": None, **NO_GUARANTEE,
}, ["pre_lpr_rate_rules", "no_overdue_rate_agreed", "limitation_period_expired"],
    notes="两分半 = 2.5 %/month = 30 % (24–36 % band), 2018; due 2019-05-31 → 2022-05-31; payment 2021-03-20 → "
          "2024-03-20; payment 2023-11-02 → 2026-11-02, before as_of: expired")

# ---------------------------------------------------------------------------------------------------------------
add("fs06_xianggang_gangbi_jiekuan_zhongying.txt", "utf8", """借款協議  LOAN AGREEMENT

貸款人（Lender）：恒昌國際貿易有限公司（HANG CHEONG INTERNATIONAL TRADING LIMITED）
地址：香港九龍觀塘道XXX號XX工業大廈12樓
借款人（Borrower）：佛山市南海區粵興外貿有限公司
地址：廣東省佛山市南海區桂城街道XX路XX號
保證人（Guarantor）：馮志堅

第一條 借款金額 本協議項下借款本金為港幣壹佰萬元整（HK$1,000,000.00），用於借款人向越南供應商支付美元貨款。
Article 1 Principal. The principal amount of the Loan is HK$1,000,000.00 (Hong Kong Dollars One Million Only).

第二條 借款期限 自2024年5月16日起至2025年5月15日止。
Article 2 Term. From 16 May 2024 to 15 May 2025.

第三條 利息 借款年利率為8%，按每年365日計算，到期與本金一併支付。
Article 3 Interest. The Loan bears interest at 8% per annum, calculated on a 365-day year, payable together with the
principal on the Maturity Date.

第四條 還款幣種 借款人應以港幣還款；經貸款人同意，可按還款當日中國銀行公佈的匯率折算為美元支付。

第五條 逾期 借款人未按期還款的，逾期款項按年利率18%計收逾期利息。
Article 5 Default Interest. Any overdue amount bears default interest at 18% per annum until paid in full.

第六條 保證 保證人馮志堅對借款人本協議項下全部債務承擔連帶責任保證，保證期間為主債務履行期限屆滿之日起兩年。

第七條 適用法律及爭議解決 本協議適用中華人民共和國內地法律。因本協議引起的爭議，提交深圳國際仲裁院仲裁。
Article 7 Governing Law and Disputes. This Agreement is governed by the laws of the People's Republic of China
(excluding Hong Kong). Any dispute shall be submitted to the Shenzhen Court of International Arbitration.

In case of any discrepancy between the two versions, the Chinese version shall prevail.

貸款人：恒昌國際貿易有限公司（蓋章）  授權代表：鄭家輝
借款人：佛山市南海區粵興外貿有限公司（蓋章）
保證人：馮志堅
簽署日期：2024年5月16日
""", {
    "principal": "1000000", "amount_delivered": "1000000", "annual_rate": "0.08", "overdue_rate": "0.18",
    "penalty_rate": None, "lender": "恒昌國際貿易有限公司", "lender_kind": "enterprise",
    "borrower": "佛山市南海區粵興外貿有限公司", "borrower_kind": "enterprise", "contract_date": "2024-05-16",
    "start_date": "2024-05-16", "end_date": "2025-05-15", "repayment_method": "到期一次性还本付息",
    "dispute_method": "arbitration", "guarantor": "馮志堅", "guarantee_type": "连带责任保证",
    "guarantee_period_months": 24,
}, ["overdue_charges_above_cap"],
    notes="principal is HK$ (written as the printed number; the currency is not a gold field); PRC law chosen; "
          "overdue 18 % vs 13.8 %")

# ---------------------------------------------------------------------------------------------------------------
add("fs07_waimao_xinyongzheng_baozhengjin_jiekuan.docx", "docx", [
    ("h", "借款合同"),
    ("p", "编号：FZ-2021-0618"),
    ("t", [
        ["出借人", "佛山市南海区丰泽贸易有限公司"],
        ["借款人", "佛山市南海区锦洋进出口有限公司"],
        ["保证人", "伍志强"],
        ["借款金额", "人民币叁拾万元整（¥300,000.00）"],
        ["借款用途", "向开证行申请开立即期信用证（金额USD 42,000.00，受益人为马来西亚木材供应商）所需的开证保证金"],
        ["借款期限", "2021年6月18日至2021年12月17日"],
        ["利率", "月利率1.5%"],
        ["还款方式", "借款到期时一次性归还本金及全部利息"],
        ["逾期利息", "按本合同约定利率的1.3倍计收"],
    ]),
    ("p", "第一条 出借人于合同签订当日将借款转入借款人账户。借款人收到信用证项下货物并完成内销回款后，应优先归还本借款。"),
    ("p", "第二条 保证人伍志强自愿为借款人在本合同项下的债务承担一般保证责任。"),
    ("p", "第三条 借款人未按期还款的，出借人有权按上表约定计收逾期利息，并要求保证人依法承担保证责任。"),
    ("p", "第四条 因本合同发生的争议，提交佛山仲裁委员会仲裁。"),
    ("p", "出借人（盖章）：佛山市南海区丰泽贸易有限公司    借款人（盖章）：佛山市南海区锦洋进出口有限公司    保证人：伍志强"),
    ("p", "签订日期：2021年6月18日"),
    ("h", "附：催收记录（黎国强据出借人提供的材料整理）"),
    ("p", "2024年10月8日，出借人以EMS邮寄《催款函》至借款人注册地址，要求归还借款本息，借款人法定代表人签收（邮件号 1087 6543 2109 8）。"),
], {
    "principal": "300000", "amount_delivered": "300000", "annual_rate": "0.18", "overdue_rate": "0.234",
    "penalty_rate": None, "lender": "佛山市南海区丰泽贸易有限公司", "lender_kind": "enterprise",
    "borrower": "佛山市南海区锦洋进出口有限公司", "borrower_kind": "enterprise", "contract_date": "2021-06-18",
    "start_date": "2021-06-18", "end_date": "2021-12-17", "repayment_method": "到期一次性还本付息",
    "dispute_method": "arbitration", "guarantor": "伍志强", "guarantee_type": "一般保证",
    "guarantee_period_months": None,
}, ["rate_above_4x_lpr", "overdue_charges_above_cap", "guarantee_period_defaults_to_6_months"],
    notes="月1.5 % = 18 % vs 15.4 %; overdue 1.3 × 18 % = 23.4 %; 一般保证 with no period (2021-06); due 2021-12-17, "
          "signed demand 2024-10-08 inside the period restarts it: not expired")

# ---------------------------------------------------------------------------------------------------------------
add("fs08_wuliu_guakao_huoche_diya_jiekuan.txt", "utf8", """借款协议

甲方（出借人）：钟伟强，身份证号4406**********3317
乙方（借款人）：陈家辉，身份证号4452**********0871
乙方系货车司机，其实际所有的重型半挂牵引车（车牌粤E·7K3**）挂靠于丙方名下经营。
丙方（抵押人）：佛山市顺德区顺达物流有限公司（该车辆登记所有人）

一、乙方因购买轮胎及支付车辆保险向甲方借款人民币壹拾贰万元整（¥120,000.00），甲方于2022年5月6日
通过银行转账一次性付清。
二、借款期限自2022年5月6日至2023年5月5日。每月利息贰仟肆佰元，乙方每月6日前支付当月利息，到期归还本金。
三、逾期未还的，乙方每日按未还本金的千分之一向甲方支付逾期利息。
四、丙方确认上述车辆实际所有人为乙方，同意以该车辆为乙方在本协议项下的债务提供抵押担保，并配合在车管所办理
抵押登记。乙方未还清借款前，丙方不得为该车辆办理过户或者退出挂靠手续。
五、因本协议发生争议，双方协商解决；协商不成的，向甲方住所地人民法院起诉。

甲方：钟伟强
乙方：陈家辉
丙方：佛山市顺德区顺达物流有限公司（盖章）
2022年5月6日
""", {
    "principal": "120000", "amount_delivered": "120000", "annual_rate": "0.24", "overdue_rate": "0.365",
    "penalty_rate": None, "lender": "钟伟强", "lender_kind": "natural_person", "borrower": "陈家辉",
    "borrower_kind": "natural_person", "contract_date": "2022-05-06", "start_date": "2022-05-06",
    "end_date": "2023-05-05", "repayment_method": "按月付息、到期还本", "dispute_method": "court",
}, ["rate_above_4x_lpr", "overdue_charges_above_cap", "limitation_period_expired"],
    notes="2,400 / 120,000 a month = 24 % vs 14.8 %; 日千分之一 = 36.5 %; the 挂靠 company is a 抵押人, not a 保证人: "
          "guarantor fields left out; due 2023-05-05 → 2026-05-05, nothing noted: expired")

# ---------------------------------------------------------------------------------------------------------------
add("fs09_chalou_puwei_zulinquan_jiekuan.txt", "utf8", """借款协议（茶楼铺位租赁权担保）

出借人：黄锦华
借款人：李少芬（悦香茶楼经营者）
担保人：邓耀祖

因悦香茶楼（佛山市禅城区祖庙路XX号首层）装修同周转需要，李少芬向黄锦华借款人民币贰拾万元正（¥200,000）。
黄锦华已于2021年9月1日转账畀李少芬。

一、利息按月息一分计，每月一号前畀清当月利息贰仟元，本金到2022年8月31日一次还清。
二、如逾期唔还，借款人每日额外畀罚款200元畀出借人，直至还清为止。
三、借款人同意：如到期冇还，出借人可以揾人接手茶楼铺位（租约至2027年止，业主已知悉），转租收入优先用嚟还款。
四、担保人邓耀祖愿意为此笔借款承担担保责任。
五、本协议一式三份，三方各执一份。

出借人：黄锦华
借款人：李少芬
担保人：邓耀祖
2021年9月1日

补记（黄锦华手写）：2024年12月3日，李少芬转账畀我伍仟元，备注“利息”。
""", {
    "principal": "200000", "amount_delivered": "200000", "annual_rate": "0.12", "lender": "黄锦华",
    "lender_kind": "natural_person", "borrower": "李少芬", "borrower_kind": "natural_person",
    "contract_date": "2021-09-01", "start_date": "2021-09-01", "end_date": "2022-08-31",
    "repayment_method": "按月付息、到期还本", "dispute_method": None, "guarantor": "邓耀祖",
    "guarantee_type": "unspecified", "guarantee_period_months": None,
}, ["overdue_charges_above_cap", "guarantee_type_defaults_to_general", "guarantee_period_defaults_to_6_months"],
    notes="overdue and penalty rates left out (a sum a day): 200 × 365 / 200,000 = 36.5 % vs 15.4 %; bare 担保责任 "
          "2021-09; due 2022-08-31, payment 2024-12-03 restarts: not expired")

# ---------------------------------------------------------------------------------------------------------------
add("fs10_cun_jiti_gufen_fenhong_zhiya.docx", "docx", [
    ("h", "借款及股份分红收益权质押合同"),
    ("t", [
        ["出借人", "潘锦棠"],
        ["借款人（出质人）", "潘志强"],
        ["出质人身份", "佛山市南海区大沥镇禾岗村股份经济合作社股东，股权证号：HG-0317"],
        ["借款金额", "人民币壹拾万元整（¥100,000.00）"],
        ["借款期限", "2023年7月10日至2025年7月9日"],
        ["年利率", "6%"],
        ["还款方式", "借款期满一次性归还本金及利息"],
        ["质押标的", "借款人在禾岗村股份经济合作社持有的集体股份2.6股所对应的2023年度至2025年度分红收益权"],
        ["逾期利息", "逾期未还部分按年利率12%计收"],
    ]),
    ("p", "一、合作社已在本合同上盖章确认：质押期间，上述股份的年度分红直接支付至出借人账户，用于抵扣借款本息，多退少补。"),
    ("p", "二、质押期间借款人不得转让、赠与上述股份或者以其再行设定担保。"),
    ("p", "三、因本合同发生的争议，向佛山市南海区人民法院起诉。"),
    ("p", "出借人：潘锦棠    借款人：潘志强    合作社确认（盖章）：佛山市南海区大沥镇禾岗村股份经济合作社"),
    ("p", "签订日期：2023年7月10日"),
], {
    "principal": "100000", "amount_delivered": "100000", "annual_rate": "0.06", "overdue_rate": "0.12",
    "penalty_rate": None, "lender": "潘锦棠", "lender_kind": "natural_person", "borrower": "潘志强",
    "borrower_kind": "natural_person", "contract_date": "2023-07-10", "start_date": "2023-07-10",
    "end_date": "2025-07-09", "repayment_method": "到期一次性还本付息", "dispute_method": "court",
}, [], notes="12 % overdue vs 4 × 3.55 % = 14.2 %: under; the borrower's own pledge: guarantor fields left out")

# ---------------------------------------------------------------------------------------------------------------
add("fs11_jiazu_qiye_hubao_jiekuan_hetong.txt", "utf8", """借款合同

合同编号：LF-2025-003

出借人（甲方）：佛山市三水区联发实业有限公司
借款人（乙方）：佛山市顺德区梁氏五金制品有限公司
保证人（丙方一）：佛山市顺德区梁记模具有限公司
保证人（丙方二）：梁启明

鉴于：乙方与丙方一分别由梁启明、梁启东兄弟经营，两家企业在各自对外融资中互相提供担保。

第一条 借款金额：人民币壹佰伍拾万元整（¥1,500,000.00）。
第二条 借款期限：自2025年1月15日起至2026年1月14日止。
第三条 利率：年利率12%，按季付息，每季末月20日支付，借款到期一次归还本金。
第四条 逾期：乙方未按期还款的，逾期部分按年利率18%计收逾期利息。
第五条 保证：丙方一、丙方二对乙方在本合同项下的全部债务承担连带责任保证，保证期间为主债务履行期限届满之日起二年。
第六条 争议解决：因本合同发生的争议，由佛山市三水区人民法院管辖。

甲方（盖章）：佛山市三水区联发实业有限公司
乙方（盖章）：佛山市顺德区梁氏五金制品有限公司
丙方一（盖章）：佛山市顺德区梁记模具有限公司
丙方二（签字）：梁启明
签订日期：2025年1月15日
""", {
    "principal": "1500000", "amount_delivered": "1500000", "annual_rate": "0.12", "overdue_rate": "0.18",
    "penalty_rate": None, "lender": "佛山市三水区联发实业有限公司", "lender_kind": "enterprise",
    "borrower": "佛山市顺德区梁氏五金制品有限公司", "borrower_kind": "enterprise", "contract_date": "2025-01-15",
    "start_date": "2025-01-15", "end_date": "2026-01-14", "repayment_method": "按季付息、到期还本",
    "dispute_method": "court", "guarantee_type": "连带责任保证", "guarantee_period_months": 24,
}, ["overdue_charges_above_cap"],
    notes="two guarantors: guarantor left out, type and period the same for both; 12 % vs 4 × 3.10 % = 12.4 %; "
          "overdue 18 % above")

# ---------------------------------------------------------------------------------------------------------------
add("fs12_xiaodai_fuwufei_guanlifei_baozhengjin.docx", "docx", [
    ("h", "个人经营性借款合同"),
    ("p", "合同编号：HY-XD-2024-0422"),
    ("t", [
        ["贷款人", "佛山市顺德区汇粤小额贷款有限公司"],
        ["借款人", "何家豪（经营顺德区伦教街道五金档）"],
        ["借款金额", "人民币贰拾万元整（¥200,000.00）"],
        ["借款期限", "12个月，自2024年4月22日起至2025年4月21日止"],
        ["借款利率", "月利率1.3%"],
        ["还款方式", "等额本息，每月22日还款，每期应还本息18,108.34元"],
        ["服务费", "借款金额的2%（人民币肆仟元），由借款人于放款前另行支付，不从借款本金中扣除"],
        ["账户管理费", "每月按借款本金的0.3%随每期还款支付"],
        ["履约保证金", "借款人另行交存人民币壹万元，借款结清后无息退还"],
        ["罚息", "借款人逾期还款的，按借款利率加收50%计收罚息"],
        ["保证人", "陈美玲（借款人配偶）"],
    ]),
    ("p", "第六条 保证人对借款人在本合同项下的全部债务承担连带责任保证，保证期间为主债务履行期限届满之日起三年。"),
    ("p", "第九条 因本合同发生的争议，向贷款人所在地人民法院起诉。"),
    ("p", "贷款人（盖章）：佛山市顺德区汇粤小额贷款有限公司    借款人：何家豪    保证人：陈美玲"),
    ("p", "签订日期：2024年4月22日"),
], {
    "principal": "200000", "amount_delivered": "200000", "annual_rate": "0.156", "overdue_rate": "0.234",
    "penalty_rate": None, "lender": "佛山市顺德区汇粤小额贷款有限公司", "lender_kind": "licensed_lender",
    "borrower": "何家豪", "borrower_kind": "natural_person", "contract_date": "2024-04-22",
    "start_date": "2024-04-22", "end_date": "2025-04-21", "repayment_method": "等额本息", "dispute_method": "court",
    "guarantor": "陈美玲", "guarantee_type": "连带责任保证", "guarantee_period_months": 36,
}, ["cap_not_applicable_licensed_lender"],
    notes="小贷 (licensed); 服务费 and 保证金 paid apart, not deducted: no interest_deducted_upfront")

# ---------------------------------------------------------------------------------------------------------------
add("fs13_guoqiao_xudai_maozhichang.txt", "utf8", """过桥借款协议

甲方（出借人）：东莞市恒裕投资咨询有限公司
乙方（借款人）：东莞市大朗镇锦绣毛织厂
丙方（保证人）：徐志雄（乙方法定代表人）

鉴于乙方在银行的流动资金贷款人民币贰佰万元将于2023年9月6日到期，银行已同意续贷，乙方需先行筹款归还旧贷，
经协商，甲方向乙方提供过桥资金。

一、借款金额：人民币贰佰万元整（¥2,000,000.00），甲方于2023年9月5日直接转入乙方在贷款银行开立的还款账户。
二、借款期限：10天，自2023年9月5日至2023年9月14日。续贷资金到账后，乙方应当日归还本协议借款。
三、利息：日利率千分之一，到期本息一次还清。
四、逾期：乙方逾期还款的，自逾期之日起按日千分之二计收逾期利息。
五、保证：丙方对乙方在本协议项下的全部债务承担连带责任保证，保证期间至乙方还清全部借款本息之日止。
六、争议解决：协商不成的，向甲方所在地人民法院起诉。

甲方（盖章）：东莞市恒裕投资咨询有限公司
乙方（盖章）：东莞市大朗镇锦绣毛织厂
丙方（签字）：徐志雄
签订日期：2023年9月5日

——————————
对账确认
乙方确认：截至2025年3月18日，尚欠甲方过桥借款本金捌拾万元及相应利息，乙方承诺尽快归还。
乙方（盖章）：东莞市大朗镇锦绣毛织厂    法定代表人（签字）：徐志雄
2025年3月18日
""", {
    "principal": "2000000", "amount_delivered": "2000000", "annual_rate": "0.365", "overdue_rate": "0.73",
    "penalty_rate": None, "lender": "东莞市恒裕投资咨询有限公司", "lender_kind": "enterprise",
    "borrower": "东莞市大朗镇锦绣毛织厂", "borrower_kind": "enterprise", "contract_date": "2023-09-05",
    "start_date": "2023-09-05", "end_date": "2023-09-14", "repayment_method": "到期一次性还本付息",
    "dispute_method": "court", "guarantor": "徐志雄", "guarantee_type": "连带责任保证",
    "guarantee_period_months": None,
}, ["rate_above_4x_lpr", "overdue_charges_above_cap", "guarantee_period_defaults_to_6_months"],
    notes="日千分之一 = 36.5 % vs 13.8 %; 日千分之二 = 73 %; period '至还清之日止' (担保制度解释 第32条); due "
          "2023-09-14, signed balance confirmation 2025-03-18 restarts: not expired")

# ---------------------------------------------------------------------------------------------------------------
add("fs14_nongshang_jingyingdai_lpr_jia85bp.docx", "docx", [
    ("h", "流动资金借款合同"),
    ("p", "合同编号：YH-LC-2024-1125-018"),
    ("t", [
        ["贷款人", "佛山粤华农村商业银行股份有限公司乐从支行"],
        ["借款人", "佛山市顺德区乐从镇金鼎家具有限公司"],
        ["借款金额", "人民币叁佰万元整（¥3,000,000.00）"],
        ["借款用途", "采购实木板材及支付展厅租金"],
        ["借款期限", "2024年11月25日至2025年11月24日"],
        ["借款利率", "以本合同签订日前一个工作日全国银行间同业拆借中心公布的1年期贷款市场报价利率（LPR，3.10%）为基础加85个基点（BP），即年利率3.95%，合同期内不调整"],
        ["结息及还款", "按月结息，每月20日为结息日；到期一次归还本金"],
        ["罚息", "逾期罚息利率为本合同约定利率上浮50%；对不能按时支付的利息，按罚息利率计收复利"],
    ]),
    ("t", [
        ["担保方式", "担保人", "担保合同"],
        ["保证", "广东粤信融资担保有限公司", "连带责任保证，保证期间为主债务履行期限届满之日起三年"],
        ["抵押", "郑国荣（借款人法定代表人）", "以其名下佛山市顺德区乐从镇XX花园X座住宅提供抵押，已办理抵押登记"],
    ]),
    ("p", "第十五条 因本合同发生的争议，向贷款人所在地人民法院起诉。"),
    ("p", "贷款人（盖章）：佛山粤华农村商业银行股份有限公司乐从支行    借款人（盖章）：佛山市顺德区乐从镇金鼎家具有限公司"),
    ("p", "签订日期：2024年11月25日"),
], {
    "principal": "3000000", "amount_delivered": "3000000", "annual_rate": "0.0395", "overdue_rate": "0.05925",
    "penalty_rate": None, "lender": "佛山粤华农村商业银行股份有限公司乐从支行", "lender_kind": "licensed_lender",
    "borrower": "佛山市顺德区乐从镇金鼎家具有限公司", "borrower_kind": "enterprise", "contract_date": "2024-11-25",
    "start_date": "2024-11-25", "end_date": "2025-11-24", "repayment_method": "按月付息、到期还本",
    "dispute_method": "court", "guarantor": "广东粤信融资担保有限公司", "guarantee_type": "连带责任保证",
    "guarantee_period_months": 36,
}, ["cap_not_applicable_licensed_lender"],
    notes="LPR 3.10 % + 85 BP = 3.95 %; 罚息 +50 % = 5.925 %; bank compound interest is licensed business: no "
          "compound finding; guarantor = the 保证 (the 融资担保 company), the 抵押人 is not a 保证人")

# ---------------------------------------------------------------------------------------------------------------
add("fs15_fangchan_diya_jiekuan_2019.txt", "utf8", """房产抵押借款合同

出借人（抵押权人）：冼国栋，身份证号4419**********1274
借款人（抵押人）：谭美华，身份证号4419**********2346

一、借款金额：人民币伍拾万元整（¥500,000.00），出借人于2019年3月20日转账至借款人账户。
二、借款期限：2019年3月20日至2020年3月19日。
三、利息：年利率20%，按月支付利息，每月20日前付清当月利息，到期归还本金。
四、逾期：借款人逾期还款的，逾期部分按年利率24%计收逾期利息。
五、抵押：借款人以其名下位于东莞市南城街道XX花园X栋XXX房的房产（不动产权证号：粤（2018）东莞不动产权第02XXXXX号）
提供抵押担保，双方于2019年3月22日在东莞市不动产登记中心办理抵押登记。
六、争议解决：因本合同发生的争议，向东莞市第一人民法院起诉。

出借人：冼国栋
借款人：谭美华
签订日期：2019年3月20日

——————————
催收及还款记录（黎国强据原件复印件整理）
1. 2022年12月30日，冼国栋委托广东某律师事务所向谭美华发出《律师函》，谭美华本人签收。
2. 2025年8月8日，谭美华转账还款人民币壹拾万元，附言“还本金”。
""", {
    "principal": "500000", "amount_delivered": "500000", "annual_rate": "0.20", "overdue_rate": "0.24",
    "penalty_rate": None, "lender": "冼国栋", "lender_kind": "natural_person", "borrower": "谭美华",
    "borrower_kind": "natural_person", "contract_date": "2019-03-20", "start_date": "2019-03-20",
    "end_date": "2020-03-19", "repayment_method": "按月付息、到期还本", "dispute_method": "court",
}, ["pre_lpr_rate_rules"],
    notes="2019-03-20 is before the first LPR: 20 % in the supported band, notice only; overdue 24 % pre-LPR: no LPR "
          "finding; due 2020-03-19 → 2023-03-19; 律师函 2022-12-30 → 2025-12-30; payment 2025-08-08 → 2028: not "
          "expired; borrower's own mortgage: guarantor fields left out")

# ---------------------------------------------------------------------------------------------------------------
add("fs16_diandang_laolishi_shoubiao.txt", "utf8", """典当借款合同（当票附件）

当票号：JH-2024-06120
典当行：东莞市金汇典当有限责任公司
当户：叶志文，身份证号4419**********5518

一、当物：劳力士男装手表一只（型号及编号见当票），经双方确认估价人民币捌万元。
二、当金：人民币伍万元整（¥50,000.00），典当行于2024年6月12日一次性转入当户账户。
三、典当期限：6个月，自2024年6月12日起至2024年12月11日止。
四、月利率0.5%；综合费用月费率2.7%。利息及综合费用按月支付，每月12日前交付，不在当金中预先扣除。当期届满时
当户偿还当金赎回当物。
五、典当期限届满后五日内，当户既不赎当也不续当的，为绝当，典当行可依法处分当物。
六、因本合同发生的争议，向典当行所在地人民法院起诉。

典当行（盖章）：东莞市金汇典当有限责任公司
当户（签字）：叶志文
日期：2024年6月12日
""", {
    "principal": "50000", "amount_delivered": "50000", "annual_rate": "0.06", "overdue_rate": None,
    "penalty_rate": None, "lender": "东莞市金汇典当有限责任公司", "lender_kind": "licensed_lender",
    "borrower": "叶志文", "borrower_kind": "natural_person", "contract_date": "2024-06-12",
    "start_date": "2024-06-12", "end_date": "2024-12-11", "repayment_method": "按月付息、到期还本",
    "dispute_method": "court",
}, ["cap_not_applicable_licensed_lender"],
    notes="典当行 (licensed); annual_rate is the 0.5 %/month interest, 综合费 apart; 当物 is the borrower's own: "
          "guarantor fields left out")

# ---------------------------------------------------------------------------------------------------------------
add("fs17_rongzi_zulin_cnc_jichuang.docx", "docx", [
    ("h", "融资租赁合同（直租）"),
    ("p", "合同编号：YT-ZL-2023-0215"),
    ("t", [
        ["出租人", "广东粤通融资租赁有限公司"],
        ["承租人", "东莞市长安镇精工五金模具厂"],
        ["租赁物", "CNC立式加工中心4台（型号VMC-850），出卖人：东莞市锐锋数控机床有限公司"],
        ["融资额", "人民币壹佰贰拾万元整（¥1,200,000.00），由出租人直接支付给出卖人"],
        ["租赁期限", "36个月，自2023年2月15日起至2026年2月14日止"],
        ["租赁年利率", "8.5%"],
        ["租金支付", "等额本息，按月支付，每月15日为租金支付日，每期租金37,881.04元"],
        ["手续费", "融资额的3%，由承租人于起租日前另行支付"],
        ["租赁保证金", "人民币壹拾贰万元，由承租人另行支付，租期届满无违约的抵作最后三期租金"],
        ["逾期罚息", "承租人逾期支付租金的，按逾期金额每日万分之五计收逾期罚息"],
    ]),
    ("p", "第十一条 保证人张伟（承租人投资人）对承租人在本合同项下的全部债务承担连带责任保证，保证期间为主债务履行期限届满之日起两年。"),
    ("p", "第十三条 租赁期满，承租人付清全部租金及其他款项后，以人民币壹佰元留购租赁物。"),
    ("p", "第十六条 因本合同发生的争议，提交广州仲裁委员会仲裁。"),
    ("p", "出租人（盖章）：广东粤通融资租赁有限公司    承租人（盖章）：东莞市长安镇精工五金模具厂    保证人：张伟"),
    ("p", "签订日期：2023年2月15日"),
], {
    "principal": "1200000", "amount_delivered": "1200000", "annual_rate": "0.085", "overdue_rate": "0.1825",
    "penalty_rate": None, "lender": "广东粤通融资租赁有限公司", "lender_kind": "licensed_lender",
    "borrower": "东莞市长安镇精工五金模具厂", "borrower_kind": "enterprise", "contract_date": "2023-02-15",
    "start_date": "2023-02-15", "end_date": "2026-02-14", "repayment_method": "等额本息",
    "dispute_method": "arbitration", "guarantor": "张伟", "guarantee_type": "连带责任保证",
    "guarantee_period_months": 24,
}, ["cap_not_applicable_licensed_lender"],
    notes="融资租赁 (licensed); rent 37,881.04 = annuity of 1,200,000 at 8.5 %/12 over 36 months; fee and deposit "
          "paid apart")

# ---------------------------------------------------------------------------------------------------------------
add("fs18_huankuan_xieyi_lixi_jiru_benjin.txt", "utf8", """还款协议

甲方（出借人）：陈振华
乙方（借款人）：莫家俊
丙方（保证人）：莫家杰（乙方之兄）

2022年4月10日，乙方向甲方借款人民币叁拾万元，约定月利率1.5%，借期一年。借款到期后，乙方未能按约归还。
经甲乙双方对账，三方协商一致，达成如下协议：

一、截至2024年9月20日，乙方尚欠甲方借款本金叁拾万元及利息叁万陆仟元（已扣除乙方已付利息），合计叁拾叁万陆仟元。
双方同意将上述利息计入本金，以叁拾叁万陆仟元作为乙方尚欠本金。
二、上述本金自2024年9月21日起按原约定月利率1.5%继续计息，利息随每期还款一并支付。乙方按以下计划归还本金：
    第1期  2024年10月31日前  伍万元
    第2期  2024年12月31日前  陆万元
    第3期  2025年2月28日前   陆万元
    第4期  2025年4月30日前   捌万元
    第5期  2025年6月30日前   捌万陆仟元
三、乙方任何一期未按时足额还款的，甲方有权要求乙方一次性偿还全部剩余款项，并自逾期之日起按年利率24%计付逾期利息。
四、丙方自愿为乙方在本协议项下的全部债务承担连带保证责任，保证期间为最后一期还款期限届满之日起二年。
五、因本协议发生争议，向甲方所在地人民法院起诉。

甲方：陈振华
乙方：莫家俊
丙方：莫家杰
2024年9月20日
""", {
    "annual_rate": "0.18", "overdue_rate": "0.24", "penalty_rate": None, "lender": "陈振华",
    "lender_kind": "natural_person", "borrower": "莫家俊", "borrower_kind": "natural_person",
    "repayment_method": "分期还款", "dispute_method": "court", "guarantor": "莫家杰",
    "guarantee_type": "连带责任保证", "guarantee_period_months": 24,
}, ["rate_above_4x_lpr", "overdue_charges_above_cap", "compound_interest_restated"],
    notes="later agreement: principal (300,000 / 336,000) and dates left out; 18 % above 14.8 % (loan 2022-04-10) and "
          "13.4 % (agreement 2024-09-20); interest 36,000 rolled into principal; overdue 24 %")

# ---------------------------------------------------------------------------------------------------------------
add("fs19_yiwudizhai_fanggu_cizhuan.txt", "utf8", """以物抵债协议

甲方（债权人）：区伟文，身份证号4406**********0431
乙方（债务人）：佛山市高明区美华陶瓷有限公司

鉴于：2021年5月8日，乙方向甲方借款人民币肆拾万元，约定年利率12%，借期一年，至2022年5月7日到期。乙方至今未归还
本金，尚欠本金肆拾万元及利息伍万元。

经协商，双方同意以物抵债：
一、乙方以其库存的仿古砖（规格600×600mm，型号MH-6A08）共计9,000平方米，按每平方米伍拾元作价，合计人民币肆拾伍万元，
抵偿乙方所欠甲方上述借款本金及利息。
二、乙方应于本协议签订之日起十五日内在其高明区更合镇仓库将上述瓷砖交付甲方，甲方验收签字后，双方之间的上述借款
债权债务全部结清。
三、乙方逾期交付或者交付的瓷砖质量不符合约定的，甲方有权解除本协议，继续按原借款合同主张权利。
四、因本协议发生争议，向佛山市高明区人民法院起诉。

甲方：区伟文
乙方（盖章）：佛山市高明区美华陶瓷有限公司
2024年1月18日
""", {
    "principal": "400000", "annual_rate": "0.12", "lender": "区伟文", "lender_kind": "natural_person",
    "borrower": "佛山市高明区美华陶瓷有限公司", "borrower_kind": "enterprise", "dispute_method": "court",
}, [], notes="以物抵债 of a 2021 loan at 12 % (under 15.4 %); a recital: dates, overdue, repayment, guarantee left out")

# ---------------------------------------------------------------------------------------------------------------
add("fs20_zhaiwu_querenshu_2017_jiekuan.txt", "gb18030", """债务确认书

本人黄志勇（身份证号：4406**********1852）于2017年10月12日向梁国华借款人民币贰拾万元整，双方约定月息2分，借期一年。
截至本确认书签署之日，本人已归还本金贰万元，尚欠本金壹拾捌万元及相应利息未还。

本人确认上述债务真实无误，并承诺于2022年12月31日前将所欠本金及利息全部还清。

确认人：黄志勇
2022年3月5日

债权人签收：梁国华
""", {
    "annual_rate": "0.24", "lender": "梁国华", "lender_kind": "natural_person", "borrower": "黄志勇",
    "borrower_kind": "natural_person", "dispute_method": None,
}, ["pre_lpr_rate_rules", "limitation_period_expired"],
    notes="2017 loan at 24 %: pre-LPR notice; the confirmation (after the first period ran out in 2021-10) is consent "
          "to perform with a new date 2022-12-31 → 2025-12-31, before as_of: expired; recital: no overdue finding")

# ---------------------------------------------------------------------------------------------------------------
add("fs21_minshi_tiaojieshu_shunde_wujinchang.txt", "utf8", """广东省佛山市顺德区人民法院
民 事 调 解 书
（2025）粤0606民初XXXX号

原告：吴家明，男，汉族，住佛山市顺德区容桂街道XX路XX号。
被告：佛山市顺德区容桂兴隆五金加工厂，住所地佛山市顺德区容桂街道XX工业区。
经营者：苏国雄。

原告吴家明与被告佛山市顺德区容桂兴隆五金加工厂民间借贷纠纷一案，本院于2025年3月3日立案后，依法适用简易程序进行审理。

原告诉称：2022年11月8日，被告向原告借款人民币叁拾伍万元，约定月利率2%，借期六个月。借款到期后，被告仅支付部分利息，
尚欠本金及利息未还，故诉至法院。

本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议：
一、被告佛山市顺德区容桂兴隆五金加工厂确认尚欠原告吴家明借款本金350,000元及利息50,000元，合计400,000元，
分三期支付：2025年5月31日前支付100,000元；2025年8月31日前支付150,000元；2025年12月31日前支付150,000元；
二、被告如未按期足额履行上述任何一期付款义务，原告有权就全部未付款项一并申请强制执行；
三、原告放弃其他诉讼请求；
四、案件受理费减半收取3,650元，由被告负担。

上述协议，不违反法律规定，本院予以确认。
本调解书经双方当事人签收后，即具有法律效力。

审判员  XXX
二〇二五年四月十六日
书记员  XXX
""", {
    "principal": "350000", "lender": "吴家明", "lender_kind": "natural_person",
    "borrower": "佛山市顺德区容桂兴隆五金加工厂", "borrower_kind": "enterprise",
}, [], notes="court 调解书: the recited 24 % is settled into fixed sums, no rate finding; rate, dates, overdue, "
              "repayment, dispute and guarantee left out")

# ---------------------------------------------------------------------------------------------------------------
add("fs22_renmin_tiaojie_xieyi_lecong.txt", "utf8", """佛山市顺德区乐从镇人民调解委员会
人民调解协议书
（2024）乐调字第0XX号

当事人：
申请人：卢汉光，男，住佛山市顺德区乐从镇XX村。
被申请人：杜志成，男，住佛山市顺德区乐从镇XX社区。

纠纷简要情况：2022年6月15日，杜志成向卢汉光借款人民币壹拾贰万元，约定月息1分（每月利息壹仟贰佰元），借期一年。
借款到期后，杜志成仅支付利息至2023年6月，本金及其后利息一直未还。卢汉光多次追讨无果，于2024年6月向本委员会申请调解。

经调解，双方自愿达成如下协议：
一、杜志成确认尚欠卢汉光借款本金壹拾贰万元，利息按原约定月息1分计算至本金还清之日止。
二、杜志成按以下期限归还本金：2024年8月31日前叁万元；2024年12月31日前叁万元；2025年3月31日前叁万元；
2025年6月30日前还清余款叁万元及全部利息。
三、杜志成任何一期未按时还款的，除继续计付利息外，还须按未还金额每日万分之六向卢汉光支付违约金。
四、双方可自本协议生效之日起三十日内共同向人民法院申请司法确认。

申请人：卢汉光          被申请人：杜志成
人民调解员：区惠芳      记录人：黎国强
佛山市顺德区乐从镇人民调解委员会（印章）
2024年7月5日
""", {
    "principal": "120000", "annual_rate": "0.12", "overdue_rate": "0.12", "penalty_rate": "0.219",
    "lender": "卢汉光", "lender_kind": "natural_person", "borrower": "杜志成", "borrower_kind": "natural_person",
    "repayment_method": "分期还款",
}, ["overdue_charges_above_cap"],
    notes="人民调解协议 is a contract, not a court paper; 12 % + 日万分之六 (21.9 %) = 33.9 % vs 14.8 % (loan date) "
          "and 13.8 % (agreement date); dates, dispute and guarantee left out")

# ---------------------------------------------------------------------------------------------------------------
add("fs23_weixin_liaotian_jiekuan_jilu.txt", "utf8", """微信聊天记录（截图文字整理）

整理人：黎国强（据出借人手机截图逐字录入）
出借人：罗志华，微信名“华仔五金”
借款人：区家明，微信名“明仔”

2023-02-08 10:12  明仔：华哥，想问你借5万蚊周转下，厂里面啲货款未收返
2023-02-08 10:15  华仔五金：几时还？
2023-02-08 10:16  明仔：下个月尾一定还得返你
2023-02-08 10:18  华仔五金：利息点计？
2023-02-08 10:20  明仔：利息你睇住嚟啦，我唔会亏待你嘅
2023-02-08 10:21  华仔五金：咁好啦，我而家转畀你
2023-02-08 10:25  [转账] 华仔五金 向 明仔 转账 ¥50,000.00，明仔已收款
2023-02-08 10:26  明仔：收到，多谢华哥！

2024-06-03 19:40  华仔五金：明仔，上年借嗰5万，几时还返？
2024-06-03 22:15  明仔：华哥，最近生意差，迟啲先

2025-11-20 20:05  华仔五金：明仔，嗰5万几时还？拖咗成两年几喇
2025-11-20 21:40  明仔：华哥唔好意思，年尾货款收返一定还你，冇走数嘅
""", {
    "principal": "50000", "amount_delivered": "50000", "overdue_rate": None, "penalty_rate": None,
    "lender": "罗志华", "lender_kind": "natural_person", "borrower": "区家明", "borrower_kind": "natural_person",
    "contract_date": "2023-02-08", "start_date": "2023-02-08", "dispute_method": None, **NO_GUARANTEE,
}, ["no_interest_agreed", "no_overdue_rate_agreed"],
    notes="'利息你睇住嚟啦' = interest agreed unclearly between natural persons (民法典 第680条): annual_rate left out; "
          "due '下个月尾' (2023-03-31) left out; demands answered 2024-06-03 and 2025-11-20: not expired")

# ---------------------------------------------------------------------------------------------------------------
add("fs24_jietiao_kantouxi_shouxufei.txt", "utf8", """借  条

今借到冯家乐人民币壹拾万元整（¥100,000.00），月息2分，每月15日前付利息贰仟元，借期半年，2025年2月14日前还清本金。
逾期不还，每日按伍佰元支付违约金。

借款人：苏永康
身份证号：4406**********7719
2024年8月15日

——————————
收款说明
冯家乐于2024年8月15日通过微信转账畀我玖万伍仟元，讲明第一个月利息贰仟元同手续费叁仟元已经预先扣除。
苏永康
2024年8月15日
""", {
    "principal": "100000", "amount_delivered": "95000", "annual_rate": "0.24", "lender": "冯家乐",
    "lender_kind": "natural_person", "borrower": "苏永康", "borrower_kind": "natural_person",
    "contract_date": "2024-08-15", "start_date": "2024-08-15", "end_date": "2025-02-14",
    "repayment_method": "按月付息、到期还本", "dispute_method": None, **NO_GUARANTEE,
}, ["rate_above_4x_lpr", "interest_deducted_upfront", "overdue_charges_above_cap"],
    notes="24 % vs 4 × 3.35 % = 13.4 %; 5,000 taken out up front (interest 2,000 + fee 3,000); 500/day "
          "(182.5 %) — overdue and penalty rates left out (a sum a day)")

# ---------------------------------------------------------------------------------------------------------------
add("fs25_jiancai_taoci_jiekuan_fuli.docx", "docx", [
    ("h", "借款合同"),
    ("p", "合同编号：RD-JK-2021-0301"),
    ("p", "甲方（出借人）：佛山市高明区瑞达建材有限公司"),
    ("p", "乙方（借款人）：佛山市高明区新景陶瓷有限公司"),
    ("p", "丙方（保证人）：何国强（乙方股东）"),
    ("t", [
        ["条款", "约定"],
        ["借款金额", "人民币贰佰万元整（¥2,000,000.00）"],
        ["借款期限", "2021年3月1日至2024年2月28日"],
        ["借款年利率", "9.6%"],
        ["结息方式", "按季结息，每季末月21日为结息日，借款到期归还本金"],
        ["复利", "乙方未按期支付的利息，自应付之日起计入本金，按本合同约定利率计收复利"],
        ["逾期罚息", "逾期借款按本合同约定利率加收30%计收罚息"],
    ]),
    ("p", "第五条 丙方对乙方在本合同项下的全部债务承担连带责任保证，保证期间为主债务履行期限届满之日起三年。"),
    ("p", "第八条 因本合同发生的争议，由佛山市高明区人民法院管辖。"),
    ("p", "甲方（盖章）：佛山市高明区瑞达建材有限公司    乙方（盖章）：佛山市高明区新景陶瓷有限公司    丙方：何国强"),
    ("p", "签订日期：2021年3月1日"),
], {
    "principal": "2000000", "amount_delivered": "2000000", "annual_rate": "0.096", "overdue_rate": "0.1248",
    "penalty_rate": None, "lender": "佛山市高明区瑞达建材有限公司", "lender_kind": "enterprise",
    "borrower": "佛山市高明区新景陶瓷有限公司", "borrower_kind": "enterprise", "contract_date": "2021-03-01",
    "start_date": "2021-03-01", "end_date": "2024-02-28", "repayment_method": "按季付息、到期还本",
    "dispute_method": "court", "guarantor": "何国强", "guarantee_type": "连带责任保证", "guarantee_period_months": 36,
}, ["compound_interest_restated"],
    notes="unpaid interest added to principal (compound), private lending; 9.6 % and 12.48 % under 15.4 %")

# ---------------------------------------------------------------------------------------------------------------
add("fs26_baozheng_hetong_canyindian_wuqixian.txt", "utf8", """保证合同

债权人（甲方）：佛山市南海区金沙贸易有限公司
保证人（乙方）：黄伟明，身份证号4406**********3390
债务人：佛山市南海区桂城明记餐饮店

鉴于债务人与甲方于2025年3月10日签订《借款合同》（编号JS-2025-011），向甲方借款人民币叁拾万元整，借款期限一年。
为保障甲方债权的实现，乙方自愿为债务人提供担保，双方订立本合同。

第一条 被保证的主债权为上述《借款合同》项下的借款本金人民币叁拾万元整。
第二条 保证范围：主债权本金、利息、逾期利息、违约金及甲方实现债权的费用。
第三条 保证方式：乙方愿意就上述债务承担保证责任。
第四条 保证期间：至主合同项下全部借款本息还清时为止。
第五条 本合同自双方签字盖章之日起生效。
第六条 因本合同发生的争议，向甲方所在地人民法院起诉。

甲方（盖章）：佛山市南海区金沙贸易有限公司
乙方（签字）：黄伟明
2025年3月10日
""", {
    "principal": "300000", "lender": "佛山市南海区金沙贸易有限公司", "lender_kind": "enterprise",
    "borrower": "佛山市南海区桂城明记餐饮店", "borrower_kind": "enterprise", "dispute_method": "court",
    "guarantor": "黄伟明", "guarantee_type": "unspecified", "guarantee_period_months": None,
}, ["guarantee_type_defaults_to_general", "guarantee_period_defaults_to_6_months"],
    notes="保证合同 2025: '承担保证责任' with no type; period '至本息还清时为止'; rates, dates and repayment in the "
          "main contract: left out")

# ---------------------------------------------------------------------------------------------------------------
add("fs27_weituo_daikuan_fuzhuang_humen.txt", "utf8", """委托贷款借款合同

合同编号：WT-2023-1212

委托人：东莞市华晟投资有限公司
受托人（贷款人）：东莞粤丰银行股份有限公司虎门支行
借款人：东莞市虎门镇美琪服装有限公司

根据委托人的委托，受托人以委托人提供的资金向借款人发放委托贷款。受托人不承担贷款风险，仅收取委托贷款手续费
（由委托人支付）；贷款对象、金额、期限、利率均由委托人确定。

第一条 委托贷款金额：人民币伍佰万元整（¥5,000,000.00）。
第二条 借款期限：自2023年12月12日起至2024年12月11日止。
第三条 借款利率：年利率13%，按季结息，每季末月20日为结息日，到期一次归还本金。
第四条 罚息：借款人未按期归还本金的，自逾期之日起按本合同约定利率加收50%计收罚息。
第五条 本合同项下借款无担保。
第六条 因本合同发生的争议，向受托人所在地人民法院起诉。

委托人（盖章）：东莞市华晟投资有限公司
受托人（盖章）：东莞粤丰银行股份有限公司虎门支行
借款人（盖章）：东莞市虎门镇美琪服装有限公司
签订日期：2023年12月12日
""", {
    "principal": "5000000", "amount_delivered": "5000000", "annual_rate": "0.13", "overdue_rate": "0.195",
    "penalty_rate": None, "lender": "东莞市华晟投资有限公司", "lender_kind": "enterprise",
    "borrower": "东莞市虎门镇美琪服装有限公司", "borrower_kind": "enterprise", "contract_date": "2023-12-12",
    "start_date": "2023-12-12", "end_date": "2024-12-11", "repayment_method": "按季付息、到期还本",
    "dispute_method": "court", **NO_GUARANTEE,
}, ["overdue_charges_above_cap"],
    notes="委托贷款: lender = 委托人 (money and risk are its), private lending; 13 % under 13.8 %; 罚息 19.5 % above")

# ---------------------------------------------------------------------------------------------------------------
add("fs28_jieju_2011_yuexi3fen.txt", "gb18030", """借  据

今借到周炳权人民币叁万元正（30000元），月息叁分，即每月玖佰元，本息到期一齐还清。
还款日期：二〇一二年十一月十九日。

借款人：关少华
二〇一一年十一月二十日
""", {
    "principal": "30000", "amount_delivered": "30000", "annual_rate": "0.36", "overdue_rate": None,
    "penalty_rate": None, "lender": "周炳权", "lender_kind": "natural_person", "borrower": "关少华",
    "borrower_kind": "natural_person", "contract_date": "2011-11-20", "start_date": "2011-11-20",
    "end_date": "2012-11-19", "repayment_method": "到期一次性还本付息", "dispute_method": None, **NO_GUARANTEE,
}, ["pre_lpr_rate_rules", "no_overdue_rate_agreed", "limitation_period_expired"],
    notes="2011 月息三分 = 36 % (at the void line, not above); due 2012-11-19, nothing noted: long expired")

# ---------------------------------------------------------------------------------------------------------------
add("fs29_canyindian_zhuangxiu_huankuan_jihua.docx", "docx", [
    ("h", "借款合同"),
    ("p", "出借人：林惠珍"),
    ("p", "借款人：佛山市顺德区容桂德华餐饮店（个体工商户，经营者吴德华）"),
    ("p", "保证人：麦丽娟（经营者之配偶）"),
    ("p", "第一条 借款金额为人民币贰拾肆万元整（¥240,000.00），用于餐饮店装修及添置厨房设备，出借人于2025年6月5日转账至借款人账户。"),
    ("p", "第二条 借款期限自2025年6月5日起至2026年6月4日止。借款月利率为1%，利息按月支付，以当期未还本金计算。"),
    ("p", "第三条 借款人按下表分期归还本金："),
    ("t", [
        ["期数", "还本日期", "归还本金（元）", "备注"],
        ["1", "2025年8月5日", "20,000", ""],
        ["2", "2025年10月5日", "30,000", "国庆后"],
        ["3", "2025年12月5日", "40,000", ""],
        ["4", "2026年2月5日", "50,000", "春节旺季后"],
        ["5", "2026年4月5日", "50,000", ""],
        ["6", "2026年6月4日", "50,000", "还清"],
        ["合计", "", "240,000", ""],
    ]),
    ("p", "第四条 借款人未按期归还的，逾期部分按月利率1.5%计收逾期利息。"),
    ("p", "第五条 保证人对借款人在本合同项下的全部债务承担连带责任保证，保证期间为六个月，自主债务履行期限届满之日起计算。"),
    ("p", "第六条 因本合同发生的争议，向佛山市顺德区人民法院起诉。"),
    ("p", "出借人：林惠珍    借款人：佛山市顺德区容桂德华餐饮店（经营者吴德华签字）    保证人：麦丽娟"),
    ("p", "签订日期：2025年6月5日"),
], {
    "principal": "240000", "amount_delivered": "240000", "annual_rate": "0.12", "overdue_rate": "0.18",
    "penalty_rate": None, "lender": "林惠珍", "lender_kind": "natural_person",
    "borrower": "佛山市顺德区容桂德华餐饮店", "borrower_kind": "enterprise", "contract_date": "2025-06-05",
    "start_date": "2025-06-05", "end_date": "2026-06-04", "repayment_method": "分期还款", "dispute_method": "court",
    "guarantor": "麦丽娟", "guarantee_type": "连带责任保证", "guarantee_period_months": 6,
}, ["overdue_charges_above_cap"],
    notes="12 % = 4 × 3.00 % exactly (2025-06-05, inside the LPR table's cover): not above; overdue 18 % above; "
          "a stated six-month period: no period finding")

# ---------------------------------------------------------------------------------------------------------------
add("fs30_changfang_qianzu_zhuan_jiekuan.txt", "utf8", """借款合同（厂房欠租转借款）

甲方（出借人、出租人）：东莞市寮步镇富盈实业有限公司
乙方（借款人、承租人）：东莞市寮步镇金艺陶瓷工艺品厂
丙方（保证人）：张志刚（乙方投资人）

鉴于乙方租用甲方位于东莞市寮步镇XX工业区的厂房（建筑面积4,800平方米），截至2025年1月31日尚欠租金及管理费人民币
叁拾陆万元。经协商，双方同意将上述欠款转为乙方向甲方的借款，租赁合同继续履行。

第一条 借款金额：人民币叁拾陆万元整（¥360,000.00）。
第二条 借款期限：自2025年2月18日起至2026年2月17日止。
第三条 利率：按本合同签订时一年期贷款市场报价利率（LPR，3.10%）的四倍，即年利率12.4%计算，按月付息，每月18日支付，
到期一次归还本金。
第四条 逾期：乙方逾期还款的，逾期利息按本合同利率继续计收，并另按逾期金额每日万分之三支付违约金。
第五条 保证：丙方对乙方在本合同项下的债务承担一般保证责任。
第六条 争议解决：因本合同发生的争议，提交东莞仲裁委员会仲裁。

甲方（盖章）：东莞市寮步镇富盈实业有限公司
乙方（盖章）：东莞市寮步镇金艺陶瓷工艺品厂
丙方（签字）：张志刚
签订日期：2025年2月18日
""", {
    "principal": "360000", "annual_rate": "0.124", "overdue_rate": "0.124", "penalty_rate": "0.1095",
    "lender": "东莞市寮步镇富盈实业有限公司", "lender_kind": "enterprise",
    "borrower": "东莞市寮步镇金艺陶瓷工艺品厂", "borrower_kind": "enterprise", "contract_date": "2025-02-18",
    "start_date": "2025-02-18", "end_date": "2026-02-17", "repayment_method": "按月付息、到期还本",
    "dispute_method": "arbitration", "guarantor": "张志刚", "guarantee_type": "一般保证",
    "guarantee_period_months": None,
}, ["overdue_charges_above_cap", "guarantee_period_defaults_to_6_months"],
    notes="rent owed turned into a loan: no money handed over, amount_delivered left out; 12.4 % = cap exactly; "
          "overdue 12.4 % + 违约金 10.95 % = 23.35 % above; 一般保证 with no period (2025)")

# ---------------------------------------------------------------------------------------------------------------
DOCX = cb.DocxMeta(author="黎国强", fixed_time=(2026, 12, 28, 10, 30, 0), font_pt=11.0, file_mode=0o644)


def build() -> None:
    cb.write_documents(HERE, [(d["file"], d["fmt"], d["body"]) for d in DOCS], DOCX, expected=30)
    cb.write_gold(HERE / "gold.jsonl", [d["gold"] for d in DOCS])
    print(f"wrote {len(DOCS)} documents and gold.jsonl to {HERE}")


if __name__ == "__main__":
    build()
