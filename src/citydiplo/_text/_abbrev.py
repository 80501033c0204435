"""Short month names standing alone: an abbreviation is read as a month only with its mark.

CLDR's abbreviated month names ("Jan", "Mar", Hebrew "ינו׳") are also, without their mark,
ordinary words: the name Jan, "Mar del Plata", Hebrew "בינו" (between him) and "הינו" (is).
Next to a day or a year the date around them says they are months; standing alone ("in Jan",
"בינו׳") only the abbreviation's mark does. In a language whose data sets
``short_months_need_mark`` (English; Hebrew, whose one-letter prefixes make "ינו" of "שינו",
"מינו"), a bare month whose name CLDR gives only in the abbreviated width (not as a wide name,
nor as an alias in the language's data) is read only when the text writes its mark (".",
"׳", "'", "॰") right after it, or when the name is the whole text (a field holding "Mar").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from citydiplo._text._lexicon import load_data
from citydiplo._text._numerals import fold_word

__all__ = ["MARKS", "short_only", "unmarked_short_month"]

MARKS = ".॰׳'’"
_WORDS = re.compile(r"[^\W\d_]{2,}|\d")  # a word or a figure beside the name


@functools.cache
def short_only(lang: str) -> frozenset[str]:
    """Folded month names of ``lang`` that CLDR gives only as abbreviations, with and
    without their mark ("jan", "ינו׳", "ינו"), minus every wide name and data alias."""
    from babel.dates import get_month_names  # Babel's locale data load only on first use

    wide: set[str] = set()
    short: set[str] = set()
    for context in ("format", "stand-alone"):
        for name in get_month_names("wide", context, lang).values():
            wide.add(fold_word(name))
        for name in get_month_names("abbreviated", context, lang).values():
            key = fold_word(name)
            short.update({key, key.rstrip(MARKS)})
    for aliases in load_data(lang).get("month_aliases", {}).values():
        wide.update(fold_word(a) for a in aliases)
    return frozenset(short - wide)


def unmarked_short_month(
    name: str, langs: Sequence[str], original: str, where: Sequence[int], end: int
) -> bool:
    """Whether the bare month ``name`` (folded, ending at folded offset ``end``) is an
    abbreviation written without its mark."""
    if name[-1:] in MARKS or not any(
        load_data(lang).get("short_months_need_mark") and name in short_only(lang) for lang in langs
    ):
        return False  # "ינו׳", "мар.": the mark is part of the name read
    after = where[end - 1] + 1
    if original[after : after + 1] in tuple(MARKS):
        return False
    # a text that is nothing but the name ("Mar" given to parse_date) names the month
    before = where[end - len(name)] if end >= len(name) else 0
    return bool(_WORDS.search(original, 0, before) or _WORDS.search(original, after))
