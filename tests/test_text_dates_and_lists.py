"""Two dates joined by "and" are two dates in English and Vietnamese too; after "between" /
"giữa" they stay a span (the rule of ``_text/_between.py``, data keys ``and_words`` and
``between_words``). Literal cases."""

from __future__ import annotations

import pytest

from citydiplo import PartialDate, find_dates

REF = PartialDate("2025-06-18")


def _values(text: str, lang: str) -> list[str]:
    return [str(m.value) for m in find_dates(text, lang=lang, ref=REF)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The festival was held in 2019 and 2021.", "en", ["2019", "2021"]),
        ("the years 2019 and 2021 were hard", "en", ["2019", "2021"]),
        ("Lễ hội được tổ chức vào năm 2019 và 2021.", "vi", ["2019", "2021"]),
    ],
)
def test_two_years_joined_by_and_are_two_dates(text: str, lang: str, expected: list[str]) -> None:
    assert _values(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("between 2019 and 2021", "en", ["2019/2021"]),
        ("between May 5 and May 9, 2024", "en", ["2024-05-05/2024-05-09"]),
        ("from 2019 to 2021", "en", ["2019/2021"]),
        ("từ năm 2019 đến 2021", "vi", ["2019/2021"]),
    ],
)
def test_between_and_ranges_stay_spans(text: str, lang: str, expected: list[str]) -> None:
    assert _values(text, lang) == expected
