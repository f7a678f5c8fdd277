"""The chat's rate check on costs people state loosely: a rough sum lent, a fee in money each month, a fee for
repaying early. Each number is computed by code and shown with its arithmetic."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from agent.contracts.spoken import fee_amount_rate, lent_range, prepayment_fee
from agent.graph.tools import rate_check, stated_rates

DAY = date(2025, 6, 1)          # LPR 3.00 % in the shipped table: the cap is 12 %


def test_a_rough_sum_lent_gives_the_rate_at_both_ends():
    assert lent_range("他借了三千几，一个月利息给两百") == (Decimal(3000), Decimal(4000), "三千几")
    assert lent_range("借了2万5千多") == (Decimal(25000), Decimal(26000), "2万5千多")
    assert lent_range("借了3000多块") == (Decimal(3000), Decimal(4000), "3000多")
    assert lent_range("借了多少钱") is None and lent_range("借了5万，利息多少") is None
    rates = sorted(m.annual_rate for m in stated_rates("借了五万多，每个月利息一千五，超没超"))
    assert rates == [Decimal("0.3"), Decimal("0.36")]
    text = rate_check("借了五万多，每个月利息一千五，超没超", None, None, today=DAY)[0]["text"]
    assert "“五万多”的下限50000元" in text and "“五万多”的上限60000元" in text
    assert "年36% 超过上限" in text and "年30% 超过上限" in text


def test_a_monthly_fee_in_money_is_held_to_the_cap_with_the_interest():
    [fee] = fee_amount_rate("年利率10%，另外每月收服务费500元，借了5万，超了吗")
    assert fee.annual_rate == Decimal("0.12")
    assert fee_amount_rate("借5万每月还2000") == []
    text = rate_check("年利率10%，另外每月收服务费500元，借了5万，超了吗", None, None, today=DAY)[0]["text"]
    assert "费用500元 ÷ 本金50000元 × 12" in text and "年22% 超过上限" in text


def test_a_prepayment_fee_is_weighed_by_how_long_the_money_was_out():
    assert prepayment_fee("提前结清要交本金的百分之二手续费")[0] == Decimal("0.02")
    assert prepayment_fee("提前还要扣2000块")[1] == Decimal(2000)
    assert prepayment_fee("提前还款的话利息怎么算") is None
    evidence = rate_check("借了10万，年利率8%，提前还款收3%违约金，合法吗", None, None, today=DAY)
    text = evidence[0]["text"]
    # 8 % + 3 % × 12 / months: 20 % after three months, 14 % after six, 11 % after twelve, against 12 %
    assert "借满3个月还清，合计年20%，超过上限" in text and "借满12个月还清，合计年11%，未超过上限" in text
    assert "逾期利息、违约金和其他费用合计" not in text        # repaying early is no default
    assert {e["article"] for e in evidence[1:]} == {"第三十条", "第六百七十七条"}
    money = rate_check("借了10万，年利率8%，提前还要扣2000块，超不超", None, None, today=DAY)[0]["text"]
    assert "一次收取本金的2%" in money and "借满6个月还清，合计年12%，未超过上限" in money


def test_a_pasted_clause_is_reported_checked_even_when_nothing_is_wrong():
    from agent.graph.tools import contract_check

    clean = ("借款合同第五条：“借款期限自2024年1月1日起至2024年12月31日止，年利率为10%，按月付息，到期还本。"
             "借款人逾期还款的，按日万分之二支付逾期利息。”这条有问题吗")
    [verdict] = contract_check(clean, "t1", None)
    assert verdict["kind"] == "finding" and "未发现规则所列的问题" in verdict["text"]
    assert "年利率10%" in verdict["text"] and "逾期年利率7.3%" in verdict["text"]
    subcontract = ("这是他跟总包签的分包合同条款：“甲方在收到业主支付的工程款后七日内，按乙方完成工程量的百分之八十向乙方"
                   "支付进度款；业主未付款的，甲方不承担付款责任。”这条对他回款有啥影响，合法吗")
    [verdict] = contract_check(subcontract, "t1", None)
    assert "不是借款或担保条款" in verdict["text"]


def test_a_count_or_a_duration_is_no_rough_sum_and_rough_sums_keep_their_unit():
    from agent.contracts.spoken import lent_amount

    [rate] = stated_rates("他借了5万，已经借了10多个月了，每个月利息1500，超没超")
    assert rate.annual_rate == Decimal("0.36")                   # on 5万, not on "10多"
    assert lent_amount("已经借了10多个月了") is None
    assert lent_range("借了二十多万") == (Decimal(200000), Decimal(300000), "二十多万")
    assert lent_range("借了十几万") == (Decimal(100000), Decimal(200000), "十几万")
    assert lent_range("借了1.5万多") == (Decimal(15000), Decimal(16000), "1.5万多")
    assert lent_range("本金5万，之前借了三千多的那笔已经还了") is None    # 本金 is named: it is the sum


def test_a_repayment_or_a_minimum_is_no_prepayment_fee_and_a_fee_after_a_comma_is_one():
    assert prepayment_fee("借了10万，上个月提前还了3万元，剩下的超没超") is None
    assert prepayment_fee("提前还款金额不得少于1万元") is None
    assert prepayment_fee("提前还款的，按剩余本金的2%收违约金，合法吗")[0] == Decimal("0.02")
    assert prepayment_fee("如果提前还款，要交2000元手续费")[1] == Decimal(2000)


def test_a_prepayment_fee_is_added_to_the_terms_rate_not_the_overdue_rate():
    text = rate_check("借了10万，年利率8%，逾期年利率15%，提前还款收3%违约金，合法吗", None, None, today=DAY)[0]["text"]
    assert "借满3个月还清，合计年20%" in text                     # 8 % + 12 %, not 15 % + 12 %
    alone = rate_check("借了10万，提前还款收3%违约金，合法吗", None, None, today=DAY)[0]["text"]
    assert "问题没有写利率" in alone and "借满3个月还清，这笔费用折合年12%" in alone
    bank = rate_check("银行贷款10万年利率5%，提前还款收3%违约金，合法吗", None, None, today=DAY)[0]["text"]
    assert "提前还款时一次收取" not in bank and "逾期利息、违约金和其他费用合计" not in bank and "不能直接套用四倍LPR" in bank


def test_a_fee_is_summed_with_the_terms_interest_and_the_overdue_rate_stands_apart():
    text = rate_check("年利率10%，逾期年利率15%，每月收服务费500元，借了5万，超了吗", None, None, today=DAY)[0]["text"]
    assert "借期内手续费与利息合计年22%" in text and "年15% 超过上限" in text and "年37%" not in text


def test_a_lending_clause_the_reader_cannot_take_is_never_called_no_loan():
    from agent.graph.tools import contract_check

    clause = ("这是他跟出资人签的：“乙方每月15日前向甲方支付利息人民币叁仟元，本金拾万元，逾期的按日万分之五计收违约金，"
              "双方签字后生效。”这条合法吗")
    assert all("不是借款或担保条款" not in e["text"] for e in contract_check(clause, "t1", None))


def test_runs_of_spaces_do_not_make_the_rate_readers_crawl():
    from agent.contracts.spoken import squeezed

    assert squeezed("借了5万" + " " * 5000 + "每月利息1500") == "借了5万 每月利息1500"
    assert squeezed("第一行  \n\n  第二行") == "第一行\n第二行"
    assert stated_rates("借了5万，每月服务费1" + " " * 20000 + "x") == []
