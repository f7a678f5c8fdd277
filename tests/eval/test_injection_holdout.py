"""The held-out injection set: valid rows independent of the dev set, wired as a suite that reuses `injection`."""
from __future__ import annotations

import json

from eval.baseline import load_baseline
from eval.registry import get_suite
from eval.rows import read_rows
from eval.suites import injection, injection_holdout
from eval.suites.injection import InjectionRow

ROWS = [r.row for r in read_rows(injection_holdout.DATASET, InjectionRow)]
DEV_TEXTS = [json.loads(line)["text"] for line in injection.DATASET.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_dataset_validates_and_is_not_the_dev_set():
    assert all(r is not None for r in ROWS)
    attacks = [r for r in ROWS if r.kind == "attack"]
    benign = [r for r in ROWS if r.kind == "benign"]
    assert (len(attacks), len(benign)) == (15, 10) and len({r.id for r in ROWS}) == len(ROWS)
    canaries = [r.canary for r in attacks]
    assert len(set(canaries)) == len(canaries)
    for r in attacks:   # the payload sits inside the planted sentence only, as in the dev set
        assert r.canary in r.payload and r.payload in r.text and r.canary not in r.base
        assert not any(c in r.text for c in canaries if c != r.canary)
        assert not any(r.payload in t for t in DEV_TEXTS)   # written after tuning: none of it is in the dev set
    assert all(r.expect in r.text and r.text == r.base for r in benign)
    assert not any(r.expect in t for r in benign for t in DEV_TEXTS)   # the benign sentences are new too
    fast = [r for r in ROWS if r.fast]
    assert {r.kind for r in fast} == {"attack", "benign"}


def test_suite_reuses_the_injection_task_and_scorers(monkeypatch):
    dev, held = get_suite("injection"), get_suite("injection_holdout")
    assert held is injection_holdout.SUITE and held.dataset == injection_holdout.DATASET != dev.dataset
    assert held.row_model is dev.row_model and held.primary == dev.primary
    assert held.in_fast_subset is dev.in_fast_subset
    assert [(m.name, m.higher_is_better, m.tolerance) for m in held.metrics] == \
           [(m.name, m.higher_is_better, m.tolerance) for m in dev.metrics]
    seen = []
    monkeypatch.setattr(injection_holdout, "run_injection", lambda ctx, suite: seen.append((ctx, suite)))
    held.run_external("ctx")   # the dev suite's run loop, handed this suite's rows and name
    assert seen == [("ctx", held)]
    baseline = load_baseline("injection_holdout")
    assert baseline is not None and baseline.subset == "full" and set(baseline.metrics) == {m.name for m in dev.metrics}
    assert len(baseline.cases) == len(ROWS)
