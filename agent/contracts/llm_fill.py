"""Optional model pass: fill wording fields the rules could not read, on the model's verbatim quotes.

The model never supplies a number. A quote is accepted only if it occurs in the contract text; the
interest clause it quotes is re-read by the deterministic normalisers, and kept only when they agree it
states one rate. Failures of the model are recorded as problems, not raised: the rule-based result stands.
"""
from __future__ import annotations

from pydantic import BaseModel, Field

from agent.contracts.normalize import annual_rate_from_text
from agent.contracts.parties import classify
from agent.contracts.schemas import DisputeResolution, Evidence, Extracted, Party, RateTerm
from agent.contracts.schemas import LoanContract
from agent.errors import FengtiaoError
from agent.rules.loader import RuleSet
from prompts import load_prompt

MAX_CHARS = 6000  # the embedded model's window is small; the head of a contract holds parties and terms


class LLMContractFields(BaseModel):
    lender_name: str | None = Field(None, description="出借人/贷款人名称，原文")
    borrower_name: str | None = Field(None, description="借款人名称，原文")
    purpose: str | None = Field(None, description="借款用途，原文")
    interest_clause: str | None = Field(None, description="约定借款利率或利息的那句话，原文")
    dispute_clause: str | None = Field(None, description="争议解决条款，原文")


def _locate(text: str, quote: str | None) -> Evidence | None:
    if not quote or len(quote.strip()) < 2:
        return None
    q = quote.strip()
    i = text.find(q)
    return Evidence(start=i, end=i + len(q), quote=q) if i >= 0 else None


def missing_fields(c: LoanContract) -> list[str]:
    names = {"lender_name": c.lender, "borrower_name": c.borrower, "purpose": c.purpose,
             "interest_clause": c.interest, "dispute_clause": c.dispute_resolution}
    return [k for k, v in names.items() if v is None]


def fill_with_llm(text: str, out: LoanContract, *, rules: RuleSet, backend=None) -> None:
    missing = missing_fields(out)
    if not missing:
        return
    from agent.llm.registry import get_backend
    from agent.llm.structured import generate_structured

    prompt = load_prompt("contract_extract").format(fields=", ".join(missing), text=text[:MAX_CHARS])
    try:
        got = generate_structured(backend or get_backend(), prompt, LLMContractFields)
    except FengtiaoError as exc:
        out.problems.append({"type": "llm_unavailable", "message": exc.message})
        return
    rejected: list[str] = []
    for name in missing:
        quote = getattr(got, name)
        ev = _locate(text, quote)
        if quote and ev is None:
            rejected.append(name)
            continue
        if ev is None:
            continue
        if name in ("lender_name", "borrower_name"):
            kind, lic = classify(ev.quote, rules)
            party = Extracted[Party](value=Party(name=ev.quote, kind=kind, license_type=lic), evidence=[ev], source="llm")
            setattr(out, "lender" if name == "lender_name" else "borrower", party)
        elif name == "purpose":
            out.purpose = Extracted[str](value=ev.quote, evidence=[ev], source="llm")
        elif name == "interest_clause":
            reading = annual_rate_from_text(ev.quote, principal=out.principal.value if out.principal else None)
            if reading.status in ("ok", "zero"):
                spans = [Evidence(start=ev.start + m.start, end=ev.start + m.end, quote=m.text) for m in reading.mentions]
                out.interest = Extracted[RateTerm](
                    value=RateTerm(text=" / ".join(m.text for m in reading.mentions), annual_rate=reading.annual_rate,
                                   status=reading.status),
                    evidence=spans, source="llm", note="clause located by the model; rate read by the normaliser")
            else:
                rejected.append(name)
        elif name == "dispute_clause":
            method = "arbitration" if "仲裁" in ev.quote else ("court" if ("法院" in ev.quote or "诉讼" in ev.quote) else None)
            if method:
                out.dispute_resolution = Extracted[DisputeResolution](
                    value=DisputeResolution(method=method), evidence=[ev], source="llm")
    if rejected:
        out.problems.append({"type": "llm_quote_rejected", "fields": rejected,
                             "message": "the model's answer for these fields is not verbatim contract text (or states no single rate); ignored"})
