"""Year-less dates met by a hostile or careless caller: wrong argument types give a citydiplo
error naming the argument, the JSON Schema refuses what the loader refuses, and the text
timeline keeps its columns when a date is wider than usual."""

from __future__ import annotations

import datetime
import re

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

import citydiplo as cd
from citydiplo import DateRange, PartialDate, YearlessDate

SPAN = YearlessDate("XXXX-06-20/XXXX-06-21")
NOT_DATES = ["2024-06-20", None, 20240620, datetime.datetime(2024, 6, 20).isoformat()]


@pytest.mark.parametrize("value", NOT_DATES)
def test_falls_on_takes_only_a_day(value: object) -> None:
    with pytest.raises(cd.ArgumentTypeError, match=r"falls_on\(\) takes a datetime\.date"):
        SPAN.falls_on(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", [*NOT_DATES, datetime.date(2024, 6, 20)])
def test_is_compatible_takes_only_date_values(value: object) -> None:
    for date in (SPAN, PartialDate("2024-06"), DateRange("2024-06-01/2024-06-30")):
        with pytest.raises(cd.ArgumentTypeError, match=r"is_compatible\(\) takes"):
            date.is_compatible(value)  # type: ignore[arg-type]


def test_bounds_comparisons_refuse_a_yearless_date() -> None:
    with pytest.raises(cd.ArgumentTypeError, match=r"contains\(\) takes a PartialDate"):
        PartialDate("2024-06").contains(SPAN)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"overlaps\(\) takes a PartialDate"):
        DateRange("2024-06-01/2024-06-30").overlaps(SPAN)  # type: ignore[arg-type]
    # the comparisons that are defined still answer
    assert SPAN.is_compatible(PartialDate("2024-06")) and PartialDate("2024-06").is_compatible(SPAN)
    assert SPAN.falls_on(datetime.date(1999, 6, 21))


def test_query_helpers_name_the_argument_given_a_yearless_date() -> None:
    ds = cd.load_seeds()
    partnership = ds.partnerships[0]
    calls = {
        "during": lambda: ds.events_where(during=SPAN),
        "signed": lambda: ds.agreements_where(signed=SPAN),
        "since": lambda: ds.dormant(SPAN),
        "at": lambda: ds.status_at(partnership.id, SPAN),
    }
    for name, call in calls.items():
        with pytest.raises(cd.ArgumentTypeError, match=rf"^{name}=YearlessDate.* has no year"):
            call()
    with pytest.raises(cd.ArgumentTypeError, match=r"^signed=3\.5 is not a date"):
        ds.agreements_where(signed=3.5)  # type: ignore[arg-type]


def test_constructor_refuses_text_with_any_field() -> None:
    for fields in ({"end_day": 0}, {"end_month": 0}, {"day": 0}, {"month": 0}):
        with pytest.raises(TypeError, match="text or fields, not both"):
            YearlessDate("XXXX-06-20", **fields)


def test_field_errors_name_the_field() -> None:
    with pytest.raises(TypeError, match="end_month='7' must be an int"):
        YearlessDate(month=6, day=1, end_month="7", end_day=2)  # type: ignore[arg-type]
    with pytest.raises(cd.InvalidDateError, match="end_month=13 is invalid"):
        YearlessDate(month=6, day=1, end_month=13, end_day=2)


# The schema's patterns, against the loader: what the grammar refuses, the schema refuses.
REFUSED = [
    "XXXX-06-20/..", "../XXXX-06-20", "XXXX-06-20/", "XXXX-06-20/2024-06-21",
    "2024-06-20/XXXX-06-21", "XXXX-06/XXXX-06-21", "XXXX-21", "XXXX~", "XXXX", "XXXX/XXXX",
    "XXXX-06-20~/XXXX-06-21", "XXXX-06-20?", "XXXX-06-20%", "xxxx-06-20", "XXXX-06-20/XXXX-06-21 ",
]  # fmt: skip
ACCEPTED = ["XXXX-06-20", "XXXX-06", "XXXX-06-20/XXXX-06-21", "XXXX-12-28/XXXX-01-03",
            "XXXX-05/XXXX-06", "2024", "2024-06-20~", "2021/..", "/2006", "2025-41"]  # fmt: skip


def _event(date: str) -> dict[str, object]:
    return {"type": "event", "id": "e", "kind": "visit", "participants": [{"actor": "a"}],
            "date": date}  # fmt: skip


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(cd.json_schema())


@pytest.mark.parametrize("text", REFUSED)
def test_schema_refuses_what_the_loader_refuses(
    text: str, validator: jsonschema.Draft202012Validator
) -> None:
    with pytest.raises(cd.DateParseError):
        cd.parse_edtf(text)
    assert list(validator.iter_errors(_event(text)))


@pytest.mark.parametrize("text", ACCEPTED)
def test_schema_accepts_what_the_loader_reads(
    text: str, validator: jsonschema.Draft202012Validator
) -> None:
    cd.parse_edtf(text)
    assert not list(validator.iter_errors(_event(text)))


@given(st.text(alphabet="X0123456/-.~?%", max_size=24))
def test_every_edtf_text_the_loader_reads_the_schema_accepts(text: str) -> None:
    try:
        cd.parse_edtf(text)
    except cd.DateParseError:
        return
    schema = cd.json_schema()["$defs"]
    patterns = (schema["EDTF"]["pattern"], schema["EDTFYearless"]["pattern"])
    assert any(re.search(p, text) for p in patterns)


def test_timeline_columns_line_up_with_a_wide_date() -> None:
    cities = [cd.City(id="a", name="A", country="KR"), cd.City(id="b", name="B", country="JP")]
    dates = ["2024-04-12", "XXXX-12-28/XXXX-01-03", "2021-04-12/2025-06-30", "2023"]
    events = [
        cd.Event(
            id=f"e{i}",
            kind="visit",
            participants=(cd.Participant(actor="a"), cd.Participant(actor="b")),
            date=cd.parse_edtf(d),
        )
        for i, d in enumerate(dates)
    ]
    text = cd.Dataset.of([*cities, *events]).timeline().render()
    lines = [line for line in text.splitlines() if "visit" in line]
    assert len(lines) == len(dates)
    assert len({line.index("visit") for line in lines}) == 1, text
    assert "2021-04-12 – 2025-06-30" in text and "--12-28 – --01-03" in text
