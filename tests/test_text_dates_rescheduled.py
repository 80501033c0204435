"""A date moved is two dates, no span (``_text/_rescheduled.py``): the old day and the new one.

Literal cases, one per language with a word of ``reschedule_words`` before or after a span,
and controls: a span with no such word, and "rescheduled for" a span (the new span).
"""

from __future__ import annotations

import pytest

from citydiplo import PartialDate, find_dates

REF = PartialDate("2021-05-25")


def _found(text: str, lang: str) -> list[tuple[str, str]]:
    return [(m.text, str(m.value)) for m in find_dates(text, lang=lang, ref=REF)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The meeting was postponed from May 31 to June 20.",
         [("May 31", "2021-05-31"), ("June 20", "2021-06-20")]),
        ("en", "The festival has been moved from June 5 to June 12.",
         [("June 5", "2021-06-05"), ("June 12", "2021-06-12")]),
        ("ja", "開催日を6月5日から6月12日に変更しました。",
         [("6月5日", "2021-06-05"), ("6月12日", "2021-06-12")]),
        ("ko", "행사가 6월 5일에서 6월 12일로 연기됐다.",
         [("6월 5일", "2021-06-05"), ("6월 12일", "2021-06-12")]),
        ("he", "האירוע נדחה מ-5 ביוני ל-12 ביוני",
         [("5 ביוני", "2021-06-05"), ("12 ביוני", "2021-06-12")]),
        # a day alone borrowed its month from the other end: dropped, never guessed
        # (bench/date_articles24a/ja_1: "期限を来週31日から来月20日まで延長")
        ("ja", "期限を来週31日から来月20日まで延長します。", [("来月20日", "2021-06-20")]),
    ],
)
def test_a_moved_date_is_two_dates(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The exhibition runs from May 31 to June 20.",
         [("May 31 to June 20", "2021-05-31/2021-06-20")]),
        # bench/date_blind15a: "rescheduled for" a span names the new span
        ("en", "The work will now be rescheduled for Tuesday, April 10th to Thursday, "
               "April 12th, 2018.",
         [("Tuesday, April 10th to Thursday, April 12th, 2018", "2018-04-10/2018-04-12")]),
        ("ja", "6月5日から6月12日まで開催します。",
         [("6月5日から6月12日", "2021-06-05/2021-06-12")]),
    ],
)
def test_a_span_stays_one_without_a_word_of_moving(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text, lang) == expected
