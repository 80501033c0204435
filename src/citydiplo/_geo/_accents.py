"""The cue words of a cue file written with accents (:func:`accented_words`)."""

from __future__ import annotations

import unicodedata

from citydiplo._geo._evidence import script

__all__ = ["accented_words"]


def accented_words(data: dict[str, dict[str, list[str]]]) -> frozenset[str]:
    """The before/after cue words of a cue file that hold an accented Latin letter, as
    written (NFC, case-folded)."""
    words = {w for table in ("before", "after") for ws in data[table].values() for w in ws}
    return frozenset(
        unicodedata.normalize("NFC", w).casefold()
        for w in words
        if any(ord(ch) > 127 and script(ch) == "LATIN" for ch in w)
    )
