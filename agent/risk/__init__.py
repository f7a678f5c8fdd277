"""Borrower risk: data model, import, synthetic market, cross-institution ledger and early warnings."""
from agent.risk.warnings import Warning, warnings_for

__all__ = ["Warning", "warnings_for"]
