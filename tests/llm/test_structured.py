"""`generate_structured` over the openai backend: JSON schema sent, pydantic-validated, one repair, typed failure."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from pydantic import BaseModel, Field

from agent.errors import StructuredOutputError
from agent.llm.openai_backend import OpenAIBackend, schema_response_format
from agent.llm.structured import generate_structured
from tests.stub_openai_server import INVALID_JSON, openai_stub, stub_server, stub_settings  # noqa: F401

CONTRACT = (
    "借款合同\n出借人：广州市越秀区民间金融街小额贷款有限公司\n借款人：佛山市顺德区美的华电器配件厂\n"
    "借款金额：人民币伍拾万元整（¥500,000.00）\n借款期限：2024年3月15日至2025年3月14日\n年利率：15.4%"
)


class Guarantor(BaseModel):
    name: str
    kind: str = Field(description="一般保证 or 连带责任保证")


class LoanTerms(BaseModel):
    lender: str
    borrower: str
    principal: Decimal
    start: date
    annual_rate_percent: float
    guarantors: list[Guarantor]
    secured: bool | None = None


def _backend(stub) -> OpenAIBackend:
    return OpenAIBackend(stub_settings(stub), backoff_s=0.01)


def test_valid_answer_parses_and_the_schema_is_sent_as_response_format(openai_stub):
    terms = generate_structured(_backend(openai_stub), f"从合同中提取借款条款：\n{CONTRACT}", LoanTerms)
    assert isinstance(terms, LoanTerms) and isinstance(terms.start, date)
    assert len(terms.guarantors) == 1
    sent = openai_stub.chat_requests()
    assert len(sent) == 1
    fmt = sent[0]["response_format"]
    assert fmt == schema_response_format(LoanTerms.model_json_schema())
    assert fmt["type"] == "json_schema" and fmt["json_schema"]["strict"] is True
    assert fmt["json_schema"]["name"] == "LoanTerms"
    assert fmt["json_schema"]["schema"]["$defs"]["Guarantor"]["required"] == ["name", "kind"]
    assert "guided_json" not in sent[0]


def test_reasoning_before_the_json_does_not_break_parsing(openai_stub):
    for mode in ("reasoning", "think", "think_r1"):
        terms = generate_structured(_backend(openai_stub), f"[[{mode}]] 提取借款条款：\n{CONTRACT}", LoanTerms)
        assert isinstance(terms, LoanTerms)
    assert len(openai_stub.chat_requests()) == 3  # no repair was needed


def test_invalid_first_answer_is_repaired_once(openai_stub):
    terms = generate_structured(_backend(openai_stub), f"[[json_repair]] 提取借款条款：\n{CONTRACT}", LoanTerms)
    assert isinstance(terms, LoanTerms)
    first, repair = openai_stub.chat_requests()
    assert repair["messages"][-2] == {"role": "assistant", "content": INVALID_JSON}
    assert "JSON" in repair["messages"][-1]["content"] and "LoanTerms" in repair["messages"][-1]["content"]
    assert repair["response_format"] == first["response_format"]


def test_answer_invalid_after_repair_raises_with_raw_text(openai_stub):
    with pytest.raises(StructuredOutputError) as err:
        generate_structured(_backend(openai_stub), f"[[json_invalid]] 提取借款条款：\n{CONTRACT}", LoanTerms)
    assert err.value.raw_text == INVALID_JSON
    assert err.value.schema == LoanTerms.model_json_schema()
    assert "LoanTerms" in err.value.message
    assert len(openai_stub.chat_requests()) == 2


def test_wrongly_typed_answer_is_rejected_by_pydantic_and_repaired(openai_stub):
    # Well-formed JSON with a yes/no written in words: pydantic rejects it, the repair fixes it.
    answers = iter(['{"ok": "是的"}', '{"ok": true}'])

    class Probe(BaseModel):
        ok: bool

    openai_stub.responder = lambda body: next(answers)
    assert generate_structured(_backend(openai_stub), "合同是否有效？", Probe) == Probe(ok=True)
    assert "ok" in openai_stub.chat_requests()[-1]["messages"][-1]["content"]  # the repair names the failing field
    assert len(openai_stub.chat_requests()) == 2
