"""The borrower list and borrower page over a generated synthetic market: the signed-in institution sees its own
borrowers (never another's) with the warning badges `warnings_for` gives, searches and pages through them, opens one
and sees its warnings, its score section, the full report and a chat panel with the borrower in focus."""
from __future__ import annotations

import json

import pytest

from tests.web.conftest import ARTIFACTS
from tests.web.test_ui_flows import sign_in
from tests.web.test_warnings_page import PLATFORM_KEY, market  # noqa: F401 - the module-scoped market fixture

PAGE = 20   # the list's page size (app.js)


def own_borrowers(url: str, tenant: str) -> list[tuple[str, str]]:
    from agent.risk.db import session_scope
    from agent.risk.queries import tenant_borrowers

    with session_scope(url) as s:
        return [(e.credit_code, e.name) for e in tenant_borrowers(s, tenant=tenant)]


def top_level(url: str, code: str, tenant: str) -> str:
    from agent.risk.warnings import warnings_for

    found = warnings_for(code, tenant=tenant, url=url)
    return found[0].level if found else "none"


@pytest.fixture(scope="module")
def case(market) -> dict:  # noqa: F811
    """The tenant with the most borrowers (more than one page) that has a red renewal-watch borrower, and a
    borrower of the market it has never dealt with."""
    truth, url = market["truth"], market["url"]
    tenants = sorted({t for _, t in truth["renewal_watch"]}, key=lambda t: -len(own_borrowers(url, t)))
    for tenant in tenants:
        mine = own_borrowers(url, tenant)
        codes = {c for c, _ in mine}
        stranger = [c for c in truth["enterprises"] if c not in codes]
        if len(mine) > PAGE and stranger:
            red = next(c for c, t in truth["renewal_watch"] if t == tenant)
            return {"tenant": tenant, "mine": mine, "red": red, "stranger": stranger}
    raise AssertionError("no tenant of the generated market has more than one page of borrowers and a renewal watch")


def rows(page) -> list[dict]:
    return page.eval_on_selector_all("#borrowers-list tr", """trs => trs.map(tr => ({
        code: tr.dataset.borrowerId, name: tr.querySelector('.open-borrower').textContent,
        level: tr.querySelector('.level-badge').dataset.level, badge: tr.querySelector('.level-badge').textContent}))""")


def wait_loaded(page, status: str) -> None:
    page.wait_for_function(f"!['', '加载中…'].includes(document.querySelector('{status}').textContent.trim())")


def test_borrower_list_and_page(page, start_app, market, case):  # noqa: F811
    tenant, url = case["tenant"], market["url"]
    app = start_app(tenant, tenants=["demo", *market["truth"]["tenants"]],
                    env={"FENGTIAO_RISK_DB_URL": url, "FENGTIAO_PLATFORM_KEY": PLATFORM_KEY})
    # expected badges, computed with the app's settings (the ledger of other institutions needs the platform key)
    case = case | {"levels": {code: top_level(url, code, tenant) for code, _ in case["mine"]}}
    sign_in(page, app)
    page.click("#nav button[data-page=borrowers]")
    page.wait_for_selector("#borrowers-list tr")
    wait_loaded(page, "#borrowers-status")

    # first page: in id order, badges = the highest level warnings_for gives
    total = len(case["mine"])
    first = rows(page)
    assert len(first) == PAGE
    assert page.inner_text("#borrowers-status") == f"共 {total} 户借款人，已显示 {PAGE} 户"
    assert [r["code"] for r in first] == [c for c, _ in case["mine"][:PAGE]]
    assert {r["code"]: r["level"] for r in first} == {c: case["levels"][c] for c, _ in case["mine"][:PAGE]}
    names = {"red": "红色预警", "orange": "橙色预警", "yellow": "黄色预警", "none": "无预警"}
    assert all(r["badge"] == names[r["level"]] for r in first)
    page.screenshot(path=ARTIFACTS / "borrowers-list.png", full_page=True)

    # "more" pages on to the end; the whole list is this tenant's borrowers and nobody else's
    while page.is_visible("#borrowers-more"):
        shown = len(rows(page))
        page.click("#borrowers-more")
        page.wait_for_function(f"document.querySelectorAll('#borrowers-list tr').length > {shown}")
        wait_loaded(page, "#borrowers-status")
    every = rows(page)
    assert [r["code"] for r in every] == [c for c, _ in case["mine"]]
    assert {r["code"]: r["level"] for r in every} == case["levels"]
    assert any(r["level"] == "red" for r in every) and case["levels"][case["red"]] == "red"
    assert page.inner_text("#borrowers-status") == f"共 {total} 户借款人，已显示 {total} 户"
    html = page.content()
    assert all(s not in html for s in case["stranger"])                     # no other tenant's borrower, ever

    # search by the start of a name: exactly this tenant's borrowers whose name contains it
    red_name = dict(case["mine"])[case["red"]]
    prefix = red_name[:4]
    page.fill("#borrowers-q", prefix)
    page.click("#borrowers-form button[type=submit]")
    expected = [c for c, n in case["mine"] if prefix in n]
    page.wait_for_function(f"document.querySelectorAll('#borrowers-list tr').length === {min(len(expected), PAGE)}"
                           " && document.querySelector('#borrowers-status').textContent.startsWith('共')")
    assert [r["code"] for r in rows(page)] == expected[:PAGE]
    assert case["red"] in [r["code"] for r in rows(page)] or len(expected) > PAGE
    page.fill("#borrowers-q", case["stranger"][0])                          # another tenant's code: nothing
    page.click("#borrowers-form button[type=submit]")
    page.wait_for_selector("#borrowers-status:has-text('没有符合条件的借款人')")
    assert rows(page) == []
    page.fill("#borrowers-q", case["red"][:10])                             # the start of the credit code
    page.click("#borrowers-form button[type=submit]")
    page.wait_for_selector(f"#borrowers-list tr[data-borrower-id='{case['red']}']")

    # the borrower page: warnings with reason codes and evidence, the score section, the report, the chat panel
    page.click(f"#borrowers-list tr[data-borrower-id='{case['red']}'] .open-borrower")
    page.wait_for_selector("#page-borrower:not([hidden])")
    assert page.inner_text("#borrower-name") == red_name and page.inner_text("#borrower-code") == case["red"]
    assert page.inner_text("#borrower-badge") == "红色预警"
    page.wait_for_selector("#borrower-warnings li")
    wait_loaded(page, "#borrower-score-status")
    from agent.risk.warnings import warnings_for

    want = warnings_for(case["red"], tenant=tenant, url=url)
    shown = page.eval_on_selector_all("#borrower-warnings li", """lis => lis.map(li => ({
        level: [...li.classList].find(c => c.startsWith('level-')).slice(6),
        codes: [...li.querySelectorAll('code.reason')].map(c => c.textContent),
        evidence: li.querySelector('.evidence')?.textContent || ''}))""")
    assert [(s["level"], s["codes"]) for s in shown] == [(w.level, w.reason_codes) for w in want]
    assert page.inner_text("#borrower-warnings-status") == f"{len(want)} 条预警"
    for s, w in zip(shown, want):                                            # evidence ids are on the page
        for ids in w.evidence.values():
            assert all(f"#{i}" in s["evidence"] for i in ids[:12])
    assert any("RENEWAL_DUE_SOON" in s["codes"] for s in shown)

    # no scorecard for this institution: the API's own message, not an error
    score = app_get(app, f"/v1/borrowers/{case['red']}/score")
    assert score.status_code == 404, score.text
    assert page.inner_text("#borrower-score-status") == score.json()["detail"]
    assert "fengtiao risk scorecard train" in page.inner_text("#borrower-score-status")
    assert "error" not in page.get_attribute("#borrower-score-status", "class")
    page.screenshot(path=ARTIFACTS / "borrower-page.png", full_page=True)
    show_a_score(page, case["red"], tenant)

    with page.expect_popup() as popup_info:
        page.click("#borrower-report")
    report = popup_info.value                   # opened blank during the click, then sent to the fetched report
    report.wait_for_url(lambda u: u.startswith("blob:"))
    report.wait_for_load_state()
    assert case["red"] in report.content() and "经营风险报告" in report.title()
    report.screenshot(path=ARTIFACTS / "borrower-report.png", full_page=True)
    report.close()

    # the chat panel: the first question names the borrower (puts it in focus), follow-ups continue the thread
    sent: list[dict] = []

    def chat(route):
        body = route.request.post_data_json
        sent.append(body)
        events = [("thread", {"thread_id": "thread-1"}), ("done", {"thread_id": "thread-1", "answer": f"回答 {len(sent)}",
                                                                   "evidence": []})]
        route.fulfill(status=200, content_type="text/event-stream",
                      body="".join(f"event: {k}\ndata: {json.dumps(v, ensure_ascii=False)}\n\n" for k, v in events))

    page.route("**/v1/chat", chat)
    assert page.inner_text("#borrower-focus") == f"对话焦点：{red_name}（{case['red']}）"
    for n, question in enumerate(["最近三个月开票怎么样？", "有没有多头借贷？"], start=1):
        page.fill("#borrower-chat-q", question)
        page.click("#borrower-chat-form button[type=submit]")
        page.wait_for_selector(f"#borrower-chat-log .msg.bot.done >> nth={n - 1}")
    assert sent[0]["question"] == f"{case['red']} 最近三个月开票怎么样？" and "thread_id" not in sent[0]
    assert sent[1]["question"] == "有没有多头借贷？" and sent[1]["thread_id"] == "thread-1"
    assert page.locator("#borrower-chat-log .msg.bot .answer").all_inner_texts() == ["回答 1", "回答 2"]

    # English switch
    page.click("#lang")
    assert page.inner_text("#nav button[data-page=borrowers]") == "Borrowers"
    assert page.inner_text("#borrower-report") == "Open full report"
    page.click("#borrower-back")
    assert page.inner_text("#borrowers-table th >> nth=0") == "Company"
    page.screenshot(path=ARTIFACTS / "borrowers-list-en.png", full_page=True)
    page.click("#lang")


def app_get(app, path: str):
    import httpx

    return httpx.get(app.url + path, headers={"Authorization": f"Bearer {app.key}"}, timeout=30)


def show_a_score(page, code: str, tenant: str) -> None:
    """With a scorecard the section shows points, band and each reason's points lost. The synthetic market is too
    small to train one (no defaults yet), so this answer is a `BorrowerScore` built and validated here."""
    from agent.risk.operating_score import BorrowerScore

    score = BorrowerScore.model_validate({
        "borrower_id": code, "tenant": tenant, "as_of": "2026-10-31", "points": 561.4, "band": "C", "band_label_zh": "关注",
        "scorecard_version": 3, "trained_at": "2026-11-01T00:00:00", "features": {"revenue_drop_pct": 51.8},
        "reasons": [{"code": "OS_REVENUE_DROP", "feature": "revenue_drop_pct", "label_zh": "开票收入同比下降", "value": 51.8,
                     "points_lost": 42.0, "formula": "woe × coef", "evidence": {"invoice_months": [1, 2]}},
                    {"code": "OS_HEADCOUNT_DROP", "feature": "headcount_drop_pct", "label_zh": "社保人数下降", "value": 66.7,
                     "points_lost": 21.0, "formula": "woe × coef", "evidence": {}}]})
    page.route(f"**/v1/borrowers/{code}/score", lambda route: route.fulfill(
        status=200, content_type="application/json", body=score.model_dump_json()))
    page.evaluate(f"loadScore({json.dumps(code)})")
    page.wait_for_selector("#borrower-points")
    assert page.inner_text("#borrower-points") == "561" and page.inner_text("#borrower-band") == "C · 关注"
    assert page.inner_text("#borrower-score-status") == "评分卡第 3 版 · 数据截至 2026-10-31"
    reasons = page.locator("#borrower-reasons li")
    assert reasons.count() == 2 and "扣 42.0 分" in reasons.first.inner_text() and "OS_REVENUE_DROP" in reasons.first.inner_text()
    page.screenshot(path=ARTIFACTS / "borrower-score.png", full_page=True)
    page.unroute(f"**/v1/borrowers/{code}/score")


BORROWER_ANSWER = "该借款人贷款临近到期且经营恶化，触发红色预警 [1]。"


def test_borrower_chat_answers_with_the_borrower_in_focus(page, regulations_env, use_stub_backend, market, case,  # noqa: F811
                                                          monkeypatch):
    """The real chat graph behind the panel: the first question reaches the warnings tool for this borrower, and a
    follow-up that names nobody stays on the same borrower in the same thread."""
    from tests.conftest import _reset_caches
    from tests.web.conftest import serving

    tenant, url = case["tenant"], market["url"]
    for name, value in {"FENGTIAO_AUTH_REQUIRED": "true", "FENGTIAO_RISK_DB_URL": url, "FENGTIAO_PLATFORM_KEY": PLATFORM_KEY,
                        "FENGTIAO_TENANTS": json.dumps(["demo", *market["truth"]["tenants"]])}.items():
        monkeypatch.setenv(name, value)
    _reset_caches()
    with use_stub_backend(lambda body: BORROWER_ANSWER) as stub, serving(tenant) as app:
        sign_in(page, app)
        page.click("#nav button[data-page=borrowers]")
        page.fill("#borrowers-q", case["red"])
        page.click("#borrowers-form button[type=submit]")
        page.click(f"#borrowers-list tr[data-borrower-id='{case['red']}'] .open-borrower")
        page.wait_for_selector("#page-borrower:not([hidden])")
        for n, question in enumerate(["最近经营怎么样，有什么预警？", "续贷前还要注意什么风险？"], start=1):
            page.fill("#borrower-chat-q", question)
            page.click("#borrower-chat-form button[type=submit]")
            page.wait_for_selector(f"#borrower-chat-log .msg.bot.done >> nth={n - 1}", timeout=120_000)
            answer = page.locator("#borrower-chat-log .msg.bot .answer").nth(n - 1).inner_text()
            assert answer.startswith(BORROWER_ANSWER.split(" [1]")[0]), answer
            assert "RENEWAL_DUE_SOON" in answer                       # the warning is evidence [n], listed by code
            prompt = json.dumps(stub.chat_requests()[-1], ensure_ascii=False)
            assert "贷款将于" in prompt                                # the model saw this borrower's warning text
        page.screenshot(path=ARTIFACTS / "borrower-chat.png", full_page=True)
        page.locator("#borrower-chat-log .msg.bot .answer a.cite").first.click()
        page.wait_for_selector("#passage[open]")
        assert page.inner_text("#passage-title").startswith("[1] 预警")
        thread = page.evaluate("state.borrower.thread.id")
        r = app_get(app, f"/v1/threads/{thread}")
        assert r.status_code == 200 and r.json()["borrower_id"] == case["red"]
        assert [h["content"] for h in r.json()["history"] if h["role"] == "user"][1] == "续贷前还要注意什么风险？"


def test_a_document_uploaded_on_the_borrower_page_is_filed_under_that_borrower(page, regulations_env, market, case,  # noqa: F811
                                                                               monkeypatch, tmp_path):
    """The borrower page's upload files the document under the borrower (the key decides the institution): search
    filtered to the borrower finds it, and another borrower's filter does not."""
    from retrieval.store import delete_document, tenant_documents
    from tests.conftest import _reset_caches
    from tests.web.conftest import serving

    tenant, url, code = case["tenant"], market["url"], case["red"]

    def _forget_borrower_files() -> None:
        # the shared indexed data dir outlives a run: an upload left by an interrupted run would fake "filed"
        for doc in tenant_documents(tenant, borrower_id=code):
            delete_document(doc.doc_id, tenant=tenant)

    for name, value in {"FENGTIAO_AUTH_REQUIRED": "true", "FENGTIAO_RISK_DB_URL": url, "FENGTIAO_PLATFORM_KEY": PLATFORM_KEY,
                        "FENGTIAO_TENANTS": json.dumps(["demo", *market["truth"]["tenants"]])}.items():
        monkeypatch.setenv(name, value)
    _reset_caches()
    note = tmp_path / "续贷情况说明.txt"
    note.write_text("关于申请续贷的情况说明\n\n本公司近12个月开票收入约2,600万元，经营正常，无欠税，现申请续贷，请予支持。\n",
                    encoding="utf-8")
    _forget_borrower_files()
    try:
        with serving(tenant) as app:
            sign_in(page, app)
            page.click("#nav button[data-page=borrowers]")
            page.fill("#borrowers-q", code)
            page.click("#borrowers-form button[type=submit]")
            page.click(f"#borrowers-list tr[data-borrower-id='{code}'] .open-borrower")
            page.wait_for_selector("#page-borrower:not([hidden])")
            page.wait_for_selector("#borrower-docs li")
            assert page.inner_text("#borrower-docs") == "尚未归档该借款人的资料"      # nothing filed yet
            page.set_input_files("#borrower-doc-file", str(note))
            page.click("#borrower-doc-form button[type=submit]")
            page.wait_for_function("document.querySelector('#borrower-doc-status').textContent.startsWith('已归档')", timeout=60_000)
            assert "续贷情况说明.txt" in page.inner_text("#borrower-doc-status")
            page.wait_for_selector("#borrower-docs li[data-doc-id]")               # the borrower's file lists it
            assert "续贷情况说明.txt" in page.inner_text("#borrower-docs li[data-doc-id]")
            page.screenshot(path=ARTIFACTS / "borrower-document.png", full_page=True)
            found = app_get(app, f"/v1/search?q=续贷+开票收入&borrower_id={code}").json()
            other = next(c for c, _ in case["mine"] if c != code)
            assert found and {h["metadata"]["borrower_id"] for h in found} == {code} and found[0]["tenant"] == tenant
            assert app_get(app, f"/v1/search?q=续贷+开票收入&borrower_id={other}").json() == []
    finally:
        _forget_borrower_files()
