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

A mark may also frame the place, "…" standing for it: Chinese "在…举行" (held in …).
"6月4日,在兰州举行的甘肃省与安徽省战略合作备忘录暨友好城市(开发区)项目合作协议签约仪式上,
我市与安徽宣城市正式缔结为友好城市" (at the signing ceremony held in Lanzhou, our city and
Xuancheng became friendship cities): Lanzhou is where the tie was made, no side of the
agreement nor of the partnership the sentence tells; a tie left with one side is skipped.
A framed mark reads "held in", never "from" or "to": no visit's destination is taken out.
"""

from __future__ import annotations

from functools import cache

from citydiplo._extract._sentence import PLACE_TYPES, Candidate, Sentence

__all__ = ["framed_venues", "venue_only"]


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
def _marks(lang: str) -> tuple[tuple[str, str], ...]:
    """The language's venue marks as (before, after) the place: "में" is ("", "में"),
    "在…举行" is ("在", "举行")."""
    from citydiplo._extract._cues import cues

    out = []
    for w in cues(lang).get("venue", ()):
        before, _, after = w.rpartition("…") if "…" in w else ("", "", w)
        out.append((before.strip(), after.strip()))
    return tuple(out)


def _at(text: str, start: int, end: int, mark: tuple[str, str], words: bool) -> bool:
    """Whether the place ``text[start:end]`` stands inside ``mark`` (in a script of
    ``words``, a mark before the place starts a word)."""
    before, after = mark
    if after and not (text[end:end + len(after) + 1].strip() == after
                      or text.startswith(after, end)):
        return False
    if not before:
        return True
    head = text[max(0, start - len(before) - 2):start].rstrip()
    if not head.endswith(before):
        return False
    rest = head[:-len(before)]
    return not (words and rest and rest[-1].isalnum())


def framed_venues(s: Sentence, text: str, lang: str) -> frozenset[int]:
    """The starts of the places of sentence ``s`` inside a framed venue mark ("在兰州举行"):
    where something was held, never one of "the two cities" a later sentence refers to."""
    from citydiplo._extract._cues import cues

    marks = tuple(m for m in _marks(lang) if m[0] and m[1])
    if not marks:
        return frozenset()
    words = cues(lang)["script"]["boundary"] == "word"
    return frozenset(m.start for m in s.entities if m.actor_type in PLACE_TYPES
                     and any(_at(text, m.start, m.end, w, words) for w in marks))


def venue_only(c: Candidate, text: str, lang: str,
               memo: dict[tuple[int, int, bool], frozenset[str]] | None = None
               ) -> frozenset[str]:
    """The places of event ``c`` its sentence names only as where it happens. ``memo``
    keeps each sentence's answer (for ties: framed marks only), so that a sentence of many
    candidates is read once.

    >>> from citydiplo import extract
    >>> t = "मेयर राम कुमार ने लखनऊ में राजदूत श्याम वर्मा से मुलाकात की।"
    >>> [sorted(r.actors) for r in extract(t, lang="hi").records]
    [['person-रामकुमार', 'person-श्यामवर्मा']]
    """
    marks = _marks(lang)
    if not marks or c.type == "document" or c.type == "claim" or (
            c.type == "event" and (c.kind not in _KINDS or _told(c, text, lang))):
        return frozenset()
    framed = c.type == "partnership"  # a tie is made at a place only a framed mark names
    key = (c.sentence.start, c.sentence.end, framed)
    if memo is not None and key in memo:
        return memo[key]
    found = _located(c.sentence, text, lang, framed)
    if memo is not None:
        memo[key] = found
    return found


def _located(s: Sentence, text: str, lang: str, framed: bool) -> frozenset[str]:
    from citydiplo._extract._cues import cues

    marks = tuple(m for m in _marks(lang) if m[0] and m[1]) if framed else _marks(lang)
    words = cues(lang)["script"]["boundary"] == "word"
    ents = [m for m in s.entities if m.actor]
    located = {m.actor for m in ents if m.actor_type in PLACE_TYPES
               and any(_at(text, m.start, m.end, w, words) for w in marks)}
    elsewhere = {m.actor for m in ents if m.actor in located
                 and not any(_at(text, m.start, m.end, w, words) for w in marks)}
    return frozenset(a for a in located - elsewhere if a)
