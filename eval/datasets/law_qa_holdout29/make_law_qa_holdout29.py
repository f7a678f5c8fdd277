"""Build law_qa_holdout29.jsonl: 60 held-out law questions (author 30), rows written by hand below.

Run from the repo root: `.venv/bin/python eval/datasets/law_qa_holdout29/make_law_qa_holdout29.py`.
Writes the JSONL deterministically (same bytes every run). Never tune retrieval on these rows; see SOURCE.md.
Persona: a made-up 吉林 县 人民法院 诉前调解 centre (调解员), a 农村 法律援助 lawyer and the 农信社 credit officers,
mediators and borrowers who bring them questions. All names, places and amounts are made up.
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "law_qa_holdout29.jsonl"

# exact Instrument.short_title of the shipped corpus
LAND = "农村土地承包法"
COOP = "农民专业合作社法"
WUQUAN = "物权编"
HETONG = "合同编"
ZONGZE = "总则"
HUNYIN = "婚姻家庭编"
JICHENG = "继承编"
QINQUAN = "侵权责任编"
RENGE = "人格权编"
DANBAO = "最高人民法院关于适用《民法典》有关担保制度的解释"
TONGZE = "最高人民法院关于适用《民法典》合同编通则若干问题的解释"
JIEDAI = "最高人民法院关于审理民间借贷案件适用法律若干问题的规定"
PIFU = "最高人民法院关于新民间借贷司法解释适用范围问题的批复"
ZULIN = "最高人民法院关于审理融资租赁合同纠纷案件适用法律问题的解释"
TEYAO = "最高人民法院关于人民法院特邀调解的规定"
QUEREN = "最高人民法院关于人民调解协议司法确认程序的若干规定"
MINTIAO = "最高人民法院关于人民法院民事调解工作若干问题的规定"
ZAIXIAN = "人民法院在线调解规则"
RENTIAO = "人民调解法"
MINSU = "民事诉讼法"
GONGZHENG = "公证法"
BAOXIAN = "保险法"
YINHANG = "商业银行法"
ZHENGXIN = "征信业管理条例"
DIANZI = "电子签名法"
XIAOBAO = "消费者权益保护法"
QUDI = "非法金融机构和非法金融业务活动取缔办法"
SHEWAI = "涉外民事关系法律适用法"


def g(*pairs: tuple[str, int]) -> list[dict]:
    return [{"instrument": inst, "article": art} for inst, art in pairs]


# (question, gold, topic, asker); ids are given by position: lh29-001 …
ROWS: list[tuple[str, list[dict], str, str]] = [
    # ---- credit officers of a 县 农信社 (001–020) ----
    ("我是农信社信贷员。屯里种粮户老孙家承包了四十来亩地，想拿这块地的经营权押给咱贷二十万买种子化肥，这玩意儿能押不？"
     "村里那头用不用打招呼？押完了他还不上，咱能先拿钱不？",
     g((LAND, 47)), "承包地经营权向农信社融资担保", "credit_officer"),
    ("种粮大户从五十多户手里流转了六百亩，合同签的八年，一直没去登记。现在他拿这片地的经营权来贷款，原来那些承包户也没签啥字。"
     "我寻思这经营权到底立住没？没登记会不会让别人截胡？",
     g((WUQUAN, 341), (LAND, 41), (LAND, 47)), "流转取得的土地经营权能否再融资", "credit_officer"),
    ("屯里老宋想拿宅基地连着上头那三间瓦房押给咱贷十万，说房本地本都齐全，这能办抵押不？",
     g((WUQUAN, 399), (WUQUAN, 363)), "宅基地及农房抵押", "credit_officer"),
    ("去年给老周放了十五万农机贷，拿他新买的收割机做的抵押，合同签了但没去登记。今年秋天他偷摸把收割机卖给邻村一个人了，"
     "那人咬定压根不知道抵押这事儿，咱还能追着这台车主张不？",
     g((WUQUAN, 403), (DANBAO, 54)), "未登记农机抵押后被转卖", "credit_officer"),
    ("有个合作社早先跟别家银行做过浮动抵押，现有的和往后买的设备全押上了，也登记了。现在咱社单独给他们贷款买一台粮食烘干塔，"
     "货一到咱一礼拜内就去登记。将来真要拍卖这台烘干塔，谁先拿钱？",
     g((WUQUAN, 416), (DANBAO, 57)), "购置款抵押与在先浮动抵押的顺位", "credit_officer"),
    ("合作社要贷五十万，村主任拍胸脯说村委会给担保，盖个村委会的章就完事儿。这担保好使不？要是不好使，真出事了村委会还兜底不？",
     g((DANBAO, 5), (DANBAO, 17)), "村委会为合作社贷款担保", "credit_officer"),
    ("养牛合作社的理事长想拿社里的牛棚和存栏牛给他小舅子的饲料厂贷款做担保，成员大会压根没开过。这担保咱能接不？"
     "以后社员翻脸不认咋整？",
     g((COOP, 36), (COOP, 29)), "合作社理事长擅自以社产对外担保", "credit_officer"),
    ("合作社欠咱社八十多万还不上了，账上没啥钱。那三十多个社员，咱能挨家挨户找他们还不？他们各自得担多大的责任？",
     g((COOP, 5), (COOP, 6)), "合作社债务与社员责任", "credit_officer"),
    ("贷款户老刘开春得病没了，还欠咱社六万多本息。他儿子说已经放弃继承了，这钱跟他没关系，可老刘那两间房现在就是他儿子住着。"
     "这钱咱到底找谁要？",
     g((JICHENG, 1161), (JICHENG, 1124)), "借款人死亡后继承人放弃继承", "credit_officer"),
    ("男的以个人名义贷了二十万，说是养牛用，他媳妇没签字。现在俩人闹离婚，男的跑外地去了。咱能不能起诉他媳妇让她一块儿还？得拿啥证据？",
     g((HUNYIN, 1064)), "丈夫个人名义经营贷款是否夫妻共同债务", "credit_officer"),
    ("借款合同保证人那栏就写了“担保人：李二”，别的啥也没写，啥方式、多长时间都没约定。贷款去年三月到期，"
     "咱今年五月才想起来找李二，他说早过期了不管，真的假的？",
     g((HETONG, 686), (HETONG, 692), (HETONG, 693)), "保证方式和保证期间没约定", "credit_officer"),
    ("贷款户还不上，来申请展期一年，利率还往上调了一点。保证人那边咱没找他签字，到时候保证人还认账不？",
     g((HETONG, 695), (HETONG, 678)), "展期加息未经保证人同意", "credit_officer"),
    ("有贷款户逾期三个多月了，咱往正信系统报之前，是不是得先跟本人说一声？不说直接报有事没？这不良记录得在上头挂多少年？",
     g((ZHENGXIN, 15), (ZHENGXIN, 16)), "报送不良信息前告知及保存期限", "credit_officer"),
    ("老王拿县城那套楼房给咱做的抵押，也登记了。最近听说他要把房子卖了，咱也没同意，他能卖吗？卖了咱这抵押还咋整？",
     g((WUQUAN, 406)), "抵押期间抵押人卖房", "credit_officer"),
    ("押给咱的蔬菜大棚让大雪给压塌了，保险公司准备赔十来万，钱要打到贷款户卡上。咱能不能先把这笔保险金截下来？贷款还没到期呢。",
     g((WUQUAN, 390), (DANBAO, 42)), "抵押大棚毁损后的保险金", "credit_officer"),
    ("我是县里一家小额贷款公司的，不是银行。我们放款年化二十四，借款人说超过LPR四倍了法院不支持，民间借贷那个司法解释到底管不管我们？",
     g((PIFU, 1), (JIEDAI, 1)), "小额贷款公司是否适用民间借贷利率上限", "credit_officer"),
    ("咱想放贷时候把借款合同拿去公证，再加一条不还钱就直接强制执行，这样往后真就不用打官司了？到期不还上哪申请执行？",
     g((GONGZHENG, 37), (MINSU, 249)), "赋予强制执行效力的公证债权文书", "credit_officer"),
    ("A Harbin agribusiness firm wants 3,000 mu of village farmland via transfers from households, then a loan from "
     "our rural credit co-op on that land management right. Any extra vetting when a company, not a farmer, takes the "
     "land? Can it put a warehouse on part of it?",
     g((LAND, 45), (LAND, 38)), "工商资本流转土地的审查和用途限制（英文）", "credit_officer"),
    ("贷款户拿他爹的一份终身寿险保单来质押，投保人是他，被保险人是他爹，他爹也没签啥字。这单子能押不？",
     g((BAOXIAN, 34)), "以死亡为给付条件的保单质押", "credit_officer"),
    ("前年抵债接过来一套贷款户的县城门市房，一直搁那儿空着没处理。上头说这个有期限要求，到底得多长时间内卖出去？",
     g((YINHANG, 42)), "抵债取得不动产的处分期限", "credit_officer"),
    # ---- 诉前调解 center mediators (021–040) ----
    ("调解一个彩礼的事儿：男方家为凑十八万八的彩礼，跟他二舅借了十万，借条就小伙子一个人签的。结婚不到一年就闹离婚，"
     "女方说这钱是男方家的事跟她没关系，二舅上门来要钱。这债算谁的？彩礼要这么老鼻子多，本身合法吗？",
     g((HUNYIN, 1064), (HUNYIN, 1042)), "为彩礼借款离婚后由谁承担", "mediator"),
    ("俩口子协议离婚时写明了：外债都归男的还。现在信用社和亲戚找上门要钱，女的拿着离婚协议说跟她没关系，这协议对债主好使吗？",
     g((HUNYIN, 1089), (HETONG, 551)), "离婚协议约定债务由一方承担能否对抗债权人", "mediator"),
    ("老爷子走了，留下一套房和三万存款，生前还欠信用社五万、欠邻居两万。老太太还在，三个儿女抢着分房子，债谁也不认。"
     "调解时这账咋算？老太太那份能不能先拿出来？",
     g((JICHENG, 1159), (JICHENG, 1153)), "分遗产前清偿债务与配偶份额", "mediator"),
    ("老爷子七十多了，老伴没了又找了个老伴，仨儿子一合计都不给养老钱了，说他再婚了就该新老伴管。这在理吗？",
     g((HUNYIN, 1069), (HUNYIN, 1067)), "父亲再婚后子女拒付赡养费", "mediator"),
    ("借条上除了借款人，还有个“中间人”老李按了手印。现在借款人跑了，出借人非让老李还，说他签了字就是担保，老李直喊冤，这咋整明白？",
     g((JIEDAI, 20)), "借条上的中间人是否是保证人", "mediator"),
    ("过年打麻将，老四输急眼了，当场跟旁边的二虎借了两万接着玩，二虎明知道他是拿去耍钱。现在二虎拿着借条来要，这钱还得还不？",
     g((JIEDAI, 13), (ZONGZE, 153)), "赌桌上借款", "mediator"),
    ("农忙雇了个机手开收割机，干活时倒车把邻居家七岁小孩撞了，腿骨折。邻居找机主要医药费、误工费，机主说是机手开的找机手去。"
     "这咋算？都能要哪些钱？",
     g((QINQUAN, 1192), (QINQUAN, 1179)), "雇用机手致人损害", "mediator"),
    ("拖拉机在乡道上跟小轿车刮了，轿车有交强险也有商业险，拖拉机啥保险都没有，坐拖拉机斗里搭车的老乡伤了。这赔偿先从哪出？"
     "搭车的是白坐的，有影响没？",
     g((QINQUAN, 1213), (QINQUAN, 1208), (QINQUAN, 1217)), "拖拉机与轿车事故和无偿搭乘", "mediator"),
    ("法院委派过来一个诉前调解的借款纠纷，调了一个月也没调好，当事人问还能不能再调几天，还是直接立案？",
     g((TEYAO, 27), (TEYAO, 21)), "委派调解期限届满未达成协议", "mediator"),
    ("咱诉前调解达成协议了，借款人答应分六期还十二万，出借人怕他不履行，问能不能去法院确认一下，找哪个法院，啥时候之前得去？",
     g((TEYAO, 19), (MINSU, 205)), "诉前调解协议申请司法确认", "mediator"),
    ("今天分给我的案子，借钱那一方是我表舅。我是不是得主动说出来退出？要是双方都说没事让我接着调，行不行？",
     g((TEYAO, 15), (ZAIXIAN, 13)), "调解员与当事人是亲属", "mediator"),
    ("调解协议里借款人他哥说愿意给担保，可调解书送过去他哥不签收，这担保还算数吗？",
     g((MINTIAO, 9)), "调解协议中案外人担保", "mediator"),
    ("俩口子跟一个亲戚一块儿来调解，说欠亲戚三十万，要拿房子顶账，调得贼顺溜，完事马上就要去做司法确认。我咋瞅着像是为了躲别的债主，"
     "法院会不会不给确认？别的债主往后能咋办？",
     g((QUEREN, 7), (QUEREN, 10), (TEYAO, 18)), "疑似虚假调解逃避债务", "mediator"),
    ("村调委会调的：欠钱的答应秋后还八千，签了调解协议书也盖了章，结果秋后一分没给，还说协议是让人忽悠签的。这协议有啥效力？下一步咋走？",
     g((RENTIAO, 31), (RENTIAO, 32)), "人民调解协议不履行", "mediator"),
    ("老刘把十五亩承包地流转给种粮大户，一亩一年四百，签了十年。这两年地价涨到七百，老刘后悔了想把地要回来自己种，"
     "大户那边地种得好好的。调解时能支持老刘不？",
     g((LAND, 42)), "承包户因租金上涨想收回流转土地", "mediator"),
    ("闺女嫁到外村，婆家村没给她分地，娘家村要把她那份承包地收回去给别人，她妈找到我们。她现在又在闹离婚，这块地离婚时咋算？",
     g((LAND, 31), (HUNYIN, 1087)), "出嫁妇女的承包地及离婚时的土地权益", "mediator"),
    ("今年旱得厉害，玉米基本绝产，种植险报案一个多月了保险公司还在“核定”，一直不给信儿。农户问能不能催，拖着有没有说法？"
     "数额定不下来能不能先给一部分？",
     g((BAOXIAN, 23), (BAOXIAN, 25)), "农业保险理赔拖延", "mediator"),
    ("Mediating in Yanji: a South Korean couple, here ten years, signed a deal in Seoul before marrying that each "
     "keeps own property. Husband borrowed 300k yuan locally; the lender now wants the wife's flat. Whose law governs "
     "their marital property, and does the Seoul deal hold?",
     g((SHEWAI, 24), (HUNYIN, 1065)), "外籍夫妻财产约定的法律适用（英文）", "mediator"),
    ("保险公司拒赔，说合同里写了“不按规定操作农机出事不赔”，可投保时业务员啥也没说，就一张纸让签字。这免责条款算数吗？",
     g((BAOXIAN, 17), (BAOXIAN, 19)), "农机保险免责条款未说明", "mediator"),
    ("两口子离婚分家产，女的说男的那张十万块的借条是他跟他哥们儿串通现写的，就为了少分给她。这种情况咋整？要是离完婚才发现还能咋办？",
     g((HUNYIN, 1092), (JIEDAI, 18)), "离婚时伪造借条", "mediator"),
    # ---- borrowers and their families (041–060) ----
    ("我跟我表哥借了十万，他说到手给九万，那一万算提前扣的利息，借条还得写十万。现在他让我还十万，我到底欠他多少？",
     g((HETONG, 670), (JIEDAI, 26)), "砍头息", "borrower"),
    ("大姑姐借给我三万块，借条就写“今借到三万元”，一个字没提利息。三年后她要按二分利算利息，我不干，这咋说？",
     g((JIEDAI, 24)), "亲戚借款未约定利息", "borrower"),
    ("五年前借了二叔五万没写利息，说好一年还，到现在也没还上，二叔这些年也没咋要。上个月我转了一千给他，是不是时效又从头算了？"
     "早过了三年了他还能要不？",
     g((ZONGZE, 188), (ZONGZE, 195), (ZONGZE, 192)), "亲戚借款诉讼时效", "borrower"),
    ("我在微信小程序上给债主签了个电子借条，用的是那个电子签名，现在我想说那个签名不算数，能行吗？",
     g((DIANZI, 14), (DIANZI, 13)), "电子借条的签名效力", "borrower"),
    ("我爹欠村里老李两万，我爹没了以后我当着老李面说过“我爹的账我认，我来还”，还在他本子上签了字。我爹啥遗产也没留，这钱我还得还吗？",
     g((HETONG, 552), (JICHENG, 1161)), "子女表示承担亡父债务", "borrower"),
    ("借人家八万还不上，人家让我签个把房子“卖”给他的合同，说还上钱就不过户，还不上房子就归他。现在到期了他真要过户，我那房子值三十万呢。",
     g((JIEDAI, 23), (WUQUAN, 401), (TONGZE, 28)), "以房屋买卖担保借款", "borrower"),
    ("欠农信社十万还不上，我把名下唯一那套房白给我儿子过户了。农信社说要告我把过户撤了，能撤吗？",
     g((HETONG, 538)), "债务人无偿转让房产", "borrower"),
    ("我弟有精神病，犯病时候让人忽悠着签了借条借三万，钱让那帮人拿走了，现在人家找我弟要钱。这借条作数吗？",
     g((ZONGZE, 144), (ZONGZE, 21)), "精神病人发病期间签的借条", "borrower"),
    ("我爹住院等钱救命，村里放贷的趁机借给我们两万，要月息五分，还让写了借调。这种利息我得认吗？能不能撤了？",
     g((ZONGZE, 151), (JIEDAI, 25)), "危困状态下的高息借款", "borrower"),
    ("我从农资店赊了化肥种子，后来发现种子是假的，苗都没出。店里还催我要赊的钱，我能不能不给，还能要赔偿不？",
     g((XIAOBAO, 62), (XIAOBAO, 55)), "假种子与赊账", "borrower"),
    ("我在村里入了个“资金互助社”，说存一万一年给一千二利息，现在负责人卷钱跑了，我这钱咋要？这互助社合法不？",
     g((QUDI, 4), (JIEDAI, 5)), "村里资金互助社吸收存款", "borrower"),
    ("我在县城买了套二手房，首付给了，剩下的我办贷款，结果才知道这房卖家还押在银行没还完。卖家说不耽误过户，我咋保住这房别让他再卖给别人？",
     g((WUQUAN, 406), (WUQUAN, 221)), "购买带抵押的二手房", "borrower"),
    ("我家老头开四轮子出事没了，生前买过一份意外险，没指定受益人。他还欠农信社五万，农信社说这保险金是遗产得先还贷，对吗？",
     g((BAOXIAN, 42), (JICHENG, 1159)), "未指定受益人的保险金与遗产债务", "borrower"),
    ("I'm working on a building site in Incheon, Korea. My cousin in Jilin sued me over a 50,000 yuan IOU and the county "
     "court says it can mediate online first. Do I have to agree to online mediation? My internet here is bad at night "
     "- can I join by video at a different time from my cousin?",
     g((ZAIXIAN, 4), (ZAIXIAN, 16)), "在境外务工的借款人参加在线调解（英文）", "borrower"),
    ("我租的那台拖拉机是融资租赁公司的，欠了两期租金，他们又要上门拉车，又要我把剩下的租金全交了。能两头都要吗？",
     g((ZULIN, 5), (ZULIN, 10), (HETONG, 752)), "农机融资租赁欠租", "borrower"),
    ("我爸把老房子给了我哥，说好我哥给他养老。房子过户以后我哥对我爸不管不问，还张嘴就骂。我爸能把房子要回来吗？",
     g((HETONG, 663), (HETONG, 665)), "赠与后不尽赡养义务撤销赠与", "borrower"),
    ("欠钱的那人借条清清楚楚，他也不否认，就是拖着不给。听说不用起诉也能让法院发个啥令让他还？",
     g((MINSU, 225)), "支付令", "borrower"),
    ("我男人在外头欠了一屁股赌债，人家找上门要钱，我压根不知道他借钱。我能不能不离婚先把家里的钱分出来，免得让他全输光了？",
     g((HUNYIN, 1066), (JIEDAI, 13)), "婚内分割共同财产与赌债", "borrower"),
    ("家里承包地一直是我和我爹在种，我哥进城打工多年不管地。我爹早年用家里户头欠了一笔钱，债主要找我哥要，我哥说他不种地不该还，谁说得对？",
     g((ZONGZE, 56), (ZONGZE, 55)), "农村承包经营户的债务", "borrower"),
    ("我欠人钱是真的，可债主在村里大喇叭上点名骂我是老赖，还把我家电话贴到村口，天天有人打电话骚扰。我是欠钱，可他这是嘎哈呀，也不能这么整吧？",
     g((RENGE, 1024), (RENGE, 1033), ("个人信息保护法", 10)), "催债侵害名誉与私人生活安宁", "borrower"),
]


def build() -> list[dict]:
    return [{"id": f"lh29-{i:03d}", "question": q, "gold": gold, "topic": topic, "asker": asker}
            for i, (q, gold, topic, asker) in enumerate(ROWS, start=1)]


def write(path: Path = OUT) -> Path:
    rows = build()
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


if __name__ == "__main__":
    out = write()
    print(f"wrote {len(ROWS)} rows to {out}")
