"""/openapi.json is valid OpenAPI 3.0 and describes the real responses."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient


def test_openapi_is_valid_30(client: TestClient) -> None:
    validate = pytest.importorskip("openapi_spec_validator").validate
    response = client.get("/openapi.json")
    assert response.headers["content-type"].startswith("application/vnd.oai.openapi+json")
    doc = response.json()
    assert doc["openapi"].startswith("3.0")
    validate(doc)


def test_openapi_describes_content_types_and_errors(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    items = paths["/collections/{collection_id}/items"]["get"]
    assert "application/geo+json" in items["responses"]["200"]["content"]
    assert items["responses"]["400"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/ErrorBody"
    }
    assert "422" not in str(paths)
    params = {p["name"]: p["schema"] for p in items["parameters"]}
    assert params["limit"]["minimum"] == 1 and params["limit"]["maximum"] == 1000
    assert {"bbox", "offset", "datetime", "status", "phase", "domain", "category"} <= set(params)
    for path in (
        "/",
        "/conformance",
        "/collections",
        "/collections/{collection_id}",
        "/api/layers",
        "/api/catalog.json",
        "/api/layers/{layer_id}.geojson",
        "/downloads/{filename}",
    ):
        assert path in paths


def test_responses_match_their_schemas(client: TestClient) -> None:
    """Validate real bodies against the documented schemas."""
    from jsonschema import Draft4Validator

    doc = client.get("/openapi.json").json()

    def check(url: str, path: str, media: str) -> None:
        schema = doc["paths"][path]["get"]["responses"]["200"]["content"][media]["schema"]
        Draft4Validator({**schema, "components": doc["components"]}).validate(
            client.get(url).json()
        )

    check("/?f=json", "/", "application/json")
    check("/collections", "/collections", "application/json")
    check(
        "/collections/roads/items?limit=2",
        "/collections/{collection_id}/items",
        "application/geo+json",
    )
    check(
        "/collections/roads/items/kkh-phase-2",
        "/collections/{collection_id}/items/{feature_id}",
        "application/geo+json",
    )
    check("/api/layers", "/api/layers", "application/json")
