"""Chinese numerals, money amounts and dates as contracts write them, read deterministically.

Each finder returns matches with their character span so a caller can cite the text; anything that
cannot be read unambiguously comes back with a status saying so instead of a guessed value.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from agent.chinese_numerals import BIG_UNIT, DIGIT_VALUE, SMALL_UNIT

_DIGIT = DIGIT_VALUE
_SMALL = SMALL_UNIT
_BIG = BIG_UNIT
_CN_DIGITS = "".join(ch for ch in _DIGIT if not ch.isascii())
CN_NUM_CHARS = _CN_DIGITS + "".join(_SMALL) + "".join(_BIG)


class NumeralError(ValueError):
    """Text that looks numeric but cannot be read as one number."""


def cn_integer(text: str) -> int:
    """壹拾万 → 100000, 一万五 → 15000 (colloquial tail), 二〇二三 → 2023 (digit by digit)."""
    text = text.strip()
    if not text:
        raise NumeralError("empty numeral")
    if text.isdigit():
        return int(text)
    if all(ch in _DIGIT for ch in text) and len(text) > 1:
        return int("".join(str(_DIGIT[ch]) for ch in text))
    total, section, current = 0, 0, 0
    last_unit = 0
    for ch in text:
        if ch in _DIGIT:
            current = _DIGIT[ch]
        elif ch in _SMALL:
            section += (current or 1) * _SMALL[ch]
            current, last_unit = 0, _SMALL[ch]
        elif ch in _BIG:
            unit = _BIG[ch]
            if unit == 100_000_000:
                total = (total + section + current) * unit
            else:
                total += (section + current) * unit
            section, current, last_unit = 0, 0, unit
        else:
            raise NumeralError(f"not a Chinese numeral: {text!r}")
    # 一万五 = 15000, 三千五 = 3500: a bare last digit right after a unit counts in the next lower unit.
    if current and last_unit >= 100 and text[-2] not in "零〇" and text[-1] in _DIGIT:
        current *= last_unit // 10
    return total + section + current


def cn_decimal(text: str) -> Decimal:
    """十二 → 12, 一点五 → 1.5, 15.4 → 15.4, 十五点四 → 15.4."""
    text = text.strip()
    try:
        return Decimal(text)
    except InvalidOperation:
        pass
    whole, sep, frac = text.partition("点")
    value = Decimal(cn_integer(whole)) if whole else Decimal(0)
    if sep:
        if not frac or any(ch not in _DIGIT for ch in frac):
            raise NumeralError(f"not a decimal numeral: {text!r}")
        value += Decimal("0." + "".join(str(_DIGIT[ch]) for ch in frac))
    return value


# --- money ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class AmountMatch:
    value: Decimal
    start: int
    end: int
    text: str
    form: str            # "arabic" or "chinese"
    currency: str = "CNY"


# The currency word or symbol written before an amount; no word means yuan.
_CURRENCIES = {"人民币": "CNY", "RMB": "CNY", "CNY": "CNY", "美元": "USD", "美金": "USD", "USD": "USD", "US$": "USD", "$": "USD",
               "港币": "HKD", "港幣": "HKD", "港元": "HKD", "港圓": "HKD", "HKD": "HKD", "HK$": "HKD", "新台币": "TWD",
               "新臺幣": "TWD", "台币": "TWD", "臺幣": "TWD", "NTD": "TWD",
               "TWD": "TWD", "NT$": "TWD", "欧元": "EUR", "EUR": "EUR", "€": "EUR", "日元": "JPY", "JPY": "JPY"}
_CUR = "|".join(re.escape(k) for k in sorted(_CURRENCIES, key=len, reverse=True) if k != "$")

# (spaces are matched possessively and a Chinese numeral only from its first character: a form padded with
# hundreds of blanks, or a long run of numerals, is read in linear time)
_ARABIC_AMOUNT = re.compile(
    rf"(?P<cur>{_CUR})?\s*+(?:[（(]?\s*+小写\s*+[）)]?\s*+[:：]?\s*+)?(?P<sym>[¥￥$])?\s*+"
    r"(?P<num>(?<![\d,])(?:\d{1,3}(?:,\d{3}){1,5}|\d{1,15})(?:\.\d{1,10})?(?![\d,]))\s*+(?P<unit>亿|万|千)?\s*+(?P<yuan>元|圆|块)?"
)
_CN_AMOUNT = re.compile(
    rf"(?P<cur>{_CUR})?\s*+(?:[（(]\s*+大写\s*+[）)]|大写)?\s*+[:：]?\s*+"
    rf"(?<![\d.,{CN_NUM_CHARS}])(?P<int>[{_CN_DIGITS}十拾][{CN_NUM_CHARS}]*+)(?P<yuan>元|圆)(?:(?P<jiao>[{_CN_DIGITS}])角)?(?:(?P<fen>[{_CN_DIGITS}])分)?(?P<zheng>整|正)?"
)


def clean_decimal(v: Decimal) -> Decimal:
    """15000.0 → 15000, 0.2400 → 0.24: one spelling per value, so equal values print alike."""
    return v.quantize(Decimal(1)) if v == v.to_integral_value() else v.normalize()


def find_amounts(text: str) -> list[AmountMatch]:
    """Every money amount in `text`: ¥100,000.00, 100,000元, 10万元, 1.5万元, 壹拾万元整, 人民币伍万元."""
    out: list[AmountMatch] = []
    for m in _ARABIC_AMOUNT.finditer(text):
        if not (m.group("sym") or m.group("yuan") or m.group("cur")) or (
                not (m.group("sym") or m.group("yuan")) and (text[m.end():m.end() + 1] or "x") in "年月日号-/"):
            continue  # a bare number is not money; "人民币2020年" is a date
        if m.start("num") > 0 and text[m.start("num") - 1] in ".-/":
            continue  # tail of a date such as 2023.3.1
        value = Decimal(m.group("num").replace(",", ""))
        unit = m.group("unit")
        value *= {"亿": 100_000_000, "万": 10_000, "千": 1000, None: 1}[unit]
        currency = _CURRENCIES.get(m.group("cur") or m.group("sym") or "", "CNY")
        start = m.start("cur") if m.group("cur") else (m.start("sym") if m.group("sym") else m.start("num"))
        out.append(AmountMatch(clean_decimal(value), start, m.end(), text[start : m.end()], "arabic", currency))
    for m in _CN_AMOUNT.finditer(text):
        try:
            value = Decimal(cn_integer(m.group("int")))
        except NumeralError:
            continue
        if m.group("jiao"):
            value += Decimal(_DIGIT[m.group("jiao")]) / 10
        if m.group("fen"):
            value += Decimal(_DIGIT[m.group("fen")]) / 100
        start = m.start("cur") if m.group("cur") else m.start("int")
        currency = _CURRENCIES.get(m.group("cur") or "", "CNY")
        out.append(AmountMatch(clean_decimal(value), start, m.end(), text[start : m.end()], "chinese", currency))
    out.sort(key=lambda a: a.start)
    return out


def parse_amount(text: str) -> Decimal:
    """One amount in a short string; raises NumeralError when there is none or two that disagree."""
    found = find_amounts(text)
    values = {a.value for a in found}
    if not found:
        raise NumeralError(f"no money amount in {text!r}")
    if len(values) > 1:
        raise NumeralError(f"amounts disagree in {text!r}: " + ", ".join(str(v) for v in sorted(values)))
    return found[0].value


# --- dates ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class DateMatch:
    value: date | None   # None when the text names an impossible date (2023年2月30日)
    start: int
    end: int
    text: str
    status: str = "ok"   # ok | invalid


_CN_D = "〇零○Ｏ一二三四五六七八九"
_CN_Y = _CN_D + "0"      # a handwritten year mixes in a digit zero: 二0一六年
# a lunar date, marked as one by 农历/阴历, a month named 正/冬/腊 or a day counted 初/廿/卅: 二〇一九年腊月廿三
_LUNAR_DATE = re.compile(
    rf"(?:(?P<mark1>农历|阴历)\s*)?(?:(?P<y>\d{{4}}|[{_CN_Y}]{{4}})|(?P<gz>[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]))\s*年\s*(?P<mark2>农历|阴历)?\s*(?P<leap>闰)?"
    r"(?P<m>正|冬|腊|十一|十二|十|[一二三四五六七八九]|\d{1,2})\s*月\s*"
    r"(?P<d>初[一二三四五六七八九十](?!次)|廿[一二三四五六七八九]|念[一二三四五六七八九]|卅|三十|二十[一二三四五六七八九]?|十[一二三四五六七八九]?"
    r"|[一二三四五六七八九](?![十\d])|\d{1,2})(?:\s*[日号])?")
# a written date as a pattern fragment, in digits or in Chinese numerals ("2021年8月16日", "二〇二五年八月三十日")
WRITTEN_DATE = (r"(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*(?:年|\.|-|/)\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*(?:月|\.|-|/)"
                r"\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号]?")     # "2024年12月20号" spoken
_STEMS, _BRANCHES = "甲乙丙丁戊己庚辛壬癸", "子丑寅卯辰巳午未申酉戌亥"
_DATE_PATTERNS = [
    # a Taiwan document's 民国 year: 民国108年5月20日 is 2019-05-20
    re.compile(rf"民国\s*(?P<roc>\d{{2,3}}|[{_CN_D}一二三四五六七八九十百]{{1,5}})\s*年\s*(?P<m>\d{{1,2}}|[一二三四五六七八九十]{{1,2}})\s*月"
               rf"\s*(?P<d>\d{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*[日号]"),
    re.compile(r"(?<!\d)(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]"),
    re.compile(rf"(?P<y>(?=[{_CN_Y}]{{0,3}}[{_CN_D}])[{_CN_Y}]{{4}})\s*年\s*(?P<m>[一二三四五六七八九十]{{1,2}})\s*月\s*(?P<d>[一二三四五六七八九十]{{1,3}})\s*[日号]"),
    # 大写, as a 借据 writes it so it cannot be altered: 贰零壹捌年伍月陆日
    re.compile(rf"(?P<y>[{_CN_D}壹贰叁肆伍陆柒捌玖]{{4}})\s*年\s*(?P<m>[壹贰叁肆伍陆柒捌玖拾一二三四五六七八九十]{{1,2}})\s*月"
               rf"\s*(?P<d>[壹贰叁肆伍陆柒捌玖拾一二三四五六七八九十]{{1,3}})\s*[日号]"),
    re.compile(r"(?<![\d.])(?P<y>\d{4})(?P<sep>[.\-/])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?![\d.])"),
]


def find_dates(text: str) -> list[DateMatch]:
    """二〇二三年三月一日, 贰零贰叁年叁月壹日, 2023年3月1日, 2023.3.1, 2023-03-01, 2023/3/1 — impossible dates are kept as invalid."""
    out: list[DateMatch] = []
    taken: list[tuple[int, int]] = []
    for m in _LUNAR_DATE.finditer(text):
        marked = m.group("mark1") or m.group("mark2") or m.group("m") in ("正", "冬", "腊") or m.group("gz")
        if not (marked or m.group("d")[0] in "初念卅" or (m.group("d")[0] == "廿" and not m.group(0).endswith(("日", "号")))):
            continue         # 二〇二三年三月十五日, 十二月廿八日: Gregorian dates written in Chinese numerals
        from agent.contracts.lunar import lunar_day, lunar_month, lunar_to_solar

        year = m.group("y")
        if m.group("gz"):       # "庚子年腊月十三": a 干支 year, read in the cycle 1984 (甲子) – 2043
            gz = m.group("gz")
            cycle = next((i for i in range(60) if _STEMS[i % 10] == gz[0] and _BRANCHES[i % 12] == gz[1]), None)
            if cycle is None:       # 甲丑: a stem and a branch that never meet (a slip or a misread), no date
                continue
            y = 1984 + cycle
        else:
            try:
                y = cn_integer(year if year.isdigit() else year.replace("0", "〇"))
            except NumeralError:
                continue
        mo, d = lunar_month(m.group("m")), lunar_day(m.group("d"))
        value = lunar_to_solar(y, mo, d, bool(m.group("leap"))) if mo and d else None
        out.append(DateMatch(value, m.start(), m.end(), m.group(0), "ok" if value else "invalid"))
        taken.append((m.start(), m.end()))
    for pat in _DATE_PATTERNS:
        for m in pat.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            try:
                if "roc" in m.groupdict():
                    y = 1911 + cn_integer(m.group("roc"))
                else:
                    year = m.group("y")
                    y = cn_integer(year if year.isdigit() else year.replace("0", "〇"))
                mo, d = cn_integer(m.group("m")), cn_integer(m.group("d"))
            except NumeralError:
                continue
            try:
                value: date | None = date(y, mo, d)
                status = "ok"
            except ValueError:
                value, status = None, "invalid"
            out.append(DateMatch(value, m.start(), m.end(), m.group(0), status))
            taken.append((m.start(), m.end()))
    out.sort(key=lambda d: d.start)
    return out


def parse_date(text: str) -> date:
    """Exactly one valid date in `text`, else NumeralError naming the problem."""
    found = find_dates(text)
    if not found:
        raise NumeralError(f"no date in {text!r}")
    if len({d.value for d in found}) > 1:
        raise NumeralError(f"several different dates in {text!r}")
    if found[0].value is None:
        raise NumeralError(f"impossible date {found[0].text!r}")
    return found[0].value


def add_months(d: date, months: int) -> date:
    """Calendar months; a missing day becomes the month's last day (民法典 第202条)."""
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))
