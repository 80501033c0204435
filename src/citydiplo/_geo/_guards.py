"""The checks ``find_places`` runs on the mentions its scan read, each in its own module:
venues named after a place (:mod:`._venues`), the words around a name (:mod:`._limits`),
Vietnamese marks (:mod:`._tone_marks`), a city in brackets after another
(:mod:`._bracketed_city`), persons' titles before a name (:mod:`._person_context`), frequent
words that name a town at home (:mod:`._town_words`), streets named after a place
(:mod:`._named_after`) and Han names of cities abroad
(:mod:`._han_abroad`)."""

from __future__ import annotations

from typing import TypeVar

from citydiplo._geo._bracketed_city import outside_bracketed_city
from citydiplo._geo._guard_types import Mention
from citydiplo._geo._han_abroad import supported_abroad
from citydiplo._geo._limits import within_limits
from citydiplo._geo._named_after import outside_named_streets
from citydiplo._geo._person_context import outside_person_names
from citydiplo._geo._tone_marks import with_agreeing_marks
from citydiplo._geo._town_words import outside_town_words
from citydiplo._geo._venues import outside_venues

__all__ = ["guarded"]

M = TypeVar("M", bound=Mention)


def guarded(mentions: list[M], text: str, lang: str | None) -> list[M]:
    """``mentions`` (sorted by start) without those the checks above rule out."""
    ordered = sorted(outside_venues(mentions, text, lang), key=lambda m: m.start)
    ordered = within_limits(ordered, text, lang)
    ordered = with_agreeing_marks(ordered, text)
    ordered = outside_bracketed_city(ordered, text)
    ordered = outside_person_names(ordered, text, lang)
    ordered = outside_town_words(ordered, text, lang)
    ordered = outside_named_streets(ordered, text, lang)
    return supported_abroad(ordered, text, lang)
