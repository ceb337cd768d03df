"""The notebook API: list the layers and load them as GeoDataFrames.

>>> import cpecmap.atlas as atlas
>>> atlas.layers()                      # the catalogue as a DataFrame
>>> plants = atlas.load("energy")       # one layer as a GeoDataFrame
>>> everything = atlas.load_all()       # all layers, with a 'layer' column
>>> atlas.to_folium(["energy", "roads"])   # a folium.Map with the web map's styles

The built data is read from ``geodata/build`` (built first if it is missing or
older than the sources).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import folium
    import geopandas as gpd
    import pandas as pd

from cpecmap.settings import Settings


def _settings(settings: Settings | None) -> Settings:
    return settings if settings is not None else Settings.from_env()


def manifest(settings: Settings | None = None, *, rebuild: bool = False) -> dict[str, Any]:
    """The build manifest, building the data first if needed.

    Parameters
    ----------
    settings
        Where the sources and build live (default: this checkout, ``CPECMAP_*`` env).
    rebuild
        Build even if a build exists.
    """
    settings = _settings(settings)
    path = settings.build_dir / "manifest.json"
    if rebuild or not path.is_file() or _stale(settings, path):
        from cpecmap.pipeline import build

        return build(settings)
    return json.loads(path.read_text(encoding="utf-8"))


def _stale(settings: Settings, manifest_path: Path) -> bool:
    if not settings.sources_dir.is_dir():
        return False  # a build without its sources (e.g. a downloaded release)
    built = manifest_path.stat().st_mtime
    inputs = [settings.catalog_path, *settings.sources_dir.glob("*.geojson")]
    return any(p.stat().st_mtime > built for p in inputs if p.exists())


def layers(settings: Settings | None = None) -> pd.DataFrame:
    """One row per layer: id, domain, title, geometry, count, licence, attribution, totals."""
    import pandas as pd

    rows = [
        {
            "id": e["id"],
            "domain": e["domain"],
            "title": e["title"],
            "geometry": e["geometry"],
            "count": e["count"],
            "length_km": (e.get("totals") or {}).get("length_km"),
            "capacity_mw": (e.get("totals") or {}).get("capacity_mw"),
            "licence": e["licence"],
            "attribution": e["attribution"],
        }
        for e in manifest(settings)["layers"]
    ]
    return pd.DataFrame(rows).set_index("id")


def load(layer_id: str, settings: Settings | None = None) -> gpd.GeoDataFrame:
    """One layer as a GeoDataFrame (EPSG:4326), indexed by feature id.

    List and object properties (aliases, partners, sources) stay Python lists/dicts.
    """
    import geopandas as gpd

    settings = _settings(settings)
    entries = {e["id"]: e for e in manifest(settings)["layers"]}
    if layer_id not in entries:
        # KeyError, as a mapping would raise; the message lists the layers
        raise KeyError(f"unknown layer {layer_id!r}; layers are: {', '.join(entries)}")
    doc = json.loads((settings.build_dir / entries[layer_id]["file"]).read_text(encoding="utf-8"))
    frame = gpd.GeoDataFrame.from_features(doc["features"], crs="EPSG:4326")
    if len(frame):
        frame = frame.set_index("id", drop=False)
        frame.index.name = None
    frame.attrs.update(
        {k: entries[layer_id][k] for k in ("licence", "attribution", "title", "domain")}
    )
    return frame


def load_all(settings: Settings | None = None) -> gpd.GeoDataFrame:
    """Every layer in one GeoDataFrame; the ``layer`` column says which."""
    import geopandas as gpd
    import pandas as pd

    frames = [load(e["id"], settings) for e in manifest(settings)["layers"]]
    return gpd.GeoDataFrame(pd.concat(frames), crs="EPSG:4326")


def to_folium(
    layer_ids: list[str] | None = None,
    settings: Settings | None = None,
    *,
    title: str | None = None,
    embed: bool = False,
) -> folium.Map:
    """A ``folium.Map`` with the web map's layers, domain grouping, styles, legend and popups.

    Parameters
    ----------
    layer_ids
        Layers to include (default: all).
    embed
        Inline Leaflet and the basemap so the saved HTML needs no network at all
        (used by ``cpecmap export html``). Without it folium's default CDN assets
        are used, which is what notebooks expect.
    """
    from cpecmap.folium_export import build_map

    settings = _settings(settings)
    return build_map(manifest(settings), settings, layer_ids, title=title, embed=embed)
