"""Write the vectors of the built-in regulations for the configured embedding model to retrieval/corpus/vectors/.

Run after the corpus or the default model changes:
    FENGTIAO_DATA_DIR=$(mktemp -d) .venv/bin/python scripts/export_corpus_vectors.py [--reuse]
It embeds exactly the texts ingest embeds for the shipped regulations and stores them (sha256 → float16 vector), so
installs and CI index the corpus without running the model. With --reuse, texts whose vector is already in the
shipped file keep it and only new or changed texts are embedded (minutes saved when instruments are added).
"""
from __future__ import annotations

import argparse
import hashlib

import numpy as np

from retrieval.embedding import SHIPPED_VECTORS, get_embedder, shipped_vectors
from retrieval.ingest import builtin_regulation_texts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--reuse", action="store_true", help="keep the shipped vectors of unchanged texts")
    args = ap.parse_args()
    texts = builtin_regulation_texts()
    embedder = get_embedder()
    shipped_vectors.cache_clear()
    shas = [hashlib.sha256(t.encode("utf-8")).digest() for t in texts]
    old = shipped_vectors(embedder.cache_key) if args.reuse else {}
    todo = [i for i, s in enumerate(shas) if s.hex() not in old]
    fresh = embedder.embed([texts[i] for i in todo]) if todo else []
    vecs = np.zeros((len(texts), len(fresh[0]) if fresh else len(next(iter(old.values())))), dtype=np.float16)
    for i, s in enumerate(shas):
        if s.hex() in old:
            vecs[i] = old[s.hex()]
    for i, v in zip(todo, fresh):
        vecs[i] = np.asarray(v, dtype=np.float16)
    SHIPPED_VECTORS.mkdir(parents=True, exist_ok=True)
    out = SHIPPED_VECTORS / f"{embedder.cache_key}.npz"
    np.savez_compressed(out, sha=np.array([list(s) for s in shas], dtype=np.uint8), vec=vecs)
    print(f"wrote {len(texts)} vectors ({embedder.key}; {len(todo)} embedded now, {len(texts) - len(todo)} kept) to {out}")


if __name__ == "__main__":
    main()
