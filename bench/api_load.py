"""Load on the HTTP API: `python bench/api_load.py [--duration 2] [--concurrency 1,8,32] [--routes ...]`.

The servers run in their own processes on 127.0.0.1; this process is the load generator (httpx async clients,
bounded concurrency, fixed duration per cell):
- `ours`: serve.py's app with API keys required, audit on, the regulations index, a small synthetic borrower
  market, and the OpenAI stub (tests/stub_openai_server.py, its own process) as the model — so chat measures our
  graph, retrieval and middleware, not a model. The rate limit is set out of reach for the latency cells.
- `peer`: a bare FastAPI app with the same routes and parameters that returns the bytes `ours` returned for the
  same request (same JSON size, same SSE events). ours − peer is what our middleware and handlers cost.
Routes: /healthz (outside the guard), /v1/whoami (guarded, trivial handler: the middleware alone — key lookup,
rate limit, tenant guard, audit row), /v1/search (real Chinese queries), /v1/borrowers/{id}/warnings (tenant from
the key), POST /v1/chat (SSE read to the end; an `error` event counts as an error).
Then: /healthz latency while an invoice batch job runs in the server, and the rate limiter on a second `ours`
with a real limit — paced below it (no 429 expected) and above it (429s after the burst, accepted ≈ burst +
rate × time). Results: a rich table and bench/results/api_load.json. Default run ≈ 3 minutes on 2 cores.
`FENGTIAO_AUDIT_ENABLED=false python bench/api_load.py --routes whoami` shows what the audit row costs.
"""
from __future__ import annotations

import argparse
import asyncio
import io
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import zipfile
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

os.environ.setdefault("HF_HUB_OFFLINE", "1")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

RESULTS = REPO / "bench" / "results" / "api_load.json"
SAMPLES = REPO / "agent" / "samples" / "invoices"
PLATFORM_KEY = "bench-platform-key"
SEARCH_QUERIES = ["保证期间没有约定怎么办", "民间借贷利率上限是多少", "借款合同逾期利息怎么计算", "砍头息 本金按实际出借金额认定",
                  "连带责任保证 诉讼时效", "虚开增值税专用发票", "抵押权实现的条件", "提前还款 利息计算",
                  "夫妻共同债务的认定", "网络贷款平台 责任"]
CHAT_QUESTIONS = ["借款合同没有约定保证期间怎么办？", "民间借贷的利率上限是多少？", "借款人逾期后出借人可以主张哪些费用？",
                  "砍头息应该怎么处理？"]
ROUTES = ("healthz", "whoami", "search", "warnings", "chat")
MIN_SAMPLES = 20
UNLIMITED = {"FENGTIAO_RATE_LIMIT_PER_MINUTE": "100000000", "FENGTIAO_RATE_LIMIT_BURST": "1000000"}


class PeerChat(BaseModel):
    """serve.ChatRequest's shape, at module level so FastAPI resolves it as the peer's JSON body."""

    question: str = Field(min_length=1, max_length=20_000)
    thread_id: str | None = None
    tenant: str | None = None


# ---------------------------------------------------------------- servers (child processes)

def serve(kind: str, port: int, bodies: str | None) -> None:
    import uvicorn

    if kind == "ours":
        from serve import create_app

        app = create_app()
    elif kind == "stub":
        from tests.stub_openai_server import StubServer
        from tests.stub_openai_server import create_app as stub_app

        app = stub_app(StubServer(base_url=f"http://127.0.0.1:{port}/v1", model="stub-qwen3-8b"))
    else:
        app = peer_app(json.loads(Path(bodies or "").read_text(encoding="utf-8")))
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)


def peer_app(bodies: dict[str, str]):
    """Same routes and parameters as ours, no middleware and no work: the captured bytes are sent back."""
    from fastapi import FastAPI, Query
    from fastapi.responses import Response, StreamingResponse

    app = FastAPI(title="peer")
    raw = {k: v.encode("utf-8") for k, v in bodies.items()}

    @app.get("/healthz")
    def healthz() -> Response:
        return Response(raw["healthz"], media_type="application/json")

    @app.get("/v1/whoami")
    def whoami() -> Response:
        return Response(raw["whoami"], media_type="application/json")

    @app.get("/v1/search")
    def search(q: str = Query(..., min_length=1, max_length=2000), k: int = Query(5, ge=1, le=50)) -> Response:
        return Response(raw["search"], media_type="application/json")

    @app.get("/v1/borrowers/{borrower_id}/warnings")
    def warnings(borrower_id: str) -> Response:
        return Response(raw["warnings"], media_type="application/json")

    @app.post("/v1/chat")
    def chat(req: PeerChat) -> StreamingResponse:
        events = [e + b"\n\n" for e in raw["chat"].split(b"\n\n") if e]
        return StreamingResponse(iter(events), media_type="text/event-stream")

    return app


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """A child process serving `kind` on a free port; stopped by its own pid."""

    def __init__(self, kind: str, env: dict[str, str], bodies: Path | None = None) -> None:
        self.kind, self.port = kind, _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        cmd = [sys.executable, __file__, "--serve", kind, "--port", str(self.port)]
        if bodies:
            cmd += ["--bodies", str(bodies)]
        self.proc = subprocess.Popen(cmd, env={**os.environ, **env}, cwd=REPO)
        self._wait()

    def _wait(self, timeout: float = 180) -> None:
        import httpx

        deadline = time.monotonic() + timeout
        path = "/v1/models" if self.kind == "stub" else "/healthz"
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"{self.kind} server exited with {self.proc.returncode}")
            try:
                if httpx.get(self.url + path, timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"{self.kind} server did not answer within {timeout:.0f} s")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


# ---------------------------------------------------------------- data

def prepare_data(data_dir: Path, index_from: Path | None) -> dict[str, Any]:
    """Regulations index (copied from an indexed data dir when there is one), a synthetic market, API keys."""
    from agent.config import Settings, reset_settings
    from agent.risk.generator import generate
    from agent.risk.importer import import_dir
    from agent.risk.warnings import warnings_for
    from retrieval.ingest import ensure_builtin_regulations

    t0 = time.perf_counter()
    for part in ("chroma", "bm25", "embedding-cache"):  # dense index, lexical index, chunk embeddings by content
        if index_from and (index_from / part).is_dir():
            shutil.copytree(index_from / part, data_dir / part)
    ensure_builtin_regulations(settings=Settings(data_dir=data_dir))  # a no-op when the copied index is current
    if not search_works(data_dir):  # a copy taken while another process wrote it: rebuild from cached embeddings
        for part in ("chroma", "bm25"):
            shutil.rmtree(data_dir / part, ignore_errors=True)
        ensure_builtin_regulations(settings=Settings(data_dir=data_dir))
    index_s = time.perf_counter() - t0

    url = f"sqlite:///{data_dir / 'risk.db'}"
    os.environ.update({"FENGTIAO_DATA_DIR": str(data_dir), "FENGTIAO_PLATFORM_KEY": PLATFORM_KEY})
    reset_settings()
    truth = generate(7, 40, data_dir / "market", as_of=date.today())
    import_dir(data_dir / "market", url=url)
    tenant = truth["renewal_watch"][0][1]
    planted = [c for c, t in truth["renewal_watch"] if t == tenant] + truth["multi_lender"] + truth["deteriorating"]
    codes = list(dict.fromkeys(c for c in planted + truth["healthy"] if tenant_has(url, c, tenant)))[:8]
    warned = sum(bool(warnings_for(c, tenant=tenant, url=url)) for c in codes)
    env = {"FENGTIAO_DATA_DIR": str(data_dir), "FENGTIAO_PLATFORM_KEY": PLATFORM_KEY, "FENGTIAO_RISK_DB_URL": url,
           "FENGTIAO_AUTH_REQUIRED": "true", "FENGTIAO_TENANTS": json.dumps(["demo", *truth["tenants"]]),
           "FENGTIAO_LLM_MAX_RETRIES": "0"}
    os.environ.update(env)
    reset_settings()
    from agent.security.keys import create_key

    keys = {name: create_key(tenant, f"bench {name}").key for name in ("load", "below", "above", "batch")}
    return {"env": env, "tenant": tenant, "codes": codes, "codes_with_warnings": warned, "keys": keys,
            "index_s": round(index_s, 1)}


def search_works(data_dir: Path) -> bool:
    """One query in a child process, so this process never holds the Chroma store the server will open."""
    probe = "from retrieval.search import search; assert search('保证期间', k=1, tenant=None)"
    env = {**os.environ, "FENGTIAO_DATA_DIR": str(data_dir)}
    return subprocess.run([sys.executable, "-c", probe], env=env, cwd=REPO, capture_output=True).returncode == 0


def tenant_has(url: str, code: str, tenant: str) -> bool:
    from sqlalchemy import select

    from agent.risk import models as m
    from agent.risk.db import session_scope

    with session_scope(url) as s:
        return tenant in set(s.scalars(select(m.Application.tenant_id).join(m.Enterprise)
                                       .where(m.Enterprise.credit_code == code)))


# ---------------------------------------------------------------- load

def request_for(route: str, n: int, codes: list[str]) -> tuple[str, str, dict | None]:
    if route == "healthz":
        return "GET", "/healthz", None
    if route == "whoami":
        return "GET", "/v1/whoami", None
    if route == "search":
        return "GET", "/v1/search?" + f"q={SEARCH_QUERIES[n % len(SEARCH_QUERIES)]}&k=5", None
    if route == "warnings":
        return "GET", f"/v1/borrowers/{codes[n % len(codes)]}/warnings", None
    return "POST", "/v1/chat", {"question": CHAT_QUESTIONS[n % len(CHAT_QUESTIONS)]}


async def send(client, route: str, n: int, codes: list[str]) -> tuple[int | str, bytes]:
    method, path, body = request_for(route, n, codes)
    if route == "chat":
        async with client.stream(method, path, json=body) as resp:
            data = await resp.aread()
        return resp.status_code, data
    resp = await client.request(method, path, json=body)
    return resp.status_code, resp.content


def ok(route: str, status: int | str, data: bytes) -> bool:
    if status != 200:
        return False
    return b"event: done" in data and b"event: error" not in data if route == "chat" else True


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    return s[min(len(s) - 1, max(0, round(q / 100 * (len(s) - 1))))]


async def load_cell(url: str, key: str, route: str, concurrency: int, duration: float, codes: list[str]) -> dict:
    import httpx

    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    headers = {"Authorization": f"Bearer {key}"}
    latencies: list[float] = []
    statuses: Counter = Counter()
    errors = 0
    async with httpx.AsyncClient(base_url=url, headers=headers, limits=limits, timeout=120) as client:
        await asyncio.gather(*(send(client, route, i, codes) for i in range(concurrency)))  # warm connections
        start = time.perf_counter()
        stop, hard_stop = start + duration, start + 4 * duration

        def more() -> bool:  # the duration, stretched (up to 4x) until there are enough samples for a p95
            now = time.perf_counter()
            return now < stop or (len(latencies) < MIN_SAMPLES and now < hard_stop)

        async def worker(i: int) -> None:
            nonlocal errors
            n = i
            while more():
                t0 = time.perf_counter()
                try:
                    status, data = await send(client, route, n, codes)
                except httpx.HTTPError as exc:
                    status, data = type(exc).__name__, b""
                latencies.append(time.perf_counter() - t0)
                statuses[str(status)] += 1
                errors += not ok(route, status, data)
                n += concurrency

        await asyncio.gather(*(worker(i) for i in range(concurrency)))
        elapsed = time.perf_counter() - start
    ms = [x * 1000 for x in latencies]
    return {"route": route, "concurrency": concurrency, "requests": len(ms), "rps": round(len(ms) / elapsed, 1),
            "p50_ms": round(pct(ms, 50), 1), "p95_ms": round(pct(ms, 95), 1), "p99_ms": round(pct(ms, 99), 1),
            "errors": errors, "error_rate": round(errors / len(ms), 4) if ms else None, "statuses": dict(statuses)}


def capture_bodies(url: str, key: str, codes: list[str], path: Path) -> dict[str, int]:
    """One response per route from ours, saved for the peer to send back."""
    import httpx

    async def grab() -> dict[str, str]:
        async with httpx.AsyncClient(base_url=url, headers={"Authorization": f"Bearer {key}"}, timeout=120) as c:
            out = {}
            for route in ROUTES:
                status, data = await send(c, route, 0, codes)
                if not ok(route, status, data):
                    raise RuntimeError(f"{route} failed before the load: {status} {data[:300]!r}")
                out[route] = data.decode("utf-8")
            return out

    bodies = asyncio.run(grab())
    path.write_text(json.dumps(bodies, ensure_ascii=False), encoding="utf-8")
    return {k: len(v.encode("utf-8")) for k, v in bodies.items()}


# ---------------------------------------------------------------- batch job and rate limiter

def batch_zip(copies: int) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for k in range(copies):
            for f in sorted(SAMPLES.iterdir()):
                zf.writestr(f"copy{k}/{f.name}", f.read_bytes())
    return buf.getvalue()


async def health_during_batch(url: str, key: str, copies: int) -> dict:
    """Start an invoice job through the API, then probe /healthz (one client) until the job is done."""
    import httpx

    headers = {"Authorization": f"Bearer {key}"}
    async with httpx.AsyncClient(base_url=url, headers=headers, timeout=60) as client:
        up = await client.post("/v1/uploads", files={"file": ("bench.zip", batch_zip(copies), "application/zip")})
        up.raise_for_status()
        job = (await client.post("/v1/jobs", json={"kind": "invoices", "source": up.json()["source"]})).json()
        t_start = time.perf_counter()
        probes: list[float] = []
        failed = 0
        status: dict = {}
        while time.perf_counter() - t_start < 180:
            t0 = time.perf_counter()
            try:
                failed += (await client.get("/healthz", timeout=5)).status_code != 200
            except httpx.HTTPError:
                failed += 1
            probes.append((time.perf_counter() - t0) * 1000)
            if len(probes) % 10 == 0:
                status = (await client.get(f"/v1/jobs/{job['id']}")).json()
                if status["status"] == "done":
                    break
            await asyncio.sleep(0.02)
    return {"files": status.get("total"), "ok": status.get("ok"), "error": status.get("error"),
            "job_s": round(time.perf_counter() - t_start, 1), "probes": len(probes), "failed_probes": failed,
            "p50_ms": round(pct(probes, 50), 1), "p99_ms": round(pct(probes, 99), 1), "max_ms": round(max(probes), 1)}


async def paced(url: str, key: str, rate: float, seconds: float) -> dict:
    """Send GET /v1/whoami at a fixed rate, whatever the answers; record statuses in send order."""
    import httpx

    results: list[tuple[int, int, str | None]] = []
    async with httpx.AsyncClient(base_url=url, headers={"Authorization": f"Bearer {key}"}, timeout=30,
                                 limits=httpx.Limits(max_connections=64)) as client:
        async def one(i: int) -> None:
            r = await client.get("/v1/whoami")
            results.append((i, r.status_code, r.headers.get("retry-after")))

        start, tasks, i = time.perf_counter(), [], 0
        while (due := start + i / rate) < start + seconds:
            await asyncio.sleep(max(0.0, due - time.perf_counter()))
            tasks.append(asyncio.create_task(one(i)))
            i += 1
        await asyncio.gather(*tasks)
    results.sort()
    codes = [s for _, s, _ in results]
    first = next((i for i, s, _ in results if s == 429), None)
    return {"rate_per_s": rate, "seconds": seconds, "sent": len(codes), "accepted": codes.count(200),
            "rejected_429": codes.count(429), "other": len(codes) - codes.count(200) - codes.count(429),
            "first_429_at": first, "retry_after": next((ra for _, s, ra in results if s == 429), None)}


def rate_limit_phase(env: dict[str, str], keys: dict[str, str], per_minute: int, burst: int, seconds: float) -> dict:
    server = Server("ours", {**env, "FENGTIAO_RATE_LIMIT_PER_MINUTE": str(per_minute),
                             "FENGTIAO_RATE_LIMIT_BURST": str(burst)})
    try:
        rate = per_minute / 60
        below = asyncio.run(paced(server.url, keys["below"], rate * 0.5, seconds))
        above = asyncio.run(paced(server.url, keys["above"], rate * 4, seconds))
    finally:
        server.stop()
    expected = burst + rate * seconds  # tokens available over the run: the burst plus the refill
    return {"limit_per_minute": per_minute, "burst": burst, "below": below, "above": above,
            "expected_accepted_above": round(expected, 1),
            "below_ok": below["rejected_429"] == 0 and below["other"] == 0,
            "above_ok": above["rejected_429"] > 0 and abs(above["accepted"] - expected) <= 2 + 0.05 * expected
                        and (above["first_429_at"] or 0) >= burst}


# ---------------------------------------------------------------- report

def print_report(out: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(width=170)
    table = Table(title=f"API latency, ours vs bare FastAPI peer ({out['duration_s']} s per cell, 127.0.0.1, "
                        f"{out['cpus']} cores shared by client and servers; load average before the run "
                        f"{out['load_avg_before']})")
    for col in ("route", "conc", "n", "ours rps", "peer rps", "ours p50", "peer p50", "ours p95", "ours p99", "peer p99",
                "ours err", "peer err", "bytes"):
        table.add_column(col, justify="left" if col == "route" else "right")
    peer = {(c["route"], c["concurrency"]): c for c in out["peer"]}
    for c in out["ours"]:
        p = peer.get((c["route"], c["concurrency"]), {})
        table.add_row(c["route"], str(c["concurrency"]), str(c["requests"]), f"{c['rps']:.0f}", f"{p.get('rps', float('nan')):.0f}",
                      f"{c['p50_ms']:.1f}", f"{p.get('p50_ms', float('nan')):.1f}", f"{c['p95_ms']:.1f}",
                      f"{c['p99_ms']:.1f}", f"{p.get('p99_ms', float('nan')):.1f}", f"{c['error_rate']:.1%}",
                      f"{p['error_rate']:.1%}" if p else "-", str(out["body_bytes"].get(c["route"], "")))
    console.print(table)
    if out.get("batch"):
        b = out["batch"]
        console.print(f"/healthz while an invoice job runs in the server ({b['files']} files, {b['job_s']} s): "
                      f"p50 {b['p50_ms']} ms, p99 {b['p99_ms']} ms, max {b['max_ms']} ms, "
                      f"{b['failed_probes']}/{b['probes']} probes failed")
    if out.get("rate_limit"):
        r = out["rate_limit"]
        console.print(f"rate limit {r['limit_per_minute']}/min burst {r['burst']}: below (×0.5) sent {r['below']['sent']}, "
                      f"429 {r['below']['rejected_429']} → {'OK' if r['below_ok'] else 'WRONG'}; above (×4) sent "
                      f"{r['above']['sent']}, accepted {r['above']['accepted']} (expected ≈{r['expected_accepted_above']}), "
                      f"429 {r['above']['rejected_429']}, first 429 at request #{r['above']['first_429_at']}, "
                      f"Retry-After {r['above']['retry_after']} → {'OK' if r['above_ok'] else 'WRONG'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duration", type=float, default=2.0, help="seconds of load per (server, route, concurrency)")
    parser.add_argument("--concurrency", default="1,8,32")
    parser.add_argument("--routes", default=",".join(ROUTES))
    parser.add_argument("--no-peer", action="store_true")
    parser.add_argument("--batch-copies", type=int, default=1, help="copies of the 7 sample invoices in the batch job (0 = skip)")
    parser.add_argument("--rate-seconds", type=float, default=5.0, help="seconds per rate-limit phase (0 = skip)")
    parser.add_argument("--index-from", type=Path, default=None,
                        help="an indexed data dir to copy the regulations from (default: .fengtiao-test-cache, then .fengtiao)")
    parser.add_argument("--serve", choices=["ours", "peer", "stub"], help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--bodies", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.serve, args.port, args.bodies)
        return

    index_from = args.index_from or next((d for d in (REPO / ".fengtiao-test-cache", REPO / ".fengtiao")
                                          if (d / "chroma").is_dir()), None)
    levels = [int(x) for x in args.concurrency.split(",")]
    routes = [r for r in args.routes.split(",") if r]
    t_all = time.perf_counter()
    servers: list[Server] = []
    with tempfile.TemporaryDirectory(prefix="fengtiao-load-") as tmp:
        try:
            load_before = os.getloadavg()[0]
            data = prepare_data(Path(tmp) / "data", index_from)
            prepare_s = time.perf_counter() - t_all
            stub = Server("stub", {})
            servers.append(stub)
            env = {**data["env"], **UNLIMITED, "FENGTIAO_LLM_BASE_URL": stub.url + "/v1"}
            t0 = time.perf_counter()
            ours = Server("ours", env)
            servers.append(ours)
            startup_s = time.perf_counter() - t0
            bodies_path = Path(tmp) / "bodies.json"
            sizes = capture_bodies(ours.url, data["keys"]["load"], data["codes"], bodies_path)
            peer = None if args.no_peer else Server("peer", {}, bodies_path)
            if peer:
                servers.append(peer)
            out: dict[str, Any] = {"date": time.strftime("%Y-%m-%d %H:%M"), "duration_s": args.duration,
                                   "cpus": os.cpu_count(), "load_avg_before": round(load_before, 2),
                                   "prepare_s": round(prepare_s, 1), "ours_startup_s": round(startup_s, 1),
                                   "body_bytes": sizes, "tenant": data["tenant"], "warning_codes": len(data["codes"]),
                                   "codes_with_warnings": data["codes_with_warnings"], "ours": [], "peer": []}
            for route in routes:
                for c in levels:
                    for name, server in (("ours", ours), ("peer", peer)):
                        if server is None:
                            continue
                        cell = asyncio.run(load_cell(server.url, data["keys"]["load"], route, c, args.duration, data["codes"]))
                        out[name].append(cell)
                        print(f"{name:4} {route:8} c={c:<3} {cell['rps']:>7.1f} rps  p50 {cell['p50_ms']:>7.1f} ms  "
                              f"p99 {cell['p99_ms']:>8.1f} ms  errors {cell['errors']}", flush=True)
            if peer:
                peer.stop()
                servers.remove(peer)
            if args.batch_copies:
                out["batch"] = asyncio.run(health_during_batch(ours.url, data["keys"]["batch"], args.batch_copies))
            ours.stop()
            servers.remove(ours)
            if args.rate_seconds:
                out["rate_limit"] = rate_limit_phase(data["env"], data["keys"], per_minute=600, burst=20,
                                                     seconds=args.rate_seconds)
        finally:
            for s in servers:
                s.stop()
    out["total_s"] = round(time.perf_counter() - t_all, 1)
    print_report(out)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"wrote {RESULTS.relative_to(REPO)} (total {out['total_s']} s)")


if __name__ == "__main__":
    main()
