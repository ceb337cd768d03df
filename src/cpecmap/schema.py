"""The feature schema, read from ``schema.yaml``: fields, types, coded values, checks.

``schema.yaml`` is the one definition; the record reader, the build's validator,
``docs/fields.md`` (``cpecmap schema``), the OpenAPI enums and the web map's labels
(through the manifest) all come from it.
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

SCHEMA_PATH = Path(__file__).with_name("schema.yaml")
MIN_YEAR = 1950
MAX_NAME = 120
MAX_TEXT = 2000
MIN_WAIVER = 40  # a waiver must explain itself
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DATE_RE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
URL_RE = re.compile(r"^https?://[^\s<>\"']+$", re.IGNORECASE)
LANG_RE = re.compile(
    r"^(?P<lang>[a-z]{2,3})(?:-(?P<script>[A-Z][a-z]{3}))?(?:-(?P<region>[A-Z]{2}))?$"
)
SOURCE_KEYS = ("title", "publisher", "url", "date")
SOURCE_OPTIONAL = ("key", "note", "accessed")
MILESTONE_KEYS = ("event", "date", "by", "note", "source")


@dataclass(frozen=True)
class Field:
    """One field: its type (see schema.yaml), who writes it and what it means."""

    name: str
    type: str
    origin: str  # "record" (people) or "build" (derived)
    description: str
    required: bool = False
    positive: bool = False
    output: bool = True


@dataclass(frozen=True)
class Schema:
    """The parsed schema.yaml."""

    enums: Mapping[str, Mapping[str, Mapping[str, Any]]]
    languages: Mapping[str, str]
    fields: Mapping[str, Field]
    extra_fields: Mapping[str, Field]
    rules: Mapping[str, str]

    def codes(self, enum: str) -> tuple[str, ...]:
        """The codes of one enum, in schema order."""
        return tuple(self.enums[enum])

    def labels(self, enum: str) -> dict[str, str]:
        """Code → the word shown to readers."""
        return {code: str(v["label"]) for code, v in self.enums[enum].items()}


def _fields(raw: Mapping[str, Any]) -> dict[str, Field]:
    return {name: Field(name=name, **spec) for name, spec in raw.items()}


@cache
def load_schema(path: Path = SCHEMA_PATH) -> Schema:
    """Parse schema.yaml (once per path)."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    return Schema(
        enums=raw["enums"],
        languages=raw["languages"],
        fields=_fields(raw["fields"]),
        extra_fields=_fields(raw["extra_fields"]),
        rules=raw["rules"],
    )


SCHEMA = load_schema()
STATUSES = SCHEMA.codes("status")
PHASES = SCHEMA.codes("phase")
PRECISIONS = SCHEMA.codes("precision")
#: The precision of a record with no position on Earth: it has no geometry.
UNPLACED = "unplaced"
assert UNPLACED in PRECISIONS, "schema.yaml must define the 'unplaced' precision"
EVENTS = SCHEMA.codes("event")
RELATIONS = SCHEMA.codes("relation")
YEAR_FIELDS = ("year_agreement", "year_construction", "year_operation")
#: Built properties every feature carries, in output order (layer extras follow).
PROPERTY_KEYS = tuple(n for n, f in SCHEMA.fields.items() if f.output)
#: Fields a record (and so a curated source feature) may hold.
RECORD_KEYS = tuple(n for n, f in SCHEMA.fields.items() if f.origin == "record")


def max_year() -> int:
    """The latest acceptable year: the current one (no future dates)."""
    return _dt.date.today().year


def enum_labels() -> dict[str, dict[str, str]]:
    """Every enum's labels, as the manifest hands them to the web map and folium."""
    return {name: SCHEMA.labels(name) for name in SCHEMA.enums}


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def check_date(value: Any) -> str | None:
    """Why ``value`` is not an acceptable date string, or None."""
    if not isinstance(value, str) or not DATE_RE.match(value):
        return "must be a date string YYYY, YYYY-MM or YYYY-MM-DD"
    parts = [int(p) for p in value.split("-")]
    try:
        _dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return f"{value!r} is not a calendar date"
    if not MIN_YEAR <= parts[0] <= max_year():
        return f"{value} is outside {MIN_YEAR}–{max_year()} (future dates go in the description)"
    return None


def check_language(tag: Any) -> str | None:
    """Why ``tag`` is not an accepted language tag, or None."""
    match = LANG_RE.match(tag) if isinstance(tag, str) else None
    if not match or match["lang"] not in SCHEMA.languages:
        known = ", ".join(SCHEMA.languages)
        return f"{tag!r} is not a language tag cpecmap knows (one of {known}, e.g. zh-Hans)"
    return None


def _check_type(field: Field, value: Any, ctx: Mapping[str, Any]) -> str | None:
    kind = field.type
    if kind == "slug":
        ok = isinstance(value, str) and ID_RE.match(value)
        return None if ok else "must be a slug of lower-case letters, digits and hyphens"
    if kind in ("name", "text"):
        if not isinstance(value, str):
            return "must be a string"
        if not value.strip():
            return "must not be empty"
        limit = MAX_NAME if kind == "name" else MAX_TEXT
        return (
            f"is {len(value)} characters long; at most {limit} allowed"
            if len(value) > limit
            else None
        )
    if kind == "integer":
        return (
            None
            if isinstance(value, int) and not isinstance(value, bool)
            else "must be a whole number"
        )
    if kind == "number":
        if not _is_number(value):
            return "must be a number"
        return "must be a positive number" if field.positive and value <= 0 else None
    if kind == "date":
        return check_date(value)
    if kind == "strings":
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            return "must be a list of non-empty strings"
        return None
    if kind.startswith("enum:"):
        allowed = SCHEMA.codes(kind[5:])
        return None if value in allowed else f"{value!r} is not one of: {', '.join(allowed)}"
    return None  # structured types are checked by their own functions


def check_properties(
    props: Mapping[str, Any], *, categories: tuple[str, ...], extras: tuple[str, ...] = ()
) -> Iterator[tuple[str, str]]:
    """Yield ``(field, message)`` for every problem in one curated feature's properties.

    ``props`` are a record's fields with its citations resolved (a source feature).
    """
    allowed = {
        **{k: SCHEMA.fields[k] for k in RECORD_KEYS},
        **{k: SCHEMA.extra_fields[k] for k in extras},
    }
    for key in props:
        if key not in allowed:
            why = " (it is derived by the build)" if key in SCHEMA.fields else ""
            yield key, f"unknown field{why}; allowed: {', '.join(allowed)}"
    for key, field in allowed.items():
        value = props.get(key)
        if value is None:
            if field.required:
                yield key, "missing required field"
            continue
        ctx = {"categories": tuple(sorted(categories))}
        if problem := _check_type(field, value, ctx):
            yield key, problem
        elif key == "category" and value not in ctx["categories"]:
            yield (
                key,
                f"{value!r} is not one of the layer's categories: {', '.join(ctx['categories'])}",
            )
    yield from _check_names(props.get("names"))
    yield from _check_milestones(props.get("milestones"), "status" in props)
    yield from _check_links(props.get("links"))
    yield from _check_waiver(props)
    yield from check_sources(props.get("sources"), "sources" in props)


def _check_names(names: Any) -> Iterator[tuple[str, str]]:
    if names is None:
        return
    if not isinstance(names, dict) or not names:
        yield "names", "must be a mapping of language tag → name"
        return
    for tag, value in names.items():
        if problem := check_language(tag):
            yield f"names.{tag}", problem
        elif tag == "en":
            yield "names.en", "the English name is `name`; names holds the other languages"
        elif not isinstance(value, str) or not value.strip() or len(value) > MAX_NAME:
            yield f"names.{tag}", f"must be a non-empty string of at most {MAX_NAME} characters"


def _check_milestones(milestones: Any, has_status: bool) -> Iterator[tuple[str, str]]:
    if milestones is None:
        if not has_status:
            yield "status", "give dated milestones, or a status when no date is known"
        return
    if has_status:
        yield "status", "the status is derived from the milestones; remove it"
    if not isinstance(milestones, list) or not milestones:
        yield "milestones", "must be a non-empty list of {event, date}"
        return
    previous: str | None = None
    for i, item in enumerate(milestones):
        where = f"milestones[{i}]"
        if not isinstance(item, dict):
            yield where, "must be a mapping {event, date}"
            return
        for key in sorted(set(item) - set(MILESTONE_KEYS)):
            yield (
                f"{where}.{key}",
                f"unknown milestone field (allowed: {', '.join(MILESTONE_KEYS)})",
            )
        if item.get("event") not in EVENTS:
            yield f"{where}.event", f"{item.get('event')!r} is not one of: {', '.join(EVENTS)}"
        date = item.get("date")
        if problem := check_date(date):
            yield f"{where}.date", problem
            return
        assert isinstance(date, str)  # check_date accepts strings only
        if (
            previous is not None
            and date[:4] < previous[:4]
            or (previous is not None and len(date) == len(previous) and date < previous)
        ):
            yield f"{where}.date", f"milestones out of order: {date} comes after {previous}"
        previous = date
        if "by" in item and not isinstance(item["by"], bool):
            yield f"{where}.by", "must be true or false"
    firsts: dict[str, str] = {}
    for item in milestones:
        firsts.setdefault(item.get("event"), item.get("date"))
    done = firsts.get("operation")
    start = firsts.get("construction")
    if done and start and done[:4] < start[:4]:
        yield "milestones", f"operation {done} is before construction {start}"


def _check_links(links: Any) -> Iterator[tuple[str, str]]:
    if links is None:
        return
    if not isinstance(links, list):
        yield "links", "must be a list of {rel, id}"
        return
    for i, link in enumerate(links):
        where = f"links[{i}]"
        if not isinstance(link, dict) or set(link) != {"rel", "id"}:
            yield where, "must be a mapping with exactly rel and id"
        elif link["rel"] not in RELATIONS:
            yield f"{where}.rel", f"{link['rel']!r} is not one of: {', '.join(RELATIONS)}"
        elif not isinstance(link["id"], str) or not ID_RE.match(link["id"]):
            yield f"{where}.id", "must be a feature id"


def _check_waiver(props: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    waiver = props.get("length_waiver")
    if isinstance(waiver, str) and len(waiver) < MIN_WAIVER:
        yield (
            "length_waiver",
            f"must explain in at least {MIN_WAIVER} characters why the lengths differ",
        )
    elif waiver is not None and props.get("length_km_stated") is None:
        yield "length_waiver", "only applies to a feature with a length_km_stated"


def check_sources(sources: Any, present: bool = True) -> Iterator[tuple[str, str]]:
    """Problems in a list of resolved source objects."""
    if not present:
        return
    if not isinstance(sources, list) or not sources:
        yield "sources", "every feature needs at least one source"
        return
    for i, src in enumerate(sources):
        where = f"sources[{i}]"
        if not isinstance(src, dict):
            yield where, "must be an object with title, publisher, url, date"
            continue
        yield from ((f"{where}.{k}", problem) for k, problem in check_publication(src) if problem)


def check_publication(src: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    """Problems in one publication (a bibliography entry or a resolved source)."""
    for key in SOURCE_KEYS:
        value = src.get(key)
        if not isinstance(value, str) or not value.strip():
            yield key, "missing required source field"
    url = src.get("url")
    if isinstance(url, str) and url and not URL_RE.match(url):
        yield "url", "must be an http(s) URL"
    date = src.get("date")
    if isinstance(date, str) and date and not DATE_RE.match(date):
        yield "date", "must be YYYY, YYYY-MM or YYYY-MM-DD"
    for key in sorted(set(src) - set(SOURCE_KEYS) - set(SOURCE_OPTIONAL)):
        yield key, f"unknown source field (allowed: {', '.join(SOURCE_KEYS + SOURCE_OPTIONAL)})"
