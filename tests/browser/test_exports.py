"""Maps that travel: the standalone folium HTML and the static site, in real Chromium."""

from __future__ import annotations

import contextlib
import functools
import http.server
import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from cpecmap.export import export_html
from cpecmap.settings import Settings
from cpecmap.static_site import export_site

from .expected import visible
from .helpers import DESKTOP, PageWatch, free_port, load, open_page, screenshot


def _manifest(settings: Settings) -> dict[str, Any]:
    return json.loads((settings.build_dir / "manifest.json").read_text())


@pytest.fixture(scope="module")
def html_export(real_build: Settings, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("export") / "cpecmap.html"
    return export_html(path, real_build, None, "cpecmap test export")


def test_exported_html_opens_offline_and_shows_every_feature(
    browser: Any, html_export: Path, real_build: Settings
) -> None:
    context = browser.new_context(viewport=DESKTOP)
    requests: list[str] = []
    errors: list[str] = []
    own = html_export.resolve().as_uri()

    def route(r: Any) -> None:
        url = r.request.url
        if url == own or url.startswith("data:"):
            r.continue_()
        else:  # anything else would need the network or other files
            requests.append(url)
            r.abort()

    context.route("**/*", route)
    page = context.new_page()
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(own)
    page.wait_for_selector(".leaflet-interactive", state="attached", timeout=15000)
    manifest = _manifest(real_build)
    total = sum(layer["count"] for layer in manifest["layers"])
    features = page.locator(".leaflet-overlay-pane .leaflet-interactive")
    drawn = features.count()
    screenshot(page, "export-html-desktop.png")
    # each domain has its own switch, ticked when all its layers are on
    boxes = page.locator(".leaflet-control-layers-group-selector")
    assert boxes.count() == 3
    assert all(boxes.nth(i).is_checked() for i in range(3))
    boxes.nth(1).click()  # Sea
    sea = sum(e["count"] for e in manifest["layers"] if e["domain"] == "sea")
    hidden = features.count()
    context.close()
    assert not requests, f"the exported file made requests: {requests}"
    assert not errors, errors
    assert drawn == total
    assert hidden == total - sea


def test_exported_html_is_self_contained(html_export: Path) -> None:
    html = html_export.read_text(encoding="utf-8")
    assert "<script src=" not in html and '<link rel="stylesheet" href=' not in html
    assert "cdn.jsdelivr" not in html and "code.jquery" not in html


def test_exported_popups_give_milestones_and_phase_basis(
    html_export: Path, real_build: Settings
) -> None:
    html = html_export.read_text(encoding="utf-8")
    props = [
        f["properties"]
        for e in _manifest(real_build)["layers"]
        for f in json.loads((real_build.build_dir / e["file"]).read_text())["features"]
    ]
    dated = sum(1 for p in props if p["milestones"])
    assert html.count("<h4>Milestones</h4>") == dated
    for p in props:
        if p["phase_basis"]:
            assert f"— {p['phase_basis']}</td>" in html.replace("&#x27;", "'"), p["id"]


@contextlib.contextmanager
def _static_server(root: Path) -> Iterator[str]:
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(root))
    handler.log_message = lambda *a, **k: None  # type: ignore[method-assign]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def static_site(real_build: Settings, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The exported site under a sub-path of a plain static file server."""
    root = tmp_path_factory.mktemp("host")
    export_site(root / "maps" / "cpecmap", real_build)
    with _static_server(root) as url:
        yield url + "maps/cpecmap/"


def test_static_site_draws_layers_and_toggles_from_a_sub_path(
    browser: Any, static_site: str, real_build: Settings
) -> None:
    watch = PageWatch()
    page = open_page(browser, DESKTOP, watch)
    load(page, static_site)
    layer_data = {
        e["id"]: json.loads((real_build.build_dir / e["file"]).read_text())
        for e in _manifest(real_build)["layers"]
    }
    assert set(page.evaluate("window.cpecmap.visibleIds()")) == visible(layer_data)
    page.locator("#domain-sea").uncheck()
    sea = {e["id"] for e in _manifest(real_build)["layers"] if e["domain"] == "sea"}
    land_digital = set(layer_data) - sea
    assert set(page.evaluate("window.cpecmap.visibleIds()")) == visible(
        layer_data, layers=land_digital
    )
    screenshot(page, "static-site-desktop.png")
    page.context.close()
    watch.check()


def test_static_site_downloads_resolve(static_site: str) -> None:
    import urllib.request

    with urllib.request.urlopen(static_site + "api/catalog.json", timeout=10) as r:  # noqa: S310
        catalog = json.load(r)
    links = [catalog["downloads"][k] for k in catalog["downloads"]]
    links += [layer["links"]["data"] for layer in catalog["layers"]]
    links += [u for layer in catalog["layers"] for u in layer["links"]["downloads"].values()]
    for link in links:
        with urllib.request.urlopen(static_site + link, timeout=10) as r:  # noqa: S310
            body = r.read()
        assert r.status == 200 and len(body) > 100, link
