"""A short path for the hottest endpoint: ``GET /api/layers/{id}.geojson``.

The bytes are prepared at start-up, so the work per request is a dict lookup and
two header checks. This ASGI layer answers those requests before FastAPI's router,
dependency injection and exception middleware run; anything it does not fully
recognise (a query string, an unknown layer, another method) falls through to the
documented route, which gives the same answer (and the 4xx errors) the slow way.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Receive, Scope, Send

from cpecmap.store import Store

from .responses import CACHE_DATA, accepts_gzip, etag_matches

PREFIX = "/api/layers/"
SUFFIX = ".geojson"


class LayerBytes:
    """ASGI middleware serving prepared layer GeoJSON (ETag, 304, gzip)."""

    def __init__(self, app: ASGIApp, store: Store) -> None:
        self.app = app
        self.store = store

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "") if scope["type"] == "http" else ""
        if (
            scope.get("method") in ("GET", "HEAD")
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
    async def _send(scope: Scope, send: Send, blob: object) -> None:
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        use_gz = blob.gz is not None and accepts_gzip(headers.get("accept-encoding", ""))  # type: ignore[attr-defined]
        etag = f'"{blob.sha256}{"-gz" if use_gz else ""}"'  # type: ignore[attr-defined]
        out = [
            (b"etag", etag.encode()),
            (b"cache-control", CACHE_DATA.encode()),
            (b"vary", b"Accept-Encoding"),
        ]
        if etag_matches(headers.get("if-none-match"), etag):
            await send({"type": "http.response.start", "status": 304, "headers": out})
            await send({"type": "http.response.body", "body": b""})
            return
        body = blob.gz if use_gz else blob.raw  # type: ignore[attr-defined]
        out.append((b"content-type", blob.media_type.encode()))  # type: ignore[attr-defined]
        out.append((b"content-length", str(len(body)).encode()))
        if use_gz:
            out.append((b"content-encoding", b"gzip"))
        await send({"type": "http.response.start", "status": 200, "headers": out})
        await send(
            {"type": "http.response.body", "body": b"" if scope["method"] == "HEAD" else body}
        )
