"""Self-contained HTML report on one borrower for one tenant: warnings with evidence, trend charts
(inline SVG, no scripts or external assets) and data freshness per source."""
from __future__ import annotations

from datetime import date
from html import escape

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from agent.risk import models as m
from agent.risk.db import session_scope
from agent.risk.queries import tenant_borrower
from agent.risk.warnings import build_context, warnings_in_session

_COLORS = {"red": "#c62828", "orange": "#ef6c00", "yellow": "#f9a825"}


def svg_line_chart(points: list[tuple[str, float]], *, title: str, width: int = 520, height: int = 140) -> str:
    """A polyline chart of a monthly series; labels are the first and last month."""
    if len(points) < 2:
        return f"<p>{escape(title)}：数据不足</p>"
    values = [v for _, v in points]
    lo, hi = min(values), max(values)
    span = (hi - lo) or 1.0
    pad = 24
    xy = [(pad + i * (width - 2 * pad) / (len(points) - 1), height - pad - (v - lo) * (height - 2 * pad) / span)
          for i, v in enumerate(values)]
    path = " ".join(f"{x:.1f},{y:.1f}" for x, y in xy)
    return (f'<figure><figcaption>{escape(title)}</figcaption>'
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" aria-label="{escape(title)}">'
            f'<polyline fill="none" stroke="#1565c0" stroke-width="2" points="{path}"/>'
            f'<text x="{pad}" y="{height - 4}" font-size="10">{escape(points[0][0])}</text>'
            f'<text x="{width - pad - 40}" y="{height - 4}" font-size="10">{escape(points[-1][0])}</text>'
            f'<text x="2" y="12" font-size="10">{hi:,.0f}</text><text x="2" y="{height - pad}" font-size="10">{lo:,.0f}</text>'
            f"</svg></figure>")


def _series(session: Session, eid: int) -> dict[str, list[tuple[str, float]]]:
    inv = session.execute(select(m.InvoiceMonth.month, m.InvoiceMonth.issued_total)
                          .where(m.InvoiceMonth.enterprise_id == eid).order_by(m.InvoiceMonth.month)).all()
    hc = session.execute(select(m.Headcount.month, m.Headcount.insured_count)
                         .where(m.Headcount.enterprise_id == eid).order_by(m.Headcount.month)).all()
    out = {"开票收入（元/月）": [(f"{mo:%Y-%m}", float(v)) for mo, v in inv],
           "社保参保人数": [(f"{mo:%Y-%m}", float(v)) for mo, v in hc]}
    for kind, label in (("power", "用电量"), ("water", "用水量"), ("gas", "用气量")):
        rows = session.execute(select(m.UtilityMonth.month, m.UtilityMonth.usage).where(
            m.UtilityMonth.enterprise_id == eid, m.UtilityMonth.kind == kind).order_by(m.UtilityMonth.month)).all()
        if rows:
            out[label] = [(f"{mo:%Y-%m}", float(v)) for mo, v in rows]
    return out


def data_freshness(session: Session, eid: int) -> dict[str, str]:
    """Latest period or date per source: a warning is only as current as its data."""
    latest = {
        "开票": select(func.max(m.InvoiceMonth.month)).where(m.InvoiceMonth.enterprise_id == eid),
        "纳税": select(func.max(m.TaxFiling.month)).where(m.TaxFiling.enterprise_id == eid),
        "社保": select(func.max(m.Headcount.month)).where(m.Headcount.enterprise_id == eid),
        "水电气": select(func.max(m.UtilityMonth.month)).where(m.UtilityMonth.enterprise_id == eid),
        "司法": select(func.max(m.JudicialRecord.filed_on)).where(m.JudicialRecord.enterprise_id == eid),
    }
    return {k: str(session.scalar(q) or "无数据") for k, q in latest.items()}


def _evidence(evidence: dict[str, list[int]]) -> str:
    return "; ".join(f"{table} #" + ",".join(map(str, ids)) for table, ids in evidence.items())


def borrower_report_html(borrower_id: str, *, tenant: str, as_of: date | None = None, url: str | None = None) -> str:
    with session_scope(url) as session:
        ent = tenant_borrower(session, borrower_id, tenant=tenant)
        ctx = build_context(session, as_of=as_of)
        warnings = warnings_in_session(session, borrower_id, tenant=tenant, ctx=ctx)
        charts = "".join(svg_line_chart(pts, title=t) for t, pts in _series(session, ent.id).items())
        fresh = data_freshness(session, ent.id)
        name, code = ent.name, ent.credit_code
    items = "".join(
        f'<section style="border-left:6px solid {_COLORS[w.level]};padding:4px 12px;margin:8px 0">'
        f"<h3>{escape(w.level.upper())} · {escape(w.signal)}</h3><p>{escape(w.message_zh)}</p>"
        f"<p><b>原因代码</b>：{escape('、'.join(w.reason_codes))}</p>"
        f"<p><b>依据记录</b>：{escape(_evidence(w.evidence))}</p>"
        f"<p><b>建议措施</b>：{escape(w.suggested_action_zh)}</p></section>" for w in warnings) or "<p>无预警。</p>"
    fresh_rows = "".join(f"<tr><td>{escape(k)}</td><td>{escape(v)}</td></tr>" for k, v in fresh.items())
    return (f'<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>经营风险报告 {escape(code)}</title>'
            f"<style>body{{font-family:'Noto Sans CJK SC',sans-serif;max-width:900px;margin:auto}}</style></head><body>"
            f"<h1>经营风险报告</h1><p>{escape(name)}（{escape(code)}）· 评估日 {ctx.as_of} · 机构 {escape(tenant)}</p>"
            f"<h2>预警</h2>{items}<h2>趋势</h2>{charts}"
            f"<h2>数据时效</h2><table>{fresh_rows}</table></body></html>")
