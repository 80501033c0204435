"""A span from a full date to a year alone ("5 March 2020 to 2021") is that range.

It was joined as a range and then read as a span of days, whose later end has a day: the
year alone had none, and ``parse_date`` and ``find_dates`` failed with a ``KeyError``.
"""

from __future__ import annotations

import pytest

from citydiplo import PartialDate, find_dates, parse_date

REF = PartialDate("2024-03-15")


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("5 March 2020 to 2021", "en", "2020-03-05/2021"),
        ("from 5 March 2020 to 2021", "en", "2020-03-05/2021"),
        ("March 5, 2020 - 2022", "en", "2020-03-05/2022"),
        ("5 марта 2020 года - 2021 год", "ru", "2020-03-05/2021"),
        ("2020年3月5日至2021年", "zh", "2020-03-05/2021"),
    ],
)
def test_a_date_to_a_year_is_a_range(text: str, lang: str, value: str) -> None:
    assert str(parse_date(text, lang=lang, ref=REF)) == value
    (mention,) = find_dates(text, lang=lang, ref=REF)
    assert str(mention.value) == value and mention.text == text.strip()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("5 March 2020 to 7 March 2020", "2020-03-05/2020-03-07"),  # two full dates
        ("5 to 7 March 2020", "2020-03-05/2020-03-07"),  # a span of days
        ("30 March to 2 April 2020", "2020-03-30/2020-04-02"),  # across months
    ],
)
def test_spans_of_days_are_read_as_before(text: str, value: str) -> None:
    assert str(parse_date(text, lang="en")) == value
