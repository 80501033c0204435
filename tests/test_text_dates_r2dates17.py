"""Second pass of round 17 (dates): literal positive and negative cases, each written from the
language's grammar and calendar, not from the function under test."""

from __future__ import annotations

import pytest

from citydiplo import PartialDate, find_dates

_JAN = PartialDate("2014-01-15")  # 28 March nearest ref is 28 March 2014


def _values(text: str, lang: str, ref: PartialDate) -> list[str]:
    return [str(m.value) for m in find_dates(text, lang=lang, ref=ref)]


# --- a year named relative to ref ("next year", "내년") before a day without a year in the
# same sentence: the day is of that year when the text ties them, else it is not read; never
# the year nearest ref
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("내년 프로야구 정규리그가 3월 28일 개막한다.", "ko", ["2015", "2015-03-28"]),
        ("Next year the season will open on March 28.", "en", ["2015", "2015-03-28"]),
        ("明年职业棒球联赛将于3月28日开幕。", "zh", ["2015", "2015-03-28"]),
        ("来年のシーズンは3月28日に開幕する予定だ。", "ja", ["2015", "2015-03-28"]),
        ("В следующем году сезон откроется 28 марта.", "ru", ["2015", "2015-03-28"]),
        ("Năm sau mùa giải sẽ khai mạc ngày 28/3.", "vi", ["2015", "2015-03-28"]),
        ("अगले साल सीजन 28 मार्च को शुरू होगा।", "hi", ["2015", "2015-03-28"]),
        ("આવતા વર્ષે સિઝન 28 માર્ચે શરૂ થશે.", "gu", ["2015", "2015-03-28"]),
        ("בשנה הבאה העונה תיפתח ב-28 במרץ.", "he", ["2015", "2015-03-28"]),
        # past year, no tie: the day may be of last year or of ref's, so it is not read
        ("Last year the season opened on March 28.", "en", ["2013"]),
        ("지난해 프로야구는 3월 28일 개막했다.", "ko", ["2013"]),
        ("В прошлом году сезон открылся 28 марта.", "ru", ["2013"]),
        ("Last year's report was published on March 28.", "en", ["2013"]),
        # next year's budget, announced on a day of another year: not read
        ("내년 예산안은 3월 28일 발표됐다.", "ko", ["2015"]),
    ],
)
def test_a_relative_year_dates_or_blocks_a_later_day(
    text: str, lang: str, expected: list[str]
) -> None:
    assert _values(text, lang, _JAN) == expected


@pytest.mark.parametrize(
    ("text", "lang", "ref", "expected"),
    [
        # no year word, or one in another sentence: the day nearest ref, as before
        ("The season opens on March 28.", "en", _JAN, ["2014-03-28"]),
        ("Next year the season opens. It starts on March 28.", "en", _JAN, ["2015", "2014-03-28"]),
        # this year: unchanged
        ("This year the season opened on March 28.", "en", _JAN, ["2014", "2014-03-28"]),
        # the two agree: kept
        (
            "내년 프로야구 3월 28일 토요일 개막된다",
            "ko",
            PartialDate("2014-12-17"),
            ["2015", "2015-03-28"],
        ),
        # last year named, the sentence of the future: the coming month, from ref
        (
            "昨年の大会の答礼として、8月に選手が浙江省で行われる大会に参加する予定です。",
            "ja",
            PartialDate("2024-03-15"),
            ["2023", "2024-08"],
        ),
        # a year stated outright dates the later day, as before
        ("The 2015 season opens on March 28.", "en", _JAN, ["2015", "2015-03-28"]),
    ],
)
def test_a_day_without_a_relative_year_is_read_as_before(
    text: str, lang: str, ref: PartialDate, expected: list[str]
) -> None:
    assert _values(text, lang, ref) == expected


# --- a day and month named as one street of a list of streets is no date; a date written
# after a place and a comma, or a holiday, keeps its reading
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ремонт пройдёт на улицах Ленина, 5 Августа и Мира.", []),
        ("Ремонт пройдёт на улицах Ленина, Карла Маркса и 8 Марта.", []),
        ("Улицы: ул. Щорса (дома с 1 по 37), 5 Августа, ул. Костюкова", []),
        ("Воду отключат на улицах Гагарина и 9 Мая.", []),
        ("Субботник на улице Ленина, 5 августа.", ["2026-08-05"]),
        # "пройдёт" puts the sentence in the future: the next 5 August after ref
        ("На улицах Ленина и Мира 5 августа пройдёт ремонт.", ["2027-08-05"]),
        ("Праздник пройдёт 5 августа.", ["2027-08-05"]),
    ],
)
def test_a_street_of_a_list_named_after_a_date_is_no_date(text: str, expected: list[str]) -> None:
    assert _values(text, "ru", PartialDate("2026-12-02")) == expected
