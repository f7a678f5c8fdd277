"""Serve the web UI (`/`, `/ui/*`), its demo samples, and the two small API calls it needs that no other
router offers: `GET /v1/whoami` (which key and tenant am I) and `POST /v1/uploads` (a zip for a batch job)."""
from __future__ import annotations

import uuid
from pathlib import Path

import yaml
from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import FileResponse, PlainTextResponse
from pydantic import BaseModel

from agent.config import get_settings
from agent.errors import DocumentError, NotFound
from agent.tenancy import resolve_tenant

STATIC = Path(__file__).parent / "static"
SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SAMPLE_CONTRACT = "借款合同-宏达商贸.txt"
SAMPLE_DISPUTE = "dispute-宏达商贸.yaml"

router = APIRouter(tags=["web"])


class WhoAmI(BaseModel):
    auth_required: bool
    key_id: str | None = None
    key_name: str | None = None
    tenant: str | None = None


class Upload(BaseModel):
    source: str
    size: int


@router.get("/", include_in_schema=False)
def index() -> FileResponse:
    return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")


@router.get("/ui/{name}", include_in_schema=False)
def static_file(name: str) -> FileResponse:
    path = (STATIC / name).resolve()
    if path.parent != STATIC.resolve() or not path.is_file():
        raise NotFound(f"no UI file {name!r}")
    return FileResponse(path)


@router.get("/ui/samples/contract", include_in_schema=False, response_class=PlainTextResponse)
def sample_contract() -> str:
    """The fictitious demo contract shipped in agent/samples."""
    return (SAMPLES / SAMPLE_CONTRACT).read_text(encoding="utf-8")


@router.get("/ui/samples/dispute", include_in_schema=False)
def sample_dispute() -> dict:
    """The demo dispute, with its contract file resolved to the shipped sample (a server-side path)."""
    data = yaml.safe_load((SAMPLES / SAMPLE_DISPUTE).read_text(encoding="utf-8"))
    contract = data.get("contract") or {}
    if contract.get("file"):
        contract["file"] = str((SAMPLES / contract["file"]).resolve())
    return data


@router.get("/v1/whoami", response_model=WhoAmI)
def whoami(request: Request) -> WhoAmI:
    """Lets the UI check a key at sign-in and learn its tenant."""
    security = getattr(request.app.state, "security", None)
    key = getattr(request.state, "api_key", None)
    return WhoAmI(auth_required=bool(security and security.auth_required),
                  key_id=key.id if key else None, key_name=key.name if key else None,
                  tenant=key.tenant if key else None)


@router.post("/v1/uploads", response_model=Upload, status_code=201)
def upload_archive(file: UploadFile = File(...), tenant: str | None = Form(None)) -> Upload:
    """Store a .zip of invoices under <data_dir>/uploads/<tenant>/ for POST /v1/jobs {"source": ...}."""
    s = get_settings()
    tenant_id = resolve_tenant(tenant, s)
    name = Path(file.filename or "batch.zip").name
    if not name.lower().endswith(".zip"):
        raise DocumentError(name, "a batch upload must be a .zip of invoice files", kind="unsupported")
    limit = int(s.max_file_mb * 1024 * 1024)
    data = file.file.read(limit + 1)
    if len(data) > limit:
        raise DocumentError(name, f"file is larger than the {s.max_file_mb:g} MB limit (FENGTIAO_MAX_FILE_MB)", kind="too_large")
    if not data.startswith(b"PK"):
        raise DocumentError(name, "not a zip archive (the file does not start with a zip header)", kind="unreadable")
    rel = Path(tenant_id or "public") / f"{uuid.uuid4().hex[:8]}-{name}"
    dest = s.path("uploads", *rel.parts)
    dest.write_bytes(data)
    return Upload(source=rel.as_posix(), size=len(data))
