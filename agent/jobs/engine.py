"""Resumable batch jobs: `create_job`, `run_job`, `job_status`, `job_results`.

A job is identified by (kind, absolute source, options), so rerunning the same command finds the same
job and skips every file whose content hash already has a record. Outputs are written from the database
at the end: exactly one record per input file, no duplicates, whatever happened before.

A job created for a tenant belongs to it: `job_status`/`job_results` called with `tenant=` answer NotFound for
another tenant's job, exactly as for an unknown id. Without `tenant=` (the CLI: the local operator) every job
is visible, as before.
"""
from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel

from agent.config import get_settings
from agent.errors import NotFound
from agent.jobs import store
from agent.jobs.inputs import InputUnit, iter_inputs
from agent.jobs.worker import HANDLERS, process_unit

JobKind = Literal["invoices", "receipts"]
Engine = Literal["local", "ray"]
Progress = Callable[[int, int, dict[str, Any]], None]


class _Operator:
    """The local operator (CLI, library calls): sees every job. Not a tenant name, so it cannot be forged."""

    def __repr__(self) -> str:
        return "OPERATOR"


OPERATOR: Any = _Operator()


class JobInfo(BaseModel):
    id: str
    kind: str
    source: str
    status: str
    total: int
    done: int
    ok: int
    error: int
    options: dict[str, Any] = {}
    tenant: str | None = None


def _db(data_dir: Path | None) -> Path:
    return store.db_path(data_dir or get_settings().data_dir)


def job_id_for(kind: str, source: str | Path, options: dict[str, Any], tenant: str | None = None) -> str:
    """Same input, same id; the tenant is part of the key (operator jobs keep the ids they always had)."""
    parts: list[Any] = [kind, str(Path(source).resolve()), sorted(options.items())]
    if tenant is not None:
        parts.append(["tenant", tenant])
    key = json.dumps(parts, ensure_ascii=False, default=str)
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def create_job(kind: JobKind, source: str | Path, *, options: dict[str, Any] | None = None,
               data_dir: Path | None = None, tenant: str | None = None) -> JobInfo:
    """Register (or find again) the job for this input, owned by `tenant` (None: the local operator)."""
    if kind not in HANDLERS:
        raise ValueError(f"unknown job kind {kind!r}; use one of {sorted(HANDLERS)}")
    opts = options or {}
    job_id = job_id_for(kind, source, opts, tenant)
    with store.connect(_db(data_dir)) as conn:
        store.upsert_job(conn, job_id, kind, str(Path(source).resolve()), opts, tenant)
    return job_status(job_id, data_dir=data_dir, tenant=tenant)


def _owned_row(conn, job_id: str, tenant: Any):
    """The job's row if `tenant` may see it; another tenant's job is reported exactly like an unknown one."""
    row = store.get_job(conn, job_id)
    if row is None or (tenant is not OPERATOR and row["tenant"] != tenant):
        raise NotFound(f"job {job_id} not found; list the jobs directory or start it again")
    return row


def job_status(job_id: str, *, data_dir: Path | None = None, tenant: Any = OPERATOR) -> JobInfo:
    with store.connect(_db(data_dir)) as conn:
        row = _owned_row(conn, job_id, tenant)
        c = store.counts(conn, job_id)
    return JobInfo(id=row["id"], kind=row["kind"], source=row["source"], status=row["status"], total=row["total"],
                   options=json.loads(row["options"]), tenant=row["tenant"], **c)


def _finalise(kind: str, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Batch-level flags need every record: computed on the way out, never stored half-done."""
    if kind != "invoices":
        return records
    from agent.invoices.flags import flag_batch

    ok = [r for r in records if r["status"] == "ok"]
    flags = flag_batch([{"file": r["file"], "fields": r["fields"]} for r in ok])
    return [{**r, "flags": flags.get(r["file"], r.get("flags", []))} for r in records]


def job_results(job_id: str, *, data_dir: Path | None = None, tenant: Any = OPERATOR) -> list[dict[str, Any]]:
    """Finished records in input order (file name), with batch flags."""
    with store.connect(_db(data_dir)) as conn:
        row = _owned_row(conn, job_id, tenant)
        done = store.done_records(conn, job_id)
    return _finalise(row["kind"], [done[f][1] for f in sorted(done)])


def run_job(job_id: str, *, workers: int = 1, data_dir: Path | None = None, out: Path | None = None,
            csv_path: Path | None = None, on_progress: Progress | None = None, engine: Engine = "local",
            ray_address: str | None = None, xlsx_path: Path | None = None) -> JobInfo:
    """Process every input not yet done (by content hash), then write the outputs from the database.

    `engine="ray"` runs the same per-file function as Ray tasks (local Ray with `workers` CPUs, at least 2, or
    the cluster at `ray_address`); records are stored as tasks finish, so resuming works across engines.
    """
    db = _db(data_dir)
    with store.connect(db) as conn:
        row = store.get_job(conn, job_id)
        if row is None:
            raise NotFound(f"job {job_id} not found")
        kind, options = row["kind"], json.loads(row["options"])
        units = iter_inputs(row["source"])
        names = {u.name for u in units}
        store.drop_missing(conn, job_id, names)
        done = store.done_records(conn, job_id)
        store.set_status(conn, job_id, "running", total=len(units))
        todo = [u for u in units if done.get(u.name, ("",))[0] != u.sha256]
        finished = len(units) - len(todo)
        if on_progress:
            on_progress(finished, len(units), {})
        if engine == "ray":
            from agent.jobs.ray_engine import LOCAL_CPUS, execute_ray

            results = execute_ray(kind, todo, options, address=ray_address, num_cpus=max(workers, LOCAL_CPUS))
        else:
            results = _execute(kind, todo, options, workers)
        for unit, record in results:
            store.save_record(conn, job_id, unit.name, unit.sha256, record)
            finished += 1
            if on_progress:
                on_progress(finished, len(units), record)
        store.set_status(conn, job_id, "done")
    records = job_results(job_id, data_dir=data_dir)
    if out:
        write_jsonl(records, out)
    if csv_path:
        write_csv(records, csv_path)
    if xlsx_path:
        from agent.jobs.export import write_xlsx

        write_xlsx(records, xlsx_path)
    return job_status(job_id, data_dir=data_dir)


def _execute(kind: str, units: list[InputUnit], options: dict[str, Any], workers: int):
    """Yield (unit, record) as they finish; one process per worker, at most 2 x workers units in flight."""
    if workers <= 1:
        for u in units:
            yield u, process_unit(kind, u.name, u.data, u.error, options)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending: dict[Any, InputUnit] = {}
        queue = iter(units)
        while True:
            while len(pending) < 2 * workers:
                u = next(queue, None)
                if u is None:
                    break
                pending[pool.submit(process_unit, kind, u.name, u.data, u.error, options)] = u
            if not pending:
                return
            finished, _ = wait(pending, return_when=FIRST_COMPLETED)
            for fut in finished:
                u = pending.pop(fut)
                try:
                    record = fut.result()
                except Exception as exc:  # the worker process itself died (e.g. out of memory)
                    record = {"file": u.name, "status": "error", "fields": {}, "evidence": {}, "flags": [],
                              "errors": [{"type": "worker_crashed", "message": f"worker stopped on this file: {exc}"}]}
                yield u, record


def write_jsonl(records: list[dict[str, Any]], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
    tmp.replace(path)  # readers never see a half-written file


def write_csv(records: list[dict[str, Any]], path: Path) -> None:
    """One row per file: scalar fields, error codes and flag codes (line items stay in the JSONL)."""
    keys: list[str] = []
    for r in records:
        for k, v in r["fields"].items():
            if k not in keys and not isinstance(v, (list, dict)):
                keys.append(k)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "status", *keys, "errors", "flags"])
        for r in records:
            w.writerow([r["file"], r["status"], *(r["fields"].get(k) for k in keys),
                        ";".join(e.get("code") or e.get("kind") or e.get("type", "") for e in r["errors"]),
                        ";".join(f["code"] for f in r.get("flags", []))])
