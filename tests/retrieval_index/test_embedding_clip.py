"""Texts are clipped before embedding: the models read 512 word pieces but tokenised a whole 24,000-character run
first (24 s for one vector). The clip must sit beyond what the model reads, so no vector changes."""
from __future__ import annotations

import numpy as np

from retrieval.embedding import MAX_EMBED_CHARS, e5_embedder


def test_the_clip_is_beyond_what_the_model_reads():
    text = "借款人于二〇二三年一月一日向出借人借款人民币壹拾万元整，约定月息一分，到期一次还本付息。" * 120
    assert len(text) > MAX_EMBED_CHARS
    e5 = e5_embedder()
    clipped, read = np.asarray(e5.embed_query([text, text[:1200]]))
    # 1,200 Chinese characters are already more than 512 word pieces: the clipped text and a shorter prefix agree
    assert float(clipped @ read) / float(np.linalg.norm(clipped) * np.linalg.norm(read)) > 0.999


def test_a_huge_run_without_sentence_breaks_embeds_as_its_clipped_prefix():
    e5 = e5_embedder()
    whole, prefix = np.asarray(e5.embed_query(["1" * 50_000, "1" * MAX_EMBED_CHARS]))
    assert np.allclose(whole, prefix)


def test_a_forms_column_padding_does_not_count_towards_the_clip():
    from retrieval.embedding import _clip

    padded = ("当金" + " " * 30) * 2000
    assert len(_clip(padded)) > MAX_EMBED_CHARS and len(_clip(padded).replace(" ", "")) == MAX_EMBED_CHARS
    assert _clip("短文本") == "短文本"
