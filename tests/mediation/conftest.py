from __future__ import annotations

from pathlib import Path

import pytest

DEMO = Path(__file__).resolve().parents[2] / "agent" / "samples" / "dispute-宏达商贸.yaml"


@pytest.fixture
def demo_inputs():
    from agent.mediation.claim import assess_claim
    from agent.mediation.draft import DraftInputs
    from agent.mediation.intake import load_dispute
    from agent.mediation.options import build_options

    def make(lang: str = "zh", chosen: int | None = None):
        d = load_dispute(DEMO)
        a = assess_claim(d)
        o = build_options(a.supportable.totals["total_outstanding"], a.as_written.totals["total_outstanding"],
                          settle_on=d.claim_date, capacity=d.borrower_capacity_per_month,
                          lender_min=d.claims.lender.reservation, borrower_max=d.claims.borrower.reservation)
        return DraftInputs(d, a, o, chosen or o.recommended, lang)

    return make


@pytest.fixture
def med_settings(tmp_path, monkeypatch):
    from agent.config import Settings, reset_settings

    monkeypatch.setenv("FENGTIAO_DATA_DIR", str(tmp_path / "data"))
    for var in ("FENGTIAO_LLM_BASE_URL", "FENGTIAO_LLM_BACKEND"):
        monkeypatch.delenv(var, raising=False)
    reset_settings()
    yield Settings(data_dir=tmp_path / "data")
    reset_settings()
