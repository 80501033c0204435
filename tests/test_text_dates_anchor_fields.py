"""A mention's ``anchor`` is set exactly when its value was resolved against something:
``ref`` (``REF``) or another mention (``ANCHOR``, with that mention's span). A date read
from its own text (``ABSOLUTE``) names no anchor, even after another date of the sentence."""

from __future__ import annotations

import datetime

import pytest

from citydiplo import DateResolution, find_dates, parse_date

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


LISTED = [
    ("Делегация приехала 16 и 19 мая 2025 года.", "ru"),
    ("They met on May 16 and 19, 2025.", "en"),
    ("They met on May 16 and 19.", "en"),
    ("Talks on May 18 and June 2, 2025.", "en"),
    ("ngày 16 và 19/8/2025", "vi"),
    ("15 व 17 नवंबर 2024 को", "hi"),
    ("会谈于5月16日和19日举行。", "zh"),
    ("5月16日と19日に開かれた。", "ja"),
]


@pytest.mark.parametrize(("text", "lang"), LISTED)
def test_a_listed_day_says_whose_month_it_took(text: str, lang: str) -> None:
    """Each day of a list is a date; one that takes its month or year from another names
    that other as its anchor, and a mention resolved without one reads alone as it does
    in the list (the law of issue 12: ``parse_date`` on its text, with the same ``ref``)."""
    mentions = find_dates(text, lang=lang, ref=REF)
    assert len(mentions) == 2
    for m in mentions:
        if m.resolution is DateResolution.ANCHOR:
            assert m.anchor_span is not None
            other = next(o for o in mentions if (o.start, o.end) == m.anchor_span)
            assert other is not m
        else:
            assert parse_date(m.text, lang=lang, ref=REF) == m.value, m
