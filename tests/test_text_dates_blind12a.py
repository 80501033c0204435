"""Families of faults found by the twelfth blind set (en, ko, vi, zh, ja): literal cases
written from each language's grammar and calendar, positives and negatives."""

from __future__ import annotations

import pytest

from citydiplo import DateParseError, PartialDate, find_dates, parse_date

REF = PartialDate("2024-03-14")  # a Thursday


def _value(text: str, lang: str, ref: PartialDate | None = REF) -> str:
    return str(parse_date(text, lang=lang, ref=ref))


def _found(text: str, lang: str, ref: PartialDate | None = REF) -> list[str]:
    return [str(m.value) for m in find_dates(text, lang=lang, ref=ref)]


# A lunar feast day or month names a day the Gregorian year alone does not: the year is left
# unread, never given as the answer (the Spring Festival of 2025 fell on 29 January 2025)
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("明年春节", "zh"),
        ("今年中秋节", "zh"),
        ("2025年正月初一春节是按农历尾数赶会的", "zh"),
        ("2024年春节期间", "zh"),
        ("2024년 추석 연휴", "ko"),
        ("2024年旧正月", "ja"),
    ],
)
def test_lunar_feast_days_leave_their_year_unread(text: str, lang: str) -> None:
    with pytest.raises(DateParseError):
        parse_date(text, lang=lang, ref=REF)


def test_gregorian_dates_beside_a_feast_name_are_kept() -> None:
    # the year is the show's name, yesterday evening the date
    assert _value("2017上海市中秋戲曲晚會昨晚亮相東方衛視。", "zh", PartialDate("2017-10-06")) == (
        "2017-10-05"
    )
    assert _value("今年3月", "zh") == "2024-03"


# A day and month that come back every year, the word of recurrence after them
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ngày 20/11 hằng năm", "vi"),
        ("ngày 20/11 hàng năm", "vi"),
        ("on 20 November every year", "en"),
        ("November 20 each year", "en"),
    ],
)
def test_days_of_every_year_are_no_date(text: str, lang: str) -> None:
    assert _found(text, lang) == []
    with pytest.raises(DateParseError):
        parse_date(text, lang=lang, ref=REF)


def test_a_day_with_this_year_is_still_read() -> None:
    assert _value("ngày 20/11 năm nay", "vi") == "2024-11-20"
    # last November or the coming one, both over three months away: not read (_day_lag)
    with pytest.raises(DateParseError):
        _value("ngày 20/11", "vi")
    assert _value("ngày 20/11", "vi", PartialDate("2024-01-14")) == "2023-11-20"
    assert _value("on 20 November, 2023 every year", "en") == "2023-11-20"


# Two consecutive days named together ("both days")
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("開催日を5月21、22両日に定め", "ja", "2022-05-21/2022-05-22"),
        ("5月21、22日两天举行", "zh", "2022-05-21/2022-05-22"),
    ],
)
def test_both_days(text: str, lang: str, expected: str) -> None:
    assert _value(text, lang, PartialDate("2022-05-24")) == expected
    assert _found(text, lang, PartialDate("2022-05-24")) == [expected]


def test_two_days_apart_named_together_are_no_span() -> None:
    assert _found("5月21、23両日", "ja", PartialDate("2022-05-24")) == []
    with pytest.raises(DateParseError):
        parse_date("5月21、23両日", lang="ja", ref=PartialDate("2022-05-24"))


# Relative words from each language's grammar
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("tuần trước nữa", "vi", "2024-02-26/2024-03-03"),
        ("tuần sau nữa", "vi", "2024-03-25/2024-03-31"),
        ("tháng trước nữa", "vi", "2024-01"),
        ("글피", "ko", "2024-03-17"),
        ("しあさって", "ja", "2024-03-17"),
    ],
)
def test_relative_words(text: str, lang: str, expected: str) -> None:
    assert _value(text, lang) == expected


def test_last_week_is_still_last_week() -> None:
    assert _value("tuần trước", "vi") == "2024-03-04/2024-03-10"


# Spans whose ends carry a time of day
@pytest.mark.parametrize(
    ("text", "lang", "ref", "expected"),
    [
        (
            "自2024年7月3日起至2024年8月31日止,對文昌中路進行占道封閉施工。",
            "zh",
            None,
            "2024-07-03/2024-08-31",
        ),
        (
            "决定自2018年8月17日晚11时至2018年9月22日, 对环岛采取交通管制措施",
            "zh",
            None,
            "2018-08-17/2018-09-22",
        ),
        ("2024年10月25日16时起至29日0时止。", "zh", None, "2024-10-25/2024-10-29"),
        (
            "8月19日(月)午前8時30分から9月30日(月)午後5時まで、終日全面通行止めとなります。",
            "ja",
            "2024-08-17",
            "2024-08-19/2024-09-30",
        ),
        (
            "Từ 22giờ 00 ngày 12/09/2025 đến 05 giờ 00 ngày 13/09/2025",
            "vi",
            None,
            "2025-09-12/2025-09-13",
        ),
    ],
)
def test_spans_with_times_of_day(text: str, lang: str, ref: str | None, expected: str) -> None:
    assert _value(text, lang, PartialDate(ref) if ref else None) == expected


# A count of days "about" is a duration, no day
def test_korean_days_about_are_a_duration() -> None:
    assert _found("10일 안팎", "ko") == []
    text = "선발된 청소년은 올해 6월부터 8월까지 10일 안팎으로 각국을 방문한다."
    assert _value(text, "ko", PartialDate("2023-04-03")) == "2023-06/2023-08"


# A verb between the ends of a Korean span of days
@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        ("29일부터 시작해 10월 2일까지", "2024-09-20", "2024-09-29/2024-10-02"),
        ("26일 개회하고 9월 2일까지", "2024-08-20", "2024-08-26/2024-09-02"),
        ("3일 개막해 9월 10일까지 열린다", "2024-08-20", "2024-09-03/2024-09-10"),
    ],
)
def test_korean_span_with_a_verb_between(text: str, ref: str, expected: str) -> None:
    assert _value(text, "ko", PartialDate(ref)) == expected
    assert _found(text, "ko", PartialDate(ref)) == [expected]


def test_korean_dates_with_a_verb_and_no_closing_word_stay_apart() -> None:
    with pytest.raises(DateParseError):
        parse_date("26일 개회하고 9월 2일 폐회한다", lang="ko", ref=PartialDate("2024-08-20"))


# A term of office beside the date of an event is a label, not the date the text states
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Sáng 11/7, Kỳ họp thứ 15, HĐND Thành phố khóa IX, nhiệm kỳ 2016-2021 đã khai mạc.",
            "vi",
            "XXXX-07-11",
        ),
        ("On March 5 the mayor, whose term 2020-2024 ends soon, spoke.", "en", "XXXX-03-05"),
    ],
)
def test_a_term_of_office_is_a_label(text: str, lang: str, expected: str) -> None:
    assert _value(text, lang, None) == expected


def test_a_term_alone_and_other_spans_are_still_dates() -> None:
    assert _value("nhiệm kỳ 2021-2026", "vi", None) == "2021/2026"
    with pytest.raises(DateParseError):  # a period of a plan is no term: two dates
        parse_date("giai đoạn 2021-2025 và ngày 5/3", lang="vi")


# A day of every year, the word of recurrence glued to the word before it (no spaces in CJK)
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("将每年的5月3日设为市民日", "zh"),
        ("每年的5月3日", "zh"),
        ("毎年5月3日に開催", "ja"),
        ("행사는매년 5월 3일 열린다", "ko"),
        ("hằng năm vào ngày 20/11", "vi"),
        ("every year on May 3", "en"),
        ("在每周一举行", "zh"),
    ],
)
def test_recurring_days_after_a_glued_word(text: str, lang: str) -> None:
    assert _found(text, lang) == []


def test_the_year_a_recurring_day_starts_is_still_read() -> None:
    text = "自2021年起,将每年的5月3日设为“杭州市民日”。"
    assert _value(text, "zh", PartialDate("2021-01-01")) == "2021/.."
    assert _value("今年5月3日", "ja") == "2024-05-03"


# A count of views after its label is no year
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("阅读:2068", "zh"),
        ("更新时间: 浏览次数: 1998", "zh"),
        ("조회수 2019", "ko"),
        ("Số lượt xem: 2019", "vi"),
        ("閲覧数:2020", "ja"),
    ],
)
def test_a_count_of_views_is_no_year(text: str, lang: str) -> None:
    assert _found(text, lang) == []


def test_a_page_date_beside_its_count_of_views() -> None:
    assert _value("2021-01-01 09:11 新华网   田博群  阅读:2068", "zh", None) == "2021-01-01"
    assert _value("阅读2020年报告", "zh", None) == "2020"  # a year word: a year


# A span of days of every year is no date either
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("每年5月3日至5日举办", "zh"),
        ("毎年5月3日から5日まで開催", "ja"),
        ("매년 5월 3일부터 5일까지 열린다", "ko"),
        ("every year from May 3 to May 5", "en"),
    ],
)
def test_spans_of_every_year_are_no_date(text: str, lang: str) -> None:
    assert _found(text, lang) == []


def test_spans_of_one_year_are_still_read() -> None:
    assert _value("2024年5月3日至5日举办", "zh") == "2024-05-03/2024-05-05"
    assert _value("5월 3일부터 5일까지", "ko") == "2024-05-03/2024-05-05"
