"""A phrase naming one weekday, apposed to the day it names: "next Tuesday, June 24",
"本週一(12月29日)" (this week's Monday, 29 December); and a
phrase naming a week or a weekend, apposed to a day of it: "다음 주말인 9일" (next weekend,
the 9th).

The day written out is what the text states; the phrase's weekday is kept beside it to be
checked against it (a contradiction is an error, as for "Tuesday, June 24"). Which week
"next" means ("the coming Tuesday" or "Tuesday of next week") no longer matters.

>>> from citydiplo import PartialDate, find_dates, parse_date
>>> ref = PartialDate("2014-06-16")
>>> str(parse_date("City Council will meet next Tuesday, June 24.", lang="en", ref=ref))
'2014-06-24'
>>> parse_date("next Wednesday, June 24", lang="en", ref=ref)  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
citydiplo.DateParseError: cannot resolve ...: the weekday contradicts the date: ...Tuesday...
>>> ref = PartialDate("2025-12-28")  # a Sunday: where the week starts no longer matters
>>> [(m.text, str(m.value)) for m in find_dates("本週一(12月29日)的行程", lang="zh", ref=ref)]
[('本週一(12月29日)', '2025-12-29')]

A day alone apposed to a week's phrase is that day: the phrase gives way to it (news writes
"다음 주말인 9일" of a Tuesday holiday after a weekend), and says only on which side of
``ref`` the day lies: the coming 9th after "다음" (next), the last one after "지난" (last).
Left apart, the day would take ``ref``'s month by default, and "다음 주말인 9일" on
1 March would be 9 February.

>>> ref = PartialDate("2024-03-01")
>>> [(m.text, str(m.value)) for m in find_dates("다음 주말인 9일 개막한다", lang="ko", ref=ref)]
[('다음 주말인 9일', '2024-03-09')]
>>> [str(m.value) for m in find_dates("지난 주말인 24일", lang="ko", ref=ref)]
['2024-02-24']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["phrase_apposed_days"]

# the day kinds a weekday phrase may stand before: a day with its month written
_DAYS = frozenset({"md", "dm", "mdy", "dmy", "md_num", "dm_num", "dmy_num", "mdy_num"})


def _weekday(a: Candidate, g: Grammar) -> str | None:
    """A name of the weekday the phrase ``a`` names, if it names one weekday."""
    readings = g.vocab.phrases.get(a.fields.get("ph", ""), frozenset())
    if a.kind != "phrase" or len(readings) != 1:
        return None
    (reading,) = readings
    if reading.kind not in ("weekday", "week_day"):  # "next Tuesday", "本週一" (this week's)
        return None
    return next((n for n, (i, _) in g.vocab.weekdays.items() if str(i) == reading.unit), None)


def _names_a_week(a: Candidate, g: Grammar) -> bool:
    """Whether ``a`` is a phrase naming one week or weekend ("다음 주말", "이번 주")."""
    readings = g.vocab.phrases.get(a.fields.get("ph", ""), frozenset())
    return (
        a.kind == "phrase"
        and len(readings) == 1
        and all(r.kind == "offset" and r.unit in ("week", "weekend") for r in readings)
    )


def phrase_apposed_days(atoms: list[Candidate], folded: str, g: Grammar) -> list[Candidate]:
    """``atoms`` with each weekday phrase that a comma joins to a day joined into it."""
    out: list[Candidate] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        b = atoms[i + 1] if i + 1 < len(atoms) else None
        if (
            b is not None
            and b.kind in _DAYS
            and "weekday" not in b.fields
            and folded[a.end : b.start] in (", ", ",", "(", "（", " (")
            and (name := _weekday(a, g)) is not None
        ):
            closed = folded[a.end : b.start].endswith(("(", "（")) and folded[b.end : b.end + 1]
            end = b.end + 1 if closed and closed in ")）" else b.end
            out.append(b._replace(start=a.start, end=end, fields={**b.fields, "weekday": name}))
            i += 2
            continue
        if (
            b is not None
            and b.kind == "d_only"
            and b.fields.keys() <= {"d", "dsx", "dw"}
            and folded[a.end : b.start].strip() in g.vocab.lists.get("weekday_links", ())
            and _names_a_week(a, g)
        ):  # "다음 주말인 9일": next weekend, the 9th
            out.append(b._replace(start=a.start, fields={**b.fields, "in_week": a.fields["ph"]}))
            i += 2
            continue
        out.append(a)
        i += 1
    return out
