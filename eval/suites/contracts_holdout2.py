"""Held-out contracts, set 2: a litigation lawyer's documents (借条, 欠条, 还款协议, 小贷, 典当, 融资租赁), written blind
to the reader; measured before and after the first round of changes, tuned on in the second (see its SOURCE.md)."""
from __future__ import annotations

from eval.suites.contracts import contract_suite

SUITE = contract_suite(
    "contracts_holdout2", "Held-out loan/guarantee contracts (Sichuan litigator's 借条, 借款协议, 小贷, 典当, 融资租赁, "
    "banks; TXT UTF-8/GB18030 and DOCX) written blind to the extractor: fields and legal findings vs. gold")
