"""GET /v1/borrowers carries each borrower's highest current warning, the same `warnings_for` gives, for pages of
up to 50; larger pages leave it out (null) rather than scan every borrower."""
from __future__ import annotations

import json
from datetime import date

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

TENANTS = ["T01", "T02", "T03", "T04", "T05", "T06"]


@pytest.fixture(scope="module")
def small_market(tmp_path_factory):
    """Seed 7, 40 enterprises, generated as of today: the list evaluates warnings as of today."""
    from agent.config import reset_settings
    from agent.risk.generator import generate
    from agent.risk.importer import import_dir

    mp = pytest.MonkeyPatch()
    base = tmp_path_factory.mktemp("borrower-list")
    url = f"sqlite:///{base / 'risk.db'}"
    mp.setenv("FENGTIAO_PLATFORM_KEY", "test-platform-key")
    mp.setenv("FENGTIAO_RISK_DB_URL", url)
    mp.setenv("FENGTIAO_DATA_DIR", str(base / "data-dir"))
    mp.setenv("FENGTIAO_TENANTS", json.dumps(TENANTS))
    reset_settings()
    truth = generate(7, 40, base / "gen", as_of=date.today())
    assert import_dir(base / "gen", url=url).rejected == 0
    from agent.risk.api import router

    app = FastAPI()
    app.include_router(router)
    yield truth, url, TestClient(app)
    mp.undo()
    reset_settings()


def test_list_items_carry_the_highest_warning_level(small_market) -> None:
    from agent.risk.warnings import warnings_for

    truth, url, client = small_market
    tenant = next(t for _, t in truth["renewal_watch"])
    seen, cursor = {}, None
    while True:
        page = client.get("/v1/borrowers", headers={"X-Tenant": tenant},
                          params={"limit": 10, **({"cursor": cursor} if cursor else {})}).json()
        seen |= {i["borrower_id"]: (i["warning_level"], i["warning_count"]) for i in page["items"]}
        if not (cursor := page["next_cursor"]):
            break
    expected = {}
    for code in seen:
        found = warnings_for(code, tenant=tenant, url=url)
        expected[code] = (found[0].level if found else None, len(found))
    assert seen == expected
    assert any(level == "red" for level, _ in seen.values())          # the planted renewal watch shows up
    assert any(level is None and n == 0 for level, n in seen.values())  # and healthy borrowers have no badge


def test_large_pages_leave_warnings_out(small_market) -> None:
    truth, _, client = small_market
    tenant = next(t for _, t in truth["renewal_watch"])
    page = client.get("/v1/borrowers", headers={"X-Tenant": tenant}, params={"limit": 51}).json()
    assert page["items"] and all(i["warning_count"] is None and i["warning_level"] is None for i in page["items"])
