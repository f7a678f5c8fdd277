"""Build law_qa_holdout27.jsonl: 60 fresh held-out law-QA rows (ids lh27-001 … lh27-060).

The rows live here, in order; running this script rewrites the JSONL byte for byte the same way
(UTF-8, one compact JSON object per line, keys in a fixed order; the writer is holdout3's `write`). Run from
the repo root:

    .venv/bin/python eval/datasets/law_qa_holdout27/make_law_qa_holdout27.py
    .venv/bin/python eval/datasets/law_qa_holdout27/check.py

Held out: measured once by the lead; never tune retrieval on it. Written by a fengtiao helper (author 28) from
reading the law text only (retrieval/laws.py), as the words of the people who come to 杨秀英, a people's mediator
at a made-up township mediation committee in Guizhou (遵义, 毕节): villagers who lent or borrowed, a 村支书, a
司法所 worker, a 农信社 信贷员. All people, villages, firms, places of work and amounts are made up.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.law_qa_holdout3.make_law_qa_holdout3 import write  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "law_qa_holdout27.jsonl"

MJ = "最高人民法院关于审理民间借贷案件适用法律若干问题的规定"
PF = "最高人民法院关于新民间借贷司法解释适用范围问题的批复"
DB = "最高人民法院关于适用《民法典》有关担保制度的解释"
MSJ = "最高人民法院关于适用《民事诉讼法》的解释"
TZJ = "最高人民法院关于适用《民法典》合同编通则若干问题的解释"
SFQR = "最高人民法院关于人民调解协议司法确认程序的若干规定"
TYTJ = "最高人民法院关于人民法院特邀调解的规定"
MSTJ = "最高人民法院关于人民法院民事调解工作若干问题的规定"
ZXTJ = "人民法院在线调解规则"
NB = "宁波市人民调解条例"
WZ = "温州市民间融资管理条例"
ZX = "征信业管理条例"
QD = "非法金融机构和非法金融业务活动取缔办法"
RZDB = "融资担保公司监督管理条例"
ZZTL = "人民调解委员会组织条例"
GRXX = "个人信息保护法"
DZQM = "电子签名法"
PC = "企业破产法"
SYYH = "商业银行法"
ZCF = "仲裁法"
TJF = "人民调解法"
MSS = "民事诉讼法"
HTB = "合同编"
WQ = "物权编"
ZZ = "总则"

CO, ME, BO = "credit_officer", "mediator", "borrower"

# (question, [(instrument short_title, article)], topic, asker)
ROWS: list[tuple[str, list[tuple[str, int]], str, str]] = [
    # 001
    ("杨姐我问哈，我们寨上两老表，去年吃酒那天当到好几个人面前借了五千块现金，莫得写借条，现在借钱那个死不认账。"
     "口头借的钱法律上到底算不算数嘛？",
     [(HTB, 668), (HTB, 679)], "oral cash loan at a feast, witnesses but no IOU", ME),
    # 002
    ("我微信转了表弟三万块，备注啥子都没写，现在他说那是我送他结婚的礼，不是借的。我手头就一张转账记录，"
     "这种到底该哪个来证明是借还是送？",
     [(MSJ, 90), (MSJ, 91)], "WeChat transfer the cousin calls a wedding gift: burden of proof", BO),
    # 003
    ("去年在我们调委会签了协议，王二答应分三回还李家两万，现在一分不给，还到处说“调委会那张纸又不是法院判的，不算数”。"
     "他这个说法站得住脚不？",
     [(TJF, 31), (TJF, 32)], "party says a committee agreement is not binding", ME),
    # 004
    ("借钱那个人发语音给我说“那三万我过年一定还你”，后来又不认了。微信语音能拿去法院当证据不嘛？要不要先转成文字？",
     [(MSJ, 116), (MSS, 66)], "WeChat voice message admitting the debt as evidence", BO),
    # 005
    ("调解协议签了四十来天了，两边才想起去法院做司法确任，还来得及不？",
     [(TJF, 33)], "asking for judicial confirmation 40 days after the agreement", ME),
    # 006
    ("老房子着火，借条跟到烧没了，只剩我原先用手机拍的一张照片。借钱的晓得原件没得了就开始赖，说照片是我改过的。照片管用不？",
     [(MSJ, 111), (MJ, 2)], "IOU burnt in a house fire, only a phone photo left", BO),
    # 007
    ("有个当事人在浙江厂里上班请不到假，调解协议要去法院申请确认，他姐姐拿起他身份证去帮他办要得不？要哪样手续？",
     [(MSJ, 351), (SFQR, 3)], "sister applying for confirmation for a brother working in Zhejiang", ME),
    # 008
    ("寨上几个年轻人过年斗地主，一个输了八千，赢的喊他打了张借条。现在赢的拿起借条来调委会，要我们帮他调解要钱。这种我们接不接？",
     [(ZZ, 153), (TJF, 3)], "card-game loss written as an IOU brought to mediation", ME),
    # 009
    ("借钱的时候啥子都没说利息，现在要还了，他硬说要按两分利算，还说“哪个借钱不给利息”。我该不该给嘛？",
     [(HTB, 680), (MJ, 24)], "interest never agreed, lender now asks 2% a month", BO),
    # 010
    ("放贷那家一年一结账，月息五分，结完就把利息加进本金重新打条子，五年下来三万滚成了十几万。我们调解的时候这个数该咋个算？",
     [(MJ, 27), (MJ, 25)], "interest rolled into new IOUs every year at 5% a month", ME),
    # 011
    ("在镇上找人借两万，当场就被扣了四千说是先收的利息，条子上写的还是两万。现在他要我还两万加利息，合理不？",
     [(MJ, 26)], "interest deducted up front from a town lender's loan", BO),
    # 012
    ("申请人来了三趟，被申请人电话里明说“我不得去调解，有本事你们去告我”。这种我们还能不能硬把他喊来调？",
     [(TJF, 17)], "respondent refuses mediation outright", ME),
    # 013
    ("我在温州一个眼镜厂打工，老板说厂里周转不过来，找我们车间三十几个工人每人借了两三万，都打了借条。听说温州那边这种借钱要报去备案，"
     "老板备没备我们咋个晓得？",
     [(WZ, 14)], "Wenzhou factory boss borrowing from thirty-odd workers: filing", BO),
    # 014
    ("两家为一笔十几年前的借款吵，当年的事只有寨老和村里老会计晓得。我想请他们两个来参加调解，要不要先问双方同不同意？",
     [(TJF, 20)], "inviting the village elder and old accountant into a mediation", ME),
    # 015
    ("借条上写起“本借款永远不受时效限制”，借钱的和我两个都按了手印。这句话算数不？",
     [(ZZ, 197)], "IOU clause saying the debt never times out", BO),
    # 016
    ("一个寡妇屋头男人死了留下一屁股债，她来申请调解，但是不想让寨上的人来围观，说丢人现眼。调解可以关起门来调不？",
     [(TJF, 23)], "widow asks for a closed mediation", ME),
    # 017
    ("我舅舅在我表哥借条下面写了“担保人”三个字就签了名，别的啥都没写。现在表哥还不起，债主直接找我舅舅，舅舅说“你先去找他，"
     "他确实莫得钱了再来找我”。舅舅这样讲对不对？",
     [(HTB, 686), (HTB, 687)], "uncle signed only as 担保人: must the lender go to the borrower first", BO),
    # 018
    ("我是村支书，兼到调委会主任。这件事调了三回都谈不拢，借钱的只认一半。我这边调不下去了，是不是要出个啥子东西给他们？"
     "他们还可以去找乡政府处理不？",
     [(TJF, 26), (ZZTL, 9)], "third failed round: what to tell the parties, can the township handle it", ME),
    # 019
    ("写调解协议书的时候，哪些内容必须写上？我们调委会以前都是手写一张纸，两边按个手印就完了。",
     [(TJF, 29)], "what a written settlement should contain", ME),
    # 020
    ("去年骑摩托车摔断了腿，躺了半年没挣到钱，借二姐夫的三万下个月就到期了。能不能跟他说缓一年？他不同意咋个办？",
     [(HTB, 678)], "motorbike accident, asking to extend a loan", BO),
    # 021
    ("我在司法所上班。好多调解是电话里头讲好的，莫得书面材料，上面来检查说我们档案不全。电话调的也要记录归档吗？",
     [(TJF, 27), (ZZTL, 8)], "records and files for mediations done by phone", ME),
    # 022
    ("借钱给邻居的时候他把摩托车押给我，写了个抵押的条子，但是没去车管所登记，车还是他在骑。上个月他把车卖给外村人了，我还能找那辆车不？",
     [(WQ, 403)], "unregistered motorbike mortgage, bike sold to another village", BO),
    # 023
    ("村里说莫得经费，我们调解员一年到头跑断腿一分补贴都莫得，有的人还说调解员就该白干。法律上有没有讲调解员的补贴哪个出？",
     [(TJF, 16), (ZZTL, 14)], "who pays mediators' allowances", ME),
    # 024
    ("我开个小卖部，村里人赊账都记在本本上，每回来拿烟拿酒都在账本上按个手印认一下。有一家欠了四年多，现在说时间太长了不认，还要得回来不？",
     [(ZZ, 188), (ZZ, 195)], "village shop credit book with thumbprints, four years old", BO),
    # 025
    ("三个人合伙种辣椒，找邻居借了六万买苗买肥，辣椒价钱跌了亏惨，其中一个跑去浙江打工电话都不接。邻居现在只找留在屋头的老罗要全部，"
     "老罗说他只该还三分之一。",
     [(HTB, 973)], "chilli partnership's loan, one partner gone to Zhejiang", ME),
    # 026
    ("我是借款人的亲姐姐，给他当的担保人，借条上写的是“借款人还不起的时候由担保人还”，没写担保多久。借款是前年腊月到期的，债主拖了一年多才来找我，我还要还不？",
     [(HTB, 692), (HTB, 693), (DB, 25)], "relative guarantor asked a year after maturity, no period agreed", BO),
    # 027
    ("老杨欠吴家一万二，吴家又正好欠老杨在他茶园做工的工钱八千多。两家能不能说好拿工钱顶借款，剩下的再还？要写个啥子？",
     [(HTB, 568), (HTB, 569)], "wages for tea-garden work set off against a loan", ME),
    # 028
    ("我老汉前年被法院判还人家四万，还没执行完人就走了。现在法院通知说要我当被执行人，屋里就一栋老木房子是老汉留下的。"
     "我是不是要拿自己打工的钱来还？",
     [(MSJ, 473), (MSS, 243)], "son named in enforcement of his dead father's judgment", BO),
    # 029
    ("订婚时男方给了八万八彩礼，后来退婚，女方家答应退，当着媒人写了张“今借到张某某人民币捌万元整”。现在女方家又说那是彩礼不是借钱，"
     "借条不作数。这种借条咋个认？",
     [(MJ, 14)], "bride price to be returned written as an IOU", ME),
    # 030
    ("我男人前年走了，他生前包了十几亩地种辣椒，找信用社和亲戚借了不少。现在债主找上门，说屋头的东西都要拿来还。"
     "他种地欠的账是不是全家都要背？",
     [(ZZ, 56)], "widow and a farming household's debts", BO),
    # 031
    ("有个债主上个月得病死了，他几个儿女为这笔钱该给哪个吵得不可开交。欠钱的想还又晓不得还给哪个，怕还错了以后又来要。有啥子办法？",
     [(HTB, 570), (HTB, 571)], "creditor dead, heirs quarrelling: where the debtor can pay", ME),
    # 032
    ("我哥三年前去浙江打工以后就失联了，电话一直打不通，他屋里的房子现在是我嫂子在管。他以前借人家的钱，债主天天来找我嫂子，她该不该还？",
     [(ZZ, 42), (ZZ, 43)], "borrower missing for three years, wife manages his house", BO),
    # 033
    ("债主死了快半年了，几个儿子哪个当家还没定下来，这笔借款眼看三年就要到了。会不会因为这个就过了时效？",
     [(ZZ, 194)], "creditor's heirs not settled near the end of limitation", ME),
    # 034
    ("两口子离婚时在村里写了协议，说男方在外头借的五万由男方一个人还。现在债主去告女方，女方拿协议出来，债主说“你们两口子写的跟我有啥子关系”。哪个有理？",
     [(HTB, 551), (HTB, 465)], "divorce agreement putting a loan on the husband, lender sues the wife", ME),
    # 035
    ("帮我堂弟操办他老汉的酒席，他喊我先把烟酒菜钱垫起，一共一万二，说收了礼金就还我。现在礼金收完了，他又说那是我随的礼。这笔垫的钱咋个要？",
     [(HTB, 921)], "money advanced for a funeral feast at the cousin's request", BO),
    # 036
    ("借条上除了借款人，还有介绍人老陈的签名，啥子身份都没注明。现在借款人跑了，债主拉着老陈要他还，老陈说他只是牵个线。我们调解该咋个跟债主讲？",
     [(MJ, 20)], "middleman's bare signature on an IOU", ME),
    # 037
    ("镇上有个人专门放钱给出去打工的年轻人，五分利，十几个人都找他借过，还不上就上门堵人。这种放贷的合不合法？借他的钱要还多少？",
     [(MJ, 13), (QD, 4)], "a town money-lender lending to young migrant workers at 5%", BO),
    # 038
    ("债主放话说再不还钱就去把借款人的两头牛牵走抵债，借款人说敢牵就拿刀砍。我调解的时候看这个样子怕要出事，该咋个办？",
     [(TJF, 25)], "threats over cattle during a mediation", ME),
    # 039
    ("我们两家合伙包了一片茶园，我出了六万他出了四万，今年茶叶卖不起价亏了三万多，当时没写亏了咋个分。他说对半分，我说要按出钱多少来，哪个对？",
     [(HTB, 972)], "tea-garden partners splitting a loss", BO),
    # 040
    ("法院把一个借款案子在立案前推给我们调委会来调，说是委派调解。调解有没有时间限制？调成了以后还要去法院确认不？",
     [(TYTJ, 27), (TYTJ, 19)], "court-delegated pre-filing mediation: time limit and confirmation", ME),
    # 041
    ("我儿子十六岁就去宁波厂里打工了，工资自己拿自己用，去年找工友借了一万块买手机。工友现在找我要，说娃儿没成年借钱要大人还。这是不是他自己的事？",
     [(ZZ, 18)], "a 16-year-old factory worker's own loan", BO),
    # 042
    ("法院委托我调的一个案子，欠钱的为了早点了结，调解时说了句“就算我欠你两万嘛”，最后还是没调成。现在开庭了，对方拿这句话说他自己都认了。能这样用不？",
     [(TYTJ, 22), (MSJ, 107)], "a concession in a failed court-referred mediation used at trial", ME),
    # 043
    ("我跟老乡都在宁波一个厂打工，他借我的钱不还。事情是在厂里发生的，我们两个户口都在毕节。只能在宁波这边调，还是可以回老家镇上调？",
     [(NB, 18)], "which committee takes a Ningbo workers' loan quarrel", BO),
    # 044
    ("法院在线调解，借款人在浙江打视频进来，我总觉得视频里那个人不像本人，像他兄弟。调解员能不能先核一下身份？",
     [(ZXTJ, 17)], "checking identity in an online court mediation", ME),
    # 045
    ("从网上抄的借条模板，最后一句是“如有争议提交仲裁委员会仲裁”，哪个仲裁委员会都没写。现在我要告他，法院会不会喊我去仲裁？",
     [(ZCF, 16), (ZCF, 18)], "IOU template naming no arbitration commission", BO),
    # 046
    ("法院调解的时候，借款人答应分期还，他幺爸当场说愿意给他担保。这个担保写进调解书里算不算数？幺爸要不要签收？",
     [(MSTJ, 9)], "an uncle guaranteeing in a court settlement", ME),
    # 047
    ("我在浙江一个鞋厂做了五年，厂里找我们几个工人借过钱周转，还欠我们半年工资。现在厂子破产了，工资跟借给厂里的钱是不是一起去报？哪个先还？",
     [(PC, 48), (PC, 113)], "workers' wages and loans in a shoe factory's bankruptcy", BO),
    # 048
    ("在遵义一家小贷公司借了三万，年利率算下来三十几，人家说民间借贷那个四倍利率的上限管不到他们小贷公司。是不是真的？",
     [(PF, 1)], "a Zunyi small-loan firm says the private-lending cap does not bind it", BO),
    # 049
    ("堂哥喊我在手机上一个电子借条小程序里头签了字，借了我两万，他现在说手机上点一下不算签名。电子借条有没有效？",
     [(DZQM, 13), (DZQM, 14)], "electronic IOU signed in a mini-program", BO),
    # 050
    ("我借邻居一万五，到期还不起，两个人说好用我家两头黄牛抵账，牛还没牵过去他又反悔说要现钱。他可以反悔不？",
     [(TZJ, 27)], "two cattle agreed in payment after maturity, lender wants cash", BO),
    # 051
    ("我是农信社信贷员，我们搞的五户联保，其中一户逾期不还，去找另外四户，都说只保自己那份不管别个。联保协议上没写各人保多少。",
     [(HTB, 699)], "five-household joint guarantee with no shares stated", CO),
    # 052
    ("宅基地上的房子能抵押贷款不？农户想拿三层楼房贷款养牛。",
     [(WQ, 399)], "mortgaging a house on homestead land", CO),
    # 053
    ("借款人申请展期一年，我们同意了，但是担保人（他大舅子）在外地没回来签字。展期以后担保人还担不担责？",
     [(HTB, 695)], "extension agreed without the guarantor's signature", CO),
    # 054
    ("有同事说信用社发的农户贷款出了纠纷，也可以照民间借贷那个司法解释来算利息。这个说法对不对？",
     [(MJ, 1)], "whether the private-lending rules govern a rural credit co-op's loan", CO),
    # 055
    ("县里农担公司给辣椒种植户担保贷款，收百分之三的担保费，农户嫌贵跑来信用社闹。担保费是担保公司自己定吗？对农民有没有要求降的？",
     [(RZDB, 19)], "guarantee fee charged to chilli farmers", CO),
    # 056
    ("村支书建议用村里的大喇叭把欠信用社贷款不还的人名字念出来，说这样最管用。我们能配合这样搞不？",
     [(GRXX, 10), (ZZ, 111)], "reading defaulters' names on the village loudspeaker", CO),
    # 057
    ("信用社和一个借款人在乡调委会调解达成了分期还款协议，也去法院做了确认，结果他一期都没还。下一步是直接申请执行吗？找哪个法院？",
     [(SFQR, 9), (MSJ, 460)], "enforcing a court-confirmed instalment settlement", CO),
    # 058
    ("有个农户调解以后按协议把钱都还清了，结果征信上还挂着逾期，他来柜台闹，说我们害他贷不到款。他可以走啥子程序改过来？",
     [(ZX, 25)], "overdue entry still on the credit report after a settled debt", CO),
    # 059
    ("信用社主任的小舅子来申请一笔信用贷款，条件不太够，主任打了招呼说通融一下。这种亲戚贷款有啥子规定？",
     [(SYYH, 40)], "the branch head's brother-in-law asking for an unsecured loan", CO),
    # 060
    ("农户贷了五万说是买小牛，结果拿去打牌输光了，信用社发现了能不能提前收回？",
     [(HTB, 673)], "a farm loan gambled away: calling it early", CO),
]


def main() -> None:
    write(ROWS, "lh27", OUT)


if __name__ == "__main__":
    main()
