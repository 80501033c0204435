"""Place names written in another script's conventions, which GeoNames mostly lacks.

Japanese names in Hangul, and Korean names in Han characters (:func:`korean_in_han_at`).

Korean news writes Japanese names by a national standard (``data/hangul_japanese.json``:
the kana table of the Korean loanword spelling rules): "시즈오카현" is Shizuoka prefecture,
"고베" is Kobe, "삿포로" Sapporo. Read back through that table, a Hangul word gives a few
Hepburn romanizations ("고베" -> "kobe", "gobe"), which are the gazetteer's Latin keys.

A reading found this way is never a guess: it stands only when the romanizations of the
word name exactly one place, in Japan, and the text names Japan by a strong mention of its
own (``find_places`` checks the last).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache

from citydiplo._geo._context import PENDING
from citydiplo._geo._cues import Cues, cue_kinds, word_ends, word_tail
from citydiplo._geo._data import load_json
from citydiplo._geo._evidence import script
from citydiplo._geo._extra import extras
from citydiplo._geo._gazetteer import gazetteer
from citydiplo._geo._han_start import inside_kanji_word
from citydiplo._geo._places import Place

__all__ = [
    "BIG_CITY",
    "COUNTRY",
    "KOREA",
    "MAX_READINGS",
    "MAX_SYLLABLES",
    "Read",
    "chinese_homonym",
    "chinese_in_hangul_at",
    "hangul_readings",
    "japanese_in_hangul_at",
    "korean_in_han_at",
    "korean_names",
    "names_a_city_in",
    "ordinary",
    "places_read",
    "romanizations",
]

COUNTRY = "JP"  # the country whose names the table writes
BIG_CITY = 1_000_000  # a name read without a generic word: a city this big at least
KOREA = "KR"  # the country whose places Han characters are read in Korean for
CHINA = "CN"  # the country whose places Hangul names are read back to Han characters for
_HAN_GENERIC = frozenset("市郡区道")  # generic words of Korean places, as match keys
# words ending with one ("城市", "都市": city, cities): "日韩城市" is no 한성 (Hanseong)
_HAN_WORDS = frozenset({"城市", "都市"})
_HAN_GENERIC_RUN = re.compile("[市郡区道]")
MAX_READINGS = 64  # a word with more spellings than this is no name read here
MAX_SYLLABLES = 20  # nor a longer word: Japanese place names run to a dozen kana at most
_FIRST, _LAST = 0xAC00, 0xD7A3
_N, _T = 4, 19  # final consonants ㄴ (ん) and ㅅ (っ) in a Hangul syllable
_LABIAL = frozenset({6, 7, 17})  # initial ㅁ, ㅂ, ㅍ: "ん" before them may be romanized m


@cache
def _tables() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """Hangul syllable -> its romanizations at the start of a word, and inside one."""
    data = load_json("hangul_japanese.json")
    first: dict[str, list[str]] = {}
    inside: dict[str, list[str]] = {}
    for _kana, roman, at_start, within in data["table"]:
        first.setdefault(at_start, []).append(roman)
        inside.setdefault(within, []).append(roman)
        if data["medial_at_start"]:
            first.setdefault(within, []).append(roman)
    for hangul, romans in data["variants"].items():
        first.setdefault(hangul, []).extend(romans)
        inside.setdefault(hangul, []).extend(romans)
    return (
        {h: tuple(dict.fromkeys(r)) for h, r in first.items()},
        {h: tuple(dict.fromkeys(r)) for h, r in inside.items()},
    )


@cache
def ordinary() -> frozenset[str]:
    """Korean words that are no Japanese names though their romanization is one ("나라",
    country, is Nara): built from wordfreq by ``tools/build_hangul_japanese.py``."""
    return frozenset(load_json("hangul_japanese.json")["ordinary"])


Read = tuple[Place, bool] | None


@cache
def names_a_city_in(key: str, country: str, least: int) -> bool:
    """Whether ``key`` names a city of ``country`` of ``least`` people or more, or one of
    its subdivisions: the cheap test before a transliterated key is read in context."""
    gz = gazetteer()
    found = gz.postings(key)
    if found is None:
        return False
    if any(code.startswith(country + "-") for code in found.subdivisions):
        return True
    rows = gz.in_country((*found.own, *found.alternate), country)
    return any(gz.populations[row] >= least for row in rows)


def places_read(
    keys: tuple[str, ...],
    read: Callable[[int, int, str, str, Cues], Read],
    at: tuple[int, int, str, Cues],
    extra: bool = False,
) -> dict[tuple[object, ...], Place]:
    """The places the gazetteer keys among ``keys`` read as at ``at`` (start, end, the
    generic word or particle after the name, cues); a key left ambiguous is no reading here,
    and is not left for the text's other places to decide (``PENDING``)."""
    gz = gazetteer()
    pending = PENDING.get()
    waiting = len(pending) if pending is not None else 0
    places: dict[tuple[object, ...], Place] = {}
    for key in keys:
        i, j, tail, cues = at
        known = gz.postings(key) is not None or (extra and key in extras())
        found = read(i, j, key, tail, cues) if known else None
        if found is not None:
            places[(found[0].kind, found[0].geonames_id, found[0].subdivision)] = found[0]
    if pending is not None:
        del pending[waiting:]
    return places


def _doubled(roman: str) -> str:
    """The romanization after a doubled consonant (っ): "po" -> "ppo", "chi" -> "tchi"."""
    return roman if roman[:1] in "aeiou" else ("t" if roman[:2] == "ch" else roman[0]) + roman


@cache
def romanizations(word: str) -> tuple[str, ...]:
    """The Hepburn romanizations of a Japanese name written in Hangul, as match keys;
    empty when ``word`` is not such a name (a syllable the table lacks, too many readings).

    >>> romanizations("시즈오카")
    ('shizuoka',)
    >>> romanizations("삿포로")
    ('sapporo',)
    >>> romanizations("서울")
    ()
    """
    first, inside = _tables()
    options: list[tuple[str, ...]] = []
    finals: list[int] = []
    for position, char in enumerate(word):
        code = ord(char)
        if not _FIRST <= code <= _LAST or position == MAX_SYLLABLES:
            return ()  # (a long word is refused before its readings are built)
        final = (code - _FIRST) % 28
        if final not in (0, _N, _T):
            return ()
        found = (first if position == 0 else inside).get(chr(code - final))
        if not found:
            return ()
        options.append(found)
        finals.append(final)
    if not options or finals[-1] == _T:
        return ()
    readings = [""]
    for k, found in enumerate(options):
        doubled = k > 0 and finals[k - 1] == _T
        readings = [
            r + (_doubled(roman) if doubled else roman) for r in readings for roman in found
        ]
        if finals[k] == _N:
            following = (ord(word[k + 1]) - _FIRST) // 588 if k + 1 < len(word) else -1
            endings = ("n", "m") if following in _LABIAL else ("n",)
            readings = [r + ending for r in readings for ending in endings]
        if len(readings) > MAX_READINGS:
            return ()
    return tuple(dict.fromkeys(readings))


_CHINESE_GENERIC = frozenset("시성현구주")  # city, province, county, district, prefecture


@cache
def _chinese_readings() -> dict[str, list[str]]:
    readings: dict[str, list[str]] = load_json("chinese_hangul.json")["readings"]
    return readings


@cache
def _longest_reading() -> int:
    return max(map(len, _chinese_readings()), default=0)


@cache
def chinese_homonym(word: str) -> bool:
    """Whether the Hangul ``word`` is also the Sino-Korean reading of a Chinese city of a
    million people or more ("청도": 青岛, Qingdao, and Cheongdo county)."""
    from citydiplo._geo._decide import ALL_KINDS, decide

    for key in _chinese_readings().get(word, ()):
        place = decide(key, ALL_KINDS, key, False)
        if place is not None and place.country == CHINA and (place.population or 0) >= BIG_CITY:
            return True
    return False


def chinese_in_hangul_at(
    folded: str, i: int, cues: Cues, read: Callable[[int, int, str, str, Cues], Read]
) -> tuple[Place, int] | None:
    """A Chinese place written in Hangul by the Sino-Korean reading of its Han characters
    ("지주시", 池州市; "산동성", 山東省: ``data/chinese_hangul.json``): one place in China, or
    nothing; only a name of two syllables or more with its generic word written on it
    ("당시", at that time, is no 當市), and never a frequent Korean word.

    >>> from citydiplo import find_places
    >>> [m.text for m in find_places("중국 안휘성 지주시를 방문했다", lang="ko")]
    ['중국', '안휘성', '지주시']
    """
    table = _chinese_readings()  # no longer name is read: a long run costs no more
    end, stop = i, min(len(folded), i + _longest_reading())
    while end < stop and "\uac00" <= folded[end] <= "\ud7a3":  # Hangul syllables
        end += 1
    if end - i < 3:
        return None  # two syllables and a generic word at least
    for j in range(end, i + 2, -1):
        if folded[j - 1] not in _CHINESE_GENERIC or folded[i:j] in ordinary():
            continue
        tail = word_tail(folded, i, j, cues)
        keys = tuple(table.get(folded[i:j], ()))
        if tail is None or not keys:
            continue
        places = places_read(keys, read, (i, j, tail, cues))
        if places:
            place = next(iter(places.values()))
            if len(places) > 1 or place.country != CHINA:
                return None
            return place, j
    return None


def _kana_run(folded: str, i: int) -> int:
    """The end of the Hangul syllables from ``i`` on that the kana table writes (the first
    one as a word's first syllable): :func:`romanizations` reads no longer word."""
    found = _kana_pattern().match(folded, i)
    return i if found is None else found.end()


@cache
def _kana_pattern() -> re.Pattern[str]:
    """A first syllable of the kana table, then syllables it writes inside a word, each
    with no final consonant or a final ㄴ or ㅅ (one C-level match)."""

    def chars(bases: dict[str, tuple[str, ...]]) -> str:
        codes = sorted({ord(b) + f for b in bases for f in (0, _N, _T) if len(b) == 1})
        return "".join(re.escape(chr(c)) for c in codes)

    first, inside = _tables()
    return re.compile(f"[{chars(first)}][{chars(inside)}]*")


def japanese_in_hangul_at(
    folded: str, i: int, cues: Cues, read: Callable[[int, int, str, str, Cues], Read]
) -> tuple[Place, int] | None:
    """A Japanese name written in Hangul that the gazetteer lacks ("시즈오카현에서"), read by
    its romanizations (:func:`romanizations`): one place in Japan, or nothing; without a generic
    word ("현", "시"), only a city of :data:`BIG_CITY` people ("고베"), for Japanese surnames
    are places too. ``read`` reads a key at ``folded[i:j]`` as ``find_places`` does; the caller
    keeps the mention only beside a strong mention of Japan."""
    end = _kana_run(folded, i)  # a longer word holds a syllable no kana is written with
    for j in word_ends(folded, i, end, cues):
        tail = word_tail(folded, i, j, cues)
        if tail is None or folded[i:j] in ordinary() or (not tail and folded[j - 1] == "다"):
            continue  # a Korean word ("나라", country, is no Nara), a predicate ("한다")
        places = places_read(romanizations(folded[i:j]), read, (i, j, tail, cues))
        if places:
            place = next(iter(places.values()))
            if len(places) > 1 or place.country != COUNTRY:
                return None  # several places, or a place elsewhere: never guessed
            if not cue_kinds(folded, i, j, tail, cues) and (place.population or 0) < BIG_CITY:
                return None  # without "현", "시": a big city, or a person ("사이토 지사")
            return place, j
    return None


@cache
def _han_readings() -> dict[str, str]:
    readings: dict[str, str] = load_json("han_hangul.json")["readings"]
    return readings


@cache
def hangul_readings(word: str) -> tuple[str, ...]:
    """The Korean readings of a word in Han characters (match keys), from Unihan's kHangul
    (``data/han_hangul.json``); empty for a character without one, or too many readings.

    >>> hangul_readings("议政府市")
    ('의정부시',)
    """
    table = _han_readings()
    readings = [""]
    for char in word:
        found = table.get(char)
        if not found:
            return ()
        readings = [r + c for r in readings for c in found]
        if len(readings) > MAX_READINGS:
            return ()
    return tuple(readings)


@lru_cache(maxsize=65536)
def _korean_keys(han: str) -> tuple[str, ...]:
    """The Korean readings of ``han`` (ending with a generic word), and those without their
    generic word that the gazetteer lacks with it: GeoNames may know the place only as "용인",
    not "용인시"; not for "安養市市" (長), where a generic word would end the name twice."""
    keys = hangul_readings(han)
    if han[-2:-1] in _HAN_GENERIC:
        return keys
    return keys + tuple(k[:-1] for k in keys if gazetteer().postings(k) is None)


def korean_in_han_at(
    folded: str, i: int, cues: Cues, read: Callable[[int, int, str, str, Cues], Read]
) -> tuple[Place, int] | None:
    """A Korean place written in Han characters that the gazetteer lacks ("安養市",
    "青松郡"), read in Korean (:func:`hangul_readings`): one place in Korea, or nothing;
    only a name of two characters or more with a generic word written on it ("市", "郡":
    read alone, two characters are too often a Chinese word, "对全" read 대전, Daejeon).
    The caller tries it only where nothing else was read, in a text that names Korea by a
    strong mention."""
    end = i
    while end < len(folded) and end - i < 6 and script(folded[end]) == "CJK":
        end += 1
    for j in range(end, i + 2, -1):
        if folded[j - 1] not in _HAN_GENERIC or folded[j - 2 : j] in _HAN_WORDS:
            continue  # "对全" is no Daejeon (대전), "大区" no Daegu (대구): too short
        places = places_read(_korean_keys(folded[i:j]), read, (i, j, "", cues), extra=True)
        if places:
            place = next(iter(places.values()))
            return None if len(places) > 1 or place.country != KOREA else (place, j)
    return None


def korean_names(
    folded: str,
    starts: list[int],
    taken: list[tuple[int, int]],
    cues: Cues,
    read: Callable[[int, int, str, str, Cues], Read],
) -> list[tuple[int, int, Place]]:
    """Every Korean place written in Han characters (:func:`korean_in_han_at`) outside the
    ``taken`` spans of the text, and its name written elsewhere without its generic word,
    as (index in ``folded``, end index, place)."""
    found: list[tuple[int, int, Place]] = []
    size = starts[-1] + 1 if starts else 0
    covered = bytearray(size)  # the text's offsets inside a taken span
    for s, e in taken:
        covered[s : min(e, size)] = b"\x01" * max(0, min(e, size) - s)
    # a name read here ends with a generic word 3 to 6 characters after its start: only
    # those starts are tried, in text order (one C-level search for the generic words)
    tried = sorted(
        {
            s
            for m in _HAN_GENERIC_RUN.finditer(folded)
            for s in range(max(0, m.start() - 5), m.start() - 1)
        }
    )
    after = 0
    for i in tried:
        if i < after or script(folded[i]) != "CJK" or covered[starts[i]]:
            continue
        if inside_kanji_word(folded, starts, covered, i, cues):  # "堀江眞市議会"
            continue
        korean = korean_in_han_at(folded, i, cues, read)
        if korean is not None:
            found.append((i, korean[1], korean[0]))
            after = korean[1]
    return found + _bare_stems(folded, starts, covered, found)


def _bare_stems(
    folded: str, starts: list[int], covered: bytearray, found: list[tuple[int, int, Place]]
) -> list[tuple[int, int, Place]]:
    """The other mentions of a name read with its generic word (:func:`korean_in_han_at`)
    written without it, as the same place: "密陽市" ... "密陽の伝統民謡" (two characters or
    more, outside the spans read)."""
    stems = {folded[i : j - 1]: place for i, j, place in found if j - 1 - i >= 2}
    spans = [(i, j) for i, j, _ in found]
    more: list[tuple[int, int, Place]] = []
    for stem, place in sorted(stems.items()):
        k = folded.find(stem)
        while k >= 0:
            end = k + len(stem)
            if not covered[starts[k]] and not any(i < end and k < j for i, j in spans):
                more.append((k, end, place))
                spans.append((k, end))
            k = folded.find(stem, end)
    return more
