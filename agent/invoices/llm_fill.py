"""LLM fallback for invoice fields the rules left empty or that failed validation.

Numbers come from code: amounts the validators can recompute (价税合计 = 金额 + 税额) are computed, and a
model-supplied amount that disagrees with the recomputation is dropped. Every accepted value must occur in the
document text; its evidence is that span (source `llm`).
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from pydantic import BaseModel, create_model

from agent.errors import FengtiaoError
from agent.invoices.schemas import Evidence, ValidationIssue, VatInvoice
from agent.invoices.validators import validate_invoice
from retrieval.models import ParsedDocument

LLM_FIELDS = ("invoice_code", "invoice_number", "issue_date", "check_code", "buyer_name", "buyer_tax_id",
              "seller_name", "seller_tax_id", "total_amount", "total_tax", "total_with_tax", "issuer", "remarks")
MONEY = {"total_amount", "total_tax", "total_with_tax"}
MAX_TEXT = 6000


def fields_to_ask(inv: VatInvoice, errors: list[ValidationIssue]) -> list[str]:
    flat = {**inv.model_dump(exclude={"buyer", "seller", "items"}),
            **{f"buyer_{k}": v for k, v in inv.buyer.model_dump().items()},
            **{f"seller_{k}": v for k, v in inv.seller.model_dump().items()}}
    failing = {(e.field or "").replace(".", "_") for e in errors if e.severity == "error"}
    return [f for f in LLM_FIELDS if flat.get(f) in (None, "") or f in failing]


def _set(inv: VatInvoice, name: str, value) -> None:
    if name.startswith(("buyer_", "seller_")):
        side, _, attr = name.partition("_")
        setattr(getattr(inv, side), attr, value)
    else:
        setattr(inv, name, value)


def fill_with_llm(doc: ParsedDocument, inv: VatInvoice, errors: list[ValidationIssue], evidence: dict[str, Evidence],
                  *, today: date | None = None, backend=None) -> tuple[VatInvoice, list[ValidationIssue]]:
    from agent.llm.registry import get_backend
    from agent.llm.structured import generate_structured
    from prompts import load_prompt

    ask = fields_to_ask(inv, errors)
    if not ask:
        return inv, errors
    model: type[BaseModel] = create_model("InvoiceFields", **{f: (str | None, None) for f in ask})  # type: ignore[call-overload]
    prompt = load_prompt("invoice_extract").format(fields="、".join(ask), text=doc.text[:MAX_TEXT])
    try:
        answer = generate_structured(backend or get_backend(), prompt, model)
    except FengtiaoError as exc:
        return inv, [*errors, ValidationIssue(code="llm_unavailable", severity="warning",
                                              message=f"LLM fallback skipped: {exc.message}")]
    filled = inv.model_copy(deep=True)
    for name, raw in answer.model_dump().items():
        if not raw or (pos := doc.text.find(str(raw))) < 0:
            continue  # the model may only copy text that is on the invoice
        value = raw
        if name in MONEY:
            try:
                value = Decimal(str(raw).replace(",", ""))
            except InvalidOperation:
                continue
        elif name == "issue_date":
            try:
                value = date.fromisoformat(str(raw))
            except ValueError:
                continue
        _set(filled, name, value)
        evidence[name] = Evidence(text=str(raw), start=pos, end=pos + len(str(raw)), source="llm", confidence=0.5)
    _recompute_totals(inv, filled, evidence)
    return filled, validate_invoice(filled, today=today)


def _recompute_totals(before: VatInvoice, after: VatInvoice, evidence: dict[str, Evidence]) -> None:
    """When the rules read two of 金额 / 税额 / 价税合计, the third is computed; a model value that disagrees is replaced."""
    a, t, s = before.total_amount, before.total_tax, before.total_with_tax
    computed: dict[str, Decimal] = {}
    if a is not None and t is not None and s is None:
        computed["total_with_tax"] = a + t
    elif a is not None and s is not None and t is None:
        computed["total_tax"] = s - a
    elif t is not None and s is not None and a is None:
        computed["total_amount"] = s - t
    for name, value in computed.items():
        if getattr(after, name) != value:
            setattr(after, name, value)
            evidence[name] = Evidence(text=str(value), source="rule", confidence=0.9)
