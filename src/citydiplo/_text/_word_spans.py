"""A span whose first day is written in words ("بیست و پنجم تا بیست و هفتم آوریل 2017":
from the twenty-fifth to the twenty-seventh of April 2017) states both ends; when the scan reads
only the last, the last alone would drop what the text stated. :func:`day_word_ends` says
whether a text ends with a day written in words (the language's day words and ordinals).
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from citydiplo._text._words import ends_with_word

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar

__all__ = ["day_word_ends"]


@functools.lru_cache(maxsize=64)
def _day_words(langs: tuple[str, ...]) -> frozenset[str]:
    from citydiplo._text._lexicon import grammar

    return frozenset(w for w in grammar(langs).vocab.days if not w.isdigit())


def day_word_ends(text: str, g: Grammar) -> bool:
    """Whether ``text`` ends with a day written in words, standing as a word of its own."""
    length = ends_with_word(text, _day_words(g.langs))
    return length > 0 and (length == len(text) or not text[-length - 1].isalnum())
