"""A mention: a stretch of an article that names something, and the draft id of an actor."""

from __future__ import annotations

import attrs

from citydiplo._normalize import clean_label
from citydiplo._query._names import lookup_keys
from citydiplo.dates import RecordDate

__all__ = ["Mention", "draft_id"]


@attrs.frozen(kw_only=True)
class Mention:
    """A stretch of the article that names something: ``text == article[start:end]``.

    ``actor`` is the id of the actor an entity mention designates (a known actor's id, or a
    draft id made from the name); ``actor_type`` its type. Dates carry ``date``, document
    numbers ``number``, counts ``value`` and ``counted``; people their ``title``.
    """

    kind: str
    start: int
    end: int
    text: str
    actor: str | None = None
    actor_type: str | None = None
    name: str | None = None
    title: str | None = None
    country: str | None = None
    subdivision: str | None = None
    geonames: int | None = None
    date: RecordDate | None = None
    relative: bool = False
    number: str | None = None
    document_kind: str | None = None
    value: int | None = None
    counted: str | None = None
    proclitic: str | None = None  # a one-letter proclitic glued before the name (Hebrew)


def draft_id(actor_type: str, name: str) -> str:
    """The id a draft actor gets: its type and its look-up key ("city-hanam"); control
    characters in the text are no part of it (an id holds only characters that print)."""
    return f"{actor_type}-{lookup_keys(clean_label(name))[-1].replace(' ', '-')}"
