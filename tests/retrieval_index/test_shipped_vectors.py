"""The vectors shipped for the built-in regulations are the default model's own, for the texts ingest embeds."""
from __future__ import annotations

import hashlib

import numpy as np

from agent.config import Settings
from retrieval.embedding import E5_MULTILINGUAL, get_embedder, shipped_vectors
from retrieval.ingest import builtin_regulation_texts


def test_every_builtin_article_has_a_shipped_vector_equal_to_a_fresh_embedding() -> None:
    embedder = get_embedder(Settings(embedding_model=None))
    assert embedder.key == "multilingual-e5-small-q4"      # the default reads Chinese
    shipped = shipped_vectors(embedder.cache_key)
    texts = builtin_regulation_texts()
    shas = [hashlib.sha256(t.encode("utf-8")).hexdigest() for t in texts]
    assert len(texts) > 3000 and all(s in shipped for s in shas), "re-run scripts/export_corpus_vectors.py"
    picks = [0, len(texts) // 2, len(texts) - 1]
    fresh = np.asarray(embedder.embed([texts[i] for i in picks]))
    stored = np.asarray([shipped[shas[i]] for i in picks])
    cos = (fresh * stored).sum(axis=1) / np.linalg.norm(fresh, axis=1) / np.linalg.norm(stored, axis=1)
    assert cos.min() > 0.999


def test_e5_puts_a_colloquial_question_nearer_its_article_than_an_unrelated_one() -> None:
    embedder = get_embedder(Settings(embedding_model=E5_MULTILINGUAL))
    q = np.asarray(embedder.embed_query(["担保人要担责多久？合同里没写期限"])[0])
    docs = np.asarray(embedder.embed([
        "保证期间是确定保证人承担保证责任的期间；没有约定或者约定不明确的，保证期间为主债务履行期限届满之日起六个月。",
        "国家实行增值税专用发票管理制度，发票由税务机关统一印制。",
    ]))
    assert float(docs[0] @ q) > float(docs[1] @ q)
