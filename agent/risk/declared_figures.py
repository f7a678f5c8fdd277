"""The figures a borrower's own sentence about its business gives: an amount, the months it covers, a headcount.

"我司2025年开票收入约3,260万元", "近六个月月均销售额80万", "our turnover last year was RMB 18 million",
"公司现有员工86人": read deterministically so the record cross-check (agent/risk/crosscheck.py) compares like with like
— the same months, a monthly average with a monthly average. Anything not read stays None; nothing is guessed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from agent.chinese_numerals import BIG_UNIT
from agent.contracts.numerals import NumeralError, cn_integer, find_amounts
from agent.risk.months import month_index, month_start

# an amount with 万/亿 but no 元 ("开票约3,260万"), unless it counts something else (万人, 万吨, 万件 …)
_WAN = re.compile(r"(?<![\d.])(\d[\d,]*(?:\.\d+)?)\s*(亿|万)(?!\s*[人名户吨件台套平亩股次笔个只头张kK])")
_CN_WAN = re.compile(r"([零〇一二两三四五六七八九十百千]+)\s*(亿|万)(?=\s*(?:元|块|左右|多|余|以上|上下|$|[，。,.；;）)]))")
_EN = re.compile(r"(?:RMB|CNY|¥|￥)\s*(\d[\d,]*(?:\.\d+)?)\s*(billion|million|thousand|bn|mn|m|k)?\b", re.I)
_EN_UNIT = {"billion": 10**9, "bn": 10**9, "million": 10**6, "mn": 10**6, "m": 10**6, "thousand": 1000, "k": 1000}
_CN_N = r"[一二两三四五六七八九十]{1,3}|\d{1,2}"
_TRAILING = re.compile(rf"(?:近|最近|过去|前)\s*({_CN_N})\s*个?月|(?:last|past|previous)\s+(\d{{1,2}}|twelve|six|three)\s+months", re.I)
# a founding year is not the period of a figure ("成立于2015年，年销售额…")
_FOUNDED = re.compile(r"(?:成立|注册|设立|创办|创立|始建)(?:于|在)?\s*20\d{2}\s*年?|"
                      r"(?:founded|established|incorporated|since)\s+(?:in\s+)?20\d{2}", re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)(20\d{2})\s*(?:年度?|财年)(?!\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号])|FY\s*(20\d{2})|(?:in|for|during)\s+(20\d{2})\b", re.I)
_MONTH_RANGE = re.compile(rf"({_CN_N})\s*[-－—~～至到]\s*({_CN_N})\s*月")
# "截至2026年3月31日" / "as of March 2026": the figure's window ends there, not at the data's latest month
_AS_OF = re.compile(r"(?:截至|截止(?:到|至)?|as (?:of|at))\s*(20\d{2})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?|"
                    r"as (?:of|at)\s+(?:(\d{1,2})\s+)?([A-Z][a-z]+)\s+(?:(\d{1,2}),?\s+)?(20\d{2})", re.I)
_MONTH_NAMES = {name: n for n, name in enumerate(("january", "february", "march", "april", "may", "june", "july",
                                                   "august", "september", "october", "november", "december"), 1)}
_THIS_YEAR = re.compile(r"今年|本年|this year|year to date|YTD", re.I)
_LAST_YEAR = re.compile(r"去年|上年|上一年|last year|prior year", re.I)
_PER_MONTH = re.compile(r"月均|每月|平均每个?月|per month|a month|monthly", re.I)
_HEADCOUNT = re.compile(r"(?:员工|职工|在职人员|用工|雇员|工人)[^\d，。,；;]{0,6}(\d{1,6})\s*(?:人|名)|"
                        r"(\d{1,6})\s*(?:名|个)?(?:员工|职工|工人)|(\d{1,6})\s+(?:employees|staff|workers)", re.I)
_EN_WORDS = {"twelve": 12, "six": 6, "three": 3}


@dataclass(frozen=True)
class Window:
    """Months [first, last] (first days) a declared figure covers, and how to say it."""

    first: date
    last: date
    label: str

    @property
    def months(self) -> list[date]:
        return [month_start(self.last, b) for b in range(month_index(self.last) - month_index(self.first) + 1)]


def _number(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    if text.lower() in _EN_WORDS:
        return _EN_WORDS[text.lower()]
    try:
        return cn_integer(text)
    except NumeralError:
        return None


def declared_amount(text: str) -> Decimal | None:
    """The largest money amount the sentence states (元 and 万/亿 amounts, Chinese numerals, RMB … million)."""
    values = [a.value for a in find_amounts(text) if a.currency == "CNY"]
    for mt in _WAN.finditer(text):
        values.append(Decimal(mt.group(1).replace(",", "")) * BIG_UNIT[mt.group(2)])
    for mt in _CN_WAN.finditer(text):
        try:
            values.append(Decimal(cn_integer(mt.group(1))) * BIG_UNIT[mt.group(2)])
        except NumeralError:
            pass
    for mt in _EN.finditer(text):
        values.append(Decimal(mt.group(1).replace(",", "")) * _EN_UNIT.get((mt.group(2) or "").lower(), 1))
    return max(values) if values else None


def stated_end(text: str) -> date | None:
    """The last whole month of a "截至 date" the sentence names: a date inside a month (截至3月15日) ends the month
    before, since the records are whole months; a month's last days or a bare month end that month."""
    mt = _AS_OF.search(text)
    if mt is None:
        return None
    if mt.group(1):
        year, month, day = int(mt.group(1)), int(mt.group(2)), int(mt.group(3)) if mt.group(3) else None
    else:
        month = _MONTH_NAMES.get(mt.group(5).lower())
        if month is None:
            return None
        year, found_day = int(mt.group(7)), mt.group(4) or mt.group(6)
        day = int(found_day) if found_day else None
    if not 1 <= month <= 12:
        return None
    first = date(year, month, 1)
    return month_start(first, 1) if day is not None and day < 28 else first


def declared_window(text: str, as_of: date) -> Window:
    """The months a sentence's figure covers, ending no later than the month of `as_of` or a "截至" date it names:
    a calendar year named (近N个月 first; then 2025年度, FY2025 — with 1-9月 only those months —, 今年 / 去年), else
    the trailing twelve months."""
    end = month_start(as_of)
    stated = stated_end(text)
    prefix = ""
    if stated is not None and stated < end:
        end, prefix = stated, f"截至{stated.year}年{stated.month}月的"
        as_of = stated
    text = _AS_OF.sub("", text)
    if (mt := _TRAILING.search(text)) and (n := _number(mt.group(1) or mt.group(2))) and 1 <= n <= 36:
        return Window(month_start(as_of, n - 1), end, f"{prefix}近 {n} 个月")
    year = next((int(g) for mt in _YEAR.finditer(_FOUNDED.sub("", text)) for g in mt.groups() if g), None)
    if year is None and _LAST_YEAR.search(text):
        year = as_of.year - 1
    if year is None and _THIS_YEAR.search(text):
        year = as_of.year
    if year is not None and date(year, 1, 1) <= end:
        lo, hi = 1, 12
        if (rng := _MONTH_RANGE.search(text)) and (a := _number(rng.group(1))) and (b := _number(rng.group(2))):
            lo, hi = max(1, min(a, b)), min(12, max(a, b))
        first, last = date(year, lo, 1), min(date(year, hi, 1), end)
        label = f"{year}年" + (f"{lo}-{hi}月" if (lo, hi) != (1, 12) else "")
        return Window(first, max(last, first), label)
    return Window(month_start(as_of, 11), end, f"{prefix}近 12 个月")


def per_month(text: str) -> bool:
    """The figure is a monthly average (月均, 每月, per month), to be compared with the records' monthly average."""
    return bool(_PER_MONTH.search(text))


def declared_headcount(text: str) -> int | None:
    """员工86人 / 86名员工 / 86 employees."""
    for mt in _HEADCOUNT.finditer(text):
        n = next(int(g) for g in mt.groups() if g)
        if n > 0:
            return n
    return None
