"""Deterministic scorers: field-level precision/recall/F1, ranking metrics, aggregation.

Plain functions on plain values so every suite scores the same way and the tests can check each
one on hand-made cases.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

_WS = re.compile(r"\s+")


def normalize_ws(value: object) -> str:
    """SROIE's convention: compare strings after collapsing runs of whitespace and trimming."""
    if value is None:
        return ""
    return _WS.sub(" ", str(value)).strip()


@dataclass(frozen=True)
class FieldCounts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: "FieldCounts") -> "FieldCounts":
        return FieldCounts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


def field_counts(predicted: object, gold: object) -> FieldCounts:
    """One field of one document. A wrong value is both a false positive and a false negative;
    an empty prediction for a non-empty gold is only a miss; empty on both sides counts nothing."""
    p, g = normalize_ws(predicted), normalize_ws(gold)
    if p and g:
        return FieldCounts(tp=1) if p == g else FieldCounts(fp=1, fn=1)
    if p:
        return FieldCounts(fp=1)
    if g:
        return FieldCounts(fn=1)
    return FieldCounts()


def precision_recall_f1(counts: FieldCounts) -> tuple[float, float, float]:
    """Zero when a denominator is zero (nothing predicted / nothing to find), as scikit-learn does."""
    p = counts.tp / (counts.tp + counts.fp) if counts.tp + counts.fp else 0.0
    r = counts.tp / (counts.tp + counts.fn) if counts.tp + counts.fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f1


def first_relevant_rank(ranked: Sequence[Iterable[str]], gold: set[str]) -> int | None:
    """1-based rank of the first result that carries any gold key (a result may carry several)."""
    for i, keys in enumerate(ranked, 1):
        if gold.intersection(keys):
            return i
    return None


def hit_at_k(ranked: Sequence[Iterable[str]], gold: set[str], k: int) -> float:
    rank = first_relevant_rank(ranked, gold)
    return 1.0 if rank is not None and rank <= k else 0.0


def reciprocal_rank(ranked: Sequence[Iterable[str]], gold: set[str]) -> float:
    """1/rank of the first relevant result within the list returned, 0 when none is."""
    rank = first_relevant_rank(ranked, gold)
    return 1.0 / rank if rank else 0.0


def mean(values: Iterable[float]) -> float:
    vals = list(values)
    return sum(vals) / len(vals) if vals else 0.0


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100); enough for latency summaries."""
    if not values:
        return 0.0
    ordered = sorted(values)
    idx = max(0, min(len(ordered) - 1, round(q / 100 * len(ordered) + 0.5) - 1))
    return ordered[idx]
