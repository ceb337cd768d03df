"""The application factory and ``serve``."""

from __future__ import annotations

import logging
import sys
import time

from fastapi import FastAPI, Request
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import Response

from cpecmap import __version__
from cpecmap.errors import BuildMissing
from cpecmap.formats import DownloadCache
from cpecmap.settings import Settings
from cpecmap.store import load_store

from . import catalog, ogc, static
from .errors import install_error_handlers
from .fastpath import ItemsPage, LayerBytes
from .openapi import openapi_30
from .prepared import prepare
from .responses import OPENAPI
from .security import CatchErrors, HeadAsGet, SecurityHeaders

log = logging.getLogger("cpecmap.api")
_NO_GZIP = ("text/event-stream", "application/zip", "application/geopackage+sqlite3")


def create_app(
    settings: Settings, *, warm_downloads: bool = False, fast_paths: bool = True
) -> FastAPI:
    """Load the build once and return the cpecmap web application.

    Parameters
    ----------
    settings
        Paths (``build_dir``, ``web_dir``) to serve from.
    warm_downloads
        Generate every download at start-up instead of on first request.
    fast_paths
        Answer the hottest requests before routing (``fastpath``); off only in tests
        that compare them with the documented routes.

    Returns
    -------
    fastapi.FastAPI
        The app: catalogue, GeoJSON, downloads, OGC API – Features, web map.

    Raises
    ------
    BuildMissing
        When the build is absent, corrupt or differs from its manifest.
    """
    started = time.perf_counter()
    store = load_store(settings.build_dir)
    app = FastAPI(
        title="cpecmap",
        version=__version__,
        description=(
            "An open atlas of China–Pakistan infrastructure cooperation. "
            f"Data version {store.data_version}. "
            "OGC API – Features Part 1 (Core, GeoJSON, OAS 3.0)."
        ),
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
    )
    app.state.settings = settings
    app.state.store = store
    prepared = prepare(store)  # every response body that does not depend on the request
    app.state.prepared = prepared
    app.state.downloads = DownloadCache(store)
    if warm_downloads:
        app.state.downloads.warm()
    app.state.files = static.FileCache()
    # Innermost first: dynamic JSON (items pages) gzipped on the fly; prepared bytes
    # carry their own precompressed variant and are left alone.
    if fast_paths:
        app.add_middleware(ItemsPage, prepared=prepared)  # items pages built before routing
    app.add_middleware(GZipMiddleware, minimum_size=1024, exclude_content_types=_NO_GZIP)
    if fast_paths:
        app.add_middleware(LayerBytes, prepared=prepared)  # answered before routing
    app.add_middleware(HeadAsGet)
    app.add_middleware(CatchErrors)  # a bug becomes a logged 500 with the error body
    app.add_middleware(SecurityHeaders)  # outermost: headers on everything
    install_error_handlers(app)
    app.include_router(static.router)
    app.include_router(ogc.router)
    app.include_router(catalog.router)
    _add_openapi(app)
    log.info(
        "loaded %d layers (%s) in %.2fs",
        len(store.layers),
        store.data_version,
        time.perf_counter() - started,
    )
    return app


def _add_openapi(app: FastAPI) -> None:
    cached: list[bytes] = []

    def openapi_json(request: Request) -> Response:
        if not cached:  # generated once, on first request
            import orjson

            cached.append(orjson.dumps(openapi_30(app)))
        return Response(cached[0], media_type=OPENAPI)

    app.add_api_route("/openapi.json", openapi_json, methods=["GET"], include_in_schema=False)
    app.openapi = lambda: openapi_30(app)  # type: ignore[method-assign]


def serve(settings: Settings) -> None:
    """Run the server with uvicorn on ``settings.host:settings.port`` (1 worker).

    Prints one line and exits with status 2 when the build is missing or corrupt.
    """
    import uvicorn

    try:
        app = create_app(settings)
    except BuildMissing as exc:
        print(f"cpecmap serve: {exc.message}", file=sys.stderr)
        raise SystemExit(2) from None
    uvicorn.run(app, host=settings.host, port=settings.port, workers=1, log_level="info")
