"""The law-QA training questions (the query adapter's data) validate and stay apart from both evaluation sets."""
from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO

CHECK = REPO / "eval" / "datasets" / "law_qa_train" / "check.py"


def test_training_questions_validate_and_are_not_copies_of_the_evaluation_questions():
    done = subprocess.run([sys.executable, str(CHECK)], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "rows: 200" in done.stdout and done.stdout.rstrip().endswith("OK")
    for batch in ("b", "c", "d", "e", "f", "g", "h", "i"):   # nine authors' batches, each checked against the others
        assert f"[batch {batch}] rows: 250" in done.stdout
