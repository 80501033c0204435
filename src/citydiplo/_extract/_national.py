"""An anniversary of ties between two countries is no city's event.

"To commemorate the 30th anniversary of the establishment of diplomatic ties between Korea and
China, the city collaborated with ...", "this year is the 40th anniversary of the
Sino-Japanese Peace and Friendship Treaty", "한중 수교 30주년", "中日邦交正常化50周年",
"日中国交正常化50周年", "kỷ niệm 30 năm thiết lập quan hệ ngoại giao", "30-летие установления
дипломатических отношений": the anniversary word names the jubilee of relations between
states (diplomatic relations, their normalisation, a peace treaty), kept across a whole
country; the cities the sentence names only take part in it. The curated sets record no such
event: a city's partnership or event is its own tie's anniversary ("the 30th anniversary of
their sister city ties"), not the nation's.

Rule: an event candidate of kind ``anniversary`` is dropped (and listed in
``Extraction.skipped``) when one of the language's ``national_ties`` phrases ("…" standing for
the anniversary word) ends at most ``_BEFORE`` characters before the word ("수교 30주년": the
count between) or begins at most ``_AFTER`` characters after it ("anniversary of the
establishment of diplomatic ties"), within its clause. An occurrence held for the national
anniversary under its own word ("a concert marking the 30th anniversary of diplomatic
relations") keeps its cue and stays; only the anniversary itself is no candidate. Nor is
an anniversary dropped whose sentence also tells a tie of the places themselves (a
``partnership`` cue): "Lễ kỷ niệm 60 năm ngày thiết lập quan hệ ngoại giao Việt Nam – Lào,
... 55 năm ngày ký hợp tác hữu nghị Thanh Hóa - Hủa Phăn" is the two provinces' ceremony too
-- unless another anniversary word stands between, the tie's own: "the 40th anniversary of the
Sino-Japanese Peace Treaty, and the 10th anniversary of the friendly cooperation relationship
... between Dalian and Ota" keeps the first word the nation's.

The states such an anniversary names are no participants of another event its sentence tells:
"Визит приурочен к 75-летию установления дипломатических связей России и Китая" (the visit
was timed to the 75th anniversary of diplomatic ties between Russia and China) gave a visit
of Russia and China. Rule: an event candidate of another kind loses the actors that are
countries named only after a national anniversary word of its clause (the word the rule above
reads as the nation's); left with no actor, it is dropped (and listed in
``Extraction.skipped``): the sentence tells the occasion of a visit told elsewhere, or no one's.
"""

from __future__ import annotations

import attrs

from citydiplo._extract._cue_phrases import near_cue, phrases
from citydiplo._extract._sentence import Candidate, Sentence, clause_of

__all__ = ["without_national"]

_BEFORE = 14  # "राजनयिक संबंधों की 70वीं वर्षगांठ": a particle and the count between
_AFTER = 40  # "anniversary of the establishment of diplomatic ties": 25 between


def without_national(
    cands: list[Candidate], text: str, lang: str, skipped: list[tuple[Sentence, str]]
) -> list[Candidate]:
    """``cands`` without the anniversaries of ties between countries (module docstring).

    >>> from citydiplo import extract
    >>> t = "Busan and Shanghai marked the 30th anniversary of diplomatic ties of the two nations."
    >>> [r.type for r in extract(t, lang="en").records]
    []
    >>> t = "Busan and Shanghai marked the 30th anniversary of their sister city ties."
    >>> sorted(r.type for r in extract(t, lang="en").records)
    ['event', 'partnership']
    """
    words = phrases(lang, "national_ties")
    if not words[0] and not words[1]:
        return cands
    out = []
    for c in cands:
        if c.type == "event" and c.kind == "anniversary" and not _own_tie(c) and near_cue(
                c, text, words, (_BEFORE, _AFTER), 20):
            skipped.append((c.sentence, "an anniversary of ties between countries"))
            continue
        if c.type == "event" and c.kind != "anniversary":
            c = _without_jubilee_states(c, text, words)
            if not c.actors:
                skipped.append((c.sentence, "names only the states of a national anniversary"))
                continue
        out.append(c)
    return out


def _without_jubilee_states(
    c: Candidate, text: str, words: tuple[tuple[str, ...], tuple[str, ...]]
) -> Candidate:
    """``c`` without the countries its clause names only after a national anniversary word.

    >>> from citydiplo import extract
    >>> t = ("Визит приурочен к 75-летию установления дипломатических связей России и Китая "
    ...      "в 2024 году.")
    >>> [r.type for r in extract(t, lang="ru").records]
    []
    >>> t = "Делегация Харбина посетила Иркутск к 75-летию дипломатических связей России и Китая."
    >>> [sorted(r.actors) for r in extract(t, lang="ru").records]
    [['city-harbin', 'city-irkutsk']]
    """
    lo, hi = clause_of(c.sentence, c.cue.start)
    marks = [h.start for h in c.sentence.hits
             if h.family == "event" and h.value == "anniversary" and lo <= h.start < hi
             and near_cue(attrs.evolve(c, cue=h), text, words, (_BEFORE, _AFTER), 20)]
    if not marks:
        return c
    first = min(marks)
    where: dict[str, list[tuple[int, str | None]]] = {}
    for m in c.mentions:
        if m.actor:
            where.setdefault(m.actor, []).append((m.start, m.actor_type))
    gone = {a for a, seen in where.items()
            if all(t == "country" and first < at < hi for at, t in seen)}
    if not gone:
        return c
    return attrs.evolve(c, actors=tuple((a, r) for a, r in c.actors if a not in gone))


def _own_tie(c: Candidate) -> bool:
    """Whether the sentence of ``c`` tells a tie of the places (a ``partnership`` cue) with
    no other anniversary word between it and the candidate's own."""
    others = [h.start for h in c.sentence.hits
              if h.family == "event" and h.value == "anniversary" and h.start != c.cue.start]
    ties = [h.start for h in c.sentence.hits if h.family == "partnership"]
    return any(
        not any(min(at, c.cue.start) < a < max(at, c.cue.start) for a in others) for at in ties
    )
