"""Frequent words read as places through a character of their own (used by
``find_places``).

The ordinary and weak words of a language (``data/ordinary_words.json``) are read as places
only with a cue word. Two readings slipped past that rule:

* a word ending with a generic word of its own: Korean "수도" (capital) ends with "도"
  (province) and read as the Capital Governorate of Bahrain; a generic word written inside
  the word is no cue, so an ordinary word read with no cue word before it and no generic word
  written after it is no place ("왕조의 수도로", the dynasty's capital);
* a katakana word glued to a kanji that makes a compound of it: "コロナ禍" (the pandemic) is
  no Corona, California. A weak or ordinary word in katakana followed by one kanji that is
  no generic word ("市", "州"), then no more kanji, is a part of that compound ("在マイアミ
  総領事", the consul general in Miami, stays).
"""

from __future__ import annotations

from typing import TypeVar

from citydiplo._geo._cues import is_cue_before, merged_cues
from citydiplo._geo._evidence import previous_word, script
from citydiplo._geo._guard_types import Mention
from citydiplo._geo._places import PlaceKind
from citydiplo._normalize import match_key

__all__ = ["outside_word_readings"]

M = TypeVar("M", bound=Mention)


def outside_word_readings(mentions: list[M], text: str, lang: str | None) -> list[M]:
    """``mentions`` without the frequent words described above.

    >>> from citydiplo import find_places
    >>> [m.text for m in find_places("후에시는 옛 응우엔 왕조의 수도로 유네스코", lang="ko")]
    ['후에']
    >>> text = "米国カリフォルニア州ロングビーチ市。コロナ禍が明け"
    >>> [m.text for m in find_places(text, lang="ja")]
    ['米国', 'カリフォルニア州', 'ロングビーチ']
    """
    if not mentions or lang is None:
        return mentions
    cues = merged_cues(lang)
    if cues.cased:
        return mentions
    generic = tuple(w for w, _ in cues.attached_after if w)
    out = []
    for m in mentions:
        key = match_key(m.text)
        frequent = key in cues.ordinary_words or key in cues.weak_words
        if not frequent or m.place.kind is PlaceKind.COUNTRY:
            out.append(m)
            continue
        after = text[m.end : m.end + 4]
        written_after = any(match_key(after).startswith(w) for w in generic)
        before, _ = previous_word(text, m.start)
        cued = written_after or is_cue_before(match_key(before), cues)
        if key in cues.ordinary_words and not cued and script(m.text[:1]) == "HANGUL":
            continue  # "수도": its own 도 is no cue
        suffix = after[:1] and script(after[0]) == "CJK" and script(after[1:2]) != "CJK"
        glued = suffix and not written_after  # one kanji: "コロナ禍が", not "マイアミ総領事"
        if glued and script(m.text[-1:]) == "KATAKANA":
            continue  # "コロナ禍"
        out.append(m)
    return out
