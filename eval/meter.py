"""A token-counting wrapper around the configured LLM backend.

Suites get this instead of the backend itself, so each case record can say which model answered
and how many tokens went in and out. The real backend is created on first use: a run of
retrieval-only suites never loads a model.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator

from agent.config import Settings, get_settings
from agent.llm.base import BackendInfo, ChatResult, LLMBackend, Message, StreamChunk
from agent.llm.registry import get_backend
from eval.schema import BackendSummary, RunOptions


def settings_for(options: RunOptions) -> Settings:
    """Settings with the run's `--backend/--base-url/--model` applied over the environment."""
    overrides: dict[str, object] = {}
    if options.backend:
        overrides["llm_backend"] = options.backend
    if options.base_url:
        overrides["llm_base_url"] = options.base_url
    if options.model:
        overrides["llm_model"] = options.model
    return Settings(**overrides) if overrides else get_settings()


def backend_summary(options: RunOptions) -> BackendSummary:
    s = settings_for(options)
    return BackendSummary(backend=s.llm_backend, base_url=s.llm_base_url, model=s.llm_model)


class MeteredBackend:
    """Satisfies `LLMBackend`; counts usage between `reset()` calls (one case)."""

    def __init__(self, factory: Callable[[], LLMBackend]) -> None:
        self._factory = factory
        self._inner: LLMBackend | None = None
        self.reset()

    @classmethod
    def for_options(cls, options: RunOptions) -> "MeteredBackend":
        return cls(lambda: get_backend(settings_for(options)))

    def backend(self) -> LLMBackend:
        if self._inner is None:
            self._inner = self._factory()
        return self._inner

    @property
    def name(self) -> str:
        return self.backend().name

    @property
    def model_id(self) -> str:
        return self.backend().model_id

    def reset(self) -> None:
        self.calls = 0
        self.tokens_in = 0
        self.tokens_out = 0
        self.models: set[str] = set()

    def model_label(self) -> str:
        """The model(s) used since the last reset, or "none" when no LLM was called."""
        return ",".join(sorted(self.models)) if self.models else "none"

    def chat(
        self,
        messages: list[Message],
        *,
        max_tokens: int | None = None,
        temperature: float = 0.0,
        stop: list[str] | None = None,
        json_schema: dict | None = None,
    ) -> ChatResult:
        self.calls += 1
        result = self.backend().chat(
            messages, max_tokens=max_tokens, temperature=temperature, stop=stop, json_schema=json_schema
        )
        self.tokens_in += result.prompt_tokens or 0
        self.tokens_out += result.completion_tokens or 0
        self.models.add(result.model)
        return result

    def stream(
        self,
        messages: list[Message],
        *,
        max_tokens: int | None = None,
        temperature: float = 0.0,
        stop: list[str] | None = None,
    ) -> Iterator[StreamChunk]:
        # Streams carry no usage; the call and the model are still recorded.
        self.calls += 1
        inner = self.backend()
        self.models.add(inner.model_id)
        yield from inner.stream(messages, max_tokens=max_tokens, temperature=temperature, stop=stop)

    def check(self) -> BackendInfo:
        return self.backend().check()
