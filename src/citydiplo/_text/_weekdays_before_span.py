"""Weekdays named before a span of days ("Wednesday and Thursday, 18-19 July 2018", "в среду
и четверг, 18-19 июля", "ביום רביעי וחמישי 18-19/7/18"): they name the span's days, checked
against them. When the weekdays are those of the span's days in order, each day's or the
first and the last day's, the span is the one date the text states; otherwise it is left as
several dates. Hebrew lists a second weekday after "ו" (and) without repeating "יום" (day):
"ביום רביעי וחמישי" is "on Wednesday and Thursday"; and a weekday before the first one read
may stand without it: "ימים שישי ושבת, 11-12.10.2024" (days Friday and Saturday).

>>> from citydiplo import parse_date
>>> str(parse_date("ביום רביעי וחמישי 18-19/7/18", lang="he"))
'2018-07-18/2018-07-19'
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from citydiplo.dates import DateRange, PartialDate

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate
    from citydiplo.dates import RecordDate

__all__ = ["apposed_once", "named_weekdays", "weekdays_fit", "without_span_weekdays"]

_RELATIVE = frozenset({"mod_last", "mod_next", "week", "wk"})


def named_weekdays(candidates: list[Candidate], folded: str, g: Grammar) -> list[int] | None:
    """The weekdays (Monday 0) that all candidates but the last name, in order, with only
    spaces, commas, the language's ``and_words`` and weekday names between them; ``None``
    when the candidates before the last are not all weekdays, or anything else stands
    between them."""
    *weekdays, last = candidates
    if not weekdays or any(c.kind != "wd" or not _RELATIVE.isdisjoint(c.fields) for c in weekdays):
        return None
    names = g.vocab.weekdays
    ands = sorted(g.vocab.lists.get("and_words", frozenset()), key=len, reverse=True)
    out = _bare_before(weekdays[0].start, folded, names, ands)
    for c, following in zip(weekdays, [*weekdays[1:], last], strict=True):
        name = c.fields["wd"]
        out.append(names[name][0])
        head = name.rsplit(" ", 1)[0] + " " if " " in name else ""  # "יום רביעי": "יום "
        for token in folded[c.end : following.start].replace(",", " ").split():
            if token in ands:
                continue
            bare = next((token[len(a) :] for a in ands if a and token.startswith(a)), token)
            key = next((k for k in (token, bare, head + bare) if k in names), None)
            if key is None:
                return None
            out.append(names[key][0])
    return out


def _bare_before(
    start: int, folded: str, names: dict[str, tuple[int, bool]], ands: list[str]
) -> list[int]:
    """The weekdays named right before ``start`` without the word for "day" that a weekday
    read alone needs ("ימים שישי ושבת": Friday, unread, then "and Saturday"), in order."""
    out: list[int] = []
    for token in reversed(folded[max(0, start - 24) : start].replace(",", " ").split()[-2:]):
        bare = next((token[len(a) :] for a in ands if a and token.startswith(a)), token)
        key = next((k for k in sorted(names) if k in (token, bare) or k.endswith(" " + bare)), None)
        if key is None:
            break
        out.insert(0, names[key][0])
    return out


def apposed_once(
    candidates: list[Candidate],
    g: Grammar,
    context: tuple[PartialDate | None, PartialDate | None],
    text: str,
) -> list[Candidate]:
    """``candidates`` with the last two as one when they state the same span or day
    ("ט'-י' בתשרי התשפ"ה, 11-12.10.2024": one span in two calendars), so that the weekdays
    before them name that span."""
    from citydiplo._text._resolve import Unresolved, resolve

    if len(candidates) < 3 or candidates[-2].kind == "wd":
        return candidates
    try:
        last = resolve(candidates[-1], g, *context, repr(text))[0]
        other = resolve(candidates[-2], g, *context, repr(text))[0]
    except Unresolved:
        return candidates
    if other != last:
        return candidates
    return [*candidates[:-2], candidates[-1]._replace(start=candidates[-2].start)]


def weekdays_fit(value: RecordDate, weekdays: list[int]) -> bool:
    """Whether ``weekdays`` are those of the span ``value``'s days in order: each day's, or
    the first and the last day's."""
    if not isinstance(value, DateRange):
        return False
    start, end = value.start, value.end
    if not (isinstance(start, PartialDate) and isinstance(end, PartialDate)):
        return False
    if start.day is None or end.day is None or start.month is None or end.month is None:
        return False
    first = datetime.date(start.year, start.month, start.day)
    days = (datetime.date(end.year, end.month, end.day) - first).days + 1
    if not 1 < days <= 7:
        return False
    named = [(first + datetime.timedelta(days=k)).weekday() for k in range(days)]
    return weekdays in (named, [named[0], named[-1]])


def without_span_weekdays(
    found: list[tuple[Candidate, RecordDate]], folded: str, g: Grammar
) -> list[int]:
    """The indexes in ``found`` (each candidate with its value, in order) of the weekdays
    that name the days of the span found right after them ("в среду и четверг, 18-19
    июля"): read apart they would be days of another week."""
    drop: list[int] = []
    for i, (cand, value) in enumerate(found):
        if cand.kind == "wd" or not isinstance(value, DateRange):
            continue
        first = i
        while first and found[first - 1][0].kind == "wd":
            first -= 1
        if first == i:
            continue
        cands = [c for c, _ in found[first : i + 1]]
        weekdays = named_weekdays(cands, folded, g)
        if weekdays is not None and weekdays_fit(value, weekdays):
            drop.extend(range(first, i))
    return drop
