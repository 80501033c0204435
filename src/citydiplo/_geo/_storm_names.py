"""Storms named like towns (a check ``find_places`` runs on the mentions its scan read; data
in ``data/storm_words.json``, per language).

Tropical cyclones and named storms bear given names and ordinary words that are also towns'
("Hurricane Florence", "циклон «Френсис»"). A name the text writes right after a storm word,
with a space and at most a quotation mark between, names the storm, and so does every other
mention of the same name in the text: "Evacuations Underway in Advance of Florence" speaks of
the hurricane, not of Florence, South Carolina.
"""

from __future__ import annotations

from functools import cache
from typing import TypeVar

from citydiplo._geo._data import load_json
from citydiplo._geo._guard_types import Mention

__all__ = ["outside_storm_names"]

M = TypeVar("M", bound=Mention)
_QUOTES = "'\"‘’“”«»„‹›「」『』"
_ENDINGS = 2  # Russian case endings after the stem: "циклона", "тайфуном"


@cache
def _words(lang: str | None) -> tuple[str, ...]:
    data: dict[str, list[str]] = load_json("storm_words.json")["words"]
    codes = sorted(data) if lang is None else [lang]
    return tuple(w for code in codes for w in data.get(code, ()))


def _after_storm_word(text: str, start: int, words: tuple[str, ...]) -> bool:
    head = text[max(0, start - 30) : start]
    if head[-1:] in _QUOTES:
        head = head[:-1]
    if not head.endswith(" "):
        return False
    head = head[:-1]
    last = head.rsplit(" ", 1)[-1]
    for word in words:
        if head.endswith(word) and (len(head) == len(word) or head[-len(word) - 1] == " "):
            return True
        if " " not in word and last.startswith(word) and len(last) - len(word) <= _ENDINGS:
            return word[0].islower() and last[len(word) :].isalpha()
    return False


def outside_storm_names(mentions: list[M], text: str, lang: str | None) -> list[M]:
    """``mentions`` without the names the text gives a storm, wherever they are written.

    >>> from citydiplo import find_places
    >>> text = "Hurricane Florence nears. Florence, South Carolina, and Columbia brace."
    >>> [m.text for m in find_places(text, lang="en")]
    ['South Carolina', 'Columbia']
    """
    words = _words(lang)
    if not words or not mentions:
        return mentions
    names = {m.text for m in mentions}
    stormy = {m.text for m in mentions if _after_storm_word(text, m.start, words)}
    longest = max(len(name) for name in names)
    for word in words:  # the storm's name where the scan did not read it: after each word
        at = text.find(word)
        while at >= 0:
            after = at + len(word)
            window = text[after : after + longest + _ENDINGS + 2]
            for name in names - stormy:
                at_name = window.find(name)
                if 0 < at_name <= _ENDINGS + 2 and _after_storm_word(text, after + at_name, words):
                    stormy.add(name)
            at = text.find(word, after)
    return [m for m in mentions if m.text not in stormy]
