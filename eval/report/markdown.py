"""The summary printed at the end of `fengtiao eval run` (and saved as summary.md)."""
from __future__ import annotations

from eval.baseline import GateReport
from eval.report.tables import latency_summary, models_used, pivot, token_totals, worst_cases
from eval.schema import RunResult, SuiteResult


def _num(v: float) -> str:
    return f"{v:.3f}"


def _metric_table(metrics: dict[str, float]) -> list[str]:
    table = pivot(metrics)
    if table:
        rows, cols, cells = table
        out = ["| | " + " | ".join(cols) + " |", "|---" * (len(cols) + 1) + "|"]
        out += ["| " + r + " | " + " | ".join(_num(cells[(r, c)]) if (r, c) in cells else "–" for c in cols) + " |" for r in rows]
        return out
    return ["| metric | value |", "|---|---|"] + [f"| {k} | {_num(v)} |" for k, v in metrics.items()]


def _suite_md(s: SuiteResult) -> list[str]:
    head = f"## {s.suite}" + (f" (dataset {s.version})" if s.version else "")
    if s.status == "not_available":
        return [head, "", f"*not available*: {s.reason}", ""]
    if s.status == "failed":
        return [head, "", f"**failed**: {s.reason}", ""]
    tin, tout = token_totals(s.cases)
    lat = latency_summary(s.cases)
    lines = [head, "", f"{s.n_scored} of {s.n_rows} rows scored, {s.n_errored} errored · {s.duration_s:.1f} s · "
             f"model: {models_used(s.cases)} · tokens in/out: {tin}/{tout}"
             + (f" · latency p50 {lat['p50']:.3f} s, p95 {lat['p95']:.3f} s" if lat else ""), ""]
    lines += _metric_table(s.metrics) + [""]
    if s.judge_metrics:
        lines += ["Model-graded (separate from the scores above):", ""] + _metric_table(s.judge_metrics) + [""]
    errored = [c for c in s.cases if c.error]
    if errored:
        lines += [f"Errored rows ({len(errored)}):", ""]
        lines += [f"- `{c.case_id}` [{c.error_stage}] {c.error}" for c in errored[:10]]
        lines += ([f"- … {len(errored) - 10} more in results.json"] if len(errored) > 10 else []) + [""]
    failing = [c for c in worst_cases(s, 5) if not c.error and s.primary and c.scores.get(s.primary, 1.0) < 1.0]
    if failing:
        lines += [f"Worst cases by {s.primary}:", ""]
        lines += [f"- `{c.case_id}` {s.primary}={c.scores.get(s.primary, 0):.2f}: " + " / ".join(c.evidence[:2]) for c in failing] + [""]
    return lines


def render_markdown(run: RunResult, gate: GateReport | None = None, report_path: str | None = None) -> str:
    lines = [f"# fengtiao eval — run {run.run_id}", "",
             f"backend `{run.backend.backend}`" + (f" at {run.backend.base_url}" if run.backend.base_url else "")
             + (f" · requested model {run.backend.model}" if run.backend.model else "")
             + f" · {'fast subset' if run.options.fast else 'full datasets'}"
             + (f" · limit {run.options.limit}" if run.options.limit else "")
             + f" · {run.duration_s:.1f} s" + (f" · commit {run.git_commit}" if run.git_commit else ""), ""]
    for s in run.suites:
        lines += _suite_md(s)
    if gate is not None:
        lines += ["## Regression gate", ""]
        lines += [f"- FAIL {f.message}" for f in gate.failures] or ["- all gated metrics within tolerance"]
        lines += [f"- note: {n}" for n in gate.notes] + [""]
    if report_path:
        lines += [f"HTML report: {report_path}", ""]
    return "\n".join(lines)
