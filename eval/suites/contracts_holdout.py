"""Held-out contracts, set 1: a bank and small-loan officer's forms (filled blanks, term tables, 借条), written blind
to the reader; the reader's second development set since its first run (see its SOURCE.md)."""
from __future__ import annotations

from eval.suites.contracts import contract_suite

SUITE = contract_suite(
    "contracts_holdout", "Held-out loan/guarantee contracts written blind (bank, small-loan, pawn, leasing, private "
    "IOUs; TXT/GB18030/DOCX): fields and findings vs. hand-typed gold")
