"""The per-word gates of the foreign readers: a word they pass over is one where the full
readers read nothing (and ask nothing), on every word of the real texts of the places sets."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from citydiplo._geo._cues import Cues, merged_cues, word_ends
from citydiplo._geo._evidence import script
from citydiplo._geo._foreign import _other_length, _reads_nothing
from citydiplo._geo._indic import INDIC, indian_at
from citydiplo._geo._indic_adm2 import _district_keys, district_at, district_ends
from citydiplo._geo._viet_hangul import _places, _read_ends, _table, vietnamese_in_hangul_at

TEXTS = Path(__file__).resolve().parent.parent / "bench" / "texts"


def _folded_texts(lang: str) -> Iterator[str]:
    from citydiplo._geo._fold import folded_with_offsets

    for path in sorted(TEXTS.glob(f"places_blind*/{lang}_*.txt")):
        yield folded_with_offsets(path.read_text("utf-8"))[0]


def _word_starts(folded: str) -> Iterator[int]:
    for i, ch in enumerate(folded):
        if ch != " " and (i == 0 or folded[i - 1] == " "):
            yield i


class _Asked:
    """A ``read`` that notes each key it is asked to read, and reads none."""

    def __init__(self) -> None:
        self.keys: list[str] = []

    def __call__(self, i: int, j: int, key: str, tail: str, cues: Cues) -> None:
        self.keys.append(key)


@pytest.mark.parametrize("lang", ["hi", "gu"])
def test_indic_gate_passes_only_unread_words(lang: str) -> None:
    cues = merged_cues(lang)
    passed = read = 0
    for folded in _folded_texts(lang):
        for i in _word_starts(folded):
            if script(folded[i]) not in INDIC:
                continue
            end = folded.find(" ", i)
            word = folded[i:] if end < 0 else folded[i:end]
            if not _reads_nothing(word, cues):
                read += 1
                continue
            passed += 1
            asked = _Asked()
            assert indian_at(folded, i, cues, asked) is None
            assert district_at(folded, i, cues, asked) is None
            assert _other_length(folded, i, cues, asked) is None
            assert asked.keys == [], (word, asked.keys)
    assert passed > 100 and read > 10  # both kinds of word are met


def _district_ends_in_text(folded: str, i: int, cues: Cues) -> list[tuple[int, tuple[str, ...]]]:
    """The ends ``district_at`` read in the text itself, before they were kept per word."""
    import re

    run = re.compile("[\u0900-\u097f\u0a80-\u0aff]+").match(folded, i, i + 17)
    if run is None or run.end() - i > 16:
        return []
    home = tuple(sorted(cues.home))
    ends = ((j, _district_keys(folded[i:j], home)) for j in word_ends(folded, i, run.end(), cues))
    return [(j - i, keys) for j, keys in ends if keys]


def test_district_ends_are_those_read_in_the_text() -> None:
    cues = merged_cues("gu")
    found = 0
    for folded in _folded_texts("gu"):
        for i in _word_starts(folded):
            end = folded.find(" ", i)
            word = folded[i:] if end < 0 else folded[i:end]
            ends = list(district_ends(word, cues))
            assert ends == _district_ends_in_text(folded, i, cues), word
            found += bool(ends)
    assert found  # "બનાસકાંઠા", "સાબરકાંઠા"... are met


def test_vietnamese_hangul_ends_are_those_read_in_the_text() -> None:
    cues = merged_cues("ko")
    generic = _table()["generic"]
    texts = [*_folded_texts("ko"), "베트남 동나이성 년짝현을 방문했다", "바리아 붕따우성 대표단"]
    found = 0
    for folded in texts:
        for i in _word_starts(folded):
            for end in range(i + 1, min(len(folded), i + 20) + 1):
                run = folded[i:end]
                expected = [
                    (j, _places()[run[:j]])
                    for j in range(len(run) - 1, 1, -1)
                    if run[j] in generic and _places().get(run[:j])
                ]
                assert list(_read_ends(run)) == expected
                found += bool(expected)
    assert found
    asked = _Asked()
    assert vietnamese_in_hangul_at("년짝현을", 0, cues, asked) is None
    assert asked.keys  # the name before the generic word is read
