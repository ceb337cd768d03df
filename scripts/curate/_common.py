"""Shared helpers for the curation scripts in scripts/curate/.

These scripts document where the committed geodata/sources/*.geojson geometry
comes from. They read the read-only reference extract in ../shared/reference
(relative to the repository root) and are NOT needed at build time.
"""
from __future__ import annotations

import json
from pathlib import Path

from pyproj import Geod
from shapely.geometry import LineString, MultiLineString, mapping, shape

ROOT = Path(__file__).resolve().parents[2]
REF = (ROOT / ".." / "shared" / "reference").resolve()
OUT = ROOT / "geodata" / "sources"
GEOD = Geod(ellps="WGS84")

KEYS = [
    "id", "name", "aliases", "domain", "category", "status", "phase",
    "year_agreement", "year_construction", "year_operation", "capacity_mw",
    "length_km_stated", "partners_cn", "partners_pk", "cost_usd_m", "cost_note",
    "description", "precision", "precision_note", "brief_claim", "discrepancy",
    "sources",
]

AIDDATA_REPO = {
    "title": "AidData GCDF 2.0 – OpenStreetMap geometries of Chinese-financed projects (china-osm-geodata, commit 23ac34d)",
    "publisher": "AidData at William & Mary (Custer et al. 2021), ODC-By 1.0; geometry © OpenStreetMap contributors, ODbL 1.0",
    "url": "https://github.com/aiddata/china-osm-geodata",
    "date": "2021-09",
}
HOT_STATIONS = {
    "title": "hotosm_pak_railways_points (HOT export of OpenStreetMap railway stations for Pakistan), copy in xuanx1/greaterAsianTrains@4790ddac",
    "publisher": "Humanitarian OpenStreetMap Team; © OpenStreetMap contributors, ODbL 1.0",
    "url": "https://github.com/xuanx1/greaterAsianTrains/blob/4790ddac521920460cd7eafae98e0fe696d41d9e/uploads/hotosm_pak_railways_points_geojson.geojson",
    "date": "2025",
}


def aiddata_project(pid: int, title: str) -> dict:
    return {
        "title": f"AidData GCDF 2.0 project record #{pid}: {title}",
        "publisher": "AidData at William & Mary",
        "url": f"https://china.aiddata.org/projects/{pid}",
        "date": "2021-09",
    }


def src(title: str, publisher: str, url: str, date: str) -> dict:
    if not url.startswith(("http://", "https://")):
        url = "https://" + url
    return {"title": title, "publisher": publisher, "url": url, "date": date}


def load_centrelines() -> dict:
    d = json.loads((REF / "aiddata_pak_road_centrelines_derived.geojson").read_text())
    return {
        (f["properties"]["aiddata_id"], f["properties"]["part"]): shape(f["geometry"])
        for f in d["features"]
        if f["properties"]["aiddata_id"] is not None
    }


def geod_km(geom) -> float:
    return GEOD.geometry_length(geom) / 1000.0


def reverse(line: LineString) -> LineString:
    return LineString(list(line.coords)[::-1])


def rounded(geom, nd: int = 6):
    def r(coords):
        out = []
        for x, y in coords:
            p = (round(x, nd), round(y, nd))
            if not out or out[-1] != p:
                out.append(p)
        return out

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


def feature(props: dict, geom) -> dict:
    optional = ("route", "length_waiver")
    missing = [k for k in KEYS if k not in props]
    extra = [k for k in props if k not in KEYS and k not in optional]
    assert not missing and not extra, (props.get("id"), missing, extra)
    return {
        "type": "Feature",
        "properties": {k: props[k] for k in (*KEYS, *optional) if k in props},
        "geometry": mapping(rounded(geom)) if geom is not None else None,
    }


def write(layer: str, feats: list[dict]) -> Path:
    feats = sorted(feats, key=lambda f: f["properties"]["id"])
    fc = {"type": "FeatureCollection", "features": feats}
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"{layer}.geojson"
    text = json.dumps(fc, ensure_ascii=False, separators=(",", ":"))
    # one feature per line keeps diffs readable while staying compact
    text = text.replace('{"type":"Feature",', '\n{"type":"Feature",')
    path.write_text(text + "\n", encoding="utf-8")
    for f in feats:
        g = f["geometry"]
        km = geod_km(shape(g)) if g and g["type"] != "Point" else None
        st = f["properties"]["length_km_stated"]
        dev = f" ({(km - st) / st * 100:+.1f}%)" if km and st else ""
        print(f"{layer}: {f['properties']['id']}: computed {km and round(km, 2)} km, stated {st}{dev}")
    return path
