"""The web map's visibility rule, restated in Python to check the page against."""

from __future__ import annotations

import datetime as dt
from typing import Any

CURRENT_YEAR = dt.date.today().year
STATUSES = [
    "operational",
    "under-construction",
    "planned",
    "proposed",
    "cancelled",
    "claimed-unverified",
]
PHASES = ["I", "II", "III", "IV"]


def start_year(p: dict[str, Any]) -> int | None:
    years = [p.get(k) for k in ("year_construction", "year_operation", "year_agreement")]
    ints = [y for y in years if isinstance(y, int)]
    return min(ints) if ints else None


def visible(
    layer_data: dict[str, Any],
    layers: set[str] | None = None,
    statuses: set[str] | None = None,
    phases: set[str] | None = None,
    year: int | None = None,
) -> set[str]:
    """Feature ids the page must show for these settings (None = all)."""
    out = set()
    for layer_id, fc in layer_data.items():
        if layers is not None and layer_id not in layers:
            continue
        for f in fc["features"]:
            p = f["properties"]
            if statuses is not None and p["status"] not in statuses:
                continue
            if phases is not None and p["phase"] not in phases:
                continue
            if year is not None:
                if p["status"] == "cancelled":
                    continue
                start = start_year(p)
                if start is None and year < CURRENT_YEAR:
                    continue
                if start is not None and start > year:
                    continue
            out.add(p["id"])
    return out
