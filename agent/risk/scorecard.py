"""A WOE + logistic-regression scorecard with AUC/KS, the standard credit-scoring baseline.

Why WOE: each feature becomes the log-odds of its bin, so the regression stays monotone and the points per
attribute are readable by a credit committee. Settings (bins, IV cut, points scale) live in
`agent/rules/risk_scorecard.yaml`.
"""
from __future__ import annotations

import csv
import hashlib
import json
import math
import re
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path

import numpy as np
import yaml
from pydantic import BaseModel
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

from agent.errors import DocumentError, NotFound, TenantAccessError
from agent.config import get_settings
from agent.rules.loader import RULES_DIR

GERMAN = Path(__file__).resolve().parents[2] / "eval" / "datasets" / "credit-tabular" / "german_credit_data.csv"
NUMERIC = ("month_duration", "credit_amount", "age", "payment_to_income_ratio", "residence_since", "n_credits")
MISSING = "missing"  # the bin of a numeric feature whose value is unknown (None or empty)


@dataclass
class Feature:
    name: str
    edges: list[float] | None            # numeric: bin upper edges; categorical: None
    woe: dict[str, float]
    iv: float

    def bin_of(self, value: object) -> str:
        if self.edges is None:
            return str(value)
        if value is None or value == "":
            return MISSING
        try:
            x = float(value)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            raise DocumentError("record", f"feature {self.name}: {value!r} is not a number; correct the application data",
                                kind="invalid") from None
        return str(next((i for i, e in enumerate(self.edges) if x <= e), len(self.edges)))


@dataclass
class Scorecard:
    features: list[Feature]
    coef: list[float]                    # one per feature, on its WOE
    intercept: float
    factor: float
    offset: float

    def matrix(self, rows: list[dict]) -> np.ndarray:
        return np.array([[f.woe.get(f.bin_of(r[f.name]), 0.0) for f in self.features] for r in rows])

    def score(self, rows: list[dict]) -> np.ndarray:
        """Points: higher is safer (offset + factor · ln(good/bad odds))."""
        log_odds_bad = self.matrix(rows) @ np.array(self.coef) + self.intercept
        return self.offset - self.factor * log_odds_bad


def load_german(path: Path = GERMAN) -> list[dict]:
    if not path.exists():
        raise DocumentError(str(path), "German credit data missing; see eval/datasets/credit-tabular/SOURCE.md", kind="not_found")
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def _numeric_columns(rows: list[dict], names: list[str]) -> set[str]:
    """German CSV columns by name; otherwise a column whose known values are all Python numbers."""
    def is_number(v: object) -> bool:
        return isinstance(v, (int, float)) and not isinstance(v, str)
    return {n for n in names if n in NUMERIC or (any(r[n] is not None for r in rows)
                                                 and all(r[n] is None or is_number(r[n]) for r in rows))}


def _fit_feature(name: str, rows: list[dict], y: np.ndarray, bins: int, smooth: float, numeric: bool) -> Feature:
    edges = None
    if numeric:
        values = np.array([float(r[name]) for r in rows if r[name] not in (None, "")])
        edges = sorted(set(np.quantile(values, [i / bins for i in range(1, bins)]).tolist())) if len(values) else []
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
    """Quantile bins for numeric columns (None → its own bin), WOE per bin, features kept by IV, then LR on WOE."""
    cfg = yaml.safe_load(settings_path.read_text(encoding="utf-8"))
    y = np.array([1 if r[target] == bad else 0 for r in rows])
    if not 0 < y.sum() < len(y):
        raise DocumentError("training data", f"all {len(y)} outcomes are {'bad' if y.sum() else 'good'}; "
                            "a scorecard needs both good and bad outcomes", kind="empty")
    names = [c for c in rows[0] if c not in (target, "_is_test", *cfg.get("excluded_features", []))]
    numeric = _numeric_columns(rows, names)
    feats = [_fit_feature(n, rows, y, cfg["numeric_bins"], cfg["woe_smoothing"], n in numeric) for n in names]
    feats = [f for f in feats if f.iv >= cfg["min_iv"]]
    if not feats:
        raise DocumentError("training data", f"no feature reaches the minimum information value {cfg['min_iv']} on "
                            f"{len(y)} outcomes ({int(y.sum())} bad); collect more outcomes before training", kind="empty")
    card = Scorecard(feats, [], 0.0, cfg["pdo"] / math.log(2), 0.0)
    while True:
        # WOE already points each feature the risky way, so its coefficient must be positive; a negative one
        # (collinear features) would give points for the riskier bins. Drop the most negative and refit.
        model = LogisticRegression(max_iter=1000).fit(card.matrix(rows), y)
        coef = model.coef_[0]
        if coef.min() > 0 or len(card.features) == 1:
            break
        card.features = [f for i, f in enumerate(card.features) if i != int(np.argmin(coef))]
    card.coef, card.intercept = [float(c) for c in model.coef_[0]], float(model.intercept_[0])
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


def scorecard_settings(path: Path = RULES_DIR / "risk_scorecard.yaml") -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _max_reason_codes() -> int:
    return int(scorecard_settings()["reason_codes"])  # read once: the online path must not parse YAML per call


def _contributions(card: Scorecard, record: dict) -> tuple[float, list[tuple[float, str]]]:
    """Log-odds of bad, and per feature the points lost against its best bin."""
    log_odds_bad, losses = card.intercept, []
    for f, c in zip(card.features, card.coef):
        if f.name not in record:
            raise DocumentError("record", f"missing feature {f.name}; the scorecard needs it to score", kind="invalid")
        w = f.woe.get(f.bin_of(record[f.name]), 0.0)
        log_odds_bad += c * w
        best = min(c * v for v in [*f.woe.values(), 0.0])
        losses.append((card.factor * (c * w - best), f.name))
    return log_odds_bad, losses


def reason_losses(card: Scorecard, record: dict) -> list[tuple[str, float]]:
    """(feature, points lost) behind `score_record`'s reason codes, in the same order."""
    _, losses = _contributions(card, record)
    ranked = [(name, loss) for loss, name in sorted(losses, key=lambda t: (-t[0], t[1])) if loss > 1e-9]
    return ranked[:_max_reason_codes()]


def score_record(card: Scorecard, record: dict) -> tuple[float, list[str]]:
    """One applicant's points and reason codes, in plain Python so an online decision costs microseconds.

    Reason codes name the features that cost the most points against their best bin (adverse-action style),
    at most `reason_codes` of them (YAML), largest loss first.
    """
    log_odds_bad, losses = _contributions(card, record)
    top = _max_reason_codes()
    codes = [f"SCORE_{name.upper()}" for loss, name in sorted(losses, key=lambda t: (-t[0], t[1])) if loss > 1e-9][:top]
    return card.offset - card.factor * log_odds_bad, codes


class ScorecardFile(BaseModel):
    """What is persisted per tenant and version: enough to score, audit and reproduce."""

    tenant: str
    version: int
    trained_at: str
    rules_version: str
    data_hash: str                       # sha256 of the training rows, to prove which outcomes built the model
    train_rows: int
    test_rows: int
    auc: float | None
    ks: float | None
    factor: float
    offset: float
    intercept: float
    coef: list[float]
    features: list[dict]
    # Set for scorecards trained on enterprise operating features (agent/risk/operating_score.py).
    feature_set: str | None = None
    observed_on: str | None = None       # features were read as of this date …
    as_of: str | None = None             # … and outcomes up to this one
    bad_rows: int | None = None


_TENANT_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def _tenant_dir(tenant: str) -> Path:
    if not _TENANT_ID.match(tenant):
        raise TenantAccessError(f"tenant id {tenant!r} is not valid (letters, digits, _ and - only)")
    return get_settings().data_dir / "scorecards" / tenant


def data_hash(rows: list[dict]) -> str:
    return hashlib.sha256(json.dumps(rows, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def _target(rows: list[dict], target: str, bad: str) -> np.ndarray:
    return np.array([1 if r[target] == bad else 0 for r in rows])


def train_tenant_scorecard(tenant: str, train: list[dict], test: list[dict] | None = None, *,
                           target: str = "target", bad: str = "bad", feature_set: str | None = None,
                           observed_on: str | None = None, as_of: str | None = None) -> ScorecardFile:
    """Fit on one institution's own outcomes and save the next version under its directory only.

    Beside `vNNNN.json` goes `baseline-vNNNN.json`: the training rows' values of the kept features, the
    population a later drift check compares the current borrowers with.
    """
    if not train:
        raise DocumentError("training data", f"tenant {tenant} has no labelled outcomes to train on", kind="empty")
    folder = _tenant_dir(tenant)
    card = fit_scorecard(train, target, bad)
    auc = ks = None
    if test:
        y, risk = _target(test, target, bad), -card.score(test)
        if 0 < y.sum() < len(y):
            auc, ks = round(float(roc_auc_score(y, risk)), 4), round(ks_statistic(y, risk), 4)
    versions = [int(p.stem[1:]) for p in folder.glob("v*.json")] if folder.exists() else []
    meta = ScorecardFile(tenant=tenant, version=max(versions, default=0) + 1,
                         trained_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
                         rules_version=str(scorecard_settings()["version"]), data_hash=data_hash(train),
                         train_rows=len(train), test_rows=len(test or []), auc=auc, ks=ks, factor=card.factor,
                         offset=card.offset, intercept=card.intercept, coef=card.coef,
                         features=[asdict(f) for f in card.features], feature_set=feature_set,
                         observed_on=observed_on, as_of=as_of, bad_rows=int(_target(train, target, bad).sum()))
    folder.mkdir(parents=True, exist_ok=True)
    kept = [f.name for f in card.features]
    baseline = [{k: r[k] for k in kept} for r in train]
    (folder / f"baseline-v{meta.version:04d}.json").write_text(json.dumps({"rows": baseline}, ensure_ascii=False),
                                                               encoding="utf-8")
    (folder / f"v{meta.version:04d}.json").write_text(meta.model_dump_json(indent=1), encoding="utf-8")
    return meta


def load_baseline(tenant: str, version: int) -> list[dict]:
    """The training population of one scorecard version (feature values only)."""
    path = _tenant_dir(tenant) / f"baseline-v{version:04d}.json"
    if not path.exists():
        raise NotFound(f"scorecard v{version} of tenant {tenant} has no stored training population; "
                       "retrain it to enable drift checks")
    return json.loads(path.read_text(encoding="utf-8"))["rows"]


def load_scorecard(tenant: str, version: int | None = None) -> tuple[Scorecard, ScorecardFile]:
    """The tenant's latest (or given) scorecard; another tenant's files are never read."""
    folder = _tenant_dir(tenant)
    files = sorted(folder.glob("v*.json")) if folder.exists() else []
    if version is not None:
        files = [p for p in files if p.stem == f"v{version:04d}"]
    if not files:
        raise NotFound(f"no scorecard{f' version {version}' if version else ''} for tenant {tenant}; train one first")
    meta = ScorecardFile.model_validate_json(files[-1].read_text(encoding="utf-8"))
    feats = [Feature(**f) for f in meta.features]
    return Scorecard(feats, meta.coef, meta.intercept, meta.factor, meta.offset), meta
