"""Names of streets, squares, gardens and hotels named after a place (a check ``find_places``
runs on the mentions its scan read; data in ``data/named_after.json``, per language).

A street or a garden often bears the name of a place it is not in: "גינת דקר" (Dakar
garden) is in Bat Yam, named after a submarine; "خیابان ایران" (Iran street) is in Tehran;
"दिल्ली रोड" (Delhi Road) runs through Meerut. A place named right after one of the
language's street or venue words (``before``: Hebrew, Persian, Russian) or right before one
(``after``: Hindi, Gujarati) names the street, not the place; the same name elsewhere in
the text stays a place. Hebrew writes a club's association or a museum the same way
("הפועל באר-שבע", "מוזיאון ישראל"), Persian a news agency ("خبرگزاری فارس").

Japanese writes a street's word glued after the name (``after_glued``): "日本大通り駅" is
the station of an avenue of Yokohama, no Japan.

A place's name that opens a name in quotation marks right after a word of an organisation,
a company, an outlet, a club or an event (``before_quoted``) is the first word of that name:
'עמותת "ישראל למען הנגב"', 'به گزارش «تهران پرس»'; so is every place up to the closing mark
('форума "Якутия и провинции Китая: ..."'). After a festival's word (``before_quoted_first``)
only the opening place is: a festival named after a place it celebrates speaks of it
("фестиваль «Дни Москвы» в Минске" names Moscow).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TypeVar

from citydiplo._geo._cues import cues
from citydiplo._geo._data import load_json
from citydiplo._geo._guard_types import Mention
from citydiplo._geo._places import PlaceKind

__all__ = ["outside_named_streets"]

M = TypeVar("M", bound=Mention)
_PUNCTUATION = ',.;:!?()[]"“”«»،'
_OPENING = '"“«„״'
_OPENED = re.compile(f"(?<= )[{_OPENING}](?=[^ ])")


@cache
def _words(
    lang: str | None,
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    data = load_json("named_after.json")
    every = {*data["before"], *data["after"], *data["after_glued"]}
    langs = sorted(every) if lang is None else [lang]
    before = tuple(w for code in langs for w in data["before"].get(code, ()))
    after = tuple(w for code in langs for w in data["after"].get(code, ()))
    between = tuple(w for code in langs for w in data["between"].get(code, ()))
    units = tuple(w for code in langs for w in data["before_country"].get(code, ()))
    glued = tuple(w for code in langs for w in data["after_glued"].get(code, ()))
    return before, after + tuple("\0" + w for w in glued), between, units


def _glued_particle(following: str, at: int, lang: str | None) -> bool:
    """Whether the word of ``following`` goes on at ``at`` with a particle written on it."""
    if lang not in ("hi", "gu"):
        return False
    space = following.find(" ", at)
    rest = following[at : space if space >= 0 else len(following)].rstrip(_PUNCTUATION)
    return rest in cues(lang).particles


@cache
def _compounds(lang: str | None) -> tuple[str, ...]:
    """Words that begin with an ``after`` word and name no street ("रोड शो", a road show)."""
    data: dict[str, list[str]] = load_json("named_after.json")["after_compounds"]
    return tuple(
        w for code in (sorted(data) if lang is None else [lang]) for w in data.get(code, ())
    )


@cache
def _quoted_words(lang: str | None, key: str = "before_quoted") -> frozenset[str]:
    data: dict[str, list[str]] = load_json("named_after.json")[key]
    codes = sorted(data) if lang is None else [lang]
    return frozenset(w.lower() for code in codes for w in data.get(code, ()))


_CLOSING = {'"': '"', "“": "”", "«": "»", "„": "“", "״": "״"}
_QUOTED_LONGEST = 150  # characters of a quoted name at most


def _quoted_names(text: str, words: frozenset[str]) -> list[tuple[int, int]]:
    """The spans of the names in quotation marks opened right after an organisation word (a
    space before the mark, the mark glued to the name), up to the closing mark: every place
    inside is part of that name ('форума "Якутия и провинции Китая: ..."')."""
    spans = []
    for mark in _OPENED.finditer(text):  # a space before the mark, none after it
        i, ch = mark.start(), mark.group()
        before = text[max(0, i - 30) : i - 1].split()
        if not before or before[-1].lower().rstrip(",:") not in words:
            continue
        close = text.find(_CLOSING[ch], i + 1, i + 1 + _QUOTED_LONGEST)
        spans.append((i + 1, close if close >= 0 else i + 1))  # unclosed: a name opening it
    return spans


def outside_named_streets(mentions: list[M], text: str, lang: str | None) -> list[M]:
    """``mentions`` without the places a street or venue word beside them makes the name of
    a street or venue.

    >>> from citydiplo import find_places
    >>> [m.text for m in find_places("חנכו את גינת דקר המחודשת בבת-ים", lang="he")]
    ['בת-ים']
    >>> [m.text for m in find_places("בסמוך לרחוב הצוללת דקר בחיפה", lang="he")]
    ['חיפה']
    >>> [m.text for m in find_places("मेरठ में दिल्ली रोड पर जाम", lang="hi")]
    ['मेरठ']
    >>> [m.text for m in find_places("横浜市の日本大通り駅で日本とイスラエルの写真展", lang="ja")]
    ['横浜市', '日本', 'イスラエル']

    A country's name after a word of a local service's unit (``before_country``) is the
    unit's name: "תחנת ירדן" is the police station of the Jordan valley.

    >>> [m.text for m in find_places("המפכ״ל הגיע לתחנת ירדן ולאחר מכן לחיפה", lang="he")]
    ['חיפה']
    """
    before, after, between, units = _words(lang)
    quoted = _quoted_words(lang)
    first = _quoted_words(lang, "before_quoted_first")
    if not before and not after and not units and not quoted and not first:
        return mentions
    kept = []
    names = _quoted_names(text, quoted) if quoted else []
    openings = {start for start, _ in _quoted_names(text, first)} if first else set()
    for m in mentions:
        if m.start in openings or any(
            m.start == start or (start <= m.start and m.end <= end) for start, end in names
        ):
            continue
        head = text[max(0, m.start - 20) : m.start].rstrip(" ")
        words = head.split()
        previous = words[-1].lower() if words and head.endswith(words[-1]) else ""
        if text[m.start - 1 : m.start] != " " and head:
            previous = ""  # the name starts inside a word (a prefix letter): not a street
        tail = text[m.end : m.end + 30]
        following = tail.lstrip(" ") if tail.startswith(" ") else "\0" + tail  # glued
        if (
            previous.startswith(between)
            and previous not in before
            and len(words) > 1
            and head.endswith(words[-1])
        ):
            previous = words[-2].lower()  # "רחוב הצוללת דקר": the street of the submarine
        unit = previous in units and m.place.kind is PlaceKind.COUNTRY
        named = (
            unit
            or previous in before
            or any(
                following.startswith(w)
                and (
                    len(following) == len(w)
                    or not following[len(w)].isalnum()
                    or w < " "
                    or _glued_particle(following, len(w), lang)  # "બરોડા સર્કલના"
                )
                for w in after
            )
        )
        if named and following.startswith(_compounds(lang)):
            named = unit or previous in before  # "दिल्ली रोड शो": Delhi's road show
        if named and not any(ch in _PUNCTUATION for ch in head[-1:]):
            continue
        kept.append(m)
    return kept
