"""Build chat_questions_holdout14/cases.jsonl: 100 chat questions by author 16, written by hand (rows held literally).

Held out: never tune on these rows. Run: `.venv/bin/python eval/datasets/chat_questions_holdout14/make_cases.py`.
Validates the rows (ids, sources, disjointness, codes' GB 32100 check digits, quoted clause length, coverage
minima), writes cases.jsonl (sorted keys, UTF-8, one object per line) and prints the counts quoted in SOURCE.md.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = ("regulations", "documents", "warnings", "invoice_summary", "score", "contract_review",
           "contract_check", "rate_check")
BORROWER_SOURCES = ("documents", "warnings", "invoice_summary", "score", "contract_review")

# Askers (all fictitious): a Guangxi rural commercial bank's inclusive-finance team and those who ask it things.
QIN = "覃海燕（普惠金融部副总经理）"
WEI = "韦志强（柳州分行客户经理）"
HUANG = "黄丽萍（百色支行客户经理）"
NONG = "农文杰（凭祥支行客户经理）"
MO = "莫晓军（桂林阳朔支行客户经理）"
LU = "陆春梅（南宁营业部客户经理，甘蔗糖业）"
MENG = "蒙建华（风险管理部）"
GAN = "甘秀英（法律合规部）"
LI = "李永福（贷后催收）"
PAN = "潘国栋（柳州支行行长，转贷审会）"
ZHOU = "周处长（金融监管分局检查组）"
EMILY = "Emily 陈思敏（总行模型验证顾问）"

# Made-up 统一社会信用代码 (check digits computed by hand-run GB 32100 arithmetic, asserted below).
C_PEIJIAN = "91450204MA5KQ7T3X7"   # 柳州 汽车配件公司 (五菱 supplier)
C_ANSHU = "91451400MA5L2R8W6T"     # 崇左 桉树林业公司
C_MANGGUO = "93451003MA5N6C1F46"   # 田阳 芒果专业合作社
C_GETI = "92450203MA5P3H4K1J"      # 柳州 鱼峰 螺蛳粉个体户
C_DONGXING = "91450681MA5QD8U27U"  # 东兴 边贸公司
C_NANNING = "914501007829461XKL"   # 南宁 老企业 (old-style org code)
C_LUOSI = "91450200MA5R9B2L5L"     # 柳州 螺蛳粉食品公司

ROWS: list[dict] = []


def r(question: str, focus: bool, needs: list[str], optional: list[str], asker: str, lang: str, note: str,
      code: bool = False) -> None:
    row = {"id": f"cqo-{len(ROWS) + 1:03d}", "question": question, "borrower_in_focus": focus, "needs": needs,
           "optional": optional, "asker": asker, "lang": lang, "note": note}
    if code:
        row["names_code"] = True
    ROWS.append(row)


# --- rows, in the order they were written -------------------------------------------------------------------
r("佢分数几多", True, ["score"], [], QIN, "zh", "short follow-up on the focused borrower: score only")
r("有冇预警？", True, ["warnings"], [], QIN, "zh", "anything-wrong follow-up: warnings")
r("林权抵押登记现在是不是统一到不动产登记中心办了？佢只有林木所有权，林地是租村里的，单独拿林木去抵押得唔得？",
  False, ["regulations"], [], GAN, "zh", "林权 mortgage registration and whether standing timber alone can be mortgaged: law")
r("开票点样", True, ["invoice_summary"], [], WEI, "zh", "short follow-up on invoicing")
r("佢合同写月息1分2，另外每万蚊每个月收30蚊管理费，两样加埋有冇超上限？", True, ["rate_check"],
  ["contract_review", "documents", "regulations"], WEI, "zh",
  "stated rate + fee, question on the cap: rate_check; the stored contract only re-confirms the numbers")
r("信贷审批委员会要三样嘢：佢嘅评分、近12个月开票趋势、有冇被执行或者失信，麻烦一齐出俾我", True,
  ["score", "invoice_summary", "warnings"], [], PAN, "zh", "committee asks score, invoicing trend and enforcement")
r("呢间螺蛳粉厂抖店上个月卖得好靓，但系开票好少，帮我睇下近半年每个月开票几多，前五大客户系边个", True,
  ["invoice_summary"], [], WEI, "zh", "monthly invoicing and top customers")
r("村委会盖公章做保证人，呢个担保有冇效？出咗事村委会要负么子责任？", False, ["regulations"], [], HUANG, "zh",
  "village committee as guarantor: validity and liability under the Civil Code")
r("Is a monthly rate of 1.8% plus a 2% upfront service fee above the legal cap for a licensed microloan company?",
  False, ["rate_check"], ["regulations"], EMILY, "en", "stated rate and fee vs the cap: rate_check")
r("今日收到短信「【柳州市鱼峰区人民法院】（2024）桂0203民初3318号案件定于7月9日上午9时开庭，请准时到庭」，"
  "我哋借款人系被告，佢仲有冇其他官司或者被执行？", True, ["warnings"], [], LI, "zh",
  "the pasted court SMS is a known lawsuit; asks for other lawsuits/enforcement: warnings")
r("佢同东亚糖业签嘅甘蔗订单合同入面，收购价写几多钱一吨？", True, ["documents"], [], LU, "zh",
  "what the stored order contract says")
r(f"{C_PEIJIAN} 呢家汽车配件厂，有冇预警？开票点样？", False, ["warnings", "invoice_summary"], [], WEI, "zh",
  "borrower named by code: warnings and invoicing", code=True)
r("借款人未按期还款嘅话，我哋合同第九条系咁写：“借款人未按期偿还借款本息的，自逾期之日起按借款利率上浮50%计收罚息，"
  "并按逾期金额每日千分之一向贷款人支付违约金，同时承担贷款人为实现债权所支付的律师费、诉讼费、差旅费等全部费用。”"
  "依家追收，罚息同违约金可唔可以一齐收？加埋会唔会超过法律保护嘅上限？", True, ["contract_check", "rate_check"],
  ["contract_review", "regulations"], LI, "zh",
  "pasted clause from our stored contract, question is whether the rates stack above the cap")
r("创业担保贷款个人最高可以贷几多？贴息比例同条件点规定？小微企业同个人唔同咩？", False, ["regulations"], [], QIN,
  "zh", "创业担保贷款 limits and interest-subsidy conditions: policy rules")
r("百色呢几间芒果合作社互相担保，系统有冇标出担保圈？", True, ["warnings"], [], HUANG, "zh", "guarantee circle")
r("What's this borrower's current score band and what are the main reasons behind it?", True, ["score"], [],
  EMILY, "en", "score and reasons")
r("抖店后台导出：2024年5月 支付订单21,406笔，GMV ¥642,380.00，退款率5.8%。同佢五月份开票比下差几远？", True,
  ["invoice_summary"], [], WEI, "mixed", "pasted e-commerce report line compared with invoicing")
r("我哋同佢签嘅应收账款质押合同有冇问题？对五菱嘅应收账款有冇写清楚，质押登记条款全唔全？", True,
  ["contract_review"], ["documents", "regulations"], WEI, "zh", "is our stored pledge contract defective: contract_review")
r("土地经营权抵押，流转返来嘅地要唔要承包方书面同意，仲要唔要向发包方备案？抵押期限最长可以几耐？", False,
  ["regulations"], [], HUANG, "zh", "land management right as collateral: consent, filing, term")
r("佢申请书入面写民宿一年营业收入几多？", True, ["documents"], ["invoice_summary"], MO, "zh",
  "asks what the application says; invoicing could cross-check the figure")
r("保证条款我哋系咁改嘅：“保证人自愿为借款人在本合同项下的全部债务提供连带责任保证，保证期间为主债务履行期限届满之日起三年；"
  "保证人放弃一切抗辩权，贷款人可直接要求保证人承担保证责任而无需先向借款人追索。”‘放弃一切抗辩权’呢句有效咩？", False,
  ["contract_check"], ["regulations"], GAN, "zh", "pasted guarantee clause (template), legality: contract_check")
r("有冇多头借贷？最近征信查询次数多唔多？", True, ["warnings"], [], QIN, "zh", "multi-lender and enquiries")
r("合作社社员之间互相借钱，讲好一万蚊一个月三百，呢个利息法院认唔认？", False, ["rate_check"], ["regulations"],
  HUANG, "zh", "stated rate between individuals, question on whether courts protect it")
r("上次贷审会纪要对呢户提咗么子放款前提条件？落实咗冇？", True, ["documents"], [], PAN, "zh",
  "what the stored minutes say")
r("边民互市每人每日免税额度依家系唔系8000蚊？边民将互市商品卖俾落地加工企业，我哋贷款俾加工企业有冇政策限制？", False,
  ["regulations"], [], NONG, "zh", "border-resident trade rules: policy question")
r("佢水电费最近几个月跌得好犀利咩？厂系咪停咗产？", True, ["warnings"], ["invoice_summary"], MENG, "zh",
  "utilities drop is a warning; invoicing could confirm a stoppage")
r("客户拎嚟一份农机经销商推荐嘅金融公司合同问我，我抄咗第四条："
  "“本合同项下借款年利率为8.5%，另由借款人按借款本金的3%一次性支付服务费，该服务费于放款时从借款本金中直接扣除；"
  "借款人提前还款的，应按剩余本金的5%支付提前还款补偿金。”砍头息咁扣得唔得？综合成本超唔超？", False,
  ["contract_check", "rate_check"], ["regulations"], WEI, "zh",
  "pasted clause with a fee deducted up front; asks about the deduction and the total cost")
r("佢份借款合同利率条款有冇问题？", True, ["contract_review"], ["documents", "regulations"], QIN, "zh",
  "legality of a term of the stored contract, no text or number given")
r("佢开票近半年跌咗一半，评分有冇跟住跌？", True, ["score"], ["invoice_summary"], NONG, "zh",
  "invoicing drop is stated; asks whether the score reflects it")
r("林权证上写住『林地使用期：2012年1月1日至2041年12月31日，林种：用材林（桉树），面积：326.5亩』，我哋贷十年，"
  "唔超林地使用期，但系仲使唔使考虑桉树采伐周期？法律有冇规定抵押期限唔可以超过边个期限？", True, ["regulations"],
  ["documents"], HUANG, "zh", "林权证 line is supplied; question is the legal term limit")
r("2024-04-22 东兴中行 入账 VND 1,380,000,000 折CNY 392,150.00 付款方 CONG TY TNHH TM HOANG PHAT 摘要 互市货款 "
  "—— 呢类越南盾货款佢有冇开票？近半年销项同呢啲流水对唔对得上？", True, ["invoice_summary"], ["documents"], NONG,
  "mixed", "pasted settlement line; compare with invoicing")
r("佢嗰份林权抵押合同，抵押物范围同林木采伐收益有冇约定清楚？有冇法律瑕疵？", True, ["contract_review"],
  ["documents", "regulations"], GAN, "zh", "defects of the stored 林权 mortgage contract")
r("借款人过身咗，佢嘅继承人使唔使还？如果继承人话放弃继承，我哋点追？", False, ["regulations"], [], LI, "zh",
  "inheritance and debts: law")
r("佢份质押合同第三条：“出质人将其对上汽通用五菱汽车股份有限公司享有的自2024年1月1日起至2025年12月31日止因供货产生的全部现有及将有应收账款出质给质权人，"
  "出质人应于本合同签订后五个工作日内在中国人民银行征信中心动产融资统一登记公示系统办理登记。”"
  "将来嘅应收账款咁笼统写得唔得？", True, ["contract_check"], ["contract_review", "regulations"], WEI, "zh",
  "pasted clause from our stored pledge contract, about future receivables: contract_check")
r("佢被执行咗冇？限高呢？", True, ["warnings"], [], QIN, "zh", "enforcement, consumption restriction")
r("我哋税易贷定价 LPR+150BP，加埋担保费1.2%，综合成本 OK 唔 OK？离 LPR 四倍仲差几远？", False, ["rate_check"],
  ["regulations"], QIN, "mixed", "stated pricing vs the LPR x4 cap")
r(f"{C_ANSHU} 呢间桉树公司嘅林权抵押合同有冇问题？抵押登记做咗冇？", False, ["contract_review"], ["documents"],
  GAN, "zh", "stored contract review for a borrower named by code; registration evidence in documents", code=True)
r("佢上传咗征信报告冇？报告入面有几多笔未结清贷款？", True, ["documents"], ["warnings"], HUANG, "zh",
  "what the stored 征信 report says; warnings may show multi-lender")
r("明天上贷审会，呢户六堡茶经销商帮我准备：1.近一年开票同前五大客户；2.有冇涉诉、被执行、多头；3.佢份抵押合同有冇瑕疵；"
  "4.评分同扣分项。", True, ["invoice_summary", "warnings", "contract_review", "score"], ["documents"], QIN, "zh",
  "four-part committee pack")
r("六堡茶经销合同第五条：「乙方向甲方预付货款人民币叁拾万元，甲方应于收款后六十日内按约定品级交付陈化三年以上之六堡茶；"
  "如甲方逾期交货，应按预付款每日万分之五向乙方支付违约金，并于乙方要求时退还全部预付款。」我哋客户系乙方，"
  "呢笔预付款收唔返嘅话佢可以点追？", True, ["contract_check"], ["rate_check", "regulations", "documents"], MO, "zh",
  "pasted clause with a penalty rate, but the question is about recovery: rate_check only optional")
r("佢借新还旧咗两次，依家又申请续贷，监管对借新还旧嘅风险分类有冇要求？要唔要下调五级分类？", True, ["regulations"],
  ["warnings"], MENG, "zh", "roll-overs stated; question is the classification rule")
r("佢民宿嘅特种行业许可证同消防验收有冇上传？有效期到几时？", True, ["documents"], [], MO, "zh",
  "stored certificates")
r("The contract shows default interest of 0.05% per day on overdue principal on top of the 9% contract rate. "
  "Does that breach the cap?", True, ["rate_check"], ["contract_review", "documents", "regulations"], EMILY, "en",
  "stated default rate + contract rate vs the cap")
r("佢想加贷到八十万，帮我睇下评分同开票，够唔够支撑？", True, ["score", "invoice_summary"], [], WEI, "zh",
  "top-up: score and invoicing")
r("我哋起诉佢之前想确认下，合同入面管辖条款、送达地址确认条款有冇问题？会唔会影响诉讼？", True, ["contract_review"],
  ["regulations", "documents"], LI, "zh", "stored contract's jurisdiction/service clauses")
r("佢财务报表入面应收账款几多？五菱占几成？同开票嘅客户集中度对唔对得上？", True, ["documents", "invoice_summary"],
  [], QIN, "zh", "what the statements say vs invoicing concentration")
r("借条照片我打出嚟：“今借到覃某某人民币现金伍拾万元整（¥500000元），"
  "借期壹年，月息贰分伍厘，利息每月25日前付清，逾期按每日千分之三计付违约金，借款人以自有桉树林作担保。借款人：韦某某”"
  "借款人系我哋客户，呢张借条嘅利息同违约金法院认几多？", True, ["contract_check", "rate_check"],
  ["regulations", "documents"], LI, "zh", "pasted IOU text, question on the rate and penalty level")
r("这户去年做了三次展期，你们有没有按规定调整风险分类？把他的预警和评分拿出来我看一下。", True,
  ["regulations", "warnings", "score"], [], ZHOU, "zh", "examiner: classification rule plus the borrower's warnings and score")
r("佢份农机贷合同 PDF 已经上传，帮手 review 下，重点睇违约金同提前还款条款", True, ["contract_review"],
  ["documents"], WEI, "mixed", "review of the stored contract")
r("Can you review the stored pledge agreement for this borrower and flag any terms that might not hold up legally?",
  True, ["contract_review"], ["documents", "regulations"], EMILY, "en", "stored contract review")
r("佢股东会决议入面同意对外担保嘅系边几个股东？按公司法，关联担保呢个决议有效冇？", True,
  ["documents", "regulations"], [], GAN, "zh", "what the stored resolution says and what company law makes of it")
r(f"{C_MANGGUO} 呢个芒果合作社，入社成员名册同土地流转合同有冇上传？", False, ["documents"], [], HUANG, "zh",
  "stored files for a borrower named by code", code=True)
r("民宿老板话佢同亲戚借咗二十万蚊，讲好年息15%，法院保唔保护？", False, ["rate_check"], ["regulations"], MO, "zh",
  "stated private-lending rate vs the LPR x4 cap")
r("佢同村民签嘅流转合同第三条：“甲方将其承包的位于田阳区那坡镇的耕地85亩"
  "之土地经营权流转给乙方种植芒果，流转期限自2020年1月1日至2034年12月31日，流转费每亩每年800元，每五年支付一次；"
  "乙方可以以土地经营权向金融机构融资担保，甲方予以配合。”佢用呢块地嘅经营权抵押，流转合同咁写够唔够？仲要做乜手续？",
  True, ["contract_check"], ["regulations", "documents"], HUANG, "zh",
  "pasted land transfer clause; is it enough for a mortgage: contract_check")
r("佢开票同销项结构点样？同佢自己讲嘅生意规模差几远？评分有冇因为开票少而偏低？", True,
  ["invoice_summary", "score"], [], NONG, "zh", "invoicing structure and whether the score is dragged down")
r("糖厂俾蔗农预付化肥农药款，榨季收蔗款时扣返本金同利息，利息按月息1.5%计，合唔合法？", False, ["rate_check"],
  ["regulations"], LU, "zh", "stated monthly rate, legality of its level")
r("五菱配件厂社保人数系咪跌咗好多？听讲二季度裁咗人", True, ["warnings"], [], WEI, "zh", "social insurance headcount")
r("佢民宿装修贷嘅保证人系佢老婆，合同有冇写夫妻共同债务？有冇风险？", True, ["contract_review"],
  ["regulations", "documents"], MO, "zh", "stored guarantee contract: risk/defect")
r("佢民宿租约第六条：「乙方承租甲方位于阳朔县兴坪镇的房屋用于经营民宿，租期十年，"
  "自2021年5月1日起至2031年4月30日止；未经甲方书面同意，乙方不得将房屋转租、抵押或以任何方式设定担保，否则甲方有权单方解除合同。」"
  "佢想用民宿经营权同装修做抵押，睇呢条有冇风险？", True, ["contract_check"], ["regulations", "documents"], MO, "zh",
  "pasted lease clause restricting security: contract_check")
r("芒果今年失收，佢申请展期，按规定展期最长几耐？佢仲有冇其他预警？", True, ["regulations", "warnings"], [], HUANG,
  "zh", "extension rule plus other warnings")
r("整村授信嗰阵佢评级系几多？依家系统打分系咪跌咗？", True, ["score"], ["documents"], HUANG, "zh",
  "score now vs the village rating (the rating sheet may be a stored file)")
r("催收打电话去借款人亲戚屋企，有冇违规？催收嘅规范点讲？", False, ["regulations"], [], LI, "zh",
  "collection conduct rules")
r(f"{C_GETI} 呢个螺蛳粉个体户，评分同主要扣分原因", False, ["score"], [], PAN, "zh",
  "borrower named by code: score", code=True)
r("税务app截图：『2023年度增值税申报销售额 386.42万元，实缴税款 11.59万元，纳税信用级别 B级』。佢系统评分有冇用到纳税信用？"
  "B级会唔会拉低分数？", True, ["score"], ["invoice_summary"], LU, "mixed",
  "tax-app screenshot supplies the figures; question is about the score")
r("佢借条照片入面写嘅还款日系几号？", True, ["documents"], [], LI, "zh", "what a stored photo of an IOU says")
r("你们这户贷款合同年利率7.2%，另外收了1.5%的财务顾问费，是不是违反了不得收取与贷款无关费用的规定？", True,
  ["regulations"], ["rate_check", "contract_review", "documents"], ZHOU, "zh",
  "the question is the prohibited-fee rule, not the level vs the cap")
r("客户同边民互助组签嘅协议有一段：“甲方（边民互助组）委托乙方代为采购越南产坚果及水果，"
  "货款以越南盾现金结算，由乙方负责通关申报，甲方成员每人每日互市额度由乙方统一调配使用，所产生之税费及法律责任概由甲方承担。”"
  "呢种边民额度由商户统一用嘅条款有冇违规？我哋贷款俾乙方有冇合规风险？", False, ["contract_check"], ["regulations"],
  NONG, "zh", "pasted agency clause; legality is the tool's comparison")
r("score 几多？reasons 列出来", True, ["score"], [], QIN, "mixed", "score and reasons")
r("佢分数高但系有被执行，点解评分冇反映？", True, ["score", "warnings"], [], MENG, "zh",
  "score reasons vs the enforcement warning")
r("Pull the score, the warnings and the last 12 months of invoicing for this one before the committee.", True,
  ["score", "warnings", "invoice_summary"], [], EMILY, "en", "three borrower sources")
r("合同审查结果出嚟未？佢份创业担保贷款合同嘅贴息条款有冇同政策冲突？", True, ["contract_review"],
  ["regulations", "documents"], MENG, "zh", "stored contract review")
r("佢同品牌方嘅代工合同第七条：“甲方委托乙方生产袋装螺蛳粉，乙方须保证产品符合食品安全国家标准，"
  "因产品质量问题引起的消费者索赔、平台处罚及召回费用，均由乙方承担，甲方有权从应付货款中直接扣除，且扣除金额不设上限。”"
  "我哋客户系乙方，呢条对我哋贷款收回有冇影响？", True, ["contract_check"], ["regulations", "documents"], WEI, "zh",
  "pasted OEM clause, its risk: contract_check")
r(f"{C_DONGXING} 东兴呢间贸易公司，进项同销项点样？红冲多唔多？", False, ["invoice_summary"], [], NONG, "zh",
  "borrower named by code: invoicing", code=True)
r("税易贷按近12个月开票额嘅20%核额，佢可以批几多？", True, ["invoice_summary"], ["documents"], QIN, "zh",
  "sizing on invoicing; the rule is stated in the message")
r("佢合同写年利率23.5%，呢间系小贷公司转过来嘅合同，帮手睇整份合同仲有冇其他问题", True,
  ["rate_check", "contract_review"], ["documents", "regulations"], GAN, "zh",
  "stated rate level plus a whole stored-contract review")
r("佢申请农机贷买甘蔗收割机，申请书写嘅购机价几多？农机购置补贴可唔可以拎嚟质押？", True,
  ["documents", "regulations"], [], LU, "zh", "what the application says plus a legal question")
r("What's the limitation period for suing a guarantor, and when does it start running?", False, ["regulations"], [],
  EMILY, "en", "limitation period: law")
r(f"{C_LUOSI} 呢间螺蛳粉公司，评分、预警一齐睇下", False, ["score", "warnings"], [], WEI, "zh",
  "borrower named by code: score and warnings", code=True)
r("我哋借款合同第十二条：“借款人出现下列情形之一的，贷款人有权宣布借款提前到期：（一）涉及重大诉讼或被列为失信被执行人；"
  "（二）未经贷款人同意对外提供担保；（三）经营收入连续三个月下降超过30%；贷款人并有权从借款人在贷款人处开立的任何账户中直接扣收。”"
  "佢依家俾人告咗，我哋依呢条可唔可以宣布提前到期同直接扣款？", True, ["contract_check"],
  ["warnings", "regulations", "contract_review"], LI, "zh",
  "pasted acceleration clause from our contract; the lawsuit is stated, warnings only confirm it")
r("佢贷后检查报告写住存货几多？同佢开票对唔对得上？有冇预警？", True, ["documents", "invoice_summary", "warnings"],
  [], MENG, "zh", "stored post-loan report, invoicing and warnings")
r("委员问：佢应收账款质押合同有冇问题，同埋佢对五菱嘅开票额系咪覆盖得到质押额？", True,
  ["contract_review", "invoice_summary"], ["documents"], PAN, "zh", "stored contract review plus invoicing coverage")
r("开票有冇断崖？红字发票多唔多？", True, ["invoice_summary"], ["warnings"], MENG, "zh",
  "invoicing cliff and red-letter reversals")
r("担保公司发过嚟嘅反担保合同有一段：「反担保人以其名下位于南宁市西乡塘区之房产提供抵押反担保，并对担保人因履行保证责任而支付的"
  "全部款项、资金占用费（按年利率24%计）及实现债权之费用承担连带清偿责任。」资金占用费按24%计有冇问题？呢个反担保有效咩？",
  False, ["contract_check", "rate_check"], ["regulations"], GAN, "zh",
  "pasted counter-guarantee clause; rate level and validity")
r("越南人喺凭祥开个体户，我哋可唔可以贷款俾佢？要睇乜 document？", False, ["regulations"], [], NONG, "mixed",
  "lending to a foreign individual business: rules")
r("佢失信咗，我哋申请强制执行佢嘅林权，法院点处置？佢仲有冇其他被执行案件同我哋争？", True,
  ["regulations", "warnings"], [], LI, "zh", "enforcement procedure plus other enforcement cases")
r("佢网贷借咗一笔，一万蚊每个月还一千零五十，还12期，实际年化几多？超唔超36%？", True, ["rate_check"], ["regulations"], LI,
  "zh", "stated instalment cost; level vs cap")
r("Does the uploaded application say what the loan will be used for? And is that purpose allowed under the 创业担保贷款 rules?",
  True, ["documents", "regulations"], [], EMILY, "mixed", "what the file says plus the policy rule")
r("佢嘅边民证复印件、互市备案登记有冇喺资料入面？", True, ["documents"], [], NONG, "zh", "stored files")
r("这户的贷款合同拿出来看看，有没有违规收费、捆绑搭售的条款？", True, ["contract_review"], ["documents", "regulations"],
  ZHOU, "zh", "stored contract review for fee/bundling defects")
r("佢同越南供应商嘅 contract 有一条：“The Buyer shall pay a 30% deposit by T/T within 7 days "
  "of signing and the balance in cash in Vietnamese Dong at the Pingxiang border market upon delivery; title to the "
  "goods passes to the Buyer only after full payment is received.” 货到咗佢仓但未付清款，我哋可唔可以当佢存货抵押？",
  True, ["contract_check"], ["regulations", "documents"], NONG, "mixed", "pasted English supply clause (title retention)")
r(f"{C_NANNING} 呢间公司俾人告咗冇？佢系我哋一个借款人嘅保证人，保证人被执行嘅话我哋可以点做？", False,
  ["warnings", "regulations"], [], GAN, "zh", "guarantor named by code: lawsuits plus what the law lets us do",
  code=True)
r("民宿淡季开票跌咗，佢有冇欠税或者水电异常？", True, ["warnings"], ["invoice_summary"], MO, "zh",
  "invoicing drop stated; asks for tax/utility warnings")
r("佢合同写月息1.5分，同佢外面借嘅网贷比边个高？顺便睇下佢有冇多头", True, ["rate_check", "warnings"],
  ["contract_review"], QIN, "zh", "stated rate and multi-lender")
r("合作社成员入股讲明每年保底分红12%，呢个算唔算变相借贷？算利息嘅话超唔超上限？", False,
  ["regulations", "rate_check"], [], HUANG, "zh", "classification (is it lending) plus the rate level")
r("佢份借款合同有冇瑕疵？另外评分几多、有冇预警，一齐睇", True, ["contract_review", "score", "warnings"],
  ["documents"], QIN, "zh", "contract review plus score and warnings")
r("贷审会要睇佢嘅林权证同评估报告，评估价几多？按六成抵押率够唔够覆盖贷款？", True, ["documents"], [], PAN, "zh",
  "what the stored appraisal and certificate say")
r("你们农户小额信用贷款整村评级授信，采集农户信息有没有取得单独同意？个人信息保护法怎么规定的？", False,
  ["regulations"], ["documents"], ZHOU, "zh", "personal-information rules for village-wide rating")
r("村委证明：『兹证明我村村民黄某某在本村种植芒果120亩，为人诚实守信，无不良记录，特此证明。』呢种证明算唔算担保？"
  "出事村委要唔要赔？", False, ["regulations"], [], HUANG, "zh",
  "pasted village certificate (short, not a contract); is it a guarantee: law")
r("佢系咪续贷第几次啦？有冇借新还旧嘅迹象？", True, ["warnings"], [], PAN, "zh", "roll-over count")
r("借款人喺东兴做边贸，收越南盾现金冇入账，佢个人账户流水同开票差好远，我哋贷后要点核实佢经营收入？有冇反洗钱嘅规定要报？",
  True, ["regulations"], ["invoice_summary", "documents", "warnings"], NONG, "zh",
  "the gap to invoicing is stated; the question is how to verify and what AML rules require: regulations")


# --- validation ---------------------------------------------------------------------------------------------
CH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
CODE_RE = re.compile(r"(?<![0-9A-Z])[0-9A-HJ-NP-RTUWXY]{2}\d{6}[0-9A-HJ-NP-RTUWXY]{10}(?![0-9A-Z])")
QUOTE_RE = re.compile(r"“([^”]*)”|「([^」]*)」|『([^』]*)』|\"([^\"]*)\"")


def valid_code(code: str) -> bool:
    if len(code) != 18 or any(c not in CH for c in code):
        return False
    total = sum(CH.index(c) * w for c, w in zip(code[:17], WEIGHTS))
    return CH[(31 - total % 31) % 31] == code[17]


def longest_quote(text: str) -> int:
    return max((len(next(g for g in m.groups() if g is not None)) for m in QUOTE_RE.finditer(text)), default=0)


def main() -> None:
    assert len(ROWS) == 100, len(ROWS)
    assert len({r["id"] for r in ROWS}) == 100 and len({r["question"] for r in ROWS}) == 100
    for row in ROWS:
        needs, opt = row["needs"], row["optional"]
        assert needs and set(needs) <= set(SOURCES) and set(opt) <= set(SOURCES), row["id"]
        assert len(set(needs)) == len(needs) and len(set(opt)) == len(opt), row["id"]
        assert not set(needs) & set(opt), row["id"]
        assert row["lang"] in ("zh", "en", "mixed"), row["id"]
        assert row["asker"] and row["note"], row["id"]
        codes = CODE_RE.findall(row["question"])
        has_code = any(valid_code(c) for c in codes)
        if row.get("names_code"):
            assert has_code and not row["borrower_in_focus"], row["id"]
        else:
            assert not has_code, row["id"]
        if "contract_check" in needs:
            assert longest_quote(row["question"]) >= 80, (row["id"], longest_quote(row["question"]))
    need_counts = Counter(s for r in ROWS for s in r["needs"])
    opt_counts = Counter(s for r in ROWS for s in r["optional"])
    for s in SOURCES:
        assert need_counts[s] >= 12, (s, need_counts[s])
    multi = sum(len(r["needs"]) > 1 for r in ROWS)
    regs_only = sum(r["needs"] == ["regulations"] for r in ROWS)
    single_borrower = sum(len(r["needs"]) == 1 and r["needs"][0] in BORROWER_SOURCES for r in ROWS)
    assert multi >= 25 and regs_only >= 10 and single_borrower >= 10, (multi, regs_only, single_borrower)

    with open(HERE / "cases.jsonl", "w", encoding="utf-8") as f:
        for row in ROWS:
            f.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")

    print("rows", len(ROWS))
    print("needs", {s: need_counts[s] for s in SOURCES})
    print("optional", {s: opt_counts[s] for s in SOURCES})
    print("multi-need", multi, "| regulations-only", regs_only, "| single borrower-source", single_borrower,
          "| single other (rate_check/contract_check alone)",
          sum(len(r["needs"]) == 1 and r["needs"][0] in ("rate_check", "contract_check") for r in ROWS))
    print("needs size", dict(sorted(Counter(len(r["needs"]) for r in ROWS).items())))
    print("langs", dict(Counter(r["lang"] for r in ROWS)))
    print("focus", dict(Counter(r["borrower_in_focus"] for r in ROWS)), "| names_code",
          sum(bool(r.get("names_code")) for r in ROWS))
    print("askers", dict(Counter(r["asker"] for r in ROWS).most_common()))
    print("contract_check quoted lengths", [longest_quote(r["question"]) for r in ROWS if "contract_check" in r["needs"]])


if __name__ == "__main__":
    main()
