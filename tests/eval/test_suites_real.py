"""The shipped suites on their real datasets (the quick ones; retrieval needs the index and runs in CI via --fast)."""
from __future__ import annotations

import pytest

from eval.registry import get_suite
from eval.runner import run_suites
from eval.schema import RunOptions


def test_receipts_suite_scores_the_sroie_dev_receipts(tmp_path):
    if reason := get_suite("receipts").unavailable_reason():
        pytest.fail(f"receipts extractor missing: {reason}")
    run = run_suites(["receipts"], RunOptions(limit=20), tmp_path / "run")
    s = run.suite("receipts")
    assert s.status == "ok" and (s.n_rows, s.n_scored) == (20, 20)
    assert {"company.f1", "date.f1", "address.f1", "total.f1", "overall.precision", "overall.recall", "overall.f1"} <= set(s.metrics)
    tp = sum(c.counts[f"{f}.tp"] for c in s.cases for f in ("company", "date", "address", "total"))
    fp = sum(c.counts[f"{f}.fp"] for c in s.cases for f in ("company", "date", "address", "total"))
    assert s.metrics["overall.precision"] == pytest.approx(tp / (tp + fp))
    assert all(c.model == "none" for c in s.cases)
    failing = [c for c in s.cases if c.scores["all"] == 0.0]
    assert all(c.evidence and "gold" in c.evidence[0] for c in failing)
