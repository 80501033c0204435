"""A weekday right after a verb in the past tense is a past day, whatever else the sentence
says: "Road work started Monday and is expected to continue" speaks of the future only after
"and"; the Monday it started is the last one, not the next. In a language whose data lists
``past_verb_suffixes`` (English "-ed") and ``past_verbs`` ("met", "began"), a weekday whose
word before (past an optional "on") is such a verb, and not one of ``past_verbs_not``
("scheduled", "planned": words of the future) nor a participle after a word of
``past_verb_heads_not`` ("will be closed Sunday"), is not read in the future, unless a word of
the future follows the weekday: it then opens a clause of its own, whose subject it is
("Forecasters said Sunday will close out the weekend").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar

__all__ = ["past_verb_before"]

_REACH = 30


def past_verb_before(folded: str, start: int, g: Grammar, end: int | None = None) -> bool:
    """Whether the word before ``start`` (past an "on") is a verb in the past tense, and no
    word of the future follows ``end``."""
    lists = g.vocab.lists
    if end is not None:
        after = folded[end : end + _REACH].lstrip()
        if any(
            after.startswith(w) and not after[len(w) : len(w) + 1].isalnum()
            for w in lists.get("future_words", frozenset())
        ):
            return False
    suffixes = lists.get("past_verb_suffixes", frozenset())
    verbs = lists.get("past_verbs", frozenset())
    if not suffixes and not verbs:
        return False
    words = folded[max(0, start - _REACH) : start].split()
    if words[-1:] == ["on"]:
        words = words[:-1]
    if not words:
        return False
    word = words[-1]
    if word in lists.get("past_verbs_not", frozenset()):
        return False
    if words[-2:-1] and words[-2] in lists.get("past_verb_heads_not", frozenset()):
        return False  # "will be closed Sunday": a participle after "be", no past tense
    return word in verbs or any(len(word) > len(s) + 2 and word.endswith(s) for s in suffixes)
