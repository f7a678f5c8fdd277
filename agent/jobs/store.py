"""SQLite persistence of batch jobs: one row per job, one per input file with its finished record.

Only the coordinating process writes; every finished file is committed at once, so a killed job loses at
most the files that were in flight, and a rerun skips every file whose content hash already has a record.
A job belongs to the tenant that created it (`tenant`, NULL for the local operator); stores written before
the column existed gain it on open, their jobs staying the operator's.
"""
from __future__ import annotations

import json
import sqlite3
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

SCHEMA = """
CREATE TABLE IF NOT EXISTS jobs (
    id TEXT PRIMARY KEY, kind TEXT NOT NULL, source TEXT NOT NULL, options TEXT NOT NULL,
    status TEXT NOT NULL, created REAL NOT NULL, updated REAL NOT NULL, total INTEGER NOT NULL DEFAULT 0,
    tenant TEXT
);
CREATE TABLE IF NOT EXISTS items (
    job_id TEXT NOT NULL, file TEXT NOT NULL, sha256 TEXT NOT NULL, status TEXT NOT NULL,
    record TEXT, finished REAL, PRIMARY KEY (job_id, file)
);
"""


def db_path(data_dir: Path) -> Path:
    data_dir.mkdir(parents=True, exist_ok=True)
    return data_dir / "jobs.sqlite3"


@contextmanager
def connect(path: Path) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(path, timeout=30)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA journal_mode=WAL")
    conn.executescript(SCHEMA)
    _migrate(conn)
    try:
        yield conn
        conn.commit()
    finally:
        conn.close()


def _migrate(conn: sqlite3.Connection) -> None:
    """Add the `tenant` column to a store created before jobs had owners (idempotent)."""
    columns = {r["name"] for r in conn.execute("PRAGMA table_info(jobs)")}
    if "tenant" not in columns:
        conn.execute("ALTER TABLE jobs ADD COLUMN tenant TEXT")
        conn.commit()


def upsert_job(conn: sqlite3.Connection, job_id: str, kind: str, source: str, options: dict[str, Any],
               tenant: str | None = None) -> None:
    """Create the job, or refresh its options; the owner never changes once set."""
    now = time.time()
    conn.execute(
        "INSERT INTO jobs (id, kind, source, options, status, created, updated, tenant) "
        "VALUES (?, ?, ?, ?, 'created', ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET options=excluded.options, updated=excluded.updated",
        (job_id, kind, source, json.dumps(options, ensure_ascii=False), now, now, tenant),
    )


def set_status(conn: sqlite3.Connection, job_id: str, status: str, total: int | None = None) -> None:
    if total is None:
        conn.execute("UPDATE jobs SET status=?, updated=? WHERE id=?", (status, time.time(), job_id))
    else:
        conn.execute("UPDATE jobs SET status=?, total=?, updated=? WHERE id=?", (status, total, time.time(), job_id))
    conn.commit()


def get_job(conn: sqlite3.Connection, job_id: str) -> sqlite3.Row | None:
    return conn.execute("SELECT * FROM jobs WHERE id=?", (job_id,)).fetchone()


def done_records(conn: sqlite3.Connection, job_id: str) -> dict[str, tuple[str, dict[str, Any]]]:
    """file -> (sha256, record) for every finished file of the job."""
    rows = conn.execute("SELECT file, sha256, record FROM items WHERE job_id=? AND status='done'", (job_id,))
    return {r["file"]: (r["sha256"], json.loads(r["record"])) for r in rows}


def save_record(conn: sqlite3.Connection, job_id: str, file: str, sha256: str, record: dict[str, Any]) -> None:
    conn.execute(
        "INSERT INTO items (job_id, file, sha256, status, record, finished) VALUES (?, ?, ?, 'done', ?, ?) "
        "ON CONFLICT(job_id, file) DO UPDATE SET sha256=excluded.sha256, status='done', record=excluded.record, "
        "finished=excluded.finished",
        (job_id, file, sha256, json.dumps(record, ensure_ascii=False, default=str), time.time()),
    )
    conn.commit()


def drop_missing(conn: sqlite3.Connection, job_id: str, keep: set[str]) -> None:
    """Files no longer in the input are not part of this run's output."""
    for row in conn.execute("SELECT file FROM items WHERE job_id=?", (job_id,)).fetchall():
        if row["file"] not in keep:
            conn.execute("DELETE FROM items WHERE job_id=? AND file=?", (job_id, row["file"]))
    conn.commit()


def counts(conn: sqlite3.Connection, job_id: str) -> dict[str, int]:
    rows = conn.execute("SELECT record FROM items WHERE job_id=? AND status='done'", (job_id,)).fetchall()
    out = {"done": len(rows), "ok": 0, "error": 0}
    for r in rows:
        out[json.loads(r["record"]).get("status", "error")] += 1
    return out
