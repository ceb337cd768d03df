"""Route a railway line through an ordered list of stations over OSM railway ways.

Used by ml1_ways.py (on the whole HOT railway-lines export) and by rail.py (on the
committed subset of ways the route uses, scripts/curate/inputs/hot_ml1_ways.geojson),
so both give the same line.

The graph has every vertex of every way as a node (OSM ways that meet share a node, so
their coordinates are identical). Where a way ends within ``BRIDGE_M`` of another way
without sharing a node (a connector missing from the export), a straight bridge edge is
added; bridges cost ``BRIDGE_COST`` times their length so real track is preferred, and
every bridge the route uses is reported. Ways not named as the main line cost
``OTHER_COST`` times their length, so the route keeps to ML-1 where parallel sidings or
branches exist. Between two consecutive stations the cheapest path is taken; a pair
with no path raises an error naming both stations.
"""
from __future__ import annotations

import heapq
import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from pyproj import Geod
from shapely import STRtree
from shapely.geometry import Point

GEOD = Geod(ellps="WGS84")
BRIDGE_M = 200.0
BRIDGE_COST = 1.5
GAP_M = 25_000.0
GAP_COST = 3.0
OTHER_COST = 1.1
ON_TRACK_M = 1000.0
ELLIPSE = 1.5
ELLIPSE_PAD_M = 5_000.0
ML1_NAMES = ("Karachi - Lahore - Peshawar Main Railway Line", "ML - 1")

Node = tuple[float, float]


def dist_m(a: Node, b: Node) -> float:
    return GEOD.inv(a[0], a[1], b[0], b[1])[2]


def is_main_line(props: dict) -> bool:
    names = (props.get("name:en") or "", props.get("name") or "", props.get("name:ur") or "")
    return any(n in ML1_NAMES for n in names) or any("پشاور مین" in n for n in names)


def load_ways(path: Path) -> list[dict]:
    """Line features of a GeoJSON file as {osm_id, props, coords}; MultiLineStrings split."""
    out = []
    for f in json.loads(Path(path).read_text())["features"]:
        g = f["geometry"]
        parts = [g["coordinates"]] if g["type"] == "LineString" else g["coordinates"]
        for coords in parts:
            out.append({"osm_id": f["properties"]["osm_id"], "props": f["properties"],
                        "coords": [(float(x), float(y)) for x, y, *_ in coords]})
    return out


@dataclass
class Route:
    coords: list[Node]
    osm_ids: list[int]
    # straight joins the line uses: short bridges (<= BRIDGE_M) and gaps, with metres
    bridges: list[tuple[Node, Node, float]] = field(default_factory=list)
    # per pair of stations: a, b, track km, chord km
    legs: list[tuple[str, str, float, float]] = field(default_factory=list)
    snaps: list[tuple[str, float]] = field(default_factory=list)  # station, metres to the track


def _graph(ways: list[dict]):
    adj: dict[Node, dict[Node, tuple[float, object]]] = {}

    def add(a: Node, b: Node, w: float, tag: object) -> None:
        if a == b:
            return
        for u, v in ((a, b), (b, a)):
            cur = adj.setdefault(u, {}).get(v)
            if cur is None or w < cur[0]:
                adj[u][v] = (w, tag)

    for way in ways:
        k = 1.0 if is_main_line(way["props"]) else OTHER_COST
        c = way["coords"]
        for a, b in zip(c, c[1:], strict=False):
            add(a, b, dist_m(a, b) * k, way["osm_id"])
    nodes = sorted(adj)
    tree = STRtree([Point(n) for n in nodes])
    deg_one = [n for n in nodes if len(adj[n]) == 1]
    deg = BRIDGE_M / 111_000 / np.cos(np.radians(30))  # generous degree radius at these latitudes
    for e in deg_one:
        best = None
        for i in tree.query(Point(e).buffer(deg)):
            n = nodes[int(i)]
            if n == e or n in adj[e]:
                continue
            m = dist_m(e, n)
            if m <= BRIDGE_M and (best is None or m < best[0]):
                best = (m, n)
        if best:
            add(e, best[1], best[0] * BRIDGE_COST, "bridge")
    return adj, nodes, tree


def _components(adj, nodes) -> dict[Node, int]:
    comp: dict[Node, int] = {}
    for n in nodes:
        if n in comp:
            continue
        c = len(set(comp.values())) if comp else 0
        stack = [n]
        comp[n] = c
        while stack:
            u = stack.pop()
            for v in adj[u]:
                if v not in comp:
                    comp[v] = c
                    stack.append(v)
    return comp


def _dijkstra(adj, s: Node, t: Node):
    dist = {s: 0.0}
    prev: dict[Node, Node] = {}
    pq = [(0.0, s)]
    while pq:
        du, u = heapq.heappop(pq)
        if u == t:
            break
        if du > dist[u]:
            continue
        for v, (w, _) in adj[u].items():
            nd = du + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                prev[v] = u
                heapq.heappush(pq, (nd, v))
    if t not in dist:
        return None
    path = [t]
    while path[-1] != s:
        path.append(prev[path[-1]])
    return path[::-1]


def _leg_graph(adj, nodes: list[Node], xy: np.ndarray, a: Node, b: Node):
    """The track near the chord a-b, with straight gap edges joining its separate pieces.

    Near: vertices v with d(a, v) + d(v, b) <= ELLIPSE * d(a, b) + ELLIPSE_PAD_M.
    Pieces (connected components of that subgraph, the two stations included as pieces of
    their own) are joined pairwise at their closest vertices, by edges costing GAP_COST
    times their length, so real track is always preferred to a straight gap.
    """
    chord = dist_m(a, b)
    n = len(nodes)
    _, _, da = GEOD.inv(np.full(n, a[0]), np.full(n, a[1]), xy[:, 0], xy[:, 1])
    _, _, db = GEOD.inv(np.full(n, b[0]), np.full(n, b[1]), xy[:, 0], xy[:, 1])
    keep = {nodes[i] for i in np.nonzero(da + db <= ELLIPSE * chord + ELLIPSE_PAD_M)[0]}
    sub: dict[Node, dict[Node, tuple[float, object]]] = {
        u: {v: e for v, e in adj[u].items() if v in keep} for u in keep}
    for s in (a, b):
        sub.setdefault(s, {})
    comp = _components(sub, sorted(sub))
    pieces: dict[int, list[Node]] = {}
    for u, c in comp.items():
        pieces.setdefault(c, []).append(u)
    trees = {c: STRtree([Point(u) for u in us]) for c, us in pieces.items()}
    ids = sorted(pieces)
    for i, c1 in enumerate(ids):
        pts = [Point(u) for u in pieces[c1]]
        for c2 in ids[i + 1:]:
            src_ix, dst_ix = trees[c2].query_nearest(pts, all_matches=False)
            best = None
            for si, di in zip(src_ix, dst_ix, strict=True):
                u, v = pieces[c1][int(si)], pieces[c2][int(di)]
                m = dist_m(u, v)
                if best is None or m < best[0]:
                    best = (m, u, v)
            if best and best[0] <= GAP_M:
                m, u, v = best
                sub[u][v] = sub[v][u] = (m * GAP_COST, "gap")
    return sub


def route(ways: list[dict], stations: list[tuple[str, Node]]) -> Route:
    """The track through ``stations`` (name, (lon, lat)) in order.

    A station within ``ON_TRACK_M`` of a track vertex is reached at that vertex; one
    further away (the export has no track there) is a point of the line itself. Between
    consecutive stations the cheapest path is taken over the track near their chord
    (see _leg_graph); where that track has a hole, the path crosses it straight.
    """
    adj, nodes, tree = _graph(ways)
    xy = np.array(nodes)
    stops: list[tuple[str, Node, Node, float]] = []
    for name, p in stations:
        n = nodes[int(tree.nearest(Point(p)))]
        m = dist_m(p, n)
        p = (float(p[0]), float(p[1]))
        stops.append((name, p, n if m <= ON_TRACK_M else p, m))
    coords: list[Node] = []
    used: list[int] = []
    gaps: list[tuple[Node, Node, float]] = []
    legs = []
    for (a, pa, sa, _), (b, pb, sb, _) in zip(stops, stops[1:], strict=False):
        sub = _leg_graph(adj, nodes, xy, sa, sb)
        path = _dijkstra(sub, sa, sb)
        if path is None:
            raise ValueError(
                f"no track or gap of at most {GAP_M / 1000:.0f} km between {a} and {b}")
        km = 0.0
        for u, v in zip(path, path[1:], strict=False):
            tag = sub[u][v][1]
            m = dist_m(u, v)
            km += m / 1000
            if tag in ("bridge", "gap"):
                gaps.append((u, v, m))
            elif tag not in used:
                used.append(tag)
        legs.append((a, b, km, dist_m(pa, pb) / 1000))
        coords.extend(path if not coords else path[1:])
    return Route(coords, used, gaps, legs, [(n, m) for n, _, _, m in stops])
