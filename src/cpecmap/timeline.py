"""The one time rule: status at a date, phase and milestone years, from dated milestones.

The build stores each feature's ``status_history`` (computed here); the API's
``datetime`` filter, the summaries, the folium export and the web map's year slider
all read that history with :func:`status_at` (the web map with its one-line twin in
web/js/state.js, tested against this one). The rules are written out in schema.yaml.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping, Sequence
from typing import Any

from cpecmap.schema import SCHEMA

#: Milestone event → the status it starts.
EVENT_STATUS: dict[str, str] = {e: str(v["status"]) for e, v in SCHEMA.enums["event"].items()}
#: Phase code → (first year, first year of the next phase or None).
PHASE_YEARS: dict[str, tuple[int, int | None]] = {
    code: (int(v["from"]), None if v["until"] is None else int(v["until"]))
    for code, v in SCHEMA.enums["phase"].items()
}
OPERATING = "operational"

History = list[tuple[int, str]]


def status_history(milestones: Sequence[Mapping[str, Any]] | None) -> History:
    """``[(year, status), ...]``: the status each milestone starts, one entry per year.

    Where several milestones fall in one year, the last of them gives that year's
    status (the milestones are in order).
    """
    out: History = []
    for item in milestones or ():
        year, status = int(str(item["date"])[:4]), EVENT_STATUS[item["event"]]
        if out and out[-1][0] == year:
            out[-1] = (year, status)
        elif not out or out[-1][1] != status:
            out.append((year, status))
    return out


def status_at(history: Sequence[Sequence[Any]], year: int) -> str | None:
    """The status in ``year``: that of the last entry on or before it (None before the first)."""
    current = None
    for start, status in history:
        if int(start) > year:
            break
        current = str(status)
    return current


def operating_in(
    history: Sequence[Sequence[Any]],
    first: int | None,
    last: int | None,
    *,
    status_now: str | None = None,
) -> bool:
    """Was the feature operating at some time in the inclusive year range (ends may be open)?

    A feature with no dated milestone has only its status now (``status_now``), which
    holds for the present year, not for any past one.
    """
    lo = first if first is not None else -(10**9)
    hi = last if last is not None else 10**9
    if not history:
        this_year = _dt.date.today().year
        return status_now == OPERATING and lo <= this_year <= hi
    if status_at(history, lo) == OPERATING:
        return True
    return any(lo < int(y) <= hi and s == OPERATING for y, s in history)


def first_year(milestones: Sequence[Mapping[str, Any]] | None, event: str) -> int | None:
    """The year of the first milestone of ``event`` that is dated exactly (not ``by``)."""
    for item in milestones or ():
        if item["event"] == event and not item.get("by"):
            return int(str(item["date"])[:4])
    return None


def phase_for_year(year: int) -> str | None:
    """The brief's period containing ``year`` (a boundary year belongs to the later one)."""
    found = None
    for code, (start, _until) in PHASE_YEARS.items():
        if year >= start:
            found = code
    return found


def phase(milestones: Sequence[Mapping[str, Any]] | None) -> tuple[str | None, str | None]:
    """``(phase, basis)`` by the phase rule: first operation, else construction, else agreement."""
    for event, words in (
        ("operation", "first operation"),
        ("construction", "construction start"),
        ("agreed", "agreement"),
    ):
        year = first_year(milestones, event)
        if year is not None:
            code = phase_for_year(year)
            if code is None:
                return None, f"{words} {year}, before the brief's period (2001–)"
            return code, f"{words} {year}"
    return None, None
