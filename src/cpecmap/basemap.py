"""The offline basemap: Natural Earth countries from the npm package world-atlas.

world-atlas ships TopoJSON; this decodes it (quantised, delta-encoded arcs) into
shapely geometries so Python renderers (the folium export) can embed the region
around Pakistan without any network request.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import shapely
from shapely.geometry import MultiPolygon, Polygon, box, mapping

# Pakistan and its neighbours, with the Arabian Sea (lon/lat).
REGION = (50.0, 15.0, 90.0, 42.0)
ATTRIBUTION = "Basemap: Natural Earth (public domain) via the world-atlas npm package"


def world_atlas_path(web_dir: Path, scale: str = "50m") -> Path:
    """Where ``npm ci`` puts world-atlas' countries file."""
    return web_dir / "node_modules" / "world-atlas" / f"countries-{scale}.json"


def _decode_arcs(topo: dict[str, Any]) -> list[list[tuple[float, float]]]:
    transform = topo.get("transform")
    arcs = []
    for arc in topo["arcs"]:
        if transform:
            (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
            x = y = 0
            points = []
            for dx, dy in arc:
                x += dx
                y += dy
                points.append((x * sx + tx, y * sy + ty))
        else:
            points = [tuple(p) for p in arc]
        arcs.append(points)
    return arcs


def _ring(indices: list[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    coords: list[tuple[float, float]] = []
    for i in indices:
        arc = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        coords.extend(arc if not coords else arc[1:])
    return coords


def countries(
    path: Path, region: tuple[float, float, float, float] = REGION
) -> list[dict[str, Any]]:
    """GeoJSON features (id, name, geometry) of the countries inside ``region``, clipped."""
    topo = json.loads(path.read_text(encoding="utf-8"))
    arcs = _decode_arcs(topo)
    clip = box(*region)
    out = []
    for geom in topo["objects"]["countries"]["geometries"]:
        polys = []
        if geom.get("type") == "Polygon":
            parts = [geom["arcs"]]
        elif geom.get("type") == "MultiPolygon":
            parts = geom["arcs"]
        else:
            continue
        for rings in parts:
            shell, *holes = [_ring(r, arcs) for r in rings]
            if len(shell) >= 4:
                polys.append(Polygon(shell, [h for h in holes if len(h) >= 4]))
        shape = shapely.make_valid(MultiPolygon(polys)) if polys else None
        if shape is None or not shape.intersects(clip):
            continue
        clipped = shape.intersection(clip).simplify(0.01, preserve_topology=True)
        clipped = shapely.set_precision(clipped, 0.001)
        out.append(
            {
                "type": "Feature",
                "id": str(geom.get("id", "")),
                "properties": {"name": (geom.get("properties") or {}).get("name", "")},
                "geometry": mapping(clipped),
            }
        )
    return out
