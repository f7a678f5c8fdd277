"""Document upload, tenant-scoped search and contract checks over HTTP."""
from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from agent.config import get_settings
from serve import create_app

SAMPLE = Path(__file__).resolve().parent.parent / "agent" / "samples" / "借款合同-宏达商贸.txt"


@pytest.fixture
def client(regulations_env, monkeypatch):
    from tests.conftest import _reset_caches

    monkeypatch.setenv("FENGTIAO_TENANTS", '["bank-a", "bank-b"]')
    _reset_caches()
    with TestClient(create_app(get_settings())) as c:
        yield c


def test_uploaded_contract_is_searchable_by_its_tenant_only(client):
    r = client.post("/v1/documents", files={"file": ("借款合同.txt", SAMPLE.read_bytes())},
                    data={"tenant": "bank-a", "doc_type": "contract"})
    assert r.status_code == 201, r.text
    doc = r.json()
    assert doc["doc_type"] == "contract" and doc["chunks"] >= 5

    mine = client.get("/v1/search", params={"q": "杭州宏达商贸有限公司 预先扣除首月利息", "tenant": "bank-a", "k": 5}).json()
    assert any(h["doc_id"] == doc["doc_id"] for h in mine)
    assert any("预先扣除" in h["text"] for h in mine if h["doc_id"] == doc["doc_id"])
    for tenant in ("bank-b", None):
        params = {"q": "杭州宏达商贸有限公司 预先扣除首月利息", "k": 20} | ({"tenant": tenant} if tenant else {})
        theirs = client.get("/v1/search", params=params).json()
        assert all(h["doc_id"] != doc["doc_id"] for h in theirs)
        assert all(h["tenant"] in (None, "", "public", tenant) for h in theirs)


def test_a_document_filed_under_a_borrower_is_found_by_that_borrower(client):
    code = "91330106MA2H7K3Q5X"
    text = "关于嘉禾食品有限公司流动资金贷款的情况说明\n\n本公司近12个月开票收入约2,400万元，无欠税记录。\n".encode("utf-8")
    r = client.post("/v1/documents", files={"file": ("情况说明-嘉禾.txt", text)},
                    data={"tenant": "bank-a", "doc_type": "other", "borrower_id": code.lower()})
    assert r.status_code == 201, r.text
    doc_id = r.json()["doc_id"]
    found = client.get("/v1/search", params={"q": "嘉禾食品 开票收入", "tenant": "bank-a", "borrower_id": code}).json()
    assert [h["doc_id"] for h in found] == [doc_id] and found[0]["metadata"]["borrower_id"] == code
    other = client.get("/v1/search", params={"q": "嘉禾食品 开票收入", "tenant": "bank-a",
                                             "borrower_id": "91330106MA2H7K3Q6Y"}).json()
    assert other == []
    # the borrower's file lists it; another borrower's and another institution's do not
    filed = client.get("/v1/documents", params={"tenant": "bank-a", "borrower_id": code}).json()
    assert [(d["doc_id"], d["file"].endswith("情况说明-嘉禾.txt"), d["borrower_id"]) for d in filed] == [(doc_id, True, code)]
    assert client.get("/v1/documents", params={"tenant": "bank-a", "borrower_id": "91330106MA2H7K3Q6Y"}).json() == []
    assert doc_id not in {d["doc_id"] for d in client.get("/v1/documents", params={"tenant": "bank-b"}).json()}
    assert doc_id in {d["doc_id"] for d in client.get("/v1/documents", params={"tenant": "bank-a"}).json()}
    assert client.get("/v1/documents", params={"tenant": "bank-z"}).status_code == 403
    # not a credit code: a typed 400 before anything is stored
    r = client.post("/v1/documents", files={"file": ("说明.txt", text)},
                    data={"tenant": "bank-a", "borrower_id": "嘉禾食品"})
    assert r.status_code == 400 and r.json()["type"] == "invalid_input" and "credit code" in r.json()["detail"]
    assert client.get("/v1/search", params={"q": "x", "borrower_id": "12345"}).status_code == 400


def test_search_cites_the_guarantee_period_article(client):
    hits = client.get("/v1/search", params={"q": "保证期间没有约定怎么办", "type": "regulation", "k": 3}).json()
    assert any(h["article"] == "第六百九十二条" for h in hits)
    top = next(h for h in hits if h["article"] == "第六百九十二条")
    assert "民法典" in top["title"] and top["end"] > top["start"]


def test_unknown_tenant_cannot_upload_or_search(client):
    r = client.get("/v1/search", params={"q": "利率", "tenant": "bank-z"})
    assert r.status_code == 403 and "bank-z" in r.json()["detail"]
    r = client.post("/v1/documents", files={"file": ("a.txt", b"x")}, data={"tenant": "bank-z"})
    assert r.status_code == 403


def test_corrupt_pdf_upload_is_a_422_with_the_reason(client):
    r = client.post("/v1/documents", files={"file": ("合同.pdf", b"%PDF-1.7\n garbage \x00\x01")}, data={"tenant": "bank-a"})
    assert r.status_code == 422
    body = r.json()
    assert body["type"] == "document_error" and "合同.pdf" in body["detail"]


def test_contract_check_returns_cited_findings(client):
    r = client.post("/v1/contracts/check", json={"text": SAMPLE.read_text(encoding="utf-8")})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["fields"]["annual_rate"] == 0.24
    rules = {f["rule_id"]: f for f in body["findings"]}
    assert "rate_above_4x_lpr" in rules
    assert any("第二十五条" in c["label"] for c in rules["rate_above_4x_lpr"]["citations"])


def test_non_contract_text_is_a_clear_422(client):
    r = client.post("/v1/contracts/check", json={"text": "今天天气很好，我们去公园散步。"})
    assert r.status_code == 422
    assert r.json()["type"] == "document_error"
