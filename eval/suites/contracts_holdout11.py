"""Held-out contract set 11 (written blind to the extractor by a Hefei lawyer persona doing 非诉 review for a 小贷公司 and a
融资担保公司 and 民间借贷 litigation), scored by `agent.contracts.evaluate.eval_contracts` on
`eval/datasets/contracts_holdout11/`. Never tune on these rows."""
from __future__ import annotations

from pathlib import Path

from eval.suites.contracts import contract_suite

DATASET_DIR = Path(__file__).resolve().parent.parent / "datasets" / "contracts_holdout11"

SUITE = contract_suite(
    "contracts_holdout11",
    "Held-out loan/guarantee contracts 11: 30 documents from a Hefei lawyer's desk (小贷 standard contract + affiliate "
    "服务费 agreement, 最高额保证 with 决算期, 房产抵押 + brother's guarantee, OCR'd online-loan APP contract with page "
    "headers and 等额本息 table, shareholder loan with 股东会决议, 展期协议, 债权转让 + signed notice, 还款承诺书 rolling "
    "interest into principal, farmer's 借条 with 错别字 and 月二分, 有限合伙 lender, bilingual SHIAC loan, 直至本息还清 "
    "period, 一般保证 by '不能还款时', 农商行 等额本金 with prepayment penalty, 仲裁+法院 clause, 夫妻 co-borrowers, "
    "个体工商户 borrowers, 砍头息 in a 收条, 典当, 委托贷款, pre-LPR 24%/36% contracts, stale-LPR 2026 contract; TXT "
    "UTF-8/GB18030 + DOCX tables) vs. hand-typed gold, per field and per finding")
