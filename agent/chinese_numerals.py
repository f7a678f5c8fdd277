"""The one table of Chinese digits and units that both numeral readers use.

`agent/contracts/numerals.py` reads contracts leniently (OCR's Ｏ, colloquial 幺 and 兩, a stray 0 among Han
digits); `agent/invoices/capital_numerals.py` reads the 大写 amount of an invoice strictly and leaves those out.
"""
from __future__ import annotations

DIGIT_VALUE: dict[str, int] = {
    "零": 0, "〇": 0, "○": 0, "Ｏ": 0, "0": 0,
    "一": 1, "壹": 1, "幺": 1, "二": 2, "贰": 2, "貳": 2, "两": 2, "兩": 2, "三": 3, "叁": 3, "叄": 3, "參": 3, "参": 3,
    "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "陸": 6, "七": 7, "柒": 7, "八": 8, "捌": 8,
    "九": 9, "玖": 9,
}
LENIENT_DIGITS = frozenset("Ｏ0幺兩参")   # accepted in contract prose (参 from a traditional 參 read in simplified), never in an invoice's capital amount
SMALL_UNIT: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG_UNIT: dict[str, int] = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}
