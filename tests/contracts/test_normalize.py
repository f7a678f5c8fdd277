"""Every interest, amount and date form the contracts use, read to an exact Decimal / date."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from agent.contracts.normalize import (
    DAY_CONVENTION, NumeralError, annual_rate_from_text, cn_decimal, cn_integer, find_amounts, find_dates, find_rates,
    parse_amount, parse_date,
)


@pytest.mark.parametrize("text, expected", [
    ("年利率12%", "0.12"),
    ("年利率为12％", "0.12"),
    ("年化15.4%", "0.154"),
    ("年化利率为15.4%", "0.154"),
    ("年息百分之十二", "0.12"),
    ("年利率（单利）为百分之十四点六", "0.146"),
    ("年息1分", "0.1"),
    ("月利率1.5%", "0.18"),
    ("按月利率1.5%计算", "0.18"),
    ("月息2分", "0.24"),
    ("月息1分5厘", "0.18"),
    ("月息一分五", "0.18"),
    ("月息1.5分", "0.18"),
    ("月利率千分之十五", "0.18"),
    ("月利率15‰", "0.18"),
    ("日利率万分之五", "0.1825"),
    ("日息0.05%", "0.1825"),
    ("逾期每日按未还款金额的0.05%计收罚息", "0.1825"),
    ("每逾期一日，按未还金额的千分之一支付违约金", "0.365"),
    ("12%/年", "0.12"),
    ("年利率12%（月利率1%）", "0.12"),
])
def test_interest_expression_becomes_exact_annual_rate(text, expected):
    reading = annual_rate_from_text(text)
    assert reading.status == "ok", reading.message
    assert reading.annual_rate == Decimal(expected)


def test_daily_rate_states_the_365_day_convention():
    (m,) = find_rates("日利率万分之五")
    assert m.convention == DAY_CONVENTION and "365" in m.convention


def test_monthly_interest_amount_needs_and_uses_the_principal():
    assert annual_rate_from_text("每月利息3,000元").status == "needs_principal"
    reading = annual_rate_from_text("每月利息3,000元", principal=Decimal("100000"))
    assert reading.status == "ok" and reading.annual_rate == Decimal("0.36")
    assert annual_rate_from_text("乙方每月支付利息1,000元", principal=Decimal("100000")).annual_rate == Decimal("0.12")


@pytest.mark.parametrize("text", ["无息", "本借款不计利息。", "利息：无", "免息借款", "双方约定不收取利息"])
def test_interest_free_wording_is_zero(text):
    reading = annual_rate_from_text(text)
    assert reading.status == "zero" and reading.annual_rate == 0


def test_a_breach_clause_about_unpaid_interest_is_not_zero_interest():
    assert annual_rate_from_text("借款人不支付利息的，视为违约").status == "none"


@pytest.mark.parametrize("text", ["利息2分", "2分利", "利率为15%", "日息1厘"])
def test_rates_without_settled_meaning_are_ambiguous_not_guessed(text):
    reading = annual_rate_from_text(text)
    assert reading.status == "ambiguous" and reading.annual_rate is None and reading.message


def test_two_different_rates_are_contradictory():
    reading = annual_rate_from_text("借款年利率12%，另按月利率1.5%付息")
    assert reading.status == "contradictory" and reading.annual_rate is None
    assert "12" in reading.message and "18" in reading.message


def test_lpr_linked_rate_is_recognised_with_its_multiple_and_spread():
    (m,) = find_rates("借款利率按一年期贷款市场报价利率（LPR）的4倍确定")
    assert m.status == "lpr_linked" and m.lpr_multiple == 4
    (s,) = find_rates("按LPR加100个基点")
    assert s.lpr_spread == Decimal("0.01")


@pytest.mark.parametrize("text, multiple, spread", [
    ("逾期按一年期LPR加收50%", "1.5", "0"), ("年利率为一年期LPR上浮30%", "1.3", "0"), ("利率为LPR的基础上上调20%", "1.2", "0"),
    ("借款利率按LPR+3%执行", "1", "0.03"), ("利率为LPR加3个百分点", "1", "0.03"), ("年利率为一年期LPR加1.5%", "1", "0.015"),
    ("LPR加50%", "1.5", "0"),
])
def test_an_lpr_markup_raises_the_lpr_and_points_are_added(text, multiple, spread):
    (m,) = find_rates(text)
    assert m.status == "lpr_linked" and m.lpr_multiple == Decimal(multiple) and m.lpr_spread == Decimal(spread)


def test_dates_and_month_names_are_not_rates():
    assert find_rates("自2023年3月1日起至2024年2月29日止，每月20日前还款") == []


@pytest.mark.parametrize("text, expected", [
    ("壹拾万元整", "100000"), ("人民币伍万元", "50000"), ("10万元", "100000"), ("1.5万元", "15000"),
    ("¥100,000.00", "100000"), ("100,000元", "100000"), ("叁仟伍佰元", "3500"), ("人民币拾万元整", "100000"),
    ("壹拾贰万叁仟肆佰伍拾陆元柒角捌分", "123456.78"), ("RMB 2,500元", "2500"),
])
def test_amount_forms(text, expected):
    assert parse_amount(text) == Decimal(expected)


def test_capital_and_figure_amounts_written_together_agree():
    found = find_amounts("人民币（大写）壹拾万元整（小写：¥100,000.00）")
    assert [a.value for a in found] == [Decimal(100000), Decimal(100000)]
    assert {a.form for a in found} == {"chinese", "arabic"}


def test_disagreeing_amounts_raise_instead_of_choosing():
    with pytest.raises(NumeralError, match="disagree"):
        parse_amount("人民币壹拾万元整（¥10,000.00）")
    with pytest.raises(NumeralError):
        parse_amount("借款若干")


@pytest.mark.parametrize("text", ["二〇二三年三月一日", "2023年3月1日", "2023.3.1", "2023-03-01", "2023/3/1", "二零二三年三月一日"])
def test_date_forms(text):
    assert parse_date(text) == date(2023, 3, 1)


def test_impossible_date_is_reported_not_shifted():
    (d,) = find_dates("2023年2月30日")
    assert d.status == "invalid" and d.value is None
    with pytest.raises(NumeralError, match="impossible"):
        parse_date("2023年2月30日")


def test_chinese_numerals():
    assert cn_integer("一万五") == 15000
    assert cn_integer("一千零五") == 1005
    assert cn_integer("壹亿贰仟万") == 120_000_000
    assert cn_integer("二〇二四") == 2024
    assert cn_decimal("十五点四") == Decimal("15.4")


@pytest.mark.parametrize("text, annual", [
    ("月息一分半", "0.18"), ("年息一分半", "0.15"), ("日息万五", "0.1825"), ("利息日万五", "0.1825"),
    ("一天万三折成年化多少", "0.1095"), ("每天千三会不会被法院砍", "1.095"),
])
def test_lenders_shorthand_rates(text, annual):
    (m,) = find_rates(text)
    assert m.status == "ok" and m.annual_rate == Decimal(annual)


def test_shorthand_is_not_read_in_amounts_or_minutes():
    assert find_rates("借了一万三") == [] and find_rates("每天一千三百块") == [] and find_rates("三分半钟") == []


def test_a_run_of_digits_is_no_rate_and_no_amount():
    # a figure is at most 12 digits and starts where its run starts: nothing inside a 10,000-digit run is read, and
    # the amount reader no longer fails on a value too long for Decimal's precision
    assert find_rates("1" * 10000) == [] and find_rates("月息" + "2" * 5000 + "分") == []
    assert find_amounts("借款" + "1" * 10000 + "元") == []
    assert [a.value for a in find_amounts("借款金额：100,000元，另1.5万元")] == [Decimal("100000"), Decimal("15000")]


def test_sentence_bounds_search_back_from_the_mention():
    from agent.contracts.segment import sentence_bounds

    text = "第一条 借款金额：十万元。第二条 月息2分；到期还本\n第三条 争议由法院管辖"
    pos = text.index("月息")
    assert text[slice(*sentence_bounds(text, pos))] == "第二条 月息2分"
    assert text[slice(*sentence_bounds(text, 0))] == "第一条 借款金额：十万元"
    assert text[slice(*sentence_bounds(text, len(text)))] == "第三条 争议由法院管辖"


@pytest.mark.parametrize("text", ["哪天万一他跑路了怎么办", "还款日万一遇法定节假日，顺延至下一工作日", "他店里一天万五的流水",
                                  "一天千五的工钱"])
def test_day_shorthand_needs_rate_words(text):
    # 万一 is "in case"; takings and wages per day are not rates
    assert find_rates(text) == []


def test_an_english_rate_without_its_period_is_read_and_asked_about():
    [m] = find_rates("sets default interest at the contract rate of 4.35% plus 50%")
    assert m.status == "ambiguous" and m.per_period == Decimal("0.0435") and m.period is None
    [m] = find_rates("the interest rate of 2% per month")
    assert m.status == "ok" and m.period == "month"


def test_an_english_margin_is_no_rate_and_a_bracketed_period_is_read():
    assert find_rates("Our default interest rate is 50% above the contract rate") == []
    [m] = find_rates("interest rate of 24% (per annum)")
    assert m.status == "ok" and m.annual_rate == Decimal("0.24")
    [m] = find_rates("interest rate is 2%/month")
    assert m.annual_rate == Decimal("0.24")
    assert find_rates("他家年成本为8%") == []                 # a cost is no rate unless it is 年化成本
