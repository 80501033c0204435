"""Tests of YearlessDate: EDTF XXXX-MM[-DD], records that carry it, merge, sorting, rules."""

from __future__ import annotations

import calendar
import datetime
import json

import pytest
from hypothesis import assume, given

import citydiplo as cd
from citydiplo._convert import structure_record, unstructure_record
from citydiplo._explain import structure_or_explain
from citydiplo.dates import (
    DateRange,
    PartialDate,
    YearlessDate,
    dated,
    parse_edtf,
    record_date_key,
)
from tests.strategies import partial_dates, record_dates, yearless_dates


@pytest.mark.parametrize(
    ("text", "month", "day"),
    [("XXXX-05-10", 5, 10), ("XXXX-05", 5, None), ("XXXX-02-29", 2, 29), ("XXXX-12-31", 12, 31)],
)
def test_edtf_forms(text: str, month: int, day: int | None) -> None:
    value = parse_edtf(text)
    assert isinstance(value, YearlessDate)
    assert (value.month, value.day) == (month, day)
    assert str(value) == text
    assert repr(value) == f'YearlessDate("{text}")'


@pytest.mark.parametrize(
    ("text", "feature"),
    [
        ("XXXX-13", "not a month"),
        ("XXXX-00-01", "not a month"),
        ("XXXX-02-30", "does not exist"),
        ("XXXX-04-31", "does not exist"),
        ("XXXX-05-00", "does not exist"),
        ("XXXX", "whole year"),
        ("XXXX-21", "not a month"),
        ("XXXX-05-10~", "takes no qualifier"),
        ("XXXX-05-10/XXXX-05-12?", "takes no qualifier"),
        ("XXXX-05-10~/XXXX-05-12", "takes no qualifier"),
        ("2024/XXXX-05", "needs a year-less date at both ends"),
        ("XXXX-05/2024", "needs a year-less date at both ends"),
        ("20XX-05-10", "whole year"),
        ("xxxx-05-10", "capital X"),
        ("XXXX-05-10/xxxx-05-12", "capital X"),
        ("XXXX-05-10/XXXX-05-12 ", "whitespace"),
        ("XXXX-05-10/XXXX-05-１２", "ASCII"),
        ("XXXX-05-10/..", "needs a year-less date at both ends"),
        ("../XXXX-05-10", "needs a year-less date at both ends"),
    ],
)
def test_rejections(text: str, feature: str) -> None:
    with pytest.raises(cd.DateParseError, match=feature) as info:
        parse_edtf(text)
    assert repr(text) in str(info.value)


def test_fields_are_checked() -> None:
    with pytest.raises(cd.InvalidDateError):
        YearlessDate(month=2, day=30)
    with pytest.raises(cd.InvalidDateError):
        YearlessDate(month=0)
    with pytest.raises(TypeError):
        YearlessDate(month="5")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        YearlessDate()
    with pytest.raises(TypeError):
        YearlessDate("XXXX-05", month=5)
    with pytest.raises(cd.DateParseError, match="has a year"):
        YearlessDate("2024-05-10")
    with pytest.raises(cd.DateParseError):
        PartialDate("XXXX-05-10")
    with pytest.raises(cd.DateParseError):
        DateRange("XXXX-05-10")


@given(yearless_dates())
def test_text_and_repr_round_trip(value: YearlessDate) -> None:
    assert parse_edtf(str(value)) == value
    assert eval(repr(value), {"YearlessDate": YearlessDate}) == value
    fields = (value.month, value.day, value.end_month, value.end_day)
    assert (
        YearlessDate(month=fields[0], day=fields[1], end_month=fields[2], end_day=fields[3])
        == value
    )


@given(yearless_dates(), partial_dates())
def test_compatibility_is_whether_the_date_may_fall_on_the_day(
    value: YearlessDate, other: PartialDate
) -> None:
    # reference: walk every day of the other value's span
    first, last = other.earliest(), other.latest()
    days = (first + datetime.timedelta(days=n) for n in range((last - first).days + 1))
    if value.is_span:  # as for dated values, one must hold the other, in some year
        assume(first.year >= 2 and last.year <= 9998)
        theirs = set(days)
        expected = any(
            (mine := _span_days(value, year)) <= theirs or theirs <= mine
            for year in range(first.year - 1, last.year + 1)
        )
    else:
        expected = any(_month_days(value) & {(d.month, d.day)} for d in days)
    assert value.is_compatible(other) is expected
    assert other.is_compatible(value) is expected


def _span_days(value: YearlessDate, year: int) -> set[datetime.date]:
    """The real days of a year-less span started in ``year``: from the first day on or after
    its first month-day to the last on or before its last (into the next year if it ends
    earlier in the calendar)."""
    assert value.end_month is not None
    start_day, end_day = value.day or 1, value.end_day or 31
    end_year = year + ((value.end_month, end_day) < (value.month, start_day))
    try:
        day = datetime.date(year, value.month, start_day)
    except ValueError:  # 29 February of a common year: the day after
        day = datetime.date(year, value.month + 1, 1)
    last_day = min(end_day, calendar.monthrange(end_year, value.end_month)[1])
    last = datetime.date(end_year, value.end_month, last_day)
    return {day + datetime.timedelta(days=n) for n in range((last - day).days + 1)}


def _month_days(value: YearlessDate) -> set[tuple[int, int]]:
    """Every (month, day) the value names: walk the days of a leap year, round from 31 December
    to 1 January, from its first day to its last."""
    end_month = value.month if value.end_month is None else value.end_month
    end_day = value.day if value.end_month is None else value.end_day
    day = datetime.date(2000, value.month, value.day or 1)
    last_day = end_day or calendar.monthrange(2000, end_month)[1]
    names = set()
    while (day.month, day.day) != (end_month, last_day):
        names.add((day.month, day.day))
        day = (
            day + datetime.timedelta(days=1)
            if day.month * 100 + day.day < 1231
            else day.replace(month=1, day=1)
        )
    return names | {(end_month, last_day)}


def test_compatibility_examples() -> None:
    may10 = YearlessDate("XXXX-05-10")
    assert may10.is_compatible(PartialDate("2025-05-10"))
    assert not may10.is_compatible(PartialDate("2025-05-11"))
    assert may10.is_compatible(PartialDate("2025-35")) is False  # July..September
    assert may10.is_compatible(PartialDate("2025-34"))  # April..June
    assert may10.is_compatible(DateRange("2003/.."))
    assert not YearlessDate("XXXX-02-29").is_compatible(PartialDate("2025"))
    assert YearlessDate("XXXX-02-29").is_compatible(PartialDate("2024"))
    assert may10.is_compatible(YearlessDate("XXXX-05"))
    assert not may10.is_compatible(YearlessDate("XXXX-05-11"))
    assert may10.in_year(2024) == PartialDate("2024-05-10")
    with pytest.raises(cd.InvalidDateError):
        YearlessDate("XXXX-02-29").in_year(2025)


def test_not_ordered_with_dated_values() -> None:
    with pytest.raises(TypeError):
        sorted([PartialDate("2024"), YearlessDate("XXXX-05")])  # type: ignore[list-item]


@given(record_dates())
def test_sort_key_puts_yearless_with_the_undated(value: cd.RecordDate) -> None:
    key = record_date_key(value)
    if isinstance(value, YearlessDate):
        assert record_date_key(PartialDate("9999-12-31")) < key < record_date_key(None)
        assert dated(value) is None
    else:
        assert key < record_date_key(YearlessDate("XXXX-01")) < record_date_key(None)
        assert dated(value) is value


def _event(date: str | None, rid: str = "e1", source: str = "s1") -> cd.Event:
    return cd.Event(
        id=rid,
        kind="visit",
        date=None if date is None else parse_edtf(date),
        participants=[cd.Participant(actor="a", role="visitor"), cd.Participant(actor="b")],
        citations=[cd.Citation(source=source, quote=f"q-{rid}")],
    )


@given(record_dates())
def test_records_carry_it_through_both_loading_paths(value: cd.RecordDate) -> None:
    event = cd.Event(id="e1", kind="visit", date=value, participants=[cd.Participant(actor="a")])
    data = json.loads(json.dumps(unstructure_record(event)))
    assert data["date"] == str(value)
    assert structure_record(data) == event  # the fast path
    assert structure_or_explain(data) == (event, [])  # the detailed path
    ds = cd.Dataset(events=[event])
    assert cd.loads(cd.dumps(ds)) == ds
    assert cd.loads(cd.dumps(ds, format="json")) == ds


def test_dated_only_fields_refuse_it() -> None:
    text = '{"type":"source","id":"s","published":"XXXX-05-10"}'
    with pytest.raises(cd.ParseError, match="published"):
        cd.loads(text)
    text = '{"type":"city","id":"c","name":"C","lifetime":"XXXX-05"}'
    with pytest.raises(cd.ParseError, match="lifetime"):
        cd.loads(text)


def test_every_record_date_field_accepts_it() -> None:
    lines = [
        '{"type":"partnership","id":"p","parties":["a","b"],"kind":"sister",'
        '"established":"XXXX-05-10","ended":"XXXX-06"}',
        '{"type":"agreement","id":"g","parties":["a","b"],"kind":"mou","signed":"XXXX-05-10",'
        '"term":"XXXX-12"}',
        '{"type":"document","id":"d","kind":"plan","date":"XXXX-01-02"}',
        '{"type":"claim","id":"k","subject":"a","counted":"partners","value":1,"as_of":"XXXX-03"}',
    ]
    ds = cd.loads("\n".join(lines))
    assert ds.partnerships[0].established == YearlessDate("XXXX-05-10")
    assert ds.agreements[0].term == YearlessDate("XXXX-12")
    assert ds.documents[0].date == YearlessDate("XXXX-01-02")
    assert ds.claims[0].as_of == YearlessDate("XXXX-03")
    assert cd.loads(cd.dumps(ds)) == ds


def test_timeline_sorts_it_with_the_undated() -> None:
    ds = cd.Dataset(
        events=[
            _event("XXXX-05-10", "e1"),
            _event("2024-04", "e2"),
            _event(None, "e3"),
            _event("XXXX-01", "e4"),
        ]
    )
    timeline = cd.timeline(ds)
    assert [e.record.id for e in timeline.entries] == ["e2"]
    assert [e.record.id for e in timeline.undated] == ["e4", "e1", "e3"]
    assert "--05-10" in str(timeline)


def test_merge_joins_only_dates_that_may_fall_on_the_day() -> None:
    same = cd.merge(
        cd.Dataset(events=[_event("2024-05-10", "e1", "s1")]),
        cd.Dataset(events=[_event("XXXX-05-10", "e2", "s2")]),
    )
    assert len(same.dataset.events) == 1
    assert same.dataset.events[0].date == PartialDate("2024-05-10")
    assert not same.conflicts
    apart = cd.merge(
        cd.Dataset(events=[_event("2024-05-11", "e1", "s1")]),
        cd.Dataset(events=[_event("XXXX-05-10", "e2", "s2")]),
    )
    assert len(apart.dataset.events) == 2
    two_years = cd.Dataset(
        events=[_event("2024-05-10", "e1", "s1"), _event("2025-05-10", "e3", "s3")]
    )
    vague = cd.merge(two_years, cd.Dataset(events=[_event("XXXX-05-10", "e2", "s2")]))
    assert len(vague.dataset.events) == 3
    assert vague.ambiguous
    # a month holding both days may be either occurrence; the other day is neither's guess
    month = cd.merge(
        cd.Dataset(events=[_event("2024-05-11", "e1", "s1"), _event("2024-05", "e3", "s3")]),
        cd.Dataset(events=[_event("XXXX-05-10", "e2", "s2")]),
    )
    assert sorted(str(e.date) for e in month.dataset.events) == [
        "2024-05",
        "2024-05-11",
        "XXXX-05-10",
    ]
    assert [a.report for a in month.ambiguous] == ["e3"]


def test_rules_that_compare_dates_leave_it_out() -> None:
    ds = cd.loads(
        '{"type":"city","id":"a","name":"A","lifetime":"2001/2002"}\n'
        '{"type":"city","id":"b","name":"B"}\n'
        '{"type":"partnership","id":"p","parties":["a","b"],"kind":"sister",'
        '"established":"XXXX-05-10","ended":"2001"}\n'
        '{"type":"agreement","id":"g","parties":["a","b"],"kind":"mou","signed":"2020",'
        '"term":"XXXX-05"}\n'
        '{"type":"claim","id":"k","subject":"a","counted":"partners","value":1,'
        '"as_of":"XXXX-03"}'
    )
    codes = {f.code for f in cd.validate(ds, today=datetime.date(2000, 1, 1)).findings}
    assert not codes & {"CD201", "CD202", "CD205"}
    # the same records with a year do trip the rules, so the check above can fail
    dated_ds = cd.loads(
        '{"type":"city","id":"a","name":"A"}\n{"type":"city","id":"b","name":"B"}\n'
        '{"type":"partnership","id":"p","parties":["a","b"],"kind":"sister",'
        '"established":"2003-05-10","ended":"2001"}'
    )
    assert "CD201" in {f.code for f in cd.validate(dated_ds).findings}
