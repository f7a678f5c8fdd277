"""A WOE + logistic-regression scorecard with AUC/KS, the standard credit-scoring baseline.

Why WOE: each feature becomes the log-odds of its bin, so the regression stays monotone and the points per
attribute are readable by a credit committee. Settings (bins, IV cut, points scale) live in
`agent/rules/risk_scorecard.yaml`.
"""
from __future__ import annotations

import csv
import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

from agent.errors import DocumentError
from agent.rules.loader import RULES_DIR

GERMAN = Path(__file__).resolve().parents[2] / "eval" / "datasets" / "credit-tabular" / "german_credit_data.csv"
NUMERIC = ("month_duration", "credit_amount", "age", "payment_to_income_ratio", "residence_since", "n_credits")


@dataclass
class Feature:
    name: str
    edges: list[float] | None            # numeric: bin upper edges; categorical: None
    woe: dict[str, float]
    iv: float

    def bin_of(self, value: str) -> str:
        if self.edges is None:
            return value
        x = float(value)
        return str(next((i for i, e in enumerate(self.edges) if x <= e), len(self.edges)))


@dataclass
class Scorecard:
    features: list[Feature]
    model: LogisticRegression
    factor: float
    offset: float

    def matrix(self, rows: list[dict]) -> np.ndarray:
        return np.array([[f.woe.get(f.bin_of(r[f.name]), 0.0) for f in self.features] for r in rows])

    def score(self, rows: list[dict]) -> np.ndarray:
        """Points: higher is safer (offset + factor · ln(good/bad odds))."""
        log_odds_bad = self.model.decision_function(self.matrix(rows))
        return self.offset - self.factor * log_odds_bad


def load_german(path: Path = GERMAN) -> list[dict]:
    if not path.exists():
        raise DocumentError(str(path), "German credit data missing; see eval/datasets/credit-tabular/SOURCE.md", kind="not_found")
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def _fit_feature(name: str, rows: list[dict], y: np.ndarray, bins: int, smooth: float) -> Feature:
    edges = None
    if name in NUMERIC:
        values = np.array([float(r[name]) for r in rows])
        edges = sorted(set(np.quantile(values, [i / bins for i in range(1, bins)]).tolist()))
    feat = Feature(name, edges, {}, 0.0)
    keys = [feat.bin_of(r[name]) for r in rows]
    goods, bads = (y == 0).sum(), (y == 1).sum()
    for k in sorted(set(keys)):
        mask = np.array([kk == k for kk in keys])
        g, b = (y[mask] == 0).sum() + smooth, (y[mask] == 1).sum() + smooth
        pg, pb = g / goods, b / bads
        feat.woe[k] = math.log(pb / pg)  # positive WOE = riskier bin
        feat.iv += (pb - pg) * math.log(pb / pg)
    return feat


def fit_scorecard(rows: list[dict], target: str = "target", bad: str = "bad",
                  settings_path: Path = RULES_DIR / "risk_scorecard.yaml") -> Scorecard:
    cfg = yaml.safe_load(settings_path.read_text(encoding="utf-8"))
    y = np.array([1 if r[target] == bad else 0 for r in rows])
    names = [c for c in rows[0] if c not in (target, "_is_test", *cfg.get("excluded_features", []))]
    feats = [_fit_feature(n, rows, y, cfg["numeric_bins"], cfg["woe_smoothing"]) for n in names]
    feats = [f for f in feats if f.iv >= cfg["min_iv"]]
    card = Scorecard(feats, LogisticRegression(max_iter=1000), 0.0, 0.0)
    card.model.fit(card.matrix(rows), y)
    card.factor = cfg["pdo"] / math.log(2)
    card.offset = cfg["base_score"] - card.factor * math.log(cfg["base_odds"])
    return card


def ks_statistic(y: np.ndarray, risk: np.ndarray) -> float:
    """Max distance between the cumulative distributions of bads and goods ordered by risk."""
    # evaluated only at distinct risk values, so tied borrowers never split into a fake gap
    thresholds = np.unique(risk)
    n_bad, n_good = max(1, int(y.sum())), max(1, int((1 - y).sum()))
    cum_bad = np.array([((risk >= t) & (y == 1)).sum() / n_bad for t in thresholds])
    cum_good = np.array([((risk >= t) & (y == 0)).sum() / n_good for t in thresholds])
    return float(np.max(np.abs(cum_bad - cum_good)))


def evaluate_scorecard(path: Path = GERMAN) -> dict:
    """Fit on the rows with `_is_test` False, report AUC/KS on the held-out rows."""
    rows = load_german(path)
    train = [r for r in rows if r["_is_test"] != "True"]
    test = [r for r in rows if r["_is_test"] == "True"]
    card = fit_scorecard(train)
    y = np.array([1 if r["target"] == "bad" else 0 for r in test])
    risk = -card.score(test)
    return {"train_rows": len(train), "test_rows": len(test), "features": [f.name for f in card.features],
            "auc": round(float(roc_auc_score(y, risk)), 4), "ks": round(ks_statistic(y, risk), 4),
            "iv": {f.name: round(f.iv, 4) for f in card.features}}
