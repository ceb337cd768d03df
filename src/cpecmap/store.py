"""The built layers, loaded once and held in memory.

``load_store(build_dir)`` is the one reader of a build: the server, the notebook
API (``atlas``), the folium export and the static export all go through it. It
reads ``manifest.json`` and every layer file named in it, checks each file
against the manifest's sha256, and keeps the verified bytes with the parsed
data: features, shapely geometries, an ``STRtree`` for bounding-box queries, an
id index and the columns the filters use. Requests only look things up.

The store holds data, not HTTP bodies: gzip variants, ETags and per-feature JSON
are prepared by the serving side (``cpecmap.api.prepared``).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
import shapely
from shapely.strtree import STRtree

from cpecmap.errors import BuildMissing, NotFound
from cpecmap.timeline import operating_in

#: Property keys that the simple equality filters of the items endpoint accept.
FILTER_KEYS: tuple[str, ...] = ("status", "phase", "domain", "category")

_REBUILD = "run `cpecmap build` to (re)create it"


@dataclass(frozen=True)
class Layer:
    """One built layer: manifest metadata, the verified file and its parsed data.

    Parameters
    ----------
    id
        The layer id.
    meta
        The layer's manifest entry (title, licence, style, sha256, ...).
    raw
        The layer file's bytes, as checked against the manifest's sha256.
    features
        The GeoJSON features, in file (id) order.
    index_of
        Feature id → index into ``features``.
    geometries
        Shapely geometries aligned with ``features``.
    tree
        An ``STRtree`` over ``geometries``.
    props
        Property name → column of values, for the keys the filters use.
    """

    id: str
    meta: Mapping[str, Any]
    raw: bytes
    features: Sequence[Mapping[str, Any]]
    index_of: Mapping[str, int]
    geometries: Any  # numpy array of shapely geometries, aligned with features
    tree: STRtree
    props: Mapping[str, Sequence[Any]] = field(default_factory=dict)

    @property
    def count(self) -> int:
        """Number of features."""
        return len(self.features)

    def feature(self, feature_id: str) -> int:
        """Return the index of ``feature_id``; raise ``NotFound`` when absent."""
        try:
            return self.index_of[feature_id]
        except KeyError:
            raise NotFound(f"layer {self.id!r} has no feature {feature_id!r}") from None

    def query(
        self,
        bboxes: Sequence[tuple[float, float, float, float]] | None = None,
        filters: Mapping[str, str] | None = None,
        years: tuple[int | None, int | None] | None = None,
    ) -> list[int]:
        """Indices of the features matching every condition, in id order.

        Parameters
        ----------
        bboxes
            Boxes ``(minlon, minlat, maxlon, maxlat)``; a feature matches when
            its geometry intersects any of them (two boxes express a box that
            crosses the antimeridian). ``None`` matches everything.
        filters
            Property name → required value, for keys in ``FILTER_KEYS``.
        years
            Inclusive ``(first, last)`` range (either end open when ``None``):
            features operating at some time in it match (the one time rule,
            :func:`cpecmap.timeline.operating_in` on each ``status_history``).

        Returns
        -------
        list of int
            Sorted feature indices.
        """
        if bboxes is None:
            selected: Sequence[int] = range(len(self.features))
        else:
            hits: set[int] = set()
            for box in bboxes:
                hits.update(self.tree.query(shapely.box(*box), predicate="intersects").tolist())
            selected = sorted(hits)
        for key, value in (filters or {}).items():
            column = self.props[key]
            selected = [i for i in selected if column[i] == value]
        if years is not None:
            first, last = years
            history, now = self.props["status_history"], self.props["status"]
            selected = [
                i
                for i in selected
                if operating_in(history[i] or [], first, last, status_now=now[i])
            ]
        return list(selected)


@dataclass(frozen=True)
class Store:
    """Every built layer, in catalogue order, plus the manifest."""

    build_dir: Path
    manifest: Mapping[str, Any]
    layers: Mapping[str, Layer]

    @property
    def data_version(self) -> str:
        """The manifest's ``data_version`` string."""
        return str(self.manifest.get("data_version", "unknown"))

    @property
    def domains(self) -> Mapping[str, Any]:
        """Domain id → ``{"title", "description"}``."""
        return self.manifest.get("domains") or {}

    def layer(self, layer_id: str) -> Layer:
        """Return the layer ``layer_id``; raise ``NotFound`` listing valid ids."""
        try:
            return self.layers[layer_id]
        except KeyError:
            valid = ", ".join(self.layers)
            raise NotFound(f"unknown layer {layer_id!r}; valid layers: {valid}") from None


def load_store(build_dir: Path) -> Store:
    """Load and verify the build in ``build_dir``.

    Parameters
    ----------
    build_dir
        Directory written by ``cpecmap build`` (see docs/build-contract.md).

    Returns
    -------
    Store
        The loaded layers.

    Raises
    ------
    BuildMissing
        When the manifest is absent or malformed, or a layer file is missing,
        unreadable or differs from the sha256 recorded in the manifest (such a
        layer is refused rather than served with unverified content).
    """
    build_dir = Path(build_dir)
    manifest_path = build_dir / "manifest.json"
    if not manifest_path.is_file():
        raise BuildMissing(f"no built data: {manifest_path} does not exist; {_REBUILD}")
    try:
        manifest = json.loads(manifest_path.read_bytes())
        entries = manifest["layers"]
        if not isinstance(entries, list):
            raise TypeError("'layers' is not a list")
    except (ValueError, KeyError, TypeError) as exc:
        raise BuildMissing(
            f"corrupt build: {manifest_path} is not a valid manifest ({exc}); {_REBUILD}"
        ) from None
    layers: dict[str, Layer] = {}
    for entry in entries:
        layer = _load_layer(build_dir, entry)
        layers[layer.id] = layer
    return Store(build_dir=build_dir, manifest=manifest, layers=layers)


def _load_layer(build_dir: Path, entry: Mapping[str, Any]) -> Layer:
    try:
        layer_id = str(entry["id"])
        rel = str(entry["file"])
        expected = str(entry["sha256"])
    except (KeyError, TypeError):
        raise BuildMissing(
            f"corrupt build: a manifest layer entry lacks id/file/sha256; {_REBUILD}"
        ) from None
    path = (build_dir / rel).resolve()
    if not path.is_relative_to(build_dir.resolve()) or not path.is_file():
        raise BuildMissing(f"corrupt build: layer {layer_id!r} file {rel!r} is missing; {_REBUILD}")
    raw = path.read_bytes()
    actual = hashlib.sha256(raw).hexdigest()
    if actual != expected:
        raise BuildMissing(
            f"corrupt build: layer {layer_id!r} file {rel} has sha256 {actual[:12]}…, "
            f"the manifest says {expected[:12]}…; refusing it; {_REBUILD}"
        )
    try:
        collection = orjson.loads(raw)
        features = collection["features"]
        geometries = shapely.from_geojson(
            [orjson.dumps(f["geometry"]) if f["geometry"] else None for f in features]
        )
    except (ValueError, KeyError, TypeError, shapely.errors.GEOSException) as exc:
        raise BuildMissing(
            f"corrupt build: layer {layer_id!r} file {rel} is not valid GeoJSON ({exc}); {_REBUILD}"
        ) from None
    ids = [str(f.get("id", f["properties"].get("id"))) for f in features]
    props = {
        key: [f["properties"].get(key) for f in features]
        for key in (*FILTER_KEYS, "status_history")
    }
    return Layer(
        id=layer_id,
        meta=entry,
        raw=raw,
        features=features,
        index_of={fid: i for i, fid in enumerate(ids)},
        geometries=geometries,
        tree=STRtree(geometries),
        props=props,
    )
