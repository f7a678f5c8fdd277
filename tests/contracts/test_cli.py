"""`fengtiao contract check --json` and `fengtiao lpr` as a user runs them."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from agent.cli.main import app

runner = CliRunner()


def test_contract_check_json_has_the_documented_shape(tmp_path, contract):
    path = tmp_path / "loan.txt"
    path.write_text(contract(interest="借款年利率为24%。"), encoding="utf-8")
    result = runner.invoke(app, ["contract", "check", str(path), "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert {"file", "fields", "findings", "errors"} <= out.keys()
    assert out["fields"]["annual_rate"] == 0.24 and out["fields"]["principal"] == "100000"
    f = next(f for f in out["findings"] if f["rule_id"] == "rate_above_4x_lpr")
    assert {"rule_id", "severity", "explanation_zh", "explanation_en", "amounts", "evidence", "citations"} <= f.keys()
    assert isinstance(f["amounts"]["cap_rate"], str)
    assert {"instrument", "label", "text"} <= f["citations"][0].keys()


def test_contract_check_table_output_lists_findings(tmp_path, contract):
    path = tmp_path / "loan.txt"
    path.write_text(contract(interest="借款年利率为24%。"), encoding="utf-8")
    result = runner.invoke(app, ["contract", "check", str(path)])
    assert result.exit_code == 0 and "rate_above_4x" in result.output


def test_contract_check_bad_file_gives_json_error_and_exit_1(tmp_path):
    path = tmp_path / "invoice.txt"
    path.write_text("增值税电子普通发票\n价税合计 ¥7,630.00\n销售方名称：某某海鲜批发行\n", encoding="utf-8")
    result = runner.invoke(app, ["contract", "check", str(path), "--json"])
    assert result.exit_code == 1
    out = json.loads(result.output)
    assert out["errors"][0]["kind"] == "not_a_contract" and out["findings"] == []


def test_lpr_show_and_update(tmp_path, monkeypatch):
    from agent.config import reset_settings

    monkeypatch.setenv("FENGTIAO_DATA_DIR", str(tmp_path))
    reset_settings()
    try:
        shown = runner.invoke(app, ["lpr", "show", "--on", "2023-09-01"])
        assert shown.exit_code == 0 and "3.45" in shown.output
        new = tmp_path / "lpr.csv"
        new.write_text("date,rate,source\n2031-01-20,2.80,test\n", encoding="utf-8")
        upd = runner.invoke(app, ["lpr", "update", str(new)])
        assert upd.exit_code == 0, upd.output
        assert (tmp_path / "rules" / "lpr_1y.csv").exists()
        assert "2.80" in runner.invoke(app, ["lpr", "show", "--on", "2031-02-01"]).output
        bad = tmp_path / "bad.csv"
        bad.write_text("date,rate\n2024-10-21,9.99\n", encoding="utf-8")
        assert runner.invoke(app, ["lpr", "update", str(bad)]).exit_code == 1
    finally:
        reset_settings()
