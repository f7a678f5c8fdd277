"""Any OpenAI-compatible chat server (reference: `vllm serve` with a reasoning model), spoken over plain HTTP.

httpx instead of the `openai` package: one small dependency we already have, and full control over
timeouts, retries and the vLLM-specific fields (`reasoning`, `reasoning_content`) the SDK hides.
"""
from __future__ import annotations

import json
import random
import re
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
from pydantic import BaseModel, ValidationError

from agent.config import Settings
from agent.errors import BackendProtocolError, BackendUnavailable, ConfigError, FengtiaoError, PromptError
from agent.llm.base import BackendInfo, ChatResult, Message, StreamChunk, as_messages
from agent.llm.reasoning import ThinkStreamSplitter, split_think

# Statuses worth another try: the server is overloaded or restarting, the request itself was fine.
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
# vLLM (and OpenAI) phrase the "prompt too long" 400 in several ways across versions.
_CONTEXT_OVERFLOW = re.compile(
    r"maximum context length|context length|context window|context_length_exceeded|prompt is too long|"
    r"input tokens|too many tokens",
    re.I,
)
_SCHEMA_NAME = re.compile(r"[^A-Za-z0-9_-]+")
_MAX_BACKOFF_S = 8.0
# Their chat template opens `<think>` itself, so without a server-side reasoning parser only `</think>` is emitted.
_CLOSING_TAG_ONLY_MODELS = re.compile(r"deepseek-r1|r1-distill|qwq", re.I)


class _StreamedContent:
    """Route streamed `content` deltas to reasoning or answer text.

    For models that emit only the closing `</think>`, content is held back until that tag (or a
    server-parsed `reasoning` delta) shows which side it is on: reasoning must never leak as answer.
    """

    def __init__(self, closing_tag_only: bool) -> None:
        self._splitter = ThinkStreamSplitter()
        self._held: str | None = "" if closing_tag_only else None

    def feed(self, text: str) -> list[tuple[str, str]]:
        if self._held is None:
            return self._splitter.feed(text)
        self._held += text
        if "<think>" in self._held:
            return self.release()
        head, sep, rest = self._held.partition("</think>")
        if not sep:
            return []
        self._held = None
        return ([("reasoning", head)] if head.strip() else []) + self._splitter.feed(rest.lstrip("\n"))

    def release(self) -> list[tuple[str, str]]:
        """The server separates reasoning itself (or an opening tag appeared): stop holding back."""
        held, self._held = self._held, None
        return self._splitter.feed(held) if held else []

    def flush(self) -> list[tuple[str, str]]:
        return self.release() + self._splitter.flush()


class _Probe(BaseModel):
    """What `check()` asks for to prove structured output works end to end."""

    ok: bool


def api_root(base_url: str) -> str:
    """`http://h:8001`, `http://h:8001/` and `http://h:8001/v1/` all mean `http://h:8001/v1`."""
    url = base_url.strip().rstrip("/")
    if not re.match(r"^https?://", url):
        raise ConfigError(
            f"FENGTIAO_LLM_BASE_URL={base_url!r} is not an http(s) URL; use e.g. http://127.0.0.1:8001/v1."
        )
    return url if url.endswith("/v1") else url + "/v1"


def schema_response_format(schema: dict) -> dict:
    """The OpenAI `response_format` vLLM ≥0.12 understands (it dropped `guided_json`)."""
    name = _SCHEMA_NAME.sub("_", str(schema.get("title") or "answer"))[:64] or "answer"
    return {"type": "json_schema", "json_schema": {"name": name, "schema": schema, "strict": True}}


def _server_message(response: httpx.Response) -> str:
    """vLLM answers errors as `{"error": {"message": ...}}` (new) or `{"message": ...}` (old)."""
    try:
        body = response.json()
    except ValueError:
        return response.text[:500].strip() or response.reason_phrase
    if isinstance(body, dict):
        err = body.get("error")
        if isinstance(err, dict) and err.get("message"):
            return str(err["message"])
        if isinstance(err, str):
            return err
        if body.get("message"):
            return str(body["message"])
        if body.get("detail"):
            return str(body["detail"])
    return json.dumps(body, ensure_ascii=False)[:500]


class OpenAIBackend:
    """`LLMBackend` over `/v1/chat/completions`; reasoning kept apart, bounded retries, typed errors."""

    name = "openai"

    def __init__(self, settings: Settings, *, backoff_s: float = 0.5, transport: httpx.BaseTransport | None = None) -> None:
        if not settings.llm_base_url:
            raise ConfigError(
                "The openai backend needs FENGTIAO_LLM_BASE_URL (e.g. http://127.0.0.1:8001/v1); "
                "`fengtiao llm serve --model Qwen/Qwen3-8B` prints the vLLM command to start one."
            )
        self.base_url = api_root(settings.llm_base_url)
        self._settings = settings
        self._model = settings.llm_model
        self._max_retries = max(0, settings.llm_max_retries)
        self._backoff_s = backoff_s
        self._lock = threading.Lock()
        key = settings.llm_api_key.get_secret_value()
        self._client = httpx.Client(
            base_url=self.base_url,
            headers={"Authorization": f"Bearer {key}"} if key else {},
            timeout=httpx.Timeout(settings.llm_timeout_s, connect=settings.llm_connect_timeout_s),
            transport=transport,
        )

    # -- identity -------------------------------------------------------------------------------

    @property
    def model_id(self) -> str:
        """The configured model, else the first one the server lists (asked once)."""
        if self._model is None:
            with self._lock:
                if self._model is None:
                    models = self.list_models()
                    if not models:
                        raise BackendUnavailable(self.base_url, "the server lists no models (GET /v1/models is empty)")
                    self._model = models[0]
        return self._model

    def list_models(self) -> list[str]:
        response = self._send("GET", "/models")
        data = self._json(response)
        items = data.get("data") if isinstance(data, dict) else None
        if not isinstance(items, list):
            raise BackendProtocolError(f"{self.base_url}/models did not return an OpenAI model list (no `data` array).")
        return [str(m["id"]) for m in items if isinstance(m, dict) and m.get("id")]

    def close(self) -> None:
        self._client.close()

    # -- LLMBackend -----------------------------------------------------------------------------

    def chat(
        self,
        messages: list[Message],
        *,
        max_tokens: int | None = None,
        temperature: float = 0.0,
        stop: list[str] | None = None,
        json_schema: dict | None = None,
    ) -> ChatResult:
        payload = self._payload(messages, max_tokens=max_tokens, temperature=temperature, stop=stop)
        if json_schema is not None:
            payload["response_format"] = schema_response_format(json_schema)
        started = time.perf_counter()
        data = self._json(self._send("POST", "/chat/completions", json=payload))
        result = self._parse_completion(data)
        return result.model_copy(update={"latency_s": round(time.perf_counter() - started, 4)})

    def stream(
        self,
        messages: list[Message],
        *,
        max_tokens: int | None = None,
        temperature: float = 0.0,
        stop: list[str] | None = None,
    ) -> Iterator[StreamChunk]:
        payload = self._payload(messages, max_tokens=max_tokens, temperature=temperature, stop=stop)
        payload["stream"] = True
        # Sent now, not on first iteration: a down server fails here, before a caller starts its own response.
        response = self._send("POST", "/chat/completions", json=payload, stream=True)
        return self._stream_chunks(response, payload["model"])

    def check(self) -> BackendInfo:
        """Reachable? Which model? Does a JSON-schema request come back valid?"""
        started = time.perf_counter()
        extra: dict[str, Any] = {"base_url": self.base_url}
        try:
            models = self.list_models()
        except FengtiaoError as exc:
            return BackendInfo(backend=self.name, model=self._model or "", ok=False, detail=exc.message, extra=extra)
        extra["models"] = models
        model = self._model or (models[0] if models else "")
        if not model:
            return BackendInfo(backend=self.name, model="", ok=False, detail="The server lists no models.", extra=extra)
        if models and model not in models:
            return BackendInfo(
                backend=self.name, model=model, ok=False, extra=extra,
                detail=f"The server does not serve {model!r}; it serves {', '.join(models)}. Set FENGTIAO_LLM_MODEL accordingly.",
            )
        self._model = model
        structured, detail = self._probe_structured()
        extra["latency_s"] = round(time.perf_counter() - started, 3)
        return BackendInfo(backend=self.name, model=model, ok=True, structured_output=structured, detail=detail, extra=extra)

    # -- internals ------------------------------------------------------------------------------

    def _probe_structured(self) -> tuple[bool, str]:
        schema = _Probe.model_json_schema()
        try:
            result = self.chat(
                [Message(role="user", content='Answer with the JSON object {"ok": true}.')],
                json_schema=schema,
                max_tokens=self._settings.llm_max_tokens,
            )
            _Probe.model_validate_json(result.text.strip())
        except ValidationError as exc:
            return False, f"structured output came back invalid ({exc.error_count()} error(s)); start vLLM with a structured-outputs backend"
        except FengtiaoError as exc:
            return False, f"structured output request failed: {exc.message}"
        return True, "structured output (response_format json_schema) works"

    def _payload(self, messages: list[Message], *, max_tokens: int | None, temperature: float, stop: list[str] | None) -> dict:
        msgs = as_messages(messages)
        payload: dict[str, Any] = {
            "model": self.model_id,
            "messages": [{"role": m.role, "content": m.content} for m in msgs],
            "max_tokens": max_tokens or self._settings.llm_max_tokens,
            "temperature": temperature,
        }
        if stop:
            payload["stop"] = stop
        return payload

    def _send(self, method: str, path: str, *, json: dict | None = None, stream: bool = False) -> httpx.Response:
        """One request with bounded exponential backoff on connection errors, 429 and 5xx."""
        last_reason, last_status = "", None
        retry_headers: httpx.Headers | None = None
        for attempt in range(self._max_retries + 1):
            if attempt:
                self._sleep_before_retry(attempt, retry_headers)
            retry_headers = None
            try:
                request = self._client.build_request(method, path, json=json)
                response = self._client.send(request, stream=stream)
            except httpx.ConnectTimeout:
                last_reason, last_status = f"connecting timed out after {self._settings.llm_connect_timeout_s:g}s", None
                continue
            except httpx.TimeoutException as exc:
                # A read timeout means the server took the request and is busy on it: retrying only piles on load.
                raise BackendUnavailable(
                    self.base_url,
                    f"no answer within {self._settings.llm_timeout_s:g}s ({type(exc).__name__}); "
                    "raise FENGTIAO_LLM_TIMEOUT_S or lower FENGTIAO_LLM_MAX_TOKENS",
                ) from exc
            except httpx.TransportError as exc:
                last_reason, last_status = f"cannot connect ({type(exc).__name__}: {exc})", None
                continue
            if response.status_code < 400:
                return response
            if stream:
                response.read()
            response.close()
            message = _server_message(response)
            if response.status_code in RETRY_STATUSES:
                last_reason, last_status = f"HTTP {response.status_code}: {message[:300]}", response.status_code
                retry_headers = response.headers
                continue
            raise self._client_error(response.status_code, message, json)
        tries = self._max_retries + 1
        raise BackendUnavailable(
            self.base_url, f"{last_reason} (gave up after {tries} attempt{'s' if tries > 1 else ''})", last_status=last_status
        )

    def _sleep_before_retry(self, attempt: int, headers: httpx.Headers | None) -> None:
        delay = self._backoff_s * (2 ** (attempt - 1))
        retry_after = headers.get("retry-after") if headers else None
        if retry_after and retry_after.replace(".", "", 1).isdigit():
            delay = max(delay, float(retry_after))
        # jitter keeps a batch of workers from retrying in lockstep
        time.sleep(min(_MAX_BACKOFF_S, delay) * (1 + 0.1 * random.random()))

    def _client_error(self, status: int, message: str, payload: dict | None) -> FengtiaoError:
        """4xx other than 429: the request itself is wrong, so retrying cannot help; say what to change."""
        if status == 400 and _CONTEXT_OVERFLOW.search(message):
            budget = (payload or {}).get("max_tokens")
            return PromptError(
                "The prompt is longer than the model's context window"
                f" (answer budget max_tokens={budget}). Shorten the document or retrieve fewer passages, "
                "lower FENGTIAO_LLM_MAX_TOKENS, or start vLLM with a larger --max-model-len. "
                f"Server said: {message[:400]}"
            )
        if status in (401, 403):
            return ConfigError(f"The LLM server at {self.base_url} refused the API key (HTTP {status}): {message[:300]}. Set FENGTIAO_LLM_API_KEY.")
        if status == 404:
            return ConfigError(
                f"The LLM server at {self.base_url} answered 404: {message[:300]}. Check FENGTIAO_LLM_BASE_URL "
                "and FENGTIAO_LLM_MODEL (`fengtiao llm check` lists the served models)."
            )
        return BackendProtocolError(f"The LLM server at {self.base_url} rejected the request (HTTP {status}): {message[:500]}")

    def _json(self, response: httpx.Response) -> Any:
        try:
            return response.json()
        except (ValueError, UnicodeDecodeError) as exc:
            raise BackendProtocolError(
                f"The LLM server at {self.base_url} answered HTTP {response.status_code} with a body that is not JSON: "
                f"{response.text[:200]!r}. Is FENGTIAO_LLM_BASE_URL an OpenAI-compatible endpoint?"
            ) from exc

    def _parse_completion(self, data: Any) -> ChatResult:
        try:
            choice = data["choices"][0]
            message = choice["message"]
            content = message.get("content") or ""
        except (KeyError, IndexError, TypeError, AttributeError) as exc:
            raise BackendProtocolError(
                f"The LLM server at {self.base_url} answered without choices[0].message: {json.dumps(data, ensure_ascii=False)[:300]}"
            ) from exc
        if not isinstance(content, str):
            raise BackendProtocolError(f"The LLM server at {self.base_url} returned non-text content: {str(content)[:200]}")
        field_reasoning = message.get("reasoning") or message.get("reasoning_content")
        inline_reasoning, text = split_think(content)
        reasoning = "\n".join(r for r in (field_reasoning, inline_reasoning) if r) or None
        usage = data.get("usage") if isinstance(data.get("usage"), dict) else {}
        return ChatResult(
            text=text.strip(),
            reasoning=reasoning,
            model=str(data.get("model") or self.model_id),
            finish_reason=choice.get("finish_reason"),
            prompt_tokens=usage.get("prompt_tokens"),
            completion_tokens=usage.get("completion_tokens"),
        )

    def _stream_chunks(self, response: httpx.Response, model: str) -> Iterator[StreamChunk]:
        splitter = _StreamedContent(bool(_CLOSING_TAG_ONLY_MODELS.search(model)))
        try:
            for line in response.iter_lines():
                event = self._sse_event(line)
                if event is None:
                    continue
                if event == "[DONE]":
                    break
                for kind, text in self._delta_pieces(event, splitter):
                    yield StreamChunk(kind=kind, text=text)
            for kind, text in splitter.flush():
                yield StreamChunk(kind=kind, text=text)
        except httpx.TimeoutException as exc:
            raise BackendUnavailable(
                self.base_url, f"the stream stalled: no data for {self._settings.llm_timeout_s:g}s ({type(exc).__name__})"
            ) from exc
        except httpx.TransportError as exc:
            raise BackendUnavailable(self.base_url, f"the stream broke off: {exc!r}") from exc
        finally:
            response.close()

    def _sse_event(self, line: str) -> Any:
        """One `data:` line of the SSE stream → parsed JSON, "[DONE]", or None for comments/blank lines."""
        if not line.startswith("data:"):
            return None
        body = line[5:].strip()
        if body == "[DONE]":
            return body
        try:
            event = json.loads(body)
        except ValueError as exc:
            raise BackendProtocolError(f"The LLM server at {self.base_url} streamed a line that is not JSON: {body[:200]!r}") from exc
        if isinstance(event, dict) and event.get("error"):
            err = event["error"]
            message = err.get("message") if isinstance(err, dict) else str(err)
            raise BackendUnavailable(self.base_url, f"the server aborted the stream: {str(message)[:300]}")
        return event

    def _delta_pieces(self, event: Any, splitter: _StreamedContent) -> list[tuple[str, str]]:
        try:
            choices = event.get("choices") or []
            delta = (choices[0].get("delta") or {}) if choices else {}
        except (AttributeError, TypeError) as exc:
            raise BackendProtocolError(f"The LLM server at {self.base_url} streamed an unexpected event: {str(event)[:200]}") from exc
        pieces: list[tuple[str, str]] = []
        reasoning = delta.get("reasoning") or delta.get("reasoning_content")
        if reasoning:
            pieces.extend(splitter.release())
            pieces.append(("reasoning", str(reasoning)))
        content = delta.get("content")
        if content:
            pieces.extend(splitter.feed(str(content)))
        return pieces
