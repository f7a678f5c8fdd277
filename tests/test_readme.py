"""The README's first two commands are the contract with a new user: keep them true (CI runs both)."""
from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

from agent.cli.main import app

REPO = Path(__file__).resolve().parent.parent


def readme_commands() -> list[str]:
    block = re.search(r"```bash\n(.*?)```", (REPO / "README.md").read_text(encoding="utf-8"), re.S).group(1)
    return [line.split("#")[0].strip() for line in block.splitlines() if line.strip()]


def test_readme_opens_with_exactly_two_commands_install_demo_and_install_test():
    demo, tests = readme_commands()
    assert demo.startswith("bash scripts/setup.sh") and demo.endswith("fengtiao demo")
    assert tests.startswith("bash scripts/setup.sh --dev") and "pytest" in tests


def test_ci_runs_the_readme_test_command_verbatim():
    _, tests = readme_commands()
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert tests in ci.splitlines()


def test_every_cli_command_the_readme_names_exists():
    text = (REPO / "README.md").read_text(encoding="utf-8")
    named = sorted(set(re.findall(r"`fengtiao ([a-z]+)(?: ([a-z]+))?", text)))
    runner = CliRunner()
    for group, sub in named:
        args = [group, sub, "--help"] if sub else [group, "--help"]
        result = runner.invoke(app, args)
        assert result.exit_code == 0, f"`fengtiao {group} {sub}` from the README does not exist: {result.output[:300]}"
