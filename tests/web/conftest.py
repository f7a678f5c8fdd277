"""The real app served by uvicorn on a free local port, with keys required, the indexed regulations and the
OpenAI stub as the model; and Debian's Chromium driven by Playwright (never `playwright install`)."""
from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
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


@pytest.fixture
def live_app(regulations_env, use_stub_backend, monkeypatch) -> Iterator[LiveApp]:
    import uvicorn

    from agent.config import get_settings
    from agent.security.keys import create_key
    from serve import create_app

    monkeypatch.setenv("FENGTIAO_AUTH_REQUIRED", "true")
    with use_stub_backend(lambda body: STUB_ANSWER):
        settings = get_settings()
        key = create_key(settings.default_tenant, "browser test", settings=settings)
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
