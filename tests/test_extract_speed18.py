"""Shortcuts of the place scan's folding, of pysbd's abbreviation step, of the Latin-name
check and of the model's type check: the same answers as the long way round."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citydiplo._geo._fold import (
    _MOST_SHARED,
    _folded,
    _folded_slowly,
    _positions,
    folded_with_offsets,
)

# marks that fold to nothing (nukta, harakat, a combining accent, a soft hyphen, ZWNJ)
_DROPPED = ["\u093c", "\u064f", "\u0650", "\u0301", "\u00ad", "\u200c"]
_PIECES = ["Seoul", " ", "  ", ", ", "\n", "कड़", "ज़िला", "شهر", "Hà", "成都", "יי", "-", "ß"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES + _DROPPED), max_size=14).map("".join))
def test_a_text_with_dropped_marks_folds_as_letter_by_letter(text: str) -> None:
    assert _folded(text) == _folded_slowly(text)


def test_dropped_marks_literal_cases() -> None:
    # "बड़ौदा" (Baroda) with a nukta: the nukta is dropped and joined to the letter before it
    folded, starts, ends = _folded("  बड़ौदा  शहर")
    assert folded == _folded_slowly("  बड़ौदा  शहर")[0]
    assert (starts[0], ends[1]) == (2, 5)  # "ड" and its nukta: one folded letter, two of text
    # an accent at the start belongs to nothing; one after "a" is joined to it
    assert folded_with_offsets("\u0301 a\u0301  b") == ("a b", [2, 4, 6], [4, 5, 7])


def test_offsets_of_long_texts_are_counted_as_before() -> None:
    text = "Seoul  and, Hanoi. " * (_MOST_SHARED // 19 + 2)  # longer than the shared list
    assert _folded(text) == _folded_slowly(text)
    shared = _positions(10)
    assert shared[:5] == [0, 1, 2, 3, 4] and shared == list(range(len(shared)))


_WORDS = ["Dr", "dr", "No", "St", "a", "etc", "U.S", "i.e", "\u212a", "ſt", "İ", "Kim", "г", "ул"]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(_WORDS), st.sampled_from(["", ".", ". ", " ", ".\n", ","])),
        max_size=12,
    ),
    st.sampled_from(["en", "ru", "fa", "hi", "zh", "ja"]),
)
def test_abbreviations_found_by_the_letters_before_periods_as_by_searching_each(
    pieces: list[tuple[str, str]], lang: str
) -> None:
    import pysbd.languages

    import citydiplo._extract._abbreviations as abbreviations

    line = "".join(w + (sep or " ") for w, sep in pieces)
    language = abbreviations.replacer_for(lang, pysbd.languages.LANGUAGE_CODES[lang])
    fast = language.AbbreviationReplacer(line, language).search_for_abbreviations_in_string(line)
    with pytest.MonkeyPatch.context() as patch:  # every abbreviation the line holds, every step run
        patch.setattr(abbreviations, "_before_a_period", lambda text, stripped, periods: True)
        patch.setattr(
            abbreviations,
            "_present",
            lambda text, lang: [s for s in abbreviations._stripped(lang) if s in text.lower()],
        )
        slow = language.AbbreviationReplacer(line, language).search_for_abbreviations_in_string(
            line
        )
    assert fast == slow


def test_abbreviations_found_literal_cases() -> None:
    import pysbd.languages

    from citydiplo._extract._abbreviations import _present, replacer_for

    en = replacer_for("en", pysbd.languages.LANGUAGE_CODES["en"])
    found = _present("Dr. Kim met the mayor at St. Mary's, No. 5 Main St.", en)
    assert {"dr", "st", "no"} <= set(found)
    assert "a" not in found  # "a" is in the line, never before a period
    # the Kelvin sign matches "k" when case is ignored: read as the search read it
    assert ("k" in _present("Mr \u212a. Lee", en)) == ("k" in _present("Mr K. Lee", en))


def _mostly_other_by_letters(text: str) -> bool:
    latin = sum(1 for c in text if c.isalpha() and c < "\u0250")
    other = sum(1 for c in text if c.isalpha() and c >= "\u0250")
    return other > latin


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from([*"aZé ,1ǅɐЖж中ש\u0301", "\u024f", "\u0250"])))
def test_mostly_other_script_as_counted_letter_by_letter(text: str) -> None:
    from citydiplo._geo._latin_names import _mostly_other_script

    assert _mostly_other_script(text) == _mostly_other_by_letters(text)


def test_mostly_other_script_literal_cases() -> None:
    from citydiplo._geo._latin_names import _mostly_other_script

    assert _mostly_other_script("Она ехала на Toyota Corolla в районе Омска")  # 26 to 13
    assert not _mostly_other_script("Hanam City and Seoul, Корея")


def test_an_optional_field_is_still_checked() -> None:
    from citydiplo import InvalidModelError
    from citydiplo._model import City

    assert City(id="city-hanam", name="Hanam", country="KR", latitude=None).latitude is None
    assert City(id="city-hanam", name="Hanam", country="KR", latitude=37.5).latitude == 37.5
    with pytest.raises(InvalidModelError):
        City(id="city-hanam", name="Hanam", country="KR", latitude="37.5")  # type: ignore[arg-type]
    with pytest.raises(InvalidModelError):
        City(id="city-hanam", name="Hanam", country="KR", subdivision=41)  # type: ignore[arg-type]
