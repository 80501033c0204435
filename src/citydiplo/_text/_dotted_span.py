"""A dotted date and a dotted month and day after it, joined as a span ("공사기간:
2024.10.30∼11.3", "2024.12.28~1.5"): the year is written once, on the first end, as Korean
notices write spans of works and closures. Without a year, a weekday in brackets beside each
end makes the two a span of days ("5.3.(수)~5.9.(화)"); without those, "5.3~5.9" may be any
two figures. The grammar reads "2024.10.30∼2024.11.3" but not the shorter end, and a date
followed by a dash and figures is left unread (it may be "2024.6.12-35", a day that is no
day), so the text had no date at all. For a language whose data set
``dotted_month_day_spans``, the two are one span: the second end takes the first's year (the
next year when its month and day come earlier: "2024.12.28~1.5" ends on 5 January 2025).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["dotted_spans"]

_SPAN = re.compile(
    r"(?<![\d.])(?:(?P<y>\d{4})\.)?(?P<m1>\d{1,2})\.(?P<d1>\d{1,2})\.?(?:\((?P<w1>\w)\))?"
    r" ?[~∼〜~\-–] ?"
    r"(?P<m2>\d{1,2})\.(?P<d2>\d{1,2})\.?(?:\((?P<w2>\w)\))?(?![\d.]*\d)"
)


def dotted_spans(atoms: list[Candidate], folded: str, g: Grammar) -> list[Candidate]:
    """``atoms`` with each such span of the text added as a range, in the order of the text
    (an atom inside a span gives way to it)."""
    if not g.vocab.flags.get("dotted_month_day_spans") or "." not in folded:
        return atoms
    from citydiplo._text._scan import Candidate  # (the scan calls this: imported once it is)

    spans = []
    weekdays = g.vocab.weekdays
    for m in _SPAN.finditer(folded):
        m1, d1, m2, d2 = (int(m.group(k)) for k in ("m1", "d1", "m2", "d2"))
        w1, w2 = m.group("w1"), m.group("w2")
        if not (1 <= m1 <= 12 and 1 <= m2 <= 12 and 1 <= d1 <= 31 and 1 <= d2 <= 31) or (
            # "5.3.(수)~5.9.(화)": without a year, only a weekday beside each end makes a date
            any(w is not None and w not in weekdays for w in (w1, w2))
            or (m.group("y") is None and (w1 is None or w2 is None))
        ):
            continue
        f1: dict[str, str] = {"mn": str(m1), "d": str(d1), **({"weekday": w1} if w1 else {})}
        f2: dict[str, str] = {"mn": str(m2), "d": str(d2), **({"weekday": w2} if w2 else {})}
        kind = "md_num"
        if m.group("y") is not None:
            y = int(m.group("y"))
            f1, f2, kind = (
                {**f1, "y": str(y)},
                {**f2, "y": str(y + ((m2, d2) < (m1, d1)))},
                "ymd_num",
            )
        end1, end2 = m.end("w1") + 1 if w1 else m.end("d1"), m.end("w2") + 1 if w2 else m.end("d2")
        low = Candidate(m.start(), end1, kind, f1)
        high = Candidate(m.start("m2"), end2, kind, f2)
        spans.append(Candidate(m.start(), end2, "range", {}, low, high, False))
    if not spans:
        return atoms
    kept = [a for a in atoms if not any(s.start <= a.start < s.end for s in spans)]
    return sorted(kept + spans, key=lambda c: c.start)
