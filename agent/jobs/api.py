"""HTTP routes for batch jobs (mounted by serve.py): POST /v1/jobs, GET /v1/jobs/{id}, GET /v1/jobs/{id}/results.

Sources must live under `<data_dir>/uploads/`: the API never reads arbitrary server paths.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from fastapi import APIRouter, BackgroundTasks, HTTPException
from pydantic import BaseModel, Field

from agent.config import get_settings
from agent.errors import NotFound
from agent.jobs.engine import JobInfo, create_job, job_results, job_status, run_job

router = APIRouter(prefix="/v1/jobs", tags=["jobs"])


class JobRequest(BaseModel):
    kind: Literal["invoices", "receipts"]
    source: str = Field(..., description="Directory or .zip under <data_dir>/uploads/")
    workers: int = Field(1, ge=1, le=8)
    use_llm: bool = False


def _allowed_source(source: str) -> Path:
    uploads = (get_settings().data_dir / "uploads").resolve()
    path = (uploads / source).resolve()
    if uploads not in path.parents and path != uploads:
        raise HTTPException(400, f"source must be inside {uploads}")
    if not path.exists():
        raise HTTPException(404, f"source {source} not found under {uploads}")
    return path


@router.post("", response_model=JobInfo, status_code=202)
def start_job(req: JobRequest, background: BackgroundTasks) -> JobInfo:
    """Create (or resume) the job and run it in the background; poll GET /v1/jobs/{id}."""
    path = _allowed_source(req.source)
    info = create_job(req.kind, path, options={"use_llm": True} if req.use_llm else {})
    background.add_task(run_job, info.id, workers=req.workers)
    return info


@router.get("/{job_id}", response_model=JobInfo)
def get_job(job_id: str) -> JobInfo:
    try:
        return job_status(job_id)
    except NotFound as exc:
        raise HTTPException(404, exc.message) from None


@router.get("/{job_id}/results")
def get_results(job_id: str) -> list[dict[str, Any]]:
    try:
        return job_results(job_id)
    except NotFound as exc:
        raise HTTPException(404, exc.message) from None
