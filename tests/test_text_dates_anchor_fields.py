"""A mention's ``anchor`` is set exactly when its value was resolved against something:
``ref`` (``REF``) or another mention (``ANCHOR``, with that mention's span). A date read
from its own text (``ABSOLUTE``) names no anchor, even after another date of the sentence."""

from __future__ import annotations

import datetime

import pytest

from citydiplo import DateResolution, find_dates

REF = datetime.date(2025, 6, 1)

CASES = [
    ("Встреча 10 мая, затем 19 мая 2025 года.", "ru"),
    ("The delegation came on May 10, and the treaty was signed on 19 May 2025.", "en"),
    ("224237 2000May 2030", "en"),
    ("2024년 3월 5일 방문했고 2025년 4월 1일 협약을 맺었다.", "ko"),
    ("2월 1일에 도착해 2일 떠났다.", "ko"),
]


@pytest.mark.parametrize(("text", "lang"), CASES)
def test_anchor_only_where_resolved_against_one(text: str, lang: str) -> None:
    mentions = find_dates(text, lang=lang, ref=REF)
    assert mentions
    for m in mentions:
        assert (m.resolution is DateResolution.ABSOLUTE) == (m.anchor is None), m
        assert (m.resolution is DateResolution.ANCHOR) == (m.anchor_span is not None), m
        assert m.relative == (m.resolution is not DateResolution.ABSOLUTE), m


def test_a_stated_date_after_another_is_absolute() -> None:
    first, second = find_dates("Встреча 10 мая, затем 19 мая 2025 года.", lang="ru", ref=REF)
    assert (str(first.value), first.resolution) == ("2025-05-10", DateResolution.REF)
    assert str(second.value) == "2025-05-19"
    assert second.resolution is DateResolution.ABSOLUTE
    assert second.anchor is None
