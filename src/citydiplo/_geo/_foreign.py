"""Place names written in another script's conventions, tried where nothing else was read.

One entry for ``find_places``: Japanese names in Hangul
(:func:`citydiplo._geo._translit.japanese_in_hangul_at`), Chinese names in Hangul by the
Sino-Korean reading of their Han characters
(:func:`citydiplo._geo._translit.chinese_in_hangul_at`), Chinese names in Hangul or Cyrillic
by their Mandarin sounds (:func:`citydiplo._geo._pinyin.chinese_at`), Indian towns in
Devanagari or Gujarati (:func:`citydiplo._geo._indic.indian_at`) and foreign cities in
Hebrew or Persian letters by their consonants (:func:`citydiplo._geo._consonants.semitic_at`).
Each reading stands only beside a strong mention of the place's country, which
``find_places`` checks.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from citydiplo._geo._brahmic_forms import variant_prefixes
from citydiplo._geo._consonants import SCRIPTS as SEMITIC
from citydiplo._geo._consonants import semitic_at
from citydiplo._geo._cues import Cues
from citydiplo._geo._evidence import script
from citydiplo._geo._geresh import geresh_prefixes
from citydiplo._geo._glued import glued_prefixes
from citydiplo._geo._indic import INDIC, indian_at
from citydiplo._geo._korean_latin import korean_latin_prefixes
from citydiplo._geo._matres import matres_prefixes
from citydiplo._geo._pinyin import SCRIPTS as PINYIN_SCRIPTS
from citydiplo._geo._pinyin import chinese_at
from citydiplo._geo._places import Place
from citydiplo._geo._translit import Read, chinese_in_hangul_at, japanese_in_hangul_at
from citydiplo._geo._vowel_length import length_variants

__all__ = ["SCRIPTS", "foreign_at", "spelled_otherwise"]

SCRIPTS = frozenset({*PINYIN_SCRIPTS, *INDIC, *SEMITIC})  # the scripts read here


def foreign_at(
    folded: str, i: int, cues: Cues, read: Callable[[int, int, str, str, Cues], Read]
) -> tuple[Place, int] | None:
    """The place written at ``folded[i:]`` in another script's conventions, or ``None``
    (``read`` reads a key at ``folded[i:j]`` as ``find_places`` does)."""
    written = script(folded[i])
    if written in INDIC:
        return indian_at(folded, i, cues, read)
    if written in SEMITIC:  # "שנחאי", "آستاراخان"
        return semitic_at(folded, i, cues, read)
    if written == "HANGUL":
        japanese = japanese_in_hangul_at(folded, i, cues, read)
        if japanese is not None:
            return japanese
        sino_korean = chinese_in_hangul_at(folded, i, cues, read)  # "지주시", 池州市
        if sino_korean is not None:
            return sino_korean
    return chinese_at(folded, i, cues, read)


@cache
def _postpositions(cues: Cues) -> frozenset[str]:
    return frozenset(cues.particles)


def spelled_otherwise(window: str, first: str, cues: Cues) -> list[tuple[str, int]]:
    """The names at the start of the folded ``window`` (whose first letter is of script
    ``first``) written in another accepted spelling, as (the name's key, its length in the
    window): the other nasal spelling or the oblique form of a Devanagari or Gujarati name
    ("इंदौर", "ટોકિયામાં"), another romanization of a Korean name ("Kyungsangbuk-do"), a
    Persian compound written without its space ("آذربایجان‌غربی"), a Hebrew name with a
    geresh or other vowel letters ("נאנג'ינג", "סן דיאגו")."""
    if first == "ARABIC":
        return glued_prefixes(window)
    if first == "HEBREW":  # "נאנג'ינג", known as "נאנגינג"; "סן דיאגו", as "סן דייגו"
        return geresh_prefixes(window) + matres_prefixes(window, cues.home)
    if first in INDIC:  # and "શિઝૂઓકા" for "શિઝુઓકા" (Shizuoka)
        return variant_prefixes(window, _postpositions(cues)) + length_variants(window, cues.home)
    if first == "LATIN":
        return korean_latin_prefixes(window)
    return []
