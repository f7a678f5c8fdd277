"""HTTP API for mediation cases: create, run, read, resume with the mediator's decision, download the DOCX.

A case belongs to the tenant that created it (`X-Tenant`, filled in from the API key when keys are on):
another tenant's case id answers 404 exactly like an unknown one; an unknown tenant is 403. Every error is
problem+json (type, title, status, detail; a dispute error adds `file` and `field`), answered by the route class.
A dispute may name a contract file only inside the caller's uploads folder or the shipped samples, never any
server path.
"""
from __future__ import annotations

import tempfile
from pathlib import Path
from typing import ClassVar, Literal

from fastapi import APIRouter
from fastapi.responses import FileResponse
from pydantic import BaseModel

from agent.config import get_settings
from agent.errors import FengtiaoError, NotFound
from agent.security.deps import ProblemRoute, RequestTenant


class CaseRoute(ProblemRoute):
    """An unknown (or another tenant's) case is 404; any other error of a case is 422: the dispute, the review
    or the draft cannot go on as sent (a refused tenant keeps its own 403)."""

    statuses: ClassVar[dict[type[FengtiaoError], int]] = {NotFound: 404, FengtiaoError: 422}


router = APIRouter(prefix="/v1/mediation", tags=["mediation"], route_class=CaseRoute)
_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
SAMPLES = Path(__file__).resolve().parent.parent / "samples"


class CaseRequest(BaseModel):
    dispute: dict
    use_llm: bool = False
    lang: Literal["zh", "en"] | None = None


class Decision(BaseModel):
    action: Literal["approve", "send_back", "edit"] = "approve"
    option: int | None = None
    note: str | None = None
    edits: dict | None = None


def check_contract_path(file: str | None, tenant: str | None) -> None:
    """A contract path in a request must be the caller's upload or a shipped sample: reading another
    tenant's upload (or any server file) through a dispute would leak it into the case."""
    if not file:
        return
    from agent.mediation.intake import IntakeError

    uploads = (get_settings().data_dir / "uploads").resolve()
    roots = [SAMPLES.resolve(), (uploads / tenant).resolve() if tenant else uploads]
    path = Path(file).resolve()
    if not any(root in path.parents for root in roots):
        where = f"<data_dir>/uploads/{tenant}/" if tenant else "<data_dir>/uploads/"
        raise IntakeError("request", "contract.file", f"a contract file must be uploaded to {where} first "
                          "(POST /v1/documents or /v1/uploads), or give the contract's features inline")


@router.post("/cases")
def create_case(req: CaseRequest, tenant: RequestTenant) -> dict:
    """Validate the dispute and run it to the mediator's review (a contract file must be the tenant's upload)."""
    from agent.mediation.intake import parse_dispute
    from agent.mediation.service import start_case

    dispute = parse_dispute(req.dispute, file="request")
    check_contract_path(dispute.contract.file, tenant)
    return start_case(dispute, use_llm=req.use_llm, lang=req.lang, tenant=tenant)


@router.get("/cases/{case_id}")
def get_case(case_id: str, tenant: RequestTenant) -> dict:
    from agent.mediation.service import case_state

    return case_state(case_id, tenant=tenant)


@router.post("/cases/{case_id}/resume")
def resume(case_id: str, decision: Decision, tenant: RequestTenant) -> dict:
    from agent.mediation.service import resume_case

    return resume_case(case_id, decision.model_dump(exclude_none=True), tenant=tenant)


@router.get("/cases/{case_id}/agreement.docx")
def download_docx(case_id: str, tenant: RequestTenant) -> FileResponse:
    from agent.mediation.service import export_docx

    out = export_docx(case_id, Path(tempfile.mkdtemp(prefix="fengtiao-med-")) / f"调解协议书-{case_id}.docx",
                      tenant=tenant)
    return FileResponse(out, media_type=_DOCX, filename=out.name)
