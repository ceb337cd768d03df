"""OGC API – Features Part 1: landing JSON, conformance, collections, items."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any, Literal
from urllib.parse import quote, urlencode

import orjson
from fastapi import APIRouter, Depends, Query, Request, Response

from cpecmap.errors import BadRequest
from cpecmap.formats.notice import LICENCE_URLS
from cpecmap.store import Layer, Store

from .deps import LayerDep, PreparedLayerDep, StoreDep, only_params
from .models import (
    Collection,
    Collections,
    Conformance,
    ErrorBody,
    Feature,
    FeatureCollection,
)
from .params import PHASES, STATUSES, parse_bbox, parse_datetime, parse_filters
from .prepared import PreparedLayer
from .responses import GEOJSON, OPENAPI, GeoJSONResponse, JSONBytesResponse

# The documented enums are the schema's codes (src/cpecmap/schema.yaml), not a copy.
StatusParam = Literal[STATUSES]  # type: ignore[valid-type]
PhaseParam = Literal[PHASES]  # type: ignore[valid-type]
DomainParam = Literal["land", "sea", "digital"]
FormatParam = Literal["json", "geojson"]

router = APIRouter(tags=["OGC API – Features"])

CONFORMANCE = [
    "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
    "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
    "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
]
CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84"
JSON = "application/json"
ITEMS_PARAMS = ("bbox", "limit", "offset", "datetime", "status", "phase", "domain", "category", "f")

_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody, "description": "Invalid parameter; the message says what is valid"},
    404: {"model": ErrorBody, "description": "Unknown collection or feature"},
}


def _base(request: Request) -> str:
    return str(request.base_url).rstrip("/")


def _json(body: Any) -> Response:
    return JSONBytesResponse(orjson.dumps(body), headers={"Cache-Control": "public, max-age=300"})


def landing_body(request: Request) -> dict[str, Any]:
    """The landing page document (links are absolute)."""
    base = _base(request)
    return {
        "title": "cpecmap – China–Pakistan infrastructure cooperation",
        "description": (
            "OGC API – Features access to the cpecmap layers; see /api for the API documentation."
        ),
        "links": [
            {"href": f"{base}/?f=json", "rel": "self", "type": JSON, "title": "This document"},
            {
                "href": f"{base}/?f=html",
                "rel": "alternate",
                "type": "text/html",
                "title": "The web map",
            },
            {
                "href": f"{base}/openapi.json",
                "rel": "service-desc",
                "type": OPENAPI,
                "title": "OpenAPI 3.0",
            },
            {
                "href": f"{base}/api",
                "rel": "service-doc",
                "type": "text/html",
                "title": "API documentation",
            },
            {
                "href": f"{base}/conformance",
                "rel": "conformance",
                "type": JSON,
                "title": "Conformance",
            },
            {"href": f"{base}/collections", "rel": "data", "type": JSON, "title": "Collections"},
            {
                "href": f"{base}/api/catalog.json",
                "rel": "describedby",
                "type": JSON,
                "title": "cpecmap catalogue",
            },
        ],
    }


@router.get(
    "/conformance",
    summary="Conformance classes implemented",
    response_model=Conformance,
    response_class=JSONBytesResponse,
    responses={400: _ERRORS[400]},
    dependencies=[Depends(only_params("f"))],
    operation_id="getConformance",
)
async def conformance(
    f: Annotated[FormatParam | None, Query(description="Output format; only `json`.")] = None,
) -> Response:
    """OGC API Features Part 1 Core, GeoJSON and OpenAPI 3.0."""
    return _json({"conformsTo": CONFORMANCE})


def _collection(base: str, layer: Layer, store: Store) -> dict[str, Any]:
    meta = layer.meta
    url = f"{base}/collections/{layer.id}"
    links = [
        {"href": url, "rel": "self", "type": JSON, "title": "This collection"},
        {"href": f"{url}/items", "rel": "items", "type": GEOJSON, "title": "Features"},
        {
            "href": f"{base}/api/layers/{layer.id}.geojson",
            "rel": "enclosure",
            "type": GEOJSON,
            "title": "Whole layer",
        },
    ]
    licence = str(meta.get("licence", ""))
    if licence in LICENCE_URLS:
        links.append(
            {"href": LICENCE_URLS[licence], "rel": "license", "type": "text/html", "title": licence}
        )
    return {
        "id": layer.id,
        "title": str(meta.get("title", layer.id)),
        "description": str(meta.get("description", "")),
        "links": links,
        "extent": {
            "spatial": {"bbox": [list(meta.get("bbox") or [-180, -90, 180, 90])], "crs": CRS84}
        },
        "itemType": "feature",
        "crs": [CRS84],
        "domain": meta.get("domain"),
        "geometry": meta.get("geometry"),
        "count": layer.count,
        "licence": licence,
        "attribution": " ".join(str(meta.get("attribution", "")).split()),
        "data_version": store.data_version,
    }


@router.get(
    "/collections",
    summary="The collections (one per layer)",
    response_model=Collections,
    response_class=JSONBytesResponse,
    responses={400: _ERRORS[400]},
    dependencies=[Depends(only_params("f"))],
    operation_id="getCollections",
)
async def collections(
    request: Request,
    store: StoreDep,
    f: Annotated[FormatParam | None, Query(description="Output format; only `json`.")] = None,
) -> Response:
    """Every layer as an OGC collection."""
    base = _base(request)
    return _json(
        {
            "links": [
                {
                    "href": f"{base}/collections",
                    "rel": "self",
                    "type": JSON,
                    "title": "This document",
                }
            ],
            "collections": [_collection(base, layer, store) for layer in store.layers.values()],
        }
    )


@router.get(
    "/collections/{collection_id}",
    summary="One collection",
    response_model=Collection,
    response_class=JSONBytesResponse,
    responses=_ERRORS,
    dependencies=[Depends(only_params("f"))],
    operation_id="describeCollection",
)
async def collection(
    request: Request,
    layer: LayerDep,
    store: StoreDep,
    f: Annotated[FormatParam | None, Query(description="Output format; only `json`.")] = None,
) -> Response:
    """The collection's metadata and links."""
    return _json(_collection(_base(request), layer, store))


@router.get(
    "/collections/{collection_id}/items",
    summary="Features of a collection, filtered and paged",
    response_model=FeatureCollection,
    response_class=GeoJSONResponse,
    responses=_ERRORS,
    dependencies=[Depends(only_params(*ITEMS_PARAMS))],
    operation_id="getFeatures",
)
async def items(
    request: Request,
    prepared: PreparedLayerDep,
    store: StoreDep,
    limit: Annotated[int, Query(ge=1, le=1000, description="Page size, 1 to 1000.")] = 100,
    offset: Annotated[int, Query(ge=0, description="Number of matching features to skip.")] = 0,
    bbox: Annotated[
        str | None,
        Query(
            description="minlon,minlat,maxlon,maxlat (CRS84); features intersecting it.",
            examples=["60,23,78,37"],
        ),
    ] = None,
    datetime_: Annotated[
        str | None,
        Query(
            alias="datetime",
            description=(
                "RFC 3339 instant or interval; matches the features operating (status "
                "operational, from their dated milestones) at some time in it."
            ),
        ),
    ] = None,
    status: Annotated[
        StatusParam | None, Query(description="One of: " + ", ".join(STATUSES))
    ] = None,
    phase: Annotated[PhaseParam | None, Query(description="One of: " + ", ".join(PHASES))] = None,
    domain: Annotated[DomainParam | None, Query(description="land, sea or digital")] = None,
    category: Annotated[str | None, Query(description="One of the layer's categories")] = None,
    f: Annotated[
        FormatParam | None, Query(description="Output format; only `json`/`geojson`.")
    ] = None,
) -> Response:
    """A page of matching features with numberMatched and next/prev links."""
    _check_format(f)
    boxes = parse_bbox(bbox)
    years = parse_datetime(datetime_)
    filters = parse_filters(
        prepared.layer,
        list(store.domains),
        status=status,
        phase=phase,
        domain=domain,
        category=category,
    )
    return items_response(request, prepared, boxes, filters, years, limit, offset)


def items_response(
    request: Request,
    prepared: PreparedLayer,
    boxes: list[tuple[float, float, float, float]] | None,
    filters: dict[str, str],
    years: tuple[int | None, int | None] | None,
    limit: int,
    offset: int,
) -> Response:
    """The items page for validated arguments (shared with ``fastpath.ItemsPage``)."""
    layer = prepared.layer
    matched = layer.query(boxes, filters, years)
    page = matched[offset : offset + limit]
    links = _page_links(request, layer, offset, limit, len(matched))
    head = orjson.dumps(
        {
            "type": "FeatureCollection",
            "numberMatched": len(matched),
            "numberReturned": len(page),
            "timeStamp": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "links": links,
        }
    )
    features = b",".join(prepared.feature_json[i] for i in page)
    body = head[:-1] + b',"features":[' + features + b"]}"
    return GeoJSONResponse(body, headers={"Cache-Control": "public, max-age=300"})


def _check_format(f: str | None) -> None:
    if f not in (None, "json", "geojson"):
        raise BadRequest(f"invalid f={f!r}; valid values: json, geojson")


def _page_links(
    request: Request, layer: Layer, offset: int, limit: int, matched: int
) -> list[dict[str, str]]:
    base = _base(request)
    url = f"{base}/collections/{layer.id}/items"
    query = dict(request.query_params)

    def at(new_offset: int) -> str:
        params = {**query, "offset": str(new_offset), "limit": str(limit)}
        return f"{url}?{urlencode(params)}"

    links = [
        {"href": str(request.url), "rel": "self", "type": GEOJSON, "title": "This page"},
        {
            "href": f"{base}/collections/{layer.id}",
            "rel": "collection",
            "type": JSON,
            "title": "The collection",
        },
    ]
    if offset + limit < matched:
        links.append(
            {"href": at(offset + limit), "rel": "next", "type": GEOJSON, "title": "Next page"}
        )
    if offset > 0:
        links.append(
            {
                "href": at(max(0, offset - limit)),
                "rel": "prev",
                "type": GEOJSON,
                "title": "Previous page",
            }
        )
    return links


@router.get(
    "/collections/{collection_id}/items/{feature_id}",
    summary="One feature",
    response_model=Feature,
    response_class=GeoJSONResponse,
    responses=_ERRORS,
    dependencies=[Depends(only_params("f"))],
    operation_id="getFeature",
)
async def feature(
    request: Request, prepared: PreparedLayerDep, feature_id: str, f: str | None = None
) -> Response:
    """The feature with its self and collection links."""
    _check_format(f)
    layer = prepared.layer
    index = layer.feature(feature_id)
    base = _base(request)
    links = [
        {
            "href": f"{base}/collections/{layer.id}/items/{quote(feature_id)}",
            "rel": "self",
            "type": GEOJSON,
        },
        {"href": f"{base}/collections/{layer.id}", "rel": "collection", "type": JSON},
    ]
    body = prepared.feature_json[index][:-1] + b',"links":' + orjson.dumps(links) + b"}"
    return GeoJSONResponse(body, headers={"Cache-Control": "public, max-age=300"})
