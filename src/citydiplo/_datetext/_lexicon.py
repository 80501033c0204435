"""Per-language date vocabulary: month names from Babel (CLDR) plus ``data/<lang>.json``.

Each data file holds the language's own words (relative years, halves, quarters, range
connectors, prefixes and postpositions) and its templates: regular-expression fragments with
``{slot}`` placeholders.  Everything is built on first use and cached; nothing at import.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections.abc import Mapping
from importlib.resources import files
from typing import Any

from citydiplo._datetext._numerals import fold

__all__ = ["LANGUAGES", "Lexicon", "lexicon", "month_names"]

LANGUAGES = ("en", "ko", "vi", "zh", "ja", "ru", "hi", "gu", "he", "fa")
_CJK = re.compile("[\u3000-\u9fff]")
_MARKS = "\u093c\u0abc"  # Devanagari and Gujarati nukta: optional in spelling
_DROP_MARKS = {ord(c): None for c in _MARKS}
_SLOT = re.compile(r"\{([a-z][a-z0-9_]*)\}")
_LETTER_BEFORE = r"(?<![^\W_]|[\u0900-\u097f\u0a80-\u0aff\u05b0-\u05c7\u064b-\u065f])"
_LETTER_AFTER = r"(?![^\W_]|[\u0900-\u097f\u0a80-\u0aff\u05b0-\u05c7\u064b-\u065f])"
_NUMBER_SLOTS = {
    "year": r"(?<!\d)(?<!\d,)[12]\d{3}(?![\d%])",
    "gyear": r"(?<![\d.,])(?:1[89]|20)\d\d(?![\d%]|[.,]\d)",
    "day": r"(?<![\d,])(?:[12]\d|3[01]|0?[1-9])(?![\d%]|,\d)",
    "mnum": r"(?<![\d,])(?:1[0-2]|0?[1-9])(?![\d%]|,\d)",
    "qnum": r"(?<!\d)[1-4](?!\d)",
}
# slots whose matched word is looked up in the "words" table of the same base name
_WORD_SLOTS = ("rel", "mrel", "half", "quarter", "season", "to", "since", "from")


def _read(lang: str) -> dict[str, Any]:
    text = files("citydiplo._datetext").joinpath("data").joinpath(f"{lang}.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


@functools.lru_cache(maxsize=4096)
def _key(text: str) -> str:
    """Lookup key of a matched word: folded, nukta-free, single spaces."""
    text = fold(unicodedata.normalize("NFC", text)).translate(_DROP_MARKS)
    return " ".join(text.split())


@functools.cache
def month_names(lang: str) -> dict[str, int]:
    """Every spelling of every month known for ``lang`` (folded) mapped to 1..12.

    >>> month_names("ru")["марте"], month_names("en")["sept"]
    (3, 9)
    """
    names: dict[str, int] = {}
    from babel.dates import get_month_names

    data = _read(lang)
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            for number, name in get_month_names(width, context, data["locale"]).items():
                if lang not in ("zh", "ja", "ko") and _CJK.search(name):
                    continue  # CLDR falls back to another script for some contexts
                names.setdefault(_key(name), number)
                names.setdefault(_key(name.rstrip(".׳॰")), number)
    for name, number in data.get("months", {}).items():
        names.setdefault(_key(name), int(number))
    return names


def _word_regex(word: str) -> str:
    parts = []
    for char in word:
        if char == " ":
            parts.append(r"\s+")
        else:
            parts.append(re.escape(char) + (f"[{_MARKS}]?" if "\u0900" <= char <= "\u0aff" else ""))
    return "".join(parts)


def _alternation(words: Mapping[str, object] | list[str]) -> str:
    keys = sorted({_key(w) for w in words}, key=lambda w: (-len(w), w))
    return "(?:" + "|".join(_word_regex(k) for k in keys) + ")"


class Lexicon:
    """One language's compiled vocabulary and its two scanners (``find`` and ``parse``)."""

    def __init__(self, lang: str) -> None:
        data = _read(lang)
        self.lang = lang
        self.data = data
        self.months = month_names(lang)
        self.hijri_months = {_key(k): int(v) for k, v in data.get("hijri_months", {}).items()}
        self.words: dict[str, dict[str, Any]] = {
            slot: {_key(k): v for k, v in _as_mapping(data.get("words", {}).get(slot, {})).items()}
            for slot in _WORD_SLOTS
        }
        self.bare_month_risky = {_key(w) for w in data.get("bare_month_risky", [])}
        self.templates: list[dict[str, Any]] = [
            t if isinstance(t, dict) else {"re": t} for t in data["templates"]
        ]
        self._slots = self._slot_regexes()
        self._groups: dict[str, list[tuple[str, str]]] = {}
        self.find_regex = self._compile(find=True)
        self.parse_regex = self._compile(find=False)

    def _slot_regexes(self) -> dict[str, str]:
        prefix = self.data.get("month_prefix", "")
        suffixes = self.data.get("month_suffixes", [])
        suffix = f"(?:{_alternation(suffixes)})?" if suffixes else ""
        trailing = self.data.get("month_trailing", "")
        month = _alternation(list(self.months))
        if any(k[-1].isdigit() for k in self.months):
            month = month[:-1] + r")(?!\d)"
        slots = dict(_NUMBER_SLOTS)
        slots["month"] = f"{prefix}(?P<{{name}}>{month}{trailing}){suffix}"
        if self.hijri_months:
            hijri = _alternation(list(self.hijri_months))
            slots["hmonth"] = f"{prefix}(?P<{{name}}>{hijri}{trailing}){suffix}"
        for slot in _WORD_SLOTS:
            if self.words[slot]:
                slots[slot] = _alternation(list(self.words[slot]))
        return slots

    def _compile(self, *, find: bool) -> re.Pattern[str]:
        bounded = self.data.get("word_boundaries", True)
        alternatives = []
        for index, template in enumerate(self.templates):
            if find and not template.get("find", True):
                continue
            seen: set[str] = set()

            def slot(match: re.Match[str], index: int = index, seen: set[str] = seen) -> str:
                name = match.group(1)
                base = name.rstrip("0123456789")
                name = f"t{index}_{name}"
                if name in seen:
                    raise ValueError(f"slot {name} used twice in template {index}")
                seen.add(name)
                self._groups.setdefault(f"t{index}", []).append((name, match.group(1)))
                regex = self._slots[base]
                if "{name}" in regex:
                    return regex.replace("{name}", name)
                return f"(?P<{name}>{regex})"

            body = template["re"].replace(" ", r"\s+").replace("_", r"\s*")
            body = _SLOT.sub(slot, body)
            if bounded:
                body = f"{_LETTER_BEFORE}(?:{body}){_LETTER_AFTER}"
            alternatives.append(f"(?P<t{index}>{body})")
        return re.compile("|".join(alternatives))

    def slots(self, match: re.Match[str]) -> dict[str, str]:
        """The named slots a scanner match filled, without their template prefix."""
        slots = {}
        for full, short in self._groups.get(match.lastgroup or "", ()):
            value = match.group(full)
            if value is not None:
                slots[short] = value
        return slots

    def template(self, match: re.Match[str]) -> dict[str, Any]:
        return self.templates[int((match.lastgroup or "t0")[1:])]

    def word(self, slot: str, text: str) -> Any:
        return self.words[slot].get(_key(text))

    def month(self, text: str) -> int | None:
        key = _key(text)
        found = self.months.get(key) or self.months.get(key.rstrip(".\u0654\u200c"))
        if found is None and key.endswith("ی"):
            found = self.months.get(key[:-1].rstrip("\u200c"))
        return found

    def hijri_month(self, text: str) -> int | None:
        return self.hijri_months.get(_key(text))


def _as_mapping(value: Any) -> dict[str, Any]:
    if isinstance(value, list):
        return dict.fromkeys(value, True)
    return dict(value)


@functools.cache
def lexicon(lang: str) -> Lexicon:
    """The compiled lexicon of a supported language (cached)."""
    return Lexicon(lang)
