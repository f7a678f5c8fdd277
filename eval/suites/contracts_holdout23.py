"""Held-out contract set 23 (written blind to the extractor by a 长春/延边 小额贷款 loan-clerk persona who also files for
a 吉林 融资担保 company and helps a 县法院 诉前调解 room), scored by `agent.contracts.evaluate.eval_contracts` on
`eval/datasets/contracts_holdout23/`. Never tune on these rows."""
from __future__ import annotations

from pathlib import Path

from eval.suites.contracts import contract_suite

DATASET_DIR = Path(__file__).resolve().parent.parent / "datasets" / "contracts_holdout23"

SUITE = contract_suite(
    "contracts_holdout23",
    "Held-out loan/guarantee contracts 23: 30 documents from a 长春/延边 小额贷款 clerk's desk (玉米 收储 粮库 仓单 质押, "
    "人参 林权 抵押 with a bare 担保, 林蛙 土地经营权 at a 信用联社, 一汽 配套 设备 抵押 and 应收账款 质押 with a 商票 "
    "repayment clause, a bilingual 珲春 边贸 loan with a US$ option and a payment note, 肉牛 活体 抵押 at 月息一分五, "
    "冷面馆 借条 with a 见证人, a typed-out 微信 chat with interest '到时候再说', 家族 企业 互保 '至本息清偿时止', a 过桥 for "
    "bank 续贷 at 日千分之一, 小贷 with 服务费/咨询费/会员费, a 农商行 流动资金贷款 at LPR+95bp with 复利, 车辆 抵押 with a daily "
    "违约金 and a demand, 典当, 收割机 融资租赁 回租, a 还款协议 rolling interest into principal, 以物抵债 (拖拉机 + 玉米), "
    "a 2017 债务确认书 now time-barred, a 县法院 民事调解书, a 委托贷款, a 2015 年息30% 借条, a 对账单 table, 砍头息 with 手续费, "
    "a 一般保证 with 复利/罚息, a 2018 借据 kept alive by payments, a 融资担保 保证合同, rates exactly at 4 × LPR; 东北话 "
    "touches; TXT UTF-8/GB18030 + DOCX tables) vs. hand-typed gold, per field and per finding")
