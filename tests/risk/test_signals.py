"""Each signal on a planted synthetic market: positives fire, decoys (hubs, group companies, near misses) do not."""
from __future__ import annotations

import pytest

from agent.risk.signal_rules import LEVEL_RANK
from tests.risk.conftest import AS_OF, tenants_of


@pytest.fixture(scope="module")
def ctx(market):
    from agent.risk.db import session_scope
    from agent.risk.warnings import build_context

    _, url, _ = market
    with session_scope(url) as s:
        return build_context(s, as_of=AS_OF)


def signals(url, code, tenant, ctx) -> dict:
    from agent.risk.warnings import warnings_for

    return {w.signal: w for w in warnings_for(code, tenant=tenant, url=url, context=ctx)}


def test_borrower_at_three_institutions_within_30_days_is_multi_lender(market, ctx) -> None:
    truth, url, _ = market
    for code in truth["multi_lender"]:
        t = tenants_of(url, code)[0]
        w = signals(url, code, t, ctx)["multi_lender"]
        assert w.facts["other_institutions"] >= 2 and w.evidence["applications"]
        assert not any(other in w.message_zh for other in truth["tenants"])  # no institution names or ids


def test_near_miss_multi_lending_is_not_flagged(market, ctx) -> None:
    truth, url, _ = market
    for code in truth["multi_lender_decoys"]:
        for t in tenants_of(url, code):
            assert "multi_lender" not in signals(url, code, t, ctx), code


def test_ring_members_get_a_ring_warning_with_only_own_evidence(market, ctx) -> None:
    from sqlalchemy import select

    from agent.risk import models as m
    from agent.risk.db import session_scope

    truth, url, _ = market
    for ring in truth["rings"]:
        for code in ring["members"]:
            t = tenants_of(url, code)[0]
            w = signals(url, code, t, ctx)["fraud_ring"]
            assert w.facts["ring_size"] == len(ring["members"])
            with session_scope(url) as s:
                own = set(s.scalars(select(m.Application.id).where(m.Application.tenant_id == t)))
            assert set(w.evidence["applications"]) <= own


def test_hub_phone_and_business_centre_address_do_not_make_rings(market, ctx) -> None:
    truth, url, _ = market
    rings = {c for r in truth["rings"] for c in r["members"]}
    decoys = [c for h in truth["hubs"] for c in h["members"] if c not in rings]
    assert len(decoys) >= 60
    assert len(ctx.rings.hubs) == len(truth["hubs"])
    for code in decoys:
        assert "fraud_ring" not in signals(url, code, tenants_of(url, code)[0], ctx), code


def test_hubs_would_create_false_rings_without_the_degree_threshold(market) -> None:
    from agent.risk.db import session_scope
    from agent.risk.rings import find_rings
    from agent.risk.signal_rules import load_risk_rules

    from agent.risk import models as m

    truth, url, _ = market
    rings = {c for r in truth["rings"] for c in r["members"]}
    decoys = {c for h in truth["hubs"] for c in h["members"]} - rings
    rules = load_risk_rules().fraud_ring.model_copy(update={"hub_max_degree": 10**6})
    with session_scope(url) as s:
        index = find_rings(s, as_of=AS_OF, rules=rules)
        code = {e.id: e.credit_code for e in s.query(m.Enterprise)}
    flagged = {code[e] for r in index.rings if r.flagged for e in r.enterprise_ids}
    assert len(flagged & decoys) >= 10


def test_group_companies_sharing_a_legal_rep_are_not_a_ring(market, ctx) -> None:
    truth, url, _ = market
    for group in truth["group_decoys"]:
        for code in group:
            assert "fraud_ring" not in signals(url, code, tenants_of(url, code)[0], ctx)


def test_deteriorating_enterprise_gets_orange_or_red_with_evidence(market, ctx) -> None:
    truth, url, _ = market
    for code in truth["deteriorating"]:
        w = signals(url, code, tenants_of(url, code)[0], ctx)["operating_risk"]
        assert LEVEL_RANK[w.level] >= LEVEL_RANK["orange"] and len(w.reason_codes) >= 2
        assert all(ids for ids in w.evidence.values())


def test_healthy_enterprises_are_at_most_on_the_watch_list(market, ctx) -> None:
    truth, url, _ = market
    for code in truth["healthy"]:
        w = signals(url, code, tenants_of(url, code)[0], ctx).get("operating_risk")
        assert w is None or w.level == "yellow", (code, w.reason_codes)


def test_loan_maturing_soon_on_deteriorating_borrower_is_renewal_watch(market, ctx) -> None:
    truth, url, _ = market
    assert truth["renewal_watch"]
    for code, tenant in truth["renewal_watch"]:
        w = signals(url, code, tenant, ctx)["renewal_watch"]
        assert "RENEWAL_DUE_SOON" in w.reason_codes and w.evidence["loans"]
    for code in truth["healthy"]:
        for t in tenants_of(url, code):
            assert "renewal_watch" not in signals(url, code, t, ctx)
