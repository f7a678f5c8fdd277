"""Held-out contracts, set 3: a guarantee company's legal reviewer (bank and app loan contracts, 委托贷款, 借新还旧,
a bilingual facility letter), written blind while the reader's second round was made. Never tune on it."""
from __future__ import annotations

from eval.suites.contracts import contract_suite

SUITE = contract_suite(
    "contracts_holdout3", "Held-out loan/guarantee contracts written blind by a guarantee-company reviewer persona "
    "(bank, 小贷, 典当, 租赁, 保理, 消金, private IOUs; DOCX/GB18030/UTF-8) vs. gold, per field and finding")
