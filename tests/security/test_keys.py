"""API keys: shown once, stored hashed, revocable, and the CLI around them."""
from __future__ import annotations

import sqlite3

import pytest
import typer
from typer.testing import CliRunner

from agent.cli.keys import register
from agent.errors import TenantAccessError
from agent.security.errors import AuthenticationError
from agent.security.keys import authenticate, create_key, hash_key, keys_db_path, list_keys, revoke_key


def test_created_key_is_stored_only_as_its_hash(lender_env):
    created = create_key("bank-a", "credit team")
    assert created.key.startswith("ft_") and len(created.key) > 40
    stored = sqlite3.connect(keys_db_path()).execute("SELECT key_hash, hint FROM api_keys").fetchall()
    assert stored == [(hash_key(created.key), created.key[:7] + "…")]
    assert created.key not in keys_db_path().read_bytes().decode("latin-1")
    assert authenticate(created.key).tenant == "bank-a"


def test_two_keys_are_different_and_listed_without_secrets(lender_env):
    a, b = create_key("bank-a"), create_key("bank-b", "mediation desk")
    assert a.key != b.key
    listed = list_keys()
    assert [(k.id, k.tenant) for k in listed] == [(a.id, "bank-a"), (b.id, "bank-b")]
    assert all("key" not in k.model_dump() for k in listed)
    assert [k.id for k in list_keys(tenant="bank-b")] == [b.id]


def test_revoked_wrong_and_missing_keys_are_refused_with_a_reason(lender_env):
    created = create_key("bank-a")
    revoke_key(created.id)
    with pytest.raises(AuthenticationError, match="revoked"):
        authenticate(created.key)
    with pytest.raises(AuthenticationError, match="unknown API key"):
        authenticate("ft_" + "x" * 43)
    with pytest.raises(AuthenticationError, match="missing API key"):
        authenticate(None)
    with pytest.raises(AuthenticationError, match="start with 'ft_'"):
        authenticate("sk-123")


def test_key_for_unregistered_tenant_is_refused(lender_env):
    with pytest.raises(TenantAccessError, match="no-such-bank"):
        create_key("no-such-bank")


def test_cli_creates_lists_and_revokes_keys(lender_env):
    app = typer.Typer()
    register(app)
    runner = CliRunner()
    out = runner.invoke(app, ["keys", "create", "--tenant", "bank-a", "--name", "laptop"])
    assert out.exit_code == 0, out.output
    key = out.output.strip().splitlines()[-1]
    assert key.startswith("ft_")
    info = authenticate(key)
    listed = runner.invoke(app, ["keys", "list", "--json"])
    assert info.id in listed.output and key not in listed.output
    assert runner.invoke(app, ["keys", "revoke", info.id]).exit_code == 0
    with pytest.raises(AuthenticationError):
        authenticate(key)
    missing = runner.invoke(app, ["keys", "revoke", "k_nothere"])
    assert missing.exit_code == 1 and "fengtiao keys list" in missing.output
    bad = runner.invoke(app, ["keys", "create", "--tenant", "no-such-bank"])
    assert bad.exit_code == 1 and "no-such-bank" in bad.output
