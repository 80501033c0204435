"""A dotted date and a dotted month and day after it, joined as a span ("공사기간: 2024.10.30∼
11.3", "2024.12.28~1.5"): the year is written once, on the first end, as Korean notices write
spans of works and closures. The grammar reads "2024.10.30∼2024.11.3" but not the shorter
end, and a date followed by a dash and figures is left unread (it may be "2024.6.12-35", a
day that is no day), so the text had no date at all. For a language whose data set
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
    r"(?<![\d.])(?P<y>\d{4})\.(?P<m1>\d{1,2})\.(?P<d1>\d{1,2})\.? ?[~∼〜~\-–] ?"
    r"(?P<m2>\d{1,2})\.(?P<d2>\d{1,2})\.?(?![\d.]*\d)"
)


def dotted_spans(atoms: list[Candidate], folded: str, g: Grammar) -> list[Candidate]:
    """``atoms`` with each such span of the text added as a range, in the order of the text
    (an atom inside a span gives way to it)."""
    if not g.vocab.flags.get("dotted_month_day_spans") or "." not in folded:
        return atoms
    from citydiplo._text._scan import Candidate  # (the scan calls this: imported once it is)

    spans = []
    for m in _SPAN.finditer(folded):
        y, m1, d1, m2, d2 = (int(m.group(k)) for k in ("y", "m1", "d1", "m2", "d2"))
        if not (1 <= m1 <= 12 and 1 <= m2 <= 12 and 1 <= d1 <= 31 and 1 <= d2 <= 31):
            continue
        later = y + ((m2, d2) < (m1, d1))
        low = Candidate(
            m.start(),
            m.start("d1") + len(m.group("d1")),
            "ymd_num",
            {"y": str(y), "mn": str(m1), "d": str(d1)},
        )
        high = Candidate(
            m.start("m2"), m.end("d2"), "ymd_num", {"y": str(later), "mn": str(m2), "d": str(d2)}
        )
        spans.append(Candidate(m.start(), m.end("d2"), "range", {}, low, high, False))
    if not spans:
        return atoms
    kept = [a for a in atoms if not any(s.start <= a.start < s.end for s in spans)]
    return sorted(kept + spans, key=lambda c: c.start)
