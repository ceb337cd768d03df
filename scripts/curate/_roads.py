"""Road geometry recipes: AidData OSM centre-lines, oriented, joined and simplified.

Each line is one or more parts of ``aiddata_pak_road_centrelines_derived.geojson``
(keyed by AidData project id and part), simplified with a length-preserving tolerance
(see simplify_checked). The Hazara Motorway has no line in any extract: it is a
straight schematic line between two points taken from the extracts.
"""

from __future__ import annotations

from pathlib import Path

from _common import (
    chain,
    dist_km,
    load_centrelines,
    ml1_stations,
    record,
    reverse,
    simplify_checked,
)
from shapely.geometry import LineString, Point
from shapely.geometry.base import BaseGeometry
from shapely.ops import substring

Lines = dict[tuple[str, str], tuple[BaseGeometry, int]]
N35_JOIN_MAX_KM = 0.2  # the two AidData lines of the N-35 meet (nearly) end to end


def n35_khunjerab(cl: dict[tuple[int, int], BaseGeometry], end: tuple[float, float]) -> LineString:
    """AidData #53541 part 3 (reversed), #35739 up to its point nearest ``end``, then ``end``."""
    south = reverse(cl[(53541, 3)])  # 35.480 N 73.264 E -> Raikot
    north = cl[(35739, 0)]           # Raikot -> Khunjerab
    gap = dist_km(south.coords[-1], north.coords[0])
    assert gap < N35_JOIN_MAX_KM, gap
    north_cut = substring(north, 0, north.project(Point(end)))
    return LineString(list(south.coords) + list(north_cut.coords) + [end])


def east_bay(cl: dict[tuple[int, int], BaseGeometry]) -> LineString:
    """AidData #52431's five parts ordered port -> N-10, without part 4's two short ramps."""
    p = {i: cl[(52431, i)] for i in range(5)}
    main4 = max(p[4].geoms, key=lambda g: g.length)  # the 7.66 km piece
    line, _ = chain([reverse(p[2]), p[1], p[0], reverse(p[3]), reverse(main4)])
    return line


def di_khan_zhob(cl: dict[tuple[int, int], BaseGeometry]) -> LineString:
    """AidData #52521's two pieces, which meet within metres, joined Yarik (east) -> Zhob."""
    zhob_side, yarik_side = cl[(52521, 0)].geoms
    line, connectors = chain([yarik_side, reverse(zhob_side)])  # meet at 70.383 E
    assert max(connectors) < N35_JOIN_MAX_KM, connectors
    return line


def road_lines(ref: Path) -> Lines:
    cl = load_centrelines(ref)
    kkh2_raw = reverse(cl[(52525, 0)])  # the extract runs Thakot -> Havelian
    burhan = dict(ml1_stations(ref))["Burhan"]
    khunjerab = record("roads", "kkh-n35-khunjerab")["geometry"]["derived_from"]["end"]["at"]
    lines = {
        "m5-multan-sukkur": simplify_checked(cl[(39013, 0)], 0.0005)[0],  # Multan -> Sukkur
        "kkh-phase2-havelian-thakot": simplify_checked(kkh2_raw, 0.0003)[0],
        # schematic: Burhan station to the Havelian end of the KKH Phase II line
        "hazara-motorway-burhan-havelian": LineString([burhan, kkh2_raw.coords[0]]),
        "kkh-attabad-realignment": simplify_checked(reverse(cl[(39030, 0)]), 0.0003)[0],  # S -> N
        "kkh-n35-khunjerab": simplify_checked(n35_khunjerab(cl, tuple(khunjerab)), 0.0003)[0],
        "gwadar-east-bay-expressway": simplify_checked(east_bay(cl), 0.0002)[0],
        "khuzdar-basima-n30": simplify_checked(cl[(52518, 0)], 0.0003)[0],  # Khuzdar -> Basima
        "di-khan-zhob-n50": simplify_checked(di_khan_zhob(cl), 0.0003)[0],  # Yarik -> Zhob
    }
    return {("roads", fid): (geom, 6) for fid, geom in lines.items()}
