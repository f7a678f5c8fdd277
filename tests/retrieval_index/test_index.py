"""Ingest, search, tenancy, idempotence and deletion against a real index of the shipped law corpus."""
from __future__ import annotations

import time

import pytest

from agent.config import Settings
from agent.errors import TenantAccessError
from retrieval import store
from retrieval.ingest import detect_doc_type, ingest_builtin_regulations, ingest_paths
from retrieval.laws import CORPUS_DIR
from retrieval.search import search

from .samples import MEETING_NOTES, guarantee_contract, loan_contract

METHODS = ["hybrid", "dense", "bm25"]


def test_acceptance_guarantee_period_question_finds_civil_code_692_with_citation(index_settings: Settings):
    hits = search("保证期间没有约定怎么办", tenant=None, k=3, settings=index_settings)
    match = [h for h in hits if h.article == "第六百九十二条" and h.title == "中华人民共和国民法典 合同编"]
    assert match, [h.citation for h in hits]
    h = match[0]
    assert h.citation == "《中华人民共和国民法典 合同编》第六百九十二条"
    assert h.path == ["第二分编 典型合同", "第十三章 保证合同", "第二节 保证责任"]
    assert (CORPUS_DIR / h.source_path).read_text(encoding="utf-8")[h.start:h.end] == h.text
    assert h.tenant is None and h.metadata["version_date"] == "2020-05-28"


def test_lexical_search_finds_the_small_loan_company_reply(index_settings: Settings):
    hits = search("小额贷款公司 民间借贷司法解释 适用", tenant=None, k=3, method="bm25", settings=index_settings)
    assert any("批复" in h.title and h.article == "一、" for h in hits)


def test_reingesting_the_regulations_adds_nothing_and_returns_quickly(regulation_index):
    settings, first = regulation_index
    assert first.chunks_added == 5652 and not first.failures
    t0 = time.perf_counter()
    again = ingest_builtin_regulations(settings=settings)
    assert again.chunks_added == 0 and again.skipped_duplicates == first.files
    assert time.perf_counter() - t0 < 5
    assert store.count(settings) == 5652 + _tenant_chunks(settings)


def _tenant_chunks(settings: Settings) -> int:
    st = store.stats(settings)
    return sum(n for t, n in st.by_tenant.items() if t != "public")


def test_reingesting_the_same_contract_adds_zero_chunks(index_settings: Settings, write_text):
    path = write_text("loan.txt", loan_contract(marker="幂等测试"))
    first = ingest_paths([path], tenant="idem-bank", settings=index_settings)
    assert first.chunks_added == 8 and first.documents[0].doc_type == "contract"
    second = ingest_paths([path], tenant="idem-bank", settings=index_settings)
    assert second.chunks_added == 0 and second.skipped_duplicates == 1 and not second.failures
    assert len(store.doc_chunk_ids(first.documents[0].doc_id, tenant="idem-bank", settings=index_settings)) == 8


@pytest.fixture(scope="module")
def two_tenants(index_settings: Settings, tmp_path_factory) -> dict[str, str]:
    """Tenant A and B each hold a contract with a term only they use; returns tenant -> doc id."""
    d = tmp_path_factory.mktemp("tenants")
    docs = {}
    for tenant, borrower, marker in (("tenant-a", "瑞安市东升鞋业有限公司", "Zebrafinch collateral covenant"),
                                     ("tenant-b", "乐清市北白象电器有限公司", "Marmoset collateral covenant")):
        p = d / f"{tenant}.txt"
        p.write_text(loan_contract(borrower=borrower, marker=marker), encoding="utf-8")
        summary = ingest_paths([p], tenant=tenant, settings=index_settings)
        assert not summary.failures
        docs[tenant] = summary.documents[0].doc_id
    return docs


@pytest.mark.parametrize("method", METHODS)
def test_tenant_a_never_sees_tenant_b_chunks(index_settings: Settings, two_tenants, method):
    for query in ("乐清市北白象电器有限公司 借款 保证", "Marmoset collateral covenant", "借款合同 逾期利息 连带责任保证"):
        hits = search(query, tenant="tenant-a", k=40, method=method, settings=index_settings)
        assert hits
        assert {h.tenant for h in hits} <= {None, "tenant-a"}
        assert two_tenants["tenant-b"] not in {h.doc_id for h in hits if h.tenant}


@pytest.mark.parametrize("method", METHODS)
def test_tenant_finds_its_own_contract(index_settings: Settings, two_tenants, method):
    hits = search("Zebrafinch collateral covenant", tenant="tenant-a", k=10, method=method, settings=index_settings)
    assert any(h.doc_id == two_tenants["tenant-a"] and h.tenant == "tenant-a" for h in hits)


@pytest.mark.parametrize("method", METHODS)
def test_public_search_sees_no_tenant_documents(index_settings: Settings, two_tenants, method):
    hits = search("Zebrafinch collateral covenant 借款合同", tenant=None, k=40, method=method, settings=index_settings)
    assert hits and all(h.tenant is None and h.doc_type == "regulation" for h in hits)


def test_a_tenant_filter_cannot_widen_the_scope(index_settings: Settings, two_tenants):
    with pytest.raises(TenantAccessError):
        search("借款", tenant="tenant-a", filters={"tenant": "tenant-b"}, settings=index_settings)
    with pytest.raises(TenantAccessError):
        search("借款", tenant="public", settings=index_settings)


def test_filters_narrow_to_one_document_and_type(index_settings: Settings, two_tenants):
    hits = search("保证", tenant="tenant-a", k=5, doc_type="contract", filters={"doc_id": two_tenants["tenant-a"]},
                  settings=index_settings)
    assert hits and {h.doc_id for h in hits} == {two_tenants["tenant-a"]}
    assert any(h.article == "第四条" and h.metadata["parties"]["保证人"] == "林建国" for h in hits)


def test_delete_by_doc_removes_it_from_dense_and_lexical_search(index_settings: Settings, write_text):
    path = write_text("guarantee.txt", guarantee_contract(marker="Okapi deletion probe"))
    doc_id = ingest_paths([path], tenant="del-bank", settings=index_settings).documents[0].doc_id
    assert search("Okapi deletion probe", tenant="del-bank", k=3, method="bm25", settings=index_settings)[0].doc_id == doc_id
    assert store.delete_document(doc_id, tenant="other-bank", settings=index_settings) == 0  # not theirs to delete
    assert store.delete_document(doc_id, tenant="del-bank", settings=index_settings) == 5
    for method in METHODS:
        hits = search("Okapi deletion probe", tenant="del-bank", k=10, method=method, settings=index_settings)
        assert doc_id not in {h.doc_id for h in hits}


def test_a_bad_file_is_reported_and_the_rest_of_the_batch_is_indexed(index_settings: Settings, write_text, tmp_path):
    good = write_text("notes.txt", MEETING_NOTES)
    empty = write_text("empty.txt", "")
    corrupt = tmp_path / "scan.pdf"
    corrupt.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <<\ngarbage that is not a pdf")
    missing = tmp_path / "missing.txt"
    summary = ingest_paths([empty, corrupt, good, missing], tenant="batch-bank", settings=index_settings)
    assert summary.files == 4
    assert [f.file for f in summary.failures] == [str(empty), str(corrupt), str(missing)]
    assert {f.kind for f in summary.failures} <= {"empty", "corrupt", "unsupported", "not_found"}
    assert all(f.reason for f in summary.failures)
    assert [d.file for d in summary.documents] == [str(good)] and summary.chunks_added > 0
    indexed = {m["source_path"] for _, _, metas in store.iter_chunks(index_settings, include_documents=False,
                                                                       filters={"tenant": "batch-bank"}) for m in metas}
    assert indexed == {str(good)}


def test_a_write_failing_midway_leaves_nothing_of_that_file(index_settings: Settings, write_text, monkeypatch):
    """Chroma fails on the second batch of a file (as when a server drops mid-write): the first batch is
    rolled back, the failure is recorded, and the next file still goes in."""
    from chromadb.api.models.Collection import Collection

    bad = write_text("bad-loan.txt", loan_contract(borrower="永嘉县瓯北阀门厂", marker="回滚测试"))
    good = write_text("good-guarantee.txt", guarantee_contract(marker="回滚测试后的文件"))
    real_upsert = Collection.upsert
    calls: list[int] = []

    def failing_second_batch(self, *args, **kwargs):
        calls.append(len(kwargs["ids"]))
        if len(calls) == 2:
            raise ConnectionError("Chroma went away")
        return real_upsert(self, *args, **kwargs)

    monkeypatch.setattr(Collection, "upsert", failing_second_batch)
    monkeypatch.setattr(store, "UPSERT_BATCH", 3)
    summary = ingest_paths([bad, good], tenant="rollback-bank", settings=index_settings)
    assert calls[:2] == [3, 3]  # the first batch of the loan contract was written before the failure
    assert [f.file for f in summary.failures] == [str(bad)]
    assert summary.failures[0].kind == "internal" and "Chroma went away" in summary.failures[0].reason
    assert [d.file for d in summary.documents] == [str(good)]
    paths = {m["source_path"] for _, _, metas in store.iter_chunks(index_settings, include_documents=False,
                                                                     filters={"tenant": "rollback-bank"}) for m in metas}
    assert paths == {str(good)}


def test_contracts_and_other_documents_need_a_tenant(index_settings: Settings, write_text):
    path = write_text("loan-public.txt", loan_contract())
    summary = ingest_paths([path], tenant=None, settings=index_settings)
    assert summary.failures[0].kind == "no_tenant" and summary.chunks_added == 0


def test_auto_type_guesses_contract_regulation_and_other_from_content():
    from retrieval.models import ParsedDocument

    def doc(text: str) -> ParsedDocument:
        return ParsedDocument(source_path="x", sha256="0" * 64, format="text", text=text)

    reply = (CORPUS_DIR / "行政法规/融资担保公司监督管理条例(2017-08-02).md").read_text(encoding="utf-8")
    assert detect_doc_type(doc(loan_contract())) == "contract"
    assert detect_doc_type(doc(guarantee_contract())) == "contract"
    assert detect_doc_type(doc(reply)) == "regulation"
    assert detect_doc_type(doc(MEETING_NOTES)) == "other"
    assert detect_doc_type(doc("发票代码：033002100111\n发票号码：12345678\n开票日期：2024年1月2日\n价税合计：壹万元整")) == "invoice"


def test_own_documents_search_is_not_crowded_out_by_the_law_corpus(index_settings: Settings, two_tenants):
    """A legal-sounding question about the tenant's contract: mixed with 3.5k public articles the contract can
    fall out of the top k; searching the tenant's own documents finds it."""
    question = "借款合同约定的利率超过法律保护的上限了吗？逾期以后违约金和利息能不能一起主张？"
    own = search(question, tenant="tenant-a", k=3, include_public=False, settings=index_settings)
    assert own and {(h.tenant, h.doc_id) for h in own} == {("tenant-a", two_tenants["tenant-a"])}
    mixed = search(question, tenant="tenant-a", k=8, settings=index_settings)
    assert [h for h in mixed if h.tenant is None]          # the laws do compete in a mixed search
    with pytest.raises(TenantAccessError):
        search(question, tenant=None, include_public=False, settings=index_settings)
