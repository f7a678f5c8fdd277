"""Held-out contract set 25 (written blind to the extractor by a 襄阳/十堰 小额贷款 loan-clerk persona who also files for
a 湖北 融资担保 company and helps a 区人民法院 诉前调解 room), scored by `agent.contracts.evaluate.eval_contracts` on
`eval/datasets/contracts_holdout25/`. Never tune on these rows."""
from __future__ import annotations

from pathlib import Path

from eval.suites.contracts import contract_suite

DATASET_DIR = Path(__file__).resolve().parent.parent / "datasets" / "contracts_holdout25"

SUITE = contract_suite(
    "contracts_holdout25",
    "Held-out loan/guarantee contracts 25: 30 documents from a 襄阳/十堰 小贷 loan desk (a 香菇 借条 with 按手印 and a "
    "见证人; 汽车零部件 设备抵押 and 应收账款/商票/供应链平台凭证 质押 for 东风 suppliers; a 绿松石 工艺品厂 loan with a "
    "bare 担保; a 武当山 民宿 loan; 土地经营权 抵押 2019 with payment notes; a 柑橘 合作社 一般保证; a 挂靠 truck loan; "
    "a 家族 互保 保证合同 'until repaid'; a 过桥 loan for a bank 续贷 at 日千分之二; a 小贷 loan with 服务费/咨询费/"
    "风险保证金; a 农商行 流贷 at LPR+85BP; 车辆 抵押 expired; 典当 of 绿松石 原矿; 叉车/机床 融资租赁; a 还款协议; "
    "以物抵债 in 绿松石; a 2018 债务确认书; a 樊城区 民事调解书; a WeChat loan typed out; a 2016 借条 expired despite "
    "payment notes; a 砍头息 借条; 复利/罚息; an 对账确认函 table; 委托贷款; a Chinese–English loan repaid from a German "
    "buyer's EUR; 湖北话; rates exactly at 4×LPR; TXT UTF-8/GB18030 + DOCX tables) vs. hand-typed gold, per field and "
    "per finding")
