"""Script in the data stays inert in the folium export and the static site too; a
``javascript:`` source URL (which validation rejects, so it is forced into a built
file here) is never rendered as a link."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from cpecmap.export import export_html
from cpecmap.static_site import export_site

from .helpers import DESKTOP, ROOT, PageWatch, build_into, load, open_page, screenshot
from .test_exports import _static_server
from .test_xss import PAYLOAD, _poison

EVIL_URL = "javascript:window.__xss=1"


@pytest.fixture(scope="module")
def poisoned(tmp_path_factory: pytest.TempPathFactory) -> Any:
    tmp = tmp_path_factory.mktemp("poison")
    sources = tmp / "sources"
    shutil.copytree(ROOT / "geodata" / "sources", sources)
    props = _poison(sources)
    settings = build_into(sources, tmp / "build")
    # Force a javascript: URL into the built file (validation would refuse it as a source).
    manifest_path = settings.build_dir / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    for entry in manifest["layers"]:
        path = settings.build_dir / entry["file"]
        doc = json.loads(path.read_text())
        for feature in doc["features"]:
            if feature["id"] == props["id"]:
                feature["properties"]["sources"].append(
                    {"title": "evil link", "publisher": PAYLOAD, "url": EVIL_URL, "date": "2020"}
                )
                data = json.dumps(doc, ensure_ascii=False).encode()
                path.write_bytes(data)
                entry["sha256"] = hashlib.sha256(data).hexdigest()
                entry["bytes"] = len(data)
    manifest_path.write_text(json.dumps(manifest))
    return settings, props


def test_folium_export_keeps_payload_inert(browser: Any, poisoned: Any, tmp_path: Path) -> None:
    settings, props = poisoned
    html_path = export_html(tmp_path / "evil.html", settings, None, "xss test")
    raw = html_path.read_text(encoding="utf-8")
    assert "<script>window.__xss" not in raw and 'onerror="window' not in raw
    assert "href='javascript" not in raw and 'href=\\"javascript' not in raw
    page = browser.new_context(viewport=DESKTOP).new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(html_path.resolve().as_uri())
    page.wait_for_selector(".leaflet-interactive", state="attached")
    # open every popup in turn; count parsed markup inside them
    found = page.evaluate(
        """() => {
          const map = window[Object.keys(window).find(k => k.startsWith('map_'))];
          let payloadSeen = 0, markup = 0, jsLinks = 0;
          map.eachLayer(l => {
            const p = l.getPopup && l.getPopup();
            if (!p) return;
            l.openPopup();
            const el = p.getElement() && p.getElement().querySelector('.leaflet-popup-content');
            if (el && el.textContent.includes('window.__xss=1</script>')) payloadSeen++;
            if (el) markup += el.querySelectorAll('img, script').length;
            if (el) jsLinks += el.querySelectorAll('a[href^="javascript"]').length;
          });
          return {payloadSeen, markup, jsLinks};
        }"""
    )
    page.wait_for_timeout(300)
    screenshot(page, "xss-export-html.png")
    assert found["payloadSeen"] >= 1, found
    assert found["markup"] == 0 and found["jsLinks"] == 0, found
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert not errors
    page.context.close()


def test_static_site_keeps_payload_inert(browser: Any, poisoned: Any, tmp_path: Path) -> None:
    settings, props = poisoned
    export_site(tmp_path / "host" / "site", settings)
    watch = PageWatch()
    page = open_page(browser, DESKTOP, watch)
    try:
        with _static_server(tmp_path / "host") as url:
            load(page, url + "site/")
            box = page.locator("#search-input")
            box.fill("img src")
            box.press("Enter")
            name = page.locator(".leaflet-popup .details-name")
            name.wait_for()
            assert name.text_content() == PAYLOAD
            popup = page.locator(".leaflet-popup")
            assert popup.locator("img, script").count() == 0
            assert popup.locator('a[href^="javascript"]').count() == 0
            assert "evil link" in popup.text_content()  # shown as text, not as a link
            page.wait_for_timeout(300)
            assert page.evaluate("typeof window.__xss") == "undefined"
    finally:
        page.context.close()
    watch.check()
