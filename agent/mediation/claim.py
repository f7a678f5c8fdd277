"""One call from dispute to numbers: terms → supportable ledger, as-written ledger, limitation, guarantors."""
from __future__ import annotations

from dataclasses import dataclass

from agent.mediation.calculator import Ledger, calculate_ledger
from agent.mediation.exposure import GuarantorExposure, LimitationCheck, check_limitation, guarantor_exposure
from agent.mediation.intake import Dispute
from agent.mediation.rules import MediationRules, load_mediation_rules
from agent.mediation.terms import LoanTerms, build_terms


@dataclass
class ClaimAssessment:
    terms: LoanTerms
    supportable: Ledger        # what a court would support
    as_written: Ledger         # the contract as written (lender's maximal view)
    limitation: LimitationCheck
    guarantors: list[GuarantorExposure]

    def to_dict(self) -> dict:
        return {"supportable": self.supportable.to_dict(), "as_written": self.as_written.to_dict(),
                "limitation": self.limitation.to_dict(), "guarantors": [g.to_dict() for g in self.guarantors],
                "warnings": list(self.terms.warnings), "sources": dict(self.terms.sources)}

    def cites_used(self) -> list[str]:
        out = list(self.supportable.cites_used)
        for c in list(self.limitation.cites) + [c for g in self.guarantors for c in g.cites]:
            if c not in out:
                out.append(c)
        return out


def assess_claim(dispute: Dispute, rules: MediationRules | None = None, *, file: str = "<dispute>",
                 terms: LoanTerms | None = None) -> ClaimAssessment:
    rules = rules or load_mediation_rules()
    terms = terms or build_terms(dispute, rules, file=file)
    supportable = calculate_ledger(terms, rules, capped=True)
    as_written = calculate_ledger(terms, rules, capped=False)
    return ClaimAssessment(terms, supportable, as_written, check_limitation(terms, rules),
                           guarantor_exposure(terms, supportable.totals["total_outstanding"], rules))
