"""Check the law QA training batches: schema, gold articles, no copying of the law, no overlap with the eval sets.

Run from the repo root: `.venv/bin/python eval/datasets/law_qa_train/check.py`. Exits 1 on any failure in
either batch.

- Batch one, `law_qa_train.jsonl` (ids lt-NNN): 200 rows, >= 120 distinct gold articles, <= 4 questions per article.
- Batch b, `law_qa_train_b.jsonl` (ids lb-NNN): 250 rows, >= 150 distinct gold articles, <= 3 questions per
  article, >= 80 gold articles that batch one does not use, and no near-duplicate of a batch-one question.
- Batch c, `law_qa_train_c.jsonl` (ids lc-NNN): 250 rows, >= 150 distinct gold articles, <= 3 questions per
  article, >= 80 gold articles that neither batch one nor batch b uses, and no near-duplicate of a question of
  either earlier batch.
- Batches d and e (ids ld-NNN, le-NNN; written at the same time by two authors): as batch c, new against batches
  one, b and c; `main` also checks d and e against each other for near-duplicates.
- Batches f and g (ids lf-NNN, lg-NNN; two more authors at the same time): >= 60 gold articles that none of the
  five earlier batches uses, no near-duplicate of any earlier question; f and g checked against each other.
- Batches h and i (ids lh-NNN, li-NNN; two more authors at the same time): >= 40 gold articles new against all
  seven earlier batches; h and i checked against each other.
- Batches j and k (ids lj-NNN, lk-NNN; two more authors at the same time): >= 30 gold articles new against all
  nine earlier batches; j and k checked against each other.
- Batches l and m (ids ll-NNN, lm-NNN; two more authors at the same time): >= 25 gold articles new against all
  eleven earlier batches; l and m checked against each other.

The eval sets (law_qa, law_qa_holdout, law_qa_holdout2, law_qa_holdout3, law_qa_holdout4, law_qa_holdout5, law_qa_holdout6 … law_qa_holdout11) are read only to compute a similarity number; their questions are
never printed — only the max Jaccard and the id of the offending training row — so running this check
does not leak evaluation rows into whoever reads the output.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from retrieval.laws import find_instrument, lookup_article

HERE = Path(__file__).resolve().parent
TRAIN = HERE / "law_qa_train.jsonl"
TRAIN_B = HERE / "law_qa_train_b.jsonl"
TRAIN_C = HERE / "law_qa_train_c.jsonl"
TRAIN_D = HERE / "law_qa_train_d.jsonl"
TRAIN_E = HERE / "law_qa_train_e.jsonl"
TRAIN_F = HERE / "law_qa_train_f.jsonl"
TRAIN_G = HERE / "law_qa_train_g.jsonl"
TRAIN_H = HERE / "law_qa_train_h.jsonl"
TRAIN_I = HERE / "law_qa_train_i.jsonl"
TRAIN_J = HERE / "law_qa_train_j.jsonl"
TRAIN_K = HERE / "law_qa_train_k.jsonl"
TRAIN_L = HERE / "law_qa_train_l.jsonl"
TRAIN_M = HERE / "law_qa_train_m.jsonl"
EVAL_SETS = (
    ROOT / "eval" / "datasets" / "law_qa" / "law_qa.jsonl",
    ROOT / "eval" / "datasets" / "law_qa_holdout" / "law_qa_holdout.jsonl",
    ROOT / "eval" / "datasets" / "law_qa_holdout2" / "law_qa_holdout2.jsonl",
    ROOT / "eval" / "datasets" / "law_qa_holdout3" / "law_qa_holdout3.jsonl",
    ROOT / "eval" / "datasets" / "law_qa_holdout4" / "law_qa_holdout4.jsonl",
    ROOT / "eval" / "datasets" / "law_qa_holdout5" / "law_qa_holdout5.jsonl",
    ROOT / "eval" / "datasets" / "law_qa_holdout6" / "law_qa_holdout6.jsonl",
    ROOT / "eval" / "datasets" / "law_qa_holdout7" / "law_qa_holdout7.jsonl",
    ROOT / "eval" / "datasets" / "law_qa_holdout8" / "law_qa_holdout8.jsonl",
    ROOT / "eval" / "datasets" / "law_qa_holdout9" / "law_qa_holdout9.jsonl",
    ROOT / "eval" / "datasets" / "law_qa_holdout10" / "law_qa_holdout10.jsonl",
    ROOT / "eval" / "datasets" / "law_qa_holdout11" / "law_qa_holdout11.jsonl",
    ROOT / "eval" / "datasets" / "law_qa_holdout12" / "law_qa_holdout12.jsonl",
    ROOT / "eval" / "datasets" / "law_qa_holdout13" / "law_qa_holdout13.jsonl",
    ROOT / "eval" / "datasets" / "law_qa_holdout14" / "law_qa_holdout14.jsonl",
    ROOT / "eval" / "datasets" / "law_qa_holdout15" / "law_qa_holdout15.jsonl",
)
KEYS = {"id", "question", "gold", "topic", "asker"}
ASKERS = {"credit_officer", "mediator", "borrower"}
COPY_RUN = 8            # a question may not share this many consecutive characters with a gold article
NEAR_DUP = 0.6          # character-bigram Jaccard at or above this is a near-duplicate
_PUNCT = re.compile(r"[\s\u3000，。、；：？！“”‘’（）《》【】,.;:?!'\"()\[\]<>…—\-]+")
_HAN = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True)
class Batch:
    """One training batch and the limits it must meet."""
    name: str
    path: Path
    id_re: re.Pattern[str]
    n_rows: int
    min_distinct_articles: int
    max_per_article: int
    min_new_articles: int = 0       # gold articles used by none of the batches listed in `disjoint_from`
    disjoint_from: tuple[str, ...] = ()
    eval_near_dup: float = NEAR_DUP  # the held-out sets' own checks (law_qa_holdout2/3) require < 0.5 against training


BATCH_ONE = Batch("batch one", TRAIN, re.compile(r"^lt-\d{3}$"), 200, 120, 4)
BATCH_B = Batch("batch b", TRAIN_B, re.compile(r"^lb-\d{3}$"), 250, 150, 3, min_new_articles=80,
                disjoint_from=("batch one",))
BATCH_C = Batch("batch c", TRAIN_C, re.compile(r"^lc-\d{3}$"), 250, 150, 3, min_new_articles=80,
                disjoint_from=("batch one", "batch b"))
BATCH_D = Batch("batch d", TRAIN_D, re.compile(r"^ld-\d{3}$"), 250, 150, 3, min_new_articles=80,
                disjoint_from=("batch one", "batch b", "batch c"), eval_near_dup=0.5)
# Batches d and e were written at the same time by two authors: e is new against one, b and c; d/e near-duplicates
# are still checked (the cross check below runs against every batch listed).
BATCH_E = Batch("batch e", TRAIN_E, re.compile(r"^le-\d{3}$"), 250, 150, 3, min_new_articles=80,
                disjoint_from=("batch one", "batch b", "batch c"), eval_near_dup=0.5)
# Batches f and g (written at the same time by two more authors): new against all five earlier batches.
_EARLIER = ("batch one", "batch b", "batch c", "batch d", "batch e")
BATCH_F = Batch("batch f", TRAIN_F, re.compile(r"^lf-\d{3}$"), 250, 150, 3, min_new_articles=60,
                disjoint_from=_EARLIER, eval_near_dup=0.5)
BATCH_G = Batch("batch g", TRAIN_G, re.compile(r"^lg-\d{3}$"), 250, 150, 3, min_new_articles=60,
                disjoint_from=_EARLIER, eval_near_dup=0.5)
# Batches h and i (two more authors at the same time): new against all seven earlier batches.
_EARLIER_FG = (*_EARLIER, "batch f", "batch g")
BATCH_H = Batch("batch h", TRAIN_H, re.compile(r"^lh-\d{3}$"), 250, 150, 3, min_new_articles=40,
                disjoint_from=_EARLIER_FG, eval_near_dup=0.5)
BATCH_I = Batch("batch i", TRAIN_I, re.compile(r"^li-\d{3}$"), 250, 150, 3, min_new_articles=40,
                disjoint_from=_EARLIER_FG, eval_near_dup=0.5)
# Batches j and k (two more authors at the same time): new against all nine earlier batches.
_EARLIER_HI = (*_EARLIER_FG, "batch h", "batch i")
BATCH_J = Batch("batch j", TRAIN_J, re.compile(r"^lj-\d{3}$"), 250, 150, 3, min_new_articles=30,
                disjoint_from=_EARLIER_HI, eval_near_dup=0.5)
BATCH_K = Batch("batch k", TRAIN_K, re.compile(r"^lk-\d{3}$"), 250, 150, 3, min_new_articles=30,
                disjoint_from=_EARLIER_HI, eval_near_dup=0.5)
# Batches l and m (two more authors at the same time): new against all eleven earlier batches.
_EARLIER_JK = (*_EARLIER_HI, "batch j", "batch k")
BATCH_L = Batch("batch l", TRAIN_L, re.compile(r"^ll-\d{3}$"), 250, 150, 3, min_new_articles=25,
                disjoint_from=_EARLIER_JK, eval_near_dup=0.5)
BATCH_M = Batch("batch m", TRAIN_M, re.compile(r"^lm-\d{3}$"), 250, 150, 3, min_new_articles=25,
                disjoint_from=_EARLIER_JK, eval_near_dup=0.5)
BATCHES = (BATCH_ONE, BATCH_B, BATCH_C, BATCH_D, BATCH_E, BATCH_F, BATCH_G, BATCH_H, BATCH_I, BATCH_J, BATCH_K,
           BATCH_L, BATCH_M)
# Pairs written at the same time: neither lists the other in `disjoint_from`, so `main` checks them against each other.
SIBLINGS = (("batch d", "batch e"), ("batch f", "batch g"), ("batch h", "batch i"), ("batch j", "batch k"),
            ("batch l", "batch m"))


def normalise(text: str) -> str:
    """Lower-case and drop whitespace/punctuation so 'A，B' and 'A B' compare equal."""
    return _PUNCT.sub("", text.lower())


def bigrams(text: str) -> frozenset[str]:
    t = normalise(text)
    return frozenset(t[i : i + 2] for i in range(len(t) - 1))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def shared_run(question: str, law: str, n: int = COPY_RUN) -> str | None:
    """First run of n characters of the question found in the law text (raw, then whitespace-free)."""
    law_flat = re.sub(r"\s+", "", law)
    for q in (question, re.sub(r"\s+", "", question)):
        for i in range(len(q) - n + 1):
            chunk = q[i : i + n]
            if chunk.strip() and (chunk in law or chunk in law_flat):
                return chunk
    return None


def load_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def gold_keys(rows: list[dict]) -> Counter:
    return Counter((g["instrument"], g["article"]) for r in rows for g in r.get("gold", [])
                   if isinstance(g, dict) and "instrument" in g and "article" in g)


def check_rows(rows: list[dict], id_re: re.Pattern[str]) -> list[str]:
    errors: list[str] = []
    ids = Counter(r.get("id") for r in rows)
    errors += [f"duplicate id {i}" for i, c in ids.items() if c > 1]
    for r in rows:
        rid = r.get("id", "?")
        if set(r) != KEYS:
            errors.append(f"{rid}: keys {sorted(r)} != {sorted(KEYS)}")
            continue
        if not isinstance(rid, str) or not id_re.match(rid):
            errors.append(f"{rid}: id must match {id_re.pattern}")
        if not isinstance(r["question"], str) or not r["question"].strip():
            errors.append(f"{rid}: empty question")
        if not isinstance(r["topic"], str) or not r["topic"].strip():
            errors.append(f"{rid}: empty topic")
        if r["asker"] not in ASKERS:
            errors.append(f"{rid}: asker {r['asker']!r} not in {sorted(ASKERS)}")
        gold = r["gold"]
        if not isinstance(gold, list) or not 1 <= len(gold) <= 3:
            errors.append(f"{rid}: gold must list 1-3 articles")
            continue
        if len({(g.get("instrument"), g.get("article")) for g in gold if isinstance(g, dict)}) != len(gold):
            errors.append(f"{rid}: gold lists the same article twice")
        for g in gold:
            if not isinstance(g, dict) or set(g) != {"instrument", "article"} or not isinstance(g["article"], int):
                errors.append(f"{rid}: bad gold entry {g}")
                continue
            inst = find_instrument(g["instrument"])
            if inst is None or inst.short_title != g["instrument"]:
                errors.append(f"{rid}: instrument {g['instrument']!r} is not an exact short_title")
                continue
            art = lookup_article(g["instrument"], g["article"])
            if art is None:
                errors.append(f"{rid}: {g['instrument']} 第{g['article']}条 does not exist")
                continue
            if isinstance(r["question"], str):
                run = shared_run(r["question"], art.text)
                if run:
                    errors.append(f"{rid}: copies {run!r} from {g['instrument']} {art.label}")
    return errors


def check_coverage(rows: list[dict], batch: Batch) -> tuple[list[str], Counter]:
    per_article = gold_keys(rows)
    errors = [f"{k[0]} 第{k[1]}条 is gold for {c} questions (max {batch.max_per_article})"
              for k, c in per_article.items() if c > batch.max_per_article]
    if len(rows) != batch.n_rows:
        errors.append(f"{len(rows)} rows, expected {batch.n_rows}")
    if len(per_article) < batch.min_distinct_articles:
        errors.append(f"only {len(per_article)} distinct gold articles (need {batch.min_distinct_articles})")
    return errors, per_article


def check_self_duplicates(rows: list[dict]) -> tuple[list[str], float]:
    grams = [(r["id"], bigrams(r["question"])) for r in rows]
    errors, worst = [], 0.0
    for i, (ia, ga) in enumerate(grams):
        for ib, gb in grams[i + 1 :]:
            j = jaccard(ga, gb)
            worst = max(worst, j)
            if j >= NEAR_DUP:
                errors.append(f"{ia} and {ib} are near-duplicates (Jaccard {j:.2f})")
    return errors, worst


def check_cross_duplicates(rows: list[dict], others: list[dict], other_name: str) -> tuple[list[str], float]:
    """Near-duplicates between two training batches (both are training data, so both ids may be printed)."""
    other_grams = [(o.get("id", "?"), bigrams(o["question"])) for o in others if isinstance(o.get("question"), str)]
    errors, worst = [], 0.0
    for r in rows:
        g = bigrams(r["question"])
        for oid, og in other_grams:
            j = jaccard(g, og)
            worst = max(worst, j)
            if j >= NEAR_DUP:
                errors.append(f"{r['id']} is a near-duplicate of {other_name} {oid} (Jaccard {j:.2f})")
    return errors, worst


def check_eval_overlap(rows: list[dict], limit: float = NEAR_DUP) -> tuple[list[str], dict[str, float]]:
    """Max Jaccard of each training question against each eval set; eval questions are never printed."""
    errors: list[str] = []
    report: dict[str, float] = {}
    for path in EVAL_SETS:
        name = path.parent.name
        if not path.exists():
            errors.append(f"{name}: {path} missing — cannot prove the training set does not overlap it")
            continue
        eval_grams = [bigrams(e.get("question", "")) for e in load_jsonl(path)]
        worst = 0.0
        for r in rows:
            g = bigrams(r["question"])
            j = max((jaccard(g, e) for e in eval_grams), default=0.0)
            worst = max(worst, j)
            if j >= limit:
                errors.append(f"{r['id']} is a near copy of a {name} question (Jaccard {j:.2f}); rewrite it")
        report[name] = worst
    return errors, report


def language(question: str) -> str:
    """'en' (no Chinese characters), 'mixed' (Chinese plus a lower-case English word) or 'zh'.

    Upper-case acronyms inside Chinese (APP, LPR, OK) do not make a question mixed.
    """
    if not _HAN.search(question):
        return "en"
    return "mixed" if re.search(r"[a-z]{2,}", question) else "zh"


def check_batch(batch: Batch, loaded: dict[str, list[dict]]) -> list[str]:
    """Print the figures of one batch and return its problems, each prefixed with the batch name."""
    if not batch.path.exists():
        return [f"{batch.name}: {batch.path} missing"]
    rows = load_jsonl(batch.path)
    loaded[batch.name] = rows
    with_q = [r for r in rows if isinstance(r.get("question"), str)]
    errors = check_rows(rows, batch.id_re)
    cov_errors, per_article = check_coverage(rows, batch)
    errors += cov_errors
    dup_errors, self_worst = check_self_duplicates(with_q)
    errors += dup_errors
    cross: dict[str, float] = {}
    used_elsewhere: set = set()
    for other in batch.disjoint_from:
        if other not in loaded:
            errors.append(f"{other} not loaded — cannot compare {batch.name} with it")
            continue
        x_errors, cross[other] = check_cross_duplicates(with_q, loaded[other], other)
        errors += x_errors
        used_elsewhere |= set(gold_keys(loaded[other]))
    if batch.disjoint_from:
        others = " or ".join(batch.disjoint_from)
        new = [k for k in per_article if k not in used_elsewhere]
        if len(new) < batch.min_new_articles:
            errors.append(f"only {len(new)} gold articles not used by {others} (need {batch.min_new_articles})")
        print(f"[{batch.name}] gold articles not used by {others}: {len(new)} (need >= {batch.min_new_articles})")
    ov_errors, overlap = check_eval_overlap(with_q, batch.eval_near_dup)
    errors += ov_errors

    instruments = Counter(g["instrument"] for r in rows for g in r.get("gold", []) if isinstance(g, dict))
    print(f"[{batch.name}] rows: {len(rows)}  distinct gold articles: {len(per_article)}  "
          f"instruments: {len(instruments)}  max questions per article: {max(per_article.values(), default=0)}")
    print(f"[{batch.name}] askers: {dict(Counter(r.get('asker') for r in rows))}  "
          f"languages: {dict(Counter(language(r['question']) for r in with_q))}")
    print(f"[{batch.name}] max bigram Jaccard among its questions: {self_worst:.2f} (limit < {NEAR_DUP})")
    for other, j in cross.items():
        print(f"[{batch.name}] max bigram Jaccard vs {other}: {j:.2f} (limit < {NEAR_DUP})")
    for name, j in overlap.items():
        print(f"[{batch.name}] max bigram Jaccard vs {name}: {j:.2f} (limit < {batch.eval_near_dup})")
    return [f"{batch.name}: {e}" for e in errors]


def main() -> int:
    loaded: dict[str, list[dict]] = {}
    errors: list[str] = []
    for batch in BATCHES:
        errors += check_batch(batch, loaded)
    for first, second in SIBLINGS:
        if first in loaded and second in loaded:
            with_q = [r for r in loaded[second] if isinstance(r.get("question"), str)]
            dup, worst = check_cross_duplicates(with_q, loaded[first], first)
            print(f"[{second}] max bigram Jaccard vs {first}: {worst:.2f} (limit < {NEAR_DUP})")
            errors += [f"{second}: {e}" for e in dup]
    if errors:
        print(f"FAIL: {len(errors)} problem(s)")
        for e in errors:
            print("  -", e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
