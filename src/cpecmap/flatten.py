"""The one flattening of feature properties for every GIS file cpecmap writes.

Flat formats have no nested types, so lists and objects become JSON text. Each
column's type comes from the schema (src/cpecmap/schema.yaml), so a field has the
same type in every layer and every download: ``integer`` → Int64, ``number`` →
Float64 (``capacity_mw`` is a real everywhere), text-like fields → strings,
structured fields → JSON text. Columns the schema does not know (e.g. ``licence``)
are typed by their values. Used by the build (its GeoPackage) and the downloads.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

import geopandas as gpd
import pandas as pd

from cpecmap.schema import SCHEMA

_TEXT = {"slug", "name", "text", "date"}
_FIELDS = {**SCHEMA.fields, **SCHEMA.extra_fields}


def column_kind(name: str) -> str | None:
    """``integer``, ``number``, ``text`` or ``json`` for a schema field; None if unknown."""
    field = _FIELDS.get(name)
    if field is None:
        return None
    if field.type in ("integer", "number"):
        return field.type
    if field.type in _TEXT or field.type.startswith("enum:"):
        return "text"
    return "json"


def properties_frame(
    properties: Sequence[Mapping[str, Any]], geometries: Sequence[Any] | None
) -> gpd.GeoDataFrame | pd.DataFrame:
    """One column per property (first-seen order), typed by the schema.

    With ``geometries`` None (a layer of records without geometry) the result is a
    plain DataFrame, which GDAL writes as an attribute table.
    """
    columns: dict[str, None] = {}
    for props in properties:
        columns.update(dict.fromkeys(props))
    data = {key: typed_column(key, [p.get(key) for p in properties]) for key in columns}
    if geometries is None:
        return pd.DataFrame(data)
    return gpd.GeoDataFrame(data, geometry=list(geometries), crs="EPSG:4326")


def plain(value: Any) -> Any:
    """A pandas/numpy scalar as a plain Python value (missing values as None)."""
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return None
    return value.item() if hasattr(value, "item") else value


def typed_column(name: str, values: list[Any]) -> pd.Series:
    """A column of values with the type the schema gives ``name``."""
    kind = column_kind(name)
    if kind == "integer":
        return pd.Series(values, dtype="Int64")
    if kind == "number":
        return pd.Series([None if v is None else float(v) for v in values], dtype="Float64")
    if kind == "json":
        return pd.Series([None if v is None else _json(v) for v in values], dtype=object)
    if kind == "text":
        return pd.Series([None if v is None else str(v) for v in values], dtype=object)
    return _inferred(values)


def _json(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _inferred(values: list[Any]) -> pd.Series:
    present = [v for v in values if v is not None]
    if any(isinstance(v, list | dict) for v in present):
        return pd.Series([None if v is None else _json(v) for v in values], dtype=object)
    if present and all(isinstance(v, bool) for v in present):
        return pd.Series(values, dtype="boolean")
    if present and all(isinstance(v, int) and not isinstance(v, bool) for v in present):
        return pd.Series(values, dtype="Int64")
    if present and all(isinstance(v, int | float) and not isinstance(v, bool) for v in present):
        return pd.Series([None if v is None else float(v) for v in values], dtype="Float64")
    return pd.Series([None if v is None else str(v) for v in values], dtype=object)
