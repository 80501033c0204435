"""Two days each named with its month, listed with "and", the year stated once after the
second: the year is both days'; two days in a row are the span of both (as "18 и 19 апреля
2024" already is). Literal cases; a weekday that is not the day's joins nothing."""

from __future__ import annotations

import pytest

from citydiplo import PartialDate, find_dates, parse_date
from citydiplo._errors import DateParseError

REF = PartialDate("2026-12-02")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("18 апреля и 19 апреля 2024 года", "ru", "2024-04-18/2024-04-19"),
        ("ગુરુવાર, ૧૮ એપ્રિલ અને શુક્રવાર, ૧૯ એપ્રિલ, ૨૦૨૪ના રોજ પાણીકાપ", "gu", "2024-04-18/2024-04-19"),
        ("18 अप्रैल और 19 अप्रैल 2024 को", "hi", "2024-04-18/2024-04-19"),
        ("April 18 and April 19, 2024", "en", "2024-04-18/2024-04-19"),
        ("on 18 April and 19 April 2024", "en", "2024-04-18/2024-04-19"),
        ("Thursday, April 18 and Friday, April 19, 2024", "en", "2024-04-18/2024-04-19"),
        ("ngày 18 tháng 4 và ngày 19 tháng 4 năm 2024", "vi", "2024-04-18/2024-04-19"),
        ("18 آوریل و 19 آوریل 2024", "fa", "2024-04-18/2024-04-19"),
    ],
)
def test_two_days_in_a_row_listed_with_their_month_are_one_span(
    text: str, lang: str, expected: str
) -> None:
    assert str(parse_date(text, lang=lang)) == expected
    assert str(parse_date(text, lang=lang, ref=REF)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("18 апреля и 20 апреля 2024 года", "ru", ["2024-04-18", "2024-04-20"]),
        ("March 18 and April 19, 2024", "en", ["2024-03-18", "2024-04-19"]),
        ("ngày 18 tháng 4 và ngày 20 tháng 4 năm 2024", "vi", ["2024-04-18", "2024-04-20"]),
        ("December 30 and January 2, 2025", "en", ["2024-12-30", "2025-01-02"]),
    ],
)
def test_the_year_stated_once_is_both_days(text: str, lang: str, expected: list[str]) -> None:
    assert [str(m.value) for m in find_dates(text, lang=lang, ref=REF)] == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # Saturday is not 19 April 2024 (a Friday)
        ("ગુરુવાર, ૧૮ એપ્રિલ અને શનિવાર, ૧૯ એપ્રિલ, ૨૦૨૪ના રોજ", "gu"),
        # May before April: the first day's year is not the one stated
        ("May 18 and April 2, 2024", "en"),
    ],
)
def test_no_span_when_the_days_do_not_fit(text: str, lang: str) -> None:
    assert all("/" not in str(m.value) for m in find_dates(text, lang=lang, ref=REF))
    assert all(str(m.value) != "2024-05-18" for m in find_dates(text, lang=lang, ref=REF))


def test_a_list_of_days_of_one_month_is_unchanged() -> None:
    assert str(parse_date("27 और 28 जुलाई 2019 को", lang="hi")) == "2019-07-27/2019-07-28"
    found = [str(m.value) for m in find_dates("5 и 7 мая 2024 года", lang="ru")]
    assert found == ["2024-05-05", "2024-05-07"]  # two days, each a date


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("2024年4月18日和19日", "zh", ["2024-04-18/2024-04-19"]),
        ("2024年4月18日和20日", "zh", ["2024-04-18", "2024-04-20"]),
        ("2024年4月18日と19日", "ja", ["2024-04-18/2024-04-19"]),
        ("4月18日と20日", "ja", ["2024-04-18", "2024-04-20"]),
        ("2024년 4월 18일과 19일", "ko", ["2024-04-18/2024-04-19"]),
        ("4월 18일과 20일", "ko", ["2024-04-18", "2024-04-20"]),
    ],
)
def test_a_later_day_listed_alone_is_of_the_same_month(
    text: str, lang: str, expected: list[str]
) -> None:
    # read alone, the later day took the month of ref (2024-03-19 with ref 1 April 2024)
    ref = PartialDate("2024-04-01")
    assert [str(m.value) for m in find_dates(text, lang=lang, ref=ref)] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the year stated: the first day alone was given
        ("2024年5月21、22両日", "ja", "2024-05-21/2024-05-22"),
        ("2024年4月18日、19日两天", "zh", "2024-04-18/2024-04-19"),
        # the day listed with "和" before "两天", as with the comma
        ("2024年4月18日和19日两天", "zh", "2024-04-18/2024-04-19"),
    ],
)
def test_both_days_with_a_stated_year_are_one_span(text: str, lang: str, expected: str) -> None:
    assert str(parse_date(text, lang=lang)) == expected


@pytest.mark.parametrize("text", ["2024年5月21、23両日", "2024年4月18日和20日两天"])
def test_both_days_that_do_not_follow_are_left_unread(text: str) -> None:
    lang = "ja" if "両日" in text else "zh"
    with pytest.raises(DateParseError):
        parse_date(text, lang=lang)
