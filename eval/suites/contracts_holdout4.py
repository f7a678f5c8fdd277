"""Held-out contract extraction (contracts_holdout4): 30 loan/guarantee papers written blind to the extractor by a
county-court mediator persona, scored by `agent.contracts.evaluate.eval_contracts`. Never tune on these rows."""
from __future__ import annotations

from pathlib import Path

from eval.suite import Suite
from eval.suites._external import run_external

DATASET_DIR = Path(__file__).resolve().parent.parent / "datasets" / "contracts_holdout4"
TARGET = "agent.contracts.evaluate:eval_contracts"
NAME = "contracts_holdout4"

SUITE = Suite(
    name=NAME,
    description=("Held-out loan/guarantee contracts from a Hunan court mediation desk (借条, 欠条, 还款协议, 结算单, "
                 "担保书, 小贷/村镇银行/农商行/典当/消费金融 contracts; TXT UTF-8 + GB18030, DOCX with tables) vs. "
                 "hand-typed gold, per field and per finding"),
    version=NAME,
    metrics=[],
    requires=(TARGET,),
    run_external=lambda ctx: run_external(TARGET, NAME, DATASET_DIR, ctx),
)
