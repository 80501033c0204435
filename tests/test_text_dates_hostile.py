"""Phrases a hostile reader writes to catch the date parser giving a silently wrong answer:
literal cases, each checked against what the text states (never against the parser)."""

from __future__ import annotations

import datetime

import pytest

from citydiplo import DateParseError, find_dates, parse_date

REF = datetime.date(2024, 3, 15)


def _found(text: str, lang: str) -> list[tuple[str, str]]:
    return [(m.text, str(m.value)) for m in find_dates(text, lang=lang, ref=REF)]


# A span or list whose first end (a day or month in figures) is not read: the second end
# alone would be a silently wrong answer, so nothing of it is read.
UNREAD_FIRST_END = [
    # ("ko", "2023년 3~5월 행사") is now read whole: test_text_dates_blind18a.py
    ("vi", "tháng 3-5/2020 diễn ra"),
    # ("vi", "ngày 15 và 16/3/2020") is now read whole: the span of both days, below
    # ("he", "ה-5 עד ה-7 במרץ 2020") is now read whole: test_text_dates_blind7.py
    ("en", "On the 1st and 2nd of May 2019"),
]


@pytest.mark.parametrize(("lang", "text"), UNREAD_FIRST_END)
def test_span_with_unread_first_end_is_not_one_end(lang: str, text: str) -> None:
    assert _found(text, lang) == []
    with pytest.raises(DateParseError):
        parse_date(text, lang=lang, ref=REF)


# the spans and lists the grammar reads whole stay read whole
READ_WHOLE = [
    ("ko", "2023년 3월 5~7일", "2023-03-05/2023-03-07"),
    ("ko", "3월 15일부터 17일까지", "2024-03-15/2024-03-17"),
    ("zh", "2023年3月5日至7日", "2023-03-05/2023-03-07"),
    ("ru", "с 5 по 7 марта 2020 года", "2020-03-05/2020-03-07"),
    ("vi", "ngày 5-7/3/2020", "2020-03-05/2020-03-07"),
    ("vi", "ngày 15 và 16/3/2020", "2020-03-15/2020-03-16"),  # the 15th and the 16th
    ("hi", "5 से 7 मार्च 2020 तक", "2020-03-05/2020-03-07"),
    ("en", "From 3 to 5 March 2020", "2020-03-03/2020-03-05"),
    ("fa", "۵ تا ۷ اسفند ۱۴۰۲", "2024-02-24/2024-02-26"),
]


@pytest.mark.parametrize(("lang", "text", "value"), READ_WHOLE)
def test_spans_read_whole_stay_whole(lang: str, text: str, value: str) -> None:
    assert str(parse_date(text, lang=lang, ref=REF)) == value


# A number followed by a noun of people or of a quantity is a count, never a year.
COUNTS = [
    ("he", "2019 איש השתתפו בכנס"),
    ("he", "2020 סטודנטים הגיעו"),
    ("he", "2021 מבקרים בתערוכה"),
    ("he", "בטקס נכחו 1995 תושבים ו-2003 נציגים"),
]


@pytest.mark.parametrize(("lang", "text"), COUNTS)
def test_count_is_no_year(lang: str, text: str) -> None:
    assert _found(text, lang) == []


def test_year_next_to_a_count_word_elsewhere_is_still_read() -> None:
    assert _found("בשנת 2019 השתתפו 300 איש", "he") == [("בשנת 2019", "2019")]


# A year or date of a calendar the parser does not convert (Vikram Samvat, Shaka, lunar
# Hijri, the Chinese and Korean lunar calendars, Buddhist eras) is left unread: never read
# as a Gregorian (or Solar Hijri) year.
OTHER_CALENDARS = [
    ("hi", "विक्रम संवत 2080 में"),
    ("hi", "शक संवत 1945"),
    ("gu", "વિ.સં. 2080"),
    ("gu", "સંવત 2080"),
    ("fa", "۱۵ رمضان ۱۴۴۵"),
    ("fa", "سال ۱۴۴۵ قمری"),
    ("fa", "۱۰ محرم ۱۴۴۶ قمری"),
    ("en", "in 1445 AH"),
    ("en", "15 Ramadan 1445"),
    ("ru", "в 1445 году хиджры"),
    ("ko", "음력 3월 5일"),
    ("ko", "불기 2567년"),
    ("zh", "佛历2567年"),
    ("ja", "皇紀2684年"),
    ("vi", "ngày 15/8 âm lịch"),
]


@pytest.mark.parametrize(("lang", "text"), OTHER_CALENDARS)
def test_other_calendar_is_not_read_as_gregorian(lang: str, text: str) -> None:
    assert _found(text, lang) == []


GREGORIAN_BESIDE_OTHER = [
    ("hi", "5 मार्च 2024 (विक्रम संवत 2080)", [("5 मार्च 2024", "2024-03-05")]),
    ("en", "on 5 March 2024 (24 Shaban 1445 AH)", [("5 March 2024", "2024-03-05")]),
    ("fa", "سال ۱۴۰۲ شمسی", [("سال ۱۴۰۲", "2023-03-21/2024-03-19")]),
    ("ko", "2024년 3월 5일", [("2024년 3월 5일", "2024-03-05")]),
]


@pytest.mark.parametrize(("lang", "text", "found"), GREGORIAN_BESIDE_OTHER)
def test_gregorian_date_beside_another_calendar_is_read(
    lang: str, text: str, found: list[tuple[str, str]]
) -> None:
    assert _found(text, lang) == found


# A date that anchors an offset the parser does not compute ("the day after 5 March 2020")
# is not the day the text speaks of: it is left unread.
OFFSET_ANCHORS = [
    ("en", "the day after 5 March 2020"),
    ("en", "two weeks after 5 March 2020"),
    ("en", "a week before 12 May 2021"),
    ("ru", "на следующий день после 5 марта 2020 года"),
    ("he", "יום לאחר 5 במרץ 2020"),
    ("ja", "2020年3月5日の翌日"),
    ("zh", "2020年3月5日次日"),
    ("ko", "2020년 3월 5일 다음날"),
    ("hi", "5 मार्च 2020 के अगले दिन"),
    ("gu", "5 માર્ચ 2020ના બીજા દિવસે"),
    ("fa", "یک روز پس از ۱۵ اسفند ۱۴۰۲"),
    ("vi", "một tuần sau ngày 5/3/2020"),
]


@pytest.mark.parametrize(("lang", "text"), OFFSET_ANCHORS)
def test_offset_anchor_is_not_the_day(lang: str, text: str) -> None:
    assert _found(text, lang) == []


ANCHOR_WORDS_ELSEWHERE = [
    ("en", "The day after, on 5 March 2020, they met.", [("5 March 2020", "2020-03-05")]),
    ("ja", "翌日の2020年3月5日に", [("2020年3月5日", "2020-03-05")]),
    ("ko", "다음날인 2020년 3월 5일", [("2020년 3월 5일", "2020-03-05")]),
]


@pytest.mark.parametrize(("lang", "text", "found"), ANCHOR_WORDS_ELSEWHERE)
def test_date_away_from_offset_words_is_read(
    lang: str, text: str, found: list[tuple[str, str]]
) -> None:
    assert _found(text, lang) == found


# A bare year in a chain of figure groups is part of a phone or document number.
PHONE_NUMBERS = [
    ("en", "Call 2021-555-0199 for details."),
    ("en", "Tel: +1 2019 555 0101"),
    ("ru", "тел. +7 495 2019 12 12"),
    ("vi", "ĐT: 0243 2019 555"),
    ("en", "The 2019-555 contract"),
]


@pytest.mark.parametrize(("lang", "text"), PHONE_NUMBERS)
def test_year_in_a_phone_number_is_not_read(lang: str, text: str) -> None:
    assert _found(text, lang) == []


YEARS_BESIDE_FIGURES = [
    ("en", "In 2019, 300 delegates came.", [("2019", "2019")]),
    ("en", "the 2021-2025 plan", [("2021-2025", "2021/2025")]),
    ("ru", "в 2019 году 300 человек", [("2019 году", "2019")]),
]


@pytest.mark.parametrize(("lang", "text", "found"), YEARS_BESIDE_FIGURES)
def test_year_beside_other_figures_is_read(
    lang: str, text: str, found: list[tuple[str, str]]
) -> None:
    assert _found(text, lang) == found


# A part of the year the grammar does not read ("в III квартале") makes the whole year a
# coarser answer than the text gives: nothing is read.
YEAR_PARTS = [
    ("ru", "в III квартале 2020 года"),
    ("en", "in the third quarter of fiscal 2020"),
]


@pytest.mark.parametrize(("lang", "text"), YEAR_PARTS)
def test_unread_part_of_year_is_not_the_whole_year(lang: str, text: str) -> None:
    assert _found(text, lang) == []


def test_read_parts_of_year_stay_read() -> None:
    assert str(parse_date("во второй половине 2020 года", lang="ru")) == "2020-41"
    assert str(parse_date("2020 की दूसरी छमाही", lang="hi")) == "2020-41"
    assert str(parse_date("quý 3/2020", lang="vi")) == "2020-35"
    assert str(parse_date("ברבעון השלישי של 2020", lang="he")) == "2020-35"


# A half or quarter of a Solar Hijri year is that part, never the whole year (dates checked
# by hand against the Iranian calendar: 1 Mehr 1402 is 23 September 2023, 29 Esfand 1402
# is 19 March 2024).
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("نیمه دوم سال ۱۴۰۲", "2023-09-23/2024-03-19"),
        ("نیمه اول سال ۱۴۰۲", "2023-03-21/2023-09-22"),
        ("سه ماهه سوم سال ۱۴۰۲", "2023-09-23/2023-12-21"),
        ("سال ۱۴۰۲", "2023-03-21/2024-03-19"),
    ],
)
def test_part_of_solar_hijri_year(text: str, value: str) -> None:
    assert str(parse_date(text, lang="fa")) == value
