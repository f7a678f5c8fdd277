"""Two runs side by side: each metric with its delta, and the cases that flipped between pass and fail."""
from __future__ import annotations

from pydantic import BaseModel, Field

from eval.schema import CaseRecord, RunResult, SuiteResult


class MetricDelta(BaseModel):
    suite: str
    metric: str
    a: float | None
    b: float | None
    judged: bool = False   # model-graded, shown apart

    @property
    def delta(self) -> float | None:
        return None if self.a is None or self.b is None else self.b - self.a


class Flip(BaseModel):
    suite: str
    case_id: str
    a: str      # "pass", "fail", "error: …", "absent"
    b: str


class Comparison(BaseModel):
    run_a: str
    run_b: str
    model_a: str
    model_b: str
    metrics: list[MetricDelta] = Field(default_factory=list)
    flips: list[Flip] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)


def case_outcome(case: CaseRecord | None, primary: str | None) -> str:
    """pass/fail by the suite's primary score (≥ 1 passes); errors and missing cases say so."""
    if case is None:
        return "absent"
    if case.error:
        return "error"
    if primary is None or primary not in case.scores:
        return "scored"
    return "pass" if case.scores[primary] >= 1.0 - 1e-9 else "fail"


def _models(run: RunResult) -> str:
    used = sorted({m for s in run.suites for c in s.cases for m in c.model.split(",") if c.model != "none"})
    return ", ".join(used) or "none (no LLM used)"


def _suite_flips(a: SuiteResult, b: SuiteResult) -> list[Flip]:
    primary = b.primary or a.primary
    flips = []
    for cid in sorted({c.case_id for c in a.cases} | {c.case_id for c in b.cases}):
        before, after = case_outcome(a.case(cid), primary), case_outcome(b.case(cid), primary)
        if before != after and "absent" not in (before, after):
            flips.append(Flip(suite=b.suite, case_id=cid, a=before, b=after))
    return flips


def compare_runs(run_a: RunResult, run_b: RunResult) -> Comparison:
    out = Comparison(run_a=run_a.run_id, run_b=run_b.run_id, model_a=_models(run_a), model_b=_models(run_b))
    names = [s.suite for s in run_a.suites] + [s.suite for s in run_b.suites if run_a.suite(s.suite) is None]
    for name in names:
        a, b = run_a.suite(name), run_b.suite(name)
        if a is None or b is None or a.status != "ok" or b.status != "ok":
            which = [f"{label}: {s.status if s else 'not run'}" for label, s in (("A", a), ("B", b))]
            out.notes.append(f"{name}: not compared ({', '.join(which)})")
            continue
        for metric in list(a.metrics) + [m for m in b.metrics if m not in a.metrics]:
            out.metrics.append(MetricDelta(suite=name, metric=metric, a=a.metrics.get(metric), b=b.metrics.get(metric)))
        for metric in list(a.judge_metrics) + [m for m in b.judge_metrics if m not in a.judge_metrics]:
            out.metrics.append(MetricDelta(suite=name, metric=metric, a=a.judge_metrics.get(metric),
                                           b=b.judge_metrics.get(metric), judged=True))
        out.flips.extend(_suite_flips(a, b))
    return out
