"""The retrieval suite's wiring: one search call per method, hit@1/hit@5/MRR per method in one table.

The search function is replaced by one that ranks real corpus articles in a known order, so the
expected numbers are exact; the real index is exercised by `fengtiao eval run retrieval --fast` in CI.
"""
from __future__ import annotations

import json

import pytest

import retrieval.ingest
import retrieval.search
from eval.report.tables import pivot
from eval.runner import run_suites
from eval.schema import RunOptions
from eval.suites.retrieval import DATASET
from retrieval.laws import load_corpus, lookup_article
from retrieval.models import Hit


def _as_hit(article) -> Hit:
    return Hit(chunk_id=f"{article.source_path}#{article.number}", doc_id="d", doc_type="regulation",
               source_path=article.source_path, title=article.instrument, article=article.label,
               start=article.start, end=article.end, text=article.text, score=1.0)


ROWS = [json.loads(line) for line in DATASET.read_text(encoding="utf-8").splitlines() if line.strip()]
FILLER = [a for a in load_corpus()[0].articles[:9]]   # 人民法院在线调解规则: never a gold article


@pytest.fixture
def fake_search(monkeypatch):
    """dense never finds the gold; bm25 finds it at rank 3; hybrid at rank 1."""
    calls: list[dict] = []

    def search(query, *, tenant, k=5, doc_type=None, method="hybrid", **_):
        calls.append({"query": query, "tenant": tenant, "k": k, "doc_type": doc_type, "method": method})
        row = next(r for r in ROWS if r["question"] == query)
        gold = lookup_article(row["gold"][0]["instrument"], row["gold"][0]["article"])
        ranked = {"dense": FILLER, "bm25": FILLER[:2] + [gold] + FILLER[2:], "hybrid": [gold] + FILLER}[method]
        return [_as_hit(a) for a in ranked[:k]]

    monkeypatch.setattr(retrieval.search, "search", search)
    monkeypatch.setattr(retrieval.ingest, "ingest_builtin_regulations", lambda **_: None)
    return calls


def test_three_methods_scored_in_one_table(fake_search, tmp_path):
    run = run_suites(["retrieval"], RunOptions(limit=6), tmp_path / "run")
    s = run.suite("retrieval")
    assert s.status == "ok" and s.n_scored == 6
    assert {c["method"] for c in fake_search} == {"dense", "bm25", "hybrid"}
    assert all(c["tenant"] is None and c["k"] == 10 and c["doc_type"] == "regulation" for c in fake_search)
    m = s.metrics
    assert (m["hybrid.hit@1"], m["hybrid.hit@5"], m["hybrid.mrr"]) == (1.0, 1.0, 1.0)
    assert (m["bm25.hit@1"], m["bm25.hit@5"]) == (0.0, 1.0) and m["bm25.mrr"] == pytest.approx(1 / 3)
    assert (m["dense.hit@1"], m["dense.hit@5"], m["dense.mrr"]) == (0.0, 0.0, 0.0)
    rows, cols, _ = pivot(m)
    assert rows == ["bm25", "dense", "hybrid"] and cols == ["hit@1", "hit@5", "mrr"]
    case = s.cases[0]
    assert any(e.startswith("dense: gold at rank >10") for e in case.evidence)
    assert any(e.startswith("bm25: gold at rank 3") for e in case.evidence)


def test_fast_subset_is_the_rows_marked_fast(fake_search, tmp_path):
    s = run_suites(["retrieval"], RunOptions(fast=True), tmp_path / "run").suite("retrieval")
    assert s.n_rows == 30 and all(c.case_id in {f"lq-{i:03d}" for i in range(1, 91, 3)} for c in s.cases)


def test_search_failure_on_one_question_is_an_errored_case(monkeypatch, tmp_path):
    def search(query, **kw):
        if "小贷公司" in query:
            raise retrieval.search.FengtiaoError("the index is being rebuilt; try again in a minute")
        return []

    monkeypatch.setattr(retrieval.search, "search", search)
    monkeypatch.setattr(retrieval.ingest, "ingest_builtin_regulations", lambda **_: None)
    s = run_suites(["retrieval"], RunOptions(limit=3), tmp_path / "run").suite("retrieval")
    assert (s.n_scored, s.n_errored) == (2, 1)
    assert s.case("lq-002").error == "the index is being rebuilt; try again in a minute"
    assert s.case("lq-001").scores["hybrid.hit@5"] == 0.0 and s.case("lq-001").outputs["hybrid"]["hits"] == []
