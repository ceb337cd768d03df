"""/api/layers, /api/catalog.json and whole-layer GeoJSON."""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path
from urllib.parse import urljoin

from fastapi.testclient import TestClient

MINI_BUILD = Path(__file__).resolve().parents[1] / "data" / "build-mini"

MANIFEST = json.loads((MINI_BUILD / "manifest.json").read_text())


def test_catalog_lists_every_layer_with_metadata(client: TestClient) -> None:
    body = client.get("/api/layers").json()
    assert body == client.get("/api/catalog.json").json()
    assert body["data_version"] == MANIFEST["data_version"]
    assert set(body["domains"]) == {"land", "sea", "digital"}
    assert [layer["id"] for layer in body["layers"]] == [m["id"] for m in MANIFEST["layers"]]
    for layer, meta in zip(body["layers"], MANIFEST["layers"], strict=True):
        for key in (
            "domain",
            "title",
            "description",
            "geometry",
            "count",
            "bbox",
            "licence",
            "attribution",
            "style",
            "categories",
            "totals",
        ):
            assert layer[key] == meta[key], key


def test_catalog_links_are_site_relative(client: TestClient) -> None:
    body = client.get("/api/layers").json()
    roads = body["layers"][0]
    assert roads["links"]["data"] == "/api/layers/roads.geojson"
    assert roads["links"]["downloads"] == {
        "geojson": "/downloads/cpecmap-roads.geojson",
        "gpkg": "/downloads/cpecmap-roads.gpkg",
        "csv": "/downloads/cpecmap-roads.csv",
        "kml": "/downloads/cpecmap-roads.kml",
        "fgb": "/downloads/cpecmap-roads.fgb",
        "shp": "/downloads/cpecmap-roads.shp.zip",
    }
    assert body["downloads"]["gpkg"] == "/downloads/cpecmap-all.gpkg"
    links = [
        roads["links"]["data"],
        *roads["links"]["downloads"].values(),
        *body["downloads"].values(),
    ]
    for link in links:
        # resolved by the usual URL rules against the catalogue's own URL
        url = urljoin("http://testserver/api/layers", link)
        assert client.get(url).status_code == 200, link


def test_layer_geojson_is_the_built_file(client: TestClient) -> None:
    raw = (MINI_BUILD / "layers" / "roads.geojson").read_bytes()
    response = client.get("/api/layers/roads.geojson", headers={"Accept-Encoding": "identity"})
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/geo+json"
    assert "content-encoding" not in response.headers
    assert response.content == raw
    assert response.headers["etag"] == f'"{hashlib.sha256(raw).hexdigest()}"'
    assert "max-age" in response.headers["cache-control"]
    assert response.headers["vary"] == "Accept-Encoding"


def test_layer_geojson_is_gzipped_when_accepted(client: TestClient) -> None:
    raw = (MINI_BUILD / "layers" / "energy.geojson").read_bytes()
    response = client.get("/api/layers/energy.geojson", headers={"Accept-Encoding": "gzip, br"})
    assert response.headers["content-encoding"] == "gzip"
    assert response.headers["etag"].endswith('-gz"')
    assert response.content == raw  # httpx decoded it
    assert response.headers["content-length"] == str(len(gzip.compress(raw, 9, mtime=0)))


def test_etag_revalidation_gives_304(client: TestClient) -> None:
    for encoding in ("identity", "gzip"):
        first = client.get("/api/layers/roads.geojson", headers={"Accept-Encoding": encoding})
        etag = first.headers["etag"]
        again = client.get(
            "/api/layers/roads.geojson",
            headers={"Accept-Encoding": encoding, "If-None-Match": etag},
        )
        assert again.status_code == 304
        assert again.content == b""
        assert again.headers["etag"] == etag
        stale = client.get(
            "/api/layers/roads.geojson",
            headers={"Accept-Encoding": encoding, "If-None-Match": '"x"'},
        )
        assert stale.status_code == 200


def test_catalog_has_etag(client: TestClient) -> None:
    first = client.get("/api/catalog.json")
    assert (
        client.get(
            "/api/catalog.json", headers={"If-None-Match": first.headers["etag"]}
        ).status_code
        == 304
    )
