"""What the API serves, prepared once from the store when the app is created.

The store (``cpecmap.store``) holds the build's data; this module turns it into
response bodies: each layer file with its gzip variant and ETag digest, one
serialised JSON document per feature for items pages, and the catalogue. Nothing
here is computed per request.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import orjson

from cpecmap.blob import Blob
from cpecmap.catalog_document import build_catalog
from cpecmap.store import Layer, Store

from .responses import GEOJSON


@dataclass(frozen=True)
class PreparedLayer:
    """One layer's response bodies.

    Parameters
    ----------
    layer
        The store's layer (metadata, features, index, queries).
    geojson
        The layer file, byte for byte, for ``/api/layers/{id}.geojson``.
    feature_json
        One serialised GeoJSON Feature per feature, aligned with ``layer.features``.
    """

    layer: Layer
    geojson: Blob
    feature_json: Sequence[bytes]


@dataclass(frozen=True)
class Prepared:
    """Every layer's bodies, in store order, and the catalogue."""

    store: Store
    layers: Mapping[str, PreparedLayer]
    catalog: Blob

    def layer(self, layer_id: str) -> PreparedLayer:
        """The prepared layer ``layer_id``; the store's ``NotFound`` when unknown."""
        return self.layers[self.store.layer(layer_id).id]


def prepare_layer(layer: Layer) -> PreparedLayer:
    """Serialise ``layer`` for serving (gzip once, one JSON document per feature)."""
    return PreparedLayer(
        layer=layer,
        geojson=Blob.of(layer.raw, GEOJSON),
        feature_json=[orjson.dumps(f) for f in layer.features],
    )


def prepare(store: Store) -> Prepared:
    """Prepare every response body that does not depend on the request."""
    return Prepared(
        store=store,
        layers={layer_id: prepare_layer(layer) for layer_id, layer in store.layers.items()},
        catalog=Blob.of(orjson.dumps(build_catalog(store)), "application/json"),
    )
