"""The feature property model: what every curated feature must carry, and its checks."""

from __future__ import annotations

import datetime as _dt
import math
import re
from collections.abc import Iterator
from typing import Any

STATUSES = (
    "operational",
    "under-construction",
    "planned",
    "proposed",
    "cancelled",
    "claimed-unverified",
)
PHASES = ("I", "II", "III", "IV")
PRECISIONS = ("exact", "approximate", "schematic")
YEAR_FIELDS = ("year_agreement", "year_construction", "year_operation")
MIN_YEAR = 1950
MAX_NAME = 120
MAX_TEXT = 2000
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DATE_RE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
URL_RE = re.compile(r"^https?://[^\s<>\"']+$", re.IGNORECASE)

# Every key a source feature carries, in output order. ``route`` is optional extra.
PROPERTY_KEYS = (
    "id",
    "name",
    "aliases",
    "domain",
    "category",
    "status",
    "phase",
    *YEAR_FIELDS,
    "capacity_mw",
    "length_km_stated",
    "partners_cn",
    "partners_pk",
    "cost_usd_m",
    "cost_note",
    "description",
    "precision",
    "precision_note",
    "brief_claim",
    "discrepancy",
    "sources",
)
OPTIONAL_KEYS = ("route", "length_waiver")
MIN_WAIVER = 40  # a waiver must explain itself
SOURCE_KEYS = ("title", "publisher", "url", "date")


def max_year() -> int:
    """The latest acceptable year: the current one (no future years in year fields)."""
    return _dt.date.today().year


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _text(value: Any, *, required: bool, limit: int = MAX_TEXT) -> str | None:
    if value is None:
        return "is required" if required else None
    if not isinstance(value, str):
        return "must be a string"
    if required and not value.strip():
        return "must not be empty"
    if len(value) > limit:
        return f"is {len(value)} characters long; at most {limit} allowed"
    return None


def _strings(value: Any) -> str | None:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        return "must be a list of non-empty strings"
    return None


def check_properties(
    props: dict[str, Any], *, domain: str, categories: set[str]
) -> Iterator[tuple[str, str]]:
    """Yield ``(field, message)`` for every schema problem in one feature's properties."""
    for key in PROPERTY_KEYS:
        if key not in props:
            yield key, "missing required field"
    for key in props:
        if key not in PROPERTY_KEYS and key not in OPTIONAL_KEYS:
            yield key, f"unknown field (allowed: {', '.join(PROPERTY_KEYS + OPTIONAL_KEYS)})"

    fid = props.get("id")
    if "id" in props and (not isinstance(fid, str) or not ID_RE.match(fid)):
        yield "id", "must be a slug of lower-case letters, digits and hyphens"
    checks: dict[str, str | None] = {
        "name": _text(props.get("name"), required=True, limit=MAX_NAME),
        "description": _text(props.get("description"), required=True),
        "precision_note": _text(props.get("precision_note"), required=True),
        "cost_note": _text(props.get("cost_note"), required=False),
        "brief_claim": _text(props.get("brief_claim"), required=False),
        "discrepancy": _text(props.get("discrepancy"), required=False),
    }
    for key, problem in checks.items():
        if key in props and problem:
            yield key, problem
    for key in ("aliases", "partners_cn", "partners_pk"):
        if key in props and (problem := _strings(props[key])):
            yield key, problem

    enums = {
        "domain": ((domain,), props.get("domain")),
        "status": (STATUSES, props.get("status")),
        "phase": (PHASES, props.get("phase")),
        "precision": (PRECISIONS, props.get("precision")),
        "category": (tuple(sorted(categories)), props.get("category")),
    }
    for key, (allowed, value) in enums.items():
        if key in props and value not in allowed:
            yield key, f"{value!r} is not one of: {', '.join(allowed)}"

    top = max_year()
    for key in YEAR_FIELDS:
        value = props.get(key)
        if value is None:
            continue
        if not isinstance(value, int) or isinstance(value, bool):
            yield key, "must be a whole year or null"
        elif not MIN_YEAR <= value <= top:
            yield key, f"{value} is outside {MIN_YEAR}–{top} (future dates go in the description)"

    years = {k: props.get(k) for k in YEAR_FIELDS}
    if all(isinstance(v, int) and not isinstance(v, bool) for v in years.values() if v is not None):
        # An agreement may follow the start of works (financial close often does),
        # but nothing operates before it was agreed or built.
        for earlier in ("year_agreement", "year_construction"):
            first, done = years[earlier], years["year_operation"]
            if first is not None and done is not None and first > done:
                yield "year_operation", f"{done} is before {earlier} {first}"

    for key in ("capacity_mw", "length_km_stated", "cost_usd_m"):
        value = props.get(key)
        if value is not None and (not _is_number(value) or value <= 0):
            yield key, "must be a positive number or null"

    waiver = props.get("length_waiver")
    if waiver is not None:
        if problem := _text(waiver, required=True):
            yield "length_waiver", problem
        elif len(waiver) < MIN_WAIVER:
            yield (
                "length_waiver",
                f"must explain in at least {MIN_WAIVER} characters why the lengths differ",
            )
        elif props.get("length_km_stated") is None:
            yield "length_waiver", "only applies to a feature with a length_km_stated"

    yield from _check_sources(props.get("sources"), "sources" in props)


def _check_sources(sources: Any, present: bool) -> Iterator[tuple[str, str]]:
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
        for key in SOURCE_KEYS:
            value = src.get(key)
            if not isinstance(value, str) or not value.strip():
                yield f"{where}.{key}", "missing required source field"
        url = src.get("url")
        if isinstance(url, str) and url and not URL_RE.match(url):
            yield f"{where}.url", "must be an http(s) URL"
        date = src.get("date")
        if isinstance(date, str) and date and not DATE_RE.match(date):
            yield f"{where}.date", "must be YYYY, YYYY-MM or YYYY-MM-DD"
        extra = set(src) - set(SOURCE_KEYS) - {"accessed", "note"}
        for key in sorted(extra):
            yield (
                f"{where}.{key}",
                "unknown source field (allowed: title, publisher, url, date, accessed, note)",
            )
