"""The pipeline on the mini fixture: outputs, derived routes, determinism, atomicity."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cpecmap.cli import main
from cpecmap.errors import ValidationFailed
from cpecmap.pipeline import build, validate
from cpecmap.pipeline.derive import geodesic_km
from cpecmap.settings import Settings

ROOT = Path(__file__).resolve().parents[1]


def _files(build_dir: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(build_dir)): p.read_bytes()
        for p in sorted(build_dir.rglob("*"))
        if p.is_file()
    }


def test_build_writes_every_layer_and_manifest(mini_settings: Settings) -> None:
    manifest = build(mini_settings)
    out = mini_settings.build_dir
    assert [layer["id"] for layer in manifest["layers"]] == ["plants", "links", "zones"]
    for entry in manifest["layers"]:
        data = (out / entry["file"]).read_bytes()
        doc = json.loads(data)
        assert doc["type"] == "FeatureCollection"
        assert (
            len(doc["features"])
            == entry["count"]
            == {"plants": 2, "links": 2, "zones": 1}[entry["id"]]
        )
        assert hashlib.sha256(data).hexdigest() == entry["sha256"]
    assert (out / "cpecmap.gpkg").is_file()
    plants = next(e for e in manifest["layers"] if e["id"] == "plants")
    assert plants["totals"]["capacity_mw"] == 2640
    assert plants["bbox"] == [67.3694, 24.7845, 73.238, 30.7142]
    assert manifest["data_version"].startswith("0.0.1+")


def test_geojson_is_rfc7946(mini_settings: Settings) -> None:
    build(mini_settings)
    doc = json.loads((mini_settings.build_dir / "layers" / "links.geojson").read_text())
    assert "crs" not in doc
    ids = [f["id"] for f in doc["features"]]
    assert ids == sorted(ids)
    for feat in doc["features"]:
        assert feat["id"] == feat["properties"]["id"]
        for lon, lat in feat["geometry"]["coordinates"]:
            assert -180 <= lon <= 180 and -90 <= lat <= 90
            assert round(lon, 6) == lon and round(lat, 6) == lat


def test_route_is_derived_from_the_corridor(mini_settings: Settings) -> None:
    result = validate(mini_settings)
    feats = {f.id: f for f in result.layers["links"]}
    fibre, road = feats["test-fibre"], feats["test-road"]
    coords = list(fibre.geometry.coords)
    # starts where the route joins the road, follows its vertices, then the waypoint
    assert coords[0] == (70.5, 29.3)
    assert coords[1:3] == list(road.geometry.coords)[2:4]
    assert coords[-1] == (68.5, 27.0)
    assert fibre.properties["route_summary"].startswith("along Test road")
    assert fibre.properties["length_km_computed"] == round(geodesic_km(fibre.geometry), 1)


def test_lengths_are_geodesic_and_checked(mini_settings: Settings) -> None:
    result = validate(mini_settings)
    road = next(f for f in result.layers["links"] if f.id == "test-road")
    # Multan–Sukkur chord of the fixture line, cross-checked with pyproj directly
    from pyproj import Geod

    lons, lats = zip(*road.geometry.coords, strict=True)
    expected = Geod(ellps="WGS84").line_length(lons, lats) / 1000
    assert road.properties["length_km_computed"] == pytest.approx(expected, abs=0.05)


def test_same_sources_give_byte_identical_files(mini_settings: Settings, tmp_path: Path) -> None:
    build(mini_settings)
    first = _files(mini_settings.build_dir)
    other = Settings(
        root=mini_settings.root,
        catalog_path=mini_settings.catalog_path,
        sources_dir=mini_settings.sources_dir,
        build_dir=tmp_path / "again",
    )
    time.sleep(1.1)  # a timestamp in any file would now differ
    build(other)
    assert _files(other.build_dir) == first


def test_failed_build_leaves_previous_build_untouched(mini_settings: Settings) -> None:
    build(mini_settings)
    before = _files(mini_settings.build_dir)
    path = mini_settings.sources_dir / "plants.geojson"
    path.write_text(path.read_text().replace('"capacity_mw": 1320', '"capacity_mw": "big"', 1))
    with pytest.raises(ValidationFailed):
        build(mini_settings)
    assert _files(mini_settings.build_dir) == before
    assert not [p for p in mini_settings.build_dir.parent.iterdir() if p.name.startswith(".build-")]


def test_killed_build_leaves_previous_build_untouched(mini_settings: Settings) -> None:
    build(mini_settings)
    before = _files(mini_settings.build_dir)
    # A build that is killed while writing: the writer is slowed down so the kill lands mid-way.
    script = (
        "import time, cpecmap.pipeline.write as w\n"
        "orig = w.layer_geojson\n"
        "def slow(*a, **k):\n"
        "    time.sleep(30)\n"
        "    return orig(*a, **k)\n"
        "w.layer_geojson = slow\n"
        "from cpecmap.cli import main\n"
        f"main(['build', '--catalog', {str(mini_settings.catalog_path)!r}, "
        f"'--sources', {str(mini_settings.sources_dir)!r}, "
        f"'--out', {str(mini_settings.build_dir)!r}])\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.Popen([sys.executable, "-c", script], env=env)
    deadline = time.time() + 30
    parent = mini_settings.build_dir.parent
    while time.time() < deadline and not any(
        p.name.startswith(".build-") for p in parent.iterdir()
    ):
        time.sleep(0.05)
    assert any(p.name.startswith(".build-") for p in parent.iterdir()), (
        "build never started writing"
    )
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    assert _files(mini_settings.build_dir) == before


def test_cli_validate_and_layers(
    mini_settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    args = [
        "--catalog",
        str(mini_settings.catalog_path),
        "--sources",
        str(mini_settings.sources_dir),
    ]
    assert main(["validate", *args]) == 0
    assert "5 features in 3 layers" in capsys.readouterr().out
    assert main(["build", *args, "--out", str(mini_settings.build_dir)]) == 0
    capsys.readouterr()
    assert main(["layers", *args, "--out", str(mini_settings.build_dir)]) == 0
    out = capsys.readouterr().out
    assert "plants" in out and "links" in out


def test_length_waiver_turns_a_mismatch_into_a_listed_warning(mini_settings: Settings) -> None:
    path = mini_settings.sources_dir / "links.geojson"
    doc = json.loads(path.read_text())
    road = doc["features"][0]["properties"]
    road["length_km_stated"] = 500
    road["length_waiver"] = (
        "The published length includes a branch that is not drawn here, per the source."
    )
    path.write_text(json.dumps(doc))
    manifest = build(mini_settings)
    assert len(manifest["warnings"]) == 1 and "test-road" in manifest["warnings"][0]
    built = json.loads((mini_settings.build_dir / "layers" / "links.geojson").read_text())
    props = next(f["properties"] for f in built["features"] if f["id"] == "test-road")
    assert props["length_check"].startswith("waived (-26.9%)")
    assert "length_waiver" not in props


def test_stale_length_waiver_is_an_error(mini_settings: Settings) -> None:
    path = mini_settings.sources_dir / "links.geojson"
    doc = json.loads(path.read_text())
    doc["features"][0]["properties"]["length_waiver"] = "x" * 50  # lengths agree: no waiver allowed
    path.write_text(json.dumps(doc))
    with pytest.raises(ValidationFailed, match="field length_waiver: lengths agree"):
        validate(mini_settings)


def test_leftovers_of_killed_builds_are_cleaned_up(mini_settings: Settings) -> None:
    parent = mini_settings.build_dir.parent
    old, fresh = parent / ".build-old1", parent / ".build-new1"
    old.mkdir()
    fresh.mkdir()
    hours_ago = time.time() - 2 * 3600
    os.utime(old, (hours_ago, hours_ago))
    build(mini_settings)
    assert not old.exists()  # an abandoned temp folder from a killed build
    assert fresh.exists()  # possibly a build running right now: left alone
