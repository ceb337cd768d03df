"""The station-to-station router behind the ML-1 line (scripts/curate/_railroute.py)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

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
    # ...but not to a much longer detour
    detour = [(70.0, 30.0), (70.05, 30.2), (70.1, 30.0)]
    r = rr.route([way(1, siding, OTHER), way(2, detour)], [("A", main[0]), ("B", main[-1])])
    assert r.osm_ids == [1]


def test_a_hole_in_the_export_is_crossed_straight_and_reported() -> None:
    west = [(70.0, 30.0), (70.1, 30.0)]
    east = [(70.2, 30.0), (70.3, 30.0)]
    r = rr.route([way(1, west), way(2, east)], [("A", (70.0, 30.0)), ("B", (70.3, 30.0))])
    assert r.coords == west + east
    ((u, v, m),) = r.bridges
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
