"""``cpecmap curate``: check the records and write the committed source files from them."""

from __future__ import annotations

from pathlib import Path

from cpecmap.catalog import load_catalog
from cpecmap.errors import SourceError, ValidationFailed
from cpecmap.records import curated_layers, has_records, records_dir, source_text, write_sources
from cpecmap.settings import Settings


def curate(settings: Settings, *, check: bool = False) -> tuple[list[Path], list[Path]]:
    """Validate the records as the build does, then write ``sources/<layer>.geojson``.

    Returns the source files and those whose content changed. With ``check`` nothing
    is written. Nothing is written either when any record is invalid.

    Raises
    ------
    ValidationFailed
        Listing every problem, each naming the record file, the feature and the field.
    """
    from cpecmap.pipeline import validate

    if not has_records(settings.sources_dir):
        where = records_dir(settings.sources_dir)
        raise ValidationFailed([SourceError(where.name, None, None, f"no records at {where}")])
    validate(settings)  # the same checks as the build: nothing is written if any fails
    catalog = load_catalog(settings.catalog_path)
    curated, errors = curated_layers(catalog, settings.sources_dir)
    if errors:  # pragma: no cover - validate() has raised for these already
        raise ValidationFailed(errors)
    paths = [settings.sources_dir / f"{c.layer.id}.geojson" for c in curated]
    changed = [
        path
        for path, c in zip(paths, curated, strict=True)
        if not path.is_file() or path.read_text(encoding="utf-8") != source_text(c.features)
    ]
    if not check:
        write_sources(curated, settings.sources_dir)
    return paths, changed
