"""A night named by its two days: "в ночь с 9 на 10 ноября" (in the night from the 9th to the
10th of November) is the span of the two days, 9 to 10 November.

Russian names a night (and night works, water cuts, closures) by the evening's day and the
morning's: after a word of ``night_words`` ("ночь", "ночное время"), the first day after a
word of ``night_span_from`` ("с") and the second after one of ``night_span_to`` ("на"), then
the month. Read apart, "10 ноября" alone would drop the evening the text states; the figures
"9 на 10" alone are no date (a size: "5 на 10 метров"), and without the night word "с 9 на 10
ноября" may be a date moved ("перенесли с 9 на 10 ноября": to the 10th), so it stays unread.
The second day must follow the first. A night across a month's end names each day with its
month ("в ночь с 31 декабря на 1 января"): the two dates read there join into the span when
the second is the first's next day (the 1st after the month's last day; December's into the
next year's January).

>>> from citydiplo import parse_date, PartialDate
>>> ref = PartialDate("2025-11-07")
>>> str(parse_date("Воды не будет в ночь с 9 на 10 ноября", lang="ru", ref=ref))
'2025-11-09/2025-11-10'
>>> str(parse_date("в ночь с 31 декабря на 1 января", lang="ru", ref=PartialDate("2012-12-28")))
'2012-12-31/2013-01-01'
>>> parse_date("встречу перенесли с 9 на 10 ноября", lang="ru", ref=ref)
Traceback (most recent call last):
...
citydiplo.DateParseError: no date found in 'встречу перенесли с 9 на 10 ноября'
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from citydiplo._text._words import alternation

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["night_spans"]

_LAST_DAYS = {1: (31,), 2: (28, 29), 3: (31,), 4: (30,), 5: (31,), 6: (30,), 7: (31,), 8: (31,)}
_LAST_DAYS |= {9: (30,), 10: (31,), 11: (30,), 12: (31,)}


@functools.lru_cache(maxsize=16)
def _patterns(
    night: frozenset[str],
    first: frozenset[str],
    second: frozenset[str],
    ands: frozenset[str],
    months: frozenset[str],
) -> tuple[re.Pattern[str], re.Pattern[str]]:
    days = (
        rf"(?:{alternation(first)}) (?P<d0>[12]?\d|3[01]) (?:{alternation(second)}) "
        rf"(?P<d>[12]?\d|3[01]) (?P<m>{alternation(months)})(?!\w)"
    )
    # after a night read, "and" and the next ("с 17 на 18 января и с 18 на 19 января")
    more = rf"[ ,]*(?:{alternation(ands)}) {days}" if ands else r"(?!)"
    return re.compile(rf"(?<!\w)(?:{alternation(night)})[ ,]+{days}"), re.compile(more)


def night_spans(candidates: list[Candidate], folded: str, g: Grammar) -> list[Candidate]:
    """``candidates`` with each night named by its two days (that no candidate covers yet)
    added as the span of the two days, in text order."""
    lists = g.vocab.lists
    night = lists.get("night_words")  # (the gate first: most languages have no such words)
    if not night or not any(w in folded for w in night):
        return candidates
    first = lists.get("night_span_from", frozenset())
    second = lists.get("night_span_to", frozenset())
    if not (first and second):
        return candidates
    from citydiplo._text._scan import Candidate  # (the scanner imports this module)

    ands = lists.get("and_words", frozenset())
    one, more = _patterns(night, first, second, ands, frozenset(g.months))
    added = []
    for m in one.finditer(folded):
        found: re.Match[str] | None = m
        while found is not None:
            start, end = found.start("d0"), found.end("m")
            if int(found["d"]) != int(found["d0"]) + 1 or any(
                c.start < end and start < c.end for c in candidates
            ):
                break  # (two days apart are no night; a date read there stays as read)
            fields = {"d0": found["d0"], "d": found["d"], "m": found["m"]}
            added.append(Candidate(start, end, "days_m", fields))
            found = more.match(folded, end)
    candidates = _across_months(candidates, folded, night, first, second, g)
    return sorted([*candidates, *added], key=lambda c: c.start) if added else candidates


def _across_months(
    candidates: list[Candidate],
    folded: str,
    night: frozenset[str],
    first: frozenset[str],
    second: frozenset[str],
    g: Grammar,
) -> list[Candidate]:
    """``candidates`` with each night across a month's end ("в ночь с 31 декабря на 1
    января": two day-and-month dates) joined into one span."""
    out: list[Candidate] = []
    for c in candidates:
        a = out[-1] if out else None
        if (
            a is not None
            and a.kind == c.kind == "dm"
            and folded[a.end : c.start].strip() in second
            and _next_day(a, c, g)
            and _after_night(folded[: a.start].rstrip(), night, first)
        ):
            out[-1] = a._replace(end=c.end, kind="range", fields={}, low=a, high=c)
            continue
        out.append(c)
    return out


def _after_night(before: str, night: frozenset[str], first: frozenset[str]) -> bool:
    """Whether ``before`` ends in a night word, then (a comma and) a "from" word."""
    for w in first:
        if before.endswith(f" {w}"):
            lead = before[: -len(w)].rstrip(" ,")
            return any(
                lead.endswith(n) and (len(lead) == len(n) or not lead[-len(n) - 1].isalnum())
                for n in night
            )
    return False


def _next_day(a: Candidate, b: Candidate, g: Grammar) -> bool:
    """Whether ``b`` (day and month) is the day after ``a``'s, its month's last."""
    m0, m = g.months.get(a.fields["m"]), g.months.get(b.fields["m"])
    if m0 is None or m is None or b.fields["d"] != "1" or m != m0 % 12 + 1:
        return False
    return int(a.fields["d"]) in _LAST_DAYS[m0]
