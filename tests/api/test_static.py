"""Static files of the web map and vendored libraries."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from cpecmap.api import create_app
from cpecmap.settings import VENDOR_DIRS, Settings

MINI_BUILD = Path(__file__).resolve().parents[1] / "data" / "build-mini"


def test_static_file(client: TestClient) -> None:
    response = client.get("/static/js/app.js")
    assert response.status_code == 200
    assert "javascript" in response.headers["content-type"]
    assert response.text == "export const ok = true;\n"


@pytest.mark.parametrize(
    "path",
    [
        "/static/node_modules/leaflet/package.json",
        "/static/node_modules/leaflet/dist/leaflet.js",
        "/static/js",
        "/static/js/",
        "/static/",
        "/static/.hidden",
        "/static/%2e%2e/outside.txt",
        "/static/..%2foutside.txt",
        "/static/js/..%2f..%2foutside.txt",
        "/static/%2fetc%2fpasswd",
        "/vendor/leaflet/..%2f..%2f..%2findex.html",
        "/vendor/leaflet/",
        "/vendor/unknown/x.js",
        "/vendor/topojson-client/topojson-client.min.js",
    ],
)
def test_no_listing_no_traversal_no_node_modules(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404, path
    assert response.json()["error"]["code"] == "not_found"


def test_vendor_mapping(client: TestClient) -> None:
    assert VENDOR_DIRS["leaflet"] == "node_modules/leaflet/dist"
    response = client.get("/vendor/leaflet/leaflet.js")
    assert response.status_code == 200
    assert response.text == "/* leaflet */\n"
    assert client.head("/vendor/leaflet/leaflet.js").status_code == 200


def test_missing_web_dir_does_not_break_start_up(tmp_path: Path) -> None:
    client = TestClient(
        create_app(Settings(root=tmp_path, build_dir=MINI_BUILD, web_dir=tmp_path / "absent"))
    )
    assert client.get("/static/index.html").status_code == 404
    assert client.get("/vendor/leaflet/leaflet.js").status_code == 404
    assert client.get("/", headers={"Accept": "text/html"}).status_code == 200


def test_api_docs_page(client: TestClient) -> None:
    response = client.get("/api")
    assert response.status_code == 200
    assert "openapi.json" in response.text
