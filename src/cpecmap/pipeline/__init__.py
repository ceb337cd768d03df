"""The data pipeline: read → validate → derive → write, in one direction.

``validate(settings)`` checks the curated sources without writing;
``build(settings)`` also writes ``settings.build_dir`` atomically.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from cpecmap import __version__
from cpecmap.catalog import Catalog, load_catalog
from cpecmap.errors import SourceError, ValidationFailed
from cpecmap.pipeline.derive import add_lengths, resolve_routes
from cpecmap.pipeline.enrich import add_time, resolve_links
from cpecmap.pipeline.read import RawLayer, read_all, source_path
from cpecmap.pipeline.validate import Feature, validate_layer
from cpecmap.pipeline.write import write_build
from cpecmap.records import curated_layers, has_records, source_text
from cpecmap.settings import Settings

__all__ = ["Result", "build", "validate"]


@dataclass
class Result:
    """Validated, derived features per layer (catalogue order) and build metadata."""

    catalog: Catalog
    layers: dict[str, list[Feature]]
    meta: dict[str, Any]
    warnings: list[str]


def _sources_digest(settings: Settings, raw_layers: list[RawLayer]) -> str:
    # The digest of the curated source files (as `cpecmap curate` writes them from
    # records, or as read), so a data version names the content, not where it came from.
    digest = hashlib.sha256(settings.catalog_path.read_bytes())
    for raw in raw_layers:
        digest.update(raw.layer.id.encode())
        if raw.files is not None:
            digest.update(source_text(raw.features).encode("utf-8"))
        elif raw.path.is_file():
            digest.update(raw.path.read_bytes())
    return digest.hexdigest()


def read_sources(settings: Settings, catalog: Catalog) -> tuple[list[RawLayer], list[SourceError]]:
    """The source features: made from the records when there are records, else read."""
    if not has_records(settings.sources_dir):
        return read_all(catalog, settings.sources_dir)
    curated, errors = curated_layers(catalog, settings.sources_dir)
    raws = [
        RawLayer(c.layer, source_path(settings.sources_dir, c.layer), c.features, c.files)
        for c in curated
    ]
    return raws, errors


def validate(settings: Settings) -> Result:
    """Read, validate and derive every layer without writing anything.

    Raises
    ------
    ValidationFailed
        Listing every problem, each naming the file, the feature id and the field.
    """
    try:
        catalog = load_catalog(settings.catalog_path)
    except SourceError as exc:
        raise ValidationFailed([exc]) from exc
    raw_layers, errors = read_sources(settings, catalog)
    seen: dict[str, str] = {}
    features: list[Feature] = []
    for raw in raw_layers:
        feats, errs = validate_layer(raw, seen)
        features.extend(feats)
        errors.extend(errs)
    for feat in features:
        add_time(feat)
    errors.extend(resolve_links(features))
    errors.extend(resolve_routes(features))
    length_errors, warnings = add_lengths(features)
    errors.extend(length_errors)
    if errors:
        raise ValidationFailed(errors)
    by_layer: dict[str, list[Feature]] = {layer.id: [] for layer in catalog.layers}
    for feat in features:
        by_layer[feat.layer.id].append(feat)
    sha = _sources_digest(settings, raw_layers)
    meta = {
        "data_version": f"{catalog.version}+{sha[:12]}",
        "sources_sha256": sha,
        "generator": f"cpecmap {__version__}",
    }
    return Result(catalog=catalog, layers=by_layer, meta=meta, warnings=warnings)


def build(settings: Settings) -> dict[str, Any]:
    """Validate, then write the build atomically; returns the manifest.

    The manifest's ``warnings`` lists the documented exceptions (length waivers).
    """
    result = validate(settings)
    meta = {**result.meta, "warnings": result.warnings}
    return write_build(result.catalog, result.layers, settings.build_dir, meta)
