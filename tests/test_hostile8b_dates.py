"""Hostile readings of this round's date rules: literal cases, each read by hand."""

from __future__ import annotations

import pytest

from citydiplo import DateParseError, PartialDate, parse_date

REF = PartialDate("2025-06-12")  # a Thursday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Han week phrase written once before the rest of the weekday's name
        ("下个星期五", "2025-06-20"),
        ("下個星期五", "2025-06-20"),
        ("下星期五", "2025-06-20"),
        ("上个星期五", "2025-06-06"),
        ("这个星期五", "2025-06-13"),
        ("下个星期天", "2025-06-22"),
        ("下礼拜五", "2025-06-20"),
        ("下个礼拜五", "2025-06-20"),
        ("下週三", "2025-06-18"),
        ("我们下个星期五见面", "2025-06-20"),
        # negatives that must keep their readings
        ("下个星期", "2025-06-16/2025-06-22"),
        ("上个星期", "2025-06-02/2025-06-08"),
        ("下周五", "2025-06-20"),
        ("本周五", "2025-06-13"),
        ("星期天", "2025-06-08"),
        ("下个星期的星期五", "2025-06-20"),
        ("2025年6月13日星期五", "2025-06-13"),
    ],
)
def test_chinese_weekday_of_a_named_week(text: str, expected: str) -> None:
    assert str(parse_date(text, lang="zh", ref=REF)) == expected


def test_a_spoken_chinese_weekday_is_checked_against_its_date() -> None:
    with pytest.raises(DateParseError):
        parse_date("6月13日星期天", lang="zh", ref=REF)
