"""The same ingest and search against a real `chroma run` server (FENGTIAO_CHROMA_URL)."""
from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from agent.config import get_settings, reset_settings
from retrieval import store
from retrieval.ingest import ingest_paths
from retrieval.laws import CORPUS_DIR
from retrieval.search import search

from .samples import loan_contract


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture()
def chroma_server(tmp_path: Path):
    exe = shutil.which("chroma") or str(Path(sys.executable).parent / "chroma")
    port = _free_port()
    log = open(tmp_path / "chroma.log", "wb")
    proc = subprocess.Popen([exe, "run", "--path", str(tmp_path / "server-data"), "--host", "127.0.0.1",
                             "--port", str(port)], stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{url}/api/v2/heartbeat", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"chroma server did not start: {(tmp_path / 'chroma.log').read_text()[-2000:]}")
            time.sleep(0.3)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def test_ingest_and_search_go_through_the_chroma_server(chroma_server: str, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("FENGTIAO_CHROMA_URL", chroma_server)
    monkeypatch.setenv("FENGTIAO_DATA_DIR", str(tmp_path / "local"))
    reset_settings()
    try:
        settings = get_settings()
        reply = tmp_path / "reply.md"
        shutil.copyfile(CORPUS_DIR / "司法解释/最高人民法院关于新民间借贷司法解释适用范围问题的批复.md", reply)
        contract = tmp_path / "loan.txt"
        contract.write_text(loan_contract(marker="served by chroma"), encoding="utf-8")

        public = ingest_paths([reply], tenant=None, doc_type="regulation", settings=settings)
        private = ingest_paths([contract], tenant="server-bank", settings=settings)
        assert not public.failures and not private.failures
        assert store.stats(settings).backend == "chroma-http"

        # the chunks live in the server, not in the local data dir
        import chromadb

        host, port = chroma_server.rsplit(":", 1)
        remote = chromadb.HttpClient(host=host.removeprefix("http://"), port=int(port))
        assert remote.get_collection(store.collection_name(settings)).count() == public.chunks_added + private.chunks_added
        assert not (tmp_path / "local" / "chroma").exists()

        hits = search("小额贷款公司 不适用 民间借贷司法解释", tenant=None, k=3, settings=settings, ensure_builtin=False)
        assert hits[0].article == "一、" and hits[0].tenant is None
        for method in ("hybrid", "dense", "bm25"):
            own = search("served by chroma 借款合同", tenant="server-bank", k=10, method=method, settings=settings,
                         ensure_builtin=False)
            assert any(h.tenant == "server-bank" for h in own)
            other = search("served by chroma 借款合同", tenant="other-bank", k=10, method=method, settings=settings,
                           ensure_builtin=False)
            assert all(h.tenant is None for h in other)
    finally:
        reset_settings()
