"""Short paths for the hottest endpoints, answered before FastAPI's router.

- ``LayerBytes``: ``GET /api/layers/{id}.geojson``. The bytes are prepared at start-up,
  so the work per request is a dict lookup and two header checks.
- ``ItemsPage``: ``GET /collections/{id}/items`` with valid, well-formed parameters. It
  parses them with the same functions as the documented route and builds the page with
  the same code (``ogc.items_response``), without FastAPI's dependency injection and
  parameter models.

Anything a short path does not fully recognise (an unknown layer or parameter, a
repeated or empty parameter, a value that does not parse, another method) falls
through to the documented route, which gives the same answer and every 4xx error.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl

from starlette.requests import Request
from starlette.types import ASGIApp, Receive, Scope, Send

from cpecmap.blob import Blob
from cpecmap.errors import BadRequest
from cpecmap.store import Layer

from .ogc import ITEMS_PARAMS, items_response
from .params import parse_bbox, parse_datetime, parse_filters
from .prepared import Prepared
from .responses import negotiate

PREFIX = "/api/layers/"
SUFFIX = ".geojson"


def route_path(scope: Scope) -> str:
    """The path the router matches: without the ``root_path`` a proxy mounts the app at."""
    path: str = scope.get("path", "")
    root: str = scope.get("root_path", "")
    return path[len(root):] if root and path.startswith(root) else path


class LayerBytes:
    """ASGI middleware serving prepared layer GeoJSON (ETag, 304, gzip) before routing."""

    def __init__(self, app: ASGIApp, prepared: Prepared) -> None:
        self.app = app
        self.layers = prepared.layers

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = route_path(scope) if scope["type"] == "http" else ""
        if (
            scope.get("method") == "GET"  # HEAD arrives here as GET (security.HeadAsGet)
            and path.startswith(PREFIX)
            and path.endswith(SUFFIX)
            and not scope.get("query_string")
        ):
            served = self.layers.get(path[len(PREFIX) : -len(SUFFIX)])
            if served is not None:
                await self._send(scope, send, served.geojson)
                return
        await self.app(scope, receive, send)

    @staticmethod
    async def _send(scope: Scope, send: Send, blob: Blob) -> None:
        request = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        status, headers, body = negotiate(
            blob, request.get("accept-encoding", ""), request.get("if-none-match")
        )
        if status == 200:
            headers["Content-Length"] = str(len(body))
        raw = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers.items()]
        await send({"type": "http.response.start", "status": status, "headers": raw})
        await send({"type": "http.response.body", "body": body})


_Args = tuple[
    list[tuple[float, float, float, float]] | None,
    dict[str, str],
    tuple[int | None, int | None] | None,
    int,
    int,
]
ITEMS_PREFIX = "/collections/"
ITEMS_SUFFIX = "/items"
_ALLOWED = frozenset(ITEMS_PARAMS)
_LIMIT = re.compile(r"[1-9][0-9]{0,3}")
_OFFSET = re.compile(r"0|[1-9][0-9]{0,8}")


class ItemsPage:
    """ASGI middleware answering well-formed OGC items requests before routing."""

    def __init__(self, app: ASGIApp, prepared: Prepared) -> None:
        self.app = app
        self.layers = prepared.layers
        self.domains = list(prepared.store.domains)  # once, not per request

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = route_path(scope) if scope["type"] == "http" else ""
        if (
            scope.get("method") == "GET"
            and path.startswith(ITEMS_PREFIX)
            and path.endswith(ITEMS_SUFFIX)
        ):
            served = self.layers.get(path[len(ITEMS_PREFIX) : -len(ITEMS_SUFFIX)])
            query = scope.get("query_string", b"")
            args = self._arguments(served.layer, query) if served is not None else None
            if served is not None and args is not None:
                response = items_response(Request(scope), served, *args)
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)

    def _arguments(self, layer: Layer, query: bytes) -> _Args | None:
        """The items arguments, or None to leave the request to the documented route."""
        try:
            pairs = parse_qsl(query.decode("latin-1"), keep_blank_values=True)
        except ValueError:
            return None
        params = dict(pairs)
        if (
            len(params) != len(pairs)
            or not params.keys() <= _ALLOWED
            or any(not v or v != v.strip() for v in params.values())
        ):
            return None
        limit, offset = params.get("limit", "100"), params.get("offset", "0")
        if not (_LIMIT.fullmatch(limit) and int(limit) <= 1000 and _OFFSET.fullmatch(offset)):
            return None
        if params.get("f", "json") not in ("json", "geojson"):
            return None
        try:
            boxes = parse_bbox(params.get("bbox"))
            years = parse_datetime(params.get("datetime"))
            filters = parse_filters(
                layer,
                self.domains,
                **{k: params.get(k) for k in ("status", "phase", "domain", "category")},
            )
        except BadRequest:
            return None
        return boxes, filters, years, int(limit), int(offset)
