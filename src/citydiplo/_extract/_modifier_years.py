"""A year that modifies another noun is that thing's year, not the record's.

"上海市の韓正市長は26日、…上海を訪れた中田宏横浜市長と、『…協議』に調印し、2010年の上海万博や
2009年の横浜開港150周年をきっかけに…" (on the 26th, the mayor signed …, with a view to the 2010
Expo and the 150th year of Yokohama's port in 2009): "2010年の" is the Expo's year. The
attachment rule (:func:`citydiplo._extract._sentence.attach_date`) takes the date nearest to
the cue, and gave the visit 2010; the day the sentence states for it is the 26th.

Rule: a date that names a year alone, written right before one of the language's
``date_modifiers`` particles ("の", "的": the year of the noun that follows) dates no record
but the one whose own cue word starts within a few characters after the particle
("2019年の訪問": the visit's own year, kept for the visit). A candidate dated by such a year
takes the date the attachment rule gives without those years (the same clause, else the same
sentence), or none; the evidence names the rule that chose it.

In cased scripts a year alone also ends the name of an event written before it ("… tới tham
dự … Lễ hội Thành Tuyên năm 2022", came to attend the 2022 Thanh Tuyen Festival; "Expo
2025"): between an event cue word other than the record's own and the year stand only
capitalised words (:func:`without_name_years`). That year is the named event's edition,
and dates no other record of the sentence the same way.
"""

from __future__ import annotations

import attrs

from citydiplo._extract._mention import Mention
from citydiplo._extract._sentence import Candidate, attach_date

__all__ = ["without_modifier_years", "without_name_years"]

_NOUN = 4  # characters after the particle within which the cue word must start


def _year_alone(d: Mention) -> bool:
    when = d.date
    return (when is not None and isinstance(getattr(when, "year", None), int)
            and getattr(when, "month", None) is None and not hasattr(when, "end"))


def _modifying(d: Mention, cue: int, text: str, particles: tuple[str, ...]) -> bool:
    """Whether ``d`` is a year alone before a modifier particle whose noun is not the cue
    that starts at ``cue`` ("2019年の訪問": the visit's own year)."""
    after = text[d.end:d.end + max(map(len, particles), default=0)]
    for p in particles:
        if after.startswith(p) and _year_alone(d):
            start = d.end + len(p)
            return not start <= cue < start + _NOUN
    return False


def without_modifier_years(cands: list[Candidate], text: str,
                           particles: tuple[str, ...]) -> list[Candidate]:
    """``cands`` with the years that modify another noun taken off (the module's rule).

    >>> from citydiplo import extract
    >>> t = ("上海市の韓正市長は26日、上海を訪れた中田宏横浜市長と会談し、"
    ...      "2010年の上海万博について意見を交わした。")
    >>> [str(r.date) for r in extract(t, lang="ja", published="2008-10-27").records]
    ['2008-10-26']
    """
    if not particles:
        return cands
    out: list[Candidate] = []
    for c in cands:
        d = c.date
        s = c.sentence
        if d is None or not s.start <= d.start < s.end \
                or not _modifying(d, c.cue.start, text, particles):
            out.append(c)
            continue
        rest = attrs.evolve(s, dates=tuple(x for x in s.dates
                                           if not _modifying(x, c.cue.start, text, particles)))
        date, rule = attach_date(rest, c.cue, [])
        out.append(attrs.evolve(c, date=date, date_rule=rule,
                                mentions=tuple(m for m in c.mentions if m is not d)
                                + ((date,) if date is not None else ())))
    return out


_NAME = 40  # characters of a name between an event's cue word and its year


def _naming(d: Mention, c: Candidate, text: str) -> bool:
    """Whether ``d`` is a year alone that ends the name of an event other than the one of
    ``c``'s own cue (an event cue word, then only capitalised words, then the year)."""
    if not _year_alone(d):
        return False
    before = [h for h in c.sentence.hits if h.family == "event" and h.end <= d.start]
    if not before or before[-1].start == c.cue.start:
        return False
    gap = text[before[-1].end:d.start]
    return len(gap) <= _NAME and all(w[:1].isupper() or not w[:1].isalnum()
                                     for w in gap.split())


def without_name_years(cands: list[Candidate], text: str, cased: bool) -> list[Candidate]:
    """``cands`` with the years that end another event's name taken off (module docstring).

    >>> from citydiplo import extract
    >>> t = ("Chủ tịch UBND tỉnh Nguyễn Văn Sơn tiếp Đoàn đại biểu Đại sứ quán Mông Cổ tới "
    ...      "tham dự Lễ hội Thành Tuyên năm 2022.")
    >>> [str(r.date) for r in extract(t, lang="vi").records if r.type == "event"]
    ['None']
    """
    if not cased:
        return cands
    out: list[Candidate] = []
    for c in cands:
        d = c.date
        if d is None or c.type != "event" or not _naming(d, c, text):
            out.append(c)
            continue
        rest = attrs.evolve(c.sentence, dates=tuple(
            x for x in c.sentence.dates if not _naming(x, c, text)))
        date, rule = attach_date(rest, c.cue, [])
        out.append(attrs.evolve(c, date=date, date_rule=rule,
                                mentions=tuple(m for m in c.mentions if m is not d)
                                + ((date,) if date is not None else ())))
    return out
