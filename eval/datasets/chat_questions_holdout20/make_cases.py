"""Build cases.jsonl for chat_questions_holdout20 (author 22). Held out: never tune on these rows.

Every row below was written by hand in one sitting; this script only validates them and writes cases.jsonl
(sorted keys, UTF-8, one object per line), then prints the counts quoted in SOURCE.md.
Run: /work/main/.venv/bin/python eval/datasets/chat_questions_holdout20/make_cases.py
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

# Askers (all fictitious; a made-up 阜阳/六安 农村商业银行)
CGY = "陈桂英（普惠金融部）"
LIU = "刘建华（太和支行客户经理，假发）"
WANG = "王磊（界首支行客户经理，再生塑料）"
SUN = "孙玉梅（亳州支行客户经理，中药材）"
HU = "胡晓东（六安支行客户经理，羽绒/瓜片茶）"
LI = "李大勇（临泉支行客户经理，肉牛/黄牛养殖）"
ZHANG = "张涛（阜南支行客户经理，物流车队）"
ZHOU = "周婷婷（颍州支行客户经理，电商直播）"
MA = "马德胜（颍上支行客户经理，乡镇超市/农机合作社）"
ZHAO = "赵志刚（贷后管理部）"
WU = "吴静（风险管理部）"
QIAN = "钱芳（合规部）"
GAO = "高行长（太和支行行长）"
ZHENG = "郑检查员（金融监管分局）"
KEVIN = "徐凯文 Kevin（风险管理部，模型岗）"


def r(n, question, focus, needs, optional, asker, lang, note, names_code=False):
    row = {"id": f"cqu-{n:03d}", "question": question, "borrower_in_focus": focus, "needs": needs,
           "optional": optional, "asker": asker, "lang": lang, "note": note}
    if names_code:
        row["names_code"] = True
    return row


ROWS = [
    r(1, "俺们能不能拿假发作坊库里压的货做动产抵押？抵压要去哪登记", False,
      ["regulations"], [], LIU, "zh", "general law: inventory as movable collateral, registration (slip 抵压)"),
    r(2, "他家去年开票开了多少？出口那块的票占几成", True,
      ["invoice_summary"], [], LIU, "zh", "invoicing total and export share"),
    r(3, "这家假发厂压货压了小半年了，你瞅瞅他评分掉了木有，系统里有啥预警", True,
      ["score", "warnings"], [], LIU, "zh", "score and warnings asked by name; stock build-up is context"),
    r(4, "乖乖，这户跟亲戚借了20个，月息2分5，这个利息法院认不认", False,
      ["rate_check"], ["regulations"], LIU, "zh", "stated private rate 月息2分5, level vs cap"),
    r(5, "美国那边客户砍单了，他今年销项掉了多少？", True,
      ["invoice_summary"], [], LIU, "zh", "sales drop"),
    r(6, "91341222MA8N3K7T5T 这家有木有被执行、被限高的？", False,
      ["warnings"], [], GAO, "zh", "borrower named by code at start; enforcement/限高", names_code=True),
    r(7, "这是俺们跟他签的应收账款质押合同里的一条：“出质人将其对境外买方的全部出口应收账款质押给质权人，出质人应于每笔货款到账后三个工作日内将款项划入质权人指定账户，"
         "未经质权人书面同意不得变更收款账户，并应每季度提供报关单及买方对账单。”境外的应收账款这么质押中不中，有木有漏洞", True,
      ["contract_check"], ["regulations", "contract_review"], LIU, "zh", "our export-receivables pledge clause pasted"),
    r(8, "环保查了，界首那个塑料颗粒厂被勒令停产，按法律俺们能不能宣布贷款提前到期？俺们合同里这块写得有木有毛病，帮看看", True,
      ["regulations", "contract_review"], ["documents"], WANG, "zh", "law on acceleration plus review of our stored contract"),
    r(9, "他家水电费最近咋样？社保还交着不，开票停了木有，是不是已经停工了", True,
      ["warnings", "invoice_summary"], [], WANG, "zh", "shutdown check: utilities, social insurance, invoicing"),
    r(10, "再生料的进项票是不是好多是废品收购站开的？你看看进项", True,
      ["invoice_summary"], [], WANG, "zh", "input invoices and their issuers"),
    r(11, "92341282L5R2W8Q124，这个个体户评份多少，哪项扣得最多", False,
      ["score"], [], WANG, "zh", "borrower named by code; score and deductions (slip 评份)", names_code=True),
    r(12, "调查报告里写的年产能是多少吨？跟他开票对得上不", True,
      ["documents", "invoice_summary"], [], WANG, "zh", "stored survey report vs invoicing"),
    r(13, "他老婆给他做的保证，合同里保证期间咋约定的？过了木有，过了还能找她不", True,
      ["documents", "regulations"], ["contract_review"], WANG, "zh", "what the stored contract says plus law on lapse"),
    r(14, "这是俺们跟他和药市仓库签的三方协议里的：“仓储方应每月向质权人报送库存清单，仓储方凭质权人出具的书面提货通知方可放货，因仓储方未尽保管义务或擅自放货造成质物短少、霉变的，"
          "由仓储方在质物价值范围内承担赔偿责任，出质人承担连带责任。”这条管不管用", True,
      ["contract_check"], ["regulations", "contract_review"], SUN, "zh", "our warehouse-receipt tripartite clause pasted"),
    r(15, "当归价格掉了三成，质押的仓单价值不够了，俺们能要求他补货或者加担保不？他现在评分咋样，还撑得住不", True,
      ["regulations", "score"], [], SUN, "zh", "law on pledged goods losing value plus score"),
    r(16, "他家囤了恁多货，钱是不是从别的平台借的？看看有木有多头借贷", True,
      ["warnings"], [], SUN, "zh", "multiple borrowing check"),
    r(17, "帮俺查一下91341602MA2T6Y4B85这家饮片公司去年开票多少、主要卖给谁", False,
      ["invoice_summary"], [], SUN, "zh", "borrower named by code mid-sentence; invoicing and buyers", names_code=True),
    r(18, "仓库保管员说质押的黄芪被人提走了一部分，这算仓库的责任还是出质人的？", False,
      ["regulations"], [], SUN, "zh", "general law: warehouse keeper's liability for released pledged goods"),
    r(19, "他说药材都卖给亳州的几家大药房了，都开了票的，你帮俺核一下是不是真的", True,
      ["invoice_summary"], [], SUN, "zh", "borrower's claim to verify -> invoice_summary"),
    r(20, "帮俺看看 92341602L2K7N5G8XP 这个药材商户的征心报告里有几笔没还完的", False,
      ["documents"], ["warnings"], SUN, "zh", "borrower named by code; stored credit report (slip 征心)", names_code=True),
    r(21, "羽绒厂一到夏天就木有啥销售，他分数是不是因为这个掉的？", True,
      ["score"], ["invoice_summary"], HU, "zh", "score reasons answer the why; invoicing only confirms"),
    r(22, "瓜片茶合作社社员五户联保，一户跑了，剩下四户各担多少？", False,
      ["regulations"], [], HU, "zh", "general law: joint guarantee liability"),
    r(23, "93341502MA7HX3C93C 这个合作社的评分和有木有官司，一块看下", False,
      ["score", "warnings"], [], HU, "zh", "borrower named by code; score and lawsuits", names_code=True),
    r(24, "金寨那个茶叶合作社，代码是93341524MA3E9U6P99，俺们跟他签的借款合同有啥坑，帮俺审一下", False,
      ["contract_review"], ["documents"], HU, "zh", "borrower named by code after 代码是; review stored contract",
      names_code=True),
    r(25, "合作社拿茶园的土地经营权抵押，村委出了个证明：“兹证明该合作社流转本村茶园320亩，流转期限至2038年，租金已付清。XX村村民委员会”这个管用不，经营权能抵押不", True,
      ["regulations"], [], HU, "zh", "village certificate (<80, not a clause); law on land management right mortgage"),
    r(26, "发票上写着：“*羽绒*白鸭绒90% 数量1200kg 金额38.4万 购方 某某服饰有限公司”，这票是真开的不？他今年一共开了多少", True,
      ["invoice_summary"], [], HU, "zh", "invoice line pasted; verify and total invoicing"),
    r(27, "活牛能不能抵押？牛病死了俺们的抵押权咋弄", False,
      ["regulations"], [], LI, "zh", "general law: livestock mortgage, loss of collateral"),
    r(28, "俺们活体抵押合同里写的：“抵押人以其饲养的带有耳标的西门塔尔肉牛86头设定抵押，并以抵押权人为养殖保险第一受益人，抵押期间抵押人不得出售、转让、宰杀抵押牛只，确需出栏的应事先书面通知抵押权人并以所得价款提前清偿或提存。”这条写得中不中", True,
      ["contract_check"], ["regulations", "contract_review"], LI, "zh", "our livestock mortgage clause pasted"),
    r(29, "牛场说保险单都交给俺们了，系统里存的那份保单保额多少，第一受益人是不是俺们行", True,
      ["documents"], [], LI, "zh", "what the stored insurance policy says"),
    r(30, "养牛的老张这回评分咋样？", True,
      ["score"], [], LI, "zh", "score"),
    r(31, "老张欠饲料厂二十来万饲料款，人家起诉他了木有？", True,
      ["warnings"], [], LI, "zh", "lawsuit check"),
    r(32, "黄牛价格掉得厉害，他家开票收入跟去年比咋样，评分会不会往下调", True,
      ["invoice_summary", "score"], [], LI, "zh", "invoicing trend and score"),
    r(33, "养牛户给俺看了张借条：“今借到王某某人民币伍万元整，月利率按百分之三计算，借期六个月，到期一次还本付息，逾期每日另按未还金额千分之五支付违约金，如发生纠纷由出借人所在地法院管辖。借款人：张某某 2026年3月5日”他问这利息和违约金高不高，俺们要不要管", False,
      ["contract_check", "rate_check"], ["regulations"], LI, "zh", "IOU pasted; whether its charges exceed the cap"),
    r(34, "挂靠在物流公司名下的货车，司机自己找俺们贷款，拿车抵押能办不？这户档案里行驶证上登记的车主是谁", True,
      ["regulations", "documents"], [], ZHANG, "zh", "law on affiliated trucks plus what the stored licence shows"),
    r(35, "车队老板之前在一家汽车金融借过，合同里有这么一条：“借款人不得拆除车载GPS设备，借款人逾期超过3日的，贷款人有权不经通知自行或委托第三方收回车辆，收车产生的拖车费、停车费、GPS服务费均由借款人承担，且车辆处置价格由贷款人单方确定。”这合法吗", False,
      ["contract_check"], ["regulations"], ZHANG, "mixed", "third-party vehicle loan clause pasted"),
    r(36, "车队老板又买了五台车，他现在外头欠了多少？有木有多头借款", True,
      ["warnings"], [], ZHANG, "zh", "multiple borrowing check"),
    r(37, "91341225MA5Q8R2J56：这家物流公司社保断缴了木有，法人有木有被限高", False,
      ["warnings"], [], ZHANG, "zh", "borrower named by code before a colon; social insurance and 限高", names_code=True),
    r(38, "车贷本金10w，年化8%，另外每月GPS服务费300块，实际年化算下来多少，超不超", False,
      ["rate_check"], ["regulations"], ZHANG, "mixed", "stated rate plus monthly fee; all-in level"),
    r(39, "他们车队这几个月运输发票还在开不？", True,
      ["invoice_summary"], [], ZHANG, "zh", "recent invoicing"),
    r(40, "咱跟车队签的那份车辆抵押合同，登记那块有木有问题？帮审审", True,
      ["contract_review"], ["documents"], ZHANG, "zh", "review stored vehicle mortgage contract"),
    r(41, "直播卖假发的那个主播流水老大了，开票却木有几张，她评分咋给的？", True,
      ["score"], ["invoice_summary"], ZHOU, "zh", "how the score was given; invoicing only confirms"),
    r(42, "她抖音店的GMV跟开票对不上，开票到底有多少？", True,
      ["invoice_summary"], [], ZHOU, "mixed", "invoicing total, English word GMV"),
    r(43, "92341222L9M4D2E64Y 这个直播个体户有木有欠税、被罚款的记录", False,
      ["warnings"], [], ZHOU, "zh", "borrower named by code; tax arrears and penalties", names_code=True),
    r(44, "网店在平台上的待结算货款，能不能当应收账款质押？她一年开票有多少，够不够押", True,
      ["regulations", "invoice_summary"], [], ZHOU, "zh", "law on platform receivables pledge plus invoicing"),
    r(45, "What's her score right now, and which factors pull it down the most?", True,
      ["score"], [], KEVIN, "en", "score and its reasons, English"),
    r(46, "Does this borrower have any court cases or enforcement records? Also check whether the invoice volume dropped this quarter.", True,
      ["warnings", "invoice_summary"], [], KEVIN, "en", "lawsuits and invoicing, English"),
    r(47, "超市老板两口子闹离婚，抵押的房子是共同财产。存档里他老婆签的抵押同意书有木有？木有签的话俺们的抵押咋弄", True,
      ["documents", "regulations"], [], MA, "zh", "stored spouse consent plus law on jointly owned mortgaged house"),
    r(48, "农机合作社买拖拉机有农机补贴，补贴款能不能直接扣下来还贷？", False,
      ["regulations"], [], MA, "zh", "general law: set-off against subsidy money"),
    r(49, "农机合作社的评分出来了木有？多少分", True,
      ["score"], [], MA, "zh", "score"),
    r(50, "超市这俩月开飘掉了木有？", True,
      ["invoice_summary"], [], MA, "zh", "recent invoicing (slip 开飘)"),
    r(51, "超市老板发微信说：“陈姐，这个月流水不好，能不能先还利息，本金缓两个月”，他是真周转不开了？系统里有啥预警，开票掉了木有", True,
      ["warnings", "invoice_summary"], [], MA, "zh", "WeChat note pasted; warnings and invoicing asked"),
    r(52, "老板离婚了，俺们跟他签的借款和抵押合同还有效不，帮审下；再看看有木有离婚官司", True,
      ["contract_review", "warnings"], ["regulations", "documents"], MA, "zh", "stored contract review plus divorce suit"),
    r(53, "他转给俺个短信：“【阜阳市颍州区人民法院】您好，（2026）皖1202民初4417号案件已立案，原告李某某，被告为您，请于15日内登录诉讼服务网查看”，他还有木有别的案子？", True,
      ["warnings"], [], ZHAO, "zh", "court SMS gives one suit; other suits asked -> warnings"),
    r(54, "这户已经逾期60天了，按规定五级分类是不是该下调到次级？", True,
      ["regulations"], [], ZHAO, "zh", "classification rule; overdue days supplied"),
    r(55, "他最近有木有借新还旧的苗头？", True,
      ["warnings"], [], ZHAO, "zh", "renewal pattern -> warnings"),
    r(56, "帮俺看看这户评分和贷后预警，月底要写贷后报告", True,
      ["score", "warnings"], [], ZHAO, "zh", "score and warnings asked by name"),
    r(57, "上回的贷后检查报告写的啥？跟现在系统里的预警比比，有啥新情况", True,
      ["documents", "warnings"], [], ZHAO, "zh", "stored post-loan report vs current warnings"),
    r(58, "借款人出车祸走了，老婆孩子都说不继承，俺们这笔贷款找谁要？", False,
      ["regulations"], [], ZHAO, "zh", "general law: death of borrower, renounced inheritance"),
    r(59, "这户的保证合同签的是最高额保证还是一般保证？存档里看下", True,
      ["documents"], ["contract_review"], ZHAO, "zh", "what the stored guarantee contract says"),
    r(60, "征信上有这么一条：“对外担保3笔，担保余额85万元，其中关注类1笔”，系统里有木有给他标担保圈的预警？", True,
      ["warnings"], ["documents"], WU, "zh", "credit-report line pasted; guarantee-circle warning asked"),
    r(61, "这家跟太和另外几家假发厂互保，系统标没标担保圈？", True,
      ["warnings"], [], WU, "zh", "mutual guarantee circle"),
    r(62, "这户score从B掉到C了，啥原因？", True,
      ["score"], [], WU, "mixed", "score drop reasons, English word score"),
    r(63, "五级分类里关注类和次级类到底咋区分？", False,
      ["regulations"], [], WU, "zh", "classification rule"),
    r(64, "这户合同里的罚息跟违约金是叠加收的吧？会不会被法院认定过高，具体写的多少俺记不清了", True,
      ["contract_review"], ["regulations", "documents"], WU, "zh", "penalty level question but no number -> review"),
    r(65, "这户合同里的利率俺记得是年化13.8%，另外每月收0.3%的管理费，合一块超没超红线", True,
      ["rate_check"], ["contract_review", "regulations"], WU, "zh", "stated rates from our contract, cap question"),
    r(66, "放贷款的时候收客户的咨询费、财务顾问费，监管允许不？", False,
      ["regulations"], [], QIAN, "zh", "regulatory rule on fees"),
    r(67, "俺们行普惠小微贷款定价年化8.5%，会不会被说利率偏高？", False,
      ["rate_check"], ["regulations"], QIAN, "zh", "our stated rate, level question"),
    r(68, "新版合同草稿里有一条：“借款人提前还款的，应按提前归还本金的3%向贷款人支付补偿金，已收取的利息、服务费不予退还，且提前还款须提前30日书面申请并经贷款人同意，提前还款申请一经提交不得撤回，补偿金从还款中优先扣收。”这条能不能用", False,
      ["contract_check"], ["regulations", "rate_check"], QIAN, "zh", "draft prepayment clause pasted; contains a charge"),
    r(69, "授信审批表里写的贷款用途是啥？他拿这钱去县城买房了，算不算挪用", True,
      ["documents", "regulations"], [], QIAN, "zh", "stored purpose plus rule on diverted use"),
    r(70, "存的那份借款合同里，格式条款俺们提示说明了木有？帮审一下", True,
      ["contract_review"], ["documents", "regulations"], QIAN, "zh", "review stored contract's standard terms"),
    r(71, "桂英，明天上午九点上会，太和那家假发厂要续贷500w，老板说今年欧美订单回来了，压的货也出了一半，想再加100个。俺这边材料还木有齐，你先帮俺把几样拉一下：一是他现在评分多少；二是今年开票跟去年比咋样；三是有木有新的官司、被执行；四是上回审批意见里提的啥条件，他落实了木有。弄好了一块发俺微信，乖乖，时间太紧了", True,
      ["score", "invoice_summary", "warnings", "documents"], [], GAO, "zh", "long brief; four sources asked by name"),
    r(72, "续贷能不能不还本直接续？规定咋说的；要续的话原来那份保证合同还管用不，帮审下", True,
      ["regulations", "contract_review"], ["documents"], GAO, "zh", "renewal rule plus review of stored guarantee"),
    r(73, "这户合同审一下，评分也看看，明儿要上会", True,
      ["contract_review", "score"], ["documents"], GAO, "zh", "stored contract review plus score"),
    r(74, "你们给这户放款前做实地调查了木有？调查报告拿出来俺看看", True,
      ["documents"], [], ZHENG, "zh", "inspector: stored survey report"),
    r(75, "普惠小微贷款的统计口径，是单户授信多少以下？", False,
      ["regulations"], [], ZHENG, "zh", "inspector: regulatory definition"),
    r(76, "你们给这户的贷款年化15%，再加担保公司收的2%担保费，综合成本超没超", True,
      ["rate_check"], ["regulations", "contract_review"], ZHENG, "zh", "stated rate plus guarantee fee, cap question"),
    r(77, "保证人跑了，贷款逾期了，多长时间内得起诉保证人？", False,
      ["regulations"], [], CGY, "zh", "general law: guarantee period/limitation"),
    r(78, "这户得劲不？评分多少，有木有啥预警", True,
      ["score", "warnings"], [], CGY, "zh", "score and warnings"),
    r(79, "小额贷款公司月息1.5分合法不", False,
      ["rate_check"], ["regulations"], CGY, "zh", "stated rate, legality"),
    r(80, "帮俺审下合同", True,
      ["contract_review"], ["documents"], CGY, "zh", "shortest row; stored contract review"),
    r(81, "有木有官司？", True,
      ["warnings"], [], CGY, "zh", "short; lawsuits"),
    r(82, "他分数多少啊", True,
      ["score"], [], HU, "zh", "short; score"),
    r(83, "她网贷借了1万块，一天利息5块钱，这是年化多少？合法不", False,
      ["rate_check"], ["regulations"], ZHOU, "zh", "daily interest in 块 implies a rate; legality"),
    r(84, "车队老板说去年贷了10w，砍头息扣了5k，年息6%，那他实际利率是多少，砍头息合法吗", False,
      ["rate_check", "regulations"], [], ZHANG, "zh", "real rate after upfront deduction plus legality of the deduction itself"),
    r(85, "客户借了个民间借贷，年化24%，现在还受不受保护？", False,
      ["rate_check"], ["regulations"], CGY, "zh", "stated private rate vs cap"),
    r(86, "借了30k，每个月还3000，还12个月，这利息算高不高", False,
      ["rate_check"], ["regulations"], MA, "zh", "instalment figures imply a rate; level asked"),
    r(87, "中介说帮他办下来收3个点服务费，俺们贷款年化4.8%，加一块综合成本多少？再说俺们行能不能跟中介合作收这钱", False,
      ["rate_check", "regulations"], [], QIAN, "zh", "all-in cost plus a rule on intermediary fees, two questions"),
    r(88, "主播跟MCN签的合作协议里写着：“乙方（主播）直播间及店铺全部销售收入由甲方统一代收，扣除服务费30%后于次月15日前结算给乙方，合作期内乙方不得另设收款账户或私下接受打赏、转账，否则甲方有权冻结未结算款项。”这样俺们拿她店铺收款做质押还中不中", True,
      ["contract_check"], ["regulations"], ZHOU, "zh", "borrower's MCN clause pasted; pledge of shop income"),
    r(89, "超市的店面是租的，租赁合同里有这一条：“租赁期间出租人因自身经营需要可提前收回房屋，应提前一个月书面通知承租人，出租人仅退还剩余租金，不承担装修及其他任何损失；承租人未经出租人书面同意不得转租、转借，也不得以租赁权设定任何担保。”这样他经营稳不稳，俺们放贷要咋防", True,
      ["contract_check"], ["regulations"], MA, "zh", "borrower's shop lease clause pasted"),
    r(90, "合作社的收割机是融资租赁来的，租赁合同写着：“租赁期内租赁物所有权归出租人所有，承租人不得将租赁物转让、转租、抵押或以其他任何方式处分，否则出租人有权解除合同并收回租赁物；承租人应按期支付租金，连续两期未付的，出租人有权不经催告直接取回租赁物。”俺们还能拿这台收割机抵押不", True,
      ["contract_check"], ["regulations"], MA, "zh", "finance lease clause pasted; can the machine be mortgaged"),
    r(91, "俺们合同的交叉违约条款：“借款人或其关联方在其他金融机构的任何债务发生逾期、被宣布提前到期或涉及重大诉讼的，贷款人有权宣布本合同项下借款全部提前到期，并有权从借款人在贷款人处开立的任何账户中直接扣划。”他在别的行逾期了能不能按这条收？顺便看看他别家是不是真逾期了", True,
      ["contract_check", "warnings"], ["regulations", "contract_review"], WU, "zh", "our cross-default clause pasted plus overdue check"),
    r(92, "车队老板在小贷借的，合同里写：“借款月利率1%，借款人每月另需支付账户管理费为借款本金的1.5%，每期服务费500元，由借款人在每期还款日一并支付，逾期的按日加收未还款项0.2%的违约金，前述费用不因提前还款而减免。”加一块综合成本超不超", False,
      ["contract_check", "rate_check"], ["regulations"], ZHANG, "zh", "small-loan fee clause pasted; total-cost question"),
    r(93, "药商跟香港一家公司借了笔钱，合同里有条英文的：“The Borrower shall pay a late fee of 0.1% per day on any overdue amount, and the Lender may sell the pledged herbs without prior notice to the Borrower.”这条有效吗，违约金高不高", False,
      ["contract_check", "rate_check"], ["regulations"], SUN, "mixed", "English clause pasted; rate and disposal without notice"),
    r(94, "俺们的保证合同写的：“保证人的保证期间为主债务履行期届满之日起三年，保证人同意债权人与债务人协议变更主合同的（包括展期、提高利率），无需另行征得保证人同意，保证人仍承担连带责任；保证范围包括本金、利息、罚息、复利、违约金及实现债权的费用。”这个保证期间约定有效不，展期了保正人还跑得掉不", True,
      ["contract_check"], ["regulations", "contract_review"], ZHAO, "zh", "our guarantee clause pasted (slip 保正人)"),
    r(95, "饲料厂跟养牛户签的赊销合同里有这一条：“乙方在付清全部饲料款之前，以饲料喂养的牛只所有权归甲方所有，乙方不得出售或抵押，乙方出栏、出售牛只须事先经甲方书面同意，所得价款应优先用于偿还所欠全部饲料款，甲方有权随时进场牵牛抵债。”那跟俺们的活体抵押谁在前", True,
      ["contract_check"], ["regulations", "documents"], LI, "zh", "third-party retention-of-title clause pasted; priority vs our mortgage"),
    r(96, "合作社给的流转合同：“甲方将本村茶园320亩经营权流转给乙方，期限15年，乙方未经甲方同意不得将土地经营权再流转或设定抵押，租金每年12月底前一次付清，逾期30日甲方有权收回，流转期满后地上茶树归甲方所有。”俺们拿这块经营权抵押能办不", True,
      ["contract_check"], ["regulations", "documents"], HU, "zh", "borrower's land-transfer clause pasted"),
    r(97, "羽绒厂那份最高额抵押合同帮俺审审有啥问题；还有，最近有木有被人起诉", True,
      ["contract_review", "warnings"], ["documents"], HU, "zh", "stored contract review plus lawsuits"),
    r(98, "他家仓单质呀合同是俺们跟他和仓库三方签的，有啥漏洞木有", True,
      ["contract_review"], ["documents", "regulations"], SUN, "zh", "review stored warehouse-receipt pledge (slip 质呀)"),
    r(99, "老张那份活体抵押合同，耳标号写明了木有？审一下能不能对抗第三人", True,
      ["contract_review"], ["documents", "regulations"], LI, "zh", "review stored livestock mortgage, third-party effect"),
    r(100, "评估报告上那套房子评了多少钱？按他贷的150w算，抵押率超没超七成", True,
       ["documents"], ["regulations"], CGY, "zh", "stored valuation report; LTV judged from it"),
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
    assert ids == [f"cqu-{n:03d}" for n in range(1, 101)], "ids cqu-001..cqu-100 in order"
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
        else:
            assert longest_quote(row["question"]) < 80, (row["id"], longest_quote(row["question"]))
    need_counts = Counter(s for row in ROWS for s in row["needs"])
    opt_counts = Counter(s for row in ROWS for s in row["optional"])
    for s in SOURCES:
        assert need_counts[s] >= 12, (s, need_counts[s])
    multi = sum(len(row["needs"]) > 1 for row in ROWS)
    regs_only = sum(row["needs"] == ["regulations"] for row in ROWS)
    single_borrower = sum(len(row["needs"]) == 1 and row["needs"][0] in BORROWER_SOURCES for row in ROWS)
    names_code = sum(bool(row.get("names_code")) for row in ROWS)
    assert multi >= 25 and regs_only >= 10 and single_borrower >= 10, (multi, regs_only, single_borrower)
    assert 6 <= names_code <= 10, names_code

    with open(HERE / "cases.jsonl", "w", encoding="utf-8") as f:
        for row in ROWS:
            f.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")

    print("rows", len(ROWS))
    print("needs:", {s: need_counts[s] for s in SOURCES})
    print("optional:", {s: opt_counts[s] for s in SOURCES})
    print("multi-need rows", multi, "| regulations-only", regs_only, "| single borrower-source", single_borrower)
    print("needs sizes", dict(sorted(Counter(len(row["needs"]) for row in ROWS).items())))
    print("langs", dict(Counter(row["lang"] for row in ROWS)))
    print("focus", dict(Counter(row["borrower_in_focus"] for row in ROWS)), "| names_code", names_code)
    print("askers", dict(Counter(row["asker"] for row in ROWS).most_common()))
    lengths = [len(row["question"]) for row in ROWS]
    print("question lengths min/max", min(lengths), max(lengths))
    print("contract_check quote lengths", {row["id"]: longest_quote(row["question"]) for row in ROWS
                                           if "contract_check" in row["needs"]})
    print("longest non-clause quote", max((longest_quote(row["question"]), row["id"]) for row in ROWS
                                          if "contract_check" not in row["needs"]))


if __name__ == "__main__":
    main()
