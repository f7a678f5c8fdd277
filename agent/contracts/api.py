"""HTTP route for contract checks (mounted by serve.py): the same report as `fengtiao contract check --json`."""
from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from fastapi import APIRouter, File, Form, UploadFile
from pydantic import BaseModel, Field

from agent.config import get_settings
from agent.contracts.check import check_contract
from agent.errors import DocumentError

router = APIRouter(prefix="/v1/contracts", tags=["contracts"])


class ContractText(BaseModel):
    text: str = Field(min_length=1, max_length=500_000)
    as_of: date | None = None
    last_activity: date | None = None


def _report(report) -> dict:
    return report.model_dump(mode="json", exclude={"contract"}) | {"contract": report.contract.model_dump(mode="json") if report.contract else None}


@router.post("/check")
def check_contract_text(body: ContractText) -> dict:
    """Check contract text against the rule set; findings cite the articles they apply."""
    return _report(check_contract(body.text, as_of=body.as_of, last_activity=body.last_activity))


@router.post("/check/file")
def check_contract_file(file: UploadFile = File(...), as_of: date | None = Form(None)) -> dict:
    """Check an uploaded TXT/DOCX/PDF/scan."""
    limit = int(get_settings().max_file_mb * 1024 * 1024)
    data = file.file.read(limit + 1)
    name = Path(file.filename or "contract").name
    if len(data) > limit:
        raise DocumentError(name, "file is larger than the upload limit (FENGTIAO_MAX_FILE_MB)", kind="too_large")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        report = check_contract(path, as_of=as_of)
        report.file = name
        return _report(report)
