"""Cross-institution ledger: how many OTHER institutions saw this borrower recently — counts only.

The ledger holds (tenant, keyed hash of the borrower, event, date). A tenant asks with its own tenant id and
the borrower's identifier; the answer is aggregated over other tenants and never names them or returns
their records (可用不可见). The borrower is hashed under the platform key before the query.
"""
from __future__ import annotations

from datetime import date, timedelta

from pydantic import BaseModel
from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from agent.risk import models as m
from agent.risk.keys import borrower_key
from agent.risk.queries import require_tenant


class CrossInstitutionActivity(BaseModel):
    """What a tenant may know about a borrower's activity elsewhere."""

    window_days: int
    other_institutions: int
    other_applications: int
    other_new_loans: int


def other_institution_activity(session: Session, credit_code: str, *, tenant: str, as_of: date,
                               window_days: int = 30) -> CrossInstitutionActivity:
    """Events at other tenants in the `window_days` up to `as_of` (inclusive)."""
    require_tenant(session, tenant)
    key = borrower_key(credit_code)
    where = (m.LedgerEntry.borrower_key == key, m.LedgerEntry.tenant_id != tenant,
             m.LedgerEntry.event_on > as_of - timedelta(days=window_days), m.LedgerEntry.event_on <= as_of)
    institutions = session.scalar(select(func.count(distinct(m.LedgerEntry.tenant_id))).where(*where)) or 0
    counts = dict(session.execute(select(m.LedgerEntry.event, func.count()).where(*where)
                                  .group_by(m.LedgerEntry.event)).all())
    return CrossInstitutionActivity(window_days=window_days, other_institutions=institutions,
                                    other_applications=counts.get("application", 0),
                                    other_new_loans=counts.get("loan", 0))


def peak_other_institutions(session: Session, credit_code: str, *, tenant: str, as_of: date, window_days: int,
                            lookback_days: int = 365) -> tuple[int, date | None]:
    """Most other institutions seen in any window ending on one of this tenant's own events (within lookback).

    Why: a tenant wants to know whether, around ITS application, the borrower was shopping elsewhere —
    not only in the last 30 days before today.
    """
    require_tenant(session, tenant)
    key = borrower_key(credit_code)
    own = session.scalars(select(m.LedgerEntry.event_on).where(
        m.LedgerEntry.borrower_key == key, m.LedgerEntry.tenant_id == tenant,
        m.LedgerEntry.event_on > as_of - timedelta(days=lookback_days), m.LedgerEntry.event_on <= as_of)).all()
    best, best_day = 0, None
    for day in sorted(set(own)):
        lo, hi = day - timedelta(days=window_days), min(day + timedelta(days=window_days), as_of)
        others = session.execute(select(m.LedgerEntry.tenant_id, m.LedgerEntry.event_on).where(
            m.LedgerEntry.borrower_key == key, m.LedgerEntry.tenant_id != tenant,
            m.LedgerEntry.event == "application", m.LedgerEntry.event_on >= lo, m.LedgerEntry.event_on <= hi)).all()
        # every window of `window_days` that contains the tenant's own event; the tenant ids never leave here
        for start in {d for _, d in others if d <= day} | {day}:
            n = len({t for t, d in others if start <= d <= start + timedelta(days=window_days)})
            if start + timedelta(days=window_days) >= day and n > best:
                best, best_day = n, day
        for end in {d for _, d in others if d > day}:
            n = len({t for t, d in others if end - timedelta(days=window_days) <= d <= end})
            if end - timedelta(days=window_days) <= day and n > best:
                best, best_day = n, day
    return best, best_day
