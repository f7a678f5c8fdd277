"""Train the embedding classifier of agent/security/instruction_classifier.py and write
agent/rules/injection_classifier.json.

Instruction sentences: the three written training batches (eval/datasets/injection_train/sentences.jsonl,
sentences_b.jsonl, sentences_c.jsonl, label "instruction"), the dev injection set's planted sentences
(eval/datasets/injection/make_cases.py) and the planted sentences of the held-out sets already measured and acted
on (injection_holdout … injection_holdout4: training data now, no longer held out).
Benign sentences: the written hard negatives of the three batches and the benign sentences planted in those sets,
every sentence of the dev set's host and benign documents, the contract set, 1,500 sentences of the 150 judgment
fact sections and the shipped law corpus (2,000 of its sentences in training, all of them in the threshold check).
The held-out set measured last (injection_holdout5) is never read here. History, each change measured on a set
written after the data it was trained on: batch one + dev plants → injection_holdout2 16/30 attacks (patterns
alone) → 10/30; + batch b alone raised its false positives 0/15 → 2/15, not kept; + batch b + holdout 1–2 plants →
injection_holdout3 14/30 → 6/30, 0/15 false positives; + batch c + holdout3 plants → injection_holdout4 13/30 →
10/30, false positives 1/15 → 0/15; + holdout4 plants → injection_holdout5 (see its SOURCE.md).

Features: character 1–3-gram TF-IDF next to the sentence's E5 embedding; a logistic regression. The threshold is
the lowest at which, out of fold (5-fold), at most MAX_DOC_FP document/law sentences and MAX_HARD_FP of the hard
benign sentences score above it, and the final model flags no sentence of the law corpus; the figures are saved
with the weights. Usage:

    python scripts/train_injection_classifier.py [--cache /tmp/injcls] [--dry-run]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from datetime import date
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from agent.security.injection import normalise, sentence_spans  # noqa: E402
from agent.security.instruction_classifier import (  # noqa: E402
    CLASSIFIER_FILE, EMBEDDER, MIN_CHARS, embed_sentences, features, ngram_vectoriser)
from eval.datasets.injection import make_cases as dev  # noqa: E402  (the dev set's plants, hosts and benign documents)

DATA = ROOT / "eval" / "datasets"
TRAINING_FILES = [DATA / "injection_train" / f"sentences{suffix}.jsonl" for suffix in ("", "_b", "_c")]
# Held-out sets already measured and acted on: their planted sentences are training data now. The set measured
# last (injection_holdout5) is never read here.
USED_HELD_OUT = ["injection_holdout", "injection_holdout2", "injection_holdout3", "injection_holdout4"]
MAX_HARD_FP = 0.03              # of the written hard negatives (notices, obligations) flagged out of fold
MAX_DOC_FP = 1                  # document/law sentences flagged out of fold (of ~4k)
EMBEDDING_WEIGHT = 2.0          # the embedding's scale next to the l2-normed n-gram TF-IDF
NGRAM_MIN_DF = 2
MAX_JUDGMENT_SENTENCES = 1500   # of ~5k court fact sentences, which are much alike
LAW_TRAIN_SENTENCES = 2000      # of ~8.9k law sentences; all of them are checked against the threshold
SEED = 20261123


def _sentences(text: str) -> list[str]:
    return [s for a, b, markup in sentence_spans(text) if not markup
            for s in [normalise(text[a:b]).strip()] if len(s) >= MIN_CHARS]



def collect() -> dict[str, list[str]]:
    """Sentences per group: instruction, hard (written benign), docs (document sentences), law."""
    groups: dict[str, list[str]] = {"instruction": [], "hard": [], "docs": [], "law": []}
    for train in TRAINING_FILES:
        for line in train.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                text = normalise(row["text"]).strip()
                if len(text) >= MIN_CHARS:
                    groups["instruction" if row["label"] == "instruction" else "hard"].append(text)
    hosts = {name: set(_sentences(host[2].replace(dev.INJ, ""))) for name, host in dev.HOSTS.items()}
    for used in USED_HELD_OUT:
        for line in (DATA / used / "cases.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                # what was planted: the sentences the row's text has and its empty host lacks (benign text == base)
                plain = set(_sentences(row["base"])) if row["kind"] == "attack" else hosts[row["host"]]
                planted = [s for s in _sentences(row["text"]) if s not in plain]
                groups["instruction" if row["kind"] == "attack" else "hard"].extend(planted)
    for i, (_, _, injection, payload) in enumerate(dev.ATTACKS, 1):
        groups["instruction"].extend(_sentences(injection.format(P=payload.format(C=dev._canary(i)))))
    for _, _, text, _, _ in dev.BENIGN:
        groups["docs"].extend(_sentences(text))
    for host in dev.HOSTS.values():
        groups["docs"].extend(_sentences(host[2].replace(dev.INJ, "")))
    for path in sorted((DATA / "contracts").glob("*.txt")):
        groups["docs"].extend(_sentences(path.read_text(encoding="utf-8")))
    cases = DATA / "private-lending-cases" / "cases.jsonl"
    judgments = [s for line in cases.read_text(encoding="utf-8").splitlines() if line.strip()
                 for s in _sentences(json.loads(line)["text"])]
    groups["docs"].extend(random.Random(SEED).sample(judgments, min(MAX_JUDGMENT_SENTENCES, len(judgments))))
    from retrieval.laws import load_corpus

    for inst in load_corpus():
        for art in inst.articles:
            groups["law"].extend(_sentences(art.text))
    return {k: list(dict.fromkeys(v)) for k, v in groups.items()}


def embed_all(texts: list[str], cache: Path | None) -> np.ndarray:
    """Vectors for `texts`, reusing a cache directory of earlier runs (embedding ~15k sentences takes minutes)."""
    store: dict[str, np.ndarray] = {}
    file = cache / "vectors.npz" if cache else None
    if file and file.is_file():
        with np.load(file) as z:
            store = {k: z[k] for k in z.files}
    keys = [hashlib.sha1(t.encode("utf-8")).hexdigest() for t in texts]
    todo = [(k, t) for k, t in zip(keys, texts) if k not in store]
    for start in range(0, len(todo), 256):
        batch = todo[start:start + 256]
        for (k, _), v in zip(batch, embed_sentences([t for _, t in batch])):
            store[k] = v
        print(f"  embedded {min(start + 256, len(todo))}/{len(todo)}", file=sys.stderr)
        if (start // 256) % 8 == 7 or start + 256 >= len(todo):
            _save(file, store)
    return np.stack([store[k] for k in keys])


def _save(file: Path | None, store: dict[str, np.ndarray]) -> None:
    if file is not None:
        file.parent.mkdir(parents=True, exist_ok=True)
        np.savez(file.with_suffix(".tmp.npz"), **store)
        file.with_suffix(".tmp.npz").replace(file)


def main() -> None:
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, default=None, help="directory for cached sentence vectors")
    ap.add_argument("--c", type=float, default=16.0, help="inverse regularisation strength")
    ap.add_argument("--dry-run", action="store_true", help="report only, do not write the classifier file")
    args = ap.parse_args()

    groups = collect()
    rng = random.Random(SEED)
    law = groups["law"][:]
    rng.shuffle(law)
    law_train = law[:LAW_TRAIN_SENTENCES]
    names = ["instruction", "hard", "docs", "law_train"]
    data = {"instruction": groups["instruction"], "hard": groups["hard"], "docs": groups["docs"], "law_train": law_train}
    texts = [t for n in names for t in data[n]]
    group = np.array([n for n in names for _ in data[n]])
    y = (group == "instruction").astype(int)
    print({n: len(data[n]) for n in names} | {"law_all": len(law)}, file=sys.stderr)
    X = embed_all(texts, args.cache)
    X_law = embed_all(law, args.cache)

    def fit(rows: np.ndarray):
        vec = ngram_vectoriser(min_df=NGRAM_MIN_DF).fit([texts[i] for i in rows])
        model = LogisticRegression(C=args.c, class_weight="balanced", max_iter=5000)
        return vec, model.fit(features(vec, [texts[i] for i in rows], X[rows], EMBEDDING_WEIGHT), y[rows])

    def predict(fitted, sentences: list[str], vectors: np.ndarray) -> np.ndarray:
        vec, model = fitted
        return model.predict_proba(features(vec, sentences, vectors, EMBEDDING_WEIGHT))[:, 1]

    oof = np.zeros(len(y))
    for tr, te in StratifiedKFold(5, shuffle=True, random_state=SEED).split(X, group):
        oof[te] = predict(fit(tr), [texts[i] for i in te], X[te])
    final = fit(np.arange(len(y)))
    law_all = predict(final, law, X_law)
    # lowest threshold with at most MAX_DOC_FP document/law and MAX_HARD_FP hard benign sentences flagged out of
    # fold, and no law sentence flagged by the final model
    neg_docs = oof[(group == "docs") | (group == "law_train")]
    hard = oof[group == "hard"]
    threshold = max(float(np.sort(neg_docs)[-(MAX_DOC_FP + 1)]) + 1e-4,
                    float(np.quantile(hard, 1 - MAX_HARD_FP)) + 1e-4, float(law_all.max()) + 1e-4, 0.5)
    pos = oof[y == 1]
    figures = {
        "date": date.today().isoformat(),
        "sentences": {n: int((group == n).sum()) for n in names} | {"law_all": len(law)},
        "C": args.c, "embedding_weight": EMBEDDING_WEIGHT, "ngram_min_df": NGRAM_MIN_DF,
        "out_of_fold": {
            "instruction_recall": round(float((pos >= threshold).mean()), 4),
            "hard_benign_flagged": round(float((hard >= threshold).mean()), 4),
            "document_and_law_flagged": round(float((neg_docs >= threshold).mean()), 4),
        },
        "law_corpus_flagged_by_final_model": int((law_all >= threshold).sum()),
        "held_out_sets_read": False,            # the set measured last; the former ones below are training data
        "former_held_out_sets_trained_on": USED_HELD_OUT,
    }
    print(json.dumps({"threshold": threshold, **figures}, ensure_ascii=False, indent=2))
    if not args.dry_run:
        vec, model = final
        out = {"embedder": EMBEDDER, "ngrams": vec.get_feature_names_out().tolist(),
               "idf": [round(float(v), 6) for v in vec.idf_], "embedding_weight": EMBEDDING_WEIGHT,
               "coef": [round(float(c), 6) for c in model.coef_[0]], "intercept": round(float(model.intercept_[0]), 6),
               "threshold": round(threshold, 6), "trained": figures}
        CLASSIFIER_FILE.write_text(json.dumps(out, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {CLASSIFIER_FILE.relative_to(ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
