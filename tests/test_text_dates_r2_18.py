"""Families of faults of the dates left by the eighteenth blind sets: literal cases written
from each language's grammar and usage, positives and negatives."""

from __future__ import annotations

import pytest

from citydiplo import PartialDate, find_dates


def _found(text: str, lang: str, ref: str | None = "2024-06-10") -> list[str]:
    return [
        str(m.value) for m in find_dates(text, lang=lang, ref=PartialDate(ref) if ref else None)
    ]


# A lunar day after a month ("初三": the third day of a lunar month) makes the month a month of
# the lunar calendar, which is not converted: the date stays unread, never a Gregorian March.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("庙会于3月初三举行。", "zh"),
        ("三月初三是壮族的传统节日。", "zh"),
        ("2024年8月初十举办祭祀活动。", "zh"),
        ("活动定于5月初五端午当天举行。", "zh"),
        ("3月初三に祭りが開かれる。", "ja"),
        ("3月初三（农历）举行歌圩。", "zh"),
    ],
)
def test_a_month_before_a_lunar_day_is_unread(text: str, lang: str) -> None:
    assert _found(text, lang) == []


# The part-of-month words that begin with the same character are still read, and so is a
# Gregorian date that a bracket glosses with its lunar day.
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("工程将于3月初完工。", "zh", ["2024-03~"]),
        ("3月初旬に完成する。", "ja", ["2024-03~"]),
        ("2024年2月10日（农历正月初一）迎来春节。", "zh", ["2024-02-10"]),
        ("Lễ hội khai mạc ngày 20/4/2024 (tức ngày 12/3 âm lịch).", "vi", ["2024-04-20"]),
    ],
)
def test_part_of_month_and_a_glossed_gregorian_date_stay_read(
    text: str, lang: str, expected: list[str]
) -> None:
    assert _found(text, lang) == expected


# A date followed by a bracket that holds only the name of the lunar calendar ("(âm lịch)",
# "(ÂL)", "（农历）", "(음력)") is a lunar date: unread. A Japanese date after "旧暦の" too.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Lễ hội diễn ra ngày 10 tháng 3 (âm lịch) hằng năm.", "vi"),
        ("Lễ giỗ tổ vào ngày 10/3 (âm lịch).", "vi"),
        ("Hội làng mở vào ngày 6/1 (ÂL).", "vi"),
        ("Hội làng mở vào ngày 15 tháng 8 ( âm lịch ) tại đình.", "vi"),
        ("旧暦の8月15日に月見の会を開く。", "ja"),
        ("陰暦の7月7日に行われる。", "ja"),
    ],
)
def test_a_date_marked_lunar_after_it_is_unread(text: str, lang: str) -> None:
    assert _found(text, lang) == []


# A number joined by a hyphen to a word of letters is that word's number ("COVID-19", "G-20",
# "Su-30", "F-16", "Ил-76"): never the day of the month name after it.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The COVID-19 May 2020 lockdown closed the city hall.", "en"),
        ("Leaders met at the G-20 June 2019 summit in Osaka.", "en"),
        ("India bought the Su-30 March 2021 batch.", "en"),
        ("The F-16 April 2022 deal was signed in Ankara.", "en"),
        ("Самолёт Ил-20 мая 2021 года не вылетал.", "ru"),
    ],
)
def test_a_name_s_number_is_no_day(text: str, lang: str) -> None:
    assert all(not v.endswith(("-19", "-20", "-30", "-16")) for v in _found(text, lang))
    assert _found(text, lang) == []


# A day after a Hebrew one-letter prefix and a hyphen is a day ("ב-20 במאי"), and a word's
# number does not hide a date after it.
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("הטקס ייערך ב-20 במאי 2020 בעירייה.", "he", ["2020-05-20"]),
        ("The A-10 flew on 5 May 2021.", "en", ["2021-05-05"]),
        ("The festival runs 5-19 May 2020.", "en", ["2020-05-05/2020-05-19"]),
        # a month's name before the hyphen ends the first day of a span
        ("Матч пройдёт 30 сентября-1 октября 2020 года.", "ru", ["2020-09-30/2020-10-01"]),
        ("The fair runs 30 September-1 October 2020.", "en", ["2020-09-30/2020-10-01"]),
    ],
)
def test_days_after_a_prefix_or_a_name_stay_read(
    text: str, lang: str, expected: list[str]
) -> None:
    assert _found(text, lang) == expected


# A day followed by a word for "around" ("前后", "左右", "頃", "ごろ", "前後", "경", "께", "쯤",
# "전후") is approximate: the plain day dropped what the text states.
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("工程预计7月5日前后完工。", "zh", "2024-07-05~"),
        ("代表团将于2023年9月20日左右抵达。", "zh", "2023-09-20~"),
        ("设备8月3号前后运抵现场。", "zh", "2024-08-03~"),
        ("使節団は7月5日頃に到着する。", "ja", "2024-07-05~"),
        ("2024年9月20日ごろ完成する見込みだ。", "ja", "2024-09-20~"),
        ("式典は2024年10月1日前後に開かれる。", "ja", "2024-10-01~"),
        ("대표단은 7월 5일경 도착할 예정이다.", "ko", "2024-07-05~"),
        ("공사는 8월 20일께 마무리된다.", "ko", "2024-08-20~"),
        ("행사는 9월 1일 전후에 열린다.", "ko", "2024-09-01~"),
    ],
)
def test_a_day_then_around_is_approximate(text: str, lang: str, expected: str) -> None:
    assert _found(text, lang) == [expected]


# A word that only begins like one of them is not "around": "7월 5일 경기" (a game), and
# "7月5日前" (before) is no "前后".
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("7월 5일 경기에서 승리했다.", "ko", ["2024-07-05"]),
        ("工程将于7月5日完工。", "zh", ["2024-07-05"]),
    ],
)
def test_a_day_without_around_stays_exact(text: str, lang: str, expected: list[str]) -> None:
    assert _found(text, lang) == expected


# A Hebrew day with its prefix before "לחודש" / "בחודש" ("ב-20 לחודש": on the 20th of the
# month) is a day of ref's month. It was unread.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("הכנס ייערך ב-20 לחודש באולם העירייה.", ["2024-06-20"]),
        ("ההרשמה פתוחה עד ה-25 לחודש הנוכחי.", ["2024-06-25"]),
        ("המשלחת תגיע לעיר ב-14 בחודש.", ["2024-06-14"]),
        ("הטקס נדחה, והוא יתקיים ב-28 לחודש זה.", ["2024-06-28"]),
    ],
)
def test_a_hebrew_day_of_the_month(text: str, expected: list[str]) -> None:
    assert _found(text, "he") == expected


# A number without the prefix before "לחודש" is a rate (per month), and a day of every month
# is no one day: both stay unread (these pass on the base too).
@pytest.mark.parametrize(
    "text",
    [
        'שכר הדירה הוא 500 ש"ח לחודש.',
        "העירייה גובה תשלום של 20 לחודש.",
        "התשלום מתבצע ב-10 לחודש בכל חודש.",
        "הוועדה מתכנסת מדי שנה ב-5 בחודש.",
        "ב-31 לחודש",  # June has no 31st
    ],
)
def test_a_hebrew_rate_per_month_stays_unread(text: str) -> None:
    assert _found(text, "he") == []
