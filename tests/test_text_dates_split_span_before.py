"""A span whose verbs stand before each end ("begins on July 1, 2019 and continues through
June 30, 2020", "khai mạc vào ngày 1/7/2019 và bế mạc vào ngày 5/7/2019"): one span, when a
start word stands before the first end and only an "and <end verb>" phrase between the two
(data ``range_start_before`` / ``range_end_before``). Literal cases."""

from __future__ import annotations

import pytest

from citydiplo import PartialDate, find_dates, parse_date

REF = PartialDate("2019-06-02")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The fiscal year begins on July 1, 2019 and continues through June 30, 2020.",
            "en",
            "2019-07-01/2020-06-30",
        ),
        (
            "The exhibition opens on May 3, 2024 and closes on May 20, 2024.",
            "en",
            "2024-05-03/2024-05-20",
        ),
        (
            "The festival starts on 3 May 2024 and ends on 20 May 2024.",
            "en",
            "2024-05-03/2024-05-20",
        ),
        (
            "Lễ hội khai mạc vào ngày 1/7/2019 và bế mạc vào ngày 5/7/2019.",
            "vi",
            "2019-07-01/2019-07-05",
        ),
        (
            "Công trình khởi công ngày 1/7/2019 và hoàn thành ngày 30/6/2020.",
            "vi",
            "2019-07-01/2020-06-30",
        ),
    ],
)
def test_verbs_before_each_end_make_one_span(text: str, lang: str, expected: str) -> None:
    assert str(parse_date(text, lang=lang)) == expected
    assert [str(m.value) for m in find_dates(text, lang=lang, ref=REF)] == [expected]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # no start word before the first: a signing and an end, two dates
        (
            "The deal was signed on May 3, 2019 and ends on May 3, 2024.",
            "en",
            ["2019-05-03", "2024-05-03"],
        ),
        (
            "He was born on May 3, 1950 and died on May 20, 2020.",
            "en",
            ["1950-05-03", "2020-05-20"],
        ),
        # more than the phrase between the ends
        (
            "It begins on May 3, 2024 and the council meets again on May 20, 2024.",
            "en",
            ["2024-05-03", "2024-05-20"],
        ),
    ],
)
def test_other_clauses_stay_two_dates(text: str, lang: str, expected: list[str]) -> None:
    assert [str(m.value) for m in find_dates(text, lang=lang, ref=REF)] == expected


def test_a_span_running_backwards_is_no_span() -> None:
    text = "It began on May 3, 2024 and ended on April 20, 2024."
    assert all("/" not in str(m.value) for m in find_dates(text, lang="en", ref=REF))
