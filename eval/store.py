"""Where runs live on disk and how they are read back (`compare`, `baseline accept`, `--check`)."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from agent.errors import DocumentError
from eval.schema import RunResult

if TYPE_CHECKING:
    from eval.baseline import GateReport

RESULTS_FILE = "results.json"
SUMMARY_FILE = "summary.md"
REPORT_FILE = "report.html"


def default_runs_dir() -> Path:
    """`eval/runs/` under the working directory (gitignored)."""
    return Path.cwd() / "eval" / "runs"


def write_results(run: RunResult, out_dir: Path) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / RESULTS_FILE
    path.write_text(run.model_dump_json(indent=1), encoding="utf-8")
    return path


def load_run(path: Path) -> RunResult:
    """Accept a run directory or its results.json."""
    file = path / RESULTS_FILE if path.is_dir() else path
    if not file.is_file():
        raise DocumentError(str(path), f"no {RESULTS_FILE} here; pass a directory written by `fengtiao eval run`", kind="missing")
    try:
        return RunResult.model_validate_json(file.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise DocumentError(str(file), f"not a fengtiao eval results file ({str(exc)[:200]})", kind="invalid") from exc


def write_reports(run: RunResult, out_dir: Path, gate: "GateReport | None" = None) -> dict[str, Path]:
    """results.json, summary.md and report.html in `out_dir`."""
    from eval.report import render_html, render_markdown

    paths = {"results": write_results(run, out_dir), "summary": out_dir / SUMMARY_FILE, "report": out_dir / REPORT_FILE}
    paths["summary"].write_text(render_markdown(run, gate), encoding="utf-8")
    paths["report"].write_text(render_html(run, gate), encoding="utf-8")
    return paths
