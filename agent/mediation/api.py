"""HTTP API for mediation cases: create, run, read, resume with the mediator's decision, download the DOCX."""
from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Literal

from fastapi import APIRouter, HTTPException
from fastapi.responses import FileResponse
from pydantic import BaseModel

from agent.errors import FengtiaoError, NotFound

router = APIRouter(prefix="/v1/mediation", tags=["mediation"])
_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


class CaseRequest(BaseModel):
    dispute: dict
    use_llm: bool = False
    lang: Literal["zh", "en"] | None = None


class Decision(BaseModel):
    action: Literal["approve", "send_back", "edit"] = "approve"
    option: int | None = None
    note: str | None = None
    edits: dict | None = None


def _error(exc: FengtiaoError) -> HTTPException:
    status = 404 if isinstance(exc, NotFound) else 422
    return HTTPException(status_code=status, detail=exc.to_dict())


@router.post("/cases")
def create_case(req: CaseRequest) -> dict:
    """Validate the dispute and run it to the mediator's review (a contract file path must be server-side)."""
    from agent.mediation.intake import parse_dispute
    from agent.mediation.service import start_case

    try:
        return start_case(parse_dispute(req.dispute, file="request"), use_llm=req.use_llm, lang=req.lang)
    except FengtiaoError as exc:
        raise _error(exc) from None


@router.get("/cases/{case_id}")
def get_case(case_id: str) -> dict:
    from agent.mediation.service import case_state

    try:
        return case_state(case_id)
    except FengtiaoError as exc:
        raise _error(exc) from None


@router.post("/cases/{case_id}/resume")
def resume(case_id: str, decision: Decision) -> dict:
    from agent.mediation.service import resume_case

    try:
        return resume_case(case_id, decision.model_dump(exclude_none=True))
    except FengtiaoError as exc:
        raise _error(exc) from None


@router.get("/cases/{case_id}/agreement.docx")
def download_docx(case_id: str) -> FileResponse:
    from agent.mediation.service import export_docx

    try:
        out = export_docx(case_id, Path(tempfile.mkdtemp(prefix="fengtiao-med-")) / f"调解协议书-{case_id}.docx")
    except FengtiaoError as exc:
        raise _error(exc) from None
    return FileResponse(out, media_type=_DOCX, filename=out.name)
