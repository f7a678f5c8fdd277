"""Who lends, who borrows, who guarantees — and what kind of party each is (the rate cap depends on it).

Identity numbers are masked as soon as they are read: only the masked form leaves this module.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from agent.contracts.schemas import Extracted, Party, PartyKind
from agent.contracts.segment import evidence, load_terms
from agent.rules.loader import RuleSet

_ID_CARD = re.compile(r"(?:身份证(?:号码|号)?|公民身份号码|证件号码)\s*[:：]?\s*(\d{6})(\d{8})(\d{3}[\dXx])")
_CREDIT_CODE = re.compile(r"(?:统一社会信用代码|信用代码)\s*[:：]?\s*([0-9A-HJ-NPQRTUWXY]{4})([0-9A-HJ-NPQRTUWXY]{10})([0-9A-HJ-NPQRTUWXY]{4})")
# a firm's legal form in brackets is part of its registered name: 瑞丰鞋底厂（普通合伙）; so is a place in brackets
# inside a company's name: 泰丰（香港）贸易有限公司, 某某（中国）投资有限公司
_NAME_PLACE = (r"(?:香港|澳门|澳門|台湾|台灣|臺灣|中国|中國|亚洲|亞洲|亚太|亞太|国际|國際|集团|集團|控股|美国|美國|新加坡|日本"
               r"|韩国|韓國|欧洲|歐洲|英国|英國|德国|德國|澳洲|加拿大|马来西亚|泰国|越南)[）)]"
               r"(?:(?!下称|以下|简称|簡稱)[\u4e00-\u9fa5]){1,20}?(?:有限责任公司|股份有限公司|有限公司|公司|集团|集團)"
               # "浙南融资租赁（温州）有限公司": a city in brackets right before 有限公司 (not a role: "（甲方）")
               r"|(?!甲方|乙方|丙方|丁方|出借|借款|贷款|债权|债务|保证|担保|抵押|出质|以下|下称|简称|盖章|公章|签字|签章|法定|身份|经营|业主|个体)"
               r"[\u4e00-\u9fa5]{2,4}[）)](?:有限责任公司|股份有限公司|有限公司)")
# a Chinese name then its English one ("李明 LI Ming", "…有限公司 Kong Fung Trading Limited"); a comma, but not the
# one inside an English firm's name ("Optical Co., Ltd.")
_NAME_STOP = re.compile(r"\s{2,}|(?<=[\u4e00-\u9fa5])\s+(?=[A-Za-z])|\s(?=[\u4e00-\u9fa5A-Za-z]{2,14}[：:])"
                        r"|[\t\u3000，；;。\n]|,(?!\s*(?:Ltd|Limited|Inc|LLC|L\.L\.C|Co\b))"
                        r"|[（(](?!(?:普通合伙|有限合伙|特殊普通合伙|个人独资)[）)])(?!" + _NAME_PLACE + r")|身份证|住所|住址|地址|法定代表人|统一社会信用代码|联系电话|电话|签字|签章|盖章|[（(]?以下简称")
# a Uyghur, Kazakh or Hui name written in characters with the middle dot between given name and father's name
# ("买买提·吐尔逊", "阿不都热合曼·艾力", "努尔兰·哈孜别克"): longer than a Han name, still one person
# (not role words or an address joined by a dot: "甲方·乙方", "中山路·八十八号")
_NOT_A_DOTTED_NAME = r"(?!(?:[\u4e00-\u9fa5]{0,6}[·・])?[\u4e00-\u9fa5]{0,5}(?:[甲乙丙丁]方|[路街巷号]))"
DOTTED_NAME = _NOT_A_DOTTED_NAME + r"[\u4e00-\u9fa5]{1,6}[·・][\u4e00-\u9fa5]{1,6}(?:[·・][\u4e00-\u9fa5]{1,6})?"
_DOTTED_LAZY = _NOT_A_DOTTED_NAME + r"[\u4e00-\u9fa5]{1,6}[·・][\u4e00-\u9fa5]{1,6}?(?:[·・][\u4e00-\u9fa5]{1,6}?)?"
_CJK_NAME = re.compile(r"^(?:[\u4e00-\u9fa5·]{2,4}|" + DOTTED_NAME + r")$")
_SPACED_NAME = re.compile(r"[\u4e00-\u9fa5](?:\s+[\u4e00-\u9fa5]){1,3}|[\u4e00-\u9fa5]\s+[\u4e00-\u9fa5]{2}")  # 林　海
# "…与温岭市锐达泵业有限公司（以下简称“债务人”）…": a bank's guarantee contract names the debtor in passing.
_DEFINED_AS = re.compile(r"(?P<name>[\u4e00-\u9fa5（）()·]{2,40}?)[（(](?:以下(?:简)?称|下称)[“\"『「]?(?P<role>债务人|借款人|主债务人)[”\"』」]?[）)]")
# A pawn ticket (当票) or a lender's own form names the lender only in its letterhead, on a line of its own.
_LENDER_HEADING = re.compile(
    r"^[ \t]*(?P<name>[\u4e00-\u9fa5（）()]{4,40}?(?:典当|小额贷款|银行|融资租赁|商业保理|消费金融)[\u4e00-\u9fa5（）()]{0,12}?"
    r"(?:有限责任公司|股份有限公司|有限公司|公司|典当行|支行|分行))"
    # …or with the form's title beside it: "沈阳市鑫隆典当行有限公司  当  票", "某小额贷款有限公司 个人借款合同"
    r"(?:[ \t]+(?:[\u4e00-\u9fa5][ \t]*){0,9}?(?:当[ \t]*票|借款合同|贷款合同|借款协议|借[ \t]*据))?[ \t]*$", re.MULTILINE)
# 借条/欠条: 今借到张三… / 今向表姐俞美华借人民币… / 今欠张国庆借款人民币… / 今欠到某建材经营部货款…
_IOU_LENDER = re.compile(
    r"(?:今|兹|现)?(?:借[到倒]|收到|欠到|向|欠|(?<=[今兹现])借(?![到倒款条据给用出]))\s*"   # 借倒: a homophone slip; "今借孙立国人民币…"
    r"(?:大舅哥|小舅子|大舅子|舅哥|大姨姐|小姨子|嫂子|弟媳|连襟|(?:表|堂)?(?:姐|哥|弟|妹|兄)(?:夫)?|姐姐|哥哥|弟弟|妹妹|朋友|同事|同学|老乡|邻居|亲戚"
    r"|舅舅|舅妈|叔叔|婶婶|姑姑|姑父|姨妈|姨父|阿姨|伯伯|伯父|大伯|二伯|岳父|岳母|老丈人|外公|外婆|爷爷|奶奶|表叔|堂叔"
    r"|(?:大|二|三|四|小)(?:哥|姐|舅|叔|姑|姨|伯))?"
    # "今借倒本村陈友发人民币…", "今借到香港居民区少明先生港币…"
    r"(?:本村|同村|邻村|本组|本队|隔壁|香港居民|澳门居民|台湾居民|台胞)?"
    # "今借到麻将馆老板马桂珍现金…", "今借到茶铺老板娘李秀英…": whose shop, then the name
    r"(?:[\u4e00-\u9fa5]{1,4}?(?:馆|店|铺|厂|摊|场|行|部)(?:的)?(?:老板娘|老板))?"
    r"(?!您|你|现金|货款|工资|工人|的钱|钱|借款|用款|款项|贵司|贵公司|贵方|我司|本司|你司|利息|本金|本息|利钱)"
    r"(?P<name>[\u4e00-\u9fa5（）()]{4,30}?(?:公司|经营部|商行|门市部|厂|商店|超市|合作社|中心)|" + _DOTTED_LAZY + r"|[\u4e00-\u9fa5·]{2,4}?)(?<![款钱资费金])"
    r"\s*(?:先生|女士|小姐|老板娘|老板|师傅)?\s*(?=[（(]|人民币|港币|港元|美元|澳门币|新台币|现金|钱款|借款|借到|出借|处借|货款|(?:菜|材料|饲料|肥料|工程|运输|房租)(?:款|钱)|借(?:人民币|现金|款|钱|到)?"
    r"|[壹贰叁肆伍陆柒捌玖拾]|\d+(?:\.\d+)?\s*(?:万|元)"      # "今借大舅哥孙德胜叁万元整"
    r"|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:的)?借)")   # "今欠张桂英2022年1月15日借款…"


# A 保证函 / 担保函 / 承诺函 is a letter to the creditor: "温州市瓯海区信和小额贷款有限公司：" on a line of its own
_LETTER_TITLE = re.compile(r"(?:保证|担保|承诺)(?:函|书)")
# "特此承诺：", "本人承诺：", "我保证：" head the letter's body, they address nobody
# how a firm's name ends, wherever a name may be a firm's ("某某有限公司", "兴旺水稻种植专业合作社", "老刘海鲜经营部")
FIRM_SUFFIX = r"(?:公司|合作社|厂|经营部|商行)"
_HEADING_WORDS = re.compile(r"承诺|保证|声明|担保|说明|如下|特此|本人")
_LIKE_A_NAME = re.compile(r"[\u4e00-\u9fa5（）()]{2,38}(?:公司|银行|支行|分行|合作社|中心|典当行|厂|经营部|商行)|[\u4e00-\u9fa5]{2,3}")
# (a 还款承诺书 to a person: "谢玉兰大姐：" — the honorific is no part of the name)
_ADDRESSEE = re.compile(r"^[ \t]*(?P<name>[\u4e00-\u9fa5（）()]{2,40}?)[ \t]*(?:先生|女士|小姐|大姐|大哥|阿姨|叔叔|嬢嬢|孃孃|老板|同志)?"
                        r"[ \t]*[:：][ \t]*$"
                        r"|^[ \t]*致[ \t]*[:：]?[ \t]*(?P<to>[\u4e00-\u9fa5（）()]{2,40}?)[ \t]*(?:先生|女士)?[ \t]*"
                        r"(?:[（(](?:受益人|债权人|出借人|贷款人)[）)])?[ \t]*[:：]?[ \t]*$",
                        re.MULTILINE)
# A handwritten 借条's signature "借款人 林海波", the name after spaces instead of a colon
# a guarantee contract's recital of the main loan: "鉴于甲方与债务人刘长江（身份证号…）于2025年2月20日签订…"
_RECITED_DEBTOR = re.compile(r"(?:与|和|向|对|鉴于[:：]?\s*)(?P<role>主债务人|债务人|借款人)(?P<name>[\u4e00-\u9fa5（）()]{2,38}?" + FIRM_SUFFIX + r""
                             r"|" + _DOTTED_LAZY + r"|[\u4e00-\u9fa5·]{2,4}?)(?=[（(]\s*(?:身份证|公民身份|统一社会信用代码|证件)|于\s*\d|签订|享有)")
# a debtor's own confirmation: "本人李永福（身份证号：…）于2018年9月1日向周美兰（…）借款人民币柒万元" — the name vouched
# for by the ID bracket or the loan's day after it (not "本人确认向…借款", "我今天向…借了", "我因做生意向…借款")
_SELF_YEAR = r"于\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年[^。；\n，,]{0,12}?"
_SELF_BORROWED = re.compile(r"(?:^|(?<=[\n。；]))[ \t]*(?:本人|我)(?!公司|单位|司|厂|们|方|家|行|社|部)"
                            r"(?!确认|自愿|已经|今天|今日|现|因|特|同意|愿意|承诺|声明|保证|曾经|先后|多次|共)(?P<name>" + _DOTTED_LAZY + r"|[\u4e00-\u9fa5·]{2,4}?)"
                            r"(?:[（(]\s*(?:身份证|公民身份|证件)[^）)\n]{0,40}[）)]\s*(?:" + _SELF_YEAR + r")?|\s*" + _SELF_YEAR + r")"
                            r"[，,]?\s*(?:向|找|跟)[^。；\n]{1,40}?借(?:款|到|了|得|钱|人民币)")
# A debtor's letter confirming a balance is addressed to the creditor, its role in brackets ("佛山市某铝业有限公司
# （出借人）：" on a line of its own), and names the debtor as "我司…向贵司借款"
_ROLE_ADDRESSEE = re.compile(r"^[ \t]*(?:致[ \t]*[:：]?[ \t]*)?(?P<name>[\u4e00-\u9fa5（）()]{4,40}?(?:" + FIRM_SUFFIX + r"|银行|支行))"
                             r"[ \t]*[（(](?:出借人|债权人|贷款人|出借方)[）)][ \t]*[:：]?[ \t]*$", re.MULTILINE)
# "我司（温州某鞋材有限公司）于…向贵司借款": the name may sit in brackets after 我司
_WE_BORROWED = re.compile(r"(?:我司|我公司|本公司)[ \t]*[（(]?(?P<name>[\u4e00-\u9fa5][\u4e00-\u9fa5（）()]{3,37}?" + FIRM_SUFFIX + r")"
                          r"[^。；\n]{0,30}?向(?:贵司|贵公司|你司|你公司|贵方)(?:申请|共计|累计|共)?(?:借款|借入|借用|借得|借到|借取|借)(?!给)")
# the same letter addressed to the creditor with no role said: "温州市某皮革有限公司：" on a line of its own
_FIRM_ADDRESSEE = re.compile(r"^[ \t]*(?:致[ \t]*[:：]?[ \t]*)?(?P<name>[\u4e00-\u9fa5（）()]{4,40}?(?:" + FIRM_SUFFIX + r"|银行|支行))"
                             r"[ \t]*[:：][ \t]*$", re.MULTILINE)
_SIGNED_NO_COLON = re.compile(r"^[ \t]*(?P<label>借款人|欠款人)[ \t]+(?P<name>" + DOTTED_NAME + r"|[\u4e00-\u9fa5·]{2,4})[ \t]*$", re.MULTILINE)
# "丙方（加入人）：陈精工": one who joins the debt (债务加入, 民法典 第552条) is no surety, nor is a witness or a broker,
# whatever letter the document gives them
# nor is the buyer of an assigned debt (债权转让协议: "受让方（乙方）"): the debtor is the one the agreement recites
_NOT_A_PARTY_ROLE = frozenset({"加入人", "债务加入人", "见证人", "介绍人", "中间人", "经办人", "受让方", "受让人"})


_CASE_ROLE = r"(?:被申请人|申请人|被告|原告|被上诉人|上诉人)"
# the English role beside a bilingual label: "Lender 贷款人：", "Borrower/借款人：", "贷款人 Lender："
_EN_ROLE = r"(?:Lender|Borrower|Guarantor)"
# ("原告诉称：被告于2023年1月6日向原告借款": the borrower is the role nearest the 向, not the one telling it)
# (an appeal's "上诉人（原审被告）季建华…向被上诉人借款": the role's bracketed gloss is no role of its own)
_CASE_LOAN = re.compile(rf"(?P<borrower>{_CASE_ROLE})(?:[（(][^）)\n]{{1,10}}[）)])?(?:(?!{_CASE_ROLE})[^，。；：:\n向]){{0,20}}?向(?P<lender>{_CASE_ROLE})"
                        r"(?=[\u4e00-\u9fa5·]{0,4}?(?<![出催追讨要还])借(?:款|钱|了|到|得|人民币|现金)?)")


# a party named in passing with its role before the name, no colon: a notary's certificate or a recital
# ("兹证明出借人赵德明与借款人余文才、保证人余文华于…签订了…《借款合同》")
_NAME_OR_FIRM = r"[\u4e00-\u9fa5（）()]{4,38}?" + FIRM_SUFFIX + r"|" + _DOTTED_LAZY + r"|[\u4e00-\u9fa5·]{2,4}?"
_INLINE_ROLES = re.compile(rf"(?P<lrole>出借人|债权人)(?P<lender>{_NAME_OR_FIRM})(?:与|和|、|，)(?P<brole>借款人|债务人)(?P<borrower>{_NAME_OR_FIRM})"
                           rf"(?:[、，,和及](?P<grole>保证人|担保人)(?P<guarantor>{_NAME_OR_FIRM}))?(?=[与和、，,（(于在签之])")
# a guarantee paper names the lending bank in its recital: "鉴于甲方拟向云南某村镇银行股份有限公司（以下简称"贷款银行"）申请…借款"
_RECITED_LENDER = re.compile(
    r"(?:向|与)(?P<name>[\u4e00-\u9fa5（）()]{2,40}?(?:银行|信用社|信用合作联社|小额贷款|典当|消费金融|信托)[\u4e00-\u9fa5（）()]{0,16}?"
    r"(?:股份有限公司|有限责任公司|有限公司|公司|支行|分行|信用社|联社|典当行))"
    r"(?:[（(](?:以下(?:简)?称|下称)[^）)\n]{0,12}[）)])?(?:申请|借款|贷款)")


# words of a clause, never a party's name: "出借人有权与借款人协商一致…", "债权人同意和债务人双方约定…"
# a 委托贷款 names the one whose money it is: "委托人：某实业集团有限公司", "甲方（委托人）：…", "委托人（出借人）：…"
_ENTRUSTED_TITLE = re.compile(r"委托贷款(?:借款)?(?:合同|协议)")
_ENTRUSTOR = re.compile(r"(?m)^[ \t]*(?:[甲乙丙丁]方[（(]委托人[）)]|委托人(?:[（(](?!受托)[^）)\n]{1,8}[）)])?)[ \t]*[:：][ \t]*(?P<name>[^\n]+)")
# the bank that only acts for the 委托人, however it is printed: "贷款人（受托人）：", "乙方（受托人）：", "受托人："
_TRUSTEE_LINE = re.compile(r"受托(?:人|方|行)")
# a party line filled in with "none": "丙方（担保人）：暂无"
_NO_ONE = re.compile(r"(?:暂无|没有|空缺|无)[。.]?")
_NOT_A_NAME = re.compile(r"有权|同意|协商|双方|应当|约定|可以|必须|不得|负责|按照|根据|未|其他|任何|另行|均")


def _inline_roles(text: str) -> re.Match[str] | None:
    """The first "出借人A与借款人B" whose names read as names (not "出借人有权与借款人协商一致")."""
    for m in _INLINE_ROLES.finditer(text):
        names = [m.group(g) for g in ("lender", "borrower", "guarantor") if m.group(g)]
        if all(_LIKE_A_NAME.fullmatch(n) and not _NOT_A_NAME.search(n) for n in names):
            return m
    return None


def _recited_lender(text: str) -> re.Match[str] | None:
    """The bank a recital says the loan was asked of, not one a pledge denies ("未向其他银行或小额贷款公司申请")."""
    for m in _RECITED_LENDER.finditer(text):
        if not _NOT_A_NAME.search(m.group("name")) and not re.search(r"未|不|没有|从未", text[max(0, m.start() - 6):m.start()]):
            return m
    return None


def _alias_roles(alias: str, words: dict[str, str]) -> list[str]:
    """"委托人/借款人" → borrower, "借款人/出质人" → borrower, guarantor; "反担保保证人" ends in 保证人 → guarantor
    (but a 被保证人 is the debtor, not a surety)."""
    roles = []
    for part in re.split(r"[/／、,，]", alias):
        part = part.strip()
        role = words.get(part)
        if not role and len(part) > 2 and not part.startswith("被"):
            role = next((words[w] for w in sorted(words, key=len, reverse=True) if part.endswith(w)), None)
        if role:
            roles.append(role)
    return roles


@dataclass(frozen=True)
class PartyHit:
    role: str            # lender | borrower | guarantor
    label: str           # the role word as written (出借人, 甲方 …)
    name: str
    start: int           # span of the name
    end: int
    block_end: int       # where this party's description ends (next party line)


def _role_map(text: str, terms: dict) -> dict[str, str]:
    """甲方/乙方/丙方 → role, from the contract's own wording (甲方（出借人）, 出借人（以下简称甲方）)."""
    roles = terms["party_roles"]
    mapping = dict(roles["letter_defaults"])
    words = {w: r for r in ("lender", "borrower", "guarantor") for w in roles[r]}
    alt = "|".join(sorted(words, key=len, reverse=True))
    for m in re.finditer(rf"(甲方|乙方|丙方)\s*[（(]\s*({alt})\s*[）)]", text):
        mapping[m.group(1)] = words[m.group(2)]
    for m in re.finditer(r"(甲方|乙方|丙方)\s*[（(]\s*([^）)\n]{2,14})\s*[）)]", text):   # "甲方（委托人/借款人）"
        if m.group(2) not in words and (found := _alias_roles(m.group(2), words)):
            mapping[m.group(1)] = next((r for r in found if r != "guarantor"), found[0])
    for m in re.finditer(rf"({alt})\s*[（(]?\s*(?:以下简称|下称|简称)?\s*[“\"]?\s*(甲方|乙方|丙方)", text):
        mapping[m.group(2)] = words[m.group(1)]
    # a mediation or a court paper names its parties by their place in the case; who lent to whom is told in the
    # facts: "被申请人高洪亮因经营饭店需要向申请人石爱民借款…"
    case = {(m.group("lender"), m.group("borrower")) for m in _CASE_LOAN.finditer(text)}
    if len(case) == 1:              # two stories that disagree tell nothing
        [(lender, borrower)] = case
        mapping.setdefault(lender, "lender")
        mapping.setdefault(borrower, "borrower")
    # "丙方（加入人）：陈精工" or "受让方（乙方）：某资产管理公司": its signature line is no party's either
    for pattern, letter, role in ((r"(甲方|乙方|丙方)\s*[（(]\s*([^）)\n]{1,6})\s*[）)]", 1, 2),
                                  (r"([^\s（(：:]{2,6})\s*[（(]\s*(甲方|乙方|丙方)\s*[）)]", 2, 1)):
        for m in re.finditer(pattern, text):
            if m.group(role) in _NOT_A_PARTY_ROLE:
                mapping.pop(m.group(letter), None)
    return mapping


def _overlapping(pattern: re.Pattern, text: str):
    """Every match, the next one searched from just after the previous one's name: a party line's name runs to the
    line's end, and a second party may sit further along the same line."""
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        yield m
        pos = m.start("name") + 1


def _entrusted_lender(text: str, hits: list[PartyHit]) -> list[PartyHit]:
    """In a 委托贷款 the 委托人 is the lender, however the bank signs ("贷款人（受托人）", "受托人（贷款人）").

    The money and the risk are the 委托人's and it may sue in its own name (最高人民法院《关于如何确定委托贷款协议诉讼
    主体资格的批复》); the bank is only its agent, so no line of the bank's is a lender's or a borrower's."""
    if not _ENTRUSTED_TITLE.search(re.sub(r"\s", "", text[:120])) or not (t := _ENTRUSTOR.search(text)):
        return hits
    raw = t.group("name")
    cut = _NAME_STOP.search(raw)
    name = (raw[: cut.start()] if cut else raw).strip(" _\t")
    if len(name) < 2:
        return hits
    banks = {h.name for h in hits if _TRUSTEE_LINE.search(text[text.rfind("\n", 0, h.start) + 1: h.start])}
    kept = [h for h in hits if h.name not in banks and not (h.role == "lender" and h.name != name)]
    return [PartyHit("lender", "委托人", name, t.start("name"), t.start("name") + len(name), len(text)), *kept]


def find_parties(text: str) -> list[PartyHit]:
    """Party lines such as 出借人（甲方）：张三 / 甲方（贷款人）：某小额贷款有限公司 / 担保人：李四."""
    terms = load_terms()
    roles = terms["party_roles"]
    words = {w: r for r in ("lender", "borrower", "guarantor") for w in roles[r]}
    letters = _role_map(text, terms)
    alt = "|".join(sorted([*words, *letters], key=len, reverse=True))
    # a debt confirmation signs its debtor as "确认人（债务人）：": a label of its own, the role in the bracket
    role_words = "|".join(sorted(words, key=len, reverse=True))
    alt += rf"|(?:确认|承诺|签署|立据|立字|声明|出具)人(?=[ \t]*[（(][ \t]*(?:{role_words})[ \t]*[）)])"
    line = re.compile(
        # a party line, or a second party on the same line after a wide gap ("出借人：赵玉华          借款人：孙福贵")
        rf"(?m)(?:^[ \t]*|(?<=[ \t\u3000]{{2}})(?![ \t\u3000])|(?<=\t)(?![ \t\u3000]))(?:[\u4e00-\u9fa5]{{1,6}}[/／]|(?:For the )?{_EN_ROLE}(?:[ \t]*[/／][ \t]*|[ \t]+))?(?P<label>{alt})(?:名称|姓名|[一二三四五六七八九]|\d|兼[\u4e00-\u9fa5]{{2,4}}?|[ \t]*[/／]?[ \t]*{_EN_ROLE})?\s*(?:[（(]\s*(?P<alias>[^）)\n]{{1,8}})\s*[）)])?\s*[:：]\s*(?P<name>[^\n]*)"
    )
    hits: list[PartyHit] = []
    for m in _overlapping(line, text):
        label, alias = m.group("label"), (m.group("alias") or "").strip()
        # "借款人（抵押人）：付玉霞": the borrower pledging her own house is the borrower, not a third-party surety
        named = [r for r in (*(_alias_roles(alias, words) if alias else []), words.get(label)) if r]
        role = next((r for r in named if r != "guarantor"), None) or (named[0] if named else None) \
            or letters.get(label) or letters.get(alias)
        raw = m.group("name")
        cut = _NAME_STOP.search(raw)
        name = re.sub(r"^(?:\d{1,2}[.、．]|[（(]\d{1,2}[）)])\s*", "", (raw[: cut.start()] if cut else raw).strip(" _\t"))
        if not role or len(name) < 2 or set(name) <= {"_", " "} or alias in _NOT_A_PARTY_ROLE or _NO_ONE.fullmatch(name):
            continue
        start = m.start("name") + raw.index(name)
        shown = re.sub(r"\s+", "", name) if _SPACED_NAME.fullmatch(name) else name
        hits.append(PartyHit(role, label, shown, start, start + len(name), len(text)))
    hits = _entrusted_lender(text, hits)
    if not any(h.role in ("lender", "borrower") for h in hits) and (r := _inline_roles(text)):
        for role in ("lender", "borrower", "guarantor"):
            if r.group(role):
                hits.append(PartyHit(role, r.group(role[0] + "role"), r.group(role), r.start(role), r.end(role), len(text)))
    if not any(h.role == "lender" for h in hits) and (t := _LENDER_HEADING.search(text[:200])):
        hits.append(PartyHit("lender", "letterhead", t.group("name"), t.start("name"), t.end("name"), len(text)))
    if not any(h.role == "lender" for h in hits) and _LETTER_TITLE.search(re.sub(r"\s", "", text[:40])) \
            and (t := _ADDRESSEE.search(text[:200])) and (g := "name" if t.group("name") else "to") \
            and t.group(g) not in words and _LIKE_A_NAME.fullmatch(t.group(g)) and not _HEADING_WORDS.search(t.group(g)):
        hits.append(PartyHit("lender", "addressee", t.group(g), t.start(g), t.end(g), len(text)))
    if not any(h.role == "lender" for h in hits) and any(h.role == "borrower" for h in hits) \
            and (t := _recited_lender(text)):
        hits.append(PartyHit("lender", "recital", t.group("name"), t.start("name"), t.end("name"), len(text)))
    if not any(h.role == "lender" for h in hits) and (t := _ROLE_ADDRESSEE.search(text[:300])):
        hits.append(PartyHit("lender", "addressee", t.group("name"), t.start("name"), t.end("name"), len(text)))
    if not any(h.role == "lender" for h in hits) and _WE_BORROWED.search(text) \
            and (t := _FIRM_ADDRESSEE.search(text[:300])):
        hits.append(PartyHit("lender", "addressee", t.group("name"), t.start("name"), t.end("name"), len(text)))
    if not any(h.role == "borrower" for h in hits) and (t := _WE_BORROWED.search(text)):
        hits.append(PartyHit("borrower", "我司", t.group("name"), t.start("name"), t.end("name"), len(text)))
    if not any(h.role == "borrower" for h in hits) and (t := _SIGNED_NO_COLON.search(text)):
        hits.append(PartyHit("borrower", t.group("label"), t.group("name"), t.start("name"), t.end("name"), len(text)))
    if not any(h.role == "borrower" for h in hits) and (t := _SELF_BORROWED.search(text)) \
            and not _HEADING_WORDS.search(t.group("name")):
        hits.append(PartyHit("borrower", "本人", t.group("name"), t.start("name"), t.end("name"), len(text)))
    if not any(h.role == "borrower" for h in hits) and (r := _RECITED_DEBTOR.search(text)):
        hits.append(PartyHit("borrower", r.group("role"), r.group("name"), r.start("name"), r.end("name"), len(text)))
    if not any(h.role == "borrower" for h in hits) and (d := _DEFINED_AS.search(text)):
        # "债权人与债务人某公司（以下简称“债务人”）": the role word before the name is not part of it
        name = re.sub(r"^(?:鉴于|因)?(?:主债务人|债务人|借款人)?", "", re.split(r"[与和及向为]", d.group("name"))[-1])
        start = d.end("name") - len(name)
        hits.append(PartyHit("borrower", d.group("role"), name, start, d.end("name"), len(text)))
    # Signature blocks repeat the party lines ("出借人（签字）：") — keep the first line per role and name.
    seen: set[tuple[str, str]] = set()
    unique = []
    for h in hits:
        if (h.role, h.name) not in seen:
            seen.add((h.role, h.name))
            unique.append(h)
    unique.sort(key=lambda h: h.start)
    return [
        PartyHit(h.role, h.label, h.name, h.start, h.end, unique[i + 1].start if i + 1 < len(unique) else min(len(text), h.end + 200))
        for i, h in enumerate(unique)
    ]


_NUMERAL_NAME = re.compile(r"[壹贰叁肆伍陆柒捌玖拾佰仟万零〇一二两三四五六七八九十百千]+")


# 借据 told from the lender's side: "王秀凤借钱予林志伟…人民币陆万元整", "阿叔陈水龙借钱予阮（陈文彬）…" (闽南话 予 = 给),
# "张三借给李四人民币…": a name opening the sentence lends (not 本人/我, who write as the lender, nor 甲方, a role the
# contract's own labels map, nor "不得将借款转借给他人")
_GIVER_LENDER = re.compile(
    r"(?:^|(?<=[。；\n]))[ \t]*(?:阿(?:叔|伯|姨|舅|姑|兄|姐|嫂|公|婆)|(?:表|堂)?(?:叔叔|伯伯|舅舅|姑姑|阿姨|哥哥|姐姐))?"
    r"(?!本人|我|阮|甲方|乙方|丙方|出借|借款|债权|贷款|公司|本公司|我司|本司|双方|对方|他|她|你|其|如|若|不|如果)"
    # (nor a time or a count opening the sentence: "今天借给…", "以上借给…", "先后借给…", "分两次借给…")
    r"(?!今|现|当|先|以|分|共|合计|总共|累计|陆续|又|再|曾经|已|另|前|后|昨|去年|这|那|此|每|各|全|都|还|也|上述|上面|一|两|多次|实际|同意|愿意)"
    r"(?P<name>[\u4e00-\u9fa5·]{2,4}?)"
    r"[ \t]*(?:[（(][^）)\n]{0,30}[）)])?[ \t]*(?:同意|愿意)?借(?:钱|款)?(?:给|予)(?!付)"
    r"(?=[^。；\n]{0,40}?(?:人民币|[¥￥]|[\d壹贰叁肆伍陆柒捌玖拾]+(?:万|元)|[壹贰叁肆伍陆柒捌玖拾][^。；\n]{0,6}?元))", re.MULTILINE)


def find_iou_lender(text: str) -> PartyHit | None:
    """借条 style: 今借到张三（身份证号…）人民币…元 — the lender is named after 借到/向 (or opens a "张三借给李四…")."""
    # "还欠柒万陆仟元" in a note under the 欠条 is a sum, not a name
    m = next((m for m in _IOU_LENDER.finditer(text) if not _NUMERAL_NAME.fullmatch(m.group("name"))), None)
    if not m:
        m = _GIVER_LENDER.search(text)
        if m:
            return PartyHit("lender", "借给", m.group("name"), m.start("name"), m.end("name"), m.end("name") + 60)
        return None
    return PartyHit("lender", "借到", m.group("name"), m.start("name"), m.end("name"), m.end("name") + 60)


def mask_id(text: str) -> str | None:
    """First identity number in `text`: 身份证 keeps 6 + 4 digits, 统一社会信用代码 keeps 4 + 4 characters."""
    m = _ID_CARD.search(text)
    if m:
        return f"{m.group(1)}{'*' * 8}{m.group(3)}"
    m = _CREDIT_CODE.search(text)
    if m:
        return f"{m.group(1)}{'*' * 10}{m.group(3)}"
    return None


# a 个体工商户's trading name: "沈阳市于洪区老刘海鲜批发部", "兴旺五金销售部", "大林海鲜批发行"
@lru_cache(maxsize=4)
def _trading_pattern(trades: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"[\u4e00-\u9fa5]{{2,}}(?:{'|'.join(trades)})(?:部|行|站)$")


@lru_cache(maxsize=4)
def _sole_trader_pattern(marks: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"[ \t]*[（(](?:{'|'.join(marks)})")


def _trading_name(name: str) -> bool:
    return bool(_trading_pattern(tuple(load_terms()["trading_name_trades"])).search(name))


def _sole_trader_marked(text: str, at: int) -> bool:
    """"…寄售行（个体工商户，经营者…）", "…（个体户）": the bracket after the name says it is a business."""
    return bool(_sole_trader_pattern(tuple(load_terms()["sole_trader_marks"])).match(text[at:at + 10]))


def classify(name: str, rules: RuleSet, *, has_id_card: bool = False) -> tuple[PartyKind, str | None]:
    """Licensed lender (by the rule file's list), enterprise, natural person, or unknown."""
    for entry in rules.licensed_lenders:
        if any(k in name for k in entry["keywords"]):
            return "licensed_lender", entry["type"]
    if any(k in name for k in rules.enterprise_markers) or _trading_name(name):
        return "enterprise", None
    if has_id_card or _CJK_NAME.match(name):
        return "natural_person", None
    parts = [p.strip() for p in re.split(r"[、，,/]", name) if p.strip()]
    if len(parts) > 1 and all(_CJK_NAME.match(p) for p in parts):      # "马德军、田秀英": co-borrowers, both people
        return "natural_person", None
    return "unknown", None


def licensed_scope(license_type: str | None, rules: RuleSet) -> str | None:
    for entry in rules.licensed_lenders:
        if entry["type"] == license_type:
            return entry["scope"]
    return None


# a nickname with the legal name beside it: "刘幺妹（大名刘素芬）", "舒二娃（舒建）" — the party is the legal name
# "（真名叫李秀英）", "（大名是李秀英）", "（大名李秀英，身份证号…）": the marker's verb is no part of the name
_LEGAL_NAME = re.compile(r"[ \t]*[（(](?:(?P<said>大名|本名|真名|学名|身份证(?:上的?)?名字?)(?:叫做|叫|是|为)?[:：]?)?"
                         r"(?P<name>[\u4e00-\u9fa5·]{2,4}?)(?:[）)]|(?<=[\u4e00-\u9fa5])(?=[，,、；;][^）)\n]{0,40}[）)]))")
# a bracket after a nickname that is a place or a rank in the family, not a name: "张二娃（张家村）", "张二娃（张老大）"
_NOT_A_LEGAL_NAME = re.compile(r"(?:村|镇|乡|组|社|队|屯|湾|坝|寨|街|家|院|场)$|老[大二三四五六七八九幺]|[大二三四五六七八九幺]哥$")
_NICKNAME = re.compile(r"^(?:[\u4e00-\u9fa5]{1,2}(?:娃|娃儿|妹|妹儿|幺|幺儿|哥|姐|嫂|弟|崽|娃子)|[老小幺阿][\u4e00-\u9fa5]{1,2})$")


def _legal_name(text: str, hit: PartyHit) -> PartyHit:
    """A party written by the nickname everyone knows, the legal name in brackets beside it ("刘幺妹（大名刘素芬）",
    "舒二娃（舒建）"): a court names and enforces against the legal name, so that is the party. Without a 大名/真名
    marker the bracket is taken only after a nickname and only when it reads as a name of the same family."""
    m = _LEGAL_NAME.match(text, hit.end)
    if not m or m.group("name").startswith(("身份", "以下", "下称", "简称")):
        return hit
    if not m.group("said") and not text[m.end("name")] in "）)":
        return hit     # "（张家村，…）": only a marked legal name runs on with more in its bracket
    if m.group("said") or (_NICKNAME.match(hit.name) and m.group("name")[0] == hit.name[0]
                           and len(m.group("name")) <= 3 and not _NICKNAME.match(m.group("name"))
                           and not _NOT_A_LEGAL_NAME.search(m.group("name"))):
        return PartyHit(hit.role, hit.label, m.group("name"), m.start("name"), m.end("name"), max(hit.block_end, m.end()))
    return hit


def to_party(text: str, hit: PartyHit, rules: RuleSet) -> Extracted[Party]:
    hit = _legal_name(text, hit)
    block = text[hit.start : hit.block_end]
    masked = mask_id(block)
    has_card = bool(masked and _ID_CARD.search(block))
    kind, license_type = classify(hit.name, rules, has_id_card=has_card)
    if kind == "unknown" and _sole_trader_marked(text, hit.end):
        kind = "enterprise"
    party = Party(name=hit.name, kind=kind, license_type=license_type, id_masked=masked)
    return Extracted[Party](value=party, evidence=[evidence(text, hit.start, hit.end)], source="rule")
