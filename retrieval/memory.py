"""Question memory: the law articles that answered the written questions most like a new one.

multilingual-e5 puts "担保人跑路了还能找他吗" nearer to an earlier question about a vanished guarantor than to the
article on 保证责任 that answers both: two people describing one situation share words the statute does not use.
The law-QA *training* questions' e5 query vectors and their gold articles ship next to the query adapter
(`retrieval/adapters/memory-<model>.npz`, written by `scripts/train_fusion.py`). For a question, every article gets
the best cosine of a remembered question it answered and a softmax vote of the nearest `neighbours`; the learned
fusion reads them as features and the best-voted articles join its candidates. Leave one author out (the memory
holding only the other authors' questions, as for a new user) this lifted fusion hit@5 on the training questions;
`scripts/train_fusion.py` reports by how much. The dev and held-out law sets are never remembered.
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
CANDIDATES = 10          # best-voted articles added to fusion's candidates


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
    vote: float                        # softmax-weighted share of the nearest questions it answered


NONE = Recall(best=0.0, gap=-1.0, vote=0.0)


def article_key(source_path: str, article_number: int | str | None) -> str:
    return f"{source_path}#{article_number}"


def memory_path(embedder_key: str, folder: Path = MEMORY_DIR) -> Path:
    return folder / f"memory-{embedder_key}.npz"


def save_memory(embedder_key: str, vectors: np.ndarray, answers: Sequence[Sequence[str]], info: MemoryInfo,
                folder: Path = MEMORY_DIR) -> Path:
    articles = sorted({a for keys in answers for a in keys})
    index = {a: i for i, a in enumerate(articles)}
    flat = [index[a] for keys in answers for a in keys]
    offsets = np.cumsum([0, *(len(keys) for keys in answers)])
    path = memory_path(embedder_key, folder)
    np.savez_compressed(path, vectors=vectors.astype(np.float16), flat=np.asarray(flat, dtype=np.int32),
                        offsets=offsets.astype(np.int32), articles=np.array(articles), info=np.array(info.model_dump_json()))
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


def nearest_articles(recalled: dict[str, Recall], n: int = CANDIDATES) -> list[str]:
    """The articles of the nearest remembered questions, nearest first."""
    return [a for a, _ in sorted(recalled.items(), key=lambda kv: (-kv[1].best, kv[0]))[:n]]
