"""Builder for contracts_holdout29 (held out: never tune on these rows).

Every document text and every gold row below was typed by hand for this set (persona: 孙玉梅, loan clerk at a made-up
临沂 小额贷款 company with a 潍坊 desk, who also files for a made-up 山东 融资担保 company and helps in a 区人民法院's
诉前调解 room). Running this script writes the 30 documents (TXT UTF-8, TXT GB18030, DOCX) and gold.jsonl into this
folder, byte-for-byte the same on every run.

    /work/main/.venv/bin/python eval/datasets/contracts_holdout29/make_dataset.py
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from eval.datasets import _contracts_build as cb  # noqa: E402

HERE = Path(__file__).resolve().parent
AS_OF = "2026-12-18"   # the day 孙玉梅 went through the pile before the year-end 调解 week

DOCS: list[dict] = []


def add(file: str, fmt: str, body, fields: dict, findings: list[str], as_of: str = AS_OF, notes: str | None = None,
        expect_warning: str | None = None):
    row = {"file": file, "fields": fields, "findings": findings, "as_of": as_of}
    if expect_warning:
        row["expect_warning"] = expect_warning
    if notes:
        row["notes"] = notes
    DOCS.append({"file": file, "fmt": fmt, "body": body, "gold": row})


NO_GUARANTEE = {"guarantor": None, "guarantee_type": None, "guarantee_period_months": None}

# ---------------------------------------------------------------------------------------------------------------
# sd01  临沂商城 摊主 借条, 月息一分五, 按手印 + 见证人, no overdue term
add("sd01_jietiao_linyi_shangcheng_anshouyin.txt", "utf8", """借    条

今借到赵德明（身份证号：371302********2417）现金人民币叁万元整（¥30,000.00），用于俺在临沂商城小商品城二楼B区218号摊位进年货。
借款期限一年，自2023年3月10日起至2024年3月9日止。
利息按月息一分五计算，每月肆佰伍拾元，每月10号前给付，到期一次还本。
俺那个摊位的租赁合同原件先放在恁这里，还清了再拿回来。

借款人：刘春燕（按手印）
身份证号：371311********3826
电话：139****6218
住址：临沂市兰山区金雀山街道沂河路某小区3号楼2单元

见证人：王秀兰（B区216号摊主）（按手印）

2023年3月10日
""", {
    "principal": "30000", "amount_delivered": "30000", "annual_rate": "0.18", "overdue_rate": None,
    "penalty_rate": None, "lender": "赵德明", "lender_kind": "natural_person", "borrower": "刘春燕",
    "borrower_kind": "natural_person", "contract_date": "2023-03-10", "start_date": "2023-03-10",
    "end_date": "2024-03-09", "repayment_method": "按月付息、到期还本", "dispute_method": None, **NO_GUARANTEE,
}, ["rate_above_4x_lpr", "no_overdue_rate_agreed"])

# sd02  商城 五金 经营部, 存货 动产 抵押 登记, 日万分之五 overdue, DOCX table
add("sd02_shangcheng_wujin_cunhuo_dongchan_diya.docx", "docx", [
    ("h", "借款及动产抵押合同"),
    ("p", "合同编号：LNHF-JK-2022-031"),
    ("t", [
        ["项目", "约定内容"],
        ["出借人（甲方）", "临沂市鲁南汇丰商贸有限公司"],
        ["统一社会信用代码", "91371302MA3C****7K"],
        ["借款人（乙方）", "临沂市兰山区鑫隆五金经营部"],
        ["经营者", "孙宝军（身份证号 371302********5513）"],
        ["经营场所", "临沂商城五金城C区5排12号摊位（租赁期至2025年12月31日）"],
        ["借款金额", "人民币肆拾万元整（¥400,000.00）"],
        ["借款期限", "2022年5月16日至2024年5月15日"],
        ["借款利率", "年利率10%"],
        ["还款方式", "按季付息，每季末月20日付息，到期一次归还本金"],
        ["逾期利息", "逾期未还的款项，自逾期之日起按日万分之五计收逾期利息"],
        ["抵押物", "乙方摊位及仓库内现存及将有的五金存货（工具、紧固件、水暖件），价值约陆拾万元"],
        ["抵押登记", "已在中国人民银行征信中心动产融资统一登记公示系统办理登记，登记编号0712****************2205"],
        ["保证人", "韩丽（孙宝军之妻），承担连带责任保证"],
        ["保证期间", "主债务履行期限届满之日起两年"],
    ]),
    ("p", "第一条 乙方不得擅自处分抵押存货；存货价值低于肆拾万元的，应在十日内补足。"),
    ("p", "第二条 乙方用于经营的摊位租赁合同续签后，应将续签合同复印件交甲方备案。"),
    ("p", "第三条 因本合同发生的争议，由甲方所在地临沂市兰山区人民法院管辖。"),
    ("p", "甲方（盖章）：临沂市鲁南汇丰商贸有限公司    法定代表人：周汉民"),
    ("p", "乙方（盖章）：临沂市兰山区鑫隆五金经营部    经营者：孙宝军"),
    ("p", "保证人（签字）：韩丽"),
    ("p", "签订日期：2022年5月16日"),
], {
    "principal": "400000", "amount_delivered": "400000", "annual_rate": "0.10", "overdue_rate": "0.1825",
    "penalty_rate": None, "lender": "临沂市鲁南汇丰商贸有限公司", "lender_kind": "enterprise",
    "borrower": "临沂市兰山区鑫隆五金经营部", "borrower_kind": "enterprise", "contract_date": "2022-05-16",
    "start_date": "2022-05-16", "end_date": "2024-05-15", "repayment_method": "按季付息、到期还本",
    "dispute_method": "court", "guarantor": "韩丽", "guarantee_type": "连带责任保证", "guarantee_period_months": 24,
}, ["overdue_charges_above_cap"])

# sd03  物流专线 司机 借款买 挂靠 货车; 物流公司 抵押 + 连带保证; overdue 月息2分
add("sd03_wuliu_zhuanxian_guakao_huoche.txt", "utf8", """借款合同（购车）

出借人：高建国，身份证号 371321********0938，住临沂市河东区九曲街道
借款人：李长海，身份证号 371326********4412，住临沂市平邑县地方镇
保证人（抵押人）：临沂顺通物流有限公司，住所临沂市兰山区义堂镇物流园，法定代表人 徐为民

借款人跑临沂—沈阳专线，购买解放牌半挂牵引车一辆，车辆挂靠在临沂顺通物流有限公司名下经营，行驶证登记所有人为该公司。因购车款不够，向出借人借款。三方约定如下：

一、借款金额：人民币壹拾捌万元整（¥180,000.00），出借人于2021年9月1日一次性转入借款人农业银行账户。
二、借款期限：36个月，自2021年9月1日至2024年8月31日。
三、利息：月息1分2（按月1.2%计）。
四、还款：每月1日前还本金伍仟元并付清上月利息，利息按剩余本金计算，最后一期连本带息还清。
五、逾期：哪一期没按时还，逾期部分按月息2分计付逾期利息。
六、抵押：该车（车牌号鲁Q·8****）抵押给出借人，由临沂顺通物流有限公司作为登记所有人配合办理抵押登记。
七、保证：临沂顺通物流有限公司对借款人的全部债务承担连带责任保证，保证期间为借款到期之日起二年。
八、争议：协商不成的，向出借人住所地人民法院起诉。

出借人：高建国
借款人：李长海
保证人（抵押人）：临沂顺通物流有限公司（盖章）  徐为民
2021年9月1日
""", {
    "principal": "180000", "amount_delivered": "180000", "annual_rate": "0.144", "overdue_rate": "0.24",
    "penalty_rate": None, "lender": "高建国", "lender_kind": "natural_person", "borrower": "李长海",
    "borrower_kind": "natural_person", "contract_date": "2021-09-01", "start_date": "2021-09-01",
    "end_date": "2024-08-31", "repayment_method": "分期还款", "dispute_method": "court",
    "guarantor": "临沂顺通物流有限公司", "guarantee_type": "连带责任保证", "guarantee_period_months": 24,
}, ["overdue_charges_above_cap"])

# sd04  寿光 大棚 土地经营权 抵押; 一般保证 with no period; DOCX table
add("sd04_shouguang_dapeng_tudi_jingyingquan_diya.docx", "docx", [
    ("h", "借款合同（土地经营权抵押）"),
    ("p", "出借人：王立新（寿光市古城街道，蔬菜经纪人），身份证号 370783********3356"),
    ("p", "借款人：张玉成（寿光市孙家集街道三元朱某村），身份证号 370783********6619"),
    ("p", "保证人：张玉华（借款人之兄），身份证号 370783********6635"),
    ("p", "借款人新建冬暖式蔬菜大棚两个，缺少资金，经协商订立本合同。"),
    ("t", [
        ["借款金额", "人民币壹拾伍万元整（¥150,000.00）"],
        ["借款期限", "二年，2024年2月26日至2026年2月25日"],
        ["利率", "年利率8%"],
        ["还本付息", "到期一次性归还本金和利息"],
        ["逾期", "到期不还的，逾期部分按年利率12%计算逾期利息"],
        ["抵押物", "借款人承包的孙家集街道三元朱某村东地8亩耕地的土地经营权（含地上两个大棚），经营权剩余期限至2028年12月31日"],
        ["抵押登记", "在寿光市不动产登记中心办理土地经营权抵押登记"],
        ["保证", "保证人张玉华对本借款承担一般保证责任"],
    ]),
    ("p", "本合同发生争议，由寿光市人民法院管辖。"),
    ("p", "出借人：王立新    借款人：张玉成    保证人：张玉华"),
    ("p", "2024年2月26日"),
], {
    "principal": "150000", "amount_delivered": "150000", "annual_rate": "0.08", "overdue_rate": "0.12",
    "penalty_rate": None, "lender": "王立新", "lender_kind": "natural_person", "borrower": "张玉成",
    "borrower_kind": "natural_person", "contract_date": "2024-02-26", "start_date": "2024-02-26",
    "end_date": "2026-02-25", "repayment_method": "到期一次性还本付息", "dispute_method": "court",
    "guarantor": "张玉华", "guarantee_type": "一般保证", "guarantee_period_months": None,
}, ["guarantee_period_defaults_to_6_months"])

# sd05  潍坊 风筝厂 设备 抵押, 2019 (pre-LPR), acknowledged 2022 → expired 2025; GB18030
add("sd05_weifang_fengzheng_shebei_diya_2019.txt", "gb18030", """借款合同

出借人（甲方）：潍坊市鸢飞机械制造有限公司
住所：潍坊市寒亭区开元街道
借款人（乙方）：潍坊市寒亭区天鹞风筝厂
住所：潍坊市寒亭区杨家埠村
负责人：刘长庚

乙方为赶制潍坊国际风筝会及出口订单，向甲方借款，双方约定：

第一条 借款金额人民币贰拾陆万元整（¥260,000.00）。
第二条 借款期限自2019年6月10日至2020年6月9日。
第三条 借款年利率15%，按季付息，到期还本。
第四条 乙方逾期还款的，按逾期金额每日万分之五支付逾期利息。
第五条 乙方以其所有的印刷机两台、电脑平车缝纫机二十台、裁切机一台作抵押，双方于2019年6月12日在潍坊市寒亭区市场监督管理局办理动产抵押登记。
第六条 发生争议，向潍坊市寒亭区人民法院起诉。

甲方（盖章）：潍坊市鸢飞机械制造有限公司   法定代表人：崔永福
乙方（盖章）：潍坊市寒亭区天鹞风筝厂   负责人：刘长庚
签订日期：2019年6月10日

――――――――――――――――――――
催款通知书回执

潍坊市鸢飞机械制造有限公司：
贵公司2022年10月8日发来的催款通知书已收到。本厂确认尚欠借款本金贰拾陆万元及2020年3月10日以后的利息未还，因疫情期间风筝出口订单停了，资金困难，恳请宽限。

潍坊市寒亭区天鹞风筝厂（盖章）
负责人：刘长庚
2022年10月12日
""", {
    "principal": "260000", "amount_delivered": "260000", "annual_rate": "0.15", "overdue_rate": "0.1825",
    "penalty_rate": None, "lender": "潍坊市鸢飞机械制造有限公司", "lender_kind": "enterprise",
    "borrower": "潍坊市寒亭区天鹞风筝厂", "borrower_kind": "enterprise", "contract_date": "2019-06-10",
    "start_date": "2019-06-10", "end_date": "2020-06-09", "repayment_method": "按季付息、到期还本",
    "dispute_method": "court",
}, ["pre_lpr_rate_rules", "limitation_period_expired"])

# sd06  机械配件厂 应收账款 质押, 小贷 lender, 月1.5 %, 服务费 paid apart; DOCX table
add("sd06_peijian_yingshou_zhangkuan_zhiya_xiaodai.docx", "docx", [
    ("h", "流动资金借款合同"),
    ("p", "合同编号：YMCX-2023-LD-0419"),
    ("t", [
        ["贷款人", "临沂市沂蒙诚信小额贷款有限公司"],
        ["借款人", "潍坊市潍城区华瑞机械配件厂"],
        ["借款人负责人", "周文海"],
        ["借款金额", "人民币叁拾万元整（¥300,000.00）"],
        ["借款期限", "12个月，自2023年11月8日至2024年11月7日"],
        ["借款月利率", "1.5%"],
        ["结息方式", "按月结息，每月21日付息，到期归还本金"],
        ["服务费", "一次性叁仟元，由借款人在放款前另行支付，不从借款本金中扣除"],
        ["逾期罚息", "在本合同约定利率基础上加收50%"],
        ["担保方式", "应收账款质押 + 保证"],
        ["质押财产", "借款人对潍坊某动力配件有限公司的应收货款人民币肆拾伍万元（已在中国人民银行征信中心办理应收账款质押登记）"],
        ["保证人", "周文海，连带责任保证，保证期间为主债务履行期限届满之日起三年"],
    ]),
    ("p", "争议解决：向贷款人所在地临沂市兰山区人民法院提起诉讼。"),
    ("p", "贷款人（盖章）：临沂市沂蒙诚信小额贷款有限公司    经办人：孙玉梅"),
    ("p", "借款人（盖章）：潍坊市潍城区华瑞机械配件厂    负责人：周文海"),
    ("p", "保证人（签字）：周文海"),
    ("p", "2023年11月8日"),
], {
    "principal": "300000", "amount_delivered": "300000", "annual_rate": "0.18", "overdue_rate": "0.27",
    "penalty_rate": None, "lender": "临沂市沂蒙诚信小额贷款有限公司", "lender_kind": "licensed_lender",
    "borrower": "潍坊市潍城区华瑞机械配件厂", "borrower_kind": "enterprise", "contract_date": "2023-11-08",
    "start_date": "2023-11-08", "end_date": "2024-11-07", "repayment_method": "按月付息、到期还本",
    "dispute_method": "court", "guarantor": "周文海", "guarantee_type": "连带责任保证", "guarantee_period_months": 36,
}, ["cap_not_applicable_licensed_lender"])

# sd07  生猪 活体 抵押; overdue 日千分之一; payment notes restart to 2027-01-20
add("sd07_shengzhu_yangzhi_huoti_diya.txt", "utf8", """借款抵押协议

出借人：马庆丰（沂水县饲料经销户），身份证 371323********1570
借款人：于海涛（沂水县高桥镇生猪养殖户），身份证 371323********2231

于海涛养猪场扩栏，欠饲料款又缺钱买仔猪，跟马庆丰借钱。俩人说好了：
1. 借款人民币壹拾万元整（100,000元），2022年9月15日马庆丰用手机银行转给于海涛。
2. 借一年，到2023年9月14日还清。
3. 利息月息1分，每月15号前给利息壹仟元，本钱到期一回还。
4. 于海涛用自己猪场存栏的育肥猪600头做抵押，出栏卖猪先还马庆丰的钱；存栏数少于400头要跟马庆丰说。
5. 到期不还，每天按没还钱数的千分之一给逾期利息。

出借人：马庆丰
借款人：于海涛（按手印）
2022年9月15日

（以下手写）
2023年3月15日 收到利息陆仟元（10月至3月） 马庆丰
2024年1月20日 收到还本金贰万元 马庆丰
""", {
    "principal": "100000", "amount_delivered": "100000", "annual_rate": "0.12", "overdue_rate": "0.365",
    "penalty_rate": None, "lender": "马庆丰", "lender_kind": "natural_person", "borrower": "于海涛",
    "borrower_kind": "natural_person", "contract_date": "2022-09-15", "start_date": "2022-09-15",
    "end_date": "2023-09-14", "repayment_method": "按月付息、到期还本", "dispute_method": None,
}, ["overdue_charges_above_cap"])

# sd08  肉鸡 养殖 三户联保 at a 信用社; "承担保证责任" no type, no period (2023)
add("sd08_rouji_yangzhi_lianbao_xinyongshe.txt", "utf8", """农户联保借款合同

贷款人：沂南县农村信用合作联社岸堤信用社
借款人：李桂芝（沂南县岸堤镇某村肉鸡养殖户），身份证号 371321********2846
联保小组成员：李桂芝、王春生、刘玉兰（均为岸堤镇某村肉鸡养殖户）

第一条 借款金额：人民币伍万元整（¥50,000.00），用于购买鸡苗、饲料。
第二条 借款期限：2023年4月1日至2024年3月31日。
第三条 借款利率：年利率7.2%，按月结息，每月20日为结息日，到期还本。
第四条 逾期罚息：借款逾期的，按本合同利率上浮50%计收罚息。
第五条 联保责任：联保小组成员王春生、刘玉兰自愿对借款人在本合同项下的借款本息承担保证责任；小组成员之间相互承担保证责任，小组任一成员未还款的，其他成员不得再向贷款人申请贷款。
第六条 借款人以其养殖棚内存栏肉鸡作为还款来源，出栏款优先归还本贷款。
第七条 争议解决：向沂南县人民法院起诉。

贷款人（盖章）：沂南县农村信用合作联社岸堤信用社   信贷员：张庆华
借款人：李桂芝（按手印）
联保小组成员：王春生（按手印） 刘玉兰（按手印）
签订日期：2023年4月1日
""", {
    "principal": "50000", "amount_delivered": "50000", "annual_rate": "0.072", "overdue_rate": "0.108",
    "penalty_rate": None, "lender": "沂南县农村信用合作联社岸堤信用社", "lender_kind": "licensed_lender",
    "borrower": "李桂芝", "borrower_kind": "natural_person", "contract_date": "2023-04-01",
    "start_date": "2023-04-01", "end_date": "2024-03-31", "repayment_method": "按月付息、到期还本",
    "dispute_method": "court", "guarantee_type": "unspecified", "guarantee_period_months": None,
}, ["cap_not_applicable_licensed_lender", "guarantee_type_defaults_to_general",
    "guarantee_period_defaults_to_6_months"])

# sd09  家族企业 互保: a 保证合同, 连带, period "至本息还清之日止"
add("sd09_jiazu_qiye_hubao_baozheng_hetong.txt", "utf8", """保证合同

债权人：寿光市金达钢材贸易有限公司（以下简称甲方）
保证人：寿光市宏盛镀锌管件有限公司（以下简称乙方）
债务人：寿光市宏昌温室设备有限公司

鉴于：债务人与甲方于2023年4月20日签订《借款合同》（编号JD-JK-2023-007），由甲方向债务人出借人民币伍拾万元整（¥500,000.00），借款期限自2023年4月20日至2024年4月19日。乙方与债务人同为王氏家族控制的企业，双方已相互为对方的借款提供担保（互保）。乙方自愿为上述借款提供保证，订立本合同：

第一条 保证范围：主合同项下的借款本金、利息、逾期利息、违约金及甲方实现债权的费用。
第二条 保证方式：连带责任保证。
第三条 保证期间：自本合同生效之日起至主合同项下全部债务本息还清之日止。
第四条 乙方如发生分立、合并、停产，应提前三十日书面通知甲方。
第五条 本合同争议由寿光市人民法院管辖。
第六条 本合同自双方盖章之日起生效。

甲方（盖章）：寿光市金达钢材贸易有限公司   法定代表人：刘金达
乙方（盖章）：寿光市宏盛镀锌管件有限公司   法定代表人：王宏盛
2023年4月20日
""", {
    "principal": "500000", "lender": "寿光市金达钢材贸易有限公司", "lender_kind": "enterprise",
    "borrower": "寿光市宏昌温室设备有限公司", "borrower_kind": "enterprise", "contract_date": "2023-04-20",
    "start_date": "2023-04-20", "end_date": "2024-04-19", "dispute_method": "court",
    "guarantor": "寿光市宏盛镀锌管件有限公司", "guarantee_type": "连带责任保证", "guarantee_period_months": None,
}, ["guarantee_period_defaults_to_6_months"])

# sd10  过桥 loan for a bank 续贷, 日千分之一, 10 days, arbitration
add("sd10_guoqiao_xudai_rijieqian.txt", "utf8", """短期借款协议（过桥）

出借人（甲方）：临沂市金桥投资咨询有限公司
借款人（乙方）：临沂市沂河源食品有限公司
保证人（丙方）：陈立军（乙方法定代表人），身份证号 371302********0319

乙方在临沂某农村商业银行的流动资金贷款贰佰万元于2024年3月18日到期，银行已同意续贷。为归还到期贷款，乙方向甲方短期借款：

一、借款金额：人民币贰佰万元整（¥2,000,000.00），由甲方直接转入乙方在银行的还款账户。
二、借款期限：10天，自2024年3月18日至2024年3月27日。银行续贷资金到账当日，乙方须立即归还本息。
三、利息：按日千分之一计算，到期本息一次付清。
四、逾期：乙方逾期还款的，自逾期之日起按日千分之二计收逾期利息。
五、丙方对乙方的全部债务承担连带责任保证，保证期间为借款到期之日起三年。
六、因本协议发生的争议，提交临沂仲裁委员会仲裁。

甲方（盖章）：临沂市金桥投资咨询有限公司
乙方（盖章）：临沂市沂河源食品有限公司   法定代表人：陈立军
丙方（签字）：陈立军
2024年3月18日
""", {
    "principal": "2000000", "amount_delivered": "2000000", "annual_rate": "0.365", "overdue_rate": "0.73",
    "penalty_rate": None, "lender": "临沂市金桥投资咨询有限公司", "lender_kind": "enterprise",
    "borrower": "临沂市沂河源食品有限公司", "borrower_kind": "enterprise", "contract_date": "2024-03-18",
    "start_date": "2024-03-18", "end_date": "2024-03-27", "repayment_method": "到期一次性还本付息",
    "dispute_method": "arbitration", "guarantor": "陈立军", "guarantee_type": "连带责任保证",
    "guarantee_period_months": 36,
}, ["rate_above_4x_lpr", "overdue_charges_above_cap"])

# sd11  小贷 loan with 咨询费 / 服务费 / 保证金 (none taken out of the principal), 等额本息; DOCX table
add("sd11_xiaodai_zixunfei_fuwufei_baozhengjin.docx", "docx", [
    ("h", "个人经营性借款合同"),
    ("p", "合同编号：YDHX（2024）个借字第0805-02号"),
    ("p", "贷款人：潍坊市鸢都恒信小额贷款股份有限公司（以下简称贷款人）"),
    ("p", "借款人：韩振华，身份证号 370702********1874，经营潍坊市潍城区机械配件批发"),
    ("p", "保证人：丁秀梅（借款人配偶），身份证号 370702********2627"),
    ("t", [
        ["条款", "内容"],
        ["借款金额", "人民币贰拾万元整（¥200,000.00），全额发放至借款人尾号6621的账户，不从中扣除任何费用"],
        ["借款期限", "12个月，2024年8月5日至2025年8月4日"],
        ["借款利率", "月利率1.8%"],
        ["还款方式", "等额本息，每月5日还款，共12期"],
        ["服务费", "贷款人按月收取，每月为借款本金的0.3%，与每期还款一并支付"],
        ["咨询费", "借款人自行委托潍坊鸢信企业管理咨询有限公司办理申贷材料，咨询费贰仟元由借款人另行支付给该咨询公司"],
        ["还款保证金", "借款人于放款前另行交存壹万元，结清后无息退还"],
        ["逾期罚息", "按借款利率上浮50%计收"],
        ["保证", "丁秀梅承担连带责任保证，保证期间为借款到期之日起二年"],
    ]),
    ("p", "因本合同发生的争议，由贷款人住所地人民法院管辖。"),
    ("p", "贷款人（盖章）：潍坊市鸢都恒信小额贷款股份有限公司"),
    ("p", "借款人：韩振华    保证人：丁秀梅"),
    ("p", "2024年8月5日"),
], {
    "principal": "200000", "amount_delivered": "200000", "annual_rate": "0.216", "overdue_rate": "0.324",
    "penalty_rate": None, "lender": "潍坊市鸢都恒信小额贷款股份有限公司", "lender_kind": "licensed_lender",
    "borrower": "韩振华", "borrower_kind": "natural_person", "contract_date": "2024-08-05",
    "start_date": "2024-08-05", "end_date": "2025-08-04", "repayment_method": "等额本息", "dispute_method": "court",
    "guarantor": "丁秀梅", "guarantee_type": "连带责任保证", "guarantee_period_months": 24,
}, ["cap_not_applicable_licensed_lender"])

# sd12  农商行 流动资金贷款 LPR + 150 BP, 罚息 +50 %, 融资担保 company guarantees; DOCX tables
add("sd12_nongshang_liudai_lpr_jia150bp.docx", "docx", [
    ("h", "流动资金借款合同"),
    ("p", "合同编号：临兰农商流借字2025第0312号"),
    ("t", [
        ["贷款人", "临沂兰山农村商业银行股份有限公司金雀山支行"],
        ["借款人", "临沂市兴源日用百货批发有限公司"],
        ["法定代表人", "石兴源"],
        ["借款金额", "人民币壹佰万元整（¥1,000,000.00）"],
        ["借款用途", "采购日用百货（临沂商城批发市场经营周转）"],
        ["借款期限", "2025年3月12日至2026年3月11日"],
    ]),
    ("p", "第三条 利率"),
    ("t", [
        ["定价基准", "合同签订日前一个工作日全国银行间同业拆借中心公布的一年期贷款市场报价利率（LPR），为3.10%"],
        ["加点", "加150个基点（BP）"],
        ["执行利率", "年利率4.60%，合同期内不调整"],
        ["结息", "按月结息，结息日为每月20日，到期还本"],
        ["罚息", "逾期贷款按执行利率上浮50%计收罚息；对不能按时支付的利息按罚息利率计收复利"],
    ]),
    ("p", "第四条 担保：本合同项下债务由山东沂州融资担保有限公司提供连带责任保证，保证期间为主债务履行期限届满之日起三年，另行签订《保证合同》。"),
    ("p", "第五条 争议解决：向贷款人所在地人民法院起诉。"),
    ("p", "贷款人（盖章）：临沂兰山农村商业银行股份有限公司金雀山支行    负责人：宋志刚"),
    ("p", "借款人（盖章）：临沂市兴源日用百货批发有限公司    法定代表人：石兴源"),
    ("p", "签订日期：2025年3月12日"),
], {
    "principal": "1000000", "amount_delivered": "1000000", "annual_rate": "0.046", "overdue_rate": "0.069",
    "penalty_rate": None, "lender": "临沂兰山农村商业银行股份有限公司金雀山支行", "lender_kind": "licensed_lender",
    "borrower": "临沂市兴源日用百货批发有限公司", "borrower_kind": "enterprise", "contract_date": "2025-03-12",
    "start_date": "2025-03-12", "end_date": "2026-03-11", "repayment_method": "按月付息、到期还本",
    "dispute_method": "court", "guarantor": "山东沂州融资担保有限公司", "guarantee_type": "连带责任保证",
    "guarantee_period_months": 36,
}, ["cap_not_applicable_licensed_lender"])

# sd13  房产 最高额抵押 借款, 15 % in term, 24 % overdue (2021-06-30, cap 15.4 %)
add("sd13_fangchan_zuigao_e_diya.txt", "utf8", """借款合同（附最高额抵押条款）

出借人：杜洪波，身份证号 371312********5539
借款人：孟凡军，身份证号 371311********3014（临沂商城布料市场经营户）
抵押人：孟凡军、宋晓燕（孟凡军之妻）

一、借款金额：人民币陆拾万元整（¥600,000.00），于2021年6月30日转账交付。
二、借款期限：三年，自2021年6月30日至2024年6月29日。
三、利率：年利率15%，每月30日前付当月利息，到期还本。
四、逾期：借款人未按期还本付息的，逾期部分按年利率24%计付逾期利息。
五、最高额抵押：抵押人以共有的罗庄区盛庄街道某小区7号楼1单元502室房产（不动产权证号 鲁（2019）临沂市不动产权第00*****号）为出借人自2021年6月30日至2024年6月29日期间对借款人发生的借款债权提供最高额抵押担保，最高债权额为人民币柒拾万元整，已于2021年7月2日办理最高额抵押登记。
六、本合同发生争议，向临沂市罗庄区人民法院起诉。

出借人：杜洪波
借款人：孟凡军
抵押人：孟凡军  宋晓燕
2021年6月30日
""", {
    "principal": "600000", "amount_delivered": "600000", "annual_rate": "0.15", "overdue_rate": "0.24",
    "penalty_rate": None, "lender": "杜洪波", "lender_kind": "natural_person", "borrower": "孟凡军",
    "borrower_kind": "natural_person", "contract_date": "2021-06-30", "start_date": "2021-06-30",
    "end_date": "2024-06-29", "repayment_method": "按月付息、到期还本", "dispute_method": "court",
}, ["overdue_charges_above_cap"])

# sd14  典当 of a flat: 月利率0.5 % + 综合服务费 2.2 %/month
add("sd14_diandang_fangchan_zonghe_fuwufei.txt", "utf8", """当票及典当合同（房地产抵押典当）

典当行：临沂市通达典当有限责任公司（典当经营许可证编号 37131****）
当户：郑玉华，身份证号 371302********4425
当物：临沂市兰山区银雀山街道某小区12号楼301室住宅一套，评估价值伍拾贰万元，已办理抵押登记

当金：人民币贰拾万元整（¥200,000.00）
典当期限：六个月，自2023年7月5日至2024年1月4日
利率：月利率0.5%
综合服务费：月费率2.2%
利息及综合服务费按月收取，每月5日前交付，当金到期一次归还。
典当期限届满后五日内当户既不赎当也不续当的，为绝当，典当行可依法处分当物。
发生争议，向临沂市兰山区人民法院起诉。

典当行（盖章）：临沂市通达典当有限责任公司
当户（签字）：郑玉华
2023年7月5日
""", {
    "principal": "200000", "amount_delivered": "200000", "annual_rate": "0.06", "overdue_rate": None,
    "penalty_rate": None, "lender": "临沂市通达典当有限责任公司", "lender_kind": "licensed_lender",
    "borrower": "郑玉华", "borrower_kind": "natural_person", "contract_date": "2023-07-05",
    "start_date": "2023-07-05", "end_date": "2024-01-04", "repayment_method": "按月付息、到期还本",
    "dispute_method": "court",
}, ["cap_not_applicable_licensed_lender"])

# sd15  融资租赁 of 拖拉机 and 收割机, 等额 monthly rent; DOCX table
add("sd15_rongzi_zulin_tuolaji_shougeji.docx", "docx", [
    ("h", "融资租赁合同（直租）"),
    ("p", "出租人：山东齐鲁农机融资租赁有限公司"),
    ("p", "承租人：莒南县丰收农机专业合作社（理事长：马建华）"),
    ("p", "保证人：马建华，身份证号 371327********2218"),
    ("t", [
        ["租赁物", "轮式拖拉机2台、谷物联合收割机1台（承租人自选，出租人向出卖人购买）"],
        ["融资金额", "人民币陆拾万元整（¥600,000.00），由出租人直接支付给出卖人临沂某农机销售有限公司"],
        ["租赁期限", "36个月，2022年4月10日至2025年4月9日"],
        ["租赁年利率", "8%"],
        ["租金支付", "等额本息，按月支付，共36期，每月10日支付"],
        ["逾期", "逾期租金按日万分之五计收逾期利息"],
        ["留购价款", "壹佰元，租期届满付清后租赁物归承租人所有"],
        ["保证", "马建华承担连带责任保证，保证期间为最后一期租金履行期限届满之日起二年"],
    ]),
    ("p", "争议解决：提交临沂仲裁委员会仲裁。"),
    ("p", "出租人（盖章）：山东齐鲁农机融资租赁有限公司"),
    ("p", "承租人（盖章）：莒南县丰收农机专业合作社    保证人：马建华"),
    ("p", "2022年4月10日"),
], {
    "principal": "600000", "amount_delivered": "600000", "annual_rate": "0.08", "overdue_rate": "0.1825",
    "penalty_rate": None, "lender": "山东齐鲁农机融资租赁有限公司", "lender_kind": "licensed_lender",
    "borrower": "莒南县丰收农机专业合作社", "borrower_kind": "enterprise", "contract_date": "2022-04-10",
    "start_date": "2022-04-10", "end_date": "2025-04-09", "repayment_method": "等额本息",
    "dispute_method": "arbitration", "guarantor": "马建华", "guarantee_type": "连带责任保证",
    "guarantee_period_months": 24,
}, ["cap_not_applicable_licensed_lender"])

# sd16  还款协议 after default of a 2022 loan; its overdue 日万分之六 = 21.9 %
add("sd16_huankuan_xieyi_weiyue_hou.txt", "utf8", """还款协议

甲方（出借人）：冯德胜，身份证号 370704********1252
乙方（借款人）：吕建平，身份证号 370704********3317
丙方（保证人）：吕建华（乙方之兄），身份证号 370704********3333

2022年2月15日，乙方向甲方借款人民币壹拾伍万元整，约定月息1分，借期一年。借款到期后乙方未还本金，利息只付到2023年2月14日。经三方协商，达成如下还款协议：

一、乙方确认尚欠甲方借款本金壹拾伍万元，2023年2月15日至2024年8月31日的利息经核对为贰万柒仟柒佰伍拾元（27,750元）。
二、乙方于本协议签订当日支付上述利息27,750元，不计入本金。
三、本金分三期归还：2024年12月31日前还伍万元；2025年4月30日前还伍万元；2025年8月31日前还伍万元。
四、乙方任何一期未按时足额还款的，甲方有权要求一次性归还全部剩余本金，并自逾期之日起按日万分之六支付逾期利息。
五、丙方对乙方在本协议项下的全部债务承担连带责任保证，保证期间为最后一期还款期限届满之日起两年。
六、发生争议，向潍坊市坊子区人民法院起诉。

甲方：冯德胜
乙方：吕建平
丙方：吕建华
2024年9月1日
""", {
    "principal": "150000", "annual_rate": "0.12", "overdue_rate": "0.219", "penalty_rate": None,
    "lender": "冯德胜", "lender_kind": "natural_person", "borrower": "吕建平", "borrower_kind": "natural_person",
    "repayment_method": "分期还款", "dispute_method": "court", "guarantor": "吕建华",
    "guarantee_type": "连带责任保证", "guarantee_period_months": 24,
}, ["overdue_charges_above_cap"])

# sd17  以物抵债 of cold-store 大蒜 (寿光), recited 2021 loan at 10 %
add("sd17_yiwu_dizhai_lengku_dasuan.txt", "utf8", """以物抵债协议

甲方（债权人）：潘玉林，住寿光市洛城街道
乙方（债务人）：孙立强，住寿光市稻田镇，经营冷库

乙方于2021年5月8日向甲方借款人民币捌万元整，约定年息10%，借期一年。到期后乙方因大蒜行情下跌无力还款。截至2025年1月15日，乙方尚欠本金80,000元、利息16,000元，合计96,000元。双方协商一致：

一、乙方以其存放在稻田镇自有冷库3号库的金乡白皮大蒜36吨（经双方共同过磅、验货）作价人民币玖万陆仟元整，抵偿上述全部借款本息。
二、本协议签订之日起三日内，乙方配合甲方出库提货，提货完毕即视为本息全部清偿，甲方将原借条退还乙方。
三、大蒜出库前的保管风险由乙方承担；出库后的风险由甲方承担。
四、因本协议发生的争议，由寿光市人民法院管辖。

甲方：潘玉林
乙方：孙立强
2025年1月15日
""", {
    "principal": "80000", "annual_rate": "0.10", "lender": "潘玉林", "lender_kind": "natural_person",
    "borrower": "孙立强", "borrower_kind": "natural_person", "dispute_method": "court", **NO_GUARANTEE,
}, [])

# sd18  债务确认书 (with an 对账 table in text) of a 2018 loan at 月息2分; new date 2022-12-31 → expired 2025
add("sd18_zhaiwu_querenshu_2018_duizhang.txt", "utf8", """债务确认书

债权人：韩玉芬，身份证号 371312********2240
债务人：邵明亮，身份证号 371312********1819

债务人邵明亮于2018年4月12日向债权人韩玉芬借款人民币壹拾贰万元整，约定月息2分，借期一年（至2019年4月11日）。经双方对账：

  日期          摘要              金额（元）
  2018-04-12    借款本金          120,000.00
  2018-05-12 至 2019-04-12  已付利息（12个月×2,400）  28,800.00
  2019-04-12 以后  本金未还，利息未付

债务人确认截至本确认书签订之日，尚欠借款本金壹拾贰万元及2019年4月12日以后的利息。债务人承诺于2022年12月31日前一次性还清全部本息。

债务人：邵明亮（按手印）
债权人：韩玉芬
2022年3月5日
""", {
    "principal": "120000", "annual_rate": "0.24", "lender": "韩玉芬", "lender_kind": "natural_person",
    "borrower": "邵明亮", "borrower_kind": "natural_person",
}, ["pre_lpr_rate_rules", "limitation_period_expired"])

# sd19  民事调解书 from the 诉前 调解 room: fixed sums, no rate
add("sd19_minshi_tiaojieshu_lanshanqu.txt", "utf8", """山东省临沂市兰山区人民法院
民 事 调 解 书

（2025）鲁1302民初1****号

原告：田永刚，男，1979年3月2日出生，汉族，住临沂市兰山区柳青街道。
被告：石玉凤，女，1985年10月19日出生，汉族，住临沂市兰山区白沙埠镇。

案由：民间借贷纠纷。

原告田永刚诉称：2022年7月1日被告石玉凤因经营商城服装摊位向原告借款70,000元，约定月息1.5分，被告仅支付利息至2023年6月30日，此后本息均未归还。请求判令被告偿还借款本金70,000元及利息。

本案经诉前调解转入诉讼程序，在本院主持下，双方当事人自愿达成如下协议：
一、被告石玉凤于2025年6月30日前偿还原告田永刚借款本金70,000元及利息9,000元，合计79,000元，分三期支付：2025年4月30日前支付30,000元，2025年5月31日前支付25,000元，2025年6月30日前支付24,000元；
二、被告如有任何一期未按时足额支付，原告可就剩余未付款项一并申请强制执行；
三、案件受理费减半收取计812元，由被告石玉凤负担。

上述协议，不违反法律规定，本院予以确认。
本调解书经双方当事人签收后，即具有法律效力。

审判员  郭  敏
二〇二五年四月八日
书记员  孙晓婷
""", {
    "principal": "70000", "lender": "田永刚", "lender_kind": "natural_person", "borrower": "石玉凤",
    "borrower_kind": "natural_person",
}, [])

# sd20  微信 聊天 借款 record typed out; interest "看着给点" = unclear between natural persons
add("sd20_weixin_liaotian_jiekuan_jilu.txt", "utf8", """微信聊天记录（借款）
以下为出借人周丽娟手机中与借款人孙建伟（微信名“老孙干货批发”）的聊天记录，由孙玉梅照截图逐条录入，未作删改。

2023年5月19日 21:07 老孙干货批发：周姐，在吗？俺那批货款压在客户手里，想跟恁借两万块钱周转周转，年底前还恁。
2023年5月19日 21:15 周丽娟：在。要多少？利息咋算？
2023年5月19日 21:16 老孙干货批发：两万。利息恁看着给点就中，都是老乡，到时候俺不会亏着恁。
2023年5月19日 21:20 周丽娟：中，明天上午转给你。
2023年5月20日 09:42 周丽娟：[转账] ¥20,000.00 借款
2023年5月20日 09:45 老孙干货批发：[已收款] ¥20,000.00
2023年5月20日 09:46 老孙干货批发：收到了，谢谢周姐！俺孙建伟说话算话。
2024年1月8日 19:30 周丽娟：老孙，年都过了，钱啥时候还？
2024年1月9日 08:12 老孙干货批发：周姐，夜来俺去银行没取出来，过了年一定还。
2024年6月3日 20:05 周丽娟：还有消息木有？
2024年6月3日 22:40 老孙干货批发：再宽限宽限，这批货一出就还。

录入人：孙玉梅    录入日期：2026年12月15日
出借人身份证号：371302********6523    借款人身份证号：371329********0716
""", {
    "principal": "20000", "amount_delivered": "20000", "overdue_rate": None, "penalty_rate": None,
    "lender": "周丽娟", "lender_kind": "natural_person", "borrower": "孙建伟", "borrower_kind": "natural_person",
    "contract_date": "2023-05-20", "start_date": "2023-05-20", "dispute_method": None, **NO_GUARANTEE,
}, ["no_interest_agreed", "no_overdue_rate_agreed"])

# sd21  2017 借条, 月息1.5分, handwritten payment notes 2019/2021/2024 (each inside the running period); GB18030
add("sd21_jietiao_2017_shouxie_huankuan_jilu.txt", "gb18030", """借条

今借到毛庆林人民币伍万元整（￥50000元），用于俺在潍坊奎文区开机械配件门头房进货。借期一年，自2017年3月1日至2018年2月28日，月息1.5分，到期本息一并归还。

借款人：秦志刚
身份证号：370705********2012
2017年3月1日

（以下为出借人手写还款记录）
2019年2月10日 收到还款壹万元 毛庆林
2021年8月15日 收到还款伍仟元 毛庆林
2024年6月30日 收到还款伍仟元 毛庆林
""", {
    "principal": "50000", "amount_delivered": "50000", "annual_rate": "0.18", "overdue_rate": None,
    "penalty_rate": None, "lender": "毛庆林", "lender_kind": "natural_person", "borrower": "秦志刚",
    "borrower_kind": "natural_person", "contract_date": "2017-03-01", "start_date": "2017-03-01",
    "end_date": "2018-02-28", "repayment_method": "到期一次性还本付息", "dispute_method": None, **NO_GUARANTEE,
}, ["pre_lpr_rate_rules", "no_overdue_rate_agreed"])

# sd22  砍头息 借条: two months' interest taken out; 100 yuan a day after default
add("sd22_kantouxi_jietiao_xianjian_lixi.txt", "utf8", """借条

今借到庞学军人民币伍万元整（¥50,000.00），借期六个月，自2024年11月12日至2025年5月11日，月息2分。
出借时庞学军先扣下头两个月的利息贰仟元，俺实际收到现金肆万捌仟元整（¥48,000.00）。从第三个月起每月12号付利息壹仟元，到期还本伍万元。
到期不还，每逾期一天付违约金壹佰元。

借款人：武春来（按手印）
身份证号：371302********7734
2024年11月12日
""", {
    "principal": "50000", "amount_delivered": "48000", "annual_rate": "0.24", "lender": "庞学军",
    "lender_kind": "natural_person", "borrower": "武春来", "borrower_kind": "natural_person",
    "contract_date": "2024-11-12", "start_date": "2024-11-12", "end_date": "2025-05-11",
    "repayment_method": "按月付息、到期还本", "dispute_method": None, **NO_GUARANTEE,
}, ["rate_above_4x_lpr", "interest_deducted_upfront", "overdue_charges_above_cap"])

# sd23  企业间 借款 with 罚息 +50 % and 复利 on unpaid interest; DOCX table
add("sd23_qiye_jiekuan_fuli_faxi.docx", "docx", [
    ("h", "企业借款合同"),
    ("p", "合同编号：WZZG-JK-2022-11"),
    ("p", "出借人（甲方）：潍坊市潍州重工机械有限公司"),
    ("p", "借款人（乙方）：潍坊市奎文区精工液压配件有限公司"),
    ("p", "保证人（丙方）：吴德厚（乙方法定代表人），身份证号 370705********0415"),
    ("t", [
        ["借款金额", "人民币捌拾万元整（¥800,000.00）"],
        ["借款期限", "2022年11月1日至2024年10月31日"],
        ["借款利率", "年利率12%"],
        ["付息方式", "按季付息，每季度末月25日为付息日，到期还本"],
        ["逾期罚息", "借款逾期的，按本合同借款利率上浮50%计收罚息"],
        ["复利", "乙方未按期支付的利息，按罚息利率计收复利"],
        ["保证", "丙方承担连带责任保证，保证期间为主债务履行期限届满之日起三年"],
    ]),
    ("p", "第八条 因本合同引起的争议，提交潍坊仲裁委员会仲裁。"),
    ("p", "甲方（盖章）：潍坊市潍州重工机械有限公司"),
    ("p", "乙方（盖章）：潍坊市奎文区精工液压配件有限公司"),
    ("p", "丙方（签字）：吴德厚"),
    ("p", "2022年11月1日"),
], {
    "principal": "800000", "amount_delivered": "800000", "annual_rate": "0.12", "overdue_rate": "0.18",
    "penalty_rate": None, "lender": "潍坊市潍州重工机械有限公司", "lender_kind": "enterprise",
    "borrower": "潍坊市奎文区精工液压配件有限公司", "borrower_kind": "enterprise", "contract_date": "2022-11-01",
    "start_date": "2022-11-01", "end_date": "2024-10-31", "repayment_method": "按季付息、到期还本",
    "dispute_method": "arbitration", "guarantor": "吴德厚", "guarantee_type": "连带责任保证",
    "guarantee_period_months": 36,
}, ["overdue_charges_above_cap", "compound_interest_restated"])

# sd24  借款合同 with a 还款计划 table (8 quarterly rows); 连带 guarantee with no period (2023)
add("sd24_jiekuan_hetong_huankuan_jihua_biao.docx", "docx", [
    ("h", "借款合同"),
    ("p", "出借人：葛淑芳，身份证号 370702********0028"),
    ("p", "借款人：袁志强，身份证号 370705********3871"),
    ("p", "保证人：贾国庆，身份证号 370705********1916"),
    ("p", "一、借款人民币壹拾贰万元整（¥120,000.00），借款期限二十四个月，自2023年6月28日至2025年6月27日。"),
    ("p", "二、年利率6%，利息按每期期初剩余本金计算。借款人按下表分八期还本付息："),
    ("t", [
        ["期数", "还款日", "归还本金（元）", "利息（元）", "合计（元）"],
        ["1", "2023年9月27日", "15,000.00", "1,800.00", "16,800.00"],
        ["2", "2023年12月27日", "15,000.00", "1,575.00", "16,575.00"],
        ["3", "2024年3月27日", "15,000.00", "1,350.00", "16,350.00"],
        ["4", "2024年6月27日", "15,000.00", "1,125.00", "16,125.00"],
        ["5", "2024年9月27日", "15,000.00", "900.00", "15,900.00"],
        ["6", "2024年12月27日", "15,000.00", "675.00", "15,675.00"],
        ["7", "2025年3月27日", "15,000.00", "450.00", "15,450.00"],
        ["8", "2025年6月27日", "15,000.00", "225.00", "15,225.00"],
        ["合计", "", "120,000.00", "8,100.00", "128,100.00"],
    ]),
    ("p", "三、任何一期逾期的，逾期款项按年利率9%计收逾期利息。"),
    ("p", "四、保证人贾国庆自愿对借款人的上述债务承担连带保证责任。"),
    ("p", "五、发生争议，向潍坊市奎文区人民法院起诉。"),
    ("p", "出借人：葛淑芳    借款人：袁志强    保证人：贾国庆"),
    ("p", "2023年6月28日"),
], {
    "principal": "120000", "amount_delivered": "120000", "annual_rate": "0.06", "overdue_rate": "0.09",
    "penalty_rate": None, "lender": "葛淑芳", "lender_kind": "natural_person", "borrower": "袁志强",
    "borrower_kind": "natural_person", "contract_date": "2023-06-28", "start_date": "2023-06-28",
    "end_date": "2025-06-27", "repayment_method": "分期还款", "dispute_method": "court", "guarantor": "贾国庆",
    "guarantee_type": "连带责任保证", "guarantee_period_months": None,
}, ["guarantee_period_defaults_to_6_months"])

# sd25  委托贷款: 控股集团 (委托人) through a bank (受托人); 8 %, 罚息 +30 %; DOCX paragraphs and a table
add("sd25_weituo_daikuan_konggu_jituan.docx", "docx", [
    ("h", "委托贷款借款合同"),
    ("p", "委托人：潍坊市鸢都华盛控股集团有限公司"),
    ("p", "贷款人（受托人）：齐鲁东方银行股份有限公司潍坊奎文支行"),
    ("p", "借款人：潍坊市华盛精密铸造有限公司"),
    ("p", "第一条 受托人根据委托人的委托，以委托人提供的资金向借款人发放委托贷款，贷款风险由委托人承担，受托人只收取手续费，不承担贷款风险。"),
    ("t", [
        ["贷款金额", "人民币叁佰万元整（¥3,000,000.00）"],
        ["贷款期限", "2023年2月10日至2025年2月9日"],
        ["贷款利率", "年利率8%，由委托人确定"],
        ["结息", "按季结息，每季末月20日为结息日，到期一次还本"],
        ["罚息", "逾期贷款在贷款利率基础上上浮30%计收罚息"],
        ["担保", "无"],
    ]),
    ("p", "第六条 因本合同发生的争议，向受托人所在地人民法院提起诉讼。"),
    ("p", "委托人（盖章）：潍坊市鸢都华盛控股集团有限公司"),
    ("p", "受托人（盖章）：齐鲁东方银行股份有限公司潍坊奎文支行"),
    ("p", "借款人（盖章）：潍坊市华盛精密铸造有限公司"),
    ("p", "2023年2月10日"),
], {
    "principal": "3000000", "amount_delivered": "3000000", "annual_rate": "0.08", "overdue_rate": "0.104",
    "penalty_rate": None, "lender": "潍坊市鸢都华盛控股集团有限公司", "lender_kind": "enterprise",
    "borrower": "潍坊市华盛精密铸造有限公司", "borrower_kind": "enterprise", "contract_date": "2023-02-10",
    "start_date": "2023-02-10", "end_date": "2025-02-09", "repayment_method": "按季付息、到期还本",
    "dispute_method": "court", **NO_GUARANTEE,
}, [])

# sd26  bilingual Chinese–English: a 寿光 exporter lends to a co-op, repaid out of a Korean buyer's USD payments
add("sd26_shucai_chukou_zhongying_shuangyu.txt", "utf8", """借款协议 / LOAN AGREEMENT

出借人 Lender：寿光市绿野蔬菜进出口有限公司 (Shouguang Lvye Vegetable Import & Export Co., Ltd.)
借款人 Borrower：寿光市田园春蔬菜种植专业合作社 (Shouguang Tianyuanchun Vegetable Planting Cooperative)
保证人 Guarantor：隋立东（合作社理事长 Chairman of the Cooperative），身份证号 370783********4750

背景 Background：借款人按订单为出借人种植出口韩国的彩椒，韩国买方（株）大韩新鲜食品 (Daehan Fresh Foods Co., Ltd., Seoul) 以美元向出借人支付货款。
The Borrower grows bell peppers under contract for the Lender for export to Korea; the Korean buyer, Daehan Fresh Foods Co., Ltd. (Seoul), pays the Lender in US dollars.

1. 借款金额：人民币叁拾万元整（RMB 300,000.00）。
   Loan amount: RMB 300,000.00 (Three Hundred Thousand Yuan).
2. 借款期限：2024年9月10日至2025年9月9日。
   Term: from 10 September 2024 to 9 September 2025.
3. 利率：年利率6%，借款到期时本息一次付清。
   Interest: 6% per annum; principal and interest shall be repaid in one lump sum at maturity.
4. 出借人收到韩国买方美元货款后，可按收汇当日中国银行美元现汇买入价折算人民币，从应付借款人的收购款中扣还借款本息。
   Upon receipt of USD payments from the Korean buyer, the Lender may convert them into RMB at the Bank of China USD spot buying rate on the day of receipt and deduct the principal and interest from the purchase price payable to the Borrower.
5. 逾期：借款人逾期还款的，按逾期金额每日万分之三支付逾期利息。
   Late payment: overdue amounts shall bear late interest at 0.03% per day.
6. 保证：隋立东对借款人全部债务承担连带责任保证，保证期间为借款到期之日起两年。
   Guarantee: Sui Lidong guarantees all of the Borrower's obligations as a joint and several guarantor; the guarantee period is two years from the maturity date.
7. 争议解决：提交潍坊仲裁委员会仲裁。
   Disputes: to be submitted to the Weifang Arbitration Commission for arbitration.
8. 中英文不一致的，以中文为准。
   In case of any discrepancy between the Chinese and English versions, the Chinese version shall prevail.

出借人 Lender（盖章 Seal）：寿光市绿野蔬菜进出口有限公司
借款人 Borrower（盖章 Seal）：寿光市田园春蔬菜种植专业合作社
保证人 Guarantor：隋立东
日期 Date：2024年9月10日 / 10 September 2024
""", {
    "principal": "300000", "amount_delivered": "300000", "annual_rate": "0.06", "overdue_rate": "0.1095",
    "penalty_rate": None, "lender": "寿光市绿野蔬菜进出口有限公司", "lender_kind": "enterprise",
    "borrower": "寿光市田园春蔬菜种植专业合作社", "borrower_kind": "enterprise", "contract_date": "2024-09-10",
    "start_date": "2024-09-10", "end_date": "2025-09-09", "repayment_method": "到期一次性还本付息",
    "dispute_method": "arbitration", "guarantor": "隋立东", "guarantee_type": "连带责任保证",
    "guarantee_period_months": 24,
}, [])

# sd27  2025-08 借条 at 月息2分: after the LPR table's last row → the finding must carry the stale-data warning
add("sd27_jietiao_2025_yuexi2fen_qiuhou.txt", "utf8", """借条

今借到牛志华人民币捌万元整（¥80,000.00），用于俺在临沂商城鞋城摊位秋后进冬鞋。借期六个月，自2025年8月16日至2026年2月15日。月息2分，每月16号付利息壹仟陆佰元，到期还本。到期不还，逾期部分按每日千分之一付逾期利息。

借款人：蒋红霞（按手印）
身份证号：371302********5868
住址：临沂市兰山区兰山街道
2025年8月16日
""", {
    "principal": "80000", "amount_delivered": "80000", "annual_rate": "0.24", "overdue_rate": "0.365",
    "penalty_rate": None, "lender": "牛志华", "lender_kind": "natural_person", "borrower": "蒋红霞",
    "borrower_kind": "natural_person", "contract_date": "2025-08-16", "start_date": "2025-08-16",
    "end_date": "2026-02-15", "repayment_method": "按月付息、到期还本", "dispute_method": None, **NO_GUARANTEE,
}, ["rate_above_4x_lpr", "overdue_charges_above_cap"], expect_warning="rate_above_4x_lpr")

# sd28  2012 借条 at 月息3分, nothing since → expired
add("sd28_jietiao_2012_yuexi3fen.txt", "utf8", """借    条

今借到曹玉兰人民币陆万元整（¥60000），借期一年，从2012年10月8日到2013年10月7日，月息3分，到期连本带利一起还清。

借款人：侯庆海
身份证：371321********1539
2012年10月8日
""", {
    "principal": "60000", "amount_delivered": "60000", "annual_rate": "0.36", "overdue_rate": None,
    "penalty_rate": None, "lender": "曹玉兰", "lender_kind": "natural_person", "borrower": "侯庆海",
    "borrower_kind": "natural_person", "contract_date": "2012-10-08", "start_date": "2012-10-08",
    "end_date": "2013-10-07", "repayment_method": "到期一次性还本付息", "dispute_method": None, **NO_GUARANTEE,
}, ["pre_lpr_rate_rules", "limitation_period_expired", "no_overdue_rate_agreed"])

# sd29  2020-11 借条 with a bare 担保人 (before 2021: 担保法, no guarantee finding); signed 催款 2024; GB18030
add("sd29_jietiao_2020_danbaoren_cuikuan.txt", "gb18030", """借条

今借到姜文斌人民币肆万元整（￥40,000.00），借期一年，自2020年11月5日至2021年11月4日，月息1分，到期本息一并还清。

借款人：潘卫东  身份证号：370724********3150
担保人：潘卫红  身份证号：370724********3172
2020年11月5日

催款通知
潘卫东：你于2020年11月5日向我借款肆万元，早已到期，至今未还，请于2024年6月30日前还清本息。
通知人：姜文斌  2024年5月8日

本人已收到催款通知，欠款属实。
潘卫东
2024年5月10日
""", {
    "principal": "40000", "amount_delivered": "40000", "annual_rate": "0.12", "overdue_rate": None,
    "penalty_rate": None, "lender": "姜文斌", "lender_kind": "natural_person", "borrower": "潘卫东",
    "borrower_kind": "natural_person", "contract_date": "2020-11-05", "start_date": "2020-11-05",
    "end_date": "2021-11-04", "repayment_method": "到期一次性还本付息", "dispute_method": None,
    "guarantor": "潘卫红", "guarantee_type": "unspecified", "guarantee_period_months": None,
}, ["no_overdue_rate_agreed"])

# sd30  企业间 借款 at 月利率1.15 % = 13.8 % = 4 × 3.45 % exactly; overdue at the contract rate; 一般保证 2 years
add("sd30_jiekuan_hetong_2023_yue1dian15.txt", "utf8", """借款合同

出借人（甲方）：临沂市沂州建材有限公司
借款人（乙方）：临沂市罗庄区宏远物流有限公司
保证人（丙方）：丁兆勇（乙方法定代表人），身份证号 371311********2737

第一条 借款金额：人民币伍拾万元整（¥500,000.00）。
第二条 借款期限：2023年9月1日至2025年8月31日。
第三条 借款利率：月利率1.15%，按月付息，每月1日付上月利息，到期归还本金。
第四条 逾期：乙方逾期还款的，逾期部分继续按本合同约定利率计收利息，甲方不另收违约金。
第五条 保证：丙方承担一般保证责任，保证期间为主债务履行期限届满之日起二年。
第六条 争议解决：向甲方所在地临沂市兰山区人民法院起诉。

甲方（盖章）：临沂市沂州建材有限公司
乙方（盖章）：临沂市罗庄区宏远物流有限公司
丙方：丁兆勇
2023年9月1日
""", {
    "principal": "500000", "amount_delivered": "500000", "annual_rate": "0.138", "overdue_rate": "0.138",
    "penalty_rate": None, "lender": "临沂市沂州建材有限公司", "lender_kind": "enterprise",
    "borrower": "临沂市罗庄区宏远物流有限公司", "borrower_kind": "enterprise", "contract_date": "2023-09-01",
    "start_date": "2023-09-01", "end_date": "2025-08-31", "repayment_method": "按月付息、到期还本",
    "dispute_method": "court", "guarantor": "丁兆勇", "guarantee_type": "一般保证", "guarantee_period_months": 24,
}, [])


# ---------------------------------------------------------------------------------------------------------------
DOCX = cb.DocxMeta(author="孙玉梅", fixed_time=(2026, 12, 18, 9, 30, 0), font_pt=11, file_mode=0o644)


def build() -> None:
    cb.write_documents(HERE, [(d["file"], d["fmt"], d["body"]) for d in DOCS], DOCX, expected=30)
    cb.write_gold(HERE / "gold.jsonl", [d["gold"] for d in DOCS])
    print(f"wrote {len(DOCS)} documents and gold.jsonl to {HERE}")


if __name__ == "__main__":
    build()
