"""Held-out contract set 19 (written blind to the extractor by a Harbin 小额贷款 风控 persona who also reviews files for
a 黑龙江 农业 融资担保 partner), scored by `agent.contracts.evaluate.eval_contracts` on
`eval/datasets/contracts_holdout19/`. Never tune on these rows."""
from __future__ import annotations

from pathlib import Path

from eval.suites.contracts import contract_suite

DATASET_DIR = Path(__file__).resolve().parent.parent / "datasets" / "contracts_holdout19"

SUITE = contract_suite(
    "contracts_holdout19",
    "Held-out loan/guarantee contracts 19: 30 documents from a Harbin 小贷 风控 desk (东北话 借条/借据 by 大豆 and 水稻 "
    "合作社 and 种植大户: 月息一分八, 月息二分 with 连带 spouse, '利息按信用社的来', 不要利息 between 老铁; lunar 二月初二 and "
    "腊月二十三 dates; a 绥芬河 边贸 loan with a Russian/English clause and 牡丹江 arbitration; a 黑河 debt confirmation of "
    "a 2018 loan; 粮食 仓单 and 大米 存货 质押; 农机 融资租赁; 土地经营权 抵押 with a late payment note, still expired; a "
    "信用联社 农户联保 loan; 雪乡 and 亚布力 民宿 装修 loans; a 包工头 欠条; a 过桥 loan at 日千分之二; a 小贷 loan with "
    "monthly 服务费 and a third-party 咨询费; a 农商行 流贷 at LPR+85BP; 车辆 抵押 2019; 典当 of a 收割机; 还款协议 with "
    "interest rolled into principal; 以物抵债 in 大豆; a 民事调解书; a 砍头息 借条; 委托贷款; a 对账单 with an interest "
    "table; a 2016 企业间 loan; a rate just above 4×LPR after an LPR cut; TXT UTF-8/GB18030 + DOCX tables) vs. "
    "hand-typed gold, per field and per finding")
