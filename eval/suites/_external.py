"""Adapter for suites whose evaluation loop lives in the module it evaluates (contracts, invoices).

Those functions return their own report shape (a pydantic model or dict); this turns it into
metrics and case records the harness can report, gate and compare, without knowing their internals.
"""
from __future__ import annotations

import importlib
import inspect
import time
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from eval.schema import CaseRecord
from eval.suite import ExternalResult, RunContext, SuiteNotAvailable

_WRAPPERS = {"metrics", "per_field", "fields", "overall_metrics", "summary", "scores"}
_CASE_LISTS = ("cases", "records", "results", "documents", "items")
_ID_KEYS = ("id", "case_id", "doc_id", "file", "path", "name")


def _plain(obj: Any) -> Any:
    return obj.model_dump(mode="json") if isinstance(obj, BaseModel) else obj


def flatten_metrics(report: dict[str, Any], prefix: str = "") -> dict[str, float]:
    """Numbers at any depth become dotted metric names; wrapper keys (metrics, per_field) are dropped."""
    out: dict[str, float] = {}
    for key, value in report.items():
        value = _plain(value)
        name = prefix if key in _WRAPPERS else (f"{prefix}.{key}" if prefix else str(key))
        if isinstance(value, bool):
            continue
        if isinstance(value, (int, float)):
            out[name] = float(value)
        elif isinstance(value, dict):
            out.update(flatten_metrics(value, name))
    return out


def case_records(suite: str, report: dict[str, Any]) -> list[CaseRecord]:
    items = next((report[k] for k in _CASE_LISTS if isinstance(report.get(k), list)), [])
    cases = []
    for i, raw in enumerate(items, 1):
        item = _plain(raw)
        if not isinstance(item, dict):
            continue
        case_id = str(next((item[k] for k in _ID_KEYS if item.get(k)), f"case-{i}"))
        scores = flatten_metrics(item["scores"]) if isinstance(item.get("scores"), dict) else {}
        error = item.get("error")
        gold = _plain(item.get("gold") or item.get("expected") or {})
        cases.append(CaseRecord(
            suite=suite, case_id=case_id, inputs={k: item[k] for k in _ID_KEYS if k in item},
            expected=gold if isinstance(gold, dict) else {"value": gold},
            outputs={k: v for k, v in item.items() if k not in ("gold", "expected", "scores", "error")},
            scores=scores, error=str(error) if error else None, error_stage="task" if error else None,
        ))
    return cases


def run_external(target: str, suite: str, dataset_dir: Path, ctx: RunContext) -> ExternalResult:
    """Call `module:function(dataset_dir[, backend=…])` and adapt what it returns."""
    module_name, _, attr = target.partition(":")
    try:
        fn = getattr(importlib.import_module(module_name), attr)
    except (ImportError, AttributeError) as exc:
        raise SuiteNotAvailable(f"{target} is not available yet ({exc})") from exc
    if not dataset_dir.is_dir() or not any(dataset_dir.iterdir()):
        raise SuiteNotAvailable(f"dataset directory {dataset_dir} is missing or empty")
    params = inspect.signature(fn).parameters
    kwargs: dict[str, Any] = {}
    for name in ("backend", "llm"):
        if name in params:
            kwargs[name] = ctx.llm
    if "limit" in params and ctx.options.limit is not None:
        kwargs["limit"] = ctx.options.limit
    if "fast" in params:
        kwargs["fast"] = ctx.options.fast
    ctx.llm.reset()
    started = time.perf_counter()
    report = _plain(fn(dataset_dir, **kwargs))
    elapsed = time.perf_counter() - started
    if not isinstance(report, dict):
        raise TypeError(f"{target} returned {type(report).__name__}, expected a dict or pydantic model of metrics")
    cases = case_records(suite, report)
    for c in cases:
        c.model = ctx.llm.model_label()
        c.latency_s = round(elapsed / len(cases), 4)
    if cases:  # usage is only known for the whole call; attribute it evenly so totals add up
        for c in cases:
            c.tokens_in, c.tokens_out = ctx.llm.tokens_in // len(cases), ctx.llm.tokens_out // len(cases)
    metrics = flatten_metrics({k: v for k, v in report.items() if k not in _CASE_LISTS})
    return ExternalResult(metrics=metrics, cases=cases)
