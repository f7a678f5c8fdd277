"""Suites wrapping another module's evaluation: reported as not available until that module exists."""
from __future__ import annotations

import sys
import types
from pathlib import Path

from eval.registry import get_suite, register_suite, unregister_suite
from eval.runner import run_suites
from eval.schema import RunOptions
from eval.suite import Suite
from eval.suites._external import flatten_metrics, run_external


def test_missing_module_is_not_available_not_a_failure(tmp_path):
    suite = Suite(name="future", description="evaluates code not written yet", version="v0", metrics=[],
                  requires=("agent.does_not_exist.evaluate:eval_things",),
                  run_external=lambda ctx: run_external("agent.does_not_exist.evaluate:eval_things", "future", tmp_path, ctx))
    register_suite(suite)
    try:
        run = run_suites(["future"], RunOptions(), tmp_path / "run")
    finally:
        unregister_suite("future")
    result = run.suite("future")
    assert result.status == "not_available"
    assert "agent.does_not_exist" in result.reason


def test_contracts_and_invoices_suites_are_registered():
    for name in ("contracts", "invoices"):
        suite = get_suite(name)
        assert suite.run_external is not None and suite.requires


def test_external_report_becomes_metrics_and_cases(tmp_path, monkeypatch):
    calls: list[Path] = []

    def eval_things(dataset_dir: Path, backend=None) -> dict:
        calls.append(dataset_dir)
        assert backend is not None            # the run's metered LLM is handed over when asked for
        return {"overall": {"precision": 0.9, "recall": 0.8, "f1": 0.847},
                "per_field": {"amount": {"f1": 1.0}, "rate": {"f1": 0.5}},
                "n_documents": 2,
                "cases": [{"id": "loan-1.pdf", "scores": {"amount": 1, "rate": 0},
                           "predicted": {"amount": "500000.00"}, "gold": {"amount": "500000.00"}},
                          {"id": "scan-2.pdf", "error": "扫描件无法识别"}]}

    module = types.ModuleType("fake_eval_module")
    module.eval_things = eval_things
    monkeypatch.setitem(sys.modules, "fake_eval_module", module)
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "gold.jsonl").write_text("{}\n", encoding="utf-8")
    suite = Suite(name="things", description="", version="v1", metrics=[], requires=("fake_eval_module:eval_things",),
                  run_external=lambda ctx: run_external("fake_eval_module:eval_things", "things", tmp_path / "data", ctx))
    register_suite(suite)
    try:
        run = run_suites(["things"], RunOptions(), tmp_path / "run")
    finally:
        unregister_suite("things")
    result = run.suite("things")
    assert calls == [tmp_path / "data"]
    assert result.status == "ok"
    assert result.metrics["overall.f1"] == 0.847 and result.metrics["rate.f1"] == 0.5 and result.metrics["n_documents"] == 2
    assert (result.n_rows, result.n_scored, result.n_errored) == (2, 1, 1)
    assert result.case("loan-1.pdf").scores == {"amount": 1.0, "rate": 0.0}
    assert result.case("scan-2.pdf").error == "扫描件无法识别"


def test_flatten_drops_wrapper_keys_and_booleans():
    assert flatten_metrics({"metrics": {"a": 1, "ok": True}, "per_field": {"x": {"f1": 0.5}}, "name": "s"}) == {"a": 1.0, "x.f1": 0.5}
