"""What the chat agent can look up. Each tool returns evidence items the answer may cite as [n]; tools act
only within the caller's tenant (the data layer enforces it, these functions pass the tenant through)."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from agent.errors import FengtiaoError, NotFound
from agent.graph.state import Evidence

ROUTER_RULES = Path(__file__).resolve().parent.parent / "rules" / "chat_router.yaml"


@lru_cache(maxsize=1)
def router_rules() -> dict:
    return yaml.safe_load(ROUTER_RULES.read_text(encoding="utf-8"))


def borrower_in(question: str) -> str | None:
    """A unified social credit code named in the question puts that borrower in focus."""
    m = re.search(router_rules()["borrower_id_pattern"], question.upper())
    return m.group(0) if m else None


def choose_tools(question: str, borrower_id: str | None) -> list[str]:
    rules = router_rules()["tools"]
    chosen: list[str] = []
    for name, rule in rules.items():
        hit = rule.get("always") or any(k in question for k in rule.get("keywords", []))
        if rule.get("needs_borrower") and not borrower_id:
            hit = False
        if name == "contract_check" and len(question) < rule.get("min_chars", 0):
            hit = False
        if hit:
            chosen.append(name)
    return chosen


def _hit_evidence(hits, kind: str) -> list[Evidence]:
    return [
        Evidence(n=0, kind=kind, citation=h.citation, doc_id=h.doc_id, chunk_id=h.chunk_id,
                 source_path=Path(h.source_path).name if Path(h.source_path).is_absolute() else h.source_path,  # no server paths
                 article=h.article, start=h.start, end=h.end, text=h.text, score=h.score)
        for h in hits
    ]


def regulations(question: str, tenant: str | None, borrower_id: str | None) -> list[Evidence]:
    from retrieval.search import search

    return _hit_evidence(search(question, tenant=None, k=router_rules()["tools"]["regulations"]["k"], doc_type="regulation"), "regulation")


def documents(question: str, tenant: str | None, borrower_id: str | None) -> list[Evidence]:
    """The caller's own contracts and invoices; public documents are covered by `regulations`."""
    if tenant is None:
        return []
    from retrieval.search import search

    hits = [h for h in search(question, tenant=tenant, k=8) if h.tenant == tenant]
    return _hit_evidence(hits[: router_rules()["tools"]["documents"]["k"]], "document")


def warnings(question: str, tenant: str | None, borrower_id: str | None) -> list[Evidence]:
    if tenant is None or borrower_id is None:
        return []
    from agent.risk.warnings import warnings_for

    try:
        found = warnings_for(borrower_id, tenant=tenant)
    except NotFound:
        return [Evidence(n=0, kind="warning", citation=f"借款人 {borrower_id}（本机构无记录）", doc_id=borrower_id,
                         chunk_id="", source_path="risk", article=None, start=0, end=0,
                         text=f"本机构没有借款人 {borrower_id} 的申请或贷款记录，无法给出预警。", score=0.0)]
    if not found:
        return [Evidence(n=0, kind="warning", citation=f"借款人 {borrower_id} 预警扫描", doc_id=borrower_id, chunk_id="",
                         source_path="risk", article=None, start=0, end=0, text="当前没有触发任何预警规则。", score=0.0)]
    return [
        Evidence(n=0, kind="warning", citation=f"预警 {w.signal}/{w.level}（{'、'.join(w.reason_codes)}）", doc_id=borrower_id,
                 chunk_id=";".join(f"{t}:{','.join(map(str, ids[:5]))}" for t, ids in w.evidence.items()),
                 source_path="risk", article=None, start=0, end=0,
                 text=f"{w.message_zh} 建议：{w.suggested_action_zh}", score=1.0)
        for w in found
    ]


def contract_check(question: str, tenant: str | None, borrower_id: str | None) -> list[Evidence]:
    from agent.contracts.check import check_text

    try:
        report = check_text(question, file="对话中粘贴的合同文本")
    except FengtiaoError:
        return []
    out: list[Evidence] = []
    for f in report.findings:
        cite = f.citations[0] if f.citations else None
        out.append(Evidence(
            n=0, kind="finding", citation=f"规则 {f.rule_id}" + (f"：《{cite.instrument}》{cite.label}" if cite else ""),
            doc_id=f.rule_id, chunk_id="", source_path=cite.source_path if cite else "rules", article=cite.label if cite else None,
            start=cite.start if cite else 0, end=cite.end if cite else 0, text=f.explanation_zh, score=1.0,
        ))
    return out


TOOLS = {"regulations": regulations, "documents": documents, "warnings": warnings, "contract_check": contract_check}
