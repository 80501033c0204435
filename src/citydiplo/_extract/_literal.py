"""Where a literal string occurs in a text, without compiling it into a pattern.

``re.finditer(re.escape(word), text)`` compiles one pattern per word; for the names of one
article that is a pattern used once, and each pushes a reused pattern (pysbd's, the cue
files') out of ``re``'s small cache, which then compiles that one again.
"""

from __future__ import annotations

from collections.abc import Iterator

__all__ = ["occurrences"]


def occurrences(text: str, word: str) -> Iterator[tuple[int, int]]:
    """The spans of ``word`` in ``text`` that ``re.finditer(re.escape(word), text)`` gives:
    leftmost first, never overlapping.

    >>> list(occurrences("aaaa", "aa")), list(occurrences("Rock Hill Rock", "Rock"))
    ([(0, 2), (2, 4)], [(0, 4), (10, 14)])
    """
    if not word:
        raise ValueError("occurrences(): the word is empty; expected at least one character")
    at = text.find(word)
    while at >= 0:
        yield at, at + len(word)
        at = text.find(word, at + len(word))
