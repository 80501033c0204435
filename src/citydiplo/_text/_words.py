"""Word lists as patterns: "does this text start or end with one of these words?".

Each list is compiled once (a trie-shaped alternation, see :func:`alternation`) and cached,
so a check costs one regular-expression call whatever the length of the list.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping

from citydiplo._text._lexicon import alternation as _trie

__all__ = [
    "alternation",
    "duration_follows",
    "ends_with_word",
    "starts_with_word",
    "word_anywhere",
]

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def alternation(words: frozenset[str]) -> str:
    """A pattern for any of ``words`` (already folded), longer words preferred."""
    return _trie(set(words)) if any(words) else ""


@functools.lru_cache(maxsize=256)
def _word_end_pattern(words: frozenset[str]) -> tuple[re.Pattern[str] | None, int, frozenset[str]]:
    """The pattern, the length of the longest word (a match starts no earlier than that
    before the end, so the search starts there) and the words' last characters (a text
    that ends otherwise is not searched)."""
    # a word of Han, kana or Hangul script may follow a letter of those scripts, which are
    # written without spaces ("橫濱市自2011年…以來": "since" after a city's name)
    glued = frozenset(w for w in words if _CJK.match(w))
    spaced = alternation(words - glued)
    alts = ([rf"(?<![\w\u0300-\u036f\u0900-\u0dff])(?:{spaced})"] if spaced else []) + (
        [f"(?:{alternation(glued)})"] if glued else []
    )
    longest = max(map(len, words), default=0)
    pattern = re.compile(f"(?:{'|'.join(alts)})$") if alts else None
    return pattern, longest, frozenset(w[-1] for w in words if w)


@functools.lru_cache(maxsize=256)
def _word_start_pattern(words: frozenset[str]) -> tuple[re.Pattern[str] | None, frozenset[str]]:
    """The pattern and the words' first characters (a text that starts otherwise is not
    matched)."""
    alt = alternation(words)
    pattern = re.compile(rf"{alt}(?:(?<!\w)|(?!\w))") if alt else None
    return pattern, frozenset(w[0] for w in words if w)


def ends_with_word(text: str, words: frozenset[str]) -> int:
    """Length of the longest word of ``words`` that ``text`` ends with (whole word), or 0."""
    pattern, longest, last = _word_end_pattern(words)
    if pattern is None or text[-1:] not in last:
        return 0
    m = pattern.search(text, max(0, len(text) - longest))
    return 0 if m is None else m.end() - m.start()


def starts_with_word(text: str, words: frozenset[str]) -> int:
    """Length of the longest word of ``words`` that ``text`` starts with (whole word), or 0."""
    pattern, first = _word_start_pattern(words)
    if pattern is None or text[:1] not in first:
        return 0
    m = pattern.match(text)
    return 0 if m is None else m.end()


@functools.lru_cache(maxsize=64)
@functools.lru_cache(maxsize=256)
def word_anywhere(words: frozenset[str]) -> re.Pattern[str] | None:
    """A pattern that finds any of ``words`` anywhere in a text (built once per list: the
    trie of a list costs more than the search it serves)."""
    alt = alternation(words)
    return re.compile(alt) if alt else None


@functools.lru_cache(maxsize=256)
def _duration_words(words: frozenset[str]) -> re.Pattern[str] | None:
    alt = "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
    return re.compile(rf" ?(?:{alt})") if words else None


@functools.lru_cache(maxsize=64)
def _rate_words(words: frozenset[str]) -> re.Pattern[str] | None:
    alt = "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
    return re.compile(rf" ?(?P<n>\w{{1,6}}?) ?(?:{alt})") if words else None


_HAN_DIGITS = frozenset("〇零一二两兩三四五六七八九十")


def _a_count(word: str, counts: Mapping[str, int]) -> bool:
    """Figures, a number word of the language, or Han numerals ("三", "两")."""
    return word.isdigit() or word in counts or all(ch in _HAN_DIGITS for ch in word)


def duration_follows(
    folded: str,
    end: int,
    lists: Mapping[str, frozenset[str]],
    counts: Mapping[str, int] | None = None,
) -> bool:
    """Whether a word of ``duration_after`` follows ``end`` ("3일간", "3日間", "15 ngày qua"):
    the number is a duration, not a day. A Hangul word runs into the next syllable only
    through a particle of ``counted_followers`` ("3일 전에", "3일간의"); before any other
    syllable it is the start of a noun ("5일 전북", "5일 전국": the 5th, in Jeonbuk). Given
    the language's number words, a count of times (figures or one of ``counts``, and a word of
    ``rate_after``) following makes the number the unit of a rate ("1일 1회", "一日三次": once,
    three times a day).
    """
    rates = _rate_words(lists.get("rate_after", frozenset())) if counts is not None else None
    if rates is not None and (m := rates.match(folded, end)) and _a_count(m["n"], counts or {}):
        return True
    pattern = _duration_words(lists.get("duration_after", frozenset()))
    if pattern is None or (m := pattern.match(folded, end)) is None:
        return False
    word, nxt = m.group(), folded[m.end() : m.end() + 1]
    if not ("\uac00" <= word[-1:] <= "\ud7af" and "\uac00" <= nxt <= "\ud7af"):
        return word[-1:] >= "\u3040" or not nxt.isalpha()  # (a Latin word ends)
    return any(folded.startswith(f, m.end()) for f in lists.get("counted_followers", ()))
