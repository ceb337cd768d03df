"""Request dependencies: the store, prepared bodies, a layer looked up by id, strict params."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Annotated

from fastapi import Depends, Path, Request

from cpecmap.errors import BadRequest
from cpecmap.formats import DownloadCache
from cpecmap.settings import Settings
from cpecmap.store import Layer, Store

from .prepared import Prepared, PreparedLayer


async def get_store(request: Request) -> Store:
    """The store loaded by ``create_app``."""
    store: Store = request.app.state.store
    return store


async def get_prepared(request: Request) -> Prepared:
    """The response bodies ``create_app`` prepared from the store."""
    prepared: Prepared = request.app.state.prepared
    return prepared


async def get_downloads(request: Request) -> DownloadCache:
    """The app's download cache."""
    cache: DownloadCache = request.app.state.downloads
    return cache


async def get_settings(request: Request) -> Settings:
    """The settings the app was created with."""
    settings: Settings = request.app.state.settings
    return settings


StoreDep = Annotated[Store, Depends(get_store)]
PreparedDep = Annotated[Prepared, Depends(get_prepared)]
DownloadsDep = Annotated[DownloadCache, Depends(get_downloads)]
SettingsDep = Annotated[Settings, Depends(get_settings)]


async def get_layer(
    store: StoreDep, collection_id: Annotated[str, Path(description="Layer id, e.g. `roads`.")]
) -> Layer:
    """The layer named in the path; 404 listing valid ids when unknown."""
    return store.layer(collection_id)


LayerDep = Annotated[Layer, Depends(get_layer)]


async def get_prepared_layer(
    prepared: PreparedDep,
    collection_id: Annotated[str, Path(description="Layer id, e.g. `roads`.")],
) -> PreparedLayer:
    """The prepared bodies of the layer named in the path; 404 listing valid ids when unknown."""
    return prepared.layer(collection_id)


PreparedLayerDep = Annotated[PreparedLayer, Depends(get_prepared_layer)]


def only_params(*allowed: str) -> Callable[[Request], Awaitable[None]]:
    """A dependency rejecting query parameters other than ``allowed`` with a 400.

    OGC API Features (/req/core/query-param-unknown) requires a 400 for
    parameters the API does not define, so typos do not silently match all.
    """
    names = set(allowed)

    async def check(request: Request) -> None:
        unknown = sorted(set(request.query_params) - names)
        if unknown:
            valid = ", ".join(sorted(names)) or "none"
            raise BadRequest(
                f"unknown query parameter(s) {', '.join(unknown)}; valid parameters: {valid}"
            )

    return check
