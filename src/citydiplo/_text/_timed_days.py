"""Two days of the month alone, each with its time, joined as a span ("16일 오전10시부터 17일
오전3시까지", "15일 밤 10시~16일 오전6시"), or with a part of the day ("4日夜から5日未明にかけて"):
the grammar reads "16일부터 17일까지" as one span of days, but the times between the two days
part them into two days alone, which :func:`parse_date` cannot choose between and
:func:`find_dates` dates apart. Once the times are set aside (:func:`._range_gap.gap_without_time`,
or a word of the language's ``times_of_day``) and a word that joins days is left, the two are
that same span of days (the first day's ``d0``, the second's ``d``), resolved as the grammar's
own ("16일부터 17일까지": the 16th and 17th of one month).

>>> from citydiplo import PartialDate, parse_date
>>> str(parse_date("4日夜から5日未明にかけて", lang="ja", ref=PartialDate("2018-09-04")))
'2018-09-04/2018-09-05'
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from citydiplo._text._range_gap import gap_without_time

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["timed_day_span", "timed_span_end"]

_PLAIN = frozenset({"d", "dsx", "dw"})  # a day alone, its word and suffix: no month named
# the first day may carry the word for "coming" ("오는 9일 오전 9시부터 10일 오후 8시까지"): it
# says the span is ahead, as it does before "오는 9일부터 10일까지"
_FIRST = _PLAIN | {"mod_next"}


def timed_day_span(a: Candidate, b: Candidate, folded: str, g: Grammar) -> Candidate | None:
    """``a`` to ``b``, two days alone with times between them, as one span of days."""
    if a.kind != "d_only" or b.kind != "d_only":
        return None
    if not a.fields.keys() <= _FIRST or not b.fields.keys() <= _PLAIN:
        return None
    gap = folded[a.end : b.start]
    if not any(ch.isdigit() for ch in gap):  # no clock: a part of the day, or no span
        bare = _without_part_of_day(gap.strip(), g)  # "4日夜から5日未明にかけて"
        if bare == gap.strip() or bare not in g.words["day_range_connectors"]:
            return None
    elif gap_without_time(gap.strip(), g) not in g.words["day_range_connectors"]:
        return None
    if int(b.fields["d"]) <= int(a.fields["d"]):
        return None  # "30일 밤 10시부터 1일 오전 6시까지": into a month not named
    return a._replace(end=b.end, fields={**a.fields, "d0": a.fields["d"], "d": b.fields["d"]})


def _without_part_of_day(gap: str, g: Grammar) -> str:
    """``gap`` less a word of the language's ``times_of_day`` it opens with ("夜から": from
    the night of the day before it)."""
    for word in sorted(g.vocab.lists.get("times_of_day", ()), key=len, reverse=True):
        if gap.startswith(word):
            return gap[len(word) :].strip()
    return gap


def timed_span_end(folded: str, a: Candidate, g: Grammar) -> bool:
    """Whether ``a``, a day alone, ends a span whose start is a time on a day not read as a
    date ("이날 오후 11시부터 14일 오전 4시까지": from 11 p.m. that day to the 14th): read alone
    it would drop the span's first day, so it is no mention of its own."""
    if a.kind != "d_only":
        return False
    head = folded[max(0, a.start - 24) : a.start].rstrip()
    joint = next((w for w in g.words["day_range_connectors"] if w and head.endswith(w)), None)
    if joint is None:
        return False
    rest = head[: len(head) - len(joint)].rstrip()
    bare = " ".join(gap_without_time(rest, g).split())  # (a window may open on a space)
    if bare == " ".join(rest.split()):
        return False  # no time before the joining word
    return not any(ch.isdigit() for ch in bare[-4:])  # (after "30일 밤 10시부터": a day read)
