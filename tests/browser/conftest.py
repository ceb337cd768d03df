"""Browser tests: the real server (``create_app``) on a free loopback port, the
real sources built by the pipeline, and Debian's headless Chromium via Playwright.

Set ``CPECMAP_BROWSER_URL`` to run them against a server that is already up
(the XSS test still starts its own, since it needs its own data).
"""

from __future__ import annotations

import json
import os
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import pytest

from .helpers import CHROMIUM, CHROMIUM_ARGS, DESKTOP, MOBILE, WEB, PageWatch, open_page, serve


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.browser)


def _get_json(url: str) -> Any:
    with urllib.request.urlopen(url, timeout=10) as r:  # noqa: S310 (loopback only)
        return json.load(r)


@pytest.fixture(scope="session")
def base_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """The site root of a server running the real sources, freshly built."""
    if not (WEB / "node_modules" / "leaflet" / "dist" / "leaflet.js").is_file():
        pytest.fail("web/node_modules is missing: run `scripts/setup` (npm ci in web/)")
    external = os.environ.get("CPECMAP_BROWSER_URL")
    if external:
        yield external.rstrip("/") + "/"
        return
    with serve(request.getfixturevalue("real_build")) as url:
        yield url


@pytest.fixture(scope="session")
def catalog(base_url: str) -> dict[str, Any]:
    return _get_json(base_url + "api/catalog.json")


@pytest.fixture(scope="session")
def layer_data(base_url: str, catalog: dict[str, Any]) -> dict[str, Any]:
    """Layer id → its FeatureCollection, as the server gives it to the page."""
    return {
        layer["id"]: _get_json(urljoin(base_url, layer["links"]["data"]))
        for layer in catalog["layers"]
    }


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} not found: run `scripts/setup --test` (installs Debian chromium)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def watch() -> PageWatch:
    return PageWatch()


def _page(browser: Any, viewport: dict[str, int], watch: PageWatch) -> Iterator[Any]:
    page = open_page(browser, viewport, watch)
    yield page
    page.context.close()
    watch.check()


@pytest.fixture
def page(browser: Any, watch: PageWatch) -> Iterator[Any]:
    """A 1280×800 page; the test fails on console errors or requests off loopback."""
    yield from _page(browser, DESKTOP, watch)


@pytest.fixture
def mobile_page(browser: Any, watch: PageWatch) -> Iterator[Any]:
    """A 375×740 page, with the same checks."""
    yield from _page(browser, MOBILE, watch)
