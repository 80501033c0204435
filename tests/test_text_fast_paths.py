"""The faster paths of date folding and fiscal-word search give what the plain ones give.

- ``_numerals._fold_slow`` works run by run; the reference below folds character by
  character, as the function did before, with the same table.
- ``_word_trigger.Trigger`` tests the character before a match after the search; the
  reference is one search of the pattern with the lookbehind in front.
"""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from citydiplo._text import _numerals
from citydiplo._text._lexicon import LANGUAGES, grammar
from citydiplo._text._word_trigger import Trigger
from citydiplo._text._words import alternation


def _fold_by_character(text: str) -> tuple[str, list[int]]:
    """The folding of a text with marks, one character at a time."""
    text.translate(_numerals._TABLE)  # (classifies every character, as ``fold`` does first)
    out: list[str] = []
    where: list[int] = []
    table, odd = _numerals._TABLE, _numerals._TABLE.odd
    for i, ch in enumerate(text):
        folded = table[ord(ch)]
        if ch not in odd:
            if folded != " " or (out and out[-1] != " "):
                out.append(folded)
                where.append(i)
            continue
        if not folded or (folded == " " and (not out or out[-1] == " ")):
            continue
        if out and unicodedata.combining(folded[0]) and out[-1] != " ":
            joined = unicodedata.normalize("NFC", out[-1] + folded[0])
            if len(joined) == 1:
                out[-1] = joined
                folded = folded[1:]
        for c in folded:
            out.append(c)
            where.append(i)
    where.append(len(text))
    return "".join(out), where


# letters, spaces, and characters that are dropped (ZWNJ, the nukta, Hebrew points,
# harakat, a soft hyphen), expanded ("ﬁ", "ß") or composed (combining accents)
_PIECES = [
    *"ab e\t\n  kी",
    "\u200c",
    "\u200d",
    "\u093c",
    "\u05b0",
    "\u064b",
    "\u00ad",
    "\u0301",
    "\u0308",
    "ﬁ",
    "ß",
    "İ",
    "ي",
    "۲",
    "–",
    "[",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30))
def test_folding_run_by_run_equals_folding_character_by_character(pieces: list[str]) -> None:
    text = "".join(pieces)
    expected = _fold_by_character(text)
    assert _numerals._fold_slow(text) == expected


def test_folding_keeps_offsets_of_dropped_and_composed_marks() -> None:
    # "فروردین" with a ZWNJ and a harakat: both dropped; "e" + combining acute: "é"
    folded, where = _numerals._fold_slow("a\u200c  be\u0301\u064b c")
    assert folded == "a bé c"
    assert where == [0, 2, 4, 5, 8, 9, 10]


def _glued(word: str) -> bool:
    return any("\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7a3" for ch in word)


def _reference(words: frozenset[str]) -> re.Pattern[str] | None:
    glued = frozenset(w for w in words if _glued(w))
    spaced = words - glued
    parts = [alternation(glued)] if glued else []
    if spaced:
        parts.append(rf"(?<![^\W\d_])(?:{alternation(spaced)})(?![^\W\d_])")
    return re.compile("|".join(parts)) if parts else None


_WORDS = frozenset({"fy", "fiscal year", "fiscal", "年度", "năm học", "बजट"})


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(["fy", "fiscal", " year", "年度", "năm học", "बजट", "a", "1", " ", "_"]),
        max_size=8,
    ),
    st.integers(-3, 40),
    st.integers(0, 45),
)
def test_trigger_finds_what_the_lookbehind_search_finds(
    pieces: list[str], start: int, end: int
) -> None:
    text = "".join(pieces)
    pattern = _reference(_WORDS)
    assert pattern is not None
    expected = pattern.search(text, max(0, start), end) is not None
    assert Trigger(_WORDS).found(text, max(0, start), end) is expected


def test_trigger_words_stand_alone_in_spaced_scripts_only() -> None:
    t = Trigger(_WORDS)
    assert t.found("the fy 2024 budget", 0, 18)
    assert not t.found("notify 2024", 0, 11)  # "fy" inside a word
    assert t.found("fy2024", 0, 6)  # a figure may touch it ("FY2024")
    assert not t.found("fyodor", 0, 6)  # a letter may not
    assert t.found("2023年度予算", 0, 8)  # Han: no boundary needed
    assert not t.found("the fy 2024 budget", 5, 18)  # the window starts past it


def test_each_language_fiscal_trigger_agrees_with_the_lookbehind_search() -> None:
    from citydiplo._text._fiscal import fiscal_words_near

    texts = ["FY 2024", "notify 2024", "năm học 2023-2024", "2023年度", "वित्त वर्ष 2026-27"]
    for lang in LANGUAGES:
        g = grammar((lang,))
        lists = g.vocab.lists
        words = frozenset(
            lists.get("fiscal_year_words", frozenset())
            | lists.get("fiscal_year_before_words", frozenset())
        )
        pattern = _reference(words)
        for text in texts:
            folded = _numerals.fold(text)[0]
            expected = pattern is not None and pattern.search(folded) is not None
            assert fiscal_words_near(folded, 0, len(folded), g) is expected, (lang, text)
