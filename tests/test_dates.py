"""Tests of citydiplo.dates: EDTF round trips, bounds, ordering and rejections."""

from __future__ import annotations

import datetime
import itertools
import pickle

import attrs
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import citydiplo
from citydiplo import (
    CitydiploError,
    DateParseError,
    DateRange,
    InvalidDateError,
    PartialDate,
    Precision,
    Unbounded,
    parse_edtf,
)
from tests.strategies import date_ranges, date_values, edtf_like_texts, partial_dates

D = datetime.date
NAMESPACE = {"PartialDate": PartialDate, "DateRange": DateRange}


# --- text forms --------------------------------------------------------------------------------

# The forms the issue asks for, each with its strict bounds.
FORMS = [
    ("2024", D(2024, 1, 1), D(2024, 12, 31)),
    ("2024-04", D(2024, 4, 1), D(2024, 4, 30)),
    ("2025-03-06", D(2025, 3, 6), D(2025, 3, 6)),
    ("2025-41", D(2025, 7, 1), D(2025, 12, 31)),
    ("2025-35", D(2025, 7, 1), D(2025, 9, 30)),
    ("2001-21", D(2001, 3, 1), D(2001, 5, 31)),
    ("1984~", D(1984, 1, 1), D(1984, 12, 31)),
    ("1984?", D(1984, 1, 1), D(1984, 12, 31)),
    ("1984%", D(1984, 1, 1), D(1984, 12, 31)),
    ("2021/2025", D(2021, 1, 1), D(2025, 12, 31)),
    ("2003/..", D(2003, 1, 1), datetime.date.max),
    ("../2006", datetime.date.min, D(2006, 12, 31)),
    ("2004-06-01/", D(2004, 6, 1), datetime.date.max),
    ("/2006", datetime.date.min, D(2006, 12, 31)),
]


@pytest.mark.parametrize(("text", "earliest", "latest"), FORMS)
def test_text_forms_round_trip_with_bounds(
    text: str, earliest: datetime.date, latest: datetime.date
) -> None:
    value = parse_edtf(text)
    assert str(value) == text
    assert (value.earliest(), value.latest()) == (earliest, latest)
    assert eval(repr(value), NAMESPACE) == value


# Examples from the EDTF specification (Library of Congress, 2019), one per supported feature.
SPEC_EXAMPLES = [
    # level 0
    ("1985-04-12", D(1985, 4, 12), D(1985, 4, 12)),
    ("1985-04", D(1985, 4, 1), D(1985, 4, 30)),
    ("1985", D(1985, 1, 1), D(1985, 12, 31)),
    ("1964/2008", D(1964, 1, 1), D(2008, 12, 31)),
    ("2004-06/2006-08", D(2004, 6, 1), D(2006, 8, 31)),
    ("2004-02-01/2005-02-08", D(2004, 2, 1), D(2005, 2, 8)),
    ("2004-02-01/2005-02", D(2004, 2, 1), D(2005, 2, 28)),
    ("2004-02-01/2005", D(2004, 2, 1), D(2005, 12, 31)),
    ("2005/2006-02", D(2005, 1, 1), D(2006, 2, 28)),
    # level 1
    ("1984?", D(1984, 1, 1), D(1984, 12, 31)),
    ("2004-06~", D(2004, 6, 1), D(2004, 6, 30)),
    ("2004-06-11%", D(2004, 6, 11), D(2004, 6, 11)),
    ("2001-21", D(2001, 3, 1), D(2001, 5, 31)),
    ("2001-22", D(2001, 6, 1), D(2001, 8, 31)),
    ("2001-23", D(2001, 9, 1), D(2001, 11, 30)),
    ("2001-24", D(2001, 12, 1), D(2002, 2, 28)),
    ("../1985-04-12", datetime.date.min, D(1985, 4, 12)),
    ("1985-04-12/..", D(1985, 4, 12), datetime.date.max),
    ("/1985-04-12", datetime.date.min, D(1985, 4, 12)),
    ("1985-04-12/", D(1985, 4, 12), datetime.date.max),
    ("1984~/2004-06", D(1984, 1, 1), D(2004, 6, 30)),
    ("1984/2004-06~", D(1984, 1, 1), D(2004, 6, 30)),
    ("1984?/2004%", D(1984, 1, 1), D(2004, 12, 31)),
    # level 2 sub-year groupings
    ("2001-25", D(2001, 3, 1), D(2001, 5, 31)),
    ("2001-28", D(2001, 12, 1), D(2002, 2, 28)),
    ("2001-29", D(2001, 9, 1), D(2001, 11, 30)),
    ("2001-30", D(2001, 12, 1), D(2002, 2, 28)),
    ("2001-31", D(2001, 3, 1), D(2001, 5, 31)),
    ("2001-32", D(2001, 6, 1), D(2001, 8, 31)),
    ("2001-33", D(2001, 1, 1), D(2001, 3, 31)),
    ("2001-36", D(2001, 10, 1), D(2001, 12, 31)),
    ("2001-37", D(2001, 1, 1), D(2001, 4, 30)),
    ("2001-38", D(2001, 5, 1), D(2001, 8, 31)),
    ("2001-39", D(2001, 9, 1), D(2001, 12, 31)),
    ("2001-40", D(2001, 1, 1), D(2001, 6, 30)),
    ("2001-41", D(2001, 7, 1), D(2001, 12, 31)),
    ("2003-24", D(2003, 12, 1), D(2004, 2, 29)),  # winter into a leap year
]


@pytest.mark.parametrize(("text", "earliest", "latest"), SPEC_EXAMPLES)
def test_spec_examples(text: str, earliest: datetime.date, latest: datetime.date) -> None:
    value = parse_edtf(text)
    assert str(value) == text
    assert (value.earliest(), value.latest()) == (earliest, latest)


def test_qualifiers_and_fields() -> None:
    assert PartialDate("2004-06-11%") == PartialDate(
        year=2004, month=6, day=11, approximate=True, uncertain=True
    )
    assert PartialDate("2004-06~").approximate
    assert not PartialDate("2004-06~").uncertain
    assert PartialDate("1984?").uncertain
    assert not PartialDate("1984?").approximate
    assert DateRange("2003/..").end is Unbounded.OPEN
    assert DateRange("2004-06-01/").end is Unbounded.UNKNOWN
    assert DateRange("../2006").start is Unbounded.OPEN
    assert DateRange("/2006").start is Unbounded.UNKNOWN


@pytest.mark.parametrize(
    ("text", "feature"),
    [
        ("2016-13-08", "neither a month"),
        ("2016-02-39", "day=39"),
        ("not a date", "unrecognised"),
        ("", "empty"),
        ("2019-02-29", "day=29"),
        ("201X", "unspecified digits"),
        ("Y170000002", "'Y' prefix"),
        ("2004-06-11T10:10:10", "date-times"),
        ("-1985", "negative years"),
        ("[1667,1668,1670..1672]", "sets"),
        ("{1667,1668}", "sets"),
        ("1950S2", "significant digits"),
        ("Y-17E7", "'Y' prefix"),
        ("1985E3", "exponential"),
        ("2004?-06-11", "qualifiers on components"),
        ("?2004-06-~11", "qualifiers on components"),
        ("0000", "year=0"),
        ("2001-21-05", "cannot have a day"),
        ("2001-42", "neither a month"),
        ("2001-00", "neither a month"),
        ("2001-13", "neither a month"),
        ("9999-24", "group=24"),
        ("2025/2021", "end="),
        ("2021/2025/2026", "exactly one '/'"),
        ("../..", "one end at least"),
        ("/", "one end at least"),
        (" 2024", "whitespace"),
        ("١٩٨٤", "ASCII"),
        ("85", "four digits"),
        ("20240", "four digits"),
    ],
)
def test_rejections_quote_text_and_name_the_problem(text: str, feature: str) -> None:
    with pytest.raises(DateParseError) as info:
        parse_edtf(text)
    message = str(info.value)
    assert repr(text) in message
    assert feature in message
    assert info.value.text == text


def test_parse_edtf_wants_a_string() -> None:
    with pytest.raises(TypeError):
        parse_edtf(2024)  # type: ignore[arg-type]


# --- construction ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"year": 2024, "month": 13}, "month"),
        ({"year": 2024, "month": 0}, "month"),
        ({"year": 2024, "month": 2, "day": 31}, "day"),
        ({"year": 2019, "month": 2, "day": 29}, "day"),
        ({"year": 2024, "day": 3}, "day"),
        ({"year": 2024, "month": 4, "group": 21}, "group"),
        ({"year": 2024, "group": 20}, "group"),
        ({"year": 2024, "group": 42}, "group"),
        ({"year": 0}, "year"),
        ({"year": 10000}, "year"),
        ({"year": 9999, "group": 24}, "group"),
        ({"year": 9999, "group": 30}, "group"),
    ],
)
def test_invalid_fields_cannot_be_built(fields: dict[str, int], field: str) -> None:
    with pytest.raises(InvalidDateError) as info:
        PartialDate(**fields)  # type: ignore[arg-type]
    assert isinstance(info.value, CitydiploError)
    assert isinstance(info.value, ValueError)
    assert info.value.field == field
    assert f"{field}={fields[field]!r}" in str(info.value)


def test_leap_day_and_year_edges() -> None:
    assert PartialDate(year=2024, month=2, day=29).latest() == D(2024, 2, 29)
    assert PartialDate(year=9999, group=41).latest() == D(9999, 12, 31)
    assert PartialDate(year=1).earliest() == D(1, 1, 1)


@pytest.mark.parametrize(
    "call",
    [
        lambda: PartialDate("2024", year=2024),
        lambda: PartialDate("2024", approximate=True),
        lambda: PartialDate(),
        lambda: PartialDate(year="2024"),  # type: ignore[arg-type]
        lambda: PartialDate(year=True),
        lambda: PartialDate(year=2024, month=4.0),  # type: ignore[arg-type]
        lambda: PartialDate(year=2024, approximate=1),  # type: ignore[arg-type]
        lambda: DateRange("2021/2025", start=Unbounded.OPEN),
        lambda: DateRange(start=PartialDate("2021")),
        lambda: DateRange(start="2021", end="2025"),  # type: ignore[arg-type]
    ],
)
def test_misuse_is_a_type_error(call: object) -> None:
    with pytest.raises(TypeError):
        call()  # type: ignore[operator]


def test_text_of_the_wrong_kind() -> None:
    with pytest.raises(DateParseError, match="interval"):
        PartialDate("2021/2025")
    with pytest.raises(DateParseError, match="single date"):
        DateRange("2021")


def test_range_invariants() -> None:
    with pytest.raises(InvalidDateError, match="one end"):
        DateRange(start=Unbounded.OPEN, end=Unbounded.UNKNOWN)
    with pytest.raises(InvalidDateError, match="end="):
        DateRange(start=PartialDate("2025"), end=PartialDate("2021"))
    # Ends that share days are fine: the start need only begin before the end ends.
    assert DateRange(start=PartialDate("2004-06-01"), end=PartialDate("2004")).latest() == D(
        2004, 12, 31
    )


def test_named_constructors_and_evolve() -> None:
    assert PartialDate.from_date(D(2025, 3, 6)) == PartialDate("2025-03-06")
    assert PartialDate.from_date(datetime.datetime(2025, 3, 6, 12)) == PartialDate("2025-03-06")
    assert PartialDate.parse("2024-04") == PartialDate("2024-04")
    assert DateRange.parse("2021/2025") == DateRange("2021/2025")
    assert attrs.evolve(PartialDate("2024"), month=4) == PartialDate("2024-04")
    assert attrs.evolve(DateRange("2003/.."), end=PartialDate("2010")) == DateRange("2003/2010")
    with pytest.raises(InvalidDateError):
        attrs.evolve(PartialDate("2024-04"), day=31)
    assert PartialDate("1984").with_qualifiers(uncertain=True) == PartialDate("1984?")
    assert PartialDate("1984%").with_qualifiers(approximate=False) == PartialDate("1984?")


def test_values_are_frozen_hashable_and_picklable() -> None:
    value = PartialDate("2024-04")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        value.year = 2025  # type: ignore[misc]
    assert len({value, PartialDate(year=2024, month=4), DateRange("2024/2025")}) == 2
    assert pickle.loads(pickle.dumps(DateRange("2003/.."))) == DateRange("2003/..")


def test_precision() -> None:
    assert [PartialDate(t).precision for t in ("2024", "2024-41", "2024-04", "2024-04-01")] == [
        Precision.YEAR,
        Precision.GROUP,
        Precision.MONTH,
        Precision.DAY,
    ]


def test_public_names() -> None:
    for name in ("PartialDate", "DateRange", "Unbounded", "Precision", "DateValue", "parse_edtf"):
        assert name in citydiplo.__all__
    assert citydiplo.DateValue == PartialDate | DateRange


# --- relations and ordering --------------------------------------------------------------------


def test_relations_on_examples() -> None:
    year, april, may = PartialDate("2024"), PartialDate("2024-04"), PartialDate("2024-05")
    assert year.contains(april)
    assert not april.contains(year)
    assert year.is_compatible(april)
    assert april.is_compatible(year)
    assert not april.is_compatible(may)
    assert not april.overlaps(may)
    assert DateRange("2003/..").contains(PartialDate("2025-41"))
    assert not DateRange("2003/..").contains(PartialDate("2002-12-31"))
    assert PartialDate("2001-24").overlaps(PartialDate("2002-02"))
    assert DateRange("2021/2025").overlaps(DateRange("../2021-01-01"))
    # A season and a hemisphere season have the same bounds but are different values.
    assert PartialDate("2001-21") != PartialDate("2001-25")
    assert PartialDate("2001-21") < PartialDate("2001-25")


def test_sorting_a_mixed_list() -> None:
    values = [parse_edtf(text) for text, _, _ in FORMS]
    ordered = sorted(values)
    assert [v.earliest() for v in ordered] == sorted(v.earliest() for v in values)
    assert sorted(values[5:] + values[:5]) == ordered  # independent of input order
    assert str(ordered[0]) == "../2006"
    assert str(ordered[-1]) == "2025-41"


def test_comparing_with_other_types() -> None:
    assert PartialDate("2024") != "2024"  # type: ignore[comparison-overlap]
    with pytest.raises(TypeError):
        _ = PartialDate("2024") < "2025"  # type: ignore[operator]
    with pytest.raises(TypeError):
        _ = DateRange("2021/2025") < D(2021, 1, 1)  # type: ignore[operator]


# --- properties --------------------------------------------------------------------------------


@given(date_values())
def test_text_round_trip(value: PartialDate | DateRange) -> None:
    assert parse_edtf(str(value)) == value
    assert type(value)(str(value)) == value


@given(date_values())
def test_repr_round_trip(value: PartialDate | DateRange) -> None:
    assert eval(repr(value), NAMESPACE) == value


@given(partial_dates())
def test_fields_round_trip(value: PartialDate) -> None:
    assert attrs.evolve(value) == value
    assert PartialDate(**attrs.asdict(value)) == value
    assert value.earliest() <= value.latest()


@given(date_ranges())
def test_range_bounds_come_from_its_ends(value: DateRange) -> None:
    assert value.earliest() <= value.latest()
    for end in (value.start, value.end):
        if isinstance(end, PartialDate):
            assert value.overlaps(end)


@given(date_values(), date_values())
def test_order_is_consistent_with_earliest_and_equality(
    a: PartialDate | DateRange, b: PartialDate | DateRange
) -> None:
    if a.earliest() < b.earliest():
        assert a < b
        assert b > a
        assert a <= b
        assert not a >= b
    assert (a == b) == (a <= b and b <= a)  # antisymmetry, consistent with ==
    assert (a < b) or (a == b) or (b < a)  # totality
    assert (a < b) == (a.sort_key() < b.sort_key())


@given(date_values(), date_values(), date_values())
def test_order_is_transitive(
    a: PartialDate | DateRange, b: PartialDate | DateRange, c: PartialDate | DateRange
) -> None:
    for x, y, z in itertools.permutations([a, b, c]):
        if x <= y and y <= z:
            assert x <= z
        if x < y and y < z:
            assert x < z


@given(date_values(), date_values())
def test_containment_means_nested_bounds(
    a: PartialDate | DateRange, b: PartialDate | DateRange
) -> None:
    if a.contains(b):
        assert a.earliest() <= b.earliest()
        assert b.latest() <= a.latest()
        assert a.overlaps(b)
        assert b.overlaps(a)
        assert a.is_compatible(b)
    assert a.overlaps(b) == b.overlaps(a)
    assert a.is_compatible(b) == b.is_compatible(a)
    assert a.contains(a)
    assert a.is_compatible(a)


@given(partial_dates())
def test_finer_dates_are_contained(value: PartialDate) -> None:
    coarse = PartialDate(year=value.year)
    assume(value.latest().year == value.year)  # winter runs into the next year
    assert coarse.contains(value)
    if value.month is not None:
        assert PartialDate(year=value.year, month=value.month).contains(value)


@given(st.one_of(st.text(), edtf_like_texts))
def test_any_text_parses_or_raises_our_error(text: str) -> None:
    try:
        value = parse_edtf(text)
    except DateParseError as err:
        problem = err
    else:
        assert str(value) == text  # what parses is exactly what it prints
        return
    assert problem.text == text
