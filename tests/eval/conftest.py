"""Fixtures for the harness tests: a registered echo suite over a dataset in tmp_path, and a CLI runner."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eval.registry import register_suite, unregister_suite
from eval.suite import Suite
from tests.eval.echo_suite import GOOD_ROWS, echo_suite, write_rows


@pytest.fixture
def make_echo(tmp_path: Path) -> Iterator[Callable[..., Suite]]:
    """Register an echo suite over the given rows; unregistered after the test."""
    names: list[str] = []

    def make(rows: list[dict | str] = GOOD_ROWS, name: str = "echo") -> Suite:
        suite = echo_suite(write_rows(tmp_path / f"{name}.jsonl", rows), name)
        register_suite(suite)
        names.append(name)
        return suite

    yield make
    for n in names:
        unregister_suite(n)


@pytest.fixture
def cli() -> Callable[..., object]:
    from agent.cli.main import app

    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)

    return invoke
