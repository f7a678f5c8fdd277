"""Held-out contract set 12 (written blind to the extractor by a Shandong county 农商行 compliance-officer persona going
through 不良贷款清收 files before suit or sale to an AMC), scored by `agent.contracts.evaluate.eval_contracts` on
`eval/datasets/contracts_holdout12/`. Never tune on these rows."""
from __future__ import annotations

from pathlib import Path

from eval.suites.contracts import contract_suite

DATASET_DIR = Path(__file__).resolve().parent.parent / "datasets" / "contracts_holdout12"

SUITE = contract_suite(
    "contracts_holdout12",
    "Held-out loan/guarantee contracts 12: 30 documents from a Shandong 农商行 NPL-collection desk (2013–2016 信用社 "
    "and 农商行 农户/个体工商户 loans with 月利率‰ and '基准利率上浮X%' (one without the number), LPR+BP contracts, "
    "罚息 '加收50%', 联保协议 + a member's loan, 最高额抵押, 土地经营权抵押, 农机分期 with dealer guarantee, 展期, "
    "借新还旧, 委托贷款, 创业担保贷款, 融资担保 guarantor, 小贷 with 济南仲裁, 典当, chains of signed 催收回执 vs a "
    "returned notice, 债权转让 to a local AMC + newspaper 公告, 还款承诺书 with a new 保证人, villagers' 借条 with a "
    "bare '保人' before/after 2021, no-interest 借条, restated 借条 rolling interest, feed company's loan with 砍头息, "
    "人民调解协议 with instalments, OCR'd scan with O/0 l/1 and %o; TXT UTF-8/GB18030 + DOCX tables) vs. hand-typed "
    "gold, per field and per finding")
