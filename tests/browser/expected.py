"""What the web map must show, from the one time rule in :mod:`cpecmap.timeline`."""

from __future__ import annotations

import datetime as dt
from typing import Any

from cpecmap.schema import SCHEMA
from cpecmap.timeline import operating_in, status_at

CURRENT_YEAR = dt.date.today().year
STATUSES = list(SCHEMA.enums["status"])
NO_PHASE = "unphased"  # the phase filter's value for an empty phase (web/js/format.js)
PHASES = [*SCHEMA.enums["phase"], NO_PHASE]


def status_in(p: dict[str, Any], year: int | None) -> str | None:
    """The status the page shows: now without a year, else the status in that year.

    A feature with no dated milestone has only its status now, which holds for the
    present year and no past one (schema.yaml ``rules.status``).
    """
    if year is None:
        return str(p["status"])
    history = p.get("status_history") or []
    if not history:
        return str(p["status"]) if year >= CURRENT_YEAR else None
    return status_at(history, year)


def operating(p: dict[str, Any], year: int) -> bool:
    """Operating in ``year``: its status then was operational (schema.yaml ``rules.operating``)."""
    return operating_in(p.get("status_history") or [], year, year, status_now=p.get("status"))


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
            status = status_in(p, year)
            if status is None or (statuses is not None and status not in statuses):
                continue
            if phases is not None and (p.get("phase") or NO_PHASE) not in phases:
                continue
            out.add(p["id"])
    return out


def operating_ids(layer_data: dict[str, Any], year: int) -> set[str]:
    """Every feature operating in ``year``, over all layers."""
    return {
        f["properties"]["id"]
        for fc in layer_data.values()
        for f in fc["features"]
        if operating(f["properties"], year)
    }
