"""A day in Hebrew letters before a Gregorian month: "כ"ט בנובמבר 1947" is 29 November 1947.

Hebrew writes a day in letters with the gershayim or geresh of numerals ("כ"ט", "ה'") before a
month of the Gregorian calendar as it does before one of its own. Read without the day, the
month and year alone would be a coarser value than the text states (1947-11 for "כ"ט בנובמבר
1947"), so the day is read with them. A street named after such a date ("רחוב כ"ט בנובמבר": a
word of ``place_nouns_before`` before it) is no date, and its month is not read either.

>>> from citydiplo import parse_date
>>> str(parse_date('כ"ט בנובמבר 1947', lang="he"))
'1947-11-29'
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from citydiplo._text._hebcal import gematria
from citydiplo._text._words import ends_with_word

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["letter_days"]

_MARKS = "\"'\u05f3\u05f4\u2019\u201d"
# a day's numeral (1 to 31: tens, then units, "ט"ו" and "ט"ז" for 15 and 16), after a prefix
# letter perhaps ("בכ"ט"): gershayim before the last letter ("כ"ט"), or a geresh after one
# letter ("ה'") or after tens and units ("יד'"); never other letters ("ח"כ": a title)
_M = f"[{_MARKS}]"
_DAY = re.compile(
    rf"(?<![א-ת{_MARKS}])[בלמהו]?(?P<d>[יכל]{_M}[א-ט]|ט{_M}[וז]|[יכ][א-ט]{_M}|[א-טיכל]{_M}) $"
)


def letter_days(atoms: list[Candidate], folded: str, g: Grammar) -> list[Candidate]:
    """``atoms`` with each month (and year) that a day in Hebrew letters stands right before
    read as that day, and each such month that names a street left out."""
    if not any(ch in folded for ch in _MARKS):
        return atoms
    out: list[Candidate] = []
    before = g.vocab.lists.get("place_nouns_before", frozenset())
    for a in atoms:
        m = _DAY.search(folded, max(0, a.start - 5), a.start) if a.kind in ("m", "my") else None
        day = gematria(m.group("d")) if m is not None else 0
        if m is None or not 1 <= day <= 31:
            out.append(a)
            continue
        head = folded[max(0, m.start() - 24) : m.start()].rstrip(" -:")
        if ends_with_word(head, before):
            continue  # "רחוב כ"ט בנובמבר": a street's name
        kind = "dmy" if a.kind == "my" else "dm"
        out.append(a._replace(start=m.start(), kind=kind, fields={**a.fields, "d": str(day)}))
    return out
