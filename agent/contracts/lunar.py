"""Chinese lunar (农历) dates → Gregorian: "二〇一九年腊月廿三" is 2020-01-17, "明年八月十五" the next 中秋.

A 借条 written in the countryside or before the New Year often carries only the lunar date. The calendar itself is the
`lunardate` package's (its tables follow the Purple Mountain Observatory's, lunar years 1900-2099); this module reads
the Chinese words for lunar months and days.
"""
from __future__ import annotations

import re
from datetime import date

from lunardate import LunarDate

_MONTH_NAMES = {"正": 1, "元": 1, "冬": 11, "腊": 12, "十一": 11, "十二": 12}
_DAY_TENS = {"初": 0, "十": 10, "廿": 20, "念": 20, "卅": 30, "三十": 30, "二十": 20}
_UNITS = "一二三四五六七八九"


def lunar_month(text: str) -> int | None:
    """正 → 1, 腊 → 12, 冬 → 11, 三 → 3, 十一 → 11, "8" → 8."""
    text = text.strip()
    if text.isdigit():
        n = int(text)
        return n if 1 <= n <= 12 else None
    if text in _MONTH_NAMES:
        return _MONTH_NAMES[text]
    if text == "十":
        return 10
    if len(text) == 1 and text in _UNITS:
        return _UNITS.index(text) + 1
    return None


def lunar_day(text: str) -> int | None:
    """初三 → 3, 十五 → 15, 廿三 → 23, 二十六 → 26, 三十 → 30, 初十 → 10."""
    text = text.strip()
    if text.isdigit():
        n = int(text)
        return n if 1 <= n <= 30 else None
    if text in ("初十", "十"):
        return 10
    if text in ("二十", "三十"):
        return _DAY_TENS[text]
    m = re.fullmatch(r"(初|十|廿|念|卅|二十|三十)([一二三四五六七八九])", text)
    if not m:
        return None
    n = _DAY_TENS[m.group(1)] + _UNITS.index(m.group(2)) + 1
    return n if 1 <= n <= 30 else None


def lunar_to_solar(year: int, month: int, day: int, leap: bool = False) -> date | None:
    """The Gregorian date of a lunar date, or None (outside 1900-2099, no such leap month, day past the month's end)."""
    try:
        solar = LunarDate(year, month, day, leap).to_solar_date()
    except (ValueError, IndexError):
        return lunar_to_solar(year, month, 29, leap) if day == 30 else None   # "腊月三十" of a 29-day 腊月: 除夕
    back = LunarDate.from_solar_date(solar.year, solar.month, solar.day)    # 三十 of a 29-day month rolls over
    if (back.year, back.month, back.day, bool(back.is_leap_month)) == (year, month, day, leap):
        return solar
    if day == 30:             # "腊月三十" said of a 29-day 腊月: the month's last day, 除夕
        return lunar_to_solar(year, month, 29, leap)
    return None


def lunar_year_of(d: date) -> int | None:
    """The lunar year a Gregorian date falls in (2020-01-17 → 2019: before 2020's 正月初一)."""
    try:
        return LunarDate.from_solar_date(d.year, d.month, d.day).year
    except (ValueError, IndexError):
        return None
