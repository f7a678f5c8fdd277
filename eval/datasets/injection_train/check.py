"""Validate `sentences.jsonl`, `sentences_b.jsonl`, `sentences_c.jsonl` (training data for the injection classifier).

Checks per file: schema and allowed values, 5–120 characters and one line, no duplicates (also after NFKC /
whitespace / case folding), label minimums, that `lang` fits the script, and no leakage from the dev suite: no
sentence may occur inside a `text` field of eval/datasets/injection/cases.jsonl, and none may be a near copy
(character-bigram Jaccard >= NEAR) of a sentence there. Across files: no sentence of batch b may equal (after the
same folding) or be a near copy of a sentence of batch one, and no sentence of batch c may do so for batch one or
batch b, so each later batch adds new text rather than paraphrase-free repeats. Exit code 1 on any failure.
Run: `python eval/datasets/injection_train/check.py`.
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
TRAIN = HERE / "sentences.jsonl"
TRAIN_B = HERE / "sentences_b.jsonl"
TRAIN_C = HERE / "sentences_c.jsonl"
DEV = HERE.parent / "injection" / "cases.jsonl"

KEYS = {"text", "label", "lang", "source", "note"}
LABELS = {"instruction", "benign"}
LANGS = {"zh", "en"}
SOURCES = {"written", "template"}
MIN_LEN, MAX_LEN = 5, 120
MIN_COUNT = {"instruction": 200, "benign": 300}
MIN_COUNT_B = {"instruction": 300, "benign": 300}
MIN_COUNT_C = {"instruction": 350, "benign": 350}
NEAR = 0.8  # bigram Jaccard above which a sentence counts as a copy of a dev (or batch-one) sentence


def norm(text: str) -> str:
    """Fold width, case and whitespace so '忽 略' and 'ＩＧＮＯＲＥ' compare equal to their plain forms."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).casefold()


def bigrams(text: str) -> set[str]:
    t = norm(text)
    return {t[i:i + 2] for i in range(len(t) - 1)} or {t}


def dev_sentences(texts: list[str]) -> list[str]:
    parts = (p.strip() for t in texts for p in re.split(r"(?<=[。！？!?；;])|\n|(?<=\.)\s", t))
    return [p for p in parts if len(norm(p)) >= MIN_LEN]


def cjk_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    return sum("\u4e00" <= c <= "\u9fff" for c in letters) / max(len(letters), 1)


def check(rows: list[dict], dev_texts: list[str], min_count: dict[str, int] = MIN_COUNT) -> list[str]:
    errors: list[str] = []
    seen: dict[str, int] = {}
    for i, r in enumerate(rows, 1):
        where = f"line {i}"
        if set(r) != KEYS:
            errors.append(f"{where}: keys {sorted(r)} != {sorted(KEYS)}")
            continue
        if not all(isinstance(r[k], str) for k in KEYS):
            errors.append(f"{where}: every field must be a string")
            continue
        text = r["text"]
        for key, allowed in (("label", LABELS), ("lang", LANGS), ("source", SOURCES)):
            if r[key] not in allowed:
                errors.append(f"{where}: {key}={r[key]!r} not in {sorted(allowed)}")
        if not MIN_LEN <= len(text) <= MAX_LEN:
            errors.append(f"{where}: length {len(text)} outside {MIN_LEN}-{MAX_LEN}: {text!r}")
        if "\n" in text or text != text.strip():
            errors.append(f"{where}: text must be one line without outer whitespace: {text!r}")
        if not r["note"].strip():
            errors.append(f"{where}: empty note")
        share = cjk_share(text)
        if r["lang"] == "zh" and share < 0.1 or r["lang"] == "en" and share > 0.0:
            errors.append(f"{where}: lang={r['lang']} but CJK share of letters is {share:.2f}: {text!r}")
        key = norm(text)
        if key in seen:
            errors.append(f"{where}: duplicate of line {seen[key]}: {text!r}")
        seen.setdefault(key, i)

    dev_norm = [norm(t) for t in dev_texts]
    dev_sents = [(s, bigrams(s)) for s in dev_sentences(dev_texts)]
    for i, r in enumerate(rows, 1):
        if not isinstance(r.get("text"), str):
            continue
        key = norm(r["text"])
        if any(key in d for d in dev_norm):
            errors.append(f"line {i}: occurs in the dev set cases.jsonl: {r['text']!r}")
            continue
        grams = bigrams(r["text"])
        best, score = max(((s, len(grams & g) / len(grams | g)) for s, g in dev_sents), key=lambda x: x[1])
        if score >= NEAR:
            errors.append(f"line {i}: near copy ({score:.2f}) of dev sentence {best!r}: {r['text']!r}")

    labels = Counter(r.get("label") for r in rows)
    for label, need in min_count.items():
        if labels[label] < need:
            errors.append(f"only {labels[label]} {label} rows, need >= {need}")
    return errors


def closest_dev(rows: list[dict], dev_texts: list[str]) -> float:
    """Highest bigram Jaccard between any row and any dev-set sentence (reported; `check` enforces the limit)."""
    dev_grams = [bigrams(s) for s in dev_sentences(dev_texts)]
    top = 0.0
    for r in rows:
        if isinstance(r.get("text"), str):
            g = bigrams(r["text"])
            top = max(top, max(len(g & h) / len(g | h) for h in dev_grams))
    return top


def cross_check(first: list[dict], second: list[dict], first_name: str = TRAIN.name) -> tuple[list[str], float]:
    """Errors for rows of `second` that repeat or nearly copy a row of `first`, and the highest Jaccard seen."""
    errors: list[str] = []
    texts = [r["text"] for r in first if isinstance(r.get("text"), str)]
    keys = {norm(t): t for t in texts}
    grams = [(t, bigrams(t)) for t in texts]
    top = 0.0
    for i, r in enumerate(second, 1):
        if not isinstance(r.get("text"), str):
            continue
        key = norm(r["text"])
        if key in keys:
            errors.append(f"line {i}: duplicate of {first_name} sentence {keys[key]!r}: {r['text']!r}")
            continue
        g = bigrams(r["text"])
        best, score = max(((t, len(g & h) / len(g | h)) for t, h in grams), key=lambda x: x[1])
        top = max(top, score)
        if score >= NEAR:
            errors.append(f"line {i}: near copy ({score:.2f}) of {first_name} sentence {best!r}: {r['text']!r}")
    return errors, top


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def summary(name: str, rows: list[dict]) -> None:
    by = Counter((r.get("label"), r.get("lang")) for r in rows)
    src = Counter((r.get("label"), r.get("source")) for r in rows)
    print(f"{name}: {len(rows)} rows")
    for label in sorted(LABELS):
        total = sum(n for (lab, _), n in by.items() if lab == label)
        zh = by[(label, "zh")]
        print(f"  {label:<11} {total:>4}  zh {zh:>4} ({zh / max(total, 1):.0%})  en {by[(label, 'en')]:>4}"
              f"  written {src[(label, 'written')]:>4}  template {src[(label, 'template')]:>4}")
    lengths = sorted(len(r.get("text", "")) for r in rows) or [0]
    print(f"  length min {lengths[0]}  median {lengths[len(lengths) // 2]}  max {lengths[-1]}")


def main() -> int:
    dev_texts = [json.loads(line)["text"] for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    print(f"dev set {DEV.parent.name}/{DEV.name}: {len(dev_texts)} documents")
    errors: list[str] = []
    rows = load(TRAIN)
    summary(TRAIN.name, rows)
    errors += [f"{TRAIN.name} {e}" for e in check(rows, dev_texts, MIN_COUNT)]
    if TRAIN_B.is_file():
        rows_b = load(TRAIN_B)
        summary(TRAIN_B.name, rows_b)
        errors += [f"{TRAIN_B.name} {e}" for e in check(rows_b, dev_texts, MIN_COUNT_B)]
        cross, top = cross_check(rows, rows_b)
        errors += [f"{TRAIN_B.name} {e}" for e in cross]
        print(f"  closest {TRAIN_B.name} -> {TRAIN.name} pair: bigram Jaccard {top:.2f} (limit {NEAR})")
    else:
        errors.append(f"missing {TRAIN_B.name}: run make_sentences_b.py")
    if TRAIN_C.is_file():
        rows_c = load(TRAIN_C)
        summary(TRAIN_C.name, rows_c)
        errors += [f"{TRAIN_C.name} {e}" for e in check(rows_c, dev_texts, MIN_COUNT_C)]
        for earlier in (TRAIN, TRAIN_B):
            if earlier.is_file():
                cross, top = cross_check(load(earlier), rows_c, earlier.name)
                errors += [f"{TRAIN_C.name} {e}" for e in cross]
                print(f"  closest {TRAIN_C.name} -> {earlier.name} pair: bigram Jaccard {top:.2f} (limit {NEAR})")
        print(f"  closest {TRAIN_C.name} -> {DEV.name} pair: bigram Jaccard {closest_dev(rows_c, dev_texts):.2f}"
              f" (limit {NEAR})")
    else:
        errors.append(f"missing {TRAIN_C.name}: run make_sentences_c.py")
    if errors:
        print(f"FAIL: {len(errors)} problem(s)")
        for e in errors:
            print("  " + e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
