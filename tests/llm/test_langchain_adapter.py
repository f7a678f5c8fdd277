"""LangChain/LangGraph callers see the answer in `content` and the thinking only in `additional_kwargs`."""
from __future__ import annotations

import pytest
from langchain_core.messages import AIMessage, HumanMessage, SystemMessage, ToolMessage
from pydantic import BaseModel

from agent.errors import ConfigError, StructuredOutputError
from agent.llm.langchain_adapter import BackendChatModel, as_chat_model, to_messages
from agent.llm.openai_backend import OpenAIBackend
from tests.stub_openai_server import STUB_REASONING, openai_stub, stub_server, stub_settings  # noqa: F401

QUESTION = "担保人李四承担连带责任保证吗？"


def _model(stub, **kw) -> BackendChatModel:
    return as_chat_model(OpenAIBackend(stub_settings(stub), backoff_s=0.01), **kw)


def test_invoke_returns_answer_in_content_and_reasoning_aside(openai_stub):
    reply = _model(openai_stub).invoke([SystemMessage("你是调解员。"), HumanMessage(f"[[reasoning]] {QUESTION}")])
    assert isinstance(reply, AIMessage)
    assert reply.content == f"stub answer to: {QUESTION}"
    assert reply.additional_kwargs["reasoning"] == STUB_REASONING
    assert reply.response_metadata["model_name"] == "stub-qwen3-8b"
    assert reply.usage_metadata["output_tokens"] == len(reply.content) + len(STUB_REASONING)


def test_invoke_passes_max_tokens_and_stop(openai_stub):
    _model(openai_stub, max_tokens=64).invoke(QUESTION, stop=["\n\n"])
    sent = openai_stub.chat_requests()[-1]
    assert sent["max_tokens"] == 64 and sent["stop"] == ["\n\n"]
    assert sent["messages"] == [{"role": "user", "content": QUESTION}]


@pytest.mark.parametrize("mode", ["reasoning", "think"])
def test_stream_keeps_reasoning_out_of_content(openai_stub, mode):
    chunks = list(_model(openai_stub).stream(f"[[{mode}]] {QUESTION}"))
    assert len(chunks) > 5
    merged = chunks[0]
    for c in chunks[1:]:
        merged = merged + c
    assert merged.content == f"stub answer to: {QUESTION}"
    assert merged.additional_kwargs["reasoning"] == STUB_REASONING
    assert all(STUB_REASONING[:3] not in c.content for c in chunks)


def test_tool_results_are_sent_as_labelled_user_turns():
    msgs = to_messages([
        HumanMessage("查询借款人涉诉情况"),
        AIMessage("调用工具"),
        ToolMessage("被执行人记录：2件", tool_call_id="call-1", name="court_records"),
    ])
    assert [m.role for m in msgs] == ["user", "assistant", "user"]
    assert msgs[-1].content.startswith("[工具结果 tool result: court_records]")


def test_with_structured_output_returns_a_validated_object(openai_stub):
    class Verdict(BaseModel):
        joint_liability: bool
        article: str

    runnable = _model(openai_stub).with_structured_output(Verdict)
    assert isinstance(runnable.invoke(QUESTION), Verdict)
    assert openai_stub.chat_requests()[-1]["response_format"]["json_schema"]["name"] == "Verdict"
    with pytest.raises(StructuredOutputError):
        runnable.invoke(f"[[json_invalid]] {QUESTION}")


def test_with_structured_output_refuses_a_dict_schema(openai_stub):
    with pytest.raises(ConfigError, match="pydantic"):
        _model(openai_stub).with_structured_output({"type": "object"})
