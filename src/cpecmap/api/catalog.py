"""The cpecmap catalogue, whole-layer GeoJSON and downloads (``/api``, ``/downloads``)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request, Response

from cpecmap.formats import FORMATS, attachment_name, parse_download_name

from .deps import DownloadsDep, PreparedDep, StoreDep, only_params
from .models import Catalog, ErrorBody, FeatureCollection
from .responses import GeoJSONResponse, JSONBytesResponse, blob_response

router = APIRouter(tags=["catalogue"])

NOT_FOUND: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorBody, "description": "Unknown layer or file"}
}
_BAD: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody, "description": "Unknown query parameter"}
}


async def _catalog(request: Request, prepared: PreparedDep) -> Response:
    return blob_response(request, prepared.catalog)


router.add_api_route(
    "/api/layers",
    _catalog,
    methods=["GET"],
    summary="List every layer with metadata and links",
    response_class=JSONBytesResponse,
    responses={200: {"model": Catalog}, **_BAD},
    dependencies=[Depends(only_params())],
    operation_id="listLayers",
)
router.add_api_route(
    "/api/catalog.json",
    _catalog,
    methods=["GET"],
    summary="The catalogue (same body as /api/layers)",
    response_class=JSONBytesResponse,
    responses={200: {"model": Catalog}, **_BAD},
    dependencies=[Depends(only_params())],
    operation_id="getCatalog",
)


@router.get(
    "/api/layers/{layer_id}.geojson",
    summary="A whole layer as RFC 7946 GeoJSON",
    response_class=GeoJSONResponse,
    responses={
        200: {"model": FeatureCollection},
        304: {"description": "Not modified (ETag matched)"},
        **NOT_FOUND,
    },
    dependencies=[Depends(only_params())],
    operation_id="getLayerGeoJSON",
)
async def layer_geojson(layer_id: str, request: Request, prepared: PreparedDep) -> Response:
    """Serve the layer's prepared bytes (gzip when accepted, ETag/304)."""
    return blob_response(request, prepared.layer(layer_id).geojson)


@router.get(
    "/downloads/{filename}",
    summary="Download a layer or all layers as a file",
    description=(
        "`filename` is `cpecmap-<layer id or all>.<ext>` with ext one of "
        + ", ".join(f"`{f.suffix[1:]}`" for f in FORMATS.values())
        + ". Licence, attribution and citation travel inside each file."
    ),
    response_class=Response,
    responses={
        200: {
            "description": "The file, as an attachment",
            "content": {
                f.media_type: {"schema": {"type": "string", "format": "binary"}}
                for f in FORMATS.values()
            },
        },
        **NOT_FOUND,
    },
    dependencies=[Depends(only_params())],
    operation_id="download",
)
def download(filename: str, request: Request, store: StoreDep, cache: DownloadsDep) -> Response:
    """Serve a generated download (written once on first request, then cached)."""
    scope, fmt = parse_download_name(filename)
    blob = cache.get(scope, fmt)
    name = attachment_name(scope, fmt, store.data_version)
    return blob_response(request, blob, filename=name, cache_control="public, max-age=3600")
