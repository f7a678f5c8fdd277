"""Write law_qa_holdout30.jsonl: 60 held-out law questions (author 31), rows literal below.

Run from the repo root: `.venv/bin/python eval/datasets/law_qa_holdout30/make_law_qa_holdout30.py`.
Same bytes every run (rows in id order, keys sorted as written, UTF-8, one JSON object a line).
Persona and gold decisions: see SOURCE.md in this folder. Never tune retrieval on these rows.
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "law_qa_holdout30.jsonl"

# exact Instrument.short_title of the shipped corpus (retrieval/laws.py)
PIPL = "个人信息保护法"
CREDIT = "征信业管理条例"
REPLY = "最高人民法院关于新民间借贷司法解释适用范围问题的批复"
CONTRACT = "合同编"
LENDING = "最高人民法院关于审理民间借贷案件适用法律若干问题的规定"
BANK = "商业银行法"
SECURITY = "最高人民法院关于适用《民法典》有关担保制度的解释"
FIN_GUAR = "融资担保公司监督管理条例"
INSURANCE = "保险法"
ESIG = "电子签名法"
CPL = "民事诉讼法"
CPL_INTERP = "最高人民法院关于适用《民事诉讼法》的解释"
NOTARY = "公证法"
ZJ_FIN = "浙江省地方金融条例"
DATA = "数据安全法"
COMPANY = "公司法"
FOREIGN = "涉外民事关系法律适用法"
ONLINE_MED = "人民法院在线调解规则"
INVITED = "最高人民法院关于人民法院特邀调解的规定"
CONFIRM = "最高人民法院关于人民调解协议司法确认程序的若干规定"
MARRIAGE = "婚姻家庭编"
SUCCESSION = "继承编"
GENERAL = "总则"
CONTRACT_INTERP = "最高人民法院关于适用《民法典》合同编通则若干问题的解释"
PERSONALITY = "人格权编"
PUBLIC_ORDER = "治安管理处罚法"
COURT_MED = "最高人民法院关于人民法院民事调解工作若干问题的规定"
ECOMMERCE = "电子商务法"
CONSUMER = "消费者权益保护法"
ANTI_FRAUD = "反电信网络诈骗法"
TORT = "侵权责任编"
LEGAL_AID = "法律援助法"

C, M, B = "credit_officer", "mediator", "borrower"

# (asker, topic, question, [(instrument, article), ...]) in id order
ROWS = [
    (C, "敏感个人信息单独同意（人脸、银行卡）",
     "我们APP注册时要刷脸、绑银行卡，现在只有一个勾选框“我已阅读并同意隐私政策”。法务说人脸和卡号属于敏感信息，"
     "一个勾够不够？要不要单独弹窗让用户再点一次同意？",
     [(PIPL, 28), (PIPL, 29)]),
    (B, "催收深夜频繁来电",
     "我是送外卖的，网贷逾期两周，催收半夜两三点一直打电话发短信，十分钟一个，我白天还要跑单觉都睡不了，这合法吗？能报警吗",
     [(PERSONALITY, 1033), (PUBLIC_ORDER, 50)]),
    (M, "在线调解核实身份",
     "我是互联网法院的特邀调解员，视频调解时上线的是借款人的弟弟，说他哥在工地没信号让他代一下。开始调之前我得怎么核对身份？",
     [(ONLINE_MED, 17)]),
    (C, "联合贷向合作银行提供申请人信息",
     "我是合作银行这边做联合贷的，小贷公司要把申请人的身份证、收入、通讯录这些资料推给我们行做审批，用户那边需要单独授权吗？"
     "还是他们APP协议里写一句就行",
     [(PIPL, 23)]),
    (B, "APP强制读取通讯录",
     "借款APP一安装就要读我通讯录，不给就借不了。后来我逾期，他们挨个打给我通讯录里的人，连我高中班主任都接到了。"
     "这个APP凭什么读我通讯录？",
     [(PIPL, 6), (PERSONALITY, 1035), (PIPL, 16)]),
    (M, "调解中让步认可的事实能否作证据",
     "调解的时候借款人为了早点了结，口头承认欠了8000，后来没谈拢。小贷公司法务说要把这段视频当证据交给法庭，这个能用吗",
     [(ONLINE_MED, 18), (INVITED, 22)]),
    (C, "征信查询授权书的形式",
     "客户在APP里点一下“征信查询授权书”我们就去查人行征信，授权书是长长一段小字、默认折叠的，这样合规吗？查询用途要不要写清楚",
     [(CREDIT, 18), (CREDIT, 19)]),
    (B, "还清后要求删除身份证照片和人脸视频",
     "我已经还清了，账号也注销了，但那个APP还存着我的身份证照片和人脸视频。我能要求他们全部删掉吗？",
     [(PIPL, 47)]),
    (M, "在线调解协议电子签章与生效",
     "双方在调解平台上谈妥了分12期还，协议还需要打印出来按手印吗？从什么时候算生效",
     [(ONLINE_MED, 19)]),
    (C, "报送不良信息前是否告知",
     "风控想把逾期满30天的客户直接报送征信，不提前通知本人，说反正合同里写了。报不良之前到底要不要先告诉借款人？",
     [(CREDIT, 15), (CREDIT, 29)]),
    (B, "冒名借款后征信异议",
     "查征信发现有一笔我从来没借过的网贷逾期，应该是别人冒用我身份办的。找谁去改？他们多久要给我答复",
     [(CREDIT, 25), (PERSONALITY, 1029)]),
    (M, "诉前委派调解期限",
     "法院委派给我一批诉前的网贷案子，有一件拖了快40天借款人还在犹豫，这种调解期限到底多少天？超了怎么办",
     [(ONLINE_MED, 24), (INVITED, 27)]),
    (C, "持牌网络小贷是否受四倍LPR约束",
     "我们是杭州持牌的网络小贷公司，综合年化定在23.9%。有同事说民间借贷那个司法解释的四倍LPR上限也管我们，真的吗？",
     [(REPLY, 1)]),
    (B, "不良记录保留多久",
     "我去年逾期过三个月，后来都还清了，这个不良记录要在征信上挂多久啊？怕影响明年买房",
     [(CREDIT, 16)]),
    (M, "调解员曾在出借方任职",
     "我做调解员之前在这家小贷公司干过两年催收，现在法院派给我调他们家的案子，要不要主动讲？借款人知道以后还同意的话，我能接着调吗",
     [(ONLINE_MED, 13), (INVITED, 15)]),
    (C, "放款时预扣服务费",
     "借款合同写一万，放款时直接扣了800“平台服务费”，客户实际到手9200。以后起诉的话本金按多少算？法院会认这800吗",
     [(CONTRACT, 670), (LENDING, 26)]),
    (B, "身份证被冒用、电子签名被盗用",
     "我身份证丢了，有人拿着我的身份证和照片在网上借了2万，合同上是我名字的电子签名，现在平台找我要钱，我根本没借过啊",
     [(ESIG, 32), (PERSONALITY, 1014)]),
    (M, "立案前在线调解协议申请确认",
     "立案前在线上就调成了，借款人答应一个月内还清。出借方想让法院确认一下这份协议，网上能直接申请吗",
     [(ONLINE_MED, 20)]),
    (C, "短信通知债权转让",
     "我们打包了一批不良债权卖给资产管理公司，准备群发短信告诉借款人“您的债权已转让给XX公司”。光发个短信算不算通知到位？"
     "原合同里没写不许转让",
     [(CONTRACT, 545), (CONTRACT, 546)]),
    (B, "网店后台贷款金额输错",
     "我在网店后台点贷款，手一滑把5000输成了50000，提交完马上就放款了，当时也没弹出让我核对修改的页面，能不能算误操作？",
     [(ECOMMERCE, 50)]),
    (M, "司法确认后不履行",
     "调解协议经法院确认有效了，结果那个外卖小哥一分钱都没还，平台问我下一步咋办",
     [(CONFIRM, 9), ("人民调解法", 33)]),
    (C, "助贷模式下银行自身审贷义务",
     "助贷模式下平台把风控全做完了，我们银行只看他们给的评分就放款，总行合规说不行。法律上银行自己审查这一块到底有什么要求",
     [(BANK, 35)]),
    (B, "放贷捆绑意外险",
     "借款的时候必须买一份“借款人意外险”才给放款，保费直接从借款里扣，我不想要，他们说是系统默认勾选的，这算强制吗",
     [(INSURANCE, 11), (CONSUMER, 10)]),
    (M, "丈夫瞒着妻子网贷充游戏",
     "调解一起案子，丈夫背着老婆在三个APP上借了十几万拿去打游戏充值，平台把老婆也列成被告，说是夫妻共同债务，女方哭着问凭什么",
     [(MARRIAGE, 1064)]),
    (C, "平台出具差额补足承诺函",
     "平台给我们行出了一份《差额补足承诺函》，说借款人还不上的部分由他们补足。这个到底算保证还是别的什么？出了事能直接找平台要钱吗",
     [(SECURITY, 36)]),
    (B, "撮合平台首页宣称担保",
     "我开网店攒了点钱，在一个借贷撮合平台上借出去5万，平台首页写着“平台担保，本息无忧”。现在借款人跑路了，我能找平台要吗",
     [(LENDING, 21)]),
    (M, "骑手身亡后父母被催收",
     "有个骑手出车祸走了，还欠网贷三万多，催收天天打他爸妈电话要钱。呃，就是说老人家只继承了一辆电动车，他们要把全部都还上吗",
     [(SUCCESSION, 1161)]),
    (C, "关联公司无牌收担保费",
     "集团想让旗下一家科技公司给自家小贷的借款人收担保费、出保函，这家公司名字里没有“融资担保”，也没去金融办批过，能这么干吗",
     [(FIN_GUAR, 6), (FIN_GUAR, 2)]),
    (B, "日息低但综合成本高",
     "APP上写的是日息0.05%，看着很低，可我算下来加上各种服务费、会员费，年化快36%了。他们是不是应该把总成本明明白白告诉我？",
     [(CONSUMER, 8), (CONSUMER, 28)]),
    (M, "17岁高中生网贷买手机",
     "一个高二学生17岁，用自己身份证在网贷上借了6000买手机，家长来调解说孩子未成年借款不算数，平台说是他自己点的同意。这个怎么处理",
     [(GENERAL, 19), (GENERAL, 145)]),
    (C, "保证保险免责条款未提示",
     "借款人逾期后我们找保险公司理赔保证保险，保司拿出条款说“借款人涉嫌欺诈的不赔”，可投保时这条根本没加粗也没跟我们解释过，能推掉吗？",
     [(INSURANCE, 17)]),
    (B, "被假客服骗后紧急止付",
     "刚被假客服骗了，他说我账户要解冻得先交保证金，我转了1.2万过去，就半小时前的事，钱还能追回来吗？银行能帮我冻洁吗",
     [(ANTI_FRAUD, 20)]),
    (M, "被骗借款能否撤销借款合同",
     "当事人被冒充“客服”的骗子忽悠，说要在几个平台借款“验证流水”再转到安全账户，结果被骗4万。她说贷款公司也该负责，"
     "借款合同能不能撤销？骗子那边又怎么追",
     [(GENERAL, 149), (CONTRACT_INTERP, 5)]),
    (C, "验证码加人脸的电子签名效力",
     "我们的电子合同是用户输手机验证码、再做人脸核验，然后由第三方CA签章的。客户在庭上说“我没手写签过字，不认”，这种电子签名法院认吗？",
     [(ESIG, 13), (ESIG, 14)]),
    (B, "出借银行卡走流水",
     "朋友借我的银行卡说帮他走一下流水，给我500块好处费，现在卡被冻结了，派出所还说要罚我，可我又没骗人",
     [(ANTI_FRAUD, 31), (ANTI_FRAUD, 44)]),
    (M, "催收在业主群发照片称老赖",
     "借款人说催收员把他的照片发到他们小区业主群里，配文“老赖骗子欠钱不还”，还放话要上门。他想要对方公开道歉，这种行为在法律上怎么定性",
     [(PERSONALITY, 1024), (PUBLIC_ORDER, 50)]),
    (C, "格式管辖条款约定互联网法院",
     "借款协议第18条约定争议由杭州互联网法院管辖，用户是贵州的，说这条他从来没注意到。管辖条款会不会被认定无效？我们该怎么提示",
     [(CPL, 35), (CPL_INTERP, 31)]),
    (B, "电子送达判决与上诉期",
     "杭州互联网法院给我发了个短信链接说是判决书，我当时没点开，过了好久才看到。上诉期从哪天算？我都不记得同意过电子送达",
     [(CPL, 90), (CPL_INTERP, 135)]),
    (M, "提前结清后仍收剩余期利息",
     "借款人借了12期，第3期就一次性结清了，平台还是收了剩下9个月的服务费和利息。双方僵住了，提前还款的利息到底应该怎么算",
     [(CONTRACT, 677)]),
    (C, "线上借款合同赋强公证",
     "听说有的同行把线上借款合同拿去做赋予强制执行效力的公证，逾期了不用打官司直接申请执行，这个在法律上有依据吗",
     [(NOTARY, 37), (CPL, 249)]),
    (B, "小额诉讼一审终审",
     "被网贷公司起诉了，就欠七千多，听人说这种小案子一审就中审，不能上诉了？是真的吗",
     [(CPL, 165)]),
    (M, "违约金加罚息加催收费过高",
     "合同里逾期除了罚息，还有每天千分之五的违约金，外加一笔“催收费”，加起来比本金还多。借款人要求减，法院一般怎么把握尺度",
     [(CONTRACT, 585), (CONTRACT_INTERP, 65)]),
    (C, "催收外包方泄露客户名单",
     "外包的催收公司把我们给他们的几千条客户名单泄露了，现在客户在闹。我们作为委托方要担什么责？要不要通知客户本人",
     [(PIPL, 21), (PIPL, 57)]),
    (B, "债权转让后已向原平台还款",
     "我收到短信说我的借款已经转给一个叫XX资产的公司了，让我还到新账户。可我上周刚把这期还给原来的APP，新公司还说我逾期，咋办",
     [(CONTRACT, 546), (CONTRACT_INTERP, 48)]),
    (M, "短信催收与诉讼时效中断",
     "一笔2019年逾期的网贷，中间平台每年都发短信催过，现在2025年才起诉，借款人说早过时效了。短信催收能不能算中断时效？",
     [(GENERAL, 188), (GENERAL, 195)]),
    (C, "自动化审批定价差别待遇",
     "有个客户投诉说同样的资质，他的利率比朋友高一截，怀疑我们大数据杀熟。自动化审批和定价在法律上有什么限制？客户能要求我们解释吗",
     [(PIPL, 24)]),
    (B, "投诉APP滥用个人信息",
     "我想投诉那个贷款APP乱用我的信息，到处给我亲戚打电话，要去哪里投诉？真的有人管吗",
     [(PIPL, 65)]),
    (M, "电子证据真实性",
     "出借方交上来的证据全是后台截图、短信记录和APP里的聊天记录，借款人说截图可以P的。这类电子证据我们调解时怎么看真不真",
     [(CPL_INTERP, 116), (ESIG, 8)]),
    (C, "金融推广海报与风险提示",
     "市场部做了个推广海报“0风险 秒到账 最低日息万二”，我觉得有问题。浙江这边对小贷公司做宣传、提示风险有什么规定",
     [(ZJ_FIN, 16), (ZJ_FIN, 32)]),
    (B, "成年大学生借款父母是否要还",
     "我今年大二，20岁，在学校里扫码借了学生贷，现在还不上，催收说要找我爸妈还，我爸妈要替我还吗",
     [(GENERAL, 18), (CONTRACT, 465)]),
    (M, "案外人在调解中提供担保",
     "调解中借款人的哥哥愿意给他担保，分期不还就由他哥还，这个能写进调解书吗？他哥又不是案子的当事人",
     [(COURT_MED, 9)]),
    (C, "Cross-border transfer of borrower data (EN)",
     "Hi, I'm an investor from Singapore looking at a stake in your Hangzhou micro-lending company. Our due diligence team "
     "wants the loan book, with borrower names and ID numbers, sent to our office in Singapore. What does Chinese law "
     "require before that kind of personal data can leave China?",
     [(PIPL, 38), (PIPL, 39)]),
    (B, "短视频平台不删催收曝光视频",
     "催收在短视频平台上发我的照片，说我欠钱不还，我给平台举报了一个星期都不删，平台有没有责任？",
     [(TORT, 1194), (TORT, 1195)]),
    (M, "调解书写入自动判决条款",
     "平台要求调解协议里加一条“有一期不还，剩下的全部到期并加付违约金”，还要加一句“不还就由法院直接判决”，后面这句能写吗",
     [(COURT_MED, 8)]),
    (C, "Foreign court orders production of data (EN)",
     "A Singapore court, in a dispute involving our fund, has ordered us to produce records of Chinese borrowers that sit on "
     "servers in Hangzhou. Can the company simply hand them over to the court?",
     [(DATA, 36), (PIPL, 41)]),
    (B, "网店一键借款合同是否成立",
     "我开淘宝店的，后台自动弹出“一键借款”，我点了一下就签了，全程没有人跟我沟通，这样合同也算成立吗？",
     [(ECOMMERCE, 48), (CONTRACT, 469), (CONTRACT, 491)]),
    (M, "视频开庭",
     "调解不成要转诉讼了，借款人在新疆跑外卖回不来，能不能网上视频开庭？法院那边要满足什么条件",
     [(CPL_INTERP, 259)]),
    (C, "Minority shareholder inspecting books (EN)",
     "As a minority shareholder of the Hangzhou lender I want to see the accounting books and vouchers, not only the annual "
     "reports. Can the company refuse, and how quickly do they have to answer me?",
     [(COMPANY, 57)]),
    (B, "骑手车祸后申请法律援助",
     "我是骑手，被车撞了腿断了跑不了单，网贷也还不上，肇事那边又不赔钱，我请不起律师，能找法律援助吗",
     [(LEGAL_AID, 31)]),
    (C, "Choice of Singapore law (EN)",
     "Our shareholders' agreement picks Singapore law. If a dispute ends up before a Chinese court, will that choice be "
     "respected, and which law would apply if we had not chosen one at all?",
     [(FOREIGN, 41)]),
]


def rows() -> list[dict]:
    out = []
    for n, (asker, topic, question, gold) in enumerate(ROWS, start=1):
        out.append({
            "id": f"lh30-{n:03d}",
            "question": question,
            "gold": [{"instrument": inst, "article": art} for inst, art in gold],
            "topic": topic,
            "asker": asker,
        })
    return out


def write(path: Path = OUT) -> None:
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows())
    path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    write()
    print(f"wrote {len(ROWS)} rows to {OUT}")
