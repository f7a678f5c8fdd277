"""The borrower-warnings page over a generated synthetic market: the signed-in institution sees the planted
warnings (levels and reason codes); a borrower it has no relationship with, or an unknown code, is "not found"."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.web.conftest import ARTIFACTS
from tests.web.test_ui_flows import sign_in

PLATFORM_KEY = "web-test-platform-key"


@pytest.fixture(scope="module")
def market(tmp_path_factory) -> dict:
    """A small market (seed 7) as of today — the page asks for today's warnings — imported into SQLite."""
    from agent.config import reset_settings
    from agent.risk.generator import generate
    from agent.risk.importer import import_dir

    base = tmp_path_factory.mktemp("market")
    url = f"sqlite:///{base / 'risk.db'}"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("FENGTIAO_PLATFORM_KEY", PLATFORM_KEY)
        mp.setenv("FENGTIAO_DATA_DIR", str(base / "data"))
        reset_settings()
        truth = generate(7, 40, base / "gen", as_of=date.today())
        report = import_dir(base / "gen", url=url)
        assert report.rejected == 0 and not any(f.error for f in report.files)
    reset_settings()
    return {"truth": truth, "url": url, "gen": Path(base / "gen")}


def tenants_of(url: str, code: str) -> set[str]:
    from tests.risk.conftest import tenants_of as lookup

    return set(lookup(url, code))


@pytest.fixture(scope="module")
def case(market) -> dict:
    """A tenant with a borrower planted for renewal watch (red) and one planted as a multi-lender (orange),
    plus a borrower this tenant has never dealt with."""
    truth, url = market["truth"], market["url"]
    for code, tenant in truth["renewal_watch"]:
        multi = [c for c in truth["multi_lender"] if tenant in tenants_of(url, c)]
        stranger = [c for c in truth["enterprises"] if tenant not in tenants_of(url, c)]
        if multi and stranger:
            return {"tenant": tenant, "renewal": code, "multi": multi[0], "stranger": stranger[0]}
    raise AssertionError("the generated market has no tenant with both a renewal-watch and a multi-lender borrower")


def expected(market, code: str, tenant: str) -> list[tuple[str, list[str]]]:
    from agent.risk.warnings import warnings_for

    return [(w.level, w.reason_codes) for w in warnings_for(code, tenant=tenant, url=market["url"])]


def look_up(page, code: str) -> list[dict]:
    page.eval_on_selector("#warnings-status", "el => { el.textContent = ''; }")  # so the last answer is not read again
    page.fill("#warnings-code", code)
    page.click("#warnings-form button[type=submit]")
    page.wait_for_function("!['', '查询中…'].includes(document.querySelector('#warnings-status').textContent.trim())")
    return page.eval_on_selector_all("#warnings-list li", """lis => lis.map(li => ({
        level: [...li.classList].find(c => c.startsWith('level-')), badge: li.querySelector('.badge').textContent,
        message: li.querySelector('.finding-head b').textContent,
        codes: [...li.querySelectorAll('code.reason')].map(c => c.textContent)}))""")


def test_warnings_page_shows_planted_warnings_and_refuses_other_borrowers(page, start_app, market, case):
    tenant = case["tenant"]
    app = start_app(tenant, tenants=["demo", *market["truth"]["tenants"]],
                    env={"FENGTIAO_RISK_DB_URL": market["url"], "FENGTIAO_PLATFORM_KEY": PLATFORM_KEY})
    sign_in(page, app)
    assert tenant in page.inner_text("#who")
    page.click("#nav button[data-page=warnings]")

    items = look_up(page, case["renewal"].lower())   # typed in lower case: the page normalises the code
    page.screenshot(path=ARTIFACTS / "warnings-renewal.png", full_page=True)
    assert page.inner_text("#warnings-status") == f"{len(items)} 条预警"
    assert [(i["level"].removeprefix("level-"), i["codes"]) for i in items] == expected(market, case["renewal"], tenant)
    red = [i for i in items if i["level"] == "level-red"]
    assert red and all(i["badge"] == "红色预警" for i in red)
    assert any("RENEWAL_DUE_SOON" in i["codes"] for i in red)                  # planted: loan due while deteriorating
    assert any(c.startswith("OP_") for i in red for c in i["codes"])           # planted: operating deterioration

    items = look_up(page, case["multi"])
    assert [(i["level"].removeprefix("level-"), i["codes"]) for i in items] == expected(market, case["multi"], tenant)
    multi = [i for i in items if any(c.startswith("ML_OTHER_INSTITUTIONS_GE_") for c in i["codes"])]
    assert multi and multi[0]["level"] in ("level-orange", "level-red")
    assert "家机构申请借款" in multi[0]["message"]
    assert not any(t in multi[0]["message"] for t in market["truth"]["tenants"])  # other lenders only as counts
    page.screenshot(path=ARTIFACTS / "warnings-multi-lender.png", full_page=True)

    for code in (case["stranger"], "91440000MA00000000"):   # another tenant's borrower, and a code nobody has
        assert look_up(page, code) == []
        status = page.inner_text("#warnings-status")
        assert status == f"本机构没有借款人 {code} 的申请或贷款记录。", status   # same answer for both: probing reveals nothing
    page.screenshot(path=ARTIFACTS / "warnings-not-found.png", full_page=True)
