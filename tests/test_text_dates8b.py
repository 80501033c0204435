"""Families of date phrases left by the seventh blind batch and found by probing around it, each
with literal positive and negative cases: the expected values are written by hand from the
text, never taken from the function under test."""

from __future__ import annotations

import pytest

from citydiplo import PartialDate, find_dates, parse_date

REF = PartialDate("2024-11-20")  # a Wednesday


def _value(text: str, lang: str, ref: PartialDate | None = REF) -> str:
    return str(parse_date(text, lang=lang, ref=ref))


def _found(text: str, lang: str, ref: PartialDate | None = REF) -> list[str]:
    mentions = find_dates(text, lang=lang, ref=ref)
    for m in mentions:
        assert text[m.start : m.end] == m.text
    return [str(m.value) for m in mentions]


# a page's date line run into its time: the year stays the year
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("1 июня 202212:58", "ru", "2022-06-01"),
        ("1 июня 2022,12:58", "ru", "2022-06-01"),
        ("June 1, 202212:58", "en", "2022-06-01"),
        ("01.06.202209:05", "ru", "2022-06-01"),
        ("ngày 1/6/202212:58", "vi", "2022-06-01"),
        ("1.6.202212:58", "he", "2022-06-01"),
    ],
)
def test_a_time_glued_to_the_year(text: str, lang: str, expected: str) -> None:
    assert _value(text, lang, ref=None) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("1 июня 202212", "ru"),  # six figures: no year
        ("1 июня 2022125:58", "ru"),  # no time of day
        ("June 1, 20221", "en"),
    ],
)
def test_figures_glued_to_a_year_that_are_no_time(text: str, lang: str) -> None:
    assert "2022-06-01" not in _found(text, lang, ref=None)


# "from DATE" before a noun the date qualifies: the meeting of that day, no open span
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("(Tabled from May 7, 2019 City Council Regular Meeting)", "en", "2019-05-07"),
        ("Continued from the March 3, 2020 meeting", "en", "2020-03-03"),
        ("Minutes from May 7, 2019 work session", "en", "2019-05-07"),
        ("从2019年5月7日的会议获悉", "zh", "2019-05-07"),
    ],
)
def test_from_a_date_that_qualifies_a_noun(text: str, lang: str, expected: str) -> None:
    assert _value(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Closed from May 7, 2019 until further notice", "en", "2019-05-07/.."),
        ("from May 7, 2019, council meetings are public", "en", "2019-05-07/.."),
        ("from 2019 onwards", "en", "2019/.."),
        ("从2019年5月7日起", "zh", "2019-05-07/.."),
        ("从2019年5月7日开始实施", "zh", "2019-05-07/.."),
    ],
)
def test_from_a_date_still_opens_a_span(text: str, lang: str, expected: str) -> None:
    assert _value(text, lang) == expected


# a day count before a count of times is a rate ("once a day"), no day of the month
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("1일 1회 운행합니다", "ko"),
        ("1일 두 차례 점검", "ko"),
        ("一日三次", "zh"),
        ("二十日两次", "zh"),
        ("1日2回服用", "ja"),
        ("раз в день", "ru"),
        ("once a day", "en"),
        ("1 lần/ngày", "vi"),
        ("दिन में दो बार", "hi"),
        ("દિવસમાં બે વાર", "gu"),
        ("פעם ביום", "he"),
        ("روزی یک بار", "fa"),
    ],
)
def test_a_rate_is_no_date(text: str, lang: str) -> None:
    assert _found(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("15일 1차 회의", "ko", "2024-11-15"),
        ("20일 제1회 정기회", "ko", "2024-11-20"),
        ("于21日举行", "zh", "2024-11-21"),
        ("21日第2次会议", "zh", "2024-11-21"),
        ("21日に1回目の会合", "ja", "2024-11-21"),
    ],
)
def test_a_day_before_a_numbered_session_stays_a_day(text: str, lang: str, expected: str) -> None:
    assert _found(text, lang) == [expected]


# a counted span with a second count joined by "and" (Hebrew: "ו" glued, duals): both counts
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("לפני שנתיים ושלושה חודשים", "he", "2022-08"),
        ("בעוד שנתיים ושלושה חודשים", "he", "2027-02"),
        ("לפני שנה וחודשיים", "he", "2023-09"),
        ("לפני שלוש שנים וחודשיים", "he", "2021-09"),
        ("לפני 3 שנים ו-3 חודשים", "he", "2021-08"),
        ("לפני חודשיים ושבועיים", "he", "2024-09-06"),
        ("બે વર્ષ અને ત્રણ મહિના પહેલા", "gu", "2022-08"),
        ("два года и три месяца назад", "ru", "2022-08"),
        ("two years and three months ago", "en", "2022-08"),
        ("两年零三个月前", "zh", "2022-08"),
        ("2 năm và 3 tháng trước", "vi", "2022-08"),
        ("دو سال و سه ماه پیش", "fa", "2022-08"),
        ("दो साल और तीन महीने पहले", "hi", "2022-08"),
    ],
)
def test_two_counts_joined_by_and(text: str, lang: str, expected: str) -> None:
    assert _value(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the second count is a span of its own ("and three months after that")
        ("לפני שנתיים, ושלושה חודשים לאחר מכן", "he", ["2022"]),
        ("last year and 3 months", "en", ["2023"]),  # "last year" counts nothing
        ("yesterday and 3 days ago", "en", ["2024-11-19", "2024-11-17"]),
    ],
)
def test_and_that_joins_no_counts(text: str, lang: str, expected: list[str]) -> None:
    assert _found(text, lang) == expected


# from today to a weekday: to the coming one (Russian governs the weekday in the genitive)
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("с сегодняшнего дня до вторника", "ru", ["2024-11-20/2024-11-26"]),
        ("с сегодняшнего дня по вторник", "ru", ["2024-11-20/2024-11-26"]),
        ("с завтрашнего дня до пятницы", "ru", ["2024-11-21/2024-11-22"]),
        ("从今天到周二", "zh", ["2024-11-20/2024-11-26"]),
        ("从明天至周五", "zh", ["2024-11-21/2024-11-22"]),
        ("from today until Tuesday", "en", ["2024-11-20/2024-11-26"]),
    ],
)
def test_from_today_to_a_weekday(text: str, lang: str, expected: list[str]) -> None:
    assert _found(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("до пятницы", "ru"),  # "until Friday": which Friday is not said
        ("охрана окружающей среды", "ru"),  # "среды": of the environment
        ("周二", "zh"),  # an abbreviated weekday alone stays unread
    ],
)
def test_a_weekday_form_that_only_ends_a_span(text: str, lang: str) -> None:
    assert _found(text, lang) == []


# single forms: a link between month and day, slashes around a Solar Hijri month, "the month
# after", a time glued to "tonight"
@pytest.mark.parametrize(
    ("text", "lang", "ref", "expected"),
    [
        ("August the 15th, 2019", "en", None, "2019-08-15"),
        ("on August the 15th, 2019, the council", "en", None, "2019-08-15"),
        ("برگزاری جشنواره در رشت 15/مرداد/1399", "fa", None, "2020-08-05"),
        ("ماه بعد", "fa", REF, "2024-12"),
        ("今晚8時正,西九文化區對開海面亦會上演", "zh", PartialDate("2023-12-09"), "2023-12-09"),
        ("今晚8时", "zh", REF, "2024-11-20"),
        ("明天10点开会", "zh", REF, "2024-11-21"),
        ("今夜8時から", "ja", REF, "2024-11-20"),
        ("2022年6月1日12:58", "zh", None, "2022-06-01"),
    ],
)
def test_missed_single_forms(text: str, lang: str, ref: PartialDate | None, expected: str) -> None:
    assert _value(text, lang, ref) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("In August the council met", "en", ["2024-08"]),  # "the" before no day
        ("15/مرداد", "fa", []),  # no year: the slashed form is a full date only
        ("今年100万人", "zh", []),  # a count after "this year" is no time
        ("2024年13月", "zh", ["2024"]),
    ],
)
def test_single_forms_not_overread(text: str, lang: str, expected: list[str]) -> None:
    assert _found(text, lang) == expected


# a span counted from what the text names next ("the year after the war") is not from ref
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("سال بعد از جنگ", "fa"),
        ("ماه بعد از جنگ", "fa"),
        ("سه ماه بعد از انتخابات", "fa"),
        ("через год после войны", "ru"),
        ("через два года после выборов", "ru"),
    ],
)
def test_a_span_anchored_to_an_event_is_no_date(text: str, lang: str) -> None:
    assert _found(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("سال بعد", "fa", ["2025"]),
        ("ماه بعد، جلسه", "fa", ["2024-12"]),
        ("через год", "ru", ["2025"]),
        ("в следующем году после выборов", "ru", ["2025"]),  # next year, after the elections
    ],
)
def test_a_span_from_ref_stays(text: str, lang: str, expected: list[str]) -> None:
    assert _found(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("đêm nay", "vi", ["2024-11-20"]),  # tonight
        ("chiều nay", "vi", ["2024-11-20"]),  # this afternoon
        ("đêm mai", "vi", ["2024-11-21"]),
        ("ngày nay", "vi", []),  # nowadays
    ],
)
def test_parts_of_today_in_vietnamese(text: str, lang: str, expected: list[str]) -> None:
    assert _found(text, lang) == expected
