"""Refresh scripts/curate/inputs/hot_ml1_ways.geojson: the OSM railway ways ML-1 runs on.

Input: a GeoJSON file of OpenStreetMap railway ways with the properties of the HOT export
(osm_id, name, name:en, railway; name:ur is optional) — the whole HOT railway-lines export
(where it comes from: the ``source`` of the committed file, and the bibliography) or any
subset of it that contains the main line. The ML-1 stations come from the reference extract
(ml1_stations_pak.geojson). The script routes the line station to station (_railroute.route)
and keeps the ways the route uses, shrinking that set until routing on it alone gives the
same line, so geometry.py rebuilds the same line from the committed file without the 3.4 MB
export. The file's header (source, licence, attribution, note) is kept from the committed
file. For every straight gap it also says whether the input connects the two
ends by track at all (outside the leg's search area) and how long that track is.

Run from the repository root:
    python3 scripts/curate/ml1_ways.py [REFERENCE_DIR] WAYS.geojson
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from _common import ROOT, XY, ml1_stations, reference_dir
from _railroute import Route, _dijkstra, _graph, dist_m, load_ways, route

INPUT = ROOT / "scripts" / "curate" / "inputs" / "hot_ml1_ways.geojson"
PROPS = ("osm_id", "name", "name:en", "name:ur", "railway")
HEADER = ("name", "source", "license", "attribution", "note")  # kept from the committed file


def stable_subset(ways: list[dict], stations: list[tuple[str, XY]]) -> tuple[list[dict], Route]:
    """The ways of the route, shrunk until routing on them alone gives the same line."""
    r = route(ways, stations)
    for _ in range(10):
        used = set(r.osm_ids)
        subset = [w for w in ways if w["osm_id"] in used]
        again = route(subset, stations)
        if again.coords == r.coords and set(again.osm_ids) == used:
            return subset, again
        ways, r = subset, again
    raise RuntimeError("the route does not settle on a stable set of ways")


def main(ways_path: Path, ref: Path) -> None:
    stations = ml1_stations(ref)
    ways = load_ways(ways_path)
    subset, r = stable_subset(ways, stations)
    keep_ids = {w["osm_id"] for w in subset}
    src = json.loads(ways_path.read_text())["features"]
    keep = sorted((f for f in src if f["properties"]["osm_id"] in keep_ids),
                  key=lambda f: f["properties"]["osm_id"])
    committed = json.loads(INPUT.read_text(encoding="utf-8"))
    fc = {
        "type": "FeatureCollection",
        **{k: committed[k] for k in HEADER if k in committed},
        "features": [{"type": "Feature",
                      "properties": {k: f["properties"].get(k) for k in PROPS},
                      "geometry": f["geometry"]} for f in keep],
    }
    text = json.dumps(fc, ensure_ascii=False, separators=(",", ":"))
    text = text.replace('{"type":"Feature",', '\n{"type":"Feature",')
    INPUT.parent.mkdir(parents=True, exist_ok=True)
    INPUT.write_text(text + "\n", encoding="utf-8")
    km = sum(leg[2] for leg in r.legs)
    gap_km = sum(m for *_, m in r.gaps) / 1000
    print(f"wrote {INPUT.relative_to(ROOT)}: {len(keep)} ways; "
          f"route {km:.1f} km, {len(r.gaps)} gaps ({gap_km:.1f} km straight), "
          f"{len(r.bridges)} bridges")
    adj, _, _ = _graph(ways)
    for u, v, m in r.gaps:
        if u in adj and v in adj:
            path = _dijkstra(adj, u, v)
            track = (sum(dist_m(a, b) for a, b in zip(path, path[1:], strict=False)) / 1000
                     if path else None)
        else:
            track = None  # a station off the track
        where = "no track between the ends" if track is None else f"track of {track:.1f} km"
        print(f"  gap {m / 1000:5.1f} km at {u} – {v}: input has {where}")


if __name__ == "__main__":
    if not 2 <= len(sys.argv) <= 3:
        sys.exit(__doc__)
    main(Path(sys.argv[-1]), reference_dir(sys.argv[1] if len(sys.argv) == 3 else None))
