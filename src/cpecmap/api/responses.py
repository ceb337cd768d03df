"""HTTP helpers for prepared bytes: ETag/304, gzip negotiation, media types."""

from __future__ import annotations

from fastapi import Request, Response
from fastapi.responses import JSONResponse

from cpecmap.store import Blob

GEOJSON = "application/geo+json"
OPENAPI = "application/vnd.oai.openapi+json;version=3.0"
CACHE_DATA = "public, max-age=300"


class JSONBytesResponse(JSONResponse):
    """A response whose body is already-serialised JSON bytes (sent as is).

    Subclassing ``JSONResponse`` makes FastAPI document the route's model
    as the JSON body in /openapi.json.
    """

    def render(self, content: object) -> bytes:
        if isinstance(content, bytes):
            return content
        return super().render(content)


class GeoJSONResponse(JSONBytesResponse):
    """A response whose body is already-serialised GeoJSON."""

    media_type = GEOJSON


def accepts_gzip(accept_encoding: str) -> bool:
    """True when an ``Accept-Encoding`` header allows gzip (q > 0)."""
    for item in accept_encoding.lower().split(","):
        token, _, params = item.strip().partition(";")
        if token.strip() in ("gzip", "*"):
            q = params.strip().removeprefix("q=")
            try:
                return not params or float(q) > 0
            except ValueError:
                return True
    return False


def etag_matches(if_none_match: str | None, etag: str) -> bool:
    """Weak comparison of an ``If-None-Match`` header against ``etag``."""
    if not if_none_match:
        return False
    if if_none_match.strip() == "*":
        return True
    tags = (t.strip().removeprefix("W/") for t in if_none_match.split(","))
    return etag in tags


def blob_response(
    request: Request,
    blob: Blob,
    *,
    cache_control: str = CACHE_DATA,
    filename: str | None = None,
) -> Response:
    """Serve ``blob`` with a strong sha256 ETag, 304s and precompressed gzip.

    Parameters
    ----------
    request
        The incoming request (its ``Accept-Encoding`` and ``If-None-Match``).
    blob
        Prepared bytes.
    cache_control
        ``Cache-Control`` value.
    filename
        When given, sent as ``Content-Disposition: attachment``.
    """
    use_gz = blob.gz is not None and accepts_gzip(request.headers.get("accept-encoding", ""))
    etag = f'"{blob.sha256}{"-gz" if use_gz else ""}"'
    headers = {"ETag": etag, "Cache-Control": cache_control, "Vary": "Accept-Encoding"}
    if filename:
        headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    if etag_matches(request.headers.get("if-none-match"), etag):
        return Response(status_code=304, headers=headers)
    if use_gz:
        headers["Content-Encoding"] = "gzip"
        assert blob.gz is not None
        return Response(blob.gz, media_type=blob.media_type, headers=headers)
    return Response(blob.raw, media_type=blob.media_type, headers=headers)
