"""Self-statements: does fengtiao recognise a party's own, unverified word on a risk fact, and nothing else?

A borrower's 陈述与保证, 承诺函 or e-mail saying 无任何未决诉讼 / 从未逾期 / 名下房产无抵押 is kept as content, named in the
chat answer as the party's own word, and read against the lender's records (agent/security/self_statements.py,
agent/risk/crosscheck.py). The rows were written blind to the detector: statements on six risk topics (a seventh,
经营与纳税 — sales, invoicing, taxes, headcount — in the third set) in Chinese and English, and hard negatives with the same words in another role (contract terms about future events, a third
party's facts, admissions of a bad fact, law text, officers' notes). Scored per row: found or not, the topic the
answer would name, and — for court records and repayments — whether the statement denies only open cases /
what is still owed (what decides a conflict with the records).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel

from eval.schema import MetricSpec
from eval.suite import CaseScore, RunContext, Suite

DATASET = Path(__file__).resolve().parent.parent / "datasets" / "self_statements" / "cases.jsonl"
Topic = Literal["涉诉与执行", "关联关系", "对外担保", "抵质押与权利负担", "还款与逾期", "征信与偿债能力", "经营与纳税"]


class SelfStatementRow(BaseModel):
    id: str
    text: str
    lang: Literal["zh", "en", "mixed"]
    label: Literal["statement", "other"]
    topic: Topic | None = None
    scope: Literal["none", "pending", "resolved", "positive"] | None = None
    source: str


def _task(row: SelfStatementRow, ctx: RunContext, prepared: Any) -> dict[str, Any]:
    from agent.risk.crosscheck import denies_history, denies_pending_only
    from agent.security.self_statements import find_self_statements, topics

    found = find_self_statements(row.text)
    return {"found": found, "topics": list(dict.fromkeys(t for s in found for t in topics(s))),
            "pending_only": denies_pending_only(found) if found else None,
            "denies_history": denies_history(found) if found else None}


def _score(row: SelfStatementRow, out: dict[str, Any]) -> CaseScore:
    found = bool(out["found"])
    if row.label == "other":
        return CaseScore(scores={"other.flagged": float(found), "correct": float(not found)},
                         evidence=[f"{row.source}: flagged {out['found']}" if found else f"{row.source}: not flagged"])
    right_topic = found and row.topic in out["topics"]
    scores = {"statement.found": float(found), "statement.topic_right": float(right_topic), "correct": float(right_topic)}
    if found and row.topic == "涉诉与执行" and row.scope in ("none", "pending"):
        scores["scope.right"] = float(out["pending_only"] is (row.scope == "pending"))
    if found and row.topic == "还款与逾期" and row.scope in ("none", "resolved"):
        scores["scope.right"] = float(out["denies_history"] is (row.scope == "none"))
    note = (f"{row.topic}/{row.scope} ({row.lang}, {row.source}): "
            + (f"found, topics {out['topics']}" if found else "missed"))
    return CaseScore(scores=scores, evidence=[note])


def statement_suite(name: str, dataset: Path, version: str, description: str) -> Suite:
    """A self-statement suite on `dataset`: the same rows schema, task and scorers (the held-out sets reuse it)."""
    return Suite(
        name=name,
        description=description,
        version=version,
        metrics=[
            MetricSpec(name="correct", case_key="correct", description="statement found with its topic, or other row left alone"),
            MetricSpec(name="statement.found", case_key="statement.found", description="statements recognised (recall)"),
            MetricSpec(name="statement.topic_right", case_key="statement.topic_right",
                       description="statements recognised and named by their own topic"),
            MetricSpec(name="other.flagged", case_key="other.flagged", higher_is_better=False,
                       description="hard negatives wrongly taken for a self-statement"),
            MetricSpec(name="scope.right", case_key="scope.right",
                       description="court/repayment statements read right: open cases only vs any; owed now vs ever late"),
        ],
        primary="correct",
        dataset=dataset,
        row_model=SelfStatementRow,
        task=_task,
        score=_score,
        inputs_of=lambda row: {"text": row.text, "lang": row.lang, "source": row.source},
        expected_of=lambda row: {"label": row.label, "topic": row.topic, "scope": row.scope},
        in_fast_subset=lambda raw: int(str(raw.get("id", "x-0")).split("-")[-1]) % 4 == 0,
    )


SUITE = statement_suite(
    "self_statements", DATASET, "self_statements v1",
    "A party's own unverified word on a risk fact (无涉诉, 从未逾期, unencumbered…) found with its topic; "
    "same words in another role left alone")
