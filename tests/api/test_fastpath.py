"""The short paths answer exactly as the documented routes do (or leave them the request)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cpecmap.api import create_app
from cpecmap.settings import Settings


@pytest.fixture(scope="module")
def both(real_build: Settings) -> Iterator[tuple[TestClient, TestClient]]:
    with (
        TestClient(create_app(real_build)) as fast,
        TestClient(create_app(real_build, fast_paths=False)) as slow,
    ):
        yield fast, slow


def _same(fast: TestClient, slow: TestClient, url: str, **kw: Any) -> None:
    a, b = fast.get(url, **kw), slow.get(url, **kw)
    assert a.status_code == b.status_code, (url, a.status_code, b.status_code)
    for header in ("content-type", "cache-control", "content-encoding"):
        assert a.headers.get(header) == b.headers.get(header), (url, header)
    if a.headers["content-type"].startswith("application/geo+json"):
        ja, jb = json.loads(a.content), json.loads(b.content)
        ja.pop("timeStamp", None)
        jb.pop("timeStamp", None)
        assert ja == jb, url
    else:
        assert a.content == b.content, url


QUERIES = [
    "",
    "?limit=2",
    "?limit=2&offset=2",
    "?offset=1000000",
    "?bbox=66,24,70,28",
    "?bbox=170,-10,-170,10",
    "?bbox=60,23,78,37,0,100",
    "?status=operational&phase=II",
    "?domain=land&category=coal",
    "?datetime=2015-01-01/..",
    "?datetime=2018",
    "?f=geojson&limit=1000",
    # left to the documented route (400s and odd forms), answered the same
    "?limit=0",
    "?limit=1001",
    "?limit=010",
    "?limit= 5",
    "?limit=5&limit=6",
    "?bbox=",
    "?bbox=1,2,3",
    "?status=bogus",
    "?nope=1",
    "?f=xml",
    "?datetime=2020/2010",
]


@pytest.mark.parametrize("query", QUERIES)
@pytest.mark.parametrize("layer", ["energy", "submarine-cables", "nope"])
def test_items_fast_path_answers_like_the_route(
    both: tuple[TestClient, TestClient], layer: str, query: str
) -> None:
    fast, slow = both
    _same(fast, slow, f"/collections/{layer}/items{query}")
    _same(fast, slow, f"/collections/{layer}/items{query}", headers={"Accept-Encoding": "gzip"})


value = st.one_of(
    st.integers(-5, 2000).map(str),
    st.sampled_from(["", " 1", "1e2", "II", "land", "coal", "operational", "json", "2015/.."]),
    st.text(max_size=12),
)


@given(
    params=st.dictionaries(
        st.sampled_from(["limit", "offset", "bbox", "status", "phase", "domain", "category",
                         "datetime", "f"]),
        value,
        max_size=4,
    )
)
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_items_fast_path_matches_the_route_for_any_parameters(
    both: tuple[TestClient, TestClient], params: dict[str, str]
) -> None:
    fast, slow = both
    _same(fast, slow, "/collections/energy/items", params=params)


def test_the_fast_path_is_the_one_answering(
    both: tuple[TestClient, TestClient], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Valid requests never reach FastAPI's items route on the fast app."""
    from cpecmap.api import ogc

    fast, _ = both
    calls: list[str] = []
    original = ogc.items_response

    def spy(*args: Any, **kw: Any) -> Any:
        calls.append("x")
        return original(*args, **kw)

    monkeypatch.setattr("cpecmap.api.fastpath.items_response", spy)
    assert fast.get("/collections/energy/items?limit=3").status_code == 200
    assert calls == ["x"]
    assert fast.get("/collections/energy/items?limit=0").status_code == 400
    assert calls == ["x"]  # the 400 came from the documented route
