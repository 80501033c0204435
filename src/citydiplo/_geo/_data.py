"""Shared loading of the package data files and name keys used by the geography resolvers."""

from __future__ import annotations

import difflib
import gettext
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any

from citydiplo._normalize import match_key, spaced

__all__ = [
    "LANGUAGES",
    "babel_territories",
    "by_length",
    "close_matches",
    "gettext_names",
    "languages_for",
    "load_json",
    "name_key",
]

# The languages of the seed articles and of their original news. Names in these languages
# are always indexed; any other pycountry/Babel language can be asked for with ``lang=``.
LANGUAGES: tuple[str, ...] = ("ko", "vi", "zh", "ja", "ru", "hi", "gu", "he", "fa")

# gettext catalogue names in pycountry for languages whose catalogue carries a region.
_GETTEXT_VARIANTS: dict[str, tuple[str, ...]] = {"zh": ("zh_CN", "zh_TW", "zh_HK")}
_BABEL_VARIANTS: dict[str, tuple[str, ...]] = {"zh": ("zh", "zh_Hant")}

# Which of LANGUAGES are written in a script: a name is only searched among the languages
# written in its script, so a Korean name never loads the Persian catalogues.
_SCRIPT_LANGUAGES: dict[str, tuple[str, ...]] = {
    "LATIN": ("vi",),
    "CYRILLIC": ("ru",),
    "HANGUL": ("ko",),
    "CJK": ("zh", "ja"),
    "HIRAGANA": ("ja",),
    "KATAKANA": ("ja",),
    "DEVANAGARI": ("hi",),
    "GUJARATI": ("gu",),
    "HEBREW": ("he",),
    "ARABIC": ("fa",),
}

_AMPERSAND = re.compile(r"(?<!\S)&(?!\S)")
_SAINT = re.compile(r"^(st|ste)\s")


def languages_for(key: str) -> tuple[str, ...]:
    """The languages of :data:`LANGUAGES` written in the script of ``key``'s first letter
    (all of them when the script is none of theirs).

    >>> languages_for("대한민국"), languages_for("hàn quốc")
    (('ko',), ('vi',))
    """
    for ch in key:
        if ch.isalpha():
            script = unicodedata.name(ch, "").split(" ")[0]
            return _SCRIPT_LANGUAGES.get(script, LANGUAGES)
    return LANGUAGES


@cache
def load_json(name: str) -> Any:
    """The parsed content of ``citydiplo/_geo/data/<name>``."""
    text = resources.files("citydiplo._geo").joinpath("data", name).read_text(encoding="utf-8")
    return json.loads(text)


def name_key(text: str) -> str:
    """The key geographic names are compared by: :func:`match_key` plus ``&`` = ``and``,
    a leading ``the`` dropped and ``St``/``St.`` read as ``Saint``.

    >>> name_key("The Bahamas") == name_key("Bahamas")
    True
    >>> name_key("St. Kitts & Nevis")
    'saint kitts and nevis'
    """
    # ASCII text has no accents, invisible characters or letters to map: match_key is then
    # case and separators only (a property test holds the two equal)
    key = spaced(text.lower()).strip() if text.isascii() else match_key(text)
    if "&" in key:
        key = " ".join(_AMPERSAND.sub("and", key).split())
    key = key.removeprefix("the ")
    return _SAINT.sub("saint ", key) if key.startswith("st") else key


@cache
def _catalogue(domain: str, catalogue: str) -> gettext.NullTranslations | None:
    import pycountry

    try:
        return gettext.translation(domain, pycountry.LOCALES_DIR, languages=[catalogue])
    except OSError:
        return None


def gettext_names(domain: str, lang: str, msgid: str) -> list[str]:
    """Every translation of ``msgid`` in pycountry's catalogues for ``lang`` (all regions)."""
    names: list[str] = []
    for catalogue in _GETTEXT_VARIANTS.get(lang, (lang,)):
        tr = _catalogue(domain, catalogue)
        if tr is None:
            continue
        text = tr.gettext(msgid)
        if text and text != msgid:
            names.append(text)
    return names


@cache
def babel_territories(lang: str) -> tuple[Mapping[str, str], ...]:
    """CLDR territory names for ``lang`` (and its script variants), via Babel; ``()`` if
    unknown. Read once per language (copying Babel's table costs about 0.3 ms)."""
    from babel import Locale, UnknownLocaleError

    tables: list[Mapping[str, str]] = []
    for ident in _BABEL_VARIANTS.get(lang, (lang,)):
        try:
            tables.append(MappingProxyType(dict(Locale.parse(ident).territories)))
        except (UnknownLocaleError, ValueError):
            continue
    return tuple(tables)


def by_length(keys: Iterable[str]) -> dict[tuple[str, int], list[str]]:
    """Keys grouped by first letter and length, and by last letter and length (negative),
    for :func:`close_matches`."""
    groups: dict[tuple[str, int], list[str]] = {}
    for key in keys:
        if key:
            groups.setdefault((key[0], len(key)), []).append(key)
            groups.setdefault((key[-1], -len(key)), []).append(key)
    return groups


def close_matches(
    key: str, groups: Mapping[tuple[str, int], list[str]], *, n: int = 3, cutoff: float = 0.75
) -> list[str]:
    """:func:`difflib.get_close_matches` over the keys that share the first or the last letter
    of ``key`` and whose length allows the cutoff: fast enough to run on every failed look-up.
    """
    size = len(key)
    if not size:
        return []
    candidates: set[str] = set()
    for length in range(1, 2 * size + 2):
        if 2 * min(length, size) / (length + size) >= cutoff:
            candidates.update(groups.get((key[0], length), ()))
            candidates.update(groups.get((key[-1], -length), ()))
    return difflib.get_close_matches(key, sorted(candidates), n=n, cutoff=cutoff)
