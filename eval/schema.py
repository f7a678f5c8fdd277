"""What a run produces, as pydantic models: one record per case, one result per suite, one run.

These are the files on disk (`results.json`) and what `compare` and the regression gate read back,
so they are the harness's public boundary.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

ErrorStage = Literal["row", "task", "scorer", "judge"]
SuiteStatus = Literal["ok", "not_available", "failed"]


class MetricSpec(BaseModel):
    """A metric a suite reports, and how the regression gate treats it."""

    name: str                      # e.g. hybrid.hit@5, company.f1
    description: str = ""
    case_key: str | None = None    # the per-case score behind it, to name the cases that flipped
    tolerance: float = 0.02        # default allowed drop before `--check` fails (baselines may override)
    higher_is_better: bool = True


class CaseRecord(BaseModel):
    """One dataset row after the run: what went in, what came out, how it scored, what it cost."""

    suite: str
    case_id: str
    inputs: dict[str, Any] = Field(default_factory=dict)
    expected: dict[str, Any] = Field(default_factory=dict)
    outputs: dict[str, Any] = Field(default_factory=dict)
    scores: dict[str, float] = Field(default_factory=dict)
    counts: dict[str, float] = Field(default_factory=dict)   # raw tallies for micro-averaged metrics
    evidence: list[str] = Field(default_factory=list)        # short lines shown in the worst-cases table
    judge: dict[str, Any] | None = None                      # model-graded score + reason, never mixed into `scores`
    latency_s: float = 0.0
    tokens_in: int = 0
    tokens_out: int = 0
    model: str = "none"                                      # LLM id when one was used
    error: str | None = None
    error_stage: ErrorStage | None = None

    @property
    def scored(self) -> bool:
        return self.error is None


class SuiteResult(BaseModel):
    suite: str
    description: str = ""
    version: str = ""
    status: SuiteStatus = "ok"
    reason: str = ""                                          # why not available / failed
    primary: str | None = None                                # case score key that decides pass/fail
    metric_specs: list[MetricSpec] = Field(default_factory=list)
    metrics: dict[str, float] = Field(default_factory=dict)
    judge_metrics: dict[str, float] = Field(default_factory=dict)
    n_rows: int = 0
    n_scored: int = 0
    n_errored: int = 0
    duration_s: float = 0.0
    cases: list[CaseRecord] = Field(default_factory=list)

    def spec(self, metric: str) -> MetricSpec | None:
        return next((m for m in self.metric_specs if m.name == metric), None)

    def case(self, case_id: str) -> CaseRecord | None:
        return next((c for c in self.cases if c.case_id == case_id), None)


class BackendSummary(BaseModel):
    backend: str
    base_url: str | None = None
    model: str | None = None


class RunOptions(BaseModel):
    """How the run was asked for; stored so a later `--check` knows what it compares."""

    suites: list[str] = Field(default_factory=list)
    backend: Literal["local", "openai"] | None = None
    base_url: str | None = None
    model: str | None = None
    limit: int | None = None
    fast: bool = False
    judge: bool = False


class RunResult(BaseModel):
    run_id: str
    created: datetime
    options: RunOptions
    backend: BackendSummary
    git_commit: str | None = None
    duration_s: float = 0.0
    suites: list[SuiteResult] = Field(default_factory=list)

    def suite(self, name: str) -> SuiteResult | None:
        return next((s for s in self.suites if s.suite == name), None)
