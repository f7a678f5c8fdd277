"""Build contracts_holdout23: 30 loan/guarantee documents and gold.jsonl, typed by hand (author 24, persona 朴成浩,
a loan clerk at a made-up 长春/延边 小额贷款 company who also files for a 吉林 融资担保 company and helps a 县法院
诉前调解 room). Every text and every gold row is written out literally below; this script only writes them to disk
(TXT UTF-8, TXT GB18030, DOCX) deterministically.

Run:  /work/main/.venv/bin/python eval/datasets/contracts_holdout23/make_dataset.py
Held out: never tune on these rows.
"""
from __future__ import annotations

import io
import json
import zipfile
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

NP, ENT, LIC = "natural_person", "enterprise", "licensed_lender"
JOINT, GENERAL, UNSPEC = "连带责任保证", "一般保证", "unspecified"
M_ONCE, M_MONTH, M_QUARTER, M_EQ = "到期一次性还本付息", "按月付息、到期还本", "按季付息、到期还本", "等额本息"
AS_OF = "2025-12-10"

DOCS: list[dict] = []


def doc(name: str, fmt: str, body, gold: dict) -> None:
    DOCS.append({"name": name, "fmt": fmt, "body": body, "gold": gold})


NO_GUARANTEE = {"guarantor": None, "guarantee_type": None, "guarantee_period_months": None}

# ---------------------------------------------------------------------------------------------------------------
doc("hw01_nongan_liangku_cangdan_zhiya.txt", "utf8", """粮食仓单质押借款合同

合同编号：FH-JK-2024-017

出借人（甲方）：吉林省丰禾粮食贸易有限公司
统一社会信用代码：91220100MA0****37X
住所：长春市宽城区兰家大街1588号

借款人（乙方）：农安县宏泰粮库有限公司
统一社会信用代码：91220122MA1****K2Q
法定代表人：于长海
住所：农安县合隆镇粮库路6号

乙方为收购2024年度新季玉米（临储到期后市场化收购）需要周转资金，向甲方借款。双方经协商一致，订立本合同。

第一条 借款金额
借款金额为人民币叁佰万元整（¥3,000,000.00）。甲方于本合同签订之日将全部借款一次性转入乙方账户，不预先扣除任何费用。

第二条 借款期限
借款期限自2024年11月5日起至2025年5月4日止，共六个月。

第三条 利息
借款年利率为10%。利息按季支付，每季末月20日为付息日，本金到期一次归还。

第四条 质押
乙方以其自有的、存放于乙方库区3号、5号平房仓的玉米（三等及以上，约12,000吨）出具的标准仓单向甲方提供质押，
仓单编号HT-2024-0031至HT-2024-0036。质押期间乙方不得出库、转让，甲方有权随时派员查库、盘点。

第五条 违约责任
乙方未按期归还借款本金的，逾期利率按本合同约定借款利率上浮50%计收，直至本息还清之日止。

第六条 争议解决
因本合同发生争议，由甲方所在地人民法院管辖。

第七条 本合同自双方盖章之日起生效，一式三份。

甲方（盖章）：吉林省丰禾粮食贸易有限公司
乙方（盖章）：农安县宏泰粮库有限公司   法定代表人：于长海
签订日期：2024年11月5日
""", {
    "as_of": AS_OF,
    "fields": {"lender": "吉林省丰禾粮食贸易有限公司", "lender_kind": ENT, "borrower": "农安县宏泰粮库有限公司",
               "borrower_kind": ENT, "principal": "3000000", "amount_delivered": "3000000", "annual_rate": "0.10",
               "overdue_rate": "0.15", "penalty_rate": None, "contract_date": "2024-11-05",
               "start_date": "2024-11-05", "end_date": "2025-05-04", "repayment_method": M_QUARTER,
               "dispute_method": "court"},
    "findings": ["overdue_charges_above_cap"],
    "notes": "LPR 3.10 on 2024-11-05 → cap 12.4 %. 10 % within; overdue 10 % × 1.5 = 15 % > 12.4 %. The pledge is the "
             "borrower's own 仓单 → guarantor fields left out.",
})

doc("hw02_fusong_renshen_linquan_diya.txt", "utf8", """借款合同

出借人：金日峰，男，身份证号2224**********0517，住延吉市河南街道
借款人：崔永吉，男，身份证号2224**********3012，住安图县二道白河镇，人参种植户

崔永吉在二道白河镇参场种人参，今年要整新参床、买参籽，钱不够，跟金日峰借钱。双方唠明白了，签这个合同：

一、借款金额：人民币捌万元整（80,000.00元），金日峰今天用农行卡转给崔永吉，崔永吉收到了。
二、借款期限：2023年4月12日至2024年4月11日。
三、利息：月息1分，一年到期连本带利一起还。
四、抵押：崔永吉用自己名下的林权（林权证号：吉安林证字〔2016〕第0331号，林地约15亩，林下参）作抵押，
    抵押期间不得转让。
五、崔永吉的表哥朴明哲愿意给这笔钱做担保，在下面签字。

出借人：金日峰（签字）
借款人：崔永吉（签字、按手印）
担保人：朴明哲（签字）
2023年4月12日
""", {
    "as_of": AS_OF,
    "fields": {"lender": "金日峰", "lender_kind": NP, "borrower": "崔永吉", "borrower_kind": NP,
               "principal": "80000", "amount_delivered": "80000", "annual_rate": "0.12", "overdue_rate": None,
               "penalty_rate": None, "contract_date": "2023-04-12", "start_date": "2023-04-12",
               "end_date": "2024-04-11", "repayment_method": M_ONCE, "dispute_method": None,
               "guarantor": "朴明哲", "guarantee_type": UNSPEC, "guarantee_period_months": None},
    "findings": ["no_overdue_rate_agreed", "guarantee_type_defaults_to_general",
                 "guarantee_period_defaults_to_6_months"],
    "notes": "LPR 3.65 → cap 14.6; 12 % within. No overdue term. 朴明哲 '愿意…做担保' in 2023: no type, no period → "
             "general, six months. The 林权 is the borrower's own security (not a guarantor).",
})

doc("hw03_antu_linwa_tudi_jingyingquan.txt", "utf8", """安图县农村信用合作联社
农户土地经营权抵押借款合同

合同编号：安信农抵字2022第0406号

贷款人：安图县农村信用合作联社
借款人：金顺姬（身份证号：2224**********1624），安图县永庆乡林蛙养殖户

第一条 借款用途：林蛙养殖（购蛙种、修蛙池、围网）。
第二条 借款金额：人民币壹拾伍万元整（小写：150,000元）。
第三条 借款期限：三年，自2022年4月6日起至2025年4月5日止。
第四条 借款利率：年利率6.8%，按月结息，结息日为每月20日，到期一次还本。
第五条 抵押担保：借款人以其依法取得的土地经营权（流转合同编号YQ-LZ-2019-022，永庆乡复兴村承包地42亩，
        流转期限至2030年12月31日）设定抵押，已在安图县农业农村局办理抵押登记。
第六条 逾期罚息：借款人未按期还款的，对逾期部分自逾期之日起按本合同借款利率加收50%计收罚息。
第七条 争议解决：协商不成的，向贷款人所在地人民法院起诉。

贷款人（盖章）：安图县农村信用合作联社
借款人（签字）：金顺姬
签订日期：2022年4月6日
""", {
    "as_of": AS_OF,
    "fields": {"lender": "安图县农村信用合作联社", "lender_kind": LIC, "borrower": "金顺姬", "borrower_kind": NP,
               "principal": "150000", "amount_delivered": "150000", "annual_rate": "0.068", "overdue_rate": "0.102",
               "penalty_rate": None, "contract_date": "2022-04-06", "start_date": "2022-04-06",
               "end_date": "2025-04-05", "repayment_method": M_MONTH, "dispute_method": "court"},
    "findings": ["cap_not_applicable_licensed_lender"],
    "notes": "信用合作联社 = licensed (bank keywords). 罚息 6.8 × 1.5 = 10.2 %. Borrower's own 土地经营权 → guarantor "
             "fields left out.",
})

doc("hw04_changchun_peitao_shebei_diya.docx", "docx", [
    ("h", "借款及设备抵押合同"),
    ("p", "甲方（出借人）：长春市鼎盛投资有限公司"),
    ("p", "乙方（借款人）：长春市宏宇汽车零部件有限公司（一汽解放二级配套供应商）"),
    ("p", "丙方（保证人）：王志刚（乙方法定代表人），身份证号2201**********2231"),
    ("p", "乙方为采购冲压模具及钢材，向甲方借款，丙方自愿提供保证。三方协商一致，订立本合同，主要条款见下表："),
    ("t", [["项目", "约定"],
           ["借款金额", "人民币壹佰贰拾万元整（¥1,200,000.00）"],
           ["借款期限", "2022年3月18日至2023年3月17日"],
           ["借款利率", "年利率12%（单利）"],
           ["还款方式", "按月付息，到期一次还本"],
           ["逾期利率", "年利率18%，自逾期之日起计至实际清偿之日"],
           ["抵押物", "乙方自有冲压机床（型号JH21-250）二台、数控折弯机一台，已办理动产抵押登记"],
           ["保证方式", "丙方承担连带责任保证"],
           ["保证期间", "主债务履行期限届满之日起三年"],
           ["争议解决", "向甲方所在地人民法院起诉"]]),
    ("p", "甲方于2022年3月18日将借款全额转入乙方账户。"),
    ("p", "甲方（盖章）：长春市鼎盛投资有限公司    乙方（盖章）：长春市宏宇汽车零部件有限公司    丙方（签字）：王志刚"),
    ("p", "签订日期：2022年3月18日"),
], {
    "as_of": AS_OF,
    "fields": {"lender": "长春市鼎盛投资有限公司", "lender_kind": ENT, "borrower": "长春市宏宇汽车零部件有限公司",
               "borrower_kind": ENT, "principal": "1200000", "amount_delivered": "1200000", "annual_rate": "0.12",
               "overdue_rate": "0.18", "penalty_rate": None, "contract_date": "2022-03-18",
               "start_date": "2022-03-18", "end_date": "2023-03-17", "repayment_method": M_MONTH,
               "dispute_method": "court", "guarantor": "王志刚", "guarantee_type": JOINT,
               "guarantee_period_months": 36},
    "findings": ["overdue_charges_above_cap"],
    "notes": "LPR 3.70 on 2022-03-18 → cap 14.8. 12 % within, overdue 18 % above. Guarantee fully stated.",
})

doc("hw05_huatuo_yingshou_zhangkuan_zhiya.txt", "utf8", """应收账款质押借款合同

出借人：吉林省汇通供应链管理有限公司（以下简称甲方）
借款人：长春市华拓汽车配件有限公司（以下简称乙方）

鉴于乙方为一汽某整车厂的二级配套企业，对其上游一级供应商长春市鑫源汽车部件有限公司享有应收账款，现因原材料采购需要资金，
甲乙双方订立本合同如下：

1. 借款本金：人民币伍拾万元整（500,000元）。
2. 借款期限：自2024年3月20日至2024年9月19日。
3. 借款利率：年化利率13.5%，利随本清，到期一次性归还本金和利息。
4. 质押：乙方将其对长春市鑫源汽车部件有限公司的应收账款（发票金额合计人民币718,400元，详见附件清单）出质给甲方，
   并已在中国人民银行征信中心动产融资统一登记公示系统办理质押登记。
5. 还款来源：乙方收到的一级供应商开具的商业承兑汇票，可经甲方同意背书转让给甲方，按票面金额扣除贴现利息后抵作还款；
   贴现利息按持票当日银行贴现报价计算，由乙方承担。
6. 违约责任：乙方逾期还款的，逾期期间继续按本合同约定利率计息，并按逾期金额每日万分之五向甲方支付违约金。
7. 争议解决：提交甲方住所地有管辖权的人民法院诉讼解决。

甲方（盖章）：吉林省汇通供应链管理有限公司
乙方（盖章）：长春市华拓汽车配件有限公司
日期：2024年3月20日
""", {
    "as_of": AS_OF,
    "fields": {"lender": "吉林省汇通供应链管理有限公司", "lender_kind": ENT, "borrower": "长春市华拓汽车配件有限公司",
               "borrower_kind": ENT, "principal": "500000", "annual_rate": "0.135", "overdue_rate": "0.135",
               "penalty_rate": "0.1825", "contract_date": "2024-03-20", "start_date": "2024-03-20",
               "end_date": "2024-09-19", "repayment_method": M_ONCE, "dispute_method": "court"},
    "findings": ["overdue_charges_above_cap"],
    "notes": "LPR 3.45 on 2024-03-20 → cap 13.8. 13.5 % just within. After default 13.5 % + 日万分之五 (18.25 %) = "
             "31.75 % > 13.8. The 商票 discount is a way to pay, not a fee on the loan. amount_delivered left out "
             "(the paper does not say when or how much was paid out). 供应链管理 is not a licensed keyword → enterprise. "
             "Pledge by the borrower itself → guarantor fields left out.",
})

doc("hw06_hunchun_biaomao_shuangyu.txt", "utf8", """借款协议 LOAN AGREEMENT

出借人 Lender：李东植 LEE DONGSIK（中国公民，身份证号2224**********0035）
借款人 Borrower：珲春市图们江边贸有限公司 Hunchun Tumenjiang Border Trade Co., Ltd.
法定代表人：玄成哲

一、借款人因对俄、对朝边境小额贸易（海产品、木材）备货需要，向出借人借款人民币伍拾万元整（RMB 500,000.00）。
二、借款期限一年，自2021年6月8日起至2022年6月7日止。
三、借款年利率为百分之八，到期一次性还本付息。
四、Repayment. The Borrower shall repay the principal together with interest at eight per cent (8%) per annum in
    one lump sum on 7 June 2022. Repayment may be made in RMB or, at the Lender's option, in US Dollars (US$) at the
    selling rate of Bank of China, Yanbian Branch on the date of payment.
五、逾期还款的，逾期部分按年利率百分之十二计息。Overdue amounts bear interest at twelve per cent (12%) per annum.
六、保证人朴正浩自愿为本协议项下借款本息承担连带责任保证，保证期间为借款到期之日起二年。
七、因本协议引起的争议，提交延边仲裁委员会仲裁。Disputes shall be submitted to the Yanbian Arbitration Commission.

出借人：李东植（签字）
借款人：珲春市图们江边贸有限公司（盖章）  法定代表人：玄成哲
保证人：朴正浩（签字）
2021年6月8日

——以下为出借人手记——
2024年3月2日 图们江边贸还来人民币伍万元，玄成哲说剩下的等今年秋天俄罗斯那边货款回来再还。李东植记。
""", {
    "as_of": AS_OF,
    "fields": {"lender": "李东植", "lender_kind": NP, "borrower": "珲春市图们江边贸有限公司", "borrower_kind": ENT,
               "principal": "500000", "annual_rate": "0.08", "overdue_rate": "0.12", "penalty_rate": None,
               "contract_date": "2021-06-08", "start_date": "2021-06-08", "end_date": "2022-06-07",
               "repayment_method": M_ONCE, "dispute_method": "arbitration", "guarantor": "朴正浩",
               "guarantee_type": JOINT, "guarantee_period_months": 24},
    "findings": [],
    "notes": "LPR 3.85 → cap 15.4; 8 % and 12 % within. Due 2022-06-07 → limitation to 2025-06-07, but the noted payment "
             "2024-03-02 (before expiry) restarts it to 2027-03-02 → alive. US$ is only a repayment option. "
             "amount_delivered left out (no delivery statement).",
})

doc("hw07_wangqing_rouniu_huoti_diya.txt", "utf8", """借款抵押合同

出借人：赵德福，住汪清县大兴沟镇
借款人：韩光日，住汪清县天桥岭镇，肉牛养殖户

韩光日的牛棚开春要补栏，买西门塔尔架子牛，差点钱，找赵德福借。俩人唠了好几回，整明白了，立下这个字据：

1、借款金额人民币贰拾万元整（200,000元），2023年12月1日赵德福现金交付，韩光日当面点清收到。
2、借款期限自2023年12月1日至2024年11月30日。
3、利息：月息一分五，每三个月结一次利息，到期还本。
4、抵押：韩光日用自己养的肉牛六十头（耳标号22-0711-001至22-0711-060）作抵押，在汪清县市场监督管理局办了动产抵押登记。
   抵押期间不准卖牛，要卖得先跟赵德福打招呼，卖牛钱先还账，别磨叽。
5、到期不还的，逾期部分按月息二分算。

出借人：赵德福（签字）
借款人：韩光日（签字，按手印）
2023年12月1日
""", {
    "as_of": AS_OF,
    "fields": {"lender": "赵德福", "lender_kind": NP, "borrower": "韩光日", "borrower_kind": NP,
               "principal": "200000", "amount_delivered": "200000", "annual_rate": "0.18", "overdue_rate": "0.24",
               "penalty_rate": None, "contract_date": "2023-12-01", "start_date": "2023-12-01",
               "end_date": "2024-11-30", "repayment_method": M_QUARTER, "dispute_method": None},
    "findings": ["rate_above_4x_lpr", "overdue_charges_above_cap"],
    "notes": "LPR 3.45 on 2023-12-01 → cap 13.8. 月息一分五 = 18 % > 13.8; overdue 月息二分 = 24 % > 13.8. Cattle are the "
             "borrower's own → guarantor fields left out. '每三个月结一次利息，到期还本' = quarterly interest.",
})

doc("hw08_yanji_lengmian_jietiao.txt", "utf8", """借  条

今借到孙桂芝人民币叁万元整（¥30,000.00），用于延吉市西市场旁"春善冷面馆"装修、换冷柜。
借款时间2022年5月16日，当日收到现金。约定利息按月息八厘计算，2023年5月15日前连本带利一次还清。

借款人：李美善（签字）（红手印）
身份证号：2224**********2128
见证人：马春雷（签字） 住延吉市新兴街道
2022年5月16日
""", {
    "as_of": AS_OF,
    "fields": {"lender": "孙桂芝", "lender_kind": NP, "borrower": "李美善", "borrower_kind": NP,
               "principal": "30000", "amount_delivered": "30000", "annual_rate": "0.096", "overdue_rate": None,
               "penalty_rate": None, "contract_date": "2022-05-16", "start_date": "2022-05-16",
               "end_date": "2023-05-15", "repayment_method": M_ONCE, "dispute_method": None,
               "guarantor": None, "guarantee_type": None, "guarantee_period_months": None},
    "findings": ["no_overdue_rate_agreed"],
    "notes": "月息八厘 = 0.8 %/month = 9.6 %, within 14.8. 马春雷 is a witness, not a guarantor → guarantor null. "
             "Due 2023-05-15 → limitation to 2026-05-15, alive.",
})

doc("hw09_yanji_canguan_weixin_jiekuan.txt", "utf8", """微信聊天记录（文字整理）
整理人：朴成浩（诉前调解室协助整理，按手机截屏逐条照录，语音已转文字）
对话双方：张晓东（微信名"东子"）、全英爱（微信名"英爱烤肉"）

2024年8月10日
全英爱 14:02：东子，在不？姐这边店里倒不开了，下个月要交房租，还得整两台新的烤炉
张晓东 14:05：嘎哈呀姐，差多少
全英爱 14:06：能借我五万不？下个月十五号保证还你
张晓东 14:10：行，老铁说啥呢，马上转
张晓东 14:12：[转账] ¥50000.00
全英爱 14:13：[已收款] ¥50000.00
全英爱 14:14：那利息咋整啊
张晓东 14:15：利息的事儿先不唠，到时候再说，你先把店整起来
全英爱 14:15：贼感谢[抱拳]

2024年9月16日
张晓东 20:31：姐，昨天到日子了哈
全英爱 20:45：东子再宽限俩月，这嘎达生意贼淡
张晓东 20:46：行吧

2025年3月2日
张晓东 09:12：姐，钱啥时候能还，别磨叽了
全英爱 09:40：年前一定给你
""", {
    "as_of": AS_OF,
    "fields": {"lender": "张晓东", "lender_kind": NP, "borrower": "全英爱", "borrower_kind": NP,
               "principal": "50000", "amount_delivered": "50000", "overdue_rate": None, "penalty_rate": None,
               "contract_date": "2024-08-10", "start_date": "2024-08-10", "end_date": "2024-09-15",
               "dispute_method": None, "guarantor": None, "guarantee_type": None, "guarantee_period_months": None},
    "findings": ["no_interest_agreed", "no_overdue_rate_agreed"],
    "notes": "'利息的事儿先不唠，到时候再说' fixes no rate → no_interest_agreed (between natural persons: no interest), "
             "annual_rate left out. No overdue term. Due '下个月十五号' = 2024-09-15. Repayment method left out.",
})

doc("hw10_yanji_jiazu_qiye_hubao.docx", "docx", [
    ("h", "借款合同（附保证条款）"),
    ("p", "出借人：吉林省延边隆兴贸易有限公司"),
    ("p", "借款人：延吉市金达莱食品有限公司"),
    ("p", "保证人：延吉市金达莱冷链物流有限公司"),
    ("p", "借款人与保证人均为金氏家族控制的企业（法定代表人分别为金永哲、金永浩兄弟），两家企业此前已为对方在银行的贷款互相提供担保。"
          "现借款人为冬季辣白菜、打糕原料备货向出借人借款，保证人同意提供保证。"),
    ("t", [["条款", "内容"],
           ["借款金额", "人民币贰佰万元整（2,000,000元）"],
           ["借款期限", "2021年9月1日至2023年8月31日"],
           ["利率", "年利率10%，按季付息，到期还本"],
           ["逾期利率", "年利率15%"],
           ["保证方式", "连带责任保证"],
           ["保证范围", "借款本金、利息、逾期利息及实现债权的费用"],
           ["保证期间", "自本合同生效之日起至借款本息全部清偿时止"]]),
    ("p", "争议解决：由出借人所在地人民法院管辖。"),
    ("p", "出借人（章）：吉林省延边隆兴贸易有限公司"),
    ("p", "借款人（章）：延吉市金达莱食品有限公司    保证人（章）：延吉市金达莱冷链物流有限公司"),
    ("p", "2021年9月1日"),
], {
    "as_of": AS_OF,
    "fields": {"lender": "吉林省延边隆兴贸易有限公司", "lender_kind": ENT, "borrower": "延吉市金达莱食品有限公司",
               "borrower_kind": ENT, "principal": "2000000", "annual_rate": "0.10", "overdue_rate": "0.15",
               "penalty_rate": None, "contract_date": "2021-09-01", "start_date": "2021-09-01",
               "end_date": "2023-08-31", "repayment_method": M_QUARTER, "dispute_method": "court",
               "guarantor": "延吉市金达莱冷链物流有限公司", "guarantee_type": JOINT, "guarantee_period_months": None},
    "findings": ["guarantee_period_defaults_to_6_months"],
    "notes": "LPR 3.85 → cap 15.4; 10 % and 15 % within. Joint guarantee given 2021-09-01 with '至借款本息全部清偿时止' "
             "→ 担保制度解释 第32条: six months. amount_delivered left out (no delivery statement).",
})

doc("hw11_changchun_guoqiao_xudai.txt", "utf8", """过桥借款协议

出借人（甲方）：刘春生，身份证号2201**********1815
借款人（乙方）：长春市恒达粮油贸易有限公司，法定代表人吴建军
保证人（丙方）：吴建军

乙方在中国农业银行股份有限公司长春某支行的流动资金贷款人民币捌拾万元将于2025年1月9日到期，银行同意续贷，
但须乙方先还旧贷。为此乙方向甲方借款用于归还上述银行贷款（过桥），银行续贷放款后立即归还甲方。

一、借款金额：人民币捌拾万元整（800,000元），甲方于2025年1月8日转入乙方在上述银行开立的还款账户。
二、借款期限：2025年1月8日至2025年1月17日。
三、资金占用费：按日千分之一计算，随本金一并结清。
四、乙方未按期归还的，自逾期之日起按日千分之二计收逾期利息。
五、丙方对乙方上述全部债务承担连带责任保证。
六、发生争议，向甲方住所地人民法院起诉。

甲方：刘春生    乙方：长春市恒达粮油贸易有限公司（公章）    丙方：吴建军
2025年1月8日
""", {
    "as_of": AS_OF,
    "fields": {"lender": "刘春生", "lender_kind": NP, "borrower": "长春市恒达粮油贸易有限公司", "borrower_kind": ENT,
               "principal": "800000", "amount_delivered": "800000", "annual_rate": "0.365", "overdue_rate": "0.73",
               "penalty_rate": None, "contract_date": "2025-01-08", "start_date": "2025-01-08",
               "end_date": "2025-01-17", "repayment_method": M_ONCE, "dispute_method": "court",
               "guarantor": "吴建军", "guarantee_type": JOINT, "guarantee_period_months": None},
    "findings": ["rate_above_4x_lpr", "overdue_charges_above_cap", "guarantee_period_defaults_to_6_months"],
    "notes": "LPR 3.10 on 2025-01-08 → cap 12.4. 资金占用费 日千分之一 = 36.5 % (it is the loan's interest); overdue 日千分之二 "
             "= 73 %. The bank is only the bridged loan's bank. Joint guarantee without period → six months.",
})

doc("hw12_jixiang_xiaodai_fuwufei_huiyuanfei.docx", "docx", [
    ("h", "个人借款合同"),
    ("p", "合同编号：JX-XD-2024-0520-08"),
    ("p", "贷款人：长春市吉祥小额贷款有限公司"),
    ("p", "借款人：马玉柱（身份证号2201**********5413），住长春市绿园区西新镇"),
    ("p", "借款人申请借款用于经营出租车（个人承包），经贷款人审核同意发放贷款。借款人已阅读并理解下列各项收费。"),
    ("t", [["项目", "约定"],
           ["借款金额", "人民币壹拾万元整（100,000.00元）"],
           ["借款期限", "12个月，自2024年5月20日至2025年5月19日"],
           ["借款利率", "月利率2%"],
           ["还款方式", "等额本息，每月20日还款"],
           ["服务费", "借款本金的3%，于放款后3日内由借款人另行支付"],
           ["咨询费", "每月按借款本金的0.5%收取，随每期还款一并支付"],
           ["会员费", "888元/年，办理本公司'吉祥会员'后可享受提前还款手续费减免"],
           ["逾期罚息", "逾期本息按日万分之八计收罚息"]]),
    ("t", [["放款信息", ""],
           ["放款日期", "2024年5月20日"],
           ["放款金额", "100,000.00元（全额放款，不从本金中扣除任何费用）"]]),
    ("p", "争议解决：因本合同发生的争议，由贷款人所在地人民法院管辖。"),
    ("p", "贷款人（盖章）：长春市吉祥小额贷款有限公司    借款人（签字）：马玉柱"),
    ("p", "签订日期：2024年5月20日"),
], {
    "as_of": AS_OF,
    "fields": {"lender": "长春市吉祥小额贷款有限公司", "lender_kind": LIC, "borrower": "马玉柱", "borrower_kind": NP,
               "principal": "100000", "amount_delivered": "100000", "annual_rate": "0.24", "overdue_rate": "0.292",
               "penalty_rate": None, "contract_date": "2024-05-20", "start_date": "2024-05-20",
               "end_date": "2025-05-19", "repayment_method": M_EQ, "dispute_method": "court",
               "guarantor": None, "guarantee_type": None, "guarantee_period_months": None},
    "findings": ["cap_not_applicable_licensed_lender"],
    "notes": "小贷 → licensed; private-lending caps do not apply (fees 服务费/咨询费/会员费 not folded into annual_rate). "
             "The 服务费 is paid separately after full disbursement → not withheld. 罚息 日万分之八 = 29.2 %.",
})

doc("hw13_changchun_nongshang_liudong_lpr.docx", "docx", [
    ("h", "流动资金借款合同"),
    ("p", "合同编号：长农商绿园流借2023第0705号"),
    ("p", "贷款人：长春农村商业银行股份有限公司绿园支行"),
    ("p", "借款人：长春市精锐汽车配件制造有限公司"),
    ("p", "保证人：吉林省鑫盛融资担保有限公司"),
    ("p", "借款人为一汽配套零部件（制动钳支架）生产采购原材料申请流动资金贷款，贷款人经审查同意发放。"),
    ("t", [["要素", "约定内容"],
           ["借款金额", "人民币伍佰万元整"],
           ["借款期限", "12个月，自2023年7月5日至2024年7月4日"],
           ["利率", "浮动利率，以贷款发放日前一个工作日全国银行间同业拆借中心公布的一年期LPR（3.55%）加95个基点确定，即年利率4.50%；合同期内不调整"],
           ["结息与还款", "按月结息，结息日为每月20日；到期一次还本"],
           ["逾期罚息", "在本合同约定利率基础上加收50%"],
           ["复利", "对不能按时支付的利息，按罚息利率计收复利"],
           ["保证", "吉林省鑫盛融资担保有限公司承担连带责任保证，保证期间为主债务履行期限届满之日起三年"],
           ["争议解决", "向贷款人所在地人民法院起诉"]]),
    ("p", "贷款人（公章）：长春农村商业银行股份有限公司绿园支行"),
    ("p", "借款人（公章）：长春市精锐汽车配件制造有限公司    保证人（公章）：吉林省鑫盛融资担保有限公司"),
    ("p", "签订日期：2023年7月5日"),
], {
    "as_of": AS_OF,
    "fields": {"lender": "长春农村商业银行股份有限公司绿园支行", "lender_kind": LIC,
               "borrower": "长春市精锐汽车配件制造有限公司", "borrower_kind": ENT, "principal": "5000000",
               "annual_rate": "0.045", "overdue_rate": "0.0675", "penalty_rate": None, "contract_date": "2023-07-05",
               "start_date": "2023-07-05", "end_date": "2024-07-04", "repayment_method": M_MONTH,
               "dispute_method": "court", "guarantor": "吉林省鑫盛融资担保有限公司", "guarantee_type": JOINT,
               "guarantee_period_months": 36},
    "findings": ["cap_not_applicable_licensed_lender"],
    "notes": "Bank: LPR 3.55 + 95 bp = 4.50 %; 罚息 × 1.5 = 6.75 %. 复利 on a bank loan → no compound finding "
             "(private-lending rule). amount_delivered left out.",
})

doc("hw14_gongzhuling_cheliang_diya.txt", "utf8", """车辆抵押借款合同

出借人：高立新，身份证号2203**********4419
借款人：周海涛，身份证号2203**********0056

周海涛因跑长途货运（长春—沈阳线）急需资金，向高立新借款，双方约定如下：

一、借款金额：人民币陆万元整（60,000元）。高立新于签约当日转账至周海涛中国建设银行卡。
二、借款期限：2020年11月2日至2021年11月1日，到期一次还本付息。
三、利息：月息1.2分。
四、抵押：周海涛以其名下重型半挂牵引车一辆（车牌号吉C·5K7X2）作抵押，并在车管所办理抵押登记。
五、违约：到期未还的，逾期期间利息照常按月息1.2分计算，另每日按借款本金的千分之一支付违约金。

出借人：高立新    借款人：周海涛
2020年11月2日

附：催收记录（高立新手写）
2024年9月18日 给周海涛发短信催还本息，周海涛回短信："知道了，年底前整利索。"  短信截图已打印附后。
""", {
    "as_of": AS_OF,
    "fields": {"lender": "高立新", "lender_kind": NP, "borrower": "周海涛", "borrower_kind": NP,
               "principal": "60000", "amount_delivered": "60000", "annual_rate": "0.144", "overdue_rate": "0.144",
               "penalty_rate": "0.365", "contract_date": "2020-11-02", "start_date": "2020-11-02",
               "end_date": "2021-11-01", "repayment_method": M_ONCE, "dispute_method": None},
    "findings": ["overdue_charges_above_cap"],
    "notes": "2020-11-02 is after 2020-08-20 → LPR 3.85 cap 15.4. 14.4 % within; overdue 14.4 % + 违约金 36.5 % = "
             "50.9 % > 15.4. Limitation: due 2021-11-01 → 2024-11-01; the demand 2024-09-18 (and the debtor's reply) came "
             "before → restarts to 2027-09-18, alive. Own vehicle → guarantor fields left out.",
})

doc("hw15_hengchang_diandang.docx", "docx", [
    ("h", "当  票 / 典当合同"),
    ("p", "典当行：长春市恒昌典当有限责任公司（典当经营许可证编号：22010****）"),
    ("p", "当户：徐丽华，身份证号2201**********3320"),
    ("t", [["当物名称", "足金手镯二只、足金项链一条（共计68.5克），经鉴定为足金"],
           ["估价金额", "人民币陆万捌仟元"],
           ["当金", "人民币伍万元整（50,000元）"],
           ["典当期限", "2025年3月12日至2025年9月11日（六个月）"],
           ["月利率", "0.5%"],
           ["月综合费率", "2.5%"],
           ["利息及综合费支付", "按月支付，每月12日前交纳，不从当金中扣除"],
           ["实付当金", "50,000元"]]),
    ("p", "典当期限届满后五日内当户既不赎当也不续当的，为绝当，典当行按《典当管理办法》处理当物。"),
    ("p", "因本合同发生的争议，由典当行所在地人民法院管辖。"),
    ("p", "典当行（章）：长春市恒昌典当有限责任公司    当户（签字）：徐丽华"),
    ("p", "2025年3月12日"),
], {
    "as_of": AS_OF,
    "fields": {"lender": "长春市恒昌典当有限责任公司", "lender_kind": LIC, "borrower": "徐丽华", "borrower_kind": NP,
               "principal": "50000", "amount_delivered": "50000", "annual_rate": "0.06", "overdue_rate": None,
               "penalty_rate": None, "contract_date": "2025-03-12", "start_date": "2025-03-12",
               "end_date": "2025-09-11", "repayment_method": M_MONTH, "dispute_method": "court"},
    "findings": ["cap_not_applicable_licensed_lender"],
    "notes": "典当 → licensed. annual_rate = 月利率 0.5 % only (综合费 not folded). Nothing withheld → no "
             "interest_deducted_upfront. No overdue term (绝当 instead) → null; no no_overdue finding for a licensed "
             "lender. 当物 is the borrower's own → guarantor fields left out.",
})

doc("hw16_fengdeng_rongzi_zulin_shougeji.docx", "docx", [
    ("h", "融资租赁合同（回租）"),
    ("p", "出租人：吉林省丰登融资租赁有限公司"),
    ("p", "承租人：梨树县金穗农机专业合作社"),
    ("p", "保证人：张宝山（合作社理事长）"),
    ("p", "承租人将其所有的约翰迪尔谷物联合收割机二台、玉米籽粒收获机一台出售给出租人并租回使用。"),
    ("t", [["项目", "约定"],
           ["租赁物购买价款", "人民币陆拾万元（600,000元）"],
           ["首付款/保证金", "120,000元（自购买价款中抵扣）"],
           ["融资本金", "人民币肆拾捌万元整（480,000元）"],
           ["租赁期限", "2024年4月10日至2027年4月9日，共36个月"],
           ["租赁年利率", "6.5%"],
           ["租金支付", "按月等额本息支付，每月10日为租金支付日"],
           ["逾期", "逾期租金按日万分之五计收罚息"],
           ["保证", "保证人承担连带责任保证，保证期间为主债务履行期限届满之日起两年"]]),
    ("p", "租赁期满，承租人付清全部租金后，以名义价款100元留购租赁物。"),
    ("p", "争议解决：向出租人所在地人民法院起诉。"),
    ("p", "出租人（章）：吉林省丰登融资租赁有限公司    承租人（章）：梨树县金穗农机专业合作社    保证人：张宝山"),
    ("p", "签订日期：2024年4月10日"),
], {
    "as_of": AS_OF,
    "fields": {"lender": "吉林省丰登融资租赁有限公司", "lender_kind": LIC, "borrower": "梨树县金穗农机专业合作社",
               "borrower_kind": ENT, "principal": "480000", "annual_rate": "0.065", "overdue_rate": "0.1825",
               "penalty_rate": None, "contract_date": "2024-04-10", "start_date": "2024-04-10",
               "end_date": "2027-04-09", "repayment_method": M_EQ, "dispute_method": "court",
               "guarantor": "张宝山", "guarantee_type": JOINT, "guarantee_period_months": 24},
    "findings": ["cap_not_applicable_licensed_lender"],
    "notes": "融资租赁 → licensed (local). Principal = 融资本金 480,000 (600,000 price − 120,000 down payment). "
             "罚息 日万分之五 = 18.25 %. amount_delivered left out.",
})

doc("hw17_delong_huankuan_xieyi.txt", "utf8", """还款协议

甲方（出借人）：王丽娟，身份证号2201**********2044
乙方（借款人）：长春市德隆汽车配件加工厂，负责人刘德龙
丙方（保证人）：李宝库，身份证号2201**********7715

鉴于：乙方于2022年10月10日向甲方借款人民币肆拾万元整，约定月息1分，借期一年，至2023年10月9日到期。
到期后乙方因一汽配套订单回款延迟未能还款，截至2024年5月31日尚欠本金400,000元、利息36,000元。三方经协商达成如下协议：

一、上述欠息36,000元计入本金，乙方自2024年6月1日起以436,000元为本金向甲方计付利息，利率仍为月息1分。
二、乙方于2025年5月31日前一次性归还本金436,000元及相应利息。
三、乙方到期仍未归还的，自逾期之日起按月息2分计算逾期利息。
四、丙方自愿为乙方上述债务提供保证，保证期间为乙方还款期限届满之日起二年。
五、因本协议发生争议，由甲方所在地人民法院管辖。

甲方：王丽娟    乙方：长春市德隆汽车配件加工厂（章） 刘德龙    丙方：李宝库
2024年6月1日
""", {
    "as_of": AS_OF,
    "fields": {"lender": "王丽娟", "lender_kind": NP, "borrower": "长春市德隆汽车配件加工厂", "borrower_kind": ENT,
               "annual_rate": "0.12", "overdue_rate": "0.24", "penalty_rate": None, "dispute_method": "court",
               "guarantor": "李宝库", "guarantee_type": UNSPEC, "guarantee_period_months": 24},
    "findings": ["compound_interest_restated", "overdue_charges_above_cap", "guarantee_type_defaults_to_general"],
    "notes": "Two principals (400,000 / 436,000) and two dates → principal, dates left out; repayment left out. "
             "36,000 interest rolled into principal → compound warning (earlier 12 % within 14.6). Overdue 24 % > cap at "
             "both the loan date (14.6) and the agreement date (13.8). 李宝库's guarantee 2024: no type → general; "
             "two-year period stated.",
})

doc("hw18_nongan_yiwu_dizhai.txt", "utf8", """以物抵债协议

债权人（甲方）：姜永山，住农安县青山口乡
债务人（乙方）：刘玉山，住农安县青山口乡，玉米种植大户

一、债务确认：2021年3月15日，乙方向甲方借款人民币贰拾万元整（200,000元），约定月息一分八，借期一年。乙方至今未还本金，
    尚欠利息60,000元，本息合计260,000元。
二、抵债方式：乙方以下列财产抵偿上述全部债务：
    1．东方红LX904拖拉机一台（2019年购置），双方作价人民币捌万元；
    2．2024年产三等玉米一百吨，按每吨人民币壹仟捌佰元作价，计人民币壹拾捌万元。
    上述财产作价合计人民币贰拾陆万元整。
三、乙方应于2024年11月30日前将上述拖拉机及玉米交付甲方（玉米运至甲方指定的粮库过磅），交付完毕后双方债权债务全部结清。
四、乙方未按期交付的，甲方有权要求乙方按原借款约定归还本息。
五、因本协议发生争议，协商不成的，向农安县人民法院起诉。

甲方：姜永山（签字）    乙方：刘玉山（签字，按手印）
见证人：青山口乡调解委员会 于桂香
2024年11月20日
""", {
    "as_of": AS_OF,
    "fields": {"lender": "姜永山", "lender_kind": NP, "borrower": "刘玉山", "borrower_kind": NP,
               "principal": "200000", "annual_rate": "0.216", "contract_date": "2024-11-20",
               "dispute_method": "court", "guarantor": None, "guarantee_type": None, "guarantee_period_months": None},
    "findings": ["rate_above_4x_lpr"],
    "notes": "以物抵债: contract_date = its own signing 2024-11-20; the recited loan (2021-03-15, LPR 3.85 → cap 15.4) "
             "judges the rate: 月息一分八 = 21.6 % > 15.4. No overdue terms restated (recital) → overdue/penalty left out. "
             "Start/end left out (the loan's one-year term is not dated to a day). 于桂香 is a witness.",
})

doc("hw19_helong_zhaiwu_querenshu_2017.txt", "gb18030", """债务确认书

本人朴永男（身份证号2224**********1231），于2017年4月1日向崔春花借款人民币壹拾万元整（100,000元），当时约定月息二分，
2017年12月31日前还清。因本人做木耳生意赔了，到期没能还上。

经与崔春花核对，截至2020年6月15日，本人尚欠崔春花借款本金壹拾万元整及利息。本人确认上述债务真实，
保证于2021年12月31日前全部还清本金和利息。

确认人（借款人）：朴永男（签字，按手印）
债权人：崔春花（签字）
2020年6月15日 于和龙市
""", {
    "as_of": AS_OF,
    "fields": {"lender": "崔春花", "lender_kind": NP, "borrower": "朴永男", "borrower_kind": NP,
               "principal": "100000", "annual_rate": "0.24", "dispute_method": None,
               "guarantor": None, "guarantee_type": None, "guarantee_period_months": None},
    "findings": ["pre_lpr_rate_rules", "limitation_period_expired"],
    "notes": "Loan 2017-04-01 (pre-LPR): 月息二分 = 24 %, the supported line → pre_lpr_rate_rules. Two dates (loan, "
             "confirmation) → contract_date, end_date left out; overdue left out (recital). The confirmation 2020-06-15 "
             "(before the 2020-12-31 expiry) sets a new date 2021-12-31 → limitation to 2024-12-31; nothing since → "
             "expired at 2025-12-10.",
})

doc("hw20_nongan_fayuan_tiaojieshu.txt", "utf8", """吉林省农安县人民法院
民 事 调 解 书

（2024）吉0122民初3187号

原告：邢国庆，男，1971年2月9日出生，汉族，住农安县农安镇。
被告：农安县兴旺粮食收购有限公司，住所地农安县巴吉垒镇。
法定代表人：王建华，该公司经理。
被告：王建华，男，1978年11月3日出生，汉族，住农安县巴吉垒镇。

原告邢国庆与被告农安县兴旺粮食收购有限公司、王建华民间借贷纠纷一案，本院于2024年8月26日立案（经本院诉前调解室先行调解）。
原告诉称：2023年2月10日，被告农安县兴旺粮食收购有限公司因收购玉米向原告借款300,000元，约定年利率13.2%，借期一年；
被告王建华提供连带责任保证。借款到期后被告仅归还本金40,000元，余款未还。

本案审理过程中，经本院主持调解，当事人自愿达成如下协议：
一、被告农安县兴旺粮食收购有限公司于2024年12月31日前偿还原告借款本金260,000元及利息30,000元，共计290,000元；
二、被告王建华对上述第一项债务承担连带清偿责任；
三、如被告未按期足额履行上述给付义务，原告有权就全部未付款项申请强制执行；
四、案件受理费2,825元，减半收取1,412.5元，由被告农安县兴旺粮食收购有限公司负担。

上述协议，不违反法律规定，本院予以确认。
本调解书经各方当事人签收后，即具有法律效力。

审判员  李秀梅
二〇二四年十月十五日
书记员  赵丹
""", {
    "as_of": AS_OF,
    "fields": {"lender": "邢国庆", "lender_kind": NP, "borrower": "农安县兴旺粮食收购有限公司", "borrower_kind": ENT,
               "annual_rate": "0.132"},
    "findings": [],
    "notes": "Court 调解书: the sums are fixed by the court; recited rate 13.2 % is within the loan-date cap anyway (LPR 3.65 "
             "on 2023-02-10 → 14.6). Two principals (300,000 / 260,000) and several dates → left out; guarantee recited "
             "(court paper) → guarantor fields left out; no guarantee or overdue findings.",
})

doc("hw21_jiutai_weituo_daikuan.txt", "utf8", """委托贷款借款合同

合同编号：九台农商委贷字2021第1115号

委托人：吉林省聚丰农业投资有限公司
受托人（贷款人）：吉林九台农村商业银行股份有限公司
借款人：长春市九台区金谷粮食仓储有限公司

委托人委托受托人向借款人发放委托贷款，贷款资金由委托人提供，受托人根据委托人确定的借款人、用途、金额、期限、利率等代为发放、
监督使用并协助收回，不承担任何形式的贷款风险。

第一条 贷款金额：人民币壹仟万元整（10,000,000元）。
第二条 贷款用途：借款人收购2021年度玉米、烘干仓储。
第三条 贷款期限：二年，自2021年11月15日至2023年11月14日。
第四条 贷款利率：年利率8%，按季结息，结息日为每季末月的20日，到期还本。
第五条 罚息：借款人逾期还款的，就逾期部分按本合同利率加收30%计收罚息。
第六条 受托人收取的委托贷款手续费由委托人另行支付，与借款人无关。
第七条 争议解决：向委托人所在地人民法院提起诉讼。

委托人（章）：吉林省聚丰农业投资有限公司
受托人（章）：吉林九台农村商业银行股份有限公司
借款人（章）：长春市九台区金谷粮食仓储有限公司
2021年11月15日
""", {
    "as_of": AS_OF,
    "fields": {"lender": "吉林省聚丰农业投资有限公司", "lender_kind": ENT, "borrower": "长春市九台区金谷粮食仓储有限公司",
               "borrower_kind": ENT, "principal": "10000000", "annual_rate": "0.08", "overdue_rate": "0.104",
               "penalty_rate": None, "contract_date": "2021-11-15", "start_date": "2021-11-15",
               "end_date": "2023-11-14", "repayment_method": M_QUARTER, "dispute_method": "court",
               "guarantor": None, "guarantee_type": None, "guarantee_period_months": None},
    "findings": [],
    "notes": "委托贷款: the bank is a 受托人 bearing no risk; the money and the claim are the 委托人's → lender = 聚丰 "
             "(enterprise), no licensed-lender info. LPR 3.85 → cap 15.4; 8 % and 10.4 % within. 投资 is not a licensed "
             "keyword. amount_delivered left out.",
})

doc("hw22_longjing_jietiao_2015.txt", "gb18030", """借  条

今借到金成万人民币叁万元整（￥30000.00元），年利息百分之三十，借期一年，
自2015年3月8日至2016年3月7日，到期一次还清本息。如逾期不还，按月息三分计算。

借款人：朴大勇（签字）（手印）
身份证号：2224**********0819
住址：龙井市东盛涌镇
2015年3月8日
""", {
    "as_of": AS_OF,
    "fields": {"lender": "金成万", "lender_kind": NP, "borrower": "朴大勇", "borrower_kind": NP,
               "principal": "30000", "annual_rate": "0.30", "overdue_rate": "0.36", "penalty_rate": None,
               "contract_date": "2015-03-08", "start_date": "2015-03-08", "end_date": "2016-03-07",
               "repayment_method": M_ONCE, "dispute_method": None,
               "guarantor": None, "guarantee_type": None, "guarantee_period_months": None},
    "findings": ["pre_lpr_rate_rules", "limitation_period_expired"],
    "notes": "2015 (pre-LPR): 30 % lies in the 24–36 % band → pre_lpr_rate_rules. Overdue 36 %. Due 2016-03-07 and "
             "nothing since → time-barred long before 2025-12-10 (2 years under 民法通则 to 2018-03-07, extended to "
             "three → 2019-03-07 under 民法总则; either way expired). amount_delivered left out (no separate delivery "
             "statement).",
})

doc("hw23_hengtai_duizhangdan.docx", "docx", [
    ("h", "借款对账确认函"),
    ("p", "致：长春市光辉机械加工厂"),
    ("p", "贵厂于2023年1月5日向我公司借款人民币陆拾万元整（600,000元），约定月利率1.5%，借款期限一年（至2024年1月4日），"
          "按月付息、到期还本。为核对账目，现将截至2025年4月30日的往来明细列示如下，请贵厂核对后盖章确认。"),
    ("t", [["日期", "摘要", "借方（元）", "贷方（元）", "余额（元）"],
           ["2023-01-05", "出借本金", "600,000.00", "", "600,000.00"],
           ["2023-02-05至2023-12-05", "收到利息（11期×9,000元）", "", "99,000.00", "—"],
           ["2024-01-04", "本金到期未还", "", "", "600,000.00"],
           ["2024-06-28", "归还本金", "", "150,000.00", "450,000.00"],
           ["2025-03-31", "归还本金", "", "100,000.00", "350,000.00"],
           ["2025-04-30", "截至本日尚欠本金", "", "", "350,000.00"]]),
    ("p", "出具方：吉林省恒泰汽车零部件有限公司（财务专用章）    2025年4月30日"),
    ("p", "经核对，上述数据无误。"),
    ("p", "确认方：长春市光辉机械加工厂（公章）    负责人：孟广辉    2025年5月8日"),
], {
    "as_of": AS_OF,
    "fields": {"lender": "吉林省恒泰汽车零部件有限公司", "lender_kind": ENT, "borrower": "长春市光辉机械加工厂",
               "borrower_kind": ENT, "principal": "600000", "annual_rate": "0.18", "contract_date": "2023-01-05",
               "start_date": "2023-01-05", "end_date": "2024-01-04", "repayment_method": M_MONTH},
    "findings": ["rate_above_4x_lpr"],
    "notes": "对账确认函: contract_date = the recited loan's 2023-01-05 (document_date is the letter's). LPR 3.65 → cap 14.6; "
             "月利率1.5 % = 18 % > 14.6. Overdue terms not restated (recital) → left out; dispute and guarantee left out.",
})

doc("hw24_changchun_kantouxi_jietiao.txt", "utf8", """借  条

今借到曲志强人民币壹拾万元整（100,000元），月息贰分，借期半年，2025年6月2日到期一次还本付息。
借款当日，出借人从借款中先扣除第一个月利息贰仟元及手续费叁仟元，实际转账到我卡上玖万伍仟元整（95,000元）。

借款人：尹春梅（签字）（按手印）
身份证号：2201**********6627
2024年12月3日

（备注：尹春梅说家里老人住院贼急，当天就得用钱，所以同意先扣。——曲志强）
""", {
    "as_of": AS_OF,
    "fields": {"lender": "曲志强", "lender_kind": NP, "borrower": "尹春梅", "borrower_kind": NP,
               "principal": "100000", "amount_delivered": "95000", "annual_rate": "0.24", "overdue_rate": None,
               "penalty_rate": None, "contract_date": "2024-12-03", "start_date": "2024-12-03",
               "end_date": "2025-06-02", "repayment_method": M_ONCE, "dispute_method": None,
               "guarantor": None, "guarantee_type": None, "guarantee_period_months": None},
    "findings": ["rate_above_4x_lpr", "interest_deducted_upfront", "no_overdue_rate_agreed"],
    "notes": "LPR 3.10 on 2024-12-03 → cap 12.4; 月息贰分 = 24 % > 12.4. 2,000 interest + 3,000 手续费 withheld → delivered "
             "95,000 (as holdout16/18/20 treated a withheld fee). No overdue term.",
})

doc("hw25_shunfa_wuliu_fuli_faxi.txt", "utf8", """借款合同

出借人：长春市顺发物流有限公司（甲方）
借款人：董海波（乙方），身份证号2201**********3918
保证人：孙立（丙方），身份证号2201**********2275

乙方系甲方车队的挂靠车主，因购买新车头向甲方借款。经三方协商，订立本合同：

第一条 借款金额：人民币壹拾伍万元整（150,000元），甲方于2022年9月1日一次性转入乙方账户。
第二条 借款期限：2022年9月1日至2023年8月31日。
第三条 利率：年利率12%，按月付息，每月1日付息，到期还本。
第四条 逾期罚息：乙方未按期归还本金的，按借款利率加收50%计收罚息；乙方未按期支付的利息，按本合同利率计收复利。
第五条 丙方承担一般保证责任，保证期间为主债务履行期限届满之日起一年。
第六条 争议解决：向甲方住所地人民法院起诉。

甲方（盖章）：长春市顺发物流有限公司    乙方：董海波    丙方：孙立
2022年9月1日
""", {
    "as_of": AS_OF,
    "fields": {"lender": "长春市顺发物流有限公司", "lender_kind": ENT, "borrower": "董海波", "borrower_kind": NP,
               "principal": "150000", "amount_delivered": "150000", "annual_rate": "0.12", "overdue_rate": "0.18",
               "penalty_rate": None, "contract_date": "2022-09-01", "start_date": "2022-09-01",
               "end_date": "2023-08-31", "repayment_method": M_MONTH, "dispute_method": "court",
               "guarantor": "孙立", "guarantee_type": GENERAL, "guarantee_period_months": 12},
    "findings": ["compound_interest_restated", "overdue_charges_above_cap"],
    "notes": "2022-09-01: LPR 3.65 (from 2022-08-22) → cap 14.6. 12 % within; 罚息 × 1.5 = 18 % > 14.6. 复利 on unpaid "
             "interest → compound warning. 一般保证, one year, stated → no guarantee finding.",
})

doc("hw26_fusong_renshen_2018.txt", "gb18030", """借  据

借款人金光日因抚松县万良镇人参收购（园参、林下参）资金周转，向韩基洙借款人民币伍万元整（50,000元），
月息一分五，2018年9月10日借款，2019年9月9日到期，连本带利一次还清。逾期不还的，按月息二分计算。
担保人李正国愿意担保。

借款人：金光日（签字）
出借人：韩基洙（签字）
担保人：李正国（签字）
2018年9月10日

还款记录（韩基洙记）：
2021年8月5日  收到金光日还利息壹万元整。
2024年7月1日  收到金光日还款贰万元整，金光日说剩下的明年参下来卖了再还。
""", {
    "as_of": AS_OF,
    "fields": {"lender": "韩基洙", "lender_kind": NP, "borrower": "金光日", "borrower_kind": NP,
               "principal": "50000", "annual_rate": "0.18", "overdue_rate": "0.24", "penalty_rate": None,
               "contract_date": "2018-09-10", "start_date": "2018-09-10", "end_date": "2019-09-09",
               "repayment_method": M_ONCE, "dispute_method": None,
               "guarantor": "李正国", "guarantee_type": UNSPEC, "guarantee_period_months": None},
    "findings": ["pre_lpr_rate_rules"],
    "notes": "2018 (pre-LPR): 18 % within 24 % → pre_lpr_rate_rules only. The guarantee (2018) follows 担保法 → no "
             "guarantee default finding. Limitation: due 2019-09-09 → 2022-09-09; payment 2021-08-05 → 2024-08-05; "
             "payment 2024-07-01 → 2027-07-01 → alive.",
})

doc("hw27_xinsheng_danbao_baozheng_hetong.docx", "docx", [
    ("h", "保证合同"),
    ("p", "合同编号：鑫盛保字2024第0925号"),
    ("p", "债权人：吉林公主岭农村商业银行股份有限公司"),
    ("p", "保证人：吉林省鑫盛融资担保有限公司"),
    ("p", "债务人：公主岭市华丰玉米收储有限公司"),
    ("p", "为确保债权人与债务人于2024年9月25日签订的《流动资金借款合同》（编号：公农商流借2024第0925号，以下简称主合同）项下"
          "债务的履行，保证人愿意向债权人提供保证担保。"),
    ("p", "第一条 被担保的主债权为主合同项下债权人向债务人发放的贷款本金人民币捌佰万元整，主债务履行期限自2024年9月25日至2025年9月24日。"
          "主债权的利率、罚息等按主合同约定执行。"),
    ("p", "第二条 保证范围包括主债权本金、利息、罚息、复利、违约金、损害赔偿金和实现债权的费用。"),
    ("p", "第三条 保证方式为连带责任保证。"),
    ("p", "第四条 保证期间为主债务履行期限届满之日起三年。"),
    ("p", "第五条 因本合同发生的争议，向债权人所在地人民法院起诉。"),
    ("p", "债权人（公章）：吉林公主岭农村商业银行股份有限公司"),
    ("p", "保证人（公章）：吉林省鑫盛融资担保有限公司    经办人：朴成浩"),
    ("p", "签订日期：2024年9月25日"),
], {
    "as_of": AS_OF,
    "fields": {"lender": "吉林公主岭农村商业银行股份有限公司", "lender_kind": LIC,
               "borrower": "公主岭市华丰玉米收储有限公司", "borrower_kind": ENT, "principal": "8000000",
               "contract_date": "2024-09-25", "start_date": "2024-09-25", "end_date": "2025-09-24",
               "dispute_method": "court", "guarantor": "吉林省鑫盛融资担保有限公司", "guarantee_type": JOINT,
               "guarantee_period_months": 36},
    "findings": ["cap_not_applicable_licensed_lender"],
    "notes": "A guarantee instrument: the rates sit in the main contract → annual/overdue/penalty rates and repayment left "
             "out, and no no_interest / no_overdue finding. The creditor is a bank → licensed info. Guarantee fully stated.",
})

doc("hw28_yanji_shaokao_lpr_sibei.txt", "utf8", """借款合同

出借人：尹哲，身份证号2224**********0110
借款人：延吉市长白山烧烤店（个体工商户），经营者玄英淑
保证人：玄英淑

借款人新开分店（延吉市进学街）需要资金，向出借人借款，约定如下：

1．借款金额人民币贰拾万元整（200,000元），出借人于2025年5月28日转入借款人经营者玄英淑账户。
2．借款期限自2025年5月28日至2026年5月27日。
3．借款年利率按本合同成立时一年期贷款市场报价利率（LPR）的四倍确定。本合同成立时一年期LPR为3.0%，即年利率12%。
   利息按月支付，本金到期一次归还。
4．逾期还款的，逾期期间按年利率12%计付逾期利息，不另收违约金。
5．玄英淑以个人财产为本合同全部债务承担连带责任保证，保证期间为主债务履行期限届满之日起二年。
6．争议由出借人住所地人民法院管辖。

出借人：尹哲    借款人：延吉市长白山烧烤店（章）    保证人：玄英淑
2025年5月28日
""", {
    "as_of": AS_OF,
    "fields": {"lender": "尹哲", "lender_kind": NP, "borrower": "延吉市长白山烧烤店", "borrower_kind": ENT,
               "principal": "200000", "amount_delivered": "200000", "annual_rate": "0.12", "overdue_rate": "0.12",
               "penalty_rate": None, "contract_date": "2025-05-28", "start_date": "2025-05-28",
               "end_date": "2026-05-27", "repayment_method": M_MONTH, "dispute_method": "court",
               "guarantor": "玄英淑", "guarantee_type": JOINT, "guarantee_period_months": 24},
    "findings": [],
    "notes": "LPR 3.00 from 2025-05-20 → cap 12 %; 12 % and overdue 12 % are exactly at the cap → not above. "
             "'不另收违约金' → penalty null. 个体工商户 → enterprise.",
})

doc("hw29_dunhua_laotie_jietiao.txt", "utf8", """借  条

今借到王春雷人民币肆万元整（40,000元），现金当面点清。一个月二分利，到2021年12月31日连本带利一块儿还。
到日子不还，利息照样按二分算，另外逾期一天按借款总额千分之一给违约金。
咱哥们老铁归老铁，丑话说前头，别到时候整得不好看。

借款人：刘大军（签字）（手印）
担保人：王大力（签字）
2021年7月1日

王春雷记：2022年3月1日 刘大军还了五千块钱，说剩下的过完年整。
""", {
    "as_of": AS_OF,
    "fields": {"lender": "王春雷", "lender_kind": NP, "borrower": "刘大军", "borrower_kind": NP,
               "principal": "40000", "amount_delivered": "40000", "annual_rate": "0.24", "overdue_rate": "0.24",
               "penalty_rate": "0.365", "contract_date": "2021-07-01", "start_date": "2021-07-01",
               "end_date": "2021-12-31", "repayment_method": M_ONCE, "dispute_method": None,
               "guarantor": "王大力", "guarantee_type": UNSPEC, "guarantee_period_months": None},
    "findings": ["rate_above_4x_lpr", "overdue_charges_above_cap", "limitation_period_expired",
                 "guarantee_type_defaults_to_general", "guarantee_period_defaults_to_6_months"],
    "notes": "LPR 3.85 → cap 15.4; 二分 = 24 % > 15.4; overdue 24 % + 违约金 36.5 % = 60.5 %. Bare 担保人 in 2021-07 → "
             "general, six months. Limitation: due 2021-12-31; payment 2022-03-01 restarts to 2025-03-01; nothing since "
             "→ expired at 2025-12-10.",
})

doc("hw30_huayuan_zhuzao_qiyejian.docx", "docx", [
    ("h", "企业间借款合同"),
    ("p", "甲方（出借人）：长春市华远铸造有限公司"),
    ("p", "乙方（借款人）：长春市一鸣汽车零部件有限公司"),
    ("p", "丙方（保证人）：长春市一鸣模具有限公司"),
    ("p", "乙方为一汽配套铸件的机加工扩产，向甲方借款，丙方为关联企业，同意提供保证。"),
    ("t", [["条款", "约定"],
           ["借款本金", "人民币叁佰万元整（¥3,000,000）"],
           ["借款期限", "自2024年1月10日至2025年1月9日"],
           ["借款利率", "年利率13.8%"],
           ["还款方式", "按季付息，到期还本"],
           ["逾期利率", "年利率13.8%，不另计违约金"],
           ["保证", "丙方承担连带责任保证，保证期间为借款到期之日起一年"],
           ["争议解决", "提交长春仲裁委员会仲裁"]]),
    ("p", "甲方（章）：长春市华远铸造有限公司    乙方（章）：长春市一鸣汽车零部件有限公司    丙方（章）：长春市一鸣模具有限公司"),
    ("p", "2024年1月10日"),
], {
    "as_of": AS_OF,
    "fields": {"lender": "长春市华远铸造有限公司", "lender_kind": ENT, "borrower": "长春市一鸣汽车零部件有限公司",
               "borrower_kind": ENT, "principal": "3000000", "annual_rate": "0.138", "overdue_rate": "0.138",
               "penalty_rate": None, "contract_date": "2024-01-10", "start_date": "2024-01-10",
               "end_date": "2025-01-09", "repayment_method": M_QUARTER, "dispute_method": "arbitration",
               "guarantor": "长春市一鸣模具有限公司", "guarantee_type": JOINT, "guarantee_period_months": 12},
    "findings": [],
    "notes": "LPR 3.45 on 2024-01-10 → cap 13.8 %; 13.8 % is exactly at the cap → not above. amount_delivered left out.",
})


# ---------------------------------------------------------------------------------------------------------------
FIXED_TIME = (2025, 12, 10, 9, 0, 0)


def write_docx(path: Path, blocks: list) -> None:
    from docx import Document

    d = Document()
    cp = d.core_properties
    cp.author = "朴成浩"
    cp.created = cp.modified = datetime(*FIXED_TIME)
    cp.last_modified_by = "朴成浩"
    cp.revision = 1
    for kind, content in blocks:
        if kind == "h":
            d.add_heading(content, level=1)
        elif kind == "p":
            d.add_paragraph(content)
        elif kind == "t":
            table = d.add_table(rows=len(content), cols=len(content[0]))
            table.style = "Table Grid"
            for r, row in enumerate(content):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
        else:
            raise ValueError(kind)
    buf = io.BytesIO()
    d.save(buf)
    # re-pack with fixed timestamps so the bytes do not depend on the clock
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


def main() -> None:
    names = [d["name"] for d in DOCS]
    assert len(names) == len(set(names)) == 30, len(names)
    gold_lines = []
    for d in DOCS:
        path = HERE / d["name"]
        if d["fmt"] == "utf8":
            path.write_bytes(d["body"].encode("utf-8"))
        elif d["fmt"] == "gb18030":
            path.write_bytes(d["body"].encode("gb18030"))
        elif d["fmt"] == "docx":
            write_docx(path, d["body"])
        else:
            raise ValueError(d["fmt"])
        g = d["gold"]
        row = {"file": d["name"], "as_of": g["as_of"], "fields": g["fields"], "findings": g["findings"]}
        if g.get("notes"):
            row["notes"] = g["notes"]
        gold_lines.append(json.dumps(row, ensure_ascii=False))
    (HERE / "gold.jsonl").write_text("\n".join(gold_lines) + "\n", encoding="utf-8")
    print(f"wrote {len(DOCS)} documents and gold.jsonl to {HERE}")


if __name__ == "__main__":
    main()
