"""`fengtiao demo`: the whole pipeline as far as it is built, on data shipped in the repo, on the embedded default.

ingest → search → extract → warn → (draft: not built yet) → ask the agent. Every stage prints what it did and how long.
"""
from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

import typer
from rich.console import Console
from rich.panel import Panel
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SROIE = Path(__import__("eval").__file__).resolve().parent / "datasets" / "sroie-dev" / "receipts.jsonl"
QUESTION = "保证人和出借人没有约定保证期间，保证责任多久到期？"
console = Console()


def register(app: typer.Typer) -> None:
    app.command("demo")(demo)


def demo(
    question: str = typer.Option(QUESTION, "--question", "-q", help="What to ask the agent at the end"),
    tenant: str = typer.Option("demo", help="Institution the sample documents belong to"),
    skip_llm: bool = typer.Option(False, "--skip-llm", help="Stop before loading the LLM"),
) -> None:
    """Run ingest → search → extract → warn → answer on the shipped samples and print what each stage found."""
    timings: dict[str, float] = {}
    console.print(Panel.fit("风调 fengtiao demo — embedded default, no network, shipped data", style="bold"))
    _stage("1 ingest", timings, lambda: _ingest(tenant))
    _stage("2 search", timings, lambda: _search(question, tenant))
    contract = _stage("3 extract: contract", timings, _contract)
    _stage("3 extract: receipts", timings, _receipts)
    _stage("4 warn", timings, lambda: _warn(contract))
    console.rule("5 draft")
    console.print("[dim]mediation drafting is not built yet (issue: Mediation); the contract findings above are its inputs[/dim]")
    if not skip_llm:
        _stage("6 ask the agent", timings, lambda: _ask(question, tenant))
    table = Table("stage", "seconds", title="timings")
    for name, secs in timings.items():
        table.add_row(name, f"{secs:.1f}")
    console.print(table)


def _stage(name: str, timings: dict[str, float], fn: Callable[[], object]) -> object:
    console.rule(name)
    t0 = time.perf_counter()
    out = fn()
    timings[name] = time.perf_counter() - t0
    return out


def _progress() -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=console)


def _ingest(tenant: str) -> None:
    from retrieval.ingest import ensure_builtin_regulations, ingest_paths

    with _progress() as bar:
        task = bar.add_task("regulations", total=None)

        def on_event(ev) -> None:
            bar.update(task, total=ev.total, completed=ev.index - (ev.status == "start"), description=f"regulations: {Path(ev.file).stem[:24]}")

        summary = ensure_builtin_regulations(progress=on_event)
    if summary is None:
        console.print("regulations already indexed (current version)")
    else:
        console.print(f"regulations: {summary.files} instruments, {summary.chunks_added} article chunks in {summary.seconds}s")
    docs = ingest_paths([p for p in sorted(SAMPLES.iterdir()) if p.name != "SOURCE.md"], tenant=tenant)
    console.print(f"samples for tenant [bold]{tenant}[/bold]: {docs.files} files, {docs.chunks_added} chunks added, "
                  f"{docs.skipped_duplicates} already indexed, {len(docs.failures)} failed")
    for f in docs.failures:
        console.print(f"  [red]{f.file}: {f.kind}: {f.reason}[/red]")


def _search(question: str, tenant: str) -> None:
    from retrieval.search import search

    table = Table("#", "citation", "score", "text", title=f"hybrid search: {question}")
    for i, hit in enumerate(search(question, tenant=tenant, k=3), start=1):
        table.add_row(str(i), hit.citation, f"{hit.score:.3f}", hit.text[:70].replace("\n", " "))
    console.print(table)


def _contract():
    from agent.contracts.check import check_contract

    path = next(SAMPLES.glob("借款合同*.txt"))
    report = check_contract(path)
    table = Table("field", "value", title=f"contract features: {path.name}")
    for k, v in report.fields.items():
        if v is not None:
            table.add_row(k, str(v))
    console.print(table)
    return report


def _receipts() -> None:
    from agent.invoices.receipts import extract_receipt

    rows = [json.loads(line) for line in SROIE.read_text(encoding="utf-8").splitlines()[:3]]
    table = Table("receipt", "company", "date", "total", "gold total", title="receipt extraction (SROIE OCR lines)")
    for row in rows:
        res = extract_receipt(row["lines"])
        fields = res.fields if hasattr(res, "fields") else res
        table.add_row(row["id"], str(fields.get("company")), str(fields.get("date")), str(fields.get("total")), row["gold"]["total"])
    console.print(table)


def _warn(report) -> None:
    table = Table("rule", "severity", "finding", "cites", title="contract findings (deterministic rules)")
    for f in report.findings:
        table.add_row(f.rule_id, f.severity, f.explanation_zh[:80], "; ".join(f"《{c.instrument}》{c.label}" for c in f.citations))
    console.print(table)


def _ask(question: str, tenant: str) -> None:
    from agent.graph.builder import build_chat_graph
    from agent.llm.registry import get_backend

    t0 = time.perf_counter()
    backend = get_backend()
    console.print(f"backend: {backend.name} ({backend.model_id})")
    graph = build_chat_graph()
    out = {}
    console.print(f"[bold]问：[/bold]{question}")
    console.print("[bold]答：[/bold]", end="")
    for mode, payload in graph.stream({"question": question, "tenant": tenant}, stream_mode=["custom", "values"]):
        if mode == "custom" and payload.get("type") == "text":
            console.print(payload["text"], end="", highlight=False)
        elif mode == "values":
            out = payload
    console.print()
    console.print(Panel(out.get("answer", ""), title=f"answer with citations ({time.perf_counter() - t0:.1f}s incl. model load)"))
