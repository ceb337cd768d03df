"""Validate: schema, geometry validity and type, region, unique ids.

A feature with ``precision: unplaced`` has no position on Earth and must have a
``null`` geometry; every other feature of a drawn layer needs a geometry (or a route).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import shapely
from shapely.geometry import shape
from shapely.geometry.base import BaseGeometry

from cpecmap.catalog import Layer
from cpecmap.errors import SourceError
from cpecmap.pipeline.read import RawLayer
from cpecmap.schema import UNPLACED, check_properties


@dataclass
class Feature:
    """A feature that passed validation; geometry may still be pending (a route)."""

    layer: Layer
    file: str
    id: str
    properties: dict[str, Any]
    geometry: BaseGeometry | None
    route: list[dict[str, Any]] | None


def _coords(value: Any) -> list[tuple[float, ...]]:
    """Flatten nested coordinate arrays; raises ValueError if a position is not numeric."""
    if (
        isinstance(value, list)
        and value
        and all(isinstance(v, int | float) and not isinstance(v, bool) for v in value)
    ):
        return [tuple(float(v) for v in value)]
    if isinstance(value, list):
        out: list[tuple[float, ...]] = []
        for item in value:
            out.extend(_coords(item))
        return out
    raise ValueError("coordinates must be nested arrays of numbers")


def check_position(lon: float, lat: float, region: tuple[float, float, float, float]) -> str | None:
    """Why a position is unacceptable for a layer's region, or None if it is fine."""
    if not (math.isfinite(lon) and math.isfinite(lat)):
        return "coordinates must be finite numbers"
    minx, miny, maxx, maxy = region
    if minx <= lon <= maxx and miny <= lat <= maxy:
        return None
    if minx <= lat <= maxx and miny <= lon <= maxy:
        return f"({lon}, {lat}) looks like swapped coordinates: GeoJSON order is [lon, lat]"
    return f"({lon}, {lat}) is outside the layer's region {list(region)}"


def _check_rings(coords: Any, gtype: str) -> str | None:
    polygons = coords if gtype == "MultiPolygon" else [coords]
    for polygon in polygons:
        for ring in polygon:
            if len(ring) < 4:
                return "a polygon ring needs at least 4 positions"
            if list(ring[0]) != list(ring[-1]):
                return "polygon ring is not closed: its last position must equal its first"
    return None


def check_geometry(raw: Any, layer: Layer) -> tuple[BaseGeometry | None, str | None]:
    """Parse and check one GeoJSON geometry for a layer; returns (geometry, problem)."""
    if not isinstance(raw, dict) or "type" not in raw:
        return None, "must be a GeoJSON geometry object"
    if not layer.geometry_types:
        return None, f"layer {layer.id} holds records without geometry: give none"
    gtype = raw.get("type")
    if gtype not in layer.geometry_types:
        return (
            None,
            f"{gtype} not allowed in layer {layer.id} (allowed: {', '.join(layer.geometry_types)})",
        )
    try:
        positions = _coords(raw.get("coordinates"))
    except (ValueError, RecursionError) as exc:
        return None, str(exc)
    if not positions:
        return None, "geometry is empty"
    for pos in positions:
        if len(pos) not in (2, 3):
            return None, "each position needs 2 (or 3) numbers"
        if problem := check_position(pos[0], pos[1], layer.region):
            return None, problem
    if gtype in ("Polygon", "MultiPolygon") and (
        problem := _check_rings(raw["coordinates"], gtype)
    ):
        return None, problem
    try:
        geom = shape(raw)
    except (ValueError, TypeError, AttributeError, shapely.errors.ShapelyError) as exc:
        return None, f"not a valid geometry: {exc}"
    if geom.is_empty:
        return None, "geometry is empty"
    if not geom.is_valid:
        return None, f"invalid geometry: {shapely.is_valid_reason(geom)}"
    if geom.geom_type in ("LineString", "MultiLineString") and geom.length == 0:
        return None, "line has zero length"
    return geom, None


def _check_route(route: Any, layer: Layer) -> str | None:
    if layer.geometry != "Line":
        return "a route is only allowed in a Line layer"
    if not isinstance(route, list) or not route:
        return "must be a non-empty list of steps"
    for i, step in enumerate(route):
        if not isinstance(step, dict) or ("along" in step) == ("waypoints" in step):
            return f"step {i} needs exactly one of 'along' or 'waypoints'"
        points = step.get("waypoints", [])
        for key in ("from", "to"):
            if key in step:
                points = [*points, step[key]] if isinstance(points, list) else points
        if not isinstance(points, list):
            return f"step {i}: waypoints must be a list of [lon, lat]"
        for pos in points:
            if not (isinstance(pos, list) and len(pos) == 2):
                return f"step {i}: each point must be [lon, lat]"
            if problem := check_position(float(pos[0]), float(pos[1]), layer.region):
                return f"step {i}: {problem}"
    return None


def validate_layer(
    raw: RawLayer, seen_ids: dict[str, str]
) -> tuple[list[Feature], list[SourceError]]:
    """Check every feature of one layer; ``seen_ids`` maps ids to files across layers."""
    layer = raw.layer
    features: list[Feature] = []
    errors: list[SourceError] = []
    for index, item in enumerate(raw.features):
        name = raw.file_of(index)
        if not isinstance(item, dict) or item.get("type") != "Feature":
            errors.append(
                SourceError(name, f"#{index}", "type", "each item must be a GeoJSON Feature")
            )
            continue
        props = item.get("properties")
        if not isinstance(props, dict):
            errors.append(SourceError(name, f"#{index}", "properties", "must be an object"))
            continue
        raw_id = props.get("id")
        fid: str = raw_id if isinstance(raw_id, str) else f"#{index}"
        problems = list(
            check_properties(props, categories=tuple(layer.categories), extras=layer.fields)
        )
        if fid in seen_ids:
            problems.append(("id", f"duplicate id (also in {seen_ids[fid]})"))
        else:
            seen_ids[fid] = name
        geom, route = None, props.get("route")
        unplaced = props.get("precision") == UNPLACED
        if unplaced and (route is not None or item.get("geometry") is not None):
            problems.append(
                (
                    "geometry",
                    f"precision {UNPLACED} means no position on Earth: give no geometry or "
                    "route, or the precision of the position given",
                )
            )
        elif unplaced:
            pass  # listed, searched and dated, never drawn
        elif route is not None:
            if item.get("geometry") is not None:
                problems.append(("geometry", "give either a geometry or a route, not both"))
            elif problem := _check_route(route, layer):
                problems.append(("route", problem))
        elif not layer.geometry_types:
            if item.get("geometry") is not None:
                problems.append(("geometry", f"layer {layer.id} holds records without geometry"))
        elif item.get("geometry") is None:
            problems.append(
                (
                    "geometry",
                    f"missing: give a geometry, or precision: {UNPLACED} for a record with "
                    "no position on Earth",
                )
            )
        else:
            geom, problem = check_geometry(item.get("geometry"), layer)
            if problem:
                problems.append(("geometry", problem))
        errors.extend(SourceError(name, fid, field, msg) for field, msg in problems)
        if not problems:
            clean = {k: v for k, v in props.items() if k != "route"}  # waiver kept for derive
            clean["domain"] = layer.domain
            features.append(Feature(layer, name, fid, clean, geom, route))
    return features, errors
