"""Neutralise CSV cells that a spreadsheet would run as formulas (CSV injection).

Following the OWASP advice on CSV injection, a cell that begins with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return is prefixed with a single quote, which spreadsheets show
as text and never evaluate. Apply it to text cells only: numbers written by the exporter
(``-3``) are not text and stay as they are. Fullwidth forms (``＝``, ``＋``, ``－``, ``＠``),
which some spreadsheets read as their ASCII twins, are neutralised too.
"""

from __future__ import annotations

__all__ = ["TRIGGERS", "neutralize"]

#: First characters that make a spreadsheet treat a cell as a formula.
TRIGGERS = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20")


def neutralize(cell: str) -> str:
    """``cell`` with a leading ``'`` if a spreadsheet would run it as a formula.

    >>> neutralize("=HYPERLINK(\\"http://x\\")")
    '\\'=HYPERLINK("http://x")'
    >>> neutralize("Hanam"), neutralize("")
    ('Hanam', '')
    """
    if cell and cell[0] in TRIGGERS:
        return "'" + cell
    return cell
