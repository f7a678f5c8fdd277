"""Held-out contract set 10 (written blind to the extractor by a Wenzhou 民间借贷登记服务中心 clerk persona), scored by
`agent.contracts.evaluate.eval_contracts` on `eval/datasets/contracts_holdout10/`. Never tune on these rows."""
from __future__ import annotations

from pathlib import Path

from eval.suites.contracts import contract_suite

DATASET_DIR = Path(__file__).resolve().parent.parent / "datasets" / "contracts_holdout10"

SUITE = contract_suite(
    "contracts_holdout10",
    "Held-out loan/guarantee contracts 10: 30 Wenzhou private-lending registration-centre documents (登记借款合同 with 见证, "
    "企业间借贷 for 生产经营需要, 借条/欠条 in 温州话 with 铜钿/利钿/月息一分半, 标会 arrears, HKD and 新臺幣 loans in traditional "
    "characters with 民國 dates, 售后回租, 典当+续当, 委托贷款, 融资担保 担保函, 还款协议 with 利息计入本金, 以物抵债, 先扣利息 and "
    "服务费, 每万元每天X元, co-borrowers, repayment/demand notes that restart limitation; TXT UTF-8/GB18030 + DOCX tables) "
    "vs. hand-typed gold, per field and per finding")
