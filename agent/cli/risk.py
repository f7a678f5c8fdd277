"""`fengtiao data import|generate|migrate` and `fengtiao risk scan|warnings|evaluate|report|scorecard …`."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from agent.errors import FengtiaoError

console = Console()
_COLORS = {"red": "red", "orange": "dark_orange", "yellow": "yellow"}


def _date(value: str | None) -> date | None:
    """Parse --as-of/--since; a typo is a usage error, not a traceback."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from None


def _fail(exc: FengtiaoError) -> typer.Exit:
    console.print(f"[red]{exc.message}[/red]")
    return typer.Exit(2)


def _print_warnings(tenant: str, warnings: list) -> None:
    table = Table(title=f"{tenant}: {len(warnings)} new warning(s)", show_lines=True)
    for col in ("level", "borrower", "signal", "reasons", "details", "action"):
        table.add_column(col)
    for w in warnings:
        c = _COLORS[w.level]
        table.add_row(f"[{c}]{w.level}[/{c}]", w.borrower_id, w.signal, "\n".join(w.reason_codes), w.message_zh,
                      w.suggested_action_zh)
    console.print(table)


def register(app: typer.Typer) -> None:
    data_app = typer.Typer(help="Borrower data: import CSV/JSONL, generate a synthetic market.", no_args_is_help=True)
    risk_app = typer.Typer(help="Borrower early warnings: 多头借贷, 团伙欺诈, 经营风险, 转续贷.", no_args_is_help=True)
    scorecard_app = typer.Typer(help="Operating-risk scorecard per institution: train, score, drift.",
                                no_args_is_help=True)
    app.add_typer(data_app, name="data")
    app.add_typer(risk_app, name="risk")
    risk_app.add_typer(scorecard_app, name="scorecard")
    _register_scorecard(scorecard_app)

    @data_app.command("migrate")
    def data_migrate(db: str | None = typer.Option(None, "--db", help="SQLAlchemy URL (default: the configured risk database)")) -> None:
        """Bring the risk database schema to the latest revision (alembic upgrade head)."""
        from agent.risk.migrate import migrate

        try:
            result = migrate(db)
        except FengtiaoError as exc:
            raise _fail(exc) from None
        console.print(f"{result.url}: {result.action} → revision {result.revision}")

    @data_app.command("import")
    def data_import(directory: Path = typer.Argument(..., help="Directory of <table>.csv / <table>.jsonl files"),
                    db: str | None = typer.Option(None, "--db", help="SQLAlchemy URL (default: SQLite in the data dir)"),
                    as_json: bool = typer.Option(False, "--json", help="Print the full report as JSON")) -> None:
        """Load files table by table (one transaction per file); list every rejected row with its reasons."""
        from agent.risk.importer import import_dir

        try:
            report = import_dir(directory, url=db)
        except FengtiaoError as exc:
            raise _fail(exc) from None
        if as_json:
            console.print_json(report.model_dump_json())
        else:
            table = Table("file", "table", "accepted", "rejected", "error")
            for f in report.files:
                table.add_row(f.file, f.table, str(f.accepted), str(len(f.rejected)), f.error or "")
            console.print(table)
            for f in report.files:
                for row in f.rejected[:20]:
                    console.print(f"  {f.file}:{row.line}  " + "; ".join(row.reasons))
                if len(f.rejected) > 20:
                    console.print(f"  {f.file}: … {len(f.rejected) - 20} more (use --json)")
        if any(f.error for f in report.files):
            raise typer.Exit(1)

    @data_app.command("generate")
    def data_generate(seed: int = typer.Option(..., "--seed"), enterprises: int = typer.Option(300, "--enterprises", min=20),
                      out: Path = typer.Option(..., "--out"),
                      as_of: str = typer.Option("2026-06-30", "--as-of", help="Reference date of the market"),
                      tenant_shares: str | None = typer.Option(
                          None, "--tenant-shares", help="Market shares, e.g. T01=0.6,T02=0.2,T03=0.2 (default: equal)")) -> None:
        """Synthetic market with planted rings, multi-lenders, deteriorating firms, hub decoys and loan defaults
        (+ ground_truth.json)."""
        from agent.risk.generator import generate

        shares = None
        if tenant_shares:
            try:
                shares = {k.strip(): float(v) for k, v in (part.split("=") for part in tenant_shares.split(","))}
            except ValueError:
                raise typer.BadParameter(f"{tenant_shares!r} is not TENANT=SHARE,… (e.g. T01=0.6,T02=0.4)") from None
        try:
            truth = generate(seed, enterprises, out, as_of=_date(as_of), tenant_shares=shares)
        except ValueError as exc:
            raise typer.BadParameter(str(exc)) from None
        d = truth["defaults"]
        console.print(f"wrote {truth['n']} enterprises to {out}: {len(truth['rings'])} rings, "
                      f"{len(truth['multi_lender'])} multi-lenders, {len(truth['deteriorating'])} deteriorating, "
                      f"{len(truth['hubs'])} hub attributes, {d['defaulted_loans']} of {d['eligible_loans']} loans "
                      f"defaulted after {d['observed_on']} ({d['rate']:.1%}) (ground_truth.json)")

    @risk_app.command("scan")
    def risk_scan(tenant: str | None = typer.Option(None, "--tenant"),
                  since: str | None = typer.Option(None, "--since", help="Re-check borrowers changed since DATE"),
                  as_of: str | None = typer.Option(None, "--as-of", help="Evaluate as of DATE (default today)"),
                  db: str | None = typer.Option(None, "--db")) -> None:
        """Print new warnings for borrowers whose data changed since the last scan."""
        from agent.risk.scan import scan

        try:
            result = scan(tenant=tenant, since=_date(since),
                          as_of=_date(as_of), url=db)
        except FengtiaoError as exc:
            raise _fail(exc) from None
        for t, warnings in result.items():
            _print_warnings(t, warnings)

    @risk_app.command("warnings")
    def risk_warnings(borrower: str = typer.Argument(..., help="统一社会信用代码"), tenant: str = typer.Option(..., "--tenant"),
                      as_of: str | None = typer.Option(None, "--as-of"), db: str | None = typer.Option(None, "--db"),
                      as_json: bool = typer.Option(False, "--json")) -> None:
        """All current warnings on one borrower, as this tenant may see them."""
        from agent.risk.warnings import warnings_for

        try:
            found = warnings_for(borrower, tenant=tenant, as_of=_date(as_of), url=db)
        except FengtiaoError as exc:
            raise _fail(exc) from None
        if as_json:
            console.print_json(json.dumps([w.model_dump(mode="json") for w in found], ensure_ascii=False))
        else:
            _print_warnings(tenant, found)

    @risk_app.command("evaluate")
    def risk_evaluate(seed: int = typer.Option(..., "--seed"), n: int = typer.Option(300, "--enterprises")) -> None:
        """Precision/recall per signal against a fresh synthetic market's ground truth."""
        from agent.risk.evaluate import evaluate_warnings

        console.print_json(json.dumps(evaluate_warnings(seed, n), ensure_ascii=False))

    @risk_app.command("report")
    def risk_report(borrower: str = typer.Argument(...), tenant: str = typer.Option(..., "--tenant"),
                    out: Path = typer.Option(Path("report.html"), "--out"), as_of: str | None = typer.Option(None, "--as-of"),
                    db: str | None = typer.Option(None, "--db")) -> None:
        """Self-contained HTML report: score and reasons, warnings with evidence, ring graph, trend charts, freshness."""
        from agent.risk.report import borrower_report_html

        try:
            html = borrower_report_html(borrower, tenant=tenant, as_of=_date(as_of), url=db)
        except FengtiaoError as exc:
            raise _fail(exc) from None
        out.write_text(html, encoding="utf-8")
        console.print(f"wrote {out}")


def _register_scorecard(scorecard_app: typer.Typer) -> None:
    @scorecard_app.command("train")
    def scorecard_train(tenant: str = typer.Option(..., "--tenant"), db: str | None = typer.Option(None, "--db"),
                        as_of: str | None = typer.Option(None, "--as-of", help="Outcomes up to DATE (default: the data's latest month)")) -> None:
        """Fit this institution's scorecard on its own loan outcomes and save it as the next version."""
        from agent.risk.operating_score import train_operating_scorecard

        try:
            r = train_operating_scorecard(tenant, url=db, as_of=_date(as_of))
        except FengtiaoError as exc:
            raise _fail(exc) from None
        console.print(f"tenant {r.tenant}: scorecard v{r.version} — features as of {r.observed_on}, outcomes to {r.as_of}; "
                      f"{r.borrowers} borrowers, {r.bads} defaulted; train {r.train_rows} / held out {r.test_rows}")
        console.print(f"held-out AUC {r.auc if r.auc is not None else 'n/a'} · KS {r.ks if r.ks is not None else 'n/a'}")
        table = Table("feature", "information value", title="features kept (IV ≥ min_iv)")
        for name, iv in sorted(r.iv.items(), key=lambda kv: -kv[1]):
            table.add_row(name, f"{iv:.3f}")
        console.print(table)

    @scorecard_app.command("score")
    def scorecard_score(borrower: str = typer.Argument(..., help="统一社会信用代码"), tenant: str = typer.Option(..., "--tenant"),
                        db: str | None = typer.Option(None, "--db"), as_of: str | None = typer.Option(None, "--as-of"),
                        as_json: bool = typer.Option(False, "--json")) -> None:
        """Points, band and reason codes (with the feature values behind them) for one borrower."""
        from agent.risk.operating_score import score_borrower

        try:
            sc = score_borrower(borrower, tenant=tenant, url=db, as_of=_date(as_of))
        except FengtiaoError as exc:
            raise _fail(exc) from None
        if as_json:
            console.print_json(sc.model_dump_json())
            return
        console.print(f"{sc.borrower_id} · tenant {sc.tenant} · as of {sc.as_of}: [bold]{sc.points:.0f} points, "
                      f"band {sc.band}[/bold] ({sc.band_label_zh}) — scorecard v{sc.scorecard_version}")
        table = Table("reason", "feature", "value", "points lost", "how it was computed", show_lines=True)
        for r in sc.reasons:
            table.add_row(r.code, r.label_zh, "无数据" if r.value is None else str(r.value), f"{r.points_lost:.1f}", r.formula)
        console.print(table)

    @scorecard_app.command("drift")
    def scorecard_drift(tenant: str = typer.Option(..., "--tenant"), db: str | None = typer.Option(None, "--db"),
                        as_of: str | None = typer.Option(None, "--as-of")) -> None:
        """PSI of the score and of each feature: training population vs the borrowers with loans running now."""
        from agent.risk.operating_score import tenant_drift

        try:
            d = tenant_drift(tenant, url=db, as_of=_date(as_of))
        except FengtiaoError as exc:
            raise _fail(exc) from None
        rep = d.report
        colors = {"stable": "green", "watch": "yellow", "alert": "red"}
        console.print(f"tenant {d.tenant}: scorecard v{d.scorecard_version} trained on {rep.baseline_rows} borrowers as of "
                      f"{d.baseline_observed_on}; {rep.current_rows} borrowers as of {d.as_of} → "
                      f"[{colors[rep.status]}]{rep.status}[/{colors[rep.status]}]")
        table = Table("what", "PSI", "status", title="population stability")
        for name, res in [("score", rep.score), *sorted(rep.features.items(), key=lambda kv: -kv[1].psi)]:
            c = colors[res.status]
            table.add_row(name, f"{res.psi:.4f}", f"[{c}]{res.status}[/{c}]")
        console.print(table)
