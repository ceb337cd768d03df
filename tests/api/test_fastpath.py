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


async def _asgi_get(
    app: Any, path: str, query: bytes = b"", root_path: str = ""
) -> tuple[int, bytes]:
    """One raw ASGI GET (what a server passes on, without a client's URL encoding)."""
    scope = {
        "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET",
        "scheme": "http", "path": path, "raw_path": path.encode(), "root_path": root_path,
        "query_string": query, "headers": [(b"host", b"testserver")],
        "server": ("testserver", 80), "client": ("127.0.0.1", 1234),
    }
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    await app(scope, receive, send)
    status = next(m["status"] for m in sent if m["type"] == "http.response.start")
    return status, b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")


def test_fast_paths_work_behind_a_proxy_prefix(
    real_build: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    import asyncio

    app = create_app(real_build)
    calls: list[int] = []
    from cpecmap.api import fastpath

    original = fastpath.items_response
    monkeypatch.setattr(
        fastpath, "items_response", lambda *a, **k: calls.append(1) or original(*a, **k)
    )
    status, body = asyncio.run(
        _asgi_get(app, "/cpec/collections/energy/items", b"limit=2", root_path="/cpec")
    )
    assert status == 200 and calls == [1]
    page = json.loads(body)
    assert page["numberReturned"] == 2
    assert page["links"][0]["href"].startswith("http://testserver/cpec/collections/energy/items")


@pytest.mark.parametrize("query", [b"bbox=60,23,78,3\xa0", b"datetime=20\x85"])
def test_a_query_string_that_is_not_utf8_is_a_400_not_a_500(
    real_build: Settings, query: bytes
) -> None:
    import asyncio

    for fast in (True, False):
        status, body = asyncio.run(
            _asgi_get(create_app(real_build, fast_paths=fast), "/collections/energy/items", query)
        )
        assert status == 400, (fast, status, body)
        assert json.loads(body)["error"]["code"] == "bad_request"
