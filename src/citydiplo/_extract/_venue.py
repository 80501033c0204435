"""A place named with a locative postposition locates a meeting; it takes no part in it.

"दोनों राज्यों के बीच राजधानी गांधीनगर में मुख्यमंत्री विजय रूपाणी व ... प्रतिनिधिमंडल ..." (in
the capital Gandhinagar, Chief Minister Vijay Rupani and the delegation ...): Gandhinagar is
where they met, not a side. Rule: in a meeting, reception or delegation (not a visit, whose
destination is its host), a place right before one of the language's ``venue`` postpositions
(Hindi "में") and named nowhere else in the sentence is
no participant; an event left with one person only once such places are out is skipped
(one left with a place of its own keeps them all: "जयपुर में प्रतिनिधिमंडल का लखनऊ के
अधिकारियों ने नेतृत्व किया", Jaipur hosts the delegation from Lucknow).
An occurrence told before ("in Jaipur, this delegation ...") is left to join its first
telling, places and all. An agreement is signed somewhere too: "उत्तर प्रदेश के मुख्यमंत्री
योगी आदित्यनाथ ने सोमवार को लखनऊ में जापान के यामानाशी प्रान्त के साथ समझौता ज्ञापन (एमओयू) पर
हस्ताक्षर किए" (signed an MoU with Yamanashi in Lucknow): Lucknow is no party, and an
agreement left with one side is skipped (``_parties``).
"""

from __future__ import annotations

from functools import cache

from citydiplo._extract._sentence import PLACE_TYPES, Candidate

__all__ = ["venue_only"]


def _told(c: Candidate, text: str, lang: str) -> bool:
    """Whether ``c`` is an occurrence told before ("जयपुर में इस प्रतिनिधिमंडल का ..."): it joins
    the earlier telling with its places (:mod:`citydiplo._extract._retold`)."""
    from citydiplo._extract._cues import cues
    from citydiplo._extract._retold import retold

    data = cues(lang)
    script = data["script"]
    return retold(c, text, tuple(data.get("retold_before", ())),
                  tuple(data.get("retold_after", ())), script["boundary"] == "word",
                  tuple(script["prefixes"]))

_KINDS = frozenset({"meeting", "receive", "delegation"})


@cache
def _marks(lang: str) -> tuple[str, ...]:
    from citydiplo._extract._cues import cues

    return tuple(cues(lang).get("venue", ()))


def venue_only(c: Candidate, text: str, lang: str) -> frozenset[str]:
    """The places of event ``c`` its sentence names only as where it happens.

    >>> from citydiplo import extract
    >>> t = "मेयर राम कुमार ने लखनऊ में राजदूत श्याम वर्मा से मुलाकात की।"
    >>> [sorted(r.actors) for r in extract(t, lang="hi").records]
    [['person-रामकुमार', 'person-श्यामवर्मा']]
    """
    marks = _marks(lang)
    if not marks or (c.type != "agreement" and (
            c.type != "event" or c.kind not in _KINDS or _told(c, text, lang))):
        return frozenset()
    ents = [m for m in c.sentence.entities if m.actor]
    located = {m.actor for m in ents if m.actor_type in PLACE_TYPES
               and any(text[m.end:m.end + len(w) + 1].strip() == w
                       or text.startswith(w, m.end) for w in marks)}
    elsewhere = {m.actor for m in ents if m.actor in located
                 and not any(text[m.end:m.end + len(w) + 1].strip() == w
                             or text.startswith(w, m.end) for w in marks)}
    return frozenset(a for a in located - elsewhere if a)
