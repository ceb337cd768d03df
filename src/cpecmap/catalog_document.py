"""The catalogue document: every layer with its metadata, styles and links.

Served by the API at ``/api/layers`` and ``/api/catalog.json`` and written by the
static export as ``api/catalog.json``; the web map reads it. Built from the
store, so it describes exactly the verified build.
"""

from __future__ import annotations

from typing import Any

from cpecmap.formats import ALL, download_links
from cpecmap.store import Store

_CATALOG_KEYS = (
    "domain",
    "title",
    "description",
    "geometry",
    "count",
    "bbox",
    "licence",
    "attribution",
)


def build_catalog(store: Store, prefix: str = "/") -> dict[str, Any]:
    """The catalogue body: layers with metadata and links.

    Parameters
    ----------
    store
        The loaded build.
    prefix
        Put before every link: ``"/"`` (the server) gives root-relative links that any
        client resolves by the usual URL rules; ``""`` (the static export) gives links
        relative to the site root, so the exported site works under any URL prefix.

    Returns
    -------
    dict
        ``data_version``, ``generator``, ``domains``, ``layers`` and
        ``downloads`` (all layers together).
    """

    def links(scope: str) -> dict[str, str]:
        return {key: prefix + path for key, path in download_links(scope).items()}

    layers = []
    for layer in store.layers.values():
        meta = layer.meta
        entry: dict[str, Any] = {"id": layer.id}
        entry.update({key: meta.get(key) for key in _CATALOG_KEYS})
        entry["count"] = layer.count
        for key in ("style", "categories", "totals"):
            entry[key] = meta.get(key) or {}
        entry["links"] = {
            "data": f"{prefix}api/layers/{layer.id}.geojson",
            "collection": f"{prefix}collections/{layer.id}",
            "items": f"{prefix}collections/{layer.id}/items",
            "downloads": links(layer.id),
        }
        layers.append(entry)
    return {
        "data_version": store.data_version,
        "generator": store.manifest.get("generator"),
        "domains": dict(store.domains),
        "precision_styles": store.manifest.get("precision_styles") or {},
        "labels": store.manifest.get("labels") or {},
        "layers": layers,
        "downloads": links(ALL),
    }
