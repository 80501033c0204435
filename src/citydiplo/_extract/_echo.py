"""A place read from its marker, named again without it: :func:`draft_echoes`.

A place the gazetteer does not know is read from the word its marker stands beside
("города-побратима Уланчаб", "the city of Wadi Foquin"); the article then names it bare, or
in another case ("«Улан-Удэ – Уланчаб – Улан-Батор»", "делегация из Уланчаба"), where no
marker shows it. In a language whose capitals mark names (en, ru; not Vietnamese, which
capitalises every word of a title or an organisation, "Sở Du Lịch") the same capitalised
name written again as a whole word, perhaps with one of the language's case endings
(``script.endings``: "Уланчаб|а"), is the same place. The bare name must begin with a
capital, be four letters or more, lie in no other mention and in no cue word, and not open
its sentence (a sentence's first word is capitalised whatever it is). The scripts without
capitals already keep only the names that recur (:mod:`._mentions`); Han and kana names are
not delimited and are left alone.
"""

from __future__ import annotations

import bisect
from typing import Any

import attrs

from citydiplo._extract._mention import Mention

__all__ = ["draft_echoes", "opens_sentence", "taken"]

_ENDS = frozenset(".!?。\n")
_NAME_CAPITALS = frozenset({"en", "ru"})


def draft_echoes(
    entities: list[Mention], text: str, script: dict[str, Any], hits: list[Any], lang: str
) -> list[Mention]:
    """``entities`` with each draft place (no gazetteer id) named again bare, after the draft
    places cut inside a known place's name are made that place (:mod:`._completed`); then,
    in a language that inflects names, each place named again in another case
    (:mod:`._case_echo`).

    >>> t = "Жители города-побратима Уланчаб рады. Встреча «Улан-Удэ – Уланчаб» прошла в Уланчабе."
    >>> m = Mention(kind="place", start=7, end=31, text=t[7:31], actor="city-уланчаб",
    ...             actor_type="city", name="Уланчаб")
    >>> script = {"cased": True, "boundary": "word", "endings": ["а", "е"]}
    >>> [x.text for x in draft_echoes([m], t, script, [], "ru")]
    ['города-побратима Уланчаб', 'Уланчаб', 'Уланчабе']
    """
    from citydiplo._extract._case_echo import case_echoes

    return case_echoes(_drafts(entities, text, script, hits, lang), text, script, hits)


def _drafts(
    entities: list[Mention], text: str, script: dict[str, Any], hits: list[Any], lang: str
) -> list[Mention]:
    from citydiplo._extract._completed import completed_names

    entities = completed_names(entities, text)  # "야마구" read inside "야마구치 시청"
    if lang not in _NAME_CAPITALS or script.get("boundary") != "word":
        return entities
    drafts: dict[str, Mention] = {}
    for m in entities:
        name = m.name or ""
        if (
            m.kind == "place"
            and m.geonames is None
            and m.actor
            and len(name) >= 4
            and name[:1].isupper()
            and m.actor_type in ("city", "region")
        ):
            drafts.setdefault(name, m)
    if not drafts:
        return entities
    tails = tuple(sorted(script.get("endings", ()), key=len, reverse=True))
    spans = sorted([(m.start, m.end) for m in entities] + [(h.start, h.end) for h in hits])
    extra: list[Mention] = []
    for name, m in sorted(drafts.items()):
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            tail = next((t for t in tails if text.startswith(t, end)), "")
            whole = end + len(tail)
            if (
                (at == 0 or not text[at - 1].isalnum())
                and not text[whole : whole + 1].isalnum()
                and not opens_sentence(text, at)
                and not taken(spans, at, whole)
            ):
                extra.append(
                    attrs.evolve(
                        m, start=at, end=whole, text=text[at:whole], title=None, proclitic=None
                    )
                )
            at = text.find(name, end)
    if not extra:
        return entities
    return sorted([*entities, *extra], key=lambda x: (x.start, x.end))


def opens_sentence(text: str, at: int) -> bool:
    """Whether the word at ``at`` opens a sentence (only spaces and quotes before it, back
    to a sentence end or the text's start)."""
    back = at - 1
    while back >= 0 and text[back] in " \t\"'«“(":
        back -= 1
    return back < 0 or text[back] in _ENDS


def taken(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    at = bisect.bisect_left(spans, (end, end))
    return any(a < end and start < b for a, b in spans[max(0, at - 8) : at])
