"""The one time rule: status at a date, operating in a range, phase."""

from __future__ import annotations

import pytest

from cpecmap.timeline import operating_in, phase, phase_for_year, status_at, status_history

MS = [
    {"event": "agreed", "date": "2013"},
    {"event": "construction", "date": "2015-03"},
    {"event": "operation", "date": "2017-07-01"},
    {"event": "suspended", "date": "2020"},
    {"event": "restored", "date": "2021"},
    {"event": "decommissioned", "date": "2024-12"},
]


def test_status_history_and_status_at() -> None:
    history = status_history(MS)
    assert history == [
        (2013, "planned"),
        (2015, "under-construction"),
        (2017, "operational"),
        (2020, "suspended"),
        (2021, "operational"),
        (2024, "decommissioned"),
    ]
    assert status_at(history, 2012) is None
    assert status_at(history, 2016) == "under-construction"
    assert status_at(history, 2020) == "suspended"
    assert status_at(history, 2030) == "decommissioned"


def test_same_year_milestones_keep_the_last() -> None:
    same = [{"event": "agreed", "date": "2008"}, {"event": "construction", "date": "2008"}]
    assert status_history(same) == [(2008, "under-construction")]


@pytest.mark.parametrize(
    ("first", "last", "expected"),
    [
        (2016, 2016, False),
        (2016, 2017, True),
        (2020, 2020, False),  # suspended all year
        (2019, 2020, True),
        (2025, None, False),  # decommissioned
        (None, 2014, False),
        (None, None, True),
    ],
)
def test_operating_in(first: int | None, last: int | None, expected: bool) -> None:
    assert operating_in(status_history(MS), first, last) is expected


def test_operating_in_without_history() -> None:
    """An undated feature's status holds for the present year only."""
    import datetime as dt

    now = dt.date.today().year
    assert operating_in([], None, None) is False
    assert operating_in([], now, now, status_now="operational") is True
    assert operating_in([], None, now - 1, status_now="operational") is False
    assert operating_in([], now, None, status_now="planned") is False


@pytest.mark.parametrize(
    ("year", "code"), [(2000, None), (2001, "I"), (2014, "I"), (2015, "II"), (2020, "III"),
                       (2023, "III"), (2024, "IV"), (2026, "IV")]
)
def test_phase_boundaries_belong_to_the_later_period(year: int, code: str | None) -> None:
    assert phase_for_year(year) == code


def test_phase_rule_operation_then_construction_then_agreement() -> None:
    assert phase(MS) == ("II", "first operation 2017")
    assert phase(MS[:2]) == ("II", "construction start 2015")
    assert phase(MS[:1]) == ("I", "agreement 2013")
    assert phase([]) == (None, None)
    dated_by = [{"event": "construction", "date": "2024-12", "by": True}]
    assert phase(dated_by) == (None, None)  # when works began is not known
    assert phase([{"event": "operation", "date": "1999"}])[0] is None
