"""Held-out chat routing set 10 (author 12): 100 questions by a Chengdu government-backed financing-guarantee
company's risk director and his team, written by hand, blind to the router. Never tune on these rows.

Run: .venv/bin/python eval/datasets/chat_questions_holdout10/make_cases.py
Validates the rows (see SOURCE.md) and writes cases.jsonl next to this file.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

SOURCES = ("regulations", "documents", "warnings", "invoice_summary", "score", "contract_review",
           "contract_check", "rate_check")
BORROWER_SOURCES = ("documents", "warnings", "invoice_summary", "score", "contract_review")

LJC = "刘建川（风控总监）"
HXW = "何晓雯（项目经理）"
LJ = "罗俊（项目经理）"
JT = "蒋婷（评审会秘书）"
DL = "邓立（保后专员）"
TCM = "唐春梅（代偿追偿专员）"
ZZ = "曾卓（法务）"
YF = "杨帆（合作银行客户经理）"


def row(n, focus, needs, optional, asker, lang, question, note, names_code=False):
    r = {"id": f"cqk-{n:03d}", "question": question, "borrower_in_focus": focus, "needs": needs,
         "optional": optional, "asker": asker, "lang": lang, "note": note}
    if names_code:
        r["names_code"] = True
    return r


ROWS = [
    row(1, True, ["warnings"], [], DL, "zh",
        "这家火锅底料厂最近有莫得啥子新冒出来的官司或者被执行？",
        "lawsuits / enforcement of the borrower in focus"),
    row(2, True, ["score"], [], DL, "zh",
        "评分呢",
        "one-word follow-up asking for the score"),
    row(3, True, ["invoice_summary"], [], DL, "zh",
        "那开票嘞",
        "one-word follow-up asking for invoices"),
    row(4, True, ["invoice_summary"], ["documents"], HXW, "zh",
        "尽调报告里我写的是'2025年度营业收入约3860万元，主要客户为本地连锁火锅店及商超'，你帮我拿开票数据对一哈，差得多不多？客户是不是对得上？",
        "compare a stated revenue / customer claim with invoices; the pasted report line makes documents only a re-check"),
    row(5, False, ["regulations"], [], ZZ, "zh",
        "保证合同里头没约定保证期间的话，保证期间是好久？一般保证和连带责任保证一样不？",
        "guarantee period by law, no borrower"),
    row(6, False, ["regulations"], [], TCM, "zh",
        "我们代偿了以后向债务人追偿，诉讼时效从哪天开始算？是代偿那天还是银行宣布到期那天？",
        "limitation period for the guarantor's recourse claim"),
    row(7, True, ["documents"], [], YF, "zh",
        "贵司给这户出的担保承诺函，我们行这边要确认下担保比例是不是8成、担保期限到哪天，你们存的那份上咋个写的？",
        "what our stored guarantee letter says"),
    row(8, True, ["rate_check"], ["regulations", "documents"], LJC, "zh",
        "银行给他执行的是年利率3.85%，我们担保费收1%，他又说中介收了一个点的服务费，综合融资成本算下来好多？超没超政策红线哦？",
        "stated rates and fees, asks whether the combined cost passes the cap; contract would only confirm"),
    row(9, True, ["contract_check"], ["rate_check", "regulations", "contract_review"], ZZ, "zh",
        "我们跟他签的反担保抵押合同第五条是这样写的：「反担保人自愿以其名下位于成都市新都区大丰街道桂湖花园6栋2单元1502号房产向担保人提供抵押反担保，抵押担保范围包括担保人代偿的全部款项、自代偿之日起按日万分之五计算的资金占用费以及担保人实现债权的费用（包括但不限于律师费、诉讼费、保全费、差旅费）。」这个担保范围写得全不全？差旅费这些能不能主张？",
        "pasted clause from our stored counter-guarantee contract, question about scope not the rate"),
    row(10, True, ["rate_check"], ["regulations", "documents"], TCM, "zh",
        "银行代偿通知书上写的逾期罚息是在原利率基础上加收50%，原利率4.2%，再加复利，这样算高不高嘛？我们代偿的时候罚息部分要认不？",
        "stated penalty-rate figures and whether they are too high / payable"),
    row(11, True, ["warnings", "score", "invoice_summary"], [], LJC, "zh",
        "这户要续保，周五上评审会。评分、预警、开票三样给我拉一哈，我先心里有个数。",
        "renewal pre-read: score, warnings and invoices all asked for"),
    row(12, True, ["documents"], [], JT, "zh",
        "上次评审会纪要里头对这户提的附加条件是啥子来着？是不是要求追加实控人配偶的连带？",
        "what the stored committee minutes say"),
    row(13, False, ["regulations"], ["documents"], JT, "zh",
        "评审会表决的时候，跟项目有关联的评委要不要回避？这个是法律上有硬性规定还是只是我们内部制度？",
        "law on conflicts in guarantee review; internal rules in the tenant's files would help"),
    row(14, True, ["warnings"], [], LJ, "zh",
        "新都那几家做家具的互相担保，这家在不在那个圈圈里头？",
        "guarantee circle among Xindu furniture firms"),
    row(15, True, ["warnings", "documents"], [], LJ, "zh",
        "老板拍胸口说厂里社保人数一个都没减，你看下预警里有没有社保人数下降的，再对一下他交上来的社保缴纳证明。",
        "social-insurance warning plus the uploaded certificate"),
    row(16, True, ["contract_review"], ["documents", "regulations"], ZZ, "zh",
        "我们跟这家签的委托担保合同，有没有啥子条款是无效的或者对我们不利的？帮我整体过一遍。",
        "review of our stored entrusted-guarantee contract"),
    row(17, True, ["contract_review"], ["documents", "regulations"], ZZ, "zh",
        "银行那份借款合同利率和收费那块有没有问题？我没细看，帮我审一下。",
        "legality of the stored loan contract's rates without stating them"),
    row(18, True, ["regulations"], ["documents"], TCM, "zh",
        "追偿案判下来了，判决书写的是：「被告成都蜀滋源物流有限公司于本判决生效之日起十日内向原告支付代偿款2,416,800元及资金占用费；驳回原告对被告张某某的其他诉讼请求。」张某某是股东，签了连带反担保的，为啥子会驳回对他的请求？一般是啥子原因？",
        "pasted judgment (not contract text); why a counter-guarantor claim is dismissed is a law question; the signed contract could help"),
    row(19, True, ["documents"], [], YF, "zh",
        "我们行的放款通知书：'借款人：成都蜀味坊食品有限公司；放款金额：300万元；期限：12个月；担保方式：贵司提供连带责任保证，担保比例80%'。跟你们出的担保意向书对得上不？",
        "compare pasted notice with our stored letter of intent"),
    row(20, False, ["regulations"], [], LJC, "zh",
        "融资担保公司的放大倍数上限到底是好多倍？对小微和三农的业务是不是可以放宽到15倍？",
        "leverage cap for financing-guarantee companies"),
    row(21, True, ["contract_check"], ["regulations"], LJC, "zh",
        "银行准备让我们签的最高额保证合同，第二条写的是：「保证人为债务人自2026年1月1日至2028年12月31日期间与债权人签订的全部借款合同、银行承兑协议、保函协议项下的债务提供最高额连带责任保证，最高债权额为人民币伍佰万元整，包括上述期间之前已发生但尚未清偿的债务。」把以前的旧账也纳进来了，我们签了是不是连旧账一起担了？",
        "pasted clause of a contract not yet signed; question about scope"),
    row(22, True, ["warnings", "documents"], [], TCM, "zh",
        "这户已经代偿了，准备追偿。先看下他和两个股东名下还有没有别的被执行、限高，然后把反担保房产的抵押登记证明从档案里翻出来。",
        "enforcement status plus the stored registration certificate"),
    row(23, True, ["warnings"], [], DL, "zh",
        "他家这个月用电是不是一下子掉了好多哦？怕是停产了，预警里头有没有显示",
        "utilities warning"),
    row(24, True, ["invoice_summary", "warnings"], [], DL, "zh",
        "他家开票是不是遭断崖了？红冲多不多？预警那边有没有出发票骤降的提示？",
        "invoice figures plus the invoice-collapse warning"),
    row(25, True, ["score"], [], HXW, "mixed",
        "今年保前的KPI压得紧，这户评分好多档？分数低主要是扣在哪几项？",
        "score and its reasons"),
    row(26, False, ["rate_check"], ["regulations"], LJC, "zh",
        "茶叶合作社有个社员跟我说他找私人借了点钱周转，'一万块一个月两百五'，这个算不算高利贷？",
        "stated informal rate, asks about its level"),
    row(27, False, ["contract_check"], ["regulations"], ZZ, "zh",
        "银行发过来的保证合同模板第六条：「保证人的保证期间为主合同项下债务履行期限届满之日起三年。如主合同项下债务分期履行，则对每期债务而言，保证期间均至最后一期债务履行期限届满之日起三年。债权人与债务人协议展期的，保证期间至展期协议重新约定的债务履行期限届满之日起三年，保证人对此无需另行同意。」展期不要我们同意，这条我们能接受不？",
        "pasted bank template clause, not yet ours"),
    row(28, True, ["rate_check"], ["regulations"], LJ, "zh",
        "他去年续贷的时候找的过桥，转贷公司收的是日千分之一，用了12天，这个费率合不合法？",
        "stated bridge-loan fee, asks legality"),
    row(29, True, ["contract_check", "rate_check"], ["regulations"], HXW, "zh",
        "尽调的时候在他办公室看到一张借条，我抄下来了：「今借到李德明人民币伍拾万元整，借期六个月，月利率百分之二点五，到期一次还本付息。逾期未还的，每日按借款总额千分之三支付违约金，借款人以其持有的成都锦木居家具有限公司30%股权作为担保。」这个利息和违约金哪些超了？",
        "pasted IOU text and the question is about its rates"),
    row(30, False, ["regulations"], [], LJC, "zh",
        "再担保这块，省再担保跟我们分险的比例一般咋个定的？有没有文件规定？",
        "re-guarantee risk-sharing rules"),
    row(31, True, ["score"], [], LJC, "zh",
        "这户分数咋个比去年低了一档？",
        "score change and reasons"),
    row(32, True, ["contract_review"], ["documents", "regulations"], ZZ, "zh",
        "反担保房产抵押那份合同有没有写漏啥子？那套房子是不是夫妻共有的，配偶签没签字这种瑕疵帮我一起看下。",
        "review of stored counter-guarantee mortgage contract for defects"),
    row(33, False, ["warnings"], [], DL, "zh",
        "91510115MAACK1P2XY 这家有莫得失信或者限高？",
        "names a firm by code; enforcement warnings",
        names_code=True),
    row(34, True, ["invoice_summary"], [], LJ, "zh",
        "前五大客户是哪几家？是不是都集中在一两家火锅连锁上？",
        "top customers from invoices"),
    row(35, True, ["documents", "regulations"], [], ZZ, "zh",
        "反担保合同里约定的争议解决是仲裁还是诉讼？我记得写的是'提交成都的仲裁机构'，这种写法有效没有？",
        "what the stored contract says plus how the law treats the clause"),
    row(36, True, ["rate_check"], ["regulations", "documents"], LJC, "mixed",
        "银行这笔贷款年化4.35%，我们担保费0.8%，银行还塞了个财务顾问费1.5%，ok不ok？合起来算会不会超？",
        "stated rate and fees, combined-cost question"),
    row(37, True, ["contract_review", "warnings"], ["documents", "regulations"], LJC, "zh",
        "这户的合同审一下，顺便看下两个股东最近是不是遭了限高。",
        "contract review plus enforcement warnings"),
    row(38, False, ["contract_check"], ["regulations"], ZZ, "zh",
        "股权质押反担保合同初稿（还没签，我在改）：「出质人以其持有的成都川香阁调味品有限公司45%的股权（对应认缴出资额450万元）为委托人履行本合同项下义务向担保人提供质押反担保，质押期间出质人不得转让或再次质押该股权，质权自本合同签订之日起设立。」质权自签订之日设立，这个写法对不对？",
        "pasted draft clause; not a stored contract"),
    row(39, True, ["score", "warnings"], [], HXW, "zh",
        "分是82分，但我听说老板在外头到处借钱，好几家银行都有，评分里头把多头算进去没有？",
        "score reasons plus multi-lender warnings"),
    row(40, False, ["regulations"], [], TCM, "zh",
        "追偿能不能直接起诉反担保人，不先告债务人？反担保人能不能说你先去执行债务人？",
        "counter-guarantor liability and order of recourse"),
    row(41, True, ["invoice_summary", "documents"], [], HXW, "zh",
        "他报给我们的财务报表营收跟开票数据差好多？报表在资料里，去年那份。",
        "compare stored statements with invoices"),
    row(42, True, ["contract_check", "rate_check"], ["contract_review", "regulations"], ZZ, "zh",
        "这是我们委托担保合同第十二条原文：「担保人履行代偿责任后，有权要求委托人立即归还全部代偿款项，并自代偿之日起按代偿金额的每日千分之一向担保人支付违约金，同时委托人应承担担保人为实现追偿权而支付的律师费、诉讼费、保全费、公告费、执行费等全部费用。」每天千分之一的违约金是不是太高了，法院会不会调？",
        "pasted clause from our stored contract; question is about its rate"),
    row(43, True, ["warnings", "documents"], [], LJ, "zh",
        "征信查询次数最近三个月多不多？是不是在到处找钱哦，他交上来那份征信报告上的查询记录也对一下。",
        "many-enquiries warning plus the uploaded credit report"),
    row(44, False, ["invoice_summary"], [], LJ, "zh",
        "91510100MA62Q7TL89 这家物流公司去年开票总额好多？",
        "names a firm by code; invoices",
        names_code=True),
    row(45, True, ["documents"], [], HXW, "zh",
        "营业执照和章程里头股东是哪几个，出资比例各好多？",
        "stored licence and articles"),
    row(46, False, ["regulations"], [], ZZ, "zh",
        "公司对外担保没得股东会决议，只有法人签字盖章，这种担保合同效力咋个认定？",
        "corporate guarantee authority rules"),
    row(47, True, ["score", "contract_review"], [], JT, "zh",
        "评审会要材料：这户的评分结论和合同审查意见一起出给我，我放到会议材料里。",
        "score plus stored contract review"),
    row(48, True, ["warnings"], [], LJ, "zh",
        "这是第几次续贷了？有没有借新还旧的迹象？",
        "roll-over count"),
    row(49, True, ["rate_check"], ["regulations", "documents"], TCM, "zh",
        "我们代偿款的资金占用费按年利率24%找他主张，法院支持得到不？反担保合同是这么约定的。",
        "stated rate and whether a court upholds it"),
    row(50, False, ["contract_check"], ["regulations"], YF, "zh",
        "我们行跟贵司银担合作协议草稿里有这条：「本合同项下贷款发生风险时，乙方（担保机构）承担代偿责任比例为80%，甲方（银行）承担20%。甲方应在借款人逾期超过60日后向乙方发出代偿通知，乙方应在收到通知之日起10个工作日内完成代偿，逾期代偿的按日支付违约金。」逾期60天才通知，你们那边有没有意见？",
        "pasted bank-guarantee cooperation clause"),
    row(51, True, ["invoice_summary"], [], LJC, "zh",
        "生意咋样嘛最近",
        "business = invoices"),
    row(52, True, ["warnings"], ["documents"], YF, "zh",
        "我们行系统里看到他在另外两家行也有流贷，你们那边预警有多头没有？还有他给别家担保的情况",
        "multi-lender borrowing and guarantee circle"),
    row(53, True, ["regulations"], ["warnings"], TCM, "zh",
        "股东已经遭限高了，我们的反担保保证还追得到他不？限高对追偿有啥子影响？",
        "fact stated in message; law question on recourse"),
    row(54, True, ["documents"], ["warnings"], DL, "zh",
        "预警说这户有一笔被执行，跟他去年签的'无未结诉讼及被执行承诺书'对不上，把那份承诺书找出来我看下原话。",
        "warning stated by asker; stored undertaking needed"),
    row(55, True, ["score"], ["warnings"], LJ, "zh",
        "这个分数准不准哦？他家莫得官司莫得欠税，咋个才62分？",
        "score reasons; asker states no lawsuits so warnings only re-confirm"),
    row(56, False, ["regulations"], ["rate_check"], LJC, "zh",
        "政府性融资担保机构的担保费率有没有规定上限？我们现在对新客户一般收1%，听说要降。",
        "asks what the policy cap on guarantee fees is; the 1% is context, so rate_check only optional"),
    row(57, False, ["regulations"], [], LJC, "zh",
        "过桥资金我们担保公司自己能不能出？有客户天天来问",
        "permitted business scope"),
    row(58, True, ["contract_check"], ["regulations", "contract_review", "documents"], ZZ, "zh",
        "实控人配偶那份保证书里有这句：「本人确认对借款人在主合同项下的全部债务承担连带保证责任，并同意本合同所担保的债务为借款人实际控制人及本人的夫妻共同债务，本人自愿放弃一切抗辩权，包括先诉抗辩权及主债务人所享有的全部抗辩权。」放弃一切抗辩权，这样签有效没有？",
        "pasted guarantee wording; it may also sit in our files, so contract_review / documents optional"),
    row(59, True, ["contract_review", "invoice_summary"], ["documents"], HXW, "zh",
        "应收账款质押那份反担保合同审一下，另外质押的应收账款对应那几个客户，开票里头最近还有没有在开？",
        "stored pledge contract review plus invoice check"),
    row(60, True, ["score", "invoice_summary"], [], LJ, "zh",
        "分低主要是开票下滑造成的吗？把开票数据和评分原因对一下。",
        "score reasons compared with invoices"),
    row(61, False, ["regulations"], [], TCM, "zh",
        "代偿以后我们取得的是啥子权利？是承接银行的债权还是自己的追偿权？银行原来的抵押能不能转给我们？",
        "subrogation vs recourse"),
    row(62, True, ["rate_check"], ["regulations", "documents"], ZZ, "zh",
        "LPR四倍现在是好多？我们反担保合同约定的违约金是按日万分之八算，超没超？",
        "stated rate vs 4x LPR"),
    row(63, True, ["documents"], ["warnings"], HXW, "zh",
        "他交的征信报告上对外担保余额好多？有几笔？",
        "what the uploaded credit report says"),
    row(64, True, ["score", "warnings", "invoice_summary"], [], DL, "zh",
        "保后季度检查表要填：分数、预警、开票这三样都要，有变化的标出来。",
        "quarterly post-loan check needs all three"),
    row(65, False, ["score"], ["regulations"], HXW, "zh",
        "93510182MA6B4NW7YN 彭州那个茶叶合作社评分好多？够不够得上政策性1%的费率？",
        "names a cooperative by code; score",
        names_code=True),
    row(66, True, ["contract_check"], ["regulations", "contract_review", "documents"], TCM, "zh",
        "我们的个人反担保合同是这么写的：「反担保保证人王建国、陈丽对委托人在《委托担保合同》项下的全部债务承担连带责任保证，保证期间为担保人代偿之日起两年，反担保保证人之间相互承担连带责任，担保人可以要求任一反担保保证人承担全部责任。」要是银行通知晚了我们代偿也晚了，这个两年咋个算？会不会过期？",
        "pasted clause from our stored contract, period question"),
    row(67, True, ["documents"], [], TCM, "zh",
        "借条照片上写的金额好多，借款人那栏是哪个签的字？",
        "what a stored IOU photo says"),
    row(68, True, ["contract_check", "rate_check"], ["regulations", "documents"], LJ, "zh",
        "他去年续贷跟转贷公司签的过桥协议，关键那段是：「甲方（出借人）向乙方提供转贷过桥资金人民币贰佰万元整，使用期限不超过十五日，乙方按每日借款金额的千分之一点五支付资金使用费，另于放款当日一次性支付借款金额2%的服务费，逾期未还的每日加收千分之三。」费用加起来年化好多？超没超？",
        "pasted bridge-loan agreement and the question is about its rates"),
    row(69, False, ["contract_review"], ["documents", "regulations"], ZZ, "zh",
        "91510114MA6C8XKP28 新都这家家具厂，存的保证合同和反担保合同帮我过一遍，看有没有瑕疵。",
        "names a firm by code; review of its stored contracts",
        names_code=True),
    row(70, True, ["documents"], [], LJ, "zh",
        "房产评估报告的评估值好多？按七折算抵押率够不够覆盖我们的担保额？",
        "stored valuation report; the rest is arithmetic"),
    row(71, True, ["invoice_summary"], [], HXW, "zh",
        "销项和进项对比一哈，毛利大概好多？",
        "sales vs purchases from invoices"),
    row(72, True, ["warnings", "documents"], [], DL, "zh",
        "担保圈里头他联保的那几家最近有没有哪家出事？联保协议上写的是哪几家也翻出来对一下。",
        "guarantee circle warnings plus the stored joint-guarantee agreement"),
    row(73, True, ["contract_check"], ["regulations", "contract_review", "documents"], ZZ, "zh",
        "银行借款合同第十八条：「借款人或其关联方在其他金融机构发生逾期、欠息或被提起诉讼、仲裁的，贷款人有权宣布本合同项下全部借款提前到期，并要求保证人立即履行保证责任，保证人不得以主债务尚未到期为由进行抗辩。」交叉违约写这么宽，关联方被起诉也算，我们担保这边风险大不大？",
        "pasted clause from the stored loan contract"),
    row(74, False, ["regulations"], [], LJC, "mixed",
        "银行那边KPI考核紧，要求我们代偿时限缩短到5个工作日，合作协议里这么约定法律上有没有限制？",
        "law question; English word"),
    row(75, True, ["warnings"], [], LJC, "zh",
        "老板微信发过来：「刘总，那个官司是供应商乱告的，已经和解了，不影响的，你们放心」，你看下这个案子现在到底啥子状态。",
        "checking a lawsuit's status against the boss's claim"),
    row(76, True, ["contract_check", "regulations"], [], ZZ, "zh",
        "银行要我们出个保函，文本是：「本保函项下担保人的担保责任为见索即付，受益人只需提交书面索赔通知及借款人违约的声明即可要求担保人付款，担保人不得以基础合同项下的任何抗辩事由拒绝付款。本保函有效期至2027年6月30日。」我们是政府性融资担保公司，能不能开这种独立保函？",
        "pasted guarantee text plus whether our licence allows it (beyond the clause)"),
    row(77, True, ["documents", "regulations"], [], ZZ, "zh",
        "股东会决议上只有两个股东签字，第三个股东（占30%）没签，对外担保的决议这样有效不？决议在档案里",
        "what the stored resolution shows plus corporate-law rules"),
    row(78, False, ["contract_review"], ["documents", "regulations"], ZZ, "zh",
        "91510112MA69RFG03C 做软件外包那家，委托担保合同里的担保费和违约金条款有没有问题？",
        "names a firm by code; stored-contract terms legality without stated rates",
        names_code=True),
    row(79, True, ["invoice_summary", "score"], [], YF, "zh",
        "我们行要看下他近12个月的开票，够不够支撑300万的授信？贵司给他打的分也发我看下。",
        "invoices for credit sizing plus the score"),
    row(80, True, ["rate_check", "regulations"], [], LJC, "zh",
        "老板微信：「刘总，银行说续贷要先还旧的，我找了个过桥，月息3个点，用半个月，你们担保公司能不能帮我垫一哈？」月息3个点正不正常？我们能不能帮他垫？",
        "stated rate plus permitted-business question"),
    row(81, True, ["contract_review"], ["documents", "regulations"], LJ, "zh",
        "物流公司那份车辆抵押反担保合同，抵押登记那块合不合规，有没有风险点？",
        "review of a stored contract"),
    row(82, True, ["documents", "regulations"], ["contract_review"], HXW, "zh",
        "续保的话原来那份最高额反担保合同还管不管用？帮我看下合同里最高额和决算期是咋个约定的。",
        "what the stored contract says plus how the law treats a renewal"),
    row(83, True, ["contract_review"], ["documents", "regulations"], LJC, "mixed",
        "老板说明年准备搞IPO，要求我们把股权质押的反担保解了换成别的。现在这份股权质押反担保合同有没有风险？解押条款写得合不合理？",
        "review of the stored pledge contract"),
    row(84, True, ["contract_review", "warnings"], ["documents", "regulations"], ZZ, "zh",
        "听说反担保抵押的那套房子遭其他法院查封了。我们那份抵押反担保合同还靠不靠得住，帮我审一下有没有漏洞；顺便看下查封是哪个案子引起的。",
        "stored contract review plus the lawsuit / enforcement behind the attachment"),
    row(85, True, ["contract_check"], ["regulations", "documents"], LJ, "zh",
        "他们拿这个劳务分包合同的应收款给我们质押，合同里写的是：「分包款按月结算，总包方在收到业主工程款后30日内向分包方支付已完工程量的70%，余款待工程竣工验收合格并结算审计完成后一年内付清。分包方不得将本合同项下债权转让给任何第三方。」写了不得转让，质押还有没有效？",
        "pasted subcontract clause (the borrower's, not our contract)"),
    row(86, True, ["invoice_summary"], [], LJC, "mixed",
        "他们说今年要引PE，估值按营收的两倍算，营收到底好多？看开票。",
        "revenue from invoices"),
    row(87, True, ["score"], [], DL, "zh",
        "打几分？",
        "short score question"),
    row(88, True, ["score"], [], JT, "zh",
        "评级落在哪个档？够不够上评审会的门槛，我们要求B档以上。",
        "score band"),
    row(89, True, ["score"], [], DL, "mixed",
        "把这户评分扣分的原因整理一下，我要贴到保后excel表里。",
        "score reasons; English word"),
    row(90, True, ["score", "documents"], [], HXW, "zh",
        "评分出来是C档，可他交的审计报告利润还可以噻，你看下审计报告里写的净利润是好多，跟评分对比下咋个回事。",
        "score plus stored audit report"),
    row(91, True, ["invoice_summary", "warnings"], [], DL, "zh",
        "红字发票咋个这么多？是啥子情况？税务那边有没有欠税的预警？",
        "red-letter invoices plus tax-arrears warning"),
    row(92, True, ["documents"], [], YF, "zh",
        "保证合同的编号发我一下嘛，我们放款审批要填。",
        "stored contract number"),
    row(93, True, ["documents", "regulations"], [], TCM, "zh",
        "银行的代偿通知书是哪天发给我们的？我们这边拖了半个月才代偿，超过合作协议约定的期限了，这段时间的利息罚息我们要不要担？",
        "date from stored notice plus law on late payment"),
    row(94, False, ["regulations"], [], ZZ, "zh",
        "公司章程规定股权不得质押，股东拿股权给我们做反担保质押，还有效不？",
        "articles restricting pledge vs pledge validity"),
    row(95, True, ["warnings", "invoice_summary", "documents"], [], DL, "zh",
        "保后现场走了一趟，厂里机器停了一半。你把预警、开票都看一下，再把他上个月交的水电缴费单找出来，我写保后报告。",
        "post-loan report needs warnings, invoices and the stored utility bills"),
    row(96, False, ["rate_check"], ["regulations", "contract_review", "documents"], YF, "zh",
        "91510107MA6CUJ4H5M 这家借款合同上执行利率是LPR+300BP，现在一年期LPR 3.0%，加上贵司担保费1%，算下来合规不？",
        "names a firm by code; stated rate and fee vs caps",
        names_code=True),
    row(97, True, ["rate_check", "regulations"], ["documents"], TCM, "zh",
        "展期以后银行把利率从4.1%调到了6.5%，我们没签字同意。6.5%这个利率本身有没有问题？调高那部分我们担保这边还要不要担？",
        "stated rate plus guarantor liability for an increase it did not consent to"),
    row(98, True, ["contract_review", "warnings"], ["documents"], JT, "mixed",
        "评审会前再确认下：这户在保合同审查有没有问题，预警里有没有新东西？没得的话就ok了",
        "contract review plus warnings"),
    row(99, False, ["documents"], [], LJ, "zh",
        "92510124MA6D3RJ013 这个个体户的结婚证和配偶同意担保的声明交没交？",
        "names a sole trader by code; stored papers",
        names_code=True),
    row(100, False, ["regulations"], [], TCM, "zh",
        "夫妻一方签的反担保保证，另一方不晓得，算不算夫妻共同债务？我们能不能执行他们共有的房子？",
        "spousal debt rules"),
]

QUOTED = re.compile(r"「([^」]*)」|“([^”]*)”|\"([^\"]*)\"|'([^']*)'")
CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
CODE = re.compile(r"(?<![0-9A-Z])[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Z])")


def code_ok(code: str) -> bool:
    s = sum(CHARS.index(c) * w for c, w in zip(code[:17], WEIGHTS))
    return CHARS[(31 - s % 31) % 31] == code[17]


def longest_quote(text: str) -> int:
    return max((len(next(g for g in m.groups() if g is not None)) for m in QUOTED.finditer(text)), default=0)


def check(rows: list[dict]) -> None:
    assert len(rows) == 100, len(rows)
    assert [r["id"] for r in rows] == [f"cqk-{n:03d}" for n in range(1, 101)]
    assert len({r["question"] for r in rows}) == 100, "duplicate question"
    for r in rows:
        needs, opt = set(r["needs"]), set(r["optional"])
        assert needs and needs <= set(SOURCES) and opt <= set(SOURCES), r["id"]
        assert len(needs) == len(r["needs"]) and len(opt) == len(r["optional"]), r["id"]
        assert not needs & opt, r["id"]
        assert r["lang"] in ("zh", "en", "mixed"), r["id"]
        assert r["asker"] and r["note"], r["id"]
        codes = CODE.findall(r["question"])
        if r.get("names_code"):
            assert not r["borrower_in_focus"], r["id"]
            assert len(codes) == 1 and code_ok(codes[0]), (r["id"], codes)
        else:
            assert not codes, (r["id"], codes)
        if "contract_check" in needs:
            assert longest_quote(r["question"]) >= 80, (r["id"], longest_quote(r["question"]))
    needs_count = Counter(s for r in rows for s in r["needs"])
    for s in SOURCES:
        assert needs_count[s] >= 12, (s, needs_count[s])
    assert sum(len(r["needs"]) > 1 for r in rows) >= 25
    assert sum(r["needs"] == ["regulations"] for r in rows) >= 10
    assert sum(len(r["needs"]) == 1 and r["needs"][0] in BORROWER_SOURCES for r in rows) >= 10


def main() -> None:
    rows = ROWS
    check(rows)
    out = Path(__file__).with_name("cases.jsonl")
    with out.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    needs = Counter(s for r in rows for s in r["needs"])
    opt = Counter(s for r in rows for s in r["optional"])
    print(f"wrote {len(rows)} rows to {out}")
    print("source            needs  optional")
    for s in SOURCES:
        print(f"{s:17s} {needs[s]:5d} {opt[s]:8d}")
    print("multi-need rows:", sum(len(r["needs"]) > 1 for r in rows))
    print("regulations-only rows:", sum(r["needs"] == ["regulations"] for r in rows))
    print("single borrower-source rows:",
          sum(len(r["needs"]) == 1 and r["needs"][0] in BORROWER_SOURCES for r in rows))
    print("names_code rows:", sum(bool(r.get("names_code")) for r in rows))
    print("langs:", dict(Counter(r["lang"] for r in rows)))
    print("askers:", dict(Counter(r["asker"] for r in rows)))
    print("focus:", dict(Counter(str(r["borrower_in_focus"]).lower() for r in rows)))
    print("contract_check quote lengths:",
          sorted(longest_quote(r["question"]) for r in rows if "contract_check" in r["needs"]))


if __name__ == "__main__":
    main()
