"""Build cases.jsonl for chat_questions_holdout16 (author 18). Held out: never tune on these rows.

Every row below was written by hand in one sitting; this script only validates them and writes cases.jsonl
(sorted keys, UTF-8, one object per line), then prints the counts quoted in SOURCE.md.
Run: /work/main/.venv/bin/python eval/datasets/chat_questions_holdout16/make_cases.py
"""
from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = ("regulations", "documents", "warnings", "invoice_summary", "score", "contract_review",
           "contract_check", "rate_check")
BORROWER_SOURCES = {"documents", "warnings", "invoice_summary", "score", "contract_review"}

# Askers
SUN = "孙立华（小微金融部负责人）"
WANG = "王建军（寿光支行客户经理，大棚贷）"
LIU = "刘晓燕（栖霞支行客户经理，苹果冷库）"
ZHANG = "张磊（莱阳支行客户经理，梨/食品/海参）"
ZHAO = "赵鹏（青州支行客户经理，园区/物流）"
LI = "李娜（昌乐支行客户经理，农资店）"
KONG = "孔祥云（总行营业部客户经理，风筝跨境电商）"
CHEN = "陈刚（风险管理部）"
ZHOU = "周敏（合规部）"
MA = "马德胜（贷后管理）"
GAO = "高勇（清收）"
HAN = "韩行长（转贷审会问题）"
YANG = "杨帆（审计部）"
WU = "吴检查员（金融监管分局）"


def r(n, question, focus, needs, optional, asker, lang, note, names_code=False):
    row = {"id": f"cqq-{n:03d}", "question": question, "borrower_in_focus": focus, "needs": needs,
           "optional": optional, "asker": asker, "lang": lang, "note": note}
    if names_code:
        row["names_code"] = True
    return row


ROWS = [
    r(1, "恁看他分咋样", True, ["score"], [], SUN, "zh",
      "short follow-up on the borrower's score"),
    r(2, "有预警不", True, ["warnings"], [], SUN, "zh",
      "short follow-up: any early warnings"),
    r(3, "开票咋样了", True, ["invoice_summary"], [], WANG, "zh",
      "short follow-up on invoicing"),
    r(4, "俺们寿光这边菜农就一个大棚最值钱，地是村里流转来的，有的办了土地经营权证。大棚能不能单独抵压？还是得连着土地经营权一块押？"
         "押了以后他不还钱，俺们能拍卖不", False, ["regulations"], [], WANG, "zh",
      "general law: 大棚 and 土地经营权 as collateral, enforcement (voice slip 抵压)"),
    r(5, "这户大棚贷30万，期限3年，恁帮俺翻翻他那个土地流转合同，流转期限写的到哪年？白贷款还没到期地先到期了", True,
      ["documents"], [], WANG, "zh",
      "what the stored 流转合同 says (term); no legal question"),
    r(6, "冷库贷这户俺夜来去盘库了，库里苹果少了一多半，老板说年前走了一批货。恁给看看他最近开票跟得上不，还有没有啥别的预警", True,
      ["invoice_summary", "warnings"], [], LIU, "zh",
      "stock down: do invoices match the sale, and other warnings"),
    r(7, "仓单质押的苹果，要是冷库老板自己偷着把苹果卖给客商了，俺们的质权还在不在？能不能找买苹果的客商要回来，还是只能找冷库赔",
      False, ["regulations"], [], LIU, "zh",
      "general law: pledge over warehouse receipt when the warehouse sells the goods, good-faith buyer"),
    r(8, "鲁担惠农贷出了风险，省农担代偿以后向借款人追偿，俺们银行还用不用跟着起诉？代偿以后剩下那20%俺们能不能单独告借款人",
      False, ["regulations"], [], CHEN, "zh",
      "general law: guarantor's subrogation after partial 代偿, bank's remaining claim"),
    r(9, "他说在别的小贷公司还借着10万，一个月利息2500，这个利息合法不？合法的话俺也没法劝他转过来", True,
      ["rate_check"], ["regulations"], WANG, "zh",
      "stated rate (2500/月 on 10万 = 月息2分5) vs the caps"),
    r(10, "客户拿来一份外面公司的合同让俺看看，条款是这么写的：“借款人未按期归还借款本金的，自逾期之日起按本合同约定利率上浮50%计收罚息，"
          "对未按时支付的利息按罚息利率计收复利，同时借款人还应按逾期金额每日千分之一向贷款人支付违约金。”合同利率是年化15%，这些加一块超没超上限",
      False, ["contract_check", "rate_check"], ["regulations"], GAO, "zh",
      "pasted clause (not ours) and the question is whether the combined charges exceed the cap"),
    r(11, "征信报告上写着“近3个月贷款审批查询次数：7”，俺们系统给他报多头预警了没？还有别的啥预警", True,
      ["warnings"], ["documents"], MA, "zh",
      "asks what warnings the system raised; the pasted 征信 line is only context"),
    r(12, "客户转给俺一条短信：“【寿光市人民法院】李某某您好，您涉及的（2024）鲁0783民初2316号民间借贷纠纷一案定于5月20日上午9时开庭，"
          "请准时到庭。”他说是给亲戚担保的。恁看看他身上还有别的官司或者被执行的不", True,
      ["warnings"], [], GAO, "zh",
      "one lawsuit is stated; other lawsuits/enforcement need warnings. Court SMS is not clause text"),
    r(13, "这户分咋这么低？是不是社保人数掉了的事", True, ["score"], ["warnings"], SUN, "zh",
      "score reasons answer it; the headcount warning only confirms"),
    r(14, "夫妻一方签的保证合同，另一方没签，这个保证债务算不算夫妻共同债务？能执行他媳妇名下的房子不", False,
      ["regulations"], [], ZHOU, "zh", "general law: spouse and guarantee debt"),
    r(15, "保证合同上没写保证期间的，保证期间是多长？从啥时候起算？俺们这有笔逾期快一年了还没找保证人，是不是过了", False,
      ["regulations"], [], GAO, "zh", "general law: default guarantee period"),
    r(16, "创业担保贷款贴息是咋规定的？个人最多能贷多少，财政贴多少，要是借款人逾期了还贴不贴", False,
      ["regulations"], [], LI, "zh", "policy/rule question on 创业担保贷款 贴息"),
    r(17, "风筝厂老板发来平台回款截图：“Settlement period 03/01–03/14, total USD 18,236.50, transferred to PingPong”，"
          "俺想对一下他ERP里出口开票的数跟这个对得上不", True,
      ["invoice_summary"], [], KONG, "mixed",
      "compare a pasted platform payout line with his export invoicing; the line is not clause text"),
    r(18, "园区管委会发了个通知：“因中央环保督察反馈问题整改需要，自即日起园区内橡胶轮胎企业一律停产整改，经验收合格后方可恢复生产。”"
          "俺们这个轮胎厂贷款600万，恁看看他最近开票和预警，是不是得提前收贷", True,
      ["warnings", "invoice_summary"], ["documents", "regulations"], ZHAO, "zh",
      "pasted 环保 notice; asks for invoices and warnings; acceleration clause/law would help"),
    r(19, "91370783MA3CKD4L5G 这家种苗公司有没有被执行的、限高的，恁给查查", False,
      ["warnings"], [], CHEN, "zh", "borrower named by code; enforcement/限高", names_code=True),
    r(20, "帮俺看看93370783MA3N7B2E9K这个合作社去年开票多少，前五大客户是谁", False,
      ["invoice_summary"], [], SUN, "zh", "borrower named by code; invoicing and top customers", names_code=True),
    r(21, "贷审会上要讨论91370686MA3PWG61XG，冷库贷续贷500万。它的评分、预警、近一年开票都给我拉一下", False,
      ["score", "warnings", "invoice_summary"], [], HAN, "zh",
      "borrower named by code; three borrower sources asked by name", names_code=True),
    r(22, "这个梨罐头厂是不是借新还旧好几回了？续贷了几次了", True, ["warnings"], [], ZHANG, "zh",
      "roll-over count is a warning"),
    r(23, "他家这半年销项咋掉这么多？是不是出口那块没了，有没有欠税的预警", True,
      ["invoice_summary", "warnings"], [], ZHANG, "zh", "sales drop plus tax-arrears warning"),
    r(24, "恁看看他分是多少，哪几条扣的分", True, ["score"], [], ZHANG, "zh", "score and its reasons"),
    r(25, "农资店赊账卖化肥，应收一大堆。他打分是几档？有没有啥预警", True, ["score", "warnings"], [], LI, "zh",
      "score band and warnings"),
    r(26, "农资店赊给农户化肥，欠条上写的“逾期不还按月息3分算利息”，这个利息能要不？几年不要就过了时效了", False,
      ["rate_check", "regulations"], [], LI, "zh",
      "stated rate 月息3分 vs cap (rate_check) plus limitation period (regulations); quote too short for contract_check"),
    r(27, "合同模板里有一条：“保证人配偶已知悉并同意保证人为本合同项下债务提供连带责任保证，同意以夫妻共同财产承担保证责任；"
          "本条款经保证人本人签字即视为配偶同意，无需配偶另行签字，配偶不得以未签字为由提出抗辩。”这样写配偶没签字能约束她不？", False,
      ["contract_check"], ["regulations"], ZHOU, "zh",
      "pasted template clause, legality of binding the spouse; template is not a borrower's stored contract"),
    r(28, "他那个土地流转合同里有一句：“乙方在流转期限内不得将土地经营权再流转或者用于抵押融资，未经甲方书面同意擅自抵押的，"
          "甲方有权解除合同收回土地，地上大棚、水肥设施等附着物一律归甲方所有，甲方不予任何补偿。”这样的话俺们押他的经营权还有用不？", True,
      ["contract_check"], ["regulations", "documents"], WANG, "zh",
      "pasted 流转合同 clause; the check does the legal comparison"),
    r(29, "俺们跟冷库、借款人签的三方协议里写的：“出质人以仓单项下苹果出质后，保管人凭质权人出具的书面放货通知办理出库，"
          "未经质权人书面同意，保管人不得向出质人或任何第三人交付仓单项下货物，否则应向质权人承担赔偿责任。”冷库要是不听这个私自出货，俺们能找冷库赔多少？",
      True, ["contract_check"], ["regulations", "contract_review"], LIU, "zh",
      "pasted clause from our own stored 三方协议, so contract_review optional"),
    r(30, "省农担给的担保函里这么写：“担保人对贷款本金的80%承担代偿责任，利息、罚息、复利及实现债权的费用不在代偿范围内；"
          "贷款逾期后银行应在90日内提交代偿申请，逾期未申请的，担保人不再承担代偿责任。”90天过了不申请就不赔了，这合法不？利息那块俺们找谁要",
      False, ["contract_check"], ["regulations"], CHEN, "zh",
      "pasted 担保函 sentence; legality of the 90-day bar"),
    r(31, "有个借条照片俺打出来了：“今借到王某某人民币贰拾万元整，月息叁分，借期壹年，到期不还每天按借款金额千分之五付违约金，"
          "以本人寿光市孙家集街道某村大棚叁个作抵押。借款人：李某某 2023年3月1日”这个利息法院能认多少？大棚写上了算抵押不", False,
      ["contract_check", "rate_check"], ["regulations"], GAO, "zh",
      "pasted 借条 text; question is both the rate level and the collateral term"),
    r(32, "他在一家小贷公司借的钱，合同上写：“贷款发放时借款人应一次性向贷款人支付贷款金额3%的综合服务费，该费用从发放的贷款本金中直接扣除，"
          "不予退还；贷款执行年利率为14.8%，按月付息，到期一次性还本，提前还款的另收剩余本金2%的手续费。”这样算下来实际利率到多少了？超没超", True,
      ["contract_check", "rate_check"], ["regulations"], ZHAO, "zh",
      "pasted clause with 砍头息; question is the effective rate vs cap"),
    r(33, "审计抽查这户，发现借款合同PDF里有几处空白没填，落款日期也不对。恁帮俺把这户的合同整个审一遍，还有啥瑕疵", True,
      ["contract_review"], ["documents"], YANG, "mixed", "review of the stored contract for defects"),
    r(34, "检查组要核实这户贷款有没有收取不合规的费用，比如咨询费、账户管理费之类的，恁把合同里的收费条款审一下", True,
      ["contract_review"], ["documents", "regulations"], WU, "zh", "review of stored contract's fee terms"),
    r(35, "贷审会上有委员问：这笔冷库贷合同里的违约金条款合规不，会不会被法院调低？", True,
      ["contract_review"], ["regulations", "documents"], HAN, "zh",
      "is a stored term legal; no text pasted"),
    r(36, "他合同里年化利率写的多少？超没超", True, ["contract_review"], ["documents", "regulations"], SUN, "zh",
      "no rate stated in the message, so the stored contract's rate must be reviewed (not rate_check)"),
    r(37, "恁审审他那个保证合同，保证人是他小舅子，有没有啥漏洞", True, ["contract_review"], [], WANG, "zh",
      "review of stored guarantee contract"),
    r(38, "这户的仓单质押合同俺心里没底，恁审一下风险点，白到时候苹果没了俺们还蒙在鼓里", True,
      ["contract_review"], [], LIU, "zh", "review of stored pledge contract"),
    r(39, "91370703MA3U5E0N3B 这家化工厂的应收账款质押合同恁给审一遍，质押登记那块有没有问题", False,
      ["contract_review"], ["documents", "regulations"], CHEN, "zh",
      "borrower named by code; review of stored receivables-pledge contract", names_code=True),
    r(40, "这户是夫妻店，借款合同上他媳妇签字了没？没签的话俺们能不能要求她一块还", True,
      ["documents", "regulations"], ["contract_review"], MA, "zh",
      "what the stored file shows (signature) plus what the law makes of it"),
    r(41, "他那个海带养殖的海域使用权证上登的面积是多少亩？跟俺们抵押合同上写的对得上不", True,
      ["documents"], [], ZHANG, "zh", "compare two stored documents"),
    r(42, "他的海域使用权证到期了还没续上，抵押登记证明上写的抵押期限到哪天？证到期了抵押还有效不", True,
      ["documents", "regulations"], [], ZHANG, "zh",
      "stored registration certificate plus legal effect of an expired 海域使用权"),
    r(43, "授信申请书上他写的贷款用途是嘛？俺记得是买化肥", True, ["documents"], [], LI, "zh",
      "what the stored application says"),
    r(44, "贷审会纪要里给他批的额度附了条件，说评分掉到C档就要压降。他现在分是多少？纪要原话咋写的", True,
      ["documents", "score"], [], SUN, "zh", "stored minutes plus current score"),
    r(45, "他营业执照啥时候到期，传上来的是最新的不", True, ["documents"], [], WANG, "zh",
      "stored certificate"),
    r(46, "他媳妇身份证复印件传了没？还有节婚证", True, ["documents"], [], MA, "zh",
      "stored files; voice slip 节婚证 = 结婚证"),
    r(47, "他拍过来的那张借条照片上写的借了多少、哪天还，恁给念念", True, ["documents"], [], GAO, "zh",
      "what the stored 借条 photo says"),
    r(48, "征信报告上他有几笔未结清的，对外担保多少？是不是在担保圈里", True,
      ["documents", "warnings"], [], CHEN, "zh",
      "stored 征信 report content plus guarantee-circle warning"),
    r(49, "Kite exporter, how are his sales on Amazon vs last year? Invoices dropped?", True,
      ["invoice_summary"], [], KONG, "en", "sales/invoices"),
    r(50, "这个风筝厂是跨境电商，主要走亚马逊，回款到PingPong。他分数给的B档，是不是因为国内开票少被低估了？", True,
      ["score"], ["invoice_summary"], KONG, "mixed",
      "score reasons answer it; invoices would only confirm"),
    r(51, "冷链车队这户社保人数是不是掉了？司机走了好几个", True, ["warnings"], [], ZHAO, "zh",
      "social-insurance headcount warning"),
    r(52, "他说在外面借了过桥资金，5天收了一个点的利息，这算年化多少？合法不？", True,
      ["rate_check"], ["warnings", "regulations"], ZHAO, "zh",
      "stated rate (1% per 5 days) vs caps; bridge loan hint makes warnings optional"),
    r(53, "他是不是跟园区里那几家互保了？担保圈有多大", True, ["warnings"], [], ZHAO, "zh",
      "guarantee circle warning"),
    r(54, "小贷公司的利率上限现在是多少？是不是还是24%、36%那一套？", False,
      ["regulations"], ["rate_check"], ZHOU, "zh",
      "asks for the rule itself; 24%/36% are the old thresholds, not a rate to check"),
    r(55, "民间借贷利率司法保护上限是一年期LPR的4倍，现在LPR是3.1%的话，月息1分2算不算超", False,
      ["rate_check"], ["regulations"], ZHOU, "mixed", "stated rate 月息1分2 vs the LPR×4 cap"),
    r(56, "俺们起诉他，按合同要罚息年化24%，法院能支持不？", True,
      ["rate_check"], ["contract_review", "regulations"], GAO, "zh",
      "stated rate from our stored contract; the number is in the message"),
    r(57, "农户说网贷app上借了5000，一天利息万分之五，这个高不高，犯法不", False,
      ["rate_check"], ["regulations"], LI, "mixed", "stated daily rate vs caps"),
    r(58, "一万块一个月三百，这算几分利？放在民间借贷里违法不", False, ["rate_check"], ["regulations"], LI, "zh",
      "stated rate as money per month"),
    r(59, "征信上看他还有一笔网贷，APR 35.9%，这个是不是超了？另外他这种网贷多不多", True,
      ["rate_check", "warnings"], ["documents"], MA, "mixed",
      "stated APR vs cap, plus multi-lender warning"),
    r(60, "鲁担惠农贷这户，俺们执行利率4.5%，再加农担担保费0.8%，综合成本5.3%，这个符合政策要求不？会不会被说加重农户负担", True,
      ["rate_check"], ["regulations"], HAN, "zh", "stated rate and fee, question about its level"),
    r(61, "这家种苗公司要续贷，恁把他分、预警、开票都看一眼，俺下午上会", True,
      ["score", "warnings", "invoice_summary"], [], SUN, "zh", "three borrower sources asked by name"),
    r(62, "这户省农担已经代偿了，担保函上写的代偿比例是多少？代偿以后这笔在俺们这还算不良不", True,
      ["documents", "regulations"], [], SUN, "zh",
      "stored 担保函 content plus classification rule"),
    r(63, "审计问：贷款展期了还能不能算正常类？展期几次以后必须下调分类", False,
      ["regulations"], [], YANG, "zh", "classification rule"),
    r(64, "这户是不是借新还旧？续贷了几回，每次都是到期前几天放的新贷款不", True,
      ["warnings"], ["documents"], WU, "zh", "roll-over warning"),
    r(65, "他在几家银行有贷款？多头的情况严重不，对分数影响大不大", True, ["warnings", "score"], [], CHEN, "zh",
      "multi-lender warning and its effect on score"),
    r(66, "大棚里种的彩椒今年价格杠赛来，他说收入翻番了，开票能看出来不", True, ["invoice_summary"], [], WANG, "zh",
      "check claimed income against invoices"),
    r(67, "这个冷库老板说夜来刚把一批苹果卖给南方客商，开了80多万的票，恁看看系统里有没有这张票", True,
      ["invoice_summary"], [], LIU, "zh",
      "the claim is the borrower's, not a fact the asker supplies; verifying it is the question"),
    r(68, "他销项里有红字发票冲了不少，是不是退货了？前几大客户变了没", True, ["invoice_summary"], [], LIU, "zh",
      "red-letter invoices and top customers"),
    r(69, "贷后检查：这户最近三个月销项掉了四成，社保人数也从28个掉到19个。恁看看他分是不是也该掉了", True,
      ["score"], ["invoice_summary", "warnings"], MA, "zh",
      "facts supplied by the asker; only the score is asked"),
    r(70, "清收这户，他名下有啥被执行的案子？俺们合同上约定的管辖法院是哪个", True,
      ["warnings", "documents"], [], GAO, "zh", "enforcement warnings plus what the stored contract says"),
    r(71, "借款人被列为失信被执行人了，俺们还能不能起诉他？保证人那边咋追", False, ["regulations"], [], GAO, "zh",
      "general procedure law"),
    r(72, "这户的借款合同和保证合同签字的日子对不上，保证合同比借款合同晚签了两个月，这个保证还管用不？", True,
      ["regulations"], ["documents", "contract_review"], ZHOU, "zh",
      "fact supplied; question is the legal effect"),
    r(73, "91370602MA3R1TY75B 这家海参养殖，贷审会上有人说他去年海参死了一大片。恁看看他开票和评分", False,
      ["invoice_summary", "score"], ["warnings"], HAN, "zh", "borrower named by code", names_code=True),
    r(74, "913706821695873298 莱阳这家食品厂，被执行没有？涉诉多不多", False, ["warnings"], [], ZHANG, "zh",
      "borrower named by code (old-style org code inside)", names_code=True),
    r(75, "92370725MA3F4HKX10 昌乐这个农资店，分多少", False, ["score"], [], LI, "zh",
      "individual business named by code", names_code=True),
    r(76, "91370705MA3DR8UJX9 kite公司，帮俺拉一下近12个月开票，Excel能导出不", False,
      ["invoice_summary"], [], KONG, "mixed", "borrower named by code; invoices", names_code=True),
    r(77, "91370781MA3M2Q9T9M 这家冷链物流，帮俺看看有没有预警，打分多少，合同有没有问题", False,
      ["warnings", "score", "contract_review"], [], ZHAO, "zh", "borrower named by code; three sources",
      names_code=True),
    r(78, "恁帮俺整体看看这户：分数、预警、开票，再把他那个借款合同审一下，俺要写贷后报告", True,
      ["score", "warnings", "invoice_summary", "contract_review"], ["documents"], SUN, "zh",
      "four sources asked by name"),
    r(79, "海参养殖这户，海域使用权证抵押了，抵押合同审一下有没有问题，另外他有没有预警", True,
      ["contract_review", "warnings"], ["documents"], ZHANG, "zh", "stored contract review plus warnings"),
    r(80, "夜来他打电话说他被人起诉了，标的50万。俺们系统里能看到吗？分受影响了不", True,
      ["warnings", "score"], [], CHEN, "zh",
      "asks whether the system's warnings show the lawsuit, and the score"),
    r(81, "他微信上跟俺说：“王经理，今年梨价不好，冷库里还压着四十万斤梨，这个月利息能不能缓半个月，下月一块还。”"
          "恁看看他最近开票是不是真不行了，还有没有别的地方借钱", True,
      ["invoice_summary", "warnings"], [], MA, "zh", "pasted WeChat note; invoices and multi-lender"),
    r(82, "仓单质押要不要去哪登记？动产融资统一登记那个系统，仓单能登不", False, ["regulations"], [], ZHOU, "zh",
      "registration rule for pledges"),
    r(83, "大棚贷要是借款人死了，他家里人继承大棚，俺们的贷款找谁还？", False, ["regulations"], [], WANG, "zh",
      "inheritance and debts"),
    r(84, "抵押合同有一条：“债务人不履行到期债务时，抵押财产（蔬菜大棚及地上附着物、土地经营权）直接归抵押权人所有，双方无需另行评估作价，"
          "抵押人自愿放弃一切抗辩及异议权利，并应在三日内腾退大棚、交付经营权证。”这条有效不？", False, ["contract_check"], ["regulations"], SUN, "zh",
      "pasted 流押 clause"),
    r(85, "果农贷有个客户说他在信用社借的是月息8厘，在俺们这是年化6.5%，哪个高？俺们这个在合规范围里不", False,
      ["rate_check"], [], LIU, "zh", "two stated rates, level and cap"),
    r(86, "俺们合同第十二条写的：“借款人发生停产、歇业、被吊销营业执照或者出现其他可能影响其偿债能力的情形的，贷款人有权停止发放尚未发放的贷款，"
          "并宣布已发放贷款全部提前到期，要求借款人立即偿还全部本金、利息及其他应付款项。”轮胎厂被环保停产了，能不能按这条宣布提前到期？", True,
      ["contract_check"], ["regulations", "contract_review", "warnings"], ZHAO, "zh",
      "pasted clause from our stored contract; warnings could confirm the shutdown"),
    r(87, "这户是创业担保贷款，贴息的。恁把他借款合同审一下，有没有跟贴息政策对不上的条款，比如额外收费", True,
      ["contract_review"], ["regulations", "documents"], LI, "zh", "review of stored contract"),
    r(88, "俺们合同里送达那条是这么写的：“借款人确认本合同首页载明的通讯地址为有效送达地址，贷款人或人民法院向该地址邮寄的通知、诉讼文书，"
          "无论借款人是否实际签收、是否拒收，文书退回之日即视为已经有效送达。该条款适用于一审、二审及执行程序。”他现在人跑了，法院按这个地址寄行不行", True,
      ["contract_check"], ["regulations", "contract_review"], GAO, "zh", "pasted service clause from our contract"),
    r(89, "保证合同里写：“保证人在最高债权额人民币叁佰万元（含本金、利息、罚息、违约金及实现债权的费用）的范围内承担连带保证责任，"
          "保证期间为自本合同签订之日起至主债务全部清偿完毕之日止，保证人不得提前解除。”这个保证期间这么写有效不？", False,
      ["contract_check"], ["regulations"], CHEN, "zh", "pasted maximum-amount guarantee clause"),
    r(90, "他跟俺们签的应收账款质押合同有一条：“出质人应将亚马逊平台店铺的全部回款账户变更为质权人指定的监管账户，未经质权人书面同意不得变更回款账户，"
          "出质人违反本条约定的，质权人有权宣布全部贷款立即到期并处置质押财产。”他偷偷把回款改到别的卡上了，俺们现在能不能宣布提前到期？", True,
      ["contract_check"], ["regulations", "contract_review"], KONG, "zh", "pasted clause from our stored contract"),
    r(91, "俺们给他做展期，展期协议这么写的：“双方同意将原借款到期日延长至2025年12月31日，展期期间借款年利率调整为9.6%，"
          "逾期罚息按展期利率上浮50%计收，原保证人同意对展期后的债务继续承担连带保证责任。”保证人没在展期协议上签字，保证还管用不？", True,
      ["contract_check"], ["regulations", "contract_review", "rate_check"], ZHANG, "zh",
      "pasted clause contains a rate but the question is the guarantee, so rate_check optional"),
    r(92, "他前年日子过得恣儿着呢，今年大棚遭了雪灾塌了两个，保险理赔还没下来。恁看看他预警里有没有啥变化，分掉了没", True,
      ["warnings", "score"], [], WANG, "zh", "warnings and score"),
    r(93, "恁帮俺审一下他那个抵押合同，担保范围写全了没，有没有漏了实现债权的费用", True,
      ["contract_review"], ["documents"], LI, "zh", "review of stored mortgage contract"),
    r(94, "这户去年开票不孬，今年一季度多少，同比掉没掉？掉了的话分跟着动了没", True,
      ["invoice_summary", "score"], [], SUN, "zh", "invoices and score"),
    r(95, "村镇银行单户贷款集中度有啥规定？对单一客户贷款余额不能超过资本净额的多少", False,
      ["regulations"], [], WU, "zh", "regulatory rule"),
    r(96, "恁看看这户贷款放款以后资金流向，合同里写的用途是啥，有没有挪用的迹象", True,
      ["documents"], ["warnings"], YANG, "zh", "stored contract and statements"),
    r(97, "行长转来贷审会的问题：这户连续三年续贷，每年都是到期还了又放，算不算借新还旧？按规定得怎么分类？", True,
      ["regulations"], ["warnings"], HAN, "zh",
      "renewal pattern supplied by the asker; the question is the classification rule"),
    r(98, "他Excel报表里写的营收2000万，可俺看着不像。系统里开票一年多少？", True, ["invoice_summary"], [], CHEN, "mixed",
      "check stated revenue against invoices"),
    r(99, "贷后发现他们厂不开工了，门口贴着法院封条。恁查查是哪个法院、啥案子，被执行多少钱", True,
      ["warnings"], [], MA, "zh", "enforcement details"),
    r(100, "Quick one: score band and top reasons for this borrower? Any red flags? Need it for the board deck.", True,
       ["score", "warnings"], [], SUN, "en", "score and warnings"),
]

CH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
CODE_RE = re.compile(r"(?<![0-9A-Z])[0-9A-Y]{18}(?![0-9A-Z])")
QUOTE_RE = re.compile(r"“([^”]*)”|「([^」]*)」|\"([^\"]*)\"")


def valid_code(code: str) -> bool:
    if any(c not in CH for c in code):
        return False
    total = sum(CH.index(c) * w for c, w in zip(code[:17], WEIGHTS))
    return CH[(31 - total % 31) % 31] == code[17]


def longest_quote(text: str) -> int:
    return max((len(next(g for g in m.groups() if g is not None)) for m in QUOTE_RE.finditer(text)), default=0)


def main() -> None:
    assert len(ROWS) == 100
    ids = [row["id"] for row in ROWS]
    assert ids == [f"cqq-{n:03d}" for n in range(1, 101)], "ids cqq-001..cqq-100 in order"
    assert len(set(row["question"] for row in ROWS)) == 100, "duplicate question"
    for row in ROWS:
        needs, optional = set(row["needs"]), set(row["optional"])
        assert needs and needs <= set(SOURCES) and optional <= set(SOURCES), row["id"]
        assert len(needs) == len(row["needs"]) and len(optional) == len(row["optional"]), row["id"]
        assert not needs & optional, row["id"]
        assert row["lang"] in ("zh", "en", "mixed"), row["id"]
        assert row["asker"] and row["note"], row["id"]
        codes = [c for c in CODE_RE.findall(row["question"]) if valid_code(c)]
        if row.get("names_code"):
            assert codes and not row["borrower_in_focus"], row["id"]
        else:
            assert not codes, row["id"]
        if "contract_check" in needs:
            assert longest_quote(row["question"]) >= 80, (row["id"], longest_quote(row["question"]))
    need_counts = Counter(s for row in ROWS for s in row["needs"])
    opt_counts = Counter(s for row in ROWS for s in row["optional"])
    for s in SOURCES:
        assert need_counts[s] >= 12, (s, need_counts[s])
    multi = sum(len(row["needs"]) > 1 for row in ROWS)
    regs_only = sum(row["needs"] == ["regulations"] for row in ROWS)
    single_borrower = sum(len(row["needs"]) == 1 and row["needs"][0] in BORROWER_SOURCES for row in ROWS)
    assert multi >= 25 and regs_only >= 10 and single_borrower >= 10, (multi, regs_only, single_borrower)

    with open(HERE / "cases.jsonl", "w", encoding="utf-8") as f:
        for row in ROWS:
            f.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")

    print("rows", len(ROWS))
    print("needs:", {s: need_counts[s] for s in SOURCES})
    print("optional:", {s: opt_counts[s] for s in SOURCES})
    print("multi-need rows", multi, "| regulations-only", regs_only, "| single borrower-source", single_borrower)
    print("needs sizes", dict(sorted(Counter(len(row["needs"]) for row in ROWS).items())))
    print("langs", dict(Counter(row["lang"] for row in ROWS)))
    print("focus", dict(Counter(row["borrower_in_focus"] for row in ROWS)),
          "| names_code", sum(bool(row.get("names_code")) for row in ROWS))
    print("askers", dict(Counter(row["asker"] for row in ROWS).most_common()))
    print("contract_check quote lengths", {row["id"]: longest_quote(row["question"]) for row in ROWS
                                           if "contract_check" in row["needs"]})


if __name__ == "__main__":
    main()
