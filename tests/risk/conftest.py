"""One small synthetic market per test module, imported into a SQLite file."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

AS_OF = date(2026, 6, 30)
TENANTS = ["T01", "T02", "T03", "T04", "T05", "T06"]  # the generator's institutions, registered for the API


@pytest.fixture(scope="module")
def market(tmp_path_factory):
    """(ground truth, db url, data dir) for seed 7 with 150 enterprises; env points the library at it."""
    mp = pytest.MonkeyPatch()
    base = tmp_path_factory.mktemp("risk")
    url = f"sqlite:///{base / 'risk.db'}"
    mp.setenv("FENGTIAO_PLATFORM_KEY", "test-platform-key")
    mp.setenv("FENGTIAO_RISK_DB_URL", url)
    mp.setenv("FENGTIAO_DATA_DIR", str(base / "data-dir"))
    mp.setenv("FENGTIAO_TENANTS", json.dumps(TENANTS))
    from agent.config import reset_settings
    from agent.risk.generator import generate
    from agent.risk.importer import import_dir

    reset_settings()
    truth = generate(7, 150, base / "gen", as_of=AS_OF)
    report = import_dir(base / "gen", url=url)
    assert report.rejected == 0 and not any(f.error for f in report.files)
    yield truth, url, base / "gen"
    mp.undo()
    reset_settings()


def tenants_of(url: str, code: str) -> list[str]:
    from sqlalchemy import select

    from agent.risk import models as m
    from agent.risk.db import session_scope

    with session_scope(url) as s:
        return sorted(set(s.scalars(select(m.Application.tenant_id).join(m.Enterprise).where(m.Enterprise.credit_code == code))))


def load_truth(path: Path) -> dict:
    return json.loads((path / "ground_truth.json").read_text(encoding="utf-8"))
