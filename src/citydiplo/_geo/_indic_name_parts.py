"""A town's name that is a person's given name before a family name (a check
``find_places`` runs on the mentions its scan read; words in
``data/indic_name_parts.json``).

Hindi and Gujarati given names are often a town's name, and the family or caste name after
them names no place: "सूरत सिंह" is Surat Singh, "भोपाल सिंह" Bhopal Singh. A town read
in a word written right before one of the language's name words, one space between, is the
person's given name.
"""

from __future__ import annotations

from functools import cache
from typing import TypeVar

from citydiplo._geo._data import load_json
from citydiplo._geo._guard_types import Mention
from citydiplo._geo._places import PlaceKind

__all__ = ["outside_indic_given_names"]

M = TypeVar("M", bound=Mention)
_ENDS = " ,.;:!?()\"'।\n"


@cache
def _parts(lang: str | None) -> tuple[str, ...]:
    after: dict[str, list[str]] = load_json("indic_name_parts.json")["after"]
    langs = sorted(after) if lang is None else [lang]
    return tuple(w for code in langs for w in after.get(code, ()))


def _before_name_part(text: str, end: int, parts: tuple[str, ...]) -> bool:
    if text[end : end + 1] != " ":
        return False
    for part in parts:
        stop = end + 1 + len(part)
        if text.startswith(part, end + 1) and (stop == len(text) or text[stop] in _ENDS):
            return True
    return False


def outside_indic_given_names(mentions: list[M], text: str, lang: str | None) -> list[M]:
    """``mentions`` without the towns that are a person's given name.

    >>> from citydiplo import find_places
    >>> [m.text for m in find_places("सूरत सिंह ने पटना में कहा", lang="hi")]
    ['पटना']
    """
    parts = _parts(lang)
    if not parts or not mentions:
        return mentions
    return [
        m
        for m in mentions
        if m.place.kind is PlaceKind.COUNTRY or not _before_name_part(text, m.end, parts)
    ]
