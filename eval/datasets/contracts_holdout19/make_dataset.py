"""Builder for contracts_holdout19 (held out: never tune on these rows).

Every document text and every gold row below was typed by hand for this set (persona: 王丽娟, 风控 at a made-up
哈尔滨 小额贷款 company who also reviews files for a 黑龙江 农业 融资担保 partner). Running this script writes the 30
documents (TXT UTF-8, TXT GB18030, DOCX) and gold.jsonl into this folder, byte-for-byte the same on every run.

    /work/main/.venv/bin/python eval/datasets/contracts_holdout19/make_dataset.py
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from eval.datasets import _contracts_build as cb  # noqa: E402

HERE = Path(__file__).resolve().parent
AS_OF = "2026-12-14"   # the day 王丽娟 reviewed the pile

DOCS: list[dict] = []


def add(file: str, fmt: str, body, fields: dict, findings: list[str], as_of: str = AS_OF, notes: str | None = None):
    row = {"file": file, "fields": fields, "findings": findings, "as_of": as_of}
    if notes:
        row["notes"] = notes
    DOCS.append({"file": file, "fmt": fmt, "body": body, "gold": row})


NO_GUARANTEE = {"guarantor": None, "guarantee_type": None, "guarantee_period_months": None}

# ---------------------------------------------------------------------------------------------------------------
add("hs01_jietiao_dadou_hezuoshe_yuexi18.txt", "utf8", """借  条

今借到赵铁柱（身份证号：230281********2716）现金人民币贰拾万元整（￥200,000.00），用于合作社秋收收购大豆周转。
月息一分八，每月十八号前把当月利息打到赵铁柱农行卡上，本钱到2025年3月17日一次性还清。
老铁这事儿整得敞亮，到日子不还你就上门唠，俺们认。

借款单位：讷河市丰穗大豆种植专业合作社（盖章）
理事长：郭长山（签字、按手印）
身份证号：230281********0533
电话：139****6621

借款日期：2024年3月18日

附：2024年3月18日赵铁柱微信转账200000元至合作社对公账户，合作社出纳孙艳收到。
""", {"principal": "200000", "amount_delivered": "200000", "annual_rate": 0.216, "overdue_rate": None,
      "penalty_rate": None, "lender": "赵铁柱", "lender_kind": "natural_person",
      "borrower": "讷河市丰穗大豆种植专业合作社", "borrower_kind": "enterprise", "contract_date": "2024-03-18",
      "start_date": "2024-03-18", "end_date": "2025-03-17", "repayment_method": "按月付息、到期还本",
      "dispute_method": None, **NO_GUARANTEE},
    ["rate_above_4x_lpr", "no_overdue_rate_agreed"],
    notes="月息一分八 = 1.8 %/month = 21.6 %/yr > 4 × 3.45 % = 13.8 % (LPR of 2024-03-18). No overdue term. The "
          "理事长 signs for the 合作社, which is the borrower; 农行卡 is only the payment channel.")

add("hs02_jieju_shuidao_dahu_nongli_danbaoren.txt", "utf8", """借  据

借款人孙长海（五常市龙凤山镇水稻种植大户，身份证号：230184********3318），因开春租地、买稻种化肥，
今向李德福（身份证号：230184********1025）借到人民币叁拾伍万元整（¥350,000元）。

一、利息：按月息壹分计算，利随本清。
二、还款：秋后新米下来卖了就还，最晚甲辰年十月十五（阳历2024年11月15日）前连本带利还清。
三、过期不还的，从过期那天起按月息贰分算利息，别嘎哈都往后拖。
四、担保人刘宝贵愿意给孙长海担保，孙长海到期不还的，担保人承担保证责任。

借款人：孙长海（按手印）
出借人：李德福
担保人：刘宝贵（按手印）  身份证号：230184********2251

甲辰年二月初二（龙抬头）
即公历2024年3月11日，现金当面点清。
""", {"principal": "350000", "amount_delivered": "350000", "annual_rate": 0.12, "overdue_rate": 0.24,
      "penalty_rate": None, "lender": "李德福", "lender_kind": "natural_person", "borrower": "孙长海",
      "borrower_kind": "natural_person", "contract_date": "2024-03-11", "start_date": "2024-03-11",
      "end_date": "2024-11-15", "repayment_method": "到期一次性还本付息", "dispute_method": None,
      "guarantor": "刘宝贵", "guarantee_type": "unspecified", "guarantee_period_months": None},
    ["overdue_charges_above_cap", "guarantee_type_defaults_to_general", "guarantee_period_defaults_to_6_months"],
    notes="Lunar 甲辰年二月初二 = 2024-03-11 (the paper also writes it); 十月十五 = 2024-11-15. 月息壹分 = 12 % under "
          "13.8 %; overdue 月息贰分 = 24 % > 13.8 %. Bare 担保人 in 2024: 民法典 686 and 692 defaults.")

add("hs03_suifenhe_bianmao_zhouzhuan_eyu.docx", "docx", [
    ("h", "借款合同（边贸周转）"),
    ("p", "合同编号：SFH-ZZ-2024-0508"),
    ("t", [["项目", "约定"],
           ["出借人（甲方）", "绥芬河市远东木材贸易有限公司"],
           ["借款人（乙方）", "绥芬河市龙江边贸商行"],
           ["借款金额", "人民币壹佰贰拾万元整（¥1,200,000.00）"],
           ["借款用途", "支付自俄罗斯滨海边疆区进口板材货款及口岸通关费用"],
           ["借款期限", "2024年5月8日至2025年5月7日"],
           ["借款利率", "年利率10%，按季结息，到期还本"],
           ["逾期利息", "乙方逾期还款的，自逾期之日起按逾期金额每日万分之五计收逾期利息"],
           ["保证人", "王大军，承担连带责任保证，保证期间为主债务履行期限届满之日起二年"],
           ["争议解决", "提交牡丹江仲裁委员会仲裁"]]),
    ("p", "第一条 甲方于本合同签订之日将借款一次性转入乙方在中国银行绥芬河分行开立的账户。"),
    ("p", "第二条（双语条款 / Двуязычное положение / Bilingual clause）"),
    ("p", "Заёмщик обязуется использовать заём исключительно для оплаты поставок леса из Российской Федерации "
          "и выплачивать проценты по ставке 10% годовых ежеквартально. "
          "The Borrower shall use the loan solely to pay for timber supplies from the Russian Federation and shall "
          "pay interest at 10% per annum quarterly. In case of any discrepancy, the Chinese text shall prevail."),
    ("p", "第三条 本合同自双方盖章、保证人签字之日起生效。"),
    ("p", "甲方（盖章）：绥芬河市远东木材贸易有限公司    乙方（盖章）：绥芬河市龙江边贸商行"),
    ("p", "保证人（签字）：王大军"),
    ("p", "签订日期：2024年5月8日"),
], {"principal": "1200000", "amount_delivered": "1200000", "annual_rate": 0.1, "overdue_rate": 0.1825,
    "penalty_rate": None, "lender": "绥芬河市远东木材贸易有限公司", "lender_kind": "enterprise",
    "borrower": "绥芬河市龙江边贸商行", "borrower_kind": "enterprise", "contract_date": "2024-05-08",
    "start_date": "2024-05-08", "end_date": "2025-05-07", "repayment_method": "按季付息、到期还本",
    "dispute_method": "arbitration", "guarantor": "王大军", "guarantee_type": "连带责任保证",
    "guarantee_period_months": 24},
    ["overdue_charges_above_cap"],
    notes="10 % under 13.8 % (LPR 3.45 %, 2024-05-08); overdue 日万分之五 = 18.25 % > 13.8 %. Russian/English clause "
          "repeats 10 % per annum; 中国银行 is only the receiving account.")

add("hs04_liangshi_cangdan_zhiya.docx", "docx", [
    ("h", "仓单质押借款合同"),
    ("p", "编号：JS-CD-2023-1016"),
    ("p", "出借人：哈尔滨金穗粮食贸易有限公司（以下简称甲方）"),
    ("p", "借款人：绥化市丰泽粮食收储有限公司（以下简称乙方）"),
    ("p", "乙方以其存放于绥化北林区第三粮库的2023年产玉米标准仓单（仓单号BL-2023-0877至BL-2023-0880，"
          "合计玉米8,000吨）出质，向甲方借款，双方约定如下："),
    ("t", [["条款", "内容"],
           ["借款本金", "人民币捌佰万元整（8,000,000元）"],
           ["借款期间", "自2023年10月16日起至2024年10月15日止"],
           ["利率", "月利率0.9%"],
           ["结息与还本", "按季结息，结息日为每季末月20日，到期一次还本"],
           ["逾期利率", "在本合同约定利率基础上加收30%"],
           ["质押物", "上述标准仓单，质押期间由粮库出具不可撤销的监管承诺函"]]),
    ("p", "因本合同发生的争议，由甲方住所地人民法院管辖。"),
    ("p", "甲方（盖章）：哈尔滨金穗粮食贸易有限公司    法定代表人：秦国良"),
    ("p", "乙方（盖章）：绥化市丰泽粮食收储有限公司    法定代表人：常玉林"),
    ("p", "2023年10月16日"),
], {"principal": "8000000", "amount_delivered": "8000000", "annual_rate": 0.108, "overdue_rate": 0.1404,
    "penalty_rate": None, "lender": "哈尔滨金穗粮食贸易有限公司", "lender_kind": "enterprise",
    "borrower": "绥化市丰泽粮食收储有限公司", "borrower_kind": "enterprise", "contract_date": "2023-10-16",
    "start_date": "2023-10-16", "end_date": "2024-10-15", "repayment_method": "按季付息、到期还本",
    "dispute_method": "court"},
    ["overdue_charges_above_cap"],
    notes="月利率0.9 % = 10.8 %; overdue +30 % = 14.04 % > 13.8 % (LPR 3.45 % on 2023-10-16), just above the line. "
          "Only security is the borrower's own 仓单 pledge, so guarantor fields are left out.")

add("hs05_nongji_rongzizulin_hezuoshe.docx", "docx", [
    ("h", "融资租赁合同（直租·农业机械）"),
    ("p", "合同编号：LK-ZL-2023-0320"),
    ("p", "出租人：黑龙江龙垦农机融资租赁有限公司"),
    ("p", "承租人：富锦市金禾现代农机专业合作社"),
    ("p", "承租人选定约翰迪尔7M-2204拖拉机2台、雷沃谷神GM100收割机1台，由出租人向出卖人购买后出租给承租人使用。"),
    ("t", [["项目", "约定"],
           ["租赁本金（融资额）", "人民币贰佰肆拾万元整（2,400,000元）"],
           ["租赁期限", "2023年3月20日至2026年3月19日，共36个月"],
           ["租赁年利率", "8.5%（固定）"],
           ["租金支付", "按季等额支付租金（等额本息法），共12期，每期租金详见附表"],
           ["逾期罚息", "承租人逾期支付租金的，按逾期租金每日万分之五计收罚息"],
           ["保证", "合作社理事长高永福对承租人全部债务承担连带责任保证，保证期间为主债务履行期限届满之日起三年"]]),
    ("p", "第十二条 租赁期满，承租人付清全部租金及其他款项后，以名义货价人民币壹佰元取得租赁物所有权。"),
    ("p", "第十八条 本合同争议由出租人住所地人民法院管辖。"),
    ("p", "出租人（盖章）：黑龙江龙垦农机融资租赁有限公司"),
    ("p", "承租人（盖章）：富锦市金禾现代农机专业合作社    理事长：高永福"),
    ("p", "保证人（签字）：高永福"),
    ("p", "签约日期：2023年3月20日"),
], {"principal": "2400000", "amount_delivered": "2400000", "annual_rate": 0.085, "overdue_rate": 0.1825,
    "penalty_rate": None, "lender": "黑龙江龙垦农机融资租赁有限公司", "lender_kind": "licensed_lender",
    "borrower": "富锦市金禾现代农机专业合作社", "borrower_kind": "enterprise", "contract_date": "2023-03-20",
    "start_date": "2023-03-20", "end_date": "2026-03-19", "repayment_method": "等额本息",
    "dispute_method": "court", "guarantor": "高永福", "guarantee_type": "连带责任保证",
    "guarantee_period_months": 36},
    ["cap_not_applicable_licensed_lender"],
    notes="融资租赁公司 is a local licensed organisation (批复): info finding only; the 18.25 % 罚息 is not judged "
          "against 4 × LPR. Quarterly equal rent = 等额本息.")

add("hs06_tudi_jingyingquan_diya_huankuanjilu.txt", "utf8", """借款合同（土地经营权抵押）

出借人：刘振江，身份证号230621********4417
借款人：张玉华，身份证号230621********2128（肇州县永乐镇种植大户）

一、借款金额：人民币壹拾伍万元整（150,000元）。
二、借款期限：2022年4月6日至2023年4月5日。
三、利息：月利率0.8%，每季度末付息一次，到期还本。
四、逾期：借款人到期未还的，逾期部分按年利率14.4%计收逾期利息。
五、抵押：借款人以其依法流转取得的永乐镇新发村土地经营权200亩（流转合同编号YL-2021-036，剩余期限至2028年12月31日）
    作抵押，双方于2022年4月8日在县农村产权交易中心办理抵押登记。
六、本合同一式两份，双方各执一份，签字后生效。

出借人：刘振江          借款人：张玉华
2022年4月6日

---------------------------------
还款记录（出借人手写）：
2022年6月30日 收利息3600元
2022年9月30日 收利息3600元
2023年11月20日 收本金伍万元整（50,000元），剩余本金十万元及利息另算。 刘振江
""", {"principal": "150000", "amount_delivered": "150000", "annual_rate": 0.096, "overdue_rate": 0.144,
      "penalty_rate": None, "lender": "刘振江", "lender_kind": "natural_person", "borrower": "张玉华",
      "borrower_kind": "natural_person", "contract_date": "2022-04-06", "start_date": "2022-04-06",
      "end_date": "2023-04-05", "repayment_method": "按季付息、到期还本", "dispute_method": None},
    ["limitation_period_expired"],
    notes="9.6 % and overdue 14.4 % both under 4 × 3.70 % = 14.8 % (LPR of 2022-04-06). Due 2023-04-05; the last "
          "payment 2023-11-20 restarts the period to 2026-11-20, which is before as_of 2026-12-14: expired. Only "
          "security is the borrower's own 土地经营权 抵押, guarantor fields left out.")

add("hs07_nonghu_lianbao_xinyongshe.txt", "utf8", """克山县农村信用合作联社
农户联保借款合同

合同编号：KS-LB-2024-0402-03
贷款人：克山县农村信用合作联社（下称贷款人）
借款人：李春生，身份证号230229********1736，克山县西城镇永发村村民
联保小组成员（保证人）：王福林、赵海英、陈立军、吴玉梅（均为永发村村民，身份证号见联保协议附件）

第一条 借款金额：人民币伍万元整（50,000元），用途为购买大豆种子、化肥、农药。
第二条 借款期限：自2024年4月2日至2024年12月20日。
第三条 借款利率：执行年利率6.5%，按季结息，到期一次还本。
第四条 逾期罚息：借款人未按期归还本金的，自逾期之日起在本合同约定利率基础上加收50%计收罚息。
第五条 保证：联保小组其他成员对本合同项下借款承担连带责任保证，保证期间为主债务履行期限届满之日起三年。
第六条 争议解决：向贷款人所在地人民法院起诉。

贷款人（盖章）：克山县农村信用合作联社
借款人（签字）：李春生
保证人（签字）：王福林  赵海英  陈立军  吴玉梅
签订日期：2024年4月2日
""", {"principal": "50000", "amount_delivered": "50000", "annual_rate": 0.065, "overdue_rate": 0.0975,
      "penalty_rate": None, "lender": "克山县农村信用合作联社", "lender_kind": "licensed_lender",
      "borrower": "李春生", "borrower_kind": "natural_person", "contract_date": "2024-04-02",
      "start_date": "2024-04-02", "end_date": "2024-12-20", "repayment_method": "按季付息、到期还本",
      "dispute_method": "court", "guarantee_type": "连带责任保证", "guarantee_period_months": 36},
    ["cap_not_applicable_licensed_lender"],
    notes="农村信用合作联社 = financial institution. Four 联保 guarantors: guarantor left out; all joint, 3 years.")

add("hs08_xuexiang_minsu_zhuangxiu_jietiao.txt", "utf8", """借条

今借到周桂芝大姐现金拾捌万元整（180,000元），给俺家雪乡双峰林场“雪韵人家”民宿装修用，
赶在十二月雪季开板前整利索。月息二分，按月给利息。雪季一过，2024年3月31日前本钱一把还清。
俺媳妇刘晓燕愿意担保，还不上她连带还，绝不嘎哈整啥玩意儿推脱。

借款人：高明亮  身份证号：231085********0912
连带保证人：刘晓燕  身份证号：231085********0346
出借人：周桂芝
2023年9月5日
""", {"principal": "180000", "amount_delivered": "180000", "annual_rate": 0.24, "overdue_rate": None,
      "penalty_rate": None, "lender": "周桂芝", "lender_kind": "natural_person", "borrower": "高明亮",
      "borrower_kind": "natural_person", "contract_date": "2023-09-05", "start_date": "2023-09-05",
      "end_date": "2024-03-31", "repayment_method": "按月付息、到期还本", "dispute_method": None,
      "guarantor": "刘晓燕", "guarantee_type": "连带责任保证", "guarantee_period_months": None},
    ["rate_above_4x_lpr", "no_overdue_rate_agreed", "guarantee_period_defaults_to_6_months"],
    notes="月息二分 = 24 % > 4 × 3.45 % = 13.8 % (2023-09-05). No overdue term. Joint guarantee by the wife, no period.")

add("hs09_yabuli_minsu_jiekuan_hetong.docx", "docx", [
    ("h", "借款合同"),
    ("p", "出借人（甲方）：尚志市北山建材有限公司"),
    ("p", "借款人（乙方）：尚志市雪绒花民宿服务有限公司"),
    ("p", "保证人（丙方）：韩雪梅（乙方法定代表人）"),
    ("p", "乙方为亚布力滑雪旅游度假区内民宿客房翻新及地暖改造向甲方借款，三方协商一致订立本合同。"),
    ("t", [["借款金额", "人民币陆拾万元整（¥600,000）"],
           ["借款期限", "2025年4月15日至2026年4月14日"],
           ["年利率", "12%"],
           ["还款方式", "每月15日付息，到期一次还本"],
           ["逾期责任", "乙方逾期还款的，逾期期间继续按本合同约定年利率计收利息，并另按未还本金每日万分之三支付违约金"],
           ["保证方式", "丙方承担连带责任保证，保证期间三年，自主债务履行期限届满之日起算"],
           ["管辖", "甲方所在地人民法院"]]),
    ("p", "甲方（盖章）：尚志市北山建材有限公司"),
    ("p", "乙方（盖章）：尚志市雪绒花民宿服务有限公司"),
    ("p", "丙方（签字）：韩雪梅"),
    ("p", "签订日期：二〇二五年四月十五日"),
], {"principal": "600000", "amount_delivered": "600000", "annual_rate": 0.12, "overdue_rate": 0.12,
    "penalty_rate": 0.1095, "lender": "尚志市北山建材有限公司", "lender_kind": "enterprise",
    "borrower": "尚志市雪绒花民宿服务有限公司", "borrower_kind": "enterprise", "contract_date": "2025-04-15",
    "start_date": "2025-04-15", "end_date": "2026-04-14", "repayment_method": "按月付息、到期还本",
    "dispute_method": "court", "guarantor": "韩雪梅", "guarantee_type": "连带责任保证", "guarantee_period_months": 36},
    ["overdue_charges_above_cap"],
    notes="12 % under 4 × 3.10 % = 12.4 % (2025-04-15). After default 12 % interest + 日万分之三 违约金 (10.95 %) = "
          "22.95 % > 12.4 %.")

add("hs10_baogongtou_qiantiao_gongren_kaizhi.txt", "gb18030", """欠  条

今欠到李铁军现金人民币捌万元整（80000元），系本人承包松北区利民家园三期瓦工活，
年中工程款没下来，向李铁军借钱给工人开支。此款于2021年12月31日前还清。

欠款人：王建军（包工头）
身份证号：230104********3519
电话：135****0876
2021年6月10日
""", {"principal": "80000", "amount_delivered": "80000", "annual_rate": None, "overdue_rate": None,
      "penalty_rate": None, "lender": "李铁军", "lender_kind": "natural_person", "borrower": "王建军",
      "borrower_kind": "natural_person", "contract_date": "2021-06-10", "start_date": "2021-06-10",
      "end_date": "2021-12-31", "dispute_method": None, **NO_GUARANTEE},
    ["no_interest_agreed", "no_overdue_rate_agreed", "limitation_period_expired"],
    notes="Interest not mentioned (natural persons: no interest). No overdue term. Due 2021-12-31, no payment or "
          "demand noted: period ended 2024-12-31. GB18030.")

add("hs11_guoqiao_xudai_miye.txt", "utf8", """短期借款协议（过桥资金）

甲方（出借人）：哈尔滨龙盛投资咨询有限公司
乙方（借款人）：五常市稻花香米业有限公司
丙方（担保人）：无

鉴于乙方在中国农业银行五常市支行的流动资金贷款人民币叁佰万元将于2024年11月6日到期，银行已口头同意续贷，
乙方需先行归还原贷款。经协商，甲方向乙方提供短期过桥资金，约定如下：

1. 借款金额：人民币叁佰万元整（3,000,000元），专项用于归还上述农业银行贷款。
2. 借款期限：10天，自2024年11月5日至2024年11月14日。乙方应于银行续贷资金到账当日归还本息。
3. 资金使用费：按日千分之二计算，随本金一并支付。
4. 逾期：乙方未按期归还的，自逾期之日起按日千分之五计收逾期利息，直至还清为止。
5. 乙方同意银行续贷资金发放后由甲方监管账户直接划回。
6. 本协议争议向甲方所在地人民法院起诉。

甲方（盖章）：哈尔滨龙盛投资咨询有限公司    经办人：邢志刚
乙方（盖章）：五常市稻花香米业有限公司      法定代表人：宋玉田
2024年11月5日
""", {"principal": "3000000", "amount_delivered": "3000000", "annual_rate": 0.73, "overdue_rate": 1.825,
      "penalty_rate": None, "lender": "哈尔滨龙盛投资咨询有限公司", "lender_kind": "enterprise",
      "borrower": "五常市稻花香米业有限公司", "borrower_kind": "enterprise", "contract_date": "2024-11-05",
      "start_date": "2024-11-05", "end_date": "2024-11-14", "repayment_method": "到期一次性还本付息",
      "dispute_method": "court", "guarantor": None, "guarantee_type": None, "guarantee_period_months": None},
    ["rate_above_4x_lpr", "overdue_charges_above_cap"],
    notes="日千分之二 = 0.2 %/day × 365 = 73 %; overdue 日千分之五 = 182.5 %; cap 4 × 3.10 % = 12.4 % (2024-11-05). "
          "The 农业银行 loan is the one being repaid, not the lender.")

add("hs12_xiaodai_fuwufei_zixunfei_dengebenxi.docx", "docx", [
    ("h", "个人经营性借款合同"),
    ("p", "合同编号：SBXR-2024-08-0119"),
    ("t", [["贷款人", "哈尔滨松北鑫融小额贷款有限公司"],
           ["借款人", "刘海波（身份证号230102********5514，经营哈尔滨道外区海波农资商店）"],
           ["借款金额", "人民币叁拾万元整（300,000元），一次性全额发放至借款人账户"],
           ["借款期限", "12个月，自2024年8月12日至2025年8月11日"],
           ["借款利率", "月利率1.5%"],
           ["还款方式", "等额本息，每月12日还款"],
           ["服务费", "贷后管理服务费按月收取，为借款本金的0.3%，与每期本息一并支付"],
           ["咨询费", "借款人与哈尔滨汇通财务咨询有限公司另签《咨询服务协议》，咨询费由借款人直接支付给该公司，与贷款人无关"],
           ["罚息", "逾期本金自逾期之日起按借款利率上浮50%计收罚息"],
           ["保证", "刘海涛（借款人之兄）承担连带责任保证，保证期间为主债务履行期限届满之日起三年"],
           ["争议解决", "贷款人所在地人民法院"]]),
    ("p", "还款计划表（摘要）：每期应还本息27,504.00元，共12期。"),
    ("p", "贷款人（盖章）：哈尔滨松北鑫融小额贷款有限公司"),
    ("p", "借款人（签字）：刘海波        保证人（签字）：刘海涛"),
    ("p", "签订日期：2024年8月12日"),
], {"principal": "300000", "amount_delivered": "300000", "annual_rate": 0.18, "overdue_rate": 0.27,
    "penalty_rate": None, "lender": "哈尔滨松北鑫融小额贷款有限公司", "lender_kind": "licensed_lender",
    "borrower": "刘海波", "borrower_kind": "natural_person", "contract_date": "2024-08-12",
    "start_date": "2024-08-12", "end_date": "2025-08-11", "repayment_method": "等额本息",
    "dispute_method": "court", "guarantor": "刘海涛", "guarantee_type": "连带责任保证",
    "guarantee_period_months": 36},
    ["cap_not_applicable_licensed_lender"],
    notes="小贷 at 月利率1.5 % = 18 %; fees paid with each instalment (not withheld) and the 咨询费 goes to a third party: "
          "annual_rate stays 18 %, no 砍头息. 罚息 +50 % = 27 %. Installment 27,504 = annuity of 300,000 at 1.5 %/month "
          "over 12 months.")

add("hs13_nongshang_liudong_zijin_lpr85bp.docx", "docx", [
    ("h", "流动资金借款合同"),
    ("p", "合同编号：HSJ-LD-2024-0122"),
    ("p", "贷款人：哈尔滨松花江农村商业银行股份有限公司道里支行"),
    ("p", "借款人：哈尔滨金谷米业有限公司"),
    ("t", [["借款金额", "人民币伍佰万元整（5,000,000元）"],
           ["借款用途", "采购2023年产稻谷"],
           ["借款期限", "2024年1月22日至2025年1月21日"],
           ["利率", "以合同签订日前一工作日全国银行间同业拆借中心公布的一年期贷款市场报价利率（LPR）3.45%为定价基准，"
                  "加85个基点（1BP=0.01%），即年利率4.30%，合同期内固定不变"],
           ["结息", "按月结息，结息日为每月20日，到期还本"],
           ["罚息与复利", "逾期贷款罚息利率为本合同利率上浮50%；对不能按时支付的利息，按罚息利率计收复利"],
           ["担保", "黑龙江省农垦农业融资担保有限责任公司提供连带责任保证，保证期间为主债务履行期限届满之日起三年，另签保证合同"]]),
    ("p", "第二十一条 争议解决：向贷款人所在地人民法院提起诉讼。"),
    ("p", "贷款人（盖章）：哈尔滨松花江农村商业银行股份有限公司道里支行"),
    ("p", "借款人（盖章）：哈尔滨金谷米业有限公司"),
    ("p", "签订日期：2024年1月22日"),
], {"principal": "5000000", "amount_delivered": "5000000", "annual_rate": 0.043, "overdue_rate": 0.0645,
    "penalty_rate": None, "lender": "哈尔滨松花江农村商业银行股份有限公司道里支行", "lender_kind": "licensed_lender",
    "borrower": "哈尔滨金谷米业有限公司", "borrower_kind": "enterprise", "contract_date": "2024-01-22",
    "start_date": "2024-01-22", "end_date": "2025-01-21", "repayment_method": "按月付息、到期还本",
    "dispute_method": "court", "guarantor": "黑龙江省农垦农业融资担保有限责任公司",
    "guarantee_type": "连带责任保证", "guarantee_period_months": 36},
    ["cap_not_applicable_licensed_lender"],
    notes="Bank 流贷 LPR 3.45 % + 85 BP = 4.30 %; 罚息 +50 % = 6.45 %. Bank compound interest on unpaid interest is "
          "licensed business: compound_interest_restated is a private-lending rule, no finding.")

add("hs14_cheliang_diya_jietiao_2019.txt", "gb18030", """借条

今借到马国庆人民币陆万元整（60000元），借期半年，自2019年5月20日至2019年11月19日。
月息二分五，每月20号给利息。
借款人自愿以本人名下丰田卡罗拉轿车一辆（黑A·3K***，车架号LFMA*********0215）作抵押，
已于2019年5月22日在车管所办理抵押登记，车辆由借款人继续使用。

借款人：孙志刚  身份证号：230103********2417
出借人：马国庆
2019年5月20日

还款记录：
2021年10月1日  还本金壹万元整    马国庆（签）
2024年9月15日  还本金壹万元整，余款叁万元整  马国庆（签） 孙志刚（签）
""", {"principal": "60000", "amount_delivered": "60000", "annual_rate": 0.3, "overdue_rate": None,
      "penalty_rate": None, "lender": "马国庆", "lender_kind": "natural_person", "borrower": "孙志刚",
      "borrower_kind": "natural_person", "contract_date": "2019-05-20", "start_date": "2019-05-20",
      "end_date": "2019-11-19", "repayment_method": "按月付息、到期还本", "dispute_method": None},
    ["pre_lpr_rate_rules", "no_overdue_rate_agreed"],
    notes="2019-05-20 is before the first LPR: 2015 rules, 30 % in the 24–36 % band. No overdue term. Due 2019-11-19; "
          "payments 2021-10-01 (inside, to 2024-10-01) and 2024-09-15 (inside, to 2027-09-15): not expired. Own car "
          "mortgage only, guarantor fields left out. GB18030.")

add("hs15_diandang_shougeji.txt", "utf8", """哈尔滨福源典当有限责任公司
当  票（动产典当）

当票号：FY-DC-20240603-017
当户：王海涛  身份证号：230230********0619  （克东县种植大户）
当物：约翰迪尔S660联合收割机一台（2020年购，发动机号已核），经评估作价人民币肆拾万元
当金：人民币贰拾万元整（200,000元）
典当期限：2024年6月3日至2024年9月2日，共3个月
月利率：0.5%
综合费率：月2.4%（含保管费、保险费、鉴定评估费），于赎当时与利息一并交纳，当金不预扣息费
续当：期限届满后5日内可申请续当，续当按原费率交纳利息和综合费
绝当：期限届满或续当期满后5日内未赎当亦未续当的，视为绝当，当物由典当行依法处分

典当行（盖章）：哈尔滨福源典当有限责任公司
当户（签字）：王海涛
出票日期：2024年6月3日
""", {"principal": "200000", "amount_delivered": "200000", "annual_rate": 0.06, "overdue_rate": None,
      "penalty_rate": None, "lender": "哈尔滨福源典当有限责任公司", "lender_kind": "licensed_lender",
      "borrower": "王海涛", "borrower_kind": "natural_person", "contract_date": "2024-06-03",
      "start_date": "2024-06-03", "end_date": "2024-09-02", "repayment_method": "到期一次性还本付息",
      "dispute_method": None},
    ["cap_not_applicable_licensed_lender"],
    notes="典当行: licensed, info only. 月利率0.5 % = 6 %; the 综合费 2.4 %/month is a fee, not the interest rate. "
          "Own 当物 only: guarantor fields left out.")

add("hs16_huankuan_xieyi_benxi_zhuanben.txt", "utf8", """还款协议

甲方（出借人）：陈立伟  身份证号：230103********1855
乙方（借款人）：宋春雷  身份证号：230103********0438

2022年7月1日，乙方向甲方借款人民币壹拾伍万元整（150,000元），约定月利率1%，借期一年。借款到期后乙方未能还款。
经双方对账，截至2024年6月18日，乙方尚欠甲方借款本金150,000元、利息24,000元，合计174,000元。双方达成如下协议：

一、上述本息合计174,000元自本协议签订之日起全部作为新的借款本金，乙方自2024年6月18日起按年利率12%向甲方支付利息。
二、乙方按下列计划分期还款：2024年9月30日前还款30,000元；2024年12月31日前还款40,000元；
    2025年3月31日前还款50,000元；2025年6月30日前还清剩余本金及全部利息。
三、乙方任何一期逾期的，甲方有权要求乙方一次性偿还全部剩余款项，并自逾期之日起按未还款项每日万分之八支付逾期利息。
四、本协议发生争议，向乙方住所地人民法院起诉。

甲方：陈立伟          乙方：宋春雷
2024年6月18日
""", {"annual_rate": 0.12, "overdue_rate": 0.292, "penalty_rate": None, "lender": "陈立伟",
      "lender_kind": "natural_person", "borrower": "宋春雷", "borrower_kind": "natural_person",
      "repayment_method": "分期还款", "dispute_method": "court", **NO_GUARANTEE},
    ["compound_interest_restated", "overdue_charges_above_cap"],
    notes="Unpaid interest 24,000 rolled into a new principal of 174,000 (民间借贷规定 第27条). Overdue 日万分之八 = "
          "29.2 % > 4 × LPR on either date (14.8 % on 2022-07-01, 13.8 % on 2024-06-18). Principal is both 150,000 "
          "lent and 174,000 restated: left out; contract_date, start and end left out (a later agreement).")

add("hs17_yiwudizhai_dadou.txt", "utf8", """以物抵债协议

债权人（甲方）：郑宝山  身份证号：230203********2214
债务人（乙方）：于德水  身份证号：230203********1637

一、2023年3月1日乙方向甲方借款人民币壹拾贰万元整（120,000元），约定月利率1%，2024年2月29日到期。
    截至2024年10月31日，乙方尚欠本金120,000元及利息24,000元（20个月×1,200元），合计144,000元。
二、乙方以其自产2024年新大豆30吨（国标三等，水分≤13%）抵偿上述全部债务，双方议定每吨作价4,800元，合计144,000元。
三、乙方于2024年11月15日前将大豆运至甲方指定的富裕县粮库并过磅交付，交付完成时上述借款本息全部清偿，
    双方再无其他债权债务。
四、乙方未按期交付的，本协议不生效，甲方仍按原借款关系主张权利。

甲方：郑宝山          乙方：于德水
2024年11月8日
""", {"principal": "120000", "annual_rate": 0.12, "lender": "郑宝山", "lender_kind": "natural_person",
      "borrower": "于德水", "borrower_kind": "natural_person"},
    [],
    notes="以物抵债 after maturity. The recited loan: 2023-03-01, 12 % under 4 × 3.65 % = 14.6 %. The agreement sets "
          "no overdue rate of its own and its silence says nothing about the loan: no finding. Dates, overdue, "
          "guarantee and dispute fields left out (a later agreement reciting the loan).")

add("hs18_zhaiwu_querenshu_heihe_2018.txt", "utf8", """债务确认书

债权人：黑河市瑷珲边贸物流有限公司
债务人：刘长顺  身份证号：231102********1219

债务人刘长顺于2018年9月10日向债权人借款人民币贰拾万元整（200,000元），用于从布拉戈维申斯克（海兰泡）
采购俄罗斯油菜籽，约定月息二分，借期一年，至2019年9月9日到期。

现债务人确认：截至本确认书签署之日，上述借款本金200,000元尚未归还，利息亦未支付。
债务人承诺于2021年12月31日前将本金及利息全部还清。

债权人（盖章）：黑河市瑷珲边贸物流有限公司
债务人（签字、按手印）：刘长顺
2021年3月15日
""", {"principal": "200000", "annual_rate": 0.24, "lender": "黑河市瑷珲边贸物流有限公司",
      "lender_kind": "enterprise", "borrower": "刘长顺", "borrower_kind": "natural_person", "dispute_method": None},
    ["pre_lpr_rate_rules", "limitation_period_expired"],
    notes="Recited loan 2018-09-10, before the first LPR: 月息二分 = 24 %, 2015 rules. The 2021-03-15 confirmation "
          "re-sets the due date to 2021-12-31; three years ended 2024-12-31, nothing later in the file: expired. "
          "No no_overdue_rate_agreed (main contract not in the file). contract_date, dates and overdue left out.")

add("hs19_minshi_tiaojieshu_daowai.txt", "utf8", """哈尔滨市道外区人民法院
民 事 调 解 书

（2025）黑0104民初1187号

原告：曲志国，男，1976年4月2日出生，汉族，住哈尔滨市道外区。
被告：邓丽，女，1983年11月19日出生，汉族，住哈尔滨市道外区。

案由：民间借贷纠纷

原告曲志国与被告邓丽民间借贷纠纷一案，本院于2025年2月10日立案后，依法适用简易程序进行了审理。
原告诉称：2023年5月6日被告向原告借款250,000元用于经营冷面馆，约定月息二分，到期后被告未还本付息。

本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议：
一、被告邓丽于2025年6月30日前偿还原告曲志国借款本金250,000元及利息30,000元，合计280,000元；
二、如被告未按期足额履行上述付款义务，原告有权就全部未付款项申请强制执行，并按照《中华人民共和国民事诉讼法》
    第二百六十四条的规定加倍支付迟延履行期间的债务利息；
三、案件受理费2,750元，减半收取1,375元，由被告负担。

上述协议，不违反法律规定，本院予以确认。
本调解书经双方当事人签收后，即具有法律效力。

审判员  孟凡强
二〇二五年三月二十日
书记员  姜雪
""", {"principal": "250000", "lender": "曲志国", "lender_kind": "natural_person", "borrower": "邓丽",
      "borrower_kind": "natural_person", "dispute_method": None},
    [],
    notes="A court settlement: the court has fixed the sums (30,000 interest, no rate figure), so rates, dates and "
          "guarantee fields are left out; dispute_method null (a court document). The recited 月息二分 is settled "
          "by the court, not an open term: no finding.")

add("hs20_kantouxi_jietiao_zhongzhi_dahu.txt", "utf8", """借条

今借到白玉山人民币壹拾万元整（100,000.00元），贼急用，开春买种子化肥，借期六个月，
2025年9月27日前还清。月息二分，按月给。要是到日子不还，每天罚200块。

借款人：姜大勇（依安县红星乡种植大户）  身份证号：230223********4016
出借人：白玉山
2025年3月28日

（出借人备注：头三个月利息6000元当场扣下，实际转给姜大勇94000元，农行转账。 白玉山）
""", {"principal": "100000", "amount_delivered": "94000", "annual_rate": 0.24, "lender": "白玉山",
      "lender_kind": "natural_person", "borrower": "姜大勇", "borrower_kind": "natural_person",
      "contract_date": "2025-03-28", "start_date": "2025-03-28", "end_date": "2025-09-27",
      "repayment_method": "按月付息、到期还本", "dispute_method": None, **NO_GUARANTEE},
    ["rate_above_4x_lpr", "interest_deducted_upfront", "overdue_charges_above_cap"],
    notes="月息二分 = 24 % > 4 × 3.10 % = 12.4 % (2025-03-28). The lender's own note: 6,000 of interest taken out, "
          "94,000 delivered. 200 yuan a day on 100,000 ≈ 73 %/yr: overdue_charges_above_cap; overdue_rate and "
          "penalty_rate left out (a daily sum, not a rate).")

add("hs21_weituo_daikuan_hetong.docx", "docx", [
    ("h", "委托贷款借款合同"),
    ("p", "合同编号：WT-2024-0520-HRB"),
    ("p", "委托人：哈尔滨龙腾实业集团有限公司"),
    ("p", "贷款人（受托人）：龙江银行股份有限公司哈尔滨香坊支行"),
    ("p", "借款人：哈尔滨北疆绿色食品有限公司"),
    ("p", "鉴于委托人提供资金并自行确定借款人、金额、期限及利率，委托贷款人代为发放、监督使用并协助收回贷款，"
          "贷款人不承担任何形式的贷款风险，三方订立本合同。"),
    ("p", "第一条 委托贷款金额为人民币壹仟万元整（10,000,000元），用于借款人采购有机大豆原料。"),
    ("p", "第二条 贷款期限自2024年5月20日起至2025年5月19日止。"),
    ("p", "第三条 贷款年利率为8%，按季结息，结息日为每季末月的20日，到期一次还本。"),
    ("p", "第四条 借款人未按期还款的，逾期部分自逾期之日起在本合同利率基础上加收50%计收罚息。"),
    ("p", "第五条 受托人按委托贷款金额的0.1%一次性向委托人收取手续费，借款人不承担任何费用。"),
    ("p", "第六条 本合同项下争议，向借款人所在地人民法院起诉。"),
    ("p", "委托人（盖章）：哈尔滨龙腾实业集团有限公司"),
    ("p", "贷款人（盖章）：龙江银行股份有限公司哈尔滨香坊支行"),
    ("p", "借款人（盖章）：哈尔滨北疆绿色食品有限公司"),
    ("p", "签订日期：2024年5月20日"),
], {"principal": "10000000", "amount_delivered": "10000000", "annual_rate": 0.08, "overdue_rate": 0.12,
    "penalty_rate": None, "lender": "哈尔滨龙腾实业集团有限公司", "lender_kind": "enterprise",
    "borrower": "哈尔滨北疆绿色食品有限公司", "borrower_kind": "enterprise", "contract_date": "2024-05-20",
    "start_date": "2024-05-20", "end_date": "2025-05-19", "repayment_method": "按季付息、到期还本",
    "dispute_method": "court", **NO_GUARANTEE},
    [],
    notes="委托贷款: the money and the risk are the 委托人's, the bank is only an agent, so the lender is the "
          "委托人 (an enterprise) and the loan is private lending. 8 % and overdue 12 % under 4 × 3.45 % = 13.8 % "
          "(2024-05-20): no finding; no cap_not_applicable_licensed_lender either.")

add("hs22_duizhangdan_lixi_mingxi_nongzi.docx", "docx", [
    ("h", "借款对账单及利息明细"),
    ("p", "出借人：哈尔滨丰农农资有限公司"),
    ("p", "借款人：吕国民（拜泉县种植大户，身份证号230231********2215）"),
    ("t", [["借款合同签订日", "借款本金", "约定月利率", "约定到期日", "逾期利息"],
           ["2022年3月10日", "500,000元", "1.2%", "2023年3月9日", "逾期按月1.5%计收"]]),
    ("p", "利息明细（单位：元）："),
    ("t", [["期间", "计息本金", "月利率", "应付利息", "已付利息", "未付利息"],
           ["2022-03-10至2023-03-09", "500,000", "1.2%", "72,000", "72,000", "0"],
           ["2023-03-10至2023-12-09（逾期）", "500,000", "1.5%", "67,500", "30,000", "37,500"],
           ["2023-12-10至2024-04-30（逾期）", "500,000", "1.5%", "35,250", "0", "35,250"],
           ["合计", "", "", "174,750", "102,000", "72,750"]]),
    ("p", "截至2024年4月30日，借款人尚欠本金500,000元、利息72,750元。借款人核对无误，确认上述欠款。"),
    ("p", "出借人（盖章）：哈尔滨丰农农资有限公司"),
    ("p", "借款人（签字）：吕国民        确认日期：2024年4月30日"),
], {"principal": "500000", "annual_rate": 0.144, "overdue_rate": 0.18, "lender": "哈尔滨丰农农资有限公司",
    "lender_kind": "enterprise", "borrower": "吕国民", "borrower_kind": "natural_person"},
    ["overdue_charges_above_cap"],
    notes="Recited contract 2022-03-10: 14.4 % under 4 × 3.70 % = 14.8 %; the overdue 1.5 %/month = 18 % is "
          "stated and charged in the table: above the cap. Due 2023-03-09; the borrower's signed confirmation "
          "2024-04-30 restarts the period (to 2027-04-30): no limitation finding. contract_date left out (a later "
          "confirmation). The last table row counts 4.7 months (35,250), the lender's own arithmetic, not labelled.")

add("hs23_baozheng_hetong_liandai_liangnian.txt", "utf8", """保证合同

债权人（甲方）：大庆市联丰商贸有限公司
保证人（乙方）：李国栋  身份证号：230602********3311
债务人：林甸县兴旺水稻种植专业合作社

鉴于甲方与债务人于2025年5月6日签订编号LF-JK-2025-05的《借款合同》，由甲方向债务人出借人民币捌拾万元整，
借款期限自2025年5月6日至2025年10月31日。为担保该借款合同的履行，乙方自愿提供保证，双方约定如下：

第一条 保证范围：主合同项下的借款本金、利息、逾期利息、违约金及甲方实现债权的费用。
第二条 保证方式：乙方承担连带责任保证。
第三条 保证期间：自主债务履行期限届满之日起二年。
第四条 本合同争议，由甲方所在地人民法院管辖。

甲方（盖章）：大庆市联丰商贸有限公司
乙方（签字）：李国栋
2025年5月6日
""", {"principal": "800000", "lender": "大庆市联丰商贸有限公司", "lender_kind": "enterprise",
      "borrower": "林甸县兴旺水稻种植专业合作社", "borrower_kind": "enterprise", "contract_date": "2025-05-06",
      "end_date": "2025-10-31", "dispute_method": "court", "guarantor": "李国栋",
      "guarantee_type": "连带责任保证", "guarantee_period_months": 24},
    [],
    notes="A guarantee contract: the loan's rates, overdue terms and repayment sit in the main contract (left out). "
          "Joint liability, two years: no guarantee finding. contract_date = this contract's and the main "
          "contract's shared date.")

add("hs24_jietiao_2018_nongli_xiaonian_heihe.txt", "utf8", """借条

今借到于秀芬人民币伍万元整（50000元），月息三分，借一年，丁酉年腊月二十三（小年）借，
戊戌年腊月二十三前连本带利还清。

借款人：吴铁山  黑河市爱辉区西岗子镇  身份证号：231102********0812
出借人：于秀芬
丁酉年腊月二十三

——以下为后补记录——
2020年1月20日 吴铁山还利息3000元  于秀芬记
2022年12月30日 吴铁山还本金10000元  于秀芬记
2025年11月2日 微信催要，吴铁山回复：“知道了姐，开春卖完粮就还，欠你四万本钱俺认。”（截图附后）
""", {"principal": "50000", "amount_delivered": "50000", "annual_rate": 0.36, "overdue_rate": None,
      "penalty_rate": None, "lender": "于秀芬", "lender_kind": "natural_person", "borrower": "吴铁山",
      "borrower_kind": "natural_person", "contract_date": "2018-02-08", "start_date": "2018-02-08",
      "end_date": "2019-01-28", "repayment_method": "到期一次性还本付息", "dispute_method": None, **NO_GUARANTEE},
    ["pre_lpr_rate_rules", "no_overdue_rate_agreed"],
    notes="Lunar 丁酉年腊月二十三 = 2018-02-08, 戊戌年腊月二十三 = 2019-01-28. 月息三分 = 36 %, before the first LPR: "
          "2015 rules (at the 36 % line). No overdue term. Restarts: payment 2020-01-20 (to 2023-01-20), payment "
          "2022-12-30 (to 2025-12-30), WeChat demand acknowledged 2025-11-02 (to 2028-11-02): not expired.")

add("hs25_jietiao_laotie_bujilixi.txt", "utf8", """借条

老铁张国富急用钱，今从我这借走人民币叁万元整（30000元），咱哥俩不唠利息，不要利息。
2025年6月1日前还上就行。

借款人：张国富  身份证号：230108********1510
出借人：孟庆华
2024年12月1日
""", {"principal": "30000", "amount_delivered": "30000", "annual_rate": 0, "overdue_rate": None,
      "penalty_rate": None, "lender": "孟庆华", "lender_kind": "natural_person", "borrower": "张国富",
      "borrower_kind": "natural_person", "contract_date": "2024-12-01", "start_date": "2024-12-01",
      "end_date": "2025-06-01", "dispute_method": None, **NO_GUARANTEE},
    ["no_overdue_rate_agreed"],
    notes="Explicit 不要利息 = 0; no overdue term (the lender may claim overdue interest at LPR from the due date). "
          "repayment_method left out (no interest).")

add("hs26_jiekuan_hetong_dadou_jiagong_yuelilv12.txt", "utf8", """借款合同

出借人（甲方）：哈尔滨兴盛源商贸有限公司
借款人（乙方）：北安市黑土地大豆制品有限公司
保证人（丙方）：关立新

第一条 借款金额：人民币壹佰万元整（1,000,000元）。
第二条 借款期限：2023年9月1日至2024年8月31日。
第三条 借款利率：月利率1.2%，每月末付息，到期还本。
第四条 逾期利息：乙方逾期还款的，逾期部分按本合同约定利率上浮20%计收逾期利息。
第五条 保证：丙方为乙方本合同项下债务提供一般保证，保证期间为主债务履行期限届满之日起六个月。
第六条 争议解决：因本合同产生的争议提交哈尔滨仲裁委员会仲裁。

甲方（盖章）：哈尔滨兴盛源商贸有限公司
乙方（盖章）：北安市黑土地大豆制品有限公司
丙方（签字）：关立新
签订日期：2023年9月1日
""", {"principal": "1000000", "amount_delivered": "1000000", "annual_rate": 0.144, "overdue_rate": 0.1728,
      "penalty_rate": None, "lender": "哈尔滨兴盛源商贸有限公司", "lender_kind": "enterprise",
      "borrower": "北安市黑土地大豆制品有限公司", "borrower_kind": "enterprise", "contract_date": "2023-09-01",
      "start_date": "2023-09-01", "end_date": "2024-08-31", "repayment_method": "按月付息、到期还本",
      "dispute_method": "arbitration", "guarantor": "关立新", "guarantee_type": "一般保证",
      "guarantee_period_months": 6},
    ["rate_above_4x_lpr", "overdue_charges_above_cap"],
    notes="月利率1.2 % = 14.4 % > 4 × 3.45 % = 13.8 % (LPR cut 2023-08-21, eleven days earlier; under the old "
          "3.55 % it would have been inside). Overdue +20 % = 17.28 %. Explicit 一般保证, six months: no guarantee finding.")

add("hs27_cunhuo_zhiya_daomi.docx", "docx", [
    ("h", "存货质押借款合同"),
    ("p", "编号：BJ-CH-2025-0605"),
    ("t", [["出借人", "哈尔滨北际供应链管理有限公司"],
           ["借款人", "方正县稻香源米业有限公司"],
           ["借款金额", "人民币叁佰万元整（3,000,000元）"],
           ["借款期限", "2025年6月5日至2026年6月4日"],
           ["借款年利率", "9%，每季末月21日付息，到期还本"],
           ["逾期利率", "借款人逾期还款的，逾期部分按年利率12%计收逾期利息"],
           ["质押物", "借款人存放于方正县宝兴仓储有限公司监管仓库的长粒香大米2,000吨（动态质押，最低库存价值不低于人民币肆佰万元）"],
           ["监管费", "由借款人按年0.5%直接支付给监管人宝兴仓储"],
           ["保证", "借款人法定代表人何志远承担连带保证责任，直至借款本息全部还清时为止"],
           ["争议解决", "出借人所在地人民法院"]]),
    ("p", "出借人（盖章）：哈尔滨北际供应链管理有限公司"),
    ("p", "借款人（盖章）：方正县稻香源米业有限公司"),
    ("p", "保证人（签字）：何志远"),
    ("p", "签订日期：2025年6月5日"),
], {"principal": "3000000", "amount_delivered": "3000000", "annual_rate": 0.09, "overdue_rate": 0.12,
    "penalty_rate": None, "lender": "哈尔滨北际供应链管理有限公司", "lender_kind": "enterprise",
    "borrower": "方正县稻香源米业有限公司", "borrower_kind": "enterprise", "contract_date": "2025-06-05",
    "start_date": "2025-06-05", "end_date": "2026-06-04", "repayment_method": "按季付息、到期还本",
    "dispute_method": "court", "guarantor": "何志远", "guarantee_type": "连带责任保证",
    "guarantee_period_months": None},
    ["guarantee_period_defaults_to_6_months"],
    notes="9 % under 4 × 3.00 % = 12 % (2025-06-05, inside the table's cover); overdue exactly 12 % is not above. "
          "“直至借款本息全部还清时为止” is an unclear period (担保制度解释 第32条): six months. The 监管费 goes to a "
          "third-party warehouse.")

add("hs28_jietiao_2020_shuidao_danbaoren_cuikuan.txt", "utf8", """借条

今借到曹永刚人民币贰拾万元整（200000元），用于承包查哈阳农场水田。月息一分二，半年一结利息，
2021年10月9日前还本。过期不还的，过期部分按月息二分算。
担保人：邵福军，借款人还不上由担保人负责还。

借款人：马春林  身份证号：230229********2236
担保人：邵福军  身份证号：230229********1453
出借人：曹永刚
2020年10月10日

记录：
2023年9月1日 马春林还本金伍万元，曹永刚收。
2026年8月15日 曹永刚以EMS邮寄《催款通知书》至马春林户籍地址，马春林本人签收（EMS单号11********8）。
""", {"principal": "200000", "amount_delivered": "200000", "annual_rate": 0.144, "overdue_rate": 0.24,
      "penalty_rate": None, "lender": "曹永刚", "lender_kind": "natural_person", "borrower": "马春林",
      "borrower_kind": "natural_person", "contract_date": "2020-10-10", "start_date": "2020-10-10",
      "end_date": "2021-10-09", "dispute_method": None, "guarantor": "邵福军",
      "guarantee_type": "unspecified", "guarantee_period_months": None},
    ["overdue_charges_above_cap"],
    notes="14.4 % under 4 × 3.85 % = 15.4 % (2020-10-10); overdue 月息二分 = 24 % above. Bare 担保人 in 2020: "
          "担保法, no guarantee finding. Due 2021-10-09; payment 2023-09-01 (inside, to 2026-09-01); signed demand "
          "2026-08-15 (inside, to 2029-08-15): not expired. 半年一结利息 with principal at the end is none of the "
          "usual method names: repayment_method left out.")

add("hs29_qiyejian_jiekuan_2016_nongji_muye.txt", "gb18030", """借款合同

出借人（甲方）：哈尔滨农丰农机销售有限公司
借款人（乙方）：双城市瑞祥牧业有限公司
保证人（丙方）：杜海峰

一、乙方因购置青贮饲料收获机及扩建牛舍，向甲方借款人民币叁拾万元整（300,000元）。
二、借款期限：2016年3月8日至2017年3月7日。
三、借款年利率20%，利息按季支付，本金到期一次归还。
四、乙方逾期还款的，逾期部分按年利率24%计收逾期利息。
五、丙方对乙方的上述债务承担连带责任保证。
六、本合同争议，由甲方所在地人民法院管辖。

甲方（盖章）：哈尔滨农丰农机销售有限公司
乙方（盖章）：双城市瑞祥牧业有限公司
丙方（签字）：杜海峰
2016年3月8日
""", {"principal": "300000", "amount_delivered": "300000", "annual_rate": 0.2, "overdue_rate": 0.24,
      "penalty_rate": None, "lender": "哈尔滨农丰农机销售有限公司", "lender_kind": "enterprise",
      "borrower": "双城市瑞祥牧业有限公司", "borrower_kind": "enterprise", "contract_date": "2016-03-08",
      "start_date": "2016-03-08", "end_date": "2017-03-07", "repayment_method": "按季付息、到期还本",
      "dispute_method": "court", "guarantor": "杜海峰", "guarantee_type": "连带责任保证",
      "guarantee_period_months": None},
    ["pre_lpr_rate_rules", "limitation_period_expired"],
    notes="2016 企业间 loan: 2015 rules, 20 %; overdue 24 % is the supported line, no LPR exists: no overdue finding. "
          "Guarantee of 2016 with no period: 担保法, no finding. Due 2017-03-07, nothing after it in the file: "
          "three years (民法总则 from 2017-10-01) ended 2020-03-07: expired. GB18030.")

add("hs30_jietiao_lixi_an_xinyongshe_de_lai.txt", "utf8", """借条

今借到高凤霞人民币捌万元整（80000元），家里扣大棚用。利息就按信用社的来，别整太高就行，
借一年，2025年2月19日前还清。
担保人：侯俊山（借款人他哥），愿意担保。

借款人：侯俊峰  身份证号：230125********0718
担保人：侯俊山  身份证号：230125********0334
出借人：高凤霞
2024年2月20日
""", {"principal": "80000", "amount_delivered": "80000", "overdue_rate": None, "penalty_rate": None,
      "lender": "高凤霞", "lender_kind": "natural_person", "borrower": "侯俊峰",
      "borrower_kind": "natural_person", "contract_date": "2024-02-20", "start_date": "2024-02-20",
      "end_date": "2025-02-19", "dispute_method": None, "guarantor": "侯俊山",
      "guarantee_type": "unspecified", "guarantee_period_months": None},
    ["no_interest_agreed", "no_overdue_rate_agreed", "guarantee_type_defaults_to_general",
     "guarantee_period_defaults_to_6_months"],
    notes="“按信用社的来” names no rate (which product, which day?): interest agreed unclearly; between natural persons "
          "that is no interest (民法典 第680条). annual_rate left out (unclear, not plainly none). No overdue term. "
          "Bare 担保人 in 2024: both guarantee defaults. 信用社 here is not a party.")


# ---------------------------------------------------------------------------------------------------------------
DOCX = cb.DocxMeta(author="王丽娟", fixed_time=(2026, 12, 14, 9, 0, 0), font_pt=10.5, file_mode=0o644)


def build() -> None:
    cb.write_documents(HERE, [(d["file"], d["fmt"], d["body"]) for d in DOCS], DOCX, expected=30)
    cb.write_gold(HERE / "gold.jsonl", [d["gold"] for d in DOCS])
    print(f"wrote {len(DOCS)} documents and gold.jsonl to {HERE}")


if __name__ == "__main__":
    build()
