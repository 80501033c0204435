"""Answers that hostile probes found silently wrong on c8845c3, with the right answers of
the same shape beside them. Every case is literal and its answer read from the text."""

from __future__ import annotations

import pytest

from citydiplo import DateParseError, find_dates, parse_date


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a range of Solar Hijri years joined by a hyphen: the first year was read as part
        # of a code and dropped, leaving the second year alone
        ("fa", "۱۴۰۳-۱۴۰۴", "2024-03-20/2026-03-20"),
        ("fa", "سال‌های ۱۴۰۳-۱۴۰۴", "2024-03-20/2026-03-20"),
        ("fa", "1403-1404", "2024-03-20/2026-03-20"),
        # the same shapes that were right already
        ("fa", "۱۴۰۲ تا ۱۴۰۴", "2023-03-21/2026-03-20"),
        ("fa", "۲۰۱۹-۲۰۲۴", "2019/2024"),
        ("en", "2021-2025", "2021/2025"),
    ],
)
def test_a_hyphen_between_two_years_of_the_language_is_a_range(
    lang: str, text: str, expected: str
) -> None:
    assert str(parse_date(text, lang=lang)) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [("zh", "2024-4815"), ("en", "2025-4815"), ("zh", "第2024-15号"), ("en", "1403-1404")],
)
def test_a_year_joined_to_a_number_that_is_no_year_is_a_code(lang: str, text: str) -> None:
    with pytest.raises(DateParseError):
        parse_date(text, lang=lang)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the second day of a span after a dash was dropped: the first day alone was given
        ("zh", "2024年6月12-15日", "2024-06-12/2024-06-15"),
        ("zh", "2024年6月12日-15日", "2024-06-12/2024-06-15"),
        ("zh", "2024年6月12号-15号", "2024-06-12/2024-06-15"),
        ("ja", "2024年6月12-15日", "2024-06-12/2024-06-15"),
        ("ja", "2024年6月12日-15日", "2024-06-12/2024-06-15"),
        ("ko", "2024년 6월 12-15일", "2024-06-12/2024-06-15"),
        ("ko", "2024년 6월 12일-15일", "2024-06-12/2024-06-15"),
        # right already: another joint, or spaces around the dash
        ("zh", "2024年6月12至15日", "2024-06-12/2024-06-15"),
        ("zh", "2024年6月12 - 15日", "2024-06-12/2024-06-15"),
        ("ja", "2024年6月12～15日", "2024-06-12/2024-06-15"),
    ],
)
def test_a_dash_between_two_days_after_a_month_is_a_span(
    lang: str, text: str, expected: str
) -> None:
    assert str(parse_date(text, lang=lang)) == expected
    (found,) = find_dates(f"会议于{text}举行。" if lang == "zh" else text, lang=lang)
    assert str(found.value) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a year followed by a word for "around" or a part of it was given as the exact year
        ("ja", "2024年頃", "2024~"),
        ("ja", "2024年ごろ", "2024~"),
        ("ko", "2024년경", "2024~"),
        ("ko", "2024년쯤", "2024~"),
        ("zh", "2024年左右", "2024~"),
        ("zh", "2024年底", "2024~"),
        ("hi", "2024 के अंत में", "2024~"),
        ("gu", "2024ના અંતમાં", "2024~"),
        # the month with the same words, right already
        ("ja", "2024年6月頃", "2024-06~"),
        ("ko", "2024년 6월경", "2024-06~"),
        # no such word: the exact year
        ("ko", "2024년 말레이시아", "2024"),
        ("zh", "2024年初步", "2024"),
        ("ja", "2024年", "2024"),
    ],
)
def test_a_year_followed_by_an_approximating_word_is_approximate(
    lang: str, text: str, expected: str
) -> None:
    assert str(parse_date(text, lang=lang)) == expected


def test_an_approximate_year_found_in_running_text() -> None:
    (found,) = find_dates("釜山市と福岡市は2010年頃に交流を始めた。", lang="ja")
    assert str(found.value) == "2010~"
