"""The real app served by uvicorn on a free local port, with keys required, the indexed regulations and the
OpenAI stub as the model; and Debian's Chromium driven by Playwright (never `playwright install`)."""
from __future__ import annotations

import json
import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).parent / "artifacts"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
STUB_ANSWER = "借款合同未约定保证期间的，保证期间为主债务履行期限届满之日起六个月 [1]。"


@dataclass
class LiveApp:
    url: str
    key: str
    tenant: str


@pytest.fixture(scope="session")
def browser():
    from playwright import sync_api as playwright_api  # a dev dependency: missing it is a broken install, not a skip

    if not shutil.which(CHROMIUM):
        message = f"{CHROMIUM} not installed (bash scripts/setup.sh --dev installs it; or apt-get install -y chromium)"
        if os.environ.get("CI"):
            pytest.fail(message)  # CI installs it: a missing browser there is a broken setup, not a reason to skip
        pytest.skip(message)
    with playwright_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    ARTIFACTS.mkdir(exist_ok=True)
    context = browser.new_context(viewport={"width": 1280, "height": 860}, locale="zh-CN")
    p = context.new_page()
    p.set_default_timeout(60_000)
    yield p
    context.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serving(tenant: str) -> Iterator[LiveApp]:
    """The app built from the current env on a free 127.0.0.1 port, with a fresh API key for `tenant`."""
    import uvicorn

    from agent.config import get_settings
    from agent.security.keys import create_key
    from serve import create_app

    settings = get_settings()
    key = create_key(tenant, "browser test", settings=settings)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield LiveApp(url=f"http://127.0.0.1:{port}", key=key.key, tenant=key.tenant)
    finally:
        server.should_exit = True
        thread.join(10)


@pytest.fixture
def live_app(regulations_env, use_stub_backend, monkeypatch) -> Iterator[LiveApp]:
    from agent.config import get_settings

    monkeypatch.setenv("FENGTIAO_AUTH_REQUIRED", "true")
    with use_stub_backend(lambda body: STUB_ANSWER), serving(get_settings().default_tenant) as app:
        yield app


@pytest.fixture
def start_app(tmp_path, monkeypatch):
    """`start_app(tenant, tenants=[...], env={...})`: the app over a fresh data dir in tmp_path, keys required.

    For pages that need no regulations index or model (invoice batches, borrower warnings): nothing is shared
    with other tests and nothing takes minutes to build.
    """
    from tests.conftest import _reset_caches

    stack = ExitStack()

    def start(tenant: str = "demo", *, tenants: list[str] | None = None, env: dict[str, str] | None = None) -> LiveApp:
        monkeypatch.setenv("FENGTIAO_DATA_DIR", str(tmp_path / "data"))
        monkeypatch.setenv("FENGTIAO_AUTH_REQUIRED", "true")
        monkeypatch.setenv("FENGTIAO_TENANTS", json.dumps(tenants or [tenant]))
        for var in ("FENGTIAO_LLM_BASE_URL", "FENGTIAO_LLM_BACKEND", "FENGTIAO_LLM_MODEL"):
            monkeypatch.delenv(var, raising=False)
        for name, value in (env or {}).items():
            monkeypatch.setenv(name, value)
        _reset_caches()
        return stack.enter_context(serving(tenant))

    yield start
    stack.close()
    monkeypatch.undo()
    _reset_caches()
