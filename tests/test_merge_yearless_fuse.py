"""Merging reports whose dates include year-less values: the fused record takes the days
every report allows, in either order, and records no conflict when the reports agree."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

import citydiplo as cd
from citydiplo import PartialDate, YearlessDate, parse_edtf

CITIES = [cd.City(id="a", name="A", country="KR"), cd.City(id="b", name="B", country="JP")]


def _merge(*dates: str) -> cd.MergeResult:
    reports = [
        cd.Dataset.of([*CITIES, cd.Event(
            id=f"e{i}", kind="visit", date=parse_edtf(d),
            participants=(cd.Participant(actor="a"), cd.Participant(actor="b")),
        )])
        for i, d in enumerate(dates)
    ]  # fmt: skip
    return cd.merge(*reports)


@pytest.mark.parametrize(
    ("first", "second", "fused"),
    [
        ("XXXX-04-10/XXXX-04-12", "XXXX-04-11", "XXXX-04-11"),
        ("XXXX-04", "XXXX-04-10/XXXX-04-12", "XXXX-04-10/XXXX-04-12"),
        ("XXXX-04", "XXXX-04-10", "XXXX-04-10"),
        ("XXXX-04-10/XXXX-04-12", "2024-04", "2024-04-10/2024-04-12"),
        ("XXXX-04-10", "2024-04", "2024-04-10"),
        ("XXXX-04-10", "2024", "2024-04-10"),
        ("XXXX-04-10/XXXX-04-12", "2024-04-11", "2024-04-11"),
        ("XXXX-04-10", "2024-04~", "2024-04~"),  # a qualified month keeps its qualifier
        ("XXXX-12-28/XXXX-01-03", "2024-12/2025-01", "2024-12/2025-01"),  # two years
    ],
)
def test_fused_date_is_the_days_every_report_allows(first: str, second: str, fused: str) -> None:
    for order in ((first, second), (second, first)):
        result = _merge(*order)
        assert [str(e.date) for e in result.dataset.events] == [fused]
        assert result.conflicts == ()


def test_reports_that_only_overlap_stay_apart() -> None:
    result = _merge("XXXX-04-10/XXXX-04-12", "2024-04-11/2024-04-14")
    assert sorted(str(e.date) for e in result.dataset.events) == [
        "2024-04-11/2024-04-14",
        "XXXX-04-10/XXXX-04-12",
    ]


days = st.dates(datetime.date(2001, 1, 1), datetime.date(2030, 12, 31))


@given(days, st.integers(0, 5), st.sampled_from(["day", "month", "year"]))
def test_a_yearless_report_refines_a_dated_one(day: datetime.date, length: int, unit: str) -> None:
    end = day + datetime.timedelta(days=length)
    if end.year != day.year or (unit == "month" and end.month != day.month):
        return  # the dated report must hold the year-less days
    if length:
        yearless = YearlessDate(month=day.month, day=day.day, end_month=end.month, end_day=end.day)
    else:
        yearless = YearlessDate(month=day.month, day=day.day)
    dated = {"day": PartialDate.from_date(day), "month": PartialDate(year=day.year,
             month=day.month), "year": PartialDate(year=day.year)}[unit]  # fmt: skip
    result = _merge(str(yearless), str(dated))
    (event,) = result.dataset.events
    fused = event.date
    assert result.conflicts == ()
    assert isinstance(fused, PartialDate | cd.DateRange)
    # within the dated report, and only on the year-less report's days
    assert dated.earliest() <= fused.earliest() and fused.latest() <= dated.latest()
    assert yearless.falls_on(fused.earliest()) and yearless.falls_on(fused.latest())
    if unit != "day":  # no day the reports allow is dropped
        assert fused == yearless.in_year(day.year)
