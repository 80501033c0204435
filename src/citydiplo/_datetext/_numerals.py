"""Length-preserving folding of text for date matching: native digits, case, letter variants.

Every character maps to exactly one character, so offsets in the folded text are offsets in
the original and :func:`fold` can be used for spans.

>>> fold("۲۴ ژانويه ٢٠٢٥")
'24 ژانویه 2025'
"""

from __future__ import annotations

import functools

__all__ = ["fold", "to_ascii_digits"]

# Zero digits of the scripts we read; each block holds ten consecutive digits.
_ZEROS = (0x0660, 0x06F0, 0x0966, 0x09E6, 0x0AE6, 0x0E50, 0xFF10)
_LETTERS = {
    "ي": "ی",  # Arabic yeh -> Persian yeh
    "ى": "ی",
    "ك": "ک",  # Arabic kaf -> Persian keheh
    "ۀ": "ه",
    "ة": "ه",
    "ё": "е",
    "Ё": "е",
    "\u00a0": " ",
    "\u202f": " ",
    "\u3000": " ",
    "‐": "-",
    "‑": "-",
    "‒": "-",
    "–": "-",
    "—": "-",
    "―": "-",
    "~": "-",
    "～": "-",
    "〜": "-",
    "／": "/",
    # Devanagari letters with a precomposed nukta -> the base letter (one char for one char)
    "\u0958": "\u0915",
    "\u0959": "\u0916",
    "\u095a": "\u0917",
    "\u095b": "\u091c",
    "\u095c": "\u0921",
    "\u095d": "\u0922",
    "\u095e": "\u092b",
    "\u095f": "\u092f",
}


@functools.cache
def _table() -> dict[int, str]:
    table = {ord(k): v for k, v in _LETTERS.items()}
    for zero in _ZEROS:
        for digit in range(10):
            table[zero + digit] = str(digit)
    return table


def to_ascii_digits(text: str) -> str:
    """Native digits (Devanagari, Gujarati, Persian, Arabic-Indic, full-width) as ASCII.

    >>> to_ascii_digits("६ ૨૦૨૫ ۱۴۰۴ ２０２５")
    '6 2025 1404 2025'
    """
    return text.translate(_table())


def fold(text: str) -> str:
    """Lower-case, ASCII digits, folded letter variants; always ``len(fold(t)) == len(t)``."""
    folded = text.translate(_table())
    lowered = folded.lower()
    if len(lowered) == len(folded):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in folded)
