"""Dates that anchor a counted offset: "через неделю после 5 марта 2020 года" (a week after
5 March 2020), "2020년 3월 5일 이후 3일" (three days after), "2020年3月5日の3日後",
"2020年3月5日后三天", "5 मार्च 2020 के 3 दिन बाद".

The text states a day counted from a date it names. The grammar does not compute such an
offset, so neither part is read: the count alone would be counted from ``ref`` (the
publication date) and the day alone ("3일") would be a day of ``ref``'s month, and the anchor
alone would be a date the text does not mean. Three shapes, with the per-language words
``offset_links`` (what joins a count to its anchor: "после", "이후", "の", "后", "के") and
``offset_units`` (units counted after a link when the count is no expression of its own:
"天", "दिन"):

- a date, a link and a counted expression ("2020년 3월 5일 이후 3일", "…の3日後");
- a counted expression, a link and a date ("через неделю после 5 марта");
- a date, a link, a count and a unit ("2020年3月5日后三天", "…के 3 दिन बाद").

A link that also joins a span of days ("부터", "から") joins one when a day alone follows:
"5월 5일부터 7일까지" stays the span.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from citydiplo._text._words import alternation

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["anchored_offsets"]

_COUNTED = frozenset({"ago", "phrase"})
# (the kinds ``_relative.RELATIVE_KINDS`` resolves against ``ref``; that module imports the
# scanner, so they are named here)
RELATIVE_KINDS = frozenset({"ago", "phrase", "wd", "d_only"})
_TAILS: dict[tuple[str, ...], re.Pattern[str] | None] = {}


def _tail(g: Grammar) -> re.Pattern[str] | None:
    """A link, a count in figures (folded text has them) and a unit: "后3天", "के 3 दिन"."""
    if g.langs not in _TAILS:
        lists = g.vocab.lists
        links, units = lists.get("offset_links"), lists.get("offset_units")
        _TAILS[g.langs] = (
            re.compile(rf" ?(?:{alternation(links)}) ?\d{{1,3}} ?(?:{alternation(units)})")
            if links and units
            else None
        )
    return _TAILS[g.langs]


def _counts(c: Candidate, g: Grammar) -> bool:
    """Whether ``c`` counts units from a day ("3日後", "через неделю", "3일")."""
    if c.kind == "ago" or c.kind == "d_only":
        return True
    if c.kind != "phrase":
        return False
    return any(r.kind == "count" for r in g.vocab.phrases.get(c.fields.get("ph", ""), ()))


def anchored_offsets(atoms: list[Candidate], folded: str, g: Grammar) -> list[Candidate]:
    """``atoms`` without the dates that anchor a counted offset and without their counts."""
    links = g.vocab.lists.get("offset_links")
    if not links or not atoms:
        return atoms
    drop: set[int] = set()
    days = g.words["day_range_connectors"]
    for i in range(len(atoms) - 1):
        a, b = atoms[i], atoms[i + 1]
        if (a.kind in RELATIVE_KINDS) == (b.kind in RELATIVE_KINDS):
            continue
        gap = folded[a.end : b.start].strip(" ,")
        if a.kind not in RELATIVE_KINDS and _counts(b, g):
            # "2020년 3월 5일 이후 3일", "2020年3月5日の3日後"; never "5월 5일부터 7일까지"
            if gap in links and (b.kind != "d_only" or gap not in days):
                drop.update((i, i + 1))
        elif b.kind not in RELATIVE_KINDS and a.kind in _COUNTED and gap in links and _counts(a, g):
            drop.update((i, i + 1))  # "через неделю после 5 марта 2020 года"
    tail = _tail(g)
    if tail is not None and (m := tail.search(folded)) is not None:
        ends = {a.end: i for i, a in enumerate(atoms) if a.kind not in RELATIVE_KINDS}
        starts = [a.start for a in atoms]
        while m is not None:  # "2020年3月5日后三天": the anchor is left unread
            i = ends.get(m.start(), -1)
            # (a count the grammar reads itself is the end of a span: "5월 5일부터 7일까지")
            if i >= 0 and not any(m.start() < s < m.end() for s in starts):
                drop.add(i)
            m = tail.search(folded, m.end())
    return [a for i, a in enumerate(atoms) if i not in drop] if drop else atoms
