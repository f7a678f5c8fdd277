"""API keys per tenant. A key is shown once at creation; only its SHA-256 is stored.

Why SHA-256 and not bcrypt: keys are 256-bit random tokens, not passwords, so a slow hash adds no safety and
would cost ~100 ms on every request; a plain digest also lets us look the key up by an index.
"""
from __future__ import annotations

import hashlib
import secrets
import sqlite3
from contextlib import closing
from datetime import datetime, timezone
from pathlib import Path

from pydantic import BaseModel

from agent.config import Settings, get_settings
from agent.errors import NotFound, TenantAccessError
from agent.security.errors import AuthenticationError
from agent.tenancy import resolve_tenant

KEY_PREFIX = "ft_"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS api_keys (
    id TEXT PRIMARY KEY,
    tenant TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    key_hash TEXT NOT NULL UNIQUE,
    hint TEXT NOT NULL,
    created_at TEXT NOT NULL,
    revoked_at TEXT
)
"""


class ApiKeyInfo(BaseModel):
    """What may be shown about a key: never the key itself, only its first characters."""

    id: str
    tenant: str
    name: str = ""
    hint: str
    created_at: str
    revoked_at: str | None = None

    @property
    def active(self) -> bool:
        return self.revoked_at is None


class CreatedKey(ApiKeyInfo):
    key: str


def keys_db_path(settings: Settings | None = None) -> Path:
    return (settings or get_settings()).path("security", "keys.sqlite")


def _connect(settings: Settings | None) -> sqlite3.Connection:
    conn = sqlite3.connect(keys_db_path(settings), timeout=10)
    conn.row_factory = sqlite3.Row
    conn.execute(_SCHEMA)
    return conn


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def create_key(tenant: str, name: str = "", *, settings: Settings | None = None) -> CreatedKey:
    """Issue a key for a registered tenant; the returned `key` is the only copy that will ever exist."""
    s = settings or get_settings()
    tenant_id = resolve_tenant(tenant, s)
    if tenant_id is None:
        raise TenantAccessError("a key must belong to a tenant: pass --tenant with a registered institution")
    key = KEY_PREFIX + secrets.token_urlsafe(32)
    info = CreatedKey(id="k_" + secrets.token_hex(4), tenant=tenant_id, name=name, hint=key[:7] + "…",
                      created_at=_now(), key=key)
    with closing(_connect(s)) as conn, conn:
        conn.execute("INSERT INTO api_keys (id, tenant, name, key_hash, hint, created_at) VALUES (?,?,?,?,?,?)",
                     (info.id, info.tenant, info.name, hash_key(key), info.hint, info.created_at))
    return info


def revoke_key(key_id: str, *, settings: Settings | None = None) -> ApiKeyInfo:
    """Revoke at once: the next request with this key gets 401. Revoking twice keeps the first date."""
    with closing(_connect(settings)) as conn, conn:
        conn.execute("UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", (_now(), key_id))
        row = conn.execute("SELECT * FROM api_keys WHERE id = ?", (key_id,)).fetchone()
    if row is None:
        raise NotFound(f"no API key with id {key_id!r}; list them with `fengtiao keys list`")
    return _info(row)


def list_keys(*, tenant: str | None = None, settings: Settings | None = None) -> list[ApiKeyInfo]:
    with closing(_connect(settings)) as conn:
        sql, args = "SELECT * FROM api_keys", ()
        if tenant:
            sql, args = sql + " WHERE tenant = ?", (tenant,)
        return [_info(r) for r in conn.execute(sql + " ORDER BY rowid", args)]


def authenticate(key: str | None, *, settings: Settings | None = None) -> ApiKeyInfo:
    """The key's record, or AuthenticationError saying what to do."""
    if not key:
        raise AuthenticationError("missing API key: send `Authorization: Bearer ft_…` or `X-API-Key: ft_…`")
    if not key.startswith(KEY_PREFIX):
        raise AuthenticationError("malformed API key: fengtiao keys start with 'ft_'")
    with closing(_connect(settings)) as conn:
        row = conn.execute("SELECT * FROM api_keys WHERE key_hash = ?", (hash_key(key),)).fetchone()
    if row is None:
        raise AuthenticationError("unknown API key: ask your administrator for a key (fengtiao keys create)")
    info = _info(row)
    if not info.active:
        raise AuthenticationError(f"API key {info.id} was revoked on {info.revoked_at}; ask for a new one")
    return info


def _info(row: sqlite3.Row) -> ApiKeyInfo:
    return ApiKeyInfo(id=row["id"], tenant=row["tenant"], name=row["name"], hint=row["hint"],
                      created_at=row["created_at"], revoked_at=row["revoked_at"])
