"""Fit the learned fusion of dense and BM25 law search: `python scripts/train_fusion.py [--pool 40] [--dry-run]`.

Features per candidate (retrieval/fusion.py): dense cosine gap to the best, dense rank, BM25 score relative to the
best, BM25 rank, over the top `pool` of each side. The dense side must look as it will for a question nobody
trained on, so each training author's questions are scored through a query adapter fitted on the other authors'
questions only (the shipped regulariser); BM25 is the production one (jieba + bigrams + colloquial lexicon).
The model is judged leave-one-author-out against RRF on the same candidate lists, then refitted on every
author and written next to the query adapter with that report. The law-QA dev and held-out sets are never read.
"""
from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import sys
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

from retrieval.adapter import load_adapter  # noqa: E402
from retrieval.fusion import FEATURES, FusionModel, feature_rows, save_fusion  # noqa: E402


def _adapter_trainer():
    spec = importlib.util.spec_from_file_location("train_query_adapter", ROOT / "scripts" / "train_query_adapter.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def author_of_each(files: list[Path]) -> np.ndarray:
    """Each training file is one author's batch: the author index of every question, in load order."""
    counts = [sum(1 for line in f.read_text(encoding="utf-8").splitlines() if line.strip()) for f in files]
    return np.repeat(np.arange(len(files)), counts)


def dense_without_author(trainer, q: np.ndarray, golds: list[list[int]], docs: np.ndarray, authors: np.ndarray,
                         reg: float) -> np.ndarray:
    scores = np.zeros((len(q), docs.shape[0]), dtype=np.float32)
    for a in np.unique(authors):
        test, train = np.where(authors == a)[0], np.where(authors != a)[0]
        A = trainer.train(q[train], [golds[i] for i in train], docs, reg)
        scores[test] = trainer.apply(q[test], A) @ docs.T
        print(f"  dense scores for author {a + 1}/{len(np.unique(authors))} (adapter fitted without them)")
    return scores


def bm25_scores(questions: list[str]) -> np.ndarray:
    """Production BM25 over the shipped articles (retrieval.lexical tokens, the colloquial lexicon on the query)."""
    import bm25s

    from retrieval.chunking import chunk_regulations, indexed_text
    from retrieval.lexical import tokenize
    from retrieval.query import expand_query

    texts = [indexed_text(c.title, c.path, c.article, c.text) for c in chunk_regulations()]
    model = bm25s.BM25()
    model.index([tokenize(t) or [""] for t in texts], show_progress=False)
    out = np.full((len(questions), len(texts)), -np.inf)
    for n, question in enumerate(questions):
        terms = [t for t in tokenize(expand_query(question)) if t in model.vocab_dict]
        if terms:
            s = model.get_scores(terms).astype(np.float64)
            out[n] = np.where(s > 0, s, -np.inf)
    return out


def top(scores: np.ndarray, n: int) -> list[tuple[str, float]]:
    finite = np.where(np.isfinite(scores))[0]
    best = finite[np.argsort(-scores[finite], kind="stable")[:n]]
    return [(str(i), float(scores[i])) for i in best]


def rrf(dense: list[tuple[str, float]], lexical: list[tuple[str, float]], k: int = 60) -> list[str]:
    score: dict[str, float] = {}
    for ranked in (dense, lexical):
        for r, (i, _) in enumerate(ranked, 1):
            score[i] = score.get(i, 0.0) + 1 / (k + r)
    return sorted(score, key=lambda i: -score[i])


def gold_ranks(ranked: list[list[str]], golds: list[list[int]], k: int = 10) -> list[int | None]:
    return [next((r for r, i in enumerate(order[:k], 1) if int(i) in set(g)), None) for order, g in zip(ranked, golds)]


def hit5_delta_interval(base: list[list[str]], other: list[list[str]], golds: list[list[int]],
                        reps: int = 2000) -> list[float]:
    """Paired-bootstrap 90% interval of the hit@5 difference (other − base) over questions."""
    a = np.array([bool(r and r <= 5) for r in gold_ranks(base, golds)], dtype=float)
    b = np.array([bool(r and r <= 5) for r in gold_ranks(other, golds)], dtype=float)
    idx = np.random.default_rng(0).integers(0, len(a), size=(reps, len(a)))
    diffs = (b[idx] - a[idx]).mean(axis=1)
    return [round(float(np.percentile(diffs, 5)), 4), round(float(np.percentile(diffs, 95)), 4)]


def metrics(ranked: list[list[str]], golds: list[list[int]], k: int = 10) -> dict[str, float]:
    ranks = gold_ranks(ranked, golds, k)
    n = len(ranks)
    return {"hit@1": round(sum(r == 1 for r in ranks) / n, 4), "hit@5": round(sum(bool(r and r <= 5) for r in ranks) / n, 4),
            "mrr": round(sum(1 / r for r in ranks if r) / n, 4)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pool", type=int, default=40, help="candidates per side (search uses max(4k, 20); eval k=10)")
    ap.add_argument("--C", type=float, default=1.0, help="inverse L2 strength of the logistic model")
    ap.add_argument("--dry-run", action="store_true", help="report leave-one-author-out only; write nothing")
    args = ap.parse_args()
    trainer = _adapter_trainer()
    docs, keys, embedder_key = trainer.corpus()
    files = trainer.TRAIN
    questions, golds = trainer.load_questions(files, keys)
    authors = author_of_each(files)
    loaded = load_adapter(embedder_key)
    if loaded is None:
        raise SystemExit(f"no query adapter shipped for {embedder_key}: train it first (scripts/train_query_adapter.py)")
    reg = loaded[1].reg
    print(f"{len(questions)} training questions by {len(files)} authors, {len(keys)} articles, adapter reg {reg}")
    from retrieval.embedding import e5_embedder

    q = np.asarray(e5_embedder().embed_query(questions), dtype=np.float32)
    q /= np.linalg.norm(q, axis=1, keepdims=True)
    dense = dense_without_author(trainer, q, golds, docs, authors, reg)
    bm25 = bm25_scores(questions)
    lists = [(top(dense[i], args.pool), top(bm25[i], args.pool)) for i in range(len(questions))]
    per_q = [feature_rows(d, b) for d, b in lists]
    labels = [np.array([int(i) in set(g) for i in ids], dtype=int) for (ids, _), g in zip(per_q, golds)]

    def fit(rows: list[int]) -> tuple[LogisticRegression, np.ndarray, np.ndarray]:
        X = np.vstack([per_q[i][1] for i in rows])
        y = np.concatenate([labels[i] for i in rows])
        mean, scale = X.mean(axis=0), X.std(axis=0) + 1e-9
        model = LogisticRegression(C=args.C, max_iter=2000, class_weight="balanced").fit((X - mean) / scale, y)
        return model, mean, scale

    learned: list[list[str]] = [[] for _ in questions]
    for a in np.unique(authors):
        model, mean, scale = fit(list(np.where(authors != a)[0]))
        for i in np.where(authors == a)[0]:
            ids, X = per_q[i]
            s = model.decision_function((X - mean) / scale)
            learned[i] = [ids[n] for n in sorted(range(len(ids)), key=lambda n: (-s[n], n))]
    baseline = [rrf(d, b) for d, b in lists]
    report = {"rrf": metrics(baseline, golds), "learned": metrics(learned, golds)}
    lo, hi = hit5_delta_interval(baseline, learned, golds)
    report["learned_minus_rrf_hit5_ci90"] = {"low": lo, "high": hi}
    for a in np.unique(authors):
        idx = np.where(authors == a)[0]
        sub = {"rrf": metrics([baseline[i] for i in idx], [golds[i] for i in idx]),
               "learned": metrics([learned[i] for i in idx], [golds[i] for i in idx])}
        print(f"  author {a + 1} ({files[a].name}, {len(idx)} q): RRF {sub['rrf']}  learned {sub['learned']}")
    print(f"leave-one-author-out, all {len(questions)} questions: RRF {report['rrf']}  learned {report['learned']}; "
          f"hit@5 difference 90% interval [{lo:+.3f}, {hi:+.3f}]")
    if args.dry_run:
        return
    model, mean, scale = fit(list(range(len(questions))))
    fusion = FusionModel(
        embedder=embedder_key, features=list(FEATURES), mean=mean.tolist(), scale=scale.tolist(),
        coef=model.coef_[0].tolist(), intercept=float(model.intercept_[0]), questions=len(questions),
        authors=len(files), pool=args.pool, leave_one_author_out=report,
        training_files={str(f.resolve().relative_to(ROOT)): hashlib.sha256(f.read_bytes()).hexdigest() for f in files})
    path = save_fusion(fusion)
    print(f"wrote {path}: coefficients {json.dumps(dict(zip(FEATURES, np.round(fusion.coef, 3).tolist())))}")


if __name__ == "__main__":
    main()
