"""`fengtiao ingest / search / index` through the real typer app, on the session's regulation index."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from agent.config import Settings, reset_settings

from .samples import guarantee_contract


@pytest.fixture()
def cli(index_settings: Settings, monkeypatch):
    monkeypatch.setenv("FENGTIAO_DATA_DIR", str(index_settings.data_dir))
    monkeypatch.delenv("FENGTIAO_CHROMA_URL", raising=False)
    monkeypatch.setenv("FENGTIAO_DEFAULT_TENANT", "cli-bank")
    reset_settings()
    from agent.cli.main import app

    runner = CliRunner()
    yield lambda *args: runner.invoke(app, list(args))
    reset_settings()


def test_search_command_prints_the_civil_code_692_citation_in_the_top_3(cli):
    res = cli("search", "保证期间没有约定怎么办", "-k", "3", "--public-only", "--json")
    assert res.exit_code == 0, res.output
    hits = json.loads(res.output)
    assert "《中华人民共和国民法典 合同编》第六百九十二条" in [h["citation"] for h in hits]
    res = cli("search", "保证期间没有约定怎么办", "-k", "3")
    printed = res.output.replace("\n", "")  # rich wraps long lines at the terminal width
    assert res.exit_code == 0
    assert "《中华人民共和国民法典 合同编》第六百九十二条" in printed and "第十三章 保证合同 / 第二节 保证责任" in printed


def test_ingest_stats_and_delete_commands_round_trip_a_contract(cli, tmp_path):
    path = tmp_path / "guarantee.txt"
    path.write_text(guarantee_contract(marker="CLI round trip"), encoding="utf-8")
    res = cli("ingest", str(path), "--type", "contract", "--json")
    assert res.exit_code == 0, res.output
    summary = json.loads(res.output[res.output.index("{"):])
    doc = summary["documents"][0]
    assert doc["tenant"] == "cli-bank" and doc["chunks"] == 5 and summary["chunks_added"] == 5

    stats = json.loads(cli("index", "stats", "--json").output)
    assert stats["by_tenant"]["cli-bank"] == 5 and stats["by_tenant"]["public"] == 5652

    assert cli("index", "delete", "--doc", doc["doc_id"], "--tenant", "someone-else").exit_code == 1
    res = cli("index", "delete", "--doc", doc["doc_id"])
    assert res.exit_code == 0 and "deleted 5 chunks" in res.output
    assert "cli-bank" not in json.loads(cli("index", "stats", "--json").output)["by_tenant"]


def test_ingest_reports_a_bad_file_and_exits_nonzero(cli, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    res = cli("ingest", str(empty))
    assert res.exit_code == 1 and "empty" in res.output and "1 failed" in res.output


def test_search_rejects_an_empty_query_with_a_message(cli):
    res = cli("search", "  ")
    assert res.exit_code == 2 and "empty" in res.output
