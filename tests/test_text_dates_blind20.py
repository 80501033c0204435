"""Families found by the blind set 20 (all ten languages): literal positive and negative
cases, each written from the language's spelling and word formation, not from the function
under test."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citydiplo import DateParseError, PartialDate, find_dates, parse_date

_HI_MONTHS = {9: "सितंम्बर", 11: "नवंम्बर", 12: "दिसंम्बर"}


def _values(text: str, lang: str, ref: str | None = None) -> list[str]:
    return [
        str(m.value) for m in find_dates(text, lang=lang, ref=PartialDate(ref) if ref else None)
    ]


# --- Hindi months in -म्बर written with both the anusvara and the half consonant are the month
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # https://cnnibn7.in/?p=15617
        (
            "28 अक्टूबर से 4 नवंम्बर तक प्रदेश के समस्त नगर निगमों और नगर पालिकाओं में दीपावली"
            " मेला आयोजित किया जाएगा।",
            "XXXX-10-28/XXXX-11-04",
        ),
        ("5 दिसंम्बर 2024 को बैठक होगी।", "2024-12-05"),
        ("सितंम्बर 2023 में", "2023-09"),
    ],
)
def test_hindi_doubled_nasal_month(text: str, expected: str) -> None:
    assert str(parse_date(text, lang="hi")) == expected


@given(st.sampled_from(sorted(_HI_MONTHS)), st.integers(1, 28), st.integers(1990, 2030))
def test_hindi_doubled_nasal_month_law(month: int, day: int, year: int) -> None:
    text = f"{day} {_HI_MONTHS[month]} {year}"
    assert str(parse_date(text, lang="hi")) == f"{year}-{month:02d}-{day:02d}"


# --- a month's name glued to a word of festival (节, 祭) heads a feast's name, no date
@pytest.mark.parametrize(
    ("text", "lang", "ref", "expected"),
    [
        # https://uniteddaily.my/zh/6196313e-e996-4b16-b2f8-2a09b3609c58
        (
            "截至2025年2月24日,五月节已确认10项活动,全年庆典活动总数已达23项。",
            "zh",
            "2025-02-24",
            "2025-02-24",
        ),
        ("五月祭は5月18日に開催される。", "ja", "2025-02-24", "2025-05-18"),
    ],
)
def test_month_before_festival_word_is_a_name(
    text: str, lang: str, ref: str, expected: str
) -> None:
    assert str(parse_date(text, lang=lang, ref=PartialDate(ref))) == expected


@pytest.mark.parametrize(("text", "lang"), [("五月节到了", "zh"), ("五月祭が開催された", "ja")])
def test_festival_name_alone_is_no_date(text: str, lang: str) -> None:
    assert _values(text, lang) == []
    with pytest.raises(DateParseError):
        parse_date(text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), [("五月举行", "zh"), ("五月に開催", "ja")])
def test_month_without_festival_word_is_still_a_month(text: str, lang: str) -> None:
    assert str(parse_date(text, lang=lang, ref=PartialDate("2025-02-24"))) == "2025-05"
