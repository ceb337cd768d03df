"""The landing page (web map or JSON), web/ static files, vendor libraries, API docs."""

from __future__ import annotations

import mimetypes
import threading
from pathlib import Path
from typing import Annotated, Literal

import orjson
from fastapi import APIRouter, Query, Request, Response
from fastapi.responses import HTMLResponse

from cpecmap.blob import Blob
from cpecmap.errors import BadRequest, NotFound
from cpecmap.settings import VENDOR_DIRS, Settings

from .deps import SettingsDep
from .models import ErrorBody, LandingPage
from .ogc import landing_body
from .responses import JSONBytesResponse, blob_response

router = APIRouter()

_FALLBACK_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>cpecmap</title></head>
<body><h1>cpecmap</h1>
<p>The web map is not installed here. The data is available through the API:</p>
<ul>
<li><a href="api">API documentation</a> (<a href="openapi.json">OpenAPI</a>)</li>
<li><a href="api/catalog.json">Catalogue of layers</a></li>
<li><a href="collections">OGC API – Features collections</a></li>
</ul></body></html>
"""


def _web(settings: Settings) -> Path:
    return Path(settings.web_dir)


def wants_json(request: Request, f: str | None) -> bool:
    """Content negotiation for ``/``: ``?f=`` first, then ``Accept`` q-values.

    JSON wins when ``application/json`` (or ``geo+json``) is preferred over
    ``text/html``; a bare ``*/*`` (curl, scripts) gets JSON too.
    """
    if f is not None:
        if f not in ("json", "html"):
            raise BadRequest(f"invalid f={f!r}; valid values: json, html")
        return f == "json"
    best: dict[str, float] = {"json": -1.0, "html": -1.0}
    for item in request.headers.get("accept", "*/*").split(","):
        media, _, params = item.strip().partition(";")
        q = 1.0
        for param in params.split(";"):
            key, _, value = param.strip().partition("=")
            if key == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        media = media.strip().lower()
        if media in ("application/json", "application/geo+json"):
            best["json"] = max(best["json"], q)
        elif media in ("text/html", "application/xhtml+xml"):
            best["html"] = max(best["html"], q)
        elif media in ("*/*", "application/*"):
            best["json"] = max(best["json"], q - 0.001)  # lower than an explicit type
    return best["json"] >= best["html"] and best["json"] > 0


@router.get(
    "/",
    summary="Landing page (JSON for API clients, the web map for browsers)",
    response_model=LandingPage,
    responses={
        200: {"content": {"text/html": {}}},
        400: {"model": ErrorBody, "description": "Invalid f"},
    },
    tags=["OGC API – Features"],
    operation_id="getLandingPage",
)
async def landing(
    request: Request,
    settings: SettingsDep,
    f: Annotated[
        Literal["json", "html"] | None,
        Query(description="`json` or `html`; overrides the Accept header."),
    ] = None,
) -> Response:
    """Landing page with content negotiation."""
    if wants_json(request, f):
        return JSONBytesResponse(orjson.dumps(landing_body(request)), headers={"Vary": "Accept"})
    index = _web(settings) / "index.html"
    if index.is_file():
        page = blob_response(request, _files(request).get(index), cache_control="no-cache")
        page.headers["Vary"] = "Accept, Accept-Encoding"
        return page
    return HTMLResponse(_FALLBACK_PAGE, headers={"Vary": "Accept"})


def safe_file(base: Path, path: str, *, exclude: Path | None = None) -> Path:
    """Resolve ``path`` under ``base``; 404 for traversal, dotfiles, dirs, ``exclude``.

    Raises
    ------
    NotFound
        Unless ``path`` names a regular file inside ``base`` (and outside ``exclude``).
    """
    parts = [p for p in path.split("/") if p]
    missing = NotFound(f"no file {path!r}")
    if not parts or any(p.startswith(".") or "\\" in p or "\x00" in p for p in parts):
        raise missing
    root = base.resolve()
    candidate = root.joinpath(*parts).resolve()
    if not candidate.is_relative_to(root) or not candidate.is_file():
        raise missing
    if exclude is not None and candidate.is_relative_to(exclude.resolve()):
        raise missing
    return candidate


#: Files under web/ that are tooling, not part of the page (the static export skips them too).
PRIVATE_WEB_FILES = frozenset({"package.json", "package-lock.json"})

_COMPRESSIBLE = ("text/", "application/json", "application/javascript", "image/svg+xml")


class FileCache:
    """Web and vendor files read once, gzipped once, then served from memory.

    Keyed by path, modification time and size, so an edited file is picked up.
    """

    def __init__(self) -> None:
        self._blobs: dict[tuple[str, int, int], Blob] = {}
        self._lock = threading.Lock()

    def get(self, path: Path) -> Blob:
        stat = path.stat()
        key = (str(path), stat.st_mtime_ns, stat.st_size)
        blob = self._blobs.get(key)
        if blob is None:
            media = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            blob = Blob.of(path.read_bytes(), media, compress=media.startswith(_COMPRESSIBLE))
            with self._lock:
                self._blobs[key] = blob
        return blob


def _files(request: Request) -> FileCache:
    cache: FileCache = request.app.state.files  # set by create_app
    return cache


@router.api_route("/static/{path:path}", methods=["GET", "HEAD"], include_in_schema=False)
def static_file(path: str, request: Request, settings: SettingsDep) -> Response:
    """A file of the web map (never web/node_modules, never a directory)."""
    web = _web(settings)
    found = safe_file(web, path, exclude=web / "node_modules")
    if found.name in PRIVATE_WEB_FILES:
        raise NotFound(f"no file {path!r}")
    return blob_response(request, _files(request).get(found), cache_control="no-cache")


@router.api_route("/vendor/{package}/{path:path}", methods=["GET", "HEAD"], include_in_schema=False)
def vendor_file(package: str, path: str, request: Request, settings: SettingsDep) -> Response:
    """A file of a vendored front-end library (see ``VENDOR_DIRS``)."""
    if package not in VENDOR_DIRS:
        raise NotFound(f"unknown vendor package {package!r}; known: {', '.join(VENDOR_DIRS)}")
    found = safe_file(_web(settings) / VENDOR_DIRS[package], path)
    return blob_response(request, _files(request).get(found), cache_control="public, max-age=86400")


_DOCS_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>cpecmap API</title>
<link rel="stylesheet" href="vendor/swagger-ui/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="vendor/swagger-ui/swagger-ui-bundle.js"></script>
<script src="api/docs.js"></script></body></html>
"""
# Started from a file, not an inline script, so the strict CSP holds here too.
_DOCS_JS = b'window.ui = SwaggerUIBundle({url: "openapi.json", dom_id: "#swagger-ui"});\n'


@router.get("/api", include_in_schema=False)
async def api_docs(settings: SettingsDep) -> HTMLResponse:
    """Swagger UI from the npm package swagger-ui-dist (no CDN); else the plain page."""
    local = _web(settings) / VENDOR_DIRS["swagger-ui"] / "swagger-ui-bundle.js"
    if local.is_file():
        return HTMLResponse(_DOCS_PAGE)
    return HTMLResponse(_FALLBACK_PAGE)


@router.get("/api/docs.js", include_in_schema=False)
async def api_docs_js() -> Response:
    """The two lines that start Swagger UI."""
    return Response(_DOCS_JS, media_type="text/javascript")
