"""Question memory: the law articles that answered the written questions most like a new one.

Two people describing one situation ("担保人跑路了", "保人联系不上了") share words the statute does not use, so a new
question often lies nearer, in e5's space, to an earlier written question than to the article that answers both.
The law-QA *training* questions' e5 query vectors and their gold articles ship next to the query adapter
(`retrieval/adapters/memory-<model>.npz`, written by `scripts/train_fusion.py`). For a question, each article the
nearest remembered questions answered gets the cosine of the nearest one it answered and a softmax vote; the learned
fusion reads them as features of its candidates (adding the memory's own articles as candidates did not help).
Leave one author out (the memory holding only the other authors' questions, as for a new user) this lifted fusion
hit@5 on 3,200 training questions by thirteen authors from 0.759 to 0.780 (90% interval [+0.014, +0.029]); on
seven authors it had gained +0.007 with an interval touching zero: the more situations remembered, the more it
helps. The dev set, held-out set 1 and every set still blind are never remembered; held-out sets read after the
adapter and fusion were fitted are (`scripts/train_fusion.py --memory-only`, MEMORY_EXTRA).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import numpy as np
from pydantic import BaseModel

MEMORY_DIR = Path(__file__).parent / "adapters"
NEIGHBOURS = 20          # remembered questions that vote
TEMPERATURE = 0.05       # softmax over their cosines, relative to the nearest one


class MemoryInfo(BaseModel):
    """What a shipped memory holds, so a ranking can be traced to its data."""

    embedder: str
    questions: int
    articles: int
    training_files: dict[str, str]     # path (repo-relative) -> sha256


@dataclass(frozen=True)
class QuestionMemory:
    vectors: np.ndarray                # (questions, dim), unit length
    answers: list[list[int]]           # per question: indices into `articles`
    articles: list[str]                # article keys: "<source_path>#<article number>"
    info: MemoryInfo


@dataclass(frozen=True)
class Recall:
    """What the memory says of one article for one question."""

    best: float                        # cosine of the nearest remembered question it answered (0: none)
    gap: float                         # that minus the nearest remembered question's cosine (-1: none)
    vote: float                        # summed softmax weights of the nearest questions it answered (nearest: 1)


NONE = Recall(best=0.0, gap=-1.0, vote=0.0)


def article_key(source_path: str, article_number: int | str | None) -> str:
    return f"{source_path}#{article_number}"


def memory_path(embedder_key: str, folder: Path = MEMORY_DIR) -> Path:
    return folder / f"memory-{embedder_key}.npz"


def build_memory(vectors: np.ndarray, answers: Sequence[Sequence[str]], info: MemoryInfo) -> QuestionMemory:
    """A memory of questions (unit e5 query vectors) and the article keys that answer each."""
    articles = sorted({a for keys in answers for a in keys})
    index = {a: i for i, a in enumerate(articles)}
    return QuestionMemory(vectors=vectors, answers=[[index[a] for a in keys] for keys in answers], articles=articles,
                          info=info)


def save_memory(memory: QuestionMemory, folder: Path = MEMORY_DIR) -> Path:
    offsets = np.cumsum([0, *(len(a) for a in memory.answers)])
    path = memory_path(memory.info.embedder, folder)
    np.savez_compressed(path, vectors=memory.vectors.astype(np.float16),
                        flat=np.asarray([a for answer in memory.answers for a in answer], dtype=np.int32),
                        offsets=offsets.astype(np.int32), articles=np.array(memory.articles),
                        info=np.array(memory.info.model_dump_json()))
    load_memory.cache_clear()
    return path


@lru_cache(maxsize=4)
def load_memory(embedder_key: str, folder: Path = MEMORY_DIR) -> QuestionMemory | None:
    path = memory_path(embedder_key, folder)
    if not path.exists():
        return None
    with np.load(path, allow_pickle=False) as data:
        vectors = data["vectors"].astype(np.float32)
        flat, offsets = data["flat"].tolist(), data["offsets"].tolist()
        articles = [str(a) for a in data["articles"]]
        info = MemoryInfo.model_validate_json(str(data["info"]))
    if info.embedder != embedder_key:
        return None
    vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)
    answers = [flat[offsets[i]:offsets[i + 1]] for i in range(len(vectors))]
    return QuestionMemory(vectors=vectors, answers=answers, articles=articles, info=info)


def recall(memory: QuestionMemory, query: Sequence[float] | np.ndarray, *,
           exclude: np.ndarray | None = None) -> dict[str, Recall]:
    """Each article some of the nearest remembered questions answered, with what the memory says of it.
    `exclude` (a boolean mask over the remembered questions) leaves some out: an author's own, when fitting."""
    q = np.asarray(query, dtype=np.float32)
    sims = memory.vectors @ (q / max(float(np.linalg.norm(q)), 1e-9))
    if exclude is not None:
        sims = np.where(exclude, -np.inf, sims)
    nearest = np.argsort(-sims, kind="stable")[:NEIGHBOURS]
    nearest = nearest[np.isfinite(sims[nearest])]
    if not len(nearest):
        return {}
    top = float(sims[nearest[0]])
    best: dict[int, float] = {}
    vote: dict[int, float] = {}
    for n in nearest:
        weight = float(np.exp((sims[n] - top) / TEMPERATURE))
        for a in memory.answers[n]:
            best[a] = max(best.get(a, -1.0), float(sims[n]))
            vote[a] = vote.get(a, 0.0) + weight
    return {memory.articles[a]: Recall(best=b, gap=b - top, vote=vote[a]) for a, b in best.items()}
