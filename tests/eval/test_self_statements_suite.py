"""The self-statement sets: the blind evaluation sets and the training batches validate, stay apart from each
other, and the suite scores a row the way its metrics say."""
from __future__ import annotations

import json
import re
from collections import Counter

import pytest

from eval.registry import get_suite
from eval.rows import read_rows
from eval.suites import self_statements_holdout2, self_statements_holdout3
from eval.suites.self_statements import DATASET, SelfStatementRow
from tests.conftest import REPO

TRAIN = {REPO / "eval" / "datasets" / "self_statements_train" / f"train_{a}.jsonl": split
         for a, split in (("a", (170, 130)), ("b", (170, 130)), ("c", (120, 180)), ("d", (130, 110)))}
_PUNCT = re.compile(r"[\s\W_]+")


def _rows(path) -> list[SelfStatementRow]:
    return [SelfStatementRow.model_validate_json(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _bigrams(text: str) -> set[str]:
    t = _PUNCT.sub("", text.lower())
    return {t[i:i + 2] for i in range(len(t) - 1)}


@pytest.mark.parametrize(("dataset", "prefix", "statements", "other", "n_topics", "min_per_topic"),
                         [(DATASET, "ss", 100, 60, 6, 12), (self_statements_holdout2.DATASET, "sh2", 60, 60, 6, 8),
                          (self_statements_holdout3.DATASET, "sh3", 55, 45, 7, 3)])
def test_blind_sets_cover_every_topic_with_hard_negatives(dataset, prefix, statements, other, n_topics, min_per_topic):
    rows = _rows(dataset)
    assert [r.id for r in rows] == [f"{prefix}-{i:03d}" for i in range(1, statements + other + 1)]
    assert Counter(r.label for r in rows) == {"statement": statements, "other": other}
    per_topic = Counter(r.topic for r in rows if r.label == "statement")
    assert len(per_topic) == n_topics and min(per_topic.values()) >= min_per_topic
    assert all((r.topic is None) == (r.scope is None) == (r.label == "other") for r in rows)


def test_training_batches_validate_and_the_classifier_is_trained_without_near_copies_of_the_blind_set():
    """The three authors met on stock wording (LMA clauses, 财务附注 phrases, law text): the trainer drops every
    training row that is a near copy of a blind row, and the shipped weights say how many it dropped."""
    from agent.security.statement_classifier import load_statement_classifier
    from scripts.train_self_statement_classifier import HELD_OUT_NEAR, near_held_out

    blind = [_bigrams(r.text) for d in (DATASET, self_statements_holdout2.DATASET, self_statements_holdout3.DATASET)
             for r in _rows(d)]
    texts = []
    for path, (statements, other) in TRAIN.items():
        rows = _rows(path)
        assert Counter(r.label for r in rows) == {"statement": statements, "other": other}
        texts += [r.text for r in rows]
    near = [max(len(g & b) / len(g | b) for b in blind) >= HELD_OUT_NEAR for g in map(_bigrams, texts)]
    from agent.security.injection import normalise

    assert near_held_out([normalise(t).strip() for t in texts]) == near
    assert 0 < sum(near) == load_statement_classifier().trained["rows"]["dropped_near_copies_of_held_out"]


def test_suite_scores_found_topic_and_scope_per_row():
    suite = get_suite("self_statements")
    loaded = list(read_rows(suite.dataset, suite.row_model))
    assert len(loaded) == 160 and sum(suite.in_fast_subset(r.raw) for r in loaded) == 40
    stmt = SelfStatementRow(id="t-1", text="本公司截至目前不存在任何未决诉讼。", lang="zh", label="statement",
                            topic="涉诉与执行", scope="pending", source="承诺函")
    out = suite.task(stmt, None, None)
    assert out["found"] and out["topics"] == ["涉诉与执行"] and out["pending_only"] is True
    assert suite.score(stmt, out).scores == {"statement.found": 1.0, "statement.topic_right": 1.0, "correct": 1.0,
                                             "scope.right": 1.0}
    other = SelfStatementRow(id="t-2", text="借款人涉及重大诉讼的，应于三日内书面通知贷款人。", lang="zh", label="other",
                             source="借款合同")
    assert suite.score(other, suite.task(other, None, None)).scores == {"other.flagged": 0.0, "correct": 1.0}
    assert json.loads(stmt.model_dump_json())["scope"] == "pending"
