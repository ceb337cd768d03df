"""Write: per-layer RFC 7946 GeoJSON, one GeoPackage, and manifest.json — atomically."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import shapely
from shapely.geometry import mapping
from shapely.geometry.base import BaseGeometry

from cpecmap.catalog import Catalog, Layer
from cpecmap.flatten import properties_frame
from cpecmap.pipeline.derive import layer_totals
from cpecmap.pipeline.validate import Feature
from cpecmap.schema import PROPERTY_KEYS, SCHEMA

DECIMALS = 6
GPKG_NAME = "cpecmap.gpkg"
# GDAL stamps GeoPackages with the current time unless told otherwise.
_FIXED_GDAL_DATE = "2000-01-01T00:00:00Z"


def round_geometry(geom: BaseGeometry) -> BaseGeometry:
    """2-D, coordinates rounded to 6 decimals (~0.1 m), polygons right-hand wound."""
    geom = shapely.force_2d(geom)
    geom = shapely.transform(geom, lambda c: np.round(c, DECIMALS))
    if geom.geom_type in ("Polygon", "MultiPolygon"):
        geom = shapely.orient_polygons(geom, exterior_cw=False)
    return geom


def output_properties(feat: Feature) -> dict[str, Any]:
    """Properties in a fixed order: id, layer, the schema keys, then derived values."""
    props = {**feat.properties, "id": feat.id, "layer": feat.layer.id}
    fields = {**SCHEMA.fields, **{k: SCHEMA.extra_fields[k] for k in feat.layer.fields}}
    keys = [*PROPERTY_KEYS, *feat.layer.fields]
    return {k: props.get(k, [] if fields[k].type == "strings" else None) for k in keys}


def _json_default(value: Any) -> Any:
    if isinstance(value, tuple):
        return list(value)
    raise TypeError(f"cannot serialise {type(value).__name__}")


def layer_geojson(layer: Layer, features: list[Feature]) -> bytes:
    """The layer as RFC 7946 GeoJSON bytes, features sorted by id.

    An unplaced feature (no position on Earth) has ``"geometry": null`` (RFC 7946 §3.2).
    """
    doc = {
        "type": "FeatureCollection",
        "name": layer.id,
        "features": [
            {
                "type": "Feature",
                "id": f.id,
                "geometry": None if f.geometry is None else mapping(round_geometry(f.geometry)),
                "properties": output_properties(f),
            }
            for f in sorted(features, key=lambda f: f.id)
        ],
    }
    text = json.dumps(doc, ensure_ascii=False, separators=(",", ":"), default=_json_default)
    return (text + "\n").encode("utf-8")


def flat_frame(layer: Layer, features: list[Feature]) -> gpd.GeoDataFrame | pd.DataFrame:
    """The layer as a flat GeoDataFrame, flattened exactly as the downloads are."""
    ordered = sorted(features, key=lambda f: f.id)
    geometries = (
        [None if f.geometry is None else round_geometry(f.geometry) for f in ordered]
        if layer.geometry_types
        else None
    )
    return properties_frame([output_properties(f) for f in ordered], geometries)


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _bbox(features: list[Feature]) -> list[float] | None:
    geoms = [round_geometry(f.geometry) for f in features if f.geometry is not None]
    if not geoms:
        return None
    return [round(float(v), DECIMALS) for v in shapely.total_bounds(geoms)]


def write_build(
    catalog: Catalog,
    layers: dict[str, list[Feature]],
    build_dir: Path,
    meta: dict[str, Any],
) -> dict[str, Any]:
    """Write everything into a temporary folder, then swap it in place of ``build_dir``.

    A failure at any point before the swap leaves the previous build untouched.
    """
    build_dir.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale(build_dir.parent)
    tmp = Path(tempfile.mkdtemp(prefix=".build-", dir=build_dir.parent))
    os.chmod(tmp, 0o755)  # mkdtemp makes it private; the build is meant to be served
    try:
        manifest = _write_files(catalog, layers, tmp, meta)
        _swap(tmp, build_dir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return manifest


def _write_files(
    catalog: Catalog, layers: dict[str, list[Feature]], out: Path, meta: dict[str, Any]
) -> dict[str, Any]:
    (out / "layers").mkdir()
    entries = []
    gpkg = out / GPKG_NAME
    pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": _FIXED_GDAL_DATE})
    for layer in catalog.layers:
        feats = layers.get(layer.id, [])
        path = out / "layers" / f"{layer.id}.geojson"
        data = layer_geojson(layer, feats)
        path.write_bytes(data)
        if feats:
            pyogrio.write_dataframe(
                flat_frame(layer, feats),
                gpkg,
                layer=layer.id,
                driver="GPKG",
                append=gpkg.exists(),
                # GeoPackage 1.2 opens without warnings in older GDAL (e.g. Debian's 3.6).
                dataset_options=None if gpkg.exists() else {"VERSION": "1.2"},
                layer_options={
                    "DESCRIPTION": f"{layer.title}. Licence {layer.licence}. {layer.attribution}"
                },
            )
        entries.append(
            {
                **layer.as_dict(),
                "count": len(feats),
                "bbox": _bbox(feats),
                "totals": layer_totals(feats),
                "file": f"layers/{layer.id}.geojson",
                "sha256": hashlib.sha256(data).hexdigest(),
                "bytes": len(data),
            }
        )
    manifest = {
        **meta,
        "domains": catalog.domains,
        "precision_styles": catalog.precision_styles,
        "labels": catalog.labels,
        "layers": entries,
        "gpkg": {"file": GPKG_NAME, "sha256": sha256_file(gpkg)},
    }
    text = json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=False)
    (out / "manifest.json").write_text(text + "\n", encoding="utf-8")
    return manifest


STALE_AFTER_S = 3600


def _remove_stale(folder: Path) -> None:
    """Remove temporary folders left by builds that were killed (older than an hour)."""
    now = time.time()
    for path in folder.glob(".build-*"):
        try:
            if path.is_dir() and now - path.stat().st_mtime > STALE_AFTER_S:
                shutil.rmtree(path, ignore_errors=True)
        except OSError:
            pass  # another build may be removing it


def _swap(new: Path, target: Path) -> None:
    # Two renames: the old build is moved aside, the new one takes its place.
    old = None
    if target.exists():
        old = Path(tempfile.mkdtemp(prefix=".build-old-", dir=target.parent))
        os.rmdir(old)
        os.replace(target, old)
    os.replace(new, target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
