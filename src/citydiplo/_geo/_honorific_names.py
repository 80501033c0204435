"""A Japanese place name that is a person's surname before a given name and an honorific,
in Chinese and Japanese text (used by ``find_places``).

Chinese news writes a Japanese person's name in Han characters, surname first, and often
an honorific after the given name: "日本外务大臣川口顺子女士" (Ms Kawaguchi Yoriko) is no
Kawaguchi, Saitama; Japanese writes "川口順子氏". A city of Japan named in Han characters,
followed by a given name of one or two Han characters (in Japanese up to three; no generic
word such as 市 or 区, no function word such as 的) and a personal honorific of the
language's cue file (``honorifics``: 女士, 先生, 小姐; さん, 氏, 様), is a surname.
"""

from __future__ import annotations

from typing import TypeVar

from citydiplo._geo._cues import merged_cues
from citydiplo._geo._evidence import script
from citydiplo._geo._guard_types import Mention
from citydiplo._geo._places import PlaceKind

__all__ = ["outside_honorific_names"]

M = TypeVar("M", bound=Mention)

_JAPAN = "JP"
_NOT_GIVEN = frozenset("市町村区県郡都道府州省的之与與和及在是了为為从從于於向同跟将將也都")
_LONGEST = {"zh": 2, "ja": 3}


def _surname(m: Mention, text: str, honorifics: tuple[str, ...], longest: int) -> bool:
    if m.place.kind is not PlaceKind.CITY or m.place.country != _JAPAN:
        return False
    if not m.text or any(script(ch) != "CJK" for ch in m.text) or m.text[-1] in _NOT_GIVEN:
        return False
    for size in range(1, longest + 1):
        ch = text[m.end + size - 1 : m.end + size]
        if not ch or script(ch) != "CJK" or ch in _NOT_GIVEN:
            return False
        if text.startswith(honorifics, m.end + size):
            return True
    return False


def outside_honorific_names(mentions: list[M], text: str, lang: str | None) -> list[M]:
    """``mentions`` without the surnames described above.

    >>> from citydiplo import find_places
    >>> text = "日本外务大臣川口顺子女士说,日本川口市与中国交流。"
    >>> [m.text for m in find_places(text, lang="zh")]
    ['日本', '日本', '川口市', '中国']
    >>> [m.text for m in find_places("大阪的王先生", lang="zh")]
    ['大阪']
    """
    longest = _LONGEST.get(lang or "")
    if not mentions or longest is None:
        return mentions
    honorifics = tuple(sorted(merged_cues(lang).honorifics, key=lambda w: (-len(w), w)))
    if not honorifics:
        return mentions
    return [m for m in mentions if not _surname(m, text, honorifics, longest)]
