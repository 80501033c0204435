"""Year-less spans of days: EDTF ``XXXX-06-20/XXXX-06-21``, read from text in ten languages
when neither the words nor ``ref``/``anchor`` give a year."""

from __future__ import annotations

import datetime
import pathlib
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

import citydiplo as cd
from citydiplo.dates import DateRange, PartialDate, YearlessDate, parse_edtf, record_date_key
from tests.strategies import yearless_dates

# (language, text, the span it states): cases written from the words, in each language
SPANS = [
    ("en", "The festival runs May 3-5 in Busan.", "XXXX-05-03/XXXX-05-05"),
    ("en", "The delegation visits from May 3 to June 5.", "XXXX-05-03/XXXX-06-05"),
    ("ru", "Форум пройдёт 20 и 21 июня в Казани.", "XXXX-06-20/XXXX-06-21"),
    ("ru", "Выставка открыта 5-7 мая.", "XXXX-05-05/XXXX-05-07"),
    ("hi", "सम्मेलन 26 और 27 अक्टूबर को होगा।", "XXXX-10-26/XXXX-10-27"),
    ("gu", "મેળો 7-13 ડિસેમ્બરે યોજાશે.", "XXXX-12-07/XXXX-12-13"),
    ("vi", "Hội nghị diễn ra từ ngày 13 đến 15/9 tại Hà Nội.", "XXXX-09-13/XXXX-09-15"),
    ("zh", "展览于5月3日至5日举行。", "XXXX-05-03/XXXX-05-05"),
    ("ja", "会議は5月3日から5日まで開かれる。", "XXXX-05-03/XXXX-05-05"),
    ("ko", "박람회는 5월 3일부터 5일까지 열린다.", "XXXX-05-03/XXXX-05-05"),
    ("he", "הכנס יתקיים ב-20-21 ביוני.", "XXXX-06-20/XXXX-06-21"),
    ("fa", "همایش 20 و 21 ژوئن برگزار می‌شود.", "XXXX-06-20/XXXX-06-21"),
]


@pytest.mark.parametrize(("lang", "text", "span"), SPANS)
def test_find_dates_gives_a_yearless_span(lang: str, text: str, span: str) -> None:
    values = [m.value for m in cd.find_dates(text, lang=lang)]
    assert values == [YearlessDate(span)]


@pytest.mark.parametrize(
    ("lang", "text", "span"),
    [
        ("en", "May 3-5", "XXXX-05-03/XXXX-05-05"),
        ("ru", "20 и 21 июня", "XXXX-06-20/XXXX-06-21"),
        ("hi", "26 और 27 अक्टूबर", "XXXX-10-26/XXXX-10-27"),
        ("zh", "5月3日至5日", "XXXX-05-03/XXXX-05-05"),
        ("ru", "29 февраля - 1 марта", "XXXX-02-29/XXXX-03-01"),
        ("vi", "từ 28/2 đến 3/3", "XXXX-02-28/XXXX-03-03"),
    ],
)
def test_parse_date_gives_a_yearless_span(lang: str, text: str, span: str) -> None:
    assert cd.parse_date(text, lang=lang) == YearlessDate(span)


def test_a_span_across_the_year_end_runs_into_the_next_year() -> None:
    value = cd.parse_date("28 December - 3 January", lang="en")
    assert value == YearlessDate("XXXX-12-28/XXXX-01-03")
    assert isinstance(value, YearlessDate) and value.crosses_year()
    assert value.in_year(2025) == DateRange("2025-12-28/2026-01-03")
    assert value.is_compatible(PartialDate("2026-01-02"))
    assert not value.is_compatible(PartialDate("2026-01-04"))


@pytest.mark.parametrize(
    ("lang", "text", "ref", "value"),
    [  # with ref the year is read as before: a dated range
        ("en", "May 3-5", "2024-03-01", "2024-05-03/2024-05-05"),
        ("ru", "20 и 21 июня", "2024-06-01", "2024-06-20/2024-06-21"),
        ("ru", "20 и 21 июня 2024 года", None, "2024-06-20/2024-06-21"),
        ("en", "May 3 to June 5, 2024", None, "2024-05-03/2024-06-05"),
    ],
)
def test_a_year_in_the_words_or_ref_keeps_the_dated_range(
    lang: str, text: str, ref: str | None, value: str
) -> None:
    assert cd.parse_date(text, lang=lang, ref=ref) == DateRange(value)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "30 и 31 февраля"),  # no such days
        ("en", "May 30-2"),  # the end before the start in one month
    ],
)
def test_no_span_is_invented(lang: str, text: str) -> None:
    with pytest.raises(cd.DateParseError):
        cd.parse_date(text, lang=lang)


@pytest.mark.parametrize(
    "text",
    ["XXXX-06-20/XXXX-06-21", "XXXX-12-28/XXXX-01-03", "XXXX-05/XXXX-06", "XXXX-02-29/XXXX-03-01"],
)
def test_edtf_round_trip(text: str) -> None:
    value = parse_edtf(text)
    assert isinstance(value, YearlessDate) and value.is_span
    assert str(value) == text and YearlessDate(text) == value


@pytest.mark.parametrize(
    ("text", "feature"),
    [
        ("XXXX-06-20/XXXX-06-20", "two different ends"),
        ("XXXX-06/XXXX-06-21", "need a day, or neither"),
        ("XXXX-06-20/2024-06-21", "year-less date at both ends"),
        ("XXXX-06-20/..", "year-less date at both ends"),
        ("XXXX-02-30/XXXX-03-01", "does not exist"),
    ],
)
def test_edtf_rejections(text: str, feature: str) -> None:
    with pytest.raises(cd.DateParseError, match=feature):
        parse_edtf(text)


def test_compatibility_with_days_and_spans() -> None:
    span = YearlessDate("XXXX-06-20/XXXX-06-21")
    assert span.is_compatible(PartialDate("2019-06-21"))
    # as for dated values, one must hold the other: a span that only overlaps may be
    # another occasion
    assert not span.is_compatible(DateRange("2019-06-21/2019-06-25"))
    assert span.is_compatible(DateRange("2019-06-19/2019-06-25"))
    assert span.is_compatible(PartialDate("2019-06"))
    assert not span.is_compatible(PartialDate("2019-06-22"))
    assert span.is_compatible(YearlessDate("XXXX-06-21"))
    assert not span.is_compatible(YearlessDate("XXXX-06-19"))
    assert not span.is_compatible(YearlessDate("XXXX-06-21/XXXX-06-30"))
    assert span.is_compatible(YearlessDate("XXXX-06-01/XXXX-06-30"))
    assert span.is_compatible(YearlessDate("XXXX-06"))
    assert not span.is_compatible(YearlessDate("XXXX-06-22/XXXX-06-30"))
    assert span.falls_on(datetime.date(2001, 6, 20))


@given(yearless_dates())
def test_span_sorts_with_the_undated_and_round_trips(value: YearlessDate) -> None:
    assert parse_edtf(str(value)) == value
    assert record_date_key(PartialDate("9999-12-31")) < record_date_key(value)
    assert record_date_key(value) < record_date_key(None)


def test_records_and_merge_accept_a_yearless_span() -> None:
    def event(date: str, rid: str, source: str) -> cd.Event:
        return cd.Event(
            id=rid,
            kind="visit",
            date=parse_edtf(date),
            participants=[cd.Participant(actor="a", role="visitor"), cd.Participant(actor="b")],
            citations=[cd.Citation(source=source, quote=f"q-{rid}")],
        )

    ds = cd.Dataset(events=[event("XXXX-06-20/XXXX-06-21", "e1", "s1")])
    assert cd.loads(cd.dumps(ds)) == ds
    assert cd.loads(cd.dumps(ds, format="json")) == ds
    same = cd.merge(ds, cd.Dataset(events=[event("2024-06-20/2024-06-21", "e2", "s2")]))
    assert len(same.dataset.events) == 1
    apart = cd.merge(ds, cd.Dataset(events=[event("2024-07-20", "e2", "s2")]))
    assert len(apart.dataset.events) == 2


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("July 5 - July 3", "en"),
        ("с 21 июня по 20 июня", "ru"),
        ("7月5日至7月3日", "zh"),
    ],
)
def test_a_span_back_into_its_own_month_is_no_span(text: str, lang: str) -> None:
    # without a year, "July 5 - July 3" is a slip, not a span of almost a year
    with pytest.raises(cd.DateParseError, match="before its start"):
        cd.parse_date(text, lang=lang)


def test_a_year_less_span_merges_only_with_a_value_that_holds_it_or_lies_within_it() -> None:
    span = YearlessDate("XXXX-04-10/XXXX-04-12")
    assert not span.is_compatible(DateRange("2024-04-11/2024-04-14"))
    assert not DateRange("2024-04-11/2024-04-14").is_compatible(span)
    assert span.is_compatible(DateRange("2024-04-10/2024-04-12"))
    assert span.is_compatible(YearlessDate("XXXX-04-11"))
    crossing = YearlessDate("XXXX-12-28/XXXX-01-03")
    assert crossing.is_compatible(DateRange("2024-12-28/2025-01-03"))
    assert not crossing.is_compatible(DateRange("2024-12-30/2025-01-05"))


def test_csv_cells_write_a_year_less_date_as_its_edtf(tmp_path: pathlib.Path) -> None:
    event = cd.Event(
        id="e1",
        kind=cd.EventKind.VISIT,
        date=YearlessDate("XXXX-12-28/XXXX-01-03"),
        participants=(cd.Participant(actor="hanam", role="visitor"),),
    )
    paths = cd.to_csv(cd.Dataset(events=(event,)), tmp_path)
    text = "".join(p.read_text("utf-8") for p in paths)
    assert "XXXX-12-28/XXXX-01-03" in text
    assert '"""XXXX' not in text and "'\"XXXX" not in text


# The days each month has at most, in any year (literal: 29 February counts).
_MOST_DAYS = {1: 31, 2: 29, 3: 31, 4: 30, 5: 31, 6: 30, 7: 31, 8: 31, 9: 30, 10: 31, 11: 30, 12: 31}
_EN_MONTHS = "January February March April May June July August September October November December"


@given(
    month=st.sampled_from([2, 4, 6, 9, 11]),
    form=st.sampled_from(["{name} {a}-{b}", "{m}月{a}日至{b}日", "{prev} 28 - {name} {b}"]),
)
def test_an_impossible_day_of_a_span_of_no_year_names_its_month_not_a_year(
    month: int, form: str
) -> None:
    last = _MOST_DAYS[month] + 1  # 30 February, 31 June...: a day of no year
    name, prev = _EN_MONTHS.split()[month - 1], _EN_MONTHS.split()[month - 2]
    text = form.format(name=name, prev=prev, m=month, a=last - 1, b=last)
    with pytest.raises(cd.DateParseError) as info:
        cd.parse_date(text)
    message = str(info.value)
    assert f"for month {month:02d}" in message
    assert re.search(r"\b20\d\d\b", message) is None  # (the leap year it is read in stays out)
