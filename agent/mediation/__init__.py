"""Loan-dispute mediation: intake → claim ledger under the legal caps → settlement options → checked drafts.

Public entry points: `load_dispute`, `assess_claim`, `build_options`, `produce_draft`, `start_case`,
`resume_case`, `case_state`, `export_docx`, `run_demo_case`, `evaluate_mediation`.
"""
from agent.mediation.claim import ClaimAssessment, assess_claim
from agent.mediation.intake import Dispute, IntakeError, load_dispute, parse_dispute
from agent.mediation.options import build_options

__all__ = ["ClaimAssessment", "Dispute", "IntakeError", "assess_claim", "build_options", "load_dispute", "parse_dispute"]
