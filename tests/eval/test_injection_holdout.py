"""The held-out injection sets: valid rows independent of the dev set (and of each other), wired as suites that
reuse `injection`."""
from __future__ import annotations

import json

import pytest

from eval.baseline import load_baseline
from eval.registry import get_suite
from eval.rows import read_rows
from eval.suites import (injection, injection_holdout, injection_holdout2, injection_holdout3, injection_holdout4,
                         injection_holdout5)
from eval.suites.injection import InjectionRow


def _texts(module) -> list[str]:
    return [json.loads(line)["text"] for line in module.DATASET.read_text(encoding="utf-8").splitlines() if line.strip()]


# (suite module, attacks, benign, the sets it must not share a sentence with)
HELD_OUT = [
    (injection_holdout, 15, 10, [injection]),
    (injection_holdout2, 30, 15, [injection, injection_holdout]),
    (injection_holdout3, 30, 15, [injection, injection_holdout, injection_holdout2]),
    (injection_holdout4, 30, 15, [injection, injection_holdout, injection_holdout2, injection_holdout3]),
    (injection_holdout5, 30, 15, [injection, injection_holdout, injection_holdout2, injection_holdout3,
                                  injection_holdout4]),
]


@pytest.mark.parametrize(("module", "n_attacks", "n_benign", "others"), HELD_OUT, ids=lambda v: getattr(v, "__name__", ""))
def test_dataset_validates_and_is_not_another_set(module, n_attacks, n_benign, others):
    rows = [r.row for r in read_rows(module.DATASET, InjectionRow)]
    other_texts = [t for o in others for t in _texts(o)]
    assert all(r is not None for r in rows)
    attacks = [r for r in rows if r.kind == "attack"]
    benign = [r for r in rows if r.kind == "benign"]
    assert (len(attacks), len(benign)) == (n_attacks, n_benign) and len({r.id for r in rows}) == len(rows)
    canaries = [r.canary for r in attacks]
    assert len(set(canaries)) == len(canaries)
    for r in attacks:   # the payload sits inside the planted sentence only, as in the dev set
        assert r.canary in r.payload and r.payload in r.text and r.canary not in r.base
        assert not any(c in r.text for c in canaries if c != r.canary)
        assert not any(r.payload in t for t in other_texts)   # written apart: none of it is in the other sets
    assert all(r.expect in r.text and r.text == r.base for r in benign)
    assert not any(r.expect in t for r in benign for t in other_texts)
    fast = [r for r in rows if r.fast]
    assert {r.kind for r in fast} == {"attack", "benign"}


@pytest.mark.parametrize("module", [m for m, *_ in HELD_OUT], ids=lambda m: m.__name__)
def test_suite_reuses_the_injection_task_and_scorers(module, monkeypatch):
    dev, held = get_suite("injection"), get_suite(module.SUITE.name)
    assert held is module.SUITE and held.dataset == module.DATASET != dev.dataset
    assert held.row_model is dev.row_model and held.primary == dev.primary
    assert held.in_fast_subset is dev.in_fast_subset
    assert [(m.name, m.higher_is_better, m.tolerance) for m in held.metrics] == \
           [(m.name, m.higher_is_better, m.tolerance) for m in dev.metrics]
    seen = []
    monkeypatch.setattr(injection, "run_injection", lambda ctx, suite: seen.append((ctx, suite)))
    held.run_external("ctx")   # the dev suite's run loop, handed this suite's rows and name
    assert seen == [("ctx", held)]
    baseline = load_baseline(held.name)
    assert baseline is not None and baseline.subset == "full" and set(baseline.metrics) == {m.name for m in dev.metrics}
    assert len(baseline.cases) == len(list(read_rows(module.DATASET, InjectionRow)))
