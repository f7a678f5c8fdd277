"""The one-year LPR in force on a date, from a versioned CSV (shipped file, overridden by the data dir copy).

The LPR is published monthly (the 20th, or the next business day). The table lists change dates; a date
after the month following the last row may already have a newer value we do not know, so the lookup says
so explicitly. Dates before the first LPR (2019-08-20) have no LPR at all: the caller must apply the
older rules instead, and the lookup says that too — never a guessed number.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Literal

from agent.config import Settings, get_settings
from agent.contracts.numerals import add_months
from agent.errors import FengtiaoError
from agent.rules.loader import RULES_DIR

SHIPPED_LPR = RULES_DIR / "lpr_1y.csv"
LPR_FIRST_DATE = date(2019, 8, 20)
_HEADER = ["date", "rate", "source"]


class LprDataError(FengtiaoError):
    """An LPR file is malformed or contradicts the values already known."""

    code = "lpr_data_error"


@dataclass(frozen=True)
class LprPoint:
    effective: date
    rate_pct: Decimal      # percent per year, e.g. 3.45
    source: str


@dataclass(frozen=True)
class LprLookup:
    on: date
    status: Literal["ok", "stale", "before_lpr"]
    rate_pct: Decimal | None
    effective: date | None
    source: str = ""
    warning: str = ""


def data_dir_lpr(settings: Settings | None = None) -> Path:
    return (settings or get_settings()).data_dir / "rules" / "lpr_1y.csv"


def parse_lpr_csv(text: str, *, origin: str = "LPR file") -> list[LprPoint]:
    """Validate rows (ISO date ≥ 2019-08-20, 0 < rate < 20 %), drop comments, sort, refuse duplicate dates."""
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    reader = csv.DictReader(io.StringIO("\n".join(lines)))
    if not reader.fieldnames or [f.strip() for f in reader.fieldnames[:2]] != ["date", "rate"]:
        raise LprDataError(f"{origin}: expected a CSV with columns date,rate[,source]; got {reader.fieldnames}")
    points: dict[date, LprPoint] = {}
    for n, row in enumerate(reader, start=2):
        try:
            d = date.fromisoformat((row.get("date") or "").strip())
            rate = Decimal((row.get("rate") or "").strip())
        except (ValueError, InvalidOperation):
            raise LprDataError(f"{origin} row {n}: need an ISO date and a percent rate, got {row}") from None
        if d < LPR_FIRST_DATE:
            raise LprDataError(f"{origin} row {n}: {d} is before the first LPR ({LPR_FIRST_DATE})")
        if not Decimal(0) < rate < Decimal(20):
            raise LprDataError(f"{origin} row {n}: rate {rate} is not a plausible percent per year")
        if d in points and points[d].rate_pct != rate:
            raise LprDataError(f"{origin}: {d} appears twice with different rates")
        points[d] = LprPoint(d, rate, (row.get("source") or "").strip())
    if not points:
        raise LprDataError(f"{origin}: no LPR rows")
    return sorted(points.values(), key=lambda p: p.effective)


def load_lpr_table(settings: Settings | None = None) -> list[LprPoint]:
    """The data-dir copy if `fengtiao lpr update` wrote one, else the shipped table."""
    path = data_dir_lpr(settings)
    if not path.exists():
        path = SHIPPED_LPR
    return parse_lpr_csv(path.read_text(encoding="utf-8"), origin=str(path))


def covered_until(table: list[LprPoint]) -> date:
    """First day the table cannot vouch for: the next monthly publication after the last row."""
    last = table[-1].effective
    return add_months(date(last.year, last.month, 20), 1)


def lpr_on(on: date, table: list[LprPoint] | None = None) -> LprLookup:
    """The one-year LPR in force on `on` (the latest publication on or before it)."""
    table = table or load_lpr_table()
    if on < table[0].effective:
        return LprLookup(on, "before_lpr", None, None, warning=(
            f"{on} is before the first one-year LPR ({table[0].effective}); the LPR cap does not apply — "
            "use the rules in force then (2015 private-lending rules: 24 % / 36 % lines)."))
    point = [p for p in table if p.effective <= on][-1]
    if on >= covered_until(table):
        return LprLookup(on, "stale", point.rate_pct, point.effective, point.source, warning=(
            f"LPR data ends with the {table[-1].effective} publication; {on} is later, so a newer LPR may apply. "
            f"Using {point.rate_pct}% (in force from {point.effective}); run `fengtiao lpr update FILE` with newer values."))
    return LprLookup(on, "ok", point.rate_pct, point.effective, point.source)


def merge_lpr(existing: list[LprPoint], new: list[LprPoint]) -> list[LprPoint]:
    """Union by date; a date present in both with different rates is a conflict, not an overwrite."""
    by_date = {p.effective: p for p in existing}
    for p in new:
        old = by_date.get(p.effective)
        if old and old.rate_pct != p.rate_pct:
            raise LprDataError(
                f"{p.effective}: new file says {p.rate_pct}% but the current table says {old.rate_pct}%; "
                "check the PBOC announcement and fix one of them")
        if not old or not old.source:
            by_date[p.effective] = p
    return sorted(by_date.values(), key=lambda p: p.effective)


def write_lpr_table(points: list[LprPoint], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    buf = io.StringIO()
    buf.write("# One-year LPR (percent per year), merged by `fengtiao lpr update`; overrides the shipped table.\n")
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(_HEADER)
    for p in points:
        w.writerow([p.effective.isoformat(), str(p.rate_pct), p.source])
    path.write_text(buf.getvalue(), encoding="utf-8")


def update_lpr(file: Path, settings: Settings | None = None) -> tuple[Path, int]:
    """Validate `file`, merge it into the current table, write the data-dir copy; returns (path, rows added)."""
    if not file.exists():
        raise LprDataError(f"{file}: file not found")
    new = parse_lpr_csv(file.read_text(encoding="utf-8"), origin=str(file))
    current = load_lpr_table(settings)
    merged = merge_lpr(current, new)
    target = data_dir_lpr(settings)
    write_lpr_table(merged, target)
    return target, len(merged) - len(current)
