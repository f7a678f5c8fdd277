"""HTTP routes (mounted by serve.py): GET /v1/borrowers, /v1/borrowers/{id}/warnings, /report and /score.

The tenant comes from `X-Tenant` and must be a registered institution (`FENGTIAO_TENANTS`, checked by
`agent.security.deps` like every other route): an unknown or missing tenant answers 403. Another tenant's
borrower answers 404, the same as an id that does not exist, so probing reveals nothing. Every error is
problem+json, answered by the route class with serve.py's statuses (TenantAccessError 403, NotFound 404,
DocumentError 422).
"""
from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Query
from fastapi.responses import HTMLResponse
from sqlalchemy.orm import Session

from agent.risk.queries import BorrowerPage
from agent.risk.warnings import Warning, warnings_for
from agent.security.deps import InstitutionTenant, ProblemRoute

router = APIRouter(prefix="/v1/borrowers", tags=["risk"], route_class=ProblemRoute)

WARNINGS_PAGE_MAX = 50   # a list page evaluates each borrower's warnings; larger pages skip them to stay fast


@router.get("", response_model=BorrowerPage)
def list_borrowers(tenant: InstitutionTenant,
                   q: str = Query("", max_length=100, description="Part of the name, or the start of the credit code"),
                   limit: int = Query(20, ge=1, le=100),
                   cursor: str | None = Query(None, description="next_cursor of the previous page")) -> BorrowerPage:
    """This institution's own borrowers (an application or a loan here), never another's.

    Pages of up to 50 carry each borrower's highest current warning level (as of today, like
    /warnings) so a list can show badges without one request per borrower.
    """
    from agent.risk.db import session_scope
    from agent.risk.queries import search_tenant_borrowers

    with session_scope() as session:
        found = search_tenant_borrowers(session, tenant=tenant, q=q, limit=limit, cursor=cursor)
        if found.items and limit <= WARNINGS_PAGE_MAX:
            _add_warning_levels(session, found, tenant)
        return found


def _add_warning_levels(session: Session, found: BorrowerPage, tenant: str) -> None:
    """Each item's warning count and most severe level, with one shared context (the ring graph is built once)."""
    from agent.risk.warnings import build_context, warnings_in_session

    ctx = build_context(session)
    for item in found.items:
        warnings = warnings_in_session(session, item.borrower_id, tenant=tenant, ctx=ctx)   # most severe first
        item.warning_count = len(warnings)
        item.warning_level = warnings[0].level if warnings else None


@router.get("/{borrower_id}/warnings", response_model=list[Warning])
def get_warnings(borrower_id: str, tenant: InstitutionTenant,
                 as_of: date | None = Query(None, description="Evaluate as of this date (default today)")) -> list[Warning]:
    return warnings_for(borrower_id, tenant=tenant, as_of=as_of)


@router.get("/{borrower_id}/report", response_class=HTMLResponse)
def get_report(borrower_id: str, tenant: InstitutionTenant,
               as_of: date | None = Query(None)) -> HTMLResponse:
    from agent.risk.report import borrower_report_html

    return HTMLResponse(borrower_report_html(borrower_id, tenant=tenant, as_of=as_of))


@router.get("/{borrower_id}/score")
def get_score(borrower_id: str, tenant: InstitutionTenant,
              as_of: date | None = Query(None, description="Features as of this date (default: the data's latest month)")) -> dict:
    """The operating-risk score with reason codes; 404 when this institution has no scorecard yet."""
    from agent.risk.operating_score import score_borrower

    return score_borrower(borrower_id, tenant=tenant, as_of=as_of).model_dump(mode="json")
