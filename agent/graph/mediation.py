"""The mediation graph: intake → extract contract → calculate → options → draft → check → mediator review → final.

Checkpointed per case id (thread id) in SQLite, so a case paused for review survives a restart and resumes
with `Command(resume={...})`. Nodes orchestrate; the numbers come from agent.mediation. Every side effect
(dispute copy, draft versions, DOCX) is idempotent, because a resumed node runs again from its start.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any, TypedDict

from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.checkpoint.sqlite import SqliteSaver
from langgraph.graph import END, START, StateGraph
from langgraph.graph.state import CompiledStateGraph
from langgraph.types import interrupt

from agent.config import Settings, get_settings


class MediationState(TypedDict, total=False):
    case_id: str
    dispute: dict            # the intake, JSON-ready (personal data stays in the case dir and this DB only)
    lang: str
    use_llm: bool
    data_dir: str
    contract: dict           # fields + finding ids from check_contract
    assessment: dict
    options: dict
    chosen: int
    drafts: dict             # kind → {path, version, source, attempts}
    checks: dict             # kind → [check results]
    review: dict             # the mediator's last decision
    status: str              # awaiting_review | approved | check_failed
    final: dict              # {agreement_md, agreement_docx, memo_md, option}
    history: list


def _settings(state: MediationState) -> Settings:
    s = get_settings()
    return s.model_copy(update={"data_dir": Path(state["data_dir"])}) if state.get("data_dir") else s


def _dispute(state: MediationState):
    from agent.mediation.intake import parse_dispute

    return parse_dispute(state["dispute"], file=f"case {state.get('case_id', '?')}")


def _inputs(state: MediationState, chosen: int | None = None):
    from agent.mediation.claim import assess_claim
    from agent.mediation.draft import DraftInputs
    from agent.mediation.options import build_options

    d = _dispute(state)
    a = assess_claim(d)
    o = build_options(a.supportable.totals["total_outstanding"], a.as_written.totals["total_outstanding"],
                      settle_on=d.claim_date, capacity=d.borrower_capacity_per_month,
                      lender_min=d.claims.lender.reservation, borrower_max=d.claims.borrower.reservation)
    return DraftInputs(d, a, o, chosen or state.get("chosen") or o.recommended, state.get("lang") or d.lang)


def intake(state: MediationState) -> dict:
    from agent.mediation.cases import save_dispute

    d = _dispute(state)
    save_dispute(state["case_id"], d, _settings(state))
    return {"lang": state.get("lang") or d.lang, "status": "running"}


def extract_contract(state: MediationState) -> dict:
    d = _dispute(state)
    if not d.contract.file:
        return {"contract": {"file": None, "fields": {}, "findings": []}}
    from agent.contracts.check import check_contract

    rep = check_contract(d.contract.file)
    return {"contract": {"file": Path(d.contract.file).name, "fields": rep.fields,
                         "findings": [f.rule_id for f in rep.findings]}}


def calculate(state: MediationState) -> dict:
    from agent.mediation.claim import assess_claim

    return {"assessment": assess_claim(_dispute(state)).to_dict()}


def options(state: MediationState) -> dict:
    inp = _inputs(state)
    valid = {o.n for o in inp.options.options}
    chosen = state.get("chosen") if state.get("chosen") in valid else inp.options.recommended
    return {"options": inp.options.to_dict(), "chosen": chosen}


def _backend(state: MediationState):
    if not state.get("use_llm"):
        return None
    from agent.llm.registry import get_backend

    return get_backend()


def _write_drafts(state: MediationState, kinds: tuple[str, ...], stem_suffix: str = "") -> tuple[dict, dict]:
    from agent.mediation.cases import case_dir, other_parties
    from agent.mediation.documents import produce_draft, save_version

    s = _settings(state)
    inp = _inputs(state)
    names, ids = other_parties(state["case_id"], s)
    folder = case_dir(state["case_id"], s) / "drafts"
    drafts, checks = dict(state.get("drafts") or {}), dict(state.get("checks") or {})
    for kind in kinds:
        out = produce_draft(inp, kind, backend=_backend(state), foreign_names=names, foreign_ids=ids)
        path, version = save_version(folder, f"{kind}{stem_suffix}", out.text)
        drafts[kind] = {"path": str(path), "version": version, "source": out.source, "attempts": out.attempts,
                        "option": inp.chosen}
        checks[kind] = [c.to_dict() for c in out.checks]
    return drafts, checks


def draft(state: MediationState) -> dict:
    drafts, checks = _write_drafts(state, ("memo", "agreement"))
    return {"drafts": drafts, "checks": checks}


def check(state: MediationState) -> dict:
    """Re-check the saved files: what the mediator reviews is what passed."""
    from agent.mediation.cases import other_parties
    from agent.mediation.checks import check_draft, draft_facts

    inp = _inputs(state)
    facts = draft_facts(inp)
    names, ids = other_parties(state["case_id"], _settings(state))
    checks = {}
    for kind, info in state["drafts"].items():
        text = Path(info["path"]).read_text(encoding="utf-8")
        checks[kind] = [r.to_dict() for r in check_draft(text, kind, facts, inp.lang, foreign_names=names, foreign_ids=ids)]
    ok = all(r["ok"] for rs in checks.values() for r in rs)
    return {"checks": checks, "status": "awaiting_review" if ok else "check_failed"}


def review(state: MediationState) -> dict:
    """Pause for the mediator. Resume value: {"action": approve|send_back|edit, "option": n, "note": str, "edits": {}}."""
    o = state["options"]
    decision: Any = interrupt({
        "case_id": state["case_id"], "status": state.get("status"), "recommended": o["recommended"],
        "chosen": state.get("chosen"), "supportable": o["supportable"], "as_written": o["as_written"],
        "options": [{"n": x["n"], "title_zh": x["title_zh"], "total": x["total"], "months": x["months"]} for x in o["options"]],
        "drafts": {k: v["path"] for k, v in state["drafts"].items()}, "checks_ok": state.get("status") == "awaiting_review",
    })
    decision = decision if isinstance(decision, dict) else {"action": str(decision)}
    action = decision.get("action", "approve")
    update: dict = {"review": decision, "history": list(state.get("history") or []) + [decision]}
    valid = {x["n"] for x in o["options"]}
    if decision.get("option") is not None:
        if int(decision["option"]) not in valid:
            update["review"] = {**decision, "action": "invalid", "error": f"option {decision['option']} does not exist"}
            return update
        update["chosen"] = int(decision["option"])
    if action == "send_back" and decision.get("note"):
        d = dict(state["dispute"])
        d["mediator_notes"] = (d.get("mediator_notes", "") + "\n" + decision["note"]).strip()
        update["dispute"] = d
    if action == "edit" and decision.get("edits"):
        update["dispute"] = {**state["dispute"], **decision["edits"]}
    return update


def after_review(state: MediationState) -> str:
    action = (state.get("review") or {}).get("action", "approve")
    return {"approve": "finalize", "send_back": "draft", "edit": "intake"}.get(action, "review")


def finalize(state: MediationState) -> dict:
    from agent.mediation.cases import case_dir
    from agent.mediation.documents import write_docx

    drafts, checks = _write_drafts(state, ("agreement",), stem_suffix="-final")
    if not all(r["ok"] for r in checks["agreement"]):
        return {"status": "check_failed", "checks": checks}
    md = Path(drafts["agreement"]["path"])
    docx = write_docx(md.read_text(encoding="utf-8"), case_dir(state["case_id"], _settings(state)) / f"调解协议书-{state['case_id']}.docx")
    return {"drafts": drafts, "checks": checks, "status": "approved",
            "final": {"agreement_md": str(md), "agreement_docx": str(docx), "memo_md": state["drafts"]["memo"]["path"],
                      "option": state.get("chosen")}}


def build_mediation_graph(checkpointer: BaseCheckpointSaver | None = None) -> CompiledStateGraph:
    g = StateGraph(MediationState)
    for name, fn in (("intake", intake), ("extract_contract", extract_contract), ("calculate", calculate),
                     ("options", options), ("draft", draft), ("check", check), ("review", review),
                     ("finalize", finalize)):
        g.add_node(name, fn)
    g.add_edge(START, "intake")
    for a, b in (("intake", "extract_contract"), ("extract_contract", "calculate"), ("calculate", "options"),
                 ("options", "draft"), ("draft", "check"), ("check", "review")):
        g.add_edge(a, b)
    g.add_conditional_edges("review", after_review, ["finalize", "draft", "intake", "review"])
    g.add_edge("finalize", END)
    return g.compile(checkpointer=checkpointer)


def open_mediation_checkpointer(settings: Settings | None = None, path: Path | None = None) -> SqliteSaver:
    s = settings or get_settings()
    db = path or s.path("checkpoints", "mediation.sqlite")
    saver = SqliteSaver(sqlite3.connect(str(db), check_same_thread=False))
    saver.setup()
    return saver
