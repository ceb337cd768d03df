"""Parsing of OGC query parameters into store query arguments (400 on bad input)."""

from __future__ import annotations

import math
from datetime import date, datetime

from cpecmap.errors import BadRequest
from cpecmap.schema import PHASES, STATUSES  # the one definition of the coded values
from cpecmap.store import Layer

__all__ = ["PHASES", "STATUSES", "parse_bbox", "parse_datetime", "parse_filters"]

BBox = tuple[float, float, float, float]

_BBOX_HINT = (
    "four numbers minlon,minlat,maxlon,maxlat in degrees (lon -180..180, lat -90..90), "
    "e.g. bbox=60,23,78,37"
)
_DATETIME_HINT = "expected e.g. 2019-06-01, 2015-01-01T00:00:00Z/.. or ../2020-12-31"


def parse_bbox(value: str | None) -> list[BBox] | None:
    """Parse ``bbox`` into one box, or two when it crosses the antimeridian.

    Six numbers (with heights) are accepted, as the OGC standard allows; the
    heights are ignored.

    Raises
    ------
    BadRequest
        When the value is not 4 (or 6) finite numbers within range.
    """
    if value is None:
        return None
    try:
        numbers = [float(part) for part in value.split(",")]
    except ValueError:
        raise BadRequest(f"invalid bbox={value!r}: not numbers; expected {_BBOX_HINT}") from None
    if len(numbers) == 6:
        numbers = [numbers[0], numbers[1], numbers[3], numbers[4]]
    if len(numbers) != 4 or not all(math.isfinite(n) for n in numbers):
        raise BadRequest(f"invalid bbox={value!r}: need 4 finite numbers; expected {_BBOX_HINT}")
    minx, miny, maxx, maxy = numbers
    if not (
        -180 <= minx <= 180 and -180 <= maxx <= 180 and -90 <= miny <= 90 and -90 <= maxy <= 90
    ):
        raise BadRequest(f"invalid bbox={value!r}: out of range; expected {_BBOX_HINT}")
    if miny > maxy:
        raise BadRequest(f"invalid bbox={value!r}: minlat > maxlat; expected {_BBOX_HINT}")
    if minx > maxx:  # crosses the antimeridian
        return [(minx, miny, 180.0, maxy), (-180.0, miny, maxx, maxy)]
    return [(minx, miny, maxx, maxy)]


def parse_datetime(value: str | None) -> tuple[int | None, int | None] | None:
    """Parse ``datetime`` (RFC 3339 instant or interval) into an inclusive year range.

    The store matches the features operating at some time in the range (the
    one time rule in :mod:`cpecmap.timeline`).
    ``..`` or an empty end leaves the interval open.

    Raises
    ------
    BadRequest
        When a bound is not an RFC 3339 date or date-time (or a bare year).
    """
    if value is None:
        return None
    parts = value.split("/")
    if len(parts) > 2 or not value.strip():
        raise BadRequest(f"invalid datetime={value!r}; {_DATETIME_HINT}")
    years = [_year(p, value) for p in parts]
    if len(years) == 1:
        if years[0] is None:
            raise BadRequest(
                f"invalid datetime={value!r}: an instant cannot be open; expected e.g. 2019-06-01"
            )
        return years[0], years[0]
    start, end = years
    if start is not None and end is not None and start > end:
        raise BadRequest(f"invalid datetime={value!r}: the interval ends before it starts")
    return start, end


def _year(part: str, whole: str) -> int | None:
    part = part.strip()
    if part in ("", ".."):
        return None
    try:
        if len(part) == 4 and part.isdigit():
            return int(part)
        if len(part) == 10:
            return date.fromisoformat(part).year
        return datetime.fromisoformat(part.replace("z", "Z")).year
    except ValueError:
        raise BadRequest(
            f"invalid datetime={whole!r}: {part!r} is not an RFC 3339 date or date-time; "
            + _DATETIME_HINT
        ) from None


def parse_filters(layer: Layer, domains: list[str], **values: str | None) -> dict[str, str]:
    """Validate the equality filters ``status``, ``phase``, ``domain``, ``category``.

    Raises
    ------
    BadRequest
        When a value is not one of the allowed values (listed in the message).
    """
    allowed = {
        "status": STATUSES,
        "phase": PHASES,
        "domain": tuple(domains),
        "category": tuple(layer.meta.get("categories") or {}),
    }
    filters: dict[str, str] = {}
    for key, value in values.items():
        if value is None:
            continue
        if value not in allowed[key]:
            raise BadRequest(f"invalid {key}={value!r}; valid values: {', '.join(allowed[key])}")
        filters[key] = value
    return filters
