"""The optional model pass: verbatim quotes only, numbers re-read by the normalisers."""
from __future__ import annotations

import json
from decimal import Decimal

from agent.contracts.extract import extract_contract
from agent.llm.base import ChatResult


class ScriptedBackend:
    """Stands in for the model: returns a fixed JSON answer, records what it was asked."""

    name = "scripted"
    model_id = "scripted"

    def __init__(self, answer: dict):
        self.answer = answer
        self.prompts: list[str] = []

    def chat(self, messages, **kw):
        self.prompts.append(messages[-1].content)
        return ChatResult(text=json.dumps(self.answer, ensure_ascii=False), model="scripted")


TEXT = """借款协议
双方约定：王大明把钱借给赵小军，共计人民币伍万元整（¥50,000.00）。
这笔钱的利息，双方商定为每年百分之十，借期自2023年3月1日起至2024年2月29日止。
2023年3月1日
"""


def test_rules_alone_leave_unlabelled_parties_empty():
    c = extract_contract(TEXT)
    assert c.lender is None and c.borrower is None


def test_model_quotes_found_in_the_text_are_accepted_with_llm_source():
    backend = ScriptedBackend({"lender_name": "王大明", "borrower_name": "赵小军", "interest_clause": None,
                               "purpose": None, "dispute_clause": None})
    c = extract_contract(TEXT, use_llm=True, backend=backend)
    assert c.lender.value.name == "王大明" and c.lender.source == "llm"
    assert TEXT[c.lender.evidence[0].start:c.lender.evidence[0].end] == "王大明"
    assert "<contract>" in backend.prompts[0]


def test_model_text_not_in_the_contract_is_rejected():
    backend = ScriptedBackend({"lender_name": "王大明先生（出借人）", "borrower_name": None, "interest_clause": None,
                               "purpose": None, "dispute_clause": None})
    c = extract_contract(TEXT, use_llm=True, backend=backend)
    assert c.lender is None
    assert any(p["type"] == "llm_quote_rejected" for p in c.problems)


def test_interest_quote_from_the_model_is_re_read_by_the_normaliser():
    # "（逾期另计）" right after the rate makes the rules file it as an overdue charge, so interest is missing.
    text = TEXT.replace("双方商定为每年百分之十", "借款利率年利率10%（逾期另计）")
    assert extract_contract(text).interest is None
    c = extract_contract(text, use_llm=True, backend=ScriptedBackend(
        {"lender_name": None, "borrower_name": None, "interest_clause": "借款利率年利率10%", "purpose": None,
         "dispute_clause": None}))
    assert c.interest.source == "llm" and c.interest.value.annual_rate == Decimal("0.1")
    assert text[c.interest.evidence[0].start:c.interest.evidence[0].end] == "年利率10%"


def test_a_rate_the_text_does_not_contain_is_never_taken():
    text = TEXT.replace("双方商定为每年百分之十", "借款利率年利率10%（逾期另计）")
    c = extract_contract(text, use_llm=True, backend=ScriptedBackend(
        {"lender_name": None, "borrower_name": None, "interest_clause": "借款利率年利率99%", "purpose": None,
         "dispute_clause": None}))
    assert c.interest is None
    assert any(p["type"] == "llm_quote_rejected" for p in c.problems)
