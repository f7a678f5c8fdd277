"""The runner: every row ends as a scored or an errored case, and the run always finishes."""
from __future__ import annotations

import json

from agent.config import reset_settings
from eval.runner import run_suites
from eval.schema import RunOptions
from eval.store import load_run
from tests.eval.echo_suite import GOOD_ROWS
from tests.stub_openai_server import running_stub


def test_bad_rows_and_scorer_errors_are_reported_and_the_run_continues(make_echo, tmp_path):
    make_echo([
        GOOD_ROWS[0],
        {"id": "no-expected", "question": "缺少 expected 字段"},
        "{this is not json",
        {"id": "scorer-bug", "question": "q", "answer": "a", "expected": "a", "mode": "boom_scorer"},
        GOOD_ROWS[1],
        {"id": "wrong", "question": "年利率？", "answer": "24%", "expected": "12%"},
    ])
    run = run_suites(["echo"], RunOptions(), tmp_path / "run")
    s = run.suite("echo")
    assert s.status == "ok"
    assert (s.n_rows, s.n_scored, s.n_errored) == (6, 3, 3)
    by_id = {c.case_id: c for c in s.cases}
    assert by_id["no-expected"].error_stage == "row" and "expected" in by_id["no-expected"].error
    assert by_id["line-3"].error_stage == "row" and "not valid JSON" in by_id["line-3"].error
    assert by_id["scorer-bug"].error_stage == "scorer" and "scorer cannot handle this row" in by_id["scorer-bug"].error
    assert by_id["wrong"].scores["exact"] == 0.0 and by_id["e2"].scores["exact"] == 1.0
    assert s.metrics["exact"] == 2 / 3    # over the scored rows only
    assert all(c.model == "none" and c.tokens_in == 0 for c in s.cases)


def test_backend_timing_out_mid_run_errors_that_row_only(make_echo, tmp_path, monkeypatch):
    monkeypatch.setenv("FENGTIAO_LLM_TIMEOUT_S", "0.5")
    monkeypatch.setenv("FENGTIAO_LLM_MAX_RETRIES", "0")
    reset_settings()
    make_echo([
        {"id": "q1", "question": "借款金额？", "expected": "stub answer to: 借款金额？", "mode": "llm"},
        {"id": "hang", "question": "[[hang]] 利率？", "expected": "x", "mode": "llm"},
        {"id": "q3", "question": "担保人？", "expected": "stub answer to: 担保人？", "mode": "llm"},
    ])
    with running_stub(hang_s=2.0) as stub:
        run = run_suites(["echo"], RunOptions(backend="openai", base_url=stub.base_url), tmp_path / "run")
    reset_settings()
    s = run.suite("echo")
    by_id = {c.case_id: c for c in s.cases}
    assert by_id["hang"].error_stage == "task" and "unavailable" in by_id["hang"].error
    assert by_id["q1"].scores["exact"] == 1.0 and by_id["q3"].scores["exact"] == 1.0
    assert (s.n_scored, s.n_errored) == (2, 1)
    # usage and model id are carried per case (the stub counts one token per character)
    assert by_id["q1"].model == stub.model and by_id["q1"].tokens_in > 0 and by_id["q1"].tokens_out > 0
    assert run.backend.backend == "openai" and run.backend.base_url == stub.base_url


def test_limit_and_fast_select_rows(make_echo, tmp_path):
    make_echo()
    assert run_suites(["echo"], RunOptions(limit=3), tmp_path / "a").suite("echo").n_rows == 3
    assert run_suites(["echo"], RunOptions(fast=True), tmp_path / "b").suite("echo").n_rows == 2


def test_cli_run_writes_results_summary_and_html(make_echo, cli, tmp_path):
    make_echo(GOOD_ROWS + [{"id": "wrong", "question": "年利率？", "answer": "24%", "expected": "12%"}])
    out = tmp_path / "run"
    result = cli("eval", "run", "echo", "--out", out)
    assert result.exit_code == 0, result.output
    assert "5 of 5 rows scored, 0 errored" in result.output
    data = json.loads((out / "results.json").read_text(encoding="utf-8"))
    case = next(c for c in data["suites"][0]["cases"] if c["case_id"] == "wrong")
    assert set(case) >= {"inputs", "outputs", "scores", "latency_s", "tokens_in", "tokens_out", "model", "error"}
    assert case["outputs"] == {"answer": "24%"} and case["model"] == "none"
    assert load_run(out).suite("echo").metrics["exact"] == 0.8
    assert (out / "summary.md").read_text(encoding="utf-8").startswith("# fengtiao eval")


def test_unknown_suite_is_refused_with_the_list_of_suites(cli, tmp_path):
    result = cli("eval", "run", "no-such-suite", "--out", tmp_path / "x")
    assert result.exit_code == 2
    assert "Unknown eval suite 'no-such-suite'" in result.output and "receipts" in result.output


def test_list_shows_registered_suites_and_their_availability(cli):
    result = cli("eval", "list")
    assert result.exit_code == 0
    for name in ("retrieval", "receipts", "contracts", "invoices"):
        assert name in result.output
