"""The held-out law-QA set: real gold articles, independent of the dev set, and wired as its own suite.

The suite's search is replaced by one that ranks real corpus articles in a known order (as in
test_retrieval_suite.py), so the wiring is checked without building an index.
"""
from __future__ import annotations

import json
import re
from collections import Counter

import pytest

import retrieval.ingest
import retrieval.search
from eval.registry import get_suite
from eval.rows import read_rows
from eval.runner import run_suites
from eval.schema import RunOptions
from eval.suites import retrieval as dev_suite
from eval.suites.retrieval_holdout import DATASET, HoldoutRow
from retrieval.laws import find_instrument, load_corpus, lookup_article
from retrieval.models import Hit

ROWS = [json.loads(line) for line in DATASET.read_text(encoding="utf-8").splitlines() if line.strip()]
DEV_ROWS = [json.loads(line) for line in dev_suite.DATASET.read_text(encoding="utf-8").splitlines() if line.strip()]
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _bigrams(text: str) -> set[str]:
    s = "".join(text.split()).lower()
    return {s[i : i + 2] for i in range(len(s) - 1)}


def _jaccard(a: str, b: str) -> float:
    x, y = _bigrams(a), _bigrams(b)
    return len(x & y) / len(x | y) if x | y else 1.0


def _longest_common_run(a: str, b: str) -> int:
    best = 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            if a[i:j] in b:
                best = j - i
            else:
                break
    return best


def test_holdout_has_60_valid_rows_with_unique_lh_ids():
    rows = list(read_rows(DATASET, HoldoutRow))
    assert len(rows) == 60
    assert [f"{r.case_id}: {r.error}" for r in rows if r.error] == []
    assert [r.case_id for r in rows] == [f"lh-{i:03d}" for i in range(1, 61)]


@pytest.mark.parametrize("row", ROWS, ids=[r["id"] for r in ROWS])
def test_every_gold_names_an_instrument_by_its_short_title_and_a_real_article(row):
    assert 1 <= len(row["gold"]) <= 3
    for gold in row["gold"]:
        inst = find_instrument(gold["instrument"])
        assert inst is not None and inst.short_title == gold["instrument"], gold
        art = lookup_article(gold["instrument"], gold["article"])
        assert art is not None and art.source_path == inst.source_path, gold


def test_no_holdout_question_duplicates_a_dev_question():
    worst = max(((_jaccard(h["question"], d["question"]), h["id"], d["id"]) for h in ROWS for d in DEV_ROWS))
    assert worst[0] < 0.6, worst
    assert not {h["question"] for h in ROWS} & {d["question"] for d in DEV_ROWS}


def test_holdout_questions_are_not_near_duplicates_of_each_other():
    pairs = [(a["id"], b["id"]) for i, a in enumerate(ROWS) for b in ROWS[i + 1 :]
             if _jaccard(a["question"], b["question"]) >= 0.6]
    assert pairs == []


def test_questions_are_phrased_by_users_not_copied_from_the_articles():
    for row in ROWS:
        for gold in row["gold"]:
            text = lookup_article(gold["instrument"], gold["article"]).text
            assert _longest_common_run(row["question"], text) < 10, (row["id"], gold)


def test_mix_of_askers_languages_and_fast_rows():
    askers = Counter(r["asker"] for r in ROWS)
    assert set(askers) == {"credit_officer", "mediator", "borrower"} and min(askers.values()) >= 8
    assert 4 <= sum(not _CJK.search(r["question"]) for r in ROWS) <= 8
    assert 15 <= sum(r["fast"] is True for r in ROWS) <= 25


def test_gold_covers_the_instruments_officers_mediators_and_borrowers_need():
    instruments = Counter(g["instrument"] for r in ROWS for g in r["gold"])
    for needed in ("合同编", "总则", "物权编", "人民调解法", "民事诉讼法", "融资担保公司监督管理条例", "发票管理办法",
                   "征信业管理条例", "个人信息保护法", "公司法", "企业破产法", "温州市民间融资管理条例",
                   "最高人民法院关于审理民间借贷案件适用法律若干问题的规定",
                   "最高人民法院关于适用《民法典》有关担保制度的解释",
                   "最高人民法院关于新民间借贷司法解释适用范围问题的批复",
                   "最高人民法院关于人民调解协议司法确认程序的若干规定"):
        assert instruments[needed] >= 1, needed
    assert any(name.endswith("地方金融监督管理条例") for name in instruments)


def test_most_gold_articles_are_ones_the_dev_set_never_targets():
    dev_keys = {(g["instrument"], g["article"]) for r in DEV_ROWS for g in r["gold"]}
    fresh = [r["id"] for r in ROWS if not {(g["instrument"], g["article"]) for g in r["gold"]} & dev_keys]
    assert len(fresh) >= 45


def test_borrower_rows_validate_and_a_missing_gold_article_is_named():
    ok = HoldoutRow.model_validate({"id": "x", "question": "征信上的逾期能留几年？", "asker": "borrower",
                                    "gold": [{"instrument": "征信业管理条例", "article": 16}]})
    assert ok.asker == "borrower"
    with pytest.raises(ValueError, match="征信业管理条例 第999条"):
        HoldoutRow.model_validate({"id": "x", "question": "征信上的逾期能留几年？",
                                   "gold": [{"instrument": "征信业管理条例", "article": 999}]})


def test_suite_is_registered_and_reuses_the_dev_suite_task_and_scorers():
    suite = get_suite("retrieval_holdout")
    dev = get_suite("retrieval")
    assert suite.name == "retrieval_holdout" and suite.dataset == DATASET and suite.row_model is HoldoutRow
    assert suite.task is dev.task and suite.score is dev.score and suite.prepare is dev.prepare
    assert [m.name for m in suite.metrics] == [m.name for m in dev.metrics] and suite.primary == "hybrid.hit@5"
    assert suite.version != dev.version and suite.unavailable_reason() is None
    loaded = list(read_rows(suite.dataset, suite.row_model))
    assert len(loaded) == 60 and all(r.row is not None for r in loaded)
    assert sum(suite.in_fast_subset(r.raw) for r in loaded) == sum(r["fast"] for r in ROWS)


def _as_hit(article) -> Hit:
    return Hit(chunk_id=f"{article.source_path}#{article.number}", doc_id="d", doc_type="regulation",
               source_path=article.source_path, title=article.instrument, article=article.label,
               start=article.start, end=article.end, text=article.text, score=1.0)


FILLER = load_corpus()[0].articles[:9]   # 人民法院在线调解规则: never a gold article here


def test_fengtiao_run_scores_holdout_rows_per_method(monkeypatch, tmp_path):
    """hybrid ranks the gold first, bm25 second, dense never: the metrics must say exactly that."""
    assert not {g["instrument"] for r in ROWS for g in r["gold"]} & {FILLER[0].short_title}

    def search(query, *, tenant, k=5, doc_type=None, method="hybrid", **_):
        row = next(r for r in ROWS if r["question"] == query)
        gold = lookup_article(row["gold"][0]["instrument"], row["gold"][0]["article"])
        ranked = {"dense": FILLER, "bm25": FILLER[:1] + [gold] + FILLER[1:], "hybrid": [gold] + FILLER}[method]
        return [_as_hit(a) for a in ranked[:k]]

    monkeypatch.setattr(retrieval.search, "search", search)
    monkeypatch.setattr(retrieval.ingest, "ingest_builtin_regulations", lambda **_: None)
    s = run_suites(["retrieval_holdout"], RunOptions(fast=True), tmp_path / "run").suite("retrieval_holdout")
    assert s.status == "ok" and s.n_scored == sum(r["fast"] for r in ROWS)
    m = s.metrics
    assert (m["hybrid.hit@1"], m["hybrid.hit@5"], m["hybrid.mrr"]) == (1.0, 1.0, 1.0)
    assert (m["bm25.hit@1"], m["bm25.hit@5"], m["bm25.mrr"]) == (0.0, 1.0, 0.5)
    assert (m["dense.hit@1"], m["dense.hit@5"], m["dense.mrr"]) == (0.0, 0.0, 0.0)
