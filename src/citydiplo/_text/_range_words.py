"""Words around the ends of a range that the scan joins: a postposition glued to a year
("2009થી"), an opening word before a range ("since", "来自"), an opening word that ends
inside a year's own word ("החל משנת 2009")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from citydiplo._text._range_gap import gap_without_time
from citydiplo._text._words import ends_with_word

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["GLUED_KINDS", "glued_word", "opened_through_year_word", "prefix"]


# the kinds whose text ends with their year, where a postposition may be glued to it (in
# words or in figures: "15/12/2026થી", from 15 December 2026, as "15/12/2026 થી")
GLUED_KINDS = frozenset({"y", "my", "ym", "dmy", "dmy_num", "dmy_num2", "ymd_num"})


def glued_word(folded: str, a: Candidate, words: frozenset[str]) -> bool:
    """Whether a postposition with letters ("થી", "से") glued to a year ends ``a``'s text
    (the year's ``year_glued_suffixes``): a year alone, or the year ending a date ("5 માર્ચ
    2024થી": from 5 March 2024, as "5 માર્ચ 2024 થી")."""
    if a.kind not in GLUED_KINDS or folded[a.end - 1 : a.end].isdigit():
        return False
    return any(len(w) > 1 and folded.endswith(w, a.start, a.end) for w in words)


def prefix(head: str, words: frozenset[str], g: Grammar) -> int:
    """Length of the word of ``words`` that ends ``head``, unless it ends a longer word of the
    language's ``prefix_compounds`` ("来自2019年": "from", not "since"). A time of day may
    stand inside the words of ``open_through_time`` ("kể từ 0 giờ ngày 27/5/2022": starting
    from 0 h on the day): the length then reaches back to the word's start."""
    n = ends_with_word(head, words)
    if not n and any(ch.isdigit() for ch in head):
        n = _through_time(head, words, g)
    compounds = g.vocab.lists.get("prefix_compounds")
    return 0 if n and compounds and ends_with_word(head, compounds) > n else n


def _through_time(head: str, words: frozenset[str], g: Grammar) -> int:
    """The length from the start of a word of ``words`` that ends ``head`` once its times of
    day are left out, or 0."""
    bare = gap_without_time(head, g)
    n = ends_with_word(bare, words) if bare != " ".join(head.split()) else 0
    if not n or bare[len(bare) - n :] not in g.vocab.lists.get("open_through_time", ()):
        return 0  # ("Từ 14h ngày 28/11": from that hour of the day, the day)
    first = bare[len(bare) - n :].split(" ", 1)[0]
    at = head.rfind(first, 0, len(head) - len(bare[len(bare) - n :].split(" ", 1)[-1]))
    return len(head) - at if at >= 0 else 0


def opened_through_year_word(folded: str, a: Candidate, g: Grammar) -> int:
    """Where the language's opening words start when they end inside the year's word at the
    start of ``a`` ("החל משנת 2009": "starting from the year 2009"), or ``a.start``."""
    year = a.fields.get("y")
    digits = folded.find(year, a.start, a.end) if year else -1
    if digits <= a.start:
        return a.start
    head = folded[max(0, digits - 32) : digits].rstrip()
    n = ends_with_word(head, g.words["open_prefixes"])
    begin = max(0, digits - 32) + len(head) - n
    return begin if n and begin < a.start else a.start
