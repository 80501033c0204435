"""Families of faults found by the thirteenth blind set (en, ko, vi, zh, ja): literal cases
written from each language's grammar and calendar, positives and negatives."""

from __future__ import annotations

import pytest

from citydiplo import DateParseError, PartialDate, find_dates, parse_date

REF = PartialDate("2024-03-14")  # a Thursday


def _value(text: str, lang: str, ref: PartialDate | None = REF) -> str:
    return str(parse_date(text, lang=lang, ref=ref))


def _found(text: str, lang: str, ref: PartialDate | None = REF) -> list[str]:
    return [str(m.value) for m in find_dates(text, lang=lang, ref=ref)]


# A fiscal or school year is not the calendar year its figures name: Japan's fiscal 2023
# runs from April 2023 to March 2024, a US federal FY2024 from October 2023, a school year
# from one autumn to the next summer. Read as calendar years they would be wrong.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("2023年度", "ja"),
        ("令和5年度の予算", "ja"),
        ("今年度の開催を見送る", "ja"),
        ("FY2024", "en"),
        ("fiscal 2020", "en"),
        ("the 2025-26 fiscal year", "en"),
        ("a budget for the 2008-'09 fiscal year", "en"),
        ("the 2024 school year", "en"),
        ("2024财年", "zh"),
        ("2023至2024学年", "zh"),
        ("2024학년도", "ko"),
        ("năm tài chính 2024-2025", "vi"),
        ("năm học 2023-2024", "vi"),
    ],
)
def test_fiscal_and_school_years_are_left_unread(text: str, lang: str) -> None:
    with pytest.raises(DateParseError):
        parse_date(text, lang=lang, ref=REF)
    assert _found(text, lang) == []


def test_calendar_years_beside_fiscal_words_are_kept() -> None:
    # "fiscal" after a year qualifies another noun; Chinese 年度 is the calendar year
    assert _value("In 2024 fiscal policy changed", "en") == "2024"
    assert _value("2017年度两市友好交流协议", "zh") == "2017"
    assert _value("2024년도 예산", "ko") == "2024"
    # a day beside a fiscal year keeps its own date
    assert _found("令和5年度の説明会は2023年10月10日に開催します。", "ja") == ["2023-10-10"]
    assert _value("the 2021-22 season", "en") == "2021/2022"


# A night closure or water cut that ends the next morning covers the day and the next one
@pytest.mark.parametrize(
    ("text", "lang", "ref", "expected"),
    [
        ("8月26日23时至次日早7时停水", "zh", "2016-08-20", "2016-08-26/2016-08-27"),
        ("2016年12月31日22时至次日6时", "zh", None, "2016-12-31/2017-01-01"),
        ("10일 밤 10시부터 다음날 새벽 6시까지", "ko", "2001-02-09", "2001-02-10/2001-02-11"),
        ("7月20日午後10時から翌日午前6時まで通行止め", "ja", "2016-07-01", "2016-07-20/2016-07-21"),
    ],
)
def test_spans_to_the_next_day(text: str, lang: str, ref: str | None, expected: str) -> None:
    r = PartialDate(ref) if ref else None
    assert _value(text, lang, r) == expected
    assert _found(text, lang, r) == [expected]


def test_the_day_after_a_date_is_still_an_offset() -> None:
    # "the day after 26 August" names the 27th through an offset the grammar leaves unread
    with pytest.raises(DateParseError):
        parse_date("8月26日的次日", lang="zh", ref=REF)
    assert _value("8月26日23时停水", "zh", PartialDate("2023-08-20")) == "2023-08-26"


def test_a_weekday_linked_to_its_day_is_that_day() -> None:
    # 10 February 2001 was a Saturday: "토요일인 10일" (the 10th, a Saturday) is one day
    assert _found("토요일인 10일 행사가 열린다", "ko", PartialDate("2001-02-09")) == ["2001-02-10"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("three weeks from today", "2024-04-04"),
        ("two days from today", "2024-03-16"),
        ("a week from today", "2024-03-21"),
    ],
)
def test_counts_from_today(text: str, expected: str) -> None:
    assert _value(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("March 3rd through the 7th, 2024", "2024-03-03/2024-03-07"),
        ("June 5 until the 9th, 2024", "2024-06-05/2024-06-09"),
        ("from the 3rd to the 7th of March 2024", "2024-03-03/2024-03-07"),
    ],
)
def test_a_second_day_after_the_ends_the_span(text: str, expected: str) -> None:
    assert _value(text, "en") == expected


# A count of a year's first or last months states part of the year: never the whole year,
# nor "early 2008" (đầu năm 2008)
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("8 tháng đầu năm 2008", "vi"),
        ("trong 9 tháng đầu năm 2023", "vi"),
        ("3 tháng cuối năm 2023", "vi"),
        ("tám tháng đầu năm 2008", "vi"),
        ("the first eight months of 2008", "en"),
        ("in the last 3 months of 2023", "en"),
        ("2008年前8个月", "zh"),
        ("今年前三季度", "zh"),
    ],
)
def test_a_count_of_a_years_months_leaves_the_year_unread(text: str, lang: str) -> None:
    with pytest.raises(DateParseError):
        parse_date(text, lang=lang, ref=REF)


def test_years_and_halves_beside_months_are_still_read() -> None:
    assert _value("đầu năm 2008", "vi") == "2008~"
    assert _value("ngày 5 tháng 8 năm 2008", "vi") == "2008-08-05"
    assert _value("6 tháng đầu năm 2023", "vi") == "2023-40"
    assert _value("2020年前往北京", "zh") == "2020"
    assert _value("in 2008", "en") == "2008"


def test_vietnamese_span_ends_with_minutes() -> None:
    text = "Từ 22 giờ 00 phút ngày 30/01/2026 đến 05 giờ 00 phút ngày 31/01/2026"
    assert _value(text, "vi") == "2026-01-30/2026-01-31"


def test_korean_closure_verbs_mark_a_coming_day() -> None:
    # 13 August: "the 24th to the 29th ... will be closed" is later that month
    text = "24∼29일에는 신림로 1개 차로의 야간 차량통행이 금지된다."
    assert _value(text, "ko", PartialDate("2001-08-13")) == "2001-08-24/2001-08-29"
