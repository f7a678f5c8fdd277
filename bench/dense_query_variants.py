"""Does rewording a law question help the dense side? `python bench/dense_query_variants.py`.

Runs `retrieval.search(..., method="dense")` (e5 with the query adapter, laws ranked exactly) on the 360 questions
of fresh held-out sets 3–8 (development sets by now; set 9 is never read here) for four views of each question:
the whole question; the question with names, places, dates and amounts removed (jieba's name/place tags and
regular expressions); the better rank of those two per article; and the best rank over the whole question and each
of its clauses (a dense hit's score is its reciprocal-rank score, so "better" is the better rank). Prints hit@1/5/20 per view and writes bench/results/dense_query_variants.json. Uses its own index in
FENGTIAO_DATA_DIR (built on first use from the shipped vectors).
"""
from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

import jieba.posseg as pseg
from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))       # the package `retrieval`, not bench/retrieval.py

from eval.suites.retrieval import gold_keys, hit_article_keys  # noqa: E402
from eval.suites.retrieval_holdout import HoldoutRow  # noqa: E402
from retrieval.search import search  # noqa: E402
SETS = [f"law_qa_holdout{i}" for i in range(3, 9)]
_AMOUNT = re.compile(r"\d+(?:\.\d+)?\s*(?:万|千|w|k)?\s*(?:元|块|块钱)?|[一二两三四五六七八九十百千万]+(?:块|元|万)")
_DATE = re.compile(r"\d{2,4}年(?:\d{1,2}月)?(?:\d{1,2}[日号])?|\d{1,2}月\d{1,2}[日号]")
_CLAUSE = re.compile(r"[，。！？?；;,\n]")


def scrubbed(question: str) -> str:
    text = _AMOUNT.sub("", _DATE.sub("", question))
    return "".join(w for w, tag in pseg.cut(text) if tag not in ("nr", "nrfg", "nrt", "ns"))


def ranked(question: str, k: int = 30) -> list[tuple[float, tuple[str, ...]]]:
    return [(h.score, tuple(hit_article_keys(h))) for h in search(question, tenant=None, k=k, method="dense")]


def best_of(*rankings: list[tuple[float, tuple[str, ...]]]) -> list[tuple[float, tuple[str, ...]]]:
    best: dict[tuple[str, ...], float] = {}
    for lst in rankings:
        for score, keys in lst:
            best[keys] = max(best.get(keys, -1.0), score)
    return sorted(((v, k) for k, v in best.items()), reverse=True)


def rank_of(lst: list[tuple[float, tuple[str, ...]]], gold: set[str]) -> int:
    return next((i for i, (_, keys) in enumerate(lst, 1) if set(keys) & gold), 99)


def main() -> None:
    rows = [HoldoutRow(**{k: v for k, v in json.loads(line).items() if k in HoldoutRow.model_fields})
            for s in SETS for line in (ROOT / "eval" / "datasets" / s / f"{s}.jsonl").read_text(encoding="utf-8").splitlines()]
    views: dict[str, list[int]] = {"whole question": [], "names, dates, amounts removed": [], "better of the two": [],
                                   "best clause": []}
    started = time.time()
    for row in rows:
        gold = gold_keys(row)
        whole, scrub = ranked(row.question), ranked(scrubbed(row.question))
        clauses = [ranked(c, 20) for c in _CLAUSE.split(row.question) if len(c) >= 4]
        for name, lst in zip(views, (whole, scrub, best_of(whole, scrub), best_of(whole, *clauses))):
            views[name].append(rank_of(lst, gold))
    table = Table(title=f"dense (e5 + adapter) on {len(rows)} questions of fresh sets 3–8")
    for col in ("view", "hit@1", "hit@5", "hit@20"):
        table.add_column(col)
    out = {}
    for name, ranks in views.items():
        hits = {f"hit@{k}": round(sum(r <= k for r in ranks) / len(ranks), 3) for k in (1, 5, 20)}
        out[name] = hits
        table.add_row(name, *(f"{v:.3f}" for v in hits.values()))
    Console().print(table)
    path = ROOT / "bench" / "results" / "dense_query_variants.json"
    path.write_text(json.dumps({"questions": len(rows), "seconds": round(time.time() - started), "views": out},
                               ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
