"""Operating-risk features of one enterprise as of a date: a flat dict of numbers for the scorecard.

Why computed here and not by a model: every value is arithmetic over named rows (principle 1), and each keeps
its trace — the rows it read and the formula with the numbers filled in — so a reason code on a report can be
followed back to the invoices, filings and court records behind it. Windows end with the month that contains
`as_of` (as in `operating.py`) and never read a row dated after it, so a feature "as of" a past date is what a
lender could have known then. A month missing from a window makes the feature None, which the scorecard keeps
in its own "missing" bin instead of guessing a value.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from agent.risk import models as m
from agent.risk.ledger import other_institution_activity
from agent.risk.months import month_start

Number = float | int | None
_KIND_ZH = {"power": "用电", "water": "用水", "gas": "用气"}

# The order is the order of the columns a scorecard is trained on; renaming one is a new feature set.
FEATURES: tuple[str, ...] = (
    "revenue_trend_6m", "revenue_yoy_3m", "headcount_change_6m", "utility_change_yoy_3m", "tax_arrears_ratio_3m",
    "judicial_records_12m", "enforcements_12m", "abnormal_listed", "enterprise_age_years", "registered_capital_wan",
    "other_institutions_recent", "other_applications_recent",
)


@dataclass
class FeatureTrace:
    formula: str                                   # the arithmetic with the numbers filled in
    rows: dict[str, list[int]] = field(default_factory=dict)  # table → ids of the rows read


@dataclass
class EnterpriseFeatures:
    credit_code: str
    as_of: date
    values: dict[str, Number]
    trace: dict[str, FeatureTrace]


def _pct_change(now: float, before: float) -> float | None:
    return None if before <= 0 else round(100 * (now / before - 1), 2)


def _window(rows: dict[date, tuple[int, float]], as_of: date, backs: range) -> tuple[float, list[int], str] | None:
    """(sum, row ids, 'YYYY-MM..YYYY-MM') over the months `backs` before as_of's month, or None if one is missing."""
    months = [month_start(as_of, b) for b in backs]
    if not all(mo in rows for mo in months):
        return None
    span = f"{min(months):%Y-%m}" + (f"..{max(months):%Y-%m}" if len(months) > 1 else "")
    return sum(rows[mo][1] for mo in months), [rows[mo][0] for mo in months], span


def _ratio_feature(rows: dict[date, tuple[int, float]], as_of: date, recent: range, prior: range, table: str,
                   what: str) -> tuple[Number, FeatureTrace]:
    now, before = _window(rows, as_of, recent), _window(rows, as_of, prior)
    if now is None or before is None:
        first = month_start(as_of, max(prior))
        return None, FeatureTrace(f"{what}：{first:%Y-%m}..{month_start(as_of):%Y-%m} 有月份缺数据 → 缺失")
    value = _pct_change(now[0], before[0])
    total = "合计 " if len(recent) > 1 else ""
    text = (f"{what}：{now[2]} {total}{now[0]:,.2f} 对比 {before[2]} {total}{before[0]:,.2f} → "
            + ("基数为 0 → 缺失" if value is None else f"{value:+.2f}%"))
    return value, FeatureTrace(text, {table: now[1] + before[1]})


def _revenue(session: Session, eid: int, as_of: date) -> dict[str, tuple[Number, FeatureTrace]]:
    lo, hi = month_start(as_of, 14), month_start(as_of)
    rows = {mo: (i, float(v)) for i, mo, v in session.execute(
        select(m.InvoiceMonth.id, m.InvoiceMonth.month, m.InvoiceMonth.issued_total).where(
            m.InvoiceMonth.enterprise_id == eid, m.InvoiceMonth.month >= lo, m.InvoiceMonth.month <= hi))}
    return {
        "revenue_trend_6m": _ratio_feature(rows, as_of, range(6), range(6, 12), "invoice_months",
                                           "开票金额，近 6 个月对比前 6 个月"),
        "revenue_yoy_3m": _ratio_feature(rows, as_of, range(3), range(12, 15), "invoice_months",
                                         "开票金额，近 3 个月对比上年同期"),
    }


def _headcount(session: Session, eid: int, as_of: date) -> dict[str, tuple[Number, FeatureTrace]]:
    months = [month_start(as_of), month_start(as_of, 6)]
    rows = {mo: (i, float(n)) for i, mo, n in session.execute(
        select(m.Headcount.id, m.Headcount.month, m.Headcount.insured_count).where(
            m.Headcount.enterprise_id == eid, m.Headcount.month.in_(months)))}
    return {"headcount_change_6m": _ratio_feature(rows, as_of, range(1), range(6, 7), "headcounts",
                                                  "社保参保人数，本月对比 6 个月前")}


def _utilities(session: Session, eid: int, as_of: date) -> dict[str, tuple[Number, FeatureTrace]]:
    months = [month_start(as_of, b) for b in (0, 1, 2, 12, 13, 14)]
    by_kind: dict[str, dict[date, tuple[int, float]]] = {}
    for i, mo, kind, use in session.execute(select(
            m.UtilityMonth.id, m.UtilityMonth.month, m.UtilityMonth.kind, m.UtilityMonth.usage).where(
            m.UtilityMonth.enterprise_id == eid, m.UtilityMonth.month.in_(months))):
        by_kind.setdefault(kind, {})[mo] = (i, float(use))
    found = [(kind, *_ratio_feature(rows, as_of, range(3), range(12, 15), "utility_months",
                                    f"{_KIND_ZH.get(kind, kind)}量，近 3 个月对比上年同期"))
             for kind, rows in sorted(by_kind.items())]
    found = [f for f in found if f[1] is not None]
    if not found:
        return {"utility_change_yoy_3m": (None, FeatureTrace("水电气数据不足 15 个月 → 缺失"))}
    kind, value, trace = min(found, key=lambda f: f[1])  # the steepest fall among power, water, gas
    return {"utility_change_yoy_3m": (value, FeatureTrace(f"{len(found)} 类中降幅最大者——{trace.formula}", trace.rows))}


def _tax(session: Session, eid: int, as_of: date) -> dict[str, tuple[Number, FeatureTrace]]:
    months = [month_start(as_of, b) for b in range(3)]
    rows = session.execute(select(m.TaxFiling.id, m.TaxFiling.tax_due, m.TaxFiling.tax_paid).where(
        m.TaxFiling.enterprise_id == eid, m.TaxFiling.month.in_(months))).all()
    if not rows:
        return {"tax_arrears_ratio_3m": (None, FeatureTrace("近 3 个月无纳税申报 → 缺失"))}
    due = sum(float(d) for _, d, _ in rows)
    owed = sum(max(float(d) - float(p), 0.0) for _, d, p in rows)
    value = round(owed / due, 4) if due > 0 else 0.0
    return {"tax_arrears_ratio_3m": (value, FeatureTrace(
        f"近 3 个月欠缴 {owed:,.2f} 元 / 应缴 {due:,.2f} 元（{len(rows)} 期申报）→ {value:.4f}",
        {"tax_filings": [i for i, _, _ in rows]}))}


def _judicial(session: Session, eid: int, as_of: date) -> dict[str, tuple[Number, FeatureTrace]]:
    since = as_of - timedelta(days=365)
    recs = session.execute(select(m.JudicialRecord.id, m.JudicialRecord.kind).where(
        m.JudicialRecord.enterprise_id == eid, m.JudicialRecord.role == "defendant",
        m.JudicialRecord.filed_on > since, m.JudicialRecord.filed_on <= as_of)).all()
    enforcement = [i for i, kind in recs if kind == "enforcement"]
    return {
        "judicial_records_12m": (len(recs), FeatureTrace(
            f"{since + timedelta(days=1)}..{as_of} 立案、作为被告的司法记录 {len(recs)} 件",
            {"judicial_records": [i for i, _ in recs]})),
        "enforcements_12m": (len(enforcement), FeatureTrace(
            f"{since + timedelta(days=1)}..{as_of} 立案的被执行记录 {len(enforcement)} 件",
            {"judicial_records": enforcement})),
    }


def _abnormal(session: Session, eid: int, as_of: date) -> dict[str, tuple[Number, FeatureTrace]]:
    ids = list(session.scalars(select(m.AbnormalListing.id).where(
        m.AbnormalListing.enterprise_id == eid, m.AbnormalListing.listed_on <= as_of,
        (m.AbnormalListing.removed_on.is_(None)) | (m.AbnormalListing.removed_on > as_of))))
    return {"abnormal_listed": (1 if ids else 0, FeatureTrace(
        f"{as_of} 在经营异常名录中：{'是' if ids else '否'}", {"abnormal_listings": ids}))}


def _registry(ent: m.Enterprise, as_of: date) -> dict[str, tuple[Number, FeatureTrace]]:
    rows = {"enterprises": [ent.id]}
    if ent.founded_on is None or ent.founded_on > as_of:
        age: tuple[Number, FeatureTrace] = (None, FeatureTrace(f"成立日期 {ent.founded_on or '未知'} 未知或晚于 {as_of} → 缺失", rows))
    else:
        years = round((as_of - ent.founded_on).days / 365.25, 2)
        age = (years, FeatureTrace(f"（{as_of} − 成立日 {ent.founded_on}）/ 365.25 = {years} 年", rows))
    if ent.registered_capital is None:
        capital: tuple[Number, FeatureTrace] = (None, FeatureTrace("注册资本未知 → 缺失", rows))
    else:
        wan = round(float(ent.registered_capital) / 1e4, 2)
        capital = (wan, FeatureTrace(f"注册资本 {float(ent.registered_capital):,.2f} 元 = {wan} 万元", rows))
    return {"enterprise_age_years": age, "registered_capital_wan": capital}


def _ledger(session: Session, ent: m.Enterprise, tenant: str, as_of: date, window_days: int) -> dict[str, tuple[Number, FeatureTrace]]:
    act = other_institution_activity(session, ent.credit_code, tenant=tenant, as_of=as_of, window_days=window_days)
    where = f"平台台账（密钥哈希，仅计数）：截至 {as_of} 的 {window_days} 天内"
    return {"other_institutions_recent": (act.other_institutions, FeatureTrace(f"{where}其他机构 {act.other_institutions} 家")),
            "other_applications_recent": (act.other_applications, FeatureTrace(f"{where}其他机构申请 {act.other_applications} 笔"))}


def enterprise_features(session: Session, ent: m.Enterprise, *, tenant: str, as_of: date,
                        ledger_window_days: int = 90) -> EnterpriseFeatures:
    """All of FEATURES for one enterprise as one tenant sees it on `as_of` (the ledger counts exclude the tenant)."""
    found: dict[str, tuple[Number, FeatureTrace]] = {}
    for part in (_revenue, _headcount, _utilities, _tax, _judicial, _abnormal):
        found.update(part(session, ent.id, as_of))
    found.update(_registry(ent, as_of))
    found.update(_ledger(session, ent, tenant, as_of, ledger_window_days))
    return EnterpriseFeatures(credit_code=ent.credit_code, as_of=as_of,
                              values={name: found[name][0] for name in FEATURES},
                              trace={name: found[name][1] for name in FEATURES})
