"""Model-graded scoring against the OpenAI stub (kept apart from deterministic scores) and the HTML report."""
from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

from eval.judge import JudgeVerdict, fill, load_rubric
from eval.runner import run_suites
from eval.schema import RunOptions
from eval.store import load_run
from tests.eval.echo_suite import GOOD_ROWS
from tests.stub_openai_server import running_stub


def _judge_responder(body: dict) -> str | None:
    if (body.get("response_format") or {}).get("type") == "json_schema":
        question = body["messages"][-1]["content"]
        score = 1.0 if "本金" in question else 0.5
        return json.dumps({"score": score, "reason": f"条文回答了问题（{score}）"}, ensure_ascii=False)
    return None


def test_judge_scores_come_from_the_model_and_stay_separate(make_echo, cli, tmp_path):
    make_echo(GOOD_ROWS[:2])
    with running_stub(responder=_judge_responder) as stub:
        result = cli("eval", "run", "echo", "--backend", "openai", "--base-url", stub.base_url, "--judge",
                     "--out", tmp_path / "run")
        sent = stub.chat_requests()
    assert result.exit_code == 0, result.output
    assert len(sent) == 2 and all(r["response_format"]["type"] == "json_schema" for r in sent)
    assert "借款本金是多少？" in sent[0]["messages"][-1]["content"]          # the rubric was filled with the case
    s = load_run(tmp_path / "run").suite("echo")
    assert s.metrics == {"exact": 1.0, "overlap": 1.0}                      # deterministic scores untouched
    assert s.judge_metrics == {"judge.mean_score": 0.75, "judge.n_graded": 2.0, "judge.n_errored": 0.0}
    e1 = s.case("e1")
    assert e1.judge["score"] == 1.0 and "条文回答了问题" in e1.judge["reason"] and e1.judge["model"] == stub.model
    assert e1.model == "none"                                               # the task itself used no LLM
    assert "Model-graded" in result.output
    html = (tmp_path / "run" / "report.html").read_text(encoding="utf-8")
    assert "Model-graded (reported separately" in html


def test_judge_that_returns_garbage_is_recorded_and_the_case_still_scores(make_echo, tmp_path):
    make_echo(GOOD_ROWS[:1])
    with running_stub(default_mode="json_invalid") as stub:
        run = run_suites(["echo"], RunOptions(backend="openai", base_url=stub.base_url, judge=True), tmp_path / "r")
    case = run.suite("echo").case("e1")
    assert case.scored and case.scores["exact"] == 1.0
    assert "did not return a valid JudgeVerdict" in case.judge["error"]
    assert run.suite("echo").judge_metrics["judge.n_errored"] == 1.0


def test_judge_is_off_by_default(make_echo, tmp_path):
    make_echo(GOOD_ROWS[:1])
    run = run_suites(["echo"], RunOptions(), tmp_path / "r")
    assert run.suite("echo").case("e1").judge is None and run.suite("echo").judge_metrics == {}


def test_rubric_file_has_system_and_user_parts_and_fills_placeholders():
    system, user = load_rubric("law_answer")
    assert "score" in system and "{question}" in user and "{evidence}" in user
    filled = fill(user, {"question": "保证期间多久？", "evidence": "第六百九十二条"})
    assert "保证期间多久？" in filled and "{" not in filled
    assert set(JudgeVerdict.model_json_schema()["properties"]) == {"score", "reason"}


def test_html_report_is_self_contained_with_charts_and_worst_cases(make_echo, cli, tmp_path):
    make_echo(GOOD_ROWS + [{"id": "wrong", "question": "年利率？", "answer": "24%", "expected": "12%"},
                           {"id": "broken", "question": "缺字段"}])
    assert cli("eval", "run", "echo", "--out", tmp_path / "run").exit_code == 0
    html = (tmp_path / "run" / "report.html").read_text(encoding="utf-8")
    svgs = re.findall(r"<svg.*?</svg>", html, re.S)
    assert len(svgs) == 2
    for svg in svgs:
        ET.fromstring(svg)                                   # well-formed inline SVG
    assert "echo: scores" in svgs[0] and svgs[0].count('class="bar"') == 2      # exact and overlap bars
    assert "latency per case" in svgs[1] and "5 cases" in svgs[1]
    # no network: no scripts, stylesheets or images fetched from anywhere
    assert not re.search(r"<script|<link|<img|src=|@import", html)
    worst = html[html.index('class="worst"'):]
    assert worst.index("broken") < worst.index("wrong") < worst.index("e1")   # errors first, then lowest score
    assert "answered &#x27;24%&#x27;, expected &#x27;12%&#x27;" in worst
    assert "[row]" in worst
