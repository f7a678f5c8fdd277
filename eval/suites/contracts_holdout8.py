"""Held-out contract set 8 (written blind to the extractor by a Dongguan 小额贷款公司 legal-assistant persona), scored by
`agent.contracts.evaluate.eval_contracts` on `eval/datasets/contracts_holdout8/`. Never tune on these rows."""
from __future__ import annotations

from pathlib import Path

from eval.suites.contracts import contract_suite

DATASET_DIR = Path(__file__).resolve().parent.parent / "datasets" / "contracts_holdout8"

SUITE = contract_suite(
    "contracts_holdout8",
    "Held-out loan/guarantee contracts 8: 30 Dongguan small-loan-company documents (标准借款合同/保证合同 with term tables, "
    "售后回租, 商业保理, 股东借款, 企业间借贷, 粤语借条, 港币借据, 典当, 委托贷款, 融资担保 保证, 最高额保证, 展期/续借, 还款协议, "
    "bilingual; TXT UTF-8/GB18030 + DOCX tables) vs. hand-typed gold, per field and per finding")
