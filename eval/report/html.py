"""One self-contained HTML file per run: metric tables, inline SVG charts, the worst cases with their evidence."""
from __future__ import annotations

import json
from html import escape
from pathlib import Path
from string import Template

from eval.baseline import GateReport
from eval.report.svg import grouped_bars, histogram
from eval.report.tables import latency_summary, models_used, pivot, token_totals, worst_cases
from eval.schema import CaseRecord, RunResult, SuiteResult

TEMPLATE = Path(__file__).with_name("template.html")


def _metric_table(metrics: dict[str, float]) -> str:
    table = pivot(metrics)
    if table:
        rows, cols, cells = table
        head = "<tr><th></th>" + "".join(f"<th>{escape(c)}</th>" for c in cols) + "</tr>"
        body = "".join(
            f"<tr><th>{escape(r)}</th>" + "".join(
                f'<td class="num">{cells[(r, c)]:.3f}</td>' if (r, c) in cells else "<td>–</td>" for c in cols) + "</tr>"
            for r in rows)
        return f'<table class="metrics">{head}{body}</table>'
    body = "".join(f'<tr><td>{escape(k)}</td><td class="num">{v:.3f}</td></tr>' for k, v in metrics.items())
    return f'<table class="metrics"><tr><th>metric</th><th>value</th></tr>{body}</table>'


def _metric_chart(s: SuiteResult) -> str:
    table = pivot(s.metrics)
    if table:
        rows, cols, cells = table
    else:
        rows, cols, cells = list(s.metrics), ["value"], {(k, "value"): v for k, v in s.metrics.items()}
    return grouped_bars(f"{s.suite}: scores", rows, cols, cells)


def _brief(value: object, limit: int = 240) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[:limit] + "…"


def _worst_table(s: SuiteResult) -> str:
    cases = worst_cases(s, 10)
    if not cases:
        return ""
    head = "<tr><th>case</th><th>score</th><th>input</th><th>expected</th><th>evidence / error</th><th>latency</th></tr>"

    def row(c: CaseRecord) -> str:
        if c.error:
            score, detail = '<span class="err">error</span>', f'<span class="err">[{c.error_stage}] {escape(c.error)}</span>'
        else:
            score = f"{c.scores.get(s.primary, 0.0):.2f}" if s.primary else "–"
            detail = '<ul class="evidence">' + "".join(f"<li>{escape(e)}</li>" for e in c.evidence) + "</ul>"
        return (f"<tr><td><code>{escape(c.case_id)}</code></td><td class=\"num\">{score}</td>"
                f"<td>{escape(_brief(c.inputs))}</td><td>{escape(_brief(c.expected))}</td><td>{detail}</td>"
                f'<td class="num">{c.latency_s:.3f} s</td></tr>')

    return (f"<h3>Worst cases{f' by {escape(s.primary)}' if s.primary else ''}</h3>"
            f'<table class="worst">{head}{"".join(row(c) for c in cases)}</table>')


def _judge_section(s: SuiteResult) -> str:
    if not s.judge_metrics:
        return ""
    graded = [c for c in s.cases if c.judge]
    items = "".join(
        f"<li><code>{escape(c.case_id)}</code> "
        + (f"score {c.judge['score']:.2f}: {escape(str(c.judge.get('reason', '')))}" if "score" in c.judge
           else f'<span class="err">{escape(str(c.judge.get("error")))}</span>')
        + "</li>" for c in graded[:10])
    return ('<div class="judge"><h3>Model-graded (reported separately, not part of the scores above)</h3>'
            f"{_metric_table(s.judge_metrics)}<ul>{items}</ul></div>")


def _suite_html(s: SuiteResult) -> str:
    title = f'<h2 id="{escape(s.suite)}">{escape(s.suite)}</h2><p class="meta">{escape(s.description)}'
    title += f" · dataset {escape(s.version)}</p>" if s.version else "</p>"
    if s.status == "not_available":
        return title + f'<p class="status-na">Not available: {escape(s.reason)}</p>'
    if s.status == "failed":
        return title + f'<p class="status-failed">Failed: {escape(s.reason)}</p>'
    tin, tout = token_totals(s.cases)
    lat = latency_summary(s.cases)
    facts = (f"{s.n_scored} of {s.n_rows} rows scored, {s.n_errored} errored · {s.duration_s:.1f} s · "
             f"model: {escape(models_used(s.cases))} · tokens in/out {tin}/{tout}"
             + (f" · latency p50 {lat['p50']:.3f} s, p95 {lat['p95']:.3f} s, max {lat['max']:.3f} s" if lat else ""))
    charts = _metric_chart(s) + histogram(f"{s.suite}: latency per case", [c.latency_s for c in s.cases if c.scored])
    return (title + f'<p>{facts}</p>{_metric_table(s.metrics)}<div class="charts">{charts}</div>'
            + _judge_section(s) + _worst_table(s))


def _gate_html(gate: GateReport | None) -> str:
    if gate is None:
        return ""
    if gate.passed:
        items = '<li class="gate-ok">all gated metrics within tolerance</li>'
    else:
        items = "".join(f'<li class="gate-fail">{escape(f.message)}</li>' for f in gate.failures)
    items += "".join(f"<li>{escape(n)}</li>" for n in gate.notes)
    return f"<h2>Regression gate</h2><ul>{items}</ul>"


def render_html(run: RunResult, gate: GateReport | None = None) -> str:
    meta = (f"backend {run.backend.backend}" + (f" at {run.backend.base_url}" if run.backend.base_url else "")
            + f" · {'fast subset' if run.options.fast else 'full datasets'}"
            + (f" · limit {run.options.limit}" if run.options.limit else "")
            + f" · {run.created:%Y-%m-%d %H:%M} · {run.duration_s:.1f} s"
            + (f" · commit {run.git_commit}" if run.git_commit else ""))
    return Template(TEMPLATE.read_text(encoding="utf-8")).substitute(
        title=escape(f"fengtiao eval — run {run.run_id}"), meta=escape(meta), gate=_gate_html(gate),
        body="".join(_suite_html(s) for s in run.suites))
