"""Held-out contract set 4: 30 loan/guarantee papers written blind to the extractor by a county-court mediator
persona, scored like `contracts`. Its misses were read after its first measurement: a development set since."""
from __future__ import annotations

from eval.suites.contracts import contract_suite

SUITE = contract_suite(
    "contracts_holdout4",
    "Held-out loan/guarantee contracts from a Hunan court mediation desk (借条, 欠条, 还款协议, 结算单, 担保书, "
    "小贷/村镇银行/农商行/典当/消费金融 contracts; TXT UTF-8 + GB18030, DOCX with tables) vs. hand-typed gold, per "
    "field and per finding")
