"""Bridge everyday wording to the words the law uses before lexical search.

A borrower says 担保人 and 借条; the articles say 保证人 and 借据. BM25 only matches words that occur in the
article, so the lexical query is extended with the legal terms listed in `lexicon/colloquial.yaml`.
The dense side gets the question as asked.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

COLLOQUIAL = Path(__file__).parent / "lexicon" / "colloquial.yaml"


@lru_cache(maxsize=1)
def colloquial_terms() -> dict[str, list[str]]:
    data = yaml.safe_load(COLLOQUIAL.read_text(encoding="utf-8"))
    return {str(k): [str(t) for t in v] for k, v in data["expansions"].items()}


def expand_query(query: str) -> str:
    """The query followed by the legal terms its everyday words stand for (each term once)."""
    extra: list[str] = []
    for lay, legal in colloquial_terms().items():
        if lay in query:
            extra.extend(t for t in legal if t not in extra and t not in query)
    return f"{query} {' '.join(extra)}" if extra else query
