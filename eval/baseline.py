"""Accepted scores per suite (`eval/baselines/<suite>.json`) and the regression gate behind `--check`.

A baseline keeps each metric with its tolerance and every case's scores, so a check can name the
cases that flipped, and a `--fast` or `--limit` run is compared with the baseline restricted to the
same cases rather than with the full-dataset number.
"""
from __future__ import annotations

import re

import json
from datetime import datetime
from pathlib import Path

from pydantic import BaseModel, Field

from agent.errors import DocumentError, NotFound
from eval.registry import get_suite
from eval.schema import BackendSummary, CaseRecord, RunResult, SuiteResult
from eval.suite import mean_of_scores

BASELINE_DIR = Path(__file__).parent / "baselines"
_EPS = 1e-9
DIGITS = 6      # a baseline stores metric values rounded to this many decimals; the gate compares at the same


class BaselineMetric(BaseModel):
    value: float
    tolerance: float = Field(ge=0.0)
    higher_is_better: bool = True


class BaselineCase(BaseModel):
    scores: dict[str, float] = Field(default_factory=dict)
    counts: dict[str, float] = Field(default_factory=dict)
    error: str | None = None


class Baseline(BaseModel):
    suite: str
    version: str = ""
    accepted_from: str
    accepted_at: datetime
    subset: str = "full"
    backend: BackendSummary | None = None
    metrics: dict[str, BaselineMetric]
    cases: dict[str, BaselineCase] = Field(default_factory=dict)


class GateFailure(BaseModel):
    suite: str
    metric: str
    baseline: float | None = None
    current: float | None = None
    tolerance: float | None = None
    cases: list[str] = Field(default_factory=list)   # "lq-004 1→0" or "lq-007 errored: …"
    message: str


class GateReport(BaseModel):
    failures: list[GateFailure] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.failures


def baseline_path(suite: str, baseline_dir: Path = BASELINE_DIR) -> Path:
    return baseline_dir / f"{suite}.json"


def load_baseline(suite: str, baseline_dir: Path = BASELINE_DIR) -> Baseline | None:
    path = baseline_path(suite, baseline_dir)
    if not path.is_file():
        return None
    try:
        return Baseline.model_validate_json(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise DocumentError(str(path), f"baseline file is not valid ({str(exc)[:200]}); re-accept it with `fengtiao eval baseline accept RUN`", kind="invalid") from exc


def _subset(run: RunResult) -> str:
    if run.options.limit is not None:
        return f"limit={run.options.limit}" + (" fast" if run.options.fast else "")
    return "fast" if run.options.fast else "full"


# Suites that report a free-form dict (external evaluators) also report counts and timings; only quality
# ratios are gated, since a count or a duration going down is not a regression.
_NOT_QUALITY = re.compile(r"(?:^|\.)(?:tp|fp|fn|tn|n|n_\w+|\w*seconds|\w*_s|files|cases|\w+_cases|count\w*|support)$")


def _gated_metrics(result: SuiteResult) -> list[str]:
    declared = [m.name for m in result.metric_specs]
    if declared:
        return [m for m in declared if m in result.metrics]
    return [m for m in result.metrics if not _NOT_QUALITY.search(m)]


def accept_run(run: RunResult, baseline_dir: Path = BASELINE_DIR, suites: list[str] | None = None) -> list[Path]:
    """Write one baseline per suite that ran; tolerances already in a baseline file are kept."""
    written: list[Path] = []
    for result in run.suites:
        if result.status != "ok" or (suites and result.suite not in suites):
            continue
        previous = load_baseline(result.suite, baseline_dir)
        metrics = {}
        for name in _gated_metrics(result):
            spec = result.spec(name)
            tol = previous.metrics[name].tolerance if previous and name in previous.metrics else (spec.tolerance if spec else 0.02)
            metrics[name] = BaselineMetric(value=round(result.metrics[name], DIGITS), tolerance=tol,
                                           higher_is_better=spec.higher_is_better if spec else True)
        baseline = Baseline(
            suite=result.suite, version=result.version, accepted_from=run.run_id, accepted_at=datetime.now().astimezone(),
            subset=_subset(run), backend=run.backend, metrics=metrics,
            cases={c.case_id: BaselineCase(scores=c.scores, counts=c.counts, error=c.error) for c in result.cases},
        )
        path = baseline_path(result.suite, baseline_dir)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(baseline.model_dump(mode="json"), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        written.append(path)
    return written


def _aggregate(suite_name: str, cases: list[CaseRecord]) -> dict[str, float]:
    try:
        return get_suite(suite_name).aggregate_cases(cases)
    except NotFound:
        return mean_of_scores(cases)


def _comparable(result: SuiteResult, baseline: Baseline) -> tuple[dict[str, float], dict[str, float], set[str]]:
    """Baseline and current metric values over the same scored cases."""
    current_ok = {c.case_id for c in result.cases if c.scored}
    base_ok = {cid for cid, c in baseline.cases.items() if c.error is None}
    if current_ok == base_ok:   # at the stored precision: 7/30 accepted as 0.233333 is not "worse" when it is 7/30 again
        return ({k: m.value for k, m in baseline.metrics.items()},
                {k: round(v, DIGITS) for k, v in result.metrics.items()}, current_ok)
    common = current_ok & base_ok
    base_cases = [CaseRecord(suite=result.suite, case_id=cid, scores=baseline.cases[cid].scores,
                             counts=baseline.cases[cid].counts) for cid in sorted(common)]
    cur_cases = [c for c in result.cases if c.case_id in common]
    return _aggregate(result.suite, base_cases), _aggregate(result.suite, cur_cases), common


def _fmt(v: float) -> str:
    return f"{v:.3g}"


def _changed_cases(result: SuiteResult, baseline: Baseline, key: str, ids: set[str]) -> list[str]:
    out = []
    for cid in sorted(ids):
        before = baseline.cases[cid].scores.get(key)
        case = result.case(cid)
        after = case.scores.get(key) if case else None
        if before is not None and after is not None and after < before - _EPS:
            out.append(f"{cid} {_fmt(before)}→{_fmt(after)}")
    return out


def check_suite(result: SuiteResult, baseline: Baseline) -> list[GateFailure]:
    if result.status == "failed":
        return [GateFailure(suite=result.suite, metric="status", message=f"suite {result.suite} failed: {result.reason}")]
    if result.status != "ok":
        return []
    base_vals, cur_vals, common = _comparable(result, baseline)
    failures: list[GateFailure] = []
    for name, accepted in baseline.metrics.items():
        before, after = base_vals.get(name), cur_vals.get(name)
        if before is None:
            continue
        if after is None:
            failures.append(GateFailure(suite=result.suite, metric=name, baseline=before, tolerance=accepted.tolerance,
                                        message=f"{result.suite}: metric {name} is no longer reported"))
            continue
        drop = (before - after) if accepted.higher_is_better else (after - before)
        if drop > accepted.tolerance + _EPS:
            spec = result.spec(name)
            key = spec.case_key if spec and spec.case_key else name
            changed = _changed_cases(result, baseline, key, common)
            failures.append(GateFailure(
                suite=result.suite, metric=name, baseline=before, current=after, tolerance=accepted.tolerance, cases=changed,
                message=f"{result.suite}: {name} fell from {before:.4f} to {after:.4f} (tolerance {accepted.tolerance:.4f})"
                + (f"; cases that got worse: {', '.join(changed[:10])}" + (" …" if len(changed) > 10 else "") if changed else ""),
            ))
    newly_errored = [c for c in result.cases if not c.scored and c.case_id in baseline.cases and baseline.cases[c.case_id].error is None]
    if newly_errored:
        names = [f"{c.case_id} errored: {c.error}" for c in newly_errored]
        failures.append(GateFailure(suite=result.suite, metric="errors", cases=names,
                                    message=f"{result.suite}: {len(newly_errored)} case(s) scored in the baseline now error: "
                                    + "; ".join(names[:5])))
    return failures


def check_run(run: RunResult, baseline_dir: Path = BASELINE_DIR) -> GateReport:
    report = GateReport()
    for result in run.suites:
        if result.status == "not_available":
            report.notes.append(f"{result.suite}: not available ({result.reason}); not gated")
            continue
        baseline = load_baseline(result.suite, baseline_dir)
        if baseline is None:
            report.notes.append(f"{result.suite}: no baseline in {baseline_dir}; accept one with `fengtiao eval baseline accept RUN`")
            continue
        report.failures.extend(check_suite(result, baseline))
    return report
