"""The lexicon's bridges from how 西北 (甘肃) 信用社 / 农商行 officers, 乡镇 mediators and villagers (撂荒, 贫困证明, 咋弄)
and 上海 village-bank staff, 街道 mediators and borrowers (住到老, 坐不了高铁, 阿拉) speak to the law's words (added after
reading law sets 46 and 47), and, for every new key or rule, ordinary questions on which it must stay silent.
Questions written for these tests, not taken from any law set; positives come from other regions' wording too."""
from __future__ import annotations

import pytest

from retrieval.query import legal_terms

ABANDONED = "弃耕抛荒连续两年以上"
SURPLUS = "可分配盈余"
NEW_BUILDING = "建设用地使用权抵押后，该土地上新增的建筑物不属于抵押财产"
RESIDENCE = "居住权"
DEFAULTER = "失信被执行人名单"
LEGAL_AID = "免予核查经济困难状况"
NO_FEE = "人民调解委员会调解民间纠纷，不收取任何费用"
MEDIATOR_GIFT = "索取、收受财物或者牟取其他不正当利益"
TAX_FIRST = "税收应当先于抵押权、质权、留置权执行"
DATA_SOLD = "向他人出售或者提供个人信息"
CASH_LOAN = "以现金支付的，自借款人收到借款时"
HELPER_HURT = "提供劳务一方因劳务受到损害"
INVOICE = "应当开具"
FORCE_MAJEURE = "不可抗力"
ALTERATION = "改善或者增设他物"
ANIMAL = "饲养的动物造成他人损害的，动物饲养人或者管理人应当承担侵权责任"
FLOATING = "动产浮动抵押"
AFFILIATED = "以挂靠形式从事道路运输经营活动的机动车"
E_SELLER = "电子商务经营者应当依法办理市场主体登记"
WAGES_TAKEN = "扣留、提取被执行人应当履行义务部分的收入"
ELDER_TRICKED = "缺乏判断能力"


@pytest.mark.parametrize("question, term", [
    # land taken over by transfer and left to weeds
    ("我家30亩地包给外地人种药材，人家两年都没来，地撂荒了，能不能把合同解除了收回来", ABANDONED),
    ("转包出去的地荒着三年没人种，草比人高，村里说合同没到期不能收回，对吗", ABANDONED),
    ("租了我们组的地说是搞大棚，结果地荒废了两年，乡亲们想要回地", ABANDONED),
    # a cooperative's year-end surplus
    ("我们养蜂合作社年底有盈余，按入股分还是按交蜂蜜的多少分", SURPLUS),
    ("茶叶合作社的分红理事会说了算吗，社员交的鲜叶多的分得多不", SURPLUS),
    # a building added after the land was mortgaged
    ("厂房用地押给银行以后，老板又盖了一栋宿舍楼，拍卖时宿舍楼算不算抵押的", NEW_BUILDING),
    ("土地做了抵押，后来在空地上新建了车间，银行能不能连车间一起优先受偿", NEW_BUILDING),
    # a home passed on while the old owner keeps living there
    ("老汉把房子过户给女儿，想写清楚自己住一辈子，女儿以后卖房也不能赶他走，咋弄", RESIDENCE),
    ("姆妈把房子送给阿哥，条件是伊要住到老，这个要去登记伐", RESIDENCE),
    # a judgment debtor who cannot fly or take a fast train
    ("被法院判了还钱还没还上，现在坐不了飞机，是不是上了黑名单", DEFAULTER),
    ("欠款执行了两年，对方照样到处旅游，能不能申请限制他坐高铁和出国", DEFAULTER),
    # legal aid without money for a lawyer
    ("在工地上被砸伤了想打官司，请不起律师，乡上说要开困难证明才能法律援助", LEGAL_AID),
    ("老板欠工钱不给，想去仲裁，没钱请律师，有没有人免费帮", LEGAL_AID),
    # whether people's mediation costs money
    ("去村里调委会调解欠款，要不要交钱", NO_FEE),
    ("街道人民调解收费吗，收费标准是多少", NO_FEE),
    # a mediator who took gifts from one side
    ("调解员调解时收了对方两瓶酒和一条烟，明显偏着他们，我去哪里告", MEDIATOR_GIFT),
    ("村调委会的调解员收了钱就帮一边说话，这种咋处理", MEDIATOR_GIFT),
    # tax owed before the mortgage
    ("企业欠税好几年，又把设备押给了我们，以后处置时税务局是不是排在前面", TAX_FIRST),
    ("抵押的厂房要拍卖了，厂里还欠着增值税，谁先受偿", TAX_FIRST),
    # staff selling customers' data
    ("信用社有个员工把借款人信息卖给了催收公司，我们要担啥责任", DATA_SOLD),
    ("贷款中介把我的身份信息泄露出去了，现在天天有人打电话", DATA_SOLD),
    # cash lent, no IOU
    ("那年我拿现金借了他两万，没打借条，现在他说没借过，咋证明", CASH_LOAN),
    ("当面给了五万块现金，没写字据，只有一个亲戚在场看见", CASH_LOAN),
    # a hired hand hurt while helping a private person
    ("我雇了个人帮忙收玉米，他从三轮车上摔下来骨折了，我要全赔吗", HELPER_HURT),
    ("找人帮忙盖猪圈，按天给钱，人家从墙上摔下来伤了腰", HELPER_HURT),
    # a kept animal hurt someone
    ("邻居家的羊跑出来把我家老人撞倒了，腿摔断了，他们要负责吗", ANIMAL),
    ("放学路上孩子被人家的大鹅啄伤了，医药费谁出", ANIMAL),
    # a herd that grows, put up as collateral
    ("养猪场想拿现在的存栏加上以后补栏的猪一起抵押贷款，行不行", FLOATING),
    ("牧场的母牛以后下的崽也能一起押给信用社吗，将来按哪时候的数算", FLOATING),
    # a vehicle registered under a transport firm
    ("我的大货车挂在物流公司名下跑运输，出了车祸撞伤人，公司说跟它无关", AFFILIATED),
    ("出租车挂靠在出租车公司，司机撞了行人，家属能不能找公司赔", AFFILIATED),
    # an online seller and business registration
    ("在快手上卖自家腊肉要不要办营业执照", E_SELLER),
    ("朋友圈卖化妆品的微商需不需要登记，不登记会被罚吗", E_SELLER),
    # a court taking a judgment debtor's wages
    ("老赖在单位上班有工资，能不能叫法院从工资里扣", WAGES_TAKEN),
    ("法院执行时扣我工资，一个月全扣光了，我一家人吃啥", WAGES_TAKEN),
    # an old person talked into pledging a home
    ("我妈被人忽悠参加养老投资，把房子抵押了，现在能撤销合同把房子要回来吗", ELDER_TRICKED),
    ("外婆被拉去听养老理财讲座，被骗签了房子抵押借款，家里人能撤销吗", ELDER_TRICKED),
    # an invoice refused is still an invoice
    ("饭店吃完饭不给开发票，说开了要加税点，合法吗", INVOICE),
    # English: a storm or epidemic stopped a contract; a tenant's alterations
    ("The flood destroyed the road and we could not deliver the order. The buyer wants the deposit back and "
     "damages. Are we excused?", FORCE_MAJEURE),
    ("I renovated the flat I rent and took out a wall. The landlord wants it restored at my cost.", ALTERATION),
    # (review) the narrowed rules still hear their kind of question, in traditional characters too
    ("村裡老馬家的牛跑出來把娃娃頂傷了，要賠嗎", ANIMAL),
    ("被法院判了還錢，現在坐不了飛機，是不是上了黑名單", DEFAULTER),
    ("我的貨車掛在物流公司名下，出了車禍撞傷人", AFFILIATED),
    ("那年我拿現金借了他兩萬，沒打借條", CASH_LOAN),
    ("飯店吃完飯不給開發票，合法嗎", INVOICE),
    ("柜员把客户的手机号码卖给了推销公司", DATA_SOLD),
])
def test_everyday_wording_reaches_the_law_s_words(question: str, term: str) -> None:
    assert term in " ".join(legal_terms(question))


@pytest.mark.parametrize("question, wrong", [
    # land left fallow for an ordinary reason, or a garden gone wild
    ("院子荒了好多年，想把老房子翻修一下，要办什么手续", ABANDONED),
    ("今年天旱，我们家的地荒着没种，能领种粮补贴吗", ABANDONED),
    # dividends outside a cooperative; a cooperative's loan
    ("公司年底分红按股份比例分，要交多少个税", SURPLUS),
    ("合作社从信用社贷了30万，逾期了怎么办", SURPLUS),
    # building plans before any mortgage
    ("我家又盖了两间房，能不能拿来抵押贷款", NEW_BUILDING),
    ("想贷款新盖一栋厂房，拿旧厂房做抵押行不行", NEW_BUILDING),
    # living somewhere for good, not a right of residence
    ("我打算在上海一直住下去，要不要买房", RESIDENCE),
    ("我一直住在租的房子里，房子过户给新房东了，房租会涨吗", RESIDENCE),
    ("房子我全款买了一直住着，就是没过户，现在被法院查封了", RESIDENCE),
    # tickets sold out; a cancelled flight
    ("春运买不到票，公司不给报销路费怎么办", DEFAULTER),
    ("航空公司超售，我坐不了飞机，能要求赔偿吗", DEFAULTER),
    # a certificate for a loan, a lawyer's fee question
    ("申请扶贫贷款要开贫困证明吗", LEGAL_AID),
    ("律师费一般怎么收", LEGAL_AID),
    # court fees and court mediation, bribes outside mediation
    ("法院调解以后诉讼费还要交钱吗", NO_FEE),
    ("去银行办贷款要不要交钱", NO_FEE),
    ("找商会的商事调解组织调解货款纠纷，收费吗", NO_FEE),
    ("村干部收了烟酒帮人批宅基地，怎么举报", MEDIATOR_GIFT),
    ("调解员说调解时不要吵，有话好好说", MEDIATOR_GIFT),
    # tax without a mortgage; a mortgage without tax
    ("公司欠税被罚款了，滞纳金怎么算", TAX_FIRST),
    ("房子抵押给银行了，还能再卖给别人吗", TAX_FIRST),
    # selling things, not data
    ("我把旧手机卖给回收店了，钱还没给", DATA_SOLD),
    ("客户资料要保存几年", DATA_SOLD),
    # cash in other senses
    ("现金取出来存到别的银行要手续费吗", CASH_LOAN),
    ("借条上写了现金交付，还要转账记录吗", CASH_LOAN),
    # hiring in a firm, hiring with no injury
    ("公司雇的员工上班路上摔伤了，算不算工伤", HELPER_HURT),
    ("我雇了个人帮忙收玉米，一天给多少钱合适", HELPER_HURT),
    # animals that did no harm; a car that hit a cow
    ("我家的牛跑出来找不到了，能不能报警", ANIMAL),
    ("开车撞伤了一头牛，牛主人要我赔5000", ANIMAL),
    # stock counted, not a floating charge
    ("猪场存栏一千头，想申请贷款，银行要看什么材料", FLOATING),
    ("母羊以后下的羔子归谁，合伙养羊怎么分", FLOATING),
    # a name lent, not a vehicle; a registered vehicle without an accident
    ("我挂名当了公司的法定代表人，公司欠债我要还吗", AFFILIATED),
    ("货车挂在运输公司名下，公司每年收管理费，合理吗", AFFILIATED),
    # a licence outside online selling; online selling without a licence question
    ("开饭店的营业执照到期了，要不要重新办登记", E_SELLER),
    ("在抖音上买的衣服质量有问题，找谁退", E_SELLER),
    # wages cut by an employer, not a court
    ("公司无故扣工资，我能去劳动仲裁吗", WAGES_TAKEN),
    ("迟到一次就扣我工资，老板这样合法吗", WAGES_TAKEN),
    # old age without a deal; a fear about the future
    ("以房养老这种产品银行有没有在做", ELDER_TRICKED),
    ("担心我爸以后老糊涂了被人骗签合同，现在能提前做什么", ELDER_TRICKED),
    # a certificate refused is not an invoice
    ("想申请法律援助，村上不给开贫困证明", INVOICE),
    # English: weather without a contract; a landlord renovating his own flat
    ("Is there a typhoon warning in Shanghai this week?", FORCE_MAJEURE),
    ("The landlord renovated the building last year and now wants a higher rent.", ALTERATION),
    # (review, wave 18) everyday senses the round's rules first heard: a door or a classmate that 顶伤 / 咬伤; wages,
    # a prescription or a door 不给开; a platform's black list; cash at a bank counter; a car in a father's name; a
    # buyer of a shop with no licence; a phone sold; an employer's deduction; a tenant's or seller's few months; a
    # cooperative's tax; an illegal structure; a burst pipe and a court's freeze in English
    ("车库门把车顶伤了，物业要赔吗", ANIMAL),
    ("孩子和同学打架被咬伤了，医药费谁赔", ANIMAL),
    ("老板不给开工资，拖了三个月", INVOICE),
    ("医生不给开药，说要去大医院", INVOICE),
    ("物业不给开门，说我欠了物业费", INVOICE),
    ("网贷逾期被拉进平台黑名单，欠的钱要还吗", DEFAULTER),
    ("我把现金存进银行，柜员没打条，钱少了", CASH_LOAN),
    ("我的车挂在我爸名下，出了事故保险赔吗", AFFILIATED),
    ("我在直播间买的衣服没有营业执照，能退一赔三吗", E_SELLER),
    ("饭店没有营业执照，我在抖音团购的，吃坏了肚子要赔", E_SELLER),
    ("我卖给他一部手机，手机号码是他的", DATA_SOLD),
    ("公司从工资里扣罚款，我去法院告能赢吗", WAGES_TAKEN),
    ("房子卖给别人了，我还想继续住到租期结束", RESIDENCE),
    ("我妈把房子卖了，买家让她继续住一年", RESIDENCE),
    ("合作社分红要交个人所得税吗", SURPLUS),
    ("办了抵押以后，房子新盖的违章建筑会被拆吗", NEW_BUILDING),
    ("The pipe upstairs burst and flooded my flat; does my lease make the landlord pay?", FORCE_MAJEURE),
    ("The court ordered a lockdown of my bank account", FORCE_MAJEURE),
])
def test_ordinary_questions_stay_silent(question: str, wrong: str) -> None:
    assert wrong not in " ".join(legal_terms(question))
