"""The one-year LPR in force on a date, across the published changes, and the update command."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from agent.config import Settings
from agent.contracts.lpr import LprDataError, load_lpr_table, lpr_on, parse_lpr_csv, update_lpr


@pytest.mark.parametrize("on, rate", [
    (date(2019, 8, 20), "4.25"), (date(2019, 9, 19), "4.25"), (date(2019, 9, 20), "4.20"),
    (date(2020, 4, 19), "4.05"), (date(2020, 4, 20), "3.85"), (date(2021, 12, 19), "3.85"),
    (date(2021, 12, 20), "3.80"), (date(2022, 8, 22), "3.65"), (date(2023, 8, 21), "3.45"),
    (date(2024, 10, 21), "3.10"), (date(2025, 5, 20), "3.00"), (date(2025, 6, 19), "3.00"),
])
def test_rate_in_force_changes_on_publication_day(on, rate):
    look = lpr_on(on)
    assert look.status == "ok" and look.rate_pct == Decimal(rate)


def test_date_after_the_data_warns_that_it_may_be_stale():
    look = lpr_on(date(2025, 9, 15))
    assert look.status == "stale" and look.rate_pct == Decimal("3.00")
    assert "newer LPR may apply" in look.warning


def test_date_before_the_first_lpr_names_the_old_rules_and_no_number():
    look = lpr_on(date(2019, 8, 19))
    assert look.status == "before_lpr" and look.rate_pct is None
    assert "24 % / 36 %" in look.warning


def test_shipped_table_is_sorted_and_sourced():
    table = load_lpr_table(Settings(data_dir="/nonexistent-fengtiao-dir"))
    assert table[0].effective == date(2019, 8, 20)
    assert [p.effective for p in table] == sorted(p.effective for p in table)
    assert all(p.source for p in table)


def test_update_merges_newer_values_into_the_data_dir(tmp_path):
    settings = Settings(data_dir=tmp_path)
    new = tmp_path / "new.csv"
    new.write_text("date,rate,source\n2025-06-20,3.00,unchanged\n2030-01-20,2.50,test value\n", encoding="utf-8")
    path, added = update_lpr(new, settings)
    assert path == tmp_path / "rules" / "lpr_1y.csv" and added == 2
    table = load_lpr_table(settings)
    assert table[-1].rate_pct == Decimal("2.50")
    assert lpr_on(date(2030, 1, 25), table).status == "ok"


def test_update_refuses_a_value_that_contradicts_the_table(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("date,rate\n2024-10-21,3.15\n", encoding="utf-8")
    with pytest.raises(LprDataError, match="3.10"):
        update_lpr(bad, Settings(data_dir=tmp_path))


@pytest.mark.parametrize("csv_text, msg", [
    ("when,value\n2024-01-01,3\n", "columns"),
    ("date,rate\n2024-13-01,3.1\n", "ISO date"),
    ("date,rate\n2018-01-01,4.3\n", "before the first LPR"),
    ("date,rate\n2024-01-22,34.5\n", "plausible"),
    ("date,rate\n2024-01-22,3.45\n2024-01-22,3.40\n", "twice"),
])
def test_malformed_lpr_files_are_refused(csv_text, msg):
    with pytest.raises(LprDataError, match=msg):
        parse_lpr_csv(csv_text)
