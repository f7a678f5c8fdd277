"""Read a loan contract into `LoanContract`: rules first, the model only for what rules cannot read.

Deterministic by default. Every value carries the span it came from. Numbers are only ever produced by
the normalisers in `normalize.py`; the optional LLM pass (`llm_fill.py`) may propose quotes, which are
accepted only when found verbatim in the text and re-read by the same normalisers.
"""
from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from functools import lru_cache

from agent.contracts.benchmark import BAND_NAMES, band_for, benchmark_on
from agent.contracts.chats import ChatLine, chat_lines, chat_loan, chat_next_day, promised_by_debtor
from agent.contracts.guarantees import find_guarantees
from agent.contracts.lpr import lpr_on
from agent.contracts.normalize import (
    _CAPITAL_DIGITS, AmountMatch, RateMention, add_months, annual_rate_from_amount, clean_decimal, cn_integer,
    find_amounts, find_dates, find_rates, lpr_linked_rate,
)
from agent.contracts.numerals import WRITTEN_DATE as _YMD
from agent.contracts.numerals import NumeralError, cn_decimal
from agent.contracts.parties import DOTTED_NAME, FIRM_SUFFIX, PartyHit, find_iou_lender, find_parties, to_party
from agent.contracts.schemas import (
    DisputeResolution, Evidence, Extracted, Fee, LoanContract, Penalty, RateTerm,
)
from agent.contracts.segment import evidence, load_terms, normalise, reading_copy, sentence_bounds, sentences, simplified
from agent.rules.loader import RuleSet, load_rule_set

_CLAUSE_BREAK = re.compile(r"[，,。；;\n\t|｜]|\s{3,}|[ \u3000]{2,}(?=[^\s：:]{1,8}[：:])")   # a form's next column starts a new phrase
# ("月利率：0.5%　　月综合费率：2.7%": two full-width spaces, then the next label)
_SHARE = re.compile(r"(?:本金|借款金额|借款总额|未还(?:款)?金额|欠款|应还款项|借款)(?:总额|余额)?的\s*(?P<pct>\d+(?:\.\d+)?)\s*[%％]|(?:本金|借款)(?:总额)?的百分之(?P<cn>[一二三四五六七八九十点]+)")
_RATE_NAME = r"(?:(?:借款|原|约定|合同|正常|借期内|执行|适用|融资|展期|综合年化|综合)(?:年化?)?利率|(?<![逾罚期])(?:月|日)利率)"
_RELATIVE = re.compile(
    rf"{_RATE_NAME}(?:的)?\s*(?P<mult>\d+(?:\.\d+)?|[一二两三])\s*倍"
    rf"|{_RATE_NAME}(?:的)?(?:基础)?(?:上)?\s*(?:上浮|加收|提高|加)\s*(?:(?P<pct>\d+(?:\.\d+)?)\s*[%％]|百分之(?P<pct_cn>[零〇一二两三四五六七八九十百点壹贰叁肆伍陆柒捌玖拾佰]+))"
    r"|(?P<same>(?:按|依)(?:照)?(?:上述|本合同|合同|原)?(?:约定的)?(?:借款|约定|合同|原)?(?:的)?(?:年|月)?(?:利率|利息|标准)(?:继续|照常|照样)?(?:计算|计收|执行|计)(?![收算]?复利)"
    # "逾期利率同借期内利率", "逾期利息与合同利率一致": the same rate runs on (not "…基础上上浮50%"); the rate word
    # says so, not "本金同借款利息一并归还" (what is to be paid, not at what rate)
    r"|(?<=[率息])(?:为|应)?(?:同|与|等于)(?:本合同|合同|约定的?)?(?:借期内|借款|合同|约定|正常)(?:的)?(?:利率|利息)(?:相同|一致)?"
    r"(?![^，。；\n]{0,4}(?:基础|上浮|上调|加收|提高|加|倍|的\d|一并|一起|一同|合计|同时)))"
    # "逾期不还，利钱加倍": the contract rate doubled
    # ("到期不还，利息翻倍算")
    r"|(?P<double>(?:利息|利率)(?:加倍|翻倍|翻一番)|(?:加倍|翻倍)(?:计收|计算|支付|收取)(?:利息|利率))"
)
# "在上述约定利率基础上另加年利率2%", "合同利率加3个百分点": percentage points added to the rate, not a share of it
_SPREAD = re.compile(
    rf"{_RATE_NAME}(?:的)?(?:基础上)?\s*(?:另|再)?(?:加收|增加|加|上浮)\s*"
    r"(?:(?:年利率|年息|年化利率|年化)\s*(?P<points>\d+(?:\.\d+)?)\s*[%％]|(?P<points2>\d+(?:\.\d+)?)\s*个百分点)")
# a term's length ("借款期限12个月", "借期一年"), not a date's year or month ("至2025年2月28日")
_TERM = re.compile(r"(?<![\d年月.\-/])(?P<n>\d{1,3}|[一二两三四五六七八九十]+)\s*(?P<unit>个月|月|年|天|日)(?!\s*\d)")


def _ev(text: str, start: int, end: int) -> list[Evidence]:
    return [evidence(text, start, end)]


# --- what a rate in a sentence is for --------------------------------------------------------------

def _keyword_index(terms: dict) -> re.Pattern:
    return _charge_keywords(tuple((kind, tuple(words)) for kind, words in terms["charge_keywords"].items()))


@lru_cache(maxsize=4)
def _charge_keywords(keywords: tuple[tuple[str, tuple[str, ...]], ...]) -> re.Pattern:
    """One pattern for every charge keyword, longest first, each named by its kind (built once, not per rate)."""
    pairs = sorted(((w, kind) for kind, words in keywords for w in words), key=lambda p: -len(p[0]))
    return re.compile("|".join(f"(?P<{kind}_{i}>{re.escape(w)})" for i, (w, kind) in enumerate(pairs)))


# "乙方另按年2%向丙方支付担保费…该担保费与甲方无关": paid to the guarantor, not to the lender, so none of the lender's
# charges that the caps add up (民间借贷规定 第二十九条)
# ("由借款人按年0.5%直接支付给监管人宝兴仓储": a warehouse's supervision fee, paid to the warehouse)
_TO_THIRD_PARTY = re.compile(r"向(?:丙方|丁方|担保人|保证人|监管人|监管方|担保公司|[^，。；\n]{0,12}?担保(?:有限)?公司|第三方)(?:支付|缴纳|交纳|交)"
                             r"|(?:直接)?(?:支付|缴纳|交纳|交|付)给(?:丙方|丁方|担保人|保证人|监管人|监管方|仓储方|第三方)"
                             r"|与(?:甲方|出借人|贷款人)无关")


# a relative rate worked out in brackets or after a comma: "…执行利率加收50%（即年利率6.30%）", "…加收50%，即年利率7.5%"
# (or as a multiple of it: "逾期利息：按约定利率的1.5倍计收，即年利率12%")
_SAYS_WHICH = re.compile(r"(?:(?:上浮|加收|提高|加)\s*\d+(?:\.\d+)?\s*[%％]|(?:利率|利息)的\s*\d+(?:\.\d+)?\s*倍(?:计收|计算|收取|执行|计)?)"
                         r"\s*[（(，,]\s*即\s*")
_FORMULA_BASE_BEFORE = re.compile(r"(?:按|在|以|执行|比照|参照)[^，,。；;：:\n]{0,8}$")
_FORMULA_BASE_AFTER = re.compile(r"(?:的)?\s*(?:基础上|上浮|上调|加收|提高|加)")
_STARTS_A_FORMULA = re.compile(r"(?:的)?\s*(?:基础上|上浮|上调|加收|提高|加|(?:\d+(?:\.\d+)?|[一两二三])\s*倍)")


# what closes an overdue condition before its clause break: "逾期不还的，", "到期未还清的，", "逾期的话，"
_CONDITION_TAIL = re.compile(r"(?:[不未没冇唔](?:按期|按时)?(?:还款|归还|偿还|还|付清|支付|付))?清?(?:的话|的|者|时)?\s*[，,]\s*")


def charge_kind(work: str, mention: RateMention, terms: dict) -> str:
    """interest | overdue | penalty | fee | compound | third_party, from the words around the rate."""
    kw = _keyword_index(terms)
    s_start, s_end = sentence_bounds(work, mention.start)
    brk = _CLAUSE_BREAK.search(work, mention.end)
    clause_end = brk.start() if brk else s_end
    if _TO_THIRD_PARTY.search(work, mention.end, min(clause_end, s_end, mention.end + 40)):
        return "third_party"
    # "罚息：按借款年利率上浮50%（即年利率10.8%）": the figure the relative rate comes to is that charge's, named at the
    # start of the row, not the contract rate the formula starts from
    # (the label nearest the formula: "利率及罚息：贷款利率为1年期LPR加收10%，即年利率3.795%" is the contract rate; the
    # rate the formula starts from, "按借款年利率上浮", "在贷款利率基础上", is no label)
    # (not a figure the formula starts from again: "…的1.5倍计收，即年利率8%的1.5倍")
    if (rel := _SAYS_WHICH.search(work, max(s_start, mention.start - 40), mention.start)) and rel.end() == mention.start \
            and not _STARTS_A_FORMULA.match(work, mention.end):
        line_start = max(s_start, work.rfind("\n", 0, mention.start) + 1)
        label, label_end = None, -1
        for m in kw.finditer(work, line_start, rel.start()):
            kind = m.lastgroup.rsplit("_", 1)[0]
            if _FORMULA_BASE_BEFORE.search(work, line_start, m.start()) or _FORMULA_BASE_AFTER.match(work, m.end()):
                continue
            # "罚息利率为…": one label in two keywords, the charge's name first
            if not (m.start() == label_end and label in ("penalty", "overdue")):
                label = kind
            label_end = m.end()
        if label in ("penalty", "overdue"):
            return label
    after = work[mention.end : clause_end]
    for m in kw.finditer(after):
        kind = m.lastgroup.rsplit("_", 1)[0]
        if kind in ("penalty", "overdue", "fee", "compound"):
            return kind
    own = kw.search(mention.text)
    own_kind = own.lastgroup.rsplit("_", 1)[0] if own else None
    if own_kind in ("penalty", "overdue", "fee", "compound"):     # its own label: "月综合费率：2.3%" beside "月利率：0.5%"
        return own_kind
    last, cond_end = None, -1
    for m in kw.finditer(work, s_start, mention.start):
        kind = m.lastgroup.rsplit("_", 1)[0]
        # "若到期不还，利钱从到期后照月息一分五算", "过期不还，利息按月息二分算": the condition ends its clause and the bare
        # 利息 that opens the next one is the charge it brings (not the contract rate)
        if not (kind == "interest" and m.group(0) == "利息" and last in ("overdue", "penalty") and m.start() == cond_end):
            last = kind
        brk_ = _CONDITION_TAIL.match(work, m.end()) if kind == "overdue" else None
        cond_end = brk_.end() if brk_ else (cond_end if m.start() == cond_end else -1)
    return last or own_kind or "interest"


# --- amounts ---------------------------------------------------------------------------------------

# "鉴于：借款人于2022年7月1日向出借人借款伍万元，已于2023年6月28日连本带息全部还清": an earlier loan, told as such
# (鉴于/此前/前次 … before the amount) and paid off after it
_EARLIER_LOAN = re.compile(r"鉴于|此前|前次|之前|上次|前笔|曾于|曾经")
_PAID_OFF = re.compile(r"已(?:于[^，。；\n]{0,14}?)?(?:连本带息|本息)?(?:全部|全额)?(?:还清|结清|清偿|偿还完毕)")
_AMOUNT_WINDOW = 300     # characters after a marker where its amount is looked for (a longer run is not one term)


def _amount_after(work: str, pattern: str, skip_paid_off: bool = False) -> tuple[AmountMatch, list[AmountMatch], int] | None:
    """First amount after a marker in the same sentence, with all amounts of that sentence (to cross-check)."""
    for m in re.finditer(pattern, work):
        s, e = sentence_bounds(work, m.start())
        e = min(e, m.end() + _AMOUNT_WINDOW)
        if skip_paid_off and _EARLIER_LOAN.search(work, max(s, m.start() - 60), m.start()) \
                and _PAID_OFF.search(work, m.end(), e):
            continue
        amounts = [a for a in find_amounts(work[m.end() : e])] or _in_labelled_unit(work[m.end() : e])
        if amounts:
            return amounts[0], amounts, m.end()
    return None


# "借款金额（元） | 1,500,000.00": a form's column states the unit once, its cell holds the bare figure
_UNIT_LABEL = re.compile(r"\s*[（(](?:人民币)?(?P<unit>万元|元)[）)]\s*[|｜:：]?\s*(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?)(?![\d%％年月日])")


def _in_labelled_unit(window: str) -> list[AmountMatch]:
    m = _UNIT_LABEL.match(window)
    if not m:
        return []
    value = Decimal(m.group("num").replace(",", "")) * (10_000 if m.group("unit") == "万元" else 1)
    return [AmountMatch(clean_decimal(value), m.start("num"), m.end("num"), m.group("num"), "arabic")]


_EXTENSION_TITLE = re.compile(r"展期|重组")     # in the title: an extension or restructuring agreement


_CONVERTED = re.compile(r"(?:折合|折算|折成|兑换)(?:为|成)?\s*(?=人民币|RMB|CNY|¥)")
_SENTENCE_END = re.compile(r"[。；;]")
# the money goes out or comes back in yuan ("甲方以人民币向乙方指定账户放款", "以人民币放款及还款") or in the foreign
# currency ("借款以美元发放", "以港币还清"): only the former makes the yuan figure the sum lent
_PAID_IN = r"[^。；\n，,]{0,12}?(?:放款|发放|支付|出借|交付|计算并归还|还款|归还|偿还|还清|还本)"
_PAID_IN_YUAN = re.compile(r"以人民币" + _PAID_IN)
_PAID_IN_FOREIGN = re.compile(r"以(?:美元|港币|港元|澳门币|澳元|新台币|欧元|日元|英镑|外币)" + _PAID_IN)


def _principal(work: str, terms: dict, out: LoanContract) -> None:
    # an extension's own sum before the original loan's that its recitals repeat ("鉴于…借款本金壹拾万元…")
    title = work.lstrip().split("\n", 1)[0]
    # (and a loan written anew over an old one, "原借条收回作废…即借款本金壹佰壹拾捌万元", whatever its title)
    first_markers = terms.get("principal_first_markers") if _EXTENSION_TITLE.search(title) \
        else terms.get("principal_reissued_markers") if _REISSUED.search(work) else None
    found = (first_markers and _amount_after(work, first_markers)) or \
        _amount_after(work, terms["principal_markers"], skip_paid_off=True)
    if not found:
        return
    first, amounts, base = found
    # 大写 and 小写 written together must agree. When they do not, the 大写 is read — it is the form written to be
    # hard to alter, and the one the parties spelt out — and the disagreement is reported as a problem to check
    # against the transfer records, never silently.
    paired = [a for a in amounts if a.start - (first.end) <= 20 and a.form != first.form][:1]
    ev = _ev(work, base + first.start, base + first.end)
    note = None
    if paired:
        second = paired[0]
        ev += _ev(work, base + second.start, base + second.end)
        if second.value != first.value:
            capital, figures = (first, second) if first.form == "chinese" else (second, first)
            out.problems.append({"type": "contradictory_amount", "field": "principal",
                                 "message": f"大写 {capital.value} and 小写 {figures.value} disagree; the 大写 is read — "
                                            "check the transfer records",
                                 "evidence": [e.model_dump() for e in ev]})
            first, note = capital, f"大写 {capital.value} read; 小写 says {figures.value}"
            ev = ev[::-1] if capital is second else ev
    named = next((a for a in [first, *paired] if a.currency != "CNY"), first)
    # "港币伍拾万元整（HK$500,000.00），按…中间价0.9128折合人民币肆拾伍万陆仟肆佰元整": a foreign sum the contract turns
    # into yuan lends the yuan figure when it is paid out and repaid in 人民币 (a gloss "折合人民币…，仅供参考" on a loan
    # repaid in 美元 does not)
    terms_of = work[base + first.start: base + first.start + 300]
    if named.currency != "CNY" and _PAID_IN_YUAN.search(terms_of) and not _PAID_IN_FOREIGN.search(terms_of):
        stop = _SENTENCE_END.search(work, base + first.end)     # a wrapped line goes on; the sentence ends at 。
        conv = _CONVERTED.search(work, base + first.end, min(stop.start() if stop else len(work), base + first.end + 120))
        cny = next((a for a in find_amounts(work[conv.end(): conv.end() + 40]) if a.start == 0 and a.currency == "CNY"),
                   None) if conv else None
        if cny:
            at = conv.end()
            ev = _ev(work, base + first.start, base + first.end) + _ev(work, at + cny.start, at + cny.end)
            first = named = cny
            note = "the foreign sum as converted into 人民币 in the contract"
    out.principal = Extracted[Decimal](value=first.value, evidence=ev, note=note)
    # "港幣伍万元整（HK$50,000）": the figure that names its currency says what the other's is
    out.currency = Extracted[str](value=named.currency, evidence=_ev(work, base + named.start, base + named.end))


# "实付当金 ¥194,000.00" under "当金 ¥200,000.00": a ticket's net sum paid out, telling only when it is less (the
# fees withheld); equal, it says nothing was deducted and no figure apart is reported
_NET_PAID = r"实付(?:当金|金额|借款|款项)"


def _delivered(work: str, terms: dict, out: LoanContract) -> None:
    found = _amount_after(work, terms["delivered_markers"])
    if not found and out.principal and (net := _amount_after(work, _NET_PAID)) and net[0].value < out.principal.value:
        found = net
    if found:
        a, _, base = found
        out.amount_delivered = Extracted[Decimal](value=a.value, evidence=_ev(work, base + a.start, base + a.end))
    ded = _amount_after(work, terms["deduction_markers"])
    if ded:
        a, _, base = ded
        out.deducted_upfront = Extracted[Decimal](value=a.value, evidence=_ev(work, base + a.start, base + a.end))
    p = out.principal
    if out.deducted_upfront and not out.amount_delivered and p:
        out.amount_delivered = Extracted[Decimal](
            value=p.value - out.deducted_upfront.value, evidence=p.evidence + out.deducted_upfront.evidence,
            note="computed: stated principal − amount deducted up front")
    elif out.amount_delivered and not out.deducted_upfront and p and out.amount_delivered.value < p.value:
        out.deducted_upfront = Extracted[Decimal](
            value=p.value - out.amount_delivered.value, evidence=p.evidence + out.amount_delivered.evidence,
            note="computed: stated principal − amount actually delivered")


# --- dates -----------------------------------------------------------------------------------------

# A note added after signing — a repayment written under a 借条, an extension on the last page — starts at a line
# like "（以下为借条下方手写内容）" or "（合同末页手写）", or under a heading of its own ("附记：", "补记：2021年2月3日
# …付息", "还款情况：", "附：还款记录", "（背面）"); it does not change when the contract was signed. A 备注 clause is part of
# the contract.
_LATER_NOTE = re.compile(r"^[ \t]*(?:[（(][^）)\n]{0,20}(?:手写|手书|批注|加注|补写|补记|后补)[^）)\n]{0,12}[）)]"
                         # "备注：2024年9月2日，洪志明还利息壹万贰仟元，施振东代收。": a dated payment the lender signed
                         # for under the signatures (not "备注：2024年9月2日前乙方还清…", a term)
                         r"|(?:备注|注|附注)[ \t]*[：:][ \t]*(?=" + _YMD + r"[，,\s]*(?:[\u4e00-\u9fa5·]{2,4}?)?(?:已)?(?:还|付)(?!清)[^\n。；]{0,30}?(?:代收|收讫|已收|[\u4e00-\u9fa5]{2,4}收)[。；,，\s])"
                         # "还款及催收记录：", "附一：催款函回执": a log or a signed receipt kept after signing
                         r"|(?:附[一二三四五六七八九十\d]{0,2}[：:]\s*)?[（(【]?(?:贷后)?(?:附记|补记|后记|还款情况|还款记录|付息记录|收款记录|收息记录|催收记录|催款记录|续当(?:凭证|记录)"
                         r"|还款(?:及|和|、)(?:催收|催款|收款|付息)记录|(?:(?:催款|催收|催告|还款)(?:函|通知书?)|律师函)(?:签收|送达)?回执"
                         r"|(?:借条|借据|欠条|合同)?背面(?:记载|内容|手写)?)[）)】]?"
                         r"\s*(?:[（(][^）)\n]{0,12}[）)])?\s*(?:[：:]|$)"
                         # a bare "记录：" on a line of its own over a dated payment or demand (not "记录：王会计", the
                         # scribe signing with the parties, nor a meeting's "记录：" over its minutes)
                         r"|记录[ \t]*[：:][ \t]*$(?=\n[ \t]*" + _YMD + r"[^\n]*?(?:还|付|收|催|欠))"
                         r"|[-—─=]{2,}[^\n]{0,20}?(?:手写|手书|批注|加注|补记|附记|后补|补写|背面|聊天记录|聊天截图)[^\n]{0,16}?[-—─=]{2,}[ \t]*$"
                         # (a printed chat log between rules is kept after signing; a transfer's 截图 may sit above the signatures)
                         # "（努尔兰记）2023年10月8日，叶尔兰…还来贰万元": the lender's own dated note, his name and 记 bracketed
                         r"|[（(](?:" + DOTTED_NAME + r"|[\u4e00-\u9fa5]{2,8}?)[ \t]*(?:补记|附记|(?<![登标])记)[）)][ \t]*(?=" + _YMD + r")"
                         # "————————（以下为手写）": a rule, then the bracketed words that say what follows is added
                         r"|[-—─=]{4,}[ \t]*[（(][^）)\n]{0,12}(?:手写|手书|批注|加注|补记|附记|后补|补写|背面)[^）)\n]{0,8}[）)][ \t]*$"
                         # "——以下为手写——": the same words between two short rules on a line of their own
                         r"|^[ \t]*[-—─=]{2,}[ \t]*(?:以下|下面|下列)(?:为|是|系)?[^\n\-—─=]{0,4}?(?:手写|手书|补记|附记|后补|补写)[^\n\-—─=]{0,4}[-—─=]{2,}[ \t]*$"
                         # "备注（甲方财务手写）：", "注（出借人补记）：": a note said to be added by hand
                         # "（背面，代淑芬记）", "【贷后补记】2024年6月12日…": a bracketed heading, the note after it
                         r"|[（(【](?:借条|借据|欠条|合同)?背面(?:[，,、\s][^）)】\n]{0,12}|记录)[）)】]"
                         # "（背面）2024年10月5日  麻志勇还本金伍万元。": the bare heading with the dated note on its line
                         r"|[（(【](?:借条|借据|欠条|合同)?背面[）)】][ \t]*(?=" + _YMD + r")"
                         # "【背面附注】\n2021年5月31日到期，话冇钱。": a back-page note that goes on with a date; printed
                         # back-page terms ("背面备注：\n一、借款期限…") are the contract
                         r"|[（(【]?(?:借条|借据|欠条|合同)?背面(?:附注|附记|批注|备注)[）)】]?[ \t]*[：:]?(?=\s*" + _YMD + r")"
                         r"|【[^】\n]{0,6}(?:补记|附记|批注|手写|记录|(?:贷后|还款|催收|收款|付息)登记)】"   # not a heading: 【抵押登记】
                         r"|(?:贷后)?(?:补记|附记)(?=[ \t]*" + _YMD + r")"       # the same once the reading copy drops 【】
                         r"|(?:备注|注|附注)\s*[（(][^）)\n]{0,20}(?:手写|手书|批注|加注|补记|附记)[^）)\n]{0,12}[）)]\s*[：:]"
                         # "2021年2月10日 已还伍仟元": a dated line that records a payment or a demand
                         # (a plan's "2020年3月31日还款30000元" is the contract, not a note)
                         r"|" + _YMD + r"[ \t]*(?:已还|还了|已付|已收|收到|收回|催|微信催|电话催|短信催)"
                         # "2026.9.20  还本金叁万元  朱丽华收": a dated payment the lender signed for
                         # (after a blank line or a rule: a plan's rows above the signatures are the contract)
                         # "2024年9月10日 何建云付利息9000元（去年和今年的），本金还欠陆万。罗顺发收": the payer named first
                         r"|(?:(?<=\n\n)|(?<=[-—─=]\n))" + _YMD + r"[ \t]*(?:(?![前后])[\u4e00-\u9fa5·]{2,4}?)?(?:还|付)(?=[^\n]{0,8}?[\d壹贰叁肆伍陆柒捌玖拾])[^\n]{0,40}?[ \t。，,][\u4e00-\u9fa5]{1,4}收(?:[（(][^）)\n]{0,6}[）)])?[ \t]*$"
                         # a rule drawn under the signatures, then a dated payment or a settlement the parties added
                         # ("————\n2023年8月5日 段丽萍还壹万元", "——————\n对账确认：截至…", "————\n附：履约核实记录（…）")
                         r"|^[ \t]*[-—─=_]{4,}[ \t]*$(?=\n[ \t]*(?:" + _YMD + r"[^\n]{0,30}?(?:还|付|收|确认|欠|催)"
                         r"|(?:附[：:]\s*)?[^\n]{0,10}?(?:对账|核实|履约|还款记录|催收记录))))",
                         re.MULTILINE)
_PAID_SUM = (r"\s*(?:人民币|现金|港币|港元|美元|美金|新台币|台币|欧元|日元)?"
             r"[\d零〇一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟.,，]*[\d零〇一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟]\s*")
# (money sent — 打来/转来/汇来 — only with a sum in 元/块/万: "打来电话", "转来一份材料", "汇来的传真" are no payment;
# nor "转账150,000元至借款人账户", the loan paid out)
# ("2024年1月20日收到某某羊绒制品有限公司还款伍万元": the payer, a firm's long name, after 收到)
_PAID_ON = re.compile(r"(?P<date>" + _YMD + r")[，,\s]*(?:[^，。；\n\d]{0,8}?|收到[^，。；\n\d]{1,24}?(?=还|归还|偿还|付))"
                      r"(?:(?:还款|还利息|还本金|付利息|付息|还息|还|归还|偿还|支付|付|(?<![应未没不催该免待要去拟需])收(?:到|讫)?(?:利息|本金|本息)(?![^。；\n]{0,12}?[未没](?:有)?收到))(?:来|回|了)?" + _PAID_SUM + r"(?:万元|元|块)?"
                      r"|(?:打|转|汇)(?:来|回|了)了?" + _PAID_SUM + r"(?:万元|万块|万|元|块))")
# (a chat log the lender prints: "2025年4月2日 马福贵：…欠你的钱我认，年底…就给你" — the debtor owning the debt, his
# own clause: not "我是不会认账的", "你别想让我认账", "欠你的钱我认真想过了，不还", "我认为早还清了")
_ACKNOWLEDGED_ON = re.compile(r"(?P<date>" + _YMD + r")[^。；\n]{0,40}?(?:确认[^。；\n]{0,4}?欠|尚欠|仍欠|还欠"
                              r"|(?:欠(?:你|您)的?(?:钱|款|账|借款)?[，,]?\s*|(?<=[：:，,\s“\"])|(?<=[“\"](?:钱|账|款|债))|(?<=借款|欠款))(?:我|俺|本人)(?:都|也)?(?:认账|认|承认)(?:了)?"
                              r"(?=[，,。！!；;”\"\s]|$))")
# "2021年7月15日 出借人以EMS向借款人邮寄《催款通知书》": a demand for payment, dated, restarts the limitation period
# (民法典 第195条) wherever the file records it (a registration centre's follow-up log sits above the term table)
# a dated line where the debtor promises to pay the creditor back ("2025年4月2日 18:47唐运来：…年底卖了货一定还你"): he
# agrees to perform (民法典 第195条 第二项), an acknowledgement like "欠你的钱我认" — not "肯定还不上", "一定不还你",
# "保证金还你" (no promise word before the 还), nor a creditor's "你一定要还我"
# ("保证人一定还你" is the guarantor, "还你借条" hands back a paper, "他一定还你" / "你尽快还" is someone else's promise)
_PROMISED_ON = re.compile(r"^[^\n]{0,4}?(?P<date>" + _YMD + r")[^。；\n]{0,60}?(?<![他她你])(?:一定|保证(?![金人])|肯定|一准|保准|尽快|马上|争取)"
                          r"(?:[^，。；？！\n不没冇莫别]){0,8}?还(?:给)?(?:你|您)"
                          r"(?!不|[^，。；？！\n]{0,2}(?:借条|欠条|收条|条子|原件|押金|保证金|东西|个屁))", re.MULTILINE)
_DEMANDED_ON = re.compile(r"(?P<date>" + _YMD + r")[^。；\n]{0,30}?"
                          r"(?:催款|催告|催收|催还|催要|律师函|要求(?:其)?(?:还款|归还|偿还|履行))")
_LAST_INSTALMENT = re.compile(r"末期还款日|最后一期(?:还款日)?|到期日")
_ACCRUES_FROM = re.compile(r"自\s*(?P<date>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*起[^。；\n]{0,20}?(?:计息|计算利息|计收利息|计付利息|起息)")
_START_LABEL = re.compile(r"^[ \t]*(?:融资|贷款|借款)?(?:发放日|放款日|起息日|借款日|出借日|提款日)(?:期)?[ \t]*[|｜:：\t][ \t]*", re.MULTILINE)
_FROM_TODAY = re.compile(r"自(?:即日|今日|本日)起[^。；\n]{0,40}?(?:计息|起息|计算利息|计收利息|计付利息)")
_EXTENDED_TO = re.compile(r"(?:延长|展期|延期|顺延|推迟)(?:至|到)(?!期)")   # not 展期到期日
_EXTENSION_TERM = re.compile(r"(?:展期|延期)(?:期限|期间)")
# "经甲方同意可延长至…", "曾口头申请延期至…": an option or a request, not the agreed date
_OPTION = re.compile(r"可以?|如需|如果|若|申请|请求|曾")
# ("今欠到张金山现金人民币捌万元整": a 欠条 for cash handed over is a 借条 by another name; not "今欠到张三货款", nor
# "今欠张三工资现金伍仟元", wages owed and paid in cash)
_IOU = re.compile(r"今(?:借[到倒]|收到|向[\u4e00-\u9fa5]{2,4}借|欠(?:到|下)?(?:(?!工资|货|款|费|租)[\u4e00-\u9fa5·]){2,4}?现金)|^\s*(?:借\s*条|借\s*据)\s*$", re.MULTILINE)
# the day the money was handed over, as the contract says it: "借款…现金及转账于2018年5月18日交付", "甲方于2024年10月25日
# 转账支付" (not "乙方于…支付利息", "于…前支付": the borrower paying, or a deadline)
_DELIVERED_ON = re.compile(r"(?P<who>借款|款项|本金|现金|转账|出借人|甲方)[^。；\n]{0,12}?于\s*(?P<date>" + _YMD + r")\s*"
                           r"(?:一次性)?(?:全部|全额)?(?:以?(?:现金|转账|银行转账)(?:方式)?)?"
                           r"(?P<verb>交付|支付|转账支付|汇入|打入|转入|发放|出借)(?!\s*(?:利息|本金|本息|违约金|罚息|费))")


# the rule-plus-bracket heading alone: a template may print it above the signatures ("——————（以下由借款人手写）"
# then "本人已阅读…" and the signing), so it marks later notes only right under a signature or a date line
_RULED_HEADING = re.compile(r"[ \t]*[-—─=]{4,}[ \t]*[（(][^）)\n]*[）)][ \t]*")
_SIGNED_LINE = re.compile(r"(?:^|\n)[ \t]*(?:" + _YMD + r"[ \t]*|(?:[甲乙丙]方|[\u4e00-\u9fa5]{1,3}人)[^\n：:]{0,8}[：:][ \t]*[\u4e00-\u9fa5·]{2,12}"
                          r"(?:[ \t（(][^\n]{0,30})?|[^\n]{0,20}(?:签字|签名|签章|盖章|捺印|手印)[^\n]{0,20})\s*$")


def _handed_over_on(signed: str) -> re.Match | None:
    """The first "…于<date>交付" that tells the lender handing the money over.

    Not the borrower's payments, which read the same way: "乙方于…支付", "借款利息于2024年3月20日支付", "借款本息于…一次性
    支付", "借款本金于…支付" (the sum itself "paid" on a day is paid back; only 交付, 发放, 转入… hand it over).
    """
    for m in _DELIVERED_ON.finditer(signed):
        if re.search(r"借款人|乙方|债务人|息|还|偿", m.group(0)):
            continue
        if m.group("verb") == "支付" and m.group("who") in ("借款", "款项", "本金"):
            continue
        return m
    return None


# Right under the signatures (a rule line between is allowed), a heading over a log or a record kept afterwards —
# "还款记录（出借人记，借款人会计签字确认）：", "收款记录：", "诉前调解室  谈话笔录（摘录）" — or an attachment that opens
# with its date ("附：2025年5月6日，出借人以EMS邮寄…"): what follows is not the contract, and its dates are not the
# signing date. (Only under a signature or date line: a template's "附：还款计划表" above the signing is the contract.)
_RECORD_HEADING = re.compile(r"^[ \t]*(?:附[一二三四五六七八九十\d]{0,2}[ \t]*[：:][ \t]*(?=" + _YMD + r")"
                             r"|(?:附[一二三四五六七八九十\d]{0,2}[ \t]*[：:][ \t]*)?[^\n：:。；，,]{1,24}?(?:记录|笔录)"     # (a bare "记录：" is a scribe signing: _LATER_NOTE's)
                             r"(?:[ \t]*[（(][^）)\n]{0,30}[）)])?[ \t]*[：:]?[ \t]*$)", re.MULTILINE)
_RULE_LINES = re.compile(r"(?:\n[ \t]*(?:[-—─=_]{4,})?[ \t]*)+$")


def _under_signatures(work: str, at: int) -> bool:
    """The text before `at`, blank and rule lines dropped, ends with a signature or a date line."""
    before = work[max(0, at - 200):at]
    before = before[: m.start()] if (m := _RULE_LINES.search(before)) else before
    return bool(_SIGNED_LINE.search(before[-120:] + "\n"))


# One rule for where a contract ends: its closing date — a line holding only a date ("2021年6月8日", "签订日期：…",
# "落款：…") right under the signature lines. Whatever follows it and carries a date of its own ("2024年3月2日 图们江
# 边贸还来伍万元", "王春雷记：2022年3月1日 …", a typed-out SMS demand under "附：催收记录") was written later, whatever
# its wording — unless the lines after the date open a new document (a 补充协议 / 还款协议 / 附件 / 还款计划表 title),
# which is read as part of the paper; its own closing date is then looked at the same way.
# where it was signed, after the day: "2022年7月2号 于南华县野生菌交易市场", "2023年5月1日于大理市" (a place name ends
# it: not "2023年3月1日于借款人账户转入", a payment; nor a common word that ends like one — "在超市", "于城区" — nor
# "于出借人所在地区", no place named)
_SIGNED_AT = r"(?:于|在)(?![^\n]{0,16}?所在)[\u4e00-\u9fa5]{2,16}?(?:省|市|州|县|区|镇|乡|村|街道|市场)(?:签订|签署|签|立)?"
_CLOSING_DATE = re.compile(r"^[ \t]*(?:(?:签订|签署|签约|签字|立据|立约|出具|落款)?(?:日期|时间)?[ \t]*[：:][ \t]*|落款[ \t]*)?"
                           + _YMD + r"[ \t]*(?:签订|签署|签|立)?[ \t]*(?:" + _SIGNED_AT + r")?[ \t]*$", re.MULTILINE)
_SIGNER_LINE = re.compile(r"(?:[甲乙丙丁]方|[\u4e00-\u9fa5]{1,4}人|代表|经办)[^\n：:]{0,12}[：:]|签字|签名|签章|盖章|捺印|手印|（章）|\(章\)")
# a new document's title: short, no date, and not a log's heading ("附：催收记录（高立新手写）" is a note)
_NEW_DOCUMENT = re.compile(r"^[ \t]*(?:附件[一二三四五六七八九十\d]{0,2}[：:]?[ \t]*|附[：:][ \t]*)?[^\n\d：:。；，,]{0,16}?"
                           r"(?:协议书?|合同|计划表?|计划书|清单|明细表?|附表|承诺书|确认书|担保书|保证书|借条|借据|欠条|通知书|决议)"
                           r"[ \t]*(?:[（(][^）)\n]{0,16}[）)])?[ \t]*$"
                           r"|^[ \t]*附件[一二三四五六七八九十\d]{0,2}[ \t]*[：:]?[ \t]*$", re.MULTILINE)
_LINE_DATED = re.compile(r"^[^\n]*?" + _YMD, re.MULTILINE)
_SCRIBE = re.compile(r"^[ \t]*[\u4e00-\u9fa5·]{2,6}?记[ \t]*[：:]|[\u4e00-\u9fa5·]{2,4}记[。．.]?[ \t]*$", re.MULTILINE)
# a schedule's row is the contract ("第1期 2024年6月30日 应还50000元", "2024年12月31日前还款5万元")
# (nor a numbered clause: "背面备注：\n一、借款期限自…" is the form's printed back page)
_PLAN_ROW = re.compile(r"第[一二三四五六七八九十\d]{1,3}期|应还|应付|应偿还|计划|前(?:归还|偿还|还款|还清|支付)"
                       r"|^[ \t]*(?:[一二三四五六七八九十]{1,3}[、.．]|第[一二三四五六七八九十\d]{1,3}条|\d{1,2}[、．](?!\d))")


_THIRD_SIGNER = re.compile(r"保证|担保|见证|证明人|中间人|介绍人|经手人")


def _signs_later(lines: list[str], i: int) -> bool:
    """A party's signature dated days after the other's — "乙方：…（盖章）\n2020年4月5日" (signed elsewhere, the
    contract is made when the last party signs) — is the paper's own signing, not a note. (A guarantor's or witness's
    later date stays out of the signed text: it is not the loan's signing day.)"""
    ln = lines[i]
    if _THIRD_SIGNER.search(ln) or _THIRD_SIGNER.search(next((x for x in reversed(lines[:i]) if x.strip()), "")):
        return False
    if _SIGNER_LINE.search(ln) and _CLOSING_DATE.search(_SIGNER_LINE.split(ln)[-1].strip(" \t（）()")):
        return True
    above = next((x for x in reversed(lines[:i]) if x.strip()), "")
    return bool(_CLOSING_DATE.fullmatch(ln) and _SIGNER_LINE.search(above) and not _SCRIBE.search(above))


def _closing_notes(work: str) -> int:
    """Where the lines after the contract's closing date begin, when they are later notes (len(work) when not)."""
    for m in _CLOSING_DATE.finditer(work, len(work) // 3):
        above = [ln for ln in work[max(0, m.start() - 300):m.start()].splitlines() if ln.strip()][-4:]
        if not any(_SIGNER_LINE.search(ln) for ln in above):
            continue
        rest_at = m.end()
        nxt = re.search(r"\S", work[rest_at:])
        if not nxt:
            return len(work)
        first = work.find("\n", rest_at + nxt.start()) if "\n" in work[rest_at + nxt.start():] else len(work)
        if _NEW_DOCUMENT.match(work, rest_at + nxt.start(), first):
            continue        # an appended agreement or plan: part of the paper; its own closing date comes later
        block_end = next((n.start() for n in _NEW_DOCUMENT.finditer(work, rest_at)), len(work))
        block = work[rest_at:block_end]
        # (a line dated the signing day — a guarantor signing under the debtor, a receipt for the money — is the
        # same paper)
        closing = [d.value for d in find_dates(m.group(0)) if d.value]
        lines = block.splitlines()
        dated = [ln for i, ln in enumerate(lines) if _LINE_DATED.match(ln) and not _PLAN_ROW.search(ln)
                 and not (closing and all(d.value and d.value <= closing[0] for d in find_dates(ln)))
                 and not _signs_later(lines, i)]
        if dated or (_SCRIBE.search(block) and not closing):
            return rest_at + nxt.start()
    return len(work)


def _chat_notes(work: str, lines: list[ChatLine]) -> int:
    """Where a chat's later days begin; a later day that brings the written 借条 itself ("[图片] 借条：今借到…") is the
    loan's paper, not a note."""
    at = chat_next_day(work, lines)
    return at if at is not None and not _IOU.search(work, at) else len(work)


# what else a paper says runs out on a date: "保证期间至主债务2023年3月31日到期", "营业执照2030年12月31日到期"
_OTHER_TERM = re.compile(r"保证期|担保期|保证责任|营业执照|执照|身份证|证件|有效期|租期|租赁期|质押期|抵押期|登记")


def later_notes_start(work: str, chat: list[ChatLine] | None = None) -> int:
    """Where notes written after signing begin (len(work) when there are none); `chat` is the text's chat lines,
    when the caller has read them."""
    at = _chat_notes(work, chat_lines(work) if chat is None else chat)
    for m in _LATER_NOTE.finditer(work, len(work) // 3):
        if _RULED_HEADING.fullmatch(m.group(0)) and not _SIGNED_LINE.search(work[max(0, m.start() - 80):m.start()]):
            continue
        at = m.start()
        break
    at = min(at, _closing_notes(work))
    for m in _RECORD_HEADING.finditer(work, len(work) // 3, at):
        if _under_signatures(work, m.start()):
            return m.start()
    return at


# "此款是2023年8月15日我…向杨建国借的，当天现金拿到手": a 欠条 tells the day the money was lent and taken
_TAKEN_THAT_DAY = re.compile(r"(?P<date>" + _YMD + r")(?:(?!还|欠)[^。；\n]){0,40}?借(?:的|到|了|得)[^。；\n]{0,8}?[，,]\s*"
                             r"(?:于)?当(?:天|日|场)(?:就|即)?(?:已)?(?:以)?(?:现金|款项|钱|借款)?(?:就|已|全部)?"
                             r"(?:拿到手|到手|收到|收讫|到账|付清|交付|领取)")


def _dates(work: str, terms: dict, out: LoanContract, chat: list[ChatLine] | None = None) -> None:
    """Signing date and term from the signed text; an extension and the last repayment from notes added after it;
    failing a stated start, the day interest starts to run, or a 借条's own date."""
    notes_at = later_notes_start(work, chat)
    signed, notes = work[:notes_at], work[notes_at:]
    _signed_terms(signed, terms, out)
    if not out.end_date:
        _schedule_end(signed, out)
    if not out.end_date:
        _lunar_due(signed, out)
    # an extension agreement recites the old term, then sets the new one: "借款期限延长至2023年2月28日"
    agreed = [m for m in _EXTENDED_TO.finditer(signed)
              if not _OPTION.search(signed, max(sentence_bounds(signed, m.start())[0], signed.rfind("，", 0, m.start()) + 1), m.start())]
    extended = _restates_a_debt(signed) and (agreed[-1] if agreed else _EXTENSION_TERM.search(signed))
    if extended:
        s, e = sentence_bounds(signed, extended.start())
        ds = [d for d in find_dates(signed[s:e]) if d.value and s + d.start >= extended.end()]
        if ds:      # "展期期限：自2023年11月10日起至2024年11月9日止": the last date is the new due date
            out.end_date = Extracted[date](value=ds[-1].value, evidence=_ev(work, s + ds[-1].start, s + ds[-1].end),
                                           note="the due date the extension sets")
            if len(ds) >= 2 and re.search(r"自\s*$", signed[s:s + ds[0].start]):    # …and the first, when it starts
                out.start_date = Extracted[date](value=ds[0].value, evidence=_ev(work, s + ds[0].start, s + ds[0].end),
                                                 note="the day the extension starts")
    extended = _EXTENDED_TO.search(notes)
    if extended:
        s, e = sentence_bounds(notes, extended.start())
        ds = [d for d in find_dates(notes[s:e]) if d.value and s + d.start >= extended.end()]
        if ds:
            at = notes_at + s + ds[0].start
            out.end_date = Extracted[date](value=ds[0].value, evidence=_ev(work, at, at + ds[0].end - ds[0].start),
                                           note="due date as a note added after signing sets it")
    paid = [(notes_at + m.start(), notes_at + m.end(), d.value) for m in _PAID_ON.finditer(notes)
            for d in find_dates(m.group("date")) if d.value]
    # a note the debtor signs that he still owes ("对账确认：截至2021年4月30日，乙方尚欠…", a notary's 履约核实 the
    # borrower answers "确认尚欠…"): an acknowledgement, which interrupts the limitation period as a payment does
    for m in _ACKNOWLEDGED_ON.finditer(notes):
        when = next((d.value for d in find_dates(m.group("date")) if d.value), None)
        if when and re.search(r"(?:截至|截止|至)\s*$", notes[max(0, m.start() - 4):m.start()]):
            # "截至2023年4月30日尚欠…" is the balance's date: the debtor acknowledged it when he signed, later
            when = next((d.value for d in find_dates(notes[m.end():]) if d.value and d.value >= when), when)
        if when:
            paid.append((notes_at + m.start(), notes_at + m.end(), when))
    for m in _PROMISED_ON.finditer(notes):
        when = next((d.value for d in find_dates(m.group("date")) if d.value), None)
        if when and promised_by_debtor(m.group(0), out):
            paid.append((notes_at + m.start("date"), notes_at + m.end(), when))
    if paid:
        s, e, when = max(paid, key=lambda x: x[2])
        out.last_payment_noted = Extracted[date](value=when, evidence=_ev(work, s, e))
    demands = [(m.start(), m.end(), d.value) for m in _DEMANDED_ON.finditer(work)
               if not re.search(r"不|未|无需|暂缓", work[m.end("date"): m.end()])      # "…前不要求还款" is none
               for d in find_dates(m.group("date")) if d.value and d.value >= (out.contract_date.value if out.contract_date else d.value)]
    # a demand interrupts only a period still running (民法典 第195条): follow the chain from the due date
    running_to = add_months(out.end_date.value, 36) if out.end_date else None
    kept = None
    for s, e, when in sorted(demands + paid, key=lambda x: x[2]):
        if running_to is None or when <= running_to:
            running_to = add_months(when, 36)
            if (s, e, when) in demands:
                kept = (s, e, when)
    if kept:
        s, e, when = kept
        out.last_demand_noted = Extracted[date](value=when, evidence=_ev(work, s, e))
    # a form's own row for the day the money went out: "融资发放日 2025年6月25日", "借款日 2019年6月10日"
    if not out.start_date and (lab := _START_LABEL.search(signed)):
        ds = [d for d in find_dates(signed[lab.end(): lab.end() + 20]) if d.value and d.start <= 2]
        if ds:
            out.start_date = Extracted[date](value=ds[0].value, evidence=_ev(signed, lab.end() + ds[0].start, lab.end() + ds[0].end),
                                             note="the day the form says the money was paid out")
    accrues = _ACCRUES_FROM.search(signed)
    if not out.start_date and accrues:
        ds = [d for d in find_dates(accrues.group("date")) if d.value]
        if ds:
            out.start_date = Extracted[date](value=ds[0].value, evidence=_ev(signed, accrues.start("date"), accrues.end("date")),
                                             note="the day interest starts to run")
    if not out.start_date and out.contract_date and (m := _FROM_TODAY.search(signed)):
        out.start_date = Extracted[date](value=out.contract_date.value, evidence=out.contract_date.evidence + _ev(work, m.start(), m.end()),
                                         note="interest runs from the day the document is signed (自即日起)")
    if not out.start_date and (m := _TAKEN_THAT_DAY.search(signed)):
        ds = [d for d in find_dates(m.group("date")) if d.value]
        if ds:
            out.start_date = Extracted[date](value=ds[0].value, evidence=_ev(signed, m.start("date"), m.end("date")),
                                             note="the day the money was borrowed and, as the paper says, received")
    if not out.start_date and (m := _handed_over_on(signed)):
        ds = [d for d in find_dates(m.group("date")) if d.value]
        if ds:
            out.start_date = Extracted[date](value=ds[0].value, evidence=_ev(signed, m.start("date"), m.end("date")),
                                             note="the day the contract says the money was handed over")
    if not out.start_date and out.contract_date and _IOU.search(signed):
        out.start_date = Extracted[date](value=out.contract_date.value, evidence=out.contract_date.evidence,
                                         note="借条: the money is acknowledged as received (今借到) the day it is written")


# "明年八月十五前还清" under a 借条 dated "二〇一九年腊月廿三": a lunar day of the next (lunar) year — 中秋 2020-10-01
_LUNAR_DUE = re.compile(r"(?P<rel>明年|来年|次年|今年|当年)(?:的)?(?P<mark>农历|阴历)?(?P<m>正|冬|腊|十一|十二|十|[一二三四五六七八九])月"
                        r"(?P<d>初[一二三四五六七八九十]|廿[一二三四五六七八九]|三十|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九](?!十))"
                        r"(?:日|号)?(?:前|之前|以前)?[^，。；\n\d]{0,6}?(?:还清|归还|偿还|还款|还|付清|结清)")
_LUNAR_MARKER = re.compile(r"月(?:初|廿|念|二十|三十|十)")
_LUNAR_DATED = re.compile(r"农历|阴历|[正冬腊]月|月\s*(?:初|廿|念)[一二三四五六七八九十]")


def _lunar_due(work: str, out: LoanContract) -> None:
    """A due date said as a lunar day of this or next year, in a document dated by the lunar calendar (or saying
    农历): without either, "明年八月十五" could be the Gregorian 15 August, and is left unread."""
    from agent.contracts.lunar import lunar_day, lunar_month, lunar_to_solar, lunar_year_of

    if not out.contract_date or not out.contract_date.value:
        return
    for m in _LUNAR_DUE.finditer(work):
        if not (m.group("mark") or _LUNAR_DATED.search(work)):
            continue
        dated_lunar = any(_LUNAR_DATED.search(e.quote) for e in out.contract_date.evidence)
        year = lunar_year_of(out.contract_date.value) if dated_lunar else out.contract_date.value.year
        mo, d = lunar_month(m.group("m")), lunar_day(m.group("d"))
        if year is None or not mo or not d:
            continue
        due = lunar_to_solar(year + (1 if m.group("rel") in ("明年", "来年", "次年") else 0), mo, d)
        if due and due > out.contract_date.value:
            out.end_date = Extracted[date](value=due, evidence=_ev(work, m.start(), m.end()),
                                           note="a lunar day, read in the lunar year the document is dated in")
            return


# a repayment schedule's rows ("第三期<TAB>2020年12月31日前<TAB>65000") and "…至2026年3月底扣完"
_SCHEDULE_ROW = re.compile(r"^[ \t]*(?:第[一二三四五六七八九十\d]+期[ \t|｜：:]+|\d{1,3}[ \t|｜：:]+(?=\d{4}\s*[年.\-/])"
                           r"|[（(]\d{1,2}[）)][ \t]*(?=\d{4}\s*[年.\-/]))[^\n]*$",     # "（3）2025年8月20日前支付128,000元"
                           re.MULTILINE)   # …or a table's numbered rows: "3<TAB>2025年11月30日<TAB>40,000.00"
# a bare 还 as the repayment: followed by the sum, 本/利, or the clause's end ("2021年6月底还", "6月底还2万"), not
# "6月底还有3万元未还" or "还是不还"
_BARE_REPAY = r"还(?=[\d壹贰叁肆伍陆柒捌玖拾一二三四五六七八九十两本利全]|\s*[，。；,\n]|\s*$)"
# ...and a 借条's "定于2019年9月底前还清", "2020年秋后（10月底前）还清": due by the month's last day
_MONTH_END = re.compile(r"(?:至|于)?\s*(?P<y>\d{4})\s*年[^，。；\n\d]{0,6}?(?P<m>\d{1,2})\s*月(?:底|末)\s*(?:前|之前)?[)）]?"
                        r"[^，。；\n\d]{0,4}?(?:扣完|扣清|还清|付清|结清|还完|归还|偿还|" + _BARE_REPAY + r")")   # "2021年6月底还"

_FESTIVAL_DUE = re.compile(r"(?P<y>\d{4})\s*年\s*(?P<when>春节|过年|年底|年末|底|末)\s*(?:前|之前|以前)[^，。；\n\d]{0,6}?"
                           r"(?:还清|付清|结清|还完|归还|偿还|" + _BARE_REPAY + r")")


def _schedule_rows(work: str) -> list[tuple[date, int, int]]:
    return [(d.value, m.start() + d.start, m.start() + d.end) for m in _SCHEDULE_ROW.finditer(work)
            for d in find_dates(m.group(0)) if d.value]


def _schedule_end(work: str, out: LoanContract) -> None:
    """No stated term: the last date of a repayment schedule, or the month a payroll deduction ends."""
    rows = _schedule_rows(work)
    if len(rows) >= 2:
        last, start, end = max(rows)
        out.end_date = Extracted[date](value=last, evidence=_ev(work, start, end),
                                       note="the last date of the repayment schedule")
        return
    ends = [(date(y, mo, calendar.monthrange(y, mo)[1]), m) for m in _MONTH_END.finditer(work)
            for y, mo in [(int(m.group("y")), int(m.group("m")))]
            if 1 <= mo <= 12 and "已" not in work[max(0, m.start() - 4):m.start()]]   # "已于2023年12月底还清": history
    if ends:
        last, m = max(ends, key=lambda x: x[0])    # "6月底前归还2万元，12月底前还清余款": the last is the due date
        out.end_date = Extracted[date](value=last, evidence=_ev(work, m.start(), m.end()),
                                       note="the last day of the month the loan is due by")
        return
    # "2022年春节前还清": by the eve of that year's 春节 (正月初一); "2023年底前还清": by 31 December
    from agent.contracts.lunar import lunar_to_solar

    dues = []
    for m in _FESTIVAL_DUE.finditer(work):
        if re.search(r"已|已经|曾", work[max(0, m.start() - 6):m.start()]):     # "借款人已于2022年春节前还清上笔借款"
            continue
        y = int(m.group("y"))
        due = (lunar_to_solar(y, 1, 1) - timedelta(days=1)) if m.group("when") in ("春节", "过年") and lunar_to_solar(y, 1, 1) \
            else date(y, 12, 31) if m.group("when") in ("底", "末", "年底", "年末") else None
        if due:
            dues.append((due, m))
    if dues:       # "2023年春节前还2万元，2023年底前还清余款": the last is the due date
        due, m = max(dues, key=lambda x: x[0])
        out.end_date = Extracted[date](value=due, evidence=_ev(work, m.start(), m.end()),
                                       note="due before the day the document names (春节 / 年底)")


_WRAPPED_END = re.compile(r"\n[ \t]*(?:至|到)[ \t]*" + _YMD)
# (a range, or a day marked as the start: "自2020年10月1日起计算", "2020年10月1日起，至2021年9月30日止")
_WRAPPED_RANGE = re.compile(r"[ \t]*(?:(?:自|从|由)[ \t]*" + _YMD + r"|" + _YMD + r"[ \t]*(?:起|开始)"
                            r"|" + _YMD + r"[ \t]*(?:至|到|[—－\-~～]{1,2})[ \t]*" + _YMD + r")")


def _signed_terms(work: str, terms: dict, out: LoanContract) -> None:
    for m in re.finditer(terms["term_markers"], work):
        s, e = sentence_bounds(work, m.start())
        # "借期六个月，自2024年12月10日起\n至2025年6月9日止": a hard-wrapped line goes on with the term's end
        if _WRAPPED_END.match(work, e) and re.search(r"起[ \t]*$", work[s:e]):
            e = sentence_bounds(work, e + 1)[1]
        # "借期一年，\n自2015年3月8日至2016年3月7日": a clause cut at a comma goes on with its dates on the next line
        # (only a from–to range: "借期一年，\n2023年4月30日连本带息一起还清" is the due day, not the term's start)
        elif e < len(work) and work[e] == "\n" and re.search(r"[，,][ \t]*$", work[s:e]) and not find_dates(work[m.end():e]) \
                and _WRAPPED_RANGE.match(work, e + 1):
            e = sentence_bounds(work, e + 1)[1]
        ds = [d for d in find_dates(work[s:e]) if d.value]
        if len([d for d in ds if s + d.start >= m.end()]) >= 2:     # "2021年5月6日签订…，借款期限自…至…"
            ds = [d for d in ds if s + d.start >= m.end()]
        if len(ds) >= 2:
            last = _LAST_INSTALMENT.search(work, s, e)
            end = next((d for d in ds if last and s + d.start >= last.end()), ds[1])
            out.start_date = Extracted[date](value=ds[0].value, evidence=_ev(work, s + ds[0].start, s + ds[0].end))
            out.end_date = Extracted[date](value=end.value, evidence=_ev(work, s + end.start, s + end.end))
            break
        if len(ds) == 1 and re.search(r"(?:至|到)\s*$", work[s: s + ds[0].start]):    # "借款期限至2025年2月28日止"
            out.end_date = Extracted[date](value=ds[0].value, evidence=_ev(work, s + ds[0].start, s + ds[0].end))
            break
        # "借期三个月，2024年12月2日前连本带利一次过还清", "2021年2月10日（年廿九）前还清": a deadline, not the start
        # (but "2024年9月1日前不得提前还款" is a lock-up, not when it is due)
        if len(ds) == 1 and re.match(r"\s*(?:[（(][^）)\n\d]{1,8}[）)]\s*)?(?:到期|(?:前|之前|以前)\s*(?:(?!不得|不能|不可|不准|提前)[^，。；\n\d]){0,10}?(?:还|归还|偿还|付清|结清|清偿))",
                                     work[s + ds[0].end: s + ds[0].end + 24]):
            out.end_date = Extracted[date](value=ds[0].value, evidence=_ev(work, s + ds[0].start, s + ds[0].end))
            break     # "借期一年，2026年1月14日到期还本": the date is when it is due
        t = _TERM.search(work, m.end(), e)
        # ("借款期限一年，2024年9月1日前不得提前还款": a lock-up's date is not the start either)
        if ds and t and t.start() - m.end() < 12 and not re.match(r"\s*(?:前|之前|以前)", work[s + ds[0].end:]):
            n, unit = cn_integer(t.group("n")), t.group("unit")
            start = ds[0].value
            end = add_months(start, n * 12 if unit == "年" else n) if unit != "天" and unit != "日" else None
            if end:
                out.start_date = Extracted[date](value=start, evidence=_ev(work, s + ds[0].start, s + ds[0].end))
                out.end_date = Extracted[date](value=end, evidence=_ev(work, t.start(), t.end()) + out.start_date.evidence,
                                               note="computed: start date + term (民法典 第201、202条)")
                break
    if not out.end_date:     # the latest date anything is due by: a schedule's last instalment, not its first
        # a lunar day's marker ("…农历五月初八连本带利还清") reads only the date it sits in: with no year it is
        # _lunar_due's, never the loan date earlier in its sentence
        # ("2019年9月9日到期，…": the date the bare 到期 follows, not a later one in its sentence — "…已于2016年1月5日
        # 到期，截至2017年12月31日尚欠…" — and not an old loan's due date a later paper recites, "约定2015年9月1日到期")
        due = [(d.value, s + d.start, s + d.end) for m in re.finditer(terms["due_markers"], work)
               for s, e in [sentence_bounds(work, m.start())]
               for d in ([x for x in find_dates(work[s:m.start()]) if not work[s + x.end:m.start()].strip()
                          and not re.search(r"(?:约定|原定|原|已于|已经|已|曾)[ \t]*$", work[s:s + x.start])
                          and not _OTHER_TERM.search(work, max(s, s + x.start - 16), s + x.start)][-1:]
                         if m.group(0).strip() == "到期" else find_dates(work[s:e])[-1:]) if d.value
               and (not _LUNAR_MARKER.match(m.group(0)) or s + d.start < m.start() < s + d.end)]
        rows = _schedule_rows(work)
        if due and len(rows) >= 2:      # a re-scheduling plan recites the old due date, then its instalments
            due += rows
        if due:
            value, start, end = max(due)
            out.end_date = Extracted[date](value=value, evidence=_ev(work, start, end))
    head = _title_head(work)
    # a promise or a 以房抵债 agreement signed (签订日期…) long after the loan it recites: the loan's date is the one
    # its terms are judged by, as for a court paper
    marked = None       # the paper's own date, labelled: "签订日期：2024年12月2日"
    for m in re.finditer(terms["contract_date_markers"], work):
        ds = [d for d in find_dates(work[m.end() : m.end() + 40]) if d.value]
        # "截至本协议签订日，债务人已付利息至2021年12月31日": a date after the clause has moved on is not the label's
        if ds and re.search(r"[，,。；;]", work[m.end(): m.end() + ds[0].start]):
            continue
        if ds:
            d = ds[0]
            marked = Extracted[date](value=d.value, evidence=_ev(work, m.end() + d.start, m.end() + d.end))
            break
    sig = _signature_date(work)     # the last date of the document, once (a due date may exclude it below)
    own_day = marked.value if marked else (sig.value if sig else None)
    later_paper = ((_PROMISE_TITLE.search(head) or _SETTLEMENT_TITLE.search(head)) and _recited_loan(work, own_day)
                   or _TRANSFER_TITLE.search(head) and _RECITED_IOU.search(work))
    if marked and not later_paper:
        out.contract_date = marked
        return
    # a 催收通知书 is about the loan it recites (its contract date is that loan's, not the notice's); a court's 调解书 /
    # 判决书 recites the loan itself: "原告诉称：2023年5月20日，被告…向原告借款40万元" (its title may be spaced out)
    for titled, recital in ((_NOTICE_TITLE.search(head), _RECITED_CONTRACT),
                            (_CASE_TITLE.search(head), _RECITED_LOAN), (_PROMISE_TITLE.search(head), _RECITED_LOAN),
                            (_SETTLEMENT_TITLE.search(head), _RECITED_LOAN), (_TRANSFER_TITLE.search(head), _RECITED_IOU),
                            (_ACKNOWLEDGEMENT_TITLE.search(head), _RECITED_LOAN),
                            # a 对账确认函 that recites the borrowing itself, not a contract: "贵厂于2022年2月15日向我司借款…"
                            (_CONFIRMATION_TITLE.search(head), _RECITED_LOAN)):
        m = (_recited_loan(work, own_day) if recital is _RECITED_LOAN else recital.search(work)) if titled else None
        ds = [d for d in find_dates(m.group("date")) if d.value] if m else []
        if ds:
            promise = titled.re is _PROMISE_TITLE or recital is _RECITED_IOU
            note = (f"the signing date of the recited 《{m.group('name')}》" if recital in (_RECITED_CONTRACT, _RECITED_IOU)
                    else "the day of the loan the paper recites" if promise or titled.re in (_SETTLEMENT_TITLE, _ACKNOWLEDGEMENT_TITLE, _CONFIRMATION_TITLE)
                    else "the day of the loan the court paper recites")
            out.contract_date = Extracted[date](value=ds[0].value, evidence=_ev(work, m.start("date"), m.end("date")),
                                                note=note)
            own = marked or sig
            if titled.re is _SETTLEMENT_TITLE and own:
                # the settlement is an agreement of its own, dated by its signing; its rates keep the loan's day
                out.loan_date, out.contract_date = out.contract_date, own
                return
            # "我…2019年3月15日找你借了陆万元", "你2021年6月1日出具的《借条》": the day the money was taken
            # (a 债务确认书 recites the borrowing the same way: "本厂于2019年3月8日向杨建国借款…")
            if (promise or titled.re is _ACKNOWLEDGEMENT_TITLE) and not out.start_date:
                out.start_date = Extracted[date](value=ds[0].value, evidence=out.contract_date.evidence,
                                                 note="the day the loan the paper recites was taken")
            # the paper's own date stays known: a debtor's 对账确认函 acknowledges the debt the day it is signed
            if own := marked or sig:
                out.document_date = own
            return
    if own := (_signature_date(work, out.end_date) if out.end_date else sig):
        out.contract_date = own
    elif out.start_date:
        out.contract_date = Extracted[date](value=out.start_date.value, evidence=out.start_date.evidence,
                                            note="no signing date; the loan start date is used (民法典 第679条)")


# --- rates -----------------------------------------------------------------------------------------

def _resolve_lpr(m: RateMention, contract_date: date | None) -> tuple[Decimal | None, str]:
    if contract_date is None:
        return None, "LPR-linked rate but no contract date to look the LPR up"
    look = lpr_on(contract_date)
    if look.rate_pct is None:
        return None, look.warning
    rate = lpr_linked_rate(m, look.rate_pct)
    note = f"computed: {m.text} with the one-year LPR {look.rate_pct}% in force from {look.effective}"
    return rate, (note + ("; " + look.warning if look.warning else ""))


def _resolve_benchmark(m: RateMention, on: date | None, term_months: int | None) -> tuple[Decimal | None, str]:
    """"同期同档次贷款基准利率上浮30%": the PBOC benchmark of the signing date, in the band the text names or the
    loan's term falls in, times the multiple."""
    if on is None:
        return None, "benchmark-linked rate but no contract date to look the PBOC benchmark up"
    band = m.base_band or band_for(term_months)
    look = benchmark_on(on, band)
    if look.rate_pct is None:
        return None, look.warning
    rate = lpr_linked_rate(m, look.rate_pct)         # multiple × base, as for the LPR
    how = "as the text names" if m.base_band else (f"the loan's {term_months}-month term" if term_months else
                                                      "term unknown, read as up to one year")
    note = (f"computed: {m.text} with the PBOC benchmark {look.rate_pct}% ({BAND_NAMES[band]}, {how}) in force from "
            f"{look.effective}")
    return rate, note + ("; " + look.warning if look.warning else "")


# "担保范围：本金、利息、罚息、复利…": what a guarantee covers, not a term that compounds interest
_SCOPE = re.compile(r"担保范围|保证范围|担保的范围|保证的范围|范围(?:包括|为)")
_SAME_RATE = Decimal("0.0001")     # one hundredth of a percentage point a year


def _rate_term(work: str, ms: list[RateMention], principal: Decimal | None, cdate: date | None,
               term_months: int | None = None) -> Extracted[RateTerm]:
    values: list[Decimal | None] = []
    notes: list[str] = []
    status = "ok"
    for m in ms:
        if m.status == "ambiguous":
            status = "ambiguous"
            notes.append(f"{m.text}: {m.message}")
            values.append(None)
        elif m.status == "needs_principal":
            if principal:
                values.append(annual_rate_from_amount(m, principal))
                notes.append(f"computed: {m.text} × {12 if m.period == 'month' else 1 if m.period == 'year' else 365} ÷ principal {principal}")
            else:
                status = "needs_principal"
                values.append(None)
        elif m.status == "lpr_linked":
            v, note = (_resolve_benchmark(m, cdate, term_months) if m.base == "pboc_benchmark"
                       else _resolve_lpr(m, cdate))
            values.append(v)
            notes.append(note)
            if v is None:
                status = "lpr_linked"
        else:
            values.append(m.annual_rate)
            if m.convention:
                notes.append(m.convention)
    written = {v for m, v in zip(ms, values) if v is not None and m.base != "pboc_benchmark"}
    derived = {v for m, v in zip(ms, values) if v is not None and m.base == "pboc_benchmark"}
    if written and derived:     # the 执行利率 written out governs; the benchmark formula only explains it
        notes = [n for n in notes if "PBOC benchmark" not in n]
        if any(abs(d - w) > _SAME_RATE for d in derived for w in written):
            notes.append("the benchmark formula gives " + ", ".join(f"{clean_decimal(d * 100)}%" for d in sorted(derived))
                         + "/yr, not the rate written out, which is used: check the contract")
        values = [v if m.base != "pboc_benchmark" else None for m, v in zip(ms, values)]
    known = {v for v in values if v is not None}
    stated = [v for m, v in zip(ms, values) if v is not None and m.status == "ok"]
    if len(known) > 1 and stated and max(known) - min(known) <= _SAME_RATE:
        known = {stated[0]}      # "年利率8%…每月支付利息1666.67元": the amount is the rate, rounded to the cent
    if status == "ok" and len(known) > 1:
        status = "contradictory"
        notes.append("different rates: " + "; ".join(f"{m.text} = {v * 100}%/yr" for m, v in zip(ms, values)))
    annual = known.pop() if status == "ok" and len(known) == 1 else None
    if status == "ok" and annual == 0:
        status = "zero"
    term = RateTerm(text=" / ".join(m.text for m in ms), annual_rate=annual, status=status,
                    convention=next((m.convention for m in ms if m.convention), None))
    return Extracted[RateTerm](value=term, evidence=[evidence(work, m.start, m.end) for m in ms],
                               note="; ".join(n for n in notes if n) or None)


# A settlement or restructuring recites the old terms ("乙方于2022年10月1日向甲方出具借条…约定月息1.5分") and sets new
# ones ("自2024年12月11日起…按年利率12%计息"): the recited rate is history, not a second rate of this agreement.
_RECITED = re.compile(r"原(?:约定|借条|借据|合同|协议|利率)|此前|曾约定|当时约定|出具(?:了)?(?:借条|借据|欠条)|原借款"
                      r"|于\s*\d{4}\s*年[^。；\n]{0,20}?签订(?:了)?《[^》\n]{1,24}》")   # "双方于2022年5月10日签订《借款合同》…约定月利率1.2%"


def _operative(work: str, ms: list[RateMention]) -> list[RateMention]:
    """The mentions left when some restate an earlier document's rate and others do not."""
    kept = [m for m in ms if not _RECITED.search(work[slice(*sentence_bounds(work, m.start))])]
    return kept if kept and len(kept) < len(ms) else ms


_SLASH_SAME_LINE = re.compile(r"[^\n/]{0,60}/[^\n/\u4e00-\u9fff]{0,60}")


def _rates(work: str, terms: dict, out: LoanContract) -> None:
    by_kind: dict[str, list[RateMention]] = {}
    prev: tuple[RateMention, str] | None = None
    added = _spread_spans(work) + [(m.start("what"), m.end("what")) for m in _runs_on(work)]
    for m in find_rates(work):
        kind = charge_kind(work, m, terms)
        if any(a <= m.start and m.end <= b for a, b in added):
            kind = "overdue"        # "…基础上加收年利率2%", "到日子不还，利息照样按年利率12%算": the rate after default
        # a bilingual row gives the English after a slash: "年利率12% / 1.5 times the contract rate, i.e. 12% per
        # annum" repeats the Chinese figure it follows on the line, so it is the same charge
        if (prev and m.text[:1].isascii() and not prev[0].text[:1].isascii() and m.annual_rate is not None
                and m.annual_rate == prev[0].annual_rate and _SLASH_SAME_LINE.fullmatch(work, prev[0].end, m.start)):
            kind = prev[1]
        prev = (m, kind)
        by_kind.setdefault(kind, []).append(m)
    by_kind = {kind: _operative(work, ms) for kind, ms in by_kind.items()}
    principal = out.principal.value if out.principal else None
    cdate = out.contract_date.value if out.contract_date else (out.start_date.value if out.start_date else None)
    if out.loan_date:       # a 以房抵债 agreement's recited rates are the loan's, judged on its day
        cdate = out.loan_date.value
    term = _term_months(out)
    if by_kind.get("interest"):
        out.interest = _rate_term(work, by_kind["interest"], principal, cdate, term)
        if out.interest.value.status == "contradictory":
            out.problems.append({"type": "contradictory_rate", "field": "interest", "message": out.interest.note,
                                 "evidence": [e.model_dump() for e in out.interest.evidence]})
    overdue = [m for m in by_kind.get("overdue", []) if m.status != "zero"]
    if _spread_overdue(work, out):
        pass
    elif overdue:
        out.overdue_rate = _rate_term(work, overdue, principal, cdate, term)
    else:
        _relative_overdue(work, out)
    _continued_overdue(work, by_kind.get("overdue", []), out)
    _running_on(work, out)
    _penalty(work, by_kind.get("penalty", []), out)
    _fees(work, terms, by_kind.get("fee", []), out)
    comp = next((m for m in re.finditer(terms["compound_markers"], work)
                 if not (m.group(0) == "复利" and _SCOPE.search(work, sentence_bounds(work, m.start())[0], m.start()))
                 and not _BANNED_MERGE.search(work, max(0, m.start() - 12), m.start())), None)
    if comp:
        s, e = sentence_bounds(work, comp.start())
        out.compound_interest = Extracted[str](value=work[s:e].strip(), evidence=_ev(work, s, e))


# "出借人不得将利息并入本金", "不会把利息并入本金": a ban on compounding, said before the interest it bans
# ("利息不计入下月本金": a bare 不 right before it; not "如不按期支付将计入本金", a condition; "不得将逾期利息转入本金":
# the interest it bans may be qualified)
_BANNED_MERGE = re.compile(r"(?:(?:不得|不会|不能|不可|不应|不准|不许|严禁|禁止|无需|无须|不再|不予|勿)(?:[^，。；,;\n]{0,6}?(?:将|把)[^，。；,;\n将把]{0,4})?|不)[ \t]*$")


# A demand for payment or its receipt, or a balance the debtor confirms (对账确认函), recites the loan it is about: "你于2019年6月21日与我行签订《个人借款合同》"
_CONFIRMATION_TITLES = r"对账(?:确认)?函|余额确认(?:函|书)|对账单"
_CONFIRMATION_TITLE = re.compile(_CONFIRMATION_TITLES)
_NOTICE_TITLE = re.compile(r"催收通知|催款通知|还款通知|催告|通知书|回执|" + _CONFIRMATION_TITLES)
# papers about a loan made before them, whose silence on overdue terms says nothing of the loan contract's
# (not a 借款确认书: often the receipt of the loan itself, signed the day the money is lent)
# (a 以物抵债 / 以房抵债 agreement settles the recited loan: its silence on overdue terms is the loan's to break)
_RECITAL_TITLE = re.compile(_CONFIRMATION_TITLES + r"|(?:欠款|债务)确认(?:函|书)|民事调解书|调解书"
                            r"|以(?:房|物|车|房产|货)抵(?:债|偿|款)(?:协议|合同)")
# "债务确认书": a debtor confirms, years later, a loan it recites ("我司于2019年5月10日向贵司借款…")
_ACKNOWLEDGEMENT_TITLE = re.compile(r"(?:债务|欠款)确认(?:函|书)")
# ...when they do recite it: "于2019年5月6日与贵司签订《借款合同》", "于2022年5月1日向贵司借款"
# (a statement's own line, "借款本金：人民币贰拾万元整，2021年6月1日出借": the day said before the lending)
_RECITES_A_LOAN = re.compile(r"于\s*" + _YMD + r"[^。；\n]{0,40}?(?:签订|签署|借款|借入|借到|借得|出借|放款|发放)"
                             r"|(?<![至到止])" + _YMD + r"[ \t]*(?:出借|借出|放款|发放)(?![日期])")
_OWN_GUARANTEE = re.compile(r"(?:自愿|愿意|同意)[^。；\n]{0,20}?(?:(?:提供|承担)[^。；\n]{0,12}?(?:保证|担保)|作保|作担保)")
_CASE_TITLE = re.compile(r"民事调解书|民事判决书|调解书|判决书|裁决书|支付令")
# a debtor's 还款承诺书 recites the loan it promises to repay: "我周大勇2019年3月15日找你借了陆万元"
_PROMISE_TITLE = re.compile(r"(?:还款|还钱|还债|付款)?承诺书")
# an assignment of the debt recites the IOU it transfers: "债务人于2021年6月1日出具的《借条》项下的债权"
_TRANSFER_TITLE = re.compile(r"债权转让")
_RECITED_IOU = re.compile(r"(?P<date>" + _YMD + r")\s*(?:出具|签订|签署|订立|写下)(?:了)?(?:的)?\s*《(?P<name>借条|借据|欠条"
                          r"|[^》\n]{0,12}?(?:借款|借贷)[^》\n]{0,8}?(?:合同|协议))》")
# a 以房抵债 / 以物抵债 agreement settles a loan it recites: "乙方于2023年3月1日向甲方借款人民币叁拾万元整"
_SETTLEMENT_TITLE = re.compile(r"以(?:房|物|车|房产|货)抵(?:债|偿|款)(?:协议|合同)")
# (the loan, not the day the claim was filed: "2023年6月1日，原告向本院提出诉讼请求：判令被告偿还借款…")
# (the lender's ID in brackets counts as one step: "向周美兰（身份证号：530103196511******）借款")
_RECITED_LOAN = re.compile(r"(?P<date>" + _YMD + r")[，,]?\s*(?:(?!请求|诉讼|起诉|申请)[^。；\n]){0,30}?(?:向|找|跟)(?!本院|法院|贵院|人民法院|仲裁)"
                           r"(?:(?!请求|诉讼|起诉|申请)[^。；\n（(]|[（(][^）)。；\n]{0,40}[）)]){0,20}?借(?:款|钱|了|到|得|人民币|现金)")
_DEADLINE_AFTER = re.compile(r"\s*(?:前|之前|以前|止|为止)")


def _recited_loan(work: str, own_day: date | None) -> re.Match | None:
    """The first recital of the loan whose date is the loan's: not a deadline ("承诺于2024年12月31日前归还向刘淑珍借款…",
    "于2025年6月30日前将其住房过户…以抵偿向甲方借款") nor a day after the paper's own date."""
    for m in _RECITED_LOAN.finditer(work):
        if _DEADLINE_AFTER.match(work, m.end("date")):
            continue
        ds = [d for d in find_dates(m.group("date")) if d.value]
        if ds and own_day and ds[0].value > own_day:
            continue
        return m
    return None


# ...or in a row of its own: "借款合同日期：2023年4月10日", "原借款日期：2021年3月1日"
_RECITED_LOAN_ROW = re.compile(r"(?:原)?(?:借款|贷款)(?:合同)?(?:签订|发放)?(?:日期|日|时间)[ \t]*[:：|｜\t][ \t]*" + _YMD)
_RECITED_CONTRACT = re.compile(r"于\s*(?P<date>" + _YMD + r")[^。；]{0,80}?签订(?:了)?\s*《(?P<name>[^》\n]{0,24}?(?:借款|贷款|借贷)[^》\n]{0,12}?)》")


def _term_months(out: LoanContract) -> int | None:
    """The loan's term in whole months (start to due date), for the benchmark's term band."""
    if not (out.start_date and out.end_date and out.start_date.value and out.end_date.value):
        return None
    a, b = out.start_date.value, out.end_date.value
    months = (b.year - a.year) * 12 + b.month - a.month + (1 if b.day > a.day else 0)   # a part month counts
    return months if months > 0 else None


# "逾期部分在原月息基础上加收五厘": 厘 and 分 of a monthly rate added to it (1厘 = 0.1 %, 1分 = 1 % a month)
_MONTHLY_SPREAD = re.compile(r"(?:原|约定|借款|合同)?月(?:息|利率)(?:的)?基础上\s*(?:另|再)?(?:加收|增加|加|上浮)\s*"
                             r"(?:(?P<fen>[一二两三四五六七八九]|\d)\s*分(?:\s*(?P<li2>[一二三四五六七八九]|\d)\s*厘)?|(?P<li>[一二三四五六七八九]|\d)\s*厘)")


def _spread_spans(work: str) -> list[tuple[int, int]]:
    """Where the points added to the contract rate on default are said ("在借款利率基础上加收年利率2%")."""
    return [(m.start(), m.end()) for m in _SPREAD.finditer(work)
            if re.search("逾期|罚息|未按期|到期未|未按时", work[sentence_bounds(work, m.start())[0]: m.end()])]


def _spread_overdue(work: str, out: LoanContract) -> bool:
    """An overdue rate said as the contract rate plus some points a year (or 分/厘 a month); True when one was read."""
    for pattern in (_MONTHLY_SPREAD, _SPREAD):
        for m in pattern.finditer(work):
            s, _ = sentence_bounds(work, m.start())
            if not re.search("逾期|罚息|未按期|到期未|未按时", work[s: m.end()]):
                continue
            if pattern is _MONTHLY_SPREAD:
                li = m.group("li") or m.group("li2")
                monthly = ((cn_integer(m.group("fen")) if m.group("fen") else 0) * Decimal("0.01")
                           + (cn_integer(li) if li else 0) * Decimal("0.001"))
                points, note = monthly * 12, f"computed: contract rate + {clean_decimal(monthly * 100)}% a month"
            else:
                points = Decimal(m.group("points") or m.group("points2")) / 100
                note = f"computed: contract rate + {clean_decimal(points * 100)} percentage points"
            base = out.interest.value.annual_rate if out.interest else None
            term = RateTerm(text=m.group(0), annual_rate=clean_decimal(base + points) if base is not None else None,
                            status="ok" if base is not None else "relative")
            out.overdue_rate = Extracted[RateTerm](value=term, evidence=_ev(work, m.start(), m.end()), note=note)
            return True
    return False


# "逾期还款的，除按约定利率计息外，另加收罚息每月1%", "未按期付息或者还本的，除继续按月息壹分计息外，另按…支付违约金":
# on default the loan's interest runs on, and a 罚息 said on top of it is added to it (a 违约金 stays a penalty apart)
# ("除按约定利率继续支付利息外", "除按约定利率支付利息外": the interest paid on, said after the rate)
_CONTINUES = re.compile(r"除(?:继续|仍|照常|仍然)?(?:按|依)(?:照)?(?P<what>[^，。；\n]{0,16}?)(?:(?:继续|照常|仍)?(?:支付|计付)利息|计息|计收利息|计算利息|计付利息|计收|计算)外")
_AGREED_RATE = re.compile(r"(?:约定|合同|原|借款|上述|本合同)(?:的)?(?:年|月)?(?:利率|利息|标准)")
# (a default on repayment, not a misuse: "未按约定用途使用借款的，除按约定利率计息外，另加收罚息…" is a 挪用 penalty)
_DEFAULT_WORDS = re.compile(r"逾期|罚息|未按期|未按时|未按约定(?:的)?(?:期限|时间|日期)?(?:还款|归还|偿还|还本|付息|支付|清偿)|到期未"
                            r"|(?:到期|过期)不还|未(?:能)?(?:还款|归还|偿还)")
_MISUSE = re.compile(r"用途|挪用")


def _continued_overdue(work: str, overdue: list[RateMention], out: LoanContract) -> None:
    for m in _CONTINUES.finditer(work):
        s, e = sentence_bounds(work, m.start())
        if not _DEFAULT_WORDS.search(work, s, m.start()) or _MISUSE.search(work, s, m.start()):
            continue
        own = [r for r in find_rates(m.group("what")) if r.status == "ok" and r.annual_rate is not None]
        if own:
            base, said = own[0].annual_rate, "the rate the clause says runs on"
        elif _AGREED_RATE.search(m.group("what")) and out.interest and out.interest.value.annual_rate is not None:
            base, said = out.interest.value.annual_rate, "the contract rate"
        else:
            continue
        extra = next((r for r in overdue if m.end() <= r.start < e and r.status == "ok" and r.annual_rate is not None
                      and re.search(r"另|再|并|还应|同时", work[m.end(): r.start])), None)
        if extra is None and out.overdue_rate:
            continue        # an overdue rate said elsewhere, not added to this one
        rate = base + extra.annual_rate if extra else base
        note = f"computed: {said} + the 罚息 added on default" if extra else f"computed: {said}, running on after default"
        end = extra.end if extra else m.end()
        out.overdue_rate = Extracted[RateTerm](value=RateTerm(text=work[m.start(): end], annual_rate=clean_decimal(rate), status="ok"),
                                               evidence=_ev(work, m.start(), end), note=note)
        return


# "到日子不还，利息照样按二分算", "到期未还的，逾期期间利息照常按月息1.2分计算": after a default, the interest runs on at
# the rate said (a bare "二分" in a paper priced by the month is 月息二分); a 违约金 added to it is a penalty of its own
_RUNS_ON = re.compile(r"(?:利息|利率|息)(?:也|就|都)?(?:照常|照样|照旧|仍然|仍|继续|依旧|还是)(?:按|依)(?:照)?"
                      r"(?P<what>[^，。；\n]{1,12}?)(?:计算|计息|计收|算|计)")
# (a default, not a balance: "未还部分利息仍按…", "未还清前，利息仍按…" run on before any default)
_NOT_REPAID = re.compile(r"(?:逾期|到期|过期|到日子|到时候|到点|期满)(?:后)?(?:仍|还|仍然)?(?:不|没|未|冇)(?:能)?(?:还|归还|偿还|按期|按时)"
                         r"|(?:不|没|未|冇)(?:能)?(?:按期|按时|如期)")
_BARE_FEN = re.compile(r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九])分(?:[一二三四五六七八九半]|\d)?(?:利|息)?")


def _runs_on(work: str) -> list[re.Match]:
    """The clauses that keep the interest running after a default (the rate named in one is no second loan rate)."""
    return [m for m in _RUNS_ON.finditer(work)
            for s in [sentence_bounds(work, m.start())[0]]
            if _DEFAULT_WORDS.search(work, s, m.start()) or _NOT_REPAID.search(work, s, m.start())]


def _running_on(work: str, out: LoanContract) -> None:
    if out.overdue_rate:
        return
    for m in _runs_on(work):
        what = m.group("what")
        own = [r for r in find_rates(what) if r.status == "ok" and r.annual_rate is not None]
        if not own and _BARE_FEN.fullmatch(what) and out.interest and "月" in out.interest.value.text:
            own = [r for r in find_rates("月息" + what) if r.status == "ok" and r.annual_rate is not None]
        if not own:
            continue
        out.overdue_rate = Extracted[RateTerm](value=RateTerm(text=m.group(0), annual_rate=own[0].annual_rate, status="ok"),
                                               evidence=_ev(work, m.start(), m.end()),
                                               note="the interest runs on after default at the rate the clause says")
        return


def _relative_overdue(work: str, out: LoanContract) -> None:
    for m in _RELATIVE.finditer(work):
        s, _ = sentence_bounds(work, m.start())
        if not re.search("逾期|罚息|未按期|到期未|(?:到期|过期)不还", work[s : m.end()]):
            continue
        g = m.group("mult")
        if m.group("double"):
            factor = Decimal(2)
        elif m.group("same"):
            factor = Decimal(1)
        elif g:
            factor = Decimal(g) if g[0].isdigit() else Decimal(cn_integer(g))
        else:
            try:
                share = Decimal(m.group("pct")) if m.group("pct") else cn_decimal(m.group("pct_cn").translate(_CAPITAL_DIGITS))
            except NumeralError:
                continue
            factor = 1 + share / 100
        base = out.interest.value.annual_rate if out.interest else None
        term = RateTerm(text=m.group(0), annual_rate=clean_decimal(base * factor) if base is not None else None,
                        status="ok" if base is not None else "relative")
        out.overdue_rate = Extracted[RateTerm](value=term, evidence=_ev(work, m.start(), m.end()),
                                               note=f"computed: contract rate × {factor}")
        return


def _penalty(work: str, ms: list[RateMention], out: LoanContract) -> None:
    ok = [m for m in ms if m.status == "ok"]
    if ok:
        m = ok[0]
        out.penalty = Extracted[Penalty](value=Penalty(text=m.text, annual_rate=m.annual_rate),
                                         evidence=_ev(work, m.start, m.end), note=m.convention)
        return
    if _daily_sum(work, out):
        return
    for s, e in sentences(work):
        sent = work[s:e]
        if "违约金" not in sent:
            continue
        sh = _SHARE.search(sent)
        if sh:
            share = Decimal(sh.group("pct")) / 100 if sh.group("pct") else Decimal(cn_integer(sh.group("cn"))) / 100
            out.penalty = Extracted[Penalty](value=Penalty(text=sh.group(0), share_of_principal=clean_decimal(share)),
                                             evidence=_ev(work, s + sh.start(), s + sh.end()))
            return
        amounts = find_amounts(sent)
        if amounts:
            a = amounts[0]
            out.penalty = Extracted[Penalty](value=Penalty(text=a.text, lump_sum=a.value),
                                             evidence=_ev(work, s + a.start, s + a.end))
            return


# "要是到日子不还，每天罚200块", "逾期每日支付违约金伍佰元": a fixed sum for each day of default is a charge at a rate —
# the sum × 365 over the principal — not a one-off penalty (a plan's "每日还款200元" is no charge)
_DAILY_SUM = re.compile(r"(?:每(?P<base>[万千百])元[ \t]*)?每(?:逾期|延迟|迟延|超期|拖欠|晚)?(?:一)?(?:天|日)[ \t]*(?P<what>(?:(?!还款|归还|偿还|还本|付息|利息)[^，。；\n\d]){0,8}?)"
                        r"(?P<amt>(?:人民币)?(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟]+)\s*(?:元|块))")
_DAILY_CHARGE = re.compile(r"罚|违约金|滞纳金|赔偿|赔")
_DEFAULTS = re.compile(r"逾期|不还|未还|没还|冇还|未按期|未按时|迟延|延迟|拖欠|过期|超期")
# "若出借人未按时出借，每天赔借款人100元": the lender's default, paid to the borrower, is no charge on the loan
_LENDER_DEFAULTS = re.compile(r"(?:出借人|贷款人|债权人)[^，。；\n]{0,6}?(?:未|没|不|迟延|延迟)")
_SUM_BASE = {"万": 10000, "千": 1000, "百": 100}


def _daily_sum(work: str, out: LoanContract) -> bool:
    """A sum charged for each day of default, as a yearly rate on the principal (or on the 万元 it is charged on)."""
    if not out.principal or out.principal.value <= 0:
        return False
    for m in _DAILY_SUM.finditer(work):
        s, _ = sentence_bounds(work, m.start())
        if not (_DAILY_CHARGE.search(m.group("what")) or _DAILY_CHARGE.search(work, max(s, m.start() - 6), m.start())):
            continue
        if not _DEFAULTS.search(work, s, m.end()) or _LENDER_DEFAULTS.search(work, s, m.start()):
            continue
        amounts = find_amounts(m.group("amt"))
        if not amounts:
            continue
        a = amounts[0].value
        base = Decimal(_SUM_BASE[m.group("base")]) if m.group("base") else out.principal.value
        rate = clean_decimal(a * 365 / base)
        out.penalty = Extracted[Penalty](value=Penalty(text=m.group(0), annual_rate=rate),
                                         evidence=_ev(work, m.start(), m.end()),
                                         note=f"computed: {clean_decimal(a)} a day × 365 ÷ {base}")
        return True
    return False


def _fees(work: str, terms: dict, ms: list[RateMention], out: LoanContract) -> None:
    names = terms["fee_names"]
    seen: set[str] = set()
    for m in ms:
        if m.status != "ok":
            continue
        s, e = sentence_bounds(work, m.start)
        name = next((n for n in names if n in work[s:m.start]), None) or next((n for n in names if n in work[m.end:e]), "费用")
        seen.add(name)
        out.fees.append(Extracted[Fee](value=Fee(name=name, annual_rate=m.annual_rate), evidence=_ev(work, m.start, m.end)))
    for s, e in sentences(work):
        sent = work[s:e]
        if not re.search(r"承担|负担|支付|偿付|赔偿", sent):
            continue
        for n in names:
            i = sent.find(n)
            if i >= 0 and n not in seen:
                seen.add(n)
                out.fees.append(Extracted[Fee](value=Fee(name=n), evidence=_ev(work, s + i, s + i + len(n))))


# A table whose first row names the columns and whose next row holds the figures ("借款本金\t约定月利率\t…" over
# "500,000元\t1.2%\t…"): each figure is read under its column's name, when the text gave none
_HEADER_CELL = re.compile(r"[\u4e00-\u9fa5（）()]{2,12}")
_PRINCIPAL_COLUMN = re.compile(r"(?:借款|贷款|出借)(?:本金|金额|数额)(?:[（(](?:人民币)?元[）)])?")
_RATE_COLUMN = re.compile(r"(?:约定|合同|借款|贷款|借期内?)*(?P<p>年|月|日)?(?:利率|息)")
_PERCENT_CELL = re.compile(r"\s*(?:年|月|日)?\s*(?P<n>\d+(?:\.\d+)?)\s*(?P<u>[%％‰])\s*")
_PER_YEAR = {"年": 1, "月": 12, "日": 365}


def _header_columns(work: str) -> Iterator[tuple[str, str, int]]:
    """(column name, cell, where the cell starts) for each header row followed by one row of figures.

    (a ledger's or a plan's rows — "日期 本金 利息 余额" over many lines — are payments, not the loan's terms)"""
    lines, at = work.split("\n"), 0
    starts = []
    for line in lines:
        starts.append(at)
        at += len(line) + 1
    # each line split once, as written and with its first "：" read as a tab (the reading copy writes a row's first
    # tab as "：", a label's colon: same length)
    plain = [line.split("\t") for line in lines]
    colon = [line.replace("：", "\t", 1).split("\t") if "：" in line else cells for line, cells in zip(lines, plain)]
    for i in range(len(lines) - 1):
        head, row = colon[i], plain[i + 1]
        if len(row) == len(head) - 1:
            row = colon[i + 1]
        if len(head) < 3 or len(head) != len(row) or not all(_HEADER_CELL.fullmatch(h.strip()) for h in head) \
                or not any(re.search(r"\d", c) for c in row) \
                or i + 2 < len(lines) and len(colon[i + 2]) == len(head):
            continue
        pos = starts[i + 1]
        for h, c in zip(head, row):
            yield h.strip(), c, pos
            pos += len(c) + 1


_UNIT_PREFIX = "（元）"


def _unit_cell(cell: str) -> list[AmountMatch]:
    """A bare figure under a "（元）" column, read as if the unit were written before it; its span is the cell's own."""
    return [replace(a, start=a.start - len(_UNIT_PREFIX), end=a.end - len(_UNIT_PREFIX))
            for a in _in_labelled_unit(_UNIT_PREFIX + cell)]


def _header_row_terms(work: str, out: LoanContract) -> None:
    if out.principal and out.interest:
        return
    for head, cell, pos in _header_columns(work):
        if not out.principal and _PRINCIPAL_COLUMN.fullmatch(head):
            amounts = find_amounts(cell) or (_unit_cell(cell) if "元" in head or "元" in cell else [])
            if amounts:
                a = amounts[0]
                out.principal = Extracted[Decimal](value=a.value, evidence=_ev(work, pos + max(0, a.start), pos + len(cell.rstrip())),
                                                   note=f"the figure under the column 「{head}」")
        elif not out.interest and (col := _RATE_COLUMN.fullmatch(head)) and (v := _PERCENT_CELL.fullmatch(cell)):
            per = Decimal(v.group("n")) / (1000 if v.group("u") == "‰" else 100)
            period = col.group("p") or next((p for p in _PER_YEAR if cell.strip().startswith(p)), None)
            if not period:
                continue
            out.interest = Extracted[RateTerm](value=RateTerm(text=f"{head} {cell.strip()}", annual_rate=clean_decimal(per * _PER_YEAR[period])),
                                               evidence=_ev(work, pos, pos + len(cell.rstrip())),
                                               note=f"the figure under the column 「{head}」, a {period} rate")


# --- words -----------------------------------------------------------------------------------------

def repayment_method(work: str, terms: dict) -> tuple[str, int, int] | None:
    """How the loan is repaid, with the span that says so (contract_terms.yaml `repayment_methods`)."""
    t = terms["repayment_methods"]
    for name, pattern in t["named"].items():
        if m := re.search(pattern, work):
            return name, m.start(), m.end()
    ends = [m for m in re.finditer(t["principal_at_maturity"], work) if not _accelerates(work, m.start())]
    periodic = (("按季付息、到期还本", t["interest_quarterly"]), ("按月付息、到期还本", t["interest_monthly"]))
    for m in ends:                                 # interest and principal in the same line
        line_start = work.rfind("\n", 0, m.start()) + 1
        line_end = work.find("\n", m.end())
        line = work[line_start: line_end if line_end >= 0 else len(work)]
        for name, pattern in periodic:
            if p := re.search(pattern, line):
                return name, min(m.start(), line_start + p.start()), max(m.end(), line_start + p.end())
    if ends:                                       # a form's separate 付息方式 / 还款方式 rows
        for name, pattern in periodic:
            if p := re.search(pattern, work):
                return name, p.start(), p.end()
    if m := next((m for m in re.finditer(t["lump_sum"], work)
                  if not _accelerates(work, m.start()) and not _recurring(work, m.start())
                  # "分12期还款，每月1日前还款16,530元，2023年8月31日前还清全部本息": the plan's last date
                  and not _PLAN.search(work, sentence_bounds(work, m.start())[0], m.start())), None):
        if re.match(r"本(?:金)?(?:和|及|与)?(?:利)?息一并|连本带(?:息|利)|利随本清", m.group(0)):
            for name, pattern in periodic:   # "利息每月付清，…前本息一并还清", "按季结息，…到期利随本清": the last
                                             # period's interest with the principal
                if (p := re.search(pattern, work)) and re.search(r"付|结|交|清|偿", work[p.start(): p.end() + 3]):
                    return name, p.start(), p.end()
        return "到期一次性还本付息", m.start(), m.end()
    if m := re.search(t["instalments"], work):
        return "分期还款", m.start(), m.end()
    # Interest paid monthly and no other schedule for the principal: it is due at the end of the term (民法典 第675条)
    for name, pattern in periodic:
        if p := re.search(pattern, work):
            return name, p.start(), p.end()
    return None


# a plan of several repayments said before a last date ("分12期还款", "每月5日前还款10,500元"), not "不分期偿还"
_PLAN = re.compile(r"(?<![不无非])(?<!不得)(?<!无需)(?<!无须)分(?:\d+|[一二三四五六七八九十]+)期"
                   r"|每(?:个)?(?:月|期)[^，。；\n]{0,10}?还款?\s*(?:人民币)?[\d壹贰叁肆伍陆柒捌玖拾一二两三四五六七八九十]")
_RECURRING = re.compile(r"每(?:个)?(?:月|期|季|季度|年)|分(?:\d+|[一二三四五六七八九十]+)?期")
_ACCELERATION = re.compile(r"有权(?:要求|宣布|提前)|提前到期|加速到期|视为(?:全部)?到期|立即(?:归还|偿还)")


def _recurring(work: str, pos: int) -> bool:
    """"每月10日前偿还…" in the same clause: a repayment each period, not one at the end."""
    clause = max(sentence_bounds(work, pos)[0], work.rfind("，", 0, pos) + 1, work.rfind(",", 0, pos) + 1)
    return bool(_RECURRING.search(work, clause, pos))


def _accelerates(work: str, pos: int) -> bool:
    """"甲方有权要求乙方一次性偿还全部欠款" is what happens on default, not how the loan is repaid."""
    s, _ = sentence_bounds(work, pos)
    return bool(_ACCELERATION.search(work, s, pos))


def _words(work: str, terms: dict, out: LoanContract) -> None:
    if found := repayment_method(work, terms):
        name, start, end = found
        out.repayment_method = Extracted[str](value=name, evidence=_ev(work, start, end))
    m = re.search(r"(?:借款用途|贷款用途|用途)[ \t]*(?:为|是)?[ \t]*[:：]?[ \t]*(?P<p>[^。；;\n]{2,40})", work) or re.search(
        r"(?:借款|本借款|该笔借款|此款|上述借款)(?:仅|只)?(?:用于|用作)(?P<p>[^，,。；;\n]{2,40})", work) or re.search(
        r"借款[^。；;\n]{0,40}?[，,]\s*(?:仅|只)?(?:用于|用作)(?P<p>[^。；;\n]{2,40})", work)
    if m:
        p = re.split(r"[，,]\s*(?:不得|未经|借款人不得)", m.group("p"))[0].strip()
        out.purpose = Extracted[str](value=p, evidence=_ev(work, m.start("p"), m.start("p") + len(p)))
    _dispute(work, terms, out)


# place names that begin with a character the walk stops at: 沈阳市和平区人民法院, 佳木斯市向阳区, 和田, 交口县
_PLACE_STARTS = ("和平", "和田", "和龙", "和县", "和政", "和静", "和硕", "和顺", "和林", "向阳", "交口", "交城", "由拳")


def _body_before(work: str, end: int, suffix_len: int) -> tuple[int, str]:
    """Walk back from an institution suffix to the verb or punctuation before its name."""
    i = end - suffix_len
    while i > 0 and (work[i - 1] not in "交向由请至到，,。；;：:、 \n的或及和" or work[i - 1:i + 1] in _PLACE_STARTS) and end - i < 30:
        i -= 1
    return i, work[i:end]


def _dispute(work: str, terms: dict, out: LoanContract) -> None:
    d = terms["dispute"]
    for s, e in sentences(work):
        sent = work[s:e]
        # "发生争议…协商解决；协商不成的，向…法院起诉": the subject is earlier on the line (within a clause's length)
        line = work[max(work.rfind("\n", 0, s) + 1, s - 300) : s]
        if not re.search(r"争议|纠纷|诉讼|仲裁|起诉|管辖", sent + line) or not re.search(r"仲裁|法院|起诉|诉讼", sent):
            continue
        arb = re.search(d["arbitration_body"], sent)
        court = re.search(d["court_body"], sent) or re.search(r"起诉|提起诉讼", sent)
        if not arb and not court:
            continue
        if arb and court and not re.search(d["either"], sent):
            court = None  # "仲裁…裁决为终局" sentences may mention courts for enforcement only
        method = "court_or_arbitration" if arb and court else ("arbitration" if arb else "court")
        body, venue = None, None
        if arb:
            i, body = _body_before(work, s + arb.end(), len(arb.group(0)))
        elif court and court.group(0) == "人民法院":
            i, name = _body_before(work, s + court.end(), 4)
            vm = re.search(d["venue"] + r"(?:住所地|所在地)", name)
            if vm or name in ("人民法院", "有管辖权的人民法院", "管辖权的人民法院"):
                venue = vm.group(0) if vm else None
            else:
                body = name
        if not venue:
            vm = re.search(d["venue"] + r"(?:住所地|所在地|户籍地)", sent)
            venue = vm.group(0) if vm else None
        out.dispute_resolution = Extracted[DisputeResolution](
            value=DisputeResolution(method=method, body=body, venue=venue), evidence=_ev(work, s, e),
            note="或裁或诉: an arbitration clause that also allows litigation is generally invalid" if method == "court_or_arbitration" else None)
        return


# --- entry point -------------------------------------------------------------------------------------

# A 还款协议 or 结算单 restates an old debt as a new loan ("本息合计381000元转为借款本金", "乙方确认尚欠本金80000元"):
# its terms are the new loan's, and the old loan's story told before that point (借款日、当时约定的月息、已付利息)
# is history, not terms.
# (not when refused: "欠付利息以现金支付，不转为本金 / 不得计入本金" keeps the old loan as it was)
_REFUSED = r"(?<![不未非])(?<!不得)(?<!不再)(?<!不能)(?<!不予)(?<!不应)(?<!不可)(?<!无需)(?<!无须)(?<!不会)"
_BECOMES_PRINCIPAL = _REFUSED + r"(?:转为|作为|转作|转成)[^，。；\n]{0,16}?(?:借款)?本金"
# "欠付利息72000元计入本金，乙方确认欠…本金共计372000元": what is added is not the new principal, the total is
_RESTATES = re.compile(rf"{_BECOMES_PRINCIPAL}|{_REFUSED}计入[^，。；\n]{{0,8}}?本金|确认[^，。；\n]{{0,16}}?尚欠|确认(?:共)?欠")
_RESTATING_TITLE = re.compile(r"还款协议|还款计划|还款承诺|结算|对账|确认书|欠款|和解|债务重组|补充协议|展期")
# "联保协议（互保）": a joint guarantee among the borrower's peers, a bracketed gloss after the title
# (not the borrower's own pledge to repay: "还款保证协议", "还款保证书")
_GUARANTEE_TITLE = re.compile(r"^(?!还款|还钱|还债|付款|偿还)[^借贷]{0,12}(?:担保函|保证函|保函|保证合同|担保合同|担保书|保证书|(?:联保|互保|保证|担保)协议)"
                              r"(?:[（(][^（()）借贷]{1,8}[）)])?$")
# a 抵押合同 / 质押合同 securing a main contract elsewhere ("最高额抵押合同"); not one that carries the loan itself:
# "乙方向甲方借款人民币伍拾万元整，借期一年…乙方以其名下房屋作抵押"
_SECURITY_TITLE = re.compile(r"^[^借贷]{0,12}(?:抵押|质押)合同$")
_OWN_LOAN = re.compile(r"向[^，。；\n]{1,10}?借(?:款|到|得)?(?:人民币|现金)?[\d壹贰叁肆伍陆柒捌玖拾]|借期|借款期限|借款金额")


def _guarantee_instrument(work: str) -> bool:
    title = _title(work)
    if _GUARANTEE_TITLE.search(title):
        return True
    return bool(_SECURITY_TITLE.search(title)) and ("最高额" in title or "主合同" in work or not _OWN_LOAN.search(work))


# a 借条 written anew over an old one ("本借条替换…原借条，原借条收回作废", "今重新出具借条") restates the old debt too
_REISSUED = re.compile(r"(?:今|现|特)重新出具|原借条(?:已)?(?:收回|作废)|替换[^，。；\n]{0,16}?原借条")
_NEW_IOU = re.compile(r"(?<!至)今(?:借[到倒]|欠|收到)")      # the new 借条's own words, never history
_PARTY_LINE = re.compile(r"^\s*(?:甲方|乙方|丙方|出借人|借款人|保证人|担保人|债权人|债务人)[^：:\n]{0,12}[：:]")
_TICKS = "☑☒■√✔✓✅"
_UNTICKED = re.compile(rf"(?<![{_TICKS}])[□☐]\s*[^□☐{_TICKS}\n|｜，。；,;]{{1,40}}")


def unticked(work: str) -> str:
    """A form's options left unticked ("□按月付息、到期还本 ☑到期一次性还本付息") blanked: only the ticked one is a term."""
    return _UNTICKED.sub(lambda m: " " * len(m.group(0)), work)


def _title(work: str) -> str:
    """The document's first line with text, spaces removed ("还 款 协 议" → 还款协议)."""
    return re.sub(r"\s", "", next((line for line in work.splitlines() if line.strip()), ""))


def _title_head(work: str) -> str:
    """The first three lines, spaces removed: where a title ("借款余额对账确认函", "民 事 调 解 书") is looked for."""
    return re.sub(r"\s", "", "".join(work.lstrip().splitlines()[:3]))


def _signature_date(work: str, due: Extracted[date] | None = None) -> Extracted[date] | None:
    """The last date of the document (its signature block) — not the due date when a 借条 ends on its term
    ("借款时间：2020年6月28日\n还款时间：2021年农历五月初八连本带利还清。" then only the signatures)."""
    tail_from = max(0, len(work) - 400)
    tail = [d for d in find_dates(work[tail_from:]) if d.value]
    spans = [(e.start, e.end) for e in (due.evidence if due else [])]
    if len(tail) > 1 and spans and any(s <= tail_from + tail[-1].start < e for s, e in spans):
        tail = tail[:-1]
    if not tail:
        return None
    d = tail[-1]
    return Extracted[date](value=d.value, evidence=_ev(work, tail_from + d.start, tail_from + d.end),
                           note="the last date of the document (signature block)")


def _restates_a_debt(work: str) -> bool:
    """Its title says so ("还 款 协 议", "借款结算单"): a loan contract's "乙方确认尚欠…" clause is not a restatement."""
    title = _title(work)
    # an IOU that adds up an old debt and turns it into a loan: "欠条（转借款）…货款和利息合计玖万贰仟捌佰元整…作为借款本金"
    return bool(_RESTATING_TITLE.search(title) or (re.search(r"借条|欠条|借据", title) and (
        _REISSUED.search(work) or re.search(r"合计[^。；\n]{0,40}?" + _BECOMES_PRINCIPAL, work))))


def restated_history(work: str) -> str:
    """`work` with the restated old debt's story blanked (same length, so every span stays valid)."""
    m = _RESTATES.search(work)
    if not m or not _restates_a_debt(work):
        return work
    # a lender's 对账单 whose debtor only confirms the balance ("借款人确认尚欠本金壹拾伍万元、利息伍万叁仟元") turns
    # nothing into a new loan: the borrowing it recites keeps its terms
    if _CONFIRMATION_TITLE.search(_title_head(work)) and not re.search(
            _BECOMES_PRINCIPAL + r"|(?:计入|并入|转入)[^，。；\n]{0,8}?本金", work):
        return work
    restating, _ = sentence_bounds(work, m.start())
    out = list(work)
    for s, e in sentences(work):
        if s >= restating:
            break
        if not _PARTY_LINE.match(work[s:e]) and not _NEW_IOU.search(work, s, e) \
                and find_dates(work[s:e]) + find_amounts(work[s:e]) + find_rates(work[s:e]):
            out[s:e] = [c if c == "\n" else " " for c in work[s:e]]
    return "".join(out)


def _restated_principal(work: str, out: LoanContract) -> None:
    """"将上述本息合计人民币叁拾捌万壹仟元整（¥381000元）转为…借款本金": the amount before the words is the principal;
    an IOU written anew over an old one ("现重新出具借条：今借到…") owes the sum it names itself."""
    if not _restates_a_debt(work):
        return
    if (r := _REISSUED.search(work)) and (n := _NEW_IOU.search(work, r.end())):
        _, e = sentence_bounds(work, n.start())     # "原借条收回作废，现重新出具借条：今借到王立新人民币陆万捌仟元整"
        if amounts := find_amounts(work[n.end():e]):
            a = amounts[0]
            out.principal = Extracted[Decimal](value=a.value, evidence=_ev(work, n.end() + a.start, n.end() + a.end),
                                               note="the sum of the IOU written anew over the old one")
            return
    m = re.search(_BECOMES_PRINCIPAL, work)
    if not m:
        return
    s, _ = sentence_bounds(work, m.start())
    before = find_amounts(work[s:m.start()])
    if before:
        capital = next((a for a in reversed(before) if a.form == "chinese"), before[-1])
        out.principal = Extracted[Decimal](value=capital.value, evidence=_ev(work, s + capital.start, s + capital.end),
                                           note="the restated debt becomes the new loan's principal")


# a lender's 对账确认函 / 催款函 to its debtor: "致：惠安县崇武镇明辉石雕厂" heads the letter, "贵厂于…向我司借款…"
# says the addressee borrowed (not a letter to a guarantor or to a court)
# (not a letter to a guarantor, "致：张三（保证人）", nor to a body of people, "致：各位股东")
_ADDRESSEE = re.compile(r"^[ \t]*致[ \t]*[：:][ \t]*(?P<name>[\u4e00-\u9fa5（）()]{4,38}?" + FIRM_SUFFIX
                        + r"|(?!各位|全体|尊敬)(?:(?!股东|客户|领导|会员|债权人|保证人|担保人)[\u4e00-\u9fa5·]){2,4}?)"
                        r"[ \t]*(?:[（(](?:(?!保证|担保)[^）)\n]){0,20}[）)])?[ \t]*(?:先生|女士)?[ \t]*[：:]?[ \t]*$", re.MULTILINE)
_YOU_BORROWED = re.compile(r"(?:贵(?:厂|司|公司|单位|方|店|社)|你(?:方|司|公司|厂)?|您)(?:(?!为|替|代|担保|保证)[^。；\n]){0,24}?向(?:我司|本司|我公司|本公司|我厂|本厂|我方|本人|我)"
                           r"[ \t]*借(?:款|钱|入|得|到|了)")


# "我公司" / "本公司" / "我司" writing its own letter (an 对账单, a 催款函) is the company on its letterhead or its seal:
# "出具方：吉林省恒泰汽车零部件有限公司（财务专用章）", a first line holding only the firm's name
_SELF_REFERENCE = re.compile(r"我司|本司|我公司|本公司|我厂|本厂|我单位|本单位|我行|本行|我社|本社")
_FIRM = r"[\u4e00-\u9fa5（）()]{4,38}?(?:" + FIRM_SUFFIX[3:-1] + r"|银行|支行|分行|典当行)"
_ISSUER_LINE = re.compile(r"^[ \t]*(?:出具方|出具单位|出具人|出函方|出函单位|发函方|发函单位|发函人|债权人|出借人|出借方|贷款人|落款|单位名称)"
                          r"[ \t]*[：:][ \t]*(?P<name>" + _FIRM + r")(?=[ \t]*(?:[（(]|$|\s))", re.MULTILINE)
_SEALED = re.compile(r"(?P<name>" + _FIRM + r")[ \t]*[（(](?:公章|财务专用章|合同专用章|业务专用章|盖章|印章|章)[）)]")
_LETTERHEAD = re.compile(r"\A\s*(?P<name>" + _FIRM + r")[ \t]*$", re.MULTILINE)


def _own_firm(work: str, lender: PartyHit, borrower: PartyHit | None) -> PartyHit | None:
    """The company a letter's "我公司" stands for: its issuer line, its letterhead, else the one seal that is not the
    borrower's (none when the paper names no other company)."""
    taken = {borrower.name} if borrower else set()
    if (m := _ADDRESSEE.search(work)) and m.group("name"):
        taken.add(m.group("name"))
    for pat in (_ISSUER_LINE, _LETTERHEAD, _SEALED):
        for m in pat.finditer(work):
            name = re.sub(r"^(?:[^：:\n]*[：:])", "", m.group("name")).strip()
            if name and name not in taken and not _SELF_REFERENCE.search(name):
                return PartyHit("lender", lender.label, name, m.start("name") + len(m.group("name")) - len(name),
                                m.end("name"), m.end("name"))
    return None


# a 债务确认书 is signed by the debtor who confirms: "确认人：沈丘县利民塑料制品厂（盖章）" (no role in brackets)
_CONFIRMER = re.compile(r"^[ \t]*确认人[ \t]*[：:][ \t]*(?P<name>[\u4e00-\u9fa5（）()]{4,38}?" + FIRM_SUFFIX
                        + r"|" + DOTTED_NAME + r"|[\u4e00-\u9fa5]{2,4}?)(?=[ \t]*(?:[（(]|$|身份证|[，,]))", re.MULTILINE)


def _confirming_borrower(work: str) -> PartyHit | None:
    if not _ACKNOWLEDGEMENT_TITLE.search(_title_head(work)):
        return None
    m = _CONFIRMER.search(work)
    return PartyHit("borrower", "确认人", m.group("name"), m.start("name"), m.end("name"), len(work)) if m else None


# a 借条 typed out inline (a chat's photo of it: "…2024年6月30日前还清本息。借款人：赵小军 2023.10.12"): the label
# after a sentence's end, a name alone after it (not "。借款人：应按时还款")
_INLINE_SIGNER = re.compile(r"(?<=[。；;])[ \t]*借款人[ \t]*[：:][ \t]*(?P<name>" + DOTTED_NAME + r"|[\u4e00-\u9fa5]{2,4}?)(?=[ \t]+\d|[ \t]*$|[ \t]*[，,。；;])",
                            re.MULTILINE)


def _inline_borrower(work: str) -> PartyHit | None:
    if not _IOU.search(work) or not (m := _INLINE_SIGNER.search(work)):
        return None
    return PartyHit("borrower", "借款人", m.group("name"), m.start("name"), m.end("name"), len(work))


def _addressed_borrower(work: str) -> PartyHit | None:
    if not re.search(_CONFIRMATION_TITLES + r"|催(?:款|收)|通知", _title_head(work)):
        return None
    m = _ADDRESSEE.search(work, 0, 300)
    if not m or not _YOU_BORROWED.search(work, m.end()):
        return None
    return PartyHit("borrower", "致", m.group("name"), m.start("name"), m.end("name"), m.end("name") + 60)


def extract_contract(text: str, *, rules: RuleSet | None = None, use_llm: bool = False, backend=None) -> LoanContract:
    """All fields the rules can read; with `use_llm`, the model may fill the wording fields still missing."""
    rules = rules or load_rule_set()
    terms = load_terms()
    work, back = reading_copy(normalise(text))
    out = LoanContract()
    hits = find_parties(work)
    lender = next((h for h in hits if h.role == "lender"), None) or find_iou_lender(work)
    borrower = next((h for h in hits if h.role == "borrower"), None) or _addressed_borrower(work) or _confirming_borrower(work) \
        or _inline_borrower(work)
    chat = chat_lines(work)
    if lender is None and borrower is None:
        chat_loan(work, chat, rules, out)
    if lender and _SELF_REFERENCE.fullmatch(lender.name):
        lender = _own_firm(work, lender, borrower) or lender
    if lender:
        out.lender = to_party(work, lender, rules)
    if borrower:
        out.borrower = to_party(work, borrower, rules)
    ticked = unticked(work)
    loan = restated_history(ticked)
    _restated_principal(loan, out)
    if not out.principal:
        _principal(loan, terms, out)
    _delivered(loan, terms, out)
    _dates(loan, terms, out, chat if loan == work else None)
    _rates(loan, terms, out)
    _header_row_terms(ticked, out)     # (a confirmation's table recites the loan: read it whole)
    _words(loan, terms, out)
    out.guarantees = find_guarantees(ticked, hits)
    out.guarantee_instrument = _guarantee_instrument(work)
    out.recital_instrument = bool(_RECITAL_TITLE.search(_title_head(work))) and bool(
        _RECITED_CONTRACT.search(work) or _RECITES_A_LOAN.search(work) or _RECITED_LOAN.search(work)
        or _RECITED_LOAN_ROW.search(work))
    # "王五自愿为上述债务提供保证担保…保证人：王五": a guarantee given in the paper itself is judged like any other
    case_paper = bool(_CASE_TITLE.search(_title_head(work)))
    out.guarantee_recited = out.recital_instrument and (case_paper or not _OWN_GUARANTEE.search(work))
    out.court_paper = case_paper and _court_sums(work)
    if simplified(text) != text:
        _names_as_written(text, work, back, out)
    _point_into(text, out, back)
    if use_llm:
        from agent.contracts.llm_fill import fill_with_llm

        fill_with_llm(text, out, rules=rules, backend=backend)
    return out


# where a court paper's operative part begins: "判决如下：", "双方当事人自愿达成如下协议："
_OPERATIVE = re.compile(r"(?:判决|裁决|裁定|调解)如下|达成(?:了)?如下(?:调解)?协议")


def _court_sums(work: str) -> bool:
    """A court paper (the caller has read its title) that fixes the sums owed, naming no rate of its own: the rate
    it recites is the old loan's.

    (a judgment that orders "按月利率2.5%计算至实际清偿之日" imposes that rate, which is checked like any other)"""
    op = _OPERATIVE.search(work)
    return not (op and find_rates(work[op.end():]))


def _names_as_written(text: str, work: str, back: list[int], out: LoanContract) -> None:
    """A document in traditional characters is read in simplified ones (segment.normalise); its people and firms
    keep the names they signed with (陳志強, not 陈志强)."""
    def written(name: str | None) -> str | None:
        at = work.find(name) if name else -1
        if at < 0:
            return name
        original = text[back[at]:back[at + len(name) - 1] + 1]
        return original if len(original) == len(name) else name

    for party in (out.lender, out.borrower):
        if party:
            party.value.name = written(party.value.name)
    for g in out.guarantees:
        g.value.guarantor = written(g.value.guarantor)


def _point_into(text: str, out: LoanContract, back: list[int]) -> None:
    """Evidence was found in the reading copy (segment.reading_copy): point each span into the original text and
    cut its quote from there. Each Evidence object once: one can sit in several fields (principal and currency)."""
    seen: set[int] = set()
    for ev in _evidence(out):
        if id(ev) in seen:
            continue
        seen.add(id(ev))
        start, end = (ev["start"], ev["end"]) if isinstance(ev, dict) else (ev.start, ev.end)
        start, end = back[start], (back[end - 1] + 1 if end > start else back[start])
        if isinstance(ev, dict):
            ev.update(start=start, end=end, quote=text[start:end])
        else:
            ev.start, ev.end, ev.quote = start, end, text[start:end]


def _evidence(out: LoanContract) -> Iterator[Evidence | dict]:
    """Every evidence item of the extraction: its fields' and its problems' (plain dicts)."""
    for name in type(out).model_fields:
        val = getattr(out, name)
        for item in val if isinstance(val, list) else [val]:
            yield from getattr(item, "evidence", None) or []
    for problem in out.problems:
        yield from problem.get("evidence") or []
