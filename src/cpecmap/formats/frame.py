"""Turn a loaded layer into a flat GeoDataFrame that GDAL drivers can write.

Lists and objects become JSON strings (flat formats have no nested types);
whole-number columns become nullable integers so years are not written as
``2016.0``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import geopandas as gpd
import pandas as pd

from cpecmap.flatten import plain, properties_frame, typed_column
from cpecmap.store import Layer

#: Property → shapefile field name (dBase allows at most 10 characters).
SHAPEFILE_FIELDS: dict[str, str] = {
    "id": "id",
    "layer": "layer",
    "name": "name",
    "aliases": "aliases",
    "domain": "domain",
    "category": "category",
    "status": "status",
    "phase": "phase",
    "year_agreement": "yr_agree",
    "year_construction": "yr_constr",
    "year_operation": "yr_oper",
    "capacity_mw": "cap_mw",
    "length_km_stated": "len_km_st",
    "length_km_computed": "len_km_cmp",
    "partners_cn": "partner_cn",
    "partners_pk": "partner_pk",
    "cost_usd_m": "cost_usd_m",
    "cost_note": "cost_note",
    "description": "descr",
    "precision": "precision",
    "precision_note": "prec_note",
    "brief_claim": "brief_clm",
    "discrepancy": "discrepncy",
    "route_summary": "route_summ",
    "names": "names",
    "milestones": "milestones",
    "status_history": "status_hst",
    "phase_basis": "phase_bas",
    "links": "links",
    "orbit_longitude_e": "orbit_lon",
    "launch_date": "launch_dt",
    "launch_site": "launch_sit",
    "sources": "sources",
    "licence": "licence",
    "attribution": "attributn",
    "lon": "lon",
    "lat": "lat",
}


def layer_frame(layer: Layer) -> gpd.GeoDataFrame:
    """Return ``layer``'s features as a flat GeoDataFrame in EPSG:4326.

    Parameters
    ----------
    layer
        A loaded layer.

    Returns
    -------
    geopandas.GeoDataFrame
        One row per feature, in id order, one column per property (first-seen
        order); list/dict values JSON-encoded; integer columns as ``Int64``.
    """
    return properties_frame([f["properties"] for f in layer.features], list(layer.geometries))


def concat_frames(frames: Sequence[gpd.GeoDataFrame]) -> gpd.GeoDataFrame:
    """Stack frames of several layers; each column keeps its schema type over all rows."""
    if len(frames) == 1:
        return frames[0]
    columns: dict[str, None] = {}
    for frame in frames:
        columns.update(dict.fromkeys(c for c in frame.columns if c != "geometry"))
    data = {
        key: typed_column(
            key, [plain(v) for f in frames for v in (f[key] if key in f else [None] * len(f))]
        )
        for key in columns
    }
    geometry = [g for f in frames for g in f.geometry]
    return gpd.GeoDataFrame(data, geometry=geometry, crs="EPSG:4326")


def with_licence(frame: gpd.GeoDataFrame, meta: Mapping[str, Any]) -> gpd.GeoDataFrame:
    """Return a copy of ``frame`` with ``licence`` and ``attribution`` columns."""
    out = frame.copy()
    out["licence"] = str(meta.get("licence", ""))
    out["attribution"] = " ".join(str(meta.get("attribution", "")).split())
    return out


def with_lonlat(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Return a copy of ``frame`` with ``lon``/``lat`` columns (null for non-points)."""
    out = frame.copy()
    for axis in ("lon", "lat"):
        values = [
            (g.x if axis == "lon" else g.y) if g is not None and g.geom_type == "Point" else None
            for g in out.geometry
        ]
        out[axis] = pd.Series(values, index=out.index, dtype="Float64")
    return out


def shapefile_names(columns: Iterable[str]) -> dict[str, str]:
    """Map property names to unique dBase field names of at most 10 characters.

    Names in ``SHAPEFILE_FIELDS`` use the documented short form; any other
    name is cut to 10 characters and de-duplicated with a numeric suffix.
    """
    mapping: dict[str, str] = {}
    used: set[str] = set()
    for name in columns:
        short = SHAPEFILE_FIELDS.get(name, name[:10])
        n = 1
        while short.lower() in used:
            suffix = f"_{n}"
            short = SHAPEFILE_FIELDS.get(name, name)[: 10 - len(suffix)] + suffix
            n += 1
        used.add(short.lower())
        mapping[name] = short
    return mapping
