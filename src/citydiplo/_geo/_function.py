"""Function words that are also place names are never places (used by ``find_places``).

``data/function_words.json`` (built by ``tools/build_function_words.py`` from stopwordsiso
and wordfreq) lists, for each language written without capitals, the function words that
name only small places abroad: Hindi "और" (and) is Aur, Marshall Islands. Such a word is
already read only beside a generic word (``Cues.ordinary_words``); this rule takes the
generic word away too, for a generic word beside a function word belongs to another name:
"ग्वांगडोंग प्रांत और गुजरात" is Guangdong province and Gujarat.
"""

from __future__ import annotations

from functools import cache

from citydiplo._geo._data import load_json

__all__ = ["function_word"]


@cache
def _words() -> frozenset[str]:
    data = load_json("function_words.json")["words"]
    return frozenset(word for words in data.values() for word in words)


def function_word(key: str) -> bool:
    """Whether the match key ``key`` is a function word of a language written without
    capitals that also names a small place abroad.

    >>> function_word("और"), function_word("गुजरात")
    (True, False)
    """
    return key in _words()
