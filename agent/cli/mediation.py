"""`fengtiao mediation new|show|approve|export`: a dispute file → ledger, options, drafts → approved DOCX."""
from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

console = Console()


def _print_case(view: dict) -> None:
    a, o = view.get("assessment") or {}, view.get("options") or {}
    if a:
        t = Table("日期", "事项", "金额", "天数", "年利率", "计提利息", "抵费用", "抵利息", "抵本金", "本金余额", "欠息", "规则",
                  title=f"计算明细 Ledger — {view['case_id']}")
        for ln in a["supportable"]["lines"]:
            t.add_row(ln["date"], ln["event_zh"], ln["amount"], str(ln["days"]), ln["rate"], ln["interest_accrued"],
                      ln["to_fees"], ln["to_interest"], ln["to_principal"], ln["principal_balance"], ln["interest_balance"],
                      ln["rule_id"])
        console.print(t)
        tot = a["supportable"]["totals"]
        console.print(f"依法可支持 supportable: [bold]{tot['total_outstanding']}[/bold]  合同口径 as written: "
                      f"{a['as_written']['totals']['total_outstanding']}  时效 limitation expires {a['limitation']['expires']}"
                      + (" [red](expired)[/red]" if a["limitation"]["expired"] else ""))
    if o:
        t = Table("No.", "方案 option", "total", "months", "monthly", "recovery %", "burden %", title="调解方案 Options")
        for x in o["options"]:
            mark = " ★" if x["n"] == view.get("chosen") else ""
            t.add_row(f"{x['n']}{mark}", x["title_zh"], x["total"], str(x["months"]), str(x["monthly"] or "—"),
                      str(x["recovery_pct"]), str(x["burden_pct"] or "—"))
        console.print(t)
        console.print(escape(o["zopa"].get("note_zh") or ""))
    for kind, info in (view.get("drafts") or {}).items():
        console.print(f"{kind}: {info['path']} (v{info['version']}, {info['source']})")
    for kind, checks in (view.get("checks") or {}).items():
        bad = [c for c in checks if not c["ok"]]
        console.print(f"checks {kind}: " + ("[green]all passed[/green]" if not bad else escape(json.dumps(bad, ensure_ascii=False))))
    console.print(f"status: [bold]{view.get('status')}[/bold]" + (" — awaiting mediator review" if view.get("awaiting_review") else ""))
    if view.get("final"):
        console.print(f"DOCX: {view['final']['agreement_docx']}")


def _fail(exc: Exception) -> None:
    console.print(f"[red]{escape(str(exc))}[/red]")
    raise typer.Exit(1)


def _tenant(tenant: str | None) -> str | None:
    """A registered institution (FENGTIAO_TENANTS) or None for the local operator; unknown ones exit 2."""
    from agent.errors import TenantAccessError
    from agent.tenancy import resolve_tenant

    try:
        return resolve_tenant(tenant)
    except TenantAccessError as exc:
        _fail(exc)
        raise  # unreachable: _fail exits


def register(app: typer.Typer) -> None:
    med = typer.Typer(help="Loan-dispute mediation: ledger, settlement options, memo and 调解协议书.", no_args_is_help=True)
    app.add_typer(med, name="mediation")

    @med.command("new")
    def new(file: Path = typer.Argument(..., help="Dispute file (.yaml / .json), see agent/samples/dispute-宏达商贸.yaml"),
            use_llm: bool = typer.Option(False, "--llm", help="Let the model polish prose paragraphs (checked)"),
            lang: str = typer.Option(None, "--lang", help="zh (default) or en"),
            as_json: bool = typer.Option(False, "--json"), tenant: str = typer.Option(None, "--tenant", help="Institution the case belongs to (default: the local operator)")) -> None:
        """Create a case and run it to the mediator's review; prints the ledger, options and draft paths."""
        from agent.errors import FengtiaoError
        from agent.mediation.service import start_case

        try:
            view = start_case(file, use_llm=use_llm, lang=lang, tenant=_tenant(tenant))
        except FengtiaoError as exc:
            _fail(exc)
        console.print_json(json.dumps(view, ensure_ascii=False, default=str)) if as_json else _print_case(view)

    @med.command("show")
    def show(case: str, as_json: bool = typer.Option(False, "--json"), tenant: str = typer.Option(None, "--tenant", help="Institution the case belongs to (default: the local operator)")) -> None:
        """Print a case's ledger, options, drafts and status."""
        from agent.errors import FengtiaoError
        from agent.mediation.service import case_state

        try:
            view = case_state(case, tenant=_tenant(tenant))
        except FengtiaoError as exc:
            _fail(exc)
        console.print_json(json.dumps(view, ensure_ascii=False, default=str)) if as_json else _print_case(view)

    @med.command("approve")
    def approve(case: str, option: int = typer.Option(None, "--option", help="Option number to settle on"),
                send_back: str = typer.Option(None, "--send-back", help="Send the draft back with this note instead"),
                tenant: str = typer.Option(None, "--tenant", help="Institution the case belongs to (default: the local operator)")) -> None:
        """Approve the draft (optionally choosing an option) → final agreement + DOCX; or send it back."""
        from agent.errors import FengtiaoError
        from agent.mediation.service import resume_case

        decision = {"action": "send_back", "note": send_back} if send_back else {"action": "approve"}
        if option is not None:
            decision["option"] = option
        try:
            view = resume_case(case, decision, tenant=_tenant(tenant))
        except FengtiaoError as exc:
            _fail(exc)
        _print_case(view)

    @med.command("export")
    def export(case: str, docx: Path = typer.Option(..., "--docx", help="Where to write the agreement DOCX"),
               tenant: str = typer.Option(None, "--tenant", help="Institution the case belongs to (default: the local operator)")) -> None:
        """Write the approved 调解协议书 (or the latest draft) as DOCX."""
        from agent.errors import FengtiaoError
        from agent.mediation.service import export_docx

        try:
            path = export_docx(case, docx, tenant=_tenant(tenant))
        except FengtiaoError as exc:
            _fail(exc)
        console.print(f"wrote {path}")
