"""Hostile readings of this round's date rules: literal cases, each read by hand."""

from __future__ import annotations

import pytest

from citydiplo import DateParseError, PartialDate, parse_date

REF = PartialDate("2025-06-12")  # a Thursday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Han week phrase written once before the rest of the weekday's name
        ("下个星期五", "2025-06-20"),
        ("下個星期五", "2025-06-20"),
        ("下星期五", "2025-06-20"),
        ("上个星期五", "2025-06-06"),
        ("这个星期五", "2025-06-13"),
        ("下个星期天", "2025-06-22"),
        ("下礼拜五", "2025-06-20"),
        ("下个礼拜五", "2025-06-20"),
        ("下週三", "2025-06-18"),
        ("我们下个星期五见面", "2025-06-20"),
        # negatives that must keep their readings
        ("下个星期", "2025-06-16/2025-06-22"),
        ("上个星期", "2025-06-02/2025-06-08"),
        ("下周五", "2025-06-20"),
        ("本周五", "2025-06-13"),
        ("星期天", "2025-06-08"),
        ("下个星期的星期五", "2025-06-20"),
        ("2025年6月13日星期五", "2025-06-13"),
    ],
)
def test_chinese_weekday_of_a_named_week(text: str, expected: str) -> None:
    assert str(parse_date(text, lang="zh", ref=REF)) == expected


def test_a_spoken_chinese_weekday_is_checked_against_its_date() -> None:
    with pytest.raises(DateParseError):
        parse_date("6月13日星期天", lang="zh", ref=REF)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "дня до" of "сегодняшнего дня до" is no "N days before" the later date
        ("с сегодняшнего дня до 15 июня", "2025-06-12/2025-06-15"),
        ("с сегодняшнего дня до 15 июня 2025 года", "2025-06-12/2025-06-15"),
        ("со вчерашнего дня до 15 июня", "2025-06-11/2025-06-15"),
        ("с завтрашнего дня до 20 июня", "2025-06-13/2025-06-20"),
        # a weekday after "до"/"по" closes the span, in the genitive too
        ("с сегодняшнего дня до вторника", "2025-06-12/2025-06-17"),
        ("с завтрашнего дня до воскресенья", "2025-06-13/2025-06-15"),
        ("с сегодняшнего дня по пятницу", "2025-06-12/2025-06-13"),
        # negatives; "с" alone states the day it starts (no "по настоящее время" closes it)
        ("с сегодняшнего дня", "2025-06-12"),
        ("с 10 до 15 июня", "2025-06-10/2025-06-15"),
        ("10 июня, во вторник", "2025-06-10"),
        ("вчера, за день до 15 июня", "2025-06-11"),
    ],
)
def test_russian_spans_from_a_relative_day(text: str, expected: str) -> None:
    assert str(parse_date(text, lang="ru", ref=REF)) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # two ends of a span that, read alone, fall on one day: never that day
        ("from June 10 to Tuesday", "en"),
        ("с 10 июня до вторника", "ru"),
        ("с 12 июня до пятницы", "ru"),
        ("с 10 июня по пятницу", "ru"),
        ("с понедельника по пятницу", "ru"),
        # a count before a date stays no date
        ("за два дня до 15 июня", "ru"),
        ("за неделю до 15 июня", "ru"),
        # "среды" is also "environment": no weekday
        ("охрана окружающей среды", "ru"),
    ],
)
def test_a_span_with_an_unread_end_is_an_error(text: str, lang: str) -> None:
    with pytest.raises(DateParseError):
        parse_date(text, lang=lang, ref=REF)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the weekday before the phrase naming its week
        ("Wednesday last week", "en", "2025-06-04"),
        ("on Friday next week", "en", "2025-06-20"),
        ("в пятницу на следующей неделе", "ru", "2025-06-20"),
        ("в среду на прошлой неделе", "ru", "2025-06-04"),
        ("جمعه هفته آینده", "fa", "2025-06-20"),
        ("سه‌شنبه هفته گذشته", "fa", "2025-06-03"),
        ("ביום שישי בשבוע הבא", "he", "2025-06-20"),  # the week starts on Sunday in Israel
        # negatives
        ("next week Friday", "en", "2025-06-20"),
        ("Friday", "en", "2025-06-06"),
        ("last week", "en", "2025-06-02/2025-06-08"),
    ],
)
def test_a_weekday_before_its_named_week(text: str, lang: str, expected: str) -> None:
    assert str(parse_date(text, lang=lang, ref=REF)) == expected


def test_a_weekday_and_a_week_across_a_comma_stay_two_mentions() -> None:
    from citydiplo import find_dates

    found = find_dates("He arrived on Friday, next week he meets the mayor.", lang="en", ref=REF)
    assert [str(m.value) for m in found] == ["2025-06-06", "2025-06-16/2025-06-22"]
