"""Open ranges from a day, week, month or year named relative to ``ref``: "since last year",
"с прошлого года", "từ năm ngoái", "작년부터", "去年以来", "昨年から", "מאז השנה שעברה".

The text states a range that starts at the relative date and stays open; the relative date
alone would be a coarser answer than the text gives. Only the words that open a range and
nothing else are listed (per-language ``open_relative_prefixes`` and
``open_relative_suffixes``): "from last year" and Hindi "पिछले साल से" also compare ("up 5 %
from last year", "पिछले साल से अधिक"), so they are not among them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["opened_relatives"]

_UNITS = frozenset({"day", "week", "month", "year", "decade"})


def _names_a_period(a: Candidate, g: Grammar) -> bool:
    """Whether ``a`` names one day, week, month or year relative to ``ref``."""
    if a.kind == "rel":  # "last year" in the year's slot
        return True
    readings = g.vocab.phrases.get(a.fields.get("ph", ""), frozenset())
    return len(readings) == 1 and all(r.kind == "offset" and r.unit in _UNITS for r in readings)


def opened_relatives(atoms: list[Candidate], folded: str, g: Grammar) -> list[Candidate]:
    """``atoms`` with each relative period after an opening word, or before one, made the
    start of an open range."""
    lists = g.vocab.lists
    prefixes = lists.get("open_relative_prefixes", frozenset())
    suffixes = lists.get("open_relative_suffixes", frozenset())
    if not (prefixes or suffixes):
        return atoms
    out: list[Candidate] = []
    skip = False
    for i, a in enumerate(atoms):
        if skip:
            skip = False
            continue
        if a.kind in ("phrase", "rel") and _names_a_period(a, g):
            head = folded[max(0, a.start - 16) : a.start].rstrip()
            tail = folded[a.end : a.end + 8].lstrip()
            start = next(
                (
                    len(head) - len(p)
                    for p in prefixes
                    if head.endswith(p) and not head[-len(p) - 1 : -len(p)].isalpha()
                ),
                -1,
            )
            end = next((len(s) for s in suffixes if tail.startswith(s)), 0)
            b = atoms[i + 1] if i + 1 < len(atoms) else None
            joint = folded[a.end : b.start].strip() if b is not None else ""
            if b is not None and not joint:  # "с сегодняшнего дня до вторника"
                joint = b.fields.get("wdp", "")
            if (
                b is not None
                and b.kind not in ("phrase", "rel")
                and joint in (g.words["range_connectors"] | g.words["day_range_connectors"])
            ):
                start, end = -1, 0  # "从今天到10月7日": the span's reading joins them
            if start >= 0 or end:
                first = max(0, a.start - 16) + start if start >= 0 else a.start
                last = a.end + (len(folded[a.end : a.end + 8]) - len(tail)) + end if end else a.end
                if b is not None and end and not folded[last : b.start].strip():
                    # "昨年から今年まで", "어제부터 오늘까지": the range closes at the next date
                    skip = True
                    out.append(
                        a._replace(start=first, end=b.end, kind="range", fields={}, low=a, high=b)
                    )
                    continue
                out.append(
                    a._replace(start=first, end=last, kind="open", fields={}, low=a, open_end=True)
                )
                continue
        out.append(a)
    return out
