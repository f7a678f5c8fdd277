"""A learned second opinion for the chat router (scripts/train_router_model.py writes agent/rules/router_model.npz).

One-vs-rest logistic regression per source over the question's e5 query vector (the multilingual-e5-small the app
already loads for retrieval and the injection screen: no other model), two flags (a borrower in focus, a credit code
named) and character 1–3-gram TF-IDF of the lower-cased question. The rules stay the first word: for each source
other than rate_check and contract_check (rule-gated, they carry the pasted-clause checks) the model adds a source
it is sure of (P >= hi) and drops one it is sure is not needed (P <= lo), except `documents` and `contract_review`,
which read the tenant's own uploads (no training row knows them; on the blind sets the model's `documents` drops broke
4 rows and mended 3); between the two the rules decide.
Why: on each next author's blind routing set the rules score ~0.83 `right` while on the sets they were written from
~0.99; chosen leave-forward (tuned on earlier blind sets only), this combination scored 0.870 vs the blind rules'
0.827 on holdout24–27 (numbers in the sidecar router_model.json).
"""
from __future__ import annotations

import json
import logging
import re
import threading
import zipfile
from pathlib import Path

import numpy as np

from agent.errors import ConfigError, FengtiaoError

MODEL_FILE = Path(__file__).resolve().parent.parent / "rules" / "router_model.npz"
SIDECAR = MODEL_FILE.with_suffix(".json")
NGRAMS = (1, 3)
E5_DIM = 384
FLAGS = 2
# The model reads the head of a message only: the longest training question is under 450 characters, and a pasted
# 100k-character contract would cost the e5 engine ~10 s per question for a second opinion on text it never saw.
MAX_CHARS = 1000
ARRAYS = ("sources", "gated", "kept", "coef", "intercept", "vocabulary", "idf", "threshold", "hi", "lo")
_SPACES = re.compile(r"\s\s+")
_log = logging.getLogger(__name__)


def char_ngrams(question: str) -> list[str]:
    """The character 1–3-grams of the lower-cased question, runs of white space read as one (as scikit-learn's
    char analyser, which the training script checks against)."""
    text = _SPACES.sub(" ", question.lower())
    return [text[i:i + n] for n in range(NGRAMS[0], min(NGRAMS[1], len(text)) + 1) for i in range(len(text) - n + 1)]


def flags(question: str, borrower_id: str | None) -> np.ndarray:
    """A borrower in focus (named or the page's), a credit code named in the question."""
    from agent.graph.tools import borrower_in

    return np.array([borrower_id is not None, borrower_in(question) is not None], dtype=np.float64)


class RouterModel:
    """The shipped arrays; a file that is missing, not an npz, short of an array or of the wrong shape is a
    ConfigError naming the file (not a numpy error in the middle of a chat)."""

    def __init__(self, path: Path = MODEL_FILE) -> None:
        try:
            self._read(path)
        except (OSError, ValueError, KeyError, zipfile.BadZipFile) as exc:
            raise ConfigError(f"router model {path} cannot be read ({exc}); rebuild it with "
                              "scripts/train_router_model.py or set FENGTIAO_ROUTER_MODEL=off") from exc
        self._check_shapes(path)

    def _read(self, path: Path) -> None:
        with np.load(path, allow_pickle=False) as z:
            if missing := [a for a in ARRAYS if a not in z.files]:
                raise KeyError(f"no array {', '.join(missing)}")
            self.sources = [str(s) for s in z["sources"]]
            self.coef = z["coef"].astype(np.float64)           # (sources, 384 + 2 + vocabulary)
            self.intercept = z["intercept"].astype(np.float64)
            self.idf = z["idf"].astype(np.float64)
            self.vocab = {str(g): i for i, g in enumerate(z["vocabulary"])}
            self.threshold = z["threshold"].astype(np.float64)  # per source, for a pick when nothing else is
            self.hi, self.lo = float(z["hi"]), float(z["lo"])
            self.gated = {str(s) for s in z["gated"]}
            self.kept = {str(s) for s in z["kept"]}            # the model may add these, never drop them

    def _check_shapes(self, path: Path) -> None:
        n, width = len(self.sources), E5_DIM + FLAGS + len(self.vocab)
        wrong = [what for what, ok in (
            (f"coef {self.coef.shape} is not ({n}, {width})", self.coef.shape == (n, width)),
            ("intercept/threshold do not have one value per source",
             self.intercept.shape == (n,) and self.threshold.shape == (n,)),
            ("idf does not have one value per n-gram", self.idf.shape == (len(self.vocab),)),
            ("gated/kept name a source the model does not have", (self.gated | self.kept) <= set(self.sources)),
        ) if not ok]
        if wrong:
            raise ConfigError(f"router model {path}: {'; '.join(wrong)}; rebuild it with "
                              "scripts/train_router_model.py or set FENGTIAO_ROUTER_MODEL=off")

    def tfidf(self, question: str) -> np.ndarray:
        """Sublinear-tf, l2-normalised TF-IDF over the training vocabulary, as scikit-learn's vectoriser computes it."""
        counts: dict[int, int] = {}
        for g in char_ngrams(question):
            if (i := self.vocab.get(g)) is not None:
                counts[i] = counts.get(i, 0) + 1
        v = np.zeros(len(self.idf))
        for i, c in counts.items():
            v[i] = (1.0 + np.log(c)) * self.idf[i]
        n = np.linalg.norm(v)
        return v / n if n else v

    def features(self, question: str, borrower_id: str | None) -> np.ndarray:
        """The e5 query vector, the two flags and the TF-IDF, in the training order."""
        from retrieval.embedding import e5_embedder

        vector = np.asarray(e5_embedder().embed_query([question])[0], dtype=np.float64)
        if vector.shape != (E5_DIM,):
            raise ConfigError(f"router model expects a {E5_DIM}-dimensional e5 query vector, got {vector.shape}")
        return np.concatenate([vector, flags(question, borrower_id), self.tfidf(question)])

    def probabilities(self, question: str, borrower_id: str | None) -> dict[str, float]:
        """P(source needed) per source, from the head of the question (MAX_CHARS)."""
        question = question[:MAX_CHARS]
        z = self.coef @ self.features(question, borrower_id) + self.intercept
        return dict(zip(self.sources, (1.0 / (1.0 + np.exp(-z))).tolist()))

    def combine(self, rules: list[str], p: dict[str, float]) -> list[str]:
        """The rules' picks, plus each free source with P >= hi, minus each but `kept` with P <= lo. Never nothing:
        a pick the model would empty stays the rules'; when the rules chose nothing either, the free source likeliest
        against its threshold. The gated sources are the rules' alone."""
        chosen = [s for s in rules if s in self.gated or s in self.kept or p[s] > self.lo]
        chosen += [s for s in self.sources if s not in self.gated and s not in chosen and p[s] >= self.hi]
        if not chosen and rules:
            return list(rules)
        if not chosen:
            free = [(p[s] - t, s) for s, t in zip(self.sources, self.threshold) if s not in self.gated]
            chosen = [max(free)[1]]
        return chosen


_LOCK = threading.Lock()
_LOADED: dict[str, RouterModel | str] = {}     # "model" once loaded, "failed" (the reason) once it could not be


def router_model() -> RouterModel:
    """The shipped model, read once per process (under a lock: the web server routes on several threads)."""
    with _LOCK:
        if "model" not in _LOADED:
            _LOADED["model"] = RouterModel()
        return _LOADED["model"]  # type: ignore[return-value]


def usable_model() -> RouterModel | None:
    """The model, or None once it has failed to load or to run: the rules alone then route, with one warning in the
    log saying why (a credit officer still gets an answer routed by the audited rules; the eval's evidence says
    "rules", so a measurement never passes a fallback off as the model)."""
    if "failed" in _LOADED:
        return None
    try:
        return router_model()
    except FengtiaoError as exc:
        give_up(exc.message)
        return None


def give_up(reason: str) -> None:
    """Stop consulting the model for the rest of the process, logging the reason once."""
    with _LOCK:
        if "failed" not in _LOADED:
            _LOADED["failed"] = reason
            _log.warning("router model not used (%s); routing by the rules of agent/rules/chat_router.yaml alone", reason)


def second_opinion(question: str, borrower_id: str | None, rules: list[str]) -> list[str]:
    """The rules' picks combined with the model's (`RouterModel.combine`); the rules' picks unchanged when the model,
    or the e5 engine it reads the question with, cannot be used."""
    model = usable_model()
    if model is None:
        return rules
    try:
        p = model.probabilities(question, borrower_id)
    except (FengtiaoError, OSError) as exc:     # e5 engine missing or broken: a typed ConfigError from its loader
        give_up(getattr(exc, "message", str(exc)))
        return rules
    return model.combine(rules, p)


def reset_router_model() -> None:
    """Forget the loaded model and any failure (tests, or after the file was rebuilt)."""
    with _LOCK:
        _LOADED.clear()


def trained_on() -> dict:
    """The sidecar: what the shipped model was trained on (files and sha256) and how its combination was chosen."""
    return json.loads(SIDECAR.read_text(encoding="utf-8"))
