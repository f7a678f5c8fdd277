"""Check law_qa_holdout2.jsonl: schema, gold articles, no copying of the law, no near-duplicates.

Run from the repo root: `.venv/bin/python eval/datasets/law_qa_holdout2/check.py`. Exits 1 on any failure.

- 60 rows, ids lh2-001 … lh2-060 in order, keys {id, question, gold, topic, asker}, asker in
  credit_officer / mediator / borrower, 1–3 gold entries, each row valid as the suite's HoldoutRow.
- Every gold instrument is an exact `Instrument.short_title` of the shipped corpus and the article exists.
- No question shares a run of 8+ characters with any of its gold articles (raw, and with whitespace removed).
- Character-bigram Jaccard (lower-cased, whitespace and punctuation dropped) < 0.5 between any two rows of
  this set, and between any row and every question of law_qa.jsonl, law_qa_holdout.jsonl and
  law_qa_train/law_qa_train*.jsonl.
- At least 50 distinct gold articles, at least 30 distinct instruments, at most 2 questions per article.

Other sets are read only to compute similarity numbers: this script prints maxima and the ids of offending
lh2 rows, never another set's question or id.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from pydantic import ValidationError

from retrieval.laws import load_corpus

HERE = Path(__file__).resolve().parent
DATA = HERE / "law_qa_holdout2.jsonl"
DATASETS = ROOT / "eval" / "datasets"
OTHER_SETS = [
    DATASETS / "law_qa" / "law_qa.jsonl",
    DATASETS / "law_qa_holdout" / "law_qa_holdout.jsonl",
    *sorted((DATASETS / "law_qa_train").glob("law_qa_train*.jsonl")),
]
N_ROWS = 60
KEYS = {"id", "question", "gold", "topic", "asker"}
ASKERS = {"credit_officer", "mediator", "borrower"}
COPY_RUN = 8
NEAR_DUP = 0.5
MIN_ARTICLES = 50
MIN_INSTRUMENTS = 30
MAX_PER_ARTICLE = 2
_PUNCT = re.compile(r"[\s\u3000，。、；：？！“”‘’（）《》【】「」,.;:?!'\"()\[\]<>…—\-/%]+")
_WS = re.compile(r"[\s\u3000\u200b]+")


def normalise(text: str) -> str:
    return _PUNCT.sub("", text.lower())


def bigrams(text: str) -> frozenset[str]:
    t = normalise(text)
    return frozenset(t[i : i + 2] for i in range(len(t) - 1))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def shares_run(question: str, text: str, n: int = COPY_RUN) -> bool:
    return any(question[i : i + n] in text for i in range(len(question) - n + 1))


def main(data: Path = DATA, prefix: str = "lh2", other_sets: list[Path] = OTHER_SETS,
         min_instruments: int = MIN_INSTRUMENTS, suite: str = "eval.suites.retrieval_holdout2") -> int:
    """Check `data` (ids `prefix`-001 …) against `other_sets`; later held-out sets reuse it with their own figures."""
    import importlib

    errors: list[str] = []
    rows = [json.loads(line) for line in data.read_text(encoding="utf-8").splitlines() if line.strip()]
    corpus = {inst.short_title: inst for inst in load_corpus()}

    # schema and ids
    if len(rows) != N_ROWS:
        errors.append(f"expected {N_ROWS} rows, got {len(rows)}")
    expected_ids = [f"{prefix}-{n:03d}" for n in range(1, len(rows) + 1)]
    if [r.get("id") for r in rows] != expected_ids:
        errors.append(f"ids are not {prefix}-001 … in order / unique")
    try:
        HoldoutRow = importlib.import_module(suite).HoldoutRow
    except (ImportError, AttributeError) as exc:  # reported as a failure
        HoldoutRow = None
        errors.append(f"cannot import {suite}.HoldoutRow: {exc}")
    for r in rows:
        rid = r.get("id")
        if set(r) != KEYS:
            errors.append(f"{rid}: keys {sorted(r)}")
        if r.get("asker") not in ASKERS:
            errors.append(f"{rid}: bad asker")
        gold = r.get("gold") or []
        if not 1 <= len(gold) <= 3:
            errors.append(f"{rid}: {len(gold)} gold entries")
        if len({(g["instrument"], g["article"]) for g in gold}) != len(gold):
            errors.append(f"{rid}: duplicate gold entry")
        if not str(r.get("question", "")).strip() or not str(r.get("topic", "")).strip():
            errors.append(f"{rid}: empty question or topic")
        if HoldoutRow is not None:
            try:
                HoldoutRow.model_validate(r)
            except ValidationError as exc:
                errors.append(f"{rid}: HoldoutRow rejects the row: {str(exc).splitlines()[0]}")

    # gold articles exist; questions do not copy them
    per_article: Counter = Counter()
    instruments: set[str] = set()
    for r in rows:
        q_raw = r["question"]
        q_nows = _WS.sub("", q_raw)
        for g in r["gold"]:
            inst = corpus.get(g["instrument"])
            art = inst.article(g["article"]) if inst else None
            if art is None:
                errors.append(f"{r['id']}: no article {g['instrument']} {g['article']}")
                continue
            per_article[(g["instrument"], g["article"])] += 1
            instruments.add(g["instrument"])
            if shares_run(q_raw, art.text) or shares_run(q_nows, _WS.sub("", art.text)):
                errors.append(f"{r['id']}: shares a run of {COPY_RUN}+ characters with {g['instrument']} {g['article']}")

    over = sorted(f"{k[0]} {k[1]}" for k, v in per_article.items() if v > MAX_PER_ARTICLE)
    if over:
        errors.append(f"articles with more than {MAX_PER_ARTICLE} questions: {over}")
    if len(per_article) < MIN_ARTICLES:
        errors.append(f"only {len(per_article)} distinct gold articles (< {MIN_ARTICLES})")
    if len(instruments) < min_instruments:
        errors.append(f"only {len(instruments)} distinct instruments (< {min_instruments})")

    # near-duplicates within the set
    grams = [(r["id"], bigrams(r["question"])) for r in rows]
    max_within, within_pair = 0.0, ("", "")
    for i in range(len(grams)):
        for j in range(i + 1, len(grams)):
            s = jaccard(grams[i][1], grams[j][1])
            if s > max_within:
                max_within, within_pair = s, (grams[i][0], grams[j][0])
            if s >= NEAR_DUP:
                errors.append(f"{grams[i][0]} and {grams[j][0]}: near-duplicate (Jaccard {s:.2f})")
    print(f"max bigram Jaccard within the set: {max_within:.3f} ({within_pair[0]} vs {within_pair[1]})")

    # near-duplicates against other sets (their questions are never printed)
    for path in other_sets:
        if not path.exists():
            print(f"{path.relative_to(ROOT)}: missing, skipped")
            continue
        other = [bigrams(json.loads(line)["question"])
                 for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        worst, worst_id = 0.0, ""
        offenders: list[str] = []
        for rid, g in grams:
            s = max((jaccard(g, o) for o in other), default=0.0)
            if s > worst:
                worst, worst_id = s, rid
            if s >= NEAR_DUP:
                offenders.append(rid)
        print(f"max bigram Jaccard vs {path.relative_to(ROOT)} ({len(other)} questions): {worst:.3f} ({worst_id})")
        if offenders:
            errors.append(f"near-duplicates of {path.name} questions: {offenders}")

    print(f"rows: {len(rows)}; distinct gold articles: {len(per_article)}; instruments: {len(instruments)}; "
          f"max questions per article: {max(per_article.values(), default=0)}")
    print("askers:", dict(Counter(r["asker"] for r in rows)))
    for e in errors:
        print("FAIL:", e)
    print("OK" if not errors else f"{len(errors)} failure(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
