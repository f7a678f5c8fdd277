"""Bridge everyday wording to the words the law uses before lexical search.

A borrower says 担保人 and 借条; the articles say 保证人 and 借据. BM25 only matches words that occur in the
article, so the lexical query is extended with the legal terms listed in `lexicon/colloquial.yaml`.
An English question ("Does our freeze go away once the court accepts the bankruptcy petition?") shares no word
with the Chinese corpus at all: its legal vocabulary is mapped through `lexicon/english_legal.yaml`.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import yaml

from agent.hanzi import to_simplified

LEXICON = Path(__file__).parent / "lexicon"
COLLOQUIAL = LEXICON / "colloquial.yaml"
ENGLISH = LEXICON / "english_legal.yaml"
_LATIN = re.compile(r"[A-Za-z]")


class ContextRule(NamedTuple):
    """A word that means the law's words only beside another word of the question: 原件 is an evidence question when
    the original is lost (原件丢了), not when a bank keeps a deed's original; 宽限 is asking to extend a loan, 宽限期 a
    contract's grace period. The rule fires when one of `keys` and one word of each group in `needs` are in the
    question and none of `unless` is. The English lexicon's `in_context` entries are the same rules, their key
    matched as a whole word and their other words in lower case."""
    keys: tuple[str, ...]
    needs: tuple[tuple[str, ...], ...]
    unless: tuple[str, ...]
    terms: list[str]

    def fires(self, query: str) -> bool:
        return any(k in query for k in self.keys) and self.context_holds(query)

    def context_holds(self, query: str) -> bool:
        """One word of each `needs` group is in `query` and none of `unless` (the key is matched by the caller: a
        substring for Chinese, a whole word for English)."""
        return all(any(w in query for w in group) for group in self.needs) and not any(u in query for u in self.unless)


def _rule(entry: dict, *, lower: bool = False) -> ContextRule:
    """One `in_context` entry of either lexicon; `lower`: its words in lower case, for an English question matched
    in lower case."""
    word = (lambda w: str(w).lower()) if lower else str
    needs = tuple(tuple(word(w) for w in entry[g]) for g in ("with", "and_with") if entry.get(g))
    return ContextRule(tuple(str(k) for k in entry["keys"]), needs, tuple(word(u) for u in entry.get("unless") or []),
                       [str(t) for t in entry["terms"]])


@lru_cache(maxsize=1)
def _colloquial() -> tuple[dict[str, list[str]], re.Pattern[str] | None, tuple[ContextRule, ...]]:
    """`colloquial.yaml`, read once: its expansions, its `not_legal` phrases (everyday phrases built on a legal
    word that do not mean it, 保险起见: to be safe, not insurance) as one pattern, longest first, and its
    `in_context` rules."""
    data = yaml.safe_load(COLLOQUIAL.read_text(encoding="utf-8"))
    expansions = {str(k): [str(t) for t in v] for k, v in data["expansions"].items()}
    phrases = sorted((str(p) for p in data.get("not_legal") or []), key=len, reverse=True)
    rules = tuple(_rule(e) for e in data.get("in_context") or [])
    return expansions, re.compile("|".join(re.escape(p) for p in phrases)) if phrases else None, rules


def colloquial_terms() -> dict[str, list[str]]:
    """The everyday words that always stand for the law's words, key -> terms. A public view of the cached file,
    for tests and tools that check a key's terms (the `in_context` rules are in `context_rules`)."""
    return _colloquial()[0]


def context_rules() -> tuple[ContextRule, ...]:
    """The words that stand for the law's words only beside another word of the question."""
    return _colloquial()[2]


@lru_cache(maxsize=256)
def _simplified(query: str) -> str:
    """The simplified reading of `query`, converted once: `without_idioms` and `_legal_terms` both read it on the
    same expand path, and the query is most often unchanged by the idiom blanking: one OpenCC pass, not two."""
    return to_simplified(query)


def without_idioms(query: str) -> str:
    """`query` with the phrases of `not_legal` blanked out, so BM25 does not match 保险法 for 保险起见. The phrases are
    looked for in the simplified reading, so 保險起見 is blanked too; the rest of the query stays as asked."""
    pattern = _colloquial()[1]
    if pattern is None:
        return query
    lay = _simplified(query)
    spans = [m.span() for m in pattern.finditer(lay)]
    if not spans:
        return query
    if len(lay) != len(query):          # a conversion that changed the length: blank the simplified reading
        return pattern.sub(" ", lay)
    for start, end in reversed(spans):
        query = query[:start] + " " + query[end:]
    return query


@lru_cache(maxsize=1)
def _english() -> list[tuple[re.Pattern[str], ContextRule | None, list[str]]]:
    """`english_legal.yaml`, read once, longest key first: (pattern, rule, legal terms), where rule is None for an
    `expansions` key and, for an `in_context` key, the same ContextRule as the Chinese lexicon's (with, and_with,
    unless), its words in lower case."""
    data = yaml.safe_load(ENGLISH.read_text(encoding="utf-8"))
    keyed: list[tuple[str, ContextRule | None, list[str]]] = [
        (str(k), None, [str(t) for t in v]) for k, v in data["expansions"].items()]
    for entry in data.get("in_context") or []:
        rule = _rule(entry, lower=True)
        keyed += [(key, rule, rule.terms) for key in rule.keys]
    keyed.sort(key=lambda e: -len(e[0]))
    return [(_key_pattern(k), rule, terms) for k, rule, terms in keyed]


def english_terms() -> list[tuple[re.Pattern[str], list[str]]]:
    """(pattern, legal terms) of the keys that need no context, longest key first: a whole word with its endings, or
    a stem when the key ends in *."""
    return [(pattern, terms) for pattern, rule, terms in _english() if rule is None]


def _key_pattern(key: str) -> re.Pattern[str]:
    words = r"[\s-]+".join(re.escape(w) for w in key.lower().rstrip("*").split())
    if key.endswith("*"):
        return re.compile(r"(?<![a-z])" + words)
    endings = r"(?:s|d|r|rs|ment|ments)?" if key.endswith("e") else r"(?:s|es|ed|ing|er|ers|or|ors|ment|ments)?"
    return re.compile(r"(?<![a-z])" + words + endings + r"(?![a-z])")


def legal_terms(query: str, *, english: bool = True) -> list[str]:
    """The law's words for the everyday (and, with `english`, the English) words in `query`, each once, none
    already in it."""
    return _legal_terms(without_idioms(query), english)


def _legal_terms(query: str, english: bool) -> list[str]:
    """`legal_terms` of a query whose idioms are already blanked out."""
    extra: list[str] = []
    lay_query = _simplified(query)     # 借條丟了 meets the keys; the query itself goes to search as asked
    for lay, legal in colloquial_terms().items():
        if lay in lay_query:
            extra.extend(t for t in legal if t not in extra and t not in query)
    for rule in context_rules():
        if rule.fires(lay_query):
            extra.extend(t for t in rule.terms if t not in extra and t not in query)
    for t in english_legal_terms(query) if english else []:
        if t not in extra:
            extra.append(t)
    return extra


def english_legal_terms(query: str) -> list[str]:
    """The law's words for the English words in `query` (an English question, or Chinese with facility, KYC …)."""
    extra: list[str] = []
    if re.search(r"[A-Za-z]{3}", query):
        lowered = query.lower()
        for pattern, rule, legal in _english():
            if pattern.search(lowered) and (rule is None or rule.context_holds(lowered)):
                extra.extend(t for t in legal if t not in extra and t not in query)
    return extra


def is_english(query: str) -> bool:
    """Mostly Latin letters: a question asked in English, not a Chinese one with a few English words."""
    return len(_LATIN.findall(query)) > 0.5 * len(query)


def dense_text(query: str) -> str:
    """What the embedding model reads. An English question gets its Chinese legal terms too: the query adapter and
    the fusion were fitted on Chinese questions, and with the terms e5 places it among the articles it asks about
    (English law questions, dev and first eleven held-out sets: hybrid hit@5 0.59 -> 0.73). A Chinese question with
    a few English words is read as asked (adding the terms there cost hit@1)."""
    if not is_english(query):
        return query
    extra = english_legal_terms(query)
    return f"{query} {' '.join(extra)}" if extra else query


def expand_query(query: str, *, english: bool = True) -> str:
    """The query, less the idioms that only look legal, followed by the legal terms its everyday or English words
    stand for."""
    query = without_idioms(query)
    extra = _legal_terms(query, english)
    return f"{query} {' '.join(extra)}" if extra else query
