"""Any `LLMBackend` as a LangChain chat model, so LangGraph nodes run on the embedded model or on vLLM alike.

Reasoning travels in `additional_kwargs["reasoning"]`, never in `content`: whatever renders `content`
shows only the answer.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models.chat_models import BaseChatModel
from langchain_core.messages import (
    AIMessage,
    AIMessageChunk,
    BaseMessage,
    HumanMessage,
    SystemMessage,
    ToolMessage,
)
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk
from langchain_core.outputs import ChatResult as LCChatResult
from langchain_core.runnables import Runnable, RunnableLambda
from pydantic import BaseModel, ConfigDict

from agent.errors import ConfigError
from agent.llm.base import ChatResult, LLMBackend, Message
from agent.llm.structured import generate_structured


def _text_of(content: str | list) -> str:
    """LangChain content may be a list of blocks; we only send text."""
    if isinstance(content, str):
        return content
    parts = [b if isinstance(b, str) else str(b.get("text", "")) for b in content if isinstance(b, (str, dict))]
    return "".join(parts)


def to_messages(messages: list[BaseMessage]) -> list[Message]:
    """LangChain messages → ours. Tool results become user turns, labelled as data (documents are untrusted)."""
    out: list[Message] = []
    for m in messages:
        text = _text_of(m.content)
        if isinstance(m, SystemMessage):
            out.append(Message(role="system", content=text))
        elif isinstance(m, AIMessage):
            out.append(Message(role="assistant", content=text))
        elif isinstance(m, ToolMessage):
            out.append(Message(role="user", content=f"[工具结果 tool result: {m.name or m.tool_call_id}]\n{text}"))
        elif isinstance(m, HumanMessage) or m.type in ("human", "user"):
            out.append(Message(role="user", content=text))
        else:
            raise ConfigError(f"Message type {m.type!r} cannot be sent to the LLM backend; use system, human, ai or tool messages.")
    return out


def _ai_message(result: ChatResult) -> AIMessage:
    extra = {"reasoning": result.reasoning} if result.reasoning else {}
    usage = None
    if result.prompt_tokens is not None and result.completion_tokens is not None:
        usage = {
            "input_tokens": result.prompt_tokens,
            "output_tokens": result.completion_tokens,
            "total_tokens": result.prompt_tokens + result.completion_tokens,
        }
    return AIMessage(
        content=result.text,
        additional_kwargs=extra,
        response_metadata={"model_name": result.model, "finish_reason": result.finish_reason, "latency_s": result.latency_s},
        usage_metadata=usage,
    )


class BackendChatModel(BaseChatModel):
    """LangChain face of an `LLMBackend`; `with_structured_output` goes through `generate_structured`."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    backend: Any
    max_tokens: int | None = None
    temperature: float = 0.0

    @property
    def _llm_type(self) -> str:
        return f"fengtiao-{self.backend.name}"

    @property
    def _identifying_params(self) -> dict[str, Any]:
        return {"backend": self.backend.name, "max_tokens": self.max_tokens, "temperature": self.temperature}

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> LCChatResult:
        result = self.backend.chat(
            to_messages(messages),
            max_tokens=kwargs.get("max_tokens", self.max_tokens),
            temperature=kwargs.get("temperature", self.temperature),
            stop=stop,
            json_schema=kwargs.get("json_schema"),
        )
        return LCChatResult(generations=[ChatGeneration(message=_ai_message(result))], llm_output={"model_name": result.model})

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        for piece in self.backend.stream(
            to_messages(messages),
            max_tokens=kwargs.get("max_tokens", self.max_tokens),
            temperature=kwargs.get("temperature", self.temperature),
            stop=stop,
        ):
            if piece.kind == "reasoning":
                chunk = ChatGenerationChunk(message=AIMessageChunk(content="", additional_kwargs={"reasoning": piece.text}))
            else:
                chunk = ChatGenerationChunk(message=AIMessageChunk(content=piece.text))
                if run_manager:
                    run_manager.on_llm_new_token(piece.text, chunk=chunk)
            yield chunk

    def with_structured_output(self, schema: dict[str, Any] | type, *, include_raw: bool = False, **kwargs: Any) -> Runnable:
        """Validated pydantic objects via our schema + one-repair path (no tool calling needed)."""
        if not (isinstance(schema, type) and issubclass(schema, BaseModel)):
            raise ConfigError("with_structured_output needs a pydantic model class; fengtiao validates every answer with pydantic.")
        if include_raw:
            raise ConfigError("include_raw is not supported: a failed parse raises StructuredOutputError carrying the raw text.")

        def run(value: Any) -> BaseModel:
            msgs = self._convert_input(value).to_messages()
            return generate_structured(self.backend, to_messages(msgs), schema, max_tokens=self.max_tokens)

        return RunnableLambda(run, name=f"structured_{schema.__name__}")


def as_chat_model(backend: LLMBackend, *, max_tokens: int | None = None, temperature: float = 0.0) -> BackendChatModel:
    return BackendChatModel(backend=backend, max_tokens=max_tokens, temperature=temperature)
