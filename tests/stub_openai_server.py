"""A stand-in for `vllm serve`: the OpenAI chat-completions protocol over real HTTP, with scripted behaviour.

Use it from any test file:

    from tests.stub_openai_server import running_stub, stub_settings

    with running_stub() as stub:                       # uvicorn on 127.0.0.1, free port, background thread
        settings = stub_settings(stub)                 # Settings pointed at it (openai backend)
        ...
        stub.chat_requests()[-1]["response_format"]    # what the client sent

or the fixtures: `from tests.stub_openai_server import openai_stub, stub_server  # noqa: F401`
(`stub_server` is one stub per module; `openai_stub` is the same stub with its log and knobs reset per test).

Behaviour is chosen per request by a magic word `[[mode]]` in any user message, by asking for a model named
after the mode, or for every request with `running_stub(default_mode=...)`. Several words combine, e.g.
`[[reasoning]] [[json_repair]]`. A `responder(body) -> str | None` callback can script the answer text.

Modes (answer styles):  plain, reasoning (vLLM ≥0.10 `reasoning` field), reasoning_content (older vLLM /
DeepSeek), think (inline `<think>…</think>`), think_r1 (only the closing `</think>` is emitted).
JSON (when the request carries response_format json_schema): valid JSON built from the schema by default;
json_repair (invalid first, valid once the conversation holds an earlier assistant answer); json_invalid.
Faults: error500, flaky500 (500 twice per conversation, then OK), rate_limit (429 once, then OK),
context_length (vLLM's 400; also sent whenever characters + max_tokens exceed `context_window`),
malformed (200 with a non-JSON body / stream line), hang (sleeps `hang_s`, bounded, then answers).
The stub counts one token per character: enough to test that usage is carried through.
"""
from __future__ import annotations

import asyncio
import json
import re
import socket
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import pytest
import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, PlainTextResponse, Response, StreamingResponse

from agent.config import Settings

STYLES = ("plain", "reasoning", "reasoning_content", "think", "think_r1")
JSON_MODES = ("json_repair", "json_invalid")
FAULTS = ("error500", "flaky500", "rate_limit", "context_length", "malformed", "hang")
MODES = frozenset(STYLES + JSON_MODES + FAULTS)

STUB_REASONING = "先核对借款合同中的利率条款，再确认担保方式和还款期限。"
INVALID_JSON = '{"answer": "未写完'
_MAGIC = re.compile(r"\[\[([a-z0-9_]+)\]\]")
_CHUNK_CHARS = 3  # small stream pieces so `<think>` tags are cut across chunks

Responder = Callable[[dict], "str | None"]


def example_from_schema(schema: dict, root: dict | None = None) -> Any:
    """A value that validates against a (pydantic-style) JSON schema: the stub's constrained decoding."""
    root = root or schema
    if "$ref" in schema:
        target: Any = root
        for part in schema["$ref"].lstrip("#/").split("/"):
            target = target[part]
        return example_from_schema(target, root)
    if "const" in schema:
        return schema["const"]
    if schema.get("enum"):
        return schema["enum"][0]
    if "default" in schema:
        return schema["default"]
    if schema.get("examples"):
        return schema["examples"][0]
    for key in ("anyOf", "oneOf", "allOf"):
        if key in schema:
            options = [s for s in schema[key] if s.get("type") != "null"] or schema[key]
            return example_from_schema(options[0], root)
    kind = schema.get("type", "object")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind == "object":
        props = schema.get("properties", {})
        return {name: example_from_schema(sub, root) for name, sub in props.items()}
    if kind == "array":
        count = max(1, int(schema.get("minItems", 1)))
        return [example_from_schema(schema.get("items", {"type": "string"}), root) for _ in range(count)]
    if kind == "string":
        fmt = schema.get("format")
        if fmt == "date":
            return "2024-03-15"
        if fmt == "date-time":
            return "2024-03-15T09:30:00Z"
        return "示例" * max(1, int(schema.get("minLength", 1)))
    if kind == "integer":
        return int(schema.get("minimum", 1))
    if kind == "number":
        return float(schema.get("minimum", 1.5))
    if kind == "boolean":
        return True
    return None


@dataclass
class StubServer:
    """Handle on a running stub: its URL, what it received, and knobs tests may change between requests."""

    base_url: str
    model: str
    default_mode: str = "plain"
    hang_s: float = 3.0
    context_window: int = 8192
    api_key: str | None = None
    responder: Responder | None = None
    requests: list[dict] = field(default_factory=list)
    _attempts: Counter = field(default_factory=Counter)

    def chat_requests(self) -> list[dict]:
        """Bodies of the POST /v1/chat/completions requests received, oldest first."""
        return [r["body"] for r in self.requests if r["path"].endswith("/chat/completions")]

    def reset(self) -> None:
        self.requests.clear()
        self._attempts.clear()

    def __str__(self) -> str:
        return self.base_url


def _user_texts(body: dict) -> list[str]:
    return [str(m.get("content", "")) for m in body.get("messages", []) if m.get("role") == "user"]


def _modes(stub: StubServer, body: dict) -> set[str]:
    found = {w for text in _user_texts(body) for w in _MAGIC.findall(text) if w in MODES}
    if body.get("model") in MODES:
        found.add(body["model"])
    return found or {stub.default_mode}


def _answer_text(stub: StubServer, body: dict, modes: set[str]) -> str:
    scripted = stub.responder(body) if stub.responder else None
    if scripted is not None:
        return scripted
    fmt = body.get("response_format") or {}
    if fmt.get("type") == "json_schema":
        repaired = any(m.get("role") == "assistant" for m in body.get("messages", []))
        if "json_invalid" in modes or ("json_repair" in modes and not repaired):
            return INVALID_JSON
        schema = (fmt.get("json_schema") or {}).get("schema") or {}
        return json.dumps(example_from_schema(schema), ensure_ascii=False)
    users = _user_texts(body)
    question = _MAGIC.sub("", users[-1] if users else "").strip()
    return f"stub answer to: {question[:80]}"


def _styled(modes: set[str], answer: str) -> tuple[dict, str]:
    """(extra message fields, content) for the answer in the requested reasoning style."""
    if "reasoning" in modes:
        return {"reasoning": STUB_REASONING}, answer
    if "reasoning_content" in modes:
        return {"reasoning_content": STUB_REASONING}, answer
    if "think" in modes:
        return {}, f"<think>{STUB_REASONING}</think>{answer}"
    if "think_r1" in modes:
        return {}, f"{STUB_REASONING}</think>\n\n{answer}"
    return {}, answer


def _error(status: int, message: str, kind: str) -> JSONResponse:
    return JSONResponse({"error": {"message": message, "type": kind, "param": None, "code": status}}, status_code=status)


def _prompt_tokens(body: dict) -> int:
    return sum(len(str(m.get("content", ""))) for m in body.get("messages", []))


async def _fault(stub: StubServer, body: dict, modes: set[str]) -> Response | None:
    conversation = (_user_texts(body) or [""])[0]
    stub._attempts[conversation] += 1
    attempt = stub._attempts[conversation]
    if "error500" in modes or ("flaky500" in modes and attempt <= 2):
        return _error(500, "stub: internal server error (EngineCore died)", "InternalServerError")
    if "rate_limit" in modes and attempt == 1:
        return JSONResponse({"error": {"message": "stub: too many requests"}}, status_code=429, headers={"Retry-After": "0"})
    requested = _prompt_tokens(body) + int(body.get("max_tokens") or 0)
    if "context_length" in modes or requested > stub.context_window:
        return _error(
            400,
            f"This model's maximum context length is {stub.context_window} tokens. However, you requested "
            f"{requested} tokens ({_prompt_tokens(body)} in the messages, {body.get('max_tokens')} in the completion). "
            "Please reduce the length of the messages or completion.",
            "BadRequestError",
        )
    if "hang" in modes:
        await asyncio.sleep(stub.hang_s)
    return None


def _completion(stub: StubServer, body: dict, modes: set[str]) -> Response:
    if "malformed" in modes:
        return PlainTextResponse('{"choices": [ this is not json', media_type="application/json")
    fields, content = _styled(modes, _answer_text(stub, body, modes))
    prompt, completion = _prompt_tokens(body), len(content) + len(fields.get("reasoning", fields.get("reasoning_content", "")))
    return JSONResponse({
        "id": f"chatcmpl-stub-{len(stub.requests)}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": body.get("model") or stub.model,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": content, **fields}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion},
    })


def _pieces(text: str) -> list[str]:
    return [text[i : i + _CHUNK_CHARS] for i in range(0, len(text), _CHUNK_CHARS)]


def _stream(stub: StubServer, body: dict, modes: set[str]) -> StreamingResponse:
    fields, content = _styled(modes, _answer_text(stub, body, modes))
    model = body.get("model") or stub.model

    def event(delta: dict, finish: str | None = None) -> str:
        chunk = {"id": "chatcmpl-stub", "object": "chat.completion.chunk", "created": int(time.time()), "model": model,
                 "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
        return f"data: {json.dumps(chunk, ensure_ascii=False)}\n\n"

    def lines() -> Iterator[str]:
        yield event({"role": "assistant", "content": ""})
        if "malformed" in modes:
            yield "data: {this is not json\n\n"
            return
        for name, text in fields.items():
            for piece in _pieces(text):
                yield event({name: piece})
        for piece in _pieces(content):
            yield event({"content": piece})
        yield event({}, "stop")
        yield "data: [DONE]\n\n"

    return StreamingResponse(lines(), media_type="text/event-stream")


def create_app(stub: StubServer) -> FastAPI:
    app = FastAPI(title="stub OpenAI-compatible server")

    def record(request: Request, body: dict | None) -> Response | None:
        stub.requests.append({"method": request.method, "path": request.url.path,
                              "authorization": request.headers.get("authorization"), "body": body})
        if stub.api_key and request.headers.get("authorization") != f"Bearer {stub.api_key}":
            return _error(401, "stub: invalid API key", "AuthenticationError")
        return None

    @app.get("/v1/models")
    async def models(request: Request) -> Response:
        refused = record(request, None)
        if refused:
            return refused
        return JSONResponse({"object": "list", "data": [
            {"id": stub.model, "object": "model", "owned_by": "stub", "max_model_len": stub.context_window}]})

    @app.post("/v1/chat/completions")
    async def chat(request: Request) -> Response:
        try:
            body = json.loads(await request.body())
        except ValueError:
            return _error(400, "stub: request body is not JSON", "BadRequestError")
        refused = record(request, body)
        if refused:
            return refused
        modes = _modes(stub, body)
        fault = await _fault(stub, body, modes)
        if fault is not None:
            return fault
        return _stream(stub, body, modes) if body.get("stream") else _completion(stub, body, modes)

    return app


@contextmanager
def running_stub(
    *,
    model: str = "stub-qwen3-8b",
    default_mode: str = "plain",
    hang_s: float = 3.0,
    context_window: int = 8192,
    api_key: str | None = None,
    responder: Responder | None = None,
) -> Iterator[StubServer]:
    """Serve the stub with uvicorn in a daemon thread on 127.0.0.1:<free port>; stop it on exit."""
    if default_mode not in MODES:
        raise ValueError(f"unknown stub mode {default_mode!r}; choose from {sorted(MODES)}")
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    stub = StubServer(base_url=f"http://127.0.0.1:{port}/v1", model=model, default_mode=default_mode,
                      hang_s=hang_s, context_window=context_window, api_key=api_key, responder=responder)
    config = uvicorn.Config(create_app(stub), log_level="warning", access_log=False, lifespan="off",
                            timeout_graceful_shutdown=1)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name=f"stub-openai-{port}", daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the stub OpenAI server did not start within 10 s")
        time.sleep(0.01)
    try:
        yield stub
    finally:
        server.should_exit = True
        thread.join(timeout=hang_s + 5)
        sock.close()


def stub_settings(stub: StubServer, **overrides: Any) -> Settings:
    """Settings for the openai backend pointed at `stub`, with short timeouts so failing tests fail fast."""
    values: dict[str, Any] = {"llm_backend": "openai", "llm_base_url": stub.base_url, "llm_timeout_s": 10.0,
                              "llm_connect_timeout_s": 2.0, "llm_max_retries": 2}
    values.update(overrides)
    return Settings(**values)


@pytest.fixture(scope="module")
def stub_server() -> Iterator[StubServer]:
    """One stub per test module; each test starts with an empty request log."""
    with running_stub() as stub:
        yield stub


@pytest.fixture
def openai_stub(stub_server: StubServer) -> StubServer:
    stub_server.reset()
    stub_server.default_mode = "plain"
    stub_server.responder = None
    return stub_server
