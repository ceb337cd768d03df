"""Response models: they document the real bodies in /openapi.json.

Handlers return prepared bytes; these models describe those bytes.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class Link(BaseModel):
    """A web link (OGC API / RFC 8288 style)."""

    href: str
    rel: str
    type: str | None = None
    title: str | None = None


class ErrorDetail(BaseModel):
    status: int = Field(examples=[404])
    code: str = Field(examples=["not_found"])
    message: str = Field(examples=["unknown layer 'x'; valid layers: roads, rail"])


class ErrorBody(BaseModel):
    """The body of every error response."""

    error: ErrorDetail


class LandingPage(BaseModel):
    title: str
    description: str
    links: list[Link]


class Conformance(BaseModel):
    conformsTo: list[str]


class SpatialExtent(BaseModel):
    bbox: list[list[float]]
    crs: str


class Extent(BaseModel):
    spatial: SpatialExtent


class Collection(BaseModel):
    """An OGC API collection (one cpecmap layer), with cpecmap extras."""

    model_config = ConfigDict(extra="allow")
    id: str
    title: str
    description: str
    links: list[Link]
    extent: Extent
    itemType: Literal["feature"] = "feature"
    crs: list[str]
    domain: str
    geometry: str
    count: int
    licence: str
    attribution: str


class Collections(BaseModel):
    links: list[Link]
    collections: list[Collection]


class Feature(BaseModel):
    """A GeoJSON Feature; ``properties`` follow the schema in CONTRIBUTING.md."""

    type: Literal["Feature"]
    id: str
    geometry: dict[str, Any]
    properties: dict[str, Any]
    links: list[Link] | None = None


class FeatureCollection(BaseModel):
    """A GeoJSON FeatureCollection; OGC members on items responses."""

    type: Literal["FeatureCollection"]
    features: list[Feature]
    numberMatched: int | None = None
    numberReturned: int | None = None
    timeStamp: str | None = None
    links: list[Link] | None = None


class Domain(BaseModel):
    title: str
    description: str


class LayerLinks(BaseModel):
    """Links relative to the site root, without a leading slash."""

    data: str = Field(examples=["api/layers/roads.geojson"])
    collection: str = Field(examples=["collections/roads"])
    items: str = Field(examples=["collections/roads/items"])
    downloads: dict[str, str] = Field(examples=[{"gpkg": "downloads/cpecmap-roads.gpkg"}])


class CatalogLayer(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: str
    domain: str
    title: str
    description: str
    geometry: str
    count: int
    bbox: list[float]
    licence: str
    attribution: str
    style: dict[str, Any]
    categories: dict[str, Any]
    totals: dict[str, Any]
    links: LayerLinks


class Catalog(BaseModel):
    """Every layer with its metadata and links (``GET /api/layers``)."""

    data_version: str
    generator: str | None = None
    domains: dict[str, Domain]
    precision_styles: dict[str, Any] = {}
    labels: dict[str, dict[str, str]] = {}
    layers: list[CatalogLayer]
    downloads: dict[str, str]
