"""Route a railway line through an ordered list of stations over OSM railway ways.

Used by ml1_ways.py (on the whole HOT railway-lines export) and by rail.py (on the
committed subset of ways the route uses, scripts/curate/inputs/hot_ml1_ways.geojson);
ml1_ways.py shrinks that subset until routing on it gives the same line.

The graph has every vertex of every way as a node (OSM ways that meet share a node, so
their coordinates are identical). Edges:

- track: consecutive vertices of a way, costing their length, or ``OTHER_COST`` times it
  for ways not named as the main line (so the route keeps to ML-1 where parallel sidings
  or branches exist);
- bridge: where a way ends within ``BRIDGE_M`` of a vertex of another way without sharing
  a node (a connector missing from the export), a straight edge to that vertex, costing
  ``BRIDGE_COST`` times its length;
- gap (per pair of stations, see _leg_graph): where the track near the two stations is in
  separate pieces, straight edges joining the pieces at their closest vertices, costing
  ``GAP_COST`` times their length (so a piece's own track is preferred to crossing out of
  it and back).

A station within ``ON_TRACK_M`` of a vertex is reached at that vertex; one further away
(no track there in the export) is itself a point of the line. Between two consecutive
stations the cheapest path is taken; the line is then cleared of loops (a path that
comes back to a vertex it passed, e.g. out along a siding to a station's vertex and back)
and of short spikes where it changes track (see remove_spikes).
"""
from __future__ import annotations

import heapq
import json
import math
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
SPIKE_M = 100.0
ML1_NAMES = ("Karachi - Lahore - Peshawar Main Railway Line", "ML - 1")

Node = tuple[float, float]
Edge = tuple[float, object]  # cost, tag: an osm_id, "bridge" or "gap"


def dist_m(a: Node, b: Node) -> float:
    return GEOD.inv(a[0], a[1], b[0], b[1])[2]


def _radius_deg(m: float, lat: float) -> float:
    """A radius in degrees that covers ``m`` metres in every direction at ``lat``."""
    return m / (111_000 * math.cos(math.radians(abs(lat)) + 1e-9))


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
    osm_ids: list[int]  # the ways the line runs on, in order of first use
    bridges: list[tuple[Node, Node, float]] = field(default_factory=list)  # u, v, metres
    gaps: list[tuple[Node, Node, float]] = field(default_factory=list)  # u, v, metres
    # per pair of stations: a, b, km along the line (track, bridges and gaps), chord km
    legs: list[tuple[str, str, float, float]] = field(default_factory=list)
    # per station: name, metres to the nearest track vertex
    snaps: list[tuple[str, float]] = field(default_factory=list)


def _graph(ways: list[dict]):
    adj: dict[Node, dict[Node, Edge]] = {}
    member: dict[Node, set[object]] = {}

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
        for p in c:
            member.setdefault(p, set()).add(way["osm_id"])
        for a, b in zip(c, c[1:], strict=False):
            add(a, b, dist_m(a, b) * k, way["osm_id"])
    nodes = sorted(adj)
    tree = STRtree([Point(n) for n in nodes])
    for e in [n for n in nodes if len(adj[n]) == 1]:
        best = None
        for i in tree.query(Point(e).buffer(_radius_deg(BRIDGE_M, e[1]))):
            n = nodes[int(i)]
            if member[n] & member[e]:  # a vertex of the same way is no connector
                continue
            m = dist_m(e, n)
            if m <= BRIDGE_M and (best is None or m < best[0]):
                best = (m, n)
        if best:
            add(e, best[1], best[0] * BRIDGE_COST, "bridge")
    return adj, nodes, tree


def _components(adj, nodes) -> dict[Node, int]:
    comp: dict[Node, int] = {}
    count = 0
    for n in nodes:
        if n in comp:
            continue
        stack = [n]
        comp[n] = count
        while stack:
            u = stack.pop()
            for v in adj[u]:
                if v not in comp:
                    comp[v] = count
                    stack.append(v)
        count += 1
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

    Near: vertices v with d(a, v) + d(v, b) <= ELLIPSE * d(a, b) + ELLIPSE_PAD_M. Pieces
    are the connected components of that subgraph (a station off the track is a piece of
    its own); every two pieces are joined at their closest vertices by a gap edge of at
    most GAP_M, costing GAP_COST times its length.
    """
    chord = dist_m(a, b)
    n = len(nodes)
    _, _, da = GEOD.inv(np.full(n, a[0]), np.full(n, a[1]), xy[:, 0], xy[:, 1])
    _, _, db = GEOD.inv(np.full(n, b[0]), np.full(n, b[1]), xy[:, 0], xy[:, 1])
    keep = {nodes[i] for i in np.nonzero(da + db <= ELLIPSE * chord + ELLIPSE_PAD_M)[0]}
    sub: dict[Node, dict[Node, Edge]] = {
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


def erase_loops(coords: list[Node]) -> list[Node]:
    """The path with every loop cut out: on coming back to a vertex, go on from there."""
    out: list[Node] = []
    at: dict[Node, int] = {}
    for p in coords:
        if p in at:
            for q in out[at[p] + 1:]:
                del at[q]
            del out[at[p] + 1:]
            continue
        at[p] = len(out)
        out.append(p)
    return out


def remove_spikes(coords: list[Node], max_m: float = SPIKE_M) -> list[Node]:
    """Drop vertices where the line turns back (more than ~155°) over at most ``max_m``.

    Such spikes are left where the path changes between the parallel tracks of a double
    line at a crossover that lies a few metres behind the point where it switches.
    """
    out = list(coords)
    changed = True
    while changed:
        changed = False
        i = 1
        while i < len(out) - 1:
            p, q, r = out[i - 1], out[i], out[i + 1]
            k = math.cos(math.radians(q[1]))
            u, v = ((q[0] - p[0]) * k, q[1] - p[1]), ((r[0] - q[0]) * k, r[1] - q[1])
            nu, nv = math.hypot(*u), math.hypot(*v)
            back = nu and nv and (u[0] * v[0] + u[1] * v[1]) / (nu * nv) < -0.9
            if back and min(dist_m(p, q), dist_m(q, r)) <= max_m:
                del out[i]
                changed = True
            else:
                i += 1
    return out


def route(ways: list[dict], stations: list[tuple[str, Node]]) -> Route:
    """The line through ``stations`` (name, (lon, lat)) in order; see the module docstring."""
    adj, nodes, tree = _graph(ways)
    xy = np.array(nodes)
    stops: list[tuple[str, Node, Node, float]] = []
    for name, p in stations:
        n = nodes[int(tree.nearest(Point(p)))]
        m = dist_m(p, n)
        p = (float(p[0]), float(p[1]))
        stops.append((name, p, n if m <= ON_TRACK_M else p, m))
    path: list[Node] = []
    tags: dict[frozenset, object] = {}
    legs = []
    for (a, pa, sa, _), (b, pb, sb, _) in zip(stops, stops[1:], strict=False):
        sub = _leg_graph(adj, nodes, xy, sa, sb)
        leg = _dijkstra(sub, sa, sb)
        if leg is None:
            raise ValueError(
                f"no track or gap of at most {GAP_M / 1000:.0f} km between {a} and {b}")
        for u, v in zip(leg, leg[1:], strict=False):
            tags[frozenset((u, v))] = sub[u][v][1]
        legs.append((a, b, leg, dist_m(pa, pb) / 1000))
        path.extend(leg if not path else leg[1:])
    coords = erase_loops(path)
    kept = set(coords)
    used: list[int] = []
    bridges, gaps = [], []
    for u, v in zip(coords, coords[1:], strict=False):
        tag = tags[frozenset((u, v))]
        if tag == "bridge":
            bridges.append((u, v, dist_m(u, v)))
        elif tag == "gap":
            gaps.append((u, v, dist_m(u, v)))
        elif tag not in used:
            used.append(tag)
    coords = remove_spikes(coords)
    kept = set(coords)
    leg_km = []
    for a, b, leg, chord in legs:
        on = [p for p in leg if p in kept]
        km = sum(dist_m(u, v) for u, v in zip(on, on[1:], strict=False)) / 1000
        leg_km.append((a, b, km, chord))
    return Route(coords, used, bridges, gaps, leg_km, [(n, m) for n, _, _, m in stops])
