"""BM25 tokenization and filtering: legal terms stay whole, filler words go, filters apply before ranking."""
from __future__ import annotations

from retrieval.lexical import LexicalIndex, _build_retriever, tokenize


def test_legal_terms_from_the_user_dictionary_survive_as_tokens():
    tokens = tokenize("连带责任保证的保证期间按一年期贷款市场报价利率计算，民间借贷怎么办？")
    for term in ("连带责任保证", "保证期间", "一年期贷款市场报价利率", "民间借贷"):
        assert term in tokens
    assert "怎么办" not in tokens and "的" not in tokens and "？" not in tokens


def test_english_tokens_are_lower_cased():
    assert tokenize("Guarantee PERIOD") == ["guarantee", "period"]


def test_filtered_out_rows_are_never_ranked_even_when_they_match_best():
    texts = ["保证期间 保证期间 保证期间", "保证期间", "借款利息"]
    ix = LexicalIndex(generation="g", ids=["b1", "a1", "a2"],
                      metas=[{"tenant": "bank-b"}, {"tenant": "bank-a"}, {"tenant": ""}],
                      tokens=[tokenize(t) for t in texts])
    ix.retriever = _build_retriever(ix.tokens)
    assert [ix.ids[r] for r, _ in ix.search("保证期间", {"tenant": ["", "bank-b"]}, 5)] == ["b1"]
    assert [ix.ids[r] for r, _ in ix.search("保证期间", {"tenant": ["", "bank-a"]}, 5)] == ["a1"]
    assert ix.search("保证期间", {"tenant": ["bank-c"]}, 5) == []
