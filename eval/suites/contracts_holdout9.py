"""Held-out contract set 9 (written blind to the extractor by a Chongqing 小额贷款公司 risk-reviewer persona), scored by
`agent.contracts.evaluate.eval_contracts` on `eval/datasets/contracts_holdout9/`. Never tune on these rows."""
from __future__ import annotations

from pathlib import Path

from eval.suites.contracts import contract_suite

DATASET_DIR = Path(__file__).resolve().parent.parent / "datasets" / "contracts_holdout9"

SUITE = contract_suite(
    "contracts_holdout9",
    "Held-out loan/guarantee contracts 9: 30 Chongqing small-loan-company documents (车抵贷/房抵贷 二押 clickwrap with "
    "平台服务费/会员费/GPS费, 综合年化 only, 每万元每天X元, 居间协议 with fee deducted, 借条/欠条 in 重庆话, 等额本息/等额本金 "
    "schedules, 展期, 债务重组, 典当, 委托贷款, 融资担保 and company guarantors with 股东会决议, 大写≠小写; TXT UTF-8/GB18030 + "
    "DOCX tables) vs. hand-typed gold, per field and per finding")
