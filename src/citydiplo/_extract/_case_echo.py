"""A known city named again in another case: :func:`case_echoes`.

Russian names a city in the case its sentence needs: "города Ялта", then "Власти Ялты и
Ниццы" (the authorities of Yalta and Nice), "главы Первомайска" (of the head of
Pervomaisk), "в Челябинске". The gazetteer reads a name where a marker or a cue stands
beside it; a bare inflected form ("Ялты", "Первомайска") after a word such as "власти" or
"главы" is read nowhere, and the sentence that tells the news loses its sides.

Rule, for the languages whose ``script`` data sets ``stem_cases`` (Russian): each city or
region the article's mentions already read, written as one capitalised word of letters
(after any lower-case marker: "города Ялта"), gives a stem -- the word less one of the
language's case ``endings`` when it ends with one and three letters or more remain
("Ялт|а"), else the whole word ("Нижнекамск"); a region's adjective written after the
city ("Первомайск Нижегородской") is passed over. A name of two words ("Нижний Новгород")
inflects both and is left alone. A whole word
elsewhere in the text that is that stem followed by one of the endings, or the word itself,
is the same place: a new mention of it, unless it lies inside another mention or cue, or
opens its sentence (a first word is capitalised whatever it is). Only the forms of names the
article has already read are taken, so the rule adds no new place; one compiled pattern
reads the text once.

Two draft places (no gazetteer id) whose words share a stem are one place named in two cases:
"сотрудничества Благовещенска и Хэйхэ" (read from the pair with Heihe) and "Благовещенск —
Хэйхэ" gave two cities, "Благовещенска" and "Благовещенск", each a side of the same
meeting. Rule: they take the identity of the one written as the bare stem (the nominative of
"Благовещенск"), else of the first named.
"""

from __future__ import annotations

import re
from typing import Any

import attrs

from citydiplo._extract._echo import opens_sentence, taken
from citydiplo._extract._mention import Mention

__all__ = ["case_echoes"]

_STEM = 3  # letters a stem keeps at least
# adjective endings of a region's name written after a city's ("Нижегородской (области)")
_QUALIFIERS = ("ской", "ского", "ская", "ский", "цкой", "цкого", "цкая", "цкий")


def case_echoes(
    entities: list[Mention], text: str, script: dict[str, Any], hits: list[Any]
) -> list[Mention]:
    """``entities`` with the known places named again in another case (module docstring).

    >>> t = "Делегация города Ялта прибыла. Власти Ялты и гости встретились."
    >>> m = Mention(kind="place", start=10, end=21, text=t[10:21], actor="city-yalta",
    ...             actor_type="city", name="Yalta", geonames=1)
    >>> script = {"stem_cases": True, "endings": ["а", "ы", "е"]}
    >>> [x.text for x in case_echoes([m], t, script, [])]
    ['города Ялта', 'Ялты']
    """
    if not script.get("stem_cases"):
        return entities
    tails = sorted(script.get("endings", ()), key=len, reverse=True)
    entities = _one_per_stem(entities, tails)
    forms: dict[str, Mention] = {}
    for m in entities:
        words = m.text.split()
        while len(words) > 1 and words[-1].endswith(_QUALIFIERS):
            words = words[:-1]  # "Первомайск Нижегородской": the region it lies in, after it
        word = words[-1] if words else ""
        if (
            m.kind != "place"
            or not m.actor
            or m.actor_type not in ("city", "region")
            or not word.isalpha()
            or not word[:1].isupper()
            or any(w[:1].isupper() for w in words[:-1])
        ):
            continue  # a name of two words ("Нижний Новгород") inflects both: left alone
        tail = next((t for t in tails if word.endswith(t) and len(word) - len(t) >= _STEM), "")
        stem = word[: len(word) - len(tail)] if tail else word
        for form in (word, *(stem + t for t in tails)):
            forms.setdefault(form, m)
    if not forms:
        return entities
    pattern = re.compile(
        r"(?<!\w)(?:"
        + "|".join(re.escape(f) for f in sorted(forms, key=lambda f: (-len(f), f)))
        + r")(?!\w)"
    )
    spans = sorted([(m.start, m.end) for m in entities] + [(h.start, h.end) for h in hits])
    extra = [
        attrs.evolve(
            forms[x.group()],
            start=x.start(),
            end=x.end(),
            text=x.group(),
            title=None,
            proclitic=None,
        )
        for x in pattern.finditer(text)
        if not opens_sentence(text, x.start()) and not taken(spans, x.start(), x.end())
    ]
    if not extra:
        return entities
    return sorted([*entities, *extra], key=lambda x: (x.start, x.end))


def _stem(word: str, tails: list[str]) -> str:
    tail = next((t for t in tails if word.endswith(t) and len(word) - len(t) >= _STEM), "")
    return word[: len(word) - len(tail)] if tail else word


def _one_per_stem(entities: list[Mention], tails: list[str]) -> list[Mention]:
    """``entities`` with the draft places of one stem made one (module docstring).

    >>> a = Mention(kind="place", start=0, end=13, text="Благовещенска", actor="city-a",
    ...             actor_type="city", name="Благовещенска")
    >>> b = Mention(kind="place", start=20, end=32, text="Благовещенск", actor="city-b",
    ...             actor_type="city", name="Благовещенск")
    >>> [m.actor for m in _one_per_stem([a, b], ["а", "е"])]
    ['city-b', 'city-b']
    """
    groups: dict[str, list[Mention]] = {}
    for m in entities:
        if m.kind == "place" and m.geonames is None and m.actor and m.actor_type in (
                "city", "region") and m.text.isalpha() and m.text[:1].isupper():
            groups.setdefault(_stem(m.text, tails), []).append(m)
    rename: dict[str, Mention] = {}
    for stem, group in groups.items():
        if len({m.actor for m in group}) < 2:
            continue
        head = next((m for m in group if m.text == stem), group[0])
        rename.update({m.actor or "": head for m in group if m.actor != head.actor})
    if not rename:
        return entities
    out: list[Mention] = []
    seen: set[tuple[int, int, str | None]] = set()
    for m in entities:
        one = rename.get(m.actor or "")
        if one is not None:
            m = attrs.evolve(m, actor=one.actor, name=one.name)
        if m.kind == "place" and (m.start, m.end, m.actor) in seen:
            continue  # one place read twice at one spot
        seen.add((m.start, m.end, m.actor))
        out.append(m)
    return out
