"""Tenant isolation: counts across institutions only, never another tenant's borrowers or records."""
from __future__ import annotations

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select

from agent.errors import NotFound, TenantAccessError
from tests.risk.conftest import AS_OF, tenants_of


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
    assert client.get(f"/v1/borrowers/{code}/warnings", headers={"X-Tenant": "T02"}).status_code == 404
    assert client.get(f"/v1/borrowers/{code}/report", headers={"X-Tenant": "T02"}).status_code == 404
    assert client.get(f"/v1/borrowers/{code}/warnings", headers={"X-Tenant": "evil"}).status_code == 403


def test_api_report_is_self_contained_html_with_charts(market, client) -> None:
    truth, url, _ = market
    code = truth["deteriorating"][0]
    r = client.get(f"/v1/borrowers/{code}/report", headers={"X-Tenant": tenants_of(url, code)[0]},
                   params={"as_of": str(AS_OF)})
    assert r.status_code == 200 and r.text.count("<svg") >= 3
    assert "<script" not in r.text and "http://" not in r.text.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "OP_" in r.text and "数据时效" in r.text
