"""Fixed phrases that hold a place's name but name no place (used by ``find_places``).

Hebrew writes the people of Israel, the Land of Israel and the children of Israel with the
country's name in a construct phrase ("עם ישראל חי", "ארץ ישראל", "בני ישראל"): the name
there is the people or the biblical land, not the State. Such phrases are data, per
language (the cue file's optional ``idioms`` list, read by :func:`idioms`); a mention that
lies inside one, written as a whole word (an attached prefix such as Hebrew "ל" allowed
before it), is dropped.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Protocol, TypeVar

from citydiplo._geo._cues import available, merged_cues
from citydiplo._geo._data import load_json
from citydiplo._normalize import match_key

__all__ = ["idioms", "in_idiom", "outside_idioms"]


class _Span(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


_M = TypeVar("_M", bound=_Span)


@cache
def idioms(lang: str | None) -> tuple[str, ...]:
    """The idioms of ``lang``'s cue file (of every cue file for ``None``), as match keys.

    >>> "ארץ ישראל" in idioms("he")
    True
    """
    codes = available() if lang is None else (lang,) if lang in available() else ()
    words = {match_key(w) for c in codes for w in load_json(f"cues/{c}.json").get("idioms", [])}
    return tuple(sorted(words))


def outside_idioms(
    mentions: list[_M], folded: str, starts: Sequence[int], ends: Sequence[int], lang: str | None
) -> list[_M]:
    """The mentions that lie inside no idiom of ``lang`` (see :func:`in_idiom`)."""
    phrases = idioms(lang)
    if not phrases:
        return mentions
    prefixes = merged_cues(lang).attached_before
    return [
        m
        for m in mentions
        if not in_idiom(folded, starts, ends, (m.start, m.end), phrases, prefixes)
    ]


def in_idiom(
    folded: str,
    starts: Sequence[int],
    ends: Sequence[int],
    span: tuple[int, int],
    idioms: Sequence[str],
    prefixes: Sequence[str],
) -> bool:
    """Whether the text span ``span`` lies inside an idiom of ``idioms`` written in
    ``folded`` (whose character ``k`` is the text's ``starts[k]`` to ``ends[k]``).

    >>> in_idiom("ארץ ישראל", range(9), range(1, 10), (4, 9), ["ארץ ישראל"], [])
    True
    >>> in_idiom("ארצות ישראל", range(11), range(1, 12), (6, 11), ["ארץ ישראל"], [])
    False
    """
    n = len(folded)
    for idiom in idioms:
        at = folded.find(idiom)
        while at >= 0:
            end = at + len(idiom)
            before = folded[:at].rsplit(" ", 1)[-1]  # the word's attached prefix, if any
            whole = (not before or before in prefixes) and (end == n or not folded[end].isalnum())
            if whole and starts[at] <= span[0] and span[1] <= ends[end - 1]:
                return True
            at = folded.find(idiom, at + 1)
    return False
