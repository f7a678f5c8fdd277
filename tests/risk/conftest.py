"""One small synthetic market per test module, imported into a SQLite file."""
from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest

AS_OF = date(2026, 6, 30)
TENANTS = ["T01", "T02", "T03", "T04", "T05", "T06"]  # the generator's institutions, registered for the API


@contextmanager
def synthetic_market(base: Path, seed: int, n: int, *, as_of: date = AS_OF,
                     tenant_shares: dict[str, float] | None = None) -> Iterator[tuple[dict, str]]:
    """Generate and import a market under `base`, with the library's env pointed at it; yields (truth, db url)."""
    from agent.config import reset_settings
    from agent.risk.generator import generate
    from agent.risk.importer import import_dir

    mp = pytest.MonkeyPatch()
    url = f"sqlite:///{base / 'risk.db'}"
    mp.setenv("FENGTIAO_PLATFORM_KEY", "test-platform-key")
    mp.setenv("FENGTIAO_RISK_DB_URL", url)
    mp.setenv("FENGTIAO_DATA_DIR", str(base / "data-dir"))
    mp.setenv("FENGTIAO_TENANTS", json.dumps(TENANTS))
    reset_settings()
    try:
        truth = generate(seed, n, base / "gen", as_of=as_of, tenant_shares=tenant_shares)
        report = import_dir(base / "gen", url=url)
        assert report.rejected == 0 and not any(f.error for f in report.files)
        yield truth, url
    finally:
        mp.undo()
        reset_settings()


@pytest.fixture(scope="module")
def market(tmp_path_factory):
    """(ground truth, db url, data dir) for seed 7 with 150 enterprises; env points the library at it."""
    base = tmp_path_factory.mktemp("risk")
    with synthetic_market(base, 7, 150) as (truth, url):
        yield truth, url, base / "gen"


def tenants_of(url: str, code: str) -> list[str]:
    from sqlalchemy import select

    from agent.risk import models as m
    from agent.risk.db import session_scope

    with session_scope(url) as s:
        return sorted(set(s.scalars(select(m.Application.tenant_id).join(m.Enterprise).where(m.Enterprise.credit_code == code))))


def load_truth(path: Path) -> dict:
    return json.loads((path / "ground_truth.json").read_text(encoding="utf-8"))
