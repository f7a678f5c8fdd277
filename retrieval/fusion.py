"""Learned fusion of the dense and BM25 rankings for law questions.

Reciprocal rank fusion reads ranks only: the article the adapted e5 vector puts first by a wide margin and the one
it puts first by a hair get the same credit. A small logistic model over features per candidate — the dense
cosine's gap to the best one, the dense rank, the BM25 score relative to the best one, the BM25 rank, and what the
question memory (retrieval/memory.py) says of the article: the nearest remembered question it answered, its gap to
the nearest of all, their vote — reads the margins too. It is fitted by `scripts/train_fusion.py` on the law-QA
*training* questions with dense scores from query adapters that never saw each question's author and a memory of
the other authors' questions only, and chosen leave-one-author-out (a new author's wording is what users bring);
the dev and held-out law sets only measure it. One model per embedding model, next to its query
adapter; a model without one is fused by RRF as before.
"""
from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np
from pydantic import BaseModel

from retrieval.memory import NONE, Recall

FUSION_DIR = Path(__file__).parent / "adapters"
RANK_FEATURES = ("dense_gap", "dense_rank", "bm25_rel", "bm25_rank")
MEMORY_FEATURES = ("memory_best", "memory_gap", "memory_vote")
FEATURES = RANK_FEATURES + MEMORY_FEATURES


class FusionModel(BaseModel):
    """A fitted fusion model and what it was fitted on, so a ranking can be traced to its data."""

    embedder: str
    features: list[str]
    mean: list[float]
    scale: list[float]
    coef: list[float]
    intercept: float
    questions: int
    authors: int
    pool: int                                 # candidates per side the features were computed over
    training_files: dict[str, str]            # path (repo-relative) -> sha256
    leave_one_author_out: dict[str, dict[str, float]]   # {"rrf": {...}, "learned": {...}} hit@1/hit@5/MRR

    def score(self, rows: np.ndarray) -> np.ndarray:
        z = (rows - np.asarray(self.mean)) / np.asarray(self.scale)
        return z @ np.asarray(self.coef) + self.intercept


def fusion_path(embedder_key: str, folder: Path = FUSION_DIR) -> Path:
    return folder / f"fusion-{embedder_key}.json"


@lru_cache(maxsize=4)
def load_fusion(embedder_key: str) -> FusionModel | None:
    path = fusion_path(embedder_key)
    if not path.exists():
        return None
    model = FusionModel.model_validate_json(path.read_text(encoding="utf-8"))
    return model if model.embedder == embedder_key and tuple(model.features) == FEATURES else None


def save_fusion(model: FusionModel, folder: Path = FUSION_DIR) -> Path:
    path = fusion_path(model.embedder, folder)
    path.write_text(model.model_dump_json(indent=1) + "\n", encoding="utf-8")
    load_fusion.cache_clear()
    return path


def feature_rows(dense: Sequence[tuple[str, float]], lexical: Sequence[tuple[str, float]],
                 memory: Mapping[str, Recall] | None = None) -> tuple[list[str], np.ndarray]:
    """The candidates (dense order first, then BM25-only ones) and their feature rows, from each side's ranked
    (id, score) list and what the question memory recalls of each (by candidate id; none: nothing recalled).
    A candidate one side did not return gets that side's weakest score and no rank credit."""
    memory = memory or {}
    ids = list(dict.fromkeys([i for i, _ in dense] + [i for i, _ in lexical]))
    d_score = dict(dense)
    d_rank = {i: r for r, (i, _) in enumerate(dense, 1)}
    b_score = dict(lexical)
    b_rank = {i: r for r, (i, _) in enumerate(lexical, 1)}
    d_top = max(d_score.values(), default=0.0)
    d_floor = min(d_score.values(), default=0.0)
    b_top = max(b_score.values(), default=0.0)
    recalled = [memory.get(i, NONE) for i in ids]
    rows = np.array([[d_score.get(i, d_floor) - d_top,
                      1 / math.log2(1 + d_rank[i]) if i in d_rank else 0.0,
                      b_score[i] / b_top if i in b_score and b_top > 0 else 0.0,
                      1 / math.log2(1 + b_rank[i]) if i in b_rank else 0.0,
                      r.best, r.gap, r.vote] for i, r in zip(ids, recalled)], dtype=np.float64)
    return ids, rows.reshape(len(ids), len(FEATURES))


def learned_order(model: FusionModel, dense: Sequence[tuple[str, float]], lexical: Sequence[tuple[str, float]],
                  memory: Mapping[str, Recall] | None = None) -> list[tuple[str, float]]:
    """(id, fused score) of every candidate, best first; ties keep the dense-then-BM25 order."""
    ids, rows = feature_rows(dense, lexical, memory)
    if not ids:
        return []
    scores = model.score(rows)
    order = sorted(range(len(ids)), key=lambda n: (-scores[n], n))
    return [(ids[n], float(scores[n])) for n in order]
