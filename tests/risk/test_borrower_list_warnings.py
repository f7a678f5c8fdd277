"""GET /v1/borrowers carries each borrower's highest current warning, the same `warnings_for` gives, for pages of
up to 50; larger pages leave it out (null) rather than scan every borrower."""
from __future__ import annotations

from datetime import date

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from tests.risk.conftest import synthetic_market


@pytest.fixture(scope="module")
def small_market(tmp_path_factory):
    """Seed 7, 40 enterprises, generated as of today: the list evaluates warnings as of today."""
    with synthetic_market(tmp_path_factory.mktemp("borrower-list"), 7, 40, as_of=date.today()) as (truth, url):
        yield truth, url, _client()


def _client() -> TestClient:
    from agent.risk.api import router

    app = FastAPI()
    app.include_router(router)
    return TestClient(app)


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
