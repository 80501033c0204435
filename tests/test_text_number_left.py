"""A bare number left at the end of one date expression is refused, never dropped: "3 April
10000" is no 3 April (a hostile user's case); a time or a following word is no such number."""

from __future__ import annotations

import pytest

from citydiplo import DateParseError, PartialDate, parse_date

REF = PartialDate("2024-05-01")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("3 April 10000", "en"),
        ("3 April 123", "en"),
        ("April 3, 12345", "en"),
        ("3 April 2024 5", "en"),
        ("2024년 4월 3일 12345", "ko"),
        ("3 апреля 99999", "ru"),
    ],
)
def test_a_number_after_the_day_is_not_dropped(text: str, lang: str) -> None:
    with pytest.raises(DateParseError, match="number beside it is not part of any date form"):
        parse_date(text, lang=lang, ref=REF)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("3 April", "en", "2024-04-03"),
        ("3 April 2024.", "en", "2024-04-03"),
        ("3 April, 10:30", "en", "2024-04-03"),
        ("On 3 April 15 delegates arrived", "en", "2024-04-03"),
        ("2024년 4월 3일", "ko", "2024-04-03"),
        ("3 апреля 2024 года", "ru", "2024-04-03"),
    ],
)
def test_a_date_alone_or_with_a_time_or_a_word_is_read(text: str, lang: str, expected: str) -> None:
    assert str(parse_date(text, lang=lang, ref=REF)) == expected
