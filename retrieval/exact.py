"""Exact dense ranking, instead of Chroma's approximate HNSW walk, for every scope small enough to scan.

HNSW is approximate, and its graph depends on the machine and thread timing that built it. On the 1,140
law-QA questions (raw and adapted query vectors) Chroma's walk left one of the five nearest articles out of
its top 20 for 38 queries (3.3%) and returned another order for 216 (19%); on another machine the same
question lost its gold article from the top 5, and a tenant's contract passages came back in another order
from one run of the injection evaluation to the next. A few thousand chunks score in about a millisecond with
one matrix product, so the laws and each institution's own documents are ranked exactly; a scope above
`dense.exact_max_chunks` chunks goes through Chroma's index.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from agent.config import Settings, get_settings
from retrieval.chunking import retrieval_config
from retrieval.store import PUBLIC, Filters, MetadataTable, collection, collection_marks, location

_PAGE = 2000
_lock = threading.Lock()


@dataclass
class ScopeVectors:
    """Every chunk of one tenant (or of the public corpus): ids, metadata and unit-length vectors, as of one write."""

    generation: str
    ids: list[str]
    metas: list[dict[str, Any]]
    matrix: np.ndarray            # (chunks, dim) float32, rows of length 1
    table: MetadataTable = field(init=False)

    def __post_init__(self) -> None:
        self.table = MetadataTable(self.metas)


_CACHE_ROWS = 300_000         # vectors kept in memory over all scopes (~460 MB at 384 dims); least recently used go
_cache: OrderedDict[tuple[Any, ...], tuple[str, ScopeVectors | None]] = OrderedDict()
_loading: dict[tuple[Any, ...], threading.Lock] = {}   # one lock per scope being read back


def scope_vectors(tenant: str, settings: Settings | None = None) -> ScopeVectors | None:
    """One tenant's chunk vectors (PUBLIC = the laws) matching the store now, read back once per write that could
    change them; None when the scope holds more chunks than the configured maximum (HNSW serves it then).
    Reading one scope back holds only that scope's lock: other scopes' queries go on meanwhile."""
    s = settings or get_settings()
    col = collection(s)
    key = (*location(s), col.name, tenant)
    # laws change only when public chunks are written; a tenant's chunks on any write (one mark for all tenants)
    generation = str(collection_marks(s).get("public_generation" if tenant == PUBLIC else "generation", ""))
    with _lock:
        if key in _cache and _cache[key][0] == generation:
            _cache.move_to_end(key)
            return _cache[key][1]
        loading = _loading.setdefault(key, threading.Lock())
    with loading:
        with _lock:                                 # another thread may have read it while this one waited
            if key in _cache and _cache[key][0] == generation:
                return _cache[key][1]
        found = _read_scope(col, tenant, generation)
        with _lock:
            _cache[key] = (generation, found)
            _cache.move_to_end(key)
            while len(_cache) > 1 and sum(len(v.ids) for _, v in _cache.values() if v) > _CACHE_ROWS:
                _cache.popitem(last=False)
        return found


def _read_scope(col: Any, tenant: str, generation: str) -> ScopeVectors | None:
    limit = int(retrieval_config().get("dense", {}).get("exact_max_chunks", 50_000))
    ids: list[str] = []
    metas: list[dict[str, Any]] = []
    rows: list[np.ndarray] = []
    while len(ids) <= limit:
        page = col.get(where={"tenant": {"$eq": tenant}}, limit=_PAGE, offset=len(ids),
                       include=["embeddings", "metadatas"])
        if not page["ids"]:
            break
        ids.extend(page["ids"])
        metas.extend(page["metadatas"])
        rows.append(np.asarray(page["embeddings"], dtype=np.float32))
    if len(ids) > limit:
        return None
    matrix = np.vstack(rows) if rows else np.zeros((0, 0), dtype=np.float32)
    if len(matrix):
        matrix /= np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-12)
    return ScopeVectors(generation=generation, ids=ids, metas=metas, matrix=matrix)


def exact_query(vector: Sequence[float], filters: Filters, n: int, settings: Settings | None = None,
                ) -> tuple[list[str], list[dict[str, Any]], np.ndarray, np.ndarray] | None:
    """The `n` chunks of the single tenant in `filters` (PUBLIC = the laws) matching its other filters, nearest
    to `vector` by cosine, best first (ties by id): (ids, metadatas, cosines, their unit vectors). None when that
    scope is too large to scan."""
    tenant = filters.get("tenant")
    if not isinstance(tenant, str):
        return None
    vecs = scope_vectors(tenant, settings)
    if vecs is None:
        return None
    q = np.asarray(vector, dtype=np.float32)
    q = q / max(float(np.linalg.norm(q)), 1e-12)
    allowed = np.flatnonzero(vecs.table.mask(filters))
    if not len(allowed) or not vecs.matrix.size:
        return [], [], np.zeros(0, dtype=np.float32), np.zeros((0, len(q)), dtype=np.float32)
    scores = vecs.matrix[allowed] @ q
    head = np.argsort(-scores, kind="stable")[: n + 16]   # a margin so ties at the cut are broken by id
    order = sorted(head.tolist(), key=lambda i: (-float(scores[i]), vecs.ids[allowed[i]]))[:n]
    rows = allowed[order]
    return [vecs.ids[r] for r in rows], [vecs.metas[r] for r in rows], scores[order], vecs.matrix[rows]


def forget() -> None:
    """Tests point settings at new data dirs; drop what was read."""
    with _lock:
        _cache.clear()
        _loading.clear()
