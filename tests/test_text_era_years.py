"""Years of the Japanese eras and the Minguo calendar, checked against each era's span.

Literal cases after CLDR's calendar data (type japanese: Shōwa from 1926-12-25, Heisei from
1989-01-08, Reiwa from 2019-05-01; type roc: year 1 is 1912): a number past an era's last
year, or year 0, names no year and is refused, never read as a Gregorian year past the era.
"""

from __future__ import annotations

import re

import pytest

import citydiplo as cd


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("令和元年", "ja", "2019"),
        ("令和5年", "ja", "2023"),
        ("平成31年4月30日", "ja", "2019-04-30"),
        ("平成元年", "ja", "1989"),
        ("昭和64年1月7日", "ja", "1989-01-07"),
        ("昭和元年", "ja", "1926"),
        ("民國113年", "zh", "2024"),
    ],
)
def test_a_year_of_its_era_is_read(text: str, lang: str, expected: str) -> None:
    assert str(cd.parse_date(text, lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "message"),
    [
        ("令和0年", "ja", "令和 has no year 0"),
        ("平成32年", "ja", "平成 has no year 32 (its years run from 1 to 31)"),
        ("平成40年", "ja", "平成 has no year 40"),
        ("昭和65年", "ja", "昭和 has no year 65 (its years run from 1 to 64)"),
        ("民國0年", "zh", "has no year 0"),
    ],
)
def test_a_number_past_its_era_is_refused(text: str, lang: str, message: str) -> None:
    with pytest.raises(cd.DateParseError, match=re.escape(message)):
        cd.parse_date(text, lang=lang)
    assert cd.find_dates(f"{text}に開催", lang=lang) == []
