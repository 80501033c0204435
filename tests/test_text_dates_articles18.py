"""Families of faults found by reading whole real articles with ``find_dates`` (all ten
languages): literal cases written from each language's grammar and usage, positives and
negatives."""

from __future__ import annotations

import pytest

from citydiplo import PartialDate, find_dates


def _found(text: str, lang: str, ref: str | None = None) -> list[tuple[str, str]]:
    return [
        (m.text, str(m.value))
        for m in find_dates(text, lang=lang, ref=PartialDate(ref) if ref else None)
    ]


# Korean writes year, month, day in that order: a day is never "of next month" written after
# it. "29일 다음달 9일" is the 29th (the day of the report), then next month's 9th; the day
# before took the month word and the days after it lost it (read in the month of ``ref``).
@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        (
            "건설교통부는 29일 다음달 9일부터 14일까지 임시 개방한다고 밝혔다.",
            "2002-01-29",
            [("29일", "2002-01-29"), ("다음달 9일부터 14일", "2002-02-09/2002-02-14")],
        ),
        (
            "시는 15일 다음달 3일 시청에서 설명회를 연다고 밝혔다.",
            "2024-05-15",
            [("15일", "2024-05-15"), ("다음달 3일", "2024-06-03")],
        ),
        (
            "구청은 20일 다음 달 1일부터 30일까지 신청을 받는다고 밝혔다.",
            "2023-06-20",
            [("20일", "2023-06-20"), ("다음 달 1일부터 30일", "2023-07-01/2023-07-30")],
        ),
    ],
)
def test_korean_day_then_next_month_is_two_dates(
    text: str, ref: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text, "ko", ref) == expected


# Day-first languages keep "the 3rd of next month" (may pass on the base as well).
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The works start on the 3rd of next month.", "en", [("3rd of next month", "2002-02-03")]),
        (
            "Работы начнутся 5 числа следующего месяца.",
            "ru",
            [("5 числа следующего месяца", "2002-02-05")],
        ),
    ],
)
def test_day_of_next_month_in_day_first_languages(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text, lang, "2002-01-29") == expected


# Hebrew glues "and" to the next word: "29.7.18 וביום שני, 30.7.18" is "on the 29th and on
# Monday the 30th". The weekday after the "and" is the next item's, not the date's before it:
# read as that date's weekday it contradicted it and the date was dropped.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "רחוב גבריאלוב ביום ראשון, יז' באב, 29.7.18 וביום שני, יח' באב, 30.7.18 , "
            "בין השעות 19:00-8:30",
            [
                ("ביום ראשון, יז' באב, 29.7.18", "2018-07-29"),
                ("וביום שני, יח' באב, 30.7.18", "2018-07-30"),
            ],
        ),
        (
            "רחוב שער הגיא ביום חמישי, ז' באב, 19.7.18 וביום ראשון, י' באב, .22.7.18",
            [
                ("ביום חמישי, ז' באב, 19.7.18", "2018-07-19"),
                # (the next item whole: "and on Sunday, 10 Av, 22.7.18", its Hebrew day with it)
                ("וביום ראשון, י' באב, .22.7.18", "2018-07-22"),
            ],
        ),
        ("הכנס ייערך ב-12.3.2024 וביום רביעי שלאחריו יתקיים סיור.", [("12.3.2024", "2024-03-12")]),
        (
            "הבדיקות יתקיימו ב-3.9.2023 וביום שלישי, 5.9.2023.",
            [("3.9.2023", "2023-09-03"), ("וביום שלישי, 5.9.2023", "2023-09-05")],
        ),
    ],
)
def test_hebrew_and_weekday_after_a_date_is_the_next_item(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text, "he") == expected


# A time of day written with a dot ("с 7.00 … до 8.00", "17.00 ngày", "until 6.30") between
# the two ends of a span is set aside as a time with a colon is: the ends make one span. They
# were two loose dates, the first without the year the second states.
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "С 7.00 3 октября до 8.00 5 октября в указанных районах будет прекращена подача воды.",
            "ru",
            [("3 октября до 8.00 5 октября", "XXXX-10-03/XXXX-10-05")],
        ),
        (
            "Движение закроют с 9.30 12 мая до 17.00 14 мая 2024 года.",
            "ru",
            [("12 мая до 17.00 14 мая 2024 года", "2024-05-12/2024-05-14")],
        ),
        (
            "Cắt điện từ 7.30 ngày 5/6 đến 17.00 ngày 7/6/2024.",
            "vi",
            [("ngày 5/6 đến 17.00 ngày 7/6/2024", "2024-06-05/2024-06-07")],
        ),
        (
            "The road is closed from May 5 until 6.30 May 7, 2024.",
            "en",
            [("May 5 until 6.30 May 7, 2024", "2024-05-05/2024-05-07")],
        ),
    ],
)
def test_dotted_time_inside_a_span(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text, lang) == expected


# Figures with a zero part ("8.00", "21.00") are a time, never a day and month: read as one,
# "8.00 ועד 12.6.2024" became a span from nothing and the whole mention was lost.
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "העבודות יתבצעו מ-10.6.2024 בשעה 8.00 ועד 12.6.2024 בשעה 21.00.",
            "he",
            [("10.6.2024 בשעה 8.00 ועד 12.6.2024", "2024-06-10/2024-06-12")],
        ),
        (
            "הכביש ייסגר בין השעות 20.00 ל-06.00, והעבודות יסתיימו ב-14.3.2025.",
            "he",
            [("14.3.2025", "2025-03-14")],
        ),
    ],
)
def test_zero_figures_are_a_time(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text, lang) == expected


# A part of a month or year written in one Han letter after it ("5月底", "3月初", "6月末",
# "2024年底", "今年底") is a part even when a verb or noun in Han follows at once ("5月底完成",
# "年底前"): the plain month or year dropped what the text states. Words that only begin
# with the letter ("3月初步": preliminary; "3月末日": the last day) keep the month as it was.
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("项目预计5月底完成。", "zh", [("5月底", "2016-05~")]),
        ("双方于5月底签署协议。", "zh", [("5月底", "2016-05~")]),
        ("项目预计2024年底前完成。", "zh", [("2024年底", "2024~")]),
        ("工程将于今年底竣工。", "zh", [("今年底", "2016~")]),
        ("活动于3月初举行。", "zh", [("3月初", "2016-03~")]),
        ("展览将持续到6月末结束。", "zh", [("6月末", "2016-06~")]),
        ("工事は3月末完了予定。", "ja", [("3月末", "2016-03~")]),
        ("2024年末時点で人口は100万人。", "ja", [("2024年末", "2024~")]),
    ],
)
def test_han_month_part_before_more_han(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text, lang, "2016-03-02") == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("双方3月初步达成协议。", "zh", [("3月", "2016-03")]),
        ("工事は3月末日に完了した。", "ja", [("3月", "2016-03")]),
    ],
)
def test_han_words_beginning_with_a_part_are_no_part(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:  # (these pass on the base as well: the rule must not reach them)
    assert _found(text, lang, "2016-03-02") == expected


# A half of a month ("the second half of May", "во второй половине мая", "5月下半月", "मई के
# दूसरे पखवाड़े में") or its end in Hindi words with "महीने" ("मई महीने के अंत में") is a part of
# the month: marked approximate, as "late May" is. The whole month was returned. A half of a
# year stays the half-year.
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The visit will take place in the second half of May.",
            "en",
            [("the second half of May.", "2016-05~")],
        ),
        (
            "The visit will take place in the first half of May 2017.",
            "en",
            [("the first half of May 2017", "2017-05~")],
        ),
        (
            "Визит состоится во второй половине мая.",
            "ru",
            [("второй половине мая.", "2016-05~")],
        ),
        (
            "Визит состоится в первой половине мая 2017 года.",
            "ru",
            [("первой половине мая 2017 года", "2017-05~")],
        ),
        ("访问将于5月下半月进行。", "zh", [("5月下半月", "2016-05~")]),
        ("यात्रा मई के दूसरे पखवाड़े में होगी।", "hi", [("मई के दूसरे पखवाड़े में", "2016-05~")]),
        ("यात्रा मई महीने के अंत में होगी।", "hi", [("मई महीने के अंत में", "2016-05~")]),
    ],
)
def test_half_of_a_month(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text, lang, "2016-03-02") == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The visit will take place in the second half of 2017.",
            "en",
            [("the second half of 2017", "2017-41")],
        ),
        (
            "Визит состоится во второй половине 2017 года.",
            "ru",
            [("второй половине 2017 года", "2017-41")],
        ),
    ],
)
def test_half_of_a_year_stays_a_half_year(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:  # (these pass on the base as well)
    assert _found(text, lang, "2016-03-02") == expected


# Months listed before a month with its year take that year ("in January and March 2024"):
# read alone, the earlier months took the year of ``ref`` (silently wrong), or nothing.
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "In January and March 2024, delegations visited the city.",
            "en",
            [("January", "2024-01"), ("March 2024", "2024-03")],
        ),
        (
            "The council met in September, October and November 2022.",
            "en",
            [("September", "2022-09"), ("October", "2022-10"), ("November 2022", "2022-11")],
        ),
        (
            "Делегации побывали в городе в январе и марте 2024 года.",
            "ru",
            [("январе", "2024-01"), ("марте 2024 года", "2024-03")],
        ),
        (
            "Các đoàn đã thăm thành phố vào tháng 1 và tháng 3/2024.",
            "vi",
            [("tháng 1", "2024-01"), ("tháng 3/2024", "2024-03")],
        ),
        (
            "between January and March 2024",
            "en",
            [("between January and March 2024", "2024-01/2024-03")],
        ),
    ],
)
def test_listed_months_take_the_year_after_them(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text, lang, "2025-06-01") == expected


# Israeli notices date a day twice: "ביום ראשון, יז' באב, 29.7.18" (Sunday, 17 Av, 29.7.18).
# The Hebrew-calendar day between the weekday and the figures (its day with a geresh after
# it, or gershayim) is the same day: the weekday joins the date, and two such days joined by
# "ועד" make a span. They were two loose dates, their weekdays unchecked.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "החל מיום ראשון, יז' באב, 29.7.18 ועד יום חמישי, כא' באב, 2.8.18",
            [
                (
                    "מיום ראשון, יז' באב, 29.7.18 ועד יום חמישי, כא' באב, 2.8.18",
                    "2018-07-29/2018-08-02",
                )
            ],
        ),
        ("ביום רביעי, יג' באב, 25.7.18", [("ביום רביעי, יג' באב, 25.7.18", "2018-07-25")]),
    ],
)
def test_hebrew_calendar_day_beside_weekday_and_figures(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text, "he") == expected
