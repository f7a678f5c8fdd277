"""The operating-risk score: planted loan outcomes, features as of a date, a scorecard per institution trained on
its own loans, single-record scoring equal to batch scoring, drift, the CLI and the report."""
from __future__ import annotations

import csv
import json
from datetime import date

import numpy as np
import pytest
from typer.testing import CliRunner

from agent.errors import DocumentError, NotFound
from tests.risk.conftest import AS_OF, TENANTS, synthetic_market, tenants_of

# One lender holds most of the book, as in a real local market, so it has enough defaults to learn from.
SHARES = {"T01": 0.6, "T02": 0.1, "T03": 0.1, "T04": 0.1, "T05": 0.05, "T06": 0.05}


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    """(truth, db url, generated dir, data dir) for seed 11, 300 enterprises, T01's scorecard trained."""
    from agent.risk.operating_score import train_operating_scorecard

    base = tmp_path_factory.mktemp("opscore")
    with synthetic_market(base, 11, 300, tenant_shares=SHARES) as (truth, url):
        trained = train_operating_scorecard("T01", url=url)
        yield {"truth": truth, "url": url, "gen": base / "gen", "data_dir": base / "data-dir", "trained": trained}


# --- planted outcomes -------------------------------------------------------------------------------------------

def test_generator_plants_defaults_that_follow_deterioration(book) -> None:
    d = book["truth"]["defaults"]
    assert 0.03 <= d["rate"] <= 0.2 and d["defaulted_loans"] == len(d["loans"]) > 0
    loans = {row["loan_id"]: row for row in csv.DictReader((book["gen"] / "loans.csv").open(encoding="utf-8"))}
    assert {row["loan_id"] for row in loans.values() if row["status"] == "default"} == {x["loan_id"] for x in d["loans"]}
    by_role = {role: [x for x in d["loans"] if x["role"] == role] for role in ("deteriorating", "healthy")}
    det_codes, healthy_codes = set(book["truth"]["deteriorating"]), set(book["truth"]["healthy"])
    det_loans = [x for x in loans.values() if x["credit_code"] in det_codes]
    healthy_loans = [x for x in loans.values() if x["credit_code"] in healthy_codes]
    assert len(by_role["deteriorating"]) / len(det_loans) > 3 * len(by_role["healthy"]) / len(healthy_loans)
    # every instalment due from the default date on is unpaid, and defaults fall after the observation date
    first = d["loans"][0]
    reps = [r for r in csv.DictReader((book["gen"] / "repayments.csv").open(encoding="utf-8")) if r["loan_id"] == first["loan_id"]]
    assert all(r["paid_on"] == "" for r in reps if r["due_on"] >= first["defaulted_on"])
    assert all(d["observed_on"] < x["defaulted_on"] <= str(AS_OF) for x in d["loans"])


def test_same_seed_same_outcomes(tmp_path) -> None:
    from agent.risk.generator import generate

    a = generate(11, 60, tmp_path / "a", as_of=AS_OF)["defaults"]
    b = generate(11, 60, tmp_path / "b", as_of=AS_OF)["defaults"]
    assert a == b and (tmp_path / "a" / "loans.csv").read_bytes() == (tmp_path / "b" / "loans.csv").read_bytes()


# --- features ---------------------------------------------------------------------------------------------------

def _features(book, code: str, tenant: str, as_of: date):
    from sqlalchemy import select

    from agent.risk import models as m
    from agent.risk.db import session_scope
    from agent.risk.features import enterprise_features

    with session_scope(book["url"]) as s:
        ent = s.scalar(select(m.Enterprise).where(m.Enterprise.credit_code == code))
        return enterprise_features(s, ent, tenant=tenant, as_of=as_of)


def test_revenue_trend_is_recomputable_from_the_invoice_file(book) -> None:
    code = book["truth"]["deteriorating"][0]
    f = _features(book, code, "T01", AS_OF)
    months = {r["month"]: float(r["issued_total"]) for r in csv.DictReader((book["gen"] / "invoices.csv").open(encoding="utf-8"))
              if r["credit_code"] == code}
    recent = sum(months[f"2026-{m:02d}"] for m in range(1, 7))
    prior = sum(months[f"2025-{m:02d}"] for m in range(7, 13))
    assert f.values["revenue_trend_6m"] == round(100 * (recent / prior - 1), 2)
    assert len(f.trace["revenue_trend_6m"].rows["invoice_months"]) == 12 and "2026-01..2026-06" in f.trace["revenue_trend_6m"].formula


def test_features_as_of_an_earlier_date_read_nothing_after_it(book) -> None:
    code = next(c for c in book["truth"]["deteriorating"]
                if _features(book, c, "T01", date(2024, 12, 31)).values["enterprise_age_years"] is not None)
    early = _features(book, code, "T01", date(2026, 3, 31))
    assert "2025-10..2026-03" in early.trace["revenue_trend_6m"].formula
    # before the invoice history is 15 months long, the year-on-year window is incomplete: missing, not guessed
    first_year = _features(book, code, "T01", date(2024, 12, 31))
    assert first_year.values["revenue_yoy_3m"] is None and "缺失" in first_year.trace["revenue_yoy_3m"].formula
    assert round(early.values["enterprise_age_years"] - first_year.values["enterprise_age_years"], 1) == 1.2
    # a firm not yet founded on the date has no age rather than a negative one
    firms = [json.loads(line) for line in (book["gen"] / "enterprises.jsonl").open(encoding="utf-8")]
    young = max(firms, key=lambda f: f["founded_on"])
    assert young["founded_on"] > "2024-07-31"
    assert _features(book, young["credit_code"], "T01", date(2024, 7, 31)).values["enterprise_age_years"] is None


def test_multi_lender_features_count_other_institutions_only(book) -> None:
    code = book["truth"]["multi_lender"][0]
    mine = tenants_of(book["url"], code)[0]
    from agent.risk.db import session_scope
    from agent.risk.ledger import other_institution_activity

    with session_scope(book["url"]) as s:
        expected = other_institution_activity(s, code, tenant=mine, as_of=AS_OF, window_days=90)
    f = _features(book, code, mine, AS_OF)
    assert f.values["other_institutions_recent"] == expected.other_institutions
    assert f.values["other_applications_recent"] == expected.other_applications
    assert not any(t in f.trace["other_institutions_recent"].formula for t in TENANTS)


# --- scorecard --------------------------------------------------------------------------------------------------

def test_training_persists_a_versioned_scorecard_with_its_population(book) -> None:
    from agent.risk.features import FEATURES
    from agent.risk.scorecard import load_baseline, load_scorecard

    r = book["trained"]
    assert r.version == 1 and r.observed_on == date(2026, 3, 31) and r.as_of == AS_OF
    assert r.bads >= 5 and r.train_rows + r.test_rows == r.borrowers and set(r.iv) <= set(FEATURES)
    _, meta = load_scorecard("T01")
    assert meta.feature_set == "operating-v1" and meta.observed_on == "2026-03-31" and meta.bad_rows
    assert all(c > 0 for c in meta.coef)  # every feature costs points in its riskier bins, never the reverse
    assert len(load_baseline("T01", 1)) == r.train_rows
    assert (book["data_dir"] / "scorecards" / "T01" / "v0001.json").exists()


def test_single_record_score_equals_batch_score_for_the_current_book(book) -> None:
    from agent.risk.db import session_scope
    from agent.risk.operating_score import current_population, load_operating_scorecard, score_borrower
    from agent.risk.scorecard import score_record

    card, _ = load_operating_scorecard("T01")
    with session_scope(book["url"]) as s:
        pop = current_population(s, "T01", as_of=AS_OF)
    batch = card.score([row for _, row in pop])
    assert len(pop) > 50
    for (_, row), expected in zip(pop, batch):
        assert abs(score_record(card, row)[0] - expected) < 1e-9
    # and through the public path, which builds the features itself
    for (code, _), expected in list(zip(pop, batch))[:5]:
        assert abs(score_borrower(code, tenant="T01", url=book["url"], as_of=AS_OF).points - round(expected, 2)) < 1e-6


def test_deteriorating_borrowers_score_lower_than_healthy_ones(book) -> None:
    from agent.risk.db import session_scope
    from agent.risk.operating_score import current_population, load_operating_scorecard

    card, _ = load_operating_scorecard("T01")
    with session_scope(book["url"]) as s:
        pop = current_population(s, "T01", as_of=AS_OF)
    points = dict(zip([c for c, _ in pop], card.score([r for _, r in pop])))
    det = [p for c, p in points.items() if c in set(book["truth"]["deteriorating"])]
    healthy = [p for c, p in points.items() if c in set(book["truth"]["healthy"])]
    assert det and healthy and np.mean(det) < np.mean(healthy) - 30


def test_reason_codes_carry_the_feature_values_and_rows_behind_them(book) -> None:
    from agent.risk.operating_score import score_borrower

    codes = [c for c in book["truth"]["deteriorating"] if "T01" in tenants_of(book["url"], c)]
    sc = min((score_borrower(c, tenant="T01", url=book["url"], as_of=AS_OF) for c in codes), key=lambda s: s.points)
    assert sc.band in {"D", "E"} and sc.reasons
    assert [r.points_lost for r in sc.reasons] == sorted((r.points_lost for r in sc.reasons), reverse=True)
    for r in sc.reasons:
        assert r.code == f"SCORE_{r.feature.upper()}" and r.value == sc.features[r.feature] and r.label_zh and r.formula


def test_no_scorecard_and_too_few_defaults_are_typed_errors(book) -> None:
    from agent.risk.operating_score import score_borrower, train_operating_scorecard

    code = next(c for c in book["truth"]["enterprises"] if "T02" in tenants_of(book["url"], c))
    with pytest.raises(NotFound, match="no scorecard for tenant T02; train one first"):
        score_borrower(code, tenant="T02", url=book["url"])
    with pytest.raises(DocumentError, match="min_bads"):  # a year earlier no loan had defaulted yet
        train_operating_scorecard("T01", url=book["url"], as_of=date(2025, 6, 30))


def test_drift_is_stable_on_the_training_population_and_reports_every_feature(book) -> None:
    from agent.risk.drift import drift_report
    from agent.risk.operating_score import load_operating_scorecard, tenant_drift
    from agent.risk.scorecard import load_baseline

    card, meta = load_operating_scorecard("T01")
    baseline = load_baseline("T01", meta.version)
    assert drift_report(card, baseline, baseline).status == "stable"
    d = tenant_drift("T01", url=book["url"], as_of=AS_OF)
    assert d.report.baseline_rows == len(baseline) and d.report.current_rows > 50
    assert set(d.report.features) == {f.name for f in card.features}
    # three more months of decline among deteriorating firms move the revenue trend between the two populations
    assert d.report.features["revenue_trend_6m"].psi > d.report.features["registered_capital_wan"].psi


# --- CLI and report ---------------------------------------------------------------------------------------------

def _flat(output: str) -> str:
    """The output with rich's line wrapping undone."""
    return " ".join(output.split())


def _cli():
    from agent.cli.main import app
    from agent.cli.risk import register

    if not any(g.name == "risk" for g in app.registered_groups):
        register(app)
    return app


def test_cli_trains_scores_and_checks_drift(book) -> None:
    runner, app, db = CliRunner(), _cli(), book["url"]
    r = runner.invoke(app, ["risk", "scorecard", "train", "--tenant", "T01", "--db", db])
    assert r.exit_code == 0 and "scorecard v2" in _flat(r.output) and "AUC" in r.output, r.output
    code = next(c for c in book["truth"]["deteriorating"] if "T01" in tenants_of(db, c))
    r = runner.invoke(app, ["risk", "scorecard", "score", code, "--tenant", "T01", "--db", db])
    assert r.exit_code == 0 and "points, band" in _flat(r.output) and "SCORE_" in r.output, r.output
    r = runner.invoke(app, ["risk", "scorecard", "drift", "--tenant", "T01", "--db", db])
    assert r.exit_code == 0 and "population stability" in _flat(r.output) and "revenue_trend_6m" in r.output, r.output
    t03 = next(c for c in book["truth"]["enterprises"] if "T03" in tenants_of(db, c))
    r = runner.invoke(app, ["risk", "scorecard", "score", t03, "--tenant", "T03", "--db", db])
    assert r.exit_code == 2 and "no scorecard for tenant T03; train one first" in _flat(r.output), r.output
    r = runner.invoke(app, ["risk", "scorecard", "drift", "--tenant", "T04", "--db", db])
    assert r.exit_code == 2 and "no scorecard for tenant T04; train one first" in _flat(r.output)


def test_report_shows_score_reasons_and_values_or_says_there_is_no_scorecard(book) -> None:
    from agent.risk.operating_score import score_borrower
    from agent.risk.report import borrower_report_html

    code = next(c for c in book["truth"]["deteriorating"] if "T01" in tenants_of(book["url"], c))
    html = borrower_report_html(code, tenant="T01", as_of=AS_OF, url=book["url"])
    sc = score_borrower(code, tenant="T01", url=book["url"], as_of=AS_OF)
    assert f"{sc.points:.0f} 分" in html and f"等级 <b>{sc.band}</b>" in html
    for r in sc.reasons:
        assert r.code in html and r.label_zh in html and str(r.value) in html
    assert "<script" not in html
    other = next(c for c in book["truth"]["enterprises"] if "T02" in tenants_of(book["url"], c))
    assert "尚无经营风险评分卡" in borrower_report_html(other, tenant="T02", as_of=AS_OF, url=book["url"])


def test_report_draws_the_ring_graph_without_naming_other_institutions_customers(book) -> None:
    from sqlalchemy import select

    from agent.risk import models as m
    from agent.risk.db import session_scope
    from agent.risk.report import borrower_report_html
    from agent.risk.warnings import build_context

    url = book["url"]
    with session_scope(url) as s:
        ctx = build_context(s, as_of=AS_OF)
        names = dict(s.execute(select(m.Enterprise.id, m.Enterprise.credit_code)).all())
        ring = next(r for r in ctx.rings.rings if r.flagged)
        code = names[ring.enterprise_ids[0]]
        full = {e: s.get(m.Enterprise, e).name for e in ring.enterprise_ids}
    tenant = tenants_of(url, code)[0]
    html = borrower_report_html(code, tenant=tenant, as_of=AS_OF, url=url)
    assert "团伙关联图" in html and html.count("<circle") == len(ring.enterprise_ids)
    pairs = sum(len(w) * (len(w) - 1) // 2 for w in ring.shared_by.values())
    assert html.count("<line") == pairs and pairs >= len(ring.enterprise_ids) - 1
    from agent.risk.report import _short

    svg = html[html.index("<h2>团伙关联图"):]
    svg = svg[:svg.index("</svg>")]
    own = {e for e in ring.enterprise_ids if tenant in tenants_of(url, names[e])}
    for e, name in full.items():
        assert (_short(name) in svg) == (e in own), (name, e in own)
    assert svg.count("其他申请人") == len(ring.enterprise_ids) - len(own)
    healthy = next(c for c in book["truth"]["healthy"] if tenants_of(url, c))
    assert "团伙关联图" not in borrower_report_html(healthy, tenant=tenants_of(url, healthy)[0], as_of=AS_OF, url=url)
