"""Self-contained HTML report on one borrower for one tenant (经营风险评分报告): the operating-risk score with
its reason codes and the feature values behind them, warnings with evidence, the fraud-ring graph, trend charts
(inline SVG, no scripts or external assets) and data freshness per source."""
from __future__ import annotations

import math
from datetime import date
from html import escape

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from agent.errors import DocumentError, NotFound
from agent.risk import models as m
from agent.risk.db import session_scope
from agent.risk.operating_score import BorrowerScore, data_as_of, load_operating_scorecard, score_in_session
from agent.risk.queries import tenant_borrower
from agent.risk.rings import Ring
from agent.risk.warnings import build_context, warnings_in_session

_COLORS = {"red": "#c62828", "orange": "#ef6c00", "yellow": "#f9a825"}
_LINKS = {"phone": ("#1565c0", "共用电话"), "address": ("#2e7d32", "共用地址"), "person": ("#6a1b9a", "共用法定代表人/股东")}


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
    return "; ".join(f"{table} #" + ",".join(map(str, ids)) for table, ids in evidence.items() if ids)


def _score(session: Session, ent: m.Enterprise, tenant: str, as_of: date) -> BorrowerScore | str:
    """The borrower's score, or a sentence saying why there is none. Features are read as of the report date or
    the latest data on file, whichever is earlier, so a report printed after the data's month is not scored on
    empty months."""
    try:
        scorecard = load_operating_scorecard(tenant)
    except NotFound:
        return (f"本机构（{tenant}）尚无经营风险评分卡，本报告不含评分。"
                f"请先用本机构的贷款结果训练：fengtiao risk scorecard train --tenant {tenant}")
    try:
        return score_in_session(session, ent, tenant=tenant, as_of=min(as_of, data_as_of(session)), scorecard=scorecard)
    except DocumentError as exc:
        return f"评分失败：{exc.message}"


def _score_html(score: BorrowerScore | str) -> str:
    if isinstance(score, str):
        return f'<p class="no-score">{escape(score)}</p>'
    rows = "".join(
        f"<tr><td>{escape(r.code)}</td><td>{escape(r.label_zh)}</td>"
        f"<td>{'无数据' if r.value is None else escape(str(r.value))}</td><td>{r.points_lost:.1f}</td>"
        f'<td class="calc">{escape(r.formula)}</td><td class="ev">{escape(_evidence(r.evidence)) or "—"}</td></tr>'
        for r in score.reasons)
    table = ("<table><tr><th>原因代码</th><th>特征</th><th>取值</th><th>扣分</th><th>计算过程</th><th>依据记录</th></tr>"
             f"{rows}</table>") if rows else "<p>没有扣分项：各项特征均处于评分卡的最佳区间。</p>"
    return (f'<p class="score"><b>{score.points:.0f} 分</b> · 等级 <b>{escape(score.band)}</b>（{escape(score.band_label_zh)}）'
            f" · 评分卡 v{score.scorecard_version}（训练于 {escape(score.trained_at[:10])}）· 特征截至 {score.as_of}</p>"
            f"<h3>评分原因（扣分最多的特征）</h3>{table}")


def _short(name: str) -> str:
    """广州宏达立新建设工程有限公司 → 宏达立新建设工程: the words that tell firms apart."""
    for city in ("广州市", "广州"):
        name = name.removeprefix(city)
    return name.removesuffix("有限责任公司").removesuffix("有限公司")


def svg_ring_graph(ring: Ring, *, focus: int, labels: dict[int, str], size: int = 460) -> str:
    """Ring members on a circle, one line per identifier two members share, coloured by kind.

    Only members this tenant deals with are named (`labels`); the others are numbered, because that they applied
    somewhere is another institution's data. Identifiers are never printed, only their kind.
    """
    members = [focus] + [e for e in ring.enterprise_ids if e != focus]
    c, radius = size / 2, size / 2 - 110
    pos = {e: (c + radius * math.sin(2 * math.pi * i / len(members)), c - radius * math.cos(2 * math.pi * i / len(members)))
           for i, e in enumerate(members)}
    kinds = sorted({kind for kind, _ in ring.shared_by})
    lines = []
    for (kind, _), who in sorted(ring.shared_by.items()):
        color, text = _LINKS.get(kind, ("#555", kind))
        shift = 3 * (kinds.index(kind) - (len(kinds) - 1) / 2)  # parallel lines when two members share several kinds
        for i, a in enumerate(who):
            for b in who[i + 1:]:
                (x1, y1), (x2, y2) = pos[a], pos[b]
                length = math.hypot(x2 - x1, y2 - y1) or 1
                dx, dy = -(y2 - y1) / length * shift, (x2 - x1) / length * shift
                lines.append(f'<line x1="{x1 + dx:.1f}" y1="{y1 + dy:.1f}" x2="{x2 + dx:.1f}" y2="{y2 + dy:.1f}" '
                             f'stroke="{color}" stroke-width="2"><title>{escape(text)}</title></line>')
    others = iter(range(1, len(members) + 1))
    nodes = []
    for e in members:
        x, y = pos[e]
        label = _short(labels[e]) if e in labels else f"其他申请人 {next(others)}"
        fill = "#c62828" if e == focus else "#ffffff"
        lx, ly = c + (x - c) * (radius + 22) / radius, c + (y - c) * (radius + 22) / radius + 4  # outside the circle
        anchor = "middle" if abs(x - c) < 20 else "start" if x > c else "end"
        nodes.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="9" fill="{fill}" stroke="#333" stroke-width="1.5"/>'
                     f'<text x="{lx:.1f}" y="{ly:.1f}" font-size="11" text-anchor="{anchor}">{escape(label)}</text>')
    legend = "".join(f'<tspan fill="{_LINKS.get(k, ("#555", k))[0]}">■ {escape(_LINKS.get(k, ("", k))[1])}　</tspan>' for k in kinds)
    title = f"关联图：{len(members)} 家企业，{len(ring.shared_by)} 个共用标识"
    return (f'<figure><figcaption>{escape(title)}</figcaption>'
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size + 20}" role="img" aria-label="{escape(title)}">'
            + "".join(lines) + "".join(nodes)
            + f'<text x="4" y="{size + 14}" font-size="11">{legend}</text></svg></figure>')


def _ring_html(session: Session, ent: m.Enterprise, tenant: str, ring: Ring | None) -> str:
    if ring is None or not ring.flagged:
        return ""
    own = set(session.scalars(select(m.Application.enterprise_id).where(
        m.Application.tenant_id == tenant, m.Application.enterprise_id.in_(ring.enterprise_ids))))
    own |= set(session.scalars(select(m.Loan.enterprise_id).where(
        m.Loan.tenant_id == tenant, m.Loan.enterprise_id.in_(ring.enterprise_ids))))
    labels = {e.id: e.name for e in session.scalars(select(m.Enterprise).where(m.Enterprise.id.in_(own)))}
    return (f"<h2>团伙关联图</h2><p>原因代码：{escape('、'.join(ring.reason_codes))}。红点为本借款人；"
            "仅显示本机构客户的名称，其他企业以编号代替，共用标识只显示类别。</p>"
            + svg_ring_graph(ring, focus=ent.id, labels=labels))


def borrower_report_html(borrower_id: str, *, tenant: str, as_of: date | None = None, url: str | None = None) -> str:
    with session_scope(url) as session:
        ent = tenant_borrower(session, borrower_id, tenant=tenant)
        ctx = build_context(session, as_of=as_of)
        warnings = warnings_in_session(session, borrower_id, tenant=tenant, ctx=ctx)
        score = _score_html(_score(session, ent, tenant, ctx.as_of))
        ring = _ring_html(session, ent, tenant, ctx.rings.by_enterprise.get(ent.id))
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
            f"<style>body{{font-family:'Noto Sans CJK SC',sans-serif;max-width:900px;margin:auto}}"
            f"table{{border-collapse:collapse}}td,th{{border:1px solid #ccc;padding:2px 6px;font-size:13px}}"
            f".score{{font-size:18px}}td.calc{{min-width:280px}}td.ev{{max-width:220px;word-break:break-all;font-size:12px}}"
            f"</style></head><body>"
            f"<h1>经营风险评分报告</h1><p>{escape(name)}（{escape(code)}）· 评估日 {ctx.as_of} · 机构 {escape(tenant)}</p>"
            f"<h2>经营风险评分</h2>{score}"
            f"<h2>预警</h2>{items}{ring}<h2>趋势</h2>{charts}"
            f"<h2>数据时效</h2><table>{fresh_rows}</table></body></html>")
