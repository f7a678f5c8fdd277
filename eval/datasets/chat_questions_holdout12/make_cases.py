"""Build cases.jsonl for chat_questions_holdout12 (author 14). Rows are held literally below, written by hand.

Run: /work/main/.venv/bin/python eval/datasets/chat_questions_holdout12/make_cases.py
Validates the rows (see SOURCE.md) and writes cases.jsonl (sorted keys, UTF-8, one object per line).
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

MA = "马建军（信贷部经理）"
LI = "客户经理 李彦虎"
ZHANG = "客户经理 张丽霞"
XL = "客户经理 马小龙"
WANG = "客户经理 王强"
RISK = "风险经理 王建平"
POST = "贷后 杨彩霞"
HANG = "行长 赵德明"
AUDIT = "省联社审计 刘斌"


def r(n, question, focus, needs, optional, asker, note, lang="zh", names_code=False):
    row = {"id": f"cqm-{n:03d}", "question": question, "borrower_in_focus": focus, "needs": needs,
           "optional": optional, "asker": asker, "lang": lang, "note": note}
    if names_code:
        row["names_code"] = True
    return row


ROWS = [
    r(1, "这家有么有预警", True, ["warnings"], [], ZHANG, "short anything-wrong follow-up on the borrower in focus"),
    r(2, "分呢", True, ["score"], [], ZHANG, "two-character follow-up asking the score"),
    r(3, "开票咋样", True, ["invoice_summary"], [], ZHANG, "short follow-up on invoicing"),
    r(4, "牛羊活体抵押到底有效么有？法律上咋说的，抵押的牛要是病死了，抵押权咋整", False, ["regulations"], [], MA,
      "general law: movable (livestock) mortgage validity and loss of the collateral"),
    r(5, "马占林这户的活体抵押登记证明传上来么有 登记的是多少头牛", True, ["documents"], [], XL,
      "what the stored registration certificate says"),
    r(6, "登记证明上就一行“抵押物：西门塔尔杂交肉牛叁拾伍头，耳标号详见附表”，附表咱系统里传了么有？要是么有附表，这个抵押登记还算数不",
      True, ["documents", "regulations"], [], RISK,
      "whether the attachment is in the file (documents) and whether the registration stands without it (law); "
      "the quoted line is a certificate line, not clause text"),
    r(7, "富民贷这个客户嫌贵，说年化百分之七点八太高了，这个到底算高不，现在LPR是多少", True, ["rate_check"],
      ["regulations"], WANG, "stated rate and a question about its level"),
    r(8, "有个农户找私人借了钱，借条上写的月息三分，现在还不上了叫人家告了，三分的利息法院认不认", False, ["rate_check"],
      ["regulations"], LI, "stated private-lending rate (月息三分) against the cap"),
    r(9, "这是咱富民贷借款合同第十二条，客户看了说是霸王条款，你看写得有么有毛病：“第十二条 借款人未按期归还借款本息的，"
      "贷款人有权自逾期之日起按借款利率加收百分之五十计收罚息，对不能按时支付的利息按罚息利率计收复利；借款人同意贷款人"
      "可以从其在贷款人处开立的任何账户中直接扣划应还款项，无需另行通知借款人。”", True, ["contract_check"],
      ["contract_review", "rate_check", "regulations"], MA,
      "pasted clause from our stored contract, general fairness question; the clause holds a penalty rate but the "
      "question is not about its level"),
    r(10, "这户的牛羊抵押合同 抵押物就写了个“肉牛若干头” 么写耳标也么写品种 这合同有么有毛病", True,
      ["contract_review"], ["documents", "regulations"], RISK,
      "is our stored mortgage contract defective, text not pasted (a 5-character fragment only)"),
    r(11, "把这户的征信报告翻出来看一哈，在几家银行有贷款，逾期过么有", True, ["documents"], ["warnings"], ZHANG,
      "read the uploaded 征信 report; multi-lender warnings would confirm"),
    r(12, "行长问这户能不能续贷，你把分、预警、开票都看一哈，下午贷审会要说", True,
      ["score", "warnings", "invoice_summary"], [], MA, "three sources named explicitly"),
    r(13, "92620503MA7H3N9E6T 这个户 他拿来一份在外头小贷公司签的合同 里头写着“借款人在借款期间如发生任何一期逾期，"
      "出借人有权宣布全部借款立即到期，并按未还本金的百分之二十一次性收取违约金，借款人同意出借人将逾期信息推送至其通讯录"
      "联系人及所在单位。”逾期一期就全部到期 还要给通讯录的人发 这合法么 再看看这户在外头还借了几家", False,
      ["contract_check", "warnings"], ["regulations", "rate_check"], WANG,
      "pasted outside-lender clause (acceleration, contact-list collection) plus multi-lender question on the coded "
      "borrower; the 20% penalty is in the clause but the question is about acceleration and collection",
      names_code=True),
    r(14, "订单农业贷款 龙头企业给农户提供担保 它是有限公司 对外担保要不要股东会决议 么得决议担保有效不", False,
      ["regulations"], [], RISK, "general law: company guarantee and shareholders' resolution"),
    r(15, "陇果农业给咱订单农业那一批农户出的担保，股东会决议档案里有么有？么有的话这担保咋算", True,
      ["documents", "regulations"], ["contract_review"], POST,
      "is the resolution in the file, and what the law makes of its absence"),
    r(16, "91621102MA72B8TJ3L 岐黄中药材购销有限公司 上个月销项多少 当归黄芪收购季进项是不是大得很", False,
      ["invoice_summary"], [], LI, "sales and purchase invoices of a borrower named by code", names_code=True),
    r(17, "这户评级咋是C档 哪几条扣的分", True, ["score"], [], XL, "score band and its reasons"),
    r(18, "审计提个问题：借款人把贷款挪去还别的贷款，合同里约定了的话，我们能不能提前收回？请给出法条依据", False,
      ["regulations"], [], AUDIT, "general law: misuse of loan funds and early recall"),
    r(19, "他家这借款合同整体有么有啥毛病 担保条款啥的 你给过一遍", True, ["contract_review"],
      ["documents", "regulations"], WANG, "review of the stored contract, text not given"),
    r(20, "放贷中介在微信上发的：“日息万分之六，一万块一天六块钱，随借随还”，这个折成年化是多少，超了么有", False,
      ["rate_check"], ["regulations"], LI, "stated daily rate from a middleman's WeChat message, level question"),
    r(21, "这户的借款合同跟抵押合同期限对不上 借款三年 抵押只写了两年 这合同有漏洞么", True, ["contract_review"],
      ["documents", "regulations"], RISK,
      "is our stored contract set defective; the terms are stated, so documents only confirm"),
    r(22, "土地经营权抵押，果园是流转来的，流转合同还剩八年，能抵押么？要不要村集体或者承包户同意", False,
      ["regulations"], [], ZHANG, "general law: mortgage of transferred land-management rights"),
    r(23, "这户果园的土地流转合同 剩余期限写的是多少年 跟咱抵押期限对得上不", True, ["documents"],
      ["contract_review"], ZHANG, "what two stored documents say, compared"),
    r(24, "咱这户的果园抵押合同这么写的：“抵押人以其依法流转取得的位于麦积区甘泉镇的苹果园土地经营权共计二十六亩设定抵押，"
      "抵押期限自本合同签订之日起至主债权清偿完毕之日止，抵押期间抵押人未经抵押权人书面同意不得再流转该土地经营权，"
      "发包方已知悉并同意。”这么写行么 抵押期限要是超过流转剩下的年限咋办", True, ["contract_check"],
      ["regulations", "contract_review"], RISK, "pasted clause from our stored contract, validity question"),
    r(25, "白玉梅交来的情况说明，手写的我敲出来了：“本人白玉梅，在麦积区石佛镇种苹果十二亩，今年四月遭遇霜冻，坐果不到往年"
      "三成，收入大减，贷款到期无力偿还，恳请贵行给予展期一年，明年苹果下来一定还清。”她这情况能展期么？按规定展期最长能展"
      "多久？她以前展过期么有", True, ["regulations", "warnings"], ["documents"], POST,
      "extension rules (law/regulation) and extension history (warnings); the statement is pasted, so documents "
      "would only confirm; not clause text"),
    r(26, "法院寄来的执行通知书上写着“责令被执行人马哈儿于本通知送达之日起三日内履行（2024）甘0503执1287号民事调解书确定的"
      "义务”，这就是咱的客户马哈儿，他还有别的被执行么有，限高了么", True, ["warnings"], ["documents"], POST,
      "one enforcement is supplied; other enforcements / 限高 need warnings"),
    r(27, "法院要执行他抵押给咱的那批牛，咱是抵押权人，登记也办了，咱能优先受偿么，要不要去法院申报", True,
      ["regulations"], ["documents", "warnings"], RISK,
      "law on priority and procedure; registration is stated, documents/warnings would confirm"),
    r(28, "92620523MA7KQ4LB4L 这个个体户 开票咋样", False, ["invoice_summary"], [], WANG,
      "invoicing of a borrower named by code", names_code=True),
    r(29, "这家分数跟预警对不上啊 分挺高 可听说外头借了好几家的钱 你看一哈", True, ["score", "warnings"], [], RISK,
      "compare score with multi-lender warnings"),
    r(30, "担保人马福祥签的保证合同里有这一条：“保证人自愿放弃基于主合同及本合同所享有的一切抗辩权，无论债权人对主债务人的"
      "债权是否有其他担保，债权人均有权直接要求保证人承担全部保证责任，保证期间为主债务履行期限届满之日起三年。”放弃一切"
      "抗辩权这个有效么？再看一哈这户是不是在担保圈里，马福祥还给别家担保着么", True, ["contract_check", "warnings"],
      ["regulations", "contract_review"], RISK,
      "pasted clause from our stored guarantee contract plus a guarantee-circle question"),
    r(31, "兰州牛肉面馆那家 一天卖多少碗咱不知道 开票就那么一点点 生意到底咋样", True, ["invoice_summary"],
      ["documents"], XL, "business volume from invoices; uploaded statements could help"),
    r(32, "妇女创业担保贷款 贴息是财政全贴还是贴一半 个人最多能贷多少 贴几年", False, ["regulations"], [], ZHANG,
      "general policy on guaranteed start-up loans and interest subsidy"),
    r(33, "这个妇女创业担保贷款的客户 借款合同里利率写的多少 是不是LPR加点 超了贴息的利率上限么有", True,
      ["documents", "regulations"], ["contract_review"], MA,
      "no rate is stated: read it from the stored contract and compare with the subsidy policy cap (not a legal "
      "rate cap, so no rate_check)"),
    r(34, "鑫达建材经销部 进项销项差多少 是不是有虚开", True, ["invoice_summary"], ["warnings"], RISK,
      "purchase vs sales invoices; an invoice warning could help"),
    r(35, "咱合同里的送达条款是这么写的：“各方确认本合同首页载明的地址为各类通知、协议等文件以及就合同发生纠纷时相关文件和"
      "法律文书的送达地址，一方地址变更未书面通知对方的，按原地址送达即视为送达，邮件被退回之日即为送达之日。”这个以后打"
      "官司法院认不认？客户搬到兰州打工去了，寄不到咋整", True, ["contract_check"],
      ["regulations", "contract_review"], POST, "pasted service-address clause from our contract"),
    r(36, "这户分咋这么低 人老实得很 种了一辈子洋芋 是不是哪里弄错了", True, ["score"], ["warnings"], LI,
      "score reasons; warnings may explain"),
    r(37, "拖欠农民工工资 劳务分包的 总包单位要不要承担 法条是哪条", False, ["regulations"], [], WANG,
      "general law: wage arrears in subcontracting"),
    r(38, "宏发劳务的借款 保证人是老板两口子 保证合同上保证方式写的啥 一般保证还是连带 保证期间写了多长", True,
      ["documents"], ["contract_review", "regulations"], POST, "what the stored guarantee contract says"),
    r(39, "保证合同上么写保证方式 按民法典算一般保证还是连带责任保证", False, ["regulations"], [], POST,
      "general law: default guarantee type"),
    r(40, "咱这户的保证合同有么有瑕疵 保证期间约定得合不合法", True, ["contract_review"],
      ["documents", "regulations"], RISK, "legality of a stored contract term, text not given"),
    r(41, "咱这户保证合同是这么写的：“保证期间为自本合同生效之日起至主合同项下债务履行期限届满之日后两年止，如主合同展期的，"
      "保证期间相应顺延至展期后债务履行期限届满之日后两年，保证人对此无须另行签字确认。”展期了保证人不签字，保证期间能"
      "跟着顺延么", True, ["contract_check"], ["regulations", "contract_review"], POST,
      "pasted clause from our stored contract, validity question"),
    r(42, "一万块一个月三百 村里放账的人给的 这算不算高利贷", False, ["rate_check"], ["regulations"], LI,
      "stated rate as an amount per month"),
    r(43, "放高利贷的人犯法么 职业放贷人借出去的钱 借的人还要还么", False, ["regulations"], [], XL,
      "general law on professional lenders, no rate stated"),
    r(44, "一个放贷中介给我发微信：“马哥，你那边有要钱的客户介绍过来，我这三天放款，先扣百分之十的手续费，月息一分五，不看"
      "征信”。这个先扣的算下来实际利率多少 合法不", False, ["rate_check"], ["regulations"], MA,
      "stated rate plus upfront deduction; level question"),
    r(45, "这户近一年开票 每个月都是整数 八万十万的 有红冲么 你看一哈", True, ["invoice_summary"], [], RISK,
      "invoice pattern and red-letter reversals"),
    r(46, "他家开票top几个客户是谁 前三家占多少", True, ["invoice_summary"], [], WANG, "top customers",
      lang="mixed"),
    r(47, "这家分数咋降了 上个月还是B档", True, ["score"], ["warnings", "invoice_summary"], XL,
      "score change; the sources behind it could help"),
    r(48, "他家老是借新还旧 续贷几回了 这回还续不续", True, ["warnings"], ["score"], MA, "roll-over count"),
    r(49, "借新还旧 担保人不知道 担保人还担不担责任", False, ["regulations"], [], RISK,
      "general law: guarantor liability on refinancing"),
    r(50, "咱给他借新还旧那回 担保人签了同意书么有 档案里找一哈 么签的话担保人还担责么", True,
      ["documents", "regulations"], ["warnings"], POST, "file lookup plus the law if missing"),
    r(51, "这户申请二十万牛羊活体抵押贷 分 预警 合同审查都弄一哈 明天贷审会上我要听", True,
      ["score", "warnings", "contract_review"], ["documents"], HANG, "three named checks"),
    r(52, "审计：请调阅该户贷前调查报告和审批表，贷前调查有么有实地核查记录和照片", True, ["documents"], [], AUDIT,
      "stored file contents"),
    r(53, "审计抽查：这户贷款执行利率年化百分之十四点五，村镇银行贷款利率有上限么，超了么有", True, ["rate_check"],
      ["regulations", "documents"], AUDIT, "stated rate from the stored contract, level question"),
    r(54, "93621121MA73D5LP5L 通渭那个洋芋合作社 分多少 有么有风险", False, ["score", "warnings"], [], LI,
      "score and warnings of a borrower named by code", names_code=True),
    r(55, "合作社贷款 理事长签字就行了还是要成员大会决议 合作社对外担保呢", False, ["regulations"], [], LI,
      "general law on cooperatives"),
    r(56, "洋芋合作社今年卖了多少 跟去年比咋样 分跟着变了么有", True, ["invoice_summary", "score"], [], LI,
      "sales and score"),
    r(57, "审计：抽查的这户合同 罚息 复利条款 合规不合规", True, ["contract_review"], ["documents", "regulations"],
      AUDIT, "legality of stored contract terms, no rate stated"),
    r(58, "农家乐那户房子是宅基地上盖的 能不能抵押给咱 法律咋规定的", True, ["regulations"], ["documents"], ZHANG,
      "law on homestead houses as collateral; the fact is stated"),
    r(59, "赶紧看一哈 这户是不是被限高了 客户说买不上火车票", True, ["warnings"], [], XL, "限高 check"),
    r(60, "已经限高了的人 还能给他放贷么 法律上有么有禁止", True, ["regulations"], ["warnings"], XL,
      "law question; the 限高 is stated so warnings only confirm"),
    r(61, "一个客户拿来的外头借款平台的合同，你算一哈利息加服务费加起来超么超：“借款月利率为千分之十二，按月付息到期还本；"
      "借款人另须按月支付综合服务费，费率为借款本金的百分之零点八，在放款时由出借人一次性从借款本金中预先扣收；逾期的，"
      "按日千分之一计收逾期利息。”", False, ["contract_check", "rate_check"], ["regulations"], WANG,
      "pasted clause, question is whether its rates and fees are too high"),
    r(62, "app上这户的分跟打印出来的对不上 到底多少分", True, ["score"], [], POST, "score", lang="mixed"),
    r(63, "这户借款合同上担保人的签字 像是代签的 把合同扫描件调出来看一哈", True, ["documents"], [], RISK,
      "open the stored scan"),
    r(64, "合同上担保人是别人代签的 本人不认账 这担保还有效么", False, ["regulations"], [], RISK,
      "general law: forged guarantor signature"),
    r(65, "咱这户果园土地经营权抵押 抵押登记办了么有 抵押合同条款有么有坑", True, ["contract_review", "documents"],
      ["regulations"], MA, "registration certificate in the file, and review of the stored contract"),
    r(66, "土地经营权抵押 到哪儿登记 不登记抵押权设立不设立", False, ["regulations"], [], ZHANG,
      "general law: registration of land-management-right mortgage"),
    r(67, "91621122MA72UG8W17 陇西的那家药材公司 开票和分都看一哈", False, ["invoice_summary", "score"], [], MA,
      "borrower named by code; two sources named", names_code=True),
    r(68, "当归价格今年跌了 这家中药材公司销项掉了多少 有么有预警", True, ["invoice_summary", "warnings"], [], RISK,
      "sales drop and warnings"),
    r(69, "这家欠税了么有 社保交的人是不是少了 水电费呢", True, ["warnings"], [], POST,
      "tax arrears, headcount and utilities are warnings"),
    r(70, "发票突然么得了 这两个月一张都么开 咋回事 还有别的预警么", True, ["invoice_summary", "warnings"], [], POST,
      "invoice collapse and other warnings"),
    r(71, "活体抵押合同里这一条：“抵押期间，抵押人应妥善饲养管理抵押牲畜，不得出售、转让、宰杀或再次抵押；抵押牲畜因疫病、"
      "自然灾害死亡的，抵押人应在二十四小时内通知抵押权人，并在十日内补充同等数量、价值的牲畜，否则抵押权人有权宣布贷款"
      "提前到期。”牛死了要补，补的牛算不算抵押物，要不要再去登记", True, ["contract_check"],
      ["regulations", "contract_review"], XL, "pasted clause from our livestock mortgage contract"),
    r(72, "这户牛羊活体抵押贷的合同 审一哈 有么有不合法的地方", True, ["contract_review"],
      ["documents", "regulations"], RISK, "review of the stored contract"),
    r(73, "贷款逾期了 诉讼时效三年 从啥时候起算 分期还款的咋算", False, ["regulations"], [], POST,
      "general law: limitation period"),
    r(74, "这户逾期多久了 最后一次还款是啥时候 催收通知书发过么有 档案里看一哈 时效还在么", True,
      ["documents", "regulations"], ["warnings"], POST, "file facts plus limitation law"),
    r(75, "建材经销部老板给好几家担保 互保了 咱这笔担保人又是他 风险大不大 分受影响了么", True,
      ["warnings", "score"], [], RISK, "guarantee circle and score"),
    r(76, "逾期罚息按合同利率上浮百分之五十 合同利率年化九点六 罚息算下来多少 合法么", True, ["rate_check"],
      ["regulations", "documents"], POST, "stated rate and penalty markup, level question"),
    r(77, "他家开票咋样 分多少 有么有官司 一起看", True, ["invoice_summary", "score", "warnings"], [], MA,
      "three sources named"),
    r(78, "马哈儿说他在外头借了八万一年利息给了一万二问这个高不高犯法不", True, ["rate_check"], ["regulations"], XL,
      "phone-typed; stated amount-based rate, level question"),
    r(79, "这个娃娃贷款下来就买了个车嫑是挪用了吧合同上用途写的啥挪用了咱能提前收回么", True,
      ["documents", "regulations"], ["contract_review"], WANG,
      "phone-typed; stated loan purpose from the file plus recall law"),
    r(80, "贴息贷款 借款人到期么还上 贴息还给不给 已经贴了的要退回么", False, ["regulations"], [], ZHANG,
      "general subsidy policy"),
    r(81, "马占林自己借给别人钱了，借条拍照发过来我敲出来了：“今借到马占林人民币伍万元整（￥50000元），借期壹年，月息贰分伍厘，"
      "到期本息一次还清。如逾期未还，每日按借款总额的千分之三支付违约金，并承担出借人为实现债权所支付的律师费、诉讼费、"
      "差旅费等一切费用。借款人：锁海军”这利息违约金法院能支持多少", True, ["contract_check", "rate_check"],
      ["regulations"], XL, "pasted 借条 text, question on its rate and penalty levels"),
    r(82, "月息二分五 一年算下来就是百分之三十 比四倍LPR高了么", False, ["rate_check"], ["regulations"], LI,
      "stated rate, cap question"),
    r(83, "谝了半天 这家到底能不能贷 你给个准话 分和预警都看", True, ["score", "warnings"], ["invoice_summary"], HANG,
      "two sources named; invoices could help the decision"),
    r(84, "这户的合同都审了么有 有问题的条款给我列出来", True, ["contract_review"], ["documents"], HANG,
      "review of stored contracts"),
    r(85, "92620502MA7KN2C64N 这个牛肉面馆 有么有被执行 失信", False, ["warnings"], [], XL,
      "enforcement check on a borrower named by code", names_code=True),
    r(86, "91620521MA74R0YB71 清水那个建安劳务 合同审一哈 利率和担保有么有问题 再看有么有官司", False,
      ["contract_review", "warnings"], ["documents", "regulations"], RISK,
      "stored-contract review and lawsuits for a borrower named by code; no rate stated", names_code=True),
    r(87, "审计：这户合同上借款用途写的是“购买饲草料”，可资金流向看是还了别家的贷款，这算不算违规，依据是啥", True,
      ["regulations"], ["documents"], AUDIT, "the facts are supplied; law question"),
    r(88, "审计：这户放款前征信查询次数、多头、对外担保，当时有么有预警？为啥还给批了，审批表拿来", True,
      ["warnings", "documents"], ["score"], AUDIT, "warnings and the stored approval form"),
    r(89, "这户合同利率按年化百分之十八签的 放到现在还行么 咱村镇银行能收这么高么", True, ["rate_check"],
      ["regulations", "documents"], HANG, "stated rate, level question"),
    r(90, "龙头企业给订单农户出的担保函 跟咱签的保证合同 你审一哈 有效么", True, ["contract_review"],
      ["documents", "regulations"], RISK, "review of stored guarantee documents"),
    r(91, "订单农业那个收购合同里这么写：“甲方按每公斤一元二角的保护价收购乙方种植的全部马铃薯，乙方不得私自外卖，私自外卖的"
      "按外卖数量每公斤五角向甲方支付违约金；乙方同意甲方在结算货款时直接扣除乙方在乙方贷款银行的到期贷款本息并代为归还。”"
      "龙头企业从货款里直接扣了还咱的贷款 这个有效么 农户反悔了咋整", True, ["contract_check"], ["regulations"], LI,
      "pasted clause of a purchase contract (not our loan contract)"),
    r(92, "宏发劳务的回款全靠这个，分包合同里这么写的：“分包工程款按月进度的百分之七十支付，余款待总包方与发包方结算完毕并"
      "收到发包方支付的工程款后六十日内支付，总包方未收到发包方工程款的，不承担付款责任，分包方不得以此为由停工或追索。”"
      "这背靠背条款有效么 他拿这个应收账款给咱质押靠谱不", True, ["contract_check"], ["regulations", "documents"],
      WANG, "pasted subcontract clause, validity question"),
    r(93, "官司呢", True, ["warnings"], [], ZHANG, "short follow-up on lawsuits"),
    r(94, "那合同呢 有么有问题", True, ["contract_review"], ["documents"], ZHANG,
      "short follow-up asking for a stored-contract review"),
    r(95, "评级啥时候更新的 分是按啥算的 开票占多大分量", True, ["score"], ["invoice_summary"], POST,
      "score and its reasons"),
    r(96, "民间借贷利率上限现在到底是多少 以前二四三六那个还算不算", False, ["regulations"], ["rate_check"], XL,
      "the rule itself, no rate of a loan stated"),
    r(97, "妇女创业担保贷款这户 合同里反担保和贴息的条款有么有问题 帮我审一哈 贴息政策现在还是财政贴一半么", True,
      ["contract_review", "regulations"], ["documents"], ZHANG,
      "stored-contract review plus an independent policy question"),
    r(98, "这段是咱新改的果园抵押贷合同模板，ok不，有么有啥漏掉的：“借款人应于每月二十日前归还当期本息，逾期超过三十日的，"
      "贷款人有权按合同约定的借款利率上浮百分之五十计收罚息，并有权处置抵押的苹果园土地经营权及地上果树，处置所得优先"
      "清偿本息。”", False, ["contract_check"], ["regulations", "rate_check"], MA,
      "pasted template clause, general question; no borrower", lang="mixed"),
    r(99, "客户说咱合同里提前还款要收百分之三的违约金 咱合同真这么写的么 这个收得合理么", True,
      ["rate_check", "documents"], ["contract_review", "regulations"], WANG,
      "stated fee and its level (rate_check) plus confirming the stored text (documents)"),
    r(100, "审计：你行富民贷这户一年内展期两次、续贷三次，情况咋样？把预警和档案里的展期申请给我看", True,
       ["warnings", "documents"], [], AUDIT, "roll-over warnings and stored applications"),
]

CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CODE_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
CODE_RE = re.compile(r"(?<![0-9A-Z])[0-9A-HJ-NP-RTUW-Y]{2}\d{6}[0-9A-HJ-NP-RTUW-Y]{10}(?![0-9A-Z])")
QUOTE_RE = re.compile(r"“([^”]*)”|\"([^\"]*)\"|「([^」]*)」")


def code_ok(code: str) -> bool:
    total = sum(CODE_CHARS.index(c) * w for c, w in zip(code[:17], CODE_WEIGHTS))
    return CODE_CHARS[(31 - total % 31) % 31] == code[17]


def longest_quote(text: str) -> int:
    return max((len("".join(m.groups(""))) for m in QUOTE_RE.finditer(text)), default=0)


def validate(rows: list[dict]) -> None:
    assert len(rows) == 100, len(rows)
    assert [row["id"] for row in rows] == [f"cqm-{n:03d}" for n in range(1, 101)]
    assert len({row["question"] for row in rows}) == 100, "duplicate question"
    for row in rows:
        rid, needs, opt = row["id"], row["needs"], row["optional"]
        assert needs and set(needs) <= set(SOURCES) and set(opt) <= set(SOURCES), rid
        assert len(set(needs)) == len(needs) and len(set(opt)) == len(opt), rid
        assert not set(needs) & set(opt), rid
        assert row["lang"] in ("zh", "en", "mixed") and row["asker"] and row["note"], rid
        codes = CODE_RE.findall(row["question"])
        if row.get("names_code"):
            assert not row["borrower_in_focus"], rid
            assert len(codes) == 1 and code_ok(codes[0]), (rid, codes)
        else:
            assert not codes, (rid, codes)
        if "contract_check" in needs:
            assert longest_quote(row["question"]) >= 80, (rid, longest_quote(row["question"]))
    need_counts = Counter(s for row in rows for s in row["needs"])
    for s in SOURCES:
        assert need_counts[s] >= 12, (s, need_counts[s])
    assert sum(len(row["needs"]) > 1 for row in rows) >= 25
    assert sum(row["needs"] == ["regulations"] for row in rows) >= 10
    assert sum(len(row["needs"]) == 1 and row["needs"][0] in BORROWER_SOURCES for row in rows) >= 10


def main() -> None:
    validate(ROWS)
    with (HERE / "cases.jsonl").open("w", encoding="utf-8") as f:
        for row in ROWS:
            f.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    need = Counter(s for row in ROWS for s in row["needs"])
    opt = Counter(s for row in ROWS for s in row["optional"])
    print("rows", len(ROWS))
    for s in SOURCES:
        print(f"  {s:16s} needs {need[s]:3d}  optional {opt[s]:3d}")
    print("multi-need", sum(len(row["needs"]) > 1 for row in ROWS),
          "| regulations-only", sum(row["needs"] == ["regulations"] for row in ROWS),
          "| single borrower-source",
          sum(len(row["needs"]) == 1 and row["needs"][0] in BORROWER_SOURCES for row in ROWS),
          "| names_code", sum(bool(row.get("names_code")) for row in ROWS))
    print("langs", dict(Counter(row["lang"] for row in ROWS)))
    print("askers", dict(Counter(row["asker"] for row in ROWS)))
    print("focus", dict(Counter(row["borrower_in_focus"] for row in ROWS)))
    print("contract_check quoted lengths",
          sorted(longest_quote(row["question"]) for row in ROWS if "contract_check" in row["needs"]))


if __name__ == "__main__":
    main()
