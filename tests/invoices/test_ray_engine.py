"""The Ray engine: same records as the local engine, one per input, resumable through the same job store."""
from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ray = pytest.importorskip("ray", reason="Ray is an optional extra: pip install '.[ray]' to test the Ray engine")

from typer.testing import CliRunner  # noqa: E402

from agent.jobs import create_job, job_results, run_job  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
FILES = REPO / "eval" / "datasets" / "invoices" / "files"
GOLD = {r["file"]: r for r in map(json.loads, (FILES / "gold.jsonl").read_text(encoding="utf-8").splitlines())}
FIRST = ("invoice_000.pdf", "invoice_001.pdf", "invoice_003.png")
LATER = ("invoice_002.pdf", "invoice_009.pdf")


@pytest.fixture(scope="module", autouse=True)
def local_ray():
    """One local Ray for the module (starting Ray takes seconds); the engine joins it instead of starting its own."""
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


def _copy(d: Path, names: tuple[str, ...]) -> None:
    d.mkdir(exist_ok=True)
    for n in names:
        shutil.copy(FILES / n, d / n)


def test_ray_run_resumes_a_local_run_and_matches_the_local_engine(tmp_path: Path) -> None:
    d = tmp_path / "in"
    _copy(d, FIRST)
    data = tmp_path / "data"
    job = create_job("invoices", d, data_dir=data)
    run_job(job.id, data_dir=data)  # a first, local run over half the files
    with sqlite3.connect(data / "jobs.sqlite3") as conn:
        before = dict(conn.execute("SELECT file, finished FROM items").fetchall())

    _copy(d, LATER)
    (d / "corrupt.pdf").write_bytes(b"%PDF-1.7\n1 0 obj <</Type /Catalog>> garbage")
    out = tmp_path / "ray.jsonl"
    info = run_job(job.id, data_dir=data, engine="ray", out=out)

    records = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    names = [r["file"] for r in records]
    assert sorted(names) == sorted([*FIRST, *LATER, "corrupt.pdf"]) and info.total == 6
    with sqlite3.connect(data / "jobs.sqlite3") as conn:
        after = dict(conn.execute("SELECT file, finished FROM items").fetchall())
    assert all(after[f] == t for f, t in before.items())  # done files were skipped, not redone on Ray
    by = {r["file"]: r for r in records}
    assert by["corrupt.pdf"]["status"] == "error" and by["corrupt.pdf"]["errors"][0]["kind"] in {"corrupt", "no_text"}
    assert by["invoice_002.pdf"]["fields"]["invoice_number"] == GOLD["invoice_002.pdf"]["fields"]["invoice_number"]
    assert [e["code"] for e in by["invoice_009.pdf"]["errors"]] == ["capital_mismatch"]

    local = create_job("invoices", d, data_dir=tmp_path / "local")
    run_job(local.id, data_dir=tmp_path / "local", workers=1)
    assert job_results(job.id, data_dir=data) == job_results(local.id, data_dir=tmp_path / "local")


def test_cli_engine_ray_writes_one_record_per_receipt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from agent.cli.main import app
    from agent.config import reset_settings

    rows = [json.loads(x) for x in (REPO / "eval/datasets/sroie-dev/receipts.jsonl").read_text(encoding="utf-8").splitlines()[:2]]
    d = tmp_path / "receipts"
    d.mkdir()
    for r in rows:
        (d / f"{r['id']}.json").write_text(json.dumps({"lines": r["lines"]}), encoding="utf-8")
    (d / "broken.json").write_text("{not json", encoding="utf-8")
    monkeypatch.setenv("FENGTIAO_DATA_DIR", str(tmp_path / "data"))
    reset_settings()
    try:
        result = CliRunner().invoke(app, ["extract", "receipts", str(d), "--out", str(tmp_path / "r.jsonl"),
                                          "--engine", "ray"])
    finally:
        reset_settings()
    assert result.exit_code == 0, result.output
    records = {r["file"]: r for r in map(json.loads, (tmp_path / "r.jsonl").read_text(encoding="utf-8").splitlines())}
    assert set(records) == {f"{rows[0]['id']}.json", f"{rows[1]['id']}.json", "broken.json"}
    assert records[f"{rows[0]['id']}.json"]["fields"]["total"] == rows[0]["gold"]["total"]
    assert records["broken.json"]["errors"][0]["kind"] == "corrupt"


def test_unreachable_ray_address_fails_fast_with_a_clear_message(tmp_path: Path) -> None:
    d = tmp_path / "in"
    _copy(d, ("invoice_000.pdf",))
    env = {**os.environ, "FENGTIAO_DATA_DIR": str(tmp_path / "data"), "HF_HUB_OFFLINE": "1", "COLUMNS": "200"}
    cmd = [sys.executable, "-m", "agent.cli.main", "extract", "invoices", str(d), "--out", str(tmp_path / "r.jsonl"),
           "--engine", "ray", "--ray-address", "127.0.0.1:1"]
    started = time.monotonic()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and time.monotonic() - started < 30
    assert "no Ray head answers at 127.0.0.1:1" in proc.stderr and "Traceback" not in proc.stderr
    assert not (tmp_path / "r.jsonl").exists()
