"""湖北-style paper (襄阳/十堰 借条 with a chat printout under them, a WeChat log stamped line by line), one test per
cause, each with texts where the new reading must not fire.

Texts are written for these tests (names, sums and IDs are made up).
"""
from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest

from agent.contracts.check import check_contract
from agent.contracts.document import require_contract
from agent.contracts.extract import extract_contract

AS_OF = date(2026, 12, 18)


def _ids(text: str) -> set[str]:
    return {f.rule_id for f in check_contract(text, as_of=AS_OF).findings}


# --- 1. "借期一年，" cut at a comma: the next line goes on with the term only when it holds a from–to range --------

def test_a_due_day_on_the_line_after_a_bare_term_is_not_its_start():
    text = ("借  条\n\n今借到余长江现金伍万元整（50000元），用于竹山县茶园施肥，月息一分，借期一年，\n"
            "2021年9月30日本息一次还清。\n\n借款人：程德贵\n2020年10月1日\n")
    c = extract_contract(text)
    assert c.end_date.value == date(2021, 9, 30)
    assert c.start_date is None or c.start_date.value == date(2020, 10, 1)


@pytest.mark.parametrize("text,start,end", [
    # a wrapped range still runs on to the next line
    ("借  条\n\n今借到余长江人民币伍万元整（50000元），月息一分，借期一年，\n自2020年10月1日至2021年9月30日，到期一次还清。\n\n"
     "借款人：程德贵\n2020年10月1日\n", date(2020, 10, 1), date(2021, 9, 30)),
    ("借款合同\n出借人：余长江\n借款人：程德贵\n借款金额：人民币伍万元整。借款期限一年，\n2020年10月1日起至2021年9月30日止。\n年利率8%。\n"
     "出借人：余长江\n借款人：程德贵\n2020年10月1日\n", date(2020, 10, 1), date(2021, 9, 30)),
])
def test_a_wrapped_range_still_gives_both_ends(text, start, end):
    c = extract_contract(text)
    assert (c.start_date.value, c.end_date.value) == (start, end)


# --- 2. a chat printed with the day and time on every line, and a transfer notice that names both sides ------------

_STAMPED = ("微信聊天记录（截图文字整理）\n\n【2024年4月2日 19:05】冯国强：德明，我车子要修，能不能找你借一万五周转？下个月20号就还你。\n"
            "【2024年4月2日 19:08】罗德明：可以，我等下转你。\n"
            "【2024年4月2日 19:20】[转账] 罗德明向冯国强转账 ¥15,000.00，备注：借款\n"
            "【2024年4月2日 19:22】冯国强：收到了，谢了。\n"
            "【2024年6月1日 08:30】罗德明：国强，钱么样了？\n"
            "【2024年6月1日 09:10】冯国强：再等两个月。\n")


def test_a_chat_stamped_line_by_line_is_read():
    require_contract(_STAMPED, "chat.txt")
    c = extract_contract(_STAMPED)
    assert (c.lender.value.name, c.borrower.value.name) == ("罗德明", "冯国强")
    assert c.principal.value == Decimal("15000") and c.amount_delivered.value == Decimal("15000")
    assert c.contract_date.value == date(2024, 4, 2) and c.start_date.value == date(2024, 4, 2)
    assert c.end_date.value == date(2024, 5, 20)


def test_the_stamped_lines_without_brackets_read_the_same():
    text = _STAMPED.replace("【", "[").replace("】", "] ")
    c = extract_contract(text)
    assert (c.lender.value.name, c.borrower.value.name) == ("罗德明", "冯国强")
    assert c.end_date.value == date(2024, 5, 20)


@pytest.mark.parametrize("text", [
    # a contract that records its signing time on a stamped line: its parties stay its 甲方 / 乙方
    "借款合同\n【2024年4月2日 19:05】签订\n甲方：罗德明\n乙方：冯国强\n借款金额：人民币壹万伍仟元整。\n"
    "借款期限：2024年4月2日至2024年10月1日。\n年利率6%。\n甲方：罗德明\n乙方：冯国强\n2024年4月2日\n",
    # an IOU with a repayment log stamped by one clerk (one speaker is no chat)
    "借条\n今借到罗德明人民币壹万伍仟元整（15000元），于2024年10月1日前归还。\n借款人：冯国强\n2024年4月2日\n\n"
    "【2024年6月1日 08:30】经办：收到还款五千元\n【2024年7月1日 08:30】经办：收到还款五千元\n"
    "【2024年8月1日 08:30】经办：收到还款五千元\n",
])
def test_papers_with_stamped_lines_are_not_read_as_chats(text):
    c = extract_contract(text)
    assert c.lender.value.name == "罗德明" and c.borrower.value.name == "冯国强"
    assert c.end_date.value == date(2024, 10, 1)


# --- 3. a dated note where the debtor promises to pay back is an acknowledgement (民法典 第195条) ------------------

_LOAN = ("借  条\n\n今借到余长江人民币伍万元整（50000元），月息八厘，借款期限自2021年5月1日至2022年4月30日，到期连本带息还清。\n\n"
         "借款人：程德贵\n2021年5月1日\n\n附：微信催收记录（余长江手机截图打印）\n"
         "【2024年10月1日 10:05】余长江：德贵，那笔钱到期两年多了。\n")


def test_a_debtor_promising_to_pay_in_a_dated_note_keeps_the_period_running():
    text = _LOAN + "【2024年10月1日 18:40】程德贵：晓得了余哥，年底卖了茶叶一定还你。\n"
    assert "limitation_period_expired" not in _ids(text)


@pytest.mark.parametrize("reply", [
    "【2024年10月1日 18:40】程德贵：今年茶叶冇卖出去，肯定还不上。\n",           # a refusal, no promise
    "【2024年10月1日 18:40】程德贵：那个押金保证金还你了的。\n",                 # 保证金, not a promise
])
def test_no_promise_no_acknowledgement(reply):
    assert "limitation_period_expired" in _ids(_LOAN + reply)


@pytest.mark.parametrize("reply", [
    "【2024年10月1日 18:40】余长江：我保证不催你，你尽快还你姐的钱。\n",         # the lender speaks
    "【2024年10月1日 18:40】余长江：你哥说了，他一定还你。\n",                   # the lender, reporting someone else
    "【2024年10月1日 18:40】程德贵：保证人一定还你。\n",                         # the guarantor's promise, not his
    "【2024年10月1日 18:40】程德贵：我表哥说他一定还你。\n",                     # reported, someone else's promise
    "【2024年10月1日 18:40】程德贵：钱的事再说，我马上还你借条原件。\n",         # hands back a paper, not the money
])
def test_a_promise_that_is_not_the_debtors_acknowledges_nothing(reply):
    assert "limitation_period_expired" in _ids(_LOAN + reply)


def test_a_debtors_promise_to_try_still_counts():
    assert "limitation_period_expired" not in _ids(_LOAN + "【2024年10月1日 18:40】程德贵：争取年底还你。\n")


# --- review (wave 17): the wrapped term's start, a go-between's ask, a name-first stamp -------------------------------

@pytest.mark.parametrize("line,end", [
    ("自2020年10月1日起计算。", date(2021, 10, 1)),                 # a marked start, no range: still the term's start
    ("2020年10月1日起，至2021年9月30日止。", date(2021, 9, 30)),    # a range cut again at its comma
])
def test_a_wrapped_start_without_a_range_still_starts_the_term(line, end):
    text = ("借款合同\n出借人：余长江\n借款人：程德贵\n借款金额：人民币伍万元整。借款期限一年，\n" + line +
            "\n年利率8%。\n出借人：余长江\n借款人：程德贵\n2020年9月20日\n")
    c = extract_contract(text)
    assert (c.start_date.value, c.end_date.value) == (date(2020, 10, 1), end)


def test_a_go_between_asking_in_a_group_chat_is_not_the_borrower():
    text = ("微信群聊记录\n\n【2024年4月2日 19:05】王老五：德明，国强想找你借一万五，你看行不。\n"
            "【2024年4月2日 19:08】罗德明：行，我转他。\n"
            "【2024年4月2日 19:20】[转账] 罗德明向冯国强转账 ¥15,000.00\n"
            "【2024年4月2日 19:22】冯国强：收到了，下个月20号还。\n")
    c = extract_contract(text)
    assert (c.lender.value.name, c.borrower.value.name) == ("罗德明", "冯国强")


def test_a_chat_stamped_name_first_is_read():
    text = re.sub(r"【(\d+年\d+月\d+日) (\d+:\d+)】(\S+?)：", r"\3 \1 \2：", _STAMPED)
    c = extract_contract(text)
    assert (c.lender.value.name, c.borrower.value.name) == ("罗德明", "冯国强")
    assert c.start_date.value == date(2024, 4, 2) and c.end_date.value == date(2024, 5, 20)


def test_a_lenders_promise_on_a_name_first_stamp_acknowledges_nothing():
    reply = "余长江 2024年10月1日 18:40：我保证不催你，你尽快还你姐的钱。\n"
    assert "limitation_period_expired" in _ids(_LOAN + reply)
    assert "limitation_period_expired" not in _ids(_LOAN + "程德贵 2024年10月1日 18:40：年底一定还你。\n")
