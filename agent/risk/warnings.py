"""Early warnings for one borrower as one tenant sees it: level, reason codes, evidence ids, action.

Evidence ids are the tenant's own records or platform records (invoices, court records…); other
institutions appear only as counts from the ledger.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date
from typing import Literal

from pydantic import BaseModel, Field
from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from agent.risk import models as m
from agent.risk.db import session_scope
from agent.risk.ledger import other_institution_activity, peak_other_institutions
from agent.risk.operating import operating_level, operating_symptoms
from agent.risk.queries import tenant_applications, tenant_borrower, tenant_loans
from agent.risk.rings import RingIndex, find_rings
from agent.risk.signal_rules import LEVEL_RANK, RiskRules, load_risk_rules

Signal = Literal["multi_lender", "fraud_ring", "operating_risk", "renewal_watch"]


class Warning(BaseModel):  # noqa: A001 - the domain word; shadows the builtin only inside this module
    borrower_id: str = Field(description="统一社会信用代码")
    signal: Signal
    level: Literal["red", "orange", "yellow"]
    reason_codes: list[str]
    message_zh: str
    evidence: dict[str, list[int]] = Field(description="table → ids of the records behind the warning")
    facts: dict[str, float | int | str] = Field(default_factory=dict, description="numbers computed by code")
    suggested_action_zh: str
    rationale_zh: str = ""
    as_of: date


@dataclass
class RiskContext:
    """Things computed once per scan (the ring graph) and shared by every borrower's warnings."""

    as_of: date
    rules: RiskRules
    rings: RingIndex


def build_context(session: Session, *, as_of: date | None = None, rules: RiskRules | None = None) -> RiskContext:
    as_of = as_of or date.today()
    rules = rules or load_risk_rules()
    return RiskContext(as_of=as_of, rules=rules, rings=_rings(session, as_of, rules))


_RING_CACHE: dict[tuple, RingIndex] = {}
_RING_CACHE_LOCK = threading.Lock()


def _rings(session: Session, as_of: date, rules: RiskRules) -> RingIndex:
    """Rings over the whole market, reused while the data they are built from is unchanged.

    Building them reads every application and identifier (40-60 ms at 110 firms, seconds at 10k), and each
    warnings or report request would otherwise pay it again; the key is a few aggregates over the tables
    the ring graph reads, so any import, new application or fraud confirmation rebuilds it.
    """
    fingerprint = (
        session.execute(select(func.max(m.Enterprise.data_changed_at), func.count(m.Enterprise.id))).one(),
        session.execute(select(func.count(m.Application.id), func.max(m.Application.id),
                               func.sum(case((m.Application.confirmed_fraud, 1), else_=0)))).one(),
        session.execute(select(func.count(m.Relation.id), func.max(m.Relation.id))).one(),
    )
    key = (str(session.get_bind().url), as_of, rules.fraud_ring.model_dump_json(), tuple(map(tuple, fingerprint)))
    with _RING_CACHE_LOCK:
        hit = _RING_CACHE.get(key)
    if hit is not None:
        return hit
    rings = find_rings(session, as_of=as_of, rules=rules.fraud_ring)
    with _RING_CACHE_LOCK:
        if len(_RING_CACHE) >= 8:
            _RING_CACHE.pop(next(iter(_RING_CACHE)))
        _RING_CACHE[key] = rings
    return rings


def _multi_lender(session: Session, ent: m.Enterprise, tenant: str, ctx: RiskContext) -> list[Warning]:
    r = ctx.rules.multi_lender
    peak, around = peak_other_institutions(session, ent.credit_code, tenant=tenant, as_of=ctx.as_of,
                                           window_days=r.window_days)
    level = next((lv.level for lv in sorted(r.levels, key=lambda lv: -lv.min_other_institutions)
                  if peak >= lv.min_other_institutions), None)
    if level is None:
        return []
    recent = other_institution_activity(session, ent.credit_code, tenant=tenant, as_of=ctx.as_of,
                                        window_days=r.window_days)
    own = [a.id for a in tenant_applications(session, ent.id, tenant=tenant)]
    return [Warning(
        borrower_id=ent.credit_code, signal="multi_lender", level=level,
        reason_codes=[f"ML_OTHER_INSTITUTIONS_GE_{min(lv.min_other_institutions for lv in r.levels if lv.level == level)}"],
        message_zh=f"本机构受理申请（{around}）前后 {r.window_days} 天内，借款人还在另外 {peak} 家机构申请借款；"
                   f"最近 {r.window_days} 天在其他机构有 {recent.other_applications} 笔申请、{recent.other_new_loans} 笔新增贷款。",
        evidence={"applications": own},
        facts={"other_institutions": peak, "around": str(around), "recent_other_institutions": recent.other_institutions,
               "recent_other_applications": recent.other_applications},
        suggested_action_zh=r.action_zh[level], rationale_zh=r.rationale, as_of=ctx.as_of)]


def _fraud_ring(session: Session, ent: m.Enterprise, tenant: str, ctx: RiskContext) -> list[Warning]:
    ring = ctx.rings.by_enterprise.get(ent.id)
    if ring is None or not ring.flagged:
        return []
    r = ctx.rules.fraud_ring
    # Only this tenant's own applications are listed; the rest of the ring is counts.
    own = list(session.scalars(select(m.Application.id).where(
        m.Application.tenant_id == tenant, m.Application.id.in_(ring.application_ids))))
    kinds = {"phone": "电话", "address": "地址", "person": "法定代表人/股东"}
    shared = "、".join(f"{kinds[k]}{sum(1 for kk, _ in ring.shared if kk == k)}个" for k in sorted({k for k, _ in ring.shared}))
    return [Warning(
        borrower_id=ent.credit_code, signal="fraud_ring", level=ring.level, reason_codes=ring.reason_codes,
        message_zh=f"借款人与另外 {len(ring.enterprise_ids) - 1} 家企业共用{shared}，"
                   f"其中 {ring.burst_members} 家在 {r.burst_days} 天内集中申请（自 {ring.burst_start} 起）"
                   + ("；关联企业中有已确认欺诈的申请" if ring.known_fraud else "") + "。",
        evidence={"applications": own},
        facts={"ring_id": ring.id, "ring_size": len(ring.enterprise_ids), "shared_identifiers": len(ring.shared),
               "burst_members": ring.burst_members},
        suggested_action_zh=r.action_zh[ring.level], rationale_zh=r.rationale, as_of=ctx.as_of)]


def _operating(session: Session, ent: m.Enterprise, tenant: str, ctx: RiskContext) -> list[Warning]:
    r = ctx.rules
    symptoms = operating_symptoms(session, ent.id, as_of=ctx.as_of, rules=r.operating_risk)
    level = operating_level(symptoms, r.operating_risk)
    if level is None:
        return []
    evidence: dict[str, list[int]] = {}
    for s in symptoms:
        for table, ids in s.evidence.items():
            evidence.setdefault(table, []).extend(ids)
    out = [Warning(
        borrower_id=ent.credit_code, signal="operating_risk", level=level, reason_codes=[s.code for s in symptoms],
        message_zh="；".join(s.message_zh for s in symptoms) + "。", evidence=evidence,
        facts={f"{s.code}.{k}": v for s in symptoms for k, v in s.facts.items()},
        suggested_action_zh=r.operating_risk.action_zh[level], as_of=ctx.as_of)]
    rw = r.renewal_watch
    if LEVEL_RANK[level] < LEVEL_RANK[rw.min_operating_level]:
        return out
    due = [loan for loan in tenant_loans(session, ent.id, tenant=tenant)
           if loan.status == "active" and 0 <= (loan.maturity_on - ctx.as_of).days <= rw.horizon_days]
    if due:
        renew_level = "red" if level == "red" else "orange"
        first = min(loan.maturity_on for loan in due)
        out.append(Warning(
            borrower_id=ent.credit_code, signal="renewal_watch", level=renew_level,
            reason_codes=["RENEWAL_DUE_SOON", *[s.code for s in symptoms]],
            message_zh=f"本机构 {len(due)} 笔贷款将于 {first} 起到期（{rw.horizon_days} 天内），"
                       f"合计本金 {sum(float(x.principal) for x in due):,.2f} 元，而借款人经营恶化（{level}）。",
            evidence={"loans": [x.id for x in due], **evidence},
            facts={"loans_due": len(due), "first_maturity": str(first),
                   "principal_due": round(sum(float(x.principal) for x in due), 2)},
            suggested_action_zh=rw.action_zh[renew_level], rationale_zh=rw.rationale, as_of=ctx.as_of))
    return out


SIGNALS = (_multi_lender, _fraud_ring, _operating)


def warnings_in_session(session: Session, borrower_id: str, *, tenant: str, ctx: RiskContext) -> list[Warning]:
    ent = tenant_borrower(session, borrower_id, tenant=tenant)
    found = [w for signal in SIGNALS for w in signal(session, ent, tenant, ctx)]
    return sorted(found, key=lambda w: -LEVEL_RANK[w.level])


def warnings_for(borrower_id: str, *, tenant: str, as_of: date | None = None, url: str | None = None,
                 context: RiskContext | None = None) -> list[Warning]:
    """All current warnings on one borrower (统一社会信用代码) for one tenant, most severe first.

    Raises NotFound when the tenant has no application or loan from this borrower, TenantAccessError for
    an unknown tenant.
    """
    with session_scope(url) as session:
        ctx = context or build_context(session, as_of=as_of)
        return warnings_in_session(session, borrower_id, tenant=tenant, ctx=ctx)
