"""Shared helpers for the curation scripts in scripts/curate/.

These scripts document where the committed geodata/sources/*.geojson geometry
comes from. They read the read-only reference extract in ../shared/reference
(relative to the repository root) and are NOT needed at build time.

Each script keeps its own data (facts, sources, coordinates); this module holds
the logic they share: the property KEYS, reading the reference extract, geodesic
lengths, rounding, source records, feature assembly and writing the layer file.

The reference folder is, in order: the first command-line argument of the
script, ``$CPECMAP_REFERENCE``, or ``<repo>/../shared/reference``.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

from pyproj import Geod
from shapely.geometry import LineString, MultiLineString, Point, mapping, shape

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "geodata" / "sources"
GEOD = Geod(ellps="WGS84")

KEYS = [
    "id", "name", "aliases", "domain", "category", "status", "phase",
    "year_agreement", "year_construction", "year_operation", "capacity_mw",
    "length_km_stated", "partners_cn", "partners_pk", "cost_usd_m", "cost_note",
    "description", "precision", "precision_note", "brief_claim", "discrepancy",
    "sources",
]
OPTIONAL_KEYS = ("length_waiver", "route")  # written after KEYS, in this order


# ----------------------------------------------------------------- reference extract
def reference_dir() -> Path:
    if len(sys.argv) > 1:
        return Path(sys.argv[1])
    default = (ROOT / ".." / "shared" / "reference").resolve()
    return Path(os.environ.get("CPECMAP_REFERENCE", default))


REF = reference_dir()


def read_ref(name: str) -> Any:
    """Parsed JSON of a file in the reference extract."""
    return json.loads((REF / name).read_text())


def ref_features(name: str) -> list[dict]:
    return read_ref(name)["features"]


def ref_index(name: str, key: str) -> dict[Any, dict]:
    """Features of a reference GeoJSON file by the value of property ``key``."""
    return {f["properties"][key]: f for f in ref_features(name)}


def ne_places() -> dict[str, tuple[float, float]]:
    """Natural Earth 10m populated places in Pakistan: NAME -> (lon, lat), unrounded."""
    return {f["properties"]["NAME"]: tuple(f["geometry"]["coordinates"])
            for f in ref_features("ne_10m_populated_places_pak.geojson")}


def load_centrelines() -> dict:
    return {
        (f["properties"]["aiddata_id"], f["properties"]["part"]): shape(f["geometry"])
        for f in ref_features("aiddata_pak_road_centrelines_derived.geojson")
        if f["properties"]["aiddata_id"] is not None
    }


def layer_shapes(layer: str) -> dict[str, Any]:
    """Geometries of an already written geodata/sources layer, by feature id."""
    fc = json.loads((OUT / f"{layer}.geojson").read_text())
    return {f["properties"]["id"]: shape(f["geometry"]) for f in fc["features"] if f["geometry"]}


# ----------------------------------------------------------------- geodesy and rounding
def geod_km(geom) -> float:
    """Geodesic (WGS 84) length of a line geometry in km."""
    return GEOD.geometry_length(geom) / 1000.0


def dist_km(a, b) -> float:
    """Geodesic distance between two (lon, lat) points in km."""
    return GEOD.inv(a[0], a[1], b[0], b[1])[2] / 1000.0


def reverse(line: LineString) -> LineString:
    return LineString(list(line.coords)[::-1])


def round_xy(xy, nd: int = 6) -> list[float]:
    """A (lon, lat) pair rounded to nd decimals, as a list."""
    return [round(c, nd) for c in xy]


def rounded(geom, nd: int = 6):
    """Round coordinates to nd decimals, dropping repeated consecutive points."""
    def r(coords):
        out = []
        for x, y in coords:
            p = (round(x, nd), round(y, nd))
            if not out or out[-1] != p:
                out.append(p)
        return out

    if geom.geom_type == "Point":
        return Point(round(geom.x, nd), round(geom.y, nd))
    if geom.geom_type == "LineString":
        return LineString(r(geom.coords))
    if geom.geom_type == "MultiLineString":
        return MultiLineString([r(g.coords) for g in geom.geoms])
    return geom


def simplify_checked(geom, tol: float, max_loss: float = 0.01):
    """Simplify, keeping the geodesic length within max_loss of the original."""
    full = geod_km(geom)
    while tol > 1e-6:
        s = geom.simplify(tol, preserve_topology=False)
        if abs(geod_km(s) - full) / full <= max_loss:
            return s, full
        tol /= 2
    return geom, full


# ----------------------------------------------------------------- source records
ACCESS_NOTE = "undated page; date is the year it was consulted"
UNDATED_NOTE = ("dated publication, but its date was not found (page shows none; not in facts.md); "
                "date is the year it was consulted")
INFERRED_NOTE = "publication year inferred from the events reported"

AIDDATA_REPO = {
    "title": "AidData GCDF 2.0 – OpenStreetMap geometries of Chinese-financed projects (china-osm-geodata, commit 23ac34d)",
    "publisher": "AidData at William & Mary (Custer et al. 2021), ODC-By 1.0; geometry © OpenStreetMap contributors, ODbL 1.0",
    "url": "https://github.com/aiddata/china-osm-geodata",
    "date": "2021-09",
}
HOT_EXPORT_DATE = "2026-05-06"  # "Exported Timestamp (UTC+0000): 2026-05-06" (uploads/Readme.txt of the copy)
HOT_EXPORT_NOTE = "date is the export timestamp given in uploads/Readme.txt beside the file"
HOT_STATIONS = {
    "title": "hotosm_pak_railways_points (HOT export of OpenStreetMap railway stations for Pakistan), copy in xuanx1/greaterAsianTrains@4790ddac",
    "publisher": "Humanitarian OpenStreetMap Team; © OpenStreetMap contributors, ODbL 1.0",
    "url": "https://github.com/xuanx1/greaterAsianTrains/blob/4790ddac521920460cd7eafae98e0fe696d41d9e/uploads/hotosm_pak_railways_points_geojson.geojson",
    "date": HOT_EXPORT_DATE,
    "note": HOT_EXPORT_NOTE,
}
HOT_LINES_URL = ("https://github.com/xuanx1/greaterAsianTrains/blob/"
                 "4790ddac521920460cd7eafae98e0fe696d41d9e/uploads/hotosm_pak_railways_lines_geojson.geojson")
HOT_LINES = {
    "title": "hotosm_pak_railways_lines (HOT export of OpenStreetMap railway lines for Pakistan), copy in xuanx1/greaterAsianTrains@4790ddac",
    "publisher": "Humanitarian OpenStreetMap Team; © OpenStreetMap contributors, ODbL 1.0",
    "url": HOT_LINES_URL,
    "date": HOT_EXPORT_DATE,
    "note": HOT_EXPORT_NOTE,
}


def src(title: str, publisher: str, url: str, date: str, note: str | None = None) -> dict:
    """A source record; a URL without a scheme gets https://."""
    if not url.startswith(("http://", "https://")):
        url = "https://" + url
    rec = {"title": title, "publisher": publisher, "url": url, "date": date}
    if note is not None:
        rec["note"] = note
    return rec


def aiddata_project(pid: int, title: str) -> dict:
    return src(f"AidData GCDF 2.0 project record #{pid}: {title}", "AidData at William & Mary",
               f"https://china.aiddata.org/projects/{pid}", "2021-09")


# ----------------------------------------------------------------- features and output
def feature(props: dict, geom=None, nd: int = 6) -> dict:
    """A GeoJSON feature with properties in KEYS order (then OPTIONAL_KEYS).

    ``geom`` is a shapely geometry (coordinates rounded to ``nd`` decimals) or
    None for a feature the build derives from its ``route``.
    """
    missing = [k for k in KEYS if k not in props]
    extra = [k for k in props if k not in KEYS and k not in OPTIONAL_KEYS]
    assert not missing and not extra, (props.get("id"), missing, extra)
    return {
        "type": "Feature",
        "properties": {k: props[k] for k in (*KEYS, *OPTIONAL_KEYS) if k in props},
        "geometry": mapping(rounded(geom, nd)) if geom is not None else None,
    }


def point_feature(lon: float, lat: float, **props: Any) -> dict:
    """feature() for a point, with the properties given as keyword arguments.

    Layers bind their fixed values with functools.partial, e.g.
    ``partial(point_feature, domain="land")``.
    """
    return feature(props, Point(lon, lat))


def write(layer: str, feats: list[dict], indent: int | None = None) -> Path:
    """Write geodata/sources/<layer>.geojson, features sorted by id.

    Default style: compact JSON with one feature per line. ``indent`` gives
    indented JSON instead (the style some layers were first written in).
    """
    feats = sorted(feats, key=lambda f: f["properties"]["id"])
    ids = [f["properties"]["id"] for f in feats]
    assert len(ids) == len(set(ids)), "duplicate ids"
    fc = {"type": "FeatureCollection", "features": feats}
    if indent is None:
        text = json.dumps(fc, ensure_ascii=False, separators=(",", ":"))
        # one feature per line keeps diffs readable while staying compact
        text = text.replace('{"type":"Feature",', '\n{"type":"Feature",')
    else:
        text = json.dumps(fc, ensure_ascii=False, indent=indent)
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"{layer}.geojson"
    path.write_text(text + "\n", encoding="utf-8")
    for f in feats:
        g = f["geometry"]
        st = f["properties"]["length_km_stated"]
        if (not g or g["type"] == "Point") and st is None:
            continue
        km = geod_km(shape(g)) if g and g["type"] != "Point" else None
        dev = f" ({(km - st) / st * 100:+.1f}%)" if km and st else ""
        print(f"{layer}: {f['properties']['id']}: computed {km and round(km, 2)} km, stated {st}{dev}")
    print(f"wrote {path.relative_to(ROOT)}: {len(feats)} feature(s), {path.stat().st_size} bytes")
    return path
