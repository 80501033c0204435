"""Two months joined by a dash, each with its month word ("5月-9月", "5월~9월", "5月～9月").

A month followed by a dash and figures is, in general, the first end of a span whose figures
were not read ("tháng 3-5/2020"), and is dropped so that no end stands alone. When the
figures after the dash are themselves a month ("9月"), the two months are a span of months,
which the scan joins: dropping the first would leave the second month alone, a silently
narrower date ("从5月—9月" read as September).

>>> from citydiplo import PartialDate, parse_date
>>> parse_date("从5月—9月", lang="zh", ref=PartialDate("2019-04-30"))
DateRange("2019-05/2019-09")
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar

__all__ = ["month_after_dash"]

_AFTER_DASH = re.compile(r" ?[-–~〜～] ?(\d{1,2}[^\W\d]?)(?!\d)")


def month_after_dash(folded: str, end: int, g: Grammar) -> bool:
    """Whether a dash and a month named by its figure and month word ("-9月") follow
    ``end``."""
    m = _AFTER_DASH.match(folded, end)
    return m is not None and m.group(1) in g.months and not m.group(1).isdigit()
