"""An acronym that the text spells out (a check ``find_places`` runs on the mentions its scan
read).

A word in capitals can be a country's code ("NGA", Nigeria) or an acronym the text writes
out: "the National Governors Association ... the NGA conference". An acronym whose letters
are the initials of consecutive capitalised words of the same text names what those words
name; it is no place unless those words name the same country ("the United States (US)").
An acronym in brackets right after such a run defines it even when it skips a word, so long
as its letters are initials of the run's words in order, the first and the last word's among
them: "Numazu Association for International Communications and Exchanges (NICE)".
"""

from __future__ import annotations

import re
from typing import TypeVar

from citydiplo._geo._guard_types import Mention

__all__ = ["outside_acronyms"]

M = TypeVar("M", bound=Mention)
_SMALL = frozenset({"&", "and", "of", "for", "the", "on", "in"})
_LONGEST = 6  # letters of an acronym
_RUN = re.compile(r"(?:[A-Z][\w'’-]*(?:\s+(?:&|and|of|for|the|on|in))*\s+)+[A-Z][\w'’-]*")
_BRACKETED = re.compile(rf"\s?\(([A-Z]{{2,{_LONGEST}}})\)")


def _defined(run: re.Match[str], words: list[re.Match[str]], text: str) -> tuple[str, int] | None:
    """The bracketed acronym right after ``run`` and where its long form starts, when its
    letters are initials of the run's words in order, from some word to the last one."""
    after = _BRACKETED.match(text, run.end())
    if after is None:
        return None
    acronym, initials = after.group(1), [w.group()[0].upper() for w in words]
    if not initials or acronym[-1] != initials[-1]:
        return None
    k, pos = len(acronym) - 1, len(initials) - 1  # match from the end, each letter once
    while k >= 0 and pos >= 0:
        if acronym[k] == initials[pos]:
            k -= 1
        pos -= 1
    return (acronym, run.start() + words[pos + 1].start()) if k < 0 else None


def _spelled_out(text: str) -> dict[str, list[tuple[int, int]]]:
    """The spans of runs of capitalised words, by the acronym their initials spell (two to
    six words), in one pass over the text."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for run in _RUN.finditer(text):
        words = [w for w in re.finditer(r"\S+", run.group()) if w.group() not in _SMALL]
        for k in range(len(words)):
            for size in range(2, min(_LONGEST, len(words) - k) + 1):
                window = words[k : k + size]
                acronym = "".join(w.group()[0] for w in window)
                span = (run.start() + window[0].start(), run.start() + window[-1].end())
                spans.setdefault(acronym, []).append(span)
        defined = _defined(run, list(re.finditer(r"\S+", run.group())), text)
        if defined is not None:
            spans.setdefault(defined[0], []).append((defined[1], run.end()))
    return spans


def _acronym(word: str) -> bool:
    return 2 <= len(word) <= _LONGEST and word.isalpha() and word.isupper()


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
    >>> text = "the Numazu Association for International Communications and Exchanges (NICE)"
    >>> [m.text for m in find_places(text + " of Japan", lang="en")]
    ['Numazu', 'Japan']
    """
    if not any(_acronym(m.text) for m in mentions):
        return mentions
    spelled = _spelled_out(text)
    kept = []
    for m in mentions:
        if _acronym(m.text):
            spans = spelled.get(m.text, [])
            same = any(
                s < o.end and o.start < e and o.place.country == m.place.country
                for s, e in spans
                for o in mentions
            )
            if spans and not same:
                continue
        kept.append(m)
    return kept
