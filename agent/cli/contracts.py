"""`fengtiao contract check FILE` and `fengtiao lpr update|show`."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

console = Console()


def _parse_day(value: str | None, option: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{option} must be a date like 2025-06-30, got {value!r}") from None


def _print_report(report) -> None:
    fields = Table("field", "value", title=f"合同要素 Contract fields — {report.file}")
    for k, v in report.fields.items():
        if v is not None:
            fields.add_row(k, str(v))
    console.print(fields)
    findings = Table("rule", "severity", "finding", "amounts", "cites", title="法律提示 Findings", show_lines=True)
    for f in report.findings:
        cites = "\n".join(f"《{c.instrument}》{c.label}" for c in f.citations)
        amounts = "\n".join(f"{k}={v}" for k, v in f.amounts.items())
        text = f"{f.title_zh}\n{f.explanation_zh}" + ("".join(f"\n⚠ {w}" for w in f.warnings))
        findings.add_row(f.rule_id, f.severity, text, amounts, cites)
    console.print(findings)
    for e in report.errors:
        console.print(f"[yellow]{e.get('type')}[/yellow]: {e.get('message')}")


def register(app: typer.Typer) -> None:
    contract_app = typer.Typer(help="Loan and guarantee contracts: extract terms and check them against the law.")
    lpr_app = typer.Typer(help="One-year LPR table used for the 4 × LPR cap.")
    app.add_typer(contract_app, name="contract")
    app.add_typer(lpr_app, name="lpr")

    @contract_app.command("check")
    def contract_check(
        file: Path = typer.Argument(..., help="Contract file: .txt, .docx, .pdf or a scan"),
        as_json: bool = typer.Option(False, "--json", help="Print {file, fields, findings, errors} as JSON"),
        as_of: str = typer.Option(None, "--as-of", help="Date to assess the limitation period on (YYYY-MM-DD)"),
        last_activity: str = typer.Option(None, "--last-activity", help="Last demand or payment date (YYYY-MM-DD)"),
        use_llm: bool = typer.Option(False, "--llm", help="Let the model fill wording fields the rules could not read"),
    ) -> None:
        """Extract a contract's terms and list the legal findings with the articles they rest on."""
        from agent.contracts.check import check_contract
        from agent.errors import FengtiaoError

        try:
            report = check_contract(file, as_of=_parse_day(as_of, "--as-of"),
                                    last_activity=_parse_day(last_activity, "--last-activity"), use_llm=use_llm)
        except FengtiaoError as exc:
            if as_json:
                print(json.dumps({"file": str(file), "fields": {}, "findings": [], "errors": [exc.to_dict()]},
                                 ensure_ascii=False, indent=2))
            else:
                console.print(f"[red]{exc.message}[/red]")
            raise typer.Exit(1) from None
        if as_json:
            out = {"file": report.file, "fields": report.fields,
                   "findings": [f.model_dump(mode="json") for f in report.findings],
                   "errors": report.errors, "rules_version": report.rules_version,
                   "contract": report.contract.model_dump(mode="json") if report.contract else None}
            print(json.dumps(out, ensure_ascii=False, indent=2, default=str))
        else:
            _print_report(report)

    @lpr_app.command("show")
    def lpr_show(on: str = typer.Option(None, "--on", help="Show the LPR in force on this date (YYYY-MM-DD)")) -> None:
        """Print the LPR table in use, or the rate in force on one date."""
        from agent.contracts.lpr import data_dir_lpr, load_lpr_table, lpr_on

        table = load_lpr_table()
        if on:
            look = lpr_on(_parse_day(on, "--on"), table)
            console.print(escape(f"{look.on}: {look.rate_pct if look.rate_pct is not None else '—'}% "
                                 f"(from {look.effective or '—'}) [{look.status}] {look.warning}"))
            return
        where = data_dir_lpr() if data_dir_lpr().exists() else "shipped table"
        t = Table("effective", "1y LPR %", "source", title=f"One-year LPR ({where})")
        for p in table:
            t.add_row(p.effective.isoformat(), str(p.rate_pct), p.source)
        console.print(t)

    @lpr_app.command("update")
    def lpr_update(file: Path = typer.Argument(..., help="CSV with columns date,rate[,source]")) -> None:
        """Validate newer LPR values and merge them into the data-dir table (overrides the shipped one)."""
        from agent.contracts.lpr import update_lpr
        from agent.errors import FengtiaoError

        try:
            path, added = update_lpr(file)
        except FengtiaoError as exc:
            console.print(f"[red]{exc.message}[/red]")
            raise typer.Exit(1) from None
        console.print(f"LPR table written to {path} ({added} new rows).")
