"""The /v1 guard on the real app: key required, key decides the tenant, limits, open health and UI."""
from __future__ import annotations

import io
import zipfile

import pytest
from fastapi import FastAPI, Form, Header
from fastapi.testclient import TestClient
from pydantic import BaseModel

from agent.config import get_settings
from agent.security import SecuritySettings, install_security
from agent.security.audit import read_rows
from agent.security.keys import create_key, revoke_key
from serve import create_app


def _bearer(key: str) -> dict:
    return {"Authorization": f"Bearer {key}"}


def _zip_bytes() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("发票1.xml", "<EInvoice><InvoiceNumber>24332000000012345678</InvoiceNumber></EInvoice>")
    return buf.getvalue()


class Question(BaseModel):
    question: str
    tenant: str | None = None


@pytest.fixture
def client(lender_env):
    return TestClient(create_app(get_settings()))


def test_v1_routes_need_a_key_and_answer_problem_json(client):
    r = client.get("/v1/search", params={"q": "保证期间"})
    assert r.status_code == 401
    assert r.headers["content-type"].startswith("application/problem+json")
    assert r.headers["www-authenticate"].startswith("Bearer")
    assert "Authorization: Bearer" in r.json()["detail"]
    wrong = client.get("/v1/whoami", headers=_bearer("ft_not-a-real-key"))
    assert wrong.status_code == 401 and "unknown API key" in wrong.json()["detail"]


def test_health_docs_and_ui_stay_open(client):
    for path in ("/healthz", "/docs", "/openapi.json", "/", "/ui/app.js", "/ui/style.css"):
        assert client.get(path).status_code == 200, path


def test_key_works_by_bearer_or_x_api_key_until_revoked(client):
    k = create_key("bank-a", "teller")
    assert client.get("/v1/whoami", headers=_bearer(k.key)).json()["tenant"] == "bank-a"
    assert client.get("/v1/whoami", headers={"X-API-Key": k.key}).json()["key_id"] == k.id
    revoke_key(k.id)
    r = client.get("/v1/whoami", headers=_bearer(k.key))
    assert r.status_code == 401 and "revoked" in r.json()["detail"]


def test_naming_another_tenant_in_query_header_json_or_form_is_403(client):
    k = create_key("bank-a")
    h = _bearer(k.key)
    assert client.get("/v1/search", params={"q": "利率", "tenant": "bank-b"}, headers=h).status_code == 403
    r = client.get("/v1/borrowers/91330106MA2H3KX58A/warnings", headers=h | {"X-Tenant": "bank-b"})
    assert r.status_code == 403 and "bank-b" in r.json()["detail"]
    assert client.post("/v1/chat", json={"question": "利率上限", "tenant": "bank-b"}, headers=h).status_code == 403
    up = client.post("/v1/uploads", files={"file": ("batch.zip", _zip_bytes(), "application/zip")},
                     data={"tenant": "bank-b"}, headers=h)
    assert up.status_code == 403


def test_key_tenant_is_filled_in_where_the_route_takes_one(client):
    k = create_key("bank-a")
    h = _bearer(k.key)
    # multipart form: the upload lands in the key's tenant folder
    up = client.post("/v1/uploads", files={"file": ("batch.zip", _zip_bytes(), "application/zip")}, headers=h)
    assert up.status_code == 201, up.text
    assert up.json()["source"].startswith("bank-a/")
    # header: the borrower route requires X-Tenant; it is injected, so the route itself answers for bank-a
    # (the empty risk database has not onboarded bank-a) instead of FastAPI's 422 for a missing header
    r = client.get("/v1/borrowers/91330106MA2H3KX58A/warnings", headers=h)
    assert r.status_code == 403 and "bank-a" in r.json()["detail"], r.text


def test_injection_reaches_query_header_and_json_body_parameters(lender_env):
    """A small app with one route per place a tenant can be passed, behind the same guard."""
    app = FastAPI()

    @app.get("/v1/q")
    def by_query(tenant: str | None = None) -> dict:
        return {"tenant": tenant}

    @app.get("/v1/h")
    def by_header(x_tenant: str = Header(..., alias="X-Tenant")) -> dict:
        return {"tenant": x_tenant}

    @app.post("/v1/j")
    def by_json(body: Question) -> dict:
        return {"tenant": body.tenant, "question": body.question}

    @app.post("/v1/f")
    def by_form(tenant: str = Form(...), note: str = Form("")) -> dict:
        return {"tenant": tenant, "note": note}

    install_security(app, get_settings(), SecuritySettings(auth_required=True))
    c = TestClient(app)
    h = _bearer(create_key("bank-b").key)
    assert c.get("/v1/q", headers=h).json() == {"tenant": "bank-b"}
    assert c.get("/v1/h", headers=h).json() == {"tenant": "bank-b"}
    assert c.post("/v1/j", json={"question": "逾期利息"}, headers=h).json() == {"tenant": "bank-b", "question": "逾期利息"}
    assert c.post("/v1/j", json={"question": "x", "tenant": "bank-b"}, headers=h).json()["tenant"] == "bank-b"
    assert c.post("/v1/f", data={"note": "续贷"}, headers=h).json() == {"tenant": "bank-b", "note": "续贷"}
    assert c.post("/v1/f", data={"tenant": "bank-a"}, headers=h).status_code == 403


def test_rate_limit_answers_429_with_retry_after(lender_env, monkeypatch):
    monkeypatch.setenv("FENGTIAO_RATE_LIMIT_PER_MINUTE", "6")
    monkeypatch.setenv("FENGTIAO_RATE_LIMIT_BURST", "3")
    c = TestClient(create_app(get_settings()))
    a, b = _bearer(create_key("bank-a").key), _bearer(create_key("bank-b").key)
    assert [c.get("/v1/whoami", headers=a).status_code for _ in range(3)] == [200, 200, 200]
    r = c.get("/v1/whoami", headers=a)
    assert r.status_code == 429
    assert r.headers["content-type"].startswith("application/problem+json")
    assert 1 <= int(r.headers["retry-after"]) <= 10
    assert c.get("/v1/whoami", headers=b).status_code == 200      # buckets are per key


def test_oversized_body_is_413_before_the_route_reads_it(lender_env, monkeypatch):
    monkeypatch.setenv("FENGTIAO_MAX_REQUEST_MB", "0.01")          # ~10 KB
    c = TestClient(create_app(get_settings()))
    h = _bearer(create_key("bank-a").key)
    big = "借款人应按期还本付息。" * 2000
    r = c.post("/v1/contracts/check", json={"text": big}, headers=h)
    assert r.status_code == 413
    assert "FENGTIAO_MAX_REQUEST_MB" in r.json()["detail"]


def test_every_v1_request_leaves_one_audit_row(client):
    k = create_key("bank-a")
    client.get("/v1/whoami", headers=_bearer(k.key))
    client.get("/v1/borrowers/91330106MA2H3KX58A/warnings", headers=_bearer(k.key))
    client.get("/v1/whoami")
    client.get("/healthz")
    rows = read_rows()
    assert [(r.key_id, r.tenant, r.method, r.route, r.resource_id, r.status) for r in rows] == [
        (k.id, "bank-a", "GET", "/v1/whoami", None, 200),
        (k.id, "bank-a", "GET", "/v1/borrowers/{borrower_id}/warnings", "91330106MA2H3KX58A", 403),
        (None, None, "GET", "/v1/whoami", None, 401),
    ]


def test_auth_off_by_default_keeps_the_open_api(lender_env, monkeypatch):
    monkeypatch.delenv("FENGTIAO_AUTH_REQUIRED")
    c = TestClient(create_app(get_settings()))
    assert c.get("/v1/whoami").json() == {"auth_required": False, "key_id": None, "key_name": None, "tenant": None}


def test_streamed_answer_survives_the_tenant_rewrite_of_its_json_body(lender_env):
    """The chat route streams SSE after its body was rewritten: the stream must not see an early disconnect."""
    import asyncio

    from fastapi.responses import StreamingResponse

    app = FastAPI()

    @app.post("/v1/stream")
    async def stream(body: Question) -> StreamingResponse:
        async def pieces():
            for i in range(3):
                await asyncio.sleep(0.05)
                yield f"event: text\ndata: {body.tenant}-{i}\n\n"
        return StreamingResponse(pieces(), media_type="text/event-stream")

    install_security(app, get_settings(), SecuritySettings(auth_required=True))
    r = TestClient(app).post("/v1/stream", json={"question": "q"}, headers=_bearer(create_key("bank-a").key))
    assert r.text.count("event: text") == 3 and "bank-a-2" in r.text
