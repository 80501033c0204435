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
    ("ko", "2023년 3~5월 행사"),
    ("vi", "tháng 3-5/2020 diễn ra"),
    ("vi", "ngày 15 và 16/3/2020"),
    ("he", "ה-5 עד ה-7 במרץ 2020"),
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
