"""`fengtiao extract invoices|receipts DIR|ZIP --out results.jsonl`: resumable batch extraction with a progress bar."""
from __future__ import annotations

from collections import Counter
from enum import Enum
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from agent.errors import FengtiaoError

console = Console(stderr=True)


class Engine(str, Enum):
    local = "local"
    ray = "ray"


ENGINE_HELP = "local: worker processes on this machine; ray: Ray tasks (local Ray, or the cluster at --ray-address)"


def _run(kind: str, source: Path, out: Path, csv_path: Path | None, workers: int, options: dict,
         engine: Engine = Engine.local, ray_address: str | None = None, xlsx_path: Path | None = None) -> None:
    from agent.jobs import create_job, job_results, run_job

    try:
        job = create_job(kind, source, options=options)  # type: ignore[arg-type]
    except FengtiaoError as exc:
        console.print(f"[red]{exc.message}[/red]")
        raise typer.Exit(2) from None
    if job.done:
        console.print(f"resuming job {job.id}: {job.done} file(s) already done are skipped by content hash")
    columns = (TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
               TextColumn("{task.fields[last]}"))
    with Progress(*columns, console=console, transient=False) as progress:
        task = progress.add_task(f"extract {kind}", total=None, last="")

        def on_progress(done: int, total: int, record: dict) -> None:
            progress.update(task, completed=done, total=total, last=record.get("file", "")[-40:])

        try:
            info = run_job(job.id, workers=workers, out=out, csv_path=csv_path, on_progress=on_progress,
                           engine=engine.value, ray_address=ray_address, xlsx_path=xlsx_path)
        except FengtiaoError as exc:
            console.print(f"[red]{exc.message}[/red]")
            raise typer.Exit(2) from None
    records = job_results(job.id)
    table = Table(title=f"job {info.id} — {kind}", show_lines=False)
    for col in ("files", "ok", "errors", "with validation findings", "flags"):
        table.add_column(col, justify="right")
    findings = sum(1 for r in records if r["errors"] and r["status"] == "ok")
    flags = Counter(f["code"] for r in records for f in r.get("flags", []))
    table.add_row(str(info.total), str(info.ok), str(info.error), str(findings),
                  ", ".join(f"{k}×{v}" for k, v in flags.items()) or "-")
    console.print(table)
    kinds = Counter((e.get("kind") or e.get("type")) for r in records if r["status"] == "error" for e in r["errors"])
    if kinds:
        console.print("errors by kind: " + ", ".join(f"{k}×{v}" for k, v in kinds.items()))
    extra = [str(p) for p in (csv_path, xlsx_path) if p]
    console.print(f"wrote {len(records)} records to {out}" + (f" and {', '.join(extra)}" if extra else ""))


def register(app: typer.Typer) -> None:
    extract_app = typer.Typer(help="Batch extraction from a directory or zip of documents (resumable).", no_args_is_help=True)

    @extract_app.command("invoices")
    def extract_invoices(
        source: Path = typer.Argument(..., help="Directory or .zip of PDFs, images, e-invoice XML or text"),
        out: Path = typer.Option(..., "--out", help="JSONL output, one record per input file"),
        csv_path: Path | None = typer.Option(None, "--csv", help="Also write a CSV summary"),
        workers: int = typer.Option(1, "--workers", min=1, help="Worker processes"),
        use_llm: bool = typer.Option(False, "--use-llm", help="Ask the LLM for fields the rules miss or that fail validation"),
        xlsx_path: Path | None = typer.Option(None, "--xlsx", help="Also write an Excel workbook (results + errors sheets)"),
        engine: Engine = typer.Option(Engine.local, "--engine", help=ENGINE_HELP),
        ray_address: str | None = typer.Option(None, "--ray-address", help="Ray cluster address (with --engine ray)"),
    ) -> None:
        """Chinese VAT invoices (数电票, 专票/普票): fields with evidence, validation findings, lending flags."""
        _run("invoices", source, out, csv_path, workers, {"use_llm": True} if use_llm else {}, engine, ray_address,
             xlsx_path)

    @extract_app.command("receipts")
    def extract_receipts(
        source: Path = typer.Argument(..., help="Directory or .zip of OCR-lines JSON, text, images or PDFs"),
        out: Path = typer.Option(..., "--out", help="JSONL output, one record per input file"),
        csv_path: Path | None = typer.Option(None, "--csv", help="Also write a CSV summary"),
        workers: int = typer.Option(1, "--workers", min=1, help="Worker processes"),
        xlsx_path: Path | None = typer.Option(None, "--xlsx", help="Also write an Excel workbook (results + errors sheets)"),
        engine: Engine = typer.Option(Engine.local, "--engine", help=ENGINE_HELP),
        ray_address: str | None = typer.Option(None, "--ray-address", help="Ray cluster address (with --engine ray)"),
    ) -> None:
        """Shop receipts: company, date, address, total with the line each came from."""
        _run("receipts", source, out, csv_path, workers, {}, engine, ray_address, xlsx_path)

    app.add_typer(extract_app, name="extract")
