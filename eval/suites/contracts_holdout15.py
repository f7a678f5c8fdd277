"""Held-out contract set 15 (written blind to the extractor by a Foshan/Dongguan 商业保理·小额贷款 group 法务 persona
who reviews factory owners' papers before the group lends or buys receivables), scored by
`agent.contracts.evaluate.eval_contracts` on `eval/datasets/contracts_holdout15/`. Never tune on these rows."""
from __future__ import annotations

from pathlib import Path

from eval.suites.contracts import contract_suite

DATASET_DIR = Path(__file__).resolve().parent.parent / "datasets" / "contracts_holdout15"

SUITE = contract_suite(
    "contracts_holdout15",
    "Held-out loan/guarantee contracts 15: 30 documents from a Foshan/Dongguan 保理·小贷 法务 desk (粤语 借据/借条 by "
    "家具, 陶瓷, 五金 and 灯饰 bosses: '每万蚊每日五蚊', 月息一分半, 月息8厘, 月息3分 with 首期利息先扣, 年息1分 in HK$, "
    "due on 农历八月十五, bare 担保人 before and after 2021, a 催款 note restarting the period; a 港资 借款協議 in "
    "traditional characters with HK$ converted to an operative RMB figure; 企业间借贷 for 周转 with a payment note; a "
    "过桥 loan at 日息千分之一 with '直至本息还清'; a 股东借款 at zero interest; a 还款协议 rolling interest into principal; "
    "以车抵债; 对账/余额确认函 that restart the limitation period, one still expired; a 民事调解书; a 小贷 loan with 服务费 "
    "withheld and an 等额本息 table, a 小贷 loan at 日利率0.05% guaranteed by a 融资担保公司; a 最高额保证合同 by the boss "
    "and his wife; a 典当 with 首月综合费 taken out; a 融资租赁 CNC lease; a 有追索权 保理 with 回购; bank and 村镇银行 "
    "loans at LPR+BP; a 委托贷款 where the 委托人 is the lender; TXT UTF-8/GB18030 + DOCX tables) vs. hand-typed gold, "
    "per field and per finding")
