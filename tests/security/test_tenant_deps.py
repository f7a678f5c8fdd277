"""The shared tenant dependency: a registered tenant or the local operator passes, anything else is a 403
problem+json answered by the router itself, and the API-key middleware still finds the header to fill in."""
from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from fastapi import APIRouter, FastAPI
from fastapi.testclient import TestClient

from agent.security.deps import InstitutionTenant, ProblemRoute, RequestTenant
from agent.security.tenant_guard import api_routes, tenant_slots


@pytest.fixture
def client(tmp_path, monkeypatch) -> Iterator[TestClient]:
    from agent.config import reset_settings

    monkeypatch.setenv("FENGTIAO_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("FENGTIAO_TENANTS", json.dumps(["bank-a"]))
    reset_settings()
    router = APIRouter(route_class=ProblemRoute)

    @router.get("/v1/any")
    def any_caller(tenant: RequestTenant) -> dict:
        return {"tenant": tenant}

    @router.get("/v1/institution")
    def institution_only(tenant: InstitutionTenant) -> dict:
        return {"tenant": tenant}

    app = FastAPI()            # bare: none of serve.py's exception handlers
    app.include_router(router)
    yield TestClient(app)
    reset_settings()


def _assert_refused(r, says: str) -> None:
    assert r.status_code == 403
    assert r.headers["content-type"].startswith("application/problem+json")
    body = r.json()
    assert body.keys() == {"type", "title", "status", "detail"}          # nothing but the problem
    assert (body["type"], body["title"], body["status"]) == ("tenant_access_error", "TenantAccessError", 403)
    assert says in body["detail"]


def test_registered_tenant_and_local_operator_pass(client):
    assert client.get("/v1/any", headers={"X-Tenant": "bank-a"}).json() == {"tenant": "bank-a"}
    assert client.get("/v1/any").json() == {"tenant": None}
    assert client.get("/v1/institution", headers={"X-Tenant": "bank-a"}).json() == {"tenant": "bank-a"}


def test_unknown_tenant_is_403_problem_json_from_the_router_itself(client):
    _assert_refused(client.get("/v1/any", headers={"X-Tenant": "bank-z"}), "bank-z")
    _assert_refused(client.get("/v1/institution", headers={"X-Tenant": "bank-z"}), "FENGTIAO_TENANTS")


def test_institution_routes_refuse_the_local_operator(client):
    _assert_refused(client.get("/v1/institution"), "X-Tenant")


def test_api_key_middleware_sees_the_header_inside_the_dependency(client):
    """tenant_guard reads the routes' signatures: the header must stay visible through Depends."""
    slots = [tenant_slots(route) for route, _, _ in api_routes(client.app)]
    assert slots and all(s.header for s in slots)
