"""Write the vectors of the built-in regulations for the configured embedding model to retrieval/corpus/vectors/.

Run after the corpus or the default model changes:
    FENGTIAO_DATA_DIR=$(mktemp -d) .venv/bin/python scripts/export_corpus_vectors.py
It ingests the shipped regulations into that data dir (embedding every article once), then stores exactly the
texts ingest embeds (sha256 → float16 vector), so installs and CI index the corpus without running the model.
"""
from __future__ import annotations

import hashlib

import numpy as np

from retrieval.embedding import SHIPPED_VECTORS, get_embedder, shipped_vectors
from retrieval.ingest import builtin_regulation_texts


def main() -> None:
    texts = builtin_regulation_texts()
    embedder = get_embedder()
    shipped_vectors.cache_clear()
    vecs = np.asarray(embedder.embed(texts), dtype=np.float16)
    shas = np.array([list(hashlib.sha256(t.encode("utf-8")).digest()) for t in texts], dtype=np.uint8)
    SHIPPED_VECTORS.mkdir(parents=True, exist_ok=True)
    out = SHIPPED_VECTORS / f"{embedder.cache_key}.npz"
    np.savez_compressed(out, sha=shas, vec=vecs)
    print(f"wrote {len(texts)} vectors ({embedder.key}) to {out}")


if __name__ == "__main__":
    main()
