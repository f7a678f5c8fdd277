"""Build the held-out contract set 8 (author 9: 梁嘉欣, legal assistant at a Dongguan 小额贷款公司).

Every document text and every gold row below was typed by hand, once. Running this script writes the 30
documents (TXT UTF-8, TXT GB18030, DOCX) and gold.jsonl deterministically (fixed DOCX zip timestamps and core
properties). Held out: never tune on these rows.
"""
from __future__ import annotations

import io
import json
import zipfile
from datetime import datetime
from pathlib import Path

import docx

HERE = Path(__file__).resolve().parent
FIXED = (2026, 12, 6, 0, 0, 0)

# ---------------------------------------------------------------------------------------------------------------
# Documents. TXT docs: (name, encoding, text). DOCX docs: (name, "docx", blocks) with blocks
# ("h", title) / ("p", paragraph) / ("t", [[cell, cell], ...]).
# ---------------------------------------------------------------------------------------------------------------

DOCS: list[tuple[str, str, object]] = []

# hh01 — our own standard 借款合同 with the term table
DOCS.append(("hh01_gdxd_jiekuan_chenzhiqiang.docx", "docx", [
    ("h", "借款合同"),
    ("p", "合同编号：GDXD-JK-2024-0315-017"),
    ("p", "重要提示：借款人、保证人签署本合同前，请仔细阅读全部条款，特别是加粗部分。本合同要素以下表为准。"),
    ("t", [
        ["项目", "内容"],
        ["贷款人（甲方）", "东莞市莞达小额贷款股份有限公司"],
        ["甲方住所", "东莞市南城街道鸿福路83号莞达金融大厦11楼"],
        ["借款人（乙方）", "陈志强　身份证号：4419**********3517"],
        ["乙方住址", "东莞市长安镇上沙社区振安中路166号"],
        ["保证人（丙方）", "刘美玲　身份证号：4419**********2846"],
        ["借款金额", "人民币（大写）叁拾万元整　（小写）￥300,000.00"],
        ["借款用途", "购买塑胶原料（乙方经营的东莞市长安镇志强塑胶制品厂生产周转）"],
        ["借款期限", "12个月，自2024年3月15日起至2025年3月14日止"],
        ["借款年利率", "18%（单利，按日计息，日利率＝年利率/360）"],
        ["还款方式", "按月付息、到期一次性还本，每月20日为结息日"],
        ["逾期罚息", "在本合同借款利率基础上加收50%"],
        ["保证方式", "连带责任保证"],
        ["保证期间", "主债务履行期限届满之日起三年"],
        ["争议解决", "向甲方住所地人民法院提起诉讼"],
        ["签订日期", "2024年3月15日"],
    ]),
    ("p", "第一条　放款。甲方在乙方办妥本合同要素表所列担保手续后，将借款全额划入乙方以本人名义开立的账户"
          "（中国农业银行东莞长安支行，尾号6621）。"),
    ("p", "第二条　计息。借款自实际放款之日起计息。乙方应于每个结息日支付当期利息，最后一期利息随本金一并结清。"),
    ("p", "第三条　提前还款。乙方提前还款的，应提前10个工作日书面通知甲方，利息按实际占用天数计算，甲方不另收提前还款违约金。"),
    ("p", "第四条　违约。乙方未按期足额还本付息的，自逾期之日起按要素表约定计收逾期罚息；甲方有权宣布借款提前到期。"),
    ("p", "第五条　保证。丙方自愿为乙方在本合同项下的全部债务向甲方提供连带责任保证，保证范围包括本金、利息、逾期罚息及实现债权的费用。"
          "丙方确认已知悉乙方借款用途。"),
    ("p", "第六条　送达。各方确认要素表所列地址为有效送达地址，邮寄送达以交邮后第三日视为送达。"),
    ("p", "甲方（盖章）：东莞市莞达小额贷款股份有限公司　　授权代表：邓嘉欣"),
    ("p", "乙方（签字、捺印）：陈志强　　　丙方（签字、捺印）：刘美玲"),
]))

# hh02 — our own standard 保证合同 with the term table (natural-person guarantor)
DOCS.append(("hh02_gdxd_baozheng_hewanyi.docx", "docx", [
    ("h", "保证合同"),
    ("p", "合同编号：GDXD-BZ-2025-0708-042"),
    ("p", "债权人（甲方）：东莞市莞达小额贷款股份有限公司"),
    ("p", "保证人（乙方）：何婉仪　身份证号：4419**********0664　住址：东莞市厚街镇新塘村康乐南路22号"),
    ("p", "债务人：东莞市厚街镇锦鸿鞋材有限公司（统一社会信用代码：91441900MA55******，乙方为其股东）"),
    ("p", "为确保债务人履行主合同项下的义务，乙方愿意向甲方提供保证担保。双方就被担保主债权及保证事项约定如下："),
    ("t", [
        ["被担保主债权要素", ""],
        ["主合同名称及编号", "《借款合同》GDXD-JK-2025-0708-042"],
        ["借款金额", "人民币捌拾万元整（¥800,000.00）"],
        ["借款期限", "2025年7月8日至2026年7月7日"],
        ["借款年利率", "16.8%"],
        ["还款方式", "按月付息、到期还本"],
        ["保证方式", "连带责任保证"],
        ["保证范围", "主债权本金、利息、罚息、违约金、损害赔偿金及实现债权的费用（含律师费、诉讼费、保全费）"],
        ["保证期间", "主合同项下债务履行期限届满之日起两年"],
        ["争议解决", "向甲方住所地人民法院起诉"],
    ]),
    ("p", "第一条　乙方确认已阅读主合同全部条款，知悉并同意主合同的借款金额、期限、利率等内容。"),
    ("p", "第二条　甲方与债务人协议变更主合同，未加重债务人债务的，无须经乙方同意，乙方仍按本合同承担保证责任；"
          "加重债务的，加重部分乙方不承担责任。主合同展期须经乙方书面同意。"),
    ("p", "第三条　债务人未按主合同约定履行债务的，甲方有权直接要求乙方在保证范围内承担保证责任。"),
    ("p", "第四条　乙方承诺在保证期间内不转移、隐匿财产，住址、联系电话变更的，应于变更后5日内书面通知甲方。"),
    ("p", "第五条　本合同自双方签字（盖章）之日起生效，一式三份。"),
    ("p", "甲方（盖章）：东莞市莞达小额贷款股份有限公司　　乙方（签字、捺印）：何婉仪"),
    ("p", "签订日期：2025年7月8日"),
]))

# hh03 — Cantonese boss's handwritten 借条 (transcribed from a photo)
DOCS.append(("hh03_jietiao_hejiahao.txt", "utf-8", """\
借  条

今借到黄伟文先生现金人民币伍万元正（¥50000.00），用于档口进货周转。
月息2分，即每月利息壹仟元，每月10号前畀黄生。本金喺2023年8月10日前一次过还清。
如果到期冇还，黄生可以直接搵我屋企人倾。

借款人：何家豪（手印）
身份证：441900********5213
电话：138****6620
2023年5月10日

（黄生已经用微信转咗5万畀我，冇扣钱。）
"""))

# hh04 — 企业间借贷, GB18030
DOCS.append(("hh04_qiye_jiekuan_ruifeng_gb18030.txt", "gb18030", """\
借款协议书

出借方（甲方）：东莞市长安镇锐丰五金制品有限公司
统一社会信用代码：91441900MA4W******
借款方（乙方）：东莞市凤岗镇宏捷塑胶制品有限公司
统一社会信用代码：91441900MA51******
保证人（丙方）：张国栋（乙方法定代表人），身份证号：4419**********1258

鉴于乙方因生产经营需要向甲方借款，三方经友好协商，达成如下协议：

一、借款金额：人民币捌拾万元整（¥800,000.00）。甲方于2021年6月1日前通过银行转账方式支付至乙方基本账户。
二、借款期限：自2021年6月1日起至2022年5月31日止。
三、借款利率：年利率8%，按实际借款天数计息。借款本金及利息于借款到期日一次性支付。
四、逾期责任：乙方逾期还款的，自逾期之日起按未还本金每日万分之三计收逾期利息。
五、担保：丙方自愿为乙方在本协议项下的全部债务向甲方提供连带责任保证，保证期间直至乙方借款本息全部还清时为止。
六、甲方声明本次出借款项为其自有资金。乙方承诺借款仅用于购买原材料，不得转借他人。
七、争议解决：因本协议引起的争议，提交东莞仲裁委员会按其仲裁规则仲裁。
八、本协议一式三份，三方各执一份，自三方签字盖章之日起生效。

甲方（盖章）：东莞市长安镇锐丰五金制品有限公司
法定代表人：陈锐丰
乙方（盖章）：东莞市凤岗镇宏捷塑胶制品有限公司
法定代表人：张国栋
丙方（签字）：张国栋
签订日期：2021年5月28日
"""))

# hh05 — 售后回租 with a 融资租赁 company
DOCS.append(("hh05_shouhou_huizu_jinfeng.txt", "utf-8", """\
融资租赁合同（售后回租）
合同编号：YRZL-HZ-2022-0917

出租人（甲方）：广东粤融融资租赁有限公司
住所：广州市天河区珠江新城华穗路xx号
承租人（乙方）：东莞市厚街镇锦峰鞋业有限公司
保证人：
  丙方一：郑锦峰（乙方实际控制人），身份证号4419**********5530
  丙方二：罗小梅（郑锦峰配偶），身份证号4419**********5547

第一条 租赁物
乙方将其自有的全自动电脑针车12台、鞋面激光切割机4台（详见附件一《租赁物清单》）以人民币壹佰贰拾万元整（¥1,200,000.00）的价格转让给甲方，并向甲方租回使用。

第二条 融资金额及支付
租赁物购买价款（即融资金额）为人民币1,200,000元，甲方在本合同生效且乙方提供发票原件后5个工作日内一次性支付至乙方指定账户。

第三条 租赁期限
租赁期限为36个月，自起租日2022年9月20日起至2025年9月19日止。

第四条 租金及费用
1. 租赁年利率为11.5%（固定），租金按等额本息法计算，每月20日支付一期，共36期，每期租金人民币39,571.21元（详见附件二《租金支付表》）。
2. 租赁手续费人民币24,000元，由乙方在起租日前另行支付，不从融资金额中扣除。
3. 租赁保证金人民币60,000元，由乙方另行支付，租期届满后可抵扣最后一期及之前的租金。

第五条 逾期
乙方未按期足额支付租金的，应按逾期金额每日万分之五向甲方支付违约金，直至付清之日止。

第六条 租赁物所有权
租赁期间租赁物所有权属于甲方。租期届满乙方付清全部租金并支付留购价款人民币100元后，租赁物所有权转移给乙方。

第七条 保证
丙方一、丙方二自愿为乙方在本合同项下的全部债务提供连带责任保证，保证期间为自本合同约定的最后一期租金履行期限届满之日起三年。

第八条 争议解决
本合同履行中发生争议，由甲方住所地人民法院管辖。

甲方（盖章）：广东粤融融资租赁有限公司
乙方（盖章）：东莞市厚街镇锦峰鞋业有限公司　法定代表人：郑锦峰
丙方一：郑锦峰　　丙方二：罗小梅
签订日期：2022年9月17日
"""))

# hh06 — 商业保理 of receivables, DOCX with table
DOCS.append(("hh06_baoli_hongda.docx", "docx", [
    ("h", "国内商业保理合同（有追索权）"),
    ("p", "编号：DSBL-2024-1105-03"),
    ("p", "保理商（甲方）：东莞市鼎盛商业保理有限公司"),
    ("p", "卖方/融资申请人（乙方）：东莞市塘厦镇宏达电子科技有限公司"),
    ("p", "买方（应收账款债务人）：深圳市华鑫通讯设备有限公司"),
    ("p", "保证人（丙方）：周宏达（乙方实际控制人）"),
    ("p", "乙方将其对买方享有的应收账款转让给甲方，甲方向乙方提供保理融资。买方到期未付款的，甲方有权向乙方追索。各方约定如下："),
    ("t", [
        ["保理融资要素", ""],
        ["转让应收账款金额", "人民币2,500,000.00元（增值税发票共11张，见附件清单）"],
        ["保理融资款", "人民币贰佰万元整（¥2,000,000.00）"],
        ["融资比例", "80%"],
        ["保理融资期限", "2024年11月8日至2025年5月7日"],
        ["保理融资年利率", "9.6%（按日计息，日利率＝年利率/360）"],
        ["利息支付", "按月支付，每月21日结息；融资本金于到期日一次性归还（买方回款优先用于归还）"],
        ["保理服务费", "融资款的1%，即20,000元，由乙方于放款前另行支付"],
        ["逾期利息", "逾期部分按保理融资年利率上浮50%计收"],
        ["保证方式", "丙方提供连带责任保证"],
        ["保证期间", "主债务履行期限届满之日起三年"],
        ["争议解决", "提交东莞仲裁委员会仲裁"],
        ["签订日期", "2024年11月5日"],
    ]),
    ("p", "第一条　应收账款转让通知由甲方以书面形式送达买方，买方回款应付入甲方指定的保理专户。"),
    ("p", "第二条　融资到期日买方未足额付款的，乙方应无条件回购未受偿的应收账款，并支付保理融资本金、利息。"),
    ("p", "第三条　乙方保证转让的应收账款真实、合法，不存在商业纠纷、抵销或已转让他人的情形。"),
    ("p", "甲方（盖章）：东莞市鼎盛商业保理有限公司　乙方（盖章）：东莞市塘厦镇宏达电子科技有限公司　丙方：周宏达"),
]))

# hh07 — 股东借款, interest-free
DOCS.append(("hh07_gudong_jiekuan_huaying.txt", "utf-8", """\
股东借款协议

甲方（出借人）：李国华，身份证号：4452**********0031，系乙方股东，持股40%
乙方（借款人）：东莞市常平镇华盈包装制品有限公司
法定代表人：王志坚

鉴于乙方扩建二期厂房及购置印刷设备需要资金，经乙方2021年12月20日股东会决议同意，甲方向乙方提供股东借款。双方约定如下：

1. 借款金额：人民币陆拾万元整（600,000.00元）。
2. 借款期限：2022年1月1日至2023年12月31日。
3. 利息：本借款为无息借款，甲方不向乙方收取任何利息。
4. 还款：乙方应于借款期限届满之日一次性归还全部借款本金。经甲方同意，乙方可提前还款。
5. 逾期：乙方逾期还款的，逾期部分自逾期之日起按年利率6%向甲方支付逾期利息。
6. 本借款不构成甲方对乙方的出资，甲方不因本借款增加持股比例，也不享有额外分红。
7. 争议解决：向乙方住所地有管辖权的人民法院起诉。

甲方签字：李国华
乙方盖章：东莞市常平镇华盈包装制品有限公司
法定代表人签字：王志坚
日期：二〇二一年十二月二十八日
"""))

# hh08 — natural persons, 砍头息 as 咨询服务费, guarantor without a type
DOCS.append(("hh08_jiekuan_yexiuying.txt", "utf-8", """\
借款合同

出借人（甲方）：钟文斌　身份证号码：4419**********6617　住址：东莞市虎门镇白沙社区
借款人（乙方）：叶秀英　身份证号码：4452**********3428　住址：东莞市虎门镇富民时装城三楼B-312档
担保人（丙方）：叶志明　身份证号码：4452**********3415

第一条　乙方因档口进秋冬货需要，向甲方借款人民币壹拾万元整（¥100,000元）。
第二条　借款期限6个月，自2024年8月15日起至2025年2月14日止。
第三条　借款利率为月利率1.2%，利息按月支付，乙方每月15日前支付当月利息1,200元，到期归还本金。
第四条　乙方同意向甲方支付咨询服务费人民币捌仟元（¥8,000元），该费用在甲方出借款项时一次性扣除。甲方实际转账支付乙方人民币玖万贰仟元（¥92,000元），乙方确认收到。
第五条　乙方逾期还款的，每逾期一日按未还金额的千分之一支付逾期利息。
第六条　丙方自愿为乙方上述借款提供担保，担保期间为借款到期之日起二年。
第七条　本合同发生争议，由甲方所在地人民法院管辖。
第八条　本合同一式三份，甲、乙、丙各执一份，签字后生效。

甲方：钟文斌　　乙方：叶秀英　　丙方：叶志明
2024年8月15日
"""))

# hh09 — pre-LPR 借条 of a 毛织厂, GB18030, repayment notes added later
DOCS.append(("hh09_jietiao_zhenxing_maozhi_gb18030.txt", "gb18030", """\
借　条

今借到梁振华人民币贰拾万元整（￥200000.00元），作为本厂购买毛纱周转之用。
月息叁分，每月初付息，借期由2018年3月1日至2018年12月31日，借期届满一次还清本金。

借款单位：东莞市大朗镇振兴毛织厂（盖章）
经营者：黎振兴（签名）
二〇一八年三月一日

——以下为借条背面手写补记——
2021.6.20　黎振兴还款叁万元，梁振华收。
2024年5月1日　收到黎振兴还款贰万元正（仲欠好多，下次再计）。　梁振华
"""))

# hh10 — 典当 of a watch
DOCS.append(("hh10_diandang_wujiahao.txt", "utf-8", """\
东莞市恒通典当有限公司
典当借款合同（动产质押）
当票号：HT-DG-20250210-0086

典当行（甲方）：东莞市恒通典当有限公司　典当经营许可证编号：44xxxxxx
当户（乙方）：吴嘉豪　身份证号：4419**********2193　电话：139****0271

一、当物：劳力士（ROLEX）潜航者型126610LN自动机械手表一只，附原装表盒、保卡（2022年购），经甲方鉴定估价人民币85,000元。
二、当金：人民币陆万元整（¥60,000.00），折当率约70.6%。
三、典当期限：30天，自2025年2月10日起至2025年3月11日止。
四、当金利率：月利率0.5%；综合费率：月2.4%（含保管费、保险费、鉴定评估费等）。当金利息及综合费用于赎当或续当时按实际天数一并结清，不预先扣除。
五、乙方应在典当期限届满日或之前赎当，赎当时归还当金并支付利息、综合费。期满后五日内乙方既不赎当也不续当的，为绝当，甲方按《典当管理办法》处理当物。
六、乙方保证当物为其合法所有，来源合法，无权属争议。
七、争议：双方协商不成的，提交东莞仲裁委员会仲裁。

当户签字：吴嘉豪　　经办人：冯丽珊　　复核：陈伟强
日期：2025年2月10日
"""))

# hh11 — 展期 with interest rolled into principal
DOCS.append(("hh11_zhanqi_hengchang_dianqi.txt", "utf-8", """\
借款展期协议

甲方（出借人）：莫少峰，身份证号4419**********0556
乙方（借款人）：东莞市石龙镇恒昌电器商行（经营者：钟永恒）
丙方（保证人）：梁丽华，身份证号4419**********1021

鉴于：
1. 甲乙双方于2024年1月10日签订《借款合同》，约定甲方向乙方出借人民币壹拾伍万元，月息1分，借款期限至2024年12月31日，丙方为该借款提供连带责任保证。
2. 截至2024年12月31日，乙方尚欠甲方借款本金150,000元及2024年7月至12月利息9,000元未付。

经三方协商，达成展期协议如下：
一、甲乙双方确认，将上述未付利息9,000元计入本金，展期借款本金为人民币壹拾伍万玖仟元整（¥159,000元）。
二、展期期限：自2025年1月1日起至2025年12月31日止。
三、展期期间年利率为10%，以展期借款本金159,000元为基数计算，于展期届满时与本金一并支付。
四、丙方同意继续为乙方在本展期协议项下的全部债务提供连带责任保证，保证期间为展期届满之日起三年。
五、因本协议发生争议，向甲方住所地人民法院起诉。

甲方：莫少峰
乙方：东莞市石龙镇恒昌电器商行（盖章）　经营者：钟永恒
丙方：梁丽华
2025年1月5日于东莞市石龙镇
"""))

# hh12 — 还款协议 after default, installment table, DOCX
DOCS.append(("hh12_huankuan_xieyi_chenweiming.docx", "docx", [
    ("h", "还款协议书"),
    ("p", "甲方（债权人）：东莞市塘厦镇盈利达贸易有限公司"),
    ("p", "乙方（债务人）：陈伟明，身份证号：4419**********7734，住址：东莞市塘厦镇林村社区"),
    ("p", "鉴于乙方于2024年3月1日向甲方借款人民币肆拾万元，约定2025年2月28日前归还。乙方已归还本金80,000元，"
          "其余借款逾期未还，另欠利息及违约金共计48,600元。经双方协商一致，达成如下还款协议："),
    ("p", "一、乙方确认截至2025年9月1日尚欠甲方借款本金人民币叁拾贰万元整（¥320,000.00）。"),
    ("p", "二、甲方同意免除乙方上述利息及违约金48,600元，并同意分期还款期间不再计收利息。"),
    ("p", "三、乙方按下表分八期归还本金，还款至甲方指定账户（工商银行东莞塘厦支行，尾号0392）："),
    ("t", [
        ["期数", "还款日", "还款金额（元）"],
        ["1", "2025年9月30日", "40,000.00"],
        ["2", "2025年10月31日", "40,000.00"],
        ["3", "2025年11月30日", "40,000.00"],
        ["4", "2025年12月31日", "40,000.00"],
        ["5", "2026年1月31日", "40,000.00"],
        ["6", "2026年2月28日", "40,000.00"],
        ["7", "2026年3月31日", "40,000.00"],
        ["8", "2026年4月30日", "40,000.00"],
        ["合计", "", "320,000.00"],
    ]),
    ("p", "四、乙方任何一期逾期超过15日未足额还款的，甲方有权要求乙方一次性清偿全部剩余欠款，"
          "并自逾期之日起按剩余欠款每日万分之五向甲方支付违约金，直至清偿之日止。前述第二条免除的利息及违约金不再恢复。"),
    ("p", "五、因本协议发生争议，由甲方住所地人民法院管辖。"),
    ("p", "六、本协议自双方签字（盖章）之日起生效，一式两份。"),
    ("p", "甲方（盖章）：东莞市塘厦镇盈利达贸易有限公司　　乙方（签字）：陈伟明"),
    ("p", "2025年9月1日"),
]))

# hh13 — 最高额保证 by a company with a board resolution
DOCS.append(("hh13_zuigaoe_baozheng_chuangyuan.txt", "utf-8", """\
最高额保证合同
合同编号：GDXD-ZGBZ-2023-0628-05

债权人（甲方）：东莞市莞达小额贷款股份有限公司
债务人：东莞市松山湖智创自动化科技有限公司
保证人（乙方）：东莞市创源实业投资有限公司
统一社会信用代码：91441900MA4U******；法定代表人：袁志远

第一条 被担保的主债权
1.1 甲方与债务人签订的编号为GDXD-SX-2023-0628-05的《授信额度合同》项下，自2023年6月28日起至2025年6月27日止（债权确定期间）甲方向债务人发放的各笔贷款所形成的债权。
1.2 最高债权额：本金余额最高不超过人民币伍佰万元整（¥5,000,000.00）及相应的利息、罚息、违约金和实现债权的费用。
第二条 保证方式
乙方提供连带责任保证。
第三条 保证期间
按甲方对债务人每笔债权分别计算，自每笔债权履行期限届满之日起三年。
第四条 保证人声明
乙方已按其公司章程规定取得董事会决议同意提供本保证（见附件《董事会决议》），签署本合同的人员已获合法授权。
第五条 争议解决
向甲方住所地人民法院提起诉讼。
第六条 其他
本合同自双方盖章及法定代表人或授权代表签字之日起生效。

甲方（盖章）：东莞市莞达小额贷款股份有限公司
乙方（盖章）：东莞市创源实业投资有限公司　法定代表人：袁志远
签订日期：2023年6月28日

附件：
东莞市创源实业投资有限公司董事会决议
会议时间：2023年6月20日　会议地点：公司会议室
应到董事5名，实到董事5名，符合公司章程规定。经全体董事一致表决通过如下决议：
同意公司为东莞市松山湖智创自动化科技有限公司在东莞市莞达小额贷款股份有限公司的授信提供最高额连带责任保证，最高债权本金额人民币伍佰万元，保证期间三年。
董事签字：袁志远　袁志明　郭少芬　麦文辉　陈家乐
"""))

# hh14 — Cantonese boss's 借據 in HKD, traditional characters
DOCS.append(("hh14_jieju_gangbi_maizhirong.txt", "utf-8", """\
借　據

本人麥志榮（身份證號碼：4419**********3378，東莞市清溪鎮榮興電子廠老闆）今向陳家輝先生（香港身份證 K65****(3)）借到港幣伍拾萬元正（HK$500,000.00），約折合人民幣肆拾伍萬元，款項已由陳生喺2021年4月18日經香港匯豐銀行轉咗畀我。

利息：每月港幣伍仟元，每月18號之前畀陳生。
還款：本金於2021年10月18日前全數歸還（港幣）。

借款人：麥志榮（簽名、手指模）
見證人：區國強
2021年4月18日
"""))

# hh15 — 委托贷款 through a 村镇银行, DOCX table
DOCS.append(("hh15_weituo_daikuan_jingyi.docx", "docx", [
    ("h", "委托贷款借款合同"),
    ("p", "合同编号：GLCZ-WT-2021-1115-002"),
    ("p", "委托人：东莞市华科投资有限公司"),
    ("p", "贷款人（受托人）：东莞莞联村镇银行股份有限公司长安支行"),
    ("p", "借款人：东莞市长安镇精艺模具有限公司"),
    ("p", "保证人：周永康（借款人法定代表人）"),
    ("p", "根据委托人与贷款人签订的《委托贷款委托合同》，贷款人受委托人委托向借款人发放委托贷款，贷款风险由委托人承担。各方约定如下："),
    ("t", [
        ["委托贷款金额", "人民币叁佰万元整（¥3,000,000.00）"],
        ["贷款用途", "购买CNC加工中心及流动资金周转"],
        ["贷款期限", "2021年11月15日至2022年11月14日"],
        ["贷款利率", "年利率9%（固定利率，由委托人确定）"],
        ["结息及还款方式", "按季结息，结息日为每季末月20日；到期一次性归还本金"],
        ["罚息", "逾期贷款按本合同利率上浮50%计收罚息"],
        ["手续费", "委托贷款手续费由委托人支付，借款人无须支付"],
        ["担保", "保证人周永康提供连带责任保证，保证期间为主债务履行期限届满之日起二年"],
        ["争议解决", "向贷款人住所地人民法院起诉"],
        ["签订日期", "2021年11月12日"],
    ]),
    ("p", "第一条　贷款人仅根据委托人的指示发放、监督使用并协助收回贷款，不承担借款人不能偿还的风险。"),
    ("p", "第二条　借款人应按合同约定用途使用借款，不得用于证券、期货、理财及股本权益性投资。"),
    ("p", "委托人（盖章）：东莞市华科投资有限公司"),
    ("p", "贷款人（盖章）：东莞莞联村镇银行股份有限公司长安支行"),
    ("p", "借款人（盖章）：东莞市长安镇精艺模具有限公司　保证人（签字）：周永康"),
]))

# hh16 — co-borrowers (couple), rate per 万元 per day
DOCS.append(("hh16_jiekuan_gongtong_luojianhua.txt", "utf-8", """\
借款合同

出借人（甲方）：邓国樑，住东莞市东城街道主山社区
借款人（乙方一）：罗建华，身份证号：4419**********0919
借款人（乙方二）：苏巧玲，身份证号：4419**********2742（乙方一之配偶）
乙方一、乙方二为共同借款人，对本合同项下债务承担连带清偿责任。

一、借款金额：人民币贰拾万元整（¥200,000）。
二、借款期限：自2022年10月8日起至2023年4月7日止。
三、利息：按每万元每天叁元计算（即借款20万元每天利息60元），借款到期时本息一次性付清。
四、逾期：乙方逾期归还的，逾期部分按每万元每天肆元计收逾期利息。
五、本合同项下借款由甲方以银行转账方式支付至乙方一名下农业银行账户（尾号3308）。
六、因本合同引起的争议，由合同签订地人民法院管辖。

甲方：邓国樑
乙方一：罗建华　　乙方二：苏巧玲
签订日期：2022年10月8日　　签订地点：东莞市东城街道
"""))

# hh17 — 借款协议 between two businesses, no interest clause, lump-sum 违约金
DOCS.append(("hh17_jiekuan_lianxing_buliao.txt", "utf-8", """\
借款协议

甲方：东莞市虎门镇雅丽诗服装有限公司
乙方：东莞市虎门镇联兴布料商行（经营者：邝联兴）

乙方因资金周转困难，向甲方借款人民币捌万元整（80,000元），用于支付上游布料货款。双方约定：
1、借款期限三个月，自2025年4月2日至2025年7月1日。
2、乙方应于2025年7月1日前将借款一次性归还甲方。乙方也可以用甲方认可的布料抵偿部分借款，抵偿价格另行协商。
3、乙方逾期未还的，应按借款金额的20%向甲方支付违约金。
4、因本协议发生争议，双方协商解决，协商不成的，向甲方所在地人民法院起诉。

甲方（盖章）：东莞市虎门镇雅丽诗服装有限公司
乙方（签字、盖章）：邝联兴
2025年4月2日
"""))

# hh18 — bilingual loan from a Hong Kong company
DOCS.append(("hh18_loan_agreement_kangli.txt", "utf-8", """\
借款协议　LOAN AGREEMENT

本协议由以下各方于2023年2月20日在东莞市签订：
This Agreement is made on 20 February 2023 in Dongguan by and between:

出借人（甲方）：常青太平洋贸易有限公司（香港）
Lender (Party A): Evergreen Pacific Trading Limited (Hong Kong)
借款人（乙方）：东莞市凤岗镇康力电子有限公司
Borrower (Party B): Dongguan Fenggang Kangli Electronics Co., Ltd.
保证人（丙方）：林振邦
Guarantor (Party C): LAM Chun Pong

1. 借款金额 Loan Amount
甲方向乙方提供港币叁佰万元整（HK$3,000,000.00）的借款，乙方以港币偿还。
Party A agrees to lend to Party B HK$3,000,000.00 (Hong Kong Dollars Three Million Only), repayable in Hong Kong Dollars.

2. 期限 Term
借款期限自2023年3月1日起至2025年2月28日止。
The term of the loan is from 1 March 2023 to 28 February 2025.

3. 利息 Interest
年利率6%，按季支付，每季度末月25日付息，本金到期一次归还。
Interest at 6% per annum is payable quarterly on the 25th day of the last month of each quarter; the principal is repayable in full on maturity.

4. 逾期利息 Default Interest
逾期款项按年利率9%计收逾期利息。
Overdue amounts bear default interest at 9% per annum.

5. 保证 Guarantee
丙方对乙方在本协议项下的全部债务承担连带责任保证，保证期间为借款到期之日起三年。
Party C guarantees all obligations of Party B hereunder as a joint and several guarantor; the guarantee period is three years from the maturity date.

6. 争议解决 Dispute Resolution
因本协议产生的争议提交深圳国际仲裁院仲裁。
Any dispute arising hereunder shall be submitted to the Shenzhen Court of International Arbitration for arbitration.

7. 本协议中英文具同等效力，如有歧义以中文为准。
Both language versions are equally authentic; the Chinese version prevails in case of discrepancy.

甲方 Party A：常青太平洋贸易有限公司 Evergreen Pacific Trading Limited（授权签字人 Authorised signatory: CHAN Wai Kit）
乙方 Party B：东莞市凤岗镇康力电子有限公司（盖章）
丙方 Party C：林振邦 LAM Chun Pong
"""))

# hh19 — pre-LPR 借条 with a guarantor of no stated type, GB18030, long expired
DOCS.append(("hh19_jietiao_tanzhigang_gb18030.txt", "gb18030", """\
借条

今借到刘耀祖人民币捌万元整（80000元），年息壹分，于2017年12月31日前连本带息还清。

借款人：谭志刚
身份证：4419**********1652
担保人：谭志明
2017年6月12日
"""))

# hh20 — our own 借款合同 with 大写/小写 disagreeing, daily rate, 等额本息 schedule, DOCX
DOCS.append(("hh20_gdxd_jiekuan_yongxing_wujin.docx", "docx", [
    ("h", "借款合同"),
    ("p", "合同编号：GDXD-JK-2025-1020-088"),
    ("t", [
        ["项目", "内容"],
        ["贷款人", "东莞市莞达小额贷款股份有限公司"],
        ["借款人", "东莞市横沥镇永兴五金加工厂（个体工商户，经营者：何振雄）"],
        ["保证人", "何振雄　身份证号：4419**********4471"],
        ["借款金额", "小写：¥150,000.00　　大写：人民币壹拾伍万伍仟元整"],
        ["借款期限", "12个月，2025年10月20日至2026年10月19日"],
        ["日利率", "0.05%（按日计息，折合年化利率18.25%）"],
        ["还款方式", "等额本息，每月20日还款，共12期（见附表还款计划）"],
        ["逾期罚息", "日利率0.075%"],
        ["保证方式", "连带责任保证"],
        ["保证期间", "主债务履行期限届满之日起三年"],
        ["争议解决", "向贷款人住所地人民法院起诉"],
        ["签订日期", "2025年10月20日"],
    ]),
    ("p", "附表：还款计划（单位：元）"),
    ("t", [
        ["期数", "还款日", "应还本金", "应还利息", "月供"],
        ["1", "2025-11-20", "11,488.60", "2,281.25", "13,769.85"],
        ["2", "2025-12-20", "11,663.32", "2,106.53", "13,769.85"],
        ["3", "2026-01-20", "11,840.70", "1,929.15", "13,769.85"],
        ["4", "2026-02-20", "12,020.78", "1,749.07", "13,769.85"],
        ["5", "2026-03-20", "12,203.60", "1,566.25", "13,769.85"],
        ["6", "2026-04-20", "12,389.19", "1,380.66", "13,769.85"],
        ["7", "2026-05-20", "12,577.61", "1,192.24", "13,769.85"],
        ["8", "2026-06-20", "12,768.90", "1,000.95", "13,769.85"],
        ["9", "2026-07-20", "12,963.09", "806.76", "13,769.85"],
        ["10", "2026-08-20", "13,160.24", "609.61", "13,769.85"],
        ["11", "2026-09-20", "13,360.38", "409.47", "13,769.85"],
        ["12", "2026-10-19", "13,563.59", "206.28", "13,769.87"],
    ]),
    ("p", "第一条　借款人应按附表按期足额还款；逾期的，自逾期之日起按要素表约定的逾期罚息利率计收罚息。"),
    ("p", "第二条　保证人自愿为借款人在本合同项下的全部债务承担连带责任保证。"),
    ("p", "贷款人（盖章）：东莞市莞达小额贷款股份有限公司"),
    ("p", "借款人（盖章）：东莞市横沥镇永兴五金加工厂　经营者签字：何振雄　　保证人签字：何振雄"),
]))

# hh21 — 2026 private loan above 4×LPR (LPR table may be stale for 2026)
DOCS.append(("hh21_jiekuan_sutong_wuliu_2026.txt", "utf-8", """\
借款合同

出借人（甲方）：罗志伟，身份证号：4419**********2218
借款人（乙方）：东莞市寮步镇速通物流有限公司
保证人（丙方）：黄瑞明（乙方法定代表人），身份证号：4452**********6039

1. 借款金额：人民币叁拾万元整（¥300,000.00），甲方于2026年1月15日转入乙方公司账户。
2. 借款期限：2026年1月15日至2026年7月14日。
3. 借款利率：年化利率15%，每月15日付息，到期还本。
4. 逾期利率：逾期未还部分按年化利率18%计算逾期利息。
5. 丙方为乙方本合同项下债务承担连带责任保证，保证期间为主债务履行期届满之日起六个月。
6. 争议解决：向甲方住所地人民法院起诉。

甲方：罗志伟
乙方（盖章）：东莞市寮步镇速通物流有限公司　法定代表人：黄瑞明
丙方：黄瑞明
签订日期：2026年1月12日
"""))

# hh22 — 续借: settled interest rolled into a new 借条
DOCS.append(("hh22_jietiao_xujie_huangzhijian.txt", "utf-8", """\
借　条

今借到张丽娟人民币壹拾壹万贰仟元整（¥112,000.00元）。
说明：此借条系对2021年5月20日借条（借款10万元）的结算换据，其中本金100,000元，截至2022年5月20日未付利息12,000元，双方结算后一并计入本借条本金，原借条作废。
利息按月息1.5分计算，每月20日前支付。借款期限一年，至2023年5月19日归还全部本金。

借款人：黄志坚
身份证号：4452**********4410
2022年5月20日
"""))

# hh23 — 企业间借贷 with corporate guarantor and board resolution, DOCX table
DOCS.append(("hh23_qiye_jiekuan_huamei_yinshua.docx", "docx", [
    ("h", "借款合同"),
    ("p", "甲方（出借人）：东莞市清溪镇华美印刷有限公司"),
    ("p", "乙方（借款人）：东莞市樟木头镇联合纸品有限公司"),
    ("p", "丙方（保证人）：东莞市金利纸业贸易有限公司"),
    ("t", [
        ["借款金额", "人民币伍拾万元整（¥500,000.00）"],
        ["借款用途", "购买原纸，仅限乙方生产经营"],
        ["借款期限", "2024年5月6日至2025年5月5日"],
        ["借款利率", "年利率7.2%"],
        ["付息方式", "按季付息（每季末月20日），到期还本"],
        ["逾期利率", "年利率10.8%"],
        ["保证方式", "连带责任保证"],
        ["保证期间", "主债务履行期届满之日起两年"],
        ["争议解决", "东莞仲裁委员会"],
        ["签订日期", "2024年4月30日"],
    ]),
    ("p", "第一条　甲方声明：本借款为甲方自有资金，非向他人借贷或吸收公众存款所得，甲方不以放贷为业。"),
    ("p", "第二条　甲方于2024年5月6日将借款转入乙方基本账户，乙方出具收款收据。"),
    ("p", "第三条　丙方已向甲方提交其董事会于2024年4月26日作出的同意为本借款提供连带责任保证的决议原件。"),
    ("p", "第四条　乙方违反借款用途的，甲方有权提前收回借款。"),
    ("p", "甲方（盖章）：东莞市清溪镇华美印刷有限公司　　乙方（盖章）：东莞市樟木头镇联合纸品有限公司"),
    ("p", "丙方（盖章）：东莞市金利纸业贸易有限公司"),
]))

# hh24 — 融资担保 company guaranteeing a bank loan (LPR-linked rate)
DOCS.append(("hh24_baozheng_huitong_rongzi_danbao.txt", "utf-8", """\
保证合同
编号：YDN-DG-BZ-2024-1210-018

债权人（甲方）：粤东南商业银行股份有限公司东莞分行
保证人（乙方）：东莞市汇通融资担保有限公司
债务人：东莞市大岭山镇美居家具有限公司

第一条 主合同
本合同所担保的主合同为甲方与债务人签订的编号为YDN-DG-JK-2024-1210-018的《流动资金借款合同》，借款金额人民币贰佰万元整，借款期限自2024年12月10日起至2025年12月9日止，借款利率为定价日一年期贷款市场报价利率（LPR）加85个基点，按月结息，到期一次还本。
第二条 保证方式
乙方承担连带责任保证。
第三条 保证范围
主合同项下借款本金、利息、罚息、复利、违约金、损害赔偿金及实现债权的费用。
第四条 保证期间
主合同项下债务履行期限届满之日起三年。
第五条 甲方与债务人协议展期的，应经乙方书面同意；未经同意的，乙方对展期部分不承担保证责任。
第六条 乙方与债务人之间的委托担保及反担保安排，不影响乙方在本合同项下的责任。
第七条 争议解决
向甲方住所地人民法院起诉。

甲方（公章）：粤东南商业银行股份有限公司东莞分行
乙方（公章）：东莞市汇通融资担保有限公司
签订日期：2024年12月6日
"""))

# hh25 — unlicensed "consulting" company, monthly service fee, deposit and fee deducted at disbursement
DOCS.append(("hh25_jiekuan_dengxiaomin_fuwufei.txt", "utf-8", """\
借款合同

甲方（出借人）：东莞市聚鑫信息咨询有限公司
乙方（借款人）：邓晓敏　身份证号：4306**********2245　工作单位：东莞市南城街道某电子厂

1.乙方向甲方借款人民币伍万元整（50,000元），借款期限6个月，自2024年3月1日至2024年8月31日。
2.借款月利率1%，另每月收取账户管理服务费1,500元，利息及服务费每月1日前一并支付。
3.放款时甲方一次性收取首期服务费1,500元及风险保证金1,500元，从借款中直接扣除，实际到账47,000元。风险保证金于乙方结清借款后退还。
4.到期一次性归还本金50,000元。
5.乙方逾期还款的，每逾期一天收取逾期管理费200元，并承担甲方催收产生的全部费用。
6.争议由甲方所在地法院管辖。

乙方签名：邓晓敏
2024年3月1日
"""))

# hh26 — 2019-12 contract (after the first LPR, before 2020-08-20), rate under 4×LPR, guarantor type unstated
DOCS.append(("hh26_jiekuan_liangyongjian_2019.txt", "utf-8", """\
借款合同

出借人：卢少华，身份证号4419**********1175
借款人：梁永坚，身份证号4419**********0394
保证人：梁永康，身份证号4419**********0416

一、借款金额人民币叁拾万元（300,000元）。
二、借款期限自2019年12月5日起至2020年12月4日止，共一年。
三、年利率15%，每季度末付息一次，到期归还本金。
四、借款人逾期还款的，逾期部分按年利率16%计收逾期利息。
五、保证人梁永康自愿为借款人提供保证，保证期间为两年。
六、争议：向出借人住所地人民法院起诉。

出借人：卢少华　　借款人：梁永坚　　保证人：梁永康
2019年12月3日
"""))

# hh27 — natural person lending to a restaurant company, clean
DOCS.append(("hh27_jiekuan_weijia_canyin.txt", "utf-8", """\
借款合同

甲方（出借人）：何永坚，身份证号4419**********5812
乙方（借款人）：东莞市味佳餐饮管理有限公司，住所：东莞市南城街道宏图路
丙方（保证人）：黎宝仪（乙方执行董事兼法定代表人），身份证号4419**********3320

1. 乙方因新开分店装修需要，向甲方借款人民币叁拾伍万元整（350,000元）。
2. 借款期限：2023年10月16日至2024年10月15日。
3. 借款年利率12%，按月付息，每月16日支付利息3,500元；本金于借款期限届满时一次性归还。
4. 乙方逾期归还本金或逾期支付利息的，逾期部分按年利率13%计付逾期利息。
5. 丙方对乙方在本合同项下的债务承担连带责任保证，保证期间为主债务履行期限届满之日起二年。
6. 争议：协商不成的，任何一方可向合同签订地（东莞市南城街道）人民法院起诉。

甲方：何永坚
乙方（盖章）：东莞市味佳餐饮管理有限公司
丙方：黎宝仪
2023年10月16日
"""))

# hh28 — 五金贸易商行 lending to a driver, 等额本金 schedule, guarantor named only as 丙方 in the prose
DOCS.append(("hh28_jiekuan_shunchang_fenqi.txt", "utf-8", """\
借款合同

甲方：东莞市万江街道顺昌五金贸易商行
乙方：梁国栋，身份证号：4419**********3390
丙方：梁国强，身份证号：4419**********3376

鉴于乙方向甲方借款用于支付其货车购置尾款，丙方系乙方之兄。三方约定：

第一条　甲方出借人民币壹拾贰万元（¥120,000.00）予乙方，于本合同签订当日转账支付。
第二条　借款年利率10%，利息按每期期初未还本金计算。
第三条　乙方按下表分6期还款，每期归还本金20,000元及当期利息：

期数  还款日期      本金(元)    利息(元)    合计(元)
1     2025-07-10    20,000      1,000.00    21,000.00
2     2025-08-10    20,000        833.33    20,833.33
3     2025-09-10    20,000        666.67    20,666.67
4     2025-10-10    20,000        500.00    20,500.00
5     2025-11-10    20,000        333.33    20,333.33
6     2025-12-10    20,000        166.67    20,166.67
合计                120,000     3,500.00   123,500.00

第四条　乙方任一期逾期的，逾期部分按年利率11%计收逾期利息。
第五条　丙方自愿对乙方本合同项下全部债务承担连带责任保证，保证期间为最后一期还款期限届满之日起二年。
第六条　争议解决：向甲方住所地人民法院起诉。

甲方（盖章）：东莞市万江街道顺昌五金贸易商行　经营者：陈顺昌
乙方：梁国栋　　丙方：梁国强
签订日期：2025年6月10日
"""))

# hh29 — "投资咨询" company, two months' interest taken up front, DOCX table
DOCS.append(("hh29_jiekuan_jinggong_jixie_kantou.docx", "docx", [
    ("h", "借款合同"),
    ("p", "甲方（出借人）：东莞市汇金投资咨询有限公司"),
    ("p", "乙方（借款人）：东莞市茶山镇精工机械有限公司"),
    ("p", "丙方（保证人）：周建明（乙方实际控制人），身份证号：4419**********2759"),
    ("t", [
        ["借款本金", "人民币伍拾万元整（¥500,000.00）"],
        ["借款期限", "6个月：2021年8月10日至2022年2月9日"],
        ["月利率", "1.5%"],
        ["付息", "每月10日付息，到期还本"],
        ["预收利息", "甲方放款时一次性预收前两个月利息人民币壹万伍仟元（¥15,000.00），实际放款人民币肆拾捌万伍仟元（¥485,000.00）"],
        ["逾期", "逾期罚息按未还本金每日千分之一计收"],
        ["保证", "丙方承担连带责任保证，保证期间至主债务本息全部还清之日止"],
        ["争议解决", "甲方所在地人民法院"],
        ["签订日期", "2021年8月10日"],
    ]),
    ("p", "第一条　乙方确认已收到实际放款485,000元，预收利息冲抵第1、2期（2021年9月10日、10月10日）应付利息。"),
    ("p", "第二条　乙方未按期付息超过7日的，甲方有权宣布借款提前到期。"),
    ("p", "甲方（盖章）：东莞市汇金投资咨询有限公司　　乙方（盖章）：东莞市茶山镇精工机械有限公司　　丙方：周建明"),
]))

# hh30 — natural persons, uneven installments in a table, DOCX
DOCS.append(("hh30_jiekuan_xiemeihua_fenqi.docx", "docx", [
    ("h", "借款合同"),
    ("p", "出借人（甲方）：叶国权　身份证号：4419**********6035"),
    ("p", "借款人（乙方）：谢美华　身份证号：4452**********1864"),
    ("t", [
        ["借款金额", "¥80,000.00（人民币捌万元整）"],
        ["借款期限", "2024年9月23日至2025年9月22日"],
        ["年利率", "9.6%（按期初未还本金计息）"],
        ["还款方式", "按下表分四期还本付息"],
        ["逾期利率", "年利率13.2%"],
        ["保证人", "无"],
        ["争议解决", "向甲方住所地人民法院起诉"],
        ["签订日期", "2024年9月23日"],
    ]),
    ("p", "还款计划表（单位：元）"),
    ("t", [
        ["期次", "还款日", "本金", "利息", "合计"],
        ["1", "2024-12-22", "30,000.00", "1,920.00", "31,920.00"],
        ["2", "2025-03-22", "20,000.00", "1,200.00", "21,200.00"],
        ["3", "2025-06-22", "20,000.00", "720.00", "20,720.00"],
        ["4", "2025-09-22", "10,000.00", "240.00", "10,240.00"],
        ["合计", "", "80,000.00", "4,080.00", "84,080.00"],
    ]),
    ("p", "甲方于签订当日通过微信转账向乙方支付借款80,000元。"),
    ("p", "甲方：叶国权　　乙方：谢美华"),
]))

# ---------------------------------------------------------------------------------------------------------------
# Gold. Rates and amounts as strings (compared as Decimals). A field left out = the document leaves it open or it
# has several values; null = the document plainly has none.
# ---------------------------------------------------------------------------------------------------------------

NAT, ENT, LIC = "natural_person", "enterprise", "licensed_lender"
GDXD = "东莞市莞达小额贷款股份有限公司"
NONE_G = {"guarantor": None, "guarantee_type": None, "guarantee_period_months": None}

GOLD: list[dict] = [
    {"file": "hh01_gdxd_jiekuan_chenzhiqiang.docx", "as_of": "2025-11-03",
     "fields": {"lender": GDXD, "lender_kind": LIC, "borrower": "陈志强", "borrower_kind": NAT,
                "principal": "300000", "annual_rate": "0.18", "overdue_rate": "0.27", "penalty_rate": None,
                "contract_date": "2024-03-15", "start_date": "2024-03-15", "end_date": "2025-03-14",
                "repayment_method": "按月付息、到期还本", "dispute_method": "court",
                "guarantor": "刘美玲", "guarantee_type": "连带责任保证", "guarantee_period_months": 36},
     "findings": ["cap_not_applicable_licensed_lender"],
     "notes": "罚息 = 约定利率加收50% → 18% × 1.5 = 27%. The 志强塑胶制品厂 is only the loan purpose; the borrower is 陈志强."},
    {"file": "hh02_gdxd_baozheng_hewanyi.docx", "as_of": "2025-12-15",
     "fields": {"lender": GDXD, "lender_kind": LIC, "borrower": "东莞市厚街镇锦鸿鞋材有限公司", "borrower_kind": ENT,
                "principal": "800000", "annual_rate": "0.168",
                "contract_date": "2025-07-08", "start_date": "2025-07-08", "end_date": "2026-07-07",
                "repayment_method": "按月付息、到期还本", "dispute_method": "court",
                "guarantor": "何婉仪", "guarantee_type": "连带责任保证", "guarantee_period_months": 24},
     "findings": ["cap_not_applicable_licensed_lender"],
     "notes": "A guarantee contract: lender = 债权人, borrower = 债务人; the main loan's terms are recited in the table. "
              "Overdue rate and penalty live in the main contract (not in this document) → left out, not null."},
    {"file": "hh03_jietiao_hejiahao.txt", "as_of": "2026-06-18",
     "fields": {"lender": "黄伟文", "lender_kind": NAT, "borrower": "何家豪", "borrower_kind": NAT,
                "principal": "50000", "amount_delivered": "50000", "annual_rate": "0.24", "overdue_rate": None,
                "penalty_rate": None, "contract_date": "2023-05-10", "start_date": "2023-05-10",
                "end_date": "2023-08-10", "repayment_method": "按月付息、到期还本", "dispute_method": None, **NONE_G},
     "findings": ["rate_above_4x_lpr", "no_overdue_rate_agreed"],
     "notes": "月息2分 = 2 %/month = 24 %/yr; LPR on 2023-05-10 was 3.65 % → cap 14.6 %. '搵我屋企人' is not a guarantee. "
              "The note says 5万 was transferred in full ('冇扣钱') → delivered 50000. Limitation runs to 2026-08-10: not expired on as_of."},
    {"file": "hh04_qiye_jiekuan_ruifeng_gb18030.txt", "as_of": "2026-02-03",
     "fields": {"lender": "东莞市长安镇锐丰五金制品有限公司", "lender_kind": ENT,
                "borrower": "东莞市凤岗镇宏捷塑胶制品有限公司", "borrower_kind": ENT,
                "principal": "800000", "annual_rate": "0.08", "overdue_rate": "0.1095", "penalty_rate": None,
                "contract_date": "2021-05-28", "start_date": "2021-06-01", "end_date": "2022-05-31",
                "repayment_method": "到期一次性还本付息", "dispute_method": "arbitration",
                "guarantor": "张国栋", "guarantee_type": "连带责任保证"},
     "findings": ["guarantee_period_defaults_to_6_months", "limitation_period_expired"],
     "notes": "逾期 每日万分之三 × 365 = 10.95 % (cap 15.4 %). 保证期间 '直至本息全部还清时为止' = 约定不明 (担保制度解释 第32条) → "
              "six months; guarantee given 2021-05-28, after the Civil Code. guarantee_period_months left out (unclear clause, "
              "not a number). Due 2022-05-31 → limitation ended 2025-05-31 < as_of 2026-02-03."},
    {"file": "hh05_shouhou_huizu_jinfeng.txt", "as_of": "2025-10-09",
     "fields": {"lender": "广东粤融融资租赁有限公司", "lender_kind": LIC, "borrower": "东莞市厚街镇锦峰鞋业有限公司",
                "borrower_kind": ENT, "principal": "1200000", "annual_rate": "0.115", "overdue_rate": None,
                "penalty_rate": "0.1825", "contract_date": "2022-09-17", "start_date": "2022-09-20",
                "end_date": "2025-09-19", "repayment_method": "等额本息", "dispute_method": "court",
                "guarantee_type": "连带责任保证", "guarantee_period_months": 36},
     "findings": ["cap_not_applicable_licensed_lender"],
     "notes": "售后回租: principal = 融资金额 1,200,000; 租赁年利率 11.5 %. Late rent: 违约金 每日万分之五 → penalty 18.25 %, no 逾期利率. "
              "Two guarantors (郑锦峰, 罗小梅) → guarantor left out; both 连带, 36 months. 手续费 paid separately, not deducted."},
    {"file": "hh06_baoli_hongda.docx", "as_of": "2025-08-14",
     "fields": {"lender": "东莞市鼎盛商业保理有限公司", "lender_kind": LIC, "borrower": "东莞市塘厦镇宏达电子科技有限公司",
                "borrower_kind": ENT, "principal": "2000000", "annual_rate": "0.096", "overdue_rate": "0.144",
                "penalty_rate": None, "contract_date": "2024-11-05", "start_date": "2024-11-08",
                "end_date": "2025-05-07", "repayment_method": "按月付息、到期还本", "dispute_method": "arbitration",
                "guarantor": "周宏达", "guarantee_type": "连带责任保证", "guarantee_period_months": 36},
     "findings": ["cap_not_applicable_licensed_lender"],
     "notes": "Principal = 保理融资款 2,000,000 (not the 2,500,000 receivable). 逾期 上浮50% → 9.6 × 1.5 = 14.4 %. "
              "服务费 paid separately before disbursement, so no up-front deduction."},
    {"file": "hh07_gudong_jiekuan_huaying.txt", "as_of": "2026-11-30",
     "fields": {"lender": "李国华", "lender_kind": NAT, "borrower": "东莞市常平镇华盈包装制品有限公司", "borrower_kind": ENT,
                "principal": "600000", "annual_rate": "0", "overdue_rate": "0.06", "penalty_rate": None,
                "contract_date": "2021-12-28", "start_date": "2022-01-01", "end_date": "2023-12-31",
                "repayment_method": "到期一次性还本付息", "dispute_method": "court", **NONE_G},
     "findings": [],
     "notes": "Interest expressly waived (无息借款) → rate 0 agreed, so no no_interest_agreed. Repayment is one lump sum at "
              "maturity (no interest) → closest category 到期一次性还本付息. Due 2023-12-31 → limitation to 2026-12-31, "
              "not expired on 2026-11-30 (near miss). Date written in Chinese numerals."},
    {"file": "hh08_jiekuan_yexiuying.txt", "as_of": "2025-03-20",
     "fields": {"lender": "钟文斌", "lender_kind": NAT, "borrower": "叶秀英", "borrower_kind": NAT,
                "principal": "100000", "amount_delivered": "92000", "annual_rate": "0.144", "overdue_rate": "0.365",
                "penalty_rate": None, "contract_date": "2024-08-15", "start_date": "2024-08-15",
                "end_date": "2025-02-14", "repayment_method": "按月付息、到期还本", "dispute_method": "court",
                "guarantor": "叶志明", "guarantee_type": "unspecified", "guarantee_period_months": 24},
     "findings": ["interest_deducted_upfront", "rate_above_4x_lpr", "overdue_charges_above_cap",
                  "guarantee_type_defaults_to_general"],
     "notes": "砍头息 hidden as 咨询服务费 8,000 deducted → delivered 92,000. 月利率1.2 % = 14.4 % > 13.4 % (LPR 3.35 on 2024-08-15). "
              "逾期 千分之一/日 = 36.5 %. 担保人 with '担保期间…二年' but no type, 2024 → 一般保证 by default (民法典 686)."},
    {"file": "hh09_jietiao_zhenxing_maozhi_gb18030.txt", "as_of": "2026-04-22",
     "fields": {"lender": "梁振华", "lender_kind": NAT, "borrower": "东莞市大朗镇振兴毛织厂", "borrower_kind": ENT,
                "principal": "200000", "annual_rate": "0.36", "overdue_rate": None, "penalty_rate": None,
                "contract_date": "2018-03-01", "start_date": "2018-03-01", "end_date": "2018-12-31",
                "repayment_method": "按月付息、到期还本", "dispute_method": None, **NONE_G},
     "findings": ["pre_lpr_rate_rules", "no_overdue_rate_agreed"],
     "notes": "月息叁分 = 3 %/month = 36 %/yr, contract 2018 → 2015 rules' 24/36 lines. Repayment notes on the back: the last, "
              "2024-05-01, restarts limitation to 2027-05-01 (the 2021-06-20 one came before the first expiry 2021-12-31) → "
              "not expired. Borrower is the 毛织厂 (sealed), 黎振兴 signs as 经营者."},
    {"file": "hh10_diandang_wujiahao.txt", "as_of": "2025-04-02",
     "fields": {"lender": "东莞市恒通典当有限公司", "lender_kind": LIC, "borrower": "吴嘉豪", "borrower_kind": NAT,
                "principal": "60000", "annual_rate": "0.06", "overdue_rate": None, "penalty_rate": None,
                "contract_date": "2025-02-10", "start_date": "2025-02-10", "end_date": "2025-03-11",
                "repayment_method": "到期一次性还本付息", "dispute_method": "arbitration", **NONE_G},
     "findings": ["cap_not_applicable_licensed_lender"],
     "notes": "annual_rate = 当金月利率0.5 % × 12 = 6 %; the 月2.4 % 综合费 is a fee, not interest (典当管理办法 separates them). "
              "Pledge of the borrower's own watch → no guarantor. No overdue charge: late = 绝当."},
    {"file": "hh11_zhanqi_hengchang_dianqi.txt", "as_of": "2025-02-18",
     "fields": {"lender": "莫少峰", "lender_kind": NAT, "borrower": "东莞市石龙镇恒昌电器商行", "borrower_kind": ENT,
                "principal": "159000", "annual_rate": "0.10", "overdue_rate": None, "penalty_rate": None,
                "contract_date": "2025-01-05", "start_date": "2025-01-01", "end_date": "2025-12-31",
                "repayment_method": "到期一次性还本付息", "dispute_method": "court",
                "guarantor": "梁丽华", "guarantee_type": "连带责任保证", "guarantee_period_months": 36},
     "findings": ["compound_interest_restated", "no_overdue_rate_agreed"],
     "notes": "展期协议: 9,000 unpaid interest 计入本金 → principal as written 159,000 (original 150,000). 展期 year rate 10 % < 12.4 % "
              "(LPR 3.10 on 2025-01-05); the original 月息1分 = 12 % was under its cap too. start_date = 展期起始 2025-01-01, signed 01-05."},
    {"file": "hh12_huankuan_xieyi_chenweiming.docx", "as_of": "2025-12-02",
     "fields": {"lender": "东莞市塘厦镇盈利达贸易有限公司", "lender_kind": ENT, "borrower": "陈伟明", "borrower_kind": NAT,
                "principal": "320000", "annual_rate": "0", "overdue_rate": None, "penalty_rate": "0.1825",
                "contract_date": "2025-09-01", "end_date": "2026-04-30", "repayment_method": "分期还款",
                "dispute_method": "court", **NONE_G},
     "findings": ["overdue_charges_above_cap", "no_overdue_rate_agreed"],
     "notes": "还款协议 after default: confirmed principal 320,000, interest waived for the installment period (rate 0 agreed). "
              "Late: 违约金 每日万分之五 = 18.25 % > 12 % (4 × 3.00 %; also > 13.8 % at the 2024-03-01 original loan). "
              "No 逾期利率 as such → no_overdue_rate_agreed (penalty is not an overdue rate). start_date left out (the original "
              "loan date 2024-03-01 is only recited). end_date = last installment."},
    {"file": "hh13_zuigaoe_baozheng_chuangyuan.txt", "as_of": "2024-09-10",
     "fields": {"lender": GDXD, "lender_kind": LIC, "borrower": "东莞市松山湖智创自动化科技有限公司", "borrower_kind": ENT,
                "contract_date": "2023-06-28", "dispute_method": "court",
                "guarantor": "东莞市创源实业投资有限公司", "guarantee_type": "连带责任保证", "guarantee_period_months": 36},
     "findings": ["cap_not_applicable_licensed_lender"],
     "notes": "最高额保证 for a credit line: 5,000,000 is a 最高债权额, not a principal → principal left out; rates, repayment and "
              "loan dates live in each drawdown → left out. Period 'each 债权 from its due date, three years' → 36. "
              "Hard call: the licensed-lender info finding is expected although the document has no rate."},
    {"file": "hh14_jieju_gangbi_maizhirong.txt", "as_of": "2026-03-12",
     "fields": {"lender": "陳家輝", "lender_kind": NAT, "borrower": "麥志榮", "borrower_kind": NAT,
                "principal": "500000", "amount_delivered": "500000", "annual_rate": "0.12", "overdue_rate": None,
                "penalty_rate": None, "contract_date": "2021-04-18", "start_date": "2021-04-18",
                "end_date": "2021-10-18", "repayment_method": "按月付息、到期还本", "dispute_method": None, **NONE_G},
     "findings": ["limitation_period_expired", "no_overdue_rate_agreed"],
     "notes": "Amounts in HKD (principal 500,000 in the contract currency; the RMB 45万 is an approximate conversion). "
              "每月港幣伍仟元 / 500,000 = 1 %/month = 12 % < 15.4 %. Names in traditional characters as written. "
              "見證人 區國強 is a witness, not a guarantor. Due 2021-10-18 → limitation ended 2024-10-18."},
    {"file": "hh15_weituo_daikuan_jingyi.docx", "as_of": "2025-06-20",
     "fields": {"lender": "东莞市华科投资有限公司", "lender_kind": ENT,
                "borrower": "东莞市长安镇精艺模具有限公司", "borrower_kind": ENT,
                "principal": "3000000", "annual_rate": "0.09", "overdue_rate": "0.135", "penalty_rate": None,
                "contract_date": "2021-11-12", "start_date": "2021-11-15", "end_date": "2022-11-14",
                "repayment_method": "按季付息、到期还本", "dispute_method": "court",
                "guarantor": "周永康", "guarantee_type": "连带责任保证", "guarantee_period_months": 24},
     "findings": [],
     "notes": "委托贷款: the contract's 贷款人 is the bank branch (委托人 东莞市华科投资有限公司 bears the risk). Hard call: lender = the "
              "named 贷款人 (bank) → licensed. 罚息 上浮50% → 13.5 %. as_of chosen before 2025-11-14, so no limitation finding."},
    {"file": "hh16_jiekuan_gongtong_luojianhua.txt", "as_of": "2025-12-09",
     "fields": {"lender": "邓国樑", "lender_kind": NAT, "borrower_kind": NAT,
                "principal": "200000", "annual_rate": "0.1095", "overdue_rate": "0.146", "penalty_rate": None,
                "contract_date": "2022-10-08", "start_date": "2022-10-08", "end_date": "2023-04-07",
                "repayment_method": "到期一次性还本付息", "dispute_method": "court", **NONE_G},
     "findings": [],
     "notes": "Two co-borrowers (罗建华, 苏巧玲) → borrower left out, both natural persons. 每万元每天3元 = 0.0003 × 365 = 10.95 %; "
              "逾期 每万元每天4元 = 14.6 % = exactly 4 × 3.65 % (LPR on 2022-10-08) → not above the cap. "
              "Due 2023-04-07 → limitation to 2026-04-07, not expired on as_of."},
    {"file": "hh17_jiekuan_lianxing_buliao.txt", "as_of": "2025-08-26",
     "fields": {"lender": "东莞市虎门镇雅丽诗服装有限公司", "lender_kind": ENT, "borrower": "东莞市虎门镇联兴布料商行",
                "borrower_kind": ENT, "principal": "80000", "annual_rate": None, "overdue_rate": None,
                "contract_date": "2025-04-02", "start_date": "2025-04-02", "end_date": "2025-07-01",
                "repayment_method": "到期一次性还本付息", "dispute_method": "court", **NONE_G},
     "findings": ["no_interest_agreed", "no_overdue_rate_agreed"],
     "notes": "No interest clause at all, only a lump-sum 违约金 of 20 % of the loan → penalty_rate left out (not an annual rate; "
              "annualising it would need a period). Repayment one lump sum → 到期一次性还本付息."},
    {"file": "hh18_loan_agreement_kangli.txt", "as_of": "2026-01-21",
     "fields": {"lender": "常青太平洋贸易有限公司", "lender_kind": ENT, "borrower": "东莞市凤岗镇康力电子有限公司",
                "borrower_kind": ENT, "principal": "3000000", "annual_rate": "0.06", "overdue_rate": "0.09",
                "penalty_rate": None, "contract_date": "2023-02-20", "start_date": "2023-03-01",
                "end_date": "2025-02-28", "repayment_method": "按季付息、到期还本", "dispute_method": "arbitration",
                "guarantor": "林振邦", "guarantee_type": "连带责任保证", "guarantee_period_months": 36},
     "findings": [],
     "notes": "Bilingual; Chinese prevails. Lender's Chinese name without the '（香港）' tag. HKD 3,000,000. "
              "English 'joint and several' = 连带责任保证."},
    {"file": "hh19_jietiao_tanzhigang_gb18030.txt", "as_of": "2025-08-01",
     "fields": {"lender": "刘耀祖", "lender_kind": NAT, "borrower": "谭志刚", "borrower_kind": NAT,
                "principal": "80000", "annual_rate": "0.10", "overdue_rate": None, "penalty_rate": None,
                "contract_date": "2017-06-12", "start_date": "2017-06-12", "end_date": "2017-12-31",
                "repayment_method": "到期一次性还本付息", "dispute_method": None,
                "guarantor": "谭志明", "guarantee_type": "unspecified", "guarantee_period_months": None},
     "findings": ["pre_lpr_rate_rules", "limitation_period_expired", "no_overdue_rate_agreed"],
     "notes": "年息壹分 = 10 %/yr (not 月息). Pre-LPR contract → pre_lpr_rate_rules (band: supported). 担保人 with no type and no "
              "period, but given in 2017 → 担保法 applies, so neither guarantee finding (rule version 2). Due 2017-12-31 → "
              "limitation ended 2020-12-31."},
    {"file": "hh20_gdxd_jiekuan_yongxing_wujin.docx", "as_of": "2025-10-27",
     "fields": {"lender": GDXD, "lender_kind": LIC, "borrower": "东莞市横沥镇永兴五金加工厂", "borrower_kind": ENT,
                "annual_rate": "0.1825", "overdue_rate": "0.27375", "penalty_rate": None,
                "contract_date": "2025-10-20", "start_date": "2025-10-20", "end_date": "2026-10-19",
                "repayment_method": "等额本息", "dispute_method": "court",
                "guarantor": "何振雄", "guarantee_type": "连带责任保证", "guarantee_period_months": 36},
     "findings": ["cap_not_applicable_licensed_lender"],
     "notes": "大写 壹拾伍万伍仟 (155,000) vs 小写 150,000 with no precedence clause → principal left out (contradictory; the "
              "schedule is computed on 150,000). 日利率0.05 % × 365 = 18.25 %; 罚息 0.075 %/day = 27.375 %."},
    {"file": "hh21_jiekuan_sutong_wuliu_2026.txt", "as_of": "2026-08-03", "expect_warning": "rate_above_4x_lpr",
     "fields": {"lender": "罗志伟", "lender_kind": NAT, "borrower": "东莞市寮步镇速通物流有限公司", "borrower_kind": ENT,
                "principal": "300000", "amount_delivered": "300000", "annual_rate": "0.15", "overdue_rate": "0.18",
                "penalty_rate": None, "contract_date": "2026-01-12", "start_date": "2026-01-15",
                "end_date": "2026-07-14", "repayment_method": "按月付息、到期还本", "dispute_method": "court",
                "guarantor": "黄瑞明", "guarantee_type": "连带责任保证", "guarantee_period_months": 6},
     "findings": ["rate_above_4x_lpr", "overdue_charges_above_cap"],
     "notes": "15 % and 18 % > 12 % (4 × 3.00 %). Contract date 2026-01-12 lies past the shipped LPR table's coverage → the "
              "finding should carry a data-may-be-stale warning (expect_warning; depends on agent/rules/lpr_1y.csv as of "
              "2026-12). Guarantee period expressly six months → agreed, no default-period finding."},
    {"file": "hh22_jietiao_xujie_huangzhijian.txt", "as_of": "2026-05-10",
     "fields": {"lender": "张丽娟", "lender_kind": NAT, "borrower": "黄志坚", "borrower_kind": NAT,
                "principal": "112000", "annual_rate": "0.18", "overdue_rate": None, "penalty_rate": None,
                "contract_date": "2022-05-20", "start_date": "2022-05-20", "end_date": "2023-05-19",
                "repayment_method": "按月付息、到期还本", "dispute_method": None, **NONE_G},
     "findings": ["compound_interest_restated", "rate_above_4x_lpr", "no_overdue_rate_agreed"],
     "notes": "换据: 12,000 interest rolled into the new 借条 principal 112,000. 月息1.5分 = 1.5 %/month = 18 % > 14.8 % "
              "(LPR 3.70 on 2022-05-20). Due 2023-05-19 → limitation to 2026-05-19, not expired on 2026-05-10."},
    {"file": "hh23_qiye_jiekuan_huamei_yinshua.docx", "as_of": "2025-01-08",
     "fields": {"lender": "东莞市清溪镇华美印刷有限公司", "lender_kind": ENT, "borrower": "东莞市樟木头镇联合纸品有限公司",
                "borrower_kind": ENT, "principal": "500000", "annual_rate": "0.072", "overdue_rate": "0.108",
                "penalty_rate": None, "contract_date": "2024-04-30", "start_date": "2024-05-06",
                "end_date": "2025-05-05", "repayment_method": "按季付息、到期还本", "dispute_method": "arbitration",
                "guarantor": "东莞市金利纸业贸易有限公司", "guarantee_type": "连带责任保证", "guarantee_period_months": 24},
     "findings": [],
     "notes": "Clean 企业间借贷 with a corporate guarantor backed by a board resolution. Cap 13.8 % (LPR 3.45)."},
    {"file": "hh24_baozheng_huitong_rongzi_danbao.txt", "as_of": "2025-05-12",
     "fields": {"lender": "粤东南商业银行股份有限公司东莞分行", "lender_kind": LIC, "borrower": "东莞市大岭山镇美居家具有限公司",
                "borrower_kind": ENT, "principal": "2000000", "contract_date": "2024-12-06", "start_date": "2024-12-10",
                "end_date": "2025-12-09", "repayment_method": "按月付息、到期还本", "dispute_method": "court",
                "guarantor": "东莞市汇通融资担保有限公司", "guarantee_type": "连带责任保证", "guarantee_period_months": 36},
     "findings": ["cap_not_applicable_licensed_lender"],
     "notes": "融资担保 company as guarantor of a bank loan. Rate = LPR + 85bp on the 定价日 (not stated) → annual_rate left out. "
              "'复利' in the 保证范围 is boilerplate, and the lender is a bank, so no compound finding."},
    {"file": "hh25_jiekuan_dengxiaomin_fuwufei.txt", "as_of": "2024-10-15",
     "fields": {"lender": "东莞市聚鑫信息咨询有限公司", "lender_kind": ENT, "borrower": "邓晓敏", "borrower_kind": NAT,
                "principal": "50000", "amount_delivered": "47000", "annual_rate": "0.12", "overdue_rate": None,
                "penalty_rate": None, "contract_date": "2024-03-01", "start_date": "2024-03-01",
                "end_date": "2024-08-31", "repayment_method": "按月付息、到期还本", "dispute_method": "court", **NONE_G},
     "findings": ["interest_deducted_upfront", "rate_above_4x_lpr", "overdue_charges_above_cap", "no_overdue_rate_agreed"],
     "notes": "Unlicensed '信息咨询' lender. 3,000 (service fee + 'deposit') deducted → delivered 47,000. Written rate 月1 % = 12 % "
              "(field), but the monthly 账户管理服务费 1,500 = 3 %/month is disguised interest → agreed cost 48 %/yr > 13.8 % "
              "(LPR 3.45 on 2024-03-01): hard call, rate_above_4x_lpr expected. Late: 200元/day fee = 146 %/yr → overdue charges "
              "above cap; no 逾期利率 as such → no_overdue_rate_agreed."},
    {"file": "hh26_jiekuan_liangyongjian_2019.txt", "as_of": "2023-06-15",
     "fields": {"lender": "卢少华", "lender_kind": NAT, "borrower": "梁永坚", "borrower_kind": NAT,
                "principal": "300000", "annual_rate": "0.15", "overdue_rate": "0.16", "penalty_rate": None,
                "contract_date": "2019-12-03", "start_date": "2019-12-05", "end_date": "2020-12-04",
                "repayment_method": "按季付息、到期还本", "dispute_method": "court",
                "guarantor": "梁永康", "guarantee_type": "unspecified", "guarantee_period_months": 24},
     "findings": [],
     "notes": "Contract 2019-12-03: after the first LPR (so no pre_lpr finding), before 2020-08-20. LPR then 4.15 % → cap 16.6 %; "
              "15 % and 16 % are under it (and under 24 %). Guarantor with no type, given 2019 → 担保法, no finding (rule v2). "
              "'保证期间为两年' → 24. Limitation runs to 2023-12-04 → not expired on 2023-06-15."},
    {"file": "hh27_jiekuan_weijia_canyin.txt", "as_of": "2024-12-03",
     "fields": {"lender": "何永坚", "lender_kind": NAT, "borrower": "东莞市味佳餐饮管理有限公司", "borrower_kind": ENT,
                "principal": "350000", "annual_rate": "0.12", "overdue_rate": "0.13", "penalty_rate": None,
                "contract_date": "2023-10-16", "start_date": "2023-10-16", "end_date": "2024-10-15",
                "repayment_method": "按月付息、到期还本", "dispute_method": "court",
                "guarantor": "黎宝仪", "guarantee_type": "连带责任保证", "guarantee_period_months": 24},
     "findings": [],
     "notes": "Clean. Cap 13.8 % (LPR 3.45 on 2023-10-16): 12 % and 13 % under it."},
    {"file": "hh28_jiekuan_shunchang_fenqi.txt", "as_of": "2026-01-19",
     "fields": {"lender": "东莞市万江街道顺昌五金贸易商行", "lender_kind": ENT, "borrower": "梁国栋", "borrower_kind": NAT,
                "principal": "120000", "annual_rate": "0.10", "overdue_rate": "0.11", "penalty_rate": None,
                "contract_date": "2025-06-10", "start_date": "2025-06-10", "end_date": "2025-12-10",
                "repayment_method": "等额本金", "dispute_method": "court",
                "guarantor": "梁国强", "guarantee_type": "连带责任保证", "guarantee_period_months": 24},
     "findings": [],
     "notes": "Guarantor named only as 丙方 in the prose (梁国强 in the header). Equal principal 20,000 + interest on the balance "
              "→ 等额本金. Cap 12 % (LPR 3.00; 2025-06-10 is inside the LPR table's coverage)."},
    {"file": "hh29_jiekuan_jinggong_jixie_kantou.docx", "as_of": "2024-11-20",
     "fields": {"lender": "东莞市汇金投资咨询有限公司", "lender_kind": ENT, "borrower": "东莞市茶山镇精工机械有限公司",
                "borrower_kind": ENT, "principal": "500000", "amount_delivered": "485000", "annual_rate": "0.18",
                "overdue_rate": "0.365", "penalty_rate": None, "contract_date": "2021-08-10", "start_date": "2021-08-10",
                "end_date": "2022-02-09", "repayment_method": "按月付息、到期还本", "dispute_method": "court",
                "guarantor": "周建明", "guarantee_type": "连带责任保证"},
     "findings": ["interest_deducted_upfront", "rate_above_4x_lpr", "overdue_charges_above_cap",
                  "guarantee_period_defaults_to_6_months"],
     "notes": "Two months' interest 15,000 taken up front → delivered 485,000. 月1.5 % = 18 % > 15.4 %; 逾期 千分之一/日 = 36.5 %. "
              "保证期间 '至主债务本息全部还清之日止' → unclear → six months; period field left out. Due 2022-02-09 → limitation "
              "to 2025-02-09, not expired on 2024-11-20."},
    {"file": "hh30_jiekuan_xiemeihua_fenqi.docx", "as_of": "2025-10-30",
     "fields": {"lender": "叶国权", "lender_kind": NAT, "borrower": "谢美华", "borrower_kind": NAT,
                "principal": "80000", "annual_rate": "0.096", "overdue_rate": "0.132", "penalty_rate": None,
                "contract_date": "2024-09-23", "start_date": "2024-09-23", "end_date": "2025-09-22",
                "repayment_method": "分期还款", "dispute_method": "court", **NONE_G},
     "findings": [],
     "notes": "Uneven quarterly installments (30k/20k/20k/10k) → 分期还款, not 等额本金. 保证人 '无' → null. Cap 13.4 % "
              "(LPR 3.35 on 2024-09-23): 13.2 % is under it."},
]


# ---------------------------------------------------------------------------------------------------------------

def _docx_bytes(blocks: list) -> bytes:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "lianggx"
    cp.last_modified_by = "lianggx"
    cp.created = datetime(2026, 12, 6)
    cp.modified = datetime(2026, 12, 6)
    cp.revision = 1
    for kind, content in blocks:
        if kind == "h":
            d.add_heading(content, level=1)
        elif kind == "p":
            d.add_paragraph(content)
        elif kind == "t":
            table = d.add_table(rows=len(content), cols=len(content[0]))
            table.style = "Table Grid"
            for i, row in enumerate(content):
                for j, cell in enumerate(row):
                    table.cell(i, j).text = cell
        else:
            raise ValueError(kind)
    raw = io.BytesIO()
    d.save(raw)
    # rewrite the zip with fixed member timestamps so the bytes are deterministic
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as zin, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


def build() -> None:
    names = [n for n, _, _ in DOCS]
    assert names == [g["file"] for g in GOLD], "documents and gold rows out of step"
    for name, enc, body in DOCS:
        path = HERE / name
        if enc == "docx":
            path.write_bytes(_docx_bytes(body))
        else:
            path.write_bytes(body.encode(enc))
    with (HERE / "gold.jsonl").open("w", encoding="utf-8") as fh:
        for row in GOLD:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    build()
    print(f"wrote {len(DOCS)} documents and {len(GOLD)} gold rows to {HERE}")
