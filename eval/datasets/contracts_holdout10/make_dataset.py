"""Build contracts_holdout10: 30 hand-written Wenzhou 民间借贷登记服务中心 documents and their gold rows.

Every text and every gold row below was typed by hand (author 11, persona 潘慧敏); nothing is generated from a template.
Run: .venv/bin/python eval/datasets/contracts_holdout10/make_dataset.py  (writes the documents and gold.jsonl next to it,
byte-for-byte the same on every run).  Held out: never tune on these rows.
"""
from __future__ import annotations

import io
import json
import zipfile
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIXED_ZIP_TIME = (2026, 12, 6, 9, 0, 0)

# ----------------------------------------------------------------------------------------------------------------------
# TXT documents (UTF-8 unless the row says gb18030)
# ----------------------------------------------------------------------------------------------------------------------

HJ01 = """温州瓯越民间借贷登记服务中心
借 款 合 同
（登记备案文本  合同编号：OY-DJ-2023-0412-017）

出借人（甲方）：林建国        身份证号：330302196811****15
住址：温州市鹿城区五马街道解放北路某某巷12号      电话：139****6621

借款人（乙方）：陈晓东        身份证号：330304198203****37
住址：温州市瓯海区娄桥街道古岸头路88弄3号        电话：135****0918

保证人（丙方）：陈志海        身份证号：330304195709****12（系乙方父亲）

甲乙双方经平等协商，就乙方向甲方借款一事自愿订立本合同，并在温州瓯越民间借贷登记服务中心登记备案，共同遵守。

第一条  借款金额
乙方向甲方借款人民币贰拾万元整（¥200,000.00）。甲方于本合同签订当日通过银行转账一次性支付至乙方账户（温州银行娄桥支行，尾号6623）。

第二条  借款用途
用于乙方经营的服装门店进货周转。乙方不得挪作他用，不得用于赌博等违法活动。

第三条  借款期限
自2023年4月12日起至2024年4月11日止，共计十二个月。

第四条  利率及付息
借款利率为月息1分2厘（即月利率1.2%），按月付息，乙方应于每月12日前支付当月利息人民币贰仟肆佰元，借款到期时归还全部本金。

第五条  逾期责任
乙方未按期归还本金的，自逾期之日起按未还本金每日万分之四计付逾期利息，直至本金还清之日止。

第六条  保证
丙方自愿为乙方在本合同项下的全部债务提供连带责任保证，保证期间为主债务履行期届满之日起两年。

第七条  争议解决
本合同履行中发生争议，由各方协商解决；协商不成的，任何一方可向出借人所在地即温州市鹿城区人民法院提起诉讼。

第八条  其他
本合同一式四份，甲、乙、丙方各执一份，登记中心留存一份，自各方签字之日起生效。

甲方（签字）：林建国              乙方（签字）：陈晓东
丙方（签字）：陈志海
签订日期：2023年4月12日

见证登记：温州瓯越民间借贷登记服务中心（章）
经办人：潘慧敏        登记号：OY2023-0417
"""

HJ03 = """借  条

今借到郑永福（阿叔）铜钿人民币伍万元整（¥50000元），月息一分半，利钿每个月底付，本钱2025年1月20日前还清。

借款人：郑小波
身份证：330327199004****58
2024年5月8日


（边上手写）阿波讲过了：利钿照月算，年底拼拼凑凑本钱还掉。——永福记
（微信转账5万 2024.5.8 已到账）
"""

HJ04 = """借条

今向吴美娟借到现金人民币叁拾万元整（300000.00元），借款期限壹年，自2016年9月10日至2017年9月9日止，月息2分，利息每季度付一次，到期还清本金。

借款人：周建华（签字并按手印）
身份证号码：330302197503****71
担保人：周建明（借款人之弟）

2016年9月10日
"""

HJ05 = """借    条

今借到叶海燕人民币捌万元整（80000元）。
借款人：潘国庆、李素芬（夫妻共同借款，共同偿还）
月息壹分，利息按季度付，2022年2月28日前连本带息还清。逾期未还部分按月息1分2厘计算利息。
款项已于当日现金交付。

借款人签名：潘国庆    李素芬
2021年3月1日

————以下为后补————
2021.6.1  付利息2400  叶收
2021.9.3  付利息2400  叶收
2022年过年后冇还，讨了好几趟
2024年6月18日  还款壹万元  叶海燕收（微信）
"""

HJ07 = """融资租赁合同（售后回租）
合同编号：ZNDS-HZ-2024-0031

出租人（甲方）：浙南鼎盛融资租赁有限公司
住所：温州市瓯海经济开发区东方南路某号鼎盛大厦11楼
承租人（乙方）：温州永泰鞋机制造有限公司
住所：温州市瓯海区郭溪街道工业园区
法定代表人：叶光明

鉴于乙方拥有下列设备的所有权，为筹措流动资金，乙方将设备出售给甲方，再从甲方租回使用。双方经协商一致，订立本合同。

第一条  租赁物
全自动注塑成型机12台（型号、编号见附件一《租赁物清单》），经评估价值人民币贰佰叁拾万元。

第二条  租赁物购买价款（融资本金）
人民币贰佰万元整（¥2,000,000.00）。甲方于起租日将上述价款一次性支付至乙方指定账户。

第三条  租赁期限
36个月，起租日为2024年3月1日，到期日为2027年2月28日。

第四条  租金
租赁年利率为9.6%（固定利率）。租金按季等额支付，共12期，每期租金人民币193,795.62元（末期尾差调整），支付日为每季末月的1日，具体见附件二《租金支付表》。

第五条  留购价款
人民币壹佰元。租期届满乙方付清全部租金及留购价款后，租赁物所有权转移至乙方。

第六条  逾期
乙方逾期支付租金的，按逾期金额每日万分之五向甲方支付违约金。

第七条  担保
乙方法定代表人叶光明及其配偶戴素娥为乙方在本合同项下的全部债务提供连带责任保证，保证期间为主债务履行期限届满之日起两年（另行签订《保证合同》）。

第八条  争议解决
因本合同引起的争议，提交上海国际经济贸易仲裁委员会（上海国际仲裁中心），按其届时有效的仲裁规则在上海仲裁。

出租人（盖章）：浙南鼎盛融资租赁有限公司
承租人（盖章）：温州永泰鞋机制造有限公司    法定代表人：叶光明
签订日期：2024年2月26日
"""

HJ09 = """委托贷款借款合同
合同编号：（2022）温分委贷字第0058号

委托人：温州泓远实业投资有限公司
住所：温州市鹿城区车站大道某号

贷款人（受托人）：东海岸银行股份有限公司温州分行
住所：温州市鹿城区市府路某号

借款人：乐清市乐成电器有限公司
住所：乐清市乐成街道宁康西路某号

根据委托人的委托，贷款人向借款人发放委托贷款。委托人负责确定借款人、贷款金额、期限和利率，贷款人只收取手续费，不承担贷款风险。三方订立本合同。

第一条  委托贷款金额：人民币伍佰万元整（RMB5,000,000.00）。
第二条  借款用途：购买铜材、塑料粒子等生产原材料。
第三条  借款期限：自2022年6月28日起至2023年6月27日止。
第四条  利率：年利率7.2%，由委托人确定，合同期内不变。
第五条  结息与还款：按季结息，结息日为每季末月的20日；到期一次归还本金。
第六条  逾期罚息：借款人未按期还款的，对逾期部分按本合同约定利率上浮50%计收罚息。
第七条  手续费：按委托贷款金额的0.1%一次性收取，由委托人承担。
第八条  保证：借款人股东倪建伟为借款人在本合同项下的债务向委托人提供连带责任保证，保证期间为主债务履行期限届满之日起三年。
第九条  争议解决：因本合同发生的争议，向贷款人（受托人）所在地人民法院起诉。

委托人（盖章）：温州泓远实业投资有限公司
贷款人（盖章）：东海岸银行股份有限公司温州分行
借款人（盖章）：乐清市乐成电器有限公司
保证人（签字）：倪建伟
签订日期：2022年6月28日
"""

HJ10 = """欠  条

我黄美玲2019年正月参加林秀珍做会主的会（每脚贰万元，共21脚，标会）。我2020年标到会钱以后，从2020年8月起有三期会钱没有交上。经会主林秀珍算账，我共欠会钱人民币陆万叁仟元整（¥63000元）。

我保证2021年12月31日前全部还清，不计利息。到期不还，按月息一分算利钿。

欠款人：黄美玲
2021年2月18日

会主：林秀珍（签字）
在场人：金彩霞、陈阿娥
"""

HJ11 = """借據

立借據人：陳建新（身份證號碼：330381198507****19，住浙江省溫州市瑞安市安陽街道）
出借人：陳志強（香港身份證號碼：K52****(3)，住香港九龍旺角）

茲因陳建新在溫州開設眼鏡加工作坊需要資金，向表哥陳志強借入港幣叁拾萬元正（HK$300,000.00），由出借人於二〇二一年八月十六日經匯豐銀行電匯至借款人內地賬戶（折合人民幣約貳拾肆萬玖仟元，以實際到賬為準）。

一、借款期限：兩年，由二〇二一年八月十六日起至二〇二三年八月十五日止。
二、利息：年息五厘，本息於到期日一次過歸還。
三、逾期未還，按年息八厘計算逾期利息。
四、還款貨幣：港幣，匯費由借款人承擔。
五、如有爭議，由出借人住所地香港特別行政區法院管轄。

借款人：陳建新（簽名）
出借人：陳志強（簽名）
見證人：林彩雲（雙方之姨媽）
日期：二〇二一年八月十六日

（後記）
二〇二三年八月 借款人只還利息，本金未還。
二〇二五年八月三十日 收到還款港幣伍萬元正    陳志強
"""

HJ13 = """不可撤销担保函
编号：DODB-BH-2024-0892

致：温州瓯南农村商业银行股份有限公司塘下支行（受益人）

鉴于温州市锦程服饰有限公司（以下简称“借款人”）与贵行签订编号为（2024）瓯南农商借字第1187号的《流动资金借款合同》（以下简称“主合同”），借款金额人民币捌拾万元整（¥800,000.00），借款期限自2024年9月1日至2025年8月31日。应借款人申请，我公司愿为借款人在主合同项下的债务向贵行提供保证担保，特出具本担保函。

一、担保范围：主合同项下的借款本金、利息、罚息、复利、违约金、损害赔偿金以及贵行实现债权的费用。
二、保证方式：连带责任保证。
三、保证期间：主合同约定的债务履行期限届满之日起三年。
四、主合同双方协议变更借款金额、利率或延长期限的，应事先取得我公司书面同意，否则我公司对加重部分不承担保证责任。
五、本担保函自我公司盖章之日起生效，不可撤销。
六、因本担保函发生的争议，由受益人所在地人民法院管辖。

担保人：温州市东瓯融资担保有限公司（公章）
法定代表人（签字）：郑宏达
2024年8月30日
"""

HJ14 = """还款协议

甲方（出借人）：徐建平，男，1971年生，住温州市瓯海区梧田街道
乙方（借款人）：蔡丽丽，女，1983年生，住温州市瓯海区新桥街道
丙方（担保人）：蔡建军，男，1979年生，系乙方之兄

2022年1月10日，乙方向甲方借款人民币壹拾伍万元整，约定月息1分，2023年1月9日到期。到期后乙方未能还款。经甲乙双方对账确认：截至2024年12月10日，乙方尚欠甲方借款本金150000元，利息27000元。现三方达成如下协议：

一、双方同意将上述利息27000元计入本金，乙方确认欠甲方借款本金合计人民币壹拾柒万柒仟元整（177000元）。
二、自2025年1月1日起，上述177000元按月息1分计息。
三、乙方分期归还：自2025年1月起每月25日前归还人民币壹万元及当月利息，最迟于2026年6月30日前全部还清。
四、乙方任何一期未按时足额还款的，甲方有权要求乙方一次性归还全部剩余欠款，并自逾期之日起按月息2分计付逾期利息，另支付违约金人民币贰万元。
五、丙方自愿为乙方上述债务担保。
六、如发生纠纷，由温州市瓯海区人民法院管辖。

甲方：徐建平        乙方：蔡丽丽        担保人：蔡建军
2024年12月10日
（本协议经温州瓯越民间借贷登记服务中心调解达成）
"""

HJ15 = """以物抵债协议

债权人（甲方）：王海涛，身份证号330381197702****16
债务人（乙方）：温州瑞祥汽车配件有限公司，统一社会信用代码91330381MA2A****7X
法定代表人：孙立新

一、债权债务确认
2021年5月6日，甲乙双方签订《借款合同》，约定乙方向甲方借款人民币陆拾万元整，借款期限自2021年5月6日至2022年5月5日，年利率12%，到期一次性还本付息；逾期按年利率15%计收逾期利息。甲方已于2021年5月6日足额出借。借款到期后乙方仅支付部分利息。截至本协议签订之日，乙方尚欠甲方借款本金600000元及利息、逾期利息共计80000元，合计680000元。

二、抵债财产
乙方以其名下位于瑞安市塘下镇罗凤工业区某号的厂房（不动产权证号：浙（2020）瑞安市不动产权第00xxxxx号，建筑面积612.4平方米）作价人民币陆拾捌万元，抵偿上述全部债务。

三、过户
双方于本协议签订之日起三十日内办理不动产转移登记，税费由乙方承担。过户完成之日，上述债务消灭。

四、过户完成前，原《借款合同》继续有效；乙方未按约办理过户的，甲方有权继续按原《借款合同》主张权利。

五、争议解决
因本协议发生的争议，提交温州仲裁委员会仲裁。

甲方（签字）：王海涛
乙方（盖章）：温州瑞祥汽车配件有限公司        法定代表人（签字）：孙立新
签订日期：2023年3月18日
"""

HJ16 = """借条

本人余小军，今向金海波借款人民币壹拾万元整（100000元），借期三个月，自2023年10月5日至2024年1月4日，月息3分，首月利息3000元在出借时预先扣除，实际到账人民币玖万柒仟元整（97000元）。剩余利息每月5号付，到期归还本金壹拾万元。如逾期，逾期部分按每日千分之三计算逾期利息。

借款人：余小军（按手印）
身份证号：330381199112****3X
电话：187****2256
2023年10月5日

收条：今收到金海波借款97000元（银行转账）。  余小军  2023.10.5
"""

HJ17 = """借款凭证

出借方：温州市鹿城区恒丰五金商行（经营者：施国栋）
借款方：施国强（身份证330302198806****14）
借款金额：人民币贰拾万元（200,000元）
利息：按每万元每天叁元计算（即借款20万元，每天利息60元），每月结算一次
借款期限：2025年7月3日至2025年12月31日
逾期：到期不还，逾期部分仍按每万元每天叁元计收利息，直到还清为止。
用途：进货（门店铺货）

出借方（盖章）：温州市鹿城区恒丰五金商行
借款人签名：施国强
日期：2025年7月3日
"""

HJ19 = """借 条
（本借条替换2021年3月8日原借条，原借条收回作废）

2021年3月8日陈海鹰向胡德胜借款人民币捌万元，月息一分半，利息一直未付。2022年9月30日双方结算，欠利息贰万元（已打折），计入本金，本金合计人民币壹拾万元整（100000元）。

今重新出具借条：陈海鹰今借到胡德胜人民币壹拾万元整，月息一分半，每月付息，2023年9月29日前还清本金。

借款人：陈海鹰
出借人：胡德胜
2022年9月30日
"""

HJ20 = """员工借款协议

出借方：温州宏步鞋业有限公司
借款方：王红梅（成型车间组长，工号0217）
借款金额：人民币伍万元整（50000元）
借款用途：在瓯海区购房付首付
利息：不计利息
还款方式：自2021年4月起每月从借款方工资中扣还人民币贰仟元，25个月扣清，最迟于2023年4月30日前还清。
借款方在借款未还清前离职的，应在办理离职手续前一次性还清剩余借款；未按时还清的，剩余借款自离职之日起按年利率6%计收逾期利息。

出借方（盖章）：温州宏步鞋业有限公司
借款方（签字）：王红梅
2021年3月26日
"""

HJ22 = """【微信聊天记录 2025年2月10日  截图转文字】

叶国良：借条写好拍给我看下
施小林：[图片]
施小林：借条
本人施小林今借到叶国良现金人民币伍万元整（小写：￥50000），借期半年2025.2.10-2025.8.9，年息1分，利钿到期一遍付清，本钱也一遍还。逾期还不上按月息1分算。
借款人：施小林   2025.2.10
叶国良：好的，原件明朝拿来
叶国良：钱我转过去了
叶国良：[转账] ¥50000.00  已收款
施小林：收到，谢谢叶哥
"""

HJ23 = """借款协议书

出借人：温州市龙湾区瑞丰鞋底厂（普通合伙）
借款人：温州康步鞋业有限公司

鉴于借款人因生产经营需要（支付外贸订单原材料款），向出借人借款。双方协商如下：

一、借款金额：人民币叁拾捌万陆仟元整。
二、借款期限：六个月，自二〇二一年九月十日起至二〇二二年三月九日止。
三、借款利息：月利率0.8%，借款到期时本息一次性付清。
四、逾期还款：逾期未还的，按逾期金额每日万分之三支付逾期利息。
五、争议解决：提交杭州仲裁委员会仲裁。
六、本协议自双方盖章之日起生效。

出借人（章）：温州市龙湾区瑞丰鞋底厂（普通合伙）
借款人（章）：温州康步鞋业有限公司
二〇二一年九月九日
"""

HJ25 = """借据

今借到温州市瓯海区丰收农资经营部人民币叁万元整（30000元），用于购买化肥、杨梅苗（泽雅杨梅基地）。利息双方另议。本人保证于2023年12月31日前还清。

借款人：董其军
2023年2月20日

（经营部经办人：刘素琴）
"""

HJ27 = """借款合同

出借人（甲方）：温州市鹿城区汇鑫投资咨询有限公司
借款人（乙方）：郭振华，身份证号330302198409****33
保证人（丙方）：郭振宇，身份证号330302198102****18

第一条  借款金额：人民币贰拾伍万元整（¥250,000）。
第二条  借款期限：2024年8月5日至2025年8月4日。
第三条  利率：年利率12%，按月付息，到期还本。
第四条  违约责任：乙方逾期还款的，（1）逾期本金按年利率18%计收逾期利息；（2）另按逾期本金每月1%支付违约金；（3）甲方为实现债权支出的律师费、催收费、诉讼费、差旅费等全部由乙方承担。
第五条  保证：丙方提供一般保证，保证期间为主债务履行期限届满之日起六个月。
第六条  争议解决：可提交温州仲裁委员会仲裁，也可向甲方所在地人民法院起诉。
第七条  本合同自三方签字（盖章）之日起生效。

甲方（盖章）：温州市鹿城区汇鑫投资咨询有限公司
乙方（签字）：郭振华
丙方（签字）：郭振宇
签订日期：2024年8月5日
"""

HJ28 = """借款合同

出借人：温州市瓯海区联丰皮革有限公司
借款人：温州金鹿鞋业有限公司
保证人：金国强（借款人股东）

鉴于借款人因生产经营需要（支付工人工资及采购鞋面材料），向出借人借款，经双方协商，订立本合同：

一、借款金额：人民币壹佰万元整（1,000,000元）。
二、借款期限：2018年6月1日至2018年12月31日。
三、利率：月息2分5厘，借款到期时本息一次性付清。
四、逾期：借款人逾期还款的，逾期部分按月息2分计收逾期利息。
五、保证人金国强签字担保。
六、争议：向出借人所在地人民法院起诉。

出借人（盖章）：温州市瓯海区联丰皮革有限公司
借款人（盖章）：温州金鹿鞋业有限公司
保证人（签字）：金国强
签订日期：2018年5月28日

附：还款记录
2019年3月15日  借款人还款叁拾万元（本金）
2024年1月10日  借款人还款人民币伍万元整  出借人财务确认收款
"""

HJ29 = """借条

今借到朱丽华人民币陆万元整（¥60000元），月息8厘，借期2026年3月12日至2026年9月11日，到期本息一次还清。逾期按月息1分计息。

借款人：谢建斌
担保人：王国锋（同事），愿承担连带责任保证，保证期间为借款到期之日起一年。
2026年3月12日

------
2026.9.20  还本金叁万元  朱丽华收
"""

# ----------------------------------------------------------------------------------------------------------------------
# DOCX documents: a list of blocks, ("h", text) heading, ("p", text) paragraph, ("t", [[cell, ...], ...]) table
# ----------------------------------------------------------------------------------------------------------------------

HJ02 = [
    ("h", "借款合同（企业间）"),
    ("p", "合同编号：XD-HB-2022-003"),
    ("p", "鉴于：出借人与借款人长期存在鞋材购销关系。借款人因生产经营需要（春季订单备料），向出借人借款。双方根据《民法典》等规定，经平等协商，订立本合同。主要条款如下："),
    ("t", [
        ["项目", "内容"],
        ["出借人", "温州市瓯海区鑫达鞋材有限公司"],
        ["借款人", "温州宏步鞋业有限公司"],
        ["借款金额", "人民币壹佰伍拾万元整（¥1,500,000.00）"],
        ["借款用途", "生产经营需要：采购PU革、TPR鞋底原料"],
        ["借款期限", "2022年3月20日至2023年3月19日"],
        ["年利率", "8%"],
        ["付息方式", "按季付息，每季末月20日付息，到期还本"],
        ["逾期利率", "年利率12%"],
        ["保证", "借款人法定代表人黄国平提供连带责任保证，保证期间为主债务履行期限届满之日起三年"],
        ["争议解决", "提交温州仲裁委员会仲裁"],
    ]),
    ("p", "其他约定：借款人应按约定用途使用借款，出借人有权检查借款使用情况。本合同一式三份，双方各执一份，保证人执一份。"),
    ("p", "出借人（盖章）：温州市瓯海区鑫达鞋材有限公司        借款人（盖章）：温州宏步鞋业有限公司"),
    ("p", "保证人（签字）：黄国平"),
    ("p", "签订日期：2022年3月15日"),
]

HJ06 = [
    ("h", "个人经营性借款合同"),
    ("p", "合同编号：OX-XD-2023-1108-062"),
    ("t", [
        ["合同主体", "名称/姓名", "住所/证件"],
        ["贷款人", "温州市龙湾区瓯信小额贷款股份有限公司", "温州市龙湾区永中街道某号"],
        ["借款人", "陈丽萍", "身份证330303198606****27；经营：鞋服批发摊位（站前市场）"],
        ["保证人", "温州市东瓯融资担保有限公司", "温州市鹿城区某号"],
    ]),
    ("p", "借款要素："),
    ("t", [
        ["借款金额（大写）", "人民币叁拾万元整"],
        ["借款金额（小写）", "¥300,000.00"],
        ["借款期限", "12个月，自2023年11月8日至2024年11月7日"],
        ["借款利率", "月利率1.5%（按月计息）"],
        ["还款方式", "等额本息，每月8日还款"],
        ["逾期罚息", "在借款利率基础上加收50%"],
        ["担保方式", "保证：温州市东瓯融资担保有限公司提供连带责任保证，保证期间为主债务履行期限届满之日起二年"],
    ]),
    ("p", "第十二条 争议解决：因本合同发生的争议，向贷款人住所地人民法院起诉。"),
    ("p", "贷款人（盖章）：温州市龙湾区瓯信小额贷款股份有限公司"),
    ("p", "借款人（签字）：陈丽萍"),
    ("p", "签订日期：2023年11月8日"),
]

HJ08 = [
    ("h", "温州市鹿城区永丰典当有限责任公司  当票"),
    ("p", "当票号：YF0031827        （第一联 当户收执）"),
    ("t", [
        ["当户名称", "郑志刚", "证件号码", "330302197912****35"],
        ["当物名称", "劳力士日志型腕表1只；足金手镯2只（共86.5克）", "估价金额", "¥148,000.00"],
        ["当金（大写）", "人民币壹拾万元整", "当金（小写）", "¥100,000.00"],
        ["月利率", "0.5%", "月综合费率", "2.7%"],
        ["典当期限", "30天", "起止日期", "2025年03月10日至2025年04月09日"],
        ["利息及综合费", "本期利息500元、综合费2,700元由当户以现金另行支付，当金全额发放", "", ""],
    ]),
    ("p", "当票背面条款摘要：典当期限届满后五日内，当户既不赎当、也不续当的，为绝当。绝当物估价金额不足3万元的由典当行自行处理；超过3万元的按《典当管理办法》规定处理。因本当票发生的争议，由典当行所在地人民法院管辖。"),
    ("h", "续当凭证"),
    ("t", [
        ["原当票号", "YF0031827"],
        ["当户", "郑志刚"],
        ["续当期限", "2025年04月10日至2025年05月09日"],
        ["续当说明", "当户已交清上期利息及综合费，本期月利率0.5%、月综合费率2.7%不变"],
    ]),
    ("p", "典当行（盖章）：温州市鹿城区永丰典当有限责任公司    当户（签字）：郑志刚    经办：陈    2025年4月10日"),
]

HJ12 = [
    ("h", "借款契約書"),
    ("p", "立契約書人"),
    ("p", "貸與人（甲方）：林文雄（國民身分證統一編號F12*****67，住臺灣新北市板橋區）"),
    ("p", "借用人（乙方）：林志明（住浙江省溫州市龍灣區永中街道）"),
    ("p", "保證人：林國華（乙方之父）"),
    ("p", "第一條  甲方願貸與乙方新臺幣壹佰貳拾萬元整（NT$1,200,000），乙方確已收訖無誤。"),
    ("p", "第二條  借款期間自民國108年6月1日起至民國111年5月31日止，共三年。"),
    ("p", "第三條  利息按月息八厘計算，乙方應於每月五日前將當月利息匯入甲方指定之臺灣銀行帳戶，本金於期滿時一次清償。"),
    ("p", "第四條  乙方逾期返還本金者，按月息壹分貳釐計付遲延利息。"),
    ("p", "第五條  保證人林國華願擔保乙方履行本契約。"),
    ("p", "第六條  本契約一式二份，甲乙雙方各執一份為憑。"),
    ("p", "貸與人：林文雄（簽章）    借用人：林志明（簽章）    保證人：林國華（簽章）"),
    ("p", "中華民國108年5月20日"),
]

HJ18 = [
    ("h", "借款合同"),
    ("p", "（温州瓯越民间借贷登记服务中心登记文本  登记号：OY2020-0615-08）"),
    ("t", [
        ["出借人", "项秀英"],
        ["借款人", "戴明、郑佩佩（夫妻，共同借款人，承担共同还款责任）"],
        ["借款金额", "人民币伍拾万元整（¥500,000）"],
        ["借款用途", "购置眼镜镜片加工设备"],
        ["借款期限", "2020年6月15日至2021年6月14日"],
        ["利率", "年利率15%（年息1分5厘）"],
        ["付息方式", "按月付息，到期还本"],
        ["逾期利率", "逾期部分按年利率15%计收逾期利息"],
        ["保证人", "温州明视眼镜有限公司"],
        ["保证方式", "连带责任保证"],
        ["保证期间", "至主债务本息还清时为止"],
        ["争议解决", "向温州市龙湾区人民法院起诉"],
    ]),
    ("p", "出借人：项秀英    借款人：戴明  郑佩佩    保证人（盖章）：温州明视眼镜有限公司"),
    ("p", "签订日期：2020年6月15日        见证：温州瓯越民间借贷登记服务中心"),
    ("p", "登记中心备注（2023年11月补记）：2023年11月20日，出借人通过EMS邮寄《催款通知书》，借款人戴明签收（邮件号EM2023112****）。"),
]

HJ21 = [
    ("h", "借款合同"),
    ("p", "合同编号：YC-XD-2024-0415-11"),
    ("t", [
        ["贷款人", "温州市瓯海区永诚小额贷款有限公司"],
        ["借款人", "杨建军"],
        ["借款人经营主体", "个体工商户“瓯海建军鞋料店”"],
        ["借款金额", "人民币贰拾万元整（¥200,000.00）"],
        ["服务费", "人民币壹万贰仟元整，于放款时从借款金额中一次性扣收"],
        ["实际放款金额", "人民币壹拾捌万捌仟元整（¥188,000.00）"],
        ["借款期限", "2024年4月15日至2025年4月14日"],
        ["月利率", "1%（按借款金额200,000元计息）"],
        ["还款方式", "等额本金，按月还款"],
        ["逾期罚息", "逾期本金按月利率1.5%计收罚息"],
        ["保证人", "吴丽（借款人配偶）"],
        ["保证方式及期间", "连带责任保证；主债务履行期限届满之日起三年"],
        ["争议解决", "向贷款人住所地人民法院起诉"],
    ]),
    ("p", "贷款人（盖章）：温州市瓯海区永诚小额贷款有限公司"),
    ("p", "借款人（签字）：杨建军        保证人（签字）：吴丽"),
    ("p", "签订日期：2024年4月15日"),
]

HJ24 = [
    ("h", "借款合同"),
    ("p", "出借人：姜雪梅（身份证号330302197311****20）"),
    ("p", "借款人：姜雪峰（身份证号330302197705****15）"),
    ("p", "借款人因新房装修需要，向出借人借款。双方系姐弟关系，经协商一致订立本合同："),
    ("p", "一、借款金额：人民币壹拾贰万元整（¥120,000）。出借人于2024年11月18日通过农业银行转账交付。"),
    ("p", "二、借款期限：一年，自2024年11月18日起至2025年11月17日止。"),
    ("p", "三、还款：借款人应于借款期限届满时一次性归还全部借款。"),
    ("p", "四、本合同未尽事宜，双方协商解决；协商不成的，向温州市鹿城区人民法院起诉。"),
    ("p", "出借人：姜雪梅        借款人：姜雪峰"),
    ("p", "2024年11月18日"),
]

HJ26 = [
    ("h", "借款合同"),
    ("t", [
        ["角色", "姓名/名称", "证件/住所"],
        ["出借人", "林海", "身份证330324197208****11；现居上海市闵行区"],
        ["借款人", "温州市永嘉县鑫宏五金厂", "永嘉县瓯北街道；负责人王建"],
        ["保证人", "王建", "身份证330324198001****36"],
    ]),
    ("p", "主要条款："),
    ("t", [
        ["借款本金", "人民币肆拾万元整（400,000元）"],
        ["借款期限", "2026年2月1日至2027年1月31日"],
        ["利率", "月息1分（月利率1%）"],
        ["付息", "每月1日前支付上月利息，到期还本"],
        ["复利", "借款人逾期未付的利息自动计入本金，按月复利计算"],
        ["逾期", "逾期还本的，按月息1分5厘计收逾期利息；因借款人违约产生的律师费、诉讼费、保全费由借款人承担"],
        ["保证", "保证人承担连带责任保证，保证期间至借款本息全部还清时止"],
        ["管辖", "由出借人住所地上海市闵行区人民法院管辖"],
    ]),
    ("p", "出借人：林海    借款人（盖章）：温州市永嘉县鑫宏五金厂    保证人：王建"),
    ("p", "2026年2月1日"),
]

HJ30 = [
    ("h", "借款合同"),
    ("p", "合同编号：DF-HB-2025-12"),
    ("p", "借款人因生产经营需要向出借人借款，双方订立本合同，主要条款如下："),
    ("t", [
        ["出借人", "温州市鹿城区东方鞋材贸易有限公司"],
        ["借款人", "温州宏步鞋业有限公司"],
        ["借款金额", "人民币捌拾万元整（¥800,000.00）"],
        ["借款用途", "生产经营需要：年底外贸订单备料"],
        ["借款期限", "2025年12月5日至2026年11月30日"],
        ["年利率", "10%"],
        ["付息方式", "按季付息，到期还本"],
        ["逾期利率", "年利率12%"],
        ["保证", "借款人法定代表人黄国平提供连带责任保证，保证期间为主债务履行期限届满之日起二年"],
        ["争议解决", "提交温州仲裁委员会仲裁"],
    ]),
    ("p", "出借人（盖章）：温州市鹿城区东方鞋材贸易有限公司    借款人（盖章）：温州宏步鞋业有限公司"),
    ("p", "保证人（签字）：黄国平"),
    ("p", "签订日期：2025年12月1日"),
]

# ----------------------------------------------------------------------------------------------------------------------
# Files and gold rows (file name, kind, content, gold)
# ----------------------------------------------------------------------------------------------------------------------

NO_GUARANTEE = {"guarantor": None, "guarantee_type": None, "guarantee_period_months": None}

ROWS = [
    ("hj01_dengji_jiekuan_hetong.txt", "utf-8", HJ01, {
        "as_of": "2026-11-03",
        "fields": {"lender": "林建国", "lender_kind": "natural_person", "borrower": "陈晓东",
                   "borrower_kind": "natural_person", "principal": "200000", "annual_rate": "0.144",
                   "overdue_rate": "0.146", "penalty_rate": None, "contract_date": "2023-04-12",
                   "start_date": "2023-04-12", "end_date": "2024-04-11", "repayment_method": "按月付息、到期还本",
                   "dispute_method": "court", "guarantor": "陈志海", "guarantee_type": "连带责任保证",
                   "guarantee_period_months": 24},
        "findings": [],
        "notes": "月息1分2厘 = 1.2%/月 = 0.144; 逾期 每日万分之四 = 0.0004*365 = 0.146 = exactly 4 x 3.65% (LPR 2022-08-22); not above the cap, no finding."}),
    ("hj02_qiyejian_jiekuan.docx", "docx", HJ02, {
        "as_of": "2025-12-02",
        "fields": {"lender": "温州市瓯海区鑫达鞋材有限公司", "lender_kind": "enterprise", "borrower": "温州宏步鞋业有限公司",
                   "borrower_kind": "enterprise", "principal": "1500000", "annual_rate": "0.08", "overdue_rate": "0.12",
                   "penalty_rate": None, "contract_date": "2022-03-15", "start_date": "2022-03-20",
                   "end_date": "2023-03-19", "repayment_method": "按季付息、到期还本", "dispute_method": "arbitration",
                   "guarantor": "黄国平", "guarantee_type": "连带责任保证", "guarantee_period_months": 36},
        "findings": [],
        "notes": "Enterprise-to-enterprise loan for 生产经营需要; 8% and 12% both under 4 x 3.70% = 14.8%. Contract date (signing) differs from start date."}),
    ("hj03_jietiao_tongdian.txt", "utf-8", HJ03, {
        "as_of": "2026-09-14",
        "fields": {"lender": "郑永福", "lender_kind": "natural_person", "borrower": "郑小波",
                   "borrower_kind": "natural_person", "principal": "50000", "amount_delivered": "50000",
                   "annual_rate": "0.18", "overdue_rate": None, "penalty_rate": None, "contract_date": "2024-05-08",
                   "end_date": "2025-01-20", "repayment_method": "按月付息、到期还本", "dispute_method": None,
                   **NO_GUARANTEE},
        "findings": ["rate_above_4x_lpr", "no_overdue_rate_agreed"],
        "notes": "月息一分半 = 1.5%/月 = 0.18 > 4 x 3.45% = 13.8%. Lender written 郑永福（阿叔）: gold is the bare name. start_date left out (only the IOU date)."}),
    ("hj04_jietiao_2016.txt", "gb18030", HJ04, {
        "as_of": "2026-08-02",
        "fields": {"lender": "吴美娟", "lender_kind": "natural_person", "borrower": "周建华",
                   "borrower_kind": "natural_person", "principal": "300000", "annual_rate": "0.24",
                   "overdue_rate": None, "penalty_rate": None, "contract_date": "2016-09-10",
                   "start_date": "2016-09-10", "end_date": "2017-09-09", "repayment_method": "按季付息、到期还本",
                   "dispute_method": None, "guarantor": "周建明", "guarantee_type": "unspecified",
                   "guarantee_period_months": None},
        "findings": ["pre_lpr_rate_rules", "no_overdue_rate_agreed", "limitation_period_expired"],
        "notes": "Pre-LPR (2016), 月息2分 = 24%. Guarantor 担保人 without type/period but the guarantee predates 2021-01-01, so no guarantee finding (rule v2). Due 2017-09-09, no payment/demand noted -> expired 2020-09-09."}),
    ("hj05_jietiao_fuqi.txt", "utf-8", HJ05, {
        "as_of": "2026-11-20",
        "fields": {"lender": "叶海燕", "lender_kind": "natural_person", "borrower_kind": "natural_person",
                   "principal": "80000", "amount_delivered": "80000", "annual_rate": "0.12", "overdue_rate": "0.144",
                   "penalty_rate": None, "contract_date": "2021-03-01", "end_date": "2022-02-28",
                   "repayment_method": "按季付息、到期还本", "dispute_method": None, **NO_GUARANTEE},
        "findings": [],
        "notes": "Co-borrowers 潘国庆、李素芬 (husband and wife): borrower left out. Due 2022-02-28 would expire 2025-02-28, but the note '2024年6月18日 还款壹万元' restarts the period to 2027-06-18: no limitation finding."}),
    ("hj06_xiaodai_jingying.docx", "docx", HJ06, {
        "as_of": "2026-10-08",
        "fields": {"lender": "温州市龙湾区瓯信小额贷款股份有限公司", "lender_kind": "licensed_lender", "borrower": "陈丽萍",
                   "borrower_kind": "natural_person", "principal": "300000", "annual_rate": "0.18",
                   "penalty_rate": None, "contract_date": "2023-11-08", "start_date": "2023-11-08",
                   "end_date": "2024-11-07", "repayment_method": "等额本息", "dispute_method": "court",
                   "guarantor": "温州市东瓯融资担保有限公司", "guarantee_type": "连带责任保证", "guarantee_period_months": 24},
        "findings": ["cap_not_applicable_licensed_lender"],
        "notes": "小额贷款公司 lender: cap not applicable (info). 罚息 '在借款利率基础上加收50%' is relative: overdue_rate left out (would be 0.27 if computed)."}),
    ("hj07_rongzizulin_huizu.txt", "utf-8", HJ07, {
        "as_of": "2026-11-10",
        "fields": {"lender": "浙南鼎盛融资租赁有限公司", "lender_kind": "licensed_lender", "borrower": "温州永泰鞋机制造有限公司",
                   "borrower_kind": "enterprise", "principal": "2000000", "annual_rate": "0.096", "overdue_rate": None,
                   "penalty_rate": "0.1825", "contract_date": "2024-02-26", "start_date": "2024-03-01",
                   "end_date": "2027-02-28", "dispute_method": "arbitration", "guarantee_type": "连带责任保证",
                   "guarantee_period_months": 24},
        "findings": ["cap_not_applicable_licensed_lender"],
        "notes": "售后回租 that is in substance a loan: principal = 购买价款/融资本金, rate = 租赁年利率. Two guarantors (叶光明 and 戴素娥) -> guarantor left out; both joint, 2 years. 按季等额租金 fits none of the listed repayment methods exactly -> repayment_method left out. 违约金 每日万分之五 = 0.1825."}),
    ("hj08_diandang_xudang.docx", "docx", HJ08, {
        "as_of": "2026-06-15",
        "fields": {"lender": "温州市鹿城区永丰典当有限责任公司", "lender_kind": "licensed_lender", "borrower": "郑志刚",
                   "borrower_kind": "natural_person", "principal": "100000", "amount_delivered": "100000",
                   "annual_rate": "0.06", "overdue_rate": None, "penalty_rate": None, "contract_date": "2025-03-10",
                   "start_date": "2025-03-10", "dispute_method": "court", **NO_GUARANTEE},
        "findings": ["cap_not_applicable_licensed_lender"],
        "notes": "Pawn ticket + 续当: 月利率0.5% -> 0.06 (the 2.7% 月综合费率 is a fee, not interest, and is paid separately so nothing is deducted). Two terms (ticket to 2025-04-09, renewal to 2025-05-09): end_date left out."}),
    ("hj09_weituo_daikuan.txt", "utf-8", HJ09, {
        "as_of": "2026-05-12",
        "fields": {"lender": "温州泓远实业投资有限公司", "lender_kind": "enterprise", "borrower": "乐清市乐成电器有限公司",
                   "borrower_kind": "enterprise", "principal": "5000000", "annual_rate": "0.072", "penalty_rate": None,
                   "contract_date": "2022-06-28", "start_date": "2022-06-28", "end_date": "2023-06-27",
                   "repayment_method": "按季付息、到期还本", "dispute_method": "court", "guarantor": "倪建伟",
                   "guarantee_type": "连带责任保证", "guarantee_period_months": 36},
        "findings": [],
        "notes": "Hard call: 委托贷款. The contract names the bank as 贷款人（受托人）; the economic lender is 委托人 温州泓远实业投资有限公司. Gold takes the bank as lender (licensed, financial institution) -> cap_not_applicable. 罚息 上浮50% relative: overdue_rate left out. Due 2023-06-27: limitation runs to 2026-06-27, after as_of 2026-05-12."}),
    ("hj10_hui_qiantiao.txt", "utf-8", HJ10, {
        "as_of": "2024-03-05",
        "fields": {"lender": "林秀珍", "lender_kind": "natural_person", "borrower": "黄美玲",
                   "borrower_kind": "natural_person", "principal": "63000", "annual_rate": "0", "overdue_rate": "0.12",
                   "penalty_rate": None, "contract_date": "2021-02-18", "end_date": "2021-12-31",
                   "dispute_method": None, **NO_GUARANTEE},
        "findings": [],
        "notes": "标会 arrears turned into an 欠条: '不计利息' is an explicit zero rate (annual_rate 0, no no_interest_agreed); '到期不还，按月息一分算利钿' is the overdue rate 0.12 < 15.4%. Repayment method left out (zero-interest lump sum)."}),
    ("hj11_jieju_xianggang.txt", "utf-8", HJ11, {
        "as_of": "2026-10-05",
        "fields": {"lender": "陳志強", "lender_kind": "natural_person", "borrower": "陳建新",
                   "borrower_kind": "natural_person", "principal": "300000", "annual_rate": "0.05",
                   "overdue_rate": "0.08", "penalty_rate": None, "contract_date": "2021-08-16",
                   "start_date": "2021-08-16", "end_date": "2023-08-15", "repayment_method": "到期一次性还本付息",
                   "dispute_method": "court", **NO_GUARANTEE},
        "findings": [],
        "notes": "Traditional characters, HKD 300,000 (principal in the contract currency), dates in 二〇二一年 numerals. 年息五厘 = 5%/yr, 年息八厘 = 8%/yr. Due 2023-08-15 would expire 2026-08-15, but the 2025-08-30 repayment note restarts it: no limitation finding."}),
    ("hj12_jiekuan_qiyue_taiwan.docx", "docx", HJ12, {
        "as_of": "2025-03-01",
        "fields": {"lender": "林文雄", "lender_kind": "natural_person", "borrower": "林志明",
                   "borrower_kind": "natural_person", "principal": "1200000", "amount_delivered": "1200000",
                   "annual_rate": "0.096", "overdue_rate": "0.144", "penalty_rate": None, "contract_date": "2019-05-20",
                   "start_date": "2019-06-01", "end_date": "2022-05-31", "repayment_method": "按月付息、到期还本",
                   "dispute_method": None, "guarantor": "林國華", "guarantee_type": "unspecified",
                   "guarantee_period_months": None},
        "findings": ["pre_lpr_rate_rules"],
        "notes": "Taiwan 新臺幣 loan, 民國 dates: 民國108年5月20日 = 2019-05-20 (before 2019-08-20 -> pre-LPR), 108年6月1日 - 111年5月31日. 月息八厘 = 0.8%/月 = 0.096. Guarantor without type, guarantee before 2021: no guarantee finding."}),
    ("hj13_danbaohan_rongzidanbao.txt", "utf-8", HJ13, {
        "as_of": "2026-01-19",
        "fields": {"lender": "温州瓯南农村商业银行股份有限公司塘下支行", "lender_kind": "licensed_lender",
                   "borrower": "温州市锦程服饰有限公司", "borrower_kind": "enterprise", "principal": "800000",
                   "start_date": "2024-09-01", "end_date": "2025-08-31", "dispute_method": "court",
                   "guarantor": "温州市东瓯融资担保有限公司", "guarantee_type": "连带责任保证", "guarantee_period_months": 36},
        "findings": ["cap_not_applicable_licensed_lender"],
        "notes": "A guarantee letter only: the rate, repayment method and main-contract date are in a contract not in the file, so annual_rate, overdue_rate, penalty_rate, repayment_method and contract_date are left out and no_interest_agreed is NOT expected (the letter does not say interest is missing)."}),
    ("hj14_huankuan_xieyi.txt", "gb18030", HJ14, {
        "as_of": "2026-09-01",
        "fields": {"lender": "徐建平", "lender_kind": "natural_person", "borrower": "蔡丽丽",
                   "borrower_kind": "natural_person", "principal": "177000", "annual_rate": "0.12",
                   "overdue_rate": "0.24", "contract_date": "2024-12-10", "end_date": "2026-06-30",
                   "repayment_method": "分期还款", "dispute_method": "court", "guarantor": "蔡建军",
                   "guarantee_type": "unspecified", "guarantee_period_months": None},
        "findings": ["compound_interest_restated", "overdue_charges_above_cap", "guarantee_type_defaults_to_general",
                     "guarantee_period_defaults_to_6_months"],
        "notes": "还款协议 after default: 27,000 interest 计入本金 -> new principal 177,000 (gold takes the restated principal the agreement runs on). 月息1分 = 0.12 < 12.4% (LPR 3.10 on 2024-12-10); overdue 月息2分 = 0.24 alone exceeds 12.4% (plus lump 违约金 20,000, so penalty_rate left out). 担保人 '自愿为乙方上述债务担保' in 2024: type and period both default."}),
    ("hj15_yiwudizhai.txt", "utf-8", HJ15, {
        "as_of": "2025-01-15",
        "fields": {"lender": "王海涛", "lender_kind": "natural_person", "borrower": "温州瑞祥汽车配件有限公司",
                   "borrower_kind": "enterprise", "principal": "600000", "annual_rate": "0.12", "overdue_rate": "0.15",
                   "penalty_rate": None, "start_date": "2021-05-06", "end_date": "2022-05-05",
                   "repayment_method": "到期一次性还本付息", "dispute_method": "arbitration", **NO_GUARANTEE},
        "findings": [],
        "notes": "以物抵债 agreement (2023-03-18) reciting the 2021-05-06 loan. contract_date left out (two dates). Rates judged at the loan's date: 4 x 3.85% = 15.4%, overdue 15% is under it (it would be over 4 x 3.65% = 14.6% if the agreement's date were taken)."}),
    ("hj16_jietiao_kantouxi.txt", "utf-8", HJ16, {
        "as_of": "2026-03-01",
        "fields": {"lender": "金海波", "lender_kind": "natural_person", "borrower": "余小军",
                   "borrower_kind": "natural_person", "principal": "100000", "amount_delivered": "97000",
                   "annual_rate": "0.36", "overdue_rate": "1.095", "penalty_rate": None, "contract_date": "2023-10-05",
                   "start_date": "2023-10-05", "end_date": "2024-01-04", "repayment_method": "按月付息、到期还本",
                   "dispute_method": None, **NO_GUARANTEE},
        "findings": ["rate_above_4x_lpr", "interest_deducted_upfront", "overdue_charges_above_cap"],
        "notes": "月息3分 = 0.36; first month's 3,000 deducted (97,000 received); overdue 每日千分之三 = 0.003*365 = 1.095. LPR 3.45 -> cap 13.8%."}),
    ("hj17_jiekuan_pingzheng_rixi.txt", "utf-8", HJ17, {
        "as_of": "2026-04-08",
        "fields": {"lender": "温州市鹿城区恒丰五金商行", "lender_kind": "enterprise", "borrower": "施国强",
                   "borrower_kind": "natural_person", "principal": "200000", "annual_rate": "0.1095",
                   "overdue_rate": "0.1095", "penalty_rate": None, "contract_date": "2025-07-03",
                   "start_date": "2025-07-03", "end_date": "2025-12-31", "repayment_method": "按月付息、到期还本",
                   "dispute_method": None, **NO_GUARANTEE},
        "findings": [],
        "notes": "每万元每天叁元 = 0.0003/day * 365 = 0.1095 < 4 x 3.00% = 12%. Lender is a 商行 (enterprise). Contract date after 2025-06-20: LPR data may be flagged stale, but no LPR finding is expected."}),
    ("hj18_dengji_hetong_2020.docx", "docx", HJ18, {
        "as_of": "2026-01-08",
        "fields": {"lender": "项秀英", "lender_kind": "natural_person", "borrower_kind": "natural_person",
                   "principal": "500000", "annual_rate": "0.15", "overdue_rate": "0.15", "penalty_rate": None,
                   "contract_date": "2020-06-15", "start_date": "2020-06-15", "end_date": "2021-06-14",
                   "repayment_method": "按月付息、到期还本", "dispute_method": "court", "guarantor": "温州明视眼镜有限公司",
                   "guarantee_type": "连带责任保证", "guarantee_period_months": None},
        "findings": [],
        "notes": "Co-borrowers 戴明、郑佩佩: borrower left out. 年利率15% < 4 x 3.85% = 15.4%. '至主债务本息还清时为止' is an unclear period but the guarantee predates 2021-01-01: no finding. Due 2021-06-14 would expire 2024-06-14; the 2023-11-20 signed demand restarts it to 2026-11-20, after as_of."}),
    ("hj19_chongxin_chuju_jietiao.txt", "utf-8", HJ19, {
        "as_of": "2026-11-25",
        "fields": {"lender": "胡德胜", "lender_kind": "natural_person", "borrower": "陈海鹰",
                   "borrower_kind": "natural_person", "principal": "100000", "annual_rate": "0.18",
                   "overdue_rate": None, "penalty_rate": None, "contract_date": "2022-09-30",
                   "end_date": "2023-09-29", "repayment_method": "按月付息、到期还本", "dispute_method": None,
                   **NO_GUARANTEE},
        "findings": ["rate_above_4x_lpr", "compound_interest_restated", "no_overdue_rate_agreed",
                     "limitation_period_expired"],
        "notes": "IOU reissued with 20,000 interest 计入本金 (80,000 -> 100,000). 月息一分半 = 0.18 > 4 x 3.65% = 14.6%. Due 2023-09-29, no payment noted -> expired 2026-09-29 before as_of 2026-11-25."}),
    ("hj20_yuangong_jiekuan.txt", "gb18030", HJ20, {
        "as_of": "2025-11-03",
        "fields": {"lender": "温州宏步鞋业有限公司", "lender_kind": "enterprise", "borrower": "王红梅",
                   "borrower_kind": "natural_person", "principal": "50000", "annual_rate": "0", "overdue_rate": "0.06",
                   "penalty_rate": None, "contract_date": "2021-03-26", "end_date": "2023-04-30",
                   "repayment_method": "分期还款", "dispute_method": None, **NO_GUARANTEE},
        "findings": [],
        "notes": "Employer loan, '不计利息' explicit zero; overdue 6% only if she leaves and does not repay."}),
    ("hj21_xiaodai_fuwufei.docx", "docx", HJ21, {
        "as_of": "2026-07-22",
        "fields": {"lender": "温州市瓯海区永诚小额贷款有限公司", "lender_kind": "licensed_lender", "borrower": "杨建军",
                   "borrower_kind": "natural_person", "principal": "200000", "amount_delivered": "188000",
                   "annual_rate": "0.12", "overdue_rate": "0.18", "penalty_rate": None, "contract_date": "2024-04-15",
                   "start_date": "2024-04-15", "end_date": "2025-04-14", "repayment_method": "等额本金",
                   "dispute_method": "court", "guarantor": "吴丽", "guarantee_type": "连带责任保证",
                   "guarantee_period_months": 36},
        "findings": ["cap_not_applicable_licensed_lender", "interest_deducted_upfront"],
        "notes": "Hard call: a 12,000 '服务费' taken out of the disbursement (188,000 paid) is treated as interest deducted up front (民法典 第670条 applies to any lender; scope any). Borrower is a natural person running a 个体工商户."}),
    ("hj22_weixin_jietiao.txt", "utf-8", HJ22, {
        "as_of": "2026-09-30",
        "fields": {"lender": "叶国良", "lender_kind": "natural_person", "borrower": "施小林",
                   "borrower_kind": "natural_person", "principal": "50000", "amount_delivered": "50000",
                   "annual_rate": "0.10", "overdue_rate": "0.12", "penalty_rate": None, "contract_date": "2025-02-10",
                   "start_date": "2025-02-10", "end_date": "2025-08-09", "repayment_method": "到期一次性还本付息",
                   "dispute_method": None, **NO_GUARANTEE},
        "findings": [],
        "notes": "WeChat transcript with the IOU inside. 年息1分 = 10%/yr (not 1%/month). Overdue 月息1分 = 0.12 < 4 x 3.10% = 12.4%. Dates written 2025.2.10-2025.8.9."}),
    ("hj23_qiyejian_daxie.txt", "utf-8", HJ23, {
        "as_of": "2026-04-10",
        "fields": {"lender": "温州市龙湾区瑞丰鞋底厂（普通合伙）", "lender_kind": "enterprise", "borrower": "温州康步鞋业有限公司",
                   "borrower_kind": "enterprise", "principal": "386000", "annual_rate": "0.096", "overdue_rate": "0.1095",
                   "penalty_rate": None, "contract_date": "2021-09-09", "start_date": "2021-09-10",
                   "end_date": "2022-03-09", "repayment_method": "到期一次性还本付息", "dispute_method": "arbitration",
                   **NO_GUARANTEE},
        "findings": ["limitation_period_expired"],
        "notes": "Principal only in 大写 (叁拾捌万陆仟元整), all dates in 二〇二一年 numerals. Arbitration in Hangzhou. Due 2022-03-09 -> expired 2025-03-09, nothing noted."}),
    ("hj24_qinshu_jiekuan_wuxi.docx", "docx", HJ24, {
        "as_of": "2026-02-27",
        "fields": {"lender": "姜雪梅", "lender_kind": "natural_person", "borrower": "姜雪峰",
                   "borrower_kind": "natural_person", "principal": "120000", "annual_rate": None, "overdue_rate": None,
                   "penalty_rate": None, "contract_date": "2024-11-18", "start_date": "2024-11-18",
                   "end_date": "2025-11-17", "dispute_method": "court", **NO_GUARANTEE},
        "findings": ["no_interest_agreed", "no_overdue_rate_agreed"],
        "notes": "Sister to brother, no word about interest at all -> no_interest_agreed (自然人之间视为没有利息) and no overdue rate. Repayment method left out (lump sum, no interest)."}),
    ("hj25_jieju_lixi_lingyi.txt", "utf-8", HJ25, {
        "as_of": "2026-08-19",
        "fields": {"lender": "温州市瓯海区丰收农资经营部", "lender_kind": "enterprise", "borrower": "董其军",
                   "borrower_kind": "natural_person", "principal": "30000", "overdue_rate": None, "penalty_rate": None,
                   "contract_date": "2023-02-20", "end_date": "2023-12-31", "dispute_method": None, **NO_GUARANTEE},
        "findings": ["no_interest_agreed", "no_overdue_rate_agreed"],
        "notes": "'利息双方另议' = interest agreed unclearly: annual_rate left out (neither a rate nor plainly none). Due 2023-12-31 -> limitation to 2026-12-31, after as_of."}),
    ("hj26_jiekuan_fuli.docx", "docx", HJ26, {
        "as_of": "2026-11-18",
        "fields": {"lender": "林海", "lender_kind": "natural_person", "borrower": "温州市永嘉县鑫宏五金厂",
                   "borrower_kind": "enterprise", "principal": "400000", "annual_rate": "0.12", "overdue_rate": "0.18",
                   "penalty_rate": None, "contract_date": "2026-02-01", "start_date": "2026-02-01",
                   "end_date": "2027-01-31", "repayment_method": "按月付息、到期还本", "dispute_method": "court",
                   "guarantor": "王建", "guarantee_type": "连带责任保证", "guarantee_period_months": None},
        "findings": ["compound_interest_restated", "overdue_charges_above_cap", "guarantee_period_defaults_to_6_months"],
        "notes": "月息1分 = 0.12 = exactly 4 x 3.00%: not above. 利滚利 clause -> compound. Overdue 月息1分5厘 = 0.18 > 12% (律师费 without an amount). '至借款本息全部还清时止' in 2026 -> six-month default. Forum Shanghai. LPR-stale warning possible (2026 date)."}),
    ("hj27_jiekuan_weiyuejin_lvshifei.txt", "utf-8", HJ27, {
        "as_of": "2026-05-20",
        "fields": {"lender": "温州市鹿城区汇鑫投资咨询有限公司", "lender_kind": "enterprise", "borrower": "郭振华",
                   "borrower_kind": "natural_person", "principal": "250000", "annual_rate": "0.12",
                   "overdue_rate": "0.18", "penalty_rate": "0.12", "contract_date": "2024-08-05",
                   "start_date": "2024-08-05", "end_date": "2025-08-04", "repayment_method": "按月付息、到期还本",
                   "dispute_method": "court_or_arbitration", "guarantor": "郭振宇", "guarantee_type": "一般保证",
                   "guarantee_period_months": 6},
        "findings": ["overdue_charges_above_cap"],
        "notes": "Overdue 18% + 违约金 每月1% (12%) + 律师费 = 30%+ > 4 x 3.35% = 13.4%. '可仲裁也可起诉' -> court_or_arbitration. 一般保证 with a stated six-month period: no guarantee finding (nothing defaulted)."}),
    ("hj28_qiyejian_2018.txt", "utf-8", HJ28, {
        "as_of": "2026-08-15",
        "fields": {"lender": "温州市瓯海区联丰皮革有限公司", "lender_kind": "enterprise", "borrower": "温州金鹿鞋业有限公司",
                   "borrower_kind": "enterprise", "principal": "1000000", "annual_rate": "0.30", "overdue_rate": "0.24",
                   "penalty_rate": None, "contract_date": "2018-05-28", "start_date": "2018-06-01",
                   "end_date": "2018-12-31", "repayment_method": "到期一次性还本付息", "dispute_method": "court",
                   "guarantor": "金国强", "guarantee_type": "unspecified", "guarantee_period_months": None},
        "findings": ["pre_lpr_rate_rules"],
        "notes": "2018 (pre-LPR) at 月息2分5厘 = 30% (the 24-36% band). No LPR-based overdue finding (no LPR on the contract date). Guarantee before 2021: no default finding. 2024-01-10 repayment note restarts limitation to 2027-01-10."}),
    ("hj29_jietiao_2026.txt", "utf-8", HJ29, {
        "as_of": "2026-10-15",
        "fields": {"lender": "朱丽华", "lender_kind": "natural_person", "borrower": "谢建斌",
                   "borrower_kind": "natural_person", "principal": "60000", "annual_rate": "0.096",
                   "overdue_rate": "0.12", "penalty_rate": None, "contract_date": "2026-03-12",
                   "start_date": "2026-03-12", "end_date": "2026-09-11", "repayment_method": "到期一次性还本付息",
                   "dispute_method": None, "guarantor": "王国锋", "guarantee_type": "连带责任保证",
                   "guarantee_period_months": 12},
        "findings": [],
        "notes": "月息8厘 = 0.8%/月 = 0.096; overdue 月息1分 = 0.12 = exactly 4 x 3.00%: not above. Guarantee period 一年 from due date = 12."}),
    ("hj30_qiyejian_2025.docx", "docx", HJ30, {
        "as_of": "2026-12-01",
        "fields": {"lender": "温州市鹿城区东方鞋材贸易有限公司", "lender_kind": "enterprise", "borrower": "温州宏步鞋业有限公司",
                   "borrower_kind": "enterprise", "principal": "800000", "annual_rate": "0.10", "overdue_rate": "0.12",
                   "penalty_rate": None, "contract_date": "2025-12-01", "start_date": "2025-12-05",
                   "end_date": "2026-11-30", "repayment_method": "按季付息、到期还本", "dispute_method": "arbitration",
                   "guarantor": "黄国平", "guarantee_type": "连带责任保证", "guarantee_period_months": 24},
        "findings": [],
        "notes": "Clean enterprise loan; overdue 12% = exactly 4 x 3.00%. Contract date after 2025-06-20 (LPR data may be flagged stale; no finding expected)."}),
]


def _write_docx(path: Path, blocks: list) -> None:
    from docx import Document

    doc = Document()
    cp = doc.core_properties
    cp.author = "温州瓯越民间借贷登记服务中心"
    cp.last_modified_by = ""
    cp.created = datetime(2026, 12, 6, 9, 0, 0)
    cp.modified = datetime(2026, 12, 6, 9, 0, 0)
    cp.revision = 1
    for kind, content in blocks:
        if kind == "h":
            doc.add_heading(content, level=1)
        elif kind == "p":
            doc.add_paragraph(content)
        elif kind == "t":
            table = doc.add_table(rows=len(content), cols=len(content[0]))
            table.style = "Table Grid"
            for i, row in enumerate(content):
                for j, cell in enumerate(row):
                    table.cell(i, j).text = cell
        else:
            raise ValueError(kind)
    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the zip with a fixed timestamp so the file is byte-identical on every run
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


def main() -> None:
    lines = []
    for name, kind, content, gold in ROWS:
        path = HERE / name
        if kind == "docx":
            _write_docx(path, content)
        else:
            path.write_bytes(content.encode(kind))
        row = {"file": name, "as_of": gold["as_of"], "fields": gold["fields"], "findings": gold["findings"],
               "notes": gold["notes"]}
        lines.append(json.dumps(row, ensure_ascii=False))
    (HERE / "gold.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(ROWS)} documents and gold.jsonl to {HERE}")


if __name__ == "__main__":
    main()
