"""One search for any of a set of words, each a word of its own where its script is spaced.

A word of a script written with spaces counts only where no letter touches it ("fy" of
"FY2024", never of "notify"); one of a script without spaces (Han, kana, Hangul) counts
anywhere ("年度"). The pattern for that, written with the "no letter before" lookbehind first,
makes the regex engine try every position of the text: a pattern that starts with the words
themselves lets it skip, in C, every character that starts none of them. So the words are
searched without the lookbehind, and the character before a match is tested after it: the
same positions are found, and a text without the words costs one fast search.

>>> t = Trigger(frozenset({"fy", "fiscal year", "年度"}))
>>> t.found("in fy 2024", 0, 10), t.found("notify 2024", 0, 11), t.found("2023年度", 0, 6)
(True, False, True)
>>> t.found("fy2024", 0, 6), t.found("fyodor", 0, 6), t.found("in fy 2024", 3, 10)
(True, False, True)
"""

from __future__ import annotations

import re

from citydiplo._text._words import alternation

__all__ = ["Trigger"]

_LETTER = re.compile(r"[^\W\d_]")  # (what "a letter" is in the lookbehind this replaces)


def _glued(word: str) -> bool:
    """Whether ``word`` is written in a script without spaces (Han, kana, Hangul)."""
    return any("\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7a3" for ch in word)


class Trigger:
    """Whether any of ``words`` stands in a text: :meth:`found` gives what a search of
    ``glued|(?<![^\\W\\d_])(?:spaced)(?![^\\W\\d_])`` would find, faster."""

    __slots__ = ("_search",)

    def __init__(self, words: frozenset[str]) -> None:
        glued = frozenset(w for w in words if _glued(w))
        spaced = words - glued
        parts = [alternation(glued)] if glued else []
        if spaced:  # (the one group: a match of it needs the look before it)
            parts.append(rf"({alternation(spaced)})(?![^\W\d_])")
        self._search = re.compile("|".join(parts) if parts else "(?!)").search

    def found(self, text: str, start: int, end: int) -> bool:
        """Whether one of the words stands in ``text[start:end]`` (a letter before ``start``
        touches a word there, as the lookbehind sees it)."""
        search, letter = self._search, _LETTER.match
        while (m := search(text, start, end)) is not None:
            at = m.start()
            if m.lastindex is None or not at or letter(text, at - 1) is None:
                return True
            start = at + 1  # (a letter before: the words that start there are none)
        return False
