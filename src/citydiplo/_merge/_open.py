"""Events open to many parties: what identifies one of them across reports.

Two reports of a conference, forum, summit, festival, exhibition or ceremony often name
different participants: each city's news names its own delegation. Such an event is not
identified by its participants but by its *anchor*, in this order:

1. its place (the city it was held in), when the report states one;
2. otherwise its host or organizer (the smallest id when several are named);
3. otherwise its title, normalised (:func:`title_key`);

and by its kind's *family* (:data:`OPEN_EVENT_KINDS`: a forum reported by another source
as a conference is one gathering, with a conflict on the kind). A report with none of the
three has nothing but its participants to go by, and is blocked by them like a visit.

Within the block, reports are compatible as other reports are (dates, places, roles), and
their titles must agree once normalised when both give one: two forums in one city in one
month with different titles are two forums.
"""

from __future__ import annotations

import re
import unicodedata

from citydiplo._model import Event, EventKind, Role

__all__ = ["OPEN_EVENT_KINDS", "open_anchor", "open_family", "title_key"]

OPEN_EVENT_KINDS: dict[EventKind, str] = {
    EventKind.CONFERENCE: "gathering",
    EventKind.FORUM: "gathering",
    EventKind.SUMMIT: "gathering",
    EventKind.FESTIVAL: "festival",
    EventKind.EXHIBITION: "festival",
    EventKind.CEREMONY: "ceremony",
}
"""The event kinds open to many parties, each with its family: kinds of one family are
told of one gathering by different sources (a "forum" here is a "conference" there)."""

_RECEIVING = (Role.HOST, Role.ORGANIZER)
_WORDS = re.compile(r"[^\W_]+")


def open_family(event: Event) -> str | None:
    """The family of an event open to many parties; ``None`` for any other event.

    >>> from citydiplo import Participant
    >>> open_family(Event(id="f", kind="forum", participants=[Participant(actor="hanam")]))
    'gathering'
    """
    return OPEN_EVENT_KINDS.get(event.kind)


def title_key(title: str | None) -> str | None:
    """A title compared without case, punctuation, width or word order; ``None`` when the
    title has no word.

    >>> title_key("Mekong–Lancang Forum, 2024") == title_key("2024 MEKONG-LANCANG forum")
    True
    >>> title_key("  -- ") is None
    True
    """
    if title is None:
        return None
    words = _WORDS.findall(unicodedata.normalize("NFKC", title).casefold())
    return " ".join(sorted(set(words))) or None


def open_anchor(event: Event) -> tuple[str, str] | None:
    """What identifies an open event across reports: ``("actor", place or host)`` or
    ``("title", title key)``; ``None`` when the report gives none of them.

    >>> from citydiplo import Participant
    >>> open_anchor(Event(id="f", kind="forum", participants=[
    ...     Participant(actor="zibo", role="delegate"), Participant(actor="hanam", role="host")]))
    ('actor', 'hanam')
    """
    if event.place is not None:
        return "actor", event.place
    hosts = [p.actor for p in event.participants if p.role in _RECEIVING]
    if hosts:
        return "actor", min(hosts)
    title = title_key(event.title)
    return None if title is None else ("title", title)
