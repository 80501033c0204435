"""A year in the citation of an Israeli law: "לחוק הרשויות המקומיות תשל"ה- 1975", "חוק
התכנון והבנייה, התשכ״ה–1965".

A law or a regulation is named with the Hebrew year of its passing and the Gregorian year
after a hyphen; that year is part of the name, not a date the text states (the sentence
"appointed under section 15 of the Local Authorities Law 5735-1975" happens decades later).
The Gregorian year is read as no date when a Hebrew year in letters and a hyphen stand right
before it and a word of the language's ``law_name_heads`` (data: law, regulations, ordinance)
opens the name a few words earlier; a bracketed part of the name between them is skipped ("לחוק
עזר למודיעין- מכבים-רעות (שמירת איכות הסביבה, …) ,התש"נו- 1996": the by-law's subtitle).

>>> from citydiplo import find_dates
>>> find_dates('מינוי לפי סעיף 15 לחוק הרשויות המקומיות תשל"ה- 1975.', lang="he")
[]
>>> text = 'באוקטובר 2013 לפי חוק עזר (שמירת הסדר, מניעת מפגעים) ,התש"נו- 1996'
>>> [str(m.value) for m in find_dates(text, lang="he")]
['2013-10']
>>> [str(m.value) for m in find_dates("בשנת 1975 נבנה האולם", lang="he")]
['1975']
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar

__all__ = ["law_year"]

# a Hebrew year in letters (with its geresh marks), then a hyphen, right before the figures
_HEBREW_YEAR_DASH = re.compile(
    r"[\u05d0-\u05ea]+[\"\u05f4'\u05f3][\u05d0-\u05ea]{1,2}\s*[-\u2013\u05be]\s*$"
)
_PREFIX_LETTERS = "ובלהמש"
_BRACKETED = re.compile(r"\([^()]*\)")  # a name's bracketed subtitle


def law_year(folded: str, start: int, g: Grammar) -> bool:
    """Whether the year at ``start`` ends the citation of a law ("…חוק … תשל"ה-1975")."""
    heads = g.vocab.lists.get("law_name_heads")
    if not heads:
        return False
    before = folded[max(0, start - 16) : start]
    m = _HEBREW_YEAR_DASH.search(before)
    if m is None:
        return False
    name = folded[max(0, start - 240) : start - len(before) + m.start()]
    words = _BRACKETED.sub(" ", name).split()
    return any(w.lstrip("(").lstrip(_PREFIX_LETTERS) in heads or w in heads for w in words[-6:])
