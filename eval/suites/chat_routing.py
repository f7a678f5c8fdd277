"""Chat routing: does the agent consult the sources a question needs, and leave the others alone?

Credit staff type questions on a borrower's page ("他家有没有官司？", "最近销项掉了多少？", "这个月息2分合法吗？"); the router
(agent/graph/tools.py `route_tools`: the rules in agent/rules/chat_router.yaml, with the learned router model unless
FENGTIAO_ROUTER_MODEL=0; each row's evidence names which) picks the sources: law articles, the
institution's documents, the borrower's warnings, invoice figures, score, a contract review, a pasted-contract
check, a rate check. The rows were written blind to the router, each labelled with the sources a good answer
needs and those that would merely help. Scored per row: the share of needed sources picked, whether all were,
and whether nothing outside needs ∪ optional was.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field

from eval.schema import MetricSpec
from eval.suite import CaseScore, RunContext, Suite

Source = Literal["regulations", "documents", "warnings", "invoice_summary", "score", "contract_review",
                 "contract_check", "rate_check"]
DATASETS = Path(__file__).resolve().parent.parent / "datasets"
# The borrower on whose page a `borrower_in_focus` question is asked (a valid code; the router needs only that
# one is in focus, no record is read).
FOCUS = "91330100MA27XUNX0X"


class ChatQuestionRow(BaseModel):
    id: str
    question: str
    borrower_in_focus: bool
    needs: list[Source] = Field(min_length=1)
    optional: list[Source] = Field(default_factory=list)
    asker: str = ""
    lang: Literal["zh", "en", "mixed"] = "zh"
    names_code: bool = False
    note: str = ""


def _task(row: ChatQuestionRow, ctx: RunContext, prepared: Any) -> dict[str, Any]:
    from agent.graph.tools import borrower_in, route_tools, router_in_use

    borrower = borrower_in(row.question) or (FOCUS if row.borrower_in_focus else None)
    return {"borrower_id": borrower, "tools": route_tools(row.question, borrower), "router": router_in_use()}


def _score(row: ChatQuestionRow, out: dict[str, Any]) -> CaseScore:
    picked = set(out["tools"])
    needs = set(row.needs)
    extra = picked - needs - set(row.optional)
    missed = needs - picked
    scores = {"need_recall": len(needs & picked) / len(needs), "all_needs": float(not missed),
              "clean": float(not extra), "right": float(not missed and not extra)}
    for source in needs:
        scores[f"{source}.recall"] = float(source in picked)
    for source in picked - needs:
        scores[f"{source}.unneeded"] = float(source in extra)
    note = (f"picked {sorted(picked)}" + (f"; missed {sorted(missed)}" if missed else "")
            + (f"; not needed {sorted(extra)}" if extra else "") + f" ({row.asker}, {row.lang}; {out.get('router', 'rules')})")
    return CaseScore(scores=scores, evidence=[note])


METRICS = [
    MetricSpec(name="right", case_key="right", description="every needed source picked and nothing unneeded"),
    MetricSpec(name="need_recall", case_key="need_recall", description="share of needed sources picked"),
    MetricSpec(name="all_needs", case_key="all_needs", description="rows with every needed source picked"),
    MetricSpec(name="clean", case_key="clean", description="rows with no source outside needs and optional"),
    *(MetricSpec(name=f"{s}.recall", case_key=f"{s}.recall", description=f"rows needing {s} that got it")
      for s in Source.__args__),
]


def routing_suite(name: str, folder: str, version: str, description: str) -> Suite:
    """A routing suite on `eval/datasets/<folder>/cases.jsonl` (the held-out set reuses it)."""
    return Suite(
        name=name, description=description, version=version, metrics=METRICS, primary="right",
        dataset=DATASETS / folder / "cases.jsonl", row_model=ChatQuestionRow, task=_task, score=_score,
        inputs_of=lambda row: {"question": row.question, "borrower_in_focus": row.borrower_in_focus},
        expected_of=lambda row: {"needs": row.needs, "optional": row.optional},
        in_fast_subset=lambda raw: int(str(raw.get("id", "x-0")).split("-")[-1]) % 4 == 0,
    )


SUITE = routing_suite(
    "chat_routing", "chat_questions", "chat_questions v1",
    "Chat questions by credit staff, written blind to the router: the sources each needs picked, no others")
