"""HTTP helpers for prepared bytes: ETag/304, gzip negotiation, media types."""

from __future__ import annotations

from fastapi import Request, Response
from fastapi.responses import JSONResponse

from cpecmap.blob import Blob

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


def negotiate(
    blob: Blob,
    accept_encoding: str,
    if_none_match: str | None,
    cache_control: str = CACHE_DATA,
) -> tuple[int, dict[str, str], bytes]:
    """Status, headers and body for prepared bytes: strong ETag, 304, precompressed gzip.

    Shared by ``blob_response`` and the fast path, so both answer alike.
    """
    use_gz = blob.gz is not None and accepts_gzip(accept_encoding)
    etag = f'"{blob.sha256}{"-gz" if use_gz else ""}"'
    headers = {"ETag": etag, "Cache-Control": cache_control, "Vary": "Accept-Encoding"}
    if etag_matches(if_none_match, etag):
        return 304, headers, b""
    headers["Content-Type"] = blob.media_type
    if use_gz and blob.gz is not None:
        headers["Content-Encoding"] = "gzip"
        return 200, headers, blob.gz
    return 200, headers, blob.raw


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
    status, headers, body = negotiate(
        blob,
        request.headers.get("accept-encoding", ""),
        request.headers.get("if-none-match"),
        cache_control,
    )
    if filename:
        headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    media_type = headers.pop("Content-Type", None)
    return Response(body, status_code=status, media_type=media_type, headers=headers)
