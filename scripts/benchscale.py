"""Synthetic growth for the benchmarks: the real sources repeated N times.

``scaled_root(n, folder)`` writes ``folder/geodata/`` with the catalogue and every
committed source file, each feature repeated ``n`` times: copy 0 is the original;
copy k gets the id ``<id>-xk``, every coordinate shifted by ``k × OFFSET`` degrees
east and north, and its links and ``along`` route references pointed at the same
copy of the other feature, so the copies form ``n`` consistent atlases side by side.
No ``records/`` folder is written, so the build reads these sources directly.
The result is only a load for measurement; it is never published.
"""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path
from typing import Any

OFFSET = 0.002  # degrees per copy: 100 copies spread over about 0.2°, within the region


def _shift(coords: Any, d: float) -> Any:
    if coords and isinstance(coords[0], (int, float)):
        return [round(coords[0] + d, 6), round(coords[1] + d, 6), *coords[2:]]
    return [_shift(c, d) for c in coords]


def _copy_feature(feature: dict[str, Any], k: int) -> dict[str, Any]:
    if k == 0:
        return feature
    f = copy.deepcopy(feature)
    d = k * OFFSET
    props = f["properties"]
    props["id"] = f"{props['id']}-x{k}"
    props["name"] = f"{props['name']} (copy {k})"
    if f.get("geometry"):
        f["geometry"]["coordinates"] = _shift(f["geometry"]["coordinates"], d)
    for link in props.get("links") or []:
        link["id"] = f"{link['id']}-x{k}"
    for step in props.get("route") or []:
        if step.get("along"):
            step["along"] = f"{step['along']}-x{k}"
        for end in ("from", "to", "via"):
            if step.get(end):
                step[end] = _shift(step[end], d)
    return f


def scaled_root(n: int, folder: Path, source_root: Path) -> Path:
    """Write a project root under ``folder`` holding the sources repeated ``n`` times."""
    geodata = folder / "geodata"
    (geodata / "sources").mkdir(parents=True, exist_ok=True)
    shutil.copy2(source_root / "geodata" / "layers.yaml", geodata / "layers.yaml")
    for path in sorted((source_root / "geodata" / "sources").glob("*.geojson")):
        collection = json.loads(path.read_text(encoding="utf-8"))
        collection["features"] = [
            _copy_feature(f, k) for k in range(n) for f in collection["features"]
        ]
        (geodata / "sources" / path.name).write_text(
            json.dumps(collection, ensure_ascii=False), encoding="utf-8"
        )
    return folder


def tree_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
