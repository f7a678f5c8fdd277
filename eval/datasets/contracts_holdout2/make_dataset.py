"""Build the contracts_holdout2 set: 30 loan / guarantee documents (TXT UTF-8, TXT GB18030, DOCX) + gold.jsonl.

Held out: never tune on these rows. Written blind to the extractor (see SOURCE.md).
Deterministic: fixed texts, fixed DOCX core properties, fixed zip timestamps.
Run: /work/main/.venv/bin/python eval/datasets/contracts_holdout2/make_dataset.py
"""
from __future__ import annotations

import io
import json
import zipfile
from datetime import datetime
from pathlib import Path

import docx
from docx.shared import Pt

OUT = Path(__file__).resolve().parent
DOCS: list[tuple[str, str, object]] = []   # (file, kind, content); kind in utf8 | gb18030 | docx
GOLD: list[dict] = []

FIELDS = ("lender", "lender_kind", "borrower", "borrower_kind", "principal", "amount_delivered",
          "contract_date", "start_date", "end_date", "annual_rate", "overdue_rate", "penalty_rate",
          "repayment_method", "dispute_method", "guarantor", "guarantee_type", "guarantee_period_months")
NP, EN, LL = "natural_person", "enterprise", "licensed_lender"


def gold(file: str, covers: str, findings: list[str], as_of: str | None = None, **f) -> None:
    missing = set(FIELDS) - set(f)
    extra = set(f) - set(FIELDS)
    assert not missing and not extra, (file, missing, extra)
    row = {"file": file, "fields": {k: f[k] for k in FIELDS}, "findings": findings}
    if as_of:
        row["as_of"] = as_of
    row["covers"] = covers
    GOLD.append(row)


def txt(file: str, text: str, enc: str = "utf8") -> None:
    DOCS.append((file, enc, text.lstrip("\n")))


def dx(file: str, blocks: list) -> None:
    DOCS.append((file, "docx", blocks))


# ---------------------------------------------------------------- hb01 借条 2018 (pre-LPR), 月息1分5, no overdue
txt("hb01_借条_刘国富.txt", """
                借  条

今借到刘国富现金人民币伍万元整（50000元），月息1分5，于2018年12月31日前一次性还清本息。

此据

借款人：陈建军
身份证号：510703198405121937
电话：138 8162 0417
住址：绵阳市涪城区青义镇联合村4组

                                   2018.3.5
""")
gold("hb01_借条_刘国富.txt",
     "Handwritten-style 借条 between individuals dated 2018.3.5 (before the first LPR): 月息1分5 = 1.5 %/month; "
     "no overdue clause, no guarantor, no dispute clause. Start = date of the note (今借到).",
     ["pre_lpr_rate_rules", "no_overdue_rate_agreed"], as_of="2021-06-10",
     lender="刘国富", lender_kind=NP, borrower="陈建军", borrower_kind=NP, principal="50000", amount_delivered=None,
     contract_date="2018-03-05", start_date="2018-03-05", end_date="2018-12-31", annual_rate="0.18",
     overdue_rate=None, penalty_rate=None, repayment_method="到期一次性还本付息", dispute_method=None,
     guarantor=None, guarantee_type=None, guarantee_period_months=None)

# ---------------------------------------------------------------- hb02 欠条 2017, no interest, limitation expired (GB18030)
txt("hb02_欠条_黄志强.txt", """
欠  条

今欠到李德明借款人民币叁万元整(￥30000.00)，此款于2017年12月30日前还清。

欠款人：黄志强
身份证：511302197909233318
二〇一七年六月二十日
""", enc="gb18030")
gold("hb02_欠条_黄志强.txt",
     "GB18030 欠条 (acknowledgement of an earlier loan, so no start date): no interest, no overdue rate, due "
     "2017-12-30; client came in 2025 with no proof of demands, so the 3-year limitation ran out 2020-12-30. "
     "No rate agreed, so the 2015 24 %/36 % rule has nothing to apply to (no pre_lpr_rate_rules).",
     ["no_interest_agreed", "no_overdue_rate_agreed", "limitation_period_expired"], as_of="2025-03-18",
     lender="李德明", lender_kind=NP, borrower="黄志强", borrower_kind=NP, principal="30000", amount_delivered=None,
     contract_date="2017-06-20", start_date=None, end_date="2017-12-30", annual_rate=None,
     overdue_rate=None, penalty_rate=None, repayment_method=None, dispute_method=None,
     guarantor=None, guarantee_type=None, guarantee_period_months=None)

# ---------------------------------------------------------------- hb03 downloaded 借款协议 2021, 年利率12%, joint guarantee 2 years
txt("hb03_借款协议_周晓燕_罗文斌.txt", """
借款协议

甲方（出借人）：周晓燕        身份证号码：510704198112056624
住址：绵阳市游仙区沈家坝北街18号2单元
乙方（借款人）：罗文斌        身份证号码：510722198607141453
住址：三台县潼川镇北坝路77号
丙方（保证人）：罗文华        身份证号码：510722198302270512
住址：三台县潼川镇北坝路77号

甲乙丙三方本着平等自愿、诚实信用的原则，经协商一致，达成如下协议，以资共同遵守。

第一条  借款金额
乙方向甲方借款人民币（大写）贰拾万元整，（小写）￥200000.00元。甲方于本协议签订当日通过银行转账方式将借款支付至乙方指定账户（户名：罗文斌，开户行：绵阳市商业银行三台支行，账号：6230 9918 2207 4415 063）。

第二条  借款用途
乙方借款用于经营门市进货，不得用于违法活动。

第三条  借款期限
借款期限为12个月，自2021年4月12日起至2022年4月11日止。

第四条  借款利率及还款方式
1、借款年利率为12%。
2、乙方应于每月12日前向甲方支付当月利息人民币贰仟元整，借款到期时一次性归还全部本金。
3、乙方可以提前还款，利息按实际借款天数计算。

第五条  逾期责任
乙方逾期还款的，逾期部分按年利率15%计收逾期利息，直至清偿之日止。因乙方违约导致甲方实现债权所产生的诉讼费、保全费、律师费、差旅费等费用由乙方承担。

第六条  保证条款
丙方自愿为乙方在本协议项下的借款本金、利息、逾期利息及实现债权的费用提供连带责任保证，保证期间为主债务履行期限届满之日起二年。

第七条  争议解决
本协议履行中发生争议的，由各方协商解决；协商不成的，任何一方均可向甲方所在地人民法院提起诉讼。

第八条  其他
本协议一式三份，三方各执一份，自三方签字（按印）之日起生效。

甲方（签字按印）：周晓燕
乙方（签字按印）：罗文斌
丙方（签字按印）：罗文华

签订日期：2021年4月12日
""")
gold("hb03_借款协议_周晓燕_罗文斌.txt",
     "Internet-template 三方借款协议 between individuals, 年利率12% within 4×LPR (15.4 %), overdue 15 % just under "
     "the cap, joint guarantee for 2 years from the due date: a clean document with no findings.",
     [], as_of="2023-09-01",
     lender="周晓燕", lender_kind=NP, borrower="罗文斌", borrower_kind=NP, principal="200000", amount_delivered=None,
     contract_date="2021-04-12", start_date="2021-04-12", end_date="2022-04-11", annual_rate="0.12",
     overdue_rate="0.15", penalty_rate=None, repayment_method="按月付息、到期还本", dispute_method="court",
     guarantor="罗文华", guarantee_type="连带责任保证", guarantee_period_months=24)

# ---------------------------------------------------------------- hb04 小额贷款 DOCX table, 年化18%, guarantor with no type/period, arbitration
dx("hb04_小贷借款合同_张明.docx", [
    ("title", "个人借款合同"),
    ("p", "合同编号：HX贷字（2022）第0825-03号"),
    ("p", "贷款人（甲方）：绵阳市涪城区恒信小额贷款有限责任公司"),
    ("p", "统一社会信用代码：91510703MA62K7QX5B    住所：绵阳市涪城区临园路东段66号3楼"),
    ("p", "借款人（乙方）：张明    身份证号：510703199004183115"),
    ("p", "保证人（丙方）：何建国  身份证号：510781198711020876"),
    ("p", "经甲乙丙三方协商一致，订立本合同。借款主要条款如下表："),
    ("table", [
        ["项目", "约定内容"],
        ["借款金额", "人民币（大写）壹拾万元整  ￥100,000.00"],
        ["借款期限", "12个月，自2022年08月25日至2023年08月24日"],
        ["借款用途", "个人消费（装修）"],
        ["借款利率", "年化利率18%（单利）"],
        ["还款方式", "等额本息，按月还款，共12期，每月25日为还款日"],
        ["逾期罚息", "在借款利率基础上上浮50%计收"],
        ["放款账户", "张明  6217 0036 2000 5581 904"],
    ]),
    ("h", "第一条  借款发放"),
    ("p", "甲方在乙方签署本合同并办妥相关手续后将借款一次性足额发放至乙方上述账户，借据金额与本合同不一致的以借据为准。"),
    ("h", "第二条  还款"),
    ("p", "乙方应按附件《还款计划表》按期足额还款。乙方提前还款的，应提前五个工作日书面申请。"),
    ("h", "第三条  违约责任"),
    ("p", "乙方未按期还款的，甲方有权就逾期部分按本合同约定的逾期罚息利率计收罚息，并有权宣布借款提前到期。"),
    ("h", "第四条  担保"),
    ("p", "丙方自愿为乙方在本合同项下的全部债务提供担保。"),
    ("h", "第五条  争议解决"),
    ("p", "因本合同发生的争议，提交绵阳仲裁委员会按其仲裁规则仲裁。"),
    ("p", "甲方（盖章）：绵阳市涪城区恒信小额贷款有限责任公司    负责人：王 伟"),
    ("p", "乙方（签字）：张明            丙方（签字）：何建国"),
    ("p", "签订日期：2022年8月25日"),
])
gold("hb04_小贷借款合同_张明.docx",
     "小额贷款公司 personal loan, key terms in a Word table; 年化18% + 50 % penalty interest (licensed lender, so no "
     "private-lending cap findings); the guarantor clause says only '提供担保' — no type and no period.",
     ["cap_not_applicable_licensed_lender", "guarantee_type_defaults_to_general",
      "guarantee_period_defaults_to_6_months"], as_of="2024-03-15",
     lender="绵阳市涪城区恒信小额贷款有限责任公司", lender_kind=LL, borrower="张明", borrower_kind=NP,
     principal="100000", amount_delivered=None, contract_date="2022-08-25", start_date="2022-08-25",
     end_date="2023-08-24", annual_rate="0.18", overdue_rate="0.27", penalty_rate=None,
     repayment_method="等额本息", dispute_method="arbitration",
     guarantor="何建国", guarantee_type="unspecified", guarantee_period_months=None)

# ---------------------------------------------------------------- hb05 借条 2019/12/10 月息2分 > 4×LPR, 担保人 until paid (GB18030)
txt("hb05_借条_邓小军.txt", """
借条

今借到杨春梅人民币捌万元整（80000元），借期半年，从2019年12月10日至2020年6月9日止，月息2分，到期本息一并归还。

借款人：邓小军  510902198812063477
担保人：邓小林  510902198503150019
担保人愿意担保，直至借款人还清全部本息为止。

2019/12/10
""", enc="gb18030")
gold("hb05_借条_邓小军.txt",
     "GB18030 借条 dated 2019/12/10: 月息2分 = 24 %/yr above 4 × 4.15 % = 16.6 %; no overdue rate; a 担保人 with no "
     "type (→ 一般保证) and a period '直至还清为止' (unclear → 6 months, 担保制度解释 第32条).",
     ["rate_above_4x_lpr", "no_overdue_rate_agreed", "guarantee_type_defaults_to_general",
      "guarantee_period_defaults_to_6_months"], as_of="2022-11-20",
     lender="杨春梅", lender_kind=NP, borrower="邓小军", borrower_kind=NP, principal="80000", amount_delivered=None,
     contract_date="2019-12-10", start_date="2019-12-10", end_date="2020-06-09", annual_rate="0.24",
     overdue_rate=None, penalty_rate=None, repayment_method="到期一次性还本付息", dispute_method=None,
     guarantor="邓小林", guarantee_type="unspecified", guarantee_period_months=None)

# ---------------------------------------------------------------- hb06 company→company DOCX table, LPR+300BP, arbitration
dx("hb06_企业借款合同_华骏建材_鸿达建筑.docx", [
    ("title", "借 款 合 同"),
    ("p", "出借人（甲方）：德阳市旌阳区华骏建材有限公司"),
    ("p", "统一社会信用代码：91510603MA6BQ3R21K   法定代表人：钟华骏"),
    ("p", "借款人（乙方）：四川省鸿达建筑工程有限公司"),
    ("p", "统一社会信用代码：91510600MA6AT0LX8P   法定代表人：王德兵"),
    ("p", "保证人（丙方）：王德兵   身份证号：510603197604203451"),
    ("p", "乙方因承建德阳市旌阳区双东镇安置房项目资金周转需要，向甲方借款。经协商，三方就下列事项达成一致："),
    ("table", [
        ["借款本金", "人民币伍佰万元整（¥5,000,000.00）"],
        ["借款期间", "2020年9月15日至2021年9月14日"],
        ["利率", "按本合同签订日全国银行间同业拆借中心公布的一年期贷款市场报价利率（LPR）加300个基点（BP）确定，借款期间不作调整"],
        ["结息方式", "按季结息，结息日为每季末月的20日，借款到期时归还本金"],
        ["逾期利率", "在本合同利率基础上加收50%"],
    ]),
    ("p", "一、甲方应于本合同签订之日起三日内将借款转入乙方账户（开户行：中国农业银行德阳旌阳支行，账号：22-6301 0104 0012 889）。"),
    ("p", "二、乙方未按约定支付利息或归还本金的，除按逾期利率支付逾期利息外，还应向甲方支付违约金伍万元。"),
    ("p", "三、丙方为乙方在本合同项下的全部债务承担连带责任保证，保证期间至2024年9月14日。"),
    ("p", "四、因履行本合同发生争议的，提交德阳仲裁委员会仲裁，仲裁裁决是终局的。"),
    ("p", "五、本合同自甲乙双方盖章、法定代表人签字及丙方签字之日起生效。"),
    ("p", "甲方（盖章）：德阳市旌阳区华骏建材有限公司    法定代表人（签字）：钟华骏"),
    ("p", "乙方（盖章）：四川省鸿达建筑工程有限公司    法定代表人（签字）：王德兵"),
    ("p", "丙方（签字）：王德兵"),
    ("p", "二〇二〇年九月十五日"),
])
gold("hb06_企业借款合同_华骏建材_鸿达建筑.docx",
     "Company-to-company loan with the boss as joint guarantor; LPR + 300 BP on the signing date (3.85 % + 3 %); "
     "overdue = rate × 1.5; 违约金 a lump sum of 50,000; guarantee period stated as an end date later than the due "
     "date (valid, so months null); arbitration. No findings.",
     [], as_of="2022-05-10",
     lender="德阳市旌阳区华骏建材有限公司", lender_kind=EN, borrower="四川省鸿达建筑工程有限公司", borrower_kind=EN,
     principal="5000000", amount_delivered=None, contract_date="2020-09-15", start_date="2020-09-15",
     end_date="2021-09-14", annual_rate="0.0685", overdue_rate="0.10275", penalty_rate=None,
     repayment_method="按季付息、到期还本", dispute_method="arbitration",
     guarantor="王德兵", guarantee_type="连带责任保证", guarantee_period_months=None)

# ---------------------------------------------------------------- hb07 还款协议 restating 2019 loan, interest rolled in; limitation
txt("hb07_还款协议_唐桂英_赵永福.txt", """
还 款 协 议

甲方（出借人）：唐桂英，女，1962年3月生，身份证号510922196203117727，住遂宁市射洪县太和镇美丰南路21号
乙方（借款人）：赵永福，男，1975年11月生，身份证号510922197511054193，住射洪县太和镇滨江路128号

乙方于2019年1月8日向甲方借款人民币200000元（贰拾万元整），约定月息2分，乙方已付利息至2019年12月31日止。现经双方对账确认：

一、截至2021年3月31日，乙方尚欠甲方借款本金200000元，尚欠2020年1月1日至2021年3月31日利息60000元，本息合计260000元（贰拾陆万元整）。

二、双方同意将上述本息合计260000元作为乙方向甲方的借款本金，自2021年4月1日起按年利率10%计算利息，乙方于2022年3月31日前一次性向甲方归还本金260000元及利息。

三、乙方逾期未还的，自逾期之日起按年利率15%向甲方支付逾期利息。

四、原借条（2019年1月8日）由甲方收回作废，以本协议为准。

五、本协议发生争议的，向射洪县人民法院起诉。

甲方：唐桂英（手印）
乙方：赵永福（手印）

2021年3月31日
""")
gold("hb07_还款协议_唐桂英_赵永福.txt",
     "还款协议 holding two loans' numbers: it is about the NEW restated loan (260,000 = 200,000 principal + 60,000 "
     "unpaid interest, 10 %/yr from 2021-04-01, due 2022-03-31), not the 2019 loan at 月息2分. Interest rolled into "
     "principal → compound_interest_restated. The restatement restarted limitation, but from the new due date "
     "2022-03-31 the 3 years ended 2025-03-31, before the consultation date 2025-08-01.",
     ["compound_interest_restated", "limitation_period_expired"], as_of="2025-08-01",
     lender="唐桂英", lender_kind=NP, borrower="赵永福", borrower_kind=NP, principal="260000", amount_delivered=None,
     contract_date="2021-03-31", start_date="2021-04-01", end_date="2022-03-31", annual_rate="0.1",
     overdue_rate="0.15", penalty_rate=None, repayment_method="到期一次性还本付息", dispute_method="court",
     guarantor=None, guarantee_type=None, guarantee_period_months=None)

# ---------------------------------------------------------------- hb08 典当 DOCX table, 月利率0.5% + 综合费, car pledge
dx("hb08_典当合同_瑞丰典当_吴海涛.docx", [
    ("title", "动产质押典当合同"),
    ("p", "合同编号：RF典（2023）动字第0508号"),
    ("p", "典当行（甲方）：南充市顺庆区瑞丰典当有限责任公司"),
    ("p", "住所：南充市顺庆区人民中路309号   联系电话：0817-2261 508"),
    ("p", "当户（乙方）：吴海涛   身份证号：511302198209114538   住址：南充市顺庆区华凤街道龙湾路5号"),
    ("p", "乙方以其所有的车辆作质押向甲方申请典当，双方依据《典当管理办法》订立本合同。"),
    ("table", [
        ["当物名称", "小型轿车（大众帕萨特 2019款 330TSI）", "车牌号", "川R·7K2Q6"],
        ["评估价值", "人民币贰拾贰万元", "折当率", "68%"],
        ["当金", "人民币壹拾伍万元整（150000.00元）", "典当期限", "2023年5月8日至2023年7月7日"],
        ["月利率", "0.5%", "月综合费率", "2.2%"],
        ["利息及综合费支付", "续当或赎当时一并支付", "当票号", "No.0021873"],
    ]),
    ("p", "第一条 甲方于本合同签订当日向乙方发放当金，并出具当票。当票与本合同具有同等效力。"),
    ("p", "第二条 典当期限届满或续当期限届满后，乙方应在五日内赎当或续当；逾期不赎当也不续当的，为绝当，甲方有权依照《典当管理办法》的规定处分当物，所得价款不足清偿的，甲方有权向乙方追偿。"),
    ("p", "第三条 乙方在典当期内不得将当物另行抵押、质押或转让。"),
    ("p", "第四条 本合同履行中发生争议，双方协商不成的，向南充市顺庆区人民法院提起诉讼。"),
    ("p", "甲方（盖章）：南充市顺庆区瑞丰典当有限责任公司   经办人：谢春"),
    ("p", "乙方（签字）：吴海涛"),
    ("p", "2023年5月8日"),
])
gold("hb08_典当合同_瑞丰典当_吴海涛.docx",
     "典当行 car-pledge pawn contract (four-column Word table). annual_rate is the 月利率0.5% only; the 2.2 %/month "
     "综合费 is a fee, not interest (典当管理办法). No overdue rate (绝当 instead); licensed lender, so no overdue "
     "finding. Pledge, not 保证 → guarantor null.",
     ["cap_not_applicable_licensed_lender"], as_of="2024-01-20",
     lender="南充市顺庆区瑞丰典当有限责任公司", lender_kind=LL, borrower="吴海涛", borrower_kind=NP,
     principal="150000", amount_delivered=None, contract_date="2023-05-08", start_date="2023-05-08",
     end_date="2023-07-07", annual_rate="0.06", overdue_rate=None, penalty_rate=None,
     repayment_method="到期一次性还本付息", dispute_method="court",
     guarantor=None, guarantee_type=None, guarantee_period_months=None)

# ---------------------------------------------------------------- hb09 融资租赁 售后回租 DOCX, 租赁年利率9.8%, 违约金日万分之五
dx("hb09_融资租赁合同_蓉信租赁_顺通物流.docx", [
    ("title", "融资租赁合同（售后回租）"),
    ("p", "合同编号：RXZL-HZ-2021-1102-017"),
    ("p", "出租人：四川蓉信融资租赁有限公司"),
    ("p", "住所：成都市高新区天府大道中段1268号2栋15层"),
    ("p", "承租人：宜宾市翠屏区顺通物流有限公司"),
    ("p", "住所：宜宾市翠屏区南岸西区金沙江路96号    法定代表人：李志刚"),
    ("p", "保证人：李志刚    身份证号：511502197808222419"),
    ("h", "第一条  租赁物及融资金额"),
    ("p", "承租人将其所有的重型半挂牵引车伍台（明细见附件一）以人民币捌拾万元整（¥800,000.00）的价格转让给出租人，并回租使用。出租人支付的购买价款即为本合同项下的融资金额（租赁本金）。"),
    ("h", "第二条  租赁期限"),
    ("p", "租赁期限为36个月，自起租日2021年11月2日起至2024年11月1日止。"),
    ("h", "第三条  租金"),
    ("p", "租赁年利率为9.8%（固定）。租金按等额租金法计算，共36期，每月2日支付一期，每期租金人民币25,738.70元，租金支付表见附件二。"),
    ("p", "承租人应于起租日一次性向出租人支付手续费人民币壹万陆仟元（16,000元），手续费不予退还。"),
    ("h", "第四条  违约责任"),
    ("p", "承租人逾期支付租金或其他应付款项的，应按逾期金额每日万分之五向出租人支付违约金，直至付清之日止。承租人连续两期未付租金的，出租人有权宣布全部未付租金提前到期，并收回租赁物。"),
    ("h", "第五条  保证"),
    ("p", "保证人为承租人在本合同项下的全部债务提供连带责任保证，保证期间为本合同约定的债务履行期限届满之日起三年。"),
    ("h", "第六条  争议解决"),
    ("p", "因本合同引起的或与本合同有关的任何争议，均提交成都仲裁委员会，按照申请仲裁时该会现行有效的仲裁规则进行仲裁。"),
    ("p", "出租人（盖章）：四川蓉信融资租赁有限公司"),
    ("p", "承租人（盖章）：宜宾市翠屏区顺通物流有限公司    法定代表人：李志刚"),
    ("p", "保证人（签字）：李志刚"),
    ("p", "签署日期：2021年11月2日"),
])
gold("hb09_融资租赁合同_蓉信租赁_顺通物流.docx",
     "融资租赁 sale-and-leaseback: 出租人 = lender, 承租人 = borrower, 融资金额 = principal; 租赁年利率9.8 %, 等额租金 "
     "read as 等额本息; 违约金 每日万分之五 → penalty 0.1825; 2 % handling fee; joint guarantee 3 years; arbitration.",
     ["cap_not_applicable_licensed_lender"], as_of="2025-09-01",
     lender="四川蓉信融资租赁有限公司", lender_kind=LL, borrower="宜宾市翠屏区顺通物流有限公司", borrower_kind=EN,
     principal="800000", amount_delivered=None, contract_date="2021-11-02", start_date="2021-11-02",
     end_date="2024-11-01", annual_rate="0.098", overdue_rate=None, penalty_rate="0.1825",
     repayment_method="等额本息", dispute_method="arbitration",
     guarantor="李志刚", guarantee_type="连带责任保证", guarantee_period_months=36)

# ---------------------------------------------------------------- hb10 村镇银行 DOCX table, LPR+125BP, 复利 clause, mortgage + spouse guarantee
dx("hb10_村镇银行个人经营贷_何丽.docx", [
    ("title", "个人经营性借款合同"),
    ("p", "合同编号：JLHM2024个经借字第031802号"),
    ("p", "贷款人：南充嘉陵惠民村镇银行股份有限公司"),
    ("p", "借款人：何丽    证件号码：511304198905270921    经营场所：南充市嘉陵区火花街道建设路22号（何丽副食批发部）"),
    ("p", "保证人：邱勇（借款人配偶）    证件号码：511304198702133315"),
    ("p", "抵押人：何丽、邱勇"),
    ("h", "第一部分  借款要素"),
    ("table", [
        ["借款金额", "人民币叁拾万元整（小写：300000.00元）"],
        ["借款用途", "副食批发部进货周转"],
        ["借款期限", "12个月，自2024年3月18日起至2025年3月17日止"],
        ["借款利率", "LPR+125BP，LPR为本合同签订日前一工作日全国银行间同业拆借中心公布的一年期贷款市场报价利率，借款期限内利率不变"],
        ["还款方式", "按月结息，到期一次性还本；结息日为每月20日"],
        ["担保方式", "抵押＋保证（抵押物：南充市嘉陵区建设路22号3单元6楼1号住房，不动产权证号：川（2021）南充市不动产权第0063518号）"],
    ]),
    ("h", "第二部分  通用条款"),
    ("p", "第八条  罚息和复利：借款人未按约定期限还款的，贷款人对逾期借款自逾期之日起在本合同约定利率基础上加收50%计收罚息；对不能按时支付的利息，按罚息利率计收复利。"),
    ("p", "第十二条  保证：保证人为借款人在本合同项下的全部债务承担连带责任保证，保证期间为主债务履行期限届满之日起三年。抵押担保另行签订《抵押合同》。"),
    ("p", "第十九条  争议解决：本合同履行中发生争议的，向贷款人住所地人民法院起诉。"),
    ("p", "贷款人（盖章）：南充嘉陵惠民村镇银行股份有限公司    负责人或授权代理人：刘 斌"),
    ("p", "借款人（签字并捺印）：何丽       保证人（签字并捺印）：邱勇"),
    ("p", "签订日期：2024年03月18日"),
])
gold("hb10_村镇银行个人经营贷_何丽.docx",
     "村镇银行 personal business loan, table layout: LPR+125BP on 2024-03-18 (LPR 3.45 %) = 4.70 %; penalty interest "
     "+50 % and a bank 复利 clause (compound_interest_restated is private-lending only, so not raised); house "
     "mortgage plus spouse's joint guarantee for 3 years.",
     ["cap_not_applicable_licensed_lender"], as_of="2025-06-15",
     lender="南充嘉陵惠民村镇银行股份有限公司", lender_kind=LL, borrower="何丽", borrower_kind=NP,
     principal="300000", amount_delivered=None, contract_date="2024-03-18", start_date="2024-03-18",
     end_date="2025-03-17", annual_rate="0.047", overdue_rate="0.0705", penalty_rate=None,
     repayment_method="按月付息、到期还本", dispute_method="court",
     guarantor="邱勇", guarantee_type="连带责任保证", guarantee_period_months=36)

# ---------------------------------------------------------------- hb11 person → company 2020, 月利率1%, guarantee 6 months stated
txt("hb11_借款合同_郑秀兰_蜀味轩餐饮.txt", """
借款合同

出借人：郑秀兰（以下简称甲方）
身份证号：511702196810235546
借款人：达州市通川区蜀味轩餐饮管理有限公司（以下简称乙方）
统一社会信用代码：91511702MA68W1TC3N
法定代表人：冉光明
保证人：冉光明（以下简称丙方）  身份证号：511702197205061917

乙方因门店装修及流动资金需要，向甲方借款，三方协商达成如下条款：

一、借款金额：人民币壹拾伍万元整（小写：¥150,000.00）。
二、借款期限：一年，即从二〇二〇年十月八日起至二〇二一年十月七日止。
三、利息：月利率1%，每月8日前支付当月利息壹仟伍佰元，到期归还本金。
四、甲方以转账方式将借款汇入乙方对公账户（四川达州农村商业银行通川支行 账号 8802 0000 0718 2641）。
五、逾期：乙方到期不能归还借款的，逾期期间按月利率1.2%计付利息。
六、保证：丙方对乙方上述债务承担连带保证责任，保证期间为借款期限届满之日起六个月。
七、争议解决：发生纠纷，由甲方住所地人民法院管辖。

甲方（签字）：郑秀兰
乙方（盖章）：达州市通川区蜀味轩餐饮管理有限公司
法定代表人（签字）：冉光明
丙方（签字）：冉光明

二〇二〇年十月八日
""")
gold("hb11_借款合同_郑秀兰_蜀味轩餐饮.txt",
     "Individual lends to a restaurant company; dates in 二〇二〇年 form; 月利率1% and overdue 月利率1.2 % (both under "
     "15.4 %); the boss guarantees jointly with a stated 6-month period (stated, so no default finding).",
     [], as_of="2022-12-01",
     lender="郑秀兰", lender_kind=NP, borrower="达州市通川区蜀味轩餐饮管理有限公司", borrower_kind=EN,
     principal="150000", amount_delivered=None, contract_date="2020-10-08", start_date="2020-10-08",
     end_date="2021-10-07", annual_rate="0.12", overdue_rate="0.144", penalty_rate=None,
     repayment_method="按月付息、到期还本", dispute_method="court",
     guarantor="冉光明", guarantee_type="连带责任保证", guarantee_period_months=6)

# ---------------------------------------------------------------- hb12 借条 砍头息 月息三分, overdue 千分之一/day
txt("hb12_借条_冯丽娟.txt", """
借   条

本人冯丽娟今向蒋大伟借款人民币壹拾万元整（100000元），借期三个月，自2022年7月15日至2022年10月14日，月息三分，每月15日前付息，到期还本。首月利息3000元已在借款时扣除，本人实际收到现金及转账共计97000元。

如逾期未还，每天按借款本金千分之一计逾期利息。

借款人：冯丽娟
身份证号：511521199103284123
联系电话：152 8311 7609
2022年7月15日
""")
gold("hb12_借条_冯丽娟.txt",
     "借条 with 砍头息: 100,000 written, first month's interest 3,000 deducted, 97,000 delivered (stated). 月息三分 = "
     "36 %/yr above 4 × 3.70 % = 14.8 %; overdue 千分之一 per day = 36.5 %/yr also above the cap.",
     ["rate_above_4x_lpr", "interest_deducted_upfront", "overdue_charges_above_cap"], as_of="2024-05-06",
     lender="蒋大伟", lender_kind=NP, borrower="冯丽娟", borrower_kind=NP, principal="100000",
     amount_delivered="97000", contract_date="2022-07-15", start_date="2022-07-15", end_date="2022-10-14",
     annual_rate="0.36", overdue_rate="0.365", penalty_rate=None, repayment_method="按月付息、到期还本",
     dispute_method=None, guarantor=None, guarantee_type=None, guarantee_period_months=None)

# ---------------------------------------------------------------- hb13 消费金融 typed from app, 日利率0.05%
txt("hb13_消费金融借款合同_孙倩.txt", """
个人消费贷款合同（电子签约版）

合同编号：SRXJ20250109000871362

贷款人：蜀融消费金融有限公司
住所：四川省成都市锦江区东大街下东大街段199号28楼
借款人：孙倩
证件类型及号码：居民身份证 511303199507160324
手机号码：187****2206

重要提示：借款人在点击"同意"前应仔细阅读本合同全部条款，特别是加粗部分。

第一条 借款金额：人民币30000.00元（大写：叁万元整）。
第二条 借款期限：12个月，自2025年01月09日至2026年01月08日。实际放款日与上述起始日不一致的，以实际放款日为准，到期日相应顺延。
第三条 借款利率：日利率0.05%，按日计息（折合年化利率18.25%，单利）。
第四条 还款方式：等额本息，分12期，每期还款日为放款日在每月的对应日。
第五条 逾期罚息：借款人未按期足额还款的，贷款人自逾期之日起按本合同借款日利率上浮50%计收罚息，直至清偿完毕。
第六条 借款人同意贷款人将借款人的信用信息报送金融信用信息基础数据库。
第七条 争议解决：因本合同引起的争议，双方协商解决；协商不成的，任何一方可向贷款人住所地人民法院提起诉讼。

借款人（电子签名）：孙倩
贷款人（电子签章）：蜀融消费金融有限公司
签约时间：2025-01-09 14:32:07
""")
gold("hb13_消费金融借款合同_孙倩.txt",
     "消费金融公司 e-signed contract typed from the app: 日利率0.05% × 365 = 18.25 %, penalty +50 % = 27.375 %; "
     "等额本息 12 instalments; court at the lender's seat.",
     ["cap_not_applicable_licensed_lender"], as_of="2026-04-02",
     lender="蜀融消费金融有限公司", lender_kind=LL, borrower="孙倩", borrower_kind=NP,
     principal="30000", amount_delivered=None, contract_date="2025-01-09", start_date="2025-01-09",
     end_date="2026-01-08", annual_rate="0.1825", overdue_rate="0.27375", penalty_rate=None,
     repayment_method="等额本息", dispute_method="court",
     guarantor=None, guarantee_type=None, guarantee_period_months=None)

# ---------------------------------------------------------------- hb14 company→company 2023, 年化8%, 或裁或诉
txt("hb14_借款合同_恒泰贸易_新锐机电.txt", """
借款合同

甲方（出借方）：宜宾市南溪区恒泰贸易有限公司
统一社会信用代码：91511503MA69D5TR0X    法定代表人：邱恒泰
乙方（借款方）：宜宾市翠屏区新锐机电设备有限公司
统一社会信用代码：91511502MA6A1GN44E    法定代表人：严 锐
丙方（保证方）：严锐    身份证号码：511502198006184211

鉴于乙方为甲方长期供货商，因生产经营临时资金周转需要，向甲方借款，三方经友好协商，签订本合同：

1. 借款金额：人民币壹佰万元整（¥1,000,000.00）。
2. 借款期限：6个月，自2023年11月20日起至2024年5月19日止。
3. 借款利率为年化8%，利息随本金到期一并支付。
4. 乙方逾期还款的，按逾期金额每日万分之三向甲方支付逾期利息。
5. 丙方自愿对乙方的上述借款本息承担连带责任保证，保证期间自主债务履行期限届满之日起三年。
6. 甲方有权从应付乙方的货款中直接扣收到期借款本息。
7. 因本合同发生争议，双方可向宜宾仲裁委员会申请仲裁，也可向甲方所在地人民法院提起诉讼。

甲方（盖章）：宜宾市南溪区恒泰贸易有限公司        乙方（盖章）：宜宾市翠屏区新锐机电设备有限公司
丙方（签字）：严锐
签订日期：2023年11月20日
""")
gold("hb14_借款合同_恒泰贸易_新锐机电.txt",
     "Buyer lends to its supplier (company → company): 年化8 %, overdue 日万分之三 = 10.95 % under 13.8 %; joint "
     "guarantee 3 years; a 或裁或诉 clause → court_or_arbitration.",
     [], as_of="2024-08-26",
     lender="宜宾市南溪区恒泰贸易有限公司", lender_kind=EN, borrower="宜宾市翠屏区新锐机电设备有限公司", borrower_kind=EN,
     principal="1000000", amount_delivered=None, contract_date="2023-11-20", start_date="2023-11-20",
     end_date="2024-05-19", annual_rate="0.08", overdue_rate="0.1095", penalty_rate=None,
     repayment_method="到期一次性还本付息", dispute_method="court_or_arbitration",
     guarantor="严锐", guarantee_type="连带责任保证", guarantee_period_months=36)

# ---------------------------------------------------------------- hb15 standalone 保证合同 by brother, 一般保证, 1 year
dx("hb15_保证合同_刘洋.docx", [
    ("title", "保 证 合 同"),
    ("p", "债权人（甲方）：陈光荣    身份证号：510603196911284417"),
    ("p", "保证人（乙方）：刘洋      身份证号：510623198807059218    住址：中江县凯江镇大北街44号"),
    ("p", "鉴于：债务人刘海（身份证号：510623198502214430，系乙方之兄）与甲方于2023年2月1日签订《借款合同》（以下简称主合同），向甲方借款人民币陆拾万元整（¥600000元），借款期限自2023年2月1日至2024年1月31日，年利率9%，按月付息、到期还本；主合同约定逾期利率为年利率13.5%。乙方自愿为债务人在主合同项下的债务向甲方提供保证。经协商，订立本合同。"),
    ("h", "第一条  保证范围"),
    ("p", "主合同项下的借款本金、利息、逾期利息以及甲方实现债权的费用。"),
    ("h", "第二条  保证方式"),
    ("p", "乙方提供的保证为一般保证。"),
    ("h", "第三条  保证期间"),
    ("p", "保证期间为主债务履行期限届满之日起一年。"),
    ("h", "第四条  其他"),
    ("p", "本合同发生争议，由甲方住所地人民法院管辖。本合同一式三份，甲、乙双方及债务人各执一份。"),
    ("p", "甲方（签字）：陈光荣"),
    ("p", "乙方（签字）：刘洋"),
    ("p", "2023年2月1日"),
])
gold("hb15_保证合同_刘洋.docx",
     "Standalone 保证合同 signed by the debtor's brother; it recites the main loan's terms (600,000, 9 %/yr, overdue "
     "13.5 %, 2023-02-01 → 2024-01-31), so the fields are the main loan's; 一般保证 stated, period 1 year.",
     [], as_of="2024-06-03",
     lender="陈光荣", lender_kind=NP, borrower="刘海", borrower_kind=NP, principal="600000", amount_delivered=None,
     contract_date="2023-02-01", start_date="2023-02-01", end_date="2024-01-31", annual_rate="0.09",
     overdue_rate="0.135", penalty_rate=None, repayment_method="按月付息、到期还本", dispute_method="court",
     guarantor="刘洋", guarantee_type="一般保证", guarantee_period_months=12)

# ---------------------------------------------------------------- hb16 DOCX table, 年息一分, guarantee to an end date after the due date
dx("hb16_借款协议_曾庆华_彭涛.docx", [
    ("title", "借款协议"),
    ("p", "经双方平等协商，就借款事宜达成如下协议："),
    ("table", [
        ["出借人", "曾庆华", "身份证号", "510811197307126655"],
        ["借款人", "彭涛", "身份证号", "510811198910034172"],
        ["保证人", "彭强", "身份证号", "510811198612248336"],
        ["借款金额", "人民币壹拾贰万元整（￥120000元）", "借款用途", "购买农机"],
        ["借款期限", "2023年9月12日至2024年9月11日", "利息", "年息一分，到期时本息一次付清"],
    ]),
    ("p", "一、借款人逾期还款的，逾期期间按月息一分计付利息。"),
    ("p", "二、保证人对借款人的上述借款本息承担连带责任保证，保证期间至2026年9月11日止。"),
    ("p", "三、如发生争议，由出借人所在地人民法院管辖。"),
    ("p", "四、本协议一式三份，签字后生效。"),
    ("p", "出借人：曾庆华      借款人：彭涛      保证人：彭强"),
    ("p", "2023年9月12日"),
])
gold("hb16_借款协议_曾庆华_彭涛.docx",
     "Rural loan in a four-column table: 年息一分 = 10 %/yr, overdue 月息一分 = 12 % (< 13.8 %); joint guarantee "
     "with the period stated as an end date two years after the due date (valid; not 'N months', so months null).",
     [], as_of="2025-01-08",
     lender="曾庆华", lender_kind=NP, borrower="彭涛", borrower_kind=NP, principal="120000", amount_delivered=None,
     contract_date="2023-09-12", start_date="2023-09-12", end_date="2024-09-11", annual_rate="0.1",
     overdue_rate="0.12", penalty_rate=None, repayment_method="到期一次性还本付息", dispute_method="court",
     guarantor="彭强", guarantee_type="连带责任保证", guarantee_period_months=None)

# ---------------------------------------------------------------- hb17 借条 2020.11.3 月息1分2, joint guarantee 1 year (GB18030)
txt("hb17_借条_文小兵.txt", """
借条

今借到苟元勇人民币肆万元整（￥40000元），月息1分2，利息每月结清，2021年11月2日前归还本金。逾期按原利息计。

借款人：文小兵  身份证 511321199006183318
担保人：文大兵  身份证 511321198702093314
担保人愿承担连带保证责任，保证期间为借款到期后一年。

2020.11.3
""", enc="gb18030")
gold("hb17_借条_文小兵.txt",
     "GB18030 借条 dated 2020.11.3: 月息1分2 = 14.4 %/yr (< 15.4 %), overdue 'at the same rate' = 14.4 %; 担保人 "
     "states 连带 and one year. No findings.",
     [], as_of="2023-03-10",
     lender="苟元勇", lender_kind=NP, borrower="文小兵", borrower_kind=NP, principal="40000", amount_delivered=None,
     contract_date="2020-11-03", start_date="2020-11-03", end_date="2021-11-02", annual_rate="0.144",
     overdue_rate="0.144", penalty_rate=None, repayment_method="按月付息、到期还本", dispute_method=None,
     guarantor="文大兵", guarantee_type="连带责任保证", guarantee_period_months=12)

# ---------------------------------------------------------------- hb18 company→company DOCX table, mortgage + 2 guarantors, lump 违约金
dx("hb18_借款合同_富乐实业_科达塑胶.docx", [
    ("title", "借款及担保合同"),
    ("p", "甲方（出借人）：绵阳市游仙区富乐实业有限公司"),
    ("p", "乙方（借款人/抵押人）：绵阳科达塑胶制品有限公司"),
    ("p", "丙方（保证人）：1. 程科达（身份证号：510704197105226618）  2. 程丽（身份证号：510704197410013826）"),
    ("table", [
        ["条款", "内容"],
        ["借款金额", "贰佰万元整（2,000,000元）"],
        ["借款期限", "自2024年6月5日至2024年12月4日"],
        ["借款利率", "年利率8%"],
        ["还本付息", "到期一次性还本付息"],
        ["逾期利息", "按逾期本息每日万分之三计算"],
        ["违约金", "乙方违约的，另行支付违约金贰万元"],
        ["抵押物", "乙方名下位于绵阳市游仙区工业园区科技路8号的厂房（不动产权证号：川（2019）绵阳市不动产权第0028871号），办理抵押登记"],
        ["保证", "丙方二人承担连带责任保证，保证期间为借款到期之日起两年"],
        ["争议解决", "向原告住所地人民法院起诉"],
    ]),
    ("p", "本合同经甲乙双方盖章、丙方签字后生效，抵押权自登记时设立。"),
    ("p", "甲方（盖章）：绵阳市游仙区富乐实业有限公司"),
    ("p", "乙方（盖章）：绵阳科达塑胶制品有限公司"),
    ("p", "丙方（签字）：程科达  程丽"),
    ("p", "签订时间：2024年6月5日"),
])
gold("hb18_借款合同_富乐实业_科达塑胶.docx",
     "Company-to-company loan with a factory mortgage and two joint guarantors (gold = the first, 程科达); 年利率8 %, "
     "overdue 日万分之三 = 10.95 %; 违约金 a 20,000 lump sum (penalty_rate null). No findings.",
     [], as_of="2025-03-12",
     lender="绵阳市游仙区富乐实业有限公司", lender_kind=EN, borrower="绵阳科达塑胶制品有限公司", borrower_kind=EN,
     principal="2000000", amount_delivered=None, contract_date="2024-06-05", start_date="2024-06-05",
     end_date="2024-12-04", annual_rate="0.08", overdue_rate="0.1095", penalty_rate=None,
     repayment_method="到期一次性还本付息", dispute_method="court",
     guarantor="程科达", guarantee_type="连带责任保证", guarantee_period_months=24)

# ---------------------------------------------------------------- hb19 小贷 → company DOCX, 砍头息, guarantee ends on the due date
dx("hb19_小贷借款合同_汇通小贷_丰源农资.docx", [
    ("title", "流动资金借款合同"),
    ("p", "编号：HTXD-2021-0621-02"),
    ("p", "贷款人（甲方）：达州市通川区汇通小额贷款有限公司"),
    ("p", "借款人（乙方）：达州市达川区丰源农资有限公司   法定代表人：罗明"),
    ("p", "保证人（丙方）：罗明   身份证号：511721197912206038"),
    ("h", "第一条  借款金额、期限和用途"),
    ("p", "借款金额人民币伍拾万元整（¥500,000.00），借款期限自2021年6月21日至2022年6月20日，用于购进化肥、农药。"),
    ("h", "第二条  利率和还款"),
    ("p", "借款月利率为1.2%，按月付息，每月21日为付息日，到期一次归还本金。借款发放时预先扣收首月利息6000元，实际发放494000元。"),
    ("h", "第三条  逾期"),
    ("p", "乙方逾期还款的，甲方按借款利率上浮50%计收罚息。"),
    ("h", "第四条  保证"),
    ("p", "丙方为乙方在本合同项下的全部债务承担连带责任保证。保证期间：自本合同生效之日起至借款到期日止。"),
    ("h", "第五条  争议"),
    ("p", "发生争议由甲方所在地人民法院管辖。"),
    ("p", "甲方（盖章）：达州市通川区汇通小额贷款有限公司"),
    ("p", "乙方（盖章）：达州市达川区丰源农资有限公司"),
    ("p", "丙方（签字）：罗明"),
    ("p", "2021年6月21日"),
])
gold("hb19_小贷借款合同_汇通小贷_丰源农资.docx",
     "小额贷款公司 lends to a farm-supply company: first month's interest 6,000 deducted, 494,000 delivered (砍头息 "
     "applies to licensed lenders too); 月利率1.2 % = 14.4 %, penalty ×1.5 = 21.6 %; the boss's joint guarantee runs "
     "'至借款到期日止', i.e. ends with the main debt → treated as not agreed (民法典 第692条) → 6 months.",
     ["cap_not_applicable_licensed_lender", "interest_deducted_upfront",
      "guarantee_period_defaults_to_6_months"], as_of="2023-10-08",
     lender="达州市通川区汇通小额贷款有限公司", lender_kind=LL, borrower="达州市达川区丰源农资有限公司", borrower_kind=EN,
     principal="500000", amount_delivered="494000", contract_date="2021-06-21", start_date="2021-06-21",
     end_date="2022-06-20", annual_rate="0.144", overdue_rate="0.216", penalty_rate=None,
     repayment_method="按月付息、到期还本", dispute_method="court",
     guarantor="罗明", guarantee_type="连带责任保证", guarantee_period_months=None)

# ---------------------------------------------------------------- hb20 2018 借款合同 月利率千分之十五, compound clause
txt("hb20_借款合同_秦家福_谢东.txt", """
借款合同

出借人：秦家福，身份证号：512501196507300013，住内江市市中区玉溪路16号
借款人：谢东，身份证号：511002197808145274，住内江市东兴区东兴街道汉渝大道302号

经双方协商一致，订立本合同。

第一条 借款人向出借人借款人民币叁拾万元整（￥300,000元），借款期限一年，自2018年5月20日至2019年5月19日。

第二条 借款月利率为千分之十五，按季结息，每季度末月20日为结息日，借款到期归还本金。

第三条 借款人未按期支付的利息，计入本金，按本合同利率计收复利。

第四条 借款人到期不能归还本金的，逾期部分按月利率2%计付逾期利息。

第五条 本合同发生的争议，向内江市市中区人民法院起诉。

出借人：秦家福
借款人：谢东
2018年5月20日
""")
gold("hb20_借款合同_秦家福_谢东.txt",
     "Individual-to-individual contract of 2018-05-20 (pre-LPR): 月利率千分之十五 = 1.5 %/month = 18 %/yr; quarterly "
     "interest; unpaid interest is added to principal and compounded → compound_interest_restated. Overdue 月利率2% "
     "= 24 %; no overdue_charges_above_cap because there is no LPR on the contract date (2015 rules, 24 % line).",
     ["pre_lpr_rate_rules", "compound_interest_restated"], as_of="2021-08-15",
     lender="秦家福", lender_kind=NP, borrower="谢东", borrower_kind=NP, principal="300000", amount_delivered=None,
     contract_date="2018-05-20", start_date="2018-05-20", end_date="2019-05-19", annual_rate="0.18",
     overdue_rate="0.24", penalty_rate=None, repayment_method="按季付息、到期还本", dispute_method="court",
     guarantor=None, guarantee_type=None, guarantee_period_months=None)

# ---------------------------------------------------------------- hb21 借条 不计利息, overdue at LPR
txt("hb21_借条_母春华.txt", """
借条

今借到袁志刚人民币贰万元整（20000元），不计利息，于2024年12月31日前一次还清。如逾期未还，自逾期之日起按借条出具时的一年期贷款市场报价利率计付利息。

借款人：母春华
身份证号：511621199211057729
2024.2.8
""")
gold("hb21_借条_母春华.txt",
     "Interest-free 借条 between friends ('不计利息' stated expressly, so interest IS agreed — at zero — and "
     "no_interest_agreed is not raised); overdue at the one-year LPR in force on 2024-02-08 = 3.45 %.",
     [], as_of="2025-02-20",
     lender="袁志刚", lender_kind=NP, borrower="母春华", borrower_kind=NP, principal="20000", amount_delivered=None,
     contract_date="2024-02-08", start_date="2024-02-08", end_date="2024-12-31", annual_rate="0",
     overdue_rate="0.0345", penalty_rate=None, repayment_method="到期一次性还本付息", dispute_method=None,
     guarantor=None, guarantee_type=None, guarantee_period_months=None)

# ---------------------------------------------------------------- hb22 借款协议 2022 月利率0.8%, three instalments
txt("hb22_借款协议_任小红_付建.txt", """
借 款 协 议

出借人（甲方）：任小红   身份证号：511322197711246442
借款人（乙方）：付 建   身份证号：511322198403117215

一、乙方向甲方借款陆万元整（60000元），甲方已于本协议签订当日以微信转账方式付清。
二、借款利息按月利率0.8%计算。
三、还款安排：乙方分三期还款，2023年3月31日前还20000元，2023年6月30日前还20000元，2023年9月30日前还清余款及全部利息。
四、乙方任何一期未按时还款的，逾期部分按月利率1%计付逾期利息，甲方有权要求乙方一次性还清全部借款。
五、因本协议发生纠纷，由甲方所在地人民法院管辖。

甲方：任小红
乙方：付建
二〇二二年十二月一日
""")
gold("hb22_借款协议_任小红_付建.txt",
     "借款协议 with three repayment dates (分期还款; end = last instalment 2023-09-30); 月利率0.8% = 9.6 %, overdue "
     "月利率1% = 12 % (cap 14.6 %). Clean.",
     [], as_of="2025-02-14",
     lender="任小红", lender_kind=NP, borrower="付建", borrower_kind=NP, principal="60000", amount_delivered=None,
     contract_date="2022-12-01", start_date="2022-12-01", end_date="2023-09-30", annual_rate="0.096",
     overdue_rate="0.12", penalty_rate=None, repayment_method="分期还款", dispute_method="court",
     guarantor=None, guarantee_type=None, guarantee_period_months=None)

# ---------------------------------------------------------------- hb23 DOCX table 每月利息1200元, car mortgage
dx("hb23_借款合同_林永康_邹建平.docx", [
    ("title", "借款合同"),
    ("table", [
        ["出借人", "林永康", "身份证号", "510104197908213393"],
        ["借款人", "邹建平", "身份证号", "510781198601075519"],
        ["借款金额", "壹拾伍万元整（¥150,000）", "借款期限", "2025年3月10日—2026年3月9日"],
        ["利息", "每月利息1200元，每月10日前支付", "还本", "到期一次性归还本金"],
        ["逾期", "逾期期间按每月1500元计付逾期利息", "抵押物", "借款人名下川B·D62U9小型轿车"],
    ]),
    ("p", "1. 借款人以上述车辆提供抵押担保，双方于本合同签订后五日内到车管所办理抵押登记。"),
    ("p", "2. 出借人以银行转账方式交付借款，转账凭证作为本合同附件。"),
    ("p", "3. 因本合同产生的纠纷，由江油市人民法院管辖。"),
    ("p", "出借人（签名）：林永康        借款人（签名）：邹建平"),
    ("p", "2025年3月10日"),
])
gold("hb23_借款合同_林永康_邹建平.docx",
     "Loan secured by a car mortgage (no guarantor), terms in a table: 每月利息1200元 ÷ 150,000 × 12 = 9.6 %, overdue "
     "每月1500元 = 12 % (cap 4 × 3.10 % = 12.4 %). Clean.",
     [], as_of="2026-05-11",
     lender="林永康", lender_kind=NP, borrower="邹建平", borrower_kind=NP, principal="150000", amount_delivered=None,
     contract_date="2025-03-10", start_date="2025-03-10", end_date="2026-03-09", annual_rate="0.096",
     overdue_rate="0.12", penalty_rate=None, repayment_method="按月付息、到期还本", dispute_method="court",
     guarantor=None, guarantee_type=None, guarantee_period_months=None)

# ---------------------------------------------------------------- hb24 DOCX person → company 2026, 年化10%, 等额本金, company guarantor, arbitration
dx("hb24_借款合同_高建英_锦绣园林.docx", [
    ("title", "借款合同"),
    ("p", "甲方（出借人）：高建英，身份证号：511302197612304826"),
    ("p", "乙方（借款人）：南充市高坪区锦绣园林绿化工程有限公司，统一社会信用代码：91511303MA65P9KF2Y"),
    ("p", "丙方（保证人）：南充市嘉陵区宏泰实业有限公司，统一社会信用代码：91511304MA6284EB7U"),
    ("p", "第一条 借款金额：人民币捌拾万元整（800000元）。"),
    ("p", "第二条 借款期限：自二〇二六年一月十五日起至二〇二七年一月十四日止。"),
    ("p", "第三条 借款利率：年化利率10%。"),
    ("p", "第四条 还款方式：等额本金，分12期按月偿还，每期归还本金66666.67元（末期为66666.63元）及当期利息。"),
    ("p", "第五条 逾期：乙方逾期还款的，逾期罚息利率为本合同借款利率上浮10%，即年利率11%。"),
    ("p", "第六条 保证：丙方对乙方本合同项下全部债务承担连带责任保证，保证期间为主债务履行期限届满之日起三年。"),
    ("p", "第七条 争议解决：凡因本合同引起的争议，提请南充仲裁委员会仲裁。"),
    ("p", "甲方（签字）：高建英"),
    ("p", "乙方（盖章）：南充市高坪区锦绣园林绿化工程有限公司    丙方（盖章）：南充市嘉陵区宏泰实业有限公司"),
    ("p", "二〇二六年一月十五日"),
])
gold("hb24_借款合同_高建英_锦绣园林.docx",
     "Individual lends to a landscaping company, 2026 dates in 二〇二六年 form; 年化10 %, 等额本金, overdue 11 % (cap "
     "4 × 3.00 % = 12 %); a company is the joint guarantor; arbitration.",
     [], as_of="2026-11-30",
     lender="高建英", lender_kind=NP, borrower="南充市高坪区锦绣园林绿化工程有限公司", borrower_kind=EN,
     principal="800000", amount_delivered=None, contract_date="2026-01-15", start_date="2026-01-15",
     end_date="2027-01-14", annual_rate="0.1", overdue_rate="0.11", penalty_rate=None,
     repayment_method="等额本金", dispute_method="arbitration",
     guarantor="南充市嘉陵区宏泰实业有限公司", guarantee_type="连带责任保证", guarantee_period_months=36)

# ---------------------------------------------------------------- hb25 农商行 2019 (pre-LPR), 基准上浮30%, 融资担保 guarantor
txt("hb25_农商行流动资金借款合同_绿源合作社.txt", """
流动资金借款合同

合同编号：营山金穗农商行流借字2019第0628-11号

贷款人：四川营山金穗农村商业银行股份有限公司
借款人：营山县绿源果蔬种植专业合作社
统一社会信用代码：93511322MA64FR8W1D
法定代表人：蒲正清
保证人：南充市兴农融资担保有限责任公司

第一条  借款金额：人民币伍拾万元整（RMB500,000.00）。
第二条  借款用途：购买种苗、化肥及支付土地流转费。
第三条  借款期限：壹年，自2019年6月28日起至2020年6月27日止。
第四条  借款利率：按中国人民银行公布的同期同档次贷款基准利率上浮30%执行，即执行年利率5.655%，合同期内利率不变。
第五条  结息与还款：按月结息，结息日为每月20日；到期一次性偿还本金。
第六条  罚息与复利：借款人未按期归还借款本金的，自逾期之日起按本合同执行利率加收50%计收罚息；对借款人不能按期支付的利息，按罚息利率计收复利。
第七条  担保：本合同项下借款由保证人提供连带责任保证，保证期间为借款期限届满之日起两年，具体以保证人与贷款人另行签订的《保证合同》为准。
第八条  争议解决：因本合同发生的争议，由贷款人住所地人民法院管辖。

贷款人（公章）：四川营山金穗农村商业银行股份有限公司
借款人（公章）：营山县绿源果蔬种植专业合作社
法定代表人（签字）：蒲正清
签订日期：2019年6月28日
""")
gold("hb25_农商行流动资金借款合同_绿源合作社.txt",
     "农商行 working-capital loan to a farmers' cooperative, signed 2019-06-28 (before the LPR): 基准利率上浮30% stated "
     "as 年利率5.655 % (4.35 % × 1.3); penalty +50 %; bank 复利 (private-lending rules, incl. pre_lpr_rate_rules, do "
     "not apply to a bank); a 融资担保 company is the joint guarantor for 2 years.",
     ["cap_not_applicable_licensed_lender"], as_of="2021-03-01",
     lender="四川营山金穗农村商业银行股份有限公司", lender_kind=LL, borrower="营山县绿源果蔬种植专业合作社", borrower_kind=EN,
     principal="500000", amount_delivered=None, contract_date="2019-06-28", start_date="2019-06-28",
     end_date="2020-06-27", annual_rate="0.05655", overdue_rate="0.084825", penalty_rate=None,
     repayment_method="按月付息、到期还本", dispute_method="court",
     guarantor="南充市兴农融资担保有限责任公司", guarantee_type="连带责任保证", guarantee_period_months=24)

# ---------------------------------------------------------------- hb26 DOCX employer lends to employee, 年利率4%, wage deductions
dx("hb26_员工借款协议_金马机械_李勇.docx", [
    ("title", "员工借款协议"),
    ("p", "甲方（出借人）：绵阳市安州区金马机械制造有限公司"),
    ("p", "乙方（借款人）：李勇   身份证号：510724198809302217   部门：装配车间"),
    ("p", "乙方因购房首付需要向甲方申请借款，经公司总经理办公会同意，双方约定如下："),
    ("p", "1、借款金额：伍万元整（50000元），由公司财务转入乙方工资卡。"),
    ("p", "2、借款期限：两年，自2020年5月6日至2022年5月5日。"),
    ("p", "3、借款利息：年利率4%，利息按剩余本金计算。"),
    ("p", "4、还款方式：自2020年6月起，甲方每月从乙方工资中扣还本金2000元及当月利息，余额于到期日一次结清。"),
    ("p", "5、乙方在借款期间离职的，应在办理离职手续前还清全部借款本息；逾期未还部分按年利率6%计收逾期利息。"),
    ("p", "6、本协议发生争议，由甲方所在地人民法院管辖。"),
    ("p", "甲方（盖章）：绵阳市安州区金马机械制造有限公司        经办人：杜红梅"),
    ("p", "乙方（签字）：李勇"),
    ("p", "2020年5月6日"),
])
gold("hb26_员工借款协议_金马机械_李勇.docx",
     "Company lends to its employee (enterprise → natural person), deducted from wages: 年利率4 %, 分期还款, overdue "
     "6 %. Clean.",
     [], as_of="2022-09-01",
     lender="绵阳市安州区金马机械制造有限公司", lender_kind=EN, borrower="李勇", borrower_kind=NP,
     principal="50000", amount_delivered=None, contract_date="2020-05-06", start_date="2020-05-06",
     end_date="2022-05-05", annual_rate="0.04", overdue_rate="0.06", penalty_rate=None,
     repayment_method="分期还款", dispute_method="court",
     guarantor=None, guarantee_type=None, guarantee_period_months=None)

# ---------------------------------------------------------------- hb27 借条 大写 ≠ 小写, 日息万分之三
txt("hb27_借条_龚平.txt", """
借条
今借到 母德全 人民币叁拾万元整（¥350000.00），日息万分之三，于2022年8月29日前连本带息一次还清。逾期按月利率1%计算逾期利息。
借款人：龚平
身份证号码：510921198012167734
住址：遂宁市蓬溪县赤城镇文井路33号
2021.8.30
""")
gold("hb27_借条_龚平.txt",
     "借条 whose 大写 (叁拾万元 = 300,000) and 小写 (¥350000) disagree; gold follows the 大写 as courts usually do "
     "absent transfer records. 日息万分之三 × 365 = 10.95 %, overdue 月利率1% = 12 % (cap 15.4 %).",
     [], as_of="2024-11-11",
     lender="母德全", lender_kind=NP, borrower="龚平", borrower_kind=NP, principal="300000", amount_delivered=None,
     contract_date="2021-08-30", start_date="2021-08-30", end_date="2022-08-29", annual_rate="0.1095",
     overdue_rate="0.12", penalty_rate=None, repayment_method="到期一次性还本付息", dispute_method=None,
     guarantor=None, guarantee_type=None, guarantee_period_months=None)

# ---------------------------------------------------------------- hb28 补充协议 extending a 2020 loan, rate changed
txt("hb28_补充协议_黄明亮_众鑫商贸.txt", """
借款合同补充协议

甲方（出借人）：黄明亮，身份证号：510626197004015510
乙方（借款人）：德阳市罗江区众鑫商贸有限公司，法定代表人：邱志远
丙方（保证人）：邱志远，身份证号：510626198111236678

甲乙丙三方于2020年3月1日签订《借款合同》，约定乙方向甲方借款人民币壹佰万元整（1000000元），借款期限自2020年3月1日至2022年2月28日，月息1分2，丙方承担连带保证责任。现借款期限届满，乙方申请延期，经三方协商，达成补充协议如下：

一、借款期限延长至2023年2月28日。
二、自2022年3月1日起，借款利率调整为年利率12%，每月1日前支付上月利息，到期归还本金。
三、乙方逾期还款的，按月利率1.2%支付逾期利息。
四、丙方同意继续为乙方上述借款承担连带保证责任，保证期间为延长后的借款期限届满之日起三年。
五、本补充协议未约定的事项，仍按原《借款合同》执行；原合同约定的争议解决方式（由甲方所在地人民法院管辖）继续有效。

甲方：黄明亮
乙方（盖章）：德阳市罗江区众鑫商贸有限公司   法定代表人：邱志远
丙方：邱志远

2022年3月1日
""")
gold("hb28_补充协议_黄明亮_众鑫商贸.txt",
     "补充协议 with two sets of numbers: the gold is the loan as extended (contract_date = the supplement's signing "
     "date 2022-03-01, start = the original start 2020-03-01, end = new due date 2023-02-28, rate = new 12 %, not the "
     "original 月息1分2). Overdue 月利率1.2 % = 14.4 % < 14.8 %. Guarantee renewed, 3 years.",
     [], as_of="2025-05-20",
     lender="黄明亮", lender_kind=NP, borrower="德阳市罗江区众鑫商贸有限公司", borrower_kind=EN,
     principal="1000000", amount_delivered=None, contract_date="2022-03-01", start_date="2020-03-01",
     end_date="2023-02-28", annual_rate="0.12", overdue_rate="0.144", penalty_rate=None,
     repayment_method="按月付息、到期还本", dispute_method="court",
     guarantor="邱志远", guarantee_type="连带责任保证", guarantee_period_months=36)

# ---------------------------------------------------------------- hb29 DOCX template with the rate left blank; overdue 日万分之五
dx("hb29_借款合同范本_李秀芳_王小刚.docx", [
    ("title", "借款合同"),
    ("p", "（范本，空白处由双方填写）"),
    ("table", [
        ["出借人（甲方）", "李秀芳", "身份证号", "511025197307182241"],
        ["借款人（乙方）", "王小刚", "身份证号", "511025199002257613"],
        ["保证人（丙方）", "王大刚", "身份证号", "511025198608057618"],
        ["借款金额", "人民币（大写）壹拾万元整  ￥100000元", "借款用途", "生意周转"],
        ["借款期限", "自2026年5月18日至2027年5月17日", "借款利率", "月利率____%"],
        ["还款方式", "□按月付息、到期还本  ☑到期一次性还本付息", "逾期利息", "逾期按每日万分之五计收逾期利息"],
    ]),
    ("p", "第一条  甲方应于本合同签订之日将借款交付乙方，乙方出具收条。"),
    ("p", "第二条  丙方对乙方的借款本息承担连带责任保证，保证期间为两年，自借款期限届满之日起计算。"),
    ("p", "第三条  本合同发生争议，由甲方住所地人民法院管辖。"),
    ("p", "甲方：李秀芳    乙方：王小刚    丙方：王大刚"),
    ("p", "签订日期：2026 年 5 月 18 日"),
])
gold("hb29_借款合同范本_李秀芳_王小刚.docx",
     "Downloaded template with the interest blank ('月利率____%') → interest not agreed; overdue 日万分之五 = 18.25 % "
     "above 4 × 3.00 % = 12 % → overdue_charges_above_cap; joint guarantee 2 years.",
     ["no_interest_agreed", "overdue_charges_above_cap"], as_of="2026-11-20",
     lender="李秀芳", lender_kind=NP, borrower="王小刚", borrower_kind=NP, principal="100000", amount_delivered=None,
     contract_date="2026-05-18", start_date="2026-05-18", end_date="2027-05-17", annual_rate=None,
     overdue_rate="0.1825", penalty_rate=None, repayment_method="到期一次性还本付息", dispute_method="court",
     guarantor="王大刚", guarantee_type="连带责任保证", guarantee_period_months=24)

# ---------------------------------------------------------------- hb30 借条 at exactly 4×LPR (boundary)
txt("hb30_借条_何春燕.txt", """
借  条

今借到 严志华 人民币柒万元整（70000元），借款期限半年（2023年7月10日至2024年1月9日），利息按本借条出具时一年期贷款市场报价利率的四倍计算，到期连本带息一次还清。逾期未还的，逾期利息仍按上述标准计算。

借款人：何春燕
身份证号：511502199304262128
2023年7月10日
""")
gold("hb30_借条_何春燕.txt",
     "Boundary case: rate = 4 × LPR on 2023-07-10 = 4 × 3.55 % = 14.2 %, exactly at (not above) the cap; overdue the "
     "same 14.2 %. No findings.",
     [], as_of="2025-06-30",
     lender="严志华", lender_kind=NP, borrower="何春燕", borrower_kind=NP, principal="70000", amount_delivered=None,
     contract_date="2023-07-10", start_date="2023-07-10", end_date="2024-01-09", annual_rate="0.142",
     overdue_rate="0.142", penalty_rate=None, repayment_method="到期一次性还本付息", dispute_method=None,
     guarantor=None, guarantee_type=None, guarantee_period_months=None)


# ---------------------------------------------------------------- writers
FIXED = datetime(2026, 12, 1, 9, 0, 0)


def build_docx(blocks: list) -> bytes:
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(12)
    for kind, val in blocks:
        if kind == "title":
            p = d.add_paragraph()
            r = p.add_run(val)
            r.bold = True
            r.font.size = Pt(16)
            p.alignment = 1
        elif kind == "h":
            p = d.add_paragraph()
            p.add_run(val).bold = True
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "table":
            ncol = max(len(r) for r in val)
            t = d.add_table(rows=len(val), cols=ncol)
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
        else:
            raise ValueError(kind)
    cp = d.core_properties
    cp.author = "contracts_holdout2"
    cp.last_modified_by = "contracts_holdout2"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    # re-zip with fixed timestamps and order so the bytes are reproducible
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in src.namelist():
            zi = zipfile.ZipInfo(name, date_time=(2026, 12, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(name))
    return out.getvalue()


def main() -> None:
    files = [f for f, _, _ in DOCS]
    assert len(files) == 30 and len(set(files)) == 30
    assert [g["file"] for g in GOLD] == files
    for f in OUT.glob("hb[0-9][0-9]_*"):
        f.unlink()
    for f, kind, content in DOCS:
        p = OUT / f
        if kind == "docx":
            p.write_bytes(build_docx(content))
        elif kind == "gb18030":
            p.write_bytes(content.encode("gb18030"))
        else:
            p.write_bytes(content.encode("utf-8"))
    with open(OUT / "gold.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        for row in GOLD:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(DOCS)} files + gold.jsonl to {OUT}")


if __name__ == "__main__":
    main()
