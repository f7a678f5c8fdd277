"""Build cases.jsonl for chat_questions_holdout18 (author 20). Held out: never tune on these rows.

Every row below was written by hand in one sitting; this script only validates them and writes cases.jsonl
(sorted keys, UTF-8, one object per line), then prints the counts quoted in SOURCE.md.
Run: /work/main/.venv/bin/python eval/datasets/chat_questions_holdout18/make_cases.py
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

# Askers (all fictitious)
ZLX = "赵立新（普惠金融部经理）"
MENG = "孟凡刚（白沟信用社客户经理，箱包）"
LXF = "李秀芬（清河信用社客户经理，羊绒）"
DU = "杜建国（安国信用社客户经理，中药材）"
WEP = "王二平（蠡县信用社客户经理，毛纺）"
ZXJ = "张晓静（清苑信用社客户经理，大棚/食用菌）"
LHT = "刘海涛（望都信用社客户经理，肉鸡/奶牛）"
GUO = "郭亮（涿州信用社客户经理，通勤个体户/货车）"
TIAN = "田淑华（城关信用社客户经理，村镇超市）"
HAN = "韩志强（贷后管理）"
SONG = "宋文斌（风险管理部）"
CUI = "崔丽（合规部）"
MAZR = "马主任（联社主任）"
ZHOU = "周检查员（金融监管分局）"
SUN = "孙悦（普惠金融部，管培生）"


def r(n, question, focus, needs, optional, asker, lang, note, names_code=False):
    row = {"id": f"cqs-{n:03d}", "question": question, "borrower_in_focus": focus, "needs": needs,
           "optional": optional, "asker": asker, "lang": lang, "note": note}
    if names_code:
        row["names_code"] = True
    return row


ROWS = [
    r(1, "介户评分多少", True, ["score"], [], ZLX, "zh", "bare score question, 6 chars, 介 = 这"),
    r(2, "他家有嘛预警没", True, ["warnings"], [], MENG, "zh", "bare warnings question, 嘛 = 什么"),
    r(3, "这俩月开票中不中", True, ["invoice_summary"], [], LXF, "zh", "recent invoicing, 中不中"),
    r(4, "白沟这边箱包户的摊位都是租的市场的，摊位使用权能不能拿来抵押或者质押？俺们想给商户做个摊位贷，法律上咋整", False,
      ["regulations"], [], MENG, "zh", "general law: stall-use right as collateral"),
    r(5, "这个箱包户网店流水倍儿大，可开票老少了，你给看看他近一年开票到底多少，评分是不是因为开票少扣分了", True,
      ["invoice_summary", "score"], [], MENG, "zh", "invoice figure asked and score reason asked, both by name"),
    r(6, "安国药市的仓单质押，要是药材在库里发霉变质了，价值掉了老些，俺们能不能要求出质人补充担保？法律上有嘛说法", False,
      ["regulations"], [], DU, "zh", "general law: pledged goods deteriorate, right to extra security"),
    r(7, "他囤了老些当归，今年价格跌了三成多，你给看看他评分掉没掉，还有嘛预警", True,
      ["score", "warnings"], [], DU, "zh", "score and warnings asked by name; price drop is context"),
    r(8, "清河这户羊绒厂社保人数是不是少了？听说工人走了一半", True, ["warnings"], [], LXF, "zh",
      "social-insurance headcount drop = warnings"),
    r(9, "奶牛活体抵押，牛病死了或者被他偷偷卖了，俺们的抵押权咋办？保险赔款能不能优先受偿", False,
      ["regulations"], [], LHT, "zh", "general law: livestock mortgage, subrogation to insurance money"),
    r(10, "养殖户拿来他跟饲料厂签的合同，里头有这么一条：“抵押人以其存栏的荷斯坦奶牛120头设定抵押，抵押期间抵押人可正常挤奶销售，"
        "但未经抵押权人书面同意不得出售、宰杀或转移抵押奶牛；抵押奶牛死亡、走失的，抵押人应在三日内以同等数量、品质的奶牛补足。”"
        "这条对饲料厂来说管用不？跟俺们的抵押谁在前", True,
      ["contract_check"], ["regulations", "documents"], LHT, "zh",
      "third-party livestock mortgage clause pasted (>=80 chars)"),
    r(11, "客户转过来一条短信：“【高碑店市人民法院】您好，您作为被告的（2025）冀0684民初3127号买卖合同纠纷一案已立案，"
        "请登录人民法院在线服务查看诉讼材料。”除了这个他还有别的官司没？被执行没有", True,
      ["warnings"], [], MENG, "zh", "court SMS gives one suit; other suits/enforcement asked -> warnings"),
    r(12, "他说在网上一个平台借了3w，每个月还3200，还12期，介利息忒高了吧，合法不合法", True,
      ["rate_check"], ["regulations"], GUO, "zh", "instalment figures imply a rate; level asked"),
    r(13, "货车挂靠在物流公司名下，车贷是物流公司跟金融公司签的，司机自己不还钱了，车能被金融公司拖走吗？俺们给司机放的经营贷还能拿这车抵押不",
      False, ["regulations"], [], GUO, "zh", "general law: affiliated (挂靠) truck ownership and mortgage"),
    r(14, "Can you pull up his credit score and tell me which factors dragged it down?", True,
      ["score"], [], SUN, "en", "score and its reasons, English"),
    r(15, "药材商拿来一张借条，俺打出来了：“今借到杜某某现金人民币伍拾万元整，用于收购黄芪，月利率贰分伍厘，借期六个月，"
        "逾期未还按每日千分之三支付违约金，并承担出借人为实现债权支出的律师费、差旅费。借款人：张某某 2024年9月1日”"
        "这利息跟违约金加一块超没超？", False,
      ["contract_check", "rate_check"], ["regulations"], DU, "zh", "IOU pasted; whether its charges exceed the cap"),
    r(16, "征性报告上有一行“对外担保笔数：3，担保余额：85万元，其中关注类1笔”，你帮俺看看系统里他有没有互保、担保圈的预警", True,
      ["warnings"], ["documents"], SONG, "zh", "credit-report line pasted (slip 征性); guarantee-circle warning asked"),
    r(17, "客户微信发来：“赵经理，俺介月羊绒卖不出去，压了老些货，下个月利息能不能缓缓，晌午俺去社里找你”。你看他最近销项是不是掉了，分数掉档没",
      True, ["invoice_summary", "score"], [], ZLX, "zh", "WeChat note to 赵经理 pasted; sales and score asked"),
    r(18, "他给的发票上写着“*纺织产品*羊绒纱线 数量2000千克 金额680000.00 税额88400.00”，这一票系统里能查着不？他近三个月开票一共多少",
      True, ["invoice_summary"], [], WEP, "zh", "invoice line pasted; verify and total invoicing"),
    r(19, "村委会给开的证明：“兹证明我村村民王某某在本村承包土地12亩，建有冬暖式草莓大棚6个，家庭和睦，无不良嗜好，特此证明。”"
        "介个证明能当抵押手续用吗？大棚到底能不能抵押", False,
      ["regulations"], [], ZXJ, "zh", "village certificate (<80, not a clause); law on greenhouse mortgage"),
    r(20, "91130684MA0FK7R27G 这家箱包公司有没有失信、限高的，查查", False,
      ["warnings"], [], SONG, "zh", "borrower named by code; 失信/限高", names_code=True),
    r(21, "看看91130534MA0DQ3N64C这个羊绒厂去年全年开票多少，前几大客户都是谁", False,
      ["invoice_summary"], [], LXF, "zh", "borrower named by code; invoicing and top customers", names_code=True),
    r(22, "贷审会要上91130683MA0G8WT15M，安国的中药饮片公司，续贷300w，评分、预警、开票都给俺调出来，下晌开会", False,
      ["score", "warnings", "invoice_summary"], [], MAZR, "zh", "borrower named by code; three sources asked by name",
      names_code=True),
    r(23, "93130635MA0EH52U4Q（蠡县那个毛纺合作社）的借款合同你给审一遍，看看保证条款有没有漏洞", False,
      ["contract_review"], ["documents"], WEP, "zh", "borrower named by code; review stored contract", names_code=True),
    r(24, "92130681MA0CLX483K 介个个体户是跑京津线的货车司机，他评分几档？", False,
      ["score"], [], GUO, "zh", "borrower named by code; score band", names_code=True),
    r(25, "帮俺查下92130608MA0JB9K30W这家超市有没有欠税、欠水电费的预警，再看看他分", False,
      ["warnings", "score"], [], TIAN, "zh", "borrower named by code; arrears warnings and score", names_code=True),
    r(26, "风险部要核一下91130631MA0HT6P739：肉鸡养殖公司，近半年开票跟去年同期比掉了多少？有没有被起诉", False,
      ["invoice_summary", "warnings"], [], SONG, "zh", "borrower named by code; sales drop and lawsuits",
      names_code=True),
    r(27, "93130608MA0KR1D59T这家食用菌合作社的授信批复上批的额度和期限是多少", False,
      ["documents"], [], ZXJ, "zh", "borrower named by code; what the stored approval says", names_code=True),
    r(28, "介户赶明儿来签展期，你先把他借款合同审审，有嘛对俺们不利的；再看看他最近有没有新的官司", True,
      ["contract_review", "warnings"], ["documents"], HAN, "zh", "stored contract review plus new lawsuits"),
    r(29, "这户奶牛活体抵押合同用的是老模板，你给看看有嘛风险点，牛的耳标号、存栏数写明白没", True,
      ["contract_review"], ["documents"], LHT, "zh", "review of stored livestock mortgage contract"),
    r(30, "上回检查说俺们合同里收了不该收的费，你把介户借款合同的收费、违约金条款过一遍，合规不", True,
      ["contract_review"], ["regulations", "documents"], CUI, "zh", "review stored contract's fee and penalty terms"),
    r(31, "他的车辆抵押合同审一下，抵押登记那块是咋写的，有没有漏办登记的风险", True,
      ["contract_review"], ["documents", "regulations"], GUO, "zh", "review of stored vehicle mortgage contract"),
    r(32, "超市老板两口子离婚了，听说在打官司分财产。你看看系统里有没有这个官司，再把俺们的保证合同审一下，他前妻当时签的那份还管用不", True,
      ["warnings", "contract_review"], ["regulations", "documents"], TIAN, "zh",
      "divorce suit (warnings) and stored guarantee contract's effect (review)"),
    r(33, "介户仓单质压合同，仓单是安国药市那个仓库出的，你给审审，仓储方的责任写清楚没有", True,
      ["contract_review"], ["documents"], DU, "zh", "review stored warehouse-receipt pledge contract (slip 质压)"),
    r(34, "审计说这户最高额保证合同有瑕疵，你审一下，最高额和决算期写得对不对", True,
      ["contract_review"], ["documents"], SONG, "zh", "review stored maximum-amount guarantee"),
    r(35, "他合同里的利率写得合法不？俺记不清是多少了", True,
      ["contract_review"], ["documents", "regulations"], MENG, "zh", "rate legality but no number given -> review"),
    r(36, "主任让俺把这户的借款合同审一遍，顺便看看他现在评分几档，要是掉了就别展期了", True,
      ["contract_review", "score"], ["documents"], HAN, "zh", "stored contract review plus score"),
    r(37, "羊绒厂这笔是应收账款质押，质押合同你审一下，要没要求在中登网登记，通知次债务人那块写没写", True,
      ["contract_review"], ["documents", "regulations"], LXF, "zh", "review stored receivables pledge"),
    r(38, "Please review his loan agreement on file: are there any clauses a court might strike down?", True,
      ["contract_review"], ["regulations", "documents"], SUN, "en", "stored contract review, English"),
    r(39, "合同里写的年利率7.2%，罚息上浮50%，这俩俺知道。你审一下整份合同别的条款还有嘛问题", True,
      ["contract_review"], ["documents", "rate_check"], HAN, "zh",
      "rates stated but not questioned; review of the rest of the stored contract"),
    r(40, "介户的保症人是他舅舅，都70多了，你审审这保证合同有嘛漏洞", True,
      ["contract_review"], ["regulations"], TIAN, "zh", "review stored guarantee contract (slip 保症人)"),
    r(41, "他营业执照上的经营范围有没有写中药材收购？", True, ["documents"], [], DU, "zh", "what a stored licence says"),
    r(42, "食用菌合作社授信调查报告里写的年销售多少来着？跟他实际开票对得上不", True,
      ["documents", "invoice_summary"], [], ZXJ, "zh", "stored survey report vs invoicing"),
    r(43, "车辆抵押登记证上登的车牌号、车架号是多少，跟行驶证对得上不", True,
      ["documents"], [], GUO, "zh", "compare two stored documents"),
    r(44, "奶牛的保险单传上来没有？受益人写的是不是俺们社？牛死了保险赔款俺们能优先拿不", True,
      ["documents", "regulations"], [], LHT, "zh", "stored policy content plus law on priority to insurance money"),
    r(45, "贷审会纪要里给他定的条件是嘛？是不是要求每季度报一次库存", True,
      ["documents"], [], ZLX, "zh", "what the stored committee minutes say"),
    r(46, "他媳妇的同意抵押声明签了没？没签的话这房子抵押还有效不", True,
      ["documents", "regulations"], ["contract_review"], HAN, "zh", "what the file shows plus law on spouse consent"),
    r(47, "他那个摊位租赁合同租期到哪年？一年租金多少", True, ["documents"], [], MENG, "zh",
      "what a stored lease says"),
    r(48, "征信报告里他有几笔贷款没结清，最长逾期几天", True, ["documents"], ["warnings"], SONG, "zh",
      "what the stored credit report says"),
    r(49, "授信时他报的压货有多少？现在贷后检查说库存只剩三成了，你把当初的调查报告调出来看看，再看看他开票有没有跟着掉", True,
      ["documents", "invoice_summary"], [], HAN, "zh", "stored survey report plus invoicing trend"),
    r(50, "仓单上写的药材品名、数量、仓位号是嘛，跟上回盘库对不上", True, ["documents"], [], DU, "zh",
      "what the stored warehouse receipt says"),
    r(51, "这户抵押评估报告上那台货车评了多少钱？现在二手车价忒低，抵押率是不是超了", True,
      ["documents"], ["regulations"], GUO, "zh", "stored valuation report; LTV judged from it"),
    r(52, "他借款用途写的是嘛？俺怀疑钱拿去炒药材了，真要是挪用了按规定咋处理", True,
      ["documents", "regulations"], [], CUI, "zh", "stored purpose plus rule on diverted loan use"),
    r(53, "他是不是借新还旧好几回了？要真是，按规定得划成嘛类", True,
      ["warnings", "regulations"], [], HAN, "zh", "renewal pattern (warnings) plus classification rule"),
    r(54, "这个羊绒厂有没有被法院执行的？限高了没", True, ["warnings"], [], LXF, "zh", "enforcement / 限高"),
    r(55, "介户水电费是不是欠着呢？大棚冬天用电老些", True, ["warnings"], [], ZXJ, "zh", "utility arrears"),
    r(56, "他跟市场里另外两个箱包户互保，你看看担保圈里有没有出事的", True, ["warnings"], [], MENG, "zh",
      "mutual-guarantee circle"),
    r(57, "俺们联社的个人经营性贷款，借款人户籍不在本县、平时在京津那边跑运输，能不能给他放？有没有跨区域放贷的限制", False,
      ["regulations"], [], ZLX, "zh", "regulatory rule on cross-region lending"),
    r(58, "肉鸡这户听说饲料款欠着没给，饲料厂要告他，系统里有没有显示官司？分数受影响没", True,
      ["warnings", "score"], [], LHT, "zh", "lawsuit rumour and score"),
    r(59, "超市老板说他被人告了但已经和解了，咱系统里看得见不？和解了还挂着预警没", True,
      ["warnings"], [], TIAN, "zh", "borrower's claim to verify -> warnings"),
    r(60, "贷后检查发现他厂子停了仨月，你看看社保、水电有没有异常，开票是不是也断了", True,
      ["warnings", "invoice_summary"], [], WEP, "zh", "shutdown check: social insurance, utilities, invoicing"),
    r(61, "他欠税了没？税务那块有嘛记录", True, ["warnings"], [], WEP, "zh", "tax arrears"),
    r(62, "听说毛纺厂老板被列失信了，你先看看是不是真的；要是真的，他给别人担保的那几笔俺们还能不能起诉他", True,
      ["warnings", "regulations"], [], SONG, "zh", "verify 失信 plus law on suing the guarantor"),
    r(63, "蠡县这户毛纺厂近半年销项掉得厉害不？主要是哪几个买家没了", True,
      ["invoice_summary"], [], WEP, "zh", "sales drop and lost buyers"),
    r(64, "他网店那块开不开漂？看看近一年开票按月走势", True, ["invoice_summary"], [], MENG, "zh",
      "monthly invoicing (slip 开漂)"),
    r(65, "介户超市进项销项都看一下，再看看评分", True, ["invoice_summary", "score"], [], ZLX, "zh",
      "invoices and score asked by name"),
    r(66, "羊绒旺季在秋冬，你看他去年四季度开票跟今年比咋样，评分有没有变", True,
      ["invoice_summary", "score"], [], LXF, "zh", "seasonal invoicing and score"),
    r(67, "客户说他上个月给北京一家商场开了200多w的票，你核一下是不是真的", True,
      ["invoice_summary"], [], MENG, "zh", "borrower's claim to verify -> invoice_summary"),
    r(68, "药材公司这季度的invoice volume是不是dropped a lot？帮俺看看前五大客户有没有变", True,
      ["invoice_summary"], [], DU, "mixed", "invoicing, English words"),
    r(69, "他分为嘛这么低？是不是因为囤货压款、开票少了", True,
      ["score"], ["invoice_summary", "warnings"], DU, "zh", "score reasons answer the why; others only confirm"),
    r(70, "介户评级从B掉到C了，赶明儿要上会，掉的原因是嘛", True, ["score"], [], ZLX, "zh", "score drop reasons"),
    r(71, "借款人出车祸没了，他的贷款咋办？家里人说不要遗产，那还用不用替他还", False,
      ["regulations"], [], TIAN, "zh", "general law: borrower's death, renounced inheritance"),
    r(72, "货车司机这户分数多少，中不中给他再加5w", True, ["score"], [], GUO, "zh", "score for a limit increase"),
    r(73, "主任问：这个奶牛场今年的评分、预警，跟去年比是不是变差了？鲜奶收购价一直往下走，乳企那边压款，俺们年底前要把联社涉农贷款的风险排一遍，"
        "介户贷了480w，是大户，得先心里有数", True,
      ["score", "warnings"], [], MAZR, "zh", "long brief; score and warnings asked by name"),
    r(74, "民间借贷月息2分还受保护不？安国药市里老些人借钱都按2分走", False,
      ["rate_check"], ["regulations"], DU, "zh", "stated rate 月息2分, level question"),
    r(75, "他在外头借了过桥，10天一个点，这算年化多少？犯法不", True,
      ["rate_check"], ["regulations", "warnings"], MENG, "zh", "stated bridge-loan rate"),
    r(76, "车贷公司给他算的是年化15.8%，另外收了GPS费、服务费一共3000，这么弄合法不", True,
      ["rate_check"], ["regulations"], GUO, "mixed", "stated rate plus fees, level question"),
    r(77, "俺们社给大棚户执行的年利率6.85%，比去年上浮了，会不会被监管说利率太高？普惠小微不是要降成本嘛", False,
      ["rate_check"], ["regulations"], CUI, "zh", "our stated rate, level question"),
    r(78, "羊绒厂老板说借了亲戚的钱，一万块一个月一百五，这个利息算高不", True,
      ["rate_check"], ["regulations"], LXF, "zh", "stated private rate"),
    r(79, "起诉的时候按合同主张逾期罚息日万分之五，法院认不认", True,
      ["rate_check"], ["contract_review", "regulations"], HAN, "zh", "stated penalty rate from our contract"),
    r(80, "网贷app上APR写着23.9%，另外还有会员费，这超没超4倍LPR", False,
      ["rate_check"], ["regulations"], SUN, "mixed", "stated APR vs cap"),
    r(81, "他说找了个中介，贷款下来要给中介3个点服务费，再加俺们的4.35%，综合成本算下来是多少？介中介收费合规不", True,
      ["rate_check", "regulations"], [], CUI, "zh", "all-in cost of a stated rate plus a rule on intermediary fees"),
    r(82, "逾期利息按合同利率上浮50%，合同利率是年6%，再加复利，算下来超不超法律上限？", True,
      ["rate_check"], ["regulations", "contract_review"], SONG, "zh", "stated rates, cap question"),
    r(83, "肉鸡户跟饲料厂签的赊销，逾期按月1.5%收滞纳金，这个高不高，法院支持不", False,
      ["rate_check"], ["regulations"], LHT, "zh", "stated late fee rate"),
    r(84, "保证合同里写的：“保证人对主合同项下全部债务承担连带责任保证，保证期间为主债务履行期限届满之日起三年；"
        "主合同变更（包括展期、调整利率、变更还款计划）的，无论是否经保证人同意，保证人均继续承担保证责任。”没经保证人同意也得担责，法院认不认", True,
      ["contract_check"], ["regulations", "contract_review"], HAN, "zh", "our guarantee clause pasted"),
    r(85, "安国药市仓库给的三方协议写着：“仓储方应按照质权人的指令办理质押药材的出库，未经质权人书面同意，仓储方擅自放货造成质押物减少的，"
        "仓储方应在减少部分价值范围内承担赔偿责任，但因药材自然损耗、霉变造成的损失除外。”霉变除外这一条对俺们是不是忒亏了", True,
      ["contract_check"], ["regulations", "contract_review"], DU, "zh", "warehouse-receipt pledge clause pasted"),
    r(86, "他的车贷合同里有一条：“借款人逾期超过30日的，贷款人有权自行或委托第三方收回抵押车辆并予以变卖，变卖所得优先清偿借款本息、"
        "违约金及收车费用，借款人不得以任何理由阻挠，收车过程中产生的一切费用由借款人承担。”介个自行收车合法吗？", True,
      ["contract_check"], ["regulations"], GUO, "zh", "third-party vehicle loan clause pasted"),
    r(87, "小贷公司的合同：“借款人应按月向贷款人支付账户管理费，费率为借款本金的0.5%/月，另须在放款当日一次性支付风险保证金，"
        "金额为借款本金的5%，借款结清且无逾期的无息退还，借款人有任何一期逾期的，保证金不予退还。”再算上年化12%的利息，这总成本是不是超了？", False,
      ["contract_check", "rate_check"], ["regulations"], SONG, "zh", "fee clause pasted; total-cost question"),
    r(88, "借款人和出借人私下签的：“如借款人到期不能归还借款，借款人名下位于白沟镇的门市房一间自动归出借人所有，借款人应无条件配合办理过户手续，"
        "不得另行主张差价，亦不得以该房屋已设定其他抵押为由拒绝交付。”这种约定有效没有？俺们的抵押排在后头咋弄", True,
      ["contract_check"], ["regulations", "documents"], MENG, "zh", "forfeiture (流押) clause pasted"),
    r(89, "超市加盟协议里有一句：“加盟商应向总部缴纳履约保证金人民币五万元，加盟期间加盟商拖欠货款超过十五日的，总部有权直接扣划保证金并暂停供货，"
        "保证金不足以清偿的部分由加盟商的担保人承担连带责任。”介条对她还俺们的贷款有嘛影响", True,
      ["contract_check"], ["regulations"], TIAN, "zh", "borrower's franchise clause pasted"),
    r(90, "合同争议解决那块写着：“各方确认本合同首页所载地址为有效送达地址，法院、仲裁机构按该地址邮寄的诉讼文书，即使因拒收、查无此人被退回，"
        "自退回之日即视为送达；地址变更未书面通知对方的，仍以原地址为准。”这个送达条款到了诉讼里管不管用", True,
      ["contract_check"], ["regulations", "contract_review"], HAN, "zh", "our service-address clause pasted"),
    r(91, "借款合同第十二条：“借款人发生停产、歇业、被吊销营业执照、涉及重大诉讼或经营状况严重恶化的，贷款人有权宣布贷款提前到期，"
        "要求借款人立即偿还全部借款本息，并有权从借款人在贷款人处开立的任何账户中直接扣收。”毛纺厂停产俩月了，能用这条提前收贷不？他是不是真停了，社保水电也帮俺看看", True,
      ["contract_check", "warnings"], ["regulations", "contract_review", "invoice_summary"], WEP, "zh",
      "acceleration clause pasted plus shutdown check"),
    r(92, "饲料供应商给养殖户的合同是英文的，有这么一条：“Buyer shall pay interest at 2% per month on any overdue balance, "
        "and Seller may repossess the livestock delivered under this agreement without notice "
        "if payment is overdue by more "
        "than 60 days.” 这种条款在国内有效吗，利息高不高", False,
      ["contract_check", "rate_check"], ["regulations"], LHT, "mixed", "English clause pasted; rate and repossession"),
    r(93, "抵押合同写着：“本合同项下抵押担保的最高债权额为人民币300万元，担保范围包括主债权本金、利息、罚息、复利、违约金、损害赔偿金"
        "及实现债权的费用，上述利息、罚息、复利及费用不计入最高债权额，抵押人仍应以抵押物价值承担担保责任。”费用不计入最高额，这样能登记吗？以后执行能不能超出300万", True,
      ["contract_check"], ["regulations", "contract_review"], SONG, "zh", "maximum-amount mortgage clause pasted"),
    r(94, "俺们新模板里想加一条：“借款人提前还款的，应按提前还款本金的3%向贷款人支付提前还款违约金，已收取的利息不予退还，"
        "且借款人在借款期限内提前还款次数不得超过一次，部分提前还款的剩余本金仍按原利率计息。”中不中？监管会不会说俺们乱收费", False,
      ["contract_check"], ["regulations"], CUI, "zh", "draft prepayment clause pasted"),
    r(95, "个体户的借款合同后面附了一份声明：“本人系借款人配偶，已知悉本合同全部内容，同意以夫妻共同财产偿还该笔借款，并自愿承担连带清偿责任，"
        "本声明不因夫妻关系解除、财产分割或者借款展期而失效，本人亦不以未在借款合同上签字为由抗辩。”她现在要离婚，这份声明还能让她还不", True,
      ["contract_check"], ["regulations", "contract_review"], GUO, "zh", "spouse declaration pasted"),
    r(96, "草莓大棚的土地流转合同写着：“流转期内乙方投资建设的大棚等地上附着物归乙方所有，流转期满或者合同提前解除的，甲方不予补偿，"
        "乙方应在三个月内自行拆除并恢复土地原状，逾期未拆除的，甲方有权自行拆除，费用由乙方承担。”那俺们抵押的大棚，到期了一拆咋整？", True,
      ["contract_check"], ["regulations", "documents"], ZXJ, "zh", "borrower's land-transfer clause pasted"),
    r(97, "监管对农信社单户普惠小微贷款的额度上限是咋规定的？个体工商户和小微企业主是一个标准不", False,
      ["regulations"], [], CUI, "zh", "regulatory limit on single-borrower inclusive loans"),
    r(98, "你们给货车司机放的经营贷，资金实际用在买车付首付上了，这算不算挪用贷款用途？按规定该咋处理", False,
      ["regulations"], [], ZHOU, "zh", "inspector: loan-purpose rule"),
    r(99, "你们社贷款逾期90天以上的是不是都划不良了？按规定必须划不？展期以后还能算关注类不", False,
      ["regulations"], [], ZHOU, "zh", "loan classification rule"),
    r(100, "活体抵押的牛羊是在哪登记？没登记的能对抗第三人不", False,
       ["regulations"], [], LHT, "zh", "general law: registration of livestock mortgage"),
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
    assert ids == [f"cqs-{n:03d}" for n in range(1, 101)], "ids cqs-001..cqs-100 in order"
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
    lengths = [len(row["question"]) for row in ROWS]
    print("question lengths min/max", min(lengths), max(lengths))
    print("contract_check quote lengths", {row["id"]: longest_quote(row["question"]) for row in ROWS
                                           if "contract_check" in row["needs"]})


if __name__ == "__main__":
    main()
