"""Readings held back by a rule that guards against ordinary words, and read after all
where the text names the same place elsewhere (used by ``find_places``).

Two rules hold a reading back although the gazetteer reads the name: a name in kanji glued
to more kanji (Japanese, ``Cues.ideograph_compounds``: "石川勝行市長" is Mayor Ishikawa
Katsuyuki, not Ishikawa prefecture) and a city or subdivision opening a sentence without a
cue word ("Nice to meet you", "Mobile phones"; a city of a million followed by a small word is
read at once: :mod:`._opening`). When the text reads the same place where no
such rule applies ("蔚山市", "visit Hiroshima, Matsuyama and Yokohama", not itself at a
sentence's start), the name held back is that place too: "蔚山商工会議所" (Ulsan Chamber of
Commerce), "Hiroshima was Honolulu's first sister city". Not a name in kanji of a place in
the text's own country (Japanese surnames are Japanese places: "石川勝行市長" stays unread
beside "石川県"), nor a name opening a sentence before another capitalised word (a
person: "Victoria Smith").

A third guard holds a reading back for good: a small place of the text's own country named
in Hangul without its generic word, whose name is also the Sino-Korean reading of a Chinese
city of a million ("대구는 청도": Daegu and Qingdao, or the county Cheongdo?).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

import attrs

from citydiplo._geo._city_of import refuted_by_qualifier
from citydiplo._geo._cues import Cues
from citydiplo._geo._evidence import STRONG_POPULATION, generic_words, script
from citydiplo._geo._han_names import given_name_before_title
from citydiplo._geo._held_state import HELD
from citydiplo._geo._kanji_after import word_after_name
from citydiplo._geo._opening import read_at_opening
from citydiplo._geo._partner import Kept, coordinated
from citydiplo._geo._places import Place, PlaceKind
from citydiplo._geo._ranks import outside_rank_country
from citydiplo._geo._region_namesake import region_named_after, region_names
from citydiplo._geo._short_forms import short_forms
from citydiplo._geo._surnames import after_chinese_surname
from citydiplo._geo._translit import chinese_homonym
from citydiplo._normalize import match_key
from citydiplo._spans import SpanIndex

__all__ = ["HELD", "dateline", "held_back", "read_elsewhere"]

_CITY_WORDS = frozenset("시군구")  # Korean generic words of a city, county, district


class _Mention(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def place(self) -> Place: ...


_DATELINE = re.compile(r"[ \t]*(?:\([^()\n]{1,20}\)[ \t]*)?[—–]")


def dateline(text: str, start: int, end: int) -> bool:
    """Whether the name ``text[start:end]`` is a news dateline: written in capitals at the
    start of a line and followed by a dash, perhaps after an agency ("HELENA — Gov. ...",
    "SEOUL (Yonhap) —"). A dateline names the city the news comes from, so it is no word
    that merely opens a sentence.

    >>> dateline("HELENA — Gov. Steve Bullock", 0, 6), dateline("Helena said", 0, 6)
    (True, False)
    """
    name = text[start:end]
    first = start == 0 or text[start - 1] == "\n"
    return first and name.isupper() and _DATELINE.match(text, end) is not None


MIN_LOWERED = 5  # letters of a word written small inside a name: "delle", not "de", "upon"


def _lowered_word(span: str, place: Place) -> bool:
    """Whether a name of several words in Latin letters writes a later word of
    :data:`MIN_LOWERED` letters or more in small letters that the place's own name does not
    ("The mission" is no "The Mission", an alternate name of Mission District; "Castiglione
    delle Stiviere" keeps its "delle").

    >>> from citydiplo import parse_place
    >>> district = parse_place("Mission District", lang="en", subdivision="US-CA")
    >>> _lowered_word("The mission", district), _lowered_word("The Mission", district)
    (True, False)
    """
    words = span.split()
    if len(words) < 2 or script(span[:1]) != "LATIN":
        return False
    own, generic = (place.name or "").split(), generic_words()  # "Gangnam district" stays
    return any(
        w[:1].islower()
        and sum(ch.isalpha() for ch in w) >= MIN_LOWERED
        and w not in own
        and match_key(w) not in generic
        for w in words[1:]
    )


def held_back(
    text: str, span: tuple[int, int], place: Place, cued: bool, cues: Cues, opening: bool
) -> bool:
    """Whether a rule holds back the reading of ``text[span[0]:span[1]]`` as ``place``: a
    name in kanji glued to more kanji (a name in katakana is not: "在マイアミ総領事" is still
    Miami), or a city or subdivision opening a sentence (``opening``), without a cue word
    (``cued``); the reading is then kept in :data:`HELD`."""
    start, end = span
    if _lowered_word(text[start:end], place) or refuted_by_qualifier(text, start, end, place):
        return True  # "The Mission": no Mission District; "City of Whitehorse, Victoria"
    if city_rank_too_small(text, end, place) or name_before_mayor(text, start, end):
        return True  # "大西市長": Mayor Ōnishi, not the village Ōnishi (3,226) called a 市
    if after_chinese_surname(text, start, place) or given_name_before_title(
        text, start, end, place
    ):
        return True  # "Ван Синьчжу": Wang Xinzhu, not Hsinchu; "王岐山市長", not Qishan
    if outside_rank_country(text, end, place):
        return True  # "吉田町長": Mayor Yoshida; a 町 is a Japanese town, never Jitian, China
    other = place.kind is not PlaceKind.COUNTRY
    glued = (
        cues.ideograph_compounds
        and not cued
        and other
        and end < len(text)
        and script(text[end]) == script(text[end - 1]) == "CJK"
        and not word_after_name(text, end)  # "東京駅", "東京-金沢間"
    )
    if (
        place.kind is PlaceKind.CITY
        and place.country in cues.home
        and (place.population or 0) < STRONG_POPULATION
        and script(text[start]) == "HANGUL"
        and _chinese_homonym(text, start, end, cues)
    ):
        return True  # "대구는 청도": Qingdao, or Cheongdo county (population unknown)?
    opening = opening and not read_at_opening(text, start, end, place, cues)  # "Seoul said"
    if not glued and not (opening and other):
        return False
    held = HELD.get()
    foreign = place.country not in cues.home  # a surname is a place of the text's country
    followed = text[end + 1 : end + 2].isupper() and text[end : end + 1] == " "
    if held is not None and (foreign if glued else not followed):
        held.append((start, end, place))  # "Victoria Smith" is no place, nor "石川勝行市長"
    return True


def _chinese_homonym(text: str, start: int, end: int, cues: Cues) -> bool:
    """Whether ``text[start:end]``, written bare (not "청도군"; nor "상주시장", the mayor of
    Sangju), is also the Sino-Korean reading of a big Chinese city (:func:`chinese_homonym`)."""
    after, key = match_key(text[end : end + 2]), match_key(text[start:end])
    if any(after.startswith(word) for word, _ in cues.attached_after):
        return False
    return key[-1:] not in _CITY_WORDS and chinese_homonym(key)


def _same(place: Place) -> tuple[object, ...]:
    return place.kind, place.country, place.subdivision, place.geonames_id


def read_elsewhere(text: str, kept: Sequence[_Mention]) -> list[tuple[int, int, Place]]:
    """The readings held back (:data:`HELD`) whose place ``kept`` reads elsewhere, where no
    reading overlaps them, as (start, end, place).

    >>> from citydiplo import find_places
    >>> text = "萩市の代表団が蔚山市を訪問する。蔚山商工会議所で会合"
    >>> [m.text for m in find_places(text, lang="ja")]
    ['萩市', '蔚山', '蔚山']
    """
    held = HELD.get() or []
    if not held:
        return short_forms(text, kept, [(m.start, m.end) for m in kept])  # "艾州": Iowa
    # read elsewhere, not at a sentence's start: the text writes the word as a proper noun
    places = {_same(m.place): m.place for m in kept if not _opens_sentence(text, m.start)}
    taken = [(m.start, m.end) for m in kept]
    read, added = SpanIndex(taken), SpanIndex(())  # the readings kept, those found here
    partners: Kept | None = None
    regions: dict[str | None, list[str]] | None = None  # the text's region names
    found: list[tuple[int, int, Place]] = []
    for start, end, place in sorted(held, key=lambda h: (h[0], -h[1])):
        same = places.get(_same(place))
        if same is None and _opens_sentence(text, start):
            partners = partners or Kept(kept)
            if regions is None:  # read once, when a sentence's first word first asks
                regions = region_names((text[m.start : m.end], m.place) for m in kept)
            if coordinated(text, start, end, place, partners):
                same = place  # "Boston and Lyon signed": joined to a city the text reads
            elif region_named_after(place, text[start:end], regions):
                same = place  # "Астраханской области ... Астрахань, как и"
        if same is None or read.overlaps(start, end) or added.overlaps(start, end):
            continue
        found.append((start, end, attrs.evolve(same, text=text[start:end])))
        taken.append((start, end))
        added.add(start, end)
    return found + short_forms(text, kept, taken)  # "艾州" where the text reads "艾奥瓦州"


def _opens_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 4) : start].rstrip(' \t"“«(')
    return not before or before[-1] in ".!?。！？\n:"


CITY_RANK = frozenset("市시")  # the generic word of a city's rank in Japanese, Chinese, Korean
CITY_RANK_FLOOR = 10_000


def city_rank_too_small(text: str, end: int, place: Place) -> bool:
    """Whether the name ending at ``end`` is followed by the generic word of a city's rank
    ("市", "시"; a 市 GeoNames writes in the name, "夕張市", is the city itself) but reads as
    a place far too small to hold that rank: a municipality becomes
    a 市 or 시 with about 50,000 people (Japan's Local Autonomy Act, Korea's Local Autonomy
    Act; China's county-level cities are larger still), so a village of a few thousand
    named like a surname before "市長" (mayor) is the mayor's name. Populations GeoNames
    does not know decide nothing.

    >>> from citydiplo._geo._places import Place, PlaceKind
    >>> village = Place(text="大西", country="JP", kind=PlaceKind.CITY, population=3226)
    >>> city_rank_too_small("大西市長", 2, village)
    True
    >>> city_rank_too_small("大西町長", 2, village)
    False
    """
    ranked = text[end : end + 1] in CITY_RANK
    small = 0 < (place.population or 0) < CITY_RANK_FLOOR
    return place.kind is PlaceKind.CITY and ranked and small


def name_before_mayor(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, one ideograph and "市", ends a person's name glued before
    "市长"/"市長" (mayor): "安炳龙市长" is Mayor An Byeong-ryong, not the town Longshi.

    >>> name_before_mayor("安炳龙市长表示", 2, 4), name_before_mayor("会见了津市长", 3, 5)
    (True, False)
    """
    return (
        end - start == 2
        and text[end - 1] == "市"
        and text[end : end + 1] in ("长", "長")
        and start > 0
        and script(text[start - 1]) == "CJK"
        and text[start - 1] not in _PARTICLES
    )


_PARTICLES = frozenset("的了和与及在向对由是")  # Chinese words that end before a name
