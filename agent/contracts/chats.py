"""Read a typed-out chat (微信 / SMS record) as a loan: who asked, who paid, how much, on which day, due when.

A chat's lines come in three layouts — "全英爱 14:06：能借我五万不？" under day headers ("2024年8月10日"), each line
stamped ("【2024年2月14日 20:13】熊伟：…"), or bare "name：…" lines under a dated-and-timed header — and every reader
here takes them as one typed record, `ChatLine`. The loan is the day its money is asked for or sent; the days after
it (a reminder, a plea for time) are later notes.
"""
from __future__ import annotations

import calendar
import re
from datetime import date
from decimal import Decimal
from typing import NamedTuple

from agent.contracts.normalize import cn_integer, find_amounts, find_dates
from agent.contracts.numerals import WRITTEN_DATE, NumeralError, parse_amount
from agent.contracts.parties import DOTTED_NAME, PartyHit, to_party
from agent.contracts.schemas import Extracted, LoanContract
from agent.contracts.segment import evidence
from agent.rules.loader import RuleSet

_SPEAKER = DOTTED_NAME + r"|[\u4e00-\u9fa5]{2,4}"
_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?"
# a day as a chat prints it, before its clock time: "2024年2月14日", "2024年2月14日 星期三"
_DAY = WRITTEN_DATE + r"[ \t]*(?:星期.|周.)?[ \t]*"

_CHAT_LINE = re.compile(r"^[ \t]*(?P<who>" + _SPEAKER + r")[ \t]*(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[ \t]*)?" + _CLOCK
                        + r"[ \t]*[：:](?P<said>[^\n]*)$", re.MULTILINE)
DAY_HEADER = re.compile(r"^[ \t]*" + _DAY + r"(?:" + _CLOCK + r")?[ \t]*$", re.MULTILINE)
# A chat printed with the time on its own line over the messages ("2023年12月5日 10:12\n包海军：孟哥，借我5万…"): the
# speakers' lines carry no time. Read as chat lines only under such a dated-and-timed header, never a contract's
# "甲方：张三" (no header with a clock time above it) nor a role word.
_TIMED_HEADER = re.compile(r"^[ \t]*" + _DAY + _CLOCK + r"[ \t]*$", re.MULTILINE)
_BARE_CHAT_LINE = re.compile(r"^[ \t]*(?P<who>" + _SPEAKER + r")[ \t]*[：:](?P<said>[^\n]*)$", re.MULTILINE)
_ROLE_WORD = re.compile(r"[甲乙丙丁]方|借款人|出借人|贷款人|保证人|担保人|债权人|债务人|见证人|经办人|地址|电话|身份证|日期|备注")
# ("能借我五万不", and the ask said to the lender: "想找你借两万块钱", "跟你借三千" — not "借给你3000块", the lender)
_CHAT_ASK = re.compile(r"(?:借(?:给|予)?(?:我|俺)|(?:找|跟|向|问|和)(?:你|您)借)(?:点|些)?(?:钱)?(?:人民币)?(?P<sum>(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千万]+)(?:万|千|块|元|百)(?:块|元|块钱)?)")
# ("[转账] ¥30000.00", and a transfer notice naming both sides: "[转账] 汪涛向熊伟转账 ¥20,000.00")
_CHAT_SENT = re.compile(r"\[(?:转账|转帐)\][ \t]*(?:[\u4e00-\u9fa5·・]{2,8}?向(?P<payee>[\u4e00-\u9fa5·・]{2,8}?)转[账帐][ \t]*)?(?P<sum>[¥￥][ \t]*\d[\d,]*(?:\.\d+)?)")
_CHAT_DUE = re.compile(r"下个?月(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})(?:号|日)[^，。；？！\n]{0,8}?还")
# "2月8号前连本带利还你", "2024年2月8号还": a month and day said in the chat as the day to pay back (the next such
# day on or after the loan's day when no year is said); not "2月8号收到了" (no 还), nor "还了2月8号" (还 before it),
# nor 还 as "still" or a refusal: "3月5号还在呼市", "5月1号还要交房租", "6月30号前肯定还不上"
_CHAT_DUE_DAY = re.compile(r"(?:(?P<y>\d{4})年)?(?P<m>\d{1,2})月(?P<d>\d{1,2})(?:号|日)(?:前|之前|以前)?"
                           r"(?:(?!不|没|已)[^，。；？！\n]){0,8}?还(?:给)?(?=你|您|他|她|钱|款|清|上|完|回|[。！!，,~～ \t]|$)")
# A chat printed with the day and time stamped on each line: "【2024年2月14日 20:13】熊伟：…", "[2024-02-14 20:13] 熊伟：…";
# a transfer notice on such a line names who paid: "【…】[转账] 汪涛向熊伟转账 ¥20,000.00" (the payer speaks it)
# (the reading copy drops the 【】: "2024年2月14日 20:13熊伟：…"; an export puts the name first: "熊伟 2024/2/14 20:13：…")
STAMPED_LINE = re.compile(r"^[ \t]*(?:(?P<lead>" + _SPEAKER + r")[ \t]+)?"
                          r"[【\[]?(?P<stamp>" + _DAY + _CLOCK + r")[ \t]*[】\]]?[ \t]*"
                          r"(?:(?(lead)|(?P<who>" + _SPEAKER + r")[ \t]*)[：:](?P<said>[^\n]*)"
                          r"|(?P<notice>\[(?:转账|转帐)\][ \t]*(?P<payer>" + DOTTED_NAME + r"|[\u4e00-\u9fa5]{2,4}?)向[^\n]*))$",
                          re.MULTILINE)
# the speaker named before a line's day, with or without a clock time: "余长江 2024/10/1 18:40：…", "余长江 2024年10月1日：…"
_LEAD_SPEAKER = re.compile(r"[ \t]*(?P<who>[\u4e00-\u9fa5·・]{2,8})[ \t]+\d")
# the speaker of a stamped chat line: "2024年10月1日 18:40 程德贵：…" (after the day and the time)
_LINE_SPEAKER = re.compile(r"(?:" + _CLOCK + r"|日)[ \t]*[】\]]?[ \t]*(?P<who>[^：:\n，。]{2,8}?)[ \t]*[：:]")


class ChatLine(NamedTuple):
    """One message of a chat: who said it and what, with the spans evidence points to. A transfer notice on a
    stamped line ("[转账] 汪涛向熊伟转账 ¥20,000.00") is said by its payer."""
    who: str
    said: str
    start: int              # the line's start
    end: int                # the line's end
    who_span: tuple[int, int]
    said_span: tuple[int, int]

    @classmethod
    def of(cls, m: re.Match, who: str = "who", said: str = "said") -> ChatLine:
        return cls(m.group(who), m.group(said), m.start(), m.end(), m.span(who), m.span(said))


def _stamped(m: re.Match) -> ChatLine:
    if m.group("said") is None:
        return ChatLine.of(m, "payer", "notice")
    return ChatLine.of(m, "lead" if m.group("lead") else "who")


def _stamped_lines(work: str) -> list[ChatLine]:
    """Stamped lines with a speaker; a form's stamped row ("【…】经办：收到还款") names a role, not a person."""
    return [line for line in map(_stamped, STAMPED_LINE.finditer(work)) if line.who and not _ROLE_WORD.search(line.who)]


def chat_lines(work: str) -> list[ChatLine]:
    """A chat's message lines: "name 10:12：…", "【2024年2月14日 20:13】name：…", or "name：…" under a
    "2023年12月5日 10:12" header (fewer than three: no chat)."""
    lines = [ChatLine.of(m) for m in _CHAT_LINE.finditer(work)]
    if len(lines) >= 3:
        return lines
    stamped = _stamped_lines(work)
    if len(stamped) >= 3 and len({line.who for line in stamped}) >= 2:
        return stamped
    heads = list(_TIMED_HEADER.finditer(work))
    if len(heads) < 2:
        return lines
    bare = [ChatLine.of(m) for m in _BARE_CHAT_LINE.finditer(work, heads[0].end()) if not _ROLE_WORD.search(m.group("who"))]
    return bare if len({line.who for line in bare}) >= 2 else lines


def chat_loan_at(lines: list[ChatLine]) -> int | None:
    """Where a chat's loan is made (the ask or the transfer), when the text is a chat of three or more lines."""
    if len(lines) < 3:
        return None
    return next((line.start for line in lines if _CHAT_ASK.search(line.said) or _CHAT_SENT.search(line.said)), None)


def chat_next_day(work: str, lines: list[ChatLine]) -> int | None:
    """Where the first day after a chat's loan begins (a reminder after the loan's day is a note, not the loan)."""
    at = chat_loan_at(lines)
    if at is None:
        return None
    if own := STAMPED_LINE.match(work, at):       # stamped lines: the first of a later day
        day = [d.value for d in find_dates(own.group("stamp")) if d.value][:1]
        nxt = next((m for m in STAMPED_LINE.finditer(work, at) if day
                    and any(d.value and d.value > day[0] for d in find_dates(m.group("stamp")))), None)
    else:
        nxt = DAY_HEADER.search(work, at)
    return nxt.start() if nxt else None


def chat_loan(work: str, lines: list[ChatLine], rules: RuleSet, out: LoanContract) -> None:
    """The parties, sum, day and due day of a loan made in a chat: the one who asks to borrow ("能借我五万不") is the
    borrower, the other speaker ("[转账] ¥50000.00") the lender."""
    at = chat_loan_at(lines)
    if at is None:
        return
    ask = next((line for line in lines if _CHAT_ASK.search(line.said)), None)
    sent = next((line for line in lines if _CHAT_SENT.search(line.said)), None)
    speakers = list(dict.fromkeys(line.who for line in lines))
    if ask and (money := next((line for line in lines if _CHAT_SENT.search(line.said) and line.who != ask.who), None)):
        borrower, lender, sent = ask.who, money.who, money    # a group chat: who asked, who paid
    elif len(speakers) == 2 and (ask or sent):
        borrower = ask.who if ask else next(w for w in speakers if w != sent.who)
        lender = next(w for w in speakers if w != borrower)
    else:
        return
    # a notice naming the payee who speaks in the chat ("[转账] 罗德明向冯国强转账 ¥15,000.00") names the borrower,
    # whoever asked for him ("国强想找你借一万五" said by a go-between in a group chat)
    notice = _CHAT_SENT.search(sent.said) if sent and sent.who == lender else None
    if notice and notice.group("payee") in speakers and notice.group("payee") != lender:
        borrower = notice.group("payee")
    first = {w: next(line for line in lines if line.who == w) for w in speakers}
    for role, name in (("lender", lender), ("borrower", borrower)):
        if getattr(out, role) is None:
            line = first[name]
            setattr(out, role, to_party(work, PartyHit(role, "微信", name, *line.who_span, line.end), rules))
    source = sent if sent and sent.who == lender else None
    said = _CHAT_SENT.search(source.said) if source else None
    sums = [a.value for a in find_amounts(said.group("sum"))] if said else []
    if not sums and ask and (a := _CHAT_ASK.search(ask.said)):
        try:
            said_sum = a.group("sum").replace("块钱", "元").replace("块", "元")
            sums = [parse_amount(said_sum if said_sum.endswith("元") else said_sum + "元")]
        except (NumeralError, ValueError):
            sums = []
    if sums and not out.principal:
        where = (source or ask)
        out.principal = Extracted[Decimal](value=sums[0], evidence=[evidence(work, *where.said_span)],
                                           note="the sum lent in the chat")
        if source and not out.amount_delivered:
            out.amount_delivered = Extracted[Decimal](value=sums[0], evidence=[evidence(work, *source.said_span)],
                                                      note="the transfer the chat records")
    day = None
    for h in DAY_HEADER.finditer(work, 0, at):
        day = h
    span = (day.start(), day.end()) if day else None
    if (own := STAMPED_LINE.match(work, at)):       # "【2024年2月14日 20:13】…": the line's own day
        span = own.span("stamp")
    ds = [d for d in find_dates(work[span[0]:span[1]]) if d.value] if span else []
    if not ds:
        return
    ev = [evidence(work, *span)]
    out.contract_date = Extracted[date](value=ds[0].value, evidence=ev, note="the day the loan was made in the chat")
    if source or ask:
        out.start_date = Extracted[date](value=ds[0].value, evidence=ev, note="the day the money was asked for and sent")
    _chat_due(work, [line for line in lines if line.start >= at], ds[0].value, ev, out)


def _chat_due(work: str, after: list[ChatLine], lent: date, ev: list, out: LoanContract) -> None:
    """The day to pay back as said in the chat on or after the loan: "下个月15号还", "2月8号前连本带利还你"."""
    due = next((m for m in (_CHAT_DUE.search(line.said) for line in after) if m), None)
    if due and not out.end_date:
        n = int(due.group("d")) if due.group("d").isdigit() else cn_integer(due.group("d"))
        y, mo = (lent.year + lent.month // 12, lent.month % 12 + 1)
        if 1 <= n <= calendar.monthrange(y, mo)[1]:
            out.end_date = Extracted[date](value=date(y, mo, n), evidence=ev, note="due 下个月N号, said in the chat")
    elif not out.end_date and (dd := next((m for m in (_CHAT_DUE_DAY.search(work, *line.said_span) for line in after) if m), None)):
        mo, n = int(dd.group("m")), int(dd.group("d"))
        y = int(dd.group("y")) if dd.group("y") else (lent.year if (mo, n) >= (lent.month, lent.day) else lent.year + 1)
        if 1 <= mo <= 12 and 1 <= n <= calendar.monthrange(y, mo)[1] and date(y, mo, n) >= lent:
            out.end_date = Extracted[date](value=date(y, mo, n), evidence=[evidence(work, dd.start(), dd.end())],
                                           note="the day to pay back, said in the chat")


def promised_by_debtor(line: str, out: LoanContract) -> bool:
    """A promise to pay counts as the debtor's acknowledgement (民法典 第195条) only when he says it: a stamped line
    spoken by the lender ("余长江：…我保证不催你") or by a go-between ("…说他一定还你") acknowledges nothing."""
    said = _LINE_SPEAKER.search(line)
    lead = _LEAD_SPEAKER.match(line)       # "余长江 2024/10/1 18:40：…", "余长江 2024年10月1日：…": the name before the day
    if not (said or lead):
        return not re.search(r"说|讲|称", line)
    who, what = (lead or said).group("who").strip(), line[said.end():] if said else line[lead.end():]
    if re.search(r"保证人|担保人|出借人|债权人|[他她]说|说[他她]", who + what):
        return False
    lender = out.lender.value.name if out.lender else ""
    return not (lender and (lender in who or who in lender))
