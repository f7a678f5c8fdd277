"""`fengtiao ask "…"`: one question to the chat agent from the shell, answered with the evidence it cites.

The same graph, checkpointer and tenant rules as `POST /v1/chat`; `--thread` continues a conversation (the borrower
in focus stays), `--json` prints what the API's `done` event carries.
"""
from __future__ import annotations

import json
import sys
import uuid
from contextlib import nullcontext
from typing import Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table

from agent.errors import FengtiaoError, NotFound

console = Console()
err = Console(stderr=True)


def register(app: typer.Typer) -> None:
    app.command("ask")(ask)


def ask(
    question: str = typer.Argument(..., help="The question, e.g. 这份借款合同的利率合法吗？"),
    tenant: Optional[str] = typer.Option(None, "--tenant", "-t", help="Institution whose documents and borrowers"),
    thread: Optional[str] = typer.Option(None, "--thread", help="Continue this thread (printed by an earlier ask)"),
    as_json: bool = typer.Option(False, "--json", help="Machine-readable: answer, evidence, model, thread id"),
) -> None:
    """Ask the agent; it searches regulations, your documents and borrower data, then answers citing them."""
    from agent.graph.builder import build_chat_graph, open_checkpointer, thread_config, thread_state
    from agent.tenancy import resolve_tenant

    if not question.strip():
        err.print("[red]the question is empty: type what you want to know[/red]")
        raise typer.Exit(2)
    try:
        tenant = resolve_tenant(tenant)
        saver = open_checkpointer()
    except FengtiaoError as exc:
        err.print(f"[red]{escape(exc.message)}[/red]")
        raise typer.Exit(2)
    thread_id = thread or uuid.uuid4().hex
    try:
        graph = build_chat_graph(saver)
        if thread:
            thread_state(graph, thread_id, tenant)   # NotFound for another tenant's thread
        final = stream_answer(graph, question, tenant, thread_config(thread_id), report=None if as_json else err)
    except NotFound as exc:
        err.print(f"[red]{escape(exc.message)}[/red]")
        raise typer.Exit(2)
    except FengtiaoError as exc:
        err.print(f"[red]{escape(exc.message)}[/red]")
        raise typer.Exit(1)
    finally:
        saver.conn.close()
    if as_json:
        sys.stdout.write(json.dumps({"thread_id": thread_id, "answer": final.get("answer", ""),
                                     "model": final.get("model"), "borrower_id": final.get("borrower_id"),
                                     "evidence": final.get("evidence", []), "error": final.get("error")},
                                    ensure_ascii=False, indent=1) + "\n")
        return
    _show(final, thread_id)


def stream_answer(graph, question: str, tenant: str | None, config: dict | None = None, *,
                  report: Console | None = None) -> dict:
    """Run the chat graph on one question and return its final state; with `report`, show a spinner there and
    print the tools the router chose and any warning or tool error as they happen."""
    final: dict = {}
    with report.status("检索与作答中…", spinner="dots") if report else nullcontext():
        for mode, payload in graph.stream({"question": question, "tenant": tenant}, config,
                                          stream_mode=["custom", "values"]):
            if mode == "values":
                final = payload
            elif report and payload.get("type") == "progress" and payload.get("step") == "route":
                report.print(f"tools: {', '.join(payload['tools'])}"
                             + (f" · borrower {payload['borrower_id']}" if payload.get("borrower_id") else ""))
            elif report and payload.get("type") in ("warning", "error"):
                report.print(f"[yellow]{escape(payload.get('message', ''))}[/yellow]")
    return final


def _show(final: dict, thread_id: str) -> None:
    console.print(Panel(escape(final.get("answer", "")), title=f"answer · {escape(str(final.get('model', '')))}"))
    evidence = final.get("evidence", [])
    if evidence:
        table = Table(title="evidence cited by number")
        table.add_column("[n]")
        table.add_column("source", ratio=1)
        table.add_column("passage", ratio=1, no_wrap=True, overflow="ellipsis")
        for e in evidence:
            table.add_row(str(e["n"]), escape(e.get("citation", "")), escape(" ".join(e.get("text", "").split())))
        console.print(table)
    console.print(f"thread {thread_id} (continue with --thread {thread_id})")
