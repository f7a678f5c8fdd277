"""Tenant isolation: counts across institutions only, never another tenant's borrowers or records."""
from __future__ import annotations

import json

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select

from agent.errors import NotFound, TenantAccessError
from tests.risk.conftest import AS_OF, TENANTS, tenants_of
from tests.problems import assert_problem


def _borrower_not_at(url, truth, tenant) -> str:
    return next(c for c in truth["healthy"] if tenant not in tenants_of(url, c))


def test_ledger_counts_other_institutions_only(market) -> None:
    from agent.risk import models as m
    from agent.risk.db import session_scope
    from agent.risk.ledger import other_institution_activity

    truth, url, _ = market
    code = truth["multi_lender"][0]
    with session_scope(url) as s:
        rows = s.execute(select(m.Application.tenant_id, m.Application.applied_on).join(m.Enterprise)
                         .where(m.Enterprise.credit_code == code)).all()
        mine = rows[0][0]
        last = max(d for _, d in rows)
        act = other_institution_activity(s, code, tenant=mine, as_of=last, window_days=30)
    assert act.other_institutions == len({t for t, d in rows if t != mine and (last - d).days < 30})
    assert act.other_applications == sum(1 for t, d in rows if t != mine and (last - d).days < 30)


def test_ledger_holds_no_clear_identifiers(market) -> None:
    from agent.risk import models as m
    from agent.risk.db import session_scope

    truth, url, _ = market
    with session_scope(url) as s:
        keys = set(s.scalars(select(m.LedgerEntry.borrower_key)))
    assert keys and not keys & set(truth["enterprises"])


def test_tenant_cannot_open_a_borrower_it_has_no_relationship_with(market) -> None:
    from agent.risk.warnings import warnings_for

    truth, url, _ = market
    code = _borrower_not_at(url, truth, "T01")
    with pytest.raises(NotFound):
        warnings_for(code, tenant="T01", url=url, as_of=AS_OF)
    with pytest.raises(TenantAccessError):
        warnings_for(code, tenant="nobody", url=url, as_of=AS_OF)


@pytest.fixture(scope="module")
def client(market):
    from agent.risk.api import router

    app = FastAPI()
    app.include_router(router)
    return TestClient(app)


def test_api_returns_own_borrower_warnings(market, client) -> None:
    truth, url, _ = market
    code = truth["deteriorating"][0]
    r = client.get(f"/v1/borrowers/{code}/warnings", headers={"X-Tenant": tenants_of(url, code)[0]},
                   params={"as_of": str(AS_OF)})
    assert r.status_code == 200
    assert "operating_risk" in {w["signal"] for w in r.json()}


def test_api_hides_other_tenants_borrowers_and_refuses_unknown_tenants(market, client) -> None:
    truth, url, _ = market
    code = _borrower_not_at(url, truth, "T02")
    nowhere = "91330106MA2H3KX58A"   # shaped like a credit code, held by no tenant
    for path in ("warnings", "report", "score"):
        theirs = client.get(f"/v1/borrowers/{code}/{path}", headers={"X-Tenant": "T02"})
        assert_problem(theirs, 404, "not_found", "NotFound", code)
        unknown = client.get(f"/v1/borrowers/{nowhere}/{path}", headers={"X-Tenant": "T02"})
        # nothing tells a foreign borrower from one that exists nowhere
        assert unknown.text.replace(nowhere, "<id>") == theirs.text.replace(code, "<id>"), path
    refused = client.get(f"/v1/borrowers/{code}/warnings", headers={"X-Tenant": "evil"})
    assert_tenant_refused(refused, "FENGTIAO_TENANTS")
    assert code not in refused.text


def test_api_report_is_self_contained_html_with_charts(market, client) -> None:
    truth, url, _ = market
    code = truth["deteriorating"][0]
    r = client.get(f"/v1/borrowers/{code}/report", headers={"X-Tenant": tenants_of(url, code)[0]},
                   params={"as_of": str(AS_OF)})
    assert r.status_code == 200 and r.text.count("<svg") >= 3
    assert "<script" not in r.text and "http://" not in r.text.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "OP_" in r.text and "数据时效" in r.text


# --- tenancy of the API and the borrower list --------------------------------------------------------------------

def _own_codes(url: str, tenant: str) -> list[str]:
    from agent.risk import models as m
    from agent.risk.db import session_scope

    with session_scope(url) as s:
        ids = set(s.scalars(select(m.Application.enterprise_id).where(m.Application.tenant_id == tenant)))
        ids |= set(s.scalars(select(m.Loan.enterprise_id).where(m.Loan.tenant_id == tenant)))
        return list(s.scalars(select(m.Enterprise.credit_code).where(m.Enterprise.id.in_(ids)).order_by(m.Enterprise.id)))


def assert_tenant_refused(r, says: str) -> None:
    """403 as problem+json straight from the router (this app has none of serve.py's handlers)."""
    assert r.status_code == 403, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    body = r.json()
    assert body["type"] == "tenant_access_error" and body["status"] == 403 and body["title"]
    assert says in body["detail"], body


def test_api_refuses_tenants_not_registered_in_settings(market, client, monkeypatch) -> None:
    from agent.config import reset_settings

    truth, url, _ = market
    code = truth["deteriorating"][0]
    tenant = tenants_of(url, code)[0]
    assert_tenant_refused(client.get("/v1/borrowers"), "X-Tenant")  # no X-Tenant at all
    assert_tenant_refused(client.get(f"/v1/borrowers/{code}/warnings"), "X-Tenant")
    # a tenant present in the data but not registered in FENGTIAO_TENANTS is refused like any stranger
    monkeypatch.setenv("FENGTIAO_TENANTS", json.dumps([t for t in TENANTS if t != tenant]))
    reset_settings()
    try:
        for path in ("", f"/{code}/warnings", f"/{code}/report", f"/{code}/score"):
            r = client.get(f"/v1/borrowers{path}", headers={"X-Tenant": tenant})
            assert_tenant_refused(r, "FENGTIAO_TENANTS")
            assert code not in r.text, path
    finally:
        monkeypatch.setenv("FENGTIAO_TENANTS", json.dumps(TENANTS))
        reset_settings()


def test_api_refuses_a_registered_tenant_the_risk_data_does_not_know(market, client, monkeypatch) -> None:
    """Registered in FENGTIAO_TENANTS but absent from the risk database: the data layer refuses, same 403 shape."""
    from agent.config import reset_settings

    truth, _, _ = market
    code = truth["deteriorating"][0]
    monkeypatch.setenv("FENGTIAO_TENANTS", json.dumps([*TENANTS, "T77"]))
    reset_settings()
    try:
        r = client.get(f"/v1/borrowers/{code}/warnings", headers={"X-Tenant": "T77"})
        assert_tenant_refused(r, "X-Tenant")
        assert "T77" in r.json()["detail"] and code not in r.text
    finally:
        monkeypatch.setenv("FENGTIAO_TENANTS", json.dumps(TENANTS))
        reset_settings()

def test_borrower_list_pages_through_exactly_the_tenants_own_borrowers(market, client) -> None:
    _, url, _ = market
    own = _own_codes(url, "T03")
    seen, cursor, totals = [], None, set()
    while True:
        r = client.get("/v1/borrowers", headers={"X-Tenant": "T03"}, params={"limit": 7, **({"cursor": cursor} if cursor else {})})
        assert r.status_code == 200
        page = r.json()
        totals.add(page["total"])
        assert len(page["items"]) <= 7
        seen += [item["borrower_id"] for item in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == own and totals == {len(own)}  # every own borrower once, in order, nobody else's
    first = client.get("/v1/borrowers", headers={"X-Tenant": "T03"}, params={"limit": 1}).json()["items"][0]
    assert first["applications"] + first["loans"] >= 1


def test_borrower_search_by_name_or_code_prefix_never_finds_other_tenants_borrowers(market, client) -> None:
    truth, url, _ = market
    own = _own_codes(url, "T01")
    code = own[0]
    r = client.get("/v1/borrowers", headers={"X-Tenant": "T01"}, params={"q": code[:12].lower()}).json()
    assert code in [i["borrower_id"] for i in r["items"]] and all(i["borrower_id"].startswith(code[:12]) for i in r["items"])
    stranger = _borrower_not_at(url, truth, "T01")
    r = client.get("/v1/borrowers", headers={"X-Tenant": "T01"}, params={"q": stranger}).json()
    assert r == {"items": [], "total": 0, "limit": 20, "next_cursor": None}
    from agent.risk import models as m
    from agent.risk.db import session_scope

    with session_scope(url) as s:
        name = s.scalar(select(m.Enterprise.name).where(m.Enterprise.credit_code == code))
    word = name[2:6]  # 广州<字号>…: part of the trade name
    r = client.get("/v1/borrowers", headers={"X-Tenant": "T01"}, params={"q": word, "limit": 100}).json()
    assert code in [i["borrower_id"] for i in r["items"]] and r["total"] == len(r["items"])
    assert all(word in i["name"] and i["borrower_id"] in own for i in r["items"])
    assert client.get("/v1/borrowers", headers={"X-Tenant": "T01"}, params={"q": "%"}).json()["total"] == 0
    forged = client.get("/v1/borrowers", headers={"X-Tenant": "T01"}, params={"cursor": "not-ours"})
    assert_problem(forged, 422, "document_error", "DocumentError", "not a cursor this API issued")
    assert forged.json()["kind"] == "invalid"
    invalid = client.get("/v1/borrowers", headers={"X-Tenant": "T01"}, params={"limit": 0})
    assert_problem(invalid, 422, "request_validation_error", "RequestValidationError", "query.limit")
    assert [e["loc"] for e in invalid.json()["errors"]] == [["query", "limit"]]


def test_score_route_is_404_until_the_tenant_trains_a_scorecard(market, client) -> None:
    truth, url, _ = market
    code = truth["deteriorating"][0]
    r = client.get(f"/v1/borrowers/{code}/score", headers={"X-Tenant": tenants_of(url, code)[0]})
    assert_problem(r, 404, "not_found", "NotFound", "train one first")
    stranger = _borrower_not_at(url, truth, "T02")
    theirs = client.get(f"/v1/borrowers/{stranger}/score", headers={"X-Tenant": "T02"})
    assert_problem(theirs, 404, "not_found", "NotFound", stranger)
