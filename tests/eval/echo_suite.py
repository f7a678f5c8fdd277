"""A tiny, fully controllable suite for testing the harness itself (registered at run time by the tests).

Each row asks for an answer; the task either repeats the row's `answer` or asks the configured LLM.
Rows can also make the scorer raise, so every failure path of the runner is reachable.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel

from agent.llm.base import Message
from eval.judge import JudgeSpec
from eval.schema import MetricSpec
from eval.suite import CaseScore, RunContext, Suite


class EchoRow(BaseModel):
    id: str
    question: str
    answer: str = ""
    expected: str
    mode: Literal["echo", "llm", "boom_scorer"] = "echo"


def _task(row: EchoRow, ctx: RunContext, state: object) -> dict[str, Any]:
    if row.mode == "llm":
        result = ctx.llm.chat([Message(role="user", content=row.question)])
        return {"answer": result.text}
    return {"answer": row.answer}


def _score(row: EchoRow, outputs: dict[str, Any]) -> CaseScore:
    if row.mode == "boom_scorer":
        raise ValueError("scorer cannot handle this row")
    exact = 1.0 if outputs["answer"].strip() == row.expected else 0.0
    overlap = len(set(outputs["answer"]) & set(row.expected)) / max(1, len(set(row.expected)))
    return CaseScore(scores={"exact": exact, "overlap": overlap},
                     evidence=[f"answered {outputs['answer']!r}, expected {row.expected!r}"])


def echo_suite(dataset: Path, name: str = "echo") -> Suite:
    return Suite(
        name=name,
        description="harness self-test",
        version="echo v1",
        metrics=[MetricSpec(name="exact", case_key="exact", tolerance=0.05),
                 MetricSpec(name="overlap", case_key="overlap", tolerance=0.05)],
        primary="exact",
        dataset=dataset,
        row_model=EchoRow,
        task=_task,
        score=_score,
        inputs_of=lambda row: {"question": row.question},
        expected_of=lambda row: {"answer": row.expected},
        fast_limit=2,
        judge=JudgeSpec(rubric="law_answer", render=lambda row, out: {"question": row.question, "evidence": out["answer"]}),
    )


def write_rows(path: Path, rows: list[dict | str]) -> Path:
    """Rows as JSONL; a str is written verbatim (to plant a broken line)."""
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in rows) + "\n",
                    encoding="utf-8")
    return path


GOOD_ROWS = [
    {"id": "e1", "question": "借款本金是多少？", "answer": "50万元", "expected": "50万元"},
    {"id": "e2", "question": "年利率是多少？", "answer": "12%", "expected": "12%"},
    {"id": "e3", "question": "保证方式？", "answer": "连带责任保证", "expected": "连带责任保证"},
    {"id": "e4", "question": "还款日？", "answer": "2024年6月30日", "expected": "2024年6月30日"},
]
