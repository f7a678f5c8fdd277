"""Held-out contract set 7 (written blind to the extractor by a Wenzhou private-lending registration-centre clerk
persona), scored by `agent.contracts.evaluate.eval_contracts` on `eval/datasets/contracts_holdout7/`. Never tune on
these rows."""
from __future__ import annotations

from pathlib import Path

from eval.suites.contracts import contract_suite

DATASET_DIR = Path(__file__).resolve().parent.parent / "datasets" / "contracts_holdout7"

SUITE = contract_suite(
    "contracts_holdout7",
    "Held-out loan/guarantee contracts 7: 30 Wenzhou private-lending registration/mediation documents (借条, 欠条, "
    "企业间借款, 担保书, 保证函, 反担保, 委托贷款, 小贷, 典当, 村镇银行, 展期, 分期还款, 债务加入, 债权转让, 以物抵债; "
    "TXT UTF-8/GB18030 + DOCX tables) vs. hand-typed gold, per field and per finding")
