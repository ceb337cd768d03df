"""Hostile requests get a clean 4xx with the one JSON error body; nothing outside the
served folders is readable; every response carries the security headers."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from cpecmap.api.app import create_app
from cpecmap.api.security import CSP
from cpecmap.settings import Settings

SECRET_MARKERS = ("[project]", "root:x:", "BEGIN", "import ", "cpecmap-web")


@pytest.fixture(scope="module")
def client(real_build: Settings) -> TestClient:
    return TestClient(create_app(real_build), raise_server_exceptions=False)


TRAVERSAL = [
    "/api/layers/..%2F..%2Fpyproject.toml.geojson",
    "/api/layers/%2e%2e%2fmanifest.geojson",
    "/collections/..%2F..%2Fetc%2Fpasswd",
    "/collections/roads/items/..%2F..%2F..%2Fetc%2Fpasswd",
    "/static/../pyproject.toml",
    "/static/..%2F..%2Fpyproject.toml",
    "/static/%2e%2e/%2e%2e/pyproject.toml",
    "/static/..%5c..%5cpyproject.toml",
    "/static/node_modules/leaflet/package.json",
    "/static/package.json%00.js",
    "/static/.npmrc",
    "/vendor/leaflet/../../package.json",
    "/vendor/leaflet/..%2F..%2F..%2Fpackage.json",
    "/vendor/..%2F..%2Fpyproject.toml/x",
    "/vendor/world-atlas/%2e%2e/%2e%2e/%2e%2e/pyproject.toml",
    "/downloads/..%2F..%2Fpyproject.toml",
    "/downloads/cpecmap-..%2Froads.gpkg",
    "//etc/passwd",
]


@pytest.mark.parametrize("path", TRAVERSAL)
def test_path_traversal_is_a_clean_404(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert 400 <= r.status_code < 500, (path, r.status_code)
    assert not any(marker in r.text for marker in SECRET_MARKERS), path
    assert r.json()["error"]["status"] == r.status_code


@pytest.mark.parametrize(
    "path", ["/static/", "/static/js/", "/vendor/leaflet/", "/vendor/", "/downloads/"]
)
def test_no_directory_listing(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 404
    assert "<a href" not in r.text and "Index of" not in r.text


@pytest.mark.parametrize(
    "path",
    [
        "/downloads/cpecmap-roads.exe",
        "/downloads/cpecmap-roads.GPKG",
        "/downloads/cpecmap-nope.gpkg",
        "/api/layers/roads.xml",
        "/collections/roads/items?f=xml",
        "/?f=pdf",
    ],
)
def test_unknown_formats_are_4xx(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code in (400, 404)
    assert r.json()["error"]["message"]


def test_very_long_query_string_is_414(client: TestClient) -> None:
    r = client.get("/collections/roads/items?status=" + "x" * 20000)
    assert r.status_code == 414
    assert r.json()["error"]["code"] == "uri_too_long"


def test_long_but_acceptable_query_is_400_not_500(client: TestClient) -> None:
    r = client.get("/collections/roads/items?category=" + "y" * 4000)
    assert r.status_code == 400


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"])
@pytest.mark.parametrize(
    "path", ["/", "/collections/roads/items", "/api/layers/roads.geojson", "/static/css/app.css"]
)
def test_methods_not_allowed(client: TestClient, method: str, path: str) -> None:
    r = client.request(method, path)
    assert r.status_code == 405, (method, path, r.status_code)
    assert r.json()["error"]["code"] == "method_not_allowed"
    assert "GET" in r.headers.get("allow", "")


@pytest.mark.parametrize("path", ["/static/css/app.css", "/vendor/leaflet/leaflet.js"])
def test_head_is_answered_without_body(client: TestClient, path: str) -> None:
    r = client.head(path)
    assert r.status_code == 200 and r.content == b""


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/?f=json",
        "/api",
        "/api/catalog.json",
        "/api/layers/roads.geojson",
        "/static/css/app.css",
        "/collections/roads/items",
        "/no/such/page",
        "/collections/nope",
    ],
)
def test_security_headers_on_every_response(client: TestClient, path: str) -> None:
    r = client.get(path, headers={"Accept": "text/html"})
    assert r.headers["content-security-policy"] == CSP
    assert "'unsafe-inline'" not in CSP and "script-src 'self'" in CSP
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["referrer-policy"]


def test_pages_have_no_inline_script(client: TestClient) -> None:
    import re

    for path in ("/", "/api"):
        html = client.get(path, headers={"Accept": "text/html"}).text
        for tag in re.findall(r"<script[^>]*>", html):
            assert "src=" in tag, (path, tag)
        assert "cdn." not in html and "unpkg" not in html


def test_static_and_vendor_files_are_gzipped_and_cached(client: TestClient) -> None:
    for path in (
        "/vendor/world-atlas/countries-50m.json",
        "/static/js/main.js",
        "/vendor/leaflet/leaflet.js",
    ):
        r = client.get(path, headers={"Accept-Encoding": "gzip"})
        assert r.status_code == 200 and r.headers.get("content-encoding") == "gzip", path
        etag = r.headers["etag"]
        assert (
            client.get(path, headers={"Accept-Encoding": "gzip", "If-None-Match": etag}).status_code
            == 304
        )


def _body(r: Any) -> Any:
    return r.json()


def test_query_param_injection_is_not_reflected_as_html(client: TestClient) -> None:
    r = client.get("/collections/roads/items?status=<script>alert(1)</script>")
    assert r.status_code == 400
    assert r.headers["content-type"].startswith("application/json")


@pytest.mark.parametrize(
    "path",
    ["/", "/collections", "/collections/roads/items", "/downloads/cpecmap-roads.csv", "/api"],
)
def test_head_works_wherever_get_does(client: TestClient, path: str) -> None:
    get = client.get(path)
    head = client.head(path)
    assert head.status_code == get.status_code == 200
    assert head.content == b""
    assert head.headers["content-type"] == get.headers["content-type"]


def test_items_pages_are_gzipped_when_accepted(client: TestClient) -> None:
    r = client.get("/collections/roads/items", headers={"Accept-Encoding": "gzip"})
    assert r.status_code == 200 and r.headers.get("content-encoding") == "gzip"
    assert r.json()["type"] == "FeatureCollection"  # httpx decodes it transparently


@pytest.mark.parametrize(
    "path", ["/conformance?f=xml", "/collections?f=xml", "/collections/roads?f=xml"]
)
def test_unknown_f_is_400_everywhere(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 400 and "json" in r.json()["error"]["message"]


def test_web_page_carries_the_same_policy_for_static_hosts() -> None:
    import re
    from pathlib import Path

    html = (Path(__file__).resolve().parents[2] / "web" / "index.html").read_text()
    meta = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html)
    assert meta, "web/index.html has no CSP meta tag"
    # a meta policy cannot carry frame-ancestors; everything else must match the header
    header = [d for d in CSP.split("; ") if not d.startswith("frame-ancestors")]
    assert meta.group(1).split("; ") == header


def test_an_unexpected_error_is_a_500_body_with_the_security_headers(
    real_build: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    app = create_app(real_build)

    def boom() -> None:
        raise RuntimeError("a bug")

    app.add_api_route("/boom", boom)
    with TestClient(app, raise_server_exceptions=False) as c:
        r = c.get("/boom")
    assert r.status_code == 500
    assert r.json() == {
        "error": {
            "status": 500,
            "code": "internal_error",
            "message": "internal server error; the error was logged",
        }
    }
    assert r.headers["content-security-policy"] == CSP
    assert "Traceback" not in r.text and "a bug" not in r.text
    assert sum("unhandled error on /boom" in m for m in caplog.messages) == 1


@pytest.mark.parametrize("path", ["/static/package.json", "/static/package-lock.json"])
def test_web_tooling_files_are_not_served(client: TestClient, path: str) -> None:
    assert client.get(path).status_code == 404
