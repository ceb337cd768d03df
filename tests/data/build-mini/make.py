"""Regenerate the mini build (run from anywhere: ``python3 tests/data/build-mini/make.py``).

The features below are hand-made, loosely modelled on real CPEC assets; their
values are illustrative test data, not curated facts. The script writes
``layers/*.geojson``, ``cpecmap.gpkg`` and ``manifest.json`` following
docs/build-contract.md, so the sha256, count and bbox in the manifest are right.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "src"))
from cpecmap.timeline import status_history  # noqa: E402

HERE = Path(__file__).resolve().parent
SRC = [
    {
        "title": "Test source",
        "publisher": "cpecmap tests",
        "url": "https://example.org/src",
        "date": "2020-01-01",
    }
]


def feature(layer, fid, geom, category, status, phase, **extra):
    props = {
        "id": fid,
        "layer": layer,
        "name": extra.pop("name", fid.replace("-", " ").title()),
        "aliases": extra.pop("aliases", []),
        "domain": extra.pop("domain", "land"),
        "category": category,
        "status": status,
        "phase": phase,
        "year_agreement": extra.pop("year_agreement", None),
        "year_construction": extra.pop("year_construction", None),
        "year_operation": extra.pop("year_operation", None),
        "capacity_mw": extra.pop("capacity_mw", None),
        "length_km_stated": extra.pop("length_km_stated", None),
        "length_km_computed": extra.pop("length_km_computed", None),
        "partners_cn": extra.pop("partners_cn", []),
        "partners_pk": extra.pop("partners_pk", []),
        "cost_usd_m": extra.pop("cost_usd_m", None),
        "cost_note": None,
        "description": extra.pop("description", f"Test feature {fid}."),
        "precision": "approximate",
        "precision_note": "Hand-made test geometry.",
        "brief_claim": None,
        "discrepancy": None,
        "route_summary": None,
        "sources": SRC,
    }
    assert not extra, extra
    # The time fields the build derives, by the build's own rule (cpecmap.timeline).
    events = (("year_agreement", "agreed"), ("year_construction", "construction"),
              ("year_operation", "operation"))
    milestones = [{"event": e, "date": str(props[k])} for k, e in events if props[k] is not None]
    milestones.sort(key=lambda m: m["date"])
    props["names"] = {"en": props["name"]}
    props["milestones"] = milestones or None
    props["status_history"] = [list(h) for h in status_history(milestones)]
    props["phase_basis"] = None
    props["links"] = []
    return {"type": "Feature", "id": fid, "geometry": geom, "properties": props}


def line(*pts):
    return {"type": "LineString", "coordinates": [list(p) for p in pts]}


def point(lon, lat):
    return {"type": "Point", "coordinates": [lon, lat]}


LAYERS = {
    "roads": [
        feature(
            "roads",
            "kkh-phase-2",
            line((73.2, 34.0), (73.5, 34.8), (74.0, 35.5)),
            "highway",
            "operational",
            "II",
            year_construction=2016,
            year_operation=2020,
            length_km_stated=118,
            length_km_computed=190.4,
            aliases=["KKH II", "喀喇昆仑公路"],
            partners_cn=["CRBC"],
            cost_usd_m=1315,
        ),
        feature(
            "roads",
            "m5-multan-sukkur",
            line((71.4, 30.08), (70.5, 28.9), (68.9, 27.7)),
            "motorway",
            "operational",
            "II",
            year_construction=2016,
            year_operation=2019,
            length_km_stated=392,
            length_km_computed=391.7,
            aliases=["M-5"],
            partners_cn=["CSCEC"],
            partners_pk=["NHA"],
            cost_usd_m=2890,
        ),
        feature(
            "roads",
            "western-route",
            line((66.9, 30.2), (67.0, 29.0), (65.0, 26.0)),
            "expressway",
            "planned",
            "III",
            name='Western "route" <test> & co',
            description="Contains characters that need escaping: <, >, &, ', \".",
        ),
    ],
    "energy": [
        feature(
            "energy",
            "hvdc-lahore",
            point(74.2, 31.4),
            "converter-station",
            "operational",
            "III",
            year_operation=2021,
            capacity_mw=4000,
        ),
        feature(
            "energy",
            "karot-hydro",
            point(73.6, 33.62),
            "hydro",
            "operational",
            "III",
            year_construction=2016,
            year_operation=2022,
            capacity_mw=720,
            partners_cn=["CTG"],
        ),
        feature(
            "energy",
            "port-qasim-coal",
            point(67.3, 24.78),
            "coal",
            "operational",
            "II",
            year_construction=2015,
            year_operation=2018,
            capacity_mw=1320,
        ),
        feature(
            "energy",
            "quaid-solar",
            point(71.8, 29.3),
            "solar",
            "operational",
            "I",
            year_operation=2015,
            capacity_mw=1000,
        ),
        feature(
            "energy",
            "thar-coal-block-1",
            point(70.3, 24.75),
            "coal",
            "under-construction",
            "III",
            capacity_mw=1320,
        ),
    ],
    "submarine-cables": [
        feature(
            "submarine-cables",
            "peace-cable",
            line((66.95, 24.8), (62.0, 22.0), (55.0, 15.0)),
            "submarine-cable",
            "operational",
            "III",
            domain="sea",
            year_operation=2022,
            length_km_computed=1500.2,
        ),
        feature(
            "submarine-cables",
            "pakistan-east-africa",
            line((67.0, 24.85), (63.0, 20.0)),
            "submarine-cable",
            "planned",
            "IV",
            domain="sea",
        ),
    ],
}

META = {
    "roads": {
        "domain": "land",
        "title": "Roads and motorways",
        "geometry": "Line",
        "licence": "ODbL-1.0",
        "description": "Motorways and highways (test).",
        "attribution": "© OpenStreetMap contributors, ODbL 1.0 (test)",
        "style": {"color": "#c0392b", "weight": 4},
        "categories": {
            "motorway": {"label": "Motorway", "color": "#c0392b"},
            "highway": {"label": "Highway", "color": "#e67e22"},
            "expressway": {"label": "Expressway", "color": "#d35400"},
        },
    },
    "energy": {
        "domain": "land",
        "title": "Power plants and converter stations",
        "geometry": "Point",
        "licence": "CC-BY-4.0",
        "description": "Power plants (test).",
        "attribution": "Global Energy Monitor (test)",
        "style": {"color": "#2c3e50", "radius": 7},
        "categories": {
            k: {"label": k.title(), "color": "#34495e"}
            for k in ["coal", "nuclear", "hydro", "solar", "wind", "converter-station"]
        },
    },
    "submarine-cables": {
        "domain": "sea",
        "title": "Submarine cables",
        "geometry": "Line",
        "licence": "CC-BY-NC-SA-3.0",
        "description": "Submarine cables (test).",
        "attribution": "© TeleGeography, CC BY-NC-SA 3.0 (test)",
        "style": {"color": "#2471a3", "weight": 2},
        "categories": {"submarine-cable": {"label": "Submarine cable", "color": "#2471a3"}},
    },
}


def bbox(features):
    xs, ys = [], []
    for f in features:
        g = f["geometry"]
        coords = [g["coordinates"]] if g["type"] == "Point" else g["coordinates"]
        xs += [c[0] for c in coords]
        ys += [c[1] for c in coords]
    return [min(xs), min(ys), max(xs), max(ys)]


def main() -> None:
    import geopandas as gpd

    (HERE / "layers").mkdir(exist_ok=True)
    entries = []
    digest = hashlib.sha256()
    gpkg = HERE / "cpecmap.gpkg"
    gpkg.unlink(missing_ok=True)
    for layer_id, features in LAYERS.items():
        features = sorted(features, key=lambda f: f["id"])
        body = (
            json.dumps(
                {"type": "FeatureCollection", "name": layer_id, "features": features},
                ensure_ascii=False,
                separators=(",", ":"),
            ).encode()
            + b"\n"
        )
        (HERE / "layers" / f"{layer_id}.geojson").write_bytes(body)
        digest.update(body)
        by_cat: dict[str, int] = {}
        for f in features:
            by_cat[f["properties"]["category"]] = by_cat.get(f["properties"]["category"], 0) + 1
        lengths = [f["properties"]["length_km_computed"] or 0 for f in features]
        mw = [f["properties"]["capacity_mw"] or 0 for f in features]
        entries.append(
            {
                "id": layer_id,
                **META[layer_id],
                "count": len(features),
                "bbox": bbox(features),
                "totals": {
                    "length_km": round(sum(lengths), 1)
                    if META[layer_id]["geometry"] == "Line"
                    else None,
                    "capacity_mw": sum(mw) if layer_id == "energy" else None,
                    "by_category": dict(sorted(by_cat.items())),
                },
                "file": f"layers/{layer_id}.geojson",
                "sha256": hashlib.sha256(body).hexdigest(),
                "bytes": len(body),
            }
        )
        frame = gpd.GeoDataFrame.from_features(features, crs="EPSG:4326")
        for col in frame.columns:
            if frame[col].map(lambda v: isinstance(v, (list, dict))).any():
                frame[col] = frame[col].map(lambda v: json.dumps(v, ensure_ascii=False))
        frame.to_file(gpkg, layer=layer_id, driver="GPKG", engine="pyogrio")
    sources_sha = digest.hexdigest()
    manifest = {
        "data_version": f"1.0.0+{sources_sha[:12]}",
        "sources_sha256": sources_sha,
        "generator": "cpecmap 0.1.0",
        "domains": {
            "land": {"title": "Land", "description": "Roads, rail, energy and economic zones"},
            "sea": {"title": "Sea", "description": "Ports, submarine cables and their landings"},
            "digital": {
                "title": "Digital & space",
                "description": "Terrestrial fibre, space and ICT sites",
            },
        },
        "layers": entries,
        "gpkg": {"file": "cpecmap.gpkg", "sha256": hashlib.sha256(gpkg.read_bytes()).hexdigest()},
    }
    (HERE / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n")


if __name__ == "__main__":
    main()
