"""The station-to-station router behind the ML-1 line (scripts/curate/_railroute.py)."""
from __future__ import annotations

import json
import math
import sys
from pathlib import Path

import pytest
from shapely.geometry import LineString

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts" / "curate"))
import _railroute as rr  # noqa: E402

MAIN = {"name": "ML - 1", "name:en": None}
OTHER = {"name": None, "name:en": None}


def way(osm_id: int, coords: list[tuple[float, float]], props: dict = MAIN) -> dict:
    return {"osm_id": osm_id, "props": props, "coords": coords}


def test_follows_the_track_through_its_vertices() -> None:
    track = [(70.0, 30.0), (70.05, 30.02), (70.1, 30.0), (70.15, 30.02), (70.2, 30.0)]
    r = rr.route([way(1, track[:3]), way(2, track[2:])], [("A", (70.0, 30.0)), ("B", (70.2, 30.0))])
    assert r.coords == track
    assert r.osm_ids == [1, 2] and r.bridges == []
    assert r.legs[0][2] > r.legs[0][3]  # track longer than the chord


def test_prefers_the_main_line_to_a_slightly_shorter_siding() -> None:
    main = [(70.0, 30.0), (70.05, 30.003), (70.1, 30.0)]
    siding = [(70.0, 30.0), (70.05, 30.0), (70.1, 30.0)]
    r = rr.route([way(1, siding, OTHER), way(2, main)], [("A", main[0]), ("B", main[-1])])
    assert r.osm_ids == [2]
    # ...but not to a much longer detour (inside the search area, so cost decides)
    detour = [(70.0, 30.0), (70.05, 30.05), (70.1, 30.0)]
    r = rr.route([way(1, siding, OTHER), way(2, detour)], [("A", main[0]), ("B", main[-1])])
    assert r.osm_ids == [1]


def dense(a: tuple[float, float], b: tuple[float, float], n: int) -> list[tuple[float, float]]:
    return [(a[0] + (b[0] - a[0]) * i / n, a[1] + (b[1] - a[1]) * i / n) for i in range(n + 1)]


def test_ways_that_end_close_without_a_shared_node_are_bridged() -> None:
    # at 34 N, 50 m apart east-west, vertices every ~20 m: a bridge, not a 3x-cost gap
    west = dense((72.0, 34.0), (72.01, 34.0), 46)
    east = dense((72.01054, 34.0), (72.02, 34.0), 44)
    r = rr.route([way(1, west), way(2, east)], [("A", west[0]), ("B", east[-1])])
    assert r.gaps == []
    ((u, v, m),) = r.bridges
    assert (u, v) == (west[-1], east[0]) and m == pytest.approx(50, abs=5)
    assert r.osm_ids == [1, 2]


def test_track_joining_the_pieces_near_the_stations_is_taken_before_a_gap() -> None:
    west, east = [(70.0, 30.0), (70.1, 30.0)], [(70.2, 30.0), (70.3, 30.0)]
    stations = [("A", west[0]), ("B", east[-1])]
    loop = [(70.1, 30.0), (70.15, 30.04), (70.2, 30.0)]  # ~13 km of track for a ~10 km hole
    r = rr.route([way(1, west), way(2, east), way(3, loop, OTHER)], stations)
    assert r.gaps == [] and 3 in r.osm_ids
    # track far outside the stations' search area does not count: the hole is crossed
    far = [(70.1, 30.0), (70.15, 30.5), (70.2, 30.0)]
    r = rr.route([way(1, west), way(2, east), way(3, far, OTHER)], stations)
    assert len(r.gaps) == 1 and 3 not in r.osm_ids


def test_a_station_on_a_siding_leaves_no_out_and_back_spur() -> None:
    main = [(70.0, 30.0), (70.05, 30.0), (70.1, 30.0), (70.15, 30.0)]
    siding = [(70.1, 30.0), (70.09, 30.002), (70.08, 30.003)]  # the station's nearest vertex
    stations = [("A", main[0]), ("S", (70.08, 30.0031)), ("B", main[-1])]
    r = rr.route([way(1, main), way(2, siding, OTHER)], stations)
    assert r.coords == main
    assert len(set(r.coords)) == len(r.coords)


def test_remove_spikes_drops_short_turn_backs_only() -> None:
    a, b, c, d = (70.0, 30.0), (70.01, 30.0), (70.0098, 30.0), (70.02, 30.0)  # c: ~19 m back
    assert rr.remove_spikes([a, b, c, d]) == [a, c, d]
    far = (70.005, 30.0)  # ~480 m back: a real reversal, kept
    assert rr.remove_spikes([a, b, far, d]) == [a, b, far, d]


def test_erase_loops_cuts_every_return_to_a_visited_vertex() -> None:
    a, b, c, d, e = (0, 0), (1, 0), (2, 0), (2, 1), (3, 0)
    assert rr.erase_loops([a, b, c, d, c, e]) == [a, b, c, e]
    assert rr.erase_loops([a, b, c, b, a, b, e]) == [a, b, e]
    assert rr.erase_loops([a, b, e]) == [a, b, e]


def test_a_hole_in_the_export_is_crossed_straight_and_reported() -> None:
    west = [(70.0, 30.0), (70.1, 30.0)]
    east = [(70.2, 30.0), (70.3, 30.0)]
    r = rr.route([way(1, west), way(2, east)], [("A", (70.0, 30.0)), ("B", (70.3, 30.0))])
    assert r.coords == west + east and r.bridges == []
    ((u, v, m),) = r.gaps
    assert (u, v) == ((70.1, 30.0), (70.2, 30.0)) and m == pytest.approx(9_640, rel=0.01)


def test_a_station_far_from_any_track_is_a_point_of_the_line() -> None:
    west = [(70.0, 30.0), (70.1, 30.0)]
    east = [(70.3, 30.0), (70.4, 30.0)]
    mid = (70.2, 30.05)  # ~5 km off the straight gap
    r = rr.route([way(1, west), way(2, east)], [("A", west[0]), ("M", mid), ("B", east[-1])])
    assert mid in r.coords
    assert dict(r.snaps)["M"] > 1000


def test_no_track_and_no_gap_in_reach_is_an_error_naming_the_stations() -> None:
    far = [(60.0, 25.0), (60.1, 25.0)]
    with pytest.raises(ValueError, match="A and B"):
        rr.route([way(1, [(70.0, 30.0), (70.1, 30.0)]), way(2, far)],
                 [("A", (70.0, 30.0)), ("B", (60.1, 25.0))])


def test_the_committed_ml1_line_lies_on_the_committed_osm_ways() -> None:
    """The ML-1 of geodata/sources/rail.geojson is drawn from curate/inputs/hot_ml1_ways.geojson."""
    root = Path(__file__).resolve().parents[1]
    ways = rr.load_ways(root / "scripts" / "curate" / "inputs" / "hot_ml1_ways.geojson")
    vertices = {(round(x, 6), round(y, 6)) for w in ways for x, y in w["coords"]}
    rail = json.loads((root / "geodata" / "sources" / "rail.geojson").read_text())
    ml1 = next(f for f in rail["features"] if f["properties"]["id"] == "ml1-karachi-peshawar")
    line = [tuple(c) for c in ml1["geometry"]["coordinates"]]
    on_track = sum(c in vertices for c in line)
    # Every vertex is an OSM track vertex except the few stations drawn where the export
    # has no track (see the feature's precision_note).
    assert len(line) - on_track <= 10, (len(line), on_track)
    assert ml1["properties"]["precision"] == "approximate"
    # ...and the line never doubles back on itself
    assert LineString(line).is_simple
    for p, q, r in zip(line, line[1:], line[2:], strict=False):
        u, v = (q[0] - p[0], q[1] - p[1]), (r[0] - q[0], r[1] - q[1])
        cos = (u[0] * v[0] + u[1] * v[1]) / (math.hypot(*u) * math.hypot(*v))
        assert cos > -0.9, f"the line turns back at {q}"
