"""Guarantees attached to a loan: 保证 (type and period matter by law), 抵押 and 质押 (collateral).

Type and period are read only from sentences that talk about the guarantee, so a co-borrowers'
"承担连带还款责任" elsewhere does not make a guarantee joint.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from agent.contracts.normalize import cn_integer, find_amounts, find_dates
from agent.contracts.parties import FIRM_SUFFIX, PartyHit
from agent.contracts.schemas import Evidence, Extracted, Guarantee, GuaranteeKind, GuaranteeType
from agent.contracts.segment import evidence, load_terms, sentences

_KIND_BY_ROLE: dict[str, GuaranteeKind] = {"保证人": "保证", "担保人": "保证", "抵押人": "抵押", "出质人": "质押"}
# "声明与保证" / "乙方保证所提供资料真实" are promises, not guarantees: only guarantee vocabulary counts.
_GUARANTEE_WORDS = re.compile(
    r"保证人|担保人|联保人|(?<![不没无未])(?<!无人)(?<!没人)(?<!没有人)(?:负责|愿意|自愿)(?:联保|担保)(?![物费品])|(?<![\u4e00-\u9fa5])中?保人(?=\s*[:：（(签])|保证责任|保证担保|提供保证|提供担保|(?:连带责任|一般|最高额)保证|保证期间|担保责任|抵押担保|质押担保|为.{0,30}(?:提供|作)(?:连带)?(?:保证|担保)"
)
_BY_WHOM = re.compile(r"由\s*(?P<name>[\u4e00-\u9fa5·（）()]{2,30}?)\s*(?:提供|作为|承担|为本合同|为借款人|为乙方|自愿)[^。；\n]{0,12}?(?:保证|担保)")
# "由联保小组成员刘玉霞（身份证号150426…）、吴宝柱（…）提供连带责任保证", "孙家宝（身份证号：…）已与甲方签订《最高额保证
# 合同》…承担连带责任保证": a guarantor named in the clause, identified by an ID number, with no 保证人： line
_ID_NAMED = re.compile(
    r"(?:(?<=成员)|(?<=由)|(?<=、)|(?<=，)|(?<=：)|(?<=:)|(?<=\n)|(?<=^)|(?<=保证人)|(?<=担保人))(?P<name>[\u4e00-\u9fa5·]{2,4}?)"
    r"\s*[（(]身份证(?:号码|号)?\s*[:：]?\s*\d{15,17}[\dXx][）)][^。；\n]{0,80}?(?:提供|承担)[^。；\n]{0,6}?保证")
_LABEL_IN_ROW = re.compile(r"(?<=[。；;，,\t])(?:保证人|担保人)[:：]\s*(?P<name>[\u4e00-\u9fa5（）()]{4,38}?" + FIRM_SUFFIX + r""
                           r"|[\u4e00-\u9fa5·]{2,4}?)(?=[，,。；;（(\s]|$)")
# a form's row "保证	孙立平提供连带责任保证，保证期间为…": the row named for the guarantee, its giver first
# ("担保：晋江市金鹰鞋材有限公司为本合同项下债务提供连带责任保证": what it secures between)
_ROW_GIVER = re.compile(r"(?:^|\n)[ \t]*(?:保证|担保|保证担保|担保方式|保证方式)[ \t]*[\t|｜:：][ \t]*"
                        # "保证：理事长赵满仓个人承担连带责任保证": the giver's office before the name, 个人 after it (without 个人, "法定代表人
                        # 王某代表公司承担…" is the office acting for its firm: no person to name)
                        r"(?:(?:法定代表人|理事长|董事长|执行董事|总经理|股东|负责人|实际控制人)(?=[\u4e00-\u9fa5·]{2,4}?(?:个人|本人)))?(?P<name>[\u4e00-\u9fa5（）()]{4,38}?" + FIRM_SUFFIX + r""
                        r"|[\u4e00-\u9fa5·]{2,4}?)(?:个人|本人)?(?:为(?:本合同|本协议|借款人|乙方|上述)[^。；\n，,]{0,12}?)?(?:自愿)?(?:提供|承担)(?:不可撤销的)?(?:连带责任|一般)?(?:保证|担保)")
_NONE_SAID = re.compile(r"暂无|无|见|详见|另行|同上|待定|其他|任何")
# (the row says who in a word that names no one: "担保：本人自愿提供…", "担保\t第三方提供…")
_NOT_A_GIVER = re.compile(_NONE_SAID.pattern + r"|借款人|乙方|甲方|丙方|丁方|出借人|本人|我|第三|保证人|担保人|自然人")
# a court paper's defendant who gave the guarantee: "被告钱国强在借款合同上签字，承诺承担连带责任保证" (not one merely
# held jointly liable, "被告李某对上述债务承担连带清偿责任": a spouse or co-debtor is held so too)
_DEFENDANT_SURETY = re.compile(r"被告(?P<name>[\u4e00-\u9fa5·]{2,4}?)(?:在[^。；\n]{0,12}?上签字[，,])?(?:承诺|同意|自愿)?(?:为[^。；\n]{0,20}?)?"
                               r"(?<![不未无需须免])(?:承担|提供)(?:连带责任保证|连带保证责任|保证担保|保证责任)")
_DURATION = re.compile(r"(?:(?:之日|日)起|(?:到期|届满)(?:之日|日)?(?:后|起))\s*(?P<n>\d+|[一二两三四五六七八九十]+)\s*(?P<unit>年|个月|月)")


# "保证期间两年", "保证期间为六个月": the length straight after the words, counted from the due date by default
_STATED_LENGTH = re.compile(r"\s*(?:为|是|：|:)?\s*(?P<n>\d+|[一二两三四五六七八九十]+)\s*(?P<unit>年|个月)")
_NEGATION = re.compile(r"不|非|无需|免除")
# ("丙方（担保人）：无", "保证人：暂无": the party line filled in with "none")
_NEGATED = re.compile(r"(?:无|没有|未设|不设|不提供|未提供)(?:任何)?(?:连带(?:责任)?|一般)?(?:保证人|担保人|保证|担保)"
                      r"|(?:保证人|担保人)(?:[（(][^）)\n]{0,6}[）)])?[）)]?[ \t]*[:：][ \t]*(?:无|暂无|没有|空缺)(?![\u4e00-\u9fa5])"
                      r"|(?:不是|并非|不属于|不构成|(?<!除)非)(?:保证|担保)(?!人)")   # "确认本协议为债务加入，不是保证"


def _guarantee_sentences(text: str) -> list[tuple[int, int]]:
    return [(s, e) for s, e in sentences(text)
            if _GUARANTEE_WORDS.search(text[s:e]) and not _NEGATED.search(text[s:e])]


def _type(text: str, spans: list[tuple[int, int]], terms: dict) -> tuple[GuaranteeType, list[Evidence]]:
    """The type stated, or implied by when the guarantor pays (担保制度解释 第二十五条) — often in the sentence after
    the one that names the guarantee ("本人自愿提供担保。如张三到期不能偿还，由本人负责偿还。")."""
    g = terms["guarantee"]
    bounds = sentences(text)
    following = {s: next(((s2, e2) for s2, e2 in bounds if s2 >= e), None) for s, e in spans}
    spans = spans + [f for f in following.values() if f and f not in spans]
    for kinds in ((("general", "一般保证"), ("joint", "连带责任保证")),
                  (("general_implied", "一般保证"), ("joint_implied", "连带责任保证"))):
        found = [(s + m.start(), s + m.end(), gtype) for key, gtype in kinds for s, e in spans
                 for m in re.finditer(g[key], text[s:e]) if not _NEGATION.search(text[max(s, s + m.start() - 4): s + m.start()])]
        if found:        # the label written first: "连带责任保证，不享有一般保证人的先诉抗辩权" has both
            start, end, gtype = min(found)
            return gtype, [evidence(text, start, end)]
    return "unspecified", []


def _period(text: str, terms: dict) -> tuple[dict, list[Evidence]]:
    g = terms["guarantee"]
    for s, e in sentences(text):
        sent = text[s:e]
        m = re.search(g["period_markers"], sent)
        if not m:
            continue
        tail = sent[m.start():]
        base = s + m.start()
        ev = [evidence(text, base, e)]
        info: dict = {"period_text": tail.strip()}
        if re.search(g["until_paid"], tail):
            info["period_unclear"] = True
            return info, ev
        d = _DURATION.search(tail) or _STATED_LENGTH.match(tail, len(m.group(0)))
        # a form's "保证方式及期间: 连带责任保证；…届满之日起二年" (or "保证方式/保证期间"): the row goes on
        if not d and ("方式" in m.group(0) or re.search(r"方式\s*[/／、及和与]\s*$", sent[:m.start()])):
            row_end = text.find("\n", base)
            d = _DURATION.search(text, base, row_end if row_end >= 0 else len(text))
        if d:
            n = cn_integer(d.group("n"))
            info["period_months"] = n * 12 if d.group("unit") == "年" else n
            return info, ev
        dates = [x for x in find_dates(tail) if x.value]
        if dates:
            info["period_end"] = dates[-1].value
            return info, ev
        info["period_unclear"] = True
        return info, ev
    for s, e in sentences(text):     # no period label: "担保人愿意担保，直至借款人还清全部本息为止"
        sent = text[s:e]
        if re.search(r"担保|保证", sent) and re.search(g["until_paid"], sent):
            return {"period_text": sent.strip(), "period_unclear": True}, [evidence(text, s, e)]
    return {}, []


def _giver(matches: Iterable[re.Match], skip: Callable[[str], bool]) -> tuple[str, GuaranteeKind, int, int] | None:
    """The first match whose name is a name: each way of finding a guarantor has its own words that name no one
    (a form row searched once passes its one match; "保证人：暂无" there means none, not look further)."""
    m = next((m for m in matches if not skip(m.group("name"))), None)
    return (m.group("name"), "保证", m.start("name"), m.end("name")) if m else None


def _named(text: str, hits: list[PartyHit]) -> list[tuple[str, GuaranteeKind, int, int]]:
    """The guarantors the parties block names; failing that, the first other way of naming one that finds a name."""
    out = [(h.name, _KIND_BY_ROLE.get(h.label, "保证"), h.start, h.end) for h in hits if h.role == "guarantor"]
    if out:
        return out
    taken = {h.name for h in hits}
    # (a court paper's defendants all read as borrowers: the first is the borrower, a co-defendant who answers as
    # surety is the guarantor)
    debtor = next((h.name for h in hits if h.role == "borrower"), None)
    not_surety = {h.name for h in hits if h.role != "borrower"} | {debtor}
    finders = (
        lambda: _giver(_BY_WHOM.finditer(text), lambda n: n in ("借款人", "乙方", "甲方", "出借人")),
        # a form's row "担保方式	保证。保证人：昆明某融资担保有限公司，提供连带责任保证" ("保证人：暂无", "见附件")
        lambda: _giver(filter(None, [_LABEL_IN_ROW.search(text)]), lambda n: bool(_NONE_SAID.match(n))),
        lambda: _giver(filter(None, [_ROW_GIVER.search(text)]), lambda n: bool(_NOT_A_GIVER.match(n))),
        lambda: _giver(_DEFENDANT_SURETY.finditer(text), lambda n: n in not_surety),
        lambda: _giver(_ID_NAMED.finditer(text), lambda n: n in taken),
    )
    return next(([g] for find in finders if (g := find())), [])


def find_guarantees(text: str, parties: list[PartyHit]) -> list[Extracted[Guarantee]]:
    """One entry per guarantor; type, period, maximum amount and collateral are read from guarantee sentences."""
    terms = load_terms()
    g = terms["guarantee"]
    spans = _guarantee_sentences(text)
    named = _named(text, parties)
    mentions_mortgage = re.search(r"抵押(?!贷)", text) is not None
    mentions_pledge = re.search(r"质押|出质", text) is not None
    if not named and not (spans or mentions_mortgage or mentions_pledge):
        return []
    gtype, type_ev = _type(text, spans, terms)
    period, period_ev = _period(text, terms)
    maximum, max_ev = None, []
    for s, e in sentences(text):
        m = re.search(g["maximum"], text[s:e])
        if m:
            amounts = [a for a in find_amounts(text[s:e]) if a.start >= m.start()]
            if amounts:
                maximum, max_ev = amounts[0].value, [evidence(text, s + amounts[0].start, s + amounts[0].end)]
                break
    collateral, coll_ev = None, []
    m = re.search(g["collateral"] + r"(?P<what>[^。；;\n]{2,80})", text)
    if m:
        collateral, coll_ev = m.group("what").strip(), [evidence(text, m.start("what"), m.end("what"))]

    out: list[Extracted[Guarantee]] = []
    if not named:
        # A guarantee clause with no named guarantor (e.g. a blank signature line): still a guarantee to check.
        personal = any(re.search(r"保证|担保人|担保责任|提供担保", re.sub(r"(?:抵押|质押)担保", "", text[s:e]))
                       for s, e in spans)   # "以其房产提供抵押担保" is collateral, not a 保证
        kind: GuaranteeKind = "保证" if personal else ("抵押" if mentions_mortgage else "质押" if mentions_pledge else "保证")
        named = [(None, kind, spans[0][0] if spans else 0, spans[0][1] if spans else 0)]
    for name, kind, start, end in named:
        if kind == "保证" and not spans:
            continue
        gua = Guarantee(
            kind=kind, guarantor=name,
            guarantee_type=gtype if kind == "保证" else "unspecified",
            maximum_amount=maximum,
            collateral=collateral if kind != "保证" else None,
            **(period if kind == "保证" else {}),
        )
        ev = [evidence(text, start, end)] if name else []
        ev += type_ev + (period_ev if kind == "保证" else []) + max_ev + (coll_ev if kind != "保证" else [])
        out.append(Extracted[Guarantee](value=gua, evidence=ev, source="rule"))
    return out
