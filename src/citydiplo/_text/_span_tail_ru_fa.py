"""A full date whose span goes on to a day that is not read: "10.03.2013 – 12.03", "с
10.03.2013 по 12", "1392/1/10 تا 12 برگزار می‌شود", "10.03.2013 से 12 तक".

The text states a span from the date to the 12th; its first day alone (or an open range from
it) would be silently wrong. When a word or dash that joins the ends of a span and a bare day
(with its month in figures or not) follow a date with its day, month and year, and no date is
read from that day on, the date is left unread. A number that a counted noun or a counter
follows is a count, not a day ("10.03.2013 - 12 человек"), and figures before ":" a time
("- 12:00", "đến 12 giờ ngày 31-1-2022": 12 o'clock of the end's day), and a date read
right after the day leaves the span to the scan: the date stays. After a word that also opens
a range from a date (Hindi "से": from), the day must be followed by a word that closes the
span ("तक": until).

>>> from citydiplo import find_dates
>>> find_dates("Выставка пройдёт 10.03.2013 – 12.03 в парке", lang="ru")
[]
>>> find_dates("1392/1/10 تا 12 برگزار می‌شود", lang="fa")
[]
>>> [str(m.value) for m in find_dates("Открытие 10.03.2013 - 12:00", lang="ru")]
['2013-03-10']
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from citydiplo._text._count_nouns import counted_noun_follows
from citydiplo._text._next_word import next_word_in
from citydiplo._text._words import starts_with_word

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["without_unread_ends"]

_FULL_DATES = frozenset({"dmy_num", "dmy_num2", "ymd_num", "dmy", "mdy", "ymd", "h_dmy"})
# a dash or a short word, then a day (and a month) in figures that runs into nothing more
_TAIL = re.compile(
    r" ?(?P<j>[-–—~]|[^\s\d.,:;]{1,6}) ?(?P<d>[12]\d|3[01]|0?[1-9])(?:[./]\d{1,2})?(?![\d:./-])"
)

_GLUED_DAY = re.compile(r" ?(?P<j>)(?P<d>[12]\d|3[01]|0?[1-9])(?:[./]\d{1,2})?(?![\d:./-])")


def without_unread_ends(atoms: list[Candidate], folded: str, g: Grammar) -> list[Candidate]:
    """``atoms`` without each full date that starts a span whose end is a day not read."""
    joints: frozenset[str] | None = None
    out: list[Candidate] = []
    for i, a in enumerate(atoms):
        m = _TAIL.match(folded, a.end) if a.kind in _FULL_DATES else None
        glued = _GLUED_DAY.match(folded, a.end) if a.kind in _FULL_DATES else None
        if m is None and glued is not None:  # "10.03.2013થી 12 સુધી": the joint ends the date
            word = folded[max(a.start, a.end - 6) : a.end].lstrip("0123456789.")
            m = glued if word and word in g.words["day_range_connectors"] else None
        if m is not None:
            if joints is None:
                joints = g.words["range_connectors"] | g.words["day_range_connectors"]
            later = atoms[i + 1].start if i + 1 < len(atoms) else len(folded) + 25
            counters = g.vocab.lists.get("counters", frozenset())
            # "से" also opens a range ("1 जनवरी 2024 से 15 नए वार्ड": from 1 January, 15
            # new wards): after it, only a day that a word closing a span follows ("से 12 तक")
            closed = m.group("j") not in g.words["open_suffixes"] or starts_with_word(
                folded[m.end() :].lstrip(), g.words["range_suffixes"]
            )
            if (
                (m.group("j") in joints or m.re is _GLUED_DAY)
                and closed
                and later > m.end() + 24  # (no date right after: "đến 12 giờ ngày 31-1")
                and not next_word_in(folded, m.end(), counters)
                and not counted_noun_follows(folded, m.end(), g)
            ):
                continue  # the first end of a span whose last day is not read
        out.append(a)
    return out
