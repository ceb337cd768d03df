"""One error body everywhere; 400 for bad input, 404 for unknown things, never 500."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

CASES = [
    # (method, url, status, words the message must contain)
    ("GET", "/nope", 404, ["/nope"]),
    ("GET", "/collections/nope", 404, ["valid layers", "roads"]),
    ("GET", "/collections/nope/items", 404, ["valid layers"]),
    ("GET", "/collections/roads/items/nope", 404, ["nope"]),
    ("GET", "/api/layers/nope.geojson", 404, ["valid layers"]),
    ("GET", "/downloads/cpecmap-nope.gpkg", 404, ["valid layers"]),
    ("GET", "/downloads/roads.gpkg", 404, ["cpecmap-<layer id or all>"]),
    ("GET", "/downloads/cpecmap-roads.docx", 404, [".gpkg"]),
    ("POST", "/collections", 405, ["POST"]),
    ("DELETE", "/api/layers", 405, ["DELETE"]),
    ("GET", "/collections/roads/items?limit=0", 400, ["1 to 1000"]),
    ("GET", "/collections/roads/items?limit=1001", 400, ["1 to 1000"]),
    ("GET", "/collections/roads/items?limit=ten", 400, ["1 to 1000"]),
    ("GET", "/collections/roads/items?offset=-1", 400, ["≥ 0"]),
    ("GET", "/collections/roads/items?bbox=1,2,3", 400, ["minlon,minlat,maxlon,maxlat"]),
    ("GET", "/collections/roads/items?bbox=a,b,c,d", 400, ["minlon,minlat,maxlon,maxlat"]),
    ("GET", "/collections/roads/items?bbox=0,0,200,10", 400, ["out of range"]),
    ("GET", "/collections/roads/items?bbox=0,50,10,10", 400, ["minlat > maxlat"]),
    ("GET", "/collections/roads/items?bbox=nan,0,1,1", 400, ["finite"]),
    ("GET", "/collections/roads/items?status=done", 400, ["operational"]),
    ("GET", "/collections/roads/items?phase=V", 400, ["'I', 'II', 'III' or 'IV'"]),
    ("GET", "/collections/roads/items?domain=air", 400, ["land"]),
    ("GET", "/collections/roads/items?category=coal", 400, ["motorway"]),
    ("GET", "/collections/roads/items?datetime=yesterday", 400, ["RFC 3339"]),
    ("GET", "/collections/roads/items?datetime=2020-01-01/2019-01-01", 400, ["ends before"]),
    ("GET", "/collections/roads/items?f=html", 400, ["json"]),
    ("GET", "/collections/roads/items?filter=x", 400, ["unknown query parameter", "bbox"]),
    ("GET", "/api/layers?x=1", 400, ["unknown query parameter"]),
    ("GET", "/?f=xml", 400, ["'json' or 'html'"]),
    ("GET", "/static/../outside.txt", 404, []),
]


@pytest.mark.parametrize(("method", "url", "status", "words"), CASES)
def test_error_body_shape(
    client: TestClient, method: str, url: str, status: int, words: list[str]
) -> None:
    response = client.request(method, url)
    assert response.status_code == status
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"status", "code", "message"}
    assert body["error"]["status"] == status
    assert (
        body["error"]["code"]
        == {400: "bad_request", 404: "not_found", 405: "method_not_allowed"}[status]
    )
    for word in words:
        assert word in body["error"]["message"]


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    key=st.sampled_from(
        ["bbox", "limit", "offset", "datetime", "status", "phase", "category", "f"]
    ),
    value=st.text(max_size=30),
)
def test_no_500_for_any_query_value(client: TestClient, key: str, value: str) -> None:
    response = client.get("/collections/energy/items", params={key: value})
    assert response.status_code in (200, 400), response.text
    if response.status_code == 400:
        assert response.json()["error"]["code"] == "bad_request"


def test_openapi_enums_are_the_schema_values() -> None:
    """The Literal types FastAPI documents must list exactly the schema's values."""
    from typing import get_args

    from cpecmap.api import ogc
    from cpecmap.catalog import DOMAINS
    from cpecmap.schema import PHASES, STATUSES

    assert get_args(ogc.StatusParam) == STATUSES
    assert get_args(ogc.PhaseParam) == PHASES
    assert get_args(ogc.DomainParam) == DOMAINS
