"""Thinking stays apart from the answer, whole or streamed in arbitrary pieces."""
from __future__ import annotations

import pytest

from agent.llm.openai_backend import OpenAIBackend
from agent.llm.reasoning import ThinkStreamSplitter, split_think
from tests.stub_openai_server import STUB_REASONING, running_stub, stub_settings

THOUGHT = "年利率15.4%，需与一年期LPR的四倍比较。"
ANSWER = "该利率未超过法定上限，合法有效。"


def _collect(pieces: list[tuple[str, str]]) -> tuple[str, str]:
    return "".join(t for k, t in pieces if k == "reasoning"), "".join(t for k, t in pieces if k == "text")


def _split_stream(text: str, sizes: list[int]) -> tuple[str, str]:
    splitter, out, i = ThinkStreamSplitter(), [], 0
    for size in sizes:
        out += splitter.feed(text[i : i + size])
        i += size
    out += splitter.feed(text[i:]) + splitter.flush()
    return _collect(out)


def test_split_think_separates_inline_thinking():
    assert split_think(f"<think>{THOUGHT}</think>\n{ANSWER}") == (THOUGHT, ANSWER)


def test_split_think_handles_only_a_closing_tag_as_deepseek_r1_emits():
    assert split_think(f"{THOUGHT}\n</think>\n\n{ANSWER}") == (THOUGHT, ANSWER)


def test_split_think_without_tags_is_all_answer():
    assert split_think(ANSWER) == (None, ANSWER)


def test_unclosed_think_is_all_reasoning_and_no_answer():
    assert split_think(f"<think>{THOUGHT}") == (THOUGHT, "")


@pytest.mark.parametrize("cut", range(1, 40))
def test_stream_splitter_handles_tags_cut_at_any_point(cut):
    text = f"<think>{THOUGHT}</think>{ANSWER}"
    assert _split_stream(text, [cut] * (len(text) // cut)) == (THOUGHT, ANSWER)


def test_stream_splitter_one_character_at_a_time():
    text = f"<think>{THOUGHT}</think>{ANSWER}"
    assert _split_stream(text, [1] * len(text)) == (THOUGHT, ANSWER)


def test_stream_splitter_keeps_a_lone_angle_bracket_in_the_answer():
    text = "利率 <5% 且期限 < 1年"
    assert _split_stream(text, [1] * len(text)) == ("", text)


def test_r1_model_behind_a_reasoning_parser_streams_its_answer_as_text():
    # The same R1 distill, but vLLM's --reasoning-parser already separated the thinking: nothing is held back.
    with running_stub(model="deepseek-ai/DeepSeek-R1-Distill-Qwen-7B", default_mode="reasoning") as stub:
        chunks = list(OpenAIBackend(stub_settings(stub), backoff_s=0.01).stream("利率是否合法？"))
    assert "".join(c.text for c in chunks if c.kind == "reasoning") == STUB_REASONING
    assert "".join(c.text for c in chunks if c.kind == "text") == "stub answer to: 利率是否合法？"


def test_r1_model_without_any_thinking_still_gets_its_answer_at_the_end():
    with running_stub(model="deepseek-ai/DeepSeek-R1-Distill-Qwen-7B", default_mode="plain") as stub:
        chunks = list(OpenAIBackend(stub_settings(stub), backoff_s=0.01).stream("你好"))
    assert [c.kind for c in chunks] == ["text"]
    assert chunks[0].text == "stub answer to: 你好"
