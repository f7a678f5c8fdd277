"""The HTTP API: health, readiness against a real (stub) LLM server, SSE chat through the graph, error model."""
from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from agent.config import get_settings
from serve import create_app


def parse_sse(body: str) -> list[tuple[str, dict]]:
    events = []
    for block in body.strip().split("\n\n"):
        lines = dict(line.split(": ", 1) for line in block.splitlines() if ": " in line)
        events.append((lines["event"], json.loads(lines["data"])))
    return events


def test_healthz_answers_without_touching_the_model(regulations_env):
    with TestClient(create_app(get_settings())) as client:
        assert client.get("/healthz").json() == {"status": "ok"}


def test_readyz_reports_model_and_data_dir_when_llm_server_is_up(regulations_env, use_stub_backend):
    with use_stub_backend(), TestClient(create_app(get_settings())) as client:
        r = client.get("/readyz")
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["ready"] is True
    assert body["checks"]["llm"]["model"] == "stub-qwen3-8b"
    assert body["checks"]["data_dir"]["ok"] is True


def test_readyz_is_503_with_reason_when_llm_server_is_down(regulations_env, monkeypatch):
    from tests.conftest import _reset_caches

    monkeypatch.setenv("FENGTIAO_LLM_BASE_URL", "http://127.0.0.1:9/v1")
    monkeypatch.setenv("FENGTIAO_LLM_MAX_RETRIES", "0")
    _reset_caches()
    with TestClient(create_app(get_settings())) as client:
        r = client.get("/readyz")
    assert r.status_code == 503
    assert r.json()["checks"]["llm"]["ok"] is False


def test_chat_streams_evidence_tokens_and_a_cited_answer(regulations_env, use_stub_backend):
    answer = "没有约定保证期间的，保证期间为主债务履行期限届满之日起六个月 [1]。"
    with use_stub_backend(lambda body: answer), TestClient(create_app(get_settings())) as client:
        r = client.post("/v1/chat", json={"question": "保证期间没有约定怎么办", "thread_id": "api-1"})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/event-stream")
    events = parse_sse(r.text)
    kinds = [k for k, _ in events]
    assert kinds[0] == "thread" and kinds[-1] == "done"
    assert "evidence" in kinds and kinds.count("text") >= 2      # streamed in pieces
    streamed = "".join(d["text"] for k, d in events if k == "text")
    assert streamed == answer
    done = events[-1][1]
    assert done["thread_id"] == "api-1"
    assert "第六百九十二条" in done["answer"] and done["answer"].startswith(answer)


def test_unknown_tenant_gets_problem_json_403(regulations_env):
    with TestClient(create_app(get_settings())) as client:
        r = client.post("/v1/chat", json={"question": "利率上限是多少", "tenant": "no-such-bank"})
    assert r.status_code == 403
    assert r.headers["content-type"].startswith("application/problem+json")
    assert "no-such-bank" in r.json()["detail"]


def test_empty_question_is_rejected_before_the_model(regulations_env):
    with TestClient(create_app(get_settings())) as client:
        r = client.post("/v1/chat", json={"question": ""})
        assert r.status_code == 422 and r.headers["content-type"].startswith("application/problem+json")
        body = r.json()
        assert body["type"] == "request_validation_error" and "body.question" in body["detail"]
        assert body["errors"][0]["loc"] == ["body", "question"]


def test_malformed_json_and_unknown_paths_are_problem_json_too(regulations_env):
    with TestClient(create_app(get_settings())) as client:
        bad = client.post("/v1/chat", content=b'{"question": "abc', headers={"content-type": "application/json"})
        missing = client.get("/v1/no-such-route")
        wrong_method = client.delete("/healthz")
    assert bad.status_code == 422 and bad.json()["type"] == "request_validation_error"
    assert "json" in bad.json()["detail"].lower()
    assert missing.status_code == 404 and missing.json()["type"] == "not_found"
    assert missing.headers["content-type"].startswith("application/problem+json")
    assert wrong_method.status_code == 405 and wrong_method.json()["title"] == "MethodNotAllowed"


def test_thread_can_be_read_back_by_its_tenant_only(regulations_env, use_stub_backend, monkeypatch):
    from tests.conftest import _reset_caches

    import uuid

    monkeypatch.setenv("FENGTIAO_TENANTS", '["bank-a", "bank-b"]')
    _reset_caches()
    thread = f"t-read-{uuid.uuid4().hex[:8]}"  # the checkpoint DB outlives a test run
    with use_stub_backend(lambda body: "见 [1]。"), TestClient(create_app(get_settings())) as client:
        client.post("/v1/chat", json={"question": "保证期间没有约定怎么办", "thread_id": thread, "tenant": "bank-a"})
        mine = client.get(f"/v1/threads/{thread}", params={"tenant": "bank-a"})
        theirs = client.get(f"/v1/threads/{thread}", params={"tenant": "bank-b"})
        public = client.get(f"/v1/threads/{thread}")
    assert mine.status_code == 200
    assert [t["role"] for t in mine.json()["history"]] == ["user", "assistant"]
    assert mine.json()["evidence"] and mine.json()["answer"].startswith("见 [1]")
    assert theirs.status_code == 404 and public.status_code == 404


def test_openapi_documents_errors_as_the_api_sends_them(regulations_env):
    """Every operation's 422 and its other errors are documented as problem+json, and real error bodies validate
    against the documented schema (FastAPI's default `HTTPValidationError` would mislead generated clients)."""
    import jsonschema

    with TestClient(create_app(get_settings())) as client:
        doc = client.get("/openapi.json").json()
        bad = client.post("/v1/chat", json={"question": ""})
        missing = client.get("/v1/no-such-route")
    assert "HTTPValidationError" not in json.dumps(doc)
    operations = [op for ops in doc["paths"].values() for op in ops.values()]
    assert len(operations) > 20
    with_body_or_params = [op for op in operations if "422" in op["responses"]]
    assert with_body_or_params and all(
        list(op["responses"]["422"]["content"]) == ["application/problem+json"] for op in with_body_or_params)
    assert all("application/problem+json" in op["responses"]["default"]["content"] for op in operations)
    schema = {**doc["components"]["schemas"]["Problem"], "components": doc["components"]}
    for r in (bad, missing):
        jsonschema.validate(r.json(), schema)
    with_errors = {**schema, "required": [*schema["required"], "errors"]}
    jsonschema.validate(bad.json(), with_errors)
    with pytest.raises(jsonschema.ValidationError):   # FastAPI's default body is not what the document promises
        jsonschema.validate({"detail": [{"loc": ["body"], "msg": "x"}]}, schema)
