"""Every route that takes a tenant resource's id, tried by another tenant: 404 (or 403), no data of the owner.

The templated routes are read from the real app (`serve.create_app`), so a new id-bearing route fails
`test_every_id_bearing_route_is_covered` until it gets a probe here (or a justified entry in ALLOWED).
Resources are created as tenant A through the API (jobs, mediation cases), the risk importer (borrowers) and
the app's own chat graph (a thread, written through its checkpointer so the test needs no search index).
"""
from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

A, B = "T01", "T02"          # tenants of the synthetic risk market, registered in FENGTIAO_TENANTS too
AS_OF = date(2026, 6, 30)
DEMO = Path(__file__).resolve().parents[2] / "agent" / "samples" / "dispute-宏达商贸.yaml"
INVOICE_NO = "24332000000012345678"
THREAD_SECRET = "A机构内部问题：瑞丰包装的授信额度"

# Routes whose owner-side answer needs more than this fixture builds (A gets a 404 naming what is missing).
OWNER_PREREQUISITE = {
    ("GET", "/v1/borrowers/{borrower_id}/score"): "no scorecard",   # training needs a larger market than 20 firms
}

# Templated routes that are not a tenant's resource, and why.
ALLOWED = {
    ("GET", "/ui/{name}"): "a static file of the web UI, the same for everyone",
}


@dataclass
class Probe:
    """How to ask for one route's resource: the route template, the id to put in it, a JSON body for POST."""

    template: str
    id: str
    json: dict | None = None
    markers: list[str] = field(default_factory=list)   # A's data that must never show in B's answer

    @property
    def path(self) -> str:
        return self.template.format_map({k: self.id for k in ("thread_id", "job_id", "case_id", "borrower_id")})

    def with_id(self, other: str) -> "Probe":
        return Probe(self.template, other, self.json, self.markers)


@dataclass
class World:
    client: TestClient
    keys: dict[str, str]
    ids: dict[str, str]
    markers: dict[str, list[str]]
    uploads: dict[str, str]

    def headers(self, key_of: str, *, naming: str | None = None) -> dict[str, str]:
        h = {"Authorization": f"Bearer {self.keys[key_of]}"}
        if naming:
            h["X-Tenant"] = naming
        return h


def _zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("瑞丰-发票1.xml", f"<EInvoice><TaxSupervisionInfo><InvoiceNumber>{INVOICE_NO}</InvoiceNumber>"
                                     "</TaxSupervisionInfo></EInvoice>")
    return buf.getvalue()


def _dispute() -> dict:
    from agent.mediation.intake import load_dispute

    return load_dispute(DEMO).model_dump(mode="json")


def _probe(kind: str, body: dict | None = None) -> Callable[[str, World], Probe]:
    return lambda template, w: Probe(template, w.ids[kind], body, w.markers[kind])


# route → (which of A's resources it names, JSON body for POST)
PROBES: dict[tuple[str, str], Callable[[str, World], Probe]] = {
    ("GET", "/v1/threads/{thread_id}"): _probe("thread"),
    ("GET", "/v1/jobs/{job_id}"): _probe("job"),
    ("GET", "/v1/jobs/{job_id}/results"): _probe("job"),
    ("GET", "/v1/jobs/{job_id}/results.xlsx"): _probe("job"),
    ("GET", "/v1/mediation/cases/{case_id}"): _probe("case"),
    ("POST", "/v1/mediation/cases/{case_id}/resume"): _probe("case", {"action": "approve", "option": 1}),
    ("GET", "/v1/mediation/cases/{case_id}/agreement.docx"): _probe("case"),
    ("GET", "/v1/borrowers/{borrower_id}/warnings"): _probe("borrower"),
    ("GET", "/v1/borrowers/{borrower_id}/report"): _probe("borrower"),
    ("GET", "/v1/borrowers/{borrower_id}/score"): _probe("borrower"),
}
# Ids of the same shape that exist nowhere (a borrower id must look like a credit code to reach the lookup).
UNKNOWN_IDS = {"thread": "thread-of-nobody-01", "job": "0123456789abcdef", "case": "NO-SUCH-CASE-1",
               "borrower": "91330106MA2H3KX58A"}


def assert_problem(r, status: int, type_: str | None = None) -> None:
    """RFC 7807: the status, problem+json, and type/title/status/detail (404 → not_found, 403 → tenant_access_error)."""
    assert r.status_code == status, r.text[:300]
    assert r.headers["content-type"].startswith("application/problem+json"), r.headers["content-type"]
    body = r.json()
    type_ = type_ or {403: "tenant_access_error", 404: "not_found"}[status]
    assert body["type"] == type_ and body["status"] == status and body["title"] and body["detail"], body


def probe_for(route: tuple[str, str], w: World) -> Probe:
    return PROBES[route](route[1], w)


def _templated_routes(app) -> set[tuple[str, str]]:
    from agent.security.tenant_guard import api_routes

    return {(m, template) for route, _, template in api_routes(app) if "{" in template for m in route.methods}


def _call(client: TestClient, method: str, probe: Probe, headers: dict):
    return client.request(method, probe.path, json=probe.json, headers=headers)


def _borrower_of_a_only(url: str) -> tuple[str, str]:
    from sqlalchemy import select

    from agent.risk import models as m
    from agent.risk.db import session_scope

    with session_scope(url) as s:
        rows = s.execute(select(m.Enterprise.credit_code, m.Enterprise.name, m.Application.tenant_id)
                         .join(m.Application, m.Application.enterprise_id == m.Enterprise.id)).all()
        loans = s.execute(select(m.Enterprise.credit_code, m.Loan.tenant_id)
                          .join(m.Loan, m.Loan.enterprise_id == m.Enterprise.id)).all()
    at: dict[str, set[str]] = {}
    names = {}
    for code, name, tenant in rows:
        at.setdefault(code, set()).add(tenant)
        names[code] = name
    for code, tenant in loans:
        at.setdefault(code, set()).add(tenant)
    code = next(c for c in sorted(at) if A in at[c] and B not in at[c] and c in names)
    return code, names[code]


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> Iterator[World]:
    from agent.config import get_settings, reset_settings
    from agent.llm.registry import reset_backends
    from agent.risk.generator import generate
    from agent.risk.importer import import_dir
    from agent.security.keys import create_key
    from serve import create_app

    mp = pytest.MonkeyPatch()
    base = tmp_path_factory.mktemp("tenant-routes")
    url = f"sqlite:///{base / 'risk.db'}"
    mp.setenv("FENGTIAO_DATA_DIR", str(base / "data"))
    mp.setenv("FENGTIAO_TENANTS", json.dumps([A, B]))
    mp.setenv("FENGTIAO_AUTH_REQUIRED", "true")
    mp.setenv("FENGTIAO_RISK_DB_URL", url)
    mp.setenv("FENGTIAO_PLATFORM_KEY", "test-platform-key")
    mp.setenv("FENGTIAO_RATE_LIMIT_PER_MINUTE", "0")
    for var in ("FENGTIAO_LLM_BASE_URL", "FENGTIAO_LLM_BACKEND", "FENGTIAO_MAX_REQUEST_MB"):
        mp.delenv(var, raising=False)
    reset_settings()
    reset_backends()
    generate(7, 20, base / "gen", as_of=AS_OF)
    assert import_dir(base / "gen", url=url).rejected == 0
    borrower, borrower_name = _borrower_of_a_only(url)
    try:
        with TestClient(create_app(get_settings())) as client:
            keys = {t: create_key(t, f"{t} officer").key for t in (A, B)}
            ha = {"Authorization": f"Bearer {keys[A]}"}
            # a chat thread of A (its turns as the answer node leaves them)
            thread = "thread-of-a-0001"
            client.app.state.chat_graph.update_state(
                {"configurable": {"thread_id": thread}},
                {"question": THREAD_SECRET, "tenant": A, "answer": "授信额度 300 万元 [1]",
                 "history": [{"role": "user", "content": THREAD_SECRET}, {"role": "assistant", "content": "授信额度 300 万元"}]},
                as_node="answer")
            # a batch job of A on its own upload
            up = client.post("/v1/uploads", files={"file": ("batch.zip", _zip(), "application/zip")}, headers=ha)
            assert up.status_code == 201, up.text
            job = client.post("/v1/jobs", json={"kind": "invoices", "source": up.json()["source"]}, headers=ha)
            assert job.status_code == 202, job.text
            # a mediation case of A
            case = client.post("/v1/mediation/cases", json={"dispute": _dispute()}, headers=ha)
            assert case.status_code == 200, case.text
            assert case.json()["awaiting_review"]
            yield World(
                client=client, keys=keys,
                ids={"thread": thread, "job": job.json()["id"], "case": case.json()["case_id"], "borrower": borrower},
                markers={"thread": [THREAD_SECRET, "300 万元"], "job": ["瑞丰-发票1.xml", INVOICE_NO, f"uploads/{A}"],
                         "case": ["王建国", "504024", "宏达商贸", "awaiting_review"], "borrower": [borrower_name]},
                uploads={A: up.json()["source"]},
            )
    finally:
        mp.undo()
        reset_settings()
        reset_backends()


def test_every_id_bearing_route_is_covered(world):
    found = _templated_routes(world.client.app)
    assert found - set(ALLOWED) == set(PROBES), (
        "id-bearing routes without a tenant-isolation probe here: "
        f"{sorted(found - set(ALLOWED) - set(PROBES))}; probes for routes that no longer exist: "
        f"{sorted(set(PROBES) - found)}")
    assert all(reason for reason in ALLOWED.values())


@pytest.mark.parametrize("route", sorted(PROBES), ids=lambda r: f"{r[0]} {r[1]}")
def test_another_tenants_id_is_not_found_and_leaks_nothing(world, route):
    method, _ = route
    probe = probe_for(route, world)
    theirs = _call(world.client, method, probe, world.headers(B))
    assert theirs.status_code in (403, 404), (route, theirs.status_code, theirs.text[:300])
    assert_problem(theirs, theirs.status_code)
    leaked = [m for m in probe.markers if m in theirs.text]
    assert not leaked, f"{route}: tenant {B} saw {leaked}"
    # and exactly the answer an id that exists nowhere gets (only the id differs)
    kind = next(k for k, v in world.ids.items() if v == probe.id)
    unknown = _call(world.client, method, probe.with_id(UNKNOWN_IDS[kind]), world.headers(B))
    assert unknown.status_code == theirs.status_code
    assert unknown.text.replace(UNKNOWN_IDS[kind], "<id>") == theirs.text.replace(probe.id, "<id>")
    # naming the owner with B's key is refused by the guard before the route runs
    naming = _call(world.client, method, probe, world.headers(B, naming=A))
    assert naming.status_code == 403 and A in naming.json()["detail"]
    assert_problem(naming, 403)


def test_the_owner_still_gets_every_resource(world):
    """The ids are real: after B's attempts, A reads each one (resume last: it approves A's case)."""
    for route in sorted(PROBES, key=lambda r: r[0] == "POST"):
        probe = probe_for(route, world)
        mine = _call(world.client, route[0], probe, world.headers(A))
        if route in OWNER_PREREQUISITE and mine.status_code == 404:
            assert OWNER_PREREQUISITE[route] in mine.text, (route, mine.text[:300])
            continue
        assert mine.status_code == 200, (route, mine.text[:300])
    case = world.client.get(f"/v1/mediation/cases/{world.ids['case']}", headers=world.headers(A)).json()
    assert case["status"] == "approved" and case["tenant"] == A   # approved by A, not by B's earlier attempt


def test_borrower_lists_hold_only_the_tenants_own_borrowers(world):
    theirs = world.client.get("/v1/borrowers", params={"limit": 100}, headers=world.headers(B))
    assert theirs.status_code == 200, theirs.text[:300]
    assert world.ids["borrower"] not in theirs.text and world.markers["borrower"][0] not in theirs.text
    mine = world.client.get("/v1/borrowers", params={"limit": 100}, headers=world.headers(A))
    assert world.ids["borrower"] in mine.text


def test_continuing_another_tenants_chat_thread_is_not_found(world):
    r = world.client.post("/v1/chat", json={"question": "继续刚才的话题", "thread_id": world.ids["thread"]},
                          headers=world.headers(B))
    assert r.status_code == 404 and THREAD_SECRET not in r.text
    values = world.client.app.state.chat_graph.get_state({"configurable": {"thread_id": world.ids["thread"]}}).values
    assert values["tenant"] == A and len(values["history"]) == 2      # the thread was not touched


def test_jobs_only_start_on_the_tenants_own_uploads(world):
    hb = world.headers(B)
    theirs = world.client.post("/v1/jobs", json={"kind": "invoices", "source": world.uploads[A]}, headers=hb)
    nowhere = world.client.post("/v1/jobs", json={"kind": "invoices", "source": f"{A}/no-such.zip"}, headers=hb)
    assert theirs.status_code == nowhere.status_code == 400           # same answer whether the file exists or not
    assert theirs.json() == nowhere.json() and f"uploads/{B}/" in theirs.json()["detail"]
    assert_problem(theirs, 400, "source_outside_uploads")
    assert A not in theirs.text                                        # nothing of A's folder in B's answer


def test_a_dispute_cannot_read_another_tenants_upload(world):
    from agent.config import get_settings

    path = get_settings().data_dir / "uploads" / world.uploads[A]
    dispute = _dispute() | {"case_id": "B-PROBE-1"}
    dispute["contract"] = {"file": str(path)}
    r = world.client.post("/v1/mediation/cases", json={"dispute": dispute}, headers=world.headers(B))
    assert r.status_code == 422 and f"uploads/{B}/" in r.json()["detail"]
    assert_problem(r, 422, "mediation_intake_error")
    assert r.json()["field"] == "contract.file" and str(path) not in r.text and world.uploads[A] not in r.text


def test_without_keys_the_tenant_header_still_scopes_and_unknown_tenants_are_403(world, monkeypatch):
    from agent.config import get_settings
    from serve import create_app

    monkeypatch.setenv("FENGTIAO_AUTH_REQUIRED", "false")
    with TestClient(create_app(get_settings())) as open_client:
        for route in PROBES:
            if route[0] == "POST":
                continue
            probe = probe_for(route, world)
            as_b = open_client.request(route[0], probe.path, headers={"X-Tenant": B}, params={"tenant": B})
            assert_problem(as_b, 404)
            assert not [m for m in probe.markers if m in as_b.text]
            unknown = open_client.request(route[0], probe.path, headers={"X-Tenant": "T99"}, params={"tenant": "T99"})
            assert unknown.status_code == 403, (route, unknown.text[:200])
            assert unknown.headers["content-type"].startswith("application/problem+json"), route
            assert unknown.json()["type"] == "tenant_access_error" and "T99" in unknown.json()["detail"], route
            assert not [m for m in probe.markers if m in unknown.text]


def test_the_same_case_id_at_two_tenants_is_two_cases(world):
    """Last in the module: afterwards B owns a case with A's case id (its own)."""
    mine = world.client.post("/v1/mediation/cases", json={"dispute": _dispute()}, headers=world.headers(B))
    assert mine.status_code == 200, mine.text
    view = mine.json()
    assert view["case_id"] == world.ids["case"] and view["tenant"] == B and view["awaiting_review"]
    assert all(f"/tenants/{B}/" in d["path"] for d in view["drafts"].values())
    theirs = world.client.get(f"/v1/mediation/cases/{world.ids['case']}", headers=world.headers(A)).json()
    assert all(f"/tenants/{A}/" in d["path"] for d in theirs["drafts"].values())
