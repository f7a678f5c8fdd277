"""Run suites case by case. Nothing is lost: a bad row, a backend timing out or a scorer bug becomes
an errored case with its reason, and the run goes on."""
from __future__ import annotations

import subprocess
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from agent.errors import FengtiaoError
from eval.judge import judge_case
from eval.meter import MeteredBackend, backend_summary
from eval.registry import get_suite
from eval.rows import Row, read_rows
from eval.schema import CaseRecord, RunOptions, RunResult, SuiteResult
from eval.scorers import mean
from eval.suite import RunContext, Suite, SuiteNotAvailable

Progress = Callable[[str, int, int], None]   # (suite, done, total)


def describe_error(exc: BaseException) -> str:
    """The message a credit officer can act on; the exception type when it is not one of ours."""
    if isinstance(exc, FengtiaoError):
        return exc.message
    return f"{type(exc).__name__}: {exc}"


def select_rows(suite: Suite, options: RunOptions) -> list[Row]:
    rows = list(read_rows(suite.dataset, suite.row_model)) if suite.dataset and suite.row_model else []
    if options.fast:
        if suite.in_fast_subset is not None:
            rows = [r for r in rows if suite.in_fast_subset(r.raw)]
        elif suite.fast_limit is not None:
            rows = rows[: suite.fast_limit]
    if options.limit is not None:
        rows = rows[: options.limit]
    return rows


def run_case(suite: Suite, row: Row, ctx: RunContext, state: object) -> CaseRecord:
    record = CaseRecord(suite=suite.name, case_id=row.case_id)
    if row.row is None:
        record.inputs, record.error, record.error_stage = row.raw, row.error, "row"
        return record
    record.inputs, record.expected = suite.inputs_of(row.row), suite.expected_of(row.row)
    ctx.llm.reset()
    started = time.perf_counter()
    try:
        record.outputs = suite.task(row.row, ctx, state)
    except Exception as exc:  # noqa: BLE001 - one case failing must not stop the run
        record.error, record.error_stage = describe_error(exc), "task"
    finally:
        record.latency_s = round(time.perf_counter() - started, 4)
        record.tokens_in, record.tokens_out = ctx.llm.tokens_in, ctx.llm.tokens_out
        record.model = ctx.llm.model_label()
    if record.error:
        return record
    try:
        scored = suite.score(row.row, record.outputs)
    except Exception as exc:  # noqa: BLE001
        record.error, record.error_stage = f"scorer failed: {describe_error(exc)}", "scorer"
        return record
    record.scores, record.counts, record.evidence = scored.scores, scored.counts, scored.evidence
    if ctx.options.judge and suite.judge is not None:
        ctx.judge_llm.reset()
        record.judge = judge_case(ctx.judge_llm, suite.judge, row.row, record.outputs)
        record.judge.update(model=ctx.judge_llm.model_label(), tokens_in=ctx.judge_llm.tokens_in,
                            tokens_out=ctx.judge_llm.tokens_out)
    return record


def judge_metrics(cases: list[CaseRecord]) -> dict[str, float]:
    graded = [c.judge for c in cases if c.judge is not None]
    if not graded:
        return {}
    ok = [g["score"] for g in graded if "score" in g]
    return {"judge.mean_score": mean(ok), "judge.n_graded": float(len(ok)), "judge.n_errored": float(len(graded) - len(ok))}


def _finish(result: SuiteResult, suite: Suite, cases: list[CaseRecord]) -> None:
    result.cases = cases
    result.n_rows = len(cases)
    result.n_scored = sum(c.scored for c in cases)
    result.n_errored = result.n_rows - result.n_scored
    result.judge_metrics = judge_metrics(cases)


def run_suite(suite: Suite, ctx: RunContext, progress: Progress | None = None) -> SuiteResult:
    result = SuiteResult(suite=suite.name, description=suite.description, version=suite.version,
                         primary=suite.primary, metric_specs=suite.metrics)
    started = time.perf_counter()
    try:
        if reason := suite.unavailable_reason():
            result.status, result.reason = "not_available", reason
        elif suite.run_external is not None:
            external = suite.run_external(ctx)
            _finish(result, suite, external.cases)
            result.metrics = external.metrics
        else:
            rows = select_rows(suite, ctx.options)
            state = suite.prepare(ctx) if suite.prepare else None
            cases: list[CaseRecord] = []
            for i, row in enumerate(rows, 1):
                cases.append(run_case(suite, row, ctx, state))
                if progress:
                    progress(suite.name, i, len(rows))
            _finish(result, suite, cases)
            result.metrics = suite.aggregate_cases(cases)
    except SuiteNotAvailable as exc:
        result.status, result.reason = "not_available", str(exc)
    except Exception as exc:  # noqa: BLE001 - a broken suite is reported, the other suites still run
        result.status, result.reason = "failed", describe_error(exc)
    result.duration_s = round(time.perf_counter() - started, 3)
    return result


def _git_commit() -> str | None:
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, timeout=5,
                             cwd=Path(__file__).parent)
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() or None


def new_run_id() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S")


def run_suites(
    names: list[str],
    options: RunOptions,
    out_dir: Path,
    *,
    progress: Progress | None = None,
    llm: MeteredBackend | None = None,
) -> RunResult:
    """Run the named suites (unknown names raise `NotFound` before anything runs)."""
    suites = [get_suite(n) for n in names]
    llm = llm or MeteredBackend.for_options(options)
    ctx = RunContext(options=options, llm=llm, judge_llm=MeteredBackend(llm.backend), out_dir=out_dir)
    started = time.perf_counter()
    run = RunResult(run_id=out_dir.name, created=datetime.now().astimezone(), options=options,
                    backend=backend_summary(options), git_commit=_git_commit())
    run.suites = [run_suite(s, ctx, progress) for s in suites]
    run.duration_s = round(time.perf_counter() - started, 3)
    return run
