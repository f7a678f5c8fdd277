"""Tenant-scoped reads of institution data. Every function takes the tenant and filters by it.

A tenant may look at an enterprise only if it holds an application or loan from it; anything else is
`NotFound` — the same answer as for an id that does not exist, so probing reveals nothing.
"""
from __future__ import annotations

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from agent.errors import NotFound, TenantAccessError
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
