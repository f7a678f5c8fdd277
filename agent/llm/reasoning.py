"""Keep a reasoning model's thinking apart from its answer.

vLLM with `--reasoning-parser` returns thinking in `reasoning` (newer) or `reasoning_content` (older);
without a parser, or with other servers, it arrives inline as `<think>…</think>`.
"""
from __future__ import annotations

import re

_THINK = re.compile(r"<think>(.*?)</think>", re.S)


def split_think(text: str) -> tuple[str | None, str]:
    """Return (reasoning, answer). An unclosed `<think>` is all reasoning: no answer yet."""
    if "<think>" not in text and "</think>" not in text:
        return None, text
    parts = [m.strip() for m in _THINK.findall(text)]
    answer = _THINK.sub("", text)
    if "</think>" in answer and "<think>" not in answer:
        # DeepSeek-R1 style: the opening tag is in the chat template, only the closing one is emitted.
        head, _, answer = answer.partition("</think>")
        parts.insert(0, head.strip())
    if "<think>" in answer:
        answer, _, tail = answer.partition("<think>")
        parts.append(tail.strip())
    reasoning = "\n".join(p for p in parts if p) or None
    return reasoning, answer.strip()


class ThinkStreamSplitter:
    """Incremental `<think>` splitter for streamed deltas (tags may be cut across chunks)."""

    def __init__(self) -> None:
        self._buf = ""
        self._in_think = False

    def feed(self, delta: str) -> list[tuple[str, str]]:
        self._buf += delta
        out: list[tuple[str, str]] = []
        while self._buf:
            tag = "</think>" if self._in_think else "<think>"
            idx = self._buf.find(tag)
            if idx >= 0:
                if idx:
                    out.append(("reasoning" if self._in_think else "text", self._buf[:idx]))
                self._buf = self._buf[idx + len(tag):]
                self._in_think = not self._in_think
                continue
            # keep a possible partial tag at the end
            keep = max((k for k in range(1, len(tag)) if self._buf.endswith(tag[:k])), default=0)
            emit = self._buf[: len(self._buf) - keep]
            if emit:
                out.append(("reasoning" if self._in_think else "text", emit))
            self._buf = self._buf[len(self._buf) - keep:]
            break
        return out

    def flush(self) -> list[tuple[str, str]]:
        rest, self._buf = self._buf, ""
        return [("reasoning" if self._in_think else "text", rest)] if rest else []
