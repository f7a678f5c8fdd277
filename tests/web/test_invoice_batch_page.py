"""The invoice-batch page end to end: upload a zip of the shipped samples, watch the job finish, read the table,
download the CSV. Expected values come from the invoices eval gold, not from the code under test."""
from __future__ import annotations

import csv
import json
import time
import zipfile
from pathlib import Path

import pytest

from tests.web.conftest import ARTIFACTS
from tests.web.test_ui_flows import sign_in

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "agent" / "samples" / "invoices"
GOLD = REPO / "eval" / "datasets" / "invoices" / "files"
# agent/samples/SOURCE.md: 01 and 02 are invoice_000 and invoice_001 of the eval set, 06 is a copy of 01, 07 is truncated
SAMPLE_GOLD = {"01-数电票.pdf": "invoice_000.pdf", "02-增值税专用发票.pdf": "invoice_001.pdf"}
CORRUPT = "07-损坏文件.pdf"
DUPLICATES = {"01-数电票.pdf", "06-重复提交.pdf"}


@pytest.fixture(scope="module")
def gold() -> dict[str, dict]:
    rows = [json.loads(line) for line in (GOLD / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    by_file = {r["file"]: r["fields"] for r in rows}
    for sample, source in SAMPLE_GOLD.items():
        assert (SAMPLES / sample).read_bytes() == (GOLD / source).read_bytes(), f"{sample} is no longer {source}"
    return {sample: by_file[source] for sample, source in SAMPLE_GOLD.items()}


@pytest.fixture
def sample_zip(tmp_path) -> Path:
    files = sorted(p for p in SAMPLES.iterdir() if p.is_file())
    assert len(files) == 7
    path = tmp_path / "样例发票.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for f in files:
            zf.write(f, f.name)
    return path


def member(file_label: str) -> str:
    """`<upload>.zip!01-数电票.pdf` -> `01-数电票.pdf`."""
    return file_label.rsplit("!", 1)[-1]


def watch_progress(page, timeout_s: float = 120) -> list[tuple[float, float]]:
    """(value, max) of the progress bar, sampled until the status line says the job is done."""
    seen: list[tuple[float, float]] = []
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        state = page.evaluate("""() => { const p = document.querySelector('#invoice-progress');
            return [p.value, p.max, document.querySelector('#invoice-status').textContent]; }""")
        if not seen or seen[-1] != (state[0], state[1]):
            seen.append((state[0], state[1]))
        if "done" in state[2] or "出错" in state[2]:
            return seen
        time.sleep(0.1)
    raise AssertionError(f"the job did not finish in {timeout_s:.0f} s; progress seen: {seen}")


def test_invoice_batch_uploads_progresses_and_downloads_csv(page, start_app, sample_zip, gold, tmp_path):
    app = start_app("demo")
    sign_in(page, app)
    page.click("#nav button[data-page=invoices]")
    page.set_input_files("#invoice-zip", str(sample_zip))
    page.click("#invoice-form button[type=submit]")
    page.wait_for_selector("#invoice-job:not([hidden])")

    seen = watch_progress(page)
    status = page.inner_text("#invoice-status")
    assert "done" in status and "已完成 7/7" in status and "成功 6，失败 1" in status, status
    assert seen[-1] == (7, 7)
    values = [v for v, _ in seen]
    assert values == sorted(values), f"progress went backwards: {seen}"
    page.wait_for_selector("#invoice-table tr[data-status]")
    page.screenshot(path=ARTIFACTS / "invoices-batch.png", full_page=True)

    rows = page.eval_on_selector_all("#invoice-table tr[data-status]", """trs => trs.map(tr => ({
        cells: [...tr.cells].map(td => td.innerText.trim()), bad: tr.classList.contains('bad'),
        codes: [...tr.querySelectorAll('code.note-code')].map(c => c.textContent)}))""")
    table = {member(r["cells"][0]): r for r in rows}
    assert sorted(table) == sorted(p.name for p in SAMPLES.iterdir())

    for sample, fields in gold.items():               # extracted fields match the gold for the known invoices
        cells = table[sample]["cells"]
        assert cells[1] == "ok" and not table[sample]["bad"]
        assert cells[2] == fields["invoice_number"] and cells[3] == fields["total_with_tax"], cells

    corrupt = table[CORRUPT]                          # a typed error row, and the rest of the batch still succeeded
    assert corrupt["cells"][1] == "error" and corrupt["bad"]
    assert corrupt["codes"] == ["corrupt"] and "PDF" in corrupt["cells"][4]
    assert all(r["cells"][1] == "ok" for name, r in table.items() if name != CORRUPT)
    assert all(r["cells"][2] for name, r in table.items() if name != CORRUPT)  # every readable invoice has a number
    for name in DUPLICATES:
        assert "duplicate_invoice" in table[name]["codes"], table[name]

    with page.expect_download() as download:
        page.click("#invoice-download")
    assert download.value.suggested_filename.endswith(".csv")
    saved = tmp_path / download.value.suggested_filename
    download.value.save_as(saved)
    with saved.open(encoding="utf-8-sig", newline="") as fh:
        records = list(csv.DictReader(fh))
    assert len(records) == 7
    by_name = {member(r["file"]): r for r in records}
    for sample, fields in gold.items():
        for key in ("invoice_number", "issue_date", "seller_tax_id", "total_with_tax"):
            assert by_name[sample][key] == fields[key], (sample, key)
    assert by_name[CORRUPT]["status"] == "error" and by_name[CORRUPT]["errors"] == "corrupt"
    assert all("duplicate_invoice" in by_name[n]["flags"].split(";") for n in DUPLICATES)
