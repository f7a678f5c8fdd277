"""Builder for the held-out chat-question set chat_questions_holdout3 (HELD OUT: never tune on these rows).

Written by 何晓燕 persona (post-loan manager, Chongqing small-loan company). All names, companies and
unified social credit codes are fictitious. The rows live in this file; running it writes cases.jsonl
next to it and prints the counts used in SOURCE.md.

    HF_HUB_OFFLINE=1 /work/main/.venv/bin/python eval/datasets/chat_questions_holdout3/make_cases.py
"""
from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

OUT = Path(__file__).with_name("cases.jsonl")

SOURCES = (
    "regulations", "documents", "warnings", "invoice_summary",
    "score", "contract_review", "contract_check", "rate_check",
)
BORROWER_SOURCES = {"documents", "warnings", "invoice_summary", "score", "contract_review"}

# askers (all typed by 何晓燕; the suffix says whose words she is passing on / whom she writes for)
HX = "何晓燕"
FC = "何晓燕(转发客户经理)"
FB = "何晓燕(转发借款人微信)"
FL = "何晓燕(转发法务/催收)"
HK = "何晓燕(写给香港股东风控)"

ROWS: list[dict] = []


def R(question, focus, needs, optional=(), asker=HX, lang="zh", note="", clause=None, names_code=False):
    if clause is not None:
        assert "{c}" in question
        question = question.replace("{c}", clause)
    row = {
        "id": f"cqd-{len(ROWS) + 1:03d}",
        "question": question,
        "borrower_in_focus": focus,
        "needs": list(needs),
        "optional": list(optional),
        "asker": asker,
        "lang": lang,
        "note": note,
    }
    if names_code:
        row["names_code"] = True
    row["_clause"] = clause  # builder-only, stripped before writing
    ROWS.append(row)


# ---------------------------------------------------------------- rows 001-020
R("这家最近开票好多哦？跟去年同期比落了好多",
  True, ["invoice_summary"],
  note="开票额及同比 → invoice_summary only")
R("他们现在打分好多，评的啥子级",
  True, ["score"],
  note="分数+档位 → score")
R("民间借贷利息上限现在到底是好多，还是按一年期LPR四倍算嘛？",
  False, ["regulations"],
  note="asks the cap itself, states no rate → law only; rate_check has nothing to compare")
R("查下这个老板是不是遭列为被执行人了，限高没得",
  True, ["warnings"],
  note="被执行/限高 = enforcement records → warnings")
R("【转】何姐，我那笔展期能不能按月息1分5算嘛，现在生意真的恼火，店里一晚上就两三桌\n——1分5在红线以内不？他说生意差，开票到底落了好多",
  True, ["rate_check", "invoice_summary"], ["regulations"], asker=FB,
  note="stated rate 月息1分5 → rate_check; verify 生意差 via invoicing")
R("借条上写的借款金额跟约定还款日是好多哦，我搞忘了",
  True, ["documents"],
  note="what the stored 借条 says → documents")
R("月息2分合法不",
  False, ["rate_check"], ["regulations"],
  note="bare stated rate vs cap → rate_check; citing the article is a bonus")
R("评级为啥子掉到C了？哪几条扣的分",
  True, ["score"], ["warnings"],
  note="reasons behind the score come with score; warnings may add colour")
R("厂里社保人数是不是掉得凶，是不是在裁人哦",
  True, ["warnings"],
  note="社保人数下降 is an operating-anomaly warning")
R("保证合同没写清楚是一般保证还是连带保证，按啥子算？",
  False, ["regulations"],
  note="民法典 default guarantee type → law only")
R("【客户经理发来的模板】{c}\n——这条能用不？",
  False, ["contract_check"], ["regulations", "rate_check"], asker=FC,
  clause="第五条 借款利息：借款期限内月利率为2%，利息在放款当日一次性从借款本金中预先扣除，借款人实际到账金额以银行流水为准，借款人不得以实际到账金额少于合同载明金额为由拒绝按合同金额还本付息。",
  note="pasted clause (砍头息) → contract_check; the 2% inside the clause makes rate_check optional")
R("这家跟哪几家是互保的，圈圈里有没得以经出事的",
  True, ["warnings"],
  note="互保圈 = guarantee circle warning (typo 以经 kept)")
R("他们交的那份情况说明里头，说的延期原因是啥子来着",
  True, ["documents"],
  note="content of uploaded 情况说明 → documents")
R("Could you review the loan agreement we have on file for this borrower and flag any clause a PRC court would likely not enforce? Also, what's their current risk score?",
  True, ["contract_review", "score"], ["regulations", "documents"], asker=HK, lang="en",
  note="stored contract legality → contract_review; plus current score")
R("上回续贷是不是借新还旧哦？一共转了几轮了",
  True, ["warnings"],
  note="借新还旧/renewal signal → warnings")
R("91500107MA61B8Q22R 这家是不是老赖哦，帮我看下有没得被执行、限高",
  False, ["warnings"], names_code=True,
  note="borrower named by code; 老赖/被执行 → warnings")
R("我们跟这家签的借款合同帮我过一遍，有没得啥子条款是违法的",
  True, ["contract_review"], ["regulations"],
  note="whole stored contract vs law → contract_review")
R("诉讼时效是三年嘛？我们催收打电话、发短信算不算中断",
  False, ["regulations"],
  note="limitation period and interruption → law only")
R("火锅店这几个月生意咋样嘛，销项还撑得住不",
  True, ["invoice_summary"],
  note="生意/销项 → invoice_summary")
R("【客户经理小刘】晓燕姐，南岸那家火锅店老板说下个月还不上，想把剩下的38万展期一年，利息还是按原来的走，担保人老周说展期他不管了。\n我的问题：①担保人不签字，展期后他还担不担责 ②原来合同利息约定的好多 ③这家最近生意到底咋样",
  True, ["regulations", "documents", "invoice_summary"], ["contract_review"], asker=FC,
  note="① law on 展期 without guarantor consent ② contract says ③ invoicing")

# ---------------------------------------------------------------- rows 021-040
R("这家的合同利率有没有超红线？",
  True, ["contract_review"], ["documents", "regulations"],
  note="no rate stated; asks whether stored contract's rate is legal → contract_review, not rate_check")
R("他们拿来的保证合同是这样写的：『{c}』这种写法保证期间到底算好久",
  True, ["contract_check"], ["regulations"],
  clause="保证期间：自本合同生效之日起至借款人全部债务本息还清之日止。保证方式为连带责任保证，保证人自愿放弃一切抗辩权，债权人可直接要求保证人承担责任而无需先行向借款人催收。",
  note="pasted guarantee clause (约定不明的保证期间) → contract_check")
R("他说他朋友借给他是日息万分之八，这个超没超",
  True, ["rate_check"],
  note="stated daily rate vs cap → rate_check; nothing about this borrower needed")
R("厂里电费是不是突然少了好多哦，停产了嗦？",
  True, ["warnings"], ["invoice_summary"],
  note="utility usage drop = operating-anomaly warning; invoicing could corroborate")
R("人民调解协议达成了，要去法院司法确认的话好多天内要申请？",
  False, ["regulations"],
  note="人民调解法/民诉法 30-day rule → law only")
R("要起诉了，先看下我们合同里违约金、律师费那几条站不站得住，再看他名下有没得别的官司",
  True, ["contract_review", "warnings"], ["regulations"],
  note="stored contract clauses legality + lawsuits")
R("这家 any red flags 没得？官司、多头那些帮我 list 一下",
  True, ["warnings"], lang="mixed",
  note="red flags / 官司 / 多头 → warnings")
R("销项票这几个月同比是涨还是跌",
  True, ["invoice_summary"],
  note="销项同比 → invoice_summary")
R("小贷公司能不能跨区域放款？我们重庆的小贷放到四川广安去合规不",
  False, ["regulations"],
  note="small-loan regulatory scope → law only")
R("续贷合同里有一条：『{c}』\n这样写了代偿的时候担保人还扯得脱不？另外查下他们是不是一直在借新还旧",
  True, ["contract_check", "warnings"], ["regulations"],
  clause="本笔借款专项用于归还借款人在贷款人处的前笔借款（合同编号YR-2023-0417），保证人已知悉并同意本笔借款的上述用途，并继续按原保证合同约定的范围和期间承担连带保证责任。",
  note="pasted 借新还旧 clause → contract_check; renewal history → warnings")
R("展期申请书上他申请展好久，承诺啥时候还清",
  True, ["documents"],
  note="content of uploaded 申请书 → documents")
R("借款人死了，他屋头老婆要不要还？算不算夫妻共同债务",
  False, ["regulations"],
  note="succession / 夫妻共同债务 → law only")
R("这户现在算高风险还是中风险",
  True, ["score"], ["warnings"],
  note="band → score")
R("1. 开票最近咋样\n2. 评分好多\n3. 有没有新的官司\n4. 我们那份借款合同有没有雷",
  True, ["invoice_summary", "score", "warnings", "contract_review"],
  note="numbered list, one source per item")
R("Under PRC law, is a guarantee given by a limited company valid if there was no board or shareholders' resolution approving it?",
  False, ["regulations"], asker=HK, lang="en",
  note="担保制度解释 on corporate guarantees → law only")
R("他们那份担保合同有没有效哦？担保人是公司，股东会决议传了没得",
  True, ["contract_review", "documents"], ["regulations"],
  note="validity of stored guarantee → contract_review; whether a resolution file was uploaded → documents")
R("他说外头那家网贷是年化36%，这个算高利贷不？我们要不要担心他到处借",
  True, ["rate_check", "warnings"], ["regulations"],
  note="stated 36% → rate_check; 到处借 = 多头 → warnings")
R("帮我找下91500118MA5UQ2E93F那个摩配厂上周传的和解协议，约定分几期还？",
  False, ["documents"], names_code=True,
  note="content of an uploaded 和解协议 for a named borrower → documents")
R("发票复印件里那几张大额的，开给哪个的哦",
  True, ["documents"],
  note="buyer names on uploaded invoice copies → documents; invoice_summary has totals only")
R("他们想逾期利息按年化24%收，另外还要收5%违约金，加起来超不超",
  True, ["rate_check", "regulations"],
  note="stated rates → rate_check; combined 逾期利息+违约金 cap rule is law beyond a single-rate comparison")

# ---------------------------------------------------------------- rows 041-060
R("借款合同约定的是等额本息还是先息后本？下一期该还好多",
  True, ["documents"],
  note="repayment terms in stored contract → documents")
R("1）他们合同上是月息2分5，超没超\n2）超了的部分以前收了的要不要退给他\n3）现在还欠好多本金",
  True, ["rate_check", "regulations", "documents"], ["contract_review"],
  note="stated 2分5 → rate_check; refund/offset of excess interest → law; outstanding principal → documents")
R("听说老板在外头给别个担保遭连累了，查下他们担保圈",
  True, ["warnings"],
  note="guarantee circle → warnings")
R("【借款人微信】何经理，今年生意确实差，开票比去年少了一半还多，想申请展期半年，利息能不能少点\n——他说少一半，真的假的？展期的话担保人要不要重新签字，法律上咋个规定的",
  True, ["invoice_summary", "regulations"], asker=FB,
  note="verify invoicing claim + law on guarantor consent to 展期")
R("征信上报逾期之前要不要先通知借款人？没通知就报了会不会遭投诉",
  False, ["regulations"],
  note="征信业管理条例 notice rule → law only")
R("『{c}』律师费这些全部算进去法院认不认",
  True, ["contract_check"], ["regulations", "rate_check"],
  clause="借款人逾期还款的，每逾期一日按借款本金的千分之五向出借人支付违约金，同时出借人有权按月利率3%计收逾期利息，并由借款人承担出借人为实现债权所支付的律师费、差旅费、公证费、保全担保费等全部费用。",
  note="pasted penalty clause → contract_check; rates inside clause → rate_check optional")
R("他们的营业执照跟铺面租赁合同传了没得？租约好久到期",
  True, ["documents"],
  note="uploaded files and their content → documents")
R("How have their invoiced sales trended over the last few months compared with the same period last year?",
  True, ["invoice_summary"], asker=HK, lang="en",
  note="invoiced sales vs last year → invoice_summary")
R("物流车队最近是不是跑得少了，开票量看得出来不",
  True, ["invoice_summary"], ["warnings"],
  note="business volume via invoicing")
R("这家有没得啥子扯拐的地方哦",
  True, ["warnings"], ["score"],
  note="'is something wrong' → warnings; score helps summarise")
R("91500113MA60D2RN4H 这户开票咋样，跟去年同期比一哈",
  False, ["invoice_summary"], names_code=True,
  note="named by code; invoicing y/y")
R("这家逾期45天了，五级分类该放关注还是次级？",
  True, ["regulations"],
  note="overdue days are given in the question; classification rule is law; no borrower data needed")
R("【法务】这户的保证合同格式条款没加粗提示，担保人可能主张那几条无效。\n——真的假的？帮我把我们存的那份保证合同审一哈",
  True, ["contract_review"], ["documents", "regulations"], asker=FL,
  note="review of the stored guarantee contract → contract_review")
R("抵押合同模板里有一句：『{c}』这句有效没得？",
  False, ["contract_check"], ["regulations"],
  clause="第七条 借款人到期不能清偿债务的，抵押物（渝B·7K326厢式货车一辆及车载冷链设备）所有权直接归出借人所有，双方无需另行办理折价、拍卖或变卖手续，借款人应在三日内无条件配合出借人办理过户登记。",
  note="pasted 流押 clause → contract_check")
R("这户营收够不够还月供哦？月供四万二",
  True, ["invoice_summary"], ["documents"],
  note="营收 → invoice_summary; instalment is stated, contract optional")
R("合同上是月息一分八，到顶没得？要续贷的话看下评分，能不能给他降点",
  True, ["rate_check", "score"], ["documents"],
  note="stated rate → rate_check; pricing on renewal → score")
R("融资担保公司代偿了过后去追借款人，追偿的时效从哪天起算",
  False, ["regulations"],
  note="追偿权 limitation → law only")
R("帮我查下91500105MA5XW9L68R的经营风险打分，啥子原因",
  False, ["score"], names_code=True,
  note="named by code; score + reasons")
R("要上贷审会了，帮我整一段：打分、预警、最近开票，简单点就行",
  True, ["score", "warnings", "invoice_summary"],
  note="summary for credit committee, three named sources")
R("这家的 loan contract 里面 default interest 那条 compliance 上有没有 issue？顺便 check 下最近几个月 invoice 趋势",
  True, ["contract_review", "invoice_summary"], ["regulations"], lang="mixed",
  note="stored contract clause legality + invoicing trend")

# ---------------------------------------------------------------- rows 061-080
R("【催收小王】这户说愿意按日息千分之一把逾期那段时间的利息结了，本金分三个月还\n——日息千分之一我们收得到不？",
  True, ["rate_check"], ["regulations"], asker=FL,
  note="stated 日息千分之一 vs cap → rate_check")
R("新合同加了这条：『{c}』帮我看下站不站得住；另外他们关联方现在有没有遭起诉的",
  True, ["contract_check", "warnings"], ["regulations"],
  clause="借款人或其关联方在任何金融机构或其他债权人处发生逾期，或涉及诉讼、仲裁、被列为被执行人的，均构成本合同项下违约，贷款人有权宣布本合同项下全部借款立即到期，并自宣布之日起按合同利率上浮50%计收罚息。",
  note="pasted cross-default clause → contract_check; related-party lawsuits → warnings")
R("支付令发出去了债务人不理，好久可以申请强制执行",
  False, ["regulations"],
  note="民诉法 支付令 procedure → law only")
R("听说他们遭起诉了好几起，先核实一哈有好多起、啥子案由；要是真的，合同没约定加速到期的话法律上能不能提前收贷",
  True, ["warnings", "regulations"], ["documents", "contract_review"],
  note="verify lawsuits → warnings; right to accelerate absent a clause → law")
R("担保公司给他们代偿过后，我们还能不能找保证人？逾期都M3了。顺便看下担保人那边有没有扯到担保圈里",
  True, ["regulations", "warnings"],
  note="effect of 代偿 on our claim → law; guarantee circle → warnings")
R("客户想借新还旧，监管上允不允许哦？他之前是不是以经搞过一回了",
  True, ["regulations", "warnings"],
  note="regulatory view of 借新还旧 → law; renewal history → warnings")
R("帮我 summarize 一下这家的 risk profile，HK 那边要看，中英文都要",
  True, ["warnings", "score"], ["invoice_summary"], asker=HK, lang="mixed",
  note="risk profile = warnings + score; invoicing helps")
R("这户准备下调到关注类，理由帮我凑齐，预警跟评分都列上",
  True, ["warnings", "score"], ["regulations"],
  note="downgrade memo: warnings + score; classification rule optional")
R("For 92500108MA5YH4T05X: any enforcement records or multi-lender flags? And what does PRC law say about us continuing to lend to someone listed as a dishonest judgment debtor (失信被执行人)?",
  False, ["warnings", "regulations"], asker=HK, lang="en", names_code=True,
  note="named by code; enforcement/多头 → warnings; lending to 失信 → law")
R("『{c}』电子送达这样约定法院认不认？",
  True, ["contract_check"], ["regulations"],
  clause="第十二条 因本合同发生的争议，由出借人住所地人民法院管辖；借款人同意放弃管辖权异议，并同意人民法院可通过微信、短信、电子邮件等方式向其送达包括判决书、裁定书在内的全部诉讼文书。",
  note="pasted jurisdiction/service clause → contract_check")
R("担保人是哪几个？担保合同里担保范围包不包括律师费",
  True, ["documents"],
  note="who guarantees and scope as written → documents")
R("【客户经理】晓燕姐，这户的借条原件找不到了，系统里应该传了扫描件\n——帮我翻下借条上出借人写的是公司还是个人，有没有按手印",
  True, ["documents"], asker=FC,
  note="content of uploaded 借条 scan → documents")
R("他们交的银行流水，每个月进账大概好多",
  True, ["documents"], ["invoice_summary"],
  note="uploaded bank statements → documents; invoicing is a different measure, optional")
R("他说春节过后生意回来了，开票数据对得上不？顺便在看下有没有别的预警",
  True, ["invoice_summary", "warnings"],
  note="verify sales via invoicing + other warnings (typo 在 kept)")
R("菜园坝那个档口最近几个月开了好多票，打分好多",
  True, ["invoice_summary", "score"],
  note="invoicing + score")
R("去年那笔借款合同里头是不是有砍头息哦？真打官司会不会遭法院把本金调减",
  True, ["contract_review"], ["documents", "regulations"],
  note="砍头息 in stored contract and court consequence → contract_review")
R("展期协议签得有没有问题？担保人那边出了书面同意没得",
  True, ["contract_review", "documents"], ["regulations"],
  note="stored 展期协议 legality + whether a consent document exists")
R("91500106MA7C3P1J7R 这家的借款合同风险点帮我列一哈",
  False, ["contract_review"], names_code=True,
  note="named by code; stored contract review")
R("续贷前合同要重签，原来那份哪些条款要改？现在打分好多",
  True, ["contract_review", "score"],
  note="review of old stored contract + score")
R("我们跟他签的融资租赁合同帮我看下，有没得名为租赁实为借贷的风险",
  True, ["contract_review"], ["regulations", "documents"],
  note="recharacterisation risk of stored lease → contract_review")

# ---------------------------------------------------------------- rows 081-100
R("91500120MA5Y0N4G6H 那家的借款合同跟担保合同都审一遍，再看下有没得被执行",
  False, ["contract_review", "warnings"], names_code=True,
  note="named by code; review both stored contracts + enforcement")
R("我们跟他签的抵押合同，抵押物是冻库和制冷设备，当时没去登记，现在还有效不？",
  True, ["contract_review"], ["documents", "regulations"],
  note="validity of stored mortgage contract → contract_review (unregistered movable mortgage)")
R("Borrower's other lender charges 1.5% per month plus a 3% service fee deducted upfront. Is that above the legal cap?",
  False, ["rate_check"], ["regulations"], asker=HK, lang="en",
  note="stated rate + fee → rate_check; 砍头息 article optional")
R("客户问 APR 18% 跟月息1分5是不是一回事，两个都合法不",
  True, ["rate_check"], lang="mixed",
  note="two stated rates → rate_check")
R("借一万块一个月给一千利息，这算不算高利贷？会不会涉刑",
  False, ["rate_check", "regulations"],
  note="stated rate → rate_check; criminal exposure (非法放贷) → law")
R("借款合同2019年签的，约定年利率20%，现在起诉法院支持到好多",
  False, ["rate_check", "regulations"],
  note="stated rate; pre-2020-08-20 contract transitional rule needs law")
R("他找的民间借贷月息3分，借了50万，我们这边五级分类要不要往关注类调",
  True, ["rate_check", "regulations"], ["warnings", "score"],
  note="stated rate → rate_check; classification rule → law")
R("周转那笔是按每天万分之六算的，跟我们合同上的利息叠起来超标没得",
  True, ["rate_check", "documents"], ["contract_review", "regulations"],
  note="stated daily rate + our contract rate from stored contract")
R("【客户经理】老板说隔壁小贷给他开的是月息1分2、不要抵押，问我们能不能比到这个价\n——1分2本身合规不？这家评分够不够得上优惠价",
  True, ["rate_check", "score"], asker=FC,
  note="stated rate → rate_check; pricing → score")
R("【借款人发来的展期协议】『{c}』\n——保证人没签字还要担责不？",
  True, ["contract_check"], ["regulations", "rate_check", "documents"], asker=FB,
  clause="一、展期期限自2024年9月21日至2025年3月20日，展期期间借款利率调整为月利率1.9%。二、原借款合同项下保证人继续按原保证合同承担连带保证责任，保证人未在本展期协议上签字的，不影响其保证责任的承担。",
  note="pasted 展期 clause → contract_check; original guarantee contract optional")
R("合作方给的协议里有这段：『{c}』这种收法有没有问题",
  False, ["contract_check"], ["rate_check", "regulations"],
  clause="借款人应于放款当日另行向丙方（渝信融通咨询服务有限公司）一次性支付咨询服务费，费率为借款金额的每月1.2%，按借款期限全额计收，该费用与借款利息分别计算，不计入借款利率及综合融资成本。",
  note="pasted fee clause → contract_check")
R("他们拿了个设备租赁合同来，有一条我看不懂：『{c}』出租人自己跑去拖设备合法不？",
  True, ["contract_check"], ["regulations"],
  clause="第九条 承租人不得转租、转借或抵押租赁物；承租人拖欠租金超过十五日的，出租人有权不经通知自行进入承租人经营场所拆除并收回设备，由此造成的停工、货损等一切损失由承租人自行承担。",
  note="pasted self-help repossession clause → contract_check")
R("保证合同里写的：『{c}』配偶本人没签字，这条对他老婆有用不",
  False, ["contract_check"], ["regulations"],
  clause="第四条 保证人配偶（身份证号见附件）已知悉并同意本保证合同全部条款，本合同项下保证债务为保证人夫妻共同债务，保证人配偶自愿以夫妻共同财产及其个人名下财产对借款人全部债务承担连带保证责任。",
  note="pasted spouse clause → contract_check")
R("客户经理起草的补充协议你帮我过一哈：『{c}』以物抵债能这么写不？店子现在还开着没得",
  True, ["contract_check", "warnings"], ["invoice_summary", "regulations"],
  clause="双方确认，截至2024年6月30日借款人尚欠本息合计人民币捌拾叁万元整，借款人自愿以其名下火锅店全部桌椅、锅具、冷柜及店招抵偿其中叁拾万元，剩余部分自2024年8月起分十二期等额偿还。",
  note="pasted 以物抵债 clause → contract_check; still operating → operating-anomaly warnings")
R("Can you check this clause from the template our Chongqing team uses for this borrower? 『{c}』 Is it enforceable, and is it OK under the collection rules?",
  True, ["contract_check"], ["regulations"], asker=HK, lang="mixed",
  clause="借款人同意，如发生逾期，出借人或其委托的第三方有权将借款人的逾期信息告知其亲属、同事、紧急联系人及通讯录联系人，并可在借款人住所及经营场所张贴催款通知，借款人对此不持任何异议。",
  note="pasted collection clause → contract_check; nothing borrower-specific needed")
R("这家个体户老板跑路了，起诉的话被告写字号还是写经营者本人，两口子都要写上不",
  True, ["regulations"],
  note="asked on borrower page but pure procedure law; no borrower data needed")
R("贷款利息收入增值税是好多个点？小贷公司能不能给客户开专票拿去抵扣",
  False, ["regulations"],
  note="VAT on loan services → law only")
R("还款承诺书上他写的那天之前还清？",
  True, ["documents"],
  note="content of uploaded 承诺书 (typo 那/哪 kept)")
R("What's driving their score down? Just the top three reasons please.",
  True, ["score"], asker=HK, lang="en",
  note="score reasons")
R("这家额度还能不能续？评分、开票、预警都给我看下，合同上还剩好多本金没还",
  True, ["score", "invoice_summary", "warnings", "documents"],
  note="renewal decision: four borrower sources incl. outstanding principal from contract")


# ---------------------------------------------------------------- checks
_USCC_CS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc_ok(code: str) -> bool:
    if len(code) != 18 or any(c not in _USCC_CS for c in code):
        return False
    s = sum(_USCC_CS.index(c) * w for c, w in zip(code[:17], _USCC_W))
    return _USCC_CS[(31 - s % 31) % 31] == code[17]


def check(rows: list[dict]) -> None:
    assert len(rows) == 100, len(rows)
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == len(ids)
    qs = [r["question"] for r in rows]
    assert len(set(qs)) == len(qs), "duplicate question"
    for r in rows:
        assert r["needs"], r["id"]
        assert set(r["needs"]) <= set(SOURCES), r["id"]
        assert set(r["optional"]) <= set(SOURCES), r["id"]
        assert not set(r["needs"]) & set(r["optional"]), r["id"]
        assert len(set(r["needs"])) == len(r["needs"]) and len(set(r["optional"])) == len(r["optional"])
        assert r["lang"] in ("zh", "en", "mixed"), r["id"]
        assert isinstance(r["borrower_in_focus"], bool)
        codes = re.findall(r"(?<![0-9A-Z])[0-9A-Z]{18}(?![0-9A-Z])", r["question"])
        if r.get("names_code"):
            assert not r["borrower_in_focus"], r["id"]
            assert codes and all(uscc_ok(c) for c in codes), (r["id"], codes)
        else:
            assert not codes, r["id"]
        if "contract_check" in r["needs"]:
            assert r["_clause"] and len(r["_clause"]) >= 80, (r["id"], len(r["_clause"] or ""))
        if r["_clause"]:
            assert "contract_check" in r["needs"], r["id"]
    need_counts = Counter(n for r in rows for n in r["needs"])
    for s in SOURCES:
        assert need_counts[s] >= 12, (s, need_counts[s])
    assert sum(len(r["needs"]) >= 2 for r in rows) >= 25
    assert sum(r["needs"] == ["regulations"] for r in rows) >= 10
    assert sum(len(r["needs"]) == 1 and r["needs"][0] in BORROWER_SOURCES for r in rows) >= 10


def stats(rows: list[dict]) -> None:
    print("rows", len(rows))
    print("needs", dict(Counter(n for r in rows for n in r["needs"]).most_common()))
    print("optional", dict(Counter(n for r in rows for n in r["optional"]).most_common()))
    print("n_needs", dict(sorted(Counter(len(r["needs"]) for r in rows).items())))
    print("regulations_only", sum(r["needs"] == ["regulations"] for r in rows))
    print("single_borrower_source", sum(len(r["needs"]) == 1 and r["needs"][0] in BORROWER_SOURCES for r in rows))
    print("borrower_in_focus", dict(Counter(r["borrower_in_focus"] for r in rows)))
    print("names_code", sum(bool(r.get("names_code")) for r in rows))
    print("lang", dict(Counter(r["lang"] for r in rows).most_common()))
    print("asker", dict(Counter(r["asker"] for r in rows).most_common()))
    print("multiline", sum("\n" in r["question"] for r in rows))


def main() -> None:
    check(ROWS)
    with OUT.open("w", encoding="utf-8", newline="\n") as f:
        for r in ROWS:
            out = {k: v for k, v in r.items() if k != "_clause"}
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    stats(ROWS)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
