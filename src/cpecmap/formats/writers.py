"""One writer per download format; every file is written by GDAL via pyogrio.

A writer takes the layers to include (with their flat frames), the licence
``Notice`` and a scratch directory, and returns the finished file's bytes.
"""

from __future__ import annotations

import io
import json
import warnings
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path

import geopandas as gpd
import pyogrio

from cpecmap.formats.frame import concat_frames, shapefile_names, with_licence, with_lonlat
from cpecmap.formats.notice import Notice
from cpecmap.store import Layer

Part = tuple[Layer, gpd.GeoDataFrame]
Writer = Callable[[Sequence[Part], Notice, str, Path], bytes]


def _merged(parts: Sequence[Part]) -> gpd.GeoDataFrame:
    return concat_frames([frame for _, frame in parts])


def _write(frame: gpd.GeoDataFrame, path: Path, driver: str, **kwargs: object) -> None:
    pyogrio.write_dataframe(frame, path, driver=driver, **kwargs)  # type: ignore[arg-type]


def write_geojson(parts: Sequence[Part], notice: Notice, stem: str, tmp: Path) -> bytes:
    """RFC 7946 FeatureCollection; list/object properties come back as JSON."""
    path = tmp / f"{stem}.geojson"
    meta = {
        "data_version": notice.data_version,
        "citation": notice.citation(),
        "licences": [
            {"layer": m.get("id"), "licence": m.get("licence"), "attribution": m.get("attribution")}
            for m in notice.layers
        ],
    }
    _write(
        _merged(parts),
        path,
        "GeoJSON",
        layer=stem,
        layer_options={
            "RFC7946": "YES",
            "ID_FIELD": "id",
            "WRITE_NAME": "YES",
            "DESCRIPTION": notice.describe(notice.layers[0] if len(notice.layers) == 1 else None),
            "AUTODETECT_JSON_STRINGS": "YES",
            "FOREIGN_MEMBERS_COLLECTION": json.dumps({"cpecmap": meta}, ensure_ascii=False),
        },
    )
    return path.read_bytes()


def write_gpkg(parts: Sequence[Part], notice: Notice, stem: str, tmp: Path) -> bytes:
    """One table per layer; description and metadata carry licence and citation."""
    path = tmp / f"{stem}.gpkg"
    for layer, frame in parts:
        _write(
            frame,
            path,
            "GPKG",
            layer=layer.id,
            append=path.exists(),
            dataset_options=None if path.exists() else {"VERSION": "1.2"},
            layer_options={
                "IDENTIFIER": str(layer.meta.get("title", layer.id)),
                "DESCRIPTION": notice.describe(layer.meta),
            },
            layer_metadata={
                "LICENCE": str(layer.meta.get("licence", "")),
                "ATTRIBUTION": " ".join(str(layer.meta.get("attribution", "")).split()),
                "DATA_VERSION": notice.data_version,
                "CITATION": notice.citation(),
            },
        )
    return path.read_bytes()


def write_csv(parts: Sequence[Part], notice: Notice, stem: str, tmp: Path) -> bytes:
    """WKT geometry column, lon/lat for points; licence, attribution, data version and
    citation on every row (a CSV has nowhere else to carry them)."""
    path = tmp / f"{stem}.csv"
    frames = [(layer, with_licence(frame, layer.meta)) for layer, frame in parts]
    frame = with_lonlat(_merged(frames))
    frame["data_version"] = notice.data_version
    frame["citation"] = notice.citation()
    _write(frame, path, "CSV", layer_options={"GEOMETRY": "AS_WKT", "GEOMETRY_NAME": "wkt"})
    return path.read_bytes()


def write_kml(parts: Sequence[Part], notice: Notice, stem: str, tmp: Path) -> bytes:
    """One folder per layer; document and folder descriptions carry the licence."""
    path = tmp / f"{stem}.kml"
    for i, (layer, frame) in enumerate(parts):
        _write(
            frame,
            path,
            "LIBKML",
            layer=layer.id,
            append=i > 0,
            dataset_options={
                "NAME": f"cpecmap – {notice.scope} ({notice.data_version})",
                "DESCRIPTION": notice.describe(None),
                "AUTHOR_NAME": "cpecmap contributors",
            },
            layer_options={
                "NAME": str(layer.meta.get("title", layer.id)),
                "DESCRIPTION": notice.describe(layer.meta),
            },
        )
    return path.read_bytes()


def write_fgb(parts: Sequence[Part], notice: Notice, stem: str, tmp: Path) -> bytes:
    """One FlatGeobuf layer (mixed geometry for all layers), title and description set;
    no spatial index when a record is unplaced (null geometry)."""
    path = tmp / f"{stem}.fgb"
    frame = _merged([(layer, with_licence(frame, layer.meta)) for layer, frame in parts])
    options = {
        "TITLE": f"cpecmap – {notice.scope}",
        "DESCRIPTION": notice.describe(None if len(parts) > 1 else parts[0][0].meta),
    }
    if frame.geometry.isna().any():
        # GDAL's FlatGeobuf index cannot hold a null geometry (an unplaced record).
        options["SPATIAL_INDEX"] = "NO"
    kwargs: dict[str, object] = {"layer": stem, "layer_options": options}
    if len(parts) > 1:
        kwargs["geometry_type"] = "Unknown"
    _write(frame, path, "FlatGeobuf", **kwargs)
    return path.read_bytes()


def write_shp_zip(parts: Sequence[Part], notice: Notice, stem: str, tmp: Path) -> bytes:
    """A zip of one shapefile per layer plus README.txt (field mapping) and LICENCE.txt."""
    mapping: dict[str, str] = {}
    names: list[Path] = []
    for layer, frame in parts:
        frame = with_licence(frame, layer.meta)
        fields = shapefile_names(c for c in frame.columns if c != "geometry")
        mapping.update(fields)
        base = f"cpecmap-{layer.id}"
        with warnings.catch_warnings():  # dBase's 254-character cut is documented in README.txt
            warnings.filterwarnings("ignore", message=".*truncated to 254", category=RuntimeWarning)
            _write(
                frame.rename(columns=fields),
                tmp / f"{base}.shp",
                "ESRI Shapefile",
                layer_options={"ENCODING": "UTF-8"},
            )
        names += sorted(tmp.glob(f"{base}.*"))
    members = [(name.name, name.read_bytes()) for name in names]
    members += [
        ("README.txt", notice.readme_text(mapping).encode()),
        ("LICENCE.txt", notice.licence_text().encode()),
    ]
    buffer = io.BytesIO()
    # Shapefiles at the zip's root so GDAL opens the .shp.zip directly; fixed
    # timestamps keep the archive byte-identical for identical data.
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for member, content in members:
            info = zipfile.ZipInfo(member, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, content)
    return buffer.getvalue()
