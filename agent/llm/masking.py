"""The one place personal identifiers are taken out of what a remote model reads and put back in what it writes.

`registry.get_backend()` wraps the openai backend in `MaskingBackend` when FENGTIAO_MASK_PII_REMOTE is on
(the default), so every caller — chat answers, contract and invoice fill-in, mediation drafting, eval — gets
it without doing anything. ID, phone and bank-card numbers and credit codes (plus the names a caller declares
with `agent.security.pii.pii_names`) become numbered placeholders in each request; the placeholders are
restored in the returned text, in structured (JSON) output, and in streamed deltas, even when a chunk
boundary cuts a placeholder in two. The embedded local model never leaves the machine and is not wrapped.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from agent.llm.base import BackendInfo, ChatResult, LLMBackend, Message, StreamChunk, as_messages
from agent.security.pii import StreamRestorer, current_pii_names, mask_pii, restore_pii


def mask_messages(messages: list[Message] | list[dict] | str) -> tuple[list[Message], dict[str, str]]:
    """Masked copies of the messages, numbered consistently across them, and the placeholder → value map."""
    mapping: dict[str, str] = {}
    names = current_pii_names()
    out = []
    for m in as_messages(messages):
        masked = mask_pii(m.content, names=names, mapping=mapping)
        mapping = masked.mapping
        out.append(Message(role=m.role, content=masked.text))
    return out, mapping


def _restore_values(value: Any, mapping: dict[str, str]) -> Any:
    if isinstance(value, str):
        return restore_pii(value, mapping)
    if isinstance(value, list):
        return [_restore_values(v, mapping) for v in value]
    if isinstance(value, dict):
        return {k: _restore_values(v, mapping) for k, v in value.items()}
    return value


def restore_json_text(text: str, mapping: dict[str, str]) -> str:
    """Restore inside structured output. Valid JSON is restored value by value (placeholders the model wrote as
    `\\uXXXX` escapes included); otherwise (fences, prose) textually, each value JSON-escaped so a name with a
    quote keeps the JSON parseable."""
    try:
        data = json.loads(text)
    except ValueError:
        return restore_pii(text, {k: json.dumps(v, ensure_ascii=False)[1:-1] for k, v in mapping.items()})
    return json.dumps(_restore_values(data, mapping), ensure_ascii=False)


class MaskingBackend:
    """An `LLMBackend` around a remote one; everything not overridden here is the inner backend's."""

    def __init__(self, inner: LLMBackend) -> None:
        self.inner = inner
        self.name = inner.name

    @property
    def model_id(self) -> str:
        return self.inner.model_id

    def __getattr__(self, attr: str) -> Any:  # base_url, list_models, close, ...
        if attr == "inner":  # not set yet (copy, unpickling): no recursion
            raise AttributeError(attr)
        return getattr(self.inner, attr)

    def chat(self, messages: list[Message], *, max_tokens: int | None = None, temperature: float = 0.0,
             stop: list[str] | None = None, json_schema: dict | None = None) -> ChatResult:
        masked, mapping = mask_messages(messages)
        result = self.inner.chat(masked, max_tokens=max_tokens, temperature=temperature, stop=stop, json_schema=json_schema)
        if not mapping:
            return result
        restore = restore_json_text if json_schema is not None else restore_pii
        return result.model_copy(update={
            "text": restore(result.text, mapping),
            "reasoning": restore_pii(result.reasoning, mapping) if result.reasoning else result.reasoning,
        })

    def stream(self, messages: list[Message], *, max_tokens: int | None = None, temperature: float = 0.0,
               stop: list[str] | None = None) -> Iterator[StreamChunk]:
        masked, mapping = mask_messages(messages)
        # Called now, not lazily: a down server must fail here, before the caller starts its own response.
        chunks = self.inner.stream(masked, max_tokens=max_tokens, temperature=temperature, stop=stop)
        return chunks if not mapping else _restored(chunks, mapping)

    def check(self) -> BackendInfo:
        return self.inner.check()


def _restored(chunks: Iterator[StreamChunk], mapping: dict[str, str]) -> Iterator[StreamChunk]:
    restorers = {"text": StreamRestorer(mapping), "reasoning": StreamRestorer(mapping)}
    for chunk in chunks:
        text = restorers[chunk.kind].feed(chunk.text)
        if text:
            yield StreamChunk(kind=chunk.kind, text=text)
    for kind, restorer in restorers.items():
        if tail := restorer.flush():
            yield StreamChunk(kind=kind, text=tail)  # type: ignore[arg-type]
