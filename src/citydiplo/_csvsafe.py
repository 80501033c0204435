"""Neutralise CSV cells that a spreadsheet would run as formulas (CSV injection).

Following the OWASP advice on CSV injection, a cell that begins with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return is prefixed with a single quote, which spreadsheets show
as text and never evaluate. Spreadsheets skip leading blanks and invisible characters
before reading a formula, so a trigger after any run of them (a space, a newline, a NUL,
other control characters, zero-width and direction marks, a byte-order mark) counts too.
Apply it to text cells only: numbers written by the exporter (``-3``) are not text and stay
as they are. Fullwidth forms (``＝``, ``＋``, ``－``, ``＠``), which some spreadsheets read
as their ASCII twins, are neutralised too.
"""

from __future__ import annotations

import re

__all__ = ["TRIGGERS", "neutralize"]

#: First characters that make a spreadsheet treat a cell as a formula.
TRIGGERS = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20")

#: What a spreadsheet may skip before the first character it reads: Unicode white space,
#: C0/C1 controls (NUL included), zero-width, joiner, direction and invisible operator
#: characters, and the byte-order mark.
_SKIPPED = re.compile(
    "[\\s\\x00-\\x1f\\x7f-\\x9f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u2028-\\u202e"
    "\\u2060-\\u2064\\u2066-\\u206f\\ufeff]*"
)


def neutralize(cell: str) -> str:
    """``cell`` with a leading ``'`` if a spreadsheet would run it as a formula.

    >>> neutralize("=HYPERLINK(\\"http://x\\")")
    '\\'=HYPERLINK("http://x")'
    >>> neutralize(" =1+1"), neutralize("\\x00@SUM(A1)"), neutralize("\\n-2+3")
    ("' =1+1", "'\\x00@SUM(A1)", "'\\n-2+3")
    >>> neutralize("Hanam"), neutralize(""), neutralize("  Hanam")
    ('Hanam', '', '  Hanam')
    """
    if not cell:
        return cell
    if cell[0] in TRIGGERS:
        return "'" + cell
    start = _SKIPPED.match(cell).end()  # type: ignore[union-attr]
    if start and start < len(cell) and cell[start] in TRIGGERS:
        return "'" + cell
    return cell
