"""The layer catalogue (``geodata/layers.yaml``): domains, layers, styles, licences."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from cpecmap.errors import NotFound, SourceError
from cpecmap.schema import PRECISIONS, SCHEMA, enum_labels

DOMAINS = ("land", "sea", "digital")
GEOMETRIES = {
    "Point": ("Point",),
    "Line": ("LineString", "MultiLineString"),
    "Polygon": ("Polygon", "MultiPolygon"),
    # Records with no ground footprint (claims of the brief): served as JSON, not drawn.
    "None": (),
}
# Default region every coordinate must fall in: Pakistan with a margin for its
# coastal waters (lon/lat). A swapped lon/lat pair lands far outside it.
PAKISTAN_REGION = (60.5, 23.0, 78.0, 37.5)
_LAYER_KEYS = (
    "id",
    "domain",
    "title",
    "geometry",
    "description",
    "licence",
    "attribution",
    "style",
)


@dataclass(frozen=True)
class Layer:
    """One layer of the catalogue."""

    id: str
    domain: str
    title: str
    geometry: str
    description: str
    licence: str
    attribution: str
    style: dict[str, Any]
    categories: dict[str, dict[str, Any]] = field(default_factory=dict)
    region: tuple[float, float, float, float] = PAKISTAN_REGION
    #: Extra fields of this layer (schema.yaml ``extra_fields``), after the common ones.
    fields: tuple[str, ...] = ()

    @property
    def geometry_types(self) -> tuple[str, ...]:
        """GeoJSON geometry types allowed in this layer."""
        return GEOMETRIES[self.geometry]

    def as_dict(self) -> dict[str, Any]:
        """The catalogue entry as plain data (as written to the manifest)."""
        return {
            "id": self.id,
            "domain": self.domain,
            "title": self.title,
            "description": self.description,
            "geometry": self.geometry,
            "licence": self.licence,
            "attribution": self.attribution,
            "style": dict(self.style),
            "categories": {k: dict(v) for k, v in self.categories.items()},
            "fields": list(self.fields),
        }


@dataclass(frozen=True)
class Catalog:
    """All layers, in catalogue order, and the domain descriptions."""

    domains: dict[str, dict[str, str]]
    layers: tuple[Layer, ...]
    version: str = "0.0.0"
    precision_styles: dict[str, Any] = field(default_factory=dict)
    labels: dict[str, dict[str, str]] = field(default_factory=dict)


def select_layers(known: list[str], wanted: list[str] | None) -> list[str]:
    """The layer ids to use, in catalogue order; all of them when ``wanted`` is empty.

    Raises
    ------
    NotFound
        Naming the unknown ids and listing the known ones.
    """
    if not wanted:
        return list(known)
    unknown = [w for w in wanted if w not in known]
    if unknown:
        raise NotFound(f"unknown layer(s) {', '.join(unknown)}; layers are: {', '.join(known)}")
    return [k for k in known if k in wanted]


def load_catalog(path: Path) -> Catalog:
    """Read and check ``layers.yaml``.

    Raises
    ------
    SourceError
        Naming the file, the layer id and the field that is wrong.
    """
    name = path.name
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise SourceError(name, None, None, f"cannot read the catalogue: {exc}") from exc
    if not isinstance(raw, dict) or not isinstance(raw.get("layers"), list):
        raise SourceError(name, None, "layers", "the catalogue needs a 'layers' list")
    domains = raw.get("domains") or {}
    if set(domains) != set(DOMAINS):
        raise SourceError(name, None, "domains", f"domains must be exactly {', '.join(DOMAINS)}")
    layers: list[Layer] = []
    seen: set[str] = set()
    for entry in raw["layers"]:
        lid = entry.get("id") if isinstance(entry, dict) else None
        if not isinstance(entry, dict):
            raise SourceError(name, None, "layers", "each layer must be a mapping")
        for key in _LAYER_KEYS:
            if not entry.get(key):
                raise SourceError(name, lid, key, "missing required layer field")
        if entry["domain"] not in DOMAINS:
            raise SourceError(name, lid, "domain", f"must be one of {', '.join(DOMAINS)}")
        if entry["geometry"] not in GEOMETRIES:
            raise SourceError(name, lid, "geometry", "must be Point, Line, Polygon or None")
        extra = entry.get("fields") or []
        if not isinstance(extra, list) or not set(extra) <= set(SCHEMA.extra_fields):
            raise SourceError(
                name, lid, "fields", f"must list fields among: {', '.join(SCHEMA.extra_fields)}"
            )
        region = entry.get("region", PAKISTAN_REGION)
        if (
            not isinstance(region, list | tuple)
            or len(region) != 4
            or not (-180 <= region[0] < region[2] <= 180 and -90 <= region[1] < region[3] <= 90)
        ):
            raise SourceError(name, lid, "region", "must be [minlon, minlat, maxlon, maxlat]")
        lid = str(lid)
        if lid in seen:
            raise SourceError(name, lid, "id", "duplicate layer id")
        seen.add(lid)
        layers.append(
            Layer(
                id=lid,
                domain=entry["domain"],
                title=entry["title"],
                geometry=entry["geometry"],
                description=" ".join(str(entry["description"]).split()),
                licence=entry["licence"],
                attribution=" ".join(str(entry["attribution"]).split()),
                style=dict(entry["style"]),
                categories={k: dict(v) for k, v in (entry.get("categories") or {}).items()},
                region=tuple(float(v) for v in region),  # type: ignore[arg-type]
                fields=tuple(extra),
            )
        )
    styles = raw.get("precision_styles") or {}
    if not isinstance(styles, dict) or not set(styles) <= set(PRECISIONS):
        raise SourceError(name, None, "precision_styles", f"keys must be among {PRECISIONS}")
    return Catalog(
        domains={k: dict(domains[k]) for k in DOMAINS},
        layers=tuple(layers),
        version=str(raw.get("data_version", "0.0.0")),
        precision_styles=dict(styles),
        labels=enum_labels(),
    )
