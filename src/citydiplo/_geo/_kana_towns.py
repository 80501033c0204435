"""Small foreign towns written in katakana right after the region they lie in (readings
``find_places`` adds to what its scan found).

Japanese news writes a foreign town by its sounds in katakana, and GeoNames gives a Japanese
name only to the larger ones: "ニューヨーク州のホースヘッズ村" (the village of Horseheads,
New York), "米国カリフォルニア州カーマン市" (Kerman, California). Where the text names the
town's region right before it, the region decides among few towns, and the sounds decide
which: the katakana word and the GeoNames name of each town of the region are reduced to
their *consonant skeletons* (:func:`kana_skeleton`, :func:`latin_skeleton`: the consonants as
katakana writes them, vowels dropped, "r" after a vowel dropped as katakana drops it in
"ホース", horse, "l" and "r" one class, "s" and "z" one class). The word is read as the town
when

* a foreign first-level region read by the scan ends right before it, with "の" or nothing
  between,
* a generic word of a municipality follows it ("市", "町", "村"), and the word is no part of
  a longer katakana word,
* its skeleton has :data:`MIN_SKELETON` classes at least, and exactly one town of the region
  has it.

The same katakana word elsewhere in the text, alone (not inside a longer katakana word),
names the same town: "ホースヘッズに向けて離日" (leaving Japan for Horseheads); so does the
katakana word of a foreign town the scan read with its generic word ("カーマン市" ...
"カーマン高", Kerman High School).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from functools import cache
from typing import TypeVar

import attrs

from citydiplo._geo._gazetteer import gazetteer
from citydiplo._geo._guard_types import Mention
from citydiplo._geo._places import Place, PlaceKind, city_place

__all__ = [
    "MIN_SKELETON",
    "kana_skeleton",
    "latin_skeleton",
    "towns_by_skeleton",
    "with_kana_towns",
]

M = TypeVar("M", bound=Mention)

MIN_SKELETON = 3
_HOME = "JP"
_GENERIC = frozenset("市町村")
_KANA = re.compile("[\u30a1-\u30fa\u30fc]+")

_ROWS = {  # katakana -> consonant class ("" for a vowel, a glide, a long or doubled mark)
    "アイウエオァィゥェォヤユヨャュョワヲーッ": "",
    "カキクケコ": "K", "ガギグゲゴ": "G", "サスセソシザズゼゾ": "S", "ジヂ": "J",
    "タテト": "T", "チツ": "C", "ダデド": "D", "ヅ": "S", "ナニヌネノン": "N",
    "ハヒヘホ": "H", "フ": "P", "バビブベボヴ": "B", "パピプペポ": "P", "マミムメモ": "M",
    "ラリルレロ": "R",
}  # fmt: skip
_KANA_CLASS = {kana: cls for row, cls in _ROWS.items() for kana in row}
_LATIN = [
    ("tch", "C"), ("sch", "S"), ("ch", "C"), ("sh", "S"), ("ph", "P"), ("ck", "K"),
    ("ts", "C"), ("ds", "S"), ("qu", "K"), ("th", "S"), ("gh", ""), ("ng", "N"),
    ("b", "B"), ("c", "K"), ("d", "D"), ("f", "P"), ("g", "G"), ("h", "H"), ("j", "J"),
    ("k", "K"), ("l", "R"), ("m", "M"), ("n", "N"), ("p", "P"), ("q", "K"), ("r", "R"),
    ("s", "S"), ("t", "T"), ("v", "B"), ("w", ""), ("x", "KS"), ("y", ""), ("z", "S"),
]  # fmt: skip
_LATIN_RE = re.compile("|".join(re.escape(k) for k, _ in _LATIN))
_LATIN_MAP = dict(_LATIN)
# Korean writes "z" and a final "ds" with ㅈ ("헤즈", heads), "g" with ㄱ and "k" with ㅋ
_KOREAN_MAP = {**_LATIN_MAP, "z": "J", "ds": "J", "g": "G"}
_VOWELS = frozenset("aeiouy")


def _tidy(classes: str) -> str:
    return re.sub(r"(.)\1+", r"\1", classes)


def kana_skeleton(word: str) -> str:
    """The consonant skeleton of a katakana word (empty if it holds another letter).

    >>> kana_skeleton("ホースヘッズ"), kana_skeleton("カーマン"), kana_skeleton("マニトワック")
    ('HSHS', 'KMN', 'MNTK')
    """
    out = []
    for kana in word:
        cls = _KANA_CLASS.get(kana)
        if cls is None:
            return ""
        out.append(cls)
    return _tidy("".join(out))


def latin_skeleton(name: str, *, korean: bool = False) -> str:
    """The consonant skeleton of a Latin name as katakana (or Hangul, ``korean``) would write
    its sounds (see above).

    >>> latin_skeleton("Horseheads"), latin_skeleton("Kerman"), latin_skeleton("Manitowoc")
    ('HSHS', 'KMN', 'MNTK')
    """
    letters = "".join(
        ch for ch in unicodedata.normalize("NFKD", name.lower()) if ch.isascii() and ch.isalpha()
    )
    out = []
    k = 0
    while k < len(letters):
        if letters[k] == "r" and k and letters[k - 1] in _VOWELS:
            rest = letters[k + 1 : k + 2]
            if not rest or rest not in _VOWELS or letters[k + 1 :] == "e":
                k += 1  # "horse", "Kerman", "-more": an "r" after a vowel is not written
                continue
        match = _LATIN_RE.match(letters, k)
        if match is None:
            k += 1  # a vowel
            continue
        out.append((_KOREAN_MAP if korean else _LATIN_MAP)[match.group()])
        k = match.end()
    return _tidy("".join(out))


@cache
def towns_by_skeleton(subdivision: str, *, korean: bool = False) -> dict[str, tuple[int, ...]]:
    """skeleton (:func:`latin_skeleton`) -> the gazetteer rows of the towns of
    ``subdivision``."""
    gz = gazetteer()
    country = subdivision.split("-")[0]
    index: dict[str, list[int]] = {}
    for row in _country_rows(country):
        if gz.subdivision_of(row) == subdivision:
            shape = latin_skeleton(gz.name(row), korean=korean)
            if len(shape) >= MIN_SKELETON:
                index.setdefault(shape, []).append(row)
    return {shape: tuple(rows) for shape, rows in index.items()}


@cache
def _country_rows(country: str) -> tuple[int, ...]:
    gz = gazetteer()
    return gz.in_country(range(gz.rows), country)


def _alone(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a whole katakana word."""
    before = text[start - 1 : start]
    after = text[end : end + 1]
    return not (before and _KANA.fullmatch(before)) and not (after and _KANA.fullmatch(after))


def _kana_town(m: Mention) -> str | None:
    """The katakana word of a foreign town read with its generic word ("カーマン市")."""
    if m.place.kind is not PlaceKind.CITY or m.place.country == _HOME:
        return None
    name, generic = m.text[:-1], m.text[-1:]
    if generic not in _GENERIC or not _KANA.fullmatch(name):
        return None
    return name if len(kana_skeleton(name)) >= MIN_SKELETON else None


def with_kana_towns(
    mentions: Sequence[M], text: str, lang: str | None, make: Callable[..., M]
) -> tuple[M, ...]:
    """``mentions`` with the towns described above, in text order (``make`` builds a
    mention from ``start=, end=, text=, place=``).

    >>> from citydiplo import find_places
    >>> text = "ニューヨーク州のホースヘッズ村の訪問団は18日にホースヘッズに向けて離日"
    >>> [(m.text, m.place.name) for m in find_places(text, lang="ja")][1:]
    [('ホースヘッズ', 'Horseheads'), ('ホースヘッズ', 'Horseheads')]
    """
    if lang != "ja" or not mentions:
        return tuple(mentions)
    taken = [(m.start, m.end) for m in mentions]
    found: dict[str, Place] = {}
    for m in mentions:
        named = _kana_town(m)
        if named is not None:
            found.setdefault(named, m.place)  # "カーマン市"
            continue
        region = m.place
        if region.kind is not PlaceKind.SUBDIVISION or region.country == _HOME:
            continue
        if region.subdivision is None:
            continue
        at = m.end + (1 if text[m.end : m.end + 1] == "の" else 0)
        word = _KANA.match(text, at)
        if word is None or text[word.end() : word.end() + 1] not in _GENERIC:
            continue
        shape = kana_skeleton(word.group())
        if len(shape) < MIN_SKELETON or word.group() in found:
            continue
        rows = towns_by_skeleton(region.subdivision).get(shape, ())
        if len(rows) == 1:
            found[word.group()] = city_place(rows[0], word.group())
    if not found:
        return tuple(mentions)
    added: list[M] = []
    for name, place in found.items():
        for hit in re.finditer(re.escape(name), text):
            start, end = hit.span()
            if not _alone(text, start, end):
                continue
            if any(s < end and start < e for s, e in taken):
                continue
            added.append(
                make(start=start, end=end, text=name, place=attrs.evolve(place, text=name))
            )
    return tuple(sorted([*mentions, *added], key=lambda x: x.start))
