"""Tenant-scoped reads of institution data. Every function takes the tenant and filters by it.

A tenant may look at an enterprise only if it holds an application or loan from it; anything else is
`NotFound` — the same answer as for an id that does not exist, so probing reveals nothing.
"""
from __future__ import annotations

import base64
from datetime import date
from typing import Literal

from pydantic import BaseModel, Field
from sqlalchemy import exists, func, or_, select
from sqlalchemy.orm import Session

from agent.errors import DocumentError, NotFound, TenantAccessError
from agent.risk import models as m


def require_tenant(session: Session, tenant: str) -> str:
    if not tenant or session.get(m.Tenant, tenant) is None:
        raise TenantAccessError(f"机构 {tenant!r} 未在平台登记，无权访问借款人数据；请使用已开通的机构代码（X-Tenant）。")
    return tenant


def _has_relationship(tenant: str):
    return (exists().where(m.Application.enterprise_id == m.Enterprise.id, m.Application.tenant_id == tenant)
            | exists().where(m.Loan.enterprise_id == m.Enterprise.id, m.Loan.tenant_id == tenant))


def tenant_borrower(session: Session, credit_code: str, *, tenant: str) -> m.Enterprise:
    """The enterprise behind `credit_code`, if this tenant has a lending relationship with it."""
    require_tenant(session, tenant)
    ent = session.scalar(select(m.Enterprise).where(m.Enterprise.credit_code == credit_code.strip().upper(),
                                                    _has_relationship(tenant)))
    if ent is None:
        raise NotFound(f"本机构没有借款人 {credit_code} 的申请或贷款记录。")
    return ent


def tenant_borrowers(session: Session, *, tenant: str) -> list[m.Enterprise]:
    require_tenant(session, tenant)
    return list(session.scalars(select(m.Enterprise).where(_has_relationship(tenant)).order_by(m.Enterprise.id)))


def tenant_applications(session: Session, enterprise_id: int, *, tenant: str) -> list[m.Application]:
    return list(session.scalars(select(m.Application).where(
        m.Application.tenant_id == tenant, m.Application.enterprise_id == enterprise_id).order_by(m.Application.applied_on)))


def tenant_loans(session: Session, enterprise_id: int, *, tenant: str) -> list[m.Loan]:
    return list(session.scalars(select(m.Loan).where(
        m.Loan.tenant_id == tenant, m.Loan.enterprise_id == enterprise_id).order_by(m.Loan.maturity_on)))


class BorrowerSummary(BaseModel):
    borrower_id: str                     # 统一社会信用代码
    name: str
    industry: str
    applications: int                    # at this tenant only
    loans: int
    last_applied_on: date | None
    warning_level: Literal["red", "orange", "yellow"] | None = Field(
        None, description="the most severe current warning; null when there is none or warnings were not computed")
    warning_count: int | None = Field(
        None, description="current warnings as of today; null when not computed (pages of more than 50)")


class BorrowerPage(BaseModel):
    items: list[BorrowerSummary]
    total: int                           # matching borrowers of this tenant, over all pages
    limit: int
    next_cursor: str | None


def _cursor(after_id: int) -> str:
    return base64.urlsafe_b64encode(f"e:{after_id}".encode()).decode().rstrip("=")


def _after(cursor: str | None) -> int:
    if not cursor:
        return 0
    try:
        kind, _, value = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode().partition(":")
        if kind == "e" and value.isdigit():
            return int(value)
    except (ValueError, UnicodeDecodeError):
        pass
    raise DocumentError("cursor", "not a cursor this API issued; start again without one", kind="invalid")


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search_tenant_borrowers(session: Session, *, tenant: str, q: str = "", limit: int = 20,
                            cursor: str | None = None) -> BorrowerPage:
    """This tenant's borrowers whose name contains `q` or whose credit code starts with it, by id, one page.

    Keyset pagination (the cursor carries the last id), so a page is stable while new borrowers are imported.
    """
    where = [_has_relationship(tenant)]
    q = q.strip()
    if q:
        where.append(or_(m.Enterprise.name.like(f"%{_like(q)}%", escape="\\"),
                         m.Enterprise.credit_code.like(f"{_like(q.upper())}%", escape="\\")))
    total = session.scalar(select(func.count()).select_from(m.Enterprise).where(*where)) or 0
    ents = list(session.scalars(select(m.Enterprise).where(*where, m.Enterprise.id > _after(cursor))
                                .order_by(m.Enterprise.id).limit(limit + 1)))
    more, ents = len(ents) > limit, ents[:limit]
    ids = [e.id for e in ents]
    apps = {eid: (n, last) for eid, n, last in session.execute(
        select(m.Application.enterprise_id, func.count(), func.max(m.Application.applied_on))
        .where(m.Application.tenant_id == tenant, m.Application.enterprise_id.in_(ids)).group_by(m.Application.enterprise_id))}
    loans = dict(session.execute(select(m.Loan.enterprise_id, func.count()).where(
        m.Loan.tenant_id == tenant, m.Loan.enterprise_id.in_(ids)).group_by(m.Loan.enterprise_id)).all())
    items = [BorrowerSummary(borrower_id=e.credit_code, name=e.name, industry=e.industry,
                             applications=apps.get(e.id, (0, None))[0], loans=loans.get(e.id, 0),
                             last_applied_on=apps.get(e.id, (0, None))[1]) for e in ents]
    return BorrowerPage(items=items, total=total, limit=limit, next_cursor=_cursor(ids[-1]) if more else None)
