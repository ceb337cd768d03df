"""The message catalogue in the browser: ?lang= picks a catalogue, right-to-left for Urdu,
English key by key where a translation lacks a message, English for an unknown language.

The Urdu catalogue here is a test stand-in (marked strings, no real translation): the page
is served a ur.json and an en.json that lists it, as a translator's commit would.
"""

from __future__ import annotations

import json
from typing import Any

from .helpers import WEB, load

EN = json.loads((WEB / "i18n" / "en.json").read_text(encoding="utf-8"))
FAKE = {
    "panel.layers": "[ur] Layers",
    "table.toggle": "[ur] Table",
    "search.placeholder": "[ur] Search",
    "status.operational": "[ur] Operational",
}


def _serve_fake_urdu(page: Any) -> None:
    en = {**EN, "@languages": {**EN["@languages"], "ur": "Urdu (test)"}}
    page.route("**/i18n/en.json", lambda r: r.fulfill(json=en))
    page.route("**/i18n/ur.json", lambda r: r.fulfill(json=FAKE))


def test_default_is_english_left_to_right(page: Any, base_url: str) -> None:
    load(page, base_url)
    html = page.locator("html")
    assert html.get_attribute("lang") == "en"
    assert html.get_attribute("dir") == "ltr"
    assert page.locator("#h-layers").text_content() == EN["panel.layers"]
    assert page.locator("#table-toggle").text_content() == EN["table.toggle"]


def test_lang_ur_is_right_to_left_and_falls_back_key_by_key(page: Any, base_url: str) -> None:
    _serve_fake_urdu(page)
    load(page, base_url + "?lang=ur")
    html = page.locator("html")
    assert html.get_attribute("lang") == "ur"
    assert html.get_attribute("dir") == "rtl"
    # static markup and built DOM both come from the catalogue
    assert page.locator("#h-layers").text_content() == FAKE["panel.layers"]
    assert page.locator("#table-toggle").text_content() == FAKE["table.toggle"]
    assert page.locator("#search-input").get_attribute("placeholder") == FAKE["search.placeholder"]
    # the translation beats the data catalogue's English label
    assert (
        page.locator("label[for='status-operational']").text_content().strip()
        == FAKE["status.operational"]
    )
    # a message the translation lacks is English, not its key
    assert page.locator("#h-filters").text_content() == EN["panel.filters"]
    assert "panel.filters" not in page.locator("body").inner_text()


def test_unknown_language_shows_english(page: Any, base_url: str) -> None:
    asked: list[str] = []
    page.on("request", lambda r: asked.append(r.url) if "/i18n/" in r.url else None)
    load(page, base_url + "?lang=zz")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("html").get_attribute("dir") == "ltr"
    assert page.locator("#h-layers").text_content() == EN["panel.layers"]
    assert not [u for u in asked if "zz.json" in u], (
        "a language en.json does not list is not fetched"
    )
