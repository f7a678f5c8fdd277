"""The operating-risk score (经营风险评分): one WOE scorecard per institution, trained on its own loans.

Why per institution: each lender keeps its own risk appetite and its outcomes never leave it (the Shenzhen
proposal); the only cross-institution inputs are the ledger's counts. Why an observation date: features are
read at the end of the month `performance_months` before `as_of`, and a borrower is bad when a loan running on
that date has since defaulted — so the model learns what a lender could have seen *before* the default.
Settings live in `agent/rules/risk_scorecard.yaml` (`operating_score`).
"""
from __future__ import annotations

import hashlib
from datetime import date, timedelta
from functools import lru_cache

from pydantic import BaseModel
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from agent.errors import DocumentError, NotFound
from agent.risk import models as m
from agent.risk.db import session_scope
from agent.risk.drift import DriftReport, drift_report
from agent.risk.features import FEATURES, EnterpriseFeatures, enterprise_features
from agent.risk.months import month_start
from agent.risk.queries import require_tenant, tenant_borrower
from agent.risk.scorecard import (
    Scorecard,
    ScorecardFile,
    load_baseline,
    load_scorecard,
    reason_losses,
    score_record,
    scorecard_settings,
    train_tenant_scorecard,
)


class OperatingSettings(BaseModel):
    feature_set: str
    performance_months: int
    ledger_window_days: int
    test_share: float
    min_bads: int
    features: dict[str, str]
    bands: list[dict]


@lru_cache(maxsize=1)
def operating_settings() -> OperatingSettings:
    return OperatingSettings.model_validate(scorecard_settings()["operating_score"])


class TrainingResult(BaseModel):
    tenant: str
    version: int
    as_of: date
    observed_on: date
    borrowers: int
    bads: int
    train_rows: int
    test_rows: int
    auc: float | None
    ks: float | None
    iv: dict[str, float]


class Reason(BaseModel):
    code: str
    feature: str
    label_zh: str
    value: float | int | None
    points_lost: float
    formula: str
    evidence: dict[str, list[int]]


class BorrowerScore(BaseModel):
    borrower_id: str
    tenant: str
    as_of: date
    points: float
    band: str
    band_label_zh: str
    scorecard_version: int
    trained_at: str
    reasons: list[Reason]
    features: dict[str, float | int | None]


class TenantDrift(BaseModel):
    tenant: str
    scorecard_version: int
    baseline_observed_on: str | None
    as_of: date
    report: DriftReport


def data_as_of(session: Session) -> date:
    """The last day of the latest invoice month on file: the date the platform's data describes."""
    latest = session.scalar(select(func.max(m.InvoiceMonth.month)))
    if latest is None:
        return date.today()
    return month_start(latest, -1) - timedelta(days=1)


def observation_date(as_of: date, months: int) -> date:
    """End of the month `months` before as_of's month (2026-06-30, 3 → 2026-03-31)."""
    return month_start(as_of, months - 1) - timedelta(days=1)


def _features(session: Session, ent: m.Enterprise, tenant: str, as_of: date) -> EnterpriseFeatures:
    return enterprise_features(session, ent, tenant=tenant, as_of=as_of,
                               ledger_window_days=operating_settings().ledger_window_days)


def training_population(session: Session, tenant: str, *, as_of: date) -> tuple[date, list[tuple[str, dict]]]:
    """(observation date, [(credit code, feature row + target)]) from this tenant's own loans only.

    One row per borrower with a loan running on the observation date; bad when one of those loans is in
    default and its first missed instalment falls by `as_of` (a default with no instalments on file counts).
    A loan already missing instalments on the observation date is left out: its borrower was bad before the
    features were read.
    """
    require_tenant(session, tenant)
    observed = observation_date(as_of, operating_settings().performance_months)
    loans = session.execute(select(m.Loan.id, m.Loan.enterprise_id, m.Loan.status).where(
        m.Loan.tenant_id == tenant, m.Loan.start_on <= observed, m.Loan.maturity_on > observed)).all()
    bad: dict[int, bool] = {}
    for loan_id, eid, status in loans:
        defaulted = False
        if status == "default":
            missed = session.scalar(select(func.min(m.Repayment.due_on)).where(
                m.Repayment.loan_id == loan_id, m.Repayment.paid_on.is_(None)))
            if missed is not None and missed <= observed:
                continue
            defaulted = missed is None or missed <= as_of
        bad[eid] = bad.get(eid, False) or defaulted
    rows = []
    for ent in session.scalars(select(m.Enterprise).where(m.Enterprise.id.in_(bad)).order_by(m.Enterprise.id)):
        feats = _features(session, ent, tenant, observed)
        rows.append((ent.credit_code, {**feats.values, "target": "bad" if bad[ent.id] else "good"}))
    return observed, rows


def current_population(session: Session, tenant: str, *, as_of: date) -> list[tuple[str, dict]]:
    """The same definition on `as_of`: this tenant's borrowers with a loan running that day, features as of it."""
    require_tenant(session, tenant)
    ids = set(session.scalars(select(m.Loan.enterprise_id).where(
        m.Loan.tenant_id == tenant, m.Loan.start_on <= as_of, m.Loan.maturity_on > as_of)))
    ents = session.scalars(select(m.Enterprise).where(m.Enterprise.id.in_(ids)).order_by(m.Enterprise.id))
    return [(e.credit_code, _features(session, e, tenant, as_of).values) for e in ents]


def is_held_out(credit_code: str, share: float) -> bool:
    """A stable split: the same borrower is always on the same side, whatever else changes in the book."""
    return int(hashlib.sha256(credit_code.encode()).hexdigest()[:8], 16) % 10_000 < share * 10_000


def train_operating_scorecard(tenant: str, *, url: str | None = None, as_of: date | None = None) -> TrainingResult:
    """Build the tenant's population, hold some borrowers out, fit and persist the next scorecard version."""
    cfg = operating_settings()
    with session_scope(url) as session:
        as_of = as_of or data_as_of(session)
        observed, rows = training_population(session, tenant, as_of=as_of)
    bads = sum(r["target"] == "bad" for _, r in rows)
    if bads < cfg.min_bads:
        raise DocumentError("training data", f"tenant {tenant} has {bads} defaulted borrower(s) among {len(rows)} with "
                            f"loans running on {observed}; a scorecard needs at least {cfg.min_bads} "
                            "(risk_scorecard.yaml min_bads) — import more loan outcomes first", kind="empty")
    test = [r for code, r in rows if is_held_out(code, cfg.test_share)]
    train = [r for code, r in rows if not is_held_out(code, cfg.test_share)]
    meta = train_tenant_scorecard(tenant, train, test, feature_set=cfg.feature_set, observed_on=str(observed),
                                  as_of=str(as_of))
    return TrainingResult(tenant=tenant, version=meta.version, as_of=as_of, observed_on=observed, borrowers=len(rows),
                          bads=bads, train_rows=meta.train_rows, test_rows=meta.test_rows, auc=meta.auc, ks=meta.ks,
                          iv={f["name"]: round(f["iv"], 4) for f in meta.features})


def load_operating_scorecard(tenant: str) -> tuple[Scorecard, ScorecardFile]:
    """The tenant's latest operating scorecard; a typed NotFound says what to run when there is none."""
    try:
        card, meta = load_scorecard(tenant)
    except NotFound:
        raise NotFound(f"本机构尚无经营风险评分卡，请先用本机构的贷款结果训练 — no scorecard for tenant {tenant}; "
                       f"train one first (fengtiao risk scorecard train --tenant {tenant})") from None
    if meta.feature_set != operating_settings().feature_set:
        raise NotFound(f"the latest scorecard of tenant {tenant} (v{meta.version}) was not trained on enterprise "
                       f"operating features; train one (fengtiao risk scorecard train --tenant {tenant})")
    return card, meta


def band_of(points: float) -> tuple[str, str]:
    for b in operating_settings().bands:
        if points >= b["min_points"]:
            return b["band"], b["label_zh"]
    last = operating_settings().bands[-1]
    return last["band"], last["label_zh"]


def score_features(card: Scorecard, meta: ScorecardFile, feats: EnterpriseFeatures, tenant: str) -> BorrowerScore:
    """Points, band and reason codes with the values and rows behind each, from already built features."""
    points, codes = score_record(card, feats.values)
    labels = operating_settings().features
    reasons = [Reason(code=code, feature=name, label_zh=labels.get(name, name), value=feats.values[name],
                      points_lost=round(lost, 2), formula=feats.trace[name].formula, evidence=feats.trace[name].rows)
               for code, (name, lost) in zip(codes, reason_losses(card, feats.values))]
    band, label = band_of(points)
    return BorrowerScore(borrower_id=feats.credit_code, tenant=tenant, as_of=feats.as_of, points=round(points, 2),
                         band=band, band_label_zh=label, scorecard_version=meta.version, trained_at=meta.trained_at,
                         reasons=reasons, features=feats.values)


def score_in_session(session: Session, ent: m.Enterprise, *, tenant: str, as_of: date,
                     scorecard: tuple[Scorecard, ScorecardFile] | None = None) -> BorrowerScore:
    card, meta = scorecard or load_operating_scorecard(tenant)
    return score_features(card, meta, _features(session, ent, tenant, as_of), tenant)


def score_borrower(borrower_id: str, *, tenant: str, url: str | None = None, as_of: date | None = None) -> BorrowerScore:
    """One borrower (统一社会信用代码) of this tenant, scored on its features as of `as_of` (default: the data's date)."""
    with session_scope(url) as session:
        ent = tenant_borrower(session, borrower_id, tenant=tenant)
        scorecard = load_operating_scorecard(tenant)
        return score_in_session(session, ent, tenant=tenant, as_of=as_of or data_as_of(session), scorecard=scorecard)


def tenant_drift(tenant: str, *, url: str | None = None, as_of: date | None = None) -> TenantDrift:
    """PSI between the latest scorecard's training population and the tenant's current borrowers."""
    card, meta = load_operating_scorecard(tenant)
    baseline = load_baseline(tenant, meta.version)
    with session_scope(url) as session:
        as_of = as_of or data_as_of(session)
        current = [row for _, row in current_population(session, tenant, as_of=as_of)]
    if not current:
        raise DocumentError("drift sample", f"tenant {tenant} has no loans running on {as_of} to compare with the "
                            "training population", kind="empty")
    return TenantDrift(tenant=tenant, scorecard_version=meta.version, baseline_observed_on=meta.observed_on,
                       as_of=as_of, report=drift_report(card, baseline, current))


__all__ = [
    "FEATURES",
    "BorrowerScore",
    "TenantDrift",
    "TrainingResult",
    "current_population",
    "load_operating_scorecard",
    "score_borrower",
    "score_in_session",
    "tenant_drift",
    "train_operating_scorecard",
    "training_population",
]
