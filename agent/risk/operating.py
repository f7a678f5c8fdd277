"""Operating-risk symptoms of one enterprise from platform data (invoices, headcount, utilities, tax, courts).

Trends compare the trailing 3 months with the same months a year earlier, so a Spring-Festival dip or a
summer power peak is not mistaken for decline. Each symptom keeps the ids of the rows behind it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from agent.risk import models as m
from agent.risk.months import month_start
from agent.risk.signal_rules import OperatingRules, load_risk_rules


@dataclass
class Symptom:
    code: str
    message_zh: str
    evidence: dict[str, list[int]]
    facts: dict[str, float | int | str] = field(default_factory=dict)




def _yoy(rows: dict[date, tuple[int, float]], as_of: date) -> tuple[float, float, list[int]] | None:
    """(recent 3-month sum, same months a year earlier, row ids) or None when a month is missing."""
    recent = [month_start(as_of, b) for b in range(3)]
    prior = [month_start(as_of, b + 12) for b in range(3)]
    if not all(mo in rows for mo in recent + prior):
        return None
    return (sum(rows[mo][1] for mo in recent), sum(rows[mo][1] for mo in prior), [rows[mo][0] for mo in recent + prior])


def _revenue(session: Session, eid: int, as_of: date, rules: OperatingRules) -> list[Symptom]:
    rows = {mo: (i, float(v)) for i, mo, v in session.execute(select(
        m.InvoiceMonth.id, m.InvoiceMonth.month, m.InvoiceMonth.issued_total).where(m.InvoiceMonth.enterprise_id == eid))}
    got = _yoy(rows, as_of)
    if not got or got[1] <= 0:
        return []
    recent, prior, ids = got
    drop = 100 * (1 - recent / prior)
    if drop < rules.revenue_drop_pct:
        return []
    return [Symptom("OP_REVENUE_DROP", f"近 3 个月开票收入 {recent:,.0f} 元，同比下降 {drop:.0f}%（上年同期 {prior:,.0f} 元）",
                    {"invoice_months": ids}, {"recent": round(recent, 2), "prior": round(prior, 2), "drop_pct": round(drop, 1)})]


def _headcount(session: Session, eid: int, as_of: date, rules: OperatingRules) -> list[Symptom]:
    rows = {mo: (i, n) for i, mo, n in session.execute(select(
        m.Headcount.id, m.Headcount.month, m.Headcount.insured_count).where(m.Headcount.enterprise_id == eid))}
    now, before = month_start(as_of, 0), month_start(as_of, 6)
    if now not in rows or before not in rows or rows[before][1] <= 0:
        return []
    n_now, n_before = rows[now][1], rows[before][1]
    drop = 100 * (1 - n_now / n_before)
    if drop < rules.headcount_drop_pct or n_before - n_now < rules.headcount_min_drop:
        return []
    return [Symptom("OP_HEADCOUNT_DROP", f"社保参保人数由 {n_before} 人降至 {n_now} 人（半年下降 {drop:.0f}%）",
                    {"headcounts": [rows[before][0], rows[now][0]]}, {"before": n_before, "now": n_now, "drop_pct": round(drop, 1)})]


def _utilities(session: Session, eid: int, as_of: date, rules: OperatingRules) -> list[Symptom]:
    by_kind: dict[str, dict[date, tuple[int, float]]] = {}
    for i, mo, kind, use in session.execute(select(m.UtilityMonth.id, m.UtilityMonth.month, m.UtilityMonth.kind,
                                                   m.UtilityMonth.usage).where(m.UtilityMonth.enterprise_id == eid)):
        by_kind.setdefault(kind, {})[mo] = (i, use)
    names = {"power": "用电", "water": "用水", "gas": "用气"}
    drops = []
    for kind, rows in sorted(by_kind.items()):
        got = _yoy(rows, as_of)
        if got and got[1] > 0 and (drop := 100 * (1 - got[0] / got[1])) >= rules.utility_drop_pct:
            drops.append((kind, drop, got[2]))
    if not drops:
        return []
    text = "，".join(f"{names.get(k, k)}同比下降 {d:.0f}%" for k, d, _ in drops)
    return [Symptom("OP_UTILITY_DROP", f"近 3 个月{text}", {"utility_months": [i for *_, ids in drops for i in ids]},
                    {f"{k}_drop_pct": round(d, 1) for k, d, _ in drops})]


def _tax(session: Session, eid: int, as_of: date, rules: OperatingRules) -> list[Symptom]:
    months = [month_start(as_of, b) for b in range(rules.tax_arrears_months)]
    short = [(i, mo, float(due), float(paid)) for i, mo, due, paid in session.execute(select(
        m.TaxFiling.id, m.TaxFiling.month, m.TaxFiling.tax_due, m.TaxFiling.tax_paid).where(
        m.TaxFiling.enterprise_id == eid, m.TaxFiling.month.in_(months)))
        if due > 0 and paid < rules.tax_arrears_ratio * float(due)]
    if not short:
        return []
    owed = sum(due - paid for _, _, due, paid in short)
    return [Symptom("OP_TAX_ARREARS", f"近 {rules.tax_arrears_months} 个月有 {len(short)} 个月欠缴税款，合计 {owed:,.2f} 元",
                    {"tax_filings": [s[0] for s in short]}, {"arrears": round(owed, 2), "months": len(short)})]


def _judicial(session: Session, eid: int, as_of: date, rules: OperatingRules) -> list[Symptom]:
    since = as_of - timedelta(days=rules.judicial_days)
    recs = session.execute(select(m.JudicialRecord.id, m.JudicialRecord.kind, m.JudicialRecord.case_no,
                                  m.JudicialRecord.amount).where(
        m.JudicialRecord.enterprise_id == eid, m.JudicialRecord.role == "defendant",
        m.JudicialRecord.filed_on > since, m.JudicialRecord.filed_on <= as_of)).all()
    out = []
    for kind, code, label in (("lawsuit", "OP_NEW_LAWSUIT", "新增被诉案件"), ("enforcement", "OP_ENFORCEMENT", "新增被执行记录")):
        hits = [r for r in recs if r[1] == kind]
        if hits:
            total = sum(float(r[3] or 0) for r in hits)
            out.append(Symptom(code, f"近 {rules.judicial_days} 天{label} {len(hits)} 件（{'、'.join(r[2] for r in hits)}），"
                                     f"涉案金额 {total:,.2f} 元", {"judicial_records": [r[0] for r in hits]},
                               {"cases": len(hits), "amount": round(total, 2)}))
    return out


def _abnormal(session: Session, eid: int, as_of: date, rules: OperatingRules) -> list[Symptom]:
    rows = session.execute(select(m.AbnormalListing.id, m.AbnormalListing.listed_on, m.AbnormalListing.reason).where(
        m.AbnormalListing.enterprise_id == eid, m.AbnormalListing.listed_on <= as_of,
        (m.AbnormalListing.removed_on.is_(None)) | (m.AbnormalListing.removed_on > as_of))).all()
    if not rows:
        return []
    return [Symptom("OP_ABNORMAL_LISTING", f"{rows[0][1]} 被列入经营异常名录：{rows[0][2]}",
                    {"abnormal_listings": [r[0] for r in rows]})]


CHECKS = (_revenue, _headcount, _utilities, _tax, _judicial, _abnormal)


def operating_symptoms(session: Session, enterprise_id: int, *, as_of: date,
                       rules: OperatingRules | None = None) -> list[Symptom]:
    rules = rules or load_risk_rules().operating_risk
    return [s for check in CHECKS for s in check(session, enterprise_id, as_of, rules)]


def operating_level(symptoms: list[Symptom], rules: OperatingRules | None = None) -> str | None:
    """red / orange / yellow by the number of symptoms; enforcement or abnormal listing escalate one step."""
    rules = rules or load_risk_rules().operating_risk
    n = len(symptoms)
    if n == 0:
        return None
    escalate = any(s.code in rules.levels.escalating for s in symptoms)
    if n >= rules.levels.red_min_symptoms or (escalate and n >= rules.levels.orange_min_symptoms):
        return "red"
    if n >= rules.levels.orange_min_symptoms or escalate:
        return "orange"
    return "yellow"
