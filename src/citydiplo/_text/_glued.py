"""Dates glued to the words around them: "25_April_2008", "Pacts2013-11-08T15:58:49+00:00",
"अहमदाबादJan 23, 2020" (a byline's place run into its date).

The grammar reads a date only where no letter touches it, so such a date is not found. When a
text holds no date at all, it is read again from each point where a date may have been glued:
underscores read as spaces, and the text cut where a digit follows a letter or where Latin
letters follow another script. Only a full date (year, month and day) starting right at that
point, or crossing an underscore, is taken: "IMG_2008", "COVID19" and "G20" stay unread, since
a year or a number alone could be part of a name or a code.

A day in figures glued to a letter of another script before it, with its month's name and year
after ("مهربانی ها6 مهر 1402": a headline run into its date; "Москва25 мая 2010") is read the
same way, even where the grammar read the month and year beside it: the day, month and year
are the date the text states, and the month alone would drop the day.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

    Atoms = Callable[[str, str, Sequence[int], Grammar], list[Candidate]]

__all__ = ["glued_dates", "may_be_glued", "with_glued"]

# a full date in figures, to be glued to a letter before it ("Pacts2013-11-08",
# "Москва25.05.2010"), and a letter of another script right before a Latin word ("अहमदाबादJan")
# (ASCII digits, as folded; a leading character class keeps the search cheap: this runs on
# every text in which nothing else was found. Hence the first figure apart: a pattern that
# starts with a class is searched for that class in C, one that starts with a repeat, or
# with an alternation of classes, is tried at every position)
_FIGURES = re.compile(r"[0-9][0-9]{0,3}[-/.][0-9]{1,2}[-/.][0-9]{2}")
_SCRIPT_CHANGE = re.compile(r"[\u0400-\u052f\u0590-\u06ff\u0900-\u0dff](?=[a-z]{3})")
# Han, kana and Hangul run into dates anyway: a date after them is not glued
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# a day of one or two figures glued to a letter of Cyrillic, Hebrew, Arabic or Indic script, a
# space and a word after it (its month's name)
_DAY_GLUED = re.compile(r"[\u0400-\u052f\u0590-\u06ff\u0900-\u0dff][0-9]{1,2}(?= [^\W\d])")
_FULL_DAY = frozenset({"ymd", "dmy", "mdy", "ymd_num", "dmy_num", "h_dmy"})
_MAX_POINTS = 4


def may_be_glued(folded: str) -> bool:
    """Whether ``folded`` has an underscore or a point where a date may be glued."""
    if "_" in folded:
        return True
    # (two searches for a class each: cheaper than one for the alternation of both)
    if _FIGURES.search(folded) is None and _SCRIPT_CHANGE.search(folded) is None:
        return False
    return bool(_points(folded))


def _points(folded: str) -> list[int]:
    points = [
        m.start()
        for m in _FIGURES.finditer(folded)
        if m.start() and _letter(folded[m.start() - 1]) and not _CJK.match(folded, m.start() - 1)
    ]
    points += [m.end() for m in _SCRIPT_CHANGE.finditer(folded)]
    return sorted(points)[:_MAX_POINTS]


def with_glued(
    atoms: list[Candidate],
    folded: str,
    original: str,
    where: Sequence[int],
    g: Grammar,
    read: Atoms,
) -> tuple[list[Candidate], bool]:
    """``atoms`` with the full dates glued to other words, and whether those are all the text
    holds. They are looked for where the grammar found nothing, or weekdays alone: "સભા
    તા12/01/2023 ગુરુવારના રોજ" (the abbreviation of "date" run into it) is no Thursday after
    ``ref`` but 12 January 2023, a Thursday."""
    atoms = _with_glued_days(atoms, folded, original, where, g, read)
    for a in atoms:  # (a loop, not ``any``: it runs on every text, most of one or two atoms)
        if a.kind != "wd":
            return atoms, False
    if not may_be_glued(folded):
        return atoms, False
    if not atoms:
        return glued_dates(folded, original, where, g, read), True
    glued = glued_dates(folded, original, where, g, read)
    glued = [c for c in glued if not any(a.start < c.end and c.start < a.end for a in atoms)]
    return sorted([*atoms, *glued]), False


def _with_glued_days(
    atoms: list[Candidate],
    folded: str,
    original: str,
    where: Sequence[int],
    g: Grammar,
    read: Atoms,
) -> list[Candidate]:
    """``atoms`` with the full dates whose day is glued to a word before it ("ها6 مهر 1402"),
    in place of the atoms they hold (the month and year read without the day)."""
    if folded.isascii() or _DAY_GLUED.search(folded) is None:
        return atoms  # (no letter of those scripts, or none with a day glued: the common text)
    days: list[Candidate] = []
    for m in list(_DAY_GLUED.finditer(folded))[:_MAX_POINTS]:
        p = m.start() + 1
        if not folded[m.start()].isalpha() or any(a.start <= p < a.end for a in atoms):
            continue  # a mark ("׳9"), or a day the grammar read
        found = read(folded[p:], original, where[p:], g)
        if found and found[0].start == 0 and _full(found[0]):
            days.append(found[0]._replace(start=p, end=found[0].end + p))
    if not days:
        return atoms
    kept = [a for a in atoms if not any(d.start <= a.start and a.end <= d.end for d in days)]
    return sorted([*kept, *days])


def glued_dates(
    folded: str, original: str, where: Sequence[int], g: Grammar, atoms: Atoms
) -> list[Candidate]:
    """The full dates glued to other words in ``folded`` (a text in which the grammar found
    none), as candidates over ``folded``: at most one per point."""
    spaced = folded.replace("_", " ")
    out: list[Candidate] = []
    if "_" in folded:
        for c in atoms(spaced, original, where, g):
            if _full(c) and "_" in folded[max(0, c.start - 1) : c.end]:
                out.append(c)
    for p in _points(folded):
        if any(c.start <= p < c.end for c in out):
            continue
        found = atoms(spaced[p:], original, where[p:], g)
        if found and found[0].start == 0 and _full(found[0]):
            out.append(found[0]._replace(start=p, end=found[0].end + p))
    return sorted(out)


def _letter(ch: str) -> bool:
    """A letter, or a vowel sign that ends a word of an Indic script ("તા" of "તા12/01/2023")."""
    return ch.isalpha() or unicodedata.category(ch)[0] == "M"


def _full(c: Candidate) -> bool:
    return c.kind in _FULL_DAY and c.low is None and "d" in c.fields and "y" in c.fields
