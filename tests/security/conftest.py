"""A fresh data dir with two registered institutions, and auth switched on through the env as production does."""
from __future__ import annotations

import pytest

from agent.config import get_settings, reset_settings


@pytest.fixture
def lender_env(tmp_path, monkeypatch):
    monkeypatch.setenv("FENGTIAO_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("FENGTIAO_TENANTS", '["bank-a", "bank-b"]')
    monkeypatch.setenv("FENGTIAO_AUTH_REQUIRED", "true")
    for var in ("FENGTIAO_LLM_BASE_URL", "FENGTIAO_RATE_LIMIT_PER_MINUTE", "FENGTIAO_RATE_LIMIT_BURST", "FENGTIAO_MAX_REQUEST_MB"):
        monkeypatch.delenv(var, raising=False)
    reset_settings()
    yield get_settings()
    reset_settings()
