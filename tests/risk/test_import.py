"""Row-level validation of `fengtiao data import`: every bad row is rejected with a reason a clerk can act on."""
from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from agent.identifiers import credit_code_check_char
from agent.risk.keys import id_number_check_char

TODAY = date(2026, 6, 30)


def _code(body17: str) -> str:
    return body17 + credit_code_check_char(body17)


def _write(path: Path, rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)


@pytest.fixture
def env(tmp_path, monkeypatch):
    monkeypatch.setenv("FENGTIAO_PLATFORM_KEY", "k-import")
    return f"sqlite:///{tmp_path / 'db.sqlite'}"


def test_bad_rows_are_rejected_with_reasons_and_good_rows_kept(tmp_path, env) -> None:
    from agent.risk.importer import import_dir

    good, other = _code("91440101MA59ABCD1"), _code("91440106MA5CXYW12")
    bad_check = good[:17] + ("0" if good[17] != "0" else "1")
    id_body = "44010619800101123"
    rep = id_body + id_number_check_char(id_body)
    d = tmp_path / "in"
    d.mkdir()
    _write(d / "tenants.csv", [{"tenant_id": "T1", "name": "甲小贷"}])
    base = {"name": "广州宏达商贸有限公司", "legal_rep_id_number": rep, "legal_rep_name": "王伟", "registered_address": "广州市天河区中山大道1号",
            "phones": "13800000001", "industry": "批发和零售业", "registered_capital": "1000000", "founded_on": "2015-03-01"}
    _write(d / "enterprises.csv", [
        {**base, "credit_code": good}, {**base, "credit_code": other, "registered_capital": "-5"},
        {**base, "credit_code": bad_check}, {**base, "credit_code": good},
        {**base, "credit_code": _code("91440104MA5DDDDD9"), "founded_on": "2030-01-01"},
        {**base, "credit_code": _code("91440104MA5EEEEE8"), "legal_rep_id_number": rep[:17] + ("0" if rep[17] != "0" else "1")}])
    _write(d / "applications.csv", [
        {"application_id": "A1", "tenant_id": "T1", "credit_code": good, "applied_on": "2026-05-01", "amount": "500000"},
        {"application_id": "A2", "tenant_id": "T9", "credit_code": good, "applied_on": "2026-05-01", "amount": "500000"},
        {"application_id": "A3", "tenant_id": "T1", "credit_code": other, "applied_on": "2026-05-01", "amount": "500000"},
        {"application_id": "A4", "tenant_id": "T1", "credit_code": good, "applied_on": "2026-05-01", "amount": "-1"}])
    (d / "notes.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    report = import_dir(d, url=env, today=TODAY)
    files = {f.file: f for f in report.files}
    ent = files["enterprises.csv"]
    assert ent.accepted == 1
    reasons = {r.line: " ".join(r.reasons) for r in ent.rejected}
    assert "registered_capital" in reasons[3]
    assert "校验位应为" in reasons[4]
    assert "重复记录" in reasons[5]
    assert "晚于今天" in reasons[6]
    assert "身份证号" in reasons[7] and rep not in reasons[7]  # the ID number is masked in messages
    apps = files["applications.csv"]
    assert apps.accepted == 1
    reasons = {r.line: " ".join(r.reasons) for r in apps.rejected}
    assert "T9 未登记" in reasons[3] and "不在企业名录" in reasons[4] and "amount" in reasons[5]
    assert files["notes.csv"].error and "未知数据表" in files["notes.csv"].error


def test_reimporting_the_same_files_accepts_nothing_twice(tmp_path, env) -> None:
    from agent.risk.generator import generate
    from agent.risk.importer import import_dir

    generate(3, 30, tmp_path / "gen", as_of=TODAY)
    first = import_dir(tmp_path / "gen", url=env, today=TODAY)
    second = import_dir(tmp_path / "gen", url=env, today=TODAY)
    assert first.accepted > 1000 and first.rejected == 0
    assert second.accepted == 0 and second.rejected == first.accepted


def test_id_numbers_are_stored_only_as_keyed_hashes(tmp_path, env) -> None:
    from agent.risk.generator import generate
    from agent.risk.importer import import_dir

    generate(4, 30, tmp_path / "gen", as_of=TODAY)
    import_dir(tmp_path / "gen", url=env, today=TODAY)
    raw = (tmp_path / "db.sqlite").read_bytes()
    ids = [line.split(",")[0] for line in (tmp_path / "gen" / "persons.csv").read_text().splitlines()[1:]]
    assert ids and not any(i.encode() in raw for i in ids)


def test_missing_directory_is_a_document_error(tmp_path, env) -> None:
    from agent.errors import DocumentError
    from agent.risk.importer import import_dir

    with pytest.raises(DocumentError):
        import_dir(tmp_path / "nope", url=env)


def test_a_file_the_database_refuses_is_rolled_back_whole(tmp_path, env, monkeypatch) -> None:
    from sqlalchemy import func, select

    from agent.risk import importer, models as m
    from agent.risk.db import session_scope

    model, load = importer.TABLES["tenants"]
    calls = []

    def flaky(ctx, row):
        calls.append(row.tenant_id)
        if len(calls) == 2:
            raise RuntimeError("disk full")
        load(ctx, row)

    monkeypatch.setitem(importer.TABLES, "tenants", (model, flaky))
    d = tmp_path / "in"
    d.mkdir()
    _write(d / "tenants.csv", [{"tenant_id": "T1", "name": "甲"}, {"tenant_id": "T2", "name": "乙"}])
    report = importer.import_dir(d, url=env, today=TODAY)
    assert report.files[0].error and "回滚" in report.files[0].error and report.files[0].accepted == 0
    with session_scope(env) as s:
        assert s.scalar(select(func.count()).select_from(m.Tenant)) == 0
