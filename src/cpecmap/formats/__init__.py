"""Download formats: the table of formats, file names and an in-memory cache.

Files are generated lazily, once per (layer or ``all``, format), by GDAL via
pyogrio (see ``writers``), then served from memory. geopandas/pyogrio are
imported only when the first file is generated, so start-up stays fast.
"""

from __future__ import annotations

import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from cpecmap.blob import Blob
from cpecmap.errors import NotFound
from cpecmap.store import Layer, Store

if TYPE_CHECKING:
    import geopandas as gpd

ALL = "all"


@dataclass(frozen=True)
class Format:
    """A download format.

    Parameters
    ----------
    key
        Short name used in the catalogue's ``downloads`` object.
    suffix
        File-name suffix, e.g. ``.shp.zip``.
    media_type
        ``Content-Type`` of the file.
    writer
        Name of the function in ``cpecmap.formats.writers`` that writes it.
    compress
        Whether to keep a gzip variant for ``Content-Encoding: gzip``.
    """

    key: str
    suffix: str
    media_type: str
    writer: str
    compress: bool


FORMATS: dict[str, Format] = {
    f.key: f
    for f in (
        Format("geojson", ".geojson", "application/geo+json", "write_geojson", True),
        Format("gpkg", ".gpkg", "application/geopackage+sqlite3", "write_gpkg", True),
        Format("csv", ".csv", "text/csv; charset=utf-8", "write_csv", True),
        Format("kml", ".kml", "application/vnd.google-earth.kml+xml", "write_kml", True),
        Format("fgb", ".fgb", "application/flatgeobuf", "write_fgb", True),
        Format("shp", ".shp.zip", "application/zip", "write_shp_zip", False),
    )
}


def download_path(scope: str, fmt: Format) -> str:
    """Site-relative link of a download, e.g. ``downloads/cpecmap-roads.gpkg``."""
    return f"downloads/cpecmap-{scope}{fmt.suffix}"


def download_links(scope: str) -> dict[str, str]:
    """Format key → site-relative link, for one layer id or ``"all"``."""
    return {key: download_path(scope, fmt) for key, fmt in FORMATS.items()}


def attachment_name(scope: str, fmt: Format, data_version: str) -> str:
    """File name offered to the user, e.g. ``cpecmap-roads-1.0.0+abc.gpkg``."""
    return f"cpecmap-{scope}-{data_version}{fmt.suffix}"


def parse_download_name(name: str) -> tuple[str, Format]:
    """Split ``cpecmap-<scope><suffix>`` into scope and format.

    Raises
    ------
    NotFound
        When ``name`` does not follow that pattern.
    """
    if name.startswith("cpecmap-"):
        stem = name[len("cpecmap-") :]
        for fmt in sorted(FORMATS.values(), key=lambda f: -len(f.suffix)):
            if stem.endswith(fmt.suffix) and len(stem) > len(fmt.suffix):
                return stem[: -len(fmt.suffix)], fmt
    suffixes = ", ".join(f.suffix for f in FORMATS.values())
    raise NotFound(f"no download {name!r}; names look like cpecmap-<layer id or all><{suffixes}>")


class DownloadCache:
    """Generate each download once, on first use, and keep its bytes.

    Parameters
    ----------
    store
        The loaded build the files are written from.
    """

    def __init__(self, store: Store) -> None:
        self._store = store
        self._blobs: dict[tuple[str, str], Blob] = {}
        self._frames: dict[str, gpd.GeoDataFrame] = {}
        self._locks: dict[tuple[str, str], threading.Lock] = {}
        self._guard = threading.Lock()

    def get(self, scope: str, fmt: Format) -> Blob:
        """Return the file for ``scope`` (a layer id or ``"all"``) in ``fmt``.

        Raises
        ------
        NotFound
            When ``scope`` is not a layer id or ``"all"``.
        """
        layers = self._layers(scope)
        key = (scope, fmt.key)
        blob = self._blobs.get(key)
        if blob is not None:
            return blob
        with self._guard:
            lock = self._locks.setdefault(key, threading.Lock())
        with lock:  # concurrent first requests wait for one writer
            blob = self._blobs.get(key)
            if blob is None:
                blob = Blob.of(
                    self._generate(scope, layers, fmt), fmt.media_type, compress=fmt.compress
                )
                self._blobs[key] = blob
        return blob

    def warm(self) -> None:
        """Generate every download now (e.g. before a benchmark or an export)."""
        for scope in [*self._store.layers, ALL]:
            for fmt in FORMATS.values():
                self.get(scope, fmt)

    def _layers(self, scope: str) -> list[Layer]:
        if scope == ALL:
            return list(self._store.layers.values())
        return [self._store.layer(scope)]

    def _frame(self, layer: Layer) -> gpd.GeoDataFrame:
        from cpecmap.formats.frame import layer_frame

        with self._guard:
            if layer.id not in self._frames:
                self._frames[layer.id] = layer_frame(layer)
            return self._frames[layer.id]

    def _generate(self, scope: str, layers: list[Layer], fmt: Format) -> bytes:
        from cpecmap.formats import writers
        from cpecmap.formats.notice import Notice

        writer: writers.Writer = getattr(writers, fmt.writer)
        notice = Notice(self._store.data_version, [layer.meta for layer in layers])
        parts = [(layer, self._frame(layer)) for layer in layers]
        with tempfile.TemporaryDirectory(prefix="cpecmap-dl-") as tmp:
            return writer(parts, notice, f"cpecmap-{scope}", Path(tmp))
