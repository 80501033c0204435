"""A span from a weekday of a named week to a later bare weekday: "下周一至周五" (next
Monday to Friday), "다음 주 월요일부터 금요일까지", "来週月曜日から金曜日まで"; and a bare
weekday to a later one of a named week: "from Monday to Friday next week", "từ thứ Hai đến thứ
Sáu tuần sau".

The bare weekday is of the same week as the other: read alone it would be the last such day
before ``ref`` (a Friday before the Monday), or nothing; the first alone would be silently
narrower than the text. The two make one range, the second in the first's week. A second
weekday not later in the week than the first ("下周五至周一") is left as it was.

>>> from citydiplo import find_dates, PartialDate
>>> ref = PartialDate("2026-12-02")  # a Wednesday
>>> [str(m.value) for m in find_dates("下周一至周五停水", lang="zh", ref=ref)]
['2026-12-07/2026-12-11']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from citydiplo._text._cldr import first_week_day

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["same_week_spans"]

_BARE_NOT = frozenset({"week", "mod_last", "mod_next", "wk", "weekday"})


def _week_of(a: Candidate, g: Grammar) -> tuple[int, int, int] | None:
    """The week offset, the week's first day and the weekday ``a`` names, or ``None``."""
    if a.kind == "wd" and "week" in a.fields:  # "다음 주 월요일"
        return int(a.fields["week"]), int(a.fields["w0"]), g.vocab.weekdays[a.fields["wd"]][0]
    if a.kind != "phrase":
        return None
    readings = g.vocab.phrases.get(a.fields.get("ph", ""), frozenset())
    starts = {first_week_day(lang) for lang in g.langs}
    if len(readings) != 1 or len(starts) != 1:
        return None
    (r,) = readings
    if r.kind != "week_day":  # "下周一" (not "next Monday": the coming one, of no named week)
        return None
    return r.n, starts.pop(), int(r.unit)


def _same_week_end(b: Candidate, n: int, w0: int, g: Grammar) -> Candidate | None:
    """``b`` as a weekday of week ``n`` (starting on day ``w0``): a bare weekday ("周五"), or
    one of that same week ("下周五"); else ``None``."""
    if b.kind == "wd" and not _BARE_NOT.intersection(b.fields):
        return b._replace(fields={"wd": b.fields["wd"], "week": str(n), "w0": str(w0)})
    week = _week_of(b, g)
    if week is None or week[:2] != (n, w0):
        return None
    if b.kind == "wd":
        return b
    name = next((k for k, v in g.vocab.weekdays.items() if v[0] == week[2]), None)
    if name is None:
        return None
    return b._replace(kind="wd", fields={"wd": name, "week": str(n), "w0": str(w0)})


def _bare_first(
    a: Candidate, b: Candidate, folded: str, joints: frozenset[str], g: Grammar
) -> tuple[Candidate, Candidate] | None:
    """A bare weekday, then a later one whose week is named after it ("from Monday to Friday
    next week", "từ thứ Hai đến thứ Sáu tuần sau"): both ends of that week, or ``None``."""
    if a.kind != "wd" or _BARE_NOT.intersection(a.fields) or b.kind not in ("wd", "phrase"):
        return None
    week = _week_of(b, g)
    if week is None or folded[a.end : b.start].strip() not in joints:
        return None
    if not any(folded.startswith(f"{w} ", b.start) for w in g.vocab.weekdays):
        return None  # "월요일부터 다음 주 금요일까지": the week word names the second's alone
    n, w0, last = week
    high = _same_week_end(b, n, w0, g)
    first = g.vocab.weekdays[a.fields["wd"]][0]
    if high is None or (last - w0) % 7 <= (first - w0) % 7:
        return None
    return a._replace(fields={"wd": a.fields["wd"], "week": str(n), "w0": str(w0)}), high


def same_week_spans(atoms: list[Candidate], folded: str, g: Grammar) -> list[Candidate]:
    """``atoms`` with each weekday of a named week and a later bare weekday joined to it by a
    word or dash of a span of days made one range."""
    if len(atoms) < 2:
        return atoms
    joints = g.words["day_range_connectors"]
    out: list[Candidate] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        b = atoms[i + 1] if i + 1 < len(atoms) else None
        if b is not None and (pair := _bare_first(a, b, folded, joints, g)) is not None:
            out.append(a._replace(end=b.end, kind="range", fields={}, low=pair[0], high=pair[1]))
            i += 2
            continue
        week = _week_of(a, g) if b is not None else None
        if b is not None and week is not None and folded[a.end : b.start].strip() in joints:
            n, w0, first = week
            high = _same_week_end(b, n, w0, g)
            last = g.vocab.weekdays[high.fields["wd"]][0] if high is not None else first
            if high is not None and (last - w0) % 7 > (first - w0) % 7:
                out.append(a._replace(end=b.end, kind="range", fields={}, low=a, high=high))
                i += 2
                continue
        out.append(a)
        i += 1
    return out
