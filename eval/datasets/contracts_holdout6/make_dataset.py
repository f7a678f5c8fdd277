"""Build the contracts_holdout6 held-out set: 30 loan / guarantee documents + gold.jsonl.

Written by hand (persona: 巴特尔, loan officer at a small-loan company in Chifeng) without looking at the
extractor or any other contract dataset. Every name, ID number, credit code, address and account is made up.
Deterministic: run it twice, get the same bytes (DOCX zips get fixed timestamps and core properties).

    HF_HUB_OFFLINE=1 /work/main/.venv/bin/python eval/datasets/contracts_holdout6/make_dataset.py
"""
from __future__ import annotations

import io
import json
import zipfile
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

KEYS = ("lender", "lender_kind", "borrower", "borrower_kind", "principal", "amount_delivered",
        "contract_date", "start_date", "end_date", "annual_rate", "overdue_rate", "penalty_rate",
        "repayment_method", "dispute_method", "guarantor", "guarantee_type", "guarantee_period_months")

NP, ENT, LIC = "natural_person", "enterprise", "licensed_lender"


def G(**kw):
    missing = set(KEYS) - set(kw)
    extra = set(kw) - set(KEYS)
    assert not missing and not extra, (missing, extra)
    return {k: kw[k] for k in KEYS}


DOCS: list[dict] = []


def add(file, fmt, body, fields, findings, covers, as_of=None):
    DOCS.append({"file": file, "fmt": fmt, "body": body, "fields": fields, "findings": findings,
                 "covers": covers, "as_of": as_of})


# ---------------------------------------------------------------------------------------------------------
# hf01  2017 handwritten 借条 between herders, 月息2分5, 担保人 without type, repayment notes on the back
add("hf01_jietiao_2017_wuliji.txt", "utf8", """\
（录入说明：原件为手写借条，借款人之子2025年拿来复印件，信贷部照原样录入，手印处标“手印”。）

                借  条

今借到乌力吉（身份证号150423197108150317）现金人民币叁万元整（￥30000.00），用于买基础母羊。
月息2分5，秋后卖羊羔连本带利一并还清，最迟不超过2017年10月31日。
到期不还，按月息3分算利息。

借款人：张宝山（手印）
身份证号：150423198003262415
住址：巴林右旗大板镇乌兰套海嘎查三组
担保人：其木格（手印）

                                        2017年3月12日

（借条背面手写记录）
2017.11.5   付利息陆仟元整   乌力吉
2018.11.20  还款伍仟元       乌力吉收
""",
    G(lender="乌力吉", lender_kind=NP, borrower="张宝山", borrower_kind=NP, principal="30000",
      amount_delivered=None, contract_date="2017-03-12", start_date="2017-03-12", end_date="2017-10-31",
      annual_rate="0.30", overdue_rate="0.36", penalty_rate=None, repayment_method="到期一次性还本付息",
      dispute_method=None, guarantor="其木格", guarantee_type="unspecified", guarantee_period_months=None),
    ["pre_lpr_rate_rules", "limitation_period_expired"],
    "pre-LPR handwritten 借条, 月息2分5 / overdue 月息3分; 担保人 with no type before 2021 (no guarantee finding); "
    "a 2018-11-20 part payment restarts limitation, still expired by as_of",
    as_of="2026-11-20")

# ---------------------------------------------------------------------------------------------------------
# hf02  our own 小额贷款 contract to a herder, Word table, 动产抵押 of cattle + joint guarantor
add("hf02_xiaodai_muhu_2023.docx", "docx", [
    ("title", "赤峰市草原金穗小额贷款有限责任公司\n借 款 合 同"),
    ("p", "合同编号：草金贷字（2023）第0912-017号"),
    ("table", [
        ["贷款人", "赤峰市草原金穗小额贷款有限责任公司", "统一社会信用代码", "91150402MA0N7K3X2R"],
        ["借款人", "额尔敦巴根", "身份证号", "150421198506113318"],
        ["借款人住址", "阿鲁科尔沁旗巴彦花镇哈日朝鲁嘎查"],
        ["借款金额", "人民币（大写）壹拾伍万元整    （小写）￥150,000.00"],
        ["借款用途", "购买育肥牛犊及冬季饲草料"],
        ["借款期限", "自 2023 年 9 月 12 日起至 2024 年 10 月 31 日止"],
        ["借款利率", "月利率 1.25 %，按月计息"],
        ["还款方式", "按月付息，到期一次还本（每月20日为付息日）"],
        ["担保方式", "动产抵押 ＋ 保证"],
    ]),
    ("p", "第一条  借款发放。贷款人在抵押登记办妥后三个工作日内将借款划入借款人指定的本人账户"
          "（开户行：农行阿鲁科尔沁旗支行，账号：6228 4805 1730 4418 276）。"),
    ("p", "第二条  利息计算。利息自放款之日起按实际用款天数计算，日利率＝月利率÷30。"),
    ("p", "第三条  逾期。借款人未按期归还借款本金的，贷款人对逾期部分自逾期之日起按本合同约定借款利率加收50%计收罚息，"
          "直至本息清偿为止。"),
    ("p", "第四条  抵押。借款人以其所有的西门塔尔育肥牛60头（耳标号见附件一）为本合同项下债务提供抵押，"
          "并于签约当日在中国人民银行征信中心动产融资统一登记公示系统办理抵押登记。抵押期间借款人不得出售、转让抵押牛只，"
          "确需出栏的，售牛款应优先归还本合同项下借款。"),
    ("p", "第五条  保证。保证人额尔敦毕力格（身份证号150421198112093312）自愿为借款人在本合同项下的全部债务提供连带责任保证，"
          "保证期间为主债务履行期限届满之日起三年。"),
    ("p", "第六条  争议解决。本合同履行中发生争议的，双方协商解决；协商不成的，向贷款人住所地人民法院提起诉讼。"),
    ("p", "第七条  本合同一式三份，贷款人、借款人、保证人各执一份，自各方签字（盖章）之日起生效。"),
    ("sign", "贷款人（盖章）：赤峰市草原金穗小额贷款有限责任公司\n法定代表人或授权代表：__白志强__"),
    ("sign", "借款人（签字捺印）：额尔敦巴根\n保证人（签字捺印）：额尔敦毕力格"),
    ("sign", "签订日期：2023年9月12日    签订地点：赤峰市红山区"),
],
    G(lender="赤峰市草原金穗小额贷款有限责任公司", lender_kind=LIC, borrower="额尔敦巴根", borrower_kind=NP,
      principal="150000", amount_delivered=None, contract_date="2023-09-12", start_date="2023-09-12",
      end_date="2024-10-31", annual_rate="0.15", overdue_rate="0.225", penalty_rate=None,
      repayment_method="按月付息、到期还本", dispute_method="court", guarantor="额尔敦毕力格",
      guarantee_type="连带责任保证", guarantee_period_months=36),
    ["cap_not_applicable_licensed_lender"],
    "small-loan company contract in a Word table; 月利率1.25 %, overdue +50 %; cattle chattel mortgage; joint guarantor 3 years")

# ---------------------------------------------------------------------------------------------------------
# hf03  还款协议 rolling unpaid interest into a new principal; guarantor with no period; no overdue rate
add("hf03_huankuan_xieyi_2021.txt", "utf8", """\
还 款 协 议

甲方（出借人）：王福林，男，汉族，1967年2月5日出生，身份证号：150426196702054312，
住翁牛特旗乌丹镇西门外街27号
乙方（借款人）：宝音图，男，蒙古族，身份证号：150426198811204619，住翁牛特旗白音套海苏木
丙方（保证人）：李长海，男，身份证号：150426197904153035，住翁牛特旗乌丹镇

2019年3月8日，乙方向甲方借款人民币捌万元整（￥80000元），约定月息2分，借期一年。借款到期后乙方未能还款，
利息已付至2019年9月30日。经双方对账，自2019年10月1日至2021年10月31日共25个月，乙方尚欠利息人民币肆万元整
（80000×2%×25=40000元）。

现甲、乙、丙三方经协商，达成如下协议：
一、甲乙双方确认，截至2021年10月31日，乙方共欠甲方本金捌万元、利息肆万元，本息合计人民币壹拾贰万元整（￥120000元）。
上述本息合计壹拾贰万元自2021年11月1日起转为乙方向甲方的借款本金，原借条由甲方收回作废。
二、借款期限自2021年11月1日起至2022年10月31日止。
三、借款按月息1分计息，每季度末月25日前支付当季利息，到期一次归还本金壹拾贰万元。
四、丙方李长海自愿为乙方上述全部债务承担连带责任保证。
五、如发生纠纷，任何一方可向甲方住所地人民法院起诉。
六、本协议一式三份，三方各执一份，自签字之日起生效。

甲方（签字）：王福林
乙方（签字按手印）：宝音图
丙方（签字按手印）：李长海

                                        2021年11月5日
""",
    G(lender="王福林", lender_kind=NP, borrower="宝音图", borrower_kind=NP, principal="120000",
      amount_delivered=None, contract_date="2021-11-05", start_date="2021-11-01", end_date="2022-10-31",
      annual_rate="0.12", overdue_rate=None, penalty_rate=None, repayment_method="按季付息、到期还本",
      dispute_method="court", guarantor="李长海", guarantee_type="连带责任保证", guarantee_period_months=None),
    ["compound_interest_restated", "guarantee_period_defaults_to_6_months", "no_overdue_rate_agreed"],
    "two loans' numbers: a 2019 loan (80000 at 月息2分) restated with 40000 unpaid interest into a new 120000 principal; "
    "the gold is the new loan of 2021-11-05; joint guarantee with no period; no overdue rate",
    as_of="2023-05-16")

# ---------------------------------------------------------------------------------------------------------
# hf04  村镇银行 farmer loan, LPR + 365bp, 联保小组 joint guarantee, Word table
add("hf04_cunzhen_lianbao_2021.docx", "docx", [
    ("title", "翁牛特旗兴牧村镇银行股份有限公司\n农户联保借款合同"),
    ("p", "合同编号：兴牧村银农借字2021第0415008号"),
    ("p", "借款人与贷款人根据《中华人民共和国民法典》等有关法律法规，经平等协商，订立本合同。"),
    ("table", [
        ["借款人", "韩志刚", "身份证号", "150426198204067712"],
        ["贷款人", "翁牛特旗兴牧村镇银行股份有限公司", "营业场所", "翁牛特旗乌丹镇玉龙大街中段"],
        ["借款金额", "人民币（大写）伍万元整　（小写）¥50,000.00"],
        ["借款期限", "36个月，自2021年4月15日至2024年4月14日"],
        ["借款用途", "购买肉牛、饲草料"],
        ["借款利率", "一年期LPR＋365BP（签约日一年期LPR为3.85%），执行年利率7.50%，合同期内不调整"],
        ["结息方式", "按季结息，结息日为每季末月20日"],
        ["还款方式", "按季付息，到期还本"],
        ["担保方式", "联保小组成员连带责任保证（第3联保小组）"],
    ]),
    ("p", "第五条  罚息和复利。借款人未按期归还贷款本金的，自逾期之日起按执行利率加收50%计收罚息；"
          "对不能按期支付的利息，按罚息利率计收复利。"),
    ("p", "第六条  保证。本笔贷款由联保小组成员刘玉霞（身份证号150426198507213328）、吴宝柱（身份证号150426197612084415）、"
          "那顺（身份证号150426198003110439）提供连带责任保证，保证范围为借款本金、利息、罚息、复利及实现债权的费用，"
          "保证期间为主债务履行期限届满之日起三年。联保小组成员之间互负连带保证责任。"),
    ("p", "第七条  借款人应按约定用途使用借款，接受贷款人的贷后检查。"),
    ("p", "第八条  争议解决。因本合同发生的争议，向贷款人所在地人民法院起诉。"),
    ("sign", "借款人（签字按印）：韩志刚\n联保小组成员（签字按印）：刘玉霞　吴宝柱　那顺"),
    ("sign", "贷款人（盖章）：翁牛特旗兴牧村镇银行股份有限公司\n客户经理：__孟繁星__"),
    ("sign", "2021年4月15日"),
],
    G(lender="翁牛特旗兴牧村镇银行股份有限公司", lender_kind=LIC, borrower="韩志刚", borrower_kind=NP,
      principal="50000", amount_delivered=None, contract_date="2021-04-15", start_date="2021-04-15",
      end_date="2024-04-14", annual_rate="0.075", overdue_rate="0.1125", penalty_rate=None,
      repayment_method="按季付息、到期还本", dispute_method="court", guarantor="刘玉霞",
      guarantee_type="连带责任保证", guarantee_period_months=36),
    ["cap_not_applicable_licensed_lender"],
    "村镇银行 农户联保 loan in a Word table, LPR+365BP (3.85+3.65=7.50 %), 罚息 +50 %, 复利 on unpaid interest (bank, "
    "so no compound finding); three joint guarantors, first one in gold")

# ---------------------------------------------------------------------------------------------------------
# hf05  2018 person -> meat company, 年利率18 %, GB18030 (old office PC)
add("hf05_jiekuan_roushipin_2018.txt", "gb18030", """\
                      借 款 合 同

出借人（甲方）：刘文斌      身份证号：150424197512080038
住址：林西县林西镇新林东街8号

借款人（乙方）：赤峰市松山区草原红牛肉食品有限公司
统一社会信用代码：91150404MA0PX2L71C        法定代表人：高玉山
住所：赤峰市松山区穆家营子镇工业园区

保证人（丙方）：高玉山      身份证号：150404196911272216

因乙方收购活牛资金周转需要，向甲方借款，经三方协商一致，订立本合同：

第一条  借款金额：人民币贰拾万元整（￥200,000.00）。
第二条  借款期限：自2018年6月20日起至2019年6月19日止，共计12个月。
第三条  借款利率：年利率18%，利息按月支付，乙方每月20日前支付当月利息叁仟元，到期归还本金。
第四条  甲方于本合同签订当日将借款转入乙方账户（户名：赤峰市松山区草原红牛肉食品有限公司，
        账号：0518 0201 0400 2276 1）。
第五条  乙方逾期还款的，逾期部分按年利率24%计付逾期利息。
第六条  丙方自愿为乙方本合同项下借款本息提供连带责任保证，保证期间为借款期限届满之日起两年。
第七条  因本合同引起的纠纷，由甲方住所地人民法院管辖。
第八条  本合同一式三份，甲乙丙各执一份，签字盖章后生效。

甲方（签字）：刘文斌
乙方（盖章）：赤峰市松山区草原红牛肉食品有限公司    法定代表人（签字）：高玉山
丙方（签字）：高玉山

                                              2018年6月20日
""",
    G(lender="刘文斌", lender_kind=NP, borrower="赤峰市松山区草原红牛肉食品有限公司", borrower_kind=ENT,
      principal="200000", amount_delivered=None, contract_date="2018-06-20", start_date="2018-06-20",
      end_date="2019-06-19", annual_rate="0.18", overdue_rate="0.24", penalty_rate=None,
      repayment_method="按月付息、到期还本", dispute_method="court", guarantor="高玉山",
      guarantee_type="连带责任保证", guarantee_period_months=24),
    ["pre_lpr_rate_rules"],
    "GB18030; pre-LPR person→company loan at 年利率18 % (within the old 24 % line: the rule still applies, band 'supported'); "
    "legal representative as joint guarantor for two years",
    as_of="2019-04-08")

# ---------------------------------------------------------------------------------------------------------
# hf06  农商行 land-contract-right mortgage loan, 月利率‰, installments, guarantee company; Word table
add("hf06_nongshang_tudi_2022.docx", "docx", [
    ("title", "赤峰白音敖包农村商业银行股份有限公司\n农村土地经营权抵押借款合同"),
    ("p", "合同编号：白农商（抵）字第2022-0915-031号"),
    ("table", [
        ["借款人", "宝力道", "身份证号", "150421197904261632"],
        ["住址", "阿鲁科尔沁旗天山镇白音敖包嘎查"],
        ["贷款人", "赤峰白音敖包农村商业银行股份有限公司", "负责人", "周立新"],
        ["借款金额", "人民币叁拾万元整（¥300,000.00）"],
        ["借款期限", "自2022年9月15日至2025年9月14日"],
        ["借款利率", "月利率5.5‰（固定利率）"],
        ["结息方式", "按季结息，每季末月20日为结息日"],
        ["还本计划", "2023年11月30日还本10万元；2024年11月30日还本10万元；2025年9月14日还本10万元"],
        ["抵押物", "借款人承包经营的旱地及水浇地共126亩的土地经营权（农村土地承包经营权证号：1504212022000731），评估价值45万元"],
        ["保证人", "赤峰市牧信融资担保有限公司"],
    ]),
    ("p", "第四条  罚息与复利。借款人未按约定期限归还借款本金的，贷款人对逾期贷款按本合同借款利率上浮50%计收罚息；"
          "对应付未付利息，按罚息利率计收复利。"),
    ("p", "第五条  抵押。借款人同意以上表所列土地经营权提供抵押，并配合贷款人在旗农牧局办理抵押登记。"
          "发包方白音敖包嘎查村民委员会已出具同意抵押的书面意见。"),
    ("p", "第六条  保证。赤峰市牧信融资担保有限公司为借款人在本合同项下的债务提供连带责任保证，"
          "保证期间为主债务履行期限届满之日起三年；双方另签《委托保证合同》的，保证费按该合同执行。"),
    ("p", "第七条  提前还款。经贷款人同意，借款人可以提前还款，利息按实际使用天数计算。"),
    ("p", "第八条  争议解决。本合同项下争议，依法向贷款人所在地人民法院起诉。"),
    ("sign", "借款人（签字捺印）：宝力道\n共有人（配偶）签字：萨仁"),
    ("sign", "贷款人（盖章）：赤峰白音敖包农村商业银行股份有限公司\n保证人（盖章）：赤峰市牧信融资担保有限公司"),
    ("sign", "签订日期：2022 年 9 月 15 日"),
],
    G(lender="赤峰白音敖包农村商业银行股份有限公司", lender_kind=LIC, borrower="宝力道", borrower_kind=NP,
      principal="300000", amount_delivered=None, contract_date="2022-09-15", start_date="2022-09-15",
      end_date="2025-09-14", annual_rate="0.066", overdue_rate="0.099", penalty_rate=None,
      repayment_method="分期还款", dispute_method="court", guarantor="赤峰市牧信融资担保有限公司",
      guarantee_type="连带责任保证", guarantee_period_months=36),
    ["cap_not_applicable_licensed_lender"],
    "农商行 土地经营权抵押 loan in a Word table; 月利率5.5‰; three principal installments; guarantee company (a licensed "
    "融资担保 as guarantor, not lender) joint, 3 years")

# ---------------------------------------------------------------------------------------------------------
# hf07  interest-free 借条 between relatives, with an overdue rate
add("hf07_jietiao_wuxi_2022.txt", "utf8", """\
借条

今借到姐夫陈建华人民币贰万元整（20000元），用于买冬季饲草料（青贮、玉米秸秆）。
亲戚之间不计利息，本人保证于2022年12月31日前一次还清。
如到期不还，从逾期之日起按年利率6%给付利息。

借款人：吴海军
身份证号：150430198907121117
电话：139 4763 0582
2022年5月3日
""",
    G(lender="陈建华", lender_kind=NP, borrower="吴海军", borrower_kind=NP, principal="20000",
      amount_delivered=None, contract_date="2022-05-03", start_date="2022-05-03", end_date="2022-12-31",
      annual_rate="0", overdue_rate="0.06", penalty_rate=None, repayment_method="到期一次性还本付息",
      dispute_method=None, guarantor=None, guarantee_type=None, guarantee_period_months=None),
    [],
    "expressly interest-free 借条 (不计利息 → 0) with an overdue rate of 6 %; no findings",
    as_of="2023-04-11")

# ---------------------------------------------------------------------------------------------------------
# hf08  欠条 restating two older loans, interest "按原来说的算" (unclear), no overdue rate, long expired
add("hf08_qiantiao_2019_chenguofu.txt", "utf8", """\
欠  条

今欠到赵德胜借款人民币肆万伍仟元整（45000元）。
此款为2018年4月买拖拉机时借的肆万元和2019年6月看病借的伍仟元，两笔合并打此欠条，原来两张借条作废。
利息按原来说的算，2020年秋后（10月底前）还清。

欠款人：陈国富（手印）
身份证号：150424197305251411
住址：林西县新城子镇十二吐村

见证人：李玉江

                               2019年12月5日
""",
    G(lender="赵德胜", lender_kind=NP, borrower="陈国富", borrower_kind=NP, principal="45000",
      amount_delivered=None, contract_date="2019-12-05", start_date="2019-12-05", end_date="2020-10-31",
      annual_rate=None, overdue_rate=None, penalty_rate=None, repayment_method="到期一次性还本付息",
      dispute_method=None, guarantor=None, guarantee_type=None, guarantee_period_months=None),
    ["no_interest_agreed", "no_overdue_rate_agreed", "limitation_period_expired"],
    "two loans' numbers (40000 + 5000) merged into one 欠条 of 45000 — the gold is the 欠条; interest '按原来说的算' is "
    "unclear; no overdue rate; due 2020-10-31, expired by as_of; 见证人 is not a guarantor",
    as_of="2026-11-20")

# ---------------------------------------------------------------------------------------------------------
# hf09  person -> dairy company, 年化24 %, daily 千分之一 overdue, 利滚利, guarantor with no type, 直至还清
add("hf09_geren_ruye_2024.docx", "docx", [
    ("title", "借 款 合 同"),
    ("table", [
        ["出借人（甲方）", "周海军", "身份证号", "150422197810093651"],
        ["借款人（乙方）", "巴林左旗蒙佳乳业有限公司", "统一社会信用代码", "91150422MA13QW6E8K"],
        ["法定代表人", "娜仁高娃", "联系电话", "152 4890 3376"],
        ["借款金额", "人民币伍拾万元整（¥500000）"],
        ["借款期限", "2024年3月18日至2025年3月17日"],
        ["年化利率", "24%"],
        ["付息方式", "每月18日付息，到期还本"],
        ["乙方收款账户", "户名：巴林左旗蒙佳乳业有限公司  账号：1505 0162 3388 0000 417"],
    ]),
    ("p", "一、乙方借款用于收购鲜奶及支付牧场饲料款，不得挪作他用。"),
    ("p", "二、乙方逾期归还本金或利息的，每逾期一日按未还金额的千分之一支付逾期利息，并另行向甲方支付违约金伍万元。"),
    ("p", "三、乙方未按期支付的利息，自次月起计入借款本金，按本合同约定利率一并计收利息。"),
    ("p", "四、担保：乙方法定代表人娜仁高娃自愿为本借款提供担保，担保至本合同项下借款本息全部还清之日止。"),
    ("p", "五、甲方为实现债权支出的律师费、诉讼费、保全费等由乙方承担。"),
    ("p", "六、协商不成的，向甲方所在地人民法院提起诉讼。"),
    ("sign", "甲方（签字）：周海军"),
    ("sign", "乙方（盖章）：巴林左旗蒙佳乳业有限公司    法定代表人：娜仁高娃"),
    ("sign", "担保人（签字按手印）：娜仁高娃    身份证号：150422198702214420"),
    ("sign", "2024年3月18日"),
],
    G(lender="周海军", lender_kind=NP, borrower="巴林左旗蒙佳乳业有限公司", borrower_kind=ENT,
      principal="500000", amount_delivered=None, contract_date="2024-03-18", start_date="2024-03-18",
      end_date="2025-03-17", annual_rate="0.24", overdue_rate="0.365", penalty_rate=None,
      repayment_method="按月付息、到期还本", dispute_method="court", guarantor="娜仁高娃",
      guarantee_type="unspecified", guarantee_period_months=None),
    ["rate_above_4x_lpr", "overdue_charges_above_cap", "compound_interest_restated",
     "guarantee_type_defaults_to_general", "guarantee_period_defaults_to_6_months"],
    "person→company in a Word table: 年化24 % above 4×LPR (13.8 %), daily 千分之一 overdue, lump 违约金 50000, "
    "unpaid interest rolled into principal; the legal representative '提供担保' with no type, until fully repaid")

# ---------------------------------------------------------------------------------------------------------
# hf10  典当 ticket + contract, vehicle pledge, 月利率0.5 % + 综合费
add("hf10_dangpiao_pika_2025.txt", "utf8", """\
赤峰市红山区鼎盛源典当有限责任公司
                     当    票                      No. 0016873
------------------------------------------------------------------
当户名称：苏和                证件号码：150402199002283014
当户地址：赤峰市红山区桥北镇红庙子村
当物名称：皮卡车一辆（车牌号：蒙D·K72J5，车架号后六位：381527）
估价金额：壹拾万元整          折当率：60%
当金（大写）：陆万元整        （小写）：￥60000.00
典当期限：自2025年7月10日至2025年8月8日，共30天
月利率：0.5%                  月综合费率：2.3%
本期利息：300.00元            本期综合费用：1380.00元
实付当金（小写）：￥60000.00   （利息及综合费用于赎当时一并收取）
------------------------------------------------------------------
经办：吕    复核：王    当户签名：苏和          2025年7月10日

            机动车质押典当合同（当票背面条款）

一、当户以其所有的上述车辆及车辆登记证书、钥匙交典当行占有，作为当金及利息、综合费用的担保。
二、典当期限届满或者续当期限届满后，当户应在五日内赎当或者续当；逾期不赎当也不续当的，为绝当，
    典当行有权依法处分当物，所得价款优先受偿。
三、当户于典当期内赎当的，利息和综合费用按实际天数计收，不足五日按五日计收。
四、因本合同发生的争议，提交赤峰仲裁委员会仲裁。
""",
    G(lender="赤峰市红山区鼎盛源典当有限责任公司", lender_kind=LIC, borrower="苏和", borrower_kind=NP,
      principal="60000", amount_delivered=None, contract_date="2025-07-10", start_date="2025-07-10",
      end_date="2025-08-08", annual_rate="0.06", overdue_rate=None, penalty_rate=None,
      repayment_method="到期一次性还本付息", dispute_method="arbitration", guarantor=None, guarantee_type=None,
      guarantee_period_months=None),
    ["cap_not_applicable_licensed_lender"],
    "典当 ticket + vehicle pledge terms; 月利率0.5 % (the monthly 综合费率2.3 % is a fee, not the interest rate); "
    "nothing deducted (实付当金 = 当金); arbitration")

# ---------------------------------------------------------------------------------------------------------
# hf11  农机 financial lease, rent table, daily penalty, wife as joint guarantor
add("hf11_zulin_tuolaji_2024.docx", "docx", [
    ("title", "融资租赁合同（直租）"),
    ("p", "合同编号：HFZL-2024-0408-03"),
    ("p", "出租人（甲方）：内蒙古禾丰农机融资租赁有限公司    住所：赤峰市红山区临潢家园商业楼二层"),
    ("p", "承租人（乙方）：王振国    身份证号：150430198111025513    住址：敖汉旗新惠镇大甸子村"),
    ("p", "保证人（丙方）：杨秀兰    身份证号：150430198304186223（承租人配偶）"),
    ("p", "一、租赁要素"),
    ("table", [
        ["项目", "内容"],
        ["租赁物", "1004型四驱轮式拖拉机1台及配套1.8米旋耕机1台（出卖人：敖汉旗丰泽农机销售有限公司）"],
        ["租赁物购买价款", "人民币贰拾贰万元整"],
        ["首付款", "人民币肆万元整（乙方直接支付出卖人）"],
        ["融资本金（租赁成本）", "人民币壹拾捌万元整（¥180,000.00）"],
        ["租赁期限", "自2024年4月8日起至2026年11月30日止"],
        ["租赁年利率", "6.8%（固定），按日计息，日利率＝年利率÷360"],
        ["租金支付", "每年11月30日前支付一期，共3期，金额见租金支付表"],
        ["留购价款", "人民币壹佰元"],
    ]),
    ("p", "二、租金支付表"),
    ("table", [
        ["期数", "应付日", "租金（元）", "其中：本金（元）", "其中：利息（元）"],
        ["1", "2024-11-30", "68,024.00", "60,000.00", "8,024.00"],
        ["2", "2025-11-30", "68,273.33", "60,000.00", "8,273.33"],
        ["3", "2026-11-30", "64,136.67", "60,000.00", "4,136.67"],
        ["合计", "", "200,434.00", "180,000.00", "20,434.00"],
    ]),
    ("p", "三、租赁期间租赁物所有权属于甲方，乙方不得转让、抵押或出借；甲方在动产融资统一登记公示系统办理融资租赁登记。"),
    ("p", "四、乙方逾期支付租金的，应按逾期金额每日万分之五向甲方支付违约金，直至付清之日止。"),
    ("p", "五、丙方为乙方在本合同项下的全部债务提供连带责任保证，保证期间为主合同项下最后一期租金履行期限届满之日起三年。"),
    ("p", "六、本合同发生争议，向甲方住所地人民法院提起诉讼。"),
    ("sign", "甲方（盖章）：内蒙古禾丰农机融资租赁有限公司\n乙方（签字捺印）：王振国\n丙方（签字捺印）：杨秀兰"),
    ("sign", "签约日期：2024年4月8日"),
],
    G(lender="内蒙古禾丰农机融资租赁有限公司", lender_kind=LIC, borrower="王振国", borrower_kind=NP,
      principal="180000", amount_delivered=None, contract_date="2024-04-08", start_date="2024-04-08",
      end_date="2026-11-30", annual_rate="0.068", overdue_rate=None, penalty_rate="0.1825",
      repayment_method="分期还款", dispute_method="court", guarantor="杨秀兰", guarantee_type="连带责任保证",
      guarantee_period_months=36),
    ["cap_not_applicable_licensed_lender"],
    "tractor financial lease with two Word tables (terms + rent schedule); 租赁年利率6.8 % on a 360-day basis; "
    "late-rent 违约金 日万分之五 (penalty rate, no overdue rate); spouse joint guarantor 3 years from the last rent")

# ---------------------------------------------------------------------------------------------------------
# hf12  商业保理 financing of a dairy farm's milk receivables; guarantee period as an end date; arbitration
add("hf12_baoli_naiye_2025.docx", "docx", [
    ("title", "有追索权国内保理合同"),
    ("p", "合同编号：HHBL-2025-062"),
    ("p", "保理商（甲方）：赤峰市瀚海商业保理有限公司\n统一社会信用代码：91150402MA7F0QK25D\n住所：赤峰市红山区昭乌达路东段金桥大厦9层"),
    ("p", "卖方（乙方）：翁牛特旗绿源牧场奶业有限公司\n统一社会信用代码：91150426MA0R3TB66Y\n法定代表人：刘瑞峰"),
    ("p", "保证人（丙方）：刘瑞峰    身份证号：150426197508302431"),
    ("p", "第一条  乙方将其对买方赤峰市宏盛乳制品有限公司的生鲜乳销售应收账款（发票金额合计人民币壹佰万元整，"
          "到期日2025年12月20日）转让给甲方，甲方按应收账款金额的80%向乙方提供保理融资。"),
    ("p", "第二条  保理融资款为人民币捌拾万元整（￥800,000.00），融资期限自2025年6月23日起至2025年12月20日止。"),
    ("p", "第三条  保理融资利率为年化9%，按日计息，于融资到期日与融资本金一并支付。"
          "保理服务费按融资款的1%计收，共计捌仟元，由乙方在放款前另行支付，不从融资款中扣除。"),
    ("p", "第四条  买方未在到期日付款的，甲方有权向乙方追索，乙方应无条件回购应收账款并归还全部融资本息。"),
    ("p", "第五条  乙方逾期归还融资本息的，逾期期间按融资利率上浮50%计收逾期利息。"),
    ("p", "第六条  丙方为乙方在本合同项下的全部债务承担连带责任保证，保证期间至2028年12月20日止。"),
    ("p", "第七条  因本合同发生的争议，各方同意提交赤峰仲裁委员会仲裁，仲裁裁决是终局的。"),
    ("sign", "甲方（盖章）：赤峰市瀚海商业保理有限公司"),
    ("sign", "乙方（盖章）：翁牛特旗绿源牧场奶业有限公司    法定代表人（签字）：刘瑞峰"),
    ("sign", "丙方（签字）：刘瑞峰"),
    ("sign", "签订日期：2025年6月23日"),
],
    G(lender="赤峰市瀚海商业保理有限公司", lender_kind=LIC, borrower="翁牛特旗绿源牧场奶业有限公司",
      borrower_kind=ENT, principal="800000", amount_delivered=None, contract_date="2025-06-23",
      start_date="2025-06-23", end_date="2025-12-20", annual_rate="0.09", overdue_rate="0.135",
      penalty_rate=None, repayment_method="到期一次性还本付息", dispute_method="arbitration",
      guarantor="刘瑞峰", guarantee_type="连带责任保证", guarantee_period_months=None),
    ["cap_not_applicable_licensed_lender"],
    "commercial factoring (recourse) of milk receivables, DOCX paragraphs only; 年化9 %, overdue +50 %; 1 % fee paid "
    "separately (not deducted); guarantee period as an end date; arbitration")

# ---------------------------------------------------------------------------------------------------------
# hf13  consumer-finance e-contract for a motorbike, 日利率0.05 %, 等额本息, arbitration
add("hf13_xiaofei_motuo_2024.txt", "utf8", """\
北疆惠民消费金融有限公司
个人消费借款合同（电子版）

合同编号：BJHM2024061800387215
借款人：图门        证件号码：150422200103154117
手机号：187****2209
通讯地址：内蒙古赤峰市巴林左旗林东镇契丹大街
贷款人：北疆惠民消费金融有限公司

第一条 借款信息
1.1 借款金额：人民币壹万贰仟元整（¥12,000.00）
1.2 借款用途：购买摩托车（商户：巴林左旗骏驰摩托车行），借款直接支付至商户账户
1.3 借款期限：12期，自2024年6月18日起至2025年6月18日止
1.4 借款利率：日利率0.05%（年化利率18.25%，单利）
1.5 还款方式：等额本息，每月18日为还款日，每期应还约1,101.59元，最后一期按实际结清
1.6 收款账户（商户）：巴林左旗骏驰摩托车行   账号：6215 5905 0700 1234 908

第二条 逾期
借款人未按期足额还款的，就逾期本金自逾期之日起按借款年利率的1.5倍计收罚息，直至清偿之日止。
贷款人有权将逾期信息报送金融信用信息基础数据库。

第三条 争议解决
因本合同引起的争议，提交赤峰仲裁委员会按照其网络仲裁规则进行仲裁。

借款人确认：本人已阅读并理解本合同全部条款。
借款人（电子签名）：图门
签署时间：2024-06-18 15:42:07
""",
    G(lender="北疆惠民消费金融有限公司", lender_kind=LIC, borrower="图门", borrower_kind=NP, principal="12000",
      amount_delivered=None, contract_date="2024-06-18", start_date="2024-06-18", end_date="2025-06-18",
      annual_rate="0.1825", overdue_rate="0.27375", penalty_rate=None, repayment_method="等额本息",
      dispute_method="arbitration", guarantor=None, guarantee_type=None, guarantee_period_months=None),
    ["cap_not_applicable_licensed_lender"],
    "consumer-finance e-contract, 日利率0.05 % (18.25 %), 罚息 ×1.5, 12 期 等额本息, online arbitration")

# ---------------------------------------------------------------------------------------------------------
# hf14  herder loan for 20 cows, interest per head per month, general guarantee one year
add("hf14_jiekuan_jichu_muniu_2023.txt", "utf8", """\
借款协议

出借人：那日苏（蒙古族）    身份证号：150421197209143318
借款人：李占林              身份证号：150421198610077015
保证人：吴金山              身份证号：150421197511302611

借款人因扩大养殖规模，向出借人借现金壹拾陆万元整（小写160000元），用于购买基础母牛20头（每头按捌仟元算）。
双方约定如下：
1、利息按头算，每头牛每月利息捌拾元，20头每月共计壹仟陆佰元，每三个月结一次利息（即每季度付肆仟捌佰元）。
2、借款期限：2023年10月15日至2024年10月31日，秋后卖牛犊还清本金。
3、逾期不还的，逾期部分按月息1分1算利息。
4、保证人吴金山承担一般保证责任，保证期间为借款到期之日起一年。
5、本协议一式三份，三人各执一份，签字后生效。

出借人：那日苏      借款人：李占林      保证人：吴金山
                                                 2023年10月15日
""",
    G(lender="那日苏", lender_kind=NP, borrower="李占林", borrower_kind=NP, principal="160000",
      amount_delivered=None, contract_date="2023-10-15", start_date="2023-10-15", end_date="2024-10-31",
      annual_rate="0.12", overdue_rate="0.132", penalty_rate=None, repayment_method="按季付息、到期还本",
      dispute_method=None, guarantor="吴金山", guarantee_type="一般保证", guarantee_period_months=12),
    [],
    "interest per head of cattle per month (80 元×20 head = 1600/month on 160000 → 12 %); overdue 月息1分1 (13.2 % < 13.8 %); "
    "explicit general guarantee, one year")

# ---------------------------------------------------------------------------------------------------------
# hf15  another small-loan company: first month's interest deducted on disbursement
add("hf15_xiaodai_roushipin_2024.txt", "utf8", """\
赤峰市锡伯河小额贷款股份有限公司
企 业 借 款 合 同
                                              编号：XBH-QY-2024-1112

贷款人：赤峰市锡伯河小额贷款股份有限公司（以下简称"甲方"）
住所：赤峰市红山区钢铁街宏基大厦6层
借款人：喀喇沁旗福源肉食品加工有限公司（以下简称"乙方"）
统一社会信用代码：91150428MA0Q8XJ19T      法定代表人：马国栋
住所：喀喇沁旗锦山镇工业园区
保证人：马国栋（以下简称"丙方"）  身份证号：150428197612063018

第一条 借款金额：人民币贰拾万元整（¥200,000.00）。
第二条 借款用途：收购育肥牛羊，年底屠宰加工。
第三条 借款期限：6个月，自2024年11月12日至2025年5月11日。
第四条 借款利率：月利率1.5%，按月结息，结息日为每月12日，到期归还本金。
第五条 放款：甲方于放款时一并扣收首月利息叁仟元整，实际向乙方账户划付人民币壹拾玖万柒仟元整（¥197,000.00），
       乙方对此无异议。
第六条 逾期：乙方未按期还本的，自逾期之日起按本合同利率上浮50%计收罚息。
第七条 保证：丙方为乙方本合同项下全部债务提供连带责任保证，保证期间为主债务履行期限届满之日起三年。
第八条 争议：因本合同产生争议的，向甲方所在地人民法院诉讼解决。

甲方（盖章）：赤峰市锡伯河小额贷款股份有限公司
乙方（盖章）：喀喇沁旗福源肉食品加工有限公司   法定代表人：马国栋
丙方（签字）：马国栋
签订日期：2024年11月12日
""",
    G(lender="赤峰市锡伯河小额贷款股份有限公司", lender_kind=LIC, borrower="喀喇沁旗福源肉食品加工有限公司",
      borrower_kind=ENT, principal="200000", amount_delivered="197000", contract_date="2024-11-12",
      start_date="2024-11-12", end_date="2025-05-11", annual_rate="0.18", overdue_rate="0.27", penalty_rate=None,
      repayment_method="按月付息、到期还本", dispute_method="court", guarantor="马国栋",
      guarantee_type="连带责任保证", guarantee_period_months=36),
    ["cap_not_applicable_licensed_lender", "interest_deducted_upfront"],
    "small-loan company → meat firm; first month's interest 3000 taken on disbursement (197000 delivered); 月利率1.5 %, 罚息 +50 %")

# ---------------------------------------------------------------------------------------------------------
# hf16  2018 interest-free 借条 from an aunt, 担保人 with no type, GB18030
add("hf16_jietiao_gugu_2018.txt", "gb18030", """\
借  条

今借到 韩桂兰（姑姑）人民币贰万元整（20000.00），给孩子交学费和买羊用。不要利息。
定于2019年9月底前还清。如到期不还，按年利率6%给利息。

借款人：白音仓
身份证号：150428198301152219
担保人：额尔德木图

                    2018年9月8日
""",
    G(lender="韩桂兰", lender_kind=NP, borrower="白音仓", borrower_kind=NP, principal="20000",
      amount_delivered=None, contract_date="2018-09-08", start_date="2018-09-08", end_date="2019-09-30",
      annual_rate="0", overdue_rate="0.06", penalty_rate=None, repayment_method="到期一次性还本付息",
      dispute_method=None, guarantor="额尔德木图", guarantee_type="unspecified", guarantee_period_months=None),
    [],
    "GB18030; pre-LPR but interest-free (不要利息 → 0, no rate to test → no pre-LPR finding); overdue 6 %; "
    "担保人 with no type or period given in 2018 (担保法 era → no guarantee finding)",
    as_of="2019-06-03")

# ---------------------------------------------------------------------------------------------------------
# hf17  农机 company -> farmer, harvester mortgage, two installments (2019, LPR era)
add("hf17_nongji_gongsi_jiekuan_2019.txt", "utf8", """\
借 款 合 同

甲方（出借人）：林西县兴农农机有限公司
统一社会信用代码：91150424MA0MX5Q83P    法定代表人：孟庆国
乙方（借款人）：曹立军    身份证号：150424197708214436    住址：林西县统部镇大井村

乙方系甲方多年客户，因秋收雇工及购买柴油资金周转，向甲方借款。双方约定：
一、借款金额：人民币陆万元整（60000元）。
二、借款期限：2019年10月20日至2020年10月19日。
三、借款利率：年利率8%。
四、还款：2020年4月30日前归还本金叁万元及相应利息；2020年10月19日前归还剩余本金叁万元及相应利息。
五、抵押：乙方以其所有的4LZ-6型谷物联合收割机一台（发动机号：YC4A125Z-T20 3K0291）提供抵押，
    抵押期间收割机由乙方使用，不得转卖。
六、逾期：乙方逾期还款的，逾期部分按年利率12%计付逾期利息。
七、争议：协商不成，由甲方所在地人民法院管辖。

甲方（盖章）：林西县兴农农机有限公司      经办人：孟庆国
乙方（签字）：曹立军
                                         2019年10月20日
""",
    G(lender="林西县兴农农机有限公司", lender_kind=ENT, borrower="曹立军", borrower_kind=NP, principal="60000",
      amount_delivered=None, contract_date="2019-10-20", start_date="2019-10-20", end_date="2020-10-19",
      annual_rate="0.08", overdue_rate="0.12", penalty_rate=None, repayment_method="分期还款",
      dispute_method="court", guarantor=None, guarantee_type=None, guarantee_period_months=None),
    [],
    "company → farmer, 年利率8 % (cap 4×4.20 = 16.8 %), two installments, harvester mortgage, no guarantor",
    as_of="2020-03-25")

# ---------------------------------------------------------------------------------------------------------
# hf18  feed company -> cooperative, LPR + 150bp, Word table, arbitration
add("hf18_siliao_hezuoshe_2020.docx", "docx", [
    ("title", "借款合同"),
    ("p", "出借方（甲方）：赤峰市红山区塞北饲料有限公司\n借款方（乙方）：巴林右旗查干沐沦养殖专业合作社\n保证人（丙方）：金宝"),
    ("p", "乙方长期向甲方采购饲料，现因补栏及购买饲料资金不足向甲方借款，经协商订立本合同。"),
    ("table", [
        ["出借方", "赤峰市红山区塞北饲料有限公司", "统一社会信用代码", "91150402MA0KQ17N4W"],
        ["借款方", "巴林右旗查干沐沦养殖专业合作社", "统一社会信用代码", "93150423MA0N2C5P1H"],
        ["借款金额", "叁拾万元整（¥300,000.00）"],
        ["借款期限", "2020年5月12日—2021年5月11日"],
        ["借款利率", "按本合同签订日全国银行间同业拆借中心公布的一年期贷款市场报价利率（LPR）加150个基点，合同期内不调整"],
        ["付息方式", "按季付息（每季末月20日），到期还本"],
        ["保证人", "金宝（乙方理事长）  身份证号：150423197303051619"],
    ]),
    ("p", "第一条  乙方逾期归还借款的，逾期部分在本合同约定利率基础上加收50%计收逾期利息。"),
    ("p", "第二条  乙方改变借款用途的，应向甲方支付借款本金5%的违约金。"),
    ("p", "第三条  丙方对乙方在本合同项下的债务承担连带责任保证，保证期间为主债务履行期限届满之日起两年。"),
    ("p", "第四条  因本合同发生争议的，提交赤峰仲裁委员会仲裁。"),
    ("sign", "甲方（盖章）：赤峰市红山区塞北饲料有限公司\n乙方（盖章）：巴林右旗查干沐沦养殖专业合作社\n丙方（签字）：金宝"),
    ("sign", "2020年5月12日"),
],
    G(lender="赤峰市红山区塞北饲料有限公司", lender_kind=ENT, borrower="巴林右旗查干沐沦养殖专业合作社",
      borrower_kind=ENT, principal="300000", amount_delivered=None, contract_date="2020-05-12",
      start_date="2020-05-12", end_date="2021-05-11", annual_rate="0.0535", overdue_rate="0.08025",
      penalty_rate=None, repayment_method="按季付息、到期还本", dispute_method="arbitration", guarantor="金宝",
      guarantee_type="连带责任保证", guarantee_period_months=24),
    [],
    "company → cooperative in a Word table, LPR+150 bp (3.85+1.50 = 5.35 %), overdue +50 %, 违约金 as a share of "
    "principal (null), joint guarantee 2 years, arbitration",
    as_of="2020-12-14")

# ---------------------------------------------------------------------------------------------------------
# hf19  herders' 借条 with 日息万分之三, joint guarantee six months (stated)
add("hf19_jietiao_rixi_2025.txt", "utf8", """\
借条

今借到特木尔现金叁万伍仟元整（35000元），日息万分之三，利随本清，今年秋后（2025年11月30日前）卖羊还清。
逾期不还，逾期部分继续按日万分之三计息。
保证人斯琴愿意承担连带保证责任，保证期间六个月（从还款到期日算起）。

借款人：胡日查    身份证：150425199105086337
保证人：斯琴      身份证：150425198808154425
                                  2025年3月6日
""",
    G(lender="特木尔", lender_kind=NP, borrower="胡日查", borrower_kind=NP, principal="35000",
      amount_delivered=None, contract_date="2025-03-06", start_date="2025-03-06", end_date="2025-11-30",
      annual_rate="0.1095", overdue_rate="0.1095", penalty_rate=None, repayment_method="到期一次性还本付息",
      dispute_method=None, guarantor="斯琴", guarantee_type="连带责任保证", guarantee_period_months=6),
    [],
    "日息万分之三 (10.95 % < 4×3.10 = 12.4 %), 利随本清; a six-month guarantee period that is STATED (no default finding)")

# ---------------------------------------------------------------------------------------------------------
# hf20  person -> meat processing plant, 月利率千分之八, guarantee to an end date (DOCX, no table)
add("hf20_jiekuan_jiagongchang_2023.docx", "docx", [
    ("title", "借款合同"),
    ("p", "出借人（甲方）：张秀英，女，身份证号150403196810122025，住赤峰市元宝山区平庄镇"),
    ("p", "借款人（乙方）：赤峰市元宝山区鑫牧源牛羊肉加工厂，负责人：孙立伟"),
    ("p", "保证人（丙方）：孙立伟，身份证号150403197902144815"),
    ("p", "一、乙方因年前备货向甲方借款人民币壹拾万元整（100000元），借款期限自2023年1月10日至2024年1月9日。"),
    ("p", "二、借款利率为月利率千分之八，乙方每月10日前支付利息捌佰元，到期一次归还本金。"),
    ("p", "三、乙方未按期还本付息的，逾期部分按月利率千分之十二计付逾期利息。"),
    ("p", "四、丙方对乙方本合同项下债务承担连带责任保证，保证期间至2026年1月9日止。"),
    ("p", "五、本合同履行中发生争议，由甲方住所地人民法院管辖。"),
    ("p", "六、本合同一式三份，自三方签字之日起生效。"),
    ("sign", "甲方：张秀英\n乙方：赤峰市元宝山区鑫牧源牛羊肉加工厂（盖章）  负责人：孙立伟\n丙方：孙立伟"),
    ("sign", "二〇二三年一月十日"),
],
    G(lender="张秀英", lender_kind=NP, borrower="赤峰市元宝山区鑫牧源牛羊肉加工厂", borrower_kind=ENT,
      principal="100000", amount_delivered=None, contract_date="2023-01-10", start_date="2023-01-10",
      end_date="2024-01-09", annual_rate="0.096", overdue_rate="0.144", penalty_rate=None,
      repayment_method="按月付息、到期还本", dispute_method="court", guarantor="孙立伟",
      guarantee_type="连带责任保证", guarantee_period_months=None),
    [],
    "月利率千分之八 (9.6 %), overdue 千分之十二 (14.4 % < 4×3.65 = 14.6 %); date in 汉字 (二〇二三年一月十日); "
    "guarantee period to an end date")

# ---------------------------------------------------------------------------------------------------------
# hf21  person -> person, 每月利息600元 on 80000, lump 违约金 (2026)
add("hf21_jiekuan_yuelixi_2026.txt", "utf8", """\
借款合同

出借人（甲方）：陈立新    身份证号：150402197204186612
借款人（乙方）：达古拉    身份证号：150422199210243520    住巴林左旗哈拉哈达镇

乙方因开办牧家乐、购置蒙古包向甲方借款，双方约定：
1. 借款金额：人民币捌万元整（￥80000.00），甲方于签约当日微信转账给付。
2. 借款期限：2026年2月15日起至2026年10月31日止。
3. 利息：每月利息陆佰元整，乙方于每月15日前支付，本金到期一次还清。
4. 逾期：乙方到期未还本金的，从逾期之日起按年利率10%计付逾期利息。
5. 违约金：乙方违约的，另向甲方支付违约金贰仟元。
6. 争议：协商解决不成的，向甲方住所地人民法院起诉。

甲方（签字）：陈立新          乙方（签字按手印）：达古拉
                                   2026年2月15日
""",
    G(lender="陈立新", lender_kind=NP, borrower="达古拉", borrower_kind=NP, principal="80000",
      amount_delivered=None, contract_date="2026-02-15", start_date="2026-02-15", end_date="2026-10-31",
      annual_rate="0.09", overdue_rate="0.1", penalty_rate=None, repayment_method="按月付息、到期还本",
      dispute_method="court", guarantor=None, guarantee_type=None, guarantee_period_months=None),
    [],
    "monthly interest amount (600×12/80000 = 9 %); overdue 10 %; lump 违约金 2000 (null); 2026 date (LPR table stale, "
    "3.00 % assumed → cap 12 %)")

# ---------------------------------------------------------------------------------------------------------
# hf22  dairy company -> dairy farmer, 年化7.2 %, equal principal deducted from milk money, cow mortgage
add("hf22_ruye_nainong_2022.txt", "utf8", """\
奶农借款合同

甲方（出借人）：赤峰市蒙乳源乳业有限公司
统一社会信用代码：91150404MA0P6WN38E    法定代表人：樊志远
乙方（借款人）：其其格    身份证号：150404198602172626    住址：松山区大庙镇
奶站编号：DM-017

乙方为甲方签约奶农，为扩大存栏向甲方借款。双方约定如下：
一、借款金额：人民币玖万元整（￥90,000.00）。
二、借款期限：24个月，自2022年8月16日起至2024年8月15日止。
三、借款利率：年化利率7.2%（即月0.6%）。
四、还款方式：每月从乙方当月交奶款中扣还本金3750元及当月剩余本金的利息，24个月扣完。
   交奶款不足扣还的，乙方应于当月月底前补足。
五、逾期：乙方未按期还款的，逾期部分按年化利率10.8%计收逾期利息。
六、抵押：乙方以其所有的荷斯坦奶牛15头（耳标号见附表）提供抵押，乙方不得私自出售。
七、争议：双方协商不成的，向甲方所在地人民法院起诉。

甲方（盖章）：赤峰市蒙乳源乳业有限公司     乙方（签字）：其其格
                                               2022年8月16日
附表：抵押奶牛耳标号（略）
""",
    G(lender="赤峰市蒙乳源乳业有限公司", lender_kind=ENT, borrower="其其格", borrower_kind=NP, principal="90000",
      amount_delivered=None, contract_date="2022-08-16", start_date="2022-08-16", end_date="2024-08-15",
      annual_rate="0.072", overdue_rate="0.108", penalty_rate=None, repayment_method="等额本金",
      dispute_method="court", guarantor=None, guarantee_type=None, guarantee_period_months=None),
    [],
    "company → dairy farmer, 年化7.2 %, equal principal (3750/month) deducted from milk payments, cow mortgage, no guarantor")

# ---------------------------------------------------------------------------------------------------------
# hf23  typed-up 借条, 月息8厘, GB18030
add("hf23_jietiao_8li_2024.txt", "gb18030", """\
借条

今借到赵玉梅现金贰万伍仟元整（25000元），月息8厘，
2025年10月30日前连本带利一起还清。
到期不还，按月息1分计算。

借款人：阿木古冷
身份证号：150426199406283317
2024年12月28日
""",
    G(lender="赵玉梅", lender_kind=NP, borrower="阿木古冷", borrower_kind=NP, principal="25000",
      amount_delivered=None, contract_date="2024-12-28", start_date="2024-12-28", end_date="2025-10-30",
      annual_rate="0.096", overdue_rate="0.12", penalty_rate=None, repayment_method="到期一次性还本付息",
      dispute_method=None, guarantor=None, guarantee_type=None, guarantee_period_months=None),
    [],
    "GB18030; 月息8厘 (0.8 %/month = 9.6 %), overdue 月息1分 (12 % < 4×3.10 = 12.4 %)")

# ---------------------------------------------------------------------------------------------------------
# hf24  续借 contract mentioning a settled earlier loan; the gold is the new loan
add("hf24_xujie_dacaoji_2023.txt", "utf8", """\
借款合同（续借）

出借人：王春燕    身份证号：150425197911053822    住克什克腾旗经棚镇
借款人：朝鲁      身份证号：150425198707162218    住克什克腾旗达日罕乌拉苏木
保证人：巴雅尔    身份证号：150425198203097413

鉴于：借款人于2022年7月1日向出借人借款伍万元（年利率9%），已于2023年6月28日连本带息全部还清，原借条已退还借款人。
现借款人因购买打草机、搂草机，再次向出借人借款，三方约定如下：

一、借款金额：人民币柒万元整（￥70000）。
二、借款期限：自2023年7月5日起至2024年10月31日止。
三、借款利率：年利率9%，利息随本金到期一并支付。
四、逾期：借款人逾期还款的，逾期部分按年利率13.5%计付逾期利息。
五、保证：保证人巴雅尔对本借款承担连带责任保证，保证期间为主债务履行期届满之日起一年。
六、争议：协商不成，由出借人住所地人民法院管辖。

出借人：王春燕      借款人：朝鲁      保证人：巴雅尔
                                              2023年7月5日
""",
    G(lender="王春燕", lender_kind=NP, borrower="朝鲁", borrower_kind=NP, principal="70000",
      amount_delivered=None, contract_date="2023-07-05", start_date="2023-07-05", end_date="2024-10-31",
      annual_rate="0.09", overdue_rate="0.135", penalty_rate=None, repayment_method="到期一次性还本付息",
      dispute_method="court", guarantor="巴雅尔", guarantee_type="连带责任保证", guarantee_period_months=12),
    [],
    "two loans' numbers: a settled 2022 loan (50000) in the recital and the new 70000 loan of 2023-07-05 — the gold is "
    "the new loan; 9 %, overdue 13.5 % (< 4×3.55 = 14.2 %)")

# ---------------------------------------------------------------------------------------------------------
# hf25  农机 dealer company -> grain cooperative, Word table, arbitration, lump 违约金
add("hf25_nongji_hezuoshe_2025.docx", "docx", [
    ("title", "企业借款合同"),
    ("p", "编号：JG-JK-2025-09"),
    ("table", [
        ["出借人（甲方）", "宁城县金谷农机销售有限公司"],
        ["统一社会信用代码", "91150429MA13U8RK7C"],
        ["借款人（乙方）", "宁城县丰穗粮食种植专业合作社"],
        ["统一社会信用代码", "93150429MA0R5XW02L"],
        ["保证人（丙方）", "吕文学（乙方理事长），身份证号150429197110235214"],
        ["借款金额", "人民币肆拾万元整（¥400,000.00）"],
        ["借款期限", "2025年9月3日至2026年8月31日"],
        ["借款年利率", "6%"],
        ["付息方式", "按季付息，到期一次还本"],
    ]),
    ("p", "一、借款用途：秋粮收购及烘干塔运行费用。"),
    ("p", "二、乙方未按期还本付息的，逾期部分按年利率9%计收逾期利息；乙方违反本合同任何一项约定的，"
          "另应向甲方支付违约金人民币伍仟元。"),
    ("p", "三、丙方为乙方在本合同项下全部债务承担连带责任保证，保证期间为借款到期之日起三年。"),
    ("p", "四、因本合同引起的争议，提交赤峰仲裁委员会仲裁。"),
    ("sign", "甲方（盖章）：宁城县金谷农机销售有限公司\n乙方（盖章）：宁城县丰穗粮食种植专业合作社\n丙方（签字）：吕文学"),
    ("sign", "签订日期：2025年9月3日"),
],
    G(lender="宁城县金谷农机销售有限公司", lender_kind=ENT, borrower="宁城县丰穗粮食种植专业合作社",
      borrower_kind=ENT, principal="400000", amount_delivered=None, contract_date="2025-09-03",
      start_date="2025-09-03", end_date="2026-08-31", annual_rate="0.06", overdue_rate="0.09",
      penalty_rate=None, repayment_method="按季付息、到期还本", dispute_method="arbitration", guarantor="吕文学",
      guarantee_type="连带责任保证", guarantee_period_months=36),
    [],
    "company → cooperative in a one-column-key Word table; 6 %, overdue 9 %, lump 违约金 5000; arbitration; "
    "joint guarantee 3 years")

# ---------------------------------------------------------------------------------------------------------
# hf26  person -> person, 月利率1 %, house mortgage, no guarantor
add("hf26_jiekuan_fangchan_diya_2024.txt", "utf8", """\
借款及抵押合同

出借人（甲方）：郝建平    身份证号：150404197106036617
借款人（乙方）：斯日古楞  身份证号：150404198312054019
住址：赤峰市松山区振兴街道锦绣花园7号楼2单元501室

第一条  借款金额：人民币贰拾万元整（¥200,000.00），甲方于2024年5月20日转入乙方账户。
第二条  借款期限：自2024年5月20日起至2025年5月19日止。
第三条  借款利率：月利率1%，乙方每月20日前支付当月利息贰仟元，到期归还本金。
第四条  逾期利率：乙方逾期归还本金的，逾期利率为月利率1.1%，自逾期之日起计算至清偿之日。
第五条  抵押：乙方以其名下位于松山区锦绣花园7号楼2单元501室的房屋（不动产权证号：蒙（2019）赤峰市不动产权第0047316号）
        为本借款提供抵押，双方于签约后五个工作日内办理抵押登记。
第六条  甲方为实现债权支出的诉讼费、保全费、律师费由乙方承担。
第七条  发生争议，向房屋所在地人民法院起诉。

甲方：郝建平                乙方：斯日古楞
                                         2024年5月20日
""",
    G(lender="郝建平", lender_kind=NP, borrower="斯日古楞", borrower_kind=NP, principal="200000",
      amount_delivered=None, contract_date="2024-05-20", start_date="2024-05-20", end_date="2025-05-19",
      annual_rate="0.12", overdue_rate="0.132", penalty_rate=None, repayment_method="按月付息、到期还本",
      dispute_method="court", guarantor=None, guarantee_type=None, guarantee_period_months=None),
    [],
    "月利率1 % (12 %), overdue 月利率1.1 % (13.2 % < 4×3.45 = 13.8 %); house mortgage (a mortgagor is not a guarantor)")

# ---------------------------------------------------------------------------------------------------------
# hf27  company -> company 2020, 年息1分, guarantee given in 2020 with period two years
add("hf27_qiye_jiekuan_nianxi_2020.txt", "utf8", """\
借款协议

甲方（出借方）：赤峰市天牧饲草料有限公司
乙方（借款方）：巴林左旗草原兴旺肉羊养殖有限公司
丙方（保证人）：杨宝军（乙方法定代表人）  身份证号：150422197508116037

乙方因购进种羊，向甲方借款，三方协商一致如下：
1、借款金额：人民币壹拾伍万元整（150000元）。
2、借款期限：2020年11月18日至2021年11月17日。
3、利息：年息1分，到期本息一次付清。
4、乙方到期不还的，逾期部分按年息1分5计算逾期利息。
5、丙方为乙方上述借款提供连带责任保证，保证期间为借款到期之日起二年。
6、如发生纠纷，由甲方所在地法院管辖。

甲方（盖章）：赤峰市天牧饲草料有限公司
乙方（盖章）：巴林左旗草原兴旺肉羊养殖有限公司
丙方（签字）：杨宝军
2020年11月18日
""",
    G(lender="赤峰市天牧饲草料有限公司", lender_kind=ENT, borrower="巴林左旗草原兴旺肉羊养殖有限公司",
      borrower_kind=ENT, principal="150000", amount_delivered=None, contract_date="2020-11-18",
      start_date="2020-11-18", end_date="2021-11-17", annual_rate="0.1", overdue_rate="0.15", penalty_rate=None,
      repayment_method="到期一次性还本付息", dispute_method="court", guarantor="杨宝军",
      guarantee_type="连带责任保证", guarantee_period_months=24),
    [],
    "company → company, 年息1分 (10 %/yr), overdue 年息1分5 (15 % < 4×3.85 = 15.4 %); joint guarantee two years",
    as_of="2021-09-09")

# ---------------------------------------------------------------------------------------------------------
# hf28  借条-style contract, 月利率0.6 %, explicit general guarantee to an end date
add("hf28_jiekuan_yibanbaozheng_2025.txt", "utf8", """\
借 款 合 同

出借人：包金花        身份证号：150421198901203328
借款人：刘振东        身份证号：150421198512267214
保证人：包金山        身份证号：150421198206158813

借款人因购买草料及牛犊，向出借人借款人民币叁万元整（30000元）。
借款期限：2025年11月2日起至2026年6月30日止。
借款利率：月利率0.6%，利息按月支付，到期还本。
逾期利率：借款人未按期还款的，逾期部分按月利率0.9%计收。
保证：保证人承担一般保证责任，保证期间至2026年12月31日。
（借款人不能履行时，由保证人按一般保证承担责任。）

出借人：包金花     借款人：刘振东     保证人：包金山
                     2025年11月2日
""",
    G(lender="包金花", lender_kind=NP, borrower="刘振东", borrower_kind=NP, principal="30000",
      amount_delivered=None, contract_date="2025-11-02", start_date="2025-11-02", end_date="2026-06-30",
      annual_rate="0.072", overdue_rate="0.108", penalty_rate=None, repayment_method="按月付息、到期还本",
      dispute_method=None, guarantor="包金山", guarantee_type="一般保证", guarantee_period_months=None),
    [],
    "月利率0.6 % (7.2 %), overdue 0.9 %/month (10.8 %); explicit general guarantee to an end date after the due date")

# ---------------------------------------------------------------------------------------------------------
# hf29  person -> 农机经销部, 月利率0.75 %, 等额本息 12 periods, 或裁或诉 (DOCX, no table)
add("hf29_jiekuan_jingxiaobu_2026.docx", "docx", [
    ("title", "借款合同"),
    ("p", "出借人（甲方）：苗春生　身份证号：150421197003117016　住阿鲁科尔沁旗天山镇"),
    ("p", "借款人（乙方）：阿鲁科尔沁旗宏达农机经销部（个体工商户）　经营者：冯宏达"),
    ("p", "第一条　乙方因春季进货向甲方借款人民币壹拾贰万元整（¥120,000.00）。"),
    ("p", "第二条　借款期限为12个月，自2026年5月8日起至2027年5月7日止。"),
    ("p", "第三条　借款利率为月利率0.75%。乙方按等额本息方式分12期还款，每月8日还款，每期还款额10,494.18元。"),
    ("p", "第四条　乙方逾期还款的，对逾期金额按日万分之二计收逾期利息。"),
    ("p", "第五条　双方协商不成的，可以向赤峰仲裁委员会申请仲裁，或者向有管辖权的人民法院起诉。"),
    ("p", "第六条　本合同自双方签字（盖章）之日起生效。"),
    ("sign", "甲方（签字）：苗春生\n乙方（盖章）：阿鲁科尔沁旗宏达农机经销部　经营者（签字）：冯宏达"),
    ("sign", "2026年5月8日"),
],
    G(lender="苗春生", lender_kind=NP, borrower="阿鲁科尔沁旗宏达农机经销部", borrower_kind=ENT,
      principal="120000", amount_delivered=None, contract_date="2026-05-08", start_date="2026-05-08",
      end_date="2027-05-07", annual_rate="0.09", overdue_rate="0.073", penalty_rate=None, repayment_method="等额本息",
      dispute_method="court_or_arbitration", guarantor=None, guarantee_type=None, guarantee_period_months=None),
    [],
    "person → 个体工商户 经销部; 月利率0.75 % (9 %), 等额本息 12 periods, overdue 日万分之二 (7.3 %); 或裁或诉 clause")

# ---------------------------------------------------------------------------------------------------------
# hf30  private lender takes three months' interest up front; 担保人 with period but no type; 或裁或诉
add("hf30_jiekuan_kantouxi_2022.txt", "utf8", """\
借款合同

出借人（甲方）：杜永强    身份证：150402197706186014
借款人（乙方）：阿拉坦仓  身份证：150425198512031877  住克什克腾旗巴彦查干苏木
担保人（丙方）：高俊峰    身份证：150425198006294052

一、乙方因购买种公羊向甲方借款人民币伍万元整（50000元）。
二、借款期限六个月，自2022年4月26日起至2022年10月25日止。
三、利息按月息1分5计算，借款时预先扣除前三个月利息2250元，甲方实际交付乙方现金肆万柒仟柒佰伍拾元（47750元）。
    后三个月利息到期时连同本金一并归还。
四、到期不能归还的，逾期期间按月息2分计算利息。
五、丙方对乙方上述借款承担担保责任，担保期限为借款到期之日起两年。
六、发生争议，可向赤峰仲裁委员会申请仲裁，也可向借款人所在地人民法院起诉。

甲方（签字）：杜永强
乙方（签字按手印）：阿拉坦仓      收款确认：今收到现金肆万柒仟柒佰伍拾元整  阿拉坦仓
丙方（签字按手印）：高俊峰
                                              2022年4月26日
""",
    G(lender="杜永强", lender_kind=NP, borrower="阿拉坦仓", borrower_kind=NP, principal="50000",
      amount_delivered="47750", contract_date="2022-04-26", start_date="2022-04-26", end_date="2022-10-25",
      annual_rate="0.18", overdue_rate="0.24", penalty_rate=None, repayment_method="到期一次性还本付息",
      dispute_method="court_or_arbitration", guarantor="高俊峰", guarantee_type="unspecified",
      guarantee_period_months=24),
    ["interest_deducted_upfront", "rate_above_4x_lpr", "overdue_charges_above_cap",
     "guarantee_type_defaults_to_general"],
    "private 砍头息: 2250 (three months at 月息1分5) deducted, 47750 delivered; 18 % and overdue 月息2分 (24 %) both above "
    "4×3.70 = 14.8 %; 担保人 with a two-year period but no type; 或裁或诉",
    as_of="2022-09-15")


# ---------------------------------------------------------------------------------------------------------
# writers

FIXED_TIME = (2026, 12, 1, 0, 0, 0)


def _write_docx(path: Path, blocks: list) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "SimSun"
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    style.font.size = Pt(11)
    for kind, content in blocks:
        if kind == "title":
            for line in content.split("\n"):
                p = doc.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                run = p.add_run(line)
                run.bold = True
                run.font.size = Pt(16)
        elif kind == "p":
            for line in content.split("\n"):
                doc.add_paragraph(line)
        elif kind == "sign":
            for line in content.split("\n"):
                p = doc.add_paragraph(line)
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "table":
            ncol = max(len(r) for r in content)
            table = doc.add_table(rows=len(content), cols=ncol)
            table.style = "Table Grid"
            for i, row in enumerate(content):
                for j, cell_text in enumerate(row):
                    table.cell(i, j).text = cell_text
                if len(row) < ncol:  # last cell spans the rest of the row
                    merged = table.cell(i, len(row) - 1).merge(table.cell(i, ncol - 1))
                    merged.text = row[-1]
        else:
            raise ValueError(kind)
    cp = doc.core_properties
    cp.author = "巴特尔"
    cp.last_modified_by = "巴特尔"
    cp.title = ""
    cp.created = datetime(2026, 12, 1)
    cp.modified = datetime(2026, 12, 1)
    cp.revision = 1
    raw = io.BytesIO()
    doc.save(raw)
    # re-zip with fixed timestamps so the bytes do not depend on the clock
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(name))
    path.write_bytes(out.getvalue())


def main() -> None:
    for stale in HERE.glob("hf*_*"):
        stale.unlink()
    rows = []
    for d in DOCS:
        path = HERE / d["file"]
        if d["fmt"] == "docx":
            assert path.suffix == ".docx"
            _write_docx(path, d["body"])
        else:
            assert path.suffix == ".txt"
            enc = {"utf8": "utf-8", "gb18030": "gb18030"}[d["fmt"]]
            path.write_bytes(d["body"].encode(enc))
        row = {"file": d["file"], "fields": d["fields"], "findings": d["findings"]}
        if d["as_of"]:
            row["as_of"] = d["as_of"]
        row["covers"] = d["covers"]
        rows.append(row)
    (HERE / "gold.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"wrote {len(rows)} documents + gold.jsonl to {HERE}")


if __name__ == "__main__":
    main()
