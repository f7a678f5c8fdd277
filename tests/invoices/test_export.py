"""Excel export: one row per input file, every error on its own sheet, document text never turned into formulas."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

from agent.jobs import create_job, job_results, run_job
from agent.jobs.export import write_xlsx

REPO = Path(__file__).resolve().parents[2]
FILES = REPO / "eval" / "datasets" / "invoices" / "files"
GOLD = {r["file"]: r for r in map(json.loads, (FILES / "gold.jsonl").read_text(encoding="utf-8").splitlines())}


def _rows(ws) -> list[dict]:
    head, *rows = list(ws.iter_rows(values_only=True))
    return [dict(zip(head, r)) for r in rows]


def test_cli_xlsx_has_one_row_per_file_and_an_errors_sheet(tmp_path: Path, monkeypatch) -> None:
    from agent.cli.main import app
    from agent.config import reset_settings

    d = tmp_path / "in"
    d.mkdir()
    for n in ("invoice_001.pdf", "invoice_009.pdf"):
        shutil.copy(FILES / n, d / n)
    (d / "empty.pdf").write_bytes(b"")
    xlsx = tmp_path / "out" / "results.xlsx"
    monkeypatch.setenv("FENGTIAO_DATA_DIR", str(tmp_path / "data"))
    reset_settings()
    try:
        result = CliRunner().invoke(app, ["extract", "invoices", str(d), "--out", str(tmp_path / "r.jsonl"),
                                          "--xlsx", str(xlsx)])
    finally:
        reset_settings()
    assert result.exit_code == 0, result.output
    wb = load_workbook(xlsx)
    assert wb.sheetnames == ["results", "errors"]
    rows = {r["file"]: r for r in _rows(wb["results"])}
    assert set(rows) == {"invoice_001.pdf", "invoice_009.pdf", "empty.pdf"}
    gold = GOLD["invoice_001.pdf"]["fields"]
    assert rows["invoice_001.pdf"]["status"] == "ok"
    assert rows["invoice_001.pdf"]["invoice_number"] == gold["invoice_number"]
    assert rows["empty.pdf"]["status"] == "error" and rows["empty.pdf"]["errors"] == "empty"
    errors = _rows(wb["errors"])
    assert {(e["file"], e["kind / code"]) for e in errors} == {("empty.pdf", "empty"), ("invoice_009.pdf", "capital_mismatch")}
    assert all(e["message"] for e in errors)
    assert not (xlsx.parent / "results.xlsx.tmp").exists()


def test_document_text_that_looks_like_a_formula_stays_text(tmp_path: Path) -> None:
    d = tmp_path / "receipts"
    d.mkdir()
    lines = ['=HYPERLINK("http://evil.example","click")', "NO 5, JALAN BUKIT 1", "DATE: 12/03/2018",
             "TOTAL: 23.50"]
    (d / "r1.txt").write_text("\n".join(lines), encoding="utf-8")
    job = create_job("receipts", d, data_dir=tmp_path / "data")
    run_job(job.id, data_dir=tmp_path / "data")
    records = job_results(job.id, data_dir=tmp_path / "data")
    assert records[0]["fields"]["company"].startswith("=HYPERLINK")  # the extractor took the first line as shop name
    write_xlsx(records, tmp_path / "r.xlsx")
    ws = load_workbook(tmp_path / "r.xlsx")["results"]
    head = [c.value for c in ws[1]]
    cell = ws.cell(row=2, column=head.index("company") + 1)
    assert cell.data_type == "s" and cell.value == records[0]["fields"]["company"]
    assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)
