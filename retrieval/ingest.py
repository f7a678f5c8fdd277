"""Files in, searchable chunks out: parse → guess type → chunk → embed → upsert, one file at a time.

Each file is all-or-nothing (embedding happens before any write; a failed write is rolled back), one
bad file never stops the batch, and every file ends in the summary as added, skipped or failed.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

from agent.config import Settings, get_settings
from agent.errors import DocumentError, FengtiaoError, TenantAccessError
from retrieval.chunking import chunk_document, chunk_regulations, indexed_text, retrieval_config
from retrieval.embedding import embed_cached
from retrieval.laws import CORPUS_DIR
from retrieval.models import Chunk, DocType, ParsedDocument
from retrieval.store import (PUBLIC, check_borrower, check_tenant, collection_marks, delete_chunks, delete_document,
                             doc_chunk_ids, existing_ids, file_under_borrower, iter_chunks, set_marks, upsert_chunks)

TypeChoice = Literal["auto", "contract", "invoice", "regulation", "receipt", "other"]
CHUNKING_VERSION = "1"  # part of the builtin-corpus fingerprint: bump when chunking changes


class IngestFailure(BaseModel):
    file: str
    kind: str        # DocumentError.kind (corrupt, empty, too_large, …), no_tenant, internal
    reason: str


class IngestedDoc(BaseModel):
    file: str
    doc_id: str
    doc_type: DocType
    tenant: str | None
    chunks: int
    added: int       # 0 when the same file was already indexed


class IngestSummary(BaseModel):
    files: int = 0
    chunks_added: int = 0
    skipped_duplicates: int = 0
    failures: list[IngestFailure] = Field(default_factory=list)
    documents: list[IngestedDoc] = Field(default_factory=list)
    seconds: float = 0.0


@dataclass
class IngestEvent:
    """Reported to `progress` before and after each file."""

    file: str
    status: Literal["start", "added", "skipped", "failed"]
    index: int      # 1-based position in the batch
    total: int
    chunks: int = 0


ProgressFn = Callable[[IngestEvent], None]


# ---------------------------------------------------------------- parsing and type guessing


def _parse(path: Path, max_bytes: int | None) -> ParsedDocument:
    try:
        from retrieval.parsers import parse_file  # type: ignore[attr-defined]
    except ImportError:
        try:
            from retrieval.parsers.dispatch import parse_file
        except ImportError:
            return _parse_plain_text(path)
    return parse_file(path, max_bytes=max_bytes)


def _parse_plain_text(path: Path) -> ParsedDocument:
    """Stand-in for .txt/.md while the parsers package is not importable."""
    if path.suffix.lower() not in (".txt", ".md"):
        raise DocumentError(str(path), "the document parsers are not installed; only .txt and .md can be read",
                            kind="unsupported")
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise DocumentError(str(path), "file not found", kind="not_found") from None
    if not data.strip():
        raise DocumentError(str(path), "file is empty", kind="empty")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentError(str(path), "text is not UTF-8; save it as UTF-8", kind="encoding") from exc
    return ParsedDocument(source_path=str(path), sha256=hashlib.sha256(data).hexdigest(), format="text", text=text)


def detect_doc_type(doc: ParsedDocument) -> DocType:
    """Guess from content (rules in retrieval.yaml), never from the file name."""
    rules = retrieval_config()["doc_type_rules"]
    text, head = doc.text, doc.text[:300]
    upper = text.upper()

    def hits(words: list[str], where: str) -> int:
        return sum(1 for w in words if w in where)

    inv = rules["invoice"]
    if any(doc.metadata.get(k) for k in inv["metadata_keys"]) or hits(inv["any_of"], text) >= inv["min_hits"]:
        return "invoice"
    con = rules["contract"]
    if hits(con["title_any"], head) and hits(con["any_of"], text) >= con["min_hits"]:
        return "contract"
    reg = rules["regulation"]
    articles = len(re.findall(r"^[ \t　]*第[零〇一二两三四五六七八九十百千\d]+条", text, re.M))
    if articles >= reg["min_articles"] and hits(reg["title_any"], head):
        return "regulation"
    rec = rules["receipt"]
    if hits(rec["any_of"], upper) >= rec["min_hits"]:
        return "receipt"
    return "other"


# ---------------------------------------------------------------- writing one document


def _embed_and_write(chunks: list[Chunk], settings: Settings) -> int:
    """Upsert a document's chunks (new ones embedded); drop chunks of the same document that no longer exist;
    file chunks already indexed under the borrower the new ones name. Returns how many chunks were new."""
    if not chunks:
        return 0
    doc_id, tenant, borrower_id = chunks[0].doc_id, chunks[0].tenant, chunks[0].metadata.get("borrower_id")
    have = existing_ids([c.id for c in chunks], settings)
    if borrower_id and have:
        file_under_borrower(sorted(have), borrower_id, settings)
    stale = set(doc_chunk_ids(doc_id, tenant=tenant, settings=settings)) - {c.id for c in chunks}
    new = [c for c in chunks if c.id not in have]
    if new:
        vectors = embed_cached([indexed_text(c.title, c.path, c.article, c.text) for c in new], settings)
        upsert_chunks(new, vectors, settings)
    delete_chunks(sorted(stale), tenant=tenant, settings=settings)
    return len(new)


def _expand(paths: Iterable[str | Path]) -> list[Path]:
    out: list[Path] = []
    for p in map(Path, paths):
        out.extend(sorted(q for q in p.rglob("*") if q.is_file() and not q.name.startswith(".")) if p.is_dir() else [p])
    return out


def ingest_paths(paths: Sequence[str | Path], *, tenant: str | None, doc_type: TypeChoice = "auto",
                 progress: ProgressFn | None = None, settings: Settings | None = None,
                 borrower_id: str | None = None) -> IngestSummary:
    """Index files (directories are walked). Regulations without a tenant are public; everything else
    belongs to `tenant`, which is then required. `borrower_id` (a credit code) files the documents under that
    borrower: search can filter on it, and the chat reads their self-statements against that borrower's records."""
    import time

    s = settings or get_settings()
    if tenant is not None:
        check_tenant(tenant)
    if borrower_id is not None:
        borrower_id = check_borrower(borrower_id)
        if tenant is None:
            raise TenantAccessError("a document filed under a borrower belongs to an institution; give --tenant")
    t0 = time.perf_counter()
    files = _expand(paths)
    summary = IngestSummary(files=len(files))
    max_bytes = int(s.max_file_mb * 1024 * 1024)
    for i, path in enumerate(files, start=1):
        label = str(path)
        if progress:
            progress(IngestEvent(label, "start", i, len(files)))
        try:
            doc = _parse(path, max_bytes)
            kind: DocType = detect_doc_type(doc) if doc_type == "auto" else doc_type
            if kind != "regulation" and tenant is None:
                raise DocumentError(label, f"this looks like a {kind}, which must belong to an institution; "
                                    "ingest it with --tenant", kind="no_tenant")
            chunks = chunk_document(doc, doc_type=kind, tenant=tenant, borrower_id=borrower_id)
            if not chunks:
                raise DocumentError(label, "no text to index after parsing", kind="no_text")
            added = _embed_and_write(chunks, s)
        except DocumentError as exc:
            summary.failures.append(IngestFailure(file=label, kind=exc.kind, reason=exc.reason))
            if progress:
                progress(IngestEvent(label, "failed", i, len(files)))
            continue
        except FengtiaoError as exc:
            summary.failures.append(IngestFailure(file=label, kind=exc.code, reason=exc.message))
            if progress:
                progress(IngestEvent(label, "failed", i, len(files)))
            continue
        except Exception as exc:  # noqa: BLE001 — one broken file must not stop the batch; it is recorded
            summary.failures.append(IngestFailure(file=label, kind="internal", reason=f"{type(exc).__name__}: {exc}"))
            if progress:
                progress(IngestEvent(label, "failed", i, len(files)))
            continue
        summary.chunks_added += added
        summary.skipped_duplicates += 0 if added else 1
        summary.documents.append(IngestedDoc(file=label, doc_id=chunks[0].doc_id, doc_type=kind, tenant=tenant,
                                             chunks=len(chunks), added=added))
        if progress:
            progress(IngestEvent(label, "added" if added else "skipped", i, len(files), added))
    summary.seconds = round(time.perf_counter() - t0, 2)
    return summary


# ---------------------------------------------------------------- the shipped regulations


@lru_cache(maxsize=4)
def corpus_fingerprint(corpus_dir: Path = CORPUS_DIR) -> str:
    h = hashlib.sha256(CHUNKING_VERSION.encode())
    for p in sorted(corpus_dir.rglob("*.md")):
        h.update(str(p.relative_to(corpus_dir)).encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:32]


def builtin_regulation_texts(corpus_dir: Path = CORPUS_DIR) -> list[str]:
    """Exactly the texts ingest embeds for the shipped corpus (what `retrieval/corpus/vectors/` precomputes)."""
    return [indexed_text(c.title, c.path, c.article, c.text) for c in chunk_regulations(corpus_dir)]


def ingest_builtin_regulations(*, progress: ProgressFn | None = None, settings: Settings | None = None,
                               corpus_dir: Path = CORPUS_DIR) -> IngestSummary:
    """Index the shipped law corpus as public documents. Idempotent: unchanged instruments are skipped,
    instruments removed from the corpus are deleted, and an up-to-date store returns at once."""
    import time

    s = settings or get_settings()
    t0 = time.perf_counter()
    fp = corpus_fingerprint(corpus_dir)
    by_doc: dict[str, list[Chunk]] = {}
    for c in chunk_regulations(corpus_dir):
        by_doc.setdefault(c.doc_id, []).append(c)
    summary = IngestSummary(files=len(by_doc))
    if collection_marks(s).get("builtin_regulations") == fp:
        summary.skipped_duplicates = len(by_doc)
        return summary
    for i, (doc_id, chunks) in enumerate(by_doc.items(), start=1):
        label = chunks[0].source_path
        if progress:
            progress(IngestEvent(label, "start", i, len(by_doc), len(chunks)))
        try:
            added = _embed_and_write(chunks, s)
        except Exception as exc:  # noqa: BLE001 — recorded; the marker is not set, so the next run retries
            summary.failures.append(IngestFailure(file=label, kind="internal", reason=f"{type(exc).__name__}: {exc}"))
            if progress:
                progress(IngestEvent(label, "failed", i, len(by_doc)))
            continue
        summary.chunks_added += added
        summary.skipped_duplicates += 0 if added else 1
        summary.documents.append(IngestedDoc(file=label, doc_id=doc_id, doc_type="regulation", tenant=None,
                                             chunks=len(chunks), added=added))
        if progress:
            progress(IngestEvent(label, "added" if added else "skipped", i, len(by_doc), added))
    gone = {m["doc_id"] for _, _, metas in iter_chunks(s, include_documents=False,
                                                       filters={"builtin": True, "tenant": PUBLIC})
            for m in metas} - set(by_doc)
    for doc_id in gone:
        delete_document(doc_id, tenant=None, settings=s)
    if not summary.failures:
        set_marks(s, builtin_regulations=fp)
    summary.seconds = round(time.perf_counter() - t0, 2)
    return summary


def builtin_regulations_current(settings: Settings | None = None) -> bool:
    """Does the store hold the current version of the shipped regulations?"""
    return collection_marks(settings or get_settings()).get("builtin_regulations") == corpus_fingerprint()


def ensure_builtin_regulations(*, progress: ProgressFn | None = None, settings: Settings | None = None) -> IngestSummary | None:
    """Index the shipped regulations if this store has not got the current version; None when nothing was needed."""
    from filelock import FileLock

    s = settings or get_settings()
    if builtin_regulations_current(s):
        return None
    # Two processes (the API and a CLI ingest, or parallel test runs) building the same Chroma store at once
    # corrupt its HNSW segment; the second waits and then finds the work done.
    with FileLock(str(s.path("builtin-regulations.lock"))):
        if builtin_regulations_current(s):
            return None
        return ingest_builtin_regulations(progress=progress, settings=s)
