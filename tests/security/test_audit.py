"""The audit log is append-only and hash-chained: any edit or deletion is found and named."""
from __future__ import annotations

import sqlite3

import pytest
import typer
from typer.testing import CliRunner

from agent.cli.keys import register
from agent.security.audit import GENESIS, AuditEvent, append_event, audit_db_path, row_hash, verify_chain


def _fill(n: int) -> None:
    for i in range(n):
        append_event(AuditEvent(key_id="k_1", tenant="bank-a", method="GET",
                                route="/v1/jobs/{job_id}", resource_id=f"job{i}", status=200))


def test_rows_chain_each_hash_to_the_previous_one(lender_env):
    first = append_event(AuditEvent(method="POST", route="/v1/contracts/check", status=200, tenant="bank-a"))
    second = append_event(AuditEvent(method="GET", route="/v1/search", status=401))
    assert first.prev_hash == GENESIS and second.prev_hash == first.hash
    assert second.hash == row_hash(first.hash, second.model_dump())
    report = verify_chain()
    assert report.ok and report.rows == 2 and report.head == second.hash


def test_the_database_refuses_updates_and_deletes(lender_env):
    _fill(2)
    conn = sqlite3.connect(audit_db_path())
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("UPDATE audit_log SET status = 200 WHERE id = 1")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("DELETE FROM audit_log WHERE id = 1")


def _tamper(sql: str) -> None:
    """What someone with write access to the file can do: drop the guard, then edit."""
    conn = sqlite3.connect(audit_db_path())
    conn.executescript(f"DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete; {sql}")
    conn.close()


def test_verify_names_the_first_modified_row(lender_env):
    _fill(5)
    _tamper("UPDATE audit_log SET status = 403 WHERE id = 3")
    report = verify_chain()
    assert not report.ok and report.first_bad_id == 3 and "modified" in report.reason


def test_verify_names_the_row_after_a_deleted_one(lender_env):
    _fill(5)
    _tamper("DELETE FROM audit_log WHERE id = 2")
    report = verify_chain()
    assert not report.ok and report.first_bad_id == 3 and "row 2 is missing" in report.reason


def test_rewriting_a_row_with_a_fresh_hash_still_breaks_the_next_link(lender_env):
    _fill(4)
    conn = sqlite3.connect(audit_db_path())
    conn.row_factory = sqlite3.Row
    row = dict(conn.execute("SELECT * FROM audit_log WHERE id = 2").fetchone()) | {"tenant": "bank-b"}
    conn.close()
    _tamper(f"UPDATE audit_log SET tenant = 'bank-b', hash = '{row_hash(row['prev_hash'], row)}' WHERE id = 2")
    report = verify_chain()
    assert not report.ok and report.first_bad_id == 3


def test_cli_verify_exits_1_and_names_the_row(lender_env):
    app = typer.Typer()
    register(app)
    _fill(3)
    runner = CliRunner()
    ok = runner.invoke(app, ["audit", "verify"])
    assert ok.exit_code == 0 and "3 rows" in ok.output
    _tamper("UPDATE audit_log SET route = '/v1/other' WHERE id = 2")
    bad = runner.invoke(app, ["audit", "verify"])
    assert bad.exit_code == 1 and "row 2" in bad.output
    assert "/v1/jobs/{job_id}" in runner.invoke(app, ["audit", "tail", "--json"]).output
