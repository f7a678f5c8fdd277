"""Population stability index (PSI): has the applicant population moved since the scorecard was built?

Why: a scorecard is only valid for the population it was trained on. PSI per feature (on the scorecard's own
bins) says which attribute moved; PSI on the score says whether the decisions moved. Cut-offs live in
`agent/rules/risk_scorecard.yaml` (`drift`).
"""
from __future__ import annotations

import math
from collections import Counter
from collections.abc import Hashable, Sequence

import numpy as np
from pydantic import BaseModel

from agent.errors import DocumentError
from agent.risk.scorecard import Scorecard, scorecard_settings

_RANK = {"stable": 0, "watch": 1, "alert": 2}


class PsiResult(BaseModel):
    psi: float
    status: str                          # stable | watch | alert
    bins: dict[str, tuple[float, float]]  # bin → (baseline share, current share)


class DriftReport(BaseModel):
    baseline_rows: int
    current_rows: int
    score: PsiResult
    features: dict[str, PsiResult]
    status: str                          # the worst status over the score and all features
    moved_features: list[str]            # features at watch or alert, largest PSI first


def _shares(keys: Sequence[Hashable], bins: list[str]) -> list[float]:
    counts = Counter(str(k) for k in keys)
    return [counts.get(b, 0) / len(keys) for b in bins]


def psi(baseline: Sequence[Hashable], current: Sequence[Hashable], *, cfg: dict | None = None) -> PsiResult:
    """PSI = Σ (current − baseline) · ln(current / baseline) over bins; the keys are already binned."""
    cfg = cfg or scorecard_settings()["drift"]
    if not baseline or not current:
        raise DocumentError("drift sample", "baseline and current samples must both be non-empty", kind="empty")
    bins = sorted({str(k) for k in baseline} | {str(k) for k in current})
    eps = cfg["epsilon"]
    pairs = list(zip(_shares(baseline, bins), _shares(current, bins)))
    value = sum((max(a, eps) - max(e, eps)) * math.log(max(a, eps) / max(e, eps)) for e, a in pairs)
    status = "alert" if value >= cfg["psi_alert"] else "watch" if value >= cfg["psi_watch"] else "stable"
    return PsiResult(psi=round(value, 6), status=status, bins={b: (round(e, 6), round(a, 6)) for b, (e, a) in zip(bins, pairs)})


def score_bins(baseline_scores: Sequence[float], current_scores: Sequence[float], n_bins: int) -> tuple[list[int], list[int]]:
    """Bin both score samples on the baseline's quantiles, so the baseline is spread evenly over the bins."""
    edges = np.unique(np.quantile(np.asarray(baseline_scores, dtype=float), [i / n_bins for i in range(1, n_bins)]))
    return (np.searchsorted(edges, baseline_scores, side="left").tolist(),
            np.searchsorted(edges, current_scores, side="left").tolist())


def drift_report(card: Scorecard, baseline: list[dict], current: list[dict]) -> DriftReport:
    """PSI on the score and on every scorecard feature between a baseline sample (e.g. training) and a recent one."""
    cfg = scorecard_settings()["drift"]
    if not baseline or not current:
        raise DocumentError("drift sample", "baseline and current samples must both be non-empty", kind="empty")
    features = {f.name: psi([f.bin_of(r[f.name]) for r in baseline], [f.bin_of(r[f.name]) for r in current], cfg=cfg)
                for f in card.features}
    b_bins, c_bins = score_bins(card.score(baseline), card.score(current), cfg["score_bins"])
    score = psi(b_bins, c_bins, cfg=cfg)
    worst = max([score.status, *(p.status for p in features.values())], key=_RANK.__getitem__)
    moved = sorted((n for n, p in features.items() if p.status != "stable"), key=lambda n: -features[n].psi)
    return DriftReport(baseline_rows=len(baseline), current_rows=len(current), score=score, features=features,
                       status=worst, moved_features=moved)
