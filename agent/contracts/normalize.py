"""Chinese interest expressions → an annual rate as a Decimal fraction (0.24 = 24 % a year).

年利率12% · 年化15.4% · 年息百分之十二 · 月利率1.5% · 月息2分 (=24 %/yr) · 月息1分5厘 (=18 %) · 月利率千分之十五 ·
日利率万分之五 (=18.25 %/yr on a 365-day year) · 日息0.05% · 每月利息3,000元 on a principal · 无息 / 不计利息.

Folk units: 分 and 厘 scale with the period (年息1分 = 10 %, 月息1分 = 1 %); for a daily rate, or with no
period at all ("2分利"), their meaning varies in practice, so the result is `ambiguous`, never a guess.
Amounts and dates live in `numerals.py` and are re-exported here so callers have one import.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Literal

from agent.contracts.numerals import (  # noqa: F401  (re-exported)
    AmountMatch, DateMatch, NumeralError, add_months, clean_decimal, cn_decimal, cn_integer, find_amounts,
    find_dates, parse_amount, parse_date,
)

__all__ = [  # the amount and date readers are re-exported so callers have one import
    "AmountMatch", "DateMatch", "NumeralError", "RateMention", "RateReading", "add_months", "annual_rate_from_amount",
    "annual_rate_from_text", "clean_decimal", "cn_decimal", "cn_integer", "find_amounts", "find_dates", "find_rates",
    "parse_amount", "parse_date",
]

DAYS_PER_YEAR = 365
DAY_CONVENTION = "daily rate × 365 (365-day year; a 360-day year would give a lower figure)"
Period = Literal["year", "month", "day"]
RateStatus = Literal["ok", "zero", "ambiguous", "lpr_linked", "needs_principal", "unrecognised"]

PERIODS: dict[str, Period] = {"年": "year", "月": "month", "日": "day", "天": "day"}
PER_YEAR: dict[Period, int] = {"year": 1, "month": 12, "day": DAYS_PER_YEAR}
# 分 / 厘 as a fraction per period: 年息1分 = 10 %, 月息1分 = 1 %.
_FEN: dict[Period, Decimal] = {"year": Decimal("0.1"), "month": Decimal("0.01")}

# A figure starts where a run of digits starts and is at most 12 digits long: a number inside a longer run is not
# a rate, and scanning each position of a 10,000-digit run was quadratic (40 s per call).
_NUM = r"(?<![\d.])\d{1,12}(?:\.\d{1,10})?(?![\d.])"
_CNNUM = r"[零〇一二两三四五六七八九十百点]+"
_VALUE = (
    rf"(?:(?P<pct>{_NUM})\s*[%％]"
    rf"|百分之(?P<pct_cn>{_CNNUM})"
    rf"|(?P<pml>{_NUM})\s*‰|千分之(?P<pml_cn>{_CNNUM})"
    rf"|(?P<ptt>{_NUM})\s*‱|万分之(?P<ptt_cn>{_CNNUM})"
    rf"|(?P<fen>{_NUM}|[一二两三四五六七八九])\s*分(?:\s*(?P<li_zero>零)?\s*(?P<li>\d|[一二三四五六七八九])\s*厘|(?P<tail_zero>零)?(?P<fen_tail>[一二三四五六七八九]|\d|半)(?![厘元\d.日号天月年个期钟]))?(?:利|息|利息)?"
    rf"|(?P<li_only>{_NUM}|[一二三四五六七八九])\s*厘(?:利|息)?)"
)
_GAP = r"(?:[\s为是按照以计算收:：]|[（(][^（()）]{0,16}[）)]|(?:未还|未偿还|逾期|欠款|拖欠|应还|剩余|借款|本金|当金|租金|全部)[^，。；\d%]{0,8}?的|(?:借款|未还|逾期)?(?:本金|当金|欠款|借款金额)){0,6}"
_RATE = re.compile(
    rf"(?P<period>年|月|日|天)(?:化)?(?:利率|利息|息|费率|综合费率|收益率|化利率|化综合成本|化成本|利(?![润益得用])(?![^，。；\n]{0,8}?分钱))?{_GAP}(?:标准)?{_GAP}{_VALUE}"
)
_RATE_NO_PERIOD = (
    re.compile(rf"(?:利率|利息|息)(?:[\s为是按照以:：]){{0,4}}{_VALUE}"),
    re.compile(rf"{_VALUE}(?=\s*(?:的)?利(?!率))"),   # "2分利"
)
# "每逾期一日…", and the same said plainly: "逾期一天按借款总额千分之一给违约金"
_PER_OVERDUE_DAY = re.compile(rf"(?:每逾期(?:一)?|逾期(?:一|每)|(?:每)?(?:延迟|迟延)(?:一|每))(?P<period>日|天)\s*[，,]?\s*"
                              rf"(?:按(?:照)?(?:借款|欠款|本金|本息|未还款项?|未还本金)(?:总额|总金额|余额)?(?:的)?)?{_GAP}{_VALUE}")
# Lenders' shorthand for a daily rate: "日万五", "一天万三" (万分之三), "每天千三" (千分之三). Only after a day word: "一万三"
# is 13,000 yuan.
_DAY_SHORTHAND = re.compile(
    r"(?P<period>日|天)(?P<word>息|利息|利率|利)?\s*(?P<base>万|千)(?P<n>[一二三四五六七八九]|\d(?:\.\d+)?)(?![万千百十零〇\d.])")
# Without 息/利率 after the day word the shorthand is a rate only among rate words: "一天万五的流水" is takings,
# "哪天万一他跑路了" is "in case".
_RATE_CONTEXT = re.compile(r"利|息|年化|违约金|罚|砍|超|合法|违法|上限|LPR|倍|折合|折成|高利")
_PERIOD_AFTER = re.compile(rf"{_VALUE}\s*[/／每]\s*(?P<period>年|月|日|天)")
_PAREN_PERIOD = re.compile(r"\s*(?:算|计)?\s*[（(]\s*(?:每个?|按|一个)?(?P<period>年|月)\s*[）)]")
# "莫得利息" (Sichuan: no interest) — not "没得利息钱给" (no money to pay the interest) nor "不能说莫得利息"
_ZERO = re.compile(r"(?:无息|不(?:要|收|算)利息|没有利息|不(?:再)?计(?:收|付)?利息|不(?:再)?计息|免(?:收|算|计)?(?:利)?息|不(?:收取|支付|计付|计算)(?:任何)?利息|利息为(?:零|0|人民币0元)|零利息|无利息|利息[:：]\s*无|冇(?:收)?利息|冇息|唔(?:收|计|使俾)利息|(?<!不能说)(?<!不是)(?<!并非)(?<!不敢说)(?:莫|没)得(?:利)?息(?![钱的者]))(?![的者])")
# A deposit handed back without interest ("保证金：借款金额的3%，借款结清后无息退还") says nothing of the loan's own rate;
# a loan "2025年1月1日前无息返还" is interest-free all the same.
_DEPOSIT_BACK = re.compile(r"\s*(?:退还|返还|退回|退给)")
_DEPOSIT = re.compile(r"(?:保证金|押金|定金|订金|风险金|履约金)[^。；\n]*$")
# a waiver for part of the term ("前三个月免息", "第一个月免算利息") or one refused ("逾期后不得免算利息") is no interest-free loan
_WAIVER_LIMITED = re.compile(r"(?:(?:前|头|首|第)[一二三两四五六七八九十\d]{0,2}(?:个)?(?:月|期|年|天|日)|首月|\d{1,3}\s*(?:个月|天|日)内|(?:不得|不能|不可|不予|不再|无权)(?:免(?:收|算|计)?)?)[ \t]*$")
_PERIOD_AMOUNT = re.compile(
    # "每个月给周建华利息壹仟元": the payee after 给 as after 向
    r"每(?:个)?(?P<period>年|月|日|天)(?:\d{1,2}(?:日|号))?(?:前|之前)?(?:(?:向|给)[^，。；\n\d]{1,8}?)?(?:应)?(?:支付|付|给|还|偿还|计付|收取)?"
    r"(?:逾期)?利息(?:为|：|:)?\s*"
    r"|利息(?:[:：]\s*)?每(?P<period_after>年|月|日|天)(?![^，。；\n]{0,6}利息)(?:为|是|：|:)?\s*(?:人民币|港币|港元|美元|新台币)?")   # "利息每月壹仟伍佰元"
# a sum said without 元 ("每月利息两千，", "每月利息3000，"): a round Chinese number with its unit, or a figure of 3+
# digits that is no year
_BARE_SUM = re.compile(r"\s*(?P<n>[一二两三四五六七八九十]{1,3}[百千万](?:[零一二两三四五六七八九]{1,2}[百千]?)?|(?!(?:19|20)\d\d(?!\d))\d{3,9}(?:\.\d{1,2})?)"
                       r"[ \t]*(?:块钱|块)?(?=[ \t]*(?:[，,。；;\n]|$))")
_PER_UNIT = re.compile(r"每(?:头|只|亩|人|户|台|辆|吨|个)[\u4e00-\u9fff]{0,2}$")
_LPR_MULT = re.compile(
    r"(?:一年期)?(?:贷款市场报价利率|LPR)\s*(?:[（(]LPR[）)])?\s*的?\s*(?P<mult>\d+(?:\.\d+)?|[一二两三四五])\s*倍"
    r"|按[^，。；\n]{0,12}?一年期(?:贷款市场报价利率|LPR)(?:[（(]LPR[）)])?(?P<once>)(?!(?:[（(][^）)\n]{0,16}[）)]|[^，。；\n]){0,24}?(?:倍|基础上|加|\+|上浮|上调|基点|百分点))"
)
_LPR_SPREAD = re.compile(
    r"(?:一年期)?(?:贷款市场报价利率|LPR)\s*(?:[（(]LPR[）)])?\s*(?:的)?(?:基础上)?\s*(?:加|\+|上浮|上调|加收)\s*(?:"
    r"(?P<bp>\d+)\s*(?:个)?(?:基点|BP|bp|bps)"
    r"|(?P<points>\d+(?:\.\d+)?)\s*个?百分点"
    r"|(?P<pct>\d+(?:\.\d+)?)\s*[%％])"
)
# The PBOC benchmark rate, priced on before the LPR reform: "同期同档次贷款基准利率上浮30%", "一年期贷款基准利率4.35%上浮
# 50%", "基准利率的1.3倍". With the benchmark written out the rate is known; otherwise the contract's date and term
# band look it up (agent/contracts/benchmark.py). A bare mention ("利率不随基准利率调整而变动") is no rate.
_BENCH_BANDS = {"一年": "y1", "1年": "y1", "六个月": "m6", "6个月": "m6", "半年": "m6", "一至三年": "y3", "1至3年": "y3",
                "1-3年": "y3", "三至五年": "y5", "3至5年": "y5", "一至五年": "y5", "1至5年": "y5", "1-5年": "y5",
                "一到五年": "y5", "五年以上": "over5", "5年以上": "over5"}
_BENCHMARK = re.compile(
    r"(?:(?<![\d０-９])(?P<band>" + "|".join(sorted(_BENCH_BANDS, key=len, reverse=True)) + r")(?:期|以内)?|同期同档次|同档次|同期)?"
    r"(?:人民币)?(?:贷款)?基准利率\s*(?:[（(]?\s*(?P<base>\d{1,2}(?:\.\d{1,4})?)\s*[%％][）)]?)?\s*(?:的)?(?:基础(?:上(?!浮))?)?\s*(?:"
    r"(?P<dir>上浮|上调|浮动|加收|下浮|下调)\s*(?:(?P<pct>\d{1,3}(?:\.\d{1,4})?)\s*[%％]|百分之(?P<pct_cn>[零〇一二两三四五六七八九十百点]+))"
    r"|(?P<mult>\d(?:\.\d{1,3})?|[一二两三四])\s*倍|(?<=的)(?P<pct_of>\d{2,3}(?:\.\d{1,2})?)\s*[%％](?!\s*(?:范围|以内|之内)))?")
# "利息不超过同期贷款基准利率的四倍": the legal ceiling of its day, not the agreed rate
_CEILING_BEFORE = re.compile(r"(?:不(?:得)?超过|不高于|最高(?:不超过)?|上限(?:为|是)?)[^，。；\n]{0,12}$")
_MAX_BENCHMARK_PCT = Decimal(15)    # a written benchmark above this is a share ("基准利率30%范围内浮动"), not a rate


def _benchmark(m: re.Match[str]) -> RateMention | None:
    """One benchmark-priced rate: known when the benchmark is written, else linked to the benchmark table."""
    if not (m.group("base") or m.group("dir") or m.group("mult") or m.group("pct_of")):
        return None
    if _CEILING_BEFORE.search(m.string, max(0, m.start() - 16), m.start()):
        return None
    if m.group("base") and Decimal(m.group("base")) > _MAX_BENCHMARK_PCT:
        return None
    if m.group("pct_of"):
        mult = Decimal(m.group("pct_of")) / 100
    elif m.group("dir"):
        share = Decimal(m.group("pct")) if m.group("pct") else cn_decimal(m.group("pct_cn"))
        mult = 1 - share / 100 if m.group("dir") in ("下浮", "下调") else 1 + share / 100
    else:
        mult = cn_decimal(m.group("mult")) if m.group("mult") else Decimal(1)
    band = _BENCH_BANDS.get(m.group("band") or "")
    if m.group("base"):
        annual = clean_decimal(Decimal(m.group("base")) * mult / 100)
        return RateMention(m.start(), m.end(), m.group(0), "ok", "year", annual, annual,
                           convention=f"基准利率{m.group('base')}% × {clean_decimal(mult)}", lpr_multiple=clean_decimal(mult),
                           base="pboc_benchmark", base_band=band)
    return RateMention(m.start(), m.end(), m.group(0), "lpr_linked", "year", lpr_multiple=clean_decimal(mult),
                       base="pboc_benchmark", base_band=band,
                       message="rate is the PBOC benchmark rate of the contract date and term band times a multiple")


# "LPR上浮50%" and "LPR加收50%" raise the LPR by half of itself (×1.5), the way 上浮 was written against the old
# benchmark rate; "LPR+3%" and "LPR加3%" add three points. A bare 加 with 10 % or more is read as a markup: nobody
# lends at LPR plus ten points, people write "加50%" for half again.
_MARKUP_WORDS = ("上浮", "上调", "加收")
_MAX_POINTS_SPREAD = Decimal(10)


def _lpr_spread(m: re.Match[str]) -> tuple[Decimal, Decimal, str]:
    """(multiple of the LPR, spread added, message) of one LPR-plus expression."""
    if m.group("bp"):
        return Decimal(1), Decimal(m.group("bp")) / 10000, "rate is the one-year LPR plus a spread in basis points"
    if m.group("points"):
        return Decimal(1), Decimal(m.group("points")) / 100, "rate is the one-year LPR plus percentage points"
    pct = Decimal(m.group("pct"))
    if any(w in m.group(0) for w in _MARKUP_WORDS) or pct >= _MAX_POINTS_SPREAD:
        return 1 + pct / 100, Decimal(0), "rate is the one-year LPR raised by a share of itself (上浮/加收 N%)"
    return Decimal(1), pct / 100, "rate is the one-year LPR plus percentage points"


@dataclass(frozen=True)
class RateMention:
    """One interest expression found in the text, with what it means per year."""

    start: int
    end: int
    text: str
    status: RateStatus
    period: Period | None = None
    per_period: Decimal | None = None   # fraction per period as written (0.015 for 月利率1.5%)
    annual_rate: Decimal | None = None  # fraction per year
    convention: str | None = None
    message: str = ""
    lpr_multiple: Decimal | None = None
    lpr_spread: Decimal | None = None
    amount: Decimal | None = None       # for 每月利息X元 (needs the principal)
    notes: tuple[str, ...] = field(default_factory=tuple)
    base: Literal["lpr", "pboc_benchmark"] = "lpr"   # what lpr_multiple multiplies ("基准利率上浮30%": the old benchmark)
    base_band: str | None = None        # the benchmark's term band when the text names it ("一年期"), else the loan's


def _value_fraction(m: re.Match, period: Period | None) -> tuple[Decimal | None, str]:
    """The per-period fraction of a matched value, or (None, why) when units depend on custom."""
    g = m.groupdict()
    if g.get("pct"):
        return Decimal(g["pct"]) / 100, ""
    if g.get("pct_cn"):
        return cn_decimal(g["pct_cn"]) / 100, ""
    if g.get("pml"):
        return Decimal(g["pml"]) / 1000, ""
    if g.get("pml_cn"):
        return cn_decimal(g["pml_cn"]) / 1000, ""
    if g.get("ptt"):
        return Decimal(g["ptt"]) / 10000, ""
    if g.get("ptt_cn"):
        return cn_decimal(g["ptt_cn"]) / 10000, ""
    if g.get("fen") or g.get("li_only"):
        if period not in _FEN:
            where = "with no period (年/月)" if period is None else "for a daily rate"
            return None, f"分/厘 {where} has no settled meaning; state the rate as a percentage per year or month"
        fen = cn_decimal(g["fen"]) if g.get("fen") else Decimal(0)
        tail = g.get("li") or g.get("fen_tail")
        li = Decimal(5) if tail == "半" else cn_decimal(tail) if tail else (cn_decimal(g["li_only"]) if g.get("li_only") else Decimal(0))
        # "月息一分零五厘" / "一分零五": the 零 holds the 厘 place, so the 五 is hundredths of a 分 (1.05 %)
        return (fen + li / (100 if g.get("li_zero") or g.get("tail_zero") else 10)) * _FEN[period], ""
    return None, "no value"


def _mention(m: re.Match, text: str, period: Period | None) -> RateMention:
    per, why = _value_fraction(m, period)
    start, end = m.start(), m.end()
    if per is None:
        return RateMention(start, end, text[start:end], "ambiguous", period, message=why)
    if period is None:
        return RateMention(
            start, end, text[start:end], "ambiguous", None, per_period=clean_decimal(per),
            message="rate given without a period (年/月/日): cannot tell whether it is yearly, monthly or daily",
        )
    return _read_rate(start, end, text[start:end], period, per)


def _read_rate(start: int, end: int, text: str, period: Period, per: Decimal) -> RateMention:
    """A rate read with its period: annualised (a daily rate over 365 days, said in the mention)."""
    conv = DAY_CONVENTION if period == "day" else None
    return RateMention(start, end, text, "ok", period, clean_decimal(per), clean_decimal(per * PER_YEAR[period]), conv)


# English wording (bilingual facility letters, questions typed in English): "APR 30%", "an annual interest rate of
# 24%", "interest at 2% per month", "a daily rate of 0.05%". The period word may stand before or after the figure.
_EN_PERIOD = {"annual": "year", "annually": "year", "annualised": "year", "annualized": "year", "yearly": "year",
              "per annum": "year", "p.a.": "year", "a year": "year", "per year": "year", "apr": "year",
              "monthly": "month", "per month": "month", "a month": "month", "daily": "day", "per day": "day",
              "a day": "day"}
_EN_BEFORE = r"(?P<before>(?-i:APR)|annual(?:ised|ized)?|yearly|monthly|daily)"
_EN_AFTER = r"per annum|p\.a\.|a year|per year|annually|per month|a month|monthly|per day|a day|daily"
_EN_CHANGE = re.compile(r"\b(?:grow|grows|grew|growth|increas\w*|rose|rise|rises|rising|fell|fall\w*|declin\w*|drop\w*)\b",
                        re.IGNORECASE)
_EN_RATE = re.compile(
    rf"\b{_EN_BEFORE}(?:\s+(?:percentage\s+)?(?:interest|lending|loan))?(?:\s+(?:interest\s+)?rate)?\s*(?:of|is|at|:|=)?"
    rf"\s*['\"‘“]?\s*(?P<pct>{_NUM})\s*%"
    rf"|\b(?-i:APR)\s*(?:of|is|at|:|=|[\u4e00-\u9fff]{{1,4}})?\s*(?P<pct2>{_NUM})\s*%"
    rf"|(?:interest|rate|charged?|accrues?)[^.;\n%]{{0,24}}?(?P<pct3>{_NUM})\s*%\s*(?P<after>{_EN_AFTER})(?![a-z])"
    rf"|(?P<pct4>{_NUM})\s*%\s*(?:(?P<after2>per annum|p\.a\.|per (?:year|month|day)|a (?:year|month|day))(?![a-z])|(?P<after3>annual|annualised|annualized|yearly|monthly|daily)"
    rf"\s+(?:percentage\s+)?(?:interest|rate|lending rate)|(?P<after4>(?-i:APR))\b)"
    # "the contract rate of 4.35%": no period said (as 利率4.35% in Chinese); read, and its period asked for
    # (not a margin, "50% above the contract rate"; a period in brackets or after a slash is read)
    rf"|\b(?:interest|contract|lending|loan|default|penalty|overdue)\s+(?:interest\s+)?rate\s*(?:(?:of|is|at|[:=])\s*)?(?P<pct5>{_NUM})\s*%"
    rf"(?!\s*(?:{_EN_AFTER}|annual|yearly|monthly|daily|above|over|higher|more|on top|below|under)(?![a-z]))",
    re.IGNORECASE)


# "每万元每天利息6元", "每万蚊每日五蚊" (粤语 蚊 = 元), "一万块一个月两百块利息", "每月每万元利息200元": interest per 10,000 (or 1,000) yuan per period.
_PER_BASE = re.compile(
    r"(?:每|(?<![\d零〇一二两三四五六七八九十百千万亿])一)(?P<base>万|千)(?:块|元|蚊)(?:钱)?[，,]?\s*(?:每|一)?(?:个)?(?P<period>天|日|月|年)"
    r"(?:的)?(?:利息)?(?:收|付|给|是|为)?(?:利息)?\s*(?:(?P<n>\d+(?:\.\d+)?|[一二两三四五六七八九十百]+)\s*(?:块|元|蚊)"
    # "一万块一年一千五": a sum said the spoken way, 一千五 = 1500 (no 块 needed after it)
    r"|(?P<spoken>[一二两三四五六七八九][千百][一二三四五六七八九])(?![十百千万\d])\s*(?:块|元|蚊)?)"
    # "每天按每万元拾元计利息": the period, then 按 and the base; "每月每百元利息壹元", "每百元每月壹元伍角" (1.5 % a month)
    r"|每(?:个)?(?P<period2>天|日|月|年)(?:按|以)?每(?P<base2>万|千|百)(?:块|元|蚊)(?:钱)?(?:的)?(?:利息)?(?:收|付|给|是|为)?"
    r"\s*(?P<n2>\d+(?:\.\d+)?|[一二两三四五六七八九十百]+)\s*(?:块|元|蚊)(?:(?P<jiao2>\d|[一二三四五六七八九])角)?"
    r"|每(?P<base3>百)(?:块|元)(?:钱)?[，,]?\s*每(?:个)?(?P<period3>天|日|月|年)(?:的)?(?:利息)?(?:收|付|给|是|为)?"
    r"\s*(?P<n3>\d+(?:\.\d+)?|[一二两三四五六七八九十]+)\s*(?:块|元)(?:(?P<jiao3>\d|[一二三四五六七八九])角)?")


def _per_base_rates(text: str) -> list[RateMention]:
    out = []
    for m in _PER_BASE.finditer(text):
        base = Decimal({"万": 10000, "千": 1000, "百": 100}[m.group("base") or m.group("base2") or m.group("base3")])
        n = m.group("n") or m.group("n2") or m.group("n3")
        if sp := m.group("spoken"):     # 一千五 → 1500, 两百五 → 250
            digits = "一二三四五六七八九"
            head = 2 if sp[0] == "两" else digits.index(sp[0]) + 1
            unit = 1000 if sp[1] == "千" else 100
            amount = Decimal(head * unit + (digits.index(sp[2]) + 1) * unit // 10)
        else:
            amount = Decimal(n) if n[0].isdigit() else Decimal(cn_integer(n))
        if jiao := m.group("jiao2") or m.group("jiao3"):      # "壹元伍角": 1.5
            amount += (Decimal(jiao) if jiao.isdigit() else Decimal(cn_integer(jiao))) / 10
        period = PERIODS[m.group("period") or m.group("period2") or m.group("period3")]
        out.append(_read_rate(m.start(), m.end(), m.group(0), period, amount / base))
    return out


_EN_BRACKETED = re.compile(r"\s*[(/（]\s*(?P<word>per annum|p\.a\.|annum|per year|a year|year|per month|a month|month"
                           r"|per day|a day|day)(?![a-z])\s*[)）]?", re.IGNORECASE)
_EN_PERIOD_WORD = {"per annum": "year", "pa": "year", "annum": "year", "per year": "year", "a year": "year", "year": "year",
                   "per month": "month", "a month": "month", "month": "month", "per day": "day", "a day": "day", "day": "day"}


def _english_rates(text: str) -> list[RateMention]:
    out = []
    for m in _EN_RATE.finditer(text):
        if m.group("pct5"):
            if after := _EN_BRACKETED.match(text, m.end()):      # "24% (per annum)", "2%/month"
                out.append(_read_rate(m.start(), after.end(), text[m.start():after.end()],
                                      _EN_PERIOD_WORD[after.group("word").lower().replace(".", "")],
                                      Decimal(m.group("pct5")) / 100))
                continue
            out.append(RateMention(m.start(), m.end(), m.group(0), "ambiguous", None,
                                   per_period=clean_decimal(Decimal(m.group("pct5")) / 100),
                                   message="rate given without a period (per annum/month/day): cannot tell whether it "
                                           "is yearly, monthly or daily"))
            continue
        word = (m.group("before") or ("apr" if m.group("pct2") or m.group("after4") else None) or m.group("after")
                or m.group("after2") or m.group("after3") or "").lower()
        period = _EN_PERIOD.get(word)
        pct = Decimal(m.group("pct") or m.group("pct2") or m.group("pct3") or m.group("pct4")) / 100
        if period is None or (m.group("after2") and _EN_CHANGE.search(text, max(0, m.start() - 40), m.start())):
            continue     # "Sales grew 10% a year": a rate of change, not of interest
        out.append(_read_rate(m.start(), m.end(), m.group(0), period, pct))
    return out


# 大写 digits as a 借条 writes a rate ("月息壹分贰厘"): read as the everyday digit, one character for one, so every
# span still points into the original text.
_CAPITAL_DIGITS = str.maketrans("壹贰貳叁參肆伍陆陸柒捌玖拾佰", "一二二三三四五六六七八九十百")


def find_rates(text: str) -> list[RateMention]:
    """Every interest expression in `text`, in order, each with its span. Overlaps keep the earliest, longest."""
    original, text = text, text.translate(_CAPITAL_DIGITS)
    if text != original:
        return [replace(r, text=original[r.start:r.end]) for r in find_rates(text)]
    found: list[RateMention] = _english_rates(text) + _per_base_rates(text)
    for m in _RATE.finditer(text):
        found.append(_mention(m, text, PERIODS[m.group("period")]))
    for m in _PER_OVERDUE_DAY.finditer(text):
        found.append(_mention(m, text, PERIODS[m.group("period")]))
    for m in _PERIOD_AFTER.finditer(text):
        found.append(_mention(m, text, PERIODS[m.group("period")]))
    for m in _DAY_SHORTHAND.finditer(text):
        if not m.group("word") and (m.group(0).endswith("万一")
                                    or not _RATE_CONTEXT.search(text, max(0, m.start() - 40), m.end() + 40)):
            continue
        per = cn_decimal(m.group("n")) / (10000 if m.group("base") == "万" else 1000)
        found.append(_read_rate(m.start(), m.end(), m.group(0), "day", per))
    for pat in _RATE_NO_PERIOD:
        for m in pat.finditer(text):
            said = _PAREN_PERIOD.match(text, m.end()) if (m.group("fen") or m.group("li_only")) else None
            if said:        # "利息按8厘算（每个月）": the period said in brackets after the figure
                r = _mention(m, text, PERIODS[said.group("period")])
                found.append(replace(r, end=said.end(), text=text[r.start:said.end()]))
                continue
            found.append(_mention(m, text, None))
    for m in _ZERO.finditer(text):
        if _WAIVER_LIMITED.search(text, max(0, m.start() - 12), m.start()) or _DEPOSIT_BACK.match(text, m.end()) and \
                _DEPOSIT.search(text, max(0, m.start() - 40), m.start()):
            continue
        found.append(RateMention(m.start(), m.end(), m.group(0), "zero", None, Decimal(0), Decimal(0)))
    for m in _PERIOD_AMOUNT.finditer(text):
        period = PERIODS[m.group("period") or m.group("period_after")]
        if _PER_UNIT.search(text, max(0, m.start() - 6), m.start()):   # "每头牛每月利息捌拾元": not on the whole loan
            found.append(RateMention(m.start(), m.end(), m.group(0), "ambiguous", period,
                                     message="interest stated per head or unit, not on the sum lent: state the total"))
            continue
        amounts = [a for a in find_amounts(text[m.end() : m.end() + 30]) if a.start == 0]
        if not amounts and (bare := _BARE_SUM.match(text, m.end())):      # "每月利息两千，": no 元 after the sum
            try:
                n = bare.group("n")
                value = Decimal(n) if n[0].isdigit() else Decimal(cn_integer(n))
                amounts = [AmountMatch(value, 0, bare.end("n") - m.end(), n, "arabic" if n[0].isdigit() else "chinese")]
            except NumeralError:
                pass
        if amounts:
            a = amounts[0]
            end = m.end() + a.end
            found.append(RateMention(
                m.start(), end, text[m.start():end], "needs_principal", period,
                amount=a.value, message="interest stated as an amount per period: annual rate = amount × periods ÷ principal",
            ))
    found += [b for b in map(_benchmark, _BENCHMARK.finditer(text)) if b]
    for m in _LPR_MULT.finditer(text):
        mult = cn_decimal(m.group("mult")) if m.group("mult") else Decimal(1)
        found.append(RateMention(m.start(), m.end(), m.group(0), "lpr_linked", "year", lpr_multiple=mult,
                                 message="rate is a multiple of the one-year LPR in force on the contract date"))
    for m in _LPR_SPREAD.finditer(text):
        multiple, spread, message = _lpr_spread(m)
        found.append(RateMention(m.start(), m.end(), m.group(0), "lpr_linked", "year", lpr_multiple=clean_decimal(multiple),
                                 lpr_spread=clean_decimal(spread), message=message))
    found.sort(key=lambda r: (r.start, -(r.end - r.start)))
    out: list[RateMention] = []
    for r in found:
        if out and r.start < out[-1].end:
            continue
        out.append(r)
    # "讲好一分利（每月每百元利息壹元）": a folk 分/厘 without its period, glossed in the bracket right after it by a rate
    # that has one — the bracket says what it means
    return [r for i, r in enumerate(out)
            if not (r.status == "ambiguous" and r.period is None and i + 1 < len(out) and out[i + 1].status == "ok"
                    and _GLOSS_BRACKET.fullmatch(text, r.end, out[i + 1].start)
                    and _CLOSE_BRACKET.match(text, out[i + 1].end))]


_GLOSS_BRACKET = re.compile(r"\s*(?:利|息|利息)?\s*[（(]\s*(?:即|也就是|就是)?")
_CLOSE_BRACKET = re.compile(r"\s*[）)]")


def lpr_linked_rate(mention: RateMention, lpr_pct: Decimal) -> Decimal:
    """"一年期LPR上浮50%" on an LPR of 3.45 % → 0.05175: multiple × LPR + spread, a fraction per year."""
    return clean_decimal((mention.lpr_multiple or Decimal(1)) * lpr_pct / 100 + (mention.lpr_spread or Decimal(0)))


def annual_rate_from_amount(mention: RateMention, principal: Decimal) -> Decimal:
    """每月利息3,000元 on 100,000元 → 0.36: amount × periods per year ÷ principal."""
    if mention.amount is None or mention.period is None or principal <= 0:
        raise NumeralError("an interest amount per period and a positive principal are both needed")
    return clean_decimal((mention.amount * PER_YEAR[mention.period] / principal).quantize(Decimal("0.00000001")))


@dataclass(frozen=True)
class RateReading:
    """What one piece of text says the annual rate is — or why it cannot say."""

    status: Literal["ok", "zero", "ambiguous", "contradictory", "none", "lpr_linked", "needs_principal"]
    annual_rate: Decimal | None
    mentions: tuple[RateMention, ...]
    message: str = ""


def annual_rate_from_text(text: str, *, principal: Decimal | None = None) -> RateReading:
    """Read the one interest rate a clause states; two different rates → `contradictory`, none → `none`."""
    mentions = find_rates(text)
    if not mentions:
        return RateReading("none", None, (), "no interest expression found")
    resolved: list[tuple[RateMention, Decimal | None]] = []
    for r in mentions:
        if r.status == "needs_principal" and principal:
            resolved.append((r, annual_rate_from_amount(r, principal)))
        else:
            resolved.append((r, r.annual_rate))
    if any(r.status == "ambiguous" for r in mentions):
        bad = next(r for r in mentions if r.status == "ambiguous")
        return RateReading("ambiguous", None, tuple(mentions), f"{bad.text}: {bad.message}")
    if any(r.status == "lpr_linked" for r in mentions):
        return RateReading("lpr_linked", None, tuple(mentions), mentions[0].message)
    if any(v is None for _, v in resolved):
        return RateReading("needs_principal", None, tuple(mentions), "interest is an amount; the principal is needed")
    values = {v for _, v in resolved}
    if len(values) > 1:
        listed = "; ".join(f"{r.text} = {v * 100}%/yr" for r, v in resolved)
        return RateReading("contradictory", None, tuple(mentions), f"the text states different rates: {listed}")
    value = values.pop()
    return RateReading("zero" if value == 0 else "ok", value, tuple(mentions))
