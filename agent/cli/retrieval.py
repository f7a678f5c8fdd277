"""`fengtiao ingest`, `fengtiao search`, `fengtiao index …`: put documents in the index and find them with citations."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from agent.config import get_settings
from agent.errors import FengtiaoError

console = Console()
index_app = typer.Typer(help="The search index: stats, delete a document.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest)
    app.command("search")(search)
    app.add_typer(index_app, name="index")


def _fail(exc: FengtiaoError) -> None:
    console.print(f"[red]{escape(exc.message)}[/red]")
    raise typer.Exit(2)


def _progress_bar(title: str) -> tuple[Progress, object]:
    """A rich bar driven by IngestEvents: one step per file (or per instrument for the regulations)."""
    bar = Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                   TextColumn("{task.fields[current]}"), console=console, transient=False)
    task = bar.add_task(title, total=None, current="")

    def on_event(ev) -> None:  # IngestEvent
        if ev.status == "start":
            bar.update(task, total=ev.total, current=escape(Path(ev.file).name))
        else:
            bar.update(task, completed=ev.index)

    return bar, on_event


def _summary_table(summary) -> None:
    table = Table("file", "type", "tenant", "chunks", "added", title="ingest summary")
    for d in summary.documents:
        table.add_row(escape(d.file), d.doc_type, d.tenant or "public", str(d.chunks), str(d.added))
    for f in summary.failures:
        table.add_row(escape(f.file), "[red]failed[/red]", "", "", f"[red]{escape(f.kind)}: {escape(f.reason)}[/red]")
    console.print(table)
    console.print(f"{summary.files} files, {summary.chunks_added} chunks added, "
                  f"{summary.skipped_duplicates} already indexed, {len(summary.failures)} failed "
                  f"({summary.seconds:.1f}s)")


def ingest(
    paths: Optional[list[Path]] = typer.Argument(None, help="Files or folders to index"),
    tenant: Optional[str] = typer.Option(None, "--tenant", "-t", help="Owning institution (default: FENGTIAO_DEFAULT_TENANT; "
                                         "regulations without --tenant are public)"),
    doc_type: str = typer.Option("auto", "--type", help="contract | invoice | regulation | receipt | other | auto"),
    builtin_regulations: bool = typer.Option(False, "--builtin-regulations", help="Index the shipped law corpus (public)"),
    borrower: Optional[str] = typer.Option(None, "--borrower", "-b", help="File the documents under this borrower "
                                           "(unified social credit code): search filter, and the chat reads their "
                                           "self-statements against the borrower's records"),
    as_json: bool = typer.Option(False, "--json", help="Print the summary as JSON"),
) -> None:
    """Index documents for search. Each file is all-or-nothing; a bad file is reported and the rest go on."""
    from retrieval.ingest import ingest_builtin_regulations, ingest_paths

    if not paths and not builtin_regulations:
        console.print("[red]give files or folders to index, or --builtin-regulations[/red]")
        raise typer.Exit(2)
    if doc_type not in ("auto", "contract", "invoice", "regulation", "receipt", "other"):
        console.print(f"[red]unknown --type {escape(doc_type)}; use contract, invoice, regulation, receipt, other or auto[/red]")
        raise typer.Exit(2)
    owner = tenant if tenant is not None else (None if doc_type == "regulation" else get_settings().default_tenant)
    summaries = []
    try:
        if builtin_regulations:
            bar, on_event = _progress_bar("regulations")
            with bar:
                summaries.append(ingest_builtin_regulations(progress=on_event))
        if paths:
            bar, on_event = _progress_bar("ingest")
            with bar:
                summaries.append(ingest_paths(paths, tenant=owner, doc_type=doc_type, progress=on_event,  # type: ignore[arg-type]
                                              borrower_id=borrower))
    except FengtiaoError as exc:
        _fail(exc)
    for s in summaries:
        if as_json:
            typer.echo(s.model_dump_json(indent=2))
        else:
            _summary_table(s)
    if any(s.failures for s in summaries):
        raise typer.Exit(1)


def search(
    query: str = typer.Argument(..., help="What to look for, in Chinese or English"),
    doc_type: Optional[str] = typer.Option(None, "--type", help="Only this document type (regulation, contract, invoice, …)"),
    tenant: Optional[str] = typer.Option(None, "--tenant", "-t", help="Search public documents plus this tenant's "
                                         "(default: FENGTIAO_DEFAULT_TENANT)"),
    public_only: bool = typer.Option(False, "--public-only", help="Search public documents (regulations) only"),
    k: int = typer.Option(5, "-k", help="Number of results"),
    method: str = typer.Option("hybrid", "--method", help="hybrid | dense | bm25"),
    borrower: Optional[str] = typer.Option(None, "--borrower", "-b", help="Only documents filed under this borrower "
                                           "(unified social credit code)"),
    as_json: bool = typer.Option(False, "--json", help="Machine-readable output"),
) -> None:
    """Find passages with their citations (instrument + article + 编/章/节 path)."""
    from retrieval.ingest import builtin_regulations_current, ingest_builtin_regulations
    from retrieval.search import search as run_search
    from retrieval.store import check_borrower

    who = None if public_only else (tenant or get_settings().default_tenant)
    try:
        if not builtin_regulations_current():  # fresh data dir: index the shipped laws first, with a bar
            bar, on_event = _progress_bar("first use: indexing the built-in regulations")
            with bar:
                ingest_builtin_regulations(progress=on_event)
        filters = {"borrower_id": check_borrower(borrower)} if borrower else None
        hits = run_search(query, tenant=who, k=k, doc_type=doc_type, method=method, filters=filters)  # type: ignore[arg-type]
    except FengtiaoError as exc:
        _fail(exc)
    if as_json:
        typer.echo(json.dumps([h.model_dump() | {"citation": h.citation} for h in hits], ensure_ascii=False, indent=2))
        return
    if not hits:
        console.print("no matching passages")
        return
    for i, h in enumerate(hits, start=1):
        where = " / ".join(h.path)
        scores = " ".join(f"{k}={v:.3f}" for k, v in h.scores.items())
        console.print(f"[bold]{i}. {escape(h.citation)}[/bold]  [dim]{escape(where)}[/dim]")
        console.print(f"   [dim]{escape(h.source_path)} chars {h.start}-{h.end}"
                      f"{f' p.{h.page}' if h.page else ''} · {h.tenant or 'public'} · {scores}[/dim]")
        snippet = " ".join(h.text.split())
        console.print(f"   {escape(snippet[:160])}{'…' if len(snippet) > 160 else ''}")


@index_app.command("stats")
def stats(as_json: bool = typer.Option(False, "--json", help="Machine-readable output")) -> None:
    """How many chunks and documents the index holds, by type and tenant."""
    from retrieval.store import stats as index_stats

    try:
        st = index_stats()
    except FengtiaoError as exc:
        _fail(exc)
    if as_json:
        typer.echo(st.model_dump_json(indent=2))
        return
    table = Table("what", "value", title="index")
    for key in ("backend", "location", "collection", "embedding_model", "chunks", "documents"):
        table.add_row(key, escape(str(getattr(st, key))))
    for t, n in sorted(st.by_doc_type.items()):
        table.add_row(f"type {t}", str(n))
    for t, n in sorted(st.by_tenant.items()):
        table.add_row(f"tenant {t}", str(n))
    console.print(table)


@index_app.command("delete")
def delete(
    doc: str = typer.Option(..., "--doc", help="Document id (from the ingest summary or search --json)"),
    tenant: Optional[str] = typer.Option(None, "--tenant", "-t", help="Owning tenant (default: FENGTIAO_DEFAULT_TENANT)"),
    public: bool = typer.Option(False, "--public", help="Delete a public (regulation) document"),
) -> None:
    """Remove one document's chunks from the index."""
    from retrieval.store import delete_document

    try:
        n = delete_document(doc, tenant=None if public else (tenant or get_settings().default_tenant))
    except FengtiaoError as exc:
        _fail(exc)
    if n == 0:
        console.print(f"[yellow]no chunks of document {escape(doc)} in that tenant's scope; nothing deleted[/yellow]")
        raise typer.Exit(1)
    console.print(f"deleted {n} chunks of document {escape(doc)}")
