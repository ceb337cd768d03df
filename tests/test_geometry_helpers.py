"""The geometry helpers in scripts/curate/ (geometry.py, _roads.py, _common.py).

Only the last test needs the reference extracts (../shared/reference); the others run
on small hand-made lines and on the committed geometry files and records.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from shapely.geometry import LineString, MultiLineString, Point, shape

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts" / "curate"))
import _common as common  # noqa: E402
import _roads as roads  # noqa: E402
import geometry  # noqa: E402

GEOMETRY = ROOT / "geodata" / "geometry"


def test_rounded_rounds_and_drops_repeated_points() -> None:
    line = LineString([(70.1234564, 30.0), (70.1234561, 30.0000001), (70.2, 30.1)])
    assert list(common.rounded(line).coords) == [(70.123456, 30.0), (70.2, 30.1)]
    multi = MultiLineString([[(1.000001, 2.0), (1.0000014, 2.0), (3.0, 4.0)],
                             [(5.0, 6.0), (7.0, 8.0)]])
    out = [list(g.coords) for g in common.rounded(multi, nd=5).geoms]
    assert out == [[(1.0, 2.0), (3.0, 4.0)], [(5.0, 6.0), (7.0, 8.0)]]
    assert common.rounded(Point(1.23456789, 2.0)).coords[0] == (1.234568, 2.0)
    assert common.round_xy((1.23456789, 9.87654321), 3) == [1.235, 9.877]


def test_simplify_checked_keeps_the_length_within_the_limit() -> None:
    # a zigzag: a coarse tolerance would straighten it and lose far more than 1 %
    zigzag = LineString([(70 + i * 0.01, 30 + (i % 2) * 0.005) for i in range(21)])
    simple, full = common.simplify_checked(zigzag, 0.01)
    assert full == pytest.approx(common.geod_km(zigzag))
    assert abs(common.geod_km(simple) - full) / full <= 0.01
    # a straight line with redundant vertices simplifies to its two ends
    straight = LineString([(70 + i * 0.01, 30.0) for i in range(11)])
    simple, _ = common.simplify_checked(straight, 0.001)
    assert list(simple.coords) == [(70.0, 30.0), (70.1, 30.0)]


def test_chain_joins_pieces_in_order_and_measures_the_connectors() -> None:
    a = LineString([(70.0, 30.0), (70.1, 30.0)])
    b = LineString([(70.2, 30.0), (70.3, 30.0)])
    line, connectors = common.chain([a, b])
    assert list(line.coords) == [(70.0, 30.0), (70.1, 30.0), (70.2, 30.0), (70.3, 30.0)]
    assert connectors == [pytest.approx(common.dist_km((70.1, 30.0), (70.2, 30.0)))]
    assert 9 < connectors[0] < 10.5  # 0.1° of longitude at 30° N


def test_geometry_text_is_one_compact_rounded_line() -> None:
    text = common.geometry_text(LineString([(70.12345678, 30.0), (70.2, 30.1)]))
    assert text == '{"type":"LineString","coordinates":[[70.123457,30.0],[70.2,30.1]]}\n'


def test_waypoints_take_sourced_points_or_natural_earth_places() -> None:
    places = {"Sukkur": (68.8571234567, 27.7052)}
    spec = [{"name": "A", "at": [68.445833, 25.595833]}, {"name": "Sukkur"}]
    assert geometry.waypoints(spec, places) == [[68.445833, 25.595833], [68.857123, 27.7052]]


def test_n35_joins_two_lines_and_ends_at_the_pass() -> None:
    cl = {
        (53541, 3): LineString([(74.5, 35.5), (74.0, 35.0)]),  # runs north -> south: reversed
        (35739, 0): LineString([(74.5, 35.5), (75.0, 36.0), (75.5, 36.5)]),
    }
    end = (75.1, 36.0)
    line = roads.n35_khunjerab(cl, end)
    assert line.coords[0] == (74.0, 35.0) and line.coords[-1] == end
    # cut at the point of the OSM line nearest the pass, before its last vertex
    assert (75.5, 36.5) not in list(line.coords)
    cl[(35739, 0)] = LineString([(74.6, 35.5), (75.0, 36.0)])  # ~9 km apart: not one road
    with pytest.raises(AssertionError):
        roads.n35_khunjerab(cl, end)


def test_every_record_with_a_geometry_file_has_a_recipe_and_a_committed_file() -> None:
    committed = {p.relative_to(GEOMETRY).as_posix() for p in GEOMETRY.glob("*/*.geojson")}
    assert geometry.recorded_files() == committed
    cables = {f for f in committed if f.startswith("submarine-cables/")}
    assert {f"submarine-cables/{fid}.geojson" for fid in geometry.CABLES} == cables


def test_committed_geometry_files_are_canonical_and_pass_the_length_check() -> None:
    for path in sorted(GEOMETRY.glob("*/*.geojson")):
        text = path.read_text(encoding="utf-8")
        geom = shape(json.loads(text))
        nd = geometry.CABLE_DECIMALS if path.parent.name == "submarine-cables" else 6
        assert common.geometry_text(geom, nd) == text, path
        # within 5 % of the record's stated length, or a length_waiver (and only then)
        geometry.check_stated_length(path.parent.name, path.stem, common.geod_km(geom))


@pytest.mark.slow
def test_helper_reproduces_the_committed_files_from_the_reference(tmp_path: Path) -> None:
    ref = common.reference_dir()
    if not ref.is_dir():
        pytest.skip(f"reference extracts not found at {ref} (set $CPECMAP_REFERENCE); "
                    "they are not in the repository")
    assert geometry.main([str(ref), "--out", str(tmp_path)]) == 0
    made = {p.relative_to(tmp_path).as_posix(): p.read_bytes() for p in tmp_path.glob("*/*")}
    committed = {p.relative_to(GEOMETRY).as_posix(): p.read_bytes() for p in GEOMETRY.glob("*/*")}
    assert made.keys() == committed.keys()
    assert [k for k in made if made[k] != committed[k]] == []
