"""A day alone, then the coming day that ends its span ("22일부터 오는 29일까지": from the
22nd to the coming 29th).

The word for "coming" stands before the later end, inside the span: read apart, the first
day would be a mention of its own and the span lost. The two make one span whose month is the
one the coming day names (the first day is earlier in that month).

>>> from citydiplo import PartialDate, parse_date
>>> parse_date("22일부터 오는 29일까지", lang="ko", ref=PartialDate("2022-07-21"))
DateRange("2022-07-22/2022-07-29")
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["coming_day_end"]

_PLAIN = frozenset({"d", "dsx"})


def coming_day_end(a: Candidate, b: Candidate, folded: str, g: Grammar) -> Candidate | None:
    """``a`` to ``b`` as one day span, when ``b`` is a later day after a word for "coming"
    and only a connector of days stands between them."""
    if a.kind != "d_only" or b.kind != "d_only" or not a.fields.keys() <= _PLAIN:
        return None
    if "mod_next" not in b.fields or not b.fields.keys() <= _PLAIN | {"mod_next"}:
        return None
    if folded[a.end : b.start].strip() not in g.words["day_range_connectors"]:
        return None
    first, last = a.fields.get("d", ""), b.fields.get("d", "")
    if not (first.isdigit() and last.isdigit()) or int(first) >= int(last):
        return None
    return b._replace(start=a.start, fields={**b.fields, "d0": first})
