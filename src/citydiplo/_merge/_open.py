"""Events open to many parties: what identifies one of them across reports.

Two reports of a conference, forum, summit, festival, exhibition or ceremony often name
different participants: each city's news names its own delegation. Such an event is not
identified by its participants. Its reports are blocked by the kind's *family* only
(:data:`OPEN_EVENT_KINDS`: a forum reported by another source as a conference is one
gathering, with a conflict on the kind), and within the block a report fits a cluster when

- its place is the cluster's, or one of them gives none;
- its hosts or organizers share one with the cluster's, or one of them names none
  (:func:`hosts_fit`);
- its title is the cluster's once normalised (:func:`title_key`), or one of them gives none;
- its date and roles fit, as for every event;
- and something is named alike: the place, the title, a host (a host stands for its place)
  or a participant; failing those, both dates are finer than a year.

A missing value fits but identifies nothing; a different one keeps the reports apart; a
report that fits two clusters is ambiguous. Two forums in one city in one month with
different titles are two forums.
"""

from __future__ import annotations

import re
import unicodedata

from citydiplo._model import Event, EventKind, Role

__all__ = ["OPEN_EVENT_KINDS", "hosts", "hosts_fit", "open_family", "title_key"]

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


def hosts(sides: dict[str, str] | None) -> frozenset[str]:
    """The actors a report's roles put on the receiving side (hosts, organizers).

    >>> sorted(hosts({"hanam": "receiving", "zibo": "visiting"}))
    ['hanam']
    """
    if not sides:
        return frozenset()
    return frozenset(actor for actor, side in sides.items() if side == "receiving")


def hosts_fit(mine: dict[str, str] | None, theirs: dict[str, str] | None) -> bool:
    """Whether two reports of open events may name one event's hosts: either names none,
    or they share one (a co-host named by one source only is no disagreement).

    >>> hosts_fit({"hanam": "receiving"}, {"zibo": "receiving", "hanam": "receiving"})
    True
    >>> hosts_fit({"hanam": "receiving"}, {"zibo": "receiving"})
    False
    >>> hosts_fit(None, {"zibo": "receiving"})
    True
    """
    a, b = hosts(mine), hosts(theirs)
    return not a or not b or not a.isdisjoint(b)
