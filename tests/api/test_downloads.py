"""Downloads: every format, per layer and for all layers, opens in GDAL's ogrinfo."""

from __future__ import annotations

import io
import json
import re
import subprocess
import zipfile
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from cpecmap.formats import FORMATS
from cpecmap.store import load_store

MINI_BUILD = Path(__file__).resolve().parents[1] / "data" / "build-mini"
STORE = load_store(MINI_BUILD)
SCOPES = [*STORE.layers, "all"]


def _features(scope: str) -> list[dict]:  # type: ignore[type-arg]
    layers = STORE.layers.values() if scope == "all" else [STORE.layer(scope)]
    return [f for layer in layers for f in layer.features]


def _counts(ogrinfo: str, path: Path) -> dict[str, int]:
    out = subprocess.run(
        [ogrinfo, "-ro", "-so", "-al", str(path)], capture_output=True, text=True, check=True
    ).stdout
    names = re.findall(r"^Layer name: (.+)$", out, re.M)
    counts = [int(n) for n in re.findall(r"^Feature Count: (\d+)$", out, re.M)]
    return dict(zip(names, counts, strict=True))


def test_download_headers(client: TestClient) -> None:
    response = client.get("/downloads/cpecmap-roads.gpkg")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/geopackage+sqlite3"
    version = STORE.data_version
    assert (
        response.headers["content-disposition"]
        == f'attachment; filename="cpecmap-roads-{version}.gpkg"'
    )
    again = client.get(
        "/downloads/cpecmap-roads.gpkg", headers={"If-None-Match": response.headers["etag"]}
    )
    assert again.status_code == 304
    shp = client.get("/downloads/cpecmap-all.shp.zip")
    assert shp.headers["content-disposition"].endswith(f'cpecmap-all-{version}.shp.zip"')


@pytest.mark.gdal
@pytest.mark.parametrize("fmt", list(FORMATS))
@pytest.mark.parametrize("scope", SCOPES)
def test_download_opens_with_right_count_and_ids(
    client: TestClient, ogrinfo: str, tmp_path: Path, scope: str, fmt: str
) -> None:
    response = client.get(f"/downloads/cpecmap-{scope}{FORMATS[fmt].suffix}")
    assert response.status_code == 200
    path = tmp_path / f"cpecmap-{scope}{FORMATS[fmt].suffix}"
    path.write_bytes(response.content)
    features = _features(scope)
    counts = _counts(ogrinfo, path)
    assert sum(counts.values()) == len(features), counts
    if fmt in ("gpkg", "shp", "kml"):  # one table / file / folder per layer
        assert len(counts) == (len(STORE.layers) if scope == "all" else 1)
    dump = subprocess.run(
        [ogrinfo, "-ro", "-al", "-q", str(path)], capture_output=True, text=True, check=True
    ).stdout
    for feature in features:
        props = feature["properties"]
        if fmt == "kml":  # LIBKML turns `id` into the Placemark id and `name` into Name
            assert dump.count(f"Name (String) = {props['name']}\n") == 1, props["name"]
        else:
            assert (
                len(re.findall(rf"^  id \(String\) = {re.escape(props['id'])}$", dump, re.M)) == 1
            ), props["id"]
        assert re.search(rf"^  category \(String\) = {re.escape(props['category'])}$", dump, re.M)


@pytest.mark.parametrize("scope", SCOPES)
def test_licence_and_citation_travel_with_the_data(client: TestClient, scope: str) -> None:
    layers = list(STORE.layers.values()) if scope == "all" else [STORE.layer(scope)]
    version = STORE.data_version

    def get(fmt: str) -> bytes:
        return client.get(f"/downloads/cpecmap-{scope}{FORMATS[fmt].suffix}").content

    geojson = json.loads(get("geojson"))
    assert geojson["cpecmap"]["data_version"] == version
    assert "Cite as" in geojson["description"]
    assert [entry["licence"] for entry in geojson["cpecmap"]["licences"]] == [
        layer.meta["licence"] for layer in layers
    ]
    # lists/objects are nested JSON again, not strings
    assert isinstance(geojson["features"][0]["properties"]["sources"], list)
    with zipfile.ZipFile(io.BytesIO(get("shp"))) as archive:
        readme = archive.read("README.txt").decode()
        licence = archive.read("LICENCE.txt").decode()
    assert version in readme and "Cite as" in readme
    assert "yr_constr   year_construction" in readme
    for layer in layers:
        assert layer.meta["licence"] in licence and layer.meta["licence"] in readme
    csv = get("csv").decode()
    header = csv.splitlines()[0].split(",")
    assert {"wkt", "lon", "lat", "licence", "attribution", "data_version", "citation"} <= set(
        header
    )
    assert version in csv and "cpecmap contributors" in csv
    for blob in (get("kml"), get("gpkg"), get("fgb")):
        assert version.encode() in blob
        assert all(layer.meta["licence"].encode() in blob for layer in layers)


def test_csv_points_have_lon_lat(client: TestClient) -> None:
    import csv

    rows = list(csv.DictReader(io.StringIO(client.get("/downloads/cpecmap-energy.csv").text)))
    karot = next(r for r in rows if r["id"] == "karot-hydro")
    assert (karot["lon"], karot["lat"], karot["wkt"]) == ("73.6", "33.62", "POINT (73.6 33.62)")
    assert karot["year_operation"] == "2022"
    assert json.loads(karot["partners_cn"]) == ["CTG"]


def test_downloads_are_generated_once(client: TestClient) -> None:
    first = client.get("/downloads/cpecmap-energy.fgb")
    cache = client.app.state.downloads  # type: ignore[attr-defined]
    blob = cache.get("energy", FORMATS["fgb"])
    assert client.get("/downloads/cpecmap-energy.fgb").content == first.content == blob.raw
    assert cache.get("energy", FORMATS["fgb"]) is blob
