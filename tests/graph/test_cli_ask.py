"""`fengtiao ask`: the chat agent from the shell, same graph, tenant rules and evidence as `POST /v1/chat`."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from agent.cli.main import app


def test_ask_json_carries_the_answer_its_evidence_and_a_thread_that_can_be_continued(regulations_env,
                                                                                   use_stub_backend):
    runner = CliRunner()
    with use_stub_backend(lambda body: ""):
        first = runner.invoke(app, ["ask", "保证人和出借人没有约定保证期间，保证责任多久到期？", "--json"])
        assert first.exit_code == 0, first.output
        out = json.loads(first.stdout)
        again = runner.invoke(app, ["ask", "那连带责任保证呢？", "--thread", out["thread_id"], "--json"])
    assert any("第六百九十二条" in e["citation"] for e in out["evidence"])
    assert "[1]" in out["answer"] and "依据：" in out["answer"]
    assert again.exit_code == 0 and json.loads(again.stdout)["thread_id"] == out["thread_id"]


def test_ask_refuses_an_unknown_tenant_and_an_empty_question_with_a_message(regulations_env):
    runner = CliRunner()
    unknown = runner.invoke(app, ["ask", "利率上限是多少", "--tenant", "no-such-bank"])
    empty = runner.invoke(app, ["ask", "  "])
    assert unknown.exit_code == 2 and "register" in unknown.output
    assert empty.exit_code == 2 and "empty" in empty.output


def test_ask_will_not_continue_another_tenants_thread(regulations_env, use_stub_backend, monkeypatch):
    from tests.conftest import _reset_caches

    monkeypatch.setenv("FENGTIAO_TENANTS", '["bank-a", "bank-b"]')
    _reset_caches()
    runner = CliRunner()
    with use_stub_backend(lambda body: ""):
        first = runner.invoke(app, ["ask", "保证期间没有约定怎么办？", "--tenant", "bank-a", "--json"])
        thread = json.loads(first.stdout)["thread_id"]
        stolen = runner.invoke(app, ["ask", "刚才说了什么？", "--tenant", "bank-b", "--thread", thread])
    assert stolen.exit_code == 2 and "no chat thread" in stolen.output
