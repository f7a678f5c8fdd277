"""Append-only, hash-chained audit log: who (key, tenant) did what (method, route, resource) with what result, when.

Each row stores sha256(prev_hash + canonical JSON of the row), so editing or deleting any row breaks the chain
from that row on; SQLite triggers refuse UPDATE and DELETE so the application itself can only append.
Limitation: truncating the newest rows is only detectable against an externally kept head hash (`audit head`).
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from contextlib import closing
from datetime import datetime, timezone
from pathlib import Path

from pydantic import BaseModel

from agent.config import Settings, get_settings

GENESIS = "0" * 64
_FIELDS = ("id", "ts", "key_id", "tenant", "method", "route", "resource_id", "status", "prev_hash")
_SCHEMA = """
CREATE TABLE IF NOT EXISTS audit_log (
    id INTEGER PRIMARY KEY,
    ts TEXT NOT NULL,
    key_id TEXT,
    tenant TEXT,
    method TEXT NOT NULL,
    route TEXT NOT NULL,
    resource_id TEXT,
    status INTEGER NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
"""
_lock = threading.Lock()


class AuditEvent(BaseModel):
    key_id: str | None = None
    tenant: str | None = None
    method: str
    route: str
    resource_id: str | None = None
    status: int


class AuditRow(AuditEvent):
    id: int
    ts: str
    prev_hash: str
    hash: str


class ChainReport(BaseModel):
    ok: bool
    rows: int
    head: str = GENESIS
    first_bad_id: int | None = None
    reason: str = ""


def audit_db_path(settings: Settings | None = None) -> Path:
    return (settings or get_settings()).path("security", "audit.sqlite")


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, timeout=10, isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA journal_mode=WAL")     # readers (verify, export) never block the request path
    conn.execute("PRAGMA synchronous=NORMAL")   # durable at each WAL checkpoint; no fsync per request
    conn.executescript(_SCHEMA)
    return conn


_writers: dict[Path, sqlite3.Connection] = {}


def _writer(path: Path) -> sqlite3.Connection:
    """One long-lived connection per log file for appends (opening SQLite per request cost ~10 ms); call under _lock."""
    conn = _writers.get(path)
    if conn is None or not path.exists():
        conn = _writers[path] = _connect(path)
    return conn


def row_hash(prev_hash: str, row: dict) -> str:
    """sha256(prev_hash + canonical JSON of the row's fields, the previous hash included)."""
    canonical = json.dumps({k: row[k] for k in _FIELDS}, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256((prev_hash + canonical).encode("utf-8")).hexdigest()


def append_event(event: AuditEvent, *, settings: Settings | None = None, path: Path | None = None) -> AuditRow:
    """Append one row; the read of the previous hash and the insert share one write transaction."""
    db = path or audit_db_path(settings)
    with _lock:
        conn = _writer(db)
        conn.execute("BEGIN IMMEDIATE")
        try:
            last = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
            row = event.model_dump() | {
                "id": (last["id"] + 1) if last else 1,
                "ts": datetime.now(timezone.utc).isoformat(timespec="milliseconds"),
                "prev_hash": last["hash"] if last else GENESIS,
            }
            row["hash"] = row_hash(row["prev_hash"], row)
            conn.execute(f"INSERT INTO audit_log ({', '.join(_FIELDS)}, hash) VALUES ({', '.join('?' * (len(_FIELDS) + 1))})",
                         [row[k] for k in _FIELDS] + [row["hash"]])
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return AuditRow(**row)


def read_rows(*, settings: Settings | None = None, path: Path | None = None, limit: int | None = None) -> list[AuditRow]:
    """Newest last; `limit` keeps the newest N."""
    with closing(_connect(path or audit_db_path(settings))) as conn:
        if limit:
            rows = conn.execute("SELECT * FROM (SELECT * FROM audit_log ORDER BY id DESC LIMIT ?) ORDER BY id", (limit,))
        else:
            rows = conn.execute("SELECT * FROM audit_log ORDER BY id")
        return [AuditRow(**dict(r)) for r in rows]


def verify_chain(*, settings: Settings | None = None, path: Path | None = None) -> ChainReport:
    """Recompute every hash in order and name the first row that does not match (edited, inserted or deleted)."""
    prev, count, expected_id = GENESIS, 0, 1
    with closing(_connect(path or audit_db_path(settings))) as conn:
        for r in conn.execute("SELECT * FROM audit_log ORDER BY id"):
            row = dict(r)
            count += 1
            if row["id"] != expected_id:
                return ChainReport(ok=False, rows=count, head=prev, first_bad_id=row["id"],
                                   reason=f"row {expected_id} is missing (next row is {row['id']}): rows were deleted")
            if row["prev_hash"] != prev:
                return ChainReport(ok=False, rows=count, head=prev, first_bad_id=row["id"],
                                   reason=f"row {row['id']} does not link to the hash of row {row['id'] - 1}")
            if row_hash(prev, row) != row["hash"]:
                return ChainReport(ok=False, rows=count, head=prev, first_bad_id=row["id"],
                                   reason=f"row {row['id']} was modified after it was written (hash mismatch)")
            prev, expected_id = row["hash"], expected_id + 1
    return ChainReport(ok=True, rows=count, head=prev)
