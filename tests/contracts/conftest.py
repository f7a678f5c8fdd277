"""A realistic contract template; each test changes only the clause it is about."""
from __future__ import annotations

import pytest

TEMPLATE = """借款合同

出借人（甲方）：{lender}
{lender_id}
借款人（乙方）：{borrower}
{borrower_id}
{guarantor_line}

第一条 借款金额
乙方向甲方借款人民币（大写）壹拾万元整（小写：¥100,000.00）。{delivery}

第二条 借款期限
借款期限自{start}起至{end}止。

第三条 借款利率
{interest}

第四条 逾期责任
{overdue}

第五条 保证
{guarantee}

第六条 争议解决
{dispute}

甲方（签字）：{lender}
乙方（签字）：{borrower}
签订日期：{signed}
"""

DEFAULTS = dict(
    lender="张建华", lender_id="身份证号码：110105198003153216", borrower="李卫东", borrower_id="身份证号码：110106198507224418",
    guarantor_line="", delivery="", start="2023年3月1日", end="2024年2月29日", signed="2023年3月1日",
    interest="借款年利率为12%，按月付息、到期还本。", overdue="乙方逾期还款的，逾期利率为年利率12%。",
    guarantee="本合同无保证人。", dispute="因本合同发生争议的，向甲方所在地人民法院提起诉讼。",
)


def make_contract(**changes: str) -> str:
    return TEMPLATE.format(**{**DEFAULTS, **changes})


@pytest.fixture
def contract():
    return make_contract
