"""Schema-checked model output: constrained decoding, pydantic validation, one repair, then a typed error."""
from __future__ import annotations

import json
import re
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from agent.errors import StructuredOutputError
from agent.llm.base import LLMBackend, Message, as_messages
from prompts import load_prompt

T = TypeVar("T", bound=BaseModel)

_FENCE = re.compile(r"^```(?:json)?\s*|\s*```$", re.S)


def _json_candidate(text: str) -> str:
    """Models wrap JSON in fences or prose; take the outermost object."""
    text = _FENCE.sub("", text.strip())
    start, end = text.find("{"), text.rfind("}")
    return text[start : end + 1] if start >= 0 and end > start else text


def parse_as(model_cls: type[T], text: str) -> T:
    return model_cls.model_validate_json(_json_candidate(text))


def generate_structured(
    backend: LLMBackend,
    messages: list[Message] | str,
    model_cls: type[T],
    *,
    max_tokens: int | None = None,
) -> T:
    """Ask for `model_cls` as JSON. On invalid output, show the model its error once; then give up loudly."""
    msgs = as_messages(messages)
    schema = model_cls.model_json_schema()
    result = backend.chat(msgs, json_schema=schema, max_tokens=max_tokens)
    try:
        return parse_as(model_cls, result.text)
    except (ValidationError, ValueError) as first:
        repair = load_prompt("repair_json").format(
            schema=json.dumps(schema, ensure_ascii=False), answer=result.text[:4000], error=str(first)[:1500]
        )
        retry = backend.chat(
            [*msgs, Message(role="assistant", content=result.text), Message(role="user", content=repair)],
            json_schema=schema,
            max_tokens=max_tokens,
        )
        try:
            return parse_as(model_cls, retry.text)
        except (ValidationError, ValueError) as second:
            raise StructuredOutputError(
                f"The model did not return a valid {model_cls.__name__} after one repair attempt: {str(second)[:300]}",
                raw_text=retry.text,
                schema=schema,
                errors=str(second),
            ) from second
