"""Held-out contract set 6 (written blind to the extractor by a Chifeng small-loan officer persona), scored by
`agent.contracts.evaluate.eval_contracts` on `eval/datasets/contracts_holdout6/`. Never tune on these rows."""
from __future__ import annotations

from pathlib import Path

from eval.suites.contracts import contract_suite

DATASET_DIR = Path(__file__).resolve().parent.parent / "datasets" / "contracts_holdout6"

SUITE = contract_suite(
    "contracts_holdout6",
    "Held-out loan/guarantee contracts 6: 30 Chifeng herder/farmer/agri-firm documents (借条, 欠条, 还款协议, 小贷, "
    "村镇银行, 农商行, 典当, 融资租赁, 保理, 消费金融; TXT UTF-8/GB18030 + DOCX tables) vs. hand-typed gold, per field "
    "and per finding")
