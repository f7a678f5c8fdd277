"""Baselines, the `--check` regression gate, and `compare` between two runs."""
from __future__ import annotations

import json

from tests.eval.echo_suite import GOOD_ROWS


def _run(cli, out, *extra):
    return cli("eval", "run", "echo", "--out", out, *extra)


def test_accepted_baseline_passes_an_unchanged_run(make_echo, cli, tmp_path):
    make_echo()
    base = tmp_path / "baselines"
    assert _run(cli, tmp_path / "a").exit_code == 0
    accepted = cli("eval", "baseline", "accept", tmp_path / "a", "--baselines", base)
    assert accepted.exit_code == 0
    saved = json.loads((base / "echo.json").read_text(encoding="utf-8"))
    assert saved["metrics"]["exact"] == {"value": 1.0, "tolerance": 0.05, "higher_is_better": True}
    assert set(saved["cases"]) == {"e1", "e2", "e3", "e4"}
    result = _run(cli, tmp_path / "b", "--check", "--baselines", base)
    assert result.exit_code == 0, result.output
    assert "all gated metrics within tolerance" in result.output


def test_gate_fails_naming_the_metric_when_the_accepted_score_is_higher(make_echo, cli, tmp_path):
    make_echo()
    base = tmp_path / "baselines"
    _run(cli, tmp_path / "a")
    cli("eval", "baseline", "accept", tmp_path / "a", "--baselines", base)
    # lower what the model does relative to what was accepted: raise the accepted overlap above reach
    saved = json.loads((base / "echo.json").read_text(encoding="utf-8"))
    saved["metrics"]["overlap"]["value"] = 1.2
    (base / "echo.json").write_text(json.dumps(saved), encoding="utf-8")
    result = _run(cli, tmp_path / "b", "--check", "--baselines", base)
    assert result.exit_code == 1
    assert "overlap fell from 1.2000 to 1.0000" in result.output
    assert "exact fell" not in result.output


def test_gate_fails_and_names_the_cases_that_flipped_when_a_score_drops(make_echo, cli, tmp_path):
    make_echo()
    base = tmp_path / "baselines"
    _run(cli, tmp_path / "a")
    cli("eval", "baseline", "accept", tmp_path / "a", "--baselines", base)
    worse = [dict(r) for r in GOOD_ROWS]
    worse[2]["answer"] = "一般保证"                 # e3 now answers wrongly
    make_echo(worse)
    result = _run(cli, tmp_path / "b", "--check", "--baselines", base)
    assert result.exit_code == 1
    assert "echo: exact fell from 1.0000 to 0.7500 (tolerance 0.0500)" in result.output
    assert "e3 1→0" in result.output
    html = (tmp_path / "b" / "report.html").read_text(encoding="utf-8")
    assert "gate-fail" in html and "e3 1→0" in html


def test_fast_run_is_checked_against_the_baseline_on_the_same_cases(make_echo, cli, tmp_path):
    rows = [dict(r) for r in GOOD_ROWS]
    rows[3]["answer"] = "wrong"                      # e4 fails in the full run, outside the fast subset
    make_echo(rows)
    base = tmp_path / "baselines"
    _run(cli, tmp_path / "full")
    cli("eval", "baseline", "accept", tmp_path / "full", "--baselines", base)
    # full-run exact is 0.75; the fast subset (e1, e2) scores 1.0 and must be compared with 1.0, not 0.75
    result = _run(cli, tmp_path / "fast", "--fast", "--check", "--baselines", base)
    assert result.exit_code == 0, result.output


def test_newly_errored_case_fails_the_gate(make_echo, cli, tmp_path):
    make_echo()
    base = tmp_path / "baselines"
    _run(cli, tmp_path / "a")
    cli("eval", "baseline", "accept", tmp_path / "a", "--baselines", base)
    rows = [dict(r) for r in GOOD_ROWS]
    rows[1]["mode"] = "boom_scorer"
    make_echo(rows)
    result = _run(cli, tmp_path / "b", "--check", "--baselines", base)
    assert result.exit_code == 1
    assert "e2 errored: scorer failed" in " ".join(result.output.split())


def test_compare_shows_deltas_and_flipped_cases(make_echo, cli, tmp_path):
    make_echo()
    _run(cli, tmp_path / "a")
    rows = [dict(r) for r in GOOD_ROWS]
    rows[0]["answer"] = "五十万"
    make_echo(rows)
    _run(cli, tmp_path / "b")
    result = cli("eval", "compare", tmp_path / "a", tmp_path / "b")
    assert result.exit_code == 0, result.output
    assert "-0.250" in result.output          # exact 1.0 → 0.75
    assert "1 case(s) flipped" in result.output
    line = next(ln for ln in result.output.splitlines() if "e1" in ln)
    assert "pass" in line and "fail" in line


def test_compare_of_a_missing_run_says_what_to_pass(cli, tmp_path):
    result = cli("eval", "compare", tmp_path / "nope", tmp_path / "nope2")
    assert result.exit_code == 2
    assert "results.json" in result.output


def test_an_unchanged_run_passes_when_a_metric_is_a_repeating_decimal(make_echo, cli, tmp_path):
    """The baseline keeps 2/3 as 0.666667; the same 2/3 measured again is not a drop of 3e-7, even with no tolerance."""
    rows = [dict(r) for r in GOOD_ROWS[:3]]
    rows[2]["answer"] = "一般保证"                  # one of three wrong: exact = 2/3
    make_echo(rows)
    base = tmp_path / "baselines"
    _run(cli, tmp_path / "a")
    cli("eval", "baseline", "accept", tmp_path / "a", "--baselines", base)
    saved = json.loads((base / "echo.json").read_text(encoding="utf-8"))
    assert saved["metrics"]["exact"]["value"] == 0.666667
    saved["metrics"]["exact"]["tolerance"] = 0.0      # as the injection suites gate their attack rates
    (base / "echo.json").write_text(json.dumps(saved), encoding="utf-8")
    result = _run(cli, tmp_path / "b", "--check", "--baselines", base)
    assert result.exit_code == 0, result.output
