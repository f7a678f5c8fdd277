"""Loan terms as people say them in a chat: "借一万块一个月给一千利息", "借了10万，每月利息3000", "5w 一个月息300".

A contract writes 元 and 每月利息为人民币叁仟元; a credit officer retelling a borrower's story writes neither, so the
contract reader's amounts (which need 元 or ¥) miss them. Only the chat's rate check uses these readers, and only
to turn an interest amount per period into a rate when the same message says how much was lent.
"""
from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from agent.contracts.normalize import PERIODS, RateMention, annual_rate_from_amount
from agent.contracts.numerals import NumeralError, clean_decimal, cn_integer

_NUM = r"\d{1,12}(?:\.\d+)?\s*(?:万\d?|千|w|W|k|K)?|[零〇一二两三四五六七八九十百千万]{1,12}"
_YUAN = r"\s*(?:块钱|块|元|圆)?"
# a number followed by one of these is a duration or a count, not money ("借了3个月", "借了两年")
_NOT_MONEY = r"(?!\s*(?:个|年|月|天|日|期|次|号|多月|多年|周|星期))"
_PRINCIPAL = re.compile(rf"(?:本金|借了?|借给(?:他|她|我|人家|别人)?|借款|贷了?|放款|放了)\s*(?:人民币)?(?P<n>{_NUM}){_NOT_MONEY}{_YUAN}")
# "十万一个月", "五万一年": the last digit starts the next phrase
_TRAILING_DIGIT = re.compile(r"(?<=[十百千万])[一二两三四五六七八九]$")
_PERIOD_WORD = ("个", "年", "月", "天", "日")
_EACH = r"(?:每|一)个?(?P<period>月|年|天|日)\s*(?:要|就|得)?(?:给|付|还|交|收|算|拿|出)?\s*"
_INTEREST = (
    re.compile(rf"{_EACH}(?:利息|息|利)\s*(?:是|为|有)?\s*(?P<n>{_NUM}){_YUAN}"),
    re.compile(rf"{_EACH}(?P<n>{_NUM}){_YUAN}\s*(?:的)?(?:利息|息钱|息)"),
    re.compile(rf"(?:利息|息)\s*(?:是|为)?\s*(?:每|一)个?(?P<period>月|年|天|日)\s*(?P<n>{_NUM}){_YUAN}"),
)

# "一万块一个月三百", "十万一个月三千": the sum lent, the period and the interest, no word for interest at all (a
# repayment, "五万一个月还两千", is not it)
_BARE = re.compile(rf"(?P<p>{_NUM}){_YUAN}\s*(?:钱)?\s*(?:每|一)个?(?P<period>月|年|天|日)\s*(?:给|付|交|收|算)?\s*"
                   rf"(?P<n>{_NUM})(?![\d零〇一二两三四五六七八九十百千万.%％个年月天日期次号wWkK])(?:块钱|块|元|圆)?")


def spoken_amount(text: str, followed_by: str = "") -> Decimal | None:
    """"10万" → 100000, "3万6" → 36000, "5w" → 50000, "一千" → 1000, "3000" → 3000; None for what is not a number.
    `followed_by` is the text after it: "十万一个月" is 十万 then 一个月."""
    text = text.strip()
    m = re.fullmatch(r"(\d{1,12}(?:\.\d{1,6})?)\s*(万|千|w|W|k|K)?(\d)?", text)
    if m:
        unit = {"万": 10_000, "w": 10_000, "W": 10_000, "千": 1000, "k": 1000, "K": 1000, None: 1}[m.group(2)]
        tail = Decimal(m.group(3)) * unit / 10 if m.group(3) and m.group(2) == "万" else 0
        return clean_decimal(Decimal(m.group(1)) * unit + tail)
    if followed_by.lstrip().startswith(_PERIOD_WORD):
        text = _TRAILING_DIGIT.sub("", text)
    if len(text) > 12 or not text:          # no amount a chat names is spelt in more characters
        return None
    try:
        return Decimal(cn_integer(text))
    except NumeralError:
        return None


def lent_amount(text: str) -> Decimal | None:
    """How much the message says was lent ("本金20万", "借一万块", "借了10万"); 本金, when named, first."""
    found = [(m.group(0).startswith("本金"), m) for m in _PRINCIPAL.finditer(text)]
    for _, m in sorted(found, key=lambda x: not x[0]):
        value = spoken_amount(m.group("n"), text[m.end("n"):])
        if value and value > 0:
            return value
    return None


def spoken_interest(text: str) -> list[RateMention]:
    """Interest said as an amount per period ("一个月给一千利息"), each with its span; the rate needs the principal."""
    out: list[RateMention] = []
    for pattern in _INTEREST:
        for m in pattern.finditer(text):
            amount = spoken_amount(m.group("n"), text[m.end("n"):])
            if amount and not any(r.start <= m.start() < r.end for r in out):
                out.append(RateMention(m.start(), m.end(), m.group(0), "needs_principal", PERIODS[m.group("period")],
                                       amount=amount, message="interest stated as an amount per period"))
    return sorted(out, key=lambda r: r.start)


_LENDING = re.compile(r"借|贷|息|利|放款|拆|过桥|年化|合法|犯法|违法")
_NOT_INTEREST = re.compile(r"还款|还本|营业|利润|工资|房租|租金|收入|流水|开票|销售|成本|费用")


def bare_interest(text: str) -> list[RateMention]:
    """"一万块一个月三百": interest per period on the sum said just before it, as a rate — in a message about lending,
    and not where the figures are turnover, wages, rent or repayments ("营业额一百万一个月二十万利润")."""
    out: list[RateMention] = []
    if not _LENDING.search(text):
        return out
    for m in _BARE.finditer(text):
        if _NOT_INTEREST.search(text, max(0, m.start() - 8), min(len(text), m.end() + 8)):
            continue
        principal = spoken_amount(m.group("p"), text[m.end("p"):])
        amount = spoken_amount(m.group("n"), text[m.end("n"):])
        if principal and amount and 0 < amount < principal:
            mention = RateMention(m.start(), m.end(), m.group(0), "needs_principal", PERIODS[m.group("period")],
                                  amount=amount, message="interest stated as an amount per period on the sum lent")
            out.append(with_principal(mention, principal))
    return out


def with_principal(mention: RateMention, principal: Decimal) -> RateMention:
    """An amount-per-period mention turned into its annual rate on `principal`."""
    annual = annual_rate_from_amount(mention, principal)
    return replace(mention, status="ok", annual_rate=annual,
                   convention=f"利息{clean_decimal(mention.amount)}元 ÷ 本金{principal}元")
