"""The PBOC benchmark lending rate (人民币贷款基准利率) in force on a date, for a loan term.

Bank and rural-credit contracts signed before the LPR reform price their loans as "同期同档次贷款基准利率上浮30%" without
writing the resulting rate: the rate is only known once the benchmark of the signing date and of the loan's term band
is looked up. The shipped table lists every change since 2008-12-23; an earlier date gets no number, never a guess.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Literal

from agent.rules.loader import RULES_DIR

SHIPPED_BENCHMARK = RULES_DIR / "pboc_benchmark.csv"
LPR_REFORM = date(2019, 8, 20)
Band = Literal["m6", "y1", "y3", "y5", "over5"]
BAND_NAMES: dict[str, str] = {"m6": "六个月以内（含）", "y1": "六个月至一年（含）", "y3": "一至三年（含）",
                              "y5": "三至五年（含）", "over5": "五年以上"}


@dataclass(frozen=True)
class BenchmarkLookup:
    rate_pct: Decimal | None      # percent per year
    effective: date | None
    band: Band
    warning: str = ""


@lru_cache(maxsize=1)
def _table() -> list[tuple[date, dict[str, Decimal]]]:
    lines = [ln for ln in SHIPPED_BENCHMARK.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    rows = [(date.fromisoformat(r.pop("date")), {k: Decimal(v) for k, v in r.items()})
            for r in csv.DictReader(io.StringIO("\n".join(lines)))]
    return sorted(rows, key=lambda r: r[0])


def band_for(months: int | None) -> Band:
    """The PBOC term band of a loan of `months` months; an unknown term is read as up to one year, the usual
    working-capital and farm loan."""
    if months is None or months <= 12:
        return "m6" if months is not None and months <= 6 else "y1"
    return "y3" if months <= 36 else "y5" if months <= 60 else "over5"


def benchmark_on(on: date, band: Band) -> BenchmarkLookup:
    """The benchmark rate for `band` in force on `on` (the latest change on or before it)."""
    table = _table()
    if on < table[0][0]:
        return BenchmarkLookup(None, None, band, f"{on} is before the benchmark table ({table[0][0]}): look up the "
                                                 "PBOC benchmark rate of that date by hand")
    effective, rates = [r for r in table if r[0] <= on][-1]
    warning = (f"{on} is after the LPR reform ({LPR_REFORM}): new loans are priced on the LPR; the last benchmark "
               f"({effective}) is used as the contract's words say" if on >= LPR_REFORM else "")
    return BenchmarkLookup(rates[band], effective, band, warning)
