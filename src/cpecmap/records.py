"""Records: one YAML file per feature, citing a shared bibliography.

Layout (next to the sources folder, ``geodata/`` in a checkout)::

    records/<layer>/<id>.yaml   one feature: its fields (schema.yaml) and its geometry
    bibliography.yaml           every publication once, by key
    geometry/<layer>/<id>.geojson   a line too long to keep in its record

A record's ``geometry`` is inline GeoJSON (``{type: Point, coordinates: [lon, lat]}``)
or ``{file: <layer>/<id>.geojson}``; a derived line has ``route`` instead; a record
with ``precision: unplaced`` (no position on Earth, e.g. a satellite in low orbit)
has neither and becomes a feature with a ``null`` geometry. Either may
carry ``derived_from`` (which reference extract, key and helper produced it): it is
provenance for maintainers and does not reach the build. ``sources`` lists
bibliography keys. :func:`curated_layers` turns the records into the GeoJSON source
features the build validates; ``cpecmap curate`` writes them to ``sources/``.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from cpecmap.catalog import Catalog, Layer
from cpecmap.errors import SourceError
from cpecmap.schema import RECORD_KEYS, SCHEMA, UNPLACED, check_publication

BIBLIOGRAPHY = "bibliography.yaml"
GEOMETRY_KEYS = {"type", "coordinates", "file", "derived_from"}


@dataclass
class CuratedLayer:
    """One layer's source features made from its records, with each feature's record file."""

    layer: Layer
    features: list[dict[str, Any]]
    files: list[str]


def records_dir(sources_dir: Path) -> Path:
    """Where the records live for a sources folder (its sibling ``records/``)."""
    return Path(sources_dir).parent / "records"


def has_records(sources_dir: Path) -> bool:
    """Is there a records folder to curate from?"""
    return records_dir(sources_dir).is_dir()


def _rel(path: Path, base: Path) -> str:
    try:
        return str(path.relative_to(base))
    except ValueError:
        return path.name


def _yaml(path: Path, base: Path) -> Any:
    name = _rel(path, base)
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        raise SourceError(name, None, None, f"not valid UTF-8 (byte {exc.start})") from None
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        line = f" at line {where.line + 1}" if where is not None else ""
        raise SourceError(name, None, None, f"invalid YAML{line}: {exc}") from None


def load_bibliography(base: Path) -> tuple[dict[str, dict[str, Any]], list[SourceError]]:
    """Read ``bibliography.yaml``: key → publication, and the problems found."""
    path = base / BIBLIOGRAPHY
    if not path.is_file():
        return {}, [SourceError(BIBLIOGRAPHY, None, None, f"not found at {path}")]
    try:
        raw = _yaml(path, base)
    except SourceError as exc:
        return {}, [exc]
    if not isinstance(raw, dict):
        return {}, [SourceError(BIBLIOGRAPHY, None, None, "must map keys to publications")]
    errors = []
    for key, entry in raw.items():
        if not isinstance(entry, dict):
            errors.append(SourceError(BIBLIOGRAPHY, str(key), None, "must be a mapping"))
            continue
        errors.extend(
            SourceError(BIBLIOGRAPHY, str(key), f, m) for f, m in check_publication(entry)
        )
    return raw, errors


def _cite(keys: Any, bib: dict[str, Any]) -> tuple[Any, list[tuple[str, str]]]:
    if not isinstance(keys, list):
        return keys, [("sources", "must be a list of bibliography keys")]
    out, problems = [], []
    for i, key in enumerate(keys):
        if not isinstance(key, str) or key not in bib:
            problems.append((f"sources[{i}]", f"{key!r} is not a key in {BIBLIOGRAPHY}"))
        else:
            out.append({"key": key, **bib[key]})
    return out, problems


def _geometry(raw: Any, base: Path) -> tuple[Any, str | None]:
    if not isinstance(raw, dict) or not set(raw) <= GEOMETRY_KEYS:
        return None, "must be inline GeoJSON {type, coordinates} or {file: <layer>/<id>.geojson}"
    if "file" in raw:
        path = (base / "geometry" / str(raw["file"])).resolve()
        if not path.is_relative_to((base / "geometry").resolve()) or not path.is_file():
            return None, f"geometry file geometry/{raw['file']} not found"
        try:
            return json.loads(path.read_text(encoding="utf-8")), None
        except ValueError as exc:
            return None, f"geometry/{raw['file']} is not valid JSON: {exc}"
    return {k: raw[k] for k in ("type", "coordinates") if k in raw}, None


def _feature(
    record: Any, path: Path, base: Path, layer: Layer, bib: dict[str, Any]
) -> tuple[dict[str, Any] | None, list[SourceError]]:
    name = _rel(path, base)
    if not isinstance(record, dict):
        return None, [SourceError(name, path.stem, None, "a record must be a YAML mapping")]
    fid = record.get("id")
    problems: list[tuple[str, str]] = []
    if fid != path.stem:
        problems.append(("id", f"{fid!r} must equal the file name {path.stem!r}"))
    props = {k: v for k, v in record.items() if k != "geometry"}
    if "sources" in props:
        props["sources"], cited = _cite(props["sources"], bib)
        problems.extend(cited)
    for i, item in enumerate(props.get("milestones") or []):
        if isinstance(item, dict) and "source" in item and item["source"] not in bib:
            problems.append(
                (f"milestones[{i}].source", f"{item['source']!r} is not a key in {BIBLIOGRAPHY}")
            )
    geometry = None
    if "geometry" in record:
        geometry, why = _geometry(record["geometry"], base)
        if why:
            problems.append(("geometry", why))
    elif "route" not in record and layer.geometry_types and record.get("precision") != UNPLACED:
        problems.append(
            (
                "geometry",
                f"give a geometry (inline or file) or a route, or precision: {UNPLACED} "
                "for a record with no position on Earth",
            )
        )
    order = [k for k in RECORD_KEYS if k in props] + [k for k in layer.fields if k in props]
    order += [k for k in props if k not in order]  # unknown fields: the validator names them
    feature = {"type": "Feature", "properties": {k: props[k] for k in order}, "geometry": geometry}
    fid_text = fid if isinstance(fid, str) else path.stem
    return feature, [SourceError(name, fid_text, f, m) for f, m in problems]


def curated_layers(
    catalog: Catalog, sources_dir: Path
) -> tuple[list[CuratedLayer], list[SourceError]]:
    """Every layer's source features made from its records, and every problem found."""
    base = records_dir(sources_dir).parent
    bib, errors = load_bibliography(base)
    known = {layer.id for layer in catalog.layers}
    for folder in sorted(p for p in records_dir(sources_dir).iterdir() if p.is_dir()):
        if folder.name not in known:
            errors.append(
                SourceError(f"records/{folder.name}", None, None, "no such layer in the catalogue")
            )
    out = []
    for layer in catalog.layers:
        curated = CuratedLayer(layer, [], [])
        for path in sorted((records_dir(sources_dir) / layer.id).glob("*.yaml")):
            try:
                record = _yaml(path, base)
            except SourceError as exc:
                errors.append(exc)
                continue
            feature, errs = _feature(record, path, base, layer, bib)
            errors.extend(errs)
            if feature is not None:
                curated.features.append(feature)
                curated.files.append(_rel(path, base))
        out.append(curated)
    return out, errors


def source_text(features: list[dict[str, Any]]) -> str:
    """A layer's source file: compact GeoJSON, one feature per line, sorted by id."""
    ordered = sorted(features, key=lambda f: str(f["properties"].get("id")))
    body = ",\n".join(json.dumps(f, ensure_ascii=False, separators=(",", ":")) for f in ordered)
    return '{"type":"FeatureCollection","features":[\n' + body + "\n]}\n"


def write_sources(curated: list[CuratedLayer], sources_dir: Path) -> list[Path]:
    """Write every layer's source file; each file is replaced atomically."""
    sources_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for item in curated:
        target = sources_dir / f"{item.layer.id}.geojson"
        fd, tmp = tempfile.mkstemp(prefix=".curate-", dir=sources_dir)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(source_text(item.features))
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
        written.append(target)
    return written


class _RecordDumper(yaml.SafeDumper):
    """Block style, but short structures (positions, milestones, links) on one line."""


def _flow_list(dumper: yaml.SafeDumper, data: list[Any]) -> yaml.Node:
    flat = all(isinstance(v, int | float) and not isinstance(v, bool) for v in data)
    nested = all(isinstance(v, list) for v in data) and data
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=bool(flat or nested))


def _flow_dict(dumper: yaml.SafeDumper, data: dict[str, Any]) -> yaml.Node:
    small = all(not isinstance(v, dict | list) for v in data.values()) and len(data) <= 5
    short = small and sum(len(str(k)) + len(str(v)) for k, v in data.items()) < 140
    return dumper.represent_mapping("tag:yaml.org,2002:map", data, flow_style=short or None)


_RecordDumper.add_representer(list, _flow_list)
_RecordDumper.add_representer(dict, _flow_dict)


def dump_record(record: dict[str, Any]) -> str:
    """A record as YAML in schema order, geometry last (used to write new records)."""
    keys = [k for k in (*RECORD_KEYS, *SCHEMA.extra_fields) if k != "id"]
    ordered = {k: record[k] for k in ("id", *keys) if k in record}
    ordered.update({k: v for k, v in record.items() if k not in ordered})
    body = {k: v for k, v in ordered.items() if k != "geometry"}
    text = yaml.dump(body, Dumper=_RecordDumper, sort_keys=False, allow_unicode=True, width=100)
    if "geometry" in ordered:
        geometry = {"geometry": ordered["geometry"]}
        text += yaml.dump(geometry, Dumper=_RecordDumper, sort_keys=False, width=100)
    return text
