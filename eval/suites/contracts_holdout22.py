"""Held-out contract set 22 (written blind to the extractor by a 周口 小额贷款 loan-clerk persona who also files for a
河南 融资担保 company and helps a 县 法院 调解 room), scored by `agent.contracts.evaluate.eval_contracts` on
`eval/datasets/contracts_holdout22/`. Never tune on these rows."""
from __future__ import annotations

from pathlib import Path

from eval.suites.contracts import contract_suite

DATASET_DIR = Path(__file__).resolve().parent.parent / "datasets" / "contracts_holdout22"

SUITE = contract_suite(
    "contracts_holdout22",
    "Held-out loan/guarantee contracts 22: 30 documents from a 周口 小贷 loan clerk's desk (包工头 欠条 and 农民工 工资 "
    "周转 with a bare 担保人; 冷链 速冻 设备 抵押 and 应收账款 质押; 小麦 仓单 质押; a 2018 面粉厂 loan in GB18030; a 许昌 "
    "假发 作坊 loan with Chinese/English table and a US$ reference; 生猪 活体 抵押 saved by a signed demand; a 家族企业 "
    "互保 chain; a 过桥 at 日千分之一点五 called 资金使用费; a 小贷 loan with 服务费/咨询费/账户管理费; a 农商行 流贷 at "
    "LPR+75BP; 车辆 抵押 expired after a payment; 典当 of gold; 农机 融资租赁 回租; a 还款协议 folding interest into "
    "principal; 以房抵债 reciting a rate above the cap; a 债务确认书 of a 2019 loan; a 商水 民事调解书; a 微信 chat typed "
    "out in 豫 dialect; a 砍头息 借条 with a 调解室 record; 复利 with '直至本息还清'; a 一般保证 contract; '到期不还由担保人还'; "
    "a 对账单 table; 委托贷款; 2015/2016 大写 借条; 不要利息 between 老乡; a rate just above 4×LPR four days after the "
    "2024-10-21 cut; TXT UTF-8/GB18030 + DOCX tables) vs. hand-typed gold, per field and per finding")
