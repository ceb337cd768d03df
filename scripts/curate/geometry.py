#!/usr/bin/env python3
"""Regenerate geodata/geometry/<layer>/<id>.geojson from the reference extracts.

Every line feature with a drawn geometry has a recipe here: which extract features it
is made of, in which order and direction, and how it is simplified. The facts (names,
sources, stated lengths, sourced waypoint coordinates) live in the records,
geodata/records/<layer>/<id>.yaml; a recipe reads from its record only the inputs in
``geometry.derived_from`` and the stated length it is checked against.

Usage, from anywhere::

    python3 scripts/curate/geometry.py [REFERENCE_DIR] [--out DIR]

REFERENCE_DIR defaults to $CPECMAP_REFERENCE or <repo>/../shared/reference; DIR to
geodata/geometry. The output is byte-identical to the committed files when the
extracts are unchanged (``git diff --stat geodata/geometry`` stays empty).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from itertools import pairwise
from pathlib import Path
from typing import Any

import yaml
from _common import (
    RECORDS,
    ROOT,
    XY,
    geod_km,
    geometry_text,
    load_centrelines,
    ml1_stations,
    ne_places,
    record,
    ref_features,
    ref_index,
    reference_dir,
    round_xy,
    rounded,
    simplify_checked,
)
from _railroute import load_ways, route
from _roads import road_lines
from shapely.geometry import LineString, MultiLineString, Point, shape
from shapely.geometry.base import BaseGeometry

OUT = ROOT / "geodata" / "geometry"
ML1_WAYS = ROOT / "scripts" / "curate" / "inputs" / "hot_ml1_ways.geojson"
STATED_TOLERANCE = 0.05  # the build's length check: within 5 % of length_km_stated, or a waiver

# (layer, id) -> (geometry, decimals)
Lines = dict[tuple[str, str], tuple[BaseGeometry, int]]


# ----------------------------------------------------------------- rail
def rail_lines(ref: Path) -> Lines:
    """ML-1 routed over the committed OSM ways; the Orange Line from AidData."""
    track = route(load_ways(ML1_WAYS), ml1_stations(ref))
    ml1, _ = simplify_checked(LineString(track.coords), 0.0001)
    # Ali Town -> Dera Gujran
    orange, _ = simplify_checked(load_centrelines(ref)[(37280, 0)], 0.0001)
    return {("rail", "ml1-karachi-peshawar"): (ml1, 6), ("rail", "lahore-orange-line"): (orange, 6)}


# ----------------------------------------------------------------- submarine cables
CABLE_TOLERANCE_DEG = 0.02
CABLE_DECIMALS = 5
# record id -> (TeleGeography feature id, which of its lines: all / not Gwadar / Gwadar only)
CABLES = {
    "peace-cable": ("peace-cable", "drop-gwadar"),
    "peace-cable-gwadar-branch": ("peace-cable", "only-gwadar"),
    "seamewe-3-cable": ("seamewe-3", "all"),
    "seamewe-4-cable": ("seamewe-4", "all"),
    "seamewe-5-cable": ("seamewe-5", "all"),
    "seamewe-6-cable": ("seamewe-6", "all"),
    "imewe-cable": ("imewe", "all"),
    "aae-1-cable": ("asia-africa-europe-1-aae-1", "all"),
    "tw1-cable": ("transworld-tw1", "all"),
    "2africa-cable": ("2africa", "all"),
    "africa-1-cable": ("africa-1", "all"),
}


def _touches(line: LineString, p: Point, tol: float = 0.01) -> bool:
    return min(Point(line.coords[0]).distance(p), Point(line.coords[-1]).distance(p)) < tol


def cable_lines(ref: Path) -> Lines:
    """Each cable's whole TeleGeography system, simplified; PEACE's Gwadar branch apart.

    Always a MultiLineString: one geometry type per layer, which GDAL and QGIS read as one layer.
    """
    landing = ref_index(ref, "cable_landing_points_pak_cables.geojson", "id")
    gwadar = Point(landing["gwadar-pakistan"]["geometry"]["coordinates"])
    parts: dict[str, list[LineString]] = {}
    for f in ref_features(ref, "submarine_cables_pak.geojson"):
        parts.setdefault(f["properties"]["id"], []).extend(shape(f["geometry"]).geoms)
    out: Lines = {}
    for fid, (tg_id, which) in CABLES.items():
        lines = parts[tg_id]
        if which != "all":
            lines = [ln for ln in lines if _touches(ln, gwadar) == (which == "only-gwadar")]
        simplified = [ln.simplify(CABLE_TOLERANCE_DEG, preserve_topology=True) for ln in lines]
        geom = MultiLineString([rounded(ln, CABLE_DECIMALS) for ln in simplified])
        src_km, out_km = geod_km(MultiLineString(lines)), geod_km(geom)
        assert abs(out_km - src_km) / src_km < 0.01, (fid, src_km, out_km)
        out[("submarine-cables", fid)] = (geom, CABLE_DECIMALS)
    return out


# ----------------------------------------------------------------- transmission
def waypoints(spec: Sequence[dict[str, Any]], places: dict[str, XY]) -> list[list[float]]:
    """Rounded waypoints: ``{name, at: [lon, lat]}``, or ``{name}`` for a Natural Earth place."""
    return [round_xy(w["at"] if "at" in w else places[w["name"]]) for w in spec]


def transmission_lines(ref: Path) -> Lines:
    """The HVDC line: straight segments through the waypoints listed in its record."""
    spec = record("transmission", "matiari-lahore-hvdc")["geometry"]["derived_from"]["waypoints"]
    coords = waypoints(spec, ne_places(ref))
    assert all(b[1] > a[1] for a, b in pairwise(coords)), "route must run steadily north"
    # the ends are the points of the two converter stations
    for end, station in ((coords[0], "matiari-converter-station"),
                         (coords[-1], "lahore-converter-station")):
        assert end == record("energy", station)["geometry"]["coordinates"], (station, end)
    return {("transmission", "matiari-lahore-hvdc"): (LineString(coords), 6)}


# ----------------------------------------------------------------- all layers
RECIPES: tuple[Callable[[Path], Lines], ...] = (road_lines, rail_lines, cable_lines,
                                               transmission_lines)


def check_stated_length(layer: str, fid: str, km: float) -> str:
    """Within 5 % of the record's length_km_stated, or else (and only then) a length_waiver."""
    rec = record(layer, fid)
    stated = rec.get("length_km_stated")
    if stated is None:
        return f"{km:.1f} km"
    within = abs(km - stated) / stated <= STATED_TOLERANCE
    assert within != bool(rec.get("length_waiver")), (fid, km, stated)
    return f"{km:.1f} km, stated {stated} ({(km - stated) / stated * 100:+.1f} %)"


def recorded_files() -> set[str]:
    """The ``geometry.file`` of every record that has one."""
    files = set()
    for path in sorted(RECORDS.glob("*/*.yaml")):
        geom = yaml.safe_load(path.read_text("utf-8")).get("geometry") or {}
        if "file" in geom:
            files.add(geom["file"])
    return files


def write_all(ref: Path, out: Path) -> list[Path]:
    """Write every geometry file under ``out``; check lengths and that records and recipes match."""
    lines: Lines = {}
    for recipe in RECIPES:
        lines.update(recipe(ref))
    names = {f"{layer}/{fid}.geojson" for layer, fid in lines}
    missing, extra = recorded_files() - names, names - recorded_files()
    assert not missing and not extra, (f"records without a recipe: {missing}; "
                                       f"recipes without a record: {extra}")
    written = []
    for (layer, fid), (geom, nd) in sorted(lines.items()):
        path = out / layer / f"{fid}.geojson"
        path.parent.mkdir(parents=True, exist_ok=True)
        text = geometry_text(geom, nd)
        path.write_text(text, encoding="utf-8")
        written.append(path)
        km = geod_km(shape(json.loads(text)))  # as committed, i.e. rounded
        print(f"{layer}/{fid}: {check_stated_length(layer, fid, km)}")
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("reference", nargs="?",
                        help="reference folder (see ../shared/reference/SOURCES.md)")
    parser.add_argument("--out", type=Path, default=OUT,
                        help="output folder (default geodata/geometry)")
    args = parser.parse_args(argv)
    ref = reference_dir(args.reference)
    if not ref.is_dir():
        parser.error(f"reference folder {ref} not found: "
                     "give it as REFERENCE_DIR or in $CPECMAP_REFERENCE")
    written = write_all(ref, args.out)
    print(f"wrote {len(written)} geometry files under {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
