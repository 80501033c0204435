"""Families of date phrases found by the blind batch 8a (bench/date_blind8a_cases.jsonl: en,
ko, vi, zh, ja), each with literal positive and negative cases: the expected values are written
by hand, never taken from the function under test."""

from __future__ import annotations

import pytest

from citydiplo import DateParseError, PartialDate, find_dates, parse_date

REF = PartialDate("2025-03-12")  # a Wednesday


def _value(text: str, lang: str, ref: PartialDate | None = REF) -> str:
    return str(parse_date(text, lang=lang, ref=ref))


def _found(text: str, lang: str, ref: PartialDate | None = REF) -> list[str]:
    mentions = find_dates(text, lang=lang, ref=ref)
    for m in mentions:
        assert text[m.start : m.end] == m.text
    return [str(m.value) for m in mentions]


# "지난" before a span of days speaks of its first day: the span has begun, it is not a year old
@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        ("지난 10월 26일부터 30일까지", "2014-10-29", "2014-10-26/2014-10-30"),
        ("지난 3월 10일부터 14일까지 방문했다", "2025-03-12", "2025-03-10/2025-03-14"),
        ("지난 10월 26일부터 28일까지", "2014-10-29", "2014-10-26/2014-10-28"),
        # a single day after "지난" still has to be before ref
        ("지난 10월 30일", "2014-10-29", "2013-10-30"),
        ("오는 3월 10일부터 14일까지", "2025-03-12", "2025-03-10/2025-03-14"),
    ],
)
def test_korean_last_before_a_span(text: str, ref: str, expected: str) -> None:
    assert _value(text, "ko", PartialDate(ref)) == expected


# a weekday with a suffix naming the coming or the past one ("thứ Sáu tới", "thứ Sáu vừa qua")
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("thứ Sáu tới", "2025-03-14"),
        ("vào thứ Tư tới", "2025-03-19"),
        ("thứ Hai sắp tới", "2025-03-17"),
        ("thứ Sáu vừa qua", "2025-03-07"),
        ("thứ Ba trước", "2025-03-11"),
    ],
)
def test_vietnamese_weekday_suffixes(text: str, expected: str) -> None:
    assert _value(text, "vi") == expected


# "tới" also joins a span: before another weekday it is no suffix (never the coming Monday)
@pytest.mark.parametrize("text", ["thứ Hai tới thứ Sáu", "từ thứ Hai tới thứ Sáu"])
def test_vietnamese_to_between_weekdays_is_no_suffix(text: str) -> None:
    assert "2025-03-17" not in _found(text, "vi")
    with pytest.raises(DateParseError):
        parse_date(text, lang="vi", ref=REF)


# "thứ sáu" (Friday) holds the number six: never "six weeks" before "tuần tới"
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("thứ Sáu tuần tới", "2025-03-21"),
        ("thứ Ba tuần tới", "2025-03-18"),
        ("thứ Sáu tuần kế tiếp", "2025-03-21"),
        ("sáu tuần tới", "2025-04-23"),  # a count stays a count without "thứ"
    ],
)
def test_vietnamese_weekday_of_next_week(text: str, expected: str) -> None:
    assert _value(text, "vi") == expected


def test_a_count_of_weeks_over_a_span_stays_no_date() -> None:
    with pytest.raises(DateParseError):
        parse_date("trong sáu tuần tới", lang="vi", ref=REF)


# a weekday closing a span that runs from now ("until Friday") is the coming one
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("until Friday", "en", "2025-03-14"),
        ("the exhibition runs until Friday", "en", "2025-03-14"),
        ("till Monday", "en", "2025-03-17"),
        ("đến thứ Sáu", "vi", "2025-03-14"),
        ("kéo dài cho đến thứ Hai", "vi", "2025-03-17"),
    ],
)
def test_until_a_weekday(text: str, lang: str, expected: str) -> None:
    assert _value(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Friday", "en", "2025-03-07"),  # a bare weekday stays the one before ref
        ("on Friday", "en", "2025-03-07"),
        ("until Friday, March 14", "en", "2025-03-14"),  # checked against its date
        ("Hội nghị diễn ra vào thứ Sáu", "vi", "2025-03-07"),
    ],
)
def test_weekdays_without_until(text: str, lang: str, expected: str) -> None:
    assert _value(text, lang) == expected


def test_a_date_to_a_weekday_is_never_the_weekday_alone() -> None:
    # two ends that cannot be joined: an error, never the coming Friday alone
    with pytest.raises(DateParseError):
        parse_date("from June 10 to Tuesday", lang="en", ref=REF)


def test_an_unread_first_end_before_until_drops_the_weekday() -> None:
    # "từ 10/3" is a figure no date is read from: the Friday alone would drop the span's start
    assert _found("từ 10/3 đến thứ Sáu", "vi") == []
    assert _found("from 10 until Friday", "en") == []


# Vietnamese spans whose two ends each state their month, after "từ" or a date word
@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        ("từ 28/2 đến 3/3", "2025-03-12", "2025-02-28/2025-03-03"),
        ("từ ngày 17-1 đến 31-1-2022", "2021-12-13", "2022-01-17/2022-01-31"),
        ("từ 5/3 đến 8/3/2024", "2025-03-12", "2024-03-05/2024-03-08"),
        ("Triển lãm mở cửa từ 30/12 tới 2/1/2025", "2024-12-20", "2024-12-30/2025-01-02"),
        ("ngày 31/5 - 2/6/2023", "2023-05-20", "2023-05-31/2023-06-02"),
    ],
)
def test_vietnamese_spans_across_months(text: str, ref: str, expected: str) -> None:
    assert _value(text, "vi", PartialDate(ref)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "từ 1/3 đến 1/2",  # fractions: a third to a half
        "tăng từ 1/3 đến 3/4",
        "từ 23/9 - 22/9",  # the same month backwards: no span
        "từ 10/1 đến 3/3",  # months two apart: not read as a span of days
        "28/2 đến 3/3",  # without a word opening the span or a date word
    ],
)
def test_vietnamese_figures_that_are_no_span(text: str) -> None:
    with pytest.raises(DateParseError):
        parse_date(text, lang="vi", ref=REF)


# a first day and a count of days: the span it states, never the first day alone
@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        ("지난 2일부터 이틀간 5개 도시를 방문했다", "2023-02-03", "2023-02-02/2023-02-03"),
        ("3일부터 사흘간", "2015-10-20", "2015-10-03/2015-10-05"),
        ("올 11월1일부터 5일 동안 열리게 되며", "1994-03-02", "1994-11-01/1994-11-05"),
        ("10월 27일부터 3박4일 일정으로", "2022-10-20", "2022-10-27/2022-10-30"),
        ("오는 10일부터 열흘간 개최한다", "2025-03-05", "2025-03-10/2025-03-19"),
        # a span the text states with both ends keeps them
        ("10일부터 12일까지 2박 3일 일정으로", "2018-09-09", "2018-09-10/2018-09-12"),
    ],
)
def test_korean_first_day_and_a_count_of_days(text: str, ref: str, expected: str) -> None:
    assert _value(text, "ko", PartialDate(ref)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "27일부터 5박7일간",  # ends in the next month, which the 27th alone cannot hold
        "지난 5일간 한국의 문화를 체험하는",  # for the last five days: no date
        "5일간",
    ],
)
def test_korean_counts_of_days_that_state_no_day(text: str) -> None:
    assert _found(text, "ko", PartialDate("2015-10-20")) == []


def test_a_day_then_a_later_start_is_not_a_count() -> None:
    # "2일부터 시행": in force from the 2nd, no count of days follows
    assert _value("2일부터 시행", "ko", PartialDate("2023-02-03")) == "2023-02-02"


# a day and month without a year: the next year's when that is at most three months ahead of
# ref, as the year before is taken when ref's is over three months ahead
@pytest.mark.parametrize(
    ("text", "lang", "ref", "expected"),
    [
        ("(từ 27-1 đến 30-1)", "vi", "2021-12-13", "2022-01-27/2022-01-30"),
        ("January 10", "en", "2024-12-20", "2025-01-10"),
        ("1월 5일", "ko", "2024-11-20", "2025-01-05"),
        ("2月28日", "ja", "2023-12-01", "2024-02-28"),
        # over three months ahead next year: ref's year (a day past)
        ("March 5", "en", "2024-11-01", "2024-03-05"),
        ("September 5", "en", "2024-12-13", "2024-09-05"),
        # over three months ahead this year: the year before
        ("December 20", "en", "2025-01-05", "2024-12-20"),
        ("May 10", "en", "2025-03-12", "2025-05-10"),
    ],
)
def test_the_year_of_a_day_and_month(text: str, lang: str, ref: str, expected: str) -> None:
    assert _value(text, lang, PartialDate(ref)) == expected


# Chinese and Japanese counts of units back or ahead before the words that follow them in a
# sentence ("10年前他", "3日前に", "两天前的"); a count and the date it names agree or raise
@pytest.mark.parametrize(
    ("text", "lang", "ref", "expected"),
    [
        ("森民夫说,10年前他曾来过大连。", "zh", "2009-11-22", "1999"),
        ("两天前的会议", "zh", "2025-03-12", "2025-03-10"),
        ("三年前在北京", "zh", "2025-03-12", "2022"),
        ("3日前に訪問した", "ja", "2025-03-12", "2025-03-09"),
        ("2年前の夏", "ja", "2025-03-12", "2023"),
        ("10年前の2008年の姉妹都市締結20周年記念においては", "ja", "2018-09-14", "2008"),
        ("三年前的2018年", "zh", "2021-05-01", "2018"),
    ],
)
def test_han_counts_before_a_word(text: str, lang: str, ref: str, expected: str) -> None:
    assert _value(text, lang, PartialDate(ref)) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("9年前の2008年", "ja"),  # the count and the year disagree: never one of them
        ("三年前往北京", "zh"),  # "前往": to go to
        ("10年前后", "zh"),  # around ten years
        ("2020年3月5日の3日後", "ja"),  # an offset from a date stays unread
    ],
)
def test_han_counts_that_name_no_date(text: str, lang: str) -> None:
    with pytest.raises(DateParseError):
        parse_date(text, lang=lang, ref=PartialDate("2018-09-14"))


# relative words and weekdays two steps away, and a weekday of a named week across "of"
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("내일모레", "ko", "2025-03-14"),
        ("내일모레 열린다", "ko", "2025-03-14"),
        ("the week after next", "en", "2025-03-24/2025-03-30"),
        ("the week before last", "en", "2025-02-24/2025-03-02"),
        ("the month before last", "en", "2025-01"),
        ("the Tuesday before last", "en", "2025-03-04"),
        ("Monday before last", "en", "2025-03-03"),
        ("the Friday after next", "en", "2025-03-21"),
        ("Monday of last week", "en", "2025-03-03"),
        ("Friday of next week", "en", "2025-03-21"),
        ("Thursday, the Twenty-Eighth of April, 2011", "en", "2011-04-28"),
    ],
)
def test_two_steps_away(text: str, lang: str, expected: str) -> None:
    assert _value(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("내일 모레", "ko"),  # two words: tomorrow and the day after, two dates
        ("Friday, next week", "en"),  # across a comma: two mentions
        ("Wednesday, the Twenty-Eighth of April, 2011", "en"),  # the weekday contradicts
    ],
)
def test_two_steps_away_negatives(text: str, lang: str) -> None:
    with pytest.raises(DateParseError):
        parse_date(text, lang=lang, ref=REF)


def test_before_last_needs_the_whole_word() -> None:
    assert _found("on Tuesday before lastly", "en") == ["2025-03-11"]
