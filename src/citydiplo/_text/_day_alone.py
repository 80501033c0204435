"""Day suffixes that date a day alone, where the language otherwise wants a day word.

In Gujarati a day alone needs a day word ("તારીખ 5મીએ", "તા. 19"): "19મી" is also the
ordinal of "19મી સદી" (the 19th century). The locative forms of the day suffix
(``day_suffixes_alone``, data: "19મીએ", "2જીએ", "1લીએ": on the 19th, the 2nd, the 1st) are
said only of days, so they date the day without the word.

>>> from citydiplo import PartialDate, find_dates
>>> ref = PartialDate("2022-02-15")
>>> [str(m.value) for m in find_dates("નગરપાલિકા 19મીએ બેઠક મળશે", lang="gu", ref=ref)]
['2022-02-19']
>>> find_dates("19મી સદી", lang="gu", ref=ref)
[]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar

__all__ = ["needs_day_word"]


def needs_day_word(suffix: str, g: Grammar) -> bool:
    """Whether a day written with ``suffix`` (folded) and no day word is no date."""
    if not g.vocab.flags.get("day_only_needs_word"):
        return False
    return suffix.strip() not in g.vocab.lists.get("day_suffixes_alone", frozenset())
