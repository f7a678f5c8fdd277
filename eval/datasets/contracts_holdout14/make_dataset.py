"""Build contracts_holdout14 (held out: never tune on these rows).

Every document text and every gold row is typed by hand below (author 15, persona 杨丽芬, 法务/风险经理 at a made-up
融资担保公司 in 昆明). Running this script rewrites the 30 documents and gold.jsonl byte for byte (DOCX zip entries get a
fixed timestamp). Everything is fictitious.

    /work/main/.venv/bin/python eval/datasets/contracts_holdout14/make_dataset.py
"""
from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
AS_OF = "2026-11-20"   # the day 杨丽芬 went through the pile, unless a row says otherwise

DOCS: list[dict] = []


def doc(file: str, fmt: str, body, fields: dict, findings: list[str], as_of: str = AS_OF, notes: str = "",
        expect_warning: str | None = None) -> None:
    DOCS.append({"file": file, "fmt": fmt, "body": body, "fields": fields, "findings": findings, "as_of": as_of,
                 "notes": notes, "expect_warning": expect_warning})


# ---------------------------------------------------------------------------------------------------------------
# hn01 — bank 流动资金借款合同, LPR+95BP with the LPR figure written, our company as guarantor (DOCX, key terms in table)
doc("hn01_流动资金借款合同_滇池农商行.docx", "docx", [
    ("h", "流动资金借款合同"),
    ("p", "合同编号：滇池农商（呈贡）流借字2023第0915-07号"),
    ("p", "借款人（甲方）：昆明彩云建材有限公司\n统一社会信用代码：91530114MA6K******\n法定代表人：普彩云"),
    ("p", "贷款人（乙方）：昆明滇池农村商业银行股份有限公司呈贡支行\n负责人：李晓东"),
    ("p", "甲方因生产经营周转需要，向乙方申请流动资金借款，乙方同意发放。经双方协商一致，订立本合同。主要借款要素见下表："),
    ("t", [
        ["项目", "约定内容"],
        ["借款金额", "人民币叁佰万元整（¥3,000,000.00）"],
        ["借款用途", "购买钢材、水泥等建材"],
        ["借款期限", "12个月，自2023年9月15日起至2024年9月14日止（以借款借据记载为准）"],
        ["利率", "浮动利率：以本合同签订日前一工作日全国银行间同业拆借中心公布的一年期贷款市场报价利率（LPR）为基准加95个基点（1BP=0.01%）。签订时一年期LPR为3.45%，执行年利率4.40%。利率调整周期为12个月。"],
        ["结息及还款方式", "按月结息，结息日为每月20日；到期一次性归还本金"],
        ["逾期罚息", "逾期贷款罚息利率为本合同执行利率上浮50%；对不能按时支付的利息，按罚息利率计收复利"],
        ["担保方式", "保证。保证人：昆明滇信融资担保有限公司，提供连带责任保证，保证期间为主债务履行期限届满之日起三年，另签《保证合同》（编号DX-BZ-2023-0388）"],
        ["争议解决", "向乙方住所地人民法院提起诉讼"],
    ]),
    ("p", "第八条 甲方未按约定用途使用借款的，乙方有权对挪用部分在执行利率基础上加收100%计收罚息，并有权提前收回借款。"),
    ("p", "第十二条 本合同自双方签字盖章之日起生效。本合同一式三份，甲乙双方及保证人各执一份。"),
    ("p", "甲方（盖章）：昆明彩云建材有限公司　　法定代表人：普彩云\n乙方（盖章）：昆明滇池农村商业银行股份有限公司呈贡支行　　负责人：李晓东\n签订日期：2023年9月15日　签订地点：昆明市呈贡区"),
], {"lender": "昆明滇池农村商业银行股份有限公司呈贡支行", "lender_kind": "licensed_lender",
    "borrower": "昆明彩云建材有限公司", "borrower_kind": "enterprise",
    "principal": "3000000", "amount_delivered": "3000000", "annual_rate": "0.044", "overdue_rate": "0.066",
    "penalty_rate": None, "contract_date": "2023-09-15", "start_date": "2023-09-15", "end_date": "2024-09-14",
    "repayment_method": "按月付息、到期还本", "dispute_method": "court",
    "guarantor": "昆明滇信融资担保有限公司", "guarantee_type": "连带责任保证", "guarantee_period_months": 36},
    ["cap_not_applicable_licensed_lender"],
    notes="LPR 3.45 (2023-08-21) + 95BP = 4.40 %, also written out. 罚息 = 4.40 × 1.5 = 6.6 %. The 挪用 罚息 (+100 %) "
          "is a conditional rate for misuse, not the overdue rate. Bank's 复利 clause: compound rule is private-lending "
          "only, so no finding.")

# hn02 — our own 委托保证合同: 担保费, 保证金 paid in by the 委托人 (not deducted by the lender); guarantee instrument
doc("hn02_委托保证合同_斗南花语.txt", "utf-8", """委托保证合同

编号：滇信委保（2024）第031号

甲方（委托人/借款人）：昆明斗南花语花卉有限公司
住所：昆明市呈贡区斗南街道花卉交易中心B区
法定代表人：李花语

乙方（保证人）：昆明滇信融资担保有限公司
住所：昆明市西山区滇池路××号
法定代表人：赵立新

鉴于甲方拟向云南红土地村镇银行股份有限公司（以下简称"贷款银行"）申请流动资金借款人民币壹佰万元整（¥1,000,000.00），借款期限自2024年3月12日起至2025年3月11日止，借款利率以甲方与贷款银行签订的《借款合同》（以下称主合同）约定为准；甲方委托乙方为上述借款向贷款银行提供保证担保。经协商，订立本合同。

第一条 保证方式及范围
乙方向贷款银行提供连带责任保证，保证范围为主合同项下借款本金、利息、罚息、复利及实现债权的费用。保证期间为主合同约定的债务履行期限届满之日起三年。具体以乙方与贷款银行签订的《保证合同》为准。

第二条 担保费
甲方按担保金额的年费率1.5%向乙方支付担保费，即人民币壹万伍仟元整，于贷款银行放款前一次性付清。担保费一经收取，不因甲方提前还款而退还。

第三条 保证金
甲方应于放款前向乙方交存保证金人民币伍万元整（担保金额的5%），存入乙方指定账户。甲方按期归还主合同借款本息后，乙方于五个工作日内无息退还；如乙方代偿，保证金直接抵扣代偿款。

第四条 代偿及追偿
乙方代偿后，有权向甲方追偿代偿的全部款项，并自代偿之日起按代偿金额每日万分之五收取资金占用费。

第五条 反担保
甲方股东李花语、王建东另行向乙方提供反担保，签订《反担保保证合同》。

第六条 争议解决
因本合同发生的争议，提交昆明仲裁委员会仲裁。

第七条 其他
本合同自双方签字盖章之日起生效，一式三份。

甲方（盖章）：昆明斗南花语花卉有限公司　法定代表人（签字）：李花语
乙方（盖章）：昆明滇信融资担保有限公司　法定代表人或授权代表（签字）：杨丽芬（授权）

签订日期：2024年3月8日
""", {"lender": "云南红土地村镇银行股份有限公司", "lender_kind": "licensed_lender",
      "borrower": "昆明斗南花语花卉有限公司", "borrower_kind": "enterprise",
      "principal": "1000000", "amount_delivered": "1000000", "contract_date": "2024-03-08",
      "start_date": "2024-03-12", "end_date": "2025-03-11", "dispute_method": "arbitration",
      "guarantor": "昆明滇信融资担保有限公司", "guarantee_type": "连带责任保证", "guarantee_period_months": 36},
    ["cap_not_applicable_licensed_lender"],
    notes="Guarantee instrument: the loan's rates sit in the bank's main contract, so annual_rate/overdue_rate/penalty_rate "
          "and repayment_method are left out. The 保证金 is paid in by the borrower to the guarantor, not withheld by the "
          "lender from the loan, so no 砍头息 and amount_delivered = principal. The 资金占用费 (每日万分之五) runs on the "
          "guarantor's 追偿 claim, not on the loan: not an overdue rate. The creditor of the guaranteed debt is a 村镇银行, "
          "so the licensed-lender info finding is expected.")

# hn03 — 普洱茶 借条, 月息1分5 above 4×LPR, bare 担保人 in 2023
doc("hn03_借条_勐海春茶.txt", "utf-8", """借  条

今借到李春华人民币伍拾万元整（¥500000元），用于收勐海春茶（老班章、贺开片区毛料）。
月息1分5，借期半年，利息到期一并结清，2023年10月30日前连本带息还清。

借款人：岩温香（身份证号5328221985******12）
电话：139****6621
担保人：刀玉香
2023年4月28日

（款项已于当日由李春华农行卡转入岩温香农信卡，转账凭证附后）
""", {"lender": "李春华", "lender_kind": "natural_person", "borrower": "岩温香", "borrower_kind": "natural_person",
      "principal": "500000", "amount_delivered": "500000", "annual_rate": "0.18", "overdue_rate": None,
      "penalty_rate": None, "contract_date": "2023-04-28", "start_date": "2023-04-28", "end_date": "2023-10-30",
      "repayment_method": "到期一次性还本付息", "dispute_method": None, "guarantor": "刀玉香",
      "guarantee_type": "unspecified", "guarantee_period_months": None},
    ["rate_above_4x_lpr", "no_overdue_rate_agreed", "guarantee_type_defaults_to_general",
     "guarantee_period_defaults_to_6_months"],
    as_of="2026-05-06",
    notes="月息1分5 = 1.5 %/month = 18 %/yr. LPR on 2023-04-28 = 3.65 (from 2022-08-22) → cap 14.6 %. Guarantee given "
          "2023, after the 民法典, no type and no period → both default findings. Due 2023-10-30: reviewed 2026-05-06 "
          "(as_of), so the three years (to 2026-10-30) have not run.")

# hn04 — 斗南 flower trader's 欠条: no interest, due "春节前", one noted payment, still out of time
doc("hn04_欠条_斗南花款.txt", "utf-8", """欠条

今欠到王建国花款加借款共计捌万陆仟元整（86000元）。其中玫瑰、康乃馨花款伍万壹仟元，二〇二一年十月借的现金叁万伍仟元。
2022年春节前还清，咋个都不会赖账。

欠款人：段丽萍
身份证：530111198907******
2021年11月2日

————————————
2023年8月5日 段丽萍还壹万元，还欠柒万陆仟元。  王建国（签）  段丽萍（签）
""", {"lender": "王建国", "lender_kind": "natural_person", "borrower": "段丽萍", "borrower_kind": "natural_person",
      "principal": "86000", "amount_delivered": "86000", "annual_rate": None, "overdue_rate": None,
      "penalty_rate": None, "contract_date": "2021-11-02", "dispute_method": None, "guarantor": None,
      "guarantee_type": None, "guarantee_period_months": None},
    ["no_interest_agreed", "no_overdue_rate_agreed", "limitation_period_expired"],
    notes="'2022年春节前' (春节 = 2022-02-01): end_date left out (no day). Whatever day in Jan 2022 it is, the noted "
          "payment of 2023-08-05 restarts the period to 2026-08-05, before as_of 2026-11-20 → expired. Part of the debt "
          "is 花款 (goods) turned into an IOU; the whole 86000 is the amount the note states. start_date left out.")

# hn05 — 瑞丽 翡翠 商行 borrows from a person: 日息0.05%, overdue 千分之一/day, arbitration OR court (GB18030)
doc("hn05_翡翠商行借款协议_瑞丽.txt", "gb18030", """借款协议

出借人（甲方）：段绍明，男，汉族，身份证号码：533102197603******，住瑞丽市姐告路
借款人（乙方）：瑞丽市玉缘翡翠商行（经营者：岩温，身份证号码：533102198211******）

乙方因进缅甸毛料周转，向甲方借款，双方协商如下：
一、借款金额：人民币贰拾万元整（200000元），甲方于签订当日以现金及转账方式交付，乙方收到后另出具收条。
二、借款期限：3个月，自2024年5月16日至2024年8月15日。
三、利息：按日息0.05%计算，每月15日前付清当月利息，本金到期一次还清。
四、逾期：乙方到期不还本金的，逾期部分按每日千分之一计收逾期利息，直到还清为止。
五、乙方以店内翡翠成品（手镯、挂件，清单附后）作为还款保障，未经甲方同意不得整批出售。
六、发生纠纷双方协商，协商不成的，提交德宏仲裁委员会仲裁，或向瑞丽市人民法院起诉。
七、本协议一式两份，双方各执一份，签字按手印后生效。

甲方（签字按印）：段绍明
乙方（盖章）：瑞丽市玉缘翡翠商行　经营者（签字按印）：岩温
2024年5月16日
""", {"lender": "段绍明", "lender_kind": "natural_person", "borrower": "瑞丽市玉缘翡翠商行",
      "borrower_kind": "enterprise", "principal": "200000", "amount_delivered": "200000", "annual_rate": "0.1825",
      "overdue_rate": "0.365", "penalty_rate": None, "contract_date": "2024-05-16", "start_date": "2024-05-16",
      "end_date": "2024-08-15", "repayment_method": "按月付息、到期还本", "dispute_method": "court_or_arbitration",
      "guarantor": None, "guarantee_type": None, "guarantee_period_months": None},
    ["rate_above_4x_lpr", "overdue_charges_above_cap"],
    notes="日息0.05% × 365 = 18.25 %; 千分之一/day × 365 = 36.5 %. LPR on 2024-05-16 = 3.45 → cap 13.8 %. The 翡翠 "
          "clause is a loose 'keep the stock' promise, no 质押 delivered and no third party: guarantor null. The clause "
          "names both 仲裁 and 法院 → court_or_arbitration (and is legally an invalid arbitration choice).")

# hn06 — 林权抵押 借款 from a 信用合作联社 for a walnut 合作社; fixed rate; 理事长 as joint guarantor (DOCX table)
doc("hn06_林权抵押借款合同_凤庆核桃.docx", "docx", [
    ("h", "林权抵押借款合同"),
    ("p", "合同编号：凤信联营盘2022林抵字第018号"),
    ("p", "贷款人：凤庆县农村信用合作联社营盘信用社\n借款人：凤庆县滇红核桃种植专业合作社（法定代表人：李国强）\n保证人：李国强（身份证号：533921197105******）"),
    ("p", "为支持核桃基地提质改造，借款人以其依法取得的林地使用权及林木所有权作抵押向贷款人借款，保证人提供连带责任保证。各方约定如下："),
    ("t", [
        ["借款金额", "人民币捌拾万元整（800,000.00元）"],
        ["借款期限", "36个月：2022年3月18日至2025年3月17日"],
        ["借款利率", "固定利率，年利率6.5%，合同期内不调整"],
        ["还款方式", "按季结息，结息日为每季末月20日；到期一次还清本金"],
        ["逾期罚息", "在借款利率基础上加收50%"],
        ["抵押物", "林权证号 云（2019）凤庆县不动产权第00213××号，核桃林地326亩，评估价值142万元，已办理抵押登记"],
        ["保证", "李国强对本合同项下全部债务承担连带责任保证，保证期间为主债务履行期限届满之日起二年"],
    ]),
    ("p", "第九条 本合同项下发生的争议，由贷款人所在地人民法院管辖。"),
    ("p", "第十条 借款人应按林业主管部门要求做好森林防火及病虫害防治，抵押林木不得擅自采伐。"),
    ("p", "贷款人（公章）：凤庆县农村信用合作联社营盘信用社\n借款人（公章）：凤庆县滇红核桃种植专业合作社\n保证人（签字）：李国强\n2022年3月18日"),
], {"lender": "凤庆县农村信用合作联社营盘信用社", "lender_kind": "licensed_lender",
    "borrower": "凤庆县滇红核桃种植专业合作社", "borrower_kind": "enterprise", "principal": "800000",
    "amount_delivered": "800000", "annual_rate": "0.065", "overdue_rate": "0.0975", "penalty_rate": None,
    "contract_date": "2022-03-18", "start_date": "2022-03-18", "end_date": "2025-03-17",
    "repayment_method": "按季付息、到期还本", "dispute_method": "court", "guarantor": "李国强",
    "guarantee_type": "连带责任保证", "guarantee_period_months": 24},
    ["cap_not_applicable_licensed_lender"],
    notes="信用合作联社/信用社 is a licensed financial institution. The 林权 mortgage is by the borrower itself; the only "
          "third-party guarantor is 李国强 (joint, two years). 罚息 6.5 × 1.5 = 9.75 %.")

# hn07 — 普洱茶 仓单质押 with a 小贷公司, 月利率1.2%, arbitration (DOCX table)
doc("hn07_茶叶仓单质押借款合同_勐海.docx", "docx", [
    ("h", "仓单质押借款合同"),
    ("p", "甲方（贷款人）：西双版纳勐海县茶业小额贷款有限公司\n乙方（借款人/出质人）：勐海县古树人家茶叶有限公司\n丙方（保证人）：张茶英（乙方法定代表人）"),
    ("p", "乙方以其存放于勐海县茶叶交易中心监管仓库的普洱茶（熟茶饼，2019—2022年份，共计12.6吨）所出具的标准仓单出质，向甲方借款。"),
    ("t", [
        ["条款", "内容"],
        ["借款金额", "壹佰伍拾万元整（¥1,500,000）"],
        ["借款期限", "自2024年11月20日至2025年11月19日"],
        ["借款利率", "月利率1.2%，按月付息"],
        ["还本", "到期一次性归还"],
        ["逾期利率", "在原借款利率基础上上浮50%"],
        ["质押物", "仓单编号 MHCY-WR-2024-1107至1126，共20张，质押率不超过评估值的50%"],
        ["保证", "丙方承担连带责任保证，保证期间三年，自借款到期之日起计算"],
    ]),
    ("p", "第六条 质押期间，仓单项下茶叶价格下跌超过评估价值20%的，乙方应在十日内补充质押物或提前归还相应借款。"),
    ("p", "第十一条 因本合同引起的争议，提交西双版纳仲裁委员会仲裁，仲裁裁决是终局的。"),
    ("p", "甲方（盖章）：西双版纳勐海县茶业小额贷款有限公司\n乙方（盖章）：勐海县古树人家茶叶有限公司\n丙方（签字）：张茶英\n签订日期：2024年11月20日"),
], {"lender": "西双版纳勐海县茶业小额贷款有限公司", "lender_kind": "licensed_lender",
    "borrower": "勐海县古树人家茶叶有限公司", "borrower_kind": "enterprise", "principal": "1500000",
    "amount_delivered": "1500000", "annual_rate": "0.144", "overdue_rate": "0.216", "penalty_rate": None,
    "contract_date": "2024-11-20", "start_date": "2024-11-20", "end_date": "2025-11-19",
    "repayment_method": "按月付息、到期还本", "dispute_method": "arbitration", "guarantor": "张茶英",
    "guarantee_type": "连带责任保证", "guarantee_period_months": 36},
    ["cap_not_applicable_licensed_lender"],
    notes="14.4 %/yr is above 4 × 3.10 = 12.4 % but the lender is a 小贷公司 (批复, contract after 2021-01-01), so no "
          "rate finding, only the info. Overdue 1.2 × 1.5 = 1.8 %/month = 21.6 %.")

# hn08 — 公证债权文书 with 强制执行效力; the 执行证书 part records a 履约核实 that the borrower signed
doc("hn08_公证债权文书_砂石借款.txt", "utf-8", """（2021）云昆明证字第10873号

公  证  书

申请人：赵德明，男，1968年3月2日出生，身份证号码530102196803******
申请人：余文才，男，1979年9月15日出生，身份证号码532526197909******
申请人：余文华，男，1975年1月20日出生，身份证号码532526197501******

公证事项：赋予债权文书强制执行效力

兹证明出借人赵德明与借款人余文才、保证人余文华于二〇二一年七月十日在昆明市××公证处，在本公证员面前签订了前面的《借款合同》。

附：借款合同（摘录）
第一条 借款金额：人民币叁拾万元整（¥300,000.00），用于余文才承包的宜良县砂石料场购置装载机。
第二条 借款期限：自2021年7月10日起至2022年7月9日止。
第三条 借款年利率12%，每月10日付息，到期归还本金。
第四条 借款人逾期还款的，逾期部分按年利率15%计付逾期利息。
第五条 余文华自愿为本合同项下借款人的全部债务提供连带责任保证，保证期间为主债务履行期限届满之日起二年。
第六条 各方同意对本合同赋予强制执行效力。借款人、保证人不履行或不适当履行义务时，出借人可向原公证处申请出具执行证书，并持公证书及执行证书向有管辖权的人民法院申请强制执行。
第七条 除强制执行事项外，本合同履行中发生的其他争议，向出借人所在地人民法院起诉。

公证员：×××
二〇二一年七月十日

————————————
附：履约核实记录（2024年1月15日）
出借人赵德明申请出具执行证书。本处于2024年1月15日向借款人余文才送达《履约核实通知书》，余文才当日书面回复："确认尚欠本金30万元及2023年8月起利息未付，请求给予宽限。"
""", {"lender": "赵德明", "lender_kind": "natural_person", "borrower": "余文才", "borrower_kind": "natural_person",
      "principal": "300000", "amount_delivered": "300000", "annual_rate": "0.12", "overdue_rate": "0.15",
      "penalty_rate": None, "contract_date": "2021-07-10", "start_date": "2021-07-10", "end_date": "2022-07-09",
      "repayment_method": "按月付息、到期还本", "dispute_method": "court", "guarantor": "余文华",
      "guarantee_type": "连带责任保证", "guarantee_period_months": 24},
    [],
    notes="LPR on 2021-07-10 = 3.85 → cap 15.4 %: 12 % and the 15 % overdue rate are both inside. Due 2022-07-09 "
          "would run out 2025-07-09, but the 履约核实 of 2024-01-15 (served on and answered by the borrower, who "
          "acknowledged the debt) restarts it to 2027-01-15 → no limitation finding. Dispute: enforcement via 公证 plus "
          "'其他争议向法院起诉' → court.")

# hn09 — 借款展期协议 between two companies, interest rolled into the new principal
doc("hn09_借款展期协议_盛源恒泰.txt", "utf-8", """借款展期协议

甲方（出借人）：昆明盛源商贸有限公司
乙方（借款人）：云南恒泰建筑工程有限公司
丙方（保证人）：周宏（乙方法定代表人）

2023年1月10日，甲乙双方签订《借款合同》，约定甲方出借伍拾万元，借期一年至2024年1月9日，年利率12%，丙方提供连带责任保证。现借款即将到期，乙方因工程款未回笼无力归还，申请展期。经三方协商，达成如下协议：

一、截至2024年1月9日，乙方尚欠甲方借款本金伍拾万元、利息陆万元未付。双方同意将上述利息陆万元转为本金，展期后借款本金为人民币伍拾陆万元整（560000元）。
二、展期期限：自2024年1月10日起至2024年12月31日止。
三、展期利率：年利率12%，利息于展期到期日与本金一并支付。
四、展期到期乙方仍未还清的，未还部分按日万分之五计收逾期利息。
五、丙方同意对展期后的全部债务继续承担连带责任保证，保证期间自展期到期之日起三年。
六、原《借款合同》与本协议不一致的，以本协议为准；其余条款继续有效，包括争议由甲方所在地人民法院管辖的约定。

甲方（盖章）：昆明盛源商贸有限公司
乙方（盖章）：云南恒泰建筑工程有限公司
丙方（签字）：周宏
2024年1月5日
""", {"lender": "昆明盛源商贸有限公司", "lender_kind": "enterprise", "borrower": "云南恒泰建筑工程有限公司",
      "borrower_kind": "enterprise", "annual_rate": "0.12", "overdue_rate": "0.1825", "penalty_rate": None,
      "contract_date": "2024-01-05", "start_date": "2024-01-10", "end_date": "2024-12-31",
      "repayment_method": "到期一次性还本付息", "dispute_method": "court", "guarantor": "周宏",
      "guarantee_type": "连带责任保证", "guarantee_period_months": 36},
    ["compound_interest_restated", "overdue_charges_above_cap"],
    notes="Principal has two values (50万 original, 56万 after rolling in 6万 interest): principal and amount_delivered "
          "left out. contract_date = the 展期协议's own date. 12 % < 4 × 3.45 = 13.8 % (and < 4 × 3.65 for the 2023 "
          "original) → no rate finding; overdue 万分之五/day = 18.25 % > 13.8 % → overdue finding. Interest turned "
          "into principal → compound_interest_restated.")

# hn10 — 小贷 loan to a 烧烤 owner: 月利率1.5%, 管理费3% taken at disbursement, 等额本息 (DOCX table)
doc("hn10_小额贷款借款合同_金鼎小贷.docx", "docx", [
    ("h", "个人借款合同"),
    ("p", "合同编号：JD-XD-2025-0312-046"),
    ("p", "贷款人：昆明市五华区金鼎小额贷款有限公司\n借款人：马志强（身份证号530103198406******，经营\"老马家烧烤\"）\n保证人：马丽（身份证号530103198712******）"),
    ("t", [
        ["借款本金", "人民币壹拾万元整（100,000元）"],
        ["借款期限", "12个月，2025年3月12日至2026年3月11日"],
        ["月利率", "1.5%"],
        ["还款方式", "等额本息，每月12日还款，共12期"],
        ["管理费", "借款本金的3%，即3,000元，于放款时从借款本金中一次性扣收"],
        ["实际放款金额", "97,000元（已扣管理费），放款至借款人尾号6628账户"],
        ["罚息", "逾期未还款项按借款利率加收50%计收罚息"],
        ["保证", "马丽提供连带责任保证，保证期间为主债务履行期限届满之日起三年"],
    ]),
    ("p", "第七条 借款人提前还款的，应提前十日书面申请，已收取的管理费不予退还。"),
    ("p", "第十条 因本合同发生的争议，由贷款人住所地人民法院管辖。"),
    ("p", "贷款人（盖章）：昆明市五华区金鼎小额贷款有限公司\n借款人（签字按印）：马志强\n保证人（签字按印）：马丽\n签订日期：2025年3月12日"),
], {"lender": "昆明市五华区金鼎小额贷款有限公司", "lender_kind": "licensed_lender", "borrower": "马志强",
    "borrower_kind": "natural_person", "principal": "100000", "amount_delivered": "97000", "annual_rate": "0.18",
    "overdue_rate": "0.27", "penalty_rate": None, "contract_date": "2025-03-12", "start_date": "2025-03-12",
    "end_date": "2026-03-11", "repayment_method": "等额本息", "dispute_method": "court", "guarantor": "马丽",
    "guarantee_type": "连带责任保证", "guarantee_period_months": 36},
    ["cap_not_applicable_licensed_lender", "interest_deducted_upfront"],
    notes="The 管理费 deducted from the principal at disbursement counts as 砍头息 (小贷 may not pre-deduct interest or "
          "fees; 民法典 670 / 民间借贷规定 26 treat the delivered amount as principal). Overdue 1.5 % × 1.5 = 2.25 "
          "%/month = 27 %.")

# hn11 — 还款承诺书 from a 米线 shop owner: loan due 2020, promise in 2023 with a new deadline in 2024
doc("hn11_还款承诺书_米线店.txt", "utf-8", """还款承诺书

普春梅：
本人李富贵（身份证号530112197707******），于2019年11月8日向你借款人民币壹拾伍万元整（150000元），当时写有借条，约定月息壹分，2020年11月7日前连本带息还清。
因疫情期间米线店关门大半年，生意一直没恢复过来，借款到期后本息至今一分未还，实在对不住。
现本人承诺：
1、2023年10月底前先还本金伍万元；
2、剩余本金拾万元及全部利息（利息仍按月息壹分计算，算到还清之日），于2024年6月30日前全部还清。
如到时候还不上，你咋个处理我都认。

承诺人：李富贵（签字，按手印）
2023年4月10日

（原借条复印件附后）
""", {"lender": "普春梅", "lender_kind": "natural_person", "borrower": "李富贵", "borrower_kind": "natural_person",
      "principal": "150000", "amount_delivered": "150000", "annual_rate": "0.12", "overdue_rate": None,
      "penalty_rate": None, "dispute_method": None, "guarantor": None, "guarantee_type": None,
      "guarantee_period_months": None},
    ["no_overdue_rate_agreed"],
    notes="Two dates (the 2019-11-08 loan, the 2023-04-10 promise) and two due dates (2020-11-07 originally, 2024-06-30 "
          "promised; plus 5万 by 2023-10-31): contract_date, end_date, start_date and repayment_method left out. "
          "Limitation: the 2020 due date alone would have run out in 2023-11, but the promise is the debtor's agreement "
          "to perform (民法典 195) AND sets a new deadline 2024-06-30, from which three years run → not expired on "
          "2026-11-20. (Counting only from the promise date, 2026-04-10, would be wrong.) Rate 12 % is under the cap on "
          "either date (4 × 4.20 = 16.8 %, 4 × 3.65 = 14.6 %). '你咋个处理我都认' is no overdue rate.")

# hn12 — 诉前调解 → 民事调解书 of a 人民法院; the guarantor's 连带清偿责任 is fixed by the court
doc("hn12_民事调解书_官渡法院.txt", "utf-8", """云南省昆明市官渡区人民法院
民 事 调 解 书

（2024）云0111民初18××号

原告：张有福，男，1971年6月9日出生，汉族，住昆明市官渡区。
被告：昆明滇南砂石有限公司，住所地昆明市官渡区小板桥街道。
法定代表人：陈光明，该公司执行董事。
被告：陈光明，男，1980年2月14日出生，汉族，住昆明市官渡区。

原告张有福与被告昆明滇南砂石有限公司、陈光明民间借贷纠纷一案，本院于2024年11月4日立案后，经诉前调解程序转入诉讼，依法适用简易程序。
原告诉称：2023年5月20日，被告昆明滇南砂石有限公司向原告借款40万元，约定年利率10%，2024年5月19日前还清，被告陈光明在借条担保人处签字。借款到期后被告未还本付息。

本案审理过程中，经本院主持调解，当事人自愿达成如下协议：
一、被告昆明滇南砂石有限公司确认尚欠原告借款本金400000元及截至2024年11月30日的利息52000元（按年利率10%计算），合计452000元；
二、上述款项分两期支付：2025年1月31日前支付200000元，2025年6月30日前支付252000元；
三、如被告昆明滇南砂石有限公司任一期未按时足额支付，原告有权就全部未付款项一并申请强制执行，并自逾期之日起以未付款项为基数，按同期全国银行间同业拆借中心公布的一年期贷款市场报价利率的四倍支付逾期利息至付清之日止；
四、被告陈光明对上述第一、三项债务承担连带清偿责任，其承担责任后有权向被告昆明滇南砂石有限公司追偿；
五、案件受理费减半收取3790元，由被告昆明滇南砂石有限公司负担。

上述协议，不违反法律规定，本院予以确认。
本调解书经各方当事人签收后，即具有法律效力。

审判员  何××
二〇二四年十二月十二日
书记员  李××
""", {"lender": "张有福", "lender_kind": "natural_person", "borrower": "昆明滇南砂石有限公司",
      "borrower_kind": "enterprise", "principal": "400000", "amount_delivered": "400000", "annual_rate": "0.10",
      "penalty_rate": None, "contract_date": "2023-05-20", "guarantor": "陈光明", "guarantee_type": "连带责任保证"},
    [],
    notes="A court 调解书, not a contract: the loan terms are recited (2023-05-20, 10 %/yr, under 4 × 3.65). The overdue "
          "rate is '同期 LPR 的四倍' (moving, from the day of default): left out. end_date (2024-05-19 originally vs the "
          "two 调解 instalments) and repayment_method left out. dispute_method left out: the document IS the court's "
          "ruling. 陈光明's 连带清偿责任 is fixed by the court, so no guarantee-period question remains "
          "(guarantee_period_months left out, no period finding).")

# hn13 — 个人借款 at "一毛五的息": 15 %/yr on 2022-09-03 is above 14.6 %; joint 担保人 without period; a noted interest payment
doc("hn13_借条_一毛五的息.txt", "utf-8", """借条
今借到罗顺发现金陆万元整（60000.00），用于烧烤摊扩摊买冰柜、烤炉，借一年。
利息按一毛五的息算（一万块一年一千五），一年一结，到期本息一起还。
借款人：何建云  2022年9月3日
担保人（连带）：何建平
身份证 5301********1531 / 5301********1548

2024年9月10日 何建云付利息9000元（去年和今年的），本金还欠陆万。罗顺发收
""", {"lender": "罗顺发", "lender_kind": "natural_person", "borrower": "何建云", "borrower_kind": "natural_person",
      "principal": "60000", "amount_delivered": "60000", "annual_rate": "0.15", "overdue_rate": None,
      "penalty_rate": None, "contract_date": "2022-09-03", "start_date": "2022-09-03", "end_date": "2023-09-02",
      "repayment_method": "到期一次性还本付息", "dispute_method": None, "guarantor": "何建平",
      "guarantee_type": "连带责任保证", "guarantee_period_months": None},
    ["rate_above_4x_lpr", "no_overdue_rate_agreed", "guarantee_period_defaults_to_6_months"],
    notes="'一毛五的息' with the gloss '一万块一年一千五' = 15 %/yr. LPR on 2022-09-03 = 3.65 (from 2022-08-22) → cap "
          "14.6 %: 0.4 points above. '借一年' from 2022-09-03 → end 2023-09-02. Due 2023-09-02 → would run out "
          "2026-09-02, but the noted payment 2024-09-10 restarts it → no limitation finding on 2026-11-20. '担保人（连带）' "
          "= joint liability; no period → six-month default (guarantee after 2021).")

# hn14 — "年化15.4%" exactly at 4 × 3.85 on 2021-06-08; arbitration; EMS 催款 restarts the period
doc("hn14_借款合同_年化15.4.txt", "utf-8", """借 款 合 同

出借人（甲方）：杨文斌　身份证号：530102197211******
借款人（乙方）：钱志伟　身份证号：530103198803******　（从事建材批发）

第一条　乙方向甲方借款人民币贰拾伍万元整（¥250,000.00），甲方于2021年6月8日通过银行转账一次性支付至乙方账户。
第二条　借款期限一年，自2021年6月8日至2022年6月7日。
第三条　借款利率为年化15.4%，按月支付利息，每月8日前支付；本金到期一次性归还。
第四条　乙方逾期归还本金的，逾期期间继续按年化15.4%计付利息。
第五条　因本合同发生争议，双方应协商解决；协商不成的，提交昆明仲裁委员会仲裁。
第六条　本合同自双方签字之日起生效。

甲方：杨文斌（签字）　　　乙方：钱志伟（签字）
签订日期：2021年6月8日

————————
催款记录：2024年5月28日，甲方通过EMS（单号1178********）向乙方邮寄《催款通知书》，乙方本人签收（签收单附后）。
""", {"lender": "杨文斌", "lender_kind": "natural_person", "borrower": "钱志伟", "borrower_kind": "natural_person",
      "principal": "250000", "amount_delivered": "250000", "annual_rate": "0.154", "overdue_rate": "0.154",
      "penalty_rate": None, "contract_date": "2021-06-08", "start_date": "2021-06-08", "end_date": "2022-06-07",
      "repayment_method": "按月付息、到期还本", "dispute_method": "arbitration", "guarantor": None,
      "guarantee_type": None, "guarantee_period_months": None},
    [],
    notes="Boundary: LPR on 2021-06-08 = 3.85 → cap exactly 15.4 %; 15.4 % is not ABOVE it (rate and overdue both "
          "equal the cap). Due 2022-06-07 → would run out 2025-06-07; the signed-for 催款通知书 of 2024-05-28 restarts "
          "it to 2027-05-28 → no limitation finding.")

# hn15 — 企业间借款 at LPR+345BP, signed 2023-08-18 (LPR still 3.55; it fell to 3.45 on 08-21); court OR arbitration (DOCX table)
doc("hn15_借款合同_滇润投资_LPR加点.docx", "docx", [
    ("h", "借款合同"),
    ("p", "出借方（甲方）：云南滇润投资有限公司\n借款方（乙方）：昆明鑫磊钢构工程有限公司\n保证方（丙方）：刘鑫（乙方股东）"),
    ("p", "乙方因承接呈贡区某物流园钢结构工程，需垫资采购钢材，向甲方借款。经三方协商一致，签订本合同。"),
    ("t", [
        ["借款金额", "人民币陆佰万元整（6,000,000.00）"],
        ["借款期限", "2023年8月18日至2025年8月17日"],
        ["借款利率", "LPR+345BP。LPR指本合同签订日全国银行间同业拆借中心最近一次公布的一年期贷款市场报价利率，合同期内不作调整"],
        ["付息方式", "按季付息，每季度末月25日为付息日，本金到期一次归还"],
        ["逾期利息", "逾期部分在本合同借款利率基础上加收50%"],
        ["保证", "丙方承担连带责任保证，保证期间为借款到期后两年"],
        ["争议解决", "向甲方所在地人民法院起诉，或提交昆明仲裁委员会仲裁"],
    ]),
    ("p", "第五条 乙方应按约定用途使用借款，甲方有权检查借款使用情况，乙方应予配合并提供工程合同、采购单据。"),
    ("p", "甲方（盖章）：云南滇润投资有限公司\n乙方（盖章）：昆明鑫磊钢构工程有限公司\n丙方（签字）：刘鑫\n日期：2023年8月18日"),
], {"lender": "云南滇润投资有限公司", "lender_kind": "enterprise", "borrower": "昆明鑫磊钢构工程有限公司",
    "borrower_kind": "enterprise", "principal": "6000000", "amount_delivered": "6000000", "annual_rate": "0.07",
    "overdue_rate": "0.105", "penalty_rate": None, "contract_date": "2023-08-18", "start_date": "2023-08-18",
    "end_date": "2025-08-17", "repayment_method": "按季付息、到期还本", "dispute_method": "court_or_arbitration",
    "guarantor": "刘鑫", "guarantee_type": "连带责任保证", "guarantee_period_months": 24},
    [],
    notes="LPR published before 2023-08-18 is the 2023-06-20 value 3.55 (3.45 only from 2023-08-21) → 3.55 + 3.45 = "
          "7.00 %; overdue 7.00 × 1.5 = 10.5 %; cap 14.2 % → no finding. '借款到期后两年' = 24 months. Court-or-"
          "arbitration clause.")

# hn16 — 股东 lends to his own tea company (GB18030); no overdue rate; one interest payment noted, still out of time
doc("hn16_股东借款协议_云茗茶业.txt", "gb18030", """股东借款协议

出借人：段志华（昆明云茗茶业有限公司股东，持股40%）
借款人：昆明云茗茶业有限公司
法定代表人：段志华

经公司股东会决议（2020年8月28日），公司向股东段志华借款用于雨季前收购临沧、普洱春茶原料。双方约定：
1．借款金额：人民币壹佰贰拾万元整（1,200,000元）。
2．借款期限：2020年9月1日起至2021年8月31日止。
3．利息：年利率8%，到期与本金一次性支付。
4．争议解决：因本协议产生的争议，向借款人住所地人民法院起诉。

出借人（签字）：段志华
借款人（盖章）：昆明云茗茶业有限公司
2020年9月1日

附记：2022年12月31日，公司支付段志华借款利息96000元（凭证号记-12-087），本金未还。
""", {"lender": "段志华", "lender_kind": "natural_person", "borrower": "昆明云茗茶业有限公司",
      "borrower_kind": "enterprise", "principal": "1200000", "amount_delivered": "1200000", "annual_rate": "0.08",
      "overdue_rate": None, "penalty_rate": None, "contract_date": "2020-09-01", "start_date": "2020-09-01",
      "end_date": "2021-08-31", "repayment_method": "到期一次性还本付息", "dispute_method": "court",
      "guarantor": None, "guarantee_type": None, "guarantee_period_months": None},
    ["no_overdue_rate_agreed", "limitation_period_expired"],
    notes="Signed 2020-09-01, after the 2020-08-20 cut-off: 4 × 3.85 = 15.4 % applies, 8 % inside. Due 2021-08-31; the "
          "noted interest payment 2022-12-31 restarts to 2025-12-31, still before as_of 2026-11-20 → expired. The 股东 "
          "signs for both sides (he is also the 法定代表人): a conflict to note, but no rule.")

# hn17 — 2019 bank loan at 基准利率上浮30% (reviewed in 2022 when the borrower asked us for a guarantee) (DOCX table)
doc("hn17_流动资金借款合同_2019_麒麟农商行.docx", "docx", [
    ("h", "流动资金借款合同"),
    ("p", "编号：麒农商流借（2019）第0722号"),
    ("p", "贷款人：曲靖市麒麟农村商业银行股份有限公司\n借款人：曲靖宏远建材有限公司\n保证人：王宏远"),
    ("t", [
        ["借款金额", "人民币贰佰万元整"],
        ["借款期限", "三年，自2019年7月22日至2022年7月21日"],
        ["借款利率", "固定利率，在中国人民银行公布的同期同档次贷款基准利率基础上上浮30%，即年利率5.655%"],
        ["还款方式", "按月结息，到期一次还本"],
        ["罚息", "逾期罚息利率为借款利率上浮50%；对应付未付利息按罚息利率计收复利"],
        ["担保", "王宏远提供连带责任保证，保证期间为主债务履行期届满之日起两年"],
        ["争议", "由贷款人所在地人民法院管辖"],
    ]),
    ("p", "第十四条 借款人发生合并、分立、股权变更等重大事项的，应提前三十日书面通知贷款人。"),
    ("p", "贷款人（公章）：曲靖市麒麟农村商业银行股份有限公司\n借款人（公章）：曲靖宏远建材有限公司\n保证人（签字）：王宏远\n签约日期：2019年7月22日"),
], {"lender": "曲靖市麒麟农村商业银行股份有限公司", "lender_kind": "licensed_lender",
    "borrower": "曲靖宏远建材有限公司", "borrower_kind": "enterprise", "principal": "2000000",
    "amount_delivered": "2000000", "annual_rate": "0.05655", "overdue_rate": "0.084825", "penalty_rate": None,
    "contract_date": "2019-07-22", "start_date": "2019-07-22", "end_date": "2022-07-21",
    "repayment_method": "按月付息、到期还本", "dispute_method": "court", "guarantor": "王宏远",
    "guarantee_type": "连带责任保证", "guarantee_period_months": 24},
    ["cap_not_applicable_licensed_lender"], as_of="2022-05-10",
    notes="Pre-LPR date, but a bank: 民间借贷规定 第一条第二款 (financial institutions were never under the private-lending "
          "rules) → the licensed info, not pre_lpr_rate_rules (private-lending scope). 4.35 × 1.3 = 5.655 % (written); "
          "罚息 × 1.5 = 8.4825 %. as_of = 2022-05-10, the day the borrower brought it in.")

# hn18 — 借条 of 2020-12-10 at 月息2分 (after the 08-20 cut-off), bare 担保人 before the 民法典 (no default findings)
doc("hn18_借条_建材_2020.txt", "utf-8", """借　条

今借到李德华人民币壹拾万元整（100000元），用于建材店进货（瓷砖、卫浴）。
借期半年，2021年6月9日前归还。月息2分，每月10号前付息。
逾期不还，逾期部分按月息3分计息。

借款人：赵金宝
担保人：钱贵
2020年12月10日
""", {"lender": "李德华", "lender_kind": "natural_person", "borrower": "赵金宝", "borrower_kind": "natural_person",
      "principal": "100000", "amount_delivered": "100000", "annual_rate": "0.24", "overdue_rate": "0.36",
      "penalty_rate": None, "contract_date": "2020-12-10", "start_date": "2020-12-10", "end_date": "2021-06-09",
      "repayment_method": "按月付息、到期还本", "dispute_method": None, "guarantor": "钱贵",
      "guarantee_type": "unspecified", "guarantee_period_months": None},
    ["rate_above_4x_lpr", "overdue_charges_above_cap"], as_of="2023-02-14",
    notes="2020-12-10 is after the 2020-08-20 cut-off → 4 × 3.85 = 15.4 %; 24 % and 36 % both above. The guarantee was "
          "given before 2021-01-01, so 担保法 applies (unstated type = joint, unstated period = six months, same as "
          "now): per the rules file's version-3 note, no type/period findings; the field still records 'unspecified' as "
          "written. as_of 2023-02-14 (reviewed when 赵金宝 applied to us).")

# hn19 — 典当 当票 for a 翡翠 bracelet: 综合费 taken at the start (allowed for 典当), 月利率0.5%
doc("hn19_当票_聚宝典当_翡翠手镯.txt", "utf-8", """昆明市盘龙区聚宝典当有限责任公司
当　票　（动产质押）　　　No. 0025817

当户：普建华　证件：身份证 530103199001******　电话：138****0975
当物名称：翡翠手镯（冰种飘花，圈口56，附鉴定证书NGTC-2024-××××）　数量：1只
估价金额：人民币捌万元　　折当率：62.5%
当金：人民币伍万元整（¥50,000.00）
典当期限：30天，自2025年2月10日至2025年3月11日
月利率：0.5%　　月综合费率：2.7%
首期综合费：1,350.00元（于发放当金时扣收）
实付当金：48,650.00元
利息于赎当时与当金一并支付。
续当、赎当、绝当按《典当管理办法》及本当票背面条款执行。

当户签章：普建华　　　　经办：何××　复核：周××
2025年2月10日

【当票背面条款（摘）】
……第六条 当期届满或续当期届满后，当户在5日内既不赎当也不续当的，为绝当，当物估价金额不足3万元的，典当行可自行变卖或折价处理。
第九条 本当票发生争议，由典当行所在地人民法院管辖。
""", {"lender": "昆明市盘龙区聚宝典当有限责任公司", "lender_kind": "licensed_lender", "borrower": "普建华",
      "borrower_kind": "natural_person", "principal": "50000", "amount_delivered": "48650", "annual_rate": "0.06",
      "overdue_rate": None, "penalty_rate": None, "contract_date": "2025-02-10", "start_date": "2025-02-10",
      "end_date": "2025-03-11", "repayment_method": "到期一次性还本付息", "dispute_method": "court"},
    ["cap_not_applicable_licensed_lender"],
    notes="HARD CALL: amount_delivered 48650 is what the 当票 says was paid, but what was withheld is the first month's "
          "综合费, which 典当管理办法 (第37、38条) lets a pawnshop collect at the start (only 利息 may not be pre-"
          "deducted); so no interest_deducted_upfront. annual_rate = the 月利率 0.5 % × 12 = 6 % (the 综合费 is a fee, "
          "not interest). Pledge by the borrower himself: guarantor fields left out.")

# hn20 — 月息1.2分 and 年化12% in the same clause; lender a person, borrower a 烧烤店
doc("hn20_借款协议_月息年化不一致.txt", "utf-8", """借款协议
甲方（出借人）：施红梅
乙方（借款人）：昆明市官渡区老滇味烧烤店（经营者：杨建，身份证5301**********2210）

1. 乙方因店面装修向甲方借款捌万元整（80000元），甲方微信转账交付。
2. 借款时间2021年5月20日至2022年5月19日。
3. 利息按月息1.2分计（年化12%），每月20号支付。
4. 到期不还，按月息2分算逾期利息。
5. 本协议签字后生效。

甲方：施红梅　　　乙方：老滇味烧烤店　杨建
2021年5月20日
""", {"lender": "施红梅", "lender_kind": "natural_person", "borrower": "昆明市官渡区老滇味烧烤店",
      "borrower_kind": "enterprise", "principal": "80000", "amount_delivered": "80000", "overdue_rate": "0.24",
      "penalty_rate": None, "contract_date": "2021-05-20", "start_date": "2021-05-20", "end_date": "2022-05-19",
      "repayment_method": "按月付息、到期还本", "dispute_method": None, "guarantor": None, "guarantee_type": None,
      "guarantee_period_months": None},
    ["no_interest_agreed", "overdue_charges_above_cap"], as_of="2022-03-01",
    notes="HARD CALL: 月息1.2分 = 14.4 %/yr but the bracket says 年化12 %: the rate is contradictory, so annual_rate is "
          "left out, and the interest term is '约定不明确' (民法典 680 ③: between a person and a business, settled by "
          "custom / market rate) → no_interest_agreed. Either reading is under 4 × 3.85 = 15.4 %, so no rate finding. "
          "Overdue 月息2分 = 24 % > 15.4 % → overdue finding. as_of 2022-03-01.")

# hn21 — 借条 dated in the lunar calendar only, due "2021年6月底", no interest, bare 担保人 (2021) — out of time
doc("hn21_借条_农历腊月_普洱.txt", "utf-8", """借条

今借到陶建明人民币叁万元整（¥30000），拿去普洱进茶叶周转，2021年6月底还。
朋友帮忙，不要利息。

借款人：刀志勇
担保人：刀志强
农历庚子年腊月十三立
""", {"lender": "陶建明", "lender_kind": "natural_person", "borrower": "刀志勇", "borrower_kind": "natural_person",
      "principal": "30000", "amount_delivered": "30000", "annual_rate": "0", "overdue_rate": None,
      "penalty_rate": None, "contract_date": "2021-01-25", "end_date": "2021-06-30", "dispute_method": None,
      "guarantor": "刀志强", "guarantee_type": "unspecified", "guarantee_period_months": None},
    ["no_overdue_rate_agreed", "guarantee_type_defaults_to_general", "guarantee_period_defaults_to_6_months",
     "limitation_period_expired"],
    notes="庚子年腊月十三 = 2021-01-25 (腊月初一 = 2021-01-13, 春节 2021-02-12): after the 民法典 took effect, so the "
          "bare 担保人 gets both default findings. '不要利息' is an explicit zero rate (annual_rate 0), not an "
          "unagreed one → no no_interest_agreed. '2021年6月底' → 2021-06-30; limitation ran out 2024-06-30 → expired. "
          "repayment_method and start_date left out.")

# hn22 — 砂石 company lends to a contractor; overdue 14.8% = the cap; a 仲裁委 that does not exist (GB18030)
doc("hn22_借款合同_滇池砂石_五华仲裁委.txt", "gb18030", """借款合同

甲方（出借人）：云南滇池砂石有限公司
乙方（借款人）：陈国富（身份证号：532301198305******），系甲方砂石运输承包人
丙方（保证人）：李红（乙方配偶）

一、乙方向甲方借款人民币壹拾伍万元整（150,000元），用于购买自卸车一辆。甲方于合同签订当日转账至乙方账户。
二、借款期限：2022年4月12日至2023年4月11日。
三、借款年利率10%，按月付息，每月12日前支付，到期归还本金。乙方同意甲方从其每月运费结算款中直接扣收当月利息。
四、乙方逾期还款的，逾期本金按年利率14.8%计收逾期利息。
五、丙方为乙方本合同项下债务提供一般保证，保证期间为借款到期之日起一年。
六、本合同发生争议，提交昆明市五华区仲裁委员会仲裁。
七、本合同一式三份，三方各执一份。

甲方（盖章）：云南滇池砂石有限公司
乙方（签字）：陈国富
丙方（签字）：李红
2022年4月12日
""", {"lender": "云南滇池砂石有限公司", "lender_kind": "enterprise", "borrower": "陈国富",
      "borrower_kind": "natural_person", "principal": "150000", "amount_delivered": "150000", "annual_rate": "0.10",
      "overdue_rate": "0.148", "penalty_rate": None, "contract_date": "2022-04-12", "start_date": "2022-04-12",
      "end_date": "2023-04-11", "repayment_method": "按月付息、到期还本", "dispute_method": "arbitration",
      "guarantor": "李红", "guarantee_type": "一般保证", "guarantee_period_months": 12},
    [], as_of="2024-09-02",
    notes="LPR on 2022-04-12 = 3.70 (from 2022-01-20) → cap 14.8 %: overdue rate exactly at it, not above. There is no "
          "'昆明市五华区仲裁委员会' (arbitration commissions are set up in cities, not districts): the clause names "
          "arbitration, so dispute_method = arbitration as written, though the agreement is invalid and a court would "
          "hear it. Deducting interest from 运费 monthly is not a deduction from principal. as_of 2024-09-02.")

# hn23 — bank 委托贷款: the 委托人 (a tea group) is the real lender; our company guarantees (DOCX table)
doc("hn23_委托贷款借款合同_澜沧江茶业.docx", "docx", [
    ("h", "委托贷款借款合同"),
    ("p", "委托人：云南普洱澜沧江茶业集团有限公司\n贷款人（受托人）：昆明嵩明农村商业银行股份有限公司\n借款人：普洱思茅茶源茶叶初制厂\n保证人：昆明滇信融资担保有限公司"),
    ("p", "根据委托人与受托人签订的《委托贷款委托合同》，受托人按委托人确定的借款人、金额、期限、利率代为发放、监督使用并协助收回贷款。受托人不承担贷款风险，不垫付资金。"),
    ("t", [
        ["委托贷款金额", "贰佰万元整（2,000,000.00元），资金来源为委托人自有资金"],
        ["期限", "2022年10月10日至2024年10月9日"],
        ["年利率", "9%（固定），由委托人确定"],
        ["结息", "按月结息，每月21日为结息日，到期还本"],
        ["逾期", "逾期部分按借款利率加收50%计收罚息"],
        ["手续费", "委托贷款手续费按贷款金额的0.1%由委托人向受托人支付"],
        ["保证", "昆明滇信融资担保有限公司提供连带责任保证，保证期间为主债务履行期限届满之日起三年"],
        ["争议", "向受托人所在地人民法院起诉"],
    ]),
    ("p", "委托人（盖章）：云南普洱澜沧江茶业集团有限公司\n受托人（盖章）：昆明嵩明农村商业银行股份有限公司\n借款人（盖章）：普洱思茅茶源茶叶初制厂\n保证人（盖章）：昆明滇信融资担保有限公司\n2022年10月10日"),
], {"lender": "云南普洱澜沧江茶业集团有限公司", "lender_kind": "enterprise", "borrower": "普洱思茅茶源茶叶初制厂",
    "borrower_kind": "enterprise", "principal": "2000000", "amount_delivered": "2000000", "annual_rate": "0.09",
    "overdue_rate": "0.135", "penalty_rate": None, "contract_date": "2022-10-10", "start_date": "2022-10-10",
    "end_date": "2024-10-09", "repayment_method": "按月付息、到期还本", "dispute_method": "court",
    "guarantor": "昆明滇信融资担保有限公司", "guarantee_type": "连带责任保证", "guarantee_period_months": 36},
    [],
    notes="HARD CALL: in a 委托贷款 the bank only acts for the 委托人, whose own money it is and who bears the risk; "
          "the loan between 委托人 and borrower is judged as 民间借贷 (enterprise lender), so no licensed-lender info. "
          "9 % and 13.5 % are under 4 × 3.65 = 14.6 % → no findings. A 融资担保公司 as guarantor does not make the loan "
          "licensed.")

# hn24 — 保证合同 for a person's loan to a flower company: '直至本息还清时为止' (unclear → six months)
doc("hn24_保证合同_七彩云花卉_直至还清.txt", "utf-8", """保 证 合 同

债权人（甲方）：孙玉兰，身份证号530102196510******
保证人（乙方）：杨建东，身份证号530114198202******（昆明七彩云花卉有限公司股东）

鉴于甲方与昆明七彩云花卉有限公司（以下简称"债务人"）于2023年11月6日签订《借款合同》（以下简称主合同），甲方向债务人出借人民币伍拾万元整，借款期限自2023年11月6日至2024年11月5日。为保障甲方债权实现，乙方愿意提供保证担保。

第一条 保证方式：乙方承担连带责任保证。
第二条 保证范围：主合同项下的借款本金、利息、逾期利息、违约金及甲方实现债权的费用（含律师费、诉讼费、保全费）。
第三条 保证期间：乙方承担保证责任直至主合同项下借款本息全部还清时为止。
第四条 主合同展期的，乙方同意继续承担保证责任，无需另行征得乙方同意。
第五条 因本合同发生的争议，由甲方住所地人民法院管辖。

甲方（签字）：孙玉兰
乙方（签字按印）：杨建东
2023年11月6日
""", {"lender": "孙玉兰", "lender_kind": "natural_person", "borrower": "昆明七彩云花卉有限公司",
      "borrower_kind": "enterprise", "principal": "500000", "contract_date": "2023-11-06", "start_date": "2023-11-06",
      "end_date": "2024-11-05", "dispute_method": "court", "guarantor": "杨建东", "guarantee_type": "连带责任保证",
      "guarantee_period_months": None},
    ["guarantee_period_defaults_to_6_months"],
    notes="Guarantee instrument: rates and repayment are in the main contract (left out; no rate findings expected). "
          "'直至本息全部还清时为止' = 约定不明 → six months from 2024-11-05 (担保制度解释 第32条). amount_delivered left "
          "out (this paper does not say what was delivered).")

# hn25 — 反担保保证合同 in favour of our company (two counter-guarantors) (DOCX, paragraphs only)
doc("hn25_反担保保证合同_金实米线.docx", "docx", [
    ("h", "反担保保证合同"),
    ("p", "编号：滇信反保（2025）第017号"),
    ("p", "甲方（反担保权人）：昆明滇信融资担保有限公司"),
    ("p", "乙方（反担保保证人）：张金实（身份证号530103197811******）、李美华（身份证号530103198102******）"),
    ("p", "鉴于：昆明金实米线食品有限公司（以下简称\"债务人\"）向云南红土地村镇银行股份有限公司申请借款人民币陆拾万元整，期限一年（2025年6月5日至2026年6月4日），甲方应债务人申请，与贷款银行签订《保证合同》，为上述借款提供连带责任保证。为保障甲方代偿后追偿权的实现，乙方自愿向甲方提供反担保。"),
    ("p", "第一条 反担保范围：甲方代偿的全部款项（包括本金、利息、罚息）、债务人应付未付的担保费、自代偿之日起按代偿金额每日万分之五计算的资金占用费，以及甲方实现追偿权的费用。"),
    ("p", "第二条 保证方式：乙方各自对甲方承担连带责任保证，乙方之间亦相互承担连带责任。"),
    ("p", "第三条 保证期间：自甲方代偿之日起三年。"),
    ("p", "第四条 乙方确认已知悉债务人经营及负债情况，不以不知情为由抗辩。"),
    ("p", "第五条 因本合同发生的争议，由甲方所在地人民法院管辖。"),
    ("p", "甲方（盖章）：昆明滇信融资担保有限公司\n乙方（签字按印）：张金实　李美华\n签订日期：2025年5月30日"),
], {"lender": "昆明滇信融资担保有限公司", "lender_kind": "licensed_lender", "borrower": "昆明金实米线食品有限公司",
    "borrower_kind": "enterprise", "contract_date": "2025-05-30", "dispute_method": "court",
    "guarantee_type": "连带责任保证", "guarantee_period_months": 36},
    ["cap_not_applicable_licensed_lender"],
    notes="HARD CALL: the secured claim here is the 融资担保公司's 追偿权, so its creditor (lender field) is the 担保公司 "
          "and the licensed info holds (a 追偿 dispute from its 融资担保 business is not 民间借贷). Two counter-"
          "guarantors → guarantor left out; both joint → guarantee_type 连带责任保证; '自代偿之日起三年' → 36 "
          "(counted from payment, not from the loan's due date, but clearly stated → no period finding). principal "
          "(the secured amount is whatever is paid out), rates, start/end dates left out.")

# hn26 — 建材 经营部 borrows from a person: 保证金 and first month's interest held back; two joint 担保人, no period
doc("hn26_借款合同_宏盛建材_扣保证金.txt", "utf-8", """借款合同

出借人：黄家富（身份证530121197401******）
借款人：昆明宏盛建材经营部（经营者李宏盛）

一、借款金额贰拾万元整（200000元）。
二、借款期限六个月，2023年10月16日起至2024年4月15日止。
三、月息2分，每月16日付息，到期还本。
四、放款时扣除保证金贰万元（借款还清后退还）及第一个月利息肆仟元，实际转账壹拾柒万陆仟元整（176000元）至李宏盛建行账户。
五、逾期未还，逾期部分按月息3分计算逾期利息。
六、担保人：李宏盛、张丽，对上述借款承担连带保证责任。
七、发生争议由出借人所在地法院管辖。

出借人：黄家富
借款人：昆明宏盛建材经营部（章）　李宏盛
担保人：李宏盛　张丽
2023年10月16日
""", {"lender": "黄家富", "lender_kind": "natural_person", "borrower": "昆明宏盛建材经营部",
      "borrower_kind": "enterprise", "principal": "200000", "amount_delivered": "176000", "annual_rate": "0.24",
      "overdue_rate": "0.36", "penalty_rate": None, "contract_date": "2023-10-16", "start_date": "2023-10-16",
      "end_date": "2024-04-15", "repayment_method": "按月付息、到期还本", "dispute_method": "court",
      "guarantee_type": "连带责任保证", "guarantee_period_months": None},
    ["interest_deducted_upfront", "rate_above_4x_lpr", "overdue_charges_above_cap",
     "guarantee_period_defaults_to_6_months"],
    notes="保证金 2万 + first month's interest 4千 withheld → delivered 176000 (砍头息; the 保证金 withheld by the lender "
          "itself counts too). 月息2分 = 24 %, 月息3分 = 36 %; LPR on 2023-10-16 = 3.45 → cap 13.8 %. Two 担保人 (one is "
          "the 经营者 himself) → guarantor left out; both joint; no period → six-month default.")

# hn27 — 2018 loan between two companies at 18% (pre-LPR); 对账 in 2021; out of time by 2026
doc("hn27_借款合同_鼎盛矿业_2018.txt", "utf-8", """借款合同

出借人（甲方）：云南鼎盛矿业有限公司
借款人（乙方）：昆明顺达砂石有限公司

乙方因砂石场扩建需要资金，向甲方借款，双方约定：
第一条 借款金额：人民币壹佰万元整。
第二条 借款期限：自2018年5月10日至2019年5月9日。
第三条 借款利率：年利率18%，按季付息，付息日为每季度末月10日，本金到期一次性归还。
第四条 逾期利息：乙方未按期归还本金的，逾期部分按年利率24%计收利息。
第五条 争议解决：因本合同引起的争议，提交昆明仲裁委员会仲裁。

甲方（盖章）：云南鼎盛矿业有限公司　授权代表：杨××
乙方（盖章）：昆明顺达砂石有限公司　法定代表人：马顺达
2018年5月10日

——————————
对账确认：截至2021年4月30日，乙方尚欠甲方借款本金陆拾万元，利息另行结算。
甲方（章）　乙方（章）　2021年4月30日
""", {"lender": "云南鼎盛矿业有限公司", "lender_kind": "enterprise", "borrower": "昆明顺达砂石有限公司",
      "borrower_kind": "enterprise", "principal": "1000000", "amount_delivered": "1000000", "annual_rate": "0.18",
      "overdue_rate": "0.24", "penalty_rate": None, "contract_date": "2018-05-10", "start_date": "2018-05-10",
      "end_date": "2019-05-09", "repayment_method": "按季付息、到期还本", "dispute_method": "arbitration",
      "guarantor": None, "guarantee_type": None, "guarantee_period_months": None},
    ["pre_lpr_rate_rules", "limitation_period_expired"],
    notes="2018-05-10 is before the first LPR → the 24 %/36 % lines: 18 % supported; no 4×LPR test for the rate or the "
          "24 % overdue rate. Due 2019-05-09; the signed 对账 of 2021-04-30 (the debtor acknowledges 60万) restarts "
          "to 2024-04-30 → expired on 2026-11-20.")

# hn28 — 烧烤 借条 of 2025-09-18 at 月息1分5: above 4 × 3.00, and past the last LPR row (stale-data warning)
doc("hn28_借条_烧烤_2025.txt", "utf-8", """借条
今借到马永福人民币壹拾万元整（100000元），开第二家烧烤店用。
月息1分5，每个月20号前把利息转过去，2026年9月17日前还本。
说话算话，板扎得很，不会拖。

借款人：吴正兴　身份证5301**********0017
2025年9月18日
""", {"lender": "马永福", "lender_kind": "natural_person", "borrower": "吴正兴", "borrower_kind": "natural_person",
      "principal": "100000", "amount_delivered": "100000", "annual_rate": "0.18", "overdue_rate": None,
      "penalty_rate": None, "contract_date": "2025-09-18", "end_date": "2026-09-17",
      "repayment_method": "按月付息、到期还本", "dispute_method": None, "guarantor": None, "guarantee_type": None,
      "guarantee_period_months": None},
    ["rate_above_4x_lpr", "no_overdue_rate_agreed"], expect_warning="rate_above_4x_lpr",
    notes="LPR on 2025-09-18: the last row in lpr_1y.csv is 2025-05-20 (3.00), covered only to the next publication "
          "(2025-06-20), so the finding should carry the 'data may be stale' warning (expect_warning). With 3.00 the cap "
          "is 12 %; 18 % is above. start_date left out (only the signing date).")

# hn29 — 村镇银行 个人经营贷 to a 瑞丽 翡翠 seller: LPR+190BP, 等额本息 36 期, wife as joint guarantor (DOCX table)
doc("hn29_个人经营贷款合同_滇西村镇银行.docx", "docx", [
    ("h", "个人经营性贷款借款合同"),
    ("p", "贷款人：云南滇西村镇银行股份有限公司瑞丽支行\n借款人：岩罕（身份证号533102198607******，经营翡翠加工）\n保证人：玉香（借款人配偶）\n抵押人：岩罕（以瑞丽市姐告路××号房产抵押，另签抵押合同）"),
    ("t", [
        ["要素", "约定"],
        ["贷款金额", "人民币肆拾万元整（400,000.00）"],
        ["贷款期限", "36个月，2024年12月2日至2027年12月1日"],
        ["贷款利率", "LPR+190BP（LPR为合同签订前一工作日公布的一年期贷款市场报价利率），每年1月1日按当时LPR调整"],
        ["还款方式", "等额本息，按月还款，共36期"],
        ["罚息", "逾期罚息利率在执行利率基础上上浮50%"],
        ["保证", "玉香承担连带责任保证，保证期间为主债务履行期限届满之日起三年"],
        ["争议", "由贷款人所在地人民法院管辖"],
    ]),
    ("p", "借款人（签字）：岩罕　保证人（签字）：玉香\n贷款人（盖章）：云南滇西村镇银行股份有限公司瑞丽支行\n签订日期：2024年12月2日"),
], {"lender": "云南滇西村镇银行股份有限公司瑞丽支行", "lender_kind": "licensed_lender", "borrower": "岩罕",
    "borrower_kind": "natural_person", "principal": "400000", "amount_delivered": "400000", "annual_rate": "0.05",
    "overdue_rate": "0.075", "penalty_rate": None, "contract_date": "2024-12-02", "start_date": "2024-12-02",
    "end_date": "2027-12-01", "repayment_method": "等额本息", "dispute_method": "court", "guarantor": "玉香",
    "guarantee_type": "连带责任保证", "guarantee_period_months": 36},
    ["cap_not_applicable_licensed_lender"],
    notes="LPR before 2024-12-02 = 3.10 (from 2024-10-21) + 1.90 = 5.00 % (not written in the contract); 罚息 7.5 %. "
          "The mortgage is the borrower's own: guarantor = the wife.")

# hn30 — 勐海 tea 借款合同 between two people: joint 担保人, '借款到期后两年'; overdue 13.8% = the cap
doc("hn30_借款合同_勐海茶_到期后两年.txt", "utf-8", """借款合同

出借人：刀文华（勐海县勐海镇）
借款人：岩叫（勐海县勐混镇，茶叶初制）
担保人：玉南

1、岩叫因收购春茶鲜叶向刀文华借款叁拾伍万元整（350000元），2024年3月28日现金加转账交清。
2、借款期限：2024年3月28日至2025年3月27日。
3、年利率12%，利息到期跟本金一起还。
4、到期没还清的，没还的部分按年利率13.8%算逾期利息。
5、玉南为本借款提供连带责任保证，保证期间为借款到期后两年。
6、有纠纷向勐海县人民法院起诉。

出借人：刀文华　借款人：岩叫　担保人（连带责任保证）：玉南
2024年3月28日
""", {"lender": "刀文华", "lender_kind": "natural_person", "borrower": "岩叫", "borrower_kind": "natural_person",
      "principal": "350000", "amount_delivered": "350000", "annual_rate": "0.12", "overdue_rate": "0.138",
      "penalty_rate": None, "contract_date": "2024-03-28", "start_date": "2024-03-28", "end_date": "2025-03-27",
      "repayment_method": "到期一次性还本付息", "dispute_method": "court", "guarantor": "玉南",
      "guarantee_type": "连带责任保证", "guarantee_period_months": 24},
    [],
    notes="LPR on 2024-03-28 = 3.45 → cap 13.8 %: 12 % inside, overdue 13.8 % exactly at the cap (not above). "
          "'借款到期后两年' = 24 months, clear.")


# ---------------------------------------------------------------------------------------------------------------
FIXED_ZIP_TIME = (2026, 11, 20, 9, 0, 0)


def _write_docx(path: Path, blocks: list) -> None:
    import datetime as _dt

    from docx import Document
    from docx.shared import Pt

    d = Document()
    d.core_properties.author = "滇信担保法务部"
    d.core_properties.created = _dt.datetime(2026, 11, 20, 9, 0, 0)
    d.core_properties.modified = _dt.datetime(2026, 11, 20, 9, 0, 0)
    d.core_properties.last_modified_by = "ylf"
    for kind, content in blocks:
        if kind == "h":
            d.add_heading(content, level=1)
        elif kind == "p":
            for line in content.split("\n"):
                para = d.add_paragraph(line)
                for run in para.runs:
                    run.font.size = Pt(11)
        elif kind == "t":
            table = d.add_table(rows=len(content), cols=len(content[0]))
            table.style = "Table Grid"
            for i, row in enumerate(content):
                for j, cell in enumerate(row):
                    table.cell(i, j).text = cell
    buf = io.BytesIO()
    d.save(buf)
    # rewrite the zip with a fixed timestamp so the bytes are reproducible
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


def build() -> None:
    rows = []
    for d in DOCS:
        path = HERE / d["file"]
        if d["fmt"] == "docx":
            _write_docx(path, d["body"])
        else:
            path.write_bytes(d["body"].encode(d["fmt"]))
        row = {"file": d["file"], "as_of": d["as_of"], "fields": d["fields"], "findings": d["findings"]}
        if d["expect_warning"]:
            row["expect_warning"] = d["expect_warning"]
        if d["notes"]:
            row["notes"] = d["notes"]
        rows.append(row)
    (HERE / "gold.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"wrote {len(rows)} documents and gold.jsonl to {HERE}")


if __name__ == "__main__":
    build()
