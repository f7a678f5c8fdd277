"""Held-out contract set 5 (a supply-chain finance group's in-house counsel), scored like `contracts`."""
from __future__ import annotations

from eval.suites.contracts import contract_suite

SUITE = contract_suite(
    "contracts_holdout5",
    "Held-out loan/guarantee contracts written blind by a supply-chain finance group's in-house counsel "
    "(factoring, sale-and-leaseback, small-loan, dealer and family loans; DOCX tables, GB18030 IOUs) vs. gold, per field")
