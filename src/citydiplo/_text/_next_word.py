"""Whether a word of a list follows a position of folded text (counters after a number,
place nouns after a Han day): one compiled trie per list, tried only where its first
characters stand."""

from __future__ import annotations

import functools
import re

from citydiplo._text._words import alternation

__all__ = ["next_word_in"]

_CJK = "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"


@functools.lru_cache(maxsize=256)
def _words_at_start(words: frozenset[str]) -> tuple[re.Pattern[str] | None, frozenset[str]]:
    """A pattern for "the text starts with one of ``words``": a whole word, or, for words
    ending in CJK or Hangul, which run into the next word, any start ("个城市"); and the
    characters such a text can start with (the words' first ones, and a space)."""
    if not words:
        return None, frozenset()
    alt = alternation(words)  # a trie: one test of the first character, not one per word
    first = frozenset(w[0] for w in words if w) | {" "}
    return re.compile(rf" ?(?:{alt})(?:(?<=[{_CJK}])|(?!\w))"), first


def next_word_in(folded: str, end: int, words: frozenset[str]) -> bool:
    """Whether the text after ``end`` starts (after a space) with one of ``words``."""
    pattern, first = _words_at_start(words)
    if pattern is None or folded[end : end + 1] not in first:
        return False
    return pattern.match(folded, end) is not None
