"""The shared tenant dependency: a registered tenant or the local operator passes, anything else is a 403
problem+json answered by the router itself, and the API-key middleware still finds the header to fill in."""
from __future__ import annotations

import json
from collections.abc import Iterator
from typing import ClassVar

import pytest
from fastapi import APIRouter, FastAPI, HTTPException, Query
from fastapi.testclient import TestClient

from agent.errors import BackendUnavailable, DocumentError, FengtiaoError, NotFound
from agent.security.deps import InstitutionTenant, ProblemRoute, RequestTenant
from agent.security.errors import RateLimited
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

    @router.get("/v1/fails/{what}")
    def fails(what: str, tenant: RequestTenant, limit: int = Query(1, ge=1)) -> dict:
        raise {"missing": NotFound(f"no record {what!r} for this tenant"),
               "unreadable": DocumentError("合同.pdf", "the scan has no text layer; upload a searchable PDF"),
               "down": BackendUnavailable("http://127.0.0.1:9", "connection refused"),
               "plain": FengtiaoError("case X is not waiting for review"),
               "slow": RateLimited("too many requests; wait a minute", retry_after_s=42),
               "http": HTTPException(409, "the job is already running", headers={"X-Job": "1"}),
               "http-dict": HTTPException(409, {"reason": "busy"})}[what]

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


def _problem(r, status: int, type_: str, title: str) -> dict:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    body = r.json()
    assert (body["type"], body["title"], body["status"]) == (type_, title, status), body
    return body


def test_fengtiao_errors_answer_problem_json_with_serve_statuses(client):
    """The statuses serve.py's handler gives the same classes, so a bare app and serve.py answer alike."""
    body = _problem(client.get("/v1/fails/missing"), 404, "not_found", "NotFound")
    assert body == {"type": "not_found", "title": "NotFound", "status": 404,
                    "detail": "no record 'missing' for this tenant"}
    body = _problem(client.get("/v1/fails/unreadable"), 422, "document_error", "DocumentError")
    assert "no text layer" in body["detail"] and (body["file"], body["kind"]) == ("合同.pdf", "unreadable")
    assert "fengtiao llm check" in _problem(client.get("/v1/fails/down"), 503, "backend_unavailable",
                                           "BackendUnavailable")["detail"]
    assert "not waiting" in _problem(client.get("/v1/fails/plain"), 400, "fengtiao_error", "FengtiaoError")["detail"]
    slow = client.get("/v1/fails/slow")
    assert _problem(slow, 429, "rate_limited", "RateLimited") and slow.headers["retry-after"] == "42"


def test_a_router_can_give_its_own_statuses(client):
    """As mediation does: its own table for FengtiaoErrors, while a refused tenant keeps its 403."""
    class CaseRoute(ProblemRoute):
        statuses: ClassVar[dict[type[FengtiaoError], int]] = {NotFound: 404, FengtiaoError: 422}

    router = APIRouter(route_class=CaseRoute)

    @router.get("/v1/case/{what}")
    def case(what: str, tenant: RequestTenant) -> dict:
        raise NotFound("no case") if what == "missing" else BackendUnavailable("http://127.0.0.1:9", "refused")

    app = FastAPI()
    app.include_router(router)
    c = TestClient(app)
    _problem(c.get("/v1/case/missing"), 404, "not_found", "NotFound")
    _problem(c.get("/v1/case/down"), 422, "backend_unavailable", "BackendUnavailable")
    _problem(c.get("/v1/case/x", headers={"X-Tenant": "bank-z"}), 403, "tenant_access_error", "TenantAccessError")


def test_http_exceptions_and_request_validation_answer_problem_json(client):
    r = client.get("/v1/fails/http")
    body = _problem(r, 409, "conflict", "Conflict")
    assert body["detail"] == "the job is already running" and r.headers["x-job"] == "1"
    body = _problem(client.get("/v1/fails/http-dict"), 409, "conflict", "Conflict")
    assert body["detail"] == "Conflict" and body["errors"] == {"reason": "busy"}
    body = _problem(client.get("/v1/fails/missing", params={"limit": 0}), 422, "request_validation_error",
                    "RequestValidationError")
    assert body["detail"] == "query.limit: Input should be greater than or equal to 1"
    assert [(e["loc"], e["type"]) for e in body["errors"]] == [(["query", "limit"], "greater_than_equal")]
