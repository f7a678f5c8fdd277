#!/usr/bin/env python3
"""Builder for the held-out chat-question set `chat_questions_holdout5`.

HELD OUT: never tune routing rules, prompts or thresholds on these rows.

All rows are held below and written verbatim to cases.jsonl (deterministic: no randomness,
no clock, sorted keys). Every name, company and code is made up. Run:

    /work/main/.venv/bin/python eval/datasets/chat_questions_holdout5/make_cases.py
"""
from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parent / "cases.jsonl"

SOURCES = (
    "regulations",
    "documents",
    "warnings",
    "invoice_summary",
    "score",
    "contract_review",
    "contract_check",
    "rate_check",
)
BORROWER_SOURCES = ("warnings", "invoice_summary", "score")

# short aliases used in the rows below
REG, DOC, WARN, INV, SCORE, CREV, CCHK, RATE = SOURCES

ROWS: list[dict] = []


def R(question, focus, needs, optional, asker, lang, note, code=False):
    row = {
        "question": question,
        "borrower_in_focus": focus,
        "needs": list(needs),
        "optional": list(optional),
        "asker": asker,
        "lang": lang,
        "note": note,
    }
    if code:
        row["names_code"] = True
    ROWS.append(row)


# ---------------------------------------------------------------------------------------------
# rows (order = id order).  asker: 杜娟 = team lead herself; 小王/小李/小刘/小张/小马/小周 = her six
# account managers (usually forwarded by 杜娟); 总行ESG / 总行审计 = head-office colleagues.
# ---------------------------------------------------------------------------------------------

R("这家最近几个月开票咋样？跟去年同期比差多少",
  True, [INV], [], "杜娟", "zh", "sales as invoiced vs a year earlier")

R("小王问：这户征信上一个月查了七八次，是不是在好几家同时申贷？咱们系统里能看出来不",
  True, [WARN], [], "小王", "zh", "many credit enquiries = multi-lender borrowing signal")

R("这家打了多少分？上个月还是B档，咋就掉到C了",
  True, [SCORE], [], "杜娟", "zh", "score, band and its reasons")

R("保证合同里没写保证期间，那保证期间算多长？从啥时候起算",
  False, [REG], [], "小李", "zh", "pure law: default guarantee period (民法典)")

R("周四贷审会要上这户的续贷，帮我把打分、预警、开票三块捋一下，给个能不能续的意见",
  True, [SCORE, WARN, INV], [DOC], "杜娟", "zh",
  "asks explicitly for all three borrower views; application file would help")

R("月息2分的借款现在法院还支持不？",
  False, [RATE], [REG], "小刘", "zh", "stated rate vs legal cap; law text only supportive")

R("他们跟外面小贷签的合同第七条是这么写的：“借款人应于放款当日向贷款人一次性支付综合服务费，服务费按借款本金的3%计收，"
  "由贷款人在发放贷款时直接从借款本金中扣除，借款人仍按本合同约定的借款本金金额计付利息并归还本金。”"
  "这个是不是砍头息？真打起官司本金按多少认",
  True, [CCHK], [REG], "小马", "zh",
  "pasted clause from another lender's contract (not ours, so no contract_review); no interest rate stated")

R("这户是不是被执行了？有没有限高",
  True, [WARN], [], "小张", "zh", "enforcement / consumption-restriction records")

R("他们那份抵押合同上押的是哪套房子？评估价写的多少",
  True, [DOC], [], "小马", "zh", "content of a stored mortgage contract")

R("这户的借款合同帮我整体过一遍，利率、违约金、担保条款有没有踩线的",
  True, [CREV], [REG, DOC], "杜娟", "zh", "whole stored contract checked against the law")

R("民间借贷利率保护上限现在是一年期LPR的四倍对吧？这个LPR按起诉时还是合同成立时算",
  False, [REG], [], "小周", "zh",
  "asks about the rule itself (which LPR date applies); no rate of a loan stated, so no rate_check")

R("客户说他之前在网贷借的是日息万分之五，这折成年化多少？超没超线",
  True, [RATE], [REG], "小刘", "zh", "stated daily rate -> annualised vs cap")

R("Audit request: what is this borrower's current risk score, which band is it in, and what are the main drivers?",
  True, [SCORE], [], "总行审计", "en", "score, band, reasons")

R("这家是不是跟几户互相担保？别是个danbao圈",
  True, [WARN], [], "小王", "zh", "guarantee circle signal (pinyin slip kept)")

R("小周转来老板的情况说明：“我公司因原厂房租赁到期，于2024年11月整体搬迁至鄠邑区新厂区，搬迁期间停产约两个月，"
  "导致当期开票收入下降，现已全面恢复生产。”你看下开票是不是真恢复了，电费、社保人数有没有跟着回来",
  True, [INV, WARN], [DOC], "小周", "zh",
  "statement is pasted, so documents not required; invoicing + utility/headcount anomalies")

R("无还本续贷现在监管上要满足啥条件？续了以后是不是还得算关注类",
  False, [REG], [], "杜娟", "zh", "pure regulation: renewal-without-repayment rules and classification")

R("评分为啥掉了？是开票不行了还是有诉讼",
  True, [SCORE], [WARN, INV], "小李", "zh",
  "the score's reasons answer it; raw warnings / invoices would only confirm")

R("91610113MA6U3K7T8R 这家企业有没有被列失信被执行人？另外最近开票咋样",
  False, [WARN, INV], [], "杜娟", "zh", "borrower named by code; enforcement + invoicing", code=True)

R("法院的受理通知书上写“原告申请财产保全的，人民法院可以责令其提供担保，不提供担保的，裁定驳回申请”，"
  "咱们起诉这户想先把他厂房查封，担保要交多少？诉前和诉中保全有啥区别",
  True, [REG], [], "小王", "zh",
  "pasted court notice + procedure question; nothing about the borrower's data is needed")

R("这户续贷续了几回了？是不是一直在借新还旧",
  True, [WARN], [], "小张", "zh", "renewal / 借新还旧 signal")

R("保证人去世了，他儿子要不要接着担保证责任？",
  False, [REG], [], "小刘", "zh", "pure law: guarantor's death and succession")

R("这家的保证合同写的是一般保证还是连带？要是一般保证，咱能不能直接告保证人",
  True, [DOC, REG], [CREV], "小李", "zh",
  "what the stored contract says + what the law allows for each type")

R("ESG team这边要个数：这家 social security 参保人数最近有没有 drop？水电用量有没有 abnormal",
  True, [WARN], [], "总行ESG", "mixed", "headcount and utility anomalies are warning signals")

R("这户合同里约定的是年化24%，逾期再加收2%的违约金，这样超上限不",
  True, [RATE], [CREV, DOC, REG], "小刘", "zh",
  "rates are stated in the message; the stored contract would only confirm them")

R("这家生意到底咋样？开票和用电都给我看一下",
  True, [INV, WARN], [], "杜娟", "zh", "invoicing + utility usage (a warning signal)")

R("客户拿来个外面小贷的报价：月利率1.5%，另外每月再收0.8%的担保费和服务费，综合下来超没超",
  False, [RATE], [REG], "小王", "zh", "stated rates incl. fees vs cap")

R("明天去这户贷后检查，有啥不对劲的地方先给我说说，别到现场两眼一抹黑",
  True, [WARN], [INV, SCORE], "小马", "zh", "'anything wrong' = warnings; score/sales only help")

R("这户那份流贷合同的违约金是不是约得太高了，法院会不会给调",
  True, [CREV], [DOC, REG], "小周", "zh", "legality of a stored contract's term")

R("借款合同里约定由出借人所在地法院管辖，这个约定有效不？",
  False, [REG], [], "杜娟", "zh",
  "paraphrased term, no clause text pasted -> law question, not contract_check")

R("Has this borrower's loan been rolled over or repaid with a new loan? Please list the renewals and dates.",
  True, [WARN], [], "总行审计", "en", "renewal / 借新还旧 signal")

R("他们借条上写的借款日期和金额是多少？我看跟转账记录对不上",
  True, [DOC], [], "小张", "zh", "content of a stored 借条")

R("这家的评分和预警你看了没？我看分数还行，但听说老板在外面借了不少",
  True, [SCORE, WARN], [], "杜娟", "zh", "score + multi-lender signal")

R("帮看下这条保证条款：“保证人自愿为借款人在本合同项下的全部债务承担连带保证责任，保证期间为主债务履行期限届满之日起"
  "至债权人实际收回全部借款本息之日止，保证人放弃一切抗辩权，并确认已充分知悉和理解本条款的全部内容。”保证期间这么写有效不",
  False, [CCHK], [REG], "小李", "zh", "pasted guarantee clause to check")

R("嘹咋咧！这家上个月开票比去年翻了一番？你帮我看看是不是真的",
  True, [INV], [], "小刘", "zh", "invoicing vs a year earlier")

R("这户评级在我们这儿算几档？能不能往上提额度",
  True, [SCORE], [INV, WARN], "小王", "zh", "band is the core; limit decision helped by sales/warnings")

R("风险部说这户的合同有瑕疵，你帮我查下到底是哪条有问题",
  True, [CREV], [DOC], "杜娟", "zh", "find the defective term of a stored contract")

R("这家 revenue 最近咋样？开票 vs 去年同期，给个数",
  True, [INV], [], "小周", "mixed", "sales as invoiced")

R("91610104MA6TQ8N20W 这个企业打分多少？为啥那么低",
  False, [SCORE], [], "杜娟", "zh", "score for a borrower named by code", code=True)

R("老板说下个月就能回款，申请展期半年。展期的话五级分类要不要调？另外他最近开票咋样，回款靠不靠谱",
  True, [REG, INV], [WARN], "小张", "zh", "classification rule for 展期 + sales trend")

R("这是他们跟咱签的那份合同里的：“借款人未按期足额偿还借款本息的，除按约定利率计收利息外，贷款人有权按日千分之三计收违约金，"
  "并由借款人承担贷款人为实现债权所支出的律师费、差旅费等全部费用，且贷款人有权宣布全部借款提前到期。”这个违约金法院能全支持不",
  True, [CCHK, RATE], [CREV, REG], "小李", "zh",
  "pasted clause; the question is whether the stated daily penalty rate is too high")

R("借新还旧的话原来的担保人还担责吗？担保人不知道是借新还旧咋办",
  False, [REG], [], "小刘", "zh", "pure law: 担保制度解释 on 借新还旧")

R("续贷申请书里写的借款用途是“购买原材料”，这户最近开票跟得上不？别拿了钱去还别的贷款",
  True, [INV], [DOC, WARN], "杜娟", "zh",
  "stated purpose is quoted already; sales is the need; multi-lender warnings help")

R("Is a 36% annual interest rate on a private loan enforceable in China today?",
  False, [RATE], [REG], "小周", "en", "stated rate vs cap")

R("这户被别的银行起诉了，咱们的抵押权会不会受影响？要不要赶紧申请资产保全",
  True, [REG], [WARN, DOC], "杜娟", "zh",
  "the lawsuit is stated by the asker; mortgage priority / preservation is law; the case record only sharpens it")

R("人民调解协议达成了，对方不履行，能直接申请强制执行吗？还是要先去法院确认",
  False, [REG], [], "小李", "zh", "pure law: 人民调解法 judicial confirmation")

R("他们那个保证合同上保证人签的是谁？保证金额写的多少",
  True, [DOC], [], "小马", "zh", "content of a stored guarantee contract")

R("这户最近开票掉得厉害不？掉了的话打分是不是也跟着降了",
  True, [INV, SCORE], [], "小刘", "zh", "sales + score")

R("“本合同项下借款年利率为15.4%，借款人逾期的，自逾期之日起按本合同约定利率上浮50%计收罚息，并对应付未付利息按罚息利率"
  "计收复利；同时借款人应按逾期金额的每日万分之五支付违约金，上述罚息、复利及违约金贷款人可同时主张。”这样几样叠加起来会不会超？",
  False, [CCHK, RATE], [REG], "杜娟", "zh", "pasted clause; question is whether stacked rates exceed the cap")

R("Could you summarise this company's sales trend and any red flags for our ESG screening?",
  True, [INV, WARN], [SCORE], "总行ESG", "en", "sales + warnings; score only helps")

R("老板说他那张借条是写给他小舅子的，借条上写的利息是多少？有没有约定还款日期",
  True, [DOC], [], "小王", "zh", "content of a stored 借条 (asks what it says, not whether legal)")

R("这家五级分类要不要从正常调到关注？打分、逾期、官司这些情况你帮我一起看看",
  True, [REG, SCORE, WARN], [INV], "杜娟", "zh",
  "classification criteria are regulatory; borrower's score and warnings are the facts")

R("这户的评分报告里说“关联企业涉诉”，是哪家关联企业？啥官司",
  True, [SCORE, WARN], [], "小周", "zh", "score reason + the lawsuit behind it")

R("客户拿来的抵押合同里有一条：“抵押期间，抵押人未经抵押权人书面同意不得转让抵押财产；抵押人擅自转让的，转让行为无效，"
  "抵押权人有权要求抵押人立即提前清偿全部债务并承担借款本金20%的违约金，抵押权人对转让所得价款享有优先受偿权。”这条现在还站得住吗？民法典不是改了",
  True, [CCHK], [REG], "小刘", "zh", "pasted clause; transfer of mortgaged property under 民法典406")

R("刚跟老板谝了半天，他说生意好得很，这家开票是不是真的好？最近两个月几乎没见他开票",
  True, [INV], [WARN], "小马", "zh",
  "invoice totals answer it; the invoicing-collapse warning would only confirm")

R("帮我查下 92610116MA6Y2L4R3P 这个个体户，有没有多头借贷或者被执行",
  False, [WARN], [], "杜娟", "zh", "borrower named by code; warnings only", code=True)

R("这户保证人是他们上游供应商，保证合同啥时候签的？签的时候主合同到期日写的几号",
  True, [DOC], [], "小李", "zh", "dates in stored contracts")

R("法院发来的：“……冻结、划拨被执行人西安市雁塔区福润祥餐饮管理有限公司银行存款人民币86万元或查封、扣押其同等价值的财产……”"
  "这说的就是这户吧？他们还有别的被执行没有",
  True, [WARN], [], "小王", "zh", "pasted enforcement ruling; asks for other enforcement records")

R("Head office问这户有没有 guarantee circle 风险，还有他们 score 为啥是 D band",
  True, [WARN, SCORE], [], "杜娟", "mixed", "guarantee circle + score reasons")

R("这家的流贷合同，担保那块写得严不严谨？有没有漏洞到时候追不了保证人",
  True, [CREV], [DOC, REG], "小刘", "zh", "stored contract's guarantee terms vs law")

R("年利率18%，按月付息，到期还本，这个利率放在民间借贷里算高吗？超上限没",
  False, [RATE], [REG], "小周", "zh", "stated rate vs cap")

R("咥了个中午饭回来看这户预警变红了，咋回事？",
  True, [WARN], [], "小王", "zh", "what the new warning is")

R("这户的合同要是有砍头息的问题，咱这边利息是不是要按实际放款算？帮我看下合同到底有没有这问题",
  True, [CREV], [DOC, REG], "杜娟", "zh", "stored contract checked for 砍头息")

R("“如借款人发生违约，出借人有权不经通知直接划扣借款人及其配偶名下在任何金融机构开立的账户资金，借款人对此不得提出任何异议，"
  "并放弃诉讼及仲裁的权利，由此产生的一切损失均由借款人自行承担。”这种条款有效吗",
  False, [CCHK], [REG], "小李", "zh", "pasted clause to check")

R("这户分数挺高的，可我看他最近生意不咋地，分数是不是没更新？开票数据帮我调出来对一下",
  True, [SCORE, INV], [], "小张", "zh", "score + sales compared")

R("How have their invoiced sales moved over the last quarter vs. the same quarter a year ago?",
  True, [INV], [], "总行审计", "en", "sales as invoiced")

R("债权转让给资产管理公司，要不要通知借款人？不通知的话对借款人有没有效",
  False, [REG], [], "杜娟", "zh", "pure law: assignment of claims")

R("这户的借条写的是“今借到”还是“今收到”？要是写的收到，打官司会不会吃亏",
  True, [DOC, REG], [], "小刘", "zh", "wording of stored 借条 + evidential law")

R("他们跟咱签的那份最高额保证合同，最高额多少？决算期写了没有",
  True, [DOC], [CREV], "小王", "zh", "content of a stored guarantee contract")

R("这家被列为关注类以后，还能给他办无还本续贷吗？他现在的评分和有没有别的预警也帮我看下",
  True, [REG, SCORE, WARN], [], "杜娟", "zh", "regulatory eligibility + borrower facts")

R("老乡让我帮他看看他借给别人钱写的条款：“借款期限12个月，月利率3%，利息按月支付，如逾期未还，逾期部分按每日千分之一"
  "计收利息，并由借款人承担出借人为催收所产生的一切费用，出借人并有权随时要求借款人提前归还全部借款。”这个利息有问题没",
  False, [CCHK, RATE], [REG], "小张", "zh", "pasted clause; question is about the stated rates")

R("这家营收跟去年比咋样？另外看下他是不是在别家也有贷款，我怕别家抽贷他周转不开",
  True, [INV, WARN], [], "小李", "zh", "sales + multi-lender")

R("这户的 loan contract 有没有 compliance issue？审计下周要来抽查",
  True, [CREV], [DOC, REG], "杜娟", "mixed", "stored contract vs law")

R("老板说合同是被逼着签的，情况说明里他咋写的？胁迫签的合同能撤销吗",
  True, [DOC, REG], [], "小张", "zh", "what the stored statement says + law on duress")

R("这是这户跟一家担保公司签的委托担保合同里的：“担保费按担保金额的3%每年收取，一次性于放款前缴清；借款人提前还款的，"
  "已收取的担保费不予退还，借款人另须支付剩余期限担保费的50%作为补偿，担保期间内借款人不得以任何理由要求减免担保费。”这合理不？",
  True, [CCHK], [RATE, REG], "小刘", "zh",
  "pasted clause, asks reasonableness in general; fee level could be annualised (optional)")

R("这户电费连着三个月往下走，是不是停产了？还有没有别的异常",
  True, [WARN], [INV], "小王", "zh", "utility usage + other warnings")

R("91610112MA6W9D3HX2 这个企业是咱合作的担保公司推荐的，帮我看下分数、有没有啥预警、最近开票怎么样",
  False, [SCORE, WARN, INV], [], "杜娟", "zh", "borrower named by code; three borrower views", code=True)

R("他们那份借款合同约定的还款方式是啥？等额本息还是先息后本",
  True, [DOC], [], "小马", "zh", "content of stored loan contract")

R("这户的借款合同我看违约金、罚息都约了，还约了复利，这三样能一起收吗？帮我看下合同具体咋约的",
  True, [CREV], [DOC, REG], "小李", "zh", "stored contract's penalty terms vs law")

R("现在一年期LPR是3.45%吧？那民间借贷上限就是13.8%？客户要借的是年化15%，超了多少",
  False, [RATE], [REG], "小周", "zh", "stated rate vs cap")

R("这家的诉讼是啥案由？是被告还是原告？要是被告的话咱贷款有没有风险",
  True, [WARN], [REG], "杜娟", "zh", "lawsuit details")

R("这户评分跌到D了，要不要上报资产保全？顺便看下他最近的开票",
  True, [SCORE, INV], [WARN], "小张", "zh", "score + sales; internal escalation policy is in no source")

R("诉讼时效三年是从借款到期日开始算吗？中间催收过能不能中断",
  False, [REG], [], "小刘", "zh", "pure law: limitation period")

R("Audit sample check: does the stored guarantee contract for this borrower comply with the Civil Code rules on "
  "guarantee period and type of suretyship?",
  True, [CREV], [DOC, REG], "总行审计", "en", "stored contract vs law")

R("合同第十二条：“本合同项下发生的争议，由双方协商解决；协商不成的，任何一方均可向出借人住所地人民法院起诉，"
  "或提交西安仲裁委员会仲裁，因此产生的律师费、保全费、公告费等均由违约方承担。”又能告又能仲裁，这条是不是无效？",
  True, [CCHK], [CREV, REG], "小马", "zh", "pasted dispute clause")

R("这户去年底开票一下子冲高了，今年又掉下来，是不是年底虚开冲业绩？有没有别的异常佐证",
  True, [INV, WARN], [], "杜娟", "zh", "sales pattern + other anomalies")

R("91610103MA6X5C8P3F 这家 rating 多少？我一个同学在他们家上班，说最近在裁员",
  False, [SCORE, WARN], [], "小王", "mixed", "score + headcount signal, named by code", code=True)

R("老板把厂房又抵给别人了，咱这个抵押合同里有没有约定不让再抵押？他这么干有效不，咱的顺位会不会受影响",
  True, [DOC, REG], [CREV], "小李", "zh", "stored mortgage terms + law on second mortgage")

R("这户最近是不是被列失信了？借款合同里有没有约定这种情况咱能宣布提前到期",
  True, [WARN, DOC], [REG], "小周", "zh", "enforcement signal + acceleration term in stored contract")

R("老板给的借条原文：“今借到张建平人民币伍拾万元整（¥500,000），借期一年，月息一分五，利随本清。如到期不还，"
  "以本人名下位于长安区韦曲街道某小区房产抵偿，借款人自愿放弃房屋的一切权利。”这个以房抵债的约定算数不？",
  True, [CCHK], [REG, RATE], "小王", "zh",
  "pasted 借条 clause; question is the 流押 term, the 月息一分五 is a side issue (optional rate_check)")

R("一家担保公司发来的反担保条款：“反担保人以其持有的西安恒通达物流有限公司30%股权向担保人提供质押反担保，"
  "质押合同签订即生效，担保人可自行处置股权并以处置所得优先受偿，无需经过任何法定程序，反担保人对此不得提出任何异议。”这样写股权质押就生效了？不用登记？",
  False, [CCHK], [REG], "杜娟", "zh", "pasted counter-guarantee clause")

R("续贷补充协议里写：“原借款合同项下保证人同意，本次续贷系对原债务的延续，保证人的保证责任及于续贷后的全部债务，"
  "保证期间自续贷到期之日起重新计算三年，保证人对此无任何异议，原保证合同其他条款继续有效。”保证人没在补充协议上签字，只签了原合同，这条对他有约束力吗",
  True, [CCHK], [DOC, REG], "小刘", "zh", "pasted renewal clause; guarantor's original contract could help")

R("这户的借款合同和保证合同是前年老模板签的，民法典出来以后有没有啥条款不管用了？帮我整个查一遍",
  True, [CREV], [REG], "小张", "zh", "stored contracts checked whole")

R("贷审会上风险部肯定要问合同有没有问题，这户的抵押合同你先帮我审一遍，顺便说下他现在打多少分",
  True, [CREV, SCORE], [DOC], "杜娟", "zh", "stored contract review + score")

R("91610116MA6R7B2K7E 这家的保证合同帮我审一下，保证方式和期间约得清不清楚",
  False, [CREV], [DOC], "小李", "zh", "stored contract review, borrower named by code", code=True)

R("这户合同里利率写的是按月息算，没写年化，这样写合规不？监管不是要求明示年化利率吗",
  True, [CREV], [DOC, REG], "小周", "zh", "stored contract's rate disclosure vs rules")

R("这户续贷那份合同有没有问题？借新还旧的合同担保人要不要重新签，你帮我看下合同里咋安排的",
  True, [CREV], [DOC, REG], "小刘", "zh", "stored renewal contract vs guarantee law")

R("老板说他在民间借了一笔，“一万块一个月三百利息”，这个利息超没超？咱能不能让他拿续贷的钱去把这笔还了",
  True, [RATE, REG], [WARN], "小王", "zh", "stated rate vs cap + loan-purpose rules")

R("这户在一个网贷平台的 loan APR 写的是 35.9%，这在国内 legal 吗？",
  True, [RATE], [REG], "杜娟", "mixed", "stated rate vs cap")

R("这户老板说他去年在小贷借的“月息1分8，砍头5个点”，这样实际年化能到多少？超了的部分还用还不",
  True, [RATE], [REG], "小张", "zh", "stated rate plus deducted fee -> effective rate vs cap")

R("93610124MA6Y1E6G10 这个周至的猕猴桃合作社，今年开票跟去年比咋样？我看他们要申请银税互动",
  False, [INV], [], "小马", "zh", "sales of a cooperative named by code", code=True)



def uscc_ok(code: str) -> bool:
    """Check digit of an 18-character unified social credit code (GB 32100-2015)."""
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    if len(code) != 18 or any(c not in chars for c in code):
        return False
    s = sum(chars.index(c) * w for c, w in zip(code[:17], weights))
    return chars[(31 - s % 31) % 31] == code[17]


def quoted_len(q: str) -> int:
    m = re.findall(r"“([^”]*)”|\"([^\"]*)\"", q)
    return max((len(a or b) for a, b in m), default=0)


def check(rows: list[dict]) -> None:
    assert len(rows) == 100, len(rows)
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == len(ids)
    for r in rows:
        assert r["needs"], r["id"]
        assert set(r["needs"]) <= set(SOURCES) and set(r["optional"]) <= set(SOURCES), r["id"]
        assert not set(r["needs"]) & set(r["optional"]), r["id"]
        assert len(set(r["needs"])) == len(r["needs"]), r["id"]
        assert r["lang"] in ("zh", "en", "mixed"), r["id"]
        codes = re.findall(r"\b9[0-9A-Z]{17}\b", r["question"])
        if r.get("names_code"):
            assert codes and all(uscc_ok(c) for c in codes) and not r["borrower_in_focus"], r["id"]
        else:
            assert not codes, r["id"]
        if CCHK in r["needs"]:
            assert quoted_len(r["question"]) >= 80, (r["id"], quoted_len(r["question"]))
    qs = [r["question"] for r in rows]
    assert len(set(qs)) == len(qs)
    need_counts = Counter(s for r in rows for s in r["needs"])
    for s in SOURCES:
        assert need_counts[s] >= 12, (s, need_counts[s])
    assert sum(len(r["needs"]) >= 2 for r in rows) >= 25
    assert sum(r["needs"] == [REG] for r in rows) >= 10
    assert sum(len(r["needs"]) == 1 and r["needs"][0] in BORROWER_SOURCES for r in rows) >= 10


def main() -> None:
    rows = []
    for i, r in enumerate(ROWS, 1):
        rows.append({"id": f"cqf-{i:03d}", **r})
    check(rows)
    with OUT.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    need_counts = Counter(s for r in rows for s in r["needs"])
    opt_counts = Counter(s for r in rows for s in r["optional"])
    print(f"wrote {len(rows)} rows -> {OUT}")
    print("needs:", dict(sorted(need_counts.items())))
    print("optional:", dict(sorted(opt_counts.items())))
    print("lang:", dict(Counter(r["lang"] for r in rows)))
    print("asker:", dict(Counter(r["asker"] for r in rows)))
    print("borrower_in_focus:", dict(Counter(r["borrower_in_focus"] for r in rows)))
    print("names_code:", sum(bool(r.get("names_code")) for r in rows))
    print("multi-need rows:", sum(len(r["needs"]) >= 2 for r in rows))
    print("regulations-only rows:", sum(r["needs"] == [REG] for r in rows))
    print("single borrower-source rows (warnings/invoice_summary/score):",
          sum(len(r["needs"]) == 1 and r["needs"][0] in BORROWER_SOURCES for r in rows))
    print("single-need rows by source:",
          dict(sorted(Counter(r["needs"][0] for r in rows if len(r["needs"]) == 1).items())))


if __name__ == "__main__":
    main()
