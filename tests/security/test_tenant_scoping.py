"""Ownership in the data layer: batch jobs and mediation cases belong to the tenant that created them; stores
written before ownership existed keep working, their jobs and cases staying the local operator's."""
from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from agent.errors import NotFound
from agent.jobs import store
from agent.jobs.engine import create_job, job_id_for, job_results, job_status, run_job

INVOICE = ("<EInvoice><TaxSupervisionInfo><InvoiceNumber>24332000000012345678</InvoiceNumber>"
           "</TaxSupervisionInfo></EInvoice>")


@pytest.fixture
def batch(tmp_path) -> Path:
    d = tmp_path / "uploads" / "bank-a" / "batch1"
    d.mkdir(parents=True)
    (d / "发票1.xml").write_text(INVOICE, encoding="utf-8")
    return d


def test_a_tenants_job_is_not_found_for_another_tenant_and_visible_to_the_operator(batch, tmp_path):
    data = tmp_path / "data"
    job = create_job("invoices", batch, data_dir=data, tenant="bank-a")
    run_job(job.id, data_dir=data)
    assert job.tenant == "bank-a"
    assert job_status(job.id, data_dir=data, tenant="bank-a").done == 1
    for other in ("bank-b", None):            # None: an API caller without a tenant sees operator jobs only
        with pytest.raises(NotFound) as exc:
            job_results(job.id, data_dir=data, tenant=other)
        with pytest.raises(NotFound) as unknown:
            job_results("0000000000000000", data_dir=data, tenant=other)
        assert str(exc.value).replace(job.id, "ID") == str(unknown.value).replace("0000000000000000", "ID")
    assert job_status(job.id, data_dir=data).tenant == "bank-a"        # the CLI (operator) sees every job


def test_the_same_input_at_two_tenants_is_two_jobs_and_operator_ids_did_not_change(batch, tmp_path):
    data = tmp_path / "data"
    a = create_job("invoices", batch, data_dir=data, tenant="bank-a")
    b = create_job("invoices", batch, data_dir=data, tenant="bank-b")
    cli = create_job("invoices", batch, data_dir=data)
    assert len({a.id, b.id, cli.id}) == 3
    legacy = json.dumps(["invoices", str(batch.resolve()), []], ensure_ascii=False, default=str)
    assert cli.id == job_id_for("invoices", batch, {}) == hashlib.sha256(legacy.encode()).hexdigest()[:16]
    assert cli.tenant is None


def test_a_store_from_before_ownership_is_migrated_on_open(batch, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    old = """CREATE TABLE jobs (id TEXT PRIMARY KEY, kind TEXT NOT NULL, source TEXT NOT NULL, options TEXT NOT NULL,
             status TEXT NOT NULL, created REAL NOT NULL, updated REAL NOT NULL, total INTEGER NOT NULL DEFAULT 0);
             CREATE TABLE items (job_id TEXT NOT NULL, file TEXT NOT NULL, sha256 TEXT NOT NULL, status TEXT NOT NULL,
             record TEXT, finished REAL, PRIMARY KEY (job_id, file));"""
    old_id = job_id_for("invoices", batch, {})
    with sqlite3.connect(store.db_path(data)) as conn:
        conn.executescript(old)
        conn.execute("INSERT INTO jobs VALUES (?, 'invoices', ?, '{}', 'done', 0, 0, 1)", (old_id, str(batch.resolve())))
    info = job_status(old_id, data_dir=data)
    assert info.status == "done" and info.tenant is None
    assert job_status(old_id, data_dir=data, tenant=None).id == old_id     # still the operator's, also over the API
    with pytest.raises(NotFound):
        job_status(old_id, data_dir=data, tenant="bank-a")
    with sqlite3.connect(store.db_path(data)) as conn:
        assert "tenant" in {r[1] for r in conn.execute("PRAGMA table_info(jobs)")}
    rerun = create_job("invoices", batch, data_dir=data)                     # the CLI finds its old job again
    assert rerun.id == old_id and run_job(rerun.id, data_dir=data).ok == 1


def test_mediation_cases_are_namespaced_per_tenant(tmp_path, monkeypatch):
    from agent.config import Settings, reset_settings
    from agent.mediation.service import case_state, export_docx, resume_case, start_case

    monkeypatch.delenv("FENGTIAO_LLM_BASE_URL", raising=False)
    reset_settings()
    s = Settings(data_dir=tmp_path / "data")
    demo = Path(__file__).resolve().parents[2] / "agent" / "samples" / "dispute-宏达商贸.yaml"
    operator = start_case(demo, settings=s)                         # the CLI's case, as before
    mine = start_case(demo, settings=s, tenant="bank-a")
    assert operator["case_id"] == mine["case_id"] == "HD-2025-001"
    assert mine["tenant"] == "bank-a" and operator["tenant"] is None
    assert (tmp_path / "data" / "mediation" / "HD-2025-001" / "dispute.json").is_file()
    assert (tmp_path / "data" / "tenants" / "bank-a" / "mediation" / "HD-2025-001" / "dispute.json").is_file()
    assert "data_dir" not in mine
    resume_case("HD-2025-001", {"action": "approve"}, settings=s, tenant="bank-a")
    assert case_state("HD-2025-001", settings=s, tenant="bank-a")["status"] == "approved"
    assert case_state("HD-2025-001", settings=s)["status"] == "awaiting_review"   # the operator's case is untouched
    for call in (lambda: case_state("HD-2025-001", settings=s, tenant="bank-b"),
                 lambda: resume_case("HD-2025-001", {"action": "approve"}, settings=s, tenant="bank-b"),
                 lambda: export_docx("HD-2025-001", tmp_path / "x.docx", settings=s, tenant="bank-b")):
        with pytest.raises(NotFound):
            call()
    reset_settings()
