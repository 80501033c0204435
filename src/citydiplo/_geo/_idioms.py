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

from citydiplo._geo._cues import merged_cues
from citydiplo._geo._data import load_json
from citydiplo._geo._languages import available
from citydiplo._geo._media import outside_media
from citydiplo._normalize import match_key

__all__ = ["idiom_spans", "idioms", "outside_idioms"]


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
    """The mentions that lie inside no idiom of ``lang`` (see :func:`idiom_spans`), nor
    name a news outlet (:func:`citydiplo._geo._media.outside_media`)."""
    phrases = idioms(lang)
    if phrases and mentions:
        spans = idiom_spans(folded, starts, ends, phrases, merged_cues(lang).attached_before)
        mentions = [m for m in mentions if not any(s <= m.start and m.end <= e for s, e in spans)]
    return outside_media(mentions, folded, ends, lang)


def idiom_spans(
    folded: str,
    starts: Sequence[int],
    ends: Sequence[int],
    idioms: Sequence[str],
    prefixes: Sequence[str],
) -> list[tuple[int, int]]:
    """The text spans of the idioms of ``idioms`` written as whole words in ``folded``
    (whose character ``k`` is the text's ``starts[k]`` to ``ends[k]``), an attached prefix
    of ``prefixes`` allowed before one.

    >>> idiom_spans("ארץ ישראל", range(9), range(1, 10), ["ארץ ישראל"], [])
    [(0, 9)]
    >>> idiom_spans("ארצות ישראל", range(11), range(1, 12), ["ארץ ישראל"], [])
    []
    >>> idiom_spans("בארץ ישראל", range(10), range(1, 11), ["ארץ ישראל"], ["ב"])
    [(1, 10)]
    """
    n, spans = len(folded), []
    for idiom in idioms:
        at = folded.find(idiom)
        while at >= 0:
            end = at + len(idiom)
            before = folded[folded.rfind(" ", 0, at) + 1 : at]  # an attached prefix, if any
            whole = (not before or before in prefixes) and (end == n or not folded[end].isalnum())
            if whole:
                spans.append((starts[at], ends[end - 1]))
            at = folded.find(idiom, at + 1)
    return spans
