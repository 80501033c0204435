"""Names that are parts of a title in quotation marks, or of a web address, name no actor.

"на общероссийском форуме «Города России»" (at the all-Russian forum "Cities of Russia"): the
city marker "Города" builds a city called "России" out of the forum's title; "сообщили URA.RU"
(URA.RU reported): the news site that reports the signing is read as an organization taking
part in it. Both then stand as actors of the forum's event.

Rules: a place that only a marker built (the gazetteer does not know it) and that lies inside
a short title in quotation marks (« », „ “, “ ”, ‹ ›, "...": at most ``_TITLE`` characters,
on one line; a straight quote between two letters is a gershayim, "האו"ם", no quotation mark)
is part of that title, not a place. An acronym written onto a web domain ending
(".RU", ".com", ".ir", a dot and two to four Latin letters, then no further letter) is the
address of a site, not an organization. Gazetteer places in quotes stay: "«Дни Москвы»"
still names Moscow.
"""

from __future__ import annotations

import re

from citydiplo._extract._mention import Mention

__all__ = ["outside_quotes"]

_TITLE = 80  # characters a quoted title may hold
_QUOTED = re.compile(
    r"«[^«»\n]{1,80}»|„[^„“”\n]{1,80}[“”]|“[^“”\n]{1,80}”|‹[^‹›\n]{1,80}›"
    r"|\"(?<!\w\")(?=\S)[^\"\n]{1,80}(?<=\S)\"(?!\w)"
)  # (every branch opens with its mark, no word character before the plain quote: searched
# for the marks in C, not tried at every position)
_DOMAIN = re.compile(r"\.[A-Za-z]{2,4}(?!\w)(?!\.\w)")


def outside_quotes(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` without marker-built places inside quoted titles and acronyms of web
    addresses (module docstring), in their order.

    >>> t = "Документ подписан на форуме «Города России», сообщили URA.RU."
    >>> place = Mention(kind="place", start=29, end=42, text="Города России", actor="city-r",
    ...                 actor_type="city")
    >>> site = Mention(kind="organization", start=54, end=57, text="URA", actor="org-ura",
    ...                actor_type="organization")
    >>> outside_quotes([place, site], t)
    []
    """
    if not any(q in text for q in '«„“‹"') and "." not in text:
        return mentions
    titles = [m.span() for m in _QUOTED.finditer(text) if m.end() - m.start() <= _TITLE + 2]
    out = []
    for m in mentions:
        if (
            m.kind == "place"
            and m.geonames is None
            and m.actor_type not in ("country",)
            and any(a < m.start and m.end < b for a, b in titles)
        ):
            continue  # a city a marker built out of a title's words
        if m.kind == "organization" and m.text.isupper() and _DOMAIN.match(text, m.end):
            continue  # "URA.RU": a site's address
        out.append(m)
    return out
