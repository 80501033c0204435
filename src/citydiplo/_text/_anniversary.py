"""``anniversary_base``: the year an anniversary counts from, asked for explicitly.

"자매결연 20주년" (the 20th anniversary of the sister-city tie) beside an event of 2025 says
the tie dates from 2005, but only if the anniversary is held in the year of that event. That
is an inference, not a date the text states, so :func:`~citydiplo.find_dates` never makes
it; a caller who accepts the inference asks for it here, naming the date of the event.
"""

from __future__ import annotations

import datetime
import functools
import re

from citydiplo._errors import ArgumentTypeError, DateParseError
from citydiplo._text._find import _as_partial, _languages
from citydiplo._text._lexicon import load_data
from citydiplo._text._numerals import fold, fold_word
from citydiplo._text._vocab import vocabulary
from citydiplo.dates import PartialDate

__all__ = ["anniversary_base"]


@functools.cache
def _patterns(langs: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """One pattern per anniversary shape of the data files ("{0}주년", "{0}th anniversary")."""
    counts = vocabulary(langs).counts
    words = "|".join(re.escape(w) for w in sorted(counts, key=lambda w: (-len(w), w)))
    number = rf"(?P<n>\d{{1,3}}(?!\d){'|' + words if words else ''})"
    shapes = set()
    for lang in langs:
        for pattern in load_data(lang).get("anniversary_patterns", []):
            before, _, after = pattern.partition("{0}")
            shapes.add(
                (re.escape(fold_word(before)) + " ?" if before.strip() else "")
                + number
                + (" ?" + re.escape(fold_word(after)) if after.strip() else "")
            )
    # not inside a word or number; CJK and Hangul run into the count ("友好城市50周年")
    start = r"(?<![^\W\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])(?<![\d.])"
    return tuple(re.compile(start + shape) for shape in sorted(shapes))


def anniversary_base(
    text: str, *, on: PartialDate | datetime.date, lang: str | None = None
) -> PartialDate:
    """The year an anniversary in ``text`` counts from, if it is held in the year of ``on``.

    Args:
        text: the phrase or sentence with one anniversary ("자매결연 20주년", "50周年").
        on: the date of the event that marks the anniversary.
        lang: ISO 639-1 code; ``None`` guesses from the script.

    Raises:
        DateParseError: no anniversary in ``text``, or several with different counts.

    >>> anniversary_base("자매결연 20주년 기념 방문", on=PartialDate("2025-05-10"))
    PartialDate("2005")
    >>> anniversary_base("the 50th anniversary of the partnership", on=datetime.date(2024, 6, 1))
    PartialDate("1974")
    """
    if not isinstance(text, str):
        raise ArgumentTypeError(f"anniversary_base() takes a str, not {type(text).__name__}")
    base = _as_partial(on, "on")
    if base is None:
        raise ArgumentTypeError("anniversary_base() needs on= (the date of the event)")
    langs = _languages(text, lang)
    folded, _ = fold(text)
    counts = vocabulary(langs).counts
    found = {
        int(m["n"]) if m["n"].isdigit() else counts[m["n"]]
        for pattern in _patterns(langs)
        for m in pattern.finditer(folded)
    }
    if not found:
        raise DateParseError(f"no anniversary found in {text!r}", text=text)
    if len(found) > 1:
        raise DateParseError(
            f"several anniversaries in {text!r} ({', '.join(map(str, sorted(found)))}); "
            "expected one",
            text=text,
        )
    (years,) = found
    if not 1 <= base.year - years <= 9999:
        raise DateParseError(f"{text!r}: a {years}th anniversary in {base.year} is no year")
    return PartialDate(year=base.year - years)
