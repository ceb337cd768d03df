"""The notebook API: list the layers and load them as GeoDataFrames.

>>> import cpecmap.atlas as atlas
>>> atlas.layers()                      # the catalogue as a DataFrame
>>> plants = atlas.load("energy")       # one layer as a GeoDataFrame
>>> everything = atlas.load_all()       # all layers, with a 'layer' column
>>> atlas.to_folium(["energy", "roads"])   # a folium.Map with the web map's styles

The built data is read from ``geodata/build`` (built first if it is missing or
older than the sources) through ``cpecmap.store.load_store``, as the server reads
it: a layer file that differs from the manifest's checksum is refused.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import folium
    import geopandas as gpd
    import pandas as pd

from cpecmap.settings import Settings
from cpecmap.store import Layer, Store, load_store


def _settings(settings: Settings | None) -> Settings:
    return settings if settings is not None else Settings.from_env()


def _store(settings: Settings, *, rebuild: bool = False) -> Store:
    """The verified build, building it first when it is missing or older than its sources."""
    path = settings.build_dir / "manifest.json"
    if rebuild or not path.is_file() or _stale(settings, path):
        from cpecmap.pipeline import build

        build(settings)
    return load_store(settings.build_dir)


def manifest(settings: Settings | None = None, *, rebuild: bool = False) -> dict[str, Any]:
    """The build manifest, building the data first if needed.

    Parameters
    ----------
    settings
        Where the sources and build live (default: this checkout, ``CPECMAP_*`` env).
    rebuild
        Build even if a build exists.

    Raises
    ------
    BuildMissing
        When a layer file differs from the manifest's checksum (as the server refuses it).
    """
    return dict(_store(_settings(settings), rebuild=rebuild).manifest)


def _stale(settings: Settings, manifest_path: Path) -> bool:
    if not settings.sources_dir.is_dir():
        return False  # a build without its sources (e.g. a downloaded release)
    built = manifest_path.stat().st_mtime
    geodata = settings.sources_dir.parent  # records, bibliography and geometry beside it
    inputs = [
        settings.catalog_path,
        *settings.sources_dir.glob("*.geojson"),
        geodata / "bibliography.yaml",
        *(geodata / "records").glob("*/*.yaml"),
        *(geodata / "geometry").glob("*/*.geojson"),
    ]
    return any(p.stat().st_mtime > built for p in inputs if p.exists())


def layers(settings: Settings | None = None) -> pd.DataFrame:
    """One row per layer: id, domain, title, geometry, count, licence, attribution, totals."""
    import pandas as pd

    rows = []
    for layer in _store(_settings(settings)).layers.values():
        e = layer.meta
        rows.append(
            {
                "id": layer.id,
                "domain": e["domain"],
                "title": e["title"],
                "geometry": e["geometry"],
                "count": e["count"],
                "length_km": (e.get("totals") or {}).get("length_km"),
                "capacity_mw": (e.get("totals") or {}).get("capacity_mw"),
                "licence": e["licence"],
                "attribution": e["attribution"],
            }
        )
    return pd.DataFrame(rows).set_index("id")


def load(layer_id: str, settings: Settings | None = None) -> gpd.GeoDataFrame:
    """One layer as a GeoDataFrame (EPSG:4326), indexed by feature id.

    List and object properties (aliases, partners, sources) stay Python lists/dicts.

    Raises
    ------
    KeyError
        When there is no layer ``layer_id`` (the message lists the layers).
    """
    store = _store(_settings(settings))
    if layer_id not in store.layers:
        # KeyError, as a mapping would raise; the message lists the layers
        raise KeyError(f"unknown layer {layer_id!r}; layers are: {', '.join(store.layers)}")
    return _frame(store.layers[layer_id])


def _frame(layer: Layer) -> gpd.GeoDataFrame:
    import geopandas as gpd

    frame = gpd.GeoDataFrame.from_features(layer.features, crs="EPSG:4326")
    if len(frame):
        frame = frame.set_index("id", drop=False)
        frame.index.name = None
    frame.attrs.update({k: layer.meta[k] for k in ("licence", "attribution", "title", "domain")})
    return frame


def load_all(settings: Settings | None = None) -> gpd.GeoDataFrame:
    """Every layer in one GeoDataFrame; the ``layer`` column says which."""
    import geopandas as gpd
    import pandas as pd

    frames = [_frame(layer) for layer in _store(_settings(settings)).layers.values()]
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
    return build_map(_store(settings), settings, layer_ids, title=title, embed=embed)
