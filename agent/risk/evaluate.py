"""Precision/recall of each signal against the generator's ground truth, on a fresh synthetic market.

Runs the public path end to end: generate → import → warnings for every (borrower, tenant) pair. Also
measures how many hub-decoy firms would be called ring members with and without the hub filter.
"""
from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from sqlalchemy import select

from agent.risk import models as m
from agent.risk.db import session_scope
from agent.risk.generator import generate
from agent.risk.importer import import_dir
from agent.risk.signal_rules import LEVEL_RANK, load_risk_rules
from agent.risk.warnings import build_context, warnings_in_session


def _pr(predicted: set, truth: set) -> dict[str, float | int]:
    tp = len(predicted & truth)
    return {"precision": round(tp / len(predicted), 4) if predicted else 1.0,
            "recall": round(tp / len(truth), 4) if truth else 1.0,
            "predicted": len(predicted), "truth": len(truth), "true_positives": tp}


def evaluate_warnings(seed: int, n: int, *, workdir: Path | None = None) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(workdir or tmp)
        truth = generate(seed, n, base / "data")
        url = f"sqlite:///{base / 'eval.db'}"
        report = import_dir(base / "data", url=url, today=date.today())
        as_of = date.fromisoformat(truth["as_of"])
        rules = load_risk_rules()
        pred: dict[str, set] = {"multi_lender": set(), "fraud_ring": set(), "operating_risk": set(), "renewal_watch": set()}
        with session_scope(url) as session:
            ctx = build_context(session, as_of=as_of, rules=rules)
            pairs = set(session.execute(select(m.Enterprise.credit_code, m.Application.tenant_id).join(
                m.Application, m.Application.enterprise_id == m.Enterprise.id)).all())
            pairs |= set(session.execute(select(m.Enterprise.credit_code, m.Loan.tenant_id).join(
                m.Loan, m.Loan.enterprise_id == m.Enterprise.id)).all())
            for code, tenant in sorted(pairs):
                for w in warnings_in_session(session, code, tenant=tenant, ctx=ctx):
                    if w.signal == "operating_risk" and LEVEL_RANK[w.level] < LEVEL_RANK["orange"]:
                        continue
                    pred[w.signal].add((code, tenant) if w.signal == "renewal_watch" else code)
            code_of = dict(session.execute(select(m.Enterprise.id, m.Enterprise.credit_code)).all())
            no_filter = build_context(session, as_of=as_of, rules=rules.model_copy(update={
                "fraud_ring": rules.fraud_ring.model_copy(update={"hub_max_degree": 10**9})}))
        ring_members = {c for r in truth["rings"] for c in r["members"]}
        hub_decoys = {c for h in truth["hubs"] for c in h["members"]} - ring_members
        flagged_rings = [{code_of[e] for e in r.enterprise_ids} for r in ctx.rings.rings if r.flagged]
        found = sum(1 for r in truth["rings"]
                    if any(len(set(r["members"]) & p) >= 0.5 * len(r["members"]) for p in flagged_rings))
        no_filter_flagged = {code_of[e] for r in no_filter.rings.rings if r.flagged for e in r.enterprise_ids}
        return {
            "seed": seed, "enterprises": truth["n"], "as_of": truth["as_of"],
            "rows_imported": report.accepted, "rows_rejected": report.rejected,
            "multi_lender": _pr(pred["multi_lender"], set(truth["multi_lender"])),
            "fraud_ring_members": _pr(pred["fraud_ring"], ring_members),
            "fraud_rings_found": {"found": found, "planted": len(truth["rings"])},
            "operating_risk_orange_plus": _pr(pred["operating_risk"], set(truth["deteriorating"])),
            "renewal_watch": _pr(pred["renewal_watch"], {tuple(p) for p in truth["renewal_watch"]}),
            "hub_false_ring_rate": round(len(pred["fraud_ring"] & hub_decoys) / max(1, len(hub_decoys)), 4),
            "hub_false_ring_rate_without_hub_filter": round(len(no_filter_flagged & hub_decoys) / max(1, len(hub_decoys)), 4),
            "hub_decoys": len(hub_decoys),
        }
