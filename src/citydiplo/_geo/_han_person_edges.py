"""A name read across the end of a person's title, or written as a byline's name, in Chinese
(used by ``find_places``).

Chinese writes no spaces, so a title and the name after it run together:

* a reading whose first character is the last character of a person's title written right
  before it takes that character from the title: "副会长冈崎温" (vice-chairman Okazaki On)
  holds no Nagaoka (长冈); the titles are the cue file's ``person_titles``;
* a byline names the reporter, photographer or contributor after a credit word
  (``data/credit_words.json``: 记者, 摄影, 供稿 ...), a space, colon or bracket between: the
  name of two to four Han characters written there is a person's, "摄影 文昌吉" no Wenchang.
"""

from __future__ import annotations

from functools import cache
from typing import TypeVar

from citydiplo._geo._cues import merged_cues
from citydiplo._geo._data import load_json
from citydiplo._geo._evidence import script
from citydiplo._geo._guard_types import Mention
from citydiplo._geo._places import PlaceKind

__all__ = ["outside_han_person_edges"]

M = TypeVar("M", bound=Mention)
_GAP = " \u3000:：(（"  # what a byline writes between the credit and the name
_LONGEST_NAME = 4


@cache
def _credits(lang: str) -> tuple[str, ...]:
    data: dict[str, list[str]] = load_json("credit_words.json")["words"]
    return tuple(sorted(data.get(lang, ()), key=lambda w: (-len(w), w)))


@cache
def _titles(lang: str) -> tuple[str, ...]:
    words = merged_cues(lang).person_titles
    return tuple(sorted((w for w in words if len(w) > 1), key=lambda w: (-len(w), w)))


def _straddles_title(m: Mention, text: str, titles: tuple[str, ...]) -> bool:
    end = m.start + 1  # the title ends with the name's first character
    return any(len(t) <= end and text.startswith(t, end - len(t)) for t in titles)


def _byline_name(m: Mention, text: str, credits: tuple[str, ...]) -> bool:
    k = m.start
    while k > 0 and text[k - 1] in _GAP:
        k -= 1
    if k == m.start or not any(text.startswith(c, k - len(c)) for c in credits if len(c) <= k):
        return False
    stop = m.start
    while stop < len(text) and script(text[stop]) == "CJK":
        stop += 1
    return 2 <= stop - m.start <= _LONGEST_NAME


def outside_han_person_edges(mentions: list[M], text: str, lang: str | None) -> list[M]:
    """``mentions`` without the names described above (Chinese only).

    >>> from citydiplo import find_places
    >>> text = "日本爱知县日中友好协会副会长冈崎温率领代表团访问广州。(供稿 康广宏 摄影 文昌吉)"
    >>> [m.text for m in find_places(text, lang="zh")]
    ['日本', '爱知县', '广州']
    >>> [m.text for m in find_places("代表团访问长沙市和长春。记者 长沙报道", lang="zh")]
    ['长沙市', '长春']
    """
    if not mentions or lang != "zh":
        return mentions
    titles, credits = _titles(lang), _credits(lang)
    return [
        m
        for m in mentions
        if m.place.kind is not PlaceKind.CITY
        or not all(script(ch) == "CJK" for ch in m.text)
        or not (_straddles_title(m, text, titles) or _byline_name(m, text, credits))
    ]
