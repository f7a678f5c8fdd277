"""Chinese capital amounts (人民币大写, e.g. 壹万零贰拾叁元肆角伍分) to Decimal and back.

Invoices print 价税合计 both in figures and in capitals; the two must agree, so we need an exact parser
(accepting the usual variants: 圆/元, 正/整, 拾 without 壹, 万/萬, 亿/億, 负数 prefix) and a canonical writer
following the 《正确填写票据和结算凭证的基本规定》 conventions.
"""
from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from agent.chinese_numerals import BIG_UNIT, DIGIT_VALUE, LENIENT_DIGITS, SMALL_UNIT

DIGITS = "零壹贰叁肆伍陆柒捌玖"
_DIGIT_VALUE = {c: v for c, v in DIGIT_VALUE.items() if c not in LENIENT_DIGITS}
_SMALL_UNIT = SMALL_UNIT
_BIG_UNIT = BIG_UNIT
_POS = ["", "拾", "佰", "仟"]
_GROUP = ["", "万", "亿"]
MAX_AMOUNT = Decimal("999999999999.99")

_PREFIX = re.compile(r"^(?:人民币|RMB|¥|￥|[ⓧ⊗×])*")
_NEGATIVE = re.compile(r"^[（(]?负数?[)）]?")


class CapitalNumeralError(ValueError):
    """The text is not a well-formed capital amount."""


def write_capital(amount: Decimal | int | str) -> str:
    """Canonical 大写 for an amount in yuan: 1680.32 -> 壹仟陆佰捌拾元叁角贰分, 0 -> 零元整, -5 -> 负伍元整."""
    value = Decimal(str(amount)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    if abs(value) > MAX_AMOUNT:
        raise CapitalNumeralError(f"amount {value} exceeds {MAX_AMOUNT}")
    sign = "负" if value < 0 else ""
    cents = int(abs(value) * 100)
    yuan, jiao, fen = cents // 100, (cents // 10) % 10, cents % 10
    if cents == 0:
        return "零元整"
    text = _write_integer(yuan) + "元" if yuan else ""
    if jiao == 0 and fen == 0:
        return sign + text + "整"
    if jiao:
        text += DIGITS[jiao] + "角"
    elif yuan:
        text += "零"
    if fen:
        text += DIGITS[fen] + "分"
    return sign + text


def _write_integer(n: int) -> str:
    """Integer part with 亿/万 groups; one 零 stands for any run of zeros inside the number."""
    digits = str(n)
    out: list[str] = []
    zero = False
    for i, ch in enumerate(digits):
        pos = len(digits) - 1 - i
        d = int(ch)
        if d:
            if zero:
                out.append("零")
                zero = False
            out.append(DIGITS[d] + _POS[pos % 4])
        else:
            zero = True
        if pos % 4 == 0 and pos > 0:
            group = digits[max(0, i - 3) : i + 1]
            if int(group):
                out.append(_GROUP[pos // 4])
                # 壹拾万柒仟: a zero on the group's own unit position needs no 零 before the next group
                zero = False
    return "".join(out)


def parse_capital(text: str) -> Decimal:
    """Parse a capital amount into Decimal yuan; raise CapitalNumeralError on anything malformed."""
    s = re.sub(r"\s+", "", text or "")
    s = _PREFIX.sub("", s)
    negative = False
    m = _NEGATIVE.match(s)
    if m and m.group(0):
        negative = True
        s = s[m.end():]
    s = _PREFIX.sub("", s).replace("圆", "元").replace("圓", "元").replace("正", "整")
    if not s:
        raise CapitalNumeralError(f"empty capital amount: {text!r}")
    if "元" in s:
        int_part, _, frac_part = s.partition("元")
        if "元" in frac_part:
            raise CapitalNumeralError(f"元 appears twice in {text!r}")
        if not int_part:
            raise CapitalNumeralError(f"no figure before 元 in {text!r}")
        yuan = _parse_integer(int_part, text)
    else:
        if not re.search(r"[角分]", s):
            raise CapitalNumeralError(f"no 元, 角 or 分 in {text!r}")
        yuan, frac_part = 0, s
    cents = yuan * 100 + _parse_fraction(frac_part, text)
    value = Decimal(cents) / 100
    return (-value if negative else value).quantize(Decimal("0.01"))


def _parse_integer(s: str, original: str) -> int:
    total = 0       # finished 亿 groups
    group = 0       # value inside the current 万 group, before multiplying
    section = 0     # value inside the current 4-digit section
    digit: int | None = None
    last_small = 10**4
    last_big = 10**9
    for ch in s:
        if ch in _DIGIT_VALUE:
            d = _DIGIT_VALUE[ch]
            if d == 0:
                if digit:
                    raise CapitalNumeralError(f"零 right after a digit in {original!r}")
                continue
            if digit:
                raise CapitalNumeralError(f"two digits without a unit in {original!r}")
            digit = d
        elif ch in _SMALL_UNIT:
            unit = _SMALL_UNIT[ch]
            if unit >= last_small:
                raise CapitalNumeralError(f"units out of order at {ch!r} in {original!r}")
            if digit is None and not (unit == 10 and section == 0):
                raise CapitalNumeralError(f"unit {ch!r} without a digit in {original!r}")
            section += (digit or 1) * unit
            digit, last_small = None, unit
        elif ch in _BIG_UNIT:
            unit = _BIG_UNIT[ch]
            value = section + (digit or 0)
            if unit >= last_big or value == 0:
                raise CapitalNumeralError(f"misplaced {ch!r} in {original!r}")
            if unit == 10**8:
                total = (total + group + value) * unit
                group = 0
            else:
                group += value * unit
            section, digit, last_small, last_big = 0, None, 10**4, unit
        else:
            raise CapitalNumeralError(f"unexpected character {ch!r} in {original!r}")
    return total + group + section + (digit or 0)


_FRACTION = re.compile(r"^(?:零)?(?:([零壹贰叁肆伍陆柒捌玖一二三四五六七八九〇])角)?(?:零)?(?:([壹贰叁肆伍陆柒捌玖一二三四五六七八九])分)?(整)?$")


def _parse_fraction(s: str, original: str) -> int:
    m = _FRACTION.match(s)
    if not m:
        raise CapitalNumeralError(f"malformed 角/分 part {s!r} in {original!r}")
    jiao, fen, whole = m.groups()
    if fen and whole:
        raise CapitalNumeralError(f"整 after 分 in {original!r}")
    if s and not (jiao or fen or whole):
        raise CapitalNumeralError(f"malformed 角/分 part {s!r} in {original!r}")
    return (_DIGIT_VALUE[jiao] * 10 if jiao else 0) + (_DIGIT_VALUE[fen] if fen else 0)
