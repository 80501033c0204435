"""A date that ends a span whose first day is not read: "29 अप्रेल से 2 मई 2014 तक" (a
spelling of the month the lexicon lacks), "с 29 апрля по 2 мая 2014", "29 ફેબ્રઆરીથી 2 માર્ચ
સુધી".

The text states a span from the 29th to the 2nd; its last day alone would be silently wrong.
When a day figure, one word that no date reading covers and a word or dash joining the ends of
a span (Hindi "से", Gujarati "થી" glued to the word, Russian "по") come right before a date,
and the span is marked as one (a word opening it before the figure: "с", "از", "בין"; or a
word closing it after the date: "तक", "સુધી"), the date is left unread. A figure that a
counter or counted noun follows is a count, not a day, and a known joining word in the place of
the unread word ("29 से 2 मई") leaves the date to the rules of day spans, and so does a date
read just before the figure ("૧૨ જાન્યુઆરી ૨૦૨૪ સવારે ૧૦ વાગ્યે થી ૧૩ જાન્યુઆરી": a time of
the first end's day), or a word of the language's ``range_time_words`` after it.

>>> from citydiplo import find_dates
>>> find_dates("दिनांक 29 अप्रैलल से 2 मई 2014 तक मेला", lang="hi")
[]
>>> find_dates("Выставка пройдёт с 29 апрля по 2 мая 2014 года", lang="ru")
[]
>>> [str(m.value) for m in find_dates("5 किलोमीटर से 2 मई 2014 तक", lang="hi")]
['2014-05-02']
>>> [str(m.value) for m in find_dates("12 मई 2014 सुबह 10 बजे से 13 मई 2014 तक", lang="hi")]
['2014-05-12/2014-05-13']
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from citydiplo._text._count_nouns import counted_noun_follows
from citydiplo._text._next_word import next_word_in
from citydiplo._text._words import ends_with_word, starts_with_word

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["without_unread_heads"]

# a day figure, one word (letters and marks, no figure or punctuation), then a dash or a
# short word, right before the date
_HEAD = re.compile(
    r"(?:^|(?<=[\s(]))(?P<d>[12]\d|3[01]|0?[1-9]) (?P<w>[^\s\d.,:;()\-–—~]{2,16})"
    r"(?: (?P<j>[-–—~]|[^\s\d.,:;()]{1,6}))? $"
)
_FIGURE = re.compile(r"[0-9]")  # what every match of ``_HEAD`` holds (its day: [12], 3, [1-9])


def _unread_head(a: Candidate, before: int, folded: str, g: Grammar) -> bool:
    """Whether an unread span start (day, word, joint) ends right before ``a``."""
    window = folded[max(before, a.start - 48) : a.start]
    # (a class searched in C first: ``_HEAD`` is tried at every position, and most of the
    # words before a date hold no figure)
    m = None if _FIGURE.search(window) is None else _HEAD.search(window)
    if m is None:
        return False
    joints = g.words["range_connectors"] | g.words["day_range_connectors"]
    word, joint = m.group("w"), m.group("j")
    if joint is None:  # "ફેબ્રઆરીથી": the joint glued to the word
        cut = next((len(j) for j in sorted(joints, key=len) if word.endswith(j)), 0)
        if not cut or len(word) - cut < 2:
            return False
        word = word[:-cut]
    elif joint not in joints:
        return False
    if word in joints or word in g.words["range_prefixes"]:
        return False  # "29 से 2 मई": a span of days, for the day rules
    start = a.start - len(window) + m.start("w")
    lists = g.vocab.lists
    counters = lists.get("counters", frozenset()) | lists.get("range_time_words", frozenset())
    if next_word_in(folded, start - 1, counters) or counted_noun_follows(folded, start - 1, g):
        return False  # "5 किलोमीटर से": a count; "10 વાગ્યે થી": a time
    day = a.start - len(window) + m.start("d")
    if day - before < 24 and before:
        return False  # "૧૨ જાન્યુઆરી ૨૦૨૪ સવારે ૧૦ …થી": a date read just before opens it
    opened = ends_with_word(folded[:day].rstrip(), g.words["range_prefixes"]) > 0
    closed = starts_with_word(folded[a.end :].lstrip(), g.words["range_suffixes"]) > 0
    return opened or closed


def without_unread_heads(atoms: list[Candidate], folded: str, g: Grammar) -> list[Candidate]:
    """``atoms`` without each date that ends a span whose first day is not read."""
    out: list[Candidate] = []
    before = 0  # where the date read before ends
    for a in atoms:
        if a.start - before > 6 and _unread_head(a, before, folded, g):
            before = a.end
            continue
        before = a.end
        out.append(a)
    return out
