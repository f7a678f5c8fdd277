"""Where a mediation case lives on disk: `<data_dir>/mediation/<case_id>/` (dispute, draft versions, DOCX)."""
from __future__ import annotations

import json
import re
from pathlib import Path

from agent.config import Settings, get_settings
from agent.errors import NotFound
from agent.mediation.intake import Dispute, IntakeError

_SAFE = re.compile(r"^[\w.\-\u4e00-\u9fff]{1,64}$")


def case_id_for(dispute: Dispute) -> str:
    cid = dispute.case_id or f"MED-{dispute.fingerprint()}"
    if not _SAFE.match(cid) or cid.startswith("."):
        raise IntakeError("<dispute>", "case_id", f"{cid!r} may only hold letters, digits, CJK, '.', '_' and '-' (≤ 64)")
    return cid


def cases_root(settings: Settings | None = None) -> Path:
    return (settings or get_settings()).data_dir / "mediation"


def case_dir(case_id: str, settings: Settings | None = None) -> Path:
    if not _SAFE.match(case_id) or case_id.startswith("."):
        raise NotFound(f"no mediation case {case_id!r}")
    return cases_root(settings) / case_id


def save_dispute(case_id: str, dispute: Dispute, settings: Settings | None = None) -> Path:
    path = case_dir(case_id, settings) / "dispute.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    text = dispute.model_dump_json(indent=2)
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")
    return path


def other_parties(case_id: str, settings: Settings | None = None) -> tuple[set[str], set[str]]:
    """Names and identity numbers of parties in every other case: a draft must never contain them."""
    names: set[str] = set()
    ids: set[str] = set()
    root = cases_root(settings)
    if not root.exists():
        return names, ids
    for f in root.glob("*/dispute.json"):
        if f.parent.name == case_id:
            continue
        try:
            data = json.loads(f.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError):
            continue
        for p in data.get("parties", []):
            names.add(p.get("name") or "")
            if p.get("id_number"):
                ids.add(p["id_number"])
    return names - {""}, ids
