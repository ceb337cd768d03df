"""Automated accessibility check: axe-core (WCAG 2.0/2.1 A and AA rules) on the map.

axe-core is a devDependency of web/ (pinned in web/package.json) and is never served
to readers: it is not in the server's vendor directories. The test injects it from
web/node_modules into the page. The page's strict CSP (``script-src 'self'``, sent
as a header and repeated in a <meta>) blocks injected inline scripts, so this test
alone uses a browser context with ``bypass_csp=True``; the CSP itself is covered by
test_map.py.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

import pytest

from .helpers import DESKTOP, MOBILE, WEB, PageWatch, load, open_page, screenshot

AXE = WEB / "node_modules" / "axe-core" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
BLOCKING = ("serious", "critical")

# Nothing is excluded from the axe run. axe cannot judge the contrast of the map's
# country and sea labels (they sit over the basemap canvas, so it files them under
# "incomplete", not "violations"): test_map_labels_have_enough_contrast checks those.
RUN_AXE = """async (tags) => {
  const result = await axe.run(document, {runOnly: {type: 'tag', values: tags}});
  return result.violations.map(v => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map(n => ({target: n.target.join(' '), summary: n.failureSummary})),
  }));
}"""


@pytest.fixture
def a11y_context(browser: Any, watch: PageWatch) -> Iterator[Any]:
    """Like ``open_page`` (errors recorded, only loopback requests), but with the CSP
    bypassed so that axe can be injected as an inline script."""
    if not AXE.is_file():
        pytest.fail("web/node_modules/axe-core is missing: run `npm ci` in web/")
    contexts: list[Any] = []

    def make(viewport: dict[str, int]) -> Any:
        page = open_page(browser, viewport, watch, bypass_csp=True)
        contexts.append(page.context)
        return page

    yield make
    for context in contexts:
        context.close()
    watch.check()


def violations(page: Any) -> list[dict[str, Any]]:
    page.add_script_tag(path=str(AXE))
    found: list[dict[str, Any]] = page.evaluate(RUN_AXE, TAGS)
    return found


def compact(found: list[dict[str, Any]]) -> str:
    lines = []
    for v in found:
        lines.append(f"[{v['impact']}] {v['id']}: {v['help']} ({len(v['nodes'])} nodes)")
        for node in v["nodes"][:5]:
            summary = " ".join((node["summary"] or "").split())
            lines.append(f"    {node['target']}  —  {summary[:300]}")
    return "\n".join(lines)


def open_details(page: Any) -> None:
    page.locator("#search-input").fill("Sahiwal")
    page.locator("#search-results [role=option]").first.wait_for()
    page.locator("#search-input").press("Enter")
    page.locator(".leaflet-popup .details-name").wait_for()
    page.wait_for_timeout(400)  # the popup's fade-in: axe measures contrast on opacity


def open_table(page: Any) -> None:
    page.locator("#table-toggle").click()
    page.locator("#table-body tbody tr").first.wait_for()


def open_panel(page: Any) -> None:
    toggle = page.locator("#panel-toggle")
    if toggle.is_visible():  # the panel is a drawer on small screens only
        toggle.click()
        page.wait_for_timeout(300)


STATES = {
    "map": lambda page: None,
    "details": open_details,
    "table": open_table,
    "panel": open_panel,
}


@pytest.mark.parametrize("state", list(STATES))
@pytest.mark.parametrize("viewport", [DESKTOP, MOBILE], ids=["desktop", "mobile"])
def test_no_serious_accessibility_violations(
    a11y_context: Any, base_url: str, viewport: dict[str, int], state: str
) -> None:
    page = a11y_context(viewport)
    load(page, base_url)
    STATES[state](page)
    found = violations(page)
    name = "desktop" if viewport == DESKTOP else "mobile"
    blocking = [v for v in found if v["impact"] in BLOCKING]
    if blocking:
        screenshot(page, f"a11y-{name}-{state}.png")
        pytest.fail("axe found serious/critical WCAG A/AA violations:\n" + compact(blocking))


# Each label's text colour and the basemap colours under it, read from the canvas the
# countries are drawn on (transparent pixels are the sea: the map's background).
LABEL_COLOURS = """() => {
  const canvas = document.querySelector('.leaflet-basemap-pane canvas');
  const box = canvas.getBoundingClientRect();
  const ctx = canvas.getContext('2d');
  const sx = canvas.width / box.width, sy = canvas.height / box.height;
  const rgb = (css) => css.match(/[0-9.]+/g).slice(0, 3).map(Number);
  const sea = rgb(getComputedStyle(document.getElementById('map')).backgroundColor);
  return [...document.querySelectorAll('.country-label span, .sea-label span, .city-label span')]
    .filter((span) => span.getBoundingClientRect().width > 0).map((span) => {
    const r = span.getBoundingClientRect();
    const under = [];
    for (let i = 0; i <= 4; i++) for (let j = 0; j <= 2; j++) {
      const x = Math.round((r.left + r.width * i / 4 - box.left) * sx);
      const y = Math.round((r.top + r.height * j / 2 - box.top) * sy);
      const [R, G, B, A] = ctx.getImageData(x, y, 1, 1).data;
      under.push(A === 0 ? sea : [R, G, B]);
    }
    return {text: span.textContent, fg: rgb(getComputedStyle(span).color), under};
  });
}"""


def luminance(rgb: Sequence[float]) -> float:
    def channel(c: float) -> float:
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: Sequence[float], b: Sequence[float]) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_map_labels_have_enough_contrast(page: Any, base_url: str) -> None:
    """WCAG 1.4.3 (4.5:1 for small text) for the labels axe cannot measure."""
    load(page, base_url)
    labels = page.evaluate(LABEL_COLOURS)
    assert len(labels) >= 5
    # zoomed in, the towns are shown too
    page.evaluate("void window.cpecmap.map.setView([31.0, 72.5], 7, {animate: false})")
    page.wait_for_timeout(300)
    towns = [label for label in page.evaluate(LABEL_COLOURS) if label["text"] == "Multan"]
    assert towns, "the town labels are not shown at zoom 7"
    labels += towns
    low = [
        f"{label['text']}: {contrast(label['fg'], bg):.2f}:1 ({label['fg']} on {bg})"
        for label in labels
        for bg in {tuple(b) for b in label["under"]}
        if contrast(label["fg"], bg) < 4.5
    ]
    assert not low, f"map labels below 4.5:1: {low}"
