"""Calendar-month arithmetic for monthly series (invoices, tax, headcount, utilities): one definition for the
generator, the signals, the features and the chat's invoice summary, so their windows always line up."""
from __future__ import annotations

from datetime import date


def month_index(d: date) -> int:
    """Months since year 0: the difference of two indexes is the number of months between them."""
    return d.year * 12 + d.month - 1


def month_start(d: date, back: int = 0) -> date:
    """The first day of the month `back` months before d's month (negative: after)."""
    idx = month_index(d) - back
    return date(idx // 12, idx % 12 + 1, 1)
