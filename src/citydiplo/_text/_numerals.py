"""Folding text for date matching while remembering where each character came from.

Native digits (Devanagari, Gujarati, Persian, Arabic-Indic, full-width...) become ASCII,
case is folded, spacing collapsed, dashes unified, and the spelling variants that
:mod:`citydiplo._normalize` folds for names (invisible characters and ZWNJ, the nukta, Hebrew
points, Arabic harakat and the ezafe mark, Arabic yeh and kaf) are folded too. Vietnamese and
other Latin accents are kept: they tell words apart ("năm" is a year, "Nam" a name).

Every folded character keeps the offset of the original character it came from, so a match
in the folded text maps back to an exact span of the original.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from citydiplo._normalize import strip_invisible

__all__ = ["fold", "fold_word"]

_DROP_MARKS = re.compile("[\u0591-\u05c7\u064b-\u065f\u0670\u093c\u0abc]")
_LETTERS = str.maketrans(
    {"ي": "ی", "ى": "ی", "ك": "ک", "ۀ": "ه", "ة": "ه", "٬": ",", "،": ",", "־": "-", "−": "-"}
)
_DASHES = frozenset("‐‑‒–—―")


@functools.lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch.isspace():
        return " "
    if ch in _DASHES:
        return "-"
    if ch.isdecimal():
        return str(unicodedata.decimal(ch))
    if not strip_invisible(ch):
        return ""
    decomposed = unicodedata.normalize("NFD", ch.casefold())
    decomposed = _DROP_MARKS.sub("", decomposed).translate(_LETTERS)
    return unicodedata.normalize("NFC", decomposed)


def fold(text: str) -> tuple[str, list[int]]:
    """Fold ``text``; return the folded text and, per folded character, its original offset.

    The offsets list has one more entry than the folded text: ``len(text)``.

    >>> fold("۲۴  ژانویهٔ")[0]
    '24 ژانویه'
    """
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        folded = _fold_char(ch)
        if not folded:
            continue
        if folded == " " and (not out or out[-1] == " "):
            continue
        if out and unicodedata.combining(folded[0]) and out[-1] != " ":
            joined = unicodedata.normalize("NFC", out[-1] + folded[0])
            if len(joined) == 1:
                out[-1] = joined
                folded = folded[1:]
        for c in folded:
            out.append(c)
            where.append(i)
    where.append(len(text))
    return "".join(out), where


def fold_word(text: str) -> str:
    """Fold a lexicon entry the way :func:`fold` folds running text (no offsets).

    >>> fold_word("फ़रवरी") == fold_word("फरवरी")
    True
    """
    return fold(text)[0].strip()
