"""OGC API – Features: landing page, conformance, collections, items, paging."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from cpecmap.store import load_store

MINI_BUILD = Path(__file__).resolve().parents[1] / "data" / "build-mini"

STORE = load_store(MINI_BUILD)


def test_landing_json_for_api_clients(client: TestClient) -> None:
    for kwargs in ({"params": {"f": "json"}}, {"headers": {"Accept": "application/json"}}):
        response = client.get("/", **kwargs)  # type: ignore[arg-type]
        assert response.headers["content-type"] == "application/json"
        rels = {link["rel"]: link for link in response.json()["links"]}
        assert {"self", "service-desc", "service-doc", "conformance", "data"} <= set(rels)
        assert rels["data"]["href"] == "http://testserver/collections"


def test_landing_html_for_browsers(client: TestClient) -> None:
    accept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    response = client.get("/", headers={"Accept": accept})
    assert response.headers["content-type"].startswith("text/html")
    assert "cpecmap web map" in response.text
    assert client.get("/?f=html").text == response.text


def test_landing_html_fallback_without_web_map(client: TestClient, web_dir) -> None:  # type: ignore[no-untyped-def]
    (web_dir / "index.html").unlink()
    response = client.get("/", headers={"Accept": "text/html"})
    assert response.status_code == 200
    assert 'href="api"' in response.text


def test_conformance(client: TestClient) -> None:
    conforms = client.get("/conformance").json()["conformsTo"]
    assert "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core" in conforms
    assert "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson" in conforms
    assert "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30" in conforms


def test_collections(client: TestClient) -> None:
    body = client.get("/collections").json()
    assert [c["id"] for c in body["collections"]] == list(STORE.layers)
    roads = client.get("/collections/roads").json()
    assert roads == body["collections"][0]
    items = next(link for link in roads["links"] if link["rel"] == "items")
    assert items == {
        "href": "http://testserver/collections/roads/items",
        "rel": "items",
        "type": "application/geo+json",
        "title": "Features",
    }
    assert roads["extent"]["spatial"]["bbox"] == [STORE.layer("roads").meta["bbox"]]


@pytest.mark.parametrize("layer_id", list(STORE.layers))
@pytest.mark.parametrize("limit", [1, 2, 3, 100])
def test_paging_returns_every_feature_once(client: TestClient, layer_id: str, limit: int) -> None:
    url: str | None = f"/collections/{layer_id}/items?limit={limit}"
    seen: list[str] = []
    pages = 0
    while url:
        response = client.get(url)
        assert response.status_code == 200
        assert response.headers["content-type"] == "application/geo+json"
        body = response.json()
        assert body["numberMatched"] == STORE.layer(layer_id).count
        assert body["numberReturned"] == len(body["features"]) <= limit
        assert body["timeStamp"].endswith("Z")
        links = {link["rel"]: link for link in body["links"]}
        assert links["self"]["type"] == links["collection"]["type"].replace("json", "geo+json")
        assert ("prev" in links) == (pages > 0)
        seen += [f["id"] for f in body["features"]]
        url = links["next"]["href"] if "next" in links else None
        assert url is None or url.startswith("http://testserver/")
        pages += 1
    assert seen == sorted(STORE.layer(layer_id).index_of)


def test_prev_link_goes_back(client: TestClient) -> None:
    body = client.get("/collections/energy/items?limit=2&offset=3").json()
    prev = next(link["href"] for link in body["links"] if link["rel"] == "prev")
    assert "offset=1" in prev and "limit=2" in prev
    assert client.get("/collections/energy/items?offset=99").json()["features"] == []


def test_filters_keep_next_links(client: TestClient) -> None:
    body = client.get("/collections/energy/items?category=coal&limit=1").json()
    assert body["numberMatched"] == 2
    nxt = next(link["href"] for link in body["links"] if link["rel"] == "next")
    assert "category=coal" in nxt
    assert client.get(nxt).json()["features"][0]["id"] == "thar-coal-block-1"
    assert (
        client.get("/collections/energy/items?status=under-construction").json()["numberMatched"]
        == 1
    )
    assert client.get("/collections/energy/items?phase=II").json()["numberMatched"] == 1
    assert (
        client.get("/collections/submarine-cables/items?domain=land").json()["numberMatched"] == 0
    )


def test_bbox(client: TestClient) -> None:
    body = client.get("/collections/energy/items", params={"bbox": "73,31,75,34"}).json()
    assert [f["id"] for f in body["features"]] == ["hvdc-lahore", "karot-hydro"]
    whole = client.get("/collections/energy/items", params={"bbox": "-180,-90,180,90"}).json()
    assert whole["numberMatched"] == 5
    # crossing the antimeridian: 170°E → 75°E wraps round the world, excluding 75..170
    wrap = client.get("/collections/energy/items", params={"bbox": "170,20,72,40"}).json()
    assert {f["id"] for f in wrap["features"]} == {
        "port-qasim-coal",
        "quaid-solar",
        "thar-coal-block-1",
    }


def test_datetime(client: TestClient) -> None:
    def ids(value: str) -> list[str]:
        return [
            f["id"]
            for f in client.get("/collections/energy/items", params={"datetime": value}).json()[
                "features"
            ]
        ]

    # Features operating at some time in the instant or interval (the one time rule):
    # quaid-solar operates from 2015, port-qasim from 2018, hvdc from 2021, karot from 2022.
    assert ids("2018-05-01") == ["port-qasim-coal", "quaid-solar"]
    assert ids("2017") == ["quaid-solar"]
    assert ids("2021-01-01T00:00:00Z/..") == [
        "hvdc-lahore", "karot-hydro", "port-qasim-coal", "quaid-solar"
    ]
    assert ids("../2015-12-31") == ["quaid-solar"]
    assert ids("2019/2021") == ["hvdc-lahore", "port-qasim-coal", "quaid-solar"]


def test_feature(client: TestClient) -> None:
    response = client.get("/collections/roads/items/m5-multan-sukkur")
    assert response.headers["content-type"] == "application/geo+json"
    body = response.json()
    assert body["id"] == body["properties"]["id"] == "m5-multan-sukkur"
    assert body["geometry"]["type"] == "LineString"
    rels = {link["rel"]: link["href"] for link in body["links"]}
    assert rels == {
        "self": "http://testserver/collections/roads/items/m5-multan-sukkur",
        "collection": "http://testserver/collections/roads",
    }
