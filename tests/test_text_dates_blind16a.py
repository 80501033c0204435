"""Families of faults found by the sixteenth blind set (en, ko, vi, zh, ja): literal cases
written from each language's grammar and usage, positives and negatives."""

from __future__ import annotations

import pytest

from citydiplo import DateParseError, PartialDate, find_dates, parse_date

REF = PartialDate("2025-09-10")  # a Wednesday


def _value(text: str, lang: str, ref: PartialDate | None = REF) -> str:
    return str(parse_date(text, lang=lang, ref=ref))


def _found(text: str, lang: str, ref: PartialDate | None = REF) -> list[str]:
    return [str(m.value) for m in find_dates(text, lang=lang, ref=ref)]


# Korean "내달" (next month, written style of "다음 달") before its day; alone it is the stem
# of the verb "내달리다" (to dash off), no month.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("내달 7일", "2025-10-07"),
        ("내달 7~10일", "2025-10-07/2025-10-10"),
        ("세종시, 내달 7~10일 3년만에 '세종축제' 개최", "2025-10-07/2025-10-10"),
        ("명년 5월", "2026-05"),
        ("내주 화요일", "2025-09-16"),
        ("금주 금요일", "2025-09-12"),
    ],
)
def test_korean_written_relative_words(text: str, expected: str) -> None:
    assert _value(text, "ko") == expected
    assert expected in _found(text, "ko")


@pytest.mark.parametrize("text", ["선수들이 경기장으로 내달렸다", "금주 운동을 벌였다"])
def test_korean_relative_stems_inside_words_are_no_dates(text: str) -> None:
    assert _found(text, "ko") == []


# A day, weekday or month named within another period than ref's ("the following month",
# "the same month", "the year after", "the year before last"): never ref's month or year.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("익월 5일", "ko"),
        ("같은 달 5일", "ko"),
        ("이듬해 5월", "ko"),
        ("재작년 5월", "ko"),
        ("翌月5日", "ja"),
        ("同月5日", "ja"),
        ("翌年5月", "ja"),
        ("一昨年5月", "ja"),
        ("翌週金曜日", "ja"),
        ("次月5日", "zh"),
        ("前年5月", "zh"),
        ("次年5月3日", "zh"),
    ],
)
def test_a_day_of_another_period_is_not_refs(text: str, lang: str) -> None:
    for value in _found(text, lang):
        assert not value.startswith("2025"), value
    with pytest.raises(DateParseError):
        parse_date(text, lang=lang, ref=REF)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("来月5日", "ja", "2025-10-05"),
        ("下月5日", "zh", "2025-10-05"),
        ("다음달 5일", "ko", "2025-10-05"),
    ],
)
def test_a_day_of_next_month_still_reads(text: str, lang: str, expected: str) -> None:
    assert _value(text, lang) == expected


# Two months joined by a dash, each with its month word: a span of months, never the second
# month alone.
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("从5月—9月,每月都有活动", "zh", "2025-05/2025-09"),
        ("5月-9月", "zh", "2025-05/2025-09"),
        ("5월~9월", "ko", "2025-05/2025-09"),
        ("5月～9月", "ja", "2025-05/2025-09"),
        ("2024年5月-9月", "zh", "2024-05/2024-09"),
    ],
)
def test_two_months_joined_by_a_dash_are_a_span(text: str, lang: str, expected: str) -> None:
    assert _value(text, lang) == expected


# Two weekdays joined as a span with no date beside them: a weekly schedule, no date.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The office is open Monday through Friday.", "en"),
        ("Crews work from 8:30 a.m. to 4 p.m. Monday through Friday.", "en"),
        ("월~금요일 운영", "ko"),
        ("월요일부터 금요일까지 운영한다", "ko"),
        ("月曜日から金曜日まで営業", "ja"),
        ("mở cửa từ thứ Hai đến thứ Sáu", "vi"),
    ],
)
def test_two_weekdays_as_a_span_are_no_dates(text: str, lang: str) -> None:
    assert _found(text, lang) == []


def test_weekdays_beside_dates_still_make_a_span() -> None:
    text = "On Monday, April 4 through Thursday, April 7, 2022, crews will close ramps"
    assert _value(text, "en") == "2022-04-04/2022-04-07"


def test_two_weekdays_listed_with_and_are_still_read() -> None:
    assert _found("The council met on Monday and Friday.", "en") == ["2025-09-08", "2025-09-05"]


# A month in a clause about a habit, or a part of a month the scan does not read: no month.
@pytest.mark.parametrize(
    "text",
    [
        "Elections are typically held in November.",
        "The market is usually open in June.",
        "The free event is typically held the first weekend in May.",
        "The fair takes place the second week of August.",
    ],
)
def test_a_month_of_a_habit_or_an_unread_part_is_no_date(text: str) -> None:
    assert _found(text, "en") == []


def test_a_habit_in_another_sentence_does_not_hide_a_date() -> None:
    text = "Elections are typically held in November. The vote was on May 5, 2024."
    assert _found(text, "en") == ["2024-05-05"]
    assert _value("The festival opens in June.", "en") == "2025-06"


# A day alone, then "오는" (coming) before the later end of its span.
def test_a_span_whose_later_end_is_the_coming_day() -> None:
    ref = PartialDate("2022-07-21")
    text = "과천시의회가 원구성 완료 후 22일부터 오는 29일까지 첫 임시회를 열고"
    assert _value(text, "ko", ref) == "2022-07-22/2022-07-29"
    assert _found(text, "ko", ref) == ["2022-07-22/2022-07-29"]


def test_a_weekday_beside_a_date_is_not_dropped_as_a_span() -> None:
    text = "એપ્રિલ 8 બુધવાર  –  બુધવાર નવે "
    assert "2024-04-08" not in _found(text, "gu", PartialDate("2024-03-15"))


# A month after a lunar-calendar marker is a lunar month, never the Gregorian one of that number.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("2025年农历八月十五", "zh"),
        ("农历8月15日", "zh"),
        ("旧暦8月15日", "ja"),
        ("Tết Trung thu rằm tháng Tám", "vi"),
        ("rằm tháng 8", "vi"),
    ],
)
def test_a_lunar_month_is_not_read_as_the_gregorian_month(text: str, lang: str) -> None:
    for value in _found(text, lang):
        assert not value.startswith(("2025-08", "XXXX-08")), value


def test_the_gregorian_month_word_still_reads() -> None:
    assert _value("tháng Tám năm nay", "vi") == "2025-08"


# A night closure to the next morning: the clock may carry its hour word ("23:00时"), and the
# next day's weekday in brackets is that day's, not a weekday of its own.
@pytest.mark.parametrize(
    "text",
    [
        "我公司将于12月22日(星期三)晚23:00时至次日(星期四)早8:00时进行施工作业",
        "12月22日晚23:00时至次日早8:00时停水",
    ],
)
def test_a_night_span_to_the_next_day_with_hour_words(text: str) -> None:
    ref = PartialDate("2021-12-20")
    assert _value(text, "zh", ref) == "2021-12-22/2021-12-23"
    assert _found(text, "zh", ref) == ["2021-12-22/2021-12-23"]


# An ISO date with its time glued on ("2026-02-0419:47:55", a page's date line).
def test_an_iso_date_with_a_glued_time() -> None:
    text = "发布日期: 2026-02-0419:47:55 浏览次数: 字体:[ ]"
    assert _value(text, "zh", None) == "2026-02-04"
    assert _found(text, "zh", None) == ["2026-02-04"]
