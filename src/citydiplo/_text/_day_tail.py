"""A date ending in a day that a dash and more figures follow, not read as the end of a span
of days: "2024年6月12-35日" (no 35th), "6月12-3x". A span of days that exists is read whole
before this check ("2024年6月12-15日"); one that does not exist leaves figures unread, and
the first day alone would drop what the text states. The date is then no mention: never a
coarser value (``parse_date`` raises, ``find_dates`` skips it).
"""

from __future__ import annotations

import re

__all__ = ["DASHES", "DAY_LAST", "unread_day_after"]

# a dash or wave dash right after the day, then one to three figures
_DAY_DASH_FIGURES = re.compile(r"[-\u2013\u2014~\u301c\uff5e][0-9]{1,3}(?![0-9:])")
DASHES = frozenset("-\u2013\u2014~\u301c\uff5e")
# the kinds whose text ends with the day ("June 4, 2019—4:00 P.M." ends with its year)
DAY_LAST = frozenset({"ymd", "md", "ymd_num", "md_num"})


def unread_day_after(folded: str, kind: str, end: int) -> bool:
    """Whether a dash and figures (not a time) follow a date of ``kind`` that ends with its
    day at ``end``."""
    return kind in DAY_LAST and _DAY_DASH_FIGURES.match(folded, end) is not None
