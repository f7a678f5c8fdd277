"""Fusion weights chosen out of fold on the training questions: `python bench/fusion_oof.py [--reg 0.01]`.

The dense side of hybrid search goes through the query adapter, which was fitted on the law-QA *training*
questions (eval/datasets/law_qa_train), so those questions cannot judge fusion as they are: their dense ranks are
too good. Here each training question gets the dense ranking of an adapter trained without its fold (5 folds, the
shipped regulariser), the production BM25 ranking, and every (dense weight, rrf_k) of a small grid is scored on
the resulting hybrid rankings — an estimate for questions the adapter never saw, made without reading the dev or
held-out law-QA sets. Rows show hybrid hit@1 / hit@5 / MRR and the MRR difference to the shipped weights with a
paired-bootstrap 90% interval. Results: a rich table and bench/results/fusion_oof.json.
"""
from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
from rich.table import Table  # noqa: E402

from agent.config import Settings  # noqa: E402
from bench.lawqa_variants import (BM25Side, Corpus, bootstrap_delta, console, e5_prefixed, metrics, pool,  # noqa: E402
                                  ranks, rrf, top_n)
from eval.suites.retrieval import LawQARow  # noqa: E402
from retrieval.chunking import chunk_regulations, indexed_text, retrieval_config  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results" / "fusion_oof.json"
CACHE = RESULTS.parent / "cache"
DENSE_WEIGHTS = [0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0]
RRF_KS = [20, 60, 100]


def _trainer():
    spec = importlib.util.spec_from_file_location("train_query_adapter", ROOT / "scripts" / "train_query_adapter.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def training_corpus(files: list[Path]) -> Corpus:
    chunks = chunk_regulations()
    rows = [LawQARow.model_validate({k: v for k, v in json.loads(line).items() if k != "asker"})
            for f in files for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    return Corpus(chunks=chunks, texts=[indexed_text(c.title, c.path, c.article, c.text) for c in chunks],
                  keys=[f"{c.source_path}#{c.article_number}" if c.article_number else f"{c.source_path}@{c.start}"
                        for c in chunks], rows=rows)


def out_of_fold_dense(c: Corpus, reg: float, by_author: bool = False) -> np.ndarray:
    """Cosine of each training question (through an adapter fitted on the other folds) with every article; folds
    are 5 random ones, or one per author (training file) with `by_author`. Kept in bench/results/cache under a key
    of everything that changes it (training files, articles, regulariser, folds, trainer settings), since one
    leave-one-author-out pass costs half an hour on two cores."""
    trainer = _trainer()
    key = hashlib.sha256(json.dumps([[hashlib.sha256(f.read_bytes()).hexdigest() for f in trainer.TRAIN], c.keys,
                                     reg, by_author, trainer.TEMPERATURE, trainer.STEPS]).encode()).hexdigest()[:16]
    cached = CACHE / f"oof-dense-{key}.npy"
    if cached.exists():
        return np.load(cached)
    docs = e5_prefixed(c)
    questions, golds = trainer.load_questions(trainer.TRAIN, c.keys)
    assert questions == c.questions
    from retrieval.embedding import e5_embedder

    q = np.asarray(e5_embedder().embed_query(questions), dtype=np.float32)
    q /= np.linalg.norm(q, axis=1, keepdims=True)
    folds = trainer.author_folds(trainer.TRAIN) if by_author else trainer.random_folds(len(golds))
    scores = trainer.out_of_fold(q, golds, docs, reg, folds)
    CACHE.mkdir(parents=True, exist_ok=True)
    np.save(cached, scores)
    return scores


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reg", type=float, default=None, help="adapter regulariser (default: the shipped adapter's)")
    args = ap.parse_args()
    from retrieval.adapter import load_adapter

    trainer = _trainer()
    reg = args.reg if args.reg is not None else load_adapter("multilingual-e5-small-q4")[1].reg
    c = training_corpus(trainer.TRAIN)
    console.print(f"{len(c.rows)} training questions, {len(c.chunks)} articles, adapter reg {reg}")
    dense = out_of_fold_dense(c, reg)
    bm25 = BM25Side(c).all_scores()
    d_lists, b_lists = [top_n(s, pool()) for s in dense], [top_n(s, pool()) for s in bm25]
    settings, cfg = Settings(), retrieval_config()["fusion"]
    shipped = (settings.hybrid_weight_dense / settings.hybrid_weight_bm25, cfg["rrf_k"])

    def run(w: float, k: int) -> list[int | None]:
        fused = [rrf({"dense": d, "bm25": b}, {"dense": w, "bm25": 1.0}, rrf_k=k) for d, b in zip(d_lists, b_lists)]
        return ranks(c, fused)

    base = run(*shipped)
    rows = [{"variant": "dense only", **metrics(ranks(c, d_lists))},
            {"variant": "bm25 only", **metrics(ranks(c, b_lists))}]
    for w in DENSE_WEIGHTS:
        for k in RRF_KS:
            rk = run(w, k)
            mid, lo, hi = bootstrap_delta(base, rk)
            rows.append({"variant": f"dense {w} : bm25 1, rrf_k {k}", "dense_weight": w, "rrf_k": k, **metrics(rk),
                         "shipped": (w, k) == shipped, "delta_hit5": [round(lo, 4), round(mid, 4), round(hi, 4)],
                         "delta_mrr": round(metrics(rk)["mrr"] - metrics(base)["mrr"], 4)})
    table = Table(title=f"hybrid fusion, out of fold on {len(c.rows)} training questions (adapter reg {reg})")
    for col in ("variant", "hit@1", "hit@5", "MRR", "Δ MRR vs shipped", "Δ hit@5 (90% CI)"):
        table.add_column(col)
    for r in rows:
        ci = r.get("delta_hit5")
        table.add_row(r["variant"] + (" (shipped)" if r.get("shipped") else ""), f"{r['hit@1']:.3f}",
                      f"{r['hit@5']:.3f}", f"{r['mrr']:.3f}", f"{r['delta_mrr']:+.3f}" if "delta_mrr" in r else "",
                      f"{ci[1]:+.3f} [{ci[0]:+.3f}, {ci[2]:+.3f}]" if ci else "")
    console.print(table)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({"questions": len(c.rows), "reg": reg, "rows": rows}, ensure_ascii=False, indent=1),
                       encoding="utf-8")
    console.print(f"wrote {RESULTS}")


if __name__ == "__main__":
    main()
