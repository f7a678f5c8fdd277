"""A borrower's issued invoices by month, summed over trailing windows and compared with the same months a year
earlier — what a credit officer means by "最近三个月开票怎么样".

Why Decimal and not the float features: these totals are quoted to the officer as money, to the fen, and must
equal a hand sum of the rows. Why windows end with the platform's latest invoice month and not the borrower's:
a borrower whose invoices stop is exactly what the officer needs to see, so its missing months are reported as
missing (never filled in), and the change is left out when either window is incomplete.
"""
from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from pydantic import BaseModel
from sqlalchemy import func, select

from agent.risk import models as m
from agent.risk.db import session_scope
from agent.risk.months import month_index, month_start
from agent.risk.queries import tenant_borrower

CENT = Decimal("0.01")


class InvoiceMonthRow(BaseModel):
    month: str                       # YYYY-MM
    issued_total: Decimal
    issued_count: int
    row_id: int                      # invoice_months.id


class InvoiceWindow(BaseModel):
    months: int
    span: str                        # 2026-04..2026-06
    prior_span: str                  # the same months a year earlier
    total: Decimal                   # over the months on file only (see missing)
    prior_total: Decimal
    change_pct: Decimal | None       # None when a month of either window is missing or the prior total is 0
    missing: list[str]               # YYYY-MM of either window with no row
    rows: list[InvoiceMonthRow]      # the recent window, oldest first
    prior_rows: list[InvoiceMonthRow]

    @property
    def row_ids(self) -> list[int]:
        return [r.row_id for r in self.prior_rows + self.rows]


class InvoiceSummary(BaseModel):
    borrower_id: str
    name: str
    tenant: str
    platform_latest_month: str | None   # the latest invoice month anyone has on the platform: the windows end here
    latest_month: str | None            # this borrower's latest month on file
    months_behind: int                  # platform latest − borrower latest, in months (0 = up to date)
    windows: list[InvoiceWindow]


def _row(r: m.InvoiceMonth) -> InvoiceMonthRow:
    return InvoiceMonthRow(month=f"{r.month:%Y-%m}", issued_total=Decimal(r.issued_total).quantize(CENT),
                           issued_count=r.issued_count, row_id=r.id)


def _window(by_month: dict[date, m.InvoiceMonth], end: date, months: int) -> InvoiceWindow:
    recent = [month_start(end, b) for b in reversed(range(months))]
    prior = [month_start(end, b + 12) for b in reversed(range(months))]
    rows = [_row(by_month[mo]) for mo in recent if mo in by_month]
    prior_rows = [_row(by_month[mo]) for mo in prior if mo in by_month]
    missing = [f"{mo:%Y-%m}" for mo in prior + recent if mo not in by_month]
    total = sum((r.issued_total for r in rows), Decimal(0))
    prior_total = sum((r.issued_total for r in prior_rows), Decimal(0))
    change = None
    if not missing and prior_total > 0:
        change = (100 * (total / prior_total - 1)).quantize(CENT, rounding=ROUND_HALF_UP)
    span = lambda ms: f"{ms[0]:%Y-%m}" + (f"..{ms[-1]:%Y-%m}" if len(ms) > 1 else "")  # noqa: E731
    return InvoiceWindow(months=months, span=span(recent), prior_span=span(prior), total=total, prior_total=prior_total,
                         change_pct=change, missing=missing, rows=rows, prior_rows=prior_rows)


def invoice_summary(borrower_id: str, *, tenant: str, windows: tuple[int, ...] = (3, 6),
                    url: str | None = None) -> InvoiceSummary:
    """Issued-invoice totals of one borrower of this tenant; NotFound when the tenant has no lending relationship."""
    with session_scope(url) as session:
        ent = tenant_borrower(session, borrower_id, tenant=tenant)
        platform_latest = session.scalar(select(func.max(m.InvoiceMonth.month)))
        lo = month_start(platform_latest, max(windows) + 11) if platform_latest else None
        rows = list(session.scalars(select(m.InvoiceMonth).where(
            m.InvoiceMonth.enterprise_id == ent.id, *([m.InvoiceMonth.month >= lo] if lo else []))))
        latest = session.scalar(select(func.max(m.InvoiceMonth.month)).where(m.InvoiceMonth.enterprise_id == ent.id))
        by_month = {r.month: r for r in rows}
        found = [_window(by_month, platform_latest, n) for n in windows] if platform_latest else []
        behind = month_index(platform_latest) - month_index(latest) if platform_latest and latest else 0
        return InvoiceSummary(borrower_id=ent.credit_code, name=ent.name, tenant=tenant,
                              platform_latest_month=f"{platform_latest:%Y-%m}" if platform_latest else None,
                              latest_month=f"{latest:%Y-%m}" if latest else None, months_behind=behind, windows=found)
