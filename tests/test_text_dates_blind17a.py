"""Families of faults found by the seventeenth blind set (en, ko, vi, zh, ja): literal cases
written from each language's grammar and usage, positives and negatives."""

from __future__ import annotations

import pytest

from citydiplo import DateParseError, PartialDate, find_dates, parse_date


def _value(text: str, lang: str, ref: str | None = None) -> str:
    return str(parse_date(text, lang=lang, ref=PartialDate(ref) if ref else None))


def _found(text: str, lang: str, ref: str | None = None) -> list[str]:
    return [
        str(m.value) for m in find_dates(text, lang=lang, ref=PartialDate(ref) if ref else None)
    ]


# A month and day, "and" or "&" and the next day, the year once after: both days. "&" gave the
# first day alone, without the second day or the year.
@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        ("May 7 & 8, 2011", None, "2011-05-07/2011-05-08"),
        ("May 7 and 8, 2011", None, "2011-05-07/2011-05-08"),
        ("August 16 and 17, 2024", None, "2024-08-16/2024-08-17"),
        ("on Saturday and Sunday, May 7 and 8, 2011", None, "2011-05-07/2011-05-08"),
        (
            "requests a road closure on May 7 & 8, 2011 from 10:00 a.m. to 6:00 p.m.",
            None,
            "2011-05-07/2011-05-08",
        ),
        ("May 7th and 8th, 2011", None, "2011-05-07/2011-05-08"),
        (
            "The delegation will be in town on Nov. 16 and 17.",
            "2023-11-07",
            "2023-11-16/2023-11-17",
        ),
        ("Aug. 16 & 17", None, "XXXX-08-16/XXXX-08-17"),
    ],
)
def test_a_day_and_the_next_after_a_month(text: str, ref: str | None, expected: str) -> None:
    assert _value(text, "en", ref) == expected
    assert _found(text, "en", ref) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("June 7 & 9, 2020", ["2020-06-07", "2020-06-09"]),
        ("May 5 and 7", ["XXXX-05-05", "XXXX-05-07"]),
        ("Aug. 16 & 18", ["XXXX-08-16", "XXXX-08-18"]),
    ],
)
def test_two_days_that_are_no_span_are_each_a_date(text: str, expected: list[str]) -> None:
    assert _found(text, "en") == expected
    with pytest.raises(DateParseError):
        parse_date(text, lang="en")


# A span dated once at its end that ends on an earlier day of its own month is a slip, not a
# span of almost a year; across the year's end a span stays one.
def test_a_reversed_span_in_one_month_is_refused() -> None:
    with pytest.raises(DateParseError):
        parse_date("June 21 - June 20, 2024", lang="en")
    assert _found("June 21 - June 20, 2024", "en") == []
    assert _value("December 30 to January 2, 2024", "en") == "2023-12-30/2024-01-02"
    assert _value("July 1, 2024 - June 30, 2025", "en") == "2024-07-01/2025-06-30"


# zh "从今天开始到周日": "开始" (starting) before the joining word; the end was dropped (an open
# range from today).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("从今天开始到周日", "2016-02-26/2016-02-28"),
        ("据市气象台预报,从今天开始到周日,我市都将以多云天气为主。", "2016-02-26/2016-02-28"),
        ("从3月1日开始到3月5日", "2016-03-01/2016-03-05"),
    ],
)
def test_chinese_starting_then_until(text: str, expected: str) -> None:
    assert _value(text, "zh", "2016-02-26") == expected


# A weekday qualifying a noun of schedules is a weekly pattern, not a day.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Saturday frequency will be reduced from 20-35 to 30 minutes.", "en"),
        ("Sunday service will be suspended.", "en"),
        ("Weekday and Saturday frequency will be reduced.", "en"),
        ("県内全路線バスを土曜ダイヤで運行する。", "ja"),
    ],
)
def test_weekday_of_a_schedule_is_no_date(text: str, lang: str) -> None:
    assert _found(text, lang, "2021-11-02") == []


def test_a_weekday_alone_is_still_a_day() -> None:
    assert _found("The event was on Saturday.", "en", "2021-11-02") == ["2021-10-30"]
    # in the present of a timetable, the coming Saturday (round 25: "The parade is Saturday")
    assert _found("The event is on Saturday.", "en", "2021-11-02") == ["2021-11-06"]


# Two days listed, each with its weekday in brackets ("8月5日(土曜日)、6日(日曜日)"): the span;
# a weekday that is not the day's leaves the pair unread as a span.
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("8月5日(土曜日)、6日(日曜日)の2日間、祭りを開催します。", "ja", "2017-08-05/2017-08-06"),
        ("8月5日(土)・6日(日)の2日間", "ja", "2017-08-05/2017-08-06"),
        ("2024年4月18日(周四)和19日(周五)", "zh", "2024-04-18/2024-04-19"),
        ("4월 18일(목)과 19일(금)", "ko", "2024-04-18/2024-04-19"),
    ],
)
def test_two_listed_days_with_their_weekdays(text: str, lang: str, expected: str) -> None:
    ref = "2024-04-01" if expected.startswith("2024") else "2017-07-25"
    assert _value(text, lang, ref) == expected


def test_a_listed_day_with_a_wrong_weekday_is_no_span() -> None:
    assert "2017-08-05/2017-08-06" not in _found("8月5日(土)・6日(月)の2日間", "ja", "2017-07-25")


# A weekday, then the day word it describes: "토요일인 내일" (Saturday, which is tomorrow),
# "明日の土曜日": one day, checked against the weekday.
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("토요일인 내일(13일)은 전국에 비가 내릴 것으로 전망된다.", "ko", "2016-02-13"),
        ("토요일인 내일 비", "ko", "2016-02-13"),
        ("일요일인 모레 비", "ko", "2016-02-14"),
        ("목요일인 어제 비", "ko", "2016-02-11"),
        ("明日の土曜日は雨", "ja", "2016-02-13"),
    ],
)
def test_weekday_naming_a_relative_day(text: str, lang: str, expected: str) -> None:
    assert _value(text, lang, "2016-02-12") == expected


@pytest.mark.parametrize(("text", "lang"), [("일요일인 내일 비", "ko"), ("明日の日曜日は雨", "ja")])
def test_weekday_contradicting_the_relative_day_is_refused(text: str, lang: str) -> None:
    with pytest.raises(DateParseError):
        parse_date(text, lang=lang, ref=PartialDate("2016-02-12"))
    assert "2016-02-06" not in _found(text, lang, "2016-02-12")


# A year the stated, fully dated span starts in (an edition's year) adds nothing: the span.
def test_edition_year_beside_a_dated_span() -> None:
    text = (
        "Festival hoa Đà Lạt lần thứ 6 năm 2015 với chủ đề “Đà Lạt - muôn màu sắc hoa” tổ "
        "chức từ ngày 29-12-2015 đến 2-1-2016 tại thành phố Đà Lạt."
    )
    assert _value(text, "vi") == "2015-12-29/2016-01-02"
    with pytest.raises(DateParseError):  # a year the span does not touch: two dates
        parse_date("Lễ hội năm 2014 diễn ra từ ngày 29-12-2015 đến 2-1-2016.", lang="vi")


# Announced schedules: Japanese non-past verbs of holding and running, Korean "…로 잡혔다"
# (was scheduled for) make the day-month the coming one.
@pytest.mark.parametrize(
    ("text", "lang", "ref", "expected"),
    [
        (
            "宮崎交通は盆期間の平日13~15日、県内全路線バスを土曜ダイヤで運行する。",
            "ja",
            "2024-08-06",
            "2024-08-13/2024-08-15",
        ),
        ("올스타전 휴식기는 7월 17∼19일로 잡혔다.", "ko", "2014-12-17", "2015-07-17/2015-07-19"),
    ],
)
def test_scheduled_days_are_to_come(text: str, lang: str, ref: str, expected: str) -> None:
    assert _value(text, lang, ref) == expected


# vi "ÂL" (âm lịch, the lunar calendar) after a date in brackets: that date is lunar, unread.
def test_vietnamese_lunar_abbreviation() -> None:
    text = "- Chương trình Đêm hội Thành Tuyên: 20 giờ, ngày 10/9/2016 (10/8/2016 ÂL);"
    assert _found(text, "vi") == ["2016-09-10"]
    assert _value(text, "vi") == "2016-09-10"


# Korean notices: "5.3.(수)~5.9.(화)", a dotted month and day with its weekday at each end.
@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        ("- 전시분야 5.3.(수)~5.9.(화) 안동문화예술의전당", "2023-04-20", "2023-05-03/2023-05-09"),
        ("5.3.(수)~5.9.(화)", None, "XXXX-05-03/XXXX-05-09"),
        ("2023.5.3.(수)~5.9.(화)", None, "2023-05-03/2023-05-09"),
        ("12.28.(토)~1.5.(일)", "2024-12-01", "2024-12-28/2025-01-05"),
    ],
)
def test_korean_dotted_days_with_weekdays(text: str, ref: str | None, expected: str) -> None:
    assert _value(text, "ko", ref) == expected


@pytest.mark.parametrize("text", ["5.3~5.9", "평점 4.5~4.8"])
def test_korean_dotted_figures_without_weekdays_are_no_dates(text: str) -> None:
    assert _found(text, "ko", "2023-04-01") == []


def test_korean_dotted_span_with_a_wrong_weekday_is_refused() -> None:
    with pytest.raises(DateParseError):
        parse_date("2023.5.3.(목)~5.9.(화)", lang="ko")


# Times of day between the ends of a span ("to 3:00 am on Sunday, …"), and an hour read as the
# span's last day ("June 7 to 6 a.m.").
@pytest.mark.parametrize(
    ("text", "lang", "ref", "expected"),
    [
        (
            "The proposed closure will be from 5:00 am Saturday, September 15, 2018 to 3:00 am on "
            "Sunday, September 16, 2018.",
            "en",
            None,
            "2018-09-15/2018-09-16",
        ),
        (
            "It runs from June 3, 2020 to 5 pm on June 10, 2020.",
            "en",
            None,
            "2020-06-03/2020-06-10",
        ),
        ("from June 7 at 5 pm to June 10", "en", None, "XXXX-06-07/XXXX-06-10"),
        (
            "from 5 p.m. Friday, June 7 to 6 a.m. Monday, June 10",
            "en",
            None,
            "XXXX-06-07/XXXX-06-10",
        ),
        ("5月7日至9时", "zh", "2024-05-01", "2024-05-07"),
    ],
)
def test_times_around_span_ends(text: str, lang: str, ref: str | None, expected: str) -> None:
    assert _value(text, lang, ref) == expected


# A span from a weekday's phrase to a bare weekday ("from next Monday to Friday"): the Friday
# after that Monday, never the Friday before ``ref``.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("from next Monday to Friday", "2026-12-07/2026-12-11"),
        ("Crews will work from next Monday through Friday.", "2026-12-07/2026-12-11"),
        ("from last Monday to Friday", "2026-11-30/2026-12-04"),
    ],
)
def test_weekday_phrase_to_a_bare_weekday(text: str, expected: str) -> None:
    assert _value(text, "en", "2026-12-02") == expected
    assert "2026-11-27" not in _found(text, "en", "2026-12-02")


# zh "双休日" (the two days off: the weekend) with this/next/last, as "周末".
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("这个双休日天气总体不错,非常适合孩子们做户外活动。", "2012-08-25/2012-08-26"),
        ("上个双休日", "2012-08-18/2012-08-19"),
    ],
)
def test_chinese_weekend_of_two_days_off(text: str, expected: str) -> None:
    assert _value(text, "zh", "2012-08-25") == expected


# Both ends a weekday of the same named week ("下周二至下周四"): one span of that week, as
# "下周一至周五" is; a reversed pair or a list stays two days.
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("而下周二至下周四,天氣晴朗,氣溫上升較快,最高可達27℃。", "zh", "2014-04-22/2014-04-24"),
        ("上周一至上周五", "zh", "2014-04-07/2014-04-11"),
        ("上周二至上周四", "zh", "2014-04-08/2014-04-10"),
    ],
)
def test_two_weekdays_of_one_named_week(text: str, lang: str, expected: str) -> None:
    assert _value(text, lang, "2014-04-20") == expected


@pytest.mark.parametrize("text", ["下周四至下周二", "下周二和下周四"])
def test_two_weekdays_of_a_week_not_in_order_stay_two(text: str) -> None:
    with pytest.raises(DateParseError):
        parse_date(text, lang="zh", ref=PartialDate("2014-04-20"))
