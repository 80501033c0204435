"""Text normalisation for matching names across scripts, spellings and encodings.

Matching keys are for comparison only: quotes and labels keep their original text.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache, lru_cache
from importlib import resources

__all__ = [
    "clean",
    "clean_label",
    "fold_key",
    "match_key",
    "plain_forms",
    "spaced",
    "strip_invisible",
]

# Bidirectional controls, zero-width characters, BOM, soft hyphen, tatweel: never meaningful
# for matching. ZWNJ (U+200C) matters for Persian rendering but not for identity.
_INVISIBLE = re.compile(
    "[\u00ad\u061c\u0640\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)
# C0 and C1 control characters that are not whitespace (whitespace is collapsed instead):
# never part of a name, dropped from names and labels (``clean_label``).
_CONTROL = re.compile("[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")
# Combining marks that are diacritics rather than letters: Latin/Greek/Cyrillic accents,
# Hebrew points, Arabic harakat and the hamza/ezafe mark, the Devanagari and Gujarati nukta.
_DIACRITIC = re.compile("[\u0300-\u036f\u0591-\u05c7\u064b-\u065f\u0670\u093c\u0abc]")
_LETTER_MAP = str.maketrans(
    {
        "đ": "d",
        "ł": "l",
        "ø": "o",
        "ı": "i",
        "æ": "ae",
        "œ": "oe",
        "þ": "th",
        "ð": "d",
        "ي": "ی",  # Arabic yeh -> Persian yeh
        "ى": "ی",
        "ك": "ک",  # Arabic kaf -> Persian keheh
        "ۀ": "ه",  # heh with yeh above (ezafe) -> heh
        "ة": "ه",
        "ـ": "",
    }
)
# the araea letters "ㆍ" and "ᆞ", obsolete in modern Korean, are typed as its middle dot:
# "서초구ㆍ강남구" lists two districts as "서초구·강남구" does
_SEPARATORS = re.compile(r"[\s\-‐‑‒–—―_.,;:·ㆍᆞ'’‘`\"“”„«»()\[\]/]+")


def strip_invisible(text: str) -> str:
    """Remove bidirectional controls and zero-width characters, then normalise to NFC.

    >>> strip_invisible("Ha\\u200bnam")
    'Hanam'
    """
    return unicodedata.normalize("NFC", _INVISIBLE.sub("", text))


def clean(text: str) -> str:
    """NFC-normalise, drop invisible characters and collapse whitespace; keeps case and accents.

    >>> clean("  Da\\u00a0Nang  ")
    'Da Nang'
    """
    return " ".join(strip_invisible(text).split())


def clean_label(text: str) -> str:
    """:func:`clean`, and control characters dropped: the text of a name or label, which
    prints as itself wherever it goes (a terminal, an XML export).

    >>> clean_label("Ha\\x1b[31mnam\\x00 City")
    'Ha[31mnam City'
    """
    return " ".join(_CONTROL.sub("", strip_invisible(text)).split())


@cache
def _han_fold() -> dict[int, str]:
    """Traditional Chinese and Japanese shinjitai characters to one form (OpenCC's tables;
    ``data/han_fold.json``, built by ``tools/build_han_fold.py``), loaded on first use."""
    path = resources.files("citydiplo").joinpath("data", "han_fold.json")
    fold: dict[str, str] = json.loads(path.read_text("utf-8"))["fold"]
    return {ord(char): target for char, target in fold.items()}


# the compatibility forms that are another letter or digit in another width or type face:
# full-width letters and digits ("Ｓｅｏｕｌ") and mathematical letters ("𝐒𝐞𝐨𝐮𝐥"), which NFKC
# writes as the plain character (their ``<wide>`` and ``<font>`` decompositions)
_COMPAT_TAGS = ("<wide>", "<font>")
_COMPAT_RANGES = ((0xFF00, 0xFFEF), (0x1D400, 0x1D7FF))


@cache
def _compat_forms() -> dict[int, str]:
    """The letters and digits of :data:`_COMPAT_RANGES` whose decomposition is tagged with
    one of :data:`_COMPAT_TAGS`, each to its plain character (Unicode's own mapping), built
    on first use. Full-width punctuation ("－", "（"), which GeoNames' names carry and the
    gazetteer's keys keep, half-width katakana (one GeoNames name is written in them) and
    other compatibility forms ("ㆍ", a separator here; ligatures) are left as they are."""
    table: dict[int, str] = {}
    for first, last in _COMPAT_RANGES:
        for code in range(first, last + 1):
            char = chr(code)
            tag, _, target = unicodedata.decomposition(char).partition(" ")
            if tag in _COMPAT_TAGS and target and unicodedata.category(char)[0] in "LN":
                table[code] = "".join(chr(int(part, 16)) for part in target.split())
    return table


def plain_forms(text: str) -> str:
    """``text`` with its full-width and mathematical letters and digits written plain (one
    character for one: offsets into ``text`` stay valid).

    >>> plain_forms("Ｓｅｏｕｌ－２０２５")
    'Seoul－2025'
    """
    return text if text.isascii() else text.translate(_compat_forms())


@lru_cache(maxsize=65536)
def match_key(text: str) -> str:
    """The key two names are compared by: case, accents, spacing and punctuation ignored.

    Full-width and mathematical letters and digits are their plain ones
    ("Ｓｅｏｕｌ" is "Seoul"). Persian letter variants, the ezafe mark and ZWNJ, and the
    Hindi/Gujarati nukta are folded too, and Han characters are written one way
    (Traditional "蘇澳鎮" and Japanese "花蓮県" as Simplified "苏澳镇",
    "花莲县"), so spelling variants of one name get one key.

    >>> match_key("宜蘭縣") == match_key("宜兰县")
    True

    >>> match_key("Córdoba") == match_key("CORDOBA")
    True
    >>> match_key("Hà Nam") == match_key("Hanam")
    False
    >>> match_key("Hà Nam")
    'ha nam'
    """
    if text.isascii():  # no invisible character, accent or mapped letter; its own NFC form
        return spaced(text.lower()).strip()
    text = _INVISIBLE.sub("", plain_forms(text))
    text = unicodedata.normalize("NFD", text.casefold())
    text = _DIACRITIC.sub("", text).translate(_LETTER_MAP)
    text = spaced(text)
    return fold_key(unicodedata.normalize("NFC", text).strip())


def spaced(text: str) -> str:
    """``text`` with each run of separators (:data:`_SEPARATORS`) written as one space.

    A name of letters and digits with single spaces between its words, the most frequent
    kind, is returned as it is without running the pattern (whose replacement of each
    space by itself costs several times the test). The two Hangul araea letters, which
    are letters and separators both, always go through the pattern.

    >>> spaced("Ho Chi Minh"), spaced("Stratford-upon-Avon"), spaced("서초구ㆍ강남구")
    ('Ho Chi Minh', 'Stratford upon Avon', '서초구 강남구')
    """
    if (
        "  " not in text
        and text.replace(" ", "").isalnum()
        and "\u318d" not in text
        and "\u119e" not in text
    ):
        return text
    return _SEPARATORS.sub(" ", text)


# Hebrew full spelling doubles a consonantal yod ("קריית", "קרית"): one form. (A doubled vav
# is kept: "יוון", Greece, written once is "יון", a syllable of transliterated names.)
_HEBREW_DOUBLED = re.compile(r"(?<=[\u05d0-\u05ea])(\u05d9)\1")


def fold_key(key: str) -> str:
    """The spelling folds of :func:`match_key` applied to a key already cased, unaccented
    and spaced: Han characters written one way, and a Hebrew doubled yod written once
    ("קריית מוצקין" and "קרית מוצקין" are one name). Folding a folded key changes nothing.

    >>> fold_key("קריית מוצקין") == fold_key("קרית מוצקין")
    True
    """
    if key.isascii():
        return key  # no Han character and no Hebrew yod: nothing to fold
    key = key.translate(_han_fold())
    return _HEBREW_DOUBLED.sub(r"\1", key) if "\u05d9\u05d9" in key else key
