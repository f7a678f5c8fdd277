"""Loan and guarantee contracts: deterministic feature extraction and the legal rule engine.

Public entry points: `check_contract` (file or text → ContractReport), `extract_contract` (text →
LoanContract), the normalisers in `normalize`, `lpr_on`, and `eval_contracts` for the evaluation harness.
"""
from agent.contracts.check import check_contract, check_text, summary_fields
from agent.contracts.extract import extract_contract
from agent.contracts.lpr import LprLookup, lpr_on, update_lpr
from agent.contracts.schemas import ContractReport, Finding, LoanContract

__all__ = [
    "ContractReport", "Finding", "LoanContract", "LprLookup", "check_contract", "check_text", "extract_contract",
    "lpr_on", "summary_fields", "update_lpr",
]
