"""HTTP routes for batch jobs (mounted by serve.py): POST /v1/jobs, GET /v1/jobs/{id}, GET /v1/jobs/{id}/results
(JSON) and GET /v1/jobs/{id}/results.xlsx (sheets `results` and `errors`, formula-safe).

Sources must live under `<data_dir>/uploads/`: the API never reads arbitrary server paths. A tenant (`X-Tenant`,
filled in from the API key when keys are on) may only use sources under `uploads/<tenant>/` and only sees its
own jobs: another tenant's job id answers 404 exactly like an unknown one; an unknown tenant is 403. Every error
is problem+json (type, title, status, detail), answered by the router's route class.
Without a tenant (keys off, no header) the caller is the local operator, as before.
"""
from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any, Literal

from fastapi import APIRouter, BackgroundTasks
from fastapi.responses import FileResponse
from pydantic import BaseModel, Field
from starlette.background import BackgroundTask

from agent.config import get_settings
from agent.errors import NotFound
from agent.jobs.engine import JobInfo, create_job, job_results, job_status, run_job
from agent.security.deps import ProblemRoute, RequestTenant
from agent.security.errors import SecurityRefusal

router = APIRouter(prefix="/v1/jobs", tags=["jobs"], route_class=ProblemRoute)


class SourceOutsideUploads(SecurityRefusal):
    """A job source outside the caller's uploads folder: refused whether it exists or not, so it reveals nothing."""

    status = 400
    code = "source_outside_uploads"


class JobRequest(BaseModel):
    kind: Literal["invoices", "receipts"]
    source: str = Field(..., description="Directory or .zip under <data_dir>/uploads/ (a tenant: under uploads/<tenant>/), "
                                         "as returned by POST /v1/uploads")
    workers: int = Field(1, ge=1, le=8)
    use_llm: bool = False


def allowed_source(source: str, tenant: str | None) -> Path:
    """The source's real path, refused unless it lies in the caller's uploads folder.

    Containment is checked before existence, so a tenant cannot probe which files another tenant uploaded.
    """
    uploads = (get_settings().data_dir / "uploads").resolve()
    root = (uploads / tenant).resolve() if tenant else uploads
    shown = f"<data_dir>/uploads/{tenant}/" if tenant else "<data_dir>/uploads/"
    path = (uploads / source).resolve()
    if root not in path.parents and path != root:
        raise SourceOutsideUploads(f"source must be inside {shown} (upload the batch with POST /v1/uploads first)")
    if not path.exists():
        raise NotFound(f"source {source} not found under {shown}")
    return path


def public(info: JobInfo) -> JobInfo:
    """The job as a client may see it: its source relative to the uploads folder, never the server's own path."""
    uploads = (get_settings().data_dir / "uploads").resolve()
    src = Path(info.source)
    shown = src.relative_to(uploads).as_posix() if uploads in src.parents else src.name
    return info.model_copy(update={"source": shown})


@router.post("", response_model=JobInfo, status_code=202)
def start_job(req: JobRequest, background: BackgroundTasks, tenant: RequestTenant) -> JobInfo:
    """Create (or resume) the job and run it in the background; poll GET /v1/jobs/{id}."""
    path = allowed_source(req.source, tenant)
    info = create_job(req.kind, path, options={"use_llm": True} if req.use_llm else {}, tenant=tenant)
    background.add_task(run_job, info.id, workers=req.workers)
    return public(info)


@router.get("/{job_id}", response_model=JobInfo)
def get_job(job_id: str, tenant: RequestTenant) -> JobInfo:
    return public(job_status(job_id, tenant=tenant))


@router.get("/{job_id}/results")
def get_results(job_id: str, tenant: RequestTenant) -> list[dict[str, Any]]:
    return job_results(job_id, tenant=tenant)


@router.get("/{job_id}/results.xlsx", response_class=FileResponse)
def get_results_xlsx(job_id: str, tenant: RequestTenant) -> FileResponse:
    """The records as an Excel workbook for credit staff: one row per file, one row per error."""
    from agent.jobs.export import write_xlsx

    records = job_results(job_id, tenant=tenant)
    folder = Path(tempfile.mkdtemp(prefix="fengtiao-xlsx-"))
    path = folder / f"job-{job_id}.xlsx"
    write_xlsx(records, path)

    def cleanup() -> None:
        path.unlink(missing_ok=True)
        folder.rmdir()

    return FileResponse(path, filename=path.name, background=BackgroundTask(cleanup),
                        media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
