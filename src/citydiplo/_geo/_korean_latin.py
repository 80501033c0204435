"""Korean place names in the Latin spellings GeoNames lacks: McCune–Reischauer and
informal romanizations of names GeoNames writes in the Revised Romanization.

"Kyungsangbuk-do", "Kyongsangbuk-do" (McCune–Reischauer without its breves) and
"Gyeongsangbuk-do" (Revised Romanization, 2000) are one province. The two systems differ
in a closed set of ways (the National Institute of Korean Language's comparison of the
systems): unaspirated stops written voiceless or voiced (k/g, t/d, p/b, ch/j), ŏ and ŭ
written o and u where the Revised system writes eo and eu, sh/s and the doubled consonants
(kk, tt, pp, ss, jj); informal spellings add u or oo for eo ("Kyung", "Choong"). A name is
reduced to a *skeleton* in which each of those differences is one letter; a skeleton that
the names of exactly one Korean place have (``data/korean_latin.json``, built by
``tools/build_korean_latin.py`` from GeoNames' Korean places) reads as that place's name.
``find_places`` then applies its usual rules to the name (a province needs its generic word
or a strong mention of Korea, a small town a generic word).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from citydiplo._geo._data import load_json

__all__ = ["MIN_SKELETON", "korean_latin_prefixes", "skeleton"]

MIN_SKELETON = 6  # letters: a shorter skeleton ("Song", "Ban") is too often an English word
_MAX_WORDS = 3
# the administrative units written after a Korean name in either romanization
_UNITS = frozenset(
    {"do", "to", "si", "shi", "gun", "kun", "gu", "ku", "eup", "up", "myeon", "myon"}
)
_RULES = (
    (re.compile(r"[^a-z]"), ""),
    (re.compile(r"(kk|gg)"), "g"),
    (re.compile(r"(tt|dd)"), "d"),
    (re.compile(r"(pp|bb)"), "b"),
    (re.compile(r"(jj|tch|ch)"), "j"),
    (re.compile(r"(ss|sh)"), "s"),
    (re.compile(r"k"), "g"),
    (re.compile(r"t"), "d"),
    (re.compile(r"p"), "b"),
    (re.compile(r"r"), "l"),
    (re.compile(r"(eo|eu|oo|u|o)"), "o"),
    (re.compile(r"(ae|e)"), "e"),
    (re.compile(r"wo"), "o"),
)


@lru_cache(maxsize=65536)
def skeleton(key: str) -> str:
    """The skeleton of a romanized Korean name (a match key): the letters in which the
    romanizations agree.

    >>> skeleton("kyungsangbuk do") == skeleton("gyeongsangbuk do")
    True
    >>> skeleton("busan") == skeleton("pusan")
    True
    """
    for pattern, replacement in _RULES:
        key = pattern.sub(replacement, key)
    return key


@cache
def _names() -> dict[str, str]:
    names: dict[str, str] = load_json("korean_latin.json")["names"]
    return names


@cache
def _starts() -> frozenset[str]:
    """The skeletons a name's first word may have: a name's, or one without its unit."""
    units = {skeleton(u) for u in _UNITS}
    found = set(_names())
    found |= {s[: -len(u)] for s in _names() for u in units if s.endswith(u) and len(s) > len(u)}
    return frozenset(found)


def korean_latin_prefixes(window: str) -> list[tuple[str, int]]:
    """The Korean places named at the start of ``window`` (folded Latin text) in another
    romanization, as (the name as GeoNames writes it, its length in the window).

    >>> korean_latin_prefixes("kyungsangbuk do province")
    [('gyeongsangbuk do', 15)]
    >>> korean_latin_prefixes("chungcheongnam va")
    [('chungcheongnam do', 14)]
    """
    names = _names()
    first = window.partition(" ")[0]
    if skeleton(first) not in _starts():
        return []  # no Korean name's skeleton starts with this word's
    found: list[tuple[str, int]] = []
    end = 0
    for n, word in enumerate(window.split(" ")[:_MAX_WORDS]):
        if not (word.isascii() and word.isalpha()):
            break  # a name read here is Latin letters only: "Gyeonggi-do של" is Gyeonggi-do
        if n and word not in _UNITS:
            break  # one word and its unit ("Kyungsangbuk-do"), not a list ("Andong, as")
        end += len(word) if not end else len(word) + 1
        shape = skeleton(window[:end])
        if len(shape) >= MIN_SKELETON and shape in names and names[shape] != window[:end]:
            found.append((names[shape], end))
    province = names.get(skeleton(first) + "do", "") if len(skeleton(first)) >= MIN_SKELETON else ""
    if not found and province.endswith(" do") and first.isalpha():
        found.append((province, len(first)))  # "tỉnh Chungcheongnam": the province, -do left out
    return found
