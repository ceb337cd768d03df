"""An HTML/script payload in the data stays inert text on the page."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from .helpers import DESKTOP, ROOT, PageWatch, build_into, load, open_page, screenshot, serve

PAYLOAD = '<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>'
EVIL_URL = "javascript:window.__xss=1"


def _poison(sources: Path) -> dict[str, Any]:
    """Put the payload in the first feature of the first non-empty source file."""
    for path in sorted(sources.glob("*.geojson")):
        fc = json.loads(path.read_text(encoding="utf-8"))
        if fc.get("features"):
            props = fc["features"][0]["properties"]
            props["name"] = PAYLOAD
            props["aliases"] = [PAYLOAD]
            props["description"] = f"Description {PAYLOAD}"
            props["precision_note"] = PAYLOAD
            props["partners_cn"] = [PAYLOAD]
            props["sources"][0]["title"] = PAYLOAD
            path.write_text(json.dumps(fc, ensure_ascii=False), encoding="utf-8")
            return props
    raise AssertionError("no source features to poison")


def test_html_payload_in_a_feature_name_stays_inert(browser: Any, tmp_path: Path) -> None:
    sources = tmp_path / "sources"
    shutil.copytree(ROOT / "geodata" / "sources", sources)
    _poison(sources)
    settings = build_into(sources, tmp_path / "build")
    watch = PageWatch()
    page = open_page(browser, DESKTOP, watch)
    try:
        with serve(settings) as url:
            load(page, url)
            box = page.locator("#search-input")
            box.fill("img src")
            option = page.locator("#search-results .search-opt").first
            assert PAYLOAD in option.text_content()
            box.press("Enter")
            name = page.locator(".leaflet-popup .details-name")
            name.wait_for()
            assert name.text_content() == PAYLOAD
            assert PAYLOAD in page.locator(".leaflet-popup .details").text_content()
            # nothing was parsed as markup, nothing ran
            assert page.locator(".leaflet-popup img, .leaflet-popup script").count() == 0
            assert page.locator("img[src=x], #app script").count() == 0
            screenshot(page, "xss-inert.png")
            page.locator("#table-toggle").click()
            assert PAYLOAD in page.locator("#table-body").text_content()
            assert page.locator("#table-body img, #table-body script").count() == 0
            page.wait_for_timeout(300)
            assert page.evaluate("typeof window.__xss") == "undefined"
    finally:
        page.context.close()
    watch.check()
