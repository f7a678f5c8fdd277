"""`fengtiao keys create|list|revoke` and `fengtiao audit verify|tail`: the administrator's side of security."""
from __future__ import annotations

import json

import typer
from rich.console import Console
from rich.table import Table

from agent.errors import FengtiaoError

console = Console()
keys_app = typer.Typer(help="API keys per tenant (each key acts for exactly one institution).", no_args_is_help=True)
audit_app = typer.Typer(help="The hash-chained audit log of API requests.", no_args_is_help=True)


def _fail(exc: FengtiaoError) -> None:
    console.print(f"[red]error:[/red] {exc.message}")
    raise typer.Exit(1)


@keys_app.command("create")
def keys_create(tenant: str = typer.Option(..., "--tenant", help="Registered tenant (FENGTIAO_TENANTS)"),
                name: str = typer.Option("", "--name", help="What the key is for, e.g. 'credit-team laptop'"),
                as_json: bool = typer.Option(False, "--json")) -> None:
    """Create a key and print it once; only its hash is stored."""
    from agent.security.keys import create_key

    try:
        created = create_key(tenant, name)
    except FengtiaoError as exc:
        _fail(exc)
    if as_json:
        typer.echo(created.model_dump_json())
        return
    console.print(f"key id [bold]{created.id}[/bold] for tenant [bold]{created.tenant}[/bold]"
                  " — copy it now, it cannot be shown again:")
    typer.echo(created.key)


@keys_app.command("list")
def keys_list(tenant: str | None = typer.Option(None, "--tenant"), as_json: bool = typer.Option(False, "--json")) -> None:
    """List keys (id, tenant, name, first characters, created, revoked) — never the keys themselves."""
    from agent.security.keys import list_keys

    keys = list_keys(tenant=tenant)
    if as_json:
        typer.echo(json.dumps([k.model_dump() for k in keys], ensure_ascii=False))
        return
    table = Table("id", "tenant", "name", "key", "created", "revoked")
    for k in keys:
        table.add_row(k.id, k.tenant, k.name, k.hint, k.created_at, k.revoked_at or "")
    console.print(table)


@keys_app.command("revoke")
def keys_revoke(key_id: str = typer.Argument(..., help="Key id from `fengtiao keys list`")) -> None:
    """Revoke a key; requests with it get 401 from now on."""
    from agent.security.keys import revoke_key

    try:
        info = revoke_key(key_id)
    except FengtiaoError as exc:
        _fail(exc)
    console.print(f"revoked {info.id} (tenant {info.tenant}) at {info.revoked_at}")


@audit_app.command("verify")
def audit_verify(as_json: bool = typer.Option(False, "--json")) -> None:
    """Recompute the hash chain; exit 1 naming the first row that was changed or removed."""
    from agent.security.audit import verify_chain

    report = verify_chain()
    if as_json:
        typer.echo(report.model_dump_json())
    elif report.ok:
        console.print(f"audit log intact: {report.rows} rows, head {report.head}")
    else:
        console.print(f"[red]audit log broken at row {report.first_bad_id}[/red]: {report.reason}")
    if not report.ok:
        raise typer.Exit(1)


@audit_app.command("tail")
def audit_tail(n: int = typer.Option(20, "-n", help="How many of the newest rows"), as_json: bool = typer.Option(False, "--json")) -> None:
    """Show the newest audit rows."""
    from agent.security.audit import read_rows

    rows = read_rows(limit=n)
    if as_json:
        typer.echo(json.dumps([r.model_dump() for r in rows], ensure_ascii=False))
        return
    table = Table("id", "time", "key", "tenant", "method", "route", "resource", "status")
    for r in rows:
        table.add_row(str(r.id), r.ts, r.key_id or "", r.tenant or "", r.method, r.route, r.resource_id or "", str(r.status))
    console.print(table)


def register(app: typer.Typer) -> None:
    app.add_typer(keys_app, name="keys")
    app.add_typer(audit_app, name="audit")
