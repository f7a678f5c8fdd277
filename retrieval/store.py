"""The Chroma side of the index: one collection per embedding model, chunks upserted by stable id.

Tenancy lives here: every chunk carries `tenant` ("" = public) and every read goes through a `where`
built by `scope_filter`, so a query for tenant A can only ever match public chunks and A's own.
"""
from __future__ import annotations

import json
import os
import threading
import uuid
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Any
from urllib.parse import urlparse

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

import chromadb  # noqa: E402
from chromadb.config import Settings as ChromaSettings  # noqa: E402
from pydantic import BaseModel  # noqa: E402

from agent.config import Settings, get_settings  # noqa: E402
from agent.errors import BackendUnavailable, InvalidInput, TenantAccessError  # noqa: E402
from retrieval.embedding import FengtiaoEmbeddingFunction, get_embedder, model_spec  # noqa: E402
from retrieval.models import Chunk, Hit  # noqa: E402

PUBLIC = ""  # tenant value of public chunks (regulations)
Filters = dict[str, Any]  # field -> value, or list of values (any of)
_RESERVED_TENANTS = {"", "public"}
_CORE_FIELDS = {"tenant", "doc_type", "doc_id", "source_path", "title", "article", "article_number", "path_json",
                "page", "start", "end", "instrument", "version_date", "borrower_id", "builtin", "parties_json"}
_GET_PAGE = 2000
UPSERT_BATCH = 4000  # chunks per upsert call (Chroma also has its own limit)


class IndexStats(BaseModel):
    backend: str
    location: str
    collection: str
    embedding_model: str
    chunks: int
    documents: int
    by_doc_type: dict[str, int]
    by_tenant: dict[str, int]   # "public" for regulations


class StoredDocument(BaseModel):
    """One indexed document of a tenant, as a list of its file shows it (no server paths)."""

    doc_id: str
    title: str
    file: str
    doc_type: str
    chunks: int
    borrower_id: str | None = None


# ---------------------------------------------------------------- client and collection


def _telemetry_off() -> ChromaSettings:
    return ChromaSettings(anonymized_telemetry=False)


@lru_cache(maxsize=8)
def _client(location: str, is_url: bool) -> Any:
    if not is_url:
        return chromadb.PersistentClient(path=location, settings=_telemetry_off())
    u = urlparse(location)
    try:
        return chromadb.HttpClient(host=u.hostname or "127.0.0.1", port=u.port or (443 if u.scheme == "https" else 8000),
                                   ssl=u.scheme == "https", settings=_telemetry_off())
    except Exception as exc:  # chromadb raises plain ValueError/ConnectionError when the server is down
        raise BackendUnavailable(location, f"Chroma server not reachable ({exc}); start it with "
                                 "`chroma run --path DIR` or unset FENGTIAO_CHROMA_URL") from exc


def location(settings: Settings) -> tuple[str, bool]:
    if settings.chroma_url:
        return settings.chroma_url.rstrip("/"), True
    return str(settings.path("chroma", "x").parent.resolve()), False


def client(settings: Settings | None = None) -> Any:
    return _client(*location(settings or get_settings()))


def collection_name(settings: Settings | None = None) -> str:
    return f"fengtiao-{get_embedder(settings).key}"


def collection(settings: Settings | None = None) -> Any:
    s = settings or get_settings()
    return client(s).get_or_create_collection(
        collection_name(s), configuration={"hnsw": {"space": "cosine"}},
        embedding_function=FengtiaoEmbeddingFunction(model_spec(s)),
    )


def forget_clients() -> None:
    """Tests point settings at new data dirs and servers; drop cached clients."""
    _client.cache_clear()


# ---------------------------------------------------------------- markers kept in the collection metadata


def collection_marks(settings: Settings | None = None) -> dict[str, Any]:
    return dict(collection(settings).metadata or {})


_marks_lock = threading.Lock()


def set_marks(settings: Settings | None = None, **marks: Any) -> None:
    """Read-modify-write of the collection's marks, one writer at a time in this process (a lost update of
    `public_generation` would leave the exact law vectors stale)."""
    with _marks_lock:
        _set_marks(settings, **marks)


def _set_marks(settings: Settings | None, **marks: Any) -> None:
    col = collection(settings)
    meta = {k: v for k, v in (col.metadata or {}).items() if not k.startswith("hnsw:")}
    meta.update(marks)
    col.modify(metadata=meta)


def _bump_generation(settings: Settings | None, *, public: bool) -> None:
    # BM25 compares `generation` with what it was built from; any write makes it stale. The exact law vectors
    # (retrieval/exact.py) read `public_generation`, so a tenant's upload does not make them re-read the laws.
    marks = {"generation": uuid.uuid4().hex}
    if public:
        marks["public_generation"] = marks["generation"]
    set_marks(settings, **marks)


# ---------------------------------------------------------------- tenancy and filters


def check_tenant(tenant: str) -> str:
    if not tenant or tenant.strip() != tenant or tenant.lower() in _RESERVED_TENANTS:
        raise TenantAccessError(f"'{tenant}' is not a usable tenant name; give the institution's tenant id "
                                "(public documents are regulations, ingested without a tenant)")
    return tenant


def check_borrower(borrower_id: str) -> str:
    """A document is filed under a borrower by its unified social credit code, as the risk data names it."""
    from agent.identifiers import credit_code

    code = credit_code(borrower_id)
    if code is None:
        raise InvalidInput(f"'{borrower_id}' is not a unified social credit code (18 characters, e.g. "
                            "91330100MA2XXXXX0A); file the document under the borrower's credit code")
    return code


def scope_filter(tenant: str | None, *, doc_type: str | None = None, filters: Filters | None = None,
                 include_public: bool = True) -> Filters:
    """Visible = public + the caller's own (only the caller's own without `include_public`).
    Callers cannot widen this through `filters`."""
    extra = dict(filters or {})
    if "tenant" in extra:
        raise TenantAccessError("choose the tenant with the `tenant` argument, not a filter; "
                                "a tenant sees public documents and its own only")
    if tenant is None and not include_public:
        raise TenantAccessError("searching only your own documents needs a tenant; without one only public "
                                "documents (the regulations) are visible")
    own = [] if tenant is None else [check_tenant(tenant)]
    scope: Filters = {"tenant": ([PUBLIC] if include_public else []) + own}
    if doc_type:
        scope["doc_type"] = doc_type
    scope.update(extra)
    return scope


class MetadataTable:
    """Chunks' metadata held in memory by the indexes that filter outside Chroma (BM25, exact vectors), filtered
    with the same semantics as `where_clause`: one value, or any of several."""

    def __init__(self, metas: list[dict[str, Any]]) -> None:
        self.metas = metas
        self._columns: dict[str, Any] = {}

    def column(self, key: str) -> Any:
        """One field's values as a numpy object array, built once."""
        import numpy as np

        if key not in self._columns:
            self._columns[key] = np.array([m.get(key) for m in self.metas], dtype=object)
        return self._columns[key]

    def mask(self, filters: Filters) -> Any:
        """The rows (boolean numpy array) that `filters` keeps."""
        import numpy as np

        keep = np.ones(len(self.metas), dtype=bool)
        for key, want in filters.items():
            values = list(want) if isinstance(want, (list, tuple, set)) else [want]
            keep &= np.isin(self.column(key), np.array(values, dtype=object))
        return keep


def where_clause(filters: Filters) -> dict[str, Any] | None:
    parts = [{k: {"$in": list(v)}} if isinstance(v, (list, tuple, set)) else {k: {"$eq": v}} for k, v in filters.items()]
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else {"$and": parts}


# ---------------------------------------------------------------- chunk <-> chroma metadata


def to_metadata(c: Chunk) -> dict[str, Any]:
    meta: dict[str, Any] = {
        "tenant": c.tenant or PUBLIC, "doc_type": c.doc_type, "doc_id": c.doc_id, "source_path": c.source_path,
        "title": c.title, "article": c.article or "", "article_number": c.article_number if c.article_number is not None else -1,
        "path_json": json.dumps(c.path, ensure_ascii=False), "page": c.page if c.page is not None else -1,
        "start": c.start, "end": c.end, "instrument": str(c.metadata.get("instrument", c.title if c.doc_type == "regulation" else "")),
        "version_date": str(c.metadata.get("version_date", "")), "borrower_id": str(c.metadata.get("borrower_id", "")),
        "builtin": bool(c.metadata.get("builtin", False)),
    }
    if isinstance(c.metadata.get("parties"), dict):
        meta["parties_json"] = json.dumps(c.metadata["parties"], ensure_ascii=False)
    for k, v in c.metadata.items():
        if k not in meta and isinstance(v, (str, int, float, bool)):
            meta[k] = v
    return meta


def to_hit(chunk_id: str, text: str, meta: dict[str, Any], *, score: float = 0.0,
           scores: dict[str, float] | None = None) -> Hit:
    extra = {k: v for k, v in meta.items() if k not in _CORE_FIELDS}
    for key in ("instrument", "version_date", "borrower_id"):
        if meta.get(key):
            extra[key] = meta[key]
    if meta.get("parties_json"):
        extra["parties"] = json.loads(meta["parties_json"])
    return Hit(
        chunk_id=chunk_id, doc_id=meta["doc_id"], doc_type=meta["doc_type"], source_path=meta["source_path"],
        title=meta["title"], article=meta["article"] or None, path=json.loads(meta.get("path_json") or "[]"),
        page=meta["page"] if meta.get("page", -1) >= 0 else None, start=meta["start"], end=meta["end"], text=text,
        score=score, scores=scores or {}, tenant=meta["tenant"] or None, metadata=extra,
    )


# ---------------------------------------------------------------- writes


def upsert_chunks(chunks: Sequence[Chunk], embeddings: Sequence[Sequence[float]], settings: Settings | None = None) -> None:
    """Write one document's chunks. If a batch fails midway the document's chunks are removed again,
    so a file is either fully indexed or not at all."""
    if not chunks:
        return
    col = collection(settings)
    batch = max(1, min(client(settings).get_max_batch_size(), UPSERT_BATCH))
    try:
        for i in range(0, len(chunks), batch):
            part = chunks[i:i + batch]
            col.upsert(ids=[c.id for c in part], embeddings=[list(e) for e in embeddings[i:i + batch]],
                       documents=[c.text for c in part], metadatas=[to_metadata(c) for c in part])
    except Exception:
        for doc_id, tenant in {(c.doc_id, c.tenant) for c in chunks}:
            col.delete(where=where_clause({"doc_id": doc_id, "tenant": tenant or PUBLIC}))
        raise
    finally:
        _bump_generation(settings, public=any((c.tenant or PUBLIC) == PUBLIC for c in chunks))


def file_under_borrower(ids: Sequence[str], borrower_id: str, settings: Settings | None = None) -> int:
    """File already indexed chunks under a borrower (the same file uploaded again, now with the borrower named);
    returns how many changed. Metadata only: nothing is re-embedded."""
    col = collection(settings)
    got = col.get(ids=list(ids), include=["metadatas"])
    changed = [(cid, {**meta, "borrower_id": borrower_id}) for cid, meta in zip(got["ids"], got["metadatas"])
               if (meta or {}).get("borrower_id") != borrower_id]
    if changed:
        col.update(ids=[c for c, _ in changed], metadatas=[m for _, m in changed])
        _bump_generation(settings, public=any(m.get("tenant") == PUBLIC for _, m in changed))
    return len(changed)


def delete_document(doc_id: str, *, tenant: str | None, settings: Settings | None = None) -> int:
    """Remove a document's chunks within one tenant's scope (None = the public copy). Returns chunks removed."""
    col = collection(settings)
    where = where_clause({"doc_id": doc_id, "tenant": PUBLIC if tenant is None else check_tenant(tenant)})
    ids = col.get(where=where, include=[])["ids"]
    delete_chunks(ids, tenant=tenant, settings=settings)
    return len(ids)


def delete_chunks(ids: Sequence[str], *, tenant: str | None, settings: Settings | None = None) -> None:
    """Drop chunks a re-ingested document no longer has; the derived indexes notice it (generation marks)."""
    if ids:
        collection(settings).delete(ids=list(ids))
        _bump_generation(settings, public=(tenant or PUBLIC) == PUBLIC)


def doc_chunk_ids(doc_id: str, *, tenant: str | None, settings: Settings | None = None) -> list[str]:
    where = where_clause({"doc_id": doc_id, "tenant": tenant or PUBLIC})
    return collection(settings).get(where=where, include=[])["ids"]


def document_text(doc_id: str, *, tenant: str, settings: Settings | None = None) -> str:
    """One of a tenant's documents rebuilt from its stored chunks, each at its own character offsets (the gaps
    between chunks as newlines), so a span found in the result is a span of the original file."""
    res = collection(settings).get(where=where_clause({"doc_id": doc_id, "tenant": check_tenant(tenant)}),
                                   include=["documents", "metadatas"])
    out: list[str] = []
    pos = 0
    for meta, text in sorted(zip(res["metadatas"], res["documents"]), key=lambda md: md[0]["start"]):
        start = int(meta["start"])
        if start >= pos:
            out.append("\n" * (start - pos) + text)
        elif start + len(text) > pos:       # overlapping chunks: only what is new
            out.append(text[pos - start:])
        else:
            continue
        pos = max(pos, start + len(text))
    return "".join(out)


def existing_ids(ids: Sequence[str], settings: Settings | None = None) -> set[str]:
    col = collection(settings)
    found: set[str] = set()
    for i in range(0, len(ids), _GET_PAGE):
        found.update(col.get(ids=list(ids[i:i + _GET_PAGE]), include=[])["ids"])
    return found


# ---------------------------------------------------------------- reads


def dense_query(embedding: Sequence[float], filters: Filters, n: int, settings: Settings | None = None, *,
                public_embedding: Sequence[float] | None = None,
                adapted_scores: dict[str, float] | None = None) -> list[tuple[str, str, dict[str, Any], float]]:
    """(id, text, metadata, cosine similarity to `embedding`), best first, among chunks matching `filters`.

    Each scope small enough is ranked exactly by `retrieval.exact` (HNSW missed or reordered neighbours).
    Each tenant in scope is queried on its own and the results merged: a filtered HNSW walk over the
    large public corpus can miss a tenant's few chunks entirely (seen with English queries over Chinese
    laws), while a query restricted to one tenant's chunks finds them.

    `public_embedding` (the law-side query adapter's vector) ranks the public scope instead. Its cosines live
    on another scale than the question's own, so each public hit keeps its cosine to `embedding` for display,
    and for merging with the tenant's chunks the i-th public hit gets the i-th best of those cosines: the
    adapter decides the order among laws, the question's own scale decides where laws sit among contracts.
    `adapted_scores`, when given, receives each public hit's cosine to `public_embedding` (what learned fusion reads).
    """
    from retrieval.exact import exact_query

    col = collection(settings)
    tenants = filters.get("tenant")
    scopes = [dict(filters, tenant=t) for t in tenants] if isinstance(tenants, (list, tuple, set)) else [filters]
    merged: list[tuple[float, tuple[str, str | None, dict[str, Any], float]]] = []
    for scope in scopes:
        adapted = public_embedding is not None and scope.get("tenant") == PUBLIC
        query = public_embedding if adapted else embedding
        exact = exact_query(query, scope, n, settings)
        if exact is not None:   # texts are fetched later, for the candidates that survive fusion
            ids, metas, scores, vectors = exact
            docs: list[str | None] = [None] * len(ids)
            scores = [round(float(c), 6) for c in scores] if not adapted else [float(c) for c in scores]
        else:
            res = col.query(query_embeddings=[list(query)], n_results=n, where=where_clause(scope),
                            include=["documents", "metadatas", "distances", *(["embeddings"] if adapted else [])])
            ids, docs, metas = res["ids"][0], res["documents"][0], res["metadatas"][0]
            scores = [1.0 - float(dist) for dist in res["distances"][0]]
            vectors = res["embeddings"][0] if adapted else None
        if not adapted:
            merged.extend((c, (i, d, m, c)) for i, d, m, c in zip(ids, docs, metas, scores))
            continue
        if adapted_scores is not None:
            adapted_scores.update(zip(ids, scores))
        cosines = _cosines(embedding, vectors)
        merged.extend(zip(sorted(cosines, reverse=True), zip(ids, docs, metas, cosines)))
    return [row for _, row in sorted(merged, key=lambda kr: -kr[0])[:n]]


def _cosines(query: Sequence[float], vectors: Any) -> list[float]:
    import numpy as np

    q = np.asarray(query, dtype=np.float32)
    m = np.asarray(vectors, dtype=np.float32).reshape(-1, q.shape[0])
    norms = np.linalg.norm(m, axis=1) * max(float(np.linalg.norm(q)), 1e-9)
    return [round(float(c), 6) for c in (m @ q) / np.maximum(norms, 1e-9)]


def iter_chunks(settings: Settings | None = None, *, include_documents: bool = True,
                filters: Filters | None = None) -> Iterator[tuple[list[str], list[str] | None, list[dict[str, Any]]]]:
    """All stored chunks page by page: (ids, documents, metadatas)."""
    col = collection(settings)
    include = ["metadatas", "documents"] if include_documents else ["metadatas"]
    offset = 0
    while True:
        page = col.get(limit=_GET_PAGE, offset=offset, include=include, where=where_clause(filters or {}))
        if not page["ids"]:
            return
        yield page["ids"], page.get("documents") if include_documents else None, page["metadatas"]
        offset += len(page["ids"])


def tenant_documents(tenant: str, *, borrower_id: str | None = None,
                     settings: Settings | None = None) -> list[StoredDocument]:
    """The tenant's own documents (never public ones, never another tenant's), by title; only those filed under
    `borrower_id` when given."""
    filters: Filters = {"tenant": check_tenant(tenant)}
    if borrower_id is not None:
        filters["borrower_id"] = check_borrower(borrower_id)
    found: dict[str, StoredDocument] = {}
    for _, _, metas in iter_chunks(settings, include_documents=False, filters=filters):
        for m in metas:
            doc = found.get(m["doc_id"])
            if doc is None:
                found[m["doc_id"]] = StoredDocument(
                    doc_id=m["doc_id"], title=m.get("title") or "", doc_type=m["doc_type"], chunks=1,
                    file=os.path.basename(str(m.get("source_path") or "")), borrower_id=m.get("borrower_id") or None)
            else:
                doc.chunks += 1
    return sorted(found.values(), key=lambda d: (d.title, d.doc_id))


def count(settings: Settings | None = None) -> int:
    return collection(settings).count()


def stats(settings: Settings | None = None) -> IndexStats:
    s = settings or get_settings()
    by_type: dict[str, int] = {}
    by_tenant: dict[str, int] = {}
    docs: set[tuple[str, str]] = set()
    total = 0
    for ids, _, metas in iter_chunks(s, include_documents=False):
        total += len(ids)
        for m in metas:
            by_type[m["doc_type"]] = by_type.get(m["doc_type"], 0) + 1
            t = m["tenant"] or "public"
            by_tenant[t] = by_tenant.get(t, 0) + 1
            docs.add((m["tenant"], m["doc_id"]))
    loc, is_url = location(s)
    return IndexStats(backend="chroma-http" if is_url else "chroma-embedded", location=loc,
                      collection=collection_name(s), embedding_model=get_embedder(s).key, chunks=total,
                      documents=len(docs), by_doc_type=by_type, by_tenant=by_tenant)
