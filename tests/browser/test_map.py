"""The web map in real headless Chromium, against the real server and built data."""

from __future__ import annotations

import json
import math
import re
from typing import Any
from urllib.parse import urljoin

import pytest

from cpecmap.timeline import operating_in, status_at

from .expected import CURRENT_YEAR, NO_PHASE, STATUSES, operating_ids, status_in, visible
from .helpers import load, screenshot

HTTP = re.compile(r"^https?://")


def shown(page: Any) -> set[str]:
    return set(page.evaluate("window.cpecmap.visibleIds()"))


def drawn_paths(page: Any) -> int:
    """Feature shapes actually in the map's SVG (one path per feature)."""
    return page.locator(".leaflet-pane path.cpec-feature").count()


def all_ids(layer_data: dict[str, Any]) -> set[str]:
    return visible(layer_data)


def test_page_loads_clean_and_draws_every_feature(
    page: Any, base_url: str, layer_data: dict[str, Any]
) -> None:
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    load(page, base_url)
    expected = all_ids(layer_data)
    assert expected, "the built data has no features"
    assert shown(page) == expected
    assert drawn_paths(page) == len(expected)
    assert page.evaluate("performance.getEntriesByName('cpecmap:drawn').length") == 1
    # every request stayed on the loopback server (the page fixture also blocks others)
    assert all(u.startswith(base_url) or u.startswith("data:") for u in requests), requests
    # the offline basemap is drawn (canvas) and OSM tiles were not requested
    assert page.locator(".leaflet-basemap-pane canvas").count() == 1
    assert not page.locator("img.leaflet-tile").count()
    screenshot(page, "desktop.png")


def test_every_domain_switch_shows_and_hides_its_features(
    page: Any, base_url: str, catalog: dict[str, Any], layer_data: dict[str, Any]
) -> None:
    load(page, base_url)
    everything = all_ids(layer_data)
    for domain in catalog["domains"]:
        ids = visible(
            layer_data, layers={lay["id"] for lay in catalog["layers"] if lay["domain"] == domain}
        )
        switch = page.locator(f"#domain-{domain}")
        switch.uncheck()
        assert shown(page) == everything - ids, domain
        assert drawn_paths(page) == len(everything - ids)
        assert page.evaluate(f"window.cpecmap.domainCount('{domain}')") == 0
        for layer in (lay for lay in catalog["layers"] if lay["domain"] == domain):
            assert not page.locator(f"#layer-{layer['id']}").is_checked()
        switch.check()
        assert shown(page) == everything
        assert drawn_paths(page) == len(everything)
    # one layer alone: the domain switch becomes "mixed"
    layer = next(lay for lay in catalog["layers"] if lay["count"])
    page.locator(f"#layer-{layer['id']}").uncheck()
    assert shown(page) == everything - visible(layer_data, layers={layer["id"]})
    assert (
        page.evaluate(f"document.getElementById('domain-{layer['domain']}').indeterminate")
        or len([lay for lay in catalog["layers"] if lay["domain"] == layer["domain"]]) == 1
    )


def _isolated_point(layer_data: dict[str, Any]) -> dict[str, Any]:
    """The point feature farthest from any other point (so a click cannot miss it)."""
    points = [
        f for fc in layer_data.values() for f in fc["features"] if f["geometry"]["type"] == "Point"
    ]
    assert points, "no point features in the build"

    def gap(f: dict[str, Any]) -> float:
        x, y = f["geometry"]["coordinates"][:2]
        others = [g["geometry"]["coordinates"] for g in points if g is not f]
        return min((math.hypot(x - a, y - b) for a, b, *_ in others), default=1e9)

    inside = [
        f
        for f in points
        if 60.5 < f["geometry"]["coordinates"][0] < 77.5
        and 23.5 < f["geometry"]["coordinates"][1] < 37
    ]
    return max(inside or points, key=gap)


def test_clicking_a_feature_opens_details_with_sources(
    page: Any, base_url: str, layer_data: dict[str, Any]
) -> None:
    load(page, base_url)
    feature = _isolated_point(layer_data)
    props = feature["properties"]
    page.locator(f"path.cpec-id-{props['id']}").click()
    popup = page.locator(".leaflet-popup .details")
    popup.wait_for()
    assert popup.locator(".details-name").text_content() == props["name"]
    text = popup.text_content()
    for label in ("Status", "Phase", "Precision"):
        assert label in text
    links = popup.locator("ol.sources a")
    want = [s["url"] for s in props["sources"] if HTTP.match(s.get("url") or "")]
    assert [links.nth(i).get_attribute("href") for i in range(links.count())] == want
    for i in range(links.count()):
        assert links.nth(i).get_attribute("target") == "_blank"
        assert "noopener" in links.nth(i).get_attribute("rel")
    assert f"f={props['id']}" in page.url
    screenshot(page, "desktop-details.png")


@pytest.mark.parametrize("query", ["Sahiwal", "PEACE", "Gwadar"])
def test_search_finds_name_or_alias(page: Any, base_url: str, query: str) -> None:
    load(page, base_url)
    box = page.locator("#search-input")
    box.fill(query)
    options = page.locator("#search-results [role=option].search-opt")
    assert options.count() >= 1, f"no match for {query}"
    assert box.get_attribute("aria-expanded") == "true"
    assert query.lower() in options.first.text_content().lower()


def test_search_by_keyboard_zooms_and_opens(
    page: Any, base_url: str, layer_data: dict[str, Any]
) -> None:
    load(page, base_url)
    zoom_before = page.evaluate("window.cpecmap.map.getZoom()")
    page.locator("#search-input").focus()
    page.keyboard.type("sahiwal")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowUp")  # wraps around and back: the list is keyboard-driven
    active = page.locator("#search-input").get_attribute("aria-activedescendant")
    assert active and page.locator(f"#{active}").get_attribute("aria-selected") == "true"
    page.keyboard.press("Enter")
    name = page.locator(".leaflet-popup .details-name")
    name.wait_for()
    assert "sahiwal" in name.text_content().lower()
    assert page.evaluate("window.cpecmap.map.getZoom()") > zoom_before
    assert re.search(r"[#&]f=[a-z0-9-]*sahiwal", page.url)


def _set_year(page: Any, year: int) -> None:
    """Use the slider like a keyboard user: Home goes to 2001, each arrow a year."""
    page.locator("#year-on").check()
    slider = page.locator("#year")
    slider.focus()
    page.keyboard.press("Home")
    for _ in range(year - 2001):
        page.keyboard.press("ArrowRight")
    assert page.locator("#year-value").text_content() == str(year)


def test_year_slider_and_filters_change_what_is_visible(
    page: Any, base_url: str, layer_data: dict[str, Any]
) -> None:
    load(page, base_url)
    everything = all_ids(layer_data)
    _set_year(page, 2016)
    assert shown(page) == visible(layer_data, year=2016)
    page.keyboard.press("End")
    assert shown(page) == visible(layer_data, year=CURRENT_YEAR)
    page.keyboard.press("Home")
    early = visible(layer_data, year=2001)
    assert shown(page) == early
    assert early < everything, "the year 2001 should hide something"
    page.locator("#year-on").uncheck()
    assert shown(page) == everything

    page.locator("#status-operational").uncheck()
    rest = set(STATUSES) - {"operational"}
    assert shown(page) == visible(layer_data, statuses=rest)
    assert shown(page) != everything
    page.locator("#phase-I").uncheck()
    page.locator("#phase-II").uncheck()
    assert shown(page) == visible(layer_data, statuses=rest, phases={"III", "IV", NO_PHASE})
    assert drawn_paths(page) == len(shown(page))
    # the counts in the panel follow
    summary = page.locator("#visible-count").text_content()
    assert summary.startswith(f"{len(shown(page))} of {len(everything)}")


def test_permalink_restores_view_layers_filters_year_and_selection(
    page: Any, browser: Any, base_url: str, catalog: dict[str, Any], layer_data: dict[str, Any]
) -> None:
    load(page, base_url)
    page.locator("#domain-sea").uncheck()
    page.locator("#status-planned").uncheck()
    _set_year(page, 2020)
    layers = {lay["id"] for lay in catalog["layers"] if lay["domain"] != "sea"}
    statuses = set(STATUSES) - {"planned"}
    ids = visible(layer_data, layers=layers, statuses=statuses, year=2020)
    assert shown(page) == ids and ids, "nothing left to select"
    target = sorted(ids)[0]
    assert page.evaluate(f"window.cpecmap.select({json.dumps(target)})")
    page.evaluate("void window.cpecmap.map.setZoom(7)")
    page.wait_for_timeout(400)
    url = page.url
    state = page.evaluate("window.cpecmap.hash()")
    center = page.evaluate("window.cpecmap.map.getCenter()")

    other = page.context.new_page()
    load(other, url)
    assert other.evaluate("window.cpecmap.hash()") == state
    assert shown(other) == ids
    assert not other.locator("#domain-sea").is_checked()
    assert not other.locator("#status-planned").is_checked()
    assert other.locator("#year-on").is_checked()
    assert other.locator("#year").input_value() == "2020"
    assert other.evaluate("window.cpecmap.map.getZoom()") == 7
    c2 = other.evaluate("window.cpecmap.map.getCenter()")
    assert abs(c2["lat"] - center["lat"]) < 1e-3 and abs(c2["lng"] - center["lng"]) < 1e-3
    name = other.locator(".leaflet-popup .details-name")
    name.wait_for()
    props = next(
        f["properties"]
        for fc in layer_data.values()
        for f in fc["features"]
        if f["properties"]["id"] == target
    )
    assert name.text_content() == props["name"]
    other.close()


DRAWN = """(status) => [...document.querySelectorAll(
  `.leaflet-pane path.cpec-feature${status ? `.cpec-status-${status}` : ""}`)]
  .map((p) => [...p.classList].find((c) => c.startsWith("cpec-id-")).slice(8))"""


def _get_json(url: str) -> Any:
    import urllib.request

    with urllib.request.urlopen(url, timeout=10) as r:  # noqa: S310 (loopback only)
        return json.load(r)


@pytest.mark.parametrize("year", [2010, 2018, 2025, CURRENT_YEAR])
def test_time_rule_agrees(
    page: Any, base_url: str, catalog: dict[str, Any], layer_data: dict[str, Any], year: int
) -> None:
    """The slider, the summary, the API's datetime filter and cpecmap.timeline agree."""
    load(page, base_url)
    _set_year(page, year)
    drawn_operating = set(page.evaluate(DRAWN, "operational"))
    summary = page.locator("#summary li[data-layer]")
    counts = {
        summary.nth(i).get_attribute("data-layer"): int(
            summary.nth(i).locator("strong").first.text_content()
        )
        for i in range(summary.count())
    }
    api: dict[str, set[str]] = {}
    for layer in catalog["layers"]:
        url = urljoin(base_url, f"collections/{layer['id']}/items?datetime={year}&limit=1000")
        api[layer["id"]] = {f["properties"]["id"] for f in _get_json(url)["features"]}
    from_api = set().union(*api.values())
    timeline = {
        f["properties"]["id"]
        for fc in layer_data.values()
        for f in fc["features"]
        if operating_in(
            f["properties"]["status_history"], year, year, status_now=f["properties"]["status"]
        )
    }
    assert from_api, f"nothing operating in {year}?"
    assert drawn_operating == from_api == timeline == operating_ids(layer_data, year)
    assert counts == {k: len(v) for k, v in api.items() if v}
    assert f"Operating in {year}" in page.locator("#h-summary").text_content()
    assert f"operating in {year}" in summary.first.text_content()
    # everything drawn has a status that year, and is drawn as that status
    drawn_status = page.evaluate("window.cpecmap.drawnStatus()")
    assert set(drawn_status) == visible(layer_data, year=year) == set(page.evaluate(DRAWN, ""))
    for fc in layer_data.values():
        for f in fc["features"]:
            p = f["properties"]
            if p["id"] in drawn_status:
                assert drawn_status[p["id"]] == status_in(p, year), p["id"]
                if p["status_history"]:
                    assert drawn_status[p["id"]] == status_at(p["status_history"], year)
    if year == 2018:
        screenshot(page, "desktop-year-2018.png")


def test_year_styles_follow_the_status_in_that_year(
    page: Any, base_url: str, layer_data: dict[str, Any]
) -> None:
    """A feature built in 2017 and opened in 2022 is pale in 2018 and full colour in 2022."""
    load(page, base_url)
    target = next(
        f["properties"]
        for fc in layer_data.values()
        for f in fc["features"]
        if status_in(f["properties"], 2018) == "under-construction"
        and f["properties"]["status"] == "operational"
        and "LineString" in f["geometry"]["type"]
    )
    line = page.locator(f"path.cpec-id-{target['id']}").first
    full = float(line.get_attribute("stroke-opacity"))
    _set_year(page, 2018)
    assert "cpec-status-under-construction" in line.get_attribute("class")
    assert float(line.get_attribute("stroke-opacity")) < full
    page.locator("#year-on").uncheck()
    assert "cpec-status-operational" in line.get_attribute("class")
    assert float(line.get_attribute("stroke-opacity")) == full


def test_features_without_a_phase_have_their_own_filter(
    page: Any, base_url: str, layer_data: dict[str, Any]
) -> None:
    load(page, base_url)
    unphased = {
        f["properties"]["id"]
        for fc in layer_data.values()
        for f in fc["features"]
        if not f["properties"]["phase"]
    }
    assert unphased, "the data has features without a phase"
    assert unphased <= shown(page)
    page.locator("#phase-unphased").uncheck()
    assert shown(page) == visible(layer_data) - unphased
    assert "before 2001" in page.locator("#filter-controls").text_content()


def test_details_show_milestones_names_phase_basis_and_links(
    page: Any, base_url: str, layer_data: dict[str, Any]
) -> None:
    """Milestones as a dated list, other names with their language, and links that open."""
    props = next(
        f["properties"]
        for fc in layer_data.values()
        for f in fc["features"]
        if f["properties"]["links"] and any(m.get("by") for m in f["properties"]["milestones"])
    )

    def with_name(route: Any) -> None:  # a Chinese name, as a cited source would give it
        response = route.fetch()
        fc = response.json()
        for f in fc["features"]:
            if f["properties"]["id"] == props["id"]:
                f["properties"]["names"]["zh"] = "测试名称"
        route.fulfill(response=response, json=fc)

    page.route(f"**/api/layers/{props['layer']}.geojson", with_name)
    load(page, base_url)
    assert page.evaluate(f"window.cpecmap.select({json.dumps(props['id'])})")
    popup = page.locator(".leaflet-popup .details")
    popup.wait_for()
    zh = popup.locator("[lang=zh]")
    assert zh.text_content() == "测试名称"
    steps = popup.locator("ol.milestones li")
    assert steps.count() == len(props["milestones"])
    by = next(i for i, m in enumerate(props["milestones"]) if m.get("by"))
    assert steps.nth(by).locator("time").text_content().startswith("by ")
    text = popup.text_content()
    if props["phase_basis"]:
        assert props["phase_basis"] in text
    assert "boundary year belongs to the later period" in text
    link = props["links"][0]
    button = popup.locator(f"ul.links button[data-id='{link['id']}']")
    assert button.text_content() == link["name"]
    steps.first.scroll_into_view_if_needed()
    screenshot(page, "desktop-details-milestones.png")
    button.click()
    # the old popup fades out for 200 ms: wait for the new one by its name
    page.locator(".leaflet-popup .details-name", has_text=link["name"]).wait_for()
    assert f"f={link['id']}" in page.url
    assert page.evaluate("document.activeElement.className").startswith("details-name")
    box = page.locator("#search-input")  # search finds the other name too
    box.fill("测试")
    assert props["name"] in page.locator("#search-results .search-opt").first.text_content()


MAGIC = {
    "geojson": lambda b: json.loads(b)["type"] == "FeatureCollection",
    "gpkg": lambda b: b.startswith(b"SQLite format 3\x00"),
    "csv": lambda b: b"\n" in b and b"," in b.split(b"\n", 1)[0],
    "kml": lambda b: b"<kml" in b[:400],
    "fgb": lambda b: b.startswith(b"fgb\x03"),
    "shp": lambda b: b.startswith(b"PK\x03\x04"),
}


def test_download_links_return_valid_files(
    page: Any, base_url: str, catalog: dict[str, Any]
) -> None:
    load(page, base_url)
    all_links = page.locator("#all-downloads a")
    assert all_links.count() == len(catalog["downloads"])
    layer = next(lay for lay in catalog["layers"] if lay["count"])
    more = (
        page.locator(f"#layer-{layer['id']}")
        .locator("xpath=ancestor::li[1]")
        .locator("details.layer-more")
    )
    more.locator("summary").click()
    layer_links = more.locator("a")
    assert layer_links.count() == len(layer["links"]["downloads"])
    checked = 0
    for links, downloads in (
        (all_links, catalog["downloads"]),
        (layer_links, layer["links"]["downloads"]),
    ):
        by_href = {v: k for k, v in downloads.items()}
        for i in range(links.count()):
            href = links.nth(i).get_attribute("href")
            fmt = by_href[href]
            response = page.request.get(urljoin(base_url, href))
            assert response.ok, (href, response.status)
            assert MAGIC[fmt](response.body()), f"{href} is not a valid {fmt} file"
            checked += 1
    assert checked == len(catalog["downloads"]) + len(layer["links"]["downloads"])
    # and a real click downloads the file
    with page.expect_download() as info:
        layer_links.first.click()
    assert info.value.suggested_filename


def test_mobile_panel_toggle_table_and_no_overflow(
    mobile_page: Any, base_url: str, layer_data: dict[str, Any]
) -> None:
    page = mobile_page
    load(page, base_url)
    screenshot(page, "mobile.png")
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    panel = page.locator("#panel")
    toggle = page.locator("#panel-toggle")
    assert not panel.is_visible()
    assert toggle.get_attribute("aria-expanded") == "false"
    toggle.click()
    page.wait_for_timeout(300)
    assert panel.is_visible() and toggle.get_attribute("aria-expanded") == "true"
    page.locator("#domain-land").uncheck()
    screenshot(page, "mobile-panel.png")
    toggle.click()
    page.wait_for_timeout(300)
    assert not panel.is_visible()
    # table view: the non-visual alternative lists exactly what is visible
    page.locator("#table-toggle").click()
    rows = page.locator("#table-body tbody tr")
    assert rows.count() == len(shown(page)) > 0
    screenshot(page, "mobile-table.png")
    rows.first.locator("button").click()
    page.locator(".leaflet-popup .details-name").wait_for()
    assert page.locator("#table-view").is_hidden()
    assert page.evaluate("document.activeElement.classList.contains('details-name')")
    screenshot(page, "mobile-details.png")


def test_keyboard_reaches_every_control_with_labels(page: Any, base_url: str) -> None:
    load(page, base_url)
    unlabeled = page.evaluate(
        """() => [...document.querySelectorAll('input, select, textarea')]
             .filter(i => !(i.labels && i.labels.length) && !i.getAttribute('aria-label'))
             .map(i => i.id || i.name || i.type)"""
    )
    assert unlabeled == []
    seen = set()
    for _ in range(60):
        page.keyboard.press("Tab")
        seen.add(page.evaluate("document.activeElement.id || document.activeElement.className"))
    for control in ("search-input", "table-toggle", "domain-land", "layer-roads", "domain-sea"):
        assert control in seen, f"{control} not reachable by Tab"
    # focus is visible: the focused checkbox gets an outline
    page.locator("#domain-land").focus()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in ("none", "")
    # the table opens from the keyboard and lists the visible features
    page.locator("#table-toggle").focus()
    page.keyboard.press("Enter")
    assert page.locator("#table-body tbody tr").count() == page.evaluate(
        "window.cpecmap.visibleCount()"
    )
    page.keyboard.press("Escape")
    assert page.locator("#table-view").is_hidden()


def test_page_works_under_a_strict_content_security_policy(
    page: Any, base_url: str, layer_data: dict[str, Any]
) -> None:
    csp = (
        "default-src 'self'; script-src 'self'; style-src 'self'; "
        "img-src 'self' data:; connect-src 'self'"
    )
    violations: list[str] = []

    def add_csp(route: Any) -> None:
        response = route.fetch()
        route.fulfill(
            response=response, headers={**response.headers, "content-security-policy": csp}
        )

    page.route(base_url, add_csp)
    page.on("console", lambda m: "Content Security Policy" in m.text and violations.append(m.text))
    load(page, base_url)
    assert shown(page) == all_ids(layer_data)
    assert violations == []
    html = page.request.get(base_url).text()
    assert "<style" not in html and " style=" not in html
    assert all(re.search(r"\bsrc=", tag) for tag in re.findall(r"<script[^>]*>", html))


def test_skip_link_opens_the_panel_on_a_small_screen(mobile_page: Any, base_url: str) -> None:
    page = mobile_page
    load(page, base_url)
    assert not page.locator("#panel").is_visible()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    page.keyboard.press("Enter")
    assert page.locator("#panel").is_visible()
    assert page.evaluate("document.activeElement.id") == "panel"


def test_summary_separates_what_operates_from_what_is_planned(
    page: Any, base_url: str, layer_data: dict[str, Any]
) -> None:
    load(page, base_url)
    fibre = page.locator("#summary li[data-layer='fibre']").first.text_content()
    planned = [
        f for f in layer_data["fibre"]["features"] if f["properties"]["status"] != "operational"
    ]
    assert planned, "the data has planned fibre"

    def km(p: dict[str, Any]) -> float:
        return p["length_km_stated"] or p["length_km_computed"]

    props = [f["properties"] for f in layer_data["fibre"]["features"]]
    operating = sum(km(p) for p in props if p["status"] == "operational")
    total = sum(km(p) for p in props)

    def fmt(x: float) -> str:  # Intl.NumberFormat rounds halves away from zero
        return f"{int(x + 0.5):,}"

    assert f"{fmt(total)} km ({fmt(operating)} km in operation)" in fibre


def test_precision_is_drawn_from_the_catalogue_styles(
    page: Any, base_url: str, catalog: dict[str, Any], layer_data: dict[str, Any]
) -> None:
    load(page, base_url)
    styles = catalog["precision_styles"]
    layer_id, line_id = next(
        (lid, f["properties"]["id"])
        for lid, fc in sorted(layer_data.items())
        for f in fc["features"]
        if f["properties"]["precision"] == "schematic" and "LineString" in f["geometry"]["type"]
    )
    layer = next(layer for layer in catalog["layers"] if layer["id"] == layer_id)
    weight = layer["style"]["weight"]
    a, b = styles["schematic"]["line"]["dash"]
    line = page.locator(f"path.cpec-id-{line_id}").first
    assert line.get_attribute("stroke-dasharray") == f"{weight * a:g} {weight * b:g}"
    solid = next(
        f["properties"]["id"]
        for f in layer_data["rail"]["features"]
        if f["properties"]["precision"] != "schematic"
    )
    solid_dash = page.locator(f"path.cpec-id-{solid}").first.get_attribute("stroke-dasharray")
    assert solid_dash in (None, "")
    approx = next(
        f["properties"]["id"]
        for f in layer_data["economic-zones"]["features"]
        if f["properties"]["precision"] == "approximate"
    )
    ring = page.locator(f"path.cpec-id-{approx}").first
    assert ring.get_attribute("stroke-dasharray") == styles["approximate"]["point"]["dash"]


def test_filter_labels_come_from_the_catalogue(
    page: Any, base_url: str, catalog: dict[str, Any]
) -> None:
    load(page, base_url)
    text = page.locator("#filter-controls").text_content()
    for words in (*catalog["labels"]["status"].values(), *catalog["labels"]["phase"].values()):
        assert words in text


def _inside(inner: dict[str, float], outer: dict[str, float], slack: float = 1.0) -> bool:
    return (
        inner["left"] >= outer["left"] - slack
        and inner["right"] <= outer["right"] + slack
        and inner["top"] >= outer["top"] - slack
        and inner["bottom"] <= outer["bottom"] + slack
    )


# The last match: a closed popup fades out for 200 ms before Leaflet removes it.
RECT = (
    "(s) => { const r = [...document.querySelectorAll(s)].pop().getBoundingClientRect();"
    " return {left: r.left, right: r.right, top: r.top, bottom: r.bottom}; }"
)


@pytest.mark.parametrize("fixture", ["page", "mobile_page"])
def test_every_selected_line_shows_its_whole_popup(
    request: Any, base_url: str, layer_data: dict[str, Any], fixture: str
) -> None:
    page = request.getfixturevalue(fixture)
    load(page, base_url)
    lines = [
        f["properties"]["id"]
        for fc in layer_data.values()
        for f in fc["features"]
        if "LineString" in f["geometry"]["type"]
    ]
    assert lines
    for size in (
        ({"width": 1280, "height": 800}, {"width": 1024, "height": 480})
        if fixture == "page"
        else ({"width": 375, "height": 740},)
    ):
        page.set_viewport_size(size)
        page.wait_for_timeout(300)  # Leaflet picks up a window resize after a short delay
        page.evaluate("void window.cpecmap.map.invalidateSize({animate: false})")
        for fid in lines:
            assert page.evaluate(f"window.cpecmap.select({json.dumps(fid)})")
            page.wait_for_timeout(50)
            popup = page.evaluate(RECT, ".leaflet-popup")
            mapbox = page.evaluate(RECT, "#map")
            assert _inside(popup, mapbox), (fid, size, popup, mapbox)


@pytest.mark.parametrize("fixture", ["page", "mobile_page"])
def test_a_selected_line_is_shown_whole_below_its_whole_popup(
    request: Any, base_url: str, layer_data: dict[str, Any], fixture: str
) -> None:
    page = request.getfixturevalue(fixture)
    load(page, base_url)
    longest = max(
        (
            f
            for fc in layer_data.values()
            for f in fc["features"]
            if "LineString" in f["geometry"]["type"]
            and f["properties"]["length_km_computed"]
            and f["properties"]["domain"] == "land"
        ),
        key=lambda f: f["properties"]["length_km_computed"],
    )
    fid = longest["properties"]["id"]
    assert page.evaluate(f"window.cpecmap.select({json.dumps(fid)})")
    page.wait_for_timeout(300)
    popup = page.evaluate(RECT, ".leaflet-popup")
    mapbox = page.evaluate(RECT, "#map")
    assert _inside(popup, mapbox), (popup, mapbox)
    # every vertex of the line is inside the map's view
    coords = longest["geometry"]["coordinates"]
    lines = coords if longest["geometry"]["type"] == "MultiLineString" else [coords]
    inside = page.evaluate(
        "(pts) => { const b = window.cpecmap.map.getBounds();"
        " return pts.every(([x, y]) => b.contains([y, x])); }",
        [p for line in lines for p in line],
    )
    assert inside, f"part of {fid} is off screen"


def test_the_mobile_drawer_closes_by_button_escape_and_map(mobile_page: Any, base_url: str) -> None:
    page = mobile_page
    load(page, base_url)
    is_open = "document.body.classList.contains('panel-open')"
    page.locator("#panel-toggle").click()
    assert page.evaluate(is_open)
    page.locator("#panel-close").click()
    assert not page.evaluate(is_open)
    assert page.evaluate("document.activeElement.id") == "panel-toggle"
    page.locator("#panel-toggle").click()
    page.keyboard.press("Escape")
    assert not page.evaluate(is_open)
    page.locator("#panel-toggle").click()
    page.mouse.click(360, 400)  # the strip of map beside the drawer
    assert not page.evaluate(is_open)


def test_table_title_and_column_headers_stay_in_view(mobile_page: Any, base_url: str) -> None:
    page = mobile_page
    load(page, base_url)
    page.locator("#table-toggle").click()
    page.evaluate(
        "(() => { const t = document.getElementById('table-view');"
        " t.scrollTop = 400; t.scrollLeft = 300; })()"
    )
    page.wait_for_timeout(100)
    view = page.evaluate(RECT, "#table-view")
    head = page.evaluate(RECT, ".table-head")
    th = page.evaluate(RECT, "table.features thead th")
    name = page.evaluate(RECT, "table.features tbody tr:nth-child(3) th")
    assert abs(head["top"] - view["top"]) < 1 and page.locator("#table-close").is_visible()
    assert th["top"] >= head["bottom"] - 1 and th["top"] - head["bottom"] < 2  # no gap
    assert abs(name["left"] - view["left"]) < 1  # the Name column stays at the left edge
