"""Faults the 25a blind set (en, ko, vi, zh and ja) showed, quoted from its pages, and the
general rule each stands for, with a contrast case so that each test can fail.
"""

from __future__ import annotations

import pytest

from citydiplo import DateParseError, PartialDate, find_dates, parse_date


def _found(text: str, lang: str, ref: str | None) -> list[tuple[str, str]]:
    ref_date = PartialDate(ref) if ref else None
    return [(m.text, str(m.value)) for m in find_dates(text, lang=lang, ref=ref_date)]


def test_a_one_letter_weekday_that_begins_a_word_is_no_weekday() -> None:
    # https://jpkoasa.blogspot.com/2018/07/blog-post_270.html (2018-07-28): 日 of 日本 (Japan)
    # after "28日、" is no Sunday to check the 28th against
    text = "強い台風12号は28日、日本の南海上を北上した。"
    assert str(parse_date(text, lang="ja", ref=PartialDate("2018-07-28"))) == "2018-07-28"
    # a weekday in brackets is still checked: 28 July 2018 was a Saturday
    with pytest.raises(DateParseError):
        parse_date("28日(日)に開催", lang="ja", ref=PartialDate("2018-07-28"))


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        # https://gnews.ocam.live/d/327960-... (2025-09-19): year 114 of Minguo
        ("114.9.20(六)新北市政府新聞行程", "2025-09-19", "2025-09-20"),
        # https://www.ntpc.gov.tw/ch/home.jsp?id=e8ca970cde5c00e1&dataserno=... (2024-03-27)
        ("113.03.28(四)新北市政府新聞行程", "2024-03-27", "2024-03-28"),
        ("113.05.09(四)", None, "2024-05-09"),
        ("5月6日(六)舉行", "2023-05-01", "2023-05-06"),
    ],
)
def test_a_minguo_date_in_dots_before_its_weekday(
    text: str, ref: str | None, expected: str
) -> None:
    ref_date = PartialDate(ref) if ref else None
    assert str(parse_date(text, lang="zh", ref=ref_date)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "113.05.10(四)",  # 10 May 2024 was a Friday: the weekday contradicts the date
        "5月6日(五)舉行",  # 6 May 2023 was a Saturday
        "版本 113.05.09 發佈",  # no weekday: a version number
        "(一)加強管理",  # a numbered item, no Monday
    ],
)
def test_a_bracketed_han_weekday_is_checked_and_never_stands_alone(text: str) -> None:
    assert _found(text, "zh", "2023-05-01") == []


def test_a_month_inside_a_title_in_single_quotes_is_part_of_the_title() -> None:
    # https://v.daum.net/v/20231017140553632 (2023-10-17): a song, "One fine day in October"
    text = "클래식 프렌즈 어린이합창단의 ‘10월의 어느 멋진 날에’와 ‘문어의 꿈’ 공연이 이어진다."
    assert _found(text, "ko", "2023-10-17") == []
    # the month outside the quotes is read
    found = _found("10월에 ‘문어의 꿈’ 공연이 열린다.", "ko", "2023-10-17")
    assert found == [("10월에", "2023-10")]


def test_a_weekday_of_a_named_week_apposed_to_its_date_is_that_date() -> None:
    # https://twainews.com/newtaipei/news/xHqXdFhhj4Ur8NMFTh08 (2025-12-28, a Sunday): "this
    # week's Monday (29 December)"; where the week starts no longer decides the day
    text = "新北市政府公布市長侯友宜本週一(12月29日)的最新公開行程"
    assert _found(text, "zh", "2025-12-28") == [("本週一(12月29日)", "2025-12-29")]
    # the weekday is still checked: 29 December 2025 is a Monday, not a Tuesday
    assert _found("本週二(12月29日)", "zh", "2025-12-28") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # https://news.ntv.co.jp/category/society/948250 (2021-09-30): "this year's spring"
        (
            "今年の春に修理が完了したばかりだという自宅では、窓にテープを貼り台風に備えていました。",
            "2021-21",
        ),
        ("来年春ごろに完成予定", "2022-21"),
        ("2022年冬季オリンピック", "2022-24"),
        ("2018年秋田県内で", "2018"),  # 秋田 (Akita) is no autumn
    ],
)
def test_a_japanese_season_after_its_year_is_kept(text: str, expected: str) -> None:
    assert str(parse_date(text, lang="ja", ref=PartialDate("2021-09-30"))) == expected


def test_a_day_alone_that_says_again_a_day_just_stated_is_that_day() -> None:
    # https://www.city.akita.akita.jp/city/pl/pb/koho/htm/20181005/100509.html (2018-10-05):
    # "【13日のみ】" (the 13th only) is the 13th of the two days just named, not 13 September
    text = "とき/10月13日(土)・14日(日)\n会場/南部市民サービスセンター 【13日のみ】 ◇子ども縁日"
    found = _found(text, "ja", "2018-10-05")
    assert found[-1] == ("13日", "2018-10-13")
    # with no such day before it, the day alone is read against ref as before: on 5 October
    # neither 13 September (22 days back) nor 13 October (8 ahead) is taken; on 20 September,
    # the 13th just past
    assert _found("【13日のみ】 ◇子ども縁日", "ja", "2018-10-05") == []
    assert _found("【13日のみ】 ◇子ども縁日", "ja", "2018-09-20") == [("13日", "2018-09-13")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # https://www.kashiwazaki-kosodate.net/archives/5741 (2018-09-04): from the night of
        # the 4th to the small hours of the 5th
        (
            "ja",
            "■雨:4日夜から5日未明にかけて、雷を伴って激しい雨が降ります。",
            "2018-09-04/2018-09-05",
        ),
        ("ko", "4일 밤부터 5일 새벽까지 비가 내린다", "2018-09-04/2018-09-05"),
        ("zh", "4日晚上至5日凌晨有雨", "2018-09-04/2018-09-05"),
    ],
)
def test_two_days_parted_by_a_part_of_the_day_are_a_span(
    lang: str, text: str, expected: str
) -> None:
    assert str(parse_date(text, lang=lang, ref=PartialDate("2018-09-04"))) == expected


def test_a_part_of_the_day_joins_no_days_out_of_order() -> None:
    assert _found("5日夜から4日", "ja", "2018-09-04") == [
        ("5日", "2018-09-05"),
        ("4日", "2018-09-04"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a preview article of a Friday: the present of a timetable speaks of the coming day
        ("Saturday is the busiest day of the festival.", "2023-05-20"),
        ("The parade is Saturday at 10 a.m.", "2023-05-20"),
        ("On Sunday, the city hosts a concert.", "2023-05-21"),
        # a verb in the past, a progressive, a possessive: the last such day, as before
        ("The parade was Saturday.", "2023-05-13"),
        ("Police are investigating a shooting Saturday night.", "2023-05-13"),
        ("The cause of Saturday's fire is under investigation.", "2023-05-13"),
    ],
)
def test_a_weekday_beside_a_verb_of_a_timetable_is_the_coming_one(text: str, expected: str) -> None:
    assert [value for _, value in _found(text, "en", "2023-05-19")] == [expected]


def test_weekdays_listed_before_a_noun_of_a_timetable_are_no_dates() -> None:
    # https://www.town.hino.tottori.jp/item/43499.htm: "the Tuesday and Friday zones"
    text = "1月6日(火曜日)は、全地区で「可燃粗大ごみ」だけ収集を行いますので、可燃ごみ火曜日・金曜日地区にお住まいの方は、通常のごみ袋での可燃ごみ収集はありません。"  # noqa: E501
    assert _found(text, "ja", "2025-12-20") == [("1月6日(火曜日)", "2026-01-06")]
    assert str(parse_date(text, lang="ja")) == "XXXX-01-06"


def test_a_year_in_figures_inside_a_title_mark_is_part_of_the_title() -> None:
    # https://www.city.akita.akita.jp/city/pl/pb/koho/htm/20181005/100509.html: a concert's name
    text = "◇秋田西中学校吹奏楽演奏「Sound Treasure 2018 Part.2」(13:30〜14:30)"
    assert _found(text, "ja", "2018-10-05") == []
    assert _found("「2018」", "ja", "2018-10-05") == [("2018", "2018")]  # the year alone


def test_a_month_before_a_list_of_its_days_is_not_read_alone() -> None:
    # the 24a set's Macau page: "on 10, 11, 12, 14 and 16 February": never February alone
    text = "於二月十、十一、十二、十四及十六日增設工作坊活動"
    assert ("二月", "2026-02") not in _found(text, "zh", "2026-02-13")
    assert _found("二月份舉行", "zh", "2026-02-13") == [("二月", "2026-02")]
