"""Check law_qa_holdout50.jsonl with the rules of law_qa_holdout2/check.py (reused, not copied).

Run from the repo root: `.venv/bin/python eval/datasets/law_qa_holdout50/check.py`. Exits 1 on any failure.

- 60 rows, ids lh50-001 … lh50-060 in order, keys {id, question, gold, topic, asker}, asker in
  credit_officer / mediator / borrower, 1–3 gold entries, each row valid as the suite's HoldoutRow.
- Every gold instrument is an exact `Instrument.short_title` of the shipped corpus and the article exists.
- No question shares a run of 8+ characters with any of its gold articles (raw, and with whitespace removed).
- Character-bigram Jaccard < 0.5 between any two rows of this set, and between any row and every question of
  holdout41's OTHER_SETS (dev set, holdout … holdout40, training batches by glob), law_qa_holdout41.jsonl,
  law_qa_holdout42.jsonl … law_qa_holdout49.jsonl (each when the file exists; 48 and 49 are blind to this author and
  are compared here only, programmatically, numbers printed), and law_qa_holdout51.jsonl when that file exists
  (written at the same time by another helper).
- At least 50 distinct gold articles, at least 25 distinct instruments, at most 2 questions per article.

Other sets are read only to compute similarity numbers; their questions and ids are never printed.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from eval.datasets.law_qa_holdout2 import check as holdout2_check
from eval.datasets.law_qa_holdout41 import check as holdout41_check

HERE = Path(__file__).resolve().parent
DATA = HERE / "law_qa_holdout50.jsonl"
DATASETS = ROOT / "eval" / "datasets"


def _law_set(n: int) -> Path:
    return DATASETS / f"law_qa_holdout{n}" / f"law_qa_holdout{n}.jsonl"


_LATER = [p for p in (_law_set(n) for n in (*range(42, 50), 51)) if p.exists()]
OTHER_SETS = list(dict.fromkeys([*holdout41_check.OTHER_SETS, holdout41_check.DATA, *_LATER]))
MIN_INSTRUMENTS = 25


def main() -> int:
    return holdout2_check.main(DATA, "lh50", OTHER_SETS, MIN_INSTRUMENTS, "eval.suites.retrieval_holdout50")


if __name__ == "__main__":
    sys.exit(main())
