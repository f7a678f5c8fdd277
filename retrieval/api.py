"""HTTP routes for documents and search (mounted by serve.py)."""
from __future__ import annotations

import re
import uuid
from typing import Literal

from fastapi import APIRouter, File, Form, Query, UploadFile
from pydantic import BaseModel

from agent.config import get_settings
from agent.errors import DocumentError, TenantAccessError
from agent.tenancy import resolve_tenant
from retrieval.ingest import IngestFailure, ingest_paths
from retrieval.models import Hit
from retrieval.store import StoredDocument, check_borrower, tenant_documents

router = APIRouter(prefix="/v1", tags=["documents"])

_SAFE_NAME = re.compile(r"[^\w.\-\u4e00-\u9fff]+")


class DocumentOut(BaseModel):
    file: str
    doc_id: str | None = None
    doc_type: str | None = None
    chunks: int = 0
    added: int = 0
    failure: IngestFailure | None = None


@router.post("/documents", response_model=DocumentOut, status_code=201)
def upload_document(
    file: UploadFile = File(...),
    tenant: str = Form(..., description="Institution the document belongs to"),
    doc_type: Literal["auto", "contract", "invoice", "regulation", "receipt", "other"] = Form("auto"),
    borrower_id: str | None = Form(None, description="Borrower's unified social credit code: files the document under "
                                                     "that borrower (search filter; its self-statements meet the records)"),
) -> DocumentOut:
    """Store the upload under the tenant's folder and index it; a bad file is a 422 with the reason."""
    s = get_settings()
    tenant_id = resolve_tenant(tenant, s)
    borrower = check_borrower(borrower_id) if borrower_id else None   # before anything is written
    limit = int(s.max_file_mb * 1024 * 1024)
    name = _SAFE_NAME.sub("_", file.filename or "upload")[-120:] or "upload"
    data = file.file.read(limit + 1)
    if len(data) > limit:
        raise DocumentError(name, f"file is larger than the {s.max_file_mb:g} MB limit (FENGTIAO_MAX_FILE_MB)", kind="too_large")
    dest = s.path("uploads", tenant_id or "public", f"{uuid.uuid4().hex[:8]}-{name}")
    dest.write_bytes(data)
    summary = ingest_paths([dest], tenant=tenant_id, doc_type=doc_type, settings=s, borrower_id=borrower)
    if summary.failures:
        failure = summary.failures[0]
        raise DocumentError(name, failure.reason, kind=failure.kind)
    doc = summary.documents[0]
    return DocumentOut(file=name, doc_id=doc.doc_id, doc_type=doc.doc_type, chunks=doc.chunks, added=doc.added)


@router.get("/documents", response_model=list[StoredDocument])
def list_documents(
    tenant: str = Query(..., description="Institution whose documents to list"),
    borrower_id: str | None = Query(None, description="Only documents filed under this borrower (credit code)"),
) -> list[StoredDocument]:
    """The institution's own indexed documents (a borrower's file with `borrower_id`), by title."""
    tenant_id = resolve_tenant(tenant)
    if tenant_id is None:
        raise TenantAccessError("listing documents needs the institution's tenant; public documents are the regulations")
    return tenant_documents(tenant_id, borrower_id=borrower_id)


@router.get("/search", response_model=list[Hit])
def search_documents(
    q: str = Query(..., min_length=1, max_length=2000),
    tenant: str | None = None,
    doc_type: str | None = Query(None, alias="type"),
    k: int = Query(5, ge=1, le=50),
    method: Literal["hybrid", "dense", "bm25"] = "hybrid",
    borrower_id: str | None = Query(None, description="Only documents filed under this borrower (credit code)"),
) -> list[Hit]:
    from retrieval.search import search

    filters = {"borrower_id": check_borrower(borrower_id)} if borrower_id else None
    return search(q, tenant=resolve_tenant(tenant), k=k, doc_type=doc_type, method=method, filters=filters)
