"""Loan terms as people say them in a chat: "借一万块一个月给一千利息", "借了10万，每月利息3000", "5w 一个月息300",
"借八千每个月还一千零五十还十个月", "年化二十八", "月息3个点".

A contract writes 元 and 每月利息为人民币叁仟元; a credit officer retelling a borrower's story writes neither, so the
contract reader's amounts (which need 元 or ¥) miss them. Only the chat's rate check uses these readers: to turn an
interest amount per period, or equal instalments, into a rate when the same message says how much was lent, and to
read a figure said after 年化 as a percentage.
"""
from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache

from agent.contracts.normalize import PER_YEAR, PERIODS, RateMention, annual_rate_from_amount
from agent.contracts.numerals import NumeralError, clean_decimal, cn_decimal, cn_integer

_NUM = r"\d{1,12}(?:\.\d+)?\s*(?:万(?:\d千|\d)?|千|w|W|k|K)?|[零〇一二两三四五六七八九十百千万]{1,12}"
_YUAN = r"\s*(?:块钱|块|元|圆)?"
# a number followed by one of these is a duration or a count, not money ("借了3个月", "借了两年")
# (a number is read whole: not 两 of 两万 nor 1 of 10; after a money unit, "两万 月利息三分", the 月 is the rate's)
_NOT_MONEY = (r"(?![十百千万\d.])(?!\s*(?:个|期|次|号|多月|多年|周|星期))"
              r"(?:(?<=[万千wWkK])|(?!\s*(?:年|月|天|日)))")
_PRINCIPAL = re.compile(rf"(?:本金|借了?|借给(?:他|她|我|人家|别人)?|借款|贷了?|放款|放了)\s*(?:人民币)?(?P<n>{_NUM}){_NOT_MONEY}{_YUAN}")
# "十万一个月", "五万一年": the last digit starts the next phrase
_TRAILING_DIGIT = re.compile(r"(?<=[十百千万])[一二两三四五六七八九]$")
_PERIOD_WORD = ("个", "年", "月", "天", "日")
_EACH = r"(?:每|一)个?(?P<period>月|年|天|日)\s*(?:要|就|得)?(?:给|付|还|交|收|算|拿|出)?\s*"
_INTEREST = (
    re.compile(rf"{_EACH}(?:利息|息|利)\s*(?:是|为|有|(?:要|得)?(?:给|付|交|收|算|拿|出)了?)?\s*(?P<n>{_NUM})(?![\d.零〇一二两三四五六七八九十百千万])(?!\s*(?:次|回|期|笔|个|天|年|月|号)){_YUAN}"),
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
    m = re.fullmatch(r"(\d{1,12}(?:\.\d{1,6})?)\s*(万|千|w|W|k|K)?(\d)?(千)?", text)
    if m:
        unit = {"万": 10_000, "w": 10_000, "W": 10_000, "千": 1000, "k": 1000, "K": 1000, None: 1}[m.group(2)]
        tail = Decimal(m.group(3)) * unit / 10 if m.group(3) and m.group(2) == "万" else 0     # 3万6, 2万5千
        return clean_decimal(Decimal(m.group(1)) * unit + tail)
    if followed_by.lstrip().startswith(_PERIOD_WORD):
        text = _TRAILING_DIGIT.sub("", text)
    if len(text) > 12 or not text:          # no amount a chat names is spelt in more characters
        return None
    try:
        return Decimal(cn_integer(text))
    except NumeralError:
        return None


def squeezed(text: str) -> str:
    """Each run of white space as one character (a newline if it holds one): the readers' patterns allow space
    around a number, and a run of thousands of spaces in a pasted chat message must not make them crawl."""
    return re.sub(r"\s{2,}", lambda m: "\n" if "\n" in m.group(0) else " ", text)


# "借了二十多万", "十几万", "3000多块": a sum said roughly, 几/多 between the number and its unit or after it (not
# "10多个月", "三十多次": a duration or a count)
_ROUGH = re.compile(r"(几|多(?![少久大长个天次笔年月回遍家期号])|出头)(万|千|百)?(?![个天次笔年月回遍家期号多])")
_UNIT_CHARS = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "w": 10_000, "W": 10_000, "k": 1000, "K": 1000}


@lru_cache(maxsize=256)
def _lent(text: str) -> tuple[Decimal, Decimal | None, str] | None:
    """The sum lent as (amount, upper bound when said roughly, as said); 本金, when named, first. Cached: each rate
    reader of one message asks for it (stated_rates, the fee and instalment readers)."""
    found = [(m.group(0).startswith("本金"), m) for m in _PRINCIPAL.finditer(text)]
    for _, m in sorted(found, key=lambda x: not x[0]):
        after = text[m.end("n"):]
        written = m.group("n").strip()
        rough = _ROUGH.match(after)
        if not rough and re.match(r"\s?(?:几|多)", after):      # "借了10多个月": a duration, no sum
            continue
        value = spoken_amount(written, "" if rough else after)
        if not value or value <= 0:
            continue
        if not rough:
            return value, None, written
        unit = Decimal({"万": 10_000, "千": 1000, "百": 100, None: 1}[rough.group(2)])
        step = _step(written)
        if not step:
            return value * unit, None, written
        return value * unit, (value + step) * unit, written + rough.group(0)
    return None


def _step(written: str) -> Decimal:
    """What 多/几 adds to a number as written: 三千 → 1000, 二十 → 10, 3000 → 1000, 1.5万 → 1000, 35 → 1."""
    m = re.fullmatch(r"(\d+)(?:\.(\d+))?\s*(万|千|w|W|k|K)?", written)
    if m:
        unit = Decimal(_UNIT_CHARS.get(m.group(3) or "", 1))
        if m.group(2):
            return unit / Decimal(10) ** len(m.group(2))
        zeros = len(m.group(1)) - len(m.group(1).rstrip("0"))
        return unit * Decimal(10) ** zeros
    return Decimal(_UNIT_CHARS[written[-1]]) if written and written[-1] in _UNIT_CHARS else Decimal(0)


def lent_amount(text: str) -> Decimal | None:
    """How much the message says was lent ("本金20万", "借一万块", "借了10万"), the lower end of a rough sum
    ("借了二十多万": 200000); 本金, when named, first."""
    lent = _lent(text)
    return lent[0] if lent else None


def lent_range(text: str) -> tuple[Decimal, Decimal, str] | None:
    """The sum lent when said roughly ("借了三千几", "二十多万", "3000多块", "十万出头"): (at least, under, as said).
    The step is the number's last unit (三千几: 3000 to 4000; 十几万: 100000 to 200000), so a rate on it is a range."""
    lent = _lent(text)
    return (lent[0], lent[1], lent[2]) if lent and lent[1] else None


# "每月收服务费500元", "管理费每个月300块": a fee per period as a sum of money, on the sum lent (a percentage per
# period is instalment_fee_rate's)
_FEE_WORD = r"(?:服务费|管理费|咨询费|手续费|会员费|担保费|平台费|账户管理费)"
_FEE_AMOUNT = (
    re.compile(rf"(?:每|一)个?(?P<period>月|年|天|日)\s*(?:另外|另|还|再)?\s*(?:要|得)?(?:收|交|付|扣|给)?(?:取)?(?:的)?\s*{_FEE_WORD}"
               rf"\s*(?:是|为|收|要|交|付)?\s*(?P<n>{_NUM})(?:块钱|块|元)"),
    re.compile(rf"{_FEE_WORD}\s*(?:是|为)?\s*(?:每|一)个?(?P<period>月|年|天|日)\s*(?:收|交|付|扣|要)?\s*(?P<n>{_NUM})(?:块钱|块|元)"),
)


def fee_amount_rate(text: str) -> list[RateMention]:
    """A fee charged each period as a sum of money, as a yearly rate on the sum lent: it is a cost of the loan and is
    held to the cap together with the interest."""
    principal = lent_amount(text)
    out: list[RateMention] = []
    for pattern in _FEE_AMOUNT:
        for m in pattern.finditer(text):
            amount = spoken_amount(m.group("n"), text[m.end("n"):])
            if not (principal and amount and 0 < amount < principal) or any(r.start <= m.start() < r.end for r in out):
                continue
            period = PERIODS[m.group("period")]
            annual = clean_decimal((amount * PER_YEAR[period] / principal).quantize(Decimal("0.0001")))
            out.append(RateMention(m.start(), m.end(), m.group(0), "ok", period, clean_decimal(amount / principal),
                                   annual, amount=amount, convention=f"费用{clean_decimal(amount)}元 ÷ 本金{principal}元",
                                   message="a flat fee per period in money on the sum lent"))
    return sorted(out, key=lambda r: r.start)


# "提前还款收3%违约金", "提前结清要交本金的百分之二手续费", "如果提前还款，要交2000元手续费": a one-off charge for
# repaying early. A figure counts only with a charging verb before it or a fee word after it: "提前还了3万元" is a
# repayment, "提前还款金额不得少于1万元" a minimum.
_PREPAY_START = re.compile(r"提前[^，。？?；;\n]{0,6}?(?:还款|还钱|还清|还本|偿还|结清|归还|还)")
_FEE_FIGURE = re.compile(rf"百分之(?P<cn>[零一二两三四五六七八九十点]{{1,5}})|(?P<pct>\d{{1,2}}(?:\.\d{{1,2}})?)\s?[%％]|"
                         rf"(?P<amt>{_NUM})(?:块钱|块|元)")
_CHARGE_VERB = re.compile(r"收|扣|交|缴|罚|支付|付|赔")
_FEE_AFTER = re.compile(r"[^，。？?；;\n]{0,6}?(?:违约金|手续费|补偿金|服务费|罚金|费)")


def prepayment_fee(text: str) -> tuple[Decimal | None, Decimal | None, str] | None:
    """A charge for repaying early as (fraction of principal, sum of money, the words), or None when none is said."""
    for start in _PREPAY_START.finditer(text):
        stop = re.search(r"[。？?；;\n]", text[start.end():])
        window = text[start.end():start.end() + min(30, stop.start() if stop else 30)]
        for fig in _FEE_FIGURE.finditer(window):
            fee = _FEE_AFTER.match(window, fig.end())
            if not (_CHARGE_VERB.search(window, 0, fig.start()) or fee):
                continue
            said = text[start.start():start.end() + (fee.end() if fee else fig.end())]
            try:
                if fig.group("pct"):
                    return Decimal(fig.group("pct")) / 100, None, said
                if fig.group("cn"):
                    return cn_decimal(fig.group("cn")) / 100, None, said
            except (NumeralError, ArithmeticError):
                continue
            amount = spoken_amount(fig.group("amt"))
            if amount:
                return None, amount, said
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


# "年化二十八", "综合年化18": a yearly rate said without 百分之 or %, as people quote an APR aloud
_ANNUALISED = re.compile(
    r"年化(?:利率|费率|成本)?\s*(?:是|为|有|大概|差不多|约|才)?\s*"
    r"(?P<n>\d{1,2}(?:\.\d{1,4})?|[一二两三四五六七八九十]{1,3}(?:点[零〇一二两三四五六七八九]{1,4})?)"
    r"(?![\d.%％万千百块元个年月天日期次倍wWkK零〇一二两三四五六七八九十点])")


def annualised_number(text: str) -> list[RateMention]:
    """"年化二十八" → 28 % a year: a number after 年化 with no unit is a percentage."""
    out: list[RateMention] = []
    for m in _ANNUALISED.finditer(text):
        try:
            pct = cn_decimal(m.group("n"))
        except (NumeralError, ArithmeticError):
            continue
        if 0 < pct < 100:
            out.append(RateMention(m.start(), m.end(), m.group(0), "ok", "year", clean_decimal(pct / 100),
                                   clean_decimal(pct / 100), convention="年化数字按百分比读"))
    return out


# "月息3个点", "年化十八个点": 个点 is a percentage point, the period from the word before it
# (the rate word is required, or 每/一个 before the period: "今年有3个点", "去年5个点" and "今天收3个点" are no rates)
_POINTS = re.compile(r"(?:(?P<period>月|年|日|天)(?:化|息|利率|利息|利|费率)|(?:每|一)个?(?P<each>月|年|日|天))"
                     r"\s*(?:是|为|收|要|大概|差不多)?\s*"
                     r"(?P<n>\d{1,2}(?:\.\d{1,4})?|[一二两三四五六七八九十]{1,3}(?:点[零〇一二两三四五六七八九]{1,4})?)\s*个点")
# "把利率从4.1%调到了6.5%", "6.5%这个利率": a percentage named as the rate but with no period
# (the percentage must be what the rate is: not "利息支出占营收的8%", "上浮10%的利率" or "首付30% 利率按合同走")
_RATE_PERCENT = re.compile(r"(?<![浮收加增长占付比例\d.])(?P<n>\d{1,2}(?:\.\d{1,4})?)\s*[%％](?=\s*(?:这个|的)?(?:年)?(?:利率|利息)(?!支出|收入))"
                           r"|(?:利率|利息)\s*(?:是|为|从|由|写的是|定的是|约定的是|约定为|[:：])?\s*(?P<m>\d{1,2}(?:\.\d{1,4})?)\s*[%％]")


def points_rate(text: str) -> list[RateMention]:
    """"月息3个点" → 3 % a month, 36 % a year."""
    out: list[RateMention] = []
    for m in _POINTS.finditer(text):
        try:
            pct = cn_decimal(m.group("n"))
        except (NumeralError, ArithmeticError):
            continue
        period = {"月": "month", "年": "year", "日": "day", "天": "day"}[m.group("period") or m.group("each")]
        per = clean_decimal(pct / 100)
        out.append(RateMention(m.start(), m.end(), m.group(0), "ok", period, per, clean_decimal(per * PER_YEAR[period]),
                               convention="个点即百分点"))
    return out


_RAISED_TO = re.compile(r"利率[^，。？?\n]{0,12}?(?:调到|调至|调为|调成|提高到|提到|上调到|上调至|涨到|降到|下调到|下调至)了?\s*"
                        r"(?P<k>\d{1,2}(?:\.\d{1,4})?)\s*[%％]")


# "合同APR写的是9.6%": an APR is a yearly rate by definition, whatever stands between the word and the figure
_APR = re.compile(r"(?<![A-Za-z])APR[^，。？?\n\d%％]{0,8}?(?P<n>\d{1,2}(?:\.\d{1,4})?)\s*[%％]")


def apr_percent(text: str) -> list[RateMention]:
    """"APR写的是9.6%" → 9.6 % a year."""
    return [RateMention(m.start(), m.end(), m.group(0), "ok", "year", Decimal(m.group("n")) / 100,
                        clean_decimal(Decimal(m.group("n")) / 100), convention="APR即年化利率")
            for m in _APR.finditer(text)]


def rate_percent(text: str) -> list[RateMention]:
    """A percentage called the rate with no period ("利率从4.1%调到了6.5%"): read as it stands, the period asked for."""
    out: list[RateMention] = []
    spans = [(m.start("n"), m.end(), m.group("n")) if m.group("n") else (m.start("m"), m.end(), m.group("m"))
             for m in _RATE_PERCENT.finditer(text)]
    spans += [(m.start("k"), m.end(), m.group("k")) for m in _RAISED_TO.finditer(text)
              if not any(s <= m.start("k") < e for s, e, _ in spans)]
    for start, end, n in sorted(spans):
        out.append(RateMention(start, end, text[start:end], "ambiguous", None, Decimal(n) / 100,
                               message="a percentage without a period: say whether it is per year, month or day"))
    return out


# "借了八千 每个月还一千零五十 还十个月", "5万分12期每期还4800": equal repayments of principal and interest. The rate
# is the internal rate of return per period × 12, the annualised rate (APR) lenders must disclose since 2021.
_REPAYMENT = re.compile(rf"(?:每|一)个?(?P<period>月|期)\s*(?:要|就|得|都)?(?:还|供|付|交)款?\s*(?P<n>{_NUM}){_YUAN}")
# the number of instalments: "共6期", "分十二期", "还十个月", "供两年" (not "已还4期", what is paid so far)
_COUNT = re.compile(r"(?P<kw>一共|总共|共|分|(?<!已)还|供)\s*(?P<k>\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?P<unit>个月|期|年)")


def instalment_rate(text: str) -> list[RateMention]:
    """The APR of a loan repaid in equal monthly instalments, from the sum lent, the instalment and their number."""
    m, principal = _REPAYMENT.search(text), lent_amount(text)
    counts = sorted(_COUNT.finditer(text), key=lambda c: c.group("kw") not in ("一共", "总共", "共", "分"))
    if not (m and counts and principal):
        return []
    count = counts[0]
    payment = spoken_amount(m.group("n"), text[m.end("n"):])
    try:
        n = int(count.group("k")) if count.group("k").isdigit() else cn_integer(count.group("k"))
    except NumeralError:
        return []
    if count.group("unit") == "年":
        if m.group("period") != "月":       # "每期还…供两年": how long a 期 is is not said
            return []
        n *= 12
    if not payment or not 1 < n <= 360 or payment * n <= principal or payment >= principal:
        return []
    monthly = _irr(principal, payment, n)
    annual = clean_decimal((monthly * 12).quantize(Decimal("0.0001")))
    return [RateMention(m.start(), m.end(), m.group(0), "ok", "month", clean_decimal(monthly.quantize(Decimal("0.000001"))),
                        annual, amount=payment,
                        convention=f"借{principal}元、每月还{clean_decimal(payment)}元共{n}期：内部收益率每月"
                                   f"{(monthly * 100).quantize(Decimal('0.0001'))}%",
                        message="equal instalments: internal rate of return per month × 12")]


# "借五万分12期，每期手续费零点八": a flat fee each period on the whole sum lent (分期 pricing), a percentage even
# without the sign; with the principal repaid in equal parts its APR is the IRR of those payments × 12
_PERIOD_FEE = re.compile(r"每(?:期|个?月)(?:的)?(?:手续费|服务费|分期费|管理费)(?:率)?\s*(?:是|为|收|要|按)?\s*(?:百分之)?"
                         r"(?P<f>\d(?:\.\d{1,3})?|[零〇一二两三四五六七八九](?:点[零〇一二两三四五六七八九]{1,3})?)(?:\s*(?:%|％|个点))?"
                         r"(?![\d万千百块元])")


def instalment_fee_rate(text: str) -> list[RateMention]:
    """The APR of a 分期 loan priced as a fee per period on the sum lent ("分12期，每期手续费0.8%")."""
    m, principal = _PERIOD_FEE.search(text), lent_amount(text)
    counts = [c for c in _COUNT.finditer(text) if c.group("unit") in ("期", "个月") and c.group("kw") in ("一共", "总共", "共", "分")]
    if not (m and counts and principal):
        return []
    try:
        fee = cn_decimal(m.group("f")) / 100
        n = int(counts[0].group("k")) if counts[0].group("k").isdigit() else cn_integer(counts[0].group("k"))
    except (NumeralError, ArithmeticError):
        return []
    if fee >= Decimal("0.01") and not re.search(r"%|％|个点|百分之", m.group(0)):
        return []      # "每期管理费3" may be 3 yuan: only "零点八", "0.6" read as a percentage without the sign
    if not (0 < fee < Decimal("0.1") and 1 < n <= 60):
        return []
    payment = principal / n + principal * fee
    monthly = _irr(principal, payment, n)
    annual = clean_decimal((monthly * 12).quantize(Decimal("0.0001")))
    return [RateMention(m.start(), m.end(), m.group(0), "ok", "month", clean_decimal(monthly.quantize(Decimal("0.000001"))),
                        annual, amount=clean_decimal(payment.quantize(Decimal("0.01"))),
                        convention=f"借{principal}元分{n}期、每期本金{clean_decimal((principal / n).quantize(Decimal('0.01')))}元"
                                   f"加手续费{clean_decimal(fee * 100)}%：内部收益率每月{(monthly * 100).quantize(Decimal('0.0001'))}%",
                        message="a flat fee per period on the sum lent: internal rate of return per month × 12")]


def _irr(principal: Decimal, payment: Decimal, n: int) -> Decimal:
    """The monthly rate r with payment × (1 − (1 + r)^−n) / r = principal (bisection; the payments exceed it)."""
    lo, hi = Decimal("0.0000001"), Decimal(1)
    for _ in range(80):
        mid = (lo + hi) / 2
        if payment * (1 - (1 + mid) ** -n) / mid > principal:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2
