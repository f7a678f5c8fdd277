"""`fengtiao` command line: a thin layer over the library; each area registers its own commands."""
from __future__ import annotations

import importlib
import json
import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

import typer
from rich.console import Console
from rich.table import Table

from agent.config import get_settings

app = typer.Typer(help="风调 fengtiao — risk control and dispute mediation for local finance.", no_args_is_help=True)
config_app = typer.Typer(help="Settings.")
app.add_typer(config_app, name="config")
console = Console()

# Each module exposes `register(app)`; missing ones are simply not there yet.
CLI_MODULES = [
    "agent.cli.llm",
    "agent.cli.retrieval",
    "agent.cli.contracts",
    "agent.cli.invoices",
    "agent.cli.eval",
    "agent.cli.mediation",
    "agent.cli.risk",
    "agent.cli.keys",
    "agent.cli.ask",
    "agent.cli.demo",
]


@config_app.command("show")
def config_show(as_json: bool = typer.Option(False, "--json", help="Machine-readable output")) -> None:
    """Print the effective settings (secrets masked)."""
    values = get_settings().masked()
    if as_json:
        console.print_json(json.dumps(values, ensure_ascii=False, default=str))
        return
    table = Table("setting", "env var", "value")
    for k, v in values.items():
        table.add_row(k, f"FENGTIAO_{k.upper()}", str(v))
    console.print(table)


for _name in CLI_MODULES:
    try:
        _mod = importlib.import_module(_name)
    except ModuleNotFoundError as exc:
        if not _name.startswith(exc.name or "\0"):
            raise
        continue
    _mod.register(app)


if __name__ == "__main__":
    app()
