"""A learnt linear query adapter for the law corpus: moves an everyday question towards the statute's wording.

multilingual-e5-small places "担保人跑路了，我能直接找他要钱吗" closer to articles that share its words than to
the article on 一般保证 that answers it. A matrix A learnt on written law questions with their gold articles
(`scripts/train_query_adapter.py`) maps a query vector q to normalise(q + qA); the article vectors stay as
indexed, so nothing is re-embedded. Search applies it to the public (law) side only: it was trained on law
questions and knows nothing about contracts or invoices. One adapter per embedding model, found by the
model's key; a model without one (MiniLM, USE, a custom path) is searched as before.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any, Sequence

import numpy as np
from pydantic import BaseModel

ADAPTERS = Path(__file__).parent / "adapters"


class AdapterInfo(BaseModel):
    """What a shipped adapter was trained on, so a number it produces can be traced to its data."""

    embedder: str
    training_files: dict[str, str]     # path (repo-relative) -> sha256
    questions: int
    articles: int
    reg: float
    temperature: float
    steps: int
    cv_hit5: dict[str, float] | None = None


def adapter_path(embedder_key: str) -> Path:
    return ADAPTERS / f"{embedder_key}.npz"


@lru_cache(maxsize=4)
def load_adapter(embedder_key: str) -> tuple[np.ndarray, AdapterInfo] | None:
    """(A, info) of the adapter shipped for this embedding model, or None."""
    path = adapter_path(embedder_key)
    if not path.exists():
        return None
    with np.load(path, allow_pickle=False) as data:
        matrix = data["matrix"].astype(np.float32)
        info = AdapterInfo.model_validate_json(str(data["info"]))
    if info.embedder != embedder_key or matrix.ndim != 2 or matrix.shape[0] != matrix.shape[1]:
        return None
    return matrix, info


def adapt_query(vector: Sequence[float], embedder_key: str) -> list[float] | None:
    """normalise(q + qA) with this model's adapter; None when the model has none (or the sizes differ)."""
    loaded = load_adapter(embedder_key)
    if loaded is None:
        return None
    matrix, _ = loaded
    q = np.asarray(vector, dtype=np.float32)
    if q.shape[0] != matrix.shape[0]:
        return None
    out = q + q @ matrix
    return (out / max(float(np.linalg.norm(out)), 1e-9)).tolist()


def save_adapter(embedder_key: str, matrix: np.ndarray, info: AdapterInfo, folder: Path = ADAPTERS) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{embedder_key}.npz"
    np.savez_compressed(path, matrix=matrix.astype(np.float16), info=np.array(info.model_dump_json()))
    load_adapter.cache_clear()
    return path


def describe(embedder_key: str) -> dict[str, Any] | None:
    loaded = load_adapter(embedder_key)
    return None if loaded is None else json.loads(loaded[1].model_dump_json())
