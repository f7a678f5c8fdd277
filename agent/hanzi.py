"""Traditional → simplified characters, one OpenCC converter for the whole process.

Contracts (agent.contracts.segment), the chat router and the law lexicon all read traditional text (借條, 合約) as
simplified; building OpenCC's tables once is why they share this module.
"""
from __future__ import annotations

from functools import lru_cache


def to_simplified(text: str) -> str:
    """Every traditional character read as its simplified one, no threshold: for a reading used beside the text
    (the chat router's, the law lexicon's), where a shared character read the other way costs nothing."""
    return _t2s().convert(text)


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")
