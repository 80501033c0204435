"""A Russian given name before a surname that is also a town's name (a check
``find_places`` runs on the mentions its scan read; names in
``data/russian_given_names.json``).

Russian surnames are often a town's name or one of its former names: "Сергей Иванов"
(Ivanovo), "Артём Королёв" (Korolyov), "Олег Николаев" (Mykolaiv), "Ирина Калинина"
(Kalinin, now Tver). A town read in a capitalised word written right after a given name in
any case ("Сергея Иванова", "с Сергеем Ивановым"), or after a given name and a patronymic
("Сергей Петрович Иванов"), or after an initial ("С. Иванов"), is the person's surname.
A given name that is itself a town's name ("Артём", Artyom; "Владимир") is no town
right before a capitalised word that no region word follows ("с Артёмом Королёвым"; "в
Артёме Приморского края" stays the town).
A town with a surname's ending ("Николаев", "Королёв") between another capitalised word
and a verb in the past tense ("Айсен Николаев отметил") is the subject's name: a given
name the list lacks, then the surname; a cue word before it ("Город Николаев") keeps the
town.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TypeVar

from citydiplo._geo._cues import cues
from citydiplo._geo._data import load_json
from citydiplo._geo._guard_types import Mention
from citydiplo._geo._places import PlaceKind
from citydiplo._normalize import match_key

__all__ = ["outside_russian_surnames"]

M = TypeVar("M", bound=Mention)
_HUSHING = "жшчщц"
_VELAR = "гкх"
_PATRONYMIC = re.compile(r"[А-ЯЁ][а-яё]+(?:ович|евич|ьич|овн|евн|ичн)[а-яё]{0,3}")
_INITIALS = re.compile(r"(?:[А-ЯЁ]\.\s?){1,2}")
_WORD = re.compile(r"[А-ЯЁ][а-яё]+")
_SURNAME_AFTER = re.compile(r" [А-ЯЁ][а-яё]+(?: ([а-яё]+))?")
_REGION_WORDS = ("област", "кра", "округ", "республик", "район")
_SURNAME = re.compile(r"[А-ЯЁ][а-яё]+(?:ов|ев|ёв|ин|ын)")
_PAST_VERB = re.compile(r" [а-яё]+[аеиоуыя]л[аио]?(?:ся|сь)?\b")


def _cases(name: str) -> tuple[str, ...]:
    """``name`` (a nominative) in the six cases of the regular declension."""
    last = name[-1]
    if name.endswith(("ия", "ья")):
        stem = name[:-1]
        return (name, stem + "и", stem + "ю", stem + "ей", stem + "е")
    if last in "ая":
        stem = name[:-1]
        soft = last == "я" or stem[-1] in _VELAR + _HUSHING
        gen = stem + ("и" if soft else "ы")
        ins = stem + ("ей" if last == "я" or stem[-1] in _HUSHING else "ой")
        return (name, gen, stem + "е", stem + ("ю" if last == "я" else "у"), ins)
    if name.endswith("ий"):
        stem = name[:-2]
        return (name, stem + "ия", stem + "ию", stem + "ием", stem + "ии")
    if last in "йь":
        stem = name[:-1]
        return (name, stem + "я", stem + "ю", stem + "ем", stem + "е")
    ins = "ем" if last in _HUSHING else "ом"
    return (name, name + "а", name + "у", name + ins, name + "е")


@cache
def _given() -> frozenset[str]:
    data = load_json("russian_given_names.json")
    forms = {form for name in data["names"] for form in _cases(name)}
    for name, stem in data["stems"].items():
        forms.update((name, stem + "а", stem + "у", stem + "ом", stem + "е"))
    return frozenset(forms)


def _after_given(text: str, start: int) -> bool:
    """Whether a given name (and a patronymic), or initials, end right before ``start``."""
    head = text[max(0, start - 40) : start]
    if not head.endswith(" ") or head.endswith("  "):
        return False
    words = head[:-1].split(" ")
    last = words[-1]
    if _INITIALS.fullmatch(last):
        return True
    if _PATRONYMIC.fullmatch(last) and len(words) > 1:
        last = words[-2]
    return _WORD.fullmatch(last) is not None and last in _given()


def _before_surname(text: str, m: Mention) -> bool:
    """Whether the town ``m`` is a given name's case form right before a surname."""
    if m.text not in _given() and text[m.start : m.end + 3].split(" ")[0] not in _given():
        return False
    word_end = m.end
    while word_end < len(text) and text[word_end].isalpha():
        word_end += 1
    after = _SURNAME_AFTER.match(text, word_end)
    return after is not None and not (after.group(1) or "").startswith(_REGION_WORDS)


def _subject_surname(text: str, m: Mention) -> bool:
    """Whether the town ``m``, shaped like a surname, stands between a capitalised word that
    is no cue word and a verb in the past tense ("Айсен Николаев отметил")."""
    if not _SURNAME.fullmatch(m.text) or not _PAST_VERB.match(text, m.end):
        return False
    head = text[max(0, m.start - 30) : m.start]
    if not head.endswith(" ") or head.endswith("  "):
        return False
    last = head[:-1].split()[-1] if head[:-1].split() else ""
    words = {key for key, _ in cues("ru").before}
    return _WORD.fullmatch(last) is not None and match_key(last) not in words


def outside_russian_surnames(mentions: list[M], text: str, lang: str | None) -> list[M]:
    """``mentions`` without the towns that are a person's surname after a given name.

    >>> from citydiplo import find_places
    >>> [m.text for m in find_places("Сергей Иванов прилетел в Иваново", lang="ru")]
    ['Иваново']
    >>> [m.text for m in find_places("встреча с Артёмом Королёвым в Туле", lang="ru")]
    ['Туле']
    >>> [m.text for m in find_places("Айсен Николаев отметил рост в Якутске", lang="ru")]
    ['Якутск']
    """
    if lang not in (None, "ru") or not mentions:
        return mentions
    return [
        m
        for m in mentions
        if m.place.kind is PlaceKind.COUNTRY
        or not m.text[:1].isupper()
        or not (
            _after_given(text, m.start) or _before_surname(text, m) or _subject_surname(text, m)
        )
    ]
