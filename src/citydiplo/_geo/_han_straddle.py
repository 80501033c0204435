"""A small town's name read across the boundary of a Chinese word (used by
``find_places``).

Chinese writes no spaces, so a name can be read from the second character of a word:
"地方城市" (local cities) holds "方城市", Fangcheng (Henan) with its generic word. A small
city (under ``SMALL`` inhabitants, or of unknown size) whose first character ends a frequent
two-character word with the character before it (``data/han_words.json``, built by
``tools/build_han_words.py`` from word frequencies) is read only where the text also names
its first-level subdivision by another mention. So is a city of fewer than ``BIG``
inhabitants whose last character begins a frequent word with the character after it: "人文山西"
(humanistic Shanxi) holds no Wenshan (文山, Yunnan), "关西地区" (the Kansai region) no Xidi.
"""

from __future__ import annotations

from functools import cache
from typing import TypeVar

from citydiplo._geo._data import load_json
from citydiplo._geo._evidence import script
from citydiplo._geo._guard_types import Mention
from citydiplo._geo._places import PlaceKind
from citydiplo._normalize import match_key

__all__ = ["BIG", "SMALL", "han_words", "outside_straddles"]

M = TypeVar("M", bound=Mention)
SMALL = 100_000
BIG = 1_000_000
_GENERIC = frozenset("市县縣区區省州镇鎮乡鄉村町郡都道府")


@cache
def han_words() -> frozenset[str]:
    """The frequent two-character Chinese words, as match keys.

    >>> "地方" in han_words(), "方城" in han_words()
    (True, False)
    """
    data: dict[str, list[str]] = load_json("han_words.json")["words"]
    return frozenset(data.get("zh", ()))


def _straddles(m: Mention, text: str, words: frozenset[str]) -> bool:
    place = m.place
    if place.kind is not PlaceKind.CITY or (place.population or 0) >= BIG:
        return False
    if not m.text or not all(script(ch) == "CJK" for ch in m.text):
        return False
    after = text[m.end : m.end + 1]  # "人文山西": "山西" begins with the name's last character
    last = m.text[-1]  # a generic word ending the name ends it: "津市市民", "成田市长"
    tail = match_key(last + after) if after and script(after) == "CJK" else ""
    if tail in words and last not in _GENERIC:
        return True
    if m.start == 0 or (place.population or 0) >= SMALL:
        return False
    before = text[m.start - 1]
    return script(before) == "CJK" and match_key(before + m.text[0]) in words


def outside_straddles(mentions: list[M], text: str, lang: str | None) -> list[M]:
    """``mentions`` without the small towns read across a word's boundary (see above).

    >>> from citydiplo import find_places
    >>> text = "有20多个湖北省城市与韩国地方城市保持着友好合作关系。"
    >>> [m.text for m in find_places(text, lang="zh")]
    ['湖北省', '韩国']
    >>> [m.text for m in find_places("风光山西、人文山西、开放山西", lang="zh")]
    ['山西', '山西']
    >>> [m.text for m in find_places("关西地区与云南文山市", lang="zh")]
    ['云南', '文山市']
    """
    if not mentions or lang not in (None, "zh"):
        return mentions
    words = han_words()
    across = [_straddles(m, text, words) for m in mentions]
    named = {
        m.place.subdivision
        for m, a in zip(mentions, across, strict=True)
        if not a and m.place.subdivision is not None
    }
    return [
        m for m, a in zip(mentions, across, strict=True) if not a or m.place.subdivision in named
    ]
