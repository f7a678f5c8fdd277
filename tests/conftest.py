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
