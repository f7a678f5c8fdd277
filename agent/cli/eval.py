"""`fengtiao eval …`: list suites, run them, compare runs, accept baselines. A thin layer over `eval`."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.markdown import Markdown
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from agent.errors import FengtiaoError

console = Console()
err_console = Console(stderr=True)

eval_app = typer.Typer(help="Evaluation harness: measure retrieval, extraction and models in numbers.", no_args_is_help=True)
baseline_app = typer.Typer(help="Accepted scores the regression gate compares against.", no_args_is_help=True)
eval_app.add_typer(baseline_app, name="baseline")


def _fail(exc: FengtiaoError, code: int = 2) -> typer.Exit:
    err_console.print(f"[red]error:[/red] {exc.message}")
    return typer.Exit(code)


@eval_app.command("list")
def list_suites(baselines: Path = typer.Option(None, "--baselines", help="Baseline directory (default eval/baselines)")) -> None:
    """Show every registered suite, whether it can run here, and whether it has a baseline."""
    from eval.baseline import BASELINE_DIR, baseline_path
    from eval.registry import all_suites

    table = Table("suite", "dataset", "status", "baseline", "description")
    for suite in all_suites():
        reason = suite.unavailable_reason()
        has_base = baseline_path(suite.name, baselines or BASELINE_DIR).is_file()
        table.add_row(suite.name, suite.version or "–", "ready" if reason is None else f"not available: {reason}",
                      "yes" if has_base else "no", suite.description)
    console.print(table)


@eval_app.command("run")
def run(
    suites: Optional[list[str]] = typer.Argument(None, help="Suites to run (default: all)"),
    backend: Optional[str] = typer.Option(None, "--backend", help="local or openai (default: from settings)"),
    base_url: Optional[str] = typer.Option(None, "--base-url", help="OpenAI-compatible endpoint, e.g. http://127.0.0.1:8001/v1"),
    model: Optional[str] = typer.Option(None, "--model", help="Model name served by the endpoint"),
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="Only the first N rows of each suite"),
    out: Optional[Path] = typer.Option(None, "--out", help="Output directory (default eval/runs/<timestamp>)"),
    check: bool = typer.Option(False, "--check", help="Exit non-zero when a metric drops below its baseline tolerance"),
    fast: bool = typer.Option(False, "--fast", help="The CI subset of each suite"),
    judge: bool = typer.Option(False, "--judge", help="Also grade cases with the model (reported separately)"),
    baselines: Optional[Path] = typer.Option(None, "--baselines", help="Baseline directory (default eval/baselines)"),
) -> None:
    """Run suites; print the summary; write results.json, summary.md and report.html."""
    from eval.baseline import BASELINE_DIR, check_run
    from eval.registry import suite_names
    from eval.report import render_markdown
    from eval.runner import new_run_id, run_suites
    from eval.schema import RunOptions
    from eval.store import default_runs_dir, write_reports

    if backend not in (None, "local", "openai"):
        err_console.print(f"[red]error:[/red] --backend must be local or openai, not {backend!r}")
        raise typer.Exit(2)
    names = suites or suite_names()
    options = RunOptions(suites=names, backend=backend, base_url=base_url, model=model, limit=limit, fast=fast, judge=judge)
    out_dir = out or default_runs_dir() / new_run_id()
    try:
        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      console=err_console, transient=True) as bar:
            tasks: dict[str, int] = {}

            def progress(suite: str, done: int, total: int) -> None:
                if suite not in tasks:
                    tasks[suite] = bar.add_task(suite, total=total)
                bar.update(tasks[suite], completed=done)

            result = run_suites(names, options, out_dir, progress=progress)
    except FengtiaoError as exc:
        raise _fail(exc) from None
    gate = check_run(result, baselines or BASELINE_DIR) if check else None
    paths = write_reports(result, out_dir, gate)
    console.print(Markdown(render_markdown(result, gate, str(paths["report"]))))
    if gate is not None and not gate.passed:
        for failure in gate.failures:
            err_console.print(f"[red]regression:[/red] {failure.message}")
        raise typer.Exit(1)


@eval_app.command("compare")
def compare(run_a: Path = typer.Argument(..., help="Run directory (or results.json) A"),
            run_b: Path = typer.Argument(..., help="Run directory (or results.json) B")) -> None:
    """Side-by-side metrics with deltas, and the cases that flipped between pass and fail."""
    from eval.compare import compare_runs
    from eval.store import load_run

    try:
        cmp = compare_runs(load_run(run_a), load_run(run_b))
    except FengtiaoError as exc:
        raise _fail(exc) from None
    table = Table("suite", "metric", f"A {cmp.run_a}", f"B {cmp.run_b}", "Δ", title=f"A: {cmp.model_a}   B: {cmp.model_b}")
    for m in cmp.metrics:
        delta = m.delta
        style = "" if delta is None or abs(delta) < 1e-9 else ("green" if delta > 0 else "red")
        table.add_row(m.suite, m.metric + (" (model-graded)" if m.judged else ""),
                      "–" if m.a is None else f"{m.a:.3f}", "–" if m.b is None else f"{m.b:.3f}",
                      "–" if delta is None else f"[{style}]{delta:+.3f}[/{style}]" if style else f"{delta:+.3f}")
    console.print(table)
    if cmp.flips:
        flips = Table("suite", "case", "A", "B", title=f"{len(cmp.flips)} case(s) flipped")
        for f in cmp.flips:
            flips.add_row(f.suite, f.case_id, f.a, f.b)
        console.print(flips)
    else:
        console.print("No case flipped between pass and fail.")
    for note in cmp.notes:
        console.print(f"note: {note}")


@baseline_app.command("accept")
def baseline_accept(
    run_dir: Path = typer.Argument(..., help="Run directory (or results.json) to accept"),
    suite: Optional[list[str]] = typer.Option(None, "--suite", help="Only these suites (default: every suite that ran)"),
    baselines: Optional[Path] = typer.Option(None, "--baselines", help="Baseline directory (default eval/baselines)"),
) -> None:
    """Write eval/baselines/<suite>.json from a run (tolerances already set there are kept)."""
    from eval.baseline import BASELINE_DIR, accept_run
    from eval.store import load_run

    try:
        written = accept_run(load_run(run_dir), baselines or BASELINE_DIR, suite)
    except FengtiaoError as exc:
        raise _fail(exc) from None
    if not written:
        err_console.print("[yellow]No suite in that run finished with status ok; nothing accepted.[/yellow]")
        raise typer.Exit(1)
    for path in written:
        console.print(f"accepted {path}")


def register(app: typer.Typer) -> None:
    app.add_typer(eval_app, name="eval")
