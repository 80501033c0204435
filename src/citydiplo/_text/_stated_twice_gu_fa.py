"""The same date written twice in one sentence: "આગામી તા. 10મી માર્ચના રોજ મ્યુનિસિપલ
કમિશનરે તા. 10મી માર્ચના રોજ બોર્ડની બેઠક બોલાવી" (on the 10th of March … on the 10th of
March).

Mentions side by side that name one day are read by ``parse_date`` as that day (see
:mod:`._apposed`). Far apart, two mentions are two dates, unless each states the same day and
month in the same words (the same fields: day, month and year if any): the text names one day
twice, and :func:`citydiplo.parse_date` still checks that both resolve to it. A weekday, a word
for a day or a bare day is not enough ("15 ... 15" may be two months' days).

Mentions joined as a span by a dash alone ("ביום א' הבא- 2.6.19": next Sunday - 2.6.19;
"۲۵ مهر ۱۴۰۴ - 17 October, 2025") may name one day; a word that joins a span's ends
("с 10 июня до вторника": until Tuesday) makes them a span's two ends (:func:`no_range_word`).

A word for a day said again later in the sentence ("امروز دوشنبه ۶ مرداد ماه ۱۴۰۴ … برنامه
قطعی آب احتمالی امروز": today, Monday 6 Mordad 1404 … today's outage plan) names the same day
again: :func:`said_once` leaves its first saying, which the date beside it then states.

>>> from citydiplo import parse_date
>>> str(parse_date("امروز دوشنبه ۶ مرداد ماه ۱۴۰۴ قطعی آب؛ برنامه احتمالی امروز", lang="fa"))
'2025-07-28'
>>> str(parse_date("તા. 10મી માર્ચના રોજ કમિશનરે તા. 10મી માર્ચના રોજ બેઠક બોલાવી", lang="gu"))
'XXXX-03-10'
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from citydiplo._text._words import ends_with_word

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["no_range_word", "said_once", "stated_twice"]


def stated_twice(candidates: list[Candidate]) -> bool:
    """Whether every mention states the same day and month, with the same fields."""
    first = candidates[0].fields
    if "d" not in first or not ("m" in first or "h" in first):
        return False
    return all(c.fields == first and c.low is None for c in candidates)


_SAID = frozenset({"ph", "weekday"})


def said_once(candidates: list[Candidate], g: Grammar) -> list[Candidate]:
    """``candidates`` without each later saying of a word for a day said before; never of a
    word of two readings (Hindi "कल": yesterday or tomorrow, both in one sentence)."""
    said: set[str] = set()
    out: list[Candidate] = []
    phrases = g.vocab.phrases
    for c in candidates:
        word = c.fields.get("ph") if c.kind == "phrase" and _SAID.issuperset(c.fields) else None
        if word is not None and len(phrases.get(word, ())) != 1:
            word = None
        if word is not None and word in said:
            continue
        if word is not None:
            said.add(word)
        out.append(c)
    return out


def no_range_word(candidates: list[Candidate], folded: str, g: Grammar) -> bool:
    """Whether no mention is opened by a word (not a dash) that joins or opens a span's ends."""
    words = g.words["range_connectors"] | g.words["day_range_connectors"]
    words = (words | g.words["range_prefixes"] | g.words["open_prefixes"]) - {"-"}
    for c in candidates:
        if c.fields.get("wdp") in words or ends_with_word(folded[: c.start].rstrip(), words):
            return False
    return True
