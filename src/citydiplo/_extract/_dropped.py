"""A subject left unsaid after "并", "また", "同時に", "이어": :func:`dropped_subjects`.

Chinese, Japanese and Korean go on with the previous sentence's subject without naming it
again: "大分市代表团访问了武汉市。并与武汉市签署了友好协议。" (the Oita delegation visited
Wuhan, and signed a friendship agreement with Wuhan), "高槻市は常州市を訪問した。また、
常州市と協定を締結した。", "파주시는 진저우시를 방문했다. 이어 단둥시와 협약을 체결했다."
The second sentence names one side only; its other side is the first one's subject.

Rule: a sentence that opens with one of the language's continuation ``markers``
(``data/continuation.json``) and has no subject of its own takes the subject of the sentence
before it, when that subject is a city or region: in Japanese and Korean the first place of
the sentence before, written with a subject ``particle`` right after it, or after a place
``suffix`` its mention left out ("高槻市は", "파주시는", "하노이" + "시는"); in Chinese a
place that opens the sentence before (only a date and punctuation before it: "6月2日，大分市
…"). A sentence has a subject of its own when it names a place with a subject particle
(Japanese, Korean) or names the subject's place already. The subject becomes a mention of
the sentence at the marker's span (the words that stand for it), as "同市" does; it is not
listed in ``Extraction.mentions``, which holds what the text names.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

import attrs

from citydiplo._extract._mention import Mention
from citydiplo._extract._sentence import PLACE_TYPES, Sentence

__all__ = ["dropped_subjects"]

_OPEN = " \t\n\u3000"


@cache
def _data(lang: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    raw = resources.files("citydiplo._extract").joinpath("data/continuation.json").read_text(
        encoding="utf-8")
    data = json.loads(raw)
    markers = sorted(data["markers"].get(lang, ()), key=lambda w: (-len(w), w))
    particles = tuple(data["particles"].get(lang, ()))
    marked = tuple(x + p for x in ("", *data["suffixes"].get(lang, ())) for p in particles)
    return tuple(markers), marked, particles


def _places(s: Sentence) -> list[Mention]:
    return [m for m in s.entities if m.kind == "place" and m.actor_type in PLACE_TYPES]


def _subject(s: Sentence, text: str, particles: tuple[str, ...]) -> Mention | None:
    places = _places(s)
    if not places:
        return None
    first = places[0]
    if particles:
        return first if any(text.startswith(p, first.end) for p in particles) else None
    gap = text[s.start:first.start]
    for d in s.dates:  # "6月2日，大分市…": a date may come first
        if s.start <= d.start and d.end <= first.start:
            gap = gap.replace(d.text, "")
    return first if not any(c.isalnum() for c in gap) else None


def dropped_subjects(sents: list[Sentence], text: str, lang: str) -> list[Sentence]:
    """``sents`` with the unsaid subject of each continuing sentence as a mention (see the
    module's rule).

    >>> from citydiplo import extract
    >>> t = "大分市代表团访问了武汉市。并与武汉市签署了友好协议。"
    >>> sorted(sorted(r.actors) for r in extract(t, lang="zh").records
    ...        if r.type == "agreement")
    [['city-oita', 'city-wuhan']]
    """
    markers, particles, _ = _data(lang)
    if not markers:
        return sents
    out = list(sents)
    for i in range(1, len(sents)):
        s = sents[i]
        lead = len(text[s.start:s.end]) - len(text[s.start:s.end].lstrip(_OPEN))
        at = s.start + lead
        marker = next((w for w in markers if text.startswith(w, at)), None)
        subject = _subject(sents[i - 1], text, particles) if marker else None
        if marker is None or subject is None:
            continue
        own = _places(s)
        if any(m.actor == subject.actor for m in own) or any(
                text.startswith(p, m.end) for m in own for p in particles):
            continue
        unsaid = attrs.evolve(subject, start=at, end=at + len(marker), text=marker,
                              title=None, proclitic=None)
        out[i] = attrs.evolve(s, entities=tuple(sorted(
            (*s.entities, unsaid), key=lambda m: (m.start, m.end))))
    return out
