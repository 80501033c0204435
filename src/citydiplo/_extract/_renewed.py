"""The day a tie is renewed is not the day it was made.

"Yesterday's signing renews a strong Sister City relationship ... established 45 years
ago", "signed a memorandum of understanding renewing the sister-city relations", "자매결연
협약을 재체결했다", "续签友好城市协议", "ký lại thỏa thuận kết nghĩa": the signing the clause tells
renews a tie that already stands. The documented attachment rule
(:func:`citydiplo._extract._sentence.attach_date`) takes a signing in the partnership's clause
for its founding and gives the tie the renewal's date: wrong by the years the tie has stood.

Rule: a partnership candidate keeps no date when a renewal word of the language (the
``renewal`` step words of ``data/slots/<lang>.json``, matched without case) stands in the
clause of its cue or of its date; and when the article tells the tie of two parties as
renewed, a partnership candidate of theirs dated the day an agreement of theirs told in the
article was signed keeps none either (the signing renewed the tie, it did not make it:
"During yesterday's visit, both Mayors signed the Sister City agreement" under a renewal
headline); the evidence says why (``date_rule``). The agreement and the renewal event keep
theirs: the renewal happened on that day.
"""

from __future__ import annotations

import itertools

import attrs

from citydiplo._extract._sentence import Candidate, clause_of
from citydiplo._extract._slotdata import slot_data

__all__ = ["RENEWED", "without_renewal_dates"]

RENEWED = "the date of a renewal of the tie: no founding date"


def _words(lang: str) -> tuple[str, ...]:
    words = slot_data(lang).get("events", {}).get("renewal", ())
    return tuple(w.casefold() for w in words)


def without_renewal_dates(cands: list[Candidate], text: str, lang: str) -> list[Candidate]:
    """``cands`` with the renewal days taken off partnerships (the module's rule).

    >>> from citydiplo import extract
    >>> t = ("On May 21, 2024 the mayors of San Francisco and Shanghai signed an agreement "
    ...      "renewing the sister city relationship.")
    >>> [(r.type, str(r.date)) for r in extract(t, lang="en").records if r.type == "partnership"]
    [('partnership', 'None')]
    """
    words = _words(lang) if lang else ()
    if not words:
        return cands
    renewed = {_pair(c) for c in cands if c.type == "partnership" and _renewal(c, text, words)}
    if not renewed:
        return cands
    signed: dict[frozenset[str], set[str]] = {}  # each pair of places -> the days signed
    for c in cands:
        if c.type == "agreement" and c.date is not None and c.date.date is not None:
            for two in itertools.combinations(sorted(_pair(c)), 2):  # any two of its parties
                signed.setdefault(frozenset(two), set()).add(str(c.date.date))
    return [
        attrs.evolve(c, date=None, date_rule=RENEWED)
        if _renewed(c, text, words, renewed, signed)
        else c
        for c in cands
    ]


def _renewed(
    c: Candidate,
    text: str,
    words: tuple[str, ...],
    renewed: set[frozenset[str]],
    signed: dict[frozenset[str], set[str]],
) -> bool:
    d = c.date
    if c.type != "partnership" or d is None or d.date is None:
        return False
    pair = _pair(c)
    if _renewal(c, text, words) and c.sentence.start <= d.start < c.sentence.end:
        return True
    return pair in renewed and str(d.date) in signed.get(pair, set())


def _pair(c: Candidate) -> frozenset[str]:
    return frozenset(a for a, _ in c.actors)


def _renewal(c: Candidate, text: str, words: tuple[str, ...]) -> bool:
    d, s = c.date, c.sentence
    spans = {clause_of(s, c.cue.start)}
    if d is not None and s.start <= d.start < s.end:
        spans.add(clause_of(s, d.start))
    return any(w in text[c0:c1].casefold() for c0, c1 in spans for w in words)
