"""Shared helpers for scripts/curate/: reading the reference extracts, geodesy, rounding.

Pure functions only; no facts. The reference folder (read-only, not needed at build
time; what each extract is and where it comes from: ../shared/reference/SOURCES.md)
is passed in explicitly, see :func:`reference_dir`.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import yaml
from pyproj import Geod
from shapely.geometry import LineString, MultiLineString, Point, mapping, shape
from shapely.geometry.base import BaseGeometry

ROOT = Path(__file__).resolve().parents[2]
RECORDS = ROOT / "geodata" / "records"
GEOD = Geod(ellps="WGS84")

XY = tuple[float, float]


# ----------------------------------------------------------------- reference extract
def reference_dir(arg: str | None = None) -> Path:
    """The reference folder: ``arg``, else $CPECMAP_REFERENCE, else <repo>/../shared/reference."""
    if arg:
        return Path(arg)
    default = (ROOT / ".." / "shared" / "reference").resolve()
    return Path(os.environ.get("CPECMAP_REFERENCE", default))


def ref_features(ref: Path, name: str) -> list[dict[str, Any]]:
    """The features of a GeoJSON file in the reference folder."""
    features: list[dict[str, Any]] = json.loads((ref / name).read_text())["features"]
    return features


def ref_index(ref: Path, name: str, key: str) -> dict[Any, dict[str, Any]]:
    """Features of a reference GeoJSON file by the value of property ``key``."""
    return {f["properties"][key]: f for f in ref_features(ref, name)}


def ne_places(ref: Path) -> dict[str, XY]:
    """Natural Earth populated places in the extract: NAME -> (lon, lat), unrounded."""
    return {f["properties"]["NAME"]: tuple(f["geometry"]["coordinates"])
            for f in ref_features(ref, "ne_10m_populated_places_pak.geojson")}


def load_centrelines(ref: Path) -> dict[tuple[int, int], BaseGeometry]:
    """AidData road/rail centre-lines by (aiddata_id, part)."""
    return {
        (f["properties"]["aiddata_id"], f["properties"]["part"]): shape(f["geometry"])
        for f in ref_features(ref, "aiddata_pak_road_centrelines_derived.geojson")
        if f["properties"]["aiddata_id"] is not None
    }


def ml1_stations(ref: Path) -> list[tuple[str, XY]]:
    """The ML-1 stations with coordinates, south to north (by ``seq``)."""
    st = sorted(ref_features(ref, "ml1_stations_pak.geojson"),
                key=lambda f: int(f["properties"]["seq"]))
    return [(f["properties"]["station"], tuple(f["geometry"]["coordinates"])) for f in st]


def record(layer: str, fid: str) -> dict[str, Any]:
    """A record of geodata/records (the facts a geometry is checked against)."""
    data: dict[str, Any] = yaml.safe_load((RECORDS / layer / f"{fid}.yaml").read_text("utf-8"))
    return data


# ----------------------------------------------------------------- geodesy and rounding
def geod_km(geom: BaseGeometry) -> float:
    """Geodesic (WGS 84) length of a line geometry in km."""
    return float(GEOD.geometry_length(geom)) / 1000.0


def dist_km(a: Sequence[float], b: Sequence[float]) -> float:
    """Geodesic distance between two (lon, lat) points in km."""
    return float(GEOD.inv(a[0], a[1], b[0], b[1])[2]) / 1000.0


def reverse(line: LineString) -> LineString:
    return LineString(list(line.coords)[::-1])


def round_xy(xy: Sequence[float], nd: int = 6) -> list[float]:
    """A (lon, lat) pair rounded to nd decimals, as a list."""
    return [round(c, nd) for c in xy]


def _rounded_coords(coords: Iterable[Sequence[float]], nd: int) -> list[XY]:
    out: list[XY] = []
    for x, y in coords:
        p = (round(x, nd), round(y, nd))
        if not out or out[-1] != p:
            out.append(p)
    return out


def rounded(geom: BaseGeometry, nd: int = 6) -> BaseGeometry:
    """Round coordinates to nd decimals, dropping repeated consecutive points."""
    if isinstance(geom, Point):
        return Point(round(geom.x, nd), round(geom.y, nd))
    if isinstance(geom, LineString):
        return LineString(_rounded_coords(geom.coords, nd))
    if isinstance(geom, MultiLineString):
        return MultiLineString([_rounded_coords(g.coords, nd) for g in geom.geoms])
    return geom


def simplify_checked(geom: BaseGeometry, tol: float,
                     max_loss: float = 0.01) -> tuple[BaseGeometry, float]:
    """Simplify, halving ``tol`` until the geodesic length is within ``max_loss`` of the original.

    Returns the simplified geometry and the original length in km.
    """
    full = geod_km(geom)
    while tol > 1e-6:
        s = geom.simplify(tol, preserve_topology=False)
        if abs(geod_km(s) - full) / full <= max_loss:
            return s, full
        tol /= 2
    return geom, full


def chain(pieces: Sequence[LineString]) -> tuple[LineString, list[float]]:
    """Join lines end to start in the order given.

    Returns the joined line and the geodesic length (km) of each straight connector
    between one piece's end and the next piece's start.
    """
    coords: list[tuple[float, ...]] = []
    connectors: list[float] = []
    for piece in pieces:
        c = list(piece.coords)
        if coords:
            connectors.append(dist_km(coords[-1], c[0]))
        coords.extend(c)
    return LineString(coords), connectors


def geometry_text(geom: BaseGeometry, nd: int = 6) -> str:
    """A committed geometry file: the bare GeoJSON geometry, compact, rounded, one line."""
    return json.dumps(mapping(rounded(geom, nd)), separators=(",", ":")) + "\n"
