"""Refresh scripts/curate/inputs/hot_ml1_ways.geojson: the OSM railway ways ML-1 runs on.

Input: a GeoJSON file of OpenStreetMap railway ways with the properties of the HOT export
(osm_id, name, name:en, railway; name:ur is optional) — the whole HOT export
``hotosm_pak_railways_lines_geojson.geojson`` (copy in xuanx1/greaterAsianTrains@4790ddac,
uploads/) or any subset of it that contains the main line. The ML-1 stations come from the
reference extract (ml1_stations_pak.geojson). The script routes the line station to station
(_railroute.route) and writes the ways the route uses, unchanged, so rail.py can rebuild the
same line from the committed file without the 3.4 MB export.

Run from the repository root:
    python3 scripts/curate/ml1_ways.py [REFERENCE_DIR] WAYS.geojson
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    # the last argument; _common reads the optional REFERENCE_DIR before it
    WAYS = Path(sys.argv.pop())

from _common import ROOT, ref_features  # noqa: E402
from _railroute import load_ways, route  # noqa: E402

INPUT = ROOT / "scripts" / "curate" / "inputs" / "hot_ml1_ways.geojson"
HOT_URL = ("https://github.com/xuanx1/greaterAsianTrains/blob/"
           "4790ddac521920460cd7eafae98e0fe696d41d9e/uploads/hotosm_pak_railways_lines_geojson.geojson")


def ml1_stations() -> list[tuple[str, tuple[float, float]]]:
    st = sorted(ref_features("ml1_stations_pak.geojson"),
                key=lambda f: int(f["properties"]["seq"]))
    return [(f["properties"]["station"], tuple(f["geometry"]["coordinates"])) for f in st]


def main(ways_path: Path) -> None:
    ways = load_ways(ways_path)
    r = route(ways, ml1_stations())
    used = set(r.osm_ids)
    src = json.loads(ways_path.read_text())["features"]
    keep = sorted((f for f in src if f["properties"]["osm_id"] in used),
                  key=lambda f: f["properties"]["osm_id"])
    props = ("osm_id", "name", "name:en", "railway")
    fc = {
        "type": "FeatureCollection",
        "name": "hot_ml1_ways",
        "source": HOT_URL,
        "license": "ODbL-1.0",
        "attribution": ("© OpenStreetMap contributors; export by the Humanitarian OpenStreetMap "
                        "Team (HOT)"),
        "note": ("OSM railway ways on the ML-1 route: osm_id, name, name:en, railway and "
                 "geometry as in the HOT export; made by scripts/curate/ml1_ways.py"),
        "features": [{"type": "Feature",
                      "properties": {k: f["properties"].get(k) for k in props},
                      "geometry": f["geometry"]} for f in keep],
    }
    text = json.dumps(fc, ensure_ascii=False, separators=(",", ":"))
    text = text.replace('{"type":"Feature",', '\n{"type":"Feature",')
    INPUT.parent.mkdir(parents=True, exist_ok=True)
    INPUT.write_text(text + "\n", encoding="utf-8")
    km = sum(leg[2] for leg in r.legs)
    gap_km = sum(m for _, _, m in r.bridges if m > 200) / 1000
    print(f"wrote {INPUT.relative_to(ROOT)}: {len(keep)} ways; "
          f"route {km:.1f} km, {gap_km:.1f} km straight across gaps")


if __name__ == "__main__":
    main(WAYS)
