"""A dateline's day and "today" later in the same text: "जगदलपुर, 03 मार्च शहर के … महापौर ने
आज … शुभारंभ किया" (Jagdalpur, 3 March: the mayor today began …).

Hindi and Gujarati news open with the place and the day of the report, then tell what
happened "today" (आज, આજે): the two name one day. With ``ref``, each resolves and they are
checked as any two mentions are. Without it, "today" cannot be resolved, and the day the
dateline states outright is the answer, as for "today, 27 June" side by side. Only a day
with its month right after a place and a comma that open the text counts as a dateline;
only a word whose one reading is "this day" counts as "today".

>>> from citydiplo import parse_date
>>> str(parse_date("जगदलपुर, 03 मार्च शहर के नवनिर्वाचित महापौर ने आज शुभारंभ किया.", lang="hi"))
'XXXX-03-03'
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from citydiplo._text._relative import Unresolved
from citydiplo._text._resolve import resolve

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate
    from citydiplo.dates import PartialDate, RecordDate

__all__ = ["dateline_day"]

# a place of one to three words, then a comma, opening the text
_DATELINE = re.compile(r"\s*[^\s\d,.:\u0964]+(?: [^\s\d,.:\u0964]+){0,2} ?, ?")
_DAY_KINDS = frozenset({"dm", "dmy"})


def _today(c: Candidate, g: Grammar) -> bool:
    readings = g.vocab.phrases.get(c.fields.get("ph", ""), frozenset())
    return (
        c.kind == "phrase"
        and len(readings) == 1
        and all(r.kind == "offset" and r.unit == "day" and r.n == 0 for r in readings)
    )


def dateline_day(
    candidates: list[Candidate], folded: str, g: Grammar, text: str, ref: PartialDate | None
) -> RecordDate | None:
    """The dateline's day, when ``candidates`` are a dateline's day and "today" and no
    ``ref`` (nor anchor) was given; else ``None``."""
    if ref is not None or len(candidates) != 2 or not {"hi", "gu"} & set(g.langs):
        return None
    day, today = candidates
    if day.kind not in _DAY_KINDS or "d" not in day.fields or not _today(today, g):
        return None
    if _DATELINE.fullmatch(folded, 0, day.start) is None:
        return None
    try:
        return resolve(day, g, None, None, repr(text))[0]
    except Unresolved:
        return None
