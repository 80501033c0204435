"""A day, weekday or month named within another period than ``ref``'s ("翌月5日", "익월
5일", "同月5日", "같은 달 5일", "이듬해 5월", "翌週金曜日", "前年5月").

Such a word places the day in the month, week or year after (or before, or the same as) one
the text spoke of earlier, or in a year two back from now: read alone, the day would take
``ref``'s month or year, a silently wrong date. The words are the language's
``other_period_before`` (data); a day, weekday or month without a year of its own right after
one of them, or any date read from inside one ("昨年" of "一昨年"), is dropped, so
``parse_date`` raises and ``find_dates`` gives no mention: no answer is better than one in
the wrong month. English lists the parts of a month the scan does not read ("the first
weekend in May"): the month alone would be coarser than the text's date.

>>> from citydiplo import DateParseError, PartialDate, parse_date
>>> try:
...     parse_date("翌月5日", lang="ja", ref=PartialDate("2025-09-10"))
... except DateParseError:
...     print("unread")
unread
>>> parse_date("来月5日", lang="ja", ref=PartialDate("2025-09-10"))
PartialDate("2025-10-05")
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["other_period"]

# a day, weekday or month whose month or year the word before it would name
_KINDS = frozenset({"d_only", "wd", "m", "md", "dm", "dm_num", "m_days"})
_OWN_YEAR = frozenset({"y", "yy", "ey", "era", "this_year", "last_year", "next_year"})
_WORDS: dict[tuple[str, ...], tuple[str, ...]] = {}


def other_period(atoms: list[Candidate], folded: str, g: Grammar) -> list[Candidate]:
    """``atoms`` without the year-less days, weekdays and months right after a word of
    ``other_period_before``."""
    words = _WORDS.get(g.langs)
    if words is None:  # (sorted: the same answer in every process)
        words = _WORDS[g.langs] = tuple(sorted(g.vocab.lists.get("other_period_before", ())))
    if not words:
        return atoms
    kept = []
    for a in atoms:
        if (
            a.kind in _KINDS
            and _OWN_YEAR.isdisjoint(a.fields)
            and folded[max(0, a.start - 16) : a.start].rstrip().endswith(words)
        ) or _inside(folded, a.start, words):
            continue
        kept.append(a)
    return kept


def _inside(folded: str, start: int, words: tuple[str, ...]) -> bool:
    """Whether a word of ``words`` runs on into ``start`` ("一昨年5月": no "昨年5月")."""
    return any(
        folded.startswith(w, start - k) for w in words for k in range(1, min(len(w), start + 1))
    )
