"""Two mentions side by side that name one day: what may stand between them.

"Сегодня, 27 июня", "昨日(11月1日)", "10年前の2008年": punctuation, a space, a genitive particle.
Besides these, a word of the language's ``apposition_links`` (data: "यानी", "એટલે કે",
"כלומר", "то есть", "یعنی": that is; "בערב": in the evening, of "אתמול בערב (29.11)") and a
weekday's name ("השבוע, יום ב', 7.4.25", which the day beside it is checked against where it
is joined) may stand between a word for a day and the date it names: the text names that day
twice, as :func:`citydiplo.parse_date` then checks (each resolves to it, or, without ``ref``,
the word cannot be resolved and the date stated outright is the answer).

>>> from citydiplo import parse_date
>>> str(parse_date("एक दिन बाद यानी 27 अगस्त को उत्सव शुरू हो रहा है", lang="hi"))
'XXXX-08-27'
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from citydiplo._text._fast import per_grammar

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar

__all__ = ["apposed"]

_APPOSITION = re.compile(r"[ ,，、:：(（\-–—/|]*(?:[の的]|ה-?)?")  # "10年前の2008年": the same year
_PUNCTUATION = re.compile(r"[ ,，、:：()（）\-–—/|]+")


def _words(g: Grammar) -> tuple[str, ...]:
    """The links and weekdays' names of ``g``, longest first (built once per grammar)."""
    links = g.vocab.lists.get("apposition_links", frozenset())
    return tuple(sorted((*links, *g.vocab.weekdays), key=len, reverse=True))


_WORDS: dict[int, tuple[Grammar, tuple[str, ...]]] = {}


def apposed(folded: str, start: int, end: int, g: Grammar) -> bool:
    """Whether ``folded[start:end]``, between two mentions, sets them side by side."""
    if _APPOSITION.fullmatch(folded, start, end):
        return True
    gap = _PUNCTUATION.sub(" ", folded[start:end]).strip()
    if not gap or len(gap) > 24:
        return False
    for word in per_grammar(_WORDS, g, _words):
        gap = gap.replace(word, " ")
    return not gap.strip(" '")
