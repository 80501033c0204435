"""A word for this year a few words before a day and month in the same sentence: without
``ref`` the day is the one date the sentence states, year-less; with ``ref`` the year
dates it. Literal cases, positives and negatives."""

from __future__ import annotations

import pytest

from citydiplo import PartialDate, parse_date
from citydiplo._errors import DateParseError

REF = PartialDate("2024-08-02")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("В текущем году день города будет праздноваться в Москве 9 сентября.", "ru", "09-09"),
        ("This year the festival will be held on September 9.", "en", "09-09"),
        ("올해 축제는 9월 9일에 열린다.", "ko", "09-09"),
        ("今年的庙会将于9月9日举行。", "zh", "09-09"),
        ("Năm nay, lễ hội sẽ diễn ra vào ngày 9/9.", "vi", "09-09"),
        ("इस साल मेला 9 सितंबर को होगा।", "hi", "09-09"),
    ],
)
def test_this_year_then_the_day(text: str, lang: str, expected: str) -> None:
    assert str(parse_date(text, lang=lang)) == "XXXX-" + expected
    assert str(parse_date(text, lang=lang, ref=REF)) == "2024-" + expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # another year than this one: the day's year is not said
        ("В прошлом году день города праздновали 9 сентября.", "ru"),
        # a sentence ends between them
        ("This year. On September 9 the festival opens.", "en"),
        # a figure between them
        ("This year 5 teams play on September 9.", "en"),
    ],
)
def test_no_link_stays_several_dates(text: str, lang: str) -> None:
    with pytest.raises(DateParseError, match="several dates"):
        parse_date(text, lang=lang)


def test_a_stated_year_still_dates_its_day() -> None:
    assert str(parse_date("в 1973 году 19 ноября", lang="ru")) == "1973-11-19"
