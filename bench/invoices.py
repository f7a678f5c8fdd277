"""Benchmark batch invoice/receipt extraction: `python bench/invoices.py [--workers 1 2] [--receipts 100]`.

Deterministic extractors only (no LLM). For each input set — text PDFs and OCR images from
eval/datasets/invoices/files, SROIE receipt OCR lines from eval/datasets/sroie-dev — runs the real batch
job (`create_job` + `run_job`, fresh SQLite job store) with 1 and 2 worker processes, and, on the text PDFs,
a plain baseline: pypdfium2 text + three regexes (发票号码 / 开票日期 / 价税合计), no validation, no job store.
Every configuration runs in its own Python process, so its peak RSS is its own:
`driver` is the process running the job, `worker` the largest worker process (0 when run in-process).
Throughput is files per second over the batch, including lazy model loading (OCR) in each process.
Invoices are repeated (--repeat) so that process start and model loading do not dominate.
Accuracy is exact match with gold on invoice number, issue date and total with tax (receipts: total).
Results: a rich table and bench/results/invoices.json.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

FILES = REPO / "eval" / "datasets" / "invoices" / "files"
SROIE = REPO / "eval" / "datasets" / "sroie-dev" / "receipts.jsonl"
RESULTS = REPO / "bench" / "results" / "invoices.json"
INVOICE_FIELDS = ("invoice_number", "issue_date", "total_with_tax")

# The baseline: what a quick script would do with the PDF text layer.
_NUMBER = re.compile(r"发票号码[:：]?\s*(\d{8,20})")
_DATE = re.compile(r"开票日期[:：]?\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_TOTAL = re.compile(r"价税合计.*?[（(]小写[)）]\s*[¥￥]?\s*(-?[\d,]+\.\d{2})", re.S)


def regex_extract(data: bytes) -> dict[str, str | None]:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    text = "\n".join(page.get_textpage().get_text_range() for page in pdf)
    n, d, t = _NUMBER.search(text), _DATE.search(text), _TOTAL.search(text)
    return {"invoice_number": n.group(1) if n else None,
            "issue_date": f"{d.group(1)}-{int(d.group(2)):02d}-{int(d.group(3)):02d}" if d else None,
            "total_with_tax": t.group(1).replace(",", "") if t else None}


def _gold(kind: str, src: Path) -> dict[str, dict[str, Any]]:
    if kind == "receipts":
        rows = [json.loads(x) for x in SROIE.read_text(encoding="utf-8").splitlines()]
        return {f"{r['id']}.json": {"total": r["gold"]["total"]} for r in rows}
    rows = [json.loads(x) for x in (FILES / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
    return {r["file"]: {k: r["fields"].get(k) for k in INVOICE_FIELDS} for r in rows}


def _accuracy(kind: str, src: Path, fields_by_file: dict[str, dict[str, Any]]) -> float:
    gold = _gold(kind, src)
    hits = total = 0
    for name, fields in fields_by_file.items():
        for k, v in gold[name.split("__", 1)[-1]].items():  # copies are named "r1__invoice_000.pdf"
            total += 1
            hits += str(fields.get(k)) == str(v)
    return round(hits / total, 3) if total else 0.0


def run_one(cfg: dict[str, Any]) -> dict[str, Any]:
    """One configuration, in this process; returns its measurements."""
    src, kind = Path(cfg["dir"]), cfg["kind"]
    files = sorted(p for p in src.iterdir() if p.is_file())
    t0 = time.perf_counter()
    if cfg["engine"] == "regex":
        fields = {p.name: regex_extract(p.read_bytes()) for p in files}
        ok = sum(1 for f in fields.values() if all(f.values()))
    else:
        from agent.jobs import create_job, job_results, run_job

        data_dir = Path(tempfile.mkdtemp(prefix="bench-jobs-"))
        job = create_job("receipts" if kind == "receipts" else "invoices", src, data_dir=data_dir)
        run_job(job.id, workers=cfg["workers"], data_dir=data_dir)
        records = job_results(job.id, data_dir=data_dir)
        fields = {r["file"]: r["fields"] for r in records}
        ok = sum(1 for r in records if r["status"] == "ok")
    seconds = time.perf_counter() - t0
    return {**{k: cfg[k] for k in ("set", "engine", "workers")}, "files": len(files), "ok": ok,
            "seconds": round(seconds, 2), "files_per_s": round(len(files) / seconds, 2),
            "peak_rss_driver_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            "peak_rss_worker_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1),
            "accuracy": _accuracy(kind, src, fields)}


def _prepare(root: Path, n_receipts: int, repeat: int) -> dict[str, tuple[str, Path]]:
    sets = {"text PDF": ("invoices", root / "pdf"), "OCR image": ("invoices", root / "png"),
            "receipt lines": ("receipts", root / "receipts")}
    for _, d in sets.values():
        d.mkdir(parents=True)
    for p in sorted(FILES.iterdir()):
        if p.suffix in (".pdf", ".png"):
            for i in range(repeat):
                (root / p.suffix[1:] / (f"r{i}__{p.name}" if i else p.name)).symlink_to(p)
    rows = [json.loads(x) for x in SROIE.read_text(encoding="utf-8").splitlines()][:n_receipts]
    for r in rows:
        (root / "receipts" / f"{r['id']}.json").write_text(json.dumps({"lines": r["lines"]}), encoding="utf-8")
    return sets


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--receipts", type=int, default=100, help="how many SROIE receipts")
    ap.add_argument("--repeat", type=int, default=3, help="copies of each invoice PDF/image, for a longer batch")
    ap.add_argument("--one", help=argparse.SUPPRESS)  # internal: run one configuration given as JSON
    args = ap.parse_args()
    if args.one:
        print(json.dumps(run_one(json.loads(args.one))))
        return

    from rich.console import Console
    from rich.table import Table

    console = Console(width=max(Console().width, 110))
    results: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="bench-invoices-") as tmp:
        sets = _prepare(Path(tmp), args.receipts, args.repeat)
        configs = [{"set": "text PDF", "engine": "regex baseline", "workers": 1}]
        configs += [{"set": s, "engine": "fengtiao", "workers": w} for s in sets for w in args.workers]
        for cfg in configs:
            kind, d = sets[cfg["set"]]
            full = {**cfg, "kind": kind, "dir": str(d), "engine": "regex" if "regex" in cfg["engine"] else "fengtiao"}
            console.print(f"running {cfg['set']} / {cfg['engine']} / {cfg['workers']} worker(s) …")
            proc = subprocess.run([sys.executable, __file__, "--one", json.dumps(full)], capture_output=True,
                                  text=True, env={**os.environ, "PYTHONPATH": str(REPO)})
            if proc.returncode != 0:
                console.print(f"[red]failed:[/red] {proc.stderr[-1500:]}")
                continue
            results.append({**json.loads(proc.stdout.strip().splitlines()[-1]), "engine": cfg["engine"]})

    table = Table(title="batch extraction, deterministic only (no LLM)")
    for col in ("input", "engine", "workers", "files", "ok", "s", "files/s", "RSS drv MB", "RSS wkr MB", "acc"):
        table.add_column(col, justify="left" if col in ("input", "engine") else "right")
    for r in results:
        table.add_row(r["set"], r["engine"], str(r["workers"]), str(r["files"]), str(r["ok"]), f"{r['seconds']:.2f}",
                      f"{r['files_per_s']:.2f}", f"{r['peak_rss_driver_mb']:.0f}", f"{r['peak_rss_worker_mb']:.0f}",
                      f"{r['accuracy']:.3f}")
    console.print(table)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({"cpu_count": os.cpu_count(), "python": sys.version.split()[0],
                                   "note": "shared 2-core machine; other jobs were running", "results": results},
                                  ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    console.print(f"wrote {RESULTS}")


if __name__ == "__main__":
    main()
