"""Families of faults found by the fourteenth blind set (en, ko, vi, zh, ja): literal cases
written from each language's grammar and calendar, positives and negatives."""

from __future__ import annotations

import pytest

from citydiplo import DateParseError, PartialDate, find_dates, parse_date

REF = PartialDate("2024-03-14")  # a Thursday


def _value(text: str, lang: str, ref: PartialDate | None = REF) -> str:
    return str(parse_date(text, lang=lang, ref=ref))


def _found(text: str, lang: str, ref: PartialDate | None = REF) -> list[str]:
    return [str(m.value) for m in find_dates(text, lang=lang, ref=ref)]


# A span from a day to the end of its month or year: June has 30 days, a year ends on 31
# December. The first day alone would drop the span the text states.
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("from June 1 to the end of the month", "en", "2024-06-01/2024-06-30"),
        ("from February 10 until the end of the month", "en", "2024-02-10/2024-02-29"),
        ("from June 1 until the end of the year", "en", "2024-06-01/2024-12-31"),
        ("từ ngày 1/6 đến cuối tháng", "vi", "2024-06-01/2024-06-30"),
        ("từ ngày 1/6 đến hết năm", "vi", "2024-06-01/2024-12-31"),
        ("6月1日至月底", "zh", "2024-06-01/2024-06-30"),
        ("6月1日起至年底", "zh", "2024-06-01/2024-12-31"),
        ("6月1日から月末まで", "ja", "2024-06-01/2024-06-30"),
        ("6월 1일부터 월말까지", "ko", "2024-06-01/2024-06-30"),
        ("6월 1일부터 연말까지", "ko", "2024-06-01/2024-12-31"),
    ],
)
def test_a_span_to_the_end_of_the_month_or_year(text: str, lang: str, expected: str) -> None:
    assert _value(text, lang) == expected
    assert _found(text, lang) == [expected]


def test_two_points_are_no_span_to_the_end_of_the_month() -> None:
    # "and" names two points; "monthly" is no month's end
    assert _value("June 1 and the end of the month", "en") == "2024-06-01"
    assert _value("from June 1 to the end of the monthly cycle", "en") == "2024-06-01"


# A span whose two ends name the same day, hours apart, is that day: never the span from it
# to the same day a year later, nor, without a year, unread
@pytest.mark.parametrize(
    ("text", "lang", "ref", "expected"),
    [
        ("từ 0 giờ ngày 22/6 đến 4 giờ ngày 22/6", "vi", None, "XXXX-06-22"),
        ("sẽ cúp nước từ 0 giờ ngày 22/6 đến 4 giờ ngày 22/6", "vi", REF, "2024-06-22"),
        ("将于6月22日0时至6月22日4时停水", "zh", REF, "2024-06-22"),
    ],
)
def test_a_span_from_a_day_to_itself_is_that_day(
    text: str, lang: str, ref: PartialDate | None, expected: str
) -> None:
    assert _value(text, lang, ref) == expected
    assert _found(text, lang, ref) == [expected]


def test_a_span_of_two_different_days_is_kept() -> None:
    # two days without a year: no one day, the year-less span of both
    assert str(parse_date("từ 0 giờ ngày 20/6 đến 4 giờ ngày 22/6", lang="vi")) == (
        "XXXX-06-20/XXXX-06-22"
    )
    assert _value("sẽ cúp nước từ ngày 20/6 đến ngày 22/6", "vi") == "2024-06-20/2024-06-22"


# Four figures glued after a name end the name ("東京2020" is the games held in 2021; the
# 2025 convention's name): no year the text states
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("東京2020大会のレガシー", "ja"),
        ("本来なら東京オリンピック2020の開会式の予定日に", "ja"),
        ("九州中日友好交流大会2025への出席", "ja"),
        ("东京2020奥运会推迟举行", "zh"),
    ],
)
def test_a_year_glued_after_a_name_is_no_date(text: str, lang: str) -> None:
    with pytest.raises(DateParseError):
        parse_date(text, lang=lang, ref=REF)
    assert _found(text, lang) == []


def test_years_written_as_years_are_kept() -> None:
    assert _value("2020年に開催", "ja") == "2020"
    assert _value("2021至2025年", "zh") == "2021/2025"
    # figures glued before a name date the name's days: the 2024 festival opens on 1 May
    # (the name's year is no date of its own: dates15a)
    assert _found("隨著“2024上海國際咖啡文化節”5月1日啟幕", "zh", None) == ["2024-05-01"]
    # after a verb's kana, the figures start the next name, whose days they date
    text = "武漢市人民政府が共催する2018中国国際友好都市大会が11月14日に開幕"
    assert _found(text, "ja", None) == ["2018-11-14"]


def test_extension_numbers_are_no_years() -> None:
    with pytest.raises(DateParseError):
        parse_date("Call 555-1212, ext. 2024", lang="en", ref=REF)
    assert _found("Suite 2010, City Hall", "en") == []


# A year beside a lunar day that is not converted: the year alone is coarser than the text
# (the Lantern Festival of 2023 fell on 5 February; 正月十七 on the 7th)
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("2023年的永庆坊元宵灯会将在正月十七的晚上23点结束。", "zh"),
        ("今年的元宵节灯会从正月十二开始亮灯,一直持续到正月十七。", "zh"),
    ],
)
def test_a_year_beside_a_lunar_day_is_left_unread(text: str, lang: str) -> None:
    with pytest.raises(DateParseError):
        parse_date(text, lang=lang, ref=REF)


def test_a_gregorian_day_beside_a_lunar_aside_is_kept() -> None:
    assert _value(
        "năm 2018 từ ngày 21 đến ngày 23/9/2018 (nhằm ngày 12 tháng 8 âm lịch)", "vi"
    ) == ("2018-09-21/2018-09-23")


# Two days of the month, each with its time, joined as a span: the 16th to the 17th
@pytest.mark.parametrize(
    ("text", "lang", "ref", "expected"),
    [
        (
            "수돗물 공급이 16일 오전10시부터 17일 오전3시까지 중단된다.",
            "ko",
            "1996-10-15",
            "1996-10-16/1996-10-17",
        ),
        ("15일 밤 10시~16일 오전6시", "ko", "2024-03-14", "2024-03-15/2024-03-16"),
        ("16日午後10時から17日午前6時まで", "ja", "2024-03-14", "2024-03-16/2024-03-17"),
        # the days with their day word "તા." (bench/date_blind17b: a water cut in Morbi)
        (
            "તા.૧૪ના રોજ બપોરે ૧૨ વાગ્યાથી તા.૧૫ના રોજ સવારે ૬ વાગ્યા સુધી પાણી કાપ",
            "gu",
            "2025-05-13",
            "2025-05-14/2025-05-15",
        ),
    ],
)
def test_two_timed_days_are_one_span(text: str, lang: str, ref: str, expected: str) -> None:
    assert _value(text, lang, PartialDate(ref)) == expected


def test_a_day_after_a_time_on_a_day_not_read_is_no_date_alone() -> None:
    # from 11 p.m. "that day" to the 14th: the 14th alone would drop the first day
    text = "이날 오후 11시부터 14일 오전 4시까지 단수 조치가 이뤄질 예정이다."
    with pytest.raises(DateParseError):
        parse_date(text, lang="ko", ref=PartialDate("2023-01-13"))
    # 일대 (vicinity) after a number is no day
    assert _found("세검정로 4가길 17 일대 300세대", "ko", PartialDate("2023-01-13")) == []


# Korean notices write a span's year once: "2024.10.30.~11.3."
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("공사기간: 2024.10.30∼11.3", "2024-10-30/2024-11-03"),
        ("공사기간: 2024.12.28.~1.5.", "2024-12-28/2025-01-05"),
    ],
)
def test_korean_dotted_spans(text: str, expected: str) -> None:
    assert _value(text, "ko", None) == expected
    assert _found(text, "ko", None) == [expected]


def test_vietnamese_month_and_year_with_a_hyphen() -> None:
    assert _value("vào tháng 9-2016", "vi", None) == "2016-09"
    with pytest.raises(DateParseError):
        parse_date("tháng 9-12", lang="vi", ref=REF)  # no year


def test_a_day_glued_to_its_time_with_minutes() -> None:
    assert _value("28日18時04分ごろ、震度3の地震がありました。", "ja") == "2024-02-28"
    # 17 days back or 12 ahead of ref, no word of tense: neither month is taken (_day_lag)
    with pytest.raises(DateParseError):
        _value("26日20时30分起停水", "zh")
    assert _value("26日20时30分起停水", "zh", PartialDate("2024-03-05")) == "2024-02-26"
