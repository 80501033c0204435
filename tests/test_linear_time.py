"""Every public text function runs in time linear in its input, on inputs made to hurt it.

Each case is one function and one pathological input family, built at 10,000 and 100,000
characters. A linear function takes about ten times as long on the larger input; a quadratic
one (backtracking regular expressions, slicing in a loop over the input, a scan of earlier
matches for each match) takes about a hundred times as long. The bound is generous: cache
effects and a busy machine push a linear ratio past 10, so the ratio must stay under
:data:`BOUND`. Times are the best of several runs (``time.perf_counter``), the small input
is timed in batches as long as one large call, the two sizes alternate, and a measurement
over the bound is taken again before the test fails, so that another process stealing the
CPU does not fail it. No absolute time is asserted.

To cover another scanner, add one line to :data:`CASES`.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from typing import Any

import pytest

import citydiplo as cd

SMALL, LARGE = 10_000, 100_000
BOUND = 25.0  # linear: about 10; quadratic: about 100
ATTEMPTS = 3
RUNS = 3

Case = tuple[str, Callable[[str], Any], Callable[[int], str]]


def find_places_ko(text: str) -> Any:
    """``find_places`` in Korean, whose readers of names spelt in Hangul try each word."""
    return cd.find_places(text, lang="ko")


CASES: list[Case] = [
    # (what, function, input of about n characters)
    # Hindi spellings of Latin letters: a code of long letter names (W), of short ones (A, H)
    ("devanagari code", cd.parse_document_number, lambda n: "1-" + "डब्ल्यू" * (n // 7) + "/टीयू"),
    ("devanagari code", cd.find_document_numbers, lambda n: "1-" + "डब्ल्यू" * (n // 7) + "/टीयू"),
    ("one-letter names", cd.parse_document_number, lambda n: "1-" + "ए" * n + "/टीयू"),
    ("two-letter names", cd.find_document_numbers, lambda n: "1-" + "एच" * (n // 2) + "/टीयू"),
    # a coded number with a generic reference inside, n // 15 times
    ("many numbers", cd.find_document_numbers, lambda n: "No. 1 59-NQ/TW " * (n // 15)),
    ("code without issuer", cd.find_document_numbers, lambda n: "1-" + "A" * n),
    ("state code without issuer", cd.find_document_numbers, lambda n: "1/" + "A" * n),
    ("titles without numbers", cd.find_document_numbers, lambda n: "Resolution " * (n // 11)),
    ("No. then spaces", cd.find_document_numbers, lambda n: "No." + " " * n),
    ("digits and hyphens", cd.find_document_numbers, lambda n: "1-" * (n // 2)),
    ("long code", cd.parse_document_number, lambda n: "số 1-" + "A" * n + "/TW"),
    ("digits", cd.parse_edtf, lambda n: "1" * n),
    ("repeated years", cd.parse_edtf, lambda n: "2024-" * (n // 5)),
    ("ranges", cd.parse_edtf, lambda n: "2024/" * (n // 5)),
    ("one letter", cd.resolve_country, lambda n: "a" * n),
    ("repeated name", cd.resolve_country, lambda n: "Korea " * (n // 6)),
    ("parentheses", cd.resolve_country, lambda n: "(" * (n // 2) + "Korea" + ")" * (n // 2)),
    ("one letter", cd.resolve_subdivision, lambda n: "a" * n),
    ("repeated name", cd.resolve_subdivision, lambda n: "Gyeonggi " * (n // 9)),
    ("one letter", cd.parse_place, lambda n: "a" * n),
    ("commas", cd.parse_place, lambda n: "Seoul, " * (n // 7)),
    # one word of names with generic words and no space: the readers of Chinese, Japanese
    # and Vietnamese names in Hangul sliced the whole word at each of its possible ends
    ("city names, no spaces", find_places_ko, lambda n: "하남시" * (n // 3)),
    ("Chinese readings, no spaces", find_places_ko, lambda n: "지주시" * (n // 3)),
    ("Japanese readings, no spaces", find_places_ko, lambda n: "시즈오카현" * (n // 5)),
    ("Vietnamese readings, no spaces", find_places_ko, lambda n: "동나이성" * (n // 4)),
]


def _run(function: Callable[[str], Any], text: str, times: int = 1) -> float:
    start = time.perf_counter()
    for _ in range(times):
        with contextlib.suppress(cd.CitydiploError):  # refusing is fine; the time counts
            function(text)
    return time.perf_counter() - start


def _ratio(function: Callable[[str], Any], make: Callable[[int], str]) -> float:
    """Time on the large input over time on the small one (best runs of each)."""
    small, large = make(SMALL), make(LARGE)
    _run(function, make(100))  # load lazy tables outside the measurement
    # The small input is timed as a batch that reads as many characters as the large one,
    # so both timings last about as long and other processes interrupt them alike (a call
    # of a millisecond is rarely interrupted, one of fifty almost always is).
    batch = LARGE // SMALL
    best_small = best_large = float("inf")
    for _ in range(RUNS):
        best_small = min(best_small, _run(function, small, batch) / batch)
        best_large = min(best_large, _run(function, large))
    return best_large / max(best_small, 1e-9)


@pytest.mark.parametrize(
    ("what", "function", "make"),
    CASES,
    ids=[f"{function.__name__}: {what}" for what, function, _ in CASES],
)
def test_time_grows_linearly_with_the_input(
    what: str, function: Callable[[str], Any], make: Callable[[int], str]
) -> None:
    for size in (SMALL, LARGE):
        assert size // 2 <= len(make(size)) <= size * 2, "the input is not of the size stated"
    ratios = []
    for _ in range(ATTEMPTS):
        ratios.append(_ratio(function, make))
        if ratios[-1] <= BOUND:
            return
    pytest.fail(
        f"{function.__name__} on {what}: {LARGE:,} characters take "
        f"{', '.join(f'{r:.0f}' for r in ratios)} times as long as {SMALL:,} "
        f"(expected at most {BOUND:.0f}, about 10 when linear)"
    )
