"""Held-out contract set 18 (written blind to the extractor by a 昆明 小额贷款 风控 persona who also reviews files for
a 云南 融资担保 partner), scored by `agent.contracts.evaluate.eval_contracts` on `eval/datasets/contracts_holdout18/`.
Never tune on these rows."""
from __future__ import annotations

from pathlib import Path

from eval.suites.contracts import contract_suite

DATASET_DIR = Path(__file__).resolve().parent.parent / "datasets" / "contracts_holdout18"

SUITE = contract_suite(
    "contracts_holdout18",
    "Held-out loan/guarantee contracts 18: 30 documents from a Kunming 小贷 风控 desk (普洱茶/咖啡/斗南鲜花/橡胶/核桃 "
    "traders' 借条 and 借据 with 云南话 touches: 月息2分 with no overdue term, '每天每万元伍元' with a bare 担保人 and a "
    "payment note, '利息哪样的到时候再说' due 农历腊月二十三, a 借条 dated only in the lunar calendar with 利息翻倍, "
    "三人联保 '至借款还清之日止', 砍头息 on 月息三分, a 2015 loan at 3.5分 kept alive by payments and a signed 律师函, "
    "an interest-free 亲戚 借据 now time-barred; 瑞丽/河口 边贸 loans (2017 pre-LPR, demands after expiry); a "
    "Chinese-English 磨憨 rubber loan to a Lao company; 茶叶 仓单 and 存货 质押; 林权 抵押; 大理/丽江 民宿 loans (overdue "
    "exactly 4×LPR); a 过桥 for bank 续贷 at 日千分之一点五; 小贷 服务费+账户管理费; a bank 流动资金贷款 at LPR+65BP with "
    "复利; 车辆 抵押 with a daily 违约金; 翡翠 典当 with the first month withheld; 挖机 融资租赁; 还款协议 rolling interest "
    "into principal; 咖啡 以物抵债; 债务确认书; 民事调解书; a 保证合同 without a period; TXT UTF-8/GB18030 + DOCX "
    "tables) vs. hand-typed gold, per field and per finding")
