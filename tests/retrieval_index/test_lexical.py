"""BM25 tokenization and filtering: legal terms stay whole, filler words go, filters apply before ranking."""
from __future__ import annotations

from retrieval.lexical import LexicalIndex, tokenize


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
    ix.build()
    assert [ix.ids[r] for r, _ in ix.search("保证期间", {"tenant": ["", "bank-b"]}, 5)] == ["b1"]
    assert [ix.ids[r] for r, _ in ix.search("保证期间", {"tenant": ["", "bank-a"]}, 5)] == ["a1"]
    assert ix.search("保证期间", {"tenant": ["bank-c"]}, 5) == []


def test_one_tenants_documents_do_not_change_public_rankings():
    """Term statistics are per tenant partition: a tenant uploading many documents full of a word must not
    reorder what everyone else sees among public articles."""
    public = ["保证期间 六个月 约定", "保证 责任 份额"]
    tenant_docs = ["六个月 六个月 六个月"] * 20
    metas = [{"tenant": ""}] * 2
    alone = LexicalIndex(generation="g", ids=["p1", "p2"], metas=list(metas), tokens=[tokenize(t) for t in public])
    alone.build()
    crowded = LexicalIndex(generation="g", ids=["p1", "p2", *[f"t{i}" for i in range(20)]],
                           metas=list(metas) + [{"tenant": "bank-a"}] * 20,
                           tokens=[tokenize(t) for t in public + tenant_docs])
    crowded.build()
    query, scope = "保证期间六个月", {"tenant": [""]}
    assert alone.search(query, scope, 5) == crowded.search(query, scope, 5)
