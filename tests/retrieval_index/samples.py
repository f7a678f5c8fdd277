"""Realistic Chinese documents written by the tests (names, amounts and dates are invented)."""
from __future__ import annotations

LOAN_CONTRACT = """借款合同

合同编号：XD-2024-0318

出借人（甲方）：温州瓯江小额贷款股份有限公司
借款人（乙方）：{borrower}
保证人（丙方）：林建国

甲乙丙三方经平等协商，就乙方向甲方借款事宜，订立本合同，共同遵守。

第一条 借款金额
甲方同意向乙方提供借款人民币{amount}元（大写：{amount_words}）。

第二条 借款期限
借款期限为十二个月，自2024年3月20日起至2025年3月19日止。

第三条 借款利率
借款年利率为12%，按月付息，到期还本。逾期还款的，逾期部分按年利率15%计收逾期利息。

第四条 保证
丙方自愿为乙方在本合同项下的全部债务提供连带责任保证，保证期间为主债务履行期限届满之日起三年。

第五条 违约责任
乙方未按期还本付息的，甲方有权提前收回借款，并要求乙方承担实现债权的费用，包括诉讼费、律师费。

第六条 争议解决
因本合同发生争议的，由甲方所在地人民法院管辖；双方也可申请人民调解委员会调解。

第七条 其他
本合同一式三份，自各方签字盖章之日起生效。{marker}

甲方（盖章）：温州瓯江小额贷款股份有限公司
乙方（签字）：{borrower}
丙方（签字）：林建国
签订日期：2024年3月18日
"""

GUARANTEE_LETTER = """保证合同

债权人：浙江丰收融资担保有限公司
保证人：{guarantor}
债务人：宁波海曙五金制品厂

一、被保证的主债权为债权人与债务人于2024年5月8日签订的《流动资金借款合同》项下本金人民币800,000元。
二、保证方式为连带责任保证。
三、保证期间为主债务履行期限届满之日起六个月。
四、保证范围包括主债权及利息、违约金、损害赔偿金和实现债权的费用。{marker}
"""


def loan_contract(borrower: str = "瑞安市东升鞋业有限公司", amount: str = "500,000", amount_words: str = "伍拾万元整",
                  marker: str = "") -> str:
    return LOAN_CONTRACT.format(borrower=borrower, amount=amount, amount_words=amount_words, marker=marker)


def guarantee_contract(guarantor: str = "宁波鄞州恒信贸易有限公司", marker: str = "") -> str:
    return GUARANTEE_LETTER.format(guarantor=guarantor, marker=marker)


MEETING_NOTES = "\n\n".join(
    f"第{i}次贷后检查记录：客户经理于2024年{i}月走访借款企业，查看了仓库存货、水电费缴纳凭证和纳税申报表。"
    f"企业负责人介绍本月订单{i * 3}笔，回款正常，用工人数稳定在{40 + i}人左右，未发现被执行或经营异常信息。"
    for i in range(1, 13)
)
