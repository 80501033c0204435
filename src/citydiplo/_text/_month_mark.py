"""A month's name alone, without the letter of a preposition glued to it, is a person's name in
Hebrew more often than a month: "יוני חכימי" (Yoni Hakimi), "יולי" (Yuli), while the month
alone is said "ביוני" (in June), "מיוני" (from June), "עד יולי" or "בחודש יוני". In a
language whose data set ``bare_month_needs_mark``, a month read alone (no day, no year) is
kept only with one of the language's ``prefixes`` glued to it, or after a word of its
``month_nouns`` or its ``day_range_connectors`` ("עד", "ועד").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from citydiplo._text._words import ends_with_word

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar

__all__ = ["unmarked_month"]


def unmarked_month(m: re.Match[str], group: str, g: Grammar) -> bool:
    """Whether the month alone matched by ``m`` stands without the mark its language needs.

    >>> from citydiplo._text._lexicon import grammar
    >>> from citydiplo._text._scan import scan
    >>> from citydiplo._text._numerals import fold
    >>> def kinds(text):
    ...     folded, where = fold(text)
    ...     return [c.kind for c in scan(folded, text, where, grammar(("he",)))]
    >>> kinds("בהובלת ראש המועצה, יוני חכימי"), kinds("ביוני"), kinds("בחודש יוני")
    ([], ['m'], ['m'])
    """
    if not g.vocab.flags.get("bare_month_needs_mark") or m.start() < m.start(group):
        return False  # (a prefix letter glued before the name: "ביוני")
    head = m.string[max(0, m.start() - 16) : m.start()].rstrip()
    nouns = g.vocab.lists.get("month_nouns", frozenset())
    return not (ends_with_word(head, nouns) or ends_with_word(head, g.words["range_connectors"]))
