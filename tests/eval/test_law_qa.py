"""The law-QA dataset: every gold article exists in the shipped corpus, questions are spread and colloquial."""
from __future__ import annotations

import json
from collections import Counter

import pytest

from eval.rows import read_rows
from eval.suites.retrieval import DATASET, LawQARow, gold_keys, hit_article_keys
from retrieval.laws import lookup_article
from retrieval.models import Hit

ROWS = [json.loads(line) for line in DATASET.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_dataset_has_at_least_60_valid_rows_with_unique_ids():
    rows = list(read_rows(DATASET, LawQARow))
    assert len(rows) >= 60
    assert [r.error for r in rows if r.error] == []
    assert len({r.case_id for r in rows}) == len(rows)


@pytest.mark.parametrize("row", ROWS, ids=[r["id"] for r in ROWS])
def test_every_gold_article_exists_in_the_corpus(row):
    for gold in row["gold"]:
        assert lookup_article(gold["instrument"], gold["article"]) is not None, gold


def test_gold_spreads_over_the_instruments_officers_and_mediators_use():
    instruments = Counter(g["instrument"] for r in ROWS for g in r["gold"])
    for needed in ("合同编", "总则", "物权编", "人民调解法", "民事诉讼法", "融资担保公司监督管理条例", "发票管理办法",
                   "最高人民法院关于审理民间借贷案件适用法律若干问题的规定",
                   "最高人民法院关于适用《民法典》有关担保制度的解释",
                   "最高人民法院关于新民间借贷司法解释适用范围问题的批复"):
        assert instruments[needed] >= 1, needed
    assert Counter(r["asker"] for r in ROWS)["mediator"] >= 20
    assert 15 <= sum(r["fast"] for r in ROWS) <= 40


def _longest_common_run(a: str, b: str) -> int:
    best = 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            if a[i:j] in b:
                best = j - i
            else:
                break
    return best


def test_questions_are_phrased_by_users_not_copied_from_the_articles():
    for row in ROWS:
        for gold in row["gold"]:
            text = lookup_article(gold["instrument"], gold["article"]).text
            assert _longest_common_run(row["question"], text) < 10, (row["id"], row["question"])


def test_a_schema_error_names_the_missing_gold_article():
    bad = {"id": "x", "question": "借条没写利息能要吗？", "gold": [{"instrument": "合同编", "article": 9999}]}
    with pytest.raises(ValueError, match="合同编 第9999条"):
        LawQARow.model_validate(bad)


def _hit(**kw) -> Hit:
    base = {"chunk_id": "c", "doc_id": "d", "doc_type": "regulation", "text": "…", "score": 1.0}
    return Hit(**{**base, **kw})


def test_search_hits_map_to_corpus_articles_by_number_label_or_span():
    art = lookup_article("合同编", 692)
    key = f"{art.source_path}#692"
    assert hit_article_keys(_hit(source_path=art.source_path, title=art.instrument, metadata={"article_number": 692})) == [key]
    assert hit_article_keys(_hit(source_path="/srv/corpus/regulations/" + art.source_path, title="", article="第六百九十二条")) == [key]
    assert hit_article_keys(_hit(source_path="elsewhere.md", title=art.instrument, start=art.start + 5, end=art.end - 5)) == [key]
    reply = lookup_article("最高人民法院关于新民间借贷司法解释适用范围问题的批复", 1)
    assert hit_article_keys(_hit(source_path=reply.source_path, title=reply.instrument, article="一、")) == [f"{reply.source_path}#1"]
    assert hit_article_keys(_hit(source_path="contract.pdf", title="借款合同")) == []
    row = LawQARow.model_validate(ROWS[2])   # 保证期间: 合同编 692 / 693
    assert key in gold_keys(row)
