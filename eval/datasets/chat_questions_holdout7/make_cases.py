"""Build cases.jsonl for chat_questions_holdout7 (held out: never tune on these rows).

Every row below was written by hand, in one sitting, by author 9 (persona: 王立国, head of the 小微企业 post-loan team
at a made-up Harbin city commercial bank) blind to the router. This script only validates the rows and writes them.
Run: HF_HUB_OFFLINE=1 .venv/bin/python eval/datasets/chat_questions_holdout7/make_cases.py
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
WANG = "王立国（贷后团队负责人）"
ZHAO = "小赵（客户经理）"
SUN = "小孙（客户经理）"
GAO = "老高（客户经理）"
RISK = "风险经理"
LEGAL = "法律合规部"
BAOQUAN = "资产保全部老于"
ANALYST = "co-lender credit analyst"

RG, DO, WA, IN, SC, CR, CC, RC = SOURCES

# (question, borrower_in_focus, needs, optional, asker, lang, note[, names_code])
ROWS: list[tuple] = [
    # 001
    ("他家最近有没有啥官司 被执行啥的 给我唠唠", True, [WA], [], WANG, "zh",
     "lawsuits / enforcement are warnings"),
    # 002
    ("稻香源今年秋粮收购那俩月开票贼多吧？跟去年同期比咋样", True, [IN], [], ZHAO, "zh",
     "harvest-season invoicing vs last year: invoices"),
    # 003
    ("这户打分多少 在哪档 扣分扣在哪了", True, [SC], [], SUN, "zh",
     "score, band, reasons"),
    # 004
    ("客户问月息一分八贵不贵，合不合规？咱是银行，银行贷款利率有上限没", False, [RC], [RG], GAO, "zh",
     "stated rate (月息1.8%) + cap question: rate_check; law optional"),
    # 005
    ("无还本续贷现在监管是咋规定的 得满足啥条件才能做", False, [RG], [], WANG, "zh",
     "regulatory conditions for 无还本续贷, no borrower"),
    # 006
    ("Before we fund our share of the next tranche: does this borrower have any court enforcement, "
     "dishonest-debtor (失信) listing or consumption restrictions on record?", True, [WA], [], ANALYST, "mixed",
     "enforcement / 失信 / 限高 are warnings"),
    # 007
    ("麻烦把这户存档的最高额保证合同调出来审一下，保证期间和担保范围约定得有没有瑕疵", True, [CR], [DO, RG], LEGAL, "zh",
     "defects of the stored guarantee contract, no text pasted: contract_review"),
    # 008
    ("借款人拿来一份他跟民间放贷的签的合同，第六条写着“借款期限内按月息2%计息；借款人逾期还款的，除继续按约定利率计息外，"
     "另按逾期本金每日千分之一向出借人支付违约金，并承担出借人为实现债权而支出的律师费、诉讼费、保全费、差旅费等全部费用。”"
     "利息加违约金加一块超没超 法院能支持多少", True, [CC, RC], [RG], SUN, "zh",
     "pasted clause (not ours) + whether its rates exceed the cap: contract_check + rate_check"),
    # 009
    ("饭店那边听说辞了老鼻子人了 社保人数是不是往下掉了", True, [WA], [], WANG, "zh",
     "social-insurance headcount drop is a warning"),
    # 010
    ("那个冷链的客户 抵押的冷库评估报告上写的评估值是多少 啥时候评的", True, [DO], [], ZHAO, "zh",
     "what a stored appraisal report says: documents"),
    # 011
    ("这户要不要下调关注类？五级分类办法里逾期多少天必须下调，他家现在啥情况，你给我整明白的", True, [RG, WA], [SC], RISK,
     "zh", "classification rule (law) + the borrower's current problems (warnings)"),
    # 012
    ("他家跟担保公司签的委托担保合同里有这么一条：“甲方（借款人）应按担保金额的年3%向乙方支付担保费，另按担保金额的2%一次性"
     "支付项目评审费，并于放款前按借款金额的10%向乙方缴存保证金，保证金不计利息，待借款全部清偿后无息退还。”"
     "担保费加评审费再扣保证金，算下来他实际融资成本超没超", True, [CC, RC], [RG], LEGAL, "zh",
     "pasted guarantee-fee clause (a third party's contract) + is the all-in cost over the cap"),
    # 013
    ("Quick one: a licensed microlender charging an all-in APR of 28.8% - is that over the legal ceiling in China?",
     False, [RC], [RG], ANALYST, "en",
     "stated APR + cap question: rate_check"),
    # 014
    ("他家跟谁互保了 担保圈里有没有出事的", True, [WA], [], GAO, "zh",
     "mutual guarantees / guarantee circle: warnings"),
    # 015
    ("上个月开票是不是一张红字冲了好几十万 这是嘎哈呢 是不是有虚开 税务那边有没有预警", True, [IN, WA], [], SUN, "zh",
     "red-letter reversal (invoices) + tax warnings"),
    # 016
    ("这户存档的借款合同 利率 罚息 复利那几条合不合法", True, [CR], [DO, RG], WANG, "zh",
     "legality of terms in the stored contract, no text, no number: contract_review"),
    # 017
    ("保证期间过了还能不能起诉保证人？一般保证和连带责任保证在这上头有啥区别", False, [RG], [], BAOQUAN, "zh",
     "guarantee period law, general"),
    # 018
    ("王总给咱写了个承诺函：“本人作为公司实际控制人，承诺如公司到期不能偿还贵行贷款本息，本人将以个人全部财产对公司未清偿"
     "债务承担补足责任，直至贵行债权全部获偿为止，本承诺为不可撤销之承诺，不因公司任何变更而失效。”这玩意儿算不算保证？"
     "能直接告他个人不", True, [CC], [RG, DO, CR], ZHAO, "zh",
     "pasted undertaking text held by us: contract_check does the legal reading; law, stored copy optional"),
    # 019
    ("整体看一眼这户 有没有啥red flag 分多少 生意咋样 我下午上贷审会", True, [WA, SC, IN], [DO], WANG, "mixed",
     "overall picture before the credit committee: warnings, score, sales"),
    # 020
    ("他家从外面借的那笔 一万块一个月三百 这犯不犯法", True, [RC], [RG], GAO, "zh",
     "stated rate (3%/month) + legality: rate_check"),
    # 021
    ("征信查寻次数最近是不是贼多 是不是到处借钱呢", True, [WA], [], SUN, "zh",
     "many credit enquiries / 多头: warnings (typo 查寻 is deliberate)"),
    # 022
    ("借新还旧的 原来的抵押担保还有效吗？担保人不知道借新还旧的情况下咋整", False, [RG], [], LEGAL, "zh",
     "law on guarantees in 借新还旧, general"),
    # 023
    ("这户续贷几次了 有没有借新还旧的", True, [WA], [], RISK, "zh",
     "roll-over count: warnings"),
    # 024
    ("What were this borrower's monthly sales over the past 12 months? We are told the ice-festival business is "
     "highly seasonal, so please show the winter peak against the summer months.", True, [IN], [], ANALYST, "en",
     "monthly sales, seasonality: invoices"),
    # 025
    ("分呢", True, [SC], [], WANG, "zh",
     "one-word follow-up asking for the score"),
    # 026
    ("开票呢？", True, [IN], [], ZHAO, "zh",
     "one-word follow-up asking for invoicing"),
    # 027
    ("这户要走诉讼了 咱家跟他签的合同里约定的管辖法院是哪 有没有约定仲裁", True, [DO], [CR], BAOQUAN, "zh",
     "what the stored contract says (jurisdiction clause): documents"),
    # 028
    ("咱家保证合同模板第十二条是这么写的：“保证人在此确认，无论主合同项下债务是否经过展期、变更或以新贷偿还旧贷，保证人均同意"
     "继续承担连带保证责任，保证期间自主合同项下最后一期债务履行期限届满之日起三年。”借新还旧的时候这条能不能约束住保证人",
     True, [CC], [CR, RG], LEGAL, "zh",
     "pasted clause from our own stored template; legal effect judged by contract_check"),
    # 029
    ("逾期90天以上是不是必须划不良 新规里咋说的", False, [RG], [], WANG, "zh",
     "classification rule, general"),
    # 030
    ("他家水电费是不是欠了 厂子是不是停了 这样分数咋还这么高", True, [WA, SC], [], GAO, "zh",
     "utilities (warnings) + why the score is still high"),
    # 031
    ("91230110MA1BU4D062 这家冷链公司有没有被起诉的 多头借贷严重不", False, [WA], [], SUN, "zh",
     "borrower named by code; lawsuits and 多头: warnings", True),
    # 032
    ("帮我查下93230184MA18QJ608N这个合作社的打分，还有最近几个月开票", False, [SC, IN], [], WANG, "zh",
     "cooperative named by code; score + invoicing", True),
    # 033
    ("Is a guarantee given by a PRC company for its own shareholder's debt valid if there was no shareholders' "
     "resolution approving it?", False, [RG], [], ANALYST, "en",
     "company-law / guarantee-law question, no borrower"),
    # 034
    ("这户准备核销了 核销得满足啥条件 要准备啥材料 咱存档里诉讼材料全不全 他家被执行的情况也给我列一下", True,
     [RG, DO, WA], [], BAOQUAN, "zh",
     "write-off rules (law) + what files we hold + enforcement records"),
    # 035
    ("日息万分之五 他家那个网贷平台借的 超没超", True, [RC], [RG], ZHAO, "zh",
     "stated daily rate + cap: rate_check"),
    # 036
    ("存档的抵押合同里抵押物就写了个“冷库及设备” 这么约定够不够特定 会不会出问题？他项权证办下来没", True, [CR, DO],
     [RG], LEGAL, "zh",
     "is a stored term defective (contract_review) + whether the registration certificate is on file (documents)"),
    # 037
    ("这户上回贷后检查是谁做的 报告里写了啥问题 那些问题现在预警里还挂着没", True, [DO, WA], [], WANG, "zh",
     "what the stored post-loan check report says (documents) + whether the warnings persist"),
    # 038
    ("他家存档那份借款合同 帮我review一下 重点看担保和提前到期条款", True, [CR], [DO, RG], SUN, "mixed",
     "review of the stored contract, no text: contract_review"),
    # 039
    ("分数咋掉了 为啥掉的 跟那个官司有关系没", True, [SC, WA], [], RISK, "zh",
     "score reasons + the lawsuit in warnings"),
    # 040
    ("农机合作社拿拖拉机收割机抵押 登记去哪登？没登记能对抗谁", False, [RG], [], GAO, "zh",
     "chattel-mortgage registration law, general"),
    # 041
    ("刚收到个起诉状副本：“原告哈尔滨某粮贸有限公司诉称，被告拖欠原告玉米货款人民币186万元，经多次催要未果，请求判令被告支付"
     "货款及逾期付款利息，并承担本案诉讼费用。”他家被人告了，咱们的抵押会不会被人家查封抢了先？优先受偿咋算", True, [RG],
     [WA, DO], BAOQUAN, "zh",
     "pasted complaint (not a contract clause) states the lawsuit; question is priority law; warnings would only re-confirm"),
    # 042
    ("借款人说他今年稻子收的晚 十一月才开始开票 你看看是不是真的 十月份开票是零不", True, [IN], [], ZHAO, "zh",
     "verify seasonal invoicing claim: invoices"),
    # 043
    ("他家那个展期协议签了没 存档里有没有？展期以后保证人还担不担责任", True, [DO, RG], [CR], WANG, "zh",
     "whether the file exists (documents) + what the law says about guarantors after extension"),
    # 044
    ("Could you run a review of the stored loan agreement for this borrower? We want to know whether the default "
     "interest and fee clauses would survive in a PRC court.", True, [CR], [DO, RG], ANALYST, "en",
     "review of the stored contract: contract_review"),
    # 045
    ("有个小贷公司合作方的合同条款发过来了：“借款年利率为18%，按月付息；另借款人应按借款本金的每月1.5%向贷款人支付"
     "综合服务费，服务费于放款时按借款期限一次性从借款本金中预先扣除，借款人按合同载明的借款本金金额偿还。”"
     "综合下来是不是超了 砍头息咋算", False, [CC, RC], [RG], LEGAL, "zh",
     "pasted clause + is the combined cost over the cap: contract_check + rate_check"),
    # 046
    ("咱家要把这笔打包转给资产管理公司。合同里有这条：“借款人同意，贷款人可将本合同项下全部或部分债权转让给第三方而无需另行"
     "征得借款人同意，贷款人在省级以上报纸刊登债权转让公告的，即视为已履行对借款人的通知义务，借款人不得以未收到通知为由对抗受让人。”够不够用 登报通知算数不",
     True, [CC], [CR, RG], BAOQUAN, "zh",
     "pasted clause from our stored contract; question about its legal effect"),
    # 047
    ("这户年报上的营业收入跟开票对得上不 存档里有去年的审计报告", True, [DO, IN], [], WANG, "zh",
     "stored audit report vs invoiced sales"),
    # 048
    ("他家评级在哪档 够不够做无还本续贷", True, [SC, RG], [WA, IN], RISK, "zh",
     "score band + the regulatory conditions"),
    # 049
    ("饭店老板说疫情以后生意慢慢缓过来了 你把近半年开票拉出来瞅瞅 是不是吹牛 再看看有没有被人告", True, [IN, WA], [],
     ZHAO, "zh", "sales claim (invoices) + lawsuits (warnings)"),
    # 050
    ("诉讼时效三年从啥时候起算 中间发催收短信算不算中断", False, [RG], [], BAOQUAN, "zh",
     "limitation-period law, general"),
    # 051
    ("这户存档的那张借条照片 上面写的利息是多少 太埋汰了看不清 法院能支持到多少", True, [DO, RG], [RC], GAO, "zh",
     "read the stored 借条 (documents) + what the law allows; no rate stated in the message, so rate_check optional"),
    # 052
    ("小孙的贷后检查记录：“现场走访发现厂区大门紧闭，烘干塔停用，仓内存粮不足两成，实控人电话不接，财务称老板去外地收粮了。”"
     "这情况五级分类还能放正常类不", True, [RG], [WA, SC], WANG, "zh",
     "pasted post-loan note supplies the facts; classification rule is law"),
    # 053
    ("A borrower's private loan from a relative is at 15% p.a. Is that within the 4x LPR cap as of now?", False, [RC],
     [RG], ANALYST, "en", "stated rate + cap: rate_check"),
    # 054
    ("他家老板是不是被限高了 坐不了飞机了？被限高了还能不能给他续贷 监管让不让", True, [WA, RG], [], SUN, "zh",
     "限高 (warnings) + whether renewal is permitted (law)"),
    # 055
    ("审一下他家在咱家的全部合同 看看有没有格式条款没尽到提示说明义务的问题", True, [CR], [DO, RG], LEGAL, "zh",
     "review of stored contracts: contract_review"),
    # 056
    ("91230184MA1FT2W0XQ 这户米业 分多少 有没有官司", False, [SC, WA], [], ZHAO, "zh",
     "named by code: score + lawsuits", True),
    # 057
    ("个体工商户老板没了 贷款谁还？继承人不继承咋整", False, [RG], [], WANG, "zh",
     "succession / debt law, general"),
    # 058
    ("他家对外担保exposure多大 担保圈有没有断裂的迹象 还有他现在分数多少", True, [WA, SC], [], RISK, "mixed",
     "guarantee circle (warnings) + score"),
    # 059
    ("咱家借款合同第十五条：“借款人发生下列情形之一的，贷款人有权宣布贷款提前到期并要求借款人立即偿还全部借款本息："
     "（一）借款人涉及重大诉讼或主要财产被查封、扣押；（二）借款人对外担保发生代偿；（三）借款人经营状况严重恶化。”"
     "他家现在的情况够不够宣布提前到期", True, [CC, WA], [CR, RG], BAOQUAN, "zh",
     "pasted clause (ours) + whether the borrower's current facts trigger it (warnings)"),
    # 060
    ("他家Q4的销项和进项差多少 毛利咋看着这么薄", True, [IN], [], SUN, "mixed",
     "output vs input invoices: invoices"),
    # 061
    ("打分为啥这么低 啥玩意儿扣的这么狠", True, [SC], [], GAO, "zh",
     "score reasons"),
    # 062
    ("咱行罚息是在合同利率4.35%基础上加收50% 逾期利息还计复利 算下来年化多少 这合法不", False, [RC], [RG], WANG, "zh",
     "stated rate and markup + legality: rate_check"),
    # 063
    ("For 91230111MA1HR9B069 (the Hulan rice mill): any red-letter invoices or sudden drops in invoicing over the "
     "last two quarters?", False, [IN], [WA], ANALYST, "en",
     "named by code; invoicing; an invoice-collapse warning would only confirm", True),
    # 064
    ("他家营业执照 开户许可证 药品经营许可证复印件都上传了没 存档里有没", True, [DO], [], ZHAO, "zh",
     "which files are on record: documents"),
    # 065
    ("咱家跟他签的那份最高额抵押合同 最高债权额和决算期约定的有没有问题 会不会影响续贷那笔的担保", True, [CR], [DO, RG],
     LEGAL, "zh", "defects of the stored mortgage contract: contract_review"),
    # 066
    ("抵押物是厂房 但是底下的地是集体土地 这能拍卖吗", False, [RG], [], BAOQUAN, "zh",
     "collective land / enforcement law, general"),
    # 067
    ("他家合同上写的年利率8.5% 还有每月千分之三的账户管理费 合一块多少 超没超", True, [RC], [CR, DO, RG], WANG, "zh",
     "numbers stated in the message (from the stored contract): rate_check; stored contract optional"),
    # 068
    ("冷链那家这俩月用电是不是断崖式下滑 冷库停了吧 开票是不是也没了", True, [WA, IN], [], SUN, "zh",
     "utilities (warnings) + invoicing"),
    # 069
    ("这户给我出个全面的贷后检查结论：预警 打分 开票 再把合同审一遍", True, [WA, SC, IN, CR], [DO, RG], RISK, "zh",
     "explicitly asks for warnings, score, invoices and a contract review"),
    # 070
    ("合作社那份农机抵押合同有一条：“如债务人未按期清偿全部借款本息，抵押人同意抵押的拖拉机、收割机等农业机械的所有权自动"
     "转移归抵押权人所有，双方无需另行办理折价或拍卖手续，抵押人放弃对该等农机的一切权利主张。”这条是不是流押？"
     "无效的话抵押还有没有用", True, [CC], [CR, RG], GAO, "zh",
     "pasted clause from our stored mortgage contract; legal effect judged by contract_check"),
    # 071
    ("他家老板娘签的保证合同里有这么一句：“保证人同意，债权人与债务人协商变更主合同的，无需经保证人同意，保证人仍按变更后的"
     "主合同承担保证责任，但加重债务的部分除外；主合同展期的，保证期间自展期后的履行期限届满之日起计算。”"
     "这样写没毛病吧 展期了老板娘还得担不", True, [CC], [CR, RG], ZHAO, "zh",
     "pasted clause from our stored guarantee contract"),
    # 072
    ("他家今年冬天冰雪节那边的门票开票 起没起来", True, [IN], [], WANG, "zh",
     "winter-season invoicing: invoices"),
    # 073
    ("Has the stored facility agreement been reviewed? Please flag any acceleration or cross-default clause that "
     "looks unenforceable.", True, [CR], [DO, RG], ANALYST, "en",
     "review of the stored contract: contract_review"),
    # 074
    ("他家被执行了几个案子 执行标的多少 咱们的抵押物有没有被别的法院轮候查封", True, [WA], [DO], BAOQUAN, "zh",
     "enforcement cases and seizures: warnings"),
    # 075
    ("小额贷款公司的利率上限跟银行一样吗 有没有司法解释专门说", False, [RG], [], LEGAL, "zh",
     "which rules cap licensed lenders' rates; no rate stated"),
    # 076
    ("92230104MA1D8NH051 这个个体户的营收和开票情况 拉一下", False, [IN], [], SUN, "zh",
     "named by code; sales", True),
    # 077
    ("这户的担保合同上回审的时候说有问题 现在改没改 再给我审一遍", True, [CR], [DO], LEGAL, "zh",
     "re-review of the stored guarantee contract"),
    # 078
    ("存档里那个土地使用权证到期日是哪天 快到期了吧？到期了抵押还有效不", True, [DO, RG], [], GAO, "zh",
     "what the stored certificate says + what the law makes of expiry"),
    # 079
    ("关注类和次级类咋划分 逾期天数和担保情况咋结合着看", False, [RG], [], RISK, "zh",
     "classification rules, general"),
    # 080
    ("他家这个APR算下来32%对不对？合同里写的月息一分五 外加每月千分之八服务费", True, [RC], [CR, DO, RG], ZHAO, "mixed",
     "stated rates, asks for the annualised figure: rate_check"),
    # 081
    ("咱们拟的以物抵债协议草稿：“甲方（借款人）同意将其名下位于五常市的粮食烘干设备一套作价人民币80万元抵偿所欠乙方贷款本息，"
     "双方确认自本协议签订之日起，乙方贷款债权在80万元范围内消灭，设备所有权即时转移至乙方。”能这么签吗？设备没交付咋整",
     True, [CC], [RG], BAOQUAN, "zh",
     "pasted draft clause (not a stored contract): contract_check"),
    # 082
    ("担保公司代偿以后向反担保人追偿 时效咋算", False, [RG], [], WANG, "zh",
     "recourse limitation law, general"),
    # 083
    ("他家那份最高额保证合同是老板个人签的 老板娘没签字 审一下有没有效力问题", True, [CR], [DO, RG], LEGAL, "zh",
     "validity problem of the stored guarantee contract, no text"),
    # 084
    ("Please review the stored mortgage agreement over the cold-storage warehouse: is the mortgage properly "
     "perfected, and are there clauses a court might strike out?", True, [CR], [DO, RG], ANALYST, "en",
     "review of the stored mortgage contract; registration proof in documents would help"),
    # 085
    ("咱家合同里这条：“双方同意，本合同项下的通知可以向借款人预留的手机号码发送短信或向其预留地址邮寄送达，邮件被退回或短信"
     "发出之日即视为送达；因本合同发生的争议由贷款人所在地人民法院管辖。”法院认不认", True, [CC], [CR, RG], LEGAL, "zh",
     "pasted clause from our stored contract"),
    # 086
    ("93230113MA1E6TC0XW 双城那个农机合作社 欠税没 有没有啥预警", False, [WA], [], ZHAO, "zh",
     "named by code; tax arrears and warnings", True),
    # 087
    ("他家去年十一二月开票多少 今年同期多少 粮价跌了是不是", True, [IN], [], WANG, "zh",
     "seasonal invoicing comparison"),
    # 088
    ("借款人跑路了联系不上 咋整 能不能直接起诉 公告送达行不行", False, [RG], [], GAO, "zh",
     "procedure law, general"),
    # 089
    ("这户保证人那边有没有被执行的？保证合同里约定的是连带责任保证吧", True, [WA, DO], [CR], RISK, "zh",
     "guarantor enforcement (warnings) + what the stored contract says (documents)"),
    # 090
    ("91231200MA1AYP300N 绥化这家粮贸 被执行和失信的情况 我们准备起诉", False, [WA], [RG], BAOQUAN, "zh",
     "named by code; enforcement / 失信", True),
    # 091
    ("The borrower disclosed a bridge loan from a local 过桥 firm: 3% per month, 20-day term, plus a 1% upfront fee. "
     "What does that annualise to, and is it above the cap?", True, [RC], [RG], ANALYST, "mixed",
     "stated rate and fee + cap: rate_check"),
    # 092
    ("有个同业发来的保证合同条款让咱参考：“本保证为连带责任保证，保证期间为主债务履行期届满之日起至主债务诉讼时效届满之日止；"
     "保证人在此放弃一切抗辩权，包括但不限于主债务人享有的抗辩权及保证人自身享有的抗辩权。”这两句有没有效", False, [CC],
     [RG], LEGAL, "zh", "pasted clause from another bank: contract_check"),
    # 093
    ("他家的score跟warnings一起给我拉个summary 明早贷审会用", True, [SC, WA], [IN], WANG, "mixed",
     "names both sources"),
    # 094
    ("Under PRC law, can a private lender charge compound interest on overdue interest?", False, [RG], [], ANALYST,
     "en", "law question, no rate stated"),
    # 095
    ("借款人说下个月办展期 展期后利率上浮到年化7.2% 另外担保公司收2%担保费 合一块多少 会不会超", True, [RC], [RG], ZHAO,
     "zh", "stated rate + fee + cap: rate_check"),
    # 096
    ("咱存档那份判决书 判决确定的金额是多少 利息咋算的", True, [DO], [WA], BAOQUAN, "zh",
     "what a stored judgment says: documents"),
    # 097
    ("91230102MA19LQ803Y 道里那家锅包肉饭店 营业额咋样 分数多少 有没有啥预警 顺便把咱们跟他签的合同审一下", False,
     [IN, SC, WA, CR], [DO, RG], WANG, "zh",
     "named by code; asks for four borrower sources", True),
    # 098
    ("咱家新版合同第二十条草稿：“借款利率为年利率15.4%，按月结息；借款人未按期还款的，贷款人有权将借款人的违约信息报送金融"
     "信用信息基础数据库，并有权在公开媒体上公告催收，公告费用由借款人承担。”媒体公告催收这条有没有法律风险 会不会侵犯名誉权",
     False, [CC], [RC, RG], LEGAL, "zh",
     "pasted draft clause contains a rate but the question is about public dunning: rate_check optional"),
    # 099
    ("他家上回征信报告 存档那份 里面他行贷款余额一共多少 跟现在系统里的多头预警对得上不", True, [DO, WA], [], GAO, "zh",
     "what the stored credit report says (documents) compared with the current 多头 warning"),
    # 100
    ("这户开票和社保人数都往下掉了 分数有没有跟着掉", True, [SC], [IN, WA], SUN, "zh",
     "asker states the drops; the question is the score"),
]

CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CODE_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
CODE_RE = re.compile(r"(?<![0-9A-Z])[0-9A-HJ-NPQRTUWXY]{18}(?![0-9A-Z])")
QUOTE_RE = re.compile(r"“([^”]*)”|\"([^\"]*)\"|「([^」]*)」|『([^』]*)』")


def valid_code(code: str) -> bool:
    """GB 32100 check digit of an 18-character unified social credit code."""
    if len(code) != 18 or any(c not in CODE_CHARS for c in code):
        return False
    total = sum(CODE_CHARS.index(c) * w for c, w in zip(code[:17], CODE_WEIGHTS))
    return CODE_CHARS[(31 - total % 31) % 31] == code[17]


def longest_quote(text: str) -> int:
    return max((len(next(g for g in m.groups() if g is not None)) for m in QUOTE_RE.finditer(text)), default=0)


def build() -> list[dict]:
    rows = []
    for i, r in enumerate(ROWS, start=1):
        question, focus, needs, optional, asker, lang, note = r[:7]
        names_code = r[7] if len(r) > 7 else False
        row = {"id": f"cqh-{i:03d}", "question": question, "borrower_in_focus": focus, "needs": list(needs),
               "optional": list(optional), "asker": asker, "lang": lang, "note": note}
        if names_code:
            row["names_code"] = True
        rows.append(row)
    return rows


def check(rows: list[dict]) -> None:
    assert len(rows) == 100, len(rows)
    assert len({r["id"] for r in rows}) == 100
    assert len({r["question"] for r in rows}) == 100
    for r in rows:
        rid, needs, optional = r["id"], r["needs"], r["optional"]
        assert needs, rid
        assert len(set(needs)) == len(needs) and len(set(optional)) == len(optional), rid
        assert set(needs) <= set(SOURCES) and set(optional) <= set(SOURCES), rid
        assert not set(needs) & set(optional), rid
        assert r["lang"] in ("zh", "en", "mixed"), rid
        assert r["asker"] and r["note"], rid
        codes = [c for c in CODE_RE.findall(r["question"]) if valid_code(c)]
        if r.get("names_code"):
            assert codes and not r["borrower_in_focus"], rid
        else:
            assert not CODE_RE.findall(r["question"]), rid
        if "contract_check" in needs:
            assert longest_quote(r["question"]) >= 80, (rid, longest_quote(r["question"]))
        has_han = bool(re.search(r"[\u4e00-\u9fff]", r["question"]))
        has_latin_word = bool(re.search(r"[A-Za-z]", r["question"]))
        if r["lang"] == "en":
            assert not has_han, rid
        if r["lang"] == "zh":
            assert has_han, rid
        if r["lang"] == "mixed":
            assert has_han and has_latin_word, rid
    need_counts = Counter(s for r in rows for s in r["needs"])
    for s in SOURCES:
        assert need_counts[s] >= 12, (s, need_counts[s])
    assert sum(len(r["needs"]) > 1 for r in rows) >= 25
    assert sum(r["needs"] == ["regulations"] for r in rows) >= 10
    assert sum(len(r["needs"]) == 1 and r["needs"][0] in BORROWER_SOURCES for r in rows) >= 10


def report(rows: list[dict]) -> None:
    need_counts = Counter(s for r in rows for s in r["needs"])
    opt_counts = Counter(s for r in rows for s in r["optional"])
    print("rows", len(rows))
    print("source            needs optional")
    for s in SOURCES:
        print(f"{s:17} {need_counts[s]:5} {opt_counts[s]:8}")
    print("multi-need rows", sum(len(r["needs"]) > 1 for r in rows))
    print("regulations-only rows", sum(r["needs"] == ["regulations"] for r in rows))
    print("single borrower-source rows",
          sum(len(r["needs"]) == 1 and r["needs"][0] in BORROWER_SOURCES for r in rows))
    print("needs size", dict(sorted(Counter(len(r["needs"]) for r in rows).items())))
    print("langs", dict(Counter(r["lang"] for r in rows)))
    print("askers", dict(Counter(r["asker"] for r in rows)))
    print("focus", dict(Counter(r["borrower_in_focus"] for r in rows)))
    print("names_code", sum(bool(r.get("names_code")) for r in rows))
    print("contract_check quote lengths", sorted(longest_quote(r["question"]) for r in rows
                                                  if "contract_check" in r["needs"]))


def main() -> None:
    rows = build()
    check(rows)
    with open(HERE / "cases.jsonl", "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    report(rows)


if __name__ == "__main__":
    main()
