"""Shared fixtures. Nothing here downloads: HF is offline and the embedded models come from PyPI packages."""
from __future__ import annotations

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def model_cache_dir() -> Path:
    """Where the converted local model is cached across tests (and across runs: it takes ~1 min to build)."""
    d = Path(os.environ.get("FENGTIAO_TEST_CACHE", REPO / ".fengtiao-test-cache"))
    d.mkdir(parents=True, exist_ok=True)
    return d


def _reset_caches() -> None:
    from agent.config import reset_settings
    from agent.llm import registry

    reset_settings()
    registry._cache.clear()


@pytest.fixture(scope="session")
def regulations_data_dir(model_cache_dir) -> Path:
    """A data dir with the shipped regulations indexed (embedding ~5.6k articles takes minutes on 2 cores).

    Kept across runs in the same data dir as the converted local model, so graph tests can use both:
    `ensure_builtin_regulations` is a no-op when the index holds the current corpus version, and rebuilds it
    when the corpus or the chunking changed.
    """
    from agent.config import Settings
    from retrieval.ingest import ensure_builtin_regulations

    d = model_cache_dir
    ensure_builtin_regulations(settings=Settings(data_dir=d))
    return d


@pytest.fixture
def regulations_env(regulations_data_dir, monkeypatch) -> Path:
    """Point the process settings at the indexed data dir for one test."""
    monkeypatch.setenv("FENGTIAO_DATA_DIR", str(regulations_data_dir))
    for var in ("FENGTIAO_LLM_BASE_URL", "FENGTIAO_LLM_BACKEND", "FENGTIAO_LLM_MODEL"):
        monkeypatch.delenv(var, raising=False)
    _reset_caches()
    yield regulations_data_dir
    _reset_caches()


@pytest.fixture
def use_stub_backend(monkeypatch):
    """`with use_stub_backend(responder) as stub:` routes get_backend() to the OpenAI-protocol stub."""
    from contextlib import contextmanager

    from tests.stub_openai_server import running_stub

    @contextmanager
    def _use(responder=None, mode: str | None = None):
        kwargs = {"default_mode": mode} if mode else {}
        with running_stub(**kwargs) as stub:
            if responder is not None:
                stub.responder = responder
            monkeypatch.setenv("FENGTIAO_LLM_BASE_URL", stub.base_url)
            monkeypatch.setenv("FENGTIAO_LLM_MAX_RETRIES", "0")
            _reset_caches()
            try:
                yield stub
            finally:
                _reset_caches()

    return _use
