"""Whether a sentence tells of the past, for a day alone that may be of this month or the
last: its closing verb in the past (Korean "…했다", Japanese "…ました": ``past_verb_endings``,
:mod:`._verb_endings`), its verbs all of the past (Hindi, Gujarati: ``tense_past`` and
``tense_future``, :mod:`._tense`), or one of the language's common verbs in the past tense
(English "met", "came": ``past_verbs``) and no word of the future (that is checked first by
the caller). Only listed forms count: a word that merely ends like a past ("scheduled") does
not.

>>> from citydiplo import parse_date, PartialDate
>>> parse_date("On the 25th, the mayor met the delegation", lang="en",
...            ref=PartialDate("2024-05-15"))
PartialDate("2024-04-25")
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from citydiplo._text._tense import sentence_tense

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar

__all__ = ["told_in_past"]

_WORDS = re.compile(r"\w+")


def told_in_past(sentence: str, closing: str, g: Grammar) -> bool:
    """Whether ``sentence`` (folded), whose closing verb is of tense ``closing`` ("past",
    "present" or ""), tells of the past."""
    if closing:
        return closing == "past"
    if sentence_tense(sentence, g) == "past":
        return True
    lists = g.vocab.lists
    verbs = lists.get("past_verbs", frozenset())
    if not verbs:
        return False
    not_verbs = lists.get("past_verbs_not", frozenset())
    return any(w in verbs and w not in not_verbs for w in _WORDS.findall(sentence))
