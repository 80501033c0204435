"""An acronym that the text spells out (a check ``find_places`` runs on the mentions its scan
read).

A word in capitals can be a country's code ("NGA", Nigeria) or an acronym the text writes
out: "the National Governors Association ... the NGA conference". An acronym whose letters
are the initials of consecutive capitalised words of the same text names what those words
name; it is no place unless those words name the same country ("the United States (US)").
"""

from __future__ import annotations

import re
from typing import TypeVar

from citydiplo._geo._guard_types import Mention

__all__ = ["outside_acronyms"]

M = TypeVar("M", bound=Mention)
_WORD = re.compile(r"[A-Z][\w'’-]*|&|and|of|for|the|on|in")
_SMALL = frozenset({"&", "and", "of", "for", "the", "on", "in"})
_RUN = re.compile(r"(?:[A-Z][\w'’-]*(?:\s+(?:&|and|of|for|the|on|in))*\s+)+[A-Z][\w'’-]*")


def _spelled_out(acronym: str, text: str) -> list[tuple[int, int]]:
    """The spans of the capitalised words whose initials spell ``acronym``."""
    spans = []
    for run in _RUN.finditer(text):
        words = [w for w in re.finditer(r"\S+", run.group()) if w.group() not in _SMALL]
        for k in range(len(words) - len(acronym) + 1):
            window = words[k : k + len(acronym)]
            if "".join(w.group()[0] for w in window) == acronym:
                spans.append((run.start() + window[0].start(), run.start() + window[-1].end()))
    return spans


def outside_acronyms(mentions: list[M], text: str) -> list[M]:
    """``mentions`` without the acronyms the text spells out.

    >>> from citydiplo import find_places
    >>> text = "the Nigerian Gas Association met in Lagos: the NGA conference"
    >>> [m.text for m in find_places(text, lang="en")]
    ['Lagos']
    >>> [m.text for m in find_places("Lagos, NGA and Abuja", lang="en")]
    ['Lagos', 'NGA', 'Abuja']
    >>> [m.text for m in find_places("the United States (US) and Japan", lang="en")]
    ['United States', 'US', 'Japan']
    """
    kept = []
    for m in mentions:
        acronym = m.text
        if 2 <= len(acronym) <= 6 and acronym.isalpha() and acronym.isupper():
            spans = _spelled_out(acronym, text)
            same = any(
                s < o.end and o.start < e and o.place.country == m.place.country
                for s, e in spans
                for o in mentions
            )
            if spans and not same:
                continue
        kept.append(m)
    return kept
