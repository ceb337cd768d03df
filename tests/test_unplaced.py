"""Records with no position on Earth (``precision: unplaced``, null geometry) go
through the whole pipeline: validated, built, served, downloaded, loaded — never drawn."""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pyogrio
import pytest
from fastapi.testclient import TestClient

from cpecmap import atlas
from cpecmap.api import create_app
from cpecmap.errors import ValidationFailed
from cpecmap.formats import FORMATS, DownloadCache
from cpecmap.pipeline import build
from cpecmap.settings import Settings
from cpecmap.store import load_store

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "data" / "records-mini"
LEO = "test-leo-sat"
GEO = "test-geo-sat"
LEO_FILE = "records/satellites/test-leo-sat.yaml"


def _settings(tmp_path: Path) -> Settings:
    geodata = tmp_path / "geodata"
    shutil.copytree(FIXTURE, geodata)
    return Settings(
        root=ROOT,
        sources_dir=geodata / "sources",
        catalog_path=geodata / "layers.yaml",
        build_dir=tmp_path / "build",
        web_dir=ROOT / "web",
    )


@pytest.fixture
def built(tmp_path: Path) -> Settings:
    settings = _settings(tmp_path)
    build(settings)
    return settings


def test_unplaced_record_builds_with_null_geometry(built: Settings) -> None:
    doc = json.loads((built.build_dir / "layers" / "satellites.geojson").read_text())
    by_id = {f["id"]: f for f in doc["features"]}
    assert set(by_id) == {GEO, LEO}
    assert by_id[LEO]["geometry"] is None
    assert by_id[LEO]["properties"]["precision"] == "unplaced"
    assert by_id[LEO]["properties"]["year_operation"] == 2018  # dated, so in the timeline
    manifest = json.loads((built.build_dir / "manifest.json").read_text())
    entry = next(e for e in manifest["layers"] if e["id"] == "satellites")
    assert entry["count"] == 2
    assert entry["bbox"] == [38.0, 0.0, 38.0, 0.0]  # from the placed satellite only
    # its link is shown from the other end too
    sahiwal = next(
        f for f in load_store(built.build_dir).layer("plants").features if f["id"] == "sahiwal"
    )
    assert ("controlled-from", LEO) in {(x["rel"], x["id"]) for x in sahiwal["properties"]["links"]}


def _break(settings: Settings, old: str, new: str) -> None:
    path = settings.sources_dir.parent / LEO_FILE
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new))


def _problem(settings: Settings) -> str:
    with pytest.raises(ValidationFailed) as info:
        build(settings)
    return str(info.value)


def test_unplaced_with_a_geometry_is_refused(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    point = "geometry: {type: Point, coordinates: [70.0, 0.0]}\n"
    _break(settings, "builder: Test builder\n", "builder: Test builder\n" + point)
    message = _problem(settings)
    assert LEO_FILE in message and LEO in message and "geometry" in message
    assert "unplaced" in message
    assert not settings.build_dir.exists()


def test_a_placed_record_without_geometry_is_refused(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    _break(settings, "precision: unplaced", "precision: exact")
    message = _problem(settings)
    assert LEO_FILE in message and LEO in message and "geometry" in message
    assert "precision: unplaced" in message  # the error says how to fix it


@pytest.fixture
def client(built: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(built)) as test_client:
        yield test_client


def test_ogc_items_serve_null_geometry_and_bbox_excludes_it(client: TestClient) -> None:
    url = "/collections/satellites/items"
    everything = client.get(url, params={"f": "json"})
    assert everything.status_code == 200
    features = {f["id"]: f for f in everything.json()["features"]}
    assert features[LEO]["geometry"] is None
    assert everything.json()["numberMatched"] == 2
    world = client.get(url, params={"f": "json", "bbox": "-180,-90,180,90"})
    assert [f["id"] for f in world.json()["features"]] == [GEO]
    one = client.get(f"{url}/{LEO}", params={"f": "json"})
    assert one.status_code == 200 and one.json()["geometry"] is None


def test_atlas_load_keeps_unplaced_rows(built: Settings) -> None:
    frame = atlas.load("satellites", built)
    assert list(frame.index) == [GEO, LEO]
    assert frame.geometry.isna().tolist() == [False, True]
    assert frame.loc[LEO, "precision"] == "unplaced"
    everything = atlas.load_all(built)
    assert LEO in set(everything["id"])


def test_folium_export_does_not_draw_unplaced(built: Settings) -> None:
    html = atlas.to_folium(["satellites"], built).get_root().render()
    assert "Test geostationary satellite" in html
    assert "Test low-orbit satellite" not in html


@pytest.mark.slow
@pytest.mark.parametrize("fmt", sorted(FORMATS))
@pytest.mark.parametrize("scope", ["satellites", "all"])
def test_every_download_holds_the_unplaced_record(built: Settings, fmt: str, scope: str) -> None:
    blob = DownloadCache(load_store(built.build_dir)).get(scope, FORMATS[fmt])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"x{FORMATS[fmt].suffix}"
        path.write_bytes(blob.raw)
        name = f"/vsizip/{path}" if fmt == "shp" else str(path)
        found = {}
        for layer, _ in pyogrio.list_layers(name):
            frame = pyogrio.read_dataframe(name, layer=layer)
            if "id" in frame:
                found.update(zip(frame["id"], frame.geometry.isna(), strict=True))
    assert bool(found[LEO])  # the row is kept, with a null geometry
    assert not found[GEO]
