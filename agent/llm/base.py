"""The one LLM interface every caller uses: chat, structured output (via `structured.py`) and streaming.

Backends are plain classes satisfying `LLMBackend`; `registry.get_backend()` picks one from settings.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Literal, Protocol, runtime_checkable

from pydantic import BaseModel, Field

from agent.errors import PromptError


class Message(BaseModel):
    role: Literal["system", "user", "assistant"]
    content: str


class ChatResult(BaseModel):
    """One completed answer. `reasoning` holds the model's thinking and is never shown as the answer."""

    text: str
    reasoning: str | None = None
    model: str
    finish_reason: str | None = None
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    latency_s: float = 0.0


class StreamChunk(BaseModel):
    kind: Literal["reasoning", "text"]
    text: str


class BackendInfo(BaseModel):
    backend: str
    model: str
    ok: bool
    detail: str = ""
    structured_output: bool | None = None
    extra: dict[str, Any] = Field(default_factory=dict)


@runtime_checkable
class LLMBackend(Protocol):
    name: str

    @property
    def model_id(self) -> str: ...

    def chat(
        self,
        messages: list[Message],
        *,
        max_tokens: int | None = None,
        temperature: float = 0.0,
        stop: list[str] | None = None,
        json_schema: dict | None = None,
    ) -> ChatResult:
        """Complete `messages`. With `json_schema` the backend constrains decoding to that schema."""
        ...

    def stream(
        self,
        messages: list[Message],
        *,
        max_tokens: int | None = None,
        temperature: float = 0.0,
        stop: list[str] | None = None,
    ) -> Iterator[StreamChunk]:
        """Yield reasoning and answer text as it is produced, kept apart by `kind`."""
        ...

    def check(self) -> BackendInfo:
        """Cheap liveness probe for /readyz and `fengtiao llm check`."""
        ...


def as_messages(messages: list[Message] | list[dict] | str) -> list[Message]:
    """Accept the common shapes callers have at hand; refuse an empty prompt early."""
    if isinstance(messages, str):
        out = [Message(role="user", content=messages)]
    else:
        out = [m if isinstance(m, Message) else Message.model_validate(m) for m in messages]
    if not out or not any(m.content.strip() for m in out):
        raise PromptError("The prompt is empty: give the model a question or a document to read.")
    return out
