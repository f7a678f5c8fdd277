"""Held-out contract set 14 (written blind to the extractor by a Kunming 融资担保公司 法务/风险经理 persona who guarantees
bank loans for small firms and reviews the papers borrowers bring from other lenders), scored by
`agent.contracts.evaluate.eval_contracts` on `eval/datasets/contracts_holdout14/`. Never tune on these rows."""
from __future__ import annotations

from pathlib import Path

from eval.suites.contracts import contract_suite

DATASET_DIR = Path(__file__).resolve().parent.parent / "datasets" / "contracts_holdout14"

SUITE = contract_suite(
    "contracts_holdout14",
    "Held-out loan/guarantee contracts 14: 30 documents from a Kunming 融资担保 desk (bank 流动资金借款合同 at LPR+95BP "
    "with the figure written, a 2019 one at 基准利率上浮30%, a 村镇银行 个人经营贷 at LPR+190BP 等额本息, a 林权抵押 loan "
    "from a 信用社, a 小贷 茶叶仓单质押 loan and a 小贷 loan with a 管理费 taken at disbursement, a 典当 当票 with 首期综合费, "
    "a 委托贷款 where the 委托人 is the lender, the guarantor's own 委托保证合同 and 反担保保证合同, a 保证合同 '直至本息还清', "
    "企业间借贷 at LPR+345BP signed the day before an LPR change, a 借款展期协议 rolling interest into principal, a 公证债权文书 "
    "with a 履约核实, a court 民事调解书, a 还款承诺书 with a new deadline, 云南话 借条/欠条 by 普洱茶, 斗南花卉, 瑞丽翡翠, "
    "砂石, 烧烤 and 米线 people ('一毛五的息', 日息0.05%, 月息1分5, 年化15.4% at the cap, 月息 vs 年化 in conflict, "
    "lunar 腊月十三, '2022年春节前', '2021年6月底'), 砍头息 via 保证金, bare 担保人 before and after 2021, a 仲裁委 that does "
    "not exist, limitation restarted by payments, 催款 and 对账 vs expired; TXT UTF-8/GB18030 + DOCX tables) vs. hand-typed "
    "gold, per field and per finding")
