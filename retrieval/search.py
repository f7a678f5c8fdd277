"""Hybrid search with citations: dense (Chroma) + BM25 (jieba), fused by weighted reciprocal rank, or for law
questions by the learned fusion model shipped for the embedding model (retrieval/fusion.py), which also reads what
the question memory (retrieval/memory.py) recalls of each article.

Both sides get the same tenant-scoped filters before they rank anything, so fusion can only ever see
chunks the caller may see. An optional cross-encoder reorders the fused candidates.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any, Literal

from agent.config import Settings, get_settings
from agent.errors import FengtiaoError
from retrieval.adapter import adapt_query
from retrieval.chunking import retrieval_config
from retrieval.embedding import get_embedder
from retrieval.fusion import FusionModel, learned_order, load_fusion
from retrieval.lexical import bm25_search
from retrieval.memory import Recall, article_key, load_memory, recall
from retrieval.query import dense_text
from retrieval.models import Hit
from retrieval.store import collection, dense_query, scope_filter, to_hit

Method = Literal["hybrid", "dense", "bm25"]
Candidate = tuple[str, str | None, dict[str, Any], float]  # id, text (None = fetch later), metadata, raw score


def search(query: str, *, tenant: str | None, k: int = 5, doc_type: str | None = None, method: Method = "hybrid",
           filters: dict | None = None, settings: Settings | None = None, ensure_builtin: bool = True,
           include_public: bool = True) -> list[Hit]:
    """Top-k chunks visible to `tenant` (None = public only; "A" = public + A's own, never another tenant's).

    `filters` narrows further on stored metadata (doc_id, borrower_id, instrument, version_date, …).
    `include_public=False` searches the tenant's own documents only, so thousands of law articles cannot
    crowd a short contract out of the top k.
    With `ensure_builtin`, a store that has never seen the shipped regulations indexes them first.
    """
    s = settings or get_settings()
    if not query or not query.strip():
        raise FengtiaoError("the search query is empty; type what you are looking for, e.g. 保证期间没有约定怎么办")
    if k < 1:
        raise FengtiaoError(f"k must be at least 1 (got {k})")
    if method not in ("hybrid", "dense", "bm25"):
        raise FengtiaoError(f"unknown search method '{method}'; use hybrid, dense or bm25")
    scope = scope_filter(tenant, doc_type=doc_type, filters=filters, include_public=include_public)
    if ensure_builtin:
        from retrieval.ingest import ensure_builtin_regulations

        ensure_builtin_regulations(settings=s)

    cfg = retrieval_config()["fusion"]
    n = max(k * cfg["candidate_factor"], cfg["min_candidates"])
    if s.reranker_model:
        n = max(n, cfg["rerank_candidates"])
    dense: list[Candidate] = []
    lexical: list[Candidate] = []
    adapted: dict[str, float] = {}
    dense_weight = s.hybrid_weight_dense
    fusion = memory = None
    # The English legal vocabulary maps to the words of the (Chinese) law corpus: used when only the law is searched.
    # In an institution's own files an English word may be the very term asked for ("Zebrafinch collateral
    # covenant"), and the law's words would bury it.
    laws_only = tenant is None or doc_type == "regulation"
    if method in ("hybrid", "dense"):
        embedder = get_embedder(s)
        vector = embedder.embed_query([dense_text(query) if laws_only else query])[0]
        law_vector = adapt_query(vector, embedder.key) if s.query_adapter else None
        dense = dense_query(vector, scope, n, s, public_embedding=law_vector, adapted_scores=adapted)
        if method == "hybrid":  # an English-only model reading a Chinese query mostly sees [UNK]: trust it less
            dense_weight *= embedder.coverage(query) ** cfg["dense_coverage_power"]
            fusion = load_fusion(embedder.key) if s.learned_fusion and law_vector is not None else None
            memory = load_memory(embedder.key) if fusion is not None else None
            if memory is None:   # the model reads the memory's features: without them it would be miscalibrated
                fusion = None
    if method in ("hybrid", "bm25"):
        lexical = bm25_search(query, scope, n, s, english=laws_only)

    if fusion is not None and memory is not None and dense and all(c[0] in adapted for c in dense):
        fused = fuse_learned(dense, lexical, adapted, fusion, recall(memory, vector))
    else:  # RRF: no fusion model, or the tenant's own chunks compete (their cosines are on another scale)
        fused = fuse({"dense": dense, "bm25": lexical}, {"dense": dense_weight, "bm25": s.hybrid_weight_bm25},
                     rrf_k=cfg["rrf_k"])
    if s.reranker_model:
        fused = fused[: cfg["rerank_candidates"]]
        _fill_texts(fused, s)
        fused = rerank(query, fused, s.reranker_model)
    top = fused[:k]
    _fill_texts(top, s)
    return [to_hit(cid, text or "", meta, score=score, scores=scores) for cid, text, meta, score, scores in top]


Fused = list[list[Any]]  # [id, text, metadata, score, {method: raw score, "rrf" or "learned": fused score}]


def _rows_by_id(ranked: dict[str, list[Candidate]]) -> dict[str, list[Any]]:
    """One fused row per candidate (score 0), with each method's raw score kept for display."""
    by_id: dict[str, list[Any]] = {}
    for method, cands in ranked.items():
        for cid, text, meta, raw in cands:
            row = by_id.setdefault(cid, [cid, text, meta, 0.0, {}])
            if row[1] is None and text is not None:
                row[1] = text
            row[4][method] = round(raw, 6)
    return by_id


def fuse_learned(dense: list[Candidate], lexical: list[Candidate], adapted: dict[str, float],
                 model: FusionModel, recalled: dict[str, Recall]) -> Fused:
    """Law candidates ordered by the learned fusion model (retrieval/fusion.py) over their adapted-vector cosines,
    BM25 scores and what the question memory recalls of their article; the raw scores stay for display, the
    model's score is the hit's score."""
    by_id = _rows_by_id({"dense": dense, "bm25": lexical})
    memory = {cid: r for cid, row in by_id.items()
              if (r := recalled.get(article_key(row[2].get("source_path", ""), row[2].get("article_number"))))}
    order = learned_order(model, [(c[0], adapted[c[0]]) for c in dense], [(c[0], c[3]) for c in lexical], memory)
    rows = []
    for cid, score in order:
        row = by_id[cid]
        row[3] = round(score, 6)
        row[4]["learned"] = row[3]
        if cid in memory:
            row[4]["memory"] = round(memory[cid].best, 6)
        rows.append(row)
    return rows


def fuse(ranked: dict[str, list[Candidate]], weights: dict[str, float], *, rrf_k: int = 60) -> Fused:
    """Weighted reciprocal rank fusion: sum(weight / (rrf_k + rank)). Raw per-method scores are kept for display."""
    by_id = _rows_by_id(ranked)
    for method, cands in ranked.items():
        w = weights.get(method, 1.0)
        for rank, (cid, *_) in enumerate(cands, start=1):
            by_id[cid][3] += w / (rrf_k + rank)
    rows = sorted(by_id.values(), key=lambda r: -r[3])
    for r in rows:
        r[3] = round(r[3], 6)
        r[4]["rrf"] = r[3]
    return rows


def _fill_texts(rows: Fused, settings: Settings) -> None:
    missing = [r[0] for r in rows if r[1] is None]
    if not missing:
        return
    got = collection(settings).get(ids=missing, include=["documents"])
    texts = dict(zip(got["ids"], got["documents"]))
    for r in rows:
        if r[1] is None:
            r[1] = texts.get(r[0], "")


@lru_cache(maxsize=2)
def _cross_encoder(path: str) -> Any:
    from sentence_transformers import CrossEncoder

    return CrossEncoder(path, device="cpu", local_files_only=True)


def rerank(query: str, rows: Fused, model_path: str) -> Fused:
    if not rows:
        return rows
    scores = _cross_encoder(model_path).predict([(query, r[1] or "") for r in rows], show_progress_bar=False)
    for r, sc in zip(rows, scores):
        r[4]["rerank"] = round(float(sc), 6)
        r[3] = round(float(sc), 6)
    return sorted(rows, key=lambda r: -r[3])
