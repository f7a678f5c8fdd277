"""`fengtiao demo`: the whole pipeline as far as it is built, on data shipped in the repo, on the embedded default.

ingest → search → extract → warn → draft → ask the agent. Every stage prints what it did and how long.
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
# asked after QUESTION when no --question is given: the rate in it is converted and checked against the LPR by code
RATE_QUESTION = "2023年5月10日借给朋友10万元，约定月利率2%，超出上限的利息还能要吗？"
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
    _stage("3 extract: invoices", timings, _invoices)
    _stage("3 extract: receipts", timings, _receipts)
    _stage("4 warn: contract", timings, lambda: _warn(contract))
    _stage("4 warn: borrowers", timings, _borrower_warnings)
    _stage("5 draft: mediation", timings, _mediation)
    if not skip_llm:
        questions = [question, RATE_QUESTION] if question == QUESTION else [question]
        _stage("6 ask the agent", timings, lambda: _ask(questions, tenant))
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
    docs = ingest_paths([*SAMPLES.glob("借款合同*"), SAMPLES / "invoices"], tenant=tenant)
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


def _invoices() -> None:
    from agent.config import get_settings
    from agent.jobs.engine import create_job, job_results, run_job

    out = get_settings().path("demo", "invoices.jsonl")
    job = create_job("invoices", SAMPLES / "invoices")
    with _progress() as bar:
        task = bar.add_task("invoices", total=job.total or None)
        info = run_job(job.id, out=out, on_progress=lambda *a, **k: bar.advance(task))
    table = Table("file", "status", "发票号码", "开票日期", "价税合计", "checks and flags", title="invoice batch (one record per file)")
    table.columns[0].no_wrap = True
    for rec in job_results(job.id):
        f = rec.get("fields") or {}
        if rec["status"] == "error":
            notes = [f"{e.get('kind', '')}: {e.get('message', '')}" if isinstance(e, dict) else str(e) for e in rec.get("errors", [])]
        else:
            notes = [e.get("code", str(e)) if isinstance(e, dict) else str(e) for e in rec.get("errors", [])]
            notes += [fl.get("code", str(fl)) if isinstance(fl, dict) else str(fl) for fl in rec.get("flags", [])]
        table.add_row(Path(rec["file"]).name, rec["status"], str(f.get("invoice_number") or ""), str(f.get("issue_date") or ""),
                      str(f.get("total_with_tax") or ""), ", ".join(notes))
    console.print(table)
    console.print(f"job {info.id}: {info.ok} ok, {info.error} errors of {info.total} files → {out.resolve()}")


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


def _borrower_warnings() -> None:
    from collections import Counter
    from datetime import date

    from agent.config import get_settings
    from agent.errors import FengtiaoError
    from agent.risk.generator import generate
    from agent.risk.importer import import_dir
    from agent.risk.operating_score import score_borrower, train_operating_scorecard
    from agent.risk.report import borrower_report_html
    from agent.risk.scan import scan

    work = get_settings().path("demo", "risk", "x").parent
    db = work / "risk.db"
    db.unlink(missing_ok=True)  # the demo rebuilds its synthetic portfolio every run
    url = f"sqlite:///{db}"
    tenant, n = "T01", 300
    # one institution holds most of the book, so it has enough of its own defaults to train a scorecard on
    shares = {f"T{i:02d}": (0.6 if f"T{i:02d}" == tenant else 0.08) for i in range(1, 7)}
    # the market's data runs up to today, so warnings "as of today" and the figures behind them agree
    truth = generate(seed=7, n=n, out=work / "data", tenant_shares=shares, as_of=date.today())
    report = import_dir(work / "data", url=url)
    rows = sum(f.accepted for f in report.files)
    console.print(f"synthetic portfolio: {n} enterprises, {rows} rows imported; planted: {len(truth.get('rings', []))} rings, "
                  f"{len(truth.get('multi_lender', []))} multi-lender, {len(truth.get('deteriorating', []))} deteriorating")
    found = scan(url=url)
    warns = found.get(tenant, [])
    counts = Counter((w.signal, w.level) for w in warns)
    console.print(f"tenant {tenant}: {len(warns)} warnings — " + ", ".join(f"{sig}/{lvl} {c}" for (sig, lvl), c in sorted(counts.items())))
    table = Table("borrower", "signal", "level", "why (numbers from code)", title=f"early warnings for {tenant} (first 6)")
    order = {"red": 0, "orange": 1, "yellow": 2}
    for w in sorted(warns, key=lambda w: order[w.level])[:6]:
        table.add_row(w.borrower_id, w.signal, w.level, w.message_zh)
    console.print(table)
    try:
        trained = train_operating_scorecard(tenant, url=url)
        console.print(f"operating-risk scorecard v{trained.version} for {tenant}: {trained.borrowers} borrowers, "
                      f"{trained.bads} defaults; held-out AUC {trained.auc}, KS {trained.ks}")
    except FengtiaoError as exc:
        console.print(f"[yellow]no scorecard trained: {exc.message}[/yellow]")
    if not warns:
        return
    worst = min(warns, key=lambda w: order[w.level])
    try:
        score = score_borrower(worst.borrower_id, tenant=tenant, url=url)
        console.print(f"score of {worst.borrower_id}: {score.points:.0f} points ({score.band_label_zh}); reasons: "
                      + "; ".join(r.code for r in score.reasons))
    except FengtiaoError as exc:
        console.print(f"[yellow]{exc.message}[/yellow]")
    out = work / f"经营风险评分报告-{worst.borrower_id}.html"
    out.write_text(borrower_report_html(worst.borrower_id, tenant=tenant, url=url), encoding="utf-8")
    console.print(f"risk report for {worst.borrower_id}: [bold]{out.resolve()}[/bold]")


def _mediation() -> None:
    from agent.config import get_settings
    from agent.mediation.service import export_docx, resume_case, start_case

    dispute = next(SAMPLES.glob("dispute-*.yaml"))
    view = start_case(dispute)
    review = view.get("review_request") or {}
    console.print(f"case {view['case_id']}: legally supportable claim [bold]{review.get('supportable', view['options']['supportable'])}[/bold] "
                  f"vs {view['options']['as_written']} as written in the contract")
    table = Table("#", "option", "total", "months", "lender recovery %", title="settlement options (computed by code)")
    for opt in view["options"]["options"]:
        table.add_row(str(opt["n"]), opt["title_zh"], opt["total"], str(opt["months"]), opt["recovery_pct"])
    console.print(table)
    if view["awaiting_review"]:
        console.print("mediator review: [bold]auto-approved in demo mode[/bold] (recommended option)")
        view = resume_case(view["case_id"], {"action": "approve"})
    out = export_docx(view["case_id"], get_settings().path("demo", f"调解协议书-{view['case_id']}.docx"))
    console.print(f"approved 调解协议书 (DOCX): [bold]{out.resolve()}[/bold]")


def _ask(questions: list[str], tenant: str) -> None:
    from agent.cli.ask import stream_answer
    from agent.graph.builder import build_chat_graph
    from agent.llm.registry import get_backend

    backend = get_backend()
    console.print(f"backend: {backend.name} ({backend.model_id})")
    graph = build_chat_graph()
    for i, question in enumerate(questions):
        t0 = time.perf_counter()
        console.print(f"[bold]问：[/bold]{question}")
        out = stream_answer(graph, question, tenant, report=console)
        took = f"{time.perf_counter() - t0:.1f}s" + (" incl. model load" if i == 0 else "")
        console.print(Panel(out.get("answer", ""), title=f"answer with citations ({took})"))
