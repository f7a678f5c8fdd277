"""The second held-out law-QA set: valid rows, apart from every other law-QA set, wired as a suite reusing `retrieval`."""
from __future__ import annotations

import subprocess
import sys

from eval.registry import get_suite
from eval.rows import read_rows
from eval.suites.retrieval_holdout import HoldoutRow
from eval.suites.retrieval_holdout2 import DATASET
from tests.conftest import REPO

CHECK = REPO / "eval" / "datasets" / "law_qa_holdout2" / "check.py"


def test_questions_validate_and_are_not_near_copies_of_any_other_law_qa_set():
    done = subprocess.run([sys.executable, str(CHECK)], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "rows: 60" in done.stdout and done.stdout.rstrip().endswith("OK")


def test_suite_reuses_the_dev_task_and_scorers_with_an_id_chosen_ci_subset():
    suite, dev = get_suite("retrieval_holdout2"), get_suite("retrieval")
    assert suite.dataset == DATASET and suite.row_model is HoldoutRow and suite.primary == dev.primary
    assert suite.task is dev.task and suite.score is dev.score and suite.prepare is dev.prepare
    assert [m.name for m in suite.metrics] == [m.name for m in dev.metrics]
    loaded = list(read_rows(suite.dataset, suite.row_model))
    assert len(loaded) == 60 and all(r.row is not None for r in loaded)
    assert sum(suite.in_fast_subset(r.raw) for r in loaded) == 15
