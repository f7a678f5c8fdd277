"""Laws are ranked exactly, not by Chroma's approximate HNSW walk (retrieval/exact.py).

The reference ranking here is computed by the test itself, from every public vector read back from Chroma,
so a search that still walked the HNSW graph (which on these questions misses or reorders neighbours for
about one in five) would fail the comparison.
"""
from __future__ import annotations

import json

import numpy as np
import pytest

from agent.config import Settings
from retrieval import store
from retrieval.adapter import adapt_query
from retrieval.embedding import get_embedder
from retrieval.ingest import ingest_paths
from retrieval.lexical import bm25_search
from retrieval.search import search
from tests.conftest import REPO

from .samples import loan_contract

QUESTIONS = [json.loads(line)["question"]
             for line in (REPO / "eval/datasets/law_qa/law_qa.jsonl").read_text(encoding="utf-8").splitlines()
             if line.strip()][:40]


def _public_matrix(settings: Settings) -> tuple[list[str], np.ndarray, list[dict]]:
    got = store.collection(settings).get(where={"tenant": {"$eq": store.PUBLIC}}, include=["embeddings", "metadatas"])
    m = np.asarray(got["embeddings"], dtype=np.float64)
    return got["ids"], m / np.linalg.norm(m, axis=1, keepdims=True), got["metadatas"]


def _reference(ids: list[str], matrix: np.ndarray, vector, n: int, keep=None) -> list[str]:
    q = np.asarray(vector, dtype=np.float64)
    scores = matrix @ (q / np.linalg.norm(q))
    rows = [i for i in range(len(ids)) if keep is None or keep(i)]
    return [ids[i] for i in sorted(rows, key=lambda i: (-scores[i], ids[i]))[:n]]


def test_dense_law_ranking_equals_a_full_scan_for_raw_and_adapted_questions(index_settings: Settings):
    ids, matrix, _ = _public_matrix(index_settings)
    embedder = get_embedder(index_settings)
    scope = store.scope_filter(None, doc_type="regulation")
    for question in QUESTIONS:
        vector = embedder.embed_query([question])[0]
        adapted_vector = adapt_query(vector, embedder.key)
        raw = store.dense_query(vector, scope, 20, index_settings)
        assert [r[0] for r in raw] == _reference(ids, matrix, vector, 20), question
        adapted: dict[str, float] = {}
        rows = store.dense_query(vector, scope, 20, index_settings, public_embedding=adapted_vector, adapted_scores=adapted)
        assert [r[0] for r in rows] == _reference(ids, matrix, adapted_vector, 20), question
        # the adapter orders the laws; each row still shows its cosine to the question itself
        own = dict(zip(ids, matrix @ (np.asarray(vector) / np.linalg.norm(vector))))
        assert all(abs(r[3] - own[r[0]]) < 1e-4 for r in rows)
        assert list(adapted) == [r[0] for r in rows]


def test_metadata_filters_narrow_the_exact_scan(index_settings: Settings):
    ids, matrix, metas = _public_matrix(index_settings)
    instrument = next(m["instrument"] for m in metas if "民间借贷" in m["instrument"])
    vector = get_embedder(index_settings).embed_query(["借款利率超过多少法院不支持"])[0]
    scope = store.scope_filter(None, doc_type="regulation", filters={"instrument": instrument})
    rows = store.dense_query(vector, scope, 10, index_settings)
    assert [r[0] for r in rows] == _reference(ids, matrix, vector, 10, keep=lambda i: metas[i]["instrument"] == instrument)
    assert {r[2]["instrument"] for r in rows} == {instrument}


def test_a_tenant_upload_leaves_the_law_vectors_alone_and_a_public_law_refreshes_them(index_settings: Settings,
                                                                                    write_text):
    marks = store.collection_marks(index_settings)
    path = write_text("exact-tenant.txt", loan_contract(marker="Pangolin exact-scan probe"))
    ingest_paths([path], tenant="exact-bank", settings=index_settings)
    after_tenant = store.collection_marks(index_settings)
    assert after_tenant["generation"] != marks["generation"]               # BM25 must re-read
    assert after_tenant.get("public_generation") == marks.get("public_generation")   # the laws need not

    rule = ("某市小额贷款公司监督管理试行办法\n\n第一条 为规范小额贷款公司经营，制定本办法。\n\n"
            "第二条 小额贷款公司不得以穿山甲式循环放贷方式向同一借款人发放贷款以规避单户贷款余额上限。\n")
    summary = ingest_paths([write_text("exact-rule.txt", rule)], tenant=None, doc_type="regulation",
                           settings=index_settings)
    assert not summary.failures
    doc_id = summary.documents[0].doc_id
    try:
        assert store.collection_marks(index_settings)["public_generation"] != marks.get("public_generation")
        hits = search("穿山甲式循环放贷规避单户贷款余额上限", tenant=None, k=3, method="dense", settings=index_settings)
        assert hits[0].doc_id == doc_id and hits[0].article == "第二条"
    finally:
        store.delete_document(doc_id, tenant=None, settings=index_settings)
    hits = search("穿山甲式循环放贷规避单户贷款余额上限", tenant=None, k=5, method="dense", settings=index_settings)
    assert doc_id not in {h.doc_id for h in hits}


def test_a_clause_dropped_on_reingest_leaves_lexical_search(index_settings: Settings, tmp_path):
    """A document re-ingested under the same id with a clause gone: the clause's chunk is deleted, and BM25
    (rebuilt when the store's generation mark moves) stops returning it, also when nothing new was embedded."""
    from retrieval.chunking import chunk_document
    from retrieval.ingest import _embed_and_write
    from retrieval.parsers.dispatch import parse_file

    text = loan_contract(marker="Axolotl stale-chunk probe")
    full = tmp_path / "full.txt"
    full.write_text(text, encoding="utf-8")
    doc = parse_file(full)
    chunks = chunk_document(doc, doc_type="contract", tenant="stale-bank", doc_id="stale-doc-0001")
    probe = next(c for c in chunks if "Axolotl" in c.text)
    assert probe is not chunks[0]
    _embed_and_write(chunks, index_settings)
    found = bm25_search("Axolotl stale-chunk probe", store.scope_filter("stale-bank"), 5, index_settings)
    assert probe.id in [f[0] for f in found]

    _embed_and_write([c for c in chunks if c.id != probe.id], index_settings)   # nothing new to embed
    found = bm25_search("Axolotl stale-chunk probe", store.scope_filter("stale-bank"), 5, index_settings)
    assert probe.id not in [f[0] for f in found]
    assert probe.id not in store.doc_chunk_ids("stale-doc-0001", tenant="stale-bank", settings=index_settings)


@pytest.mark.parametrize("method", ["dense", "hybrid"])
def test_search_results_carry_texts_fetched_after_the_exact_scan(index_settings: Settings, method):
    hits = search("保证期间没有约定怎么办", tenant=None, k=3, method=method, settings=index_settings)
    assert hits and all(h.text.strip() for h in hits)
    assert any(h.article == "第六百九十二条" for h in hits)


def test_an_institutions_own_chunks_are_ranked_exactly_and_only_its_own(index_settings: Settings, write_text):
    for tenant, marker in (("exact-a", "Quokka"), ("exact-b", "Numbat")):
        for i in range(3):
            ingest_paths([write_text(f"{tenant}-{i}.txt", loan_contract(borrower=f"测试{i}号贸易有限公司",
                                                                         marker=f"{marker} clause {i}"))],
                         tenant=tenant, settings=index_settings)
    got = store.collection(index_settings).get(where={"tenant": {"$eq": "exact-a"}}, include=["embeddings"])
    m = np.asarray(got["embeddings"], dtype=np.float64)
    m = m / np.linalg.norm(m, axis=1, keepdims=True)
    vector = get_embedder(index_settings).embed_query(["保证人承担连带责任的期间是多久"])[0]
    rows = store.dense_query(vector, store.scope_filter("exact-a", include_public=False), 10, index_settings)
    assert [r[0] for r in rows] == _reference(got["ids"], m, vector, 10)
    assert {r[2]["tenant"] for r in rows} == {"exact-a"}


def test_concurrent_queries_over_scopes_being_read_back_agree_with_one_at_a_time(index_settings: Settings, write_text):
    from concurrent.futures import ThreadPoolExecutor

    from retrieval import exact

    ingest_paths([write_text("exact-c.txt", loan_contract(marker="Wombat concurrency probe"))], tenant="exact-c",
                 settings=index_settings)
    embedder = get_embedder(index_settings)
    jobs = [(q, t) for q in QUESTIONS[:6] for t in ("exact-c", None)]
    vectors = {q: embedder.embed_query([q])[0] for q, _ in jobs}

    def run(job):
        q, tenant = job
        scope = store.scope_filter(tenant, include_public=tenant is None)
        return [r[0] for r in store.dense_query(vectors[q], scope, 10, index_settings)]

    expected = [run(j) for j in jobs]
    exact.forget()                                      # every scope is read back again, by several threads at once
    with ThreadPoolExecutor(max_workers=6) as pool:
        assert list(pool.map(run, jobs)) == expected
