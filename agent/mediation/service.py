"""What the CLI, the API and the demo call: start a case, read it, resume it with the mediator's decision.

A case belongs to the tenant that created it. Tenant cases live in their own namespace: checkpoint thread
`mediation:<tenant>:<case_id>` and files under `<data_dir>/tenants/<tenant>/mediation/<case_id>/`, so the same
case id at two institutions are two cases, and another tenant's id is simply not found. `tenant=None` is the
local operator (CLI, demo), whose cases keep the thread ids and folders they always had.
"""
from __future__ import annotations

import shutil
from contextlib import contextmanager
from pathlib import Path

from langgraph.types import Command

from agent.config import Settings, get_settings
from agent.errors import FengtiaoError, NotFound
from agent.mediation.cases import case_id_for
from agent.mediation.intake import Dispute, load_dispute


def _config(case_id: str, tenant: str | None = None) -> dict:
    thread = f"mediation:{tenant}:{case_id}" if tenant else f"mediation:{case_id}"
    return {"configurable": {"thread_id": thread}}


def case_data_dir(settings: Settings, tenant: str | None) -> Path:
    """Where a tenant's case files go (the operator's stay directly in the data dir)."""
    return settings.data_dir / "tenants" / tenant if tenant else settings.data_dir


def _party_names(values: dict) -> list[str]:
    """Names of the natural persons in a case: masked before text reaches a remote model (see agent.llm.masking)."""
    parties = (values.get("dispute") or {}).get("parties") or []
    return [p["name"] for p in parties if p.get("name") and p.get("kind", "natural_person") == "natural_person"]


@contextmanager
def _graph(settings: Settings | None, checkpoint_path: Path | None = None):
    from agent.graph.mediation import build_mediation_graph, open_mediation_checkpointer

    saver = open_mediation_checkpointer(settings, checkpoint_path)
    try:
        yield build_mediation_graph(saver)
    finally:
        saver.conn.close()


def _view(graph, case_id: str, tenant: str | None = None) -> dict:
    snap = graph.get_state(_config(case_id, tenant))
    if not snap.values:
        raise NotFound(f"no mediation case {case_id!r}; create it with `fengtiao mediation new FILE`")
    values = dict(snap.values)
    pending = [i.value for t in snap.tasks for i in t.interrupts]
    values.pop("dispute", None)  # personal data stays out of views; it is in the case dir
    values.pop("data_dir", None)  # server layout is not the client's business
    return {"case_id": case_id, "tenant": tenant, "status": values.get("status"), "awaiting_review": bool(pending),
            "review_request": pending[0] if pending else None, "next": list(snap.next), **values}


def start_case(dispute: Dispute | Path | str, *, settings: Settings | None = None, use_llm: bool = False,
               lang: str | None = None, checkpoint_path: Path | None = None, tenant: str | None = None) -> dict:
    """Create the case and run it to the mediator's review. Starting an existing case id again returns its state."""
    from agent.security.pii import pii_names

    s = settings or get_settings()
    d = dispute if isinstance(dispute, Dispute) else load_dispute(dispute)
    cid = case_id_for(d)
    with _graph(s, checkpoint_path) as graph:
        if graph.get_state(_config(cid, tenant)).values:
            return _view(graph, cid, tenant)
        state = {"case_id": cid, "dispute": d.model_dump(mode="json"), "use_llm": use_llm,
                 "data_dir": str(case_data_dir(s, tenant)), **({"lang": lang} if lang else {})}
        with pii_names(_party_names(state)):
            graph.invoke(state, _config(cid, tenant))
        return _view(graph, cid, tenant)


def case_state(case_id: str, *, settings: Settings | None = None, checkpoint_path: Path | None = None,
               tenant: str | None = None) -> dict:
    with _graph(settings, checkpoint_path) as graph:
        return _view(graph, case_id, tenant)


def resume_case(case_id: str, decision: dict, *, settings: Settings | None = None,
                checkpoint_path: Path | None = None, tenant: str | None = None) -> dict:
    """decision: {"action": "approve"|"send_back"|"edit", "option": n, "note": "...", "edits": {...}}."""
    from agent.security.pii import pii_names

    if decision.get("action", "approve") not in ("approve", "send_back", "edit"):
        raise FengtiaoError(f"unknown review action {decision.get('action')!r}; use approve, send_back or edit")
    with _graph(settings, checkpoint_path) as graph:
        view = _view(graph, case_id, tenant)
        if not view["awaiting_review"]:
            if view.get("status") == "approved":
                return view
            raise FengtiaoError(f"case {case_id} is not waiting for review (status {view.get('status')})")
        with pii_names(_party_names(graph.get_state(_config(case_id, tenant)).values)):
            graph.invoke(Command(resume=decision), _config(case_id, tenant))
        return _view(graph, case_id, tenant)


def export_docx(case_id: str, out: Path, *, settings: Settings | None = None, checkpoint_path: Path | None = None,
                tenant: str | None = None) -> Path:
    """Copy the approved agreement DOCX (or, before approval, a DOCX of the latest draft) to `out`."""
    from agent.mediation.documents import write_docx

    view = case_state(case_id, settings=settings, checkpoint_path=checkpoint_path, tenant=tenant)
    final = view.get("final") or {}
    out.parent.mkdir(parents=True, exist_ok=True)
    if final.get("agreement_docx"):
        shutil.copyfile(final["agreement_docx"], out)
        return out
    drafts = view.get("drafts") or {}
    if "agreement" not in drafts:
        raise NotFound(f"case {case_id} has no agreement draft yet")
    return write_docx(Path(drafts["agreement"]["path"]).read_text(encoding="utf-8"), out)


def run_demo_case(path: Path | str, *, auto_approve: bool = True, out_dir: Path, option: int | None = None,
                  use_llm: bool = False) -> Path:
    """Intake → review → (approve) → DOCX in `out_dir`, in a data dir of its own under out_dir (re-runnable)."""
    out_dir = Path(out_dir)
    s = get_settings().model_copy(update={"data_dir": out_dir / ".fengtiao-mediation"})
    view = start_case(path, settings=s, use_llm=use_llm)
    cid = view["case_id"]
    if auto_approve and view["awaiting_review"]:
        view = resume_case(cid, {"action": "approve", **({"option": option} if option else {})}, settings=s)
    target = out_dir / f"调解协议书-{cid}.docx"
    return export_docx(cid, target, settings=s)
