"""Every date scanner runs in time linear in its input (issue 11, item 9).

Each pathological input is timed at two sizes ten times apart; a linear scanner takes about
ten times as long on the larger one, a quadratic one a hundred times. Generous bounds, no
absolute times: the ratio must stay under 45 (the machine is shared, so times are noisy; a
quadratic scanner gives about 100).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable

import pytest

from citydiplo import DateParseError, PartialDate, find_dates, parse_date

REF = PartialDate("2025-06-12")

# (language or None, repeated unit): runs of Han numerals, digits, separators, month names,
# relative phrases, day suffixes and number words, the shapes that make patterns backtrack.
PATHOLOGICAL = [
    (None, "一"),
    ("zh", "一十"),
    ("zh", "二〇二五"),
    (None, "2"),
    (None, "1 "),
    (None, "2025-"),
    (None, "1/"),
    (None, "1."),
    (None, "12-"),
    ("en", "March "),
    ("en", "3 days "),
    ("en", "twenty "),
    ("en", "Thursday "),
    ("en", "the same year of "),
    ("ko", "일"),
    ("ko", "15일 "),
    ("ja", "日"),
    ("ja", "3日("),
    ("ru", "двадцать "),
    ("vi", "tháng "),
    ("he", "ב"),
    ("fa", "۱"),
    ("fa", "بیست و "),
    ("hi", "सात "),
]


def _per_call(fn: Callable[[], object]) -> float:
    """Seconds per call: calls repeated until 20 ms have passed (tiny times are all noise),
    best of three such runs."""
    best = float("inf")
    for _ in range(3):
        calls, start = 0, time.perf_counter()
        while True:
            fn()
            calls += 1
            elapsed = time.perf_counter() - start
            if elapsed >= 0.02:
                break
        best = min(best, elapsed / calls)
    return best


def _ratio(fn: Callable[[str], object], unit: str, small: int) -> float:
    fn(unit * 8)  # build the language's grammar outside the timing
    texts = [(unit * (size // len(unit) + 1))[:size] for size in (small, small * 10)]
    t_small, t_large = (_per_call(lambda t=t: fn(t)) for t in texts)
    return t_large / t_small


@pytest.mark.parametrize(("lang", "unit"), PATHOLOGICAL)
def test_find_dates_is_linear(lang: str | None, unit: str) -> None:
    ratio = _ratio(lambda t: find_dates(t, lang=lang, ref=REF), unit, 10_000)
    assert ratio < 45, f"find_dates on {unit!r} * n: 10x the text took {ratio:.0f}x the time"


def _parse(text: str, lang: str | None) -> None:
    with contextlib.suppress(DateParseError):
        parse_date(text, lang=lang, ref=REF)


@pytest.mark.parametrize(("lang", "unit"), PATHOLOGICAL)
def test_parse_date_is_linear(lang: str | None, unit: str) -> None:
    # parse_date refuses text over 1000 characters at once; below that it must be linear
    ratio = _ratio(lambda t: _parse(t, lang), unit, 100)
    assert ratio < 45, f"parse_date on {unit!r} * n: 10x the text took {ratio:.0f}x the time"
    started = time.perf_counter()
    _parse(unit * 100_000, lang)
    assert time.perf_counter() - started < 0.5  # refused by length, not scanned
