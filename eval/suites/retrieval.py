"""Law QA retrieval: colloquial questions from credit officers and mediators, gold articles, three search methods.

Calls the same `retrieval.search.search` the CLI and API use, over the built-in regulations index,
and scores hit@1, hit@5 and MRR for dense, BM25 and hybrid search in one table.
"""
from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field, field_validator

from eval.judge import JudgeSpec
from eval.schema import MetricSpec
from eval.scorers import first_relevant_rank, hit_at_k, reciprocal_rank
from eval.suite import CaseScore, RunContext, Suite
from retrieval.laws import Instrument, cn_to_int, load_corpus, lookup_article

DATASET = Path(__file__).resolve().parent.parent / "datasets" / "law_qa" / "law_qa.jsonl"
METHODS = ("dense", "bm25", "hybrid")
K = 10
_LABEL = re.compile(r"第([零〇一二两三四五六七八九十百千\d]+)条|^([一二三四五六七八九十]+)、")


class GoldArticle(BaseModel):
    instrument: str = Field(description="Short title as in retrieval.laws (合同编, 民事诉讼法, 最高人民法院关于…)")
    article: int = Field(ge=1)


class LawQARow(BaseModel):
    id: str
    question: str = Field(min_length=4)
    gold: list[GoldArticle] = Field(min_length=1)
    topic: str = ""
    asker: Literal["credit_officer", "mediator"] = "credit_officer"
    fast: bool = False

    @field_validator("gold")
    @classmethod
    def _gold_exists(cls, gold: list[GoldArticle]) -> list[GoldArticle]:
        missing = [f"{g.instrument} 第{g.article}条" for g in gold if lookup_article(g.instrument, g.article) is None]
        if missing:
            raise ValueError(f"gold article not in the shipped corpus: {', '.join(missing)}")
        return gold


def article_key(source_path: str, number: int) -> str:
    return f"{source_path}#{number}"


def gold_keys(row: LawQARow) -> set[str]:
    keys = set()
    for g in row.gold:
        art = lookup_article(g.instrument, g.article)
        if art is not None:
            keys.add(article_key(art.source_path, art.number))
    return keys


def _instrument_of(hit: Any) -> Instrument | None:
    path = str(getattr(hit, "source_path", "") or "").replace("\\", "/")
    title = str(getattr(hit, "title", "") or "")
    for inst in load_corpus():
        if path and (path == inst.source_path or path.endswith("/" + inst.source_path)):
            return inst
    return next((i for i in load_corpus() if title and title in (i.title, i.short_title)), None)


def hit_article_keys(hit: Any) -> list[str]:
    """Which corpus articles a search hit points at: by article number, else label, else character span."""
    inst = _instrument_of(hit)
    if inst is None:
        return []
    metadata = getattr(hit, "metadata", None) or {}
    number = metadata.get("article_number")
    if not isinstance(number, int) or number < 1:      # the store writes -1 for "no article number"
        number = None
    if number is None and getattr(hit, "article", None):
        m = _LABEL.search(hit.article)
        if m:
            number = cn_to_int(m.group(1) or m.group(2))
    if number is not None:
        return [article_key(inst.source_path, int(number))]
    start, end = getattr(hit, "start", 0), getattr(hit, "end", 0)
    return [article_key(inst.source_path, a.number) for a in inst.articles if end > start and a.start < end and start < a.end]


def _prepare(ctx: RunContext) -> None:
    """Make sure the public regulations index exists (idempotent: unchanged articles are not re-embedded)."""
    from retrieval.ingest import ingest_builtin_regulations

    ingest_builtin_regulations()


def _task(row: LawQARow, ctx: RunContext, state: object) -> dict[str, Any]:
    from retrieval.search import search

    out: dict[str, Any] = {}
    for method in METHODS:
        started = time.perf_counter()
        found = search(row.question, tenant=None, k=K, doc_type="regulation", method=method)
        hits = list(getattr(found, "hits", found))
        out[method] = {
            "latency_s": round(time.perf_counter() - started, 4),
            "hits": [{"citation": getattr(h, "citation", ""), "keys": hit_article_keys(h),
                      "score": float(getattr(h, "score", 0.0)), "text": str(getattr(h, "text", ""))[:300] if i < 3 else ""}
                     for i, h in enumerate(hits)],
        }
    return out


def _score(row: LawQARow, outputs: dict[str, Any]) -> CaseScore:
    gold = gold_keys(row)
    scores: dict[str, float] = {}
    evidence = ["gold: " + "; ".join(f"{g.instrument} 第{g.article}条" for g in row.gold)]
    for method in reversed(METHODS):           # hybrid first: it is the one the product uses
        ranked = [h["keys"] for h in outputs[method]["hits"]]
        scores[f"{method}.hit@1"] = hit_at_k(ranked, gold, 1)
        scores[f"{method}.hit@5"] = hit_at_k(ranked, gold, 5)
        scores[f"{method}.mrr"] = reciprocal_rank(ranked, gold)
        rank = first_relevant_rank(ranked, gold)
        top = " | ".join(h["citation"] for h in outputs[method]["hits"][:3]) or "no hits"
        evidence.append(f"{method}: gold at rank {rank or f'>{K}'}; top 3: {top}")
    return CaseScore(scores=scores, evidence=evidence)


def _judge_fields(row: LawQARow, outputs: dict[str, Any]) -> dict[str, str]:
    hits = outputs["hybrid"]["hits"][:3]
    evidence = "\n\n".join(f"[{i}] {h['citation']}\n{h['text']}" for i, h in enumerate(hits, 1)) or "（没有检索到条文）"
    return {"question": row.question, "evidence": evidence}


SUITE = Suite(
    name="retrieval",
    description="Law QA: colloquial credit/mediation questions → gold articles; hit@1, hit@5, MRR for dense, BM25, hybrid",
    version="law_qa v1",
    metrics=[MetricSpec(name=f"{m}.{k}", case_key=f"{m}.{k}", tolerance=0.03 if k != "hit@1" else 0.05,
                        description=f"{k} of {m} search over the built-in regulations")
             for m in METHODS for k in ("hit@1", "hit@5", "mrr")],
    primary="hybrid.hit@5",
    requires=("retrieval.search:search", "retrieval.ingest:ingest_builtin_regulations"),
    dataset=DATASET,
    row_model=LawQARow,
    prepare=_prepare,
    task=_task,
    score=_score,
    inputs_of=lambda row: {"question": row.question, "topic": row.topic, "asker": row.asker},
    expected_of=lambda row: {"gold": [f"{g.instrument} 第{g.article}条" for g in row.gold]},
    in_fast_subset=lambda raw: raw.get("fast") is True,
    judge=JudgeSpec(rubric="law_answer", render=_judge_fields),
)
