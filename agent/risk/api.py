"""HTTP routes (mounted by serve.py): GET /v1/borrowers/{id}/warnings and /report. Tenant from `X-Tenant`.

Another tenant's borrower answers 404 (indistinguishable from an unknown id); an unknown tenant 403.
"""
from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Header, HTTPException, Query
from fastapi.responses import HTMLResponse

from agent.errors import NotFound, TenantAccessError
from agent.risk.warnings import Warning, warnings_for

router = APIRouter(prefix="/v1/borrowers", tags=["risk"])


def _guard(fn, *args, **kwargs):
    try:
        return fn(*args, **kwargs)
    except TenantAccessError as exc:
        raise HTTPException(403, exc.message) from None
    except NotFound as exc:
        raise HTTPException(404, exc.message) from None


@router.get("/{borrower_id}/warnings", response_model=list[Warning])
def get_warnings(borrower_id: str, x_tenant: str = Header(..., alias="X-Tenant"),
                 as_of: date | None = Query(None, description="Evaluate as of this date (default today)")) -> list[Warning]:
    return _guard(warnings_for, borrower_id, tenant=x_tenant, as_of=as_of)


@router.get("/{borrower_id}/report", response_class=HTMLResponse)
def get_report(borrower_id: str, x_tenant: str = Header(..., alias="X-Tenant"), as_of: date | None = Query(None)) -> HTMLResponse:
    from agent.risk.report import borrower_report_html

    return HTMLResponse(_guard(borrower_report_html, borrower_id, tenant=x_tenant, as_of=as_of))
