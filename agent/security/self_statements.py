"""A party's own statements in its documents: kept as content, named as unverified.

A borrower's 情况说明 that says "无任何涉诉记录", a supplier's declaration of "no related party", an accountant's
"利息已足额支付": these are what the document says, not what is true, and an attacker who cannot instruct the
assistant can still plant them. Removing them would remove real content (a contract's 陈述与保证 is exactly such
a statement), so the chat answer keeps them and tells the officer which cited items rest on a party's own word.
The patterns are data: agent/rules/self_statements.yaml.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from agent.security.injection import normalise, sentence_spans

SELF_STATEMENT_PATTERNS = Path(__file__).resolve().parent.parent / "rules" / "self_statements.yaml"


@lru_cache(maxsize=2)
def _rules(path: Path = SELF_STATEMENT_PATTERNS) -> tuple[list[re.Pattern], dict[str, list[str]]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [re.compile(p, re.I | re.S) for p in data["patterns"]], {k: [w.lower() for w in v] for k, v in data["topics"].items()}


def topic(statement: str) -> str:
    """What a flagged sentence is about (涉诉与执行, 关联关系, …), for a note that does not repeat the sentence."""
    low = statement.lower()
    return next((name for name, words in _rules()[1].items() if any(w in low for w in words)), "其他事项")


def find_self_statements(text: str) -> list[str]:
    """The sentences of `text` in which a party asserts a risk fact absent or resolved (each once, in order)."""
    found: list[str] = []
    for start, end, _ in sentence_spans(text):
        sentence = " ".join(text[start:end].split())
        if sentence and any(p.search(normalise(sentence)) for p in _rules()[0]):
            if sentence not in found:
                found.append(sentence)
    return found
