"""Place names written in another script's conventions, tried where nothing else was read.

One entry for ``find_places``: Japanese names in Hangul
(:func:`citydiplo._geo._translit.japanese_in_hangul_at`), Chinese names in Hangul by the
Sino-Korean reading of their Han characters
(:func:`citydiplo._geo._translit.chinese_in_hangul_at`), Vietnamese names in Hangul
(:func:`citydiplo._geo._viet_hangul.vietnamese_in_hangul_at`), Chinese names in Hangul or Cyrillic
by their Mandarin sounds (:func:`citydiplo._geo._pinyin.chinese_at`), Indian towns in
Devanagari or Gujarati (:func:`citydiplo._geo._indic.indian_at`), foreign names in them
with the other vowel length (:mod:`citydiplo._geo._vowel_length`), foreign cities in
Hebrew or Persian letters by their consonants (:func:`citydiplo._geo._consonants.semitic_at`)
and Hebrew names with a geresh or vowel letters written otherwise
(:mod:`citydiplo._geo._geresh`, :mod:`citydiplo._geo._matres`).
Each reading stands only beside a strong mention of the place's country, which
``find_places`` checks. Hebrew writes its proclitics on foreign names as on any word
("בצ'נגדו", in Chengdu; "ולטיאנג'ין", and to Tianjin): each is tried after every proclitic
of the cue file's ``attached_before`` too, the name starting after it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache

from citydiplo._geo._brahmic_forms import variant_prefixes
from citydiplo._geo._consonants import SCRIPTS as SEMITIC
from citydiplo._geo._consonants import semitic_at
from citydiplo._geo._cue_groups import attached_by_first
from citydiplo._geo._cues import Cues, word_tail
from citydiplo._geo._evidence import script
from citydiplo._geo._exonyms import exonym_prefixes
from citydiplo._geo._geresh import geresh_prefixes
from citydiplo._geo._glued import glued_prefixes
from citydiplo._geo._han_variants import krai_prefixes
from citydiplo._geo._hangul_gate import hangul_may_read, pinyin_may_read
from citydiplo._geo._hangul_towns import japanese_town_in_hangul_at
from citydiplo._geo._indic import INDIC, indian_at, reads_no_town
from citydiplo._geo._indic_adm2 import district_at, district_ends
from citydiplo._geo._korean_latin import korean_latin_prefixes
from citydiplo._geo._matres import matres_prefixes
from citydiplo._geo._office_regions import office_prefixes
from citydiplo._geo._pinyin import SCRIPTS as PINYIN_SCRIPTS
from citydiplo._geo._pinyin import chinese_at
from citydiplo._geo._places import Place
from citydiplo._geo._translit import Read, chinese_in_hangul_at, japanese_in_hangul_at
from citydiplo._geo._viet_hangul import vietnamese_in_hangul_at
from citydiplo._geo._vowel_length import length_variants

__all__ = ["SCRIPTS", "foreign_at", "spelled_otherwise"]

SCRIPTS = frozenset({*PINYIN_SCRIPTS, *INDIC, *SEMITIC})  # the scripts read here
_WORD = re.compile("[^ ]+")
_KEPT_WORD = 48  # a longer "word" (no space for long) is read each time, not kept
_THREE_WORDS = re.compile("[^ ]+(?: [^ ]+){0,2}")  # as far as geresh and matres spellings read


def foreign_at(
    folded: str, i: int, cues: Cues, read: Callable[[int, int, str, str, Cues], Read]
) -> tuple[int, Place, int] | None:
    """The place written at ``folded[i:]`` in another script's conventions, as (where its
    name starts, the place, where it ends), or ``None`` (``read`` reads a key at
    ``folded[i:j]`` as ``find_places`` does). In Hebrew the name may start after a
    proclitic written on it ("בצ'נגדו")."""
    found = _foreign_at(folded, i, cues, read)
    if found is not None:
        return i, *found
    written = script(folded[i])
    if written not in SEMITIC:
        return None
    for prefix in attached_by_first(cues).get(folded[i], ()):
        k = i + len(prefix)
        if folded.startswith(prefix, i) and k < len(folded) and script(folded[k]) == written:
            found = _foreign_at(folded, k, cues, read)
            if found is not None:
                return k, *found
    return None


def _foreign_at(
    folded: str, i: int, cues: Cues, read: Callable[[int, int, str, str, Cues], Read]
) -> tuple[Place, int] | None:
    written = script(folded[i])
    if written in INDIC:
        space = folded.find(" ", i)
        word = folded[i:] if space < 0 else folded[i:space]
        if len(word) <= _KEPT_WORD and _reads_nothing(word, cues):
            return None  # (most words)
        found = indian_at(folded, i, cues, read)
        if found is None:
            found = district_at(folded, i, cues, read)  # "બનાસકાંઠા", Banaskantha
        return found if found is not None else _other_length(folded, i, cues, read)
    if written in SEMITIC:  # "שנחאי", "آستاراخان"
        found = semitic_at(folded, i, cues, read)
        if found is None and written == "HEBREW":  # "נאנג'ינג", "סן דיאגו"
            found = _respelled_hebrew(folded, i, cues, read)
        return found
    if written == "HANGUL":
        if hangul_may_read(folded, i, cues):  # most words: no key to read (_hangul_gate)
            japanese = japanese_in_hangul_at(folded, i, cues, read)
            if japanese is None:  # "치즈정", Chizu town
                japanese = japanese_town_in_hangul_at(folded, i, cues, read)
            if japanese is not None:
                return japanese
            sino_korean = chinese_in_hangul_at(folded, i, cues, read)  # "지주시", 池州市
            if sino_korean is not None:
                return sino_korean
        vietnamese = vietnamese_in_hangul_at(folded, i, cues, read)  # "년짝현", Nhơn Trạch
        if vietnamese is not None:
            return vietnamese
    if not pinyin_may_read(folded, i, cues, written):
        return None
    return chinese_at(folded, i, cues, read)


@lru_cache(maxsize=65536)
def _reads_nothing(word: str, cues: Cues) -> bool:
    """Whether none of the readers of a Devanagari or Gujarati word below (a home town, a
    district, another vowel length) reads anything at ``word``, by the word alone."""
    return (
        reads_no_town(word, cues)
        and not district_ends(word, cues)
        and not length_variants(word, cues.home)
    )


def _respelled_hebrew(
    folded: str, i: int, cues: Cues, read: Callable[[int, int, str, str, Cues], Read]
) -> tuple[Place, int] | None:
    """A name written with a geresh or vowel letters otherwise than GeoNames writes it."""
    chunk = _THREE_WORDS.match(folded, i)  # all that both read: not the rest of the text
    window = "" if chunk is None else chunk.group()
    return _first_read(
        [*geresh_prefixes(window), *matres_prefixes(window, cues.home)], folded, i, cues, read
    )


def _first_read(
    found: list[tuple[str, int]],
    folded: str,
    i: int,
    cues: Cues,
    read: Callable[[int, int, str, str, Cues], Read],
) -> tuple[Place, int] | None:
    """The first of the (key, length) ``found``, longest first, that ``read`` reads."""
    if not found:
        return None  # (the usual case: most words have no other spelling)
    for key, size in sorted(found, key=lambda pair: (-pair[1], pair[0])):
        tail = word_tail(folded, i, i + size, cues)
        got = read(i, i + size, key, tail, cues) if tail is not None else None
        if got is not None:
            return got[0], i + size
    return None


def _other_length(
    folded: str, i: int, cues: Cues, read: Callable[[int, int, str, str, Cues], Read]
) -> tuple[Place, int] | None:
    """A country or a place abroad written with the other vowel length ("શિઝૂઓકા" for
    "શિઝુઓકા", Shizuoka), longest first."""
    word = _WORD.match(folded, i)  # all that length_variants reads: not the rest of the text
    window = "" if word is None else word.group()
    return _first_read(length_variants(window, cues.home), folded, i, cues, read)


@cache
def _postpositions(cues: Cues) -> frozenset[str]:
    return frozenset(cues.particles)


def spelled_otherwise(window: str, first: str, cues: Cues) -> list[tuple[str, int]]:
    """The names at the start of the folded ``window`` (whose first letter is of script
    ``first``) written in another accepted spelling, as (the name's key, its length in the
    window): the other nasal spelling or the oblique form of a Devanagari or Gujarati name
    ("इंदौर", "ટોકિયામાં"), another romanization of a Korean name ("Kyungsangbuk-do"), a
    Persian compound written without its space ("آذربایجان‌غربی"), a Persian province named
    by its governor ("استاندار فارس"), a Chinese krai written with "边区" ("堪察加边区")."""
    if first == "ARABIC":  # also "استاندار فارس" (the governor of Fars: _office_regions)
        return glued_prefixes(window) + office_prefixes(window)
    if first in INDIC:
        return variant_prefixes(window, _postpositions(cues))
    if first == "LATIN":  # also "Xiêng Khoảng" (Xiangkhouang, _exonyms)
        return korean_latin_prefixes(window) + exonym_prefixes(window)
    if first == "CJK":  # "堪察加边区" (_han_variants)
        return krai_prefixes(window)
    return []
