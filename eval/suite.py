"""What a suite is: a versioned dataset, a task calling public fengtiao functions, and scorers.

A suite module under `eval/suites/` builds one `Suite` and names it `SUITE`; the registry finds it.
Suites whose code lives elsewhere and is not written yet declare it in `requires` and are reported
as "not available" instead of failing.
"""
from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from eval.judge import JudgeSpec
from eval.meter import MeteredBackend
from eval.schema import CaseRecord, MetricSpec, RunOptions
from eval.scorers import mean


@dataclass
class CaseScore:
    """What a scorer returns for one case."""

    scores: dict[str, float]
    counts: dict[str, float] = field(default_factory=dict)
    evidence: list[str] = field(default_factory=list)


@dataclass
class RunContext:
    """Handed to every task: the run options and the (lazily connected, token-counting) LLM."""

    options: RunOptions
    llm: MeteredBackend
    judge_llm: MeteredBackend
    out_dir: Path


@dataclass
class ExternalResult:
    """For suites whose evaluation loop lives in another module (contracts, invoices)."""

    metrics: dict[str, float]
    cases: list[CaseRecord] = field(default_factory=list)


class SuiteNotAvailable(Exception):
    """Raised by a suite when the code or data it evaluates does not exist yet; not a failure."""


def _dump(row: BaseModel) -> dict[str, Any]:
    return row.model_dump(mode="json")


@dataclass
class Suite:
    name: str
    description: str
    version: str
    metrics: list[MetricSpec]
    primary: str | None = None                      # case score key deciding pass/fail, worst-case order
    requires: tuple[str, ...] = ()                  # "module" or "module:attribute" that must import
    dataset: Path | None = None
    row_model: type[BaseModel] | None = None
    prepare: Callable[[RunContext], Any] | None = None
    task: Callable[[Any, RunContext, Any], dict[str, Any]] | None = None
    score: Callable[[Any, dict[str, Any]], CaseScore] | None = None
    aggregate: Callable[[list[CaseRecord]], dict[str, float]] | None = None
    inputs_of: Callable[[Any], dict[str, Any]] = _dump
    expected_of: Callable[[Any], dict[str, Any]] = lambda row: {}
    in_fast_subset: Callable[[dict[str, Any]], bool] | None = None   # on the raw row; default: first `fast_limit`
    fast_limit: int | None = 20
    judge: JudgeSpec | None = None
    run_external: Callable[[RunContext], ExternalResult] | None = None

    def unavailable_reason(self) -> str | None:
        """Why this suite cannot run in this checkout (a required module or function is missing)."""
        for req in self.requires:
            module, _, attr = req.partition(":")
            try:
                mod = importlib.import_module(module)
            except ImportError as exc:
                return f"{module} is not available yet ({exc})"
            if attr and not hasattr(mod, attr):
                return f"{module}.{attr} is not available yet"
        if self.dataset is not None and not self.dataset.is_file():
            return f"dataset {self.dataset} is missing"
        return None

    def aggregate_cases(self, cases: list[CaseRecord]) -> dict[str, float]:
        scored = [c for c in cases if c.scored]
        return (self.aggregate or mean_of_scores)(scored)


def mean_of_scores(cases: list[CaseRecord]) -> dict[str, float]:
    """Default aggregate: each per-case score key becomes a metric, averaged over the cases that have it."""
    keys = sorted({k for c in cases for k in c.scores})
    return {k: mean(c.scores[k] for c in cases if k in c.scores) for k in keys}
