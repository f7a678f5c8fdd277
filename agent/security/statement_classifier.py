"""A learnt second opinion on self-statements: does this sentence assert a risk fact about the writer itself?

The patterns of `agent/rules/self_statements.yaml` catch the wordings someone wrote down (无任何涉诉, 从未逾期…); a
borrower who writes "名下那套房子干干净净，没押给任何人" or "the Company is not party to any proceedings" slips past
them. This model reads meaning: the sentence's multilingual-e5-small vector next to character 1–3-gram TF-IDF (the
features of the injection classifier, `instruction_classifier.features`), a logistic regression for "is a
self-statement" and a multinomial one for its topic, trained by `scripts/train_self_statement_classifier.py` on
written statements and hard negatives (the same words as contract terms, third-party facts, admissions, law).
Weights, threshold and out-of-author figures: `agent/rules/self_statement_classifier.json`.
"""
from __future__ import annotations

from collections import OrderedDict
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from agent.errors import ConfigError
from agent.security.instruction_classifier import (EMBEDDER, MIN_CHARS, ClassifierFile, embed_sentences, features,
                                                   ngram_vectoriser, remember)

CLASSIFIER_FILE = Path(__file__).resolve().parent.parent / "rules" / "self_statement_classifier.json"
SECOND_TOPIC = 0.25   # a second topic is named when the topic model gives it this much (one sentence, two claims)
_seen: OrderedDict[str, tuple[float, tuple[str, ...]]] = OrderedDict()


class StatementClassifierFile(ClassifierFile):
    """What the training script writes: the injection classifier's file (same features) plus a topic model,
    `topic_coef` one row of weights per name in `topics`."""

    topics: list[str]
    topic_coef: list[list[float]]
    topic_intercept: list[float]


@lru_cache(maxsize=2)
def load_statement_classifier(path: Path = CLASSIFIER_FILE) -> StatementClassifierFile:
    hint = "rebuild it with `python scripts/train_self_statement_classifier.py`"
    try:
        model = StatementClassifierFile.model_validate_json(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ConfigError(f"the self-statement classifier {path} is missing or unreadable ({exc}); {hint}") from exc
    width = len(model.ngrams) + 384
    if (len(model.coef) != width or len(model.idf) != len(model.ngrams) or len(model.topic_coef) != len(model.topics)
            or any(len(row) != width for row in model.topic_coef)):
        raise ConfigError(f"the self-statement classifier {path} is inconsistent (weights do not match its vocabulary); {hint}")
    if model.embedder != EMBEDDER:
        raise ConfigError(f"the self-statement classifier was trained on {model.embedder} vectors, this code embeds "
                          f"with {EMBEDDER}; {hint}")
    return model


@lru_cache(maxsize=1)
def _vectoriser() -> Any:
    model = load_statement_classifier()
    return ngram_vectoriser(model.ngrams, model.idf)


def classify(sentences: list[str]) -> list[tuple[float, tuple[str, ...]]]:
    """(probability the sentence is a self-statement, its topics: the most likely one, and a second one when the
    topic model gives it SECOND_TOPIC) per sentence; pieces shorter than MIN_CHARS score 0 with no topic."""
    model = load_statement_classifier()
    keys = [s.strip() for s in sentences]
    todo = list(dict.fromkeys(k for k in keys if len(k) >= MIN_CHARS and k not in _seen))
    fresh: dict[str, tuple[float, tuple[str, ...]]] = {}
    if todo:
        X = features(_vectoriser(), todo, embed_sentences(todo), model.embedding_weight)
        p = 1.0 / (1.0 + np.exp(-(X @ np.asarray(model.coef, dtype=np.float64) + model.intercept)))
        z = X @ np.asarray(model.topic_coef, dtype=np.float64).T + np.asarray(model.topic_intercept)
        share = np.exp(z - z.max(axis=1, keepdims=True))
        share /= share.sum(axis=1, keepdims=True)
        for key, prob, row in zip(todo, p.tolist(), share):
            first, second = np.argsort(-row)[:2]
            fresh[key] = (float(prob), (model.topics[first],) + ((model.topics[second],) if row[second] >= SECOND_TOPIC else ()))
    used = {k: fresh[k] if k in fresh else _seen[k] for k in keys if len(k) >= MIN_CHARS}
    remember(_seen, used)
    return [used.get(k, (0.0, ())) for k in keys]


def is_statement(scored: tuple[float, tuple[str, ...]]) -> bool:
    return scored[0] >= load_statement_classifier().threshold
