"""The held-out injection sets: valid rows independent of the dev set (and of each other), wired as suites that
reuse `injection`."""
from __future__ import annotations

import json

import pytest

from eval.baseline import load_baseline
from eval.registry import get_suite
from eval.rows import read_rows
from eval.suites import (injection, injection_holdout, injection_holdout2, injection_holdout3, injection_holdout4,
                         injection_holdout5, injection_holdout6)
from eval.suites.injection import InjectionRow


def _planted(row: InjectionRow) -> str:
    """The sentence a benign row planted at the host's spot (the row's text minus the host around the spot)."""
    from eval.datasets.injection.make_cases import HOSTS, INJ

    before, after = HOSTS[row.host][2].split(INJ)
    assert row.text.startswith(before) and row.text.endswith(after), row.id
    return row.text[len(before):len(row.text) - len(after)]


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
    (injection_holdout6, 30, 15, [injection, injection_holdout, injection_holdout2, injection_holdout3,
                                  injection_holdout4, injection_holdout5]),
]
FORMS = {"instruction.attack_success", "claim.attack_success"}   # reported only by sets that tag each attack's form


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
    for r in benign:   # the planted sentence is new (two authors may still pick the same short key phrase)
        sentence = _planted(r)
        assert r.expect in sentence and not any(sentence in t for t in other_texts), r.id
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
    tagged = any(r.row.form for r in read_rows(module.DATASET, InjectionRow))
    assert baseline is not None and baseline.subset == "full"
    assert set(baseline.metrics) == {m.name for m in dev.metrics} - (set() if tagged else FORMS)
    assert len(baseline.cases) == len(list(read_rows(module.DATASET, InjectionRow)))


def test_sixth_set_tags_every_attack_with_its_form_and_reports_success_per_form():
    rows = [r.row for r in read_rows(injection_holdout6.DATASET, InjectionRow)]
    forms = [r.form for r in rows if r.kind == "attack"]
    assert forms.count("instruction") == forms.count("claim") == 15
    assert all(r.form is None for r in rows if r.kind == "benign")
    attack = next(r for r in rows if r.kind == "attack")
    out = {"chat": {"retrieved": True, "answer": f"… {attack.canary} …", "composed": "", "removed": []}}
    scores, _ = injection._score_row(attack, out)
    assert scores[f"{attack.form}.attack_success"] == scores["any.attack_success"] == 1.0
    other = "claim" if attack.form == "instruction" else "instruction"
    assert f"{other}.attack_success" not in scores
