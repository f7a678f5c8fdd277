"""A rate in a chat question is normalised and held against 4 × the LPR by code, citing the article it applies."""
from __future__ import annotations

from datetime import date

from agent.contracts.lpr import load_lpr_table, lpr_on
from agent.graph.builder import build_chat_graph
from agent.graph.tools import choose_tools, rate_check
from retrieval.laws import lookup_article
from tests.graph.test_routing import SAMPLE

JIEDAI = "最高人民法院关于审理民间借贷案件适用法律若干问题的规定"


def _article_text(e) -> str:
    art = lookup_article(JIEDAI, 25)
    assert art is not None and e["source_path"] == art.source_path
    return art.text


def test_a_dated_question_is_held_against_four_times_the_lpr_of_that_day(regulations_env):
    [e] = rate_check("2023年5月10日签的借款合同，约定月利率2%，合法吗？", None, None)
    lpr = lpr_on(date(2023, 5, 10))
    assert lpr.rate_pct is not None and str(lpr.rate_pct) == "3.65"   # the shipped table, 2022-08-22 publication
    assert e["kind"] == "calculation" and "第二十五条" in e["citation"]
    assert "“月利率2%”折合年利率 24%" in e["text"] and "2023-05-10" in e["text"]
    assert "四倍为 14.6%" in e["text"] and "超过部分（年9.4个百分点）" in e["text"]
    assert "四倍" in _article_text(e)


def test_without_a_date_it_says_which_day_it_used_and_that_the_table_may_be_old(regulations_env):
    latest = load_lpr_table()[-1]
    [e] = rate_check("年化10%的借款利息受法律保护吗", None, None, today=date(2099, 1, 1))
    assert "今天 2099-01-01" in e["text"] and "应以合同成立时的LPR为准" in e["text"]
    assert f"一年期LPR为 {latest.rate_pct}%" in e["text"] and "内置LPR表只到" in e["text"]
    four_x = 4 * latest.rate_pct
    assert ("未超过上限" in e["text"]) == (10 <= four_x)


def test_overdue_charges_cite_the_overdue_article_and_daily_rates_use_365_days(regulations_env):
    [e] = rate_check("2024年1月10日借的钱，逾期罚息按日万分之五算，合法吗", None, None)
    assert "第二十九条" in e["citation"] and "年利率 18.25%（日利率×365）" in e["text"]
    assert "逾期利息、违约金和其他费用合计不得超过此数" in e["text"]


def test_a_licensed_lender_is_told_the_cap_does_not_apply_citing_the_reply(regulations_env):
    calc, reply = rate_check("小贷公司2024年3月放款，年化24%，利率合法吗？", None, None)
    assert "不能直接套用四倍LPR上限" in calc["text"]
    assert reply["kind"] == "regulation" and "批复" in reply["citation"] and "小额贷款公司" in reply["text"]
    _, bank = rate_check("银行2024年3月的贷款年化18%合法吗", None, None)
    assert "第一条" in bank["citation"] and "金融机构" in bank["text"]


def test_before_the_lpr_the_old_two_lines_apply_and_a_rate_without_a_period_is_not_guessed(regulations_env):
    [e] = rate_check("2018年签的借条，约定年利率30%，现在能要多少", None, None)
    assert "第三十一条" in e["citation"] and "早于2019年8月20日" in e["text"]
    assert "介于24%与36%之间" in e["text"]
    [unclear] = rate_check("利率3%合法吗", None, None)
    assert "没有写明是年利率、月利率还是日利率" in unclear["text"] and "折合" not in unclear["text"]
    assert rate_check("小贷公司的利率受四倍LPR限制吗？", None, None) == []


def test_routing_fires_on_a_rate_and_leaves_a_pasted_contract_to_the_rule_engine():
    assert choose_tools("年化36%的网贷还要还吗", None)[0] == "rate_check"
    assert "rate_check" not in choose_tools("这家企业最近三个月开票同比下降30%", None)
    pasted = SAMPLE.read_text(encoding="utf-8") + "\n这份合同月利率2%合法吗？"
    assert "contract_check" in choose_tools(pasted, None) and "rate_check" not in choose_tools(pasted, None)


def test_the_chat_answer_leads_with_the_calculation_and_cites_each_article_once(regulations_env, use_stub_backend):
    with use_stub_backend(lambda body: ""):
        out = build_chat_graph().invoke({"question": "2023年5月10日借的钱，约定年利率24%，超出的利息还要还吗？",
                                         "tenant": None})
    first = out["evidence"][0]
    assert first["kind"] == "calculation" and first["n"] == 1
    assert out["answer"].startswith("根据检索到的资料：\n- 利率测算：") and "四倍为 14.6%" in out["answer"]
    spans = [(e["source_path"], e["start"]) for e in out["evidence"]]
    assert len(spans) == len(set(spans))


def test_dates_are_read_as_contracts_are_and_an_impossible_day_is_no_date(regulations_env):
    [e] = rate_check("二〇二三年五月十日借的钱，约定月利率2%，合法吗？", None, None)
    assert "问题所说的 2023-05-10适用" in e["text"] and "四倍为 14.6%" in e["text"]
    [odd] = rate_check("2023年2月30号借的钱，年利率24%合法吗", None, None, today=date(2026, 12, 5))
    assert "今天 2026-12-05" in odd["text"]


def test_an_lpr_linked_rate_is_computed_on_the_lpr_of_the_day(regulations_env):
    [e] = rate_check("2023年5月10日签的，年利率按一年期LPR上浮400%，超没超？", None, None)
    assert "“一年期LPR上浮400%”折合年利率 18.25%（一年期LPR 3.65% × 5）" in e["text"]
    assert "四倍为 14.6%" in e["text"] and "超过部分（年3.65个百分点）" in e["text"]
    [e] = rate_check("2021年3月签的借款合同，利率LPR+3%合法吗", None, None)
    assert "折合年利率 6.85%（一年期LPR 3.85% + 3个百分点）" in e["text"] and "未超过上限" in e["text"]
    [e] = rate_check("2024年1月10日借的钱，逾期按一年期LPR加收50%，合法吗？", None, None)
    assert "折合年利率 5.175%（一年期LPR 3.45% × 1.5）" in e["text"] and "第二十九条" in e["citation"]


def test_interest_said_as_an_amount_on_the_sum_lent_becomes_a_rate(regulations_env):
    [e] = rate_check("2024年1月10日借一万块，一个月给一千利息，这算不算高利贷？", None, None)
    assert "“一个月给一千利息”折合年利率 120%（利息1000元 ÷ 本金10000元 × 12）" in e["text"]
    assert "超过上限" in e["text"]
    [e] = rate_check("2024年1月10日借了10万，每月利息3000元，合法吗", None, None)
    assert "折合年利率 36%" in e["text"]
    # without the sum lent no rate is guessed; the answer asks for it
    [e] = rate_check("每月利息3000元合法吗", None, None)
    assert "没有说借了多少本金" in e["text"] and "折合年利率" not in e["text"]
