"""A short path for the hottest endpoint: ``GET /api/layers/{id}.geojson``.

The bytes are prepared at start-up, so the work per request is a dict lookup and
two header checks. This ASGI layer answers those requests before FastAPI's router,
dependency injection and exception middleware run; anything it does not fully
recognise (a query string, an unknown layer, another method) falls through to the
documented route, which gives the same answer (and the 4xx errors) the slow way.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Receive, Scope, Send

from cpecmap.store import Blob, Store

from .responses import negotiate

PREFIX = "/api/layers/"
SUFFIX = ".geojson"


class LayerBytes:
    """ASGI middleware serving prepared layer GeoJSON (ETag, 304, gzip) before routing."""

    def __init__(self, app: ASGIApp, store: Store) -> None:
        self.app = app
        self.store = store

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "") if scope["type"] == "http" else ""
        if (
            scope.get("method") == "GET"  # HEAD arrives here as GET (security.HeadAsGet)
            and path.startswith(PREFIX)
            and path.endswith(SUFFIX)
            and not scope.get("query_string")
        ):
            layer = self.store.layers.get(path[len(PREFIX) : -len(SUFFIX)])
            if layer is not None:
                await self._send(scope, send, layer.geojson)
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
