"""Read: load the catalogue and each layer's source file, reporting unreadable files."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cpecmap.catalog import Catalog, Layer
from cpecmap.errors import SourceError

MAX_SOURCE_BYTES = 20 * 1024 * 1024  # a hand-curated layer never needs more


@dataclass
class RawLayer:
    """A layer's source file as parsed JSON, before validation."""

    layer: Layer
    path: Path
    features: list[Any]
    #: The file each feature came from (its record), when not ``path`` itself.
    files: list[str] | None = None

    def file_of(self, index: int) -> str:
        """The file name to report for feature ``index``."""
        return self.files[index] if self.files else self.path.name


def source_path(sources_dir: Path, layer: Layer) -> Path:
    """Where a layer's curated source file lives."""
    return sources_dir / f"{layer.id}.geojson"


def read_layer(sources_dir: Path, layer: Layer) -> RawLayer:
    """Parse one layer's source file.

    Raises
    ------
    SourceError
        For a missing, oversized, non-UTF-8 or malformed file, naming the file.
    """
    path = source_path(sources_dir, layer)
    name = path.name
    if not path.is_file():
        raise SourceError(name, None, None, f"source file not found at {path}")
    size = path.stat().st_size
    if size > MAX_SOURCE_BYTES:
        raise SourceError(
            name, None, None, f"file is {size:,} bytes; at most {MAX_SOURCE_BYTES:,} allowed"
        )
    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        fid, field = _locate_bad_bytes(data)
        raise SourceError(
            name, fid, field, f"not valid UTF-8 (byte {exc.start}): save the file as UTF-8"
        ) from exc
    try:
        # NaN/Infinity parse as floats here so the validator can name the feature.
        doc = json.loads(text)
    except ValueError as exc:
        pos = getattr(exc, "pos", len(text))
        raise SourceError(name, _last_id_before(text, pos), None, f"invalid JSON: {exc}") from exc
    if not isinstance(doc, dict) or doc.get("type") != "FeatureCollection":
        raise SourceError(name, None, "type", "the file must be a GeoJSON FeatureCollection")
    features = doc.get("features")
    if not isinstance(features, list):
        raise SourceError(name, None, "features", "a FeatureCollection needs a 'features' list")
    return RawLayer(layer=layer, path=path, features=features)


_ID_RE = re.compile(r'"id"\s*:\s*"([^"\\]{1,200})"')


def _last_id_before(text: str, pos: int) -> str | None:
    """The id of the feature a JSON error is in (the last id seen before it), if any."""
    ids = _ID_RE.findall(text, 0, pos)
    return f"{ids[-1]} (or the one after it)" if ids else None


def _locate_bad_bytes(data: bytes) -> tuple[str | None, str | None]:
    """Find which feature and field hold the bytes that are not UTF-8."""
    try:
        doc = json.loads(data.decode("utf-8", errors="replace"))
    except ValueError:
        return None, None
    for item in doc.get("features", []) if isinstance(doc, dict) else []:
        props = item.get("properties") if isinstance(item, dict) else None
        if not isinstance(props, dict):
            continue
        for key, value in props.items():
            if "\ufffd" in json.dumps(value, ensure_ascii=False):
                return str(props.get("id")), key
    return None, None


def read_all(catalog: Catalog, sources_dir: Path) -> tuple[list[RawLayer], list[SourceError]]:
    """Read every layer in the catalogue, collecting errors instead of stopping at the first."""
    layers: list[RawLayer] = []
    errors: list[SourceError] = []
    for layer in catalog.layers:
        try:
            layers.append(read_layer(sources_dir, layer))
        except SourceError as exc:
            errors.append(exc)
    return layers, errors
