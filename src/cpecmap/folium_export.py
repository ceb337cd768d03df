"""The atlas rendered with folium: same catalogue, styles, grouping and popups as the web map.

``build_map`` returns a ``folium.Map``; with ``embed=True`` Leaflet and the basemap are
inlined so the saved HTML file opens with no network at all.
"""

from __future__ import annotations

import base64
import html
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import folium
from folium.plugins import GroupedLayerControl

from cpecmap.basemap import ATTRIBUTION as BASEMAP_ATTRIBUTION
from cpecmap.basemap import countries, world_atlas_path
from cpecmap.catalog import select_layers
from cpecmap.errors import BuildMissing
from cpecmap.settings import Settings
from cpecmap.store import Store

PAKISTAN_BOUNDS = [[23.2, 60.5], [37.3, 77.9]]
DOMAIN_ORDER = ("land", "sea", "digital")


def _esc(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _years(p: dict[str, Any]) -> str:
    parts = [
        f"{label} {p[key]}"
        for key, label in (
            ("year_agreement", "agreed"),
            ("year_construction", "construction"),
            ("year_operation", "in operation"),
        )
        if p.get(key)
    ]
    return ", ".join(parts)


def _milestones(props: dict[str, Any], labels: dict[str, dict[str, str]]) -> str:
    """The dated milestones as an escaped list: "2017 — Construction started (note)"."""
    events = labels.get("event", {})
    items = "".join(
        f"<li>{'by ' if m.get('by') else ''}{_esc(m.get('date'))} — "
        f"{_esc(events.get(m.get('event', ''), m.get('event')))}"
        f"{' (' + _esc(m['note']) + ')' if m.get('note') else ''}</li>"
        for m in props.get("milestones") or []
    )
    return f"<h4>Milestones</h4><ol>{items}</ol>" if items else ""


def _other_names(props: dict[str, Any]) -> str:
    """Names in other languages, each in a span with its lang attribute (escaped)."""
    names = props.get("names") or {}
    return "; ".join(
        f"<span lang='{_esc(tag)}' dir='auto'>{_esc(name)}</span>"
        for tag, name in names.items()
        if tag != "en" and name
    )


def popup_html(
    props: dict[str, Any], layer: dict[str, Any], labels: dict[str, dict[str, str]] | None = None
) -> str:
    """The details of one feature as HTML; every value from the data is escaped.

    ``labels`` are the catalogue's words for status and phase codes.
    """
    labels = labels or {}
    category = layer["categories"].get(props["category"], {}).get("label", props["category"])
    status = labels.get("status", {}).get(props["status"], props["status"])
    code = props.get("phase") or ""
    phase = labels.get("phase", {}).get(code, code) or "No phase"
    if props.get("phase_basis"):
        phase = f"{phase} — {props['phase_basis']}"
    rows: list[tuple[str, str]] = [
        ("Also known as", "; ".join(props.get("aliases") or [])),
        ("Category", category),
        ("Status", status),
        ("Phase", phase),
        ("Years", _years(props)),
    ]
    if props.get("capacity_mw"):
        rows.append(("Capacity", f"{props['capacity_mw']:,} MW"))
    if props.get("length_km_computed"):
        stated = props.get("length_km_stated")
        measured = f"{props['length_km_computed']:,} km measured on the map"
        rows.append(("Length", f"{stated:,} km stated, {measured}" if stated else measured))
    rows += [
        ("Chinese partners", "; ".join(props.get("partners_cn") or [])),
        ("Pakistani partners", "; ".join(props.get("partners_pk") or [])),
        ("Cost", f"US$ {props['cost_usd_m']:,} million" if props.get("cost_usd_m") else ""),
        ("Cost notes", props.get("cost_note") or ""),
        ("Length check", props.get("length_check") or ""),
        ("Route", props.get("route_summary") or ""),
        ("Precision", f"{props['precision']} — {props.get('precision_note') or ''}"),
        ("Brief's claim", props.get("brief_claim") or ""),
        ("Where sources differ", props.get("discrepancy") or ""),
    ]
    body = "".join(
        f"<tr><th scope='row'>{_esc(k)}</th><td>{_esc(v)}</td></tr>" for k, v in rows if v
    )
    names = _other_names(props)
    if names:  # already escaped, with lang attributes
        body = f"<tr><th scope='row'>Names</th><td>{names}</td></tr>" + body
    sources = "".join(_source_item(s) for s in props.get("sources") or [])
    return (
        f"<div class='cpecmap-popup'><h3>{_esc(props['name'])}</h3>"
        f"<p>{_esc(props.get('description'))}</p><table>{body}</table>"
        f"{_milestones(props, labels)}<h4>Sources</h4><ol>{sources}</ol></div>"
    )


def _source_item(src: dict[str, Any]) -> str:
    label = f"{src.get('title', '')} — {src.get('publisher', '')}, {src.get('date', '')}"
    url = str(src.get("url", ""))
    if re.match(r"^https?://", url, re.IGNORECASE):
        return (
            f"<li><a href='{_esc(url)}' target='_blank' rel='noopener noreferrer'>"
            f"{_esc(label)}</a></li>"
        )
    return f"<li>{_esc(label)}</li>"


def _color(layer: dict[str, Any], props: dict[str, Any]) -> str:
    category = layer["categories"].get(props["category"], {})
    return str(category.get("color", layer["style"]["color"]))


def _line_style(layer: dict[str, Any], props: dict[str, Any], precision: dict) -> dict[str, Any]:
    weight = layer["style"].get("weight", 3)
    style: dict[str, Any] = {"color": _color(layer, props), "weight": weight, "opacity": 0.95}
    dash = precision.get(props["precision"], {}).get("line", {}).get("dash")
    if dash:  # [a, b] scale with the line weight, as in the web map
        style["dashArray"] = f"{weight * dash[0]:g} {weight * dash[1]:g}"
    return style


def _add_feature(
    group: folium.FeatureGroup,
    feature: Mapping[str, Any],
    layer: dict[str, Any],
    precision: dict[str, Any],
    labels: dict[str, dict[str, str]],
) -> None:
    props = feature["properties"]
    popup = folium.Popup(popup_html(props, layer, labels), max_width=360)
    tooltip = folium.Tooltip(_esc(props["name"]))
    if feature["geometry"]["type"] == "Point":
        lon, lat = feature["geometry"]["coordinates"]
        look = precision.get(props["precision"], {}).get("point", {})
        color = _color(layer, props)
        outline = look.get("outline", "#ffffff")
        folium.CircleMarker(
            location=[lat, lon],
            radius=layer["style"].get("radius", 7),
            color=color if outline == "category" else outline,
            weight=look.get("weight", 1.5),
            dash_array=look.get("dash"),
            fill=True,
            fill_color=color,
            fill_opacity=look.get("fill_opacity", 0.9),
            popup=popup,
            tooltip=tooltip,
        ).add_to(group)
    else:
        style = _line_style(layer, props, precision)
        line = folium.GeoJson(
            dict(feature),
            style_function=lambda _f, s=style: s,
            highlight_function=lambda _f, s=style: {**s, "weight": s["weight"] + 2},
            tooltip=tooltip,
        )
        popup.add_to(line)  # an escaped HTML popup (GeoJsonPopup would format fields itself)
        line.add_to(group)


def _legend(layers: list[dict[str, Any]], domains: dict[str, Any]) -> str:
    blocks = []
    for domain in DOMAIN_ORDER:
        items = []
        for layer in (lyr for lyr in layers if lyr["domain"] == domain):
            for cat in layer["categories"].values():
                swatch = f"<span class='sw' style='background:{_esc(cat['color'])}'></span>"
                items.append(f"<li>{swatch}{_esc(cat['label'])}</li>")
        if items:
            blocks.append(f"<h4>{_esc(domains[domain]['title'])}</h4><ul>{''.join(items)}</ul>")
    note = (
        "<p class='note'>Dashed lines are schematic routes; hollow dashed circles are "
        "approximate locations.</p>"
    )
    opening = "<div class='cpecmap-legend' role='region' aria-label='Legend'>"
    return f"{opening}{''.join(blocks)}{note}</div>"


_CSS = """
.leaflet-container{background:#d4e6f1}
.cpecmap-legend{position:fixed;bottom:60px;left:10px;z-index:1000;background:#fff;
 padding:8px 10px;border-radius:6px;box-shadow:0 1px 4px rgba(0,0,0,.3);
 font:12px/1.4 sans-serif;max-height:calc(100vh - 250px);overflow:auto}
.cpecmap-legend h4{margin:4px 0 2px;font-size:12px}
.cpecmap-legend ul{list-style:none;margin:0;padding:0}
.cpecmap-legend .sw{display:inline-block;width:12px;height:12px;margin-right:6px;
 border-radius:2px;vertical-align:middle}
.cpecmap-legend .note{max-width:200px;color:#444}
.cpecmap-credits{position:fixed;bottom:24px;right:10px;z-index:1000;background:#fff;max-width:420px;
 max-height:50vh;overflow:auto;padding:6px 10px;border-radius:6px;font:12px/1.4 sans-serif;
 box-shadow:0 1px 4px rgba(0,0,0,.3)}
.cpecmap-popup{font:13px/1.4 sans-serif}.cpecmap-popup h3{margin:0 0 4px;font-size:15px}
.cpecmap-popup th{text-align:left;padding-right:6px;vertical-align:top;color:#555}
.cpecmap-popup ol{padding-left:18px;margin:2px 0}
"""


# The grouped control starts its domain boxes unticked even when every layer is on;
# keep each domain box in step with its layers.
_SYNC_GROUP_BOXES = """
(function () {
  function sync() {
    document.querySelectorAll('.leaflet-control-layers-group').forEach(function (group) {
      var box = group.querySelector('.leaflet-control-layers-group-selector');
      var items = group.querySelectorAll('input.leaflet-control-layers-selector');
      if (!box || !items.length) return;
      var on = Array.prototype.filter.call(items, function (i) { return i.checked; }).length;
      box.checked = on === items.length;
      box.indeterminate = on > 0 && on < items.length;
    });
  }
  // runs before folium adds the controls to the page: wait for them
  window.addEventListener('load', sync);
  setTimeout(sync, 0);
  document.addEventListener('change', function () { setTimeout(sync, 0); });
})();
"""

_JQUERY_SHIM = (
    "window.$=window.$||function(h){var t=document.createElement('template');"
    "t.innerHTML=String(h).trim();return [t.content.firstElementChild];};"
)


def _root(m: folium.Map) -> Any:
    # folium types get_root() as a plain Element; at run time it is the Figure.
    return m.get_root()


def _inline_leaflet(m: folium.Map, web_dir: Path) -> None:
    dist = web_dir / "node_modules" / "leaflet" / "dist"
    if not (dist / "leaflet.js").is_file():
        raise BuildMissing(
            f"Leaflet is not installed at {dist}: run scripts/setup (npm ci in web/) first"
        )
    css = (dist / "leaflet.css").read_text(encoding="utf-8")

    def data_uri(match: re.Match[str]) -> str:
        image = dist / match.group(1)
        encoded = base64.b64encode(image.read_bytes()).decode("ascii")
        return f"url(data:image/png;base64,{encoded})"

    css = re.sub(r"url\((images/[\w.-]+\.png)\)", data_uri, css)
    js = (dist / "leaflet.js").read_text(encoding="utf-8").replace("</script", "<\\/script")
    m.default_js = []
    m.default_css = []
    header = _root(m).header
    header.add_child(folium.Element(f"<style>{css}</style>"), name="leaflet_css_inline")
    header.add_child(folium.Element(f"<script>{js}</script>"), name="leaflet_js_inline")
    # folium builds HTML popups with jQuery's $(html)[0]; this shim does just that,
    # so jQuery (a CDN download in folium) is not needed.
    header.add_child(folium.Element(f"<script>{_JQUERY_SHIM}</script>"), name="jquery_shim")


def _inline_plugin(m: folium.Map, control: Any, web_dir: Path) -> None:
    dist = web_dir / "node_modules" / "leaflet-groupedlayercontrol" / "dist"
    script = dist / "leaflet.groupedlayercontrol.min.js"
    if not script.is_file():
        raise BuildMissing(f"leaflet-groupedlayercontrol is missing at {dist}: run scripts/setup")
    css = (dist / "leaflet.groupedlayercontrol.min.css").read_text(encoding="utf-8")
    js = script.read_text(encoding="utf-8").replace("</script", "<\\/script")
    control.default_js = []
    control.default_css = []
    header = _root(m).header
    header.add_child(folium.Element(f"<style>{css}</style>"), name="grouped_css_inline")
    header.add_child(folium.Element(f"<script>{js}</script>"), name="grouped_js_inline")


def build_map(
    store: Store,
    settings: Settings,
    layer_ids: list[str] | None = None,
    *,
    title: str | None = None,
    embed: bool = False,
) -> folium.Map:
    """Render the built layers with folium (see module docstring).

    Parameters
    ----------
    store
        The verified build (``cpecmap.store.load_store``).
    settings
        Where the web assets (Leaflet, the basemap) are.
    layer_ids
        Layers to include (default: all).
    title, embed
        As for ``cpecmap.atlas.to_folium``.
    """
    manifest = store.manifest
    chosen = select_layers(list(store.layers), layer_ids)
    layers = [layer for layer in store.layers.values() if layer.id in chosen]
    entries = [dict(layer.meta) for layer in layers]
    m = folium.Map(
        location=[30.0, 69.0], zoom_start=5, tiles=None, control_scale=True, prefer_canvas=False
    )
    if embed:
        _inline_leaflet(m, settings.web_dir)
    _root(m).header.add_child(folium.Element(f"<style>{_CSS}</style>"), name="cpecmap_css")
    if title:
        _root(m).header.add_child(folium.Element(f"<title>{_esc(title)}</title>"), name="title")

    atlas = world_atlas_path(settings.web_dir)
    base = folium.FeatureGroup(name="Offline basemap (Natural Earth)", overlay=False, control=True)
    if atlas.is_file():
        folium.GeoJson(
            {"type": "FeatureCollection", "features": countries(atlas)},
            style_function=lambda f: {
                "fillColor": "#f7f3e8" if f["id"] == "586" else "#e6e3da",
                "fillOpacity": 1,
                "color": "#8d877a",
                "weight": 1 if f["id"] == "586" else 0.6,
            },
            interactive=False,
            attr=BASEMAP_ATTRIBUTION,
            control=False,
        ).add_to(base)
    base.add_to(m)
    folium.TileLayer(
        "OpenStreetMap", name="OpenStreetMap (online)", overlay=False, show=False
    ).add_to(m)

    # From the catalogue (layers.yaml), as the web map; without it, plain solid styles.
    precision = manifest.get("precision_styles") or {}
    groups: dict[str, list[folium.FeatureGroup]] = {}
    for domain in DOMAIN_ORDER:
        for layer in (lyr for lyr in layers if lyr.meta["domain"] == domain):
            entry = dict(layer.meta)
            label = f"{entry['title']} ({entry['count']})"
            group = folium.FeatureGroup(name=_esc(label), show=True)
            for feature in layer.features:
                if feature["geometry"] is None:
                    continue  # unplaced: no position on Earth to draw
                _add_feature(group, feature, entry, precision, manifest.get("labels") or {})
            group.add_to(m)
            groups.setdefault(_esc(manifest["domains"][domain]["title"]), []).append(group)
    # Overlays grouped by domain, each domain with its own switch; basemaps in the plain control.
    grouped = GroupedLayerControl(
        groups, exclusive_groups=False, collapsed=False, groupCheckboxes=True
    )
    if embed:
        _inline_plugin(m, grouped, settings.web_dir)
    grouped.add_to(m)
    folium.LayerControl(collapsed=False, position="topleft").add_to(m)
    _root(m).script.add_child(folium.Element(_SYNC_GROUP_BOXES), name="sync_group_boxes")
    _root(m).html.add_child(folium.Element(_legend(entries, manifest["domains"])))
    credits = "".join(
        f"<li><b>{_esc(e['title'])}</b> ({_esc(e['licence'])}): {_esc(e['attribution'])}</li>"
        for e in entries
    )
    _root(m).html.add_child(
        folium.Element(
            "<details class='cpecmap-credits'><summary>Data sources and licences "
            f"(data version {_esc(manifest['data_version'])})</summary><ul>{credits}</ul>"
            f"<p>{_esc(BASEMAP_ATTRIBUTION)}</p></details>"
        )
    )
    m.fit_bounds(PAKISTAN_BOUNDS)
    return m
