"""Fit the learned fusion of dense and BM25 law search: `python scripts/train_fusion.py [--pool 40] [--dry-run]`.

Features per candidate (retrieval/fusion.py): dense cosine gap to the best, dense rank, BM25 score relative to the
best, BM25 rank, over the top `pool` of each side, and what the question memory (retrieval/memory.py) recalls of
the candidate's article. Everything must look as it will for a question nobody trained on, so each training
author's questions are scored through a query adapter fitted on the other authors' questions only (the shipped
regulariser) and recall only the other authors' questions; BM25 is the production one (jieba + bigrams +
colloquial lexicon). The model is judged leave-one-author-out against RRF and against the rank features alone on
the same candidate lists, then refitted on every author and written next to the query adapter with that report,
with the memory of every training question. The law-QA dev set, held-out set 1 and the blind sets are never read.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

from bench.fusion_oof import _trainer, out_of_fold_dense, training_corpus  # noqa: E402
from bench.lawqa_variants import BM25Side, bootstrap_delta, metrics, ranks, rrf, top_n  # noqa: E402
from eval.suites.retrieval import gold_keys  # noqa: E402
from retrieval.adapter import load_adapter  # noqa: E402
from retrieval.embedding import e5_embedder  # noqa: E402
from retrieval.fusion import FEATURES, RANK_FEATURES, FusionModel, feature_rows, save_fusion  # noqa: E402
from retrieval.memory import MemoryInfo, build_memory, recall, save_memory  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pool", type=int, default=40, help="candidates per side (search uses max(4k, 20); eval k=10)")
    ap.add_argument("--C", type=float, default=1.0, help="inverse L2 strength of the logistic model")
    ap.add_argument("--dry-run", action="store_true", help="report leave-one-author-out only; write nothing")
    ap.add_argument("--memory-only", action="store_true",
                    help="rewrite the question memory from the training files and MEMORY_EXTRA; leave the fusion")
    args = ap.parse_args()
    trainer = _trainer()
    if args.memory_only:
        _write_memory(trainer.TRAIN + trainer.MEMORY_EXTRA)
        return
    files = trainer.TRAIN
    c = training_corpus(files)
    folds = trainer.author_folds(files)
    embedder_key = e5_embedder().key
    loaded = load_adapter(embedder_key)
    if loaded is None:
        raise SystemExit(f"no query adapter shipped for {embedder_key}: train it first (scripts/train_query_adapter.py)")
    reg = loaded[1].reg
    print(f"{len(c.rows)} training questions by {len(files)} authors, {len(c.chunks)} articles, adapter reg {reg}")
    dense = out_of_fold_dense(c, reg, by_author=True)
    gold = _gold(c)
    dense_hit5 = [trainer.hit5_of_scores(dense[f], [list(gold[i]) for i in f]) for f in folds]
    print("dense side, leave one author out: hit@5 " + ", ".join(f"{f.stem} {h:.3f}" for f, h in zip(files, dense_hit5)))
    bm25 = BM25Side(c).all_scores()
    lists = [(top_n(d, args.pool), top_n(b, args.pool)) for d, b in zip(dense, bm25)]
    q = _query_vectors(c)
    memory = _question_memory(c, q, gold, files)
    trained_on = memory.info.training_files
    author = np.zeros(len(c.rows), dtype=int)
    for a, fold in enumerate(folds):
        author[fold] = a
    per_q = []
    for i, (d, b) in enumerate(lists):
        recalled = recall(memory, q[i], exclude=author == author[i])   # only the other authors' questions
        ids = {str(j) for j in (*d, *b)}
        per_q.append(feature_rows([(str(j), float(dense[i][j])) for j in d], [(str(j), float(bm25[i][j])) for j in b],
                                  {j: recalled[c.keys[int(j)]] for j in ids if c.keys[int(j)] in recalled}))
    labels = [np.array([int(i) in g for i in ids], dtype=int) for (ids, _), g in zip(per_q, gold)]
    rank_only = list(range(len(RANK_FEATURES)))

    def fit(rows: list[int], cols: list[int] | None = None) -> tuple[LogisticRegression, np.ndarray, np.ndarray]:
        X = np.vstack([per_q[i][1] for i in rows])[:, cols or slice(None)]
        y = np.concatenate([labels[i] for i in rows])
        mean, scale = X.mean(axis=0), X.std(axis=0) + 1e-9
        model = LogisticRegression(C=args.C, max_iter=3000, class_weight="balanced").fit((X - mean) / scale, y)
        return model, mean, scale

    def leave_author_out(cols: list[int] | None = None) -> list[int | None]:
        learned: list[list[int]] = [[] for _ in c.rows]
        for fold in folds:
            model, mean, scale = fit(sorted(set(range(len(c.rows))) - set(fold.tolist())), cols)
            for i in fold:
                ids, X = per_q[i]
                s = model.decision_function((X[:, cols or slice(None)] - mean) / scale)
                learned[i] = [int(ids[n]) for n in sorted(range(len(ids)), key=lambda n: (-s[n], n))]
        return ranks(c, learned)

    baseline = [rrf({"dense": d, "bm25": b}) for d, b in lists]
    base_ranks, rank_ranks, learned_ranks = ranks(c, baseline), leave_author_out(rank_only), leave_author_out()
    report = {"rrf": metrics(base_ranks), "rank_features_only": metrics(rank_ranks), "learned": metrics(learned_ranks)}
    _, lo, hi = bootstrap_delta(base_ranks, learned_ranks)
    report["learned_minus_rrf_hit5_ci90"] = {"low": round(lo, 4), "high": round(hi, 4)}
    _, mlo, mhi = bootstrap_delta(rank_ranks, learned_ranks)
    report["memory_gain_hit5_ci90"] = {"low": round(mlo, 4), "high": round(mhi, 4)}
    for a, fold in enumerate(folds):
        print(f"  author {a + 1} ({files[a].name}, {len(fold)} q): RRF {metrics([base_ranks[i] for i in fold])}  "
              f"rank features {metrics([rank_ranks[i] for i in fold])}  learned {metrics([learned_ranks[i] for i in fold])}")
    print(f"leave-one-author-out, all {len(c.rows)} questions: RRF {report['rrf']}  rank features only "
          f"{report['rank_features_only']}  with the question memory {report['learned']}; hit@5 difference 90% "
          f"interval vs RRF [{lo:+.3f}, {hi:+.3f}], memory vs rank features only [{mlo:+.3f}, {mhi:+.3f}]")
    if args.dry_run:
        return
    model, mean, scale = fit(list(range(len(c.rows))))
    fusion = FusionModel(
        embedder=embedder_key, features=list(FEATURES), mean=mean.tolist(), scale=scale.tolist(),
        coef=model.coef_[0].tolist(), intercept=float(model.intercept_[0]), questions=len(c.rows),
        authors=len(files), pool=args.pool, leave_one_author_out=report,
        training_files=trained_on)
    path = save_fusion(fusion)
    print(f"wrote {path}: coefficients {json.dumps(dict(zip(FEATURES, np.round(fusion.coef, 3).tolist())))}")
    if trainer.MEMORY_EXTRA:     # the shipped memory remembers the read sets too, not only what the fusion saw
        _write_memory(files + trainer.MEMORY_EXTRA)
    else:
        print(f"wrote {save_memory(memory)}: {len(q)} questions")


def _gold(c) -> list[set[int]]:
    """Per training question, the indices of its gold articles among the corpus keys."""
    return [{j for j, key in enumerate(c.keys) if key in gold_keys(r)} for r in c.rows]


def _query_vectors(c) -> np.ndarray:
    q = np.asarray(e5_embedder().embed_query(c.questions), dtype=np.float32)
    return q / np.linalg.norm(q, axis=1, keepdims=True)


def _question_memory(c, q: np.ndarray, gold: list[set[int]], files: list[Path]):
    """The memory of these questions (unit query vectors) and their gold articles, traced to the files read."""
    answers = [sorted({c.keys[j] for j in g}) for g in gold]
    trained_on = {str(f.resolve().relative_to(ROOT)): hashlib.sha256(f.read_bytes()).hexdigest() for f in files}
    return build_memory(q, answers, MemoryInfo(embedder=e5_embedder().key, questions=len(q), training_files=trained_on,
                                               articles=len({a for keys in answers for a in keys})))


def _write_memory(files: list[Path]) -> None:
    """The memory of every question in `files` (training batches and read held-out sets), without refitting."""
    c = training_corpus(files)
    memory = _question_memory(c, _query_vectors(c), _gold(c), files)
    print(f"wrote {save_memory(memory)}: {memory.info.questions} questions from {len(files)} files")


if __name__ == "__main__":
    main()
