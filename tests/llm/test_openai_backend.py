"""The openai backend against a real HTTP server speaking the OpenAI protocol (the stub), failures included."""
from __future__ import annotations

import socket
import time

import pytest

from agent.errors import BackendProtocolError, BackendUnavailable, ConfigError, PromptError
from agent.llm.base import LLMBackend, Message
from agent.llm.openai_backend import OpenAIBackend, api_root
from agent.llm.registry import create_backend
from tests.stub_openai_server import STUB_REASONING, StubServer, openai_stub, running_stub, stub_server, stub_settings  # noqa: F401

QUESTION = "借款人张三于2023年3月向本公司借款50万元，约定年利率18%，请判断利率是否合法？"


def _backend(stub: StubServer, **overrides) -> OpenAIBackend:
    return OpenAIBackend(stub_settings(stub, **overrides), backoff_s=0.01)


def _user(text: str) -> list[Message]:
    return [Message(role="system", content="你是风控助理。"), Message(role="user", content=text)]


def test_plain_answer_comes_back_with_model_usage_and_latency(openai_stub):
    backend = _backend(openai_stub)
    result = backend.chat(_user(QUESTION))
    assert result.text == f"stub answer to: {QUESTION}"
    assert result.reasoning is None
    assert result.model == "stub-qwen3-8b"
    assert result.finish_reason == "stop"
    sent = openai_stub.chat_requests()[-1]
    assert result.prompt_tokens == len("你是风控助理。") + len(QUESTION)  # the stub counts one token per character
    assert result.completion_tokens == len(result.text)
    assert result.latency_s > 0
    assert sent["messages"] == [{"role": "system", "content": "你是风控助理。"}, {"role": "user", "content": QUESTION}]
    assert sent["max_tokens"] == 512 and sent["temperature"] == 0.0 and "response_format" not in sent


def test_backend_satisfies_protocol_and_is_built_by_the_registry(openai_stub):
    backend = create_backend("openai", stub_settings(openai_stub))
    assert isinstance(backend, LLMBackend)
    assert backend.name == "openai"


def test_unknown_backend_name_is_a_config_error(openai_stub):
    with pytest.raises(ConfigError, match="Unknown LLM backend 'nope'"):
        create_backend("nope", stub_settings(openai_stub))


def test_missing_base_url_is_a_config_error_that_says_how_to_fix_it():
    from agent.config import Settings

    with pytest.raises(ConfigError, match="FENGTIAO_LLM_BASE_URL"):
        OpenAIBackend(Settings(llm_backend="openai", llm_base_url=None))


@pytest.mark.parametrize("suffix", ["", "/", "/v1", "/v1/"])
def test_base_url_works_with_or_without_v1(openai_stub, suffix):
    root = openai_stub.base_url.removesuffix("/v1")
    assert api_root(root + suffix) == openai_stub.base_url
    backend = _backend(openai_stub, llm_base_url=root + suffix)
    assert backend.chat(_user("你好")).text == "stub answer to: 你好"


def test_model_comes_from_models_endpoint_unless_configured(openai_stub):
    assert _backend(openai_stub).model_id == "stub-qwen3-8b"
    configured = _backend(openai_stub, llm_model="Qwen/Qwen3-8B")
    configured.chat(_user("你好"))
    assert openai_stub.chat_requests()[-1]["model"] == "Qwen/Qwen3-8B"


def test_bearer_key_is_sent_and_a_wrong_key_is_a_config_error():
    with running_stub(api_key="sk-fengtiao-test") as stub:
        ok = OpenAIBackend(stub_settings(stub, llm_api_key="sk-fengtiao-test"), backoff_s=0.01)
        assert ok.chat(_user("你好")).text == "stub answer to: 你好"
        assert stub.requests[-1]["authorization"] == "Bearer sk-fengtiao-test"
        wrong = OpenAIBackend(stub_settings(stub, llm_api_key="sk-wrong", llm_model="stub-qwen3-8b"), backoff_s=0.01)
        with pytest.raises(ConfigError, match="FENGTIAO_LLM_API_KEY"):
            wrong.chat(_user("你好"))


@pytest.mark.parametrize("mode", ["reasoning", "reasoning_content", "think", "think_r1"])
def test_reasoning_is_kept_apart_from_the_answer(openai_stub, mode):
    result = _backend(openai_stub).chat(_user(f"[[{mode}]] {QUESTION}"))
    assert result.text == f"stub answer to: {QUESTION}"
    assert result.reasoning == STUB_REASONING
    assert "think>" not in result.text and STUB_REASONING not in result.text


@pytest.mark.parametrize("mode", ["plain", "reasoning", "reasoning_content", "think"])
def test_stream_yields_reasoning_and_text_separately(openai_stub, mode):
    chunks = list(_backend(openai_stub).stream(_user(f"[[{mode}]] {QUESTION}")))
    text = "".join(c.text for c in chunks if c.kind == "text")
    reasoning = "".join(c.text for c in chunks if c.kind == "reasoning")
    assert text == f"stub answer to: {QUESTION}"
    assert reasoning == ("" if mode == "plain" else STUB_REASONING)
    assert len([c for c in chunks if c.kind == "text"]) > 5  # really streamed, not one blob
    assert openai_stub.chat_requests()[-1]["stream"] is True


def test_stream_of_r1_distill_holds_back_text_until_closing_think_tag():
    with running_stub(model="deepseek-ai/DeepSeek-R1-Distill-Qwen-7B", default_mode="think_r1") as stub:
        chunks = list(OpenAIBackend(stub_settings(stub), backoff_s=0.01).stream(_user(QUESTION)))
    text = "".join(c.text for c in chunks if c.kind == "text")
    reasoning = "".join(c.text for c in chunks if c.kind == "reasoning")
    assert reasoning == STUB_REASONING
    assert text.strip() == f"stub answer to: {QUESTION}"
    assert "think>" not in text


def test_server_error_is_retried_and_then_succeeds(openai_stub):
    result = _backend(openai_stub, llm_max_retries=2).chat(_user(f"[[flaky500]] {QUESTION}"))
    assert result.text == f"stub answer to: {QUESTION}"
    assert len(openai_stub.chat_requests()) == 3  # 500, 500, 200


def test_rate_limit_is_retried(openai_stub):
    result = _backend(openai_stub, llm_max_retries=1).chat(_user("[[rate_limit]] 你好"))
    assert result.text == "stub answer to: 你好"
    assert len(openai_stub.chat_requests()) == 2


def test_persistent_server_error_ends_as_backend_unavailable_with_last_status(openai_stub):
    with pytest.raises(BackendUnavailable) as err:
        _backend(openai_stub, llm_max_retries=2).chat(_user("[[error500]] 你好"))
    assert err.value.last_status == 500
    assert err.value.url == openai_stub.base_url
    assert "gave up after 3 attempts" in err.value.message and "fengtiao llm check" in err.value.message
    assert len(openai_stub.chat_requests()) == 3


def test_stream_retries_server_errors_before_the_first_byte(openai_stub):
    chunks = list(_backend(openai_stub, llm_max_retries=2).stream(_user("[[flaky500]] 你好")))
    assert "".join(c.text for c in chunks) == "stub answer to: 你好"


def test_hanging_server_times_out_quickly_and_is_not_retried(openai_stub):
    backend = _backend(openai_stub, llm_timeout_s=0.5, llm_max_retries=2)
    started = time.perf_counter()
    with pytest.raises(BackendUnavailable, match=r"no answer within 0.5s"):
        backend.chat(_user("[[hang]] 你好"))
    assert time.perf_counter() - started < 2.5
    assert len(openai_stub.chat_requests()) == 1


def test_prompt_over_the_context_window_is_a_prompt_error_with_advice(openai_stub):
    with pytest.raises(PromptError) as err:
        _backend(openai_stub).chat(_user("[[context_length]] 你好"))
    assert "context window" in err.value.message and "--max-model-len" in err.value.message
    assert "maximum context length is 8192" in err.value.message
    assert len(openai_stub.chat_requests()) == 1  # a 4xx is never retried


def test_really_long_contract_overflows_the_served_window():
    contract = "第一条 借款金额人民币伍拾万元整。" * 300  # 5,100 characters
    with running_stub(context_window=4096) as stub:
        with pytest.raises(PromptError, match="context window"):
            OpenAIBackend(stub_settings(stub), backoff_s=0.01).chat(_user(contract))


def test_malformed_body_is_a_protocol_error(openai_stub):
    with pytest.raises(BackendProtocolError, match="not JSON"):
        _backend(openai_stub).chat(_user("[[malformed]] 你好"))


def test_malformed_stream_line_is_a_protocol_error(openai_stub):
    with pytest.raises(BackendProtocolError, match="not JSON"):
        list(_backend(openai_stub).stream(_user("[[malformed]] 你好")))


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_unreachable_server_is_backend_unavailable_after_retries():
    from agent.config import Settings

    url = f"http://127.0.0.1:{_closed_port()}/v1"
    backend = OpenAIBackend(
        Settings(llm_backend="openai", llm_base_url=url, llm_model="m", llm_max_retries=2, llm_connect_timeout_s=1),
        backoff_s=0.01,
    )
    with pytest.raises(BackendUnavailable) as err:
        backend.chat(_user("你好"))
    assert err.value.url == url and err.value.last_status is None
    assert "cannot connect" in err.value.reason and "3 attempts" in err.value.reason


def test_empty_prompt_is_refused_before_any_request(openai_stub):
    backend = _backend(openai_stub, llm_model="stub-qwen3-8b")
    with pytest.raises(PromptError, match="empty"):
        backend.chat([Message(role="user", content="   ")])
    assert openai_stub.chat_requests() == []


def test_check_reports_model_and_structured_output(openai_stub):
    info = _backend(openai_stub).check()
    assert info.ok and info.backend == "openai" and info.model == "stub-qwen3-8b"
    assert info.structured_output is True
    assert info.extra["models"] == ["stub-qwen3-8b"]
    sent = openai_stub.chat_requests()[-1]
    assert sent["response_format"]["type"] == "json_schema"


def test_check_reports_broken_structured_output_but_stays_up():
    with running_stub(default_mode="json_invalid") as stub:
        info = OpenAIBackend(stub_settings(stub), backoff_s=0.01).check()
    assert info.ok and info.structured_output is False
    assert "invalid" in info.detail


def test_check_flags_a_model_the_server_does_not_serve(openai_stub):
    info = _backend(openai_stub, llm_model="Qwen/Qwen3-32B").check()
    assert not info.ok
    assert "stub-qwen3-8b" in info.detail and "FENGTIAO_LLM_MODEL" in info.detail


def test_check_of_a_down_server_is_not_ok():
    from agent.config import Settings

    backend = OpenAIBackend(
        Settings(llm_backend="openai", llm_base_url=f"http://127.0.0.1:{_closed_port()}", llm_max_retries=0), backoff_s=0.01
    )
    info = backend.check()
    assert not info.ok and "cannot connect" in info.detail


def test_stream_of_a_hanging_server_times_out(openai_stub):
    backend = _backend(openai_stub, llm_timeout_s=0.5)
    started = time.perf_counter()
    with pytest.raises(BackendUnavailable, match="no answer within 0.5s"):
        list(backend.stream(_user("[[hang]] 你好")))
    assert time.perf_counter() - started < 2.5


def test_stream_fails_when_called_not_when_first_iterated(openai_stub):
    # serve.py can turn the error into an HTTP status before it starts its own event stream.
    with pytest.raises(BackendUnavailable) as err:
        _backend(openai_stub, llm_max_retries=0).stream(_user("[[error500]] 你好"))
    assert err.value.last_status == 500
