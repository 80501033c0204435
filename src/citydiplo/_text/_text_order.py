"""The order of day and month in a text's numeric dates, as the text itself shows it.

English writes numeric dates month first (American: "6/26/2018") or day first (British:
"26/6/2018"), so a date whose two first numbers are both 12 or less ("6/12/2018") is
ambiguous and is not read. A text keeps one convention: where another numeric date of the
same text can be read only one way ("6/26/2018": no month 26), that order is the text's, and
the ambiguous dates of the text follow it ("File created: 6/12/2018 … On agenda: 6/26/2018"
is 12 June). A text whose unambiguous dates show both orders, or none, leaves them ambiguous:
never a guess. Only languages whose data leaves the order open (``numeric_order``
"dmy_or_mdy") are concerned.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["with_text_order"]

_OPEN = "dmy_or_mdy"
_NUMERIC = frozenset({"dmy_num", "dm_num", "dmy_num2"})


def _atoms(cands: list[Candidate]) -> list[Candidate]:
    out: list[Candidate] = []
    for c in cands:
        out.extend(x for x in (c, c.low, c.high) if x is not None and x.kind in _NUMERIC)
    return out


def _order(c: Candidate) -> str | None:
    """ "mdy" or "dmy" when the first two numbers can be read one way only, else None."""
    first, second = c.fields.get("d", ""), c.fields.get("mn", "")
    if not (first.isdigit() and second.isdigit()):
        return None
    a, b = int(first), int(second)
    if 1 <= a <= 12 < b <= 31:
        return "mdy"
    if 1 <= b <= 12 < a <= 31:
        return "dmy"
    return None


def _stamped(c: Candidate, order: str) -> Candidate:
    if c.kind in _NUMERIC:
        return c._replace(fields={**c.fields, "text_order": order})
    if c.low is None and c.high is None:
        return c
    low = _stamped(c.low, order) if c.low is not None else None
    high = _stamped(c.high, order) if c.high is not None else None
    return c._replace(low=low, high=high)


def with_text_order(cands: list[Candidate], g: Grammar) -> list[Candidate]:
    """``cands``, their numeric dates marked with the text's order where the text shows one."""
    if g.vocab.flags.get("numeric_order") != _OPEN:
        return cands
    atoms = _atoms(cands)
    if len(atoms) < 2:
        return cands
    orders = {o for o in map(_order, atoms) if o is not None}
    if len(orders) != 1:
        return cands
    order = orders.pop()
    return [_stamped(c, order) for c in cands]
