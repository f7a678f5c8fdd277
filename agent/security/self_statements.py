"""A party's own statements in its documents: kept as content, named as unverified.

A borrower's 情况说明 that says "无任何涉诉记录", a supplier's declaration of "no related party", an accountant's
"利息已足额支付": these are what the document says, not what is true, and an attacker who cannot instruct the
assistant can still plant them. Removing them would remove real content (a contract's 陈述与保证 is exactly such
a statement), so the chat answer keeps them and tells the officer which cited items rest on a party's own word.
A sentence counts when the patterns (data: agent/rules/self_statements.yaml) match it or the learnt classifier
(agent/security/statement_classifier.py) calls it one; its topic is the classifier's.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from agent.security.injection import normalise, sentence_spans
from agent.security.statement_classifier import classify, is_statement

SELF_STATEMENT_PATTERNS = Path(__file__).resolve().parent.parent / "rules" / "self_statements.yaml"


@lru_cache(maxsize=2)
def _rules(path: Path = SELF_STATEMENT_PATTERNS) -> tuple[list[re.Pattern], re.Pattern]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [re.compile(p, re.I | re.S) for p in data["patterns"]], re.compile(data["requests"], re.I)


def _patterns() -> list[re.Pattern]:
    return _rules()[0]


def before_request(normalised: str) -> str | None:
    """The part of a sentence before the first clause that opens a request ("…约3,600万元，现申请续贷…" ->
    "…约3,600万元"), or None when no clause does: a request read with a statement drowns it."""
    mt = _rules()[1].search(normalised)
    return normalised[: mt.start()].strip() if mt and mt.start() > 0 else None


def topics(statement: str) -> list[str]:
    """What a flagged sentence is about (涉诉与执行, 关联关系, 经营与纳税, …; two topics when it makes two claims), for a
    note that does not repeat the sentence: the learnt classifier's topic model, right for 53 of 55 statements of
    the third blind set (a keyword list's first topic word was right for 81% of the training statements it named,
    none for 31%). A request after the statement is left out: it is not what the sentence asserts."""
    normalised = normalise(statement).strip()
    return list(classify([before_request(normalised) or normalised])[0][1]) or ["其他事项"]


def find_self_statements(text: str) -> list[str]:
    """The sentences of `text` in which a party asserts a risk fact about itself (each once, in order).

    The classifier reads each sentence normalised as it was trained (and as the injection sanitiser reads it, so
    the two share one embedding per sentence); a question asserts nothing ("贵司是否存在对外担保？")."""
    shown: dict[str, str] = {}
    for start, end, _ in sentence_spans(text):
        sentence = " ".join(text[start:end].split())
        if sentence and sentence not in shown and not sentence.rstrip("\"'”’）) ").endswith(("？", "?")):
            shown[sentence] = normalise(text[start:end]).strip()
    learnt = dict(zip(shown, classify(list(shown.values()))))
    heads = {s: h for s, n in shown.items() if not is_statement(learnt[s]) and (h := before_request(n))}
    head_scores = dict(zip(heads, classify(list(heads.values()))))
    return [s for s in shown if is_statement(learnt[s]) or (s in heads and is_statement(head_scores[s]))
            or _matches(normalise(s))]


def _matches(normalised: str) -> bool:
    return any(p.search(normalised) for p in _patterns())
