"""Field-level scoring shared by the receipt and invoice evaluations.

SROIE convention: a field counts only on exact match after whitespace normalisation; precision over
predicted non-empty fields, recall over gold non-empty fields.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any


def normalise(value: Any) -> str:
    return re.sub(r"\s+", " ", str(value if value is not None else "")).strip()


def score_fields(pairs: Iterable[tuple[dict[str, Any], dict[str, Any]]], fields: list[str]) -> dict[str, Any]:
    """pairs of (predicted, gold) dicts -> overall and per-field precision/recall/F1 and exact-match rate."""
    per: dict[str, dict[str, int]] = {f: {"tp": 0, "fp": 0, "fn": 0, "exact": 0, "n": 0} for f in fields}
    for pred, gold in pairs:
        for f in fields:
            p, g = normalise(pred.get(f)), normalise(gold.get(f))
            c = per[f]
            c["n"] += 1
            if p == g:
                c["exact"] += 1
            if p and p == g:
                c["tp"] += 1
            else:
                c["fp"] += bool(p)
                c["fn"] += bool(g)
    totals = {k: sum(c[k] for c in per.values()) for k in ("tp", "fp", "fn")}
    return {"overall": _prf(totals), "per_field": {f: {**_prf(c), "exact_match": c["exact"] / c["n"] if c["n"] else 0.0}
                                                   for f, c in per.items()}}


def _prf(c: dict[str, int]) -> dict[str, float]:
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": c["tp"], "fp": c["fp"], "fn": c["fn"]}
