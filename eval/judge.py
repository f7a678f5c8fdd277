"""Optional model-graded scoring: a rubric file, the case rendered into it, a score and a reason back.

Off by default and always kept apart from deterministic scores (`CaseRecord.judge`,
`SuiteResult.judge_metrics`): a model's opinion is never mixed into a number code computed.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from agent.errors import FengtiaoError, NotFound
from agent.llm.base import LLMBackend, Message
from agent.llm.structured import generate_structured

RUBRIC_DIR = Path(__file__).parent / "rubrics"
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_SPLIT = "\n---\n"


class JudgeVerdict(BaseModel):
    """The grader's answer; the schema the model must fill."""

    score: float = Field(ge=0.0, le=1.0, description="0 = fails the rubric, 1 = fully meets it")
    reason: str = Field(description="One or two sentences citing what in the answer decided the score")


@dataclass(frozen=True)
class JudgeSpec:
    rubric: str                                           # eval/rubrics/<rubric>.md
    render: Callable[[Any, dict[str, Any]], dict[str, str]]   # (row, outputs) -> the rubric's placeholders


def load_rubric(name: str, rubric_dir: Path = RUBRIC_DIR) -> tuple[str, str]:
    """A rubric file is a system part and a user template, separated by a line `---`."""
    path = rubric_dir / f"{name}.md"
    if not path.is_file():
        raise NotFound(f"Rubric {name!r} not found: expected {path}.")
    system, sep, user = path.read_text(encoding="utf-8").partition(_SPLIT)
    if not sep:
        raise NotFound(f"Rubric {path} needs a system part and a user template separated by a line '---'.")
    return system.strip(), user.strip()


def fill(template: str, fields: dict[str, str]) -> str:
    """Replace `{name}` placeholders; other braces in the rubric text are left alone."""
    return _PLACEHOLDER.sub(lambda m: str(fields.get(m.group(1), m.group(0))), template)


def grade(backend: LLMBackend, rubric: str, fields: dict[str, str]) -> JudgeVerdict:
    system, user = load_rubric(rubric)
    messages = [Message(role="system", content=system), Message(role="user", content=fill(user, fields))]
    return generate_structured(backend, messages, JudgeVerdict)


def judge_case(backend: LLMBackend, spec: JudgeSpec, row: Any, outputs: dict[str, Any]) -> dict[str, Any]:
    """Grade one case; a failure of the grader is recorded on the case, never raised."""
    try:
        verdict = grade(backend, spec.rubric, spec.render(row, outputs))
    except FengtiaoError as exc:
        return {"error": exc.message}
    except Exception as exc:  # noqa: BLE001 - a grader bug must not stop the run
        return {"error": f"{type(exc).__name__}: {exc}"}
    return {"score": verdict.score, "reason": verdict.reason}
