"""The fresh held-out law-QA sets: valid rows, apart from every other law-QA set, wired as suites reusing `retrieval`."""
from __future__ import annotations

import subprocess
import sys

import pytest

from eval.registry import get_suite
from eval.rows import read_rows
from eval.suites import (retrieval_holdout2, retrieval_holdout3, retrieval_holdout4, retrieval_holdout5, retrieval_holdout6,
                         retrieval_holdout7, retrieval_holdout8, retrieval_holdout9)
from eval.suites.retrieval_holdout import HoldoutRow
from tests.conftest import REPO

SETS = [(retrieval_holdout2, "law_qa_holdout2"), (retrieval_holdout3, "law_qa_holdout3"),
        (retrieval_holdout4, "law_qa_holdout4"), (retrieval_holdout5, "law_qa_holdout5"),
        (retrieval_holdout6, "law_qa_holdout6"), (retrieval_holdout7, "law_qa_holdout7"),
        (retrieval_holdout8, "law_qa_holdout8"), (retrieval_holdout9, "law_qa_holdout9")]


@pytest.mark.parametrize(("module", "folder"), SETS, ids=[f for _, f in SETS])
def test_questions_validate_and_are_not_near_copies_of_any_other_law_qa_set(module, folder):
    check = REPO / "eval" / "datasets" / folder / "check.py"
    done = subprocess.run([sys.executable, str(check)], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "rows: 60" in done.stdout and done.stdout.rstrip().endswith("OK")


@pytest.mark.parametrize(("module", "folder"), SETS, ids=[f for _, f in SETS])
def test_suite_reuses_the_dev_task_and_scorers_with_an_id_chosen_ci_subset(module, folder):
    suite, dev = get_suite(module.SUITE.name), get_suite("retrieval")
    assert suite is module.SUITE and suite.dataset == module.DATASET and suite.version == f"{folder} v1"
    assert suite.row_model is HoldoutRow and suite.primary == dev.primary
    assert suite.task is dev.task and suite.score is dev.score and suite.prepare is dev.prepare
    assert [m.name for m in suite.metrics] == [m.name for m in dev.metrics]
    loaded = list(read_rows(suite.dataset, suite.row_model))
    assert len(loaded) == 60 and all(r.row is not None for r in loaded)
    assert sum(suite.in_fast_subset(r.raw) for r in loaded) == 15
