"""Families of date phrases found by the blind batch 10a (bench/date_blind10a_cases.jsonl: en,
ko, vi, zh, ja), each with literal positive and negative cases: the expected values are written
by hand, never taken from the function under test."""

from __future__ import annotations

import pytest

from citydiplo import DateParseError, PartialDate, find_dates, parse_date

REF = PartialDate("2025-06-18")  # a Wednesday


def _value(text: str, lang: str, ref: PartialDate | None = REF) -> str:
    return str(parse_date(text, lang=lang, ref=ref))


def _found(text: str, lang: str, ref: PartialDate | None = REF) -> list[str]:
    mentions = find_dates(text, lang=lang, ref=ref)
    for m in mentions:
        assert text[m.start : m.end] == m.text
    return [str(m.value) for m in mentions]


# A part of a month named relative to ref ("the end of this month") is that month, approximate:
# the plain month would drop what the text states.
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("이달 말", "ko", "2025-06~"),
        ("이달 초", "ko", "2025-06~"),
        ("지난달 말", "ko", "2025-05~"),
        ("다음 달 초에는 고베를 찾는다", "ko", "2025-07~"),
        ("다음 달 말까지", "ko", "2025-07~"),
        ("3월 초에는", "ko", "2025-03~"),
        ("내년 초", "ko", "2026~"),
        ("本月底", "zh", "2025-06~"),
        ("上个月底", "zh", "2025-05~"),
        ("今月末", "ja", "2025-06~"),
        ("先月末に", "ja", "2025-05~"),
        ("来月上旬", "ja", "2025-07~"),
        ("cuối tháng này", "vi", "2025-06~"),
        ("đầu tháng sau", "vi", "2025-07~"),
        ("the end of last month", "en", "2025-05~"),
    ],
)
def test_part_of_a_relative_month(text: str, lang: str, expected: str) -> None:
    assert _value(text, lang) == expected
    assert _found(text, lang) == [expected]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("이달 초청 행사", "ko", "2025-06"),  # 초청: an invitation, not the start of the month
        ("이달 24일", "ko", "2025-06-24"),
        ("本月初步完成", "zh", "2025-06"),  # 初步: preliminary
        ("다음 달", "ko", "2025-07"),
    ],
)
def test_relative_month_without_a_part_stays_exact(text: str, lang: str, expected: str) -> None:
    assert _value(text, lang) == expected


# A year glued to an era word is read ("2024AD"); a day and month before a year in a form not
# read ("2024BC", "2024x") is no date of ref's year.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12th June, 2024AD", "2024-06-12"),
        ("June 12, 2024AD", "2024-06-12"),
        ("12 June 2024 A.D.", "2024-06-12"),
        ("12 June 2024 CE", "2024-06-12"),
        ("in 2024AD", "2024"),
    ],
)
def test_year_with_era_word(text: str, expected: str) -> None:
    assert _value(text, "en") == expected


@pytest.mark.parametrize("text", ["12th June, 2024BC", "June 12, 2024BC", "12th June, 2024x"])
def test_day_month_before_an_unread_year_is_no_date(text: str) -> None:
    with pytest.raises(DateParseError):
        parse_date(text, lang="en", ref=REF)
    assert _found(text, "en") == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("On June 12, 300 people came", "en", ["2025-06-12"]),  # a count, not a year
        ("6月12日、300人が参加", "ja", ["2025-06-12"]),
        ("31 мар. 2037мар.", "ru", ["2037-03"]),  # figures glued to a month start a date
    ],
)
def test_numbers_after_a_day_month_that_are_not_its_year(
    text: str, lang: str, expected: list[str]
) -> None:
    assert _found(text, lang)[-len(expected) :] == expected


# A day and month in figures, then a word for this/last/next year or a year word and a year
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ngày 12/6 năm nay", "2025-06-12"),
        ("ngày 12/6 năm ngoái", "2024-06-12"),
        ("12/6 năm nay", "2025-06-12"),
        ("từ 10/6 đến 12/6 năm nay", "2025-06-10/2025-06-12"),
        ("12/6 năm 2024", "2024-06-12"),
        ("vào 12/6 năm 2024", "2024-06-12"),
        ("ngày 12/6 năm nay có 30 người", "2025-06-12"),
    ],
)
def test_vietnamese_day_month_then_year(text: str, expected: str) -> None:
    assert _value(text, "vi") == expected
    assert _found(text, "vi") == [expected]


def test_vietnamese_day_month_relative_year_needs_ref() -> None:
    with pytest.raises(DateParseError, match="ref"):
        parse_date("ngày 12/6 năm nay", lang="vi")


@pytest.mark.parametrize("text", ["12/6", "tỷ lệ 3/4", "6 năm qua"])
def test_vietnamese_bare_figures_without_year_word_are_no_date(text: str) -> None:
    assert _found(text, "vi") == []


# Korean "주일" (week) as the unit of a count
@pytest.mark.parametrize(
    ("text", "expected"),
    [("3주일 전", "2025-05-28"), ("2주일 후", "2025-07-02"), ("3주 전", "2025-05-28")],
)
def test_korean_weeks_written_juil(text: str, expected: str) -> None:
    assert _value(text, "ko") == expected


# A span of days whose end is no day leaves figures unread: no date, never the first day alone
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("2024年6月12-35日", "zh"),
        ("6月12-35日", "ja"),
        ("2024년 6월 12-35일", "ko"),
        ("12-35 June 2024", "en"),
        ("2024-06-12-3", "en"),
    ],
)
def test_span_of_days_with_an_impossible_end_is_no_date(text: str, lang: str) -> None:
    with pytest.raises(DateParseError):
        parse_date(text, lang=lang, ref=REF)
    assert _found(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("2024年6月12-15日", "zh", "2024-06-12/2024-06-15"),
        ("June 12-14, 2024", "en", "2024-06-12/2024-06-14"),
        ("2024年6月12日-2025年1月3日", "zh", "2024-06-12/2025-01-03"),
    ],
)
def test_span_of_days_that_exists_is_read(text: str, lang: str, expected: str) -> None:
    assert _value(text, lang) == expected


# A weekday of a named week written with the day's other names ("thứ 5") or the week's other
# words ("tuần tới"), whatever the case of the weekday
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("thứ 5 tuần trước", "2025-06-12"),
        ("thứ Năm tuần trước", "2025-06-12"),
        ("thứ 6 tuần tới", "2025-06-27"),
        ("thứ sáu tuần tới", "2025-06-27"),
        ("Thứ Sáu tuần tới", "2025-06-27"),
        ("thứ 2 tuần sau", "2025-06-23"),
        ("chủ nhật tuần này", "2025-06-22"),
    ],
)
def test_vietnamese_weekday_of_a_named_week(text: str, expected: str) -> None:
    assert _value(text, "vi") == expected
    assert _found(text, "vi") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("tuần tới", "2025-06-23/2025-06-29"), ("tuần trước", "2025-06-09/2025-06-15")],
)
def test_vietnamese_week_alone_stays_the_week(text: str, expected: str) -> None:
    assert _value(text, "vi") == expected


# An open suffix of kana or Han glued to the next word still opens the range
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("2004年から派遣", "ja", "2004/.."),
        ("昭和40年から交換学生を派遣", "ja", "1965/.."),
        ("2004年からの交流", "ja", "2004/.."),
        ("2015年以来的交流", "zh", "2015/.."),
        ("2004年から2010年まで", "ja", "2004/2010"),
        ("2015年起草", "zh", "2015"),  # 起草: drafted, not "from"
    ],
)
def test_open_suffix_glued_to_the_next_word(text: str, lang: str, expected: str) -> None:
    assert _value(text, lang) == expected


# A month with its year, then a bare later month joined by a word for "to": one span in that
# year ("今年一月至五月"); a day's figures never run into the word for month ("5월" is May)
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("今年一月至五月", "zh", "2025-01/2025-05"),
        ("2024年1月至5月", "zh", "2024-01/2024-05"),
        ("去年3月至8月", "zh", "2024-03/2024-08"),
        ("令和6年4月から6月", "ja", "2024-04/2024-06"),
        ("2024年1月から5月まで", "ja", "2024-01/2024-05"),
        ("2024년 1월부터 5월까지", "ko", "2024-01/2024-05"),
        ("행사는 2024년 1월부터 5월까지 열린다", "ko", "2024-01/2024-05"),
    ],
)
def test_month_span_with_the_year_stated_once(text: str, lang: str, expected: str) -> None:
    assert _value(text, lang) == expected
    assert _found(text, lang) == [expected]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("2024년 1월 5일", "ko", "2024-01-05"),
        ("2024年1月5日", "zh", "2024-01-05"),
        ("2024年11月至2月", "zh", None),  # the later month is in another year: not joined here
    ],
)
def test_month_span_negatives(text: str, lang: str, expected: str | None) -> None:
    if expected is None:
        with pytest.raises(DateParseError):
            parse_date(text, lang=lang, ref=REF)
    else:
        assert _value(text, lang) == expected
