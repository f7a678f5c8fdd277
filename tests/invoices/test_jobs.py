"""Batch jobs: one record per input file whatever the input, resumable after a kill, same results over HTTP."""
from __future__ import annotations

import io

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from agent.jobs import create_job, job_results, job_status, run_job
from tests.problems import assert_problem

REPO = Path(__file__).resolve().parents[2]
FILES = REPO / "eval" / "datasets" / "invoices" / "files"
SROIE = REPO / "eval" / "datasets" / "sroie-dev" / "receipts.jsonl"
GOLD = {r["file"]: r for r in map(json.loads, (FILES / "gold.jsonl").read_text(encoding="utf-8").splitlines())}


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


def by_file(records: list[dict]) -> dict[str, dict]:
    return {r["file"]: r for r in records}


@pytest.fixture()
def invoice_dir(tmp_path: Path) -> Path:
    d = tmp_path / "in"
    d.mkdir()
    for name in ("invoice_000.pdf", "invoice_001.pdf", "invoice_009.pdf"):
        shutil.copy(FILES / name, d / name)
    shutil.copy(FILES / "invoice_000.pdf", d / "same_invoice_again.pdf")           # duplicate file
    (d / "empty.pdf").write_bytes(b"")                                              # 0 bytes
    (d / "corrupt.pdf").write_bytes(b"%PDF-1.7\n1 0 obj <</Type /Catalog>> garbage") # corrupt PDF
    from fpdf import FPDF
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.text(20, 20, "Minutes of the board meeting, 3 March 2024")
    (d / "not_an_invoice.pdf").write_bytes(bytes(pdf.output()))                     # a PDF, but not an invoice
    with zipfile.ZipFile(d / "evil.zip", "w") as zf:                                # path traversal
        zf.writestr("../../etc/evil.txt", "x")
    with zipfile.ZipFile(d / "batch.zip", "w") as zf:                               # a good zip
        zf.write(FILES / "invoice_002.pdf", "sub/invoice_002.pdf")
    return d


def test_every_input_ends_as_exactly_one_record(invoice_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "results.jsonl"
    job = create_job("invoices", invoice_dir, data_dir=tmp_path / "data")
    info = run_job(job.id, data_dir=tmp_path / "data", out=out, csv_path=tmp_path / "r.csv")
    records = by_file(read_jsonl(out))
    expected = {"invoice_000.pdf", "invoice_001.pdf", "invoice_009.pdf", "same_invoice_again.pdf", "empty.pdf",
                "corrupt.pdf", "not_an_invoice.pdf", "evil.zip", "batch.zip!sub/invoice_002.pdf"}
    assert set(records) == expected and len(read_jsonl(out)) == len(expected)
    assert info.total == len(expected) and info.ok + info.error == info.total

    def kind(name: str) -> str:
        return records[name]["errors"][0]["kind"]

    assert records["empty.pdf"]["status"] == "error" and kind("empty.pdf") == "empty"
    assert records["corrupt.pdf"]["status"] == "error" and kind("corrupt.pdf") in {"corrupt", "no_text"}
    assert kind("not_an_invoice.pdf") == "not_invoice"
    assert kind("evil.zip") == "unsafe_archive"
    assert records["batch.zip!sub/invoice_002.pdf"]["fields"]["invoice_number"] == GOLD["invoice_002.pdf"]["fields"]["invoice_number"]
    # 大写 ≠ 小写 is a validation finding on an ok record, not an error record
    assert records["invoice_009.pdf"]["status"] == "ok"
    assert [e["code"] for e in records["invoice_009.pdf"]["errors"]] == ["capital_mismatch"]
    assert {f["code"] for f in records["same_invoice_again.pdf"]["flags"]} == {"duplicate_invoice"}
    ev = records["invoice_001.pdf"]["evidence"]["invoice_number"]
    assert ev["source"] == "rule" and ev["page"] == 1 and len(ev["box"]) == 4
    assert "corrupt.pdf" in (tmp_path / "r.csv").read_text(encoding="utf-8-sig")


def test_receipts_from_ocr_json_text_and_zip(tmp_path: Path) -> None:
    rows = [json.loads(x) for x in SROIE.read_text(encoding="utf-8").splitlines()[:3]]
    d = tmp_path / "receipts"
    d.mkdir()
    for r in rows[:2]:
        (d / f"{r['id']}.json").write_text(json.dumps({"lines": r["lines"]}), encoding="utf-8")
    (d / "typed.txt").write_text("\n".join(x["text"] for x in rows[2]["lines"]), encoding="utf-8")
    with zipfile.ZipFile(d / "more.zip", "w") as zf:
        zf.writestr("r.json", json.dumps(rows[0]["lines"]))
    (d / "broken.json").write_text("{not json", encoding="utf-8")
    job = create_job("receipts", d, data_dir=tmp_path / "data")
    run_job(job.id, data_dir=tmp_path / "data", out=tmp_path / "r.jsonl")
    records = by_file(read_jsonl(tmp_path / "r.jsonl"))
    assert set(records) == {f"{rows[0]['id']}.json", f"{rows[1]['id']}.json", "typed.txt", "more.zip!r.json", "broken.json"}
    assert records[f"{rows[0]['id']}.json"]["fields"]["total"] == rows[0]["gold"]["total"]
    assert set(records["typed.txt"]["fields"]) == {"company", "date", "address", "total"}
    assert records["typed.txt"]["fields"]["date"] == rows[2]["gold"]["date"]
    assert records["broken.json"]["status"] == "error" and records["broken.json"]["errors"][0]["kind"] == "corrupt"


def test_two_worker_processes_give_the_same_records(invoice_dir: Path, tmp_path: Path) -> None:
    one = create_job("invoices", invoice_dir, data_dir=tmp_path / "d1")
    run_job(one.id, data_dir=tmp_path / "d1", workers=1)
    two = create_job("invoices", invoice_dir, data_dir=tmp_path / "d2")
    run_job(two.id, data_dir=tmp_path / "d2", workers=2)
    assert job_results(one.id, data_dir=tmp_path / "d1") == job_results(two.id, data_dir=tmp_path / "d2")


def test_killed_job_resumes_without_redoing_or_duplicating(tmp_path: Path) -> None:
    d = tmp_path / "many"
    d.mkdir()
    pdfs = sorted(FILES.glob("*.pdf"))
    for i in range(90):
        shutil.copy(pdfs[i % len(pdfs)], d / f"{i:03d}_{pdfs[i % len(pdfs)].name}")
    env = {**os.environ, "FENGTIAO_DATA_DIR": str(tmp_path / "data"), "HF_HUB_OFFLINE": "1"}
    out = tmp_path / "results.jsonl"
    cmd = [sys.executable, "-m", "agent.cli.main", "extract", "invoices", str(d), "--out", str(out)]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    db = tmp_path / "data" / "jobs.sqlite3"
    done_at_kill = 0
    deadline = time.time() + 90
    while time.time() < deadline and proc.poll() is None:
        if db.exists():
            try:
                with sqlite3.connect(db, timeout=1) as conn:
                    done_at_kill = conn.execute("SELECT COUNT(*) FROM items WHERE status='done'").fetchone()[0]
            except sqlite3.OperationalError:
                done_at_kill = 0
            if done_at_kill >= 5:
                break
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert 5 <= done_at_kill < 90, "the job must be killed mid-run for this test to mean anything"
    assert not out.exists()  # outputs are only written from the database at the end
    with sqlite3.connect(db) as conn:
        before = dict(conn.execute("SELECT file, finished FROM items WHERE status='done'").fetchall())
    rerun = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    assert "resuming job" in rerun.stderr
    records = read_jsonl(out)
    names = [r["file"] for r in records]
    assert len(names) == 90 and len(set(names)) == 90
    assert all(r["status"] == "ok" for r in records)
    with sqlite3.connect(db) as conn:
        after = dict(conn.execute("SELECT file, finished FROM items").fetchall())
    assert all(after[f] == t for f, t in before.items())  # files finished before the kill were not redone


def test_http_routes_start_a_job_and_serve_its_results(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from fastapi import FastAPI
    from fastapi.testclient import TestClient

    from agent.config import reset_settings
    from agent.jobs.api import router

    monkeypatch.setenv("FENGTIAO_DATA_DIR", str(tmp_path / "data"))
    reset_settings()
    uploads = tmp_path / "data" / "uploads" / "batch1"
    uploads.mkdir(parents=True)
    shutil.copy(FILES / "invoice_001.pdf", uploads)
    app = FastAPI()
    app.include_router(router)
    client = TestClient(app)
    try:
        outside = client.post("/v1/jobs", json={"kind": "invoices", "source": "../../etc"})
        assert_problem(outside, 400, "source_outside_uploads", "SourceOutsideUploads", "<data_dir>/uploads/")
        assert_problem(client.post("/v1/jobs", json={"kind": "invoices", "source": "batch2"}),
                       404, "not_found", "NotFound", "source batch2 not found")
        invalid = client.post("/v1/jobs", json={"kind": "contracts", "source": "batch1", "workers": 99})
        assert_problem(invalid, 422, "request_validation_error", "RequestValidationError", "body.workers")
        assert [e["loc"] for e in invalid.json()["errors"]] == [["body", "kind"], ["body", "workers"]]
        r = client.post("/v1/jobs", json={"kind": "invoices", "source": "batch1"})
        assert r.status_code == 202
        job_id = r.json()["id"]
        status = client.get(f"/v1/jobs/{job_id}").json()  # TestClient runs background tasks before returning
        assert status["status"] == "done" and status["ok"] == 1
        assert status["source"] == "batch1"          # never the server's own path
        [record] = client.get(f"/v1/jobs/{job_id}/results").json()
        assert record["fields"]["invoice_number"] == GOLD["invoice_001.pdf"]["fields"]["invoice_number"]
        xlsx = client.get(f"/v1/jobs/{job_id}/results.xlsx")
        assert xlsx.status_code == 200 and xlsx.headers["content-type"].startswith("application/vnd.openxmlformats")
        from openpyxl import load_workbook

        sheet = load_workbook(io.BytesIO(xlsx.content))["results"]
        rows = list(sheet.iter_rows(values_only=True))
        assert rows[1][0] == "invoice_001.pdf" and GOLD["invoice_001.pdf"]["fields"]["invoice_number"] in rows[1]
        for path in ("/v1/jobs/nope", "/v1/jobs/nope/results", "/v1/jobs/nope/results.xlsx"):
            assert_problem(client.get(path), 404, "not_found", "NotFound", "job nope not found")
        assert job_status(job_id).total == 1
        # an unregistered tenant is refused as problem+json by the router itself (no serve.py handlers here)
        for refused in (client.get(f"/v1/jobs/{job_id}", headers={"X-Tenant": "no-such-bank"}),
                        client.post("/v1/jobs", json={"kind": "invoices", "source": "batch1"},
                                    headers={"X-Tenant": "no-such-bank"})):
            assert refused.status_code == 403 and refused.headers["content-type"].startswith("application/problem+json")
            body = refused.json()
            assert body["type"] == "tenant_access_error" and body["status"] == 403 and "no-such-bank" in body["detail"]
            assert job_id not in refused.text and "batch1" not in refused.text
    finally:
        reset_settings()
