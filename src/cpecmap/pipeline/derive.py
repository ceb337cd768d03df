"""Derive: route geometries from the corridors they follow, geodesic lengths, totals."""

from __future__ import annotations

from collections import Counter
from typing import Any

import shapely
from pyproj import Geod
from shapely.geometry import LineString, MultiLineString, Point
from shapely.geometry.base import BaseGeometry
from shapely.ops import substring

from cpecmap.errors import SourceError
from cpecmap.pipeline.validate import Feature

GEOD = Geod(ellps="WGS84")
LENGTH_TOLERANCE = 0.05  # a computed length within 5% of the published one


def geodesic_km(geom: BaseGeometry) -> float:
    """Geodesic length on the WGS 84 ellipsoid, in km."""
    return float(GEOD.geometry_length(geom)) / 1000.0


def _as_single_line(geom: BaseGeometry) -> LineString:
    # A corridor drawn in pieces is joined in drawing order; gaps become straight links.
    merged = shapely.line_merge(geom) if isinstance(geom, MultiLineString) else geom
    if isinstance(merged, LineString):
        return merged
    coords: list[tuple[float, ...]] = []
    for part in merged.geoms:
        coords.extend(part.coords)
    return LineString(coords)


def _step_coords(step: dict[str, Any], by_id: dict[str, Feature]) -> tuple[list, str]:
    if "waypoints" in step:
        names = step.get("names") or []
        label = "waypoints " + (", ".join(names) if names else f"({len(step['waypoints'])} points)")
        return [tuple(p) for p in step["waypoints"]], label
    target = by_id.get(step["along"])
    if target is None:
        raise KeyError(step["along"])
    if target.geometry is None:
        raise LookupError(step["along"])
    line = _as_single_line(target.geometry)
    start = line.project(Point(step["from"])) if "from" in step else 0.0
    end = line.project(Point(step["to"])) if "to" in step else line.length
    part = substring(line, start, end)
    coords = list(part.coords) if isinstance(part, LineString) else [part.coords[0]]
    return coords, f"along {target.properties['name']} ({target.id})"


def resolve_routes(features: list[Feature]) -> list[SourceError]:
    """Give every routed feature its geometry, in dependency order."""
    by_id = {f.id: f for f in features}
    pending = [f for f in features if f.route is not None]
    errors: list[SourceError] = []
    while pending:
        progressed = False
        for feat in list(pending):
            coords: list[tuple[float, ...]] = []
            labels: list[str] = []
            try:
                for step in feat.route or []:
                    part, label = _step_coords(step, by_id)
                    coords.extend(p for p in part if not coords or p != coords[-1])
                    labels.append(label)
            except LookupError as exc:
                if isinstance(exc, KeyError):
                    errors.append(
                        SourceError(
                            feat.file,
                            feat.id,
                            "route",
                            f"unknown feature {exc.args[0]!r} in 'along'",
                        )
                    )
                    pending.remove(feat)
                continue  # the corridor it follows is not resolved yet
            pending.remove(feat)
            progressed = True
            if len(coords) < 2:
                errors.append(
                    SourceError(feat.file, feat.id, "route", "route yields fewer than 2 points")
                )
                continue
            feat.geometry = LineString(coords)
            feat.properties["route_summary"] = "; ".join(labels)
        if not progressed:
            for feat in pending:
                errors.append(
                    SourceError(feat.file, feat.id, "route", "circular 'along' references")
                )
            break
    return errors


def add_lengths(features: list[Feature]) -> tuple[list[SourceError], list[str]]:
    """Compute ``length_km_computed`` and check it against the stated length.

    Returns the errors and the warnings: a documented ``length_waiver`` turns a
    mismatch into a warning (and the feature says so in ``length_check``); a waiver
    on a feature whose lengths agree is an error, so waivers cannot go stale.
    """
    errors: list[SourceError] = []
    warnings: list[str] = []
    for feat in features:
        props = feat.properties
        props.setdefault("route_summary", None)
        props["length_check"] = None
        waiver = props.pop("length_waiver", None)
        if feat.geometry is None or feat.layer.geometry != "Line":
            props["length_km_computed"] = None
            continue
        km = round(geodesic_km(feat.geometry), 1)
        props["length_km_computed"] = km
        stated = props.get("length_km_stated")
        if not stated:
            continue
        off = (km - stated) / stated
        where = f"{feat.file}: feature {feat.id}: field length_km_stated"
        if abs(off) <= LENGTH_TOLERANCE:
            props["length_check"] = "ok"
            if waiver:
                errors.append(
                    SourceError(
                        feat.file,
                        feat.id,
                        "length_waiver",
                        f"lengths agree ({off:+.1%}); remove the waiver",
                    )
                )
        elif waiver:
            props["length_check"] = f"waived ({off:+.1%}): {waiver}"
            warnings.append(
                f"{where}: computed {km} km vs stated {stated} km ({off:+.1%}), waived: {waiver}"
            )
        else:
            errors.append(
                SourceError(
                    feat.file,
                    feat.id,
                    "length_km_stated",
                    f"computed length {km} km differs from the stated {stated} km by {off:+.1%} "
                    f"(more than {LENGTH_TOLERANCE:.0%}): fix the geometry or the source, or "
                    "explain the difference in length_waiver",
                )
            )
    return errors, warnings


def layer_totals(features: list[Feature]) -> dict[str, Any]:
    """Per-layer totals for the manifest: km of line, MW of capacity, count by category."""
    lengths = [f.properties.get("length_km_computed") for f in features]
    capacities = [f.properties.get("capacity_mw") for f in features]
    return {
        "length_km": round(sum(v for v in lengths if v), 1) if any(lengths) else None,
        "capacity_mw": round(sum(v for v in capacities if v), 1) if any(capacities) else None,
        "by_category": dict(sorted(Counter(f.properties["category"] for f in features).items())),
    }
