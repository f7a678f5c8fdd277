"""`fengtiao risk scan`: incremental — only borrowers whose data changed since the tenant's last scan.

A change to one member of a fraud ring re-checks the whole ring; warnings already shown to the tenant
(same signal, level and reasons) are not printed again.
"""
from __future__ import annotations

import hashlib
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from agent.risk import models as m
from agent.risk.db import session_scope
from agent.risk.queries import require_tenant, tenant_borrowers
from agent.risk.warnings import RiskContext, Warning, build_context, warnings_in_session


def fingerprint(tenant: str, w: Warning) -> str:
    return hashlib.sha256(f"{tenant}|{w.borrower_id}|{w.signal}|{w.level}|{','.join(sorted(w.reason_codes))}".encode()).hexdigest()


def _changed(session: Session, ctx: RiskContext, since: datetime | None) -> set[int] | None:
    if since is None:
        return None  # first scan: everything
    ids = set(session.scalars(select(m.Enterprise.id).where(m.Enterprise.data_changed_at > since)))
    for eid in list(ids):
        ring = ctx.rings.by_enterprise.get(eid)
        if ring is not None:
            ids |= set(ring.enterprise_ids)
    return ids


def scan(*, tenant: str | None = None, since: date | None = None, as_of: date | None = None,
         url: str | None = None) -> dict[str, list[Warning]]:
    """New warnings per tenant. `since` overrides the remembered last-scan time."""
    started = datetime.now()
    out: dict[str, list[Warning]] = {}
    with session_scope(url) as session:
        tenants = [require_tenant(session, tenant)] if tenant else list(session.scalars(select(m.Tenant.id)))
        ctx = build_context(session, as_of=as_of)
        for t in tenants:
            state = session.get(m.ScanState, t)
            last = datetime.combine(since, datetime.min.time()) if since else (state.last_scan_at if state else None)
            changed = _changed(session, ctx, last)
            seen = set(session.scalars(select(m.WarningLog.fingerprint).where(m.WarningLog.tenant_id == t)))
            new: list[Warning] = []
            for ent in tenant_borrowers(session, tenant=t):
                if changed is not None and ent.id not in changed:
                    continue
                for w in warnings_in_session(session, ent.credit_code, tenant=t, ctx=ctx):
                    fp = fingerprint(t, w)
                    if fp not in seen:
                        seen.add(fp)
                        new.append(w)
                        session.add(m.WarningLog(tenant_id=t, enterprise_id=ent.id, fingerprint=fp, first_seen_at=started))
            if state is None:
                session.add(m.ScanState(tenant_id=t, last_scan_at=started))
            else:
                state.last_scan_at = started
            out[t] = new
    return out
