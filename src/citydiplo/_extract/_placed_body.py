"""An organization written onto its place, in a spaced script whose names are glued to their
markers (Korean): the body's name holds the place, and the place is no side of its own.

Korean names a local body by its place, then its kind: "단장면주민자치위원회" (the residents'
autonomy committee of Danjang-myeon), "수성구 통장연합회" (the federation of tong heads of
Suseong-gu), "예천군 이장연합회" (of village heads, Yecheon-gun). Two rules, both for a name
built on an organization marker (``organization.suffix``) in a script marked ``spaced``
whose words carry no boundary (``boundary: none``):

- **The name is its whole word.** Spaces part words, so the name glued to the marker runs
  back to the start of its word, however long ("단장면주민자치위원회", not "주민자치위원회":
  two committees of two places are two actors). A particle ends a word and never starts
  one: a one-letter particle or place marker at the start of the word is the name's first
  letter ("이장연합회", the federation of village heads, is no "이" + "장연합회"). The
  marker ends the word, or a particle or a title follows it ("이날부터", from this day, holds
  no ministry "부").
- **A place written just before names the body.** A city or province (a gazetteer name,
  with or without its marker) followed by one space and the body's word, with no particle
  between, is the body's place:
  the mention is "수성구 통장연합회", one organization, and the place inside it is no side
  of the tie the body signs. Not so before an office title glued to the body ("이우시
  인민정부시장", the mayor of Yiwu's people's government: the place stays the side its
  official stands for). A word that already holds a place (a place marker after two
  letters or more: "정량동주민자치위원회") takes no wider place ("통영시 정량동…": Tongyeong
  only locates it).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["placed_start", "word_start"]


def word_start(text: str, start: int, stops: frozenset[str],
               places: Mapping[int, Any] | None = None) -> int:
    """Where the name glued before ``start`` begins: the start of its word, or a letter of
    ``stops`` (a particle or place marker) with a letter of the same word before it. With
    ``places`` (gazetteer hits by their end), a stop parts the word only where a place
    ends at it or right before it ("수성구|통장연합회"); elsewhere the letter is one of the
    name's words ("한중도시우호협회": the word 도시, city, holds the marker 시).

    >>> word_start("예천군 이장연합회", 6, frozenset({"이", "군"}))
    4
    >>> word_start("수성구통장연합회", 5, frozenset({"구"}))
    3
    >>> from types import SimpleNamespace as P
    >>> word_start("수성구통장연합회", 5, frozenset({"구"}), {2: P(start=0, kind="city")})
    3
    >>> word_start("한중도시우호협회", 6, frozenset({"시", "도"}), {})
    0
    """
    i = start
    while i > 0 and text[i - 1].isalpha():
        if text[i - 1] in stops and i >= 2 and text[i - 2].isalpha() and (
                places is None or i in places or i - 1 in places):
            break
        i -= 1
    return i


def _holds_place(word: str, markers: tuple[str, ...]) -> bool:
    return any(ch in markers and k >= 2 for k, ch in enumerate(word))


def placed_start(text: str, start: int, end: int, places: Mapping[int, Any],
                 markers: tuple[str, ...]) -> int:
    """``start``, or the start of the city or province named one space before the body
    ``text[start:end]`` (see the module's documentation); ``places`` maps the end of each
    gazetteer hit (with ``start`` and ``kind``) to it, ``markers`` are the letters that end
    a place's name.

    >>> from types import SimpleNamespace as P
    >>> text = "대구 수성구 통장연합회와"
    >>> placed_start(text, 7, 12, {6: P(start=3, kind="city")}, ("구", "동"))
    3
    >>> text = "통영시 정량동주민자치위원회"
    >>> placed_start(text, 4, 14, {3: P(start=0, kind="city")}, ("시", "동"))
    4
    >>> placed_start("하노이시 여성연합회", 5, 10, {3: P(start=0, kind="city")}, ("시",))
    0
    """
    if start < 2 or text[start - 1] != " " or _holds_place(text[start:end], markers):
        return start
    # the place's name, or its name and its marker ("하노이|시 여성연합회")
    for gap in ("", *(m for m in markers if text[start - 1 - len(m):start - 1] == m)):
        p = places.get(start - 1 - len(gap))
        if p is not None and p.kind in ("city", "region") and (
                p.start == 0 or not text[p.start - 1].isalpha()):
            return int(p.start)
    return start
