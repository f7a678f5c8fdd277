"""Held-out contract set 27 (written blind to the extractor by a 金华/义乌 and 绍兴 柯桥 小额贷款 loan-clerk persona who
also files for a 浙江 融资担保 company and helps a 区 人民法院 诉前 调解 room), scored by
`agent.contracts.evaluate.eval_contracts` on `eval/datasets/contracts_holdout27/`. Never tune on these rows."""
from __future__ import annotations

from pathlib import Path

from eval.suites.contracts import contract_suite

DATASET_DIR = Path(__file__).resolve().parent.parent / "datasets" / "contracts_holdout27"

SUITE = contract_suite(
    "contracts_holdout27",
    "Held-out loan/guarantee contracts 27: 30 documents from a 义乌/柯桥 小贷 desk (义乌 商位 借条 at 月息1分5 with "
    "吴语 touches; 商位使用权 质押; a Chinese–English export loan repaid from a Dubai buyer's US$ L/C proceeds; 出口退税 "
    "账户 质押; 柯桥 印染厂 设备 抵押; a 过桥 loan for a bank 续贷 at 日千分之二 with 排污权 质押; 直播 仓库 存货 浮动抵押 "
    "with a 还款计划 table; a 五金 借条 with 按手印 and a 见证人; a 2017 红木 借条 expired despite payments; a 物流 专线 "
    "挂靠 车辆 loan with a bare 担保人; a 家族 互保/联保 loan; a 小贷 loan with 咨询费/服务费/保证金; a 农商行 流贷 at "
    "LPR+85BP guaranteed by a 融资担保 company; 最高额 房产 抵押; 典当 of a car; 融资租赁 of 喷水织机; a 还款协议; 以物抵债 "
    "in 红木 furniture; a 债务确认书; a compounding 对账单; a 民事调解书; a 微信 chat loan with interest '看着办'; a 2012 "
    "月息3分 借条; a 砍头息 借条 with a 日千分之一 违约金; 委托贷款; a 保证合同 with no type; a 2020 loan with a bare "
    "担保人; a 2025-09 loan past the LPR table's cover; TXT UTF-8/GB18030 + DOCX tables) vs. hand-typed gold, per field "
    "and per finding")
