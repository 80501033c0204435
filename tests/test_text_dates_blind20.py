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


# --- a span of two days with their times, the first after the word for "coming": one span
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # https://m.ajunews.com/view/20150604111005744
        (
            "군포시가 오는 9일 오전 9시부터 10일 오후 8시까지 둔대로 도로 정비공사를 시행,"
            " 차량운행을 제한한다.",
            "2015-06-09/2015-06-10",
        ),
        ("오는 12일 9시부터 14일 18시까지 통제된다.", "2015-06-12/2015-06-14"),
    ],
)
def test_coming_day_with_times_spans(text: str, expected: str) -> None:
    assert str(parse_date(text, lang="ko", ref=PartialDate("2015-06-04"))) == expected


@given(st.integers(5, 20), st.integers(1, 8), st.integers(1, 11), st.integers(1, 11))
def test_coming_day_with_times_law(day: int, length: int, h1: int, h2: int) -> None:
    """The span is the grammar's own span of the two days, times set aside."""
    ref = PartialDate("2015-06-04")
    timed = f"오는 {day}일 오전 {h1}시부터 {day + length}일 오후 {h2}시까지"
    plain = f"오는 {day}일부터 {day + length}일까지"
    assert str(parse_date(timed, lang="ko", ref=ref)) == str(parse_date(plain, lang="ko", ref=ref))


# --- Gujarati ઑ typed as અ with the vowel sign ૉ: the month all the same
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # https://www.janmabhoominewspapers.com/news/national_news/28260
        (
            "મુખ્ય પ્રધાન ભૂપેન્દ્ર પટેલ વિક્રમ સંવત ર08રના પ્રારંભ દિવસે તારીખ 22 અૉક્ટોબર,"
            " બુધવારે નાગરિકો સાથે નૂતન વર્ષાભિનંદન શુભેચ્છાઓનું આદાનપ્રદાન કરશે.",
            "XXXX-10-22",
        ),
        ("15 અૉગસ્ટ 2024ના રોજ", "2024-08-15"),
    ],
)
def test_gujarati_split_o_month(text: str, expected: str) -> None:
    assert str(parse_date(text, lang="gu")) == expected


@given(st.sampled_from([("અૉગસ્ટ", "ઑગસ્ટ"), ("અૉક્ટોબર", "ઑક્ટોબર")]), st.integers(1, 28))
def test_gujarati_split_o_reads_as_composed(pair: tuple[str, str], day: int) -> None:
    split, composed = pair
    assert str(parse_date(f"{day} {split} 2024", lang="gu")) == str(
        parse_date(f"{day} {composed} 2024", lang="gu")
    )
