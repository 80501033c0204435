"""Japanese towns and villages written in Hangul with the Korean word for their rank (used by
``find_places`` where :func:`._translit.japanese_in_hangul_at` reads nothing).

Korean news names a Japanese town (町) or village (村) by its name in Hangul, spelled by the
Korean standard of loanword spelling as any Japanese name (``data/hangul_japanese.json``),
followed by the rank: the Sino-Korean reading of the character, "정" (町) or "촌" (村), or the
Japanese word itself, "초" or "마치" (町), "무라" or "손" (村): "돗토리현 치즈정" (Chizu,
Tottori), "야즈정", "가와나베정". These words are no generic word of Korean places, and
"정" is also the office written after a city's generic word ("시정", the city's
administration), so the readers of Korean names never take them as one. Here the name before
the word is read by its romanizations (:func:`._translit.romanizations`), as a name with
the generic word of a municipality written on it ("시": the rank tells a municipality as that
word does): it stands when they name exactly one place, a city (a municipality) in Japan, and
the word ends there (a space, punctuation or a particle follows). The caller keeps the
mention only beside a strong mention of Japan, as for any Japanese name in Hangul.
"""

from __future__ import annotations

from collections.abc import Callable

from citydiplo._geo._cues import Cues, word_tail
from citydiplo._geo._places import Place, PlaceKind
from citydiplo._geo._translit import COUNTRY, Read, places_read, romanizations

__all__ = ["RANK_WORDS", "japanese_town_in_hangul_at"]

RANK_WORDS = ("마치", "무라", "정", "초", "촌", "손")  # 町 and 村, read in Korean or Japanese
_MIN_NAME = 2  # syllables: a one-syllable name spells too many words
_LONGEST_NAME = 8
_HANGUL = range(0xAC00, 0xD7A4)
_MUNICIPALITY = "시"  # the rank word is read as the generic word of a municipality


def _name_end(folded: str, i: int) -> int:
    j = i
    while j < len(folded) and j - i <= _LONGEST_NAME and ord(folded[j]) in _HANGUL:
        j += 1
    return j


def japanese_town_in_hangul_at(
    folded: str, i: int, cues: Cues, read: Callable[[int, int, str, str, Cues], Read]
) -> tuple[Place, int] | None:
    """A Japanese town or village written at ``folded[i:]`` as described above, with the end
    of its name (before the rank word); or nothing.

    >>> from citydiplo import find_places
    >>> text = "일본 돗토리현 치즈정 우호교류단이 방문한다"
    >>> [(m.text, m.place.name) for m in find_places(text, lang="ko")][-1]
    ('치즈', 'Chizu')
    >>> [m.text for m in find_places("일본 방문 일정을 마쳤다", lang="ko")]
    ['일본']
    """
    if i > 0 and ord(folded[i - 1]) in _HANGUL:
        return None  # inside a word
    word_end = _name_end(folded, i)
    for rank in RANK_WORDS:
        j = word_end - len(rank)
        while j - i >= _MIN_NAME and not folded.startswith(rank, j):
            j -= 1
        if j - i < _MIN_NAME or word_tail(folded, i, j + len(rank), cues) is None:
            continue
        keys = romanizations(folded[i:j])
        if not keys:
            continue
        places = places_read(keys, read, (i, j, _MUNICIPALITY, cues))
        if len(places) != 1:
            continue
        place = next(iter(places.values()))
        if place.country == COUNTRY and place.kind is PlaceKind.CITY:
            return place, j
    return None
