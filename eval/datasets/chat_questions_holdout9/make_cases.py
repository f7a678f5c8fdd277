"""Build chat_questions_holdout9/cases.jsonl: 100 held-out chat-routing questions by author 11.

Every row is held literally below, written by hand (韦秀梅's 普惠金融部 at a county 农商行 in Guangxi, her 客户经理 and
colleagues, mostly voice-dictated). This script only validates the rows and writes them out (sorted keys, UTF-8, one
object per line), then prints the counts quoted in SOURCE.md. Held out: never tune on these rows.

Run: .venv/bin/python eval/datasets/chat_questions_holdout9/make_cases.py
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

KM, FX, ZH, DH, HG, CW, BZ = "客户经理", "风险经理", "支行长", "贷后专员", "合规专员", "村委干部", "部门负责人"
RE, DO, WA, IN, SC, CR, CC, RC = SOURCES
T, F = True, False

# (id, asker, borrower_in_focus, needs, optional, lang, question, note)  -- a 9th element True marks names_code.
ROWS = [
    ("cqj-001", KM, T, [WA], [], "zh",
     "韦总我现在在六合村覃德文家门口 他隔壁那个阿婆讲他去年跟人打官司打到县法院去了 还讲他欠人家钱被法院执行过 我不知道真假 你帮我看一下他到底有没有官司或者被执行的 我等下就要进他家做调查了",
     "lawsuits / enforcement of the borrower in focus: warnings"),
    ("cqj-002", KM, T, [SC], [], "zh",
     "那他嘅分呢",
     "short follow-up asking the score"),
    ("cqj-003", CW, F, [RE], [], "zh",
     "我系六合村村委嘅 我哋村有个老人家佢个仔喺外面借咗人哋钱冇还 债主而家天天上门话要老人家还 父债子还就听过 子债父还有冇呢个讲法 老人家要唔要还",
     "whether parents are liable for an adult son's debt: law only, no borrower"),
    ("cqj-004", KM, T, [IN], [], "zh",
     "开票呢",
     "short follow-up asking invoices"),
    ("cqj-005", HG, F, [RE], [RC], "mixed",
     "合规这边问下 民间借贷利率保护上限而家系按一年期LPR四倍 系按合同成立时嘅LPR定系起诉时嘅 逾期之后嘅利息又点计",
     "how the cap rule works, no rate stated: regulations; rate_check only optional (it knows the cap figures)"),
    ("cqj-006", KM, T, [RC], [RE], "zh",
     "佢话佢去年喺放水嘅度借咗两万 月利系三分 每个月俾六百蚊利系 呢个超冇超法律规定啊",
     "stated 月息3分 (利系 = 利息) and asks whether over the cap"),
    ("cqj-007", FX, T, [WA], [DO], "zh",
     "这户最近半年征信查询次数多不多 我看他好像到处去申请贷款 几家银行都去过了",
     "many credit enquiries: warnings; the uploaded 征信 report would only confirm"),
    ("cqj-008", KM, T, [DO], [], "zh",
     "他交上来的那本林全证 面积写的是好多亩 坐落在哪个村哪个小班 我要填评估表",
     "what the uploaded forest-right certificate (林全证 = 林权证, voice slip) says"),
    ("cqj-009", KM, T, [CC, RC], [RE], "zh",
     "佢俾咗张借条相我 我用手机识别出嚟系咁样嘅 “今借到蒙桂芳人民币伍万元整（￥50000元），用于购买猪苗饲料，借期六个月，月利率贰分，按月付息，到期不还按每日千分之五支付违约金。借款人：覃德文 担保人：覃德武 2023年3月5日” 你帮我睇下呢张借条有冇问题 利系同违约金有冇超",
     "OCR text of a 借条 pasted, asks about defects and whether rate / penalty exceed the cap"),
    ("cqj-010", BZ, F, [RE], [], "zh",
     "保证合同冇约定保证期间嘅话系几耐 六个月定系两年 我记得民法典出嚟之后改咗",
     "default guarantee period: law only"),
    ("cqj-011", DH, T, [WA], [], "zh",
     "佢个米粉厂上个月社保人数系唔系跌咗好多 我今日去厂里得几个人喺度做嘢 同埋水电有冇异常",
     "social-insurance headcount and utilities: warnings (the visit is an impression, not the data)"),
    ("cqj-012", KM, T, [IN], [], "zh",
     "这间米粉厂今年一到九月份开票开了好多 跟去年同期比是多了还是少了",
     "invoiced sales year on year"),
    ("cqj-013", FX, F, [RE], [], "zh",
     "土地经营权得不得抵押 承包户流转出去的经营权还剩三年 受让方拿来抵押要不要发包方同意 要不要登记才生效",
     "land-management-right mortgage rules: law only"),
    ("cqj-014", KM, T, [CR], [DO, RE], "zh",
     "我们跟他签的那份抵押合同有没有哪样问题 帮我过一遍 他下个礼拜要续贷了",
     "review of the stored mortgage contract, no text pasted"),
    ("cqj-015", DH, T, [WA, RE], [DO], "zh",
     "佢屋企收到法院传票 “XX县人民法院传票 案号（2024）桂0881民初2317号 案由民间借贷纠纷 被传唤人覃德文 应到时间2024年7月9日上午九时” 呢单官司会唔会影响我哋嘅贷款 佢抵押俾我哋嘅房法院会唔会查封 佢仲有冇其他官司",
     "pasted court summons (not contract text): effect on our mortgage is law; 'any other lawsuits' needs warnings; documents (mortgage registration) optional"),
    ("cqj-016", CW, F, [RC], [RE], "mixed",
     "村民喺手机个app度借咗八千 每个月还一千零五十 还十个月 呢个利息算落年化几多 有冇超过国家规定",
     "rate stated as repayment amounts; asks APR and the cap"),
    ("cqj-017", KM, T, [SC], [WA], "zh",
     "为哪样他上个月还是B档 这个月就掉到C档了 扣分是因为哪样",
     "band drop and its reasons: score; warnings optional (the event behind a reason)"),
    ("cqj-018", FX, T, [SC, WA], [], "zh",
     "佢分咁高 但系我听讲佢喺外面几个平台都有借 评分系唔系冇反映到多头 你帮我对下",
     "score vs. multi-lender borrowing: both"),
    ("cqj-019", HG, T, [CC, RC], [CR, RE], "zh",
     "我哋新版农户贷款合同第十二条系咁写嘅 “借款人未按约定用途使用借款的，贷款人有权宣布贷款提前到期，并自挪用之日起按借款利率加收百分之百计收罚息，同时借款人应按借款本金的百分之二十支付违约金，违约金不足以弥补贷款人损失的，借款人还应赔偿。” 罚息加违约金叠加 法院会唔会认 会唔会过高",
     "pasted clause of our own contract, asks whether penalty interest + penalty are too high: check + rate; review optional"),
    ("cqj-020", KM, T, [DO], [CR], "zh",
     "佢个联保小组五户 联保协议系唔系五户都签齐咗名 有冇漏签 我记得有一户系佢老婆代签嘅",
     "what the stored 联保协议 shows (signatures): documents; review optional"),
    ("cqj-021", ZH, T, [SC, IN, WA, CR], [DO], "zh",
     "明天贷审会上他 你帮我整体过一下 评分好多 开票情况 有没有预警 合同有没有问题 四样都要",
     "four named checks before the credit committee"),
    ("cqj-022", CW, F, [RE], [], "zh",
     "放水嘅人话我哋村个后生仔借咗佢五千 当时就扣咗一千做利系 实际得四千到手 而家要佢还五千仲要加利系 本金应该系四千定系五千",
     "interest deducted up front (砍头息): what counts as principal is law; no rate stated"),
    ("cqj-023", KM, T, [RC, WA], [RE], "zh",
     "佢话上个月喺网贷借咗三笔 年化百分之三十五点九 呢个利系有冇超 仲有佢喺几多个平台借过你帮我查下",
     "stated APR vs cap, plus multi-lender borrowing"),
    ("cqj-024", DH, T, [DO], [WA], "zh",
     "佢嘅征信报告入面有冇余期记录 最长余期几耐",
     "what the uploaded 征信 report shows about 逾期 (余期): documents; warnings optional"),
    ("cqj-025", KM, T, [CC], [RE], "zh",
     "佢同镇上一个老板签咗份嘢 佢影相发俾我 “甲方将其承包的位于那隆镇六合村的甘蔗地二十亩经营权作为借款伍万元的担保，如甲方到期未能还清借款本息，该土地经营权自动归乙方所有，甲方及其家属不得提出任何异议，乙方可自行耕种或转包。” 呢份嘢有冇法律效力 到期唔还地就真系归人哋咩",
     "pasted private agreement with a forfeiture (流质) term: contract_check"),
    ("cqj-026", KM, T, [CR], [DO, RE], "zh",
     "我们跟他签的借款合同里面利率和罚系有没有超 我现在手上没得合同",
     "rate / penalty (罚系) terms of the STORED contract, no number stated: contract_review, not rate_check"),
    ("cqj-027", KM, T, [IN], [DO], "zh",
     "他讲他一年做两百多万的生意 你看一下他开票对不对得上 差好多",
     "claimed turnover vs invoices; the claim is in the message"),
    ("cqj-028", KM, T, [WA], [], "zh",
     "佢有冇被列入失信或者限高啊 佢话下个月要坐飞机去海南睇沃柑苗",
     "失信 / 限高: warnings"),
    ("cqj-029", HG, F, [RE], [], "zh",
     "创业单保贷款的贴息资金如果借款人挪去买车了 银行要不要承担责任 贴息要不要退 骗取贷款罪要满足哪样条件才构成",
     "liability and the crime of obtaining loans by deception: law only"),
    ("cqj-030", KM, T, [IN, WA], [], "zh",
     "佢最近三个月销项跌咗一半 系唔系出咗乜事 有冇欠税或者被人告",
     "sales drop plus tax arrears / lawsuits"),
    ("cqj-031", FX, F, [SC], [], "zh",
     "帮我查下统一社会信用代码91450881MA5P3QW7XQ呢间米粉厂而家嘅评分同档次",
     "score of a borrower named by code", True),
    ("cqj-032", KM, T, [CR, DO], [RE], "zh",
     "他那份林权抵押合同有没有去林业局或者不动产登记中心办登记 登记证明有没有传上来 合同条款有没有瑕疵",
     "whether the registration certificate is on file (documents) and defects of the stored contract (review)"),
    ("cqj-033", KM, T, [CR], [DO, RE], "zh",
     "佢去年续贷嗰阵签嘅最高额保证合同 保证范围同保证期间有冇漏洞",
     "guarantee terms of the stored contract: review"),
    ("cqj-034", DH, T, [RC], [CR, DO, RE], "zh",
     "他跟我们签的农户贷款合同年利率是百分之七点八 余期罚系在合同利率上浮百分之五十 这样合不合规 有没有超",
     "rates from our stored contract stated in the message (余期罚系 = 逾期罚息): rate_check; the contract itself optional"),
    ("cqj-035", ZH, T, [WA], [], "zh",
     "佢同隔离几个养猪户系唔系互相单保 有冇形成担保圈 上次猪瘟嗰几户都出咗事",
     "mutual guarantees (单保 = 担保): warnings"),
    ("cqj-036", KM, T, [CC], [CR, RE], "zh",
     "我哋联保协议第六条系咁写嘅 “联保小组成员对小组内任一成员在贷款人处的借款本金、利息、罚息及实现债权的费用承担连带保证责任，保证期间为主债务履行期限届满之日起三年，成员未经贷款人书面同意退出小组的，不免除其保证责任。” 保证期间写三年有冇效 法律唔系话最长六个月咩",
     "pasted clause of our 联保协议 asking about the guarantee period: check; review and law optional"),
    ("cqj-037", KM, T, [SC], [IN], "mixed",
     "The score for 佢 ok唔ok 佢想加额度到二十万",
     "score; invoices would help the limit decision"),
    ("cqj-038", CW, F, [RE], [], "zh",
     "我哋村有户人嘅砂糖橘果园畀法院查封咗 但系果就快熟 唔摘就烂晒 果可唔可以摘去卖 卖咗嘅钱归边个",
     "seized orchard's fruit: law only"),
    ("cqj-039", FX, T, [RC], [RE], "zh",
     "佢话佢喺小贷公司借咗二十万 日息万分之六 另外每个月收百分之一嘅服务费 加埋算唔算高利贷",
     "stated daily rate plus monthly fee, asks whether usurious"),
    ("cqj-040", KM, T, [DO, IN], [], "zh",
     "贷款申请表上他填的年收入是好多 跟他实际开票对不对得上",
     "what the application form says, compared with invoices"),
    ("cqj-041", DH, T, [WA], [DO, SC], "zh",
     "佢交咗份情况说明 “本人因今年沃柑遇寒潮减产约六成，收购商压价，资金周转困难，无法按期归还贵行贷款本金十五万元，恳请贵行给予展期一年。” 你帮我睇下佢之前有冇展过期或者借新还旧 仲有冇其他风险",
     "pasted borrower statement (not a contract): roll-over history and other risks are warnings"),
    ("cqj-042", BZ, F, [RE], [], "zh",
     "抵押物系农村宅基地上面起嘅房 呢种抵押合同有冇效 法院会唔会支持我哋拍卖",
     "mortgage of a house on homestead land: law only"),
    ("cqj-043", KM, F, [IN], [], "zh",
     "93450881MA5L2D8C4R 呢个合作社去年全年开咗几多票 主要卖俾边几家",
     "invoices of a cooperative named by code", True),
    ("cqj-044", KM, T, [CC, RC], [RE], "zh",
     "佢之前同人签过份借款合同 我抄咗其中一段 “借款期限届满借款人未能还款的，每逾期一日按借款总额的千分之三向出借人支付违约金，并承担出借人为实现债权所支出的律师费、差旅费、催收费、保全费等一切费用，违约金不足以弥补损失的借款人仍应赔偿。” 咁样违约金同啲费用加埋有冇超过法律保护嘅上限",
     "pasted clause, asks whether penalty + fees exceed the cap: check + rate"),
    ("cqj-045", FX, T, [WA], [], "zh",
     "这户续贷了好多次了 是不是年年都是借新还旧",
     "roll-over count: warnings"),
    ("cqj-046", HG, F, [RE], [], "zh",
     "诉讼时效是三年 分期还款的借款是从最后一期到期开始算 还是每一期分开算 我们发催收短信算不算中断",
     "limitation period for instalment loans: law only"),
    ("cqj-047", KM, T, [SC, IN], [], "zh",
     "帮我睇下佢个分同开票 我想俾佢报会农贷二十万",
     "score and invoices"),
    ("cqj-048", KM, T, [DO], [], "zh",
     "合作社那份社员大会决议有没有写同意拿合作社的拖拉机跟收割机做抵押 签名同意的有好多个社员",
     "what the stored members' resolution says"),
    ("cqj-049", KM, T, [RC, DO], [RE], "zh",
     "佢话佢喺隔离镇信用社借嘅利率系月息八厘 佢有交借款合同复印件俾我哋 你睇下合同上系唔系真系咁写 同埋呢个利率有冇超",
     "verify the uploaded copy (documents) and judge the stated rate (rate_check)"),
    ("cqj-050", DH, T, [RE], [WA], "zh",
     "佢被人告咗 系民间借贷纠纷 判咗之后法院会唔会查封我哋抵押咗嘅房 我哋抵押登记咗嘅系唔系优先受偿",
     "lawsuit stated by the asker; the question is priority of a registered mortgage: law; warnings optional"),
    ("cqj-051", KM, F, [RC], [RE], "zh",
     "一万蚊一个月收四百蚊利系 讲系朋友价 咁犯唔犯法",
     "rate stated as 400 a month on 10,000"),
    ("cqj-052", KM, T, [SC], [], "zh",
     "他的评分扣分原因是哪样 为哪样这么低 我看他家养了三百头猪条件蛮好的",
     "score reasons"),
    ("cqj-053", KM, T, [CC], [RC, CR, RE], "zh",
     "客户话我哋合同系霸王条款 佢指嘅系呢段 “借款期限自2024年1月10日起至2025年1月9日止，执行年利率百分之五点二，按月结息到期还本。借款人提前还款的，应提前三十日向贷款人提出书面申请，经贷款人同意后方可办理，已计收的利息不予退还。” 呢条有冇问题 系唔系格式条款要特别提示",
     "pasted clause of our contract; contains a rate but the question is the prepayment term: rate_check optional"),
    ("cqj-054", FX, T, [WA], [IN], "zh",
     "佢开票跌咗咁多 系唔系因为欠税 你睇下有冇税务方面嘅预警",
     "the drop is stated; the question is tax arrears: warnings; invoices only confirm"),
    ("cqj-055", ZH, T, [CR, WA], [DO, RE], "zh",
     "他的单保合同有没有问题 还有他本人最近有没有新增官司或者被执行",
     "stored guarantee contract review plus lawsuits"),
    ("cqj-056", KM, F, [RE], [], "zh",
     "联保小组入面有一户跑咗路 其他四户系唔系要全部帮佢还晒 可唔可以只揾其中一户追",
     "joint liability within a group: law only"),
    ("cqj-057", FX, F, [WA], [], "zh",
     "93450881MA5Q1FXN26呢个合作社有冇官司 被执行 多头借款",
     "warnings of a cooperative named by code", True),
    ("cqj-058", KM, T, [CR], [DO, RE], "zh",
     "他那份土地经营权抵押合同 发包方同意书没有附 会不会导致抵押无效",
     "defect of the stored mortgage contract: review (legal comparison done by the tool)"),
    ("cqj-059", KM, T, [IN], [], "zh",
     "他最大的几个客户是哪几家 是不是都是糖厂 占比好多",
     "top customers from invoices"),
    ("cqj-060", HG, T, [CR], [DO, RE], "zh",
     "我们跟他签的展期协议有没有写清楚单保人同意展期 如果没写 单保人还用不用负责",
     "stored extension agreement's guarantee term and its consequence: review"),
    ("cqj-061", KM, T, [RC, CR], [DO, RE], "zh",
     "佢话佢而家每个月净系利系都要还三千几 借咗三十万 你睇下呢个利率高唔高 同埋佢嘅借款合同同抵押合同条款有冇问题",
     "rate stated as amounts (rate_check) plus a review of the stored contracts"),
    ("cqj-062", DH, T, [WA, DO], [], "zh",
     "这笔是不是借新还旧 合同里面借款用途写的是哪样 是不是写着还旧贷",
     "roll-over warning plus what the stored contract says"),
    ("cqj-063", CW, F, [RC, RE], [], "zh",
     "村民俾我睇佢同放水佬嘅微信 “兄弟上次借你三万 讲好日息一分 今日够一个月 连本带利三万九 今晚之前打过嚟 唔系我上你屋企搵你” 呢个利息合唔合法 佢咁样上门催要唔要报警",
     "WeChat message (not contract text) with a daily rate; plus harassing collection: law"),
    ("cqj-064", KM, T, [SC, WA], [], "zh",
     "佢评分掉咗 系唔系因为佢有新官司",
     "score reasons and whether there is a new lawsuit"),
    ("cqj-065", FX, T, [DO, RE], [], "zh",
     "合作社章程里面有没有写对外担保要经过社员大会通过 如果没写 理事长一个人签的担保合同法律上有没有效",
     "what the stored articles say plus what the law makes of it"),
    ("cqj-066", KM, T, [IN], [], "zh",
     "最近三个月红冲多不多 他有没有开了票又冲回去的",
     "red-letter reversals"),
    ("cqj-067", KM, T, [DO], [], "zh",
     "他老婆的共同还款承诺书我们有没有收 是不是他老婆本人签的名 有没有按手印",
     "whether a document is on file and what it shows"),
    ("cqj-068", ZH, T, [SC], [WA], "zh",
     "这户评级是几级 得不得纳入今年的整村授信名单",
     "rating for whole-village credit; warnings optional"),
    ("cqj-069", HG, F, [CR], [DO, RE], "zh",
     "91445381MA53YJ6B81 呢间农机公司嘅借款合同同抵押合同帮我审一下 有冇违规嘅条款",
     "review of stored contracts of a borrower named by code", True),
    ("cqj-070", KM, T, [CC, WA], [RE], "zh",
     "佢话佢帮隔离村嘅覃师傅喺信用社做过担保 合同入面写住 “保证人自愿为借款人在本合同项下的全部债务提供连带责任保证，保证期间为主债务履行期届满之日起两年，借款人未按期还款的，贷款人有权直接从保证人在贷款人处开立的任何账户中扣划相应款项。” 你睇下呢个担保条款对佢有乜风险 佢仲有冇帮其他人担保",
     "another lender's guarantee clause pasted (check) plus other guarantees (warnings)"),
    ("cqj-071", DH, F, [RE], [], "zh",
     "借款人过世了 他老婆讲不知道这笔钱 夫妻共同债务是怎么认定的 他老婆跟他仔要不要还",
     "marital debt and heirs: law only"),
    ("cqj-072", KM, T, [CR], [DO, RE], "zh",
     "合同入面嘅担保条款有冇效 佢老婆冇签字嘅",
     "validity of the stored contract's guarantee term: review"),
    ("cqj-073", KM, F, [RC], [RE], "mixed",
     "农机店搞分期 首付三成 剩低嘅分十二期还 每期手续费零点八 客户问我呢个贵唔贵 有冇超过国家规定 换算成APR大概几多",
     "instalment fee stated; asks APR and cap"),
    ("cqj-074", FX, T, [IN], [WA], "zh",
     "他销项跟进项差好多 毛利大概好多 是不是有虚开的嫌疑",
     "output vs input invoices; warnings optional for the fake-invoice suspicion"),
    ("cqj-075", FX, F, [RC, WA], [RE], "zh",
     "91450821MA5N0HH6EH 呢间运输公司喺小贷借咗一百万 年化二十八 佢话二十四到三十六之间法院唔管 系咪冇事 另外佢仲有冇喺其他地方借",
     "stated APR with the old 24/36 idea (rate_check) plus multi-lender borrowing", True),
    ("cqj-076", KM, T, [DO], [], "zh",
     "上次他交的银行流水 每个月入账大概好多 最大一笔是哪个打过来的",
     "what the uploaded bank statement shows"),
    ("cqj-077", HG, T, [CC], [CR, RE], "zh",
     "我哋农户贷款合同嘅送达条款系咁写嘅 “借款人确认本合同首页所载地址为有效送达地址，贷款人或人民法院按该地址邮寄送达的各类文书，无论借款人是否实际签收，均自邮寄之日起第三日视为送达，借款人变更地址未书面通知贷款人的，由借款人自行承担不利后果。” 法院认唔认",
     "pasted service clause of our contract: check; review optional"),
    ("cqj-078", KM, T, [SC, IN, WA], [], "zh",
     "佢想贷三十万扩建猪场 你帮我睇下佢分几多 开票 同埋有冇乜嘢预警 我好快要返去佢屋企",
     "score, invoices and warnings"),
    ("cqj-079", ZH, F, [RE], [], "zh",
     "我们做整村授信 村委出的推荐证明 如果他推荐的人后面还不起钱 村委或者村干部要不要负责",
     "liability of a village committee's recommendation: law only"),
    ("cqj-080", KM, T, [RC, RE], [], "zh",
     "佢之前同亲戚借嘅钱月息两分 已经还咗一年利系 佢而家话超过法律保护嘅利系要退返 多俾嘅部分可唔可以抵本金",
     "stated 月息2分 vs cap plus whether excess offsets principal: law"),
    ("cqj-081", CW, F, [CC], [RE], "zh",
     "村民俾咗份合同我 话系一间农业公司嘅 “乙方（农户）向甲方购买沃柑种苗及肥料，货款由甲方指定的金融机构以乙方名义发放贷款直接支付，乙方承担全部还款责任，如因种苗质量问题导致减产，甲方不承担任何责任，乙方不得以此为由拒绝还款。” 呢份合同对农户公唔公平 签得唔得",
     "pasted clause of a third party's contract: check"),
    ("cqj-082", KM, T, [CC], [DO, RE], "zh",
     "合作社同村民签嘅土地流转合同入面有一条 “乙方在流转期限内可以将本合同项下的土地经营权向金融机构申请抵押融资，无需另行征得甲方同意，抵押期限不得超过本合同剩余流转期限，乙方到期不能清偿债务的，金融机构可依法处置该土地经营权。” 呢条写得啱唔啱 我哋可唔可以凭呢份合同做抵押",
     "pasted clause of the cooperative's lease: check; documents optional (the lease may be on file)"),
    ("cqj-083", DH, T, [DO, RE], [], "zh",
     "佢嘅借条相片入面写嘅借款日期系几时 到而家有冇过咗诉讼时效",
     "date on the stored 借条 photo plus the limitation rule"),
    ("cqj-084", FX, F, [SC, WA], [], "zh",
     "92445381MA52RK9L0D 呢个家庭农场嘅分同预警帮我一齐睇下",
     "score and warnings of a farm named by code", True),
    ("cqj-085", KM, F, [RC], [RE], "zh",
     "余期利系按合同利率上浮百分之五十 合同利率是年化百分之十二 就是说余期是十八 有没有超过保护上限",
     "stated default rate vs cap"),
    ("cqj-086", KM, T, [WA], [], "zh",
     "佢系唔系同人打紧离婚官司 佢老婆上次喺圩度话要分家产",
     "lawsuits: warnings"),
    ("cqj-087", BZ, F, [RE], [RC], "mixed",
     "我哋作为农商行 贷款合同入面约定利率同收费 系唔系同样受民间借贷四倍LPR嗰个上限约束 金融机构适用边个规定",
     "which rules bind a licensed bank, no rate stated: regulations; rate_check optional"),
    ("cqj-088", KM, T, [CC], [CR, RE], "mixed",
     "呢段我哋联保协议入面嘅 “联保小组成员之间互相承担连带保证责任，任一成员的贷款逾期超过九十日的，贷款人有权停止向小组全体成员发放新贷款，并可要求其他成员在十日内代为清偿逾期本息，成员不得以未参与该笔贷款为由拒绝。” 咁写ok唔ok 停晒全组嘅贷款合唔合法",
     "pasted clause of our 联保协议: check; review optional"),
    ("cqj-089", KM, T, [CC, RC], [CR, RE], "zh",
     "我哋惠农贷合同利率条款 “本合同项下借款执行年利率为百分之六点五，借款人逾期还款的，自逾期之日起按本合同约定利率加收百分之五十计收罚息，对不能按时支付的利息按罚息利率计收复利，并按逾期金额每日万分之五收取逾期管理费。” 罚息复利加管理费叠加咁多 超唔超",
     "pasted rate clause of our contract, asks whether the stack is over the cap"),
    ("cqj-090", KM, T, [IN], [], "zh",
     "他那个甘蔗收购点 榨季那几个月销项好多 跟淡季差好远",
     "seasonal sales from invoices"),
    ("cqj-091", HG, F, [RE], [], "zh",
     "我们客户经理帮客户代签了单保合同 事后单保人讲不认 这份担保有没有效 客户经理要不要负责",
     "unauthorised signature on a guarantee: law only"),
    ("cqj-092", KM, F, [DO], [], "zh",
     "92450881MA5K7TR21U 呢个个体户嘅营业执照同经营场所租赁合同有冇上传 租约几时到期",
     "what is on file for a borrower named by code", True),
    ("cqj-093", KM, T, [WA, SC], [IN], "zh",
     "佢话佢冇喺其他银行借过 你帮我核下多头同征信查询 再睇下分",
     "verify multi-lender borrowing / enquiries and the score"),
    ("cqj-094", DH, T, [CC], [RE], "zh",
     "佢同放水佬签咗份还款协议 “甲方自愿将其名下车牌号桂R·7K8XX的农用货车一辆交由乙方处置，处置所得款项用于抵偿甲方所欠乙方借款本息共计人民币捌万元，处置不足部分甲方继续偿还，超出部分归乙方所有，甲方不得反悔。” 呢份协议有冇效 超出部分归放水佬合唔合理",
     "pasted settlement agreement with a private lender: check"),
    ("cqj-095", KM, T, [CR], [DO], "zh",
     "他那个合作社借款合同里面的抵押物清单跟抵押合同对不对得上 有没有瑕疵",
     "consistency / defects of the stored contracts: review"),
    ("cqj-096", KM, F, [RE], [], "zh",
     "借钱给人没写借条 只有微信转账跟聊天记录 打官司法院认不认",
     "evidence for a loan without a 借条: law only"),
    ("cqj-097", KM, T, [SC, DO], [], "zh",
     "佢个分几多 同埋佢上次交嘅结婚证同户口本有冇齐",
     "score plus whether documents are on file"),
    ("cqj-098", FX, F, [IN, WA], [], "zh",
     "91450881315478290Q 呢间沃柑包装厂开票近半年点样 有冇预警",
     "invoices and warnings of a packer named by code", True),
    ("cqj-099", KM, T, [CR, RE], [DO], "zh",
     "他的抵押合同有没有问题 还有如果他余期了我们怎么实现抵押权 要不要先打官司",
     "review of the stored contract plus the procedure to enforce the mortgage (beyond the review): law"),
    ("cqj-100", KM, T, [IN, SC], [], "zh",
     "开票同分都睇埋 佢话今年生意好过旧年",
     "invoices and score; the borrower's claim is not data"),
]

_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_CODE = re.compile(r"(?<![0-9A-Z])[0-9A-HJ-NP-RTUWXY]{2}\d{6}[0-9A-HJ-NP-RTUWXY]{10}(?![0-9A-Z])")
_QUOTED = re.compile(r"“([^”]*)”|「([^」]*)」|\"([^\"]*)\"")


def valid_code(code: str) -> bool:
    """GB 32100-2015 check digit of an 18-character 统一社会信用代码."""
    if len(code) != 18 or any(c not in _ALPHABET for c in code):
        return False
    total = sum(_ALPHABET.index(c) * w for c, w in zip(code[:17], _WEIGHTS))
    return _ALPHABET[(31 - total % 31) % 31] == code[17]


def longest_quote(text: str) -> int:
    return max((len("".join(m.groups(default=""))) for m in _QUOTED.finditer(text)), default=0)


def build() -> list[dict]:
    rows = []
    for raw in ROWS:
        rid, asker, focus, needs, optional, lang, question, note = raw[:8]
        names_code = len(raw) > 8 and raw[8]
        row = {"id": rid, "question": question, "borrower_in_focus": focus, "needs": list(needs),
               "optional": list(optional), "asker": asker, "lang": lang, "note": note}
        if names_code:
            row["names_code"] = True
        rows.append(row)
    return rows


def check(rows: list[dict]) -> None:
    assert len(rows) == 100, len(rows)
    assert [r["id"] for r in rows] == [f"cqj-{i:03d}" for i in range(1, 101)]
    assert len({r["question"] for r in rows}) == 100, "duplicate question"
    for r in rows:
        needs, optional = set(r["needs"]), set(r["optional"])
        assert needs and len(needs) == len(r["needs"]) and len(optional) == len(r["optional"]), r["id"]
        assert needs <= set(SOURCES) and optional <= set(SOURCES), r["id"]
        assert not needs & optional, r["id"]
        assert r["lang"] in ("zh", "en", "mixed"), r["id"]
        assert r["asker"] and r["note"], r["id"]
        codes = _CODE.findall(r["question"])
        if r.get("names_code"):
            assert not r["borrower_in_focus"], r["id"]
            assert len(codes) == 1 and valid_code(codes[0]), (r["id"], codes)
        else:
            assert not any(valid_code(c) for c in codes), r["id"]
        if "contract_check" in needs:
            assert longest_quote(r["question"]) >= 80, (r["id"], longest_quote(r["question"]))
    need_counts = Counter(s for r in rows for s in r["needs"])
    for s in SOURCES:
        assert need_counts[s] >= 12, (s, need_counts[s])
    assert sum(len(r["needs"]) > 1 for r in rows) >= 25
    assert sum(r["needs"] == ["regulations"] for r in rows) >= 10
    assert sum(len(r["needs"]) == 1 and r["needs"][0] in BORROWER_SOURCES for r in rows) >= 10


def main() -> None:
    rows = build()
    check(rows)
    with open(HERE / "cases.jsonl", "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    need = Counter(s for r in rows for s in r["needs"])
    opt = Counter(s for r in rows for s in r["optional"])
    print(f"rows {len(rows)}")
    print("source            needs  optional")
    for s in SOURCES:
        print(f"{s:17s} {need[s]:5d} {opt[s]:9d}")
    print("multi-need rows", sum(len(r["needs"]) > 1 for r in rows))
    print("regulations-only rows", sum(r["needs"] == ["regulations"] for r in rows))
    print("single borrower-source rows",
          sum(len(r["needs"]) == 1 and r["needs"][0] in BORROWER_SOURCES for r in rows))
    print("rows with optional", sum(bool(r["optional"]) for r in rows))
    print("names_code rows", sum(bool(r.get("names_code")) for r in rows))
    print("langs", dict(Counter(r["lang"] for r in rows)))
    print("askers", dict(Counter(r["asker"] for r in rows)))
    print("focus", dict(Counter(str(r["borrower_in_focus"]).lower() for r in rows)))
    print("contract_check quoted lengths",
          sorted(longest_quote(r["question"]) for r in rows if "contract_check" in r["needs"]))
    print("question length min/median/max", min(len(r["question"]) for r in rows),
          sorted(len(r["question"]) for r in rows)[50], max(len(r["question"]) for r in rows))


if __name__ == "__main__":
    main()
