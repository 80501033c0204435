"""Families of faults found by the fifteenth blind set (en, ko, vi, zh, ja): literal cases
written from each language's grammar and usage, positives and negatives."""

from __future__ import annotations

import pytest

from citydiplo import DateParseError, PartialDate, find_dates, parse_date

REF = PartialDate("2024-03-14")  # a Thursday


def _value(text: str, lang: str, ref: PartialDate | None = REF) -> str:
    return str(parse_date(text, lang=lang, ref=ref))


def _found(text: str, lang: str, ref: PartialDate | None = REF) -> list[str]:
    return [str(m.value) for m in find_dates(text, lang=lang, ref=ref)]


# Korean "올" (this year) is a prenoun: it stands apart, before a word for a part of the year
# ("올 들어": so far this year, "올 상반기": the first half). Inside a verb or a word it is no
# year: "나올" (may come out), "올라" (rising), "올림픽" (Olympics), "올 것이다" (will come).
@pytest.mark.parametrize(
    "text",
    [
        "흐린 물이 나올 수 있다",
        "물가가 올라갔다",
        "서울 올림픽 경기장",
        "손님이 모두 올 것이다",
        "주민들이 몰려올 예정이다",
        "올 초청 인사는 30명이다",
    ],
)
def test_a_one_letter_korean_year_word_inside_a_word_is_no_year(text: str) -> None:
    assert _found(text, "ko") == []
    with pytest.raises(DateParseError):
        parse_date(text, lang="ko", ref=REF)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("올 들어 세 번째 축제다", "2024"),
        ("올 초 개최된 회의", "2024"),
        ("올 3월 축제", "2024-03"),
        ("올해 축제", "2024"),
    ],
)
def test_the_korean_year_word_standing_apart_is_this_year(text: str, expected: str) -> None:
    assert _found(text, "ko") == [expected]


# A span from an evening to the next morning: a time-of-day word before a clock time
# ("晚10:00", 10 pm) is part of the time, so "至次日" still ends the span the next day.
@pytest.mark.parametrize(
    ("text", "lang", "ref", "expected"),
    [
        ("将于9月24日(周二)晚10:00至次日凌晨3:00暂停供水", "zh", REF, "2024-09-24/2024-09-25"),
        ("将于9月24日晚上22:00至次日6:00施工", "zh", REF, "2024-09-24/2024-09-25"),
        (
            "30일 오후 9시부터 다음날 오전 6시까지 흐린 물이 나올 수 있다",
            "ko",
            PartialDate("2020-03-30"),
            "2020-03-30/2020-03-31",
        ),
    ],
)
def test_an_evening_to_the_next_morning_spans_two_days(
    text: str, lang: str, ref: PartialDate, expected: str
) -> None:
    assert _value(text, lang, ref) == expected


# A year that is part of a name is no date the text states: bare figures before a name in
# Chinese, Japanese and Korean (which write a year with 年/년), a year before a title's
# bracket, and bare figures after a capitalised name in English and Vietnamese.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("슬로건은 ‘2030 부산등록엑스포 유치 기원’이다.", "ko"),
        ("일전 개최된 2024 중국국제우호도시대회에서 협약을 체결했다.", "ko"),
        ("2025大阪・関西万博の会場", "ja"),
        ("研究2022年《政府工作报告》重点任务", "zh"),
        ("the Expo 2025 site", "en"),
        ("tickets for Festival 2023 are sold out", "en"),
        ("chuẩn bị cho Festival Nghề truyền thống Huế 2023.", "vi"),
        ("đăng cai SEA Games 2021", "vi"),
    ],
)
def test_a_year_in_a_name_is_no_date(text: str, lang: str) -> None:
    assert _found(text, lang) == []
    with pytest.raises(DateParseError):
        parse_date(text, lang=lang, ref=REF)


# ... but it dates the days the text names after it
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("‘2016 서울세계불꽃축제'는 10월 8일(토요일) 오후 1시부터 진행된다", "ko", "2016-10-08"),
        ("“2017西岸食尚节”10月1日至8日在东安路绿地举行", "zh", "2017-10-01/2017-10-08"),
        ("lễ hội Nhật - Việt 2016 lần thứ 4 diễn ra tối 18-11", "vi", "2016-11-18"),
    ],
)
def test_a_name_year_dates_the_days_after_it(text: str, lang: str, expected: str) -> None:
    assert _value(text, lang, None) == expected
    assert _found(text, lang, None) == [expected]


# ... and a year that only looks like one stays a year: after a word that introduces a year,
# a holiday's name, a year word, a weekday or a month, and bare figures before a word that
# goes with a year
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("In 2023, the council met twice", "en", "2023"),
        ("Since 2003 the two cities have traded", "en", "2003/.."),
        ("the Christmas 2023 market", "en", "2023"),
        ("nhân dịp Tết cổ truyền Bunpimay 2024 của Lào", "vi", "2024"),
        ("Năm 2023 thành phố tổ chức", "vi", "2023"),
        ("2024 상반기", "ko", "2024-40"),
        ("2019 이후", "ko", "2019/.."),
        ("2024년 파리올림픽", "ko", "2024"),
    ],
)
def test_a_year_beside_a_name_word_is_still_a_year(text: str, lang: str, expected: str) -> None:
    assert _value(text, lang, None) == expected


# A day and a day of next month joined as a span ("from the 26th to next month's 5th"): the
# start is in the month before the end's. Read apart, the text would hold two dates.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("26일부터 다음 달 5일까지 열린다", "2024-03-26/2024-04-05"),
        ("20일부터 다음달 15일까지 통제한다", "2024-03-20/2024-04-15"),
        ("오는 30일부터 다음 달 5일까지 축제가 열린다", "2024-03-30/2024-04-05"),
    ],
)
def test_a_day_to_a_day_of_next_month_is_one_span(text: str, expected: str) -> None:
    assert _value(text, "ko") == expected
    assert _found(text, "ko") == [expected]


def test_a_span_of_more_than_a_month_is_left_unread() -> None:
    # the 3rd of this month to the 5th of the next: no month the start could borrow
    with pytest.raises(DateParseError):
        parse_date("3일부터 다음 달 5일까지", lang="ko", ref=REF)


# Clock times between a span's two ends, with seconds or a.m./p.m., are no date
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("published from 6/27/2018 10:26:57 AM to 7/21/2018 12:00:09 AM", "2018-06-27/2018-07-21"),
        ("from June 4, 2018 at 9:00 a.m. to June 7, 2018 at 5:00 p.m.", "2018-06-04/2018-06-07"),
    ],
)
def test_clock_times_between_the_ends_of_a_span(text: str, expected: str) -> None:
    assert _value(text, "en", None) == expected


# A span parted by a clause that opens it and a verb that closes it: "opens on the 24th, closes
# on the 26th" (the time of day may stand before the closing verb)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("本次大会定于1月24日上午开幕,1月26下午闭幕,会期3天。", "2018-01-24/2018-01-26"),
        ("3月1日开始报名,3月5日结束", "2018-03-01/2018-03-05"),
    ],
)
def test_an_opening_and_a_closing_day_make_one_span(text: str, expected: str) -> None:
    assert _value(text, "zh", PartialDate("2018-01-20")) == expected


def test_two_days_without_a_closing_verb_stay_two_dates() -> None:
    with pytest.raises(DateParseError):
        parse_date("3月1日开始报名,3月5日公布结果", lang="zh", ref=PartialDate("2018-01-20"))
