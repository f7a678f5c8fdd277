"""Build contracts_holdout7 (held out: never tune on these rows).

Every document text and every gold row is written out by hand below (persona: 郑海燕, clerk at a made-up
民间借贷登记服务中心 in Wenzhou). Running this file rewrites the 30 documents and gold.jsonl deterministically
(DOCX zip entries get a fixed timestamp). All names, ID numbers, amounts and firms are fictitious.

    HF_HUB_OFFLINE=1 .venv/bin/python eval/datasets/contracts_holdout7/make_dataset.py
"""
from __future__ import annotations

import io
import json
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
FIXED = datetime(2026, 12, 6, 9, 0, 0)

DOCS: list[dict] = []


def txt(file: str, text: str, gold: dict, encoding: str = "utf-8") -> None:
    DOCS.append({"file": file, "kind": "txt", "encoding": encoding, "text": text, "gold": gold})


def docx(file: str, blocks: list, gold: dict) -> None:
    """blocks: str = paragraph, ("h", str) = heading, list[list[str]] = table."""
    DOCS.append({"file": file, "kind": "docx", "blocks": blocks, "gold": gold})


def _write_docx(path: Path, blocks: list) -> None:
    d = Document()
    cp = d.core_properties
    cp.author = "dengji"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "dengji"
    cp.revision = 1
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "h":
            d.add_heading(b[1], level=1)
        elif isinstance(b, list):
            t = d.add_table(rows=len(b), cols=max(len(r) for r in b))
            t.style = "Table Grid"
            for i, row in enumerate(b):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
        else:
            d.add_paragraph(b)
    buf = io.BytesIO()
    d.save(buf)
    # re-pack with a fixed timestamp so the file is byte-identical on every run
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------------------------------------------
# gold rows: fields scored by evaluate.py (principal, amount_delivered, annual_rate, overdue_rate, penalty_rate;
# null = expected absent, key left out = not scored), findings (rule ids), as_of; `terms` is an unscored,
# human-readable record of the other terms (parties, dates, guarantees, forum) for the lead.
# Daily rates are annualised on a 360-day year (日利率 = 年利率 ÷ 360), monthly ×12.
# ---------------------------------------------------------------------------------------------------------------

AS_OF = "2026-11-20"

# hg01 — 借条 typed up from a phone photo, 2017; old 24/36 rules; limitation long gone
txt("hg01_jietiao_2017_chenguoqiang.txt", """借  条

今借到陈国强人民币伍万元整（¥50000元），月息2分，利息每月付清，
定于2017年10月11日前本息一并还清。

借款人：林晓东（手印）
身份证号：330302198*******17
地址：温州市鹿城区五马街道信河街**号

2017年4月12日

（登记中心备注：原件为手机翻拍照片，右下角有折痕，“月息2分”处有涂改后按手印确认。出借人陈国强现场提交，称借款人一直未还。）
""", {
    "fields": {"principal": "50000", "annual_rate": "0.24", "overdue_rate": None, "penalty_rate": None},
    "findings": ["pre_lpr_rate_rules", "no_overdue_rate_agreed", "limitation_period_expired"],
    "as_of": AS_OF,
    "terms": {"lender": "陈国强 (natural person)", "borrower": "林晓东", "contract_date": "2017-04-12",
              "end_date": "2017-10-11", "repayment": "按月付息，到期还本", "guarantees": [], "dispute": None},
})

# hg02 — 企业间借款 for 周转, GB18030 text; a payment recorded after signing keeps the limitation alive
txt("hg02_qiyejiekuan_2022_ouhong_gb18030.txt", """企业借款合同

出借方（甲方）：温州瓯宏鞋材有限公司
统一社会信用代码：91330304MA2*****7X
借款方（乙方）：乐清市华跃电气有限公司
统一社会信用代码：91330382MA2*****4K
法定代表人：叶建华

乙方因生产经营资金周转需要，向甲方借款。双方经协商一致，订立本合同：

第一条 借款金额：人民币捌拾万元整（¥800,000.00）。
第二条 借款用途：仅限于乙方支付原材料货款，不得挪作他用。
第三条 借款期限：自2022年3月16日起至2022年9月15日止，共六个月。
第四条 借款利率：年利率8%，按月结息，每月15日前支付当月利息，到期归还本金。
第五条 逾期责任：乙方未按期归还本金的，自逾期之日起按日万分之三计收逾期利息，直至清偿之日止。
第六条 担保：乙方法定代表人叶建华以个人名义对本合同项下全部债务承担连带责任保证，保证期间为主债务履行期限届满之日起三年。
第七条 争议解决：因本合同发生的争议，由甲方所在地人民法院管辖。
第八条 本合同一式三份，甲乙双方及保证人各执一份，自签字盖章之日起生效。

甲方（盖章）：温州瓯宏鞋材有限公司   代表：潘志宏
乙方（盖章）：乐清市华跃电气有限公司   法定代表人：叶建华
保证人（签字）：叶建华
签订日期：2022年3月15日

------------------------------
还款记录（双方签字确认）：
2022年9月30日  乙方归还本金人民币贰拾万元整
2024年1月10日  乙方归还本金人民币贰拾万元整    甲方：潘志宏  乙方：叶建华
""", {
    "fields": {"principal": "800000", "annual_rate": "0.08", "overdue_rate": "0.108", "penalty_rate": None},
    "findings": [],
    "as_of": AS_OF,
    "terms": {"lender": "温州瓯宏鞋材有限公司 (enterprise)", "borrower": "乐清市华跃电气有限公司", "contract_date": "2022-03-15",
              "start_date": "2022-03-16", "end_date": "2022-09-15", "repayment": "按月付息，到期还本", "purpose": "支付原材料货款",
              "guarantees": [{"kind": "保证", "guarantor": "叶建华", "type": "连带责任保证", "period_months": 36}],
              "dispute": "court, 甲方所在地", "last_payment_noted": "2024-01-10"},
}, encoding="gb18030")

# hg03 — 小额贷款公司 standard contract, key terms in a table
docx("hg03_xiaodai_xinda_2023.docx", [
    ("h", "温州市鹿城区信达小额贷款股份有限公司 借款合同"),
    "合同编号：XD-LC-2023-1108-027",
    "贷款人（甲方）：温州市鹿城区信达小额贷款股份有限公司",
    "借款人（乙方）：黄丽娟（个体工商户，字号：鹿城区丽娟服饰店）  身份证号：330302198*******2X",
    "保证人（丙方）：吴志远  身份证号：330302198*******15",
    "经各方协商一致，就乙方向甲方借款事宜，订立本合同。主要条款见下表：",
    [["项目", "约定内容"],
     ["借款金额", "人民币叁拾万元整（¥300,000.00）"],
     ["借款用途", "店铺进货"],
     ["借款期限", "12个月，自2023年11月8日至2024年11月7日"],
     ["借款利率", "月利率1.2%"],
     ["还款方式", "等额本息，每月8日还款"],
     ["逾期罚息", "在本合同约定利率基础上加收50%"],
     ["担保方式", "丙方提供连带责任保证，保证期间为主债务履行期限届满之日起三年"],
     ["争议解决", "向甲方所在地人民法院起诉"]],
    "第一条 乙方应按上表约定按期足额还款。乙方逾期的，甲方有权自逾期之日起按上表约定计收罚息，对不能按时支付的利息按罚息利率计收复利。",
    "第二条 丙方确认已知悉并同意本合同全部条款，自愿承担保证责任。",
    "第三条 本合同自各方签字（盖章）之日起生效。",
    "甲方（盖章）：温州市鹿城区信达小额贷款股份有限公司",
    "乙方（签字）：黄丽娟        丙方（签字）：吴志远",
    "签订日期：2023年11月8日",
], {
    "fields": {"principal": "300000", "annual_rate": "0.144", "overdue_rate": "0.216", "penalty_rate": None},
    "findings": ["cap_not_applicable_licensed_lender"],
    "as_of": AS_OF,
    "terms": {"lender": "温州市鹿城区信达小额贷款股份有限公司 (licensed: 小额贷款公司)", "borrower": "黄丽娟",
              "contract_date": "2023-11-08", "end_date": "2024-11-07", "repayment": "等额本息",
              "guarantees": [{"kind": "保证", "guarantor": "吴志远", "type": "连带责任保证", "period_months": 36}],
              "dispute": "court, 甲方所在地",
              "note": "罚息复利 clause — licensed lender, compound_interest_restated is private_lending scope, not expected"},
})

# hg04 — 欠条, no interest, two handwritten repayment notes; limitation still expired
txt("hg04_qiantiao_2016_zhangmeiqin.txt", """欠  条

今欠张美琴借款人民币贰拾叁万伍仟元整（¥235000.00），于2017年6月30日前还清。

欠款人：何建平
2016年12月20日

（以下为欠条背面手写，登记时照录）
2019.2.1  还2万   张美琴
2021年8月3日  还叁万元  张美琴收
余款18万5千元未还。
""", {
    "fields": {"principal": "235000", "annual_rate": None, "overdue_rate": None, "penalty_rate": None},
    "findings": ["no_interest_agreed", "no_overdue_rate_agreed", "limitation_period_expired"],
    "as_of": AS_OF,
    "terms": {"lender": "张美琴", "borrower": "何建平", "contract_date": "2016-12-20", "end_date": "2017-06-30",
              "guarantees": [], "dispute": None, "last_payment_noted": "2021-08-03",
              "note": "limitation: 2021-08-03 + 3y = 2024-08-03 < as_of"},
})

# hg05 — 委托贷款 through a 农商行 (bank is 贷款人/受托人), table
docx("hg05_weituodaikuan_2024_hengrun.docx", [
    ("h", "委托贷款借款合同"),
    "编号：温瓯丰农商委贷字2024第0510号",
    "委托人：温州市永嘉县恒润投资有限公司",
    "贷款人（受托人）：温州瓯海丰源农村商业银行股份有限公司鹿城支行",
    "借款人：温州市龙湾区锦程五金制品有限公司",
    "抵押人：温州市龙湾区锦程五金制品有限公司",
    "根据委托人与贷款人签订的《委托贷款委托合同》，贷款人受委托人委托，向借款人发放委托贷款。贷款人不承担贷款风险，"
    "但应按合同约定代为发放、监督使用并协助收回贷款。",
    [["条款", "内容"],
     ["委托贷款金额", "人民币贰佰万元整（¥2,000,000.00）"],
     ["用途", "购买数控冲床设备"],
     ["期限", "2024年5月10日至2025年5月9日"],
     ["年利率", "6.5%（固定利率）"],
     ["结息与还款", "按季结息，结息日为每季末月20日；到期一次还本"],
     ["逾期罚息", "在本合同约定利率基础上加收50%"],
     ["手续费", "委托贷款手续费由委托人承担，不向借款人收取"],
     ["担保", "借款人以其名下位于龙湾区永中街道工业区厂房（不动产权证号：浙(2019)温州市不动产权第00*****号）提供抵押担保"],
     ["争议解决", "提交温州仲裁委员会仲裁"]],
    "委托人（盖章）：温州市永嘉县恒润投资有限公司",
    "贷款人（盖章）：温州瓯海丰源农村商业银行股份有限公司鹿城支行",
    "借款人（盖章）：温州市龙湾区锦程五金制品有限公司    法定代表人：陈锦程",
    "2024年5月10日",
], {
    "fields": {"principal": "2000000", "annual_rate": "0.065", "overdue_rate": "0.0975", "penalty_rate": None},
    "findings": [],
    "as_of": AS_OF,
    "terms": {"lender": "温州市永嘉县恒润投资有限公司 (the 委托人; bank 温州瓯海丰源农村商业银行股份有限公司鹿城支行 is only 受托人)",
              "borrower": "温州市龙湾区锦程五金制品有限公司", "contract_date": "2024-05-10", "start_date": "2024-05-10",
              "end_date": "2025-05-09", "repayment": "按季结息，到期还本", "purpose": "购买数控冲床设备",
              "guarantees": [{"kind": "抵押", "guarantor": "温州市龙湾区锦程五金制品有限公司", "collateral": "龙湾区永中街道工业区厂房"}],
              "dispute": "arbitration, 温州仲裁委员会"},
})

# hg06 — private loan with a 融资担保公司 as guarantor; 担保费 paid to the guarantor, not the lender
txt("hg06_jiekuan_2025_yexiufen_rongzidanbao.txt", """借款合同（个人）

出借人（甲方）：叶秀芬，身份证号330304197*******26
借款人（乙方）：陈建新，身份证号330381198*******3X
保证人（丙方）：温州市瓯信融资担保有限公司

一、借款金额：人民币壹拾伍万元整（¥150,000.00），甲方于合同签订当日通过银行转账一次性付至乙方尾号6628账户。
二、借款期限：自2025年7月3日至2026年7月2日。
三、利息：年利率10%，每季度末付息一次，到期还本。
四、担保：丙方为乙方在本合同项下的全部债务向甲方提供连带责任保证，保证期间为主债务履行期限届满之日起二年。
    乙方另按年2%向丙方支付担保费（由乙方与丙方另行签订《委托担保合同》约定），该担保费与甲方无关。
五、逾期：乙方到期未还本金的，自逾期之日起按年利率11%支付逾期利息。
六、本合同履行中发生争议，由乙方住所地人民法院管辖。

甲方：叶秀芬
乙方：陈建新
丙方（盖章）：温州市瓯信融资担保有限公司  经办人：胡斌
2025年7月3日
""", {
    "fields": {"principal": "150000", "annual_rate": "0.10", "overdue_rate": "0.11", "penalty_rate": None},
    "findings": [],
    "as_of": AS_OF,
    "terms": {"lender": "叶秀芬", "borrower": "陈建新", "contract_date": "2025-07-03", "end_date": "2026-07-02",
              "repayment": "按季付息，到期还本",
              "guarantees": [{"kind": "保证", "guarantor": "温州市瓯信融资担保有限公司", "type": "连带责任保证", "period_months": 24}],
              "fees": "担保费 年2% paid to guarantor (not lender)", "dispute": "court, 乙方住所地"},
})

# hg07 — 借条 with two 共同借款人, rate per 万元 per day, GB18030; an interest payment note
txt("hg07_jietiao_2021_zhenglijun_wanyuan_gb18030.txt", """借条

    今借到王建华人民币拾万元整（100000元），借款人郑立军、卢小燕（夫妻）为共同借款人，共同承担还款责任。
    利息按每万元每日叁元计算，每月付息。借期六个月，2021年9月17日到期归还本金。
    到期不还的，超期部分按每万元每日肆元计息。

                         共同借款人：郑立军   卢小燕
                         2021年3月18日

附记：
2021.4.18 付息900元
2021.5.18 付息900元
……（中间略）
2023年12月1日  付利息3000元  王建华（签名）
""", {
    "fields": {"principal": "100000", "annual_rate": "0.108", "overdue_rate": "0.144", "penalty_rate": None},
    "findings": [],
    "as_of": AS_OF,
    "terms": {"lender": "王建华", "borrower": "郑立军、卢小燕 (共同借款人)", "contract_date": "2021-03-18",
              "end_date": "2021-09-17", "repayment": "按月付息，到期还本", "guarantees": [], "dispute": None,
              "last_payment_noted": "2023-12-01", "note": "limitation restarts to 2026-12-01 > as_of; cap 15.4%"},
}, encoding="gb18030")

# hg08 — 典当 (car pledge) contract, terms in a table; 综合费 separate from 利率
docx("hg08_diandang_2024_ouyue.docx", [
    ("h", "典当合同（机动车质押）"),
    "当票号：OY2024-0905-113",
    "典当行（甲方）：温州市瓯越典当有限责任公司",
    "当户（乙方）：余志强  身份证号：330326198*******71",
    [["当物", "奥迪A6L小型轿车一辆，车牌浙C·7M3**，车辆登记证书及钥匙交甲方保管"],
     ["评估价值", "人民币叁拾贰万元"],
     ["当金", "人民币贰拾万元整（¥200,000.00）"],
     ["典当期限", "2024年9月5日至2024年12月4日，共3个月"],
     ["当金利率", "月利率0.5%"],
     ["综合费率", "月2.5%（含保管费、保险费、鉴定评估费、办理手续费），按月收取"],
     ["续当", "期满前5日内办理续当手续，续当按原费率执行"],
     ["绝当", "典当期满或续当期满后5日内不赎当也不续当的，为绝当，甲方有权依法处分当物"]],
    "一、当金利息及综合费用按月收取，不得预扣当金利息。",
    "二、乙方逾期赎当的，逾期期间按上表利率及费率继续计收。",
    "三、本合同争议由甲方所在地人民法院管辖。",
    "甲方（盖章）：温州市瓯越典当有限责任公司    乙方（签字）：余志强",
    "2024年9月5日",
], {
    "fields": {"principal": "200000", "annual_rate": "0.06", "penalty_rate": None},
    "findings": ["cap_not_applicable_licensed_lender"],
    "as_of": AS_OF,
    "terms": {"lender": "温州市瓯越典当有限责任公司 (licensed: 典当行)", "borrower": "余志强", "contract_date": "2024-09-05",
              "start_date": "2024-09-05", "end_date": "2024-12-04",
              "guarantees": [{"kind": "质押", "guarantor": "余志强", "collateral": "奥迪A6L轿车 浙C·7M3**"}],
              "fees": "综合费 月2.5% (30%/yr)", "dispute": "court, 甲方所在地",
              "note": "overdue_rate left unscored: 逾期 continues at 利率+费率 (6% interest, 36% all-in)"},
})

# hg09 — 担保书 whose only parties are guarantor and creditor; type not named but 第25条 reads it as joint
txt("hg09_danbaoshu_2023_linguodong.txt", """担 保 书

致：蔡丽萍女士

    鉴于徐永福（身份证号330327197*******58）于2023年5月20日向您借款人民币叁拾万元整，约定月息1分，借期一年，
至2024年5月19日到期。
    本人林国栋（身份证号330327197*******11）系徐永福的表兄，自愿为上述借款本金、利息及您为实现债权支出的费用提供担保。
如徐永福到期不还，由本人负责归还。担保期间为借款到期之日起两年。
    特此担保。

担保人：林国栋（签字、手印）
联系电话：139****7721
2023年5月20日
""", {
    "fields": {"principal": "300000", "annual_rate": "0.12"},
    "findings": [],
    "as_of": AS_OF,
    "terms": {"lender": "蔡丽萍 (creditor; not a signatory)", "borrower": "徐永福 (debtor; not a signatory)",
              "contract_date": "2023-05-20", "end_date": "2024-05-19",
              "guarantees": [{"kind": "保证", "guarantor": "林国栋", "type": "连带责任保证 (担保制度解释 第25条第2款: 到期不还即由本人归还)",
                              "period_months": 24}], "dispute": None},
})

# hg10 — interest taken at lending (砍头息), 月息2分, overdue daily 千分之一
txt("hg10_jiekuan_2024_xiedeming_kantouxi.txt", """借款协议

出借人：谢德明   身份证号：330302196*******34
借款人：温州市瓯海区鑫盛汽车维修服务部（个体工商户）  经营者：金海波  身份证号：330304198*******16

1、借款人因经营需要向出借人借款人民币壹拾万元整（100000元），借期三个月，自2024年2月26日至2024年5月25日。
2、利息按月息2分计算，每月26日前付息。首月利息2000元在出借时直接扣除，出借人实际转账98000元至金海波农行账户。
3、借款到期后未还的，逾期利息按日千分之一计算。
4、借款人经营者金海波对本借款承担共同还款责任。
5、发生纠纷由出借人住所地法院管辖。

出借人：谢德明
借款人：温州市瓯海区鑫盛汽车维修服务部   金海波（签字）
2024年2月26日
""", {
    "fields": {"principal": "100000", "amount_delivered": "98000", "annual_rate": "0.24", "overdue_rate": "0.36",
               "penalty_rate": None},
    "findings": ["rate_above_4x_lpr", "interest_deducted_upfront", "overdue_charges_above_cap"],
    "as_of": AS_OF,
    "terms": {"lender": "谢德明", "borrower": "温州市瓯海区鑫盛汽车维修服务部 (个体工商户; 金海波 共同还款)",
              "contract_date": "2024-02-26", "end_date": "2024-05-25", "repayment": "按月付息，到期还本",
              "guarantees": [], "dispute": "court, 出借人住所地", "note": "cap 4×3.45 = 13.8%"},
})

# hg11 — 展期协议 (prose DOCX): unpaid interest rolled into a new principal of 57.2万元
docx("hg11_zhanqi_2023_huangmeifang.docx", [
    ("h", "借款展期协议"),
    "甲方（出借人）：黄美芳",
    "乙方（借款人）：温州市鹿城区瑞丰眼镜配件有限公司",
    "丙方（保证人）：董瑞丰",
    "鉴于：甲乙双方于2022年7月1日签订《借款合同》，约定乙方向甲方借款人民币50万元，借期一年，月息1分2厘，丙方提供连带责任保证。"
    "借款到期后，乙方因资金紧张无法按期归还。经三方协商，达成展期协议如下：",
    "一、截至2023年6月30日，乙方尚欠甲方借款本金50万元，另欠利息7.2万元。三方同意将该利息7.2万元计入本金，"
    "展期后借款本金为人民币伍拾柒万贰仟元整（¥572,000.00）。",
    "二、展期期限自2023年7月1日至2024年6月30日。展期期间利率调整为月息1分，按月付息。",
    "三、展期到期后乙方仍未归还的，逾期部分按月息1分计收逾期利息。",
    "四、丙方同意对展期后的全部债务继续承担连带责任保证，保证期间为展期到期之日起三年。",
    "五、原借款合同与本协议不一致的，以本协议为准；本协议未约定的，仍按原借款合同执行。",
    "甲方：黄美芳    乙方（盖章）：温州市鹿城区瑞丰眼镜配件有限公司  法定代表人：董瑞丰    丙方：董瑞丰",
    "2023年7月1日",
], {
    "fields": {"principal": "572000", "annual_rate": "0.12", "overdue_rate": "0.12", "penalty_rate": None},
    "findings": ["compound_interest_restated"],
    "as_of": AS_OF,
    "terms": {"lender": "黄美芳", "borrower": "温州市鹿城区瑞丰眼镜配件有限公司", "contract_date": "2023-07-01",
              "start_date": "2023-07-01", "end_date": "2024-06-30", "repayment": "按月付息",
              "guarantees": [{"kind": "保证", "guarantor": "董瑞丰", "type": "连带责任保证", "period_months": 36}],
              "dispute": None, "original_loan": "2022-07-01, 50万, 月息1分2厘 (14.4% ≤ 4×3.70 = 14.8%)"},
})

# hg12 — 借条 + 收条: 大写 叁拾万 vs 小写 ¥3,000,000 (extra zero); father signs as 担保人 with nothing else
txt("hg12_jietiao_2025_chihaiyan_daxiaoxie.txt", """借条
今借到池海燕人民币叁拾万元整（小写：¥3,000,000.00），月息捌厘，按月付息，借期一年，2026年1月14日到期还本。

借款人：周晓峰   身份证：330302199*******57
担保人：周德才（周晓峰之父）
2025年1月15日

收条
今收到池海燕通过农业银行转账支付的借款人民币叁拾万元整。
收款人：周晓峰
2025年1月15日
""", {
    "fields": {"principal": "300000", "annual_rate": "0.096", "overdue_rate": None, "penalty_rate": None},
    "findings": ["no_overdue_rate_agreed", "guarantee_type_defaults_to_general", "guarantee_period_defaults_to_6_months"],
    "as_of": AS_OF,
    "terms": {"lender": "池海燕", "borrower": "周晓峰", "contract_date": "2025-01-15", "end_date": "2026-01-14",
              "repayment": "按月付息，到期还本",
              "guarantees": [{"kind": "保证", "guarantor": "周德才", "type": "unspecified", "period": None}],
              "dispute": None, "note": "大写/小写 contradiction; 收条 confirms 叁拾万 → gold 300000"},
})

# hg13 — 债务加入 by the controlling shareholder (not a guarantee)
txt("hg13_zhaiwujiaru_2024_lizhigang.txt", """债务加入协议

甲方（债权人）：李志刚  身份证号：330303197*******93
乙方（债务人）：温州市龙湾区精工阀门有限公司  法定代表人：陈精工
丙方（加入人）：陈精工  身份证号：330303198*******55

一、甲乙双方于2024年1月5日签订《借款合同》，乙方向甲方借款人民币陆拾万元整（¥600,000.00），年利率12%，
    借期至2025年1月4日，逾期按年利率13%计收逾期利息。截至本协议签订之日，乙方已按期支付利息，本金未还。
二、丙方自愿加入上述债务，与乙方共同向甲方承担连带清偿责任。丙方确认本协议为债务加入，不是保证，不适用保证期间的规定。
三、甲方可以单独或同时要求乙方、丙方履行全部债务。
四、因本协议引起的争议，提交温州仲裁委员会仲裁。

甲方：李志刚
乙方（盖章）：温州市龙湾区精工阀门有限公司
丙方：陈精工
2024年9月10日
""", {
    "fields": {"principal": "600000", "annual_rate": "0.12", "overdue_rate": "0.13", "penalty_rate": None},
    "findings": [],
    "as_of": AS_OF,
    "terms": {"lender": "李志刚", "borrower": "温州市龙湾区精工阀门有限公司 (+ 陈精工 债务加入)",
              "contract_date": "2024-09-10 (agreement; loan 2024-01-05)", "end_date": "2025-01-04",
              "guarantees": [], "dispute": "arbitration, 温州仲裁委员会",
              "note": "债务加入 is not a 保证: no guarantee findings; 13% < 13.4% and < 13.8%"},
})

# hg14 — 村镇银行 loan, LPR-linked rate, 融资担保公司 as guarantor; table
docx("hg14_cunzhen_2025_xinli_yinshua.docx", [
    ("h", "流动资金借款合同"),
    "合同编号：ON-LD-2025-0320-08",
    "贷款人：温州瓯南村镇银行股份有限公司",
    "借款人：苍南县龙港镇鑫利印刷厂（个人独资企业）  投资人：缪鑫利",
    "保证人：温州市瓯信融资担保有限公司",
    [["借款金额", "人民币伍拾万元整（¥500,000.00）"],
     ["借款期限", "12个月，2025年3月20日至2026年3月19日"],
     ["利率", "浮动利率，为提款日前一个工作日全国银行间同业拆借中心公布的一年期贷款市场报价利率（LPR）加135个基点，"
              "按12个月调整一次"],
     ["还款方式", "按月付息，到期一次还本"],
     ["罚息", "借款人未按期还款的，在借款利率基础上加收50%计收罚息"],
     ["保证", "保证人提供连带责任保证，保证期间为主债务履行期限届满之日起三年"],
     ["争议解决", "向贷款人住所地人民法院起诉"]],
    "本合同项下借款于2025年3月20日发放（提款日前一个工作日公布的一年期LPR为3.10%）。",
    "贷款人（盖章）：温州瓯南村镇银行股份有限公司",
    "借款人（盖章）：苍南县龙港镇鑫利印刷厂   投资人：缪鑫利",
    "保证人（盖章）：温州市瓯信融资担保有限公司",
    "签约日期：2025年3月20日",
], {
    "fields": {"principal": "500000", "annual_rate": "0.0445", "overdue_rate": "0.06675", "penalty_rate": None},
    "findings": ["cap_not_applicable_licensed_lender"],
    "as_of": AS_OF,
    "terms": {"lender": "温州瓯南村镇银行股份有限公司 (licensed: 银行)", "borrower": "苍南县龙港镇鑫利印刷厂",
              "contract_date": "2025-03-20", "end_date": "2026-03-19", "repayment": "按月付息，到期还本",
              "guarantees": [{"kind": "保证", "guarantor": "温州市瓯信融资担保有限公司", "type": "连带责任保证", "period_months": 36}],
              "dispute": "court, 贷款人住所地", "note": "LPR 3.10 + 1.35 = 4.45%"},
})

# hg15 — 借条 2018, amounts only in Chinese capitals, 年息壹分伍厘, GB18030
txt("hg15_jietiao_2018_jijianwei_daxie_gb18030.txt", """借  据

借款人吴海涛今借到季建伟人民币壹拾贰万捌仟元整，年息壹分伍厘，一年后即贰零壹玖年伍月伍日前连本带息归还。
逾期不还，超期部分按月息贰分计算。

借款人：吴海涛
见证人：吴海波
贰零壹捌年伍月陆日

还款情况：
2020年10月2日 还息伍仟元 季建伟
""", {
    "fields": {"principal": "128000", "annual_rate": "0.15", "overdue_rate": "0.24", "penalty_rate": None},
    "findings": ["pre_lpr_rate_rules", "limitation_period_expired"],
    "as_of": AS_OF,
    "terms": {"lender": "季建伟", "borrower": "吴海涛", "contract_date": "2018-05-06", "end_date": "2019-05-05",
              "repayment": "到期一次还本付息", "guarantees": [], "dispute": None, "last_payment_noted": "2020-10-02",
              "note": "见证人 is not a guarantor; limitation 2023-10-02 < as_of"},
}, encoding="gb18030")

# hg16 — interest-free loan between siblings, LPR-level overdue interest
txt("hg16_wuxi_2025_chenaihua.txt", """借款协议

出借人（姐姐）：陈爱华
借款人（弟弟）：陈建军

陈建军因购买商品房支付首付款，向姐姐陈爱华借款人民币捌万元整（80000元）。
本次借款不计利息。陈建军应于2026年10月7日前一次性归还。
如到期未还，自逾期之日起按年利率6%向陈爱华支付逾期利息。

出借人：陈爱华       借款人：陈建军
见证人：陈母 周素娥
2025年10月8日
""", {
    "fields": {"principal": "80000", "annual_rate": "0", "overdue_rate": "0.06", "penalty_rate": None},
    "findings": [],
    "as_of": AS_OF,
    "terms": {"lender": "陈爱华", "borrower": "陈建军", "contract_date": "2025-10-08", "end_date": "2026-10-07",
              "purpose": "购房首付", "guarantees": [], "dispute": None},
})

# hg17 — 反担保保证合同 to a 融资担保公司; table of the main debt and the counter-guarantee
docx("hg17_fandanbao_2024_jingang.docx", [
    ("h", "反担保保证合同"),
    "反担保权人（甲方）：温州市金港融资担保有限公司",
    "反担保保证人（乙方）：李春燕  身份证号：330304197*******48",
    "鉴于甲方应温州市瓯海区金翼鞋业有限公司（下称“债务人”）申请，为其向温州瓯南村镇银行股份有限公司的借款提供连带责任保证，"
    "乙方自愿向甲方提供反担保。",
    [["主债务", "债务人向温州瓯南村镇银行股份有限公司借款"],
     ["主债权金额", "人民币叁佰万元整（¥3,000,000.00）"],
     ["借款期限", "2024年4月16日至2025年4月15日"],
     ["借款利率", "年利率4.6%"],
     ["反担保范围", "甲方代偿的全部款项、代偿款自代偿之日起按日万分之五计算的资金占用费、担保费及甲方实现追偿权的费用"],
     ["反担保方式", "连带责任保证"],
     ["保证期间", "自甲方向债权人代偿之日起三年"]],
    "本合同争议由甲方所在地人民法院管辖。",
    "甲方（盖章）：温州市金港融资担保有限公司      乙方（签字）：李春燕",
    "2024年4月15日",
], {
    "fields": {"principal": "3000000", "annual_rate": "0.046"},
    "findings": ["cap_not_applicable_licensed_lender"],
    "as_of": AS_OF,
    "terms": {"lender": "温州瓯南村镇银行股份有限公司 (main creditor; not a party) / 甲方 温州市金港融资担保有限公司 (反担保权人)",
              "borrower": "温州市瓯海区金翼鞋业有限公司 (not a party)", "contract_date": "2024-04-15",
              "end_date": "2025-04-15",
              "guarantees": [{"kind": "保证", "guarantor": "李春燕", "type": "连带责任保证", "period": "自代偿之日起三年"}],
              "dispute": "court, 甲方所在地",
              "note": "counter-guarantee; the recited loan is a bank loan and the secured 追偿权 belongs to a 融资担保公司 — both licensed, so the 4×LPR cap is not the yardstick (e.g. for the 日万分之五 资金占用费)"},
})

# hg18 — 以物抵债协议 settling a 2021 loan with a shop unit
txt("hg18_yiwudizhai_2023_longsheng.txt", """以物抵债协议

甲方（债权人）：温州市鹿城区隆盛建材商行（个体工商户）  经营者：高隆盛
乙方（债务人）：何立新  身份证号：330302198*******12

一、乙方于2021年6月1日向甲方借款人民币肆拾伍万元整，约定月息1分，借期一年。借款到期后乙方未能归还。
二、经双方对账，截至2023年7月31日，乙方尚欠甲方借款本金450000元、利息62000元，合计512000元。
三、乙方自愿以其名下位于温州市鹿城区南汇街道锦江路**号**室商铺（建筑面积48.6平方米）抵偿上述全部债务，
    抵债金额为人民币伍拾壹万贰仟元整。
四、乙方应于2023年9月30日前配合甲方办理过户登记，过户完成之日甲乙双方之间的债权债务全部结清。
五、乙方未按期配合过户的，本协议不再履行，甲方有权按原借款合同主张借款本金、利息及原合同约定的逾期利息。
六、过户税费由甲方承担。

甲方：温州市鹿城区隆盛建材商行  高隆盛
乙方：何立新
2023年8月16日
""", {
    "fields": {"principal": "450000", "annual_rate": "0.12", "overdue_rate": None, "penalty_rate": None},
    "findings": [],
    "as_of": "2024-02-20",
    "terms": {"lender": "温州市鹿城区隆盛建材商行 (个体工商户)", "borrower": "何立新",
              "contract_date": "2023-08-16 (settlement; loan 2021-06-01)", "end_date": "2022-05-31 (loan)",
              "guarantees": [], "dispute": None,
              "note": "以物抵债 settlement; 本息合计 512000 is the settlement value, not a restated principal; as_of 2024-02-20 "
              "(creditor came in after the transfer deadline passed); the agreement itself acknowledges the debt"},
})

# hg19 — hand-typed 借条 with typos, 2026, interest as a fixed sum per month; LPR table stale
txt("hg19_jietiao_2026_zhuguoqing_meiyue.txt", """借条

  今借倒朱国庆人民币伍万元正（50000元）  用于店里装修，
利息每月壹仟伍佰元 每月14号前付 ，借款期限半年 2026年8月13号前还清本金

 借款人 林海波
 身份正号 330302199*******3X
 电话 158****0926

        2026年2月14日

（登记员注：原件系借款人手写，“借倒”“身份正号”照录）
""", {
    "fields": {"principal": "50000", "annual_rate": "0.36", "overdue_rate": None, "penalty_rate": None},
    "findings": ["rate_above_4x_lpr", "no_overdue_rate_agreed"],
    "expect_warning": "rate_above_4x_lpr",
    "as_of": AS_OF,
    "terms": {"lender": "朱国庆", "borrower": "林海波", "contract_date": "2026-02-14", "end_date": "2026-08-13",
              "repayment": "按月付息，到期还本", "purpose": "店铺装修", "guarantees": [], "dispute": None,
              "note": "1500×12/50000 = 36%; contract date after the shipped LPR table → stale-data warning expected"},
})

# hg20 — 企业间借款 2020-11, rate just above 4×LPR (15.6% vs 15.4%); guarantors named by role; repayment table
docx("hg20_qiye_2020_yongtai_xinglong.docx", [
    ("h", "借款合同"),
    "出借人：温州市瓯北镇永泰塑料制品厂",
    "借款人：永嘉县桥头镇兴隆纽扣有限公司",
    "借款人因资金周转需要向出借人借款，双方约定如下：",
    [["借款本金", "人民币壹佰贰拾万元整（¥1,200,000.00）"],
     ["借款期限", "2020年11月20日至2021年5月19日"],
     ["利率", "月利率1.3%，每月20日付息"],
     ["逾期利息", "逾期还款的，逾期部分按月利率2%计算"],
     ["担保", "借款人的实际控制人王永胜及其配偶提供连带责任保证，保证期间为主债务履行期届满之日起二年"],
     ["管辖", "出借人所在地人民法院"]],
    "出借人（盖章）：温州市瓯北镇永泰塑料制品厂    借款人（盖章）：永嘉县桥头镇兴隆纽扣有限公司",
    "保证人：王永胜   张秀英",
    "2020年11月20日",
    "附：还款记录",
    [["日期", "金额（元）", "摘要", "出借人签收"],
     ["2021-03-20", "15600", "利息", "已收"],
     ["2022-11-30", "200000", "本金", "已收"]],
], {
    "fields": {"principal": "1200000", "annual_rate": "0.156", "overdue_rate": "0.24", "penalty_rate": None},
    "findings": ["rate_above_4x_lpr", "overdue_charges_above_cap", "limitation_period_expired"],
    "as_of": AS_OF,
    "terms": {"lender": "温州市瓯北镇永泰塑料制品厂 (enterprise)", "borrower": "永嘉县桥头镇兴隆纽扣有限公司",
              "contract_date": "2020-11-20", "start_date": "2020-11-20", "end_date": "2021-05-19", "repayment": "按月付息",
              "guarantees": [{"kind": "保证", "guarantor": "王永胜", "type": "连带责任保证", "period_months": 24},
                             {"kind": "保证", "guarantor": "王永胜的配偶 (signs as 张秀英)", "type": "连带责任保证", "period_months": 24}],
              "dispute": "court, 出借人所在地", "last_payment_noted": "2022-11-30",
              "note": "cap 4×3.85 = 15.4%; limitation 2025-11-30 < as_of (guarantee given before 2021 → no default findings)"},
})

# hg21 — 分期还款协议 from the mediation room; the old 月息1.5分 replaced by 12%
txt("hg21_huankuanjihua_2024_wuxiuzhen.txt", """分期还款协议
（温州市瓯江民间借贷登记服务中心 调解室 制作）

甲方（出借人）：吴秀珍
乙方（借款人）：金晓明
调解员：郑海燕

    乙方于2022年10月1日向甲方出具借条，借款人民币壹拾捌万元整，约定月息1.5分。乙方自2023年6月起未再付息。
经调解室主持，双方自愿达成如下协议：
一、双方确认截至2024年12月10日，乙方尚欠甲方借款本金180000元。此前已付利息不再返还，也不再计算。
二、自2024年12月11日起，未还本金按年利率12%计息，利随本清。
三、乙方分12期还款：2025年1月起每月10日前归还本金15000元及当期利息，最后一期为2025年12月10日。
四、乙方任何一期逾期超过15日的，甲方有权要求乙方一次性归还全部剩余本金，并自逾期之日起按日万分之三支付逾期利息。
五、本协议经双方签字后生效，双方可向人民法院申请司法确认。

甲方：吴秀珍      乙方：金晓明      调解员：郑海燕
2024年12月10日
""", {
    "fields": {"principal": "180000", "annual_rate": "0.12", "overdue_rate": "0.108", "penalty_rate": None},
    "findings": [],
    "as_of": AS_OF,
    "terms": {"lender": "吴秀珍", "borrower": "金晓明", "contract_date": "2024-12-10", "start_date": "2024-12-11",
              "end_date": "2025-12-10", "repayment": "分12期等额还本，利随本清", "guarantees": [],
              "dispute": "司法确认", "note": "old 18% superseded; new 12% < 4×3.10 = 12.4%"},
})

# hg22 — 保证函 from a firm to a 小额贷款公司; period 至本息全部清偿 (unclear)
txt("hg22_baozhenghan_2022_liyuan_xiaodai.txt", """保 证 函

温州市瓯海区信和小额贷款有限公司：

    贵公司与借款人林伟（身份证号330304198*******77）于2022年9月1日签订编号为XH-2022-0901-06的《借款合同》，
借款金额人民币贰拾万元整，借款期限一年，月利率1.5%。
    本公司自愿为上述借款合同项下借款人的全部债务（包括本金、利息、罚息、违约金及实现债权的费用）向贵公司提供连带责任保证。
保证期间至借款人在上述合同项下的本息全部清偿完毕之日止。
    本保证函自本公司盖章之日起生效，不因借款人的任何变化而失效。

保证人（盖章）：温州市瓯海区利源机械有限公司
法定代表人（签字）：林利源
2022年9月1日
""", {
    "fields": {"principal": "200000", "annual_rate": "0.18"},
    "findings": ["cap_not_applicable_licensed_lender", "guarantee_period_defaults_to_6_months"],
    "as_of": "2025-06-30",
    "terms": {"lender": "温州市瓯海区信和小额贷款有限公司 (licensed: 小额贷款公司; addressee)", "borrower": "林伟 (not a signatory)",
              "contract_date": "2022-09-01", "end_date": "2023-08-31",
              "guarantees": [{"kind": "保证", "guarantor": "温州市瓯海区利源机械有限公司", "type": "连带责任保证",
                              "period_unclear": True, "period_text": "至本息全部清偿完毕之日止"}],
              "dispute": None, "note": "as_of 2025-06-30: the 小贷 asked the centre about the guarantor after default; "
              "main debt due 2023-08-31, limitation not yet run"},
})

# hg23 — 2019-03 loan to three 共同借款人 (two people and a 经营部), 月利率2.5%
txt("hg23_jiekuan_2019_huangchunsheng_gongtong.txt", """借款合同

出借人：黄春生
共同借款人一：潘国华（身份证号330302197*******39）
共同借款人二：叶晓东（身份证号330302197*******54）
共同借款人三：温州市鹿城区国华灯饰经营部（经营者潘国华）
保证人：潘德胜（潘国华之父）

第一条  三借款人共同向出借人借款人民币伍拾万元整（¥500000元），用于灯饰经营部进货，三借款人对全部借款承担连带还款责任。
第二条  借款期限自2019年3月8日起至2019年9月7日止。
第三条  月利率2.5%，每月8日前付息，到期还本。
第四条  保证人潘德胜为本借款承担保证责任。
第五条  本合同自签字之日起生效。

出借人：黄春生
借款人：潘国华  叶晓东  温州市鹿城区国华灯饰经营部（章）
保证人：潘德胜
二〇一九年三月八日

补记：2021年2月3日潘国华付息伍万元，出借人黄春生签收。
""", {
    "fields": {"principal": "500000", "annual_rate": "0.30", "overdue_rate": None, "penalty_rate": None},
    "findings": ["pre_lpr_rate_rules", "no_overdue_rate_agreed", "limitation_period_expired"],
    "as_of": AS_OF,
    "terms": {"lender": "黄春生", "borrower": "潘国华、叶晓东、温州市鹿城区国华灯饰经营部 (共同借款人)",
              "contract_date": "2019-03-08", "start_date": "2019-03-08", "end_date": "2019-09-07", "repayment": "按月付息，到期还本",
              "guarantees": [{"kind": "保证", "guarantor": "潘德胜", "type": "unspecified (2019: 担保法 → 连带; no finding)"}],
              "dispute": None, "last_payment_noted": "2021-02-03", "note": "limitation 2024-02-03 < as_of; 30% is in the 24–36 band"},
})

# hg24 — 小额贷款公司 deducts a 服务费 from the loan at disbursement
txt("hg24_xiaodai_2025_xinhe_fuwufei.txt", """温州市瓯海区信和小额贷款有限公司
个人借款合同（简式）

合同编号：XH-2025-0212-19
贷款人：温州市瓯海区信和小额贷款有限公司
借款人：徐丽  身份证号：330304199*******2X

1. 借款金额：人民币壹拾万元整（¥100,000.00）。
2. 借款期限：2025年2月12日至2026年2月11日。
3. 借款利率：月利率1%，按月付息，到期还本。
4. 服务费：借款人应向贷款人支付贷款服务费人民币3000元，于放款时从借款本金中一次性扣收，贷款人实际放款人民币97,000.00元。
5. 逾期罚息：按月利率1.5%计收。
6. 争议解决：向贷款人所在地人民法院起诉。

贷款人（盖章）：温州市瓯海区信和小额贷款有限公司
借款人（签字）：徐丽
签订日期：2025年2月12日
""", {
    "fields": {"principal": "100000", "amount_delivered": "97000", "annual_rate": "0.12", "overdue_rate": "0.18",
               "penalty_rate": None},
    "findings": ["cap_not_applicable_licensed_lender", "interest_deducted_upfront"],
    "as_of": AS_OF,
    "terms": {"lender": "温州市瓯海区信和小额贷款有限公司 (licensed: 小额贷款公司)", "borrower": "徐丽",
              "contract_date": "2025-02-12", "end_date": "2026-02-11", "repayment": "按月付息，到期还本",
              "guarantees": [], "dispute": "court, 贷款人所在地",
              "note": "服务费 3000 deducted at disbursement = disguised interest taken up front (民法典 第670条)"},
})

# hg25 — 2021 person-to-person loan at 年利率24%, overdue 日万分之八 + lump 违约金; guarantee ends with the loan
docx("hg25_jiekuan_2021_hujianguo.docx", [
    ("h", "借款合同"),
    [["出借人", "胡建国", "身份证号", "330382197*******15"],
     ["借款人", "陈丽君", "身份证号", "330382198*******44"],
     ["保证人", "陈立新（借款人之兄）", "身份证号", "330382197*******30"]],
    "经三方协商，订立本合同：",
    [["借款金额（大写）", "叁拾伍万元整"],
     ["借款金额（小写）", "¥350,000.00"],
     ["年利率", "24%"],
     ["借款期限", "2021年6月18日至2022年6月17日"],
     ["付息方式", "每三个月付息一次"],
     ["逾期利息", "按日万分之八计算"],
     ["违约金", "借款人违约的，另应支付借款金额20%的违约金"],
     ["保证方式", "连带责任保证"],
     ["保证期间", "至2022年6月17日止"]],
    "出借人：胡建国       借款人：陈丽君       保证人：陈立新",
    "2021年6月18日",
], {
    "fields": {"principal": "350000", "annual_rate": "0.24", "overdue_rate": "0.288"},
    "findings": ["rate_above_4x_lpr", "overdue_charges_above_cap", "guarantee_period_defaults_to_6_months"],
    "as_of": "2025-03-01",
    "terms": {"lender": "胡建国", "borrower": "陈丽君", "contract_date": "2021-06-18", "start_date": "2021-06-18",
              "end_date": "2022-06-17", "repayment": "按季付息",
              "guarantees": [{"kind": "保证", "guarantor": "陈立新", "type": "连带责任保证", "period_end": "2022-06-17",
                              "note": "ends with the main debt → 视为没有约定 (民法典 第692条第2款) → six months"}],
              "penalty": "20% of principal (lump; penalty_rate not scored)", "dispute": None,
              "note": "as_of 2025-03-01 (when the file reached the mediation room): limitation runs to 2025-06-17, not expired"},
})

# hg26 — a 商务咨询 firm (not licensed) lends against a car; 日万分之三 plus 每月账户管理费
txt("hg26_jiekuan_2022_hengxin_guanlifei.txt", """借款合同

甲方（出借人）：温州市鹿城区恒信商务咨询有限公司
乙方（借款人）：邱建波  身份证号：330302199*******13

一、乙方向甲方借款人民币陆万元整（¥60000元），借款期限6个月，自2022年11月11日至2023年5月10日。
二、借款利率为日万分之三，按月支付。
三、乙方另需每月向甲方支付账户管理费人民币陆佰元（600元），与利息一并支付。
四、乙方以其名下浙C·3H9**小型轿车提供抵押，并办理抵押登记。
五、乙方逾期还款的，每逾期一日按借款金额的千分之五向甲方支付违约金。
六、争议由甲方所在地法院管辖。

甲方（盖章）：温州市鹿城区恒信商务咨询有限公司
乙方：邱建波
2022年11月11日
""", {
    "fields": {"principal": "60000", "annual_rate": "0.108", "overdue_rate": None, "penalty_rate": "1.8"},
    "findings": ["rate_above_4x_lpr", "overdue_charges_above_cap", "no_overdue_rate_agreed"],
    "as_of": "2023-06-15",
    "terms": {"lender": "温州市鹿城区恒信商务咨询有限公司 (enterprise, not licensed)", "borrower": "邱建波",
              "contract_date": "2022-11-11", "start_date": "2022-11-11", "end_date": "2023-05-10", "repayment": "按月付息",
              "guarantees": [{"kind": "抵押", "guarantor": "邱建波", "collateral": "浙C·3H9**小型轿车"}],
              "fees": "账户管理费 600元/月 = 12%/yr", "dispute": "court, 甲方所在地",
              "note": "10.8% + 12% fee = 22.8% > 4×3.65 = 14.6% → rate_above (fee charged by the lender counts as interest)"},
})

# hg27 — 债权转让协议 between two individuals, recites the underlying loan
txt("hg27_zhaiquanzhuanrang_2025_panliqiang.txt", """债权转让协议

转让方（甲方）：潘立强
受让方（乙方）：缪海峰
债务人：戴文斌

一、甲方于2023年10月10日出借给债务人戴文斌人民币贰拾伍万元整，借期一年（至2024年10月9日），原借款合同约定月息1分，
    逾期按年利率13%计收逾期利息。
二、截至本协议签订日，债务人尚欠本金250000元及2024年7月以后的利息。
三、甲方将上述债权（含本金、利息、逾期利息及从权利）全部转让给乙方，转让价款为人民币贰拾叁万元，乙方于本协议签订之日支付。
四、甲方负责于本协议签订后五日内书面通知债务人。

甲方：潘立强     乙方：缪海峰
2025年4月22日

债权转让通知书
戴文斌：
    本人已将对你享有的上述借款债权全部转让给缪海峰，请你自收到本通知之日起向缪海峰履行还款义务。
通知人：潘立强    2025年4月23日
""", {
    "fields": {"principal": "250000", "annual_rate": "0.12", "overdue_rate": "0.13", "penalty_rate": None},
    "findings": [],
    "as_of": AS_OF,
    "terms": {"lender": "潘立强 (original lender; assigned to 缪海峰)", "borrower": "戴文斌",
              "contract_date": "2025-04-22 (assignment; loan 2023-10-10)", "end_date": "2024-10-09",
              "guarantees": [], "dispute": None,
              "note": "230000 is the assignment price, not the principal; 12% and 13% < 4×3.45 = 13.8%"},
})

# hg28 — registration-centre template (2017), terms in a table; two demand letters keep the limitation alive
docx("hg28_dengji_2017_sunhaidong.docx", [
    ("h", "民间借贷合同（登记备案文本）"),
    "登记编号：OJ-DJ-2017-0901-0042      登记机构：温州市瓯江民间借贷登记服务中心",
    [["出借人", "孙海东", "证件号码", "330303196*******51"],
     ["借款人", "温州市鹿城区海鸿服饰有限公司", "统一社会信用代码", "913303025*******8P"],
     ["保证人", "周海鸿（借款人法定代表人）", "证件号码", "330303197*******36"]],
    [["借款金额", "人民币贰佰万元整（¥2,000,000.00）"],
     ["借款用途", "支付面料货款"],
     ["借款期限", "2017年9月1日至2018年8月31日"],
     ["月利率", "1.5%"],
     ["还款方式", "按月付息，到期还本"],
     ["逾期利率", "月利率2%"],
     ["保证方式及期间", "连带责任保证；主债务履行期限届满之日起二年"],
     ["资金交付", "出借人通过银行转账一次性支付"],
     ["争议解决", "向出借人住所地人民法院起诉"]],
    "出借人：孙海东    借款人（盖章）：温州市鹿城区海鸿服饰有限公司    保证人：周海鸿",
    "签订日期：2017年9月1日",
    "登记中心跟踪记录：",
    "2021年7月15日 出借人以EMS向借款人邮寄《催款通知书》，借款人签收（运单号EM1*********33）。",
    "2024年5月10日 出借人再次以EMS邮寄《催款通知书》，借款人法定代表人周海鸿签收。",
], {
    "fields": {"principal": "2000000", "annual_rate": "0.18", "overdue_rate": "0.24", "penalty_rate": None},
    "findings": ["pre_lpr_rate_rules"],
    "as_of": AS_OF,
    "terms": {"lender": "孙海东", "borrower": "温州市鹿城区海鸿服饰有限公司", "contract_date": "2017-09-01",
              "start_date": "2017-09-01", "end_date": "2018-08-31", "repayment": "按月付息，到期还本", "purpose": "支付面料货款",
              "guarantees": [{"kind": "保证", "guarantor": "周海鸿", "type": "连带责任保证", "period_months": 24}],
              "dispute": "court, 出借人住所地",
              "note": "limitation interrupted by demands 2021-07-15 and 2024-05-10 → runs to 2027-05-10, not expired"},
})

# hg29 — 万元 and 月息厘, overdue exactly at 4×LPR (12%), vehicle mortgage
txt("hg29_jiekuan_2025_yingjianping_wanyuan.txt", """借款合同

出借人：应建平
借款人：温州市龙湾区金沙五金经营部（经营者：卓立新）

一、借款金额：人民币拾伍万元（15万元）。
二、借款期限：6个月，2025年8月8日至2026年2月7日。
三、利息：月息8厘，每月8日付息。
四、逾期：到期未还的，逾期部分按月息1分计收。
五、抵押：借款人以其名下浙C·A8K**轻型厢式货车作抵押，于签约后三日内办理抵押登记。
六、本合同争议提交温州仲裁委员会仲裁。

出借人：应建平
借款人：温州市龙湾区金沙五金经营部  卓立新
2025年8月8日
""", {
    "fields": {"principal": "150000", "annual_rate": "0.096", "overdue_rate": "0.12", "penalty_rate": None},
    "findings": [],
    "as_of": AS_OF,
    "terms": {"lender": "应建平", "borrower": "温州市龙湾区金沙五金经营部", "contract_date": "2025-08-08",
              "start_date": "2025-08-08", "end_date": "2026-02-07", "repayment": "按月付息，到期还本",
              "guarantees": [{"kind": "抵押", "guarantor": "温州市龙湾区金沙五金经营部", "collateral": "浙C·A8K**轻型厢式货车"}],
              "dispute": "arbitration, 温州仲裁委员会", "note": "overdue 12% = 4×3.00 exactly → not above"},
})

# hg30 — 企业间借款 with 利息另行商定 and a shareholder who signs as 担保人 without type or period
txt("hg30_qiye_2024_dongxin_lixilingyi.txt", """借款协议书

出借方：瑞安市东信汽摩配件有限公司
借款方：瑞安市塘下镇宏力机械厂
担保人：林宏力（借款方股东）

1.借款方因购买钢材向出借方借款人民币肆拾万元整（¥400,000）。
2.借款期限三个月，自2024年6月28日至2024年9月27日。
3.借款利息由双方另行商定。
4.借款方到期未还的，逾期部分按年利率10%计付逾期利息。
5.林宏力为本借款提供担保。
6.本协议一式三份。

出借方（盖章）：瑞安市东信汽摩配件有限公司
借款方（盖章）：瑞安市塘下镇宏力机械厂
担保人：林宏力
2024年6月28日
""", {
    "fields": {"principal": "400000", "annual_rate": None, "overdue_rate": "0.10", "penalty_rate": None},
    "findings": ["no_interest_agreed", "guarantee_type_defaults_to_general", "guarantee_period_defaults_to_6_months"],
    "as_of": AS_OF,
    "terms": {"lender": "瑞安市东信汽摩配件有限公司 (enterprise)", "borrower": "瑞安市塘下镇宏力机械厂",
              "contract_date": "2024-06-28", "start_date": "2024-06-28", "end_date": "2024-09-27", "purpose": "购买钢材",
              "guarantees": [{"kind": "保证", "guarantor": "林宏力", "type": "unspecified", "period": None}], "dispute": None},
})


def main() -> None:
    rows = []
    for d in DOCS:
        path = HERE / d["file"]
        if d["kind"] == "txt":
            path.write_bytes(d["text"].encode(d["encoding"]))
        else:
            _write_docx(path, d["blocks"])
        row = {"file": d["file"], **d["gold"]}
        rows.append(row)
    (HERE / "gold.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"wrote {len(rows)} documents and gold.jsonl")


if __name__ == "__main__":
    main()
