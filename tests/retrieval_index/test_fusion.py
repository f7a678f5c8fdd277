"""Learned fusion of the law side: features as documented, fitted on the current training questions only,
used for law questions and never for a search where the tenant's own chunks compete."""
from __future__ import annotations

import hashlib

import numpy as np
import pytest

from agent.config import Settings
from retrieval.fusion import FEATURES, feature_rows, learned_order, load_fusion
from retrieval.memory import Recall
from retrieval.ingest import ingest_paths
from retrieval.search import search

from tests.conftest import REPO
from .samples import loan_contract

E5 = "multilingual-e5-small-q4"
# the training batches, then the held-out sets whose misses were read (scripts/train_query_adapter.py TRAIN)
TRAIN_SETS = sorted((REPO / "eval" / "datasets" / "law_qa_train").glob("law_qa_train*.jsonl")) + [
    REPO / "eval" / "datasets" / f"law_qa_holdout{n}" / f"law_qa_holdout{n}.jsonl" for n in range(2, 14)]


def test_features_read_margins_ranks_memory_and_fill_what_one_side_did_not_return():
    recalled = {"b": Recall(best=0.91, gap=0.0, vote=1.4)}
    ids, rows = feature_rows([("a", 0.80), ("b", 0.70)], [("c", 12.0), ("a", 6.0)], recalled)
    assert ids == ["a", "b", "c"] and rows.shape == (3, len(FEATURES)) == (3, 7)
    a, b, c = rows
    assert a.tolist() == pytest.approx([0.0, 1.0, 0.5, 1 / np.log2(3), 0.0, -1.0, 0.0])   # nothing recalled
    assert b.tolist() == pytest.approx([-0.1, 1 / np.log2(3), 0.0, 0.0, 0.91, 0.0, 1.4])
    assert c.tolist() == pytest.approx([-0.1, 0.0, 1.0, 1.0, 0.0, -1.0, 0.0])   # dense floor, no dense rank credit
    assert feature_rows([], []) == ([], pytest.approx(np.zeros((0, 7))))


def test_the_shipped_model_was_fitted_on_every_training_batch_and_beats_rrf_leaving_each_author_out():
    model = load_fusion(E5)
    assert model is not None and tuple(model.features) == FEATURES
    assert model.training_files == {str(f.relative_to(REPO)): hashlib.sha256(f.read_bytes()).hexdigest() for f in TRAIN_SETS}
    assert model.authors == len(TRAIN_SETS) == 25
    report = model.leave_one_author_out
    assert report["learned"]["mrr"] > report["rrf"]["mrr"]   # why it ships (scripts/train_fusion.py)
    assert report["memory_gain_hit5_ci90"]["low"] > 0         # and why it reads the question memory
    assert model.coef[FEATURES.index("memory_best")] > 0
    assert model.coef[FEATURES.index("dense_gap")] > 0 and model.coef[FEATURES.index("dense_rank")] > 0
    # a wide dense margin outranks a narrow one at the same ranks
    order = learned_order(model, [("wide", 0.9), ("x", 0.6)], [("x", 5.0), ("wide", 4.0)])
    assert order[0][0] == "wide"


def test_law_questions_are_ordered_by_the_model_and_a_tenants_own_chunks_by_rrf(index_settings: Settings, tmp_path):
    hits = search("保证期间没有约定怎么办", tenant=None, k=3, settings=index_settings)
    assert any(h.article == "第六百九十二条" and h.title == "中华人民共和国民法典 合同编" for h in hits)
    assert all("learned" in h.scores for h in hits)
    assert "memory" in next(h for h in hits if h.article == "第六百九十二条").scores   # written questions asked this
    off = search("保证期间没有约定怎么办", tenant=None, k=3,
                 settings=index_settings.model_copy(update={"learned_fusion": False}))
    assert all("rrf" in h.scores and "learned" not in h.scores for h in off)
    path = tmp_path / "fusion-tenant.txt"
    path.write_text(loan_contract(borrower="温州市鹿城区明远五金有限公司", marker="保证期间为主债务履行期限届满之日起三年"),
                    encoding="utf-8")
    assert not ingest_paths([path], tenant="tenant-fusion", settings=index_settings).failures
    mixed = search("明远五金的保证期间是多久", tenant="tenant-fusion", k=5, settings=index_settings)
    assert any(h.tenant == "tenant-fusion" for h in mixed)
    assert all("rrf" in h.scores for h in mixed)   # its cosines are on the question's own scale: RRF decides
