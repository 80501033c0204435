"""The keys of a trie that a text starts with, read word by word.

``find_places`` asks the gazetteer for the keys that begin the text at every word, several
times per word (the name as written, in the parallel Brahmic script, respelled...), and
each call into the trie costs microseconds whatever it finds. A key longer than the text's
first word holds the space after it, so when no key starts with that word and a space, the
keys that begin the text are those that begin the word alone: the same list, in the same
order, which is kept per word (words recur; the text after them does not).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

__all__ = ["WordPrefixes"]


class WordPrefixes:
    """``trie.prefixes(text)`` of a marisa trie, read through the text's first word."""

    def __init__(self, trie: Any, size: int = 1 << 16) -> None:
        self._trie = trie
        self._by_word = lru_cache(maxsize=size)(self._word)
        self._opens = lru_cache(maxsize=size)(self._pair)

    def _word(self, word: str) -> tuple[tuple[str, ...], bool]:
        longer = next(self._trie.iterkeys(word + " "), None) is not None
        return tuple(self._trie.prefixes(word)), longer

    def __call__(self, text: str) -> list[str]:
        """Every key of the trie that is a prefix of ``text``, shortest first."""
        space = text.find(" ")
        if space > 0:
            found, longer = self._by_word(text[:space])
            if not longer:
                return list(found)
        keys: list[str] = self._trie.prefixes(text)
        return keys

    def _pair(self, pair: str) -> bool:
        """Whether some key is a prefix of ``pair`` or starts with it."""
        return bool(self._trie.prefixes(pair)) or next(self._trie.iterkeys(pair), None) is not None

    def opens(self, pair: str) -> bool:
        """Whether :meth:`unspaced` may find a key in a text that starts with ``pair`` (its
        first two characters): when not, it finds none."""
        return self._opens(pair)

    def unspaced(self, text: str) -> list[str]:
        """The same keys, looked up in the trie at once: for Chinese or Japanese text, whose
        "first word" runs to the next punctuation and is no word that recurs.

        Most characters of such a text begin no key: a key that is a prefix of ``text`` is
        one of ``text[:2]`` or starts with it, so where no key is either (kept per pair of
        characters, which recur where clauses do not) the answer is empty without reading
        the rest of the text.
        """
        if not self._opens(text[:2]):
            return []
        keys: list[str] = self._trie.prefixes(text)
        return keys
