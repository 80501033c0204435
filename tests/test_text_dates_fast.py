"""The grammar's compiled pattern matches exactly what its alternatives as written do.

The grammar's pattern has each alternative guarded by its first characters
(``_first.guarded``) and optional groups rewritten as branches (``_first.optional_as_branch``).
The reference here is the grammar built without either, compiled as written: at every
position of every text both must give the same match, the same alternative and the same
captured fields.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citydiplo._text import _lexicon, _numerals
from citydiplo._text._fast import fast
from citydiplo._text._first import (
    guarded,
    guarded_with_prefixes,
    optional_as_branch,
    prefixes,
    sequence_guard,
)
from citydiplo._text._lexicon import LANGUAGES, Grammar, grammar, load_data
from citydiplo._text._lookalike import cyrillic_lookalikes
from citydiplo._text._numerals import fold

DATA = Path(__file__).parent / "data"
GRAMMARS = [(lang,) for lang in LANGUAGES] + [("en", "vi"), ("zh", "ja")]


def _corpus_texts() -> dict[str, list[str]]:
    texts: dict[str, list[str]] = {lang: [] for lang in LANGUAGES}
    for name in ("date_corpus.jsonl", "date_news_corpus.jsonl"):
        for line in (DATA / name).read_text("utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                texts[case["lang"]].append(case["text"])
    return texts


CORPUS = _corpus_texts()


_REFERENCE: dict[tuple[str, ...], re.Pattern[str]] = {}


def _reference(langs: tuple[str, ...]) -> re.Pattern[str]:
    """The grammar's pattern built without guards and branches, compiled as written."""
    if langs not in _REFERENCE:
        mp = pytest.MonkeyPatch()
        mp.setattr(_lexicon, "guarded_with_prefixes", lambda pattern, k=4: (pattern, frozenset()))
        mp.setattr(_lexicon, "sequence_guard", lambda parts, k: None)
        mp.setattr(_lexicon, "optional_as_branch", lambda pattern: pattern)
        try:
            _REFERENCE[langs] = _lexicon.grammar.__wrapped__(langs).pattern
        finally:
            mp.undo()
    return _REFERENCE[langs]


def _same_everywhere(g: Grammar, text: str) -> None:
    folded = fold(text)[0]
    reference, compiled = _reference(g.langs), fast(g).pattern
    assert reference.pattern.split("(?P<K0>")[0].endswith("(?:")  # really unguarded
    assert "|))" not in reference.pattern and "|))" in compiled.pattern  # and not rewritten
    for p in range(len(folded) + 1):
        expected = reference.match(folded, p)
        got = compiled.match(folded, p)
        if expected is None:
            assert got is None, (text, p, got)
            continue
        assert got is not None, (text, p, expected)
        assert got.span() == expected.span(), (text, p)
        assert got.lastgroup == expected.lastgroup, (text, p)
        fields = {k: v for k, v in expected.groupdict().items() if v is not None}
        assert {k: v for k, v in got.groupdict().items() if v is not None} == fields


@pytest.mark.parametrize("langs", GRAMMARS, ids="+".join)
def test_fast_pattern_matches_the_pattern_as_written_on_the_corpora(langs: tuple[str, ...]) -> None:
    g = grammar(langs)
    for lang in langs:
        for text in CORPUS[lang]:
            _same_everywhere(g, text)
            _same_everywhere(g, f"Ngày {text}, 12.3 và 2/4; {text[::-1]}")


def _pieces(lang: str) -> list[str]:
    """Words of the language's data file, and digits and separators, to build texts from."""
    words: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str):
            words.append(value)
        elif isinstance(value, dict):
            for k, v in value.items():
                words.append(str(k))
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    walk(load_data(lang))
    return [*sorted(set(words)), "2024", "15", "3", "31", "1999", "12", "0"]


@pytest.mark.parametrize("langs", GRAMMARS, ids="+".join)
@given(data=st.data())
def test_fast_pattern_matches_the_pattern_as_written_on_word_salad(
    langs: tuple[str, ...], data: st.DataObject
) -> None:
    pieces = [p for lang in langs for p in _pieces(lang)]
    parts = data.draw(
        st.lists(
            st.one_of(st.sampled_from(pieces), st.sampled_from([" ", "-", "/", ".", ",", "年"])),
            max_size=8,
        )
    )
    _same_everywhere(grammar(langs), "".join(parts))


@given(
    words=st.lists(st.text("abc0-", min_size=1, max_size=4), min_size=1, max_size=5),
    text=st.text("abc0- ", max_size=8),
)
def test_guards_and_branches_keep_the_matches(words: list[str], text: str) -> None:
    alt = "|".join(re.escape(w) for w in words)
    for pattern in (f"(?:{alt})?\\d?(?:{alt})", f"(?P<x>{alt})?-?(?:{alt})?c", f"(?:{alt}){{1,3}}"):
        reference = re.compile(pattern)
        for k in (1, 2, 4):
            fast = re.compile(optional_as_branch(guarded(pattern, k)))
            for p in range(len(text) + 1):
                want, got = reference.match(text, p), fast.match(text, p)
                assert (want and (want.span(), want.groupdict())) == (
                    got and (got.span(), got.groupdict())
                )


def test_prefixes_literal_cases() -> None:
    assert prefixes("ab|c", 1) == {(("a",), True), (("c",), True)}
    assert prefixes("(?:x)?y", 2) == {(("x", "y"), True), (("y",), False)}
    assert prefixes("(?!)a|b", 1) == {(("b",), True)}
    assert prefixes(".a", 2) == {((), True)}


def _fold_by_character(text: str) -> tuple[str, list[int]]:
    """The character-by-character fold, which :func:`fold` skips for text that folds one to
    one (with Han numerals read after it, and look-alike letters of Cyrillic words made
    Cyrillic, as ``fold`` does)."""
    folded, where = _numerals._fold_slow(text)
    if not folded.isascii() and _numerals._HAN_NUMBER.search(folded):
        folded, where = _numerals._han_numerals(folded, where)
    return cyrillic_lookalikes(folded), list(where)


_MARKS = "\u0300\u0301\u0308\u0327\u093c\u094d\u093f\u0acd\u05b4\u064e\u0670\u200c"
_FOLD_ALPHABET = "aeoiAEInCcuыиаИ́कखषि्ગકુ  \t-—٤۵ﻻ" + _MARKS


@given(st.text(_FOLD_ALPHABET, max_size=12) | st.text(max_size=12))
def test_fold_fast_path_is_the_fold_by_character(text: str) -> None:
    assert _listed(fold(text)) == _fold_by_character(text)


def _listed(folded: tuple[str, Sequence[int]]) -> tuple[str, list[int]]:
    """The offsets as a list (the one-to-one fold gives them as a ``range``)."""
    return folded[0], list(folded[1])


def test_fold_fast_path_on_the_corpora() -> None:
    for texts in CORPUS.values():
        for text in texts:
            assert _listed(fold(text)) == _fold_by_character(text)
    for text in ("e\u0301", "ё", "е\u0308", "Cafe\u0301 2024", "क़ ज़ 2024", "प्रधानमंत्री"):
        assert _listed(fold(text)) == _fold_by_character(text)


@given(
    words=st.lists(st.text("abc0-", min_size=1, max_size=4), min_size=1, max_size=5),
    text=st.text("abc0- ", max_size=8),
)
def test_a_guard_made_from_the_parts_keeps_the_matches(words: list[str], text: str) -> None:
    alt = "|".join(re.escape(w) for w in words)
    parts = [f"(?:{alt})?-?", f"(?:{alt})", "\\d?c"]
    reference = re.compile("".join(parts))
    for k in (1, 2, 3):
        guard = sequence_guard([guarded_with_prefixes(p, k)[1] for p in parts], k)
        fast = re.compile((guard or "") + "".join(parts))
        for p in range(len(text) + 1):
            want, got = reference.match(text, p), fast.match(text, p)
            assert (want and want.span()) == (got and got.span())


_BLOCKS = (0x00, 0x01, 0x03, 0x04, 0x05, 0x06, 0x09, 0x0A, 0x1E, 0x20, 0x30, 0x4E, 0xAC, 0xFF)


def test_fold_plain_path_on_whole_blocks() -> None:
    # every character of the blocks of the ten languages' scripts, alone and between letters,
    # folds as character by character: the "plain" test (text.casefold()) never differs
    for block in _BLOCKS:
        for code in range(block << 8, (block + 1) << 8):
            ch = chr(code)
            for text in (ch, f"a{ch}b", f"{ch}{ch} 5", f"2024年{ch}"):
                assert _listed(fold(text)) == _fold_by_character(text), repr(text)


def test_fold_plain_path_literal_cases() -> None:
    assert fold("ABC 2024") == ("abc 2024", range(9))
    assert fold("Σεπτέμβριος ΣΑΣ")[0] == "σεπτέμβριοσ σασ"  # case folding: no final sigma
    assert fold("Straße")[0] == "strasse"  # not one to one: the table's path
    assert fold("10\u00a0мая")[0] == "10 мая"
    assert fold("٢٠٢٤")[0] == "2024"


def _cldr_words() -> list[str]:
    """Month and weekday names of the ten languages, read from CLDR through Babel directly
    (as written, not folded), with the languages' native digits."""
    from babel.dates import get_day_names, get_month_names

    words: set[str] = set()
    for lang in LANGUAGES:
        for width in ("wide", "abbreviated"):
            words.update(get_month_names(width, "format", lang).values())
            words.update(get_day_names(width, "format", lang).values())
    words.update("०१२३४५६७८९૦૧૨૩૪૫૬૭૮૯۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩〇一二十年月日")
    return sorted(words)


_WORDS = _cldr_words()


@given(
    st.lists(
        st.sampled_from(_WORDS)
        | st.sampled_from(["2024", " ", "  ", ",", "-", "\u00a0", "ـ", "ك"]),
        max_size=8,
    ).map("".join)
)
def test_fold_of_cldr_words_is_the_fold_by_character(text: str) -> None:
    # the plain path (case fold), the path with marks and digits, and the table's path all
    # give what folding character by character gives, on the scripts of the ten languages
    assert _listed(fold(text)) == _fold_by_character(text)
    assert _listed(_numerals._fold_table(text)) == _fold_by_character(text)
