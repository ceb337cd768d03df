"""Fuzzing the API: schemathesis against our own OpenAPI document, hypothesis on the
query parsing. Bounded in examples so the suite stays fast."""

from __future__ import annotations

import math
from typing import Any

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cpecmap.api.app import create_app
from cpecmap.api.params import parse_bbox
from cpecmap.errors import BadRequest
from cpecmap.settings import Settings

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))


@pytest.fixture(scope="module")
def app(real_build: Settings) -> Any:
    return create_app(real_build)


@pytest.fixture(scope="module")
def client(app: Any) -> TestClient:
    return TestClient(app)


def test_api_conforms_to_its_own_openapi(app: Any) -> None:
    """Every operation of /openapi.json, fuzzed: no 5xx, documented status codes,
    content types and response schemas (schemathesis' default checks)."""
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 8
    calls: dict[str, int] = {}
    for operation in operations:
        _fuzz(operation, calls)
    # every operation was exercised; the total is reported in the closing note
    assert set(calls) == {f"{op.method.upper()} {op.path}" for op in operations}
    print(f"schemathesis: {sum(calls.values())} calls over {len(calls)} operations")


def _fuzz(operation: Any, calls: dict[str, int]) -> None:
    label = f"{operation.method.upper()} {operation.path}"

    @given(case=operation.as_strategy())
    @FUZZ
    def run(case: Any) -> None:
        calls[label] = calls.get(label, 0) + 1
        case.call_and_validate()

    run()


def _assert_clean(response: Any) -> None:
    assert response.status_code < 500, response.text
    if response.status_code >= 400:
        body = response.json()
        assert set(body) == {"error"}
        assert body["error"]["status"] == response.status_code
        assert body["error"]["message"]


text = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=60)
numberish = st.one_of(
    st.integers(-(10**12), 10**12).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    text,
)


@given(parts=st.lists(numberish, min_size=0, max_size=7))
@FUZZ
def test_parse_bbox_accepts_valid_boxes_and_rejects_the_rest_cleanly(parts: list[str]) -> None:
    value = ",".join(parts)
    try:
        boxes = parse_bbox(value)
    except BadRequest as exc:
        assert "bbox" in exc.message and "e.g." in exc.message
        return
    assert boxes
    for minx, miny, maxx, maxy in boxes:
        assert all(math.isfinite(v) for v in (minx, miny, maxx, maxy))
        assert -180 <= minx <= maxx <= 180 and -90 <= miny <= maxy <= 90


@given(
    box=st.tuples(
        st.floats(-180, 180), st.floats(-90, 90), st.floats(-180, 180), st.floats(-90, 90)
    ).filter(lambda b: b[1] <= b[3])
)
@FUZZ
def test_valid_bbox_is_always_parsed(box: tuple[float, float, float, float]) -> None:
    boxes = parse_bbox(",".join(repr(v) for v in box))
    assert boxes and len(boxes) in (1, 2)


@given(limit=numberish, offset=numberish)
@FUZZ
def test_items_paging_never_500s(client: TestClient, limit: str, offset: str) -> None:
    r = client.get("/collections/energy/items", params={"limit": limit, "offset": offset})
    _assert_clean(r)
    if r.status_code == 200:
        body = r.json()
        assert body["numberReturned"] == len(body["features"]) <= int(float(limit))


@given(
    key=st.sampled_from(["status", "phase", "domain", "category", "bbox", "f", "datetime", "nope"]),
    value=text,
)
@FUZZ
def test_items_filters_never_500(client: TestClient, key: str, value: str) -> None:
    r = client.get("/collections/roads/items", params={key: value})
    _assert_clean(r)
    if r.status_code == 200 and key in ("status", "phase", "category"):
        assert all(f["properties"][key] == value for f in r.json()["features"])
