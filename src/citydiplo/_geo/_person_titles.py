"""A place name that is a person's surname before a given name and an office (used by
``find_places``).

Japanese and Korean news write a person as surname, given name, office: "大村秀章知事"
(Governor Ōmura Hideaki) is no Ōmura, Nagasaki; "마쓰모토 코지 시장" (Mayor Matsumoto Kōji)
no Matsumoto, Nagano. The offices are data (``data/person_name_parts.json``):

* a city's name in kanji followed by a given name of one to three kanji (no generic word
  among them: "横浜市中区長" is the head of a ward) and an office is a surname;
* a city's name in kanji followed right away by an office no place takes after its name
  ("大村知事": a city has a mayor, not a governor) is a surname;
* a city abroad named in Hangul without its generic word, followed by a word of two to
  four syllables (no place, nor a word ending like an institution's name or a generic
  word: "요코하마 시의회 의장", "나가사키 현 지사" stay) and, after a space, an office, is a
  surname;
* a name in katakana after another katakana word and "・", that word being no place, is a
  person's surname ("レックス・リチャードソン", Rex Richardson); "ベトナム・ホーチミン市" are
  two places, and the third part of "アンドレイ・ゴレーロフ・ナホトカ市長" is the mayor's
  city. (The same name alone elsewhere, "リチャードソン市長", is left to the extraction's
  full-name rule, which reads the whole text.)

Chinese news about Japan writes Japanese persons the same way ("上田清司知事"): for ``zh`` the
first two rules apply to the names of Japanese cities, with the offices' Chinese forms.

An office glued to more kanji is another word ("大使館", embassy): no surname then.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TypeVar

from citydiplo._geo._data import load_json
from citydiplo._geo._evidence import script
from citydiplo._geo._guard_types import Mention
from citydiplo._geo._places import PlaceKind
from citydiplo._spans import SpanIndex

__all__ = ["outside_surnames", "titles"]

M = TypeVar("M", bound=Mention)
_GENERIC = frozenset("市町村区県县郡都道府州省")
_RANKS = _GENERIC - frozenset("町村")  # names end with 村 and 町: "大村", "中村" (surnames too)
_KOREAN_GENERIC = frozenset("시군구도현주성읍면동")  # generic words written on a name
_KOREA = "KR"
_KANA = ("KATAKANA", "KATAKANA-HIRAGANA")  # "ー" is written in both
_HANGUL_WORD = re.compile(r" ([가-힣]{2,4}) ([가-힣]+)")
_ZH_PREMISES = frozenset("馆館处處室厅廳")  # "大使馆": an office glued to its premises
_ZH_OFFICE_PREFIXES = frozenset("副总總前原代常名")  # deputy, general, former, acting ...
_ZH_STOPS = frozenset("的之与與和及在是了为為从從于於向同跟将將也都")  # no given name holds one


@cache
def titles(lang: str, person_only: bool = False) -> tuple[str, ...]:
    """The offices written after a person's name in ``lang``, longest first (those no
    place takes after its own name with ``person_only``).

    >>> "知事" in titles("ja", person_only=True), "市長" in titles("ja", person_only=True)
    (True, False)
    """
    data: dict[str, dict[str, list[str]]] = load_json("person_name_parts.json")
    words = data["person_only" if person_only else "titles"].get(lang, [])
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


def _kanji_surname(
    m: Mention, text: str, ranked: dict[int, int] | None = None, lang: str = "ja"
) -> bool:
    if m.place.kind is not PlaceKind.CITY or not all(script(ch) == "CJK" for ch in m.text):
        return False
    if lang == "zh" and m.place.country != "JP":  # Chinese surnames are of one character
        return False
    if m.text[-1:] in _RANKS:  # written with its rank: "横浜市中区長" heads a ward
        return False
    k = m.end
    for size in range(4):  # a given name of 0 to 3 kanji
        given = text[m.end : k]
        if any(ch in _GENERIC or script(ch) != "CJK" for ch in given):
            return False
        if lang == "zh" and (
            given[:1] in _ZH_OFFICE_PREFIXES or any(c in _ZH_STOPS for c in given)
        ):
            return False  # "名古屋副市长": the office; "大阪的王先生": Mr Wang of Osaka
        stop = (ranked or {}).get(k)  # "大村秀章愛知県知事": the office's place between
        if size and stop is not None and text.startswith(titles(lang), stop):
            return True
        offices = titles(lang, person_only=size == 0)
        for office in offices:
            stop = k + len(office)
            if text.startswith(office, k) and (
                stop >= len(text)
                or script(text[stop]) != "CJK"
                or (lang == "zh" and text[stop] not in _ZH_PREMISES)  # Chinese runs on
            ):
                return True
        k += 1
    return False


def _hangul_surname(m: Mention, text: str, taken: SpanIndex) -> bool:
    if m.place.kind is not PlaceKind.CITY or m.place.country == _KOREA:
        return False
    if not m.text or script(m.text[0]) != "HANGUL" or m.text[-1] in _KOREAN_GENERIC:
        return False
    after = _HANGUL_WORD.match(text, m.end)
    if after is None or after.group(1).endswith(_institution_endings()):
        return False  # "요코하마 시의회 의장": the chair of Yokohama's council
    if taken.overlaps(after.start(1), after.end(1)):
        return False
    return after.group(2).startswith(titles("ko"))


@cache
def _institution_endings() -> tuple[str, ...]:
    data: dict[str, dict[str, list[str]]] = load_json("person_name_parts.json")
    return tuple(data["not_given_names"]["ko"])


def _katakana_given(m: Mention, text: str, taken: SpanIndex) -> bool:
    if m.place.kind is PlaceKind.COUNTRY or not m.text or script(m.text[0]) != "KATAKANA":
        return False
    if m.start < 2 or text[m.start - 1] not in "・･":
        return False
    k = m.start - 1
    while k > 0 and script(text[k - 1]) in _KANA and text[k - 1] not in "・･":
        k -= 1
    if k == m.start - 1 or (k > 0 and text[k - 1] in "・･"):
        return False  # three parts: "アンドレイ・ゴレーロフ・ナホトカ市長" ends with the city
    return not taken.overlaps(k, m.start - 1)


def outside_surnames(mentions: list[M], text: str, lang: str | None) -> list[M]:
    """``mentions`` without the surnames described above.

    >>> from citydiplo import find_places
    >>> [m.text for m in find_places("愛知県:大村秀章知事。大村知事は述べた。", lang="ja")]
    ['愛知県']
    >>> [m.text for m in find_places("大村秀章愛知県知事は述べた。", lang="ja")]
    ['愛知県']
    >>> [m.text for m in find_places("長崎県大村市の市長", lang="ja")]
    ['長崎県', '大村市']
    >>> [m.text for m in find_places("日本埼玉县的上田清司知事表示", lang="zh")]
    ['日本', '埼玉县']
    >>> text = "일본 사세보시의 마쓰모토 코지 시장이 방문했다."
    >>> [m.text for m in find_places(text, lang="ko")]
    ['일본', '사세보시']
    """
    if not mentions or lang not in (None, "ja", "ko", "zh"):
        return mentions
    taken = SpanIndex((m.start, m.end) for m in mentions)  # read once, asked by halves
    ranked = {m.start: m.end for m in mentions if m.text[-1:] in _GENERIC}
    return [
        m
        for m in mentions
        if not _katakana_given(m, text, taken)
        and not (lang != "ko" and _kanji_surname(m, text, ranked, lang or "ja"))
        and not (lang != "ja" and _hangul_surname(m, text, taken))
    ]
