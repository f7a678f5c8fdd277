"""Merge the contract (read by `check_contract`) with the dispute file into the terms the calculator uses.

Inline values in the dispute file win over what was read from the contract; every term records where it
came from (`contract` with the quoted text, or `intake`) so the memo can show its source.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from agent.contracts.lpr import lpr_on
from agent.mediation.intake import Dispute, Fee, IntakeError, Money
from agent.mediation.rules import MediationRules, load_mediation_rules


@dataclass(frozen=True)
class GuarantorTerms:
    name: str
    type: str                       # 一般保证 / 连带责任保证 / unspecified
    period_months: int | None
    period_end: date | None
    demanded_on: date | None
    maximum_amount: Decimal | None


@dataclass
class LoanTerms:
    lender: str
    borrower: str
    lender_kind: str
    private_lending: bool
    contract_date: date
    due_date: date
    stated_principal: Decimal
    agreed_rate: Decimal
    overdue_rate: Decimal
    penalty_rate: Decimal
    cap_rate: Decimal | None
    lpr_pct: Decimal | None
    allocation_order: list[str]
    disbursements: list[Money]
    repayments: list[Money]
    fees: list[Fee]
    demands: list[date]
    claim_date: date
    guarantors: list[GuarantorTerms] = field(default_factory=list)
    sources: dict[str, str] = field(default_factory=dict)      # term → "intake" | "contract: «quote»"
    warnings: list[str] = field(default_factory=list)


def _from_contract(dispute: Dispute) -> tuple[dict, dict[str, str], list]:
    """Values read from the contract file (if any), with their quotes, and the contract's guarantees."""
    if not dispute.contract.file:
        return {}, {}, []
    from agent.contracts.check import check_contract

    c = check_contract(dispute.contract.file).contract
    vals: dict = {}
    src: dict[str, str] = {}

    def take(name: str, ex, value) -> None:
        if ex is not None and value is not None:
            vals[name] = value
            quote = ex.evidence[0].quote if ex.evidence else ""
            src[name] = f"contract: «{quote}»" if quote else "contract"

    take("stated_principal", c.principal, c.principal.value if c.principal else None)
    take("contract_date", c.contract_date, c.contract_date.value if c.contract_date else None)
    take("due_date", c.end_date, c.end_date.value if c.end_date else None)
    take("annual_rate", c.interest, c.interest.value.annual_rate if c.interest else None)
    take("overdue_rate", c.overdue_rate, c.overdue_rate.value.annual_rate if c.overdue_rate else None)
    take("penalty_rate", c.penalty, c.penalty.value.annual_rate if c.penalty else None)
    return vals, src, [g.value for g in c.guarantees if g.value.kind == "保证"]


def build_terms(dispute: Dispute, rules: MediationRules | None = None, *, file: str = "<dispute>") -> LoanTerms:
    """Raises IntakeError when a term the calculator needs is missing, or the LPR cap cannot apply."""
    rules = rules or load_mediation_rules()
    vals, src, contract_guarantees = _from_contract(dispute)
    inline = dispute.contract.model_dump(exclude_none=True, exclude={"file", "allocation_order"})
    for k, v in inline.items():
        vals[k] = v
        src[k] = "intake"

    first_delivery = min(d.date for d in dispute.disbursements)
    vals.setdefault("contract_date", first_delivery)
    src.setdefault("contract_date", "assumed: first delivery date")
    delivered = sum((d.amount for d in dispute.disbursements), Decimal(0))
    vals.setdefault("stated_principal", delivered)
    src.setdefault("stated_principal", "assumed: amount delivered")
    for need in ("due_date", "annual_rate"):
        if need not in vals:
            where = "neither the contract file nor" if dispute.contract.file else "not given in"
            raise IntakeError(file, f"contract.{need}", f"{where} the dispute file; add contract.{need}")

    kind = dispute.lender.kind
    private = bool(rules.raw["lender_kinds"][kind]["private_lending"])
    cap = lpr_pct = None
    warnings: list[str] = []
    if private:
        if vals["contract_date"] < rules.lpr_first_date:
            raise IntakeError(file, "contract.contract_date", (
                f"the contract date {vals['contract_date']} is before the first one-year LPR ({rules.lpr_first_date}), "
                "so the 4 × LPR cap (民间借贷规定 第25条) cannot be computed. The 2015 private-lending rules apply "
                "instead (24 %/36 % lines; interest from 2020-08-20 follows 第31条); this calculator does not cover "
                "them — compute that case by hand"))
        look = lpr_on(vals["contract_date"])
        lpr_pct = look.rate_pct
        cap = rules.lpr_multiple * lpr_pct / Decimal(100)
        if look.warning:
            warnings.append(look.warning)
    overdue = vals.get("overdue_rate")
    if overdue is None:  # 民间借贷规定 第28条第二款第（二）项: the in-term rate continues
        overdue = vals["annual_rate"]
        src["overdue_rate"] = "assumed: in-term rate (民间借贷规定 第28条)"

    guarantors = []
    for p in dispute.guarantors:
        g = p.guarantee
        cg = next((x for x in contract_guarantees if x.guarantor == p.name), None)
        gtype = g.type if g and g.type != "unspecified" else (cg.guarantee_type if cg else "unspecified")
        guarantors.append(GuarantorTerms(
            name=p.name, type=gtype,
            period_months=(g.period_months if g and g.period_months is not None else (cg.period_months if cg else None)),
            period_end=(g.period_end if g and g.period_end else (cg.period_end if cg else None)),
            demanded_on=g.demanded_on if g else None,
            maximum_amount=(g.maximum_amount if g and g.maximum_amount else (cg.maximum_amount if cg else None))))

    return LoanTerms(
        lender=dispute.lender.name, borrower=dispute.borrower.name, lender_kind=kind, private_lending=private,
        contract_date=vals["contract_date"], due_date=vals["due_date"], stated_principal=vals["stated_principal"],
        agreed_rate=vals["annual_rate"], overdue_rate=overdue, penalty_rate=vals.get("penalty_rate", Decimal(0)),
        cap_rate=cap, lpr_pct=lpr_pct,
        allocation_order=list(dispute.contract.allocation_order or rules.raw["allocation_order"]),
        disbursements=sorted(dispute.disbursements, key=lambda m: m.date),
        repayments=sorted(dispute.repayments, key=lambda m: m.date),
        fees=sorted(dispute.fees, key=lambda m: m.date), demands=sorted(dispute.demands),
        claim_date=dispute.claim_date, guarantors=guarantors, sources=src, warnings=warnings)
