"""The claim calculator: a dated ledger of what the borrower owes, under the caps a court applies.

Pure code over Decimal. Conventions live in agent/rules/mediation.yaml (day count actual/365; each line's
interest rounded to the cent, ROUND_HALF_UP; totals are sums of rounded lines). Principal is what was
actually delivered (民间借贷规定 第26条); in-term interest runs at min(agreed, 4×LPR on the contract date)
for private lending (第25条) and as agreed for licensed lenders (批复); overdue interest + penalty + fees
share one 4×LPR cap (第29条); each repayment goes to fees → interest → principal (民法典 第561条).
Interest is simple (never compounded): unpaid interest sits in its own balance.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from agent.mediation.rules import MediationRules, load_mediation_rules
from agent.mediation.terms import LoanTerms

ZERO = Decimal("0.00")
_ORDER = {"disbursement": 0, "overdue_start": 1, "fee": 2, "repayment": 3, "claim": 4}
_EVENT_ZH = {"disbursement": "实际出借", "overdue_start": "逾期起算", "fee": "实现债权费用", "repayment": "还款",
             "claim": "计至主张日"}


@dataclass
class LedgerLine:
    date: date
    event: str                 # disbursement | overdue_start | fee | repayment | claim
    event_zh: str
    amount: Decimal            # cash moved by the event (0 for overdue_start / claim)
    days: int                  # days accrued since the previous line
    rate: Decimal              # annual rate applied to those days
    interest_accrued: Decimal
    to_fees: Decimal
    to_interest: Decimal
    to_principal: Decimal
    principal_balance: Decimal
    interest_balance: Decimal
    fees_balance: Decimal
    rule_id: str
    cites: tuple[str, ...]
    note: str = ""

    def to_dict(self) -> dict:
        d = asdict(self)
        return {k: (v.isoformat() if isinstance(v, date) else str(v) if isinstance(v, Decimal) else
                    list(v) if isinstance(v, tuple) else v) for k, v in d.items()}


@dataclass
class Ledger:
    capped: bool               # True = what a court supports; False = the contract as written
    lines: list[LedgerLine]
    totals: dict[str, Decimal]
    rates: dict[str, Decimal | None]
    cites_used: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"capped": self.capped, "lines": [ln.to_dict() for ln in self.lines],
                "totals": {k: str(v) for k, v in self.totals.items()},
                "rates": {k: (None if v is None else str(v)) for k, v in self.rates.items()},
                "cites_used": list(self.cites_used)}


def money(x: Decimal, rules: MediationRules) -> Decimal:
    return x.quantize(rules.money_quantum, rounding=ROUND_HALF_UP)


def simple_interest(balance: Decimal, annual_rate: Decimal, days: int, rules: MediationRules) -> Decimal:
    """balance × rate × days / 365, rounded to the cent (the stated convention)."""
    return money(balance * annual_rate * Decimal(days) / Decimal(rules.basis_days), rules)


def applied_rates(terms: LoanTerms, *, capped: bool) -> dict[str, Decimal | None]:
    agreed_overdue = terms.overdue_rate + terms.penalty_rate
    cap = terms.cap_rate if capped else None
    return {
        "agreed_rate": terms.agreed_rate,
        "agreed_overdue_total_rate": agreed_overdue,
        "cap_rate": terms.cap_rate,
        "in_term_rate": min(terms.agreed_rate, cap) if cap is not None else terms.agreed_rate,
        "overdue_rate": min(agreed_overdue, cap) if cap is not None else agreed_overdue,
    }


def _events(terms: LoanTerms, *, capped: bool) -> list[tuple[date, str, Decimal, str]]:
    ev: list[tuple[date, str, Decimal, str]] = []
    extra = Decimal(0) if capped else max(terms.stated_principal - sum(d.amount for d in terms.disbursements), Decimal(0))
    for i, d in enumerate(terms.disbursements):
        ev.append((d.date, "disbursement", d.amount + (extra if i == 0 else 0), d.note or ""))
    overdue_start = terms.due_date + timedelta(days=1)
    if overdue_start <= terms.claim_date:
        ev.append((overdue_start, "overdue_start", Decimal(0), ""))
    ev += [(f.date, "fee", f.amount, f.name) for f in terms.fees if f.date <= terms.claim_date]
    ev += [(r.date, "repayment", r.amount, r.note or "") for r in terms.repayments]
    ev.append((terms.claim_date, "claim", Decimal(0), ""))
    return sorted(ev, key=lambda e: (e[0], _ORDER[e[1]]))


def _allocate(amount: Decimal, balances: dict[str, Decimal], order: list[str]) -> dict[str, Decimal]:
    left, out = amount, {}
    for bucket in order:
        part = min(left, balances[bucket])
        out[bucket], left = part, left - part
        balances[bucket] -= part
    out["overpaid"] = left
    return out


def calculate_ledger(terms: LoanTerms, rules: MediationRules | None = None, *, capped: bool = True) -> Ledger:
    """The dated ledger up to the claim date. `capped=False` replays the contract as written (lender's view)."""
    rules = rules or load_mediation_rules()
    rates = applied_rates(terms, capped=capped)
    private = terms.private_lending and capped
    deducted = terms.stated_principal - sum(d.amount for d in terms.disbursements)
    accrual_rule = {True: ("interest_capped", "overdue_capped"), False: ("interest_licensed", "overdue_licensed")}[
        terms.private_lending]
    bal = {"principal": Decimal(0), "interest": ZERO, "fees": ZERO}
    tot = {k: ZERO for k in ("interest_in_term", "overdue_charges", "fees_claimed", "fees_written_off", "repaid",
                             "repaid_to_fees", "repaid_to_interest", "repaid_to_principal", "overpaid")}
    cap_room = ZERO             # what the 4×LPR cap allows over the overdue days (第29条)
    lines: list[LedgerLine] = []
    cites: list[str] = []
    prev: date | None = None
    for day, kind, amount, note in _events(terms, capped=capped):
        days = (day - prev).days if prev else 0
        overdue = prev is not None and prev > terms.due_date
        rate = rates["overdue_rate"] if overdue else rates["in_term_rate"]
        accrued = simple_interest(bal["principal"], rate, days, rules) if days else ZERO
        bal["interest"] += accrued
        tot["overdue_charges" if overdue else "interest_in_term"] += accrued
        if overdue and terms.cap_rate is not None:
            cap_room += simple_interest(bal["principal"], terms.cap_rate, days, rules)
        alloc = {"fees": ZERO, "interest": ZERO, "principal": ZERO}
        rule_id = accrual_rule[1] if overdue else accrual_rule[0]
        if kind == "disbursement":
            bal["principal"] += amount
            rule_id = "principal_delivered" if deducted > 0 else "disbursement"
            if deducted > 0 and capped:
                note = f"合同载明{terms.stated_principal}元，预先扣除{deducted}元，按实际出借{amount}元认定本金"
        elif kind == "fee":
            bal["fees"] += amount
            tot["fees_claimed"] += amount
            rule_id = "overdue_capped" if private else "allocation"
        elif kind == "repayment":
            alloc = _allocate(amount, bal, terms.allocation_order)
            tot["repaid"] += amount
            for b in ("fees", "interest", "principal"):
                tot[f"repaid_to_{b}"] += alloc[b]
            tot["overpaid"] += alloc.pop("overpaid")
            rule_id = "allocation"
        elif kind == "claim" and private and tot["fees_claimed"] > 0:
            room = max(cap_room - tot["overdue_charges"], ZERO)
            cut = max(tot["fees_claimed"] - room, ZERO)
            cut_from_balance = min(cut, bal["fees"])
            if cut_from_balance > 0:
                bal["fees"] -= cut_from_balance
                tot["fees_written_off"] = cut_from_balance
                note = f"费用{tot['fees_claimed']}元中超出第29条合计上限的{cut_from_balance}元不予支持"
                rule_id = "overdue_capped"
        rule_cites = rules.cite_labels(rule_id) if rule_id in rules.cites else ()
        cites += [c for c in rule_cites if c not in cites]
        lines.append(LedgerLine(day, kind, _EVENT_ZH[kind], money(amount, rules), days, rate, accrued,
                                alloc["fees"], alloc["interest"], alloc["principal"], money(bal["principal"], rules),
                                bal["interest"], bal["fees"], rule_id, rule_cites, note))
        prev = day
    delivered = sum((d.amount for d in terms.disbursements), Decimal(0))
    totals = {
        "stated_principal": money(terms.stated_principal, rules),
        "principal_delivered": money(delivered, rules),
        "deducted_upfront": money(max(deducted, Decimal(0)), rules),
        "principal_basis": money(delivered + (0 if capped else max(deducted, 0)), rules),
        **tot,
        "fees_supported": tot["fees_claimed"] - tot["fees_written_off"],
        "outstanding_principal": money(bal["principal"], rules),
        "outstanding_interest": bal["interest"],
        "outstanding_fees": bal["fees"],
    }
    totals["total_outstanding"] = totals["outstanding_principal"] + bal["interest"] + bal["fees"]
    return Ledger(capped=capped, lines=lines, totals=totals, rates=rates, cites_used=cites)
