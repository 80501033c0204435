"""Shortcuts of the place scan and of slot filling: the same answers as the long way round
(a Chinese or Japanese character where no name starts, a pending name's end, a piece of a
text folded on its own)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from citydiplo import extract, find_places
from citydiplo._extract._scan import fold_case, fold_part
from citydiplo._geo._context import HELD, PENDING, after_pending
from citydiplo._geo._extra import extras
from citydiplo._geo._fold import folded_with_offsets
from citydiplo._geo._gazetteer import gazetteer
from citydiplo._geo._word_keys import no_key_at

_HAN = list("上海市大阪横浜東京北京成都省县区的和了与签署协议友好城市代表团访问韩国日本中国萩蔚山")
_KANA = list("とのはにでがをアイスランドロングビーチ・ー")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_HAN + _KANA + ["\0", " "], min_size=1, max_size=12))
def test_no_key_at_means_no_key_is_found_there(window: str) -> None:
    if no_key_at(window, 0):
        assert gazetteer().prefixes(window, unspaced=True) == []
        assert extras().prefixes(window, unspaced=True) == []


def test_no_key_at_literal_cases() -> None:
    text = "在东京举行，横浜市と萩市"
    folded = folded_with_offsets(text)[0]  # the scan's keys are folded ("横浜" as "橫濱")
    assert no_key_at(folded, 0)  # "在东": no name starts with "在"
    assert not no_key_at(folded, 1)  # 东京, Tokyo
    assert no_key_at(folded, 2)  # "京举"
    assert not no_key_at(folded, text.index("横浜"))
    assert not no_key_at(folded, text.index("萩"))


def test_places_of_unspaced_text_are_still_read() -> None:
    got = [(m.text, m.place.country) for m in find_places("代表团访问了东京和大阪。", lang="zh")]
    assert got == [("东京", "JP"), ("大阪", "JP")]
    got = [
        (m.text, m.place.country)
        for m in find_places("萩市の代表団が蔚山市を訪問した。", lang="ja")
    ]
    assert got == [("萩市", "JP"), ("蔚山", "KR")]
    got = [(m.text, m.place.country) for m in find_places("在横浜举行", lang="zh")]
    assert got == [("横浜", "JP")]


def _after_pending_as_before(starts: list[int], i: int, n: int) -> int:
    pending, held = PENDING.get(), HELD.get()
    last = max((s[-1][:2] for s in (pending, held) if s and s[-1][0] == starts[i]), default=None)
    if last is not None:
        end = last[1]
        j = i + 1
        while j < n and starts[j] < end:
            j += 1
        return j
    return i + 1


_SPAN = st.tuples(st.integers(0, 6), st.integers(0, 9))


@settings(max_examples=300, deadline=None)
@given(st.lists(_SPAN, max_size=3), st.lists(_SPAN, max_size=3), st.integers(0, 5))
def test_after_pending_as_before(
    pending: list[tuple[int, int]], held: list[tuple[int, int]], i: int
) -> None:
    starts = list(range(8))
    p, h = PENDING.set([(*s, None) for s in pending]), HELD.set([(*s, None) for s in held])
    try:
        assert after_pending(starts, i, 8) == _after_pending_as_before(starts, i, 8)
    finally:
        HELD.reset(h)
        PENDING.reset(p)


_LETTERS = [*"aAbBσΣςİIıẞßﬁ ΑΒ,.", "\u0307", "\u03a3"]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=_LETTERS, max_size=14), st.integers(-3, 16), st.integers(0, 16))
def test_a_piece_folds_as_in_its_text(text: str, start: int, end: int) -> None:
    end = min(end, len(text))
    low, at = fold_part(text, start, end)
    assert at == max(0, start)
    assert low == fold_case(text[:end])[at:end]


def test_fold_part_literal_cases() -> None:
    assert fold_part("Seoul and HANOI", 10, 15) == ("hanoi", 10)
    assert fold_part("ΟΔΟΣ ΑΘΗΝΩΝ", 2, 4) == ("ος", 2)  # the final sigma, as in the whole
    assert fold_part("İstanbul MOU", 9, 12) == ("mou", 9)


def test_venue_and_term_read_near_the_end_of_a_long_text() -> None:
    filler = "The council met. " * 300
    text = filler + (
        "Suwon and Hue signed a five-year agreement on cultural exchange at the Hue City "
        "Hall in May 2024."
    )
    x = extract(text, lang="en")
    agreements = [r for r in x.records if r.type == "agreement"]
    assert agreements
    assert [r.venue for r in agreements] == ["Hue City Hall"]
    assert "five-year" in (agreements[0].note or "")  # the term, read at the end


_WORDS = [
    "Dr",
    "dr",
    "No",
    "St",
    "st",
    "в",
    "г",
    "ул",
    "Mr",
    "vs",
    "U.S",
    "e.g",
    "ſt",
    "Dİ",
    "дом",
    "the",
    "ق",
    "ظ",
    "12",
    "(3)",
    "a",
    "I",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(_WORDS), st.sampled_from(["", ".", ". ", " ", "\n"])), max_size=12
    ),
    st.sampled_from(["en", "ru", "fa", "hi"]),
)
def test_abbreviations_read_only_before_periods_as_all_of_them(
    pieces: list[tuple[str, str]], lang: str
) -> None:
    import pysbd.languages

    import citydiplo._extract._abbreviations as abbreviations

    line = "".join(w + (sep or " ") for w, sep in pieces)
    language = abbreviations.replacer_for(lang, pysbd.languages.LANGUAGE_CODES[lang])
    fast = language.AbbreviationReplacer(line, language).search_for_abbreviations_in_string(line)
    every = abbreviations._before_a_period
    abbreviations._before_a_period = lambda text, stripped, periods: True
    try:
        slow = language.AbbreviationReplacer(line, language).search_for_abbreviations_in_string(
            line
        )
    finally:
        abbreviations._before_a_period = every
    assert fast == slow


def test_respectively_read_once_per_sentence() -> None:
    text = "Suwon signed friendship agreements with Hue and Da Nang respectively in 2024."
    x = extract(text, lang="en")
    # the two places listed are no partners of each other: Suwon (a city of a million
    # opening the sentence, the subject of "signed") signed one agreement with each, as the
    # sentence says; no Hue-Da Nang tie is left to skip
    assert sorted(r.actors for r in x.records if r.type == "agreement") == [
        ("city-danang", "city-suwon"),
        ("city-hue", "city-suwon"),
    ]
    # without a place for the subject, the two listed places are skipped, not paired
    text = "The city signed friendship agreements with Hue and Da Nang respectively."
    x = extract(text, lang="en")
    assert [r for r in x.records if r.type == "agreement"] == []
    assert any("respectively" in s.reason for s in x.skipped)


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=list("가나년짝현성시 a붕따우\ud7a3\uac00"), max_size=10), st.integers(0, 10)
)
def test_hangul_run_end_as_letter_by_letter(folded: str, i: int) -> None:
    from citydiplo._geo._viet_hangul import _run_end

    i = min(i, len(folded))
    j = i
    while j < len(folded) and "\uac00" <= folded[j] <= "\ud7a3":
        j += 1
    assert _run_end(folded, i) == j


def test_vietnamese_places_in_hangul_still_read() -> None:
    got = [m.text for m in find_places("베트남 동나이성 년짝현을 방문했다", lang="ko")]
    assert got == ["베트남", "동나이", "년짝"]
    assert [m.text for m in find_places("년짝을 방문했다", lang="ko")] == []
