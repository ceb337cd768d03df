"""Helpers for the browser tests: a server in a thread, a watched page, screenshots."""

from __future__ import annotations

import contextlib
import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[2]
WEB = ROOT / "web"
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = os.environ.get("CPECMAP_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
DESKTOP = {"width": 1280, "height": 800}
MOBILE = {"width": 375, "height": 740}
LOOPBACK = ("127.0.0.1", "localhost", "[::1]", "::1")


def free_port() -> int:
    """A TCP port that is free on 127.0.0.1 right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def serve(settings: Any) -> Iterator[str]:
    """Run ``create_app(settings)`` under uvicorn in a thread; yield its base URL."""
    import uvicorn

    from cpecmap.api.app import create_app

    port = free_port()
    config = uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name=f"cpecmap-test-{port}", daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def build_into(sources_dir: Path, build_dir: Path, **settings: Any) -> Any:
    """Build ``sources_dir`` with the project's pipeline; return the matching Settings."""
    from cpecmap.pipeline import build
    from cpecmap.settings import Settings

    result = Settings(
        root=ROOT, sources_dir=sources_dir, build_dir=build_dir, web_dir=WEB, **settings
    )
    build(result)
    return result


class PageWatch:
    """What a page did that it must not: console errors, page errors, requests off loopback."""

    def __init__(self) -> None:
        self.errors: list[str] = []
        self.external: list[str] = []

    def check(self) -> None:
        assert not self.errors, f"console or page errors: {self.errors}"
        assert not self.external, f"requests left 127.0.0.1: {self.external}"


def open_page(
    browser: Any, viewport: dict[str, int], watch: PageWatch, *, bypass_csp: bool = False
) -> Any:
    """A fresh context and page that records errors and blocks every non-loopback request.

    ``bypass_csp`` is for the accessibility test only, which injects axe-core inline.
    """
    context = browser.new_context(viewport=viewport, accept_downloads=True, bypass_csp=bypass_csp)

    def route(r: Any) -> None:
        url = r.request.url
        if url.startswith(("data:", "blob:")) or urlsplit(url).hostname in LOOPBACK:
            r.continue_()
        else:
            watch.external.append(url)
            r.abort()

    context.route("**/*", route)
    page = context.new_page()
    page.on("console", lambda m: watch.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: watch.errors.append(str(e)))
    return page


def load(page: Any, url: str) -> None:
    """Open the map and wait until every layer is drawn."""
    page.goto(url)
    # a selector, not wait_for_function: the latter evaluates strings, which a strict CSP forbids
    page.wait_for_selector("html[data-ready='true']", state="attached", timeout=15000)


def screenshot(page: Any, name: str) -> Path:
    """Save a PNG into test-artifacts/ (kept by CI, looked at by people)."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    page.wait_for_timeout(600)  # let Leaflet's fade and pan animations finish
    page.screenshot(path=str(path))
    return path
